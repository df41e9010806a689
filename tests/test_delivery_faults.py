"""Delivery against a fault-injecting fake Telegram API: flood limits answered with 429, random
5xx, slow answers, a blocked chat, a migrated group; and a bot killed with SIGKILL mid-delivery."""

from __future__ import annotations

import random
import signal
import sqlite3
import threading
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.deliver import IN_FLIGHT
from tests.support.fake_telegram import FakeTelegram, FloodRules
from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.test_end_to_end import ADMIN, TOKEN, start_bot, stop, write_config

BLOCKED, OLD_GROUP, NEW_GROUP = 5_100_000, -555_000, -1_009_999_000


def with_static_chats(config: Path, chats: list[int]) -> None:
    config.write_text(config.read_text().replace("exclude: [football]", f"exclude: [football]\n    chats: {chats}"))


def chaos(seed: int) -> Any:
    """10% of sends fail with a 5xx; one chat has blocked the bot; one group has migrated."""
    rng = random.Random(seed)
    lock = threading.Lock()

    def fault(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        if method != "sendMessage":
            return None
        chat = int(params["chat_id"])
        if chat == ADMIN:
            return None  # the admin's /status reply is read below
        if chat == BLOCKED:
            return 403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}
        if chat == OLD_GROUP:
            return 400, {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: group chat was upgraded to a supergroup chat",
                "parameters": {"migrate_to_chat_id": NEW_GROUP},
            }
        with lock:
            unlucky = rng.random() < 0.10
        if unlucky:
            return rng.choice([500, 502, 503]), {"ok": False, "error_code": 502, "description": "Bad Gateway"}
        return None

    return fault


def accepted_per_chat(tg: FakeTelegram, title: str) -> Counter[int]:
    return Counter(chat for chat, text in tg.accepted if title in text)


def test_every_chat_gets_its_alert_once_through_5xx_429_limits_blocks_and_migration(tmp_path: Path) -> None:
    chats = [5_000_000 + n for n in range(40)] + [BLOCKED, OLD_GROUP]
    with FeedServer() as feeds, FakeTelegram(TOKEN, latency=0.05, flood=FloodRules()) as tg:
        tg.faults.append(chaos(seed=7))
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        with_static_chats(config, chats)
        db = tmp_path / "alerts.db"
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: feeds.hits["/wire.xml"] >= 2)
            title = "Gunfire at Bamako airport this morning"
            feeds.set("/wire.xml", Response(rss([Story(title, feeds.url("/1"), "1", "", datetime.now(UTC))])))
            wanted = set(chats[:40]) | {NEW_GROUP}
            tg.wait_for(lambda: set(accepted_per_chat(tg, title)) >= wanted, timeout=60)
            tg.user_says("/status", ADMIN)
            status = tg.wait_for_message(ADMIN, "deliveries pending")
        finally:
            stop(bot)
    assert "0 failed; 1 blocked" in status["text"], "a chat that blocked the bot is no failure of delivery"
    per_chat = accepted_per_chat(tg, title)
    assert set(per_chat) == wanted and max(per_chat.values()) == 1, "exactly once to every reachable chat"
    assert tg.too_many == 0, "the bot keeps to Telegram's limits itself"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT active FROM chats WHERE chat_id = ?", [BLOCKED]).fetchone() == (0,)
        assert conn.execute("SELECT migrated_to FROM chats WHERE chat_id = ?", [OLD_GROUP]).fetchone() == (NEW_GROUP,)


def test_after_sigkill_mid_delivery_a_restart_delivers_every_queued_alert(tmp_path: Path) -> None:
    chats = [6_000_000 + n for n in range(200)]
    with FeedServer() as feeds, FakeTelegram(TOKEN, latency=0.05, flood=FloodRules()) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        with_static_chats(config, chats)
        db = tmp_path / "alerts.db"
        bot = start_bot(config, db, tg)
        title = "Gunmen attack Bamako airport at dawn"
        try:
            tg.wait_for(lambda: feeds.hits["/wire.xml"] >= 2)
            feeds.set("/wire.xml", Response(rss([Story(title, feeds.url("/1"), "1", "", datetime.now(UTC))])))
            tg.wait_for(lambda: len(accepted_per_chat(tg, title)) >= 60, timeout=60)
            bot.send_signal(signal.SIGKILL)  # mid-delivery: no cleanup of any kind
            bot.wait(timeout=10)
            delivered_before = len(accepted_per_chat(tg, title))
            assert delivered_before < len(chats), "the kill must land while alerts are still queued"
            restarted = start_bot(config, db, tg)
            try:
                tg.wait_for(lambda: len(accepted_per_chat(tg, title)) == len(chats), timeout=60)
            finally:
                stop(restarted)
        finally:
            stop(bot)
    per_chat = accepted_per_chat(tg, title)
    assert set(per_chat) == set(chats), "every chat got its alert"
    twice = [chat for chat, n in per_chat.items() if n > 1]
    assert len(twice) <= IN_FLIGHT, f"only sends in flight at the kill may repeat, not {len(twice)}"
    assert max(per_chat.values()) <= 2
