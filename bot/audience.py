"""Who gets an alert, and whose phone rings: the chats' own settings applied to what the store
knows of them. Pure.

The store only reports each subscriber's settings; deciding with them is policy, kept here
beside the one list of severities (`config.SEVERITIES`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .config import SEVERITIES
from .records import QuietHours, Subscriber

RINGS_IN_QUIET_HOURS = "critical"  # the severity that still rings a phone at night
_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
_WINDOW = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


def severity_rank(severity: str) -> int:
    """An unknown severity (from an older config or a hand-edited db) ranks lowest, not fails."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else 0


def wants(subscriber: Subscriber, severity: str, now: datetime) -> bool:
    """A muted chat wants nothing until its mute ends; a chat that set a lowest severity wants
    nothing below it."""
    return refusal(subscriber, severity, now) is None


def refusal(subscriber: Subscriber, severity: str, now: datetime) -> str | None:
    """Why the chat does not want an alert of this severity now, in words for the log; None
    when it does. The one place of the policy `wants` applies."""
    if subscriber.muted_until is not None and subscriber.muted_until > now:
        return "muted"
    if subscriber.min_severity is not None and severity_rank(severity) < severity_rank(subscriber.min_severity):
        return f"its lowest severity is now {subscriber.min_severity}"
    return None


def recipients(subscribers: Iterable[Subscriber], severity: str, now: datetime) -> list[int]:
    return [s.chat_id for s in subscribers if wants(s, severity, now)]


def parse_quiet_hours(text: str) -> QuietHours:
    """`22:00-06:00` (24-hour clock) as a window; a window may cross midnight. Raises ValueError
    for anything else, and for start == end, which could mean never or always."""
    found = _WINDOW.match(text)
    if found is None:
        raise ValueError("expected HH:MM-HH:MM")
    h1, m1, h2, m2 = (int(g) for g in found.groups())
    if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
        raise ValueError("hours are 00-23, minutes 00-59")
    window = QuietHours(time(h1, m1), time(h2, m2))
    if window.start == window.end:
        raise ValueError("start and end must differ (the same time twice could mean never or always)")
    return window


def parse_clock_time(text: str) -> time:
    """`07:00` or `7:00` (24-hour clock). Raises ValueError for anything else."""
    found = _CLOCK.match(text)
    if found is None or int(found.group(1)) > 23 or int(found.group(2)) > 59:
        raise ValueError("expected HH:MM, 00:00 to 23:59")
    return time(int(found.group(1)), int(found.group(2)))


def zone_of(name: str) -> ZoneInfo:
    """A chat's clock: the IANA zone, or UTC when the name is unknown (a hand-edited db), so that
    an alert, a mark or a digest still goes rather than failing."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def in_quiet_hours(window: QuietHours, zone: str, moment: datetime) -> bool:
    """Is `moment` inside the window on the chat's wall clock? The window is local time, so it
    is read on the clock the chat sees that day: converting the aware moment with zoneinfo
    keeps 22:00 at 22:00 across a DST change. Start counts, end does not; a window whose start
    is after its end crosses midnight. An unknown zone (a hand-edited db) reads as UTC rather
    than failing a delivery."""
    now = moment.astimezone(zone_of(zone)).time().replace(tzinfo=None)
    if window.start < window.end:
        return window.start <= now < window.end
    return now >= window.start or now < window.end


def silent(window: QuietHours | None, zone: str, severity: str, moment: datetime) -> bool:
    """Send without a sound? Only in the chat's quiet hours, and never a critical alert: quiet
    hours spare people's nights, they must not hide what they would want to be woken for. A
    silent alert is still sent: nothing is held back."""
    if window is None or severity_rank(severity) >= severity_rank(RINGS_IN_QUIET_HOURS):
        return False
    return in_quiet_hours(window, zone, moment)
