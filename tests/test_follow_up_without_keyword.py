"""A report of an alerted incident told without any of the watchlist's keywords joins its alert.

Over real HTTP on 127.0.0.1 into a real SQLite file, as `tests/test_pipeline.py`. The admin's
keywords decide what alerts; the toll, the burial or the claim a day later, told in words the
admin did not type, is one more source of the alert already sent, never a message of its own.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import parse_config
from bot.runtime import Runtime, open_runtime
from tests.support.feed_server import FeedServer, Story
from tests.support.polled import alert_sources, poll, story_of

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # the runtime's clock: every date here is from it


@pytest.fixture
async def runtime(tmp_path: Path, feeds: FeedServer) -> AsyncIterator[Runtime]:
    config = parse_config(
        f"""
feeds:
  - name: Wire
    url: {feeds.url("/wire.xml")}
watchlists:
  niger:
    title: Niger
    locations: [{{name: Niamey}}, {{name: Agadez}}]
    keywords: [attack, gunfire]
    exclude: [exercise]
"""
    )
    rt = open_runtime(config, tmp_path / "alerts.db", console=True, clock=lambda: NOW)
    yield rt
    await rt.http.aclose()
    rt.store.close()


def story(n: int, title: str, hours_ago: float, summary: str = "") -> Story:
    return Story(title, f"https://example.org/{n}", str(n), summary, NOW - timedelta(hours=hours_ago))


async def test_a_toll_without_a_keyword_joins_the_alerted_attack_and_sends_nothing(runtime: Runtime, feeds: FeedServer) -> None:
    await poll(runtime, feeds, [])  # the first poll: an empty back catalogue
    attack = story(1, "Gunmen attack army post in Niamey", 20, "Gunmen attacked an army post in Niamey overnight.")
    assert await poll(runtime, feeds, [attack]) == (1, 1)
    toll = story(2, "Death toll in Niamey army post raid rises to 12", 4, "Twelve soldiers were killed, the army said.")
    fair = story(3, "Niamey hosts a regional trade fair", 3, "Traders from five countries opened stands in Niamey.")
    assert await poll(runtime, feeds, [attack, toll, fair]) == (2, 0)  # no new message
    first = story_of(runtime, attack.title)
    assert first is not None
    assert story_of(runtime, toll.title) == first
    assert story_of(runtime, fair.title) is None  # names the place, tells of no incident
    assert alert_sources(runtime) == [attack.title, toll.title]


async def test_nothing_joins_without_an_alert_or_with_a_keyword_in_another_sense(runtime: Runtime, feeds: FeedServer) -> None:
    await poll(runtime, feeds, [])
    toll = story(1, "Death toll in Agadez army post raid rises to 12", 6)  # no alert before it: nothing to join
    assert await poll(runtime, feeds, [toll]) == (1, 0)
    assert story_of(runtime, toll.title) is None
    attack = story(2, "Gunmen attack army post in Niamey", 5, "Gunmen attacked an army post in Niamey.")
    heart = story(3, "Niamey army post commander dies of a heart attack", 4)
    drill = story(4, "Soldiers killed at Niamey army post were on an exercise, army says", 3)
    assert await poll(runtime, feeds, [toll, attack, heart, drill]) == (3, 1)
    assert story_of(runtime, heart.title) is None  # its keyword read in another sense
    assert story_of(runtime, drill.title) is None  # an exclude term suppresses it
    assert alert_sources(runtime) == [attack.title]


async def test_a_fault_reading_one_item_records_it_and_the_poll_goes_on(
    runtime: Runtime, feeds: FeedServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    await poll(runtime, feeds, [])
    odd = story(1, "Odd text that trips a rule in Niamey", 2)
    attack = story(2, "Gunfire in Niamey", 1)
    real_match = runtime.matcher.match

    def match(title: str, summary: str, year: int | None = None) -> list:  # type: ignore[type-arg]
        if title == odd.title:
            raise IndexError("list index out of range")
        return real_match(title, summary, year)

    monkeypatch.setattr(runtime.matcher, "match", match)
    with caplog.at_level(logging.ERROR, logger="bot"):
        assert await poll(runtime, feeds, [odd, attack]) == (2, 1)
    [said] = [r.getMessage() for r in caplog.records if "matching failed" in r.getMessage()]
    assert odd.title in said and "'Wire'" in said
    row = runtime.store.db.execute("SELECT alertable FROM items WHERE title = ?", [odd.title]).fetchone()
    assert row == (0,)
    assert await poll(runtime, feeds, [odd, attack]) == (0, 0)  # recorded: not read again
