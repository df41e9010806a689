"""The command line: a thin layer that turns library results and errors into output and exit codes.

Exit codes: 0 success, 1 an unexpected failure (or the reader of stdout went away, as in
`| head`: quietly, as Unix tools stop), 2 a config or usage problem.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import select
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from . import __version__
from .config import Config, ConfigError, config_warnings, load_config
from .deliver import TokenRejected
from .geo.resolve import PlaceModel, place_model, radius_problems, with_radius_problems
from .logs import setup_logging
from .match import placed_matcher
from .places import look_up_places_apart
from .store import StoreError
from .wording import count

log = logging.getLogger("bot")


def _db_default() -> str:
    """ALERTS_DB lets a host keep alerts.db on a persistent volume without editing the command."""
    return os.environ.get("ALERTS_DB") or "alerts.db"


def _global_options(parser: argparse.ArgumentParser, shown: bool) -> None:
    """Options accepted on either side of the command (`--log-level DEBUG run` or `run --log-level DEBUG`).

    The top-level parser holds the defaults; each command's copy defaults to SUPPRESS so that an
    option given before the command is not overwritten by the command's default.
    """
    default = (lambda value: value) if shown else (lambda value: argparse.SUPPRESS)
    parser.add_argument(
        "--log-level",
        default=default("INFO"),
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="how much to log on stderr (default: INFO; DEBUG shows why items were not alerted)",
    )


def _config_option(parser: argparse.ArgumentParser, shown: bool = False, used: bool = True) -> None:
    """`used=False`: a command that reads no config still accepts `--config` after its name, as
    the top level accepts it before (a script may pass the same options to every command);
    its help does not list it."""
    parser.add_argument(
        "--config",
        metavar="PATH",
        default="config.yaml" if shown else argparse.SUPPRESS,
        help="the config file (default: config.yaml)" if used else argparse.SUPPRESS,
    )


def _db_option(parser: argparse.ArgumentParser, shown: bool = False, used: bool = True) -> None:
    """`used=False`: as for `_config_option`."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=_db_default() if shown else argparse.SUPPRESS,
        help=f"the SQLite database (default: $ALERTS_DB or alerts.db; now {_db_default()})" if used else argparse.SUPPRESS,
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (got {value})")
    return value


