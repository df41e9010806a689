"""Which real place each watched location is, decided once per config. Pure: no I/O.

A watched name alone is ambiguous ("Palma" is a city of Spain and a town of Cabo Delgado), so a
location is read with its watchlist: the countries it watches, the other places it lists, its
title and the aliases an admin typed. What a location resolves to gives it a point to measure a
`radius:` from and the gazetteer's other names for it. A location nothing resolves is allowed
(it still matches by the names typed), except that a radius then has nothing to measure from.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from rapidfuzz import fuzz
from wordfreq import get_frequency_dict, zipf_frequency

from ..arabic import FOLD as ARABIC_FOLD
from ..arabic import is_arabic
from ..config import Config, ConfigError, ConfigProblem, LocationConfig, ValidParts, WatchlistConfig, format_key_path
from ..textnorm import fold, tokenize
from .admin1 import PLAIN_DIVISION_WORDS, admin1_countries, compass_key
from .divisions import EVERYDAY_ZIPF, division_at, division_country
from .gazetteer import Gazetteer
from .model import GeoPlace, Name, NameSpan, distance_km, name_key
from .names import ARABIC_WRITING, COMMON_ZIPF, POPULOUS_ALTERNATE
from .spellings import POPULATION as RESPELT_POPULATION
from .spellings import ROMANISED, french_spellings
from .tables import ZONE_LANGUAGES

ResolvedKind = Literal["country", "city", "airport", "site"]

# The words that make a name an airport's, in the languages of the feeds: what is left is the
# city it serves ("aéroport de Goma" -> Goma).
AIRPORT_WORDS = frozenset({"airport", "aeroport", "aerodrome", "airfield", "aeroporto", "aeropuerto", "airstrip"})
# A site named after a village is more often in a city's quarter of that name ("Faladié", a
# quarter of Bamako and a village 70 km away): only a town this large is taken as its place.
SITE_TOWN_POPULATION = 10_000
# Context weight from which a country is the watchlist's home: watched or in the title (3),
# or about two other locations whose places of that name lie mostly there; and it must hold at
# least half the watchlist's weight (a list of capitals of ten countries has no home).
HOME_WEIGHT = 1.5
HOME_SHARE = 0.5
# How a namesake is chosen (`_choose`): the watchlist's pull towards a country (its share of the
# context, times CONTEXT_PULL), the place's size (log10 of its population: a tenfold larger
# city scores one more), its own name over another place's alternate spelling (OWN_NAME) and
# each typed alias that names it too (ALIAS_AGREES). A watchlist wholly about one country
# outweighs a hundredfold larger namesake elsewhere ("Tripoli" in a Lebanon list); a mixed
# list's pull does not move "Lima" or "Dhaka" to a village named so in a neighbour.
CONTEXT_PULL = 2.0
OWN_NAME = 1.5
ALIAS_AGREES = 2.0
SMALLEST_COUNTED = 1_000  # people: GeoNames leaves many villages at 0; they count as this
# A country the title or another location also points at, if less than the home: "Gaza and Lebanon".
NAMED_TOO = 0.5
WORLD_CITY = 1_000_000  # people: a city this large is meant by its name even in another country's list
BIG_CITY = 100_000  # people: a city this large named like a country in some language is meant in its own country's list
_LINKS = frozenset({"de", "d", "du", "of", "the", "la", "le", "l", "international", "internationale", "intl"})


@dataclass(frozen=True)
class Resolution:
    """What one watched location is: its kind, the gazetteer's place (if any) and its point."""

    watchlist: str
    location: str
    kind: ResolvedKind
    place: GeoPlace | None = None
    point: tuple[float, float] | None = None  # where a radius is measured from
    radius: float | None = None
    note: str = ""  # how it was found, or why not
    country: str | None = None  # the place's, or a site's by its coords and the watchlist

    @property
    def resolved(self) -> bool:
        return self.place is not None or self.point is not None

    def describe(self) -> str:
        """One line for check-config: `mali/Kidal: city Kidal, ML (18.44, 1.41), geonameid 2455290`."""
        head = f"{self.watchlist}/{self.location}: "
        place = self.place
        if place is None and self.point is None:
            return head + f"not resolved ({self.note})" if self.note else head + "not resolved"
        if place is None:
            assert self.point is not None
            text = f"site at ({self.point[0]:.2f}, {self.point[1]:.2f}) (coords)"
            if self.note:
                text += f" ({self.note})"
        elif place.kind == "country":
            text = f"country {place.name} ({place.country})"
        elif place.kind == "airport":
            code = place.iata or place.icao or ""
            text = f"airport {code} {place.name}, {place.country} ({place.lat:.2f}, {place.lon:.2f})"
        else:
            text = f"city {place.name}, {place.country} ({place.lat:.2f}, {place.lon:.2f}), geonameid {place.geonameid}"
        if self.kind == "site" and place is not None:
            text = f"site in {text}"
            if self.point is not None and (self.point != (place.lat, place.lon)):
                text += f", at ({self.point[0]:.2f}, {self.point[1]:.2f}) (coords)"
        elif place is not None and self.point is not None and self.point != (place.lat, place.lon):
            text += f", measured from ({self.point[0]:.2f}, {self.point[1]:.2f}) (coords)"
        if self.radius is not None:
            text += f"; radius {self.radius:g} km"
        return head + text


Resolutions = Mapping[tuple[str, str], Resolution]


def resolve_watchlists(gazetteer: Gazetteer, watchlists: Mapping[str, WatchlistConfig]) -> dict[tuple[str, str], Resolution]:
    """Every location of every watchlist, keyed (watchlist id, location name); then a name the
    gazetteer does not spell is looked for near the watchlist's other places (`_respelt`)."""
    out: dict[tuple[str, str], Resolution] = {}
    for wl_id, watchlist in watchlists.items():
        hints = _hints(gazetteer, watchlist)
        total = Counter(_title_hint(gazetteer, watchlist.title))
        for hint in hints:  # in place: `sum` of Counters copies the growing total once per location
            total.update(hint)
        total = +total  # as `+` of Counters keeps them: positive counts only
        for location, own in zip(watchlist.locations, hints, strict=True):
            # the location's own namesakes say nothing about which one is meant
            context = total - own
            out[(wl_id, location.name)] = resolve_location(gazetteer, wl_id, location, context)
        resolved = [out[(wl_id, location.name)] for location in watchlist.locations]
        unknown = [
            (location, found)
            for location, found in zip(watchlist.locations, resolved, strict=True)
            if found.kind == "site" and not found.resolved and not found.note.startswith(DIVISION_NOTE)
        ]
        if unknown:
            towns = _towns_by_skeleton(gazetteer, [r.point for r in resolved if r.point is not None and r.kind != "country"])
            for location, found in unknown:
                out[(wl_id, location.name)] = _respelt(found, location, towns) or found
    return out


# A typed name the gazetteer does not spell ("Hodeidah": GeoNames has Al Ḩudaydah, Hodeida,
# Hudaydah) is a town of the same skeleton (the letters the press's transliterations share)
# within this distance of the watchlist's other places: a watchlist is about one area.
RESPELT_REACH_KM = 600.0
RESPELT_CELL = 4.0  # degrees: points closer than this share one search
DIVISION_NOTE = "a first-level division of"


def _towns_by_skeleton(gazetteer: Gazetteer, points: Sequence[tuple[float, float]]) -> dict[str, list[GeoPlace]]:
    """The towns within RESPELT_REACH_KM of the points, by the skeletons of their names. Points
    in one cell of RESPELT_CELL degrees are searched once: a long list costs a few searches."""
    cells = {(math.floor(lat / RESPELT_CELL), math.floor(lon / RESPELT_CELL)): (lat, lon) for lat, lon in points}
    seen: set[str] = set()
    towns: dict[str, list[GeoPlace]] = {}
    for lat, lon in cells.values():
        for place, _km in gazetteer.within(lat, lon, RESPELT_REACH_KM, "city"):
            if place.id in seen:
                continue
            seen.add(place.id)
            for skeleton in {_skeleton(name.text) for name in gazetteer.names_of(place)}:
                towns.setdefault(skeleton, []).append(place)
    return towns


def _respelt(found: Resolution, location: LocationConfig, towns: Mapping[str, Sequence[GeoPlace]]) -> Resolution | None:
    """The town near the watchlist's other places whose name has the typed name's skeleton, the
    largest if several; None when there is none, or the name is too short to trust so."""
    skeleton = _skeleton(location.name)
    near = towns.get(skeleton, ()) if len(skeleton) >= MIN_VARIANT_LETTERS else ()
    if not near:
        return None
    place = max(near, key=lambda p: p.population)
    note = f"spelt {place.name} in the gazetteer"
    point = (place.lat, place.lon)
    return Resolution(found.watchlist, found.location, "city", place, point, location.radius, note, place.country)


def resolve_location(gazetteer: Gazetteer, wl_id: str, location: LocationConfig, context: Counter[str]) -> Resolution:
    """A country, else an airport, else a city, else a site (by `coords:`, or the place its name
    contains). `context`: how strongly the watchlist points at each country."""
    names = [location.name, *location.aliases]
    place, kind = _country(gazetteer, names), "country"
    if place is not None and (city := _city_named_like_a_country(gazetteer, location.name, place, context)):
        place, kind = city, "city"
    if place is None:
        place, kind = _qualified_city(gazetteer, location.name, location.coords), "city"
    if place is None and location.coords is not None:
        place = _named_at(gazetteer, names, location.coords) or _article_named_at(gazetteer, names, location.coords)
        kind = place.kind if place is not None else "city"
    if place is None:
        place, kind = _airport(gazetteer, location, context), "airport"
    if place is None:
        place, kind = _city(gazetteer, names, context), "city"
    note = ""
    if place is None:
        kind = "site"
        division = division_country(name_key(location.name))
        place = None if division else _contained(gazetteer, location.name, context)
    if place is not None and kind != "country" and location.coords is not None:
        far = distance_km(place.lat, place.lon, *location.coords)
        if far > COORDS_REACH_KM:
            # The coords say where: a namesake elsewhere is not the place (nor what a site's name contains).
            note = f"the gazetteer's {place.name}, {place.country} is {far:.0f} km from its coords: a site at its coords"
            place, kind = None, "site"
    if place is None and not note:
        division = division_country(name_key(location.name))
        if division and location.coords is None:  # "Cabo Delgado": no town its name contains
            note = f"{DIVISION_NOTE} {division}: matched by its name; give coords: to measure distances from it"
        elif place is None:
            elsewhere = sorted({p.country for p in gazetteer.lookup(name_key(location.name)) if p.kind == "city"})
            then = "a site at its coords" if location.coords is not None else "give coords: to place it"
            if elsewhere:  # "Palma" in a Mozambique watchlist: GeoNames knows only the others
                note = f"namesakes only elsewhere ({', '.join(elsewhere[:5])}): {then}"
            elif location.coords is None:
                note = "a site: give coords: to measure distances from it"
    point = location.coords
    if point is None and place is not None and place.kind != "country":
        point = (place.lat, place.lon)  # a country's point is its capital's: to show, not to measure
    country = place.country if place is not None else _point_country(gazetteer, point, context) if point else None
    return Resolution(wl_id, location.name, kind, place, point, location.radius, note, country)  # type: ignore[arg-type]


POINT_COUNTRY_KM = 100.0  # a site's country is one of the towns' within this distance
# A place a name resolves to is the one meant by `coords:` only within this distance of them;
# else the namesake nearest them within it (`_named_at`), else none: a site at the coords.
COORDS_REACH_KM = 50.0


# The Arabic article as GeoNames writes it before a town's name, which admins and the press
# often leave out: "Qatrun" is GeoNames' "Al Qaţrūn", "Geneina" its "El Geneina".
_LATIN_ARTICLES = ("Al", "El")


def _with_article(names: Sequence[str]) -> list[str]:
    """Each one-word name with the Arabic article before it, as GeoNames writes towns of the
    Arabic-speaking countries; for a name typed with its `coords:`, which say which town."""
    return [f"{article} {name.strip()}" for name in names if " " not in name.strip() for article in _LATIN_ARTICLES]


def _article_named_at(gazetteer: Gazetteer, names: Sequence[str], coords: tuple[float, float]) -> GeoPlace | None:
    """The town of an Arabic-speaking country at `coords:` whose GeoNames name is a typed name
    with the article before it (`_with_article`)."""
    place = _named_at(gazetteer, _with_article(names), coords)
    return place if place is not None and place.country in ARABIC_COUNTRIES else None


def _named_at(gazetteer: Gazetteer, names: Sequence[str], coords: tuple[float, float]) -> GeoPlace | None:
    """The city or airport one of a location's names names within COORDS_REACH_KM of its
    `coords:`, the nearest. The admin who types coords says where: "Kita" at (13.03, -9.49) is
    Mali's Kita, not the Tokyo ward a larger population would choose."""
    near = [
        (distance_km(p.lat, p.lon, *coords), p.id, p)
        for name in names
        for p in gazetteer.lookup(name_key(name))
        if p.kind in ("city", "airport") and distance_km(p.lat, p.lon, *coords) <= COORDS_REACH_KM
    ]
    return min(near, key=lambda n: (n[0], n[1]))[2] if near else None


