"""Review 18's findings, each a case the bot got wrong and near variants of it, over the real
gazetteer as the running bot loads it."""

from __future__ import annotations

from functools import cache

import pytest

from bot.match import Matcher
from tests.support.alerts import alerted, titled_matcher

# review18a: the senses of round 24 read by grammar. A disease silences a killing only as the head
# of its subject or agent (not "vaccinators against polio", "agents de riposte à Ebola",
# "centre de traitement Ebola"), written as a disease's name (not the town Lassa, not "Blackwater
# contractors") and not a word whose everyday sense is another ("endemic", "cold", "plague"); a
# tree is felled only as the head of "abattu"'s subject (not "planteur de cacao", "en treillis
# kaki"), and "abattu" is a mood only in news of sport or a defeat where nobody died; a weapon's
# trace steps aside when its sentence tells a death or a blast; "a number of", "nombre de", "عدد
# من" are several, not a count; "kill off" with a family, a household or herders is a killing.


@cache
def _matchers() -> dict[str, Matcher]:
    return {
        "sahel": titled_matcher(
            "Sahel and Lake Chad", "Mokolo", "Kaya", "Ségou", "Tahoua", "Maroua", "Lassa", "Bauchi", "Kano", "Zinder", "Garoua"
        ),
        "moz": titled_matcher("Mozambique", "Montepuez", "Nampula"),
        "col": titled_matcher("Colombia", "Cúcuta", "Tumaco"),
        "sud": titled_matcher("Sudan and Yemen", "El Fasher", "Nyala", "Taiz", "Kassala"),
        "us": titled_matcher("United States", "Oak Park", "Cedar Rapids"),
    }


REVIEW18A_ATTACKS = [
    # a disease ending a modifier of people is not the subject
    ("sahel", "Vaccinators against polio killed in Kano"),
    ("sahel", "Health workers fighting Ebola killed near Mokolo"),
    ("sahel", "Health workers in the fight against polio killed in Kano"),
    ("sahel", "Deux vaccinateurs contre la polio tués à Kano"),
    ("sahel", "Des agents de santé de la lutte contre le paludisme tués à Kaya"),
    ("sahel", "Deux agents de riposte à Ebola tués près de Mokolo"),
    ("sahel", "Un infirmier du centre de traitement Ebola tué à Mokolo"),
    ("sahel", "Health workers battling measles killed in Zinder"),
    ("sahel", "Trois agents de la riposte contre la rougeole tués à Garoua"),
    ("sahel", "Un médecin du centre de dépistage Ebola tué à Maroua"),
    # disease nouns that are names or everyday words
    ("sahel", "Trois habitants de Lassa tués samedi soir"),
    ("us", "Civilians killed by Blackwater contractors in Oak Park"),
    ("sahel", "Ten killed by endemic violence in Kano"),
    ("sahel", "Quatre habitants de Lassa tués par des insurgés"),
    ("us", "Two killed by cold-blooded gunmen in Cedar Rapids"),
    ("sahel", "Twelve killed by endemic banditry near Zinder"),
    # a tree's word inside another noun's phrase
    ("sahel", "Un gendarme en treillis kaki abattu à Tahoua"),
    ("sahel", "Un homme en tenue kaki abattu devant sa boutique à Ségou"),
    ("sahel", "Un commerçant en chemise rose abattu à Ségou"),
    ("sahel", "Un planteur de cacao abattu à Kaya"),
    ("sahel", "Un trafiquant de cannabis abattu par la police à Kaya"),
    ("sahel", "Un vendeur de coco abattu devant le marché de Ségou"),
    ("sahel", "Un chef de village au boubou rose abattu à Ségou"),
    ("sahel", "Une femme en robe rose abattue à Zinder"),
    ("sahel", "Un acheteur de cacao abattu à Garoua"),
    # "abattu" at a sentence head, and someone died
    ("sahel", "Abattu, le maire de Kaya succombe à ses blessures"),
    ("sahel", "Kaya : abattu, le maire succombe à ses blessures"),
    ("sahel", "Abattu après la prière, l'imam de Kaya enterré ce samedi"),
    ("sahel", "Abattu après une dispute, un commerçant de Kaya inhumé"),
    ("sahel", "Abattu, le chef du village de Tahoua succombe à ses blessures"),
    ("sahel", "Abattue après le marché, une commerçante de Zinder inhumée"),
    # a weapon's trace, and a deed of its own
    ("sahel", "Bomb disposal team killed in blast near Maroua"),
    ("sahel", "Bomb disposal expert killed in blast near Maroua"),
    ("sahel", "Bomb disposal officer killed in explosion near Kano"),
    # "a number of" is several
    ("sahel", "Explosions in a number of districts of Kaya"),
    ("sahel", "Explosions in a number of villages near Kaya, five dead"),
    ("sahel", "Explosions dans nombre de quartiers de Kaya"),
    ("sud", "انفجار في عدد من أحياء تعز"),
    ("sud", "انفجارات في عدد من المناطق في تعز"),
    ("sahel", "Explosions in a number of neighbourhoods of Maroua"),
    ("sud", "انفجارات في عدد من القرى قرب نيالا"),
    # "kill off" a family, a household, herders
    ("sahel", "Herders kill off a farming family in Bauchi"),
    ("sahel", "Raiders kill off the herders of a village near Kano"),
    ("sahel", "Bandits kill off a whole household near Zinder"),
    ("sahel", "Gunmen kill off a clan of farmers near Bauchi"),
    # an outbreak alone is no disease
    ("sud", "قتل الوباء في نيالا"),
]

