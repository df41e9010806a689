"""Local news: the states and counties of the United States (bot/geo/local.py) and what they
say of the towns an item names (bot/geo/context.py). Sentences written for these tests; the real
gazetteer (built once into the cache)."""

from __future__ import annotations

import pytest

from bot.geo import Gazetteer, load_gazetteer
from bot.geo.context import read_item
from bot.geo.local import counties_in, states_in
from bot.textnorm import tokenize


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def chosen(gazetteer: Gazetteer, title: str, summary: str = "") -> dict[str, str]:
    """Each name the item's fields name -> the chosen place's "country-state"."""
    out: dict[str, str] = {}
    for places in read_item(gazetteer, tokenize(title), tokenize(summary)):
        for m in places.mentions:
            if m.chosen is not None and not m.glued:
                out.setdefault(m.text, f"{m.chosen.country}-{m.chosen.admin1}")
    return out


def test_states_and_counties_are_found_as_the_press_writes_them() -> None:
    tokens = tokenize("Deputies from Scioto County, Ohio, and Greenup County met in Portsmouth, Ky., on Monday.")
    assert [(tokens.words[a], code) for a, _, code in states_in(tokens)] == [("Ohio", "OH"), ("Ky", "KY")]
    assert [(tokens.words[a], "OH" in codes) for a, _, codes in counties_in(tokens)] == [("Scioto", True), ("Greenup", False)]
    listed = tokenize("Schools in Dutchess and Ulster counties will close early.")
    assert [listed.words[a] for a, _, _ in counties_in(listed)] == ["Dutchess", "Ulster"]


@pytest.mark.parametrize(
    "text",
    [
        "Barges were halted where the Ohio meets the Mississippi.",  # rivers
        "Fans of Ohio State filled the stadium.",  # part of another name
        "Durham County Council approved the budget.",  # England's council
        "The Georgia parliament met in Tbilisi.",  # the country
    ],
)
def test_what_is_no_state_nor_county(text: str) -> None:
    tokens = tokenize(text)
    assert states_in(tokens) == [] and counties_in(tokens) == []


def test_a_county_named_says_which_namesake(gazetteer: Gazetteer) -> None:
    # Cooper and Howard counties: Missouri's, among others; Columbia: South Carolina's is larger.
    places = chosen(gazetteer, "Crews in Columbia cleared downed trees; Cooper County and Howard County reported damage.")
    assert places["Columbia"] == "US-MO"


def test_a_state_abbreviated_after_the_town_says_which_namesake(gazetteer: Gazetteer) -> None:
    assert chosen(gazetteer, "A Springfield, Ill., man was sentenced Friday for fraud.")["Springfield"] == "US-IL"
    assert chosen(gazetteer, "The Athens, Tenn., council met Tuesday.")["Athens"] == "US-TN"


def test_a_town_only_one_state_has_says_which_namesake(gazetteer: Gazetteer) -> None:
    assert chosen(gazetteer, "Trains between Springfield and Longmeadow were delayed by snow.")["Springfield"] == "US-MA"


def test_a_state_named_anywhere_in_the_item_says_which_namesake(gazetteer: Gazetteer) -> None:
    places = chosen(gazetteer, "Cairo sewer plant gets a grant", "The money comes from the state of Illinois, officials said.")
    assert places["Cairo"] == "US-IL"


def records(gazetteer: Gazetteer, title: str, summary: str = "") -> dict[str, dict[str, object]]:
    from bot.geo.report import item_record, read_fields

    return {p["name"]: p for p in item_record("x", read_fields(gazetteer, title, summary), gazetteer)["places"]}


def test_a_state_is_a_place_at_its_own_point(gazetteer: Gazetteer) -> None:
    found = records(gazetteer, "Storms knocked out power across Tennessee and in Paducah, Ky., on Sunday.")
    assert found["Tennessee"]["region"] == "US-TN" and abs(float(str(found["Tennessee"]["lat"])) - 35.9) < 1
    assert found["Ky"]["region"] == "US-KY"


def test_a_county_is_placed_at_the_items_town_in_its_state(gazetteer: Gazetteer) -> None:
    found = records(gazetteer, "Deputies in Cabell County searched homes in Huntington, W.Va., on Monday.")
    county, town = found["Cabell County"], found["Huntington"]
    assert county["region"] == "US-WV" and (county["lat"], county["lon"]) == (town["lat"], town["lon"])
    # With no town of its states in the item, a county is not placed at all.
    assert "Cabell County" not in records(gazetteer, "Cabell County approves its budget.")


def test_a_state_name_tied_to_another_state_is_the_town(gazetteer: Gazetteer) -> None:
    found = records(gazetteer, "The fair in Delaware, Ohio, opens on Friday.")
    assert found["Delaware"]["kind"] == "city" and found["Ohio"]["region"] == "US-OH"


def test_a_country_named_in_a_county_item_is_its_town(gazetteer: Gazetteer) -> None:
    text = "A fire at a mill in Lebanon drew crews from across Warren County, Ohio, overnight."
    assert chosen(gazetteer, text)["Lebanon"] == "US-OH"
    # A county of many states, nothing to say which: the country still.
    assert chosen(gazetteer, "Warren County officials met the ambassador of Lebanon.")["Lebanon"] == "LB-None"
    # The country spoken of otherwise too ("Lebanese"): the country.
    text = "Ohio senators flew to Lebanon for talks with Lebanese leaders, Warren County donors said."
    assert chosen(gazetteer, text)["Lebanon"] == "LB-None"


