"""What a matcher alerts for a text, as the labelled sets key it: "watchlist/location"."""

from __future__ import annotations

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher


def alerted(matcher: Matcher, title: str, summary: str = "") -> set[str]:
    return {f"{r.watchlist}/{m.location}" for r in matcher.match(title, summary) for m in r.locations}


_ONE_WATCHLIST = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  {name}:
    title: {title}
    locations:
{locations}
    {keywords}
"""


def titled_matcher(title: str, *locations: str, keywords: str = "keyword_sets: [security]") -> Matcher:
    """One watchlist titled with its country, as admins title them (the title helps resolve), with
    `keywords` (a line of its config; the bundled security vocabulary unless told), built with the
    real gazetteer as the running bot builds it."""
    listed = "\n".join(f"      - name: {location}" for location in locations)
    config = _ONE_WATCHLIST.format(name=title.split()[0].lower(), title=title, locations=listed, keywords=keywords)
    return placed_matcher(parse_config(config).watchlists, load_gazetteer())


def typed_matcher(title: str, town: str, keywords: str) -> Matcher:
    """`titled_matcher` with a typed keyword list (comma-separated, as in `keywords: [...]`) and no
    bundled set."""
    return titled_matcher(title, town, keywords=f"keywords: [{keywords}]")


def alert_of(title: str, town: str) -> set[str]:
    """What an alert on `town` of a `titled_matcher` reads as: the watchlist is named after the
    title's first word."""
    return {f"{title.split()[0].lower()}/{town}"}
