"""Wiring: build the runtime, schedule every feed, deliver, and run until stopped.

Three ways to run share the same stages: `--once` (poll every feed, deliver what is due,
exit), the Telegram bot (python-telegram-bot's Application; its APScheduler-based JobQueue
polls each feed on its interval) and the console bot (no token: the same jobs on a plain
APScheduler, alerts on stdout).

Every way holds the database's lock (`bot.lock`) while it runs, so a second bot on one
alerts.db refuses to start. The long-running ones stop on SIGTERM or SIGINT the same way: no
new polls, the sends in flight finish, what is queued stays queued, exit 0.

The Telegram bot does not need Telegram to start: the feeds are polled and alerts queued in
the outbox from the first second, while the connection is retried with backoff. Only once
Telegram has answered do updates flow and the sender drain the queue. A watch for attacks
must not go blind because Telegram (or the network to it) had a bad minute at start-up.

This module decides what runs and wires the parts through their constructors; how it reaches
Telegram (the Application, connecting, the commands) is `bot.telegram`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from .access import still_admitted
from .config import Config, FeedConfig
from .deliver import ConsoleSender, Deliverer, DrainReport, Sender
from .digest_schedule import queue_due_digests
from .lock import exclusive
from .logs import token_from_environment
from .pipeline import PollReport, poll_feed
from .poller import TICK_SECONDS, Poller
from .reload import ConfigChange, ConfigWatcher, FeedSchedule, Notify, OnSwap, Reloader
from .runtime import Runtime, close_runtime, open_runtime
from .telegram.app import TelegramBot, once_sender
from .telegram.commands import Services
from .wording import count

log = logging.getLogger(__name__)

WATCH_INTERVAL = 1.0  # seconds between looks at config.yaml
WATCH_JOB = "watch-config"
PRUNE_INTERVAL = 6 * 3600.0
DIGEST_CHECK_SECONDS = 30.0  # how often chats' digest times are looked at: a digest is at most this late


def bot_token() -> str | None:
    """The token comes from the environment only, never from config.yaml."""
    return token_from_environment()


def revoke_chats(rt: Runtime) -> None:
    """Chats admitted on grounds the config no longer gives (a user removed from
    allowed_users, an invite code withdrawn) stop receiving alerts."""
    for chat in rt.store.admitted_chats():
        if not still_admitted(rt.config, chat):
            rt.store.set_chat_active(chat.chat_id, False)
            log.warning(
                "chat %s was admitted by %s, which config.yaml no longer allows: it gets no more alerts",
                chat.chat_id,
                chat.admitted_by,
            )


def sync_static_chats(rt: Runtime) -> None:
    revoke_chats(rt)
    moved = rt.store.sync_static_chats({wl_id: wl.chat_targets for wl_id, wl in rt.config.watchlists.items()}, rt.clock())
    for old, new in moved.items():
        log.warning("chat %s in config.yaml became supergroup %s; alerts go to the new id: update `chats:`", old, new)


# -- stopping ------------------------------------------------------------------------------------


@contextlib.contextmanager
def stop_signals() -> Iterator[asyncio.Event]:
    """SIGTERM (systemd, `docker stop`, a Procfile host) and SIGINT (Ctrl-C) ask for a clean stop,
    which the caller performs when the event is set. After the first signal the handlers are
    removed, so a second one has its default effect: a stop that hangs can still be forced."""
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    signals = (signal.SIGTERM, signal.SIGINT)

    def on_signal(received: signal.Signals) -> None:
        log.info("stopping: %s received; finishing what is in flight", received.name)
        for sig in signals:
            loop.remove_signal_handler(sig)
        stopping.set()

    for sig in signals:
        loop.add_signal_handler(sig, on_signal, sig)
    try:
        yield stopping
    finally:
        for sig in signals:
            loop.remove_signal_handler(sig)


@contextlib.contextmanager
def opened(config: Config, db_path: str | Path, console: bool) -> Iterator[tuple[asyncio.Event, Runtime]]:
    """The db locked for this process and the runtime opened, then the loop's stop handlers.

    The open is synchronous and may wait up to a minute for another process's lock on the db
    (`Store`): the loop's handlers would run only after it. Opened first, a SIGTERM or Ctrl-C
    meanwhile meets `run`'s start guard (`cli._stoppable_start`) and stops it at once, exit 0,
    as a signal while the gazetteer loads does."""
    with exclusive(db_path):
        rt = open_runtime(config, db_path, console=console)
        with stop_signals() as stopping:
            yield stopping, rt


async def stop_sender(sender: asyncio.Task[None] | None) -> None:
    """The sender's drain lets the sends in flight finish (and be recorded) when cancelled."""
    if sender is None:
        return
    sender.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await sender


