"""`bot.story.text_likeness` gives rapidfuzz's own figures: `token_sort_ratio` of two texts sharing
few words (computed from each report's words sorted once, `Report.sorted_text`) and
`token_set_ratio` otherwise, on the reports of a real labelled story set, every pair of them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

from rapidfuzz import fuzz

from bot.story import SHARED_WORDS, text_likeness
from tests.support.reports import placed_report

DATA = Path(__file__).resolve().parent / "data" / "same_story.jsonl"


def test_text_likeness_is_rapidfuzz_token_sort_or_token_set_ratio():
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    when = datetime(2026, 11, 16, 6, 0, tzinfo=UTC)
    reports = [
        placed_report(n, when, item["title"], item["summary"], (item["location"], item["kind"]))
        for n, item in enumerate(items[:150])
    ]
    branches = {"sort": 0, "set": 0}
    for a, b in combinations(reports, 2):
        if len(a.words & b.words) < SHARED_WORDS:
            branches["sort"] += 1
            assert text_likeness(a, b) == fuzz.token_sort_ratio(a.text, b.text)
        else:
            branches["set"] += 1
            assert text_likeness(a, b) == fuzz.token_set_ratio(a.text, b.text)
    assert branches["sort"] > 1000 and branches["set"] > 100  # both rules met, many times
