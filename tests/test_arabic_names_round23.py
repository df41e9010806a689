"""Arabic spellings of towns typed in Latin letters that the matcher did not reach (issue 20,
round arabic23: the spent languages and places sets' Arabic misses, classed by why the spelling
was not produced). Sentences written for this file, over other towns than the sets', with the
real gazetteer as the running bot builds the matcher, and sentences each rule must leave alone:

- a name of one consonant once h, w, y and the vowels are left out ("Ayorou", "Niono"): Arabic
  writes its long vowels ("أيورو", "نيونو"), so a word of four letters or more is read, never a
  shorter one ("عنه" is no "Anah") nor a frequent word ("اليورو", the euro, is no Ayorou);
- the French and English "th" of a North African name written as ت ("Thibar": "تيبار").

Ayorou and Niono were already reached through the gazetteer's transcriptions of their GeoNames
names (they pass on main too, kept against regressions); Anah (whose GeoNames Arabic name is
"عنه", the press's "عانة") and Thibar fail without this round's rules.
"""

from __future__ import annotations

import pytest

from bot.arabic import normalize, spells
from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from tests.support.alerts import alerted

CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  niger:
    title: Niger
    locations:
      - name: Ayorou
        coords: [14.73, 0.92]
    keyword_sets: [security]
  mali:
    title: Mali
    locations:
      - name: Niono
        coords: [14.25, -5.99]
    keyword_sets: [security]
  iraq:
    title: Iraq
    locations:
      - name: Anah
        coords: [34.37, 41.99]
    keyword_sets: [security]
  tunisia:
    title: Tunisia
    locations:
      - name: Thibar
        coords: [36.52, 9.10]
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer())


def test_the_letters_spell_the_names() -> None:
    assert spells(normalize("أيورو"), "ayorou")
    assert spells(normalize("نيونو"), "niono")
    assert spells(normalize("تيبار"), "thibar")  # ت as "th"
    assert not spells(normalize("تيبار"), "thibaro")


@pytest.mark.parametrize(
    ("title", "alert"),
    [
        ("هجوم مسلح على قرية قرب أيورو غرب النيجر", "niger/Ayorou"),
        ("مقتل ثلاثة جنود في كمين قرب نيونو وسط مالي", "mali/Niono"),
        ("انفجار عبوة ناسفة بنيونو يصيب مدنيين", "mali/Niono"),
        ("مسلحون يختطفون تجارا في أيورو", "niger/Ayorou"),
        ("مقتل جندي في هجوم لداعش قرب عانة غرب الأنبار", "iraq/Anah"),
        ("مواجهات ليلية بين محتجين والأمن في تيبار", "tunisia/Thibar"),
    ],
)
def test_a_town_of_few_consonants_or_a_th_is_read_in_arabic(matcher: Matcher, title: str, alert: str) -> None:
    assert alert in alerted(matcher, title, "")


@pytest.mark.parametrize(
    "title",
    [
        "هجوم المضاربين على اليورو يهز الأسواق",  # the euro
        "قتل مسلح رجلا وأعلن الجيش عنه",  # "about him" is no Anah
        "مقتل ثلاثة في هجوم على مدينة الرمادي",  # another town of Anbar
        "اشتباكات مسلحة في تونس العاصمة",  # another town of Tunisia
    ],
)
def test_other_words_and_towns_stay_out(matcher: Matcher, title: str) -> None:
    assert alerted(matcher, title, "") == set()