def _qualified_city(gazetteer: Gazetteer, name: str, coords: tuple[float, float] | None) -> GeoPlace | None:
    """A city typed with its country or province, as addresses are: "Kita, Mali", "Kita (Mali)",
    "Jos, Plateau": the city of that name there, the most populous if several (the one nearest
    `coords:` when given). None when the name has no such qualifier, or no city of the name lies
    there."""
    text = name.strip()
    if text.endswith(")") and "(" in text:
        base, _, qualifier = text[:-1].rpartition("(")
    elif "," in text:
        base, _, qualifier = text.rpartition(",")
    else:
        return None
    base, qualifier = base.strip(" ,"), qualifier.strip()
    if not base or not qualifier:
        return None
    country = _country(gazetteer, [qualifier])
    codes = {country.country} if country is not None else set()
    division = division_country(name_key(qualifier))
    if division:
        codes.add(division)
    if not codes:
        return None
    cities = [p for p in gazetteer.lookup(name_key(base)) if p.kind == "city" and p.country in codes]
    if not cities:
        return None
    if coords is not None:
        return min(cities, key=lambda p: (distance_km(p.lat, p.lon, *coords), p.id))
    return max(cities, key=lambda p: (p.population, p.id))


def _point_country(gazetteer: Gazetteer, point: tuple[float, float], context: Counter[str]) -> str | None:
    """The country of a point known only by its coords: the country of the town it lies in
    (`_town_ground_km`), whatever the watchlist's title or other places say ("Gisenyi market",
    half a kilometre from Rwanda's Gisenyi, in a list titled "North Kivu", is in Rwanda); else,
    of the countries of the towns around it, the nearest the watchlist points at (`POINTED_AT`:
    "Bunagana", 9.5 km from Uganda's Kisoro, in a list of North Kivu), else the nearest town's
    ("Palma" on Mozambique's coast is 40 km from Tanzania). Not the one it points at most: a
    list of Somali towns that watches a camp across the border in Kenya ("Hagadera camp", 9 km
    from Dadaab and 85 from Somalia's nearest town) names Kenya too, and the camp is Kenya's."""
    countries: list[str] = []
    nearest = math.inf
    for reach in (POINT_COUNTRY_KM, DESERT_COUNTRY_KM):
        for place, km in gazetteer.within(point[0], point[1], reach, "city"):
            if km <= _town_ground_km(place.population):
                return place.country  # `within` gives the nearest first: the nearest town it lies in
            nearest = min(nearest, km)
            if place.country not in countries:
                countries.append(place.country)  # nearest first
        if countries:
            break
    pointed = [c for c in countries if context[c] >= POINTED_AT]
    if countries and not pointed and nearest > SITE_IN_TOWN_KM:
        # Only other countries' towns near a point in a corner where the gazetteer lists few of
        # the watched country's ("Tissi" at [10.95, 22.75], on Chad's borders with the Central
        # African Republic and Sudan, in a list of Chad: Birao is 74 km off, Chad's nearest
        # listed town farther than POINT_COUNTRY_KM): a country the list points at whose towns
        # lie within DESERT_COUNTRY_KM, before a neighbour it never names. Only where no town of
        # any country lies within SITE_IN_TOWN_KM: a site at a town (Bol, Arlit, Gamboru, a
        # kilometre from their own towns) is in that town's country, whatever the list names.
        pointed = [
            place.country
            for place, _km in gazetteer.within(point[0], point[1], DESERT_COUNTRY_KM, "city")
            if context[place.country] >= POINTED_AT
        ][:1]
    ranked = pointed or countries
    return ranked[0] if ranked else None


def _town_ground_km(population: int) -> float:
    """How far from its GeoNames point a town's built-up ground reaches: the radius of a disc of
    its people at TOWN_DENSITY, never under TOWN_GROUND_MIN_KM (a market or clinic at the edge
    of a small town). Gisenyi's 172,000 reach 4.3 km, Goma's 432,000 6.8 km; Bugarama's 31,000
    reach 2 km, so Kamanyola, 6.5 km off across the Rusizi, is not in it."""
    return max(TOWN_GROUND_MIN_KM, math.sqrt(max(population, 0) / (TOWN_DENSITY * math.pi)))


# People per square kilometre of a town's built-up ground in the Sahel, the Great Lakes and the
# Horn: the low end of their cities' densities (3,000-10,000), so a town's ground is not drawn
# too small.
TOWN_DENSITY = 3000.0
# The least reach of a town's ground: a village's or small town's houses, market and clinic.
TOWN_GROUND_MIN_KM = 2.0


# What the watchlist says of a country for a site's point to be put in it: one town's worth or
# its title's. Not the shares of a namesake (Pemba is also Tanzania's: a half of a town's worth
# put a Mozambican list's Palma, 44 km from Tanzania's nearest town, in Tanzania).
POINTED_AT = 1.0


# A site with a town of any country this near is in that town's ground, and so in its country
# (`_point_country`): three times the median distance between a town of the Sahel and the Horn
# and its nearest neighbour in the gazetteer (16.5 km; 1,500 towns of 15 countries sampled), and
# near its 90th centile (56 km). Farther, the gazetteer's towns are too sparse there to say
# (Tissi's nearest, Birao, 74 km off; the 95th centile is 80 km).
SITE_IN_TOWN_KM = 50.0


# In a desert no town may lie within POINT_COUNTRY_KM of a site (Nakhl in central Sinai, In
# Amenas on Algeria's eastern border): the towns within this wider reach say its country then,
# the watchlist's countries first.
DESERT_COUNTRY_KM = 300.0


def radius_problems(config: Config | ValidParts, resolutions: Resolutions) -> list[ConfigProblem]:
    """A `radius:` with no point to measure from is an error: the admin asked for something the
    bot cannot do, and silence would look like a quiet area. `config`: a valid config, or the
    parts that validated of one that did not (so this problem is told with the schema's)."""
    problems = []
    positions = config.positions if isinstance(config, ValidParts) else {}
    for wl_id, watchlist in config.watchlists.items():
        for index, location in enumerate(watchlist.locations):
            resolution = resolutions.get((wl_id, location.name))
            if location.radius is not None and (resolution is None or resolution.point is None):
                path = ("watchlists", wl_id, "locations", positions.get((wl_id, location.name), index), "radius")
                problems.append(
                    ConfigProblem(format_key_path(path), config.line_of(path), "nothing to measure from: add coords: [lat, lon]")
                )
    return problems


def with_radius_problems(error: ConfigError, gazetteer: Gazetteer) -> ConfigError:
    """`error` with the radius problems of the parts that validated, every problem in line
    order: an admin fixes the file in one round. Resolving costs the gazetteer's look-ups, so
    only when some validated location has a radius and no coords of its own."""
    parts = error.parts
    if parts is None or not any(
        loc.radius is not None and loc.coords is None for wl in parts.watchlists.values() for loc in wl.locations
    ):
        return error
    problems = [*error.problems, *radius_problems(parts, resolve_watchlists(gazetteer, parts.watchlists))]
    problems.sort(key=lambda p: p.line or 0)
    return ConfigError(error.source, problems, parts)


# --- the rules -------------------------------------------------------------------------------


def _hints(gazetteer: Gazetteer, watchlist: WatchlistConfig) -> list[Counter[str]]:
    """What each location says of where its watchlist is: a country it names weighs 3; a town
    1, shared among the countries where places of its name lie by their population ("Paris" is
    almost all France, though a dozen American towns bear the name: counted one each, the
    towns of a list of world capitals made it an American list). Once per watchlist, so a long
    one costs n look-ups."""
    hints = []
    for location in watchlist.locations:
        code = _country_code(gazetteer, [location.name, *location.aliases]) or division_country(name_key(location.name))
        if code:
            hints.append(Counter({code: 3}))
            continue
        sizes: Counter[str] = Counter()
        for place in gazetteer.lookup(name_key(location.name)):
            if place.kind != "country":
                sizes[place.country] += max(place.population, SMALLEST_COUNTED)
        total = sum(sizes.values())
        hints.append(Counter({country: size / total for country, size in sizes.items()}) if total else Counter())
    return hints


def _title_hint(gazetteer: Gazetteer, title: str) -> Counter[str]:
    """A country, its demonym or a first-level division in the title says where the watchlist
    is; a town's name there is one hint among others. The towns a division's name contains are
    none ("Cabo Delgado" is a province of Mozambique; "Cabo" and "Delgado" are towns far away)."""
    weights: Counter[str] = Counter()
    tokens = tokenize(title)
    inside: set[int] = set()
    for start in range(len(tokens.folded)):
        capitalised = start not in inside and tokens.words[start][:1].isupper()
        division = division_at(tokens.folded, start) if capitalised else None
        if division is None and capitalised:
            division = _geonames_division_at(gazetteer, tokens.folded, tokens.words, start)
        if division is not None:
            weights[division[0]] += 3
            inside.update(range(start, start + division[1]))
    for span in gazetteer.find_names(tokens.folded, tokens.words):
        if inside.intersection(range(span.start, span.end)):
            continue
        inside.update(range(span.start, span.end))
        first = span.places[0]
        weights[first.country] += 3 if first.kind == "country" else 1
    for k, word in enumerate(tokens.words):
        # "Southern Somalia and the Kenyan border": a demonym says its country as its name does
        code = gazetteer.demonym([word]) if k not in inside and word[:1].isupper() and len(word) > 3 else None
        if code is not None:
            weights[code] += 3
    return weights


# The most words a first-level division's name in GeoNames' spelling is read over in a title.
_TITLE_DIVISION_WORDS = 4


def _geonames_division_at(
    gazetteer: Gazetteer, folded: Sequence[str], words: Sequence[str], start: int
) -> tuple[str, int] | None:
    """The country and the number of words of a first-level division a watchlist's title names at
    `start` in GeoNames' own spelling (`admin1_countries`: "South Kivu", "Amhara", "Far North"),
    where ISO 3166-2 spells it otherwise ("Sud-Kivu", "Amara", "Extrême-Nord") and `division_at`
    misses it; or None. Its words capitalised, as a title writes a name; not one of plain words
    of direction or place ("Centre", "North East"), nor one everyday word ("Plateau", "Lakes"),
    nor a name two countries' divisions share ("Punjab"), nor a country's name (Nigeria's "Niger"
    state beside the country in "Mali, Burkina Faso, Niger"), nor a town's (Libya's "Tripoli"
    district in "Lebanon (Tripoli, Halba)", Mozambique's "Gaza" province in "Mosul, Idlib and
    Gaza": a title names towns more than provinces named after them). None of those says one
    country. A
    title naming "South Kivu" points its towns known only by their `coords:` at DR Congo, not
    at Burundi, whose towns the gazetteer lists nearer (`_point_country`)."""
    names = admin1_countries()
    for size in range(min(_TITLE_DIVISION_WORDS, len(folded) - start), 0, -1):
        key = tuple(folded[start : start + size])
        codes = names.get(compass_key(key))
        if codes is None or len(codes) != 1 or set(key) <= PLAIN_DIVISION_WORDS:
            continue
        named = zip(words[start : start + size], key, strict=True)
        if not all(w[:1].isupper() for w, f in named if f not in PLAIN_DIVISION_WORDS):
            continue
        if size == 1 and any(zipf_frequency(key[0], language, wordlist="small") >= EVERYDAY_ZIPF for language in ("en", "fr")):
            continue
        text = " ".join(words[start : start + size])
        if gazetteer.country_named(text) or any(p.kind == "city" for p in gazetteer.lookup(name_key(text))):
            continue
        return next(iter(codes)), size
    return None


def _country_code(gazetteer: Gazetteer, names: Sequence[str]) -> str | None:
    return next((code for name in names if (code := gazetteer.country_named(name))), None)


def _city_named_like_a_country(gazetteer: Gazetteer, name: str, country: GeoPlace, context: Counter[str]) -> GeoPlace | None:
    """A large city whose own name is a country's name in another language ("Salvador", Bahia's
    capital, is El Salvador in French), when the watchlist points at the city's country more
    than at that one; or the country's own name ("Armenia", Quindío's capital) when the city's
    country is the watchlist's home and nothing else in it points at the country: a list titled
    "Colombia" of Colombian towns watches the town, and an admin watching the country would not
    file it there alone."""
    hits = gazetteer.hits(name_key(name))
    own_name = any(h.place.id == country.id and h.name.source == "primary" for h in hits)
    cities = [h.place for h in hits if h.place.kind == "city" and h.name.source == "primary" and h.place.population >= BIG_CITY]
    if own_name:
        total = sum(context.values())
        cities = [
            c
            for c in cities
            if context[country.country] == 0 and context[c.country] >= HOME_WEIGHT and context[c.country] >= HOME_SHARE * total
        ]
    else:
        cities = [c for c in cities if context[c.country] > context[country.country]]
    return max(cities, key=lambda c: c.population) if cities else None


def _country(gazetteer: Gazetteer, names: Sequence[str]) -> GeoPlace | None:
    code = _country_code(gazetteer, names[:1])  # the location's own name: "Mali", not an alias "Bamako"
    return gazetteer.country(code) if code else None


