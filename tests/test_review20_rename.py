"""A watchlist renamed in config.yaml (review qa20, fault 1): what was queued under the old name
still goes to the watchlist's chats (its alerts follow the rename), and the chats that subscribed
themselves follow it, seen (the watchlist unchanged but its id) or said (`formerly:`). Real parts: the bot's process, the fake
Telegram API and a feed on loopback, a SQLite file."""

from __future__ import annotations

import os
import textwrap
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.config import parse_config
from bot.reload import diff_configs
from bot.store import Store
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.test_end_to_end import ADMIN, STAFF, TOKEN, start_bot, stop

GROUP = -1001  # the watchlist's static chat


def _config(path: Path, feeds: FeedServer, wl_id: str, formerly: str = "") -> None:
    text = textwrap.dedent(
        f"""\
        telegram:
          admins: [{ADMIN}]
          access:
            allowed_users: [{STAFF}]
        polling:
          interval: 1s
          timeout: 5s
          max_age: 24h
        feeds:
          - name: Wire
            url: {feeds.url("/w.xml")}
        watchlists:
          {wl_id}:
            title: Niger
            severity: medium
            locations:
              - name: Niamey
            chats: [{GROUP}]
        """
    )
    if formerly:
        text += f"    formerly: [{formerly}]\n"
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_a_rename_keeps_queued_alerts_and_own_subscriptions(tmp_path: Path) -> None:
    stories: list[Story] = []
    tries: list[int] = []
    blocked = {GROUP}

    def bad_gateway(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        if method == "sendMessage" and int(params["chat_id"]) in blocked:
            tries.append(1)
            return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}
        return None

    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:

        def publish(title: str) -> None:
            stories.append(
                Story(title, feeds.url(f"/{len(stories)}"), f"g{len(stories)}", "Reports from Niamey, Niger.", datetime.now(UTC))
            )
            feeds.set("/w.xml", Response(rss(stories)))

        feeds.set("/w.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        _config(config, feeds, "niger")
        tg.faults.append(bad_gateway)
        bot = start_bot(config, tmp_path / "alerts.db", tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1)
            tg.user_says("/start", STAFF)
            tg.user_says("/subscribe niger", STAFF)
            tg.wait_for_message(STAFF, "Subscribed to Niger.")
            tg.wait_for(lambda: feeds.hits["/w.xml"] >= 2)  # past the first poll (back catalogue)

            publish("Explosion at the market in Niamey")
            tg.wait_for_message(STAFF, "Explosion at the market in Niamey")
            tg.wait_for(lambda: len(tries) >= 1)  # the group's copy failed once: it waits in the outbox

            _config(config, feeds, "niger_ops")  # the same places, the same chats: a rename
            notice = tg.wait_for_message(ADMIN, "Config reloaded")
            assert "renamed niger -> niger_ops" in notice["text"], notice["text"]
            assert "watchlists removed" not in notice["text"]

            blocked.clear()
            tg.wait_for_message(GROUP, "Explosion at the market in Niamey", timeout=30)

            publish("Gunmen attack a checkpoint near Niamey")  # the chat's own /subscribe followed the rename
            tg.wait_for_message(STAFF, "Gunmen attack a checkpoint near Niamey")
            tg.wait_for_message(GROUP, "Gunmen attack a checkpoint near Niamey")
        finally:
            _, err = stop(bot)
        assert "since it was queued" not in err, err
        assert "Traceback" not in err


BASE = "feeds:\n  - {name: A, url: 'https://a.org/f'}\nwatchlists:\n"


def test_a_rename_is_seen_from_the_same_locations_or_said_with_formerly() -> None:
    old = parse_config(
        BASE + "  niger: {title: N, locations: [{name: Niamey}, {name: Zinder}]}\n  mali: {title: M, locations: [{name: Gao}]}\n"
    )
    seen = diff_configs(
        old,
        parse_config(
            BASE
            + "  niger_ops: {title: N, locations: [{name: zinder}, {name: Niamey}]}\n"
            + "  mali: {title: M, locations: [{name: Gao}]}\n"
        ),
    )
    assert seen.watchlists_renamed == [("niger", "niger_ops")]
    assert (seen.watchlists_added, seen.watchlists_removed) == ([], [])
    assert seen.summary() == "renamed niger -> niger_ops"
    # Places changed as well: only the admin can say it is the same watchlist.
    moved = (
        BASE
        + "  sahel: {title: S, locations: [{name: Niamey}, {name: Agadez}]%s}\n  mali: {title: M, locations: [{name: Gao}]}\n"
    )
    assert diff_configs(old, parse_config(moved % "")).watchlists_renamed == []
    said = diff_configs(old, parse_config(moved % ", formerly: [niger]"))
    assert said.watchlists_renamed == [("niger", "sahel")]
    assert said.summary() == "renamed niger -> sahel"


def test_two_removed_watchlists_with_the_same_places_are_no_guess() -> None:
    old = parse_config(BASE + "  a: {title: A, locations: [{name: Gao}]}\n  b: {title: B, locations: [{name: Gao}]}\n")
    change = diff_configs(old, parse_config(BASE + "  c: {title: C, locations: [{name: Gao}]}\n"))
    assert change.watchlists_renamed == []
    assert (change.watchlists_added, change.watchlists_removed) == (["c"], ["a", "b"])


def test_renaming_moves_own_subscriptions_not_the_configs(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    try:
        now = datetime.now(UTC)
        for chat in (1, 2):
            store.register_chat(chat, "private", None, None, now)
        store.subscribe(1, "niger", now)
        store.subscribe(2, "niger", now)
        store.subscribe(2, "niger_ops", now)  # already there: kept once
        store.sync_static_chats({"niger": [(-5, None)]}, now)
        assert store.rename_subscriptions("niger", "niger_ops") == 1
        rows = store.db.execute("SELECT chat_id, watchlist, source FROM subscriptions ORDER BY chat_id, watchlist").fetchall()
        assert [tuple(r) for r in rows] == [(-5, "niger", "config"), (1, "niger_ops", "user"), (2, "niger_ops", "user")]
    finally:
        store.close()
