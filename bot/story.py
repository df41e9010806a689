"""One incident, one alert: which earlier story a newly alerted report belongs to. Pure: no I/O.

An incident is reported by wire services, international outlets and local papers within
hours, reworded, in English, French, Portuguese, Spanish and Arabic. Security staff want one
message for it, with the corroborating sources added, and a second message for a second
incident at the same place.
Merging two incidents hides an alert, which is worse than a second message for one incident;
so when the evidence is thin, a report starts a story of its own ("when unsure, send").

What a report says of its incident (`bot.incident`): where (its watched places), when, what
happened (the kind of event, in any of the five languages alike), to what (the target) and by
whom (the armed group), and how it relates (a follow-up, or another incident). Two reports are
one story when all of the first three hold, or by default (the fourth):

1. **The same place.** Their primary places agree: a report's primary place is the most
   specific watched location its title names (a site before a city before a country; a place
   named only as who speaks, "Kaduna police confirm...", after the summary's places; the
   summary's when the title names none). Different primaries agree when each report names the
   other's primary, or when one headline names several sites, the other's primary among them,
   and the other report names no place the first does not. A new report whose primary is
   broader (a country, or a city) is *within* an earlier report's place when that report names
   it as its parent ("an army post near Mali's Gao"), or the new one speaks of the country's
   capital ("in Niger's capital") and the earlier one is there; a report of a region (a province
   named alone, `Place.division`, or "Catatumbo region") is within a town's report that names
   the region, or whose town it names itself ("Lower Shabelle: toll rises", its summary saying
   Afgoye), or whose town the gazetteer puts in the region's division (`_in_region`); a
   country's report that names one town, and no other, is within that town's report though the
   place model does not know the town's country; unless the new headline names
   another place (`other_names`: "Tillabéri") the earlier report does not, unless it names the
   earlier report's place too (the region around it: "au Cabo Delgado" beside Macomia), or
   says it is another incident, or reacts to attacks in the plural. A report's places carry
   their watched country by the place model (`Place.parents`: Pemba is in Mozambique), so the
   incident's reports need not name it; and a city's report is at the same place as a
   country-wide report that names the city.
   Places near each other (`NEAR`, weaker than the same place): a new report at a town that
   names an earlier report's place at another (or whose town the earlier report named: the same
   day, or later when its headline names no event of its own), both in one first-level division (the
   gazetteer's admin1 code, within `AREA_KM`) or within `NEAR_KM` (`Place.area`, `Place.point`),
   not a site and the city its name holds; one story when it tells what came of that event
   there (`_told_nearby`) or the same day on the rules below that do not need the same place.
   Country-wide headlines that each say where, and not the same place ("Dori", "Djibo"), are
   two incidents. A within join is decided over all the stories: the one story that fits, or
   the one of its kind of event when only some are, or the one sharing a target or group
   when several fit; else the report starts its own. A city's
   report joins a site's story only with a shared target or group, or when it tells nothing but
   the same event within `COUNTRY_HOURS` (`StoryIndex.decide`); a site's report beside a city's
   story, likewise, or when none of its reports said where in the city (`_said_nowhere`). A
   site's report after a city's report that said nowhere is its own alert otherwise: joining
   them hid an incident of a blind set (when unsure, send).
2. **Close in time**, by publication time (or first sight): within `dedup.window` when the
   texts are near-identical; within `EVENT_HOURS` otherwise; up to `FOLLOW_UP_HOURS` for a
   later report that follows the incident up: its headline says so (a toll, a claim,
   mourning) and names the event, or its target or group and nothing that differs, whatever
   its headline leads with (a country's report too, as a within join), or, at the same
   city or site, it leads with the same event, resembles the earlier report (`RELATED_TEXT`)
   and names nothing new: no other place, target, victims or armed group, and no aftermath
   (arrests, a curfew, a protest). A follow-up need agree with one report of the story only
   (the one in its language, often), not with most. A report whose primary is a country needs
   resembling texts (`COUNTRY_TEXT`) after `COUNTRY_HOURS`. A headline that tells only its
   news ("Toll rises to 31": a follow-up, or the same day) leaves its incident to its summary:
   it joins the violence whose target the summary names, and no other (`_told_below`). A
   headline with no event of its own whose text says how long after the earlier report's kind
   of event it comes ("dois dias depois da fuga", `days_after`) joins when that is this
   incident's time, as late as it says, naming nothing new (`_aftermath_of`); one a day later whose
   headline names only the earlier report's kind of violence after "after" ("shops stay shut
   after bombing"), or whose topic names that event and its news none ("X blast: troops comb the
   forest", `Report.topic_only`), joins naming nothing new, no toll, victims or target of its own
   (`_came_after`). One a day later at the same city or site whose headline names no event of
   its own, no toll of its own (`bot.incident.casualties`) and nothing that differs, after
   violence, a kidnapping, a prison break or arson, joins when its text says it came after that
   kind of event, or how long after, or when its headline says it follows one up and its text
   tells of the incident: its kind of event, its dead or mourning, its target ("Governor
   declares two days of mourning", `_came_of_it`); a country's report whose text names the
   town, and no other, reads for these two rules as a report there ("Cameroun : émotion après
   l'assaut contre une école", its summary saying Kumba), and hours later its headline's toll at
   the incident's target joins with no event named ("22 civils tués sur un marché"). Arrests that
   name their incident ("arrest three over market attack") and a reopening at a site with no
   event of its own ("flights resume at Erbil airport") are follow-ups (`bot.incident.follows_up`);
   a follow-up that says how long after its incident it comes follows up only an incident that
   long before (`_when_it_says`); so are arrests of suspects whose summary names the violence
   they are suspected of (`bot.incident.arrests_suspects`). A release of the kidnapped follows
   up their kidnapping at the same place however late in the window (`_released`), and so does
   their escape from their captors ("hostages escape", `bot.incident.RELEASE_WORDS`); arrests that
   name their incident's kind of event, up to `ARREST_HOURS` (`arrests_over_incident`). An official's
   visit or condolences are follow-ups as mourning is (`bot.incident.FOLLOW_UP_WORDS`). A place
   that was hit reopening, its headline telling no event of its own ("Yala market reopens under
   heavy guard"), follows up the incident whose reports name that target, and no other
   (`Report.reopening`).
   **Across languages** the texts' likeness says nothing (`across_languages`: the reports'
   languages differ), so there a later report at the same city or site, or a country's report
   after `COUNTRY_HOURS`, joins on what it names instead (`_same_across`): its headline's own
   event (before any "after": "X a day after Y" names an earlier incident) among the earlier
   report's, the same armed group or target, and nothing that differs (place, target,
   victims, group, aftermath), or the same count in both headlines ("13 mineros", "13
   mineurs"); never when either report says it is another incident. Or on
   the roots of its long words (`cognates_of`): `SHARED_COGNATES` the same day,
   `LATER_COGNATES` a day later at a city or site (`_roots_across`). Or, the same day at a city or site, on the
   same count in both headlines, naming nothing that differs (`_same_count`).
3. **The same event.** Either the texts say the same thing (rapidfuzz `token_set_ratio` of
   the folded words of title and summary, at least `SAME_TEXT`): syndicated wire copy,
   rewrites, teasers, follow-ups that repeat the first report's words. Or, within
   `EVENT_HOURS`, their titles lead with the same kind of event, or their texts share one,
   or their headlines name the same target, or they resemble each other a little
   (`RELATED_TEXT`). Headlines leading with two kinds of violence whose texts share one
   ("explosions, gunfire at the prison", "inmates escape after attack on prison") agree.
   Headlines whose leading events differ, one
   being a curfew, arrests or a protest, are different incidents (arrests "during" an incident
   too: read as the incident's, they made a blind set's incident late), except within
   `COUNTRY_HOURS` at a city or site for two kinds of violence, or a protest and violence at
   it (`_violence`); so are two headlines that name different targets (a hotel siege, a
   checkpoint bomb: `bot.incident.TARGET_WORDS`), and the same day in one city a district
   beside a watched place the other names (`_elsewhere`).

4. **By default at the same place.** When no rule above ties a report to a story, it joins the
   story whose first report is at its city or site (the same primary, or within it, as
   `place_agreement` decides), within `FOLLOW_UP_HOURS` of that report, unless something in it
   contradicts the incident's reports (`contradiction`): it tells no event and follows nothing up;
   it says another incident, several, or an earlier one; its headline names another place,
   target or victims, or its text another armed group; its headline gives another count and
   does not say it follows one up; it leads with a kind of event the first report did not tell
   (a claim or blame of the violence aside: "attack" is what any violence is called), or with an
   aftermath of its own (a protest, a curfew; arrests unless they follow up the incident's kind
   of event); a day later its headline tells an event of its own as news (a day after the first
   report; but on the incident's day, `INCIDENT_DAY`, a headline leading with the first report's
   kind of event within `EVENT_HOURS` of the incident's latest report tells it still: `_news_since`);
   it says it comes longer
   after its incident than this one; it names a watched place the story's reports did not; or it
   tells another part of the city or another kind of victim (`_elsewhere`, `_hit_apart`). A story
   that is itself an aftermath (a protest, arrests, a curfew) is joined so only by its own kind,
   the same day: those recur in a city day after day. No report of the story may say more
   against the new one than that no rule ties them (`NO_TIE`; one at another place says
   nothing). A country's or a province's report joins so within `EVENT_HOURS`; later only when
   it tells what came of the incident (a toll, the dead, mourning, a claim) dated, if it says
   when, to its day (`_of_its_day`): a country holds many incidents, most at no watched place.
   Of several stories a report would join so, the one the
   evidence favours (shared targets, groups, sites, the same leading event: `StoryIndex._fit`);
   two alike: a story of its own (when unsure, send). A default join ranks below every join the
   rules find (`DEFAULT_SCORE`).

5. **The one incident at a town.** A later report at a city or site where the window holds one
   incident, whose headline tells no event of its own and nothing that differs, joins it when it
   tells of an incident at all (`after_the_one_incident`): an event, a follow-up, the dead, the
   incident's target or group, or what an incident leaves the people and the place (the
   displaced, a probe, work suspended, an envoy summoned: `bot.incident.consequences`).

A report joins the story whose first report it agrees with, or most of whose recent reports it
agrees with, or some of them when it contradicts none (the others only say too little alike);
among several, the one it agrees with best; but an incident it lies within, whose first report
it agrees with, wins over a story it agrees with through some members only when it shares more
targets, groups or sites with it (`Story.evidence`). Every decision carries its reason
(`StoryIndex.decide`, `explain`), which `python -m bot story` prints.

Finding candidates costs the same whatever the window holds: reports are filed under each
place they name, by event and by their words, in the order they came;
a new report is compared only with the stories that share its place and its event or some of
its rarest words, newest first and at most `CANDIDATES` of them.
"""

from __future__ import annotations

import math
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import cast

from rapidfuzz import fuzz

from .falsefriends import is_everyday_word
from .geo.admin1 import admin1_names
from .geo.model import distance_km
from .incident import (
    AFTER_WORDS,
    ARRESTED_FOR,
    among_its_dead,
    another,
    armed_groups,
    arrests_suspects,
    before_after,
    capital_of,
    casualties,
    closes,
    consequences,
    counts_in,
    days_after,
    deed_day,
    event_day,
    events_in,
    fallen,
    follows_up,
    hunts,
    inquiry,
    killed_captives,
    more_victims,
    mourners_struck,
    mourns,
    names_capital,
    names_mourning,
    notice,
    one_slain,
    other_names,
    own_deed_day,
    own_events,
    refuge_names,
    releases,
    reopens,
    several,
    targets_in,
    time_passed,
    victims_in,
    visits,
    vocabulary_languages,
)
from .language import item_languages
from .places import country_codes
from .scene import PROVINCE_NOUNS, asides
from .textnorm import Tokens, tokenize

SAME_TEXT = 85.0  # token_set_ratio at or above which two texts report the same thing
RELATED_TEXT = 60.0  # enough likeness for two reports sharing a place and an event word
EVENT_HOURS = 13.0  # the same place and event this close in time: one incident
COUNTRY_HOURS = 6.0  # a country-wide primary: beyond this, the texts must resemble each other
COUNTRY_TEXT = 70.0
CANDIDATES = 24  # stories compared with a new report, at most
POSTINGS = 48  # newest entries read from one index list
RARE_WORDS = 8  # the rarest words of a report used to find stories that share them
MEMBERS = 8  # recent reports of a story (besides the first) a new report is compared with

FOLLOW_UP_HOURS = 48.0  # a report that follows up (a toll, a claim, more of the same) may come this late
# Arrests that name their incident's kind of event, at its place, may come this late: suspects are
# held in the days after. Over the 17 spent story sets, arrests 49 to 53 h after their incident
# joined it (three sets' recall up, none down); at the whole window, arrests three days after a
# mosque bombing joined it where the first blind set labels them news of their own.
ARREST_HOURS = 60.0

KINDS = ("country", "city", "site")  # from the broadest to the most specific

# Which place agreement a relation rests on: the same place, one place inside the other, or two
# places near each other (one province, or `NEAR_KM`), one report naming the other's place.
SAME, WITHIN, NEAR = "same", "within", "near"
NEAR_KM = 50.0  # two towns this close (or in one first-level division) may be one incident's places
SAME_DAY = timedelta(hours=13)  # `EVENT_HOURS`
INCIDENT_DAY = timedelta(hours=24)  # an incident's day: while it is still told, a report of its kind of event is of it
AREA_KM = 150.0  # ... in one division, when no further apart than this (a Sahel region is as large as a country)

# Switches for measuring each incident rule alone (`tests/test_story_labelled.py`); all on in the bot.
RULES = {"within": True, "follow_up": True, "target": True, "across": True, "near": True, "default": True}


def leading_event(events: Sequence[str]) -> str | None:
    """What a headline is about: the first kind of event it names."""
    return events[0] if events else None


