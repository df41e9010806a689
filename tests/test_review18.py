"""Findings of review round 18, kept as tests."""

from __future__ import annotations

import pytest

from bot.match import Matcher
from tests.support.alerts import alerted, titled_matcher

# review18c: arabic24's `Matcher._spell_phrases_in_arabic` (a typed Latin name of several words
# read in Arabic word for word). A kunya ("أبو محمد"), a given name ("سيدي محمد") and a common
# noun with its complement ("رأس مال", "جبل صغير") are written so too: a person after a verb of
# saying or before a nisba or "ولد"/"بن", and a phrase of Arabic words only where the grammar
# makes it a place (`bot.match._arabic_phrase`). Two names spelt alike are both read; every
# occurrence of a name written whole is read before a loose reading; an apostrophe and the
# article inside a typed name are read as Arabic writes them. Sentences of the review and
# variants of our own, each with a watchlist titled with its country and the real gazetteer.

_MATCHERS: dict[tuple[str, ...], Matcher] = {}


def _matcher(country: str, *locations: str) -> Matcher:
    key = (country, *locations)
    if key not in _MATCHERS:
        _MATCHERS[key] = titled_matcher(country, *locations)
    return _MATCHERS[key]


def _key(country: str, location: str) -> str:
    return f"{country.split()[0].lower()}/{location}"


@pytest.mark.parametrize(
    ("country", "location", "title"),
    [
        # speakers: a kunya or a given name after a verb of saying
        ("Jordan", "Abu Obeida", "قال أبو عبيدة الناطق باسم كتائب القسام إن مقاتليه نفذوا هجوما"),
        ("Iraq", "Abu Mohammed", "قال أبو محمد الجولاني إن الهجوم على المدينة سيستمر"),
        ("Sudan", "Um Badr", "قالت أم بدر إن ابنها قتل في هجوم على السوق"),
        ("Pakistan", "Mir Ali", "قال مير علي خان إن الهجوم استهدف الشرطة"),
        ("Iraq", "Abu Hanifa", "أكد أبو حنيفة أن الهجوم فشل"),
        ("Yemen", "Um Salal", "أعلنت أم صلال أن مسلحين هاجموا منزلها"),
        # a person named on: a nisba, or "son of" and the father's name
        ("Iraq", "Abu Bakr", "مقتل أبو بكر البغدادي في هجوم أمريكي"),
        ("Syria", "Abu Omar", "مقتل أبو عمر الشيشاني في غارة"),
        ("Mauritania", "Sidi Mohamed", "قال سيدي محمد ولد الشيخ إن الهجوم فشل"),
        ("Mauritania", "Sidi Ahmed", "اعتقال سيدي أحمد ولد محمد بعد الهجوم"),
        ("Libya", "Qasr Ahmed", "اقتحام قصر أحمد بن سعيد في هجوم مسلح"),
        # words of Arabic with no word of place before them
        ("Saudi Arabia", "Al Saud", "هجوم بطائرات مسيرة يستهدف آل سعود"),
        ("Sudan", "Um Hadith", "لم يتضح إن كان انفجار أم حادث عرضي"),
        ("Libya", "Ras Mal", "هجوم على شركة يملك رأس مال أجنبي"),
        ("Syria", "Ain Sahira", "الجيش عين ساهرة على الحدود لصد أي هجوم"),  # a feminine of a word
        ("Palestine", "Beit Aza", "قصف بيت عزاء في غزة يوقع قتلى"),
        ("Syria", "Bab Hadid", "فتح المسلحون باب حديد السجن في هجوم"),
        # common words after a bare preposition: "in a small mountain"
        ("Morocco", "Bir Jadid", "مسلحون يسيطرون على بئر جديد للمياه بعد اشتباكات"),
        ("Libya", "Ras Tifl", "مقتل رجل برصاصة في رأس طفل خلال اشتباكات"),
        ("Syria", "Bab Khalfi", "المسلحون دخلوا من باب خلفي وفتحوا النار"),
        ("Egypt", "Tell Kabir", "تمركز القناصة على تل كبير يطل على المدينة واشتباكات"),
        ("Sudan", "Jebel Saghir", "تحصن المسلحون في جبل صغير قرب الحدود بعد الهجوم"),
        ("Iraq", "Tell Abyad", "قصف مدفعي على تل عالي قرب الحدود"),
        ("Sudan", "Jebel Saghir", "تحصن المسلحون في جبل صغير شمال المدينة بعد الهجوم"),  # no town named
        # the article a typed name bears is no speaker's kunya either
        ("Iraq", "Abu al Hasan", "قال أبو الحسن إن الهجوم فشل"),
    ],
)
def test_review18c_a_person_or_a_common_phrase_is_no_place(country: str, location: str, title: str) -> None:
    assert alerted(_matcher(country, location), title, "") == set()


