"""The bot's lifecycle on real parts: starting without Telegram, Telegram going away and coming
back, stopping on signals, what `run --once` says when no feed answers, one bot per alerts.db.

The real bot process runs against a loopback feed server and the fake Telegram Bot API; its
stderr goes to a file, so a test reads the log while the bot runs.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.lock import DatabaseInUse, exclusive, lock_path
from bot.telegram.app import RECONNECT_MAX, reconnect_delay
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.support.net import closed_port
from tests.test_end_to_end import ROOT, STAFF, TOKEN, write_config

GROUP = -100555  # a static chat of the watchlist: alerts are due to it without any /start
LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d (DEBUG|INFO|WARNING|ERROR|CRITICAL) ")
BAD_GATEWAY = (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})


class BotProcess:
    """`python -m bot run` with stdout and stderr in files."""

    def __init__(self, tmp_path: Path, config: Path, db: Path, api_url: str | None, *extra: str, name: str = "bot"):
        env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL")}
        env["PYTHONUNBUFFERED"] = "1"
        if api_url is not None:
            env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api_url)
        self.out_path, self.err_path = tmp_path / f"{name}.out", tmp_path / f"{name}.err"
        with self.out_path.open("w") as out, self.err_path.open("w") as err:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run", "--config", str(config), "--db", str(db), *extra],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=err,
                text=True,
            )

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        return self.err_path.read_text(encoding="utf-8")

    def lines(self, containing: str) -> list[str]:
        return [line for line in self.log().splitlines() if containing in line]

    def running(self) -> bool:
        return self.process.poll() is None

    def wait(self, timeout: float = 30.0) -> int:
        return self.process.wait(timeout=timeout)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        if self.running():
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout=timeout)
        finally:
            if self.running():
                self.process.kill()
                self.process.wait()


@pytest.fixture
def bots() -> Iterator[list[BotProcess]]:
    """Every bot a test starts is gone when it ends, whatever the test asserted."""
    started: list[BotProcess] = []
    yield started
    for bot in started:
        if bot.running():
            bot.process.kill()
            bot.process.wait()


def wait_until(predicate: Callable[[], Any], what: str, timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def pending(db: Path) -> int:
    """Deliveries queued in the outbox (0 while the bot has not created the table yet)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT count(*) FROM deliveries WHERE status = 'pending'").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def attack(feeds: FeedServer) -> Story:
    published = datetime.now(UTC) - timedelta(minutes=5)
    return Story("Gunmen attack Bamako airport", feeds.url("/s/1"), "g1", "Gunfire near BKO.", published)


def config_with_group(tmp_path: Path, feeds: FeedServer) -> Path:
    config = tmp_path / "config.yaml"
    write_config(config, feeds)
    config.write_text(config.read_text().replace("exclude: [football]", f"exclude: [football]\n    chats: [{GROUP}]"))
    return config


def queue_an_alert(feeds: FeedServer, db: Path) -> None:
    """The first poll reads the feed's back catalogue; the story published after it alerts."""
    feeds.set("/wire.xml", Response(rss([])))
    wait_until(lambda: feeds.hits["/wire.xml"] >= 1, "the first poll")
    feeds.set("/wire.xml", Response(rss([attack(feeds)])))
    wait_until(lambda: pending(db) >= 1, "the alert queued in alerts.db")


def delivered(tg: FakeTelegram, chat: int, containing: str) -> bool:
    """Answered 200: `tg.sent` also lists the calls a fault refused."""
    return any(to == chat and containing in text for to, text in tg.accepted)


def assert_clean_log(bot: BotProcess) -> None:
    """One line per log record: no traceback, no token."""
    text = bot.log()
    assert "Traceback" not in text
    assert TOKEN not in text and TOKEN.split(":")[1] not in text
    strays = [line for line in text.splitlines() if not LOG_LINE.match(line)]
    assert strays == [], "every line is a log record of its own"


# -- Telegram unreachable at start --------------------------------------------------------------


def test_telegram_unreachable_at_start_feeds_are_polled_and_alerts_queued(tmp_path: Path, bots: list[BotProcess]) -> None:
    db = tmp_path / "alerts.db"
    with FeedServer() as feeds:
        feeds.set("/wire.xml", Response(rss([])))
        bot = BotProcess(tmp_path, config_with_group(tmp_path, feeds), db, f"http://127.0.0.1:{closed_port()}")
        bots.append(bot)
        queue_an_alert(feeds, db)
        wait_until(lambda: len(bot.lines("Telegram is unreachable")) >= 3, "three attempts")
        assert bot.running(), "an unreachable Telegram must not end the bot"
        polls = feeds.hits["/wire.xml"]
        wait_until(lambda: feeds.hits["/wire.xml"] > polls, "polling to go on")
        assert bot.stop(signal.SIGTERM) == 0

    attempts = bot.lines("Telegram is unreachable")
    assert [int(re.search(r"attempt (\d+)", line)[1]) for line in attempts] == list(range(1, len(attempts) + 1))
    assert all("All connection attempts failed" in line for line in attempts)
    assert_clean_log(bot)
    assert bot.lines("stopping: SIGTERM received")
    assert bot.log().splitlines()[-1].endswith("stopped")
    assert pending(db) == 1, "the alert stays queued for when Telegram is back"