@dataclass(frozen=True)
class Place:
    """A watched location a report names: which, how specific, and where in the item."""

    name: str
    kind: str  # "country", "city" or "site"
    in_title: bool = True
    position: int = 0  # where the name starts in its field
    parents: tuple[str, ...] = ()  # the watched countries it lies in, as the place model knows them
    aliases: frozenset[str] = frozenset()  # the words of every name it goes by ("senou", "modibo")
    area: str | None = None  # its first-level division, by the gazetteer: "NG.23" (country.admin1)
    point: tuple[float, float] | None = None  # where it is (lat, lon), by the gazetteer or its `coords:`
    division: bool = False  # it is a first-level division of its country ("Cabo Delgado"), not a town
    division_words: frozenset[str] = frozenset()  # the words of its first-level division's name ("far", "north")
    # A town the gazetteer knows only by its `coords:`, near a border of divisions: the other
    # divisions ("NE.02") of the gazetteer's towns around it, where it may lie as well as in `area`.
    borders: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Report:
    """What grouping knows of one alerted item; saved with it, so it survives a restart."""

    item_id: int
    when: datetime
    primary: str  # the most specific place the title names
    primary_kind: str
    places: frozenset[str]  # every watched location named
    event: str | None  # the kind of event the title leads with
    events: frozenset[str]
    text: str  # folded words of title and summary, for text likeness
    follow_up: bool = False  # the headline says it follows up an incident (a toll, a claim)
    again: bool = False  # the headline says this is another incident ("again", "nouvelle attaque")
    again_below: bool = False  # its summary says so ("après une nouvelle attaque contre le camp")
    words: frozenset[str] = field(default=frozenset(), compare=False)
    targets: frozenset[str] = frozenset()  # what the title and summary say was hit
    title_targets: frozenset[str] = frozenset()  # what the headline says was hit
    groups: frozenset[str] = frozenset()  # armed groups named
    capital: str | None = None  # "in Niger's capital": the capital of a country primary
    names: frozenset[str] = frozenset()  # other capitalised names in the headline ("Tillabéri")
    victims: frozenset[str] = frozenset()  # who the headline says was hit: "forces", "civilians"
    lang: str = ""  # the language the item reads as first ("en", "fr", "pt", "es", "ar")
    own_event: str | None = None  # the event the headline names as its own, before any "after"
    sequel: bool = False  # the headline names an event of its own and an earlier one: "X a day after Y"
    own_events: frozenset[str] = frozenset()  # every kind of event the headline names as its own, before any "after"
    own_targets: frozenset[str] = frozenset()  # what the headline says was hit, before any "after"
    parents: frozenset[str] = frozenset()  # watched countries its places lie in that it does not name
    several: bool = False  # the headline speaks of several incidents: "a wave of attacks"
    cognates: frozenset[str] = field(default=frozenset(), compare=False)  # `cognates_of` its words
    region: bool = False  # the headline names its city as a region ("Région de Ségou", "Mali's Ségou region")
    title_sites: frozenset[str] = frozenset()  # the watched sites the headline names
    recalls: frozenset[str] = frozenset()  # events its text says it came after ("dois dias depois da fuga")
    days_after: float | None = None  # how many days after them it says it is ("two days after")
    waited: bool = False  # its text says time passed between them ("hours after", "le lendemain")
    counts: frozenset[str] = frozenset()  # the numbers its headline gives ("13 miners", "18 morts"), in digits
    only_after: bool = False  # its headline names an event only after "after" ("calm after a night of clashes")
    release: bool = False  # its headline tells the kidnapped released ("nun kidnapped in X freed")
    reopening: bool = False  # its headline tells a place that was hit reopening ("Yala market reopens"), no event of its own
    visit: bool = False  # its headline tells an official's visit or condolences ("Governor visits Chibok")
    topic_only: bool = False  # its headline's news names no event, its topic does ("X blast: troops comb the forest")
    area: str | None = None  # the primary's first-level division ("NG.23"), when the gazetteer knows it
    point: tuple[float, float] | None = None  # the primary's coordinates
    event_day: date | None = None  # the day its text says its event happened ("on Sunday", "hier")
    deed_day: date | None = None  # the day its text gives a deed it names ("Monday's blast", "l'attaque de mercredi")
    own_deed_day: date | None = None  # a later day its text dates a deed of its own to ("on Sunday, a day after ...")
    more_dead: bool = False  # its text tells "N more" victims ("gunmen killed three more traders"): a new deed's
    countries: frozenset[str] = frozenset()  # the watched countries it names
    holders: frozenset[str] = frozenset()  # places its headline says its primary lies in ("Hulugho police post in Garissa")
    casualties: bool = False  # its headline tells people killed or wounded ("deux bergers tués", "five dead")
    dead: bool = False  # its text tells people killed or wounded, who was hit, or mourning ("les militaires tombés à Léré")
    pursues: bool = False  # its headline tells its own event while hunting who did an earlier one ("troops hunting bombers hit")
    consequences: bool = False  # its headline tells what an incident left: the displaced, a probe ("déplacés hébergés")
    asides: frozenset[str] = frozenset()  # towns its text names only aside: where the wounded went, "80 km from" (`bot.scene`)
    one_slain: bool = False  # its headline is over one person's killing ("arrest two over killing of a trader")
    # Its headline tells a deed of its own at a gathering of mourning ("gunmen attack mourners at a
    # funeral", "atacan un velorio"): where earlier dead were mourned, a new attack (`mourners_struck`).
    struck_mourners: bool = False
    division_words: frozenset[str] = frozenset()  # the words of its primary's first-level division's name ("far", "north")
    borders: frozenset[str] = frozenset()  # the other divisions its primary may lie in (`Place.borders`)
    # Places it names only as an end of a road or route ("la ruta Choloma-San Pedro Sula", "the
    # Kano-Katsina road"): where the road goes, not where its news is (`route_ends`).
    route_ends: frozenset[str] = frozenset()
    # Names its headline gives only as where the people an incident drove out arrive or are hosted
    # ("déplacés arrivent à Saint-Marc", "Sebba accueille des familles"): no other place of its news.
    refuges: frozenset[str] = frozenset()
    # Its headline's dead, before its "after", are among the dead of the event after it ("two
    # soldiers among the dead after the market attack", "policeman dies of wounds after...").
    dead_of_earlier: bool = False
    # Who its headline or its summary says was hit ("forces", "civilians"): `victims` and more.
    victims_told: frozenset[str] = frozenset()

    @property
    def news_names(self) -> frozenset[str]:
        """Its headline's other names but the refuges of the people an incident drove out: where
        its news is. What came of an incident asks these to be the incident's."""
        return self.names - self.refuges if self.refuges else self.names

    @cached_property
    def sorted_text(self) -> str:
        """The text's words in sorted order: what `token_sort_ratio` compares (`text_likeness`).
        rapidfuzz would split and sort both texts at every comparison, and a report is compared
        with many; sorted once here, `fuzz.ratio` of two of these is `token_sort_ratio` of the
        texts, the same figure (the words hold no whitespace: they are the folded words). Made
        only for the reports a comparison reaches, and not saved (`to_json`)."""
        return " ".join(sorted(self.text.split()))

    def to_json(self) -> dict[str, object]:
        return {
            "when": self.when.isoformat(),
            "primary": self.primary,
            "primary_kind": self.primary_kind,
            "places": sorted(self.places),
            "event": self.event,
            "events": sorted(self.events),
            "text": self.text,
            "follow_up": self.follow_up,
            "again": self.again,
            "again_below": self.again_below,
            "targets": sorted(self.targets),
            "title_targets": sorted(self.title_targets),
            "groups": sorted(self.groups),
            "capital": self.capital,
            "names": sorted(self.names),
            "victims": sorted(self.victims),
            "lang": self.lang,
            "own_event": self.own_event,
            "sequel": self.sequel,
            "waited": self.waited,
            "own_events": sorted(self.own_events),
            "own_targets": sorted(self.own_targets),
            "parents": sorted(self.parents),
            "several": self.several,
            "region": self.region,
            "title_sites": sorted(self.title_sites),
            "recalls": sorted(self.recalls),
            "days_after": self.days_after,
            "counts": sorted(self.counts),
            "only_after": self.only_after,
            "release": self.release,
            "reopening": self.reopening,
            "visit": self.visit,
            "topic_only": self.topic_only,
            "area": self.area,
            "point": list(self.point) if self.point else None,
            "countries": sorted(self.countries),
            "holders": sorted(self.holders),
            "casualties": self.casualties,
            "dead": self.dead,
            "pursues": self.pursues,
            "consequences": self.consequences,
            "asides": sorted(self.asides),
            "one_slain": self.one_slain,
            "struck_mourners": self.struck_mourners,
            "division_words": sorted(self.division_words),
            "borders": sorted(self.borders),
            "route_ends": sorted(self.route_ends),
            "refuges": sorted(self.refuges),
            "dead_of_earlier": self.dead_of_earlier,
            "victims_told": sorted(self.victims_told),
            "event_day": self.event_day.isoformat() if self.event_day else None,
            "deed_day": self.deed_day.isoformat() if self.deed_day else None,
            "own_deed_day": self.own_deed_day.isoformat() if self.own_deed_day else None,
            "more_dead": self.more_dead,
        }

    @classmethod
    def from_json(cls, item_id: int, data: dict[str, object]) -> Report:
        """A saved report; one saved before targets and groups were read has none, and one saved
        before languages were told has none (the rule across languages leaves it out)."""
        text = str(data["text"])
        capital = data.get("capital")
        return cls(
            item_id=item_id,
            when=datetime.fromisoformat(str(data["when"])),
            primary=str(data["primary"]),
            primary_kind=str(data["primary_kind"]),
            places=frozenset(cast("Iterable[str]", data["places"])),
            event=data["event"],  # type: ignore[arg-type]
            events=frozenset(cast("Iterable[str]", data["events"])),
            text=text,
            follow_up=bool(data.get("follow_up")),
            again=bool(data.get("again")),
            again_below=bool(data.get("again_below")),
            words=frozenset(map(shared_word, text.split())),
            cognates=cognates_of(text.split(), cast("Iterable[str]", data["places"])),
            targets=frozenset(cast("Iterable[str]", data.get("targets") or ())),
            title_targets=frozenset(cast("Iterable[str]", data.get("title_targets") or ())),
            groups=frozenset(cast("Iterable[str]", data.get("groups") or ())),
            capital=str(capital) if capital else None,
            names=frozenset(cast("Iterable[str]", data.get("names") or ())),
            victims=frozenset(cast("Iterable[str]", data.get("victims") or ())),
            lang=str(data.get("lang") or ""),
            own_event=cast("str | None", data.get("own_event")),
            sequel=bool(data.get("sequel")),
            waited=bool(data.get("waited")),
            own_events=frozenset(cast("list[str]", data.get("own_events", []))),
            own_targets=frozenset(cast("list[str]", data.get("own_targets", []))),
            parents=frozenset(cast("Iterable[str]", data.get("parents") or ())),
            several=bool(data.get("several")),
            region=bool(data.get("region")),
            title_sites=frozenset(cast("list[str]", data.get("title_sites", []))),
            recalls=frozenset(cast("list[str]", data.get("recalls", []))),
            days_after=cast("float | None", data.get("days_after")),
            counts=frozenset(cast("list[str]", data.get("counts", []))),
            only_after=bool(data.get("only_after")),
            release=bool(data.get("release")),
            reopening=bool(data.get("reopening")),
            visit=bool(data.get("visit")),
            topic_only=bool(data.get("topic_only")),
            area=cast("str | None", data.get("area")),
            point=_point(data.get("point")),
            countries=frozenset(cast("list[str]", data.get("countries", []))),
            holders=frozenset(cast("list[str]", data.get("holders", []))),
            casualties=bool(data.get("casualties")),
            dead=bool(data.get("dead")),
            pursues=bool(data.get("pursues")),
            consequences=bool(data.get("consequences")),
            asides=frozenset(cast("list[str]", data.get("asides", []))),
            one_slain=bool(data.get("one_slain")),
            struck_mourners=bool(data.get("struck_mourners")),
            division_words=frozenset(cast("list[str]", data.get("division_words", []))),
            borders=frozenset(cast("list[str]", data.get("borders", []))),
            route_ends=frozenset(cast("list[str]", data.get("route_ends", []))),
            refuges=frozenset(cast("list[str]", data.get("refuges", []))),
            dead_of_earlier=bool(data.get("dead_of_earlier")),
            # (saved before it was: the headline's victims, as `victims_told` read them then)
            victims_told=frozenset(cast("list[str]", data.get("victims_told", data.get("victims", [])))),
            event_day=date.fromisoformat(str(data["event_day"])) if data.get("event_day") else None,
            deed_day=date.fromisoformat(str(data["deed_day"])) if data.get("deed_day") else None,
            own_deed_day=date.fromisoformat(str(data["own_deed_day"])) if data.get("own_deed_day") else None,
            more_dead=bool(data.get("more_dead")),
        )


# The pool behind `shared_word`. Our own, not `sys.intern`: interned strings may live as long as
# the interpreter (Python 3.12 makes them immortal), and a bot reads new names, numbers and typos
# for months. Emptied when it outgrows a window's vocabulary; words already shared stay shared.
_WORD_POOL: dict[str, str] = {}
WORD_POOL_MAX = 400_000


def shared_word(word: str) -> str:
    """The one string object the window's reports hold for this word, so that two reports' word
    sets meet by identity before they compare letters."""
    found = _WORD_POOL.get(word)
    if found is None:
        if len(_WORD_POOL) >= WORD_POOL_MAX:
            _WORD_POOL.clear()
        _WORD_POOL[word] = found = word
    return found


def shared_words(words: Sequence[str]) -> frozenset[str]:
    """`shared_word` of each word, as a set: the pool read and filled at C speed (`setdefault`),
    emptied first when the words might not fit."""
    pool = _WORD_POOL
    if len(pool) + len(words) > WORD_POOL_MAX:
        pool.clear()
    return frozenset(map(pool.setdefault, words, words))


def make_report(item_id: int, when: datetime, title: str, summary: str, places: Sequence[Place]) -> Report | None:
    """The report of an item that named these watched places; None when it named none."""
    if not places:
        return None
    title_tokens, summary_tokens = tokenize(title), tokenize(summary)
    primary = _primary(places, title_tokens)
    # The item's languages (as the matcher detects them) first, then English and French: a
    # headline too short to tell its language ("Kidnappers attack a convoy near X") still names
    # its event. Arabic words are read as Arabic in any item.
    # Its places' words (the names they go by) are a place's, as the matcher read them.
    item_langs = item_languages([title_tokens, summary_tokens], frozenset().union(*(place.aliases for place in places)))
    langs = vocabulary_languages(item_langs)
    title_events = events_in(title_tokens, langs)
    own, earlier = own_events(title_tokens, langs, title_events)
    # What a headline tells as its own leads it ("soldiers hunting kidnappers ambushed": the ambush).
    lead = leading_event(own) or leading_event(title_events)
    topic, news = headline_parts(title)
    dateline = _dateline(topic) if news else 0
    topic_only = False
    if news and not earlier:
        # "Attaque de la base aérienne : des suspects arrêtés": the news after the topic is an
        # aftermath of the event the topic names, as "arrests after the attack" would be.
        news_events, topic_events = events_in(tokenize(news), langs), events_in(tokenize(topic), langs)
        if news_events and topic_events and news_events[0] in AFTERMATH and news_events[0] not in topic_events:
            lead, own, earlier = news_events[0], news_events, topic_events
        # "Bijapur blast: security forces launch combing operation": news with no event of its
        # own, of the event the topic names, as "... after the blast" would be.
        topic_only = bool(topic_events) and not news_events
    # "Nouvelle-Calédonie" is the place, not "nouvelle attaque": the names' words read only when needed.
    place_words = frozenset(w for p in places for w in p.aliases | _name_words(p.name))
    again = (another(title_tokens, langs) and another(title_tokens, langs, place_words)) or more_victims(title_tokens)
    all_events = title_events + events_in(summary_tokens, langs)
    if "armed" not in all_events and killed_captives((title_tokens, summary_tokens), all_events):
        all_events.append("armed")  # the kidnapped found dead were killed: a killing too, told last
    words = [*title_tokens.folded, *summary_tokens.folded]
    title_targets = targets_in(title_tokens)
    # A watched site says what was hit by its name ("Conakry central prison", "Erbil airport"),
    # whether or not the text names it so ("la Maison centrale").
    site_targets = frozenset(t for p in places if p.kind == "site" for t in _site_targets(p.name))
    # An embassy's security notice names the embassy as who speaks ("Security Alert: U.S. Embassy
    # Nairobi - IED attack in Mandera County"), not as what was hit.
    speaker = frozenset({"embassy"}) if notice(title_tokens) else frozenset()
    title_targets -= speaker
    if not own and closes(title_tokens):
        # "Schools closed the day after the shelling": what it names is shut, not hit.
        shut, title_targets = title_targets, frozenset()
    else:
        shut = frozenset()
    told_casualties = casualties(title_tokens, langs)
    title_victims, summary_victims = victims_in(title_tokens), victims_in(summary_tokens)
    # A place hit reopening ("Yala market reopens under heavy guard"), with no event of its own:
    # what came of the incident that hit that place (`relation` asks the target in common).
    reopening = primary.kind != "site" and not own and bool(title_targets) and reopens(title_tokens, langs)
    # A release of the kidnapped, or of those the summary says were kidnapped (a headline with no event).
    freed = releases(title_tokens, langs, title_events, all_events[len(title_events) :])
    # Where the people it drove out arrive: what the incident left, and no other place (`refuge_names`).
    refuges = frozenset() if own else refuge_names(title_tokens)
    capital = None
    if primary.kind == "country" and names_capital(title_tokens):
        capital = capital_of(primary.name)
    return Report(
        item_id=item_id,
        when=when,
        primary=primary.name,
        primary_kind=primary.kind,
        places=frozenset(p.name for p in places),
        event=lead or leading_event(all_events),
        events=frozenset(all_events),
        text=" ".join(words),
        # A reopening at a site, with no event of its own in the headline, is what came of its incident.
        follow_up=follows_up(title_tokens, langs, title_events, tokenize(news) if news else None)
        or freed
        or (primary.kind == "site" and not own and reopens(title_tokens, langs))
        or reopening
        # Arrests of suspects whose summary names what they are suspected of ("the killing of").
        or (arrests_suspects(title_tokens, title_events) and not ARRESTED_FOR.isdisjoint(all_events[len(title_events) :])),
        again=again,
        # "Three more traders killed": a new toll of a new deed, as "again" says.
        again_below=(another(summary_tokens, langs) and another(summary_tokens, langs, place_words))
        or more_victims(summary_tokens),
        # One string object per distinct word across the window (`shared_word`): comparing two
        # reports' words then meets the same object, not a copy to compare letter by letter, and
        # 100,000 reports hold one copy of each word.
        words=shared_words(words),
        cognates=cognates_of(words, (p.name for p in places)),
        targets=(title_targets | shut | targets_in(summary_tokens) | site_targets) - speaker,
        title_targets=title_targets,
        groups=armed_groups(title_tokens, summary_tokens),
        capital=capital,
        names=other_names(title_tokens, [*_known_names(places), *_as_written(places, title_tokens)], dateline),
        victims=title_victims,
        lang=item_langs[0] if item_langs else "",
        own_event=leading_event(own),
        sequel=bool(own and earlier),
        own_events=frozenset(own),
        own_targets=(targets_in(before_after(title_tokens)) if earlier else title_targets) - speaker,
        parents=frozenset(c for p in places for c in p.parents) - {p.name for p in places},
        several=several(title_tokens) and (not own or inquiry(title_tokens, langs)),
        region=(
            primary.kind == "city"
            and (primary.division or _as_region(title_tokens.folded, primary.name))
            and not (
                _a_town_of_region(title_tokens.folded, primary.name)
                and other_names(summary_tokens, [*_known_names(places), *_as_written(places, summary_tokens)])
            )
        ),
        title_sites=frozenset(p.name for p in places if p.in_title and p.kind == "site"),
        recalls=frozenset(earlier) | frozenset(own_events(summary_tokens, langs, [])[1]),
        days_after=days_after(title_tokens) or days_after(summary_tokens),
        waited=time_passed(title_tokens) or time_passed(summary_tokens),
        counts=counts_in(title_tokens),
        only_after=bool(earlier) and not own,
        release=freed,
        reopening=reopening,
        visit=visits(title_tokens),
        topic_only=topic_only,
        area=primary.area,
        point=primary.point,
        countries=frozenset(p.name for p in places if p.kind == "country"),
        holders=_holders(places, primary, title_tokens),
        casualties=told_casualties,
        dead=told_casualties
        or mourns(title_tokens)
        or fallen(title_tokens)
        or bool(title_victims)
        or casualties(summary_tokens, langs)
        or mourns(summary_tokens)
        or bool(summary_victims),
        event_day=event_day([title_tokens, summary_tokens], when),
        deed_day=deed_day([title_tokens, summary_tokens], when),
        own_deed_day=own_deed_day([title_tokens, summary_tokens], when, langs),
        more_dead=more_victims(title_tokens) or more_victims(summary_tokens),
        pursues=bool(own) and hunts(title_tokens),
        consequences=consequences(title_tokens) or bool(refuges),
        asides=_asides(places, primary, summary_tokens, when),
        one_slain=one_slain(title_tokens, place_words),
        struck_mourners=names_mourning(title_tokens) and mourners_struck(tokenize(news) if news else title_tokens, langs),
        division_words=primary.division_words,
        borders=primary.borders,
        # (a road's ends are joined by a hyphen: most items have none, answered at C speed)
        route_ends=route_ends(places, primary, (title_tokens, summary_tokens)) if "-" in title or "-" in summary else frozenset(),
        refuges=refuges,
        dead_of_earlier=told_casualties and among_its_dead(title_tokens),
        victims_told=title_victims | summary_victims,
    )


def _asides(places: Sequence[Place], primary: Place, summary: Tokens, when: datetime) -> frozenset[str]:
    """The towns or sites a country's or a region's report names in its text only aside
    (`bot.scene.asides`): what `_told_of_the_town` asks. Others read none."""
    if primary.kind != "country" and not primary.division:
        return frozenset()
    names = {p.name: folded_name(p.name) for p in places if p.kind != "country" and p is not primary}
    around = frozenset(w for p in places for w in p.division_words)
    return asides(summary, names, _known_names(places), around, when.year) if names else frozenset()


