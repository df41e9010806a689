"""A feed's health in words, for `/status` on Telegram and `python -m bot feeds` in a shell. Pure.

Both read the same stored `FeedState` and must say the same thing about it: an admin who looks
from a phone and then from a terminal should not have to reconcile two wordings or two cut-offs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .config import Config, FeedConfig
from .schedule import planned_delay

if TYPE_CHECKING:
    from .records import FeedState

ERROR_CHARS = 200  # of the last error on /status: a phone screen, not a log
TABLE_ERROR_CHARS = 60  # in the shell's table, where every column shares one line
HEADERS = ("feed", "source", "last success", "failures", "last error", "next poll")


@dataclass(frozen=True)
class FeedHealth:
    """One row of `python -m bot feeds`, every cell already in words."""

    feed: str
    source: str
    last_success: str
    failures: int
    last_error: str
    next_poll: str


def utc(moment: datetime, year: bool = False) -> str:
    return moment.strftime("%d %b %Y %H:%M UTC" if year else "%d %b %H:%M UTC")


def relative(moment: datetime, now: datetime) -> str:
    """'3h 5m ago' or 'in 4m': what an admin checks first is how stale, not the date."""
    seconds = (moment - now).total_seconds()
    minutes = int(abs(seconds) // 60)
    if minutes == 0:
        return "just now" if seconds <= 0 else "in under a minute"
    if minutes < 60:
        span = f"{minutes}m"
    elif minutes < 24 * 60:
        span = f"{minutes // 60}h {minutes % 60}m"
    else:
        span = f"{minutes // 1440}d {minutes % 1440 // 60}h"
    return f"in {span}" if seconds > 0 else f"{span} ago"


def shorten(text: str, limit: int) -> str:
    """One line of at most `limit` characters: errors quote whole server answers."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def next_poll(config: Config, feed: FeedConfig, state: FeedState | None) -> datetime | None:
    """When the poller will fetch the feed again, give or take its jitter; None: at the bot's start.

    The poller keeps its schedule in memory only, so this is worked out again from the last
    attempt with the poller's own rule (interval, then backoff). A publisher's max-age or
    `<ttl>`, and the kind of the last fault (a 404 waits backoff_max), are not stored and can
    only make the real wait longer.
    """
    if state is None or state.last_attempt is None:
        return None
    polling = config.polling
    delay = planned_delay(config.feed_interval(feed), state.consecutive_failures, None, polling.hint_max, polling.backoff_max)
    return state.last_attempt + timedelta(seconds=delay)


def feed_health(config: Config, feed: FeedConfig, state: FeedState | None, now: datetime) -> FeedHealth:
    if state is None:
        last_success = "never polled"
    elif state.last_success is None:
        last_success = "never"
    else:
        last_success = f"{utc(state.last_success)} ({relative(state.last_success, now)})"
    due = next_poll(config, feed, state)
    if due is None:
        when = "at start"
    elif due > now:
        when = f"{utc(due)} ({relative(due, now)})"
    else:
        when = f"due since {utc(due)} ({relative(due, now)})"
    return FeedHealth(
        feed=feed.name,
        source=feed.source,
        last_success=last_success,
        failures=state.consecutive_failures if state else 0,
        last_error=shorten(state.last_error or "", TABLE_ERROR_CHARS) if state else "",
        next_poll=when,
    )


def status_line(name: str, state: FeedState | None) -> str:
    """A feed's line on /status, as plain text: the caller escapes it for Telegram's HTML."""
    if state is None:
        return f"⏳ {name}: not polled yet"
    if state.consecutive_failures:
        return f"❌ {name}: {state.consecutive_failures} failures in a row — {shorten(state.last_error or '', ERROR_CHARS)}"
    when = utc(state.last_success) if state.last_success else "never"
    return f"✅ {name}: ok at {when}, {state.items_seen} items seen"


@dataclass(frozen=True)
class HostLag:
    """A server that cannot keep up with its feeds' intervals: its polls start this late."""

    behind: float  # seconds between a feed's due time and the start of its poll, the latest seen
    feed: str  # the feed that started that late
    interval: float  # that feed's interval, which its turn overran
    feeds: int  # the configured feeds on the host
    per_host: int  # polls at once against one server

    def sentence(self, host: str) -> str:
        return (
            f"{host} cannot keep up with the intervals of its feeds: polls start {_seconds(self.behind)} late "
            f"(feed {self.feed}, every {_seconds(self.interval)}; {self.feeds} feeds on this host, "
            f"{self.per_host} polled at once). Raise polling.per_host or the interval of these feeds."
        )


def _seconds(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
