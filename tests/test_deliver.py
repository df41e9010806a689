"""The outbox drain against the fake Telegram API, with the real python-telegram-bot Bot."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot

from bot.audience import parse_clock_time, parse_quiet_hours
from bot.deliver import Deliverer
from bot.parse import Item
from bot.records import TELEGRAM_CHATS, AlertMatch, NewAlert
from bot.store import Store
from bot.telegram.sender import TelegramSender
from tests.conftest import BOT_TOKEN
from tests.support.fake_telegram import FakeTelegram

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand, for timestamps and for the flood gate alike."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        """Real time, so the gate's 1/30 s spacing passes, plus however far the test moved the clock."""
        return time.monotonic() + (self.now - NOW).total_seconds()


def deliverer_for(store: Store, bot: Bot, clock: Clock) -> Deliverer:
    return Deliverer(store, TelegramSender(bot), False, clock, monotonic=clock.monotonic)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "alerts.db")
    yield s
    s.close()


def queue_alert(
    store: Store,
    chats: list[int],
    title: str = "Gunfire at Bamako airport",
    n: int = 1,
    now: datetime = NOW,
    severity: str = "high",
) -> None:
    """Queue one alert at `now`: tests whose deliverer reads the real clock must pass the real time,
    or a day after NOW their deliveries are given up as stale."""
    for chat in chats:
        store.register_chat(chat, "private" if chat > 0 else "supergroup", None, None, now)
        store.subscribe(chat, "bamako", now)
    item = Item("Wire", f"g{n}", f"https://example.org/{n}", title, "Shots & smoke <seen>.", now)
    alert = NewAlert("bamako", "Bamako", severity, (AlertMatch("Bamako airport"),), chats)
    store.record_item(item, [f"guid:Wire:g{n}"], now, True, [alert])


def statuses(store: Store) -> list[tuple[int, str, int]]:
    return [tuple(r) for r in store.db.execute("SELECT chat_id, status, attempts FROM deliveries ORDER BY id")]


def migrated(old: int, new: int):
    """Telegram's answer to a send to a group that became a supergroup."""
    answer = (
        400,
        {
            "ok": False,
            "error_code": 400,
            "description": "Bad Request: group chat was upgraded to a supergroup chat",
            "parameters": {"migrate_to_chat_id": new},
        },
    )
    return lambda method, params: answer if method == "sendMessage" and params["chat_id"] == str(old) else None


def fail_once(method: str, status: int, answer: dict[str, Any]):
    fired = []

    def fault(called: str, params: dict[str, Any]):
        if called == method and not fired:
            fired.append(params)
            return status, answer
        return None

    return fault


