"""A bot down for a day delivers what it had queued, and says the alert is late (qa21 #3).

Real parts: the bot process, the loopback feed server, the fake Telegram with the real client,
the SQLite file. The alert is queued while Telegram answers 502; the bot stops; a day passes
(the file's queued times moved 26 h back, as the clock would have moved them); the restarted
bot tries the alert before any expiry, delivers it, and the message says how late it is.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.test_end_to_end import TOKEN, start_bot, stop, write_config

CHAT = 7_000_001


def bad_gateway(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    if method == "sendMessage" and int(params["chat_id"]) == CHAT:
        return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}
    return None


def test_an_alert_queued_before_a_day_of_downtime_is_delivered_and_says_it_is_late(tmp_path: Path) -> None:
    title = "Gunfire at Bamako airport this morning"
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        config.write_text(config.read_text().replace("exclude: [football]", f"exclude: [football]\n    chats: [{CHAT}]"))
        db = tmp_path / "alerts.db"
        tg.faults.append(bad_gateway)
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: feeds.hits["/wire.xml"] >= 2)
            feeds.set("/wire.xml", Response(rss([Story(title, feeds.url("/1"), "1", "", datetime.now(UTC))])))
            tg.wait_for(lambda: any(c.method == "sendMessage" and int(c.params.get("chat_id", 0)) == CHAT for c in tg.calls))
        finally:
            stop(bot)
        day_ago = (datetime.now(UTC) - timedelta(hours=26)).isoformat(timespec="seconds")
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM deliveries WHERE status = 'pending'").fetchone() == (1,)
            conn.execute("UPDATE deliveries SET created = ?, next_attempt = ?", [day_ago, day_ago])

        tg.faults.clear()
        bot = start_bot(config, db, tg)
        try:
            texts = tg.wait_for(lambda: [text for chat, text in tg.accepted if chat == CHAT and title in text], timeout=60)
        finally:
            _, err = stop(bot)
    assert len(texts) == 1 and "first reported 26 h ago" in texts[0], texts
    assert "giving up" not in err and "expired" not in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT status FROM deliveries").fetchall() == [("sent",)]
