"""One poll of one feed: fetch -> parse -> dedup -> match -> store, with the I/O at the edges.

`alert_decision` is the pure policy (is this new item fresh enough to alert?); `poll_feed`
does the I/O around the pure stages. A feed's failure is recorded and returned as a value, so
the scheduler keeps polling every other feed.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache

import httpx

from .audience import recipients
from .config import SEVERITIES, Config, FeedConfig
from .dedup import dedup_keys, same_text_key
from .faults import Fault, FaultKind
from .fetch import FetchResult, fetch_url, read_file
from .geo.admin1 import admin1_named, admin1_words
from .geo.divisions import division_country, spelt_division
from .geo.model import distance_km
from .links import web_link
from .match import GENERIC_FILLERS, SITE_WORDS, Matcher, WatchlistResult
from .parse import Item, parse_feed
from .places import country_codes
from .records import CONSOLE_CHAT, AlertMatch, NewAlert, SeenText
from .regionjoin import may_join, region_join, region_named, region_report_of
from .runtime import Runtime
from .schedule import server_hint
from .story import Place, Report, make_report, tells_of
from .textnorm import folded_words
from .wording import count

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PollReport:
    feed: str
    new_items: int = 0
    alerts: int = 0
    fault: Fault | None = None  # why this poll failed: its kind sets the backoff
    warning: str | None = None
    failures: int = 0  # polls failed in a row, this one included
    discarded: bool = False  # the feed's source changed while this poll ran: nothing was recorded
    hint: float | None = None  # seconds the publisher asked us to wait (max-age, ttl, Retry-After)

    @property
    def error(self) -> str | None:
        """The fault in words, as logs, notices and the db's `last_error` show it."""
        return self.fault.message if self.fault is not None else None


def alert_decision(item: Item, now: datetime, max_age: float | None, first_poll: bool) -> tuple[bool, str]:
    """Whether a new item may alert, and why not: no flood of old news.

    An item older than `max_age` is recorded, never alerted; so is everything a feed holds at
    its first successful poll (its back catalogue), unless the feed has no age limit at all
    (archives and samples). From the second poll on, what is new is news.
    """
    if max_age is None:
        return True, "no age limit"
    if first_poll:
        return False, "in the feed's back catalogue at its first poll"
    if item.published is not None and now - item.published > timedelta(seconds=max_age):
        return False, "older than max_age"
    return True, "fresh"


async def fetch_feed(rt: Runtime, feed: FeedConfig) -> FetchResult:
    state = rt.store.feed_state(feed.name) if feed.url is not None else None
    return await fetch_source(rt.config, rt.http, feed, state.etag if state else None, state.last_modified if state else None)


async def fetch_source(
    config: Config, http: httpx.AsyncClient, feed: FeedConfig, etag: str | None = None, last_modified: str | None = None
) -> FetchResult:
    """A feed's bytes as a poll gets them; `python -m bot feeds test` uses it too, to see what the bot sees."""
    if feed.path is not None:
        return await read_file(config.feed_path(feed))
    assert feed.url is not None
    return await fetch_url(http, feed.url, etag=etag, last_modified=last_modified, total_timeout=config.polling.timeout * 3)


def _recipients(rt: Runtime, watchlist: str, now: datetime) -> list[int]:
    """Who gets this watchlist's alert: subscribed, active, not muted, and wanting its severity."""
    if rt.console:
        return [CONSOLE_CHAT]
    return recipients(rt.store.subscribers(watchlist), rt.config.watchlists[watchlist].severity, now)


