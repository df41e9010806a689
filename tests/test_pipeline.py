"""One poll of one feed, over real HTTP on 127.0.0.1 into a real SQLite file."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import parse_config
from bot.faults import FaultKind
from bot.parse import Item
from bot.pipeline import alert_decision, poll_feed
from bot.records import CONSOLE_CHATS, TELEGRAM_CHATS
from bot.runtime import Runtime, open_runtime
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
        (timedelta(hours=1), DAY, True, False),  # a new feed's back catalogue, however fresh
        (timedelta(days=2), DAY, False, False),  # too old
        (timedelta(days=2), None, False, True),  # max_age: off
        (None, DAY, True, False),  # undated, new feed: back catalogue of unknown age
        (None, DAY, False, True),  # undated, known feed: new since the last poll
        (None, None, True, True),  # max_age: off alerts even the first poll (samples, archives)
        (timedelta(hours=-3), DAY, False, True),  # dated in the future: not old
    ],
)
def test_alert_decision(age: timedelta | None, max_age: float | None, first_poll: bool, alerts: bool) -> None:
    assert alert_decision(_item(age), NOW, max_age, first_poll)[0] is alerts


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
    rt = open_runtime(config, tmp_path / "alerts.db", console=True, clock=lambda: NOW)
    yield rt
    await rt.http.aclose()
    rt.store.close()


async def test_new_items_are_stored_once_and_matches_alert(runtime: Runtime, feeds: FeedServer) -> None:
    stories = [
        Story("Explosion heard in Niamey", "https://example.org/1", "1", "", NOW - timedelta(hours=1)),
        Story("Rains in Nigeria", "https://example.org/2", "2", "", NOW - timedelta(hours=1)),
    ]
    wire = runtime.config.feeds[0]
    feeds.set("/wire.xml", Response(rss([])))
    assert (await poll_feed(runtime, wire)).new_items == 0  # the first poll: an empty back catalogue
    feeds.set("/wire.xml", Response(rss(stories)))
    first = await poll_feed(runtime, wire)
    assert (first.new_items, first.alerts, first.error) == (2, 1, None)
    again = await poll_feed(runtime, wire)
    assert (again.new_items, again.alerts) == (0, 0)
    [delivery] = runtime.store.due_deliveries(NOW, CONSOLE_CHATS)
    assert delivery.title == "Explosion heard in Niamey" and delivery.matches[0].location == "Niamey"


async def test_a_new_feeds_back_catalogue_is_explained_once_at_info(
    runtime: Runtime, feeds: FeedServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A first poll that alerts nothing must say why without --log-level DEBUG."""
    wire = runtime.config.feeds[0]
    old_news = [Story(f"Explosion heard in Niamey {n}", f"https://example.org/{n}", str(n), "", NOW) for n in range(5)]
    feeds.set("/wire.xml", Response(rss(old_news)))
    with caplog.at_level(logging.INFO, logger="bot"):
        first = await poll_feed(runtime, wire)
    assert (first.new_items, first.alerts) == (5, 0)
    [said] = [r.getMessage() for r in caplog.records if "back catalogue" in r.getMessage()]
    assert "'Wire'" in said and "5 items recorded" in said and "from now on every new item can alert" in said
    caplog.clear()
    feeds.set("/wire.xml", Response(rss([*old_news, Story("Gunfire in Niamey", "https://example.org/9", "9", "", NOW)])))
    with caplog.at_level(logging.INFO, logger="bot"):
        second = await poll_feed(runtime, wire)
    assert (second.new_items, second.alerts) == (1, 1)
    assert not [r for r in caplog.records if "back catalogue" in r.getMessage()]


async def test_unchanged_feed_is_answered_304_and_counts_as_success(runtime: Runtime, feeds: FeedServer) -> None:
    feeds.set("/wire.xml", Response(rss([]), headers={"Content-Type": "application/rss+xml", "ETag": '"v1"'}))
    wire = runtime.config.feeds[0]
    await poll_feed(runtime, wire)
    report = await poll_feed(runtime, wire)
    assert report.error is None and report.fault is None
    assert feeds.not_modified["/wire.xml"] == 1
    state = runtime.store.feed_state("Wire")
    assert state is not None and state.consecutive_failures == 0 and state.etag == '"v1"'


