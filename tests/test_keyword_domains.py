"""A keyword stem listed under two lines of `bot.keywords._DOMAINS_OF` takes the domains of both:
"rocket" is civil (space, fireworks) and markets, "shoot" is fiction (a film's shooting) and
sport. The second line used to replace the first. Real parts: the matcher as the bot builds it."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.keywords import _DOMAINS_OF, sense_form
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  horn:
    title: Horn
    keywords: [rocket, shooting]
    locations:
      - name: Mogadishu
      - name: Nairobi
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


def test_a_stem_on_two_lines_has_the_domains_of_both() -> None:
    assert {"civil", "markets"} <= set(_DOMAINS_OF[sense_form("rocket")])
    assert {"fiction", "sport"} <= set(_DOMAINS_OF[sense_form("shoot")])


@pytest.mark.parametrize(
    "title",
    [
        "Nairobi students launch a satellite rocket into orbit",
        "Nairobi stocks rocket as investors return to the market",
        "Netflix thriller shooting moves to Mogadishu",
    ],
)
def test_a_keyword_in_either_domain_does_not_alert(matcher: Matcher, title: str) -> None:
    assert matcher.match(title, "") == []


@pytest.mark.parametrize("title", ["Rocket hits Mogadishu airport compound", "Shooting at Mogadishu checkpoint kills two"])
def test_the_keyword_itself_still_alerts(matcher: Matcher, title: str) -> None:
    assert [r.watchlist for r in matcher.match(title, "")] == ["horn"]
