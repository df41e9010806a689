"""A province watched by its name alone has GeoNames' code for it (`bot/geo/admin1.py`,
`geo/admin1_table.py`), so a report of the province finds the incident of a town in it. Every sentence
here is new, written for these tests. Real parts: the gazetteer, `placed_matcher`, `make_report`,
`StoryIndex`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.geo.admin1 import admin1_named
from bot.match import placed_matcher
from bot.pipeline import areas_of, places_of
from bot.places import look_up_places
from bot.story import StoryIndex, make_report

CONFIG = """
feeds:
  - name: Test
    url: https://example.org/rss
watchlists:
  pakistan:
    title: Pakistan
    locations:
      - name: Pakistan
      - name: Balochistan
      - name: Nushki
"""


def test_a_divisions_code_by_its_name_in_its_country() -> None:
    assert admin1_named("PK", [("balochistan",)]) == "02"
    assert admin1_named("NG", [("borno",)]) == "27"
    assert admin1_named("SO", [("lower", "shabelle")]) == admin1_named("SO", [("lower", "shabeelle")]) is not None
    assert admin1_named("PK", [("borno",)]) is None  # Nigeria's, not Pakistan's
    assert admin1_named("ZZ", [("balochistan",)]) is None


def test_a_provinces_report_joins_the_incident_of_a_town_in_it() -> None:
    matcher = placed_matcher(parse_config(CONFIG, source="test").watchlists, load_gazetteer(), look_up_places)
    areas = areas_of(matcher)
    assert areas["Balochistan"][0] == areas["Nushki"][0] == "PK.02"
    t0 = datetime(2026, 4, 1, 5, 0, tzinfo=UTC)
    items = [
        ("Gunmen stop two buses near Nushki, kill seven travellers", "The attackers checked identity cards before opening fire."),
        ("Seven bus passengers shot dead in Pakistan's Balochistan", "Police said gunmen stopped the buses at night."),
    ]
    index = StoryIndex(72.0)
    stories = []
    for n, (title, summary) in enumerate(items):
        report = make_report(n, t0 + timedelta(hours=3 * n), title, summary, places_of(matcher, matcher.match(title, summary)))
        assert report is not None
        found = index.find(report)
        index.add(report, n if found is None else found)
        stories.append(n if found is None else found)
    assert stories == [0, 0]