def test_alerts_queued_while_telegram_is_down_go_out_when_it_answers(tmp_path: Path, bots: list[BotProcess]) -> None:
    db = tmp_path / "alerts.db"
    down = threading.Event()
    down.set()
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        tg.faults.append(lambda method, params: BAD_GATEWAY if down.is_set() else None)
        bot = BotProcess(tmp_path, config_with_group(tmp_path, feeds), db, tg.url)
        bots.append(bot)
        queue_an_alert(feeds, db)
        wait_until(lambda: tg.count("getMe") >= 2, "two attempts")
        assert tg.sent(GROUP) == [] and tg.count("getUpdates") == 0

        down.clear()
        alert = tg.wait_for_message(GROUP, "Gunmen attack Bamako airport", timeout=60)
        tg.wait_for(lambda: tg.count("setMyCommands") >= 1)
        tg.user_says("/start", STAFF)
        tg.wait_for_message(STAFF, "This chat is registered")
        assert bot.stop(signal.SIGINT) == 0

    assert alert["parse_mode"] == "HTML"
    assert [chat for chat, _ in tg.accepted].count(GROUP) == 1
    assert pending(db) == 0
    attempts = bot.lines("Telegram is unreachable")
    assert len(attempts) >= 2 and all("Bad Gateway" in line for line in attempts)
    assert bot.lines("Telegram answered at attempt")
    assert_clean_log(bot)


