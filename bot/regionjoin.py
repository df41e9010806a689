"""A report that names only a region or a country joins the one alerted incident it fits there.

Watchlists list towns; the press often names only the province or the country of an incident
already alerted at one of them ("Nord-Kivu : nouveau massacre des ADF", "Lower Shabelle governor
vows to hunt down attackers"). Such an item names no watched place, so it alerted nothing and
joined nothing: the incident had one source fewer. Here it joins the story, never alerts: when
exactly one open story in that division (GeoNames admin1, which the towns carry as `area`) or,
for a country named alone, the only open story in that country, fits it (`StoryIndex.find` for a
division, and `tells_of`). When unsure (two stories fit, none does), it joins nothing, as before.

`region_reading` reads the names (pure, over tables loaded once); `region_join` decides (pure,
over the index). The pipeline and the labelled-set harness both call them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from typing import Literal

from wordfreq import zipf_frequency

from .arabic_divisions import arabic_divisions, arabic_index, has_arabic
from .geo.admin1 import COMPASS, PLAIN_DIVISION_WORDS, admin1_named, admin1_names, admin1_words
from .geo.context import KNOWN_BY_NAME
from .geo.divisions import EVERYDAY_ZIPF, divisions_of, second_level_of
from .geo.model import GeoPlace, distance_km
from .geo.sources import cldr_names
from .incident import AFTER_WORDS, counts_in, targets_in, victims_in
from .places import country_codes, demonym_words
from .story import (
    AFTERMATH,
    AREA_KM,
    NEAR_KM,
    Place,
    Report,
    Story,
    StoryIndex,
    arrests_over_incident,
    folded_name,
    make_report,
    name_starts,
    tells_of,
)
from .textnorm import Tokens, tokenize

# Regions of the world that span countries, named like a country's division ("the Sahel" is
# also Burkina Faso's Sahel region, "the Great Lakes" South Sudan's Lakes): never read as one.
_ACROSS_COUNTRIES = frozenset({("sahel",), ("sahara",), ("maghreb",), ("great", "lakes"), ("horn",)})
# A division's name of one word this frequent in English or French is an everyday word ("plateau",
# "delta", "unity", "littoral"): read only before a division's noun ("Plateau State"), as
# `bot.geo.divisions` reads them.
_DIVISION_NOUNS = frozenset("state region province region governorate prefecture etat provincia estado wilaya".split())


@lru_cache(maxsize=65536)
def _everyday(word: str) -> bool:
    """A word of every day in a language of the feeds' Latin script ("guerra", "littoral").
    Remembered: every item naming no watched place asks it of most of its words."""
    return any(zipf_frequency(word, language, wordlist="small") >= EVERYDAY_ZIPF for language in ("en", "fr", "pt", "es"))


@dataclass(frozen=True)
class RegionReport(Report):
    """A report that names no watched place, only a first-level division or a country: it may
    join an alerted story (`region_join`), never start one. `scope` says which it named."""

    scope: Literal["division", "country"] = "division"
    # The division's name as the item wrote it, folded ("gnagna", "segou"), and whether it is
    # a name alone (no town's, no plain or everyday word's: "Gnagna") or only next to a division's
    # noun ("région de Ségou", "the Sahel region"): how a story's text must name it (`_told_in`).
    named: tuple[str, ...] = ()
    name_alone: bool = False
    # The other places it names, folded (`_towns_named`: its headline's other names, the towns of
    # its country): an arrest "over bombing in Hulugho" is not over the incident at Kotile (`_fit`).
    towns_named: frozenset[str] = frozenset()
    # Where the gazetteer puts those of them that are towns of its country and that it names only
    # as a landmark ("near Goundam", "east of Timbuktu", "à 30 km de Kaya": `_named_as_landmark`),
    # not as the scene ("in Pissila"): (folded name, its first-level division, "ML.08", and its
    # point), so that such a town near a story's counts as the story's ground though the story's
    # reports never write it ("east of Timbuktu" beside Ber's strike, whose French reports write
    # "Tombouctou": `_names_all`). A town named as the scene is another scene unless the story's
    # reports name it.
    town_points: tuple[tuple[str, str, float, float], ...] = ()


_COMPASS_POINTS = frozenset(COMPASS.values())


# The letters of one sound that transliterations of a division's name disagree on, each pair
# (written, key): French "tch", "dj", "ch" and "ou" for English "ch", "j", "sh" and "u" ("Baloutchistan",
# "Baluchistan", "Balochistan"), Persian and Pashto "w" or "v" for one letter ("Parwan", "Parvan"),
# and "o" or "u" for one vowel.
_SOUNDS = (("tch", "ch"), ("dj", "j"), ("ch", "sh"), ("ou", "u"), ("o", "u"), ("w", "v"))


@lru_cache(maxsize=8192)
def _squeezed(word: str, sounds: bool = True) -> str:
    """A word as its sounds (`_SOUNDS`), with each run of one letter made one: "shabeelle" and
    "shabelle", "hiiraan" and "hiran", "bakool" and "bakol", "parwan" and "parvan" are one name.
    Transliterations of Somali, Arabic, Persian or Hausa names disagree most on doubled letters
    (long vowels, geminates) and on these; the press drops or swaps them. A point of the
    compass, already one word in every language (`COMPASS`), is left as it is. Without
    `sounds`, only the runs: the name as written, which alone may be a person's too ("Huet" for
    "Houet", "Janet" for "Djanet": `_sound_only`)."""
    if word in _COMPASS_POINTS:
        return word
    if sounds:
        for written, key in _SOUNDS:
            word = word.replace(written, key)
    return re.sub(r"(.)\1+", r"\1", word)


def _keys(words: Sequence[str], sounds: bool = True) -> list[tuple[str, ...]]:
    """The forms a division's folded name is looked up by: its compass words made one, its runs
    of one letter squeezed (`_squeezed`), and a name of two words, one of them a point of the
    compass, in either order."""
    key = tuple(_squeezed(COMPASS.get(w, w), sounds) for w in words)
    if len(key) == 2 and (key[0] in _COMPASS_POINTS) != (key[1] in _COMPASS_POINTS):
        return [key, key[::-1]]
    return [key]


@cache
def _division_names(country: str) -> dict[tuple[str, ...], str]:
    """A country's first-level divisions by every folded name GeoNames and ISO 3166-2 give them
    (`_keys`), to GeoNames' admin1 code (the code the gazetteer gives the towns in them), and
    the second-level divisions ISO 3166-2 names by their first-level one's code. Not a
    name of one word of direction ("Nord", "Est": Burkina Faso's, and every "Kivu do Norte"'s;
    another plain word, "Lakes", is read where capitalised: `_scan`) nor a country's name
    ("Niger", Nigeria's state, and the country)."""
    found: dict[tuple[str, ...], str] = {}
    clashes: set[tuple[str, ...]] = set()
    for words, code in _named_divisions(country):
        for key in _keys(words):
            if found.setdefault(key, code) != code:
                clashes.add(key)
    # Two divisions whose names sound alike (Estonia's "Tori" and "Türi") say neither.
    return {key: code for key, code in found.items() if key not in clashes}


def _named_divisions(country: str) -> list[tuple[tuple[str, ...], str]]:
    """A country's divisions' folded names, each with its code, as `_division_names` reads them."""
    named = [(tuple(name.split()), code) for name, code in admin1_names(country)]
    named += [(words, iso) for words in divisions_of(country) if (iso := admin1_named(country, [words])) is not None]
    # A second-level division (a Burkinabè province: "province de la Gnagna") is read as the
    # first-level one ISO 3166-2 puts it in, when GeoNames knows that one: its towns' admin1.
    # Not where GeoNames' own first-level divisions are those (Guinea's prefectures, Uganda's districts).
    named += list(_second_level_names(country).items())
    nations = _country_names()
    return [
        (words, code)
        for words, code in named
        if not ((len(words) == 1 and words[0] in COMPASS.keys() | {"centre", "center", "central"}) or words in nations)
    ]


@cache
def _written_keys(countries: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """The divisions' names of these countries as written (`_keys` without `_SOUNDS`): a name
    found only by its sound is not one of them."""
    return frozenset(key for c in countries for words, _ in _named_divisions(c) for key in _keys(words, sounds=False))


@cache
def _second_level_names(country: str) -> dict[tuple[str, ...], str]:
    """A country's second-level divisions' folded names (a Burkinabè province: "gnagna") to
    GeoNames' code of the first-level division ISO 3166-2 puts them in, when GeoNames knows that
    one (its towns' admin1); not where GeoNames' own first-level divisions are those (Guinea's
    prefectures, Uganda's districts). Most are named after a town ("Kouroussa", "Zomba"): such a
    name is read as the division only next to a division's noun (`_as_division`)."""
    return {
        words: code
        for words, parent in second_level_of(country)
        if admin1_named(country, [words]) is None and (code := admin1_named(country, [parent])) is not None
    }


@cache
def _country_names() -> dict[tuple[str, ...], str]:
    """Countries' names (folded words) to their codes: GeoNames' and the French press's, and
    CLDR's in the five languages of the feeds ("Sudão", "Soudan", "السودان"), so that a report's
    other country is seen in any of them."""
    names = {tuple(k): v for k, v in country_codes().items() if k}
    for code in sorted(set(names.values())):
        for _, name in cldr_names(code):
            names.setdefault(tuple(tokenize(name).folded), code)
    return {k: v for k, v in names.items() if k}


@cache
def _short_names() -> dict[tuple[str, ...], str]:
    """The first word of a country's name of two or more words, as the press shortens it
    ("Burkina :" for Burkina Faso), in Latin script: only a word no other country's name holds anywhere ("Congo",
    "Guinea", "Sudan" are words of two countries' names), no country's name by itself, and no word
    of every day or of direction ("Sierra", "South", "Costa", "New" say no country alone)."""
    names = _country_names()
    owners: dict[str, set[str]] = {}
    for words, code in names.items():
        for word in words:
            owners.setdefault(word, set()).add(code)
    return {
        (words[0],): code
        for words, code in names.items()
        if len(words) >= 2
        and len(words[0]) >= 4
        and words[0].isascii()
        and words[0].isalpha()
        and owners[words[0]] == {code}
        and (words[0],) not in names
        and words[0] not in PLAIN_DIVISION_WORDS
        and words[0] not in COMPASS
        and not _everyday(words[0])
    }


def _scan(
    folded: Sequence[str],
    words: Sequence[str],
    table: dict[tuple[str, ...], str],
    squeeze: bool = False,
    bare: Callable[[tuple[str, ...]], bool] = lambda _: True,
    capitalised: bool = False,
    sounded: Callable[[int, int, str], bool] | None = None,
    plain: Callable[[int, int, str], bool] | None = None,
) -> dict[str, str]:
    """The values of the table's names found in these words (longest name first at each word),
    each with the name as written; a name of plain words only ("Centre-Nord", "Est") only where
    it is capitalised, and one `bare` refuses only next to a division's noun (`_as_division`).
    With `squeeze`, the words as the divisions' table holds them (`_keys`). With `capitalised`
    (countries' names), a name of one everyday word counts where it is capitalised: "Mali",
    "Nigeria", "Iraq" are frequent words as the names they are, and `_scene_countries` reads
    them with care ("Chad Smith", "turkey"). `sounded` says whether a name found only by its
    sound (`_SOUNDS`: "Huet" for "Houet"), at words k..k+size, is the division of that code;
    `plain`, whether a name of plain words written in lower case there is written as that
    division's (`_plain_as_division`)."""
    found: dict[str, str] = {}
    sizes = _sizes(table)
    # Only a capitalised word is squeezed: a name's transliteration; "immo", "amarra" are words.
    # And a plain word of a division's name, as the table holds it: "lower" is "luver" there.
    canon = [
        _squeezed(COMPASS.get(w, w)) if squeeze and (words[n][:1].isupper() or w in PLAIN_DIVISION_WORDS) else COMPASS.get(w, w)
        for n, w in enumerate(folded)
    ]
    k = 0
    while k < len(folded):
        linked = _linked_compass(canon, k)
        if linked is not None and linked in table:
            # "Kivu do Sul", "Darfur del Norte": the name, a word of linking, its point of the compass
            found.setdefault(table[linked], " ".join(words[k : k + 3]))
            k += 3
            continue
        for size in sizes:
            key = tuple(canon[k : k + size])
            if key not in table:
                key = tuple(folded[k : k + size])  # "soudan du sud": a country's name keeps its words
            if len(key) != size or key not in table:
                continue
            if (
                set(folded[k : k + size]) <= PLAIN_DIVISION_WORDS
                and not all(w[:1].isupper() for w in words[k : k + size])
                and not (plain is not None and plain(k, size, table[key]))
            ):
                continue
            if tuple(folded[k : k + size]) in _ACROSS_COUNTRIES:
                continue
            if (
                size == 1
                and not (capitalised and words[k][:1].isupper())
                and _everyday(folded[k])
                and (k + 1 >= len(folded) or folded[k + 1] not in _DIVISION_NOUNS)
            ):
                continue  # "on the plateau", "the Delta": a word; "Plateau State" a division
            if not bare(key) and not _as_division(folded, k, size):
                continue  # "Blantyre: gunmen kill a guard": the town; "Blantyre district" the division
            if sounded is not None and not sounded(k, size, table[key]):
                continue  # "Hervé Huet tué": a man, not Houet
            found.setdefault(table[key], " ".join(words[k : k + size]))
            k += size - 1
            break
        k += 1
    return found


# The tables `_scan` reads (by id, each kept alive here so that its id is never another's), to
# the lengths of their names, longest first: worked out once, not once per item and field.
_SIZES: dict[int, tuple[dict[tuple[str, ...], str], tuple[int, ...]]] = {}


def _sizes(table: dict[tuple[str, ...], str]) -> tuple[int, ...]:
    """The lengths of a name table's names, longest first (the tables are made once and never
    changed: `_tables`, `_country_names`)."""
    known = _SIZES.get(id(table))
    if known is not None and known[0] is table:
        return known[1]
    if len(_SIZES) >= 64:
        _SIZES.clear()
    sizes = tuple(sorted({len(k) for k in table}, reverse=True))
    _SIZES[id(table)] = (table, sizes)
    return sizes


_LINKS = frozenset("do du del da de".split())


def _linked_compass(canon: Sequence[str], k: int) -> tuple[str, str] | None:
    """The name and the point of the compass of "Kivu do Sul" at word k, as the table holds them."""
    if k + 2 < len(canon) and canon[k + 1] in _LINKS and canon[k + 2] in _COMPASS_POINTS and canon[k] not in _COMPASS_POINTS:
        return (canon[k], canon[k + 2])
    return None


@lru_cache(maxsize=8)
def _tables(countries: frozenset[str]) -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str]]:
    """The division names ("CD.11") and the country names ("CD") of these countries, made once
    for a set of watched countries: every item naming no watched place is read against them."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for c in sorted(countries):
        for key, code in _division_names(c).items():
            owners.setdefault(key, set()).add(f"{c}.{code}")
    # A name two watched countries give a division ("Littoral": Benin's and Cameroon's) says neither.
    table = {key: next(iter(codes)) for key, codes in owners.items() if len(codes) == 1}
    nations = {**_short_names(), **_country_names()}
    return table, {key: c for key, c in nations.items() if c in countries}


@lru_cache(maxsize=8)
def _arabic_names(countries: frozenset[str]) -> tuple[tuple[tuple[str, ...], str, bool], ...]:
    """These countries' divisions' folded Latin names, each with its area ("SO.04") and whether
    it is first-level, as `bot.arabic_divisions` reads them in Arabic: GeoNames' first-level
    names and ISO 3166-2's second-level ones ("Oudalan", read as the Sahel region it lies in);
    not a country's name ("Niger", Nigeria's state)."""
    nations = _country_names()
    names = [(tuple(name.split()), f"{c}.{code}", True) for c in sorted(countries) for name, code in admin1_names(c)]
    names += [(words, f"{c}.{code}", False) for c in sorted(countries) for words, code in _second_level_names(c).items()]
    return tuple(
        (words, area, first)
        for words, area, first in names
        if words and words not in nations and words not in _ACROSS_COUNTRIES and not set(words) <= PLAIN_DIVISION_WORDS
    )


@cache
def _nation_words() -> frozenset[str]:
    """Every word of the countries' Latin names of four letters or more, folded ("somalia",
    "burkina"): what a division's name read in Arabic must not open (`arabic_index`)."""
    return frozenset(w for words in _country_names() for w in words if len(w) >= 4 and w.isascii())


