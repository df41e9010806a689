"""Draining the outbox: each pending delivery is rendered, sent, and only then marked sent.

Senders are small adapters (stdout here, Telegram in `bot.telegram.sender`) behind one
protocol, and they speak the outbox's own faults (`DeliveryFault`), never a library's
exceptions. The fault decides what happens to a row: flood control waits exactly `retry_after`;
timeouts and network errors retry with backoff; a chat that blocked the bot is deactivated; a
migrated group is followed; an HTML rejection is resent as plain text. Nothing is retried
forever.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import heapq
import logging
import random
import sys
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol, TextIO

from .acks import buttons, marks_lines
from .audience import refusal, silent, wants
from .digest import build_digest
from .limits import FloodGate
from .records import CONSOLE_CHAT, CONSOLE_CHATS, TELEGRAM_CHATS, Delivery, DigestJob, ItemAlert, Notice
from .render import AlertView, location_label, other_outlets, plain_text, render_html, render_text
from .store import Store

log = logging.getLogger(__name__)

GIVE_UP_AFTER = timedelta(days=1)  # a delivery still failing a day after it was queued is reported, not retried
IN_FLIGHT = 8  # sends awaiting Telegram's answer at once
BATCH = 2000  # deliveries read from the outbox per pass
IDLE_WAIT = 1.0  # seconds a pass waits for a slot, and the idle sender sleeps between looks
PASS_SECONDS = 3.0  # a pass stops handing out sends after this, then reads the outbox afresh
STOP_GRACE = 5.0  # seconds the sends in flight get to finish when the bot stops
DIGEST_LOOKBACK = timedelta(days=8)  # what a digest reads: its chart's 7 local days, whatever the zone
DIGEST_GIVE_UP_AFTER = timedelta(hours=6)  # a morning digest still failing by noon is given up


# -- what a sender may answer ------------------------------------------------------------------
#
# DeliveryFault                 a send or an edit did not happen; the row's fate depends on which:
# +-- Throttled                 flood control: wait exactly `retry_after`, then the same message
# +-- ChatGone                  the chat blocked or removed the bot, or no longer exists: deactivate
# +-- ChatMoved                 a group became a supergroup: follow it to `new_chat_id`
# +-- Rejected                  the request itself is refused (a bad request): sending it again
# |   |                         cannot help, so the row is given up (an edit of a deleted message)
# |   +-- HtmlRefused           the HTML could not be parsed: the same alert goes as plain text
# |   +-- NotModified           an edit that changes nothing: what we wanted is there, done
# +-- Transient                 timeouts, 5xx, the network: retried with backoff for up to a day


class DeliveryFault(Exception):
    """Why a send or an edit did not happen, in the outbox's words. A sender raises only these
    (and its own bugs); it maps its library's errors where they arise."""


class Throttled(DeliveryFault):
    """Flood control (Telegram's 429). `whole_bot` when the sender knows the limit is the
    bot's rather than one chat's; Telegram does not say, so the deliverer also infers it when
    several chats are throttled at once."""

    def __init__(self, retry_after: float, whole_bot: bool = False) -> None:
        super().__init__(f"flood control: retry after {retry_after:g}s")
        self.retry_after = retry_after
        self.whole_bot = whole_bot


class ChatGone(DeliveryFault):
    """The chat blocked the bot, removed it, or was deleted: nothing will reach it until it
    comes back (/start, or the bot added again)."""


class ChatMoved(DeliveryFault):
    """The group was upgraded to a supergroup, which has another id: the chat lives on there."""

    def __init__(self, new_chat_id: int) -> None:
        super().__init__(f"chat moved to {new_chat_id}")
        self.new_chat_id = new_chat_id


class Rejected(DeliveryFault):
    """A request that can never succeed as it is (Telegram's 400 Bad Request): an unknown chat,
    a message to edit that was deleted. Retrying would fail the same way."""


