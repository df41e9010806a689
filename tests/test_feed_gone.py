"""A feed that answers 404 or 410 for a day is reported to the admins as gone for good, once.

The poller runs for real against the loopback feed server; days pass on a clock the test
moves, which both the poller's schedule and the store read.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import parse_config
from bot.faults import FaultKind
from bot.poller import GONE_AFTER, Poller
from bot.runtime import Runtime, close_runtime, open_runtime
from tests.support.feed_server import FeedServer, Response, rss

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
HOUR = 3600.0


class Clock:
    """Wall time for the store, and the poller's monotonic seconds, moved together by the test."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return (self.now - START).total_seconds()

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def runtime(tmp_path: Path, feeds: FeedServer, clock: Clock) -> AsyncIterator[Runtime]:
    config = parse_config(
        f"""
polling: {{interval: 5m, timeout: 2s, backoff_max: 6h, alert_after: 6h}}
feeds:
  - {{name: Faulty, url: "{feeds.url("/fault.xml")}"}}
watchlists:
  niamey: {{title: Niamey, locations: [{{name: Niamey}}]}}
"""
    )
    rt = open_runtime(config, tmp_path / "alerts.db", console=True, clock=clock)
    yield rt
    await close_runtime(rt)


def started(rt: Runtime, clock: Clock, told: list[str]) -> Poller:
    async def notify(message: str) -> None:
        told.append(message)

    poller = Poller(rt, notify=notify, monotonic=clock.monotonic, rng=random.Random(1))
    poller.start()
    return poller


async def poll_due(poller: Poller) -> None:
    """One tick, and the polls it started run to their end (notices included)."""
    await poller.tick()
    await asyncio.gather(*(task for task in asyncio.all_tasks() if task.get_name().startswith("poll:")))


@pytest.mark.parametrize("status", [404, 410])
async def test_a_feed_gone_for_a_day_is_reported_once_and_its_return_too(
    runtime: Runtime, feeds: FeedServer, clock: Clock, status: int
) -> None:
    told: list[str] = []
    feeds.set("/fault.xml", Response(b"gone", status, {"Content-Type": "text/plain"}))
    poller = started(runtime, clock, told)
    clock.advance(2)
    await poll_due(poller)
    report = poller.reports["Faulty"]
    assert report.fault is not None and (report.fault.kind, report.fault.status) == (FaultKind.GONE, status)
    clock.advance(6 * 60)  # a first failure retries after the interval, whatever its kind
    await poll_due(poller)
    assert feeds.hits["/fault.xml"] == 2
    clock.advance(HOUR)  # from the second 404 on, backoff_max at once: no doubling from 5 minutes
    await poll_due(poller)
    assert feeds.hits["/fault.xml"] == 2 and told == []
    for _ in range(3):  # 7 h, 13 h, 19 h: failing (told at 7 h), not yet gone for a day
        clock.advance(6 * HOUR)
        await poll_due(poller)
    assert feeds.hits["/fault.xml"] == 5
    assert told == [f"Feed 'Faulty' has been failing for 7.1 h (3 polls): HTTP {status}"]

    clock.advance(7 * HOUR)  # 26 h
    await poll_due(poller)
    assert len(told) == 2
    gone = told[1]
    assert gone.startswith("Feed 'Faulty' looks gone for good: ")
    assert feeds.url("/fault.xml") in gone and f"HTTP {status}" in gone
    assert "since 25 Nov 2026 09:00 UTC" in gone and "Remove or fix it in config.yaml" in gone

    clock.advance(7 * HOUR)
    await poll_due(poller)
    assert feeds.hits["/fault.xml"] == 7 and len(told) == 2, "told once"

    restarted = started(runtime, clock, told)  # a new process: the run of 404s is in the db only
    clock.advance(2)
    await poll_due(restarted)
    assert feeds.hits["/fault.xml"] == 8 and len(told) == 2, "not told again after a restart"

    feeds.set("/fault.xml", Response(rss([])))
    clock.advance(7 * HOUR)
    await poll_due(restarted)
    assert told[2:] == ["Feed 'Faulty' works again."]
    await poller.stop()
    await restarted.stop()


async def test_only_a_day_of_404s_is_gone_not_a_day_of_failures(runtime: Runtime, feeds: FeedServer, clock: Clock) -> None:
    """A server that fails with 500s for most of a day, then answers 404, is gone a day after its first 404."""
    told: list[str] = []
    feeds.set("/fault.xml", Response(b"oops", 500, {"Content-Type": "text/plain"}))
    poller = started(runtime, clock, told)
    clock.advance(2)
    for _ in range(3):  # 0 h, 7 h, 14 h
        await poll_due(poller)
        clock.advance(7 * HOUR)
    feeds.set("/fault.xml", Response(b"gone", 404, {"Content-Type": "text/plain"}))
    first_404 = clock.now  # 21 h
    polls = 0
    while len(told) < 2:
        await poll_due(poller)
        polls += 1
        assert polls < 10, told
        if len(told) < 2:
            assert (clock.now - first_404).total_seconds() < GONE_AFTER, "a day of 404s went unreported"
        clock.advance(7 * HOUR)
    assert told[0].startswith("Feed 'Faulty' has been failing for 7.0 h") and told[0].endswith("HTTP 500")
    reported_at = clock.now - timedelta(hours=7)
    assert (reported_at - first_404).total_seconds() >= GONE_AFTER, "a 404 after 500s is not a day of 404s"
    assert "since 26 Nov 2026 06:00 UTC" in told[1] and "HTTP 404" in told[1]
    await poller.stop()


async def test_a_gone_feed_that_starts_failing_otherwise_is_not_gone(runtime: Runtime, feeds: FeedServer, clock: Clock) -> None:
    """The run of 404s must be unbroken: a timeout or a 500 in between starts it again."""
    told: list[str] = []
    poller = started(runtime, clock, told)
    clock.advance(2)
    for status in [404, 404, 500, 404, 404, 404]:  # 0 h to 35 h, 7 h apart: the last run of 404s lasts 14 h
        feeds.set("/fault.xml", Response(b"x", status, {"Content-Type": "text/plain"}))
        await poll_due(poller)
        clock.advance(7 * HOUR)
    assert feeds.hits["/fault.xml"] == 6
    assert len(told) == 1 and "has been failing" in told[0], told
    await poller.stop()
