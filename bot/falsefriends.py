"""When a watched name in a sentence does not mean the place. Pure: no I/O.

"Gao Feng said", "Mr Kano", "the Bamako Convention", "the River Niger", "Office du Niger",
"Niger Insurance", "Gao, China", "GAO report", « Timbuktu » (a film): the name is there, the
place is not. `judge_context` reads the words around a match and returns a reason an analyst
can check, or None when the name stands for the place.

Capitals carry much of the evidence ("Gao Feng" is a person, "Gao market" is not), and how
common a word is (from `wordfreq`) tells a surname from an ordinary word; in a headline In
Title Case, ordinary words are capitalised too, so only rare capitalised neighbours count there.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from itertools import compress, islice
from operator import itemgetter
from typing import NamedTuple

from wordfreq import zipf_frequency

from .arabic import is_arabic, readings, without_article
from .geo.admin1 import admin1_named
from .geo.divisions import division_at, division_noun_after
from .keywords import ARGUMENT_WORDS, abstract_noun, is_function_word, stem
from .org_nouns import ALSO_ADJECTIVES, ORG_NOUNS, UNIT_NOUNS
from .person_nouns import PERSON_NOUNS
from .places import country_codes
from .textnorm import Token, Tokens, fold, writes_lower_case
from .vocabulary import keywords_of


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(*texts: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(text.split()) for text in texts)


# Words that, right before a name, make it a person's name (titles, roles, relatives).
# Military and police ranks, which English and French write with a capital before a name
# ("General Mohamed Bosso", "Colonel-Major"); a rank alone before a place is left to HONORIFICS.
MILITARY_RANKS = _words(
    "general gen marshal colonel col lieutenant lt major maj captain capt sergeant sgt corporal cpl commander cmdr "
    "brigadier admiral commandant capitaine adjudant sergent caporal marechal colonel-major general-major"
)
HONORIFICS = _words(
    "mr mrs ms miss dr prof sir lord lady madam monsieur madame mademoiselle m mme mlle president minister "
    "senator ambassador judge coach striker defender midfielder goalkeeper player actor actress singer rapper artist "
    "author writer novelist businessman businesswoman spokesman spokeswoman chairman ceo founder professor doctor "
    "journalist reporter photographer director filmmaker colleague son daughter wife husband brother sister "
    "rappeur rappeuse chanteur chanteuse acteur actrice artiste ecrivain ecrivaine auteur auteure romancier joueur "
    "joueuse attaquant defenseur milieu gardien entraineur ministre depute deputee docteur professeur journaliste "
    "photographe realisateur realisatrice cineaste homme femme fils fille epouse mari frere soeur pdg fondateur "
    "researcher analyst expert economist historian scientist chercheur chercheuse analyste experte economiste "
    "historien historienne dissident dissidente activist activiste lawyer avocat avocate attorney lawmaker mp "
    "opponent opposant opposante "
    # sportsmen and artists, named by their trade: "le footballeur Samuel Buea", "boxer Ali Kano"
    # the same trades in Spanish and Portuguese: "el exfutbolista Carlos Reynosa", "o jogador Ronaldo";
    # not those often written before "em"/"en" and a place ("um empresário em Nampula")
    "futbolista exfutbolista futebolista exfutebolista boxeador cantante actriz atriz escritora "
    "footballer footballeur footballeuse boxer boxeur athlete cyclist cycliste musician musicien musicienne "
    "comedian humoriste poet poete painter peintre dancer danseur danseuse sprinter"
)
ABBREVIATED_TITLES = _words("m mr mrs ms dr mme mlle prof st gen lt col capt sgt")


def kind_of_person(word: str, plural: bool = True) -> bool:
    """Whether a folded English word is a noun of an agent or a role that says where someone is
    from (`PERSON_NOUNS`, from WordNet: "sheikh", "sergeant", "imam"), singular or, if `plural`,
    plural ("sheikhs", "gunmen"). Not by stem: "travelling from Bamako" is no traveller's home.
    The one test of "a kind of person" the rules of persons and homes share."""
    if word in PERSON_NOUNS:
        return True
    if not plural:
        return False
    if word.endswith("men") and word[:-3] + "man" in PERSON_NOUNS:
        return True
    return word.endswith("s") and (word[:-1] in PERSON_NOUNS or (word.endswith("es") and word[:-2] in PERSON_NOUNS))


def kind_of_person_before_name(token: Token, title_case: bool = False) -> bool:
    """Whether a word before a capitalised name is a kind of person (`kind_of_person`, singular)
    whose name that is ("gang leader Ramu", "baseball pitcher Ángel Celaya"): the trades
    HONORIFICS does not list. In lower case, or capitalised as a sentence's first word in a text
    that does not capitalise every word ("Pitcher Celaya shot in robbery")."""
    if not kind_of_person(token.folded, plural=False):
        return False
    return token.word[:1].islower() or (token.sentence_start and not title_case)


def _qualifies_a_person(tokens: Sequence[Token], last: int) -> bool:
    """Whether the name ending at word `last` qualifies a kind of person written within the two
    lower-case words after it ("the deputy Kano governor", "a deputy Kano police commissioner"):
    the place of an office or a home, no person's name."""
    for k in range(last + 1, min(last + 3, len(tokens))):
        token = tokens[k]
        if token.gap != " " or not token.word[:1].islower():
            return False
        if kind_of_person(token.folded):
            return True
    return False


# Words that, right after a name, make it something named after the place.
NAMED_AFTER = _words(
    "cartel cartels summit diocese archdiocese emirate sultanate post herald chronicle gazette observer journal "
    "festival marathon forum museum rally carnival island islands isle talks conference peace "
    "rovers rangers warriors wanderers athletic dynamos "
    "convention declaration declarations initiative agreement accord accords treaty traite process protocol protocole "
    "delta state basin bassin bend valley authority commission agency federation fc club cup coupe stars pillars "
    "united empire river fleuve sc ac insurance assurance assurances bank banque airways airlines dock docks group "
    "groupe holdings company ltd plc inc breweries brasseries cement telecom telecoms petroleum mining resources "
    "energy times tribune daily radio tv television institute institut foundation fondation fund fonds council "
    "association union party parti movement mouvement alliance bar cafe restaurant pact pacte pacto corridor gulf "
    # companies and brands: "Kandi Technologies shares drop", "the Afrin maker recalls a nasal spray"
    "technologies motors industries pharmaceuticals pharma electronics software corp "
    "corporation maker makers manufacturer brand"
)

# Capitalised right after a name, these make it the name of a street, a district elsewhere or an
# institution named after the place: "Mogadishu Street in Nairobi", "Maiduguri Road in Kano",
# "Aleppo Township", "the Nairobi Securities Exchange", "the Sanaa Center". Written in lower case
# they may be the place's own ("a Kabul street protest").
NAMED_AFTER_CAPITALISED = _words(
    "street road avenue boulevard lane drive township exchange securities center centre bay mall plaza "
    # a unit named after its home town: "the Tripoli Brigade clashed with rivals in Zawiya"
    "brigade brigades battalion battalions regiment "
    # a movement named after a place, "the Azawad Front"; in lower case a war's front is where it
    # is fought: "fighting on the Marib front", "the Bakhmut front"
    "front "
    # a longer place's name in Portuguese and Spanish: "Praia Grande", "Campo Grande", "Río Grande"
    "grande"
)

_LONGER_NAME_AFTER = _words("grande")

# Written with a capital right after a name, these make it a newspaper, a channel or a work
# named after the place, which reports or tells of things, often far from it: "Kyiv Independent
# reporter killed covering front line", "Kabul Express" (a film), "Tehran Times". Only that
# mention: "Kyiv hit by missiles, Kyiv Independent reports" is still Kyiv's.
MEDIA_CAPITALISED = _words("independent express standard monitor guardian telegraph courier mail review")

# Words that, right before a name (maybe through "of"/"du"...), make it something else:
# a river or region named after it, a street, an agency, a treaty, a club.
NOT_PLACE_BEFORE = _words(
    "river fleuve riviere boucle office real treaty traite convention accord accords declaration protocol protocole "
    "initiative delta bassin basin avenue rue boulevard bd place etat state autorite authority lower upper middle "
    "interieur"
    # A longer place named after it, in the five languages: a street, a square, a gulf, a bay, a
    # strait, a river, a lake, an island ("Rua de Maputo", "Avenida Caracas", "Gulf of Aden",
    # "ilha de Pemba").
    " rua avenida calle carrera travessa alameda paseo praca plaza largo gulf golfe golfo bay baie baia bahia "
    "strait detroit estreito estrecho rio ribeira lake lac lago lagoa laguna island ile ilha isla islands iles ilhas "
    "islas sierra serra"
    # a transport corridor named after its port ("Corredor da Beira", "Corredor do Lobito")
    " corredor corridor"
    # Organisations and titles named after it: a cartel, a group of states, a peace process, a
    # pact, a summit, a bishop's see, a bank, a newspaper, a club ("Cártel de Sinaloa", "Grupo de
    # Lima", "Processo de Luanda", "the Bishop of Pemba", "Bank of Khartoum").
    " company compagnie companhia compania corporation"
    " cartel cartels carteis carteles group grupo groupe process processo proceso processus protocolo pacto pact "
    "acordo acuerdo tratado declaracao declaracion charter carta summit sommet cimeira cumbre conferencia "
    "bishop archbishop diocese archdiocese bispo arcebispo diocese arquidiocese obispo arzobispo diocesis "
    "arquidiocesis eveque archeveque archidiocese bank banco banque jornal diario journal gazette gazeta correio "
    "correo clube deportivo atletico emir sultan lamido sultanat emirat"
    # Institutions, events and gangs named after it: "Foro de São Paulo", "Carnaval de Luanda",
    # "Tren de Aragua", "Clan del Golfo", "Prefeitura de São Paulo", "Museum of ..."
    " instituto fundacao fundacion museu museo teatro orquestra orquesta festival carnaval bienal maratona maraton "
    "rali rally forum foro bolsa camara tren clan radio prefeitura alcaldia gobernacion institute museum marathon "
    "chamber musee pourparlers conversacoes conversaciones dialogo negociacoes negociaciones conference"
)


def _head_before_of(token: Token) -> bool:
    """Whether `token`, before "of"/"de" and a name, makes the name another thing's: a noun of
    `NOT_PLACE_BEFORE`, or the capitalised head of an organisation's or an event's name
    (`ORG_HEADS_BEFORE_OF`: "Sociedad Portuaria de", "Convención de")."""
    return token.folded in NOT_PLACE_BEFORE or (token.capitalized and token.folded in ORG_HEADS_BEFORE_OF)


def _offshore(tokens: Sequence[Token], k: int) -> bool:
    """Whether word `k` is the "largo" of Portuguese "ao largo de" (off, at sea off: "piratas ao
    largo do Nzeto"), a scene at sea off the town, not a square named after it ("Largo de
    Camões", capitalised, with no "ao" before it)."""
    return k > 0 and tokens[k].word == "largo" and tokens[k - 1].folded in ("ao", "al")


# Words of NOT_PLACE_BEFORE that, in lower case, are a building of the town: Brazil's "fórum" is
# its courthouse ("em frente ao fórum de Macapá"), the "Fórum de" in capitals an event.
_BUILDINGS = frozenset({"fórum"})
# A front in lower case after a town is the battle's line there ("the Mukeiras front", "on the
# Bakhmut front"); written with a capital, a movement's ("the Polisario Front").
_FRONT_LINES = frozenset({"front", "fronts"})
GENITIVES = _words("of the du de des d l la le les do da dos das del")

# The head nouns of an organisation, a publication, a team or an event in each language: English
# from WordNet (`ORG_NOUNS`: "insurer", "militia", "publisher", "league", with the nouns of
# companies, media and events WordNet files as things: "magazine", "maker", "channel", "fair"),
# and their French, Portuguese and Spanish equivalents. Written in lower case right before a
# capitalised name, they make it the organisation's, named after a town or not: "the insurer
# Porto Seguro", "la revista Hola", "du quotidien Midi Libre", "the e-reader maker Kobo".
ORG_HEADS = ORG_NOUNS | _words(
    "societe entreprise compagnie groupe banque assureur quotidien journal hebdomadaire revue chaine station "
    "operateur constructeur fabricant equipe milice fondation parti syndicat "
    "empresa companhia sociedade grupo banco seguradora jornal diario revista semanario emissora canal operadora "
    "fabricante montadora clube equipa milicia associacao fundacao partido sindicato "
    "compania sociedad aseguradora periodico semanario emisora cadena televisora equipo asociacion fundacion"
)
# Capitalised before "of", "de" ("Sociedad Portuaria de Buenaventura", "the Society of ..."), the
# heads of an organisation's or an event's name; not those of a site that stands in the town and
# may be its scene ("Church of", "College of", "School of"), nor of a unit of an armed force
# posted there (WordNet's `UNIT_NOUNS`: "la Brigade de Djibo"), nor of a state ("Union of", "the
# Commonwealth of", "Federation of" name countries and their parts).
ORG_HEADS_BEFORE_OF = (ORG_HEADS | _words("convencion convencao")) - _words(
    "academy school college polytechnic seminary conservatory kindergarten preschool clinic church institute "
    "varsity union commonwealth confederacy confederation federation bloc coalition allies station channel "
    "daily banco banque bank group groupe grupo"
) - UNIT_NOUNS
# The articles a name of Arabic form may keep between a head noun and it ("the channel Al
# Mayadeen", "the militia Liwa al-Quds" is the name itself).
_NAME_ARTICLES = frozenset({"Al", "El"})
# A body's premises written before it, through "of", "de" ("the headquarters of the Bank of
# Khartoum", "la sede del Banco de Tumaco", "le siège de la Banque de Bissau", "the palace of the
# Emir of Anka", "مقر بنك الخرطوم"): the building stands in the town, the scene of what befalls it.
PREMISES_BEFORE = _words(
    "headquarters hq building buildings premises compound palace grounds campus offices sede siege predio edificio "
    "immeuble batiment palacio palais instalaciones instalacoes"
) | frozenset(fold(word) for word in "مقر مبنى مقار".split())
_PREMISES_LINKS = _words("of the de du des d l la le les do da dos das del")


def _premises_before(tokens: Sequence[Token], head: int, last: int) -> bool:
    """Whether the body's name whose head noun is word `head` and last word `last` follows a
    noun of its premises, through "of"/"de" and an article or with none (`PREMISES_BEFORE`),
    which stand in the town, not in another one named after it (`_built_elsewhere`: "la sede
    del Banco de Pasto en Cali", "مقر بنك الخرطوم في بورتسودان")."""
    if _built_elsewhere(tokens, last + 1):
        return False
    k = head - 1
    while k >= 0 and head - k <= 3 and tokens[k].folded in _PREMISES_LINKS:
        k -= 1
    if k < 0:
        return False
    word = tokens[k].folded
    return word in PREMISES_BEFORE or (not word.isascii() and any(r in PREMISES_BEFORE for r in readings(word, 3)))


def _org_apposition(tokens: Sequence[Token], first: int) -> str | None:
    """The head noun of an organisation written in lower case right before the name at `first`
    (maybe through an article of Arabic form, "Al"), which is then the organisation's ("the
    insurer Porto Seguro", "the channel Al Mayadeen"), else None."""
    k = first - 1
    if k >= 1 and tokens[k].word in _NAME_ARTICLES and tokens[k].gap == " ":
        k -= 1
    head = tokens[k]
    if not head.word[:1].islower() or head.folded not in _APPOSITION_HEADS or tokens[k + 1].gap != " ":
        return None
    return head.word


# The same in Arabic, the noun written before the name it is named after ("خليج عدن", the Gulf
# of Aden; "بنك الخرطوم", "نادي", "صحيفة", "مطران", "اتفاق"), folded; with a preposition or the
# conjunction written onto it too ("بخليج عدن").
AR_NOT_PLACE_BEFORE = frozenset(
    fold(word)
    for word in (
        "خليج شارع نهر بحر جزيرة بنك مصرف نادي صحيفة جريدة مطران أبرشية اتفاق اتفاقية إعلان منبر مسار مؤتمر قمة عصابة كارتل "
        # a channel, a radio, an agency named after it: "قناة الميادين", "إذاعة", "وكالة"
        "قناة قنوات إذاعة تلفزيون وكالة "
        # a network, a magazine, a company, a team, a party, a society, a festival, a fair named
        # after it: "شبكة السويداء 24", "مهرجان بصرى الدولي", "معرض طرابلس الدولي"
        "شبكة مجلة شركة فريق حزب جمعية مؤسسة مهرجان معرض"
    ).split()
)

# River names: "the Niger", "sur le Niger", "along the Niger" mean the river, not the country.
RIVERS = _words("niger senegal congo benue volta nile")
RIVER_BEFORE = _phrases("the", "sur le", "le long du", "rives du", "berges du", "along the", "across the", "on the")
COUNTRY_AFTER = _words("government gouvernement army armee junta junte republic republique authorities autorites capital")

