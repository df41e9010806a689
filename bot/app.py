"""Wiring: build the runtime, schedule every feed, deliver, and run until stopped.

Three ways to run share the same stages: `--once` (poll every feed, deliver what is due,
exit), the Telegram bot (python-telegram-bot's Application; its APScheduler-based JobQueue
polls each feed on its interval) and the console bot (no token: the same jobs on a plain
APScheduler, alerts on stdout).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from telegram import Bot, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from .commands import ADMIN_COMMANDS, USER_COMMANDS, register_handlers, still_admitted
from .config import Config, FeedConfig
from .deliver import ConsoleSender, Deliverer, Sender, TelegramSender
from .fetch import make_client
from .logs import token_from_environment
from .match import Matcher
from .pipeline import PollReport, Runtime, load_stories, poll_feed, utcnow
from .places import look_up_places_apart
from .poller import TICK_SECONDS, Poller
from .reload import ConfigChange, ConfigWatcher, FeedSchedule, Notify, Reloader
from .store import Store

log = logging.getLogger(__name__)

WATCH_INTERVAL = 1.0  # seconds between looks at config.yaml
PRUNE_INTERVAL = 6 * 3600.0


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


# -- --once -------------------------------------------------------------------------------------


async def run_once(config: Config, db_path: str | Path) -> int:
    token = bot_token()
    rt = open_runtime(config, db_path, console=token is None)
    try:
        if token is None:
            return await _once(rt, ConsoleSender())
        async with make_bot(token, config) as bot:
            sync_static_chats(rt)
            return await _once(rt, TelegramSender(bot, config.telegram.link_previews))
    finally:
        await close_runtime(rt)


async def _once(rt: Runtime, sender: Sender) -> int:
    limit = asyncio.Semaphore(rt.config.polling.max_concurrent)

    async def bounded(feed: FeedConfig) -> PollReport:
        async with limit:
            return await poll_feed(rt, feed)

    reports = await asyncio.gather(*(bounded(feed) for feed in rt.config.feeds))
    deliverer = Deliverer(rt.store, sender, rt.console, rt.clock)
    drained = await deliverer.drain_until_idle()
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
    return 0


# -- console bot --------------------------------------------------------------------------------


async def run_console(config: Config, db_path: str | Path, config_path: Path | None = None) -> None:
    """No token: the same schedule on a plain APScheduler, alerts on stdout, until Ctrl-C."""
    rt = open_runtime(config, db_path, console=True)
    deliverer = Deliverer(rt.store, ConsoleSender(), True, rt.clock)
    rt.on_alerts = deliverer.wake
    sender = asyncio.create_task(deliverer.run(), name="sender")
    scheduler = AsyncIOScheduler(timezone="UTC")
    poller = Poller(rt)
    poller.start()
    scheduler.add_job(poller.tick, "interval", seconds=TICK_SECONDS, id="poll", max_instances=1, coalesce=True)
    scheduler.add_job(prune, "interval", seconds=PRUNE_INTERVAL, args=[rt], id="prune", max_instances=1, coalesce=True)
    if config_path is not None:
        watch = _config_watch(rt, config_path, poller, _log_only)
        scheduler.add_job(watch, "interval", seconds=WATCH_INTERVAL, id="watch-config", max_instances=1, coalesce=True)
    scheduler.start()
    log.info("console mode (no TELEGRAM_BOT_TOKEN): polling %d feeds; alerts print here", len(config.feeds))
    try:
        await asyncio.Event().wait()
    finally:
        scheduler.shutdown(wait=False)
        await poller.stop()
        sender.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sender
        await close_runtime(rt)


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


def build_application(config: Config, db_path: str | Path, token: str, config_path: Path | None = None) -> Application:
    """The Telegram bot: handlers, the job queue polling every feed, the outbox drain."""
    root = api_root(config)
    app = (
        Application.builder()
        .token(token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .post_init(lambda app: _post_init(app, config, db_path, config_path))
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
        .build()
    )
    register_handlers(app)
    return app


async def _post_init(app: Application, config: Config, db_path: str | Path, config_path: Path | None) -> None:
    rt = open_runtime(config, db_path, console=False)

    async def tell_admins(message: str) -> None:
        await _tell_admins(app.bot, rt, message)

    deliverer = Deliverer(rt.store, TelegramSender(app.bot, config.telegram.link_previews), False, rt.clock, notify=tell_admins)
    rt.on_alerts = deliverer.wake
    app.bot_data["runtime"] = rt
    app.bot_data["deliverer"] = deliverer
    app.bot_data["sender"] = asyncio.create_task(deliverer.run(), name="sender")
    sync_static_chats(rt)
    await _publish_commands(app.bot, config)
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
    log.info("Telegram bot @%s: polling %d feeds", app.bot.username, len(config.feeds))


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


async def _post_stop(app: Application) -> None:
    """Stop polls and the sender before the bot's connection closes; what was not sent stays queued."""
    poller = app.bot_data.get("poller")
    if poller is not None:
        await poller.stop()
    sender = app.bot_data.get("sender")
    if sender is not None:
        sender.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sender


async def _post_shutdown(app: Application) -> None:
    rt = app.bot_data.get("runtime")
    if rt is not None:
        await close_runtime(rt)


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


def run_telegram(config: Config, db_path: str | Path, token: str, config_path: Path | None = None) -> None:
    build_application(config, db_path, token, config_path).run_polling(allowed_updates=Update.ALL_TYPES)