def route_ends(places: Sequence[Place], primary: Place, fields: Sequence[Tokens]) -> frozenset[str]:
    """The places (not countries) an item names, as written, only joined by a hyphen to another
    capitalised name: the ends of a road or route ("un conductor de la ruta Choloma-San Pedro
    Sula", "on the Kano-Katsina road", "l'axe Fada-Gayéri"), which say where the road goes, not
    where the news is. A place also named on its own, or named otherwise, is not one; nor is any
    when the item's own place is one: its news is on the road ("youths block Jos-Mangu road"),
    and both ends say where."""
    found = set()
    for place in places:
        if place.kind == "country":
            continue
        name = folded_name(place.name)
        ends = [_joined(tokens, i, i + len(name)) for tokens in fields for i in _occurrences(tokens.folded, name)]
        if ends and all(ends):
            found.add(place.name)
    return frozenset() if primary.name in found else frozenset(found)


def _occurrences(folded: Sequence[str], name: tuple[str, ...]) -> list[int]:
    """Where a name's folded words start in a text's."""
    if not name:
        return []
    last = len(folded) - len(name)
    return [i for i in range(last + 1) if folded[i] == name[0] and tuple(folded[i : i + len(name)]) == name]


def _joined(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the words `start`..`end` are joined by a bare hyphen to a capitalised word before or after."""
    before = start > 0 and tokens[start].gap == "-" and tokens.words[start - 1][:1].isupper()
    return before or (end < len(tokens) and tokens[end].gap == "-" and tokens.words[end][:1].isupper())


# "In": a place named after the primary with it holds the primary ("Hulugho police post in Garissa").
_IN = frozenset({"in", "dans", "en", "em"})


def _holders(places: Sequence[Place], primary: Place, title: Tokens) -> frozenset[str]:
    """The watched places (not countries) a headline names after its primary, after "in", as
    where the primary lies: "Militants raid Hulugho police post in Garissa" (a county of that name)."""
    if not primary.in_title:
        return frozenset()
    found = set()
    for p in places:
        if not p.in_title or p.kind == "country" or p.name == primary.name or p.position <= primary.position:
            continue
        at = next((i for i, token in enumerate(title) if token.start >= p.position), None)
        if at is not None and at > 0 and title.folded[at - 1] in _IN:
            found.add(p.name)
    return frozenset(found)


SPELT_ALIKE = 60.0  # rapidfuzz ratio: "baloutchistan" and "balochistan" 83, "mazar" and "mazar" 100


def _spelt_alike(word: str, place: Place) -> bool:
    """Whether a headline's word is a spelling of a watched place's name (or of a name it goes by)."""
    return any(fuzz.ratio(word, w) >= SPELT_ALIKE for w in _name_words(place.name) | place.aliases)


def _known_names(places: Sequence[Place]) -> list[str]:
    """The watched places' names and the words of every name they go by."""
    return [p.name for p in places] + [w for p in places for w in p.aliases]


def _leads_alike(a: Report, b: Report) -> bool:
    """Whether two headlines lead with the same thing: a target both name, or one kind of event."""
    return bool(a.title_targets & b.title_targets) or (a.own_event is not None and a.own_event == b.own_event)


def _known(names: frozenset[str], report: Report) -> bool:
    """Whether a headline's other names ("Tillabéri", "Far North") are words a report says, or the
    name of the first-level division its place lies in (`Report.division_words`): "Grenade attack
    on bar kills four in Cameroon's Far North" names no other place than Kousseri's report, Kousseri
    being in the Far North."""
    return names <= report.words or names - report.words <= report.division_words


def _as_written(places: Sequence[Place], title: Tokens) -> list[str]:
    """The headline's words where the matcher found a watched place, as the headline spells them
    ("Baloutchistan", "Ouagadougou" typed "Ouaga"; a name in another language the matcher knows
    from the gazetteer but the watchlist does not type): the place itself, no other name."""
    starts = {p.position: p for p in places if p.in_title}
    found = []
    for i, token in enumerate(title):
        place = starts.get(token.start)
        if place is None or not _spelt_alike(title.folded[i], place):
            continue
        found.append(title.folded[i])
        # and the words it goes on with: capitalised ("Sungai Golok"), or joined by a hyphen to a
        # lower-case link ("Mazâr-e-Charif"); not a second name after a hyphen ("the Kano-Katsina road").
        k = i + 1
        while k < len(title):
            word, linked = title.words[k], title[k].gap == "-"
            if title[k].gap == " " and word[:1].isupper():
                pass
            elif not (linked and (word[:1].islower() or title.words[k - 1][:1].islower())):
                break
            found.append(title.folded[k])
            k += 1
    return found


def _point(saved: object) -> tuple[float, float] | None:
    """A saved point, or None (a report saved before points were kept has none)."""
    if isinstance(saved, list | tuple) and len(saved) == 2:
        return float(saved[0]), float(saved[1])
    return None


@lru_cache(maxsize=4096)
def _site_targets(name: str) -> frozenset[str]:
    """What a watched site's name says it is ("Conakry central prison": a prison)."""
    return targets_in(tokenize(name))


@lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(tokenize(name).folded)


@lru_cache(maxsize=4096)
def folded_name(name: str) -> tuple[str, ...]:
    """A watched place's name as folded words, in order: tokenized once, not for every report."""
    return tuple(tokenize(name).folded)


def name_starts(words: Sequence[str], name: tuple[str, ...]) -> list[int]:
    """Where a name (folded words, in order) starts among folded words: each place a text writes
    it, read by what stands before or after it (`_named_after`, `bot.regionjoin`)."""
    size = len(name)
    first = name[0] if name else None
    return [k for k, word in enumerate(words[: len(words) - size + 1]) if word == first and tuple(words[k : k + size]) == name]


def _primary(places: Sequence[Place], title: Tokens) -> Place:
    """The most specific place the headline names (the summary's when it names none), first
    named first; a place the headline names only as who speaks ("Kaduna police confirm...",
    "le gouverneur de Zamfara"), not as where, comes after the summary's places."""
    in_title = [p for p in places if p.in_title]
    if len(places) == 1:
        return places[0]
    where = [p for p in in_title if p.kind == "country" or not _speaks(p, title)]
    if not where:
        where = [p for p in places if not p.in_title] or in_title or list(places)
    # A province named beside a town ("Logone Oriental : ... à Mandakao") is where the town is:
    # the town is the more specific.
    return min(where, key=lambda p: (-KINDS.index(p.kind), p.division, _holds_next(p, title), p.position))


# "The Somaliland town of Las Anod", "Lamu's Mpeketoni": a place named as what holds the next one.
_SETTLEMENTS = frozenset("town city village district county".split())


def _holds_next(place: Place, title: Tokens) -> bool:
    """Whether a headline names a place as the one the next name lies in ("Lamu's Mpeketoni",
    "the Somaliland town of Las Anod"): where it happened is the next name, of the same kind."""
    if not place.in_title:
        return False
    folded = title.folded
    at = next((i for i, token in enumerate(title) if token.start >= place.position), None)
    if at is None:
        return False
    name = _name_words(place.name) | place.aliases
    end = at
    while end < len(folded) and folded[end] in name:
        end += 1
    if end == at or end + 1 >= len(folded):
        return False
    if folded[end] == "s" and title[end].gap.strip() in ("'", "’"):
        return title.words[end + 1][:1].isupper()  # "Lamu's Mpeketoni", not "Lamu's governor"
    of = folded[end] in _SETTLEMENTS and folded[end + 1] == "of"
    return of and end + 2 < len(folded) and title.words[end + 2][:1].isupper()


# Who speaks, named by the place it serves: after the name in English ("Kaduna police", "Katsina
# govt"), before it with "of" in French, Portuguese and Spanish ("la police de", "governador
# de", "la fiscalía de"). Folded words.
SPEAKERS_AFTER = frozenset(
    "police govt government governor gov authorities officials army command ministry prosecutor prosecutors court mayor".split()
)
SPEAKERS_BEFORE = frozenset(
    "police gouverneur gouvernement autorites prefet procureur parquet maire policia governo governador autoridades "
    "prefeito prefeitura gobierno gobernador fiscalia alcalde alcaldia".split()
)
_OF = frozenset({"de", "du", "d", "da", "do", "del"})
_PREMISES = frozenset({"headquarters", "hq", "building", "office", "offices", "compound", "house", "secretariat"})


def _speaks(place: Place, title: Tokens) -> bool:
    """Whether a headline names a city or site only as whose police, government or officials
    speak (a country's army or government speaks for the country, which is where it is)."""
    folded = title.folded
    at = next((i for i, token in enumerate(title) if token.start >= place.position), None)
    if at is None:
        return False
    name = _name_words(place.name) | place.aliases
    end = at
    while end < len(folded) and (folded[end] in name or folded[end] == "s"):
        end += 1
    if end == at:
        return False  # the name is not where the place says it starts
    if end < len(folded) and folded[end] in SPEAKERS_AFTER and not title[end].gap.strip():
        # "Kaduna police", not "Ségou, police officer killed", nor the target "Kano police station"
        return not targets_in(tokenize(" ".join(folded[end : end + 2]))) and not _PREMISES.intersection(folded[end + 1 : end + 2])
    return at >= 2 and folded[at - 1] in _OF and folded[at - 2] in SPEAKERS_BEFORE


# Words that make a city's name a region's: "région de Ségou", "Ségou region", "provincia de". (An
# Arabic headline writes the city's name in Arabic, which the watched name's words never match.)
REGION_WORDS = frozenset(
    "region regions province provinces state governorate district prefecture cercle regiao provincia estado "
    "departamento departement wilaya county counties comte condado".split()
)


def _as_region(folded: list[str], name: str) -> bool:
    """Whether a headline names its city as the region around it ("Région de Ségou", "Mali's
    Ségou region"): an incident there may be anywhere in the region, not in the city."""
    words = list(folded_name(name))
    for i in range(len(folded)):
        if folded[i : i + len(words)] == words:
            near = folded[max(0, i - 2) : i] + folded[i + len(words) : i + len(words) + 1]
            if REGION_WORDS & set(near):
                return True
    return False


# The nouns of a town, in the headline's words around a region's name: "in Tigray town", "a town
# in Amhara", "une ville de l'Ituri", "una ciudad del Cauca". Folded.
TOWN_NOUNS = frozenset("town towns city ville ciudad cidade pueblo vila localidad localidade".split())
_TOWN_LINKS = frozenset("in of de del do da du d l the el la le a en em no na dans au".split())


def _a_town_of_region(folded: list[str], name: str) -> bool:
    """Whether a headline names a region only as where some town of it lies ("heavy gunfire in
    Tigray town", "a town in Amhara"): when its summary names that town ("in the market of Axum,
    in central Tigray"), the report is of that town, not of the region, and joins no other town
    of the region as a region's report would. A summary that names none ("a town in southern
    Borno") leaves it the region's."""
    words = list(folded_name(name))
    for i in range(len(folded)):
        if folded[i : i + len(words)] != words:
            continue
        if folded[i + len(words) : i + len(words) + 1] and folded[i + len(words)] in TOWN_NOUNS:
            return True
        k = i - 1
        while k >= 0 and i - k <= 3 and folded[k] in _TOWN_LINKS:
            k -= 1
        if 0 <= k < i - 1 and folded[k] in TOWN_NOUNS:
            return True
    return False


def headline_parts(title: str) -> tuple[str, str]:
    """A headline's topic and its news, when a colon parts them ("Kano mosque fire: police arrest
    a suspect"); else the whole headline and nothing. A time ("21:00") parts nothing."""
    topic, colon, news = title.partition(":")
    while colon and news[:1].isdigit():
        more, colon, news = news.partition(":")
        topic += ":" + more
    if not colon or not topic.strip() or not news.strip():
        return title, ""
    return topic, news


COGNATE = 5  # letters two languages' words of one root often share: "inaugurates", "inaugurée"
SHARED_COGNATES = 2  # same-day reports in two languages sharing this many roots tell one thing
LATER_COGNATES = 3  # and a day apart, at a city or site, this many
# Long words of every sort of news that say nothing of which incident: function words, and the
# roots of the newsroom's words that the five languages share.
_NOT_COGNATES = frozenset(
    "about after again against among avant apres entre depuis pendant contre selon durante contra desde segun sobre "
    "entre despues during their there these those under where which while would could should other autre autres "
    "otros outros being since still toujours plusieurs varios varias several milit polic secur gover gouve gouvernement "
    "presid minis offic offici autor autori local sourc source fuent fonte repor".split()
)


def cognates_of(words: Iterable[str], places: Iterable[str]) -> frozenset[str]:
    """The roots of a text's long words (their first `COGNATE` letters), save its places' and
    words of any news: what a report in one language may share with one in another."""
    named = {w[:COGNATE] for place in places for w in _name_words(place)}  # each name tokenized once (cached)
    roots = {w[:COGNATE] for w in words if len(w) > COGNATE and w.isalpha() and w not in _NOT_COGNATES}
    return frozenset(roots - named - _NOT_COGNATES)


def _dateline(topic: str) -> int:
    """How many words a headline's topic has when it is a place's name: up to three, each
    capitalised ("Kalaban Coura", "Djibo"); else 0."""
    words = tokenize(topic).words
    return len(words) if 0 < len(words) <= 3 and all(w[0].isupper() for w in words) else 0


SHARED_WORDS = 5  # below this many words in common, one text being inside the other proves little


def text_likeness(a: Report, b: Report) -> float:
    """token_set_ratio: a teaser inside the full text, or a rewrite sharing most words, scores high.
    Two short headlines sharing three words ("attack", "Bamako", "airport") are not one text:
    then the words' order and the words not shared count too (token_sort_ratio)."""
    global _last_likeness
    last = _last_likeness
    if (a is last[0] and b is last[1]) or (a is last[1] and b is last[0]):
        return last[2]  # the same pair again, as the rules ask it in turn (the figure is symmetric)
    # token_sort_ratio (each text's words sorted once), or token_set_ratio
    few = len(a.words & b.words) < SHARED_WORDS
    likeness = fuzz.ratio(a.sorted_text, b.sorted_text) if few else fuzz.token_set_ratio(a.text, b.text)
    _last_likeness = (a, b, likeness)
    return likeness


# The last pair `text_likeness` scored: one relation asks it of one pair up to three times. The
# reports are frozen, so the figure of the same two objects never changes.
_last_likeness: tuple[Report | None, Report | None, float] = (None, None, 0.0)


# A curfew, arrests or a protest after an attack are news of their own, not more of the attack.
AFTERMATH = frozenset({"restriction", "arrest", "protest"})


# Kinds of violence one incident is told as, by witnesses and in other languages: gunfire and
# explosions, a drone strike and shelling, an attack.
VIOLENCE = frozenset({"armed", "blast", "airstrike", "shelling"})
BREAKOUT = frozenset({"escape"})  # told beside the violence that freed the inmates


def _violence(a: Report, b: Report) -> bool:
    """Whether two headlines lead with violence, of whatever kind, or one with a protest and the
    other with the violence at it; within hours at one city or site, that is one incident told
    two ways, if more ties them (an event or target in common, texts alike)."""
    if not RULES["target"]:
        return False
    if a.only_after or b.only_after:
        return False  # "calm returns after a night of clashes" tells no violence of its own
    if a.event in VIOLENCE | BREAKOUT and b.event in VIOLENCE | BREAKOUT:
        return True  # a prison break is told as the attack that freed the inmates, or as their escape
    # A protest that turns violent ("police fire on protesters", "clashes"), as long as neither
    # headline says it came after an incident ("march after the massacre").
    if {a.event, b.event} != {"armed", "protest"} or a.sequel or b.sequel:
        return False
    # One incident told two ways: in two languages, or both telling the protest or the same
    # victims ("traders protest" and "traders clash with police"). Not "gunfire at the airport"
    # and "protesters attack police" there: two kinds, maybe two incidents (when unsure, send).
    return bool(a.victims & b.victims) or "protest" in a.events & b.events or across_languages(a, b)


def _aftermath_of_none(a: Report, b: Report) -> bool:
    """Whether one headline leads with an aftermath of its own (a protest, arrests: news
    of its own after an incident) that the other report, which leads with no event, never tells:
    "Moradores protestam e ateiam fogo a ônibus" beside "Moradores contestam versão da PM sobre
    mortos". Words they share (the residents, the quarter, the dead) are the incident the protest
    is about, not one incident. Either way round: which came first does not make them one."""
    return any(x.event in _TOLD_AFTERMATH and y.event is None and x.event not in y.events for x, y in ((a, b), (b, a)))


# The aftermaths `_aftermath_of_none` reads: deeds told by their verbs ("protestan", "arrested"),
# which a report of no event would name. Not a restriction, told as often by a participle the
# lexicon reads as no event ("les motos interdites de circulation" of "interdiction de circulation").
_TOLD_AFTERMATH = frozenset({"protest", "arrest"})


def events_agree(a: Report, b: Report) -> bool:
    """Whether two headlines can be about one event: the same leading kind, or (for violence)
    one report's leading kind is among what the other tells ("explosions" and an "attack")."""
    if a.event is None or b.event is None or a.event == b.event:
        return True
    if a.event in AFTERMATH or b.event in AFTERMATH:
        return False
    if a.event in b.events or b.event in a.events:
        return True
    # Violence told by two of its kinds ("explosions, gunfire at the prison" and "inmates escape
    # after attack on prison"): one incident when the texts share a kind of violence.
    return a.event in VIOLENCE | BREAKOUT and b.event in VIOLENCE | BREAKOUT and bool(a.events & b.events & VIOLENCE)


def place_agreement(a: Report, b: Report, inside: frozenset[str] = frozenset(), said: frozenset[str] = frozenset()) -> str | None:
    """SAME when the primaries agree; WITHIN when the new report `a` names only a broader place
    (a country, a city) that `b` is inside, by `b`'s own words ("near Mali's Gao") or as the
    capital `a` speaks of, and names no other place that `b` does not, unless `a` names `b`'s
    place itself (in its summary) and `b`'s story names the others too (`said`): then they are
    where around it ("au Cabo Delgado" of a report whose summary says Macomia, beside a story
    that said Cabo Delgado). `inside`: the places `b`'s story names besides `b`'s own (the story
    of "Mali's Gao" is in Mali)."""
    if a.primary == b.primary or (a.primary in b.places and b.primary in a.places | a.parents):
        return SAME
    if _part_of(a, b) or _part_of(b, a):
        return SAME
    return _within(a, b, inside, said) or _near_by(a, b)


def _within(a: Report, b: Report, inside: frozenset[str], said: frozenset[str]) -> str | None:
    """WITHIN, or None (see `place_agreement`)."""
    region = _in_region(a, b)
    if not RULES["within"] or (KINDS.index(a.primary_kind) >= KINDS.index(b.primary_kind) and not region):
        return None
    if a.again or a.several:
        return None
    if not (_known(a.names, b) or (b.primary in a.places and a.names <= said) or _told_there(a, b)):
        return None
    if region:
        return WITHIN
    if a.primary in b.places or a.primary in b.parents or a.primary in inside:
        return WITHIN
    if a.primary_kind == "country" and b.primary in a.places and a.places <= b.places | a.countries:
        return WITHIN  # it names the town, and no other, in the country (the place model may not know where the town is)
    if a.capital is not None and a.capital in b.places:
        return WITHIN
    return None


def _told_there(a: Report, b: Report) -> bool:
    """Whether a country's report whose headline names a place the watchlist does not know ("Lake
    Chad", "Darfour", "Puntland": a region or landmark around the town) tells the incident of the
    town its text names, as a wire does: the same day, naming no other watched place, telling no
    earlier event ("hours after the raid on Blangoua": then the town is only recalled), leading
    with the town report's kind of event and naming its armed group or what was hit. Less than
    this (another kind, another target and group) and the unknown name may be another place."""
    if a.primary_kind != "country" or b.primary not in a.places or a.recalls or a.days_after is not None:
        return False
    if abs(a.when - b.when) > SAME_DAY or a.event is None or a.event != b.event:
        return False
    if not a.places <= b.places | b.parents | a.countries:
        return False
    if not (a.groups & b.groups or a.title_targets & b.title_targets):
        return False  # the same violence in the country that day, no more: maybe another town's
    # A name of the town's own province, however spelt ("Darfour", East Darfur's El Daein), is its
    # place; a word of another province of the country ("Far North" beside a Littoral town) is not.
    provinces = _province_words(a.primary)
    unknown = a.names - b.words
    if any(_spelt_as(name, provinces) and not _spelt_as(name, b.division_words) for name in unknown):
        return False
    # The unknown name must read as the town's province or a region or landmark around it ("Lake
    # Chad", "Darfour"), not as a place of its own: "Boko Haram attack on Darak army outpost", its
    # summary saying "40 km east of Blangoua", is another town's attack.
    return all(_spelt_as(name, b.division_words) or name in _REGION_WORDS for name in unknown) or bool(unknown & _REGION_WORDS)


# Words that make a name a region or a landmark, not a town: "Lake Chad", "le bassin du lac
# Tchad", "the Sahel region", "the Niger Delta". Folded.
_REGION_WORDS = frozenset(
    "lake lac lago basin bassin cuenca bacia delta river fleuve rio valley vallee valle region regions "
    "plateau mountains mount monts massif desert forest foret border frontiere frontera fronteira".split()
)


PROVINCE_SPELLING = 85.0  # rapidfuzz ratio: "darfour" and "darfur" 92, "kivu" and "kivu" 100, "lake" and "lac" 57


def _spelt_as(word: str, words: frozenset[str]) -> bool:
    """Whether a word is one of these words, or a spelling of one ("darfour", "darfur")."""
    return word in words or any(fuzz.ratio(word, w) >= PROVINCE_SPELLING for w in words)


@lru_cache(maxsize=256)
def _province_words(country: str) -> frozenset[str]:
    """The folded words of the names of a country's first-level divisions (GeoNames' admin1), none
    when the country is not known by that name."""
    code = country_codes().get(tuple(tokenize(country).folded))
    return frozenset(w for name, _ in admin1_names(code) for w in name.split()) if code else frozenset()


def _in_region(a: Report, b: Report) -> bool:
    """Whether a report speaks of a region (a province named alone, "Catatumbo region") and an
    earlier report is at a town in it: that report names the region, or the region's report
    names the town in its text ("Lower Shabelle: toll rises", its summary saying Afgoye), or the
    gazetteer puts its town in the region's first-level division."""
    if not a.region or b.region or b.primary_kind == "country" or a.primary == b.primary:
        return False
    return a.primary in b.places or b.primary in a.places or (a.area is not None and a.area == b.area)


def _near_by(a: Report, b: Report) -> str | None:
    """NEAR when a new report `a` at one town (or site) names the place of an earlier report `b`
    at another, and the two lie together: one province (the gazetteer's first-level division) or
    `NEAR_KM` apart. The city's hospital receiving a nearby village's wounded, a county's toll of
    an attack in one of its towns, a city's morgue and the prison massacre near it. A weaker
    agreement than the same place: the rules that need the same place (follow-ups that only
    resemble, reports across languages) do not use it, and those that keep another target,
    another kind of event or another incident apart still do. A site and the city its name
    holds ("Bangui airport", Bangui) are the within rules' (`StoryIndex.decide`), not this."""
    if not RULES["near"] or "country" in (a.primary_kind, b.primary_kind) or a.again or a.several:
        return None
    later_event = abs(a.when - b.when) > SAME_DAY and a.own_event is not None
    # Or the earlier report named the new one's town: the same day, or later with no event of its
    # own. Or, the same day, neither names the other's town, but both name one region around them
    # and the same target, and the two towns lie within `NEAR_KM` ("Puntland: car bomb hits base in
    # Bari region" beside "fighters attack Puntland base in Cal Miskaad mountains").
    # A place named only as a road's end is not named as where ("ruta Choloma-San Pedro Sula").
    names_b = b.primary in a.places and b.primary not in a.route_ends
    # Not where the earlier report names the new one's town only as the scene of what its own news
    # came after ("nuit de terreur à Sange ... quelques heures après les bombardements qui ont
    # frappé Luvungi"): the earlier report is a second incident, Luvungi's news is the first's.
    names_a = a.primary in b.places and a.primary not in b.route_ends and not _named_after(b, a.primary)
    if not names_b and (not names_a or later_event) and not _one_region(a, b):
        return None
    if not _known(a.names, b) or _name_words(a.primary) & _name_words(b.primary):
        return None
    # A town the earlier headline says its own lies in ("Hulugho police post in Garissa": a county
    # the gazetteer knows only as its town) holds it, however far the gazetteer puts the two.
    return NEAR if near(a, b) or a.primary in b.holders else None


# How many words after a word of time passed ("après", "after", "بعد") a place is named as the
# scene of the earlier deed: "quelques heures après les bombardements qui ont frappé Luvungi".
_AFTER_REACH = 8


def _named_after(report: Report, place: str) -> bool:
    """Whether a report's text names a place only within `_AFTER_REACH` words after a word of time
    passed (`AFTER_WORDS`): as where the deed its own news came after happened, never as its own
    news's place. A name that is nowhere in its words (known by an alias) is no such thing."""
    words = report.text.split()
    found = name_starts(words, folded_name(place))
    return bool(found) and all(any(w in AFTER_WORDS for w in words[max(0, k - _AFTER_REACH) : k]) for k in found)


def _one_region(a: Report, b: Report) -> bool:
    """Whether two reports the same day, neither naming the other's town, both name a watched
    place around them (not a country), the same target in their headlines, and lie within
    `NEAR_KM` of each other."""
    if not a.title_targets or not b.title_targets or a.title_targets.isdisjoint(b.title_targets):
        return False  # most pairs: cheapest first
    if abs(a.when - b.when) > SAME_DAY:
        return False
    shared = (a.places & b.places) - a.countries - b.countries - a.parents - b.parents - {a.primary, b.primary}
    if not shared or a.point is None or b.point is None:
        return False
    return distance_km(*a.point, *b.point) <= NEAR_KM


def near(a: Report, b: Report) -> bool:
    """Whether two reports' primary places lie within `NEAR_KM`, or in one first-level division
    and within `AREA_KM` (or where the gazetteer has no point for one of them)."""
    km = distance_km(*a.point, *b.point) if a.point is not None and b.point is not None else None
    if a.area is not None and a.area == b.area:
        return km is None or km <= AREA_KM
    return km is not None and km <= NEAR_KM


def _part_of(part: Report, whole: Report) -> bool:
    """Whether one report tells part of what another's headline tells: that headline names
    several sites, this report's primary among them, and this report names no place the other
    does not ("Gunmen attack Bamako airport and the Faladié gendarmerie school", then "Attaque
    contre l'école de gendarmerie de Faladié")."""
    return len(whole.title_sites) > 1 and part.primary in whole.title_sites and part.places <= whole.places | whole.parents


def _adds_nothing(later: Report, earlier: Report) -> bool:
    """Whether a later report of the same event at the same place reads as more of it: it
    resembles the earlier one and names no other place, target, victims or armed group, and no
    aftermath of its own (arrests, a curfew, a protest)."""
    if later.event is None or later.event != earlier.event or later.events & AFTERMATH:
        return False
    if later.again_below or _another_days_deed(later, earlier) or later.struck_mourners > earlier.struck_mourners:
        # "three more traders killed", "on Sunday, a day after Saturday's attack", "gunmen attack
        # mourners at the victims' funeral": a new attack
        return False
    if not _known(later.names, earlier) or not later.title_targets <= earlier.targets:
        return False
    if not later.places <= earlier.places | earlier.parents or _differ(later.targets, earlier.targets):
        return False  # another watched place or target in its text ("patrulla del Ejército en zona rural de Jamundí")
    if _differ(later.victims, earlier.victims) or _differ(later.groups, earlier.groups):
        return False
    return text_likeness(later, earlier) >= RELATED_TEXT


def _names_event(later: Report, earlier: Report) -> bool:
    """Whether a later report names the earlier one's incident: its event ("toll in the attack"),
    or, naming no other place, target or group, its target or armed group ("funeral of the
    market's victims", "al-Shabaab claims responsibility")."""
    if _other_slain(later, earlier):
        return False
    if earlier.event is not None and earlier.event in later.events:
        return True
    if not RULES["follow_up"] or not _known(later.names, earlier):
        return False
    if _differ(later.groups, earlier.groups) or _differ(later.title_targets, earlier.targets):
        return False
    if later.title_targets & earlier.targets or later.groups & earlier.groups:
        return True
    return _told_below(later, earlier)


# Targets a summary names as who speaks more often than as what was hit ("the interior ministry
# said", "وزارة الداخلية"): a summary naming one names no other target by it.
SPEAKERS = frozenset({"government"})


def _told_below(later: Report, earlier: Report) -> bool:
    """Whether a headline that names nothing but its news (a follow-up's "Toll rises to 31", "Sobe
    para 22 o número de mortos"; the same day, "Interior ministry: 12 fugitives caught") leaves
    the incident to its summary, which names the earlier report's target and none other (but who
    speaks, `SPEAKERS`), and no kind of event the earlier report does not tell. Only after
    violence (or a prison break): a protest or arrests leave no toll, and a tribute near where
    they were is of another incident."""
    if later.own_event is not None or later.title_targets or not later.targets & earlier.targets:
        return False
    if earlier.event not in VIOLENCE | BREAKOUT or not later.events <= earlier.events:
        return False
    return not later.targets - earlier.targets - SPEAKERS


def _dated_to(later: Report, earlier: Report) -> bool:
    """Whether a report a day later dates its event to a day before its own, the day the earlier
    report's event happened ("Gunmen killed 12 on Sunday" on Monday, after Sunday's flash): the
    same incident told again. One that dates its event to its own day is news of that day."""
    if later.event_day is None or later.event_day >= later.when.astimezone(UTC).date():
        return False
    if later.event_day not in {earlier.event_day, earlier.when.astimezone(UTC).date()}:
        return False
    # Its headline leads with the earlier one's kind of event, as its own, and names nothing the
    # earlier did not: no other target, group, victims or place ("Shells hit Gao hours after car
    # bomb" is another incident, and so is a raid on another village of the district that day).
    if later.own_event is None or later.own_event != earlier.event or later.sequel or later.several:
        return False
    if not _known(later.names, earlier) or later.struck_mourners > earlier.struck_mourners:
        return False  # another place, or the mourners of earlier dead struck: a new attack
    if _differ(later.title_targets, earlier.targets) or _differ(later.groups, earlier.groups):
        return False
    return not _differ(later.victims, earlier.victims)


# What an incident leaves that a report a day later may lead with, as consequences of the deed:
# the arrests after it, the curfew or closure it brings.
_AFTERMATH_KINDS = frozenset({"arrest", "restriction"})


def _incident_days(earlier: Report) -> set[date]:
    """The days the earlier report's incident may have happened on: the day its text says, else
    its publication's day or the day before (a night's attack is published the next morning)."""
    published = earlier.when.astimezone(UTC).date()
    if earlier.event_day is not None:
        return {earlier.event_day, published}
    return {published, published - timedelta(days=1)}


def _another_days_deed(later: Report, earlier: Report) -> bool:
    """Whether a later report tells a deed of another day than the earlier report's incident: it
    dates a deed of its own after that day ("gunmen attacked the camp on Sunday morning, a day
    after Saturday's attack"), or names the deed it follows by another day ("killed in Friday's
    attack" a day after Saturday's): a new attack at the same place, however alike its words."""
    days = _incident_days(earlier)
    if later.own_deed_day is not None and later.own_deed_day > max(days):
        return True
    return later.deed_day is not None and later.deed_day not in days


def _left_by_its_day(later: Report, earlier: Report) -> bool:
    """Whether a report a day later whose headline leads with no deed of its own ("Burkina church
    massacre victims laid to rest", "Malian bus operators suspend night trips out of Sevare",
    "Familias velan a los trabajadores asesinados") dates the deed its text tells to the earlier
    report's day ("Sunday's attack", "l'attaque de jeudi", "el asesinato del lunes", "ليلة
    الأربعاء"): what that incident left, as `_dated_to` reads a rewrite of it. Only when its text
    tells no deed of another kind than the incident's (arrests or a curfew aside) and names no
    other target, group, victims or place, nor "again" or several incidents: a new attack a day
    later leads its headline with its own deed, and dates it to its own day."""
    if later.own_event is not None or later.again or later.again_below or later.sequel or later.several:
        return False
    if later.own_deed_day is not None:
        return False  # its own deed, a day after the one it names: a new attack
    if later.casualties and not later.victims and not (later.follow_up and later.counts <= earlier.counts):
        # People killed as its news, none of them soldiers, civilians or the like: the attackers, in
        # a deed of its own ("army says it killed over 100 jihadists after Djibo attack"); the
        # incident's own dead ("le JNIM affirme avoir tué onze soldats") tell the incident.
        return False
    day = later.deed_day or later.event_day
    if day is None or day >= later.when.astimezone(UTC).date():
        return False
    if day not in {earlier.event_day, earlier.when.astimezone(UTC).date()}:
        return False
    if not later.events or not later.events <= earlier.events | _AFTERMATH_KINDS or not later.events & earlier.events:
        return False
    if not _known(later.names, earlier):
        return False
    if _differ(later.targets, earlier.targets) or _differ(later.groups, earlier.groups):
        return False
    return not _differ(later.victims, earlier.victims)


def _of_its_day(later: Report, earlier: Report) -> bool:
    """Whether a later report dates its event, if it does, to the day of the earlier report's
    event ("the peacekeepers who died on Thursday"): one dated to another day tells another."""
    if later.event_day is None:
        return True
    return later.event_day in {earlier.event_day, earlier.when.astimezone(UTC).date()}


def _when_it_says(later: Report, earlier: Report) -> bool:
    """Whether a follow-up that says how long after its incident it comes ("flights resume five
    days after attack") comes that long after the earlier report, give or take a day; one that
    says nothing of it may follow up any."""
    if later.days_after is None:
        return True
    return abs((later.when - earlier.when).total_seconds() / 86400 - later.days_after) <= 1


def _aftermath_of(later: Report, earlier: Report) -> bool:
    """Whether a later report at the same place tells what came of the earlier one's incident: its
    headline names no event of its own (a sacking, a visit, calm returning), its text says it came
    after the earlier report's kind of event ("two days after the jailbreak"), and it names no
    other place, target, armed group or victims, and no other incident."""
    if later.own_event is not None or earlier.event is None or earlier.event not in later.recalls:
        return False
    days = (later.when - earlier.when).total_seconds() / 86400
    if later.days_after is None or abs(days - later.days_after) > 1:
        # "Five dead at the market after a car bomb exploded" may be a new incident; "five days
        # after the attack", another, older one than this.
        return False
    if later.again or later.primary_kind == "country" or not _known(later.news_names, earlier):
        return False
    if _another_days_deed(later, earlier) or later.more_dead:
        return False  # "on Sunday, a day after Saturday's attack", "three more traders": gunmen struck again
    if _differ(later.title_targets, earlier.targets) or _differ(later.groups, earlier.groups):
        return False
    if _tells_another_deed(later, earlier):
        return False
    return not _differ(later.victims, earlier.victims)


# Kinds of event no reading of one attack confuses: a kidnapping, gunmen's violence, a blast, and
# fire from afar (a shelling is read as an air strike, "bombardée"). Not a fire, which a blast starts.
FAMILIES = {"kidnap": "kidnap", "armed": "armed", "blast": "blast", "airstrike": "afar", "shelling": "afar"}


def _tells_another_deed(later: Report, earlier: Report) -> bool:
    """Whether a later report's text, under a headline with no deed of its own, tells a second
    incident beside what the earlier one left: a deed of another family than the earlier report's
    event ("families fled after gunmen kidnapped three teachers, a day after Saturday's bombing";
    "uma nova explosão atingiu o porto" after gunmen's raid on the market). What an attack leaves
    is written with its own deed's words; a kidnapping beside a bombing is news. Not "new" alone:
    an aftermath fears "de nouvelles représailles"."""
    family = FAMILIES.get(earlier.event or "")
    return family is not None and any(FAMILIES.get(kind, family) != family for kind in later.events - earlier.events)


def _other_family(later: Report, earlier: Report) -> bool:
    """Whether a later headline's own events hold, of the kinds the earlier report never told, one
    of another family than the earlier report's event (`FAMILIES`), at no target the earlier
    report names."""
    if later.title_targets & earlier.targets:
        return False  # what the earlier report says was hit: one complex attack ("gunmen storm the hotel after a car bomb")
    family = FAMILIES.get(earlier.event or "")
    return family is not None and any(FAMILIES.get(kind, family) != family for kind in later.own_events - earlier.events)


def _after_it(later: Report, earlier: Report) -> bool:
    """Whether a later headline tells an event of its own that came after the earlier report's:
    it names the earlier one's kind of event after "after" and, before it, a kind the earlier
    report never told, other than an aftermath (arrests, a curfew, a protest follow their incident
    up or stand apart by the rules for them) ("Atentado con explosivos contra la Policía horas después de la masacre"
    beside the massacre's reports; "bomb hits convoy a day after base attack"). The press writes
    so of a second incident, and of the first only as what came before it: never the same one.
    Likewise a target."""
    said_after = (later.sequel or later.waited) and earlier.event in later.recalls
    if later.again and said_after and not (earlier.again or earlier.recalls):
        # "Herders killed in fresh attack", its text saying "hours after the killings in Bokkos": a
        # second incident of the same kind, which the headline says is another, beside a report
        # that says neither (a rewrite of the second says "again" or "after" too), when the time it says passed
        # is the time between them ("two days after" a raid is not the report of five hours before).
        # Nor beside a report of what it tells as its own news ("Sticky bomb hits minibus" beside
        # "Second blast: minibus targeted hours after mosque attack").
        gap = abs((later.when - earlier.when).total_seconds()) / 3600
        timely = later.days_after is None or abs(later.days_after * 24 - gap) <= EVENT_HOURS
        if timely and not earlier.title_targets & later.own_targets:
            return True
    if (
        (later.sequel or later.waited)
        and earlier.event in later.recalls
        and earlier.event not in later.own_events
        and _other_family(later, earlier)
    ):
        # Its text says so, and that time passed ("women abducted outside Pulka that afternoon,
        # hours after the mosque bombing"): an event of another family than the earlier report's,
        # after it. Not "abducted 20 women after killing five villagers": one raid told in order.
        return True
    if not later.sequel:
        return False
    if earlier.event in later.recalls and later.own_events - earlier.events - AFTERMATH:
        return True
    # Hunting who did the earlier incident, something of its own happened: after it, whatever its
    # kind ("troops pursuing the kidnappers ambushed", "gendarmes traquant les assaillants tués").
    if later.pursues and earlier.event in later.recalls and later.own_events - AFTERMATH:
        return True
    # Or what the earlier headline says was hit, the later one names only after its "after", and
    # something else before it ("Second blast: minibus targeted hours after mosque attack" beside
    # the mosque's reports): its own news is another target's.
    hit = earlier.title_targets
    return bool(hit) and hit <= later.title_targets - later.own_targets and bool(later.own_targets)


def _after_it_elsewhere(later: Report, earlier: Report) -> bool:
    """Whether a later report at another town tells a deed of its own there that its text says came
    after the earlier report's ("Nizi : sept orpailleurs tués ... quelques heures après le massacre
    de déplacés à Fataki, à une trentaine de kilomètres"): its primary is a town the earlier
    reports never named, its headline leads with a new deed, and the earlier one's kind of event is
    what it came after. An analyst reads a second incident nearby, of whatever family. What came
    of the first at another place leads with no new deed: the wounded dying at the city's hospital
    under the earlier event's word as its topic ("Gun attack: three wounded die in Ménaka
    hospital", `Report.topic_only`) or dying of its wounds (`Report.dead_of_earlier`), an
    aftermath, or a follow-up (a toll, a claim), read by the follow-up rules. One test for every
    rule that asks it (`relation`, `_told_nearby`), so that they cannot drift apart."""
    if later.own_event is None or not later.waited or earlier.event not in later.recalls or later.follow_up:
        return False
    if later.own_event in AFTERMATH or later.topic_only or later.dead_of_earlier:
        return False  # the earlier event's word over what came of it, not a deed of its own
    if later.primary_kind == "country" or later.primary == earlier.primary or later.primary in earlier.places:
        return False
    return earlier.primary not in later.holders


def _came_after(later: Report, earlier: Report) -> bool:
    """Whether a later report at the same place, a day later, tells what was done after the
    earlier one's violence and says so in its headline: it names no event of its own, only the
    earlier report's kind of violence after "after" ("orders troops in after the massacre",
    "reabre tras el tiroteo"), as long after as it says, within `FOLLOW_UP_HOURS`; and it names
    nothing that differs: no other name, target, armed group, victims or count, and no other
    incident."""
    if later.topic_only:
        if later.own_event != earlier.event:
            return False
    elif not later.only_after or earlier.event not in later.recalls:
        return False  # its headline says what it came after, not only its summary
    if earlier.event not in VIOLENCE | BREAKOUT or later.again or later.several:
        return False
    if not _known(later.news_names, earlier) or not _when_it_says(later, earlier):
        return False
    if _differ(later.targets, earlier.targets) or _differ(later.groups, earlier.groups):
        return False
    # A toll or victims of its own ("five soldiers dead after an ambush") may be a new incident's.
    return later.victims <= earlier.victims and later.counts <= earlier.counts and later.title_targets <= earlier.targets


# What an incident's aftermath follows: violence, a prison break, a kidnapping, arson. Not arrests,
# a curfew or a protest, which are aftermath themselves.
AFTER_EFFECTS = VIOLENCE | BREAKOUT | frozenset({"kidnap", "fire"})


def _came_of_it(later: Report, earlier: Report) -> bool:
    """Whether a later report at the same city or site tells what came of the earlier one's
    incident, its headline naming no event of its own: mourning declared, the dead buried, a
    visit to the wounded, a town retaken, calm restored, families at the prison gates. A new
    incident's report names what happened in its headline ("gunmen kill five", "blast hits
    market"); one whose headline names none, and whose text names no kind of event but the
    earlier report's, has no other incident to tell. It names nothing that differs (no other
    name, target in its headline, armed group or victims) and no count of its own unless its
    headline says it follows up ("deuil national de 72 heures"), and it comes as long after as it
    says."""
    if later.own_event is not None or later.again or later.several or later.sequel:
        return False
    if _another_days_deed(later, earlier) or later.more_dead:
        return False  # a new attack a day later, told under a bland headline ("a day after", "three more")
    if _tells_another_deed(later, earlier):
        return False
    if later.region and not later.events and not _names_town(later, earlier):
        # A province holds many incidents: a statement on it naming no kind of event, nor the
        # earlier report's town or site, cannot say which.
        return False
    if earlier.event not in AFTER_EFFECTS or (later.casualties and not (later.follow_up and later.counts <= earlier.counts)):
        return False  # "deux bergers tués", "toll rises to 31": people killed may be another incident's (`_names_event`)
    # Something ties it to the incident: its text says it came after the earlier report's kind of
    # event, or how long after; or its headline says it follows one up (mourning, a burial, a vow)
    # and its text tells of the incident (its kind of event, its dead, its target), not of floods.
    told = bool(later.events) or later.dead or bool(later.targets & earlier.targets)
    if not ((later.follow_up and told) or earlier.event in later.recalls or later.days_after is not None):
        return False
    if later.events and (earlier.event not in later.events or not later.events & VIOLENCE <= earlier.events):
        return False  # its text tells of another kind of event, or of other violence too
    if not _known(later.news_names, earlier) or not later.title_targets <= earlier.targets:
        return False  # a target its headline names that the earlier report did not: somewhere else in the city
    if _differ(later.groups, earlier.groups) or _differ(later.victims, earlier.victims):
        return False
    if not later.follow_up and not later.counts <= earlier.counts:
        return False  # "54 students unaccounted for", "five dead in X": a toll of its own may be another incident's
    return _when_it_says(later, earlier)


def _told_nearby(later: Report, earlier: Report) -> bool:
    """Whether a later report at a place near the earlier one's (`NEAR`), naming that place, tells
    what came of its incident there: its text names the earlier report's event, its headline
    leads with none of its own or the same one (the city's hospital "overwhelmed by the wounded",
    relatives at the city's morgue), and it names nothing that differs: no other name, armed
    group or victims, no aftermath (a protest, arrests), no other incident or earlier one
    ("the day after the attack on X"). A headline with no event of its own says where its news
    is (a hospital, a morgue), not what was hit."""
    if earlier.event is None or earlier.event not in later.events or later.again or later.sequel or later.several:
        return False
    if later.own_event is not None and (later.own_event != earlier.event or _differ(later.title_targets, earlier.targets)):
        return False
    if later.events & AFTERMATH and not earlier.events & AFTERMATH:
        return False
    if _after_it_elsewhere(later, earlier):
        # Its own deed at its own town, which its text says came after the earlier one's ("sept
        # orpailleurs tués ... quelques heures après le massacre de déplacés à Fataki, à une
        # trentaine de kilomètres"): a second incident nearby, not what came of the first there.
        return False
    if not _known(later.names, earlier) or _differ(later.groups, earlier.groups):
        return False
    return not _differ(later.victims, earlier.victims)


def across_languages(a: Report, b: Report) -> bool:
    """Whether two reports are in different languages, where their texts' likeness says nothing."""
    return bool(a.lang) and bool(b.lang) and a.lang != b.lang


def _same_across(later: Report, earlier: Report) -> bool:
    """Whether a report in another language tells the same incident though its words cannot
    show it: the same kind of event, and the same armed group or target named, and nothing
    named that differs (no other place, target, victims or group, no aftermath)."""
    if later.own_event is None or later.own_event not in earlier.events or later.events & AFTERMATH:
        return False  # its headline must say what happened, not only what it came after
    if later.own_event in earlier.recalls - earlier.own_events and not later.title_targets & earlier.title_targets:
        # The earlier report names that kind only as what its own news came after ("suicide bomber
        # kills traders at the market ... hours after troops repelled an attack on the base"), and
        # its headline hit another target: a claim of storming the base tells that earlier deed, not
        # the market's bombing. With the same target in both headlines ("bombardeo contra un
        # mercado" beside "shells hit the market"), the kind is a word's reading, the target the tie.
        return False
    if later.sequel or later.again or earlier.again:
        return False  # "a day after", "again": a place with two incidents, and words that cannot tell which
    if not _known(later.names, earlier) or not later.title_targets <= earlier.targets:
        return False
    if _differ(later.victims, earlier.victims) or _differ(later.groups, earlier.groups):
        return False
    # The same count in both headlines ("13 mineros", "13 mineurs") says so in any language.
    return bool(later.groups & earlier.groups or later.targets & earlier.targets or later.counts & earlier.counts)


def arrests_over_incident(later: Report, earlier: Report) -> bool:
    """Whether a later headline leading with arrests may be over the earlier report's incident:
    its text names that kind of event, and no other target, group or victims. It reads neither
    places nor times: the caller asks that the arrests follow an incident up (`Report.follow_up`,
    `bot.incident.arrests_over`) and that nothing else in them says another incident (grouping
    asks the same place; `bot.regionjoin` other towns, another time, a plot foiled)."""
    if later.event != "arrest" or earlier.event is None or earlier.event not in later.events:
        return False
    if _differ(later.title_targets, earlier.targets) or _differ(later.groups, earlier.groups):
        return False
    return not _differ(later.victims, earlier.victims)


def _other_slain(later: Report, earlier: Report) -> bool:
    """Whether a later headline is over one person's killing ("arrest two over the killing of a
    trader", `Report.one_slain`) where the earlier headline counts several ("gunmen kill 11
    farmers"): another killing, whatever kind of event both name."""
    return later.one_slain and bool(earlier.counts)


def _released(later: Report, earlier: Report) -> bool:
    """Whether a later headline telling a release of the kidnapped is of the earlier report's
    kidnapping: it was one, and the release names no other place, target, group or victims."""
    if earlier.event != "kidnap" or later.again or not _known(later.names, earlier):
        return False
    if _differ(later.title_targets, earlier.targets) or _differ(later.groups, earlier.groups):
        return False
    return not _differ(later.victims, earlier.victims)


SAME_COUNT = 3  # the same day, in two languages, a count this large in both headlines tells one incident


def _same_count(a: Report, b: Report) -> bool:
    """Whether two headlines in two languages at one place the same day give the same count ("12
    personnes tuées", "gangs kill 12"; "twenty bodies", "20 cuerpos"), of at least `SAME_COUNT`,
    and name nothing that differs: no other name, target, victims or group, no other incident or
    an earlier one."""
    if a.again or b.again or a.sequel or b.sequel:
        return False
    if not any(int(n) >= SAME_COUNT for n in a.counts & b.counts):
        return False
    if not (_known(a.names, b) and _known(b.names, a)) or _differ(a.title_targets, b.title_targets):
        return False
    return not (_differ(a.victims, b.victims) or _differ(a.groups, b.groups))


def _elsewhere(a: Report, b: Report) -> bool:
    """Whether two headlines at one city tell two places in it: one names a district or a
    place the other never does ("Kalaban Coura : une fusillade"), and the other a watched place
    it does not name (the city's gendarmerie school)."""
    if not a.names or a.names & b.words or b.primary_kind == "country":
        return False
    return bool(b.places - a.places - a.parents - {b.primary} - b.parents)


def _roots_across(later: Report, earlier: Report) -> bool:
    """Whether a report in another language a day later, at the same city or site, tells the
    same incident by the roots its words share with the earlier one (`LATER_COGNATES` of them:
    the names of a camp, a district, a victim, and words such as "massacre"), naming nothing
    that differs and saying it is no other incident."""
    if later.primary_kind == "country" or later.sequel or later.again or earlier.again:
        return False
    if later.events & AFTERMATH and not earlier.events & AFTERMATH:
        return False
    if not _known(later.names, earlier) or _differ(later.title_targets, earlier.targets):
        return False
    if _differ(later.victims, earlier.victims) or _differ(later.groups, earlier.groups):
        return False
    return len(later.cognates & earlier.cognates) >= LATER_COGNATES


def _names_town(later: Report, earlier: Report) -> bool:
    """Whether a later country-wide report names, in its text, the town or site the earlier
    report is at (and no other watched town or site: its other places are the earlier report's
    or countries it lies in), so that it tells of that place as a report there would. So too a
    region's report ("des passagers enlevés dans l'ouest de l'Oromia", its summary saying Dembi
    Dolo), its region besides."""
    if later.primary_kind != "country" and not later.region:
        return False
    if later.region and earlier.primary == later.primary:
        return False  # "la région de Ségou" names the region, not its namesake town
    if earlier.primary_kind == "country" or earlier.primary not in later.places:
        return False
    own = frozenset({later.primary}) if later.region else frozenset()
    # Besides those, the town's own province ("in Gwoza, in Nigeria's Borno state"): where the town is.
    return all(_province_of(place, earlier) for place in later.places - earlier.places - later.countries - own)


def _province_of(place: str, report: Report) -> bool:
    """Whether a watched place's name is that of the first-level division a report's town lies in
    (`Report.division_words`, GeoNames' admin1)."""
    words = _name_words(place) - PROVINCE_NOUNS
    return bool(words) and bool(report.division_words) and words <= report.division_words


def _told_of_the_town(later: Report, earlier: Report) -> bool:
    """Whether a country's report the same day tells the town's incident as a wire does: its text
    places its news at the town (names it, and no other watched place but the town's province,
    `_names_town`; not only aside nor beside another town named as where, `Report.asides`), its
    headline leads with the town report's kind of event as its own, says nothing "again" or
    "after", and names no other target, armed group or victims ("Niger: gunmen kill nine at a
    wedding", its summary saying "in Dosso", beside "Gunmen attack wedding party in Dosso"; not
    "...in Gaya; the wounded were taken to Dosso")."""
    if later.own_event is None or later.own_event != earlier.event or later.again or later.sequel or later.recalls:
        return False
    if abs(later.when - earlier.when) > SAME_DAY or not _names_town(later, earlier):
        return False
    if earlier.primary in later.asides or not _known(later.names, earlier):
        return False  # its news is elsewhere: "struck in Gaya; the wounded were taken to Dosso"
    if _differ(later.targets, earlier.targets) or _differ(later.groups, earlier.groups):
        return False
    return not _differ(later.victims, earlier.victims)


def _apart(a: Report, b: Report) -> bool:
    """Whether two country-wide reports each say where, and not the same place ("Dori" and
    "Djibo"): whatever their words, two incidents. Where is what the headline names or, beside
    it or in the text, a town's name (`_where`). Not when either follows an incident up (a toll,
    a claim, a national mourning, a burial): its places are often where the aftermath is told (the
    capital where a government speaks, the region holding the town), and whether it follows up
    this story's incident is for `relation`'s own rules to say, not for its places alone."""
    if a.follow_up or b.follow_up:
        return False
    if a.names and b.names and not (a.names & b.words or b.names & a.words):
        return True
    where_a, where_b = _where(a), _where(b)
    if not where_a or not where_b:
        return False
    # Not apart when either's text has a word of a place the other names ("Kayes" beside
    # "Sandaré, in the Kayes region"): the same place, or one near it, told otherwise.
    return not any(set(name) & b.words for name in where_a) and not any(set(name) & a.words for name in where_b)


def _where(r: Report) -> list[tuple[str, ...]]:
    """The towns, as folded words, a country's report says its incident was at: "l'attaque du
    poste de Diboli" and "their camp in Sandaré", "près d'Arbinda" and "in Burkina Faso's
    capital" are two incidents the same day. The watched towns and sites its text names (not
    aside, not a road's end), the capital its headline speaks of, and its headline's other names
    that are no everyday word ("Mali: Death toll...") nor a province's ("toque de queda en Los
    Ríos" holds Quevedo): a province holds many towns."""
    if r.primary_kind != "country":
        return []
    provinces = _province_words(r.primary) if r.names else frozenset()
    named = [
        words for words in (tuple(n.split()) for n in r.names) if not any(is_everyday_word(w) or w in provinces for w in words)
    ]
    if r.capital is not None:
        named.append(folded_name(r.capital))
    told = r.places - r.countries - r.asides - r.route_ends - {r.primary}
    named.extend(folded_name(p) for p in sorted(told))
    return named


# Places where civilians gather, whose attack is not an attack on the security forces.
CIVILIAN_TARGETS = frozenset({"worship", "school", "market", "hotel", "hospital", "bank", "village", "displaced"})


def _hit_apart(a: Report, b: Report) -> bool:
    """Whether one headline says the security forces were hit ("National Guard patrol ambushed",
    "four soldiers killed") and names no place that was, and the other names a place where
    civilians gather ("gunmen kill nine at a bar", "blast at mosque") and no forces among the
    dead: two incidents in one city the same day, though both lead with armed violence."""
    return _forces_only(a, b) or _forces_only(b, a)


def _forces_only(forces: Report, civil: Report) -> bool:
    # Both headlines tell an attack of their own, or the forces' dead as their own news ("Policeman
    # killed hours after market attack": the market named only after its "after", as what came
    # before), not as some of the dead of that event ("two soldiers among the dead after the
    # market attack", "policeman dies of wounds after...": `among_its_dead`): "drame à l'école de
    # gendarmerie", telling neither, may be the soldier's death told again; and neither follows
    # one up ("les FDS démentent toute implication dans l'attentat du marché": who denies is no victim).
    return (
        not forces.follow_up
        and not civil.follow_up
        and (forces.own_event is not None or (forces.casualties and not forces.dead_of_earlier))
        and civil.own_event is not None
        and "forces" in forces.victims
        and not forces.own_targets
        and "forces" not in civil.victims
        and bool(civil.title_targets & CIVILIAN_TARGETS)
    )


def _differ(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not (a & b)


def quiet_follow_up(later: Report, reports: Sequence[Report]) -> bool:
    """Whether a report a day or two after an incident's first report, at the same city or site,
    is what came of it though it says so in no word the rules read ("Parents of the abducted
    pupils plead with government", "families of the dead received by the governor"): its
    headline tells no event of its own, no dead as news, nothing "again", no other place, name,
    target, group, victims or kind of event than the incident's reports, and its text names the
    incident's target, group or victims and tells its kind of event or its dead. `reports`: the
    incident's, its first first. The caller asks that this be the one incident at the place in
    the window: with two, it could follow up either."""
    if not _later_there(later, reports, FOLLOW_UP_HOURS) or later.casualties or later.only_after:
        return False
    if not later.places <= frozenset().union(*(r.places | r.parents for r in reports)):
        return False
    told = _told(reports)
    if not later.news_names <= frozenset().union(*(r.words for r in reports)) or not later.events <= told.events:
        return False
    if _told(reports).differs(later):
        return False
    if later.primary_kind == "site" and later.follow_up and not later.events:
        return True  # "Gas supplies resume at the field": a site's reopening is of the incident there
    tie = later.targets & told.targets or later.groups & told.groups or later.victims & told.victims
    return bool(tie) and (bool(later.events & told.events) or later.dead)


@dataclass(frozen=True)
class _Told:
    """What an incident's reports told between them: what was hit, by whom, who, and what happened."""

    targets: frozenset[str]
    groups: frozenset[str]
    victims: frozenset[str]
    events: frozenset[str]

    def differs(self, later: Report) -> bool:
        """Whether a later report's headline names a target, or its text a group or victims, that they did not."""
        targets, groups = _differ(later.title_targets, self.targets), _differ(later.groups, self.groups)
        return targets or groups or _differ(later.victims, self.victims)


def _told(reports: Sequence[Report]) -> _Told:
    return _Told(
        frozenset().union(*(r.targets for r in reports)),
        frozenset().union(*(r.groups for r in reports)),
        frozenset().union(*(r.victims for r in reports)),
        frozenset().union(*(r.events for r in reports)),
    )


def _later_there(later: Report, reports: Sequence[Report], latest_hours: float) -> bool:
    """Whether a report comes after the day of an incident's first report, at most `latest_hours`
    after it, at the city or site of one of its reports (not a country or a region), with no
    event of its own and nothing "again" or of several incidents: what the rules of the one
    incident at a place ask first."""
    hours = (later.when - reports[0].when).total_seconds() / 3600
    if not EVENT_HOURS < hours <= latest_hours or later.primary_kind == "country" or later.region:
        return False
    if later.own_event is not None or later.again or later.several or later.sequel:
        return False
    if all(_another_days_deed(later, r) for r in reports) or later.more_dead:
        return False  # a deed of its own a day later ("on Sunday, a day after Saturday's attack"; "three more")
    return any(r.primary == later.primary for r in reports)


def after_the_one_incident(later: Report, reports: Sequence[Report], window_hours: float) -> bool:
    """Whether a later report at a city or site is of the one incident there in the window, though
    its words tie it less than `quiet_follow_up` asks: an analyst who knows of one attack in a town
    this week reads "Governor visits the wounded", "Flights resume as calm returns" or "Families
    receive the bodies" there as that attack's aftermath. Its headline tells no event of its own
    and nothing "again", no target, group or victims that differ, no kind of event the incident's
    reports do not tell (arrests of suspects aside), and it tells of an incident at all: an event
    word, a follow-up, a release, the dead or their mourners, what an incident leaves the people
    and the place (the displaced, a probe, work suspended, an envoy summoned: `consequences`), or
    the incident's target or group.
    Measured over the 17 labelled same-incident sets read before, it joined reports in 8 of them
    and merged no two incidents; a report of a new attack names its own event and stays a story
    of its own. Another target in its headline is no contradiction here unless it comes with a
    toll, a count or victims the incident's reports did not name ("Geidam market reopens as
    displaced residents return" after ISWAP stormed the town): over the 24 spent story sets, the
    reports a day or two after an incident at its town refused only for another target, group or
    victims were that incident's in 7 of 7 (story24), two of them a market reopening after an
    attack elsewhere in the town (with two incidents there, a reopening follows up only the one
    that hit it: `relation`). The caller asks that this be the one
    incident at the place in the window."""
    if not _later_there(later, reports, window_hours):
        return False
    told = _told(reports)
    if _differ(later.groups, told.groups) or _differ(later.victims, told.victims) or later.events - told.events - SUSPECTS_HELD:
        return False
    if _differ(later.title_targets, told.targets) and (
        later.casualties
        or later.counts
        or later.victims - told.victims
        or (later.events - SUSPECTS_HELD and not later.targets & told.targets)
    ):
        # Another target hit, with its own toll, victims or a deed its text tells of no target the
        # incident's reports named ("gunmen opened fire on worshippers at a church": new; "short of
        # blood after the attack on the gendarmerie": the incident's): when unsure, send.
        return False
    if (
        later.events
        or later.follow_up
        or later.release
        or later.recalls
        or later.dead
        or later.targets & told.targets
        or later.groups & told.groups
    ):
        return True
    # What an incident leaves, and nothing more: not when the headline names what the incident's
    # reports never did ("Thousands displaced from Léré reach Koury"), nor a new threat
    # ("displaced as jihadists encircle Koury": `consequences` reads none beside armed men).
    return later.consequences and later.news_names <= frozenset().union(*(r.words for r in reports))


SUSPECTS_HELD = frozenset({"arrest"})  # what comes of any incident: suspects held


# Reasons, as `explain` and `python -m bot story` print them.
WHY_SAME_TEXT = "the texts say the same thing"
WHY_SAME_EVENT = "same place, same kind of event, close in time"
WHY_RELATED = "same place, close in time, texts alike"
WHY_SAME_TARGET = "same place, same target, close in time"
WHY_FOLLOW_UP = "a follow-up (toll, claim, mourning) of the same event at the same place"
WHY_MORE_OF_IT = "a later report of the same event at the same place, alike, naming nothing new"
WHY_SAME_COUNT = "in another language the same day: same place, the same count in both headlines, nothing that differs"
WHY_COGNATES = "in another language the same day: same place, the texts share their roots"
WHY_ROOTS_LATER = "in another language, later: same place, the texts share their roots, nothing new"
WHY_UNLIKE = "no event in common and texts not alike"
# Across languages, texts' likeness says nothing: not alike is no contradiction there.
WHY_COUNTRY_ACROSS = "a country-wide report hours apart, in another language, naming no group, target or count of it"
WHY_REGION_LATER = "a day later, it speaks of the city's region, not the city, and follows nothing up"
WHY_LATER = f"more than {EVENT_HOURS:g} h apart, and nothing says the later one follows the first up"
TOO_LITTLE = (WHY_UNLIKE, WHY_COUNTRY_ACROSS)
WHY_OTHER_KIND = "the headlines lead with different kinds of event"
WHY_OTHER_TARGET = "the headlines name different targets"
WHY_AFTER_IT = "the later headline tells an event of another kind that came after the earlier one's"
# What a report's headline says against a story's first report, which the story's other reports
# outvote only when one of them leads as the report does (`_leads_alike`).
_CONTRADICTIONS = (WHY_OTHER_KIND, WHY_OTHER_TARGET)
WHY_COUNTRY_UNLIKE = "a country-wide report hours apart with texts not alike"
# What says only that the rules found no tie, not that anything differs: a report at the story's
# place within `FOLLOW_UP_HOURS` joins it by default when every report of it says no more than this.
NO_TIE = (*TOO_LITTLE, WHY_LATER, WHY_OTHER_KIND, WHY_COUNTRY_UNLIKE)
# A region's report a day after a town's says no more than that either, when it tells what came of it.
DEFAULT_WHYS = (*NO_TIE, WHY_REGION_LATER)
WHY_ELSEWHERE = "different places"
WHY_TOWN_IN_TEXT = "a country's report the same day whose text names the town: its kind of event, nothing that differs"
WHY_DEFAULT = "same place within two days, and nothing in it contradicts the incident's reports"
WHY_DATED_TO = "a later report of the same kind of event at the same place, dating it to the earlier one's day"
WHY_LEFT_BY_ITS_DAY = "a later report leading with no deed of its own, dating the incident's deed to the earlier one's day"
WHY_QUIET = "a day or two later at the same place, the one incident there: no event of its own, its target or group, nothing new"
WHY_ONE_INCIDENT = "later at the same place, the one incident there in the window: no event of its own, what came of it"
WHY_AFTERMATH = "a later report at the same place telling what came after its event, naming nothing new"
WHY_TOLD_BELOW = "same place, close in time: its headline tells only its news, its summary the same target"
WHY_ACROSS_LANGUAGES = "in another language: same place, same kind of event, same armed group or target, nothing new"
WHY_NEARBY = "at a place near the first, naming it: what came of the same event there, naming nothing new"
WHY_CAME_AFTER = "a later report at the same place saying it came after its violence, naming nothing new"
WHY_RELEASE = "a release of the kidnapped at the same place, naming nothing new"
WHY_CAME_OF_IT = "a later report at the same place whose headline tells no event of its own, what came of this one"
# A day later, with one report:
FOLLOWS = (
    WHY_CAME_AFTER,
    WHY_RELEASE,
    WHY_FOLLOW_UP,
    WHY_MORE_OF_IT,
    WHY_ACROSS_LANGUAGES,
    WHY_ROOTS_LATER,
    WHY_AFTERMATH,
    WHY_NEARBY,
    WHY_CAME_OF_IT,
)


def relation(
    a: Report, b: Report, window_hours: float, inside: frozenset[str] = frozenset(), said: frozenset[str] = frozenset()
) -> tuple[str | None, str]:
    """Whether two reports describe one incident: (SAME or WITHIN, why) when they do, (None, why
    not) when they do not (see the module's account of the rules). `inside`, `said`: see `place_agreement`."""
    hours = abs((a.when - b.when).total_seconds()) / 3600
    if hours > window_hours:
        return None, "further apart in time than the window"
    level = place_agreement(a, b, inside, said)
    if level is None:
        return None, WHY_ELSEWHERE
    if a.primary_kind == b.primary_kind == "country" and _apart(a, b):
        return None, "the headlines name different places in the country"
    later = a if a.when > b.when else b
    earlier = b if later is a else a
    if (_after_it(later, earlier) or _after_it_elsewhere(later, earlier)) and text_likeness(a, b) < SAME_TEXT:
        return None, WHY_AFTER_IT
    if level in (NEAR, WITHIN) and hours <= FOLLOW_UP_HOURS and later is a and _near_by(a, b) and _told_nearby(later, earlier):
        # What came of it at a nearby place that names it, the same day too, follows it up; so
        # too at a city its story named ("la cárcel de Támara, cerca de Tegucigalpa"), as within.
        return level, WHY_NEARBY
    # A country's report whose text names the town (and no other) reads, for what came after, as a report there.
    there = level == SAME or (level == WITHIN and later is a and _names_town(later, earlier))
    if there and EVENT_HOURS < hours <= FOLLOW_UP_HOURS and RULES["follow_up"] and _came_after(later, earlier):
        return level, WHY_CAME_AFTER
    # A toll, a claim, mourning that names the event, up to two days later, at the same place or
    # a country's report within it; whatever its headline leads with ("toll rises as police arrest
    # three suspects").
    # Arrests that name their incident follow it up at its place up to `ARREST_HOURS` after:
    # suspects are held in the days after (`arrests_over_incident`).
    follow_up = (
        (hours <= FOLLOW_UP_HOURS or (hours <= ARREST_HOURS and level == SAME and arrests_over_incident(later, earlier)))
        and not later.again
        and later.follow_up
        and not _another_days_deed(later, earlier)
        and (not later.release or "kidnap" in earlier.events)  # a release follows up a kidnapping only
        # a kidnapping its headline tells as its own follows up a report that told one ("police confirm
        # kidnapping of 12 teachers" a day after gunmen shot traders at the market is news of its own;
        # not "attack", which any family's deed is called: "behind the attack" after a truck bomb)
        and ("kidnap" not in later.own_events or "kidnap" in earlier.events)
        # a reopening, only the incident that hit what reopens (not the ambush in another district)
        and (not later.reopening or bool(later.title_targets & earlier.targets))
        and _names_event(later, earlier)
        and _when_it_says(later, earlier)
    )
    told_apart = hours <= COUNTRY_HOURS and "country" not in (a.primary_kind, b.primary_kind) and _violence(a, b)
    if not events_agree(a, b) and not told_apart:
        if text_likeness(a, b) >= SAME_TEXT:
            return level, WHY_SAME_TEXT
        if follow_up and RULES["follow_up"]:
            return level, WHY_FOLLOW_UP
        return None, WHY_OTHER_KIND
    if hours > EVENT_HOURS:
        # A country's report whose text names the incident's town or site, and leads with its kind
        # of event ("Somali port city hotel siege ends", its summary saying Kismayo), tells of that
        # place as a report there would: the rules a day later that need the same place read it so.
        here = level == SAME or (
            level == WITHIN and later is a and later.own_event == earlier.event and _names_town(later, earlier)
        )
        if later.release and _released(later, earlier) and level == SAME and RULES["follow_up"]:
            return level, WHY_RELEASE  # however late in the window: hostages are held for days
        if hours <= FOLLOW_UP_HOURS and not later.again:
            if follow_up:
                return level, WHY_FOLLOW_UP
            if later.region and not earlier.region and not _names_town(later, earlier):
                # "Région de Ségou : affrontements" a day after an attack in Ségou: anywhere in the region
                # (unless its text names the town: then it is of that town, as a country's report).
                return None, WHY_REGION_LATER
            known = level == WITHIN or later.primary_kind != "country"
            if RULES["follow_up"] and here and known and _adds_nothing(later, earlier):
                return level, WHY_MORE_OF_IT
            if RULES["follow_up"] and here and _dated_to(later, earlier):
                return level, WHY_DATED_TO
            if RULES["follow_up"] and there and _left_by_its_day(later, earlier):
                return level, WHY_LEFT_BY_ITS_DAY
            if RULES["across"] and here and across_languages(a, b) and _same_across(later, earlier):
                return level, WHY_ACROSS_LANGUAGES
            if RULES["across"] and level == SAME and across_languages(a, b) and _roots_across(later, earlier):
                return level, WHY_ROOTS_LATER
        if RULES["follow_up"] and level == SAME and _aftermath_of(later, earlier):
            return level, WHY_AFTERMATH  # as late as it says it is ("two days after"), in the window
        if RULES["follow_up"] and there and hours <= FOLLOW_UP_HOURS and _came_of_it(later, earlier):
            return level, WHY_CAME_OF_IT
        if text_likeness(a, b) >= SAME_TEXT and not _another_days_deed(later, earlier):
            return level, WHY_SAME_TEXT  # not a deed of its own a day later, however alike the words
        return None, WHY_LATER
    likeness = text_likeness(a, b)
    if likeness >= SAME_TEXT:
        return level, WHY_SAME_TEXT
    if RULES["target"] and _differ(a.title_targets, b.title_targets):
        return None, WHY_OTHER_TARGET
    if RULES["target"] and _elsewhere(a, b):
        return None, "the headlines name different places in it"
    if RULES["target"] and _hit_apart(a, b):
        return None, "one headline says the forces were hit, the other a place where civilians gather"
    if "country" in (a.primary_kind, b.primary_kind) and hours > COUNTRY_HOURS:
        if likeness >= COUNTRY_TEXT:
            return level, WHY_RELATED
        if RULES["target"] and a.events & b.events and a.title_targets & b.title_targets:
            return level, WHY_SAME_TARGET
        # A country's headline that tells only a toll at the target ("22 civils tués sur un marché"),
        # its text naming the town: the same target there, and no other kind of event.
        toll_there = _names_town(later, earlier) and later.events <= earlier.events
        if RULES["target"] and a.title_targets & b.title_targets and toll_there:
            return level, WHY_SAME_TARGET
        if RULES["target"] and later is a and _told_of_the_town(later, earlier):
            return level, WHY_TOWN_IN_TEXT
        if follow_up and RULES["follow_up"]:
            return level, WHY_FOLLOW_UP  # as it would a day later ("calm restored in the capital after gunfire")
        if RULES["across"] and across_languages(a, b) and _same_across(a, b) and _same_across(b, a):
            return level, WHY_ACROSS_LANGUAGES
        if across_languages(a, b):
            return None, WHY_COUNTRY_ACROSS
        return None, WHY_COUNTRY_UNLIKE
    if a.events & b.events:
        return level, WHY_SAME_EVENT
    if RULES["target"] and a.title_targets & b.title_targets:
        return level, WHY_SAME_TARGET
    if RULES["follow_up"] and level == SAME and _told_below(later, earlier):
        return level, WHY_TOLD_BELOW
    if likeness >= RELATED_TEXT and not _aftermath_of_none(a, b):
        return level, WHY_RELATED
    if RULES["across"] and level == SAME and across_languages(a, b) and len(a.cognates & b.cognates) >= SHARED_COGNATES:
        return level, WHY_COGNATES
    if RULES["across"] and level == SAME and across_languages(a, b) and _same_count(a, b):
        return level, WHY_SAME_COUNT
    if RULES["follow_up"] and there and _came_of_it(later, earlier):
        return level, WHY_CAME_OF_IT
    return None, WHY_UNLIKE


def same_story(a: Report, b: Report, window_hours: float) -> bool:
    """Whether two reports describe one incident (see the module's account of the rules)."""
    return relation(a, b, window_hours)[0] is not None


def explain(a: Report, b: Report, window_hours: float) -> str:
    """Why two reports, `a` the later, are or are not one story, in words."""
    level, why = relation(a, b, window_hours)
    if level is None:
        return f"not one story: {why}"
    if level == WITHIN and KINDS.index(a.primary_kind) > KINDS.index(b.primary_kind):
        return (
            "one story only if no report of it said where in the city, within hours, and no other incident"
            f" fits as well: {why} (the later names {a.primary} in {b.primary}, the earlier nowhere in it)"
        )
    if level == WITHIN:
        place = a.capital if a.capital and a.capital in b.places else a.primary
        where = f"the later names only {a.primary}, and {b.primary} is in {place}"
        if a.primary_kind != "country":
            return (
                "one story only if they share a target or group (or it tells nothing else, within hours)"
                f" and no other incident fits as well: {why} ({where})"
            )
        return f"one story if no other incident fits as well: {why} ({where})"
    if level == NEAR:
        apart = f"{distance_km(*a.point, *b.point):.0f} km apart" if a.point and b.point else "in one province"
        return f"one story, at places near each other: {why} ({a.primary} and {b.primary}, {apart}; the later names the other)"
    return f"one story: {why}"


# Aftermath that comes of an incident itself: suspects held. (A curfew or a protest is news of its own:
# the spent sets label most curfews after an attack a story of their own.)
HELD_OVER = frozenset({"arrest"})


def _held_over(later: Report, first: Report) -> bool:
    """Whether a later headline leads with what an incident brings on itself, arrests or a curfew,
    and its text names the incident's kind of event ("curfew imposed after violence", "police
    arrest two suspects over the bus attack")."""
    if _other_slain(later, first):
        return False
    return later.follow_up and later.event in HELD_OVER and bool((later.events - AFTERMATH) & first.events)


DEFAULT_SCORE = 0.505  # a default join: above a story's bar (one half), below every join the rules find


def contradiction(later: Report, reports: Sequence[Report], places: frozenset[str]) -> str | None:
    """What in a later report says it is not the incident these reports told (`reports`, the
    first first), or None: it says another incident, several, or an earlier one; its headline
    names another place, target or victims, its text another armed group; its headline gives
    another count (a toll that does not say it follows one up); it leads with a kind of event the
    first report did not tell (one kind of violence for another aside), or with an aftermath of
    its own (a protest; arrests or a curfew that do not name the incident's kind of event); a day
    later, it tells an event of its own as news; it names a watched place none of them did
    (`places`: the story's); or, beside one of them, its headline says the forces were hit and the
    other a place where civilians gather (`_hit_apart`), or each names a part of the city the
    other does not (`_elsewhere`)."""
    first = reports[0]
    if not (later.events or later.follow_up or later.release or later.recalls) and not _that_days_news(later, first):
        return "it tells no event, nor that it follows one up"  # `quiet_follow_up` reads these, with the one incident there
    held = _held_over(later, first)
    if later.again or later.several or (later.sequel and not held):
        return "it says another incident, several, or an earlier one"
    if all(_another_days_deed(later, r) for r in reports) or later.more_dead:
        # "Gunmen attacked the camp on Sunday, a day after Saturday's attack"; "killed three more traders"
        return "its text tells a deed of another day than its incident's, or more dead of a new deed"
    # The cheap checks, of the first report, before those of every report.
    own = later.own_event
    violence = VIOLENCE | BREAKOUT
    # "X claims the attack"; not a visit whose summary names its violence (that says which incident)
    claims = later.follow_up and later.event in violence and first.event in violence and not later.visit
    if later.event is not None and later.event not in first.events and not held and not claims:
        return "it leads with a kind of event its incident's first report did not tell"
    if first.event in AFTERMATH and (later.event != first.event or later.when - first.when > SAME_DAY):
        # Protests, arrests and curfews recur in a city day after day, each over its own cause.
        return "its incident is an aftermath (arrests, a curfew, a protest): another thing, or a day later"
    if later.event in AFTERMATH and later.event not in first.events and not held:
        return "it leads with an aftermath (arrests, a curfew, a protest), news of its own"
    if not _when_it_says(later, first):
        return "it says it comes longer after its incident than this one"
    if own is not None and not later.follow_up and not held and later.when - _news_since(later, reports) > SAME_DAY:
        return "a day later, its headline tells an event of its own as news"
    if later.places - places - later.countries:
        return "it names a watched place its incident's reports did not"
    if later.names:
        words = frozenset().union(*(r.words for r in reports))
        if not (later.names <= words or later.names - words <= first.division_words):
            return "its headline names another place"
    if _told(reports).differs(later):
        return "it names another target, armed group or victims"
    if later.counts and not later.follow_up and _differ(later.counts, frozenset().union(*(r.counts for r in reports))):
        return "its headline gives another count"
    if any(_hit_apart(later, r) or _elsewhere(later, r) for r in reports):
        return "it tells another part of the city, or another kind of victim"
    return None


def _that_days_news(later: Report, first: Report) -> bool:
    """Whether a report telling no event is, at its incident's town, news of that incident's day:
    a city's or site's report (not a country's or a region's, which hold many incidents) within
    `SAME_DAY` of the incident's first report, telling no one killed or wounded and giving no count
    (a deed in words the rules do not read: "trois éleveurs retrouvés sans vie"). "Diapaga : les commerces restent
    fermés" that morning, after the night's attack on the town's gendarmerie, is that attack's: over
    the 24 spent story sets, every such report at the place of an incident that day (9 of 9) was
    that incident's. The other contradictions still hold (another target, place, count, group)."""
    if not first.events or later.primary_kind not in ("city", "site") or later.region or later.casualties or later.counts:
        return False  # (a first report telling no event is no incident: "colère devant les stations-service")
    return timedelta(0) <= later.when - first.when <= SAME_DAY


def _news_since(later: Report, reports: Sequence[Report]) -> datetime:
    """From when a later report's own event counts as news of a later day (`contradiction`): the
    incident's first report; but on the incident's day (`INCIDENT_DAY` after its first report),
    while it is still being told, the latest of its reports, when the later headline leads with
    the kind of event its first report led with. An analyst reads "Assaut repoussé à Pama : trois
    gendarmes tombés" that evening, hours after the wires' rewrites of the night's attack on
    Pama's gendarmerie, as that attack told again, though the first report came 15 hours before,
    as the rules read it within `SAME_DAY` of the first; the next day, or once its reports have
    stopped for `SAME_DAY`, the same kind of event there is news of its own; and so is one at
    another target (its headline's or its summary's), or once no report naming its place has
    come for `SAME_DAY`. `reports`: the incident's, its first first."""
    first = reports[0]
    if later.own_event is None or later.own_event != first.event or later.when - first.when > INCIDENT_DAY:
        return first.when
    if _differ(later.targets, _told(reports).targets):
        return first.when  # the same kind of event at another target there: "gunmen storm the market"
    # Its place's own reports tell it still: a country's report ("Mali: gunmen attack police post")
    # does not keep a town's day going.
    if later.primary_kind not in ("city", "site"):
        return max(r.when for r in reports)  # a country's or a region's report: any of its reports
    return max((r.when for r in reports if later.primary in r.places), default=first.when)


@dataclass
class Story:
    """The reports grouped as one incident: the first, and the most recent few."""

    id: int
    first: Report
    recent: deque[Report] = field(default_factory=lambda: deque(maxlen=MEMBERS))
    last_seen: datetime | None = None
    places: frozenset[str] = frozenset()  # every place its reports named
    # `last_seen` as a POSIX timestamp, set with it (`StoryIndex.add`): finding the candidates
    # compares it with the window's start for every entry read, and `datetime.timestamp` of an
    # aware datetime costs more than the rest of that look.
    seen_at: float = 0.0

    def agreement(self, report: Report, window_hours: float) -> tuple[float, str | None, str]:
        """How well a report fits, at which place agreement, and why: a score of 1 when it
        agrees with the first report, else the share of recent reports it agrees with (a story
        joins only above one half)."""
        inside = self.places
        if report.primary_kind == "country" and (report.names or report.capital or len(report.places) > len(report.countries)):
            apart = next((r for r in (self.first, *self.recent) if r.primary_kind == "country" and _apart(report, r)), None)
            if apart is not None:
                return 0.0, None, "the headlines name different places in the country"
        said = self.said(report)
        level, why = relation(report, self.first, window_hours, inside, said)
        if level is not None:
            return 1.0 + 1e-3 * len(self.recent), level, f"{why} (as its first report)"  # ties: more reports
        relations = [relation(report, r, window_hours, inside, said) for r in self.recent]
        agreeing = [rel for rel in relations if rel[0] is not None]
        if not agreeing:
            default = self._by_default(report, why, relations, window_hours)
            if default is not None:
                return DEFAULT_SCORE, default, WHY_DEFAULT
            return 0.0, None, why
        share = len(agreeing) / (len(self.recent) + 1)
        after = why if why == WHY_AFTER_IT else next((rel[1] for rel in relations if rel[1] == WHY_AFTER_IT), None)
        if after is not None:
            # Its text says its own event came after one this story told ("attack the police camp ...
            # a day after three officers died in an IED blast nearby"): the press writes so of a second
            # incident, and of the first only as what came before. That another report of the story
            # (the minister's vow, the claim) reads as its follow-up hides the new attack.
            return 0.0, None, f"{after} (as one of its {len(self.recent) + 1} reports)"
        if (
            why in _CONTRADICTIONS
            and (report.own_event or report.title_targets)
            and not any(rel[1] in FOLLOWS for rel in agreeing)  # a follow-up leads with what came after
            and not any(_leads_alike(report, r) for r, rel in zip(self.recent, relations, strict=True) if rel[0] is not None)
        ):
            # Its headline contradicts the first report's (another target, another kind of event),
            # and the reports it agrees with lead with neither its target nor its event: they only
            # say less (a wire's "bomb near Awdheegle" beside "shells land in Awdheegle market").
            # A new incident in the same town the same day: when unsure, send.
            return min(share, 0.5), None, f"it contradicts its first report ({why}), and no report agreeing leads as it does"
        if (
            share <= 0.5
            and why in TOO_LITTLE
            and _known(report.names, self.first)
            and all(rel[0] is not None or rel[1] in TOO_LITTLE for rel in relations)
        ):
            # Nothing it says contradicts a report of the story (none names another event, target or
            # place: they only say too little alike), and some of them it agrees with.
            best = min(agreeing, key=lambda rel: rel[0] != SAME)
            return 0.51, best[0], f"{best[1]} (as {len(agreeing)} of its {len(self.recent) + 1} reports; none differs)"
        # A follow-up a day later follows up one report (often the one in its language), not most.
        follow = next((rel for rel in agreeing if rel[1] in FOLLOWS), None)
        if share <= 0.5 and follow is not None and RULES["follow_up"]:
            return 0.51, follow[0], f"{follow[1]} (as one of its {len(self.recent) + 1} reports)"
        if share <= 0.5 and why == WHY_LATER and self._told_on(report, relations):
            best = min(agreeing, key=lambda rel: rel[0] != SAME)
            return 0.51, best[0], f"{best[1]} (as {len(agreeing)} of its {len(self.recent) + 1} reports; the others only earlier)"
        if share <= 0.5:
            default = self._by_default(report, why, relations, window_hours)
            if default is not None:
                return DEFAULT_SCORE, default, WHY_DEFAULT
            return (
                share,
                None,
                f"it agrees with {len(agreeing)} of its {len(self.recent) + 1} reports only (not with its first: {why})",
            )
        best = min(agreeing, key=lambda rel: rel[0] != SAME)
        return share, best[0], f"{best[1]} (as {len(agreeing)} of its {len(self.recent) + 1} reports)"

    def _by_default(self, report: Report, why: str, relations: list[tuple[str | None, str]], window_hours: float) -> str | None:
        """The place agreement at which a report joins this story by default (None: it does not):
        it is at the story's place (the same, or within it) within `FOLLOW_UP_HOURS` of its first
        report (a town's or site's report, up to the window: `late_default`), no report of the
        story says more against it than that the rules found no tie (`DEFAULT_WHYS`: `NO_TIE`, or
        a region's report a day later), and nothing it names
        contradicts what the story's reports told (`contradiction`). A country's or region's report
        after `EVENT_HOURS` joins only when it tells what came of the incident, dated to its day.
        An analyst reads a second report from the same town within two days as the same incident
        unless something in it says otherwise."""
        if not RULES["default"] or why not in DEFAULT_WHYS:
            return None
        first = self.first
        hours = (report.when - first.when).total_seconds() / 3600
        if not 0 <= hours <= window_hours:
            return None
        if hours > FOLLOW_UP_HOURS and (report.primary_kind == "country" or report.region):
            return None  # later than two days, only a town's or site's report (`late_default`)
        # A country or a region holds many incidents, most at no watched place: hours later, its
        # report joins by default only when it tells what came of one (a toll, the dead, mourning,
        # a claim), dated, if it says when, to this incident's day (`_of_its_day`).
        told = (report.follow_up or report.dead or bool(report.recalls)) and _of_its_day(report, first)
        if (report.primary_kind == "country" or report.region) and hours > EVENT_HOURS and not told:
            return None
        # A report of the story at another place (the country's, a nearby town's) says nothing against
        # one at its first report's place.
        if not all(rel[0] is not None or rel[1] in (*DEFAULT_WHYS, WHY_ELSEWHERE) for rel in relations):
            return None
        level = place_agreement(report, first, self.places, self.said(report))
        if level not in (SAME, WITHIN):
            return None
        if contradiction(report, (first, *self.recent), self.places) is not None:
            return None
        return level

    def _told_on(self, report: Report, relations: list[tuple[str | None, str]]) -> bool:
        """Whether a report within `FOLLOW_UP_HOURS` of an incident's first report tells it on
        (the next morning's translation, a wire's rewrite of the evening's toll): it agrees with
        some recent report of it, and the others it does not agree with are only earlier (more
        than `EVENT_HOURS` before, or too little alike: none says another event, target or place);
        it leads with a kind of event the first report told, says nothing "again" or "after", and
        names nothing the incident's reports contradict (a name, a target in its headline, a group,
        victims, a count). The report it agrees with carries it, as a member of the story."""
        first = self.first
        if (report.when - first.when).total_seconds() / 3600 > FOLLOW_UP_HOURS or report.again or report.sequel:
            return False
        if report.event is None or report.event not in first.events or not _known(report.names, first):
            return False
        if not all(rel[0] is not None or rel[1] in (*TOO_LITTLE, WHY_LATER) for rel in relations):
            return False
        members = (first, *self.recent)
        if _told(members).differs(report):
            return False
        return not _differ(report.counts, frozenset().union(*(r.counts for r in members)))

    def said(self, report: Report) -> frozenset[str]:
        """The other names a report gives ("Cabo Delgado") that some report of this story says too."""
        if not report.names:
            return frozenset()
        members = (self.first, *self.recent)
        return frozenset(name for name in report.names if any(name in r.words for r in members))

    def victims_told(self) -> frozenset[str]:
        """Who its reports (the first and the recent) say was hit, in headline or summary
        ("forces", "civilians"): an ambush whose headline names no dead still told its soldiers'."""
        return frozenset().union(*(r.victims_told for r in (self.first, *self.recent)))

    def on_its_days(self, day: date | None) -> bool:
        """Whether a day a report names for its event (None: it names none) is one its reports
        were published on or dated their event to: a burial of those "killed on Wednesday" is
        of no incident of Monday."""
        return day is None or any(day in (r.when.date(), r.event_day) for r in (self.first, *self.recent))

    def headlined_target(self, report: Report) -> bool:
        """Whether one of this story's headlines names the target the report's headline names:
        what ties a follow-up to its incident's own news, not to an incident whose summary only
        recalled that target."""
        return any(r.title_targets & report.title_targets for r in (self.first, *self.recent))

    def led_with_kind(self, report: Report) -> bool:
        """Whether one of this story's headlines leads with the kind of event the report's
        headline names as its own (a bomber's, a bombing's)."""
        return report.own_event is not None and any(r.event == report.own_event for r in (self.first, *self.recent))

    def named_group(self, report: Report) -> bool:
        """Whether one of this story's reports names the report's armed group."""
        return any(r.groups & report.groups for r in (self.first, *self.recent))

    def evidence(self, report: Report) -> int:
        """What ties a report to this story beyond place and time: a shared target, a shared group,
        the site its reports are at named by the report too ("...freed inmates from Mpimba prison")."""
        members = (self.first, *self.recent)
        sites = sum(2 for r in members if r.primary_kind == "site" and r.primary in report.places)
        return sites + sum(2 for r in members if r.groups & report.groups) + sum(1 for r in members if r.targets & report.targets)


# What came of an incident, told a day or two later: its dead named choose among incidents at the place.
_OF_ITS_DEAD = (WHY_CAME_OF_IT, WHY_FOLLOW_UP, WHY_AFTERMATH, WHY_CAME_AFTER)

WHY_LATE_DEFAULT = "same place within the window, the one incident there, and nothing in it contradicts its reports"
WHY_NOT_LATE = "more than two days after its first report, and not the one incident at its place"


def late_default(report: Report, story: Story) -> bool:
    """Whether a report would join a story by default more than `FOLLOW_UP_HOURS` after its first
    report (up to the window): then only when it is the one incident at the report's place in the
    window, as an analyst who knows of one attack in a town this week reads its wounded evacuated,
    its hostages' families heard, two or three days on (`StoryIndex.decide`). With two incidents
    there, it could follow up either: when unsure, send. Over the 24 spent story sets, the reports
    two to three days after an incident at its place that nothing in them contradicts were that
    incident's (2 of 2); every other incident's report there told a deed of its own."""
    return (report.when - story.first.when).total_seconds() / 3600 > FOLLOW_UP_HOURS


def tells_of(report: Report, story: Story) -> bool:
    """Whether a report joining a story tells of its incident at all: an event, a follow-up (a
    toll, a claim, a burial), a release, an earlier event it recalls, or a target or group the
    story's reports share. A report that only shares the place and the days ("Kano emirate
    prepares for Durbar festival" beside a blast in Kano) tells of none."""
    return bool(report.events or report.follow_up or report.release or report.recalls or story.evidence(report))


def _quiet(report: Report, story: Story) -> bool:
    """Whether a city's report beside a site's incident in the city tells only that: the same
    kind of event within hours of its last report, and nothing of its own (no target, district,
    group or victims that differ, no "again"): "Bamako se réveille sous les tirs" beside the
    airport's attack."""
    first = story.first
    hours = (report.when - (story.last_seen or first.when)).total_seconds() / 3600
    if report.names or report.title_targets or report.again or report.event is None or report.event != first.event:
        return False
    if _differ(report.targets, first.targets) or _differ(report.groups, first.groups) or _differ(report.victims, first.victims):
        return False
    return hours <= COUNTRY_HOURS


def _said_nowhere(report: Report, story: Story) -> bool:
    """Whether a site's report beside a city's story is where that incident was: no report of the
    story said where in the city (a site, a district, a target), the site's report leads with the
    same event within hours of the story's last report, and names no other armed group or victims
    and no other incident."""
    first = story.first
    if report.primary_kind != "site" or first.primary_kind != "city" or report.again or report.event is None:
        return False
    hours = (report.when - (story.last_seen or first.when)).total_seconds() / 3600
    if hours > COUNTRY_HOURS:
        return False
    for member in (first, *story.recent):
        if member.primary_kind == "site" or member.names or member.title_targets or member.event != report.event:
            return False
        if _differ(report.groups, member.groups) or _differ(report.victims, member.victims):
            return False
    return True


@dataclass(frozen=True)
class Decision:
    """Which story a report joins (None: it starts one), why, and the story it came nearest to."""

    story: int | None
    why: str
    nearest: int | None = None


_NEVER = -math.inf  # the `seen_at` of a story the index no longer holds: before any window


class StoryIndex:
    """Recent stories, filed for finding a new report's candidates without scanning the window.

    Each list holds story ids in the order reports were added (the same int object for every
    entry of a story, 8 bytes an entry); a story's time is on the story itself. `forget_before`
    drops old stories and their entries.
    """

    def __init__(self, window_hours: float):
        self.window_hours = window_hours
        self.stories: dict[int, Story] = {}
        # Lists, not deques: most hold a story or two, and an empty deque costs 600 bytes.
        self._lists: dict[tuple[str, ...], list[int]] = defaultdict(list)
        # The word lists, by place then word: finding the candidates looks up each of a report's
        # words, and a plain word key costs less to hash than a tuple made for each look-up.
        self._words: dict[str, dict[str, list[int]]] = {}
        # Each story's `seen_at`, by id, kept with `stories` (`add`, `forget_before`): `_newest`
        # reads hundreds of entries a report, and one look-up here costs less than the story's
        # look-up and two of its attributes.
        self._seen_at: dict[int, float] = {}

    def __len__(self) -> int:
        return len(self.stories)

    @staticmethod
    def _places(report: Report, filing: bool = False) -> list[str]:
        """Where a report is looked for: the places it names (grouping needs a shared one), and the
        capital a country-wide report speaks of; and filed: there, and under the countries its
        places lie in (a country's report may join it)."""
        places = report.places | report.parents if filing or report.region else report.places
        if report.capital is not None and report.capital not in places:
            return sorted(places | {report.capital})
        return sorted(places)

    def find(self, report: Report) -> int | None:
        """The story this report belongs to, if any."""
        return self.decide(report).story

    def decide(self, report: Report) -> Decision:
        """The story this report belongs to (None: a story of its own), and why."""
        best: tuple[float, bool, float, int] | None = None
        best_why = ""
        nearest: tuple[int, str] | None = None  # the first candidate, when none agrees: why not
        within: list[tuple[int, float, int, str]] = []  # (evidence, likeness, story, why)
        firsts: set[int] = set()  # the within stories whose first report it agrees with
        defaults: list[tuple[int, str]] = []  # the stories at its place it joins only by default
        late: int | None = None  # the one incident at its place, which it joins by default though late
        agreeing: list[int] = []  # the stories at its own place that it agrees with
        at_place: list[int] = []  # every story at its own place, agreeing or not
        for story_id in self._candidates(report):
            story = self.stories.get(story_id)
            if story is None:
                continue
            score, level, why = story.agreement(report, self.window_hours)
            if level == SAME:
                at_place.append(story_id)
            if score <= 0.5:
                nearest = nearest or (story_id, why)
                continue
            if level == WITHIN:
                quiet = _said_nowhere(report, story) if report.primary_kind == "site" else _quiet(report, story)
                if report.primary_kind != "country" and not report.region and not story.evidence(report) and not quiet:
                    # A city's report beside a site's story, or a site's beside a city's: only with a
                    # shared target or group, or when the one tells nothing but the same event within
                    # hours (the city's report said nowhere in it, or the city's report says nothing else).
                    why_not = "it names only the city, and no target or group of this incident"
                    if report.primary_kind == "site":
                        why_not = "it names a site in the city, whose reports said where or came hours ago, no shared target"
                    nearest = nearest or (story_id, why_not)
                    continue
                within.append((story.evidence(report), text_likeness(report, story.first), story_id, why))
                if score >= 1.0:
                    firsts.add(story_id)
                continue
            if score == DEFAULT_SCORE:
                if late_default(report, story):
                    # Only the one incident at its place, and after the one incident's own rules.
                    if self._the_one_incident_at(report) is story:
                        late = story_id
                    else:
                        nearest = nearest or (story_id, WHY_NOT_LATE)
                    continue
                defaults.append((story_id, why))
                continue
            # Ties go to a story at its own place before one near it, then to the story most
            # recently reported, then to the newer story.
            key = (score, level != NEAR, story.seen_at if story.last_seen else 0.0, story_id)
            if level == SAME:
                agreeing.append(story_id)
            if best is None or key > best:
                best, best_why = key, why
        if best is not None and best[0] < 1.0:
            # It agrees with some reports of a story at its own place but not with its first; an
            # incident it lies within, whose first report it agrees with, is better when more of
            # its reports share the target or group ("arrests over the jailbreak" beside a clash
            # whose summary mentioned the jailbreak, and the jailbreak's own story).
            tied = self.stories[best[3]].evidence(report)
            better = max((w for w in within if w[2] in firsts and w[0] > tied), default=None)
            if better is not None:
                return Decision(better[2], f"{better[3]}; of the incidents it fits, this one shares most targets or groups")
        if best is not None and best_why.startswith(_OF_ITS_DEAD) and len(agreeing) > 1:
            # What came of an incident (a burial, a toll, a claim), beside two incidents at its place
            # it agrees with: the one its own words tell apart (`_told_apart`), when they tell one.
            apart = self._told_apart(report, agreeing, at_place)
            if apart is not None and apart[0] != best[3]:
                return Decision(apart[0], f"{best_why}; of the incidents there, {apart[1]}")
        if best is not None:
            return Decision(best[3], best_why)
        if defaults and not within:
            return self._by_evidence(report, defaults)
        place = report.capital or report.primary
        names = f"it names only {place}"
        if report.primary_kind == "site":
            names = f"it names {place}, a site in the city of this incident"
        if len(within) == 1:
            return Decision(within[0][2], f"{within[0][3]}; {names}, and this is the one incident there that fits")
        # Of several incidents it lies within, those of its own kind of event ("blames FARC for the
        # truck bomb": the bombing, not the drone attack), when some are and some are not.
        kind = [w for w in within if report.event is not None and self.stories[w[2]].first.event == report.event]
        if len(kind) == 1 < len(within):
            return Decision(kind[0][2], f"{kind[0][3]}; {names}, and of {len(within)} incidents there this one is of its kind")
        within = kind or within
        within.sort(reverse=True)
        if len(within) > 1 and within[0][0] > within[1][0]:
            why = f"{within[0][3]}; {names}, and of {len(within)} incidents there this one shares a target or group"
            return Decision(within[0][2], why)
        if within:
            return Decision(None, f"{names}, where {len(within)} incidents fit equally (when unsure, send)")
        alone = self._the_one_incident_at(report)
        if alone is not None and quiet_follow_up(report, [alone.first, *alone.recent]):
            return Decision(alone.id, WHY_QUIET)
        if alone is not None and after_the_one_incident(report, [alone.first, *alone.recent], self.window_hours):
            return Decision(alone.id, WHY_ONE_INCIDENT)
        if late is not None:
            return Decision(late, WHY_LATE_DEFAULT)
        if nearest is not None:
            return Decision(None, f"the nearest story does not agree: {nearest[1]}", nearest[0])
        return Decision(None, "no story in the window shares its place and its event or words")

    def _by_evidence(self, report: Report, defaults: list[tuple[int, str]]) -> Decision:
        """Of the stories at a report's place it would join by default, the one the evidence
        favours (`Story.evidence`, and a report of it leading with the same kind of event); when
        two fit equally, a story of its own (when unsure, send)."""
        if len(defaults) == 1:
            return Decision(defaults[0][0], defaults[0][1])
        ranked = sorted(((self._fit(report, self.stories[s]), s, why) for s, why in defaults), reverse=True)
        if ranked[0][0] > ranked[1][0]:
            return Decision(ranked[0][1], f"{ranked[0][2]}; of {len(ranked)} incidents there, the one it fits best")
        return Decision(None, f"{len(ranked)} incidents at its place fit it equally (when unsure, send)")

    def _fit(self, report: Report, story: Story) -> int:
        """What ties a report to a story beyond place and time: shared targets, groups and sites
        (`Story.evidence`), and its leading kind of event among the story's leading ones."""
        led = report.event is not None and any(r.event == report.event for r in (story.first, *story.recent))
        return story.evidence(report) + led

    def _the_one_incident_at(self, report: Report) -> Story | None:
        """The story of the one incident at a report's primary place in the window, if there is
        only one (`quiet_follow_up`)."""
        earliest = report.when.timestamp() - self.window_hours * 3600
        found = set(self._newest(self._lists.get(("at", report.primary)), earliest))
        return self.stories[found.pop()] if len(found) == 1 else None

    def _told_apart(self, report: Report, agreeing: list[int], at_place: list[int]) -> tuple[int, str] | None:
        """Of the incidents at a report's place it agrees with, the one its words tell apart, and
        why: the one whose headlines named its headline's target; else the one whose reports told
        its dead (headline or summary), on a day its reports name; else the one whose headlines led
        with its own kind of event (a bomber's: the bombing); else the one whose reports named its
        armed group. The first of these that tells exactly one decides, though it be the story the
        report agrees with best: who was hit, and how, say which incident more surely than who did
        it, since one group strikes a town twice in a day ("Monguno buries traders killed by ISWAP
        bomber" is the market bombing's, though the base's headline named ISWAP; "claims the
        assault on the military base" the base's). None when none tells one apart."""
        stories = self.stories
        named = [s for s in agreeing if stories[s].headlined_target(report)]
        if len(named) == 1:
            return named[0], "the one whose headlines named its target"
        whose = [s for s in at_place if report.victims & stories[s].victims_told()]
        if len(whose) == 1:
            # Its dead told by one incident there: that one, or (another day's, or one it does not
            # agree with) none, as any report: the story it agrees with best.
            if whose[0] in agreeing and stories[whose[0]].on_its_days(report.event_day):
                return whose[0], "the one whose reports told its dead"
            return None
        for told, why in ((Story.led_with_kind, "its kind of event"), (Story.named_group, "its armed group")):
            named = [s for s in agreeing if told(stories[s], report)]
            if len(named) == 1:
                return named[0], f"the one whose reports named {why}"
        return None

    def _candidates(self, report: Report) -> list[int]:
        earliest = report.when.timestamp() - self.window_hours * 3600
        # A story's evidence, summed in the order its story is first met: a defaultdict, whose
        # missing key costs no Python call as a Counter's does (most candidates are met once).
        counts: defaultdict[int, int] = defaultdict(int)
        for place in self._places(report):
            for kind in sorted(report.events):
                for story_id in self._newest(self._lists.get(("event", place, kind)), earliest):
                    counts[story_id] += 2
            # What was hit and who did it, whatever the language: "ثكنة" finds a story of "barracks".
            for key in sorted(report.targets | report.groups):
                for story_id in self._newest(self._lists.get(("hit", place, key)), earliest):
                    counts[story_id] += 1
            # The rarest words this place's reports have used: a word no report used finds nothing.
            by_word = self._words.get(place)
            filed = [(len(entries), w, entries) for w in report.words if (entries := by_word.get(w))] if by_word else []
            for _, _, entries in sorted(filed, key=itemgetter(0, 1))[:RARE_WORDS]:
                for story_id in self._newest(entries, earliest):
                    counts[story_id] += 1
        if report.region and report.area is not None:
            # A province named alone ("Borno: many killed in market blast") finds the incidents
            # of its division's towns by their kind of event, though none of their reports names it.
            for kind in sorted(report.events):
                for story_id in self._newest(self._lists.get(("event", "@" + report.area, kind)), earliest):
                    counts[story_id] += 2
        # The most evidence first, ties in the order met: `Counter.most_common`. A stable sort, as
        # heapq.nlargest is documented to be, in C: faster than nlargest's loop over ~100s of stories.
        ranked = sorted(counts.items(), key=itemgetter(1), reverse=True)
        return [story_id for story_id, _ in ranked[:CANDIDATES]]

    def _newest(self, entries: list[int] | None, earliest: float) -> list[int]:
        """The newest distinct stories of a list still in the window, at most `POSTINGS` entries
        read. A list made at once, not a generator: its many callers' short loops cost less so."""
        if not entries:
            return []
        # A story of `stories` has its `seen_at` here (every story is made by `add`, which sets
        # its `last_seen`); one that is not there is no longer in the window.
        seen_at = self._seen_at.get
        return [story_id for story_id in reversed(entries[-POSTINGS:]) if seen_at(story_id, _NEVER) >= earliest]

    def add(self, report: Report, story_id: int) -> None:
        """File a report under its story (a new story when the id is new)."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = Story(story_id, report, places=report.places | report.parents)
        else:
            story.recent.append(report)
            story_id = story.id  # one int object for all of a story's entries
        if not report.places <= story.places or not report.parents <= story.places:
            story.places = story.places | report.places | report.parents  # most keep their first report's set
        story.last_seen = max(story.last_seen or report.when, report.when)
        story.seen_at = self._seen_at[story.id] = story.last_seen.timestamp()
        if report.area is not None and report.primary_kind != "country":
            for kind in report.events:  # its division's, for a province's report (`_candidates`)
                entries = self._lists[("event", "@" + report.area, kind)]
                if not entries or entries[-1] != story_id:
                    entries.append(story_id)
        if report.primary_kind != "country":
            entries = self._lists[("at", report.primary)]  # where it happened (`_the_one_incident_at`)
            if not entries or entries[-1] != story_id:
                entries.append(story_id)
        for place in self._places(report, filing=True):
            keys = [("event", place, kind) for kind in report.events]
            keys += [("hit", place, k) for k in report.targets | report.groups]
            for key in keys:
                entries = self._lists[key]
                if not entries or entries[-1] != story_id:
                    entries.append(story_id)
            by_word = self._words.setdefault(place, {})
            for w in report.words:
                filed = by_word.get(w)
                if filed is None:
                    by_word[w] = [story_id]
                elif filed[-1] != story_id:
                    filed.append(story_id)

    def forget_before(self, moment: datetime) -> None:
        """Drop the stories last reported before `moment`, and their entries at the front of the lists."""
        cutoff = moment.timestamp()
        for story_id in [s for s, story in self.stories.items() if story.last_seen and story.seen_at < cutoff]:
            del self.stories[story_id]
            del self._seen_at[story_id]
        for key in list(self._lists):
            kept = [story_id for story_id in self._lists[key] if story_id in self.stories]
            if kept:
                self._lists[key] = kept
            else:
                del self._lists[key]
        for place, by_word in list(self._words.items()):
            for word in list(by_word):
                kept = [story_id for story_id in by_word[word] if story_id in self.stories]
                if kept:
                    by_word[word] = kept
                else:
                    del by_word[word]
            if not by_word:
                del self._words[place]


class ScanIndex(StoryIndex):
    """The naive way, for benchmarks and tests: compare a report with every story in the window."""

    def _candidates(self, report: Report) -> list[int]:
        earliest = report.when.timestamp() - self.window_hours * 3600
        return [i for i, story in self.stories.items() if story.last_seen and story.seen_at >= earliest]