async def poll_feed(rt: Runtime, feed: FeedConfig) -> PollReport:
    """Poll one feed and store what is new; never raises: any failure is this feed's, recorded.

    A database that cannot be written (a full disk, a lock held too long) is a `STORAGE` fault:
    nothing of this poll was kept (each item is stored all or nothing, and the poll's ETag only
    after them), so the next poll fetches the same items again and loses none. Its failure
    count is then -1 when even the failure could not be recorded: the poller counts in memory.
    """
    try:
        return await _poll(rt, feed)
    except sqlite3.Error as exc:
        fault = Fault(FaultKind.STORAGE, f"the database could not be written: {exc}")
        return PollReport(feed.name, fault=fault, failures=_record_failure(rt, feed.name, fault))
    except Exception as exc:
        log.exception("unexpected error while polling %r", feed.name)
        fault = Fault(FaultKind.UNEXPECTED, f"unexpected {type(exc).__name__}: {exc}")
        return PollReport(feed.name, fault=fault, failures=_record_failure(rt, feed.name, fault))


def _record_failure(rt: Runtime, name: str, fault: Fault) -> int:
    """Polls failed in a row as the db counts them, or -1 when the db cannot be written."""
    try:
        return rt.store.record_poll_failure(name, rt.clock(), fault.message)
    except sqlite3.Error:
        return -1


async def _poll(rt: Runtime, feed: FeedConfig) -> PollReport:
    fetched = await fetch_feed(rt, feed)
    current = next((f for f in rt.config.feeds if f.name == feed.name), None)
    if current is None or current.source != feed.source:
        # The config changed during the fetch: this answer is from a source no longer watched.
        log.info("discarding a poll of %r: its source changed while it ran", feed.name)
        return PollReport(feed.name, discarded=True)
    now = rt.clock()
    hint = server_hint(fetched.status, fetched.headers, None, now)
    if fetched.not_modified:
        rt.store.record_poll_success(feed.name, now, 0)
        return PollReport(feed.name, hint=hint)
    if fetched.fault is not None or fetched.body is None:
        fault = fetched.fault or Fault(FaultKind.NOT_A_FEED, "empty answer")
        failures = _record_failure(rt, feed.name, fault)
        log.warning("feed %r failed (%d in a row, %s): %s", feed.name, failures, fault.kind, fault.message)
        return PollReport(feed.name, fault=fault, failures=failures, hint=hint)
    # Parsing a large feed takes seconds of CPU: off the event loop, so nothing else waits.
    parsed = await asyncio.to_thread(parse_feed, fetched.body, feed.name, now, fetched.headers)
    if parsed.fault is not None:
        failures = _record_failure(rt, feed.name, parsed.fault)
        log.warning("feed %r failed (%d in a row, %s): %s", feed.name, failures, parsed.fault.kind, parsed.fault.message)
        return PollReport(feed.name, fault=parsed.fault, failures=failures)
    state = rt.store.feed_state(feed.name)
    first_poll = state is None or state.last_success is None
    new_items, alerts = await _store_all(rt, feed, parsed.items, now, first_poll)
    if first_poll and rt.config.feed_max_age(feed) is not None:
        # Said at INFO, once per feed: otherwise "5 new items, 0 alerts" looks like a broken matcher.
        log.info(
            "feed %r: first poll: %s recorded as its back catalogue, not alerted (so a new feed never floods "
            "subscribers); from now on every new item can alert",
            feed.name,
            count(new_items, "item"),
        )
    rt.store.record_poll_success(
        feed.name, now, new_items, etag=fetched.headers.get("etag"), last_modified=fetched.headers.get("last-modified")
    )
    if parsed.warning:
        log.info("feed %r is malformed but usable: %s", feed.name, parsed.warning)
    hint = server_hint(fetched.status, fetched.headers, parsed.ttl_minutes, now)
    return PollReport(feed.name, new_items, alerts, warning=parsed.warning, hint=hint)


def _highlights(result: WatchlistResult) -> list[tuple[int, int]]:
    """The summary's words that made the alert: the names, and the keyword."""
    spans = [(m.start, m.end) for m in result.locations if m.field == "summary"]
    if result.keyword is not None and result.keyword.field == "summary":
        spans.append((result.keyword.start, result.keyword.end))
    return spans


