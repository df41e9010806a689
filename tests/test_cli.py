"""The command line as scripts and admins use it: real subprocesses, real files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.support.feed_server import FeedServer, Response, Story, rss

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_CONFIG = "samples/config.yaml"


def bot(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=60,
        env=env or {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"},
    )


def test_match_json_lines_one_answer_per_input_in_order() -> None:
    lines = [
        {"id": "a", "title": "Attaque à l'aéroport de Bamako", "summary": ""},
        {"id": 2, "title": "Somalia: attack in Mogadishu", "summary": "Mali was not mentioned... Somalian forces"},
        {"id": "c", "title": "Nothing here", "summary": "Gunfire heard near Modibo Keita International Airport"},
    ]
    result = bot("match", "--config", SAMPLE_CONFIG, stdin="".join(json.dumps(x) + "\n" for x in lines))
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["id"] for a in answers] == ["a", 2, "c"]
    [first] = answers[0]["matches"]
    assert (first["watchlist"], first["location"], first["alias"], first["text"]) == (
        "bamako", "Bamako airport", "aéroport de Bamako", "aéroport de Bamako"
    )
    assert first["score"] == 100.0 and first["keyword"] == "attaque"
    assert answers[1]["matches"] == []
    assert answers[2]["matches"][0]["field"] == "summary"


def test_match_reports_a_bad_input_line_and_keeps_going() -> None:
    result = bot("match", "--config", SAMPLE_CONFIG, stdin='not json\n{"id": 1, "title": "Explosion in Niamey"}\n')
    assert result.returncode == 2
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert answers[0]["error"] and answers[1]["matches"][0]["location"] == "Niamey"
    assert "stdin line 1" in result.stderr


def test_match_with_text_explains_itself() -> None:
    result = bot("match", "--config", SAMPLE_CONFIG, "Gunfire", "near", "Bamako", "airport")
    assert result.returncode == 0
    assert "bamako: ALERT" in result.stdout and "'Bamako airport'" in result.stdout
    quiet = bot("match", "--config", SAMPLE_CONFIG, "Protest in Bamako airport terminal")
    assert "no alert" in quiet.stdout and "none of the watchlist's keywords" in quiet.stdout


def test_run_refuses_an_invalid_config_with_every_problem(tmp_path: Path) -> None:
    config = tmp_path / "bad.yaml"
    config.write_text("feeds:\n  - name: x\n    url: ftp://x\nwatchlists:\n  b:\n    title: B\n    keywrods: [a]\n")
    result = bot("run", "--once", "--config", str(config), "--db", str(tmp_path / "a.db"))
    assert result.returncode == 2
    assert "line 3: feeds[0].url: feed url must start with http:// or https://" in result.stderr
    assert "line 7: watchlists.b.keywrods: unknown key 'keywrods'" in result.stderr
    assert "line 5: watchlists.b.locations: Field required" in result.stderr
    assert not (tmp_path / "a.db").exists(), "nothing is written for a config that is refused"


def test_console_bot_keeps_polling_and_prints_new_alerts(tmp_path: Path) -> None:
    with FeedServer() as feeds:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        config.write_text(
            f"polling: {{interval: 1s}}\nfeeds:\n  - name: Wire\n    url: {feeds.url('/wire.xml')}\n"
            "watchlists:\n  niamey:\n    title: Niamey\n    locations: [{name: Niamey}]\n"
        )
        env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "--config", str(config), "--db", str(tmp_path / "a.db")],
            cwd=ROOT, env={**env, "PYTHONUNBUFFERED": "1"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            deadline = time.monotonic() + 20
            while feeds.hits["/wire.xml"] < 1 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert feeds.hits["/wire.xml"] >= 1, "the console bot never polled"
            feeds.set("/wire.xml", Response(rss([Story("Explosion in Niamey", feeds.url("/1"), "1", "", None)])))
            polls = feeds.hits["/wire.xml"]
            while feeds.hits["/wire.xml"] < polls + 2 and time.monotonic() < deadline:
                time.sleep(0.1)
        finally:
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=20)
    assert out.count("=== ALERT ===") == 1
    assert "Explosion in Niamey" in out
    assert "Traceback" not in err


def test_stats_prints_alerts_per_day_watchlist_and_location(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run = bot("run", "--once", "--config", SAMPLE_CONFIG, "--db", str(db))
    assert run.returncode == 0, run.stderr
    result = bot("stats", "--db", str(db), "--days", "3650")
    assert result.returncode == 0, result.stderr
    rows = {" ".join(line.split()[2:-1]): line.split()[-1] for line in result.stdout.splitlines() if " bamako " in line}
    assert rows == {"Bamako airport": "1", "Faladié gendarmerie school": "2"}, result.stdout
    assert "3 location alerts over 1 days" in result.stdout
    missing = bot("stats", "--db", str(tmp_path / "nope.db"))
    assert missing.returncode == 2 and "no such database" in missing.stderr
