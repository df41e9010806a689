"""Senses and frames read by class (issue 20, round senses25: `places_blind17` and
`languages_blind19` spent, with the older spent sets' false alerts and sense-caused misses).
Each class with sentences written for this file (not taken from any labelled set), over other
places than the sets' where the rule allows, with the real gazetteer as the running bot builds the
matcher, for a typed multilingual list (the sets' way) and the bundled set:

- a past deed told as one: a headline that counts years back from today ("Há cinco anos", "Five
  years on", "Três anos depois do ataque", "Diez años después") over a summary that dates its deed
  to a year before telling it ("Em maio de 2020, insurgentes ... mataram"); "N years since" the
  deed counts back as "ago" does, not "the first attack in five years since the truce";
- arms that keep a keyword's sense: bullets ("لهجوم بالرصاص", "قتل برصاص مجهولين", "stray
  bullets") in a sentence that also names a league, a road accident or an incident; explosives
  named as such ("atentado con explosivos" beside an oil spill, "derrame", also a stroke);
- a blast blamed on a fault anywhere in the item ("; a empresa atribui o acidente a uma falha numa
  válvula"), unless the fault is ruled out or arms are named;
- people killed at work against a disease: "Nurses fighting cholera killed", "enfermeiros que
  combatiam a cólera mortos", "مقتل ممرضين يكافحون الكوليرا" (a verb of fighting with the disease
  after it, near the killing); the disease that kills them ("Le choléra a tué deux infirmiers qui
  luttaient contre l'épidémie") and those who die of it stay medicine's;
- English "held hostage by" a thing (WordNet: never someone, a body of people nor an animal):
  "by six-hour delays", "by fuel scarcity"; gunmen, bandits, a gang, jihadists, names keep it."""

from __future__ import annotations

import pytest

from bot.match import Matcher
from bot.thing_nouns import THING_NOUNS
from tests.support.alerts import titled_matcher

# The items' own year, as the pipeline passes it (their published date's): the past deeds below
# are dated to years before it. Fixed, never the clock's, so the tests pass on any date.
ITEM_YEAR = 2026


def alerted(matcher: Matcher, text: str) -> set[str]:
    title, _, summary = text.partition(" || ")
    return {m.location for r in matcher.match(title, summary, ITEM_YEAR) for m in r.locations}


TYPED = (
    "keywords: [attack, ataque, attaque, هجوم, قتل, explosive, explosion, explosión, explosão, hostage, killed, "
    "matar, asesinar, tuer, massacre]"
)
BUNDLED = "keyword_sets: [security]"
PLACES = (
    "Tebessa",
    "Daraa",
    "Tumaco",
    "Kano",
    "Cotonou",
    "Barranquilla",
    "Camacari",
    "Kidal",
    "Mopti",
    "Beira",
    "Lagos",
    "Beni",
)


@pytest.fixture(scope="module")
def typed() -> Matcher:
    return titled_matcher("Watched", *PLACES, keywords=TYPED)


@pytest.fixture(scope="module")
def security() -> Matcher:
    return titled_matcher("Watched", *PLACES, keywords=BUNDLED)


PAST_DEEDS = [
    (
        "Five years on, Kidal survivors still wait for answers || In May 2019, gunmen attacked a market "
        "in Kidal and killed 14 traders.",
        "Kidal",
        False,
    ),
    (
        "Cinq ans après, Mopti n'a pas oublié || En mars 2019, des hommes armés ont attaqué le marché "
        "de Mopti et tué douze commerçants.",
        "Mopti",
        False,
    ),
    (
        "Diez años después, Tumaco sigue esperando justicia || En junio de 2015, un atentado con "
        "explosivos en el puerto de Tumaco mató a seis pescadores.",
        "Tumaco",
        False,
    ),
    (
        "Há cinco anos, a Beira chorava os seus mortos || Em maio de 2020, homens armados atacaram o "
        "mercado da Beira e mataram oito vendedores.",
        "Beira",
        False,
    ),
    ("Kano: twenty years since the massacre || It is twenty years since soldiers killed 30 herders near Kano.", "Kano", False),
    (
        "Beira: dez anos desde o massacre do mercado || Passaram dez anos desde que homens armados "
        "mataram 20 vendedores no mercado central da Beira.",
        "Beira",
        False,
    ),
    # today's deed, the past one named after it or counted within
    (
        "Gunmen kill five in Kidal, first attack in five years since the truce || Gunmen killed five "
        "soldiers in Kidal on Monday, the first such attack in five years since the truce.",
        "Kidal",
        True,
    ),
    (
        "Three years after the massacre, insurgents strike Beira again || Insurgents attacked Beira on "
        "Tuesday and killed five people, three years after the March 2021 raid.",
        "Beira",
        True,
    ),
    (
        "Diez años después, otro atentado en Tumaco || Un atentado con explosivos mató este martes a "
        "dos policías en Tumaco, diez años después del ataque de 2015.",
        "Tumaco",
        True,
    ),
    (
        "Cinq ans après, une nouvelle attaque frappe Mopti || Des hommes armés ont attaqué mardi un "
        "poste de Mopti et tué quatre soldats, selon l'armée.",
        "Mopti",
        True,
    ),
]

