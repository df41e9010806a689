"""alerts.db from every older version to the current one, on real files.

An old database is built by the very statements the store ran before sqlite-utils' `Migrations`
(tests/data/store_before_migrations.sql, traced from it), up to its version, which only
`meta.schema_version` recorded; it is filled with rows as that version wrote them, then opened
by today's `Store`. A database from version 7 on was written by `Migrations` itself: it is built
by applying the migrations up to its version.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
import sqlite_utils
from sqlite_utils.migrations import Migrations

from bot.records import TELEGRAM_CHATS, AlertMatch, ChatSettings, QuietHours, Source
from bot.schema import MIGRATIONS, migrate
from bot.store import Store, StoreError

BEFORE_MIGRATIONS = (Path(__file__).parent / "data" / "store_before_migrations.sql").read_text(encoding="utf-8")
VERSIONS = range(1, 7)  # the versions written before `Migrations`
NAMES = ["v1_create", "v2_chats_migrated_to", "v3_feeds_failing_since", "v4_chat_settings", "v5_chats_admitted_by", "v6_stories"]
NAMES += ["v7_chat_time_settings", "v8_marks_and_digests", "v9_blocked_deliveries", "v10_shown_text_and_notices"]
NAMES += ["v11_notice_repeats"]
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
WHEN = "2026-11-25T08:00:00+00:00"
MATCH = (
    '{"watchlist": "bamako", "location": "Bamako airport", "alias": "Bamako airport", "field": "title", '
    '"start": 11, "end": 25, "text": "Bamako airport", "score": 9.5'
)


def old_statements(version: int) -> str:
    """What the store ran to bring a new file to `version`, before `Migrations`."""
    sections = re.split(r"^-- version (\d+)$", BEFORE_MIGRATIONS, flags=re.M)
    return "".join(sql for number, sql in zip(sections[1::2], sections[2::2], strict=True) if int(number) <= version)


def old_db(path: Path, version: int) -> Path:
    """A database as the store at `version` left it, with one alert queued and one sent."""
    with sqlite3.connect(path) as conn:
        conn.executescript(old_statements(version))
        put_rows(conn, version)
    conn.close()
    return path


def put_rows(conn: sqlite3.Connection, version: int) -> None:
    """Rows in the columns `version` had: a feed, an alerted item, a chat subscribed to it, and
    two deliveries (chat 7's pending, chat 8's sent as message 42)."""
    feed = {"name": "Wire", "last_success": WHEN, "last_attempt": WHEN, "consecutive_failures": 0, "items_seen": 3}
    item = {"id": 1, "feed": "Wire", "guid": "g1", "link": "https://example.org/1", "title": "Gunfire at Bamako airport"}
    item |= {"summary": "Shots heard.", "published": WHEN, "dated": 1, "first_seen": WHEN, "alertable": 1}
    # Matches gained a time zone, and alerts their highlights, with version 4.
    alert = {"id": 1, "item_id": 1, "watchlist": "bamako", "watchlist_title": "Bamako", "severity": "high", "created": WHEN}
    alert["matches"] = "[" + MATCH + (', "tz": "Africa/Bamako"' if version >= 4 else "") + "}]"
    chat = {"chat_id": 7, "kind": "private", "title": None, "active": 1, "registered_by": 7, "created": WHEN}
    subscription = {"chat_id": 7, "watchlist": "bamako", "source": "user", "created": WHEN}
    pending = {"id": 1, "alert_id": 1, "item_id": 1, "chat_id": 7, "status": "pending", "attempts": 0, "created": WHEN}
    sent = {"id": 2, "alert_id": 1, "item_id": 1, "chat_id": 8, "status": "sent", "attempts": 1, "created": WHEN}
    sent |= {"message_id": 42, "sent": WHEN}
    if version >= 3:
        feed |= {"failing_since": None, "failure_reported": 0}
    if version >= 4:
        alert["highlights"] = "[[0, 7]]"
        subscription["thread_id"] = None
    if version >= 5:
        chat["admitted_by"] = "allowed"
    if version >= 6:
        item |= {"story_id": 1, "report": None}
        alert |= {"story_id": 1, "sources": 1}
        sent |= {"shown_sources": 1, "edit_due": 0}
    for table, row in [
        ("feeds", feed),
        ("items", item),
        ("alerts", alert),
        ("chats", chat),
        ("subscriptions", subscription),
        ("deliveries", pending),
        ("deliveries", sent),
    ]:
        conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    conn.execute("INSERT INTO item_keys (key, item_id) VALUES ('guid:Wire:g1', 1)")
    if version >= 6:
        conn.execute(
            "INSERT INTO alert_sources (alert_id, item_id, feed, link, title, added) VALUES (1, 1, 'Wire', ?, ?, ?)",
            [item["link"], item["title"], WHEN],
        )


def schema(db: sqlite_utils.Database) -> dict[str, str]:
    return {name: sql for name, sql in db.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")}


def applied(path: Path) -> list[tuple[str, str]]:
    db = sqlite_utils.Database(path)
    try:
        return [(m.name, m.applied_at) for m in MIGRATIONS.applied(db)]
    finally:
        db.close()


@pytest.fixture
def fresh_schema(tmp_path: Path) -> dict[str, str]:
    store = Store(tmp_path / "fresh.db")
    try:
        return schema(store.db)
    finally:
        store.close()


def migrated_db(path: Path, version: int) -> Path:
    """A database as a release with `Migrations` left it at `version`: its first migrations
    applied (and recorded) by sqlite-utils, with the same rows as the older versions'."""
    upto = Migrations(MIGRATIONS.name)
    for migration in MIGRATIONS.pending(sqlite_utils.Database(memory=True))[:version]:
        upto(name=migration.name)(migration.fn)
    db = sqlite_utils.Database(path)
    with db.atomic():
        upto.apply(db)
        put_rows(db.conn, version)
    db.close()
    return path