CONNECTORS = _words("of in at the de du des d l la le les s a to near on from for et and")

# Capitalised words that may stand next to a place name without making it a person's name.
PLACE_WORDS = _words(
    "airport aeroport international region province district city town capital village commune cercle camp base "
    "barracks market marche prison hospital hopital university universite school ecole stadium stade bridge pont road "
    "route highway station gare hotel mosque mosquee cathedral church embassy ambassade police gendarmerie army armee "
    "military militaire mayor maire governor gouverneur authorities officials residents court tribunal palace palais "
    "republic republique north south east west northern southern eastern western central greater downtown nord sud "
    "est ouest centre monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi "
    "samedi dimanche january february march april may june july august september october november december janvier "
    "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre afp reuters ap rfi bbc un "
    # a city's parts by direction in Portuguese and Spanish: "Lima Norte", "Zona Sul", "Caracas Este"
    "norte sur sul leste este oeste centro oriente poniente nordeste noroeste sudeste sureste suroeste sudoeste"
)

# In apposition, lower case before a name, the heads that are no adjective too (WordNet's
# `ALSO_ADJECTIVES`: "the weekly Kobo market" is the town's market) nor a place's word ("the
# station Kobo"): those make the name the organisation's.
_APPOSITION_HEADS = ORG_HEADS - ALSO_ADJECTIVES - PLACE_WORDS

# Nouns that introduce a name in quotes that is a work or a venue, not a place.
TITLED_WORKS = _words(
    "film movie book novel album song documentary series show play opera restaurant bar hotel cafe club "
    "livre roman chanson documentaire serie emission piece spectacle "
    "thriller drama comedy musical hymn anthem memoir podcast sitcom biopic poem ballad single track game "
    "exhibition sequel remake adaptation miniseries telenovela painting review "
    "comedie drame polar poeme hymne feuilleton exposition tableau "
    "filme pelicula livro libro novela cancao cancion documentario documental peca obra poema hino himno "
    # a novel, a tale, a chronicle, an essay, a record in Portuguese and Spanish ("o romance «Bissau»")
    "romance conto cuento relato cronica ensaio ensayo disco"
) | frozenset(
    # the same in Arabic, before a title in quotes: "فيلم «بيروت»", "رواية «صنعاء»"
    fold(word) for word in "فيلم الفيلم رواية الرواية كتاب الكتاب مسلسل المسلسل أغنية الأغنية ألبوم مسرحية المسرحية قصيدة".split()
)
# Right after a title in quotes, these make it a work's: "'Kandahar' review", "'Sanaa' author".
WORK_AFTER = _words(
    "review reviews trailer premiere sequel prequel director author writer actor actress star stars cast screening "
    "soundtrack remake season episode filmmaker novelist critique realisateur realisatrice auteur autrice "
    "bande avant resena critica diretor director autor autora estreia estreno"
)
# Nouns of works a word or two after a title in quotes: "'Tobruk' war film", "'Mogadishu' stage play".
WORKS_NAMED_AFTER = WORK_AFTER | _words(
    "film films movie movies documentary documentaries novel novels book books album albums song songs series play "
    "opera musical memoir podcast documentaire roman livre chanson serie filme pelicula documentario documental "
    "livro libro novela"
)
WORK_NOUN_REACH = 2  # words in lower case between the quote and the noun of works
# Capitalised particles of surnames between a given name and a place's name: "Brian De Palma",
# "Mohamed Ould Kidal". A place's own "de" is written in lower case ("Cabo de").
NAME_PARTICLES = frozenset("De Da Di Del Della Van Von Dos Das Ould Ag Bin Ibn Abu".split())
# Verbs of acting right before a name make it a role: "who played Nairobi in 'Money Heist'".
ROLE_VERBS = _words(
    "played plays playing portrays portrayed portraying incarne incarnait incarnant interprete interpretait "
    "interpreta interpretou interpretando interpreto"
)
# Capitalised, these open a club's or an airline's name: "Stade malien de Bamako", "Air Burkina".
_CLUB_AFTER = _words("city town united fc sc")
_SPORTS_PEOPLE = _words(
    "fans supporters ultras players striker strikers forward forwards defender defenders goalkeeper coach manager "
    "squad side midfielder midfielders captain"
)
CLUB_WORDS = _words("stade union association real olympique sporting racing jeunesse etoile air")
DEMONYM_ENDINGS = ("aise", "ais", "ienne", "ien", "oise", "ois", "aine", "ain", "ane")
# "Mali, a town in Guinea": the appositive that places a namesake elsewhere.
SETTLEMENT_WORDS = _words("town city village settlement locality commune ville localite bourgade")
OPENING_QUOTES = "«“\"‘'"
CLOSING_QUOTES = "»”\"’'"
COMMON_ZIPF = 4.0  # wordfreq's scale: 4 is about once in every 100,000 words
RARE_ZIPF = 2.5  # rarer than this in both languages: not an everyday word
NAME_BALANCE = 0.6  # zipf points between a word's English and French frequency, for a name


def _zipf(word: str, language: str) -> float:
    """wordfreq's "small" lists (words seen at least once per million) take 7 MB of memory
    where the full ones take 67 MB; rarer words read as 0, which is all these rules need."""
    return zipf_frequency(word, language, wordlist="small")


@lru_cache(maxsize=65536)
def is_common_word(folded: str) -> bool:
    """An ordinary English or French word, as opposed to a rare one such as a surname."""
    return max(_zipf(folded, "en"), _zipf(folded, "fr")) >= COMMON_ZIPF


@lru_cache(maxsize=65536)
def is_arabic_word(folded: str) -> bool:
    """A word of Arabic the press writes (its final "ه" read as a taa marbuta too, a final alef
    as the accusative's), as opposed
    to a rare spelling of a foreign or local name: at least as frequent as `RARE_ZIPF`."""
    forms = [folded]
    if folded.endswith("\u0647"):
        forms.append(folded[:-1] + "\u0629")
    if folded.endswith("\u0627"):
        forms.append(folded[:-1])  # the accusative's alef: "موكبا", a procession
    return any(_zipf(form, "ar") >= RARE_ZIPF for form in forms)


def is_arabic_accusative(folded: str) -> bool:
    """Whether an Arabic word is a common noun in the indefinite accusative, its final alef the
    case's ("بنكا", a bank; "حارسا", a guard), not a name's own letter: the noun without it is
    common (`COMMON_ZIPF`) and ten times more frequent than the word as written ("كسلا", Kassala,
    keeps its alef: "كسل" is rarer)."""
    if len(folded) < 4 or not folded.endswith("\u0627"):
        return False
    bare = _zipf(folded[:-1], "ar")
    return bare >= COMMON_ZIPF and bare >= _zipf(folded, "ar") + 1.0


TEAM_ZIPF = 3.0  # wordfreq's scale: a word this frequent in English is a word ("gladiator" 3.2)


def _team_plural(folded: str) -> bool:
    """An English plural noun ("kings", "gladiators", "pillars"): "-s" after a word of English;
    not a word of the bundled security vocabulary ("Karachi Attacks: what we know")."""
    if len(folded) <= 3 or not folded.endswith("s") or folded.endswith("ss"):
        return False
    singular = folded[:-1]
    if singular in PLACE_WORDS or singular in _PLACE_NOUNS or {folded, singular} & _security_words():
        return False  # "Ouagadougou Suburbs", "Karachi Attacks": the place's parts, or its events
    return _zipf(singular, "en") >= TEAM_ZIPF


# Nouns for parts of a place that PLACE_WORDS leaves out ("Protests Spread To Ouagadougou Suburbs").
_PLACE_NOUNS = _words("suburb outskirt neighbourhood neighborhood area street quarter zone region province state border")


@lru_cache(maxsize=1)
def _security_words() -> frozenset[str]:
    """The bundled security vocabulary's English words, folded (`bot.vocabulary`)."""
    return frozenset(fold(word) for language, word in keywords_of(["security"]) if language == "en" and " " not in word)


@lru_cache(maxsize=65536)
def is_everyday_word(folded: str) -> bool:
    """An ordinary word of English, French, Portuguese or Spanish ("nice", "praia", "natal")."""
    return is_common_word(folded) or max(_zipf(folded, "pt"), _zipf(folded, "es")) >= COMMON_ZIPF


FREQUENT_WORD_ZIPF = 3.0  # this frequent in a language, a word written as a word is one
def is_known_word(word: str) -> bool:
    """Whether a lower-case word, as written or folded, is a frequent word of English, French,
    Portuguese or Spanish (`is_frequent_word`: "protestam", "moçambicano", whose folded form
    no list holds); not a name written in lower case ("fortul", "pakokku"), nor a rarer word."""
    lower = word.lower()
    written = max(_zipf(lower, language) for language in ("en", "fr", "pt", "es"))
    return is_frequent_word(fold(lower)) or written >= FREQUENT_WORD_ZIPF


@lru_cache(maxsize=65536)
def is_frequent_arabic_word(folded: str) -> bool:
    """A frequent Arabic noun ("سكين", a knife; "سيارة", a car): as frequent as
    `FREQUENT_WORD_ZIPF`, and written with the article too (a town's name is not: "كركوك").
    With "ب" written onto it, it is more often "with" or "by" the thing than "in" a town."""
    return _zipf(folded, "ar") >= FREQUENT_WORD_ZIPF and _zipf("\u0627\u0644" + folded, "ar") >= ARTICLE_NOUN_ZIPF


ARTICLE_NOUN_ZIPF = 2.5  # a word this frequent with the article is a noun, not a town's name


def is_common_arabic_word(folded: str) -> bool:
    """An Arabic word as common as `COMMON_ZIPF` (once in 100,000 words or more): "ربك", your
    Lord. Never read as a foreign name's spelling, whatever the grammar around it."""
    return _arabic_zipf(folded) >= COMMON_ZIPF


# A word of Arabic as written, with its prefixes, this frequent is that word and no spelling of a
# foreign name hides in it ("وكالة", an agency, is not "كالة" after "و"; "الجناة", the culprits;
# "كتيبة", a battalion): the Arabic spellings of small towns stand below it ("رفاعة" 3.2).
ARABIC_WORD_ZIPF = 3.5


def is_arabic_word_as_written(folded: str) -> bool:
    """Whether a whole Arabic word, prefixes and all, is a word of the language (`ARABIC_WORD_ZIPF`)."""
    return _arabic_zipf(folded) >= ARABIC_WORD_ZIPF


def whole_over_reading(folded: str, reading: str) -> bool:
    """Whether an Arabic word as written is a word of its own rather than `reading` with a
    prefix written onto it: the press writes it whole (wordfreq's small list knows it) more often
    than the reading. "كردفان" (Kordofan, 3.75) is no "ك" + "ردفان" (Radfan, unlisted); "بالخرطوم"
    (3.29) is "ب" + "الخرطوم" (4.22)."""
    whole = _arabic_zipf(folded)
    # the reading with its article too: "بالخرطوم" read as "بال" + "خرطوم" is the press's "الخرطوم"
    return whole > 0.0 and whole > max(_arabic_zipf(reading), _arabic_zipf("\u0627\u0644" + reading))


def _arabic_zipf(folded: str) -> float:
    """wordfreq's frequency of a folded Arabic word, its final "ه" read as the taa marbuta that
    folding wrote so ("وكاله" is "وكالة", 5.1; wordfreq lists only the latter)."""
    if folded.endswith("\u0647"):
        return max(_zipf(folded, "ar"), _zipf(folded[:-1] + "\u0629", "ar"))
    return _zipf(folded, "ar")


@lru_cache(maxsize=65536)
def is_frequent_word(folded: str) -> bool:
    """A word of English, French, Portuguese or Spanish frequent enough ("atacan", 3.9 in
    Spanish) that, capitalised only as a headline's first word, it is read as the word, not as
    a town the gazetteer also knows (a name as frequent is a known city's: kept apart by
    population)."""
    return max(_zipf(folded, language) for language in ("en", "fr", "pt", "es")) >= FREQUENT_WORD_ZIPF


def capitals_style(tokens: Tokens) -> tuple[bool, bool]:
    """(Title Case, ALL CAPS) for a field: then capitals say little about what is a name.

    A headline is In Title Case when most of its capitalised words (after the first) are
    ordinary words ("Gunmen Attack Gao Market"); in ordinary sentences capitalised words are
    mostly names ("Photographer Mariko Kano wounded in Kabul").
    """
    # Counted at C speed where it can be (a summary is read for every name laid in it): a word is
    # never empty, and a bound on the capitals (single letters counted too) settles most fields.
    words, folded = tokens.words, tokens.folded
    letters = list(compress(words, map(str.isalpha, map(_first_letter, words))))
    if (
        len(letters) >= 3
        and sum(map(str.isupper, letters)) >= 0.8 * len(letters)
        and sum(1 for w in letters if w.isupper() and len(w) > 1) >= 0.8 * len(letters)
    ):
        return False, True
    capitalised = compress(range(1, len(words)), map(str.isupper, map(_first_letter, islice(words, 1, None))))
    later = [k for k in capitalised if len(words[k]) >= 3]
    ordinary = sum(1 for k in later if folded[k] not in CONNECTORS and is_common_word(folded[k]))
    if ordinary < 2 or ordinary < 0.5 * len(later):
        return False, False
    # A sentence that writes more of its long words in lower case than it capitalises everyday
    # ones is no Title Case: its capitals are a long name's ("clashed over illegal border
    # crossings in San Antonio del Tachira", where "San" and "Antonio" are words too).
    lower = sum(1 for w in islice(words, 1, None) if len(w) >= LONG_WORD and w.islower() and fold(w) not in CONNECTORS)
    return ordinary > lower, False


LONG_WORD = 4  # letters: a word of the sentence, not a little one ("in", "de", "for")


_first_letter = itemgetter(0)  # of a word, which is never empty


@lru_cache(maxsize=65536)
def looks_like_name(folded: str) -> bool:
    """A rare word about as frequent in English as in French: a name, not a word of either.

    Names travel between languages unchanged ("Feng", "Marton", "Mariko"), while a rare
    ordinary word belongs to one language ("outskirts", "villagers").
    """
    english, french = _zipf(folded, "en"), _zipf(folded, "fr")
    if max(english, french) < RARE_ZIPF:
        return True  # too rare to be an everyday word in either language ("Guruswamy")
    return max(english, french) < COMMON_ZIPF and abs(english - french) <= NAME_BALANCE


# Articles that, capitalised inside a sentence, open a title: "El Sol de Tijuana", "O Jornal de
# Angola", "La Voz de Michoacán", "Le Courrier de Bissau".
_TITLE_ARTICLES = frozenset("El La Los Las O A Os As Le Les The".split())
TITLE_WORDS = 4


def _titled_name(tokens: Sequence[Token], first: int) -> str | None:
    """The capitalised words before a name and its "de"/"of" when they open with a capitalised
    article inside a sentence: the title of a newspaper or an organisation ("El Sol de"), or None."""
    k = first - 1
    if k < 1 or tokens[k].folded not in ("de", "do", "da", "del", "of", "du") or _breaks_gap(tokens[first].gap):
        return None
    m = k - 1
    while m >= 0 and k - m <= TITLE_WORDS and tokens[m].capitalized and not _breaks_gap(tokens[m + 1].gap):
        if tokens[m].word in _TITLE_ARTICLES:
            if tokens[m].sentence_start or (m > 0 and tokens[m - 1].capitalized):
                return None  # a sentence's first word, or inside a longer name
            if m > 0 and tokens[m - 1].folded in _QUARTERS:
                return None  # "el barrio El Triunfo de Danlí": a part of the town, named, then its town
            if m + 1 >= k:
                return None  # "La de": no noun of a title
            return " ".join(t.word for t in tokens[m : k + 1])
        m -= 1
    return None


# Nouns of a town's parts before their own name: "o bairro A Favela de", "la colonia La Paz de".
_QUARTERS = _words(
    "barrio barrios bairro bairros colonia colonias quartier quartiers aldea aldeia caserio vereda corregimiento "
    "sector setor residencial fraccionamiento localidad localidade comunidad comunidade vila villa district neighbourhood "
    "neighborhood"
)


def _breaks_gap(gap: str) -> bool:
    return any(ch in '.,;:!?()[]|/\n"«»“”' for ch in gap)


def _ends(tokens: Sequence[Token], end: int, phrases: Collection[tuple[str, ...]]) -> bool:
    """Whether the words just before index `end` are one of `phrases`."""
    return any(tuple(t.folded for t in tokens[max(0, end - len(p)) : end]) == p for p in phrases)


