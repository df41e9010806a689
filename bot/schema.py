"""alerts.db's schema: one named migration per version, applied by sqlite-utils' `Migrations`.

A migration, once released, is never edited: a database that ran it will not run it again.
A change to the schema is one more `@MIGRATIONS()` function, after the last one.

Databases written before `Migrations` (up to version 6) carry only `meta.schema_version`; the
first open marks the migrations they had as applied, without running them (`_bridge`).
"""

from __future__ import annotations

import logging

from .sqlitedb import Database, Migrations

log = logging.getLogger(__name__)

MIGRATIONS = Migrations("alerts")


@MIGRATIONS()
def v1_create(db: Database) -> None:
    """The first release's tables."""
    # `meta` holds the version the store wrote before Migrations; it stays, so that a release
    # from before them, should the bot be rolled back, still finds its version there.
    db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    db.table("feeds").create(
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
    db.table("items").create(
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
    db.table("item_keys").create(
        {"key": str, "item_id": int}, pk="key", foreign_keys=[("item_id", "items", "id")], if_not_exists=True
    )
    db.table("alerts").create(
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
    db.table("chats").create(
        {"chat_id": int, "kind": str, "title": str, "active": int, "registered_by": int, "created": str},
        pk="chat_id",
        if_not_exists=True,
    )
    db.table("subscriptions").create(
        {"chat_id": int, "watchlist": str, "source": str, "created": str},
        pk=("chat_id", "watchlist"),
        if_not_exists=True,
    )
    db.table("deliveries").create(
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
    db.table("deliveries").create_index(["status", "next_attempt"], if_not_exists=True)
    db.table("deliveries").create_index(["item_id", "chat_id"], unique=True, if_not_exists=True)
    db.table("items").create_index(["feed", "first_seen"], if_not_exists=True)


@MIGRATIONS()
def v2_chats_migrated_to(db: Database) -> None:
    """A group that became a supergroup points to its new id."""
    db.table("chats").add_column("migrated_to", int)


@MIGRATIONS()
def v3_feeds_failing_since(db: Database) -> None:
    """A feed's failure is reported once, when it has lasted."""
    db.table("feeds").add_column("failing_since", str)
    db.table("feeds").add_column("failure_reported", int)


@MIGRATIONS()
def v4_chat_settings(db: Database) -> None:
    """Mute, lowest severity, forum topics, and the words an alert underlines."""
    db.table("chats").add_column("muted_until", str)
    db.table("chats").add_column("min_severity", str)
    db.table("subscriptions").add_column("thread_id", int)
    db.table("alerts").add_column("highlights", str)


@MIGRATIONS()
def v5_chats_admitted_by(db: Database) -> None:
    """On what grounds a chat was admitted, so that removing them from the config revokes it."""
    db.table("chats").add_column("admitted_by", str)


@MIGRATIONS()
def v6_stories(db: Database) -> None:
    """Stories: an alert's every source, the report grouping needs, and edits owed."""
    db.table("items").add_column("story_id", int)
    db.table("items").add_column("report", str)  # JSON of story.Report, for alerted items
    db.table("items").create_index(["story_id"], if_not_exists=True)
    db.table("alerts").add_column("story_id", int)
    db.table("alerts").add_column("sources", int, not_null_default=1)
    db.table("alerts").create_index(["story_id"], if_not_exists=True)
    db.table("alert_sources").create(
        {"alert_id": int, "item_id": int, "feed": str, "link": str, "title": str, "added": str},
        pk=("alert_id", "item_id"),
        foreign_keys=[("alert_id", "alerts", "id"), ("item_id", "items", "id")],
        if_not_exists=True,
    )
    db.table("deliveries").add_column("shown_sources", int, not_null_default=1)
    db.table("deliveries").add_column("edit_due", int, not_null_default=0)
    db.table("deliveries").add_column("edit_next", str)
    db.execute("CREATE INDEX IF NOT EXISTS deliveries_edit_due ON deliveries (edit_due) WHERE edit_due = 1")
    # Alerts from before v6 are their own story, with their own item as their one source.
    db.execute("UPDATE alerts SET story_id = item_id WHERE story_id IS NULL")
    db.execute(
        """INSERT OR IGNORE INTO alert_sources (alert_id, item_id, feed, link, title, added)
           SELECT a.id, i.id, i.feed, i.link, i.title, a.created FROM alerts a JOIN items i ON i.id = a.item_id"""
    )


@MIGRATIONS()
def v7_chat_time_settings(db: Database) -> None:
    """A chat's time zone and quiet hours (HH:MM, its local time), so night alerts can arrive silently."""
    db.table("chats").add_column("timezone", str)
    db.table("chats").add_column("quiet_start", str)
    db.table("chats").add_column("quiet_end", str)


@MIGRATIONS()
def v8_marks_and_digests(db: Database) -> None:
    """Acknowledgements pressed under alerts, and each chat's daily digest (its time, and every
    digest queued, so that a restart never sends a second one the same day)."""
    db.table("marks").create(
        {
            "id": int,
            "delivery_id": int,
            "alert_id": int,
            "chat_id": int,
            "message_id": int,
            "user_id": int,
            "user_name": str,
            "disposition": str,  # seen, false_alarm, duplicate
            "created": str,
        },
        pk="id",
        foreign_keys=[("delivery_id", "deliveries", "id")],
        if_not_exists=True,
    )
    db.table("marks").create_index(["delivery_id", "user_id", "disposition"], unique=True, if_not_exists=True)
    db.table("marks").create_index(["alert_id"], if_not_exists=True)
    db.table("deliveries").add_column("marks", int, not_null_default=0)  # marks recorded
    db.table("deliveries").add_column("shown_marks", int, not_null_default=0)  # marks the message shows
    db.table("chats").add_column("digest_at", str)  # HH:MM, the chat's local time
    db.table("chats").add_column("digest_set", str)  # when it was set: no digest is owed for a time before it
    db.table("digests").create(
        {
            "id": int,
            "chat_id": int,
            "local_date": str,  # the chat's day the digest is for; NULL for one asked with /digest now
            "status": str,
            "stage": int,  # 1: the photo (or quiet-day line) went; only the overflow text is left
            "attempts": int,
            "next_attempt": str,
            "last_error": str,
            "created": str,
            "sent": str,
        },
        pk="id",
        not_null={"status", "attempts", "stage"},
        defaults={"status": "pending", "attempts": 0, "stage": 0},
        if_not_exists=True,
    )
    db.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS digests_once_a_day ON digests (chat_id, local_date) WHERE local_date IS NOT NULL"
    )


@MIGRATIONS()
def v9_blocked_deliveries(db: Database) -> None:
    """Deliveries dropped because the chat blocked or removed the bot are 'blocked', apart from
    the ones given up as failures (`Store.fail_chat_queue` wrote 'failed', with 'forbidden:')."""
    db.execute("UPDATE deliveries SET status = 'blocked' WHERE status = 'failed' AND last_error LIKE 'forbidden:%'")


@MIGRATIONS()
def v10_shown_text_and_notices(db: Database) -> None:
    """`shown_hash`: a digest of the message as last sent or edited, so an edit that would change
    nothing is never made. `notices`: the admins' notices (a reload's summary, a feed down),
    queued and retried like alerts rather than lost when Telegram is down at that moment."""
    db.table("deliveries").add_column("shown_hash", str)
    db.table("notices").create(
        {
            "id": int,
            "chat_id": int,
            "text": str,
            "status": str,
            "attempts": int,
            "next_attempt": str,
            "last_error": str,
            "created": str,
            "sent": str,
        },
        pk="id",
        not_null={"status", "attempts"},
        defaults={"status": "pending", "attempts": 0},
        if_not_exists=True,
    )
    db.table("notices").create_index(["status", "next_attempt"], if_not_exists=True)


@MIGRATIONS()
def v11_notice_repeats(db: Database) -> None:
    """`repeats`: a notice queued again with the same text before it went (a config saved every
    few seconds) is one message with a count, not one message per time."""
    db.table("notices").add_column("repeats", int, not_null_default=1)


def _nothing(db: Database) -> None:
    """Stands for a migration a database already had before `Migrations` recorded any."""


def _legacy_version(db: Database) -> int:
    if not db.table("meta").exists():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _bridge(db: Database) -> None:
    """Record as applied, without running them, the migrations a pre-Migrations db already had.

    The same names in the same set, each standing for nothing: `Migrations` then sees them
    applied and runs only what that version lacked, as the old inline steps did.
    """
    version = _legacy_version(db)
    if version == 0 or MIGRATIONS.applied(db):
        return
    had = Migrations(MIGRATIONS.name)
    for migration in MIGRATIONS.pending(db)[:version]:  # nothing applied: every migration, in order
        had(name=migration.name)(_nothing)
    had.apply(db)


def current_version() -> int:
    """The schema version this release writes: how many migrations it has."""
    return len(MIGRATIONS.pending(Database(memory=True)))


def stored_version(db: Database) -> int:
    """The schema version a database was last brought to, read without writing anything."""
    return _legacy_version(db)


def migrate(db: Database, label: str = "alerts.db") -> list[str]:
    """Bring any alerts.db, fresh or from any version, to the current schema, in one transaction:
    a failing step leaves the file as it was. Returns the names of the migrations it ran. An
    upgrade of an existing database is logged (`upgraded alerts.db schema v6 -> v11`): an
    operator who restored a backup or updated the bot sees that the file changed, and from what."""
    with db.atomic():
        _bridge(db)
        before = len(MIGRATIONS.applied(db))
        pending = [m.name for m in MIGRATIONS.pending(db)]
        MIGRATIONS.apply(db)
        applied = len(MIGRATIONS.applied(db))
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [str(applied)])
    if pending and before:
        log.info("upgraded %s schema v%d -> v%d (%s)", label, before, applied, ", ".join(pending))
    elif pending:
        log.debug("created %s at schema v%d", label, applied)
    return pending
