"""A database that cannot be written while the bot runs (qa21: a full disk) keeps the polls on
their schedule and backoff, is logged once per streak, and loses nothing once it can be written.

A real SQLite file made "full" with `PRAGMA max_page_count` (SQLite's own "database or disk is
full"), the real poller against the loopback feed server, on a clock the test moves.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import parse_config
from bot.faults import FaultKind
from bot.poller import Poller
from bot.runtime import Runtime, close_runtime, open_runtime
from tests.support.feed_server import FeedServer, Response, Story, rss

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return (self.now - START).total_seconds()

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
async def runtime(tmp_path: Path, feeds: FeedServer) -> AsyncIterator[tuple[Runtime, Clock]]:
    clock = Clock()
    config = parse_config(
        f"""
polling: {{interval: 1m, timeout: 2s, backoff_max: 1h}}
feeds:
  - {{name: Wire, url: "{feeds.url("/wire.xml")}"}}
watchlists:
  niamey: {{title: Niamey, locations: [{{name: Niamey}}]}}
"""
    )
    rt = open_runtime(config, tmp_path / "alerts.db", console=True, clock=clock)
    yield rt, clock
    await close_runtime(rt)


async def poll_due(poller: Poller) -> None:
    await poller.tick()
    await asyncio.gather(*(task for task in asyncio.all_tasks() if task.get_name().startswith("poll:")))


def stories(count: int, clock: Clock) -> bytes:
    return rss(
        [
            Story(f"Gunmen attack a market in Niamey ({i})", f"http://127.0.0.1/{i}", f"g{i}", published=clock.now)
            for i in range(count)
        ]
    )


async def test_a_full_database_keeps_the_schedule_logs_once_and_loses_nothing(
    runtime: tuple[Runtime, Clock], feeds: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    rt, clock = runtime
    feeds.set("/wire.xml", Response(stories(1, clock)))
    poller = Poller(rt, monotonic=clock.monotonic, rng=random.Random(1))
    poller.start()
    clock.advance(2)
    await poll_due(poller)  # the back catalogue
    assert feeds.hits["/wire.xml"] == 1 and poller.reports["Wire"].fault is None

    pages = rt.store.db.execute("PRAGMA page_count").fetchone()[0]
    rt.store.db.execute(f"PRAGMA max_page_count = {pages}")  # no room for one more page: "disk is full"
    feeds.set("/wire.xml", Response(stories(40, clock)))
    caplog.set_level(logging.INFO)
    hits = [feeds.hits["/wire.xml"]]
    for _ in range(6):  # every half second for 3 minutes would be 360 fetches
        for _ in range(60):
            clock.advance(0.5)
            await poll_due(poller)
        hits.append(feeds.hits["/wire.xml"])
    report = poller.reports["Wire"]
    assert report.fault is not None and report.fault.kind is FaultKind.STORAGE
    assert "database or disk is full" in report.fault.message
    # 1 min, then backoff: 2 min after the first failure, 4 after the second
    assert hits[-1] - hits[0] <= 3, hits
    said = [r.getMessage() for r in caplog.records if "could not be written" in r.getMessage()]
    assert len(said) == 1, said
    assert "Traceback" not in caplog.text and "cannot keep up" not in caplog.text

    rt.store.db.execute("PRAGMA max_page_count = 1000000")  # space again
    for _ in range(20):
        clock.advance(30)
        await poll_due(poller)
        if poller.reports["Wire"].fault is None:
            break
    assert poller.reports["Wire"].fault is None
    # every item stored (some may have fit in the pages left before the rest failed), the alert queued
    assert rt.store.db.execute("SELECT count(*) FROM items").fetchone()[0] == 40
    assert rt.store.db.execute("SELECT count(*) FROM deliveries").fetchone()[0] == 1
    assert any("can be written again" in r.getMessage() for r in caplog.records)
    await poller.stop()