class FalseFriend(NamedTuple):
    """Why a found name is not the place, and how far that reaches in the same item.

    `scope` "mention": only this mention. "person": every mention of the item that nothing
    marks as a place (a person named Gao is Gao throughout the story, but "near Gao" is still
    the town). "body": as "person", but a mention that is the scene or the object of a deed
    ("Kidal Security Council: jihadists storm Kidal", "Gao market") is the town too: a body named
    after the town owns its own mention. "item": every mention (a story set in Timbuctoo, New Jersey).
    """

    reason: str
    scope: str = "mention"


LOCATIVES = _words("in near at from to into outside around across inside a au aux en dans pres vers")
_BETWEEN_LOCATIVE = _words(
    "the la le l northern southern eastern western central north south east west nord sud est ouest centre du"
)


def locative(tokens: Sequence[Token], first: int) -> bool:
    """Whether a mention is introduced as a place: "in Gao", "in western Niger", "à Kano",
    or heads a headline as a dateline does ("Niger: ...")."""
    if tokens[first].first and first + 1 < len(tokens) and tokens[first + 1].gap.strip().startswith(":"):
        return True
    index = first - 1
    while index >= 0 and first - index <= 2 and tokens[index].folded in _BETWEEN_LOCATIVE:
        index -= 1
    return index >= 0 and tokens[index].folded in LOCATIVES


def judge_context(
    tokens: Sequence[Token],
    first: int,
    last: int,
    single_word: bool,
    title_case: bool,
    place_vocabulary: Collection[str],
    home_countries: Callable[[tuple[str, ...]], frozenset[str]],
    code: bool = False,
    all_caps: bool = False,
    own_words: Collection[str] = (),
) -> FalseFriend | None:
    """Why the name at tokens[first..last] does not mean the place, or None when it does.
    `own_words` are the words of the name as typed, an article included ("la" of "La Paz")."""
    named = tokens[first]
    before = tokens[first - 1] if first > 0 else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    # Asked of the same three words by rule after rule: worked out once (properties of a Token).
    named_start = named.sentence_start
    before_start = before is not None and before.sentence_start
    before_capital = before is not None and before.capitalized
    after_start = after is not None and after.sentence_start
    after_capital = after is not None and after.capitalized
    written = getattr(tokens, "words", None)  # a `Tokens`' words, without making their Tokens
    spelled = " ".join(written[first : last + 1] if written is not None else [t.word for t in tokens[first : last + 1]])

    def neutral(token: Token) -> bool:
        return token.folded in PLACE_WORDS or token.folded in CONNECTORS or token.folded in place_vocabulary

    if (
        after is not None
        and not after_start
        and "," not in after.gap
        and after.folded in NAMED_AFTER
        and after.word not in _FRONT_LINES
        and not _premises_at(tokens, last + 2)
        and not (after.word.islower() and after.folded in _BUILDINGS_AFTER and not _built_elsewhere(tokens, last + 2))
    ):
        return FalseFriend(f"named after the place ({spelled} {after.word})")
    if (
        after is not None
        and after.gap == "-"
        and after_capital
        and after.folded not in PLACE_WORDS
        and is_everyday_word(after.folded)
    ):
        # "a Beira-Mar de Luanda" (a seafront), "Luanda-Sul": a name joined to an everyday word
        # with a capital is another place's, a quarter's or a street's
        return FalseFriend(f"part of a longer name ({spelled}-{after.word})")
    # Only where ordinary words are written in lower case somewhere in the field: a headline all
    # In Title Case capitalises every word of a sentence.
    lower_case_words = writes_lower_case(tokens)
    body = _body_named_after(tokens, last, neutral) if lower_case_words and not all_caps else None
    if body is not None and not _premises_at(tokens, last + 1 + len(body.split())):
        # The body's name elsewhere in the item is the body's too, unless written as a place or
        # as the scene of a deed ("Kidal Security Council: jihadists storm Kidal").
        return FalseFriend(f"named after the place ({spelled} {body})", "body")
    if (
        after is not None
        and after_capital
        and after.gap == " "
        and not after_start
        and (
            after.folded in NAMED_AFTER_CAPITALISED
            or (after.folded in ORG_HEADS_BEFORE_OF and not _premises_at(tokens, last + 2))
        )
    ):
        # The same name elsewhere in the item is that too unless written as a place ("in Kano"),
        # where capitals say something: not in a headline In Title Case.
        careless = all_caps or (title_case and not writes_lower_case(tokens))
        what = "part of a longer place's name" if after.folded in _LONGER_NAME_AFTER else "named after the place"
        return FalseFriend(f"{what} ({spelled} {after.word})", "mention" if careless else "person")
    if (
        after is not None
        and after_capital
        and after.gap == " "
        and not after_start
        and not all_caps
        and after.folded in MEDIA_CAPITALISED
    ):
        return FalseFriend(f"a newspaper or a work named after the place ({spelled} {after.word})")
    if (
        after is not None
        and after_capital
        and after.gap == " "
        and not after_start
        and not (all_caps or title_case)
        and _team_plural(after.folded)
        and not neutral(after)
    ):
        # "Karachi Kings players", "Quetta Gladiators squad": a plural noun written with a capital
        # after the name, in a text that writes ordinary words in lower case, names a team or a body.
        return FalseFriend(f"a team or a body named after the place ({spelled} {after.word})", "person")
    if (
        after is not None
        and after_capital
        and after.gap == " "
        and after.folded in _CLUB_AFTER
        and last + 2 < len(tokens)
        and tokens[last + 2].gap == " "
        and tokens[last + 2].folded in _SPORTS_PEOPLE
    ):
        # "Nakuru City fans", "Jimma United supporters", "Gao City strikers": a club, by the people
        # of football who follow its name (the town's fans would be "Nakuru fans").
        return FalseFriend(f"a club named after the place ({spelled} {after.word} {tokens[last + 2].word})", "person")
    if after is not None and after.gap in ("'", "’") and after.folded != "s":
        return FalseFriend(f"part of a longer name ({spelled}{after.gap}{after.word})")
    if before is not None and not named_start:
        title = _titled_name(tokens, first)
        if title is not None:
            return FalseFriend(f"a title or an organisation named after the place ({title} {spelled})", "person")
        if _club(tokens, first - 1):
            return FalseFriend(f"a club or company named after the place ({before.word} {spelled})")
        business = _business_before(tokens, first)
        if business is not None:
            return FalseFriend(f"a company or a brand named like the place ({business} {spelled})", "person")
        not_place = (before.folded in NOT_PLACE_BEFORE and before.word not in _BUILDINGS) or _arabic_not_place(before.folded)
        if not_place and not (_premises_before(tokens, first - 1, last) or _premises_at(tokens, last + 1)):
            return FalseFriend(f"not the place ({before.word} {spelled})")
        organisation = _org_apposition(tokens, first)
        if organisation is not None:
            return FalseFriend(f"an organisation's name ({organisation} {spelled})", "body")
        if before.folded == _AR_FROM and first >= 2 and tokens[first - 2].folded in _AR_QUOTING:
            return FalseFriend(f"a source quoted ({tokens[first - 2].word} {before.word} {spelled})")
        back = first - 1
        while back > 0 and tokens[back].folded in GENITIVES and first - back <= 2:
            back -= 1
        if (
            back < first - 1
            and _head_before_of(tokens[back])
            and tokens[back].word not in _BUILDINGS
            and not _offshore(tokens, back)
            and not (_premises_before(tokens, back, last) or _premises_at(tokens, last + 1))
        ):
            return FalseFriend(f"not the place ({' '.join(t.word for t in tokens[back : last + 1])})")
        # One or two capitalised adjectives between the noun and "de": "Banco Nacional de Angola",
        # "Arquidiocese Metropolitana de Luanda", "Diário Oficial de".
        noun = back
        while back < first - 1 and noun > 0 and back - noun < 2 and tokens[noun].capitalized:
            noun -= 1
            if (
                _head_before_of(tokens[noun])
                and not any(_breaks_gap(t.gap) for t in tokens[noun + 1 : first])
                and not (_premises_before(tokens, noun, last) or _premises_at(tokens, last + 1))
            ):
                return FalseFriend(f"not the place ({' '.join(t.word for t in tokens[noun : last + 1])})")
        if back < first - 1 and _club(tokens, back):
            return FalseFriend(f"a club named after the place ({' '.join(t.word for t in tokens[back - 1 : last + 1])})")
    river = single_word and named.folded in RIVERS and _ends(tokens, first, RIVER_BEFORE)
    if river and not (after is not None and after.folded in COUNTRY_AFTER):
        return FalseFriend(f"the river ({tokens[first - 1].word} {spelled})")
    if after is not None and ("," in after.gap or "(" in after.gap):
        elsewhere = _elsewhere(tokens, first, last, home_countries)
        if elsewhere:
            return FalseFriend(f"a place of the same name elsewhere ({spelled}, {elsewhere})", "item")
    if after is not None and "," in after.gap and _age_after(tokens, last + 1):
        return FalseFriend(f"a person's name, with an age ({spelled}, {after.word})", "person")
    if after is not None and "," in after.gap and not locative(tokens, first):
        role = _role_after(tokens, last + 1)
        if role is not None:
            return FalseFriend(f"a person's name, with a role ({spelled}, {role})", "person")
    title_words = _quoted_title_words(tokens, first, last, title_case or all_caps)
    if title_words is not None:
        # A title that is the name alone ("'Timbuktu'") makes the item the work's throughout; one
        # with more words ("'Kabul Diaries'") leaves the name's other mentions written as a place
        # ("attacked in Kabul") to the place.
        return FalseFriend(f"a title in quotes ({spelled})", "item" if title_words <= last + 1 - first else "person")
    if before is not None and before.folded in ROLE_VERBS and named.gap == " " and not named_start:
        return FalseFriend(f"a role or a team, not the place ({before.word} {spelled})", "person")
    if not single_word:
        return None
    titled = before is not None and before.folded in HONORIFICS and "," not in named.gap
    abbreviated = before is not None and before.folded in ABBREVIATED_TITLES and named.gap.strip() == "."
    if before is not None and titled and (not named_start or abbreviated):
        return FalseFriend(f"a person's name ({before.word} {spelled})", "person")
    if (
        before is not None
        and "," not in named.gap
        and not named_start
        and kind_of_person_before_name(before, title_case)
        and not _qualifies_a_person(tokens, last)
    ):
        # A trade no hand list names, right before the name ("gang leader Ramu"): that mention
        # only, unlike a title's: a noun of WordNet's reads a person less surely ("the deputy
        # Kano governor", "fellow Gao residents"), and the town may be the item's elsewhere.
        return FalseFriend(f"a person's name ({before.word} {spelled})")
    before2 = tokens[first - 2] if first > 1 else None
    if (
        before is not None
        and before2 is not None
        and before2.folded in HONORIFICS
        and before.word[:1].islower()
        and before.folded not in CONNECTORS
        and not named_start
        and not before_start
    ):
        return FalseFriend(
            f"a person's name ({before2.word} {before.word} {spelled})", "person"
        )  # "la chercheuse finlandaise Kati"
    # A word, a given name, the name: "dissident José Palma", "baseball pitcher Ángel Celaya".
    given_name = (
        before is not None
        and before_capital
        and before.gap == " "
        and named.gap == " "
        and not before_start
        and not title_case
        and not neutral(before)
    )
    if given_name and before is not None and before2 is not None and before2.folded in HONORIFICS and before2.word[:1].islower():
        # a role in lower case, the place's name as a surname: "lawyer Aisha Kano"
        return FalseFriend(f"a person's name ({before2.word} {before.word} {spelled})", "person")
    if (
        before is not None
        and before2 is not None
        and before2.folded in MILITARY_RANKS
        and before2.capitalized
        and before_capital
        and before.gap == " "
        and named.gap == " "
        and not before_start
        and not neutral(before)
        and not neutral(before2)
    ):
        # A rank written with its capital, a given name, the place's name as a surname:
        # "General Mohamed Bosso", "Colonel Assimi Goita" (English capitalises a rank before a name).
        return FalseFriend(f"a person's name ({before2.word} {before.word} {spelled})", "person")
    if (
        before is not None
        and before2 is not None
        and before_capital
        and before2.folded in ("le", "la", "l", "the")
        and before.folded.endswith(DEMONYM_ENDINGS)
        and not named_start
    ):
        return FalseFriend(f"a person's name ({before2.word} {before.word} {spelled})", "person")  # "La Finlandaise Kati"
    if code and all_caps and single_word and is_common_word(named.folded):
        return FalseFriend(f"an everyday word in a line of capitals ({spelled}), not the acronym")  # "LET US PRAY"
    if code or all_caps:
        return None
    own_article = before is not None and before.folded in own_words  # "La Paz", "La Ceiba": the name's own article
    # After "à" or "de", French writes a place's own article with its capital ("à L'Arcahaie",
    # "de La Gonâve"): a venue named "Le Bamako" would be "au Bamako", "du Bamako".
    own_article = own_article or (
        before is not None and first >= 2 and before.word in ("La", "L") and tokens[first - 2].folded in ("a", "de", "d")
    )
    if before is not None and before.word in ("Le", "La", "Les", "L") and not before_start and not own_article:
        return FalseFriend(f"a venue or title named after the place ({before.word} {spelled})", "item")
    if len(named.word) <= 3 and named.word.isupper() and after is not None and after.gap == " " and after.word[:1].isalpha():
        return FalseFriend(f"an acronym ({spelled} {after.word})", "person")  # "GAO report": a place would be written "Gao"

    def surname_like(token: Token, gap: str) -> bool:
        """A capitalised name written right next to the name: "Gao Feng", "Jigoro Kano"."""
        return token.capitalized and gap == " " and not neutral(token) and looks_like_name(token.folded)

    if after is not None and not after_start and _article_surname(tokens, last + 1):
        # "Nasir El-Rufai", "Kassim Al-Amin": an Arabic surname with its article joined by a
        # hyphen after a given name that is also a town's
        return FalseFriend(f"a person's name ({spelled} {after.word}-{tokens[last + 2].word})", "person")
    if (
        after is not None
        and not after_start
        and surname_like(after, after.gap)
        and after.folded not in _AREA_NOUNS
        and not _area_after(tokens, last + 1)
    ):
        return FalseFriend(f"a person's or organisation's name ({spelled} {after.word})", "person")
    if (
        before is not None
        and first >= 2
        and before.word in NAME_PARTICLES
        and not before_start
        and tokens[first - 2].capitalized
        and before.gap == " "
        and named.gap == " "
        and not neutral(tokens[first - 2])
        and writes_lower_case(tokens)  # not "Ataque Na Vila De Palma"
    ):
        return FalseFriend(f"a person's name ({tokens[first - 2].word} {before.word} {spelled})", "person")  # "Brian De Palma"
    named_site = after is not None and after_capital and after.folded in PLACE_WORDS  # "Aminu Kano International Airport"
    if before is not None and not named_site and _compound_given_name(tokens, first, neutral):
        # "Jean-Jacques Dessalines", "Abdel-Aziz Kano": a given name of two, joined by a hyphen
        return FalseFriend(f"a person's name ({tokens[first - 2].word}-{before.word} {spelled})", "person")
    if before is not None and surname_like(before, named.gap) and not named_site and not _saints_name(tokens, first - 1):
        return FalseFriend(f"a person's name ({before.word} {spelled})", "person")
    if given_name and before is not None and before2 is not None and kind_of_person_before_name(before2, title_case):
        # A trade of WordNet's, a given name, the name: that mention only, unlike a role's: a
        # worker may bear the name of the town the item is about ("gas worker Luis Palma ...
        # insurgents storm Palma").
        return FalseFriend(f"a person's name ({before2.word} {before.word} {spelled})")
    return None


# The titles of a saint before a given name, which Spanish, Portuguese and French place names
# open with ("San Pedro Tlaquepaque", "San Andrés Tuxtla", "São João del-Rei", "Saint-Louis").
_SAINT_TITLES = _words("san santa santo sao saint sainte st")


def _saints_name(tokens: Sequence[Token], given: int) -> bool:
    """Whether the given name at word `given` is a saint's, a capitalised saint's title right
    before it ("San Pedro"): the name after it is then a place's longer name, not a surname."""
    return (
        given >= 1
        and tokens[given - 1].capitalized
        and tokens[given - 1].folded in _SAINT_TITLES
        and tokens[given].gap in (" ", "-")
    )


# The Arabic article a surname opens with, joined to it by a hyphen ("El-Rufai", "Al-Amin",
# "Ad-Dawla"): after a capitalised name, a person's. A place's longer name takes it too ("Sharm
# El-Sheikh"), but then it is the longer name, never the town alone.
_SURNAME_ARTICLES = _words("el al ad ar as ash at az ed er es")


def _article_surname(tokens: Sequence[Token], k: int) -> bool:
    """Whether words `k` and `k + 1` are an article and a capitalised surname joined by a hyphen."""
    if k + 1 >= len(tokens) or tokens[k].gap != " " or not tokens[k].capitalized:
        return False
    return tokens[k].folded in _SURNAME_ARTICLES and tokens[k + 1].gap == "-" and tokens[k + 1].capitalized


