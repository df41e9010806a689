"""Senses read by class (issue 20, round 21: the keywords in another sense across every spent
places and languages set). Sentences written for this file (not taken from any labelled set),
over other towns than the sets', with the real gazetteer as the running bot builds the matcher:

- an explosion of a bare noun, with no article, is a burst of something that is no device
  ("una explosión de danza", "explosion of measles cases"); a device named bare ("explosion of
  roadside bombs", "explosão de granadas"), an article ("l'explosion d'une mine") or a word of
  armed violence in the sentence keeps the attack;
- a bomb whose first noun is a thing of money, words or the mind (WordNet's abstract nouns: "a
  tax bomb", "a debt bomb") is no device; a letter, nail, car or roadside bomb is one;
- a deed right after "without", "sans", "sin", "sem" did not happen ("sem matar ninguém"); one
  before it did ("killed three without warning").
"""

from __future__ import annotations

import pytest

from bot.match import Matcher
from tests.support.alerts import alerted, titled_matcher

BUNDLED = "keyword_sets: [security]"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return titled_matcher("Watched", "Kayes", "Mopti", "Cochabamba", "Nampula", keywords=BUNDLED)


@pytest.mark.parametrize(
    "title",
    [
        "Explosion of measles cases in Kayes worries doctors",
        "Mopti : une explosion de rires au festival du conte",
        "Cochabamba: una explosión de danza y fe en el carnaval",
        "Nampula: uma explosão de sabor na feira gastronómica",
    ],
)
def test_an_explosion_of_a_bare_noun_is_no_attack(matcher: Matcher, title: str) -> None:
    assert alerted(matcher, title) == set()


@pytest.mark.parametrize(
    "title",
    [
        "Explosion of roadside bombs near Kayes kills two soldiers",
        "Explosion of a car bomb at a Kayes market kills five",
        "Mopti : l'explosion d'une mine au passage d'un bus tue six personnes",
        "Cochabamba: explosión de un coche bomba frente a un banco",
        "Nampula: explosão de granadas no mercado central fere dez",
        "Mopti : une explosion de violence, des hommes armés tirent sur la foule au marché",
        "Bomb explosion at Kayes stadium kills four",
    ],
)
def test_an_explosion_of_a_device_or_in_an_attack_still_alerts(matcher: Matcher, title: str) -> None:
    assert alerted(matcher, title) != set()


@pytest.mark.parametrize(
    "title",
    [
        "Kayes cotton growers hit by a tax bomb in the new budget",
        "Mopti shopkeepers brace for a debt bomb as loans fall due",
    ],
)
def test_a_bomb_of_money_is_no_device(matcher: Matcher, title: str) -> None:
    assert alerted(matcher, title) == set()


@pytest.mark.parametrize(
    "title",
    [
        "Letter bomb wounds two at Kayes tax office",
        "Nail bomb hits Mopti market as prices soar",
        "Car bomb kills six outside a Kayes bank",
        "Roadside bombs kill three soldiers near Mopti",
    ],
)
def test_a_device_bomb_still_alerts(matcher: Matcher, title: str) -> None:
    assert alerted(matcher, title) != set()


@pytest.mark.parametrize(
    "title",
    [
        "Kayes: the convoy crossed the border without killing anyone",
        "Cochabamba: la policía desalojó la plaza sin matar a nadie",
        "Nampula: a polícia dispersou a marcha sem matar ninguém",
        "Mopti : la police a dispersé la foule sans tuer personne",
    ],
)
def test_a_deed_after_without_did_not_happen(matcher: Matcher, title: str) -> None:
    assert alerted(matcher, title) == set()


@pytest.mark.parametrize(
    "title",
    [
        "Gunmen killed three without warning at a Kayes market",
        "Cochabamba: hombres armados mataron a dos guardias sin dar aviso",
        "Nampula: insurgentes atacaram a aldeia sem aviso e mataram cinco",
    ],
)
def test_a_deed_before_without_still_alerts(matcher: Matcher, title: str) -> None:
    assert alerted(matcher, title) != set()
