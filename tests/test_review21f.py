"""Review 21f of fixqa21's merge: a queued alert's day, a late message's edits, a stop while the
db is locked.

Real parts: the bot process (`run`, `run --once`), the loopback feed server, the fake Telegram
with the real client, the SQLite file, the real store and deliverer; another SQLite connection
holding the db's lock, as a backup or a `sqlite3` shell would.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from telegram import Bot

from bot.deliver import Deliverer
from bot.store import Store
from bot.telegram.sender import TelegramSender
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.test_cli import ROOT, SAMPLE_CONFIG
from tests.test_deliver import NOW, Clock, queue_alert
from tests.test_end_to_end import ADMIN, TOKEN, start_bot, stop, write_config

CHAT = 7_000_001
TITLE = "Gunfire at Bamako airport this morning"


def bad_gateway(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    if method == "sendMessage" and int(params["chat_id"]) == CHAT:
        return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}
    return None


def _queued_while_telegram_fails(tmp_path: Path, feeds: FeedServer, tg: FakeTelegram) -> tuple[Path, Path]:
    """A config whose watchlist sends to CHAT, and a db with one alert for it still queued."""
    config = tmp_path / "config.yaml"
    write_config(config, feeds)
    config.write_text(config.read_text().replace("exclude: [football]", f"exclude: [football]\n    chats: [{CHAT}]"))
    db = tmp_path / "alerts.db"
    tg.faults.append(bad_gateway)
    feeds.set("/wire.xml", Response(rss([])))
    bot = start_bot(config, db, tg)
    try:
        tg.wait_for(lambda: feeds.hits["/wire.xml"] >= 2)
        feeds.set("/wire.xml", Response(rss([Story(TITLE, feeds.url("/1"), "1", "", datetime.now(UTC))])))
        tg.wait_for(lambda: any(c.method == "sendMessage" and int(c.params.get("chat_id", 0)) == CHAT for c in tg.calls))
    finally:
        stop(bot)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM deliveries WHERE status = 'pending'").fetchone() == (1,)
    return config, db


def _age_the_queue(db: Path, age: timedelta) -> None:
    then = (datetime.now(UTC) - age).isoformat(timespec="seconds")
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE deliveries SET created = ?, next_attempt = ? WHERE status = 'pending'", [then, then])


def _statuses(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT status FROM deliveries ORDER BY id")]


# -- 1. `run --once` from cron (or a crash loop) still gives a day-old failing alert up -----------


def test_run_once_with_telegram_failing_gives_a_three_day_old_alert_up_with_the_admin_notice(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        config, db = _queued_while_telegram_fails(tmp_path, feeds, tg)
        _age_the_queue(db, timedelta(days=3))
        tries = sum(1 for c in tg.calls if c.method == "sendMessage" and int(c.params["chat_id"]) == CHAT)
        once = start_bot(config, db, tg, "--once")
        _, err = once.communicate(timeout=120)
        tried = sum(1 for c in tg.calls if c.method == "sendMessage" and int(c.params["chat_id"]) == CHAT) - tries
        assert tried == 1, err[-2000:]  # tried once in this run, then given up: not retried again and again
        assert _statuses(db) == ["failed"], err[-2000:]
        assert "giving up on delivery" in err
        notice = [text for chat, text in tg.accepted if chat == ADMIN and "Gave up on an alert" in text]
        assert len(notice) == 1 and TITLE[:40] in notice[0], tg.accepted
        # The next cron run finds nothing left to try: the alert is not sent weeks later.
        again = start_bot(config, db, tg, "--once")
        again.communicate(timeout=120)
        assert sum(1 for c in tg.calls if c.method == "sendMessage" and int(c.params["chat_id"]) == CHAT) - tries == 1
        assert _statuses(db) == ["failed"]


def test_run_once_after_26_hours_of_downtime_delivers_the_alert_and_says_it_is_late(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        config, db = _queued_while_telegram_fails(tmp_path, feeds, tg)
        _age_the_queue(db, timedelta(hours=26))
        tg.faults.clear()
        once = start_bot(config, db, tg, "--once")
        _, err = once.communicate(timeout=120)
        texts = [text for chat, text in tg.accepted if chat == CHAT and TITLE in text]
    assert len(texts) == 1 and "first reported 26 h ago" in texts[0], (texts, err[-2000:])
    assert _statuses(db) == ["sent"] and "giving up" not in err


async def test_a_day_old_alert_never_tried_here_is_not_expired_before_its_try(tg: FakeTelegram, bot: Bot, tmp_path: Path) -> None:
    """The deliverer's housekeeping (which runs before each pass) leaves an alert it has not tried:
    the pass tries it, and a working Telegram delivers it."""
    store = Store(tmp_path / "alerts.db")
    try:
        queue_alert(store, [501])
        clock = Clock()
        clock.now = NOW + timedelta(days=3)
        deliverer = Deliverer(store, TelegramSender(bot), False, clock, monotonic=clock.monotonic)
        assert deliverer._settle() == 0
        report = await deliverer.drain()
        assert report.sent == 1 and len(tg.sent(501)) == 1
        assert "first reported 3 days ago" in tg.sent(501)[0]["text"]
    finally:
        store.close()


# -- 2. a late message keeps its "first reported N h ago" through its edits ----------------------


async def test_an_edit_of_a_late_message_keeps_its_lateness_and_an_unchanged_one_is_skipped(
    tg: FakeTelegram, bot: Bot, tmp_path: Path
) -> None:
    store = Store(tmp_path / "alerts.db")
    try:
        queue_alert(store, [501])
        clock = Clock()
        clock.now = NOW + timedelta(hours=26)  # the bot was down: the alert goes out late
        deliverer = Deliverer(store, TelegramSender(bot), False, clock, monotonic=clock.monotonic)
        assert (await deliverer.drain()).sent == 1
        [sent] = tg.sent(501)
        assert "first reported 26 h ago" in sent["text"]
        # Nothing changed, yet an edit is due (a mark added and removed, a source already shown):
        # the text it would show is the one sent, so no edit is made.
        store.db.execute("UPDATE deliveries SET edit_due = 1")
        store.db.conn.commit()
        clock.now += timedelta(minutes=5)
        await deliverer.drain()
        assert tg.sent(501, "editMessageText") == []
        # A mark: the edit shows it, and still says the alert was late (as of its send).
        message_id = store.db.execute("SELECT message_id FROM deliveries").fetchone()[0]
        delivery_id = store.db.execute("SELECT id FROM deliveries").fetchone()[0]
        assert store.record_mark(delivery_id, 501, message_id, 42, "Ada", "seen", clock.now)
        clock.now += timedelta(hours=3)
        await deliverer.drain()
        [edit] = tg.sent(501, "editMessageText")
        assert "Seen" in edit["text"] and "first reported 26 h ago" in edit["text"], edit["text"]
    finally:
        store.close()


# -- 3. a SIGTERM while the db is locked at start stops the bot at once ---------------------------


def test_sigterm_while_the_db_is_locked_at_start_stops_at_once(tmp_path: Path) -> None:
    db = tmp_path / "alerts.db"
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("CREATE TABLE backup_marker (x)")
    holder.execute("BEGIN EXCLUSIVE")  # a backup or a `sqlite3` shell holding the db
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    run = subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--config", SAMPLE_CONFIG, "--db", str(db)],
        cwd=ROOT,
        env={**env, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock = tmp_path / "alerts.db.lock"
        deadline = time.monotonic() + 60
        while not (lock.exists() and f"pid {run.pid}" in lock.read_text()) and time.monotonic() < deadline:
            time.sleep(0.05)  # the bot holds its own lock: it is opening the db, and waiting
        time.sleep(1.0)
        assert run.poll() is None
        run.send_signal(signal.SIGTERM)
        sent = time.monotonic()
        _, err = run.communicate(timeout=30)
        took = time.monotonic() - sent
    finally:
        if run.poll() is None:
            run.kill()
            run.communicate()
        holder.execute("ROLLBACK")
        holder.close()
    assert took < 5, (took, err[-1500:])
    assert run.returncode == 0, err[-1500:]
    assert "stopping: SIGTERM received; nothing was running yet" in err and err.rstrip().endswith("stopped"), err[-1500:]
    assert "Traceback" not in err
