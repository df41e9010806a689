"""Review 21d of story31's round. A denial ("rejects", "nie", "rejette", "rechaza", "rejeita",
"denies") answers a report of an incident only where it tells nothing else: a headline that tells a
deed beside it ("rejects talks as gunmen kill 8 worshippers") is news of its own, and must not
join an earlier story at its town across the 13-hour limit (`incident.denies_only`). A country's
report of a deed at a town it names as the scene ("at market in Pissila") is another incident than
a story at a nearby town whose reports never name it; only a town it names as a landmark ("near
Goundam", "east of Timbuktu") may be that story's ground (`regionjoin._named_as_landmark`). A
province's report is screened against the stories that lie in it, or write its name, before its
report is made (`regionjoin.may_join`). Real parts: `make_report`, `StoryIndex`, `region_reading`,
the gazetteer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from functools import cache

import pytest

from bot.geo import load_gazetteer
from bot.geo.admin1 import admin1_names
from bot.geo.model import GeoPlace
from bot.regionjoin import may_join, region_join, region_reading
from bot.story import Place, Report, StoryIndex, make_report, name_starts
from tests.support.reports import grouped

T0 = datetime(2026, 8, 10, 6, 0, tzinfo=UTC)  # a Monday

TOWNS = {
    "Kaya": ("BF.05", (13.09, -1.08)),
    "Djibo": ("BF.12", (14.10, -1.63)),
    "Arbinda": ("BF.12", (14.23, -0.87)),
    "Tibú": ("CO.21", (8.64, -72.74)),
    "Palma": ("MZ.01", (-10.78, 40.47)),
    "Bama": ("NG.08", (11.52, 13.69)),
}


def _report(n: int, hours: float, title: str, summary: str, town: str) -> Report:
    area, point = TOWNS[town]
    made = make_report(
        n, T0 + timedelta(hours=hours), title, summary, [Place(town, "city", True, 0, (), frozenset(), area, point)]
    )
    assert made is not None
    return made


FIRST = {
    "Kaya": "Gunmen kill 10 at market in Kaya",
    "Djibo": "Jihadists attack army base in Djibo, 15 soldiers killed",
    "Tibú": "Ataque armado en Tibú deja 6 muertos",
    "Palma": "Ataque em Palma mata seis civis",
    "Bama": "Boko Haram fighters attack Bama, kill 9 farmers",
}

# A denial beside a deed of its own, 36 hours after the first incident at its town: a new incident.
DENIAL_AND_DEED = [
    ("Kaya", "Government rejects talks as gunmen kill 8 worshippers in Kaya"),
    ("Kaya", "Le gouvernement rejette le dialogue, huit fidèles tués dans une église de Kaya"),
    ("Kaya", "L'armée nie tout retrait alors que des jihadistes attaquent Kaya"),
    ("Djibo", "Gunmen who were rejected by local militia attack convoy near Djibo, 7 killed"),
    ("Djibo", "Junta denies talks with jihadists while gunmen ambush convoy near Djibo"),
    ("Tibú", "El gobierno rechaza el diálogo mientras hombres armados matan a 8 campesinos en Tibú"),
    ("Palma", "Governo rejeita diálogo enquanto homens armados matam oito pescadores em Palma"),
    ("Bama", "Army denies withdrawal; insurgents storm Bama cattle market, 5 killed"),
]

# A denial that tells nothing else: it answers the first report, a follow-up across the limit.
DENIAL_ONLY = [
    ("Djibo", "Army rejects reports Djibo base fell"),
    ("Djibo", "Djibo : l'armée dément la chute de sa base"),
    ("Kaya", "Kaya market attack: army denies soldiers fled"),
    ("Bama", "Boko Haram faction denies role in Bama attack"),
    ("Palma", "Os insurgentes negam ter atacado a vila de Palma"),
    ("Palma", "Palma: governo nega que a vila tenha caído nas mãos dos insurgentes"),
]


@pytest.mark.parametrize(("town", "title"), DENIAL_AND_DEED)
def test_a_denial_beside_a_deed_of_its_own_is_a_new_incident(town: str, title: str) -> None:
    later = _report(1, 36, title, "", town)
    assert not later.follow_up
    assert grouped(_report(0, 0, FIRST[town], "", town), later) == [0, 1]


@pytest.mark.parametrize(("town", "title"), DENIAL_ONLY)
def test_a_denial_alone_follows_up_the_incident_it_answers(town: str, title: str) -> None:
    later = _report(1, 20, title, "", town)
    assert later.follow_up
    assert grouped(_report(0, 0, FIRST[town], "", town), later) == [0, 0]


# A country's report of a deed at a town near a story's, named as its scene.
NIGHT = datetime(2026, 8, 19, 6, 0, tzinfo=UTC)


@cache
def _towns() -> Callable[[tuple[str, ...]], Iterable[GeoPlace]]:
    return load_gazetteer().lookup


def _index(*stories: tuple[str, str, str, float]) -> StoryIndex:
    index = StoryIndex(72)
    for n, (town, title, summary, hours) in enumerate(stories):
        area, point = TOWNS[town]
        made = make_report(
            n, NIGHT + timedelta(hours=hours), title, summary, [Place(town, "city", True, 0, (), frozenset(), area, point)]
        )
        assert made is not None
        index.add(made, n)
    return index


KAYA = (
    "Kaya",
    "Gunmen kill 10 at market in Kaya",
    "Gunmen killed ten people at the weekly market in Kaya on Monday morning.",
    0.0,
)
ARBINDA = ("Arbinda", "Jihadists overrun army post in Arbinda, 12 soldiers killed", "", 4.0)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Burkina Faso: gunmen kill 7 at market in Pissila",
            "Gunmen killed seven people at the market in Pissila on Monday evening.",
        ),
        ("Burkina : des hommes armés tuent sept personnes au marché de Pissila", ""),
        ("Burkina Faso: gunmen kill 7 traders in Korsimoro", "Seven traders were shot dead in Korsimoro on Monday, locals said."),
    ],
)
def test_a_countrys_report_of_a_deed_at_another_town_is_another_incident(title: str, summary: str) -> None:
    report = region_reading(2, NIGHT + timedelta(hours=10), title, summary, frozenset({"BF"}), _towns())
    assert report is not None and report.scope == "country"
    assert region_join(_index(KAYA, ARBINDA), report, lambda _: True) is None
    assert region_join(_index(KAYA), report, lambda _: True) is None


def test_a_countrys_report_naming_the_storys_own_town_still_joins() -> None:
    report = region_reading(
        2,
        NIGHT + timedelta(hours=10),
        "Burkina Faso: gunmen kill 10 at market in Kaya",
        "Gunmen killed ten people at the weekly market in Kaya on Monday morning.",
        frozenset({"BF"}),
        _towns(),
    )
    assert report is not None
    assert region_join(_index(KAYA), report, lambda _: True) == 0


def _code(country: str, name: str) -> str:
    return f"{country}.{dict(admin1_names(country))[name]}"


def test_a_province_where_no_story_lies_is_screened_out() -> None:
    """`may_join`: a story at Kaya (Centre-Nord) is no candidate of Est's or Sahel's reports; one
    whose words write a division's noun ("the Sahel region") may be (`_division_in_text` then
    reads which division)."""
    index = _index(KAYA)
    later = NIGHT + timedelta(hours=5)
    assert may_join(index, _code("BF", "centre nord"), later, lambda _: True)
    assert not may_join(index, _code("BF", "est"), later, lambda _: True)
    assert not may_join(index, _code("BF", "sahel"), later, lambda _: True)
    told = ("Kaya", "Gunmen kill 10 at market in Kaya", "Gunmen from the Sahel region killed ten people in Kaya.", 0.0)
    assert may_join(_index(told), _code("BF", "sahel"), later, lambda _: True)
    assert not may_join(index, _code("BF", "centre nord"), later, lambda _: False)


@pytest.mark.parametrize(
    ("words", "name", "found"),
    [
        ("gunmen attack kaya and kaya again".split(), ("kaya",), [2, 4]),
        ("near bobo dioulasso west".split(), ("bobo", "dioulasso"), [1]),
        ("bobo".split(), ("bobo", "dioulasso"), []),
        ("in dori".split(), ("djibo",), []),
    ],
)
def test_a_name_is_found_where_its_words_stand_in_order(words: list[str], name: tuple[str, ...], found: list[int]) -> None:
    assert name_starts(words, name) == found
