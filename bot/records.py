"""The records that cross the store's edge, both ways. Pure: no I/O.

The pipeline builds them, the store keeps them, the deliverer and the commands read them back:
they live here so that each side imports the same types without importing the other side, and
a pure module can name a stored record without importing sqlite. How a record maps to a row is
the store's business alone (`bot.store`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .match import LocationMatch

CONSOLE_CHAT = 0  # the pseudo-chat that stands for stdout when no bot token is set


@dataclass(frozen=True)
class AlertMatch:
    """A watched location as an alert keeps it: the evidence, and the place's time zone.

    Defaults stand for what an older version did not store, so any stored alert reads back.
    """

    location: str
    alias: str = ""
    field: str = ""  # "title" or "summary"
    start: int = 0
    end: int = 0
    text: str = ""  # the matched span of the original text
    score: float = 0.0
    tz: str | None = None  # IANA time zone of the location, where known
    watchlist: str = ""
    via: str | None = None  # alerted through `radius:`: the place the item named, as written
    distance_km: int | None = None  # and how far it lies from the location
    alias_source: str = "config"  # where the matched name came from ("gazetteer: alternate"...)

    @classmethod
    def of(cls, found: LocationMatch, tz: str | None) -> AlertMatch:
        """The score to one decimal: it is evidence to read, not to compute with."""
        return cls(
            location=found.location,
            alias=found.alias,
            field=found.field,
            start=found.start,
            end=found.end,
            text=found.text,
            score=round(found.score, 1),
            tz=tz,
            watchlist=found.watchlist,
            via=found.via,
            distance_km=found.distance_km,
            alias_source=found.alias_source,
        )


@dataclass(frozen=True)
class NewAlert:
    """What the pipeline decided to alert: a watchlist hit and the chats it is due to."""

    watchlist: str
    watchlist_title: str
    severity: str
    matches: tuple[AlertMatch, ...]
    chats: Sequence[int]
    highlights: Sequence[tuple[int, int]] = ()  # spans of the summary to underline (names, keyword)


class Recorded(NamedTuple):
    item_id: int
    alert_ids: list[int]


class SeenText(NamedTuple):
    """An item seen before with the same title and summary: its id, its date and its feed."""

    item_id: int
    published: datetime | None
    feed: str = ""


@dataclass(frozen=True)
class Source:
    """One report of a story: the outlet, its link and its headline."""

    feed: str
    link: str | None
    title: str


@dataclass(frozen=True)
class Mark:
    """A press of an alert's button: who said what of it, and when."""

    disposition: str  # seen, false_alarm, duplicate (`bot.acks.DISPOSITIONS`)
    user_name: str
    created: datetime


@dataclass(frozen=True)
class Delivery:
    """One pending message with everything needed to render it."""

    id: int
    alert_id: int
    chat_id: int
    attempts: int
    watchlist: str
    watchlist_title: str
    severity: str
    matches: tuple[AlertMatch, ...]
    feed: str
    title: str
    summary: str
    link: str | None
    published: datetime | None
    dated: bool = True  # False: `published` is when the item was first seen
    created: datetime | None = None  # when the alert was queued
    highlights: tuple[tuple[int, int], ...] = ()
    thread_id: int | None = None  # a forum topic of the chat, when the config names one
    sources: tuple[Source, ...] = ()  # every report of the story, this one first
    edit_of: int | None = None  # set: the message (id) was sent; edit it to show new sources
    marks: tuple[Mark, ...] = ()  # acknowledgements pressed under the sent message
    shown_hash: str | None = None  # a digest of the text the sent message shows (None: not known)
    sent: datetime | None = None  # when the message went out (None: not yet): an edit keeps its lateness note


@dataclass(frozen=True)
class Notice:
    """A message to an admin (a reload's summary, a feed down or back), queued like an alert."""

    id: int
    chat_id: int
    text: str
    attempts: int
    created: datetime
    repeats: int = 1  # the same text queued this many times since it was last sent: one message