@pytest.mark.parametrize(
    ("response", "error", "kind"),
    [
        (Response(b"oops", 500), "HTTP 500", FaultKind.HTTP_STATUS),
        (
            Response(b"<html><body><p>Hello</p></body></html>", 200, {"Content-Type": "text/html"}),
            "not a usable feed",
            FaultKind.NOT_A_FEED,
        ),
        (Response(b"", 200), "not a usable feed", FaultKind.NOT_A_FEED),
    ],
)
async def test_a_broken_feed_is_recorded_not_raised(
    runtime: Runtime, feeds: FeedServer, response: Response, error: str, kind: FaultKind
) -> None:
    feeds.set("/down.xml", response)
    report = await poll_feed(runtime, runtime.config.feeds[1])
    assert report.fault is not None and report.fault.kind is kind
    assert report.error is not None and error in report.error
    state = runtime.store.feed_state("Down")
    assert state is not None and state.consecutive_failures == 1 and error in (state.last_error or "")


async def test_an_unreachable_feed_is_recorded_not_raised(runtime: Runtime, feeds: FeedServer) -> None:
    dead = runtime.config.feeds[1].model_copy(update={"url": "http://127.0.0.1:9/feed.xml"})
    runtime.swap(replace(runtime.current, config=runtime.config.model_copy(update={"feeds": [runtime.config.feeds[0], dead]})))
    report = await poll_feed(runtime, dead)
    assert report.fault is not None and report.fault.kind is FaultKind.REFUSED
    assert report.error is not None and "Connect" in report.error


async def test_a_malformed_feed_url_is_a_recorded_failure(runtime: Runtime) -> None:
    broken = runtime.config.feeds[1].model_copy(update={"url": "http://127.0.0.1:99999/feed.xml"})
    runtime.swap(replace(runtime.current, config=runtime.config.model_copy(update={"feeds": [runtime.config.feeds[0], broken]})))
    report = await poll_feed(runtime, broken)
    assert report.fault is not None and report.fault.kind is FaultKind.INVALID_URL
    assert report.error is not None and "invalid URL" in report.error
    state = runtime.store.feed_state("Down")
    assert state is not None and state.consecutive_failures == 1


async def test_a_chat_owed_an_item_by_two_watchlists_gets_the_most_severe(tmp_path: Path, feeds: FeedServer) -> None:
    config = parse_config(
        f"""
feeds: [{{name: Wire, url: "{feeds.url("/wire.xml")}"}}]
watchlists:
  niger-general: {{title: Niger (general), severity: low, locations: [{{name: Niamey}}]}}
  niamey-airport: {{title: Niamey airport, severity: critical, locations: [{{name: Niamey airport}}]}}
"""
    )
    rt = open_runtime(config, tmp_path / "alerts.db", console=False, clock=lambda: NOW)
    try:
        rt.store.register_chat(7, "private", None, 7, NOW)
        rt.store.subscribe(7, "niger-general", NOW)
        rt.store.subscribe(7, "niamey-airport", NOW)
        feeds.set("/wire.xml", Response(rss([])))
        await poll_feed(rt, config.feeds[0])
        feeds.set("/wire.xml", Response(rss([Story("Gunmen attack Niamey airport", "https://e.org/1", "1", "", NOW)])))
        await poll_feed(rt, config.feeds[0])
        [delivery] = rt.store.due_deliveries(NOW, TELEGRAM_CHATS)
        assert (delivery.chat_id, delivery.watchlist, delivery.severity) == (7, "niamey-airport", "critical")
    finally:
        await rt.http.aclose()
        rt.store.close()


async def test_an_item_dated_days_ahead_is_stored_and_shown_as_first_seen(tmp_path: Path, feeds: FeedServer) -> None:
    from bot.deliver import alert_view
    from bot.render import render_html

    config = parse_config(f"""
feeds: [{{name: Wire, url: "{feeds.url("/wire.xml")}"}}]
watchlists:
  niamey: {{title: Niamey, locations: [{{name: Niamey}}]}}
""")
    rt = open_runtime(config, tmp_path / "alerts.db", console=False, clock=lambda: NOW)
    try:
        rt.store.register_chat(7, "private", None, 7, NOW)
        rt.store.subscribe(7, "niamey", NOW)
        feeds.set("/wire.xml", Response(rss([])))
        await poll_feed(rt, config.feeds[0])
        ahead = NOW + timedelta(days=3)
        feeds.set("/wire.xml", Response(rss([Story("Explosion heard in Niamey", "https://e.org/1", "1", "", ahead)])))
        assert (await poll_feed(rt, config.feeds[0])).alerts == 1
        [delivery] = rt.store.due_deliveries(NOW, TELEGRAM_CHATS)
        assert (delivery.published, delivery.dated) == (NOW, False)
        shown = render_html(alert_view(delivery))
        assert "first seen 25 Nov 2026 09:00 UTC" in shown and "(no usable date in the feed)" in shown
        assert ahead.strftime("%d %b %Y") not in shown
    finally:
        await rt.http.aclose()
        rt.store.close()
