"""Reports that named their watched place and still matched none (issues 16 and 17, round
storymiss6: the spent story sets' unmatched reports, classed by cause). Sentences written for
this file, over other towns than the sets' where the rule allows, with the real gazetteer as the
running bot builds the matcher, and sentences each rule must leave alone:

- an Arabic name of two words written half as the gazetteer's transcription, half as only the
  typed Latin name's sounds ("وانلا ويين", Wanla Weyn): each word stood for one watched word, so
  the name was never laid over the text;
- an opening long vowel, written alef and its letter ("إيسيولو", Isiolo; "أوبو", Obo): one Latin
  vowel, not two sounds;
- French "tch", which Arabic writes "تش" (one sound, one key);
- a county of the next country near a watched town whose coordinates fall across the border
  ("in Lamu East"; review18e made it the distance rule, whatever the words after the county).
"""

from __future__ import annotations

import pytest

from bot.arabic import arabic_key, latin_key, normalize, spells
from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from tests.test_story_labelled import story_matcher

CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  shabelle:
    title: Shabelle
    locations:
      - name: Wanla Weyn
        coords: [2.62, 44.89]
    keyword_sets: [security]
  gedo:
    title: Gedo
    locations:
      - name: Idale Gedo
        coords: [2.0, 42.0]
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer())


def _alerts(matcher: Matcher, title: str, summary: str = "") -> set[str]:
    return {f"{r.watchlist}/{loc.location}" for r in matcher.match(title, summary) for loc in r.locations}


def test_an_opening_long_vowel_is_one_latin_vowel() -> None:
    assert spells(normalize("إيسيولو"), "isiolo")
    assert spells(normalize("أوبو"), "obo")
    assert not spells(normalize("إيسيولو"), "isiolor")
    # alef, then yaa before a vowel letter: a consonant, so the alef keeps its own vowel
    assert spells(normalize("أيورو"), "ayorou")
    assert not spells(normalize("أيورو"), "yoro")


def test_french_tch_keys_as_the_arabic_tsh() -> None:
    assert latin_key("tcheriba") == arabic_key(normalize("تشيريبا"))
    assert latin_key("tchad") == "sd"


@pytest.mark.parametrize(
    ("title", "alert"),
    [
        ("هجوم على مدينة وانلا ويين", "shabelle/Wanla Weyn"),
        ("هجوم على بلدة ادالي قيدو", "gedo/Idale Gedo"),  # ق for the g, as Sudan and Yemen write it
    ],
)
def test_a_two_word_name_written_half_one_way_half_another_is_read(matcher: Matcher, title: str, alert: str) -> None:
    assert alert in _alerts(matcher, title)


@pytest.mark.parametrize("title", ["هجوم على مدينة ويين", "هجوم على بلدة قيدو"])
def test_one_word_of_a_longer_name_alone_is_not_the_name(matcher: Matcher, title: str) -> None:
    assert not _alerts(matcher, title) & {"shabelle/Wanla Weyn", "gedo/Idale Gedo"}


def test_a_compass_division_after_a_town_holds_the_watched_town() -> None:
    # Watched as a set's admin typed it: by its coordinates, which put it in Somalia, by the
    # border, while the gazetteer knows only Papua New Guinea's Kiunga.
    matcher = story_matcher("same_story_blind20_watchlists.yaml")
    title = "Gunmen torch a school near Kiunga"
    summary = "Gunmen set fire to a primary school near Kiunga in Lamu East overnight, police said."
    assert "east-africa/Kiunga" in _alerts(matcher, title, summary)


def test_a_namesake_in_a_far_town_is_still_turned_away() -> None:
    matcher = story_matcher("same_story_blind20_watchlists.yaml")
    title = "Gunmen torch a school near Kiunga"
    summary = "Gunmen set fire to a primary school near Kiunga in Port Moresby overnight, police said."
    assert "east-africa/Kiunga" not in _alerts(matcher, title, summary)
