"""Issue 17, story23's round: what a day-later report of an incident says in other words than the
first reports'. Every sentence here is new: written for these tests, not taken from any labelled
set. Real parts: `make_report`, `StoryIndex`, `bot.incident`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.incident import groups_in
from bot.story import Report
from bot.textnorm import tokenize
from tests.support.reports import grouped, placed_report

T0 = datetime(2026, 4, 7, 3, 0, tzinfo=UTC)
NASSOUMBOU = ("Nassoumbou", "city")
BURKINA = ("Burkina Faso", "country")
TESSIT = ("Tessit", "city")
MALI = ("Mali", "country")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], parents: str) -> Report:
    """A report at T0 + hours (see `placed_report`); its towns lie in `parents`."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, parents=(parents,))


# --- A branch and its movement: JNIM is al-Qaeda's, and the wires say so ---------------------------


def test_a_branch_names_its_movement_and_no_other() -> None:
    assert groups_in(tokenize("Le JNIM revendique l'embuscade")) == {"JNIM", "al-Qaeda"}
    assert groups_in(tokenize("La katiba Macina accusée du massacre")) == {"Katiba Macina", "JNIM", "al-Qaeda"}
    # a movement named alone is not widened to any of its branches
    assert groups_in(tokenize("Al-Qaeda-linked fighters storm base")) == {"al-Qaeda"}
    assert groups_in(tokenize("Al-Shabaab fighters storm base")) == {"al-Shabaab"}


def nassoumbou_attack() -> list[Report]:
    return [
        report(
            0,
            0,
            "Nassoumbou : le camp militaire attaqué par des hommes armés",
            "Le camp militaire de Nassoumbou a été attaqué à l'aube par des hommes armés, selon des sources sécuritaires.",
            NASSOUMBOU,
            parents="Burkina Faso",
        ),
        report(
            1,
            4,
            "Al Qaeda-linked fighters overrun army camp in northern Burkina Faso",
            "Islamist fighters linked to al Qaeda overran an army camp at Nassoumbou near the Malian border, security sources said.",
            BURKINA,
            NASSOUMBOU,
            parents="Burkina Faso",
        ),
    ]


def test_the_branchs_own_word_a_day_later_joins_what_the_wire_gave_its_movement() -> None:
    claim = report(
        2,
        27,
        "جماعة نصرة الإسلام والمسلمين تنشر صورا من داخل ثكنة نصومبو",
        "نشرت جماعة نصرة الإسلام والمسلمين صورا تقول إنها من داخل ثكنة الجيش في نصومبو بعد هجوم الاثنين.",
        NASSOUMBOU,
        parents="Burkina Faso",
    )
    assert claim.groups >= {"JNIM"}
    assert grouped(*nassoumbou_attack(), claim) == [0, 0, 0]


def test_a_french_word_of_the_branch_a_day_later_joins_too() -> None:
    claim = report(
        2,
        30,
        "Nassoumbou : le JNIM diffuse des images du camp militaire",
        "Le JNIM a diffusé des images présentées comme tournées dans le camp militaire de Nassoumbou.",
        NASSOUMBOU,
        parents="Burkina Faso",
    )
    assert grouped(*nassoumbou_attack(), claim) == [0, 0, 0]


def test_another_movements_word_a_day_later_stays_apart() -> None:
    # The Islamic State's branch is no part of al-Qaeda: two groups, perhaps two incidents.
    other = report(
        2,
        27,
        "Nassoumbou : l'État islamique diffuse des images du camp militaire",
        "L'État islamique au Sahel a diffusé des images présentées comme tournées dans le camp militaire de Nassoumbou.",
        NASSOUMBOU,
        parents="Burkina Faso",
    )
    assert grouped(*nassoumbou_attack(), other) == [0, 0, 2]
