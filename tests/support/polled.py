"""What the pipeline tests of one wire feed ask of a runtime after a poll: the story an item went
into, the sources its alerts list, and one poll of a feed serving these stories."""

from __future__ import annotations

from bot.pipeline import poll_feed
from bot.runtime import Runtime
from tests.support.feed_server import FeedServer, Response, Story, rss


def story_of(rt: Runtime, title: str) -> int | None:
    row = rt.store.db.execute("SELECT story_id FROM items WHERE title = ?", [title]).fetchone()
    return row[0]


def alert_sources(rt: Runtime) -> list[str]:
    """The titles of the items listed as sources of alerts, in the order they were added."""
    rows = rt.store.db.execute("SELECT i.title FROM alert_sources s JOIN items i ON i.id = s.item_id ORDER BY s.rowid").fetchall()
    return [r[0] for r in rows]


async def poll(rt: Runtime, feeds: FeedServer, stories: list[Story]) -> tuple[int, int]:
    """Serve `stories` as the first feed's and poll it once: (new items, alerts)."""
    feeds.set("/wire.xml", Response(rss(stories)))
    report = await poll_feed(rt, rt.config.feeds[0])
    assert report.error is None
    return report.new_items, report.alerts
