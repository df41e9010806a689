"""French transliteration's spellings of places in countries that write another script: the
rules (`bot/geo/spellings.py`) and what the real gazetteer then knows."""

from __future__ import annotations

import pytest

from bot.geo import Gazetteer, load_gazetteer
from bot.geo.spellings import french_spellings, respelt


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        ("Kabul", "Kaboul"),
        ("Kunduz", "Koundouz"),
        ("Kirkuk", "Kirkouk"),
        ("Juba", "Djouba"),
        ("Jalalabad", "Djalalabad"),
        ("Tajura", "Tajoura"),
        ("Sharm el-Sheikh", "Charm el-Cheikh"),
        ("Zhytomyr", "Jytomyr"),
    ],
)
def test_french_transliteration(name: str, spelling: str) -> None:
    assert spelling in list(french_spellings(name))


def test_no_rule_no_spelling_and_never_the_name_itself() -> None:
    assert list(french_spellings("Ghazni")) == []
    assert list(french_spellings("Quetta")) == []  # "qu" is no vowel u
    assert "Kabul" not in list(french_spellings("Kabul"))


def test_only_places_of_countries_that_write_another_script_and_not_villages() -> None:
    assert respelt("Tājūrā’", "LY", 100_000) == ["Tajoura’", "Tadjura’", "Tadjoura’"]
    assert respelt("Duluth", "US", 86_000) == []  # English names are written as they are
    assert respelt("Kabul", "AF", 800) == []


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("word", "place", "country"),
    [("tajoura", "Tājūrā’", "LY"), ("janzour", "Janzūr", "LY"), ("djalalabad", "Jalālābād", "AF"), ("koundouz", "Kunduz", "AF")],
)
def test_the_gazetteer_knows_the_press_spellings(real: Gazetteer, word: str, place: str, country: str) -> None:
    found = real.lookup((word,))[0]
    assert (found.name, found.country) == (place, country)
    assert any(h.name.source == "respelt" for h in real.hits((word,)) if h.place == found)  # GeoNames lacks them


def test_an_everyday_word_is_no_spelling(real: Gazetteer) -> None:
    """The junk rules apply: a spelling that is a common word is not indexed ("Sour" would be
    Tyre's old name in any case; "Bour", "Jour" are everyday words)."""
    assert not any(h.name.source == "respelt" for h in real.hits(("jour",)))


def test_a_suburb_in_its_french_spelling_is_within_the_radius(real: Gazetteer) -> None:
    from bot.config import parse_config
    from bot.match import placed_matcher

    config = parse_config(
        'feeds: [{name: f, url: "http://127.0.0.1:1/f.xml"}]\n'
        "watchlists:\n  libya:\n    title: Libya\n    locations: [{name: Tripoli, radius: 30km}, {name: Benghazi}]\n"
        "    keywords: [clashes, combats]\n"
    )
    matcher = placed_matcher(config.watchlists, real)
    for title in ("Clashes in Tajoura leave 8 dead", "Libye : des combats à Tajoura font plusieurs morts"):
        [result] = matcher.match(title, "")
        [near] = result.locations
        assert (near.location, near.via, near.distance_km) == ("Tripoli", "Tajoura", 15)
