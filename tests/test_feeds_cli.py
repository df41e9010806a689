"""`python -m bot feeds` and `feeds test` as admins run them: real subprocesses, a real SQLite file
written by the real Store, a real feed server on 127.0.0.1. Times are relative to the real clock,
which is what the command compares against."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.feedhealth import utc
from bot.store import Store
from tests.support.feed_server import FeedServer, Response, Story, rss

ROOT = Path(__file__).resolve().parents[1]
LONG_ERROR = "HTTP 503: " + "the upstream server answered with a very long maintenance page " * 5


def bot(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run from `cwd` (not the project), so a file the command wrongly created would show up there."""
    env = {k: v for k, v in os.environ.items() if k not in ("TELEGRAM_BOT_TOKEN", "ALERTS_DB")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=cwd, capture_output=True, text=True, timeout=60, env=env
    )


def write_config(path: Path, feeds: str) -> Path:
    path.write_text(
        "polling: {interval: 5m, max_age: 24h, backoff_max: 6h}\nfeeds:\n"
        + textwrap.indent(textwrap.dedent(feeds), "  ")
        + "watchlists:\n  bamako: {title: Bamako, severity: high, keywords: [attack, gunfire, attaque], locations:\n"
        + "    [{name: Bamako airport, aliases: [Modibo Keita International Airport, aéroport de Bamako]}]}\n",
        encoding="utf-8",
    )
    return path