def _choose(
    gazetteer: Gazetteer,
    candidates: Sequence[GeoPlace],
    context: Counter[str],
    typed: Iterable[GeoPlace] = (),
    own: frozenset[str] = frozenset(),
) -> GeoPlace | None:
    """Among namesakes, the one the watchlist points at, weighed against their sizes: a place an
    alias also names counts too, and a place whose own name this is (`own`: ids) beats one
    that only lists it among other spellings. When the watchlist is all about some country
    and none of the namesakes lies there (nor does an alias name one, nor the title or
    another location point at its country), none is the place
    ("Palma" in a Mozambique list is not Palma de Mallorca), unless the best of them is known
    by its name the world over: a capital or a city of a million ("Moscow" in a Ukraine list)."""
    if not candidates:
        return None
    also = Counter(p.id for p in typed)
    total = sum(context.values())

    def score(place: GeoPlace) -> float:
        pull = CONTEXT_PULL * context[place.country] / total if total else 0.0
        size = math.log10(max(place.population, SMALLEST_COUNTED))
        return pull + size + OWN_NAME * (place.id in own) + ALIAS_AGREES * also[place.id]

    best = min(enumerate(candidates), key=lambda item: (-score(item[1]), item[0]))[1]
    home = {code for code, weight in context.items() if weight >= HOME_WEIGHT and weight >= HOME_SHARE * total}
    if not home or any(p.country in home or also[p.id] for p in candidates):
        return best  # a namesake at home, outweighed only by one a hundredfold larger: "Dhaka" beside "Delhi"
    if context[best.country] >= NAMED_TOO or _known_worldwide(gazetteer, best):
        return best
    return None  # the watchlist is about other countries: a namesake there is not the place


def _known_worldwide(gazetteer: Gazetteer, place: GeoPlace) -> bool:
    """A national capital (the country's point is its capital's) or a city of a million."""
    if place.kind != "city":
        return False
    country = gazetteer.country(place.country)
    capital = country is not None and (country.lat, country.lon) == (place.lat, place.lon)
    return capital or place.population >= WORLD_CITY


def _city(gazetteer: Gazetteer, names: Sequence[str], context: Counter[str]) -> GeoPlace | None:
    hits = [h for h in gazetteer.hits(name_key(names[0])) if h.place.kind == "city"]
    candidates = list(dict.fromkeys(h.place for h in hits))
    own = frozenset(h.place.id for h in hits if h.name.source == "primary")
    typed = [p for alias in names[1:] for p in gazetteer.lookup(name_key(alias)) if p.kind == "city"]
    if not candidates:  # the name is unknown, an alias may not be ("Tombouctou" typed as an alias)
        candidates = typed
    return _choose(gazetteer, candidates, context, typed, own)


def _airport(gazetteer: Gazetteer, location: LocationConfig, context: Counter[str]) -> GeoPlace | None:
    """An airport by a code typed in capitals, by its official name, or as "X airport": the
    airport serving the city X (else the nearest to it)."""
    names = [location.name, *location.aliases]
    for name in names:
        text = name.strip()
        if text.isupper() and text.isalpha() and len(text) in (3, 4) and (found := gazetteer.airport(text)):
            return found
    for name in names:  # an official name ("Modibo Keita International Airport"), not a code in lower case
        airports = [h.place for h in gazetteer.hits(name_key(name)) if h.place.kind == "airport" and not h.name.capitals_only]
        if airports:
            return _choose(gazetteer, airports, context)
    for name in names:
        words = [w for w in name_key(name) if w not in AIRPORT_WORDS]
        if len(words) == len(name_key(name)):
            continue  # no airport word
        while words and words[0] in _LINKS:
            words.pop(0)
        while words and words[-1] in _LINKS:
            words.pop()
        cities = [p for p in gazetteer.lookup(tuple(words)) if p.kind == "city"] if words else []
        city = _choose(gazetteer, cities, context)
        if city is not None and (near := gazetteer.airports_near(city)):
            return near[0]
    return None


def _contained(gazetteer: Gazetteer, name: str, context: Counter[str]) -> GeoPlace | None:
    """The city or airport a site's name contains ("Goma barracks" -> Goma), capitalised as a
    name must be; none for a name of everyday words."""
    tokens = tokenize(name)
    for span in sorted(gazetteer.find_names(tokens.folded, tokens.words), key=lambda s: s.start - s.end):
        if not any(word[:1].isupper() for word in tokens.words[span.start : span.end]):
            continue
        rest = tokens.words[: span.start] + tokens.words[span.end :]
        if any(word[:1].isupper() and not _common_word(word) for word in rest):
            # "Ben Guerdane" is a town the gazetteer spells otherwise, not a site in "Ben" (Bern):
            # a site's other words are words of sites ("Goma Central Prison"), not another name.
            continue
        places = [p for p in span.places if p.kind == "airport" or (p.kind == "city" and p.population >= SITE_TOWN_POPULATION)]
        found = _choose(gazetteer, places, context)
        if found is not None:
            return found
    return None


def _common_word(word: str) -> bool:
    """A word of the languages of the feeds (a site's "Central", "Prison", "Camp", "Lycée"), not a name."""
    folded = fold(word)
    return any(zipf_frequency(folded, lang, wordlist="small") >= SITE_WORD_ZIPF for lang in ("en", "fr", "pt", "es"))


SITE_WORD_ZIPF = 2.5


# --- the gazetteer's names as aliases --------------------------------------------------------

# A country is written in the feeds' languages; its names in other languages are noise.
_COUNTRY_SOURCES = frozenset({"exonym-en", "exonym-fr", "exonym-pt", "exonym-es", "exonym-ar"})
MIN_ALIAS_LETTERS = 3
# An Arabic name: of the Arabic alphabet once the letters Persian, Urdu and the Maghreb add for
# foreign sounds are read as the Arabic press writes them (`arabic.FOLD`: "اگاديز" is "أغاديز",
# Agadez), other such letters excluded, and of 4 letters or more (short Arabic names are
# everyday words).
_ARABIC_LETTERS = frozenset(chr(code) for code in range(0x0621, 0x064B)) | frozenset(" \u0671")
_AS_ARABIC = str.maketrans({k: v for k, v in ARABIC_FOLD.items() if v})
MIN_ARABIC_LETTERS = 4
# An Arabic name that is also an everyday word ("عدن", Eden; "الأبيض", the white; "سرت", I
# walked; 3 letters) is taken all the same, marked so: the matcher counts it only where the
# grammar makes it a place ("في عدن", "مدينة سرت", "بعدن", a dateline). A name the press writes
# with its article, whose bare form is an everyday noun ("خرطوم", a hose; "الخرطوم" is
# Khartoum, by wordfreq the more frequent), is marked too: it counts bare only in such a context.
EVERYDAY_WORD = "an everyday word: a place only after a word of place"
ARTICLE_NAME = "written with its article"
BARE_ONLY = f"{EVERYDAY_WORD}, never with the article"
CAPITALISED = "counted only capitalised"
NAMED_MID_SENTENCE = "counted only capitalised within a sentence or as a dateline"
FINAL_ACCENT = "counted only capitalised and with an accent on its last vowel"
# An Arabic name a better-known place shares ("طرابلس", Libya's capital, for Lebanon's Tripoli):
# Arabic has no capitals to tell them apart, so only the country written after it does
# ("طرابلس اللبنانية", "طرابلس شمال لبنان").
TIED_TO_COUNTRY = "a better-known namesake's name: counted only tied to its country"
_ARTICLE = "\u0627\u0644"
_ARTICLE_MARGIN = 0.5  # zipf points by which the article's form must outnumber the bare one
MIN_EVERYDAY_ZIPF = 3.0


def _arabic_alias(text: str, shortest: int = MIN_ARABIC_LETTERS) -> bool:
    letters = [ch for ch in text if not ch.isspace()]
    return (
        set(text.translate(_AS_ARABIC)) <= _ARABIC_LETTERS
        and len(letters) >= shortest
        and not text.startswith("\u0627\u0627")  # a doubled alef: a typing slip in GeoNames
    )


# A world city's bare Arabic name is frequent because the city is ("بغداد", "بيروت", "حلب"): it
# is an everyday word only when the language also writes it with the article, as a noun or an
# adjective ("الصور", pictures; "الحمص", chickpeas).
ARABIC_WORLD_CITY = 500_000
_ARTICLE_NOUN_ZIPF = 1.5


def _known_by_name(text: str, population: int) -> bool:
    """Whether a frequent bare Arabic name is only the world city's: the language never writes
    it with the article, so it is no noun or adjective."""
    return (
        population >= ARABIC_WORLD_CITY
        and " " not in text
        and not text.startswith(_ARTICLE)
        and zipf_frequency(_ARTICLE + text, "ar", wordlist="small") < _ARTICLE_NOUN_ZIPF
    )


def _arabic_marker(text: str, common_word: bool, population: int = 0) -> str | None:
    """How an Arabic name of a city must be written to count (None: anywhere); "" when it is
    not to be taken at all."""
    if not _arabic_alias(text, MIN_ALIAS_LETTERS):
        return ""
    if common_word and _arabic_alias(text) and _known_by_name(text, population):
        return None
    if common_word or not _arabic_alias(text):
        return EVERYDAY_WORD
    if " " not in text and not text.startswith(_ARTICLE):
        bare = zipf_frequency(text, "ar", wordlist="small")
        if bare >= MIN_EVERYDAY_ZIPF and zipf_frequency(_ARTICLE + text, "ar", wordlist="small") > bare + _ARTICLE_MARGIN:
            return ARTICLE_NAME
    return None


def _everyday_in_arabic(text: str, population: int) -> bool:
    """Whether a town's one-word Arabic name is a frequent Arabic word all the same, though less
    frequent than the English and French everyday words the gazetteer marks (`COMMON_ZIPF`): a
    noun the language also writes with the article ("جوهر", the essence: "الجوهر"), or a verb in
    the present whose other person is as frequent ("تدمر", it destroys: "يدمر"). A town's name is
    frequent because the town is ("إدلب", "درعا"): the language never writes it so. Not a world
    city's name (`_known_by_name`), nor a name with the article ("السويداء")."""
    if " " in text or text.startswith(_ARTICLE) or not _arabic_alias(text) or _known_by_name(text, population):
        return False
    if zipf_frequency(text, "ar", wordlist="small") < MIN_EVERYDAY_ZIPF:
        return False
    if zipf_frequency(_ARTICLE + text, "ar", wordlist="small") >= _ARTICLE_WORD_ZIPF:
        return True
    other = _OTHER_PERSON.get(text[0])
    return other is not None and zipf_frequency(other + text[1:], "ar", wordlist="small") >= MIN_EVERYDAY_ZIPF


# The prefixes of the present tense's third persons: "تدمر" (she destroys), "يدمر" (he destroys).
_OTHER_PERSON = {"\u062a": "\u064a", "\u064a": "\u062a"}
_ARTICLE_WORD_ZIPF = 2.5  # a bare name this frequent with the article is a noun or an adjective too


# GeoNames often names a small town by its administrative division: "مركز قضاء القائم" (the seat
# of Al Qaim district), "مركز ناحية", "بلدية", "مديرية". The press names the town alone
# ("القائم"), which is often an everyday word too ("the one standing"): marked as such.
_DIVISION_WORDS = frozenset(
    fold(word)
    for word in "مركز قضاء ناحية محافظة مديرية بلدية مدينة بلدة قرية ولاية دائرة معتمدية منطقة مقاطعة".split()
)


def _without_division_words(text: str) -> str:
    """An Arabic name without the words before it that name a division; "" when it has none."""
    words = text.split()
    k = 0
    while k < len(words) - 1 and fold(words[k]) in _DIVISION_WORDS:
        k += 1
    return " ".join(words[k:]) if k else ""


def _without_divisions(gazetteer: Gazetteer, place: GeoPlace) -> list[tuple[str, str]]:
    """A town's Arabic names without the division words before them, as the press writes it;
    not a better-known place's name."""
    out: list[tuple[str, str]] = []
    for name in gazetteer.names_of(place, script="Arab"):
        rest = _without_division_words(name.text)
        if not rest or not _arabic_alias(rest) or any(text == rest for text, _ in out):
            continue
        best = gazetteer.lookup(name_key(rest))
        if best and best[0].id != place.id:
            continue
        common = zipf_frequency(rest, "ar", wordlist="small") >= MIN_EVERYDAY_ZIPF
        marker = _arabic_marker(rest, common, place.population)
        if marker != "":
            source = f"{name.source}, without its division's words"
            out.append((rest, f"{source} ({marker})" if marker else source))
    return out


# GeoNames names some cities for two towns joined by "and" ("Nabatîyé et Tahta", "النبطية
# والطهطا"): the press names the first. In Arabic the first part of such a name is the city's
# name too.
_TWIN_JOINERS = frozenset("et and y e va ve wa".split())
_AR_AND = "\u0648"  # و, written onto the second town's name


def _first_of_twin_towns(gazetteer: Gazetteer, place: GeoPlace) -> list[tuple[str, str]]:
    if _TWIN_JOINERS.isdisjoint(fold(place.name).split()[1:-1]):
        return []
    out: list[tuple[str, str]] = []
    for name in gazetteer.names_of(place, script="Arab"):
        first, joined, _ = name.text.partition(" " + _AR_AND)
        if not joined or " " in first.strip() or not _arabic_alias(first):
            continue
        common = zipf_frequency(first, "ar", wordlist="small") >= MIN_EVERYDAY_ZIPF
        marker = _arabic_marker(first, common, place.population)
        if marker != "" and all(text != first for text, _ in out):
            source = f"{name.source}, the first of two towns"
            out.append((first, f"{source} ({marker})" if marker else source))
    first, joiner, _ = place.name.partition(" ")
    if joiner and fold(place.name).split()[1] in _TWIN_JOINERS and _own_word(gazetteer, place, first):
        out.append((first, "primary, the first of two towns"))  # "Nabatîyé" of "Nabatîyé et Tahta"
    return out


