"""Review 20c of story30's round: three new errors against the round before it, each by its cause.

1. The wounded of an attack dying at the hospital town, under the attack's word as the headline's
   topic ("Gun attack: three wounded villagers die in Ménaka hospital"), tell no new deed: they
   join the attack (`story._after_it_elsewhere`, one test for `relation` and `_told_nearby`).
2. Of two incidents at a town, a burial of the dead names its incident by whom it buries, not by
   the armed group another incident's headline named (`StoryIndex._told_apart`).
3. A province's report that places itself in another country ("Borno State") joins no story at a
   border town of the neighbouring country unless what was hit fits (`regionjoin._fits_across`).

Every sentence is new; the towns are the review's and others. Real parts: `make_report`,
`StoryIndex`, `region_reading`, `region_join`, the gazetteer.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.regionjoin import region_join, region_reading
from bot.story import Place, Report, StoryIndex, make_report
from tests.support.reports import grouped, report_at_towns

T0 = datetime(2026, 7, 4, 4, 0, tzinfo=UTC)

TOWNS = {
    "Ménaka": ("ML.09", (15.92, 2.40)),
    "Anderamboukane": ("ML.09", (15.42, 3.03)),
    "Palma": ("MZ.01", (-10.77, 40.47)),
    "Mocímboa da Praia": ("MZ.01", (-11.35, 40.35)),
    "Tibú": ("CO.21", (8.64, -72.74)),
    "El Tarra": ("CO.21", (8.58, -73.09)),
    "Djibo": ("BF.49", (14.10, -1.63)),
    "Arbinda": ("BF.49", (14.23, -0.87)),
    "Monguno": ("NG.27", (12.67, 13.61)),
    "Konduga": ("NG.27", (11.65, 13.42)),
}


def report(n: int, hours: float, title: str, summary: str, *towns: str) -> Report:
    """A report at T0 + hours naming `towns`, each in the headline when written there."""
    return report_at_towns(TOWNS, T0, n, hours, title, summary, *towns)


# --- 1. The wounded dying at the hospital town: what came of the attack, not a new deed ----------

ATTACKS = {
    "Anderamboukane": report(
        0,
        0,
        "Gunmen attack village near Anderamboukane, killing 20",
        "Gunmen attacked a village near Anderamboukane on Saturday, killing twenty civilians.",
        "Anderamboukane",
    ),
    "Mocímboa da Praia": report(
        0,
        0,
        "Insurgentes atacam aldeia em Mocímboa da Praia",
        "Homens armados atacaram na madrugada de sábado uma aldeia de Mocímboa da Praia, matando sete pessoas.",
        "Mocímboa da Praia",
    ),
    "El Tarra": report(
        0,
        0,
        "Disidencias atacan la estación de policía de El Tarra",
        "Hombres armados atacaron la madrugada del sábado la estación de policía de El Tarra, matando a tres policías.",
        "El Tarra",
    ),
    "Arbinda": report(
        0,
        0,
        "Jihadists attack village near Arbinda, killing 15",
        "Jihadists attacked a village near Arbinda on Saturday, killing fifteen villagers.",
        "Arbinda",
    ),
}

AFTERMATH_AT_HOSPITAL_TOWN = [
    (
        "Anderamboukane",
        9,
        "Gun attack: three wounded villagers die in Ménaka hospital",
        "Three villagers wounded near Anderamboukane died in Ménaka hospital hours after the attack.",
        "Ménaka",
    ),
    (
        "Mocímboa da Praia",
        9,
        "Ataque armado: morrem em Palma três feridos",
        "Três feridos morreram no hospital de Palma horas depois do ataque em Mocímboa da Praia.",
        "Palma",
    ),
    (
        "El Tarra",
        10,
        "Ataque armado: mueren en Tibú dos policías heridos",
        "Dos policías heridos murieron en el hospital de Tibú horas después del ataque en El Tarra.",
        "Tibú",
    ),
    (
        "El Tarra",
        44,
        "Ataque armado: mueren en Tibú dos policías heridos",
        "Dos policías heridos murieron en el hospital de Tibú horas después del ataque en El Tarra.",
        "Tibú",
    ),
    (
        "Arbinda",
        8,
        "Jihadist attack: four wounded villagers die in Djibo hospital",
        "Four villagers wounded near Arbinda died in Djibo hospital hours after the attack.",
        "Djibo",
    ),
    (
        "Mocímboa da Praia",
        12,
        "Ataque de insurgentes: morrem em Palma dois feridos",
        "Dois feridos do ataque em Mocímboa da Praia morreram no hospital de Palma horas depois.",
        "Palma",
    ),
]


@pytest.mark.parametrize(("first", "hours", "title", "summary", "town"), AFTERMATH_AT_HOSPITAL_TOWN)
def test_the_wounded_dying_at_the_hospital_town_join_the_attack(
    first: str, hours: float, title: str, summary: str, town: str
) -> None:
    later = report(1, hours, title, summary, town, first)
    assert grouped(ATTACKS[first], later) == [0, 0]


SECOND_DEEDS = [
    (
        "Anderamboukane",
        "Gunmen kill six traders in Ménaka",
        "Gunmen killed six traders at Ménaka's market, hours after the attack near Anderamboukane.",
        "Ménaka",
    ),
    (
        "El Tarra",
        "Hombres armados asesinan a cuatro comerciantes en Tibú",
        "Cuatro comerciantes fueron asesinados en Tibú horas después del ataque a la estación de policía de El Tarra.",
        "Tibú",
    ),
    (
        "Arbinda",
        "Gunmen attack herders outside Djibo, killing five",
        "Gunmen shot dead five herders outside Djibo, hours after the attack near Arbinda.",
        "Djibo",
    ),
]


@pytest.mark.parametrize(("first", "title", "summary", "town"), SECOND_DEEDS)
def test_a_deed_of_its_own_at_the_nearby_town_is_still_a_second_incident(first: str, title: str, summary: str, town: str) -> None:
    later = report(1, 8, title, summary, town, first)
    assert grouped(ATTACKS[first], later) == [0, 1]


# --- 2. Of two incidents at a town, the burial is of the incident whose dead it buries -----------


def _base_and_market(town: str, group: str, fighters: str) -> tuple[Report, Report]:
    base = report(
        0,
        0,
        f"{group} fighters attack army base in {town}",
        f"Fighters of {fighters} attacked the army base in {town} before dawn, killing nine soldiers.",
        town,
    )
    market = report(
        1,
        11,
        f"Suicide bomber kills traders at {town} market",
        f"A suicide bomber blew herself up at the busy market in {town}, killing six traders, hours after troops "
        "repelled an attack on the town's army base.",
        town,
    )
    return base, market


BURIALS = [
    (
        "Monguno",
        "ISWAP",
        "the Islamic State West Africa Province",
        "Monguno buries traders killed by ISWAP bomber",
        "Families in Monguno buried the six traders killed in the suicide bombing at the market.",
    ),
    (
        "Monguno",
        "ISWAP",
        "the Islamic State West Africa Province",
        "Monguno enterre les commerçants tués par le kamikaze de l'ISWAP",
        "Les familles de Monguno ont enterré les six commerçants tués dans l'attentat-suicide du marché.",
    ),
    (
        "Monguno",
        "ISWAP",
        "the Islamic State West Africa Province",
        "Monguno entierra a los comerciantes asesinados por la suicida del ISWAP",
        "Las familias de Monguno enterraron a los seis comerciantes muertos en el atentado suicida del mercado.",
    ),
    (
        "Konduga",
        "Boko Haram",
        "Boko Haram",
        "Konduga buries traders killed by Boko Haram bomber",
        "Relatives in Konduga buried the six traders killed when a suicide bomber struck the market.",
    ),
    (
        "Konduga",
        "Boko Haram",
        "Boko Haram",
        "Konduga enterra os comerciantes mortos pela bombista do Boko Haram",
        "As famílias de Konduga enterraram os seis comerciantes mortos no atentado suicida no mercado.",
    ),
]


@pytest.mark.parametrize(("town", "group", "fighters", "title", "summary"), BURIALS)
def test_a_burial_of_the_bombings_dead_joins_the_bombing_not_the_group_s_attack(
    town: str, group: str, fighters: str, title: str, summary: str
) -> None:
    base, market = _base_and_market(town, group, fighters)
    burial = report(2, 26, title, summary, town)
    assert grouped(base, market, burial) == [0, 1, 1]


@pytest.mark.parametrize(
    ("town", "group", "fighters", "title", "summary"),
    [
        (
            "Monguno",
            "ISWAP",
            "the Islamic State West Africa Province",
            "Estado Islâmico reivindica ataque à base militar de Monguno",
            "O ISWAP afirma que os seus combatentes atacaram a base do exército em Monguno.",
        ),
        (
            "Konduga",
            "Boko Haram",
            "Boko Haram",
            "Boko Haram claims assault on Konduga army base",
            "Boko Haram said its fighters stormed the army base in Konduga.",
        ),
    ],
)
def test_a_claim_of_the_base_still_joins_the_base(town: str, group: str, fighters: str, title: str, summary: str) -> None:
    base, market = _base_and_market(town, group, fighters)
    claim = report(2, 30, title, summary, town)
    assert grouped(base, market, claim) == [0, 1, 0]


# --- 3. A province's report of the neighbouring country joins no border town's story -------------

NIGHT = datetime(2026, 7, 11, 2, 0, tzinfo=UTC)


def _border_story(town: str, point: tuple[float, float], title: str, summary: str) -> StoryIndex:
    """One alerted story at a Niger town known only by its coords, near Borno (`Place.borders`)."""
    place = Place(town, "city", True, 0, (), frozenset(), "NE.02", point, borders=frozenset({"NG.27"}))
    first = make_report(0, NIGHT, title, summary, [place])
    assert first is not None
    index = StoryIndex(72)
    index.add(first, 0)
    return index


GENDARMERIE = [
    (
        "Toumour",
        (13.66, 13.11),
        "Toumour : des hommes armés attaquent le poste de gendarmerie",
        "Des hommes armés ont attaqué dans la nuit le poste de gendarmerie de Toumour, tuant deux gendarmes.",
    ),
    (
        "Gueskérou",
        (13.48, 12.85),
        "Gunmen attack gendarmerie post in Gueskérou",
        "Gunmen attacked the gendarmerie post in Gueskérou overnight, killing three gendarmes.",
    ),
]

BORNO = [
    (
        "Borno: ISWAP fighters attack military base, kill soldiers",
        "ISWAP fighters attacked a military base in Borno State overnight, killing several soldiers, sources said.",
    ),
    (
        "Gunmen kill 12 villagers in Borno",
        "Gunmen attacked a village in northeastern Borno State overnight, killing twelve villagers.",
    ),
    (
        "Borno : l'ISWAP attaque une base militaire",
        "Des combattants de l'ISWAP ont attaqué une base militaire dans l'État de Borno, tuant des soldats.",
    ),
]


@pytest.mark.parametrize(("town", "point", "story_title", "story_summary"), GENDARMERIE)
@pytest.mark.parametrize(("title", "summary"), BORNO)
def test_a_report_of_the_neighbouring_countrys_state_joins_no_border_towns_story(
    town: str, point: tuple[float, float], story_title: str, story_summary: str, title: str, summary: str
) -> None:
    reading = region_reading(1, NIGHT + timedelta(hours=8), title, summary, frozenset({"NE", "NG"}))
    assert reading is not None and reading.area == "NG.27"
    assert region_join(_border_story(town, point, story_title, story_summary), reading, lambda _: True) is None


@pytest.mark.parametrize(("town", "point", "story_title", "story_summary"), GENDARMERIE)
def test_the_towns_own_province_still_finds_its_story(
    town: str, point: tuple[float, float], story_title: str, story_summary: str
) -> None:
    reading = region_reading(
        1,
        NIGHT + timedelta(hours=8),
        "Diffa : des gendarmes tués dans l'attaque d'un poste",
        "Des assaillants ont attaqué un poste de gendarmerie dans la région de Diffa dans la nuit, tuant des gendarmes.",
        frozenset({"NE", "NG"}),
    )
    assert reading is not None and reading.area == "NE.02"
    assert region_join(_border_story(town, point, story_title, story_summary), reading, lambda _: True) == 0


def test_a_report_of_the_other_country_with_the_storys_group_and_toll_still_joins() -> None:
    """The town's own division is a guess from the nearest listed town: a town on Niger's side
    whose nearest listed town is Nigerian lies in Borno for the gazetteer. A report placing itself
    in Niger's Diffa region joins it on the armed group its story named, with no other toll."""
    place = Place("Bosso-Est", "city", True, 0, (), frozenset(), "NG.27", (13.70, 13.30), borders=frozenset({"NE.02"}))
    first = make_report(
        0,
        NIGHT,
        "Bosso-Est : Boko Haram attaque le poste de gendarmerie",
        "Des combattants de Boko Haram ont attaqué dans la nuit le poste de gendarmerie de Bosso-Est.",
        [place],
    )
    assert first is not None
    index = StoryIndex(72)
    index.add(first, 0)
    reading = region_reading(
        1,
        NIGHT + timedelta(hours=5),
        "Niger: Boko Haram kills gendarmes in Diffa region",
        "Boko Haram fighters killed two gendarmes in an overnight raid in Niger's Diffa region, officials said.",
        frozenset({"NE", "NG"}),
    )
    assert reading is not None and reading.area == "NE.02"
    assert region_join(index, reading, lambda _: True) == 0
