-- alerts.db as the store wrote it before sqlite-utils' Migrations: every statement its inline
-- `if version < N` steps ran (bot/store.py at 18fa4ac, traced with values bound), one version
-- at a time. A database at version N ran the sections up to `-- version N`; its schema_version
-- in `meta` was all that recorded it.
-- version 1
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS "feeds" (
   "name" TEXT PRIMARY KEY,
   "last_success" TEXT,
   "last_attempt" TEXT,
   "last_error" TEXT,
   "consecutive_failures" INTEGER NOT NULL DEFAULT 0,
   "items_seen" INTEGER NOT NULL DEFAULT 0,
   "etag" TEXT,
   "last_modified" TEXT
);
CREATE TABLE IF NOT EXISTS "items" (
   "id" INTEGER PRIMARY KEY,
   "feed" TEXT,
   "guid" TEXT,
   "link" TEXT,
   "title" TEXT,
   "summary" TEXT,
   "published" TEXT,
   "dated" INTEGER,
   "first_seen" TEXT,
   "alertable" INTEGER
);
CREATE TABLE IF NOT EXISTS "item_keys" (
   "key" TEXT PRIMARY KEY,
   "item_id" INTEGER REFERENCES "items"("id")
);
CREATE TABLE IF NOT EXISTS "alerts" (
   "id" INTEGER PRIMARY KEY,
   "item_id" INTEGER REFERENCES "items"("id"),
   "watchlist" TEXT,
   "watchlist_title" TEXT,
   "severity" TEXT,
   "matches" TEXT,
   "created" TEXT
);
CREATE TABLE IF NOT EXISTS "chats" (
   "chat_id" INTEGER PRIMARY KEY,
   "kind" TEXT,
   "title" TEXT,
   "active" INTEGER,
   "registered_by" INTEGER,
   "created" TEXT
);
CREATE TABLE IF NOT EXISTS "subscriptions" (
   "chat_id" INTEGER,
   "watchlist" TEXT,
   "source" TEXT,
   "created" TEXT,
   PRIMARY KEY ("chat_id", "watchlist")
);
CREATE TABLE IF NOT EXISTS "deliveries" (
   "id" INTEGER PRIMARY KEY,
   "alert_id" INTEGER REFERENCES "alerts"("id"),
   "item_id" INTEGER,
   "chat_id" INTEGER,
   "status" TEXT NOT NULL DEFAULT 'pending',
   "attempts" INTEGER NOT NULL DEFAULT 0,
   "next_attempt" TEXT,
   "last_error" TEXT,
   "message_id" INTEGER,
   "created" TEXT,
   "sent" TEXT
);
CREATE INDEX IF NOT EXISTS "idx_deliveries_status_next_attempt"
    ON "deliveries" ("status", "next_attempt");
CREATE UNIQUE INDEX IF NOT EXISTS "idx_deliveries_item_id_chat_id"
    ON "deliveries" ("item_id", "chat_id");
CREATE INDEX IF NOT EXISTS "idx_items_feed_first_seen"
    ON "items" ("feed", "first_seen");
INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '1');
-- version 2
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
ALTER TABLE "chats" ADD COLUMN "migrated_to" INTEGER;
INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '2');
-- version 3
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
ALTER TABLE "feeds" ADD COLUMN "failing_since" TEXT;
ALTER TABLE "feeds" ADD COLUMN "failure_reported" INTEGER;
INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '3');
-- version 4
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
ALTER TABLE "chats" ADD COLUMN "muted_until" TEXT;
ALTER TABLE "chats" ADD COLUMN "min_severity" TEXT;
ALTER TABLE "subscriptions" ADD COLUMN "thread_id" INTEGER;
ALTER TABLE "alerts" ADD COLUMN "highlights" TEXT;
INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '4');
-- version 5
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
ALTER TABLE "chats" ADD COLUMN "admitted_by" TEXT;
INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '5');
-- version 6
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
ALTER TABLE "items" ADD COLUMN "story_id" INTEGER;
ALTER TABLE "items" ADD COLUMN "report" TEXT;
CREATE INDEX IF NOT EXISTS "idx_items_story_id"
    ON "items" ("story_id");
ALTER TABLE "alerts" ADD COLUMN "story_id" INTEGER;
ALTER TABLE "alerts" ADD COLUMN "sources" INTEGER NOT NULL DEFAULT 1;
CREATE INDEX IF NOT EXISTS "idx_alerts_story_id"
    ON "alerts" ("story_id");
CREATE TABLE IF NOT EXISTS "alert_sources" (
   "alert_id" INTEGER REFERENCES "alerts"("id"),
   "item_id" INTEGER REFERENCES "items"("id"),
   "feed" TEXT,
   "link" TEXT,
   "title" TEXT,
   "added" TEXT,
   PRIMARY KEY ("alert_id", "item_id")
);
ALTER TABLE "deliveries" ADD COLUMN "shown_sources" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "deliveries" ADD COLUMN "edit_due" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "deliveries" ADD COLUMN "edit_next" TEXT;
CREATE INDEX IF NOT EXISTS deliveries_edit_due ON deliveries (edit_due) WHERE edit_due = 1;
UPDATE alerts SET story_id = item_id WHERE story_id IS NULL;
INSERT OR IGNORE INTO alert_sources (alert_id, item_id, feed, link, title, added)
               SELECT a.id, i.id, i.feed, i.link, i.title, a.created FROM alerts a JOIN items i ON i.id = a.item_id;
INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '6');