def _own_word(gazetteer: Gazetteer, place: GeoPlace, text: str) -> bool:
    """Whether a one-word Latin name the gazetteer does not list is safe as the town's alias: of
    MIN_TWIN_LETTERS letters or more, no everyday word of the press's languages, and no other
    place's name (unless only of the town's own duplicate records)."""
    word = text.strip()
    if " " in word or not word.isalpha() or len(word) < MIN_TWIN_LETTERS:
        return False
    if any(_listed_zipf(word.lower(), language) >= MIN_EVERYDAY_ZIPF for language in ("en", "fr", "pt", "es")):
        return False
    others = gazetteer.lookup(name_key(word))
    return not others or _duplicate_record(place, others)


MIN_TWIN_LETTERS = 5


RESPELT_LIKENESS = 80  # how like the town's own or typed name (rapidfuzz ratio) an alternate respelt must be


def _respelt_alternates(
    gazetteer: Gazetteer, place: GeoPlace, known: set[tuple[str, ...]], typed: tuple[str, ...]
) -> list[tuple[str, str]]:
    """The French spellings (`spellings.french_spellings`: "dj" for j, "ou" for u, "ch" for sh)
    of a watched town's alternate Latin names, for a town of a country GeoNames romanises from
    another script: the gazetteer respells only the town's own name ("Janīn" as "Djanin"), while
    the French press respells the name the English press writes ("Jenine" as "Djénine"). Each
    must be safe as a one-word alias (`_own_word`) and new."""
    if place.country not in ROMANISED or place.population < RESPELT_POPULATION:
        return []
    out: list[tuple[str, str]] = []
    spelt = " ".join(name_key(place.name))
    for name in gazetteer.names_of(place):
        if name.source != "alternate" or name.common_word or not name.text.isascii():
            continue
        if fuzz.ratio(" ".join(name_key(name.text)), spelt) < RESPELT_LIKENESS and fuzz.ratio(
            " ".join(name_key(name.text)), " ".join(typed)
        ) < RESPELT_LIKENESS:
            continue  # another language's form ("Kirkukas", "Tyras"): no press writes it the French way
        for spelling in french_spellings(name.text):
            key = name_key(spelling)
            if key not in known and _own_word(gazetteer, place, spelling):
                known.add(key)
                out.append((spelling, f"alternate {name.text!r} as French transliteration writes it ({CAPITALISED})"))
    return out


# The short form the press writes for a city of several words: "Juárez" for Ciudad Juárez, "Rio"
# for Rio de Janeiro (the words before "de"), when every place whose own name it is has under
# 1/SHORT_FORM_RATIO of the city's people. Counted only capitalised, and within a sentence when
# it is an everyday word ("o rio", a river); a longer name that is another place ("Rio Grande")
# is that place, as any name inside a longer one.
SHORT_FORM_RATIO = 50
_CITY_WORDS = frozenset("ciudad cidade city ville".split())
_OF_WORDS = frozenset("de do da dos das del".split())


def _short_forms(gazetteer: Gazetteer, place: GeoPlace, typed: str) -> list[tuple[str, str]]:
    if place.population < BIG_CITY:
        return []
    out: list[tuple[str, str]] = []
    for written in dict.fromkeys((place.name, typed)):
        words = written.split()
        if len(words) < 2:
            continue
        if fold(words[0]) in _CITY_WORDS:
            if fold(words[1]) in _OF_WORDS:
                continue  # "Cidade de X", "City of X": the name is X already
            short = " ".join(words[1:])  # "Ciudad Juárez"
        else:
            cut = next((k for k, w in enumerate(words) if fold(w) in _OF_WORDS), None)
            if cut is None or cut == 0:
                continue
            short = " ".join(words[:cut])  # "Rio de Janeiro", "Santa Cruz de la Sierra"
        key = name_key(short)
        if sum(ch.isalpha() for ch in short) < MIN_ALIAS_LETTERS or any(name_key(o[0]) == key for o in out):
            continue
        namesakes = [p for p in gazetteer.lookup(key) if p.id != place.id and name_key(p.name) == key]
        if any(p.population * SHORT_FORM_RATIO > place.population for p in namesakes):
            continue
        common = max(zipf_frequency(" ".join(key), language, wordlist="small") for language in _PRESS_LANGUAGES)
        marker = NAMED_MID_SENTENCE if common >= COMMON_ZIPF else CAPITALISED
        out.append((short, f"short form ({marker})"))
    return out


# --- an Arabic-speaking country's town the gazetteer has no Arabic name for --------------------
# The Arabic press writes a town's name as it is said; GeoNames often lacks it ("كوستي", Kosti,
# has only a neighbour's "ربك"). For a city of a country that writes Arabic, whose Arabic names
# in the gazetteer do not spell its Latin name's consonants, the spellings a transcription gives
# ("Kosti": "كوستي", "كستي"; the Maghreb's French "dj", "Bordj Badji Mokhtar": "برج باجي مختار")
# count, as everyday words do: only after a word of place ("في كوستي", "مدينة كوستي"), with "ب"
# written onto it, or as a dateline.
ARABIC_COUNTRIES = ARABIC_WRITING
_CONSONANTS = (
    ("dj", "\u062c"), ("kh", "\u062e"), ("sh", "\u0634"), ("th", "\u062b"), ("dh", "\u0630"), ("gh", "\u063a"),
    ("b", "\u0628"), ("p", "\u0628"), ("t", "\u062a"), ("j", "\u062c"), ("g", "\u062c"), ("h", "\u062d"),
    ("d", "\u062f"), ("r", "\u0631"), ("z", "\u0632"), ("s", "\u0633"), ("f", "\u0641"), ("v", "\u0641"),
    ("q", "\u0642"), ("k", "\u0643"), ("c", "\u0643"), ("l", "\u0644"), ("m", "\u0645"), ("n", "\u0646"),
    ("w", "\u0648"), ("y", "\u064a"),
)
# A town of a country that does not write Arabic (the Sahel, Nigeria, the Horn, Central and East
# Africa) the Arabic press writes by sound too, with other letters for its sounds: "g" as غ
# ("غاريسا", Garissa; "بورزانغا", Bourzanga) or ج, "h" as ه ("مهداي", Mahaday), Somali "dh"
# (a "d") as د ("بارديري", Bardhere), French "tch", "ch" and "dj" as تش, ش and ج; no emphatics (a
# foreign name has none). Tried before `_CONSONANTS`.
_FOREIGN_CONSONANTS = (
    ("tch", "\u062a\u0634"), ("dj", "\u062c"), ("ch", "\u0634"), ("dh", "\u062f"), ("gh", "\u063a"), ("g", "\u063a"),
    ("h", "\u0647"),
)
_FOREIGN_LETTERS = {"\u063a": "\u062c"}
# The countries whose names these letters read: Africa's (its French, English, Portuguese and
# Somali spellings). Elsewhere the Latin letters say other sounds (pinyin's "q" and "x"), and
# the gazetteer's Arabic names are what the press writes.
AFRICAN_COUNTRIES = frozenset(
    "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU "
    "MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW".split()
)
_TRANSCRIBED_COUNTRIES = ARABIC_COUNTRIES | AFRICAN_COUNTRIES
_LONG = {"a": "\u0627", "o": "\u0648", "u": "\u0648", "i": "\u064a", "e": "\u064a"}
_DIPHTHONGS = {"ou": "u", "ai": "i", "ei": "i", "ay": "i", "ey": "i"}
# The Latin letters the press also writes with another Arabic letter: "t" is ت or the emphatic ط
# ("Tabqa": "الطبقة"), "h" ح or ه ("Tarhuna": "ترهونة"). (Not the other emphatics: each letter
# doubles a name's spellings, and the index holds every one.)
_OTHER_LETTERS = {"\u062a": "\u0637", "\u062d": "\u0647"}
# A short name has few spellings, room for the other emphatics and the press's q for k: "s" is
# also ص ("In Salah": "عين صالح"), "d" ض, "k" ق ("Ksar": "قصر"), and for a final "a" alef and
# hamza ("Sefra": "الصفراء"); tried first and given up when they make more than
# MAX_TRANSCRIPTIONS.
_EMPHATIC_LETTERS = {**_OTHER_LETTERS, "\u0633": "\u0635", "\u062f": "\u0636", "\u0643": "\u0642"}
MAX_TRANSCRIPTIONS = 32
# A town's name of two or three words ("Baga Sola", "Goz Beida"): the Arabic press of Chad and
# Sudan writes its "g" as ق or غ too ("قوز", "باغا"); its words' spellings, each as a one-word
# name's, make this many spellings at most.
_WORDS_LETTERS = {**_EMPHATIC_LETTERS, "\u062c": "\u0642\u063a"}
MAX_WORDS_TRANSCRIPTIONS = 3 * MAX_TRANSCRIPTIONS
# Letters a consonant of the Latin name may be in Arabic (emphatics, the press's g and q).
_SAME_SOUND = (  # disjoint classes: the press's g and q, emphatics
    "\u0643\u0642\u062c\u063a", "\u062a\u0637", "\u062f\u0636", "\u0633\u0635\u062b", "\u0632\u0638\u0630", "\u062d\u062e",
)
_SOUND_CLASS = {ch: group[0] for group in _SAME_SOUND for ch in group}
_ARABIC_VOWELS = frozenset("\u0627\u0648\u064a\u0649\u0629\u0647\u0621\u0639")


# A vowel before "a" is a glide, written as a consonant: "Khiam" (Khiyam) is خيام, "Gharian"
# غريان, "Suakin" سواكن.
_GLIDES = {"ia": "\u064a", "ua": "\u0648"}


def _latin_sounds(text: str, foreign: bool = False) -> list[str] | None:
    """A Latin name as Arabic consonants and long-vowel letters, "V:x" for a vowel x, "G:x" for
    a glide (a vowel written as the consonant x); None when it holds a letter the table lacks.
    `foreign`: the name of a country that does not write Arabic (`_FOREIGN_CONSONANTS` first; an
    opening "ou" before a vowel is و, "Ouallam" "والام"; "io", "iou" two vowels, "Dioura" "ديورا")."""
    word = fold(text).replace("-", "").replace("'", "")
    out: list[str] = []
    consonants = (*_FOREIGN_CONSONANTS, *_CONSONANTS) if foreign else _CONSONANTS
    k = 0
    while k < len(word):
        if foreign and k == 0 and word.startswith("ou") and word[2:3] in ("a", "e", "i", "o"):
            out.append("\u0648")
            k += 2
            continue
        if foreign and word.startswith("gu", k) and word[k + 2 : k + 3] in ("e", "i"):
            out.append("\u063a")  # French "gue", "gui": a "g" ("Aguelhok": "أغلهوك")
            k += 2
            continue
        if foreign and word[k] == "y" and k == len(word) - 1 and out and out[-1].startswith("V:"):
            out.append("\u064a")  # a final "ay", "ey": alef or not, then ي ("Mahaday": "مهداي")
            k += 1
            continue
        if foreign and word[k] == "o" and out and out[-1] == "V:i" and len(out) >= 2 and not out[-2].startswith("V:"):
            out.append("V:u")
            k += 2 if word.startswith("ou", k) else 1
            continue
        if word[k] in "aeiouy" and not (word[k] == "y" and k + 1 < len(word) and word[k + 1] in "aeiou"):
            vowel = "i" if word[k] == "y" else word[k]
            glide = _GLIDES.get(out[-1][2] + vowel) if len(out) >= 2 and out[-1].startswith("V:") else None
            if glide is not None and not out[-2].startswith("V:"):
                # "ia", "ua" after a consonant are two syllables: "Khiam" is خيام, "Suakin" سواكن
                out[-1] = f"G:{glide}"
                out.append(f"V:{vowel}")
            elif out and out[-1].startswith("V:"):
                # two letters, one vowel: French "ou" is u ("Bassikounou"), "ai", "ei" are i
                out[-1] = f"V:{_DIPHTHONGS.get(out[-1][2] + vowel, out[-1][2])}"
            else:
                out.append(f"V:{vowel}")
            k += 1
            continue
        for latin, arabic in consonants:
            if word.startswith(latin, k):
                if not (out and out[-1] == arabic):  # a doubled consonant is written once ("Kassala")
                    out.append(arabic)
                k += len(latin)
                break
        else:
            return None
    return out


def latin_sound_skeleton(name: str) -> str | None:
    """A one-word Latin name's consonants as the Arabic press writes them by sound, each as the
    first letter of its class of sounds (`arabic_sound_skeleton` of an Arabic spelling of it)."""
    sounds = _latin_sounds(name)
    if sounds is None:
        return None
    return _arabic_skeleton("".join(s for s in sounds if not s.startswith(("V:", "G:"))))


def arabic_sound_skeleton(word: str) -> str:
    """A folded Arabic word's consonants, each as the first letter of its class of sounds."""
    return _arabic_skeleton(word)


def _arabic_skeleton(word: str) -> str:
    """An Arabic word's consonants, each as the first letter of its class of sounds."""
    return "".join(_SOUND_CLASS.get(ch, ch) for ch in word if ch not in _ARABIC_VOWELS)


# The Arabic article as GeoNames' Latin names write it, assimilated or not: "Al-Tabqa", "At
# Tabqah", "Ed Damazin", "Ash Shihr".
_LATIN_ARTICLE = re.compile(r"^(?:[AaEe]l|[AaEe][rstdzn]h?)[-\s'’]\w")


