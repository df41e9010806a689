"""Issue 17: a later report at a town where the window holds one incident, telling no event of its
own, is that incident's aftermath (`bot.story.after_the_one_incident`). Every sentence here is
new: written for these tests, not taken from any labelled set. Real parts: `make_report` (through
`placed_report`) and `StoryIndex`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.story import WHY_ONE_INCIDENT, Report, StoryIndex, after_the_one_incident
from tests.support.reports import grouped, placed_report

T0 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
WINDOW = 72.0
GOMBE = ("Gombe", "city")


def report(n: int, hours: float, title: str, summary: str) -> Report:
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, GOMBE)


BOMBING = (
    "Suicide bomber kills nine at Gombe bus station",
    "A bomber blew himself up among travellers at the main bus station on Monday morning, police said.",
)
VISIT = (
    "Governor visits the wounded in Gombe",
    "The governor promised to pay for the treatment of those hurt in the bus station bombing.",
)


def test_a_visit_to_the_wounded_two_days_later_joins_the_one_incident_there() -> None:
    bombing, visit = report(0, 0, *BOMBING), report(1, 50, *VISIT)
    assert visit.own_event is None
    assert after_the_one_incident(visit, [bombing], WINDOW)
    index = StoryIndex(WINDOW)
    index.add(bombing, 0)
    assert index.decide(visit).why == WHY_ONE_INCIDENT
    assert grouped(bombing, visit) == [0, 0]


def test_with_a_second_incident_there_it_joins_neither() -> None:
    bombing = report(0, 0, *BOMBING)
    raid = report(1, 20, "Gunmen raid Gombe police post", "Attackers opened fire on the post at night; two officers were hurt.")
    visit = report(2, 50, *VISIT)
    assert grouped(bombing, raid, visit) == [0, 1, 2]  # when unsure, send


def test_a_new_event_or_the_same_day_or_civic_news_is_no_aftermath() -> None:
    bombing = report(0, 0, *BOMBING)
    second = report(1, 30, "Gunmen kill three farmers near Gombe", "Armed men attacked farmers at dawn, residents said.")
    fair = report(2, 30, "Gombe hosts a regional trade fair", "Exhibitors from five states opened their stands on Wednesday.")
    same_day = report(3, 5, *VISIT)
    assert second.own_event is not None and not after_the_one_incident(second, [bombing], WINDOW)
    assert not after_the_one_incident(fair, [bombing], WINDOW)  # tells of no incident at all
    assert not after_the_one_incident(same_day, [bombing], WINDOW)  # the same day, other rules decide
