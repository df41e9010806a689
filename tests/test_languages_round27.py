"""Round 27 of issue 20: the errors of the spent languages sets (`languages_blind` to
`_blind21`) and the keyword-sense errors of the other spent sets, classed by cause, the classes
that knowledge reaches fixed.

- Portuguese and Spanish, a keyword's verb read in a noun: Snowball stems "mato" and "mata" (the
  bush, the forest: "fugiram para o mato", "escondidos na mata", "en la mata") as "matar". A
  finite verb never follows an article; a form of a keyword's verb of the first conjugation
  right after a preposition fused with the article ("no", "pela", "del") or after a preposition
  and the article ("para o", "en la") is that noun, unless the bundled vocabulary lists the
  form as a word of violence itself ("no assalto", "do rapto").

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from tests.support.alerts import alert_of, alerted, typed_matcher

_TYPED = "attack, kill, ataque, matar, assaltar, raptar, asesinar, هجوم, قتل"


@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        (
            "Mozambique",
            "Chiure",
            "Chiúre: deslocados regressam às machambas",
            "Os deslocados que fugiram para o mato regressaram às suas machambas em Chiúre.",
        ),
        (
            "Brazil",
            "Altamira",
            "Altamira: onça é avistada na mata perto da cidade",
            "Uma onça foi avistada na mata perto de Altamira, disseram os moradores.",
        ),
        (
            "Brazil",
            "Maraba",
            "Marabá: polícia faz buscas no mato",
            "A polícia fez buscas no mato à procura de gado roubado em Marabá.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Tumaco: campesinos siembran cacao en la mata de monte",
            "Campesinos de Tumaco sembraron cacao entre la mata de monte de sus fincas.",
        ),
    ],
)
def test_the_bush_and_the_forest_are_no_killing(country: str, town: str, title: str, summary: str) -> None:
    assert alerted(typed_matcher(country, town, _TYPED), title, summary) == set()


@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        (
            "Mozambique",
            "Chiure",
            "Insurgentes matam dois camponeses em Chiúre",
            "Os atacantes fugiram depois para o mato.",
        ),
        (
            "Brazil",
            "Altamira",
            "Altamira: pistoleiro que mata por encomenda é preso",
            "A polícia prendeu em Altamira um pistoleiro que mata por encomenda.",
        ),
        (
            "Brazil",
            "Maraba",
            "Marabá: homem mata vizinho a facadas",
            "Um homem mata o vizinho a facadas num bairro de Marabá.",
        ),
        (
            "Mozambique",
            "Chiure",
            "Chiúre: dois mortos no assalto a uma loja",
            "Dois comerciantes morreram no assalto a uma loja em Chiúre.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Disidencias matan a dos soldados en Tumaco",
            "Los atacantes huyeron hacia la mata de monte.",
        ),
    ],
)
def test_the_verb_and_its_own_nouns_still_alert(country: str, town: str, title: str, summary: str) -> None:
    assert alerted(typed_matcher(country, town, _TYPED), title, summary) == alert_of(country, town)


# - Every language, history: a verb of remembering before a keyword, in a sentence that names
#   the year of the deed (however old: "de 1855"), tells of that past deed, whatever weekday the
#   remembering was held. (A headline that counts years back over a sentence dated to an older
#   year is history only when the item's own year is known: `tests/test_review21c.py`.)
@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        (
            "Mozambique",
            "Montepuez",
            "Montepuez recorda as vítimas de 2003",
            "Os moradores de Montepuez recordaram no sábado os camponeses mortos nos ataques de 2003, com uma "
            "missa na sede distrital.",
        ),
        (
            "Peru",
            "Juliaca",
            "Juliaca recuerda a sus muertos",
            "La ciudad de Juliaca recordó este lunes a los 18 manifestantes muertos en los enfrentamientos de "
            "enero de 2023 con la policía.",
        ),
        (
            "Angola",
            "Cassinga",
            "Cassinga assinala aniversário",
            "A comunidade relembrou a batalha de 1978, quando os ataques aéreos mataram centenas em Cassinga.",
        ),
        (
            "Iraq",
            "Tikrit",
            "تكريت تستذكر ضحايا مجزرة سبايكر",
            "استذكر أهالي تكريت ضحايا مجزرة سبايكر التي قتل فيها مئات الطلاب عام 2014.",
        ),
        (
            "Lebanon",
            "Qana",
            "قانا: 29 عاماً على المجزرة",
            "يستذكر أهالي قانا القصف الإسرائيلي الذي استهدف مقر الأمم المتحدة عام 1996.",
        ),
    ],
)
def test_a_past_deed_remembered_is_history(country: str, town: str, title: str, summary: str) -> None:
    assert alerted(typed_matcher(country, town, _TYPED), title, summary) == set()


@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        # today's deed beside a remembrance: its own day, or done again
        (
            "Mozambique",
            "Montepuez",
            "Insurgentes atacam Montepuez",
            "Insurgentes atacaram ontem uma aldeia de Montepuez e mataram três pessoas. A população ainda recorda "
            "os ataques de 2003.",
        ),
        (
            "Peru",
            "Juliaca",
            "Juliaca: matan a dos comerciantes",
            "Sicarios mataron a dos comerciantes en el mercado de Juliaca este martes.",
        ),
        (
            "Mozambique",
            "Mocimboa da Praia",
            "Cinco anos depois, insurgentes voltam a atacar Mocímboa da Praia",
            "Insurgentes atacaram hoje de novo Mocímboa da Praia e mataram quatro pessoas, cinco anos depois da "
            "ocupação de 2020.",
        ),
        (
            "Iraq",
            "Tikrit",
            "هجوم مسلح على نقطة أمنية في تكريت",
            "قتل جنديان اليوم في هجوم على نقطة أمنية في تكريت.",
        ),
    ],
)
def test_todays_deed_beside_a_remembrance_still_alerts(country: str, town: str, title: str, summary: str) -> None:
    assert alerted(typed_matcher(country, town, _TYPED), title, summary) == alert_of(country, town)


def test_the_deeds_after_a_count_of_years_under_a_remembering_headline_are_history() -> None:
    matcher = typed_matcher("Burkina Faso", "Djibo", _TYPED)
    title = "Two years on, Djibo remembers the siege's deadliest attack"
    summary = (
        "Residents of Djibo on Friday marked two years since jihadists stormed the town and killed "
        "hundreds, the deadliest attack of the siege."
    )
    assert alerted(matcher, title, summary) == set()


def test_a_deed_before_the_count_of_years_is_todays() -> None:
    matcher = typed_matcher("Burkina Faso", "Djibo", _TYPED)
    title = "Two years on, Djibo remembers the siege"
    summary = "Jihadists attacked Djibo on Monday and killed nine traders, two years since the deadliest attack of the siege."
    assert alerted(matcher, title, summary) == alert_of("Burkina Faso", "Djibo")


def test_the_killer_after_its_article_is_still_the_deeds() -> None:
    matcher = typed_matcher("Mozambique", "Chiure", _TYPED)
    title = "Chiúre: família pede justiça"
    summary = "A família pede a captura do assassino, foragido desde março, em Chiúre."
    assert alerted(matcher, title, summary) == alert_of("Mozambique", "Chiure")
