"""A gazetteer's other spelling of a watched place, written in capitals amid ordinary text, is an
acronym: "GAESA" (Cuba's military holding) is not "Gaesa", an old spelling GeoNames lists for
Gaza. The place's name in capitals still counts where the press writes it so: a dateline, the
head of a sentence, a line all in capitals. Checked on the real gazetteer, whose spellings these are."""

from __future__ import annotations

from functools import cache

import pytest

from bot.config import parse_config
from bot.geo import Gazetteer, load_gazetteer
from bot.match import Matcher, placed_matcher

CONFIG = """
feeds: [{name: f, url: "http://127.0.0.1:1/f.xml"}]
watchlists:
  levant:
    title: Gaza and Lebanon
    locations: [{name: Gaza}, {name: Beirut}]
    keywords: [attack, strike, explosion]
  afghanistan:
    title: Afghanistan
    locations: [{name: Kabul}]
    keywords: [attack, attaque]
"""


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return load_gazetteer()


@cache
def _matcher(gazetteer: Gazetteer) -> Matcher:
    watchlists = parse_config(CONFIG).watchlists
    return placed_matcher(watchlists, gazetteer)


def alerts(gazetteer: Gazetteer, title: str, summary: str = "") -> set[str]:
    return {f"{r.watchlist}/{m.location}" for r in _matcher(gazetteer).match(title, summary) for m in r.locations}


def test_the_spellings_exist(real: Gazetteer) -> None:
    names = {n.text for n in real.names_of(real.lookup(("gaza",))[0])}
    assert "Gaesa" in names and "Kaboul" in {n.text for n in real.names_of(real.lookup(("kabul",))[0])}


def test_an_acronym_in_running_text_is_not_the_other_spelling(real: Gazetteer) -> None:
    text = "Visitors must avoid hotels run by GAESA, the military holding, after an attack on dissidents"
    assert alerts(real, "New rules for visitors to Cuba", text) == set()
    assert "an acronym in capitals (GAESA)" in _matcher(real).explain("New rules for visitors to Cuba", text)


@pytest.mark.parametrize(
    "title",
    [
        "KABOUL (AFP) - Une attaque a fait trois morts",  # a dateline
        "ATTAQUE À KABOUL : TROIS MORTS",  # a line in capitals
    ],
)
def test_a_place_in_capitals_where_the_press_writes_it_so_still_counts(real: Gazetteer, title: str) -> None:
    assert alerts(real, title) == {"afghanistan/Kabul"}


# A watched country matches its press acronym ("US", "U.S.", "USA", "UAE") in capitals, as a
# place: not "us", not an acronym standing for the state or a nationality whose scene is elsewhere.
COUNTRY_CONFIG = """
feeds: [{name: f, url: "http://127.0.0.1:1/f.xml"}]
watchlists:
  us:
    title: United States
    locations: [{name: United States}]
    keywords: [attack, shooting]
  uae:
    title: Emirates
    locations: [{name: United Arab Emirates}]
    keywords: [attack]
"""


@cache
def _country_matcher(gazetteer: Gazetteer) -> Matcher:
    return placed_matcher(parse_config(COUNTRY_CONFIG).watchlists, gazetteer)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Shooting in the US leaves three dead", {"us"}),
        ("Mass shooting across the U.S. this weekend", {"us"}),
        ("US: shooting at a mall kills three", {"us"}),
        ("Shooting at a school in Dallas, Texas, U.S.", {"us"}),
        ("USA shooting kills five", {"us"}),
        ("Drone attack hits UAE oil facility", {"uae"}),
        ("Drone attack in the UAE hits an oil facility", {"uae"}),
        ("Let us condemn the attack", set()),
        ("LET US CONDEMN THE SHOOTING", set()),
        ("Gunmen attack U.S. embassy in Kabul", set()),
        ("Attack on US base in Iraq", set()),
        ("US urges Iran to halt attacks on shipping", set()),
        ("Attack on a tanker costs the insurers US$5 million", set()),
        ("US-led coalition jets attack a convoy near Mosul", set()),
    ],
)
def test_a_country_matches_its_acronym_as_a_place(real: Gazetteer, title: str, expected: set[str]) -> None:
    assert {r.watchlist for r in _country_matcher(real).match(title, "")} == expected


def test_a_turned_away_acronym_says_why(real: Gazetteer) -> None:
    text = _country_matcher(real).explain("Gunmen attack U.S. embassy in Kabul")
    assert "the country's acronym as a nationality" in text
    assert "named for its government (US urges)" in _country_matcher(real).explain("US urges Iran to halt attacks on shipping")
