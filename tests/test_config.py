"""bot.config: every broken config is refused with the key path and YAML line of each problem."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, ConfigProblem, load_config, parse_config

REPO = Path(__file__).resolve().parents[1]

# A valid config in the shape of PRODUCT.md. The line numbers in the tables below refer to it.
BASE = """\
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
feeds:
  - name: Example wire
    url: https://example.org/rss.xml
    interval: 10m
  - name: Offline sample
    path: samples/bamako.xml
    max_age: off
watchlists:
  bamako:
    title: Bamako
    severity: high
    locations:
      - name: Bamako airport
        aliases: ["BKO", "aéroport de Bamako"]
        threshold: 90
    keywords: [attack, explosion]
    exclude: [football]
    chats: [-100123456]
  niamey:
    title: Niamey
    locations:
      - name: Niamey
"""


def edit(old: str, new: str, text: str = BASE) -> str:
    """BASE with one exact, unique fragment replaced (so a typo in a test cannot go unnoticed)."""
    assert text.count(old) == 1, f"{old!r} must occur exactly once"
    return text.replace(old, new)


def problems_of(text: str) -> list[ConfigProblem]:
    with pytest.raises(ConfigError) as info:
        parse_config(text, source="test.yaml")
    assert info.value.source == "test.yaml"
    assert info.value.problems, "a ConfigError must list at least one problem"
    return info.value.problems


def test_base_config_is_valid() -> None:
    config = parse_config(BASE)
    assert [f.name for f in config.feeds] == ["Example wire", "Offline sample"]
    assert list(config.watchlists) == ["bamako", "niamey"]
    assert config.watchlists["bamako"].locations[0].threshold == 90
    assert config.watchlists["niamey"].severity == "medium"
    assert config.telegram.access.invite_codes == ["bko-ops-2026"]


# (id, broken text, key path, line, a fragment of the message)
BROKEN = [
    (
        "unknown-key-keywrods",
        edit("    keywords: [attack, explosion]", "    keywrods: [attack, explosion]"),
        "watchlists.bamako.keywrods",
        27,
        "unknown key 'keywrods'",
    ),
    ("unknown-key-polling", edit("  interval: 5m", "  intervall: 5m"), "polling.intervall", 7, "unknown key 'intervall'"),
    ("unknown-top-level-key", "feed:\n  - name: x\n" + BASE, "feed", 1, "unknown key 'feed'"),
    (
        "duplicate-yaml-key",
        edit("    severity: high\n", "    severity: high\n    severity: low\n"),
        "watchlists.bamako.severity",
        23,
        "duplicate key 'severity' (first on line 22)",
    ),
    (
        "duplicate-watchlist-id",
        BASE + "  bamako:\n    title: Again\n    locations: [{name: Elsewhere}]\n",
        "watchlists.bamako",
        34,
        "duplicate key 'bamako' (first on line 20)",
    ),
    (
        "ftp-url",
        edit("url: https://example.org/rss.xml", "url: ftp://example.org/rss.xml"),
        "feeds[0].url",
        14,
        "http:// or https://",
    ),
    (
        "feed-with-url-and-path",
        edit("    url: https://example.org/rss.xml\n", "    url: https://example.org/rss.xml\n    path: wire.xml\n"),
        "feeds[0]",
        13,
        "exactly one of url or path",
    ),
    (
        "feed-with-neither-url-nor-path",
        edit("    url: https://example.org/rss.xml\n", ""),
        "feeds[0]",
        13,
        "exactly one of url or path",
    ),
    ("empty-feed-name", edit("  - name: Example wire", "  - name: '  '"), "feeds[0].name", 13, "at least 1 character"),
    (
        "threshold-120",
        edit("threshold: 90", "threshold: 120"),
        "watchlists.bamako.locations[0].threshold",
        26,
        "less than or equal to 100",
    ),
    (
        "threshold-negative",
        edit("threshold: 90", "threshold: -1"),
        "watchlists.bamako.locations[0].threshold",
        26,
        "greater than or equal to 0",
    ),
    ("severity-hgh", edit("severity: high", "severity: hgh"), "watchlists.bamako.severity", 22, "'critical'"),
    ("duration-5x", edit("interval: 5m", "interval: 5x"), "polling.interval", 7, "'5x' is not a duration"),
    ("duration-0s", edit("interval: 10m", "interval: 0s"), "feeds[0].interval", 15, "at least 1s"),
    ("duration-negative", edit("window: 72h", "window: -5"), "dedup.window", 11, "at least 1s"),
    ("duration-bool", edit("timeout: 20s", "timeout: yes"), "polling.timeout", 8, "expected a duration"),
    ("max-age-word", edit("max_age: 24h", "max_age: sometimes"), "polling.max_age", 9, "'sometimes' is not a duration"),
    (
        "invalid-yaml-mapping-in-value",
        edit("    title: Bamako\n", "    title: Bamako: airport\n"),
        "",
        21,
        "not valid YAML",
    ),
    ("invalid-yaml-tab", edit("  interval: 5m", "\tinterval: 5m"), "", 7, "not valid YAML"),
    ("empty-file", "", "", None, "must be a mapping"),
    ("comments-only-file", "# nothing here yet\n\n", "", None, "must be a mapping"),
    ("top-level-list", "- feeds\n- watchlists\n", "", None, "must be a mapping"),
    (
        "invite-code-with-space",
        edit('invite_codes: ["bko-ops-2026"]', 'invite_codes: ["bko ops 2026"]'),
        "telegram.access.invite_codes",
        5,
        "invite code 'bko ops 2026'",
    ),
    (
        "invite-code-duplicate",
        edit('invite_codes: ["bko-ops-2026"]', 'invite_codes: ["bko-ops-2026", "bko-ops-2026"]'),
        "telegram.access.invite_codes",
        5,
        "unique",
    ),
    (
        "api-url-not-http",
        edit("  admins: [111111]", "  api_url: ftp://api.example.org\n  admins: [111111]"),
        "telegram.api_url",
        2,
        "http(s) URL",
    ),
    (
        "unknown-time-zone",
        edit("  admins: [111111]", "  admins: [111111]\n  timezone: Mars/Olympus"),
        "telegram.timezone",
        3,
        "unknown time zone",
    ),
    (
        "empty-location-name",
        edit("      - name: Bamako airport", "      - name: ''"),
        "watchlists.bamako.locations[0].name",
        24,
        "at least 1 character",
    ),
    (
        "empty-alias",
        edit('aliases: ["BKO", "aéroport de Bamako"]', 'aliases: ["BKO", " "]'),
        "watchlists.bamako.locations[0].aliases[1]",
        25,
        "at least 1 character",
    ),
    (
        "empty-locations-list",
        edit("    locations:\n      - name: Niamey\n", "    locations: []\n"),
        "watchlists.niamey.locations",
        32,
        "at least 1 item",
    ),
    (
        "missing-locations",
        edit("    locations:\n      - name: Niamey\n", ""),
        "watchlists.niamey.locations",
        30,
        "Field required",
    ),
    (
        "keywords-not-a-list",
        edit("keywords: [attack, explosion]", "keywords: attack"),
        "watchlists.bamako.keywords",
        27,
        "valid list",
    ),
    (
        "chat-id-not-a-number",
        edit("chats: [-100123456]", "chats: [ops-group]"),
        "watchlists.bamako.chats[0].id",
        29,
        "valid integer",
    ),
    ("empty-feeds-list", "feeds: []\n" + BASE[BASE.index("watchlists:") :], "feeds", 1, "at least 1 item"),
]


@pytest.mark.parametrize(("text", "path", "line", "fragment"), [case[1:] for case in BROKEN], ids=[case[0] for case in BROKEN])
def test_broken_config_names_key_path_and_line(text: str, path: str, line: int | None, fragment: str) -> None:
    problems = problems_of(text)
    assert [(p.path, p.line) for p in problems] == [(path, line)], problems
    assert fragment in problems[0].message


def test_watchlist_id_with_a_space_is_refused_at_its_line() -> None:
    problems = problems_of(edit("  bamako:\n", "  bam ako:\n"))
    assert len(problems) == 1
    assert problems[0].line == 20
    assert problems[0].path.startswith("watchlists.bam ako")
    assert "pattern" in problems[0].message


def test_watchlist_id_with_a_space_has_a_clean_key_path() -> None:
    problems = problems_of(edit("  bamako:\n", "  bam ako:\n"))
    assert [p.path for p in problems] == ["watchlists.bam ako"]


DUPLICATE_FEEDS = [
    (
        "duplicate-feed-name",
        edit("  - name: Offline sample", "  - name: Example wire"),
        "two feeds are named 'Example wire' (also feeds[0])",
    ),
    (
        "duplicate-feed-url",
        edit("    path: samples/bamako.xml", "    url: HTTPS://EXAMPLE.ORG/rss.xml"),
        "two feeds read 'HTTPS://EXAMPLE.ORG/rss.xml' (also feeds[0])",
    ),
]


@pytest.mark.parametrize(("text", "message"), [c[1:] for c in DUPLICATE_FEEDS], ids=[c[0] for c in DUPLICATE_FEEDS])
def test_duplicate_feeds_are_refused(text: str, message: str) -> None:
    problems = problems_of(text)
    assert [p.message for p in problems] == [message]


@pytest.mark.parametrize(
    ("text", "path", "line"),
    [(DUPLICATE_FEEDS[0][1], "feeds[1].name", 16), (DUPLICATE_FEEDS[1][1], "feeds[1].url", 17)],
    ids=["name", "url"],
)
def test_duplicate_feeds_name_key_path_and_line(text: str, path: str, line: int) -> None:
    problems = problems_of(text)
    assert [(p.path, p.line) for p in problems] == [(path, line)]


@pytest.mark.parametrize("value", [".nan", ".inf"])
def test_non_finite_durations_are_refused(value: str) -> None:
    problems = problems_of(edit("interval: 5m", f"interval: {value}"))
    assert [(p.path, p.line) for p in problems] == [("polling.interval", 7)]


def test_every_problem_is_reported_in_line_order() -> None:
    text = edit("threshold: 90", "threshold: 120", edit("severity: high", "severity: hgh", edit("interval: 5m", "interval: 5x")))
    problems = problems_of(text)
    assert [(p.path, p.line) for p in problems] == [
        ("polling.interval", 7),
        ("watchlists.bamako.severity", 22),
        ("watchlists.bamako.locations[0].threshold", 26),
    ]


def test_problem_text_names_line_and_key_path() -> None:
    problem = ConfigProblem("watchlists.bamako.locations[0].threshold", 26, "too big")
    assert str(problem) == "line 26: watchlists.bamako.locations[0].threshold: too big"
    assert str(ConfigProblem("", None, "empty")) == "(top level): empty"


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("90", 90.0),
        ("'90'", 90.0),
        ("90s", 90.0),
        ("'90s'", 90.0),
        ("5m", 300.0),
        ("5M", 300.0),
        ("2h", 7200.0),
        ("1d", 86400.0),
        ("1.5h", 5400.0),
        ("' 5m '", 300.0),
    ],
)
def test_good_durations(value: str, seconds: float) -> None:
    config = parse_config(edit("interval: 5m", f"interval: {value}"))
    assert config.polling.interval == seconds
    assert config.feed_interval(config.feeds[1]) == seconds  # a feed without its own interval
    assert config.feed_interval(config.feeds[0]) == 600.0  # a feed's own interval wins


@pytest.mark.parametrize("value", ["off", "OFF", "Off", "'off'", "false"])
def test_polling_max_age_off_means_no_limit(value: str) -> None:
    config = parse_config(edit("max_age: 24h", f"max_age: {value}"))
    assert config.polling.max_age is None
    assert config.feed_max_age(config.feeds[0]) is None


def test_per_feed_max_age_overrides_polling_max_age() -> None:
    config = parse_config(edit("    interval: 10m\n", "    interval: 10m\n    max_age: 2h\n"))
    wire, sample = config.feeds
    assert config.polling.max_age == 86400.0
    assert config.feed_max_age(wire) == 7200.0  # its own duration
    assert config.feed_max_age(sample) is None  # its own `off`, although polling says 24h


def test_feed_without_max_age_uses_polling_max_age() -> None:
    config = parse_config(edit("    max_age: off\n", ""))
    assert config.feed_max_age(config.feeds[1]) == 86400.0
    config = parse_config(edit("    max_age: off\n", "", edit("max_age: 24h", "max_age: 3h")))
    assert config.feed_max_age(config.feeds[1]) == 3 * 3600.0


def test_telegram_timezone_defaults_to_utc_and_is_spelled_as_iana_spells_it() -> None:
    assert parse_config(BASE).telegram.timezone == "UTC"
    config = parse_config(edit("  admins: [111111]", "  admins: [111111]\n  timezone: africa/bamako"))
    assert config.telegram.timezone == "Africa/Bamako"


def test_default_max_age_is_24h() -> None:
    config = parse_config(edit("  max_age: 24h\n", ""))
    assert config.polling.max_age == 86400.0
    assert config.feed_max_age(config.feeds[0]) == 86400.0


def test_relative_feed_path_is_resolved_against_the_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "deploy"
    folder.mkdir()
    config_file = folder / "config.yaml"
    absolute = tmp_path / "elsewhere" / "archive.xml"
    config_file.write_text(
        edit("    path: samples/bamako.xml\n", f"    path: samples/bamako.xml\n  - name: Archive\n    path: {absolute}\n"),
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)  # the working directory must not matter
    config = load_config(config_file)
    sample, archive = config.feeds[1], config.feeds[2]
    assert config.feed_path(sample) == folder / "samples" / "bamako.xml"
    assert config.feed_path(archive) == absolute
    assert sample.source == "file:samples/bamako.xml"


def test_bundled_sample_config_reads_its_bundled_feed() -> None:
    config = load_config(REPO / "samples" / "config.yaml")
    (feed,) = config.feeds
    assert config.feed_path(feed).resolve() == (REPO / "samples" / "bamako.xml").resolve()
    assert config.feed_path(feed).is_file()
    assert config.feed_max_age(feed) is None


def test_load_config_reports_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "missing.yaml")
    (problem,) = info.value.problems
    assert problem.path == ""
    assert "cannot read the file" in problem.message


# --- the command line -------------------------------------------------------------------------


def run_check_config(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "check-config", "--config", str(config)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_check_config_bad_config_exits_2_with_one_line_per_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        edit("threshold: 90", "threshold: 120", edit("severity: high", "severity: hgh", edit("interval: 5m", "interval: 5x"))),
        encoding="utf-8",
    )
    result = run_check_config(bad)
    assert result.returncode == 2
    output = (result.stdout + result.stderr).splitlines()
    problem_lines = [line for line in output if ": line " in line]
    assert len(problem_lines) == 3, output
    expected = [("line 7", "polling.interval"), ("line 22", "watchlists.bamako.severity")]
    expected.append(("line 26", "watchlists.bamako.locations[0].threshold"))
    for line, (where, key_path) in zip(problem_lines, expected, strict=True):
        assert where in line
        assert key_path in line
        assert str(bad) in line
    assert "ok" not in result.stdout


def test_cli_check_config_invalid_yaml_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(edit("    title: Bamako\n", "    title: Bamako: airport\n"), encoding="utf-8")
    result = run_check_config(bad)
    assert result.returncode == 2
    assert any("line 21" in line and "not valid YAML" in line for line in result.stderr.splitlines())


@pytest.mark.parametrize("which", ["tmp", "sample"])
def test_cli_check_config_good_config_exits_0(tmp_path: Path, which: str) -> None:
    if which == "tmp":
        good = tmp_path / "config.yaml"
        good.write_text(BASE, encoding="utf-8")
    else:
        good = REPO / "samples" / "config.yaml"
    result = run_check_config(good)
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout


def test_cross_checks_run_on_the_feeds_that_validated_beside_schema_errors() -> None:
    """One round of fixes: a duplicate feed name is told with a typo elsewhere, even when the
    duplicate's own url is bad (its name is still a clash)."""
    text = edit(
        "severity: high",
        "severity: hgh",
        edit("  - name: Offline sample\n    path: samples/bamako.xml", "  - name: Example wire\n    url: ftp://example.org/x"),
    )
    problems = problems_of(text)
    assert [(p.path, p.line) for p in problems] == [
        ("feeds[1].name", 16),
        ("feeds[1].url", 17),
        ("watchlists.bamako.severity", 22),
    ]
    assert problems[0].message == "two feeds are named 'Example wire' (also feeds[0])"


