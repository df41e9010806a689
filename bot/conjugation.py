"""The regular verb of a Portuguese or Spanish keyword, conjugated: grammar, not a word list.

Snowball cuts some persons of a verb in -ar shorter than its infinitive and its noun, taking
their ending for another tense's ("disparan" -> "disp", as if "disp-aran"; "incendió" ->
"incend") or keeping the "e" of a verb in -ear ("saquea", "bombardeó" -> "saque", "bombarde"),
so "Sicarios disparan contra" never met the keyword "disparo". A text word cannot tell which
verb it is a person of without a dictionary of the language; a keyword can: its base form
names its verb ("disparo", "disparar": disparar; "saqueo": saquear; "incêndio": incendiar), whose
regular forms are written here from the conjugation tables (present, preterite, imperfect,
participles, gerund), with the spelling changes before "e" (atacar: ataqué; pagar: pagué;
amenazar: amenacé; começar: comecei) and before "a" and "o" (vencer: venzo, venço).
`bot.keywords` stems them with the matcher's own stemmer, and a text word whose stem is one of
theirs meets the keyword. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator

# Endings of the regular conjugations the press writes, by language and class: present,
# preterite, imperfect, participles, gerund, infinitive (the future, the conditional and the
# subjunctives are left out: rare in news, and each form costs a Snowball stemming at start-up).
# Endings that begin with "e" or "é" after the root of a verb in -ar take the spelling changes of
# `_BEFORE_E`; those that begin with "a" or "o" after a verb in -er or -ir take those of
# `_BEFORE_A_O`.
_ENDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "ar": (
            *"o as a amos áis an".split(),
            *"é aste ó asteis aron".split(),
            *"aba abas ábamos abais aban".split(),
            *"ado ada ados adas ando ar".split(),
        ),
        "er": (
            *"o es e emos éis en".split(),
            *"í iste ió imos isteis ieron".split(),
            *"ía ías íamos íais ían".split(),
            *"ido ida idos idas iendo er".split(),
        ),
        "ir": (
            *"o es e imos ís en".split(),
            *"í iste ió isteis ieron".split(),
            *"ía ías íamos íais ían".split(),
            *"ido ida idos idas iendo ir".split(),
        ),
    },
    "pt": {
        "ar": (
            *"o as a amos ais am".split(),
            *"ei aste ou astes aram".split(),
            *"ava avas ávamos áveis avam".split(),
            *"ado ada ados adas ando ar".split(),
        ),
        "er": (
            *"o es e emos eis em".split(),
            *"i este eu estes eram".split(),
            *"ia ias íamos íeis iam".split(),
            *"ido ida idos idas endo er".split(),
        ),
        "ir": (
            *"o es e imos is em".split(),
            *"i iste iu istes iram".split(),
            *"ia ias íamos íeis iam".split(),
            *"ido ida idos idas indo ir".split(),
        ),
    },
}
# A verb in -ear writes "ei" where its root is stressed, in Portuguese only: bombardear,
# bombardeio, bombardeia, bombardeiam.
_PT_EAR_STRESSED = tuple("eio eias eia eiam".split())
# Spelling changes that keep the root's sound before "e" in a verb in -ar (atacar: ataqué,
# ataquei; pagar: pagué; Spanish amenazar: amenacé; Portuguese começar: comecei) ...
_BEFORE_E = {"es": (("c", "qu"), ("g", "gu"), ("z", "c")), "pt": (("c", "qu"), ("g", "gu"), ("ç", "c"))}
# ... and before "a" or "o" in a verb in -er or -ir (vencer: venzo, venço; proteger: protejo).
_BEFORE_A_O = {"es": (("c", "z"), ("g", "j")), "pt": (("c", "ç"), ("g", "j"))}
# A noun's ending that names its verb in -ar, by language: the noun of the deed ("disparo",
# "saqueo", "incendio", "ataque", "masacre"; Portuguese "tiroteio", "incêndio"; the nouns in
# -ción and -ção). Plurals first. Not a participle's "-ada": "granada", "estrada", "jornada" are
# nouns of their own, and a participle stems as its verb already ("baleado", "decapitada").
_NOUN_ENDINGS = {
    "es": (("aciones", "ar"), ("ación", "ar"), ("os", "ar"), ("es", "ar"), ("o", "ar"), ("e", "ar")),
    "pt": (
        ("ações", "ar"), ("ação", "ar"), ("eios", "ear"), ("eio", "ear"), ("os", "ar"), ("es", "ar"), ("o", "ar"), ("e", "ar")
    ),
}
MIN_ROOT = 4  # letters before the ending: "disp-arar", "saqu-ear"; "paro", "tiro" name no verb here
# Nouns whose suffix makes a doer, a tool or a quality of a word, not the deed of a verb
# ("pistolero", "mortero", "pistoleiro", "sicario", "terrorista", "explosivo", "criminoso",
# "obrigatório", "insurgente"), and the nouns of `bot.keywords._verb_of_action_noun`
# ("linchamiento"), which it reads already.
_NO_VERB_SUFFIXES = "ero eiro ario ário orio ório ista ismo ivo oso ente ante mento miento".split()
_NO_VERB = (*(suffix + plural for suffix in _NO_VERB_SUFFIXES for plural in ("", "s")), "ão", "ões")
_ACCENTS = str.maketrans("áéíóúâêô", "aeiouaeo")


def infinitive_of(word: str, language: str) -> str | None:
    """The regular verb a Portuguese or Spanish base form names: an infinitive itself
    ("disparar", "combater"), or the verb in -ar of a noun of a deed ("disparo", "saqueo",
    "incêndio", "ataque", "manifestação"), the root's accent dropped
    ("incêndio": incendiar) and its spelling changed back ("ataque": atacar). None for other
    words, and for short roots, which name everyday words as often as verbs."""
    word = word.casefold()
    if language not in _ENDINGS or not word.isalpha():
        return None
    if word.endswith(("ar", "er", "ir")) and len(word) - 2 >= MIN_ROOT:
        return word
    if word.endswith(_NO_VERB) and not word.endswith(("ação", "ações")):
        return None
    if language == "pt" and word.endswith(("eo", "eos")):
        return None  # an adjective ("aéreo", "lacrimogéneo"): the noun of a verb in -ear is in -eio
    for ending, verb in _NOUN_ENDINGS[language]:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT:
            root = word[: -len(ending)].translate(_ACCENTS)
            if ending in ("e", "es") and root.endswith(("qu", "gu")):
                root = root[:-2] + ("c" if root.endswith("qu") else "g")  # ataque: atacar; the "gu" of a "g"
            return root + verb
    return None


def conjugated(infinitive: str, language: str) -> Iterator[str]:
    """The regular forms of a Portuguese or Spanish verb (`_ENDINGS`), as the press writes them."""
    root, kind = infinitive[:-2], infinitive[-2:]
    endings = _ENDINGS.get(language, {}).get(kind, ())
    for ending in endings:
        yield _spelt(root, ending, kind, language) + ending
    if language == "pt" and kind == "ar" and root.endswith("e"):
        for ending in _PT_EAR_STRESSED:
            yield root[:-1] + ending


def _spelt(root: str, ending: str, kind: str, language: str) -> str:
    """The root as written before `ending`: its last consonant changed to keep its sound."""
    changes: tuple[tuple[str, str], ...]
    if kind == "ar" and ending[:1] in ("e", "é"):
        changes = _BEFORE_E[language]
    elif kind in ("er", "ir") and ending[:1] in ("a", "o"):
        changes = _BEFORE_A_O[language]
    else:
        return root
    for plain, written in changes:
        if root.endswith(plain):
            return root[: -len(plain)] + written
    return root
