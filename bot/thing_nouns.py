"""Common English nouns that are never someone, a body of people, an animal, a time nor a
rebellion ("delay", "budget", "strike", "fuel"): what holds people "hostage" by such a noun is a
figure of speech.
Built from WordNet 3.0 (Princeton University, the WordNet licence) by tools/build_thing_nouns.py,
which says how they are chosen. Data as a module: loaded at import, read-only, so the pure
matcher may ask it.
"""

from __future__ import annotations

THING_NOUNS = frozenset(
    """
aaa aba abandon abandonment abbey abbreviation abc abdomen abdominal abduction ability abode
abolition abort abortion above abrasive absolute absorption abstinence abstract absurd absurdity
abundance abuse abyss acacia accelerator accent acceptance access accessibility accession accident
accidental acclaim accommodation accompaniment accomplishment accord accordance accordion account
accountability accountancy accounting accreditation accuracy accusation acer acetate ache
achievement aching acid acidity acknowledgement acknowledgment acne acorn acoustic acoustics
acquiring acquisition acquittal acreage acres acronym acrylic actin acting action activating
activation activism activity actuality acupuncture acute ada adamant adaptation add addiction
addition additive address adhd adherence adhesion adhesive adjective adjustment admiration admission
ado adobe adoption adoration adp adrenaline adultery advance advancement advantage adventure
adversity advert advertisement advertising advice advisory advocacy aegis aerial aeronautics
aeroplane aerosol aerospace aesthetic aesthetics affair affairs affect affection affidavit
affiliation affinity affirmation affirmative affliction afp afro aftermath aga agar ageing agenda
aggression agility aging agitation agony agreement ahem aid aids aim air airbus aircraft airfield
airflow airing airline airliner airplane airport airs airspace airway aisle alarm album alchemy
alcohol alcoholism ale alert algebra algorithm alias alibi alienation alimony allegation allegiance
allegory allergy alley allocation allotment allowance alloy allure almanac almond aloe aloha alp
alpha alphabet als alt altar alteration altercation altering alternative altitude altogether
aluminium aluminum amalgamation amazement amber ambiguity ambition ambulance ambush amd amelia
amendment amends amenities americana amethyst amino ammo ammonia ammonium ammunition amnesia amnesty
amour amp amplification amplifier amplitude amputation amusement analog analogue analogy analysis
analyzer anarchism anarchy anatomical anatomy android anecdote anemia anesthesia anesthetic aneurysm
angelica anger angling angst anguish anil animation anime animosity ankle anna annals annex
annexation annihilation announcement annoying annual annuity anonymity anorexia ans answer ante
anterior anthem anthology anthrax anthropology antibiotic antibody anticipation antidote antigen
antimicrobial antisemitism anvil anxiety apartheid apartment apathy apc aperture apex apnea apology
appalling apparatus apparel appeal appearance appearing appendix appetite applause apple appliance
application appraisal appreciation apprehension apprenticeship approach approaching appropriation
approval approving approximation apron aptitude aqua aquaculture aquarium aquatic arabic arbitration
arbor arc arcade arch archaeology archdiocese archery archipelago architecture archive archives are
area arena arguing argument aria arithmetic armament armchair arming armistice armory armpit aroma
arousal arranging arrears arrest arrogance arrow arse arsenal arsenic arson art artery arthritis
articulation artistry arts artwork asbestos ascending ascent ascot ash aside asking asl asparagus
aspect aspen asphalt aspiration aspirin assassination assay assembling assent assertion assessment
asset assets assigning assignment assimilation assist assistance assurance asterisk asteroid asthma
astrology astronomy asylum atheism athletics atlantis atm atmosphere atom atonement atp atrium
atrocity attachment attack attainment attempt attending attention attic attire attitude
attractiveness attribution attrition auction audacity audible audio audit audition auditorium
augmentation aura auspices austerity authentication authenticity authorisation authorization
authorship autism auto autobiography autograph automatic automation automobile autonomy autopilot
autopsy avail availability avalanche avenue average aversion avocado avoidance awakening award
awarding awareness awe awkwardness axe axiom axle azalea azure baba babysitting backbone backdoor
backdrop backfire background backing backlash backpack backpacking backseat backside backstage
backyard bad badge badminton bagel bagging bai bail bait baiting bakery baking balancing balcony
ballad ballast ballet balloon ballot ballpark ballroom balm bamboo ban banana bandage bandwagon
bandwidth bane bang banger banging banjo banking bankruptcy banner banning banter baptism barbecue
bargain bargaining barge bark barley barn barometer barrage barrel barrels barren barricade barrier
barring barrow barter basalt baseball baseline basement bash basic basics basilica basin basis
basket basketball bathe bathing bathroom bathtub baton batting battle battlefield battleground
battleship bayer bayonet bayou bazaar bbl beach beacon bead beads beam bean bearing beating beck bed
bedding bedrock bedroom bedside beech beep beer beet begging behalf behavior behaviour behind beige
belief believing belonging belongings belt ben benchmark bender bending bends benefit bennet bent
berth bestseller bet beta beth bethel betrayal betterment beverage bias bible bibliography biceps
bickering bicycle bid bidding biennial bigotry bike bile billboard billing billion bin binary bind
binder binding binge bingo binoculars biochemistry biodiversity biography biomass biopsy biotech
biotechnology birch birdie birthplace birthright biscuit bistro bite bitter bitterness bittersweet
biz blackberry blackboard blackjack blacklist blackmail blackness blackwater bladder blah blame
blanc blank blanket blasphemy blast blaze blazer blazing bleach bleeding bleep blend blender
blending blessing blight blindness bling blink blinking bliss blister blitz blob blockade blockage
blockbuster blocking blog bloodbath bloodshed bloodstream blooming blot blouse blow blowing blowjob
blowout blueberry blueprint bluff blunder blur blush bmi boarding boardwalk boast boasting boat
boating bod bodybuilding bog boil boiler boiling bold bolster bolt bomb bombardment bombing bonanza
bondage bonding bone boner bones bonfire bong bonnet bonus boo boogie booking booklet bookmark
bookshop bookstore boom boomerang boon boost boot bootleg booty booze border borderline boredom
boring borough borrowing bosom botanical bother botox bottle boulevard bounce bouncing bound
boundary bounds bouquet bourne boutique bow bowel bowels bower bowing bowl bowling bowls box boxing
boycott bra bracelet bracing brad brag bragging braid bran branching brand branding brandy bravery
brawl bray breach bread breadth breakaway breakdown breakfast breaking breakout breakthrough breakup
breathing breeding breeze brew brewery brewing bribe bribery bridal bridge brie brief briefcase
briefing briefs brig brightness brilliance brim brine bringing brink brittle broadcast broadcasting
broadening broccoli brochure bronze brooch brooding brook broom broth brothel brow browsing bruise
brunch brunt brushing brutality bubble bubbly bucket buckle bud budding budget buffer buffet buggy
build buildup bulb bulge bulk bullet bulletin bullion bullpen bullshit bullying bummer bump bumper
bun bungalow bunk bunker buns buoy burberry burden burglary burial burlesque burn burner burning
burrito burrow burst burying bus bust buttocks button buy buying buyout buzz buzzer bye bypass
byproduct byte cab cabaret cabbage cabin cable cache cactus cadence cafe cafeteria caffeine cake
calamity calcium calculation calculus caliber calibration calibre call calligraphy calling calm
calming calorie cameo camera camo camouflage campaign campaigning campfire campground camping
campsite campus can canal cancel cancellation candidacy candle candlelight candy cane canister
cannabis cannibalism canoe canopy cant canteen cantonese canvas canyon cap capability capacitor
capacity cape capitalization capsule caption captivity capture car caramel carat carbohydrate carbon
carbonate carcinoma cardboard cardiology care career cargo caricature caring carnage carnival carol
carousel carpet carriage carrot carry cart carte cartilage carton cartoon cartridge carving casing
casino casket casserole cassette cassie casting castle catalog catalogue catapult catastrophe
catching catchment catering cathedral catheter cathode catholicism cauldron cauliflower causation
causeway causing caution cave caveat cavern caviar cavity cbc cedar ceiling celebration celery
cellar cello cellphone cellulose celtic cement cemetery censorship census cent centerpiece central
ceramic ceramics cereal ceremonial ceremony cert certainty certificate certification cervix
cessation chainsaw chalet chalice chalk challenge championship chance chandelier change channel
channels chant chanting chapel characteristic characterization charcoal chariot charisma charm chart
charter chassis chastity chateau chatter cheating check checklist checkpoint cheek cheer cheering
cheese cheeseburger cheesecake chemical chemistry chemotherapy cheque cherry chess chest chevron
chew chewing chi chic childbirth childcare chili chill chilli chilling chilly chime chimney chin
chino chip chipotle chipping chips chivalry chloride chlorine chocolate choice choke choking cholera
cholesterol chop chopper choral chord chore choreography chrome chromium chromosome chronicle
chronology chuck chuckle churn chute cider cigar cigarette cinema cinematography cinnamon circuitry
circular circulation circumference circumstance circumstances citadel cite citizenship citrus
civility claim clamp clap clapping clarence clarification clarinet clarity clash clasp classical
classified classroom clause clean cleaning cleanliness cleanser cleansing cleanup clear clearance
clearing cleavage cleaver cliche click cliff climate climax climb climbing clinch cling clip clipper
clipping clit cloak clock clocks clockwork cloning closeness closet closing closure clot cloth
clothes clothing clout clover clubhouse clue clutches clutter cns coaching coal coast coastline
coating cobalt cocaine cockpit cocktail coco cocoa coconut code codex coding coefficient coercion
coffee coffin coherence cohesion coil coin coinage coincidence coke col cola colbert cold cole
coliseum collaboration collagen collapse collar collateral collect collectible collecting collision
collusion colonialism colonization coloration coloring colouring coma combat combing combining
combustion come comeback comedy comet comfort comforts coming commandment commemoration
commemorative commendation comment commentary commercial commissioning commitment commodity common
commonplace commotion communicating commute commuting comp compact companionship comparative compare
comparing comparison compartment compass compassion compatibility compendium compensation competence
competency competitiveness compilation compiling complacency complaint complementary completeness
completion complex complexity compliance complication complicity compliment compliments component
composing composite composition compost composure compound compounding comprehension comprehensive
compress compression compressor compromise compulsion computation computing concealing conceding
concentrate concentration concept conception concert concerto concession concrete concussion
condemnation condensation condition conditioning conditions condo condom condominium conduct
conducting conductivity conduit cone confession confessional confetti confidence confidentiality
configuration confinement confines confirmation conflict confluence conformity confrontation
confusion congestion congratulations conjecture conjunction connective connectivity connector
conquering conquest conscience consciousness consensus consent consequence conservation conservatism
conserve consideration consignment consistency consolation console consolidation consonant constant
constellation constipation constitutional constraint construct construction consulate consultancy
consultation consumption contagion container containment contamination contemplation contempt
contention contentment contest context contingency continuation continuity contour contraband
contraception contraceptive contract contracting contraction contradiction contradictory contrary
contrast contribution controversy conundrum convection convenience convergence conversation converse
conversion converter convertible conveying conviction coo cookbook cooker cookery cooking cool
coolant cooler cooling coop cooperation coordinate coordination cope coping copy copying copyright
cord cordial cords corn corner cornerstone corolla corona coronary coronation corpse corral
correction corrective correctness correlate correlation correspondence corridor corrosion corrosive
corruption corset cortex cortisol corvette cosmetic cosmos cost costa costing costs costume cosy cot
cottage cotton couch cough coughing coulter counseling counselling countdown counterfeit counterpart
counterpoint counting countryside county coup coupe coupling coupon courage coursework courtesy
courthouse courting courtroom courtship courtyard couture cove covenant cover coverage covering
cowardice cozy cpi cpr cpu crack crackdown cracking craftsmanship cramp cranberry crap crash crate
craving crawl crawling crayon craze craziness crease creativity credence credentials credibility
credit credits creed creeping cremation crescent crib crime criminology crimson crisis crisp
criterion criticism critique crochet crock croft crore crossbow crossfire crossing crossword crotch
crouch crowding crown crt crucible crucifix crude cruelty cruise cruiser crunch crusade crusher
crushing crust cry crying crypt crystal cube cubicle cucumber cuddle cuddling cue cuff cuisine
cultivation cum cumin cunning cup cupboard cupcake cure curing curiosity curling currency curriculum
curry curse cursor curtain curvature curve cushion cusp custard custody custom customs cut cutlery
cutoff cutting cyanide cycling cyclone cylinder cynicism cypress cyst dab dagger dah dahl daily
dainty dairy daisy dak dal dale damage damages damn damp dancing danger dangling danish dare daring
darkness darn dart darts dash dashboard dat database dating daycare dazzle dealing dealings debacle
debate debit debris debt debut decal decay deceit decency deception deciding decimal decision
declaration decline decoding decomposition decor decoration decrease decree dedication deductible
deduction deepening defamation default defeat defect defensive defiance deficiency deficit defining
definition deflection deforestation deformation degeneration degradation degree dehydration deletion
deli deliberation delicacy delicious delight deliverance delivery dell delta deluge delusion demand
demeanor dementia demo demographic demolition demonstration denial denim denominator density dent
dental dentistry deodorant departure dependence dependency depicting depiction depletion deployment
deportation deposit deposition depot depreciation deprivation depth derby deregulation derivation
derivative derrick des description desert deserts design designation designing desire desk desktop
desolation despair desperation despite dessert destination destruction detailing detecting detection
detector detention detergent deterioration determination deterrent detonation detour detox detriment
devastation developing development deviation device devices devise devolution devotion devotional
dew dexterity diabetes diagnosing diagnosis diagnostics diagram dial dialect dialog dialogue
dialysis diameter diamond diaper diaphragm diarrhea diarrhoea diary dice dictate dictionary die
dietary dieting difference differential differentiation difficulty diffraction diffusion dig digest
digestion digestive digging digit dignity digs dildo dilemma diligence dill dilution dime dimension
diminutive din ding dining diocese diode dioxide diploma diplomacy direction directive directory
dirk dirt disability disadvantage disagreement disappearance disappearing disappointment disapproval
disarmament disaster disbelief disc discard discharge discipline disclaimer disclosure disco
discography discomfort disconnect discontent discord discount discourse discovery discredit
discrepancy discretion discrimination discussion disdain disease disgrace disguise disgust
dishonesty disintegration disk dislike dismantling dismay dismissal disobedience disorder disparity
dispatch dispensary dispersal dispersion displacement display displeasure disposable disposal
disposition dispute disqualification disregard disrespect disruption dissatisfaction dissection
dissemination dissent dissertation dissolution dissolve dissolving dissonance distillation
distillery distinction distortion distraction distress distribution district distrust disturbance
ditch ditto dive divergence diversification diversion diversity divide dividend diving divorce
dizziness dna docking doctorate doctrine document documentary documentation dodge dodging dogma dole
dollar dolly dome dominance dominant domination donation dong donut doodle doom door doorbell
doorstep doorway dopamine dorm dormitory dosage dose dossier doubling doubt douche dough doughnut
downer downfall downgrade downhill downside downtown downturn dowry dozen dozens drab draft drafting
drag drain drainage drama draught drawback drawing dread dream dreaming dredge dress dressing
dribble drier drift drifting drilling drink drinking drip dripping drive driveway driving drizzle
drool drop drug drugstore drumming dryer dub duchy ducking duct due duel duff dugout dump dumping
dumplings dumps dumpster dune dung dungeon dunk duplex duplicate duplication durability duress dust
duty dvd dwelling dwindling dye dynamic dynamics dynamite dynamo dysfunction dyslexia eager ear
earnest earnings earring earthquake ease easing eastward eating eats ebb ebola ebony eclipse ecology
economics ecstasy ect eczema eden edge edging edible edict editing editorial eds eeg effect
effectiveness effects efficacy efficiency effort eggplant ego eighteen eighteenth eighth eighty
ejection elastic elasticity election elective electric electricity electrification electrode
electrolyte electron electronics elegance elevated elevation elevator eleventh eligibility
elimination elisa elixir elm elves elvis email emancipation embankment embargo embarrassment
embezzlement emblem embrace embracing embroidery emerald emergence emergency emery emigration emilia
eminence emission emmy emotion empathy emphasis emphasizing employ employment empowerment emptiness
empty emptying emulation enactment enamel enclave enclosure encoding encore encounter encouragement
encryption encyclopedia endeavor endeavour endemic endgame endocrine endorsement endowment endurance
enforcement engine engineering engraving enhancement enigma enjoyment enlargement enmity enough
enquiry enrichment enrolment entail entering entertainment enthusiasm entirety entitlement entrance
entropy entry envelope environment envy enzyme epi epic epidemic epidemiology epilepsy epilogue
episode epitome epoxy equality equation equator equatorial equilibrium equipment equipping equity
equivalence equivalent eradication erection erica erosion erotica errand error eruption escalation
escalator escape escrow esp espionage espresso essay essence essential esteem ester estimate
estimation estonian estrogen estuary etching etf ethanol ether ethernet ethic ethics ethnicity ethos
etiquette eucalyptus eucharist eulogy euphoria euro euthanasia evacuation evaluation evaporation
evasion evergreen everlasting eviction evidence evil evolution exaggeration exam examination example
excavation excellence exception excerpt excess exchange exchequer excise excitation excitement
exclamation exclusion exclusive excursion excuse executing execution exemption exercise exercising
exhaust exhaustion exhibit existence exit expanse expansion expectancy expectation expenditure
expense experience experiment experimentation expertise explanation exploit exploitation exploration
explosion explosive exponential export exporting expose exposure express expression expressway
expulsion extent exterior extermination external extinction extortion extract extraction extradition
extreme extremism extremity eye eyeball eyebrow eyelid eyeliner eyes eyeshadow eyesight fable fabric
fabrication facade facet facial facility facing fact factory fad fade fading failing faint fairness
fairytale faithfulness fallacy fallout fame familiarity famine fancy fanfare fanny fantasy faq farce
farewell farm farmhouse farming farmland fart fas fascination fascism fashion fast fastball fasting
fat fatality fathom fatigue faucet fault favor favour fax fear feasibility feat feature feces fedora
fee feed feedback feeding feel felicia felicity fell felony felt feminine femininity feminism femur
fencing fender fermentation fern ferry fertilization fertilizer fervor fetch fetish feud fever
fiasco fiat fiber fiberglass fibre fibrosis fiction fiddle fidelity fiesta fife fifteen fifteenth
fifth fifty fight fighting figuring filament filing fill filler filling film filming filter filth
filtration final finance finances financing find finding fine finesse finger fingering fingerprint
finishing finnish fir fire firearm fireplace firepower firewall firewood firing firmware fishery
fishing fission fist fit fitness fitting fix fixation fixing flagship flair flamboyant flame flaming
flannel flap flapping flaps flare flashback flashing flashlight flask flat flats flavor flavour flaw
flax flesh flex flexibility flick flies flimsy fling flip flirting floating flood flooding flooring
floppy floss flotation flour flourish flowering flowing flu fluency fluff fluid fluorescence
fluorescent fluoride flurry flute flutter flying foam fob focus focusing fog foil folder folding
foliage folio folklore folly fondness font foolishness footage football foothold footing footnote
footprint footwear footwork forage foraging foray forbidding fore forearm forecast forecasting
foreclosure forefront foreground forehead forensics foreplay foresight forestry foreword forfeit
forfeiture forge forgery forging forgiveness fork formal formality format formative formatting
former formula formulation fort forte fortitude fortress fortune forty forwarding fostering foul
found founding foundry fountain four fourteen fourteenth fourth foyer fraction fracture fragment
fragmentation fragrance frail framework framing franc frau fray freedom freeing freestyle freeway
freeze freezer freezing freight freighter frenzy fresco freshness freshwater fret friction fridge
friendship fries frigate fright frightening frontal frontier frosting frown fructose fruit fruition
frustration frying ftp fuck fucking fudge fuel fueling fulfillment fullness fumble fumes fun
functionality functioning fundamental fundamentals funding funeral fungi fungus funnel funny furnace
furnishing furniture fuse fuselage fusion fuss gadget gaelic gag gage gain gala gale gall galley
gallon gallop gallows gambit gamble gambling gaming gap garage garb garbage gardening garlic garment
garner garnet garnish gas gasoline gasp gate gateway gather gauge gauntlet gaze gazette gcse gdp
gear gearbox gearing gee gel gelatin gemma gen gender gene generalization generic generosity
genetics genitalia genitals genocide genre gentrification geography geology geometry germanic
gesture get getaway getting ghetto gift gig giggle gilt gimmick gin ginger gingerbread gist give
giveaway given giving glacier glad glamour glance gland glare glass glasses glaucoma glaze gleaming
glee glen glide glider gliding glimmer glimpse glitch glitter globalization gloom glory gloss
glossary glossy glove glow glowing glucose glue gluten goal goggles going gold golf golfing gong goo
good goodbye goodness goodwill goody gorge gospel gospels gothic gout governing gpa grab gradient
grading gradual graduation graffiti graft grain grammar grand grandeur grange granite grape
grapefruit graph graphic graphics graphite grapple grappling grasp grasping grassland grate
gratification grating gratitude gravel graveyard gravity gravy graze grazing grease greatness greed
greenhouse greenwood greeting grenade grid grief grievance grill grille grilling grime grin grinder
grinding grinning grit groan grocery groin grooming groove gross grotesque ground groundbreaking
grounding grounds groundwork growing growl grudge grunge guarantee guess guessing gui guidance
guideline guillotine guilt guise guitar gulf gully gum gunfire gunpoint gunpowder gunshot gurney
gust gusto gut guts gym gymnastics habit habitat haiku hail haircut hairline hairstyle hajj halal
hallelujah hallmark hallway halo halt hamburger hammer hammering hammock hamper hamstring handbag
handball handbook handful handgun handicap handkerchief handle handling handout handset handshake
handwriting hang hangar hanging hangout hank hap happening happiness harassment harbor harbour
hardcover hardness hardship hardware hardwood harem harm harmonic harmony harness harp harrow
harvest harvesting hash hassle haste hat hatch hatchet hatching hate hatred haul hauling haunt haven
havoc haw hawthorn hay hazard haze hazel headache headband header heading headline headphone headset
headway healing health healthcare hearing hearsay heart heartache heartbreak hearth heartland hearts
heat heater heath heather heating heaven heavens hectare hedge heed height heights heist helicopter
helium hell hello helm helmet helping hem hemisphere hemorrhage hemp hepatic hepatitis herb herbal
heresy heritage hernia heroic heroin heroism hesitation hex hiatus hibernation hickey hickory
hideout hiding highland highlight highlighting highway hijab hijack hijacking hike hiking hillside
hilltop hindi hindrance hindsight hinge hint hip hiss hit hitting hoard hoarding hoax hockey hoe
hoist holding hole holiness hollow hologram holster holy homage homecoming homeland homelessness
homepage homestead hometown homework homicide homophobia homosexuality hone honesty honor honoring
honour honours hook hooking hooks hookup hoop hoops hooray hop hops horizon horizontal hormone
horoscope horror horsepower horseshoe horticulture hose hospice hospitality hostel hostilities
hostility hotel hotspot housekeeping housework housing howdy howl howling hoy html http hub hue huff
hug hugging hula humanities humanoid humidity humiliation humility humming hummus humor humour hump
hunch hundred hunger hunting hurdle hurdles hurling hurricane hurry hurt hurting hush hustle hut
hutch hydrate hydration hydrocarbon hydrogen hygiene hymn hype hypertension hypnosis hypnotic
hypocrisy hypothesis hypothetical hysteria ice iceberg icelandic icing icon idea idealism
identification identifier identity ideology idle ignition ignorance iii ill illness illumination
illusion illustration imagery imaginary imagination imaging imbalance imitation immersion immunity
immunization immunology impact impairment impeachment impedance impediment imperative imperfect
imperial imperialism impetus implant implantation implement implementation implication importance
importation importing imposition impossibility impossible impress impression imprint imprisonment
impromptu improvement improvisation impulse impunity inability inaction inactivity inaugural
inauguration incarceration incense incentive inception incest inch incidence incident incidental
incision inclination incline inclusion income incoming incompetence inconsistency inconvenience
incorporation increase incubator index indexing indication indicative indicator indictment
indifference indignation indigo individualism individuality inducing induction indulgence indulging
industrialization inequality inertia inevitable infection inference inferno infertility infidelity
infield infiltration infirmary inflammation inflation influenza influx info informatics informing
infrared infrastructure infringement infusion ingenuity ingredient inhalation inheritance inhibition
inhibitor initial initiation initiative injection injunction injury injustice ink inlet inn
innocence innovation input inquest inquiry insanity inscription insecurity insert insertion inside
insight insignia insistence insisting insolvency insomnia inspection inspiration instability
installation installing installment instalment instance instinct instruction instructions
instrumentation insulation insulin insult insurance intake intangible integer integral integrating
integration integrity intensity intensive intent intention interaction intercept interception
interchange intercourse interface interference intermediate internet internship interplay
interpretation interpreting interrogation interrupt interstate intervention interview intestine
intimacy intimidation intolerance intoxication intrigue intro introduction intrusion intuition
invariant invasion invention inventory inverse inversion investigating investigation investing
invitation invite invoice involvement iodine ion ionic ionization ipo ipod ire iris iron ironing
irons irony irradiation irrational irrigation irritation island ism isolation isotope issuance
issuing itch itching item iteration itinerary ivory ivy jab jacket jackpot jag jail jailbreak
jamming jar jargon jasmine jasper jaw jazz jealousy jean jeep jelly jeopardy jerking jerky jest jet
jetty jewellery jewelry jig jigsaw jihad jimmy jingle jive jog jogging joining joint joke jolly jolt
jonathan joss journal journalism journey joy judgement judging judgment judo jug juggle juggling
juice jukebox jump jumping jumpsuit junction juncture juniper junk jurisdiction justification kale
kappa karaoke karate karen karma kat kayak kebab keel keen keep keeping keg ken kennel kernel
kerosene ketchup kettle keyboard keynote keystone khaki kick kicking kidnapping kidney kill killing
kiln kilo kilogram kilometer kilometre kinase kind kindness kinship kiosk kirk kiss kissing kitchen
knack kneel kneeling knife knit knitting knob knock knocking know knowing knuckle knuckles kos
kosher kraft kris kudos kurdish kylie lab label laboratory labyrinth lac lace lack lacrosse lactose
ladder lager lagging lagoon laguna lair lake lakeside lakh lam lambda lament lamp lan lance lancet
landfall landfill landing landline landmark landscape landscaping landslide lane language lantern
lap laptop large lasagna laser lash lashing lat latch lateral latest latex latitude latte latter
lattice laugh laughter launch launcher launching laundering laundry lava lavender lawn lawsuit lay
laying layout laziness lcd lea leach leading leaf leaflet leak leakage lean leaning leap leaping
learning leash least leather leaving lecture lecturing led ledge ledger leftover leftovers leg
legacy legality legalization legend legislation legitimacy lego legs lei lemon lemonade lending
length lens leone leprosy lesion lesson lettering letting lettuce leukemia lev level leveling lever
leverage leveraging levy lexicon liabilities liability liaison libel liberalism liberation libido
licence license lick licking lid lied lien lieu lifeboat lifeline lifestyle lift ligament ligand
lightening lighter lighthouse lighting lightning like likelihood likeness liking lilac lily limb
limbo lime limelight limestone limited limiting limo limousine limp linden linen liner lingerie
lingering lingo linguistics lining link linkage links lipid lipstick liquid liquidation liquidity
liquor lisp list listening listing lit liter literacy literal literature lithium litigation litre
little liturgy livelihood livery load loading loads loaf loan loathing lobe local locality
localization locating loch lock lockdown locker locking lockout locomotive lodging loft log logging
logic logistics logo lollipop loneliness longevity longing longitude loo look looking loom loophole
looping loot looting lordship lore lorry loss losses lotion lottery lotto lotus lounge lower
lowering loyalty lsd lube lubricant luck luggage lullaby lumber lumen lunch luncheon lung lure lust
lux luxury lying lymph lymphoma lynching lyric mac machete macintosh mack macro madness mag magic
magma magnesium magnet magnetism magneto magnitude magnolia magnum mahogany mailbox main mainland
mainstream maintenance maize majesty make makeover makeshift makeup making malaria malfunction
malice mall mallet malnutrition malpractice malt mandate maneuver manganese mango manhood manhunt
mania manifest manifestation manifesto manipulation manner manners manoeuvre manor mansion
manslaughter mantra manual manufacture manufacturing manure manuscript map maple mapping marble
marbles marc marcel marching margarita marge margin marguerite maria marijuana marina marker
marketing marketplace marking markup marquee marrow marshmallow mart martini martyrdom marvel
marxism mascara masculine masculinity mash masking massacre massage masse mast mastering masterpiece
mastery masturbation mat matchmaking matchup materialism maternity math mathematics maths mating
matt matte mattress max maxi maximum mayhem mayo mayonnaise maze mba mcintosh meadow mean meaning
means measles measurement measuring meat mechanism med medal medallion meddling median mediation
medicaid medical medicare medication medicine meditation medley meet meg mei melancholy melanoma
melee melissa melodrama melody melon melt meltdown melting membrane meme memo memoir memorabilia
memorandum memorial memory menace mend meningitis mentality mention menu meow merchandise
merchandising mercy mere merger merging merit mesh mess message messaging metabolism metal metallic
metamorphosis metaphor metaphysics meteor meteorite meteorology meter meth methane method
methodology methyl metre metric metrics metro mfa microbiology microphone microscope microscopy
microwave midfield midst might migraine mike mil mile mileage milestone milkshake millimeter milling
million milo mince mindfulness mindset mine mineral mini miniature minimum mining minivan mint minus
miracle mirage mirror miscarriage mischief misconception misconduct misdemeanor misery misfortune
mishap misinformation mismanagement mismatch misogyny missile mist mistake mistaking mister mistrust
misunderstanding misuse mitigation mitt mix mixing mls moan moat mobility mobilization mock mockery
modal mode modeling modelling modem moderation modernism modernity modernization modesty
modification modulation module moisture mojo mol molasses mold molding molecule momentum monastery
money moniker monitoring mono monochrome monogram monograph monologue monopoly monoxide montage
monte monthly monument moo mood moonlight moot mop moral morale morality morals morgue morphine
morphology mortar mortgage mortuary mosque moss mot motel motherhood motherland motif motion
motivating motor motorbike motorcycle motoring motorway motto mould mountain mounting mourning
moustache mouthful movable move movie mow mower mozzarella mri mrna mrs msc msg much muck mucus mud
muffin mulberry mulligan multiculturalism multimedia multiple multiplication multiplier mural murder
murphy musa museum mushroom music musical musk must mustache mustard mutilation mutton myriad myrtle
mystery mysticism mystique myth nacho nada nafta nail naming nanotechnology napa napkin narcissism
narcotic narration narrative narrow narrowing nasal nationalism nativity nausea nave navigation nay
nebula nec necessary necessity neck necklace nectar needle negative negativity neglect negligence
negotiation neon nerve nerves nervousness ness net netball netting neurology neuron neuroscience
neutrality neutron news newsletter niche nick nickel nickelodeon nickname nicotine nightclub
nightlife nightmare nil nineteen nineteenth ninety ninth nipple nirvana nitrate nitrogen nix nmr nod
node noise nomenclature nominal nomination nonfiction nonprofit nonsense nonstop noodle nook nordic
norm normal northern northward nose nostalgia notation notch note notebook nothing notice
notification notion notoriety noun nourishment nova novel novella novelty nowhere nozzle nuance
nucleotide nudge nudity nugget nuke null numbering nursery nurture nutmeg nutrition nutshell nylon
oak oasis oath oatmeal obedience obesity obituary objection objective objectivity obligation oblique
oblivion obscurity observance observation observatory obsession obstacle obstetrics obstruction
occupancy occurrence ocean oceanic octane oculus odds ode odor offensive offer offering officiating
offside oil okay olive olympics omega omen omission omnibus oncology oncoming one onion onset
onslaught opal open opening openness operation operations opinion opium opportunity oppression optic
optics optimism optimization optimum option opus oral orb orbit orchard orchid ordeal ordinance
ordnance ore organic orgasm orgy orientation original originality ornament ornamental orphanage
orthodoxy oscar out outage outback outbreak outburst outcome outcry outdoors outfield outflow outlet
outline outlook output outrage outreach outside outskirts oval ovation oven overall overcast
overdrive overflow overhaul overheating overlap overlapping overlay overload overlook override
overrun oversight overtaking overthrow overture overturn overuse overview overweight ownership
oxidation oxide oxygen ozone packaging packing pact padding paddle paddock pageant paint paintball
painting pairing paisley palate pale palette palladium pallet palliative palm palsy pamphlet pancake
pancreas pandemic pane pang panic panorama pant pantomime pantry pants pap paperback paperwork papua
par parable parachute paradigm paradise paradox paragraph parallel paralysis parameter paranoia
paraphrase parchment pardon parenthood parity parking parkland parkway parlor parlour parmesan
parody parole parry parsley part partial participation particle particular particulate parting
partition parts passage passing passion passive passport password pasta paste pastel pastime
pastoral pastry pasture pat patchwork patent paternity path pathology pathway patience patio
patriotism pattern patty pave pavement pavilion paving pax pay payable payback paycheck payload
payment payoff pbs pct pea peace peacekeeping pear pearl peat pebble peck pedagogy pedal peddling
pedestal pediatrics pedophilia pee peeing peek peeling peep peg pellet pelvis penalty penance
penchant pencil pendant pendulum penetration penicillin peninsula penis penitentiary penny pension
penthouse penultimate pep pepper peppermint pepperoni pepsi peptide percent percentage percentile
perception perennial perfect perfection performance performing perfume peril perimeter periodical
peripheral periphery perjury perk permanent permission peroxide perpendicular persecution
perseverance persistence persona personal perspective persuasion pes peso pesticide petal petite
petition petrol petroleum petting petty pew pharmaceutical pharmacology pharmacy phd phenotype phi
philanthropy philippine philosophy phobia phone phosphate phosphorus photo photograph photography
photon photosynthesis phrase physics physiology physique pia piano piazza pic piccolo picking pickle
pictorial picture pie pier piety pigment pilgrimage piling pillow piloting pin pinball pinch pine
pineapple pinky pinnacle pinning pinot pint pip pipe pipeline piping piracy piss pissing pistol pit
pita pitch pitchfork pitching pitting pity pixel pizza place placebo placement placenta plagiarism
plaid plain plan plane plank planning plaque plasma plaster plastic plat plate plateau platform
plating platinum platter playback playbook playground playhouse playing playlist playoff plaza plea
pleading pleasing pleasure plenty plethora plight plot plow ploy pluck plum plumbing plump plunder
plunge plural plurality plus plush plutonium ply plywood pneumonia poaching podium poem poetry poise
poison poisoning poker poking polarity polarization policy polio polish polishing politics polka
pollen pollution polyester polygamy polygon polymer polynomial pond pong ponytail popcorn poplar
popping poppy popularity populism porcelain porch pore pork porn porno pornography porridge port
portable portage portal portion portrait portrayal portraying pose posing position positioning
positive positivity possessive possibility postage postcard postcode postdoctoral posterior posting
posture pot potassium potato potency potential potion pottery potty pouch pounding poverty powder
pox ppp practice pragmatic prairie praise prank preaching precaution precedence precinct
precipitation precision predicament prediction preface prefecture preference prefix pregnancy
prejudice preliminary prelude premiere premiership premise premises premium prep preparation
preparedness prerequisite prerogative prescription presentation preservation preserve preserves
pressing pressure prestige presumption pretend pretending pretense pretext prevalence preventative
prevention preventive preview pricing prima primer principle print printing priority priory prism
prison privacy privatisation privatization privilege privy prize probability probate probe problem
procedure proceeding proceedings proceeds processing procession proclamation procurement prod
produce production productivity profanity professionalism proficiency profile profiling profit
profitability profits progesterone prognosis program programme programming progress project
projectile projection projector proliferation prologue prom promenade prominence promise promotion
prompt prompting pronoun pronunciation proof prop propaganda propagation propane propeller
propensity property prophecy proportion proportional proposal proposition proprietary props
propulsion prose prospectus prosperity prostate prostitution protection protein protest protocol
proton prototype provenance proverb province provision provisions provocation prowess proximity
prudence pruning pry psa pseudonym psi psychiatry psychoanalysis psychology psychosis psychotherapy
ptsd pub publication publicity publishing pudding puddle puff pull pulling pullman pulp pulpit pump
pumpkin pun punch punctuation puncture punishment punt purchase purchasing purgatory purge
purification purity purple purpose purse pursuit push pushing put putt putting puzzle pvc quadrant
quake qualification qualifying quality quantum quarantine quark quarrel quart quarterly quartz quay
query quest question questioning questionnaire quick quid quiet quilt quirk quiz quota quotation
quote rabies racecourse racetrack racing racism rack racket rad radar radial radiance radiation
radiator radio radiology radiotherapy radius raffle raft rage raid railing railroad railway rain
rainbow rainfall rainwater raise raisin raising raj rallying ramp rampage ranch ranking ransom rant
ranting rap rape rapid rapport rapture rarity raspberry ratchet ratification rating ratio ration
rational rationale rationality rationing rattling rave ravine raving raw razor rbi reach reaching
reaction reactor read readiness ready real realisation reality realization realm realty rearing
reason reasoning reassurance rebate rebirth rebound rebuilding rebuke rebuttal recall recap
recapture receipt receipts receptor recess recipe reciprocal reciprocity recital reckoning
reclamation recognition recoil recollection recommendation reconciliation reconnaissance record
recording recount recourse recovery recreation recruitment rectangle recurrence recycling redemption
redevelopment redistribution redress reducing reduction redundancy redwood reel reelection reference
referendum refill refinement refinery refining reflection reflector reflex reform refrain
refrigeration refrigerator refuge refund refurbishment refusal refuse regaining regard regeneration
reggae regimen region register registry regression regret regrets regularity regulating regulation
rehabilitation rehearsal reimbursement rein reinforcement reissue reject rejection relapse
relationship relativity relaxation release relegation relevance reliability reliance relic relish
relocation reluctance rem remainder remains remake remark rematch remediation remedy remembering
remembrance remission remit remnant remorse remote removal remove remuneration render rendering
rendition renewal renovation renown rent rental renting reorganization repair repatriation repayment
repeal repeat repeating repentance repetition replacing replay replica replication reply report
reporting repression reprint reproduction reputation request requiem requirement requisite resale
rescue research resemblance resentment reservation reservoir reset resettlement residence residency
residual residue resignation resilience resin resistor resolution resolve resolving resonance resort
resource respect respects respiration response responsibility responsiveness restaurant restitution
restraint restriction restroom result resultant resume resumption resurgence retail retailing retake
retaliation retention rethink retina retinal retirement retreat retribution retrieval retro
retrospect return reunification revealing revel revenge revenue reverence reversal reverse
reversible review revise revising revision revoke revolution revolver revue reward rewrite rewriting
rhapsody rhetoric rhyme rib ribbon riches richness rico riddle ride ridge ridicule riding rifle rift
rig rigging righteousness rigor rim ringing rink rinse riot rioting ripple rise risk rite ritual
rivalry river rna road roadblock roads roadside roadway roar roaring roast roasting robbery robe
robot robotics rocket rodeo role roll rolling rom romance ron rondo roof roofing rooftop roost
rooting rope rosa rosary rose rosemary roster rot rotary rotation rotor rotting rouge rough roulette
roundabout rounding roundtable roundup route routine roux rowan rowing rub rubber rubbing rubbish
rubble ruby rudder rue rug rugby ruin ruining ruling rum rumble rumor rumour rundown rune rung
running runoff runway rupee rupture ruse rushing rust rut rye saber sabotage sabre sack sacking
sacrament sacrifice sadness safari safe safeguard safety saffron sag saga saharan sail sailing sake
salaam salad salah salary sale sales salient saline saliva sally salon saloon salsa saltwater salute
salvage salvation sam samba sample sampling sanction sanctity sanctuary sandbox sandstone sandwich
sang sanitation sanity sanskrit sapphire sarcasm sari sash satin satire satisfaction saturation
sauce saucepan saucer sauna sausage save saving savings savory savvy saw saxophone say saying
scaffold scaffolding scaling scalp scam scan scandal scanning scar scarcity scare scarecrow scarf
scarlet scatter scattering scenario scene scenery scent schedule scheduling schema schematic schism
schizophrenia scholarship schooling schooner science scissors sclerosis scoop scope scoreboard
scoring scorn scotch scottish scouting scrabble scramble scrap scrape scraping scraps scratching
scream screaming screeching screening screenplay screwdriver screwing scrimmage script scripture
scroll scrubbing scrum scrutiny scuba sculpture sea seaboard seafood sealing seam search seaside
seasoning seat seatbelt seating seats seawater secrecy secret secretion sectional secularism sedan
sediment sedition seduction see seeing seek seeking segment segmentation seizing seizure selfishness
sell selling semantics semblance semen semi semiconductor semifinal semitic sen sending seniority
sens sense sensibility sensing sensitivity sensor sent sentiment separate separation sepsis sequel
serenity serge serial seriousness sermon serotonin serum serve servicing serving servitude sesame
setback setting settle settling setup seven sevens seventeen seventeenth seventh seventy severance
severity sewage sewing sexism sexuality shack shade shades shading shag shake shaking shale shallow
shambles shame shampoo shan shaping shard share sharing sharp sharpness shattering shave shaving
shawl shay shear sheath shed shedding sheen sheet shelf shelling shelter sherry shielding shifting
shilling shin shine shingles shining ship shipbuilding shipment shipping shipwreck shipyard shirt
shite shitting shiv shiver shivering shoddy shoe shoes shook shoot shooting shootout shop shopping
shore shoreline short shortage shortcut shortening shortfall shorthand shortlist shorts shotgun
shoulder shout shouting shove shovel show showcase showdown showing showroom shrapnel shred shrine
shrinking shroud shrub shrug shudder shuffle shuffling shutdown shutout shutter shutting shuttle shy
sickle sickness sidebar sideline sidewalk siding siege sieve sigh sight sighting sights sightseeing
sigma sign signal signaling signature significance signing silence silhouette silica silicon
silicone silk sill silo silva silver silverware similarity simmer simplicity simulation simulator
sincerity sine singing single singles singular singularity sink sinking sinus sip sitcom site
situation six sixteen sixteenth sixth sixty size sizing skateboard skateboarding skating skeleton
skepticism sketch ski skid skiing skill skillet skim skimming skincare skinny skip skirmish skit
skull sky skydiving skyline skyscraper slab slack slag slalom slam slander slang slant slap slash
slate slaughter slavery slavic slaying sled sledge sleeping sleeve slew slice slicing slick slide
slight slime sling slit slogan slope slough slowdown slowing sludge slum slumber slump slur smack
smacking small smallpox smart smash smashing smear smell smelling smile smiley smiling smirk smog
smoke smoking smooth smoother smuggling snack snag snapshot snare snatch sneeze sneezing sniff
snippet snooker snoring snort snowball snowboard snowboarding snowfall snowman snp snuff snug
snuggle soak soaking soap soar soaring sobbing sobriety soccer socialization sociology sock socket
soda sodium sofa softball softening software soil solace solder solicitation solid solidarity
solitude solo solvent solving som somewhere sonar sonata soot sophistication sorcery sore soreness
sorrow sorting sos sound sounding soundtrack soup sour southward southwestern souvenir sovereignty
soy soybean spa spacecraft spaceship spaghetti spam spank spanking spar spare sparkle sparkling
sparring speaking spear spec special speciality specialization specialty specific specification
specificity specimen speck specs spectacle spectacles spectacular spectroscopy spectrum speculation
speech speeding speedway spelling spelt spending sperm sphere spice spiegel spike spill spin spinach
spinal spindle spinning spiral spire spiritual spirituality spit spite spitting splash splashing
spleen splendor splinter spoil spoiling spoke sponsorship spoof spoon spore sportsmanship spot
spotlight spots spotting spout sprawling spray spraying spread spreading spreadsheet spree sprinkle
sprinkler sprint sprout spruce spur spying squash squat squeezing sse stab stability stabilization
stable stadium staging stagnation stain staining stainless stair staircase stairs stairway stake
stakes stalemate stalk stalking stall stalling stalls stamina stampede stance standard
standardization standing standoff standpoint standstill stanza staple starboard starch stardom
stardust stare starlight starship starting startup starvation starving stash statement static
station stationery stations statistic statistics statue stature status statute stave stay stays std
stead steak steal stealing stealth steam steamboat steamship steel steep steering stem stench step
steps stereo stereotype sterilization sterling steroid stew stewardship stick sticker stiffness
stigma still stimulant stimulation stimulus sting stinging stink stipend stir stirring stitch
stitching stocking stole stomach stomp stool stoop stop stoppage stopper stopping stops storage
store storey storm story storyline stout stove straining strait straits strap strategy straw
strawberry streamer streaming streetcar strength strengthening stress stretcher stretching stride
strife strike striking strip stripe stripes stripping striving stroking stroll stronghold struggle
strut stub studio studying stuff stuffing stumble stump stupidity stylus sub subconscious submarine
submission subpoena subscription subsection subsidy subsistence substantive substituting
substitution substrate subtitle subtlety subunit suburb subversion subway succulent suck sucking
suction suede suffering sufficiency suffix suffrage sugar suggestion suitability suitcase sulfate
sulfur sulphur summary summoning summons sumo sunflower sunglasses sunlight sunscreen sunshine sup
superannuation superiority supermarket supernova superstition supervising supervision supplement
supply supplying support supporting suppression supremacy surcharge surf surface surfing surge
surgery surname surplus surprise surrender surround surroundings surveillance survey surveying
survival susceptibility sushi suspense suspicion sustainability suture suv swag swamp swap swat sway
swearing sweat sweating sweats sweatshirt swedish sweeping sweepstakes sweetness swelling swim
swimming swimsuit swimwear swing swinging swipe swirl switch switching swoop sword syllable syllabus
symbol symmetry sympathy symptom synagogue synchronization syndrome synergy synonym synopsis
synthesis synthetic syphilis syringe syrup tab tablespoon tablet tabletop tabloid taboo tack tact
tactic tactics tad tag tailgate tailoring take takeaway takedown takeoff takeover taking tale
talisman talk talking talks tall tally tam tammy tampering tan tandem tangent tangle tango tank
tanning tantrum tap tape taper tapering tapestry taping tapping taps tariff tarmac tarot task taste
tasting tat tattoo tau taunting tavern tax taxation taxi taxis tay tcp teaching teamwork tear
tearing tears teasing teaspoon technical technique techno technology teddy tee teeth telecast
telecom telecommunication telegram telegraph telemetry telephone telescope television telling telly
temper temperament temperance temperature tempest template temple temporal temptation ten tenacity
tenancy tendency tenderness tending tendon tenet tennis tense tension tensor tent tenth tequila
terminal terminology terminus terrain territory terrorism testament testimonial testimony testing
testosterone text textbook textile texture thanks thaw thc theater theatre theatrical theft theme
theology theorem theory therapeutic therapeutics therapy there thermal thermodynamics thermometer
thermostat thesis theta thick thickness thigh think thinking thinner thinning third thirst thirteen
thirteenth thirty thistle tho thong thorn thou thought thousand thrash thread threads three thrift
thrill thriller throbbing throne throttle throughput throw thrust thumb thumbnail thumping thunder
thunderbolt thunderstorm thus thwart thyme thyroid tia tic ticker ticket ticking tickle tidy tie
tiff tightening tights tile till tilt timber timeline timetable timing tin tinder ting tingling tint
tip tire tissue titanium title titty tlc tnt tobacco toby tod toe tofu toggle toil toilet token
tolerance toll tomato tomb tombstone tome tomography ton tone toner tongue tonic tonne tons toon
toot toothbrush toothpaste topic topography topology topping tor torch tore torment tornado torque
torrent torso tort tortilla torture torturing toss total tote touch touchdown touching touchscreen
toughness tourism tournament tourney tow towel tower township toxicity toxicology toxin trace
tracing track tracking tract traction tractor trademark trading tradition tragedy trail trailing
training trait trajectory tram trampoline trance tranquility transaction transactions transcript
transcription transformation transformer transfusion transistor transit transition translation
transmission transmitting transparency transplant transplantation transponder transport transporter
trap trapping trauma travel traveling travelling traverse travesty tray treachery tread treadmill
treason treat treatise treatment treaty treble trek tremble trembling tremor trench trend trespass
trey trial tributary tribute trickle trident trigger trillion trim trimming trip tripod triumph
trivia trolley trolling trope trophy trouble trough trove truce truck trucking true truffle trump
trumpet trumpets truss try tsunami tub tube tuberculosis tubing tuck tug tuition tulip tum tumble
tumbling tummy tumor tumour tundra tune tung tungsten tunic tuning tunnel turbine turbulence turd
turf turkish turmoil turning turnover turnpike turquoise turret tutorial tuxedo twain tweak tweed
tweet twelfth twelve twentieth twenty twig twinkle twist twister twisting twitch twitter two tying
typewriter typhoon typing typo typography ufo ukrainian ukulele ulcer ultimate ultimatum ultrasound
ultraviolet umbilical umbrella uncertainty unconscious uncovering undercut underestimate underside
understanding understatement undertaking underwear undoing unemployment unfolding unhappiness
unification uniform uniformity uniqueness unison uniting unity universal universe unix unloading
unrest unseen unveiling unwillingness upbeat upbringing update updating upgrade upheaval uphill
upkeep upland uplift uplifting upper upright uproar upset upside upstairs uptake uptown uranium
urbanization urdu urge urgency urging urine url urn usability usage use usefulness using uterus
utilization utmost vacancy vaccination vaccine vacuum vagina vale validation validity valley valor
valuable valuation vandalism vanilla vanishing vanity vantage vapor vapour var variability variable
variance varnish vase vat vault veal veg vegetable veggie vehicle veil velvet vendetta vending
veneer vengeance venom ventilation venting venture venue verb verdict verge verification vernacular
veronica versatility verse versed version vertex vertical vertigo vessel vest veto viability viagra
vial vibe vibes vibration vibrator vice vicinity victory video videotape view viewing viewpoint
vigil vigilance vigor vii viii vine vinegar vineyard vintage vinyl viola violation violence violet
violin virginity virtue visa viscosity visibility vision visitation visiting vista visualization
vitality vitamin viva vocabulary vocal vodka vogue voicemail voicing void volatile volatility
volcano volley volleyball volt voltage volume vomit vomiting vortex voting vow vowel vox voyage
vulnerability wad wading wafer waffle wage wager wages wailing waist waiting waiver waking walk
walking walkway wall wallet wallpaper walnut waltz wan wand wandering waning want war wardrobe ware
warehouse warfare warhead warmer warming warmth warning warp warrant warranty warship wash washing
waste wasteland wastewater wasting watching water watercolor waterfall waterfront watering
watermelon waterproof watershed waterway wavelength waving wax waxing way ways weakening weakness
wealth weapon weaponry wear wearable wearing weather weave weaving webcam webpage website wedge weed
weeds weekly weeping weighing weight weightlifting weir welcome welding welfare well wellbeing
wellness wen westerly western westward wet wetland whack wharf whatnot wheat wheel wheelchair
whereabouts whey whim whine whiplash whipping whirlwind whisk whiskey whisky whisper whispering
whistle whistling whit whiteness wholesale whoop why wick wicker wicket widening width wifi wig
wiggle wild wildfire will willing willingness willow willpower wilt wilton win winch wind winding
windmill windshield wine winery winning winnings wipe wire wireless wiring wish wishing witchcraft
withdrawal withholding wobble woe womb won wonder wonderland wont woodland woodwork woodworking woof
worcestershire wording work workflow working workings workload workmanship workout workplace works
workshop workstation worry worrying worse worsening worship worst wound wounding wow wraith wrap
wrapper wrapping wrath wreath wreck wreckage wrecking wrench wrestle wrestling wrinkle wrist writ
writing wrong wrongdoing www xanax xenophobia xerox xii xiii xiv xvi xxx yacht yam yang yard yarn
yawn yawning yay yea yearbook yearly yearning yeast yell yelling yellow yelp yen yes yew yiddish
yield yielding yin yoga yoghurt yogurt zeal zed zee zenith zero zest zeta zig zimmer zinc zip zipper
zodiac zone zoning zoo zoom
    """.split()
)