# The nouns of a division, first or second level, in the five languages (folded): "province de la
# Gnagna", "Soum province", "région de Ségou", "préfecture de Siguiri", "Mzimba district".
_ANY_DIVISION_NOUNS = frozenset(
    "state region regions province provinces governorate prefecture prefectures etat provincia estado wilaya "
    "regiao territory territoire territorio district districts distrito county subcounty lga cercle departement "
    "department departamento municipality municipio commune".split()
)
# Words between a division's noun and its name: "province de la Gnagna", "région de l'Est".
_NOUN_LINKS = frozenset("of the de du des la le l da do del d".split())


def _as_division(folded: Sequence[str], k: int, size: int) -> bool:
    """Whether the name at words k..k+size is written as a division's: right before a division's
    noun ("Soum province"), or after one and up to two words of linking ("province de la
    Gnagna", "région de Ségou"), as `district_areas` reads a district named after its town."""
    if k + size < len(folded) and folded[k + size] in _ANY_DIVISION_NOUNS:
        return True
    m = k - 1
    while m >= 0 and k - m <= 2 and folded[m] in _NOUN_LINKS:
        m -= 1
    return m >= 0 and folded[m] in _ANY_DIVISION_NOUNS


@lru_cache(maxsize=8)
def _second_level(countries: frozenset[str]) -> dict[tuple[str, ...], tuple[str, tuple[str, ...]]]:
    """The division table's keys (`_keys`) that only a second-level division holds, to its country
    and its folded name as ISO 3166-2 writes it (the name the gazetteer's look-up takes)."""
    first = {key for c in countries for words, _ in admin1_names(c) for key in _keys(tuple(words.split()))}
    first |= {key for c in countries for words in divisions_of(c) for key in _keys(words)}
    return {
        key: (c, words) for c in sorted(countries) for words in _second_level_names(c) for key in _keys(words) if key not in first
    }


