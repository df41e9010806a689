"""The command line: a thin layer that turns library results and errors into output and exit codes.

Exit codes: 0 success, 1 an unexpected failure, 2 a config or usage problem.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import sys
from pathlib import Path

from telegram.error import InvalidToken

from .config import Config, ConfigError, load_config
from .logs import setup_logging
from .match import Matcher
from .places import look_up_places_apart

log = logging.getLogger("bot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Security alerts from news feeds to Telegram.")
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="poll the feeds and deliver alerts (the main job)")
    run.add_argument("--config", default="config.yaml")
    run.add_argument("--db", default="alerts.db")
    run.add_argument("--once", action="store_true", help="poll every feed once, deliver what is due, exit")

    check = sub.add_parser("check-config", help="validate the config; exit 2 with one line per problem")
    check.add_argument("--config", default="config.yaml")

    match = sub.add_parser("match", help="which watchlists a text would alert, and why")
    match.add_argument("--config", default="config.yaml")
    match.add_argument("text", nargs="*", help="the text; without it, JSON lines on stdin")
    stats = sub.add_parser("stats", help="alerts per watchlist and location per day")
    stats.add_argument("--db", default="alerts.db")
    stats.add_argument("--days", type=int, default=30)

    bench = sub.add_parser("bench", help="benchmarks, with baselines measured in the same run")
    bench.add_argument("what", choices=["match", "delivery", "fetch", "story"])
    bench.add_argument("--window", type=int, default=100_000, help="story: recent reports in the window")
    bench.add_argument("--names", type=int, default=10_000, help="watched names (real airports and cities)")
    bench.add_argument("--items", type=int, default=2_000, help="news-like items")
    bench.add_argument("--passes", type=int, default=5, help="timed passes; the median is reported")
    return parser


def _load(path: str) -> Config | None:
    try:
        return load_config(path)
    except ConfigError as exc:
        print(f"{exc.source}: {len(exc.problems)} problem(s)", file=sys.stderr)
        for problem in exc.problems:
            print(f"{exc.source}: {problem}", file=sys.stderr)
        return None


def cmd_run(args: argparse.Namespace) -> int:
    from . import app  # imported here so check-config and match stay light

    config = _load(args.config)
    if config is None:
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


def cmd_check_config(args: argparse.Namespace) -> int:
    config = _load(args.config)
    if config is None:
        return 2
    locations = sum(len(wl.locations) for wl in config.watchlists.values())
    print(f"{args.config}: ok ({len(config.feeds)} feeds, {len(config.watchlists)} watchlists, {locations} locations)")
    return 0


def cmd_match(args: argparse.Namespace) -> int:
    config = _load(args.config)
    if config is None:
        return 2
    matcher = Matcher(config.watchlists, look_up_places_apart)
    if args.text:
        print(matcher.explain(" ".join(args.text)))
        return 0
    status = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            title, summary = str(record.get("title") or ""), str(record.get("summary") or "")
        except ValueError as exc:
            print(f"stdin line {number}: {exc}", file=sys.stderr)
            print(json.dumps({"id": None, "error": str(exc), "matches": []}))
            status = 2
            continue
        matches = [
            {**m.as_dict(), "keyword": r.keyword.term if r.keyword else None}
            for r in matcher.match(title, summary)
            for m in r.locations
        ]
        print(json.dumps({"id": record.get("id"), "matches": matches}, ensure_ascii=False), flush=True)
    return status


def cmd_stats(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime, timedelta

    from tabulate import tabulate

    from .store import Store

    if not Path(args.db).exists():
        print(f"{args.db}: no such database (the bot creates it on its first run)", file=sys.stderr)
        return 2
    store = Store(args.db)
    rows = store.alert_counts(datetime.now(UTC) - timedelta(days=args.days))
    store.close()
    if not rows:
        print(f"No alerts in the last {args.days} days.")
        return 0
    print(tabulate(rows, headers=["day (UTC)", "watchlist", "location", "alerts"], tablefmt="simple"))
    print(f"\n{sum(r[3] for r in rows)} location alerts over {len({r[0] for r in rows})} days")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import bench_delivery, bench_fetch, bench_match, bench_story

    if args.what == "story":
        print(bench_story(window=args.window, passes=args.passes), flush=True)
    elif args.what == "fetch":
        print(bench_fetch(), flush=True)
    elif args.what == "delivery":
        print(bench_delivery(), flush=True)
    else:
        print(bench_match(names=args.names, items=args.items, passes=args.passes))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    setup_logging(args.log_level)
    commands = {"run": cmd_run, "check-config": cmd_check_config, "match": cmd_match, "bench": cmd_bench, "stats": cmd_stats}
    try:
        return commands[args.command](args)
    except InvalidToken:
        # PTB's own message quotes the token; ours does not.
        log.critical("Telegram refused the bot token in TELEGRAM_BOT_TOKEN; check it with @BotFather")
        return 2
    except Exception:
        # Logged rather than left to Python's default hook, so the traceback is redacted too.
        log.critical("the bot stopped on an unexpected error", exc_info=True)
        return 1
