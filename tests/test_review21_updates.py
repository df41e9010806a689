"""Commands answer new messages only: an edited message runs nothing (qa21 #6), and a channel
post gets no reply, never "Unknown command" (qa21 #7).

The real bot process and python-telegram-bot client against the fake Bot API on loopback.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, rss
from tests.test_end_to_end import STAFF, TOKEN, start_bot, stop, write_config

CHANNEL = -100_777_000


def message(tg: FakeTelegram, text: str, chat: dict[str, Any], user_id: int | None, **extra: Any) -> dict[str, Any]:
    m: dict[str, Any] = {"message_id": tg._new_message_id(), "date": int(time.time()), "chat": chat, "text": text, **extra}
    if user_id is not None:
        m["from"] = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
    if text.startswith("/"):
        m["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return m


def subscriptions(db: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT chat_id, watchlist FROM subscriptions ORDER BY 1, 2").fetchall()


def test_an_edited_message_runs_no_command_and_a_channel_post_gets_no_reply(tmp_path: Path) -> None:
    db = tmp_path / "alerts.db"
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: feeds.hits["/wire.xml"] >= 2)
            tg.user_says("/start", STAFF)
            tg.wait_for_message(STAFF, "This chat is registered")
            tg.user_says("/subscribe bamako", STAFF)
            tg.wait_for(lambda: (STAFF, "bamako") in subscriptions(db))
            private = {"id": STAFF, "type": "private", "first_name": f"User{STAFF}"}
            seen = len(tg.sent(STAFF))
            # An old message edited into a command: nothing runs, nothing is answered.
            edited = message(tg, "/unsubscribe bamako", private, STAFF, edit_date=int(time.time()))
            tg._push({"edited_message": edited})
            channel = {"id": CHANNEL, "type": "channel", "title": "Ops channel"}
            for text in ("/start", "/status", "/nonsense"):
                tg._push({"channel_post": message(tg, text, channel, None)})
            # A new message after them: once it is answered, the ones before were handled.
            tg.user_says("/help", STAFF)
            tg.wait_for(lambda: len(tg.sent(STAFF)) > seen)
            time.sleep(0.5)
        finally:
            stop(bot)
    assert (STAFF, "bamako") in subscriptions(db), "the edit did not unsubscribe the chat"
    assert len(tg.sent(STAFF)) == seen + 1, [m["text"][:80] for m in tg.sent(STAFF)[seen:]]
    assert tg.sent(CHANNEL) == [], [m["text"][:80] for m in tg.sent(CHANNEL)]
