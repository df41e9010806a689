"""Senses and sources of issue 20's twenty-second round (helper senses22).

Over the spent sets, a watched town named only as the dateline or the source of a report about
somewhere else leads the false alerts of places with the keyword read in another sense. Two of
its grammars were not read:
- the English-language press names a country's districts, zones and counties bare after "in"
  ("in Baramulla district", "in Kamashi zone", "in Baringo and Turkana counties", "in Gwoza
  LGA"), while a city's quarter takes the article or says whose it is ("in the Nowhatta
  district", "the Hodan district of Mogadishu"): a division so named is a scene elsewhere than
  the dateline's town;
- the press reports too ("a community radio in Mellit reported", "the regional broadcaster in
  Asosa said", "une radio locale à Djibo a rapporté"): a town named as where a radio, a
  newspaper or an agency speaks is a source, as "officials in" it are.

Every sentence here is new: other places, other wording; the real attacks at the dateline's town
keep alerting. Real parts: the gazetteer, the bundled security vocabulary and the matcher as the
bot builds them.
"""

from __future__ import annotations

import pytest

from bot.match import Matcher
from tests.support.alerts import alerted, titled_matcher


@pytest.fixture(scope="module")
def kenya() -> Matcher:
    return titled_matcher("Kenya watch", "Garissa")


@pytest.fixture(scope="module")
def nigeria() -> Matcher:
    return titled_matcher("Nigeria watch", "Maiduguri")


@pytest.fixture(scope="module")
def somalia() -> Matcher:
    return titled_matcher("Somalia watch", "Mogadishu")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gunmen kill four herders", "GARISSA, Kenya (AP) - Gunmen killed four herders in Fafi sub-county on Monday, police said."),
        ("Bandits attack villages", "GARISSA (Reuters) - Bandits attacked two villages in Balambala and Lagdera sub-counties overnight."),
        ("Militants ambush patrol", "GARISSA - Militants ambushed a police patrol in Boni district, killing three officers."),
    ],
)
def test_a_division_named_bare_is_a_scene_elsewhere_than_the_dateline(kenya: Matcher, title: str, summary: str) -> None:
    assert alerted(kenya, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Boko Haram attack kills nine", "MAIDUGURI, Nigeria (AP) - Insurgents killed nine farmers in Gwoza LGA, officials said."),
        ("Jihadists raid Bama", "MAIDUGURI - Jihadists raided Bama town in Bama LGA on Sunday, residents said."),
    ],
)
def test_a_local_government_area_is_a_scene_elsewhere(nigeria: Matcher, title: str, summary: str) -> None:
    assert alerted(nigeria, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the dateline's own district, or a quarter of the city with the article or "of" the city
        ("Gunmen kill four", "GARISSA, Kenya (AP) - Gunmen killed four herders in Garissa county on Monday, police said."),
        ("Grenade attack at market", "GARISSA - A grenade attack wounded six people in the Bulla Iftin district, police said."),
        ("Gunmen attack hotel", "GARISSA (Reuters) - Gunmen attacked a hotel in Garissa town on Monday."),
    ],
)
def test_the_datelines_own_town_and_quarters_still_alert(kenya: Matcher, title: str, summary: str) -> None:
    assert alerted(kenya, title, summary) == {"kenya/Garissa"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Car bomb in Hodan", "MOGADISHU (Reuters) - A car bomb exploded in Hodan district of Mogadishu, killing five."),
        ("Mortars hit the capital", "MOGADISHU - Mortar shells landed in the Wadajir district, wounding three, police said."),
    ],
)
def test_a_quarter_of_the_capital_is_the_capital(somalia: Matcher, title: str, summary: str) -> None:
    assert alerted(somalia, title, summary) == {"somalia/Mogadishu"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Shelling kills 8 in Dikwa", "Shelling of Dikwa's market killed eight people, a community radio in Maiduguri reported."),
        ("Insurgents attack Monguno base", "Insurgents attacked the army base in Monguno overnight, a newspaper in Maiduguri said."),
        ("Attaque contre Monguno", "Des insurgés ont attaqué la base de Monguno, a rapporté une radio locale à Maiduguri."),
    ],
)
def test_the_press_in_a_town_is_a_source(nigeria: Matcher, title: str, summary: str) -> None:
    assert alerted(nigeria, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gunmen attack radio station in Maiduguri", "Gunmen attacked a radio station in Maiduguri on Monday, police said."),
        ("Blast in Maiduguri", "A blast killed four people in Maiduguri, a radio in Maiduguri reported."),
    ],
)
def test_an_attack_at_the_press_town_still_alerts(nigeria: Matcher, title: str, summary: str) -> None:
    assert alerted(nigeria, title, summary) == {"nigeria/Maiduguri"}
