"""Round 22 of issue 20: the spent languages sets' errors classed by language and cause.

The largest class of misses that recurs across sets and that knowledge reaches: a watchlist's
typed keywords in a few languages, an item in another. An admin who types "kill" and "matar"
wants the French "tués"; one who types "attack" and "atacar" wants "l'attaque". The bundled
words of killing, attack, kidnapping and murder now translate one another
(`bot/keyword_meanings.yaml`), as shooting and shelling did: a typed word of one meaning brings
the meaning's words in the other languages and its synonyms in its own ("murder" brings
"asesinar" and "اغتيال"). Their senses stay the bundled words' own (a football team that "attaque sa
saison" is no attack); and a capital as a passive verb's agent ("attaqué par Washington") or
after "met en garde" is its government, as one that "avertit" was.

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from tests.support.alerts import alerted

_TYPED = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  w:
    title: {country}
    locations:
      - name: {town}
    keywords: [{keywords}]
"""


def _typed(country: str, town: str, keywords: str) -> Matcher:
    """One watchlist, one town, a typed keyword list (no bundled set)."""
    config = _TYPED.format(country=country, town=town, keywords=keywords)
    return placed_matcher(parse_config(config).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("country", "town", "keywords", "text"),
    [
        # a typed "kill" (English) and "matar": the French controls' "tués", "tue"
        ("Niger", "Tillaberi", "kill, matar, ambush", "Niger : cinq soldats tués près de Tillabéri"),
        ("Burkina Faso", "Djibo", "kill, ambush", "Burkina : une mine tue trois civils près de Djibo"),
        # a typed "attack" and "atacar": French "attaque", "attaquent"
        ("Mali", "Menaka", "attack, atacar, emboscada", "Mali : attaque contre un poste de gendarmerie à Ménaka"),
        ("Mali", "Menaka", "attack, atacar", "Des hommes armés attaquent un convoi près de Ménaka"),
        # a typed French "attaque": English "attacked", Arabic "هجوم"
        ("Niger", "Diffa", "attaque, embuscade", "Gunmen attacked a market in Diffa on Sunday"),
        ("Sudan", "Kosti", "attaque, embuscade", "هجوم مسلح على سوق في مدينة كوستي"),
        # a typed "kidnapping": Portuguese "raptado", Spanish "secuestran"
        ("Mozambique", "Montepuez", "kidnapping, ambush", "Empresário raptado em Montepuez por homens armados"),
        ("Colombia", "Tumaco", "kidnapping", "Secuestran a un comerciante en Tumaco"),
        # a typed "murder" brings the Spanish "asesinan" and the Arabic "اغتيال"
        ("Iraq", "Mosul", "murder, ambush", "اغتيال ناشط مدني في الموصل"),
        ("Honduras", "Choluteca", "murder, ambush", "Asesinan a un taxista en Choluteca"),
    ],
)
def test_a_typed_word_brings_its_translations(country: str, town: str, keywords: str, text: str) -> None:
    assert alerted(_typed(country, town, keywords), text) == {f"w/{town}"}


@pytest.mark.parametrize(
    ("country", "town", "keywords", "text"),
    [
        # the words brought keep their senses: a team's attack, a price that kills a project
        ("Mali", "Menaka", "attack, atacar", "Football : l'équipe de Ménaka attaque la saison avec ambition"),
        ("Niger", "Tillaberi", "kill, matar", "La sécheresse tue le bétail autour de Tillabéri"),
    ],
)
def test_the_words_brought_keep_their_senses(country: str, town: str, keywords: str, text: str) -> None:
    assert alerted(_typed(country, town, keywords), text) == set()


def test_a_word_of_no_meaning_brings_nothing() -> None:
    # "ambush" is typed alone: no French "tués" comes with it
    assert alerted(_typed("Niger", "Tillaberi", "ambush"), "Niger : cinq soldats tués près de Tillabéri") == set()


def _capitals() -> Matcher:
    config = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  w:
    title: World
    locations:
      - name: Washington
      - name: Moscow
      - name: Nairobi
    keywords: [attack, attaque, atacar, ataque, kill]
"""
    return placed_matcher(parse_config(config).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    "text",
    [
        # a capital as a passive verb's agent is its government
        "Le plan de paix attaqué par Moscou",
        "Budget plan attacked by Washington over spending",
        "Acordo atacado por Nairobi na cimeira regional",
        # French "mettre en garde", to warn
        "Nairobi met en garde Moscou contre toute attaque",
    ],
)
def test_a_capital_that_acts_on_words_is_its_government(text: str) -> None:
    assert alerted(_capitals(), text) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the city itself: a place after "à", police named for the city after "by"
        ("Attaque armée à Nairobi : deux morts", {"w/Nairobi"}),
        ("Two men attacked by Nairobi police officers in a raid", {"w/Nairobi"}),
    ],
)
def test_the_city_itself_still_alerts(text: str, want: set[str]) -> None:
    assert alerted(_capitals(), text) == want
