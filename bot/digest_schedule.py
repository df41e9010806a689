"""When each chat's daily digest is owed, and owing it: once a chat's day, whatever restarts.

A chat that set `/digest 07:00` is owed, each day, the digest of the slot at 07:00 on its own
clock. The store records each digest queued by the chat's local date, so a bot restarted at
07:05 finds today's already owed and queues nothing; a bot that was down at 07:00 and back by
13:00 still sends it, late; after that the day's digest is skipped rather than sent at night.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from .audience import zone_of
from .store import Store

LATE_GRACE = timedelta(hours=6)  # a digest missed by more than this (the bot was down) is skipped


def owed_day(at: time, set_at: datetime | None, zone: str, now: datetime, grace: timedelta = LATE_GRACE) -> str | None:
    """The chat's local date (YYYY-MM-DD) whose digest slot has come and is not yet too old, or
    None. A slot before `set_at` is not owed: set at 09:00 for 07:00, the first is tomorrow's.
    The slot is read on the chat's clock that day, so 07:00 stays 07:00 across a DST change."""
    tz = zone_of(zone)
    day = now.astimezone(tz).date()
    slot = datetime.combine(day, at, tzinfo=tz)
    if slot > now:
        day -= timedelta(days=1)
        slot = datetime.combine(day, at, tzinfo=tz)
    if set_at is not None and slot < set_at:
        return None
    if now - slot > grace:
        return None
    return day.isoformat()


def queue_due_digests(store: Store, now: datetime, default_zone: str) -> list[int]:
    """Queue the digests now owed; the chats they are for. Each goes out through the outbox."""
    queued = []
    for chat_id, settings in store.digest_chats():
        if settings.digest_at is None:
            continue
        day = owed_day(settings.digest_at, settings.digest_set, settings.timezone or default_zone, now)
        if day is not None and store.queue_digest(chat_id, day, now):
            queued.append(chat_id)
    return queued
