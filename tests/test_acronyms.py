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
