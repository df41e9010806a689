"""Review 20e of the fixqa20 merge: a queued alert reaches only the chats of the watchlist it was
made for (renamed with it), a rename is seen only for a watchlist unchanged but its id, a failure
streak that ends without a send warns again next time, long replies are split without cutting an
entity or losing text, /status stays one message, and expiring needs no `UPDATE ... RETURNING`.
Real parts: the bot's process, the fake Telegram API and a feed on loopback, SQLite files."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

import pytest
from telegram import Bot

from bot.config import parse_config
from bot.reload import diff_configs
from bot.store import Store
from bot.telegram.paging import MAX_REPLY, fit_lines, pages
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.test_deliver import NOW, Clock, deliverer_for, queue_alert, statuses
from tests.test_end_to_end import ADMIN, STAFF, TOKEN, start_bot, stop

# -- 1. a queued alert goes only through a watchlist that would have alerted the chat ------------


def _two_watchlists(path: Path, feeds: FeedServer, sec_chats: str) -> None:
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
          sec:
            title: Security
            severity: high
            locations: [{{name: Niamey}}]
            keywords: [explosion]
            chats: {sec_chats}
          health:
            title: Health
            severity: low
            locations: [{{name: Niamey}}]
            keywords: [cholera]
            chats: [-1001]
        """
    )
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _pending(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM deliveries WHERE status = 'pending'").fetchone()[0])


def test_a_chat_that_left_the_watchlist_gets_no_queued_alert_through_another_on_the_same_place(tmp_path: Path) -> None:
    blocked = [True]

    def bad_gateway(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        explosion = "Explosion" in str(params.get("text", ""))
        if method == "sendMessage" and blocked[0] and explosion and int(params["chat_id"]) != -1005:
            return 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"}
        return None

    db = tmp_path / "alerts.db"
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/w.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        _two_watchlists(config, feeds, "[-1001, -1005]")
        tg.faults.append(bad_gateway)
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1)
            tg.user_says("/start", STAFF)
            tg.user_says("/subscribe sec", STAFF)
            tg.user_says("/subscribe health", STAFF)
            tg.wait_for_message(STAFF, "Subscribed to Health")
            tg.wait_for(lambda: feeds.hits["/w.xml"] >= 2)  # past the first poll (back catalogue)
            story = Story(
                "Explosion at the market in Niamey", feeds.url("/1"), "g1", "Reports from Niamey, Niger.", datetime.now(UTC)
            )
            feeds.set("/w.xml", Response(rss([story])))
            tg.wait_for_message(-1005, "Explosion")
            tg.user_says("/unsubscribe sec", STAFF)  # the user leaves sec, keeps health
            tg.wait_for_message(STAFF, "Unsubscribed")
            _two_watchlists(config, feeds, "[-1005]")  # the group leaves sec's chats:, stays in health's
            tg.wait_for_message(ADMIN, "Config reloaded")
            blocked[0] = False
            tg.wait_for(lambda: _pending(db) == 0, timeout=60)
        finally:
            _, err = stop(bot)
    for chat in (-1001, STAFF):  # health watches Niamey too, but for cholera: it never matched this item
        assert not [t for c, t in tg.accepted if c == chat and "Explosion" in t], chat
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT chat_id, status FROM deliveries ORDER BY chat_id").fetchall()
    assert sorted(rows) == [(-1005, "sent"), (-1001, "withdrawn"), (STAFF, "withdrawn")], rows
    assert "Traceback" not in err


# -- 2. a rename is a watchlist unchanged but its id ---------------------------------------------

BASE = "feeds:\n  - {name: A, url: 'https://a.org/f'}\nwatchlists:\n"


def test_another_watchlist_on_the_same_place_is_no_rename() -> None:
    old = parse_config(BASE + "  security_niamey: {title: S, locations: [{name: Niamey}], keyword_sets: [security]}\n")
    replaced = diff_configs(
        old,
        parse_config(BASE + "  cholera_niamey: {title: S, locations: [{name: Niamey}], keywords: [cholera], severity: low}\n"),
    )
    assert replaced.watchlists_renamed == []
    assert (replaced.watchlists_added, replaced.watchlists_removed) == (["cholera_niamey"], ["security_niamey"])
    for other in ("severity: low", "exclude: [football]", "chats: [-1001]", "keywords: [attack]"):
        changed = parse_config(
            BASE + f"  sec_niamey: {{title: S, locations: [{{name: Niamey}}], keyword_sets: [security], {other}}}\n"
        )
        assert diff_configs(old, changed).watchlists_renamed == [], other
    same = parse_config(BASE + "  sec_niamey: {title: Security, locations: [{name: niamey}], keyword_sets: [security]}\n")
    assert diff_configs(old, same).watchlists_renamed == [("security_niamey", "sec_niamey")]
    said = parse_config(
        BASE + "  cholera_niamey: {title: S, locations: [{name: Niamey}], keywords: [cholera], formerly: [security_niamey]}\n"
    )
    assert diff_configs(old, said).watchlists_renamed == [("security_niamey", "cholera_niamey")]


# -- 3. a failure streak that ends without a send ----------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "alerts.db")
    yield s
    s.close()


def _server_error(method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
    if method == "sendMessage":
        return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
    return None


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name.startswith("bot")]


@pytest.mark.parametrize("ending", ["withdrawn", "given up"])
async def test_a_streak_ended_without_a_send_warns_again_at_the_next_outage(
    tg: FakeTelegram, bot: Bot, store: Store, caplog: pytest.LogCaptureFixture, ending: str
) -> None:
    caplog.set_level(logging.INFO)
    tg.faults.append(_server_error)
    clock = Clock()
    deliverer = deliverer_for(store, bot, clock)
    queue_alert(store, [501], title="Attack on Bamako", n=1)
    await deliverer.drain()
    assert len(_warnings(caplog)) == 1
    if ending == "withdrawn":
        store.unsubscribe(501, "bamako")
        clock.now += timedelta(minutes=11)
    else:
        clock.now += timedelta(days=1, minutes=11)
    await deliverer.drain()
    assert [s for _, s, _ in statuses(store)] == ["withdrawn" if ending == "withdrawn" else "failed"]

    clock.now += timedelta(minutes=11)  # a later outage: a new streak, warned again
    queue_alert(store, [501], title="Attack near Bamako", n=2, now=clock.now)
    await deliverer.drain()
    assert len(_warnings(caplog)) == 2, _warnings(caplog)


# -- 4. and 5. long replies ---------------------------------------------------------------------


def test_a_line_longer_than_a_message_is_split_between_places_whole() -> None:
    names = ", ".join(f"Bir N'Guela {i}" for i in range(400))  # an apostrophe is an entity, &#x27;
    for shift in range(12):  # wherever the entities fall against the page's end
        line = f"✅ <code>mali</code> — Mali{'x' * shift} (high): {escape(names)}"
        text = "<b>Watchlists</b>\n" + line + "\nSubscribe with /subscribe ID."
        sent = pages(text)
        assert all(len(p) <= MAX_REPLY for p in sent)
        for page in sent:
            assert not re.search(r"&[#\w]*$", page.split("\n")[-1]), page[-20:]  # no entity cut
            assert page.count("<code>") == page.count("</code>")
        assert " ".join(sent).replace("\n", " ").split() == text.replace("\n", " ").split()  # no text lost
        assert all(p.rstrip().endswith((",", "ID.")) for p in sent[:-1] if "Bir" in p.split("\n")[-1])


def test_the_note_on_the_last_page_stays_within_a_message() -> None:
    parts = ["a" * 4000] * 11 + ["y" * 4090] + ["z" * 4000] * 3
    sent = pages("\n".join(parts))
    assert len(sent) == 12
    assert all(len(p) <= MAX_REPLY for p in sent), [len(p) for p in sent]
    assert "more lines not sent" in sent[-1]


def test_status_feeds_fit_their_budget_whatever_the_errors() -> None:
    def failing(n: int) -> str:
        return escape(f"❌ feed {n}: failing since 09:00: " + "connection refused by the server's proxy " * 8)[:250]

    budget = 3700
    fifteen = fit_lines([failing(n) for n in range(15)], [], budget, "✅ {n} other feeds ok")  # 15 x 250 > 3,700
    assert sum(len(line) + 1 for line in fifteen) <= budget, sum(len(line) + 1 for line in fifteen)
    assert all(len(line) <= 200 and not re.search(r"&[#\w]*…$", line) for line in fifteen)
    for count in (15, 19, 30, 60):
        lines = fit_lines([failing(n) for n in range(count)], ["✅ healthy feed"] * 300, budget, "✅ {n} other feeds ok")
        assert sum(len(line) + 1 for line in lines) <= budget, (count, sum(len(line) + 1 for line in lines))
        assert lines[-1] == "✅ 300 other feeds ok"
        shown = [line for line in lines if line.startswith("❌")]
        assert len(shown) >= 10
        more = [line for line in lines if line.startswith("+")]
        left = count - len(shown)
        assert more == ([f"+{left} more failing or late: python -m bot feeds"] if left else []), (count, more)


# -- 6. expiring without UPDATE ... RETURNING ---------------------------------------------------


class _NoReturning(sqlite3.Connection):
    """A connection that refuses RETURNING, as SQLite before 3.35 does."""

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:  # type: ignore[override]
        if "RETURNING" in sql.upper():
            raise sqlite3.OperationalError('near "RETURNING": syntax error')
        return super().execute(sql, *args)


def test_expiring_works_without_returning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "factory": _NoReturning}))
    store = Store(tmp_path / "alerts.db")
    try:
        queue_alert(store, [501, 502], n=1)
        store.mark_retry(1, "Bad Gateway", NOW)
        given_up = store.expire_pending(NOW + timedelta(hours=1))
        assert sorted(given_up) == [(501, "Bad Gateway (expired)"), (502, " (expired)")]
        assert [s for _, s, _ in statuses(store)] == ["failed", "failed"]
        assert store.expire_pending(NOW + timedelta(hours=2)) == []
    finally:
        store.close()
