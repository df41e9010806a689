"""Fetching against a feed server with fault modes: each fault is a recorded error and a backoff,
while a healthy feed's alert still arrives on time."""

from __future__ import annotations

import asyncio
import gzip
import random
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import parse_config
from bot.faults import FaultKind
from bot.pipeline import poll_feed
from bot.poller import Poller
from bot.records import CONSOLE_CHATS
from bot.runtime import Runtime, open_runtime
from bot.schedule import next_delay, retry_after_seconds, server_hint
from tests.support.feed_server import FeedServer, Response, Story, rss

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
GZIP = {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}

FAULTS = [
    ("server-error", Response(b"oops", 500), "HTTP 500", FaultKind.HTTP_STATUS),
    ("too-many", Response(b"slow down", 429, {"Retry-After": "120"}), "HTTP 429", FaultKind.THROTTLED),
    ("never-answers", Response(rss([]), delay=5.0), "timed out", FaultKind.TIMEOUT),
    ("connection-reset", Response(b"", reset=True), "Error", FaultKind.NETWORK),
    ("huge-body", Response(rss([]), stream_bytes=50 * 1024 * 1024), "larger than", FaultKind.TOO_LARGE),
    ("gzip-bomb", Response(gzip.compress(b"\0" * (200 * 1024 * 1024)), headers=GZIP), "larger than", FaultKind.TOO_LARGE),
    ("malformed-xml", Response(b"<rss><channel><item><title>Broken"), "not a usable feed", FaultKind.NOT_A_FEED),
    (
        "html-page",
        Response(b"<!doctype html><html><body><h1>Welcome</h1></body></html>", headers={"Content-Type": "text/html"}),
        "not a usable feed",
        FaultKind.NOT_A_FEED,
    ),
    ("redirect-loop", Response(b"", 302, {"Location": "/fault.xml"}), "redirects", FaultKind.BAD_REDIRECT),
    ("not-found", Response(b"gone", 404), "HTTP 404", FaultKind.GONE),
    ("gone", Response(b"gone", 410), "HTTP 410", FaultKind.GONE),
]


@pytest.fixture
async def runtime(tmp_path: Path, feeds: FeedServer) -> AsyncIterator[Runtime]:
    config = parse_config(
        f"""
polling: {{interval: 1s, timeout: 2s, backoff_max: 1h, alert_after: 1s}}
feeds:
  - {{name: Healthy, url: "{feeds.url("/healthy.xml")}"}}
  - {{name: Faulty, url: "{feeds.url("/fault.xml")}"}}
watchlists:
  niamey: {{title: Niamey, locations: [{{name: Niamey}}]}}
"""
    )
    rt = open_runtime(config, tmp_path / "alerts.db", console=True)
    yield rt
    await rt.http.aclose()
    rt.store.close()


@pytest.mark.parametrize(("response", "error", "kind"), [f[1:] for f in FAULTS], ids=[f[0] for f in FAULTS])
async def test_each_fault_is_a_recorded_error(
    runtime: Runtime, feeds: FeedServer, response: Response, error: str, kind: FaultKind
) -> None:
    feeds.set("/fault.xml", response)
    report = await poll_feed(runtime, runtime.config.feeds[1])
    assert report.fault is not None and report.fault.kind is kind, report.fault
    assert report.error == report.fault.message
    assert report.error is not None and error in report.error, report.error
    assert report.failures == 1
    state = runtime.store.feed_state("Faulty")
    assert state is not None and state.consecutive_failures == 1 and state.last_error == report.error


async def test_a_wrong_charset_still_yields_its_items(runtime: Runtime, feeds: FeedServer) -> None:
    latin1 = rss([Story("Explosion à Niamey", "https://e.org/1", "1", "Des tirs près du marché", NOW)]).replace(
        b'encoding="UTF-8"', b'encoding="ISO-8859-1"'
    )
    feeds.set("/fault.xml", Response(latin1, headers={"Content-Type": "application/rss+xml; charset=windows-1252"}))
    report = await poll_feed(runtime, runtime.config.feeds[1])
    assert report.error is None and report.new_items == 1


