"""A province named in Arabic script is read as the province, and its report joins the one
alerted incident there that fits it (`bot.arabic_divisions`, `bot.regionjoin`).

GeoNames names divisions in Latin script only; the Arabic press writes "ولاية هلمند" (Helmand
province), "إقليم جدو" (Gedo). Towns, provinces and wording here are of our own, not of any
labelled set: a province read in five languages alike, everyday words that spell a division's
name read as none, a name alone read only in an item naming its country, and the join: one
fitting story, two alike (none: a wrong merge hides an attack), another province's (none).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.geo import Gazetteer, load_gazetteer
from bot.regionjoin import named_areas, region_join, region_reading
from bot.story import Place, StoryIndex, make_report

NOW = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)  # the items' own dates: no clock is read
WATCHED = frozenset({"AF", "NG", "ML", "KE", "IQ", "YE", "SO"})


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    "title",
    [
        "Bomb kills five in Helmand province",
        "Attentat à la bombe dans la province du Helmand",
        "Atentado con bomba en la provincia de Helmand",
        "Atentado à bomba na província de Helmand",
        "مقتل خمسة في تفجير بولاية هلمند",
    ],
)
def test_a_province_is_read_alike_in_five_languages(gazetteer: Gazetteer, title: str) -> None:
    assert named_areas(title, "", WATCHED, gazetteer.lookup)[0].keys() == {"AF.10"}


@pytest.mark.parametrize(
    ("title", "summary", "area"),
    [
        # after a noun of division, with its prefixes ("بولاية", "بإقليم")
        ("مسلحون يخطفون طلابا في ولاية زمفرا", "", "NG.57"),
        ("هجوم على قرية في منطقة موبتي", "", "ML.04"),
        ("اشتباكات عنيفة في بلدة على الحدود", "وصلت تعزيزات إلى البلدة بإقليم جدو", "SO.06"),
        # a first-level name alone, in an item naming its country
        ("هجوم على سوق في قندهار جنوب أفغانستان", "", "AF.23"),
        # alone in an item naming no country: unsure, none
        ("هجوم على سوق في قندهار", "", None),
        # everyday words that spell a division's name: "military", "island", "northern"
        ("هجوم على قاعدة عسكرية في جزيرة", "", None),
        ("هجوم على مركز للشرطة شمالي الصومال", "", None),
        # a region across countries, even after a noun ("ولاية الساحل", the Islamic State's)
        ("تنظيم الدولة في ولاية الساحل يتبنى هجوما", "", None),
    ],
)
def test_an_arabic_division_is_read_by_its_names_sounds(gazetteer: Gazetteer, title: str, summary: str, area: str | None) -> None:
    divisions, _ = named_areas(title, summary, WATCHED, gazetteer.lookup)
    assert set(divisions) == ({area} if area else set())


def _index(*stories: tuple[str, str, str]) -> StoryIndex:
    """Alerted stories at towns of these first-level divisions, an hour apart."""
    index = StoryIndex(72)
    for n, (town, area, title) in enumerate(stories):
        place = Place(town, "city", True, 0, (), frozenset(), area)
        report = make_report(n, NOW + timedelta(hours=n), title, "", [place])
        assert report is not None
        index.add(report, n)
    return index


_LASHKAR_GAH = ("Lashkar Gah", "AF.10", "Bomb blast at a bank in Lashkar Gah kills five")
_GERESHK = ("Gereshk", "AF.10", "Bomb blast at a bank in Gereshk kills four")
_KANDAHAR = ("Spin Boldak", "AF.23", "Bomb blast at a bank in Spin Boldak kills five")
_CLAIM = "داعش يتبنى تفجير مصرف في ولاية هلمند"


@pytest.mark.parametrize(
    ("stories", "joined"),
    [
        ((_LASHKAR_GAH,), 0),  # the one incident of the province: joined
        ((_LASHKAR_GAH, _GERESHK), None),  # two alike there: unsure, none
        ((_KANDAHAR,), None),  # another province's: none
    ],
)
def test_an_arabic_provinces_report_joins_the_one_incident_there(
    gazetteer: Gazetteer, stories: tuple[tuple[str, str, str], ...], joined: int | None
) -> None:
    report = region_reading(9, NOW + timedelta(hours=8), _CLAIM, "", frozenset({"AF"}), gazetteer.lookup)
    assert report is not None and report.area == "AF.10"
    assert region_join(_index(*stories), report, lambda _: True) == joined


# Two alerted incidents in one country the same day: an attack on a police post, a bomb blast.
_POST = ("Dori", "BF.12", "Gunmen attack police post in Dori, three officers killed")
_BLAST = ("Kaya", "BF.05", "Roadside bomb blast hits army truck near Kaya")


@pytest.mark.parametrize(
    ("title", "joined"),
    [
        # a claim naming no target, in five languages: the story leading with its deed
        ("JNIM claims Tuesday's attack in Burkina Faso", 0),
        ("Burkina Faso : le JNIM revendique l'explosion d'une bombe mardi", 1),
        ("Burkina Faso: el JNIM reivindica el ataque del martes", 0),
        ("Burkina Faso: JNIM reivindica explosão de bomba na terça-feira", 1),
        ("جماعة نصرة الإسلام والمسلمين تتبنى هجوم الثلاثاء في بوركينا فاسو", 0),
        # a claim of a deed neither story leads with: unsure, none
        ("JNIM claims kidnapping of aid workers in Burkina Faso", None),
    ],
)
def test_a_countrys_report_of_two_incidents_there_joins_the_one_of_its_deed(
    gazetteer: Gazetteer, title: str, joined: int | None
) -> None:
    report = region_reading(9, NOW + timedelta(hours=6), title, "", frozenset({"BF"}), gazetteer.lookup)
    assert report is not None and report.scope == "country"
    assert region_join(_index(_POST, _BLAST), report, lambda _: True) == joined
