"""alerts.db: what was seen, what alerted, who is subscribed, and what is still to be sent.

An alert and the deliveries it owes are written in one transaction, before anything is sent,
and a delivery is marked sent only after Telegram confirmed it: a crash at any moment loses
nothing, and at worst repeats the send that was in flight.
"""

from __future__ import annotations

import errno
import json
import sqlite3
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import asdict, fields, replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from time import monotonic as time_monotonic
from typing import Any, cast

from .dedup import SAME_TEXT
from .digest import DigestAlert
from .parse import Item
from .records import (
    CONSOLE_CHAT,
    AlertCount,
    AlertMatch,
    Chat,
    ChatScope,
    ChatSettings,
    Delivery,
    DigestJob,
    FeedState,
    ItemAlert,
    Mark,
    MarkCount,
    NewAlert,
    Notice,
    QueueHealth,
    QuietHours,
    Recorded,
    SeenText,
    Source,
    StoryAlerts,
    StoryReport,
    Subscriber,
    Subscription,
)
from .render import location_label
from .schema import current_version, migrate, stored_version
from .sqlitedb import Database, Table

Row = dict[str, Any]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
NOTICE_REPEAT_HOLD = timedelta(minutes=1)  # the same notice to an admin, at most once a minute


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None


def _from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _table(db: Database, name: str) -> Table:
    """`db[name]` may be a view to the type checker; every name given here is a table."""
    return cast(Table, db[name])


_MATCH_FIELDS = frozenset(f.name for f in fields(AlertMatch))


def _matches_json(matches: Sequence[AlertMatch]) -> str:
    return json.dumps([asdict(m) for m in matches], ensure_ascii=False)


def _matches_from_json(text: str | None) -> tuple[AlertMatch, ...]:
    """Keys an older version did not write take their defaults; keys a newer one added are left out."""
    stored: list[dict[str, Any]] = json.loads(text or "[]")
    return tuple(AlertMatch(**{"location": "", **{k: v for k, v in m.items() if k in _MATCH_FIELDS}}) for m in stored)


