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
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import signal
from collections.abc import Awaitable, Callable, Iterator
from datetime import timedelta
from pathlib import Path

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from telegram import Bot, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application, ContextTypes

from .commands import ADMIN_COMMANDS, USER_COMMANDS, register_handlers, still_admitted
from .config import Config, FeedConfig
from .deliver import ConsoleSender, Deliverer, DrainReport, Sender, TelegramSender
from .fetch import make_client
from .lock import exclusive
from .logs import token_from_environment
from .match import Matcher
from .pipeline import PollReport, Runtime, load_stories, poll_feed, utcnow
from .places import look_up_places_apart
from .poller import TICK_SECONDS, Poller
from .reload import ConfigChange, ConfigWatcher, FeedSchedule, Notify, Reloader
from .store import Store
from .wording import count

log = logging.getLogger(__name__)

WATCH_INTERVAL = 1.0  # seconds between looks at config.yaml
PRUNE_INTERVAL = 6 * 3600.0
RECONNECT_FIRST = 1.0  # seconds before the second attempt to reach Telegram: a blip costs a second
RECONNECT_MAX = 300.0  # the longest wait between attempts during a long outage


def bot_token() -> str | None:
    """The token comes from the environment only, never from config.yaml."""
    return token_from_environment()


def api_root(config: Config) -> str:
    return (os.environ.get("TELEGRAM_API_URL") or config.telegram.api_url).rstrip("/")


def make_bot(token: str, config: Config) -> Bot:
    root = api_root(config)
    return Bot(token, base_url=f"{root}/bot", base_file_url=f"{root}/file/bot")


def open_runtime(config: Config, db_path: str | Path, console: bool) -> Runtime:
    matcher = Matcher(config.watchlists, look_up_places_apart)
    matcher.warm_up()
    store = Store(db_path)
    return Runtime(
        config=config,
        matcher=matcher,
        store=store,
        http=make_client(config.polling.user_agent, config.polling.timeout),
        console=console,
        stories=load_stories(store, config, utcnow()),
    )


async def close_runtime(rt: Runtime) -> None:
    await rt.http.aclose()
    rt.store.close()


def revoke_chats(rt: Runtime) -> None:
    """Chats admitted on grounds the config no longer gives (a user removed from
    allowed_users, an invite code withdrawn) stop receiving alerts."""
    for chat in rt.store.admitted_chats():
        if not still_admitted(rt, chat):
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


async def stop_sender(sender: asyncio.Task[None] | None) -> None:
    """The sender's drain lets the sends in flight finish (and be recorded) when cancelled."""
    if sender is None:
        return
    sender.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await sender


# -- --once -------------------------------------------------------------------------------------


async def run_once(config: Config, db_path: str | Path) -> int:
    with exclusive(db_path):
        token = bot_token()
        rt = open_runtime(config, db_path, console=token is None)
        try:
            if token is None:
                return await _once(rt, ConsoleSender())
            sync_static_chats(rt)
            bot = make_bot(token, config)
            try:
                reachable = await _reach(bot, api_root(config))
                return await _once(rt, TelegramSender(bot, config.telegram.link_previews) if reachable else None)
            finally:
                await bot.shutdown()
        finally:
            await close_runtime(rt)


async def _reach(bot: Bot, root: str) -> bool:
    """One try for `--once`: without Telegram the feeds are still polled and the alerts queued."""
    try:
        await bot.initialize()
    except InvalidToken:
        raise
    except TelegramError as exc:
        log.error("Telegram is unreachable at %s (%s); polling the feeds anyway, alerts stay queued", root, _reason(exc))
        return False
    return True