def _articled_in_latin(gazetteer: Gazetteer, place: GeoPlace, arabic: str) -> bool:
    """Whether a one-word Arabic name without the article belongs to a place one of whose Latin
    names bears the article before that same name ("Al Khalis" beside "خالص"): the press writes
    the town with the article as well, though the bare word is an everyday one."""
    if " " in arabic or arabic.startswith(_ARTICLE):
        return False
    return any(
        n.script == "Latn" and _LATIN_ARTICLE.match(n.text) and len(name_key(n.text)) == 2
        for n in gazetteer.names_of(place, script=None)
    )


def _transcribed(gazetteer: Gazetteer, place: GeoPlace, typed: str) -> list[tuple[str, str]]:
    """The Arabic spellings of a typed name (`_transcriptions`). The article may be written onto
    them ("الكرمك", "بالطبقة") unless that makes an everyday word and no Latin name of the place
    bears it ("Balad": "بلد", not "البلد" nor "البلاد", the country; "Al-Tabqa": "الطبقة", though
    it is also "the class")."""
    names = gazetteer.names_of(place, script=None)
    article = any(n.script == "Latn" and _LATIN_ARTICLE.match(n.text) for n in names)
    foreign = place.country not in ARABIC_COUNTRIES
    if foreign and (place.country not in AFRICAN_COUNTRIES or any(n.script == "Arab" for n in names)):
        return []  # a foreign town the gazetteer names in Arabic: that name is the press's
    return _site_transcriptions(typed, [n.text for n in names if n.script == "Arab"], article and not foreign, foreign)


def _site_transcriptions(
    typed: str, arabic_names: Sequence[str], article: bool = False, foreign: bool = False
) -> list[tuple[str, str]]:
    """`_transcriptions`, of a name typed with a site's noun after it ("Koutoukalé prison"): in
    Arabic the noun is Arabic's own word, before the name ("سجن كوتوكالي"), never the noun's
    sounds ("بريسون"); the name is spelt as a name of its own."""
    words = typed.split()
    nouns = _ARABIC_SITE_NOUNS.get(fold(words[-1]), ()) if len(words) > 1 else ()
    if not nouns:
        return _transcriptions(typed, arabic_names, article, foreign)
    spelt = _transcriptions(" ".join(words[:-1]), arabic_names, article, foreign)
    return [(f"{noun} {text}", source) for noun in nouns for text, source in spelt]


# The nouns of a site typed after its name ("Koutoukalé prison", "Abu Shouk camp", "Anad base"),
# folded, as Arabic writes them before it: a prison, a camp of the displaced or of an army, a
# base, barracks, a market, a hospital.
_ARABIC_SITE_NOUNS = {
    "prison": ("سجن",),  # سجن
    "camp": ("مخيم", "معسكر"),  # مخيم، معسكر
    "base": ("قاعدة",),  # قاعدة
    "barracks": ("ثكنة",),  # ثكنة
    "market": ("سوق",),  # سوق
    "hospital": ("مستشفى",),  # مستشفى
}


# The words of Arabic place names for a feature of the land, as English and French
# romanisations write them (folded), and as Arabic does: a spring ("Ain", "In" in the Sahara's
# French names: "In Salah" is "عين صالح"), a well, a cape, a mountain, a valley, a mound, a
# monastery, a village, a castle, a tower, a bay, a bridge, a ruin, a fort, a saint's tomb.
# Not the words of kinship ("Abu", "Umm", "Ben", "Ouled"): with a name after them they are
# people as often as places.
_LATIN_FEATURES = {
    **dict.fromkeys("ain ayn ein in".split(), "\u0639\u064a\u0646"),  # عين
    **dict.fromkeys("bir".split(), "\u0628\u0626\u0631"),  # بئر
    **dict.fromkeys("ras".split(), "\u0631\u0623\u0633"),  # رأس
    **dict.fromkeys("jebel jabal djebel jbel".split(), "\u062c\u0628\u0644"),  # جبل
    **dict.fromkeys("wadi oued ouadi".split(), "\u0648\u0627\u062f\u064a"),  # وادي
    **dict.fromkeys("tell tal tel".split(), "\u062a\u0644"),  # تل
    **dict.fromkeys("deir dayr".split(), "\u062f\u064a\u0631"),  # دير
    **dict.fromkeys("kafr kfar".split(), "\u0643\u0641\u0631"),  # كفر
    **dict.fromkeys("qasr ksar kasr".split(), "\u0642\u0635\u0631"),  # قصر
    **dict.fromkeys("burj borj bordj".split(), "\u0628\u0631\u062c"),  # برج
    **dict.fromkeys("marsa".split(), "\u0645\u0631\u0633\u0649"),  # مرسى
    **dict.fromkeys("jisr djisr".split(), "\u062c\u0633\u0631"),  # جسر
    **dict.fromkeys("khirbet khirbat".split(), "\u062e\u0631\u0628\u0629"),  # خربة
    **dict.fromkeys("qalaat kalaat".split(), "\u0642\u0644\u0639\u0629"),  # قلعة
    **dict.fromkeys("hassi".split(), "\u062d\u0627\u0633\u064a"),  # حاسي
    **dict.fromkeys("sidi".split(), "\u0633\u064a\u062f\u064a"),  # سيدي
}
# The features' words the Arabic press writes onto the name, as one word: "كفر" ("كفرنبل",
# "كفرشوبا"), where "عين" or "رأس" stand apart.
_JOINED_FEATURES = frozenset({"\u0643\u0641\u0631"})
# The article as a word of its own, assimilated to a sun letter or not: "Al Qaim", "El Obeid",
# "Ad Diwaniyah", "Ash Shihr", "En Nahud".
_LATIN_ARTICLE_WORDS = frozenset(
    "al el at et ath eth ad ed adh edh ar er az ez as es ash esh ech an en".split()
)
# A name of two consonants is as short as many words: only its spellings that write every
# vowel, of this many letters or more ("Bara": "بارا", not "برا"), count.
_SHORT_NAME_LETTERS = 4


def _latin_parts(typed: str) -> tuple[str, bool, str] | None:
    """A typed Latin name as (the Arabic word of a land feature or "", whether the article comes
    before the name, the name), for names of one word after such words; None otherwise."""
    name = re.split(r"[,(]", typed)[0]  # "Bara, Sudan", "Bara (Sudan)": the name
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", fold(name).strip()) if w]
    feature = _LATIN_FEATURES.get(words[0], "") if len(words) > 1 else ""
    if feature:
        words = words[1:]
    article = len(words) > 1 and words[0] in _LATIN_ARTICLE_WORDS
    if article:
        words = words[1:]
    if len(words) != 1:
        return None
    return feature, article, words[0]


def _spellings(sounds: Sequence[str], others: Mapping[str, str], hamza: bool = False, voweled: bool = False) -> set[str] | None:
    """The Arabic spellings of a name's sounds, a consonant also as `others` writes it and (with
    `hamza`) a final "a" also as alef and hamza; None when more than MAX_TRANSCRIPTIONS.
    `voweled`: every vowel written, once: the matcher reads a word with fewer vowel letters or
    another final one as the same (`bot.arabic.vowel_letters_dropped`), so the other spellings
    would only cost memory."""
    spellings = {""}
    for k, sound in enumerate(sounds):
        if not sound.startswith("V:"):
            letter = sound[2:] if sound.startswith("G:") else sound
            other = others.get(letter)
            spellings = {s + written for s in spellings for written in (letter, *(other or ""))}
            continue
        letter = _LONG[sound[2]]
        if k == 0:
            spellings = {s + "\u0627" for s in spellings}  # an opening vowel: alef
        elif voweled:
            spellings = {s + letter for s in spellings}
        elif k == len(sounds) - 1:
            # a final vowel is written; a final "a" may be taa marbuta ("Kufra": "الكفرة"), or
            # alef and hamza ("Sefra": "الصفراء")
            finals = (letter, "\u0647", "\u0627\u0621")[: 3 if hamza else 2] if sound == "V:a" else (letter,)
            spellings = {s + final for s in spellings for final in finals}
        else:
            spellings = {t for s in spellings for t in (s, s + letter)}  # a medial one may be
        if len(spellings) > MAX_TRANSCRIPTIONS:
            return None
    return spellings


def _spelt_by(arabic: str) -> str:
    """The skeleton of a gazetteer's Arabic name without the words before it that name an
    administrative division ("مركز قضاء القائم" -> that of "القائم"). The article stays: a
    name the gazetteer writes with it ("الزاوية", also "the corner") may be refused as an
    alias, and the bare name's guesses are what finds the town then."""
    core = _without_division_words(fold(arabic)) or fold(arabic)
    return _arabic_skeleton(core.replace(" ", ""))


def _transcriptions(
    typed: str, arabic_names: Sequence[str], article: bool = False, foreign: bool = False
) -> list[tuple[str, str]]:
    """The Arabic spellings of a Latin name of one word, perhaps after the article ("Al Qaim",
    "Ash Shihr") or a word of a land feature (`_LATIN_FEATURES`: "In Salah"), unless one of
    `arabic_names` spells it; `article`: whether its Latin names bear the article (else one
    whose article makes an everyday word is marked `BARE_ONLY`). A name of two consonants only
    in its spellings of `_SHORT_NAME_LETTERS` letters or more. `foreign`: a town of a country
    that does not write Arabic (`_FOREIGN_CONSONANTS`)."""
    parts = _latin_parts(typed)
    if parts is None:
        return _transcriptions_of_words(typed, arabic_names, foreign)
    sounds = _latin_sounds(parts[2], foreign)
    if sounds is None:
        return []
    feature, with_article, _ = parts
    consonants = [s for s in sounds if not s.startswith(("V:", "G:"))]
    if len(consonants) < 2:
        return []  # too short to tell from a word
    skeleton = _arabic_skeleton(fold(feature) + (_ARTICLE if with_article else "") + "".join(consonants))
    if any(_spelt_by(text) == skeleton for text in arabic_names):
        return []  # the gazetteer spells it already
    if foreign:
        spellings = _spellings(sounds, _FOREIGN_LETTERS, voweled=True) or _spellings(sounds, {}, voweled=True)
    else:
        spellings = _spellings(sounds, _EMPHATIC_LETTERS, hamza=True) or _spellings(sounds, _OTHER_LETTERS)
    if spellings is None:
        return []
    if len(consonants) < 3:
        spellings = {text for text in spellings if len(text.rstrip("\u0621")) >= _SHORT_NAME_LETTERS}
    if foreign:
        # A spelling guessed for a foreign town that Arabic writes as a common word ("دوري" for
        # Dori: a league, "في دوري" in every sports page) is that word, even after a word of place.
        spellings = {text for text in spellings if _listed_zipf(text, "ar") < COMMON_ZIPF}
    out: list[tuple[str, str]] = []
    for text in sorted(spellings):
        marker = EVERYDAY_WORD if article or with_article or not _everyday_with_article(text) else BARE_ONLY
        written = _ARTICLE + text if with_article else text
        out.append((f"{feature} {written}" if feature else written, f"transcribed ({marker})"))
        if feature and not with_article:
            # the feature's name often takes the article in Arabic where the Latin drops it:
            # "Ain Sefra" is "عين الصفراء", "Ras Jedir" "رأس جدير"
            out.append((f"{feature} {_ARTICLE}{text}", f"transcribed ({marker})"))
        if feature in _JOINED_FEATURES:
            # the Levant writes a village's "Kfar" onto its name: "Kfar Shuba" is "كفرشوبا"
            out.append((f"{feature}{written}", f"transcribed ({marker})"))
    return out


# The words of kinship that open Arabic names of people as often as of towns ("Abu", "Umm", "Ben",
# "Ouled"): a name that starts with one is not guessed.
_LATIN_KINSHIP = frozenset("abu abou bou umm um om ben bin ibn beni bni bani ouled oulad awlad".split())


def _transcriptions_of_words(typed: str, arabic_names: Sequence[str], foreign: bool = False) -> list[tuple[str, str]]:
    """The Arabic spellings of a Latin name of two or three words ("Baga Sola": "باغا سولا"), each
    word spelt as a one-word name is, unless one of `arabic_names` spells the whole; none when a
    word is an article or a land feature's (the one-word path reads those), when it opens with
    a word of kinship, or when the name has fewer than three consonants. Counted only after a
    word of place, as everyday words are."""
    name = re.split(r"[,(]", typed)[0]
    words = [w for w in re.split(r"[\s\-\u2010\u2011]+", fold(name).strip()) if w]
    # A land feature's word opening a longer name is written as Arabic writes it ("Bordj Badji
    # Mokhtar": "برج باجي مختار"); the article before a word is written onto it ("Mays al-Jabal":
    # "ميس الجبل"). Both are words of Arabic, spelt once, not guessed.
    feature = _LATIN_FEATURES.get(words[0], "") if len(words) > 2 else ""
    if feature:
        words = words[1:]
    articles = [i for i, w in enumerate(words[:-1]) if w in _LATIN_ARTICLE_WORDS and words[i + 1] not in _LATIN_ARTICLE_WORDS]
    if articles and articles[0] == 0 and not feature:
        return []  # "Al Qaim", "El Hadjira": an article first is the one-word path's (`_latin_parts`)
    words = [w for i, w in enumerate(words) if i not in articles]
    articled = [i - rank for rank, i in enumerate(articles)]  # the words that bear it, counted without it
    if not 2 <= len(words) + bool(feature) <= 3 or any(
        w in _LATIN_ARTICLE_WORDS or (w in _LATIN_FEATURES and k not in articled) for k, w in enumerate(words)
    ):
        return []  # a feature's word after the article is a word like another ("Mays al-Jabal")
    if words[0] in _LATIN_KINSHIP:
        return []  # "Abu Kamal", "Umm Qasr": a person's name as often as a town's
    sounds = [_latin_sounds(w, foreign) for w in words]
    consonants = [[s for s in word if not s.startswith(("V:", "G:"))] for word in sounds if word is not None]
    if len(consonants) != len(words) or not all(consonants) or sum(map(len, consonants)) < 3:
        return []
    written = "".join((_ARTICLE if k in articled else "") + "".join(word) for k, word in enumerate(consonants))
    skeleton = _arabic_skeleton(fold(feature) + written)
    if any(_spelt_by(text) == skeleton for text in arabic_names):
        return []  # the gazetteer spells it already
    spellings: set[str] = {feature}
    for k, word in enumerate(sounds):
        assert word is not None
        if foreign:
            own = _spellings(word, _FOREIGN_LETTERS, voweled=True)
        else:
            own = _spellings(word, _WORDS_LETTERS) or _spellings(word, _OTHER_LETTERS)
        if own is None:
            return []
        if k in articled:
            own = {_ARTICLE + text for text in own}
        spellings = {f"{s} {t}".strip() for s in spellings for t in own}
        if len(spellings) > MAX_WORDS_TRANSCRIPTIONS:
            return []
    return [(text, f"transcribed ({EVERYDAY_WORD})") for text in sorted(spellings)]


