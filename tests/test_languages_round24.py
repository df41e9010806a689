"""Round 24 of issue 20: the spent languages sets' errors classed by language and cause, the
largest classes that knowledge reaches fixed.

- Arabic: a typed Latin name of several words whose words are also words of Arabic ("Abu", a
  father; "Qasr", a palace; "Bin", a son): each word alone is the word, so no spelling of the
  name was read, and "أبو جبيهة", "قصر بن غشير" went unmatched. The whole name spelt word by
  word, in order and side by side, is the name (`Matcher._spelt_inside_a_name`); a word alone,
  or the words apart, are still the words.
- Arabic: a gazetteer's Arabic name that is an everyday word ("خالص", pure) is written by the
  press with the article when the place's Latin names bear it ("Al Khalis": "الخالص"), still
  only where a place can stand.
- Arabic: "بوادي" (in the valley of) after a name is a noun of the land with its preposition,
  not an indefinite nisba adjective that makes the name a common noun.
- Spanish and Portuguese: "municipio de X", "município de X" is the town's territory, where the
  scene lies, not an office speaking from it (as "la alcaldía de X" or "el alcalde de X" are).

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from tests.support.alerts import alerted

_SITES = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  w:
    title: {country}
    locations:
      - name: {town}
        coords: [{lat}, {lon}]
    keyword_sets: [security]
"""


def _site(country: str, town: str, lat: float, lon: float) -> Matcher:
    """One watchlist, one town typed in Latin letters with its coords (the gazetteer gives it no
    Arabic name), the bundled security words."""
    config = _SITES.format(country=country, town=town, lat=lat, lon=lon)
    return placed_matcher(parse_config(config).watchlists, load_gazetteer())


_TOWNS = {
    "Abu Shanab": ("Sudan", 13.95, 33.26),
    "Qasr Ahmed": ("Libya", 32.36, 15.21),
    "Umm Sayala": ("Sudan", 14.43, 31.23),
}


def _named(town: str) -> Matcher:
    country, lat, lon = _TOWNS[town]
    return _site(country, town, lat, lon)


@pytest.mark.parametrize(
    ("town", "text"),
    [
        ("Abu Shanab", "هجوم مسلح على سوق أبو شنب يوقع قتلى"),
        ("Abu Shanab", "قتل ثلاثة مدنيين في قصف استهدف قرية قرب أبو شنب"),
        ("Abu Shanab", "اشتباكات بين الجيش ومسلحين في محيط كوستي وأبو شنب"),  # "and Abu Shanab"
        ("Qasr Ahmed", "اشتباكات مسلحة في قصر أحمد شرق مصراتة"),
        ("Qasr Ahmed", "مقتل شخصين بقذيفة سقطت بقصر أحمد"),  # "in Qasr Ahmed"
        ("Umm Sayala", "هجوم للدعم السريع على أم سيالة بشمال كردفان"),
    ],
)
def test_a_typed_name_of_several_words_of_arabic_is_read_when_spelt_whole(town: str, text: str) -> None:
    assert alerted(_named(town), text) == {f"w/{town}"}


@pytest.mark.parametrize(
    ("town", "text"),
    [
        ("Qasr Ahmed", "هجوم بطائرة مسيرة على قصر الرئاسة في طرابلس"),  # a palace
        ("Qasr Ahmed", "قتل أحمد في هجوم على قصر العدل"),  # both words, apart
        ("Abu Shanab", "مقتل أبو محمد في هجوم مسلح"),  # a father's name
        ("Umm Sayala", "هجوم على منزل أم علي في الخرطوم"),  # a mother's name
    ],
)
def test_a_word_of_arabic_alone_or_apart_is_the_word(town: str, text: str) -> None:
    assert alerted(_named(town), text) == set()


_TOWN = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  w:
    title: {country}
    locations:
      - name: {town}
    keyword_sets: [security]
"""


def _town(country: str, town: str) -> Matcher:
    return placed_matcher(parse_config(_TOWN.format(country=country, town=town)).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    "text",
    [
        "قتلى بقصف صاروخي على مدينة الخالص",
        "انفجار سيارة مفخخة بالخالص شمال بعقوبة",
        "الخالص (واع) - مقتل جنديين بهجوم على نقطة تفتيش",
    ],
)
def test_an_everyday_arabic_name_takes_the_article_its_latin_names_bear(text: str) -> None:
    assert alerted(_town("Iraq", "Khalis"), text) == {"w/Khalis"}


def test_the_everyday_word_with_the_article_is_still_the_word_where_no_place_can_stand() -> None:
    assert alerted(_town("Iraq", "Khalis"), "انفجار في مصنع للذهب الخالص يقتل عاملين") == set()


def test_a_valley_after_a_name_is_no_adjective() -> None:
    matcher = _site("Yemen", "Seiyun", 15.94, 48.79)
    assert alerted(matcher, "مقتل جندي بهجوم مسلح في سيون بوادي حضرموت") == {"w/Seiyun"}


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Colombia", "Tibu", "Asesinan a un líder campesino en la vereda Versalles, municipio de Tibú; la Defensoría del Pueblo pidió protección en Bogotá"),  # noqa: E501
        ("Colombia", "Tibu", "Dos muertos en combates en zona rural del municipio de Tibú, en el Catatumbo"),
        ("Brazil", "Altamira", "Garimpeiros mortos a tiro na Terra Indígena Ituna-Itatá, município de Altamira, no Pará"),
        ("Mexico", "Badiraguato", "Enfrentamiento armado en la comunidad de Santiago de los Caballeros, municipio de Badiraguato, deja seis muertos"),  # noqa: E501
    ],
)
def test_a_municipality_is_the_towns_territory(country: str, town: str, text: str) -> None:
    assert alerted(_town(country, town), text) == {f"w/{town}"}


def test_the_mayors_office_still_speaks_from_its_town() -> None:
    matcher = _town("Colombia", "Cucuta")
    assert alerted(matcher, "La alcaldía de Cúcuta condena la masacre en Tibú, donde murieron cinco campesinos") == set()
