"""Same-story grouping against labelled news: pairwise precision and recall, held at a floor.

Each item of the sets carries the id of the incident it reports. Items are fed in publication
order through the real matcher (keywords off: every item names a watched place) and the real
story index; two items are predicted the same story when they end up in one group. Three sets:
- `same_story.jsonl` (527 items, 164 stories, 1,080 same-story pairs, 3,215 hard negatives at
  the same place within 72 h), the development set the rules were chosen on;
- `same_story_heldout.jsonl` (238 items, 75 stories, 336 pairs), written blind later. The rules
  were then revised with its errors in view (follow-ups, country-only headlines), so it is no
  longer blind; its figure is still the one to quote for news the first rules never saw;
- `same_story_blind.jsonl` (167 reports, 55 incidents, other regions), never looked at item by
  item: the guard that says whether a rule carries over (see its test).
Run with `-s` to see the numbers; `messages per incident` is what staff feel.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from bot import story
from bot.config import load_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.pipeline import places_of, watched_countries
from bot.places import look_up_places
from bot.regionjoin import RegionReport, region_join, region_reading
from bot.story import Report, ScanIndex, StoryIndex, make_report

DATA = Path(__file__).parent / "data"
# Measured with the incident rules (target, country-only, later-report): before them in brackets.
# Issue 17's rules (follow-ups that lead with another event, the place model's countries, violence
# told two ways, roots shared across languages, other names where a headline says where, a city's
# report beside a site's incident, reports that contradict none of a story's) took the development
# set from 0.969 (precision 0.982, recall 0.956) and the held-out one from 0.907 (0.979, 0.845)
# to the figures below.
DEV_F1_FLOOR = 0.96  # measured 0.989 (0.961): precision 1.000 (0.999), recall 0.979 (0.926)
DEV_PRECISION_FLOOR = 0.97
# h-story3 read arrests that name their incident as its follow-ups, as the blind sets' writers
# label them ("arrests and recaptures of suspects are one story"); this set labels two such
# reports incidents of their own ("Kano police arrest 31 suspects over Gwale clashes", "Mali
# arrests suspected accomplices in Faladié gendarmerie school attack"): precision 1.000 -> 0.987,
# F1 0.986 -> 0.979, and the first of them counts as hidden here.
HELDOUT_PRECISION_FLOOR = 0.97  # measured 1.000 (0.980); 0.974 before the rule across languages
# h-story8 built the harness's matcher as the bot does (`story_matcher`, the gazetteer's place
# model): the development set went from F1 0.979 (recall 0.972) to 0.969 (0.953), the held-out one
# from 0.979 (precision 1.000, recall 0.958, 1.09 messages per incident) to 0.952 (0.997, 0.911,
# 1.19), the blind one from 0.966 (recall 0.956) to 0.955 (0.933), the second blind one from 0.957
# (recall 0.917) to 0.950 (0.905): the place model reads "Kano" in "the Kano-Zaria road" and
# "Agadez" in "la route d'Arlit" as a route's end, the item happening elsewhere (no alert), and
# some headlines' places otherwise. These are the figures `run --once` gives.
HELDOUT_F1_FLOOR = 0.95  # measured 0.979 (0.736), recall 0.958 (0.589); 0.874 and 0.792 before it


@functools.cache
def story_matcher(config: str) -> Matcher:
    """The matcher of a labelled set's watchlists (keywords off: every report names a watched
    place), built as the running bot builds it (`runtime.Settings.build`, `placed_matcher`):
    each location resolved against the gazetteer, with its aliases, its radius and its place.
    A bare `Matcher` lacks the place model, so grouping would be measured without what `run
    --once` gives it. The bundled `keyword_sets:` are turned off with the typed keywords: a
    watchlist naming one would otherwise still ask each report for a keyword, and a report that
    names its place with none ("Flights to Rakhine capital suspended after airport hit") would
    count as naming no watched place."""
    watchlists = load_config(DATA / config).watchlists
    off = {"keywords": [], "keyword_sets": [], "exclude": []}
    watchlists = {k: v.model_copy(update=off) for k, v in watchlists.items()}
    return placed_matcher(watchlists, load_gazetteer(), look_up_places)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return story_matcher("match_watchlists.yaml")


def load(name: str) -> list[dict]:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        row["when"] = datetime.fromisoformat(row["published"].replace("Z", "+00:00"))
    return sorted(rows, key=lambda r: r["when"])


def reports(rows: list[dict], matcher: Matcher) -> list[Report | None]:
    """Each row's report; of a row naming no watched place, only a province or a country of a
    watched town, its `RegionReport` (which may only join a story: `group`)."""
    return [_report(n, row, matcher) for n, row in enumerate(rows)]


def _report(n: int, row: dict, matcher: Matcher) -> Report | None:
    found = places_of(matcher, matcher.match(row["title"], row["summary"]))
    if found:
        return make_report(n, row["when"], row["title"], row["summary"], found)
    return region_reading(n, row["when"], row["title"], row["summary"], watched_countries(matcher), matcher.towns_named)


def group(found: list[Report | None], index: StoryIndex) -> list[int]:
    """The story each report ends in: what the pipeline does, item after item."""
    stories = []
    for n, report in enumerate(found):
        if report is None:  # names no watched place: it would not alert, so it groups with nothing
            stories.append(-1 - n)
            continue
        if isinstance(report, RegionReport):  # names only a region or a country: it joins, or nothing
            joined = region_join(index, report, lambda _: True)  # keywords off: every story alerted
            if joined is not None:
                index.add(report, joined)
            stories.append(-1 - n if joined is None else joined)
            continue
        story_id = index.find(report)
        story_id = n if story_id is None else story_id
        index.add(report, story_id)
        stories.append(story_id)
    return stories


def scores(rows: list[dict], stories: list[int]) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(rows)), 2):
        predicted, actual = stories[i] == stories[j], rows[i]["story"] == rows[j]["story"]
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return precision, recall, 2 * precision * recall / (precision + recall)


def messages_per_incident(rows: list[dict], stories: list[int]) -> float:
    """Alerts sent per incident (1.00 is ideal): the distinct stories its reports ended in."""
    groups: dict[str, set[int]] = {}
    for row, story_id in zip(rows, stories, strict=True):
        groups.setdefault(row["story"], set()).add(story_id)
    return sum(len(g) for g in groups.values()) / len(groups)


def test_development_set(matcher: Matcher) -> None:
    rows = load("same_story.jsonl")
    stories = group(reports(rows, matcher), StoryIndex(72))
    precision, recall, f1 = scores(rows, stories)
    print(f"\nsame story, development set: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}", end="")
    print(f", {messages_per_incident(rows, stories):.2f} messages per incident; hidden, late {_late_or_hidden(rows, stories)}")
    assert f1 >= DEV_F1_FLOOR and precision >= DEV_PRECISION_FLOOR


def test_heldout_set(matcher: Matcher) -> None:
    rows = load("same_story_heldout.jsonl")
    stories = group(reports(rows, matcher), StoryIndex(72))
    precision, recall, f1 = scores(rows, stories)
    print(f"\nsame story, held-out set: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}", end="")
    print(f", {messages_per_incident(rows, stories):.2f} messages per incident; hidden, late {_late_or_hidden(rows, stories)}")
    assert precision >= HELDOUT_PRECISION_FLOOR and f1 >= HELDOUT_F1_FLOOR


BLIND_PRECISION_FLOOR = 0.95  # measured 0.977 (0.852 at first contact); no item of it looked at since
BLIND_RECALL_FLOOR = 0.90  # measured 0.956 (0.689); F1 0.966 (0.762); 0.974, 0.822 and 0.892 before issue 17
# (0.929 and 0.952 before issue 17's second round)


def test_blind_set_of_other_regions() -> None:
    """`same_story_blind.jsonl` (167 reports, 55 incidents in DR Congo, north-east Nigeria,
    Cameroon, Iraq, Pakistan, Syria, Cabo Delgado and CAR, with same-city same-day incidents
    kept apart), written blind against `places_watchlists.yaml`. A candidate rule that raised
    the other sets' recall lowered this one's F1 (0.762 -> 0.749), so it was not taken; so were
    a city's report joining a site's incident without a shared target (0.805 -> 0.793 when
    tried), later reports that must name their event in the headline (0.892 -> 0.847) and
    same-day reports naming different other places kept apart (0.892 -> 0.883): this is the set
    that says whether a rule carries over. It is measured as a whole, never read item by item."""
    rows = load("same_story_blind.jsonl")
    stories = group(reports(rows, story_matcher("places_watchlists.yaml")), StoryIndex(72))
    precision, recall, f1 = scores(rows, stories)
    print(f"\nsame story, blind set: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}", end="")
    hidden, late = _late_or_hidden(rows, stories)
    print(f", {messages_per_incident(rows, stories):.2f} messages per incident; {len(hidden)} hidden, {len(late)} late")
    assert precision >= BLIND_PRECISION_FLOOR and recall >= BLIND_RECALL_FLOOR


@pytest.mark.parametrize("name", ["same_story.jsonl", "same_story_heldout.jsonl"])
def test_syndicated_copies_never_start_a_story(matcher: Matcher, name: str) -> None:
    """Zero second messages for syndicated copies: a copy of wire text joins its story."""
    rows = load(name)
    stories = group(reports(rows, matcher), StoryIndex(72))
    first_of: dict[str, int] = {}
    second_messages = []
    for n, row in enumerate(rows):
        first_of.setdefault(row["story"], n)
        if row["kind"] == "syndicated" and first_of[row["story"]] != n and stories[n] == n:
            second_messages.append(row["id"])
    print(f"\n{name}: {sum(r['kind'] == 'syndicated' for r in rows)} syndicated copies, second messages: {second_messages}")
    assert second_messages == []


@pytest.mark.parametrize("name", ["same_story.jsonl", "same_story_heldout.jsonl"])
def test_the_index_finds_what_a_scan_of_the_window_finds(matcher: Matcher, name: str) -> None:
    rows = load(name)
    found = reports(rows, matcher)
    assert group(found, StoryIndex(72)) == group(found, ScanIndex(72))


def _jaccard(a: Report, b: Report) -> float:
    """The word-set Jaccard that MinHash estimates, computed exactly (its best case)."""
    return 100 * len(a.words & b.words) / max(1, len(a.words | b.words))


MEASURES: dict[str, Callable[[Report, Report], float]] = {
    "token_set_ratio (chosen)": story.text_likeness,
    "token_set_ratio alone": lambda a, b: fuzz.token_set_ratio(a.text, b.text),
    "token_sort_ratio": lambda a, b: fuzz.token_sort_ratio(a.text, b.text),
    "partial_token_set_ratio": lambda a, b: fuzz.partial_token_set_ratio(a.text, b.text),
    "Jaccard of words (MinHash's target)": _jaccard,
}


def test_the_chosen_text_measure_is_the_best_measured(matcher: Matcher, monkeypatch: pytest.MonkeyPatch) -> None:
    """The text likeness was chosen by measurement: each candidate under the same rules, on the
    three sets. `token_sort_ratio` alone edges it on the development set (0.986 against 0.983)
    and loses on the blind one (0.895 against 0.952): the chosen one must be best on the sum, and
    within 0.01 of the best on each set."""
    sets = {
        "development": load("same_story.jsonl"),
        "held-out": load("same_story_heldout.jsonl"),
        "blind": load("same_story_blind.jsonl"),
    }
    blind = story_matcher("places_watchlists.yaml")
    found = {name: reports(rows, blind if name == "blind" else matcher) for name, rows in sets.items()}
    results: dict[str, dict[str, float]] = {}
    for name, measure in MEASURES.items():
        monkeypatch.setattr(story, "text_likeness", measure)
        results[name] = {s: scores(rows, group(found[s], StoryIndex(72)))[2] for s, rows in sets.items()}
    print("\ntext measure: F1 on the development / held-out / blind sets")
    for name, f1s in results.items():
        print(f"  {name:38} {' / '.join(f'{f:.3f}' for f in f1s.values())}")
    chosen = results["token_set_ratio (chosen)"]
    assert all(sum(chosen.values()) >= sum(f1s.values()) for f1s in results.values())
    assert all(chosen[s] >= max(f1s[s] for f1s in results.values()) - 0.01 for s in sets)


def test_each_incident_rule_earns_its_place(matcher: Matcher, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each rule of `bot.story.RULES` switched off alone: the blind set's F1 never rises without
    it, and without it the held-out or the blind F1 falls (measured: without "within", held-out
    0.979 -> 0.880; without "follow_up", blind 0.966 -> 0.864 and held-out -> 0.914; without
    "target", blind 0.966 -> 0.888 and held-out -> 0.969; without "across" (reports in two
    languages a day apart joined on their group, target or roots, or the same day on shared
    roots), held-out 0.979 -> 0.957, blind -> 0.955)."""
    held, blind = load("same_story_heldout.jsonl"), load("same_story_blind.jsonl")
    found = {"held-out": reports(held, matcher), "blind": reports(blind, story_matcher("places_watchlists.yaml"))}
    rows = {"held-out": held, "blind": blind}

    def f1s() -> dict[str, float]:
        return {name: scores(rows[name], group(found[name], StoryIndex(72)))[2] for name in rows}

    every = f1s()
    print(f"\nall rules: held-out F1 {every['held-out']:.3f}, blind F1 {every['blind']:.3f}")
    for rule in story.RULES:
        if rule == "near":
            continue  # neither set has a town beside a nearby town's incident: tests/test_story_dev4.py measures it
        if rule == "default":
            continue  # it moves neither set: tests/test_story_rules18.py measures it on the sets it moves
        monkeypatch.setitem(story.RULES, rule, False)
        without = f1s()
        monkeypatch.setitem(story.RULES, rule, True)
        print(f"  without {rule:13} held-out F1 {without['held-out']:.3f}, blind F1 {without['blind']:.3f}")
        assert without["blind"] <= every["blind"]
        assert without["blind"] < every["blind"] or without["held-out"] < every["held-out"]


