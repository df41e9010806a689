"""The log a running bot leaves (review qa20, faults 5 and 6): a reply to an admin who blocked the
bot is one line, not a traceback; a refused reload's problems are each a line in the log's
format; an old alerts.db says it was upgraded; APScheduler does not warn about ticks a busy loop
started late or skipped. Real parts: the bot's process, the fake Telegram API and a feed on
loopback, a SQLite file from an older release."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from pathlib import Path
from typing import Any

import pytest

from bot.config import parse_config
from bot.telegram.app import TelegramBot
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, rss
from tests.test_end_to_end import ADMIN, STAFF, TOKEN, start_bot, stop, write_config
from tests.test_lifecycle import LOG_LINE
from tests.test_migrations import old_db

FORBIDDEN = (403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"})


def test_the_log_of_a_blocked_admin_a_bad_edit_and_an_old_db(tmp_path: Path) -> None:
    blocked: set[int] = set()
    refused: list[int] = []

    def block(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        if method == "sendMessage" and int(params["chat_id"]) in blocked:
            refused.append(int(params["chat_id"]))
            return FORBIDDEN
        return None

    db = old_db(tmp_path / "alerts.db", 6)  # written by a release at schema v6
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        tg.faults.append(block)
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1)
            tg.user_says("/start", ADMIN)
            tg.wait_for_message(ADMIN, "")
            blocked.add(ADMIN)  # the admin blocks the bot, then a /status is on its way
            tg.user_says("/status", ADMIN)
            tg.wait_for(lambda: ADMIN in refused)
            tg.user_says("/start", STAFF)
            tg.wait_for_message(STAFF, "")  # the bot went on

            temporary = tmp_path / "config.tmp"
            temporary.write_text(config.read_text().replace("keywords:", "keywrods:").replace("exclude:", "exlude:"))
            os.replace(temporary, config)
            time.sleep(5)  # the watcher's tick and debounce, the refusal logged
        finally:
            _, err = stop(bot)
    lines = err.splitlines()
    assert all(LOG_LINE.match(line) for line in lines), "\n".join(line for line in lines if not LOG_LINE.match(line))
    assert "Traceback" not in err
    answers = [line for line in lines if f"could not answer chat {ADMIN}" in line]
    assert len(answers) == 1 and "WARNING" in answers[0] and "blocked" in answers[0], answers
    assert any("upgraded alerts.db schema v6 -> v11" in line and " INFO " in line for line in lines), err
    problems = [line for line in lines if "config.yaml problem:" in line]
    assert any("keywrods" in p for p in problems) and any("exlude" in p for p in problems), err
    assert not [line for line in lines if "apscheduler" in line and "WARNING" in line], err


async def test_a_tick_started_late_by_a_busy_loop_still_runs_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    """APScheduler's default grace is one second: a start-up that holds the loop for two (the
    gazetteer, the store) made the digest tick "missed" with a WARNING. Our jobs run late."""
    config = parse_config(
        "feeds:\n  - {name: A, url: 'https://a.org/f'}\nwatchlists:\n  w: {title: W, locations: [{name: Gao}]}\n"
    )
    tg = TelegramBot(config, TOKEN)
    runs: list[int] = []

    async def tick() -> None:
        runs.append(1)

    caplog.set_level(logging.INFO)
    tg.every(30.0, tick, name="digests", first=0.2)
    await tg.start_jobs()
    try:
        time.sleep(1.6)  # noqa: ASYNC251 - on purpose: the loop is busy past the run's time, by more than a second
        await asyncio.sleep(0.5)
    finally:
        await tg.stop()
    assert runs == [1]
    assert not [r.getMessage() for r in caplog.records if "was missed by" in r.getMessage()]
