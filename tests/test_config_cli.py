"""`python -m bot check-config` on broken configs: every problem named with its key path and
YAML line, exit code 2; a good config passes with exit code 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main

GOOD = """\
telegram:
  admins: [111111]
  access:
    allowed_users: [222222]
    invite_codes: ["bko-ops-2026"]
polling:
  interval: 5m
  timeout: 20s
  max_age: 24h
dedup:
  window: 72h
retention:
  keep: 90d
feeds:
  - name: Wire
    url: https://example.org/rss.xml
  - name: Sample
    path: samples/bamako.xml
    max_age: off
watchlists:
  bamako:
    title: Bamako
    severity: high
    locations:
      - name: Bamako airport
        aliases: ["BKO"]
        threshold: 90
    keywords: [attack]
    exclude: [football]
    chats: [-100123456]
"""

# (id, text to replace, replacement, expected line of the report)
BROKEN = [
    ("misspelt-key", "    keywords: [attack]", "    keywrods: [attack]", "line 28: watchlists.bamako.keywrods: unknown key"),
    (
        "duplicate-key",
        "    exclude: [football]",
        "    exclude: [football]\n    exclude: [drill]",
        "line 30: watchlists.bamako.exclude: duplicate key 'exclude' (first on line 29)",
    ),
    (
        "duplicate-watchlist",
        "watchlists:\n",
        "watchlists:\n  bamako:\n    title: Other\n    locations: [{name: X}]\n",
        "line 24: watchlists.bamako: duplicate key 'bamako' (first on line 21)",
    ),
    (
        "duplicate-feed-url",
        "    path: samples/bamako.xml",
        "    url: https://EXAMPLE.org/rss.xml",
        "line 18: feeds[1].url: two feeds read 'https://EXAMPLE.org/rss.xml' (also feeds[0])",
    ),
    ("duplicate-feed-name", "  - name: Sample", "  - name: Wire", "line 17: feeds[1].name: two feeds are named 'Wire'"),
    (
        "empty-location-name",
        "      - name: Bamako airport",
        "      - name: '  '",
        "line 25: watchlists.bamako.locations[0].name: String should have at least 1 character",
    ),
    (
        "empty-alias",
        'aliases: ["BKO"]',
        'aliases: ["BKO", ""]',
        "line 26: watchlists.bamako.locations[0].aliases[1]: String should have at least 1 character",
    ),
    (
        "threshold-too-high",
        "threshold: 90",
        "threshold: 120",
        "line 27: watchlists.bamako.locations[0].threshold: Input should be less than or equal to 100",
    ),
    (
        "threshold-negative",
        "threshold: 90",
        "threshold: -1",
        "line 27: watchlists.bamako.locations[0].threshold: Input should be greater than or equal to 0",
    ),
    (
        "ftp-url",
        "https://example.org/rss.xml",
        "ftp://example.org/rss.xml",
        "line 16: feeds[0].url: feed url must start with http:// or https://",
    ),
    ("bad-port", "https://example.org/rss.xml", "https://example.org:44o/rss.xml", "line 16: feeds[0].url: not a valid URL"),
    (
        "unknown-severity",
        "severity: high",
        "severity: hgh",
        "line 23: watchlists.bamako.severity: Input should be 'low', 'medium', 'high' or 'critical'",
    ),
    ("bad-invite-code", '["bko-ops-2026"]', '["bko ops"]', "line 5: telegram.access.invite_codes: invite code 'bko ops'"),
    ("bad-duration", "interval: 5m", "interval: 5 minutes", "line 7: polling.interval: '5 minutes' is not a duration"),
    ("zero-duration", "timeout: 20s", "timeout: 0s", "line 8: polling.timeout: a duration must be"),
    (
        "feed-with-url-and-path",
        "    path: samples/bamako.xml",
        "    path: samples/bamako.xml\n    url: https://x.org/f",
        "line 17: feeds[1]: a feed needs exactly one of url or path",
    ),
    ("feed-with-neither", "    path: samples/bamako.xml\n", "", "line 17: feeds[1]: a feed needs exactly one of url or path"),
    (
        "no-locations",
        '    locations:\n      - name: Bamako airport\n        aliases: ["BKO"]\n        threshold: 90\n',
        "    locations: []\n",
        "line 24: watchlists.bamako.locations: List should have at least 1 item",
    ),
    ("admin-not-a-number", "admins: [111111]", "admins: [alice]", "line 2: telegram.admins[0]: Input should be a valid integer"),
    ("admin-boolean", "admins: [111111]", "admins: [true]", "line 2: telegram.admins[0]: Input should be a valid integer"),
    ("watchlist-id-with-space", "  bamako:", "  bam ako:", "line 21: watchlists.bam ako: String should match pattern"),
    ("not-yaml", "    title: Bamako", "    title: [Bamako", "not valid YAML"),
    ("retention-too-short", "keep: 90d", "keep: 2d", "line 13: retention.keep: must be at least 7 days"),
    (
        "retention-shorter-than-a-feeds-max-age",
        "    max_age: off",
        "    max_age: 120d",
        "line 13: retention.keep: must be at least 120 days",
    ),
    ("duration-absurd", "window: 72h", "window: 99999d", "line 11: dedup.window: a duration must be at most 3650d"),
    ("top-level-typo", "polling:", "poling:", "line 6: poling: unknown key 'poling'"),
    (
        "chat-id-text",
        "chats: [-100123456]",
        "chats: [ops-room]",
        "line 30: watchlists.bamako.chats[0].id: Input should be a valid integer",
    ),
]


def test_the_good_config_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(GOOD)
    assert main(["check-config", "--config", str(path)]) == 0
    assert "ok (2 feeds, 1 watchlist, 1 location" in capsys.readouterr().out  # and a warning: its path: feed is elsewhere


def test_there_are_at_least_twenty_broken_variants() -> None:
    assert len(BROKEN) >= 20 and all(old in GOOD for _, old, _, _ in BROKEN)


@pytest.mark.parametrize(("old", "new", "expected"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_a_broken_config_is_refused_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, expected: str
) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(GOOD.replace(old, new, 1))
    assert main(["check-config", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err, err


def test_an_empty_or_missing_file_is_refused_not_read_as_watch_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    assert main(["check-config", "--config", str(empty)]) == 2
    assert "empty or not a mapping" in capsys.readouterr().err
    assert main(["check-config", "--config", str(tmp_path / "missing.yaml")]) == 2
    assert "cannot read the file" in capsys.readouterr().err


def test_check_config_and_run_tell_a_radius_with_nothing_to_measure_from_beside_schema_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One round of fixes: the gazetteer's check runs on the locations that validated, though
    the watchlist around them did not (a bad severity, a typo'd key, a bad threshold)."""
    path = tmp_path / "config.yaml"
    broken = GOOD.replace("    severity: high", "    severity: hihg").replace(
        "        threshold: 90\n",
        "        threshold: 150\n        radius: 25km\n      - name: Xyzzyville Qwerty\n        radius: 10km\n",
    )
    path.write_text(broken.replace("    keywords: [attack]", "    keywrods: [attack]"))
    for command in ("check-config", "run"):
        assert main([command, "--config", str(path)]) == 2
        err = capsys.readouterr().err
        problems = [line.split(": ", 1)[1] for line in err.splitlines()[1:]]
        assert problems == [
            "line 23: watchlists.bamako.severity: Input should be 'low', 'medium', 'high' or 'critical'",
            "line 27: watchlists.bamako.locations[0].threshold: Input should be less than or equal to 100",
            "line 30: watchlists.bamako.locations[1].radius: nothing to measure from: add coords: [lat, lon]",
            "line 31: watchlists.bamako.keywrods: unknown key 'keywrods': did you mean 'keywords'?",
        ], err
        assert err.splitlines()[0].endswith(": 4 problems")
