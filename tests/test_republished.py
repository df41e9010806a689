"""An old item republished under a new guid, a new link and a fresh date is not news.

Real parts: the loopback feed server and a real SQLite file; the clock is the test's, so the
dedup window (72 h by default) and `max_age` (24 h here) pass when the test says.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import parse_config
from bot.dedup import same_text_key
from bot.parse import Item
from bot.pipeline import poll_feed
from bot.runtime import Runtime, close_runtime, open_runtime
from tests.support.feed_server import FeedServer, Response, Story, rss

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
SUMMARY = "Several people were killed when a blast tore through the cattle market on Sunday."


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def runtime(tmp_path: Path, feeds: FeedServer, clock: Clock) -> AsyncIterator[Runtime]:
    config = parse_config(
        f"""
polling: {{max_age: 24h}}
feeds:
  - {{name: Wire, url: "{feeds.url("/wire.xml")}"}}
watchlists:
  sahel: {{title: Sahel, locations: [{{name: Gao}}, {{name: Niamey}}]}}
"""
    )
    rt = open_runtime(config, tmp_path / "alerts.db", console=True, clock=clock)
    feeds.set("/wire.xml", Response(rss([])))
    await poll_feed(rt, rt.config.feeds[0])  # the first poll: an empty back catalogue
    yield rt
    await close_runtime(rt)


async def poll(rt: Runtime, feeds: FeedServer, *stories: Story) -> tuple[int, int]:
    feeds.set("/wire.xml", Response(rss(list(stories))))
    report = await poll_feed(rt, rt.config.feeds[0])
    assert report.error is None
    return report.new_items, report.alerts


def story(guid: str, published: datetime, title: str = "Explosion hits Gao market", summary: str = SUMMARY) -> Story:
    return Story(title, f"https://example.org/{guid}", guid, summary, published)


async def test_a_too_old_item_republished_fresh_is_not_news(runtime: Runtime, feeds: FeedServer, clock: Clock) -> None:
    assert await poll(runtime, feeds, story("g3", START - timedelta(hours=30))) == (1, 0), "too old: recorded"
    clock.now += timedelta(hours=1)
    again = story("g3-new", clock.now - timedelta(minutes=5), title="EXPLOSION hits  Gao market")
    assert await poll(runtime, feeds, again) == (0, 0), "the same title and summary: the same item"
    clock.now += timedelta(days=5)  # past the dedup window: its new guid and link are known now
    assert await poll(runtime, feeds, again) == (0, 0)


async def test_an_alerted_item_republished_does_not_alert_twice(runtime: Runtime, feeds: FeedServer, clock: Clock) -> None:
    assert await poll(runtime, feeds, story("a", START - timedelta(hours=1))) == (1, 1)
    clock.now += timedelta(hours=6)
    assert await poll(runtime, feeds, story("b", clock.now)) == (0, 0)


async def test_a_reused_headline_with_another_summary_or_none_is_a_new_item(
    runtime: Runtime, feeds: FeedServer, clock: Clock
) -> None:
    assert await poll(runtime, feeds, story("a", START - timedelta(hours=1))) == (1, 1)
    clock.now += timedelta(hours=6)
    other = story("b", clock.now, summary="A second blast hit the bus station on Wednesday; two soldiers died.")
    new_items, _ = await poll(runtime, feeds, other)
    assert new_items == 1, "a new incident under the same headline is its own item"
    bare = [story("c", START, title="Gunmen attack Niamey police station", summary="")]
    assert (await poll(runtime, feeds, *bare))[0] == 1
    clock.now += timedelta(hours=1)
    assert (await poll(runtime, feeds, story("d", clock.now, title=bare[0].title, summary="")))[0] == 1, (
        "a bare headline is not an identity"
    )


async def test_the_same_text_long_after_the_dedup_window_is_new(runtime: Runtime, feeds: FeedServer, clock: Clock) -> None:
    assert await poll(runtime, feeds, story("a", START - timedelta(hours=1))) == (1, 1)
    clock.now += timedelta(days=4)  # the window is 72 h
    assert await poll(runtime, feeds, story("b", clock.now)) == (1, 1)


def item(title: str, summary: str, guid: str = "1") -> Item:
    return Item("Wire", guid, f"https://example.org/{guid}", title, summary, START)


def test_same_text_key_ignores_guid_link_case_and_spaces() -> None:
    key = same_text_key(item("Explosion hits Gao market", SUMMARY))
    assert key is not None and key == same_text_key(item("explosion hits  Gao market", SUMMARY, guid="2"))
    assert key != same_text_key(item("Explosion hits Gao market", "Another incident altogether."))
    assert same_text_key(item("Explosion hits Gao market", "")) is None
    assert same_text_key(item("Explosion hits Gao market", "Explosion hits Gao market")) is None


@pytest.fixture
async def two_feeds(tmp_path: Path, feeds: FeedServer, clock: Clock) -> AsyncIterator[Runtime]:
    config = parse_config(
        f"""
polling: {{max_age: 24h}}
feeds:
  - {{name: Wire, url: "{feeds.url("/wire.xml")}"}}
  - {{name: Daily, url: "{feeds.url("/daily.xml")}"}}
watchlists:
  sahel: {{title: Sahel, locations: [{{name: Gao}}, {{name: Niamey}}]}}
"""
    )
    rt = open_runtime(config, tmp_path / "alerts.db", console=True, clock=clock)
    for path, feed in (("/wire.xml", rt.config.feeds[0]), ("/daily.xml", rt.config.feeds[1])):
        feeds.set(path, Response(rss([])))
        await poll_feed(rt, feed)
    yield rt
    await close_runtime(rt)


async def poll_daily(rt: Runtime, feeds: FeedServer, *stories: Story) -> tuple[int, int]:
    feeds.set("/daily.xml", Response(rss(list(stories))))
    report = await poll_feed(rt, rt.config.feeds[1])
    assert report.error is None
    return report.new_items, report.alerts


async def test_another_feeds_fresh_copy_of_a_too_old_item_is_not_news(
    two_feeds: Runtime, feeds: FeedServer, clock: Clock
) -> None:
    assert await poll(two_feeds, feeds, story("w1", START - timedelta(hours=30))) == (1, 0), "too old: recorded"
    clock.now += timedelta(hours=1)
    # Another outlet syndicates it under its own guid and link, dated now: still the old item.
    assert await poll_daily(two_feeds, feeds, story("d1", clock.now)) == (1, 0)


async def test_another_feeds_copy_of_an_alerted_item_is_one_more_source_not_a_new_alert(
    two_feeds: Runtime, feeds: FeedServer, clock: Clock
) -> None:
    assert await poll(two_feeds, feeds, story("w2", START - timedelta(hours=1))) == (1, 1), "news: alerted"
    clock.now += timedelta(minutes=20)
    assert await poll_daily(two_feeds, feeds, story("d2", clock.now)) == (1, 0), "a copy: no second alert"
    sources = two_feeds.store.db.execute("SELECT feed FROM alert_sources").fetchall()
    assert ("Daily",) in sources, "the other outlet's copy is shown as a source of the alert"
