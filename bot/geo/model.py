"""The gazetteer's records: places, their names, and distances. Pure: no I/O.

A place is a country, a city (GeoNames, with its population and time zone), an airport
(airportsdata, with its codes) or a region of several countries ("Europe", "the Sahel":
bot/geo/data/regions.tsv), which has no country of its own (`country` is ""). A name is one
way the place is written, with where it came from, because a matcher trusts "Bamako" (the
place's own name) more than "Bamaco" (an old spelling) and must see "BKO" in capitals before it
believes it is the airport.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Literal, NamedTuple

from ..textnorm import tokenize

Kind = Literal["country", "city", "airport", "region"]
Script = Literal["Latn", "Arab", "Other"]
Source = Literal[
    "primary",  # the place's own name in GeoNames or airportsdata
    "alternate",  # another spelling or language GeoNames lists
    "iata",  # an airport's IATA code
    "icao",  # an airport's ICAO code
    "exonym-en",  # a country's name in CLDR (babel), by language
    "exonym-fr",
    "exonym-pt",
    "exonym-es",
    "exonym-ar",
    "short",  # a short form the press uses ("DR Congo", "Centrafrique"): bot/geo/data/country_names.tsv
    "acronym",  # an acronym the press uses ("RDC", "UAE"): bot/geo/data/country_names.tsv
    "respelt",  # the own name as French transliteration writes it ("Tajoura"): bot/geo/spellings.py
]
SOURCES: tuple[Source, ...] = (
    "primary", "alternate", "iata", "icao", "exonym-en", "exonym-fr", "exonym-pt", "exonym-es", "exonym-ar", "short", "acronym",
    "respelt",
)  # fmt: skip
KINDS: tuple[Kind, ...] = ("country", "city", "airport", "region")  # indexes in the cache file: append only
SCRIPTS: tuple[Script, ...] = ("Latn", "Arab", "Other")
# "BKO" is an airport, "bko" is nothing; "RDC" is the DR Congo, "rdc" may be anything.
CAPITALS_ONLY: frozenset[Source] = frozenset({"iata", "icao", "acronym"})

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)

Words = tuple[str, ...]
_ASCII_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """One place on the map. `id` is unique and stable across builds of the same data:
    "gn:2460596" (a GeoNames city), "iata:BKO" (an airport), "country:ML", "region:sahel"."""

    id: str
    name: str  # the primary name as written ("Bamako", "Senou Airport", "Mali")
    kind: Kind
    country: str  # ISO 3166-1 alpha-2; "" for a region of several countries
    lat: float  # a country's point is its capital's (nan when the data has none): to show, not to measure
    lon: float
    population: int = 0
    admin1: str | None = None  # GeoNames' first-level division code within the country ("08")
    geonameid: int | None = None
    iata: str | None = None
    icao: str | None = None
    serves: int | None = None  # an airport: the geonameid of the city it is named after or lies in
    zone: str | None = None  # IANA time zone; None for a country, which may span several


@dataclass(frozen=True, slots=True)
class Name:
    """One way a place is written, and why the gazetteer believes it."""

    text: str  # as written in the source ("Tombouctou", "BKO", "لبنان")
    source: Source
    script: Script = "Latn"
    # Also an everyday English or French word ("Nice", "Man", "Say") or too short to tell from
    # one ("Bo", "Pô"): kept because a populous place bears it, but weak evidence alone.
    common_word: bool = False

    @property
    def capitals_only(self) -> bool:
        """A code or an acronym: it names the place only when written in capitals."""
        return self.source in CAPITALS_ONLY


class Hit(NamedTuple):
    """A place a name was found for, and the name: its source and flags say how much to trust it."""

    place: GeoPlace
    name: Name


class NameSpan(NamedTuple):
    """Words `start` to `end` (exclusive, as in a slice) of a token sequence name `places`, best first."""

    start: int
    end: int
    places: tuple[GeoPlace, ...]


def name_key(text: str) -> Words:
    """The folded words of a name, exactly as the matcher folds the words of an item.

    "Bobo-Dioulasso" -> ("bobo", "dioulasso"); "Deir ez-Zor" -> ("deir", "ez", "zor");
    "N'Djamena" -> ("n", "djamena"). Every look-up of the gazetteer takes such words.
    """
    if text.isascii() and "<" not in text and "&" not in text:
        return tuple(_ASCII_WORD.findall(text.lower()))  # what tokenize does to plain ASCII, 5 times faster
    return tuple(tokenize(text).folded)


def distance_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle (haversine) distance on a sphere of the Earth's mean radius: within 0.5%
    of the ellipsoid, far better than a place's coordinates are known."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
