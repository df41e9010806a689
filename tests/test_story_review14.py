"""Issue 17, the eighth session: a report whose headline contradicts an open story's first report
(another target, another kind of event) starts its own story, unless a report of the story that
it agrees with leads as it does, or it follows one up. The story's other reports often say less
(a wire's "bomb near the town", an Arabic rewrite naming no target in its headline), and their
majority outvoted the first report: an evening's shelling of the town's market joined the
morning's roadside bomb on a convoy outside it, and came late (found when a better matcher let
the Arabic rewrite into the morning's story). Every sentence here is new. Real parts:
`make_report`, `StoryIndex`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.story import Report
from tests.support.reports import grouped, placed_report

T0 = datetime(2026, 3, 11, 6, 0, tzinfo=UTC)
JOWHAR = ("Jowhar", "city")


def report(n: int, hours: float, title: str, summary: str) -> Report:
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, JOWHAR, parents=("Somalia",))


MORNING = [
    report(0, 0, "Roadside bomb hits army convoy near Jowhar", "A roadside bomb struck an army convoy outside Jowhar."),
    report(1, 2, "انفجار عبوة ناسفة قرب جوهر", "قال شهود إن عبوة ناسفة انفجرت على قافلة عسكرية قرب جوهر صباح الأربعاء."),
    report(2, 5, "Bomb blast reported near Jowhar", "Witnesses reported a bomb blast on the road outside Jowhar on Wednesday."),
]
SHELLING = report(
    3,
    11,
    "Mortar shells hit Jowhar market, killing traders",
    "At least four traders were killed when mortar shells struck the main market in Jowhar, hours after a bomb hit a "
    "convoy outside the town.",
)


def test_an_evenings_shelling_of_the_market_is_not_the_mornings_bomb_on_a_convoy() -> None:
    assert grouped(*MORNING, SHELLING) == [0, 0, 0, 3]


def test_the_mornings_toll_still_joins_the_mornings_bomb() -> None:
    toll = report(3, 11, "Toll from Jowhar roadside bomb rises to five soldiers", "Two more soldiers hurt in the blast died.")
    assert grouped(*MORNING, toll) == [0, 0, 0, 0]


# From the review of story21's rules: a new attack is no visit's or escape's follow-up.
MOUSSORO = ("Moussoro", "city")


def chad_report(n: int, hours: float, title: str, summary: str = "") -> Report:
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, MOUSSORO, parents=("Chad",))


def test_a_new_kidnapping_with_an_escape_is_a_new_incident() -> None:
    first = chad_report(0, 0, "Gunmen abduct seven traders on the road out of Moussoro")
    for title in ("Gunmen abduct 12 farmers near Moussoro, two escape", "Moussoro trader escapes kidnap try, 2 gunmen killed"):
        assert grouped(first, chad_report(1, 50, title)) == [0, 1], title


def test_the_kidnapped_who_escape_still_follow_their_kidnapping_up() -> None:
    first = chad_report(0, 0, "Gunmen abduct seven traders on the road out of Moussoro")
    assert grouped(first, chad_report(1, 50, "Three of seven traders abducted near Moussoro escape")) == [0, 0]


def test_an_attack_during_a_visit_is_a_new_incident() -> None:
    first = chad_report(0, 0, "Insurgents raid Moussoro overnight, burn houses")
    for title in (
        "Gunmen attack governor's convoy as he visits Moussoro, two guards killed",
        "Moussoro : le convoi du ministre attaqué pendant sa visite, deux gardes tués",
    ):
        assert grouped(first, chad_report(1, 26, title)) == [0, 1], title


def test_a_governors_visit_after_the_raid_still_follows_it_up() -> None:
    first = chad_report(0, 0, "Insurgents raid Moussoro overnight, burn houses")
    assert grouped(first, chad_report(1, 26, "Governor visits Moussoro after overnight raid")) == [0, 0]
