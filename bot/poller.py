"""Which feeds to poll now: each on its own schedule, a bounded number at once, politely.

A scheduler job calls `tick()` every half second. Each due feed is polled in its own task, so
one slow or dead feed never delays another; at most `max_concurrent` polls run at once, and
at most `per_host` against one server. Free slots go to the most overdue feeds first, so when a
server is too slow for its feeds' intervals every feed still gets its turn (late, never
skipped); such a host is logged once as behind, with how far, and shown on /status until it
catches up (`HostLag`, kept in `Runtime.hosts_behind`). After each poll, `schedule.next_delay` sets the feed's
next turn (interval, publisher hints, backoff by the kind of fault, jitter), and the admins
hear about a feed that has failed for `alert_after`, about one that has answered 404 or 410
for `GONE_AFTER` (gone for good: only a config change will help), and again when it recovers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import sqlite3
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime
from urllib.parse import urlsplit

from .config import FeedConfig
from .faults import Fault, FaultKind
from .feedhealth import HostLag, utc
from .pipeline import PollReport, poll_feed
from .records import FeedState
from .runtime import Runtime
from .schedule import next_delay

log = logging.getLogger(__name__)

TICK_SECONDS = 0.5
GONE_AFTER = 24 * 3600.0  # answering 404 or 410 this long, a feed is reported as gone for good


def host_of(feed: FeedConfig) -> str:
    return (urlsplit(feed.url).hostname or "") if feed.url else "(local files)"


def most_overdue_first(due: dict[str, float], names: list[str], now: float) -> list[str]:
    """The feeds of `names` due at `now`, the longest overdue first (config order among equals).

    Handing free slots out in config order starves the feeds late in the config whenever a
    host cannot serve all of its feeds in one interval; by lateness, each waits its turn.
    """
    waiting = [name for name in names if name in due and due[name] <= now]
    return sorted(waiting, key=lambda name: due[name])


class Poller:
    def __init__(
        self,
        rt: Runtime,
        notify: Callable[[str], Awaitable[None]] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
        on_alerts: Callable[[], None] | None = None,
    ):
        self.rt = rt
        self.notify = notify
        self.on_alerts = on_alerts  # told when a poll queued alerts (wakes the sender)
        self.monotonic = monotonic
        self.rng = rng or random.Random()
        self._due: dict[str, float] = {}
        self._intervals: dict[str, float] = {}
        self._running: dict[str, asyncio.Task[None]] = {}
        self._hosts: Counter[str] = Counter()
        self._gone_since: dict[str, datetime] = {}  # the first 404 or 410 of an unbroken run of them
        self.reports: dict[str, PollReport] = {}
        self._failures: dict[str, int] = {}  # polls failed in a row, kept here when the db cannot count them
        self._storage_fault: str | None = None  # why the db cannot be written, for the length of a streak

    # -- what reload uses ---------------------------------------------------------------------

    def feeds(self) -> dict[str, float]:
        return dict(self._intervals)

    def set_feed(self, name: str, interval: float, first: float) -> None:
        self._intervals[name] = interval
        self._due[name] = self.monotonic() + first

    def drop_feed(self, name: str) -> None:
        self._intervals.pop(name, None)
        self._due.pop(name, None)
        self._gone_since.pop(name, None)

    # -- the loop -----------------------------------------------------------------------------

    def start(self) -> None:
        """Schedule every configured feed, spread over the first seconds."""
        for index, feed in enumerate(self.rt.config.feeds):
            self.set_feed(feed.name, self.rt.config.feed_interval(feed), 0.3 + index * 0.1 + self.rng.uniform(0, 1))

    async def tick(self) -> None:
        """Start the polls that are due and allowed, the most overdue first."""
        now = self.monotonic()
        config = self.rt.config
        polling = config.polling
        by_name = {feed.name: feed for feed in config.feeds if feed.name not in self._running}
        for name in most_overdue_first(self._due, list(by_name), now):
            if len(self._running) >= polling.max_concurrent:
                break
            feed = by_name[name]
            host = host_of(feed)
            if self._hosts[host] >= polling.per_host:
                continue
            self._note_lateness(feed, host, now - self._due[name], config.feed_interval(feed))
            self._hosts[host] += 1
            self._running[feed.name] = asyncio.create_task(self._poll(feed, host), name=f"poll:{feed.name}")

    def _note_lateness(self, feed: FeedConfig, host: str, late: float, interval: float) -> None:
        """A poll starts `late` seconds after its due time: a host is behind once a feed's turn
        overruns its whole interval (warned once), and caught up when one starts within a quarter."""
        behind = self.rt.hosts_behind
        if late > interval:
            config = self.rt.config
            feeds = sum(1 for f in config.feeds if host_of(f) == host)
            lag = HostLag(late, feed.name, interval, feeds, config.polling.per_host)
            if host not in behind:
                log.warning("%s", lag.sentence(host))
            behind[host] = lag
        elif late <= interval / 4 and host in behind:
            del behind[host]
            log.info("%s keeps up with the intervals of its feeds again", host)

    async def _poll(self, feed: FeedConfig, host: str) -> None:
        try:
            before = self._state(feed.name)
            report = await poll_feed(self.rt, feed)
            if report.discarded:  # the reload that changed its source has rescheduled it
                return
            if report.alerts and self.on_alerts is not None:
                self.on_alerts()
            polled_before = feed.name in self.reports
            self.reports[feed.name] = report
            self._schedule(feed, report)
            self._note_storage(report)
            if report.fault is not None and report.fault.kind is FaultKind.STORAGE:
                return  # the feed answered: nothing to tell about it
            try:
                await self._report_health(feed, report, before, polled_before)
            except sqlite3.Error as exc:
                self._note_storage(replace(report, fault=Fault(FaultKind.STORAGE, str(exc))))
        finally:
            self._hosts[host] -= 1
            self._running.pop(feed.name, None)

    def _state(self, name: str) -> FeedState | None:
        try:
            return self.rt.store.feed_state(name)
        except sqlite3.Error:
            return None

    def _schedule(self, feed: FeedConfig, report: PollReport) -> None:
        """The feed's next turn, its backoff counted here when the db could not count it."""
        if report.fault is None:
            failures = 0
        elif report.failures > 0:
            failures = report.failures
        else:
            failures = self._failures.get(feed.name, 0) + 1
        self._failures[feed.name] = failures
        config = self.rt.config
        delay = next_delay(
            config.feed_interval(feed),
            failures,
            report.hint,
            config.polling.hint_max,
            config.polling.backoff_max,
            self.rng,
            kind=report.fault.kind if report.fault is not None else None,
        )
        if feed.name in self._intervals:
            self._due[feed.name] = self.monotonic() + delay

    def _note_storage(self, report: PollReport) -> None:
        """One line when the db stops taking writes, one when it takes them again: not one per poll."""
        fault = report.fault
        if fault is not None and fault.kind is FaultKind.STORAGE:
            if self._storage_fault is None:
                log.error(
                    "%s. Polls go on with their backoff kept in memory; what they fetch is stored when the "
                    "database can be written again (free disk space, or stop what holds its lock)",
                    fault.message,
                )
            self._storage_fault = fault.message
        elif fault is None and self._storage_fault is not None:
            self._storage_fault = None
            log.warning("the database can be written again: polls store what they fetch")

    async def _report_health(self, feed: FeedConfig, report: PollReport, before: FeedState | None, polled_before: bool) -> None:
        if report.fault is None:
            self._gone_since.pop(feed.name, None)
            if before is not None and before.failure_reported:
                await self._tell(f"Feed {feed.name!r} works again.")
            return
        state = self.rt.store.feed_state(feed.name)
        if state is None:
            return
        if await self._report_gone(feed, report, state, before, polled_before):
            return
        failing_for = (self.rt.clock() - state.failing_since).total_seconds() if state.failing_since else 0.0
        if failing_for >= self.rt.config.polling.alert_after and not state.failure_reported:
            self.rt.store.set_failure_reported(feed.name, True)
            hours = failing_for / 3600
            await self._tell(
                f"Feed {feed.name!r} has been failing for {hours:.1f} h ({state.consecutive_failures} polls): {report.error}"
            )

    async def _report_gone(
        self, feed: FeedConfig, report: PollReport, state: FeedState, before: FeedState | None, polled_before: bool
    ) -> bool:
        """Tell the admins, once, that a feed has answered 404 or 410 for `GONE_AFTER`; True if told.

        Retrying will not bring such a feed back, so the notice says what will: the config.
        "Once" needs no stored flag: it is told at the one poll whose run of 404s crosses the
        mark, and the previous poll's time is in the db. The db records when the failures began,
        not their kinds, so after a restart a run of 404s is taken to start with the failures.
        """
        fault = report.fault
        if fault is None or fault.kind is not FaultKind.GONE or state.failing_since is None or state.last_attempt is None:
            self._gone_since.pop(feed.name, None)
            return False
        started = self._gone_since.get(feed.name) or (state.last_attempt if polled_before else state.failing_since)
        since = self._gone_since[feed.name] = max(started, state.failing_since)  # not before a source change
        gone_for = (state.last_attempt - since).total_seconds()
        previous = before.last_attempt if before is not None else None
        if gone_for < GONE_AFTER or (previous is not None and (previous - since).total_seconds() >= GONE_AFTER):
            return False
        self.rt.store.set_failure_reported(feed.name, True)  # so that its recovery is told too
        await self._tell(
            f"Feed {feed.name!r} looks gone for good: {feed.source} has answered HTTP {fault.status} since "
            f"{utc(since, year=True)} ({gone_for / 3600:.0f} h). Remove or fix it in config.yaml."
        )
        return True

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
