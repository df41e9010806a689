"""Round 20 of issue 20: the spent languages sets' errors classed by language and cause.

- A first-level division that another language names like a country: Spanish "San Martín" is
  Peru's region and Saint Martin, "Santa Elena" Ecuador's province and Saint Helena, "Granada"
  Nicaragua's department and Grenada. After a town of the division's country and a comma, or
  after a noun of a division, it is the division (ISO 3166-2), and the town is no namesake
  abroad; after a town of the country's own, it stays the country.

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from bot.geo import load_gazetteer
from bot.geo.context import read_places
from bot.textnorm import Tokens
from tests.support.alerts import alerted, titled_matcher


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        ("Peru", "Moyobamba", "Emboscada a policías en Moyobamba, San Martín", "Un policía murió en la emboscada."),
        ("Peru", "Tarapoto", "Atacan a balazos a un comerciante en Tarapoto", "El ataque ocurrió en Tarapoto, en la región San Martín, anoche."),
        ("Ecuador", "La Libertad", "Asesinan a un comerciante en La Libertad", "El crimen ocurrió en La Libertad, en la provincia de Santa Elena."),
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
