"""Same-story grouping against labelled news: pairwise precision and recall, held at a floor.

Each item of the sets carries the id of the incident it reports. Items are fed in publication
order through the real matcher (keywords off: every item names a watched place) and the real
story index; two items are predicted the same story when they end up in one group. Two sets:
- `same_story.jsonl` (527 items, 164 stories, 1,080 same-story pairs, 3,215 hard negatives at
  the same place within 72 h), the development set the rules were chosen on;
- `same_story_heldout.jsonl` (238 items, 75 stories, 336 pairs), written blind later. One rule
  (follow-ups within 48 h) was added after a first look at its errors, so it is no longer
  fully blind; its figure is still the honest one to quote for news the rules never saw.
Run with `-s` to see the numbers.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from bot import story
from bot.config import load_config
from bot.match import Matcher
from bot.pipeline import places_of
from bot.places import look_up_places
from bot.story import Report, ScanIndex, StoryIndex, make_report

DATA = Path(__file__).parent / "data"
DEV_F1_FLOOR = 0.95  # measured 0.961 (precision 0.999, recall 0.926)
DEV_PRECISION_FLOOR = 0.98
HELDOUT_PRECISION_FLOOR = 0.95  # measured 0.980
HELDOUT_F1_FLOOR = 0.70  # measured 0.736 (recall 0.589): follow-ups a day later and country-vs-city headlines are missed


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    config = load_config(DATA / "match_watchlists.yaml")
    watchlists = {k: v.model_copy(update={"keywords": [], "exclude": []}) for k, v in config.watchlists.items()}
    return Matcher(watchlists, look_up_places)


def load(name: str) -> list[dict]:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        row["when"] = datetime.fromisoformat(row["published"].replace("Z", "+00:00"))
    return sorted(rows, key=lambda r: r["when"])


def reports(rows: list[dict], matcher: Matcher) -> list[Report | None]:
    return [
        make_report(n, row["when"], row["title"], row["summary"], places_of(matcher, matcher.match(row["title"], row["summary"])))
        for n, row in enumerate(rows)
    ]


def group(found: list[Report | None], index: StoryIndex) -> list[int]:
    """The story each report ends in: what the pipeline does, item after item."""
    stories = []
    for n, report in enumerate(found):
        if report is None:  # names no watched place: it would not alert, so it groups with nothing
            stories.append(-1 - n)
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


def test_development_set(matcher: Matcher) -> None:
    rows = load("same_story.jsonl")
    precision, recall, f1 = scores(rows, group(reports(rows, matcher), StoryIndex(72)))
    print(f"\nsame story, development set: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    assert f1 >= DEV_F1_FLOOR and precision >= DEV_PRECISION_FLOOR


def test_heldout_set(matcher: Matcher) -> None:
    rows = load("same_story_heldout.jsonl")
    precision, recall, f1 = scores(rows, group(reports(rows, matcher), StoryIndex(72)))
    print(f"\nsame story, held-out set: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    assert precision >= HELDOUT_PRECISION_FLOOR and f1 >= HELDOUT_F1_FLOOR


BLIND_PRECISION_FLOOR = 0.82  # measured 0.852 at first contact, nothing tuned to it since
BLIND_RECALL_FLOOR = 0.66  # measured 0.689


def test_blind_set_of_other_regions() -> None:
    """`same_story_blind.jsonl` (167 reports, 55 incidents in DR Congo, north-east Nigeria,
    Cameroon, Iraq, Pakistan, Syria, Cabo Delgado and CAR, with same-city same-day incidents
    kept apart), written blind against `places_watchlists.yaml`. A candidate rule that raised
    the other sets' recall lowered this one's F1 (0.762 -> 0.749), so it was not taken: this is
    the set that says whether a rule carries over."""
    config = load_config(DATA / "places_watchlists.yaml")
    watchlists = {k: v.model_copy(update={"keywords": [], "exclude": []}) for k, v in config.watchlists.items()}
    rows = load("same_story_blind.jsonl")
    precision, recall, f1 = scores(rows, group(reports(rows, Matcher(watchlists, look_up_places)), StoryIndex(72)))
    print(f"\nsame story, blind set: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
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
    """The text likeness was chosen by measurement: each candidate under the same rules."""
    rows = load("same_story.jsonl")
    found = reports(rows, matcher)
    results = {}
    for name, measure in MEASURES.items():
        monkeypatch.setattr(story, "text_likeness", measure)
        results[name] = scores(rows, group(found, StoryIndex(72)))
    print("\ntext measure (development set): precision / recall / F1")
    for name, (p, r, f) in results.items():
        print(f"  {name:38} {p:.3f} / {r:.3f} / {f:.3f}")
    chosen = results["token_set_ratio (chosen)"][2]
    assert all(chosen >= f for _, _, f in results.values())
