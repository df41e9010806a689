"""Place rules of issue 16's fifteenth round (helper places15), from the classes of errors that
recur across the spent place and language sets (`places_blind` to `places_blind9`, `places_dev5`,
`languages_blind` to `languages_blind10`, `wire_world`, `real_news`, the match sets), counted
across sets and attacked with the gazetteer rather than with words of single cases:

- a watched town's own first-level division (GeoNames' name of it, `geo/admin1_table.py`) written as a
  division ("in the Borno State capital", "Saravena, en Arauca", "el estado Bolívar") is no scene
  elsewhere, though a town of the division's name lies far off; and it ties to the watched town a
  name a better-known place abroad bears ("Victoria, Tamaulipas" is Ciudad Victoria);
- a town of its own name 20 km or more from a watched place without a radius is a scene of its own
  when the watched place is only the source or a home ("selon des sources à Bunia" over an attack
  at a town 50 km off), as a city of 100,000 people was from 25 km;
- another country's state or province written after a preposition of place is a scene elsewhere
  however common its name ("muere en el desierto de Arizona", "asesinado en Texas").

Every sentence here is new: other places, other wording. Real parts: the gazetteer and the
matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.geo.model import GeoPlace
from bot.match import Matcher, _distinct_city, _names_own_division, placed_matcher
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
      - name: Yola
      - name: Maiduguri
    keywords: [attack, rocket, gunmen, shooting, kill, killed]
  colombia:
    title: Colombia and Mexico
    locations:
      - name: Tame
      - name: Ciudad Victoria
      - name: Ciudad Bolivar
    keywords: [ataque, atacan, balacera, tiroteo, explosivos, asesinado, asesinados, muertos, enfrentamientos]
  ituri:
    title: Ituri
    locations:
      - name: Bunia
    keywords: [attaque, attack, tués, morts, killed]
  centroamerica:
    title: Honduras
    locations:
      - name: Danli
    keywords: [asesinado, muere, tiroteo, balacera]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the watched town's own state, after its noun, is no scene elsewhere for a journey's end
        (
            "Flights to YOL halted after gunmen fire at the terminal",
            "Gunmen opened fire near the terminal in the Adamawa State capital overnight, and flights to YOL were halted.",
            "nigeria/Yola",
        ),
        # "X, en Arauca": the town's department in apposition, not the department's capital
        (
            "Atacan con explosivos la estación de policía de Tame",
            "Disidencias atacaron con explosivos la estación de policía de Tame, en Arauca, durante la noche.",
            "colombia/Tame",
        ),
        # a name a better-known place abroad bears, tied to the watched town by its own state
        (
            "Balacera en Victoria deja dos muertos",
            "Dos hombres murieron en una balacera en una colonia de Victoria, la capital de Tamaulipas.",
            "colombia/Ciudad Victoria",
        ),
        (
            "Tiroteo en Angostura: un policía herido",
            "Un tiroteo en el centro de Angostura, en el estado Bolívar, dejó un policía herido.",
            "colombia/Ciudad Bolivar",
        ),
    ],
)
def test_the_watched_towns_own_division_keeps_the_town(matcher: Matcher, title: str, summary: str, expected: str) -> None:
    assert expected in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a town 50 km off is the scene; the watched city is only where the sources are
        (
            "Ituri : attaque contre un village près de Mongbwalu, selon des sources à Bunia",
            "Des miliciens ont attaqué un village proche de Mongbwalu, faisant six morts, selon des sources à Bunia.",
        ),
        # another country's state, however common its word, is the scene of a native's death
        (
            "Migrante de Danlí muere en el desierto de Arizona",
            "Un migrante originario de Danlí murió en el desierto de Arizona, informó la cancillería.",
        ),
        (
            "Joven que salió de Danlí es asesinado en Texas",
            "Un joven que salió de Danlí hace un año fue asesinado el sábado en Texas.",
        ),
    ],
)
def test_a_source_or_a_home_with_the_scene_elsewhere_does_not_alert(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) == set()


def test_a_division_is_the_towns_own_only_when_written_as_one() -> None:
    yola = GeoPlace(id="gn:1", name="Yola", kind="city", country="NG", lat=9.2, lon=12.5, population=460_000, admin1="35")
    assert _names_own_division(tokenize("in the Adamawa State capital"), 2, 3, yola)
    assert _names_own_division(tokenize("Yola, in Adamawa"), 2, 3, yola)
    assert not _names_own_division(tokenize("clashes in Adamawa on Monday"), 2, 3, yola)  # no noun, no apposition
    assert not _names_own_division(tokenize("in the Borno State capital"), 2, 3, yola)  # another state


def test_a_town_twenty_km_off_is_a_place_of_its_own() -> None:
    town = GeoPlace(id="gn:2", name="Mangbwalu", kind="city", country="CD", lat=1.94, lon=30.04, population=45_000)
    assert _distinct_city(town, 49.0)
    assert _distinct_city(town, 28.0)
    assert not _distinct_city(town, 15.0)


def test_a_towns_way_out_towards_another_is_the_first_towns() -> None:
    burkina = "  burkina:\n    title: Burkina Faso\n    locations:\n      - name: Kaya\n    keywords: [attaqué, morts]\n"
    watchlists = WATCHLISTS.replace("  ituri:\n", burkina + "  ituri:\n")
    matcher = placed_matcher(parse_config(watchlists).watchlists, load_gazetteer(), look_up_places)
    title = "Trois morts dans l'attaque d'un car"
    summary = "KAYA — Des hommes armés ont attaqué un car à la sortie de la ville vers Dori, faisant trois morts."
    assert "burkina/Kaya" in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Atacan a tiros al alcalde de Tame en la vía a Saravena",
            "Sicarios atacaron a tiros al alcalde de Tame en la vía a Saravena.",
        ),
        (
            "Gunmen attack the governor of Yola on the road to Mubi",
            "Gunmen attacked the convoy of the governor of Yola on the road to Mubi.",
        ),
    ],
)
def test_where_a_road_leads_is_no_scene_elsewhere(matcher: Matcher, title: str, summary: str) -> None:
    """An office's town with the road to another as the scene: the road leaves the town."""
    assert alerted(matcher, title, summary) & {"colombia/Tame", "nigeria/Yola"}