# -- --once -------------------------------------------------------------------------------------


async def run_once(config: Config, db_path: str | Path) -> int:
    """Poll every feed once, deliver what is due, exit. SIGTERM or Ctrl-C stops it after the
    step under way, as it stops the long-running bot: the polls still fetching are dropped (the
    next run fetches those feeds again; the items already stored stay), the sends in flight
    finish and are recorded, whatever is queued stays queued, exit 0."""
    token = bot_token()
    with opened(config, db_path, console=token is None) as (stopping, rt):
        try:
            work = asyncio.create_task(_once_with(rt, token), name="once")
            await _until_stopped(work, stopping)
            if not work.done():
                work.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await work
                queued = count(rt.store.pending_count(), "delivery", "deliveries")
                log.info("stopped before the end of the run: %s queued for the next run", queued)
        finally:
            await close_runtime(rt)
    if stopping.is_set():
        log.info("stopped")
        return 0
    return work.result()


async def _once_with(rt: Runtime, token: str | None) -> int:
    if token is None:
        return await _once(rt, ConsoleSender())
    sync_static_chats(rt)
    async with once_sender(rt.config, token) as sender:  # None when Telegram did not answer
        return await _once(rt, sender)


async def _once(rt: Runtime, sender: Sender | None) -> int:
    """Exit 1 when nothing useful could happen: no feed answered, or Telegram did not."""
    limit = asyncio.Semaphore(rt.config.polling.max_concurrent)

    async def bounded(feed: FeedConfig) -> PollReport:
        async with limit:
            return await poll_feed(rt, feed)

    reports = await asyncio.gather(*(bounded(feed) for feed in rt.config.feeds))
    drained = DrainReport()
    if sender is not None:
        deliverer = Deliverer(rt.store, sender, rt.console, rt.clock, zone=lambda: rt.config.telegram.timezone)
        if not rt.console:  # a give-up is told to the admins, as the running bot tells them (review21f)

            async def tell_admins(message: str) -> None:
                rt.store.queue_notice(rt.config.telegram.admins, message, rt.clock())

            deliverer.notify = tell_admins
        drained = await deliverer.drain_until_idle()
    failed = [r for r in reports if r.error]
    log.info(
        "polled %s (%d failed): %s, %s; sent %d, retrying %d, failed %d",
        count(len(reports), "feed"),
        len(failed),
        count(sum(r.new_items for r in reports), "new item"),
        count(sum(r.alerts for r in reports), "alert"),
        drained.sent,
        drained.retried,
        drained.failed,
    )
    if reports and len(failed) == len(reports):
        log.error("no feed could be polled: %d of %d failed", len(failed), len(reports))
        return 1
    if sender is None:
        queued = count(rt.store.pending_count(), "delivery", "deliveries")
        log.error("nothing was delivered, Telegram was unreachable: %s queued for the next run", queued)
        return 1
    return 0


# -- console bot --------------------------------------------------------------------------------


async def run_console(config: Config, db_path: str | Path, config_path: Path | None = None) -> None:
    """No token: the same schedule on a plain APScheduler, alerts on stdout, until SIGTERM or Ctrl-C."""
    with opened(config, db_path, console=True) as (stopping, rt):
        deliverer = Deliverer(rt.store, ConsoleSender(), True, rt.clock)
        sender = asyncio.create_task(deliverer.run(), name="sender")
        scheduler = AsyncIOScheduler(timezone="UTC")
        poller = Poller(rt, on_alerts=deliverer.wake)
        try:
            poller.start()
            late = {"max_instances": 1, "coalesce": True, "misfire_grace_time": 60}  # see `TelegramBot.every`
            quiet_skipped_runs("poll", "prune", WATCH_JOB)
            scheduler.add_job(poller.tick, "interval", seconds=TICK_SECONDS, id="poll", name="poll", **late)
            scheduler.add_job(prune, "interval", seconds=PRUNE_INTERVAL, args=[rt], id="prune", name="prune", **late)
            if config_path is not None:
                watch = _config_watch(_reloader(rt, config_path, poller, _log_only))
                scheduler.add_job(watch, "interval", seconds=WATCH_INTERVAL, id=WATCH_JOB, name=WATCH_JOB, **late)
            scheduler.start()
            log.info("console mode (no TELEGRAM_BOT_TOKEN): polling %s; alerts print here", count(len(config.feeds), "feed"))
            await stopping.wait()
        finally:
            if scheduler.running:
                scheduler.shutdown(wait=False)
            await poller.stop()
            await stop_sender(sender)
            await close_runtime(rt)
    log.info("stopped")


