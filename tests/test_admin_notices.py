"""The admins' notices (a reload's summary, a feed down) go through the outbox: made while
Telegram is down, they are sent once it is back, within its limits, also after a restart. A
command reply Telegram does not take is one warning line, not a traceback. Real SQLite, the fake
Telegram API on loopback; the running bot in the last test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot

from bot.store import Store
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, rss
from tests.test_deliver import NOW, Clock, deliverer_for, fail_once
from tests.test_end_to_end import ADMIN, STAFF, TOKEN, start_bot, stop, write_config

BAD_GATEWAY = (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})


def _outage(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    return BAD_GATEWAY if method == "sendMessage" else None


def _accepted(tg: FakeTelegram, chat_id: int) -> list[str]:
    """What Telegram answered 200 to: a call refused by the outage reached no one."""
    return [text for chat, text in tg.accepted if chat == chat_id]


def _notices(store: Store) -> list[tuple[int, str, int]]:
    return [tuple(r) for r in store.db.execute("SELECT chat_id, status, attempts FROM notices ORDER BY id")]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "alerts.db"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    s = Store(db)
    yield s
    s.close()


async def test_a_notice_made_during_an_outage_is_sent_when_telegram_is_back(tg: FakeTelegram, bot: Bot, db: Path) -> None:
    tg.faults.append(_outage)
    first = Store(db)
    first.queue_notice([900, 901], "Config reloaded: watchlists removed: sahel.", NOW)
    clock = Clock()
    try:
        assert (await deliverer_for(first, bot, clock).drain()).retried == 2
        assert _notices(first) == [(900, "pending", 1), (901, "pending", 1)]
    finally:
        first.close()
    assert _accepted(tg, 900) == []

    # The bot restarts while Telegram is still down: the notices are in alerts.db, not in memory.
    again = Store(db)
    try:
        tg.faults.clear()
        clock.now = NOW + timedelta(seconds=5)  # past the first backoff (at most 2s)
        assert (await deliverer_for(again, bot, clock).drain()).sent == 2
        assert _accepted(tg, 900) == ["Config reloaded: watchlists removed: sahel."]
        assert [s for _, s, _ in _notices(again)] == ["sent", "sent"]
    finally:
        again.close()


async def test_a_notice_waits_out_flood_control_and_a_day_of_outage_is_the_limit(
    tg: FakeTelegram, bot: Bot, store: Store
) -> None:
    flood = {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
    tg.faults.append(fail_once("sendMessage", 429, flood))
    store.queue_notice([900], "Feed 'Wire' has failed for 6h.", NOW)
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    assert (await deliverer.drain()).throttled == 1
    assert _accepted(tg, 900) == []
    clock.now = NOW + timedelta(seconds=2)
    assert (await deliverer.drain()).sent == 0, "flood control: exactly retry_after"
    clock.now = NOW + timedelta(seconds=3)
    assert (await deliverer.drain()).sent == 1
    assert _accepted(tg, 900) == ["Feed 'Wire' has failed for 6h."]

    tg.faults.append(_outage)
    store.queue_notice([900], "Feed 'Wire' is back.", NOW)
    for hour in range(0, 24, 3):
        clock.now = NOW + timedelta(hours=hour)
        await deliverer.drain()
    assert _notices(store)[1][1] == "pending"
    clock.now = NOW + timedelta(days=1, minutes=1)
    assert (await deliverer.drain()).failed == 1
    assert _notices(store)[1][1] == "failed"


def test_a_reload_during_an_outage_reaches_the_admins_once_telegram_is_back(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        bot = start_bot(config, tmp_path / "alerts.db", tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1)
            tg.user_says("/start", STAFF)
            tg.wait_for_message(STAFF, "Welcome")
            tg.faults.append(_outage)
            seen = len(tg.calls)
            tg.user_says("/list", STAFF)  # its reply is lost in the outage
            tg.wait_for(lambda: any(c.method == "sendMessage" for c in tg.calls[seen:]))
            seen = len(tg.calls)
            config.write_text(config.read_text().replace("interval: 1s", "interval: 2s"))
            tg.wait_for(lambda: any(c.method == "sendMessage" and c.params.get("chat_id") == str(ADMIN) for c in tg.calls[seen:]))
            assert _accepted(tg, ADMIN) == []
            tg.faults.clear()
            tg.wait_for(lambda: _accepted(tg, ADMIN))
            assert _accepted(tg, ADMIN) == ["Config reloaded: feeds changed: Test wire."]
        finally:
            _, err = stop(bot)
    assert "Traceback" not in err, err[-3000:]
    assert "error while handling an update" not in err
    assert err.count("could not answer an update") == 1, err[-3000:]
