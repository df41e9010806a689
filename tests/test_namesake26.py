"""Namesakes of round 26 (helper namesake26). A watched town the gazetteer has no entry for,
typed only by its name in a list of its country's towns, whose name the gazetteer knows only as
a town of another country. The item that is about that other country (its name in any of the
five languages, a demonym, a town of it nearby) and says nothing of the list's countries is the
namesake's; an item that gives no sign, or one of the list's country, is still the watched town
(missing an attack costs more). Every item is new; the towns are pairs from GeoNames whose
watched side it does not list (check-config: "namesakes only elsewhere"). Real parts: the
gazetteer and the matcher as the bot builds them.

And a watched town that is the only place GeoNames lists by its name, in an item that names
another country with a town of it far away and nothing of the watched town's country: a village
GeoNames leaves out ("Bourem trading centre outside Gulu", in Uganda), not the watched town."""

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
  southsudan:
    title: South Sudan Equatoria
    locations:
      - name: Yei
      - name: Maridi
      - name: Mundri
    keyword_sets: [security]
  chad:
    title: Chad
    locations:
      - name: Abéché
      - name: Mongo
      - name: Liwa
    keyword_sets: [security]
  bangladesh:
    title: Chittagong Hill Tracts
    locations:
      - name: Bandarban
      - name: Rangamati
      - name: Ruma
    keyword_sets: [security]
  darfur:
    title: North Darfur
    locations:
      - name: El Fasher
      - name: Kutum
      - name: Tawila
    keyword_sets: [security]
  mali:
    title: Northern Mali
    locations:
      - name: Bourem
      - name: Ansongo
    keyword_sets: [security]
  burkina:
    title: Burkina Faso Sahel
    locations:
      - name: Arbinda
      - name: Djibo
    keyword_sets: [security]
  niger:
    title: Niger Tillabéri
    locations:
      - name: Ayorou
      - name: Ouallam
    keyword_sets: [security]
  mozambique:
    title: Cabo Delgado
    locations:
      - name: Macomia
      - name: Quissanga
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "turned_away"),
    [
        pytest.param(
            "Mob attack leaves two dead in Mundri village",
            "Indonesian police in Central Java said two men accused of theft were beaten to death in Mundri on Friday.",
            "southsudan/Mundri",
            marks=pytest.mark.xfail(
                reason="main keeps places26's rule (merged first, same cause): a demonym and the police count for less "
                "than the country's name, and 'in Central Java' is not tied to Mundri; when unsure, send",
                strict=False,
            ),
        ),
        (
            "Oman : une explosion fait deux morts sur un marché de Liwa",
            "Une explosion dans un entrepôt de gaz a tué deux ouvriers à Liwa, au nord de Sohar, a indiqué la police omanaise.",
            "chad/Liwa",
        ),
        (
            "Serbia: un tiroteo en Ruma deja dos muertos",
            "Dos hombres murieron en un tiroteo frente a un bar de Ruma, en la región de Sirmia, informó la policía serbia.",
            "bangladesh/Ruma",
        ),
        (
            "Iémen: ataque com drone mata três pessoas em Tawila",
            "Um ataque com drone matou três pessoas num mercado de Tawila, no Iémen, segundo fontes locais iemenitas.",
            "darfur/Tawila",
        ),
    ],
)
def test_an_unknown_towns_namesake_abroad_is_turned_away(matcher: Matcher, title: str, summary: str, turned_away: str) -> None:
    assert turned_away not in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # no sign either way: the watched town
        ("Gunmen attack Mundri market, killing four", "Witnesses said the attackers fled into the bush.", "southsudan/Mundri"),
        # the list's country named too: the watched town, whoever else is there
        (
            "South Sudan: gunmen kill Indonesian aid worker in Mundri",
            "The attack on the clinic in Mundri left two dead, local officials said.",
            "southsudan/Mundri",
        ),
        (
            "Tchad : attaque meurtrière à Liwa, près du lac",
            "Des hommes armés ont tué trois civils à Liwa, selon l'armée tchadienne.",
            "chad/Liwa",
        ),
        ("Ruma: gunmen kill two in attack on army camp", "The attack in Ruma upazila left two soldiers dead.", "bangladesh/Ruma"),
    ],
)
def test_the_unknown_town_still_alerts_without_a_sign_abroad(matcher: Matcher, title: str, summary: str, expected: str) -> None:
    assert expected in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "turned_away"),
    [
        (
            "Uganda: gunmen attack bus at Bourem trading centre",
            "Police said gunmen attacked a bus at Bourem trading centre outside Gulu, killing two passengers.",
            "mali/Bourem",
        ),
        (
            "Cameroun : des coupeurs de route attaquent un car à Arbinda",
            "Des coupeurs de route ont attaqué un car à Arbinda, un village proche de Garoua, tuant un passager.",
            "burkina/Arbinda",
        ),
        (
            "Honduras: asesinan a dos hombres en Ayorou",
            "Dos hombres fueron asesinados a tiros en la aldea Ayorou, cerca de Choluteca.",
            "niger/Ayorou",
        ),
        (
            "Angola: ataque armado em Macomia deixa dois mortos",
            "Um ataque armado na aldeia de Macomia, perto de Malanje, deixou dois mortos.",
            "mozambique/Macomia",
        ),
    ],
)
def test_a_country_named_with_a_town_of_it_places_the_name_there(
    matcher: Matcher, title: str, summary: str, turned_away: str
) -> None:
    assert turned_away not in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the other country named, but no town of it: the watched town
        (
            "Gunmen attack Bourem market, Uganda condemns",
            "The foreign ministry condemned the attack that killed five traders.",
            "mali/Bourem",
        ),
        # the watched town's country too
        (
            "Ayorou : des soldats ghanéens blessés dans une attaque",
            "Une attaque contre un camp de l'armée nigérienne à Ayorou a blessé deux soldats du Ghana venus d'Accra.",
            "niger/Ayorou",
        ),
        # a country named by its capital too is no town of it: "Guiné-Conacri"
        (
            "Ataque a posto fronteiriço em Ansongo",
            "Homens armados vindos da Guiné-Conacri atacaram um posto do exército em Ansongo.",
            "mali/Ansongo",
        ),
        # a town of its own country near it
        (
            "Uganda donates ambulances after attack in Bourem",
            "Kampala sent two ambulances after the attack in Bourem, near Gao, killed six.",
            "mali/Bourem",
        ),
    ],
)
def test_the_watched_town_stays_where_the_item_says_nothing_against_it(
    matcher: Matcher, title: str, summary: str, expected: str
) -> None:
    assert expected in alerted(matcher, title, summary)