def test_a_token_rejected_after_an_outage_still_exits_2_at_once(tmp_path: Path, bots: list[BotProcess]) -> None:
    unauthorized = (401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        tg.faults.append(lambda method, params: BAD_GATEWAY if tg.count("getMe") <= 2 else unauthorized)
        bot = BotProcess(tmp_path, config_with_group(tmp_path, feeds), tmp_path / "alerts.db", tg.url)
        bots.append(bot)
        assert bot.wait(timeout=60) == 2
    assert tg.count("getMe") == 3
    assert len(bot.lines("Telegram is unreachable")) == 2
    assert "Telegram refused the bot token" in bot.log().splitlines()[-1]
    assert_clean_log(bot)


def test_telegram_going_away_mid_run_is_ridden_out(tmp_path: Path, bots: list[BotProcess]) -> None:
    db = tmp_path / "alerts.db"
    down = threading.Event()
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        tg.faults.append(lambda method, params: BAD_GATEWAY if down.is_set() else None)
        feeds.set("/wire.xml", Response(rss([])))
        bot = BotProcess(tmp_path, config_with_group(tmp_path, feeds), db, tg.url)
        bots.append(bot)
        tg.wait_for(lambda: tg.count("getUpdates") >= 1)

        down.set()
        queue_an_alert(feeds, db)
        wait_until(lambda: len(bot.lines("fetching updates from Telegram failed")) >= 2, "two failed getUpdates")
        assert bot.running()
        down.clear()
        tg.wait_for(lambda: delivered(tg, GROUP, "Gunmen attack Bamako airport"), timeout=60)
        tg.user_says("/start", STAFF)
        tg.wait_for_message(STAFF, "This chat is registered", timeout=60)
        assert bot.stop(signal.SIGTERM) == 0
    assert [chat for chat, _ in tg.accepted].count(GROUP) == 1
    assert all("Bad Gateway" in line for line in bot.lines("fetching updates from Telegram failed"))
    assert_clean_log(bot)


def test_a_stop_during_an_outage_is_clean(tmp_path: Path, bots: list[BotProcess]) -> None:
    down = threading.Event()
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        tg.faults.append(lambda method, params: BAD_GATEWAY if down.is_set() else None)
        feeds.set("/wire.xml", Response(rss([])))
        bot = BotProcess(tmp_path, config_with_group(tmp_path, feeds), tmp_path / "alerts.db", tg.url)
        bots.append(bot)
        tg.wait_for(lambda: tg.count("getUpdates") >= 1)
        down.set()
        wait_until(lambda: bot.lines("fetching updates from Telegram failed"), "a failed getUpdates")
        assert bot.stop(signal.SIGTERM) == 0
    assert bot.log().splitlines()[-1].endswith("stopped")
    assert_clean_log(bot)


def test_reconnect_waits_double_from_a_second_up_to_five_minutes() -> None:
    assert [reconnect_delay(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 8.0, 16.0]
    assert reconnect_delay(9) == 256.0 and reconnect_delay(10) == RECONNECT_MAX == 300.0
    assert reconnect_delay(10_000) == RECONNECT_MAX


# -- stopping the console bot -------------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_console_mode_stops_cleanly_on_a_signal(tmp_path: Path, bots: list[BotProcess], sig: signal.Signals) -> None:
    with FeedServer() as feeds:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        bot = BotProcess(tmp_path, config, tmp_path / "alerts.db", None)
        bots.append(bot)
        wait_until(lambda: bot.lines("console mode") and feeds.hits["/wire.xml"] >= 1, "the console bot polling")
        assert bot.stop(sig) == 0
    lines = bot.log().splitlines()
    assert len(bot.lines(f"stopping: {sig.name} received; finishing what is in flight")) == 1
    assert lines[-1].endswith("stopped")
    assert_clean_log(bot)


# -- run --once ---------------------------------------------------------------------------------


def run_once(config: Path, db: Path, api_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL")}
    if api_url is not None:
        env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api_url)
    return subprocess.run(
        [sys.executable, "-m", "bot", "run", "--once", "--config", str(config), "--db", str(db)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_run_once_fails_when_no_feed_could_be_polled(tmp_path: Path) -> None:
    with FeedServer() as feeds:
        feeds.set("/wire.xml", Response(b"down for maintenance", 500, {"Content-Type": "text/plain"}))
        config = tmp_path / "config.yaml"
        write_config(config, feeds, f"  - name: Gone\n    url: http://127.0.0.1:{closed_port()}/rss\n")
        result = run_once(config, tmp_path / "alerts.db")
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines()[-1].endswith("no feed could be polled: 2 of 2 failed")
    assert "Traceback" not in result.stderr


def test_run_once_succeeds_when_some_feed_could_be_polled(tmp_path: Path) -> None:
    with FeedServer() as feeds:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds, f"  - name: Gone\n    url: http://127.0.0.1:{closed_port()}/rss\n")
        result = run_once(config, tmp_path / "alerts.db")
    assert result.returncode == 0, result.stderr
    assert "polled 2 feeds (1 failed)" in result.stderr.splitlines()[-1]


def test_run_once_without_telegram_polls_queues_and_fails(tmp_path: Path) -> None:
    db = tmp_path / "alerts.db"
    with FeedServer() as feeds:
        config = config_with_group(tmp_path, feeds)
        feeds.set("/wire.xml", Response(rss([])))
        assert run_once(config, db).returncode == 0, "the back catalogue, read without Telegram"
        feeds.set("/wire.xml", Response(rss([attack(feeds)])))
        result = run_once(config, db, f"http://127.0.0.1:{closed_port()}")
    assert result.returncode == 1, result.stderr
    assert pending(db) == 1
    lines = result.stderr.splitlines()
    assert "Telegram is unreachable at http://127.0.0.1:" in result.stderr
    assert lines[-1].endswith("nothing was delivered, Telegram was unreachable: 1 delivery queued for the next run")
    assert "Traceback" not in result.stderr and TOKEN not in result.stderr


# -- one bot per alerts.db ----------------------------------------------------------------------


def test_a_second_bot_on_the_same_db_is_refused(tmp_path: Path, bots: list[BotProcess]) -> None:
    db = tmp_path / "alerts.db"
    (tmp_path / "sub").mkdir()
    other_spelling = tmp_path / "sub" / ".." / "alerts.db"
    with FeedServer() as feeds:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        first = BotProcess(tmp_path, config, db, None, name="first")
        bots.append(first)
        wait_until(lambda: first.lines("console mode"), "the first bot running")

        once = run_once(config, other_spelling)
        second = BotProcess(tmp_path, config, db, None, name="second")
        bots.append(second)
        assert second.wait(timeout=60) == 1
        readers = [
            subprocess.run([sys.executable, "-m", "bot", *command], cwd=ROOT, capture_output=True, text=True, timeout=60)
            for command in (["stats", "--db", str(db)], ["feeds", "--config", str(config), "--db", str(db)])
        ]
        assert first.running()
        assert first.stop(signal.SIGTERM) == 0
        after = run_once(config, db)

    assert once.returncode == 1
    for refusal in (once.stderr, second.log()):
        assert refusal.count("\n") == 1, f"one line: {refusal!r}"
        assert str(db.resolve()) in refusal and f"pid {first.pid}," in refusal
        assert "is in use by another bot process" in refusal
    assert [reader.returncode for reader in readers] == [0, 0], "reading commands take no lock"
    assert after.returncode == 0, after.stderr


def test_the_lock_is_released_when_its_holder_dies_even_by_kill_9(tmp_path: Path) -> None:
    db = tmp_path / "alerts.db"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from bot.lock import exclusive\n"
            "with exclusive(sys.argv[1]):\n    print('held', flush=True); time.sleep(120)",
            str(db),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseInUse, match=f"pid {holder.pid},"), exclusive(db):
            pass
    finally:
        holder.kill()
        holder.wait()
    with exclusive(db):
        assert lock_path(db).read_text().startswith(f"pid {os.getpid()}, started ")
        with pytest.raises(DatabaseInUse), exclusive(db):  # a second holder in this very process is refused too
            pass
    assert lock_path(db).read_text() == ""
