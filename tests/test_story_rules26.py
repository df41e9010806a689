"""Issue 17, story26's round: what an incident leaves, told a day later under a headline that leads
with no deed of its own, dating the deed its text names to the incident's day. Aftermaths name
the deed they follow as a noun with its weekday: "after Saturday's roadside bomb", "l'attaque de
samedi", "el ataque del sábado", "o ataque de sábado". That weekday is the event's day, even when
the text dates its own news first ("said on Sunday they would halt night trips"). Such a report
joins the incident (`bot.story._left_by_its_day`); one whose text tells a deed of another kind, at
another target, with "new" or "again", or dates its deed to its own day, is news of its own (a
wrong merge hides an attack: when unsure, send). Every sentence here is new: written for these
tests, not taken from any labelled set. Real parts: `make_report`, `StoryIndex`, `bot.incident`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.incident import deed_day
from bot.story import Report, _left_by_its_day
from bot.textnorm import tokenize
from tests.support.reports import grouped, placed_report

T0 = datetime(2026, 3, 14, 4, 0, tzinfo=UTC)  # a Saturday, before dawn
SATURDAY = date(2026, 3, 14)
MOPTI = ("Mopti", "city")
DORI = ("Dori", "city")
TAME = ("Tame", "city")
PEMBA = ("Pemba", "city")
MALI = ("Mali", "country")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], parents: str = "") -> Report:
    """A report at T0 + hours (see `placed_report`)."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, parents=(parents,) if parents else ())


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Bus firms said on Monday they would halt night trips after Saturday's roadside bomb.", SATURDAY),
        ("Residents counted their dead on Monday after Saturday night's raid.", SATURDAY),
        ("Les écoles sont restées fermées lundi après l'attaque de samedi.", SATURDAY),
        ("Las familias velan lunes a las víctimas del ataque del sábado.", SATURDAY),
        ("Os comerciantes contam prejuízos da operação de sexta-feira.", SATURDAY - timedelta(days=1)),
        ("Le couvre-feu s'applique à partir de lundi.", None),
        ("Gunmen killed twelve on Sunday.", None),
    ],
)
def test_a_deed_named_with_its_weekday_is_dated_by_it(text: str, day: date | None) -> None:
    assert deed_day([tokenize(text)], T0 + timedelta(days=2)) == day


def mopti_bomb() -> Report:
    return report(
        0,
        0,
        "Roadside bomb kills nine bus passengers near Mopti",
        "A bus hit an explosive device on the road out of Mopti before dawn, killing nine passengers.",
        MOPTI,
        parents="Mali",
    )


def test_bus_firms_halting_trips_after_the_bomb_of_that_day_join_it() -> None:
    halt = report(
        1,
        30,
        "Bus operators suspend night trips out of Mopti",
        "Transport companies said on Sunday they would halt night departures for a week after Saturday's "
        "roadside bomb killed nine passengers on the road out of the town.",
        MOPTI,
        parents="Mali",
    )
    assert grouped(mopti_bomb(), halt) == [0, 0]


def test_flight_of_residents_after_a_new_attack_on_the_police_stays_apart() -> None:
    """The text recalls Saturday's bomb, but tells the police station attacked: another target."""
    flight = report(
        1,
        30,
        "Mopti residents leave town in fear",
        "Hundreds of families left on Sunday as gunmen attacked the police station, fearing worse than "
        "Saturday's roadside bomb on the road out of the town.",
        MOPTI,
        parents="Mali",
    )
    assert grouped(mopti_bomb(), flight) == [0, 1]


def test_flight_after_a_new_attack_told_a_day_after_the_bomb_stays_apart() -> None:
    """`_aftermath_of` read "a day after" the bomb under a headline naming no target as what the bomb
    left; gunmen's attack beside a bomb is a deed of another family (`_tells_another_deed`)."""
    flight = report(
        1,
        30,
        "Mopti residents leave town in fear",
        "Hundreds of families left on Sunday after gunmen attacked the police station, a day after "
        "Saturday's roadside bomb on the road out of the town.",
        MOPTI,
        parents="Mali",
    )
    assert grouped(mopti_bomb(), flight) == [0, 1]


def test_traders_closing_after_an_attack_that_morning_stay_apart() -> None:
    """Its deed is dated to its own day: news of that day, not what Saturday's bomb left."""
    closed = report(
        1,
        30,
        "Traders close Mopti market",
        "Traders shut their stalls on Sunday after gunmen opened fire at a checkpoint on the edge of town "
        "on Sunday morning.",
        MOPTI,
        parents="Mali",
    )
    assert grouped(mopti_bomb(), closed) == [0, 1]


def test_a_kidnapping_the_text_dates_to_the_bombs_day_stays_apart() -> None:
    """Another kind of deed, the same day: another incident, however it is dated."""
    fear = report(
        1,
        30,
        "Mopti teachers stay home",
        "Teachers in Mopti stayed home on Sunday after Saturday's kidnapping of two colleagues by armed men.",
        MOPTI,
        parents="Mali",
    )
    assert grouped(mopti_bomb(), fear) == [0, 1]


