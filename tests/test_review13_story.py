"""Fixes from the review of story20 (session 13): a second attack at the town must not merge into
the first, which would hide it. Each test fails on story20's code as merged.

- On the incident's day, a same-kind headline is measured from the latest report only when its
  target (headline or summary) is the incident's, and only from reports that name its place: a
  country's report does not keep the town's day going.
- What an incident leaves joins it alone only when the headline names nothing the incident's
  reports did not, and tells no armed men, threat or someone missing beside it.
- French "autre" and Arabic "تجدد" say another incident, as "another" and "otra" do.

Real parts: the grouper's reports and index, built as tests/test_story_rules20.py builds them."""

from __future__ import annotations

import pytest

from tests.support.reports import grouped
from tests.test_story_rules20 import KOURY, MALI, night_raid, report


def test_the_same_kind_of_event_at_another_target_that_evening_is_news() -> None:
    first, wire = night_raid()
    summary = "Gunmen stormed the weekly market in Koury and killed seven traders, witnesses said."
    later = report(2, 17, "Gunmen kill seven in Koury", summary, KOURY)
    assert grouped(first, wire, later) == [0, 0, 2]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Koury : une autre attaque", "Des hommes armés ont attaqué la ville, selon des habitants."),
        ("تجدد الهجمات على كوري", "هاجم مسلحون المدينة بحسب السكان."),
    ],
)
def test_words_of_another_incident(title: str, summary: str) -> None:
    first, wire = night_raid()
    assert grouped(first, wire, report(2, 17, title, summary, KOURY)) == [0, 0, 2]


def test_a_countrys_report_does_not_keep_the_towns_day_going() -> None:
    first, _ = night_raid()
    country = report(1, 11, "Mali: gunmen attack police post", "Gunmen attacked a police post in the south overnight.", MALI)
    later = report(2, 22, "Gunmen attack Koury once more", "Gunmen attacked the town, residents said.", KOURY)
    assert grouped(first, country, later) == [0, 0, 2]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Hundreds displaced as jihadists encircle Koury", "Residents said they had left their homes."),
        ("Koury : les habitants évacués face à la menace jihadiste", "Les habitants ont quitté leurs maisons."),
        ("Koury: centenas de deslocados com cerco jihadista", "Os moradores deixaram as casas."),
        ("NGO suspends Koury operations as staff member goes missing", "The aid group gave no further details."),
        ("Thousands displaced from Léré reach Koury", "Families arrived on foot, officials said."),
    ],
)
def test_what_is_left_beside_a_new_threat_or_another_place_is_news(title: str, summary: str) -> None:
    first, wire = night_raid()
    assert grouped(first, wire, report(2, 30, title, summary, KOURY)) == [0, 0, 2]
