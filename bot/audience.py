"""Who gets an alert: the chats' own settings applied to what the store knows of them. Pure.

The store only reports each subscriber's settings; deciding with them is policy, kept here
beside the one list of severities (`config.SEVERITIES`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from .config import SEVERITIES
from .records import Subscriber


def severity_rank(severity: str) -> int:
    """An unknown severity (from an older config or a hand-edited db) ranks lowest, not fails."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else 0


def wants(subscriber: Subscriber, severity: str, now: datetime) -> bool:
    """A muted chat wants nothing until its mute ends; a chat that set a lowest severity wants
    nothing below it."""
    if subscriber.muted_until is not None and subscriber.muted_until > now:
        return False
    return subscriber.min_severity is None or severity_rank(severity) >= severity_rank(subscriber.min_severity)


def recipients(subscribers: Iterable[Subscriber], severity: str, now: datetime) -> list[int]:
    return [s.chat_id for s in subscribers if wants(s, severity, now)]
