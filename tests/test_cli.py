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
        [sys.executable, "-m", "bot", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
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
        "bamako",
        "Bamako airport",
        "aéroport de Bamako",
        "aéroport de Bamako",
    )
    assert first["score"] == 100.0 and first["keyword"] == "attaque"
    assert answers[1]["matches"] == []
    assert answers[2]["matches"][0]["field"] == "summary"


def test_match_reports_a_bad_input_line_and_keeps_going() -> None:
    """Exit 2 is for config problems: a bad input line answers with an error object and exit 1."""
    result = bot("match", "--config", SAMPLE_CONFIG, stdin='not json\n[1, 2]\n{"id": 1, "title": "Explosion in Niamey"}\n')
    assert result.returncode == 1
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a.get("line") for a in answers] == [1, 2, None]
    assert answers[0]["error"] and answers[0]["matches"] == [] and answers[1]["error"] == "not a JSON object"
    assert answers[2]["matches"][0]["location"] == "Niamey"
    assert "stdin line 1" in result.stderr and "Traceback" not in result.stderr


def test_story_error_lines_keep_the_id_of_a_json_object() -> None:
    """A line that is an object with an id but a bad field answers with that id, so a script can
    pair the error with its item; a line that is not an object has no id to keep."""
    stdin = '{"id": "c", "title": "x"}\nnot json\n[1]\n{"id": 7, "title": "y", "published": "yesterday"}\n'
    stdin += '{"id": "ok", "title": "Explosion in Niamey", "published": "2026-01-05T10:00:00Z"}\n'
    result = bot("story", "--config", SAMPLE_CONFIG, stdin=stdin)
    assert result.returncode == 1, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(a["id"], a.get("line")) for a in answers] == [("c", 1), (None, 2), (None, 3), (7, 4), ("ok", None)]
    assert answers[0]["error"] == "published: missing (an ISO 8601 time, such as 2026-12-01T08:00:00Z)"
    assert answers[4]["story"] == "ok"


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
            cwd=ROOT,
            env={**env, "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
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
    # One incident, one alert: the French report of the school is part of the first report's
    # incident (its headline names both sites), so it alerts nothing of its own.
    assert rows == {"Bamako airport": "1", "Faladié gendarmerie school": "1"}, result.stdout
    assert "2 location alerts over 1 day\n" in result.stdout + "\n"
    missing = bot("stats", "--db", str(tmp_path / "nope.db"))  # nothing yet, as `feeds` says it; exit 2 is for configs
    assert missing.returncode == 0 and "no database yet" in missing.stdout and "so no alerts" in missing.stdout, missing
    assert not (tmp_path / "nope.db").exists()
    none = bot("stats", "--db", str(db), "--days", "0")
    assert none.returncode == 2 and "--days: must be at least 1" in none.stderr


def test_version_and_help_show_what_they_should() -> None:
    from bot import __version__

    version = bot("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"python -m bot {__version__}"
    helped = bot("run", "--help")
    assert "default: config.yaml" in helped.stdout and "default: $ALERTS_DB or alerts.db" in helped.stdout


def test_global_options_are_accepted_on_either_side_of_the_command(tmp_path: Path) -> None:
    after = bot("run", "--once", "--log-level", "DEBUG", "--config", SAMPLE_CONFIG, "--db", str(tmp_path / "a.db"))
    assert after.returncode == 0, after.stderr
    assert " DEBUG " in after.stderr, "--log-level after the command was ignored"
    before = bot("--log-level", "WARNING", "--config", SAMPLE_CONFIG, "--db", str(tmp_path / "b.db"), "run", "--once")
    assert before.returncode == 0, before.stderr
    assert " INFO " not in before.stderr and "=== ALERT ===" in before.stdout
    assert (tmp_path / "b.db").exists(), "--db before the command was ignored"


def test_alerts_db_in_the_environment_is_the_default_db(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    result = bot("run", "--once", "--config", SAMPLE_CONFIG, env={**env, "ALERTS_DB": str(tmp_path / "env.db")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env.db").exists()


def test_a_db_that_cannot_be_used_is_named_in_one_line_without_a_traceback(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("these are my notes, not a database\n" * 20)
    cases = {
        str(tmp_path / "missing" / "a.db"): "does not exist",
        str(tmp_path): "is a folder",
        "/proc/alerts.db": "cannot",
        str(not_a_db): "not an SQLite database",
    }
    for path, said in cases.items():
        result = bot("run", "--once", "--config", SAMPLE_CONFIG, "--db", path)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1, (path, result.stderr)
        assert "Traceback" not in result.stderr and len(lines) <= 2, result.stderr
        assert path in lines[-1] and said in lines[-1], lines[-1]
    assert not_a_db.read_text().startswith("these are my notes"), "a file that is not a database is left as it was"


def test_check_config_warns_of_a_local_feed_file_that_does_not_exist(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "feeds:\n  - name: Archive\n    path: archive/missing.xml\n"
        "watchlists:\n  niamey:\n    title: Niamey\n    locations: [{name: Niamey}]\n"
    )
    result = bot("check-config", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert f"{config}: warning: line 3: feeds[0].path: 'archive/missing.xml' does not exist" in result.stderr
    assert "ok (1 feed, 1 watchlist, 1 location; 1 warning)" in result.stdout
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "missing.xml").write_text("<rss/>")
    fixed = bot("check-config", "--config", str(config))
    assert "warning" not in fixed.stderr + fixed.stdout and "ok (1 feed, 1 watchlist, 1 location)" in fixed.stdout


def test_output_piped_into_a_reader_that_stops_ends_quietly(tmp_path: Path) -> None:
    """`python -m bot keywords crime | head -1`: the reader goes away; no traceback, no CRITICAL."""
    db = tmp_path / "a.db"
    assert bot("run", "--once", "--config", SAMPLE_CONFIG, "--db", str(db)).returncode == 0
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    for args in (["keywords", "crime"], ["keywords"], ["stats", "--db", str(db), "--days", "3650"]):
        read_end, write_end = os.pipe()
        os.close(read_end)  # the reader is gone before the first line is written
        try:
            command = [sys.executable, "-m", "bot", *args]
            done = subprocess.run(command, cwd=ROOT, stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60, env=env)
        finally:
            os.close(write_end)
        assert done.returncode == 1, (args, done.stderr)
        assert done.stderr == "", (args, done.stderr)


def test_keywords_help_names_every_bundled_set() -> None:
    from bot.vocabulary import keyword_sets

    helped = bot("keywords", "--help")
    assert helped.returncode == 0
    said = " ".join(helped.stdout.split())
    assert "a set's name: " + ", ".join(keyword_sets()) in said, said
    assert "crime" in keyword_sets()  # the set the help once left out


def test_config_and_db_may_follow_every_command(tmp_path: Path) -> None:
    """The README: `--log-level`, `--config` and `--db` may stand before or after the command."""
    from bot.cli import _parser

    parser = _parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    needs = {"bench": ["match"], "match": [], "places": []}
    for name in commands:
        args = [name, *needs.get(name, []), "--config", "x.yaml", "--db", "x.db", "--log-level", "WARNING"]
        parsed = parser.parse_args(args)
        assert (parsed.config, parsed.db, parsed.log_level) == ("x.yaml", "x.db", "WARNING"), name
    parsed = parser.parse_args(["feeds", "test", "https://e.org/f", "--config", "x.yaml", "--db", "x.db"])
    assert (parsed.config, parsed.db) == ("x.yaml", "x.db")
    listed = bot("keywords", "--config", SAMPLE_CONFIG, "--db", str(tmp_path / "none.db"))
    assert listed.returncode == 0 and "crime:" in listed.stdout, listed.stderr
    stats = bot("stats", "--config", SAMPLE_CONFIG, "--db", str(tmp_path / "none.db"))
    assert stats.returncode == 0 and "no database yet" in stats.stdout, stats.stderr
    assert not (tmp_path / "none.db").exists()


def test_help_tells_a_new_admin_where_to_start_and_the_readme_too() -> None:
    helped = bot("--help")
    assert helped.returncode == 0
    said = helped.stdout
    start = said.index("Start here:")
    demo = said.index("python -m bot run --once --config samples/config.yaml", start)
    check = said.index("python -m bot check-config", start)
    assert demo < check and "Deploying" in said[check:], said
    readme = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    [top] = [n for n, line in enumerate(readme) if line == "## Start here"]
    assert top < 30, "near the top, before the 3,000 lines of rules"
    section = "\n".join(readme[top : readme.index("## Try it (no Telegram account, no network)")])
    assert "(#deploying)" in section and "samples/config.yaml" in section and "check-config" in section
    assert "## Deploying" in readme


def test_each_benchmark_describes_its_own_options() -> None:
    match = " ".join(bot("bench", "match", "--help").stdout.split())
    assert "The match benchmark:" in match
    assert "--names" in match and "(default: 10000)" in match and "news-like items to match (default: 2000)" in match
    assert "--window" not in match and "poll" not in match, match
    poll = " ".join(bot("bench", "poll", "--help").stdout.split())
    assert "the feed's new items (default: 5000)" in poll and "(default: 3)" in poll and "--names" not in poll
    assert "--items" not in bot("bench", "fetch", "--help").stdout
    wrong = bot("bench", "fetch", "--items", "5")
    assert wrong.returncode == 2 and "unrecognized arguments: --items" in wrong.stderr
