"""Issue 17, story20's round. A report that leads with its incident's kind of event at the same
town more than `EVENT_HOURS` after the first report, but within hours of the incident's latest
report, is that incident still being told, not news of a later day (`bot.story._news_since`); a
new attack there once the incident's reports have stopped, or naming another count, stays a
story of its own. Every sentence here is new: written for these tests, not taken from any
labelled set. Real parts: `make_report`, `StoryIndex`, `contradiction`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.story import WHY_DEFAULT, Report, contradiction
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
