"""Arabic demonyms by the grammar of the nisba (`bot.geo.sources.arabic_demonyms`): a sign of
their country, and never a town's name ("المرصد السوري" is the Syrian Observatory, not Surrey,
which GeoNames also calls "سوري"). Every sentence here is new, written for these tests. Real
parts: the gazetteer and the place model's reading (`python -m bot places`)."""

from __future__ import annotations

from bot.geo import load_gazetteer
from bot.geo.report import item_record, read_fields
from bot.geo.sources import arabic_demonyms


def test_the_nisba_of_each_countrys_arabic_name() -> None:
    pairs = set(arabic_demonyms())
    for form, code in [
        ("السوري", "SY"),  # سوريا: the alif after yaa dropped
        ("ليبية", "LY"),
        ("العراقيين", "IQ"),  # العراق: the article dropped, a yaa added
        ("يمنيون", "YE"),
        ("تشادي", "TD"),
        ("الفرنسية", "FR"),  # فرنسا: the final alif turned into yaa
    ]:
        assert (form, code) in pairs
    assert not any(form == "مالي" for form, _ in pairs)  # Mali's nisba is its name: left to the country


def test_a_peoples_word_is_a_sign_of_its_country_and_no_town() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.demonym("السوريون") == "SY"
    title = "المرصد السوري: قصف على بلدة في ريف إدلب"
    record = item_record("1", read_fields(gazetteer, title, "قال مسؤول ليبي إن الجيش الليبي تدخل"))
    assert [(p["name"], p["country"]) for p in record["places"]] == [("إدلب", "SY")]
    away = {t["name"]: t["why"] for t in record["turned_away"]}
    assert "people's word" in away["السوري"] and "people's word" in away["الليبي"]
    # In English too: "Malian" is no town of China's.
    record = item_record("2", read_fields(gazetteer, "Two Malian soldiers wounded in Gao"))
    assert [p["name"] for p in record["places"]] == ["Gao"]
