"""/status, /list, /start and /watchlists on a large config (review qa20, fault 2): 200 feeds and
50 watchlists of 40 places. Nothing is cut silently: /status puts the failing feeds first,
summarises the healthy ones when they do not fit and keeps its Alerts, Queue and Marks; /list
sends every watchlist and place over several messages; the welcome and /watchlists name the
chat's own subscriptions first. Real parts: the bot's process, the fake Telegram API on loopback,
feeds as local files, a SQLite file."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from bot.telegram.paging import first_of, fit_lines, pages
from tests.support.fake_telegram import FakeTelegram
from tests.test_end_to_end import ADMIN, TOKEN, start_bot, stop

FEEDS, FAILING, WATCHLISTS, PLACES = 200, 12, 50, 40


def _big_config(tmp_path: Path) -> Path:
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>http://x.test/</link></channel></rss>'
    lines = [f"telegram:\n  admins: [{ADMIN}]\npolling:\n  interval: 5m\nfeeds:"]
    for f in range(FEEDS):
        path = feeds / f"f{f}.xml"
        if f % (FEEDS // FAILING) != 7:  # a few feeds point at a file that is not there: they fail
            path.write_text(empty)
        lines.append(f"  - name: Regional wire number {f} with a fairly long descriptive name\n    path: {path}")
    lines.append("watchlists:")
    for w in range(WATCHLISTS):
        lines.append(f"  region{w}:\n    title: Region {w} of the operations area\n    severity: high\n    locations:")
        lines.extend(f"      - name: Qsarville {w}x{k}\n        exact: true" for k in range(PLACES))
    config = tmp_path / "config.yaml"
    config.write_text("\n".join(lines) + "\n")
    return config


def _polled(db: Path) -> tuple[int, int]:
    try:
        with sqlite3.connect(db) as conn:
            ok = conn.execute("SELECT count(*) FROM feeds WHERE last_success IS NOT NULL").fetchone()[0]
            bad = conn.execute("SELECT count(*) FROM feeds WHERE consecutive_failures > 0").fetchone()[0]
            return int(ok), int(bad)
    except sqlite3.OperationalError:
        return 0, 0


def _answer(tg: FakeTelegram, command: str, settle: float = 2.0) -> list[str]:
    seen = len(tg.sent(ADMIN))
    tg.user_says(command, ADMIN)
    tg.wait_for(lambda: len(tg.sent(ADMIN)) > seen, timeout=60)
    time.sleep(settle)  # a reply of several messages: all of them
    return [m["text"] for m in tg.sent(ADMIN)[seen:]]


def test_a_large_config_loses_nothing_in_the_chat(tmp_path: Path) -> None:
    config = _big_config(tmp_path)
    db = tmp_path / "alerts.db"
    failing = sum(1 for f in range(FEEDS) if f % (FEEDS // FAILING) == 7)
    with FakeTelegram(TOKEN) as tg:
        bot = start_bot(config, db, tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1, timeout=180)
            deadline = time.monotonic() + 120
            while _polled(db) != (FEEDS - failing, failing) and time.monotonic() < deadline:
                time.sleep(0.5)
            assert _polled(db) == (FEEDS - failing, failing)
            _answer(tg, "/start")
            _answer(tg, "/subscribe region49")

            status = _answer(tg, "/status")
            assert len(status) == 1 and len(status[0]) <= 4096
            text = status[0]
            for section in ("<b>Alerts</b>", "<b>Queue</b>", "<b>Marks</b>"):
                assert section in text, text[-500:]
            feed_lines = text.split("<b>Alerts</b>")[0].splitlines()[1:]
            marks = [line[:1] for line in feed_lines if line[:1] in ("❌", "✅")]
            assert marks.count("❌") == failing, "every failing feed is named"
            assert marks.index("✅") > max(i for i, m in enumerate(marks) if m == "❌"), "failing feeds first"
            assert f"{FEEDS - failing} other feeds ok" in text

            listing = _answer(tg, "/list")
            assert len(listing) > 1 and all(len(m) <= 4096 for m in listing)
            whole = "\n".join(listing)
            assert all(f"Qsarville {w}x{k}" in whole for w in range(WATCHLISTS) for k in range(PLACES))
            assert "✅ <code>region49</code>" in listing[0], "the chat's own watchlist first"

            welcome = _answer(tg, "/start")
            assert all(len(m) <= 4096 for m in welcome)
            assert "✅ <code>region49</code>" in welcome[0] and f"+{PLACES - 6} more" in welcome[0]
            assert all(f"<code>region{w}</code>" in "\n".join(welcome) for w in range(WATCHLISTS))

            buttons = _answer(tg, "/watchlists")
            assert len(buttons) == 1 and len(buttons[0]) <= 4096
            assert buttons[0].splitlines()[1].startswith("✅ <code>region49</code>")
        finally:
            _, err = stop(bot)
        assert "Traceback" not in err


def test_pages_split_at_line_breaks_and_never_lose_a_line() -> None:
    lines = [f"<b>line {n}</b> " + "x" * (n % 97) for n in range(400)]
    sent = pages("\n".join(lines), limit=500, most=100)
    assert all(len(p) <= 500 for p in sent)
    assert "\n".join(sent).splitlines() == lines
    assert pages("short") == ["short"]
    capped = pages("\n".join(lines), limit=500, most=3)
    assert len(capped) == 3 and len(capped[-1]) <= 500
    shown = sum(p.count("\n") + 1 for p in capped) - 1  # the note's own line
    assert f"…{400 - shown} more lines not sent" in capped[-1]


def test_fit_lines_keeps_the_attention_and_counts_the_rest() -> None:
    attention = [f"❌ feed {n}: down" for n in range(5)]
    healthy = [f"✅ feed {n}: ok" for n in range(100)]
    fitted = fit_lines(attention, healthy, 400, "✅ {n} other feeds ok")
    assert fitted == [*attention, "✅ 100 other feeds ok"]
    assert fit_lines(attention, healthy[:3], 400, "✅ {n} other feeds ok") == [*attention, *healthy[:3]]
    many = fit_lines([f"❌ feed {n}: down " + "y" * 40 for n in range(100)], healthy, 1000, "✅ {n} ok")
    assert sum(len(line) + 1 for line in many) <= 1000 and many[-1] == "✅ 100 ok"
    assert any("more failing or late: python -m bot feeds" in line for line in many)
    assert first_of(["A", "B", "C", "D", "E"], 3) == "A, B, C +2 more"
    assert first_of(["A", "B", "C", "D"], 3) == "A, B, C, D"