def _bare_reader(
    countries: frozenset[str], towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None
) -> Callable[[tuple[str, ...]], bool]:
    """Whether a division's name found in a text is read as the division written alone: a first-
    level one's, or a second-level one's that the gazetteer (`towns`) knows as no town of its
    country ("Gnagna", "Yatenga"). Most provinces and districts are named after their towns
    ("Kouroussa", "Zomba", "Blantyre"): written alone, they are the town; without the gazetteer,
    every second-level name is read only next to a division's noun."""
    second = _second_level(countries)

    def bare(key: tuple[str, ...]) -> bool:
        if key not in second:
            return True
        country, words = second[key]
        return towns is not None and not any(p.kind == "city" and p.country == country for p in towns(words))

    return bare


def named_areas(
    title: str,
    summary: str,
    countries: Iterable[str],
    towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None = None,
) -> tuple[dict[str, str], dict[str, str]]:
    """The first-level divisions ("CD.11") of these countries, and the countries ("CD"), that an
    item names in its headline or its summary, each with its name as written ("Nord-Kivu"). A
    second-level division is read as the first-level one it lies in (`_bare_reader`)."""
    table, nations = _tables(frozenset(countries))
    bare = _bare_reader(frozenset(countries), towns)
    divisions: dict[str, str] = {}
    named: dict[str, str] = {}
    fields = [tokenize(text) for text in (title, summary)]
    for tokens in fields:
        for code, written in _scan(tokens.folded, tokens.words, nations, capitalised=True).items():
            named.setdefault(code, written)
    as_written = _written_keys(frozenset(countries))
    for tokens in fields:

        def sounded(k: int, size: int, area: str, tokens: Tokens = tokens) -> bool:
            return _sound_supported(tokens, k, size, area.split(".", 1)[0] in named, as_written)

        def plain(k: int, size: int, area: str, folded: Sequence[str] = tokens.folded) -> bool:
            return _plain_as_division(folded, k, size, area.split(".", 1)[0], nations)

        for area, written in _scan(
            tokens.folded, tokens.words, table, squeeze=True, bare=bare, sounded=sounded, plain=plain
        ).items():
            divisions.setdefault(area, written)
    arabic = [tokens for tokens in fields if has_arabic(tokens.folded)]
    if arabic:  # read after the countries both fields name: a name alone is read only in its country's item
        index = arabic_index(_arabic_names(frozenset(countries)), _nation_words())
        for tokens in arabic:
            for area, written in arabic_divisions(tokens.folded, tokens.words, index, named).items():
                divisions.setdefault(area, written)
    return divisions, named


# The nouns after a division's name of plain words in lower case that make it one: "the far north
# region", "upper Nile state", "the lower Juba province".
_PLAIN_DIVISION_NOUNS = frozenset("region province state".split())
# The words between a division's name and its country's after it: "the far north of Cameroon".
_COUNTRY_LINKS = frozenset("of the".split())


def _plain_as_division(
    folded: Sequence[str], k: int, size: int, country: str, nations: dict[tuple[str, ...], str]
) -> bool:
    """Whether a division's name of plain words written in lower case at words k..k+size ("far
    north", "upper east") is written as that division: before a noun of division ("Cameroon's
    far north region"), or beside its own country's name, right before it, its people's "'s"
    between ("Cameroon's far north"), or right after it ("far north Cameroon", "the far north of
    Cameroon"). Not with no country beside it ("Togo: gendarmes killed in the far north"): in
    lower case the words are a direction of any country the item is about."""
    end = k + size
    if end < len(folded) and folded[end] in _PLAIN_DIVISION_NOUNS:
        return True
    before = k - 1
    if before >= 0 and folded[before] == "s":
        before -= 1  # "Cameroon's"
    after = end
    while after < len(folded) and after - end < 2 and folded[after] in _COUNTRY_LINKS:
        after += 1
    for n in range(1, 4):
        if before - n + 1 >= 0 and nations.get(tuple(folded[before - n + 1 : before + 1])) == country:
            return True
        if after + n <= len(folded) and nations.get(tuple(folded[after : after + n])) == country:
            return True
    return False


# The letters of a name found only by its sound that make it the division's without more: a long
# name ("Parwan", "Baluchistan") is no person's or word's by chance; a short one ("Huet", "Janet",
# "Mero", "Edu") often is.
SOUND_ALONE_LETTERS = 6


def _sound_supported(tokens: Tokens, k: int, size: int, country_named: bool, as_written: frozenset[tuple[str, ...]]) -> bool:
    """Whether a division's name at words k..k+size is read as the division: written as one of
    its names (`as_written`), or, found only by its sound ("Baloutchistan" for "Balochistan";
    "Huet" for "Houet", "Janet" for "Djanet", "Mero" for "Meru"), where nothing says it is a
    person's name (a capitalised word before it, a first name, "Guillaume Soro", in a headline not
    in title case; an age after it, "Janet, 45,") and it is long enough to be no other name by
    chance (SOUND_ALONE_LETTERS) or the item says it is a division (a division's noun by it, or
    its country named)."""
    folded, words = tokens.folded, tokens.words
    if tuple(_squeezed(COMPASS.get(w, w), False) for w in folded[k : k + size]) in as_written:
        return True
    if sum(map(len, folded[k : k + size])) < SOUND_ALONE_LETTERS and not (country_named or _as_division(folded, k, size)):
        return False
    if k + size < len(tokens) and words[k + size].isdigit() and "," in tokens[k + size].gap:
        return False  # "Janet, 45, was shot dead"
    capitals = sum(w[:1].isupper() for w in words)
    title_case = capitals * 2 > len(words)
    return not (k > 0 and words[k - 1][:1].isupper() and not title_case and folded[k - 1] not in _ANY_DIVISION_NOUNS)


def region_report(
    item_id: int,
    when: datetime,
    title: str,
    summary: str,
    written: str,
    area: str | None,
    country: str,
    towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None = None,
) -> RegionReport | None:
    """The report of an item naming only a division (`area`, "CD.11") or only a country (its ISO
    code), as `written`: a place of its own ("@CD.11", "@CD"), known by the words it was named by,
    and the towns of the country it names besides (`towns`, the gazetteer's look-up)."""
    name = f"@{area}" if area is not None else f"@{country}"
    words = admin1_words(*area.split(".", 1)) if area is not None else frozenset()
    aliases = frozenset(tokenize(written).folded)
    place = Place(name, "city", True, 0, (), aliases, area, None, True, words)
    report = make_report(item_id, when, title, summary, [place])
    if report is None:
        return None
    fields = {f: getattr(report, f) for f in report.__dataclass_fields__}
    named = tuple(tokenize(written).folded)
    return RegionReport(
        **fields,
        scope="division" if area is not None else "country",
        named=named,
        name_alone=_name_alone(named, country, towns),
        towns_named=(named_towns := _towns_named(title, summary, named, country, towns, report.names)),
        town_points=_town_points(_named_as_landmark(title, summary, named_towns), country, towns),
    )


