"""Issue 17, story30's round: wrong merges first, as they hide an incident. A deed at a nearby
town that the report's own text says came hours after the earlier incident is a second incident
there, of whatever family (`story._after_it_elsewhere`); and a kind of event an earlier report
names only as what its own news came after ties no report in another language to it (`_same_across`):
a claim of storming the base is the base's attack, not the market bombing "hours after" it. What
came of the first incident at the nearby town (its wounded at the hospital) still joins. Every
sentence here is new, at towns no labelled set uses. A town the gazetteer knows only by its
`coords:` lies, for a province's report, in the divisions of the gazetteer's towns around it too
(`pipeline.borders_of`, `Place.borders`). Real parts: `make_report`, `StoryIndex`, `region_join`,
the gazetteer.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.pipeline import areas_of, borders_of
from bot.regionjoin import region_join, region_reading
from bot.story import Place, Report, StoryIndex, make_report
from tests.support.reports import grouped, report_at_towns
from tests.test_story_labelled import story_matcher

T0 = datetime(2026, 7, 4, 4, 0, tzinfo=UTC)  # a Saturday

# Two towns of one province, some 25 km apart (points as the gazetteer gives them).
TOWNS = {
    "Kalehe": ("CD.19", (-2.10, 28.91)),
    "Minova": ("CD.19", (-1.70, 29.00)),
    "El Tarra": ("CO.21", (8.58, -73.09)),
    "Tibú": ("CO.21", (8.64, -72.74)),
    "Mucojo": ("MZ.01", (-12.07, 40.47)),
    "Macomia": ("MZ.01", (-12.25, 40.12)),
    "Mokwa": ("NG.31", (9.29, 5.05)),
    "Kainji": ("NG.31", (9.86, 4.61)),
    "Monguno": ("NG.27", (12.67, 13.61)),
}


def report(n: int, hours: float, title: str, summary: str, *towns: str) -> Report:
    """A report at T0 + hours naming `towns`, each in the headline when written there."""
    return report_at_towns(TOWNS, T0, n, hours, title, summary, *towns)


SECOND_NEARBY = [
    (
        report(
            0,
            0,
            "Kalehe : des miliciens attaquent un site de déplacés",
            "Des miliciens ont attaqué dans la nuit le site de déplacés de Kalehe, tuant onze personnes.",
            "Kalehe",
        ),
        report(
            1,
            7,
            "Minova : cinq cultivateurs tués par des hommes armés",
            "Des hommes armés ont tué cinq cultivateurs dans leurs champs près de Minova, quelques heures après "
            "l'attaque du site de déplacés de Kalehe, à une vingtaine de kilomètres.",
            "Minova",
            "Kalehe",
        ),
    ),
    (
        report(
            0,
            0,
            "Disidencias atacan la estación de policía de El Tarra",
            "Hombres armados atacaron la madrugada del sábado la estación de policía de El Tarra.",
            "El Tarra",
        ),
        report(
            1,
            6,
            "Hombres armados asesinan a cuatro comerciantes en Tibú",
            "Cuatro comerciantes fueron asesinados en Tibú horas después del ataque a la estación de policía de "
            "El Tarra, a unos 30 kilómetros.",
            "Tibú",
            "El Tarra",
        ),
    ),
    (
        report(
            0,
            0,
            "Insurgentes atacam aldeia de pescadores em Mucojo",
            "Homens armados atacaram na madrugada de sábado a aldeia de pescadores de Mucojo.",
            "Mucojo",
        ),
        report(
            1,
            8,
            "Homens armados matam três camponeses em Macomia",
            "Três camponeses foram mortos em Macomia horas depois do ataque em Mucojo, a cerca de 40 quilómetros.",
            "Macomia",
            "Mucojo",
        ),
    ),
    (
        report(
            0,
            0,
            "Bandits attack farming village near Kainji",
            "Armed bandits raided a farming village near Kainji overnight, killing nine villagers.",
            "Kainji",
        ),
        report(
            1,
            9,
            "Gunmen kill four herders in Mokwa",
            "Gunmen shot dead four herders in Mokwa on Saturday afternoon, hours after bandits raided a village near Kainji.",
            "Mokwa",
            "Kainji",
        ),
    ),
]


@pytest.mark.parametrize(("first", "second"), SECOND_NEARBY)
def test_a_deed_at_a_nearby_town_hours_after_the_first_is_a_second_incident(first: Report, second: Report) -> None:
    assert grouped(first, second) == [0, 1]


def test_the_first_incidents_wounded_at_the_nearby_town_still_join() -> None:
    first = SECOND_NEARBY[0][0]
    hospital = report(
        2,
        7,
        "Minova : l'hôpital débordé par les blessés de l'attaque de Kalehe",
        "L'hôpital de Minova a reçu une vingtaine de blessés de l'attaque du site de déplacés de Kalehe.",
        "Minova",
        "Kalehe",
    )
    assert grouped(first, hospital) == [0, 0]


# --- A claim across languages: the base's attack, not the bombing told "hours after" it ---------

BASE = report(
    0,
    0,
    "ISWAP fighters attack army base in Monguno",
    "Fighters of the Islamic State West Africa Province attacked the army base in Monguno before dawn.",
    "Monguno",
)
MARKET = report(
    1,
    11,
    "Suicide bomber kills traders at Monguno market",
    "A suicide bomber blew herself up at the busy market in Monguno, killing six traders, hours after troops "
    "repelled an attack on the town's army base.",
    "Monguno",
)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "L'État islamique revendique l'assaut contre la base militaire de Monguno",
            "L'État islamique en Afrique de l'Ouest (ISWAP) affirme que ses combattants ont attaqué la base de "
            "l'armée à Monguno et tué des soldats.",
        ),
        (
            "El Estado Islámico reivindica el asalto a la base militar de Monguno",
            "El Estado Islámico en África Occidental (ISWAP) afirma que sus combatientes atacaron la base del "
            "ejército en Monguno.",
        ),
    ],
)
def test_a_claim_in_another_language_joins_the_attack_it_claims(title: str, summary: str) -> None:
    claim = report(2, 30, title, summary, "Monguno")
    assert grouped(BASE, MARKET, claim) == [0, 1, 0]


# --- A town known only by its coords, near a border of divisions: a province's report finds it ----

NIGHT = datetime(2026, 7, 11, 2, 0, tzinfo=UTC)


def _border_story(borders: frozenset[str]) -> StoryIndex:
    """One alerted story: an attack on a gendarmerie post at a town the gazetteer knows only by its
    coords, whose nearest listed town is across the border (so its own division is Borno's)."""
    town = Place("Kabalewa", "city", True, 0, (), frozenset(), "NG.27", (13.24, 12.61), borders=borders)
    first = make_report(
        0,
        NIGHT,
        "Kabalewa : des hommes armés attaquent le poste de gendarmerie",
        "Des hommes armés ont attaqué dans la nuit le poste de gendarmerie de Kabalewa, tuant deux gendarmes.",
        [town],
    )
    assert first is not None
    index = StoryIndex(72)
    index.add(first, 0)
    return index


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Diffa : deux gendarmes tués dans l'attaque d'un poste",
            "Des assaillants ont attaqué un poste de gendarmerie dans la région de Diffa dans la nuit, tuant deux gendarmes.",
        ),
        (
            "Gunmen kill two gendarmes in attack on post in Niger's Diffa region",
            "Gunmen attacked a gendarmerie post in the Diffa region overnight, killing two gendarmes, a security source said.",
        ),
    ],
)
def test_a_provinces_report_finds_a_border_towns_story(title: str, summary: str) -> None:
    report = region_reading(1, NIGHT + timedelta(hours=6), title, summary, frozenset({"NE", "NG"}))
    assert report is not None and report.area == "NE.02"
    assert region_join(_border_story(frozenset({"NE.02"})), report, lambda _: True) == 0
    # Without the border the place model read, the province holds no story.
    assert region_join(_border_story(frozenset()), report, lambda _: True) is None


def test_the_place_model_reads_the_divisions_a_coords_town_borders() -> None:
    matcher = story_matcher("story30_border_watchlists.yaml")
    borders = borders_of(matcher)
    assert areas_of(matcher)["Toumour"][0] == "NE.02"
    assert borders["Toumour"] == frozenset({"NG.27"})  # Lake Chad's shore: Borno's towns lie near
    assert "Barsalogho" not in borders  # every town around it is in its own division
