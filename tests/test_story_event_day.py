"""A report a day later that dates its event to the earlier report's day tells the same incident.

"Gunmen killed 12 soldiers at an army post in Diffa on Sunday", published on Monday after
Sunday's flash, is the flash's incident told again: its text dates the event, as an analyst
reads the weekday, in the five languages of the feeds. One dating its event to its own day is
news of that day; one whose headline leads with another kind of event, or names another target
or group, stays apart. Every sentence here is new, written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.incident import event_day
from bot.story import Place, Report, make_report, relation
from bot.textnorm import tokenize

SUNDAY = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)  # a Sunday
assert SUNDAY.weekday() == 6


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gunmen killed 12 soldiers on Sunday", date(2026, 3, 1)),
        ("Des assaillants ont attaqué le poste dimanche soir", date(2026, 3, 1)),
        ("Hombres armados atacaron el cuartel el sábado", date(2026, 2, 28)),
        ("Insurgentes atacaram a aldeia na sexta-feira", date(2026, 2, 27)),
        ("هاجم مسلحون مركزا للشرطة يوم الأحد", date(2026, 3, 1)),
        ("Militants stormed the camp yesterday", date(2026, 3, 1)),
        ("قتل خمسة وأمس أصيب آخرون", date(2026, 3, 1)),
        ("Protesters marched on Monday", date(2026, 3, 2)),
        ("Clashes in Santo Domingo leave two dead", None),
        ("A quinta vítima foi identificada", None),
        ("Gunmen attack a checkpoint", None),
    ],
)
def test_the_day_a_text_dates_its_event_to(text: str, day: date | None) -> None:
    monday_noon = SUNDAY + timedelta(days=1, hours=4)
    assert event_day([tokenize(text)], monday_noon) == day


def report(n: int, hours: float, title: str, summary: str = "") -> Report:
    made = make_report(n, SUNDAY + timedelta(hours=hours), title, summary, [Place("Diffa", "city", in_title=True, position=0)])
    assert made is not None
    return made


FLASH = report(
    1, 0, "Gunmen attack army post in Diffa", "Heavy gunfire was heard at dawn at an army post in Diffa, residents said."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Twelve soldiers dead as militants overran a Diffa army post",
        "Niger army confirms 12 soldiers killed as jihadists attacked Diffa post",
    ],
)
def test_a_report_a_day_later_joins_only_when_it_dates_its_event_to_the_flashs_day(headline: str) -> None:
    assert relation(report(2, 26, headline), FLASH, 72)[0] is None  # a day later, nothing says it follows up
    assert relation(report(2, 26, f"{headline} on Sunday"), FLASH, 72)[0] is not None
    assert relation(report(2, 26, f"{headline} on Monday"), FLASH, 72)[0] is None  # its own day: news of it


@pytest.mark.parametrize(
    "title",
    [
        "Shells hit Diffa market on Sunday, hours after the attack on the army post",  # another kind of event leads
        "Boko Haram attacked a school in Diffa on Sunday",  # another target
    ],
)
def test_a_report_dating_the_day_but_telling_another_thing_stays_apart(title: str) -> None:
    assert relation(report(2, 26, title), FLASH, 72)[0] is None