async def test_retry_after_and_max_age_become_hints(runtime: Runtime, feeds: FeedServer) -> None:
    feeds.set("/fault.xml", Response(b"busy", 503, {"Retry-After": "600"}))
    assert (await poll_feed(runtime, runtime.config.feeds[1])).hint == 600.0
    feeds.set(
        "/fault.xml", Response(rss([]), headers={"Content-Type": "application/rss+xml", "Cache-Control": "public, max-age=900"})
    )
    assert (await poll_feed(runtime, runtime.config.feeds[1])).hint == 900.0


async def test_a_healthy_feed_alerts_on_time_while_another_hangs_and_backs_off(runtime: Runtime, feeds: FeedServer) -> None:
    told: list[str] = []

    async def notify(message: str) -> None:
        told.append(message)

    feeds.set("/healthy.xml", Response(rss([])))
    feeds.set("/fault.xml", Response(rss([]), delay=30.0))  # never answers within the 2s timeout
    poller = Poller(runtime, notify=notify, rng=random.Random(1))
    poller.start()
    deadline = asyncio.get_running_loop().time() + 20
    try:
        while feeds.hits["/healthy.xml"] < 2 and asyncio.get_running_loop().time() < deadline:
            await poller.tick()
            await asyncio.sleep(0.1)
        feeds.set("/healthy.xml", Response(rss([Story("Explosion in Niamey", "https://e.org/n", "n", "", datetime.now(UTC))])))
        started = asyncio.get_running_loop().time()
        while not runtime.store.due_deliveries(datetime.now(UTC) + timedelta(days=1), CONSOLE_CHATS):
            assert asyncio.get_running_loop().time() < deadline, "the healthy feed's alert never came"
            await poller.tick()
            await asyncio.sleep(0.1)
        waited = asyncio.get_running_loop().time() - started
        while not told and asyncio.get_running_loop().time() < deadline:  # the hanging feed's 2nd failure
            await poller.tick()
            await asyncio.sleep(0.1)
        hanging_hits = feeds.hits["/fault.xml"]
        feeds.set("/fault.xml", Response(rss([])))  # the publisher fixes its server
        poller.set_feed("Faulty", 1.0, 0.0)
        while len(told) < 2 and asyncio.get_running_loop().time() < deadline:
            await poller.tick()
            await asyncio.sleep(0.1)
    finally:
        await poller.stop()
    assert told[-1] == "Feed 'Faulty' works again."
    assert waited < 3.0, f"the healthy feed waited {waited:.1f}s behind the hanging one"
    assert hanging_hits <= 3, "the hanging feed is backed off, not hammered"
    assert told and "'Faulty' has been failing" in told[0]


@pytest.mark.parametrize(
    ("interval", "failures", "hint", "low", "high"),
    [
        (300, 0, None, 270, 330),  # the interval, with jitter
        (300, 1, None, 270, 330),  # a first failure: the interval again
        (300, 3, None, 1080, 1320),  # then doubling
        (300, 20, None, 19440, 23760),  # up to the ceiling (6 h)
        (300, 0, 900, 810, 990),  # the publisher's max-age or ttl
        (300, 0, 86400, 3240, 3960),  # capped at an hour
        (300, 1, 7200, 6480, 7920),  # Retry-After after a failure: up to the backoff ceiling
    ],
)
def test_next_delay(interval: float, failures: int, hint: float | None, low: float, high: float) -> None:
    delays = [next_delay(interval, failures, hint, 3600, 21600, random.Random(seed)) for seed in range(50)]
    assert low <= min(delays) and max(delays) <= high
    assert len(set(delays)) > 1, "jitter spreads feeds apart"


def test_server_hints() -> None:
    assert server_hint(200, {"cache-control": "max-age=120"}, None, NOW) == 120
    assert server_hint(200, {}, 30, NOW) == 1800
    assert server_hint(404, {"cache-control": "max-age=120"}, None, NOW) is None
    assert server_hint(429, {"retry-after": "Wed, 25 Nov 2026 09:10:00 GMT"}, None, NOW) == 600
    assert retry_after_seconds("soon", NOW) is None