def _town_points(
    names: Iterable[str], country: str, towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None
) -> tuple[tuple[str, str, float, float], ...]:
    """Each named place that is a town of the country in the gazetteer (its most populous of that
    name), with its first-level division and its point (`RegionReport.town_points`)."""
    if towns is None:
        return ()
    out = []
    for name in sorted(names):
        found = [p for p in towns(tuple(name.split())) if p.kind == "city" and p.country == country and p.admin1]
        if found:
            town = max(found, key=lambda p: (p.population, p.id))
            out.append((name, f"{country}.{town.admin1}", town.lat, town.lon))
    return tuple(out)


# Words before a town's name that make it a landmark the scene lies near, not the scene: "near",
# "outside", "près de", "cerca de", "perto de", "east of", "à l'est de", "al noreste de", "30 km
# from", "à 30 km de". Folded.
_LANDMARK_BEFORE = frozenset("near outside from".split())
_LANDMARK_BEFORE_OF = frozenset(
    "pres cerca perto km kilometres kilometers kilometros quilometros north south east west northeast northwest "
    "southeast southwest nord sud est ouest nordest nordouest sudest sudouest norte sur este oeste leste noreste "
    "nordeste noroeste sureste sudeste suroeste sudoeste".split()
)
_LANDMARK_OF = frozenset("of de d do da del".split())


def _named_as_landmark(title: str, summary: str, names: Iterable[str]) -> frozenset[str]:
    """Those of `names` (folded) an item writes, every time it writes them, as a landmark the
    scene lies near (`_LANDMARK_BEFORE`: "a market near Goundam", "east of Timbuktu"): a town so
    named may be where a story's town lies; one written as the scene ("at market in Pissila") is
    its own scene."""
    texts = [tokenize(title).folded, tokenize(summary).folded]
    out = set()
    for name in names:
        seen = [(folded, k) for folded in texts for k in name_starts(folded, tuple(name.split()))]
        if seen and all(_landmark_at(folded, k) for folded, k in seen):
            out.add(name)
    return frozenset(out)


def _landmark_at(folded: Sequence[str], k: int) -> bool:
    """Whether the name at `k` follows a landmark's words (`_LANDMARK_BEFORE`, `_LANDMARK_BEFORE_OF`)."""
    if k and folded[k - 1] in _LANDMARK_BEFORE:
        return True
    return k > 1 and folded[k - 1] in _LANDMARK_OF and folded[k - 2] in _LANDMARK_BEFORE_OF


def _name_alone(named: tuple[str, ...], country: str, towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None) -> bool:
    """Whether a division's folded name, written alone, can only be the division: not plain words
    ("Est", "Nord"), a region across countries ("the Sahel"), an everyday word ("plateau"), nor
    a town of its country ("Ségou", "Garissa": "a hospital in Ségou" is the town). Without the
    gazetteer (`towns`), no name is."""
    if not named or set(named) <= PLAIN_DIVISION_WORDS or named in _ACROSS_COUNTRIES or (len(named) == 1 and _everyday(named[0])):
        return False
    return towns is not None and not any(p.kind == "city" and p.country == country for p in towns(named))


# Words after a name that make it the edge of a country, no town ("near Burkina border").
_BORDER_WORDS = frozenset("border borders frontier frontiere frontera fronteira".split())
# Words before a place's name: "over the bombing in Hulugho", "dans", "em", "en"; and before
# "de" ("près de", "cerca de", "perto de").
_AT = frozenset("in at near outside em en dans".split())
_NEAR = frozenset("pres cerca perto".split())


def _towns_named(
    title: str,
    summary: str,
    named: tuple[str, ...],
    country: str,
    towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None,
    others: frozenset[str],
) -> frozenset[str]:
    """The places besides its division an item names, folded: the headline's other capitalised
    names (`others`, `Report.names`), and the capitalised names (runs of up to three words, or
    one word of them) that are towns of the country in the gazetteer (`towns`) or follow a
    word of place ("in Hulugho", "près de Kotile"); not its division's name nor a country's,
    whole, short ("near the Burkina border") or as its people's ("near the Dominican border",
    `demonym_words`), nor an everyday word ("in March")."""
    nations = {**_country_names(), **_short_names()}
    peoples = demonym_words()
    found = {
        name
        for name in others
        if not set(name.split()) <= set(named) and tuple(name.split()) not in nations and name not in peoples
    }
    for text in (title, summary):
        tokens = tokenize(text)
        folded, words = tokens.folded, tokens.words
        k = 0
        while k < len(folded):
            if not words[k][:1].isupper():
                k += 1
                continue
            end = k
            while end < len(folded) and end - k < 3 and words[end][:1].isupper() and folded[end] not in _ANY_DIVISION_NOUNS:
                end += 1
            run = tuple(folded[k:end])
            if folded[end : end + 1] and folded[end] in _BORDER_WORDS:
                k = max(end, k + 1)
                continue  # "near Burkina border", "the Dominican border": a country's edge, no town
            after_at = (k > 0 and folded[k - 1] in _AT) or (k > 1 and folded[k - 1] in _OF and folded[k - 2] in _NEAR)
            # the run as one name, else each of its words that is a town ("the Maiduguri-Damaturu
            # highway" names both towns)
            for name in [run, *((w,) for w in run)] if len(run) > 1 else [run]:
                if not name or set(name) <= set(named) or name in nations:
                    continue
                if len(name) == 1 and (name[0] in peoples or _everyday(name[0])):
                    continue
                town = towns is not None and any(p.kind == "city" and p.country == country for p in towns(name))
                if town or (after_at and name == run):
                    found.add(" ".join(name))
                    if name == run:
                        break
            k = max(end, k + 1)
    return frozenset(found)


def _areas(story: Story) -> set[str]:
    """The first-level divisions a story's towns lie in: each's own, and for a town known only by
    its `coords:`, those it borders (`Report.borders`)."""
    out: set[str] = set()
    for r in (story.first, *story.recent):
        if r.area is not None and r.primary_kind != "country":
            out.add(r.area)
            out |= r.borders
    return out


def _told_in(story: Story, report: RegionReport) -> bool:
    """Whether a story at a watched country alone (its reports name no watched town: "Niger : au
    moins 25 fidèles tués", "Gunmen kill 27 worshippers in western Niger") is in the report's
    division: one of its reports, naming the division's country, writes the name the report
    wrote ("Gnagna", a province, not "Est", its region) as the division's (`_names_division`).
    The country holds its divisions; the story's text says which one."""
    if report.area is None or not report.named:
        return False
    country = report.area.split(".")[0]
    reports = (story.first, *story.recent)
    if any(r.primary_kind != "country" for r in reports):
        return False  # a story at a town is in the division its town lies in (`_areas`)
    codes = country_codes()
    return any(
        _names_division(r.text.split(), report.named, report.name_alone)
        and any(codes.get(tuple(tokenize(name).folded)) == country for name in r.countries)
        for r in reports
    )


def _names_division(folded: Sequence[str], named: tuple[str, ...], alone: bool) -> bool:
    """Whether these folded words hold the division's folded name (its points of the compass made
    one, its doubled letters squeezed: `_keys`), alone where it can only be the division (`alone`),
    else next to a division's noun ("province de la Gnagna", "Ségou region"): "l'attaque est
    survenue", "across the Sahel", "a hospital in Ségou" name no division."""
    canon = [_squeezed(COMPASS.get(w, w)) for w in folded]
    for key in _keys(named):
        size = len(key)
        for k in range(len(canon) - size + 1):
            if tuple(canon[k : k + size]) == key and (alone or _as_division(folded, k, size)):
                return True
    return False


