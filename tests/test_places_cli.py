"""`python -m bot places`: the place model's reading of items, as admins and geoparsing
benchmarks use it: a real subprocess and the real gazetteer (built once into the cache, about
20 s the first time), so the offsets and places checked are the ones users get."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def places(*args: str, stdin: str | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["PYTHONPATH"] = str(ROOT)  # run from another folder too
    return subprocess.run(
        [sys.executable, "-m", "bot", "places", *args], cwd=cwd, input=stdin, capture_output=True, text=True, timeout=120, env=env
    )


def test_json_lines_one_answer_per_input_in_order_and_a_bad_line_in_its_place(tmp_path: Path) -> None:
    items = [
        {"id": "a", "title": "Gunmen attack Bamako airport", "summary": ""},
        {"id": 2, "title": "Clashes in Tripoli", "summary": "BEIRUT (Reuters) - Clashes in Tripoli"},
    ]
    stdin = json.dumps(items[0]) + "\n[1, 2]\n" + json.dumps(items[1]) + "\n"
    result = places(stdin=stdin, cwd=tmp_path)  # no config.yaml here: none is needed
    assert result.returncode == 1, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["id"] for a in answers] == ["a", None, 2]
    assert answers[1] == {"id": None, "line": 2, "error": "not a JSON object", "places": [], "turned_away": []}
    assert "stdin line 2" in result.stderr

    [bamako] = [p for p in answers[0]["places"] if p["name"] == "Bamako"]
    assert (bamako["kind"], bamako["country"], bamako["field"]) == ("city", "ML", "title")
    assert items[0]["title"][bamako["start"] : bamako["end"]] == "Bamako"
    assert bamako["geonameid"] == 2460596 and abs(bamako["lat"] - 12.6) < 0.1 and bamako["why"]

    summary = items[1]["summary"]
    tripolis = [p for p in answers[2]["places"] if p["name"] == "Tripoli"]
    # The summary's dateline decides both readings.
    assert {(p["field"], p["country"]) for p in tripolis} == {("title", "LB"), ("summary", "LB")}
    [in_summary] = [p for p in tripolis if p["field"] == "summary"]
    assert summary[in_summary["start"] : in_summary["end"]] == "Tripoli"


def test_turned_away_names_say_why() -> None:
    text = "Say goodbye. Gunfire near Modibo Keita International Airport in Bamako"
    result = places(stdin=json.dumps({"id": 1, "title": "", "summary": text}) + "\n")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    away = {a["name"]: a for a in answer["turned_away"]}
    assert "start of a sentence" in away["Say"]["why"] and text[away["Say"]["start"] : away["Say"]["end"]] == "Say"
    assert "Keita" in away and "longer name" in away["Keita"]["why"]
    assert [p["name"] for p in answer["places"]] == ["Bamako"]


def test_text_mode_prints_a_readable_list() -> None:
    result = places("Gunmen attack Bamako airport")
    assert result.returncode == 0, result.stderr
    assert "Bamako (title 14-20): city in Mali (ML), geonameid 2460596" in result.stdout
    assert "why: Bamako" in result.stdout


def test_an_invalid_config_given_is_a_config_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("watchlists: [\n")
    result = places("--config", str(bad), "Bamako")
    assert result.returncode == 2
    assert str(bad) in result.stderr and result.stdout == ""
