"""A large poll neither blocks the event loop nor reads its items differently for that.

A poll's items are read on the event loop in slices, each one transaction, yielding between
them (`bot.pipeline._store_all`); an item naming only a province asks whether an alerted story
may lie there before its report is made (`bot.regionjoin.may_join`). Over real HTTP on
127.0.0.1 into real SQLite files: the answers of a poll read one item a slice are those of one
read in one slice, and other coroutines run between its slices.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import pipeline
from bot.config import parse_config
from bot.regionjoin import may_join, region_reading
from bot.runtime import Runtime, open_runtime
from bot.story import Place, StoryIndex, make_report
from tests.support.feed_server import FeedServer, Story
from tests.support.polled import poll

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # the runtime's clock: every date here is from it

CONFIG = """
feeds:
  - name: Wire
    url: {url}
watchlists:
  kivu:
    title: Eastern Congo
    locations: [{{name: Beni}}, {{name: Butembo}}]
    keywords: [attack, massacre, killed]
"""


def story(n: int, title: str, hours_ago: float, summary: str = "") -> Story:
    return Story(title, f"https://example.org/{n}", str(n), summary, NOW - timedelta(hours=hours_ago))


# An attack, a second report of it, a report naming only its province, items of another province
# (Ituri) and of nowhere watched, and the toll "in Butembo" without a keyword.
STORIES = [
    story(1, "ADF rebels massacre villagers near Beni", 20, "Rebels of the ADF killed villagers near Beni overnight."),
    story(2, "Beni: ADF massacre toll rises to 21", 16, "Rebels of the ADF killed 21 villagers near Beni."),
    story(3, "Nord-Kivu : le bilan du massacre des ADF s'alourdit à 25 morts", 8, "Les corps de 25 civils ont été retrouvés."),
    story(4, "Ituri : attaque contre un camp de déplacés", 7, "Des hommes armés ont attaqué un camp en Ituri."),
    story(5, "Ituri province: traders return to the market", 6),
    story(6, "Cotton prices rise in Kayes", 5),
    story(7, "Gunmen attack a checkpoint in Butembo", 4, "Gunmen attacked a police checkpoint in Butembo."),
    story(8, "Nord-Kivu : la foire agricole ouvre ses portes", 3),
]


@pytest.fixture
async def runtimes(tmp_path: Path, feeds: FeedServer) -> AsyncIterator[Callable[[str], Runtime]]:
    opened: list[Runtime] = []

    def open_one(name: str) -> Runtime:
        config = parse_config(CONFIG.format(url=feeds.url("/wire.xml")))
        rt = open_runtime(config, tmp_path / f"{name}.db", console=True, clock=lambda: NOW)
        opened.append(rt)
        return rt

    yield open_one
    for rt in opened:
        await rt.http.aclose()
        rt.store.close()


def _stored(rt: Runtime) -> list[tuple[object, ...]]:
    """Every item's title, whether it could alert, the title of its story's first item, and its
    report; then every alert and source: what a poll answered."""
    items = rt.store.db.execute(
        "SELECT i.title, i.alertable, s.title, i.report FROM items i LEFT JOIN items s ON s.id = i.story_id ORDER BY i.id"
    ).fetchall()
    alerts = rt.store.db.execute(
        "SELECT i.title, a.watchlist, a.sources FROM alerts a JOIN items i ON i.id = a.item_id ORDER BY a.id"
    ).fetchall()
    sources = rt.store.db.execute(
        "SELECT a.id, i.title FROM alert_sources s JOIN items i ON i.id = s.item_id JOIN alerts a ON a.id = s.alert_id "
        "ORDER BY s.rowid"
    ).fetchall()
    return [*items, *alerts, *sources]


async def test_a_poll_read_in_slices_answers_as_one_read_whole_and_serves_the_loop_between(
    runtimes: Callable[[str], Runtime], feeds: FeedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = runtimes("whole")
    await poll(whole, feeds, [])  # the first poll: an empty back catalogue
    assert await poll(whole, feeds, STORIES) == (8, 2)

    sliced = runtimes("sliced")
    await poll(sliced, feeds, [])
    monkeypatch.setattr(pipeline, "SLICE_SECONDS", 0.0)  # one item a slice
    seen: set[int] = set()  # the items stored, as another coroutine sees them whenever it runs
    done = False

    async def other_work() -> None:
        while not done:
            seen.add(sliced.store.db.execute("SELECT count(*) FROM items").fetchone()[0])
            await asyncio.sleep(0)

    beside = asyncio.create_task(other_work())
    assert await poll(sliced, feeds, STORIES) == (8, 2)
    done = True
    await beside
    assert set(range(len(STORIES))) <= seen  # it ran between every two slices, each one committed
    assert _stored(sliced) == _stored(whole)
    # the province's report joined the alerted massacre; the other province's items joined nothing
    rows = {title: first for title, _, first, _ in _stored(whole)[: len(STORIES)]}
    assert rows[STORIES[2].title] == STORIES[0].title
    assert rows[STORIES[3].title] is None and rows[STORIES[7].title] is None


def test_an_item_of_a_province_may_join_only_where_an_alerted_story_may_lie() -> None:
    """`may_join` answers False only where `region_join` finds no candidate: no open story that
    may lie in the division, none that alerted, or none still open on the item's day."""
    beni = Place("Beni", "city", True, 0, (), frozenset(), "CD.11")
    first = make_report(0, NOW, "ADF rebels massacre villagers near Beni", "Rebels killed villagers.", [beni])
    assert first is not None
    index = StoryIndex(72)
    index.add(first, 0)
    later = NOW + timedelta(hours=5)
    assert may_join(index, "CD.11", later, lambda _: True)
    assert not may_join(index, "CD.11", later, lambda _: False)  # nothing alerted there
    # Another province of its country: only a story whose words name a division ("the Ituri
    # province") may lie there (`regionjoin._division_in_text` needs a division's noun); this one's
    # do not, so the item is screened out cheaply.
    assert not may_join(index, "CD.12", later, lambda _: True)
    named = make_report(1, NOW, "ADF rebels massacre villagers in Ituri province", "Rebels killed villagers near Beni.", [beni])
    assert named is not None
    index.add(named, 1)
    assert may_join(index, "CD.12", later, lambda _: True)
    assert not may_join(index, "UG.12", later, lambda _: True)  # another country's province
    assert not may_join(index, "CD.11", NOW + timedelta(days=5), lambda _: True)  # closed by then
    assert not may_join(index, None, later, lambda _: True)


def test_a_story_at_its_country_alone_may_lie_in_any_of_its_provinces() -> None:
    """A story whose reports name only the country ("Mali: gunmen kill nine traders") may be in
    any province of it (its text says which: `_told_in`): an item naming one may join, one naming
    another country's may not."""
    first = make_report(
        0,
        NOW,
        "Mali: gunmen kill nine traders at a weekly market",
        "Gunmen attacked a weekly market in the Ségou region of central Mali on Sunday, killing nine traders.",
        [Place("Mali", "country", True, 0)],
    )
    assert first is not None
    index = StoryIndex(72)
    index.add(first, 0)
    later = NOW + timedelta(hours=5)
    report = region_reading(1, later, "Ségou region: market attack toll rises to twelve", "", frozenset({"ML"}))
    assert report is not None and report.area is not None and report.area.startswith("ML.")
    assert may_join(index, report.area, later, lambda _: True)
    assert not may_join(index, "NE.01", later, lambda _: True)