# Second blind set (`same_story_blind2.jsonl`): written blind against the README and issue 17,
# labels fixed before the first measurement. First contact, on the grouper of 16c01aa (events,
# targets and relations read in English and French only): precision 0.939, recall 0.281 (F1
# 0.433). Its writer's figure, 0.921/0.532, was taken on a tree with unfinished Portuguese,
# Spanish and Arabic reading. With events, targets, victims, groups and relations read in those
# languages too, and the rule joining reports across languages: 0.985/0.596 (F1 0.743), 1.73
# messages per incident, none hidden or late. With issue 17's rules (measured on it as a whole
# only): 0.987/0.716 (F1 0.830), 1.48 messages per incident, none hidden or late. With issue 17's
# second round (kinds of event in more words, tolls told in the summary, what came "two days
# after"; its split pairs studied by class): 1.000/0.878 (F1 0.935), 1.20 messages per incident,
# none hidden or late. Two more rules of that round (a site's report within a city's that said
# nowhere, 0.902; arrests "during" an incident, 0.890) were taken out: on the third blind set
# they hid one incident and made one late. Floors are about 0.02 under that.
# The third round (h-story3, its split pairs read by cause with the third blind set's): 1.000/0.908
# (F1 0.952), 1.14 messages per incident, none hidden or late.
# With the place hierarchy (h-story8, measured with the matcher the bot builds): recall 0.905 -> 0.930,
# F1 0.950 -> 0.964, precision 1.000, none hidden or late (clashes in Tripoli, and Mitiga airport closing).
BLIND2_PRECISION_FLOOR = 0.97
BLIND2_RECALL_FLOOR = 0.88
BLIND2_F1_FLOOR = 0.93


