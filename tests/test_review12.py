"""Fixes from the review of session 12's merged rounds: each test fails on the code before them.

- A participle of harm after a noun that reports ("witnesses wounded in Kano said") names where
  people were hurt, so the place is a scene, not only where the speakers are (places16 read any
  lower-case "-ed" word as where they stand).
- `sound_key` reads only ASCII letters, so a word with another letter ("kanoɔ") is never a watched
  name by its sounds (places17 dropped the letter and read "kano").
- After a prison break, an arrest is a recapture only of those named as the escaped ("police
  arrest 12 escapees", "القبض على 12 من الفارين"), not of guards (story19 took any arrest).
- A report's words are shared through a pool of the grouper's own, bounded, not `sys.intern`
  (interned strings may live as long as the interpreter: a bot runs for months).

Real parts: the gazetteer and the matcher as the bot builds them, the tokenizer, the grouper."""

from __future__ import annotations

import pytest

from bot import story
from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.incident import recaptures
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from bot.textnorm import tokenize
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  nigeria:
    title: Nigeria
    locations:
      - name: Kano
      - name: Kaduna
    keywords: [attack, gunmen, shooting]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


def test_people_harmed_at_a_place_make_it_a_scene_beside_another(matcher: Matcher) -> None:
    title = "Gunmen attack Kaduna market; witnesses wounded in Kano said they fled"
    assert alerted(matcher, title, "") == {"nigeria/Kaduna", "nigeria/Kano"}


def test_where_speakers_are_based_is_still_no_scene(matcher: Matcher) -> None:
    assert alerted(matcher, "Officials based in Kano said gunmen attacked a market in Zaria", "") == set()


def test_a_word_with_a_letter_outside_ascii_is_no_watched_name_by_its_sounds(matcher: Matcher) -> None:
    assert matcher._spelt_with_other_letters("kanoɔ") is None
    assert matcher._spelt_with_other_letters("kanno") == ("kano", 100.0)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Police arrest 12 escapees after jailbreak", True),
        ("القبض على 12 من الفارين من السجن", True),
        ("Inmates escape prison, two guards arrested", False),
        ("Évasion : 40 évadés repris par la police", True),
    ],
)
def test_an_arrest_recaptures_only_the_escaped(headline: str, expected: bool) -> None:
    assert recaptures(tokenize(headline), ["escape", "arrest"]) is expected


def test_the_word_pool_shares_one_object_and_stays_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story, "_WORD_POOL", {})
    monkeypatch.setattr(story, "WORD_POOL_MAX", 3)
    first = story.shared_word("".join(["gendar", "merie"]))
    assert story.shared_word("".join(["gendarm", "erie"])) is first
    for word in ("a1", "b2", "c3", "d4"):
        story.shared_word(word)
    assert len(story._WORD_POOL) <= 3
