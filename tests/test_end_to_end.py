"""The whole loop on real parts: the real bot process, a feed server and a fake Telegram API on
127.0.0.1, the real python-telegram-bot client, a real SQLite file."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmn"
ADMIN, STAFF, STRANGER, INVITED = 111, 222, 999, 333


def write_config(path: Path, feeds: FeedServer, extra_feeds: str = "") -> None:
    path.write_text(
        textwrap.dedent(
            f"""\
            telegram:
              admins: [{ADMIN}]
              access:
                allowed_users: [{STAFF}]
                invite_codes: ["bko-ops-2026"]
            polling:
              interval: 1s
              timeout: 5s
              max_age: 24h
            feeds:
              - name: Test wire
                url: {feeds.url("/wire.xml")}
            """
        )
        + extra_feeds
        + textwrap.dedent(
            """\
            watchlists:
              bamako:
                title: Bamako
                severity: high
                locations:
                  - name: Bamako airport
                    aliases: [Modibo Keita International Airport, aéroport de Bamako, BKO]
                keywords: [attack, gunfire, attaque]
                exclude: [football]
            """
        ),
        encoding="utf-8",
    )


def start_bot(config: Path, db: Path, tg: FakeTelegram, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": tg.url, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run", "--config", str(config), "--db", str(db), *extra],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            return process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
    return process.communicate()


@pytest.fixture
def servers() -> Iterator[tuple[FeedServer, FakeTelegram]]:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        yield feeds, tg


def test_subscriber_gets_one_exact_alert_and_nothing_else(tmp_path: Path, servers: tuple[FeedServer, FakeTelegram]) -> None:
    feeds, tg = servers
    published = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=5)
    old_news = Story("Market day in Ségou", feeds.url("/story/0"), "g0", "Nothing to see.", published)
    feeds.set("/wire.xml", Response(rss([old_news])))
    feeds.set("/broken.xml", Response(b"<html><body>Service unavailable</body></html>", 500))
    feeds.set("/garbage.xml", Response(b"\x00\x01 this is not a feed {]", 200, {"Content-Type": "text/html"}))
    config = tmp_path / "config.yaml"
    extra = f"  - name: Broken\n    url: {feeds.url('/broken.xml')}\n  - name: Garbage\n    url: {feeds.url('/garbage.xml')}\n"
    write_config(config, feeds, extra)
    db = tmp_path / "alerts.db"

    bot = start_bot(config, db, tg)
    try:
        tg.wait_for(lambda: tg.count("getUpdates") >= 1)

        tg.user_says("/start", STRANGER)
        refusal = tg.wait_for_message(STRANGER, "only for invited")
        tg.user_says("/subscribe bamako", STRANGER)
        tg.wait_for(lambda: len(tg.sent(STRANGER)) >= 2)

        tg.user_says("/start", STAFF)
        tg.wait_for_message(STAFF, "This chat is registered")
        tg.user_says("/subscribe bamako", STAFF)
        tg.wait_for_message(STAFF, "Subscribed to Bamako.")
        before = len(tg.sent(STAFF))
        # The first poll is the feed's back catalogue; news is what comes after it.
        tg.wait_for(lambda: feeds.hits["/wire.xml"] >= 2)

        attack = Story(
            'Gunmen attack Bamako airport: "5 < 10" & Sénou sealed',
            feeds.url("/story/1?a=1&b=2"),
            "g1",
            "Witnesses report gunfire & explosions near BKO.",
            published,
        )
        feeds.set("/wire.xml", Response(rss([old_news, attack])))
        alert = tg.wait_for_message(STAFF, "Gunmen attack")
        expected = (
            "🟠 <b>HIGH</b> · Bamako · Bamako airport\n"
            "<b>Gunmen attack Bamako airport: &quot;5 &lt; 10&quot; &amp; Sénou sealed</b>\n"
            "Witnesses report gunfire &amp; explosions near BKO.\n"
            f"<i>Test wire</i> · {published:%d %b %Y %H:%M} UTC ({published:%H:%M} in Bamako airport)\n"
            f'<a href="{feeds.url("/story/1?a=1&amp;b=2")}">Read the report</a>'
        )
        assert alert["text"] == expected
        assert alert["parse_mode"] == "HTML"
        assert len(tg.sent(STAFF)) == before + 1

        # Not alerted: an item naming no watched place, the same item again, and the same story
        # republished under a new guid with a tracking parameter on its link.
        unrelated = Story("Football: Mali beat Senegal", feeds.url("/story/2"), "g2", "A late goal.", published)
        same_link = Story(attack.title, feeds.url("/story/1?b=2&a=1&utm_source=rss"), "g1-again", attack.summary, published)
        feeds.set("/wire.xml", Response(rss([old_news, attack, unrelated, same_link])))
        polls = feeds.hits["/wire.xml"]
        tg.wait_for(lambda: feeds.hits["/wire.xml"] >= polls + 3)
        time.sleep(0.5)
        assert [m["text"] for m in tg.sent(STAFF)[before + 1 :]] == []
        assert bot.poll() is None, "the bot must keep running through broken feeds"
    finally:
        out, err = stop(bot)

    assert "Sorry" in refusal["text"]
    assert TOKEN not in out + err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM chats WHERE chat_id = ?", [STRANGER]).fetchone()[0] == 0
        health = dict(conn.execute("SELECT name, consecutive_failures FROM feeds").fetchall())
        errors = dict(conn.execute("SELECT name, last_error FROM feeds").fetchall())
        sent = conn.execute("SELECT count(*) FROM deliveries WHERE status = 'sent' AND chat_id = ?", [STAFF]).fetchone()[0]
    assert health["Test wire"] == 0
    assert health["Broken"] >= 1 and errors["Broken"] == "HTTP 500"
    assert health["Garbage"] >= 1 and "not a usable feed" in errors["Garbage"]
    assert sent == 1


def test_invite_code_admits_and_wrong_code_does_not(tmp_path: Path, servers: tuple[FeedServer, FakeTelegram]) -> None:
    feeds, tg = servers
    feeds.set("/wire.xml", Response(rss([])))
    config = tmp_path / "config.yaml"
    write_config(config, feeds)
    bot = start_bot(config, tmp_path / "alerts.db", tg)
    try:
        tg.wait_for(lambda: tg.count("getUpdates") >= 1)
        tg.user_says("/start wrong-code", INVITED)
        tg.wait_for_message(INVITED, "only for invited")
        tg.user_says("/start bko-ops-2026", INVITED)
        tg.wait_for_message(INVITED, "This chat is registered")
        tg.user_says("/subscribe nowhere", INVITED)
        tg.wait_for_message(INVITED, "There is no watchlist")
        tg.user_says("/subscribe", INVITED)
        tg.wait_for_message(INVITED, "Usage: /subscribe ID")
        tg.user_says("/subscribe bamako", INVITED)
        tg.wait_for_message(INVITED, "Subscribed to Bamako.")
        seen = len(tg.sent(INVITED))
        tg.user_says("/list", INVITED)
        listing = tg.wait_for_message(INVITED, "Subscribe with", since=seen)
        tg.user_says("/status", INVITED)
        tg.wait_for_message(INVITED, "for the bot's administrators")
        tg.user_says("/unsubscribe bamako", INVITED)
        tg.wait_for_message(INVITED, "Unsubscribed from Bamako.")
        tg.user_says("/test Gunfire at Bamako airport", ADMIN)
        verdict = tg.wait_for_message(ADMIN, "bamako: ALERT")
        tg.user_says("/status", ADMIN)
        status = tg.wait_for_message(ADMIN, "Feeds")
        tg.user_says("/frobnicate", INVITED)
        tg.wait_for_message(INVITED, "Unknown command")
    finally:
        out, err = stop(bot)
    assert TOKEN not in out + err
    assert "✅ <code>bamako</code>" in listing["text"]
    assert "Bamako airport" in verdict["text"]
    assert "Test wire" in status["text"]
    assert "Traceback" not in err


def test_run_once_prints_the_alert_to_the_console_without_a_token(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--once", "--config", "samples/config.yaml", "--db", str(tmp_path / "a.db")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "=== ALERT ===" in result.stdout
    assert "Gunmen attack Bamako airport & the Faladié gendarmerie school" in result.stdout
    assert "Somalia" not in result.stdout and "Nigeria" not in result.stdout and "cotton" not in result.stdout
    again = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--once", "--config", "samples/config.yaml", "--db", str(tmp_path / "a.db")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert again.returncode == 0 and "=== ALERT ===" not in again.stdout


def test_run_once_with_a_token_delivers_to_static_chats(tmp_path: Path, servers: tuple[FeedServer, FakeTelegram]) -> None:
    feeds, tg = servers
    feeds.set("/wire.xml", Response(rss([])))
    config = tmp_path / "config.yaml"
    write_config(config, feeds)
    config.write_text(config.read_text().replace("exclude: [football]", "exclude: [football]\n    chats: [-100555]"))
    first = start_bot(config, tmp_path / "alerts.db", tg, "--once")
    assert first.wait(timeout=60) == 0, "the first run reads the feed's (empty) back catalogue"
    story = Story("Attack reported at Bamako airport", feeds.url("/s/9"), "g9", "Gunfire.", datetime.now(UTC))
    feeds.set("/wire.xml", Response(rss([story])))
    bot = start_bot(config, tmp_path / "alerts.db", tg, "--once")
    out, err = bot.communicate(timeout=60)
    assert bot.returncode == 0, err
    [alert] = tg.sent(-100555)
    assert "Attack reported at Bamako airport" in alert["text"]
    assert TOKEN not in out + err


def test_new_feed_back_catalogue_is_not_alerted(tmp_path: Path, servers: tuple[FeedServer, FakeTelegram]) -> None:
    feeds, tg = servers
    stale = Story("Attack at Bamako airport", feeds.url("/s/old"), "old", "Gunfire.", datetime.now(UTC) - timedelta(days=3))
    recent = Story("Gunfire at Bamako airport", feeds.url("/s/new"), "new", "", datetime.now(UTC) - timedelta(hours=1))
    feeds.set("/wire.xml", Response(rss([stale, recent])))
    config = tmp_path / "config.yaml"
    write_config(config, feeds)
    config.write_text(config.read_text().replace("exclude: [football]", "exclude: [football]\n    chats: [-100555]"))
    bot = start_bot(config, tmp_path / "alerts.db", tg, "--once")
    _, err = bot.communicate(timeout=60)
    assert bot.returncode == 0, err
    assert tg.sent(-100555) == []
    with sqlite3.connect(tmp_path / "alerts.db") as conn:
        assert conn.execute("SELECT count(*), sum(alertable) FROM items").fetchone() == (2, 0)


def test_a_rejected_token_is_reported_without_printing_it(tmp_path: Path, servers: tuple[FeedServer, FakeTelegram]) -> None:
    feeds, tg = servers
    feeds.set("/wire.xml", Response(rss([])))
    config = tmp_path / "config.yaml"
    write_config(config, feeds)
    wrong = "555555555:AAThisTokenIsNotTheOneTheServerKnows_xyz"
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": wrong, "TELEGRAM_API_URL": tg.url}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--log-level", "DEBUG", "run", "--config", str(config), "--db", str(tmp_path / "a.db")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert "Telegram refused the bot token" in result.stderr
    assert wrong not in result.stdout + result.stderr
    assert "AAThisTokenIsNotTheOne" not in result.stderr
    assert tg.unauthorized >= 1, "the bot must have tried the token against the fake server"


def test_chats_come_back_after_blocking_and_other_bots_commands_are_ignored(
    tmp_path: Path, servers: tuple[FeedServer, FakeTelegram]
) -> None:
    feeds, tg = servers
    feeds.set("/wire.xml", Response(rss([])))
    config = tmp_path / "config.yaml"
    write_config(config, feeds)
    db = tmp_path / "alerts.db"
    bot = start_bot(config, db, tg)
    try:
        tg.wait_for(lambda: tg.count("getUpdates") >= 1)
        tg.user_says("/start bko-ops-2026", INVITED)
        tg.wait_for_message(INVITED, "This chat is registered")
        tg.user_says("/start", STAFF)
        tg.wait_for_message(STAFF, "This chat is registered")
        with sqlite3.connect(db) as conn:  # both chats blocked the bot, as a 403 records it
            conn.execute("UPDATE chats SET active = 0 WHERE chat_id IN (?, ?)", [INVITED, STAFF])
        seen = len(tg.sent(INVITED))
        tg.user_says("/start", INVITED)  # Telegram's Restart button sends a plain /start
        tg.wait_for_message(INVITED, "This chat is registered", since=seen)
        tg.user_says("/subscribe bamako", STAFF)
        tg.wait_for_message(STAFF, "Subscribed to Bamako.")
        group = -100777
        tg.user_says("/frobnicate@some_other_bot", STAFF, chat_id=group, chat_type="supergroup")
        tg.user_says("/help", STAFF, chat_id=group, chat_type="supergroup")
        replies = tg.wait_for(lambda: tg.sent(group))
    finally:
        stop(bot)
    assert "Security alerts" in replies[0]["text"], "no 'Unknown command' for another bot's command"
    with sqlite3.connect(db) as conn:
        active = dict(conn.execute("SELECT chat_id, active FROM chats").fetchall())
    assert active[INVITED] == 1 and active[STAFF] == 1


def test_no_log_line_holds_the_token_even_padded_and_at_debug(tmp_path: Path, servers: tuple[FeedServer, FakeTelegram]) -> None:
    feeds, tg = servers
    feeds.set("/wire.xml", Response(rss([])))
    config = tmp_path / "config.yaml"
    write_config(config, feeds)
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": f"  {TOKEN}\n", "TELEGRAM_API_URL": tg.url}
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot", "--log-level", "DEBUG", "run", "--config", str(config), "--db", str(tmp_path / "a.db")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        tg.wait_for(lambda: tg.count("getUpdates") >= 2)
        tg.user_says("/start", STAFF)
        tg.wait_for_message(STAFF, "This chat is registered")
    finally:
        out, err = stop(bot)
    secret = TOKEN.split(":", 1)[1]
    lines = (out + err).splitlines()
    assert len(lines) > 20, "DEBUG logging must have produced plenty of lines to check"
    assert [line for line in lines if secret in line] == []
    assert any("[REDACTED]" in line for line in lines), "the URL that holds the token was logged, redacted"