GIVEN_NAME_LETTERS = 3  # each half of a compound given name ("Jean-Jacques", "Abdel-Aziz") is this long at least


def _compound_given_name(tokens: Sequence[Token], first: int, neutral: Callable[[Token], bool]) -> bool:
    """Whether two capitalised words joined by a hyphen stand right before the name, as a
    compound given name does ("Jean-Jacques Dessalines", "Marie-Claire Kano"): the name is a
    surname. Not when either half is a word of place or a watched name's ("Petit-Goâve", "Saint-Louis"
    are places and would be written "à Petit-Goâve, Dessalines..."), nor a word in lower case."""
    if first < 2 or tokens[first].gap != " " or tokens[first - 1].gap != "-":
        return False
    if first >= 3 and tokens[first - 2].gap == "-":
        return False  # three words joined ("Port-au-Prince", "Saint-Marc-sur-Mer"): a place's name
    halves = (tokens[first - 2], tokens[first - 1])
    return all(
        t.word[:1].isupper()
        and t.word[1:].islower()
        and t.word.isalpha()
        and len(t.word) >= GIVEN_NAME_LETTERS
        and not neutral(t)
        and t.folded not in _PLACE_NAME_HALVES
        for t in halves
    )


# Words that open or close a compound place name, not a given name: "Saint-Louis", "Petit-Goâve".
_PLACE_NAME_HALVES = _words("saint sainte san santa sao port fort grand grande petit petite haut haute bas basse nord sud")


# Nouns of a body or an event that close a capitalised name opening with the place's, through a
# word or two of it written with capitals: "the Mombasa Republican Council", "the Herat Security
# Dialogue", "the Kabul Process Conference". A body or a meeting named after the place, often far
# from it; the place's own words ("Kabul International Airport") are no such name.
BODY_AFTER = NAMED_AFTER | _words("dialogue dialogues dialogo")
# A body's premises in the place it is named after are a site there, as "the Kohat police
# station" is (`bot.match`): "the Gwadar Port Authority complex", "the Kabul Bank headquarters".
# Not a branch or an office, which a company has in other towns ("a Niger Insurance branch in Lagos").
_PREMISES = _words("complex compound headquarters hq building buildings premises palace grounds campus")
# Nouns of NAMED_AFTER that, in lower case, are a building of the town, not a company's name:
# "a Jalalabad bank", "the Kandahar bank bombing" (a "Kabul Bank" is the company).
_BUILDINGS_AFTER = _words("bank banque")


def _premises_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether word `k`, right after a body's name, is a noun of its premises (`_PREMISES`) that
    stand in the place itself, not in another town (`_built_elsewhere`)."""
    return k < len(tokens) and tokens[k].gap == " " and tokens[k].folded in _PREMISES and not _built_elsewhere(tokens, k + 1)


# A company's outlets in other towns, and the prepositions that put a building in a town:
# "a Kano bank branch in Lagos", "Niger Insurance headquarters in Lagos".
_OUTLETS = _words("branch branches office offices outlet agency agence agences succursale sucursal agencia filial")
_IN_TOWN = _words("in at a au en em no na")
_AR_IN = fold("في")
ELSEWHERE_WORDS = 3  # how far after a building its other town's "in" may stand ("palace annex in Bichi")


def _built_elsewhere(tokens: Sequence[Token], k: int) -> bool:
    """Whether the words from `k` put the building named after a place somewhere else: an outlet
    ("branch"), or "in" and a capitalised name, maybe after a word or two of the building in lower
    case ("the Kano emirate palace annex in Bichi"); in Arabic, "في" and a word ("في بورتسودان")."""
    if k < len(tokens) and tokens[k].gap == " " and tokens[k].folded in _OUTLETS:
        return True
    for j in range(k, min(k + ELSEWHERE_WORDS, len(tokens) - 1)):
        token, following = tokens[j], tokens[j + 1]
        if token.sentence_start or _breaks_gap(token.gap):
            return False
        if token.folded == _AR_IN:
            return is_arabic(following.folded) and not following.sentence_start
        if not token.word.islower():
            return False
        if token.folded in _IN_TOWN and following.capitalized and not following.sentence_start:
            return True
    return False


BODY_WORDS_BETWEEN = 2


# The place's own government's bodies are its own: "the Herat Provincial Council", "the Mombasa
# County Assembly" sit in it.
_OWN_GOVERNMENT = _words(
    "provincial municipal county city district regional local state metropolitan town village "
    "provinciale municipale regionale departemental departementale"
)


# Capitalised between a town's name and a body's noun (`BODY_AFTER`, `ORG_HEADS_BEFORE_OF`: not a
# school's, which stands in the town), words that qualify the body, not a site
# of the town: "the Manbij Military Council", "the Kano Security Committee".
_BODY_QUALIFIERS = _words("military militaire security national international")


def _body_named_after(tokens: Sequence[Token], last: int, neutral: Callable[[Token], bool]) -> str | None:
    """The capitalised words after a name, up to and with a noun of a body or an event, when
    one or two words written with capitals stand between ("Republican Council"), else None."""
    for k in range(last + 1, min(len(tokens), last + 2 + BODY_WORDS_BETWEEN)):
        token = tokens[k]
        if not token.capitalized or token.gap != " " or token.sentence_start:
            return None
        if k > last + 1 and (token.folded in BODY_AFTER or token.folded in ORG_HEADS_BEFORE_OF):
            return " ".join(t.word for t in tokens[last + 1 : k + 1])
        if token.folded in _BODY_QUALIFIERS and not (k > last + 1 and tokens[k - 1].folded in _BODY_QUALIFIERS):
            continue  # "the Manbij Military Council": a qualifier of the body, not a site of the town
        if neutral(token) or token.folded in BODY_AFTER or token.folded in _OWN_GOVERNMENT:
            return None
    return None


# Nouns of an area after a name of two capitalised words: "the Xamar Weyne district", "Hodan
# Wadajir neighbourhood" name a part of a town, not a person. With the second-level divisions
# that take their seat's name, as the countries' own administrations call them (Nigeria's LGA,
# Kenya's and Liberia's counties, Congo's territoires, Mali's cercles, Ethiopia's woredas,
# Pakistan's tehsils, Bangladesh's upazilas): "Magumeri LGA" is a place, however rare the word.
_AREA_NOUNS = _words(
    "district districts quarter quarters neighbourhood neighborhood neighbourhoods neighborhoods suburb suburbs "
    "area zone ward sector township village camp commune quartier arrondissement secteur bairro barrio distrito "
    "lga lgas county territory territoire municipality municipio cercle prefecture departement woreda tehsil upazila"
)


def _area_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word after word `k` is a noun of an area ("Weyne district")."""
    return k + 1 < len(tokens) and tokens[k + 1].gap == " " and tokens[k + 1].folded in _AREA_NOUNS


_YEARS_OLD = _words("ans anos anos years yrs")


def _age_after(tokens: Sequence[Token], k: int) -> bool:
    """ "Sanaa, 24 ans, étudiante", "Kati, 31 anos", "Sanaa, 24, a student", "Kati, aged 31": a
    person's age in apposition, starting at word `k`."""
    word = tokens[k].folded
    if word == "aged" and k + 1 < len(tokens):
        return tokens[k + 1].folded.isdigit()
    if not (word.isdigit() and len(word) <= 3) or k + 1 >= len(tokens):
        return False
    following = tokens[k + 1]
    if following.folded in _YEARS_OLD and following.gap == " ":
        return True
    return "," in following.gap and following.folded in ("a", "an", "the")


# Words of a role in apposition that no list of titles before a name holds: a leader or a head in
# French, Spanish and Portuguese ("Abou Kamal, émir de l'EI", "X, chef du Hamas", "X, jefe del
# cártel"), and the compounds for a spokesman ("porte-parole", "porta-voz").
_ROLE_HEADS = _words("chef chefs jefe jefes lider lideres dirigeant dirigeants dirigente dirigentes comandante portavoz")
_ROLE_COMPOUNDS = _phrases("porte parole", "porta voz")
_APPOSITION_ARTICLES = _words("a an the le la l un une o um uma el")
ROLE_WORDS = 5  # words of an apposition before its role's noun: "a senior Fatah spokesman"


def _role_after(tokens: Sequence[Token], k: int) -> str | None:
    """The apposition from word `k` (right after a name and its comma) when it names a person's
    role and closes with a comma or a "de"/"of" that says whose: "Abou Moussa, porte-parole du
    Fatah, tué", "Abu Musa, a Fatah spokesman, was killed", "Abou Kamal, émir de l'EI". The name
    is the person's. The role's noun is a title (HONORIFICS, MILITARY_RANKS, `_ROLE_HEADS`) or a
    kind of person (`kind_of_person`), within ROLE_WORDS words of the comma. Not a place's own
    apposition ("Tripoli, the Libyan capital, ..."), whose noun is no person's."""
    end = min(len(tokens), k + ROLE_WORDS + 1)
    start = k + 1 if k < len(tokens) and tokens[k].folded in _APPOSITION_ARTICLES and tokens[k].gap.strip() == "," else k
    for j in range(start, end):
        token = tokens[j]
        if j > k and (token.gap.strip() or token.sentence_start):
            return None  # the apposition ends before a role's noun
        compound = j + 1 < len(tokens) and tokens[j + 1].gap == "-" and (token.folded, tokens[j + 1].folded) in _ROLE_COMPOUNDS
        role = compound or (
            token.word[:1].islower()
            and (token.folded in HONORIFICS or token.folded in MILITARY_RANKS or token.folded in _ROLE_HEADS
                 or kind_of_person(token.folded, plural=False))
        )
        if not role:
            if token.word[:1].islower() and any(is_function_word(token.folded, lang) for lang in ("en", "fr", "pt", "es")):
                return None  # "Kidal, where a soldier, ...": no noun phrase of a role
            continue
        last = j + 1 if compound else j
        following = tokens[last + 1] if last + 1 < len(tokens) else None
        closed = following is None or "," in following.gap or (
            following.gap == " " and following.folded in ("de", "du", "des", "d", "of", "do", "da", "del")
        )
        return " ".join(t.word for t in tokens[k : last + 1]) if closed else None
    return None


# "نقلا عن الميادين": quoting a channel, a paper or an agency named like a town.
_AR_FROM = fold("عن")
_AR_QUOTING = frozenset(fold(word) for word in "نقلا نقلاً".split())


def _arabic_not_place(folded: str) -> bool:
    """An Arabic noun before a name that makes it something else's ("خليج", "بنك"), maybe with
    a preposition or the conjunction written onto it ("بخليج")."""
    if folded.isascii() or not is_arabic(folded):
        return False
    return folded in AR_NOT_PLACE_BEFORE or any(reading in AR_NOT_PLACE_BEFORE for reading in readings(folded, 3))


def _appositive_country(tokens: Sequence[Token], index: int) -> tuple[str, str] | None:
    """ "Mali, a town in Guinea's Labé region": the country of an appositive, if there is one."""
    words = [t.folded for t in tokens[index : index + 8]]
    if len(words) < 4 or words[0] not in ("a", "une", "un") or not SETTLEMENT_WORDS.intersection(words[1:3]):
        return None
    codes = country_codes()
    for offset in range(2, len(words)):
        for size in (2, 1):
            key = tuple(words[offset : offset + size])
            if len(key) == size and key in codes:
                return codes[key], " ".join(t.word for t in tokens[index + offset : index + offset + size])
    return None


# A noun of a business in lower case right before a name makes it the business's: "streaming
# service Mubi", "the airline Dana", "broadcaster Tolo", "la plateforme Jumia", "a operadora
# Unitel". Trades whose firms the press names this way; "service" only as a streamer's.
_BUSINESSES = _words(
    "streamer platform app startup airline carrier broadcaster retailer lender insurer miner brewer carmaker "
    "automaker distributor publisher label brand plateforme enseigne marque compagnie operateur plataforma operadora "
    "aerolinea marca"
)
_SERVICES_OF = _words("streaming video music subscription")


def _business_before(tokens: Sequence[Token], first: int) -> str | None:
    """The words of a business's noun right before the name at `first` (see above), or None."""
    if first < 1 or (tokens[first - 1].folded not in _BUSINESSES and tokens[first - 1].folded != "service"):
        return None  # the noun first: most names have none before them
    if tokens[first].gap != " " or tokens[first].sentence_start:
        return None
    before = tokens[first - 1]
    if not before.word[:1].islower() and not before.sentence_start:
        return None
    if before.folded in _BUSINESSES:
        return before.word
    if before.folded == "service" and first >= 2 and tokens[first - 2].folded in _SERVICES_OF and before.gap == " ":
        return f"{tokens[first - 2].word} {before.word}"
    return None


def _club(tokens: Sequence[Token], index: int) -> bool:
    """ "Stade malien de", "Union sportive de": a capitalised club word, maybe with an adjective."""
    word = tokens[index]
    if word.capitalized and word.folded in CLUB_WORDS:
        return True
    return index > 0 and word.word[:1].islower() and tokens[index - 1].capitalized and tokens[index - 1].folded in CLUB_WORDS


def _elsewhere(
    tokens: Sequence[Token], first: int, last: int, home_countries: Callable[[tuple[str, ...]], frozenset[str]]
) -> str | None:
    """A country or state named right after the place ("Gao, China") that is not the place's own."""
    codes = country_codes()
    place = tuple(t.folded for t in tokens[first : last + 1])
    in_brackets = "(" in tokens[last + 1].gap
    where = _appositive_country(tokens, last + 1)
    if where is not None:
        code, spelled = where
        home = home_countries(place)
        return spelled if home and code not in home else None
    for size in (3, 2, 1):
        words = tuple(t.folded for t in tokens[last + 1 : last + 1 + size])
        named = codes.get(words) if len(words) == size else None
        if named is not None and _possessive_at(tokens, last + 1 + size):
            return None  # "near Kidal, China's embassy said": the next clause's subject, not Kidal's country
        if named is not None:
            if place in codes and not in_brackets:
                return None  # a list of countries: "Mali, Niger and Burkina Faso"
            if division_noun_after(tokens, last + 1, last + 1 + size, named):
                return None  # "Kontagora, Niger State": a division named like a country, not the country
            home = home_countries(place)
            if not home or named in home or _a_home_division(tokens, last + 1, size, home):
                return None
            return " ".join(t.word for t in tokens[last + 1 : last + 1 + size])
    return None


def _possessive_at(tokens: Sequence[Token], index: int) -> bool:
    """Whether the word at `index` is the "s" of a possessive ("China's"), written onto the word before."""
    return index < len(tokens) and tokens[index].folded == "s" and tokens[index].gap in ("'", "’")


def _a_home_division(tokens: Sequence[Token], start: int, size: int, home: frozenset[str]) -> bool:
    """Whether the country's name written at words `start`..`start + size` after a place is a
    first-level division of the place's own country instead: "Tocache, San Martín" (Peru's
    region, not Saint Martin), "Kontagora, Niger State" (a division by its noun)."""
    named = country_codes().get(tuple(t.folded for t in tokens[start : start + size]))
    if division_noun_after(tokens, start, start + size, named):
        return True
    division = division_at([t.folded for t in tokens[start : start + 4]], 0)
    if division is not None and division[0] in home and division[1] >= size:
        return True
    # "Bida, Niger": a name ISO leaves out of its divisions as a country's, which GeoNames gives a
    # division of the place's only country (Nigeria's Niger State)
    words = tuple(t.folded for t in tokens[start : start + size])
    return len(home) == 1 and admin1_named(next(iter(home)), [words]) is not None


_QUOTE_BREAKS = ".!?\n"
_CLOSERS = frozenset(("'", "’", '"', "”", "»"))  # a quotation's end, alone between two words
_SMALL_WORDS = _words("of the a an and in on at to for from with de du des la le les et a do da dos das del y e")


def _opens_quote(tokens: Sequence[Token], k: int) -> bool:
    """Whether a quotation opens before word `k` (an apostrophe written between two letters,
    "Bay's", opens none)."""
    gap = tokens[k].gap.rstrip(" \u00a0\u202f")
    if not gap or gap[-1] not in OPENING_QUOTES:
        return False
    return gap[-1] in '«“‘"' or k == 0 or tokens[k].first or (len(gap) > 1 and not gap[-2].isalnum())


def _closes_quote(tokens: Sequence[Token], k: int) -> bool:
    """Whether a quotation closes before word `k` (or at the end of the text)."""
    if k >= len(tokens):
        return True
    gap = tokens[k].gap.lstrip(".,;:!? \u00a0\u202f")
    if not gap or gap[0] not in CLOSING_QUOTES:
        return False
    return gap[0] in '»”"' or len(gap) > 1


# A quotation mark somewhere in a text: a double or angled one, or a single one against a space,
# the text's edge or punctuation (not the apostrophe of "Bamako's").
_ANY_QUOTE = re.compile(r"[«»“”\"]|(?:^|[\s(])['‘’]|['‘’](?:$|[\s.,;:!?)])")