def places_of(matcher: Matcher, found: list[WatchlistResult]) -> list[Place]:
    """The watched locations an item named, as grouping sees them (one per location), each with
    the watched countries it lies in (`countries_of`)."""
    parents, words, areas = countries_of(matcher), name_words_of(matcher), areas_of(matcher)
    divisions = divisions_of(matcher)
    places: dict[str, Place] = {}
    for result in found:
        for m in result.locations:
            division = m.location in divisions
            kind = "city" if division else matcher.place_kind(m.location)
            aliases = words.get(m.location, frozenset())
            area, point = areas.get(m.location, (None, None))
            where = parents.get(m.location, ())
            around = admin1_words(*area.split(".", 1)) if area else frozenset()
            borders = borders_of(matcher).get(m.location, frozenset())
            place = Place(m.location, kind, m.field == "title", m.start, where, aliases, area, point, division, around, borders)
            current = places.get(m.location)
            if current is None or (place.in_title, -place.position) > (current.in_title, -current.position):
                places[m.location] = place
    return list(places.values())


_SITE_KINDS = frozenset(SITE_WORDS.values())  # "airport", "school": no place of their own


@lru_cache(maxsize=4)
def countries_of(matcher: Matcher) -> dict[str, tuple[str, ...]]:
    """The watched country each watched city or site lies in, as the place model knows it
    (geonames, through the matcher): "Pemba" is in "Mozambique" when "Mozambique" is watched.
    A name geonames knows in several countries (namesakes: "Gao" in Mali and in Burkina Faso)
    gets the one watched beside it in its watchlist, or none; a site not known by its own name
    is read by its words ("Bamako airport": Bamako's)."""
    watchlists = matcher.watched_locations()
    countries: dict[str, str] = {}  # ISO code -> the watched country location
    for location in watchlists:
        if matcher.place_kind(location) != "country":
            continue
        # By any name it goes by: "DR Congo" is known to geonames as its alias "Democratic
        # Republic of the Congo".
        code = matcher.country_code(location)
        if code is not None:
            countries.setdefault(code, location)
    parents: dict[str, tuple[str, ...]] = {}
    for location, lists in watchlists.items():
        if location in countries.values():
            continue
        division = typed_division(matcher, location)
        if division is not None and division[0] in countries and watchlists[countries[division[0]]] & lists:
            parents[location] = (countries[division[0]],)  # "Gedo" beside Somalia: Somalia's region, not a namesake town
            continue
        words = tuple(folded_words(location))
        # "North Kivu", "Northern Samar": the points of the compass name no place of their own.
        own = [w for w in words if w not in GENERIC_FILLERS and w not in SITE_WORDS and w not in _SITE_KINDS | _COMPASS]
        homes = matcher.home_countries(words) or frozenset().union(*(matcher.home_countries((w,)) for w in own))
        found = [countries[c] for c in sorted(homes) if c in countries]
        place = matcher.watched_place(location)
        if len(homes) > 1:  # namesakes: the country watched beside it, if any
            found = [c for c in found if watchlists[c] & lists]
            if len(found) > 1 and place is not None and countries.get(place.country) in found and _typed_there(matcher, location):
                # Several watched beside it ("Jalalabad" beside Afghanistan and India): the one whose
                # entry the place model took, by its name and the config's `coords:`.
                found = [countries[place.country]]
        if not homes:
            # A name geonames does not know (a state, a district, a small town: "Zamfara",
            # "Kolofata"): the one country watched beside it in its watchlists, if only one is.
            beside = [c for c in countries.values() if watchlists[c] & lists]
            found = beside if len(beside) == 1 else []
        if not found:
            # A town the gazetteer resolved to one of its entries (by its name, and the config's
            # `coords:` when typed) whose name alone tells no watched country ("Mazar-i-Sharif",
            # typed so while GeoNames spells it otherwise; "Dadaab" beside Kenya and Somalia in
            # one watchlist): the country of that entry, where the place model put it. So too a
            # town known only by its `coords:` and no name ("Balcad"): the country the gazetteer
            # finds there (near a border it may be the neighbour's, as it is for the matcher).
            # So too a name whose namesakes lie in no watched country ("Samar" in Russia): the
            # place model's reading by its `coords:` stands.
            unwatched = homes.isdisjoint(countries)
            if place is not None and (place.geonameid is not None or unwatched) and place.country in countries:
                found = [countries[place.country]]
        if found:
            parents[location] = tuple(found)
    return parents


