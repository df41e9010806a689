"""Keyword senses, round senses26 (issues 16 and 20): a keyword in another sense beside the same
keyword in its security sense, in the five languages, with sentences written for this file (new
wording, not taken from any labelled set), the real gazetteer and the bundled security set.

The classes counted over every spent set (`match_*`, `places_blind` to `18`, `places_dev5`,
`wire_world`, `real_news`, the spent `languages_*`): an accident's blast (a gas cylinder, a
pipeline), figures of speech ("war of words", "held hostage" by a thing, "bombs at the box
office"), commerce ("a raid on reserves"), nature as the attacker (a crop disease, pests) and
sport (runners who attack, drivers who blast through a stage, wrestling bouts). Each trap below
sits beside the true attack told with the same keyword: the attack must alert (a real attack
missed is the worst error); the traps the matcher already turns away are kept so that no later
rule lets them back. A span of time before "of" ("weeks of train cancellations") measures the
agent of "held hostage by", it is not the agent (the one rule this round adds)."""

from __future__ import annotations

import pytest

from bot.match import Matcher
from tests.support.alerts import titled_matcher

ITEM_YEAR = 2026
PLACES = ("Tahoua", "Sikasso", "Nampula", "Cúcuta", "Mossoró", "Ouahigouya", "Mosul", "Kisumu")


def alerted(matcher: Matcher, text: str) -> set[str]:
    title, _, summary = text.partition(" || ")
    return {m.location for r in matcher.match(title, summary, ITEM_YEAR) for m in r.locations}


@pytest.fixture(scope="module")
def security() -> Matcher:
    return titled_matcher("Watched", *PLACES)


# (text, place, alerts): each true attack first, then its trap with the same keyword.
PAIRS = [
    (
        "Bomb explodes at Tahoua bus station, three dead || A bomb exploded at the bus station in Tahoua on "
        "Monday, killing three travellers, police said.",
        "Tahoua",
        True,
    ),
    (
        "Gas cylinder explodes in Tahoua restaurant || A gas cylinder exploded in a restaurant kitchen in "
        "Tahoua on Monday, injuring two cooks; firefighters blamed a leaking valve.",
        "Tahoua",
        False,
    ),
    (
        "Gunmen attack Sikasso market || Gunmen attacked the cattle market in Sikasso on Friday and killed four herders.",
        "Sikasso",
        True,
    ),
    (
        "Des hommes armés attaquent le marché de Sikasso || Des hommes armés ont attaqué vendredi le marché "
        "à bétail de Sikasso, tuant quatre éleveurs.",
        "Sikasso",
        True,
    ),
    (
        "Insurgentes atacam aldeia perto de Nampula || Insurgentes atacaram uma aldeia perto de Nampula na "
        "quinta-feira e mataram seis pessoas.",
        "Nampula",
        True,
    ),
    (
        "Hombres armados atacan un bus en Cúcuta || Hombres armados atacaron un bus en Cúcuta el sábado y "
        "mataron a dos pasajeros.",
        "Cúcuta",
        True,
    ),
    (
        "Explosão de bomba mata dois em Mossoró || Uma bomba explodiu numa agência bancária de Mossoró na "
        "madrugada de domingo e matou dois vigilantes.",
        "Mossoró",
        True,
    ),
    ("هجوم مسلح على سوق في الموصل || هاجم مسلحون سوقا في الموصل يوم الجمعة وقتلوا أربعة أشخاص.", "Mosul", True),
    (
        "Kisumu: gunmen hold 12 hostage in a bank || Gunmen held twelve people hostage in a bank in Kisumu "
        "for six hours on Tuesday before police stormed it.",
        "Kisumu",
        True,
    ),
    (
        "Kisumu family held hostage by gunmen for weeks of captivity || A family was held hostage by gunmen "
        "in Kisumu for weeks of captivity before police freed them on Monday.",
        "Kisumu",
        True,
    ),
    (
        "Kisumu commuters held hostage by train cancellations || Commuters in Kisumu said they were held "
        "hostage by weeks of train cancellations.",
        "Kisumu",
        False,
    ),
    (
        "Ouahigouya : attaque contre un poste de police || Des individus armés ont attaqué le poste de police "
        "de Ouahigouya dans la nuit de mardi, tuant deux agents.",
        "Ouahigouya",
        True,
    ),
    (
        "Investors attack the Kisumu property market || "
        "Short sellers attacked the property market in Kisumu this week, betting that prices will fall.",
        "Kisumu",
        False,
    ),
    (
        "Explosión de un cilindro de gas en un restaurante de Cúcuta || "
        "Un cilindro de gas explotó en la cocina de un restaurante de Cúcuta y dejó dos heridos.",
        "Cúcuta",
        False,
    ),
    (
        "Explosão de botijão de gás fere dois em Mossoró || "
        "Um botijão de gás explodiu numa casa de Mossoró e feriu duas pessoas.",
        "Mossoró",
        False,
    ),
    (
        "Explosion d'une bouteille de gaz à Tahoua || "
        "Une bouteille de gaz a explosé dans un restaurant de Tahoua, blessant deux cuisiniers.",
        "Tahoua",
        False,
    ),
    ("انفجار أسطوانة غاز في مطعم بالموصل || انفجرت أسطوانة غاز في مطعم بالموصل وأصيب عاملان.", "Mosul", False),
    (
        "Guerre des mots entre Ouahigouya et Ouagadougou || Les maires se livrent une guerre des mots sur le budget.",
        "Ouahigouya",
        False,
    ),
    ("حرب كلامية بين نواب الموصل || اندلعت حرب كلامية بين نواب الموصل حول الميزانية.", "Mosul", False),
    (
        "Sikasso cotton growers battle caterpillars that attack the crop || "
        "Fall armyworms attacked half the cotton fields around Sikasso, farmers said.",
        "Sikasso",
        False,
    ),
    (
        "Kisumu: hippo attacks fishermen on the lake || A hippopotamus attacked two fishermen near Kisumu on Sunday.",
        "Kisumu",
        False,
    ),
    (
        "Kisumu striker's late attack sinks visitors || Kisumu's forwards attacked from the first whistle and won 2-0.",
        "Kisumu",
        False,
    ),
    ("Mine collapse kills 12 near Ouahigouya || A gold mine collapsed near Ouahigouya, killing 12 miners.", "Ouahigouya", False),
    (
        "A dengue could kill the tourism sector in Nampula || "
        "Officials fear the dengue outbreak could kill the tourism sector in Nampula.",
        "Nampula",
        False,
    ),
    (
        "Nampula : cocktail explosif de prix et de pénuries || "
        "La flambée des prix et les pénuries forment un cocktail explosif à Nampula.",
        "Nampula",
        False,
    ),
]


@pytest.mark.parametrize(("text", "place", "alerts"), PAIRS)
def test_the_attack_alerts_and_the_trap_beside_it_does_not(security: Matcher, text: str, place: str, alerts: bool) -> None:
    assert (place in alerted(security, text)) is alerts