def test_a_failed_config_keeps_the_locations_that_validated_at_their_place() -> None:
    """The radius check needs the locations of a watchlist that failed: the valid ones are kept
    with their index in the file, the broken one left out."""
    text = edit(
        "      - name: Bamako airport\n",
        "      - name: Faladie\n        threshold: 150\n      - name: Bamako airport\n        radius: 5km\n",
        edit("severity: high", "severity: hgh"),
    )
    with pytest.raises(ConfigError) as info:
        parse_config(text)
    parts = info.value.parts
    assert parts is not None
    assert [loc.name for loc in parts.watchlists["bamako"].locations] == ["Bamako airport"]
    assert parts.positions[("bamako", "Bamako airport")] == 1
    assert parts.line_of(("watchlists", "bamako", "locations", 1, "radius")) == 27


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("feeds:", "feed:", "unknown key 'feed': did you mean 'feeds'?"),
        ("  interval: 5m", "  intervall: 5m", "unknown key 'intervall': did you mean 'interval'?"),
        ("    allowed_users:", "    allowed_user:", "unknown key 'allowed_user': did you mean 'allowed_users'?"),
        ("        aliases:", "        alias:", "unknown key 'alias': did you mean 'aliases'?"),
        ("    keywords:", "    keywrods:", "unknown key 'keywrods': did you mean 'keywords'?"),
        ("    chats: [-100123456]", "    chats: [{id: -100123456, topik: 7}]", "unknown key 'topik': did you mean 'topic'?"),
        ("    exclude: [football]", "    zzzq: [football]", "unknown key 'zzzq'"),
    ],
    ids=["top", "polling", "access", "location", "watchlist", "chat", "nothing-close"],
)
def test_an_unknown_key_suggests_the_closest_known_one_at_its_level(old: str, new: str, message: str) -> None:
    problems = problems_of(edit(old, new))
    assert message in [p.message for p in problems]  # "feed:" also leaves feeds missing