async def _log_only(message: str) -> None:
    """Console mode has no admins to tell: the reload's outcome is in the log already."""


def _reloader(rt: Runtime, path: Path, feeds: FeedSchedule, notify: Notify, on_swap: OnSwap | None = None) -> Reloader:
    # The version the bot actually runs, not the file as it is now: an edit saved while the bot
    # was starting is a change to pick up.
    return Reloader(rt, path, feeds, notify, on_swap=on_swap, applied_digest=rt.config.text_digest)


def _config_watch(reloader: Reloader) -> Callable[[], Awaitable[None]]:
    """A job that reloads config.yaml once an edit has settled, including an edit saved after
    the running config was read and before this watch began."""
    watcher = ConfigWatcher(reloader.path, loaded_digest=reloader.applied_digest)

    async def watch() -> None:
        if watcher.settled_change():
            await reloader.reload()

    return watch


class _SkippedRunsAtDebug(logging.Filter):
    """APScheduler warns whenever a run of a job is skipped because the last one is still going.
    For our jobs that is by design: each is a tick that looks at the state afresh. A reload that
    takes seconds (the gazetteer, telling the admins) spans several config-watch ticks; a poll
    tick that waits for a slow feed's parse spans the next half-second tick; the digest and prune
    ticks likewise. A skipped tick loses nothing (the watcher keeps what it has seen, the poller
    keeps each feed's next due time), so those skips are logged at DEBUG."""

    def __init__(self, jobs: set[str]) -> None:
        super().__init__()
        self.jobs = jobs

    def filter(self, record: logging.LogRecord) -> bool:
        if "maximum number of running instances" not in str(record.msg) or not isinstance(record.args, tuple):
            return True
        job = str(record.args[0]) if record.args else ""
        if not any(job.startswith(f"{name} (") for name in self.jobs):
            return True
        record.levelno, record.levelname = logging.DEBUG, "DEBUG"
        return logging.getLogger().isEnabledFor(logging.DEBUG)


def quiet_skipped_runs(*jobs: str) -> None:
    """Skipped runs of these jobs (by name) are logged at DEBUG, not as warnings."""
    scheduler_log = logging.getLogger("apscheduler.scheduler")
    for existing in scheduler_log.filters:
        if isinstance(existing, _SkippedRunsAtDebug):
            existing.jobs.update(jobs)
            return
    scheduler_log.addFilter(_SkippedRunsAtDebug(set(jobs)))


async def prune(rt: Runtime) -> None:
    """Old items, alerts and deliveries go, so alerts.db stays bounded."""
    unlimited = [feed.name for feed in rt.config.feeds if rt.config.feed_max_age(feed) is None]
    removed = rt.store.prune(rt.clock() - timedelta(seconds=rt.config.retention.keep), keep_keys_of=unlimited)
    if rt.stories is not None:
        rt.stories.forget_before(rt.clock() - timedelta(seconds=rt.config.dedup.window))
    if removed:
        log.info("pruned %s older than %s", count(removed, "item"), rt.config.retention.keep)


# -- Telegram bot -------------------------------------------------------------------------------


def run_telegram(config: Config, db_path: str | Path, token: str, config_path: Path | None = None) -> None:
    asyncio.run(serve_telegram(config, db_path, token, config_path))


