"""The Telegram half of the wiring: python-telegram-bot's Application, behind `TelegramBot`.

`bot.app` decides what runs and when; this module is how that reaches Telegram: the
Application with the command handlers and one error handler, the connection retried with
backoff, the command lists published, the admins told, the stop. A rejected token (PTB's
InvalidToken) becomes `bot.deliver.TokenRejected` here, at the first attempt or any later one.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable

from telegram import Bot, BotCommandScopeChat, BotCommandScopeDefault, Update
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes, JobQueue

from ..config import Config
from ..deliver import TokenRejected
from .commands import ADMIN_COMMANDS, SERVICES, USER_COMMANDS, Services, TelegramApp, register_handlers
from .sender import TelegramSender, make_bot

log = logging.getLogger(__name__)

RECONNECT_FIRST = 1.0  # seconds before the second attempt to reach Telegram: a blip costs a second
RECONNECT_MAX = 300.0  # the longest wait between attempts during a long outage


def api_root(config: Config) -> str:
    return (os.environ.get("TELEGRAM_API_URL") or config.telegram.api_url).rstrip("/")


def build_application(config: Config, token: str) -> TelegramApp:
    """The Telegram bot: handlers and a job queue; `TelegramBot` drives its lifecycle."""
    root = api_root(config)
    app = Application.builder().token(token).base_url(f"{root}/bot").base_file_url(f"{root}/file/bot").build()
    register_handlers(app)
    app.add_error_handler(on_error)
    return app


class TelegramBot:
    """The Application, with the few things the app does to it, in the order it does them:
    give the commands their services, schedule jobs, go online, and stop.

    Built without any network: the feeds are polled and alerts queued before Telegram has
    answered (see `bot.app.serve_telegram`).
    """

    def __init__(self, config: Config, token: str) -> None:
        _quiet_ptb_tracebacks()
        self.root = api_root(config)
        self.app = build_application(config, token)

    @property
    def username(self) -> str | None:
        return self.app.bot.username

    def sender(self, link_previews: bool) -> TelegramSender:
        return TelegramSender(self.app.bot, link_previews)

    def serve(self, services: Services) -> None:
        """What the command handlers work with; updates flow only once online."""
        self.app.bot_data[SERVICES] = services

    def every(
        self, seconds: float, job: Callable[[], Awaitable[None]], *, name: str, first: float, coalesce: bool = True
    ) -> None:
        """A repeating job on PTB's job queue; never two runs of one job at once. A run the loop
        starts late (a busy start-up, a long reload) still runs if less than an interval late:
        APScheduler's default grace of one second would skip it with a warning, for a tick
        whose next run would look again anyway."""

        async def run(_: ContextTypes.DEFAULT_TYPE) -> None:
            await job()

        options: dict[str, object] = {"max_instances": 1, "misfire_grace_time": max(1, round(seconds))}
        if coalesce:
            options["coalesce"] = True
        self._jobs().run_repeating(run, interval=seconds, first=first, name=name, job_kwargs=options)

    async def start_jobs(self) -> None:
        # The job queue runs before the Application does (`Application.start` starts it again,
        # which is a no-op): its jobs need the Application object, not a connection.
        await self._jobs().start()

    def _jobs(self) -> JobQueue[ContextTypes.DEFAULT_TYPE]:
        jobs = self.app.job_queue
        assert jobs is not None, "python-telegram-bot[job-queue] is required"
        return jobs

    async def go_online(self) -> None:
        """Connect (until Telegram answers), then take updates."""
        await connect(self.app, self.root)
        updater = self.app.updater
        assert updater is not None
        # Past getMe, a failure to delete the webhook is a blip in a window of milliseconds:
        # let PTB retry it (quietly) rather than abort.
        await updater.start_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1, error_callback=_updates_failed)
        await self.app.start()

    async def publish_commands(self, config: Config) -> None:
        """Everyone sees the user commands; each admin also sees the admin ones in their chat."""
        bot = self.app.bot
        try:
            await bot.set_my_commands(USER_COMMANDS, scope=BotCommandScopeDefault())
            for admin in config.telegram.admins:
                try:
                    await bot.set_my_commands(USER_COMMANDS + ADMIN_COMMANDS, scope=BotCommandScopeChat(admin))
                except TelegramError as exc:  # an admin who never opened the bot has no chat yet
                    log.info("could not publish admin commands to an admin's chat: %s", exc)
        except TelegramError as exc:
            log.warning("could not publish the command list: %s", exc)

    async def stop(self) -> None:
        """No new updates, and no new jobs once the running ones end; from whatever point
        start-up reached."""
        if self.app.updater is not None and self.app.updater.running:
            await self.app.updater.stop()
        if self.app.running:
            await self.app.stop()  # also stops the job queue, after its running jobs
        elif self.app.job_queue is not None:
            await self.app.job_queue.stop()

    async def close(self) -> None:
        await self.app.shutdown()
        await self.app.bot.shutdown()  # the HTTP client, when no attempt to connect ever succeeded


def reconnect_delay(attempt: int) -> float:
    """1, 2, 4 ... seconds, then every five minutes: a blip costs a second, an outage a request
    now and then."""
    return min(RECONNECT_MAX, RECONNECT_FIRST * 2.0 ** min(attempt - 1, 30))


async def connect(app: TelegramApp, root: str) -> None:
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
            raise TokenRejected("Telegram refused the bot token") from None  # PTB's message quotes it
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


@contextlib.asynccontextmanager
async def once_sender(config: Config, token: str) -> AsyncIterator[TelegramSender | None]:
    """For `--once`: one try to reach Telegram; None when it did not answer (the feeds are
    still polled and the alerts queued for the next run)."""
    root = api_root(config)
    bot = make_bot(token, root)
    try:
        reachable = await _reach(bot, root)
        yield TelegramSender(bot, config.telegram.link_previews) if reachable else None
    finally:
        await bot.shutdown()


async def _reach(bot: Bot, root: str) -> bool:
    try:
        await bot.initialize()
    except InvalidToken:
        raise TokenRejected("Telegram refused the bot token") from None
    except TelegramError as exc:
        log.error("Telegram is unreachable at %s (%s); polling the feeds anyway, alerts stay queued", root, _reason(exc))
        return False
    return True


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


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A handler or a job raised: logged with its traceback, and the bot goes on. A reply that
    Telegram did not take (an outage, a timeout, a 5xx, flood control) is lost, as the user's command may be
    sent again: one warning line, no traceback, since nothing in our code is wrong. So is a reply
    to a chat that blocked the bot meanwhile (a 403): one line with the chat and the error."""
    error = context.error
    if isinstance(error, Forbidden):  # the chat blocked the bot (or removed it) before the reply
        chat = update.effective_chat.id if isinstance(update, Update) and update.effective_chat else "?"
        log.warning("could not answer chat %s: %s", chat, _reason(error))
        return
    if isinstance(error, NetworkError | RetryAfter) and not isinstance(error, BadRequest):
        log.warning("could not answer an update: Telegram did not take the reply (%s)", _reason(error))
        return
    log.error("error while handling an update", exc_info=error)