ARMS = [
    ("هجوم على دورية للجيش قرب تبسة || تعرضت دورية عسكرية لهجوم بالرصاص قرب تبسة ليلة الاثنين.", "Tebessa", True),
    ("مقتل رجل برصاص مجهولين في درعا || قتل رجل برصاص مجهولين في حادثة جديدة بمدينة درعا.", "Daraa", True),
    (
        "Man killed by stray bullets in Kano after road accident dispute || A man was killed by stray "
        "bullets in Kano on Monday after a dispute over a road accident, police said.",
        "Kano",
        True,
    ),
    (
        "Explosivos contra el oleoducto en Tumaco || Un atentado con explosivos contra el oleoducto en "
        "Tumaco provocó un derrame de crudo, informó Ecopetrol.",
        "Tumaco",
        True,
    ),
    # the figures stay figures
    ("انفجار فرحة في درعا بعد الفوز || انفجار فرحة في شوارع درعا بعد فوز الفريق في مباراة الدوري.", "Daraa", False),
    (
        "Kano football: Pillars attack the league with a new striker || Kano Pillars will attack the "
        "league title with a new striker, the coach said after training.",
        "Kano",
        False,
    ),
]

FAULTS = [
    (
        "Explosion at Kano flour mill injures four workers || An explosion tore through a flour mill in "
        "Kano on Tuesday, injuring four workers. The company blamed a faulty boiler valve.",
        "Kano",
        False,
    ),
    (
        "Explosion dans une usine de Cotonou : trois blessés || Une explosion a secoué mardi une usine "
        "de Cotonou, blessant trois ouvriers. La direction évoque une défaillance technique.",
        "Cotonou",
        # round 19e: a fault counts only after a word of cause ("due à", "causée par"); "évoque"
        # names no cause, and a missed attack costs more than this false alert
        True,
    ),
    (
        "Explosión en planta de Barranquilla deja dos heridos || Una explosión en una planta química de "
        "Barranquilla dejó dos operarios heridos. La empresa atribuyó el hecho a una falla eléctrica.",
        "Barranquilla",
        False,
    ),
    (
        "Explosão em fábrica de Camaçari fere dois operários || Uma explosão numa caldeira de uma "
        "fábrica de Camaçari feriu dois operários; a empresa atribui o acidente a uma falha técnica.",
        "Camacari",
        False,
    ),
    (
        "Explosion at Kano police station kills four || An explosion at a police station in Kano killed "
        "four officers on Tuesday. Police ruled out a fault and blamed Boko Haram.",
        "Kano",
        True,
    ),
    (
        "Explosion à Cotonou : un engin tue deux policiers || Une explosion a tué deux policiers à "
        "Cotonou. Les enquêteurs écartent une défaillance technique : des hommes armés ont posé l'engin.",
        "Cotonou",
        True,
    ),
    (
        "Explosión en estación de policía de Barranquilla || Una explosión en una estación de policía "
        "de Barranquilla dejó dos agentes heridos. La Fiscalía descarta una falla: fue un artefacto "
        "explosivo lanzado por sicarios.",
        "Barranquilla",
        True,
    ),
    (
        "Explosão em agência bancária de Camaçari || Criminosos explodiram um caixa eletrônico em "
        "Camaçari na madrugada; a polícia descarta falha técnica e procura a quadrilha.",
        "Camacari",
        True,
    ),
]