def test_the_migrations_are_the_versions_in_order() -> None:
    db = sqlite_utils.Database(memory=True)
    assert [m.name for m in MIGRATIONS.pending(db)] == NAMES


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_db_runs_only_the_migrations_its_version_lacked(tmp_path: Path, version: int) -> None:
    db = sqlite_utils.Database(old_db(tmp_path / "alerts.db", version))
    assert migrate(db) == NAMES[version:]
    assert [m.name for m in MIGRATIONS.applied(db)] == NAMES
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(len(NAMES))
    db.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_db_opens_with_its_data_and_the_current_schema(
    tmp_path: Path, version: int, fresh_schema: dict[str, str]
) -> None:
    store = Store(old_db(tmp_path / "alerts.db", version))
    assert schema(store.db) == fresh_schema
    assert store.known_keys(["guid:Wire:g1"]) == {"guid:Wire:g1"}
    state = store.feed_state("Wire")
    assert state is not None and (state.items_seen, state.last_success, state.failing_since) == (3, NOW.replace(hour=8), None)
    assert [s.chat_id for s in store.subscribers("bamako")] == [7]
    [due] = store.due_deliveries(NOW, TELEGRAM_CHATS)
    assert (due.id, due.chat_id, due.title, due.severity) == (1, 7, "Gunfire at Bamako airport", "high")
    tz = "Africa/Bamako" if version >= 4 else None
    assert due.matches == (AlertMatch("Bamako airport", "Bamako airport", "title", 11, 25, "Bamako airport", 9.5, tz, "bamako"),)
    assert due.highlights == (((0, 7),) if version >= 4 else ())
    # Before version 6 an alert was its own story; the migration gave it its item as its one source.
    assert due.sources == (Source("Wire", "https://example.org/1", "Gunfire at Bamako airport"),)
    assert store.due_edits(NOW, TELEGRAM_CHATS) == []
    assert_chat_time_settings_work(store)
    store.close()


def assert_chat_time_settings_work(store: Store) -> None:
    """The chat settings of version 7 read back empty from an older db, and can be set."""
    assert store.chat_settings(7) == ChatSettings(None, None, None, None)
    store.set_timezone(7, "Africa/Bamako")
    store.set_quiet_hours(7, QuietHours(time(22, 0), time(6, 0)))
    assert store.chat_settings(7) == ChatSettings(None, None, "Africa/Bamako", QuietHours(time(22, 0), time(6, 0)))


