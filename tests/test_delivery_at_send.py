"""What the outbox decides at the send rather than when it queued: a chat that unsubscribed or
muted itself since gets nothing more of what was queued; an edit that would change nothing is not
made; Telegram's "message is not modified" is an edit done, never retried. Real SQLite, the fake
Telegram API on loopback, a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot

from bot.parse import Item
from bot.store import Store
from tests.support.fake_telegram import FakeTelegram
from tests.test_deliver import NOW, Clock, deliverer_for, queue_alert, statuses


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "alerts.db")
    yield s
    s.close()


async def _drain_seconds(deliverer: Any, clock: Clock, seconds: range) -> None:
    """One pass a second of the test's clock: a private chat gets one message a second."""
    for second in seconds:
        clock.now = NOW + timedelta(seconds=second)
        await deliverer.drain()


async def test_alerts_queued_before_an_unsubscribe_are_not_sent_after_it(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    for n in range(5):
        queue_alert(store, [501, 502], title=f"Attack number {n} on Bamako", n=n)
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    await _drain_seconds(deliverer, clock, range(2))
    assert len(tg.sent(501)) == 2
    store.unsubscribe(501, "bamako")  # the chat's /unsubscribe, answered while three wait
    await _drain_seconds(deliverer, clock, range(2, 8))
    assert len(tg.sent(501)) == 2, [m["text"][:40] for m in tg.sent(501)]
    assert len(tg.sent(502)) == 5, "a chat still subscribed gets every alert"
    mine = [status for chat, status, _ in statuses(store) if chat == 501]
    assert mine == ["sent", "sent", "withdrawn", "withdrawn", "withdrawn"]
    reasons = store.db.execute("SELECT last_error FROM deliveries WHERE status = 'withdrawn'").fetchall()
    assert {r[0] for r in reasons} == {"unsubscribed from bamako"}
    assert store.queue_health()[1] == 0, "a withdrawn alert is not a failure"


async def test_alerts_queued_before_a_mute_are_not_sent_during_it(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    for n in range(4):
        queue_alert(store, [501], title=f"Attack number {n} on Bamako", n=n)
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    await _drain_seconds(deliverer, clock, range(2))
    store.set_mute(501, NOW + timedelta(hours=2))  # /mute 2h
    await _drain_seconds(deliverer, clock, range(2, 6))
    assert len(tg.sent(501)) == 2
    assert [s for _, s, _ in statuses(store)] == ["sent", "sent", "withdrawn", "withdrawn"]
    # As for alerts that arrive during a mute, nothing is kept for its end (README: /mute).
    clock.now = NOW + timedelta(hours=3)
    await deliverer.drain()
    assert len(tg.sent(501)) == 2
    queue_alert(store, [501], title="After the mute", n=99, now=clock.now)
    await deliverer.drain()
    assert "After the mute" in tg.sent(501)[-1]["text"]


async def test_a_lowest_severity_raised_after_queuing_applies_at_the_send(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    queue_alert(store, [501], title="Medium one", n=1, severity="medium")
    queue_alert(store, [501], title="Critical one", n=2, severity="critical")
    store.set_min_severity(501, "high")  # /severity high, answered before the send
    await deliverer_for(store, bot, Clock()).drain()
    assert [m["text"].split("\n")[1] for m in tg.sent(501)] == ["<b>Critical one</b>"]


def _another_report(store: Store, first_item: int, feed: str, n: int) -> None:
    """One more report of the first alert's story: its sent message is due an edit."""
    item = Item(feed, f"r{n}", f"https://example.org/r{n}", "Gunfire at Bamako airport", "Again.", NOW)
    store.record_item(item, [f"guid:{feed}:r{n}"], NOW, True, [], story_id=first_item)


async def test_an_edit_that_would_show_the_same_text_is_not_made(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    queue_alert(store, [501])
    first_item = store.db.execute("SELECT id FROM items").fetchone()[0]
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    await deliverer.drain()
    # A feed that changes its guids every poll: the "new" report is the same outlet again, which
    # the message does not show (it names the other outlets), so its text would not change.
    skipped = 0
    for poll in range(5):
        _another_report(store, first_item, "Wire", poll)
        clock.now = NOW + timedelta(seconds=10 * (poll + 1))
        report = await deliverer.drain()
        assert tg.sent(501, method="editMessageText") == [], f"poll {poll}: an edit to the same text"
        skipped += report.unchanged
    assert skipped == 5
    assert store.db.execute("SELECT edit_due FROM deliveries").fetchone()[0] == 0
    # Another outlet is news: that edit is made; an edit due again with nothing new is not.
    _another_report(store, first_item, "Agency", 100)
    clock.now = NOW + timedelta(minutes=5)
    await deliverer.drain()
    [edit] = tg.sent(501, method="editMessageText")
    assert "Agency" in edit["text"]
    store.db.execute("UPDATE deliveries SET edit_due = 1")
    clock.now = NOW + timedelta(minutes=6)
    assert (await deliverer.drain()).unchanged == 1
    assert len(tg.sent(501, method="editMessageText")) == 1


def _not_modified(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    if method != "editMessageText":
        return None
    return 400, {
        "ok": False,
        "error_code": 400,
        "description": "Bad Request: message is not modified: specified new message content and reply markup are "
        "exactly the same as a current content and reply markup of the message",
    }


async def test_message_is_not_modified_is_an_edit_done_never_retried(tg: FakeTelegram, bot: Bot, store: Store) -> None:
    queue_alert(store, [501])
    first_item = store.db.execute("SELECT id FROM items").fetchone()[0]
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    await deliverer.drain()
    store.db.execute("UPDATE deliveries SET shown_hash = NULL")  # sent before the text was recorded
    tg.faults.append(_not_modified)
    _another_report(store, first_item, "Agency", 1)
    clock.now = NOW + timedelta(seconds=5)
    report = await deliverer.drain()
    assert (report.sent, report.retried, report.failed) == (1, 0, 0)
    row = store.db.execute("SELECT edit_due, edit_next, shown_hash, last_error FROM deliveries").fetchone()
    assert row[0] == 0 and row[1] is None and row[2] is not None and row[3] is None
    for minutes in (1, 10, 60):
        clock.now = NOW + timedelta(minutes=minutes)
        await deliverer.drain()
    assert len([c for c in tg.calls if c.method == "editMessageText"]) == 1