def _everyday_with_article(folded: str) -> bool:
    """Whether a folded Arabic spelling with the article is a very common word ("البلاد", not
    "الكفرة", frequent as Kufra's name), its final "ه" read as a taa marbuta too."""
    forms = {folded, folded[:-1] + "\u0629"} if folded.endswith("\u0647") else {folded}
    return any(_listed_zipf(_ARTICLE + form, "ar") >= COMMON_ZIPF for form in forms)


# The Maghreb writes its "g" with a letter of its own, ڤ (GeoNames: "بنڤردان", Ben Gardane);
# the Arabic press writes ق ("بن قردان", "قفصة"). And a name GeoNames joins after "بن" (son of),
# whose Latin name is two words ("Ben Gardane"), the press writes in two words too.
MAGHREB = frozenset("TN DZ MA LY MR".split())
_VEH, _QAF = "\u06a4", "\u0642"
_BEN = "\u0628\u0646"
_LATIN_BEN = frozenset("ben bin beni bni".split())


def _maghreb_spellings(place: GeoPlace, text: str) -> list[str]:
    """The Arabic press's spellings of a Maghreb town's GeoNames Arabic name `text`, besides it."""
    if place.country not in MAGHREB or _VEH not in text:
        return []
    spelt = text.replace(_VEH, _QAF)
    out = [spelt]
    latin = fold(place.name).split()
    if len(latin) == 2 and latin[0] in _LATIN_BEN and " " not in spelt and spelt.startswith(_BEN) and len(spelt) > 5:
        out.append(f"{_BEN} {spelt[2:]}")
    return out


_FINAL_HAMZA = "\u0627\u0621"  # اء


def _without_final_hamza(text: str) -> str | None:
    """An Arabic name ending in alef and hamza as the press also writes it, without the hamza
    ("صنعاء", "صنعا"; "البيضاء", "البيضا"), or None."""
    stripped = text.rstrip()
    return stripped[:-1] if stripped.endswith(_FINAL_HAMZA) and len(stripped) > 4 else None


def _capitals(text: str) -> bool:
    """An acronym in plain capitals ("US", "UAE"), not "EE. UU." (its dots and space)."""
    return text.isascii() and text.isalpha() and text.isupper()


def _iberian_everyday(text: str) -> bool:
    """Whether a one-word Latin name is an everyday word of Portuguese or Spanish. The index
    marks everyday words of English and French only (`bot.geo.names`, rule 6); the feeds are in
    Portuguese and Spanish too, where GeoNames' alternate "Ataque" (Ataq) is "attack"."""
    word = text.strip().lower()
    return " " not in word and word.isalpha() and any(_listed_zipf(word, lang) >= COMMON_ZIPF for lang in ("pt", "es"))


def _listed_zipf(word: str, lang: str) -> float:
    """A word's Zipf frequency read straight from wordfreq's small list, for the thousands of
    names read once at start-up: `zipf_frequency` would keep each answer in wordfreq's cache
    (megabytes for a large config). Called as wordfreq calls it itself, by position: its cache
    is keyed by how it was called, and `wordlist="small"` kept a second copy of each list's
    dict (5.5 MB for the five languages)."""
    frequency = get_frequency_dict(lang, "small").get(word, 0.0)
    return math.log10(frequency) + 9 if frequency > 0 else 0.0


def _shared(gazetteer: Gazetteer, place: GeoPlace, resolution: Resolution) -> bool:
    """Whether the admin typed a name the world shares with a better-known place ("Tripoli" in a
    Lebanon watchlist): the place's Arabic name is as shared, and counts where the item says
    which (TIED_TO_COUNTRY)."""
    best = gazetteer.lookup(name_key(resolution.location))
    return bool(best) and best[0].id != place.id


def _tied(gazetteer: Gazetteer, place: GeoPlace, resolution: Resolution, namesakes: Sequence[GeoPlace]) -> bool:
    """Whether a better-known namesake's Arabic name counts for the watched town where the item
    ties it to the town's country: when the typed name is shared too (`_shared`), or when the
    namesake is in another country ("مونغو": Zambia's Mongu, and Chad's Mongo in "مونغو وسط
    تشاد"), so that the country named tells the two apart."""
    return _shared(gazetteer, place, resolution) or all(other.country != place.country for other in namesakes[:1])


# GeoNames often holds one town twice (the town and its populated place, or an old record): a
# better-known record of an alternate name this close to the watched town is the town itself.
DUPLICATE_RECORD_KM = 10.0


def _duplicate_record(place: GeoPlace, namesakes: Sequence[GeoPlace]) -> bool:
    """Whether the better-known places owning an alternate name are all records of the watched
    town itself, within DUPLICATE_RECORD_KM ("Mocímboa", 4 km from Mocímboa da Praia)."""
    return bool(namesakes) and all(
        other.id == place.id
        or (
            other.kind == "city"
            and not math.isnan(other.lat)
            and distance_km(other.lat, other.lon, place.lat, place.lon) <= DUPLICATE_RECORD_KM
        )
        for other in namesakes
    )


def _tied_abroad(gazetteer: Gazetteer, place: GeoPlace, namesakes: Sequence[GeoPlace]) -> bool:
    """Whether a Latin alternate name the watched town shares with a better-known place counts
    where the item ties it to the town (TIED_TO_COUNTRY): when that place is in another country
    ("Saida": Algeria's Saïda and Lebanon's Sidon; "Khoms": Syria's Homs and Libya's Al Khums),
    so that the country, a demonym or a place nearby tells them apart. Not for a capital or a
    city of a million (`_known_worldwide`), whose shared alternates are old names or another
    place's ("Edo" for Tokyo, "Olbia" for Antalya), and the press writes its own. Not a namesake of the
    same country, which the item's context cannot tell apart, nor a country's name ("Salvador":
    El Salvador's, and Salvador da Bahia's short form, `_short_forms`)."""
    return (
        place.kind == "city"
        and bool(namesakes)
        and namesakes[0].kind == "city"
        and namesakes[0].country != place.country
        and not _known_worldwide(gazetteer, place)
    )


# --- a division typed with a word of direction, in the other languages of the feeds ----------
# A province or region named by a direction and a name ("North Kivu", "Lower Shabelle", "North
# Darfur") is written in each language with that language's word, before or after the name:
# French "Nord-Kivu", "Kivu du Nord", "Bas-Shabelle"; Portuguese and Spanish "Kivu do Norte",
# "Kivu del Norte"; Arabic "شمال كيفو", "شبيلي السفلى" (the name transcribed).
@dataclass(frozen=True)
class _Direction:
    english: str
    words: frozenset[str]  # its words in English, French, Portuguese and Spanish, folded
    before: tuple[str, ...]  # the Latin words written before the name, with a hyphen
    after: tuple[str, ...]  # the Latin words written after it
    arabic_before: str = ""  # the Arabic noun before the name ("شمال كيفو")
    arabic_after: str = ""  # or the Arabic adjective after it ("شبيلي السفلى")


_DIRECTIONS = (
    _Direction("North", frozenset("north nord norte".split()), ("Nord",), ("du Nord", "Nord", "do Norte", "del Norte"), "شمال"),
    _Direction("South", frozenset("south sud sul sur".split()), ("Sud",), ("du Sud", "Sud", "do Sul", "del Sur"), "جنوب"),
    _Direction("East", frozenset("east est leste este".split()), ("Est",), ("de l'Est", "Est", "do Leste", "del Este"), "شرق"),
    _Direction(
        "West", frozenset("west ouest oeste".split()), ("Ouest",), ("de l'Ouest", "Ouest", "do Oeste", "del Oeste"), "غرب"
    ),
    _Direction("Lower", frozenset("lower bas basse baixo bajo".split()), ("Bas", "Basse"), ("Inferior",), arabic_after="السفلى"),
    _Direction("Upper", frozenset("upper haut haute alto alta".split()), ("Haut", "Haute"), ("Superior",), arabic_after="العليا"),
    _Direction("Middle", frozenset("middle moyen moyenne medio".split()), ("Moyen", "Moyenne"), (), arabic_after="الوسطى"),
)
_DIRECTION_LINKS = frozenset("du do del de".split())


def _directed(words: Sequence[str]) -> tuple[_Direction, str] | None:
    """The direction and the name of a division written "North Kivu", "Nord-Kivu" or "Kivu du
    Nord", or None."""
    for direction in _DIRECTIONS:
        if len(words) == 2 and fold(words[0]) in direction.words:
            return direction, words[1]
        linked = len(words) == 2 or (len(words) == 3 and fold(words[1]) in _DIRECTION_LINKS)
        if len(words) in (2, 3) and linked and fold(words[-1]) in direction.words:
            return direction, words[0]
    return None


def division_forms(typed: str) -> list[tuple[str, str]]:
    """A typed division of a direction and a one-word name ("North Kivu", "Nord-Kivu", "Kivu du
    Nord") in the other languages' forms (`_DIRECTIONS`), the Arabic ones with the name
    transcribed; none for other names. Latin forms count only capitalised. (A division's own
    name transcribed, "ولاية بورنو", was tried: its reports were read right, yet two spent story
    sets grouped worse with them.)"""
    found = _directed([w for w in re.split(r"[\s\-\u2010\u2011]+", typed.strip()) if w])
    if found is None or not found[1].isalpha() or len(found[1]) < MIN_ALIAS_LETTERS:
        return []
    direction, base = found
    latin = [f"{direction.english} {base}", *(f"{word}-{base}" for word in direction.before)]
    latin += [f"{base} {word}" for word in direction.after]
    latin += [f"{base}-{word}" for word in direction.after if " " not in word]
    typed_key = name_key(typed)
    out = [(text, f"division's form ({CAPITALISED})") for text in dict.fromkeys(latin) if name_key(text) != typed_key]
    country = division_country(name_key(typed))
    for text in sorted({text for text, _ in _transcriptions(base, [], foreign=country not in ARABIC_COUNTRIES)}):
        arabic = f"{direction.arabic_before} {text}" if direction.arabic_before else f"{text} {direction.arabic_after}"
        out.append((arabic, "division's form, transcribed"))
    return out


def _country_name(gazetteer: Gazetteer, place: GeoPlace, name: Name) -> bool:
    """Whether a Latin name of a country is one the press calls it by: an exonym of a language
    of the feeds, or a short form of `country_names.tsv` ("Burkina" for Burkina Faso) that no
    other country shares ("Congo" is two)."""
    if name.source in _COUNTRY_SOURCES:
        return True
    if name.source != "short":
        return False
    return [p.id for p in gazetteer.lookup(name_key(name.text)) if p.kind == "country"] == [place.id]


