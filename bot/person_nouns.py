"""English nouns for agents and roles that say where someone is from ("sheikh", "sergeant",
"trader", "resident"): a town's name after "<noun> from" or right before the noun is that person's
home, a capitalised name after the noun in lower case is the person's. Built from WordNet 3.0
(Princeton University, the WordNet licence) by tools/build_person_nouns.py, which says how they
are chosen. Data as a module: loaded at import, read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

PERSON_NOUNS = frozenset(
    """
abbess abbot abuser accomplice acrobat administrator advertiser agent-in-place aggressor airman
alarmist alderman ambassador amir anchorman anesthesiologist announcer apothecary appointee
archbishop archdeacon archduke architect aristocrat armor-bearer arms-runner arsonist artisan artist
assailant assassin assemblyman athlete attacker attorney auto-mechanic avenger aviator ayatollah
bachelor-at-arms bailiff baker bandit baron baroness baronet barrister barrow-boy barrow-man
bartender batman batsman beadle beekeeper begum biographer bishop blacksmith blaster bleacher
boatman booker bookmaker breadwinner breeder brewer bricklayer bridesmaid brigadier bureaucrat
burglar butler calif caliph caller-out caller-up cameraman campaigner candidate car-mechanic
cardiologist caregiver cartoonist catcher celebrity chairperson chairwoman chaplain charlatan
charmer cheap-jack cheater chieftain choreographer cinematographer clergyman cleric clinician
co-pilot coachman coauthor cobbler cofounder collaborator colonel columnist commander commando
commie commissar commissioner commodore communicator compiler composer confessor congressman
congresswoman conspirator consul convener copywriter cornerback councillor councilman counsellor
counselor-at-law countess cowboy cowgirl craftsman crewman cricketer critic cropper cross-examiner
cross-questioner culprit curate cutler czar dancing-master deacon dealer dean defector demonstrator
dentist dermatologist despot developer dictator die-sinker diplomat director discoverer distiller
docker doge dominus double-dealer draftsman dramatist draper duce duchess duke dweller dyer earl
earner earthling editor educator electrician emir emissary employee employer empress enforcer
engraver enquirer envoy escapee esquire essayist evangelist ex-president ex-serviceman exhibitor
facilitator faker falconer farmer feller felon fielder filmmaker fisher fisherman flanker footballer
footman foreman forty-niner foster-nurse framer friar fusilier games-master games-mistress gangster
garment-worker geisha ghoul gipsy glass-cutter glazer go-between goalie goalkeeper goaltender
gold-beater gold-worker goldsmith governess governor granger grocer grower guardsman gunman gunner
gunslinger guru gymnast gynecologist gypsy hairdresser hairstylist haji hakeem hakim halfback
handler handyman hatter hawker headmaster headmistress helmsman helper henchman hermit hero
high-muck-a-muck high-up higher-up hijacker hitman hitter homeboy hooligan housekeeper housemaid
housemate hunter huntress huntsman hygienist hypocrite ice-skater iceman illustrator imam imitator
impersonator imposter impostor impresario inductee infanticide infielder informant inhabitant
initiator innovator inquirer inquisitor insider instructor intermediary interpreter interrogator
interviewee interviewer inventor island-dweller islander jeweler jeweller joiner journalist
journeyman kicker kidnapper king knight-errant laborer labourer lackey lady-in-waiting lawmaker
lawyer leader leaker lech lecturer left-hander left-winger legate legislator letterman liar
librarian licensee lieutenant lifeguard lifter linebacker lineman liquidator litter-bearer loader
lobbyist locksmith logger looter lyricist machinist magdalen magistrate maharaja maid mailman
major-domo major-general make-peace maker malik man-at-arms manager marauder mariner marketer
marquess master-at-arms matchmaker matriarch mediator member mercer merchant midwife militiaman
milkman mill-girl mill-hand miner mobster modernist molester moll monarch monk moss-trooper murderer
musketeer narrator navigator nawab negotiator neurologist neurosurgeon newscaster newsreader
nobleman nominee notary novelist novice nurse-midwife obstetrician occupant occupier offender
office-bearer oligarch oncologist ophthalmologist orator organ-grinder originator orthodontist
outfielder outlier overlord overseer owner-occupier packer paedophile painter paper-pusher paralegal
paramedic paratrooper parishioner parson part-timer pastor pathologist patriarch peddler
pediatrician pedophile pen-friend perpetrator peshmerga pharmacist photographer photojournalist
physician pickpocket pin-up pitcher place-kicker placeholder playwright plenipotentiary plug-ugly
plumber poet politician politico pollster pontiff pooh-bah pope postman postmaster practitioner
preacher prefect prelate presenter president priest priest-doctor priestess primate prince princess
procurator producer prof professor promoter prosecutor prospector provost proxy psychiatrist
psychoanalyst publicist punter quartermaster questioner rabbi radiologist raider rail-splitter rajah
rancher rani rapist rat-catcher receptionist record-keeper recruiting-sergeant refiner repairman
reporter reservist retailer revisionist right-hander ringer ripper robber roller-skater rope-maker
roper rower ruler runner rusher sadist sahib sailor salesman salesperson salter scammer schoolmaster
schoolteacher screenwriter sculptor seafarer seaman seamstress second-in-command second-stringer
secretary seller senator sergeant sergeant-at-law servant serviceman shaman sharper sheik sheikh
shipbuilder shoemaker shogun shopkeeper shortstop silver-worker sinner skater skier skinhead
skinny-dipper slant-eye slop-seller slugger smuggler socialite solon songwriter southpaw spammer
speaker splitter sportsman spot-welder spotter sprinter staffer standard-bearer statesman stealer
stewardess stock-taker stockman stoner storyteller stretcher-bearer stylist sultan superintendent
supermodel supervisor surgeon surrealist swami swimmer swinger switch-hitter sympathizer talker
tamer tapper taste-maker teacher teamster techie technician temp thane thief thought-reader thrower
thug touch-typist tracker trader tradesman trafficker traitor trapper trend-setter tribesman trooper
tsar two-timer typist tyrant underling undersecretary undertaker unionist urologist usurper vendor
venter veterinarian vicar vicar-general vice-regent vigilante villager violator viscount vizier
wainwright waiter warlord watchmaker waterman wax-chandler welder westerner whisperer whistle-blower
whistleblower wicket-keeper winemaker winger wingman word-painter worker workman worshipper wretch
write-in writer yakuza
    """.split()
)
