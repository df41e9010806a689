"""Quiet hours, decided purely: the chat's window on its own wall clock, the alert's severity and
the moment of the send -> silent or not. Moments are UTC, as the deliverer's clock gives them."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from bot.audience import in_quiet_hours, parse_quiet_hours, silent
from bot.config import canonical_zone
from bot.records import QuietHours

NIGHT = QuietHours(time(22, 0), time(6, 0))
LUNCH = QuietHours(time(12, 0), time(14, 0))


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("hour", "minute", "quiet"),
    [(21, 59, False), (22, 0, True), (23, 30, True), (0, 0, True), (3, 0, True), (5, 59, True), (6, 0, False), (12, 0, False)],
)
def test_a_window_across_midnight_starts_inclusive_and_ends_exclusive(hour: int, minute: int, quiet: bool) -> None:
    assert in_quiet_hours(NIGHT, "UTC", utc(11, 25, hour, minute)) is quiet


@pytest.mark.parametrize(("hour", "quiet"), [(11, False), (12, True), (13, True), (14, False), (23, False)])
def test_a_window_within_a_day(hour: int, quiet: bool) -> None:
    assert in_quiet_hours(LUNCH, "UTC", utc(11, 25, hour)) is quiet


def test_the_window_is_read_on_the_chats_clock() -> None:
    # 17:00 UTC is 17:00 in Bamako, 22:30 in Kolkata (+5:30), 12:00 in New York (EST, -5).
    moment = utc(11, 25, 17)
    assert not in_quiet_hours(NIGHT, "Africa/Bamako", moment)
    assert in_quiet_hours(NIGHT, "Asia/Kolkata", moment)
    assert in_quiet_hours(LUNCH, "America/New_York", moment)
    # 03:00 UTC is 22:00 the evening before in New York: quiet there, not in Kolkata (08:30).
    assert in_quiet_hours(NIGHT, "America/New_York", utc(11, 25, 3))
    assert not in_quiet_hours(NIGHT, "Asia/Kolkata", utc(11, 25, 3))


def test_spring_forward_day_ends_the_night_at_six_on_the_new_clock() -> None:
    """New York springs forward on 8 March 2026 (02:00 EST -> 03:00 EDT): 06:00 is then 10:00 UTC,
    not 11:00 as a fixed -5 offset would say."""
    assert in_quiet_hours(NIGHT, "America/New_York", utc(3, 8, 6, 30))  # 01:30 EST
    assert in_quiet_hours(NIGHT, "America/New_York", utc(3, 8, 9, 59))  # 05:59 EDT
    assert not in_quiet_hours(NIGHT, "America/New_York", utc(3, 8, 10, 0))  # 06:00 EDT
    assert not in_quiet_hours(NIGHT, "America/New_York", utc(3, 8, 10, 30))  # 06:30 EDT


def test_fall_back_day_starts_the_night_at_ten_on_the_new_clock() -> None:
    """Paris falls back on 25 October 2026 (03:00 CEST -> 02:00 CET): that evening 22:00 is 21:00
    UTC, an hour later than the evening before."""
    assert in_quiet_hours(NIGHT, "Europe/Paris", utc(10, 24, 20, 0))  # 22:00 CEST, the evening before
    assert not in_quiet_hours(NIGHT, "Europe/Paris", utc(10, 25, 20, 30))  # 21:30 CET
    assert in_quiet_hours(NIGHT, "Europe/Paris", utc(10, 25, 21, 0))  # 22:00 CET
    # The hour that happens twice (02:00-03:00) is inside the night both times.
    assert in_quiet_hours(NIGHT, "Europe/Paris", utc(10, 25, 0, 30))  # 02:30 CEST
    assert in_quiet_hours(NIGHT, "Europe/Paris", utc(10, 25, 1, 30))  # 02:30 CET


def test_critical_alerts_ring_in_quiet_hours_and_the_rest_are_silent() -> None:
    night = utc(11, 25, 23)
    assert silent(NIGHT, "UTC", "critical", night) is False
    for severity in ("low", "medium", "high", "unknown"):
        assert silent(NIGHT, "UTC", severity, night) is True
    assert silent(NIGHT, "UTC", "high", utc(11, 25, 12)) is False, "outside quiet hours everything rings"
    assert silent(None, "UTC", "low", night) is False, "no quiet hours: everything rings"


def test_an_unknown_zone_reads_as_utc_rather_than_failing_a_delivery() -> None:
    assert in_quiet_hours(NIGHT, "Mars/Olympus", utc(11, 25, 23))
    assert not in_quiet_hours(NIGHT, "Mars/Olympus", utc(11, 25, 12))


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("22:00-06:00", NIGHT),
        (" 22:00 - 06:00 ", NIGHT),
        ("7:30-8:00", QuietHours(time(7, 30), time(8, 0))),
        ("00:00-23:59", QuietHours(time(0, 0), time(23, 59))),
    ],
)
def test_a_window_is_written_hh_mm_dash_hh_mm(text: str, window: QuietHours) -> None:
    assert parse_quiet_hours(text) == window


@pytest.mark.parametrize("text", ["22:00-22:00", "24:00-06:00", "22:60-06:00", "22-06", "off", "", "10pm-6am", "22:00"])
def test_other_windows_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_quiet_hours(text)


def test_a_window_reads_as_it_is_written() -> None:
    assert str(parse_quiet_hours("7:05-22:30")) == "07:05-22:30"


@pytest.mark.parametrize(
    ("name", "zone"),
    [("Africa/Bamako", "Africa/Bamako"), ("africa/bamako", "Africa/Bamako"), ("UTC", "UTC"), (" Europe/Paris ", "Europe/Paris")],
)
def test_zone_names_are_iana_names_in_any_case(name: str, zone: str) -> None:
    assert canonical_zone(name) == zone


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "localtime", "../etc/passwd", "WAT"])
def test_other_zone_names_are_refused(name: str) -> None:
    assert canonical_zone(name) is None
