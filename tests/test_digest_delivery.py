"""The daily digest on its schedule and through the outbox: a real alerts.db, the real
python-telegram-bot client and the fake Bot API, and a clock the test drives (no day is slept
through). Its contents (counts, ranking, the chart) are `tests/test_digest.py`'s."""

from __future__ import annotations

import struct
import time as _time
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from telegram import Bot

from bot.deliver import Deliverer
from bot.digest_schedule import owed_day, queue_due_digests
from bot.parse import Item
from bot.records import AlertMatch, NewAlert
from bot.store import Store
from bot.telegram.sender import TelegramSender
from tests.support.fake_telegram import FakeTelegram

CHAT = 222
KATHMANDU = "Asia/Kathmandu"  # UTC+05:45: a day boundary no whole-hour zone has
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class Clock:
    """Any start: the schedule is read relative to it, so the test passes on any date."""

    def __init__(self, now: datetime) -> None:
        self.now = self.start = now

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        """Real time plus however far the test moved the clock, for the flood gate's spacing."""
        return _time.monotonic() + (self.now - self.start).total_seconds()


def local(day: datetime, hour: int, minute: int, zone: str = KATHMANDU) -> datetime:
    """That wall-clock time in `zone`, on `day`'s date there, as an aware UTC moment."""
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone)
    return datetime.combine(day.astimezone(tz).date(), time(hour, minute), tzinfo=tz).astimezone(UTC)


def alert(store: Store, n: int, when: datetime, chats: list[int], title: str, watchlist: str = "bamako") -> None:
    item = Item("Wire", f"g{n}", f"https://example.org/{n}", title, "", when)
    match = AlertMatch("Bamako airport")
    store.record_item(item, [f"guid:Wire:g{n}"], when, True, [NewAlert(watchlist, watchlist.title(), "high", (match,), chats)])


def png_size(png: bytes) -> tuple[int, int]:
    assert png.startswith(PNG_SIGNATURE), "a real PNG file"
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk comes first
    return width, height


async def test_the_digest_goes_at_the_chats_time_once_a_day_even_across_a_restart(
    tmp_path: Path, tg: FakeTelegram, bot: Bot
) -> None:
    start = datetime.now(UTC).replace(microsecond=0)
    clock = Clock(local(start, 12, 0) - timedelta(days=1))  # noon yesterday in Kathmandu
    db = tmp_path / "alerts.db"
    store = Store(db)
    store.register_chat(CHAT, "private", None, CHAT, clock())
    store.set_timezone(CHAT, KATHMANDU)
    store.set_digest_time(CHAT, time(7, 0), clock())
    # Three alerts of the last day and one four days ago; they were sent to the chat.
    for n, hours_ago in enumerate((2, 5, 9, 96)):
        alert(store, n, local(start, 6, 0) - timedelta(hours=hours_ago), [CHAT], f"Gunfire near Bamako airport, report {n}")
    store.db.execute("UPDATE deliveries SET status = 'sent', message_id = 1")
    deliverer = Deliverer(store, TelegramSender(bot), False, clock, clock.monotonic, zone=lambda: "UTC")

    clock.now = local(start, 6, 59)
    assert queue_due_digests(store, clock(), "UTC") == [], "06:59 in Kathmandu: not yet"
    clock.now = local(start, 7, 0) + timedelta(seconds=30)
    assert queue_due_digests(store, clock(), "UTC") == [CHAT]
    await deliverer.drain()
    [(chat, png, caption)] = tg.photos
    assert chat == CHAT
    assert png_size(png) == (1000, 800)
    assert "<b>3 alerts</b> in the last 24 hours" in caption, "the alert four days ago is in the chart, not the count"
    assert "Gunfire near Bamako airport, report 0" in caption

    clock.now = local(start, 7, 5)
    assert queue_due_digests(store, clock(), "UTC") == [], "once a day"
    store.close()
    store = Store(db)  # a restart: a new process reads what was recorded
    deliverer = Deliverer(store, TelegramSender(bot), False, clock, clock.monotonic, zone=lambda: "UTC")
    clock.now = local(start, 7, 10)
    assert queue_due_digests(store, clock(), "UTC") == [], "a restart does not send a second digest the same day"
    await deliverer.drain()
    assert len(tg.photos) == 1

    clock.now = local(start, 7, 1) + timedelta(days=1)
    assert queue_due_digests(store, clock(), "UTC") == [CHAT], "and the next day's comes the next day"
    await deliverer.drain()
    assert len(tg.photos) == 1, "a day without alerts is one line of text, no chart"
    quiet_day = tg.wait_for_message(CHAT, "No alerts in the last 24 hours")
    assert "(4 in the last 7 days)" in quiet_day["text"]
    store.close()


