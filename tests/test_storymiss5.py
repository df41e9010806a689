"""Reports that named their incident's place and matched none of the watched ones (issues 16 and
17, round storymiss5: the spent story sets' unmatched reports, classed by cause). Sentences written
for this file, over other places than the sets' where the rule allows, with the real gazetteer as
the running bot builds the matcher, and sentences each rule must leave alone:

- a site typed with its noun after its name ("Koutoukalé prison", "Mahas camp") is, in Arabic,
  that noun's Arabic word before the name's spelling ("سجن كوتوكالي"), never the noun's sounds;
- the noun of a prison or a camp in Portuguese and Spanish is the site's ("prisão de", "cárcel
  de", "campamento de") as French and English ones are.
"""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.geo.resolve import _site_transcriptions
from bot.match import Matcher, placed_matcher
from tests.support.alerts import alerted

CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  sahel:
    title: Niger and Chad
    locations:
      - name: Koutoukalé prison
        coords: [13.80, 1.78]
      - name: Gadoufoua camp
        coords: [14.08, 21.90]
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer())


def spelt(typed: str) -> set[str]:
    return {text for text, _ in _site_transcriptions(typed, [], foreign=True)}


def test_a_sites_noun_is_arabics_own_word_before_the_name() -> None:
    assert "سجن كوتوكالي" in spelt("Koutoukalé prison")
    assert {"مخيم", "معسكر"} <= {text.split()[0] for text in spelt("Gadoufoua camp")}
    assert not any("بريسون" in text for text in spelt("Koutoukalé prison"))  # never the noun's sounds
    assert spelt("Koutoukalé") == {text.split()[1] for text in spelt("Koutoukalé prison")}  # the name as a name alone


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("هجوم مسلح على سجن كوتوكالي", {"sahel/Koutoukalé prison"}),
        ("Ataque armado contra la cárcel de Koutoukalé", {"sahel/Koutoukalé prison"}),
        ("Ataque armado à prisão de Koutoukalé", {"sahel/Koutoukalé prison"}),
        ("Attaque armée contre la prison de Koutoukalé", {"sahel/Koutoukalé prison"}),
        ("هجوم مسلح على سجن كوبر", set()),  # another prison
        ("Ataque armado contra la cárcel de Kobar", set()),
    ],
)
def test_a_prison_named_in_arabic_portuguese_and_spanish(matcher: Matcher, text: str, alerts: set[str]) -> None:
    assert alerted(matcher, text) == alerts
