"""`run --once` stops on SIGTERM and Ctrl-C as the long-running bot does (review qa20, fault 3).

The README promises exit 0 and the lines `stopping: SIGTERM received` and `stopped` for both
modes; `--once` used to die with 143 (SIGTERM) or a KeyboardInterrupt traceback (Ctrl-C). Real
parts: the bot's own process, a loopback feed that answers slowly, a SQLite file.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.test_end_to_end import ROOT, write_config
from tests.test_lifecycle import LOG_LINE, wait_until

SLOW = 20.0  # the feed's answer takes this long: the signal always lands during the poll


def _once(config: Path, db: Path, err: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_API_URL")}
    env["PYTHONUNBUFFERED"] = "1"
    with err.open("w") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "--once", "--config", str(config), "--db", str(db)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            text=True,
        )


def _polled_ok(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT count(*) FROM feeds WHERE last_success IS NOT NULL").fetchone()
    return int(row[0])


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_run_once_stops_cleanly_on_a_signal_during_a_slow_poll(tmp_path: Path, sig: signal.Signals) -> None:
    story = Story("Gunmen attack Bamako airport", "http://x.test/1", "g1", "Gunfire near BKO.")
    with FeedServer() as feeds:
        feeds.set("/wire.xml", Response(rss([story]), delay=SLOW))
        config, db, err = tmp_path / "config.yaml", tmp_path / "alerts.db", tmp_path / "once.err"
        write_config(config, feeds)
        bot = _once(config, db, err)
        try:
            wait_until(lambda: feeds.hits["/wire.xml"] > 0, "the slow poll to begin", timeout=60)
            started = time.monotonic()
            bot.send_signal(sig)
            rc = bot.wait(timeout=15)
        finally:
            if bot.poll() is None:
                bot.kill()
                bot.wait()
        assert time.monotonic() - started < SLOW / 2  # it did not wait for the slow feed
        log = err.read_text(encoding="utf-8")
        assert rc == 0, log
        assert f"stopping: {sig.name} received" in log
        assert log.rstrip().splitlines()[-1].endswith("bot.app: stopped")
        assert "Traceback" not in log and "KeyboardInterrupt" not in log
        assert all(LOG_LINE.match(line) for line in log.splitlines()), log
        # Nothing is lost: the next run polls the feed that was cut short.
        feeds.set("/wire.xml", Response(rss([story])))
        again = _once(config, db, tmp_path / "again.err")
        assert again.wait(timeout=60) == 0
        assert _polled_ok(db) == 1


def _catches(pid: int, sig: signal.Signals) -> bool:
    """Whether the process has a handler for `sig` now (Linux: the SigCgt mask in /proc)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    mask = next(int(line.split()[1], 16) for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(mask & (1 << (sig - 1)))


def test_run_once_stops_cleanly_on_a_signal_during_start_up(tmp_path: Path) -> None:
    """Before the event loop runs (the config read, the gazetteer loaded) SIGTERM stops it too:
    as soon as the bot handles SIGTERM at all, a SIGTERM means exit 0 and the two lines."""
    with FeedServer() as feeds:
        feeds.set("/wire.xml", Response(rss([]), delay=SLOW))
        config, db, err = tmp_path / "config.yaml", tmp_path / "alerts.db", tmp_path / "start.err"
        write_config(config, feeds)
        bot = _once(config, db, err)
        try:
            wait_until(lambda: _catches(bot.pid, signal.SIGTERM) or bot.poll() is not None, "a SIGTERM handler", 60)
            bot.send_signal(signal.SIGTERM)
            rc = bot.wait(timeout=30)
        finally:
            if bot.poll() is None:
                bot.kill()
                bot.wait()
        log = err.read_text(encoding="utf-8")
        assert rc == 0, log
        assert "stopping: SIGTERM received" in log and log.rstrip().endswith("stopped")
        assert "Traceback" not in log