async def test_overflow_follows_the_photo_and_a_retry_never_sends_the_photo_twice(
    tmp_path: Path, tg: FakeTelegram, bot: Bot
) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    clock = Clock(now)
    store = Store(tmp_path / "alerts.db")
    store.register_chat(CHAT, "private", None, CHAT, now)
    for n in range(40):
        alert(
            store, n, now - timedelta(minutes=n + 1), [CHAT], f"Story {n}: armed men attack a checkpoint on the airport road " * 2
        )
    store.db.execute("UPDATE deliveries SET status = 'sent', message_id = 1")
    failures = {"left": 1}

    def overflow_fails_once(method: str, params: dict[str, object]) -> tuple[int, dict[str, object]] | None:
        if method == "sendMessage" and "More stories" in str(params.get("text")) and failures["left"]:
            failures["left"] -= 1
            return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}
        return None

    tg.faults.append(overflow_fails_once)
    assert store.queue_digest(CHAT, None, now)
    deliverer = Deliverer(store, TelegramSender(bot), False, clock, monotonic=clock.monotonic)
    await deliverer.drain()
    assert len(tg.photos) == 1 and not tg.accepted, "the chart went; its overflow failed"
    clock.now = now + timedelta(minutes=15)
    await deliverer.drain()
    assert len(tg.photos) == 1, "the retry sends only what was left"
    [(chat, overflow)] = tg.accepted
    assert chat == CHAT and overflow.startswith("<b>More stories")
    assert "Story 6:" in overflow and "… and 12 more stories" in overflow, "whole lines, the rest counted"
    assert store.db.execute("SELECT status, stage FROM digests").fetchall() == [("sent", 2)]
    store.close()


async def test_a_chat_that_blocked_the_bot_gets_no_digest_and_is_deactivated(tmp_path: Path, tg: FakeTelegram, bot: Bot) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    store = Store(tmp_path / "alerts.db")
    store.register_chat(CHAT, "private", None, CHAT, now)
    alert(store, 1, now - timedelta(hours=1), [CHAT], "Gunfire at Bamako airport")
    tg.faults.append(
        lambda method, params: (
            (403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
            if method == "sendPhoto"
            else None
        )
    )
    store.db.execute("UPDATE deliveries SET status = 'sent', message_id = 1")
    store.queue_digest(CHAT, None, now)
    await Deliverer(store, TelegramSender(bot), False, Clock(now)).drain()
    assert store.chat(CHAT) is not None and not store.chat(CHAT).active
    assert store.db.execute("SELECT status FROM digests").fetchall() == [("failed",)]
    store.close()


@pytest.mark.parametrize(
    ("at", "set_at", "now", "owed"),
    [
        # Europe/Paris: 07:00 is 06:00 UTC in winter and 05:00 UTC in summer.
        (time(7), datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 29, 5, 0, tzinfo=UTC), "2026-03-29"),
        (time(7), datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 29, 4, 59, tzinfo=UTC), None),  # 06:59 CEST
        (time(7), datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 10, 25, 5, 59, tzinfo=UTC), None),
        (time(7), datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 10, 25, 6, 0, tzinfo=UTC), "2026-10-25"),
        # set at 09:00 for 07:00: the first digest is tomorrow's, not one at once
        (time(7), datetime(2026, 3, 2, 8, 0, tzinfo=UTC), datetime(2026, 3, 2, 8, 1, tzinfo=UTC), None),
        # across midnight: 23:30's digest, asked for at 00:10, is yesterday's slot
        (time(23, 30), datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 2, 23, 10, tzinfo=UTC), "2026-03-02"),
        # the bot was down for the slot: late by up to six hours, then skipped
        (time(7), datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 2, 11, 59, tzinfo=UTC), "2026-03-02"),
        (time(7), datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 3, 2, 12, 1, tzinfo=UTC), None),
    ],
)
def test_the_slot_is_on_the_chats_clock(at: time, set_at: datetime, now: datetime, owed: str | None) -> None:
    assert owed_day(at, set_at, "Europe/Paris", now) == owed