def row(output: str, feed: str) -> str:
    [line] = [line for line in output.splitlines() if line.startswith(feed + " ")]
    return line


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_feeds_shows_each_feeds_health_read_only(tmp_path: Path) -> None:
    config = write_config(
        tmp_path / "config.yaml",
        """\
        - {name: Wire, url: "https://wire.example/rss"}
        - {name: Down, url: "https://down.example/rss", interval: 10m}
        - {name: Fresh, url: "https://fresh.example/rss"}
        """,
    )
    db = tmp_path / "alerts.db"
    now = datetime.now(UTC).replace(microsecond=0)
    store = Store(db)
    store.record_poll_success("Wire", now - timedelta(hours=2), 3)
    for minutes in (50, 30, 10):
        store.record_poll_failure("Down", now - timedelta(minutes=minutes), LONG_ERROR)
    store.record_poll_success("Gone", now - timedelta(days=3), 1)  # a feed since removed from the config
    store.close()
    before = snapshot(tmp_path)

    result = bot("feeds", "--config", str(config), "--db", str(db), cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    wire = row(result.stdout, "Wire")
    assert "https://wire.example/rss" in wire
    assert f"{utc(now - timedelta(hours=2))} (2h 0m ago)" in wire
    assert f"due since {utc(now - timedelta(hours=2) + timedelta(minutes=5))}" in wire, "last attempt + the interval"
    down = row(result.stdout, "Down")
    assert " never " in down, "it never succeeded"
    assert " 3 " in down, "failures in a row"
    assert "HTTP 503: the upstream server answered" in down and "…" in down and LONG_ERROR not in down
    # Backoff after 3 failures: 10m * 2**2 = 40m after the last attempt (10 minutes ago).
    assert f"{utc(now - timedelta(minutes=10) + timedelta(minutes=40))} (in " in down
    fresh = row(result.stdout, "Fresh")
    assert "never polled" in fresh and fresh.rstrip().endswith("at start")
    assert not any(line.startswith("Gone") for line in result.stdout.splitlines())
    assert "no longer in the config (not polled): Gone" in result.stdout
    assert snapshot(tmp_path) == before, "the db is read, never written, and no -wal or -shm is left behind"


def test_feeds_reads_while_the_bot_holds_a_write_transaction(tmp_path: Path) -> None:
    config = write_config(tmp_path / "config.yaml", '- {name: Wire, url: "https://wire.example/rss"}\n')
    db = tmp_path / "alerts.db"
    store = Store(db)  # the running bot: WAL, connection open
    store.record_poll_failure("Wire", datetime.now(UTC), "HTTP 500")
    store.db.execute("BEGIN IMMEDIATE")  # a poll in the middle of its transaction
    store.db.execute("UPDATE feeds SET consecutive_failures = 7, last_error = 'uncommitted' WHERE name = 'Wire'")
    try:
        result = bot("feeds", "--config", str(config), "--db", str(db), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        wire = row(result.stdout, "Wire")
        assert " 1 " in wire and "HTTP 500" in wire, "the last committed state, without waiting for the writer"
        store.db.execute("COMMIT")  # and the bot's writer was not blocked by the reader either
    finally:
        store.close()


def test_feeds_without_a_db_lists_the_config_and_creates_nothing(tmp_path: Path) -> None:
    config = write_config(tmp_path / "config.yaml", '- {name: Wire, url: "https://wire.example/rss"}\n')
    result = bot("feeds", "--config", str(config), "--db", str(tmp_path / "missing.db"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "never polled" in row(result.stdout, "Wire") and "at start" in row(result.stdout, "Wire")
    assert "the bot creates it on its first run" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml"]


def test_feeds_test_shows_what_would_alert_and_why_and_records_nothing(tmp_path: Path, feeds: FeedServer) -> None:
    hours_ago = {1: "Gunmen attack Bamako airport", 2: "Cotton harvest rises in Sikasso", 72: "Attaque à l'aéroport de Bamako"}
    now = datetime.now(UTC)
    stories = [
        Story(title, f"https://wire.example/{hours}", f"w-{hours}", published=now - timedelta(hours=hours))
        for hours, title in hours_ago.items()
    ]
    feeds.set("/wire.xml", Response(rss(stories)))
    config = write_config(tmp_path / "config.yaml", f'- {{name: Wire, url: "{feeds.url("/wire.xml")}"}}\n')
    before = snapshot(tmp_path)

    by_url = bot("feeds", "test", feeds.url("/wire.xml"), "--config", str(config), cwd=tmp_path)

    assert by_url.returncode == 0, by_url.stderr
    out = by_url.stdout
    fresh, quiet, old = out.split("\n\n")[1:4]
    assert fresh.startswith("1. Gunmen attack Bamako airport") and "(1h 0m ago)" in fresh
    assert "WOULD ALERT bamako" in fresh and "keyword 'attack'" in fresh
    assert "Bamako airport: 'Bamako airport' in the title (name 'Bamako airport', score 100)" in fresh
    assert quiet.startswith("2. Cotton harvest") and "no alert: no watched location named" in quiet
    assert old.startswith("3. Attaque") and "recorded, not alerted: older than max_age (24h)" in old
    assert "WOULD ALERT" not in old and "if it were fresh:" in old and "aéroport de Bamako" in old
    assert out.splitlines()[-1] == "3 items, 1 would alert"
    assert out.startswith(f"Wire ({feeds.url('/wire.xml')})"), "the URL is known as the config's feed"

    by_name = bot("feeds", "test", "Wire", "--config", str(config), cwd=tmp_path)
    assert by_name.returncode == 0 and by_name.stdout.splitlines()[-1] == "3 items, 1 would alert"
    assert feeds.hits["/wire.xml"] == 2, "one fetch per run"
    assert snapshot(tmp_path) == before, "nothing recorded: no db, no file"


def test_feeds_test_of_a_local_file_uses_its_feeds_max_age(tmp_path: Path) -> None:
    result = bot("feeds", "test", str(ROOT / "samples/bamako.xml"), "--config", str(ROOT / "samples/config.yaml"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Offline sample (fictional) (file:bamako.xml)") and "max_age off" in result.stdout
    assert result.stdout.splitlines()[-1] == "5 items, 2 would alert", "max_age: off alerts the sample's old stories"
    assert list(tmp_path.iterdir()) == []


def test_feeds_test_fetch_and_parse_failures_exit_1_with_one_line(tmp_path: Path, feeds: FeedServer) -> None:
    config = write_config(tmp_path / "config.yaml", '- {name: Wire, url: "https://wire.example/rss"}\n')
    feeds.set("/page.html", Response(b"<!doctype html><p>Welcome</p>", headers={"Content-Type": "text/html"}))

    missing = bot("feeds", "test", feeds.url("/gone.xml"), "--config", str(config), cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"{feeds.url('/gone.xml')}: fetch failed: HTTP 404" and missing.stdout == ""

    page = bot("feeds", "test", feeds.url("/page.html"), "--config", str(config), cwd=tmp_path)
    assert page.returncode == 1
    [line] = page.stderr.splitlines()
    assert line.startswith(f"{feeds.url('/page.html')}: parse failed: not a usable feed") and page.stdout == ""


def test_feeds_config_and_usage_problems_exit_2(tmp_path: Path) -> None:
    config = write_config(tmp_path / "config.yaml", '- {name: Wire, url: "https://wire.example/rss"}\n')
    bad = tmp_path / "bad.yaml"
    bad.write_text("feeds: []\n")
    assert bot("feeds", "--config", str(bad), cwd=tmp_path).returncode == 2
    assert bot("feeds", "test", "Wire", "--config", str(bad), cwd=tmp_path).returncode == 2
    unknown = bot("feeds", "test", "Wyre", "--config", str(config), cwd=tmp_path)
    assert unknown.returncode == 2 and "not a feed of the config ('Wire')" in unknown.stderr