REVIEW18A_FALSE_FRIENDS = [
    ("sahel", "A measles outbreak has killed 14 children in Zinder"),
    ("sahel", "L'épidémie de rougeole a tué 14 enfants à Zinder"),
    ("sahel", "Selon le délégué, le choléra a tué neuf personnes à Garoua"),
    ("sahel", "Ebola kills two in Mokolo"),
    ("sahel", "Twenty children killed by malaria in Kano this year"),
    ("moz", "Surto de cólera mata cinco em Nampula"),
    ("col", "El brote de dengue mató a tres personas en Tumaco"),
    ("sahel", "Un vieux baobab abattu à Tahoua pour élargir la route"),
    ("sahel", "Des centaines d'acacias abattus près de Zinder"),
    ("sahel", "Abattu après la défaite, l'entraîneur de Kaya démissionne"),
    ("sahel", "Explosion in the number of cholera cases in Maroua"),
    ("sahel", "Explosion du nombre de cas de rougeole à Zinder"),
    ("sud", "انفجار في عدد الإصابات بالكوليرا في كسلا"),
    ("sahel", "Kano lab gets bomb disposal robots"),
    ("sahel", "Price war kills off small bakeries in Kano"),
]


@pytest.mark.parametrize(("where", "title"), REVIEW18A_ATTACKS, ids=[t[:50] for _, t in REVIEW18A_ATTACKS])
def test_review18a_a_real_attack_alerts(where: str, title: str) -> None:
    matcher = _matchers()[where]
    assert alerted(matcher, title), matcher.explain(title, "")


@pytest.mark.parametrize(("where", "title"), REVIEW18A_FALSE_FRIENDS, ids=[t[:50] for _, t in REVIEW18A_FALSE_FRIENDS])
def test_review18a_the_other_sense_by_grammar_stays_silent(where: str, title: str) -> None:
    matcher = _matchers()[where]
    assert not alerted(matcher, title), matcher.explain(title, "")


def test_review18a_the_lists_drop_everyday_words() -> None:
    from bot.disease_nouns import DISEASE_NOUNS
    from bot.tree_nouns import TREE_NOUNS

    assert {"cold", "endemic", "collapse", "plague", "bite", "boil", "sore", "wasting", "pest"}.isdisjoint(DISEASE_NOUNS)
    assert {"malaria", "cholera", "measles", "meningitis"} <= DISEASE_NOUNS
    assert {"rose", "cacao", "coco", "coca", "cannabis", "samba", "bush", "molle"}.isdisjoint(TREE_NOUNS)
    assert {"baobab", "acacia"} <= TREE_NOUNS


