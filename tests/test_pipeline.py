"""One poll of one feed, over real HTTP on 127.0.0.1 into a real SQLite file."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import open_runtime
from bot.config import parse_config
from bot.parse import Item
from bot.pipeline import Runtime, alert_decision, poll_feed
from tests.support.feed_server import FeedServer, Response, Story, rss

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
DAY = 86400.0


def _item(age: timedelta | None) -> Item:
    published = NOW - age if age is not None else NOW
    return Item("Wire", "g", None, "t", "", published, dated=age is not None)


@pytest.mark.parametrize(
    ("age", "max_age", "first_poll", "alerts"),
    [
        (timedelta(hours=1), DAY, False, True),
        (timedelta(hours=1), DAY, True, True),  # a fresh item in a new feed is news
        (timedelta(days=2), DAY, False, False),  # too old
        (timedelta(days=2), None, False, True),  # max_age: off
        (None, DAY, True, False),  # undated, new feed: back catalogue of unknown age
        (None, DAY, False, True),  # undated, known feed: new since the last poll
        (None, None, True, True),
        (timedelta(hours=-3), DAY, False, True),  # dated in the future: not old
    ],
)
def test_alert_decision(age: timedelta | None, max_age: float | None, first_poll: bool, alerts: bool) -> None:
    assert alert_decision(_item(age), NOW, max_age, first_poll)[0] is alerts


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture
async def runtime(tmp_path: Path, feeds: FeedServer) -> AsyncIterator[Runtime]:
    config = parse_config(
        f"""
feeds:
  - name: Wire
    url: {feeds.url("/wire.xml")}
  - name: Down
    url: {feeds.url("/down.xml")}
watchlists:
  niamey:
    title: Niamey
    locations: [{{name: Niamey}}]
"""
    )
    rt = open_runtime(config, tmp_path / "alerts.db", console=True)
    rt.clock = lambda: NOW
    yield rt
    await rt.http.aclose()
    rt.store.close()


async def test_new_items_are_stored_once_and_matches_alert(runtime: Runtime, feeds: FeedServer) -> None:
    stories = [
        Story("Explosion heard in Niamey", "https://example.org/1", "1", "", NOW - timedelta(hours=1)),
        Story("Rains in Nigeria", "https://example.org/2", "2", "", NOW - timedelta(hours=1)),
    ]
    feeds.set("/wire.xml", Response(rss(stories)))
    wire = runtime.config.feeds[0]
    first = await poll_feed(runtime, wire)
    assert (first.new_items, first.alerts, first.error) == (2, 1, None)
    again = await poll_feed(runtime, wire)
    assert (again.new_items, again.alerts) == (0, 0)
    [delivery] = runtime.store.due_deliveries(NOW, console=True)
    assert delivery.title == "Explosion heard in Niamey" and delivery.matches[0]["location"] == "Niamey"


async def test_unchanged_feed_is_answered_304_and_counts_as_success(runtime: Runtime, feeds: FeedServer) -> None:
    feeds.set("/wire.xml", Response(rss([]), headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'}))
    wire = runtime.config.feeds[0]
    await poll_feed(runtime, wire)
    report = await poll_feed(runtime, wire)
    assert report.error is None
    assert feeds.not_modified["/wire.xml"] == 1
    state = runtime.store.feed_state("Wire")
    assert state is not None and state.consecutive_failures == 0 and state.etag == '"v1"'


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (Response(b"oops", 500), "HTTP 500"),
        (Response(b"<html><body><p>Hello</p></body></html>", 200, {"Content-Type": "text/html"}), "not a usable feed"),
        (Response(b"", 200), "not a usable feed"),
    ],
)
async def test_a_broken_feed_is_recorded_not_raised(runtime: Runtime, feeds: FeedServer, response: Response, error: str) -> None:
    feeds.set("/down.xml", response)
    report = await poll_feed(runtime, runtime.config.feeds[1])
    assert report.error is not None and error in report.error
    state = runtime.store.feed_state("Down")
    assert state is not None and state.consecutive_failures == 1 and error in (state.last_error or "")


async def test_an_unreachable_feed_is_recorded_not_raised(runtime: Runtime, feeds: FeedServer) -> None:
    dead = runtime.config.feeds[1].model_copy(update={"url": "http://127.0.0.1:9/feed.xml"})
    report = await poll_feed(runtime, dead)
    assert report.error is not None and "Connect" in report.error
