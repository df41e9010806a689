"""How `python -m bot places` reads the press's ways of naming places (issue 20), with the real
gazetteer: the United States in its press forms, famous cities against their namesakes, names
inside longer names, and acronyms that are not towns or airports."""

from __future__ import annotations

from typing import Any

import pytest

from bot.geo import Gazetteer, load_gazetteer, name_key
from bot.geo.report import item_record, read_fields
from bot.textnorm import tokenize


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def read(gazetteer: Gazetteer, title: str, summary: str = "") -> dict[str, Any]:
    return item_record("1", read_fields(gazetteer, title, summary))


def found(record: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(p["name"], p["kind"], p["country"]) for p in record["places"]]


def away(record: dict[str, Any]) -> list[str]:
    return [a["name"] for a in record["turned_away"]]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("U.S. and Iran make progress in talks", "U.S", "US"),
        ("Talks on a possible U.S. attack", "U.S", "US"),
        ("US officials said the talks failed", "US", "US"),
        ("France edges out Team USA for gold", "USA", "US"),
        ("USA beat Canada in the final", "USA", "US"),
        ("Talks between the U.K. and Iran", "U.K", "GB"),
        ("Ministers of the U.A.E. met", "U.A.E", "AE"),
        ("It is in America's interests", "America", "US"),
    ],
)
def test_a_country_in_its_press_forms(gazetteer: Gazetteer, text: str, name: str, code: str) -> None:
    assert (name, "country", code) in found(read(gazetteer, text))


def test_a_continent_named_after_a_press_form_is_not_the_country(gazetteer: Gazetteer) -> None:
    record = read(gazetteer, "Migrants from Latin America and Anglo America reach the border")
    assert not any(p["country"] == "US" for p in record["places"]) and "America" in away(record)  # "Anglo America"
    assert ("Latin America", "region", None) in found(record)


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        ("Jihadists spread across the Sahel", "Sahel", "sahel"),
        ("Drought in the Horn of Africa", "Horn of Africa", "horn-of-africa"),
        ("Europe looks to shore up its defences", "Europe", "europe"),
        ("Attaques djihadistes en Afrique de l'Ouest", "Afrique de l'Ouest", "west-africa"),
        ("Tensão no Médio Oriente", "Médio Oriente", "middle-east"),
        ("تصاعد التوتر في الشرق الأوسط", "الشرق الأوسط", "middle-east"),
    ],
)
def test_continents_and_large_regions_are_places_of_no_one_country(
    gazetteer: Gazetteer, text: str, name: str, region: str
) -> None:
    record = read(gazetteer, text)
    (place,) = [p for p in record["places"] if p["name"] == name]
    assert (place["kind"], place["region"], place["country"]) == ("region", region, None)
    assert "geonameid" not in place
    assert not [p for p in record["places"] if p["kind"] == "country"]  # and they say nothing of a country


def test_a_region_is_no_country_evidence_and_never_within_a_radius(gazetteer: Gazetteer) -> None:
    readings = read_fields(gazetteer, "Attacks across the Sahel")
    assert readings[0].places.countries == {}
    assert not any(p.kind == "region" for p, _ in gazetteer.within(15.0, 0.0, 50))
    sahel = gazetteer.place("region:sahel")
    assert sahel is not None and sahel.country == "" and gazetteer.country_point("") is None


@pytest.mark.parametrize(
    ("title", "summary", "name", "code"),
    [
        ("U.S. and Iran make progress in Geneva talks", "Trump warned of a possible U.S. attack.", "Geneva", "CH"),
        ("France edges out Team USA", "Team France edged out the U.S. to top the podium in Milan.", "Milan", "IT"),
        ("US show producer dies", "She was found dead in a hotel room in Athens. The US network said so.", "Athens", "GR"),
    ],
)
def test_an_item_about_a_country_does_not_make_a_famous_city_its_namesake(
    gazetteer: Gazetteer, title: str, summary: str, name: str, code: str
) -> None:
    (place,) = [p for p in read(gazetteer, title, summary)["places"] if p["name"] == name]
    assert place["country"] == code


def test_grammar_still_ties_a_name_to_its_namesake(gazetteer: Gazetteer) -> None:
    (place,) = [p for p in read(gazetteer, "Storm hits Athens, Ohio and nearby towns")["places"] if p["name"] == "Athens"]
    assert place["country"] == "US"  # the grammar decides, not the size of Athens, Greece


def test_a_landmark_named_like_a_town_is_not_the_town(gazetteer: Gazetteer) -> None:
    record = read(gazetteer, "Senator will consider a White House run", "The White House said on Monday it would wait.")
    assert not any(p["name"] == "White House" for p in record["places"])