# review18e: a watched town given by coordinates by a border, placed by the item in a county or
# province of the next country whose place lies within its reach, is inside it, whatever words
# follow the division's name and in every language; a division far from it still holds a
# namesake. And an opening alef, then yaa or waw before a vowel letter: a consonant, so the
# alef keeps its own vowel.
REVIEW18E_CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  border:
    title: Border towns
    locations:
      - name: Salem
        coords: [12.85, 7.20]
      - name: Kiunga
        coords: [-1.75, 41.48]
    keyword_sets: [security]
"""


@cache
def _review18e_matcher() -> Matcher:
    from bot.config import parse_config
    from bot.geo import load_gazetteer
    from bot.match import placed_matcher

    return placed_matcher(parse_config(REVIEW18E_CONFIG).watchlists, load_gazetteer())


REVIEW18E_INSIDE = [
    ("border/Kiunga", "Gunmen torch a school near Kiunga in Lamu county"),
    ("border/Kiunga", "Gunmen torch a school near Kiunga in Lamu"),
    ("border/Kiunga", "Gunmen torch a school near Kiunga in Lamu east"),
    ("border/Kiunga", "Gunmen torch a school near Kiunga in Lamu-East"),
    ("border/Kiunga", "Des hommes armés incendient une école près de Kiunga dans Lamu Est"),
    ("border/Kiunga", "Homens armados incendeiam uma escola perto de Kiunga em Lamu Leste"),
    ("border/Salem", "Gunmen attack Salem in Maradi"),
    ("border/Salem", "Gunmen attack Salem in Maradi region"),
    ("border/Salem", "Des hommes armés attaquent Salem dans la région de Maradi"),
]
REVIEW18E_ELSEWHERE = [
    ("border/Kiunga", "Gunmen torch a school near Kiunga in Port Moresby"),
    ("border/Kiunga", "Gunmen torch a school near Kiunga in Garissa"),  # Garissa county's seat: 270 km away
    ("border/Salem", "Gunmen attack Salem in Zinder"),  # Zinder: 220 km away
    ("border/Salem", "Gunmen attack Salem in Tahoua"),
    ("border/Salem", "Gunmen attack Salem in Oregon"),
]


@pytest.mark.parametrize(("alert", "title"), REVIEW18E_INSIDE, ids=[t[:60] for _, t in REVIEW18E_INSIDE])
def test_review18e_a_nearby_division_across_the_border_holds_the_watched_town(alert: str, title: str) -> None:
    matcher = _review18e_matcher()
    assert alert in alerted(matcher, title), matcher.explain(title, "")


@pytest.mark.parametrize(("alert", "title"), REVIEW18E_ELSEWHERE, ids=[t[:60] for _, t in REVIEW18E_ELSEWHERE])
def test_review18e_a_far_division_still_holds_a_namesake(alert: str, title: str) -> None:
    matcher = _review18e_matcher()
    assert alert not in alerted(matcher, title), matcher.explain(title, "")


@pytest.mark.parametrize(
    ("arabic", "latin", "written"),
    [
        ("إيلاشا", "elasha", True),  # alef, yaa before a consonant: one long vowel
        ("إيران", "iran", True),
        ("أوبو", "obo", True),
        ("أيورو", "ayorou", True),  # yaa before a vowel letter: a consonant after the alef's vowel
        ("أيورو", "yoro", False),
        ("أيام", "yam", False),
        ("أيام", "ayam", True),
        ("أواسط", "west", False),
        ("أواسط", "awasit", True),
        ("أوين", "weyne", False),
    ],
)
def test_review18e_an_opening_alef_is_silent_only_before_a_long_vowel(arabic: str, latin: str, written: bool) -> None:
    from bot.arabic import normalize, spells

    assert spells(normalize(arabic), latin) is written