def test_a_db_migrated_to_version_6_runs_only_the_later_migrations(tmp_path: Path, fresh_schema: dict[str, str]) -> None:
    path = migrated_db(tmp_path / "alerts.db", 6)
    assert [name for name, _ in applied(path)] == NAMES[:6]
    db = sqlite_utils.Database(path)
    assert migrate(db) == NAMES[6:]
    db.close()
    store = Store(path)
    assert schema(store.db) == fresh_schema
    [due] = store.due_deliveries(NOW, TELEGRAM_CHATS)
    assert (due.id, due.chat_id, due.title) == (1, 7, "Gunfire at Bamako airport")
    assert_chat_time_settings_work(store)
    store.close()
    assert [name for name, _ in applied(path)] == NAMES


def test_a_db_written_before_migrations_at_the_current_version_runs_nothing(tmp_path: Path) -> None:
    path = old_db(tmp_path / "alerts.db", 6)
    with sqlite3.connect(path) as conn:  # what only v6's step would change, were it run again
        conn.execute("UPDATE alerts SET story_id = NULL")
        conn.execute("DELETE FROM alert_sources")
    conn.close()
    store = Store(path)
    assert store.db.execute("SELECT story_id FROM alerts").fetchall() == [(None,)]
    assert store.db.execute("SELECT count(*) FROM alert_sources").fetchone()[0] == 0
    assert [d.chat_id for d in store.due_deliveries(NOW, TELEGRAM_CHATS)] == [7]
    store.close()
    assert [name for name, _ in applied(path)] == NAMES  # v7 and v8 are the ones it lacked


def test_a_fresh_db_gets_every_migration_once(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "alerts.db")
    assert migrate(db) == NAMES
    rows = db.execute("SELECT name, count(*) FROM _sqlite_migrations GROUP BY name ORDER BY min(id)").fetchall()
    assert rows == [(name, 1) for name in NAMES]
    db.close()


def test_opening_twice_applies_nothing_the_second_time(tmp_path: Path, fresh_schema: dict[str, str]) -> None:
    path = tmp_path / "alerts.db"
    Store(path).close()
    first = applied(path)
    store = Store(path)
    assert schema(store.db) == fresh_schema
    store.close()
    assert applied(path) == first
    db = sqlite_utils.Database(path)
    assert migrate(db) == []
    db.close()


def test_the_current_schema_is_the_one_the_store_had_before_migrations_and_the_later_ones(
    fresh_schema: dict[str, str],
) -> None:
    """Version 6 as the old store wrote it, plus the migrations since, is what a fresh db gets."""
    db = sqlite_utils.Database(memory=True)
    db.conn.executescript(old_statements(6))
    for migration in MIGRATIONS.pending(sqlite_utils.Database(memory=True))[6:]:
        migration.fn(db)
    ours = {name: sql for name, sql in fresh_schema.items() if "_sqlite_migrations" not in name}
    assert ours == schema(db)


def test_a_failing_migration_leaves_the_old_db_as_it_was(tmp_path: Path) -> None:
    path = old_db(tmp_path / "alerts.db", 3)
    with sqlite3.connect(path) as conn:  # v4 adds this column: adding it again fails
        conn.execute("ALTER TABLE chats ADD COLUMN muted_until TEXT")
    conn.close()
    with pytest.raises(StoreError, match="duplicate column"):
        Store(path)
    db = sqlite_utils.Database(path)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == "3"
    assert not db["_sqlite_migrations"].exists()
    assert "highlights" not in db["alerts"].columns_dict
    db.close()


def test_deliveries_dropped_for_a_chat_that_blocked_the_bot_become_blocked(tmp_path: Path) -> None:
    """Before v9 they were 'failed' with a 'forbidden:' error; /status counts them apart now."""
    path = migrated_db(tmp_path / "alerts.db", 8)
    with sqlite3.connect(path) as conn:
        gave_up = "UPDATE deliveries SET status = 'failed', last_error = ? WHERE id = ?"
        conn.execute(gave_up, ["forbidden: bot was blocked by the user", 1])
        conn.execute(gave_up, ["Bad Request: message is too long", 2])
    conn.close()
    store = Store(path)
    statuses = dict(store.db.execute("SELECT id, status FROM deliveries").fetchall())
    assert statuses == {1: "blocked", 2: "failed"}
    assert (store.queue_health().failed, store.queue_health().blocked) == (1, 1)
    store.close()
