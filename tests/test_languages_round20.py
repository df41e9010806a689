"""Round 20 of issue 20: the spent languages sets' errors classed by language and cause.

- A first-level division that another language names like a country: Spanish "San Martín" is
  Peru's region and Saint Martin, "Santa Elena" Ecuador's province and Saint Helena, "Granada"
  Nicaragua's department and Grenada. After a town of the division's country and a comma, or
  after a noun of a division, it is the division (ISO 3166-2), and the town is no namesake
  abroad; after a town of the country's own, it stays the country.
- A town typed in Latin letters without the article that the Arabic press writes with it, which
  the gazetteer gives no Arabic name: a long name of few consonants the lookup key keeps
  ("Hawashiya", whose h the key leaves out: "الحواشية"), and a name whose Arabic ends like a
  nisba ("الذيباني"), a town only where the grammar makes it a place ("في مدينة الذيباني",
  "بالذيباني"); after "الشيخ" it stays a surname.
- Portuguese "ao largo de" is at sea off the town ("piratas ao largo de Angoche"), not a square
  named after it ("no Largo de Angoche", capitalised, stays the square).
- A dateline's town is the scene when the item says so: "esta ciudad", "neste distrito" (a
  road or a village of it; not "a 200 quilómetros desta cidade"), or when what looked like a
  scene elsewhere is the town's own first-level division, however written ("TAME, Arauca — ... la
  gobernación de Arauca", "ALTAMIRA (PA) - ... a Polícia Militar do Pará").
- Arabic words of place that make an everyday word a name: a strip, a coast, Sudan's locality, a
  municipality ("قطاع", "ساحل", "محلية", "بلدية": "هجوم على قرى في محلية القطينة").

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.geo.context import read_places
from bot.match import Matcher, placed_matcher
from bot.textnorm import Tokens
from tests.support.alerts import alerted, titled_matcher


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        ("Peru", "Moyobamba", "Emboscada a policías en Moyobamba, San Martín", "Un policía murió en la emboscada."),
        ("Peru", "Tarapoto", "Atacan a balazos a un comerciante", "El ataque ocurrió en Tarapoto, en la región San Martín."),
        ("Ecuador", "La Libertad", "Asesinan a un comerciante", "Ocurrió en La Libertad, en la provincia de Santa Elena."),
        ("Nicaragua", "Nandaime", "Ataque armado en Nandaime, Granada", "Dos muertos en un ataque armado."),
    ],
)
def test_a_division_named_like_a_country_places_its_own_town(country: str, location: str, title: str, summary: str) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == {f"{country.lower()}/{location}"}


@pytest.mark.parametrize(
    ("text", "code"),
    [("Marigot, San Martín: un huracán azota la isla", "MF"), ("Jamestown, Santa Elena, recibe a los turistas", "SH")],
)
def test_after_a_town_of_its_own_the_name_stays_the_country(text: str, code: str) -> None:
    mentions = read_places(load_gazetteer(), Tokens(text)).mentions
    assert [m.chosen.country for m in mentions if m.chosen is not None] == [code, code]


_AT = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  w:
    title: {country}
    locations:
      - name: {name}
        coords: [{lat}, {lon}]
    keywords: [هجوم, قصف, انفجار, قتل]
"""


def _typed_at(country: str, name: str, lat: float, lon: float) -> Matcher:
    """One watchlist with one town typed in Latin letters at `coords:`, as an admin types a town
    GeoNames does not list."""
    config = _AT.format(country=country, name=name, lat=lat, lon=lon)
    return placed_matcher(parse_config(config).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("country", "name", "lat", "lon", "text"),
    [
        ("Sudan", "Hawashiya", 14.2, 33.4, "قصف مدفعي على مدينة الحواشية"),
        ("Sudan", "Hawashiya", 14.2, 33.4, "مقتل ثلاثة مدنيين بالحواشية"),
        ("Syria", "Dhibani", 35.9, 40.2, "هجوم على حاجز في مدينة الذيباني"),
        ("Syria", "Dhibani", 35.9, 40.2, "انفجار سيارة مفخخة بالذيباني"),
    ],
)
def test_a_town_typed_without_the_article_alerts_on_its_arabic_with_it(
    country: str, name: str, lat: float, lon: float, text: str
) -> None:
    assert alerted(_typed_at(country, name, lat, lon), text) == {f"w/{name}"}


