"""English nouns whose usual senses are things of words, the mind, money or a state ("bill",
"report", "budget", "reserve", "tradition"): what a word of violence acting on them is a figure of
speech. Built from WordNet 3.0 (Princeton University, the WordNet licence) by
tools/build_abstract_nouns.py, which says how they are chosen. Data as a module: loaded at import,
read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

ABSTRACT_NOUNS = frozenset(
    """
a-list aaa aas abandon abc abcs abdication aberration ability abnormality above abscess absolute
abstention abstract absurd absurdity abundance accent acceptability access accessibility accidental
acclaim accolade accord account accountability accounting accuracy accusation accusative ache aching
acidity acknowledgement acknowledgment acne acoustics acreage acres acronym activism acts actuality
acuity acute ad ad-lib adage adaptability add addendum addiction adequacy adhd adieu adios adjective
admiration admonition adulation adverb advert advertisement advice advisory aerodynamics aeronautics
aesthetic aesthetics affect affection affidavit affirmation affirmative affix affliction affluence
afrikaans afro-asiatic aftertaste aga agape agenda aggression aggressiveness agha agility agitation
agony agreement ahem aids ailment aim air-sleeve airfare airmail airs aku albedo alchemy alcoholism
alert alerting alertness alexia algebra algorithm alias alibi alienation alimony allegation allegory
allergy alliteration allowance allure allusion almanac aloha alopecia alphabet als alt altercation
alternative altogether altruism alveolar alzheimers amazement ambiguity ambition ambivalence amd
amelia amenities amenity americanism amity amnesia amnesty amount amour an anaemia anaesthesia
anagram analog analogue anaphylaxis anarchism anarchy anatomical anecdote anemia anesthesia
anesthesiology aneurysm anger angina anglo-catholicism anglo-french anglo-norman angst anguish anima
animation animosity animus annals announcement annuity anonymity anorexia anova answer antagonism
ante anthem anthology anthrax anthropology anti-catholicism anti-semitism anticipation antipathy
antisemitism antithesis anxiety apartheid apathy aphasia apnea apologetics apology apostrophe appeal
appellation appendicitis appetite applause applicability appraisal appreciation apprehension
appropriateness approximation aptitude aqua arabic aramaic archaeology archeology archetype archives
arguing argument argumentation aria arithmetic arm-twisting armistice aroma arraignment arrears
arrhythmia arrogance arthritis artistry arts artwork ascendancy ascii asgard aside asking asl aspect
aspiration assay-mark assembler assent assertion assertiveness assessment asset assets assumption
assurance asterisk asthma astonishment astrology astronomy astrophysics asymmetry ataxia atheism
atherosclerosis athleticism atlantis attestation attitude attractiveness attribution audacity audio
aura austerity austro-asiatic authenticity authorisation authorization autism autobiography
autograph autonomy avail availability average avionics awareness awe awkwardness axiom ayurveda
azure babble babbling baccalaureate back-formation backbone background bad bade badge bai bail
balance baldness balinese ballad baloney bane bangla bankroll bankruptcy banning banning-order
banter bargain bargaining basics basis bata bauhaus bawdy bd beaut bebop beck begging behaviour
behest beige belarusian belief believing bellowing belonging belongings benchmark bends benevolence
bequest berating bereavement bestseller beth bewilderment bible bibliography bicker bickering
bidding bigotry bilingualism bill billing bimonthly bind binomial bio-assay biochemistry
biodiversity bioengineering bioethics biography biometrics biophysics biopsy bioscience biotech
biotechnology birdsong birthright bitterness biweekly blacklist blackness blackwater blah blame
bleeding blemish blight blindness bliss bloat blog blue-blindness blues blur blurb bluster bmi boast
boasting body-build boil bold boldness bondage bonding bonus boo boogie booklet boon booty boredom
bosh bounty bpi brag bragging brain-fag brain-teaser brainstorm brand brand-newness bravado bravery
brawn breadth breeding brevity bribe bride-gift brief briefing brightness brilliance
broad-mindedness broadcast broadcasting broadside brochure bronchitis bruise brunt bs bse budget
bulimia bulk bulletin bullshit bummer buoy buoyancy burlesque burmese-yi burn bursary bust-up buy
buzzword bye bye-bye bylaw c-note cadence caliber calibre call call-in call-out callback calligraphy
callus calmness calvinism camaraderie cancel candor canto cantonese canvass canvassing capability
capacity capitulation caprice caption captivity carcinoma cardiology cardiomyopathy caricature
caring carmine carry-forward carry-over carte cartoon catalog catalogue catchphrase catechism
catholicism causality caution caveat cease-fire celtic censure centrality cert certainty certificate
chafing chagrin challenge channels chant characterisation characteristic characterization charade
charisma charley-horse charm charter chatroom chattel check checkbook checklist cheer cheering
cheque chi chic chill chin-wag chin-wagging chit-chat chivalry cholera choral chorale chroma
chronicle chronology chuckle ciao circular circumstance circumstances cirrhosis citation cite
citizenship civics claim clamoring clamour clams clapping clarity classical classics classified
clause claustrophobia cleanliness cleanup cleverness cli cliche climate climb-down clock-watching
closeness cloud-cuckoo-land clout clubbing clue clutter co-ordinate coaxing coda code codex
coexistence coherence coin coinage cold coldness colic colitis collateral collect collusion color
coloration colossians come-on comedy comfort comforts commandment commendation comment commentary
commercial commonplace communicating communications communique comp companionship comparative
compare compassion compatibility compendium competence competency competitiveness complacency
complaint complementary completeness complexity complicity compliment compliments component
composition composure comprehension comprehensive compulsion conceding conceit concentration concept
concern concerto concession conciliation conclusion concordance condescension condition conditioning
conditions condolence confession confidence confidentiality configuration confines confirmation
conformance confrontation confucianism confusion congestion congratulation congratulations
conjecture conjunction conjuring connectedness connection connectivity connotation conscience
consciousness consensus consent conservatism consideration consistency consonant consternation
construct consultation contempt contention contentment contents context continuity contour contract
contradiction contradictory contrary contrition control controversy conundrum convenience
conveniences conversation converse conveyance cookbook cool coolness coordinate coptic copyright
cornucopia coronary correctness correlate correlation correspondence corroboration corruption cosine
cosmology cost costs cough coughing counseling counselling countenance counterculture counterpoint
counterterrorism coupon courage courting courtship covariance covenant coverage cowardice cpi crabs
crack-up craftsmanship craving craze craziness creationism creativity cred credential credentials
credibility credit credits credo creed creeps crescendo criminality criminology crimson criterion
criticism critique cross-classification cross-division cross-examination cross-eye cross-index
cross-purpose cross-question cross-reference crosshairs crossword crowding crowing crozier cry
crystallography cue cull culpability cuneiform cunning currency curriculum curse cursive curvature
customs cut cuteness cv cyan cybernetics cynicism cyrillic dah daily damages damn damnation damp
dare dari daring darwinism database datum daydream daydreaming daze dazzle dba dd dds deadlock
deafness dearth death-roll debate debit debriefing debt decadence deceit decency deciding
declaration declarative decomposition deconstruction decorum decree ded deductible deduction defect
defensive defiance deficiency deficit definition deformity degeneracy degree dehydration
deliberation delight delinquency delirium delusion demeanor demeanour dementia demo demographic
demography demonstrative dengue denial density dental dentistry denunciation dependability
dependence depicting depiction depression deprivation deriving dermatitis dermatology description
descriptor desirability desire desolation despair despatch desperation detail detailing details
determinism deterrence deterrent deuteronomy devastation devices devise dexterity diabetes
diagnostics dialect dialectic dialog dialogue diarrhea diarrhoea diatribe dibs dictate dictation
diction dictionary differential digest digitization dignity dilemma diligence dimension diminutive
dinka diphtheria diploma diplomacy directive directory disability disadvantage disagreement
disapproval disarray disbelief discernment discipline disclaimer disclosure discography discomfort
disconnect disconnection discontent discontinuity discord discouragement discourse discredit
discretion discussion disdain disease disgrace disgust dishonor dishonour disillusionment
disinformation disintegration disinterest dislike disloyalty dismay disorder disorientation
disparity displeasure disquiet disrepair disrepute disrespect dissatisfaction dissemination
dissension dissent dissertation dissolve dissonance distaste distinction distraction distress
distribution distrust disuse dit ditto ditty diversity divination dizziness dmd docket doctorate
doctrine documentary documentation dog-ear dogma doh dominance dona doo-wop doric dossier
double-spacing double-u doubt downbeat downgrade downside dowry drab drawback dread dream dreaming
dreamland droning drowsiness drunkenness dryness dts dualism dub due dumps durability duress dynamic
dynamics dynamism dysentery dysfunction dyslexia dysphoria dysplasia dystopia dystrophy e-mail
eagerness earnest earnings eas ease eastward ebitda ebola ecc ecclesiastes ecg ecology econometrics
economics ecstasy eczema ed edd edema edict editing editorial ee eeg effectiveness effects efficacy
efficiency egalitarianism ego eighteenth ekg elan elasticity elation eldorado electronics elegance
elegy eleventh eligibility elitism eloquence elysium email embargo embarrassment emg emmy emotion
empathy emphasis emphysema employ emptiness emulation encephalitis encephalopathy enchantment
encyclopaedia encyclopedia end-all endangerment endocrinology endometriosis endorsement endowment
endurance ene english-gothic enhancer enigma enmity enormity enquiry enthusiasm entirety entitlement
entomology entropy envisioning ephesians epi epic epidemiology epidural epilepsy epilogue
epistemology epistle epitaph epithet epitome epsilon eq equality equation equity equivalence
equivalent erasure ergonomics eroticism escrow ese esp esperanto esprit esteem estimation estonian
estrangement etf ethic ethics ethnicity ethnography ethnology ethos etiquette etude etymology
eugenics eulogy euphemism euphoria evangelism evidence evocation exam example excellence exception
excerpt excess exchequer excise excitation excitement exclaiming exclamation exclusion exclusive
excuse exegesis exemplar exemption exhilaration exhortation existentialism exorcism expanse
expectancy expectation expediency experience expertise explanation expletive exponential expose
expression extent external extinction extrapolation extravagance extremism exuberance eye-catcher
eyes eyesight eyesore fa fable fact factorial factoring fad fair-mindedness fairness fairytale
faithfulness fallacy falsetto fame familiarity fanaticism fancy fanfare fantasia fantasy faq
fare-thee-well farthing fas fascination fascism fatigue favour fealty fear feasibility federalism
fee feel feelings felicity feminine femininity ferocity fervor fervour fester fever fiat fib
fibrosis fiction fidelity fidget fifteenth fiftieth figment figuring filename film finality finances
fine finesse finger-pointing fingerprint finnish firepower firmness firmware fisa fit fitness fiver
fixation flair flash-forward flashpoint flattery flatulence flaunt flavor flavour flaw flexibility
flourish flowchart flu fluency fluidity focus focussing folio folklore follies fondness foolishness
footing footnote footprint forbidding forecast forecasting foreshadowing foresight forestry foreword
forfeit forfeiture forgetfulness form formalism format formative formatting former formula forte
fortitude fortran found fourteenth fractal fragility fragrance frailty framework frankness frau
freebie freedom freehold freeware frenzy freshness fret friendliness friendship fright frontage
frostbite frown frugality fruition ftp fugue ful fullness function functionality fundamentalism
fundamentals funds funny fury futility gab gaelic gaiety galatians gall gallantry gamut
gastroenterology gazette gcse gdp gen gender gene-splicing generality generalization genetics
genitive genomics genre gentleness geography geology geometry geophysics geopolitics germanic
gerontology gestalt get-up-and-go gibberish gift giggle gimp gist gita give give-and-take giveaway
given glamour glaucoma glebe glee glitch glitz gloat gloating gloom glory gloss glossary glow glut
go-ahead godliness gold gonorrhea good good-by good-bye goodbye goodness goodwill google gospel
gospels gossiping gothic gout gpa grace gradient gradual grammar grandeur graph grasp gratitude
gratuity gravitas greatness green-blindness greenback greeting grief grievance grimace grime grin
grinning gripe gripes groan grudge grunge guarantee guaranty guess guessing guesswork gui guidebook
guideline guile guilt guise gusto guts guttural gynecology haemorrhage haggle haggling haiku haj
hajj half-cock half-intensity half-pay half-truth halfpenny hallelujah hallmark hallucination
handbook handedness handicap handshake hang hang-up hani hankering hansard happiness harbinger
hard-on hardiness hardness hardship harmonic harmonics harmony harshness hate hatred hdtv headache
headline heads-up health hearsay heart-to-heart heartache heartbreak heartburn heartstrings
heaviness hedging hedonism hee-haw heed heft height heirloom hellenic hellfire hello helplessness
hematology hematoma hemorrhage hepatitis heresy heritage hernia heroic heroism hesitation
heterogeneity heuristic hex hibernation hiccup hickey high high-five high-handedness high-mindedness
highlight highlighting hilarity hindi hindsight hint hire-purchase histogram histology hives hmo
hoard holiness holla hollering hollow-back holotype homelessness homeostasis homepage homestead
homily homogeneity homology homophobia honor honour honours hoo-ha hoo-hah hoof-mark hoopla hooray
hoot hope hopelessness horizontal horseshit hospitality hostility hotness how-do-you-do howdy
howling html http hubris hue huff humanities humanity humbug humidity humiliation humility humor
humour hunger hurrah hurry hurt hurting hush hybrid hydraulics hydrology hygiene hymn hype
hyperactivity hyperbole hypersensitivity hypertension hypertext hypertrophy hyphen hypnosis
hypocrisy hypoglycemia hypotension hypothermia hypothesis hypothetical hypothyroidism hypoxia
hysteria hysterics icelandic idea idealism ideation identifier identity ideology idiocy idiom idle
ido ie ignorance iliad ilk ill ill-being ill-breeding illegality illiteracy illness illumination
illusion illustration image imagery imagination imbalance immaturity immediacy immovable immunity
immunodeficiency immunology impartiality imparting impatience impeachment imperfect imperfection
imperialism implication importance impossibility impossible impotence impression impromptu
impropriety impulse impunity in-joke inability inaccuracy inaction inactivity inadequacy incantation
incapacity incarceration incentive incidental inclusion income incompatibility incompetence
inconsistency inconvenience incredulity indebtedness indecision indemnity index indication
indicative indicator indictment indifference indigestion indignation individualism individuality
indo-aryan indo-iranian indulgence inefficiency ineptitude inequality inequity inevitability
inexperience infamy infarction infatuation inference inferiority infertility infidelity
infinitesimal infinitive inflammation inflection influenza info infomercial informatics information
informing infotainment ingenuity initial initialization injunction inkling innocence innuendo input
inquiring inquiry insanity inscription insecurity insensitivity insight insignia insistence
insisting insolvency insomnia instability installment instalment instinct instructions insufficiency
insurance intangible integral integrity intensity intensive intent intention intercept
interdependence interdiction interest intermarriage internationale interoperability interpolation
interpreting interrogation interview intimacy intolerance intoxication intrigue intro introspection
intuition invariant inventiveness inverse invisibility invitation invite invocation invoice ionic ip
iq iron-gray iron-grey irony irrationality irrelevance irresponsibility irritability irritant
irritation ischemia islamophobia ism isolation isolationism isometric issue it italic itch itching
item iterative jackpot jaundice jazz jealousy jeopardy jitters jive journal joy judeo-spanish
judgement judges judging justification kabbalah kam-sui kam-tai kannada kappa karen keen ken kentish
keynote kickback kind kindness kinetics kingship kinship kite kitty knack knife-edge knock-knee know
know-how knowing koran kudos kurdish label lack ladyship lah lament language large largo latest
latter laugh laurels lawlessness laws lay le leaf-book lean leaning learning lease leasehold least
lecture leer left-handedness leftover legacy legality legend legitimacy legs length leniency
leninism leprosy lesion letdown lethality lethargy letterhead lettering letters letting leukaemia
leukemia level leviticus levity lexicon lf liabilities liability liaison libel liberalism
libertarianism liberty libido libretto licence license lied life life-style lifestyle ligature
light-mindedness lightness like likelihood liking limbo limitation limiting limping line-shooting
linearity lingo lingual linguistics linkage linux liquidity lisp list lit litany literacy literal
literature livelihood loan loan-blend loathing logarithm logbook logic logo lolo lolo-burmese
loneliness long-suffering longevity longing loot lordship lore losses loudness love-song loveliness
loving-kindness low-down lowercase loyalty luminance luminosity lung-power luo lure luster lustre
luxury lying-in lymphoma lyric lyricism m-theory macro macroeconomics macron madness mag
magnificence magnitude mail mailing-card mainstream majesty malady malaise malaria malayalam malice
malignancy malnutrition maneuverability mange manhood mania manifest manifesto manliness manner
manners mantra manuscript maple-leaf marathi mark marking marksmanship markup marque marxism masa
masai masculine masculinity mastery materialism maternity math mathematics maths matt matter mauve
mayday mba mean meaning measles med medal median meditation medley melancholy melanoma melodrama
melody mem meme memento memo memoir memorabilia memorandum memorial memorization memory menace
meningitis mentality mention merit mesothelioma mess message messaging metallurgy metaphor
metaphysics meteorology methodism methodology metrics metrology mettle mf mfa microbiology microcosm
might migraine mileage milieu militancy militarism mind mind-set mindfulness mindset mineralogy
minuscule minutes miri mirth misconception misdirection misery misinformation misinterpretation
mismatch misnomer misogyny misreading misspelling mistaking mister mistrust misunderstanding mls
moan mobility mock-heroic mockery modal modality mode modernity modesty modulation moisture mojo
momentum mon-khmer money money-spinner moniker mono monogamy monogram monograph monologue monopoly
monotheism monotone monotony monthly mood moorish moral morale morality morals morbidity mores
mormonism morphology mortgage motherhood motivator motto movable movie moxie mr mrs ms-dos msc mu
muddle multiculturalism multimedia multiple multiplicity mumble mumps music musical musicianship
musing myeloma myopia mystery mysticism mystique myth naga naivety nakedness name-dropping names
nanotechnology narcissism narcolepsy narration narrative narrow-mindedness nastiness nationalism
nausea navel-gazing nay nec negation negativity neglect nehemiah neo-darwinism neo-latin
neoliberalism nerves nervousness netscape neurobiology neurology neuropathy neuroscience neurosis
neuter newness news newscast newsflash newsletter newsreel nickname niger-congo night-sight
nightmare nihilism nineteenth nitty-gritty nlp no-goal noble-mindedness nocturne noma nomenclature
nominal nominative non-discrimination non-issue nonfiction nordic norm normal normalcy norman-french
northern northward nosebleed nostalgia notation note nothingness nothings notice notion notoriety
noun nous nov-esperanto nov-latin novella novelty nowhere nu nuance nudity numbering numbness
numeracy numeral nw oath obesity obituary objection objectivity oblivion obscenity obscurity
obsession obstetrics occasions oceanic oceanography oddity odds ode odor odour off-white offbeat
offer offering okay okey oldie olive-green on-license oncology one-liner oneness ontology onus oomph
openness opera ophthalmology opinion opportunism opportunity optics optimism optimum option opulence
opus oral oration oratorio oratory order ordinance ordinate originality ornithology orthodoxy
orthography oscar osteoarthritis osteoporosis outcry outlook ovation over-crowding overcast
overdraft overestimate overgrowth overlap overview overweight oxymoron pacifism pact paganism paging
pain paleontology pali palsy pamphlet pancreatitis pandemonium pang panic papers parable paradigm
paradox paragraph parallelism paralysis paranoia paraphrase parenthesis parenthood parity parlance
parley parole parser partial participle particular partisanship passion passive passivity passport
password pastel pastoral patent paternity pathology pathos patrimony patriotism paucity pax pay
payable paycheck payoff pct pe peace peanuts pearl peculiarity pediatrics peeve penchant pennant
penny-pinching pension penultimate pep percent percentage percentile perception perfect perfection
perfectionism peril periodical periodicity perk permanence permeability perpetuity persistence
persona personal personhood perspective persuasion pertussis perusing pessimism pestilence petite
petition pettiness ph pharmacology phd phenomenology phenotype phi philippians philippine philology
philosophy phobia phone-in phonetics phonology photo-offset phrase physicality physics physiology
pictorial pid pidgin piety pimple pinch pining pinning pip pittance placard plan plasticity
plausibility play playbook playfulness playlist plea pleading pleasure plethora plight plunder
plural pms pneumonia poem poetics poetry polarity policy polio polish politics pollution polygamy
polynomial pomp pong popularity populism porosity portability portraying pose posit positivity
possessive possibility post-it post-maturity post-menopause postage postcard postcode postdoctoral
posting postscript postulate posture posturing potency poverty powerlessness pox practicality
pragmatic pragmatism praise preaching preamble precedence precept precision precondition predicament
predicate predictability prediction predilection predisposition predominance preface preference
prefix pregnancy prejudice prelims premise premium premonition preoccupation preparedness
preponderance preposition prerequisite prerogative press prestige presumption pretence pretext
pretrial prevalence preview price pricing pride primacy primo principle printout priority privacy
privilege prize probability problem proceeds prodding productivity profanity professing
professionalism proficiency profiling profit profitability profits profusion program programme
progressivism prohibition projection prolapse prologue prominence promise prompt prompting pronoun
pronouncement pronunciation proof propaganda propensity prophecy prophets proportion proportional
proportionality proposal proposition proprietary propriety prose prospectus prosperity prosthetics
protectionism protestantism proto-norse protocol prototype proverb proverbs proviso prowess prudence
prying ps psalm psalms pseudonym pseudoscience psoriasis psychiatry psychology psychosis ptsd
publicity pun punctuality purgatory purity purple purplish-red purport purpose purview put-down q qi
quadratic quality quandary quantum quarter-tone quarterly quarto query question questioning
questionnaire quibble quickness quiet quip quiver quiz quotation quote quran rabies radicalism rage
ragnarok ragtime raj rake-off rancor randomness ranking rant ranting rapport rapture rarity rates
ratification ratio rationale rationalism rationality raving raw re-echo re-experiencing
re-introduction reactivity read read-out readability readiness reading readout ready realisation
realism reality realty reason reasonableness reasoning reassessment rebuke rebus rebuttal recall
receipts receivables recipe reciprocal recitation recklessness reckoning recognition recollection
recommendation reconsideration recounting recursion red-blindness redness redundancy reek reference
reflexive refrain refurbishment refusal refutation regard reggae regimen register registry regret
regrets regularity regulation rehash reimbursement reinsurance reintroduction reissue reject
rejoicing relations relationship relativism relativity relevance relevancy reliability reliance
relief religiosity reliving remark remembering remembrance reminiscence remittance remorse
remoteness remove renown rent-a-car rent-rebate rent-roll renunciation reparation repentance reply
report reportage reporting reprimand reprint reproach republicanism repudiation repulse reputation
repute request requiem requisition rerun resemblance resentment residual resignation resolve
resolving resource resourcefulness respect respectability respects responsiveness restlessness
resume rethink reticence retro retrospect revealing revelation revenue reverence reverie review
revise revising revue revulsion rewrite rewriting rhapsody rhetoric rheumatism rho rhyme rhythm
riches richness rico ridiculousness rig-veda right-handedness righteousness rigidity rigor rigour
rioting ro robotics robustness rock-and-roll rockabilly rococo romance romanesque romans romanticism
ron rondo roots roster rote roughness roundtable rubella rubric rudeness rule rum-blossom rumor
rumour run-in rundown rune ruthlessness sadism sadness safe-conduct saga saharan salaam salah salary
sales salinity salute sama-veda sample sanctity sanguine sanity sanskrit sarcasm sarcoma sars sass
satanism satire satisfaction savagery savings savor savour savvy say say-so saying scalability
scalar scale scar scarcity scare scarlet scent scepter scepticism sceptre schedule schema
schizophrenia scholarship science sclerosis scoff scolding scoliosis scope scorch score scorecard
scorn scots scottish scowl screenplay scrip script scripture scruples scurvy secrecy secret
sectarianism secularism security seeing selectivity self-absorption self-accusation
self-assertiveness self-assurance self-awareness self-command self-complacency self-concern
self-condemnation self-confidence self-consciousness self-contemplation self-contradiction
self-criticism self-cultivation self-deceit self-deception self-depreciation self-determination
self-direction self-disgust self-distrust self-doubt self-drive self-education self-esteem
self-examination self-expression self-government self-hatred self-hypnosis self-importance
self-insurance self-interest self-justification self-knowledge self-love self-pity self-possession
self-praise self-pride self-regard self-reliance self-reproach self-respect self-restraint self-rule
self-satisfaction self-seeking self-sufficiency self-torment self-torture self-will self-worth
selfishness semantics semblance semitic seniority senor sensationalism sense sensibility sensitivity
sensuality sentiment sentimentality sepsis septuagint serenade serenity serial serif
serious-mindedness seriousness sermon servitude seventeenth severity sexiness sexuality shade shaft
shame shan share shareholding sharing sharpness sheen shekels shine shingles shivering shoes
shortage shortcoming shortfall shorthand shortlist shortness shout shouting showdown showmanship
shrug shucks shyness sickness sidebar sids sight sigma sign signal signal-to-noise signaling
signature significance signified signing silence silliness similarity simmer simplicity simulcast
sincerity sine single-mindedness single-spacing singular singularity sino-tibetan sitcom situation
sixpence size skepticism skill skinny sky-blue slang slant slavic sle sleaze sleep sleepiness
sleight slick slogan slowing slowness slumber slur smallpox smart smell smile smiley smiling smirk
smog smoothness snarl sneer sneeze sneezing snobbery snort snow-blindness snuff-color snuff-colour
so sobriety sociology softness software solace solemnity solicitation solidarity solidity solvency
sonata songbook sonnet sophistication sorcery sore soreness sorrow sos sou soul-searching sound
soundness southward southwestern sovereignty space-time speaking spec speciality specialty
specification specificity speculation speech speed-reading spell-checker spelling spf spiel spinal
spiritual spiritualism spirituality spite splendor splendour spontaneity spoof sportsmanship spots
sprain sprawling spreadsheet spurring spyware squabble squalor sse stability stagnation stake stakes
stamina stance standard standing standpoint stanza stardom stardust stash stasis statement
stationery statistic statistics stature status statute std stench stenosis stereotype sterility
sterling stiffness stillness stimulus sting stinging stink stipend stipulation stir stm stoicism
story storybook storyline strangeness strategy stratigraphy strength stress stripes stubbornness
studying stupor stutter style sub-interval subconscious subjectivity subjunctive subordination
subpoena subroutine subscription subsidy subsistence substantive subterfuge subtitle subtlety sudoku
suffering suffix suffrage suggestion suitability sulk sum-up summary summoning summons sunburn
superannuation superfund superiority superlative superstition supplement supplication supposition
supremacy surcharge surmise surname surplus surrender susanna susceptibility suspense suspicion
sustainability sutra sw swag swahili swank swastika swearing swedish sweetness sword-cut syllable
syllabus symbiosis symbol sympathy symptom syndrome synonym synopsis syphilis systematics t-bill tab
tabloid taboo tachycardia tact tactic tactics tag taint takings tale talk talkie talking talks tall
talmud tan tantra tantrum taps tariff tarnish taste tau taupe tax tax-exempt tax-increase taxation
taxidermy tay tay-sachs tcp teach-in technicality technicolor technique techno tectonics tedium
telecast telecom telecommunication telegram telepathy telephony telling temper temperament
temperature template temporal temptation tenacity tendency tenderness tenet tense tension tera
terminology terms testament testimonial testimony text text-matching textbook texture theism theme
theology theorem theory therapeutics thermodynamics thesaurus thesis theta thickness thing-in-itself
things think thinking thirst thirteenth tho thought thought-image thoughtfulness threat three-d
thrill thriller throes thrombosis throw-weight tia tic ticket ticket-of-leave tidings tiff tightness
timbre timeline timeliness timetable tingle tingling tinnitus tint tirade tiredness tithe title
to-do togetherness token tolerance toll tome tone tongue-lashing tonnage toon toothache topic
topography topology torah torment torture tosh totality touchstone toughness toxicology tra-la
tra-la-la trad trade-in trade-last trademark tradition trait trance tranquility tranquillity
transactions transcendence transcript transitive trauma travesty treatise treaty treble trembling
trepidation tribalism trig trigonometry trill triple-spacing trope trove truce true trust
trustworthiness truth truthfulness tss tuberculosis tumor tumour tumult tune turkic turkish turmoil
turn-on tutorial twentieth twenty-twenty twinge twitch twitching typeface typescript typhoid typhus
typing typo u-drive ubiquity ufo ugliness uhf ukrainian ulcer ultima ultimate ultimatum unabridged
unanimity unavailability unbelief uncertainty unconscious unconsciousness underestimate underline
underscore understanding understatement undertone undress unease uneasiness unemployment unfairness
unhappiness uniformity uniqueness unison universal universality unix unknowing unpleasantness
unpopularity unpredictability unrest unseen unwillingness up-tick upbeat update upheaval uplink urdu
urge urgency url urology usability usefulness utilitarianism utmost utopia utterance vagueness
valence valhalla validity valor valour valuable valuation value value-system values vanity vapors
variability vastness vaudeville vd veda vedanta veracity verb verification verity vermilion
vernacular versatility verse version vertigo verve very-light vestige vhf viability vibe vibrancy
view vigilance vigor vigour vim virginity virology virtue virtuosity virulence visa viscosity
visibility vision vista visualisation visualization vitality viva vocabulary vocal vogue voice
voicemail volatility vow vowel vox vulgarity vulnerability wage wail waking wanderlust want warmth
warning warrant warranty wasting water-rate wavelength wavering waving weakness wealth weariness
webpage website wedlock weekly weighing weirdness welcome well-being well-wishing wellbeing wellness
wen westward wet wetness wheelbase wherefore wherewithal whim whimper whimsy whine whip-round
whiteness wholeness whoop why width will willingness willpower windows wine-colored wine-coloured
wingspan winnings wireless wisdom wish wishing witchcraft wits wizardry woe wont wooing word
word-painting word-splitting wording wordplay words workbook workmanship worksheet world-weariness
worry worse worthiness wow wraith wrangle wrangling writ write-down writings wu wye x-axis
xenophobia y-axis yang yardage yay yea yearbook yearly yearning yell yelling yellow yellow-blindness
yes yi yiddish yielding yin you-drive yue z-axis zeal zed zee zeitgeist zest zeta
    """.split()
)
