"""The JSON-line tools answer every input line in place, blank, cut off or mistyped (qa21 #8).

The real command line (`match`, `places`, `story`), lines on stdin, answers on stdout.
"""

from __future__ import annotations

import json

import pytest

from bot.jsonlines import LineError, read_record
from tests.test_cli import SAMPLE_CONFIG, bot

WHEN = ', "published": "2026-12-01T08:00:00Z"'
LINES = [
    '{"id": "a", "title": "Attack at Bamako airport"' + WHEN + "}",
    "",
    '{"id": "n", "title": ["Attack at Bamako airport"]' + WHEN + "}",
    '{"id": "m", "title": "Attack", "summary": 5' + WHEN + "}",
    '{"id": "t", "title": true' + WHEN + "}",
    '{"id": "cut", "title": "Attack at Bam',
    '{"id": "z", "title": "Attack at Bamako airport"' + WHEN + "}",
]
ERRORS = {
    2: "empty line",
    3: "title: expected a string, got a list",
    4: "summary: expected a string, got a number",
    5: "title: expected a string, got a boolean",
    6: "unfinished string",
}


@pytest.mark.parametrize("command", ["match", "places", "story"])
def test_every_line_gets_its_answer_in_place(command: str) -> None:
    result = bot(command, "--config", SAMPLE_CONFIG, stdin="\n".join(LINES) + "\n")
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(LINES), result.stdout
    assert result.returncode == 1, result.stderr
    for number, answer in enumerate(answers, start=1):
        if number in ERRORS:
            assert ERRORS[number] in answer["error"], (number, answer)
            assert "control character" not in answer["error"]
        else:
            assert "error" not in answer, answer
    assert [a["id"] for a in answers] == ["a", None, "n", "m", "t", None, "z"]


def test_story_says_a_missing_date_is_missing() -> None:
    result = bot("story", "--config", SAMPLE_CONFIG, stdin='{"id": "x", "title": "Attack at Bamako airport"}\n')
    answer = json.loads(result.stdout)
    assert result.returncode == 1 and answer["id"] == "x" and "published: missing" in answer["error"], answer


@pytest.mark.parametrize(
    ("line", "said"), [("\n", "empty line"), ("[1]\n", "not a JSON object"), ('{"a": tru\n', "not JSON")]
)
def test_read_record_names_the_fault(line: str, said: str) -> None:
    with pytest.raises(LineError, match=said):
        read_record(line)