def _quoted_title(tokens: Sequence[Token], first: int, last: int, careless: bool = False) -> bool:
    """Le film « Timbuktu », le restaurant « Le Niamey », "the drama 'Nairobi Half Life'", "'13
    Hours: The Secret Soldiers of Benghazi' re-released": a work or a venue, named in quotes,
    either after a word for a work or as a title In Title Case of three words or more (where
    the text around it is not written so)."""
    return _quoted_title_words(tokens, first, last, careless) is not None


# An appositive after a title's closing quote and a comma: an article, maybe a year and a word
# or two in lower case, then a noun of works ("'Zamboanga', a 1937 film about pirates", "« Tombouctou »,
# un roman de", "'Kabul', the new documentary").
_APPOSITIVE_ARTICLES = _words("a an the un une le la o um uma el")
APPOSITIVE_REACH = 3  # words between the article and the noun of works


def _appositive_work(tokens: Sequence[Token], closing: int) -> bool:
    """Whether a comma after the title's closing quote (before word `closing`) opens an
    appositive naming a work (see _APPOSITIVE_ARTICLES)."""
    gap = tokens[closing].gap.replace(" ", "")
    if len(gap) < 2 or gap[0] not in _CLOSERS or gap[1:] != "," or tokens[closing].folded not in _APPOSITIVE_ARTICLES:
        return False
    for k in range(closing + 1, min(len(tokens), closing + 2 + APPOSITIVE_REACH)):
        if tokens[k].gap != " " or (tokens[k].capitalized and not tokens[k].word.isdigit()):
            return False
        if tokens[k].folded in WORKS_NAMED_AFTER:
            return True
    return False


def _work_noun_after(tokens: Sequence[Token], closing: int) -> bool:
    """A word of works right after a title's closing quote ("'Kandahar' review"), or a noun of
    works through at most two words more in lower case ("'Tobruk' war film", "« Kaboul » grand
    roman"), with no stop between."""
    if closing < len(tokens) and _appositive_work(tokens, closing):
        return True
    if closing >= len(tokens) or tokens[closing].gap.strip() not in _CLOSERS:
        return False
    if tokens[closing].folded in WORK_AFTER:
        return True
    for k in range(closing, min(len(tokens), closing + WORK_NOUN_REACH + 1)):
        if k > closing and (tokens[k].gap != " " or tokens[k].capitalized):
            return False
        if tokens[k].folded in WORKS_NAMED_AFTER:
            return True
    return False


def _quoted_title_words(tokens: Sequence[Token], first: int, last: int, careless: bool = False) -> int | None:
    """How many words the title in quotes around the name has (see `_quoted_title`), or None
    when the name is in no such title."""
    # A quick look at the text around the name, when `tokens` is a Tokens (its text and word
    # spans): a quotation mark must open within a few words before it and close a few after.
    visible, spans_of = getattr(tokens, "_visible", None), getattr(tokens, "_word_spans", None)
    if isinstance(visible, str) and spans_of is not None:
        spans, n = spans_of(), len(tokens)
        low = spans[first - 8][1] if first >= 8 else 0
        high = spans[last + 8][0] if last + 8 < n else len(visible)
        if not _ANY_QUOTE.search(visible, low, spans[first][0] + 1) or not _ANY_QUOTE.search(visible, spans[last][1] - 1, high):
            return None
    opening = None
    for start in range(first, max(-1, first - 8), -1):
        if start < first and any(ch in _QUOTE_BREAKS for ch in tokens[start + 1].gap):
            return None
        if _opens_quote(tokens, start):
            opening = start
            break
    if opening is None:
        return None
    closing = None
    for end in range(last + 1, min(len(tokens), last + 8) + 1):
        if _closes_quote(tokens, end):
            closing = end
            break
        if any(ch in _QUOTE_BREAKS for ch in tokens[end].gap):
            return None
    if closing is None:
        return None
    before = opening - 1
    inside = tokens[opening:closing]
    if before >= 0 and tokens[before].folded in TITLED_WORKS:
        return len(inside)
    possessive = before >= 1 and tokens[before].folded == "s" and tokens[before].gap in ("'", "’")
    after_work = _work_noun_after(tokens, closing)
    written_as_title = all(t.capitalized or t.folded in _SMALL_WORDS or not t.word[:1].isalpha() for t in inside)
    if after_work or (possessive and tokens[before - 1].word[:1].isalpha()):
        # Someone's work in quotes, or a work's by the word after: "Paul Nizan's 'Aden Arabie'",
        # "Zimmer's 'Mombasa'", "'Kandahar' review", its words written as a title's.
        return len(inside) if written_as_title else None
    if len(inside) < 3 or closing - opening == last + 1 - first:
        return None
    if careless:  # a headline mostly In Title Case: the words outside the quotes must not be
        outside = (tokens[k] for k in range(len(tokens)) if not opening <= k < closing)
        if not any(len(t.word) >= 4 and t.word[:1].islower() for t in outside):
            return None
    return len(inside) if written_as_title else None


# --- a city named for its government (metonymy) ---------------------------------------------
# "Washington pushes Tehran", "Caracas acusa a Bogotá", "Luanda pressiona Kinshasa", "تضغط على
# طهران", "Tehran's nuclear programme": a capital that urges, accuses, denies or is pressed is its
# government, not a scene. Grammar, not places: verbs of diplomacy by their stem in English,
# French, Portuguese and Spanish (Arabic: the verb's forms, folded), the place as their subject
# (the word after it) or object (the word before it, through "on", "a", "على"), a possessive
# with a noun of state policy, or such a noun with "de" before it. Verbs of saying ("Tehran
# says", "diz Luanda", "قالت الخرطوم") make the city only the source of the news: the caller
# turns it away only when the item happens elsewhere.
def _stems_of(words: str, languages: Sequence[str]) -> frozenset[str]:
    return frozenset(stem(word, lang) for word in words.split() for lang in languages)


_LATIN_LANGS = ("en", "fr", "pt", "es")
_DIPLOMACY_WORDS = (
    "urge urges urged push pushes pushed press presses pressed accuse accuses accused blame blames blamed demand "
    "demands demanded warn warns warned reject rejects rejected deny denies denied condemn condemns condemned slam "
    "slams slammed summon summons summoned expel expels expelled sanction sanctions sanctioned pressure pressures "
    "pressured threaten threatens threatened criticise criticises criticised criticize criticizes criticized "
    "denounce denounces denounced vow vows vowed insist insists insisted call calls called "
    "exhorte exhortent accuse accusent denonce condamne rejette dement exige somme menace avertit appelle "
    "acusa acusou acusam acusaram pressiona pressionou pressionam denuncia denunciou exige exigiu condena condenou "
    "rejeita rejeitou nega negou insta instou apela apelou alerta alertou adverte advertiu ameaca ameacou critica "
    "criticou "
    "acuso acusan acusaron presiona presiono presionan exigio condeno rechaza rechazo niega nego insto pide pidio "
    "advierte advirtio amenaza amenazo critico"
    # a place for its people: it votes, celebrates, commemorates
    " vote votes voted celebrate celebrates celebrated commemorate commemorates commemorated celebre commemore "
    "celebra celebrou comemora comemorou vota votou conmemora conmemoro voto"
    # a government acts: it negotiates, agrees, deploys, retaliates, recalls its envoy
    " negotiate negotiates negotiated agree agrees agreed deploy deploys deployed retaliate retaliates retaliated "
    "recall recalls recalled negocie negocient deploie riposte rappelle negocia negociou negociam "
    "desplego retalia"
    # it thanks, blames, summons an envoy, exchanges accusations, welcomes, praises, asks (Portuguese
    # and Spanish; not "acordar", which in Portuguese headlines is to wake up: "Luanda acorda com tiros")
    " agradece agradeceu agradecem agradecio agradecen culpa culpou culpam culpo culpan responsabiliza "
    "responsabilizou responsabilizo convoca convocou convoco convocam convocan trocam trocaram intercambian "
    "intercambiaron saluda saudou saludo elogia elogiou elogio pede pediu pedem piden exorta exortou exhorta "
    "exhorto felicita felicitou felicito felicitan expulsa expulsou expulso expulsan expulsam pactan pactaron "
    "pactam pactuam pactuaram reconoce reconocio reconhece reconheceu"
    # it hosts: "Kiev accueille une conférence", "Kyiv hosts a summit"
    " host hosts hosted accueille accueillent acolhe acolheu acoge acogio"
    # it signs and responds
    " sign signs signed signe signent assina assinam assinou assinaram firma firman firmo firmaron respond responds "
    "responded repond repondent responde respondem respondeu responden respondio"
)
# "Tehran and Washington held a second round of talks": to hold is a government's act only with
# a noun of diplomacy after it.
_HOLD_WORDS = _words(
    "hold holds held holding tient tiennent tenu realiza realizou realizaram celebro celebraron "
    # "Nairobi, Addis Ababa trade accusations", "échangent des accusations"
    "trade trades traded exchange exchanges exchanged echangent echange intercambian trocam"
) | frozenset(fold(word) for word in "تبادل تبادلت تتبادل يتبادل تتبادلان يتبادلان تبادلا".split())  # "تتبادلان الاتهامات"
_HOLD_REACH = 8
# Two capitals as one subject of these are two governments at odds, not a fight in the street.
_CLASHING = _words("clash clashed spar spar feud diverge differ s'affrontent affrontent enfrentam enfrentan chocan")
_SAYING_WORDS = (
    "say says said tell tells told dit declare affirme diz disse afirma afirmou declara declarou dice dijo afirmo "
    "declaro asegura aseguro "
    # "Kyiv did not comment": the source, with its auxiliary and negation
    "comment comments commented "
    # verbs of announcing and reporting, which say no more of the scene than "say" does: "...,
    # annonce Erbil", "anunciou Luanda", "Bogotá informó", "Kabul confirms"
    "announce announces announced annonce annoncent indique indiquent confirme confirment anuncia anunciou "
    "anunciaram anuncio anunciaron informa informou informaram informo informaron confirma confirmou confirmo"
)
# A government's decrees: "Katsina bans night motorcycles", "Sokoto orders schools shut", "Mopti
# impose un couvre-feu". As the subject, the city stands for the authorities seated there, who
# act on the whole state or region: like a verb of saying, only the source of the news, turned
# away by the caller when the item happens elsewhere ("... after Jibia attacks"), not when the
# scene may be the city itself. Not as an object: "police ordered Sokoto traders home" is the place.
_DECREE_WORDS = (
    "ban bans banned order orders ordered impose imposes imposed suspend suspends suspended shut shuts "
    "interdit interdisent ordonne ordonnent suspendent decrete decretent "
    "proibe proibiu ordena ordenou impoe impos suspende suspendeu decreta decretou "
    "prohibe prohibio ordeno impone impuso suspendio decreto"
)
_DIPLOMACY: frozenset[str] | None = None
_SAYING: frozenset[str] | None = None
_DECREE: frozenset[str] | None = None
_AR_DIPLOMACY = frozenset(
    fold(word)
    for word in (
        "اتهم اتهمت تتهم يتهم طالب طالبت تطالب يطالب دعا دعت تدعو يدعو نفى نفت تنفي ينفي رفض رفضت ترفض يرفض حذر "
        "حذرت تحذر يحذر أدان أدانت تدين يدين ندد نددت تندد يندد ضغط ضغطت تضغط يضغط الضغط هدد هددت تهدد يهدد "
        "انتقد انتقدت تنتقد ينتقد احتج احتجت تحتج يحتج قدم قدمت تقدم يقدم استدعى استدعت تستدعي يستدعي طرد طردت تطرد يطرد "
        "فاوض تفاوض تتفاوض يتفاوض تتفاوضان يتفاوضان تفاوضا "
        # it welcomes, thanks, blames, deplores, praises
        "رحب رحبت ترحب يرحب شكر شكرت تشكر يشكر حملت تحمل استنكر استنكرت تستنكر يستنكر أشاد أشادت تشيد يشيد "
        # it vows revenge, gives an ultimatum, responds
        "توعد توعدت تتوعد يتوعد أمهل أمهلت تمهل يمهل ردت ترد "
        # it discusses with, hosts talks
        "بحثت تبحث استضافت تستضيف"
    ).split()
)
_AR_SAYING = frozenset(fold(word) for word in "قال قالت تقول يقول أعلن أعلنت تعلن يعلن أكد أكدت تؤكد يؤكد".split())
# Nouns of state policy: after a possessive ("Tehran's nuclear programme") or before "de"/"of"
# ("o programa nuclear de Teerã", "the regime of"), or, in Arabic, before the name ("برنامج طهران").
_STATE_NOUNS = _words(
    "nuclear programme program regime policy policies diplomacy diplomats envoy envoys ambassador decision stance "
    "position allies demands junta programa regimen diplomacia politica posicao posicion programme regime "
    "diplomatie politique"
    # what a government says and does to another: its accusations, response, threats, sanctions
    " accusations acusacoes acusaciones response reply resposta respuesta reponse threats ameacas amenazas menaces "
    "sanctions sancoes sanciones pressure pressao presion pression ultimatum"
)
_AR_STATE_NOUNS = frozenset(
    fold(word) for word in "برنامج حكومة نظام دبلوماسية سياسة موقف رد اتهامات قرار وفد تهديدات عقوبات".split()
)
_OBJECT_LINKS = _words("on upon a al against sobre contra")
_OTHER_PREPOSITIONS = _words("em no na en desde")
# Verbs that answer with "back": "hits back", "fires back", "strikes back" at critics.
_RETORTS = _words("hit hits fire fires fired strike strikes struck punch punches punched")
_AR_GOVERNMENT = frozenset(fold(word) for word in "الحكومة حكومة السلطات".split())
_SEAT_LINKS = _words("in en em dans") | {fold("في")}
_GOVERNMENT_NOUNS = _words(
    "government governo gobierno gouvernement regime regimen authorities autoridades autorites executive executivo "
    "ejecutivo presidency presidencia presidence"
)
# Nouns of diplomacy between capitals: "talks between Kinshasa and Kigali", "relations avec
# Téhéran", "negociaciones con Caracas", "محادثات بين الخرطوم".
_DIPLOMACY_NOUNS = _words(
    "talks negotiations relations ties tensions dialogue rapprochement mediation pourparlers negociations "
    "mediation conversacoes negociacoes relacoes tensoes dialogo mediacao conversaciones negociaciones "
    "relaciones tensiones mediacion "
    # what states trade: "Nairobi, Addis Ababa trade accusations"
    "accusations barbs insults acusacoes acusaciones"
) | frozenset(fold(word) for word in "محادثات مفاوضات علاقات العلاقات توتر التوتر حوار الحوار وساطة الاتهامات اتهامات".split())
# Rivalries and wars between states, only between two of them: "the trade war between Beijing and
# Washington", "la guerre entre Moscou et Kiev" (not after a capital's verb: "Kharkiv endures war").
_RIVALRY_NOUNS = _words(
    "war wars rivalry dispute disputes row spat feud standoff guerre conflit rivalite differend guerra rivalidade "
    "rivalidad disputa"
)
_BETWEEN = _words("between with avec entre com con") | {fold("بين"), fold("مع")}
_AND = _words("and et e y")
_DIPLOMACY_FILLERS = _words("the les la le l os as o a los las el direct directes directas diretas")
_AR_ON = fold("على")
# Between a capital and its verb: adverbs, and the auxiliaries of a compound tense ("Kaboul a
# accusé", "Luanda tem acusado", "Caracas ha denunciado").
_SUBJECT_FILLERS = _words(
    "has have had did does not also again now publicly formally officially ja tambem tambien nuevamente no nao "
    "a ont avait aurait aussi deja encore de nouveau tem tinha ha habia"
)


def _verb_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    global _DIPLOMACY, _SAYING, _DECREE
    if _DIPLOMACY is None or _SAYING is None or _DECREE is None:
        _DIPLOMACY = _stems_of(_DIPLOMACY_WORDS, _LATIN_LANGS)
        _SAYING = _stems_of(_SAYING_WORDS, _LATIN_LANGS)
        _DECREE = _stems_of(_DECREE_WORDS, _LATIN_LANGS)
    return _DIPLOMACY, _SAYING, _DECREE


def _verb_kind(token: Token) -> str | None:
    """ "diplomacy", "saying", "decree" (a government's act on its region), "hold" or None for one word."""
    return _verb_kind_of(token.folded)


@lru_cache(maxsize=65536)
def _verb_kind_of(folded: str) -> str | None:
    if folded in _HOLD_WORDS:
        return "hold"
    if not folded.isascii() and is_arabic(folded):
        if folded in _AR_DIPLOMACY:
            return "diplomacy"
        return "saying" if folded in _AR_SAYING else None
    diplomacy, saying, decree = _verb_sets()
    stems = {stem(folded, lang) for lang in _LATIN_LANGS}
    if not stems.isdisjoint(diplomacy):
        return "diplomacy"
    if not stems.isdisjoint(saying):
        return "saying"
    return "decree" if not stems.isdisjoint(decree) else None