def _in_reach(index: StoryIndex, area: str | None, when: datetime) -> list[Story]:
    """The open stories that may lie in a division ("CD.11"): a town of theirs lies in it
    (`_areas`), or they are at its country alone and one of their reports names it
    (`_country_alone`, which `_told_in` then reads against the report's words), or they are at
    towns of its country and one of their reports writes a division's noun (`_writes_division`),
    beside which `_division_in_text` then reads the division's name. A cheap screen: set look-ups
    only, no sentence read."""
    if area is None:
        return []
    earliest = when.timestamp() - index.window_hours * 3600
    country = area.split(".")[0]
    if "." not in area:  # a country named alone ("BF"): every story in it
        return [s for s in index.stories.values() if s.seen_at >= earliest and _in_country(s, country)]
    return [
        s
        for s in index.stories.values()
        if s.seen_at >= earliest
        and (area in _areas(s) or _country_alone(s, country) or (_writes_division(s) and _in_country(s, country)))
    ]


def _writes_division(story: Story) -> bool:
    """Whether a story's reports write a division's noun ("state", "province", "région"): what
    `_division_in_text` needs beside the division's name, asked first as a set look-up."""
    return any(not _ANY_DIVISION_NOUNS.isdisjoint(r.words) for r in (story.first, *story.recent))


def _in_country(story: Story, country: str) -> bool:
    """Whether a story lies in a country: a town of its reports does (their first-level divisions,
    by the gazetteer), or they name no town and one names the country."""
    return any(a.split(".")[0] == country for a in _areas(story)) or _country_alone(story, country)


def _country_alone(story: Story, country: str) -> bool:
    """Whether every report of a story names no town, and one names this country (what
    `_told_in` asks first, before it reads the division's name in their words)."""
    reports = (story.first, *story.recent)
    if any(r.primary_kind != "country" for r in reports):
        return False
    codes = country_codes()
    return any(codes.get(tuple(tokenize(name).folded)) == country for r in reports for name in r.countries)


def may_join(index: StoryIndex, area: str | None, when: datetime, alerted: Callable[[int], bool]) -> bool:
    """Whether an item of this day naming this division could join any story (`region_join`):
    an open story that alerted (`alerted`) may lie in it (`_in_reach`). Cheap, asked before the
    item's report is made: most items of a busy feed name a province where nothing alerted.
    False only where `region_join` would find no candidate at all."""
    return any(alerted(s.id) for s in _in_reach(index, area, when))


def _open_in(index: StoryIndex, report: RegionReport, alerted: Callable[[int], bool]) -> list[Story]:
    """The open stories in the report's division that alerted (`alerted`, a look-up in the store,
    asked last: only of the few stories in the division). A story whose towns lie in the division
    only by a border (`_across_border`) is there only when the report fits it (`_fits_across`)."""
    there = [
        s
        for s in _in_reach(index, report.area, report.when)
        if (report.area in _areas(s) and (not _across_border(s, report) or _fits_across(report, s)))
        or _told_in(s, report)
        or _division_in_text(s, report)
    ]
    return [s for s in there if alerted(s.id)]


def _division_in_text(story: Story, report: RegionReport) -> bool:
    """Whether a story at towns of the report's division's country, which the gazetteer puts in
    another division, is in the report's by its own words: one of its reports writes the division's
    name as a division's, next to a division's noun ("Mindat in southern Chin State", "dans la
    province du Soum"). The gazetteer's division of a town it knows only by its `coords:` is that of
    the nearest town it lists, a guess where it lists few (Mindat, in Chin, nearest to a town of
    Magway); the press says which, next to the town's name (`_town_in_division`)."""
    if report.area is None or not report.named:
        return False
    country = report.area.split(".")[0]
    areas = _own_areas(story)
    if not areas or any(area.split(".")[0] != country for area in areas):
        return False
    return any(_town_in_division(r, report.named) for r in (story.first, *story.recent))


# How many words after a town's name the division it lies in is named ("Mindat in southern Chin
# State", "Nassoumbou, dans la province du Soum").
_IN_DIVISION_REACH = 6


def _town_in_division(report: Report, named: tuple[str, ...]) -> bool:
    """Whether a report's text places its own town in this division: the division's name, next to
    a division's noun (`_names_division`), within `_IN_DIVISION_REACH` words after the town's name.
    A division named elsewhere in it (where fighters came from, where the wounded went) places
    nothing."""
    words = report.text.split()
    town = folded_name(report.primary)
    return any(
        _names_division(words[k + len(town) : k + len(town) + _IN_DIVISION_REACH], named, False) for k in name_starts(words, town)
    )


def _own_areas(story: Story) -> set[str]:
    """The first-level divisions the gazetteer puts a story's towns in, without those they border."""
    return {r.area for r in (story.first, *story.recent) if r.area is not None and r.primary_kind != "country"}


def _across_border(story: Story, report: RegionReport) -> bool:
    """Whether a story lies in the report's division only as a town known by its `coords:` that
    borders it (`Report.borders`), not as one the gazetteer puts in it."""
    return report.area not in _own_areas(story)


def _fits_across(report: RegionReport, story: Story) -> bool:
    """Whether a province's report may tell of an incident at a town that only borders its
    province (a guess: the town's own division is that of the nearest listed town). What it says
    who was hit must fit the story's where the province is another country's: no victims the
    story's reports do not name, where they name any (villagers are not the gendarmes of a post);
    a border within one country asks nothing more than the province (Tougouri, in Centre-Nord,
    nearest to a town of Est). A report that places itself in that other country
    (`_placed_in_country`: "Borno State", "Nigeria", its towns) tells of that country, unless,
    giving no toll the story never gave, it names what the story's headline says was hit (a
    military base is not a gendarmerie post) or the armed group its reports named: the town's
    country is a guess too (Boko Haram's attack on a gendarmerie post "in Niger's Diffa region"
    beside Boko Haram's on the post of a town whose nearest listed one is across the border).
    Where it does not place itself, a target the story never named parts nothing: a province's
    report tells the incident in its own words (asking it cost a join on an unread set)."""
    country = (report.area or "").split(".")[0]
    if all(area.split(".")[0] == country for area in _own_areas(story)):
        return True
    reports = (story.first, *story.recent)
    targets = frozenset().union(*(r.targets for r in reports))
    victims = frozenset().union(*(r.victims for r in reports)) | {_TARGET_VICTIMS[t] for t in targets if t in _TARGET_VICTIMS}
    if victims and report.victims - victims:
        return False
    if not _placed_in_country(report, country):
        return True
    counts = frozenset().union(*(r.counts for r in reports))
    if counts and report.counts and not counts & report.counts:
        return False  # a toll the story never gave ("12 villagers" beside its nine): another incident's
    headline = frozenset().union(*(r.title_targets for r in reports))
    return bool(headline & report.targets) or any(r.groups & report.groups for r in reports)


def _placed_in_country(report: RegionReport, country: str) -> bool:
    """Whether a province's report places its news in that province's country: it writes the
    province's name as a division's ("Borno State", "l'État de Borno", `_as_division`), names the
    country ("Nigeria", "Nigéria"), or names other places of it (`RegionReport.towns_named`)."""
    folded = report.text.split()
    if report.towns_named or _names_division(folded, report.named, False):
        return True
    names = _country_names()
    sizes = _sizes(names)
    return any(names.get(tuple(folded[k : k + size])) == country for size in sizes for k in range(len(folded) - size + 1))


def _fit(report: RegionReport, story: Story) -> int:
    """What ties a province's or a country's report to a story there beyond the province and the
    days: the targets, groups and sites its reports share (`Story.evidence`), and the report's
    leading kind of event among the kinds the story's reports tell, or arrests over the kind of
    event one of them leads with (`arrests_over_incident`). Nothing ties arrests that something
    in them sets apart from the story (`_set_apart`)."""
    reports = (story.first, *story.recent)
    if report.event == "arrest" and _set_apart(report, story):
        return 0
    if _came_after_it(report, reports):
        return 0
    told = frozenset().union(*(r.events for r in reports))
    # Arrests that follow an incident up ("Detectives arrest two over Ijara explosive device")
    # lead with no event the story tells, yet their text names the story's.
    held = report.follow_up and any(arrests_over_incident(report, r) for r in reports)
    return story.evidence(report) + (report.event is not None and (report.event in told or held))


