"""The gazetteer as flat arrays, and how they are built from places and names. Pure: no I/O.

Why arrays: 243,000 places with 900,000 names as Python objects would take some 400 MB and
seconds to load; as a few dozen `array.array`s they take about 65 MB and load from disk in a
few tens of milliseconds (`bot/geo/store.py`). Objects (`GeoPlace`, `Name`) are made only for
the places a caller asks about.

Names are found through an open-addressing hash table over a 64-bit hash of the folded name
("bamako", "bobo dioulasso"): one or two array reads per look-up, about 1 µs in Python, with
no string kept per name. Every first part of a name ("bobo", "deir ez") is a key too, with the
lengths of the names it begins, so a scanner reading "the" learns at once whether any name
goes on with the next word. The hash is two CRC-32s (of the name's UTF-8 bytes and of the same
bytes reversed): stable across processes and machines, unlike `hash()`, and fast in C. Two
different names sharing all 64 bits is a chance of about one in 10^8 per build; the builder
checks for it and drops the later name if it ever happens.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from zlib import crc32

from .model import KINDS, SCRIPTS, SOURCES, GeoPlace, Name, Source, name_key

MAX_WORDS = 32  # the longest name indexed, in words: the lengths of names after a word fit an int's 32 bits
GRID_COLUMNS = 360  # one-degree cells: longitude -180..179
GRID_ROWS = 180  # latitude -90..89
HIDDEN = 0x80  # a name flag: kept for the place's own name, but not indexed (a junk primary)
COMMON = 0x40  # a name flag: Name.common_word
SCRIPT_SHIFT = 4  # bits 4-5: Name.script
SOURCE_MASK = 0x0F  # bits 0-3: Name.source
# Best first: a place's own name (a country's names in any language and the press's short
# forms of them are its own) before another spelling; codes and acronyms last.
_CODES: tuple[Source, ...] = ("iata", "icao", "acronym")
_SPELLINGS: tuple[Source, ...] = ("alternate", "respelt")
ZONE_LANGUAGES = ("fr", "pt", "es")  # the languages of CLDR's zone city names a cache file carries
TIER = {source: 2 if source in _CODES else 1 if source in _SPELLINGS else 0 for source in SOURCES}

# (attribute, array type code): what the cache file holds, in this order.
ARRAYS: tuple[tuple[str, str], ...] = (
    ("place_kind", "B"),
    ("place_lat", "d"),
    ("place_lon", "d"),
    ("place_population", "q"),
    ("place_country", "H"),  # index into `countries`
    ("place_admin1", "H"),  # index into `admin1s` (0: none): some 700 codes
    ("place_zone", "H"),  # index into `zones` (0: none)
    ("place_geonameid", "i"),  # -1: none; GeoNames' ids are under 2^31 (13.7 million today)
    ("place_serves", "i"),  # -1: none; a geonameid
    ("place_names", "I"),  # the place's names are name_* [place_names[i], place_names[i + 1])
    ("place_id_offsets", "I"),  # the place's id is place_ids[offsets[i]:offsets[i + 1]]
    ("name_offsets", "I"),  # the name's text is name_texts[offsets[i]:offsets[i + 1]]
    ("name_place", "I"),
    ("name_flags", "B"),
    ("key_hash", "Q"),  # one per folded name or first word of a name
    ("key_start", "I"),  # the key's names are key_names[key_start[k]:key_start[k + 1]], best first
    ("key_names", "I"),
    ("key_lengths", "I"),  # bit n-1: some name of n words starts with this key (the key's words)
    ("key_slots", "I"),  # open addressing: key id + 1, 0 for an empty slot
    ("id_hash", "Q"),  # place ids and aliases ("icao:GABS")
    ("id_place", "I"),
    ("id_slots", "I"),
    ("cell_start", "I"),  # the places of grid cell c are cell_places[cell_start[c]:cell_start[c + 1]]
    ("cell_places", "I"),
    ("country_lat", "d"),  # by index into `countries`: the country's own point (GeoNames'), nan when unknown
    ("country_lon", "d"),
)
BLOBS = ("place_ids", "name_texts")  # UTF-8 text, cut by the offsets above


def stable_hash(text: str) -> int:
    """A 64-bit hash of a folded name that is the same in every process (never 0: 0 marks a free slot)."""
    data = text.encode()
    return ((crc32(data) << 32) | crc32(data[::-1])) or 1


def find(hashes: array[int], slots: array[int], h: int) -> int:
    """The entry whose hash is `h`, or -1: linear probing from the slot the low bits choose."""
    mask = len(slots) - 1
    i = h & mask
    while True:
        entry = slots[i]
        if not entry:
            return -1
        if hashes[entry - 1] == h:
            return entry - 1
        i = (i + 1) & mask


def _slots_for(hashes: array[int]) -> array[int]:
    """An open-addressing table at most two-thirds full: a miss then costs at most 5 probes on
    average, a hit 2, and most of them read the same cache line. Twice the size (as it was:
    at most half full, a third for today's names) made the names' table 8 MB, not 4, every page
    of which a day of news reads: the system maps a file's pages 64 KB at a time, so a few
    thousand look-ups make the whole table resident."""
    size = 16
    while 2 * size < 3 * len(hashes):
        size *= 2
    slots = array("I", bytes(4 * size))
    mask = size - 1
    for entry, h in enumerate(hashes):
        i = h & mask
        while slots[i]:
            i = (i + 1) & mask
        slots[i] = entry + 1
    return slots


def cell_of(lat: float, lon: float) -> int:
    row = min(GRID_ROWS - 1, max(0, math.floor(lat) + 90))
    column = math.floor(lon + 180) % GRID_COLUMNS
    return row * GRID_COLUMNS + column


@dataclass(frozen=True, slots=True)
class Entry:
    """A place with the names to index for it: the builder's input.

    `names` starts with the place's own name (source "primary") unless the junk rules turned
    it away; `place.name` is kept for display either way.
    """

    place: GeoPlace
    names: tuple[Name, ...]


@dataclass(slots=True)
class Tables:
    """Everything a Gazetteer knows, as arrays, blobs and a few small tables (JSON-able)."""

    place_kind: array[int] = field(default_factory=lambda: array("B"))
    place_lat: array[float] = field(default_factory=lambda: array("d"))
    place_lon: array[float] = field(default_factory=lambda: array("d"))
    place_population: array[int] = field(default_factory=lambda: array("q"))
    place_country: array[int] = field(default_factory=lambda: array("H"))
    place_admin1: array[int] = field(default_factory=lambda: array("H"))
    place_zone: array[int] = field(default_factory=lambda: array("H"))
    place_geonameid: array[int] = field(default_factory=lambda: array("i"))
    place_serves: array[int] = field(default_factory=lambda: array("i"))
    place_names: array[int] = field(default_factory=lambda: array("I", [0]))
    place_id_offsets: array[int] = field(default_factory=lambda: array("I", [0]))
    name_offsets: array[int] = field(default_factory=lambda: array("I", [0]))
    name_place: array[int] = field(default_factory=lambda: array("I"))
    name_flags: array[int] = field(default_factory=lambda: array("B"))
    key_hash: array[int] = field(default_factory=lambda: array("Q"))
    key_start: array[int] = field(default_factory=lambda: array("I", [0]))
    key_names: array[int] = field(default_factory=lambda: array("I"))
    key_lengths: array[int] = field(default_factory=lambda: array("I"))
    key_slots: array[int] = field(default_factory=lambda: array("I"))
    id_hash: array[int] = field(default_factory=lambda: array("Q"))
    id_place: array[int] = field(default_factory=lambda: array("I"))
    id_slots: array[int] = field(default_factory=lambda: array("I"))
    cell_start: array[int] = field(default_factory=lambda: array("I"))
    cell_places: array[int] = field(default_factory=lambda: array("I"))
    country_lat: array[float] = field(default_factory=lambda: array("d"))
    country_lon: array[float] = field(default_factory=lambda: array("d"))
    place_ids: bytes = b""
    name_texts: bytes = b""
    countries: list[str] = field(default_factory=list)  # ISO codes, by index
    zones: list[str] = field(default_factory=lambda: [""])
    admin1s: list[str] = field(default_factory=lambda: [""])
    airport_codes: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)  # place -> (IATA, ICAO)
    # folded country name -> (its countries: several means ambiguous, capitals only)
    country_names: dict[str, tuple[tuple[str, ...], bool]] = field(default_factory=dict)
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # folded demonym -> its countries
    # IANA zone -> language -> CLDR's name of its city (`sources.zone_cities`); None when not
    # carried (a gazetteer built from given entries: `resolve.city_exonyms` then asks babel)
    zone_cities: dict[str, dict[str, str]] | None = None


def _flags(name: Name, hidden: bool = False) -> int:
    flags = SOURCES.index(name.source) | SCRIPTS.index(name.script) << SCRIPT_SHIFT
    return flags | (COMMON if name.common_word else 0) | (HIDDEN if hidden else 0)


def build_tables(
    entries: Iterable[Entry],
    demonyms: Iterable[tuple[str, str]] = (),
    country_points: Mapping[str, tuple[float, float]] | None = None,
    zone_cities: Mapping[str, Mapping[str, str]] | None = None,
) -> Tables:
    """Lay out `entries` (and `demonyms`, as (form, country code) pairs) as arrays and indexes.
    `country_points`: country code -> its own point (lat, lon), roughly its centroid, as the
    geoparsing corpora give a country; a country's GeoPlace keeps its capital's point.
    `zone_cities`: see `Tables.zone_cities`, kept as given."""
    t = Tables()
    t.zone_cities = None if zone_cities is None else {zone: dict(names) for zone, names in zone_cities.items()}
    country_ix: dict[str, int] = {}
    zone_ix: dict[str, int] = {"": 0}
    admin1_ix: dict[str, int] = {"": 0}
    ids: list[bytes] = []
    texts: list[bytes] = []
    text_end = 0
    by_key: dict[str, list[int]] = {}
    lengths: dict[str, int] = {}
    country_keys: dict[str, tuple[set[str], set[bool]]] = {}
    id_aliases: list[tuple[str, int]] = []

    for index, entry in enumerate(entries):
        place = entry.place
        t.place_kind.append(KINDS.index(place.kind))
        t.place_lat.append(place.lat)
        t.place_lon.append(place.lon)
        t.place_population.append(place.population)
        t.place_country.append(country_ix.setdefault(place.country, len(country_ix)))
        t.place_admin1.append(admin1_ix.setdefault(place.admin1 or "", len(admin1_ix)))
        t.place_zone.append(zone_ix.setdefault(place.zone or "", len(zone_ix)))
        t.place_geonameid.append(-1 if place.geonameid is None else place.geonameid)
        t.place_serves.append(-1 if place.serves is None else place.serves)
        ids.append(place.id.encode())
        t.place_id_offsets.append(t.place_id_offsets[-1] + len(ids[-1]))
        id_aliases.append((place.id, index))
        if place.kind == "airport":
            t.airport_codes[index] = (place.iata, place.icao)
            if place.icao:
                id_aliases.append(("icao:" + place.icao, index))

        names = list(entry.names)
        primary = names.pop(0) if names and names[0].source == "primary" else None
        seen: set[str] = set()
        for position, name in enumerate([primary or Name(place.name, "primary"), *names]):
            hidden = position == 0 and primary is None
            words = name_key(name.text)
            key = " ".join(words)
            if not hidden and (not key or key in seen or len(words) > MAX_WORDS):
                continue
            name_id = len(t.name_place)
            data = name.text.encode()
            texts.append(data)
            text_end += len(data)
            t.name_offsets.append(text_end)
            t.name_place.append(index)
            t.name_flags.append(_flags(name, hidden))
            if hidden or not key:
                continue
            seen.add(key)
            by_key.setdefault(key, []).append(name_id)
            for size in range(1, len(words) + 1):  # every prefix, so a scanner stops as soon as none goes on
                prefix = key if size == len(words) else " ".join(words[:size])
                lengths[prefix] = lengths.get(prefix, 0) | 1 << (len(words) - 1)
            if place.kind == "country":
                codes, capitals = country_keys.setdefault(key, (set(), set()))
                codes.add(place.country)
                capitals.add(name.capitals_only)
        t.place_names.append(len(t.name_place))

    t.place_ids = b"".join(ids)
    t.name_texts = b"".join(texts)
    t.countries = list(country_ix)
    points = country_points or {}
    for code in t.countries:
        lat, lon = points.get(code, (math.nan, math.nan))
        t.country_lat.append(lat)
        t.country_lon.append(lon)
    t.zones = list(zone_ix)
    t.admin1s = list(admin1_ix)
    population, flags = t.place_population, t.name_flags

    region = KINDS.index("region")

    def rank(name_id: int) -> tuple[int, bool, int, int]:
        place = t.name_place[name_id]
        # A region (a continent, a sea) before any town of its name: "Atlantic" is the ocean.
        return TIER[SOURCES[flags[name_id] & SOURCE_MASK]], t.place_kind[place] != region, -population[place], place

    seen_hashes: set[int] = set()
    for key in sorted(by_key.keys() | lengths.keys()):
        h = stable_hash(key)
        if h in seen_hashes:  # two names, one hash: about once in 10^8 builds
            continue
        seen_hashes.add(h)
        t.key_hash.append(h)
        t.key_names.extend(sorted(by_key.get(key, ()), key=rank))
        t.key_start.append(len(t.key_names))
        t.key_lengths.append(lengths.get(key, 0))
    t.key_slots = _slots_for(t.key_hash)

    for alias, index in id_aliases:
        t.id_hash.append(stable_hash(alias))
        t.id_place.append(index)
    t.id_slots = _slots_for(t.id_hash)

    cells: dict[int, list[int]] = {}
    for index, kind in enumerate(t.place_kind):
        lat, lon = t.place_lat[index], t.place_lon[index]
        if KINDS[kind] not in ("country", "region") and math.isfinite(lat) and math.isfinite(lon):  # no extent: never "within"
            cells.setdefault(cell_of(lat, lon), []).append(index)
    t.cell_start.append(0)
    for cell in range(GRID_ROWS * GRID_COLUMNS):
        t.cell_places.extend(cells.get(cell, ()))
        t.cell_start.append(len(t.cell_places))

    t.country_names = {key: (tuple(sorted(codes)), all(caps)) for key, (codes, caps) in country_keys.items()}
    found: dict[str, set[str]] = {}
    for form, code in demonyms:
        key = " ".join(name_key(form))
        if key:
            found.setdefault(key, set()).add(code)
    t.demonyms = {key: tuple(sorted(codes)) for key, codes in found.items()}
    return t
