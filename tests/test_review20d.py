"""Review 20d of round lang26: the false alerts its new readings brought, fixed by their causes.

- Arabic ك read as a hard g, and ط as Somali "dh", made one more Latin name of every Arabic
  word with the letter. Now only on a word's whole consonant skeleton (`arabic.loose_readings`):
  four consonants or more for the hard g ("كريل", "ماكرة", "كنانة", "منكا" have three), three
  for "dh"; no ain or hamza the Latin may leave unwritten; never with the article, which must not
  stand in for a name's "El" ("الطيرة" is no Eldhere) nor vanish ("الكرادة" is no Guéréda). A
  place the gazetteer names by the word exactly ("منكا", Ménaka) outweighs a loose reading, and
  so does an item about a city of another country ("بمقديشو", "وسط بغداد").
- The ambush's meaning carried "emboscada", "embuscade" and "كمين" into typed lists without
  their other senses: a team's ambush (a score), a politician's (the opposition, parliament,
  "política"), a traffic police checkpoint's ("كمين مروري", "لضبط المخالفين").

Sentences written for this review and its variants, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from bot.arabic import consonants, loose_readings, normalize, spells, spells_only_loosely
from tests.support.alerts import alert_of, alerted, titled_matcher, typed_matcher

_TYPED = "ambush, attack, kill"


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Niger", "Goure", "انفجار في سوق بكارة بمقديشو يقتل خمسة"),
        ("Niger", "Goure", "مقتل خمسة في هجوم على سوق بكارة"),
        ("Chad", "Guereda", "انفجار سيارة مفخخة في الكرادة وسط بغداد"),
        ("Chad", "Guereda", "مقتل عشرة في تفجير بحي الكرادة"),
        ("Chad", "Mongo", "مقتل 30 مدنيا في هجوم لتنظيم الدولة على منطقة منكا"),
        ("Sudan", "Geneina", "اشتباكات بين الجيش والدعم السريع قرب كنانة"),
        ("Sudan", "Geneina", "مسلحون يقتلون خمسة في هجوم على مصنع سكر كنانة"),
        ("Niger", "Magaria", "مسلحون نفذوا خطة ماكرة لمهاجمة قاعدة عسكرية وقتل عشرة جنود"),
        ("Somalia", "Guriel", "مقتل خمسة في هجوم مسلح على منطقة كريل"),
        ("Somalia", "Gedo", "مقتل خمسة في هجوم مسلح كأعضاء في ميليشيا"),
        ("Somalia", "Garowe", "مقتل خمسة في هجوم مسلح على منطقة كروا"),
        ("Somalia", "Dhahar", "مقتل خمسة في هجوم على مسجد طهارة"),
        ("Chad", "Massaguet", "مسلحون يقتلون خمسة في هجوم على قرية مسكت"),
    ],
)
def test_a_short_or_another_places_word_is_no_hard_g(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Somalia", "Eldhere", "اشتباكات مسلحة في مدينة الطيرة تخلف قتيلين"),
        ("Somalia", "El Dhere", "اشتباكات مسلحة في مدينة الطيرة تخلف قتيلين"),
        ("Somalia", "Eldhere", "مقتل شخصين في هجوم على سوق الطري"),
        ("Somalia", "Eldhere", "مقتل شخصين في هجوم على سوق الطرية"),
        ("Somalia", "Eldhere", "مقتل شخصين في هجوم على محل العطري"),
    ],
)
def test_the_article_is_no_el_of_a_loose_reading(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Chad", "Massaguet", "انفجار في سوق ماساكيت بمقديشو يقتل خمسة"),
        ("Chad", "Massaguet", "انفجار سيارة مفخخة في ماساكيت وسط بغداد"),
    ],
)
def test_a_loose_reading_in_an_item_about_a_city_abroad_is_no_alert(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Chad", "Massaguet", "مقتل تاجر في سطو مسلح على متجره بماساكيت"),
        ("Chad", "Massaguet", "هجوم مسلح على سوق ماساكيت قرب نجامينا يقتل خمسة"),
        ("Somalia", "Dhobley", "مقتل خمسة في هجوم على طوبلي قرب الحدود مع كينيا"),
        ("Somalia", "Dhusamareb", "انفجار سيارة مفخخة قرب مقر حكومي في طوسمريب"),
        ("Somalia", "Bardhere", "مقتل خمسة في هجوم على بارطيري"),
        ("Mali", "Goundam", "مقتل خمسة في هجوم على كوندام"),
        # a word of three consonants beside the name's other word, which vouches for it
        ("Mauritania", "Adel Bagrou", "هجوم مسلح على سوق عدل بكرو يقتل ثلاثة"),
    ],
)
def test_a_whole_skeleton_read_loosely_still_alerts(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == alert_of(country, town)


def test_consonants_are_counted_not_letters() -> None:
    assert consonants(normalize("ماساكيت")) == 4
    assert consonants(normalize("كنانة")) == 3
    assert consonants(normalize("كارة")) == 2
    assert loose_readings(normalize("ماساكيت")) == (True, False)
    assert loose_readings(normalize("كريل")) == (False, False)
    assert loose_readings(normalize("طوبلي")) == (False, True)
    assert loose_readings(normalize("الطيرة")) == (False, False)
    assert loose_readings(normalize("كأعضاء")) == (False, False)


def test_a_loose_reading_is_told_from_a_strict_one() -> None:
    assert spells_only_loosely(normalize("ماساكيت"), "massaguet")
    assert not spells_only_loosely(normalize("ماساكيت"), "masakit")
    assert spells(normalize("ماساكيت"), "masakit", loose=False)
    assert not spells(normalize("كريل"), "guriel")
    assert spells(normalize("كريل"), "kiril")


@pytest.mark.parametrize(
    ("country", "town", "keywords", "text"),
    [
        ("Angola", "Cuito", _TYPED, "Emboscada no Cuito: Petro surpreende o 1º de Agosto e vence por 3-0"),
        ("Angola", "Cuito", _TYPED, "Emboscada no Cuito: o Interclube vence o Sagrada por 2 a 1"),
        ("Angola", "Cuito", _TYPED, "Oposição prepara emboscada ao governo no Cuito"),
        ("Colombia", "Tumaco", _TYPED, "Emboscada política en Tumaco: concejales tumban al alcalde"),
        ("Colombia", "Tumaco", "emboscada", "Emboscada política en Tumaco: concejales tumban al alcalde"),
        ("Sudan", "Kassala", _TYPED, "كمين مروري في كسلا يضبط عشرات السيارات المخالفة"),
        ("Sudan", "Kassala", _TYPED, "شرطة المرور تنصب كمينا في كسلا لضبط المخالفين"),
        ("Sudan", "Kassala", "attaque, embuscade, tuer", "كمين مروري في كسلا يضبط عشرات السيارات المخالفة"),
        ("Niger", "Tahoua", _TYPED, "Embuscade politique à l'Assemblée: le député de Tahoua piégé"),
        ("Niger", "Tahoua", "embuscade", "L'opposition tend une embuscade au gouvernement à Tahoua"),
        ("Mozambique", "Pemba", _TYPED, "Blitz de trânsito: emboscada da polícia em Pemba apanha 40 motoristas sem multas pagas"),
    ],
)
def test_an_ambush_in_another_sense_is_no_alert(country: str, town: str, keywords: str, text: str) -> None:
    assert alerted(typed_matcher(country, town, keywords), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Sudan", "Kassala", "كمين مروري في كسلا يضبط عشرات السيارات المخالفة"),
        ("Angola", "Cuito", "Emboscada no Cuito: Petro surpreende o 1º de Agosto e vence por 3-0"),
    ],
)
def test_the_bundled_set_reads_the_ambush_alike(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "keywords", "text"),
    [
        ("Niger", "Tahoua", "ambush", "Cinq soldats tués dans une embuscade près de Tahoua"),
        ("Niger", "Tahoua", "ambush", "Des soldats tombent dans une embuscade près de Tahoua"),
        ("Sudan", "Kassala", _TYPED, "مقتل خمسة جنود في كمين نصبه مسلحون قرب كسلا"),
        ("Sudan", "Kassala", "كمين", "مسلحون ينصبون كمينا لدورية مرور قرب كسلا ويقتلون شرطيين"),
        ("Angola", "Cuito", "emboscada", "Emboscada contra patrulha das FAA perto do Cuito deixa três soldados mortos"),
        ("Colombia", "Tumaco", "emboscada", "Disidencias emboscaron a una patrulla del Ejército en zona rural de Tumaco"),
        # a politician or a traffic checkpoint hit by a real ambush: its dead tell it
        ("Niger", "Tahoua", "embuscade", "Un député de l'opposition tué dans une embuscade près de Tahoua"),
        ("Angola", "Cuito", "emboscada", "Deputado da oposição morto em emboscada no Cuito"),
        ("Sudan", "Kassala", "كمين", "مقتل شرطيين في كمين مروري قرب كسلا"),
    ],
)
def test_an_armed_ambush_still_alerts(country: str, town: str, keywords: str, text: str) -> None:
    assert alerted(typed_matcher(country, town, keywords), text) == alert_of(country, town)


def test_a_loose_reading_drops_no_consonant() -> None:
    assert loose_readings(normalize("كيتشن")) == (False, False)  # "تش" read as "ch", its "t" unwritten
    assert not spells(normalize("كيتشن"), "geissan")
