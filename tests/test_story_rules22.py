"""Issue 17, story22's round: a country's report that tells a town's incident under the name of
a place the watchlist does not know. Every sentence here is new: written for these tests, not
taken from any labelled set. Real parts: `make_report`, `StoryIndex`, `bot.incident`.

A wire's headline often names the incident by a region or a landmark around the town ("Lake
Chad", "Darfur", "Puntland", "the Catatumbo") while its summary names the town. That name is
no watched place, so it used to read as "another place" and the report started a story of its
own. The same day, naming the town in its text and no other watched place, telling no earlier
event, leading with the town report's kind of event and naming its armed group or what was hit,
it joins the town's incident (`bot.story._told_there`). Another kind of event, another target
and group, or a text that says it came after the town's attack keeps it apart (when unsure, send).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.story import Report
from tests.support.reports import grouped, placed_report

T0 = datetime(2026, 3, 14, 4, 0, tzinfo=UTC)
BLANGOUA = ("Blangoua", "city")
CAMEROON = ("Cameroon", "country")
TIBU = ("Tibú", "city")
COLOMBIA = ("Colombia", "country")
BOSASO = ("Bosaso", "city")
SOMALIA = ("Somalia", "country")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], parents: str) -> Report:
    """A report at T0 + hours (see `placed_report`); its towns lie in `parents`."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, parents=(parents,))


def blangoua_post() -> Report:
    return report(
        0,
        0,
        "Blangoua : un poste militaire attaqué par Boko Haram",
        "Des combattants de Boko Haram ont attaqué dans la nuit le poste militaire de Blangoua, tuant cinq soldats.",
        BLANGOUA,
        parents="Cameroon",
    )


def test_a_wire_naming_the_lake_around_the_town_joins_the_towns_attack() -> None:
    wire = report(
        1,
        5,
        "Cameroon: Boko Haram raid on Lake Chad army outpost kills five soldiers",
        "Boko Haram fighters overran an army outpost at Blangoua on the shores of the lake overnight, a military source said.",
        CAMEROON,
        BLANGOUA,
        parents="Cameroon",
    )
    assert "lake" in wire.names  # a name the watchlist does not know
    assert grouped(blangoua_post(), wire) == [0, 0]


def test_a_spanish_wire_naming_the_region_around_the_town_joins_its_attack() -> None:
    first = report(
        0,
        0,
        "Tibú: ataque con drones contra la base del Ejército deja dos soldados heridos",
        "Disidencias de las FARC lanzaron explosivos con drones contra la base militar de Tibú en la madrugada.",
        TIBU,
        parents="Colombia",
    )
    wire = report(
        1,
        3,
        "Colombia: atacan con drones una base militar en el Catatumbo",
        "La base del Ejército en Tibú, Norte de Santander, fue atacada con drones; dos soldados resultaron heridos.",
        COLOMBIA,
        TIBU,
        parents="Colombia",
    )
    assert grouped(first, wire) == [0, 0]


def test_a_somali_wire_naming_the_state_around_the_port_joins_its_attack() -> None:
    first = report(
        0,
        0,
        "Gunmen attack police station in Bosaso, three officers killed",
        "Gunmen stormed a police station in the port city of Bosaso on Friday night, killing three officers.",
        BOSASO,
        parents="Somalia",
    )
    claim = report(
        1,
        7,
        "Islamic State claims Friday's deadly raid in Somalia's Puntland",
        "The group said its fighters attacked the police station in Bosaso, the commercial hub of the region.",
        SOMALIA,
        BOSASO,
        parents="Somalia",
    )
    assert grouped(first, claim) == [0, 0]


def test_another_kind_of_event_in_another_department_stays_apart() -> None:
    abduction = report(
        1,
        6,
        "Cameroon: Boko Haram abducts twelve villagers in Mayo-Sava",
        "Fighters abducted twelve villagers in the Mayo-Sava department, hours after an army post in Blangoua was attacked.",
        CAMEROON,
        BLANGOUA,
        parents="Cameroon",
    )
    assert grouped(blangoua_post(), abduction) == [0, 1]


def test_a_second_attack_whose_text_recalls_the_towns_stays_apart() -> None:
    second = report(
        1,
        9,
        "Cameroon: Boko Haram attacks army post in Logone-Birni",
        "Fighters attacked an army post in Logone-Birni on Saturday, hours after the raid on the Blangoua outpost.",
        CAMEROON,
        BLANGOUA,
        parents="Cameroon",
    )
    assert grouped(blangoua_post(), second) == [0, 1]


def test_a_day_later_the_unknown_region_is_news_of_its_own() -> None:
    later = report(
        1,
        30,
        "Cameroon: Boko Haram raid on Lake Chad army outpost kills five soldiers",
        "Boko Haram fighters overran an army outpost near Blangoua on the shores of the lake, a military source said.",
        CAMEROON,
        BLANGOUA,
        parents="Cameroon",
    )
    assert grouped(blangoua_post(), later) == [0, 1]
