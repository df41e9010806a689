"""Place rules of issue 16's twenty-third round (helper places23), from the misses of the spent
place sets classed by cause: a watched airport or site named in its own right within another
watched location's radius alerts that one too, as any place named within the radius does (its
bare code stays the airport's alone, as the README gives it); "Niger State police" is Nigeria's
state, not the country; a site by its coords in a corner where the gazetteer lists only the
neighbours' towns nearby is in the country its watchlist points at. Every sentence here is new.
Real parts: the gazetteer and the matcher as the bot builds them."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.geo.divisions import division_noun_after
from bot.geo.resolve import _point_country
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from bot.textnorm import tokenize
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  niger:
    title: Niger
    locations:
      - name: Niamey
        radius: 20km
      - name: Niamey airport
    keywords: [attack, tirs, attaque, shooting, mortar, explosion]
  djibouti:
    title: Djibouti
    locations:
      - name: Djibouti city
        coords: [11.59, 43.15]
        radius: 15km
      - name: Camp Lemonnier
        coords: [11.547, 43.155]
    keywords: [attack, explosion, drone]
  nigeria:
    title: Nigeria
    locations:
      - name: Bida
    keywords: [bandits, kill]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    watchlists = parse_config(WATCHLISTS).watchlists
    return placed_matcher(watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the airport by its official name, 9 km inside Niamey's 20: both
        (
            "Mortar rounds hit Diori Hamani International Airport",
            "No one was hurt, officials said.",
            {"niger/Niamey airport", "niger/Niamey"},
        ),
        (
            "Tirs près de l'aéroport Diori Hamani",
            "Des tirs ont été entendus près de l'aéroport Diori Hamani dans la nuit.",
            {"niger/Niamey airport", "niger/Niamey"},
        ),
        # its code in a sentence about flying: the watched airport's alone
        (
            "Flights to NIM suspended after shooting near runway",
            "Airlines suspended flights to NIM after a shooting near the runway.",
            {"niger/Niamey airport"},
        ),
        # a site typed with its coords, 5 km inside the city's radius
        (
            "Drone explosion reported at Camp Lemonnier",
            "A drone exploded near the perimeter of Camp Lemonnier, the US military said.",
            {"djibouti/Camp Lemonnier", "djibouti/Djibouti city"},
        ),
        # Nigeria's Niger State, not the country where another Bida lies
        (
            "Bandits kill three farmers near Bida",
            "Bandits killed three farmers on their way to market near Bida, Niger State police said on Monday.",
            {"nigeria/Bida"},
        ),
    ],
)
def test_places_round23(matcher: Matcher, title: str, summary: str, expected: set[str]) -> None:
    assert alerted(matcher, title, summary) == expected


def test_a_watched_place_outside_the_radius_alerts_only_itself() -> None:
    """Camp Lemonnier is 5 km from Djibouti city: with a radius of 3 the camp alerts alone."""
    config = WATCHLISTS.replace("radius: 15km", "radius: 3km")
    watchlists = parse_config(config).watchlists
    matcher = placed_matcher(watchlists, load_gazetteer(), look_up_places)
    title, summary = "Drone explosion reported at Camp Lemonnier", "A drone exploded near the camp's perimeter."
    assert alerted(matcher, title, summary) == {"djibouti/Camp Lemonnier"}


@pytest.mark.parametrize(
    ("text", "division"),
    [
        ("Kidnappers struck near Mokwa, Niger State police said.", True),
        ("Gunmen hit Suleja, Niger state, officials said.", True),
        ("Lebanon state media said two were killed.", False),
        ("Oman state television reported the strike.", False),
    ],
)
def test_a_capitalised_division_noun_names_the_division(text: str, division: bool) -> None:
    tokens = tokenize(text)
    codes = {"niger": "NE", "lebanon": "LB", "oman": "OM"}
    k = next(i for i, w in enumerate(tokens.folded) if w in codes)
    assert division_noun_after(tokens, k, k + 1, codes[tokens.folded[k]]) is division


@pytest.mark.parametrize(
    ("pointed", "country"),
    [
        (Counter({"TD": 3.0}), "TD"),  # a list of Chad: Chad's corner, though Birao (CF) is nearest
        (Counter({"SD": 3.0}), "SD"),  # a list of Sudan: Umm Dafog, 82 km off, is Sudan's
        (Counter(), "CF"),  # a list that points nowhere: the nearest town's country
    ],
)
def test_a_point_among_neighbours_towns_is_in_the_country_pointed_at(pointed: Counter[str], country: str) -> None:
    assert _point_country(load_gazetteer(), (10.95, 22.75), pointed) == country


AIRPORTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  iraq:
    title: Northern Iraq
    locations:
      - name: Mosul airport
    keywords: [attack, drone, explosion, rocket]
  mali:
    title: Mali
    locations:
      - name: Bamako airport
    keywords: [attack, explosion, gunfire]
"""


@pytest.fixture(scope="module")
def airports() -> Matcher:
    return placed_matcher(parse_config(AIRPORTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # where the flights go, another airport hit: the gazetteer's "Mosul International
        # Airport", read loosely in "Mosul airport", does not bring back the words turned away
        (
            "Drone strike on Kirkuk airport; Mosul flights unaffected",
            "A drone hit the runway of Kirkuk airport on Sunday; flights to Mosul airport were not affected, officials said.",
            set(),
        ),
        # untouched, with the scene within 50 km (Kati, 27 km from Senou): still the airport's news
        (
            "Gunfire near the Kati barracks; Bamako airport open",
            "Heavy gunfire was heard near the Kati military barracks overnight; flights at Bamako airport were not "
            "affected, the airport said.",
            {"mali/Bamako airport"},
        ),
    ],
)
def test_an_airport_named_as_untouched_or_as_a_journey(airports: Matcher, title: str, summary: str, expected: set[str]) -> None:
    assert alerted(airports, title, summary) == expected