def country_acronym(tokens: Sequence[Token], first: int, last: int) -> FalseFriend | None:
    """Why a country's press acronym ("US", "U.S.", "UAE", "RDC") does not name the country as a
    place, or None when it may: as its government ("US urges Iran") or as a nationality in a
    sentence that names its scene elsewhere ("a U.S. embassy in Kabul", "US base in Iraq"). Written
    as a place ("in the US"), as a dateline ("US:"), after a place it holds ("in Texas, U.S.") or
    beside a site of its own ("hits UAE oil facility"), it is the country."""
    if locative(tokens, first) or dateline(tokens, first, last):
        return None
    if first > 0 and "," in tokens[first].gap and tokens[first - 1].capitalized:
        return None  # "Dallas, Texas, U.S."
    spelled = ".".join(t.word for t in tokens[first : last + 1]) + ("." if last > first else "")
    after = tokens[last + 1].gap if last + 1 < len(tokens) else ""
    if after.lstrip(".").startswith("$"):
        return FalseFriend(f"a currency ({spelled}$), not the country")
    if after.lstrip(".") == "-":
        return FalseFriend(f"the country's acronym in a compound ({spelled}-{tokens[last + 1].word}), not the place")
    k = last + 1
    while k < len(tokens) and k - last <= 2 and tokens[k].folded in _SUBJECT_FILLERS and not _stop(tokens[k].gap):
        k += 1
    if k < len(tokens) and not _stop(tokens[k].gap) and _verb_kind(tokens[k]) in ("diplomacy", "saying"):
        return FalseFriend(f"named for its government ({spelled} {tokens[k].word})")
    # The sentence around it: its own dots ("U.S.") end none.
    start = first
    while start > 0 and first - start < ACRONYM_REACH and not tokens[start].sentence_start:
        start -= 1
    stop = last + 1
    while stop < len(tokens) and stop - last < ACRONYM_REACH and (stop == last + 1 or not tokens[stop].sentence_start):
        stop += 1
    for m in range(start, stop - 1):
        if first <= m <= last or tokens[m].folded not in _SCENE_LOCATIVES:
            continue
        name = tokens[m + 1]
        if name.capitalized and not _stop(name.gap) and not (first <= m + 1 <= last) and name.folded not in PLACE_WORDS:
            scene = f"{tokens[m].word} {name.word}"
            return FalseFriend(f"the country's acronym as a nationality ({spelled}), while the sentence is {scene}")
    return None


_SCENE_LOCATIVES = _words("in near at inside outside dans pres em en perto cerca")
ACRONYM_REACH = 15  # words either side of a country's acronym read for its sentence


