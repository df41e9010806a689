"""Issue 17, story29's round: wrong merges first. Two country-wide reports that each say where
(a town their text names, "the capital", a headline's town) and not the same place are two
incidents the same day, in any language; and a province's report whose own deed its text says
came "hours after" the story's is another incident. What follows an incident up (a toll, a
burial, a curfew, the same town told otherwise) still joins. Every sentence here is new, at towns
no labelled set uses. Real parts: `make_report`, `StoryIndex`, `region_reading`, `region_join`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.regionjoin import region_join, region_reading
from bot.story import Place, Report, StoryIndex, make_report
from tests.support.reports import grouped

T0 = datetime(2026, 6, 8, 5, 0, tzinfo=UTC)  # a Monday


def country_report(n: int, hours: float, title: str, summary: str, country: str, *towns: str) -> Report:
    """A report whose headline names only `country` (in any language: "Moçambique" is the
    watched "Mozambique"); `towns`: watched towns of it its text names."""
    places = [Place(country, "country", True, 0)]
    places += [Place(town, "city", False, max(0, summary.find(town)), (country,)) for town in towns]
    made = make_report(n, T0 + timedelta(hours=hours), title, summary, places)
    assert made is not None
    return made


# --- Two country-wide reports, each saying where, not the same place: two incidents ------------

APART = [
    (
        (
            "Niger : des jihadistes attaquent un camp militaire",
            "Des jihadistes ont attaqué dimanche le camp militaire de Téra.",
            "Niger",
            "Téra",
        ),
        (
            "Niger: jihadists attack army camp",
            "Jihadists attacked the army camp at Ayorou on Sunday, the army said.",
            "Niger",
            "Ayorou",
        ),
    ),
    (
        (
            "Colombia: disidencias atacan una estación de policía",
            "Hombres armados atacaron el domingo la estación de policía de Jamundí.",
            "Colombia",
            "Jamundí",
        ),
        (
            "Colombia: dissidents attack police station",
            "Armed dissidents attacked the police station in Tibú on Sunday.",
            "Colombia",
            "Tibú",
        ),
    ),
    (
        (
            "السودان: مقتل مدنيين في قصف بطائرة مسيرة على سوق",
            "قتل مدنيون يوم الأحد في قصف بطائرة مسيرة على سوق في مدينة الأبيض.",
            "Sudan",
            "El Obeid",
        ),
        (
            "Sudan: drone strike on market kills civilians",
            "A drone struck a market in Kadugli on Sunday, killing civilians.",
            "Sudan",
            "Kadugli",
        ),
    ),
    (
        (
            "Moçambique: insurgentes atacam aldeia e queimam casas",
            "Os insurgentes atacaram no domingo uma aldeia do distrito de Meluco.",
            "Mozambique",
            "Meluco",
        ),
        (
            "Mozambique: insurgents raid village, homes torched",
            "Insurgents attacked a village near Ancuabe on Sunday, residents said.",
            "Mozambique",
            "Ancuabe",
        ),
    ),
    (
        (
            "Mali : un camp militaire attaqué dans l'ouest",
            "Des jihadistes ont attaqué dimanche le camp de Nioro du Sahel, selon l'armée.",
            "Mali",
            "Nioro du Sahel",
        ),
        (
            "Mali: gunmen attack army post in the west",
            "Gunmen attacked an army post at Yélimané on Sunday, a local official said.",
            "Mali",
            "Yélimané",
        ),
    ),
]


@pytest.mark.parametrize("first, second", APART)
def test_two_country_reports_naming_two_towns_in_their_texts_are_two_incidents(
    first: tuple[str, str, str, str], second: tuple[str, str, str, str]
) -> None:
    a = country_report(0, 0, *first)
    b = country_report(1, 3, *second)
    assert grouped(a, b) == [0, 1]
    assert grouped(b, a) == [1, 0]  # either way round


def test_the_capital_and_a_town_the_headline_names_are_two_incidents() -> None:
    # "in the capital" says where as a town's name does: the kidnapping near Titao is another
    abducted = country_report(
        0,
        0,
        "Burkina Faso : des commerçants enlevés près de Titao",
        "Des hommes armés ont enlevé samedi six commerçants.",
        "Burkina Faso",
    )
    capital = country_report(
        1,
        20,
        "Activist abducted in Burkina Faso's capital",
        "A civil society activist was abducted from his home on Saturday evening.",
        "Burkina Faso",
    )
    assert capital.capital is not None
    assert grouped(abducted, capital) == [0, 1]


# --- ... but the same place told otherwise still joins --------------------------------------


@pytest.mark.parametrize(
    "title, summary, towns",
    [
        # the same town in both texts
        (
            "Niger: soldiers killed in attack on gendarmerie post",
            "Gunmen attacked the gendarmerie post in Téra on Sunday, the army said.",
            ("Téra",),
        ),
        # a province the town lies in, named in the headline: a province holds many towns
        (
            "Niger : attaque jihadiste dans la région de Tillabéri",
            "Des jihadistes ont attaqué un poste de gendarmerie dimanche.",
            (),
        ),
        # no town at all: where is not said, nothing sets it apart
        (
            "Niger: Death toll from gendarmerie post attack rises to nine",
            "Four wounded gendarmes died overnight, officials said.",
            (),
        ),
    ],
)
def test_a_country_report_of_the_same_town_or_of_no_town_still_joins(title: str, summary: str, towns: tuple[str, ...]) -> None:
    first = country_report(
        0,
        0,
        "Niger : des jihadistes attaquent un poste de gendarmerie",
        "L'attaque a visé dimanche le poste de Téra.",
        "Niger",
        "Téra",
    )
    later = country_report(1, 4, title, summary, "Niger", *towns)
    assert grouped(first, later) == [0, 0]


def test_a_burial_the_next_day_at_the_same_town_still_joins() -> None:
    first = country_report(
        0,
        0,
        "Mozambique: insurgents raid village, homes torched",
        "Insurgents attacked a village near Ancuabe on Sunday.",
        "Mozambique",
        "Ancuabe",
    )
    burial = country_report(
        1,
        26,
        "Moçambique: vítimas do ataque enterradas",
        "As vítimas do ataque de domingo perto de Ancuabe foram enterradas nesta segunda-feira.",
        "Mozambique",
        "Ancuabe",
    )
    assert grouped(first, burial) == [0, 0]


# --- A province's report of a deed "hours after" the story's: another incident ----------------

NOW = T0
TOWN = Place("Kotile", "city", True, 0, (), frozenset(), "KE.16")


def _market_story() -> StoryIndex:
    first = make_report(
        0,
        NOW,
        "Gunmen open fire at Kotile market, three dead",
        "Gunmen on motorbikes opened fire on traders at the Kotile market on Monday.",
        [TOWN],
    )
    assert first is not None
    index = StoryIndex(72)
    index.add(first, 0)
    return index


@pytest.mark.parametrize(
    "title, summary",
    [
        (
            "Garissa County: police officer killed in ambush on food convoy",
            "A police officer was killed on Monday evening when gunmen ambushed a food truck escort,"
            " hours after a deadly shooting at a market.",
        ),
        (
            "Comté de Garissa : un policier tué dans une embuscade",
            "Un policier a été tué lundi soir dans une embuscade contre une escorte,"
            " quelques heures après une fusillade meurtrière sur un marché.",
        ),
    ],
)
def test_a_provinces_deed_its_text_says_came_hours_after_the_story_is_another_incident(title: str, summary: str) -> None:
    report = region_reading(1, NOW + timedelta(hours=10), title, summary, frozenset({"KE"}))
    assert report is not None
    assert region_join(_market_story(), report, lambda _: True) is None


@pytest.mark.parametrize(
    "title, summary",
    [
        (
            "Garissa County: market shooting toll rises to five",
            "Two of the wounded traders died in hospital, hours after the shooting at the market.",
        ),
        ("Garissa County: gunmen kill three at a market", "Gunmen opened fire on traders at a market on Monday, police said."),
    ],
)
def test_a_provinces_toll_or_report_of_the_same_shooting_still_joins(title: str, summary: str) -> None:
    report = region_reading(1, NOW + timedelta(hours=10), title, summary, frozenset({"KE"}))
    assert report is not None
    assert region_join(_market_story(), report, lambda _: True) == 0


# --- An attack on the mourners a day later: a new attack, not the first's funeral -------------


def city_report(n: int, hours: float, title: str, summary: str, town: str, country: str) -> Report:
    """A report at a watched town of `country`, named where its title or summary does."""
    at = title.find(town)
    place = Place(town, "city", at >= 0, at if at >= 0 else max(0, summary.find(town)), (country,))
    made = make_report(n, T0 + timedelta(hours=hours), title, summary, [place])
    assert made is not None
    return made


MASSACRES = {
    "Kaya": (
        "Gunmen kill 14 villagers near Kaya",
        "Armed men killed 14 villagers near Kaya on Monday, residents said.",
        "Burkina Faso",
    ),
    "Tumaco": (
        "Masacre en Tumaco deja seis muertos",
        "Hombres armados asesinaron a seis personas en Tumaco el lunes.",
        "Colombia",
    ),
    "Palma": (
        "Insurgentes matam dez civis em Palma",
        "Insurgentes mataram dez civis num ataque a Palma na segunda-feira.",
        "Mozambique",
    ),
    "Beni": (
        "مقتل 20 مدنيا في هجوم للمتمردين قرب بيني",
        "قتل متمردون 20 مدنيا يوم الاثنين قرب بيني.",
        "Democratic Republic of the Congo",
    ),
}


@pytest.mark.parametrize(
    "town, title, summary",
    [
        (
            "Kaya",
            "Gunmen attack mourners at funeral of Kaya victims",
            "Armed men opened fire on mourners at a burial for the victims of Monday's attack near Kaya on Tuesday,"
            " killing four.",
        ),
        (
            "Kaya",
            "Kaya : des hommes armés attaquent les funérailles des victimes",
            "Des hommes armés ont ouvert le feu mardi sur les personnes venues enterrer les victimes de l'attaque de lundi.",
        ),
        (
            "Tumaco",
            "Atacan a balazos el velorio de las víctimas de la masacre de Tumaco",
            "Hombres armados dispararon el martes contra el velorio de las víctimas de la masacre del lunes; dos muertos.",
        ),
        (
            "Palma",
            "Insurgentes atacam cortejo fúnebre das vítimas em Palma",
            "Insurgentes abriram fogo na terça-feira contra o cortejo fúnebre das vítimas do ataque de segunda-feira em Palma.",
        ),
    ],
)
def test_an_attack_on_the_mourners_a_day_later_is_a_new_incident(town: str, title: str, summary: str) -> None:
    first_title, first_summary, country = MASSACRES[town]
    first = city_report(0, 0, first_title, first_summary, town, country)
    later = city_report(1, 26, title, summary, town, country)
    assert later.struck_mourners and not later.follow_up
    assert grouped(first, later) == [0, 1]


@pytest.mark.parametrize(
    "town, title, summary",
    [
        (
            "Kaya",
            "Funeral held for 14 villagers killed near Kaya",
            "Families buried on Tuesday the 14 villagers killed near Kaya on Monday.",
        ),
        (
            "Kaya",
            "Kaya : obsèques des victimes de l'attaque de lundi",
            "Les 14 villageois tués lundi près de Kaya ont été inhumés mardi.",
        ),
        (
            "Tumaco",
            "Sepelio de las víctimas de la masacre de Tumaco",
            "Cientos de personas acompañaron el martes el sepelio de las seis víctimas.",
        ),
        (
            "Palma",
            "Vítimas do ataque em Palma sepultadas",
            "As dez vítimas do ataque de segunda-feira em Palma foram sepultadas na terça-feira.",
        ),
        ("Beni", "تشييع ضحايا هجوم المتمردين قرب بيني", "شيع الأهالي يوم الثلاثاء ضحايا الهجوم الذي وقع الاثنين قرب بيني."),
    ],
)
def test_the_funeral_of_the_victims_still_follows_the_massacre_up(town: str, title: str, summary: str) -> None:
    first_title, first_summary, country = MASSACRES[town]
    first = city_report(0, 0, first_title, first_summary, town, country)
    later = city_report(1, 26, title, summary, town, country)
    assert not later.struck_mourners
    assert grouped(first, later) == [0, 0]


def test_the_toll_of_the_attack_on_mourners_still_follows_that_attack_up() -> None:
    struck = city_report(
        0,
        0,
        "Gunmen attack mourners at a funeral in Kaya",
        "Armed men opened fire on mourners at a funeral in Kaya on Tuesday.",
        "Kaya",
        "Burkina Faso",
    )
    toll = city_report(
        1,
        20,
        "Toll of attack on Kaya mourners rises to nine",
        "Five of the wounded mourners died overnight in Kaya, officials said.",
        "Kaya",
        "Burkina Faso",
    )
    assert toll.follow_up
    assert grouped(struck, toll) == [0, 0]
