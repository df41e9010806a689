"""Draining the outbox: each pending delivery is rendered, sent, and only then marked sent.

Senders are small adapters (stdout, Telegram) behind one protocol. Telegram's answers decide
what happens to a row: flood control waits exactly `retry_after`; timeouts and network errors
retry with backoff; a chat that blocked the bot is deactivated; a migrated group is followed;
an HTML rejection is resent as plain text. Nothing is retried forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
import logging
import random
import sys
import time
import warnings
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol, TextIO

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from .limits import FloodGate
from .render import AlertView, other_outlets, render_html, render_text
from .store import Delivery, Store

log = logging.getLogger(__name__)

GIVE_UP_AFTER = timedelta(days=1)  # a delivery still failing a day after it was queued is reported, not retried
IN_FLIGHT = 8  # sends awaiting Telegram's answer at once
BATCH = 2000  # deliveries read from the outbox per pass
IDLE_WAIT = 1.0  # seconds a pass waits for a slot, and the idle sender sleeps between looks
PASS_SECONDS = 3.0  # a pass stops handing out sends after this, then reads the outbox afresh
STOP_GRACE = 5.0  # seconds the sends in flight get to finish when the bot stops


class Sender(Protocol):
    async def send(self, chat_id: int, html: str, text: str, thread_id: int | None = None) -> int | None:
        """Send one alert; return the message id, or raise telegram.error.TelegramError."""

    async def edit(self, chat_id: int, message_id: int, html: str, text: str) -> None:
        """Replace a sent alert's text (new sources); raise telegram.error.TelegramError."""


