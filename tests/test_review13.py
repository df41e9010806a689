"""Fixes from the review of session 12's merged rounds, made in session 13: each test fails on the
code before them.

- Portuguese and Spanish "fuga", "fogem" and Arabic "فرار", "هروب" are flight in general: beside a
  prison or its inmates they tell a prison break, otherwise people fleeing ("milhares fogem dos
  ataques", "فرار آلاف المدنيين"), which is no break (story19 read every one as an escape, and an
  escape beside an arrest as a recapture).
- An event people attend is no thing of words, whatever file WordNet puts it in: "gunmen attacked
  a concert" is an attack (places18's list took "concert", "recital", "premiere" as figures).

Real parts: the tokenizer and the grouper's reading of events."""

from __future__ import annotations

import pytest

from bot.abstract_nouns import ABSTRACT_NOUNS
from bot.incident import events_in
from bot.textnorm import tokenize
from tests.support.alerts import alerted, titled_matcher

LANGS = ("pt", "es", "ar", "en", "fr")


@pytest.mark.parametrize(
    ("text", "langs"),
    [
        ("Milhares fogem dos ataques em Macomia", ("pt", "en", "fr")),
        ("Fuga em massa de civis após ataque a Mocímboa", ("pt", "en", "fr")),
        ("فرار آلاف المدنيين من القتال في الفاشر", ("ar", "en", "fr")),
        ("هروب السكان من القرى بعد هجوم مسلح", ("ar", "en", "fr")),
    ],
)
def test_people_fleeing_are_no_prison_break(text: str, langs: tuple[str, ...]) -> None:
    assert "escape" not in events_in(tokenize(text), langs)


@pytest.mark.parametrize(
    ("text", "langs"),
    [
        ("Fuga em massa de presos da cadeia de Nampula", ("pt", "en", "fr")),
        ("Se fugan 40 reos del penal de Puente Grande", ("es", "en", "fr")),
        ("فرار سجناء من سجن في سبها", ("ar", "en", "fr")),
        ("هروب عشرات النزلاء في الزاوية", ("ar", "en", "fr")),
        # Words that only name a break, or those who escaped, stay a break alone.
        ("Niger : évasion massive à Niamey", ("fr", "en")),
        ("Polícia procura evadidos em Maputo", ("pt", "en", "fr")),
        ("ملاحقة الفارين والقبض على 12 منهم", ("ar", "en", "fr")),
        ("Dozens escape as gunmen storm Kuje", ("en", "fr")),
    ],
)
def test_a_flight_from_a_prison_is_a_break(text: str, langs: tuple[str, ...]) -> None:
    assert "escape" in events_in(tokenize(text), langs)


def test_the_flight_keeps_the_attack_it_follows() -> None:
    """Reading the flight as no break leaves the attack the people fled as the report's event."""
    assert events_in(tokenize("Milhares fogem dos ataques em Macomia"), ("pt", "en", "fr")) == ["armed"]


def test_an_attack_on_an_event_people_attend_alerts() -> None:
    assert ABSTRACT_NOUNS.isdisjoint({"concert", "recital", "premiere", "matinee", "benefit"})
    assert {"bill", "report", "programme", "budget"} <= ABSTRACT_NOUNS  # still figures
    matcher = titled_matcher("Nigeria watch", "Kaduna")
    assert alerted(matcher, "Attack on a concert in Kaduna leaves five dead", "") != set()
    assert alerted(matcher, "Youths attacked the concert in Kaduna", "") != set()
    assert alerted(matcher, "Kaduna lawmakers killed the bill", "") == set()