# The points of the compass, as words of a place's name ("North Kivu", "Northern Samar", "Nord-Kivu").
_COMPASS = frozenset(
    "north south east west northern southern eastern western upper lower nord sud est ouest norte sur oeste".split()
)


def _typed_there(matcher: Matcher, location: str) -> bool:
    """Whether the place model's entry for a location lies where its `coords:` say (none typed: no
    telling which namesake, the entry being only the most populous)."""
    place, typed = matcher.watched_place(location), matcher.typed_point(location)
    if typed is None or place is None:
        return False
    return place.lat == place.lat and distance_km(*typed, place.lat, place.lon) <= TYPED_KM


@lru_cache(maxsize=4)
def divisions_of(matcher: Matcher) -> frozenset[str]:
    """The watched locations that are first-level divisions of their country by name (ISO
    3166-2: "Cabo Delgado", a province of Mozambique), not a town the gazetteer lists by that
    name ("Tillabéri" is a region and its town): a report naming one alone speaks of anywhere
    in it, as a country's does."""
    found = set()
    for location in matcher.watched_locations():
        if typed_division(matcher, location) is not None:
            found.add(location)
            continue
        place = matcher.watched_place(location)
        spellings = _spellings(matcher, location)
        if place is None and matcher.place_kind(location) != "country":
            # A name the gazetteer does not place ("North Kivu", "Shabeellaha Hoose" typed with no
            # `coords:`, which a name of two words would make a site): a division still, when ISO
            # 3166-2 names one division so, or GeoNames one of a watched country's ("Amhara",
            # ISO's "Amara").
            if any(division_country(words) is not None for words in spellings) or _watched_admin1(matcher, location):
                found.add(location)
            continue
        if place is None or place.geonameid is not None or place.kind != "city" or not place.country:
            continue
        if any(division_country(words) == place.country or spelt_division(words, place.country) for words in spellings):
            found.add(location)
        elif place.admin1 and admin1_named(place.country, spellings) == place.admin1:
            found.add(location)  # "Amhara" with `coords:` in it: the name and the point agree on the region
    return frozenset(found)


@lru_cache(maxsize=256)
def typed_division(matcher: Matcher, location: str) -> tuple[str, str] | None:
    """(country code, GeoNames admin1) of a watched location that is a first-level division of a
    watched country by its name (ISO 3166-2: "Gedo", a region of Somalia) and whose `coords:` lie
    among that country's towns, when the gazetteer did not find it there by name: it put it in
    another country (a town of that name in Ethiopia; a point by a border read as the
    neighbour's), nowhere, or there by its point only while the name's namesakes lie elsewhere
    ("Bari" in Puntland, and Italy's city). The name and
    the point agree on the country, so it is that region, and its division is that of the towns
    around its point. None for every other location (most: the gazetteer's reading stands)."""
    point = matcher.typed_point(location)
    if point is None or matcher.place_kind(location) == "country":
        return None
    place = matcher.watched_place(location)
    codes = {division_country(words) for words in _spellings(matcher, location)} - {None}
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    if code is None or (place is not None and place.country == code and place.geonameid is not None):
        return None  # the gazetteer knows it by its name there ("Nampula", a town and its province)
    if code not in _watched_codes(matcher):
        return None
    admin1 = matcher.admin1_near(*point, code, DIVISION_KM)  # a region's point is its middle, its towns may be far
    return (code, admin1) if admin1 is not None else None


@lru_cache(maxsize=4)
def _watched_codes(matcher: Matcher) -> frozenset[str]:
    """The ISO codes of the watched countries."""
    return frozenset(_country_location_codes(matcher).values())


