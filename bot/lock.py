"""One bot per alerts.db: a second `run` on the same database refuses to start.

Two processes on one database would both poll every feed and both drain the outbox, so every
alert would reach every chat twice. Before it opens the database, `run` (also `run --once`)
takes an exclusive `flock` on `alerts.db.lock` next to it and writes its pid and start time
there, for the refusal to name the other process. Commands that only read (`stats`) take no
lock and work while the bot runs.

Why `flock` and not "a pid file that exists": the kernel drops the lock when the process
dies, however it dies (`kill -9`, OOM killer, power loss), so a stale lock cannot block a
restart and nothing ever has to guess whether a recorded pid is still alive or reused. The
file itself stays between runs on purpose: deleting it on exit would let a process that opened
the old file and one that created a new one both hold "the" lock. A lock on a network
filesystem is only as good as that filesystem's `flock`; keep alerts.db on a local disk (SQLite
asks the same).
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from .store import StoreError, storage_advice

OWNER_WRITE_GRACE = 0.5  # seconds to wait for a starting owner to write its pid


class DatabaseInUse(StoreError):
    """Another live process holds the database's lock; the message says which, in one line.
    A StoreError, so the command line reports it like any unusable database: one line, exit 1."""

    def __init__(self, db_path: Path, owner: str | None):
        self.db_path = db_path
        self.owner = owner
        who = f"another bot process ({owner})" if owner else "another bot process"
        super().__init__(f"{db_path} is in use by {who}; stop that one first, or give this one another --db")


def lock_path(db_path: str | Path) -> Path:
    """The lock sits next to the real database file: a symlink or `./` spelling gets the same lock."""
    real = Path(db_path).resolve()
    return real.with_name(real.name + ".lock")


def _owner(fd: int) -> str | None:
    """'pid 1234, started ...' as the owner wrote it; None if it has not written it yet."""
    deadline = time.monotonic() + OWNER_WRITE_GRACE
    while True:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 200).decode("utf-8", "replace").strip()
        if text or time.monotonic() >= deadline:
            return text or None
        time.sleep(0.05)


def _describe_self() -> str:
    started = datetime.now(UTC).isoformat(timespec="seconds")
    return f"pid {os.getpid()}, started {started}"


@contextlib.contextmanager
def exclusive(db_path: str | Path) -> Iterator[None]:
    """Hold the database for this process until the block ends (or the process dies).

    Raises DatabaseInUse at once when another process holds it: waiting would only hide a
    second bot that someone forgot.
    """
    if str(db_path) == ":memory:":
        yield
        return
    path = lock_path(db_path)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        if not path.parent.is_dir():
            raise StoreError(f"{db_path}: the folder {path.parent} does not exist; create it or pass another --db") from None
        why = f"cannot create the lock file {path} ({exc.strerror})"
        raise StoreError(f"{db_path}: {why}; {storage_advice(exc)}") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise DatabaseInUse(Path(db_path).resolve(), _owner(fd)) from None
        try:
            owner = (_describe_self() + "\n").encode()
            os.pwrite(fd, owner, 0)
            os.ftruncate(fd, len(owner))
        except OSError as exc:  # a full disk: one line that says so, not a traceback
            raise StoreError(f"{db_path}: cannot write the lock file {path} ({exc.strerror}); {storage_advice(exc)}") from None
        try:
            yield
        finally:
            os.ftruncate(fd, 0)  # the next reader finds no owner rather than a dead one
    finally:
        os.close(fd)  # closing the only descriptor releases the lock