def gazetteer_aliases(
    gazetteer: Gazetteer, resolution: Resolution, watched_airports: frozenset[str] | None = None
) -> list[tuple[str, str]]:
    """The names the gazetteer knows a resolved place by, safe to match without being typed:
    (name, source). A site has none (the place its name contains is not the site); a name
    must have 3 letters or more, be no everyday word ("Nice" counts only capitalised, which
    an alias cannot ask for) and, for an alternate spelling, be no better-known place's name
    (an old name of one town is often the current name of another). Arabic-script names count
    too (they can only meet Arabic words): of the Arabic alphabet and 4 letters or more.
    Exceptions, each marked so the matcher asks for capitals: a world city's spelling shared only
    with small towns (`_outshines`), and a city's names in CLDR (`city_exonyms`), everyday words
    or not. `watched_airports`: the ids of the airports the config watches, when the caller knows
    them; a city then takes the names of its other airports (`_airport_aliases`)."""
    place = resolution.place
    if place is None and resolution.point is None:
        return division_forms(resolution.location)  # "North Kivu": "Nord-Kivu", "شمال كيفو"
    if place is None and resolution.point is not None and resolution.country in _TRANSCRIBED_COUNTRIES:
        # a town typed with its coords: "Kufra" is "الكفرة", "Mahaday" "مهداي"
        return _site_transcriptions(resolution.location, [], foreign=resolution.country not in ARABIC_COUNTRIES)
    if place is None or resolution.kind == "site":
        return []
    out: list[tuple[str, str]] = []
    exonyms = city_exonyms(place, gazetteer)
    for name in gazetteer.names_of(place, script=None):
        arabic_city = name.script == "Arab" and place.kind == "city"
        marker = _arabic_marker(name.text, name.common_word, place.population) if arabic_city else None
        if arabic_city and marker is None and _everyday_in_arabic(name.text, place.population):
            marker = EVERYDAY_WORD  # "تدمر" (it destroys), "جوهر" (the essence): Palmyra, Jowhar only where a place can stand
        if name.script == "Other" or marker == "" or (name.script == "Arab" and not marker and not _arabic_alias(name.text)):
            continue
        own = name.source == "primary" and place.kind != "airport"
        if own and name_key(name.text) == name_key(resolution.location):
            continue  # the location's own name, typed already
        if own and _APOSTROPHES.intersection(name.text):
            out.append((name.text, "primary"))  # "Ma'rib" when "Marib" was typed: another way to write it
            continue
        country_in_arabic = place.kind == "country" and name.script == "Arab"  # "السودان": frequent, yet only Sudan
        if name.common_word and name.script == "Latn" and name.text in exonyms.values():
            marker = NAMED_MID_SENTENCE  # "Londres", "Bruxelles": frequent words, yet the city's name in CLDR
        # A country's press acronym ("US", "UAE", "RDC"): matched only in capitals, so "us" is no alias.
        acronym = place.kind == "country" and name.source == "acronym" and _capitals(name.text)
        world_city = arabic_city and _known_by_name(name.text, place.population)
        country_name = place.kind == "country" and name.script == "Latn" and _country_name(gazetteer, place, name)
        if country_name and name.common_word and not marker:
            marker = CAPITALISED  # "Syrie", "Turquie": frequent because they name the country; not "syrie"
        everyday = name.common_word and not country_in_arabic and not marker and not world_city
        if not acronym and (everyday or sum(ch.isalpha() for ch in name.text) < MIN_ALIAS_LETTERS):
            continue
        if not own and not marker and _iberian_everyday(name.text):
            if place.population < POPULOUS_ALTERNATE:
                continue  # "Ataque" (GeoNames' Spanish for Yemen's Ataq) is the word "attack" in the news
            marker = NAMED_MID_SENTENCE
        if acronym:
            out.append((name.text, name.source))
            if 2 <= len(name.text) <= 3:
                out.append(("".join(f"{letter}." for letter in name.text), name.source))  # "U.S.", "U.K."
            continue
        if place.kind == "country":
            if name.source not in _COUNTRY_SOURCES and not country_name:
                continue
        elif place.kind == "airport":
            if name.source not in ("primary", "iata"):
                continue  # the official name and the IATA code; ICAO codes are not written in the news
        elif name.source not in ("alternate", "respelt") and not own:
            continue  # the place's own name counts when another was typed ("Gaalkacyo" for "Galkayo")
        if name.source in ("alternate", "respelt") or own:
            words = name_key(name.text)
            if len(words) > 1 and not own and set(name_key(place.name)) <= set(words):
                continue  # the name qualified in some language ("Mosul khot"): the name itself is matched
            best = gazetteer.lookup(words)
            if not best:
                continue
            if best[0].id != place.id:
                if _outshines(gazetteer, place, best, words):
                    marker = CAPITALISED  # the small towns' name, the city's only as a name ("tunes" is no Tunes)
                elif _accentable(gazetteer, place, name.text) and words != name_key(resolution.location):
                    marker = FINAL_ACCENT  # "Saná": not "sana" (healthy), nor Peru's Saña
                elif name.script == "Arab" and place.kind == "city" and " " not in name.text.strip() and _tied(gazetteer, place, resolution, best):  # noqa: E501
                    marker = TIED_TO_COUNTRY  # "طرابلس" for Lebanon's Tripoli: Libya's, unless tied to Lebanon
                elif place.kind == "city" and _duplicate_record(place, best):
                    pass  # "Mocímboa": GeoNames' second record of the town itself, a few km off
                elif name.script == "Latn" and _tied_abroad(gazetteer, place, best):
                    # "Saida" for Sidon: Algeria's Saïda, unless the item is about Lebanon; an everyday
                    # word's marker ("Tiro") holds as well
                    marker = f"{marker}; {TIED_TO_COUNTRY}" if marker else TIED_TO_COUNTRY
                else:
                    continue
        out.append((name.text, f"{name.source} ({marker})" if marker else name.source))
        if arabic_city and marker == EVERYDAY_WORD and _articled_in_latin(gazetteer, place, name.text):
            # "خالص" (pure) is Khalis; the press writes the town "الخالص", as its Latin names do
            # ("Al Khalis"): with the article too, still only where a place can stand
            out.append((_ARTICLE + name.text, f"{name.source}, with the article its Latin names bear ({EVERYDAY_WORD})"))
        if arabic_city:
            press = f"{name.source}, as the Arabic press writes it"
            out.extend((text, f"{press} ({marker})" if marker else press) for text in _maghreb_spellings(place, name.text))
        bare = _without_final_hamza(name.text) if arabic_city else None
        if bare is not None:
            common = zipf_frequency(bare, "ar", wordlist="small") >= MIN_EVERYDAY_ZIPF
            bare_marker = marker or _arabic_marker(bare, common, place.population)
            if bare_marker != "":
                source = f"{name.source}, final hamza dropped"
                out.append((bare, f"{source} ({bare_marker})" if bare_marker else source))
    if place.kind == "city":
        taken = {name_key(text) for text, _ in out}
        out.extend(s for s in _short_forms(gazetteer, place, resolution.location) if name_key(s[0]) not in taken)
        out.extend(_transcribed(gazetteer, place, resolution.location))
        out.extend(s for s in _first_of_twin_towns(gazetteer, place) if name_key(s[0]) not in taken)
        out.extend(s for s in _without_divisions(gazetteer, place) if name_key(s[0]) not in taken)
    known = {name_key(resolution.location), *(name_key(text) for text, _ in out)}
    known.update(name_key(n.text) for n in gazetteer.names_of(place, script=None))  # taken or refused already
    for language, text in exonyms.items():
        if name_key(text) not in known and not is_arabic(text):
            known.add(name_key(text))
            out.append((text, f"CLDR {language} ({CAPITALISED})"))
    if place.kind == "city":
        out.extend(_respelt_alternates(gazetteer, place, known, name_key(resolution.location)))
    for text, source in _airport_aliases(gazetteer, resolution, watched_airports):
        if name_key(text) not in known:
            known.add(name_key(text))
            out.append((text, source))
    # A name written with an apostrophe is often written without it: "Coxs Bazar", "Marib".
    typed = {name_key(resolution.location)}
    for text in [resolution.location, *(t for t, _ in out)]:
        if place.kind != "country" and _APOSTROPHES.intersection(text) and name_key(text) != name_key(_unquoted(text)):
            bare = _unquoted(text)
            if name_key(bare) not in typed and sum(ch.isalpha() for ch in bare) >= MIN_ALIAS_LETTERS:
                typed.add(name_key(bare))
                out.append((bare, "alternate"))
    if place.kind == "city":
        for text in [resolution.location, *(t for t, _ in out)]:
            for short in press_shortenings(text):
                if name_key(short) not in typed and name_key(short) not in known:
                    typed.add(name_key(short))
                    out.append((short, f"press shortening ({CAPITALISED})"))
    return out


# How the press shortens a town's name of several words: "Saint"/"Sainte" as "St"/"Ste" ("St-Marc",
# "Ste-Rose"), a name of three capitalised words or more by the initials of all but its last
# ("D.G. Khan" for Dera Ghazi Khan), and an Arabic article joined by a hyphen written onto the
# word it assimilates to ("Ras el-Ain" as "Ras Elain", "Deir ez-Zor" as "Deir Ezzor"). Matched
# only capitalised, as CLDR's exonyms are.
_SAINTS = {"saint": "St", "sainte": "Ste"}
_JOINED_ARTICLE = re.compile(r"(?<=\s)([AaEe])([rsztdn])-([RSZTDNrsztdn])(?=[^\Wh])")  # not "es-Sheikh"


def press_shortenings(text: str) -> list[str]:
    """The press's shortened forms of a town's name `text` (see above); none for one word."""
    words = text.split()
    out = []
    first, _, rest = text.partition("-") if len(words) == 1 else (words[0], " ", " ".join(words[1:]))
    if first.lower() in _SAINTS and rest:
        joint = "-" if len(words) == 1 else " "
        out.append(f"{_SAINTS[first.lower()]}{joint}{rest}")
        if joint == " ":
            out.append(f"{_SAINTS[first.lower()]}. {rest}")
    if len(words) >= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
        out.append("".join(f"{w[0]}." for w in words[:-1]) + f" {words[-1]}")
    # only where the article's consonant is the next word's first, as Arabic says it ("ez-Zor")
    joined = _JOINED_ARTICLE.sub(
        lambda m: m.group(1).upper() + m.group(2) + m.group(3).lower() if m.group(2) == m.group(3).lower() else m.group(0), text
    )
    if joined != text:
        out.append(joined)
    return out


def _airport_aliases(
    gazetteer: Gazetteer, resolution: Resolution, watched_airports: frozenset[str] | None
) -> list[tuple[str, str]]:
    """The names an airport is written by that a watched place takes as its own. A watched city
    is named by the codes of its airports ("flights to MIU"), those that serve it and those within
    its `radius:` (source "iata": counted in a sentence about flying); not by their official
    names, whose people's names ("Mallam Aminu International Airport") would make "Aminu Kano" a
    place; not by an airport the config watches itself (an admin who lists "Bamako airport" beside
    Bamako has said the airport is a place of its own: "BKO" is the airport's); and by none when
    the config is not known (`watched_airports` None). A watched airport's official name that
    begins with its city's ("Beirut Rafic Hariri International Airport") is written without it too
    ("Rafic Hariri International Airport"), when what is left is no everyday word ("Moi"); both
    without "International" too ("Aden Adde airport"); and the served city's Arabic names after
    the word for airport ("مطار بغداد" for "Baghdad airport")."""
    place = resolution.place
    if place is None or place.kind not in ("city", "airport"):
        return []
    airports = [place] if place.kind == "airport" else []
    if place.kind == "city" and watched_airports is not None:
        airports += [a for a in gazetteer.airports_near(place) if place.geonameid is not None and a.serves == place.geonameid]
        if resolution.radius is not None and resolution.point is not None:
            lat, lon = resolution.point
            airports += [a for a, _ in gazetteer.within(lat, lon, resolution.radius, kind="airport") if a not in airports]
        airports = [a for a in airports if a.id not in watched_airports]
    if place.kind == "city":
        return [(airport.iata, "iata") for airport in airports if airport.iata]
    out: list[tuple[str, str]] = []
    city = _served_city(gazetteer, resolution)
    short = _without_city(gazetteer, place, city) if city is not None else None
    for name in (place.name, *([short] if short is not None else [])):
        # "Aden Adde airport", "Rafic Hariri airport": the press drops "International"
        plain = " ".join(w for w in name.split() if fold(w) not in _INTERNATIONAL)
        out += [(text, "primary") for text in (name, plain) if text != place.name]
    if city is not None:
        # The city's Arabic names after the word for airport: "مطار بغداد الدولي" for "Baghdad
        # airport" (Latin spellings of the city meet the typed name's words by their likeness).
        # Read from the city's names alone, with no look-up of each (memory, at 10,000 names).
        seen = {name_key(resolution.location)}
        for arabic in gazetteer.names_of(city, script="Arab"):
            marker = _arabic_marker(arabic.text, arabic.common_word, city.population)
            if marker == "" or (not marker and not _arabic_alias(arabic.text)):
                continue
            bare = _without_final_hamza(arabic.text)  # "مطار صنعا" too
            for text in (arabic.text, *([bare] if bare is not None else [])):
                composed = f"مطار {text}"
                if name_key(composed) not in seen:
                    seen.add(name_key(composed))
                    out.append((composed, f"{arabic.source} ({marker})" if marker else arabic.source))
    return out


_INTERNATIONAL = frozenset({"international", "internationale", "intl"})


def _served_city(gazetteer: Gazetteer, resolution: Resolution) -> GeoPlace | None:
    """The city a watched airport serves: GeoNames' record of it, else the city its typed name
    holds ("Erbil airport") within 50 km of it."""
    airport = resolution.place
    if airport is None:
        return None
    if airport.serves is not None and (city := gazetteer.place(f"gn:{airport.serves}")) is not None:
        return city
    words = tuple(w for w in name_key(resolution.location) if w not in AIRPORT_WORDS and w not in _LINKS)
    near = [p for p in gazetteer.lookup(words) if p.kind == "city" and distance_km(p.lat, p.lon, airport.lat, airport.lon) <= 50]
    return near[0] if words and near else None


def _without_city(gazetteer: Gazetteer, airport: GeoPlace, city: GeoPlace) -> str | None:
    """An airport's official name without the name of the city it serves that it begins with
    ("Beirut Rafic Hariri International Airport" -> "Rafic Hariri International Airport"), when
    the rest says more than the airport words and is no everyday word; else None."""
    words = airport.name.split()
    heads = {name_key(name.text) for name in gazetteer.names_of(city)} | {name_key(city.name)}
    if "-" in words[0] and name_key(words[0].split("-", 1)[0]) in heads:
        # the city's name joined by a hyphen: "Djibouti-Ambouli Airport" -> "Ambouli Airport"
        head, rest_of_first = words[0].split("-", 1)
        words = [head, rest_of_first, *words[1:]]
    for size in (3, 2, 1):
        if len(words) <= size + 1 or name_key(" ".join(words[:size])) not in heads:
            continue
        rest = " ".join(words[size:])
        proper = [w for w in name_key(rest) if w not in AIRPORT_WORDS and w not in _LINKS]
        letters = sum(len(w) for w in proper)
        # the small lists the matcher reads anyway: the large ones cost 30 MB at 10,000 names
        everyday = any(
            len(w) > 1 and zipf_frequency(w, lang, wordlist="small") >= COMMON_ZIPF for w in proper for lang in ("en", "fr")
        )
        if letters < 4 or everyday:
            return None
        return rest
    return None