def dateline(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A name that opens a field as a dateline: "JERUSALEM / ISLAMABAD:", "CARACAS —", "Aden:"
    (one or more names apart by "/" or ",", then a colon, a dash or a bracket)."""
    if first > 0 and _glued_dateline(tokens, first, last):
        return True
    if first > 8:
        return False  # a dateline opens the field: a few names at most before this one
    words = getattr(tokens, "words", None)
    if words is not None and any(not w[:1].isupper() for w in words[:first]):
        return False  # only names before it (a quick look at the words, before their tokens)
    k = first
    while k > 0:
        gap = tokens[k].gap.strip()
        # "NEW DELHI:" for "Delhi": a name in capitals may be the end of the dateline's longer name.
        spelled = not gap and tokens[k].gap == " " and tokens[k].word.isupper() and tokens[k - 1].word.isupper()
        if (gap not in ("/", ",") and not spelled) or not tokens[k - 1].word[:1].isupper():
            break
        k -= 1
    if k != 0:
        return False
    nxt = last + 1
    if nxt < len(tokens) and tokens[nxt].folded == "city" and tokens[nxt].gap == " " and tokens[nxt].word[:1].isupper():
        nxt += 1  # "ZAMBOANGA CITY, Philippines -", "KUWAIT CITY (AP) -": the city's own word
    while (
        nxt < len(tokens)
        and tokens[nxt].gap.strip() in ("/", ",")
        and tokens[nxt].word[:1].isupper()
        and tokens[nxt].folded not in _MONTHS
    ):
        nxt += 1  # "JERUSALEM / ISLAMABAD:": the other names of the dateline
    if nxt < len(tokens) and nxt > last + 1 and tokens[nxt - 1].gap.strip() == ",":
        # "JUBA, South Sudan (AP) —": the country's name goes on in capitals.
        while nxt < len(tokens) and nxt - last <= 4 and not tokens[nxt].gap.strip() and tokens[nxt].word[:1].isupper():
            nxt += 1
    if nxt < len(tokens) and tokens[nxt].gap.strip() == "," and _dated(tokens, nxt):
        nxt = _dated(tokens, nxt)  # "MOGADISCIO, 12 mars (Reuters) -", "KABUL, March 3 (Reuters) -"
    if nxt >= len(tokens):
        return False
    gap = tokens[nxt].gap.strip()
    if gap[:1] == "." and gap[1:].strip()[:1] in ("-", "—", "–", "("):
        # The Spanish-language press closes its dateline with a full stop before the dash or the
        # agency: "CÚCUTA.-", "TIJUANA, Baja California.—", "CELAYA, Gto. (Proceso).–".
        gap = gap[1:].strip()
    if not gap:
        return False
    if gap[0] in ":—–(/":
        return True
    return gap[0] == "-" and tokens[nxt].gap != "-"  # "CARACAS - Gunmen", not "Caracas-based"


def _glued_dateline(tokens: Sequence[Token], first: int, last: int) -> bool:
    """A dateline in capitals inside a field, where a feed glued the story's bullets before it
    ("... despite truce JERUSALEM: The Israeli government ..."): the name in capitals, a colon or
    a dash after it, a capitalised word next, and the words before it not in capitals."""
    named = [tokens[k].word for k in range(first, last + 1)]
    if not all(w.isupper() and len(w) >= 3 for w in named) or last + 1 >= len(tokens):
        return False
    gap = tokens[last + 1].gap.strip()
    if gap not in (":", "—", "–", "-") or not tokens[last + 1].capitalized:
        return False
    return not tokens[first - 1].word.isupper()


_MONTHS = _words(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro dezembro enero febrero marzo mayo junio "
    "julio septiembre octubre noviembre diciembre fev abr mai ago set out dez ene dic janv fevr avr juil"
)


def _dated(tokens: Sequence[Token], start: int) -> int:
    """The word after a dateline's date that starts at word `start` ("12 mars", "March 3", "3
    de marzo"), when that word opens with the agency's bracket or a dash; else 0."""
    k, month = start, False
    while k < len(tokens) and k - start < 4 and (k == start or not tokens[k].gap.strip()):
        word = tokens[k].folded
        if word in _MONTHS:
            month = True
        elif not (word.isdigit() and len(word) <= 4) and word not in ("de", "del"):
            break
        k += 1
    if not month or k >= len(tokens):
        return 0
    gap = tokens[k].gap.strip()
    return k if gap[:1] in ("(", "—", "–", ":") or gap == "-" else 0


# Who the news is according to, written right before the name with no preposition of place:
# "selon Niamey", "según Bogotá", "segundo Luanda", "according to Kabul" (its government speaks).
_ACCORDING_TO = _words("selon segun segundo")


def _according_to(tokens: Sequence[Token], first: int) -> bool:
    """Whether "selon", "según", "segundo" or "according to" stands right before word `first`."""
    if first < 1 or _stop(tokens[first].gap):
        return False
    word = tokens[first - 1].folded
    return word in _ACCORDING_TO or (word == "to" and first >= 2 and tokens[first - 2].folded == "according")


def may_name_a_government(folded: Sequence[str], first: int, last: int) -> bool:
    """A quick look at the folded words around a name: whether `named_for_government` could find
    anything (a verb of diplomacy or saying, a possessive, a noun of state or diplomacy near)."""
    after = folded[last + 1 : last + 4]
    before = folded[max(0, first - 3) : first]
    if after[:1] == ["s"] or any(_verb_kind_of(word) or word in _CLASHING or word in _RETORTS for word in after):
        return True
    if len(before) >= 2 and before[-1] in _SEAT_LINKS and (
        before[-2] in _GOVERNMENT_NOUNS or any(word in _AR_GOVERNMENT for word in before[-3:-1])
    ):
        return True  # "the government in Maputo", "الحكومة السودانية في الخرطوم"
    if "garde" in after or "garde" in before or (before and before[-1] in _AGENT_LINKS):
        return True  # "met en garde", "attaqué par Washington"
    if any(word in _ENVOYS or word in _DIPLOMACY_NOUNS for word in folded[last + 2 : last + 5]):
        return True  # "Bogotá suspende relaciones con", "Caracas expulsa a diplomáticos"
    return any(
        _verb_kind_of(word) or word in _AR_STATE_NOUNS or word in _BETWEEN or word in _AND or word in GENITIVES
        or word in _ACCORDING_TO or word == "according"
        for word in before
    )


# French "mettre en garde", to warn (as "avertit" does): "Pékin met en garde Washington".
_PUT = _words("met mettent mis mettait mettaient mettra")


def _warns_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether "met en garde" (or another form of "mettre") opens at word `k`."""
    return (
        k + 2 < len(tokens)
        and tokens[k].folded in _PUT
        and tokens[k + 1].folded == "en"
        and tokens[k + 2].folded == "garde"
        and not any(_stop(tokens[m].gap) for m in (k + 1, k + 2))
    )


# A passive verb's agent: "attaqué par Washington", "rejected by Tehran", "criticado por Brasília".
# Its link, and the endings of the past participles before it (the word as written: French folds
# "attaqué" to a noun's "attaque").
_AGENT_LINKS = _words("by par por pelo pela pelos pelas")
_PASSIVE_ENDINGS = ("é", "ée", "és", "ées", "ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
# What may follow the agent in its clause: a preposition, not a noun the name qualifies
# ("attacked by Kabul police" are the police) nor "and" and another name ("by Abuja and Kaduna
# gunmen": the name qualifies the gunmen).
_AFTER_AGENT = _words(
    "in on at for over after amid against during as before dans sur pour contre apres pendant lors comme devant en "
    "au aux em no na para sobre tras con contra durante como ante perante"
)
# Between the thing acted on and its participle: the auxiliaries of the passive ("the plan was
# attacked", "l'accord a été attaqué", "o acordo foi atacado", "el plan fue atacado").
_PASSIVE_AUXILIARIES = _words(
    "is are was were be been being has have had ete est sont a ont etait fut foi foram sido ha han fue fueron es son"
)
# What a government acts on in words or policy, beside WordNet's English abstract nouns and the
# words of argument (`keywords.ARGUMENT_WORDS`): its documents and acts in French, Portuguese and
# Spanish, and the English ones WordNet also reads as things (a plan, a deal, a law).
_ACTED_ON_IN_WORDS = _words(
    "plan plans plano planos deal deals law laws loi lois lei leis ley leyes accord accords acordo acordos acuerdo "
    "acuerdos traite traites tratado tratados treve tregua measure measures mesure mesures medida medidas "
    "proposition propositions resolution resolutions resolucao resolucion initiative initiatives iniciativa "
    "iniciativas strategie estrategia estrategias candidature candidatura election elections eleicao eleicoes "
    "eleccion elecciones referendum referendo ceasefire"
)
_AGENT_NOUN_REACH = 4  # "La loi sur les médias attaquée": the head four words back, through "de" or "sur"


def _acted_on_in_words(word: str) -> bool:
    """Whether a folded word is a thing a government acts on in words or policy: a plan, an accord,
    a report, a budget, a decision (not a person, a place, a building or an attack; nor WordNet's
    "it" or "will", which are function words first)."""
    return (
        word in _ACTED_ON_IN_WORDS
        or word in ARGUMENT_WORDS
        or word in _STATE_NOUNS
        or (word.isascii() and not is_function_word(word, "en") and abstract_noun(word) is not None)
    )


def _participle_acts_on_words(tokens: Sequence[Token], participle: int) -> bool:
    """Whether the passive participle at word `participle` acts on a thing of words or policy:
    its subject, the noun phrase just before it (over the auxiliaries, through "de" or a noun
    it qualifies: "Budget plan attacked", "Le plan de paix attaqué"), holds such a noun."""
    k = participle - 1
    while k >= 0 and tokens[k].folded in _PASSIVE_AUXILIARIES and not _stop(tokens[k + 1].gap):
        k -= 1
    read = 0
    while k >= 0 and read < _AGENT_NOUN_REACH and not _stop(tokens[k + 1].gap):
        if _acted_on_in_words(tokens[k].folded):
            return True
        k -= 1
        read += 1
    return False


def _passive_agent(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The kind of government the name at words `first`..`last` is as the agent of a passive verb
    ("diplomacy", or "saying" or "decree" when it may only be the source), or None. A seat of
    government acts in words: on a thing of words or policy ("Le plan de paix attaqué par
    Moscou") or with a verb of argument ("condemned by Tehran"). Not "passé par Niamey",
    "espalhados por Maputo" (through, across), nor a city in a list or qualifying a noun after
    it ("by Abuja and Kaduna gunmen", "by Kabul, Herat mobs"): there it is a place."""
    if first < 2 or tokens[first - 1].folded not in _AGENT_LINKS:
        return None
    if _stop(tokens[first].gap) or _stop(tokens[first - 1].gap):
        return None
    participle = first - 2
    if not tokens[participle].word.lower().endswith(_PASSIVE_ENDINGS):
        return None
    k = last + 1
    if k < len(tokens):
        gap = tokens[k].gap
        if _stop(gap) and "," in gap and tokens[k].word[:1].isupper():
            return None  # "by Kabul, Herat mobs": a list of places
        if not _stop(gap) and tokens[k].folded not in _AFTER_AGENT:
            return None  # "by Kabul police", "por Bogotá y Soacha", "par Bamako et Kati"
    kind = _verb_kind(tokens[participle])
    if kind in ("diplomacy", "saying", "decree"):
        return kind  # "rejected by Tehran", "condamné par Paris", "criticado por Brasília"
    return "diplomacy" if _participle_acts_on_words(tokens, participle) else None


def named_for_government(tokens: Sequence[Token], first: int, last: int) -> tuple[str, bool] | None:
    """Why the city at words `first`..`last` stands for its government, and whether it is only
    as the speaker (then the caller asks whether the item happens elsewhere); None when it is
    written as a place (a dateline, "in X")."""
    if dateline(tokens, first, last):
        return None
    spelled = " ".join(t.word for t in tokens[first : last + 1])
    n = len(tokens)
    if first > 1 and tokens[first - 1].folded in _SEAT_LINKS and not _stop(tokens[first].gap):
        # "the government in Maputo", "o governo em Luanda", "الحكومة السودانية في الخرطوم" (a
        # nisba adjective between): the government seated there, not a scene
        nouns = [tokens[first - 2].folded]
        if is_arabic(tokens[first - 2].folded) and first > 2:
            nouns.append(tokens[first - 3].folded)
        # not a building or a body named for the government ("o Palácio do Governo, em Bissau")
        owned = first > 2 and tokens[first - 3].folded in GENITIVES
        if not owned and not tokens[first - 1].gap.strip() and any(
            noun in _GOVERNMENT_NOUNS or noun in _AR_GOVERNMENT for noun in nouns
        ):
            return f"named for its government ({tokens[first - 2].word} {tokens[first - 1].word} {spelled})", False
    if first > 0 and tokens[first - 1].folded in LOCATIVES | _OTHER_PREPOSITIONS and tokens[first - 1].folded not in ("a", "to"):
        return None  # "officials in Erbil said", "declarado en Caracas": a place, maybe a source
    # The subject: "Tehran urges", "Caracas denuncia", "Luanda has accused", "طهران ترفض".
    k = last + 1
    headed = first == 0 and k + 1 < n and tokens[k].gap.strip() == "," and tokens[k].capitalized
    if headed or (k + 1 < n and tokens[k].folded in _AND and tokens[k + 1].capitalized and not _stop(tokens[k].gap)):
        # "Tehran and Washington held talks": the other capital of a subject of two.
        k += 1
        while k < n and k - last <= 5 and tokens[k].capitalized and not _stop(tokens[k].gap):
            k += 1
        last_name = k - 1
    elif k + 1 < n and tokens[k].folded.startswith("\u0648") and is_arabic(tokens[k].folded) and not _stop(tokens[k].gap):
        last_name = k  # "الخرطوم وأبوظبي تتفاوضان": the other capital, with the conjunction written onto it
        k += 1
    else:
        last_name = last
    while k < n and k - last_name <= 2 and tokens[k].folded in _SUBJECT_FILLERS and not _stop(tokens[k].gap):
        k += 1
    # "an attack on the port of Aden pushes": not its subject; but "el gobierno de Caracas denuncia" is.
    complement = first > 0 and tokens[first - 1].folded in GENITIVES
    complement = complement and not (first > 1 and tokens[first - 2].folded in _GOVERNMENT_NOUNS)
    particle = k + 1 < n and tokens[k + 1].folded in ("up", "down") and tokens[k + 1].gap == " "  # "pushes up prices"
    if k < n and not _stop(tokens[k].gap) and k - last_name <= 3 and not complement and not particle:
        kind = _verb_kind(tokens[k])
        if kind == "hold" and not _holds_talks(tokens, k):
            kind = None
        if kind is None and k + 1 < n and tokens[k].folded in _RETORTS and tokens[k + 1].folded == "back":
            kind = "diplomacy"  # "Maputo hits back at its critics": a government answers
        if kind is None and last_name != last and tokens[k].folded in _CLASHING:
            kind = "diplomacy"  # "Bangui and Paris clash over ...": two capitals at odds
        if kind is None and _envoys_after(tokens, k):
            kind = "diplomacy"  # "Bogotá suspende relaciones", "Caracas expulsa a diplomáticos"
        if kind is None and _warns_at(tokens, k):
            kind = "diplomacy"  # "Pékin met en garde Washington"
        if kind is not None and all(not _stop(tokens[m].gap) for m in range(last + 1 + headed, k + 1)):
            return f"named for its government ({spelled} {tokens[k].word})", kind in ("saying", "decree")
    # The object: "pushes Tehran", "acusa a Bogotá", "called on Tehran", "تضغط على طهران", "diz Luanda".
    k = first - 1
    if k >= 2 and _warns_at(tokens, k - 2) and not _stop(tokens[first].gap):
        return f"named for its government (met en garde {spelled})", False  # "met en garde Washington"
    passive = _passive_agent(tokens, first, last)
    if passive is not None:
        return f"named for its government ({tokens[k - 1].word} {tokens[k].word} {spelled})", passive != "diplomacy"
    if _according_to(tokens, first):
        return f"named for its government ({tokens[k].word} {spelled})", True  # "selon Niamey", "según Bogotá"
    linked = k >= 0 and (tokens[k].folded in _OBJECT_LINKS or tokens[k].folded == _AR_ON) and not _stop(tokens[first].gap)
    if linked:
        k -= 1
    if k >= 0 and all(not _stop(tokens[m].gap) for m in range(k + 1, first + 1)):
        kind = _verb_kind(tokens[k])
        if kind == "hold" and not linked and is_arabic(tokens[k].folded) and _holds_talks(tokens, k):
            kind = "diplomacy"  # the verb before its subject: "تبادلت بغداد وأربيل الاتهامات"
        if kind == "diplomacy" or (kind == "saying" and not linked):  # "said Tehran", not "declared at"
            return f"named for its government ({tokens[k].word} {spelled})", kind == "saying"
        if tokens[k].folded in _AR_STATE_NOUNS:
            return f"named for its government ({tokens[k].word} {spelled})", False
    # A noun of diplomacy: "talks between Kinshasa and Kigali", "relations avec Téhéran".
    diplomacy = _between_capitals(tokens, first)
    if diplomacy is not None:
        return f"named for its government ({diplomacy} {spelled})", False
    # A possessive with a noun of state policy: "Tehran's nuclear programme".
    k = last + 1
    if k + 1 < n and tokens[k].folded == "s" and tokens[k].gap in ("'", "’") and tokens[k + 1].folded in _STATE_NOUNS:
        return f"named for its government ({spelled}'s {tokens[k + 1].word})", False
    # A noun of state policy before it: "o programa nuclear de Teerã", "the regime of".
    k = first - 1
    if k >= 1 and tokens[k].folded in GENITIVES:
        back = k - 1
        if tokens[back].folded in _STATE_NOUNS and not any(_stop(tokens[m].gap) for m in range(back + 1, first + 1)):
            return f"named for its government ({tokens[back].word} {tokens[k].word} {spelled})", False
    return None


# Envoys and ties between states: the object of a capital's verb that makes it a government.
_ENVOYS = _words(
    "ambassador ambassadors envoy envoys diplomats ambassadeur ambassadeurs diplomates embaixador embaixadores "
    "diplomatas embajador embajadores diplomaticos consul consules"
)


def _envoys_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether the verb at word `k` takes envoys or ties between states as its object, within
    three words ("suspende relaciones", "expulsa a diplomáticos", "recalls its ambassador")."""
    for m in range(k + 1, min(len(tokens), k + 4)):
        if _stop(tokens[m].gap):
            return False
        if tokens[m].folded in _ENVOYS or tokens[m].folded in _DIPLOMACY_NOUNS:
            return True
    return False


def _holds_talks(tokens: Sequence[Token], k: int) -> bool:
    """Whether the verb of holding at word `k` holds talks: a noun of diplomacy in the words
    after it, in the same clause ("held on Tuesday a second round of negotiations")."""
    for m in range(k + 1, min(len(tokens), k + 1 + _HOLD_REACH)):
        if _stop(tokens[m].gap):
            return False
        if tokens[m].folded in _DIPLOMACY_NOUNS:
            return True
    return False


def _between_capitals(tokens: Sequence[Token], first: int) -> str | None:
    """The noun of diplomacy and its preposition before the name at `first` ("talks between",
    "relations avec"), through another capital and "and" ("talks between Kinshasa and"), or None."""
    k = first - 1
    if k >= 1 and tokens[k].folded in _AND and not _stop(tokens[first].gap):
        k -= 1  # "... between Kinshasa and Kigali": back over the other name
        while k >= 0 and tokens[k].word[:1].isupper() and first - k <= 5 and not _stop(tokens[k + 1].gap):
            k -= 1
    if k < 1 or tokens[k].folded not in _BETWEEN or any(_stop(tokens[m].gap) for m in range(k + 1, first + 1)):
        return None
    back = k - 1
    while back > 0 and tokens[back].folded in _DIPLOMACY_FILLERS and k - back < 3:
        back -= 1
    noun = tokens[back].folded in _DIPLOMACY_NOUNS or (tokens[back].folded in _RIVALRY_NOUNS and tokens[k].folded != "with")
    if noun and not any(_stop(tokens[m].gap) for m in range(back + 1, k + 1)):
        return f"{tokens[back].word} {tokens[k].word}"
    return None


def _stop(gap: str) -> bool:
    """Punctuation that ends a clause between two words."""
    return gap != " " and any(ch in ".,;:!?()[]|/\n" for ch in gap)  # most gaps: one space


# --- an Arabic place name that is also an everyday word --------------------------------------
# Words before a name that make it a place: "في عدن", "مدينة سرت", "محافظة مأرب", "شمال الخرطوم",
# "هجوم على عدن", "من عدن إلى"
# (folded; a preposition or the conjunction written onto them counts too: "بمدينة", "وفي").
AR_PLACE_BEFORE = frozenset(
    fold(word)
    for word in (
        "في مدينة مدينتي محافظة ولاية منطقة بلدة قرب بالقرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط ضواحي "
        "داخل حول مطار ميناء إقليم العاصمة عاصمة أطراف مشارف على إلى الى من نحو باتجاه حي أحياء شوارع سوق أسواق "
        "مخيم مخيمات "
        # a border crossing, the countryside, the surroundings, the outskirts, an entrance:
        # "معبر رفح", "ريف حمص", "محيط سرت", "ضاحية صور", "مداخل عدن"
        "معبر معابر منفذ ريف أرياف محيط ضاحية مدخل مداخل "
        # Iraq's and Syria's districts and subdistricts, Yemen's: "قضاء بلد", "ناحية العلم",
        # "مديرية لودر"; a village: "قرية"
        "قضاء ناحية مديرية قرية "
        # a town's dam, its mine, its oil field: "سد حديثة", "منجم", "حقل"
        "سد منجم حقل "
        # a strip, a coast, Sudan's locality, a municipality, Tunisia's delegation: "قطاع غزة",
        # "ساحل ميدي", "محلية الجبلين", "بلدية", "معتمدية" (`_AR_ALSO_ADJECTIVES`: not after
        # every noun)
        "قطاع ساحل سواحل شاطئ محلية بلدية معتمدية"
    ).split()
)
_AR_DATELINE = ":-—–(،,"
# A site's noun without the article before the name, in the construct state, is the site of a
# town ("مصفاة الزاوية", the Zawiya refinery; "بسجن الأبيض", in the El Obeid prison): with the
# article the noun would take an adjective instead ("السجن الأبيض", the white prison).
AR_SITES_OF = frozenset(fold(word) for word in "مصفاة مصفى سجن مستشفى محطة مرفأ مصنع معسكر ثكنة قاعدة".split())


# A word as frequent as this with "ب" or "ل" at its start is a word of its own ("لجنة", 5.2), not
# a town with a preposition ("بعدن", in Aden, 3.2; "بحلب", 3.7).
PREFIXED_WORD_ZIPF = 4.0


def arabic_place_context(tokens: Sequence[Token], index: int, prefix: str) -> bool:
    """Whether the Arabic word at `index` (a name with `prefix` written onto it, folded: "ب" in
    "بعدن") stands where only a place can: after a word of place, with the preposition "ب"
    ("in") or "ل" ("to": "عودة الاغتيالات لعدن") written onto it, or as a dateline ("عدن: ...")."""
    # ب: "بعدن", "وبعدن", "بالأبيض"; ل (to): "لعدن", "ولسرت", "للزاوية" (not the article's lam: "الزاوية")
    # unless the letter is the first of a frequent word: "ولجنة" is "and a committee", not "and to Jounieh"
    preposition = "\u0628" in prefix or (prefix.endswith("\u0644") and not prefix.endswith("\u0627\u0644"))
    if preposition and _zipf(tokens[index].word.lstrip("\u0648\u0641"), "ar") < PREFIXED_WORD_ZIPF:
        return True
    return _arabic_place_words(tokens, index)


# Words of place that are adjectives too ("محلية", local): a word of place only with a preposition
# before it, or a name with its article after it ("قرى محلية الجبلين"); as an adjective after its
# noun, the next word is an indefinite adjective agreeing with it ("ميليشيات محلية حديثة").
_AR_ALSO_ADJECTIVES = frozenset({"محليه"})  # folded: "محلية"
_AR_SECTOR = "قطاع"  # a strip ("قطاع غزة"), or a sector
_AR_PREPOSITIONS = frozenset("في من الي علي عن داخل قرب".split())  # folded: "إلى", "على"


def _arabic_place_words(tokens: Sequence[Token], index: int) -> bool:
    """`arabic_place_context` without a preposition written onto the name: a word of place or a
    site before it, or a dateline after it."""
    if index > 0 and not tokens[index].sentence_start:
        before = tokens[index - 1].folded
        word = tokens[index].folded
        if before in _AR_ALSO_ADJECTIVES and not (
            word.startswith("ال") or (index > 1 and tokens[index - 2].folded in _AR_PREPOSITIONS)
        ):
            pass  # "ميليشيات محلية حديثة": "local", and an indefinite adjective after it; "محلية الجبلين" a locality
        elif before == _AR_SECTOR and word.endswith(("ي", "يه")) and not word.startswith("ال"):
            pass  # "قطاع بحري": a sector and its indefinite adjective of relation; "قطاع غزة" the strip
        elif before in AR_PLACE_BEFORE or any(reading in AR_PLACE_BEFORE for reading in readings(before, 2)):
            return True
        if without_article(before) == before and (
            before in AR_SITES_OF or any(reading in AR_SITES_OF for reading in readings(before, 2))
        ):
            return True  # "مصفاة الزاوية", "بسجن الأبيض": the site of a town
    if tokens[index].first and index + 1 < len(tokens):
        gap = tokens[index + 1].gap.strip()
        return bool(gap) and gap[0] in _AR_DATELINE
    return False


# --- where the news comes from: the grammar of reporting in Portuguese, Spanish and Arabic -----
# Wire copy names where a statement was made as often as where the deed was done: "o ministro
# revelou em Maputo que ...", "el Ejército aseguró desde Bogotá que ...", "en rueda de prensa en
# Bogotá", "أعلنت وزارة الداخلية في طرابلس ...". The verbs of saying, announcing, confirming,
# denying and condemning are matched by their Snowball stems (any person and tense, so
# "informou", "informaram", "informa"), not their participles ("tiroteio relatado em Luanda" is
# a scene); the caller turns the place away only when the item happens elsewhere.
_SAYING_VERBS_PT = (
    "dizer disse disseram diz dizem afirmar declarar anunciar informar confirmar negar desmentir revelar garantir "
    "assegurar explicar detalhar denunciar relatar acrescentar sublinhar indicar precisar reiterar admitir "
    "reconhecer advertir avisar sustentar esclarecer frisar salientar adiantar comentar responder assinalar "
    "enfatizar ressaltar condenar lamentar repudiar noticiar divulgar falar manter manteve mantiveram sustentou "
    # Lusa's "apurou junto de", "soube junto de": it learned from
    "apurar soube souberam reagir manifestar"
)
_SAYING_VERBS_ES = (
    "decir dijo dijeron dice dicen afirmar declarar anunciar informar confirmar negar desmentir revelar asegurar "
    "explicar detallar denunciar relatar agregar anadir senalar reiterar admitir reconocer advertir avisar "
    "sostener aclarar subrayar enfatizar comentar responder condenar lamentar repudiar difundir reportar hablar "
    # irregular preterites: their stems are not the infinitive's
    "sostuvo sostuvieron mantener mantuvo mantuvieron reaccionar"
)
_ROMANCE_SAYING: frozenset[str] | None = None
# Participles and nouns of place that share a stem with a verb of saying: not a speaker's act.
_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ito", "ita")
# Before the place, after the verb: the listener or the medium ("falando aos jornalistas em").
_HEARERS = _words(
    "a ao aos as o os el la los las al un una um uma ante perante jornalistas periodistas imprensa prensa "
    "medios media radio televisao television lusa efe afp reuters ap agencia telefone telefono hoje ontem hoy ayer "
    "tambem tambien ainda redacoes redacciones redaccion junto "
    # when it was said: "aseguró este lunes en", "afirmou hoje, em"
    "este esta lunes martes miercoles jueves viernes sabado domingo segunda-feira terca-feira quarta-feira "
    "quinta-feira sexta-feira segunda terca quarta quinta sexta manana tarde noche noite madrugada"
)
# Nouns of a statement, and what stands between them and the place: "comunicado divulgado em",
# "rueda de prensa en", "conferência de imprensa em", "entrevista concedida em".
_STATEMENT_NOUNS = _words(
    "comunicado comunicados nota declaracao declaracoes declaracion declaraciones conferencia coletiva rueda "
    "entrevista entrevistas briefing boletim boletin mensagem mensaje discurso pronunciamento pronunciamiento"
)
_STATEMENT_LINKS = _words("de imprensa prensa conjunta conjunto virtual oficial oficiais oficiales um uma una un a la o el")
# "De acordo com a polícia em Maputo", "de acuerdo con autoridades en Lima", "conforme fontes em".
_ACCORDING_ROMANCE = _words("segundo segun conforme consoante")
_ACCORDING_PAIRS = frozenset({("acordo", "com"), ("acuerdo", "con"), ("informacoes", "de"), ("informaciones", "de")})
# Who speaks, in Portuguese and Spanish (and their adjectives, which may follow).
_SPEAKING_NOUNS = _words(
    "fontes fonte fuentes fuente autoridades autoridade funcionarios oficiais oficiales responsaveis portavoz "
    "porta-voz voceros vocero governo gobierno ministerio ministro ministra fiscalia procuradoria policia secretaria "
    "exercito ejercito militares cancilleria chancelaria embajador embaixador embajada embaixada nuncio "
    "consul bispo obispo arcebispo arzobispo governador gobernador presidente prefeito alcalde comando "
    "defensoria porta voz comandante "
    # outlets: "a Rádio Moçambique em Nampula noticiou"
    "radio emissora televisao television jornal diario periodico agencia"
)
_SPEAKING_ADJECTIVES = _words(
    "locais locales local oficiais oficiales oficial militares militar policiais policiales diplomaticas "
    "diplomaticos diplomaticas seguranca seguridad governamentais gubernamentales hospitalares hospitalarias "
    "medicas medicos sanitarias ouvidas consultadas citadas citados consultados do da de del dos das pela pelo por "
    "la el o a os as los las exercito ejercito defesa defensa interior externas exteriores policial militar "
    "judicial judiciais judiciales governamental gubernamental"
)
_ROMANCE_PLACE_PREPOSITIONS = _words("em no na en desde a")
# What may open an aside that holds the place: ", de visita en Tijuana,", ", em visita a Beira,".
_ASIDE_WORDS = _words(
    "de em en visita durante hoje hoy ayer ontem que se encontrava encontraba estava estaba esteve estuvo encontra "
    "encuentra"
)


def _romance_saying() -> frozenset[str]:
    global _ROMANCE_SAYING
    if _ROMANCE_SAYING is None:
        _ROMANCE_SAYING = _stems_of(_SAYING_VERBS_PT, ("pt",)) | _stems_of(_SAYING_VERBS_ES, ("es",))
    return _ROMANCE_SAYING


@lru_cache(maxsize=65536)
def romance_saying(folded: str) -> bool:
    """Whether a Portuguese or Spanish word is a verb of saying in a person and tense (not a
    participle: "confirmou", "aseguró", "negaron", "falando", not "relatado")."""
    if len(folded) < 3 or not folded.isalpha() or folded.endswith(_PARTICIPLE_ENDINGS):
        return False
    saying = _romance_saying()
    return stem(folded, "pt") in saying or stem(folded, "es") in saying


def _says(token: Token) -> bool:
    """A Portuguese or Spanish verb of saying as written: not a French participle, which folds
    alike ("état d'urgence déclaré à Maiduguri" is a scene)."""
    return not token.word.lower().endswith(("é", "ée", "és", "ées")) and romance_saying(token.folded)


# Arabic: the verbs of saying by their past and present stems, in the third person (masculine,
# feminine, plural), with the conjunction written onto them ("وأعلنت", "فيما قال").
_AR_SAYING_STEMS = (
    ("قال", "قول"),
    ("أعلن", "علن"),
    ("أفاد", "فيد"),
    ("ذكر", "ذكر"),
    ("أكد", "ؤكد"),
    ("أوضح", "وضح"),
    ("صرح", "صرح"),
    ("أضاف", "ضيف"),
    ("كشف", "كشف"),
    ("أشار", "شير"),
    ("نقل", "نقل"),
    ("أورد", "ورد"),
    ("أبلغ", "بلغ"),
    ("بين", "بين"),
    ("أدان", "دين"),
    ("ندد", "ندد"),
    ("حذر", "حذر"),
    ("أعرب", "عرب"),
    ("اعترف", "عترف"),
    ("نفى", "نفي"),
    ("روى", "روي"),
    ("أبدى", "بدي"),
    ("رحب", "رحب"),
    ("شدد", "شدد"),
    ("وثق", "وثق"),
)


def _arabic_saying_forms() -> frozenset[str]:
    forms: set[str] = set()
    for past, present in _AR_SAYING_STEMS:
        weak = past.endswith("ى")
        base = past[:-1] if weak else past
        forms |= {past, base + "ت", base + "وا", base + "ا", "ي" + present, "ت" + present, "ي" + present + "ون"}
        if weak:
            forms |= {"ي" + present[:-1] + "ون", "ي" + present[:-1] + "ان"}
    folded = {fold(form) for form in forms}
    return frozenset(folded | {fold(conjunction) + form for form in folded for conjunction in ("و", "ف")})


_AR_SAYING_FORMS = _arabic_saying_forms()
_AR_REPORTING_NOUNS = frozenset(
    fold(word)
    for word in (
        "مسؤول مسؤولون مسؤولين مصدر مصادر متحدث ناطق وزارة وزير وزيرة جيش شرطة حكومة سلطات وكالة مكتب قيادة "
        "مراسل بيان مديرية إدارة رئاسة مجلس سفارة سفير قائد محافظ والي منظمة"
    ).split()
)
# What may follow the noun that reports before the place: institutions and adjectives
# ("وزارة الداخلية", "مصدر عسكري", "متحدث باسم الجيش", "مصادر طبية").
_AR_REPORTING_MODIFIERS = frozenset(
    fold(word)
    for word in (
        "باسم الداخلية الخارجية الصحة الدفاع الأنباء الإعلام الجيش الحكومة الشرطة الأمن الإعلامي الرسمي رسمي "
        "رسمية الرسمية المحلية"
    ).split()
)
_AR_ACCORDING = frozenset(fold(word) for word in "وفق وفقا حسب بحسب نقلا طبقا".split())
# A statement or a press conference given there: "في مؤتمر صحفي في الخرطوم", "في بيان من طرابلس".
_AR_STATEMENTS = frozenset(fold(word) for word in "مؤتمر بيان تصريح تصريحات مقابلة إيجاز".split())
_AR_DURING = frozenset(fold(word) for word in "في خلال عبر".split())
# Outlets and their correspondents, whose own name follows them ("وكالة سبأ", "قناة الجزيرة",
# "مراسل العربية"), and the verb of a statement issued somewhere ("بيان صدر في", "الصادر من").
_AR_OUTLETS = frozenset(fold(word) for word in "وكالة قناة صحيفة جريدة موقع إذاعة تلفزيون مراسل مراسلة".split())
_AR_ISSUED = frozenset(fold(word) for word in "صدر صادر أصدرته".split())
# _AR_FROM (above), "عن": "نقلت قناة الجزيرة عن مسؤول في طرابلس", a verb of saying a few words before
_AR_THAT = frozenset(fold(word) for word in "أن إن بأن وأن".split())
_AR_AT = frozenset(fold(word) for word in "في من".split())


def _arabic_base(folded: str) -> str:
    """An Arabic word without its article or the conjunction written onto it ("والمتحدث" -> "متحدث")."""
    for prefix in ("وال", "فال", "بال", "ال", "و"):
        if folded.startswith(prefix) and len(folded) - len(prefix) >= 3:
            return folded[len(prefix) :]
    return folded


def _arabic_reporter(folded: str) -> bool:
    """A noun that reports, with or without its article ("وزارة", "والمتحدث")."""
    return folded in _AR_REPORTING_NOUNS or _arabic_base(folded) in _AR_REPORTING_NOUNS


def _arabic_modifier(folded: str) -> bool:
    """An adjective of relation ("عسكري", "محلية", "الطبية") or an institution after a noun."""
    if folded in _AR_REPORTING_MODIFIERS or _arabic_reporter(folded):
        return True
    base = _arabic_base(folded)
    return len(base) >= 4 and base.endswith(("ي", "يه", "يون", "يين", "ية"))


# "The city", "the capital" later in the sentence point back to the place that was named: the
# speaker's city is then the scene too ("أعلنت الشرطة في الخرطوم مقتل ثلاثة في هجوم على سوق
# بالمدينة", "fontes em Pemba disseram que o ataque na cidade ...").
_THE_CITY = _words("cidade ciudad capital ville city")
_THE_CITY_BEFORE = _words("a na da la the en de del no o el")
_AR_THE_CITY = frozenset(fold(word) for word in "مدينة عاصمة".split())
_AR_ARTICLES = tuple(fold(prefix) for prefix in ("ال", "بال", "وال", "فال", "لل", "وبال"))


def _names_it_again(tokens: Sequence[Token], last: int) -> bool:
    """Whether the rest of the sentence after the place calls it "the city" or "the capital"."""
    for m in range(last + 1, min(len(tokens), last + 25)):
        if m > last + 1 and tokens[m].sentence_start:
            return False
        word = tokens[m].folded
        if word in _THE_CITY and tokens[m - 1].folded in _THE_CITY_BEFORE:
            named = m + 2 < len(tokens) and tokens[m + 1].folded in GENITIVES and tokens[m + 2].capitalized
            if not named:  # not "a cidade de Nampula"
                return True
        if not word.isascii() and word.startswith(_AR_ARTICLES) and _arabic_base(word) in _AR_THE_CITY:
            return True
    return False


def reported_from(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """Why the place at words `first`..`last` is only where a statement was made (see
    `_reported_from`), unless the sentence calls it "the city" again, or None."""
    why = _reported_from(tokens, first, last)
    return None if why is None or _names_it_again(tokens, last) else why


def _reported_from(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """Why the place at words `first`..`last` is only where a statement was made, in Portuguese,
    Spanish or Arabic ("revelou em Maputo", "rueda de prensa en Bogotá", "أفاد مصدر عسكري في
    الخرطوم"), or None."""
    before = first - 1
    if before < 0 or _stop(tokens[first].gap):
        return None
    preposition = tokens[before].folded
    if before == 0 and preposition != "desde":
        return None
    if preposition in _AR_AT:
        return _arabic_reported(tokens, before, last)

    def said(low: int) -> str:
        text = " ".join(t.word for t in tokens[low : last + 1])
        return f"only where the news comes from ({text!r})"

    # "Desde Cali, el ministro anunció", "citado a partir de Quelimane, o administrador confirmou":
    # where a voice comes from, set apart by a comma before the verb of saying in its clause.
    from_there = preposition == "desde" or (
        preposition == "de" and before >= 2 and (tokens[before - 2].folded, tokens[before - 1].folded) == ("a", "partir")
    )
    # "Desde la base aérea de Palmerola en Comayagua, la presidenta anunció": the voice's clause
    # opens at "desde"; the checks below still read around the place's own preposition.
    opened_by = _from_a_site_in(tokens, before) if preposition in ("en", "em", "no", "na") else None
    if opened_by is not None:
        from_there = True
    if from_there and last + 1 < len(tokens) and tokens[last + 1].gap.strip() == ",":
        for k in range(last + 1, min(len(tokens), last + 10)):
            if k > last + 1 and _stop(tokens[k].gap):
                break
            if _says(tokens[k]):
                return said(opened_by if opened_by is not None else before - 2 if preposition == "de" else before)
    if preposition not in _ROMANCE_PLACE_PREPOSITIONS:
        return None
    # The place as an aside between commas, the verb of saying right after it: "o porta-voz da
    # polícia, em Nampula, revelou que", "el fiscal, de visita en Tijuana, habló del".
    if last + 1 < len(tokens) and tokens[last + 1].gap.strip() == "," and _says(tokens[last + 1]):
        k = before
        while (
            k > 0
            and before - k < 3
            and tokens[k].gap.strip() != ","
            and (tokens[k - 1].folded in _ASIDE_WORDS or _participle(tokens[k - 1]))  # ", reunido no Sumbe,"
        ):
            k -= 1
        if tokens[k].gap.strip() == ",":
            return said(k)

    # A verb of saying, maybe with its listener: "confirmou em Luanda", "falando aos jornalistas em";
    # the place may stand between commas ("afirmou hoje, em Maputo, que").
    aside = last + 1 < len(tokens) and tokens[last + 1].gap.strip() == ","
    k = before - 1
    while (
        k >= 0
        and before - k <= 4
        and (not _stop(tokens[k + 1].gap) or (aside and k + 1 == before and tokens[before].gap.strip() == ","))
    ):
        word = tokens[k].folded
        if _says(tokens[k]):
            return said(k)
        if word in _STATEMENT_NOUNS:
            return said(k)  # "comunicado divulgado em", "rueda de prensa en"
        if not (word in _HEARERS or word in _STATEMENT_LINKS or word.endswith(_PARTICIPLE_ENDINGS)):
            break
        k -= 1
    # Who speaks, named before the place: "de acordo com a polícia em", "fontes militares ouvidas
    # pela Lusa em Bissau relataram", "voceros del gobierno en Caracas negaron".
    k = before - 1
    speaker = None
    while k >= 0 and before - k <= 6 and not _stop(tokens[k + 1].gap):
        word = tokens[k].folded
        if word in _SPEAKING_NOUNS:
            speaker = k
        elif speaker is None and tokens[k].capitalized and tokens[k].sentence_start and k < before - 1:
            # a body's own name opens the sentence: "Medicina Legal en Cali confirmó" (two words
            # or more, all capitalised: a name, not a headline's first word)
            if all(tokens[m].capitalized for m in range(k, before)):
                speaker = k
                k -= 1
            break
        elif word not in _SPEAKING_ADJECTIVES and word not in _HEARERS and not _participle(tokens[k]) and not (
            speaker is None and tokens[k].capitalized and not tokens[k].sentence_start
        ):
            break  # a capitalised word may be the speaker's own name: "a Rádio Moçambique em"
        k -= 1
    if speaker is None:
        return None
    opening = k + 1
    if k >= 0 and not _stop(tokens[k + 1].gap) and _says(tokens[k]):
        return said(k)  # the verb before who speaks: "diz fonte militar em", "anunció el ministro en"
    if (k < 0 or _stop(tokens[k + 1].gap)) and last + 1 < len(tokens) and tokens[last + 1].gap.strip().startswith(":"):
        return said(opening)  # who speaks, as a headline: "Fonte policial em Luanda: ..."
    according = k >= 0 and (
        tokens[k].folded in _ACCORDING_ROMANCE or tuple(t.folded for t in tokens[k - 1 : k + 1]) in _ACCORDING_PAIRS
    )
    if according and not _stop(tokens[k + 1].gap):
        return said(k - 1 if tokens[k].folded in ("com", "con", "de") else k)
    after = last + 1
    while after < len(tokens) and after - last <= 3 and not _stop(tokens[after].gap):
        if _says(tokens[after]):
            text = " ".join(t.word for t in tokens[opening : after + 1])
            return f"only where the news comes from ({text!r})"
        if tokens[after].folded not in _HEARERS and tokens[after].folded not in ("ha", "han", "tem", "teria", "habria"):
            break
        after += 1
    return None


def _from_a_site_in(tokens: Sequence[Token], at: int) -> int | None:
    """The word "desde" that opens a clause a few words before the preposition at `at`, with a
    site between ("Desde la base aérea de Palmerola en Comayagua,"): where a voice comes from."""
    k = at - 1
    while k >= 0 and at - k <= 8 and not _stop(tokens[k + 1].gap):
        if tokens[k].folded == "desde":
            return k if k == 0 or _stop(tokens[k].gap) or tokens[k].sentence_start else None
        if tokens[k].folded in _OTHER_PREPOSITIONS:
            return None
        k -= 1
    return None


def _participle(token: Token) -> bool:
    """Whether a word in lower case is a Portuguese or Spanish participle, which qualifies who
    speaks ("uma fonte contactada pela Lusa em Pemba disse", "el vocero, reunido en")."""
    return token.word[:1].islower() and len(token.folded) > 4 and token.folded.endswith(_PARTICIPLE_ENDINGS)


def _arabic_reported(tokens: Sequence[Token], at: int, last: int) -> str | None:
    """The grammar of reporting in Arabic: "أعلنت وزارة الداخلية في طرابلس", "أفاد مصدر عسكري في الخرطوم", "وفق مصادر محلية في
    بنغازي": a verb of saying or "according to", a noun that reports, its modifiers, then the place."""
    k = at - 1
    noun = None
    while k >= 0 and at - k <= 4 and not _stop(tokens[k + 1].gap):
        word = tokens[k].folded
        if _arabic_reporter(word) or _arabic_base(word) in _AR_STATEMENTS:
            noun = k
        elif _arabic_base(word) in _AR_ISSUED:
            pass  # "في بيان صدر في انجمينا": the statement issued there
        elif k == at - 1 and k >= 1 and _AR_OUTLETS & {tokens[k - 1].folded, _arabic_base(tokens[k - 1].folded)}:
            pass  # the outlet's own name: "وكالة سبأ من صنعاء", "مراسل الجزيرة من بيروت"
        elif not _arabic_modifier(word):
            break
        k -= 1
    if noun is None:
        return None
    if k >= 0 and not _stop(tokens[k + 1].gap) and (tokens[k].folded in _AR_SAYING_FORMS or tokens[k].folded in _AR_ACCORDING):
        text = " ".join(t.word for t in tokens[k : last + 1])
        return f"only where the news comes from ({text!r})"
    statement = _arabic_base(tokens[noun].folded) in _AR_STATEMENTS
    if k >= 0 and not _stop(tokens[k + 1].gap) and (tokens[k].folded in _AR_DURING and statement):
        text = " ".join(t.word for t in tokens[k : last + 1])
        return f"only where the news comes from ({text!r})"
    if k >= 1 and tokens[k].folded == _AR_FROM and not _stop(tokens[k + 1].gap):
        for m in range(k - 1, max(-1, k - 4), -1):
            if _stop(tokens[m + 1].gap):
                break
            if tokens[m].folded in _AR_SAYING_FORMS:
                text = " ".join(t.word for t in tokens[m : last + 1])
                return f"only where the news comes from ({text!r})"
    after = last + 1
    if after < len(tokens) and not _stop(tokens[after].gap) and tokens[after].folded in _AR_SAYING_FORMS:
        text = " ".join(t.word for t in tokens[noun : after + 1])
        return f"only where the news comes from ({text!r})"  # "منظمة حقوقية في تعز توثق"
    if tokens[noun].sentence_start or (noun > 0 and _stop(tokens[noun].gap)):
        # Who speaks, as a headline, maybe with the outlet they spoke to: "مصدر عسكري في عدن
        # لـ«سكاي نيوز عربية»: ...".
        for m in range(last + 1, min(len(tokens), last + 6)):
            if ":" in tokens[m].gap:
                text = " ".join(t.word for t in tokens[noun : last + 1])
                return f"only where the news comes from ({text!r})"
            if any(ch in tokens[m].gap for ch in ".!?،,"):
                break
    return None