@dataclass(frozen=True)
class ChatScope:
    """The chats an outbox read covers, so that the store need not know which sender drains it.

    `only`: that chat alone; `excluded`: every chat but that one; neither: every chat.
    """

    only: int | None = None
    excluded: int | None = None


CONSOLE_CHATS = ChatScope(only=CONSOLE_CHAT)  # what the console bot prints
TELEGRAM_CHATS = ChatScope(excluded=CONSOLE_CHAT)  # what the Telegram bot sends


class ItemAlert(NamedTuple):
    """One watchlist's alert for an item: a chat owed the item through any of them gets one
    message, as the first of them it still wants at the send."""

    alert_id: int
    watchlist: str
    severity: str


@dataclass(frozen=True)
class Subscriber:
    """An active chat subscribed to a watchlist, with the settings that decide what it gets."""

    chat_id: int
    muted_until: datetime | None = None
    min_severity: str | None = None  # None: every severity


class QuietHours(NamedTuple):
    """A daily window, on the chat's wall clock, in which alerts below critical arrive silently.
    `start` after `end`: the window crosses midnight (22:00-06:00)."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


class ChatSettings(NamedTuple):
    muted_until: datetime | None
    min_severity: str | None
    timezone: str | None = None  # IANA name; None: the config's `telegram.timezone`
    quiet: QuietHours | None = None
    digest_at: time | None = None  # the daily digest's time, on the chat's clock; None: no digest
    digest_set: datetime | None = None  # when that time was set: no digest is owed for a slot before it


class Subscription(NamedTuple):
    watchlist: str
    source: str  # "user" (the chat subscribed itself) or "config"


@dataclass(frozen=True)
class Chat:
    chat_id: int
    kind: str
    title: str | None
    active: bool
    registered_by: int | None = None
    admitted_by: str | None = None  # "allowed" (a user in the config) or "code:CODE"; None: config or legacy


@dataclass(frozen=True)
class FeedState:
    failing_since: datetime | None
    failure_reported: bool
    name: str
    last_success: datetime | None
    last_error: str | None
    consecutive_failures: int
    items_seen: int
    etag: str | None
    last_modified: str | None
    last_attempt: datetime | None = None  # the last poll, failed or not: when the next one is due follows from it


class StoryReport(NamedTuple):
    """A stored `story.Report`, still as JSON: reading it back is grouping's business."""

    item_id: int
    story_id: int
    report: dict[str, object]


class StoryAlerts(NamedTuple):
    watchlists: frozenset[str]  # the watchlists the story has alerted
    chats: frozenset[int]  # every chat any of its alerts was owed to


class AlertCount(NamedTuple):
    day: str  # YYYY-MM-DD, UTC
    watchlist: str
    location: str
    alerts: int


class MarkCount(NamedTuple):
    """Alerts and what people said of them, for one watchlist, location and feed."""

    watchlist: str
    location: str
    feed: str
    alerts: int
    seen: int  # alerts marked Seen at least once
    false_alarms: int
    duplicates: int


@dataclass(frozen=True)
class DigestJob:
    """A digest owed to a chat: the outbox row that sends it."""

    id: int
    chat_id: int
    local_date: str | None  # None: asked for with /digest now
    stage: int  # 1: the photo went; only the overflow text is left
    attempts: int
    created: datetime


class QueueHealth(NamedTuple):
    pending: int
    failed: int  # given up: rejected, or still failing a day after it was queued
    oldest: datetime | None  # when the oldest pending delivery was queued
    blocked: int = 0  # dropped because the chat blocked or removed the bot: its choice, not a fault
    withdrawn: int = 0  # not sent: the chat unsubscribed or muted itself after they were queued
    notices_pending: int = 0  # the admins' notices still to send
    notices_failed: int = 0  # the admins' notices given up (an admin blocked the bot, a day's outage)