def _feed_state(r: Row) -> FeedState:
    """Columns a pre-v3 file lacks (read by `read_feed_states`, which does not migrate) read as unset."""
    return FeedState(
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


def _chat(r: Row) -> Chat:
    return Chat(r["chat_id"], r["kind"], r["title"], bool(r["active"]), r["registered_by"], r["admitted_by"])


_CHAT_COLUMNS = "chat_id, kind, title, active, registered_by, admitted_by"


# An outbox row and all it renders: the one column list of `due_deliveries` and `due_edits`,
# read back by name in `_delivery`. `d` is the deliveries table, or a query of it.
_DELIVERY_COLUMNS = """d.id, d.alert_id, d.chat_id, d.attempts, a.watchlist, a.watchlist_title, a.severity, a.matches,
    i.feed, i.title, i.summary, i.link, i.published, i.dated, d.created, a.highlights, s.thread_id, d.shown_hash, d.sent"""
_DELIVERY_JOINS = """JOIN alerts a ON a.id = d.alert_id JOIN items i ON i.id = d.item_id
    LEFT JOIN subscriptions s ON s.chat_id = d.chat_id AND s.watchlist = a.watchlist"""
_IN_SCOPE = "(:only IS NULL OR d.chat_id = :only) AND (:excluded IS NULL OR d.chat_id != :excluded)"


def _scope(chats: ChatScope) -> dict[str, int | None]:
    return {"only": chats.only, "excluded": chats.excluded}


def _quiet(start: str | None, end: str | None) -> QuietHours | None:
    """Both ends or no window: a half-written pair (a hand edit) reads as none rather than failing."""
    if not start or not end:
        return None
    try:
        return QuietHours(time.fromisoformat(start), time.fromisoformat(end))
    except ValueError:
        return None


def _clock_time(value: str | None) -> time | None:
    try:
        return time.fromisoformat(value) if value else None
    except ValueError:  # a hand edit: no digest rather than a failure
        return None


def _delivery(r: Row) -> Delivery:
    return Delivery(
        id=r["id"],
        alert_id=r["alert_id"],
        chat_id=r["chat_id"],
        attempts=r["attempts"],
        watchlist=r["watchlist"],
        watchlist_title=r["watchlist_title"],
        severity=r["severity"],
        matches=_matches_from_json(r["matches"]),
        feed=r["feed"],
        title=r["title"],
        summary=r["summary"],
        link=r["link"],
        published=_from_iso(r["published"]),
        dated=bool(r["dated"]),
        created=_from_iso(r["created"]),
        highlights=tuple((a, b) for a, b in json.loads(r["highlights"] or "[]")),
        thread_id=r["thread_id"],
        edit_of=r["edit_of"],
        shown_hash=r["shown_hash"],
        sent=_from_iso(r["sent"]),
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
            db = Database(conn)
            if not _table(db, "feeds").exists():
                return {}
            return {state.name: state for state in map(_feed_state, _table(db, "feeds").rows)}
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        raise _why_unusable(path, exc) from None


OPEN_WAIT_MS = 60_000  # how long opening alerts.db waits for a lock another process holds
BUSY_WAIT_MS = 5_000  # how long a write of the running bot waits for one


OPEN_SLICE_MS = 200  # the open waits in slices this long, so a signal stops it within one


def _patiently(step: Callable[[], object], deadline: float) -> None:
    """Run a step that may meet another process's lock, again after each busy slice until the
    deadline. Between slices Python runs pending signal handlers: a SIGTERM while `run` waits
    for a locked db stops it at once (`cli._stoppable_start`), not when the wait ends."""
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if ("locked" not in text and "busy" not in text) or time_monotonic() >= deadline:
                raise


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
    return StoreError(f"{path}: cannot open the database ({exc}); {storage_advice(exc)}")


def storage_advice(exc: BaseException) -> str:
    """What to do about a database or file error, by its cause: a full disk, a lock, a damaged
    file and a permission each need a different step (qa21: all said "check the permissions")."""
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in text or "no space" in text:
        return "the disk is full: free space on it (or move --db to a disk with room), then start again"
    if "locked" in text or "busy" in text:
        return (
            "another process holds a lock on it (a backup, a `sqlite3` shell, a stuck bot: see `fuser` or `lsof` "
            "on the file); stop it or wait for it, then start again"
        )
    if "malformed" in text or "corrupt" in text or "not a database" in text:
        return (
            "the file is damaged: restore it from a backup, or move it aside to start afresh (`sqlite3 FILE .recover` "
            "may save its rows)"
        )
    if "read-only" in text or "readonly" in text:
        return "the file or its disk is read-only: make it writable by the bot's user, or pass another --db"
    return "check the path and its permissions"


class Store:
    """The one place that reads and writes alerts.db."""

    def __init__(self, path: str | Path):
        try:
            self.db = Database(path)
            # Opening waits up to OPEN_WAIT for another process's lock (a backup, a `sqlite3`
            # shell); once running, a write waits BUSY_WAIT, so the event loop never stalls long.
            # The open waits in slices, back in Python between them: SQLite's own wait is C
            # that runs no signal handler, so one 60 s wait would ignore a SIGTERM for 60 s.
            self.db.execute(f"PRAGMA busy_timeout = {OPEN_SLICE_MS}")
            deadline = time_monotonic() + OPEN_WAIT_MS / 1000
            if str(path) != ":memory:":
                _patiently(self.db.enable_wal, deadline)
            # In WAL mode NORMAL never corrupts and survives a killed process; only a power cut
            # can lose the last commits. FULL would fsync on every commit, a few ms each.
            self.db.execute("PRAGMA synchronous = NORMAL")
            # BEGIN IMMEDIATE takes the write lock first, waiting for it: a deferred transaction
            # that reads, then writes, gets "database is locked" at once from WAL, without waiting.
            _patiently(lambda: self.db.execute("BEGIN IMMEDIATE"), deadline)
            try:
                migrate(self.db, Path(path).name or str(path))
            except BaseException:
                self.db.conn.rollback()
                raise
            self.db.conn.commit()
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")
        except (sqlite3.Error, OSError) as exc:
            raise _why_unusable(path, exc) from None

    @classmethod
    def reader(cls, path: str | Path) -> Store:
        """The store opened read-only, for `stats` beside a running bot: no migration, no WAL
        switch, nothing created, so neither a lock held by the bot nor a read-only filesystem
        stops it (a WAL reader never waits for the writer). An older schema is refused with a
        line saying what to do, since it cannot be upgraded without writing."""
        file = Path(path).resolve()
        idle = not Path(f"{file}-wal").exists()
        store = cls.__new__(cls)
        try:
            conn = sqlite3.connect(f"{file.as_uri()}?mode=ro{'&immutable=1' if idle else ''}", uri=True)
            conn.execute("PRAGMA busy_timeout = 30000")
            store.db = Database(conn)
            version, current = stored_version(store.db), current_version()
        except (sqlite3.Error, OSError) as exc:
            raise _why_unusable(path, exc) from None
        if version < current:
            store.close()
            raise StoreError(
                f"{path}: written by an older release of the bot (schema v{version}, this one reads v{current}); "
                "run the bot (or `run --once`) once to upgrade it, then try again"
            )
        return store

    def close(self) -> None:
        self.db.close()

    # -- feeds -------------------------------------------------------------------------------

    def feed_state(self, name: str) -> FeedState | None:
        rows = list(_table(self.db, "feeds").rows_where("name = ?", [name]))
        return _feed_state(rows[0]) if rows else None

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

    def seen_text(self, key: str, since: datetime) -> SeenText | None:
        """The item last seen under a `same_text_key` at or after `since`, if any."""
        row = self.db.execute(
            """SELECT i.id, i.published, i.feed FROM item_keys k JOIN items i ON i.id = k.item_id
               WHERE k.key = ? AND i.first_seen >= ?""",
            [key, _iso(since)],
        ).fetchone()
        if row is None:
            return None
        return SeenText(row[0], _from_iso(row[1]), row[2] or "")

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
            item_id = self._insert_item(item, now, alertable, report)
            story = story_id if story_id is not None else item_id
            if report is not None:
                self.db.execute("UPDATE items SET story_id = ? WHERE id = ?", [story, item_id])
            for key in keys:
                # The same text moves to its latest sighting: the dedup window counts from there.
                verb = "REPLACE" if key.startswith(SAME_TEXT) else "IGNORE"
                self.db.execute(f"INSERT OR {verb} INTO item_keys (key, item_id) VALUES (?, ?)", [key, item_id])
            if story_id is not None:
                for (alert_id,) in self.db.execute("SELECT id FROM alerts WHERE story_id = ?", [story_id]).fetchall():
                    self._add_source(alert_id, item_id, item, now)
            for alert in alerts:
                alert_id = self._insert_alert(alert, item_id, story, now)
                alert_ids.append(alert_id)
                self._add_source(alert_id, item_id, item, now)
                for chat_id in alert.chats:
                    self.db.execute(
                        """INSERT OR IGNORE INTO deliveries (alert_id, item_id, chat_id, status, attempts, created, next_attempt)
                           VALUES (?, ?, ?, 'pending', 0, ?, ?)""",
                        [alert_id, item_id, chat_id, _iso(now), _iso(now)],
                    )
        return Recorded(item_id, alert_ids)

    def _insert(self, table: str, row: Row) -> int:
        """The new row's id (every table inserted into here has an integer key)."""
        return cast(int, _table(self.db, table).insert(row).last_pk)

    def _insert_item(self, item: Item, now: datetime, alertable: bool, report: dict[str, object] | None) -> int:
        """The new item's id. One plain INSERT: a poll stores thousands of items, and sqlite-utils'
        `insert` looks the table up among the database's and builds its query anew for each."""
        row: Row = {
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
        cursor = self.db.execute(f"INSERT INTO items ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        return cast(int, cursor.lastrowid)

    def _insert_alert(self, alert: NewAlert, item_id: int, story: int, now: datetime) -> int:
        return self._insert(
            "alerts",
            {
                "item_id": item_id,
                "watchlist": alert.watchlist,
                "watchlist_title": alert.watchlist_title,
                "severity": alert.severity,
                "matches": _matches_json(alert.matches),
                "highlights": json.dumps([list(span) for span in alert.highlights]),
                "created": _iso(now),
                "story_id": story,
                "sources": 0,
            },
        )

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

    def story_alerts(self, story_id: int) -> StoryAlerts:
        watchlists = {r[0] for r in self.db.execute("SELECT watchlist FROM alerts WHERE story_id = ?", [story_id])}
        chats = {
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT d.chat_id FROM deliveries d JOIN alerts a ON a.id = d.alert_id WHERE a.story_id = ?", [story_id]
            )
        }
        return StoryAlerts(frozenset(watchlists), frozenset(chats))

    def story_reports(self, since: datetime) -> list[StoryReport]:
        """The reports of the items alerted or grouped since a moment, oldest first: what the
        story index is rebuilt from at start-up."""
        rows = self.db.query(
            "SELECT id, story_id, report FROM items WHERE report IS NOT NULL AND first_seen >= ? ORDER BY id", [_iso(since)]
        )
        return [StoryReport(r["id"], r["story_id"], json.loads(r["report"])) for r in rows]

    def sources(self, alert_ids: Iterable[int]) -> dict[int, tuple[Source, ...]]:
        """Every report of each alert's story, oldest first (the alert's own item first)."""
        ids = list(alert_ids)
        found: dict[int, list[Source]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.db.query(
                f"SELECT alert_id, feed, link, title FROM alert_sources WHERE alert_id IN ({marks}) ORDER BY added, item_id",
                chunk,
            ):
                found[r["alert_id"]].append(Source(r["feed"], r["link"], r["title"]))
        return {alert_id: tuple(sources) for alert_id, sources in found.items()}

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
        rows = self.db.query(f"SELECT {_CHAT_COLUMNS} FROM chats WHERE chat_id = ?", [chat_id])
        return next(map(_chat, rows), None)

    def admitted_chats(self) -> list[Chat]:
        rows = self.db.query(f"SELECT {_CHAT_COLUMNS} FROM chats WHERE active = 1 AND admitted_by IS NOT NULL")
        return [_chat(r) for r in rows]

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

    def rename_subscriptions(self, old: str, new: str) -> int:
        """A watchlist renamed in config.yaml: the chats that subscribed themselves follow it (the
        config's own `chats:` are rebuilt from the new config). Returns how many moved."""
        with self.db.atomic():
            cursor = self.db.execute(
                """INSERT OR IGNORE INTO subscriptions (chat_id, watchlist, source, created, thread_id)
                   SELECT chat_id, ?, source, created, thread_id FROM subscriptions WHERE watchlist = ? AND source != 'config'""",
                [new, old],
            )
            self.db.execute("DELETE FROM subscriptions WHERE watchlist = ? AND source != 'config'", [old])
        return cursor.rowcount

    def rename_alerts(self, old: str, new: str) -> int:
        """A watchlist renamed in config.yaml: its alerts (queued or sent) carry the new id, so a
        queued one still goes to the chats of the watchlist it was made for, edits and marks
        follow it, and nothing is owed through a watchlist that never matched it. Returns how
        many alerts were renamed."""
        with self.db.atomic():
            cursor = self.db.execute("UPDATE alerts SET watchlist = ? WHERE watchlist = ?", [new, old])
        return cursor.rowcount

    def subscriptions(self, chat_id: int) -> list[Subscription]:
        rows = self.db.query("SELECT watchlist, source FROM subscriptions WHERE chat_id = ? ORDER BY watchlist", [chat_id])
        return [Subscription(r["watchlist"], r["source"]) for r in rows]

    def subscribers(self, watchlist: str) -> list[Subscriber]:
        """Active chats subscribed to a watchlist, with their mute and lowest severity: who of them
        gets an alert is decided by `bot.audience`, not here."""
        return self._subscribers("s.watchlist = ? AND c.active = 1", [watchlist])

    def subscriber(self, chat_id: int, watchlist: str) -> Subscriber | None:
        """The chat as a subscriber of the watchlist now, or None when it no longer is one: read
        again at each send, so an /unsubscribe or a /mute stops what is still queued."""
        return next(iter(self._subscribers("s.chat_id = ? AND s.watchlist = ?", [chat_id, watchlist])), None)

    def _subscribers(self, where: str, params: Sequence[object]) -> list[Subscriber]:
        """The one query and row reading behind `subscribers` and `subscriber`."""
        rows = self.db.query(
            f"""SELECT s.chat_id, c.muted_until, c.min_severity FROM subscriptions s JOIN chats c ON c.chat_id = s.chat_id
               WHERE {where} ORDER BY s.chat_id""",
            list(params),
        )
        return [Subscriber(r["chat_id"], _from_iso(r["muted_until"]), r["min_severity"] or None) for r in rows]

    def set_mute(self, chat_id: int, until: datetime | None) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE chats SET muted_until = ? WHERE chat_id = ?", [_iso(until), chat_id])

    def set_min_severity(self, chat_id: int, severity: str | None) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE chats SET min_severity = ? WHERE chat_id = ?", [severity, chat_id])

    def set_timezone(self, chat_id: int, zone: str | None) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE chats SET timezone = ? WHERE chat_id = ?", [zone, chat_id])

    def set_quiet_hours(self, chat_id: int, quiet: QuietHours | None) -> None:
        start, end = (f"{quiet.start:%H:%M}", f"{quiet.end:%H:%M}") if quiet else (None, None)
        with self.db.atomic():
            self.db.execute("UPDATE chats SET quiet_start = ?, quiet_end = ? WHERE chat_id = ?", [start, end, chat_id])

    def set_digest_time(self, chat_id: int, at: time | None, now: datetime) -> None:
        """`now`: no digest is owed for a slot before the time was set (set at 09:00 for 07:00, the
        first one is tomorrow's)."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE chats SET digest_at = ?, digest_set = ? WHERE chat_id = ?",
                [f"{at:%H:%M}" if at else None, _iso(now) if at else None, chat_id],
            )

    def chat_settings(self, chat_id: int) -> ChatSettings:
        rows = self.db.query(
            """SELECT muted_until, min_severity, timezone, quiet_start, quiet_end, digest_at, digest_set
               FROM chats WHERE chat_id = ?""",
            [chat_id],
        )
        found = [
            ChatSettings(
                _from_iso(r["muted_until"]),
                r["min_severity"],
                r["timezone"],
                _quiet(r["quiet_start"], r["quiet_end"]),
                _clock_time(r["digest_at"]),
                _from_iso(r["digest_set"]),
            )
            for r in rows
        ]
        return found[0] if found else ChatSettings(None, None)

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

    def due_deliveries(self, now: datetime, chats: ChatScope, limit: int = 100, per_chat: int = 3) -> list[Delivery]:
        """Each chat's oldest pending deliveries, if its oldest is due; oldest alert first.

        A chat's alerts go out in order: while its oldest waits for a retry, the later ones
        wait too. At most `per_chat` rows per chat, so one chat's backlog cannot crowd the
        others out of a pass.
        """
        rows = self.db.query(
            f"""WITH queue AS (
                    SELECT d.*, row_number() OVER (PARTITION BY d.chat_id ORDER BY d.id) AS place,
                           first_value(d.next_attempt) OVER (PARTITION BY d.chat_id ORDER BY d.id) AS head_next
                    FROM deliveries d LEFT JOIN chats c ON c.chat_id = d.chat_id
                    WHERE d.status = 'pending' AND {_IN_SCOPE} AND coalesce(c.active, 1) = 1)
                SELECT {_DELIVERY_COLUMNS}, NULL AS edit_of
                FROM queue d {_DELIVERY_JOINS}
                WHERE d.place <= :per_chat AND (d.head_next IS NULL OR d.head_next <= :now)
                  AND (d.next_attempt IS NULL OR d.next_attempt <= :now)
                ORDER BY d.id LIMIT :limit""",
            {**_scope(chats), "per_chat": per_chat, "now": _iso(now), "limit": limit},
        )
        return self._with_sources([_delivery(r) for r in rows])

    def due_edits(self, now: datetime, chats: ChatScope, limit: int = 200) -> list[Delivery]:
        """Sent alerts whose story gained sources since: their message is to be edited.

        A message is edited by its id; stdout's pseudo-chat keeps none, its edit is a reprint.
        """
        rows = self.db.query(
            f"""SELECT {_DELIVERY_COLUMNS}, coalesce(d.message_id, 0) AS edit_of
                FROM deliveries d {_DELIVERY_JOINS} LEFT JOIN chats c ON c.chat_id = d.chat_id
                WHERE d.edit_due = 1 AND d.status = 'sent' AND {_IN_SCOPE} AND coalesce(c.active, 1) = 1
                  AND (d.message_id IS NOT NULL OR d.chat_id = :console)
                  AND (d.edit_next IS NULL OR d.edit_next <= :now)
                ORDER BY d.id LIMIT :limit""",
            {**_scope(chats), "console": CONSOLE_CHAT, "now": _iso(now), "limit": limit},
        )
        return self._with_sources([_delivery(r) for r in rows])

    def _with_sources(self, deliveries: list[Delivery]) -> list[Delivery]:
        found = self.sources({d.alert_id for d in deliveries})
        marked = self.marks([d.id for d in deliveries if d.edit_of is not None])
        return [replace(d, sources=found.get(d.alert_id, ()), marks=marked.get(d.id, ())) for d in deliveries]

    def mark_sent(
        self, delivery_id: int, message_id: int | None, now: datetime, shown: int = 1, shown_hash: str | None = None
    ) -> None:
        """`shown`: how many sources the message named; a story that gained more since needs an edit.
        `shown_hash`: a digest of the text sent, so an edit to the same text is never made."""
        with self.db.atomic():
            self.db.execute(
                """UPDATE deliveries SET status = 'sent', message_id = ?, sent = ?, attempts = attempts + 1,
                   shown_sources = ?, edit_due = ((SELECT sources FROM alerts WHERE id = alert_id) > ? OR marks > 0),
                   shown_hash = ?
                   WHERE id = ?""",
                [message_id, _iso(now), shown, shown, shown_hash, delivery_id],
            )

    def mark_edited(self, delivery_id: int, shown: int, shown_marks: int = 0, shown_hash: str | None = None) -> None:
        """`shown`, `shown_marks`: the sources and marks the message now shows; a source or a
        mark added while the edit was in flight leaves another edit due. `shown_hash`: a digest
        of the text it now shows (None keeps the one recorded)."""
        with self.db.atomic():
            self.db.execute(
                """UPDATE deliveries SET shown_sources = ?, shown_marks = ?, edit_next = NULL,
                   edit_due = ((SELECT sources FROM alerts WHERE id = alert_id) > ? OR marks > ?),
                   shown_hash = coalesce(?, shown_hash)
                   WHERE id = ? AND edit_due >= 0""",
                [shown, shown_marks, shown, shown_marks, shown_hash, delivery_id],
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
        """A chat that blocked the bot gets nothing that was queued for it, now or later. Those
        deliveries are 'blocked', not 'failed': the chat's choice, counted apart by /status."""
        with self.db.atomic():
            cursor = self.db.execute(
                "UPDATE deliveries SET status = 'blocked', last_error = ? WHERE chat_id = ? AND status = 'pending'",
                [error[:1000], chat_id],
            )
        return cursor.rowcount

    def expire_pending(self, queued_before: datetime, among: Collection[int] | None = None) -> list[tuple[int, str]]:
        """Deliveries queued before a moment (a day ago) and still pending are given up; with
        `among`, only those ids (the ones whose attempt failed in this process: downtime alone
        never expires an alert). Returns (chat id, last error) for each, so the log can say
        whose and why."""
        if among is not None and not among:
            return []
        # Read, then update, in one transaction: `UPDATE ... RETURNING` needs SQLite 3.35, and
        # older ones (Debian 11's 3.34, Ubuntu 20.04's 3.31) still run the bot.
        with self.db.atomic():
            rows = self.db.execute(
                "SELECT id, chat_id, last_error FROM deliveries WHERE status = 'pending' AND created < ? ORDER BY id",
                [_iso(queued_before)],
            ).fetchall()
            if among is not None:
                rows = [r for r in rows if r[0] in among]
            self.db.conn.executemany(
                """UPDATE deliveries SET status = 'failed', last_error = coalesce(last_error, '') || ' (expired)'
                   WHERE id = ? AND status = 'pending'""",
                [[r[0]] for r in rows],
            )
        return [(int(r[1]), f"{r[2] or ''} (expired)") for r in rows]

    def withdraw(self, delivery_id: int, reason: str) -> None:
        """A queued alert the chat no longer wants (it unsubscribed or muted since it was queued):
        never sent, and not a failure either."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE deliveries SET status = 'withdrawn', last_error = ? WHERE id = ? AND status = 'pending'",
                [reason[:1000], delivery_id],
            )

    def item_alerts(self, delivery_id: int) -> list[ItemAlert]:
        """Every watchlist's alert for the item a delivery carries, first alert first: the chat is
        owed the item through any of them, though it is queued under one only."""
        rows = self.db.query(
            """SELECT a.id, a.watchlist, a.severity FROM deliveries d JOIN alerts a ON a.item_id = d.item_id
               WHERE d.id = ? ORDER BY a.id""",
            [delivery_id],
        )
        return [ItemAlert(r["id"], r["watchlist"], r["severity"]) for r in rows]

    def readdress(self, delivery_id: int, alert_id: int) -> Delivery | None:
        """A pending delivery moved to another alert of the same item (the chat left the first
        watchlist, still wants the item through this one): sent, edited and counted as this
        watchlist's from now on. The delivery as it now reads, or None if it is no longer pending."""
        with self.db.atomic():
            self.db.execute(
                """UPDATE deliveries SET alert_id = ? WHERE id = ? AND status = 'pending'
                   AND item_id = (SELECT item_id FROM alerts WHERE id = ?)""",
                [alert_id, delivery_id, alert_id],
            )
        rows = self.db.query(
            f"""SELECT {_DELIVERY_COLUMNS}, NULL AS edit_of FROM deliveries d {_DELIVERY_JOINS}
                WHERE d.id = ? AND d.status = 'pending' AND d.alert_id = ?""",
            [delivery_id, alert_id],
        )
        return next(iter(self._with_sources([_delivery(r) for r in rows])), None)

    # -- the admins' notices: queued, retried, kept across restarts, as alerts are -----------

    def queue_notice(self, chat_ids: Iterable[int], text: str, now: datetime, hold: timedelta = NOTICE_REPEAT_HOLD) -> int:
        """One pending notice per chat; returns for how many chats it was queued. The same text
        still pending for a chat is counted on that row (one message, "(x3)"); the same text as
        the last notice sent to the chat, less than `hold` ago, waits out `hold` so that the
        repeats in between merge into it: a config saved every few seconds is two messages a
        minute at most, not one per save."""
        chats = list(dict.fromkeys(chat_ids))
        with self.db.atomic():
            for chat_id in chats:
                merged = self.db.execute(
                    "UPDATE notices SET repeats = repeats + 1 WHERE chat_id = ? AND text = ? AND status = 'pending'",
                    [chat_id, text],
                ).rowcount
                if merged:
                    continue
                last = self.db.execute(
                    "SELECT text, sent FROM notices WHERE chat_id = ? AND status = 'sent' ORDER BY sent DESC, id DESC LIMIT 1",
                    [chat_id],
                ).fetchone()
                due = now
                if last is not None and last[0] == text and (sent := _from_iso(last[1])) is not None and now - sent < hold:
                    due = sent + hold
                self.db.execute(
                    """INSERT INTO notices (chat_id, text, status, attempts, created, next_attempt, repeats)
                       VALUES (?, ?, 'pending', 0, ?, ?, 1)""",
                    [chat_id, text, _iso(now), _iso(due)],
                )
        return len(chats)

    def due_notices(self, now: datetime, limit: int = 100) -> list[Notice]:
        """Pending notices whose time has come, oldest first."""
        rows = self.db.query(
            """SELECT id, chat_id, text, attempts, created, repeats FROM notices
               WHERE status = 'pending' AND (next_attempt IS NULL OR next_attempt <= ?) ORDER BY id LIMIT ?""",
            [_iso(now), limit],
        )
        return [
            Notice(r["id"], r["chat_id"], r["text"], r["attempts"], _from_iso(r["created"]) or now, r["repeats"] or 1)
            for r in rows
        ]

    def notice_sent(self, notice_id: int, now: datetime) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE notices SET status = 'sent', sent = ?, attempts = attempts + 1 WHERE id = ?", [_iso(now), notice_id]
            )

    def retry_notice(self, notice_id: int, error: str, when: datetime) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE notices SET attempts = attempts + 1, last_error = ?, next_attempt = ? WHERE id = ?",
                [error[:1000], _iso(when), notice_id],
            )

    def fail_notice(self, notice_id: int, error: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE notices SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?",
                [error[:1000], notice_id],
            )

    def mark_failed(self, delivery_id: int, error: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?",
                [error[:1000], delivery_id],
            )

    def migrate_chat(self, old_id: int, new_id: int) -> None:
        """A group became a supergroup: its subscriptions, settings (mute, severity, time zone,
        quiet hours, digest), queued alerts and digests follow it."""
        with self.db.atomic():
            self.db.execute(
                """INSERT OR IGNORE INTO chats (chat_id, kind, title, active, registered_by, created, admitted_by,
                       muted_until, min_severity, timezone, quiet_start, quiet_end, digest_at, digest_set)
                   SELECT ?, 'supergroup', title, 1, registered_by, created, admitted_by,
                       muted_until, min_severity, timezone, quiet_start, quiet_end, digest_at, digest_set
                   FROM chats WHERE chat_id = ?""",
                [new_id, old_id],
            )
            self.db.execute("UPDATE OR IGNORE digests SET chat_id = ? WHERE chat_id = ? AND status = 'pending'", [new_id, old_id])
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
            # Rows that are done with, kept no longer than the items: sent or given-up notices, and
            # withdrawn alerts of an item still kept for another chat's pending delivery.
            self.db.execute("DELETE FROM notices WHERE status != 'pending' AND created < ?", [_iso(before)])
            self.db.execute("DELETE FROM deliveries WHERE status = 'withdrawn' AND created < ?", [_iso(before)])
        return removed

    def alert_counts(self, since: datetime) -> list[AlertCount]:
        """Since a moment, newest day first."""
        rows = self.db.query(
            """SELECT substr(a.created, 1, 10) AS day, a.watchlist, json_extract(m.value, '$.location') AS location,
                      count(*) AS alerts FROM alerts a, json_each(a.matches) m
               WHERE a.created >= ? GROUP BY day, a.watchlist, location ORDER BY day DESC, a.watchlist, location""",
            [_iso(since)],
        )
        return [AlertCount(r["day"], r["watchlist"], r["location"], r["alerts"]) for r in rows]

    def chats_waiting(self, chat_ids: Iterable[int]) -> set[int]:
        """Which of these chats still have an alert or a notice queued for them."""
        wanted = sorted(set(chat_ids))
        if not wanted:
            return set()
        marks = ", ".join("?" * len(wanted))
        rows = self.db.execute(
            f"""SELECT chat_id FROM deliveries WHERE status = 'pending' AND chat_id IN ({marks})
                UNION SELECT chat_id FROM notices WHERE status = 'pending' AND chat_id IN ({marks})""",
            [*wanted, *wanted],
        ).fetchall()
        return {int(r[0]) for r in rows}

    def pending_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM deliveries WHERE status = 'pending'").fetchone()[0]

    def queue_health(self) -> QueueHealth:
        """For admins: a queue that stops draining shows here."""
        pending, oldest = self.db.execute("SELECT count(*), min(created) FROM deliveries WHERE status = 'pending'").fetchone()
        given_up = "SELECT status, count(*) FROM deliveries WHERE status IN ('failed', 'blocked', 'withdrawn') GROUP BY status"
        counts = dict(self.db.execute(given_up).fetchall())
        notices = dict(self.db.execute("SELECT status, count(*) FROM notices WHERE status != 'sent' GROUP BY status").fetchall())
        return QueueHealth(
            pending,
            counts.get("failed", 0),
            _from_iso(oldest),
            counts.get("blocked", 0),
            counts.get("withdrawn", 0),
            notices.get("pending", 0),
            notices.get("failed", 0),
        )

    # -- acknowledgements ---------------------------------------------------------------------

    def marks(self, delivery_ids: Iterable[int]) -> dict[int, tuple[Mark, ...]]:
        """Each delivery's marks, oldest first."""
        ids = list(delivery_ids)
        found: dict[int, list[Mark]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            holes = ",".join("?" * len(chunk))
            for r in self.db.query(
                f"""SELECT delivery_id, disposition, user_name, created FROM marks
                    WHERE delivery_id IN ({holes}) ORDER BY created, id""",
                chunk,
            ):
                found.setdefault(r["delivery_id"], []).append(
                    Mark(r["disposition"], r["user_name"] or "", _from_iso(r["created"]) or _EPOCH)
                )
        return {delivery_id: tuple(marks) for delivery_id, marks in found.items()}

    def record_mark(
        self, delivery_id: int, chat_id: int, message_id: int, user_id: int, user_name: str, disposition: str, now: datetime
    ) -> bool | None:
        """Record a press. None: no alert of ours was sent as that message in that chat (a
        forged or stale button), nothing recorded; False: this user had already marked it so;
        True: recorded, and the message is due an edit that shows it."""
        with self.db.atomic():
            # A press can come before the send is recorded (Telegram answered, the store not yet):
            # a row still pending, or with no message id, is that message.
            row = self.db.execute(
                """SELECT alert_id FROM deliveries WHERE id = ? AND chat_id = ? AND status IN ('sent', 'pending')
                   AND coalesce(message_id, ?) = ?""",
                [delivery_id, chat_id, message_id, message_id],
            ).fetchone()
            if row is None:
                return None
            cursor = self.db.execute(
                """INSERT OR IGNORE INTO marks
                   (delivery_id, alert_id, chat_id, message_id, user_id, user_name, disposition, created)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                [delivery_id, row[0], chat_id, message_id, user_id, user_name[:128], disposition, _iso(now)],
            )
            if cursor.rowcount == 0:
                return False
            # An edit given up for good (-1: the message was deleted) stays given up.
            self.db.execute(
                """UPDATE deliveries SET marks = marks + 1, edit_due = CASE WHEN edit_due < 0 THEN edit_due ELSE 1 END
                   WHERE id = ?""",
                [delivery_id],
            )
        return True

    def marked_delivery(self, delivery_id: int) -> Delivery | None:
        """The alert a delivery sent, as the deliverer renders it: for the admins' notice."""
        rows = self.db.query(
            f"SELECT {_DELIVERY_COLUMNS}, d.message_id AS edit_of FROM deliveries d {_DELIVERY_JOINS} WHERE d.id = ?",
            [delivery_id],
        )
        found = self._with_sources([_delivery(r) for r in rows])
        return found[0] if found else None

    def mark_counts(self, since: datetime) -> list[MarkCount]:
        """Per watchlist, location and feed, the alerts created since a moment and how many of them
        people marked Seen, False alarm and Duplicate (an alert marked twice counts once)."""
        rows = self.db.query(
            """WITH marked AS (
                   SELECT alert_id, max(disposition = 'seen') AS seen, max(disposition = 'false_alarm') AS false_alarm,
                          max(disposition = 'duplicate') AS duplicate
                   FROM marks GROUP BY alert_id)
               SELECT a.watchlist, json_extract(m.value, '$.location') AS location, i.feed,
                      count(*) AS alerts, coalesce(sum(k.seen), 0) AS seen,
                      coalesce(sum(k.false_alarm), 0) AS false_alarms, coalesce(sum(k.duplicate), 0) AS duplicates
               FROM alerts a JOIN items i ON i.id = a.item_id, json_each(a.matches) m
               LEFT JOIN marked k ON k.alert_id = a.id
               WHERE a.created >= ?
               GROUP BY a.watchlist, location, i.feed
               ORDER BY false_alarms + duplicates DESC, alerts DESC, a.watchlist, location, i.feed""",
            [_iso(since)],
        )
        return [
            MarkCount(r["watchlist"], r["location"], r["feed"], r["alerts"], r["seen"], r["false_alarms"], r["duplicates"])
            for r in rows
        ]

    # -- daily digests ------------------------------------------------------------------------

    def digest_chats(self) -> list[tuple[int, ChatSettings]]:
        """Active chats that asked for a daily digest, with their settings."""
        rows = self.db.query("SELECT chat_id FROM chats WHERE active = 1 AND digest_at IS NOT NULL ORDER BY chat_id")
        return [(r["chat_id"], self.chat_settings(r["chat_id"])) for r in rows]

    def queue_digest(self, chat_id: int, local_date: str | None, now: datetime) -> bool:
        """Owe a chat its digest for a day (once: a second call for that day, after a restart,
        does nothing), or one asked for now (`local_date` None). True when queued."""
        with self.db.atomic():
            cursor = self.db.execute(
                """INSERT OR IGNORE INTO digests (chat_id, local_date, status, stage, attempts, created)
                   VALUES (?, ?, 'pending', 0, 0, ?)""",
                [chat_id, local_date, _iso(now)],
            )
        return cursor.rowcount > 0

    def due_digests(self, now: datetime, chats: ChatScope, limit: int = 100) -> list[DigestJob]:
        rows = self.db.query(
            f"""SELECT d.id, d.chat_id, d.local_date, d.stage, d.attempts, d.created FROM digests d
                LEFT JOIN chats c ON c.chat_id = d.chat_id
                WHERE d.status = 'pending' AND {_IN_SCOPE} AND coalesce(c.active, 1) = 1
                  AND (d.next_attempt IS NULL OR d.next_attempt <= :now)
                ORDER BY d.id LIMIT :limit""",
            {**_scope(chats), "now": _iso(now), "limit": limit},
        )
        return [
            DigestJob(r["id"], r["chat_id"], r["local_date"], r["stage"], r["attempts"], _from_iso(r["created"]) or now)
            for r in rows
        ]

    def digest_progress(self, digest_id: int, stage: int, now: datetime, done: bool) -> None:
        """The photo went (stage 1), or all of it (done)."""
        with self.db.atomic():
            self.db.execute(
                "UPDATE digests SET stage = ?, status = ?, sent = ?, attempts = attempts + 1, next_attempt = NULL WHERE id = ?",
                [stage, "sent" if done else "pending", _iso(now), digest_id],
            )

    def retry_digest(self, digest_id: int, error: str, when: datetime) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE digests SET attempts = attempts + 1, last_error = ?, next_attempt = ? WHERE id = ?",
                [error[:1000], _iso(when), digest_id],
            )

    def fail_digest(self, digest_id: int, error: str) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE digests SET status = 'failed', last_error = ? WHERE id = ?", [error[:1000], digest_id])

    def digest_alerts(self, chat_id: int, since: datetime) -> list[DigestAlert]:
        """The alerts a chat was sent (or is owed) since a moment, as the digest counts them."""
        rows = self.db.query(
            """SELECT a.created, a.watchlist, a.watchlist_title, a.severity, coalesce(a.story_id, a.item_id) AS story,
                      i.title, a.matches, a.sources, i.link
               FROM deliveries d JOIN alerts a ON a.id = d.alert_id JOIN items i ON i.id = a.item_id
               WHERE d.chat_id = ? AND d.status IN ('sent', 'pending') AND a.created >= ?
               ORDER BY a.created""",
            [chat_id, _iso(since)],
        )
        return [
            DigestAlert(
                created=_from_iso(r["created"]) or since,
                watchlist=r["watchlist"],
                watchlist_title=r["watchlist_title"],
                severity=r["severity"],
                story_id=r["story"],
                title=r["title"] or "",
                places=tuple(location_label(m.location, m.via, m.distance_km) for m in _matches_from_json(r["matches"])),
                sources=r["sources"] or 1,
                link=r["link"],
            )
            for r in rows
        ]