def dori_camp() -> Report:
    return report(
        0,
        0,
        "Dori : le camp militaire attaqué par des hommes armés",
        "Des hommes armés ont attaqué avant l'aube le camp militaire de Dori ; plusieurs soldats ont été tués.",
        DORI,
        parents="Burkina Faso",
    )


def test_empty_streets_after_the_camps_attack_join_it_in_french() -> None:
    shut = report(
        1,
        28,
        "Dori : la ville sous le choc, les rues désertes",
        "Les rues de Dori sont restées désertes ce dimanche après l'attaque de samedi contre le camp "
        "militaire, selon des habitants.",
        DORI,
        parents="Burkina Faso",
    )
    assert grouped(dori_camp(), shut) == [0, 0]


def test_a_new_attack_the_next_day_stays_apart_in_french() -> None:
    shut = report(
        1,
        28,
        "Dori : la ville sous le choc, les rues désertes",
        "Les rues de Dori sont restées désertes ce dimanche après une nouvelle attaque contre le camp "
        "militaire, au lendemain de l'attaque de samedi.",
        DORI,
        parents="Burkina Faso",
    )
    assert grouped(dori_camp(), shut) == [0, 1]


def test_families_waiting_for_the_bodies_join_the_attack_in_spanish() -> None:
    first = report(
        0,
        0,
        "Ataque con explosivos contra la estación de policía de Tame deja cuatro muertos",
        "Un artefacto explosivo detonó frente a la estación de policía de Tame en la madrugada.",
        TAME,
        parents="Colombia",
    )
    families = report(
        1,
        31,
        "Familias de Tame esperan la entrega de los cuerpos",
        "Decenas de familiares esperan en Tame los cuerpos de los policías muertos en el ataque del sábado "
        "contra la estación de policía.",
        TAME,
        parents="Colombia",
    )
    assert grouped(first, families) == [0, 0]


def test_traders_counting_losses_join_the_market_attack_in_portuguese() -> None:
    first = report(
        0,
        0,
        "Insurgentes atacam mercado central de Pemba",
        "Homens armados atacaram o mercado central de Pemba ao amanhecer, matando três comerciantes.",
        PEMBA,
        parents="Mozambique",
    )
    losses = report(
        1,
        30,
        "Pemba: comerciantes do mercado central contam prejuízos",
        "Os comerciantes disseram no domingo que perderam tudo no ataque de sábado ao mercado central.",
        PEMBA,
        parents="Mozambique",
    )
    assert grouped(first, losses) == [0, 0]


def test_a_countrys_report_naming_no_town_stays_apart() -> None:
    """A country's report joins so only when its text names the town."""
    wire = report(
        1,
        30,
        "Mali: bus operators suspend night trips in the centre",
        "Transport companies said on Sunday they would halt night departures after Saturday's roadside bomb.",
        MALI,
    )
    assert grouped(mopti_bomb(), wire) == [0, 1]


def test_what_the_camps_attack_left_is_read_so_unless_its_text_says_a_new_attack() -> None:
    """The rule itself (`_left_by_its_day`), whatever main's looser joins make of the second text."""
    left = report(
        1,
        28,
        "Dori : la ville sous le choc, les rues désertes",
        "Les rues de Dori sont restées désertes ce dimanche après l'attaque de samedi contre le camp militaire.",
        DORI,
        parents="Burkina Faso",
    )
    new = report(
        1,
        28,
        "Dori : la ville sous le choc, les rues désertes",
        "Les rues de Dori sont restées désertes ce dimanche après une nouvelle attaque contre le camp militaire, "
        "au lendemain de l'attaque de samedi.",
        DORI,
        parents="Burkina Faso",
    )
    assert _left_by_its_day(left, dori_camp())
    assert new.again_below and not _left_by_its_day(new, dori_camp())


def test_the_armys_reprisal_killings_told_after_the_attack_stay_apart() -> None:
    """People killed as a headline's news are a deed of its own, whatever day its text gives the attack."""
    reprisal = report(
        1,
        30,
        "Mali army says it killed 40 militants after Mopti bombing",
        "The army said on Sunday it had killed 40 militants in operations around Mopti in response to "
        "Saturday's roadside bomb.",
        MOPTI,
        parents="Mali",
    )
    assert not _left_by_its_day(reprisal, mopti_bomb())


def test_a_claim_of_the_soldiers_killed_that_day_is_what_the_attack_left() -> None:
    first = report(
        0,
        0,
        "Dori : le camp militaire attaqué par des hommes armés",
        "Des hommes armés ont attaqué avant l'aube le camp militaire de Dori, tuant plusieurs soldats.",
        DORI,
        parents="Burkina Faso",
    )
    claim = report(
        1,
        30,
        "Dori : les jihadistes affirment avoir tué neuf soldats",
        "Le groupe a revendiqué dimanche l'attaque de samedi contre le camp militaire de Dori.",
        DORI,
        parents="Burkina Faso",
    )
    assert _left_by_its_day(claim, first)
