"""What a matcher alerts for a text, as the labelled sets key it: "watchlist/location"."""

from __future__ import annotations

from bot.match import Matcher


def alerted(matcher: Matcher, title: str, summary: str = "") -> set[str]:
    return {f"{r.watchlist}/{m.location}" for r in matcher.match(title, summary) for m in r.locations}