def test_a_famous_name_opening_a_headline_may_still_be_a_local_town(gazetteer: Gazetteer) -> None:
    # "Rome" opens the title, where capitals say nothing of an everyday word; it is Italy's
    # capital's name, not one, so Georgia's Rome is weighed too.
    places = chosen(gazetteer, "Rome firefighters save a dog", "Crews from Rome and Cave Spring, Ga., answered the call.")
    assert places["Rome"] == "US-GA"
    assert chosen(gazetteer, "Rome hosts a summit on migration with Italian ministers.")["Rome"] == "IT-07"


def test_a_division_of_another_country_is_placed_where_the_items_towns_are(gazetteer: Gazetteer) -> None:
    found = records(gazetteer, "Floods in Alappuzha and Kottayam", "Kerala officials opened relief camps near Changanassery.")
    kerala = found["Kerala"]
    assert kerala["kind"] == "region" and kerala["country"] == "IN"
    assert 9.0 < float(str(kerala["lat"])) < 12.5 and 75.0 < float(str(kerala["lon"])) < 77.5
    nigeria = records(gazetteer, "Herders and farmers clash near Lafia and Keffi in Nasarawa State, police said.")
    assert nigeria["Nasarawa State"]["country"] == "NG"
    summary = "Le conseil départemental du Finistère finance les travaux à Quimperlé et à Concarneau."
    french = records(gazetteer, "Quimperlé : la mairie déménage", summary)
    assert french["Finistère"]["country"] == "FR"


def test_a_division_is_not_placed_without_a_town_of_its_country_nor_as_an_organisation(gazetteer: Gazetteer) -> None:
    assert "Kerala" not in records(gazetteer, "Kerala's tourism minister resigned on Monday.")
    # One town says little of where the division is: it may lie in another.
    assert "Nova Scotia" not in records(gazetteer, "Ferries from St. John's to Nova Scotia were cancelled.")
    police = records(gazetteer, "Derbyshire Police said a man from Buxton and one from Matlock were arrested.")
    assert not any(p["kind"] == "region" for p in police.values())


def test_a_namesake_beyond_the_most_populous_few_is_still_measured(gazetteer: Gazetteer) -> None:
    # Tennessee's Trenton is not among the largest Trentons; Dyersburg, beside it, says it is meant.
    assert chosen(gazetteer, "Deputies from Trenton and Dyersburg searched the river bottoms.")["Trenton"] == "US-TN"


def test_a_state_named_outweighs_a_namesake_near_another_name(gazetteer: Gazetteer) -> None:
    assert chosen(gazetteer, "A storm toppled trees in Trenton and Bradford, Tennessee officials said.")["Trenton"] == "US-TN"


def test_a_state_name_inside_a_longer_hyphenated_name_is_none() -> None:
    assert states_in(tokenize("Les pompiers du Maine-et-Loire sont intervenus.")) == []


def test_a_plain_english_word_opening_a_sentence_is_no_village(gazetteer: Gazetteer) -> None:
    assert "Voters" not in chosen(gazetteer, "Voters lined up before dawn in the rain.")
    assert "Farmers" not in chosen(gazetteer, "Farmers blocked the highway near Wardha on Tuesday.")
    # Inside a sentence the capital still says it is a name: the New Mexico town.
    assert chosen(gazetteer, "Police in Grants said the highway reopened.")["Grants"] == "US-NM"


def test_counties_listed_before_county_in_lower_case() -> None:
    tokens = tokenize("Schools in the Cherokee and Etowah county systems closed early.")
    assert [tokens.words[a] for a, _, _ in counties_in(tokens)] == ["Cherokee", "Etowah"]


def test_a_county_of_many_states_is_placed_in_the_state_most_of_the_items_towns_are_in(gazetteer: Gazetteer) -> None:
    # Roper is North Carolina's, which has a Washington County too; three towns are Pennsylvania's.
    text = "Washington County paid for bridges in Roper, then for parks in Canonsburg, Charleroi and Monessen."
    found = records(gazetteer, text)
    assert found["Washington County"]["region"] == "US-PA"


def test_a_name_with_a_short_first_word_is_the_name_in_full(gazetteer: Gazetteer) -> None:
    places = chosen(gazetteer, "Deputies in Mt. Vernon, Ohio, and Ft. Myers arrested two men.")
    assert places["Mt. Vernon"] == "US-OH" and places["Ft. Myers"] == "US-FL"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Rome summit: US and EU leaders agree on aid", "Rome", "IT-07"),
        ("London: US embassy warns of protests", "London", "GB-ENG"),
        ("Paris hosts talks as US envoy arrives", "Paris", "FR-11"),
    ],
)
def test_a_great_city_opening_a_headline_is_not_a_namesake_because_its_country_is_named(
    gazetteer: Gazetteer, text: str, name: str, expected: str
) -> None:
    assert chosen(gazetteer, text)[name] == expected


def test_a_state_of_two_words_after_the_is_the_state() -> None:
    tokens = tokenize("Inspectors from the North Carolina health department visited the plant.")
    assert [code for _, _, code in states_in(tokens)] == ["NC"]
