"""Usage errors exit 2, as argparse has it, and say so in a form a script can tell from a config
problem's (qa21 #9): `python -m bot COMMAND: error: ...`. The real command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_cli import SAMPLE_CONFIG, bot

USAGE = re.compile(r"^python -m bot [\w -]+: error: ", re.MULTILINE)
ITEM = '{"id": "a", "title": "Attack at Bamako airport", "published": "2026-12-01T08:00:00Z"}\n'


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["stats", "--days", "0"], None),
        (["stats", "--days", "abc"], None),
        (["bench", "match", "--names", "abc"], None),
        (["story", "--config", SAMPLE_CONFIG, "--explain", "a", "b"], ITEM),
    ],
)
def test_a_usage_error_exits_2_with_a_usage_line(args: list[str], stdin: str | None) -> None:
    result = bot(*args, stdin=stdin)
    assert result.returncode == 2, result
    assert USAGE.search(result.stderr), result.stderr


def test_a_config_problem_exits_2_without_a_usage_line(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text("watchlists: 5\n", encoding="utf-8")
    result = bot("check-config", "--config", str(config))
    assert result.returncode == 2
    assert not USAGE.search(result.stdout + result.stderr) and str(config) in result.stdout + result.stderr