@lru_cache(maxsize=4)
def _country_location_codes(matcher: Matcher) -> dict[str, str]:
    """Each watched country location and its ISO code, by any name it goes by."""
    codes = country_codes()
    found = {}
    for location in matcher.watched_locations():
        if matcher.place_kind(location) == "country":
            code = next((codes[w] for w in _spellings(matcher, location) if w in codes), None)
            if code is not None:
                found[location] = code
    return found


def _spellings(matcher: Matcher, location: str) -> list[tuple[str, ...]]:
    """The folded words of a watched location's name and of every name it goes by."""
    return [tuple(folded_words(location)), *matcher.spellings(location)]


DIVISION_KM = 150.0  # a division's `coords:` and its country's nearest town: this far at most (`story.AREA_KM`)
TYPED_KM = 25.0  # a gazetteer place this far from the location's `coords:` is a namesake, not it


@lru_cache(maxsize=4)
def areas_of(matcher: Matcher) -> dict[str, tuple[str | None, tuple[float, float] | None]]:
    """Where each watched city or site lies, as the gazetteer resolved it: its first-level
    division ("NG.23": GeoNames' admin1 code within its country, when known) and its point
    (coordinates, a `coords:` site's too). Countries get none: they are no part of a province."""
    out: dict[str, tuple[str | None, tuple[float, float] | None]] = {}
    divisions = divisions_of(matcher)
    for location in matcher.watched_locations():
        if matcher.place_kind(location) == "country":
            continue
        division = typed_division(matcher, location)
        if division is not None:
            out[location] = (f"{division[0]}.{division[1]}", matcher.typed_point(location))
            continue
        place = matcher.watched_place(location)
        typed = matcher.typed_point(location)
        if location in divisions and (place is None or not place.admin1):
            # A province watched by its name alone ("Balochistan"): GeoNames' code for it, which
            # its towns carry (Nushki: PK.02), so that a report of the province finds theirs.
            area = _division_area(matcher, location)
            if area is not None:
                out[location] = (area, typed)
                continue
        if place is None or place.kind in ("country", "region"):
            continue
        admin1 = place.admin1 or matcher.inferred_admin1(location)
        if admin1 is None and typed is not None and place.country and location in divisions:
            admin1 = matcher.admin1_near(*typed, place.country, DIVISION_KM)  # "South Kivu": its towns lie far from its middle
        point = (place.lat, place.lon) if place.lat == place.lat and place.lon == place.lon else None  # nan: none
        if typed is not None and point is not None and place.country and distance_km(*typed, *point) > TYPED_KM:
            # The gazetteer took a namesake far from where the config says the place is ("Faladié",
            # a district of Bamako, and a village of that name 80 km off): the config's point
            # says where, and its division is that of the nearest town there.
            point, admin1 = typed, matcher.admin1_near(*typed, place.country)
        area = f"{place.country}.{admin1}" if place.country and admin1 else None
        out[location] = (area, point)
    return out


# How near a town known only by its `coords:` the gazetteer's towns of another division lie for
# it to be in that division as well as the nearest town's: the bot's reach of a town's own ground
# (`bot.geo.resolve.SITE_IN_TOWN_KM`). Where the gazetteer lists few towns (the Sahel's borders),
# the nearest one's division is a guess: Tougouri, in Centre-Nord, is nearest to a town of Est.
BORDER_KM = 50.0


@lru_cache(maxsize=4)
def borders_of(matcher: Matcher) -> dict[str, frozenset[str]]:
    """The other first-level divisions each watched town known only by its `coords:` may lie in
    (`Place.borders`): those of the gazetteer's towns within `BORDER_KM`, beside its own
    (`areas_of`). A province's report ("Diffa", "Centre-Nord") finds the town's story so
    (`bot.regionjoin`); a town the gazetteer knows has its own division, and none."""
    out: dict[str, frozenset[str]] = {}
    for location, (area, point) in areas_of(matcher).items():
        if point is None or not matcher.point_only(location):
            continue
        near = matcher.divisions_near(*point, BORDER_KM) - {area}
        if near:
            out[location] = near
    return out


