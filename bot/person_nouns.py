"""English nouns whose usual sense is a kind of person ("sheikh", "sergeant", "pitcher"): a
town's name after "<noun> from" is that person's home, a capitalised name after the noun in lower
case is the person's. Built from WordNet 3.0 (Princeton University, the WordNet licence) by
tools/build_person_nouns.py, which says how they are chosen. Data as a module: loaded at import,
read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

PERSON_NOUNS = frozenset(
    """
abbess abbot abolitionist abomination absentee accomplice accountant accumulator accused achiever
acrobat actor actress actuary adder adjuster adjutant administrator admiral adonis adventurer
adversary advertiser adviser advisor aeon agent-in-place aggregator aggressor agitator agonist
airman alarmist albino alchemist alderman all-rounder also-ran alumnus amazon ambassador amir
amputee analyst anarchist anathema ancestor anchorman anesthesiologist angel angler animator
announcer antagonist anthropologist ape-man apologist apostle apothecary applicant appointee
appraiser arbiter arbitrator archaeologist archangel archbishop archdeacon archduke archer architect
archivist aristocrat armor-bearer arms-runner arsonist artisan artist ass-kisser assailant assassin
assemblyman asshole astrologer astronaut astronomer astrophysicist athlete attacker attendee
attorney auditor aunt auntie aunty auto-mechanic automaton avatar avenger aviator ayatollah babe
babu baby-sitter babysitter bachelor-at-arms bachelorette back-number backer backpacker bailiff
baker baldy ball-breaker ball-buster ballerina bandit banker banshee barker baron baroness baronet
barrister barrow-boy barrow-man bartender bassist batman batsman battle-axe beadle bearer beater
beekeeper beginner begum behemoth beholder believer benefactor berk bidder bigot billionaire bimbo
biochemist biographer biologist bishop biter blacksmith blaster bleacher blocker blogger bloke
boarder boatman bobby bodybuilder bodyguard bogeyman bombshell booby booger boogeyman booker bookie
bookkeeper bookmaker bookseller bookworm boomer booster boozer borrower botanist bouncer bowler
bowman boxer boyfriend bozo brahman brahmin brain-worker brainiac brat breadwinner breaker breeder
brewer bricklayer bride bride-to-be bridegroom bridesmaid brigadier broadcaster broker-dealer
brother brother-in-law browser bruiser buddy buffoon bug-hunter bunny bureaucrat burglar businessman
businesswoman buster butler buyer by-blow bystander cadet calculator calif caliph caller-out
caller-up cameraman campaigner camper candidate cannibal captor car-mechanic cardiologist caregiver
caretaker carrier cartoonist castaway caster casualty catcher caterer caveman celebrity cellist
centaur centurion chain-smoker chairperson chairwoman challenger chameleon changeling chaplain
charlatan charmer chased chaser cheap-jack cheater cheerleader chemist cherub chieftain child
chiropractor chit choker choreographer chosen chronicler chum chump cinematographer citizen claimant
clapper classifier classmate clergyman cleric client clinician closer co-beneficiary co-defendant
co-discoverer co-pilot co-respondent co-worker coachman coaster coauthor cobbler coder cofounder
collaborator colleague collector colleen colonel colonist colossus columnist comedian comforter
commander commando commentator commie commissar commissioner commodore commoner communicator
compatriot competitor compiler complainant composer comptroller comrade concert-goer concierge
concubine confessor confidant confidante congressman congresswoman connoisseur conqueror
conservationist conservator conspirator constable consul consultant consumer contender contestant
contractor contrarian contributor controller convener conveyor coon coordinator copycat copywriter
cornerback coroner corsair cosmonaut cotter councillor councilman counsellor counselor
counselor-at-law countess countryman courier courtesan cousin cousin-german coward cowboy cowgirl
crackpot craftsman crap-shooter crawler creditor crewman cricketer critic crone crony cropper
cross-dresser cross-examiner cross-questioner cruiserweight crusader crybaby culprit cummings cunt
curate curator custodian customer cut-up cutler cutter cyber-terrorist cyberpunk cyborg cyclist
cynic czar daddy daemon damsel dancer dancing-master daughter daughter-in-law deacon deadbeat dealer
dean dearest debtor debutante decoder decorator defector defendant deity demon demonstrator dentist
depressive deputy dermatologist deserter designer despot detainee detective developer devotee dick
dickhead dictator die-sinker diehard dieter dietitian digger diner diplomat director disciple
discoverer dispatcher distributor diva diver divider divinity docker dodger doge dominatrix dominus
donna donor doofus doorman doormat doppelganger dork double-dealer dowager draftsman dragon
dramatist draper dreamer drifter drinker driver dropout drummer drunk-and-disorderly drunkard duce
duchess ducky dude duke dumbass dunce dweller dyer earl earner earth-god earth-goddess eater
ecologist economist editor educator effector elector electrician elitist embodiment emigrant emir
emissary emperor employee employer empress emulator enchantress enforcer engraver enquirer ensign
entertainer enthusiast entomologist entrepreneur environmentalist envoy escapist esquire essayist
estimator eunuch evangelist everyman ex-boyfriend ex-gambler ex-husband ex-president ex-serviceman
ex-spouse ex-wife excavator exchanger executioner executor exhibitor exorcist expat explorer
exponent exporter exterminator facilitator faerie fairy faker falconer fancier farmer fastener
father-figure father-in-law featherweight fella feller fellow felon fence-sitter fiance fiancee
fiddler fielder fiend fighter figurehead fill-in filmmaker finalist finder finisher fire-eater
firefighter first-nighter fisher fisherman flack flag-waver flak flanker flatmate flier florist
follower foodie footballer footman foreigner foreman forerunner foster-brother foster-child
foster-daughter foster-father foster-mother foster-nurse foster-parent foster-sister foster-son
free-liver freedman freeman fresher friar friend front-runner fucker fundraiser fuss-budget gaffer
gainer gambler games-master games-mistress gangsta gangster gardener garment-worker gatekeeper
gatherer gawker geek geezer geisha generalist geneticist genie genius gent gentleman
gentleman-at-arms geographer geologist ghoul gipsy girl girlfriend giver gladiator glass-cutter
glazer gnome go-between go-getter goalie goalkeeper goaltender goblin goddess godfather godmother
godson goer gold-beater gold-worker goldsmith golem golfer goof-off goofball goon gopher gourmet
governess governor grabber grader gramps grandad grandchild granddad granddaughter grandfather
grandma grandmaster grandmother grandpa grandparent grandson granger granny great-aunt great-nephew
great-niece great-uncle gremlin grenadier griffin grocer groom-to-be groupie grower guarantor
guardian guardsman guerilla guerrilla guest guitarist gunman gunner gunslinger guru gymnast
gynecologist gypsy hack-driver hacker hairdresser hairstylist haji hakeem hakim half-brother
half-caste half-pint half-sister half-wit halfback hammerhead handler handyman hanger hanger-on
hangman harlot harper harpy harrier harvester has-been hater hatter have-not hawker he-man headliner
headmaster headmistress healer heartbreaker heavyweight heckler heir heir-at-law heiress hell-kite
hell-rooster hellcat helmsman helper henchman heretic hermit hero heroine high-muck-a-muck high-up
higher-up hijacker hiker hillbilly hippie hippy hipster historian hitchhiker hitman hitter hoarder
hobbit hobbyist hobo home-builder homeboy homemaker homeowner homo honky hooligan horseman hostage
hostess hotdog hotshot house-builder householder housekeeper housemaid housemate housewife hubby
hummer hunk hunter hunter-gatherer huntress huntsman hustler hygienist hypnotist hypocrite
ice-skater iceman idealist idiot illustrator imam immigrant impersonator importer imposter impostor
impresario in-law incarnation incubus industrialist infant infanticide infidel infielder informant
inhabitant initiator inmate innkeeper innovator inpatient inquirer inquisitor insider inspector
instigator instructor instrumentalist intermediary interpreter interrogator intersex interviewee
interviewer intruder invader inventor investigator investor ironman island-dweller islander jackass
jailer janitor jerk-off jerry-builder jester jeweler jeweller jock jogger joiner joker journalist
journeyman juggernaut juggler juicer jumper junkie jurist juror keeper keyboardist khan kicker
kidnapper killer king kingpin kinsman kisser knave knight-errant know-all know-it-all kook laborer
labourer lackey lady lady-in-waiting laird landlady landlord landowner lass lassie lawmaker lawyer
layman lazar leader leaker learner lech lecturer left-hander left-winger lefty legate legislator
lender leper leprechaun lessee letterman leviathan liar liberator libertarian librarian licensee
lie-abed lieutenant lifeguard lifesaver lifter light-of-love line-shooter linebacker lineman
linesman linguist lion-hunter liquidator listener litter-bearer loader lobbyist locator locksmith
locum lodger logger lohan loner longer looker looker-on lookout loon looney loser lotus-eater lover
loyalist lulu lumberjack lyricist macaroni machinist madam madman magdalen magician magistrate
magnate magus maharaja mahatma maid mailman mainstay major-domo major-general make-peace maker malik
mama mamma mammy man-about-town man-at-arms man-child man-eater manager manipulator map-reader
marauder mariner marketer marksman marquess mascot masseuse master-at-arms matchmaker mater
materialist mathematician matriarch matron maven medalist medallist mediator member mensch mercer
merchant mermaid messenger messiah meteorologist mezzo mezzo-soprano middleman middleweight
midshipman midwife milkman mill-girl mill-hand millionaire miner minion mischief-maker misfit
misogynist missus missy mistress mixed-blood mobster modernist molester moll momma mommy monarch
monk monster monstrosity moron moss-trooper mother-in-law motherfucker motorcyclist motorist mufti
mulatto multi-billionaire mummy murderer muscle-builder musician mutation namesake nance nanna nanny
narc narcissist narrator naturalist navigator nawab necromancer negotiator neocon nephew nerd
neurologist neuroscientist neurosurgeon newbie newcomer newlywed newscaster newsreader niece nigga
nigger nighthawk nigra ninja no-show nobleman nobody nomad nominee non-resistant nosey-parker
nosy-parker notary novelist novice nudist nurse-midwife nutritionist nutter nymph objector observer
obstetrician occupier oddball odds-maker offender office-bearer offspring ogre old-timer oligarch
ombudsman oncologist ophthalmologist oppressor optimist optometrist oracle orator organ-grinder
organist organizer originator orthodontist ostrich ouster out-and-outer outfielder outlander outlier
outpatient outsider overlord overseer owner owner-driver owner-occupier pacifier packer paedophile
painter paladin paleontologist panelist paper-pusher paralegal paramedic paratrooper pariah parson
part-owner part-timer participant pasha passenger passerby pastor pater pathfinder pathologist
patriarch patriot patrolman patsy pauper peacekeeper peacemaker peasant peddler pediatrician
pedophile pen-friend pensioner perfectionist performer peri perpetrator personification peshmerga
pessimist petitioner pharmacist philanthropist philosopher photographer photojournalist physician
physicist physiologist physiotherapist pianist picker pickpocket pilgrim pin-up pip-squeak piper
pitcher pixie place-kicker placeholder plaintiff planner play-actor playboy player playmaker
playmate playwright pleaser plenipotentiary plug-ugly plumber plunger poacher poet poet-singer
policeman policewoman politician politico poltergeist pontiff poof pooh-bah pope populist possessor
postman postmaster powerhouse practitioner prankster preacher predator predecessor predictor prefect
prelate prentice presenter president priest priest-doctor priestess primate primus prince princess
printer prisoner privateer process-server procurator prodigy producer prof professor progenitor
progeny programmer promoter prophet proponent proprietor prosecutor prospector protagonist
protectionist protector provider provost prowler proxy prude psychiatrist psycho psychoanalyst
psychologist psychopath psychotherapist publicist puller pundit punter pupil puppeteer purchaser
purist purveyor pusher pushover pussycat pygmy quad quartermaster questioner quin rabbi racer
radiologist raider rail-splitter raiser raja rajah rambler rancher rani rapist rapper rascal
rat-catcher reader realist reaper receptionist recipient record-breaker record-holder record-keeper
recruiter recruiting-sergeant red-header redhead redneck referral reformer refugee registrant
reincarnation relative-in-law reliever renter repairman repeater reporter rescuer researcher
retailer retiree reviewer revisionist rider rifleman right-hander right-winger ringer ringleader
ripper riser robber rocker rogue roller-skater rookie roommate rope-maker roper rounder router rover
rower royalist rube ruler runner runner-up rusher sadist sahib sailor salesman salesperson salter
samurai sandman satirist saver sawyer saxophonist scammer scanner scapegoat scene-stealer sceptic
schmuck scholar schoolboy schoolgirl schoolmaster schoolteacher scientist scion scorer scoundrel
screamer screenwriter scrooge sculptor seaman seamstress secessionist second-in-command
second-stringer secretary seeker seer selector self-seeker self-starter seller senator sender
sentinel sentry sergeant sergeant-at-law servant server serviceman setter settler shaheed shaker
shaman shaper shareholder sharper sharpie sharpshooter shaver she-devil sheik sheikh sheriff
sherlock shifter ship-breaker shipper shithead shitter shocker shoemaker shogun shopkeeper shopper
shortstop show-off showman shrew sibling sidekick signatory signor silver-worker simpleton singer
sinner sister sister-in-law six-footer sixth-former skater skeptic skier skin-diver skinhead
skinny-dipper slacker slant-eye slasher slayer sleeper slicer slider slob slop-seller slugger slut
smoker smoothie smuggler snapper sniffer sniper snob snot snowboarder so-and-so socialite
sociologist sociopath solicitor soloist solon solver son-in-law songwriter sonny sorcerer sorceress
soul southpaw speaker specialist spectator spend-all sphinx spiller spinner spinster spitfire
splitter spoiler spokesman spokesperson spokeswoman sportsman spot-welder spotter spouse sprayer
sprinter sprite squatter squaw squint-eye staffer stakeholder stalker stalking-horse stand-in
standard-bearer starlet statesman statistician stealer stepdaughter stepfather stepmother stepson
steward stewardess stickler stock-taker stockbroker stockholder stockman stoner storyteller stowaway
stranger strategist stretcher-bearer strider striker stringer striptease stroller strongman student
stunner stylist subcontractor subscriber successor succubus sucker sufferer suitor sultan
superintendent superman supermodel superstar supervisor supplier supporter suppressor supremacist
surfer surgeon surrealist surveyor survivalist survivor swain swami sweeper sweetie swimmer swinger
switch-hitter switcher swordsman sympathizer synthesizer taco tactician taker talker tamer tapper
taste-maker taste-tester taster taxpayer teacher teammate teaser techie technician technologist
teenager temp terminator terrorist thane theologian theorist therapist thief thinker thought-reader
thrower thruster thug thunderbird tiger tipper titan title-holder toaster toddler tomboy topper
touch-typist tourist tracer tracker trader tradesman trafficker trailblazer trailer trainee trainer
traitor translator transmitter trapper traveler traveller trawler treasurer trend-setter trickster
trimmer trooper troubadour troublemaker trucker trumpeter trustee tsar tumbler tuner turnkey twat
two-timer tycoon typist tyrant uncle underdog undergrad undergraduate undersecretary undertaker
underwriter unicorn unionist urchin urologist user usurper valedictorian valentine vampire vandal
vassal vegan vegetarian vendor venter vermin veterinarian vicar vicar-general vice-regent viceroy
victim victor viewer vigilante villager villain violinist viscount visitor vixen vizier vocalist
voter voucher voyeur wainwright waiter wally wanderer wanker wannabe warbler warden warlock warlord
warrior washer watchdog watcher watchmaker watchman waterman wax-chandler wearer weasel weatherman
weaver weirdo welder werewolf westerner whisperer whistle-blower whistleblower whitey whiz-kid
wholesaler wicket-keeper widower wife wight wimp winder winemaker winger wingman winner wiper
wire-puller witch-hunter woman womanizer woodman word-painter workaholic worker workman world-beater
wrangler wrecker wrestler wretch write-in writer yahoo yakuza yearling yeoman yes-man yeti youngster
youth zombie zoologist
    """.split()
)
