"""Fixes made in the eighth session after reading what its rounds and a new blind set missed: each
test fails on the code before them.

- A second-level division written with its administration's own word after the town it takes
  its name from ("Gwoza LGA", a Local Government Area of Nigeria; "Garissa County"; "Beni
  territoire") is a place, not a person's or a body's name: the word is rare in English and
  French, which read it as a surname, and the one sense per item then took the town away from
  the headline too ("Gunmen attack Gwoza" over "…Gwoza, headquarters of Gwoza LGA"). A body
  named after the place ("Gwoza Foods") still is one.

Real parts: the gazetteer and the matcher built as the running bot builds them."""

from __future__ import annotations

import pytest

from tests.support.alerts import alerted, titled_matcher


@pytest.fixture(scope="module")
def borno():  # type: ignore[no-untyped-def]
    return titled_matcher("Borno Nigeria", "Gwoza", "Dikwa")


@pytest.mark.parametrize(
    ("title", "summary", "where"),
    [
        ("Gunmen abducted 12 farmers in Gwoza LGA of Borno State", "", "borno/Gwoza"),
        (
            "Insurgents attack Gwoza, burn houses",
            "Insurgents on Tuesday night attacked Gwoza, headquarters of Gwoza LGA of Borno State, burning houses.",
            "borno/Gwoza",
        ),
        ("Dikwa LGA chairman says ISWAP fighters killed four herders", "", "borno/Dikwa"),
    ],
)
def test_a_division_named_with_its_administrations_word_is_the_place(borno, title: str, summary: str, where: str) -> None:  # type: ignore[no-untyped-def]
    assert where in alerted(borno, title, summary)


def test_a_body_named_after_the_place_still_is_one(borno) -> None:  # type: ignore[no-untyped-def]
    assert alerted(borno, "Gunmen attack Gwoza Foods warehouse in Lagos") == set()
