"""Place rules of issue 16's seventeenth round (helper places17): a watched name as another
language's transliteration writes its sounds.

The misses left across the spent place and language sets were classed by cause; the largest
class that knowledge can reach is short forms, codes, exonyms and spellings. Its spellings are
the press's transliterations of one name: French "ou" and "dj", Portuguese and Spanish "qu"
before e and i and Portuguese "x" for sh, doubled letters, a final "h" left out ("Nassiriya" for
Nasiriyah, "Quismaio" for Kismayo, "Raqa" for Raqqa, "Angoxe" for Angoche). Two or three letters
differ in a short word, more than any misspelling allows, so a text word is also read by its
`sound_key`, the letters of its sounds, against the watched names' words (never an everyday word;
a key two locations share is no one's).

Every sentence here is new: other places. Real parts: the gazetteer and the matcher as the bot
builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher, sound_key
from bot.places import look_up_places
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  iraq:
    title: Iraq
    locations:
      - name: Diwaniyah
      - name: Samawah
    keywords: [attentat, ataque, attack, explosion, explosão, morts]
  mozambique:
    title: Mozambique
    locations:
      - name: Chibuto
    keywords: [ataque, tiros]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Irak : attentat à Diouaniya, six morts", "iraq/Diwaniyah"),  # "ou" for w, no final h
        ("Irak : attentat contre un marché de Samaoua", "iraq/Samawah"),
        ("Tiros contra esquadra em Xibuto", "mozambique/Chibuto"),  # Portuguese x for ch
    ],
)
def test_a_watched_name_in_another_transliteration_alerts(matcher: Matcher, title: str, expected: str) -> None:
    assert alerted(matcher, title, "") == {expected}


@pytest.mark.parametrize(
    ("one", "other"),
    [("nassiriya", "nasiriyah"), ("quismaio", "kismayo"), ("raqa", "raqqa"), ("djouba", "juba"), ("angoxe", "angoche")],
)
def test_spellings_of_one_sound_share_a_key(one: str, other: str) -> None:
    assert sound_key(one) == sound_key(other)


def test_a_doubled_vowel_is_no_other_transliteration() -> None:
    # A short name with a typo stays a typo: "Ouagaa" is not "Ouaga" by its sounds.
    assert sound_key("ouagaa") != sound_key("ouaga")