def test_a_hyphenated_name_inside_a_longer_one_is_turned_away(gazetteer: Gazetteer) -> None:
    record = read(gazetteer, "Trump met Netanyahu at Mar-a-Lago in December")
    assert not any(p["name"] in ("Mar-a", "Lago") for p in record["places"])
    assert {"Mar-a", "Lago"} <= set(away(record))
    russia = read(gazetteer, "Russia-Ukraine talks in a Tripoli-based office")
    assert {"Russia", "Ukraine", "Tripoli"} <= {p["name"] for p in russia["places"]}


def test_an_acronym_in_capitals_is_no_town_and_an_airport_only_about_flying(gazetteer: Gazetteer) -> None:
    record = read(gazetteer, "NATO and the IRS spoke to CBS and the CEO of the bank")
    assert record["places"] == [] and {"NATO", "IRS", "CBS", "CEO"} <= set(away(record))
    assert ("BKO", "airport", "ML") in found(read(gazetteer, "Flights to BKO resumed on Monday"))
    assert ("GAO", "city", "ML") in found(read(gazetteer, "GAO, Mali (AP) - Gunmen attacked a market"))
    assert ("CAR", "country", "CF") in found(read(gazetteer, "Peacekeepers in the CAR came under fire"))


def test_a_city_known_by_its_name_opens_a_dateline_or_a_sentence(gazetteer: Gazetteer) -> None:
    record = read(gazetteer, "Britain steps up defence spending", "LONDON: Britain should act. Sydney is hot.")
    assert {("LONDON", "city", "GB"), ("Sydney", "city", "AU")} <= set(found(record))


def test_countries_as_portugal_writes_them(gazetteer: Gazetteer) -> None:
    record = read(gazetteer, "O Irão e o Quénia assinam acordo")
    assert {("Irão", "country", "IR"), ("Quénia", "country", "KE")} <= set(found(record))


def test_a_region_is_only_read_in_items_never_looked_up_as_a_watched_place(gazetteer: Gazetteer) -> None:
    # The watchlist's resolution (bot/geo/resolve.py) looks names up: a region is not among
    # them, so a watchlist titled "Sahel" still places its Kidal in Mali, and no watched city
    # is ever a region or taken for its namesake.
    assert all(p.kind != "region" for p in gazetteer.lookup(name_key("Sahel")))
    assert gazetteer.lookup(name_key("Sahel"), regions=True)[0].id == "region:sahel"
    tokens = tokenize("Sahel watch: Kidal and the Horn of Africa")
    assert all(p.kind != "region" for span in gazetteer.find_names(tokens.folded, tokens.words) for p in span.places)


def test_a_sea_or_a_lake_of_several_countries_is_one_place_not_the_country_in_its_name(gazetteer: Gazetteer) -> None:
    record = read(gazetteer, "Navies patrol the Gulf of Guinea, the South China Sea and Lake Chad")
    assert [(p["name"], p["kind"]) for p in record["places"]] == [
        ("Gulf of Guinea", "region"),
        ("South China Sea", "region"),
        ("Lake Chad", "region"),
    ]
    assert ("Atlantic City", "city", "US") in found(read(gazetteer, "Storm over the Atlantic hits Atlantic City"))
    assert ("Atlantic", "region", None) in found(read(gazetteer, "Storm over the Atlantic hits Atlantic City"))


def test_a_name_written_after_a_first_name_is_that_person_wherever_it_stands_alone(gazetteer: Gazetteer) -> None:
    record = read(gazetteer, "Civil rights leader dies at 84", "Jesse Jackson led marches for decades. Jackson was 84.")
    assert not [p for p in record["places"] if p["name"] == "Jackson"]
    tied = read(gazetteer, "Storm hits Jackson, Mississippi", "Jesse Jackson spoke of the storm.")
    assert [p["country"] for p in tied["places"] if p["name"] == "Jackson"] == ["US"]  # the grammar makes it a place


def test_another_latin_name_of_a_large_city_is_no_name_known_by_itself(gazetteer: Gazetteer) -> None:
    record = read(gazetteer, "How France Skated Through Scandal to Edge Out Team USA for Ice Dance Gold")
    assert not [p for p in record["places"] if p["name"] == "Gold"]  # "Gold" is also Gold Coast's


def test_a_watched_country_inside_a_sea_s_name_is_not_the_country(gazetteer: Gazetteer) -> None:
    from bot.geo.context import means_elsewhere

    (reading,) = read_fields(gazetteer, "Pirates board a tanker in the Gulf of Guinea")[:1]
    tokens = reading.places.tokens
    assert tokens is not None
    start = tokens.folded.index("guinea")
    guinea = gazetteer.country("GN")
    assert guinea is not None
    assert means_elsewhere(reading.places, (start, start + 1), guinea) == "part of the name Gulf of Guinea, a region"


def test_a_headline_in_capitals_still_names_its_towns(gazetteer: Gazetteer) -> None:
    record = read(gazetteer, "GUNMEN ATTACK ARMY POST IN GAO AND KIDAL")
    assert {("GAO", "city", "ML"), ("KIDAL", "city", "ML")} <= set(found(record))
