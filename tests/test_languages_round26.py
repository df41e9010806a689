"""Round 26 of issue 20: keyword errors of the spent languages sets (`languages_blind` to
`_blind20`), classed by cause, the classes that knowledge reaches fixed.

- English, accidents: Snowball cuts an agent's "-er" to the deed's stem ("attackers",
  "kidnappers": rightly the keyword), and so "firefighters" to "firefight", the keyword of a gun
  battle. Every report of a fire or a collapse names the firefighters ("firefighters said"):
  the firefighter keeps a stem of his own (the one such word among English "-er" words).
- Every language: a typed "ambush" (or "embuscade", "كمين") brings "emboscada" and its verb
  ("emboscaram", "emboscaron"), as a bilingual dictionary translates it.
- Every language, weather: the wind that brings a roof or a tree down and kills ("vendaval",
  "ventarrón", "tempête", "windstorm") is weather's toll, as a flood's or a storm's is.
- Arabic: Somali "dh", a retroflex stop, is written ط ("طوسمريب", Dhusamareb; "طوبلي",
  Dhobley), and the hard g of a name spelt in French ("gu") is written ك as often as غ or ق
  ("ماساكيت", Massaguet): a typed name is read so in Arabic script; the hard g only in a word
  of four letters or more, as a short word so read spells too many names.

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from bot.arabic import latin_keys, normalize, spells
from tests.support.alerts import alert_of, alerted, titled_matcher, typed_matcher

_TYPED = "attack, ambush, kill, clash, attaque, embuscade, tuer, ataque, matar, هجوم, قتل, كمين"


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Nigeria", "Kaduna", "Firefighters battle blaze at Kaduna textile market"),
        ("Nigeria", "Kaduna", "Firefighting crews contain warehouse fire in Kaduna"),
        ("Ghana", "Tamale", "Firefighters rescue two after building collapse in Tamale, one dead"),
    ],
)
def test_firefighters_are_no_firefight(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Nigeria", "Kaduna", "Soldiers killed in firefight with bandits near Kaduna"),
        ("Nigeria", "Kaduna", "Gunmen attack Kaduna market; firefighters put out the blaze"),
        ("Nigeria", "Kaduna", "Attackers torch police station in Kaduna"),
    ],
)
def test_the_firefight_and_attackers_still_alert(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == alert_of(country, town)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Mozambique", "Mocimboa da Praia", "Insurgentes emboscaram uma patrulha das FDS perto de Mocímboa da Praia"),
        ("Angola", "Cuito", "Patrulha da polícia cai numa emboscada à saída do Cuito"),
        ("Colombia", "Tumaco", "Disidencias emboscaron a una patrulla del Ejército en zona rural de Tumaco"),
        ("Peru", "Pichari", "Emboscada contra una patrulla militar en Pichari, Cusco"),
    ],
)
def test_a_typed_ambush_brings_emboscada(country: str, town: str, text: str) -> None:
    assert alerted(typed_matcher(country, town, _TYPED), text) == alert_of(country, town)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Mozambique", "Montepuez", "Vendaval arranca telhado de escola e mata criança em Montepuez"),
        ("Colombia", "Tumaco", "Un ventarrón derriba un árbol y mata a un niño en Tumaco"),
        ("Niger", "Tahoua", "La tempête a tué deux personnes à Tahoua, selon la protection civile"),
        ("Nigeria", "Kaduna", "A windstorm killed two people and blew off roofs in Kaduna"),
    ],
)
def test_the_wind_that_kills_is_weather(country: str, town: str, text: str) -> None:
    assert alerted(typed_matcher(country, town, _TYPED), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Mozambique", "Montepuez", "Homens armados matam dois camponeses em Montepuez durante o vendaval"),
        ("Niger", "Tahoua", "Des hommes armés tuent deux civils près de Tahoua malgré la tempête"),
    ],
)
def test_a_killing_in_a_storm_still_alerts(country: str, town: str, text: str) -> None:
    assert alerted(typed_matcher(country, town, _TYPED), text) == alert_of(country, town)


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [("طوسمريب", "dhusamareb"), ("طوبلي", "dhobley"), ("بارطيري", "bardhere"), ("ماساكيت", "massaguet")],
)
def test_somali_dh_and_the_french_gu_are_spelt(arabic: str, latin: str) -> None:
    assert spells(normalize(arabic), latin)


def test_a_short_word_is_no_hard_g() -> None:
    assert not spells(normalize("كري"), "guiria")
    assert spells(normalize("كري"), "kiri")


def test_a_name_with_dh_is_looked_up_by_both_readings() -> None:
    assert latin_keys("dhusamareb") == ("dsmrb", "tsmrb")
    assert latin_keys("tombouctou") == ("tmbkt",)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Somalia", "Dhobley", "اشتباكات عنيفة قرب طوبلي بين الجيش الصومالي ومقاتلي الشباب"),
        ("Somalia", "Dhusamareb", "انفجار سيارة مفخخة قرب مقر حكومي في طوسمريب"),
        ("Chad", "Massaguet", "مقتل تاجر في سطو مسلح على متجره بماساكيت"),
    ],
)
def test_the_arabic_press_spelling_alerts(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == alert_of(country, town)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Somalia", "Dhobley", "مباراة ودية في طوبلي تنتهي بالتعادل"),
        ("Chad", "Massaguet", "افتتاح سوق جديد في ماساكيت"),
    ],
)
def test_the_spelling_alone_is_no_alert(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == set()