async def _once(rt: Runtime, sender: Sender | None) -> int:
    """Exit 1 when nothing useful could happen: no feed answered, or Telegram did not."""
    limit = asyncio.Semaphore(rt.config.polling.max_concurrent)

    async def bounded(feed: FeedConfig) -> PollReport:
        async with limit:
            return await poll_feed(rt, feed)

    reports = await asyncio.gather(*(bounded(feed) for feed in rt.config.feeds))
    drained = DrainReport()
    if sender is not None:
        drained = await Deliverer(rt.store, sender, rt.console, rt.clock).drain_until_idle()
    failed = [r for r in reports if r.error]
    log.info(
        "polled %d feeds (%d failed): %d new items, %d alerts; sent %d, retrying %d, failed %d",
        len(reports),
        len(failed),
        sum(r.new_items for r in reports),
        sum(r.alerts for r in reports),
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
    with stop_signals() as stopping, exclusive(db_path):
        rt = open_runtime(config, db_path, console=True)
        deliverer = Deliverer(rt.store, ConsoleSender(), True, rt.clock)
        rt.on_alerts = deliverer.wake
        sender = asyncio.create_task(deliverer.run(), name="sender")
        scheduler = AsyncIOScheduler(timezone="UTC")
        poller = Poller(rt)
        try:
            poller.start()
            scheduler.add_job(poller.tick, "interval", seconds=TICK_SECONDS, id="poll", max_instances=1, coalesce=True)
            scheduler.add_job(prune, "interval", seconds=PRUNE_INTERVAL, args=[rt], id="prune", max_instances=1, coalesce=True)
            if config_path is not None:
                watch = _config_watch(rt, config_path, poller, _log_only)
                scheduler.add_job(watch, "interval", seconds=WATCH_INTERVAL, id="watch-config", max_instances=1, coalesce=True)
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


def _config_watch(rt: Runtime, path: Path, feeds: FeedSchedule, notify: Notify) -> Callable[[], Awaitable[None]]:
    """A job that reloads config.yaml once an edit has settled."""
    watcher = ConfigWatcher(path)
    # The version the bot actually runs, not the file as it is now: an edit saved while the bot
    # was starting is a change to pick up.
    reloader = Reloader(rt, path, feeds, notify, applied_digest=rt.config.text_digest)
    rt.reloader = reloader

    async def watch() -> None:
        if watcher.settled_change():
            await reloader.reload()

    return watch


async def prune(rt: Runtime) -> None:
    """Old items, alerts and deliveries go, so alerts.db stays bounded."""
    unlimited = [feed.name for feed in rt.config.feeds if rt.config.feed_max_age(feed) is None]
    removed = rt.store.prune(rt.clock() - timedelta(seconds=rt.config.retention.keep), keep_keys_of=unlimited)
    if rt.stories is not None:
        rt.stories.forget_before(rt.clock() - timedelta(seconds=rt.config.dedup.window))
    if removed:
        log.info("pruned %d items older than %s", removed, rt.config.retention.keep)


# -- Telegram bot -------------------------------------------------------------------------------


def run_telegram(config: Config, db_path: str | Path, token: str, config_path: Path | None = None) -> None:
    asyncio.run(serve_telegram(config, db_path, token, config_path))


def build_application(config: Config, token: str) -> Application:
    """The Telegram bot: handlers and a job queue; `serve_telegram` drives its lifecycle."""
    root = api_root(config)
    app = Application.builder().token(token).base_url(f"{root}/bot").base_file_url(f"{root}/file/bot").build()
    register_handlers(app)
    return app


async def serve_telegram(config: Config, db_path: str | Path, token: str, config_path: Path | None = None) -> None:
    """Poll and queue at once; go online when Telegram answers; stop cleanly on a signal.

    `Application.run_polling` would not do: it polls nothing until `getMe` succeeds, and ends
    the process when it fails. Here the job queue (feeds, pruning, config.yaml) starts before
    the first connection attempt, and `initialize`, `updater.start_polling` and `start` follow
    once Telegram answers. A rejected token (InvalidToken) ends it at any attempt.
    """
    _quiet_ptb_tracebacks()
    with stop_signals() as stopping, exclusive(db_path):
        app = build_application(config, token)
        rt = open_runtime(config, db_path, console=False)
        online: asyncio.Task[None] | None = None
        try:
            await _start_runtime(app, rt, config_path)
            log.info("polling %s; connecting to Telegram at %s", count(len(config.feeds), "feed"), api_root(config))
            online = asyncio.create_task(_go_online(app, rt), name="telegram-connect")
            await _until_stopped(online, stopping)
            await stopping.wait()
        finally:
            if online is not None and not online.done():
                online.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await online
            await _shut_down(app, rt)
    log.info("stopped")


async def _until_stopped(task: asyncio.Task[None], stopping: asyncio.Event) -> None:
    """Wait for the task, or for a stop request; the task's error (a rejected token) is raised."""
    stop_wait = asyncio.create_task(stopping.wait())
    try:
        await asyncio.wait({task, stop_wait}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stop_wait.cancel()
    if task.done():
        task.result()


async def _start_runtime(app: Application, rt: Runtime, config_path: Path | None) -> None:
    """Everything that needs no network to Telegram: the runtime, the poller and its jobs."""

    async def tell_admins(message: str) -> None:
        await _tell_admins(app.bot, rt, message)

    sender = TelegramSender(app.bot, rt.config.telegram.link_previews)
    deliverer = Deliverer(rt.store, sender, False, rt.clock, notify=tell_admins)
    rt.on_alerts = deliverer.wake
    app.bot_data["runtime"] = rt
    app.bot_data["deliverer"] = deliverer
    sync_static_chats(rt)
    jobs = app.job_queue
    assert jobs is not None, "python-telegram-bot[job-queue] is required"
    poller = Poller(rt, notify=tell_admins)
    poller.start()
    app.bot_data["poller"] = poller
    jobs.run_repeating(
        lambda _: poller.tick(), interval=TICK_SECONDS, first=0.2, name="poll", job_kwargs={"max_instances": 1, "coalesce": True}
    )
    jobs.run_repeating(_prune_job, interval=PRUNE_INTERVAL, first=60.0, name="prune", job_kwargs={"max_instances": 1})
    if config_path is not None:
        watch = _config_watch(rt, config_path, poller, tell_admins)
        rt.reloader.on_swap = lambda config, change: _after_swap(app.bot, rt, change)
        jobs.run_repeating(
            lambda _: watch(),
            interval=WATCH_INTERVAL,
            first=WATCH_INTERVAL,
            name="watch-config",
            job_kwargs={"max_instances": 1, "coalesce": True},
        )
    # The job queue runs before the Application does (`Application.start` starts it again,
    # which is a no-op): its jobs need the Application object, not a connection.
    await jobs.start()


async def _go_online(app: Application, rt: Runtime) -> None:
    """Connect, then run as a Telegram bot: updates, commands published, the outbox drained."""
    await connect(app, api_root(rt.config))
    assert app.updater is not None
    # Past getMe, a failure to delete the webhook is a blip in a window of milliseconds:
    # let PTB retry it (quietly) rather than abort.
    await app.updater.start_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1, error_callback=_updates_failed)
    await app.start()
    deliverer: Deliverer = app.bot_data["deliverer"]
    app.bot_data["sender"] = asyncio.create_task(deliverer.run(), name="sender")
    await _publish_commands(app.bot, rt.config)
    queued = count(rt.store.pending_count(), "delivery", "deliveries")
    log.info("Telegram bot @%s: polling %s; %s queued", app.bot.username, count(len(rt.config.feeds), "feed"), queued)


def reconnect_delay(attempt: int) -> float:
    """1, 2, 4 ... seconds, then every five minutes: a blip costs a second, an outage a request
    now and then."""
    return min(RECONNECT_MAX, RECONNECT_FIRST * 2 ** min(attempt - 1, 30))


async def connect(app: Application, root: str) -> None:
    """Initialize the Application (getMe) until Telegram answers; one log line per failed attempt.

    Any TelegramError but a rejected token is worth retrying: network errors, timeouts, 5xx,
    and the odd answers of a proxy or captive portal in between.
    """
    for attempt in itertools.count(1):
        try:
            await app.initialize()
            if attempt > 1:
                log.info("Telegram answered at attempt %d", attempt)
            return
        except InvalidToken:
            raise
        except TelegramError as exc:
            delay = reconnect_delay(attempt)
            log.warning(
                "Telegram is unreachable at %s (%s); attempt %d, next in %.0fs; feeds are polled and alerts queued meanwhile",
                root,
                _reason(exc),
                attempt,
                delay,
            )
            await asyncio.sleep(delay)


def _reason(exc: TelegramError) -> str:
    return str(exc) or type(exc).__name__


class _OneLineTelegramErrors(logging.Filter):
    """PTB logs network errors it has handled (the last getUpdates at a stop during an outage)
    with a full traceback; the error's own message says all an operator can use."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, TelegramError):
            record.msg, record.args = f"{record.getMessage()} ({_reason(error)})", None
            record.exc_info, record.exc_text = None, None
        return True


def _quiet_ptb_tracebacks() -> None:
    for name in ("telegram.ext", "telegram.ext.Updater"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _OneLineTelegramErrors) for f in logger.filters):
            logger.addFilter(_OneLineTelegramErrors())


def _updates_failed(exc: TelegramError) -> None:
    """PTB retries getUpdates itself (1 s, growing to 30 s); one line per failure, no traceback.
    A Conflict here means another process polls with the same token."""
    log.warning("fetching updates from Telegram failed (%s); retrying", _reason(exc))


async def _shut_down(app: Application, rt: Runtime) -> None:
    """The reverse of start-up, from whatever point it reached: no new updates or polls, the
    sends in flight finish, the connection closes; what was not sent stays queued."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()  # also stops the job queue, after its running jobs
    elif app.job_queue is not None:
        await app.job_queue.stop()
    poller: Poller | None = app.bot_data.get("poller")
    if poller is not None:
        await poller.stop()
    await stop_sender(app.bot_data.get("sender"))
    await app.shutdown()
    await app.bot.shutdown()  # the HTTP client, when no attempt to connect ever succeeded
    await close_runtime(rt)


async def _after_swap(bot: Bot, rt: Runtime, change: ConfigChange) -> None:
    """What a new config changes beyond the runtime: static chats, the admins' command list."""
    sync_static_chats(rt)
    if change.access_changed:
        await _publish_commands(bot, rt.config)


async def _tell_admins(bot: Bot, rt: Runtime, message: str) -> None:
    for admin in rt.config.telegram.admins:
        try:
            await bot.send_message(admin, message[:4000])
        except TelegramError as exc:
            log.warning("could not tell admin %s: %s", admin, exc)


async def _prune_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await prune(context.application.bot_data["runtime"])


async def _publish_commands(bot: Bot, config: Config) -> None:
    """Everyone sees the user commands; each admin also sees the admin ones in their chat."""
    try:
        await bot.set_my_commands(USER_COMMANDS, scope=BotCommandScopeDefault())
        for admin in config.telegram.admins:
            try:
                await bot.set_my_commands(USER_COMMANDS + ADMIN_COMMANDS, scope=BotCommandScopeChat(admin))
            except TelegramError as exc:  # an admin who never opened the bot has no chat yet
                log.info("could not publish admin commands to an admin's chat: %s", exc)
    except TelegramError as exc:
        log.warning("could not publish the command list: %s", exc)
