"""Issue 17, story20's round. A report that leads with its incident's kind of event at the same
town more than `EVENT_HOURS` after the first report, but within hours of the incident's latest
report, is that incident still being told, not news of a later day (`bot.story._news_since`); a
new attack there once the incident's reports have stopped, or naming another count, stays a
story of its own. Every sentence here is new: written for these tests, not taken from any
labelled set. Real parts: `make_report`, `StoryIndex`, `contradiction`, `bot.incident`.

And a later report at a town where the window holds one incident, telling no event of its own,
whose headline tells what an incident leaves the people and the place (the displaced, a probe,
work suspended, an envoy summoned: `bot.incident.consequences`) is that incident's aftermath.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.incident import consequences
from bot.story import WHY_DEFAULT, WHY_ONE_INCIDENT, Report, contradiction
from bot.textnorm import tokenize
from tests.support.reports import decide, grouped, placed_report

T0 = datetime(2026, 5, 4, 2, 0, tzinfo=UTC)
KOURY = ("Koury", "city")
MALI = ("Mali", "country")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str]) -> Report:
    """A report at T0 + hours (see `placed_report`)."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, parents=("Mali",))


def night_raid() -> list[Report]:
    """The night's raid on Koury's police post, told at dawn, then by a wire in the afternoon."""
    return [
        report(
            0,
            0,
            "Koury : le poste de police attaqué dans la nuit",
            "Des hommes armés ont attaqué le poste de police de Koury dans la nuit de dimanche à lundi.",
            KOURY,
        ),
        report(
            1,
            8,
            "Gunmen raid police post in southern Mali town",
            "Gunmen raided the police post in Koury overnight, security sources said.",
            MALI,
            KOURY,
        ),
    ]


RETOLD = (
    "Attaque repoussée à Koury : deux policiers tombés",
    "Les assaillants ont été mis en fuite après plusieurs heures de combats, selon une source sécuritaire.",
)


def test_the_attack_told_again_that_evening_joins_while_it_is_still_being_told() -> None:
    first, wire = night_raid()
    evening = report(2, 15, *RETOLD, KOURY)  # 15 hours after the first report, 7 after the wire's
    assert evening.own_event == first.event
    assert contradiction(evening, [first, wire], first.places | wire.places) is None
    assert grouped(first, wire, evening) == [0, 0, 0]
    assert decide(first, wire, evening) == WHY_DEFAULT


def test_once_its_reports_have_stopped_the_same_kind_of_event_is_news_of_its_own() -> None:
    first, wire = night_raid()
    evening = report(2, 15, *RETOLD, KOURY)
    assert grouped(first, wire, evening) == [0, 0, 0]
    # With no report of it for 15 hours, the evening's attack is a day later's news.
    assert contradiction(evening, [first], first.places) is not None
    assert grouped(first, evening) == [0, 2]


def test_another_kind_of_event_or_the_next_day_is_still_news_of_its_own() -> None:
    first, wire = night_raid()
    assert grouped(first, wire, report(2, 15, *RETOLD, KOURY)) == [0, 0, 0]
    blast = report(
        2,
        15,
        "Koury : une explosion fait deux morts au marché",
        "Un engin explosif a explosé au marché de Koury lundi soir.",
        KOURY,
    )
    assert grouped(first, wire, blast) == [0, 0, 2]
    late_wire = report(
        1,
        16,
        "Gunmen raid police post in southern Mali town",
        "Gunmen raided the police post in Koury overnight, security sources said.",
        MALI,
        KOURY,
    )
    next_day = report(2, 25, *RETOLD, KOURY)  # a day after the first report, though 9 hours after the latest
    assert contradiction(next_day, [first, late_wire], first.places | late_wire.places) is not None


# What an incident leaves the people and the place (`bot.incident.consequences`), in the five languages.
CONSEQUENCES = (
    "Hundreds displaced as families leave Koury",
    "Koury : les déplacés hébergés dans des salles de classe",
    "Empresa suspende operações em Koury",
    "Gobierno convoca consejo de seguridad en Koury",
    "الخارجية تستدعي السفير بعد أحداث كوري",
    "Call for probe into Koury firing",
    "Koury : réouverture du marché central",
)


def test_what_an_incident_leaves_is_read_in_the_five_languages() -> None:
    for title in CONSEQUENCES:
        assert consequences(tokenize(title)), title
    assert not consequences(tokenize("Koury hosts a regional trade fair"))
    assert not consequences(tokenize("Koury : ouverture du festival des arts"))


SUSPENDED = (
    "Cotton company suspends operations near Koury",
    "The company said its staff would stay away until further notice.",
)


def test_work_suspended_two_days_later_is_the_one_incident_there() -> None:
    first, wire = night_raid()
    suspended = report(2, 40, *SUSPENDED, KOURY)
    assert suspended.own_event is None and suspended.consequences
    assert decide(first, wire, suspended) == WHY_ONE_INCIDENT
    assert grouped(first, wire, suspended) == [0, 0, 0]
    fair = report(2, 40, "Koury hosts a regional trade fair", "Exhibitors from five regions opened their stands.", KOURY)
    assert grouped(first, wire, fair) == [0, 0, 2]  # tells of no incident at all


def test_with_a_second_incident_there_what_it_left_joins_neither() -> None:
    first, wire = night_raid()
    assert grouped(first, wire, report(2, 40, *SUSPENDED, KOURY)) == [0, 0, 0]
    other = report(
        2,
        20,
        "Koury : un camion piégé explose près de la mairie",
        "Une voiture piégée a explosé près de la mairie de Koury mardi.",
        KOURY,
    )
    assert grouped(first, wire, other, report(3, 40, *SUSPENDED, KOURY)) == [0, 0, 2, 3]  # when unsure, send
