"""`python -m bot bench poll`: the time of one large poll, against baselines measured in the same run.

A feed of N new items (1 in 100 an attack in watched Bamako, the rest market days "in Kayes
region", a province where nothing alerted) is polled once after its first poll, as
`python -m bot run` polls it: fetched from a loopback server, parsed, read, stored. Beside it,
on the same items in the same run: their first poll (the back catalogue: stored, never read), the
floor of storing them; and the same items with no attack (nothing alerts, no story to join).
A ticker on the event loop measures the longest time the poll held the loop: what a Telegram
command or another feed waits at most. Each figure is the median of several passes, each on
a new database and story index; the config's matcher is built once.
"""

from __future__ import annotations

import asyncio
import logging
import statistics
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .config import parse_config
from .fetch import make_client
from .pipeline import poll_feed
from .runtime import Runtime, Settings
from .store import Store
from .story import StoryIndex
from .testing.feed_server import FeedServer, Response, Story, rss
from .wording import count

# The one-feed, one-watchlist config of a big poll (also `tools/poll_dump.py`'s).
POLL_CONFIG = """polling:
  interval: 5m
  timeout: 30s
  max_age: 24h
feeds:
  - name: big
    url: {url}
watchlists:
  bamako:
    title: Bamako
    severity: high
    locations:
      - name: Bamako
    keyword_sets: [security]
"""


@dataclass(frozen=True)
class PollRun:
    seconds: float  # the poll, fetch to commit
    cpu: float  # the process's CPU seconds meanwhile: on a shared machine, steadier than the wall clock
    held: float  # the longest the event loop went unserved meanwhile
    new_items: int
    alerts: int


def feed_items(count: int, now: datetime, attacks: bool = True) -> list[Story]:
    """The big feed's items: market days in Kayes region, and (with `attacks`) 1 in 100 an attack
    at a checkpoint in Bamako, which alerts once and joins the rest to its story."""
    return [
        Story(
            f"Gunmen attack checkpoint {n} in Bamako" if attacks and n % 100 == 0 else f"Market day {n} in Kayes region",
            f"https://example.org/big/{n}",
            f"big{n}",
            "Lorem ipsum " * 20,
            now - timedelta(minutes=n % 600),
        )
        for n in range(count)
    ]


async def _timed_poll(rt: Runtime) -> PollRun:
    """One poll of the feed, with a ticker beside it on the event loop."""
    held = 0.0
    done = False

    async def ticker() -> None:
        nonlocal held
        while not done:
            before = time.perf_counter()
            await asyncio.sleep(0.005)
            held = max(held, time.perf_counter() - before - 0.005)

    ticking = asyncio.create_task(ticker())
    started, cpu = time.perf_counter(), time.process_time()
    report = await poll_feed(rt, rt.config.feeds[0])
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    done = True
    await ticking
    if report.error:
        raise RuntimeError(f"the benchmark's poll failed: {report.error}")
    return PollRun(seconds, cpu, held, report.new_items, report.alerts)


async def _pass(settings: Settings, server: FeedServer, folder: Path, items: Sequence[Story], catalogue: bool) -> PollRun:
    """A new database and story index; with `catalogue`, the items are the feed's first poll
    (stored, never read); else a one-item first poll, then the items."""
    rt = Runtime(
        current=settings,
        store=Store(folder / "bench.db"),
        http=make_client(settings.config.polling.user_agent, settings.config.polling.timeout),
        console=True,
        stories=StoryIndex(settings.config.dedup.window / 3600),
    )
    try:
        if not catalogue:
            seed = Story(
                "Cotton harvest in Sikasso", "https://example.org/seed", "seed", "", datetime.now(UTC) - timedelta(hours=1)
            )
            server.set("/big", Response(rss([seed])))
            await poll_feed(rt, rt.config.feeds[0])
        server.set("/big", Response(rss(list(items))))
        return await _timed_poll(rt)
    finally:
        await rt.http.aclose()
        rt.store.close()


def _median(runs: Sequence[PollRun]) -> PollRun:
    return PollRun(
        statistics.median(r.seconds for r in runs),
        statistics.median(r.cpu for r in runs),
        statistics.median(r.held for r in runs),
        runs[0].new_items,
        runs[0].alerts,
    )


def bench_poll(items: int = 5_000, passes: int = 3) -> str:
    """Run the poll benchmark and return its report (the polls' own log lines are left out)."""
    logging.getLogger("bot.pipeline").setLevel(logging.WARNING)
    with FeedServer() as server:
        config = parse_config(POLL_CONFIG.format(url=server.url("/big")))
        settings = Settings.build(config)
        now = datetime.now(UTC)
        kinds = {
            "poll": (feed_items(items, now), False),
            "no attack": (feed_items(items, now, attacks=False), False),
            "back catalogue": (feed_items(items, now), True),
        }
        runs: dict[str, list[PollRun]] = {kind: [] for kind in kinds}
        for _ in range(passes):
            for kind, (stories, catalogue) in kinds.items():
                with tempfile.TemporaryDirectory() as folder:
                    runs[kind].append(asyncio.run(_pass(settings, server, Path(folder), stories, catalogue)))
    poll, quiet, floor = (_median(runs[kind]) for kind in kinds)
    return "\n".join(
        [
            f"one poll of {items} new items (1 in 100 an attack in watched Bamako, the rest in Kayes region); "
            f"median of {passes} passes, each on a new database",
            f"poll: {poll.seconds:.2f} s, {poll.cpu:.2f} s of CPU ({poll.cpu / items * 1000:.2f} ms an item; "
            f"{poll.new_items} new, {count(poll.alerts, 'alert')}); event loop held at most {poll.held * 1000:.0f} ms",
            f"baseline, same items with no attack: {quiet.seconds:.2f} s, {quiet.cpu:.2f} s of CPU "
            f"(the poll: {poll.cpu / quiet.cpu:.2f}x this); held at most {quiet.held * 1000:.0f} ms",
            f"baseline, same items as the back catalogue (stored, not read): {floor.seconds:.2f} s, {floor.cpu:.2f} s of CPU "
            f"(the poll: {poll.cpu / floor.cpu:.2f}x this); held at most {floor.held * 1000:.0f} ms",
        ]
    )
