"""A small invented development set for issue 17's place hierarchy inside a country
(`tests/data/same_story_dev4.jsonl`, its watchlists beside it): a town and a nearby town or
city that names it (a hospital receiving an attack's wounded, a city's police blaming a group for
a bomb in a suburb, a county's toll), and what must stay apart there: a roadside bomb near the
county town the next day, a market bomb in the nearby town the same day, an ambush "the day after"
the attack, a protest over the killings, another village attacked the same evening. Places are
real, incidents invented.

First figures, on b306e96 (before the place hierarchy): see `FIRST`.
"""

from tests.test_story_blind3 import measure, summary

FIRST = {"precision": 1.000, "recall": 0.500, "f1": 0.667, "messages per incident": 1.30, "hidden": 0, "late": 0}
FLOORS = {"precision": 0.97, "recall": 0.47}


def test_towns_near_each_other_and_their_province() -> None:
    m = measure("same_story_dev4")
    print(summary("invented development set 4", m))
    assert m["unmatched"] == 0
    assert m["precision"] >= FLOORS["precision"]
    assert m["recall"] >= FLOORS["recall"]
    assert m["hidden"] == 0 and m["late"] == 0