async def serve_telegram(config: Config, db_path: str | Path, token: str, config_path: Path | None = None) -> None:
    """Poll and queue at once; go online when Telegram answers; stop cleanly on a signal.

    `Application.run_polling` would not do: it polls nothing until `getMe` succeeds, and ends
    the process when it fails. Here the job queue (feeds, pruning, config.yaml) starts before
    the first connection attempt, and updates and sends follow once Telegram answers. A
    rejected token (TokenRejected) ends it at any attempt.
    """
    with opened(config, db_path, console=False) as (stopping, rt):
        tg = TelegramBot(config, token)

        deliverer = Deliverer(
            rt.store,
            tg.sender(config.telegram.link_previews),
            False,
            rt.clock,
            zone=lambda: rt.config.telegram.timezone,
        )

        async def tell_admins(message: str) -> None:
            """Through the outbox: a notice made while Telegram is down is sent once it is back,
            also after a restart, within Telegram's limits, like an alert."""
            if rt.store.queue_notice(rt.config.telegram.admins, message, rt.clock()):
                deliverer.wake()

        deliverer.notify = tell_admins
        poller = Poller(rt, notify=tell_admins, on_alerts=deliverer.wake)
        connected = asyncio.Event()
        sender: asyncio.Task[None] | None = None
        online: asyncio.Task[None] | None = None
        try:
            await _start_offline(tg, rt, poller, tell_admins, config_path, deliverer.wake)
            sender = asyncio.create_task(_deliver_when(connected, deliverer), name="sender")
            log.info("polling %s; connecting to Telegram at %s", count(len(config.feeds), "feed"), tg.root)
            online = asyncio.create_task(_go_online(tg, rt, connected), name="telegram-connect")
            await _until_stopped(online, stopping)
            await stopping.wait()
        finally:
            if online is not None and not online.done():
                online.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await online
            await _shut_down(tg, rt, poller, sender)
    log.info("stopped")


async def _until_stopped(task: asyncio.Task[Any], stopping: asyncio.Event) -> None:
    """Wait for the task, or for a stop request; the task's error (a rejected token) is raised."""
    stop_wait = asyncio.create_task(stopping.wait())
    try:
        await asyncio.wait({task, stop_wait}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stop_wait.cancel()
    if task.done():
        task.result()


async def _start_offline(
    tg: TelegramBot, rt: Runtime, poller: Poller, tell_admins: Notify, config_path: Path | None, wake: Callable[[], None]
) -> None:
    """Everything that needs no network to Telegram: static chats, the poller and the jobs."""
    sync_static_chats(rt)
    poller.start()
    reloader = None
    if config_path is not None:
        reloader = _reloader(rt, config_path, poller, tell_admins, lambda config, change: _after_swap(tg, rt, change))
    tg.serve(Services(rt, reloader, wake, tell_admins))

    async def owe_digests() -> None:
        if queue_due_digests(rt.store, rt.clock(), rt.config.telegram.timezone):
            wake()

    tg.every(TICK_SECONDS, poller.tick, name="poll", first=0.2)
    tg.every(DIGEST_CHECK_SECONDS, owe_digests, name="digests", first=1.0)
    tg.every(PRUNE_INTERVAL, lambda: prune(rt), name="prune", first=60.0, coalesce=False)
    quiet_skipped_runs("poll", "digests", "prune", WATCH_JOB)
    if reloader is not None:
        tg.every(WATCH_INTERVAL, _config_watch(reloader), name=WATCH_JOB, first=WATCH_INTERVAL)
    await tg.start_jobs()


async def _go_online(tg: TelegramBot, rt: Runtime, connected: asyncio.Event) -> None:
    """Connect, then run as a Telegram bot: updates, the outbox drained, commands published."""
    await tg.go_online()
    connected.set()
    await tg.publish_commands(rt.config)
    queued = count(rt.store.pending_count(), "delivery", "deliveries")
    log.info("Telegram bot @%s: polling %s; %s queued", tg.username, count(len(rt.config.feeds), "feed"), queued)


async def _deliver_when(connected: asyncio.Event, deliverer: Deliverer) -> None:
    """Sends wait for Telegram to answer: made before, they would only fail and back off."""
    await connected.wait()
    await deliverer.run()


async def _after_swap(tg: TelegramBot, rt: Runtime, change: ConfigChange) -> None:
    """What a new config changes beyond the runtime: static chats, the admins' command list."""
    sync_static_chats(rt)
    if change.access_changed:
        await tg.publish_commands(rt.config)


async def _shut_down(tg: TelegramBot, rt: Runtime, poller: Poller, sender: asyncio.Task[None] | None) -> None:
    """The reverse of start-up, from whatever point it reached: no new updates or polls, the
    sends in flight finish, the connection closes; what was not sent stays queued."""
    await tg.stop()
    await poller.stop()
    await stop_sender(sender)
    await tg.close()
    await close_runtime(rt)
