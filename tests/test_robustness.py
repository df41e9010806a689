"""Unusual text never raises: the matcher, its account, the place model's reading and the story
index, over the shapes that once crashed them and a few edge shapes (text cut right after a
name, a comma or a grammar word; punctuation only; Arabic letters and marks; invisible and
right-to-left characters; very long words). An exception there fails the whole poll of the feed
that carries the item, at every poll, until the item leaves the feed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

import pytest

from bot.config import parse_config
from bot.geo import Gazetteer, load_gazetteer
from bot.geo.report import describe, item_record, read_fields
from bot.match import Matcher, placed_matcher
from bot.pipeline import places_of
from bot.places import look_up_places_apart
from bot.story import StoryIndex, make_report

CONFIG = """
feeds: [{name: f, url: "http://127.0.0.1:1/f.xml"}]
watchlists:
  cameroon:
    title: Cameroon
    locations: [{name: Kumba}, {name: Buea, radius: 30km}]
    keyword_sets: [security]
  sudan:
    title: Sudan and Libya
    locations: [{name: Port Sudan}, {name: Tripoli}, {name: Sudan}]
    keywords: [attack, attaque, هجوم, clashes, explosion]
  sahel:
    title: Sahel
    locations: [{name: Gao}, {name: Bamako airport}, {name: Mali}]
    keyword_sets: [security, kidnapping]
"""

SHAPES = [
    # once crashed: a name, a comma and grammar words to the end (8ea720c)
    "attaque à Kumba, dans le Sud-Ouest",
    "Clashes in Tripoli, the",
    # once crashed: an Arabic word glued onto a Latin name, read as two overlapping names
    "هجوم في وPort Sudan",
    "attack near بPort Sudan",
    # cut right after a name, a comma, a dash, a colon or a grammar word
    "Attack in Gao",
    "Attack in Gao,",
    "Attack in Gao -",
    "Gao:",
    "Explosion at Bamako airport, near",
    "Gunmen attack Kumba's",
    "Kumba (AP) —",
    "attaque à",
    "هجوم على ب",
    # nothing but punctuation, marks or single letters
    "",
    " ",
    ", , ,",
    "«»",
    "،؛",
    "و ب ل",
    "\u200b\u200f\u200e\u202b",
    # odd spaces, emoji, digits, very long words
    "Attack\u00a0in\u00a0Tripoli\u00a0🔥",
    "🇲🇱 attaque Gao 2024 3,000",
    "attack Gao " + "x" * 3000,
    "attack " + "- " * 400 + "Kumba",
    "ATTACK IN GAO, MALI: 12 KILLED",
    "Tripoli, Libya's, Tripoli, Lebanon, Tripoli",
]


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return load_gazetteer()


@cache
def _matcher(gazetteer: Gazetteer) -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, gazetteer, look_up_places_apart)


def _within(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end <= len(text)


@pytest.mark.parametrize("title", SHAPES)
def test_an_unusual_text_is_matched_read_and_grouped_without_error(real: Gazetteer, title: str) -> None:
    matcher, summary = _matcher(real), "Des hommes armés ont attaqué Kumba, dans le"
    index, when = StoryIndex(6.0), datetime(2026, 1, 1, tzinfo=UTC)
    for n, (t, s) in enumerate([(title, ""), ("", title), (title, summary), (summary, title)]):
        found = matcher.match(t, s)
        assert isinstance(matcher.explain(t, s), str)
        for m in (m for r in found for m in r.locations):
            field = t if m.field == "title" else s
            assert _within(field, m.start, m.end) and field[m.start : m.end] == m.text
        record = item_record(n, read_fields(real, t, s), real)
        for place in record["places"] + record["turned_away"]:
            assert _within(t if place["field"] == "title" else s, place["start"], place["end"])
        assert isinstance(describe(read_fields(real, f"{t} {s}"), real), str)
        if found:
            report = make_report(n, when + timedelta(minutes=n), t, s, places_of(matcher, found))
            if report is not None:
                story = index.find(report)
                index.add(report, n if story is None else story)