def _watched_admin1(matcher: Matcher, location: str) -> str | None:
    """"ET.46": the first-level division of a watched country that GeoNames names as this
    location's name ("Amhara"), when exactly one watched country has one so named; else None."""
    spellings = _spellings(matcher, location)
    found = {f"{code}.{admin1}" for code in _watched_codes(matcher) if (admin1 := admin1_named(code, spellings)) is not None}
    return found.pop() if len(found) == 1 else None


def _division_area(matcher: Matcher, location: str) -> str | None:
    """"PK.02": the country and GeoNames' first-level code of a watched division, by its name
    (`admin1_named`) in the country ISO 3166-2 or the gazetteer puts it in; None when no country
    or more than one has a division so named."""
    spellings = _spellings(matcher, location)
    place = matcher.watched_place(location)
    countries = {division_country(words) for words in spellings} | {place.country if place is not None else None}
    found = set()
    for country in countries:
        code = admin1_named(country, spellings) if country else None
        if code is not None:
            found.add(f"{country}.{code}")
    if not found and place is None:
        return _watched_admin1(matcher, location)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4)
def name_words_of(matcher: Matcher) -> dict[str, frozenset[str]]:
    """The folded words of every name each watched location goes by (its aliases: "Sénou" and
    "Modibo Keïta" for Bamako airport): a headline naming it so names no other place."""
    return matcher.name_words()


def _read_item(rt: Runtime, item: Item, now: datetime) -> tuple[list[WatchlistResult], Report | None, int | None]:
    """What an alertable item alerts, its report, and the story it joins (None: its own)."""
    found = rt.matcher.match(item.title, item.summary, (item.published or now).year)
    report = make_report(0, item.published or now, item.title, item.summary, places_of(rt.matcher, found)) if found else None
    story_id = rt.stories.find(report) if rt.stories is not None and report is not None else None
    if not found:
        joined = _follow_up_of_an_alert(rt, item, now) or _follow_up_in_a_region(rt, item, now)
        if joined is not None:
            report, story_id = joined
    return found, report, story_id


def _follow_up_of_an_alert(rt: Runtime, item: Item, now: datetime) -> tuple[Report, int] | None:
    """The alerted story an item without a keyword reports, and its report; None when it reports none.

    A watchlist's keywords decide what alerts; they are not meant to hide the rest of an
    incident already alerted: the funeral, the toll, the claim, told in words the admin did not
    type ("Mourners bury the dead of Gao", "Shells hit Timbuktu again" under a list of "attack",
    "explosion"). Such an item names a watched place and misses only the keyword; when it tells
    of an incident (an event, a follow-up, what was hit, who did it: `bot.story.tells_of`) whose
    story has alerted one of its watchlists, it joins that story as one more source, and no
    watchlist alerts anew. An item whose keyword was read in another sense ("heart attack") or
    that an exclude term suppresses joins nothing.
    """
    if not rt.stories:
        return None
    missing_keyword = [
        r
        for r in rt.matcher.evaluate(item.title, item.summary)
        if r.locations and r.excluded_by is None and r.needs_keyword and r.keyword is None and r.refused_keyword is None
    ]
    if not missing_keyword:
        return None
    places = places_of(rt.matcher, missing_keyword)
    report = make_report(0, item.published or now, item.title, item.summary, places)
    if report is None:
        return None
    story_id = rt.stories.find(report)
    if story_id is None or not tells_of(report, rt.stories.stories[story_id]):
        return None
    alerted, _ = rt.store.story_alerts(story_id)
    if not alerted & {r.watchlist for r in missing_keyword}:
        return None
    log.info("no keyword, but a report of story %s: %r adds a source", story_id, item.title[:120])
    return report, story_id