# An exonym that is also the own name of small towns elsewhere ("Bagdad", Arizona; "Alger",
# Ohio) still means the world city to the press that writes it. GeoNames also lists old and
# foreign names that are other places' or things' names ("Edo" for Tokyo, "Olbia" for
# Antalya): only another spelling of the city's own name, that the press writes (wordfreq),
# whose namesakes are all small towns, counts. The item's context still turns the small town
# away when the text means it ("Bagdad, Arizona").
NAMESAKE_TOWN = 10_000  # people
PRESS_ZIPF = 3.0  # wordfreq's scale: about once in 10 million words of the press's languages
SAME_NAME_RATIO = 70  # rapidfuzz's ratio of the folded names: "Bagdad" 92, "Atenas" 83, "Edo" 25
_PRESS_LANGUAGES = ("en", "fr", "pt", "es")


def _accentable(gazetteer: Gazetteer, place: GeoPlace, text: str) -> bool:
    """Whether an alternate spelling another place or an everyday word also bears may still name
    a capital or a city of a million as Portuguese and Spanish write a foreign name: with an
    accent on its last vowel ("Saná", "Bagdá"), which the word and the namesake lack. One
    word ending in a vowel, Latin script."""
    return (
        _known_worldwide(gazetteer, place)
        and " " not in text.strip()
        and text.isalpha()
        and text[-1:].lower() in "aeiou"
        and not is_arabic(text)
        and fuzz.ratio(" ".join(name_key(text)), " ".join(name_key(place.name))) >= ACCENTED_RATIO
    )


ACCENTED_RATIO = 85  # "Sana" for Sanaa 89; not another city's own name ("Sakata" for Jakarta, 77)


def _outshines(gazetteer: Gazetteer, place: GeoPlace, namesakes: Sequence[GeoPlace], words: Sequence[str]) -> bool:
    """Whether readers take a spelling for `place` over all its namesakes: a capital or a city of
    a million, spelt so by the press, whose namesakes are small towns; not an everyday word of
    Portuguese or Spanish ("rio", a river: the gazetteer marks the English and French ones)."""
    if not _known_worldwide(gazetteer, place) or any(p.population > NAMESAKE_TOWN for p in namesakes if p.id != place.id):
        return False
    text = " ".join(words)
    if fuzz.ratio(text, " ".join(name_key(place.name))) < SAME_NAME_RATIO:
        return False
    frequency = {language: zipf_frequency(text, language, wordlist="small") for language in _PRESS_LANGUAGES}
    return max(frequency.values()) >= PRESS_ZIPF and max(frequency["pt"], frequency["es"]) < COMMON_ZIPF


# CLDR names the cities of its time zones in each language ("Europe/London": Londres, Londres,
# Londres, لندن): the exonyms the press of those languages writes, with no junk. The names are
# of the zone's exemplar city only, which must be the place itself.
_EXONYM_LANGUAGES = ZONE_LANGUAGES  # what the cache file carries


def city_exonyms(place: GeoPlace, gazetteer: Gazetteer | None = None) -> dict[str, str]:
    """A city's names in French, Portuguese and Spanish by CLDR, when it names a time zone: from
    the gazetteer's cache file, which carries them (`sources.zone_cities`), else from babel."""
    zone = place.zone
    if place.kind != "city" or not zone or fold(zone.rsplit("/", 1)[-1].replace("_", " ")) != fold(place.name):
        return {}
    carried = gazetteer.tables.zone_cities if gazetteer is not None else None
    names = carried.get(zone, {}) if carried is not None else _zone_cities_of_babel(zone)
    out = {}
    for language in _EXONYM_LANGUAGES:
        city = names.get(language, "").split(" (")[0]  # "Tripoli (Libye)"
        if city:
            out[language] = city
    return out


def _zone_cities_of_babel(zone: str) -> dict[str, str]:
    """`sources.zone_cities` for one zone, for a gazetteer built without it (tests)."""
    return {language: city for language in _EXONYM_LANGUAGES if (city := _zone_names(language).get(zone, {}).get("city", ""))}


@cache
def _zone_names(language: str) -> Mapping[str, Mapping[str, str]]:
    from babel import Locale  # only for a gazetteer without the names: the bot's never loads it

    return Locale.parse(language).time_zones


_APOSTROPHES = frozenset("'’ʼʿ‘`")


def _unquoted(text: str) -> str:
    return "".join(ch for ch in text if ch not in _APOSTROPHES)


# --- places named near a watched point -------------------------------------------------------


@dataclass(frozen=True)
class _Watched:
    watchlist: str
    location: str
    lat: float
    lon: float
    km: float
    place_id: str | None
    country: str | None


class Nearby:
    """The places an item names within the radius of a watched location: the matcher's
    `nearby` hook, built once per config. Called with an item's folded and written words, it
    returns (watchlist, location, first word, end word, distance in km) for each place named
    within a radius."""

    def __init__(self, gazetteer: Gazetteer, resolutions: Resolutions):
        self._gazetteer = gazetteer
        self._watched = [
            _Watched(
                r.watchlist,
                r.location,
                r.point[0],
                r.point[1],
                r.radius,
                r.place.id if r.place else None,
                r.place.country if r.place else None,
            )
            for r in resolutions.values()
            if r.radius is not None and r.point is not None
        ]
        # Each watched location with a point (an airport, a site by its coords, another town)
        # that lies within the radius of another location of its watchlist: named, it is a place
        # named within that radius as a gazetteer town is ("MGQ" in a sentence about flying, the
        # watched "Bagram airfield" 11 km from a watched Charikar of radius 30).
        self._held: dict[tuple[str, str], list[tuple[str, float]]] = {}
        for r in resolutions.values():
            if r.point is None or (r.place is not None and r.place.kind == "country"):
                continue
            for watched in self._watched:
                if watched.watchlist != r.watchlist or watched.location == r.location:
                    continue
                km = distance_km(watched.lat, watched.lon, r.point[0], r.point[1])
                if km <= watched.km:
                    self._held.setdefault((r.watchlist, r.location), []).append((watched.location, km))
        # The towns within each radius by the skeleton of their names, for the spellings the
        # gazetteer lacks: "Tajoura" (Tājūrā', Tajura), "Janzour" (Janzūr), "Pétion-Ville"
        # (Pétionville). A radius holds few towns, so this costs little.
        self._variants: dict[str, list[tuple[_Watched, GeoPlace, float]]] = {}
        for watched in self._watched:
            for place, km in gazetteer.within(watched.lat, watched.lon, watched.km, "city"):
                if place.id == watched.place_id:
                    continue
                for skeleton in {_skeleton(name.text) for name in gazetteer.names_of(place)}:
                    if len(skeleton) >= MIN_VARIANT_LETTERS:
                        self._variants.setdefault(skeleton, []).append((watched, place, km))

    def __bool__(self) -> bool:
        return bool(self._watched)

    def holding(self, watchlist: str, location: str) -> list[tuple[str, float]]:
        """The locations of the watchlist whose radius holds the watched `location`'s point, each
        with its distance in km: the item that names `location` names a place within them."""
        return self._held.get((watchlist, location), [])

    def radius(self, watchlist: str, location: str) -> float | None:
        """The radius in km of a watched location, None when it has none."""
        for watched in self._watched:
            if watched.watchlist == watchlist and watched.location == location:
                return watched.km
        return None

    def __call__(self, folded: Sequence[str], written: Sequence[str]) -> list[tuple[str, str, int, int, float]]:
        if not self._watched:
            return []
        spans = self._gazetteer.find_names(folded, written)
        named_countries = {span.places[0].country for span in spans if span.places and span.places[0].kind == "country"}
        found = []
        for span in spans:
            words = written[span.start : span.end]
            if not span.places or span.places[0].kind == "country" or not any(w[:1].isupper() for w in words):
                continue  # a country has no point; a place name is capitalised ("al-Baghdadi" counts)
            if sum(len(w) for w in words) < 3 or (len(words) == 1 and words[0].isupper() and len(words[0]) <= 4):
                continue  # too short to trust, or a code ("MIU" is also a university): codes are not places named
            candidates = [p for p in span.places if p.kind in ("city", "airport")]
            for watched in self._watched:
                place = _within(watched, candidates, named_countries)
                if place is None or place.id == watched.place_id:
                    continue
                distance = distance_km(watched.lat, watched.lon, place.lat, place.lon)
                found.append((watched.watchlist, watched.location, span.start, span.end, distance))
        if self._variants:
            found.extend(self._by_skeleton(folded, written, spans))
        return found

    def _by_skeleton(
        self, folded: Sequence[str], written: Sequence[str], spans: Sequence[NameSpan]
    ) -> Iterator[tuple[str, str, int, int, float]]:
        """Capitalised words no name was found at, one to three, read by their skeleton."""
        taken = {k for span in spans for k in range(span.start, span.end)}
        k, n = 0, len(folded)
        while k < n:
            if k in taken or not written[k][:1].isupper():
                k += 1
                continue
            for size in (3, 2, 1):
                words = range(k, min(n, k + size))
                if len(words) < size or any(j in taken or not written[j][:1].isupper() for j in words):
                    continue
                hits = self._variants.get(_skeleton("".join(folded[k : k + size])))
                if hits:
                    for watched, _place, km in hits:
                        yield watched.watchlist, watched.location, k, k + size, km
                    k += size - 1
                    break
            k += 1


# Transliterations of one sound in the press's languages: French "dj", "ou", "ch" for English
# "j", "u", "sh"; "q" for "k"; doubled letters, a final "h" after a vowel. A name's skeleton.
_SKELETON_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (pair[:2].strip(), pair[2:].strip()) for pair in "dj j,dh d,ou u,oo u,ee i,q  k,ck k,ph f,ch sh,y  i,w  u".split(",")
)
MIN_VARIANT_LETTERS = 5


def _skeleton(text: str) -> str:
    letters = "".join(ch for ch in fold(text) if ch.isalpha() and ch.isascii())
    for a, b in _SKELETON_PAIRS:
        letters = letters.replace(a, b)
    out = "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])
    if len(out) > 4 and out.endswith("h") and out[-2] in "aeiou":
        out = out[:-1]
    return out


def _within(watched: _Watched, candidates: Sequence[GeoPlace], named_countries: set[str]) -> GeoPlace | None:
    """The namesake within the radius, if the name means it: the gazetteer's first when it is
    inside, else the first one inside; none when the item names another country where a
    namesake lies and not the country of the one inside ("Kati, Ivory Coast")."""
    inside = [p for p in candidates if distance_km(watched.lat, watched.lon, p.lat, p.lon) <= watched.km]
    if not inside:
        return None
    chosen = inside[0]
    elsewhere = {p.country for p in candidates if p.country != chosen.country} & named_countries
    if elsewhere and chosen.country not in named_countries:
        return None
    return chosen


PlaceModel = tuple[dict[tuple[str, str], Resolution], Nearby, dict[tuple[str, str], list[tuple[str, str]]]]


def place_model(gazetteer: Gazetteer, watchlists: Mapping[str, WatchlistConfig]) -> PlaceModel:
    """What the matcher takes from the gazetteer for a config: the resolutions, the radius
    look-up and the gazetteer's aliases of each location."""
    resolutions = resolve_watchlists(gazetteer, watchlists)
    airports = frozenset(r.place.id for r in resolutions.values() if r.kind == "airport" and r.place is not None)
    aliases = {key: gazetteer_aliases(gazetteer, r, airports) for key, r in resolutions.items()}
    return resolutions, Nearby(gazetteer, resolutions), aliases


def watched_places(resolutions: Resolutions, gazetteer: Gazetteer | None = None) -> dict[tuple[str, str], GeoPlace | None]:
    """(watchlist, location) -> the place it resolved to: the matcher's `places`, against which
    a name in an item is checked for a namesake elsewhere (a site: the place its name holds).
    A site known only by its `coords:` is a point in its country (`_point_country`), so "Palma"
    on Mozambique's coast is not the Palma of an item about Spain; with the gazetteer, in the
    first-level division of its country's nearest town (`POINT_DIVISION_KM`), so that "the
    hospital of Mweso, in North Kivu" names Mweso's own province, no scene elsewhere."""
    out: dict[tuple[str, str], GeoPlace | None] = {}
    for key, r in resolutions.items():
        out[key] = r.place
        if r.place is None and r.point is not None and r.country:
            lat, lon = r.point
            admin1 = _point_division(gazetteer, r.point, r.country) if gazetteer is not None else None
            out[key] = GeoPlace(f"point:{lat:.5f},{lon:.5f}", r.location, "city", r.country, lat, lon, admin1=admin1)
    return out


POINT_DIVISION_KM = 75.0  # as the matcher's INFER_KM: a Sahel district's towns are far apart


def _point_division(gazetteer: Gazetteer, point: tuple[float, float], country: str) -> str | None:
    """The first-level division of the nearest town of `country` within POINT_DIVISION_KM."""
    for town, _km in gazetteer.within(point[0], point[1], POINT_DIVISION_KM, "city"):
        if town.country == country and town.admin1:
            return town.admin1
    return None