START_HERE = """\
Start here:
  1. python -m bot run --once --config samples/config.yaml
     the demo: a bundled fictional feed, its alerts printed; no Telegram, no network
  2. edit config.yaml (real feeds already in it): your admins, watchlists and feeds, then
     python -m bot check-config
     one line per problem with its line in the file; when good, each place as found, and "ok"
  3. python -m bot run, with TELEGRAM_BOT_TOKEN set: see "Deploying" in README.md
Every command has its own --help (python -m bot bench match --help).

Exit codes: 0 success, 1 a failure (see its message), 2 a config or usage problem or a rejected token."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Security alerts from news feeds to Telegram.",
        epilog=START_HERE,
        formatter_class=argparse.RawDescriptionHelpFormatter,  # keeps the epilog's lines as written
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, shown=True)
    _config_option(parser, shown=True)
    _db_option(parser, shown=True)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str, config: bool = False, db: bool = False) -> argparse.ArgumentParser:
        cmd = sub.add_parser(name, help=help, description=help[:1].upper() + help[1:] + ".")
        _global_options(cmd, shown=False)
        _config_option(cmd, used=config)
        _db_option(cmd, used=db)
        return cmd

    run = command("run", "poll the feeds and deliver alerts (the main job)", config=True, db=True)
    run.add_argument("--once", action="store_true", help="poll every feed once, deliver what is due, exit")

    command("check-config", "validate the config; exit 2 with one line per problem", config=True)

    match = command("match", "which watchlists a text would alert, and why", config=True)
    match.add_argument("text", nargs="*", help="the text; without it, JSON lines on stdin")

    places = command("places", "every place a text names, as the place model reads it, and why", config=True)
    places.add_argument("text", nargs="*", help="the text; without it, JSON lines on stdin")

    story = command("story", "which items the bot would group as one incident, and why (JSON lines on stdin)", config=True)
    story.add_argument("--explain", nargs=2, metavar=("A", "B"), help="why the items with ids A and B were or were not grouped")

    stats = command("stats", "alerts per watchlist and location per day; false alarms and duplicates marked", db=True)
    stats.add_argument("--days", type=_positive_int, default=30, help="how many days back, at least 1 (default: 30)")

    keywords = command("keywords", "the bundled keyword sets (keyword_sets: in a watchlist); with SET, its words by language")
    keywords.add_argument("set", nargs="?", metavar="SET", help=f"a set's name: {', '.join(_keyword_set_names())}")

    feeds = command("feeds", "each feed's health: last success, failures in a row, last error, next poll", config=True, db=True)
    test_help = "fetch one feed once and show what it would alert, and why; records nothing"
    feeds_test = feeds.add_subparsers(dest="feeds_command", metavar="[test]").add_parser(
        "test", help=test_help, description=test_help[:1].upper() + test_help[1:] + "."
    )
    _global_options(feeds_test, shown=False)
    _config_option(feeds_test)
    _db_option(feeds_test, used=False)
    feeds_test.add_argument("target", metavar="URL|NAME|PATH", help="an http(s) URL, a feed name from the config or a file")

    _bench_commands(command("bench", "benchmarks, with baselines measured in the same run"))
    return parser


BENCHES = {  # each benchmark: what it measures, and which of the options it takes
    "match": ("items/s of matching against brute force and a substring loop, start-up, memory", ("names", "items", "passes")),
    "story": ("ms per item of grouping with many reports in the window, against a naive scan", ("window", "passes")),
    "gazetteer": ("the gazetteer's build and load times, look-ups/s and peak memory", ("passes",)),
    "digest": ("building a digest of 10,000 alerts, with and without its chart, against 1 s", ("passes",)),
    "poll": ("one poll of a feed of many new items, stored as `run` stores them", ("items", "passes")),
    "fetch": ("one poll cycle of 1,000 feeds on 50 loopback hosts, then one with nothing changed", ()),
    "delivery": ("messages/s, 429s, lost and duplicate messages against a fake Bot API (about 3 min)", ()),
}


def _bench_commands(bench: argparse.ArgumentParser) -> None:
    """One command per benchmark, each with only the options it reads and its own defaults."""
    kinds = bench.add_subparsers(dest="what", required=True, metavar="BENCHMARK")
    for name, (about, options) in BENCHES.items():
        cmd = kinds.add_parser(name, help=about, description=f"The {name} benchmark: {about}.")
        _global_options(cmd, shown=False)
        _config_option(cmd, used=False)  # accepted, as by every command, and unused
        _db_option(cmd, used=False)
        if "window" in options:
            cmd.add_argument("--window", type=_positive_int, default=100_000, help="reports in the window (default: 100000)")
        if "names" in options:
            names = "watched names: airports, cities (default: 10000)"
            cmd.add_argument("--names", type=_positive_int, default=10_000, help=names)
        if "items" in options:
            items = 5_000 if name == "poll" else 2_000
            what = "the feed's new items" if name == "poll" else "news-like items to match"
            cmd.add_argument("--items", type=_positive_int, default=items, help=f"{what} (default: {items})")
        if "passes" in options:
            passes = 3 if name == "poll" else 5
            cmd.add_argument(
                "--passes", type=_positive_int, default=passes, help=f"timed passes; the median is reported (default: {passes})"
            )


def _keyword_set_names() -> list[str]:
    """The bundled sets' names, from the sets themselves (a set added to the data is listed)."""
    from .vocabulary import keyword_sets

    return list(keyword_sets())


def _load(path: str) -> Config | None:
    """The config, or None with every problem printed: the schema's and, for the locations that
    validated, a `radius:` with nothing to measure from (one round of fixes, not two)."""
    try:
        return load_config(path)
    except ConfigError as error:
        from .geo import load_gazetteer

        exc = with_radius_problems(error, load_gazetteer())
        print(f"{exc.source}: {count(len(exc.problems), 'problem')}", file=sys.stderr)
        for problem in exc.problems:
            print(f"{exc.source}: {problem}", file=sys.stderr)
        return None


