"""Homes of round homes26 (issues 16 and 20): a watched place named only as where people come from,
while the item happens far from it, alerts as if something happened there. The grammar read here:
a group's member named with the town (WordNet's members, "tribesmen", "councillors",
now among the person nouns, `tools/build_person_nouns.py`), "hails from", "<person> from the ...
town of X", the Maghreb press's Arabic "أصيل X" (a native of); and one true alert the rules of
homes turned away, "a sede do X" (the district's seat, its own town, not "com sede em", based in).
Never turned away: the home that is also the scene, and a home with no scene far from it.
Every sentence is new (towns no spent item of the class names). Real parts: the gazetteer and the
matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.falsefriends import kind_of_person
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  nigeria:
    title: North-east Nigeria
    locations:
      - name: Gwoza
    keywords: [attack, kill, clash, gunmen, raid]
  mali:
    title: Northern Mali
    locations:
      - name: Tessalit
    keywords: [attack, kill, kidnapping, raid, attaque, enlèvement]
  yemen:
    title: Yemen
    locations:
      - name: Marib
    keywords: [attack, kill, clash, هجوم, قتل]
  tunisia:
    title: Southern Tunisia
    locations:
      - name: Tataouine
    keywords: [attack, هجوم, قتل, طعن]
  mozambique:
    title: Cabo Delgado
    locations:
      - name: Macomia
    keywords: [ataque, tiroteio, ataque armado, homens armados, ataques]
  colombia:
    title: Nariño
    locations:
      - name: Tumaco
    keywords: [ataque, atentado, disparos, hostigamiento]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize("noun", ["tribesman", "tribesmen", "councillor", "militiaman"])
def test_a_groups_member_is_a_kind_of_person(noun: str) -> None:
    assert kind_of_person(noun)


@pytest.mark.parametrize(
    ("title", "summary", "turned_away"),
    [
        # a group's member named with the town, the scene far from it
        ("Gwoza tribesmen stage sit-in in Abuja after clashes with police", "", "nigeria/Gwoza"),
        ("", "Tribesmen from Tessalit were killed when gunmen raided a convoy near Gao on Sunday.", "mali/Tessalit"),
        ("Councillor from Tessalit kidnapped in Bamako", "", "mali/Tessalit"),
        # the idiom of origin
        ("", "A soldier who hails from Marib was killed in an attack on a checkpoint in Aden.", "yemen/Marib"),
        # the settlement told by its kind before "of"
        ("", "A herder from the desert town of Tessalit was killed in a raid near Gao.", "mali/Tessalit"),
        ("", "A fighter from the northern village of Gwoza was killed in an attack in Lagos.", "nigeria/Gwoza"),
        # Arabic: أصيل, a native of
        ("مقتل شاب أصيل تطاوين في هجوم بسكين في صفاقس", "", "tunisia/Tataouine"),
    ],
)
def test_only_a_home(matcher: Matcher, title: str, summary: str, turned_away: str) -> None:
    assert turned_away not in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the home that is also the scene
        ("Gwoza tribesmen killed as gunmen attack Gwoza market", "", "nigeria/Gwoza"),
        ("", "Clansmen from Tessalit were killed when gunmen raided the market in Tessalit.", "mali/Tessalit"),
        ("", "A soldier who hails from Marib was killed in clashes in Marib city on Monday.", "yemen/Marib"),
        ("مقتل شاب أصيل تطاوين في هجوم بسكين وسط تطاوين", "", "tunisia/Tataouine"),
        # a home with no scene far from it: a small town may be next door (when unsure, send)
        ("Tribesmen from Gwoza killed in attack", "", "nigeria/Gwoza"),
        ("Des notables de Tessalit enlevés lors d'une attaque", "", "mali/Tessalit"),
        # the district's seat, its own town, is no home
        (
            "Macomia: ataque armado na estrada",
            "Homens armados atacaram viaturas na estrada entre Mucojo e a sede de Macomia, disse a polícia.",
            "mozambique/Macomia",
        ),
        ("Hostigamiento a la sede de Tumaco deja dos heridos", "", "colombia/Tumaco"),
    ],
)
def test_still_the_watched_place(matcher: Matcher, title: str, summary: str, expected: str) -> None:
    assert expected in alerted(matcher, title, summary)