async def test_sends_and_marks_sent_only_after_telegram_confirms(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    queue_alert(store, [501, 502])
    clock = Clock()
    report = await deliverer_for(store, bot, clock).drain()
    assert (report.sent, report.retried, report.failed) == (2, 0, 0)
    assert statuses(store) == [(501, "sent", 1), (502, "sent", 1)]
    [message] = tg.sent(501)
    assert message["parse_mode"] == "HTML"
    assert "Shots &amp; smoke &lt;seen&gt;." in message["text"]
    assert store.db.execute("SELECT message_id FROM deliveries WHERE chat_id = 501").fetchone()[0] > 0


async def test_flood_control_waits_exactly_retry_after(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    tg.faults.append(
        fail_once(
            "sendMessage",
            429,
            {
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests: retry after 7",
                "parameters": {"retry_after": 7},
            },
        )
    )
    queue_alert(store, [501, 502])
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    first = await deliverer.drain()
    assert (first.sent, first.throttled) == (1, 1), "the throttled chat waits; the other chat does not"
    assert len(tg.sent(502)) == 1
    clock.now = NOW + timedelta(seconds=6)
    assert (await deliverer.drain()).sent == 0
    clock.now = NOW + timedelta(seconds=7)
    assert (await deliverer.drain()).sent == 1, "exactly retry_after later"
    assert [s for _, s, _ in statuses(store)] == ["sent", "sent"]
    assert [m["chat_id"] for m in tg.sent(501)] == ["501", "501"]


async def test_blocked_chat_is_deactivated_and_others_still_get_theirs(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    tg.faults.append(
        lambda m, p: (
            (403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
            if m == "sendMessage" and p["chat_id"] == "501"
            else None
        )
    )
    queue_alert(store, [501, 502])
    report = await deliverer_for(store, bot, Clock()).drain()
    assert (report.sent, report.failed) == (1, 1)
    chat = store.chat(501)
    assert chat is not None and not chat.active
    assert [s.chat_id for s in store.subscribers("bamako")] == [502]
    store.register_chat(501, "private", None, 501, NOW)  # what /start does
    assert [s.chat_id for s in store.subscribers("bamako")] == [501, 502]


async def test_migrated_group_is_followed_to_its_new_id(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    tg.faults.append(migrated(-555, -1009999))
    queue_alert(store, [-555])
    store.set_timezone(-555, "Africa/Bamako")
    store.set_quiet_hours(-555, parse_quiet_hours("22:00-06:00"))
    store.set_min_severity(-555, "medium")
    store.set_digest_time(-555, parse_clock_time("07:00"), NOW)
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    await deliverer.drain()
    await deliverer.drain()
    assert len(tg.sent(-1009999)) == 1
    assert [s.chat_id for s in store.subscribers("bamako")] == [-1009999]
    assert statuses(store) == [(-1009999, "sent", 1)]
    assert store.chat_settings(-1009999) == store.chat_settings(-555), "its settings went with it"
    assert store.chat_settings(-1009999).digest_at == parse_clock_time("07:00")


async def test_html_refused_by_telegram_is_resent_as_plain_text(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    tg.faults.append(
        fail_once(
            "sendMessage",
            400,
            {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: can't parse entities: unsupported start tag",
            },
        )
    )
    queue_alert(store, [501])
    report = await deliverer_for(store, bot, Clock()).drain()
    assert report.sent == 1
    refused, plain = tg.sent(501)
    assert refused["parse_mode"] == "HTML"
    assert "parse_mode" not in plain and plain["text"].startswith("[HIGH] Bamako")


async def test_server_errors_are_retried_with_backoff_not_lost(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    tg.faults.append(fail_once("sendMessage", 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}))
    queue_alert(store, [501])
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    assert (await deliverer.drain()).retried == 1
    assert statuses(store) == [(501, "pending", 1)]
    clock.now = NOW + timedelta(seconds=3)  # the first backoff is at most 2s
    assert (await deliverer.drain()).sent == 1
    assert statuses(store) == [(501, "sent", 2)]


async def test_one_message_a_second_per_chat(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    queue_alert(store, [501], n=1)
    queue_alert(store, [501], n=2)
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    assert (await deliverer.drain()).sent == 1
    clock.now = NOW + timedelta(milliseconds=500)
    assert (await deliverer.drain()).sent == 0
    clock.now = NOW + timedelta(seconds=1)
    assert (await deliverer.drain()).sent == 1


async def test_a_delivery_failing_for_a_day_is_given_up_not_before(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    outage = (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
    tg.faults.append(lambda m, p: outage if m == "sendMessage" else None)
    queue_alert(store, [501])
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    for hour in range(0, 24, 2):  # a long outage: retried again and again, never dropped
        clock.now = NOW + timedelta(hours=hour)
        await deliverer.drain()
    assert [s for _, s, _ in statuses(store)] == ["pending"]
    clock.now = NOW + timedelta(days=1, minutes=1)
    assert (await deliverer.drain()).failed == 1
    assert statuses(store)[0][1] == "failed"
    assert store.queue_health()[1] == 1


async def test_a_migrated_config_group_keeps_its_alerts_after_a_restart(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    tg.faults.append(migrated(-555, -1009999))
    store.sync_static_chats({"bamako": [(-555, None)]}, NOW)
    queue_alert(store, [-555])
    deliverer = deliverer_for(store, bot, Clock())
    await deliverer.drain()
    await deliverer.drain()
    moved = store.sync_static_chats({"bamako": [(-555, None)]}, NOW)  # a restart with the old id still in config.yaml
    assert moved == {-555: -1009999}
    assert [s.chat_id for s in store.subscribers("bamako")] == [-1009999]


async def test_a_migration_onto_a_chat_already_owed_the_alert_sends_it_once(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    tg.faults.append(migrated(-555, -1009999))
    queue_alert(store, [-555, -1009999])
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    for second in range(10):
        clock.now = NOW + timedelta(seconds=3 * second)
        await deliverer.drain()
    assert len(tg.sent(-555)) == 1, "the old id is tried once, not again and again"
    assert len(tg.sent(-1009999)) == 1
    assert sorted(s for _, s, _ in statuses(store)) == ["sent", "superseded"]


async def test_a_backlog_for_one_chat_does_not_hold_back_a_new_alert_for_another(
    tg: FakeTelegram, bot: Bot, store: Store
) -> None:
    for n in range(60):
        queue_alert(store, [501], title=f"Backlog {n}", n=n, now=datetime.now(UTC))
    deliverer = Deliverer(store, TelegramSender(bot), False, lambda: datetime.now(UTC))
    sender = asyncio.create_task(deliverer.run())
    try:
        await asyncio.sleep(1.5)
        queue_alert(store, [7], title="Urgent for chat seven", n=999, now=datetime.now(UTC))
        deliverer.wake()
        started = time.monotonic()
        while not tg.sent(7):
            assert time.monotonic() - started < 5, "the new alert waited behind another chat's backlog"
            await asyncio.sleep(0.05)
    finally:
        sender.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await sender
    assert len(tg.sent(501)) < 60, "the backlog was still draining at one a second"


async def test_a_chats_alerts_keep_their_order_through_a_failure(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    tg.faults.append(fail_once("sendMessage", 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}))
    for n in range(4):
        queue_alert(store, [501], title=f"Alert number {n}", n=n)
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    for step in range(12):
        clock.now = NOW + timedelta(seconds=2 * step)
        await deliverer.drain()
    delivered = [m["text"].split("Alert number ")[1][0] for m in tg.sent(501)[1:]]  # the first call was the 502
    assert delivered == ["0", "1", "2", "3"]


async def test_a_send_whose_recording_fails_is_never_sent_again(
    tg: FakeTelegram, bot: Bot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    queue_alert(store, [501])
    real_mark_sent = store.mark_sent
    failures = [sqlite3.OperationalError("database or disk is full")]

    def flaky(delivery_id: int, message_id: int | None, now: datetime) -> None:
        if failures:
            raise failures.pop()
        real_mark_sent(delivery_id, message_id, now)

    monkeypatch.setattr(store, "mark_sent", flaky)
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    for step in range(5):
        clock.now = NOW + timedelta(seconds=2 * step)
        await deliverer.drain()
    assert len(tg.sent(501)) == 1
    assert statuses(store) == [(501, "sent", 1)]


async def test_a_blocked_chat_loses_its_whole_queue_not_just_one_alert(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    blocked = (403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})
    tg.faults.append(lambda m, p: blocked if m == "sendMessage" else None)
    for n in range(3):
        queue_alert(store, [501], n=n)
    await deliverer_for(store, bot, Clock()).drain()
    assert [s for _, s, _ in statuses(store)] == ["blocked", "blocked", "blocked"]
    assert store.queue_health()[:2] == (0, 0) and store.queue_health().blocked == 3, "counted apart, not as failures"
    store.register_chat(501, "private", None, 501, NOW)  # /start months later brings nothing stale
    assert store.due_deliveries(NOW + timedelta(days=200), TELEGRAM_CHATS) == []


async def test_stopping_lets_the_sends_in_flight_finish_and_be_recorded(store: Store) -> None:
    with FakeTelegram(BOT_TOKEN, latency=0.5) as slow:
        async with Bot(BOT_TOKEN, base_url=f"{slow.url}/bot") as bot:
            queue_alert(store, [501, 502, 503], now=datetime.now(UTC))
            deliverer = Deliverer(store, TelegramSender(bot), False, lambda: datetime.now(UTC))
            sender = asyncio.create_task(deliverer.run())
            await asyncio.sleep(0.3)  # the three sends are in flight
            sender.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sender
    accepted = {chat for chat, _ in slow.accepted}
    recorded = {chat for chat, status, _ in statuses(store) if status == "sent"}
    assert accepted == {501, 502, 503}
    assert recorded == accepted, "what Telegram accepted before the stop is recorded, so a restart does not resend it"


async def test_a_static_chat_can_target_a_forum_topic(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    store.sync_static_chats({"bamako": [(-100777, 42)]}, NOW)
    item = Item("Wire", "t1", None, "Gunfire at Bamako airport", "", NOW)
    store.record_item(item, ["guid:Wire:t1"], NOW, True, [NewAlert("bamako", "Bamako", "high", (), [-100777])])
    await deliverer_for(store, bot, Clock()).drain()
    [message] = tg.sent(-100777)
    assert message["message_thread_id"] == "42"


def _silenced(message: dict[str, Any]) -> bool:
    """What PTB put in the request: a form value "true"/"false" (or a JSON bool)."""
    return message.get("disable_notification") in ("true", True)


async def test_quiet_hours_silence_alerts_below_critical_when_they_are_sent(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    """The chat's quiet hours are 22:00-06:00 in Bamako (UTC+0); chat 502 has none. The clock is
    the test's: an alert queued at 21:50 and sent at 22:01 is decided at the send."""
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    queued = NOW.replace(hour=21, minute=50)
    queue_alert(store, [501, 502], "Gunfire at Bamako airport", n=1, now=queued)
    store.set_timezone(501, "Africa/Bamako")
    store.set_quiet_hours(501, parse_quiet_hours("22:00-06:00"))
    clock.now = NOW.replace(hour=22, minute=1)
    await deliverer.drain()
    [quiet] = tg.sent(501)
    assert _silenced(quiet), "queued before 22:00, sent after: silent"
    assert not _silenced(tg.sent(502)[0]), "no quiet hours: it rings"

    clock.now = NOW.replace(hour=23)
    queue_alert(store, [501], "Gunmen attack Bamako airport", n=2, now=clock.now, severity="critical")
    await deliverer.drain()
    assert not _silenced(tg.sent(501)[-1]), "a critical alert rings even in quiet hours"

    clock.now = NOW + timedelta(hours=22)  # 07:00 the next morning
    queue_alert(store, [501], "Protest near Bamako airport", n=3, now=clock.now)
    await deliverer.drain()
    assert not _silenced(tg.sent(501)[-1]), "after 06:00 alerts ring again"
    assert [m["text"].count("Bamako airport") > 0 for m in tg.sent(501)] == [True, True, True], "nothing held back"


async def test_quiet_hours_follow_the_configured_zone_until_the_chat_sets_its_own(
    tg: FakeTelegram, bot: Bot, store: Store
) -> None:
    """17:00 UTC is 22:30 in Kolkata (UTC+5:30), the config's default zone here."""
    clock = Clock()
    clock.now = NOW.replace(hour=17)
    deliverer = Deliverer(store, TelegramSender(bot), False, clock, monotonic=clock.monotonic, zone=lambda: "Asia/Kolkata")
    queue_alert(store, [501], n=1, now=clock.now)
    store.set_quiet_hours(501, parse_quiet_hours("22:00-06:00"))
    await deliverer.drain()
    assert _silenced(tg.sent(501)[-1])
    store.set_timezone(501, "Africa/Bamako")  # 17:00 there
    queue_alert(store, [501], "Gunmen attack Bamako airport", n=2, now=clock.now)
    clock.now += timedelta(seconds=2)  # the chat's one message a second
    await deliverer.drain()
    assert not _silenced(tg.sent(501)[-1])