class HtmlRefused(Rejected):
    """The alert's HTML was refused (entities that cannot be parsed); its plain text can go."""


class NotModified(Rejected):
    """An edit to the text the message already shows: the edit's purpose is met."""


class Transient(DeliveryFault):
    """A timeout, a server error or a network failure: the same request may well succeed later."""


class TokenRejected(Exception):
    """The messenger refused the bot's token: no retry can help, the bot stops (exit code 2).
    Never quotes the token."""


Buttons = Sequence[tuple[str, str]]  # (label, callback data), one row under the message


class Sender(Protocol):
    async def send(
        self,
        chat_id: int,
        html: str | None,
        text: str,
        thread_id: int | None = None,
        silent: bool = False,
        buttons: Buttons = (),
    ) -> int | None:
        """Send one alert as HTML, or as plain `text` when `html` is None; return the message
        id. `silent`: the chat's quiet hours, it arrives without a sound. `buttons`: the
        acknowledgement buttons, where the messenger has them. Raises a DeliveryFault."""

    async def edit(self, chat_id: int, message_id: int, html: str | None, text: str, buttons: Buttons = ()) -> None:
        """Replace a sent alert's text (new sources, marks), as HTML or, when `html` is None,
        plain text; the buttons are given again, or they would vanish. Raises a DeliveryFault."""

    async def send_photo(
        self, chat_id: int, png: bytes, caption_html: str | None, caption_text: str, silent: bool = False
    ) -> int | None:
        """Send a picture (the digest's chart) with a caption, as HTML or, when `caption_html`
        is None, plain text. Raises a DeliveryFault."""


class ConsoleSender:
    """Alerts on stdout, for trying the bot with no Telegram account."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stdout

    async def send(
        self,
        chat_id: int,
        html: str | None,
        text: str,
        thread_id: int | None = None,
        silent: bool = False,
        buttons: Buttons = (),
    ) -> int | None:
        """A terminal has no notification to silence and no buttons to press."""
        self._show(f"\n=== ALERT ===\n{text}\n")
        return None

    async def edit(self, chat_id: int, message_id: int, html: str | None, text: str, buttons: Buttons = ()) -> None:
        self._show(f"\n=== ALERT UPDATED (more sources) ===\n{text}\n")

    async def send_photo(
        self, chat_id: int, png: bytes, caption_html: str | None, caption_text: str, silent: bool = False
    ) -> int | None:
        self._show(f"\n=== DIGEST (chart: a {len(png):,}-byte PNG) ===\n{caption_text}\n")
        return None

    def _show(self, block: str) -> None:
        try:
            print(block, file=self.stream, flush=True)
        except OSError as exc:  # a closed pipe, a full disk: the alert stays queued and is retried
            raise Transient(str(exc)) from exc


def alert_view(delivery: Delivery, zone: str = "UTC") -> AlertView:
    """`zone`: the chat's clock, for the times of its marks."""
    return AlertView(
        severity=delivery.severity,
        watchlist_title=delivery.watchlist_title,
        locations=[location_label(m.location, m.via, m.distance_km) for m in delivery.matches],
        title=delivery.title,
        summary=delivery.summary,
        feed=delivery.feed,
        published=delivery.published,
        link=delivery.link,
        dated=delivery.dated,
        highlights=delivery.highlights,
        local_times=[(m.location, m.tz) for m in delivery.matches if m.tz],
        also=other_outlets(delivery.feed, [(s.feed, s.link) for s in delivery.sources]),
        reports=len(delivery.sources),
        marks=marks_lines(delivery.marks, zone),
        reported=delivery.created,
        # A sent message's edit says what the message said: "first reported 26 h ago" as of its
        # send (an edit without it would drop the note and never match `shown_hash`).
        sent_at=delivery.sent,
    )


