"""Faults review17 found in the places23 merge, each fixer's cases in its own block. Real parts:
the gazetteer, the place reading and the matcher as the bot builds them."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.geo.context import read_places
from bot.geo.resolve import _point_country
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from bot.textnorm import tokenize
from tests.support.alerts import alerted

# review17c ---------------------------------------------------------------------------------
# A site by its coords at a town is in that town's country, whatever countries its list names;
# only a site with no town of any country near (Tissi, 74 km from Birao) goes to the country the
# list points at. "X State" is another country's division only where one is so named, and not
# in "X State of emergency".

TISSI, BOL, ARLIT, GAMBORU, FOTOKOL, BIRAO = (
    (10.95, 22.75),
    (13.46, 14.71),
    (18.74, 7.39),
    (12.37, 14.21),
    (12.37, 14.22),
    (10.28, 22.79),
)


@pytest.mark.parametrize(
    ("point", "pointed", "country"),
    [
        (BOL, Counter({"NE": 3.0, "NG": 3.0}), "TD"),  # Bol's own town 1 km off: Chad, not Nigeria
        (BOL, Counter({"ML": 3.0, "NE": 3.0}), "TD"),
        (BOL, Counter({"NG": 3.0}), "TD"),
        (ARLIT, Counter({"DZ": 3.0}), "NE"),  # a list of southern Algeria watching Arlit's mine
        (GAMBORU, Counter({"ML": 3.0, "NE": 3.0}), "NG"),  # a Sahel list watching a Borno checkpoint
        (FOTOKOL, Counter({"ML": 3.0, "NE": 3.0}), "NG"),  # its nearest town, a kilometre off, is Nigeria's
        (BIRAO, Counter({"TD": 3.0}), "CF"),  # Birao itself, though the list names Chad
        (TISSI, Counter({"TD": 3.0}), "TD"),  # no town within 50 km: Chad's corner, as places23 gave
        (TISSI, Counter({"TD": 3.0, "NE": 3.0}), "TD"),
        (TISSI, Counter({"ML": 3.0}), "CF"),  # a list pointing at no country near: the nearest town's
    ],
)
def test_review17c_a_site_at_a_town_is_in_that_towns_country(
    point: tuple[float, float], pointed: Counter[str], country: str
) -> None:
    assert _point_country(load_gazetteer(), point, pointed) == country


SITES = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  lake:
    title: Lake Chad basin
    locations:
      - name: Diffa
      - name: Maiduguri
      - name: Bol military camp
        coords: [13.46, 14.71]
    keyword_sets: [security]
  south:
    title: Southern Algeria
    locations:
      - name: Tamanrasset
      - name: In Guezzam
      - name: Somair mine
        coords: [18.74, 7.39]
    keyword_sets: [security]
  mixed:
    title: Sahel
    locations:
      - name: Gao
      - name: Tillaberi
      - name: Checkpoint Alpha
        coords: [12.37, 14.21]
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def sites() -> Matcher:
    return placed_matcher(parse_config(SITES).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Boko Haram attack Checkpoint Alpha in Nigeria",
            "Insurgents attacked Checkpoint Alpha in Borno State, Nigeria, killing 10.",
            {"mixed/Checkpoint Alpha"},
        ),
        (
            "Boko Haram attack Checkpoint Alpha in Borno",
            "Insurgents attacked Checkpoint Alpha in Borno, killing 10.",
            {"mixed/Checkpoint Alpha"},
        ),
        (
            "Boko Haram attaque le Checkpoint Alpha au Nigeria",
            "Des insurgés ont attaqué le Checkpoint Alpha dans l'État de Borno, tuant dix soldats.",
            {"mixed/Checkpoint Alpha"},
        ),
        (
            "Boko Haram attack Bol military camp in Chad",
            "Fighters attacked the Bol military camp in Chad overnight, killing four soldiers.",
            {"lake/Bol military camp"},
        ),
        (
            "Gunmen attack Somair mine in Niger",
            "Gunmen attacked the Somair mine in northern Niger, killing two guards.",
            {"south/Somair mine"},
        ),
    ],
)
def test_review17c_a_site_at_a_border_town_alerts_in_its_country(
    sites: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    assert alerted(sites, title, summary) == expected


def _countries_read(text: str) -> set[str]:
    return {m.chosen.country for m in read_places(load_gazetteer(), tokenize(text)).mentions if m.chosen is not None}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Niger State of emergency extended in Tillaberi as attacks mount", "NE"),  # Niger's state of emergency
        ("Niger State of siege declared after Diffa attack", "NE"),
        ("Sudan State media says RSF shelled El Fasher", "SD"),  # no country has a Sudan State
        ("Chad State television says soldiers killed near Bol", "TD"),
        ("Lebanon State media said two were killed in Tyre", "LB"),
    ],
)
def test_review17c_a_state_no_other_country_has_is_the_countrys_own(text: str, country: str) -> None:
    mentions = read_places(load_gazetteer(), tokenize(text)).mentions
    assert any(m.chosen is not None and m.chosen.kind == "country" and m.chosen.country == country for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Kidnappers struck near Mokwa, Niger State police said.",
        "Bandits kill 4 in Kontagora, Niger State",
        "Gunmen kill 5 near Bida, Niger State media reported",
    ],
)
def test_review17c_nigerias_niger_state_stays_a_division(text: str) -> None:
    assert _countries_read(text) == {"NG"}


AIRPORTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  somalia:
    title: Somalia
    locations:
      - name: Mogadishu
        radius: 25km
      - name: Mogadishu airport
    keyword_sets: [security]
  yemen:
    title: Yemen
    locations:
      - name: Aden
        radius: 30km
      - name: Aden airport
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def airports() -> Matcher:
    return placed_matcher(parse_config(AIRPORTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the airport's full gazetteer name, and a mortar round, which the security set now holds
        (
            "Mortar rounds hit Aden Adde International Airport",
            "Mortar rounds landed inside Aden Adde airport, officials said.",
            {"somalia/Mogadishu airport", "somalia/Mogadishu"},
        ),
        (
            "Mortar round lands near Aden Adde airport",
            "No one was hurt, officials said.",
            {"somalia/Mogadishu airport", "somalia/Mogadishu"},
        ),
        # the airport's noun before its name: Mogadishu's airport, not Yemen's Aden nor its airport
        (
            "Attentat à l'aéroport Aden Adde de Mogadiscio",
            "Des obus de mortier sont tombés sur l'aéroport.",
            {"somalia/Mogadishu airport", "somalia/Mogadishu"},
        ),
        (
            "Ataque al aeropuerto Aden Adde de Mogadiscio",
            "Proyectiles de mortero cayeron en el aeropuerto.",
            {"somalia/Mogadishu airport", "somalia/Mogadishu"},
        ),
        (
            "Ataque no aeroporto Aden Adde em Mogadíscio",
            "Morteiros caíram no aeroporto.",
            {"somalia/Mogadishu airport", "somalia/Mogadishu"},
        ),
        # Aden's own airport, its noun before the city's name alone, stays Aden's
        (
            "Attentat à l'aéroport d'Aden",
            "Une explosion a frappé l'aéroport d'Aden, au Yémen.",
            {"yemen/Aden airport", "yemen/Aden"},
        ),
    ],
)
def test_review17c_an_airport_named_after_a_person_is_its_own_citys(
    airports: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    assert alerted(airports, title, summary) == expected
