"""Which feeds to poll now: each on its own schedule, a bounded number at once, politely.

A scheduler job calls `tick()` every half second. Each due feed is polled in its own task, so
one slow or dead feed never delays another; at most `max_concurrent` polls run at once, and
at most `per_host` against one server. After each poll, `schedule.next_delay` sets the feed's
next turn (interval, publisher hints, backoff, jitter), and the admins hear about a feed that
has failed for `alert_after`, and again when it recovers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from .config import FeedConfig
from .pipeline import PollReport, Runtime, poll_feed
from .schedule import next_delay

log = logging.getLogger(__name__)

TICK_SECONDS = 0.5


def host_of(feed: FeedConfig) -> str:
    return (urlsplit(feed.url).hostname or "") if feed.url else "(local files)"


class Poller:
    def __init__(
        self,
        rt: Runtime,
        notify: Callable[[str], Awaitable[None]] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ):
        self.rt = rt
        self.notify = notify
        self.monotonic = monotonic
        self.rng = rng or random.Random()
        self._due: dict[str, float] = {}
        self._intervals: dict[str, float] = {}
        self._running: dict[str, asyncio.Task[None]] = {}
        self._hosts: Counter[str] = Counter()
        self.reports: dict[str, PollReport] = {}

    # -- what reload uses ---------------------------------------------------------------------

    def feeds(self) -> dict[str, float]:
        return dict(self._intervals)

    def set_feed(self, name: str, interval: float, first: float) -> None:
        self._intervals[name] = interval
        self._due[name] = self.monotonic() + first

    def drop_feed(self, name: str) -> None:
        self._intervals.pop(name, None)
        self._due.pop(name, None)

    # -- the loop -----------------------------------------------------------------------------

    def start(self) -> None:
        """Schedule every configured feed, spread over the first seconds."""
        for index, feed in enumerate(self.rt.config.feeds):
            self.set_feed(feed.name, self.rt.config.feed_interval(feed), 0.3 + index * 0.1 + self.rng.uniform(0, 1))

    async def tick(self) -> None:
        """Start the polls that are due and allowed."""
        now = self.monotonic()
        polling = self.rt.config.polling
        for feed in self.rt.config.feeds:
            due = self._due.get(feed.name)
            if due is None or due > now or feed.name in self._running:
                continue
            host = host_of(feed)
            if len(self._running) >= polling.max_concurrent or self._hosts[host] >= polling.per_host:
                continue
            self._hosts[host] += 1
            self._running[feed.name] = asyncio.create_task(self._poll(feed, host), name=f"poll:{feed.name}")

    async def _poll(self, feed: FeedConfig, host: str) -> None:
        try:
            before = self.rt.store.feed_state(feed.name)
            report = await poll_feed(self.rt, feed)
            if report.discarded:  # the reload that changed its source has rescheduled it
                return
            self.reports[feed.name] = report
            config = self.rt.config
            delay = next_delay(
                config.feed_interval(feed),
                report.failures,
                report.hint,
                config.polling.hint_max,
                config.polling.backoff_max,
                self.rng,
            )
            if feed.name in self._intervals:
                self._due[feed.name] = self.monotonic() + delay
            await self._report_health(feed, report, before is not None and before.failure_reported)
        finally:
            self._hosts[host] -= 1
            self._running.pop(feed.name, None)

    async def _report_health(self, feed: FeedConfig, report: PollReport, was_reported: bool) -> None:
        if report.error is None:
            if was_reported:
                await self._tell(f"Feed {feed.name!r} works again.")
            return
        state = self.rt.store.feed_state(feed.name)
        if state is None:
            return
        failing_for = (self.rt.clock() - state.failing_since).total_seconds() if state.failing_since else 0.0
        if failing_for >= self.rt.config.polling.alert_after and not state.failure_reported:
            self.rt.store.set_failure_reported(feed.name, True)
            hours = failing_for / 3600
            await self._tell(
                f"Feed {feed.name!r} has been failing for {hours:.1f} h ({state.consecutive_failures} polls): {report.error}"
            )

    async def _tell(self, message: str) -> None:
        log.warning(message)
        if self.notify is not None:
            try:
                await self.notify(message)
            except Exception:
                log.exception("could not tell the admins")

    async def stop(self) -> None:
        for task in list(self._running.values()):
            task.cancel()
        for task in list(self._running.values()):
            with contextlib.suppress(asyncio.CancelledError):
                await task
