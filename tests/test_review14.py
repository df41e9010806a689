"""Fixes made in the eighth session after reading what its rounds and a new blind set missed: each
test fails on the code before them.

- A second-level division written with its administration's own word after the town it takes
  its name from ("Gwoza LGA", a Local Government Area of Nigeria; "Garissa County"; "Beni
  territoire") is a place, not a person's or a body's name: the word is rare in English and
  French, which read it as a surname, and the one sense per item then took the town away from
  the headline too ("Gunmen attack Gwoza" over "…Gwoza, headquarters of Gwoza LGA"). A body
  named after the place ("Gwoza Foods") still is one.
- From the review of places19 and storymiss2:
  - a number of four figures after a word of violence is a count when a noun follows it ("مقتل
    2000 مدني", "killed 1950 villagers"), not the year that names a past deed ("معركة 1916");
  - an English verb after a year's deed is a new deed ("Militants behind the 2014 Chibok
    kidnapping killed 12"), and so is one coordinated with such a verb ("returned and killed");
  - where people fleeing arrive is no longer turned away in the whole item: it turned away attacks
    on the arrivals there ("Refugees arriving in Adré attacked by militia");
  - a spelling guessed for a foreign town that Arabic writes as a common word ("دوري" for Dori, a
    league) is never that town, even after "في";
  - a chain of "and"s no longer recurses its length (a RecursionError on a long summary).
- From the review of story21 and lang19:
  - a whole Arabic word that is a word of the language, with its prefixes ("وكالة", an agency;
    "كثيرا", often; "وزراء", ministers), hides no foreign name's spelling after a prefix ("كالة",
    "ثيرا" for Tera, "زراء" for Zaria);
  - a name after a word of a town's quarter is the dateline town's quarter only when the whole
    scene's name stands there ("el barrio San Luis" is not "San Vicente del Caguán").

Real parts: the gazetteer and the matcher built as the running bot builds them."""

from __future__ import annotations

import pytest

from tests.support.alerts import alerted, titled_matcher


@pytest.fixture(scope="module")
def borno():  # type: ignore[no-untyped-def]
    return titled_matcher("Borno Nigeria", "Gwoza", "Dikwa")


@pytest.mark.parametrize(
    ("title", "summary", "where"),
    [
        ("Gunmen abducted 12 farmers in Gwoza LGA of Borno State", "", "borno/Gwoza"),
        (
            "Insurgents attack Gwoza, burn houses",
            "Insurgents on Tuesday night attacked Gwoza, headquarters of Gwoza LGA of Borno State, burning houses.",
            "borno/Gwoza",
        ),
        ("Dikwa LGA chairman says ISWAP fighters killed four herders", "", "borno/Dikwa"),
    ],
)
def test_a_division_named_with_its_administrations_word_is_the_place(borno, title: str, summary: str, where: str) -> None:  # type: ignore[no-untyped-def]
    assert where in alerted(borno, title, summary)


def test_a_body_named_after_the_place_still_is_one(borno) -> None:  # type: ignore[no-untyped-def]
    assert alerted(borno, "Gunmen attack Gwoza Foods warehouse in Lagos") == set()


@pytest.fixture(scope="module")
def kano():  # type: ignore[no-untyped-def]
    return titled_matcher("Kano Nigeria", "Kano")


@pytest.mark.parametrize(
    "title",
    [
        "مقتل 2000 مدني في كانو منذ بداية الشهر",
        "Kano clashes: gunmen killed 1950 villagers this year",
        "Militants behind the 2014 Chibok kidnapping killed 12 in Kano",
        "Gunmen who staged the 2015 attack returned and killed 12 in Kano",
    ],
)
def test_a_deed_of_now_beside_a_count_or_a_past_deed_alerts(kano, title: str) -> None:  # type: ignore[no-untyped-def]
    assert alerted(kano, title) == {"kano/Kano"}


def test_a_deed_its_year_names_is_still_past(kano) -> None:  # type: ignore[no-untyped-def]
    assert alerted(kano, "Kano remembers the 2014 mosque bombing") == set()


def test_a_long_chain_of_ands_is_read_without_recursing_its_length(kano) -> None:  # type: ignore[no-untyped-def]
    alerted(kano, "Kano: " + "war and " * 1000 + "killed")


def test_an_attack_on_people_arriving_in_a_town_alerts_it() -> None:
    chad = titled_matcher("Chad", "Adré")
    title = "Refugees arriving in Adré attacked by militia"
    summary = "Refugees arriving in Adré from El Geneina were attacked by militia on Tuesday, killing 7."
    assert alerted(chad, title, summary) == {"chad/Adré"}


def test_a_guessed_arabic_spelling_that_is_a_common_word_is_no_town() -> None:
    burkina = titled_matcher("Burkina Faso", "Dori")
    assert alerted(burkina, "مقتل شخصين في هجوم على حافلة مشجعي فريق في دوري الدرجة الأولى") == set()


@pytest.mark.parametrize(
    ("place", "country", "title"),
    [
        ("Tera", "Niger", "تحدث الشهود كثيرا عن الهجوم في نيامي"),
        ("Zaria", "Nigeria", "هجوم مسلح على موكب وزراء في أبوجا"),
        ("Kaele", "Cameroon", "ذكرت وكالة الأنباء أن مسلحين قتلوا عشرة أشخاص في ولاية بورنو"),
    ],
)
def test_an_arabic_word_of_the_language_hides_no_foreign_town(place: str, country: str, title: str) -> None:
    assert alerted(titled_matcher(country, place), title) == set()


def test_only_the_whole_scene_after_a_quarter_word_is_the_datelines_quarter() -> None:
    colombia = titled_matcher("Colombia", "Cucuta")
    elsewhere = "CÚCUTA (Colombia) — Un ataque con explosivos dejó cinco soldados muertos en San Vicente del Caguán, Caquetá."
    assert alerted(colombia, elsewhere + " Uno de los soldados había crecido en el barrio San Luis.") == set()
    assert alerted(colombia, "CÚCUTA (Colombia) — Un ataque con explosivos dejó cinco muertos en el barrio San Luis.") == {
        "colombia/Cucuta"
    }
