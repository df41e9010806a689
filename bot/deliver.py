"""Draining the outbox: each pending delivery is rendered, sent, and only then marked sent.

Senders are small adapters (stdout, Telegram) behind one protocol. Telegram's answers decide
what happens to a row: flood control waits exactly `retry_after`; timeouts and network errors
retry with backoff; a chat that blocked the bot is deactivated; a migrated group is followed;
an HTML rejection is resent as plain text. Nothing is retried forever.
"""

from __future__ import annotations

import asyncio
import logging
import random
import sys
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, TextIO

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from .render import AlertView, render_html, render_text
from .store import Delivery, Store

log = logging.getLogger(__name__)

GIVE_UP_AFTER = timedelta(days=1)  # a delivery still failing a day after it was queued is reported, not retried
PRIVATE_CHAT_GAP = timedelta(seconds=1)  # Telegram: about one message a second to one chat
GROUP_CHAT_GAP = timedelta(seconds=3)  # and twenty a minute to one group


class Sender(Protocol):
    async def send(self, chat_id: int, html: str, text: str) -> int | None:
        """Send one alert; return the message id, or raise telegram.error.TelegramError."""


class ConsoleSender:
    """Alerts on stdout, for trying the bot with no Telegram account."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stdout

    async def send(self, chat_id: int, html: str, text: str) -> int | None:
        print(f"\n=== ALERT ===\n{text}\n", file=self.stream, flush=True)
        return None


class TelegramSender:
    def __init__(self, bot: Bot, link_previews: bool = False):
        self.bot = bot
        self.previews = LinkPreviewOptions(is_disabled=not link_previews)

    async def send(self, chat_id: int, html: str, text: str) -> int | None:
        try:
            message = await self.bot.send_message(chat_id, html, parse_mode=ParseMode.HTML, link_preview_options=self.previews)
        except BadRequest as exc:
            if "parse entities" not in str(exc).lower():
                raise
            log.warning("Telegram refused the HTML of an alert to %s (%s); sending plain text", chat_id, exc)
            message = await self.bot.send_message(chat_id, text, link_preview_options=self.previews)
        return message.message_id


def alert_view(delivery: Delivery) -> AlertView:
    return AlertView(
        severity=delivery.severity,
        watchlist_title=delivery.watchlist_title,
        locations=[str(m["location"]) for m in delivery.matches],
        title=delivery.title,
        summary=delivery.summary,
        feed=delivery.feed,
        published=delivery.published,
        link=delivery.link,
        dated=delivery.dated,
    )


@dataclass
class DrainReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0


def _retry_after_seconds(exc: RetryAfter) -> float:
    # PTB 22 returns an int and warns that a future major version returns a timedelta.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _backoff(attempts: int) -> timedelta:
    """Exponential with full jitter, capped at ten minutes."""
    return timedelta(seconds=random.uniform(0.5, min(600.0, 2.0**attempts)))


class Deliverer:
    """Drains the outbox through one sender; one drain at a time, pacing each chat."""

    def __init__(self, store: Store, sender: Sender, console: bool, clock: Callable[[], datetime]):
        self.store = store
        self.sender = sender
        self.console = console
        self.clock = clock
        self._lock = asyncio.Lock()
        self._next_free: dict[int, datetime] = {}
        self._paused_until: datetime | None = None

    async def drain(self, limit: int = 200) -> DrainReport:
        """Send what is due, oldest first; one throttled or broken chat does not stop the rest."""
        async with self._lock:
            return await self._drain(limit)

    async def drain_until_idle(self, patience: float = 60.0) -> DrainReport:
        """For `run --once`: keep draining until nothing is due now (retries wait for next run)."""
        total = DrainReport()
        deadline = asyncio.get_running_loop().time() + patience
        while True:
            report = await self.drain()
            total.sent += report.sent
            total.retried += report.retried
            total.failed += report.failed
            if not self.store.due_deliveries(self.clock(), console=self.console, limit=1):
                return total
            if asyncio.get_running_loop().time() > deadline:
                log.warning("stopping with deliveries still due; the next run sends them")
                return total
            await asyncio.sleep(0.2)

    async def _drain(self, limit: int) -> DrainReport:
        report = DrainReport()
        if self._paused_until and self.clock() < self._paused_until:
            return report
        for delivery in self.store.due_deliveries(self.clock(), console=self.console, limit=limit):
            now = self.clock()
            if self._next_free.get(delivery.chat_id, now) > now:
                continue  # this chat had a message a moment ago; its next one goes on a later drain
            outcome = await self._send_one(delivery)
            setattr(report, outcome, getattr(report, outcome) + 1)
            if self._paused_until:
                break  # the whole bot was throttled: stop sending until the wait is over
        return report

    async def _send_one(self, delivery: Delivery) -> str:
        store, clock = self.store, self.clock
        view = alert_view(delivery)
        try:
            message_id = await self.sender.send(delivery.chat_id, render_html(view), render_text(view))
        except RetryAfter as exc:
            wait = timedelta(seconds=_retry_after_seconds(exc))
            log.warning("flood control: Telegram asks to wait %.0fs", wait.total_seconds())
            self._paused_until = clock() + wait
            store.mark_retry(delivery.id, str(exc), clock() + wait)
            return "retried"
        except ChatMigrated as exc:
            log.info("chat %s became %s; following it", delivery.chat_id, exc.new_chat_id)
            store.migrate_chat(delivery.chat_id, exc.new_chat_id)
            return "retried"
        except Forbidden as exc:
            log.warning("chat %s blocked or removed the bot (%s); deactivating it", delivery.chat_id, exc)
            store.set_chat_active(delivery.chat_id, False)
            store.mark_failed(delivery.id, f"forbidden: {exc}")
            return "failed"
        except TelegramError as exc:
            # NetworkError covers timeouts and 5xx, worth retrying; a BadRequest never heals.
            expired = delivery.created is not None and clock() - delivery.created > GIVE_UP_AFTER
            if isinstance(exc, BadRequest) or expired:
                log.error("giving up on delivery %s to %s: %s", delivery.id, delivery.chat_id, exc)
                store.mark_failed(delivery.id, str(exc))
                return "failed"
            store.mark_retry(delivery.id, str(exc), clock() + _backoff(delivery.attempts + 1))
            return "retried"
        self._paused_until = None
        store.mark_sent(delivery.id, message_id, clock())
        self._next_free[delivery.chat_id] = clock() + (PRIVATE_CHAT_GAP if delivery.chat_id > 0 else GROUP_CHAT_GAP)
        return "sent"