class _StopRequested(BaseException):
    """SIGTERM or SIGINT while `run` starts (the config read, the gazetteer loaded): not an
    error, a stop asked for before the event loop's own handlers are in place."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.name = signal.Signals(signum).name


def _stop_requested(signum: int, frame: object) -> None:
    raise _StopRequested(signum)


@contextlib.contextmanager
def _stoppable_start() -> Iterator[None]:
    """Until the running bot installs its own handlers, a signal stops `run` as a signal stops
    the bot: the same two lines, exit 0, no traceback (not 143, not a KeyboardInterrupt)."""
    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield
        return
    previous = {sig: signal.signal(sig, _stop_requested) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def cmd_run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except _StopRequested as stop:
        log.info("stopping: %s received; nothing was running yet", stop.name)
        log.info("stopped")
        return 0


def _run(args: argparse.Namespace) -> int:
    """The guard stays on around the event loop: each mode's loop installs its own handlers
    first thing, and a signal in the moment before lands here rather than killing the process."""
    with _stoppable_start():
        return _start(args)


def _start(args: argparse.Namespace) -> int:
    from . import app  # imported here so check-config and match stay light

    config = _load(args.config)
    if config is None or _resolve(args.config, config) is None:
        return 2
    if args.once:
        return asyncio.run(app.run_once(config, args.db))
    token = app.bot_token()
    if token is None:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(app.run_console(config, args.db, Path(args.config)))
        return 0
    app.run_telegram(config, args.db, token, Path(args.config))
    return 0


def _resolve(path: str, config: Config) -> PlaceModel | None:
    """Every location resolved against the gazetteer, with the radius look-up and the
    gazetteer's aliases; None (problems printed) when a `radius:` has nothing to measure from."""
    from .geo import load_gazetteer

    model = place_model(load_gazetteer(), config.watchlists)
    problems = radius_problems(config, model[0])
    if problems:
        print(f"{path}: {count(len(problems), 'problem')}", file=sys.stderr)
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        return None
    return model


def cmd_check_config(args: argparse.Namespace) -> int:
    config = _load(args.config)
    if config is None:
        return 2
    model = _resolve(args.config, config)
    if model is None:
        return 2
    resolutions = model[0]
    for resolution in resolutions.values():
        print(resolution.describe())
    warnings = config_warnings(config)
    unresolved = [r for r in resolutions.values() if not r.resolved]
    for warning in warnings:
        print(f"{args.config}: warning: {warning}", file=sys.stderr)
    for resolution in unresolved:
        print(f"{args.config}: warning: {resolution.describe()}: it matches by its typed names only", file=sys.stderr)
    warnings_count = len(warnings) + len(unresolved)
    locations = sum(len(wl.locations) for wl in config.watchlists.values())
    summary = f"{count(len(config.feeds), 'feed')}, {count(len(config.watchlists), 'watchlist')}, {count(locations, 'location')}"
    caveat = f"; {count(warnings_count, 'warning')}" if warnings_count else ""
    print(f"{args.config}: ok ({summary}{caveat})")
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    config = _load(args.config)
    if config is None:
        return 2
    model = _resolve(args.config, config)
    if model is None:
        return 2
    from .geo import load_gazetteer

    matcher = placed_matcher(config.watchlists, load_gazetteer(), look_up_places_apart, model)
    if args.text:
        print(matcher.explain(" ".join(args.text)))
        return 0

    def answer(item_id: object, title: str, summary: str) -> dict[str, object]:
        matches = [
            {**m.as_dict(), "keyword": r.keyword.term if r.keyword else None}
            for r in matcher.match(title, summary)
            for m in r.locations
        ]
        return {"id": item_id, "matches": matches}

    return _answer_json_lines(answer, {"matches": []})


