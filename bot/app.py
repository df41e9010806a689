"""Wiring: build the runtime, schedule every feed, deliver, and run until stopped.

Three ways to run share the same stages: `--once` (poll every feed, deliver what is due,
exit), the Telegram bot (python-telegram-bot's Application; its APScheduler-based JobQueue
polls each feed on its interval) and the console bot (no token: the same jobs on a plain
APScheduler, alerts on stdout).
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
from datetime import timedelta
from pathlib import Path

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from telegram import Bot, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from .commands import ADMIN_COMMANDS, USER_COMMANDS, register_handlers
from .config import Config
from .deliver import ConsoleSender, Deliverer, Sender, TelegramSender
from .fetch import make_client
from .logs import token_from_environment
from .match import Matcher
from .pipeline import Runtime, poll_feed, utcnow
from .store import Store

log = logging.getLogger(__name__)

DELIVERY_INTERVAL = 1.0  # seconds between outbox drains (new alerts, retries, paced chats)


def bot_token() -> str | None:
    """The token comes from the environment only, never from config.yaml."""
    return token_from_environment()


def api_root(config: Config) -> str:
    return (os.environ.get("TELEGRAM_API_URL") or config.telegram.api_url).rstrip("/")


def make_bot(token: str, config: Config) -> Bot:
    root = api_root(config)
    return Bot(token, base_url=f"{root}/bot", base_file_url=f"{root}/file/bot")


def open_runtime(config: Config, db_path: str | Path, console: bool) -> Runtime:
    matcher = Matcher(config.watchlists)
    matcher.warm_up()
    return Runtime(
        config=config,
        matcher=matcher,
        store=Store(db_path),
        http=make_client(config.polling.user_agent, config.polling.timeout),
        console=console,
    )


async def close_runtime(rt: Runtime) -> None:
    await rt.http.aclose()
    rt.store.close()


def sync_static_chats(rt: Runtime) -> None:
    moved = rt.store.sync_static_chats({wl_id: wl.chats for wl_id, wl in rt.config.watchlists.items()}, rt.clock())
    for old, new in moved.items():
        log.warning("chat %s in config.yaml became supergroup %s; alerts go to the new id: update `chats:`", old, new)


async def poll_one(rt: Runtime, feed_name: str) -> None:
    """One scheduled poll. Delivery is the delivery job's: a slow Telegram never delays polling."""
    feed = next((f for f in rt.config.feeds if f.name == feed_name), None)
    if feed is not None:
        try:
            await poll_feed(rt, feed)
        except asyncio.CancelledError:
            log.debug("poll of %r cancelled: the bot is stopping", feed_name)  # nothing half-written: one transaction per item


async def deliver(deliverer: Deliverer) -> None:
    try:
        await deliverer.drain()
    except asyncio.CancelledError:
        log.debug("delivery cancelled: the bot is stopping; unsent alerts stay queued")
    except Exception:
        log.exception("unexpected error while delivering")


def _first_run(index: int) -> float:
    """Spread the first polls a little so feeds do not all start in the same second."""
    return 0.5 + index * 0.2 + random.uniform(0, 1)


# -- --once -------------------------------------------------------------------------------------


async def run_once(config: Config, db_path: str | Path) -> int:
    token = bot_token()
    rt = open_runtime(config, db_path, console=token is None)
    try:
        if token is None:
            return await _once(rt, ConsoleSender())
        async with make_bot(token, config) as bot:
            sync_static_chats(rt)
            return await _once(rt, TelegramSender(bot))
    finally:
        await close_runtime(rt)


async def _once(rt: Runtime, sender: Sender) -> int:
    reports = await asyncio.gather(*(poll_feed(rt, feed) for feed in rt.config.feeds))
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


async def run_console(config: Config, db_path: str | Path) -> None:
    """No token: the same schedule on a plain APScheduler, alerts on stdout, until Ctrl-C."""
    rt = open_runtime(config, db_path, console=True)
    deliverer = Deliverer(rt.store, ConsoleSender(), True, rt.clock)
    scheduler = AsyncIOScheduler(timezone="UTC")
    for index, feed in enumerate(config.feeds):
        scheduler.add_job(
            poll_one,
            "interval",
            seconds=config.feed_interval(feed),
            args=[rt, feed.name],
            id=f"feed:{feed.name}",
            next_run_time=utcnow() + timedelta(seconds=_first_run(index)),
            max_instances=1,
            coalesce=True,
        )
    scheduler.add_job(
        deliver, "interval", seconds=DELIVERY_INTERVAL, args=[deliverer], id="deliver", max_instances=1, coalesce=True
    )
    scheduler.start()
    log.info("console mode (no TELEGRAM_BOT_TOKEN): polling %d feeds; alerts print here", len(config.feeds))
    try:
        await asyncio.Event().wait()
    finally:
        scheduler.shutdown(wait=False)
        await close_runtime(rt)


# -- Telegram bot -------------------------------------------------------------------------------


def build_application(config: Config, db_path: str | Path, token: str) -> Application:
    """The Telegram bot: handlers, the job queue polling every feed, the outbox drain."""
    root = api_root(config)
    app = (
        Application.builder()
        .token(token)
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .post_init(lambda app: _post_init(app, config, db_path))
        .post_shutdown(_post_shutdown)
        .build()
    )
    register_handlers(app)
    return app


async def _post_init(app: Application, config: Config, db_path: str | Path) -> None:
    rt = open_runtime(config, db_path, console=False)
    deliverer = Deliverer(rt.store, TelegramSender(app.bot), False, rt.clock)
    app.bot_data["runtime"] = rt
    app.bot_data["deliverer"] = deliverer
    sync_static_chats(rt)
    await _publish_commands(app.bot, config)
    jobs = app.job_queue
    assert jobs is not None, "python-telegram-bot[job-queue] is required"
    for index, feed in enumerate(config.feeds):
        jobs.run_repeating(
            _poll_job,
            interval=config.feed_interval(feed),
            first=_first_run(index),
            data=feed.name,
            name=f"feed:{feed.name}",
            job_kwargs={"max_instances": 1, "coalesce": True},
        )
    jobs.run_repeating(
        _deliver_job, interval=DELIVERY_INTERVAL, first=1.0, name="deliver", job_kwargs={"max_instances": 1, "coalesce": True}
    )
    log.info("Telegram bot @%s: polling %d feeds", app.bot.username, len(config.feeds))


async def _post_shutdown(app: Application) -> None:
    rt = app.bot_data.get("runtime")
    if rt is not None:
        await close_runtime(rt)


async def _poll_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    data = context.application.bot_data
    assert context.job is not None
    await poll_one(data["runtime"], str(context.job.data))


async def _deliver_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    await deliver(context.application.bot_data["deliverer"])


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


def run_telegram(config: Config, db_path: str | Path, token: str) -> None:
    build_application(config, db_path, token).run_polling(allowed_updates=Update.ALL_TYPES)
