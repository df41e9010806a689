"""A place named only as where something was said on or from a medium, or where a body reporting
the news is based, is not the scene:
"told The Associated Press by phone from Maiduguri", "said in a statement read on state TV in
Niamey", "a déclaré à la télévision d'État depuis Bamako" (the words between the verb of saying
and the place are all words of the listener or the medium: `bot.match._LISTENERS`, at most
`LISTENER_SPAN` of them). A verb of saying followed by the news itself ("said gunmen attacked
Niamey") keeps the place a scene. "A Bamako-based group" (or "une ONG basée à Bamako") that
reports killings "in central Mali" tells of central Mali, not Bamako. Every sentence here is new;
real parts: the gazetteer and the matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  sahel:
    title: Sahel
    keyword_sets: [security]
    locations:
      - name: Niamey
      - name: Bamako
      - name: Maiduguri
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Boko Haram kills 11 fishermen near Monguno",
            "MAIDUGURI, Nigeria (AP) — Jihadists killed 11 fishermen near Monguno on Tuesday, a community leader "
            "told The Associated Press by phone from Maiduguri.",
        ),
        (
            "Niger: 14 soldiers killed in ambush near Filingué",
            "Fourteen soldiers were killed in an ambush near Filingué, the army said in a statement read on state "
            "TV in Niamey on Wednesday.",
        ),
        (
            "Mali : une embuscade fait six morts près de Douentza",
            "Six soldats ont été tués dans une embuscade près de Douentza, a déclaré à la télévision nationale "
            "depuis Bamako le ministre de la Défense.",
        ),
    ],
)
def test_a_place_where_it_was_said_on_a_medium_is_a_source(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Gunmen attack checkpoint in Niamey",
            "The army said in a statement gunmen attacked a checkpoint in Niamey overnight, killing two soldiers.",
            "sahel/Niamey",
        ),
        (
            "Explosion rocks market in Maiduguri",
            "A bomb exploded at the Monday market in Maiduguri, police told reporters, killing four traders.",
            "sahel/Maiduguri",
        ),
    ],
)
def test_the_news_after_the_verb_of_saying_is_still_a_scene(matcher: Matcher, title: str, summary: str, expected: str) -> None:
    assert alerted(matcher, title, summary) == {expected}


# A body named by where it is based reports the news; when the item gives a part of that place's
# country as the scene ("in central Mali"), the base is no scene, whether or not the part holds it.
@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Bamako-based rights group reports killings in central Mali",
            "A rights group based in Bamako said soldiers killed 18 herders in a village in central Mali.",
        ),
        (
            "Une ONG basée à Niamey dénonce une attaque dans l'ouest du Niger",
            "L'organisation, basée à Niamey, affirme que des hommes armés ont tué neuf villageois dans l'ouest du Niger.",
        ),
        (
            "Maiduguri-based aid group says attack killed seven in northern Nigeria",
            "The Maiduguri-based group said gunmen attacked a displacement camp in northern Nigeria overnight.",
        ),
    ],
)
def test_a_base_is_no_scene_when_the_item_names_a_part_of_its_country(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Gunmen attack army base in Maiduguri",
            "Jihadists attacked an army base in Maiduguri, the largest city in northern Nigeria, killing three soldiers.",
            "sahel/Maiduguri",
        ),
        (
            "Niamey residents flee clashes in western Niger",
            "Residents of Niamey's outskirts said gunfire erupted near their homes as clashes spread in western Niger.",
            "sahel/Niamey",
        ),
    ],
)
def test_a_base_or_a_home_that_is_the_scene_still_alerts(matcher: Matcher, title: str, summary: str, expected: str) -> None:
    assert alerted(matcher, title, summary) == {expected}