@dataclass
class DrainReport:
    """`withdrawn`: queued alerts the chat no longer wanted at the send (unsubscribed, muted);
    `unchanged`: edits skipped because the message already shows that text."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    throttled: int = 0
    withdrawn: int = 0
    unchanged: int = 0

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def add(self, other: DrainReport) -> None:
        for name in ("sent", "retried", "failed", "throttled", "withdrawn", "unchanged"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def shown_digest(html: str, keys: Buttons) -> str:
    """What a message shows, text and buttons, as a short digest: equal digests, nothing to edit."""
    return hashlib.sha256(f"{html}\x00{keys!r}".encode()).hexdigest()[:32]


def _backoff(attempts: int) -> timedelta:
    """Exponential with full jitter, capped at ten minutes."""
    return timedelta(seconds=random.uniform(0.5, min(600.0, 2.0**attempts)))


Notify = Callable[[str], Awaitable[None]]
Outgoing = Delivery | DigestJob | Notice  # what a chat's queue holds in a pass


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
        zone: Callable[[], str] = lambda: "UTC",
    ):
        """`zone`: the config's `telegram.timezone`, asked at each send so a reload takes effect;
        a chat's quiet hours are on that clock until the chat sets its own zone."""
        self.store = store
        self.sender = sender
        self.console = console
        self.chats = CONSOLE_CHATS if console else TELEGRAM_CHATS  # the outbox this deliverer drains
        self.clock = clock
        # Expiry never counts downtime alone: a delivery is given up only once it is over a day
        # old (from its queueing) AND an attempt of this process failed. So every queued alert
        # is tried after each start (a working Telegram delivers it, however late), and a
        # `run --once` from cron or a crash loop still gives up a day-old one that fails.
        self._failed_here: set[int] = set()  # deliveries whose attempt failed in this process
        self.monotonic = monotonic
        self.gate = FloodGate() if not console else FloodGate(overall_per_second=1000.0, per_chat=False)
        self.notify = notify
        self.zone = zone
        self._slots = asyncio.Semaphore(in_flight)
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._recent_429: dict[int, float] = {}
        self._unrecorded: dict[int, int | None] = {}  # sent, but the store failed to record it
        self._unrecorded_notices: dict[int, datetime] = {}  # the same for notices: id -> when sent
        self._notices: list[str] = []
        self._failing: set[int] = set()  # chats whose sends fail (a 5xx, the network): warned once a streak

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
            now = self.clock()
            # The admins' notices count too: a give-up in this pass queues one (review21f).
            notices = [] if self.console else [n for n in self.store.due_notices(now) if n.id not in self._unrecorded_notices]
            if not self.store.due_deliveries(now, chats=self.chats, limit=1) and not notices:
                return total
            if self.monotonic() > deadline:
                log.warning("stopping with deliveries still due; the next run sends them")
                return total
            if report.sent == 0:
                await asyncio.sleep(0.2)

    async def _drain(self, max_wait: float) -> DrainReport:
        report = DrainReport()
        report.failed += self._settle()
        queues: dict[int, deque[Outgoing]] = {}
        for delivery in self.store.due_deliveries(self.clock(), chats=self.chats, limit=BATCH):
            if delivery.id not in self._unrecorded:
                queues.setdefault(delivery.chat_id, deque()).append(delivery)
        for delivery in self.store.due_edits(self.clock(), chats=self.chats, limit=BATCH):
            if delivery.id not in self._unrecorded:  # after the chat's new alerts: news first
                queues.setdefault(delivery.chat_id, deque()).append(delivery)
        for digest in self.store.due_digests(self.clock(), chats=self.chats):  # and the day's summary last
            queues.setdefault(digest.chat_id, deque()).append(digest)
        if not self.console:  # the admins' notices: stdout has no admins
            for notice in self.store.due_notices(self.clock()):
                if notice.id not in self._unrecorded_notices:
                    queues.setdefault(notice.chat_id, deque()).append(notice)
        ready = [(self.gate.chat_ready(chat), n, chat) for n, chat in enumerate(queues)]
        heapq.heapify(ready)
        order = len(ready)
        running: set[asyncio.Task[None]] = set()
        started = self.monotonic()
        self._wake.clear()

        async def send(delivery: Outgoing) -> None:
            nonlocal order
            try:
                if isinstance(delivery, DigestJob):
                    outcome = await self._send_digest(delivery)
                elif isinstance(delivery, Notice):
                    outcome = await self._send_notice(delivery)
                else:
                    outcome = await self._send_one(delivery)
            except Exception:  # a bug or a broken store: this row waits, the sender goes on
                outcome = self._held_back(delivery)
            finally:
                self._slots.release()
            report.count(outcome)
            queue = queues.get(delivery.chat_id)
            if outcome == "sent" and queue:
                heapq.heappush(ready, (self.gate.chat_ready(delivery.chat_id), order, delivery.chat_id))
                order += 1
            elif outcome == "throttled" and queue is not None and not isinstance(delivery, DigestJob):
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
                outgoing = queue.popleft()
                try:
                    decided = self._at_send(outgoing)
                except Exception:  # the same guard as a send's: this row and the chat's later ones wait
                    report.count(self._held_back(outgoing))
                    queues.pop(chat, None)
                    continue
                if isinstance(decided, str):  # nothing to ask Telegram: the chat's slot is not spent
                    report.count(decided)
                    if queue:
                        heapq.heappush(ready, (when, order, chat))
                        order += 1
                    continue
                outgoing = decided
                await self._slots.acquire()
                self.gate.take(chat, self.monotonic())
                running.add(asyncio.create_task(send(outgoing)))
        finally:
            if running:  # stopping: let the sends in flight finish and be recorded, briefly
                _, late = await asyncio.wait(running, timeout=STOP_GRACE)
                for task in late:
                    task.cancel()
        self._end_idle_streaks()  # rows withdrawn or given up in this pass end their chat's streak
        return report

    def _held_back(self, outgoing: Outgoing) -> str:
        """A bug or a broken store while handling one row: logged, the row waits a backoff
        (recorded if the store lets us), and the sender goes on with the other rows."""
        log.exception("unexpected error while delivering %s to %s", outgoing.id, outgoing.chat_id)
        with contextlib.suppress(Exception):
            when = self.clock() + _backoff(outgoing.attempts + 1)
            if isinstance(outgoing, DigestJob):
                self.store.retry_digest(outgoing.id, "unexpected error", when)
            elif isinstance(outgoing, Notice):
                self.store.retry_notice(outgoing.id, "unexpected error", when)
            else:
                self.store.mark_retry(outgoing.id, "unexpected error", when)
        return "retried"

    def _at_send(self, outgoing: Outgoing) -> Outgoing | str:
        """Decided at the send, not when the row was queued: the row to send (an alert perhaps
        readdressed to another watchlist that matched the same item), or the outcome of a row
        settled without asking Telegram. An alert the chat wants through none of the item's
        watchlists any more (it unsubscribed, muted itself, raised its lowest severity) is
        withdrawn (a mute keeps nothing, as for alerts that arrive during it); an edit that would
        show the text the message already shows is skipped."""
        if not isinstance(outgoing, Delivery):
            return outgoing
        if outgoing.edit_of is not None:
            if outgoing.shown_hash is None:
                return outgoing
            view = alert_view(outgoing, self._zone_of(outgoing.chat_id))
            if shown_digest(render_html(view), buttons(outgoing.id)) != outgoing.shown_hash:
                return outgoing
            self.store.mark_edited(outgoing.id, len(outgoing.sources), len(outgoing.marks))
            return "unchanged"
        owed = self._owed(outgoing)
        if not isinstance(owed, str):
            return owed
        title, chat = outgoing.title[:80], outgoing.chat_id
        log.info("not sending alert %s (%r) to chat %s: %s since it was queued", outgoing.id, title, chat, owed)
        self.store.withdraw(outgoing.id, owed)
        return "withdrawn"

    def _owed(self, delivery: Delivery) -> Delivery | str:
        """The alert as the chat is still owed it, or why it is owed through no watchlist now.

        A chat owed an item by two watchlists has one row, queued under the first: each
        watchlist that matched the item is asked again, with its own alert's severity. The row
        goes as it is while its own watchlist still stands, else as the first other one the chat
        still wants the item through (that watchlist's title, topic and later edits).

        Only the item's own alerts count, each under its watchlist's current id (a rename moves
        the alerts with it, `Store.rename_alerts`): a chat that left the watchlist is not owed the
        item through another watchlist that shares a place but would never have alerted it (other
        keywords, another severity). The ids are read afresh, so a rename during a pass counts."""
        if delivery.chat_id == CONSOLE_CHAT:  # stdout subscribes to nothing: it prints every alert
            return delivery
        fresh = self.store.item_alerts(delivery.id)
        own = next((c for c in fresh if c.alert_id == delivery.alert_id), None)
        own = own or ItemAlert(delivery.alert_id, delivery.watchlist, delivery.severity)
        choices = [own, *(c for c in fresh if c.alert_id != own.alert_id)]
        now, reasons = self.clock(), []
        for choice in choices:
            subscriber = self.store.subscriber(delivery.chat_id, choice.watchlist)
            if subscriber is None:
                reasons.append(f"unsubscribed from {choice.watchlist}")
            elif not wants(subscriber, choice.severity, now):
                why = refusal(subscriber, choice.severity, now) or "not wanted"
                single = len(choices) == 1 or why == "muted"  # a mute is the chat's, not a watchlist's
                reasons.append(why if single else f"{why} ({choice.watchlist}'s alert is {choice.severity})")
            elif choice is own:
                return delivery
            else:
                moved = self.store.readdress(delivery.id, choice.alert_id)
                if moved is None:  # no longer pending (settled meanwhile): nothing to send
                    break
                why = "; ".join(reasons)
                log.info("alert %s to chat %s goes as %s's (%s)", delivery.id, delivery.chat_id, choice.watchlist, why)
                return moved
        return "; ".join(dict.fromkeys(reasons)) or "no longer pending"

    def _settle(self) -> int:
        """Housekeeping before a pass: record sends whose recording failed, expire stale rows.
        Returns how many rows expired."""
        for delivery_id, message_id in list(self._unrecorded.items()):
            try:
                self.store.mark_sent(delivery_id, message_id, self.clock())
                del self._unrecorded[delivery_id]
            except Exception:
                log.exception("still cannot record delivery %s as sent", delivery_id)
        for notice_id, sent in list(self._unrecorded_notices.items()):
            try:
                self.store.notice_sent(notice_id, sent)
                del self._unrecorded_notices[notice_id]
            except Exception:
                log.exception("still cannot record notice %s as sent", notice_id)
        given_up = self.store.expire_pending(self.clock() - GIVE_UP_AFTER, among=self._failed_here)
        expired = len(given_up)
        self._end_idle_streaks()
        for chat_id, last_error in dict(given_up).items():  # one line per chat, with its last error
            chat_count = sum(1 for chat, _ in given_up if chat == chat_id)
            log.error(
                "giving up on %d deliveries to chat %s still pending a day after they were queued: %s",
                chat_count,
                chat_id,
                last_error,
            )
        if expired:
            self._notices.append(f"{expired} alerts could not be delivered within a day and were given up; see /status.")
        return expired

    async def _edit_one(self, delivery: Delivery) -> str:
        """Show a story's new sources in the message already sent. An edit that cannot be made
        (the message was deleted) is given up quietly: the alert itself was delivered."""
        view = alert_view(delivery, self._zone_of(delivery.chat_id))
        html, keys = render_html(view), buttons(delivery.id)
        try:
            await self._edit(delivery.chat_id, delivery.edit_of or 0, html, render_text(view), keys)
        except NotModified:
            pass  # the message already shows this text: the edit's purpose is met, never retried
        except Throttled as fault:
            self._throttled(delivery.chat_id, fault)
            return "throttled"
        except ChatMoved as fault:
            self.store.give_up_edits(delivery.id, str(fault))
            return "failed"
        except ChatGone as fault:
            self._deactivate(delivery.chat_id, fault)
            return "failed"
        except Rejected as fault:
            log.warning("cannot edit alert message %s in chat %s: %s", delivery.edit_of, delivery.chat_id, fault)
            self.store.give_up_edits(delivery.id, str(fault))
            return "failed"
        except Transient as fault:
            log.info("editing alert message %s in chat %s failed (%s); retrying", delivery.edit_of, delivery.chat_id, fault)
            self.store.retry_edit(delivery.id, self.clock() + _backoff(delivery.attempts + 1))
            return "retried"
        self._sent_again(delivery.chat_id)
        self.store.mark_edited(delivery.id, len(delivery.sources), len(delivery.marks), shown_digest(html, keys))
        return "sent"

    async def _send_one(self, delivery: Delivery) -> str:
        if delivery.edit_of is not None:
            return await self._edit_one(delivery)
        store, clock = self.store, self.clock
        view = replace(alert_view(delivery), sent_at=clock())
        quiet = self._silent(delivery)
        html, keys = render_html(view), buttons(delivery.id)
        try:
            message_id = await self._send(delivery.chat_id, html, render_text(view), delivery.thread_id, quiet, keys)
        except Throttled as fault:
            self._failed_here.add(delivery.id)  # tried and refused: a day of 429s still expires it
            self._throttled(delivery.chat_id, fault)
            return "throttled"
        except ChatMoved as fault:
            log.info("chat %s became %s; following it", delivery.chat_id, fault.new_chat_id)
            store.migrate_chat(delivery.chat_id, fault.new_chat_id)
            return "retried"
        except ChatGone as fault:
            self._deactivate(delivery.chat_id, fault)
            await self._tell(f"Chat {delivery.chat_id} blocked or removed the bot: no alerts go there until it sends /start.")
            return "failed"
        except (Rejected, Transient) as fault:
            # A transient fault (a timeout, a 5xx) is worth retrying for a day; a rejection never heals.
            # This attempt failed in this process: a day-old alert (from its queueing) is given up.
            expired = delivery.created is not None and clock() - delivery.created > GIVE_UP_AFTER
            if isinstance(fault, Rejected) or expired:
                self._failed_here.discard(delivery.id)
                log.error("giving up on delivery %s to %s: %s", delivery.id, delivery.chat_id, fault)
                store.mark_failed(delivery.id, str(fault))
                await self._tell(f"Gave up on an alert to chat {delivery.chat_id} ({delivery.title[:80]!r}): {fault}")
                return "failed"
            self._failed_here.add(delivery.id)
            self._failed_try(delivery.chat_id, fault)
            store.mark_retry(delivery.id, str(fault), clock() + _backoff(delivery.attempts + 1))
            return "retried"
        self._sent_again(delivery.chat_id)
        self._failed_here.discard(delivery.id)
        try:
            shown = max(1, len(delivery.sources))
            store.mark_sent(delivery.id, message_id, clock(), shown=shown, shown_hash=shown_digest(html, keys))
        except Exception:
            # Telegram has it; only our record failed. Never send it again from this process.
            log.exception("sent delivery %s but could not record it; will record it later", delivery.id)
            self._unrecorded[delivery.id] = message_id
        return "sent"

    async def _send_digest(self, job: DigestJob) -> str:
        """A chat's daily digest: the chart with its caption, then any overflow as text. Built
        at the send from what the chat was sent, so a digest delayed by a retry is still current.
        Each part is recorded as it goes: a retry never sends the chart twice."""
        now = self.clock()
        zone = self._zone_of(job.chat_id)
        chat = self.store.chat(job.chat_id)
        alerts = self.store.digest_alerts(job.chat_id, now - DIGEST_LOOKBACK)
        # The chart takes matplotlib a few hundred milliseconds: off the event loop.
        digest = await asyncio.to_thread(build_digest, alerts, now, zone, chat.title if chat else None)
        quiet = silent(self.store.chat_settings(job.chat_id).quiet, zone, "low", now)
        try:
            if job.stage == 0:
                if digest.chart_png is None:
                    await self._send(job.chat_id, digest.caption_html, digest.text, None, quiet)
                else:
                    await self._send_photo(job.chat_id, digest.chart_png, digest.caption_html, quiet)
                self.store.digest_progress(job.id, 1, self.clock(), done=digest.overflow_html is None)
            if digest.overflow_html is not None:
                await self._send(job.chat_id, digest.overflow_html, plain_text(digest.overflow_html), None, quiet)
                self.store.digest_progress(job.id, 2, self.clock(), done=True)
        except Throttled as fault:
            self._throttled(job.chat_id, fault)
            self.store.retry_digest(job.id, str(fault), self.clock() + timedelta(seconds=fault.retry_after))
            return "throttled"  # its retry is recorded: the row is read afresh, stage and all
        except ChatMoved as fault:
            self.store.migrate_chat(job.chat_id, fault.new_chat_id)
            self.store.fail_digest(job.id, str(fault))
            return "failed"
        except ChatGone as fault:
            self._deactivate(job.chat_id, fault)
            self.store.fail_digest(job.id, str(fault))
            return "failed"
        except (Rejected, Transient) as fault:
            # A digest hours late is yesterday's news: a transient fault is retried for a while only.
            if isinstance(fault, Rejected) or now - job.created > DIGEST_GIVE_UP_AFTER:
                log.error("giving up on the digest for chat %s: %s", job.chat_id, fault)
                self.store.fail_digest(job.id, str(fault))
                return "failed"
            self.store.retry_digest(job.id, str(fault), now + _backoff(job.attempts + 1))
            return "retried"
        self._sent_again(job.chat_id)
        return "sent"

    async def _send_notice(self, notice: Notice) -> str:
        """A notice to an admin, as plain text. Retried like an alert (a 429 waits, an outage is
        ridden out for a day); given up without telling the admins, which would only queue
        another notice to the same unreachable chats."""
        repeats = f" (x{notice.repeats})" if notice.repeats > 1 else ""
        try:
            await self.sender.send(notice.chat_id, None, notice.text[: 4000 - len(repeats)] + repeats)
        except Throttled as fault:
            self._throttled(notice.chat_id, fault)
            return "throttled"
        except (ChatMoved, ChatGone, Rejected) as fault:
            log.warning("could not tell admin %s (%s); the notice is given up", notice.chat_id, fault)
            self.store.fail_notice(notice.id, str(fault))
            return "failed"
        except Transient as fault:
            if self.clock() - notice.created > GIVE_UP_AFTER:
                log.error("giving up on a notice to admin %s after a day: %s", notice.chat_id, fault)
                self.store.fail_notice(notice.id, str(fault))
                return "failed"
            self._failed_try(notice.chat_id, fault)
            self.store.retry_notice(notice.id, str(fault), self.clock() + _backoff(notice.attempts + 1))
            return "retried"
        self._sent_again(notice.chat_id)
        sent = self.clock()
        try:
            self.store.notice_sent(notice.id, sent)
        except Exception:  # the admin has it; only our record failed: never send it again from this process
            log.exception("sent notice %s but could not record it; will record it later", notice.id)
            self._unrecorded_notices[notice.id] = sent
        return "sent"

    async def _send_photo(self, chat_id: int, png: bytes, caption_html: str, quiet: bool) -> int | None:
        try:
            return await self.sender.send_photo(chat_id, png, caption_html, plain_text(caption_html), quiet)
        except HtmlRefused as fault:
            log.warning("Telegram refused the HTML of a digest to %s (%s); sending plain text", chat_id, fault)
            return await self.sender.send_photo(chat_id, png, None, plain_text(caption_html), quiet)

    def _silent(self, delivery: Delivery) -> bool:
        """Decided now, at the send, not when the alert was queued: an alert queued at 21:59 and
        sent at 22:01 (after a retry, a flood wait) falls in the quiet hours."""
        settings = self.store.chat_settings(delivery.chat_id)
        return silent(settings.quiet, settings.timezone or self.zone(), delivery.severity, self.clock())

    def _zone_of(self, chat_id: int) -> str:
        return self.store.chat_settings(chat_id).timezone or self.zone()

    async def _send(
        self, chat_id: int, html: str, text: str, thread_id: int | None, quiet: bool = False, keys: Buttons = ()
    ) -> int | None:
        try:
            return await self.sender.send(chat_id, html, text, thread_id, quiet, keys)
        except HtmlRefused as fault:
            log.warning("Telegram refused the HTML of a message to %s (%s); sending plain text", chat_id, fault)
            return await self.sender.send(chat_id, None, text, thread_id, quiet, keys)

    async def _edit(self, chat_id: int, message_id: int, html: str, text: str, keys: Buttons = ()) -> None:
        try:
            await self.sender.edit(chat_id, message_id, html, text, keys)
        except HtmlRefused:
            await self.sender.edit(chat_id, message_id, None, text, keys)

    def _failed_try(self, chat_id: int, fault: DeliveryFault) -> None:
        """A send that will be retried (a 5xx, a timeout, the network): one WARNING when a chat's
        sends start failing, not one per try, so an outage is seen at the default log level
        without a line per row and retry; the rest of the streak at DEBUG."""
        if chat_id in self._failing:
            log.debug("sending to chat %s failed again (%s); retrying", chat_id, fault)
            return
        self._failing.add(chat_id)
        log.warning("cannot deliver to chat %s: %s; retrying with backoff (said once until a send succeeds)", chat_id, fault)

    def _sent_again(self, chat_id: int) -> None:
        """The end of a chat's failure streak, if it had one."""
        if chat_id in self._failing:
            self._failing.discard(chat_id)
            log.info("delivering to chat %s works again", chat_id)

    def _end_idle_streaks(self) -> None:
        """A streak lasts while the chat has something queued that failed: once nothing is queued
        for it (its rows withdrawn, given up, or dropped with the chat), the streak is over
        without a successful send, and a later outage warns again rather than at DEBUG only."""
        if not self._failing:
            return
        waiting = self.store.chats_waiting(self._failing)
        for chat_id in self._failing - waiting:
            self._failing.discard(chat_id)
            log.info("nothing is queued for chat %s any more; its next failed send is warned again", chat_id)

    def _deactivate(self, chat_id: int, fault: ChatGone) -> None:
        """Its queue goes too: when the chat comes back, months-old alerts would be noise."""
        log.warning("chat %s blocked or removed the bot (%s); deactivating it", chat_id, fault)
        self.store.set_chat_active(chat_id, False)
        self.store.fail_chat_queue(chat_id, f"forbidden: {fault}")

    def _throttled(self, chat_id: int, fault: Throttled) -> None:
        """A 429: wait exactly `retry_after`, for the chat, or for the whole bot when several
        chats are throttled at once (Telegram then limits the bot, not one chat)."""
        seconds = fault.retry_after
        now = self.monotonic()
        self._recent_429 = {c: t for c, t in self._recent_429.items() if now - t < 1.0}
        self._recent_429[chat_id] = now
        if fault.whole_bot or len(self._recent_429) >= 3:
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
