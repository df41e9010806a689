"""alerts.db: what was seen, what alerted, who is subscribed, and what is still to be sent.

An alert and the deliveries it owes are written in one transaction, before anything is sent,
and a delivery is marked sent only after Telegram confirmed it: a crash at any moment loses
nothing, and at worst repeats the send that was in flight.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import sqlite_utils

from .parse import Item

CONSOLE_CHAT = 0  # the pseudo-chat that stands for stdout when no bot token is set
SCHEMA_VERSION = 6


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def _from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _rank(severity: str) -> int:
    return ("low", "medium", "high", "critical").index(severity) if severity in ("low", "medium", "high", "critical") else 0


@dataclass(frozen=True)
class NewAlert:
    """What the pipeline decided to alert: a watchlist hit and the chats it is due to."""

    watchlist: str
    watchlist_title: str
    severity: str
    matches: list[dict[str, object]]
    chats: Sequence[int]
    highlights: Sequence[tuple[int, int]] = ()  # spans of the summary to underline (names, keyword)


class Recorded(NamedTuple):
    item_id: int
    alert_ids: list[int]


@dataclass(frozen=True)
class Source:
    """One report of a story: the outlet, its link and its headline."""

    feed: str
    link: str | None
    title: str


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
    matches: list[dict[str, object]]
    feed: str
    title: str
    summary: str
    link: str | None
    published: datetime | None
    dated: bool = True  # False: `published` is when the item was first seen
    created: datetime | None = None  # when the alert was queued
    highlights: list[tuple[int, int]] = field(default_factory=list)
    thread_id: int | None = None  # a forum topic of the chat, when the config names one
    sources: list[Source] = field(default_factory=list)  # every report of the story, this one first
    edit_of: int | None = None  # set: the message (id) was sent; edit it to show new sources


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

    @classmethod
    def from_row(cls, r: dict[str, Any]) -> FeedState:
        return cls(
            failing_since=_from_iso(r.get("failing_since")),
            failure_reported=bool(r.get("failure_reported")),
            name=r["name"],
            last_success=_from_iso(r["last_success"]),
            last_error=r["last_error"],
            consecutive_failures=r["consecutive_failures"],
            items_seen=r["items_seen"],
            etag=r["etag"],
            last_modified=r["last_modified"],
            last_attempt=_from_iso(r.get("last_attempt")),
        )


def read_feed_states(path: str | Path) -> dict[str, FeedState]:
    """Every feed's state, for a tool run beside the bot: nothing written, nothing locked.

    `Store` migrates the schema and switches on WAL, both writes. This opens the file read-only,
    so a missing db is not created. WAL readers never block the bot's writer; when no -wal file
    exists, no connection has the db open, and it is read as immutable, so that running this as
    another user (root) leaves behind no -wal or -shm file the bot's own user could not open.
    """
    file = Path(path).resolve()
    idle = not Path(f"{file}-wal").exists()
    try:
        conn = sqlite3.connect(f"{file.as_uri()}?mode=ro{'&immutable=1' if idle else ''}", uri=True)
        try:
            db = sqlite_utils.Database(conn)
            if not db["feeds"].exists():
                return {}
            return {state.name: state for state in map(FeedState.from_row, db["feeds"].rows)}
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        raise _why_unusable(path, exc) from None


@dataclass(frozen=True)
class Chat:
    chat_id: int
    kind: str
    title: str | None
    active: bool
    registered_by: int | None = None
    admitted_by: str | None = None  # "allowed" (a user in the config) or "code:CODE"; None: config or legacy


class StoreError(Exception):
    """alerts.db cannot be used; the message names the file and what to do about it."""


def _why_unusable(path: str | Path, exc: Exception) -> StoreError:
    """Turn SQLite's terse "unable to open database file" into the admin's next step."""
    where = Path(path)
    if where.is_dir():
        example = where / "alerts.db"
        return StoreError(f"{path}: this is a folder, not a database file; pass --db with a file path (e.g. {example})")
    if not where.parent.is_dir():
        return StoreError(f"{path}: the folder {where.parent} does not exist; create it or pass another --db")
    if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
        return StoreError(f"{path}: this file is not an SQLite database; pass another --db (the bot creates a new one there)")
    return StoreError(f"{path}: cannot open the database ({exc}); check the path and its permissions")


class Store:
    """The one place that reads and writes alerts.db."""

    def __init__(self, path: str | Path):
        try:
            self.db = sqlite_utils.Database(path)
            if str(path) != ":memory:":
                self.db.enable_wal()
            self.db.execute("PRAGMA busy_timeout = 5000")
            # In WAL mode NORMAL never corrupts and survives a killed process; only a power cut
            # can lose the last commits. FULL would fsync on every commit, a few ms each.
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise _why_unusable(path, exc) from None

    def close(self) -> None:
        self.db.close()

    def _migrate(self) -> None:
        with self.db.atomic():
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
            row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            version = int(row[0]) if row else 0
            if version < 1:
                self._create_v1()
            if version < 2:
                self.db["chats"].add_column("migrated_to", int)
            if version < 3:
                self.db["feeds"].add_column("failing_since", str)
                self.db["feeds"].add_column("failure_reported", int)
            if version < 4:
                self.db["chats"].add_column("muted_until", str)
                self.db["chats"].add_column("min_severity", str)
                self.db["subscriptions"].add_column("thread_id", int)
                self.db["alerts"].add_column("highlights", str)
            if version < 5:
                self.db["chats"].add_column("admitted_by", str)
            if version < 6:
                self._create_v6()
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def _create_v1(self) -> None:
        db = self.db
        db["feeds"].create(
            {
                "name": str,
                "last_success": str,
                "last_attempt": str,
                "last_error": str,
                "consecutive_failures": int,
                "items_seen": int,
                "etag": str,
                "last_modified": str,
            },
            pk="name",
            not_null={"consecutive_failures", "items_seen"},
            defaults={"consecutive_failures": 0, "items_seen": 0},
            if_not_exists=True,
        )
        db["items"].create(
            {
                "id": int,
                "feed": str,
                "guid": str,
                "link": str,
                "title": str,
                "summary": str,
                "published": str,
                "dated": int,
                "first_seen": str,
                "alertable": int,
            },
            pk="id",
            if_not_exists=True,
        )
        db["item_keys"].create(
            {"key": str, "item_id": int}, pk="key", foreign_keys=[("item_id", "items", "id")], if_not_exists=True
        )
        db["alerts"].create(
            {
                "id": int,
                "item_id": int,
                "watchlist": str,
                "watchlist_title": str,
                "severity": str,
                "matches": str,
                "created": str,
            },
            pk="id",
            foreign_keys=[("item_id", "items", "id")],
            if_not_exists=True,
        )
        db["chats"].create(
            {"chat_id": int, "kind": str, "title": str, "active": int, "registered_by": int, "created": str},
            pk="chat_id",
            if_not_exists=True,
        )
        db["subscriptions"].create(
            {"chat_id": int, "watchlist": str, "source": str, "created": str},
            pk=("chat_id", "watchlist"),
            if_not_exists=True,
        )
        db["deliveries"].create(
            {
                "id": int,
                "alert_id": int,
                "item_id": int,
                "chat_id": int,
                "status": str,
                "attempts": int,
                "next_attempt": str,
                "last_error": str,
                "message_id": int,
                "created": str,
                "sent": str,
            },
            pk="id",
            foreign_keys=[("alert_id", "alerts", "id")],
            not_null={"status", "attempts"},
            defaults={"status": "pending", "attempts": 0},
            if_not_exists=True,
        )
        db["deliveries"].create_index(["status", "next_attempt"], if_not_exists=True)
        db["deliveries"].create_index(["item_id", "chat_id"], unique=True, if_not_exists=True)
        db["items"].create_index(["feed", "first_seen"], if_not_exists=True)

    def _create_v6(self) -> None:
        """Stories: an alert's every source, the report grouping needs, and edits owed."""
        db = self.db
        db["items"].add_column("story_id", int)
        db["items"].add_column("report", str)  # JSON of story.Report, for alerted items
        db["items"].create_index(["story_id"], if_not_exists=True)
        db["alerts"].add_column("story_id", int)
        db["alerts"].add_column("sources", int, not_null_default=1)
        db["alerts"].create_index(["story_id"], if_not_exists=True)
        db["alert_sources"].create(
            {"alert_id": int, "item_id": int, "feed": str, "link": str, "title": str, "added": str},
            pk=("alert_id", "item_id"),
            foreign_keys=[("alert_id", "alerts", "id"), ("item_id", "items", "id")],
            if_not_exists=True,
        )
        db["deliveries"].add_column("shown_sources", int, not_null_default=1)
        db["deliveries"].add_column("edit_due", int, not_null_default=0)
        db["deliveries"].add_column("edit_next", str)
        db.execute("CREATE INDEX IF NOT EXISTS deliveries_edit_due ON deliveries (edit_due) WHERE edit_due = 1")
        # Alerts from before v6 are their own story, with their own item as their one source.
        db.execute("UPDATE alerts SET story_id = item_id WHERE story_id IS NULL")
        db.execute(
            """INSERT OR IGNORE INTO alert_sources (alert_id, item_id, feed, link, title, added)
               SELECT a.id, i.id, i.feed, i.link, i.title, a.created FROM alerts a JOIN items i ON i.id = a.item_id"""
        )

    # -- feeds -------------------------------------------------------------------------------

    def feed_state(self, name: str) -> FeedState | None:
        rows = list(self.db["feeds"].rows_where("name = ?", [name]))
        return FeedState.from_row(rows[0]) if rows else None

    def record_poll_success(
        self, name: str, now: datetime, new_items: int, etag: str | None = None, last_modified: str | None = None
    ) -> None:
        with self.db.atomic():
            self._ensure_feed(name)
            self.db.execute(
                """UPDATE feeds SET last_success = ?, last_attempt = ?, consecutive_failures = 0,
                   last_error = NULL, items_seen = items_seen + ?, failing_since = NULL, failure_reported = 0,
                   etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE name = ?""",
                [_iso(now), _iso(now), new_items, etag, last_modified, name],
            )

    def record_poll_failure(self, name: str, now: datetime, error: str) -> int:
        """Returns how many polls in a row have now failed."""
        with self.db.atomic():
            self._ensure_feed(name)
            self.db.execute(
                """UPDATE feeds SET last_attempt = ?, last_error = ?, failing_since = coalesce(failing_since, ?),
                   consecutive_failures = consecutive_failures + 1 WHERE name = ?""",
                [_iso(now), error[:1000], _iso(now), name],
            )
        return self.db.execute("SELECT consecutive_failures FROM feeds WHERE name = ?", [name]).fetchone()[0]

    def set_failure_reported(self, name: str, reported: bool) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE feeds SET failure_reported = ? WHERE name = ?", [int(reported), name])

    def forget_feed(self, name: str) -> None:
        """A feed now read from another source starts over: its next poll is a first poll."""
        with self.db.atomic():
            self.db.execute("DELETE FROM feeds WHERE name = ?", [name])

    def _ensure_feed(self, name: str) -> None:
        self.db.execute("INSERT OR IGNORE INTO feeds (name) VALUES (?)", [name])

    # -- items and alerts --------------------------------------------------------------------

    def known_keys(self, keys: Iterable[str]) -> set[str]:
        keys = list(keys)
        if not keys:
            return set()
        marks = ",".join("?" * len(keys))
        return {r[0] for r in self.db.execute(f"SELECT key FROM item_keys WHERE key IN ({marks})", keys)}

    def record_item(
        self,
        item: Item,
        keys: Sequence[str],
        now: datetime,
        alertable: bool,
        alerts: Sequence[NewAlert] = (),
        story_id: int | None = None,
        report: dict[str, object] | None = None,
    ) -> Recorded:
        """Store an item, its dedup keys, its alerts and their deliveries, all or nothing.

        With `story_id`, the item is one more report of that story: it becomes a source of each
        of the story's alerts, whose sent messages are marked for an edit, and `alerts` are only
        those of watchlists the story had not alerted yet. Without, the item starts a story.
        A chat owed the same item by two watchlists gets one message, for the first of them.
        """
        alert_ids: list[int] = []
        with self.db.atomic():
            item_id = (
                self.db["items"]
                .insert(
                    {
                        "feed": item.feed,
                        "guid": item.guid,
                        "link": item.link,
                        "title": item.title,
                        "summary": item.summary,
                        "published": _iso(item.published),
                        "dated": int(item.dated),
                        "first_seen": _iso(now),
                        "alertable": int(alertable),
                        "report": json.dumps(report, ensure_ascii=False) if report is not None else None,
                    }
                )
                .last_pk
            )
            story = story_id if story_id is not None else item_id
            if report is not None:
                self.db.execute("UPDATE items SET story_id = ? WHERE id = ?", [story, item_id])
            for key in keys:
                self.db.execute("INSERT OR IGNORE INTO item_keys (key, item_id) VALUES (?, ?)", [key, item_id])
            if story_id is not None:
                for (alert_id,) in self.db.execute("SELECT id FROM alerts WHERE story_id = ?", [story_id]).fetchall():
                    self._add_source(alert_id, item_id, item, now)
            for alert in alerts:
                alert_id = (
                    self.db["alerts"]
                    .insert(
                        {
                            "item_id": item_id,
                            "watchlist": alert.watchlist,
                            "watchlist_title": alert.watchlist_title,
                            "severity": alert.severity,
                            "matches": json.dumps(alert.matches, ensure_ascii=False),
                            "highlights": json.dumps([list(span) for span in alert.highlights]),
                            "created": _iso(now),
                            "story_id": story,
                            "sources": 0,
                        }
                    )
                    .last_pk
                )
                alert_ids.append(alert_id)
                self._add_source(alert_id, item_id, item, now)
                for chat_id in alert.chats:
                    self.db.execute(
                        """INSERT OR IGNORE INTO deliveries (alert_id, item_id, chat_id, status, attempts, created, next_attempt)
                           VALUES (?, ?, ?, 'pending', 0, ?, ?)""",
                        [alert_id, item_id, chat_id, _iso(now), _iso(now)],
                    )
        return Recorded(item_id, alert_ids)

    def _add_source(self, alert_id: int, item_id: int, item: Item, now: datetime) -> None:
        """One more report of an alert's story; messages already sent for it are to be edited."""
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO alert_sources (alert_id, item_id, feed, link, title, added) VALUES (?, ?, ?, ?, ?, ?)",
            [alert_id, item_id, item.feed, item.link, item.title, _iso(now)],
        )
        if cursor.rowcount:
            self.db.execute("UPDATE alerts SET sources = sources + 1 WHERE id = ?", [alert_id])
            self.db.execute(
                "UPDATE deliveries SET edit_due = 1, edit_next = NULL WHERE alert_id = ? AND status = 'sent' AND edit_due >= 0",
                [alert_id],
            )

    def story_alerts(self, story_id: int) -> tuple[set[str], set[int]]:
        """The watchlists a story has alerted, and every chat any of its alerts was owed to."""
        watchlists = {r[0] for r in self.db.execute("SELECT watchlist FROM alerts WHERE story_id = ?", [story_id])}
        chats = {
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT d.chat_id FROM deliveries d JOIN alerts a ON a.id = d.alert_id WHERE a.story_id = ?", [story_id]
            )
        }
        return watchlists, chats

    def story_reports(self, since: datetime) -> list[tuple[int, int, dict[str, object]]]:
        """(item id, story id, report) of the items alerted or grouped since a moment, oldest first:
        what the story index is rebuilt from at start-up."""
        rows = self.db.execute(
            "SELECT id, story_id, report FROM items WHERE report IS NOT NULL AND first_seen >= ? ORDER BY id", [_iso(since)]
        )
        return [(r[0], r[1], json.loads(r[2])) for r in rows]

    def sources(self, alert_ids: Iterable[int]) -> dict[int, list[Source]]:
        """Every report of each alert's story, oldest first (the alert's own item first)."""
        ids = list(alert_ids)
        found: dict[int, list[Source]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for alert_id, feed, link, title in self.db.execute(
                f"SELECT alert_id, feed, link, title FROM alert_sources WHERE alert_id IN ({marks}) ORDER BY added, item_id",
                chunk,
            ):
                found[alert_id].append(Source(feed, link, title))
        return found

    # -- chats and subscriptions -------------------------------------------------------------

    def register_chat(
        self, chat_id: int, kind: str, title: str | None, user_id: int | None, now: datetime, admitted_by: str | None = None
    ) -> None:
        """Admit a chat, or reactivate one that had blocked the bot; `admitted_by` records on what
        grounds (kept when not given), so that removing them from the config revokes the chat."""
        with self.db.atomic():
            self.db.execute(
                """INSERT INTO chats (chat_id, kind, title, active, registered_by, created, admitted_by)
                   VALUES (?, ?, ?, 1, ?, ?, ?)
                   ON CONFLICT(chat_id) DO UPDATE SET active = 1, kind = excluded.kind, title = excluded.title,
                   registered_by = coalesce(excluded.registered_by, registered_by),
                   admitted_by = coalesce(excluded.admitted_by, admitted_by)""",
                [chat_id, kind, title, user_id, _iso(now), admitted_by],
            )

    def chat(self, chat_id: int) -> Chat | None:
        row = self.db.execute(
            "SELECT chat_id, kind, title, active, registered_by, admitted_by FROM chats WHERE chat_id = ?", [chat_id]
        ).fetchone()
        return Chat(row[0], row[1], row[2], bool(row[3]), row[4], row[5]) if row else None

    def admitted_chats(self) -> list[Chat]:
        rows = self.db.execute(
            """SELECT chat_id, kind, title, active, registered_by, admitted_by FROM chats
               WHERE active = 1 AND admitted_by IS NOT NULL"""
        )
        return [Chat(r[0], r[1], r[2], bool(r[3]), r[4], r[5]) for r in rows]

    def set_chat_active(self, chat_id: int, active: bool) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE chats SET active = ? WHERE chat_id = ?", [int(active), chat_id])

    def subscribe(self, chat_id: int, watchlist: str, now: datetime, source: str = "user") -> bool:
        """True when the subscription is new."""
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT OR IGNORE INTO subscriptions (chat_id, watchlist, source, created) VALUES (?, ?, ?, ?)",
                [chat_id, watchlist, source, _iso(now)],
            )
        return cursor.rowcount > 0

    def unsubscribe(self, chat_id: int, watchlist: str) -> bool:
        with self.db.atomic():
            cursor = self.db.execute("DELETE FROM subscriptions WHERE chat_id = ? AND watchlist = ?", [chat_id, watchlist])
        return cursor.rowcount > 0

    def subscriptions(self, chat_id: int) -> list[tuple[str, str]]:
        """(watchlist, source) pairs, source being "user" or "config"."""
        rows = self.db.execute("SELECT watchlist, source FROM subscriptions WHERE chat_id = ? ORDER BY watchlist", [chat_id])
        return [(r[0], r[1]) for r in rows]

    def subscribers(self, watchlist: str, severity: str | None = None, now: datetime | None = None) -> list[int]:
        """Active chats subscribed to a watchlist; with `severity` and `now`, only those that are
        not muted and want alerts of that severity."""
        rows = self.db.execute(
            """SELECT s.chat_id, c.muted_until, c.min_severity FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id
               WHERE s.watchlist = ? AND c.active = 1 ORDER BY s.chat_id""",
            [watchlist],
        )
        chats = []
        for chat_id, muted_until, min_severity in rows:
            if now is not None and muted_until and _from_iso(muted_until) > now:  # type: ignore[operator]
                continue
            if severity is not None and min_severity and _rank(severity) < _rank(min_severity):
                continue
            chats.append(chat_id)
        return chats

    def set_mute(self, chat_id: int, until: datetime | None) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE chats SET muted_until = ? WHERE chat_id = ?", [_iso(until), chat_id])

    def set_min_severity(self, chat_id: int, severity: str | None) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE chats SET min_severity = ? WHERE chat_id = ?", [severity, chat_id])

    def chat_settings(self, chat_id: int) -> tuple[datetime | None, str | None]:
        """(muted until, lowest severity wanted) for a chat."""
        row = self.db.execute("SELECT muted_until, min_severity FROM chats WHERE chat_id = ?", [chat_id]).fetchone()
        return (_from_iso(row[0]), row[1]) if row else (None, None)

    def sent_since(self, moment: datetime) -> int:
        return self.db.execute("SELECT count(*) FROM deliveries WHERE status = 'sent' AND sent >= ?", [_iso(moment)]).fetchone()[
            0
        ]

    def items_seen(self) -> int:
        return self.db.execute("SELECT count(*) FROM items").fetchone()[0]

    def current_chat_id(self, chat_id: int) -> int:
        """Where a chat lives now: a group that became a supergroup has a new id."""
        for _ in range(5):
            row = self.db.execute("SELECT migrated_to FROM chats WHERE chat_id = ?", [chat_id]).fetchone()
            if row is None or row[0] is None:
                break
            chat_id = row[0]
        return chat_id

    def sync_static_chats(self, static: dict[str, Sequence[tuple[int, int | None]]], now: datetime) -> dict[int, int]:
        """Make the config's `chats:` the exact set of config-sourced subscriptions.

        A configured group that has since migrated is followed to its new id; the returned
        {configured id: current id} pairs let the caller ask the admin to update the config.
        """
        moved: dict[int, int] = {}
        with self.db.atomic():
            self.db.execute("DELETE FROM subscriptions WHERE source = 'config'")
            for watchlist, configured in static.items():
                for configured_id, thread_id in configured:
                    chat_id = self.current_chat_id(configured_id)
                    if chat_id != configured_id:
                        moved[configured_id] = chat_id
                    self.db.execute(
                        """INSERT OR IGNORE INTO chats (chat_id, kind, title, active, created)
                           VALUES (?, ?, NULL, 1, ?)""",
                        [chat_id, "private" if chat_id > 0 else "group", _iso(now)],
                    )
                    self.db.execute(  # a chat that subscribed itself keeps its own subscription
                        """INSERT OR IGNORE INTO subscriptions (chat_id, watchlist, source, created, thread_id)
                           VALUES (?, ?, 'config', ?, ?)""",
                        [chat_id, watchlist, _iso(now), thread_id],
                    )
        return moved

    # -- the outbox --------------------------------------------------------------------------

    def due_deliveries(self, now: datetime, console: bool, limit: int = 100, per_chat: int = 3) -> list[Delivery]:
        """Each chat's oldest pending deliveries, if its oldest is due; oldest alert first.

        A chat's alerts go out in order: while its oldest waits for a retry, the later ones
        wait too. At most `per_chat` rows per chat, so one chat's backlog cannot crowd the
        others out of a pass.
        """
        chat_filter = "d.chat_id = 0" if console else "d.chat_id != 0"
        rows = self.db.execute(
            f"""WITH queue AS (
                    SELECT d.*, row_number() OVER (PARTITION BY d.chat_id ORDER BY d.id) AS place,
                           first_value(d.next_attempt) OVER (PARTITION BY d.chat_id ORDER BY d.id) AS head_next
                    FROM deliveries d LEFT JOIN chats c ON c.chat_id = d.chat_id
                    WHERE d.status = 'pending' AND {chat_filter} AND coalesce(c.active, 1) = 1)
                SELECT d.id, d.alert_id, d.chat_id, d.attempts, a.watchlist, a.watchlist_title, a.severity,
                       a.matches, i.feed, i.title, i.summary, i.link, i.published, i.dated, d.created,
                       a.highlights, s.thread_id
                FROM queue d JOIN alerts a ON a.id = d.alert_id JOIN items i ON i.id = d.item_id
                LEFT JOIN subscriptions s ON s.chat_id = d.chat_id AND s.watchlist = a.watchlist
                WHERE d.place <= ? AND (d.head_next IS NULL OR d.head_next <= ?)
                  AND (d.next_attempt IS NULL OR d.next_attempt <= ?)
                ORDER BY d.id LIMIT ?""",
            [per_chat, _iso(now), _iso(now), limit],
        )
        return self._with_sources([self._delivery(r) for r in rows])

    def due_edits(self, now: datetime, console: bool, limit: int = 200) -> list[Delivery]:
        """Sent alerts whose story gained sources since: their message is to be edited."""
        chat_filter = "d.chat_id = 0" if console else "d.chat_id != 0 AND d.message_id IS NOT NULL"
        rows = self.db.execute(
            f"""SELECT d.id, d.alert_id, d.chat_id, d.attempts, a.watchlist, a.watchlist_title, a.severity,
                       a.matches, i.feed, i.title, i.summary, i.link, i.published, i.dated, d.created,
                       a.highlights, s.thread_id, d.message_id
                FROM deliveries d JOIN alerts a ON a.id = d.alert_id JOIN items i ON i.id = d.item_id
                LEFT JOIN chats c ON c.chat_id = d.chat_id
                LEFT JOIN subscriptions s ON s.chat_id = d.chat_id AND s.watchlist = a.watchlist
                WHERE d.edit_due = 1 AND d.status = 'sent' AND {chat_filter} AND coalesce(c.active, 1) = 1
                  AND (d.edit_next IS NULL OR d.edit_next <= ?)
                ORDER BY d.id LIMIT ?""",
            [_iso(now), limit],
        )
        return self._with_sources([replace(self._delivery(r), edit_of=r[17] if r[17] is not None else 0) for r in rows])

    @staticmethod
    def _delivery(r: Sequence) -> Delivery:  # type: ignore[type-arg]
        return Delivery(
            id=r[0],
            alert_id=r[1],
            chat_id=r[2],
            attempts=r[3],
            watchlist=r[4],
            watchlist_title=r[5],
            severity=r[6],
            matches=json.loads(r[7]),
            feed=r[8],
            title=r[9],
            summary=r[10],
            link=r[11],
            published=_from_iso(r[12]),
            dated=bool(r[13]),
            created=_from_iso(r[14]),
            highlights=[tuple(span) for span in json.loads(r[15] or "[]")],
            thread_id=r[16],
        )

    def _with_sources(self, deliveries: list[Delivery]) -> list[Delivery]:
        found = self.sources({d.alert_id for d in deliveries})
        return [replace(d, sources=found.get(d.alert_id, [])) for d in deliveries]

    def mark_sent(self, delivery_id: int, message_id: int | None, now: datetime, shown: int = 1) -> None:
        """`shown`: how many sources the message named; a story that gained more since needs an edit."""
        with self.db.atomic():
            self.db.execute(
                """UPDATE deliveries SET status = 'sent', message_id = ?, sent = ?, attempts = attempts + 1,
                   shown_sources = ?, edit_due = ((SELECT sources FROM alerts WHERE id = alert_id) > ?) WHERE id = ?""",
                [message_id, _iso(now), shown, shown, delivery_id],
            )

    def mark_edited(self, delivery_id: int, shown: int) -> None:
        with self.db.atomic():
            self.db.execute(
                """UPDATE deliveries SET shown_sources = ?, edit_next = NULL,
                   edit_due = ((SELECT sources FROM alerts WHERE id = alert_id) > ?) WHERE id = ? AND edit_due >= 0""",
                [shown, shown, delivery_id],
            )

    def retry_edit(self, delivery_id: int, when: datetime) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE deliveries SET edit_next = ? WHERE id = ?", [_iso(when), delivery_id])

    def give_up_edits(self, delivery_id: int, error: str) -> None:
        """The message cannot be edited (deleted, too old): it keeps the sources it shows."""
        with self.db.atomic():
            self.db.execute("UPDATE deliveries SET edit_due = -1, last_error = ? WHERE id = ?", [error[:1000], delivery_id])

    def mark_retry(self, delivery_id: int, error: str, next_attempt: datetime) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE deliveries SET attempts = attempts + 1, last_error = ?, next_attempt = ? WHERE id = ?",
                [error[:1000], _iso(next_attempt), delivery_id],
            )

    def fail_chat_queue(self, chat_id: int, error: str) -> int:
        """A chat that blocked the bot gets nothing that was queued for it, now or later."""
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE deliveries SET status = 'failed', last_error = ? WHERE chat_id = ? AND status = 'pending'",
                [error[:1000], chat_id],
            )
        return cursor.rowcount

    def expire_pending(self, queued_before: datetime) -> int:
        """Deliveries queued before a moment (a day ago) and still pending are given up."""
        with self.db.atomic():
            cursor = self.db.execute(
                """UPDATE deliveries SET status = 'failed', last_error = coalesce(last_error, '') || ' (expired)'
                   WHERE status = 'pending' AND created < ?""",
                [_iso(queued_before)],
            )
        return cursor.rowcount

    def mark_failed(self, delivery_id: int, error: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?",
                [error[:1000], delivery_id],
            )

    def migrate_chat(self, old_id: int, new_id: int) -> None:
        """A group became a supergroup: its subscriptions and queued alerts follow it."""
        with self.db.atomic():
            self.db.execute(
                """INSERT OR IGNORE INTO chats (chat_id, kind, title, active, registered_by, created)
                   SELECT ?, 'supergroup', title, 1, registered_by, created FROM chats WHERE chat_id = ?""",
                [new_id, old_id],
            )
            self.db.execute("UPDATE OR IGNORE subscriptions SET chat_id = ? WHERE chat_id = ?", [new_id, old_id])
            self.db.execute("DELETE FROM subscriptions WHERE chat_id = ?", [old_id])
            self.db.execute(
                "UPDATE OR IGNORE deliveries SET chat_id = ? WHERE chat_id = ? AND status = 'pending'", [new_id, old_id]
            )
            # What could not move was already owed to the new id: it goes there once, not twice.
            self.db.execute("UPDATE deliveries SET status = 'superseded' WHERE chat_id = ? AND status = 'pending'", [old_id])
            self.db.execute("UPDATE chats SET active = 0, migrated_to = ? WHERE chat_id = ?", [new_id, old_id])

    def prune(self, before: datetime, keep_keys_of: Sequence[str] = ()) -> int:
        """Forget items first seen before `before`, with their keys, alerts and finished deliveries.

        An item with a delivery still pending is kept whatever its age: nothing queued is lost.
        The dedup keys of feeds in `keep_keys_of` (feeds with no age limit, whose old items
        would otherwise alert again) are kept, so such an item is still known when it comes back.
        """
        with self.db.atomic():
            self.db.execute(
                """CREATE TEMP TABLE IF NOT EXISTS doomed (id INTEGER PRIMARY KEY)""",
            )
            self.db.execute("DELETE FROM doomed")
            self.db.execute(
                """INSERT INTO doomed SELECT id FROM items WHERE first_seen < ?
                   AND id NOT IN (SELECT item_id FROM deliveries WHERE status = 'pending')""",
                [_iso(before)],
            )
            self.db.execute("DELETE FROM deliveries WHERE item_id IN (SELECT id FROM doomed)")
            self.db.execute(
                """DELETE FROM alert_sources WHERE item_id IN (SELECT id FROM doomed)
                   OR alert_id IN (SELECT id FROM alerts WHERE item_id IN (SELECT id FROM doomed))"""
            )
            self.db.execute("DELETE FROM alerts WHERE item_id IN (SELECT id FROM doomed)")
            marks = ",".join("?" * len(keep_keys_of))
            self.db.execute(
                f"""DELETE FROM item_keys WHERE item_id IN (SELECT id FROM doomed)
                    AND item_id NOT IN (SELECT id FROM items WHERE feed IN ({marks}))""",
                list(keep_keys_of),
            )
            removed = self.db.execute("DELETE FROM items WHERE id IN (SELECT id FROM doomed)").rowcount
        return removed

    def alert_counts(self, since: datetime) -> list[tuple[str, str, str, int]]:
        """(day, watchlist, location, alerts) since a moment, newest day first."""
        rows = self.db.execute(
            """SELECT substr(a.created, 1, 10) AS day, a.watchlist, json_extract(m.value, '$.location') AS location,
                      count(*) FROM alerts a, json_each(a.matches) m
               WHERE a.created >= ? GROUP BY day, a.watchlist, location ORDER BY day DESC, a.watchlist, location""",
            [_iso(since)],
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def pending_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM deliveries WHERE status = 'pending'").fetchone()[0]

    def queue_health(self) -> tuple[int, int, datetime | None]:
        """(pending, failed, oldest pending) for admins: a queue that stops draining shows here."""
        pending, oldest = self.db.execute("SELECT count(*), min(created) FROM deliveries WHERE status = 'pending'").fetchone()
        failed = self.db.execute("SELECT count(*) FROM deliveries WHERE status = 'failed'").fetchone()[0]
        return pending, failed, _from_iso(oldest)
