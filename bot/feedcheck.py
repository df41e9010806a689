"""`python -m bot feeds`: feed health and a dry run of one feed, for admins in a shell.

Nothing here writes. The health table reads alerts.db read-only, so it is safe while the bot
runs. `feeds test` fetches, parses and matches one feed with the bot's own code and records
nothing, so trying a feed never marks its items as seen and never sends anything.
"""

from __future__ import annotations

import sys
from dataclasses import astuple, dataclass
from datetime import UTC, datetime
from pathlib import Path

import pydantic
from tabulate import tabulate

from .config import Config, FeedConfig
from .feedhealth import HEADERS, FeedHealth, feed_health, relative, utc
from .fetch import make_client
from .geo import load_gazetteer
from .match import Matcher, WatchlistResult, describe, placed_matcher
from .parse import Item, parse_feed
from .pipeline import alert_decision, fetch_source
from .places import look_up_places_apart
from .records import FeedState
from .store import read_feed_states
from .wording import count

NOT_APPLIED = "Not applied here: items alerts.db has already seen, and grouping with earlier reports of the same story."
FIRST_POLL = "A feed's first poll records what it holds without alerting it (its back catalogue)."


# -- health ---------------------------------------------------------------------------------------


def health_table(config: Config, states: dict[str, FeedState], now: datetime) -> str:
    rows: list[FeedHealth] = [feed_health(config, feed, states.get(feed.name), now) for feed in config.feeds]
    return tabulate([astuple(h) for h in rows], headers=HEADERS, tablefmt="simple")


def show_health(config: Config, db_path: str, now: datetime | None = None) -> int:
    """The config's feeds, not the db's: a feed removed from the config is no longer polled."""
    now = now or datetime.now(UTC)
    missing = not Path(db_path).exists()
    states = {} if missing else read_feed_states(db_path)  # a StoreError is cli's to report
    print(health_table(config, states, now))
    if missing:
        print(f"\n{db_path}: no database yet (the bot creates it on its first run), so no feed has been polled.")
        return 0
    removed = sorted(set(states) - {feed.name for feed in config.feeds})
    if removed:
        print(f"\nIn {db_path} but no longer in the config (not polled): {', '.join(removed)}")
    print(
        "\nNext poll: worked out from the last attempt, the interval and the backoff, ±10% jitter; a publisher's"
        " max-age or <ttl> can make it later, and so can the kind of failure (a feed answering 404 waits"
        " backoff_max); starting the bot polls every feed at once."
    )
    return 0


# -- feeds test -----------------------------------------------------------------------------------


def age_limit(max_age: float | None) -> str:
    """A duration as the config writes it (24h, 7d), so the admin recognises the setting."""
    if max_age is None:
        return "off"
    for unit, seconds in (("d", 86400), ("h", 3600), ("m", 60)):
        if max_age >= seconds and max_age % seconds == 0 and (unit != "d" or max_age >= 2 * seconds):
            return f"{max_age / seconds:g}{unit}"
    return f"{max_age:g}s"


@dataclass(frozen=True)
class Target:
    """What `feeds test` reads: a feed of the config when the argument names one, else a stand-in."""

    feed: FeedConfig
    configured: bool  # the config's own feed: its own max_age applies


@dataclass(frozen=True)
class Verdict:
    """What a poll would do with one item, and the matcher's reasons."""

    item: Item
    alertable: bool
    why: str  # alert_decision's reason, e.g. "older than max_age"
    results: list[WatchlistResult]  # every watchlist's verdict, as `match TEXT` explains them

    @property
    def alerts(self) -> list[WatchlistResult]:
        return [r for r in self.results if r.alerts] if self.alertable else []


