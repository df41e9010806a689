"""Look-ups in the gazetteer: names to places, places to names, places near a point. Pure: no I/O.

Everything here reads the arrays of `Tables` and makes `GeoPlace` and `Name` records only for
the answers, so a Gazetteer of 243,000 places costs about 65 MB and a look-up about a
microsecond. It never changes after it is built: one instance serves every thread.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Mapping, Sequence

from ..textnorm import fold, tokenize
from .model import KINDS, SCRIPTS, SOURCES, GeoPlace, Hit, Kind, Name, NameSpan, Script, Words, distance_km
from .tables import (
    COMMON,
    GRID_COLUMNS,
    GRID_ROWS,
    HIDDEN,
    SCRIPT_SHIFT,
    SOURCE_MASK,
    Entry,
    Tables,
    build_tables,
    find,
    stable_hash,
)

_REGION = KINDS.index("region")
KM_PER_DEGREE = 111.19  # of latitude, and of longitude at the equator
_PLACE_CACHE = 65_536  # GeoPlace records kept for reuse; the news names far fewer places than this
_MEMO = 65_536  # keys whose entry is remembered: a day of news uses fewer distinct words (a few MB)


class Gazetteer:
    """Countries, cities and airports by name, by code and by position.

    Names are looked up as the matcher's folded words (`name_key`, `textnorm.tokenize`):
    ("deir", "ez", "zor"), never raw text, so a look-up costs no folding.
    """

    def __init__(self, tables: Tables):
        self.tables = tables
        self._cache: dict[int, GeoPlace] = {}
        self._memo: dict[str, int] = {}  # key -> its entry (-1: none)
        # (entry, regions, in capitals, capitalised) -> `_places_as_written`'s answer: a few per name
        self._written: dict[tuple[int, bool, bool | None, bool | None], tuple[GeoPlace, ...]] = {}
        t = tables
        self._key_hash, self._key_slots, self._key_start = t.key_hash, t.key_slots, t.key_start
        self._key_names, self._key_lengths, self._name_place = t.key_names, t.key_lengths, t.name_place
        self.country_points: dict[str, tuple[float, float]] = {
            code: (lat, lon)
            for code, lat, lon in zip(t.countries, t.country_lat, t.country_lon, strict=False)
            if math.isfinite(lat) and math.isfinite(lon)
        }  # a country's own point (GeoNames'), roughly its centroid: where a geoparser puts it

    @classmethod
    def from_entries(
        cls,
        entries: Iterable[Entry],
        demonyms: Iterable[tuple[str, str]] = (),
        country_points: Mapping[str, tuple[float, float]] | None = None,
    ) -> Gazetteer:
        """A gazetteer of exactly these places and names: no junk rules, no package data."""
        return cls(build_tables(entries, demonyms, country_points))

    @classmethod
    def from_places(
        cls,
        places: Iterable[GeoPlace | tuple[GeoPlace, Iterable[str]]],
        demonyms: Mapping[str, str] | Iterable[tuple[str, str]] = (),
    ) -> Gazetteer:
        """A small gazetteer for tests: each place under its own name, the alternates given
        beside it, and an airport under its codes. `demonyms`: form -> country code."""
        entries = []
        for item in places:
            place, alternates = (item, ()) if isinstance(item, GeoPlace) else item
            names = [Name(place.name, "primary"), *(Name(text, "alternate") for text in alternates)]
            if place.iata:
                names.append(Name(place.iata, "iata"))
            if place.icao:
                names.append(Name(place.icao, "icao"))
            entries.append(Entry(place, tuple(names)))
        pairs = demonyms.items() if isinstance(demonyms, Mapping) else demonyms
        return cls.from_entries(entries, pairs)

    def __len__(self) -> int:
        return len(self.tables.place_kind)

    # --- names -> places -------------------------------------------------------------------

    def _key_id(self, key: str) -> int:
        """The key's entry, or -1; remembered, since news repeats its words ("the", "said", "Mali")."""
        key_id = self._memo.get(key)
        if key_id is None:
            key_id = find(self._key_hash, self._key_slots, stable_hash(key))
            if len(self._memo) >= _MEMO:
                self._memo.clear()
            self._memo[key] = key_id
        return key_id

    def _name_ids(self, key_id: int) -> Sequence[int]:
        return self._key_names[self._key_start[key_id] : self._key_start[key_id + 1]]

    def lookup(self, words: Words, regions: bool = False) -> tuple[GeoPlace, ...]:
        """Every place known by these folded words, best first: places whose own name (or a
        country's name in some language) it is, then other spellings, then codes; by population
        within each. Codes and acronyms are included ("bko" -> BKO airport): see `hits`.

        Regions of several countries ("Sahel", "Europe") only with `regions`: they are where an
        item's text points, never a watched place or a namesake of one, and have no country."""
        key_id = self._key_id(" ".join(words))
        if key_id < 0:
            return ()
        place = self._name_place
        return tuple(self._place(place[n]) for n in self._name_ids(key_id) if regions or not self._is_region(place[n]))

    def _is_region(self, index: int) -> bool:
        return self.tables.place_kind[index] == _REGION

    def hits(self, words: Words) -> tuple[Hit, ...]:
        """`lookup` with the name each place was found by: its source, script and flags tell a
        matcher how careful to be ("Nice" is a common word, "BKO" counts only in capitals)."""
        key_id = self._key_id(" ".join(words))
        if key_id < 0:
            return ()
        return tuple(Hit(self._place(self._name_place[n]), self._name(n)) for n in self._name_ids(key_id))

    def lengths_after(self, word: str) -> frozenset[int]:
        """The lengths, in words, of the names that start with this folded word (1: the word
        alone is a name), so a scanner tries only those n-grams. (`find_names` goes further:
        it also knows which names go on with the next word.)"""
        key_id = self._key_id(word)
        mask = self._key_lengths[key_id] if key_id >= 0 else 0
        return frozenset(n + 1 for n in range(mask.bit_length()) if mask >> n & 1)

    def name_starts(self, word: str) -> bool:
        """Whether some name starts with this folded word (or is this word)."""
        key_id = self._key_id(word)
        return key_id >= 0 and self._key_lengths[key_id] != 0

    def find_names(self, folded: Sequence[str], written: Sequence[str] | None = None, regions: bool = False) -> list[NameSpan]:
        """The longest place names in a sequence of folded words, left to right, not overlapping.

        With `written`, the same words as written (`Tokens.words`), a name must look like one:
        a code or an acronym in capitals ("BKO", "RDC"), a common-word name capitalised ("Say",
        "Reading", never "say" or "reading"). Without it codes and acronyms never count, since
        "the" cannot be told from "THE" (Teresina's airport), and common-word names always do.
        Either way `hits` tells which names a span was found by. Regions only with `regions`
        (see `lookup`).
        """
        spans: list[NameSpan] = []
        lengths, memo = self._key_lengths, self._memo
        i, n = 0, len(folded)
        while i < n:
            key_id = memo.get(folded[i])
            if key_id is None:
                key_id = self._key_id(folded[i])
            mask = lengths[key_id] if key_id >= 0 else 0
            found: NameSpan | None = None
            size = 1
            while mask:
                if mask & 1 << (size - 1):  # these `size` words are a name
                    places = self._places_as_written(key_id, written, i, size, regions)
                    if places:
                        found = NameSpan(i, i + size, places)
                if not mask >> size or i + size >= n:  # no longer name starts with these words
                    break
                key_id = self._key_id(" ".join(folded[i : i + size + 1]))
                mask = lengths[key_id] if key_id >= 0 else 0
                size += 1
            if found is None:
                i += 1
            else:
                spans.append(found)
                i = found.end
        return spans

    def _places_as_written(
        self, key_id: int, written: Sequence[str] | None, i: int, size: int, regions: bool = False
    ) -> tuple[GeoPlace, ...]:
        """The places of a key whose names the words, as written, may stand for (see find_names).
        What they are depends on the key and on how the words use capitals only: remembered so."""
        capitals: bool | None = None
        capitalised: bool | None = None
        if written is not None:
            capitals = all(w.isupper() for w in written[i : i + size])
            capitalised = written[i][:1].isupper()
        memo_key = (key_id, regions, capitals, capitalised)
        places = self._written.get(memo_key)
        if places is None:
            if len(self._written) >= _MEMO:
                self._written.clear()
            places = self._written[memo_key] = self._find_as_written(key_id, regions, capitals, capitalised)
        return places

    def _find_as_written(
        self, key_id: int, regions: bool, capitals: bool | None, capitalised: bool | None
    ) -> tuple[GeoPlace, ...]:
        """`_places_as_written`, worked out; `capitals` and `capitalised` are None when the words
        as written are not known."""
        ids: Iterable[int] = self._name_ids(key_id)
        if not regions:
            ids = [m for m in ids if not self._is_region(self._name_place[m])]
        if capitals is None:
            ids = [m for m in ids if not self._capitals_only(m)]
        else:
            flags = self.tables.name_flags
            ids = [m for m in ids if (capitals or not self._capitals_only(m)) and (capitalised or not flags[m] & COMMON)]
        return tuple(self._place(self._name_place[m]) for m in ids)

    # --- places -> names -------------------------------------------------------------------

    def names_of(self, place: GeoPlace, script: Script | None = "Latn") -> tuple[Name, ...]:
        """The names a place is known by, its own first, one per folded form, each with its
        source: aliases a matcher can use as they are. `script=None`: every script."""
        index = self._index(place.id)
        if index < 0:
            return ()
        t = self.tables
        names = (self._name(n) for n in range(t.place_names[index], t.place_names[index + 1]) if not t.name_flags[n] & HIDDEN)
        return tuple(name for name in names if script is None or name.script == script)

    def _name(self, name_id: int) -> Name:
        t = self.tables
        flags = t.name_flags[name_id]
        text = str(t.name_texts[t.name_offsets[name_id] : t.name_offsets[name_id + 1]], "utf-8")
        return Name(text, SOURCES[flags & SOURCE_MASK], SCRIPTS[flags >> SCRIPT_SHIFT & 3], bool(flags & COMMON))

    def _capitals_only(self, name_id: int) -> bool:
        return SOURCES[self.tables.name_flags[name_id] & SOURCE_MASK] in ("iata", "icao", "acronym")

    # --- places by id, code, country -------------------------------------------------------

    def _index(self, place_id: str) -> int:
        t = self.tables
        entry = find(t.id_hash, t.id_slots, stable_hash(place_id))
        return -1 if entry < 0 else t.id_place[entry]

    def place(self, place_id: str) -> GeoPlace | None:
        """The place of this id ("gn:2460596", "iata:BKO", "icao:GABS", "country:ML"), if known."""
        index = self._index(place_id)
        return None if index < 0 else self._place(index)

    def country(self, code: str) -> GeoPlace | None:
        """The country of this ISO 3166-1 alpha-2 code, any case."""
        return self.place("country:" + code.upper())

    def country_point(self, code: str) -> tuple[float, float] | None:
        """A country's own point (lat, lon): GeoNames' point for it, roughly its centroid, as
        geoparsing corpora place a country. Not its GeoPlace's lat/lon, which is its capital's."""
        return self.country_points.get(code.upper())

    def airport(self, code: str) -> GeoPlace | None:
        """The airport of this IATA (3 letters) or ICAO (4) code, any case."""
        code = code.strip().upper()
        return self.place(("iata:" if len(code) == 3 else "icao:") + code)

    def country_named(self, words: Sequence[str] | str) -> str | None:
        """The ISO code of the country these words name: English, French, Portuguese, Spanish or
        Arabic (CLDR), GeoNames' English name, or a press short form ("DR Congo", "Centrafrique").

        Acronyms ("RDC", "UAE", "US", "UK") count only when written in capitals, so pass the words
        as written (or a text). None for a name of several countries ("Congo", "Korea").
        """
        written = tokenize(words).words if isinstance(words, str) else list(words)
        found = self.tables.country_names.get(" ".join(fold(w) for w in written))
        if found is None:
            return None
        codes, capitals_only = found
        if capitals_only and not all(w.isupper() for w in written):
            return None
        return codes[0] if len(codes) == 1 else None

    def demonym(self, words: Sequence[str] | str) -> str | None:
        """The ISO code of the country these words are the demonym of, in English or French, any
        form ("Malian", "maliennes", "Lebanese", "Nigerien" -> NE, "Nigerian" -> NG). None for
        one shared by several countries ("Congolese", "Korean")."""
        written = tokenize(words).words if isinstance(words, str) else list(words)
        codes = self.tables.demonyms.get(" ".join(fold(w) for w in written), ())
        return codes[0] if len(codes) == 1 else None

    # --- places by position ----------------------------------------------------------------

    def within(self, lat: float, lon: float, km: float, kind: Kind | None = None) -> Iterator[tuple[GeoPlace, float]]:
        """Cities and airports within `km` of a point, nearest first, with their distance.

        Only the one-degree cells the circle can reach are read. Countries have no extent in
        the data, so they are never within a radius.
        """
        if not (math.isfinite(lat) and math.isfinite(lon) and km >= 0):
            return iter(())
        t = self.tables
        wanted = None if kind is None else KINDS.index(kind)
        dlat = km / KM_PER_DEGREE
        low, high = max(-90.0, lat - dlat), min(90.0, lat + dlat)
        rows = range(max(0, math.floor(low) + 90), min(GRID_ROWS - 1, math.floor(high) + 90) + 1)
        widest = math.cos(math.radians(max(abs(low), abs(high))))
        if widest < 1e-9 or km / (KM_PER_DEGREE * widest) >= 180:
            columns: Iterable[int] = range(GRID_COLUMNS)
        else:
            dlon = km / (KM_PER_DEGREE * widest)
            columns = {c % GRID_COLUMNS for c in range(math.floor(lon - dlon) + 180, math.floor(lon + dlon) + 181)}
        found: list[tuple[float, int]] = []
        plat, plon, kinds, start, places = t.place_lat, t.place_lon, t.place_kind, t.cell_start, t.cell_places
        for row in rows:
            for column in columns:
                cell = row * GRID_COLUMNS + column
                for index in places[start[cell] : start[cell + 1]]:
                    if wanted is not None and kinds[index] != wanted:
                        continue
                    if abs(plat[index] - lat) > dlat:
                        continue
                    distance = distance_km(lat, lon, plat[index], plon[index])
                    if distance <= km:
                        found.append((distance, index))
        found.sort()
        return ((self._place(index), distance) for distance, index in found)

    def airports_near(self, place: GeoPlace, km: float = 50) -> tuple[GeoPlace, ...]:
        """Airports within `km` of a place: those serving it first, then the nearest; for
        "X airport" when no airport is named X."""
        near = [airport for airport, _ in self.within(place.lat, place.lon, km, kind="airport")]
        serving = [a for a in near if place.geonameid is not None and a.serves == place.geonameid]
        return tuple(serving + [a for a in near if a not in serving])

    # --- records ---------------------------------------------------------------------------

    def _place(self, index: int) -> GeoPlace:
        place = self._cache.get(index)
        if place is not None:
            return place
        t = self.tables
        kind = KINDS[t.place_kind[index]]
        first = t.place_names[index]
        geonameid, serves = t.place_geonameid[index], t.place_serves[index]
        iata, icao = t.airport_codes.get(index, (None, None))
        place = GeoPlace(
            id=str(t.place_ids[t.place_id_offsets[index] : t.place_id_offsets[index + 1]], "utf-8"),
            name=str(t.name_texts[t.name_offsets[first] : t.name_offsets[first + 1]], "utf-8"),
            kind=kind,
            country=t.countries[t.place_country[index]],
            lat=t.place_lat[index],
            lon=t.place_lon[index],
            population=t.place_population[index],
            admin1=t.admin1s[t.place_admin1[index]] or None,
            geonameid=None if geonameid < 0 else geonameid,
            iata=iata,
            icao=icao,
            serves=None if serves < 0 else serves,
            zone=t.zones[t.place_zone[index]] or None,
        )
        if len(self._cache) >= _PLACE_CACHE:
            self._cache.clear()
        self._cache[index] = place
        return place