@pytest.mark.parametrize(
    ("country", "location", "title"),
    [
        ("Yemen", "Bir Ali", "هجوم مسلح على مدينة بئر علي"),  # a noun of place
        ("Yemen", "Bir Ali", "بئر علي: مسلحون يهاجمون نقطة أمنية"),  # a dateline
        ("Yemen", "Bir Ali", "مسلحون يختطفون تاجرا في بئر علي بمحافظة شبوة"),  # a division after it
        ("Morocco", "Bir Jadid", "هجوم مسلح على بلدة بئر جديد"),
        ("Egypt", "Tell Kabir", "اشتباكات مسلحة في منطقة تل كبير شرقي مصر"),
        ("Sudan", "Jebel Saghir", "هجوم مسلح بجبل صغير"),  # "ب" written onto it
        ("Libya", "Qasr Ahmed", "اشتباكات مسلحة في قصر أحمد شرق مصراتة"),  # east of a named town
        ("Iraq", "Abu Saida", "مقتل جنديين بانفجار عبوة ناسفة قرب أبو صيدا"),
        ("Sudan", "Um Sidir", "اشتباكات بين الجيش والدعم السريع في أم سدير"),  # not all common words
        ("Sudan", "Abu Jubeiha", "هجوم مسلح على أبو جبيهة بجنوب كردفان"),  # a rare word
        ("Chad", "Goz Beida", "اشتباكات مسلحة في قوز بيضا شرق تشاد"),
        ("Sudan", "Abu Shanab", "اشتباكات بين الجيش ومسلحين في محيط كوستي وأبو شنب"),  # "and", after a word of place
    ],
)
def test_review18c_a_phrase_where_a_place_stands_alerts(country: str, location: str, title: str) -> None:
    assert _key(country, location) in alerted(_matcher(country, location), title, "")


@pytest.mark.parametrize(
    ("locations", "title"),
    [
        (("Abu Saida", "Abu Mohammed"), "هجوم على ناحية أبو صيدا وهجوم آخر على قرية أبو محمد"),
        (("Abu Saida", "Abu Mohammed"), "هجوم على قرية أبو محمد وهجوم آخر على ناحية أبو صيدا"),
        (("Abu Saida", "Abu Grein"), "هجوم على أبو صيدا وهجوم آخر على أبو قرين"),
        (("Abu Saida", "Abu Grein"), "هجوم على أبو قرين وهجوم آخر على أبو صيدا"),
    ],
)
def test_review18c_every_occurrence_is_read_whatever_the_order(locations: tuple[str, ...], title: str) -> None:
    assert alerted(_matcher("Sudan", *locations), title, "") == {f"sudan/{location}" for location in locations}


def test_review18c_a_kunya_without_a_place_word_stays_out_beside_a_place() -> None:
    """"على أبو محمد" (on Abu Mohammed): two common words after a bare preposition are a person
    as often as a village; the other name, after the same preposition, is a place's."""
    title = "هجوم على أبو صيدا وهجوم آخر على أبو محمد"
    assert alerted(_matcher("Iraq", "Abu Saida", "Abu Mohammed"), title, "") == {"iraq/Abu Saida"}


@pytest.mark.parametrize(
    ("locations", "title"),
    [
        (("Abu Hamad", "Abu Hamid"), "هجوم مسلح على قرية أبو حمد"),
        (("Abu Hamad", "Abu Hamid"), "هجوم مسلح على قرية أبو حمد وقرية أبو زيد"),
    ],
)
def test_review18c_two_names_spelt_alike_are_both_sent(locations: tuple[str, ...], title: str) -> None:
    assert alerted(_matcher("Sudan", *locations), title, "") == {f"sudan/{location}" for location in locations}


@pytest.mark.parametrize(
    ("country", "location", "title"),
    [
        ("Sudan", "Abu Na'ama", "قصف على قرية أبو نعامة يوقع قتلى"),
        ("Sudan", "Abu Na'ama camp", "قصف على مخيم أبو نعامة للنازحين يوقع قتلى"),
        ("Yemen", "Ras Ma'in", "اشتباكات مسلحة في منطقة رأس معين"),
        ("Libya", "Bir el Ayyad", "اشتباكات مسلحة في بئر العياد جنوب العاصمة"),
        ("Iraq", "Abu al Hasan", "هجوم مسلح على قرية أبو الحسن"),
        ("Syria", "Al Hol camp", "هجوم داخل مخيم الهول"),
        ("Syria", "Ain al Arab", "قصف على مدينة عين العرب"),
        ("Yemen", "Ash Shihr", "هجوم مسلح على مدينة الشحر"),  # the article assimilated to a sun letter
        ("Lebanon", "Ras an Naqoura", "قصف إسرائيلي على بلدة رأس الناقورة"),
    ],
)
def test_review18c_an_apostrophe_and_an_article_inside_a_typed_name(country: str, location: str, title: str) -> None:
    assert _key(country, location) in alerted(_matcher(country, location), title, "")


def test_review18c_a_typed_article_is_written_in_arabic() -> None:
    """"Bir el Ayyad" bears the article: Arabic writes it "بئر العياد"; bare, "عياد" is another
    word (as "El Geneina" is "الجنينة", and "جنينة" a garden)."""
    assert alerted(_matcher("Libya", "Bir el Ayyad"), "اشتباكات مسلحة في بئر عياد جنوب العاصمة", "") == set()
