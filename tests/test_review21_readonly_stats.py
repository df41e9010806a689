"""`stats` only reads, so it works beside a bot that holds the write lock, writes nothing, and
says so clearly on an older schema; `run --once` waits out a lock held longer than 5 s (qa21 #4).

Real SQLite files, a second process holding the lock, the real command line.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.test_cli import ROOT, SAMPLE_CONFIG, bot

HOLD = """
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("BEGIN EXCLUSIVE")
c.execute("UPDATE meta SET value = value")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
c.execute("COMMIT")
"""


def locked(db: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def digest(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


def test_stats_reads_beside_a_lock_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert bot("run", "--once", "--config", SAMPLE_CONFIG, "--db", str(db)).returncode == 0
    holder = locked(db, 20)
    try:
        started = time.monotonic()
        stats = bot("stats", "--db", str(db), "--days", "3650")
        took = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert stats.returncode == 0, stats.stderr
    assert "location alerts over 1 day" in stats.stdout and took < 15


def test_stats_on_an_older_schema_says_what_to_do_and_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    assert bot("run", "--once", "--config", SAMPLE_CONFIG, "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as conn:  # as an older release left it: one version behind
        conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) - 1 WHERE key = 'schema_version'")
    conn.close()
    before = digest(db)
    stats = bot("stats", "--db", str(db))
    assert stats.returncode == 1, stats
    assert "older release of the bot" in stats.stderr and "run the bot" in stats.stderr, stats.stderr
    assert "Traceback" not in stats.stderr
    assert digest(db) == before


def test_run_once_waits_out_a_lock_held_longer_than_five_seconds(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert bot("run", "--once", "--config", SAMPLE_CONFIG, "--db", str(db)).returncode == 0
    holder = locked(db, 9)
    try:
        run = subprocess.run(
            [sys.executable, "-m", "bot", "run", "--once", "--config", SAMPLE_CONFIG, "--db", str(db)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        holder.wait()
    assert run.returncode == 0, run.stderr[-1500:]
