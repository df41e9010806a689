"""Fixes from the review of session 12's merged rounds, made in session 13: each test fails on the
code before them.

- Portuguese and Spanish "fuga", "fogem" and Arabic "فرار", "هروب" are flight in general: beside a
  prison or its inmates they tell a prison break, otherwise people fleeing ("milhares fogem dos
  ataques", "فرار آلاف المدنيين"), which is no break (story19 read every one as an escape, and an
  escape beside an arrest as a recapture).
- An event people attend is no thing of words, whatever file WordNet puts it in: "gunmen attacked
  a concert" is an attack (places18's list took "concert", "recital", "premiere" as figures); nor
  is a noun with a thing to strike among its three usual senses ("homestead", "memorial") or in
  its other number ("premises" of "premise").
- The other field's figure of a word does not make it one where it acts on someone or something
  of its own ("Kaduna lawmakers attack budget" over "a mob attacked a police station in Kaduna").
- A body's premises, or a bank in lower case, named after a place stand in it only when no
  other town is said to hold them ("a Kano bank branch in Lagos", "Niger Insurance headquarters
  in Lagos": storymiss made both a site of the place they are named after).
- An Arabic noun in the indefinite accusative ("يقتحمون بنكا", they storm a bank) is no town's
  name: the dateline's city stays the scene (a village of Iran named "بنكا" took it away).

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
        # the internally displaced are not inmates, nor are the arrested; fire is no flight
        ("Milhares de deslocados internos fogem de novos ataques em Macomia", ("pt", "en", "fr")),
        ("Suspeitos em fuga; dois foram presos pela polícia", ("pt", "en", "fr")),
        ("Fogo destrói pavilhão da cadeia de Pemba", ("pt", "en", "fr")),
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


def test_a_thing_to_strike_in_a_nouns_usual_senses_or_other_number_is_no_figure() -> None:
    assert ABSTRACT_NOUNS.isdisjoint({"homestead", "memorial", "premise", "press", "judges"})
    matcher = titled_matcher("Nigeria watch", "Kaduna")
    assert alerted(matcher, "Unknown men attacked a homestead in Kaduna overnight", "") != set()


def test_a_word_acting_on_someone_keeps_its_sense_whatever_the_other_field_says() -> None:
    matcher = titled_matcher("Nigeria watch", "Kaduna")
    mob = "Separately, a mob attacked a police station in Kaduna on Friday, injuring three officers."
    assert alerted(matcher, "Kaduna lawmakers attack budget", mob) == {"nigeria/Kaduna"}
    # the figure still carries to a use with no object of its own to harm
    assert alerted(matcher, "Kaduna lawmakers attack budget", "Lawmakers in Kaduna attacked the budget on Friday.") == set()


def test_premises_or_a_bank_in_another_town_are_not_the_namesakes() -> None:
    nigeria = titled_matcher("Nigeria watch", "Kano", "Lagos")
    assert alerted(nigeria, "Gunmen attack Kano bank branch in Lagos", "") == {"nigeria/Lagos"}
    niger = titled_matcher("Niger watch", "Niger")
    assert alerted(niger, "Gunmen attack Niger Insurance headquarters in Lagos", "") == set()
    afghanistan = titled_matcher("Afghanistan watch", "Kabul", "Jalalabad")
    assert alerted(afghanistan, "Blast hits Kabul bank in city centre", "") == {"afghanistan/Kabul"}


def test_an_arabic_noun_in_the_accusative_is_no_scene_elsewhere() -> None:
    from bot.falsefriends import is_arabic_accusative

    assert is_arabic_accusative("بنكا") and is_arabic_accusative("حارسا")
    assert not any(is_arabic_accusative(name) for name in ("كسلا", "حيفا", "قنا", "طنطا"))  # towns' own alef
    matcher = titled_matcher("Nigeria watch", "Kaduna")
    assert alerted(matcher, "كادونا: مسلحون يقتحمون بنكا ويقتلون حارسا", "") == {"nigeria/Kaduna"}
