"""When to poll a feed next: its interval, the publisher's own hints, backoff after failures. Pure.

Publishers ban clients that hammer them, so the bot waits at least as long as the feed asks
(`Cache-Control: max-age`, the RSS `<ttl>`, `Retry-After` on 429 and 503), up to a ceiling so
that a misconfigured server cannot silence a source for days. A failing feed backs off
exponentially, again up to a ceiling, and faster when its fault will not go away by itself
(`BACKOFF_FLOOR`): asking every few minutes for a feed the server calls gone (404, 410) only
hammers the publisher. Every delay gets a little jitter so feeds polled on the same interval
drift apart instead of arriving at a server in one burst.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from .faults import FaultKind

JITTER = 0.1  # +-10% of every delay
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*(\d+)", re.IGNORECASE)

# The shortest wait after the second failure in a row, as a share of backoff_max, by the kind
# of the last failure; the doubling from the interval still applies above it. The first
# failure of any kind retries after the interval: one 404 or error page can be a deploy.
BACKOFF_FLOOR: dict[FaultKind, float] = {
    # Passing trouble (the network, an overloaded server, a bug of ours): doubling only.
    FaultKind.TIMEOUT: 0.0,
    FaultKind.REFUSED: 0.0,
    FaultKind.NETWORK: 0.0,
    FaultKind.BAD_BODY: 0.0,
    FaultKind.HTTP_STATUS: 0.0,
    FaultKind.THROTTLED: 0.0,  # and Retry-After, as a hint, when it asks for longer
    FaultKind.UNEXPECTED: 0.0,
    FaultKind.STORAGE: 0.0,  # our own disk or lock: doubling, so a full disk is not a busy loop
    # Broken until a person fixes the feed or the config: a quarter of the ceiling at least.
    FaultKind.TOO_LARGE: 0.25,
    FaultKind.BAD_REDIRECT: 0.25,
    FaultKind.INVALID_URL: 0.25,
    FaultKind.NOT_A_FEED: 0.25,
    FaultKind.UNREADABLE_FILE: 0.25,
    # The server says there is nothing here (404, 410): the ceiling at once.
    FaultKind.GONE: 1.0,
}


def retry_after_seconds(value: str, now: datetime) -> float | None:
    """`Retry-After` is either seconds or an HTTP date."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def server_hint(status: int | None, headers: Mapping[str, str], ttl_minutes: int | None, now: datetime) -> float | None:
    """The longest wait the publisher asked for, in seconds, if any."""
    hints = []
    if status in (429, 503) and "retry-after" in headers:
        hints.append(retry_after_seconds(headers["retry-after"], now))
    if status is not None and status < 400 and (m := _MAX_AGE.search(headers.get("cache-control", ""))):
        hints.append(float(m.group(1)))
    if ttl_minutes:
        hints.append(ttl_minutes * 60.0)
    waits = [h for h in hints if h is not None]
    return max(waits) if waits else None


def next_delay(
    interval: float,
    failures: int,
    hint: float | None,
    hint_ceiling: float,
    backoff_ceiling: float,
    rng: random.Random | None = None,
    *,
    kind: FaultKind | None = None,
) -> float:
    """Seconds until the next poll of a feed; `kind` is the last poll's fault, if it failed."""
    spread = (rng or random).uniform(-JITTER, JITTER)
    return max(1.0, planned_delay(interval, failures, hint, hint_ceiling, backoff_ceiling, kind) * (1 + spread))


def planned_delay(
    interval: float,
    failures: int,
    hint: float | None,
    hint_ceiling: float,
    backoff_ceiling: float,
    kind: FaultKind | None = None,
) -> float:
    """The delay before jitter: what `python -m bot feeds` can predict from the db alone.

    The db keeps no fault kind, so that prediction passes none and gets the shortest wait.
    """
    delay = interval
    if failures > 0:
        delay = min(backoff_ceiling, interval * 2 ** min(failures - 1, 64))
        if failures > 1 and kind is not None:
            delay = max(delay, backoff_ceiling * BACKOFF_FLOOR[kind])
    if hint is not None:
        delay = max(delay, min(hint, backoff_ceiling if failures else hint_ceiling))
    return delay
