"""Senses, homes, arrivals and Arabic everyday words read as an analyst reads them (issue 20,
round 13: the tenth blind languages set spent as development). Each class with sentences written
for this file (not taken from any labelled set), over other places than the set's, with the real
gazetteer as the running bot builds the matcher, and sentences each rule must leave alone:

- keywords in another sense: a flavour or vitamin "bomb", "attaqué en justice" (sued), a blast
  blamed on a fault or a leak, fireworks mistaken for blasts, a train that derails and a light
  plane that crashes, pests fought in the fields, hotel occupancy and informal trade that
  "explode"; "granada" keeps its own stem (Snowball's "gran" is also "grano", grain);
- what is discussed of violence ("discutiram a resposta aos ataques", "لبحث تداعيات الهجمات"),
  and an adjective after its noun sharing the noun's frame ("إنهاء الاشتباكات المسلحة");
- a town people arrive at after a time phrase ("llegaron durante el fin de semana a ...");
- a town's Arabic name that is a frequent Arabic noun or verb ("تدمر", it destroys; "جوهر",
  the essence) counts only where a place can stand; the names of towns frequent because of the
  towns ("إدلب", "درعا") do not;
- a young man, a driver, a citizen "from" a town, and its notables, are its home; "ب" on a
  frequent word ("بسكين", with a knife) and a demonym after a person ("شاب سوري") are no scene;
  "ل" or "ب" that begins a frequent word ("ولجنة", and a committee) is no preposition.
"""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.falsefriends import arabic_place_context
from bot.geo import load_gazetteer
from bot.geo.resolve import _everyday_in_arabic
from bot.keywords import stem
from bot.match import Matcher, placed_matcher
from bot.textnorm import fold, tokenize
from tests.support.alerts import alerted

CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  colombia:
    title: Colombia and Peru
    locations:
      - name: Tumaco
      - name: Ayacucho
    keyword_sets: [security]
  peru:
    title: Peru (a typed list, no word of derailment)
    locations:
      - name: Huancayo
    keywords: [matar, ataque, explosión, granada]
  mozambique:
    title: Mozambique and Ivory Coast
    locations:
      - name: Pemba
      - name: Abidjan
    keyword_sets: [security]
  kenya:
    title: Kenya
    locations:
      - name: Mombasa
    keyword_sets: [security]
  libya:
    title: Libya
    locations:
      - name: Misrata
    keyword_sets: [security]
  syria:
    title: Syria
    locations:
      - name: Palmyra
      - name: Manbij
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer())


# --- keywords in another sense -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("Mango de Tumaco, 'una bomba de vitaminas' según los nutricionistas", False),
        ("Explota una bomba en un mercado de Tumaco", True),
        ("Abidjan : la mairie attaquée en justice par des commerçants du Plateau", False),
        ("Abidjan : des hommes armés attaquent un commissariat à Abobo", True),
        ("Explosion at Mombasa oil terminal blamed on a faulty valve", False),
        ("Explosion at Mombasa market kills three, police suspect a bomb", True),
        ("دوي انفجارات في مصراتة تبين أنها مفرقعات احتفالا بالعيد", False),
        ("انفجار سيارة مفخخة في مصراتة يقتل ثلاثة", True),
        ("Comboio de carga descarrila perto de Huancayo e mata dois maquinistas", False),
        ("Avioneta se estrelló en Huancayo; murieron el piloto y un pasajero", False),
        ("Sicarios matan a dos policías en Huancayo", True),
        ("Productores de Ayacucho piden ayuda para combatir la plaga de langostas", False),
        ("Pemba bate recorde de ocupação hoteleira e o turismo explode", False),
        ("Le commerce informel explose à Abidjan depuis la fin du confinement", False),
        ("Huancayo: exportadores venden su grano de café a Europa", False),
        ("Lanzan una granada contra un bus en Huancayo", True),
    ],
)
def test_a_keyword_in_another_sense(matcher: Matcher, text: str, alerts: bool) -> None:
    assert bool(alerted(matcher, text)) is alerts


def test_granada_keeps_its_own_stem() -> None:
    assert stem("grano", "es") != stem("granada", "es")
    assert stem("granadas", "pt") == stem("granada", "pt")


# --- what talks discuss, an adjective after its noun -------------------------------------------


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("Governadores reunidos em Pemba discutiram as causas dos ataques armados no norte", False),
        ("Ataques armados em Pemba deixam três mortos", True),
        ("اجتماع في مصراتة لبحث تداعيات الهجمات المسلحة", False),
        ("ملتقى في مصراتة يبحث إنهاء الاشتباكات المسلحة", False),
        ("الاشتباكات المسلحة تتواصل في مصراتة", True),
    ],
)
def test_what_talks_discuss(matcher: Matcher, text: str, alerts: bool) -> None:
    assert bool(alerted(matcher, text)) is alerts


# --- an arrival after a time phrase -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("Cientos de familias llegaron durante el fin de semana a Tumaco huyendo de los combates en Cali", False),
        ("Famílias chegaram ontem à cidade de Pemba depois dos ataques em Nampula", False),
        ("Hombres armados atacaron a familias que llegaron anoche a Tumaco", True),
    ],
)
def test_an_arrival_after_a_time_phrase(matcher: Matcher, text: str, alerts: bool) -> None:
    assert bool(alerted(matcher, text)) is alerts


# --- an Arabic everyday word --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "everyday"),
    [("تدمر", True), ("جوهر", True), ("إدلب", False), ("درعا", False), ("السويداء", False), ("منبج", False)],
)
def test_a_frequent_arabic_noun_or_verb(name: str, everyday: bool) -> None:
    assert _everyday_in_arabic(name, 50_000) is everyday


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("غارات تدمر مخازن ذخيرة قرب حماة", False),
        ("غارات على تدمر تقتل خمسة مسلحين", True),
        ("تدمر: مقتل جنديين في هجوم على حاجز", True),
        ("قصف مدفعي يستهدف مدينة تدمر", True),
    ],
)
def test_palmyra_only_where_a_place_stands(matcher: Matcher, text: str, alerts: bool) -> None:
    assert bool(alerted(matcher, text) & {"syria/Palmyra"}) is alerts


# --- homes and things that are no scene ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("مقتل سائق من منبج في هجوم مسلح في أنقرة", False),
        ("مقتل صحفي سوري من منبج في انفجار في إسطنبول", False),
        ("وفد من وجهاء منبج يزور أنقرة لبحث الهجمات على المدنيين في عفرين", False),
        ("مقتل سائق من منبج في هجوم بكركوك", False),  # "in Kirkuk": a town's name, no knife
        ("مقتل سائق من منبج في هجوم على سوق المدينة", True),
        ("مقتل شاب سوري من منبج طعنا بسكين في سوق المدينة", True),
    ],
)
def test_a_home_not_a_scene(matcher: Matcher, text: str, alerts: bool) -> None:
    assert bool(alerted(matcher, text) & {"syria/Manbij"}) is alerts


@pytest.mark.parametrize(
    ("text", "index", "prefix", "place"),
    [
        ("بحسب شهود ولجنة الأطباء", 2, "ول", False),  # "and a committee"
        ("عودة الاغتيالات لعدن", 2, "ل", True),  # "to Aden"
        ("اشتباكات بعدن", 1, "ب", True),  # "in Aden"
    ],
)
def test_a_letter_that_begins_a_word_is_no_preposition(text: str, index: int, prefix: str, place: bool) -> None:
    assert arabic_place_context(tokenize(text), index, fold(prefix)) is place
