"""Telegram failing every send is seen at the default log level (review qa20, fault 4): one
WARNING per chat per failure streak (not one per try), with the error, and an ERROR when a
delivery is given up. Real SQLite, the fake Telegram API on loopback, a clock the test moves."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot

from bot.store import Store
from tests.support.fake_telegram import FakeTelegram
from tests.test_deliver import NOW, Clock, deliverer_for, queue_alert, statuses


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "alerts.db")
    yield s
    s.close()


def _server_error(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    if method == "sendMessage":
        return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
    return None


def _lines(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == level and r.name.startswith("bot")]


async def test_a_failure_streak_is_one_warning_per_chat_and_a_give_up_an_error(
    tg: FakeTelegram, bot: Bot, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    for n in range(3):
        queue_alert(store, [501, 502], title=f"Attack number {n} on Bamako", n=n)
    tg.faults.append(_server_error)
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    for minute in range(1, 15):  # many tries: every retry is due again within ten minutes
        clock.now = NOW + timedelta(minutes=minute * 11)
        await deliverer.drain()
    tries = sum(attempts for _, _, attempts in statuses(store))
    assert tries >= 10
    warnings = _lines(caplog, logging.WARNING)
    assert len(warnings) == 2, warnings  # one per chat, however many tries
    assert all("Internal Server Error" in w for w in warnings)
    assert {w.split()[4].rstrip(":") for w in warnings} == {"501", "502"}

    tg.faults.clear()  # Telegram is back: the streak ends, a later failure is a new streak
    for _ in range(4):  # one a second to a private chat: the clock moves past each wait
        clock.now += timedelta(minutes=11)
        await deliverer.drain()
    assert [s for _, s, _ in statuses(store)] == ["sent"] * 6
    assert "delivering to chat 501 works again" in _lines(caplog, logging.INFO)
    queue_alert(store, [501], title="Attack number 9 on Bamako", n=9, now=clock.now)
    tg.faults.append(_server_error)
    clock.now += timedelta(seconds=2)
    await deliverer.drain()
    assert len(_lines(caplog, logging.WARNING)) == 3

    clock.now += timedelta(days=1, minutes=11)  # a day later it is given up: an ERROR says so
    await deliverer.drain()
    errors = _lines(caplog, logging.ERROR)
    assert any("giving up on" in e and "chat 501" in e and "Internal Server Error" in e for e in errors), errors
