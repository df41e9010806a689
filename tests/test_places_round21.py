"""Place rules of issue 16's twenty-first places round (helper places21).

Over the spent sets, the false alerts of a source or a dateline (16 over 7 sets after round 20)
include a wire whose dateline's town is named again as where its speakers were reached or
quoted: "selon un notable de Bourem joint par téléphone", "según testigos citados desde
Léogâne". Who is reached, quoted or heard at a place speaks from it, as who speaks "by phone
from" it does: the grammar of reporting, in English, French, Spanish and Portuguese, and only
when the item names a scene elsewhere (a town reached and attacked alerts).

Of "another airport or a journey" (8 over the spent sets), a town named only as where journeys
held up by news elsewhere go or start: "Bankilaré convoy delayed", "travellers from Shahhat were
stranded". A word of travel (a vehicle or the people who travel) beside the name and a participle
of a journey held up, in English, French, Spanish and Portuguese; again only with a scene
elsewhere, so a town whose own airport is hit, or whose convoy is delayed by an attack at home,
alerts.

Of "another place, a longer name or a province", a watched town's name inside the longer name of
another town the gazetteer knows ("Tarrafal de São Nicolau", 157 km from Tarrafal): a longer
name near the watched place was taken as maybe its own up to 300 km; a town of its own is
another place beyond a city's reach (SAME_PLACE_KM), as two towns are everywhere else.

Every sentence here is new: other places, other wording. Real parts: the gazetteer, the bundled
security vocabulary and the matcher as the bot builds them.
"""

from __future__ import annotations

import pytest

from bot.match import Matcher
from tests.support.alerts import alerted, titled_matcher


@pytest.fixture(scope="module")
def burkina() -> Matcher:
    return titled_matcher("Burkina Faso watch", "Dori")


@pytest.fixture(scope="module")
def colombia() -> Matcher:
    return titled_matcher("Colombia watch", "Tumaco")


@pytest.fixture(scope="module")
def mozambique() -> Matcher:
    return titled_matcher("Mozambique watch", "Pemba")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Burkina : des hommes armés attaquent Djibo", "Des hommes armés ont attaqué Djibo, selon des habitants joints à Dori."),
        (
            "Attaque contre un poste de gendarmerie à Djibo",
            "Le poste a été attaqué, a indiqué un élu de Dori joint par téléphone, à Djibo.",
        ),
        ("Gunmen attack market in Djibo", "Gunmen attacked the market in Djibo, residents reached by phone in Dori said."),
        ("Djibo: gunmen kill traders", "Gunmen killed six traders in Djibo, a Dori elder contacted by phone said."),
    ],
)
def test_a_speaker_reached_at_the_town_makes_it_no_scene(burkina: Matcher, title: str, summary: str) -> None:
    assert alerted(burkina, title, summary) == set()


def test_spanish_quoted_from_the_town(colombia: Matcher) -> None:
    summary = "Hombres armados atacaron un puesto policial en Barbacoas, según pobladores contactados desde Tumaco."
    assert alerted(colombia, "Ataque armado contra puesto policial en Barbacoas", summary) == set()


def test_portuguese_heard_in_the_town(mozambique: Matcher) -> None:
    summary = "Insurgentes atacaram aldeias do distrito de Macomia, segundo deslocados ouvidos em Pemba."
    assert alerted(mozambique, "Insurgentes atacam aldeias em Macomia", summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gunmen attack Dori market", "Gunmen attacked the market in Dori overnight, residents reached by phone in Dori said."),
        ("Attaque à Dori", "Des hommes armés ont attaqué la ville, selon des habitants joints à Dori."),
    ],
)
def test_the_town_reached_and_attacked_alerts(burkina: Matcher, title: str, summary: str) -> None:
    assert alerted(burkina, title, summary) == {"burkina/Dori"}


@pytest.fixture(scope="module")
def mali() -> Matcher:
    return titled_matcher("Mali watch", "Gao", "Kidal")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Rocket attack on Mopti airport; Gao flights delayed", "Rockets struck the runway at Mopti airport overnight."),
        (
            "Attaque contre l'aéroport de Mopti",
            "Des roquettes ont frappé l'aéroport de Mopti ; les passagers de Kidal sont bloqués à Sévaré.",
        ),
        (
            "Ataque contra o aeroporto de Mopti",
            "Um ataque com foguetes atingiu o aeroporto de Mopti; os voos para Gao foram cancelados.",
        ),
        ("Bomb threat at Mopti airport", "After a bomb threat at Mopti airport, travellers to Kidal were stranded for hours."),
    ],
)
def test_a_town_only_where_held_up_journeys_go_is_no_scene(mali: Matcher, title: str, summary: str) -> None:
    assert alerted(mali, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Rocket attack on Gao airport; Gao flights suspended", "Rockets struck the runway at Gao airport overnight."),
        ("Kidal convoy delayed after attack", "Gunmen attacked the Kidal garrison; the supply convoy was delayed."),
    ],
)
def test_a_town_whose_own_journeys_are_hit_at_home_alerts(mali: Matcher, title: str, summary: str) -> None:
    assert len(alerted(mali, title, summary)) == 1


@pytest.fixture(scope="module")
def cabo_verde() -> Matcher:
    return titled_matcher("Cabo Verde watch", "Tarrafal")


@pytest.mark.parametrize(
    "title",
    [
        "Homens armados assaltam loja em Tarrafal de Monte Trigo",
        "Gunmen rob a shop in Tarrafal de Monte Trigo, on Santo Antão",
    ],
)
def test_a_longer_town_of_its_own_is_another_place(cabo_verde: Matcher, title: str) -> None:
    # Tarrafal de Monte Trigo (Santo Antão) lies 250 km from Tarrafal (Santiago)
    assert alerted(cabo_verde, title) == set()


def test_the_watched_town_named_alone_still_alerts(cabo_verde: Matcher) -> None:
    assert alerted(cabo_verde, "Homens armados assaltam loja no Tarrafal") == {"cabo/Tarrafal"}
