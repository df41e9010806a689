"""Feed links that are not web addresses never become a link in a chat (qa21 #2).

`javascript:`, `data:`, `vbscript:`, `tg://` (odd case, leading spaces, a tab inside the scheme)
are dropped from the href of the alert, of "Also reported by" and of the digest line; the alert
still goes, naming its source, and the dropped link is logged once. End to end: the real bot
(`run --once`), the loopback feed server, the fake Telegram with the real client, a SQLite file.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.digest import DigestStory, story_html
from bot.links import web_link
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmn"
STAFF = 222

UNSAFE = [
    "javascript:alert(1)",
    "  JavaScript:alert(document.cookie)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD4=",
    "VBScript:msgbox(1)",
    "tg://resolve?domain=phisher",
    "\x01javascript:alert(1)",
    "http:/no-host",
    "//example.org/relative",
]


@pytest.mark.parametrize("url", UNSAFE)
def test_only_web_addresses_are_links(url: str) -> None:
    assert web_link(url) is None


@pytest.mark.parametrize("url", ["https://example.org/a?b=1", "  HTTP://Example.org/x ", "http://127.0.0.1:8080/"])
def test_web_addresses_stay_links(url: str) -> None:
    assert web_link(url) == url.strip()


@pytest.mark.parametrize("url", UNSAFE)
def test_a_digest_line_links_no_unsafe_address(url: str) -> None:
    story = DigestStory(
        1, "Gunfire at Bamako airport", "high", 2, datetime(2026, 1, 1, tzinfo=UTC), ("Bamako",), ("Bamako",), url, 1
    )
    line = story_html(story)
    assert "href" not in line and "Gunfire at Bamako airport" in line


def test_hostile_links_reach_no_chat_and_the_alerts_still_go(tmp_path: Path, feeds: FeedServer) -> None:
    now = datetime.now(UTC)
    title = "Gunfire reported at Bamako airport, flights suspended"
    feeds.set("/a.xml", Response(rss([Story(title, "  JavaScript:alert(document.cookie)", "a1", published=now)])))
    feeds.set("/b.xml", Response(rss([Story(title + " tonight", "tg://resolve?domain=phisher", "b1", published=now)])))
    config = tmp_path / "config.yaml"
    config.write_text(
        textwrap.dedent(
            f"""\
            telegram:
              admins: [111]
            polling: {{interval: 5m, timeout: 5s}}
            feeds:
              - {{name: Wire A, url: "{feeds.url("/a.xml")}", max_age: off}}
              - {{name: Wire B, url: "{feeds.url("/b.xml")}", max_age: off}}
            watchlists:
              bamako:
                title: Bamako
                severity: high
                locations: [{{name: Bamako airport}}]
                keywords: [gunfire]
                chats: [{STAFF}]
            """
        ),
        encoding="utf-8",
    )
    with FakeTelegram(TOKEN) as tg:
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_URL": tg.url}
        done = subprocess.run(
            [sys.executable, "-m", "bot", "run", "--once", "--config", str(config), "--db", str(tmp_path / "a.db")],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        texts = [
            c.params.get("text", "")
            for c in tg.calls
            if c.method in ("sendMessage", "editMessageText") and int(c.params.get("chat_id", 0)) == STAFF
        ]
    assert texts, done.stderr[-2000:]
    for text in texts:
        hrefs = re.findall(r'href="([^"]*)"', text)
        assert hrefs == [], text
        assert "Gunfire" in text and "Wire A" in text
    assert any("Wire B" in text for text in texts), "the other outlet is named, unlinked"
    dropped = [line for line in done.stderr.splitlines() if "dropping the link" in line]
    assert len(dropped) == 2, done.stderr[-2000:]
