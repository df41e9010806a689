"""Telegram commands as people use them, through the real bot process and python-telegram-bot
client against the fake Bot API: an allowed user, an invited user, a stranger, an admin, and
the group rules."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.test_end_to_end import ADMIN, INVITED, STAFF, STRANGER, TOKEN, start_bot, stop, write_config

GROUP = -100_424_242


def test_buttons_mute_and_severity_for_a_private_chat(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        bot = start_bot(config, tmp_path / "alerts.db", tg)
        try:
            tg.wait_for(lambda: feeds.hits["/wire.xml"] >= 2)
            tg.user_says("/start", STAFF)
            tg.wait_for_message(STAFF, "This chat is registered")
            tg.user_says("/watchlists", STAFF)
            listing = tg.wait_for_message(STAFF, "<b>Watchlists</b>", since=1)
            assert "sub:bamako" in listing["reply_markup"]
            tg.user_taps("sub:bamako", STAFF, STAFF)
            tg.wait_for(lambda: tg.count("answerCallbackQuery") >= 1)
            edited = tg.wait_for(lambda: tg.sent(STAFF, method="editMessageText"))
            assert "unsub:bamako" in edited[-1]["reply_markup"], "the button now offers to unsubscribe"

            seen = len(tg.sent(STAFF))
            tg.user_says("/mute 2h", STAFF)
            tg.wait_for_message(STAFF, "Muted until", since=seen)
            now = datetime.now(UTC)
            feeds.set("/wire.xml", Response(rss([Story("Gunfire at Bamako airport", feeds.url("/1"), "1", "", now)])))
            polls = feeds.hits["/wire.xml"]
            tg.wait_for(lambda: feeds.hits["/wire.xml"] >= polls + 2)
            assert not any("Gunfire at Bamako airport" in m["text"] for m in tg.sent(STAFF)), "muted: nothing sent"

            tg.user_says("/unmute", STAFF)
            tg.wait_for_message(STAFF, "Alerts are on again.")
            tg.user_says("/severity critical", STAFF)
            tg.wait_for_message(STAFF, "critical alerts and above")
            feeds.set(
                "/wire.xml",
                Response(rss([Story("Kidnappers attack a convoy near Bamako airport", feeds.url("/2"), "2", "", now)])),
            )
            polls = feeds.hits["/wire.xml"]
            tg.wait_for(lambda: feeds.hits["/wire.xml"] >= polls + 2)
            assert not any("Kidnappers attack" in m["text"] for m in tg.sent(STAFF)), "a high alert is below critical"

            tg.user_says("/severity low", STAFF)
            tg.wait_for_message(STAFF, "low alerts and above")
            # Three different incidents (gunfire, a kidnapping, a protest): grouping keeps them apart.
            feeds.set(
                "/wire.xml", Response(rss([Story("Protesters attack police at Bamako airport", feeds.url("/3"), "3", "", now)]))
            )
            tg.wait_for_message(STAFF, "Protesters attack police at Bamako airport")

            tg.user_says("/mute forever", STAFF)
            tg.wait_for_message(STAFF, "Usage: /mute DURATION")
            tg.user_says("/severity extreme", STAFF)
            tg.wait_for_message(STAFF, "Usage: /severity LEVEL")

            tg.user_says("/status", ADMIN)
            status = tg.wait_for_message(ADMIN, "messages sent today")
            assert "items seen" in status["text"] and "up 0d" in status["text"]
        finally:
            stop(bot)


def test_strangers_get_nothing_and_leave_nothing(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        db = tmp_path / "alerts.db"
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1)
            for command in ("/watchlists", "/mute 1h", "/unmute", "/severity high", "/list", "/subscribe bamako"):
                tg.user_says(command, STRANGER)
            tg.user_says("/status", STRANGER)
            tg.user_says("/test Gunfire at Bamako airport", STRANGER)
            tg.user_says("/reload", STRANGER)
            tg.user_taps("sub:bamako", STRANGER, STRANGER)
            tg.wait_for(lambda: len(tg.sent(STRANGER)) >= 9)
            tg.wait_for(lambda: tg.count("answerCallbackQuery") >= 1)
        finally:
            stop(bot)
        replies = [m["text"] for m in tg.sent(STRANGER)]
        assert all(r.startswith("Sorry") for r in replies), replies
        assert not any("http" in r or str(ADMIN) in r for r in replies), "nothing about feeds or admins leaks"
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM chats WHERE chat_id = ?", [STRANGER]).fetchone() == (0,)
            assert conn.execute("SELECT count(*) FROM subscriptions").fetchone() == (0,)


def test_only_an_allowed_user_who_administers_a_group_can_subscribe_it(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        config.write_text(config.read_text().replace("exclude: [football]", "exclude: [football]\n    chats: [-100999]"))
        db = tmp_path / "alerts.db"
        tg.chat_members[(GROUP, STAFF)] = "administrator"
        tg.chat_members[(GROUP, STRANGER)] = "administrator"
        tg.chat_members[(GROUP, INVITED)] = "member"
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1)
            tg.user_says("/start bko-ops-2026", INVITED, chat_id=GROUP, chat_type="supergroup")
            tg.user_says("/subscribe bamako", STRANGER, chat_id=GROUP, chat_type="supergroup")
            tg.wait_for(lambda: len(tg.sent(GROUP)) >= 2)
            assert all(m["text"].startswith("Sorry") for m in tg.sent(GROUP))
            tg.user_says("/subscribe bamako", STAFF, chat_id=GROUP, chat_type="supergroup")
            tg.wait_for_message(GROUP, "Subscribed to Bamako.")

            # A configured group that removed the bot is back when the bot is added again.
            tg.bot_membership_changes(-100999, "kicked", STAFF)
            tg.wait_for(lambda: _active(db, -100999) == 0)
            tg.bot_membership_changes(-100999, "member", STAFF)
            tg.wait_for(lambda: _active(db, -100999) == 1)
        finally:
            stop(bot)


def _active(db: Path, chat_id: int) -> int | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT active FROM chats WHERE chat_id = ?", [chat_id]).fetchone()
    return row[0] if row else None