def _came_after_it(report: RegionReport, reports: Sequence[Report]) -> bool:
    """Whether a province's headline tells a deed of its own that its text says came after the
    story's ("un policier tué dans une embuscade dans le nord-est", "quelques heures après une
    fusillade sur un marché" beside the market's shooting): it names, after a word of time passed
    ("hours after", "le lendemain"), a kind of event the story told, and what the story's
    headlines say was hit in its text, not in its headline. The press writes so of a second
    incident, and of the first only as what came before it. Not a follow-up ("toll rises"), nor an
    aftermath (arrests, a curfew, a protest), which come after their incident by nature."""
    if not report.waited or report.follow_up or report.own_event is None or report.own_event in AFTERMATH:
        return False
    hit = frozenset().union(*(r.title_targets for r in reports))
    told = frozenset().union(*(r.events for r in reports))
    if not report.recalls & told or report.own_targets & hit:
        return False
    if _recalled_targets(report.text) & hit:
        return True
    # Or who its words after "after" say was hit, or how many, are the story's headlines' and not
    # its own headline's: "gunmen kill six workers ... hours after a roadside bomb killed five
    # policemen" beside "Five policemen martyred as bomb hits police van".
    rest = _recalled_tokens(report.text)
    if rest is None:
        return False
    victims = frozenset().union(*(r.victims for r in reports)) - report.victims
    counts = frozenset().union(*(r.counts for r in reports)) - report.counts
    return bool(victims_in(rest) & victims) or bool(counts_in(rest) & counts)


def _recalled_tokens(text: str) -> Tokens | None:
    """The words after a text's first "after" (`AFTER_WORDS`), or None where it has none."""
    words = text.split()
    cut = next((i for i, word in enumerate(words) if word in AFTER_WORDS), len(words))
    return tokenize(" ".join(words[cut:])) if cut < len(words) else None


def _recalled_targets(text: str) -> frozenset[str]:
    """What the words after a text's first "after" (`AFTER_WORDS`) say was hit: the earlier deed
    it tells its own came after ("hours after an attack on a police post"). What it says was hit
    before that word is its own deed's ("shot dead at a market, hours after..."): a story's market
    shooting told again, not a second deed after it."""
    rest = _recalled_tokens(text)
    return targets_in(rest) if rest is not None else frozenset()


def _set_apart(report: RegionReport, story: Story) -> bool:
    """Whether something in arrests says they are over another incident than the story's: a town
    of the country the story's text never names ("over bombing in Hulugho"), another time
    (`_another_time`: "last year's bombing", "l'an dernier", "in 2019"), or a plot foiled before
    it struck (`_foiled`: "arrest five planning a bombing")."""
    reports = (story.first, *story.recent)
    if any(not any(set(town.split()) <= r.words for r in reports) for town in report.towns_named):
        return True
    words = report.text.split()
    return _another_time(words, report.when.year) or _foiled(words)


# Words saying an event of another time than days ago, folded, as runs of words: "last year's
# bombing", "l'an dernier", "l'année dernière", "el año pasado", "o ano passado", "last month".
_OTHER_TIMES = frozenset(
    tuple(phrase.split())
    for phrase in "last year,previous year,years ago,last month,previous month,an dernier,annee derniere,annee passee,"
    "mois dernier,ano pasado,mes pasado,ano passado,mes passado,anos atras".split(",")
)


def _another_time(words: Sequence[str], year: int) -> bool:
    """Whether the folded words say their event was at another time than the story's days: a
    word run of `_OTHER_TIMES`, or a year (1900-2099) other than the report's."""
    if any(tuple(words[k : k + 2]) in _OTHER_TIMES for k in range(len(words) - 1)):
        return True
    return any(len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2099 and int(w) != year for w in words)


# Words of a plot foiled before it struck, folded: the arrested were planning it ("planning",
# "plotting", "projetaient", "planeaban", "planeavam") or were stopped "before they could".
_PLOTTING = frozenset(
    "plan plans planned planning plot plots plotted plotting foil foiled foils thwart thwarted thwarts "
    "projetaient projetait projetant planifiaient planifiait planifiant preparaient preparait dejoue dejoues dejouee "
    "planeaban planeaba planeando planificaban frustrado frustrada frustraron "
    "planeavam planejavam planejava planejando planeando frustrou frustrado".split()
)


def _foiled(words: Sequence[str]) -> bool:
    """Whether the folded words tell a plot foiled: a word of planning (`_PLOTTING`), or the
    arrested stopped "before they could" strike ("avant de", "antes de" are too common)."""
    return any(w in _PLOTTING for w in words) or any(
        tuple(words[k : k + 3]) == ("before", "they", "could") for k in range(len(words) - 2)
    )


def region_join(index: StoryIndex, report: RegionReport, alerted: Callable[[int], bool]) -> int | None:
    """The one open alerted story that an item naming only a province or a country reports, or None.

    Its candidates are the open alerted stories in the province (a town of theirs lies in it, by
    the gazetteer's admin1) or, for a country named alone, in the country (`_country_join`). Of
    those that it tells of (`tells_of`) and that something ties it to (`_fit`: a shared target,
    group or site, or its kind of event), it joins the one `StoryIndex.find` gives it; else, unless its headline says
    another incident or several, the only one, or the one the evidence favours, when it favours one;
    of those it favours alike, the one whose text names more of the report's other places
    (`_named_alike`). A country's report joins only when the country holds one open story. Else, unsure, none: it
    never starts a story of its own.
    """
    if report.scope != "division":
        return _country_join(index, report, alerted)
    there = _open_in(index, report, alerted)
    fits = sorted(((_fit(report, s), s.id) for s in there if tells_of(report, s)), reverse=True)
    fits = [f for f in fits if f[0] > 0]
    if not fits:
        return None
    found = index.find(report)
    if found is not None and found in {s for _, s in fits}:
        return found
    if report.again or report.several:
        return None  # "nouvelle attaque", "a wave of attacks": another incident, or several, as `find` reads them
    if len(fits) == 1 or fits[0][0] > fits[1][0]:
        return fits[0][1]
    return _named_alike(report, [index.stories[s] for f, s in fits if f == fits[0][0]])


def _country_join(index: StoryIndex, report: RegionReport, alerted: Callable[[int], bool]) -> int | None:
    """The story a report naming only a country ("Burkina : le JNIM revendique l'attaque contre la
    gendarmerie" beside one alerted attack on a gendarmerie post in Burkina Faso) joins, as
    README's rule for a country's report says: none where its words say another deed or attacks
    in the plural (`_another_deed`); else, of the open alerted stories in that country that it
    tells of, that it tells of as THAT incident (`_tells_that_incident`: an aftermath of it, or
    its target, group or site within its first day; a kind of event alone ties none) and whose
    reports name every place it names (`towns_named`: "près d'El-Obeid" is another incident), the
    only one. Of several, none, even where one shares more targets or groups: a country often
    holds an incident of its own beside the watched town's, and choosing by the evidence joined a
    wrong one on an unread set (aggregates: precision 0.922 -> 0.908). Unsure, none."""
    if report.again or report.several:
        return None
    if _another_deed(report.text.split()):
        return None
    there = [s for s in _in_reach(index, report.primary.removeprefix("@"), report.when) if alerted(s.id)]
    fits = [s for s in there if tells_of(report, s) and _tells_that_incident(report, s) and _names_all(s, report)]
    if len(fits) > 1:
        fits = _of_its_deed(report, fits)
    return fits[0].id if len(fits) == 1 else None


def _of_its_deed(report: RegionReport, fits: Sequence[Story]) -> list[Story]:
    """Of several stories a country's report tells of as their incident, those one of whose reports
    leads with the deed it leads with (its `event`, read alike in every language: a claim of "هجوم على نقطة
    تفتيش", an attack, beside an attack on a checkpoint and a bomb blast; "la reprise de onze
    évadés" beside a jailbreak and a massacre): the one a reader would take it for. All of them
    where it leads with none or several tell it: unsure, none."""
    if report.event is None:
        return list(fits)
    return [s for s in fits if any(r.event == report.event for r in (s.first, *s.recent))]


# Hours after a story's first report within which a country's report naming its target, group or
# site may be of it: a country holds many incidents a week, and a day later "gunmen kill 12
# soldiers in attack on army post" is as likely another one.
_COUNTRY_SAME_DAY_HOURS = 24

# Words saying a deed besides the one told before, folded: "in separate attack", "also on
# Tuesday", "une autre attaque", "a second attack", "in addition to".
_ANOTHER_DEED = frozenset(
    "separate separately also another other others autre autres otra otro otras otros outra outro outras outros "
    "second seconde segundo segunda addition aussi egalement tambien tambem".split()
)
# The plural of a word of attack: a report of "attacks", "attaques", "ataques" speaks of several.
_ATTACKS = frozenset("attacks attaques ataques".split())


