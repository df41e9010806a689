"""A watched state or province is itself when the press names it as one, on the real gazetteer.

"Borno State", "l'État de Benue", "the Province of Cabo Delgado" name the watched division, not
something named after it (a "Kano State" beside a watched city Kano still is: a longer place);
and a town "in Gedo region" is in its own country's division, not inside a town elsewhere that
GeoNames spells the same.
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
  nigeria:
    title: Nigeria
    locations: [{name: Borno}, {name: Zamfara}, {name: Kano}]
    keywords: [attack, attaque, attacked, attaqué, killed]
  mozambique:
    title: Mozambique
    locations: [{name: Cabo Delgado}]
    keywords: [attack, ataque, attacked, atacada]
  somalia:
    title: Somalia
    locations: [{name: Somalia}, {name: Baardheere}]
    keywords: [attack, attacked]
"""


@cache
def matcher() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer())


def alerted(title: str) -> set[str]:
    return {m.location for r in matcher().match(title, "") for m in r.locations}


@pytest.mark.parametrize(
    ("title", "location"),
    [
        ("Bandits killed 14 villagers in Zamfara State on Sunday", "Zamfara"),
        ("Des hommes armés ont attaqué un marché dans l'État du Borno", "Borno"),
        ("Insurgents attacked a village in the Province of Cabo Delgado", "Cabo Delgado"),
        ("Aldeia atacada na província de Cabo Delgado", "Cabo Delgado"),
    ],
)
def test_a_watched_division_named_as_one_is_itself(title: str, location: str) -> None:
    assert alerted(title) == {location}


def test_a_state_named_after_a_watched_city_is_still_a_longer_place() -> None:
    assert alerted("Gunmen attacked a village in Kano State's south") == set()


def test_a_town_in_its_own_countrys_region_is_no_namesake_elsewhere() -> None:
    assert alerted("Militants attacked Baardheere in Gedo region overnight") == {"Baardheere"}
