"""Round 21 of issue 20: the spent languages sets' errors classed by language and cause.

- Arabic spellings of towns typed in Latin letters (`bot.arabic.spells`): an opening alef before
  two consonants, which Arabic never opens a word with ("انغورا", Ngoura); a French silent "e"
  after a final consonant ("كلايت", Kalaite). Not the article's alef (review 16b: "البيرو", Peru,
  is no Lubero), so "الحريجات" no longer spells Lehreijatte.
- A prefix is not read off a word the press writes whole more often than the name it would
  hide: "كردفان" (Kordofan) is no "ك" + "ردفان" (Radfan); "بالخرطوم" is still Khartoum.
- Under a small town's dateline, a village named as one ("el caserío Pólvora", "el centro poblado
  de San Alejandro") within 50 km and in its own division (review 16b) is the town's own, and a
  place a vehicle was heading for ("que seguia para", "que seguía hacia") is no scene elsewhere.
- A name whose word is frequent in a language of the feeds, in lower case in a text that writes
  names with capitals, is the word ("protestam contra queimadas"), unless written as a place
  ("tiroteio em queimadas").
- Arabic: where a journey began ("طائرة قادمة من الموصل", "رحلة من صور إلى بيروت") is no scene.
- The bundled set's Arabic "bomb" (قنبلة), and a typed "bomb" brings it.

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import placed_matcher
from tests.support.alerts import alerted, titled_matcher
from tests.test_languages_round20 import _typed_at


@pytest.mark.parametrize(
    ("country", "name", "lat", "lon", "text"),
    [
        ("Chad", "Ngoura", 12.87, 16.46, "هجوم مسلح على سوق انغورا"),
        ("Cameroon", "Ngaoundal", 6.47, 13.27, "مقتل ثلاثة في هجوم على انغاوندال"),
        ("Chad", "Kalaite", 15.9, 20.9, "هجوم على كلايت"),
    ],
)
def test_a_latin_name_is_read_in_its_arabic_spelling(country: str, name: str, lat: float, lon: float, text: str) -> None:
    assert alerted(_typed_at(country, name, lat, lon), text) == {f"w/{name}"}


@pytest.mark.parametrize(
    "text",
    ["قصف على أحياء بولاية شمال كردفان", "مقتل مدنيين في هجوم بمدينة الدلنج بجنوب كردفان"],
)
def test_a_word_written_whole_hides_no_prefixed_name(text: str) -> None:
    assert alerted(_typed_at("Yemen", "Radfan", 13.6, 44.95), text) == set()


@pytest.mark.parametrize("text", ["قصف مدفعي على ردفان", "مقتل جنديين بردفان"])
def test_the_name_with_or_without_a_prefix_still_alerts(text: str) -> None:
    assert alerted(_typed_at("Yemen", "Radfan", 13.6, 44.95), text) == {"w/Radfan"}


def test_a_prefixed_gazetteer_name_still_alerts() -> None:
    assert alerted(titled_matcher("Sudan", "Khartoum"), "دوي انفجارات بالخرطوم ليلا") == {"sudan/Khartoum"}


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        (
            "Peru",
            "Tocache",
            "TOCACHE (Andina) - Asesinan a un dirigente cocalero",
            "El dirigente fue asesinado a balazos en el caserío Pólvora cuando volvía de su chacra, informó la policía.",
        ),
        (
            "Peru",
            "Aguaytia",
            "AGUAYTÍA (Andina) - Emboscan a patrulla policial",
            "Una patrulla fue emboscada por narcotraficantes en el centro poblado de San Alejandro; un agente murió.",
        ),
        (
            "Mozambique",
            "Mueda",
            "MUEDA — Emboscada a camião deixa três mortos",
            "Um camião que seguia para Mocímboa da Praia foi emboscado por insurgentes a poucos quilómetros da vila; "
            "três ocupantes morreram.",
        ),
    ],
)
def test_a_small_towns_dateline_holds_its_villages_and_not_where_vehicles_head(
    country: str, location: str, title: str, summary: str
) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == {f"{country.lower()}/{location}"}


def test_a_village_under_another_datelines_town_is_not_the_watched_towns() -> None:
    title = "LIMA (Andina) - Asesinan a un dirigente cocalero en Uchiza"
    summary = "El dirigente fue asesinado a balazos en el caserío de Uchiza, informó la policía de Tocache."
    assert alerted(titled_matcher("Peru", "Tocache"), title, summary) == set()


def test_a_frequent_word_in_lower_case_is_the_word() -> None:
    matcher = titled_matcher("Brazil", "Queimadas")
    title = "Moradores protestam contra queimadas em Campina Grande"
    assert alerted(matcher, title, "Moradores fizeram um protesto contra as queimadas que cobrem a cidade.") == set()


def test_a_frequent_word_in_lower_case_written_as_a_place_is_the_place() -> None:
    matcher = titled_matcher("Brazil", "Queimadas")
    assert alerted(matcher, "Tiroteio em queimadas deixa um morto") == {"brazil/Queimadas"}


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        (
            "Iraq",
            "Mosul",
            "طائرة قادمة من الموصل تهبط اضطراريا بعد بلاغ عن قنبلة",
            "هبطت طائرة قادمة من الموصل اضطراريا في عمان بعد بلاغ عن وجود قنبلة على متنها.",
        ),
        ("Lebanon", "Tyre", "رحلة من صور إلى بيروت تلغى بعد تهديد بقنبلة", "ألغيت رحلة حافلة من صور إلى بيروت."),
    ],
)
def test_where_an_arabic_journey_began_is_no_scene(country: str, location: str, title: str, summary: str) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == set()


def test_the_bundled_set_reads_an_arabic_bomb() -> None:
    assert alerted(titled_matcher("Iraq", "Mosul"), "تفكيك قنبلة في سوق بالموصل") == {"iraq/Mosul"}


_TYPED = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  w:
    title: Algeria
    locations:
      - name: Ouargla
    keywords: [bomb, bomba, attack]
"""


def test_a_typed_bomb_brings_the_arabic_word() -> None:
    matcher = placed_matcher(parse_config(_TYPED).watchlists, load_gazetteer())
    assert alerted(matcher, "تفكيك قنبلة في حي بورقلة") == {"w/Ouargla"}


def test_a_frequent_arabic_word_is_no_accented_latin_name() -> None:
    # "أسفر" (resulted) writes the sounds of "Sévaré", an accented Latin name: a word of Arabic
    matcher = titled_matcher("Mali", "Sévaré")
    assert alerted(matcher, "هجوم على سوق في النيجر", "هاجم مسلحون سوقا ما أسفر عن مقتل خمسة أشخاص.") == set()