HOSTAGES = [
    (
        "Lagos commuters held hostage by fuel scarcity || Commuters in Lagos say they are held hostage by fuel scarcity.",
        "Lagos",
        False,
    ),
    (
        "Kano traders held hostage by power cuts || Traders in Kano say they have been held hostage by "
        "daily power cuts for a month.",
        "Kano",
        False,
    ),
    (
        "Patients held hostage by the strike in Lagos || Patients in Lagos say they are held hostage by "
        "the strike at public hospitals.",
        "Lagos",
        False,
    ),
    (
        "Gunmen hold 12 hostage in Lagos bank || Twelve customers were held hostage by gunmen in a "
        "Lagos bank on Monday, police said.",
        "Lagos",
        True,
    ),
    (
        "Truck drivers held hostage by jihadists near Kidal || Five truck drivers were held hostage by "
        "jihadists near Kidal, local officials said.",
        "Kidal",
        True,
    ),
    (
        "Villagers held hostage by bandits near Kano || Dozens of villagers were held hostage by "
        "bandits in a forest near Kano, residents said.",
        "Kano",
        True,
    ),
    (
        "Guests held hostage by Boko Haram in Kano hotel || Guests were held hostage by Boko Haram "
        "fighters in a Kano hotel overnight.",
        "Kano",
        True,
    ),
    (
        "Missionaries held hostage by a gang in Lagos || Seventeen missionaries were held hostage by a "
        "gang in Lagos, officials said.",
        "Lagos",
        True,
    ),
]


FIGHTING_A_DISEASE = [
    (
        "Nurses fighting cholera killed in Beni || Two nurses fighting a cholera outbreak were killed "
        "in Beni on Monday, health officials said.",
        "Beni",
        True,
    ),
    (
        "Health workers battling cholera killed in Kano || Three health workers battling cholera were "
        "killed in Kano, police said.",
        "Kano",
        True,
    ),
    (
        "Enfermeiros que combatiam a cólera mortos na Beira || Dois enfermeiros que combatiam um surto "
        "de cólera foram mortos na Beira.",
        "Beira",
        True,
    ),
    (
        "Asesinan a médicos que combatían el dengue en Tumaco || Dos médicos que combatían el dengue "
        "fueron asesinados en Tumaco.",
        "Tumaco",
        True,
    ),
    (
        "Des infirmiers luttant contre le choléra tués à Cotonou || Deux infirmiers luttant contre le "
        "choléra ont été tués à Cotonou.",
        "Cotonou",
        True,
    ),
    ("مقتل ممرضين يكافحون الكوليرا في درعا || قتل ممرضان يكافحان الكوليرا في درعا.", "Daraa", True),
    (
        "Kano health teams fighting cholera say outbreak killed 12 || Health teams fighting cholera in "
        "Kano say the outbreak killed 12 people this week.",
        "Kano",
        False,
    ),
    (
        "Ebola kills two nurses fighting the outbreak in Beni || Ebola killed two nurses who were "
        "fighting the outbreak in Beni, the ministry said.",
        "Beni",
        False,
    ),
    (
        "Enfermeiros que combatiam a cólera morreram da doença na Beira || Dois enfermeiros que "
        "combatiam a cólera morreram da doença na Beira.",
        "Beira",
        False,
    ),
    (
        "Le choléra tue deux infirmiers qui luttaient contre l'épidémie à Cotonou || Le choléra a tué "
        "deux infirmiers qui luttaient contre l'épidémie à Cotonou.",
        "Cotonou",
        False,
    ),
    ("Cholera kills 12 in Kano || Cholera killed 12 people in Kano this week, health officials said.", "Kano", False),
]


@pytest.mark.parametrize(("text", "location", "alerts"), PAST_DEEDS + ARMS + FAULTS + HOSTAGES + FIGHTING_A_DISEASE)
def test_typed_keywords_of_round_twenty_five(typed: Matcher, text: str, location: str, alerts: bool) -> None:
    assert (location in alerted(typed, text)) == alerts


@pytest.mark.parametrize(("text", "location", "alerts"), PAST_DEEDS + ARMS + FAULTS + HOSTAGES + FIGHTING_A_DISEASE)
def test_bundled_set_of_round_twenty_five(security: Matcher, text: str, location: str, alerts: bool) -> None:
    assert (location in alerted(security, text)) == alerts


def test_the_thing_nouns_are_no_agents() -> None:
    """WordNet's things, never someone: delays and strikes are; gunmen, gangs and queues (a line
    of people) are not."""
    assert {"strike", "budget", "fuel", "scarcity"} <= THING_NOUNS
    assert not {"gunman", "bandit", "gang", "queue", "jihadist"} & THING_NOUNS
    # round 19e: the top heads, people fighting, and times ("delay" too, a time first: "held
    # hostage by delays" alerts, as a missed hostage-taking costs more)
    assert not {"person", "persons", "group", "element", "elements", "insurgency", "uprising", "yesterday", "today"} & THING_NOUNS