def find_target(config: Config, text: str) -> Target | str:
    """A feed name, an http(s) URL or a local file, in that order; a string is the problem."""
    for feed in config.feeds:
        if feed.name == text:
            return Target(feed, True)
    if "://" in text:
        try:
            adhoc = FeedConfig(name=text, url=text)
        except pydantic.ValidationError as exc:
            return f"{text}: " + "; ".join(str(e["msg"]).removeprefix("Value error, ") for e in exc.errors())
        same = next((f for f in config.feeds if f.url is not None and f.source_key == adhoc.source_key), None)
        return Target(same, True) if same else Target(adhoc, False)
    path = Path(text).resolve()
    if not path.exists():
        names = ", ".join(repr(feed.name) for feed in config.feeds)
        return f"{text}: not a feed of the config ({names}), an http(s) URL or an existing file"
    same = next((f for f in config.feeds if f.path is not None and config.feed_path(f).resolve() == path), None)
    return Target(same, True) if same else Target(FeedConfig(name=text, path=str(path)), False)


def judge(matcher: Matcher, items: list[Item], now: datetime, max_age: float | None) -> list[Verdict]:
    """The pipeline's decision for each item, as on any poll after the first.

    An item too old to alert is still matched, so the admin learns whether the watchlists
    would have caught it.
    """
    verdicts = []
    for item in items:
        alertable, why = alert_decision(item, now, max_age, first_poll=False)
        verdicts.append(Verdict(item, alertable, why, matcher.evaluate(item.title, item.summary)))
    return verdicts


def verdict_lines(number: int, verdict: Verdict, now: datetime, max_age: float | None) -> list[str]:
    item = verdict.item
    lines = [f"{number}. {item.title or '(no title)'}"]
    if item.published is None or not item.dated:
        lines.append("   no usable date in the feed (none, or more than an hour ahead): dated when first seen")
    else:
        lines.append(f"   published {utc(item.published, year=True)} ({relative(item.published, now)})")
    named = [r for r in verdict.results if r.locations or r.rejected]
    if not verdict.alertable:
        lines.append(f"   recorded, not alerted: {verdict.why} ({age_limit(max_age)})")
        if any(r.alerts for r in verdict.results):
            lines.append("   if it were fresh:")
    elif verdict.alerts:
        alerted = ", ".join(r.watchlist for r in verdict.alerts)
        lines.append(f"   WOULD ALERT {alerted}")
    else:
        lines.append("   no alert" if named else "   no alert: no watched location named")
    if named:
        lines.extend(f"     {line}" for line in describe(named).splitlines())
    return lines


async def try_feed(config: Config, text: str, now: datetime | None = None) -> int:
    """Fetch, parse and match one feed as a poll would, and print every item's verdict."""
    target = find_target(config, text)
    if isinstance(target, str):
        print(target, file=sys.stderr)
        return 2
    feed = target.feed
    label = f"{feed.name} ({feed.source})" if target.configured else feed.source
    async with make_client(config.polling.user_agent, config.polling.timeout) as http:
        fetched = await fetch_source(config, http, feed)
    if fetched.error is not None or fetched.body is None:
        print(f"{label}: fetch failed: {fetched.error or 'empty answer'}", file=sys.stderr)
        return 1
    now = now or datetime.now(UTC)
    parsed = parse_feed(fetched.body, feed.name, now, fetched.headers)
    if parsed.error is not None:
        print(f"{label}: parse failed: {parsed.error}", file=sys.stderr)
        return 1
    max_age = config.feed_max_age(feed)
    print(f"{label}: {count(len(fetched.body), 'byte')}, {count(len(parsed.items), 'item')}, max_age {age_limit(max_age)}")
    if parsed.warning:
        print(f"malformed but usable: {parsed.warning}")
    gazetteer = load_gazetteer()
    matcher = placed_matcher(config.watchlists, gazetteer, look_up_places_apart)  # as the running bot matches
    verdicts = judge(matcher, parsed.items, now, max_age)
    for number, verdict in enumerate(verdicts, start=1):
        print()
        print("\n".join(verdict_lines(number, verdict, now, max_age)))
    print(f"\nNothing was recorded. {NOT_APPLIED}" + (f" {FIRST_POLL}" if max_age is not None else ""))
    print(f"{count(len(verdicts), 'item')}, {sum(1 for v in verdicts if v.alerts)} would alert")
    return 0
