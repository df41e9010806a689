"""Seen, False alarm, Duplicate: the buttons under every alert, through the real bot process and
python-telegram-bot client against the fake Bot API; then what the admins and `stats` see."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.acks import MarkedAlert, buttons, feedback_notice, marks_lines, parse_press
from bot.records import AlertMatch, Mark
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.test_end_to_end import ADMIN, ROOT, STAFF, STRANGER, TOKEN, start_bot, stop, write_config


def callbacks(message: dict) -> list[str]:
    markup = json.loads(message["reply_markup"])
    return [button["callback_data"] for row in markup["inline_keyboard"] for button in row]


def message_id_of(tg: FakeTelegram, chat: int, containing: str) -> int:
    return tg.wait_for(lambda: next((m for (c, m), text in tg.messages.items() if c == chat and containing in text), None))


def marks_in_db(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT chat_id, user_id, disposition FROM marks ORDER BY id").fetchall()


def test_a_press_is_recorded_shown_on_the_alert_told_to_the_admins_and_counted(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config, db = tmp_path / "config.yaml", tmp_path / "alerts.db"
        write_config(config, feeds)
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: feeds.hits["/wire.xml"] >= 2)
            tg.user_says("/start", STAFF)
            tg.wait_for_message(STAFF, "This chat is registered")
            tg.user_says("/subscribe bamako", STAFF)
            tg.wait_for_message(STAFF, "Subscribed to Bamako")
            now = datetime.now(UTC)
            story = Story("Gunfire at Bamako airport & terminal", feeds.url("/1"), "1", "Shots near the terminal.", now)
            feeds.set("/wire.xml", Response(rss([story])))
            alert = tg.wait_for_message(STAFF, "Gunfire at Bamako airport")
            seen, false_alarm, duplicate = callbacks(alert)
            assert (seen[:4], false_alarm[:4], duplicate[:4]) == ("m:s:", "m:f:", "m:d:"), "three buttons, in order"
            message = message_id_of(tg, STAFF, "Gunfire at Bamako airport")

            tg.user_taps(false_alarm, STAFF, STAFF, message_id=message)
            answer = tg.wait_for(lambda: tg.sent(method="answerCallbackQuery"))
            assert "Marked: False alarm" in answer[0]["text"]
            edited = tg.wait_for(
                lambda: [e for e in tg.sent(STAFF, method="editMessageText") if "False alarm · marked by" in e["text"]]
            )
            assert re.search(r"False alarm · marked by User222 \d\d:\d\d", edited[0]["text"])
            assert callbacks(edited[0]) == [seen, false_alarm, duplicate], "the buttons stay under the edited alert"
            assert "Gunfire at Bamako airport &amp; terminal" in edited[0]["text"], "the feed's title is still escaped"
            notice = tg.wait_for_message(ADMIN, "False alarm, marked by User222")["text"]
            for part in ("Watchlist: Bamako (bamako)", "Location: Bamako airport", "Feed: Test wire", "Title: Gunfire at"):
                assert part in notice
            assert "Why it matched: Bamako airport: “Bamako airport” in the title" in notice

            tg.user_taps(false_alarm, STAFF, STAFF, message_id=message)
            tg.wait_for(lambda: len(tg.sent(method="answerCallbackQuery")) >= 2)
            assert "already marked" in tg.sent(method="answerCallbackQuery")[1]["text"]
            tg.user_taps(seen, STAFF, STAFF, message_id=message)
            tg.wait_for(lambda: [e for e in tg.sent(STAFF, method="editMessageText") if "Seen · marked by" in e["text"]])

            # A stranger's press, and a press naming another message: refused, nothing recorded.
            tg.user_taps(duplicate, STRANGER, STRANGER, message_id=message)
            tg.user_taps(duplicate, STAFF, STAFF, message_id=message + 1)
            tg.wait_for(lambda: len(tg.sent(method="answerCallbackQuery")) >= 5)
            answers = [a.get("text", "") for a in tg.sent(method="answerCallbackQuery")[3:]]
            assert any("only the chat's invited staff" in a for a in answers)
            assert any("can no longer be marked" in a for a in answers)
            assert marks_in_db(db) == [(STAFF, STAFF, "false_alarm"), (STAFF, STAFF, "seen")]
            assert len([m for m in tg.sent(ADMIN) if "marked by" in m["text"]]) == 1, "Seen is not reported; a repeat is not"

            tg.user_says("/status", ADMIN)
            status = tg.wait_for_message(ADMIN, "<b>Marks</b>")["text"]
            assert "bamako · Bamako airport · Test wire: 1, 1 false, 0 dup, 1 seen" in status
        finally:
            stop(bot)
        stats = subprocess.run(
            [sys.executable, "-m", "bot", "stats", "--db", str(db), "--days", "2"], cwd=ROOT, capture_output=True, text=True
        )
        assert stats.returncode == 0, stats.stderr
        row = next(line for line in stats.stdout.splitlines() if line.startswith("bamako") and "Test wire" in line)
        assert row.split()[-4:] == ["1", "1", "0", "1"], "alerts, false alarms, duplicates, seen"
        assert "1 false alarm, 0 duplicates marked" in stats.stdout


def test_digest_command_sets_shows_sends_now_and_stops(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        now = datetime.now(UTC)
        feeds.set("/wire.xml", Response(rss([])))
        config, db = tmp_path / "config.yaml", tmp_path / "alerts.db"
        write_config(config, feeds)
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: tg.count("setMyCommands") >= 1 and feeds.hits["/wire.xml"] >= 2)
            assert "digest" in [c["command"] for c in json.loads(tg.sent(method="setMyCommands")[0]["commands"])]
            tg.user_says("/start", STAFF)
            tg.wait_for_message(STAFF, "This chat is registered")
            tg.user_says("/subscribe bamako", STAFF)
            tg.wait_for_message(STAFF, "Subscribed to Bamako")
            stories = [Story(f"Gunfire at Bamako airport, day {n}", feeds.url(f"/{n}"), str(n), "", now) for n in (1,)]
            feeds.set("/wire.xml", Response(rss(stories)))
            tg.wait_for_message(STAFF, "Gunfire at Bamako airport, day 1")

            tg.user_says("/digest", STAFF)
            tg.wait_for_message(STAFF, "No daily digest.")
            tg.user_says("/digest 7am", STAFF)
            tg.wait_for_message(STAFF, "Usage: /digest HH:MM")
            tg.user_says("/digest 07:00", STAFF)
            tg.wait_for_message(STAFF, "A daily digest at 07:00, UTC time")
            with sqlite3.connect(db) as conn:
                assert conn.execute("SELECT digest_at FROM chats WHERE chat_id = ?", [STAFF]).fetchone() == ("07:00",)
            tg.user_says("/digest now", STAFF)
            photo = tg.wait_for(lambda: tg.photos)
            chat, png, caption = photo[0]
            assert chat == STAFF and png.startswith(b"\x89PNG\r\n\x1a\n")
            assert "<b>1 alert</b> in the last 24 hours" in caption and "Gunfire at Bamako airport, day 1" in caption
            tg.user_says("/digest off", STAFF)
            tg.wait_for_message(STAFF, "No more daily digests")
            tg.user_says("/digest now", STRANGER)
            tg.wait_for_message(STRANGER, "Sorry, this bot is only for invited security staff")
        finally:
            stop(bot)
        assert len(tg.photos) == 1, "the stranger's /digest now sent nothing"


def test_each_kind_shows_its_first_mark_and_counts_the_rest_on_the_chats_clock() -> None:
    at = datetime(2026, 6, 1, 4, 30, tzinfo=UTC)
    marks = [
        Mark("seen", "Bo", at + timedelta(minutes=2)),
        Mark("false_alarm", "Ada", at),
        Mark("seen", "Cy", at + timedelta(minutes=1)),
        Mark("seen", "Di", at + timedelta(minutes=3)),
    ]
    assert marks_lines(marks, "Africa/Nairobi") == [
        "Seen · marked by Cy 07:31 (+2 more)",
        "False alarm · marked by Ada 07:30",
    ]
    assert marks_lines([], "UTC") == []


def test_the_buttons_payload_names_the_row_and_nothing_else_is_taken() -> None:
    assert [parse_press(data) for _, data in buttons(42)] == [
        parse_press("m:s:42"),
        parse_press("m:f:42"),
        parse_press("m:d:42"),
    ]
    assert parse_press("m:f:42").disposition == "false_alarm" and parse_press("m:f:42").delivery_id == 42
    assert all(len(data.encode()) <= 64 for _, data in buttons(10**18 - 1)), "Telegram's 64 bytes"
    for forged in ("m:x:1", "m:f:", "m:f:1:2", "sub:bamako", "", None, "m:f:" + "9" * 30):
        assert parse_press(forged) is None


def test_the_admins_notice_says_what_matched_and_where_it_came_from() -> None:
    match = AlertMatch("Bamako", alias="Kati", field="summary", text="Kati", score=96.0, via="Kati", distance_km=15)
    notice = feedback_notice(
        MarkedAlert("duplicate", "Ada", "Ops Bamako", "bamako", "Bamako", (match,), "RFI", "Attaque à Kati", "https://rfi.fr/x")
    )
    assert notice.splitlines()[0] == "Duplicate, marked by Ada in Ops Bamako"
    assert "via Kati, 15 km from it (radius)" in notice and "score 96" in notice and "https://rfi.fr/x" in notice
