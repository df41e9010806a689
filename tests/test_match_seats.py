"""Towns that seat no government and acronyms that are no place, on the real gazetteer.

A town of 20,000 has a military "position" and no foreign policy: "la position de Kollo" is the
army's post there (metonymy is for capitals and large cities: `GOVERNMENT_SEAT`), and a town
beside the capital is not the capital (Kollo is 33 km from Niamey). An armed group's acronym
that is also some airport's code ("ADF": Adıyaman) is no scene elsewhere that makes the watched
town only a home.
"""

from __future__ import annotations

from functools import cache

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher

CONFIG = """
feeds:
  - name: Test feed
    url: https://example.org/feed.xml
watchlists:
  niger:
    title: Niger
    locations: [{name: Kollo}, {name: Ayorou}, {name: Niamey}]
    keywords: [attack, attaque, attacked, attaqué]
  drc:
    title: DR Congo
    locations: [{name: Beni}, {name: Mangina}]
    keywords: [attack, attaque, attacked, attaqué]
"""


@cache
def matcher() -> Matcher:
    config = parse_config(CONFIG)
    return placed_matcher(config.watchlists, load_gazetteer())


def alerted(title: str) -> set[str]:
    return {m.location for r in matcher().match(title, "") for m in r.locations}


@pytest.mark.parametrize(
    ("title", "location"),
    [
        ("Des jihadistes ont attaqué la position de Kollo, dix soldats tués", "Kollo"),
        ("L'armée repousse une attaque contre la position d'Ayorou", "Ayorou"),
        ("Gunmen attacked the army position of Kollo overnight", "Kollo"),
    ],
)
def test_a_small_towns_position_is_a_military_post(title: str, location: str) -> None:
    assert alerted(title) == {location}


def test_a_capitals_position_is_still_its_governments() -> None:
    assert alerted("La position de Niamey sur l'attaque reste inchangée") == set()


@pytest.mark.parametrize(
    ("title", "location"),
    [
        ("Des rebelles ADF ont attaqué l'hôpital de Mangina, 12 tués", "Mangina"),
        ("ADF rebels attacked the health centre of Mangina overnight", "Mangina"),
    ],
)
def test_an_armed_groups_acronym_is_no_scene_elsewhere(title: str, location: str) -> None:
    assert alerted(title) == {location}
