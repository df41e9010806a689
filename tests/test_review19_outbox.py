"""Review 19's findings on the outbox, each a test that failed before its fix. Real SQLite, the
fake Telegram API on loopback, a clock the test moves; the running bot for /status."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot

from bot.parse import Item
from bot.records import AlertMatch, NewAlert, Subscriber
from bot.store import Store
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, rss
from tests.test_deliver import NOW, Clock, deliverer_for, queue_alert, statuses
from tests.test_end_to_end import ADMIN, TOKEN, start_bot, stop, write_config

# review19c -------------------------------------------------------------------------------------

BAD_GATEWAY = (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "alerts.db")
    yield s
    s.close()


def _owed_twice(store: Store, chat: int, first: str = "high", second: str = "high") -> None:
    """One item matched by two watchlists the chat follows: one row, queued under the first."""
    store.register_chat(chat, "private", None, None, NOW)
    store.subscribe(chat, "bamako", NOW)
    store.subscribe(chat, "mali", NOW)
    item = Item("Wire", "g1", "https://example.org/1", "Gunfire at Bamako airport", "Shots.", NOW)
    alerts = [
        NewAlert("bamako", "Bamako", first, (AlertMatch("Bamako airport"),), [chat]),
        NewAlert("mali", "Mali", second, (AlertMatch("Bamako airport"),), [chat]),
    ]
    store.record_item(item, ["guid:Wire:g1"], NOW, True, alerts)


def _queued_as(store: Store) -> list[str]:
    query = "SELECT a.watchlist FROM deliveries d JOIN alerts a ON a.id = d.alert_id ORDER BY d.id"
    return [r[0] for r in store.db.execute(query)]


async def test_an_alert_still_owed_through_a_second_watchlist_goes_as_that_ones(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    _owed_twice(store, 501)
    assert _queued_as(store) == ["bamako"]
    store.unsubscribe(501, "bamako")  # still follows mali, which matched the same item
    report = await deliverer_for(store, bot, Clock()).drain()
    assert (report.sent, report.withdrawn) == (1, 0)
    [message] = tg.sent(501)
    assert "Mali" in message["text"] and "Bamako ·" not in message["text"], message["text"]
    assert _queued_as(store) == ["mali"], "its later edits and its digest line are mali's too"


async def test_a_second_watchlists_own_severity_decides(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    _owed_twice(store, 501, first="medium", second="critical")
    store.set_min_severity(501, "high")  # bamako's alert is below it, mali's is not
    report = await deliverer_for(store, bot, Clock()).drain()
    assert report.sent == 1
    assert "CRITICAL" in tg.sent(501)[0]["text"]


async def test_the_first_watchlist_still_wanted_keeps_the_alert(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    _owed_twice(store, 501)
    await deliverer_for(store, bot, Clock()).drain()
    assert len(tg.sent(501)) == 1 and _queued_as(store) == ["bamako"]


async def test_an_alert_wanted_through_no_watchlist_is_withdrawn(tg: FakeTelegram, bot: Bot, store: Store, caplog: Any) -> None:
    caplog.set_level(logging.INFO)
    _owed_twice(store, 501, first="medium", second="high")
    store.unsubscribe(501, "bamako")
    store.set_min_severity(501, "critical")
    report = await deliverer_for(store, bot, Clock()).drain()
    assert (report.sent, report.withdrawn) == (0, 1) and tg.sent(501) == []
    [reason] = [r[0] for r in store.db.execute("SELECT last_error FROM deliveries")]
    assert "unsubscribed from bamako" in reason and "critical" in reason, reason
    assert any("not sending alert" in r.getMessage() for r in caplog.records)


async def test_a_muted_chat_wants_it_through_no_watchlist(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    _owed_twice(store, 501)
    store.set_mute(501, NOW + timedelta(hours=1))
    report = await deliverer_for(store, bot, Clock()).drain()
    assert report.withdrawn == 1 and tg.sent(501) == []
    assert [r[0] for r in store.db.execute("SELECT last_error FROM deliveries")] == ["muted"]


async def test_one_bad_row_before_the_send_stops_only_its_own_chat(tg: FakeTelegram, bot: Bot, store: Store, caplog: Any) -> None:
    queue_alert(store, [501, 502])
    real = store.subscriber

    def locked(chat_id: int, watchlist: str) -> Subscriber | None:
        if chat_id == 501:
            raise sqlite3.OperationalError("database is locked")
        return real(chat_id, watchlist)

    store.subscriber = locked  # type: ignore[method-assign]
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    report = await deliverer.drain()  # raised before: no chat got anything, pass after pass
    assert (report.sent, report.retried) == (1, 1)
    assert len(tg.sent(502)) == 1 and tg.sent(501) == []
    assert statuses(store)[0] == (501, "pending", 1), "the bad row waits a backoff, recorded"
    assert any("unexpected error while delivering" in r.getMessage() for r in caplog.records)
    store.subscriber = real  # type: ignore[method-assign]
    clock.now = NOW + timedelta(minutes=15)
    await deliverer.drain()
    assert len(tg.sent(501)) == 1, "once the store answers, the row goes"


async def test_a_notice_whose_record_fails_is_sent_once(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    store.queue_notice([900], "Feed Wire is down", NOW)
    real, calls = store.notice_sent, []

    def broken(notice_id: int, now: datetime) -> None:
        calls.append(notice_id)
        if len(calls) == 1:
            raise sqlite3.OperationalError("disk I/O error")
        real(notice_id, now)

    store.notice_sent = broken  # type: ignore[method-assign]
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    for second in range(0, 1200, 5):
        clock.now = NOW + timedelta(seconds=second)
        await deliverer.drain()
    assert [m["text"] for m in tg.sent(900)] == ["Feed Wire is down"]
    assert [tuple(r) for r in store.db.execute("SELECT status FROM notices")] == [("sent",)], "recorded later"


async def test_a_reload_every_few_seconds_is_not_a_message_each_time(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    for tenth in range(0, 1200, 25):  # every 2.5 s for two minutes, Telegram answering
        clock.now = NOW + timedelta(seconds=tenth / 10)
        store.queue_notice([900], "Config reloaded: no effective change (settings only).", clock.now)
        await deliverer.drain()
    clock.now = NOW + timedelta(minutes=3)
    await deliverer.drain()
    texts = [m["text"] for m in tg.sent(900)]
    assert len(texts) <= 3, texts  # one a minute at most, was 48
    assert texts[0] == "Config reloaded: no effective change (settings only)."
    counted = sum(int(t.rsplit("(x", 1)[1].rstrip(")")) if "(x" in t else 1 for t in texts)
    assert counted == 48, "every reload is counted in some message"


async def test_identical_notices_queued_during_an_outage_are_one_message(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    tg.faults.append(lambda method, params: BAD_GATEWAY if method == "sendMessage" else None)
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    for second in range(3):
        clock.now = NOW + timedelta(seconds=second)
        store.queue_notice([900], "Feed Wire is down", clock.now)
        await deliverer.drain()
    store.queue_notice([900], "Feed Wire is back", clock.now)
    tg.faults.clear()
    clock.now = NOW + timedelta(minutes=20)
    await deliverer.drain()
    clock.now = NOW + timedelta(minutes=21)
    await deliverer.drain()
    accepted = [text for chat, text in tg.accepted if chat == 900]  # what the outage refused reached no one
    assert accepted == ["Feed Wire is down (x3)", "Feed Wire is back"]


async def test_a_notice_between_two_identical_ones_is_not_held_back(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    """A feed flapping down, back, down: the admin hears each at once, never "back" last."""
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    for second, text in enumerate(["Feed Wire is down", "Feed Wire is back", "Feed Wire is down"]):
        clock.now = NOW + timedelta(seconds=second * 2)
        store.queue_notice([900], text, clock.now)
        await deliverer.drain()
    assert [m["text"] for m in tg.sent(900)] == ["Feed Wire is down", "Feed Wire is back", "Feed Wire is down"]


def test_pruning_forgets_done_notices_and_old_withdrawn_rows(store: Store) -> None:
    old = NOW - timedelta(days=40)
    store.queue_notice([900], "sent long ago", old)
    store.queue_notice([901], "failed long ago", old)
    store.queue_notice([902], "still pending", old)
    store.queue_notice([900], "sent today", NOW)
    store.db.execute("UPDATE notices SET status = 'sent' WHERE text LIKE 'sent%'")
    store.db.execute("UPDATE notices SET status = 'failed' WHERE text LIKE 'failed%'")
    queue_alert(store, [501, 502], now=old)  # 502's row still pending keeps the item
    store.db.execute("UPDATE deliveries SET status = 'withdrawn' WHERE chat_id = 501")
    store.prune(NOW - timedelta(days=30))
    assert [r[0] for r in store.db.execute("SELECT text FROM notices ORDER BY id")] == ["still pending", "sent today"]
    assert statuses(store) == [(502, "pending", 0)]


def test_queue_health_counts_withdrawn_alerts_and_notices(store: Store) -> None:
    queue_alert(store, [501, 502])
    store.db.execute("UPDATE deliveries SET status = 'withdrawn' WHERE chat_id = 501")
    store.queue_notice([900, 901], "Feed Wire is down", NOW)
    store.db.execute("UPDATE notices SET status = 'failed' WHERE chat_id = 901")
    health = store.queue_health()
    assert (health.pending, health.withdrawn, health.notices_pending, health.notices_failed) == (1, 1, 1, 1)


def test_status_shows_withdrawn_alerts_and_the_admins_notices(tmp_path: Path) -> None:
    db = tmp_path / "alerts.db"
    now = datetime.now(UTC)
    before = Store(db)
    queue_alert(before, [501], now=now)
    before.db.execute("UPDATE deliveries SET status = 'withdrawn'")
    before.queue_notice([777, 778], "Feed Wire is down", now)  # not admins of this bot: never sent here
    before.db.execute("UPDATE notices SET status = 'failed' WHERE chat_id = 778")
    before.db.execute("UPDATE notices SET next_attempt = ? WHERE chat_id = 777", [(now + timedelta(days=1)).isoformat()])
    before.close()
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1)
            tg.user_says("/status", ADMIN)
            status = tg.wait_for_message(ADMIN, "deliveries pending")["text"]
        finally:
            stop(bot)
    assert "1 withdrawn" in status and "admin notices: 1 pending, 1 failed" in status, status


def test_one_chat_as_a_subscriber_reads_as_in_the_list(store: Store) -> None:
    """`subscriber` and `subscribers` share their query: the same chat reads the same in both."""
    for chat in (501, 502, 503):
        store.register_chat(chat, "private", None, None, NOW)
        store.subscribe(chat, "bamako", NOW)
    store.set_mute(502, NOW + timedelta(hours=2))
    store.set_min_severity(503, "critical")
    listed = {s.chat_id: s for s in store.subscribers("bamako")}
    assert {chat: store.subscriber(chat, "bamako") for chat in listed} == listed
    assert listed[502].muted_until == NOW + timedelta(hours=2) and listed[503].min_severity == "critical"
    assert store.subscriber(501, "mali") is None
