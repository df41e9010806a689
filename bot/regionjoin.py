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

from .geo.admin1 import admin1_named, admin1_names, admin1_words
from .geo.divisions import EVERYDAY_ZIPF, divisions_of, second_level_of
from .geo.model import GeoPlace
from .geo.sources import cldr_names
from .places import country_codes
from .story import Place, Report, Story, StoryIndex, make_report, tells_of
from .story import _arrested_for as arrested_for  # one reading of arrests over an incident, as grouping has it
from .textnorm import Tokens, tokenize

# Words of direction or of what a division is: a division named by these alone ("Est", "Centre-
# Nord", "Sud") is read only when written capitalised, as a name.
_PLAIN = frozenset(
    "north south east west northern southern eastern western central centre center nord sud est ouest "
    "norte sur oeste leste capital coast coastal littoral lakes islands island region province district "
    "de du des la le les of the and et y e do da dos das del".split()
)


# Regions of the world that span countries, named like a country's division ("the Sahel" is
# also Burkina Faso's Sahel region, "the Great Lakes" South Sudan's Lakes): never read as one.
_ACROSS_COUNTRIES = frozenset({("sahel",), ("sahara",), ("maghreb",), ("great", "lakes"), ("horn",)})
# A division's name of one word this frequent in English or French is an everyday word ("plateau",
# "delta", "unity", "littoral"): read only before a division's noun ("Plateau State"), as
# `bot.geo.divisions` reads them.
_DIVISION_NOUNS = frozenset("state region province region governorate prefecture etat provincia estado wilaya".split())


def _everyday(word: str) -> bool:
    """A word of every day in a language of the feeds' Latin script ("guerra", "littoral")."""
    return any(zipf_frequency(word, language, wordlist="small") >= EVERYDAY_ZIPF for language in ("en", "fr", "pt", "es"))


@dataclass(frozen=True)
class RegionReport(Report):
    """A report that names no watched place, only a first-level division or a country: it may
    join an alerted story (`region_join`), never start one. `scope` says which it named."""

    scope: Literal["division", "country"] = "division"


# The points of the compass in the languages of the press, to one word: "Nord-Kivu" is "North
# Kivu", "Kordofan-Sud" is "South Kordofan" (a name of two words is read in either order).
_COMPASS = {
    **dict.fromkeys(("north", "northern", "nord", "norte"), "north"),
    **dict.fromkeys(("south", "southern", "sud", "sur", "sul"), "south"),
    **dict.fromkeys(("east", "eastern", "est", "leste"), "east"),
    **dict.fromkeys(("west", "western", "ouest", "oeste"), "west"),
}


_COMPASS_POINTS = frozenset(_COMPASS.values())


def _squeezed(word: str) -> str:
    """A word with each run of one letter made one: "shabeelle" and "shabelle", "hiiraan" and
    "hiran", "bakool" and "bakol" are one name. Transliterations of Somali, Arabic or Hausa names
    disagree most on doubled letters (long vowels, geminates); the press drops them."""
    return re.sub(r"(.)\1+", r"\1", word)


def _keys(words: Sequence[str]) -> list[tuple[str, ...]]:
    """The forms a division's folded name is looked up by: its compass words made one, its runs
    of one letter squeezed (`_squeezed`), and a name of two words, one of them a point of the
    compass, in either order."""
    key = tuple(_squeezed(_COMPASS.get(w, w)) for w in words)
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
    named = [(tuple(name.split()), code) for name, code in admin1_names(country)]
    named += [(words, iso) for words in divisions_of(country) if (iso := admin1_named(country, [words])) is not None]
    # A second-level division (a Burkinabè province: "province de la Gnagna") is read as the
    # first-level one ISO 3166-2 puts it in, when GeoNames knows that one: its towns' admin1.
    # Not where GeoNames' own first-level divisions are those (Guinea's prefectures, Uganda's districts).
    named += [
        (words, code)
        for words, parent in second_level_of(country)
        if admin1_named(country, [words]) is None and (code := admin1_named(country, [parent])) is not None
    ]
    nations = _country_names()
    for words, code in named:
        if (len(words) == 1 and words[0] in _COMPASS.keys() | {"centre", "center", "central"}) or words in nations:
            continue
        for key in _keys(words):
            found.setdefault(key, code)
    return found


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