class ConsoleSender:
    """Alerts on stdout, for trying the bot with no Telegram account."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stdout

    async def send(self, chat_id: int, html: str, text: str, thread_id: int | None = None) -> int | None:
        print(f"\n=== ALERT ===\n{text}\n", file=self.stream, flush=True)
        return None

    async def edit(self, chat_id: int, message_id: int, html: str, text: str) -> None:
        print(f"\n=== ALERT UPDATED (more sources) ===\n{text}\n", file=self.stream, flush=True)


class TelegramSender:
    def __init__(self, bot: Bot, link_previews: bool = False):
        self.bot = bot
        self.previews = LinkPreviewOptions(is_disabled=not link_previews)

    async def send(self, chat_id: int, html: str, text: str, thread_id: int | None = None) -> int | None:
        options = {"link_preview_options": self.previews, "message_thread_id": thread_id}
        try:
            message = await self.bot.send_message(chat_id, html, parse_mode=ParseMode.HTML, **options)
        except BadRequest as exc:
            if "parse entities" not in str(exc).lower():
                raise
            log.warning("Telegram refused the HTML of an alert to %s (%s); sending plain text", chat_id, exc)
            message = await self.bot.send_message(chat_id, text, **options)
        return message.message_id

    async def edit(self, chat_id: int, message_id: int, html: str, text: str) -> None:
        options = {"chat_id": chat_id, "message_id": message_id, "link_preview_options": self.previews}
        try:
            try:
                await self.bot.edit_message_text(html, parse_mode=ParseMode.HTML, **options)
            except BadRequest as exc:
                if "parse entities" not in str(exc).lower():
                    raise
                await self.bot.edit_message_text(text, **options)
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise  # the same text again is what we wanted: done


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
        highlights=delivery.highlights,
        local_times=[(str(m["location"]), str(m["tz"])) for m in delivery.matches if m.get("tz")],
        also=other_outlets(delivery.feed, [(s.feed, s.link) for s in delivery.sources]),
        reports=len(delivery.sources),
    )


@dataclass
class DrainReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    throttled: int = 0

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def add(self, other: DrainReport) -> None:
        for name in ("sent", "retried", "failed", "throttled"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _retry_after_seconds(exc: RetryAfter) -> float:
    # PTB 22 returns an int and warns that a future major version returns a timedelta.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _backoff(attempts: int) -> timedelta:
    """Exponential with full jitter, capped at ten minutes."""
    return timedelta(seconds=random.uniform(0.5, min(600.0, 2.0**attempts)))


Notify = Callable[[str], Awaitable[None]]


class Deliverer:
    """Drains the outbox: oldest first per chat, within Telegram's limits, several sends in flight.

    A send takes 50-300 ms from a server, so one at a time cannot reach 30 a second; up to
    `in_flight` sends run at once, never two to the same chat (which keeps each chat's alerts in
    order). A delivery is marked sent only after Telegram confirmed it: after a crash, only the
    sends that were in flight can arrive twice.
    """

    def __init__(
        self,
        store: Store,
        sender: Sender,
        console: bool,
        clock: Callable[[], datetime],
        monotonic: Callable[[], float] = time.monotonic,
        in_flight: int = IN_FLIGHT,
        notify: Notify | None = None,
    ):
        self.store = store
        self.sender = sender
        self.console = console
        self.clock = clock
        self.monotonic = monotonic
        self.gate = FloodGate() if not console else FloodGate(overall_per_second=1000.0, per_chat=False)
        self.notify = notify
        self._slots = asyncio.Semaphore(in_flight)
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._recent_429: dict[int, float] = {}
        self._unrecorded: dict[int, int | None] = {}  # sent, but the store failed to record it
        self._notices: list[str] = []

    def wake(self) -> None:
        """New alerts are queued: look now rather than at the next tick."""
        self._wake.set()

    async def run(self) -> None:
        """The sender task of a long-running bot: drains for ever, sleeping when idle."""
        while True:
            try:
                report = await self.drain(max_wait=IDLE_WAIT)
                while self._notices:
                    await self._tell(self._notices.pop(0))
            except Exception:
                log.exception("unexpected error while delivering; retrying shortly")
                report = DrainReport()
            if report.sent == 0:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), IDLE_WAIT)

    async def drain(self, max_wait: float = 0.1) -> DrainReport:
        """Send what is due, waiting at most `max_wait` seconds for a chat's or the bot's next slot."""
        async with self._lock:
            return await self._drain(max_wait)

    async def drain_until_idle(self, patience: float = 60.0) -> DrainReport:
        """For `run --once`: keep draining until nothing is due now (retries wait for next run)."""
        total = DrainReport()
        deadline = self.monotonic() + patience
        while True:
            report = await self.drain(max_wait=IDLE_WAIT)
            total.add(report)
            if not self.store.due_deliveries(self.clock(), console=self.console, limit=1):
                return total
            if self.monotonic() > deadline:
                log.warning("stopping with deliveries still due; the next run sends them")
                return total
            if report.sent == 0:
                await asyncio.sleep(0.2)

    async def _drain(self, max_wait: float) -> DrainReport:
        report = DrainReport()
        report.failed += self._settle()
        queues: dict[int, deque[Delivery]] = {}
        for delivery in self.store.due_deliveries(self.clock(), console=self.console, limit=BATCH):
            if delivery.id not in self._unrecorded:
                queues.setdefault(delivery.chat_id, deque()).append(delivery)
        for delivery in self.store.due_edits(self.clock(), console=self.console, limit=BATCH):
            if delivery.id not in self._unrecorded:  # after the chat's new alerts: news first
                queues.setdefault(delivery.chat_id, deque()).append(delivery)
        ready = [(self.gate.chat_ready(chat), n, chat) for n, chat in enumerate(queues)]
        heapq.heapify(ready)
        order = len(ready)
        running: set[asyncio.Task[None]] = set()
        started = self.monotonic()
        self._wake.clear()

        async def send(delivery: Delivery) -> None:
            nonlocal order
            try:
                outcome = await self._send_one(delivery)
            except Exception:  # a bug or a broken store: this row waits, the sender goes on
                log.exception("unexpected error while delivering %s to %s", delivery.id, delivery.chat_id)
                outcome = "retried"
                with contextlib.suppress(Exception):
                    self.store.mark_retry(delivery.id, "unexpected error", self.clock() + _backoff(delivery.attempts + 1))
            finally:
                self._slots.release()
            report.count(outcome)
            queue = queues.get(delivery.chat_id)
            if outcome == "sent" and queue:
                heapq.heappush(ready, (self.gate.chat_ready(delivery.chat_id), order, delivery.chat_id))
                order += 1
            elif outcome == "throttled" and queue is not None:
                queue.appendleft(delivery)  # the same message again, once the chat's wait is over
                heapq.heappush(ready, (self.gate.chat_ready(delivery.chat_id), order, delivery.chat_id))
                order += 1
            else:
                queues.pop(delivery.chat_id, None)  # retry later, in order, or the chat is gone

        try:
            while ready or running:
                # A pass is short, and ends early when new alerts arrive, so that one chat's
                # backlog never keeps a new alert for another chat waiting.
                dispatching = self.monotonic() - started < PASS_SECONDS and not self._wake.is_set()
                if not ready or not dispatching:
                    if not running:
                        break
                    await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
                    running = {t for t in running if not t.done()}
                    continue
                when, _, chat = ready[0]
                wait = max(when, self.gate.global_ready()) - self.monotonic()
                if wait > max_wait and not running:
                    break  # nothing can go soon: the rest waits for the next pass
                if wait > 0:
                    nap = asyncio.ensure_future(asyncio.sleep(min(wait, 0.05)))
                    await asyncio.wait([nap, *running], return_when=asyncio.FIRST_COMPLETED)
                    nap.cancel()
                    running = {t for t in running if not t.done()}
                    continue
                heapq.heappop(ready)
                queue = queues.get(chat)
                if not queue:
                    continue
                delivery = queue.popleft()
                await self._slots.acquire()
                self.gate.take(chat, self.monotonic())
                running.add(asyncio.create_task(send(delivery)))
        finally:
            if running:  # stopping: let the sends in flight finish and be recorded, briefly
                _, late = await asyncio.wait(running, timeout=STOP_GRACE)
                for task in late:
                    task.cancel()
        return report

    def _settle(self) -> int:
        """Housekeeping before a pass: record sends whose recording failed, expire stale rows.
        Returns how many rows expired."""
        for delivery_id, message_id in list(self._unrecorded.items()):
            try:
                self.store.mark_sent(delivery_id, message_id, self.clock())
                del self._unrecorded[delivery_id]
            except Exception:
                log.exception("still cannot record delivery %s as sent", delivery_id)
        expired = self.store.expire_pending(self.clock() - GIVE_UP_AFTER)
        if expired:
            log.error("%d deliveries still pending a day after they were queued were given up", expired)
            self._notices.append(f"{expired} alerts could not be delivered within a day and were given up; see /status.")
        return expired

    async def _edit_one(self, delivery: Delivery) -> str:
        """Show a story's new sources in the message already sent. An edit that cannot be made
        (the message was deleted) is given up quietly: the alert itself was delivered."""
        view = alert_view(delivery)
        try:
            await self.sender.edit(delivery.chat_id, delivery.edit_of or 0, render_html(view), render_text(view))
        except RetryAfter as exc:
            self._throttled(delivery.chat_id, _retry_after_seconds(exc))
            return "throttled"
        except ChatMigrated as exc:
            self.store.give_up_edits(delivery.id, f"chat moved to {exc.new_chat_id}")
            return "failed"
        except Forbidden as exc:
            log.warning("chat %s blocked or removed the bot (%s); deactivating it", delivery.chat_id, exc)
            self.store.set_chat_active(delivery.chat_id, False)
            self.store.fail_chat_queue(delivery.chat_id, f"forbidden: {exc}")
            return "failed"
        except BadRequest as exc:
            log.warning("cannot edit alert message %s in chat %s: %s", delivery.edit_of, delivery.chat_id, exc)
            self.store.give_up_edits(delivery.id, str(exc))
            return "failed"
        except (TelegramError, OSError) as exc:
            log.info("editing alert message %s in chat %s failed (%s); retrying", delivery.edit_of, delivery.chat_id, exc)
            self.store.retry_edit(delivery.id, self.clock() + _backoff(delivery.attempts + 1))
            return "retried"
        self.store.mark_edited(delivery.id, len(delivery.sources))
        return "sent"

    async def _send_one(self, delivery: Delivery) -> str:
        if delivery.edit_of is not None:
            return await self._edit_one(delivery)
        store, clock = self.store, self.clock
        view = alert_view(delivery)
        try:
            message_id = await self.sender.send(delivery.chat_id, render_html(view), render_text(view), delivery.thread_id)
        except RetryAfter as exc:
            self._throttled(delivery.chat_id, _retry_after_seconds(exc))
            return "throttled"
        except ChatMigrated as exc:
            log.info("chat %s became %s; following it", delivery.chat_id, exc.new_chat_id)
            store.migrate_chat(delivery.chat_id, exc.new_chat_id)
            return "retried"
        except Forbidden as exc:
            log.warning("chat %s blocked or removed the bot (%s); deactivating it", delivery.chat_id, exc)
            store.set_chat_active(delivery.chat_id, False)
            store.fail_chat_queue(delivery.chat_id, f"forbidden: {exc}")
            await self._tell(f"Chat {delivery.chat_id} blocked or removed the bot: no alerts go there until it sends /start.")
            return "failed"
        except (TelegramError, OSError) as exc:
            # NetworkError covers timeouts and 5xx, worth retrying; a BadRequest never heals.
            expired = delivery.created is not None and clock() - delivery.created > GIVE_UP_AFTER
            if isinstance(exc, BadRequest) or expired:
                log.error("giving up on delivery %s to %s: %s", delivery.id, delivery.chat_id, exc)
                store.mark_failed(delivery.id, str(exc))
                await self._tell(f"Gave up on an alert to chat {delivery.chat_id} ({delivery.title[:80]!r}): {exc}")
                return "failed"
            store.mark_retry(delivery.id, str(exc), clock() + _backoff(delivery.attempts + 1))
            return "retried"
        try:
            store.mark_sent(delivery.id, message_id, clock(), shown=max(1, len(delivery.sources)))
        except Exception:
            # Telegram has it; only our record failed. Never send it again from this process.
            log.exception("sent delivery %s but could not record it; will record it later", delivery.id)
            self._unrecorded[delivery.id] = message_id
        return "sent"

    def _throttled(self, chat_id: int, seconds: float) -> None:
        """A 429: wait exactly `retry_after`, for the chat, or for the whole bot when several
        chats are throttled at once (Telegram then limits the bot, not one chat)."""
        now = self.monotonic()
        self._recent_429 = {c: t for c, t in self._recent_429.items() if now - t < 1.0}
        self._recent_429[chat_id] = now
        if len(self._recent_429) >= 3:
            log.warning("flood control on the whole bot: waiting %.0fs", seconds)
            self.gate.throttle_all(seconds, now)
        else:
            log.warning("flood control on chat %s: waiting %.0fs", chat_id, seconds)
        self.gate.throttle_chat(chat_id, seconds, now)

    async def _tell(self, message: str) -> None:
        if self.notify is not None:
            try:
                await self.notify(message)
            except Exception:
                log.exception("could not tell the admins")
