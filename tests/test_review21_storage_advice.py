"""A full disk, a lock and a damaged file each get their own advice, in one line (qa21 #5).

Real SQLite errors (a database at its page limit, a write lock another connection holds, a file
with garbage pages), and a real ENOSPC from the kernel (`/dev/full` as the lock file).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.lock import exclusive
from bot.store import Store, StoreError, storage_advice
from tests.test_cli import ROOT, SAMPLE_CONFIG, bot

PERMISSIONS = "check the path and its permissions"


def test_a_full_database_says_the_disk_is_full(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "a.db")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("INSERT INTO t VALUES (?)", ["x" * 100_000])
    advice = storage_advice(caught.value)
    assert "disk is full" in advice and PERMISSIONS not in advice


def test_a_locked_database_says_what_holds_it(tmp_path: Path) -> None:
    holder = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(tmp_path / "a.db", timeout=0)
    with pytest.raises(sqlite3.OperationalError) as caught:
        other.execute("INSERT INTO t VALUES (1)")
    advice = storage_advice(caught.value)
    assert "another process holds a lock" in advice and PERMISSIONS not in advice
    holder.execute("ROLLBACK")


def test_a_damaged_database_says_restore_or_move_it_aside(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert bot("run", "--once", "--config", SAMPLE_CONFIG, "--db", str(db)).returncode == 0
    with open(db, "r+b") as f:  # garbage over pages 2 to 8, as a bad disk or a torn copy leaves them
        f.seek(4096)
        f.write(os.urandom(4096 * 7))
    run = bot("run", "--once", "--config", SAMPLE_CONFIG, "--db", str(db))
    assert run.returncode == 1
    lines = [line for line in run.stderr.splitlines() if "CRITICAL" in line]
    assert len(lines) == 1 and "damaged" in lines[0] and PERMISSIONS not in lines[0], run.stderr[-1500:]
    assert "Traceback" not in run.stderr


def test_a_full_disk_at_the_lock_file_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    (tmp_path / "a.db.lock").symlink_to("/dev/full")  # every write: ENOSPC, as on a full disk
    with pytest.raises(StoreError) as caught, exclusive(db):
        pass
    assert "disk is full" in str(caught.value) and "\n" not in str(caught.value)
    run = subprocess.run(
        [sys.executable, "-m", "bot", "run", "--once", "--config", SAMPLE_CONFIG, "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1 and "Traceback" not in run.stderr and "disk is full" in run.stderr, run.stderr[-1500:]


def test_an_open_store_error_carries_the_advice(tmp_path: Path) -> None:
    (tmp_path / "a.db").write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    with pytest.raises(StoreError) as caught:
        Store(tmp_path / "a.db")
    assert PERMISSIONS not in str(caught.value)
