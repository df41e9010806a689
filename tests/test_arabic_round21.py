"""Arabic names of towns the gazetteer gives no Arabic name for, spelt by sound (issue 20,
round arabic21: the spent sets' Arabic misses, classed by cause). Sentences written for this
file, over other places than the sets' where the rule allows, with the real gazetteer as the
running bot builds the matcher, and sentences each rule must leave alone:

- a name of several words after a land feature's word, and with the article on one of its words
  ("Deir al-Qamar": "دير القمر"), spelt as Arabic writes those words;
- the Maghreb's French "dj" written as ج ("Sidi Djillali": "سيدي جيلالي");
- "Kfar" written onto the village's name, as the Levant's press does ("كفرشوبا");
- a guessed spelling that the press writes with the article ("الشدادي") where another of the
  gazetteer's names holds that article form as a word of its own (a bridge's, "جسر الشدادي"):
  a place after a word of place or "ب", never a surname.
"""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.geo.resolve import _transcriptions
from bot.match import Matcher, placed_matcher
from tests.support.alerts import alerted

CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  levant:
    title: Lebanon
    locations:
      - name: Kfar Shuba
        coords: [33.33, 35.73]
      - name: Deir al-Qamar
        coords: [33.70, 35.56]
    keyword_sets: [security]
  syria:
    title: Syria
    locations:
      - name: Shaddadi
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer())


def spelt(typed: str) -> set[str]:
    return {text for text, _ in _transcriptions(typed, [])}


def test_a_name_of_several_words_after_a_feature_or_with_the_article() -> None:
    assert "دير القمر" in spelt("Deir al-Qamar")  # the feature's word, then the article on the name
    assert "برج باجي مختار" in spelt("Bordj Badji Mokhtar")  # Bordj as برج, French dj as ج
    assert "سيدي جيلالي" in spelt("Sidi Djillali")
    assert spelt("Abu Kamal") == set()  # a word of kinship still opens no guess


def test_kfar_is_written_onto_the_name() -> None:
    assert "كفرشوبا" in spelt("Kfar Shuba")
    assert "كفر شوبا" in spelt("Kfar Shuba")
    assert not any(" " not in text for text in spelt("Ain Sefra"))  # "عين" stands apart


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("قصف مدفعي على أطراف بلدة كفرشوبا", {"levant/Kfar Shuba"}),
        ("قصف مدفعي على بلدة كفر شوبا", {"levant/Kfar Shuba"}),
        ("اشتباكات مسلحة في بلدة دير القمر", {"levant/Deir al-Qamar"}),
        ("انفجار عبوة ناسفة في مدينة الشدادي", {"syria/Shaddadi"}),
        ("مقتل عنصرين بهجوم مسلح بالشدادي", {"syria/Shaddadi"}),
        ("اغتيال الشيخ سالم الشدادي في دمشق", set()),  # a surname
        ("هجوم مسلح يستهدف الشدادي", set()),  # no word of place before it: a surname as often
    ],
)
def test_arabic_names_spelt_by_sound(matcher: Matcher, text: str, alerts: set[str]) -> None:
    assert alerted(matcher, text) == alerts