def test_a_nisba_after_a_title_stays_a_surname() -> None:
    assert alerted(_typed_at("Syria", "Dhibani", 35.9, 40.2), "قتل مسلحون الشيخ الذيباني في هجوم") == set()


@pytest.mark.parametrize(
    ("country", "location", "title"),
    [
        ("Mozambique", "Angoche", "Piratas atacam barco de pesca ao largo de Angoche"),
        ("Angola", "Tombwa", "Pescadores raptados por homens armados ao largo do Tombwa"),
        ("Guinea-Bissau", "Cacheu", "Tiroteio contra traineira ao largo de Cacheu"),
    ],
)
def test_at_sea_off_a_town_is_the_towns(country: str, location: str, title: str) -> None:
    assert alerted(titled_matcher(country, location), title) == {f"{country.lower()}/{location}"}


def test_a_square_named_after_a_town_is_not_the_town() -> None:
    matcher = titled_matcher("Mozambique", "Angoche")
    assert alerted(matcher, "Homens armados atacam comerciantes no Largo de Angoche, em Maputo") == set()


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        (
            "Ecuador",
            "Macas",
            "MACAS, Ecuador — Secuestran a un ingeniero en la vía a Puyo",
            "Fue secuestrado por hombres armados en la vía que une esta ciudad con Puyo, informó la policía.",
        ),
        (
            "Colombia",
            "Tame",
            "TAME, Arauca — Disidencias atacan con explosivos una patrulla",
            "Una patrulla del Ejército fue atacada con explosivos en una vereda, confirmó la gobernación de Arauca.",
        ),
        (
            "Brazil",
            "Altamira",
            "ALTAMIRA (PA) - Pistoleiros atacam acampamento e queimam barracos",
            "Homens armados atacaram um acampamento rural, informou a Polícia Militar do Pará.",
        ),
    ],
)
def test_a_datelines_town_is_the_scene_of_this_district_and_its_own_division(
    country: str, location: str, title: str, summary: str
) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == {f"{country.lower()}/{location}"}


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        (
            "Mozambique",
            "Pemba",
            "PEMBA — Insurgentes atacam aldeia em Macomia",
            "Os insurgentes atacaram uma aldeia no distrito de Macomia, a 200 quilómetros desta cidade.",
        ),
        (
            "Peru",
            "Lima",
            "LIMA — Ataque armado en Trujillo deja tres muertos",
            "Un ataque armado en un bar de Trujillo, en La Libertad, dejó tres muertos, informó la policía.",
        ),
    ],
)
def test_a_dateline_over_a_scene_far_away_is_still_only_the_dateline(
    country: str, location: str, title: str, summary: str
) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == set()


def test_who_asks_for_protection_after_a_deed_in_the_town_is_there() -> None:
    title = "Moradores de Montepuez pedem proteção após ataque na vila"
    summary = "Homens armados atacaram a vila de Montepuez na madrugada."
    assert alerted(titled_matcher("Mozambique", "Montepuez"), title, summary) == {"mozambique/Montepuez"}


@pytest.mark.parametrize("title", ["هجوم على قرى في محلية القطينة", "اشتباكات في بلدية القطينة"])
def test_an_arabic_word_of_place_makes_an_everyday_word_a_town(title: str) -> None:
    matcher = titled_matcher("Sudan", "Al Qutaynah", keywords="keywords: [هجوم, اشتباك, قصف]")
    assert alerted(matcher, title) == {"sudan/Al Qutaynah"}