@lru_cache(maxsize=4)
def watched_countries(matcher: Matcher) -> frozenset[str]:
    """The countries (ISO codes) the watched towns lie in, by the place model (`areas_of`): where
    a report naming only a province or a country may be of an alerted incident (`bot.regionjoin`)."""
    return frozenset(area.split(".", 1)[0] for area, _ in areas_of(matcher).values() if area)


def _follow_up_in_a_region(rt: Runtime, item: Item, now: datetime) -> tuple[Report, int] | None:
    """The alerted story an item naming no watched place, only a province or a country, reports
    (`bot.regionjoin.region_join`), and its report; None when it reports none, or when no
    watchlist that alerted the story would take the item (its keywords, its exclude terms).

    "Nord-Kivu : nouveau massacre des ADF, 21 corps retrouvés" beside an alerted massacre at a
    watched town of North Kivu: one more source of that incident, never an alert of its own.
    """
    if not rt.stories:
        return None
    when = item.published or now
    named = region_named(item.title, item.summary, watched_countries(rt.matcher), rt.matcher.towns_named)
    if named is None:
        return None
    area, written = named
    # Whether an open story that alerted may lie in the division, asked before the item's report is
    # made (some 8 ms of CPU an item): most items of a busy feed name a province where
    # nothing alerted, and `region_join` would find them no candidate (`may_join`).
    stories = rt.stories
    if not may_join(stories, area, when, lambda story: bool(rt.store.story_alerts(story)[0])):
        return None
    report = region_report_of(0, when, item.title, item.summary, area, written, rt.matcher.towns_named)
    if report is None:
        return None
    # Which watchlists would take the item (every keyword of every watchlist read over its text)
    # is asked only once a story of the province has alerted: most items of a busy feed name a
    # province where nothing alerted, and a 5,000-item poll spent a third of its time here.
    takes: frozenset[str] | None = None

    def alerted_and_taken(story: int) -> bool:
        nonlocal takes
        if takes is None:
            takes = rt.matcher.taking(item.title, item.summary)
        return bool(takes) and bool(rt.store.story_alerts(story)[0] & takes)

    story_id = region_join(stories, report, alerted_and_taken)
    if story_id is None:
        return None
    log.info("names only %s, but a report of story %s: %r adds a source", report.primary, story_id, item.title[:120])
    return report, story_id


# The longest the event loop is held by one slice of a poll's items: then the slice's transaction
# commits and every other feed and Telegram command is served before the next slice.
SLICE_SECONDS = 0.25


async def _store_all(rt: Runtime, feed: FeedConfig, items: list[Item], now: datetime, first_poll: bool) -> tuple[int, int]:
    """Record what is new in a poll, oldest first, and queue its alerts; returns (new items, alerts).

    Reading a large poll's items takes seconds of CPU (5,000 items: several), and each item's
    reading depends on the stories the items before it made, so the items are read in order on
    the event loop, in slices of at most `SLICE_SECONDS`, yielding between slices. Each slice is
    one transaction (not one per item), committed before yielding: nothing else that writes to the
    store (another feed's poll, a command) ever runs inside it. The store, the matcher and the
    story index are used from the loop's thread only, as sqlite connections must be.
    """
    ordered = sorted(items, key=lambda i: i.published or now)
    new_items = alerts = 0
    start = 0
    while start < len(ordered):
        with rt.store.db.atomic():
            start, stored, alerted = _store_items(rt, feed, ordered, start, now, first_poll)
        new_items, alerts = new_items + stored, alerts + alerted
        if start < len(ordered):
            await asyncio.sleep(0)
    return new_items, alerts


def republished(item: Item, earlier: SeenText) -> Item:
    """An item seen before under another guid, link or date, dated as first published: its
    earlier date is the one `max_age` judges, and nothing else about it is news."""
    if earlier.published is None or (item.published is not None and item.published <= earlier.published):
        return item
    return replace(item, published=earlier.published)


def _record_republished(rt: Runtime, item: Item, keys: list[str], now: datetime, earlier: SeenText) -> None:
    """Record a republished copy, never alerted (its text was seen, alerted or too old, within the
    dedup window), so that its new guid and link are known once the window has passed too."""
    rt.store.record_item(republished(item, earlier), keys, now, alertable=False)
    log.debug("not alerting %r: same title and summary as item %s", item.title[:120], earlier.item_id)