def _answer_json_lines(answer: Callable[[object, str, str], dict[str, object]], empty: dict[str, object]) -> int:
    """`{"id","title","summary"}` lines on stdin, one answer line each on stdout, in order.

    One bad line must not cost the others their answers: it gets an error object in its place
    (so output lines still pair with input lines, `empty` filling the answer's fields) and the
    exit code is 1.
    """
    from .jsonlines import LineError, read_record

    status = 0
    for number, line in enumerate(sys.stdin, start=1):
        try:
            record = read_record(line)
            title, summary = str(record.get("title") or ""), str(record.get("summary") or "")
        except ValueError as exc:
            print(f"stdin line {number}: {exc}", file=sys.stderr)
            item_id = exc.item_id if isinstance(exc, LineError) else None
            print(json.dumps({"id": item_id, "line": number, "error": str(exc), **empty}, ensure_ascii=False), flush=True)
            status = 1
            continue
        print(json.dumps(answer(record.get("id"), title, summary), ensure_ascii=False), flush=True)
    return status


def cmd_story(args: argparse.Namespace) -> int:
    """Items on stdin grouped into stories as the bot would: one answer line each, or `--explain A B`."""
    from . import storycheck
    from .geo import load_gazetteer

    config = _load(args.config)
    if config is None:
        return 2
    model = _resolve(args.config, config)
    if model is None:
        return 2
    matcher = placed_matcher(config.watchlists, load_gazetteer(), look_up_places_apart, model)
    window = config.dedup.window / 3600
    items, errors = storycheck.group(matcher, window, sys.stdin)
    for error in errors:
        print(f"stdin line {error['line']}: {error['error']}", file=sys.stderr)
    if args.explain:
        try:
            print(storycheck.explain_pair(items, args.explain[0], args.explain[1], window))
        except storycheck.StoryInputError as exc:
            # A usage error, worded as argparse words its own: exit 2, told apart from a config
            # problem (lines that start with the config's path) by "python -m bot story: error:".
            print(f"python -m bot story: error: --explain: {exc}", file=sys.stderr)
            return 2
        return 1 if errors else 0
    for answer in storycheck.answers(items, errors):
        print(json.dumps(answer, ensure_ascii=False, default=str), flush=True)
    return 1 if errors else 0


def cmd_places(args: argparse.Namespace) -> int:
    """The place model's reading of items, for admins and geoparsing benchmarks. It needs no
    watchlists, so the config is checked (exit 2 when invalid) only when one is given or the
    default config.yaml exists: a benchmark runs it anywhere."""
    from .geo import load_gazetteer
    from .geo.report import describe, item_record, read_fields

    if args.config != "config.yaml" or Path(args.config).exists():
        config = _load(args.config)
        if config is None or _resolve(args.config, config) is None:
            return 2
    gazetteer = load_gazetteer()
    if args.text:
        print(describe(read_fields(gazetteer, " ".join(args.text)), gazetteer))
        return 0
    return _answer_json_lines(
        lambda item_id, title, summary: item_record(item_id, read_fields(gazetteer, title, summary), gazetteer),
        {"places": [], "turned_away": []},
    )


