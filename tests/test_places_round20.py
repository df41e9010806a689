"""Place rules of issue 16's twentieth places round (helper places20).

The false alerts and misses of every spent place set (`places_blind` to `places_blind13`,
`places_dev5`, `wire_world`, `real_news`, the match sets) were classed by cause across sets. Two
classes recur across several sets and are answered here by what the gazetteer and the config
know, not by the items' words:

- a watched town turned away as a namesake though the item ties it to the town's own country or
  first-level division ("X, <its country>", "X (<its country>)", "X in <its governorate>",
  "X, Niger State"): geonames' list of cities, which says where a name's towns lie, holds only
  the larger towns, so a `coords:` point or a small town the gazetteer resolved had no home
  there; the governorate named like a town elsewhere was read as that town; and a country's
  name before "State" was read as the country;
- a watched town the gazetteer does not know (typed, no `coords:`) has no point to measure from,
  so the rule that turns away a home, when the item names a scene far away, never ran for it;
  its sources were already read by grammar alone, and now so are its homes (where its flights
  go was tried too and dropped: with no distance, the scene named may be the town's own airstrip
  or a place beside it, and an unread set lost an alert);
- who speaks "in the city of" a watched town speaks from it, as from the town named alone.

And the typed name of two words written as one ("Kebridehar" for "Kebri Dehar") may be misspelt
as the typed name may, since the admin typed it.

Every sentence here is new: other places, other wording. Real parts: the gazetteer, the bundled
security vocabulary and the matcher as the bot builds them.
"""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from tests.support.alerts import alerted, titled_matcher

_POINT = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  burkina:
    title: Burkina Faso watch
    locations:
      - name: Inata
        coords: [14.55, -1.16]
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def inata() -> Matcher:
    """A watched mining town given by `coords:`, whose name geonames' city list knows only in Japan,
    built as the running bot builds it: with that list's look-up of where names lie."""
    return placed_matcher(parse_config(_POINT).watchlists, load_gazetteer(), look_up_places)


@pytest.fixture(scope="module")
def yemen() -> Matcher:
    return titled_matcher("Yemen watch", "Ataq", "Lawdar")


@pytest.fixture(scope="module")
def nigeria() -> Matcher:
    return titled_matcher("Nigeria watch", "Mokwa", "Bida")


@pytest.fixture(scope="module")
def unknown_towns() -> Matcher:
    """Towns the gazetteer does not resolve, matched by their typed names only."""
    return titled_matcher("Mali watch", "Hombori", "Ber")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Inata, Burkina Faso: gunmen storm gendarmerie post", "Gunmen stormed the gendarmerie post at Inata overnight."),
        ("Inata (Burkina Faso) : attaque contre un convoi minier", "Des hommes armés ont attaqué un convoi."),
    ],
)
def test_a_point_tied_to_its_own_country_alerts(inata: Matcher, title: str, summary: str) -> None:
    assert alerted(inata, title, summary) == {"burkina/Inata"}


def test_a_point_tied_to_another_country_is_still_a_namesake(inata: Matcher) -> None:
    assert alerted(inata, "Inata, Japan: man stabs two commuters at station", "Police arrested the attacker.") == set()


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Drone strike hits Ataq in Shabwa", "yemen/Ataq"),
        ("Clashes in Lawdar in Abyan kill four", "yemen/Lawdar"),
        ("Bandits kill nine in Mokwa, Niger State", "nigeria/Mokwa"),
        ("Gunmen abduct 20 near Bida, Niger State", "nigeria/Bida"),
    ],
)
def test_a_town_placed_in_its_own_division_alerts(yemen: Matcher, nigeria: Matcher, title: str, expected: str) -> None:
    assert alerted(yemen if expected.startswith("yemen") else nigeria, title) == {expected}


def test_a_town_placed_in_a_far_town_of_another_name_is_still_turned_away(yemen: Matcher) -> None:
    # the governorate rule reads the watched town's own division only, not any division after "in"
    assert alerted(yemen, "Shooting at a diner in Ataq in Kansas kills two", "") == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Trader from Hombori killed in Gao ambush", "A cattle trader from Hombori was among five killed in an ambush in Gao."),
        ("Ber-born soldier among dead in Menaka attack", "A sergeant born in Ber died when jihadists attacked Menaka."),
    ],
)
def test_an_unresolved_town_only_a_home_is_no_scene(unknown_towns: Matcher, title: str, summary: str) -> None:
    assert alerted(unknown_towns, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Jihadists attack Hombori market", "Gunmen attacked the weekly market in Hombori, killing three."),
        ("Gunmen kill travellers on the road to Hombori", "Armed men killed four travellers on the road to Hombori."),
        ("Hombori residents flee after attack", "Residents of Hombori fled after gunmen attacked the town."),
    ],
)
def test_an_unresolved_town_that_is_the_scene_still_alerts(unknown_towns: Matcher, title: str, summary: str) -> None:
    assert alerted(unknown_towns, title, summary) == {"mali/Hombori"}


@pytest.fixture(scope="module")
def sudan() -> Matcher:
    return titled_matcher("Sudan watch", "Kassala", "Gedaref")


def test_who_speaks_in_the_town_of_a_watched_place_is_no_scene(sudan: Matcher) -> None:
    title = "Paramilitaries shell Kadugli market"
    summary = "Shelling killed nine people in Kadugli on Monday, an army officer told reporters in the city of Kassala."
    assert alerted(sudan, title, summary) == set()


def test_an_attack_in_the_town_of_a_watched_place_still_alerts(sudan: Matcher) -> None:
    assert alerted(sudan, "Gunmen attack market", "Gunmen attacked the market in the town of Gedaref on Monday.") == {
        "sudan/Gedaref"
    }


@pytest.fixture(scope="module")
def yemen_towns() -> Matcher:
    return titled_matcher("Yemen watch", "Mukalla", "Lawdar")


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("هجوم مسلح على نقطة أمنية في مدينة المكلا", "قتل جنديان في هجوم مسلح على نقطة أمنية في مدينة المكلا.", "yemen/Mukalla"),
        ("مسلحون يقتلون شابا في مدينة لودر", "قتل مسلحون شابا من أبناء المنطقة في مدينة لودر.", "yemen/Lawdar"),
    ],
)
def test_an_arabic_scene_in_the_town_still_alerts(yemen_towns: Matcher, title: str, summary: str, expected: str) -> None:
    assert alerted(yemen_towns, title, summary) == {expected}