def _another_deed(folded: Sequence[str]) -> bool:
    """Whether a report's folded words say a deed besides the one told before (`_ANOTHER_DEED`) or
    speak of attacks in the plural (`_ATTACKS`): a country's report of those is not of one incident."""
    return any(w in _ANOTHER_DEED or w in _ATTACKS for w in folded)


# The victims a story's targets say it hit, where its headline names none: a post or a camp is
# the forces'.
_TARGET_VICTIMS = {"security post": "forces", "military": "forces", "police": "forces"}
# Targets that are as often who speaks of an incident as what it hit.
_SPEAKERS = frozenset({"government"})


def _tells_that_incident(report: RegionReport, story: Story) -> bool:
    """Whether a report naming only a country tells of this story's incident, not of another in
    the country: it names no target or victims other than the story's reports name, where they
    name any (a church beside a gendarmerie post, villagers beside soldiers), and it is an aftermath of it (a toll, a claim,
    mourning: `follow_up`), or it shares the story's target, group or site (`Story.evidence`) within
    its first day. A shared kind of event ("attack") is no tie: a country has many a week."""
    reports = (story.first, *story.recent)
    targets = frozenset().union(*(r.targets for r in reports))
    victims = frozenset().union(*(r.victims for r in reports)) | {_TARGET_VICTIMS[t] for t in targets if t in _TARGET_VICTIMS}
    # a target or victims differ only from the story's own; a government is who speaks ("le
    # ministère de la Justice annonce"), no target
    if (targets and report.targets - targets - _SPEAKERS) or (victims and report.victims - victims):
        return False
    if report.follow_up:
        return True
    hours = (report.when - story.first.when).total_seconds() / 3600
    return hours <= _COUNTRY_SAME_DAY_HOURS and story.evidence(report) > 0


def _names_all(story: Story, report: RegionReport) -> bool:
    """Whether every place a country's report names besides it (`towns_named`) is the story's: its
    reports name it, or it is a town the report names only as a landmark that lies near the
    story's town (`town_points`: in its first-level division within `AREA_KM`, or within
    `NEAR_KM`), as "a market east of Timbuktu" is of Ber's, some sixty kilometres east, whose
    reports say "Tombouctou" or nothing. A town it names as the scene ("at market in Pissila")
    that no report of the story names is another incident's, however near."""
    reports = (story.first, *story.recent)
    points = {name: (area, lat, lon) for name, area, lat, lon in report.town_points}
    for place in report.towns_named:
        if any(set(place.split()) <= r.words for r in reports):
            continue
        if place not in points or not any(_lies_near(points[place], r) for r in reports):
            return False
    return True


def _lies_near(town: tuple[str, float, float], report: Report) -> bool:
    """Whether a town (its division and point) lies near a report's town: in its first-level
    division within `AREA_KM`, or within `NEAR_KM` across one (`story.near`'s measure)."""
    if report.point is None or report.primary_kind == "country":
        return False
    area, lat, lon = town
    km = distance_km(lat, lon, *report.point)
    return km <= AREA_KM if area == report.area else km <= NEAR_KM


def _named_alike(report: RegionReport, tied: Sequence[Story]) -> int | None:
    """Of stories the evidence ties a province's report to alike, the one whose text names more of
    the places the report names besides its province (`towns_named`: "the Maiduguri-Damaturu
    highway" for the story at Auno on that highway, "the convention in Bajaur" for the one at
    Khar, Bajaur's district town), when one names more than every other; else None. A place the
    report names that no story names, or that all name, tells them apart no better: unsure, none."""
    if not report.towns_named:
        return None

    def named(story: Story) -> int:
        reports = (story.first, *story.recent)
        return sum(any(set(town.split()) <= r.words for r in reports) for town in report.towns_named)

    counts = sorted(((named(s), s.id) for s in tied), reverse=True)
    if counts[0][0] > 0 and counts[0][0] > counts[1][0]:
        return counts[0][1]
    return None


def region_reading(
    item_id: int,
    when: datetime,
    title: str,
    summary: str,
    countries: Iterable[str],
    towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None = None,
) -> RegionReport | None:
    """An item's report as `region_join` takes it: of the one division of these countries it
    names (of several, the one its headline names alone), or, naming none, of the one a district
    it names after its town lies in (`towns`, the gazetteer's look-up: `district_areas`); None
    when it names none or several."""
    found = region_named(title, summary, countries, towns)
    if found is None:
        return None
    area, written = found
    return region_report_of(item_id, when, title, summary, area, written, towns)


def region_report_of(
    item_id: int,
    when: datetime,
    title: str,
    summary: str,
    area: str,
    written: str,
    towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None = None,
) -> RegionReport | None:
    """The report of an item naming one division (`region_named`'s answer), or None when its
    headline names another country than the division's."""
    country = area.split(".")[0]
    if _other_country_named(title, summary, country):
        return None  # "Bénin : attaque dans le Littoral": the division is another country's
    division = area if "." in area else None  # "BF": a country named alone (`_country_named`)
    return region_report(item_id, when, title, summary, written, division, country, towns)


def region_named(
    title: str,
    summary: str,
    countries: Iterable[str],
    towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None = None,
) -> tuple[str, str] | None:
    """The one division ("CD.11") of these countries an item names, with its name as written,
    as `region_reading` reads it; None when it names none or several. The cheap part of the
    reading: whether a story may lie there (`may_join`) is asked before the report is made."""
    countries = frozenset(countries)
    divisions, nations = named_areas(title, summary, countries, towns)
    if len(divisions) > 1:
        # "Mandera: gunmen crossed from Gedo": the headline's one province not named as where
        # someone came from is the report's
        headline, _ = named_areas(title, "", countries, towns)
        tokens = tokenize(title)
        headline = {area: written for area, written in headline.items() if not _only_as_origin(tokens, written)}
        divisions = headline if len(headline) == 1 else divisions
    if not divisions and towns is not None:
        divisions = district_areas(title, summary, countries, towns)
    if not divisions:
        return _country_named(title, summary, countries, towns) if nations else None
    if len(divisions) != 1:
        return None
    [(area, written)] = divisions.items()
    return area, written


def _country_named(
    title: str,
    summary: str,
    countries: frozenset[str],
    towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None = None,
) -> tuple[str, str] | None:
    """The one watched country ("BF") an item naming no division names as its scene, with its
    name as written: the one its headline names as a scene (`_scene_countries`), else, its headline
    naming no country at all, the one its summary names so; None when it names none, several, or
    another country as its scene, or names a country only aside ("in northern Togo near Burkina
    Faso border", "Chad-based rebels attack army post in Sudan": the watched country is no scene)."""
    for text in (title, summary):
        tokens = tokenize(text)
        scenes, named = _scene_countries(tokens, towns)
        if len(scenes) == 1:
            [(code, written)] = scenes.items()
            return (code, written) if code in countries else None
        if scenes or named:
            return None
    return None


# Words before a country's name that make it the edge of another scene, not the scene: "near
# Burkina Faso", "près du Niger", "from Chad", "frontière du Burkina", "Lake Chad", "le fleuve Niger".
_ASIDE_BEFORE = frozenset(
    "from depuis desde near pres cerca perto border borders frontier frontiere frontera fronteira lake lac lago "
    "river fleuve rio riviere basin bassin".split()
)
# Words right after it that do the same: "Niger River", "Niger State", "Burkina border",
# "Chad-based rebels", "Niger Delta", "Chad Basin".
_ASIDE_AFTER = frozenset(
    "border borders frontier based river state delta basin lake valley river's state's frontiere frontera fronteira".split()
)
# Words of linking between a word of `_ASIDE_BEFORE` and the name: "near the Niger border",
# "près du Niger", "frontière avec le Burkina", "fronteira com o Níger".
_ASIDE_LINKS = frozenset("the de du des d la le l da do del avec com con with of o a".split())