def _store_items(
    rt: Runtime, feed: FeedConfig, ordered: list[Item], start: int, now: datetime, first_poll: bool
) -> tuple[int, int, int]:
    """Record the items from `start` on, for `SLICE_SECONDS` at most (one item at least); returns
    where the next slice starts, the new items and the alerts.

    An alerted item that reports a story already alerted (see `bot.story`) sends no new
    message: it becomes a source of the story's alerts, whose messages are edited. Only a
    watchlist the story had not alerted yet gets an alert, and only to chats that got none.
    """
    max_age = rt.config.feed_max_age(feed)
    new_items = alerts = 0
    until = time.monotonic() + SLICE_SECONDS
    position = start
    while position < len(ordered) and (position == start or time.monotonic() < until):
        item = ordered[position]
        position += 1
        keys = dedup_keys(item)
        if rt.store.known_keys(keys):
            continue
        same = same_text_key(item)
        if same is not None:
            keys.append(same)
            earlier = rt.store.seen_text(same, now - timedelta(seconds=rt.config.dedup.window))
            if earlier is not None and earlier.feed == item.feed:
                _record_republished(rt, item, keys, now, earlier)
                continue
            if earlier is not None:
                # Another outlet's copy (syndication): read as a report like any other, so it joins
                # the story its text tells as one more source, but dated as first published, so an
                # old item another feed republishes under a fresh date is still too old to alert.
                item = republished(item, earlier)
        new_items += 1
        if item.link and web_link(item.link) is None:
            # Said once: an item is new at one poll only. Its dedup keys keep the link as read.
            log.warning(
                "feed %r: dropping the link %r of %r: only http(s) links reach chats",
                feed.name,
                item.link[:200],
                item.title[:120],
            )
            item = replace(item, link=None)
        alertable, why = alert_decision(item, now, max_age, first_poll)
        try:
            found, report, story_id = _read_item(rt, item, now) if alertable else ([], None, None)
        except Exception:
            # A fault in the rules on one odd text must not fail the poll (and so every later poll
            # of the feed while the item is in it): the item is recorded, unalerted, and logged.
            log.exception("matching failed on %r of feed %r: recorded without an alert", item.title[:120], feed.name)
            found, report, story_id, alertable = [], None, None, False
        told: frozenset[int] = frozenset()
        if story_id is not None:
            alerted, told = rt.store.story_alerts(story_id)
            found = [r for r in found if r.watchlist not in alerted]
        new_alerts = sorted(
            (
                NewAlert(
                    watchlist=r.watchlist,
                    watchlist_title=rt.config.watchlists[r.watchlist].title,
                    severity=rt.config.watchlists[r.watchlist].severity,
                    matches=tuple(AlertMatch.of(m, rt.matcher.time_zone(m.location)) for m in r.locations),
                    chats=[c for c in _recipients(rt, r.watchlist, now) if c not in told],
                    highlights=_highlights(r),
                )
                for r in found
            ),
            # A chat owed the item by two watchlists gets one message: the most severe one's.
            key=lambda a: -SEVERITIES.index(a.severity),
        )
        item_id = rt.store.record_item(
            item, keys, now, alertable, new_alerts, story_id, report.to_json() if report is not None else None
        ).item_id
        if report is not None and rt.stories is not None:
            rt.stories.add(replace(report, item_id=item_id), story_id if story_id is not None else item_id)
        alerts += len(new_alerts)
        if story_id is not None:
            log.info("same story as item %s: %r adds a source", story_id, item.title[:120])
        if new_alerts:
            log.info("alert: %r matched %s", item.title[:120], ", ".join(a.watchlist for a in new_alerts))
        elif not alertable:
            log.debug("not alerting %r: %s", item.title[:120], why)
    return position, new_items, alerts
