"""Issue 17, story18's round: a report at a story's place within `FOLLOW_UP_HOURS` joins it by
default unless something in it contradicts the incident's reports (`bot.story.contradiction`);
among several such stories the evidence chooses, and two alike send. Every sentence here is new:
written for these tests, not taken from any labelled set. Real parts: `make_report`, `relation`,
`StoryIndex`, `contradiction`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot import story
from bot.story import WHY_DEFAULT, Report, StoryIndex, contradiction, relation
from tests.support.reports import decide, grouped, placed_report
from tests.test_story_labelled import group, load, reports, scores, story_matcher

T0 = datetime(2026, 9, 7, 6, 0, tzinfo=UTC)
WINDOW = 72.0
KIDAL = ("Kidal", "city")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str]) -> Report:
    """A report at T0 + hours (see `placed_report`)."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places)


BOMB = report(
    0,
    0,
    "Car bomb explodes at Kidal checkpoint",
    "A car packed with explosives blew up at a checkpoint at the entrance of Kidal on Monday morning.",
    KIDAL,
)
CLAIM = report(
    2,
    9,
    "Kidal : le groupe JNIM revendique l'attaque",
    "Le JNIM a revendiqué lundi soir l'attaque menée dans la matinée à Kidal.",
    KIDAL,
)


def test_a_claim_at_the_place_the_same_day_joins_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    # No rule ties them: the claim leads with "attack", the first report with a blast, and the
    # texts are in two languages. Nothing in the claim contradicts the bombing.
    assert relation(CLAIM, BOMB, WINDOW)[0] is None
    assert contradiction(CLAIM, [BOMB], BOMB.places) is None
    assert grouped(BOMB, CLAIM) == [0, 0]
    assert decide(BOMB, CLAIM).startswith(WHY_DEFAULT)
    monkeypatch.setitem(story.RULES, "default", False)
    assert grouped(BOMB, CLAIM) == [0, 2]


def test_two_incidents_at_the_place_that_fit_alike_send() -> None:
    shells = report(
        1, 2, "Mortar shells hit Kidal airstrip", "Several mortar rounds fell on the airstrip of Kidal on Monday.", KIDAL
    )
    assert grouped(BOMB, shells, CLAIM) == [0, 1, 2]
    assert "fit it equally (when unsure, send)" in decide(BOMB, shells, CLAIM)


def test_a_new_killing_the_next_day_is_no_default_join() -> None:
    raid = report(
        0,
        0,
        "Gunmen storm village near Kidal, homes torched",
        "Armed men on motorbikes stormed a village near Kidal on Monday, setting homes on fire.",
        KIDAL,
    )
    traders = report(
        1, 20, "Gunmen kill four traders on road out of Kidal", "Armed men killed four traders north of Kidal on Tuesday.", KIDAL
    )
    assert contradiction(traders, [raid], raid.places) == "a day later, its headline tells an event of its own as news"
    assert grouped(raid, traders) == [0, 1]


def test_a_protest_the_next_day_is_news_of_its_own() -> None:
    water = report(
        0,
        0,
        "Kidal : des jeunes manifestent contre les coupures d'eau",
        "Des centaines de jeunes ont manifesté lundi à Kidal contre les coupures d'eau.",
        KIDAL,
    )
    taxes = report(
        1,
        26,
        "Kidal : les commerçants manifestent contre les taxes",
        "Les commerçants de Kidal ont manifesté mardi contre de nouvelles taxes.",
        KIDAL,
    )
    why = contradiction(taxes, [water], water.places)
    assert why is not None and "a day later" in why
    assert grouped(water, taxes) == [0, 1]


def test_a_country_report_joins_by_default_only_within_hours() -> None:
    bomb = report(
        0,
        0,
        "Car bomb explodes at Kidal checkpoint",
        "A car packed with explosives blew up at a checkpoint at the entrance of Kidal, Mali, on Monday morning.",
        KIDAL,
        ("Mali", "country"),
    )
    title = "Mali : le JNIM revendique une attaque à la voiture piégée"
    summary = "Le JNIM a revendiqué une attaque à la voiture piégée lundi dans le nord du Mali."
    soon = report(3, 4, title, summary, ("Mali", "country"))
    # story19: a day later, a country's claim dated to the bombing's day joins it by default
    # (tests/test_story_rules19.py); one dated to another day still needs a tie.
    late = report(3, 20, title, summary.replace("lundi", "samedi"), ("Mali", "country"))
    assert grouped(bomb, soon) == [0, 0]
    assert grouped(bomb, late) == [0, 3]


@pytest.mark.parametrize("name", ["blind9", "blind12", "blind13"])
def test_the_default_join_raises_recall_and_keeps_precision(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Measured on three spent sets it moves (harness, keywords off; over the 17 spent sets mean
    recall 0.868 -> 0.875, precision 0.998 unchanged, no incident hidden or late, no set lower):
    the ninth blind set 0.644 -> 0.678, the twelfth 0.648 -> 0.673, the thirteenth 0.642 -> 0.672."""
    rows = load(f"same_story_{name}.jsonl")
    found = reports(rows, story_matcher(f"same_story_{name}_watchlists.yaml"))
    on = scores(rows, group(found, StoryIndex(WINDOW)))
    monkeypatch.setitem(story.RULES, "default", False)
    off = scores(rows, group(found, StoryIndex(WINDOW)))
    assert on[1] > off[1]
    assert on[0] >= off[0]
