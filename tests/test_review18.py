"""Review 18's findings, kept as tests."""

from __future__ import annotations

import pytest

from bot.geo.context import _brazilian_state
from bot.match import Matcher
from tests.support.alerts import alerted, titled_matcher

# review18b


@pytest.fixture(scope="module")
def abroad() -> dict[str, Matcher]:
    return {
        "mexico": titled_matcher("Mexico", "Iztapalapa", "Tlalpan"),
        "spain": titled_matcher("Spain", "Valencia", "Toledo"),
        "colombia": titled_matcher("Colombia", "Tumaco", "Medellín", "Santa Marta"),
        "france": titled_matcher("France", "Paris", "Lyon"),
        "united": titled_matcher("United States", "Columbus"),
    }


@pytest.mark.parametrize(
    ("watchlist", "title", "location"),
    [
        # Two capitals in brackets that are a Brazilian state's letters, after a town Brazil has
        # none of in that state: Mexico City's borough, ISO country codes, another state's.
        ("mexico", "Iztapalapa (DF): balacera deja dos muertos en ataque", "Iztapalapa"),
        ("mexico", "Tlalpan (DF): ataque armado deja dos muertos", "Tlalpan"),
        ("spain", "Valencia (ES): ataque con cuchillo deja dos muertos", "Valencia"),
        ("spain", "Toledo (ES): tiroteo deja dos muertos", "Toledo"),  # Brazil's Toledos are in PR and MG
        ("colombia", "TUMACO (AM) — Gunmen killed two police officers", "Tumaco"),
        ("colombia", "Tumaco (SP): ataque a tiros deixa dois mortos", "Tumaco"),
        ("colombia", "Medellín (TO) - Gunmen killed two police officers", "Medellín"),
        ("colombia", "Santa Marta (GO): tiroteio deixa dois mortos", "Santa Marta"),
        ("france", "Lyon (RS): attaque au couteau, deux morts", "Lyon"),
        ("france", "Attentat à Paris (SE) : deux morts", "Paris"),
        ("united", "Columbus (GO): shooting leaves two dead", "Columbus"),
    ],
)
def test_a_states_letters_tie_no_town_brazil_lacks(abroad: dict[str, Matcher], watchlist: str, title: str, location: str) -> None:
    assert alerted(abroad[watchlist], title) == {f"{watchlist}/{location}"}


def test_the_federal_districts_letters_name_its_division() -> None:
    # ISO's "Distrito Federal" is GeoNames' "Federal District"; Amapá's towns are all accented.
    assert _brazilian_state("DF") == "07"
    assert _brazilian_state("AP") == "03"


@pytest.fixture(scope="module")
def brazil() -> Matcher:
    return titled_matcher("Brasil", "Sobradinho", "Cascavel", "Valença")


@pytest.mark.parametrize(
    ("title", "alerts"),
    [
        ("Sobradinho (DF): tiroteio deixa dois mortos", {"brasil/Sobradinho"}),  # the watched one, in DF
        ("Sobradinho (BA): tiroteio deixa dois mortos", set()),
        ("Sobradinho (RS): tiroteio deixa dois mortos", set()),
        ("Cascavel (CE): tiroteio deixa dois mortos", set()),  # watched: Paraná's, the larger
        ("Valença (RJ): assalto termina com dois mortos", set()),  # watched: Bahia's, the larger
        ("Valença (BA): tiroteio deixa dois mortos", {"brasil/Valença"}),
    ],
)
def test_a_brazilian_state_still_places_a_brazilian_town(brazil: Matcher, title: str, alerts: set[str]) -> None:
    assert alerted(brazil, title) == alerts


@pytest.mark.parametrize(
    ("watched", "title", "location"),
    [
        # Each spelling of a short word gets its sound twin, whatever else is watched.
        (("Abu Kamal", "Abou Ghraib"), "Syrie : attentat à Abou Kamal, six morts", "Abu Kamal"),
        (("Abu Kamal", "Abou Ghraib"), "Irak : attentat à Abu Ghraib, six morts", "Abou Ghraib"),
        (("Abu Kamal",), "Syrie : attentat à Abou Kamal, six morts", "Abu Kamal"),
        (("Umm Qasr", "Oum Hadjer"), "Irak : explosion à Oum Qasr, deux morts", "Umm Qasr"),
        (("Umm Qasr", "Oum Hadjer"), "Chad: gunmen kill three in Umm Hadjer", "Oum Hadjer"),
        (("Abu Kamal", "Abou Ghraib", "Bou Saada"), "Algérie : attentat à Bou Saâda", "Bou Saada"),
        # a typed word stays strong though another location has its twin
        (("Ras al-Ain", "Ayn al-Arab", "Rass el Oued"), "Syria: car bomb kills five in Ras al-Ain", "Ras al-Ain"),
    ],
)
def test_every_short_word_has_its_sound_twins(watched: tuple[str, ...], title: str, location: str) -> None:
    matcher = titled_matcher("Iraq Syria Chad Algeria", *watched)
    assert alerted(matcher, title) == {f"iraq/{location}"}


@pytest.fixture(scope="module")
def levant() -> Matcher:
    return titled_matcher("Syria and Palestine", "Abu Kamal", "Abu Musa", "Umm Qasr")


@pytest.mark.parametrize(
    "title",
    [
        # A name in apposition to a person's role is the person's.
        "Abou Moussa, porte-parole du Fatah, tué dans une attaque à Gaza",
        "Syrie : Abou Kamal, émir de l'EI, tué dans une frappe",
        "Abu Musa, a Fatah spokesman, was killed in an attack in Gaza",
        "Abu Kamal, a senior IS commander, was killed in an airstrike",
        "Abu Kamal, chef de l'EI, tué dans une frappe",
        "Abu Musa, portavoz de la milicia, muere en un ataque en Gaza",
        "Abu Musa, porta-voz do grupo, morto em ataque em Gaza",
    ],
)
def test_a_name_with_a_role_in_apposition_is_a_person(levant: Matcher, title: str) -> None:
    assert alerted(levant, title) == set()


@pytest.mark.parametrize(
    "title",
    [
        # A place's own apposition, or a role after a place written as one, leaves it the place.
        "Abu Kamal, the town on the border, was hit by an airstrike",
        "Syria: airstrike kills 12 in Abu Kamal, a town near the border",
        "Abu Kamal, where an IS commander was killed, was hit by an airstrike",
        "In Abu Kamal, a spokesman for the militia said two were killed in an attack",
        "Umm Qasr, the port city, hit by a deadly attack",
    ],
)
def test_a_places_apposition_leaves_it_the_place(levant: Matcher, title: str) -> None:
    assert alerted(levant, title) != set()


@pytest.mark.parametrize(
    "title",
    [
        # A state's letters in brackets are no English word ("to", "in"): the headline stays Portuguese.
        "Palmas (TO): tiroteio deixa dois mortos",
        "Araguaína (TO): tiroteio deixa dois mortos",
        "Gurupi (TO): assalto termina com dois mortos",
    ],
)
def test_a_code_in_brackets_leaves_the_headlines_language(title: str) -> None:
    tocantins = titled_matcher("Brasil", "Palmas", "Araguaína", "Gurupi")
    assert alerted(tocantins, title) == {f"brasil/{title.split(' (')[0]}"}


def test_a_code_in_brackets_is_no_marker_word() -> None:
    from bot.language import item_languages
    from bot.textnorm import tokenize

    assert "pt" in item_languages([tokenize("Palmas (TO): tiroteio deixa dois mortos"), tokenize("")])
    assert "en" in item_languages([tokenize("Gary (IN): shooting leaves two dead"), tokenize("")])