def cmd_stats(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime, timedelta

    from tabulate import tabulate

    from .store import Store

    if not Path(args.db).exists():  # nothing yet, as `feeds` says it; and nothing created
        print(f"{args.db}: no database yet (the bot creates it on its first run), so no alerts.")
        return 0
    store = Store.reader(args.db)  # read-only: works beside the running bot, and on a read-only disk
    since = datetime.now(UTC) - timedelta(days=args.days)
    rows = store.alert_counts(since)
    marked = store.mark_counts(since)
    store.close()
    if not rows:
        print(f"No alerts in the last {count(args.days, 'day')}.")
        return 0
    print(tabulate(rows, headers=["day (UTC)", "watchlist", "location", "alerts"], tablefmt="simple"))
    print(f"\n{count(sum(r[3] for r in rows), 'location alert')} over {count(len({r[0] for r in rows}), 'day')}")
    # What people said of them (the buttons under each alert): where the config cries wolf.
    headers = ["watchlist", "location", "feed", "alerts", "false alarms", "duplicates", "seen"]
    table = [(r.watchlist, r.location, r.feed, r.alerts, r.false_alarms, r.duplicates, r.seen) for r in marked]
    print(f"\nMarks over the last {count(args.days, 'day')}, per watchlist, location and feed (worst first):")
    print(tabulate(table, headers=headers, tablefmt="simple"))
    false_alarms, duplicates = sum(r.false_alarms for r in marked), sum(r.duplicates for r in marked)
    print(f"\n{count(false_alarms, 'false alarm')}, {count(duplicates, 'duplicate')} marked")
    return 0


def cmd_keywords(args: argparse.Namespace) -> int:
    """A bundled keyword set's words by language, or every set's name and size."""
    from .language import NAMES
    from .vocabulary import keyword_sets

    sets = keyword_sets()
    if args.set is None:
        for name, kws in sets.items():
            made_of = f" ({' + '.join(kws.union)})" if kws.union else ""
            print(f"{name}: {kws.description}{made_of}; {count(len(kws.pairs()), 'keyword')}")
        print("\nUse one in a watchlist with `keyword_sets: [NAME]`; `python -m bot keywords NAME` lists its words.")
        return 0
    if args.set not in sets:
        print(f"unknown keyword set {args.set!r}: the sets are {', '.join(sets)}", file=sys.stderr)
        return 2
    kws = sets[args.set]
    print(f"{kws.name}: {kws.description}")
    for lang, words in kws.words.items():
        print(f"{NAMES[lang]} ({lang}, {len(words)}): {', '.join(words)}")
    return 0


def cmd_feeds(args: argparse.Namespace) -> int:
    from . import feedcheck

    config = _load(args.config)
    if config is None:
        return 2
    if args.feeds_command == "test":
        return asyncio.run(feedcheck.try_feed(config, args.target))
    return feedcheck.show_health(config, args.db)


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import bench_delivery, bench_digest, bench_fetch, bench_match, bench_story

    if args.what == "poll":
        from .bench_poll import bench_poll

        print(bench_poll(items=args.items, passes=args.passes), flush=True)
    elif args.what == "digest":
        print(bench_digest(passes=args.passes), flush=True)
    elif args.what == "gazetteer":
        from .geo.bench import bench_gazetteer

        print(bench_gazetteer(passes=args.passes), flush=True)
    elif args.what == "story":
        print(bench_story(window=args.window, passes=args.passes), flush=True)
    elif args.what == "fetch":
        print(bench_fetch(), flush=True)
    elif args.what == "delivery":
        print(bench_delivery(), flush=True)
    else:
        print(bench_match(names=args.names, items=args.items, passes=args.passes))
    return 0


def _stdout_closed() -> bool:
    """Whether the BrokenPipeError is stdout's: a pipe whose reader has gone polls as an error.
    (A broken socket elsewhere is an unexpected error, and says so.)"""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll() (Windows), or no stdout to ask
        return True


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    setup_logging(args.log_level)
    commands = {"run": cmd_run, "check-config": cmd_check_config, "match": cmd_match, "bench": cmd_bench, "stats": cmd_stats}
    commands["feeds"] = cmd_feeds
    commands["places"] = cmd_places
    commands["keywords"] = cmd_keywords
    commands["story"] = cmd_story
    try:
        return commands[args.command](args)
    except BrokenPipeError:
        if not _stdout_closed():
            log.critical("the bot stopped on an unexpected error", exc_info=True)
            return 1
        # The reader went away (`| head`): stop quietly as Unix tools do. What is still buffered
        # goes nowhere, so Python's final flush of stdout cannot fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except StoreError as exc:
        # A db that cannot be opened is the admin's to fix: say which file and what to do, no traceback.
        log.critical("%s", exc)
        return 1
    except TokenRejected:
        # PTB's own message quotes the token; ours does not.
        log.critical("Telegram refused the bot token in TELEGRAM_BOT_TOKEN; check it with @BotFather")
        return 2
    except Exception:
        # Logged rather than left to Python's default hook, so the traceback is redacted too.
        log.critical("the bot stopped on an unexpected error", exc_info=True)
        return 1