def _late_or_hidden(rows: list[dict], stories: list[int]) -> tuple[list[str], list[str]]:
    """Incidents whose first report went into another incident's alert: hidden when none of its
    reports started a story, late when a later one did."""
    hidden, late = [], []
    for incident in dict.fromkeys(row["story"] for row in rows):
        own = [n for n, row in enumerate(rows) if row["story"] == incident]
        starts = [n for n in own if stories[n] == n or stories[n] < 0]
        if own[0] in starts:
            continue
        (late if starts else hidden).append(incident)
    return hidden, late


def test_second_blind_set_of_other_regions_and_languages() -> None:
    """`same_story_blind2.jsonl` (209 reports, 56 incidents in Cabo Delgado, Maputo, Angola,
    Colombia, Mexico, Ecuador, Sudan, Libya, Yemen and Chad; Portuguese, Spanish, Arabic, French
    and English outlets; 15 pairs of incidents at one place within 72 h kept apart), written
    blind against `same_story_blind2_watchlists.yaml`. Measured as a whole, never read item by item."""
    rows = load("same_story_blind2.jsonl")
    stories = group(reports(rows, story_matcher("same_story_blind2_watchlists.yaml")), StoryIndex(72))
    precision, recall, f1 = scores(rows, stories)
    hidden, late = _late_or_hidden(rows, stories)
    print(f"\nsame story, second blind set: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}", end="")
    print(f", {messages_per_incident(rows, stories):.2f} messages per incident; hidden {hidden}, late {late}")
    assert precision >= BLIND2_PRECISION_FLOOR and recall >= BLIND2_RECALL_FLOOR and f1 >= BLIND2_F1_FLOOR