def _scan(
    folded: Sequence[str], words: Sequence[str], table: dict[tuple[str, ...], str], squeeze: bool = False
) -> dict[str, str]:
    """The values of the table's names found in these words (longest name first at each word),
    each with the name as written; a name of plain words only ("Centre-Nord", "Est") only where
    it is capitalised. With `squeeze`, the words as the divisions' table holds them (`_keys`)."""
    found: dict[str, str] = {}
    sizes = sorted({len(k) for k in table}, reverse=True)
    # Only a capitalised word is squeezed: a name's transliteration; "immo", "amarra" are words.
    canon = [
        _squeezed(_COMPASS.get(w, w)) if squeeze and words[n][:1].isupper() else _COMPASS.get(w, w) for n, w in enumerate(folded)
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
            if len(key) != size or key not in table:
                continue
            if set(folded[k : k + size]) <= _PLAIN and not all(w[:1].isupper() for w in words[k : k + size]):
                continue
            if tuple(folded[k : k + size]) in _ACROSS_COUNTRIES:
                continue
            if size == 1 and _everyday(folded[k]) and (k + 1 >= len(folded) or folded[k + 1] not in _DIVISION_NOUNS):
                continue  # "on the plateau", "the Delta": a word; "Plateau State" a division
            found.setdefault(table[key], " ".join(words[k : k + size]))
            k += size - 1
            break
        k += 1
    return found


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
    return table, {key: c for key, c in _country_names().items() if c in countries}


def named_areas(title: str, summary: str, countries: Iterable[str]) -> tuple[dict[str, str], dict[str, str]]:
    """The first-level divisions ("CD.11") of these countries, and the countries ("CD"), that an
    item names in its headline or its summary, each with its name as written ("Nord-Kivu")."""
    table, nations = _tables(frozenset(countries))
    divisions: dict[str, str] = {}
    named: dict[str, str] = {}
    for text in (title, summary):
        tokens = tokenize(text)
        for area, written in _scan(tokens.folded, tokens.words, table, squeeze=True).items():
            divisions.setdefault(area, written)
        for code, written in _scan(tokens.folded, tokens.words, nations).items():
            named.setdefault(code, written)
    return divisions, named


def region_report(
    item_id: int, when: datetime, title: str, summary: str, written: str, area: str | None, country: str
) -> RegionReport | None:
    """The report of an item naming only a division (`area`, "CD.11") or only a country (its ISO
    code), as `written`: a place of its own ("@CD.11", "@CD"), known by the words it was named by."""
    name = f"@{area}" if area is not None else f"@{country}"
    words = admin1_words(*area.split(".", 1)) if area is not None else frozenset()
    aliases = frozenset(tokenize(written).folded)
    place = Place(name, "city", True, 0, (), aliases, area, None, True, words)
    report = make_report(item_id, when, title, summary, [place])
    if report is None:
        return None
    fields = {f: getattr(report, f) for f in report.__dataclass_fields__}
    return RegionReport(**fields, scope="division" if area is not None else "country")


def _areas(story: Story) -> set[str]:
    return {r.area for r in (story.first, *story.recent) if r.area is not None and r.primary_kind != "country"}


def _told_in(story: Story, report: RegionReport) -> bool:
    """Whether a story at a watched country alone (its reports name no watched town: "Niger : au
    moins 25 fidèles tués", "Gunmen kill 27 worshippers in western Niger") is in the report's
    division: one of its reports names the division (GeoNames' name's words) in the division's
    country ("dans la région de Tillabéri"). The country holds its divisions; the story's text
    says which one."""
    if report.area is None or not report.division_words:
        return False
    country = report.area.split(".")[0]
    reports = (story.first, *story.recent)
    if any(r.primary_kind != "country" for r in reports):
        return False  # a story at a town is in the division its town lies in (`_areas`)
    codes = country_codes()
    return any(
        report.division_words <= r.words and any(codes.get(tuple(tokenize(name).folded)) == country for name in r.countries)
        for r in reports
    )


def _open_in(index: StoryIndex, report: RegionReport, alerted: Callable[[int], bool]) -> list[Story]:
    """The open stories in the report's division that alerted (`alerted`, a look-up in the store,
    asked last: only of the few stories in the division)."""
    earliest = report.when.timestamp() - index.window_hours * 3600
    there = [s for s in index.stories.values() if s.seen_at >= earliest and (report.area in _areas(s) or _told_in(s, report))]
    return [s for s in there if alerted(s.id)]


def _fit(report: Report, story: Story) -> int:
    """What ties a province's or a country's report to a story there beyond the province and the
    days: the targets, groups and sites its reports share (`Story.evidence`), and the report's
    leading kind of event among the kinds the story's reports tell, or arrests over the kind of
    event one of them leads with."""
    told = frozenset().union(*(r.events for r in (story.first, *story.recent)))
    # Arrests that follow an incident up ("Detectives arrest two over Ijara explosive device")
    # lead with no event the story tells, yet their text names the story's (`bot.story._arrested_for`).
    held = report.follow_up and any(arrested_for(report, r) for r in (story.first, *story.recent))
    return story.evidence(report) + (report.event is not None and (report.event in told or held))


def region_join(index: StoryIndex, report: RegionReport, alerted: Callable[[int], bool]) -> int | None:
    """The one open alerted story that an item naming only a province or a country reports, or None.

    Its candidates are the open alerted stories in the province (a town of theirs lies in it, by
    the gazetteer's admin1) or, for a country named alone, in the country. Of those that it tells
    of (`tells_of`) and that something ties it to (`_fit`: a shared target, group or site, or its
    kind of event), it joins the one `StoryIndex.find` gives it; else, unless its headline says
    another incident or several, the only one, or the one the evidence favours, when it favours one.
    A country's report joins only when the country holds one open story. Else, unsure, none: it
    never starts a story of its own.
    """
    if report.scope != "division":
        return None  # a country named alone: often an incident of its own (README, "Tried and dropped")
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
    countries = frozenset(countries)
    divisions, _ = named_areas(title, summary, countries)
    if len(divisions) > 1:
        # "Mandera: gunmen crossed from Gedo": the headline's one province not named as where
        # someone came from is the report's
        headline, _ = named_areas(title, "", countries)
        tokens = tokenize(title)
        headline = {area: written for area, written in headline.items() if not _only_as_origin(tokens, written)}
        divisions = headline if len(headline) == 1 else divisions
    if not divisions and towns is not None:
        divisions = district_areas(title, summary, countries, towns)
    if len(divisions) != 1:
        return None
    [(area, written)] = divisions.items()
    country = area.split(".")[0]
    if _other_country_named(title, summary, country):
        return None  # "Bénin : attaque dans le Littoral": the division is another country's
    return region_report(item_id, when, title, summary, written, area, country)


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
