"""Telegram commands as people use them, through the real bot process and python-telegram-bot
client against the fake Bot API: an allowed user, an invited user, a stranger, an admin, and
the group rules."""

from __future__ import annotations

import json
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


def test_a_group_refusal_says_what_an_invited_person_lacks(tmp_path: Path) -> None:
    """An allowed user who is not an administrator of the group is refused, told that only the
    group's administrators register it, never that they are not invited; an invite code sent in
    a group is told it registers private chats; a stranger gets the refusal strangers get."""
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        db = tmp_path / "alerts.db"
        for user in (STAFF, INVITED, STRANGER):
            tg.chat_members[(GROUP, user)] = "member"
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1)
            for user, command in (
                (STAFF, "/start"),
                (STAFF, "/subscribe bamako"),
                (INVITED, "/start bko-ops-2026"),
                (STRANGER, "/start"),
            ):
                before = len(tg.sent(GROUP))
                tg.user_says(command, user, chat_id=GROUP, chat_type="supergroup")
                tg.wait_for(lambda before=before: len(tg.sent(GROUP)) > before)  # in order
        finally:
            stop(bot)
        staff_start, staff_subscribe, invited, stranger = [m["text"] for m in tg.sent(GROUP)]
        for reply in (staff_start, staff_subscribe):
            assert reply.startswith("Sorry, only an administrator of this group can register it"), reply
            assert "invite" not in reply and "only for invited" not in reply
        assert invited.startswith("Sorry, an invite code registers a private chat only"), invited
        assert stranger == "Sorry, this bot is only for invited security staff. Ask your security focal point for an invite code."
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM chats WHERE chat_id = ?", [GROUP]).fetchone() == (0,)


def _active(db: Path, chat_id: int) -> int | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT active FROM chats WHERE chat_id = ?", [chat_id]).fetchone()
    return row[0] if row else None


def test_time_zone_and_quiet_hours_for_a_private_chat(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        db = tmp_path / "alerts.db"
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: tg.count("setMyCommands") >= 1)
            published = [c["command"] for c in json.loads(tg.sent(method="setMyCommands")[0]["commands"])]
            assert {"timezone", "quiet"} <= set(published)
            tg.user_says("/start", STAFF)
            tg.wait_for_message(STAFF, "This chat is registered")
            tg.user_says("/help", STAFF)
            help_text = tg.wait_for_message(STAFF, "/severity LEVEL")["text"]
            assert "/timezone Area/City" in help_text and "/quiet 22:00-06:00" in help_text

            tg.user_says("/timezone", STAFF)
            tg.wait_for_message(STAFF, "This chat's time zone: UTC (the bot's default)")
            tg.user_says("/timezone Africa/Bamako", STAFF)
            tg.wait_for_message(STAFF, "This chat's time zone is now Africa/Bamako")
            tg.user_says("/timezone Mars/Olympus", STAFF)
            refused = tg.wait_for_message(STAFF, "Usage: /timezone Area/City")
            assert "/timezone Africa/Bamako" in refused["text"], "the usage line gives an example"
            tg.user_says("/timezone", STAFF)
            tg.wait_for_message(STAFF, "This chat's time zone: Africa/Bamako, now")

            tg.user_says("/quiet", STAFF)
            tg.wait_for_message(STAFF, "No quiet hours: every alert rings. Time zone: Africa/Bamako.")
            tg.user_says("/quiet 22:00-06:00", STAFF)
            tg.wait_for_message(STAFF, "Quiet hours: 22:00-06:00, Africa/Bamako time. Alerts below critical")
            assert _quiet_row(db, STAFF) == ("Africa/Bamako", "22:00", "06:00")
            seen = len(tg.sent(STAFF))
            tg.user_says("/quiet", STAFF)
            shown = tg.wait_for_message(STAFF, "Quiet hours: 22:00-06:00", since=seen)
            assert "Africa/Bamako time" in shown["text"] and "/quiet off" in shown["text"]
            tg.user_says("/quiet 22:00-22:00", STAFF)
            refused = tg.wait_for_message(STAFF, "Usage: /quiet HH:MM-HH:MM")
            assert refused["text"].startswith("Start and end must differ"), refused["text"]
            tg.user_says("/quiet off", STAFF)
            tg.wait_for_message(STAFF, "Quiet hours are off")
            assert _quiet_row(db, STAFF) == ("Africa/Bamako", None, None)
        finally:
            stop(bot)


def test_only_an_allowed_group_admin_sets_a_groups_time_zone_and_quiet_hours(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        db = tmp_path / "alerts.db"
        tg.chat_members[(GROUP, STAFF)] = "member"
        tg.chat_members[(GROUP, STRANGER)] = "administrator"
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1)
            for command in ("/timezone Africa/Bamako", "/quiet 22:00-06:00", "/quiet", "/timezone"):
                tg.user_says(command, STRANGER)
            tg.user_says("/quiet 22:00-06:00", STRANGER, chat_id=GROUP, chat_type="supergroup")
            tg.user_says("/timezone Africa/Bamako", STAFF, chat_id=GROUP, chat_type="supergroup")
            tg.wait_for(lambda: len(tg.sent(STRANGER)) >= 4 and len(tg.sent(GROUP)) >= 2)
            replies = [m["text"] for m in tg.sent(STRANGER) + tg.sent(GROUP)]
            assert all(r.startswith("Sorry") for r in replies), replies
            tg.chat_members[(GROUP, STAFF)] = "administrator"
            tg.user_says("/quiet 23:30-07:00", STAFF, chat_id=GROUP, chat_type="supergroup")
            tg.wait_for_message(GROUP, "Quiet hours: 23:30-07:00, UTC time")
        finally:
            stop(bot)
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM chats WHERE chat_id = ?", [STRANGER]).fetchone() == (0,)
        assert _quiet_row(db, GROUP) == (None, "23:30", "07:00")


def _quiet_row(db: Path, chat_id: int) -> tuple[str | None, str | None, str | None] | None:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT timezone, quiet_start, quiet_end FROM chats WHERE chat_id = ?", [chat_id]).fetchone()
    return tuple(row) if row else None
