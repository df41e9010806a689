"""The same item gets the same answer in every process: no verdict may hang on Python's string
hash seed (the order of a set or a frozenset of words), or two replicas of the bot, or a restart,
would disagree about an alert. Real subprocesses with different PYTHONHASHSEED values read the
same items of two spent labelled sets and must print byte-identical `match` answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


def _answers(seed: str, config: Path, items: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"} | {"PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "match", "--config", str(config)],
        cwd=ROOT, input=items, capture_output=True, text=True, timeout=180, env=env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("name", ["languages_blind10", "places_blind9"])
def test_answers_do_not_depend_on_the_hash_seed(name: str) -> None:
    cases = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line]
    items = "".join(json.dumps({"id": c["id"], "title": c["title"], "summary": c["summary"]}) + "\n" for c in cases)
    config = DATA / f"{name}_watchlists.yaml"
    first, second = _answers("1", config, items), _answers("2", config, items)
    assert len(first.splitlines()) == len(cases)
    assert sum('"matches": []' not in line for line in first.splitlines()) > 20  # it alerts, not a vacuous match
    assert first == second
