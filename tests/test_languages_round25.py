"""Round 25 of issue 20: the spent languages sets' errors (`languages_blind` to `_blind19`)
classed by language and cause, the largest classes that knowledge reaches fixed.

- Portuguese and Spanish: "tiros", the shots ("ouviram tiros", "tiros junto à esquadra"), the
  plural noun the press writes for gunfire as French writes "tirs", was no keyword: Snowball
  stems it as "tirar" (to take, to throw). The noun keeps a stem of its own ("tiro"), so that
  "tirou a foto" is still no shot, and it joins the security words and the meaning "shooting";
  the football, target-shooting and figurative senses of "tir" stand for it ("tiro livre",
  "tiro ao alvo", "um tiro no pé", "a tiro de piedra").
- Every language: a typed "kill" brings the beheaded ("decapitado", "décapité"), a typed
  "attack" the "atentado" and the "attentat": a beheading is a killing, an atentado an attack,
  as a bilingual dictionary says.
- Spanish and Portuguese: "la estación de Policía de X", "o posto da Polícia de X" is a police
  building standing in the town, not the town's police speaking from home (as "la Policía de
  X detuvo" is).
- Arabic: a name spelt with other vowel letters than its guessed spelling keeps the preposition
  written onto it ("ببورم" for "بوريم": in Bourem), as its own spelling does.
- Spanish and Portuguese: a saint's title before a given name ("San Pedro Tlaquepaque") opens a
  place's longer name; the name after the given name is no surname.

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from bot.match import Matcher
from tests.support.alerts import alert_of, alerted, titled_matcher, typed_matcher


def _bundled(country: str, town: str) -> Matcher:
    return titled_matcher(country, town)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Mozambique", "Montepuez", "Moradores de Montepuez ouviram tiros durante toda a noite perto do mercado central"),
        ("Brazil", "Itabuna", "Tiros assustam moradores de Itabuna na madrugada de domingo"),
        ("Angola", "Saurimo", "Saurimo: tiros junto ao posto fronteiriço durante a noite, diz a polícia"),
        ("Colombia", "Tumaco", "Se escucharon tiros durante dos horas en el barrio Nuevo Milenio de Tumaco"),
    ],
)
def test_the_shots_are_gunfire(country: str, town: str, text: str) -> None:
    assert alerted(_bundled(country, town), text) == alert_of(country, town)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Brazil", "Itabuna", "Itabuna vence com gol de tiro livre nos acréscimos"),
        ("Brazil", "Itabuna", "Clube de tiro ao alvo de Itabuna abre inscrições"),
        ("Brazil", "Itabuna", "Aumento da tarifa seria um tiro no pé para o comércio de Itabuna, diz associação"),
        ("Brazil", "Itabuna", "Prefeito de Itabuna tirou férias e viajou para Salvador"),
        ("Colombia", "Tumaco", "El hotel está a tiro de piedra de la playa de Tumaco"),
        ("Colombia", "Tumaco", "Tumaco gana el torneo con dos tiros libres en el segundo tiempo"),
    ],
)
def test_the_shots_of_sport_figures_and_taking_are_not(country: str, town: str, text: str) -> None:
    assert alerted(_bundled(country, town), text) == set()


@pytest.mark.parametrize(
    ("keywords", "text"),
    [
        ("kill, matar", "Cabo Delgado: insurgentes decapitaram dois camponeses em Macomia"),
        ("tiroteio", "Macomia: tiros contra uma viatura da polícia na estrada nacional"),
        ("attack, ataque", "Atentado contra o comando distrital de Macomia faz três feridos"),
    ],
)
def test_a_typed_word_brings_its_meanings_new_words(keywords: str, text: str) -> None:
    assert alerted(typed_matcher("Mozambique", "Macomia", keywords), text) == alert_of("Mozambique", "Macomia")


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Colombia", "Suarez, Cauca", "Disidencias atacan con drones la estación de Policía de Suárez, en el norte del Cauca"),
        ("Mozambique", "Mueda", "Insurgentes atacam o posto da Polícia de Mueda, em Cabo Delgado, e levam armas"),
    ],
)
def test_a_police_building_stands_in_its_town(country: str, town: str, text: str) -> None:
    assert alerted(_bundled(country, town), text) == alert_of(country, town)


def test_the_towns_police_still_speaks_from_home() -> None:
    matcher = _bundled("Colombia", "Popayan")
    text = "La Policía de Popayán capturó a dos sospechosos del ataque en Argelia, en el sur del Cauca"
    assert alerted(matcher, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "هجوم مسلح ببورم يوقع قتلى في صفوف الجيش",  # "in Bourem", spelt without the yaa of "بوريم"
        "قتلى باشتباكات عنيفة ببورم شمال مالي",
    ],
)
def test_a_preposition_on_a_name_spelt_with_other_vowels_is_in(text: str) -> None:
    assert alerted(_bundled("Mali", "Bourem"), text) == alert_of("Mali", "Bourem")


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Mexico", "Tlaquepaque", "Asesinan a un policía en la colonia El Órgano, en San Pedro Tlaquepaque"),
        ("Guatemala", "Sacatepequez", "Ataque armado contra un bus en San Pedro Sacatepéquez deja dos muertos"),
    ],
)
def test_a_saints_given_name_opens_a_place_name_not_a_persons(country: str, town: str, text: str) -> None:
    assert alerted(_bundled(country, town), text) == alert_of(country, town)


def test_a_given_name_before_the_name_is_still_a_person() -> None:
    assert alerted(_bundled("Mexico", "Tlaquepaque"), "El boxeador Pedro Tlaquepaque fue asesinado en Tijuana") == set()
