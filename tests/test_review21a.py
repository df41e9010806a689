"""Review 21a: a division of a namesake's country named for another reason (a region of the news,
a governor's state, a traveller's origin, a port of call, a minister's constituency) leaves the
watched town's real attack alerting.

Round namesake27 read any division of a namesake's country, written anywhere in the field, as the
namesake: "the Sahel" (a Burkina Faso region; Gao has a Burkinabe namesake) silenced an attack in
Mali's Gao, "the governor of Kano" one in Niger's Gaya, "from Porto" one in Lagos. Its merge was
reverted; these are the review's items, kept so that a namesake rule has to weigh where and why a
division is named, not only that it is.
"""

from __future__ import annotations

from functools import cache

import pytest

from bot.match import Matcher
from tests.support.alerts import alerted, titled_matcher

CASES = [
    ("gao-g5", "Mali", "Gao", "Suicide car bomb hits G5 Sahel base in Gao, three soldiers killed", "", "mali/Gao"),
    (
        "gao-sahel-en",
        "Mali",
        "Gao",
        "Jihadists attack army camp, killing 10",
        "Jihadists attacked an army camp in Gao, the latest in a wave of violence across the Sahel.",
        "mali/Gao",
    ),
    (
        "gao-sahel-fr",
        "Mali",
        "Gao",
        "Attaque jihadiste : 10 morts",
        "Des jihadistes ont attaqué un camp militaire à Gao, dernière d'une série de violences dans le Sahel.",
        "mali/Gao",
    ),
    (
        "gao-sahel-es",
        "Mali",
        "Gao",
        "Ataque yihadista deja 10 muertos",
        "Yihadistas atacaron un campamento militar en Gao, el último de una ola de violencia en el Sahel.",
        "mali/Gao",
    ),
    (
        "gao-sahel-pt",
        "Mali",
        "Gao",
        "Ataque jihadista deixa 10 mortos",
        "Jihadistas atacaram um quartel em Gao, o mais recente ataque da onda de violência no Sahel.",
        "mali/Gao",
    ),
    ("gao-g5-fr", "Mali", "Gao", "Attentat contre la base du G5 Sahel à Gao : trois soldats tués", "", "mali/Gao"),
    (
        "gaya-kano",
        "Niger",
        "Gaya",
        "Gunmen attack market, killing four",
        "Gunmen attacked the Gaya market, killing four; the governor of Kano condemned the attack and ordered the border closed.",
        "niger/Gaya",
    ),
    (
        "gaya-fr",
        "Niger",
        "Gaya",
        "Attaque au marché : quatre morts",
        "Des hommes armés ont attaqué le marché de Gaya ; des commerçants venus de Kano ont fui.",
        "niger/Gaya",
    ),
    (
        "gaya-troops",
        "Niger",
        "Gaya",
        "Bomb blast kills six",
        "A bomb blast killed six in Gaya; troops from Sokoto were deployed to the border.",
        "niger/Gaya",
    ),
    (
        "gaya-sport",
        "Niger",
        "Gaya",
        "Explosion kills five",
        "An explosion in Gaya killed five fans returning from a Kano Pillars match.",
        "niger/Gaya",
    ),
    (
        "gaya-lagos",
        "Niger",
        "Gaya",
        "Attack kills five",
        "An attack in Gaya killed five; traders from Lagos fled.",
        "niger/Gaya",
    ),
    (
        "bama-bf",
        "Burkina Faso",
        "Bama",
        "Attaque à Bama : trois morts",
        "Des hommes armés ont tué trois personnes à Bama ; un ressortissant originaire de Borno figure parmi les victimes.",
        "burkina/Bama",
    ),
    (
        "bol-cher",
        "Chad",
        "Bol",
        "Attaque : dix soldats tués",
        "Boko Haram a attaqué Bol ; un coopérant originaire du Cher figure parmi les blessés.",
        "chad/Bol",
    ),
    (
        "bol-gironde",
        "Chad",
        "Bol",
        "Attaque : dix soldats tués",
        "Boko Haram a attaqué Bol ; le ministre, élu de la Gironde, a condamné l'attaque.",
        "chad/Bol",
    ),
    (
        "lagos-faro",
        "Nigeria",
        "Lagos",
        "Explosion kills 8",
        "An explosion killed 8 in Lagos; the tanker was bound for Faro.",
        "nigeria/Lagos",
    ),
    (
        "victoria-sc",
        "Seychelles",
        "Victoria",
        "Stabbing in Victoria",
        "A man was stabbed in Victoria, police said; the suspect is from Santa Fe.",
        "seychelles/Victoria",
    ),
    (
        "lagos-porto",
        "Nigeria",
        "Lagos",
        "Explosion kills 8",
        "An explosion killed 8 in Lagos; the ship had arrived from Porto.",
        "nigeria/Lagos",
    ),
    (
        "lagos-lisboa-pt",
        "Nigeria",
        "Lagos",
        "Explosão mata 8",
        "Uma explosão matou 8 pessoas em Lagos; o navio vinha de Lisboa.",
        "nigeria/Lagos",
    ),
    (
        "lagos-guarda",
        "Nigeria",
        "Lagos",
        "Robbery kills 2",
        "Armed robbers killed a security guard in Lagos; the Guarda Civil of Spain issued a warning.",
        "nigeria/Lagos",
    ),
    (
        "gaya-comparison",
        "Niger",
        "Gaya",
        "Attack kills 12",
        "An attack in Gaya killed 12, an attack like the one in Borno last year.",
        "niger/Gaya",
    ),
]


@cache
def _matcher(country: str, town: str) -> Matcher:
    return titled_matcher(country, town)


@pytest.mark.parametrize(("case", "country", "town", "title", "summary", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_division_named_for_another_reason_leaves_the_watched_town_alerting(
    case: str, country: str, town: str, title: str, summary: str, expected: str
) -> None:
    assert expected in alerted(_matcher(country, town), title, summary), case