UNCLOSED_QUOTE = """\
feeds:
  - name: a
    path: x.xml
watchlists:
  bamako:
    title: "Bamako
    locations:
      - name: Bamako
"""


def test_cli_an_unclosed_quote_points_at_its_line_not_past_the_end(tmp_path: Path) -> None:
    bad = tmp_path / "syn.yaml"
    bad.write_text(UNCLOSED_QUOTE, encoding="utf-8")
    result = run_check_config(bad)
    assert result.returncode == 2
    [said] = [line for line in result.stderr.splitlines() if "not valid YAML" in line]
    assert f"{bad}: line 6: " in said, said
    assert "while scanning a quoted scalar at line 6, column 12" in said
    assert "found unexpected end of stream at the end of the file" in said
    assert "line 9" not in said, "the file has 8 lines"


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        ("a: 1\n  b: 2\n", 2, "mapping values are not allowed here at line 2, column 4"),
        ("a: [1, 2\nb: 3\n", 2, "while parsing a flow sequence at line 1, column 4: expected ',' or ']'"),
        ("a:\n  b: 1\n c: 2\n", 3, "while parsing a block mapping at line 1, column 1: expected <block end>"),
        ("a: 'open\n", 1, "while scanning a quoted scalar at line 1, column 4: found unexpected end of stream"),
        ("a: [1, 2", 1, "while parsing a flow sequence at line 1, column 4: expected ',' or ']', but got '<stream end>'"),
    ],
)
def test_yaml_errors_give_both_marks(text: str, line: int, said: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config(text)
    [problem] = caught.value.problems
    assert problem.line == line and said in problem.message, problem
