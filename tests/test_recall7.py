"""Recall in Portuguese, Spanish, Arabic and French (issue 20, helper h-recall7): action nouns
meeting their verbs, the bundled `crime` set, Arabic names GeoNames spells with Persian letters,
and an Arabic bearing from a town that shares a country's name. Real parts: the Snowball
stemmers, the bundled vocabulary, the gazetteer and the matcher."""

from __future__ import annotations

import pytest

from bot.arabic import normalize
from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.keywords import stem
from bot.match import Matcher, placed_matcher
from bot.vocabulary import keyword_sets, keywords_of


@pytest.mark.parametrize(
    ("noun", "verb_form", "language"),
    [
        ("linchamento", "linchado", "pt"),
        ("linchamento", "lincharam", "pt"),
        ("bombardeamento", "bombardearam", "pt"),
        ("desaparecimento", "desapareceu", "pt"),
        ("linchamiento", "lincharon", "es"),
        ("amotinamiento", "amotinaron", "es"),
        ("amotinamientos", "amotinan", "es"),
    ],
)
def test_an_action_noun_stems_as_its_verb(noun: str, verb_form: str, language: str) -> None:
    assert stem(noun, language) == stem(verb_form, language)


@pytest.mark.parametrize(("word", "other", "language"), [("movimento", "mover", "pt"), ("movimiento", "mover", "es")])
def test_a_short_word_merely_ending_so_is_left_alone(word: str, other: str, language: str) -> None:
    assert stem(word, language) != stem(other, language)


def test_the_security_set_holds_the_crime_set_in_every_language() -> None:
    sets = keyword_sets()
    assert "crime" in sets
    crime = set(keywords_of(["crime"]))
    security = set(keywords_of(["security"]))
    assert crime <= security
    assert {lang for lang, _ in crime} == {"en", "fr", "pt", "es", "ar"}
    assert ("es", "paro armado") in crime and ("pt", "linchamento") in crime and ("ar", "ابتزاز") in crime


def test_persian_letters_read_as_the_arabic_press_writes_them() -> None:
    assert normalize("اگاديز") == normalize("أغاديز")  # gaf, as Arabic writes a foreign g
    assert normalize("ورڨلة") == normalize("ورقلة")  # the Maghreb's gaf


WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  sahel:
    title: Agadez (Niger)
    locations:
      - name: Agadez
    keyword_sets: [security]
  jordan:
    title: Zarqa (Jordan)
    locations:
      - name: Zarqa
    keyword_sets: [security]
  iraq:
    title: Karbala (Iraq)
    locations:
      - name: Karbala
    keyword_sets: [security]
  yemen:
    title: Aden (Yemen)
    locations:
      - name: Aden
    keyword_sets: [security]
  lebanon-or-libya:
    title: Libya
    locations:
      - name: Tripoli
      - name: Benghazi
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer())


def alerted(matcher: Matcher, text: str) -> set[str]:
    return {f"{r.watchlist}/{m.location}" for r in matcher.match(text, "") for m in r.locations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مسلحون يهاجمون قافلة قرب أغاديز شمال النيجر", {"sahel/Agadez"}),
        ("قتل شاب بإطلاق نار في مدينة الزرقاء شمال شرق عمان", {"jordan/Zarqa"}),
        # a country named after the town still ties it to that country when no town of the
        # watched place's country near it bears the name
        ("انفجار في طرابلس شمال لبنان", set()),
        ("Lynchage d'un voleur présumé à Agadez", {"sahel/Agadez"}),
        ("Paro armado paraliza el comercio en Agadez", {"sahel/Agadez"}),
        # the preposition ل (to) written onto a name that is also an everyday word (عدن, Eden)
        ("عودة الاغتيالات لعدن تثير مخاوف السكان", {"yemen/Aden"}),
        ("وصل الرئيس لعدن بعد ساعات من الهجوم على القصر", {"yemen/Aden"}),
        ("هجوم على فندق جنة عدن في المدينة القديمة", set()),
        # Portuguese and Spanish write a foreign k as c
        ("Explosão em Carbala mata quatro peregrinos", {"iraq/Karbala"}),
        ("Atentado en Carbala deja diez muertos", {"iraq/Karbala"}),
    ],
)
def test_recall_cases(matcher: Matcher, text: str, expected: set[str]) -> None:
    assert alerted(matcher, text) == expected
