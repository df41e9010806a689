"""A host too slow for its feeds' intervals: every feed still gets its turn, and the admins
can see that host is behind (one WARNING in the log, a line on /status).

Real parts: the loopback feed server answering each feed slowly, a real SQLite file, the
poller's real clock; and, for /status, the bot's own process against the fake Bot API.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.config import parse_config
from bot.poller import Poller, host_of, most_overdue_first
from bot.runtime import Runtime, close_runtime, open_runtime
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, rss
from tests.test_end_to_end import ADMIN, TOKEN, start_bot, stop

FEEDS = 12
SLOW = 0.3  # seconds per answer: 2 at a time is ~6 polls a second, for 12 feeds due every second


def slow_feeds(feeds: FeedServer) -> str:
    for i in range(FEEDS):
        feeds.set(f"/f{i}.xml", Response(rss([]), delay=SLOW))
    return "".join(f'  - {{name: f{i:02d}, url: "{feeds.url(f"/f{i}.xml")}"}}\n' for i in range(FEEDS))


@pytest.fixture
async def runtime(tmp_path: Path, feeds: FeedServer) -> AsyncIterator[Runtime]:
    config = parse_config(
        "polling: {interval: 1s, timeout: 5s, per_host: 2}\nfeeds:\n"
        + slow_feeds(feeds)
        + "watchlists:\n  bamako: {title: Bamako, locations: [{name: Bamako}]}\n"
    )
    rt = open_runtime(config, tmp_path / "alerts.db", console=True)
    yield rt
    await close_runtime(rt)


async def test_every_feed_on_a_busy_host_is_polled_and_the_host_is_reported_behind(
    runtime: Runtime, feeds: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    poller = Poller(runtime)
    poller.start()
    caplog.set_level(logging.INFO, logger="bot.poller")
    end = time.monotonic() + 8
    try:
        while time.monotonic() < end:
            await poller.tick()
            await asyncio.sleep(0.1)
    finally:
        await poller.stop()
    hits = [feeds.hits[f"/f{i}.xml"] for i in range(FEEDS)]
    assert min(hits) >= 2, f"every feed is polled in turn, not only the first in the config: {hits}"
    assert max(hits) - min(hits) <= 2, f"turns are shared fairly: {hits}"
    host = host_of(runtime.config.feeds[0])
    behind = [r for r in caplog.records if r.levelno == logging.WARNING and "cannot keep up" in r.getMessage()]
    assert len(behind) == 1, "one warning per host, not one per poll"
    assert host in behind[0].getMessage() and "late" in behind[0].getMessage()
    lag = runtime.hosts_behind[host]
    assert lag.behind > lag.interval == 1.0 and lag.feeds == FEEDS and lag.per_host == 2


def test_the_most_overdue_feed_goes_first() -> None:
    due = {"a": 5.0, "b": 1.0, "c": 3.0, "d": 9.0, "e": 1.0}
    assert most_overdue_first(due, ["a", "b", "c", "d", "e", "gone"], now=6.0) == ["b", "e", "c", "a"]


def test_status_shows_a_host_that_cannot_keep_up(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        config = tmp_path / "config.yaml"
        config.write_text(
            f"telegram:\n  admins: [{ADMIN}]\npolling: {{interval: 1s, timeout: 5s, per_host: 2}}\nfeeds:\n"
            + slow_feeds(feeds)
            + "watchlists:\n  bamako: {title: Bamako, locations: [{name: Bamako}]}\n"
        )
        bot = start_bot(config, tmp_path / "alerts.db", tg)
        try:
            tg.wait_for(lambda: all(feeds.hits[f"/f{i}.xml"] >= 2 for i in range(FEEDS)), timeout=30)
            tg.user_says("/status", ADMIN)
            status = tg.wait_for_message(ADMIN, "messages sent today")["text"]
        finally:
            _, err = stop(bot)
        assert "127.0.0.1 cannot keep up with the intervals of its feeds: polls start " in status, status
        assert err.count("cannot keep up") == 1, "one WARNING for the host"