def _scene_countries(
    tokens: Tokens, towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None
) -> tuple[dict[str, str], set[str]]:
    """The countries (codes, with their names as written) these words name as a scene, of every
    country (`_country_names`, and the short forms the gazetteer knows as the country's: `_short_names`),
    and the codes of every country they name at all. A name is read as its longest form ("Soudan
    du Sud", never its "Soudan"); a name of a cased script only where capitalised ("ivory" is a
    word); a name of one word not right before another capitalised word ("Chad Smith", "Burkina
    Pride"); a name is aside, no scene, after "from", "near", "border", "Lake", "river" or
    before "border", "-based", "River", "State" (`_aside`)."""
    names = _country_names()
    short = _short_names()
    sizes = _sizes(names)
    folded, words = tokens.folded, tokens.words
    scenes: dict[str, str] = {}
    named: set[str] = set()
    k = 0
    while k < len(folded):
        found = None
        for size in sizes:
            key = tuple(folded[k : k + size])
            if len(key) == size and key in names:
                found = (key, names[key])
                break
        if found is None and (folded[k],) in short:
            code = short[(folded[k],)]
            # a first word is a short name only where the gazetteer knows it as the country's ("Burkina")
            if towns is not None and any(p.kind == "country" and p.country == code for p in towns((folded[k],))):
                found = ((folded[k],), code)
        if found is None:
            k += 1
            continue
        key, code = found
        size = len(key)
        first = words[k][:1]
        if first.lower() != first.upper() and not first.isupper():
            k += size
            continue  # "ivory", "chad": a word, not the country
        end = k + size
        if size == 1 and end < len(folded) and words[end][:1].isupper() and not tokens[end].gap.strip():
            k = end
            continue  # "Chad Smith", "Burkina Pride": a person's, a thing's name
        if size == 1 and _everyday(folded[k]) and _a_persons_name(tokens, k, code, towns):
            k = end
            continue  # "Michael Jordan's bodyguard", "Jordan was stabbed", "Turkey prices soar": a name, a word
        named.add(code)
        if not _aside(tokens, k, end):
            scenes.setdefault(code, " ".join(words[k:end]))
        k = end
    return scenes, named


# The words before a country's name that place it ("in central Mali", "au nord du Mali", "across
# Nigeria"), which a capitalised one may be in a headline in title case ("In Central Mali").
_BEFORE_A_COUNTRY = (
    frozenset(
        "in into inside across throughout of to at within en au aux du de d dans a no na em do da del el "
        "central centre center centrale".split()
    )
    | COMPASS.keys()
)
# What follows a person's name as the subject of a sentence about one: "Jordan was stabbed".
_ONES_VERBS = frozenset("was is has had".split())


def _a_persons_name(tokens: Tokens, k: int, code: str, towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]] | None) -> bool:
    """Whether a country's name of one frequent word at word `k` ("Jordan", "Mali", "Turkey") is
    a person's or a thing's name, as the matcher reads a town's: a surname after a first name
    ("Michael Jordan", "Thanksgiving Turkey": a capitalised word before it, not a preposition, in a
    headline not in title case); the subject of one's verb at a sentence's head ("Jordan was
    stabbed"); or, not placed by a preposition, in an item that names a city known by its name
    (KNOWN_BY_NAME) of another country and none of its own ("Police arrest Mali after fatal
    stabbing in Leeds"), past the sentence's first word and not in title case, where a capital
    says nothing."""
    folded, words = tokens.folded, tokens.words
    start = k == 0 or any(mark in tokens[k].gap for mark in ".!?:")
    title_case = sum(w[:1].isupper() for w in words) * 2 > len(words)
    if not start and words[k - 1][:1].isupper() and not title_case and folded[k - 1] not in _BEFORE_A_COUNTRY:
        return True
    if start and k + 1 < len(tokens) and folded[k + 1] in _ONES_VERBS and not tokens[k + 1].gap.strip():
        return True
    if (not start and folded[k - 1] in _BEFORE_A_COUNTRY) or towns is None:
        return False
    countries = {
        p.country
        for m in range(1, len(tokens))
        if m != k and words[m][:1].isupper() and not title_case
        for p in towns((folded[m],))
        if p.kind == "city" and p.population >= KNOWN_BY_NAME
    }
    return bool(countries) and code not in countries


def _aside(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the country named at `start`..`end` is the edge or the origin of a scene elsewhere:
    a word of `_ASIDE_AFTER` right after it, or one of `_ASIDE_BEFORE` before it across up to
    two words of linking ("near the Niger border", "frontière du Burkina"), or a participle of
    coming and "de" ("venus du Burundi")."""
    folded = tokens.folded
    if end < len(folded) and folded[end] in _ASIDE_AFTER:
        return True
    m = start - 1
    while m >= 0 and start - m <= 2 and folded[m] in _ASIDE_LINKS:
        m -= 1
    if m >= 0 and folded[m] in _ASIDE_BEFORE:
        return True
    return _after_from(folded, start)


# Words before a country that make it where someone came from, not where the item happens:
# "Mandera: gunmen crossed from Somalia"; and the participles of coming before "de"/"du" ("venus
# du Burundi", "vindos da Tanzânia", "procedentes de Somalia").
_FROM = frozenset("from depuis desde".split())
_COMING = frozenset("venu venus venue venues venant vindo vindos vinda vindas venido venidos procedente procedentes".split())
_OF = frozenset("de du des da do das dos del d".split())


def _only_as_origin(tokens: Tokens, written: str) -> bool:
    """Whether every place these words name `written` is said as where someone came from
    (`_FROM`, or a participle of coming and "de"); False where it is not found."""
    name = tuple(tokenize(written).folded)
    folded = tokens.folded
    starts = [k for k in range(len(folded) - len(name) + 1) if name and tuple(folded[k : k + len(name)]) == name]
    return bool(starts) and all(_after_from(folded, k) for k in starts)


def _after_from(folded: Sequence[str], k: int) -> bool:
    if k >= 1 and folded[k - 1] in _FROM:
        return True
    return k >= 2 and folded[k - 1] in _OF and folded[k - 2] in _COMING


# Nouns of a second-level division, in the five languages, that the press writes with the name of
# the town it is named after: "Beni territory", "territoire de Djugu", "distrito de Macomia",
# "Konduga LGA", "Ijara sub-county".
_DISTRICT_NOUNS = frozenset(
    "territory territoire territorio district districts distrito county subcounty lga cercle departement "
    "department departamento municipality municipio commune".split()
)
_DISTRICT_OF = frozenset("of de du do da del d the".split())


def _district_towns(folded: Sequence[str], words: Sequence[str]) -> list[tuple[str, ...]]:
    """The capitalised names (one to three words) written right before a district's noun or
    after it and "de"/"of": "Beni territory", "territoire de Djugu"."""
    named = []
    for k, word in enumerate(folded):
        if word not in _DISTRICT_NOUNS:
            continue
        start = k
        while start > 0 and k - start < 3 and words[start - 1][:1].isupper() and folded[start - 1] not in _DISTRICT_OF:
            start -= 1
        if start < k:
            named.append(tuple(folded[start:k]))
        m = k + 1
        while m < len(folded) and folded[m] in _DISTRICT_OF and m - k <= 2:
            m += 1
        end = m
        while m > k + 1 and end < len(folded) and end - m < 3 and words[end][:1].isupper():
            end += 1
        if end > m:
            named.append(tuple(folded[m:end]))
    return named


def district_areas(
    title: str, summary: str, countries: frozenset[str], towns: Callable[[tuple[str, ...]], Iterable[GeoPlace]]
) -> dict[str, str]:
    """The first-level divisions ("CD.11") of the districts an item names after their towns
    ("Congo's Beni territory", "distrito de Macomia"), each with the town's name as written: the
    district lies in its town's province. Only a town of a watched country that no other town of
    those countries is named as; a name the gazetteer knows as no town is no district."""
    found: dict[str, str] = {}
    for text in (title, summary):
        tokens = tokenize(text)
        for name in _district_towns(tokens.folded, tokens.words):
            areas = {f"{p.country}.{p.admin1}" for p in towns(name) if p.kind == "city" and p.country in countries and p.admin1}
            if len(areas) == 1:
                found.setdefault(areas.pop(), " ".join(name))
    return found


def _other_country_named(title: str, summary: str, country: str) -> bool:
    """Whether the item's headline names a country, and not this one, other than as where
    someone came from (`_FROM`)."""
    tokens = tokenize(title)
    named = {
        code
        for code, written in _scan(tokens.folded, tokens.words, _country_names()).items()
        if not _only_as_origin(tokens, written)
    }
    return bool(named) and country not in named
