"""Cases of the reviews of round 16 (one block per reviewed round), each with a near variant."""

from __future__ import annotations

import pytest

from tests.support.alerts import alerted, titled_matcher
from tests.test_languages_round20 import _typed_at

# ---------------------------------------------------------------------------------------------
# lang21 (review 16b): what round lang21 lost and what it alerted wrongly.
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        # a big city in lower case is the city, whatever its word's frequency
        ("Iraq", "Baghdad", "Car bomb rocks baghdad market, 15 dead", ""),
        ("Afghanistan", "Kabul", "Suicide bomber targets kabul airport gate, dozens killed", ""),
        ("Iraq", "Mosul", "IS sleeper cell attacks mosul police post, two killed", ""),
        ("Palestine", "Gaza", "Israeli airstrikes pound gaza overnight, 30 killed", ""),
        ("Pakistan", "Karachi", "Gunmen attack karachi police headquarters", ""),
        ("Colombia", "Cali", "Atentado con explosivos sacude cali, dos muertos", ""),
        ("Afghanistan", "Kabul", "Blast kills 12", "A suicide bomber struck a mosque west of kabul on Friday, officials said."),
        ("Mali", "Bamako", "Attaque contre un poste de police", "Des hommes armés ont attaqué un poste aux abords de bamako."),
        ("Iraq", "Baghdad", "Car bomb", "a car bomb exploded in a crowded baghdad market on Tuesday killing 15, police said"),
        # a smaller town in lower case, written as a scene
        ("Mali", "Gao", "Jihadists attack gao military camp, Mali army says", ""),
        ("Nigeria", "Bama", "Boko Haram fighters storm bama, kill 10 soldiers", ""),
        ("Brazil", "Queimadas", "Homens armados atacam queimadas e matam dois", ""),
        ("Brazil", "Queimadas", "Tiroteio deixa três mortos no centro de queimadas", ""),
        # near variants
        ("Somalia", "Mogadishu", "Car bomb rocks mogadishu checkpoint, 9 dead", ""),
        ("Syria", "Aleppo", "Airstrikes pound aleppo suburbs, Syrian monitor says", ""),
        ("Brazil", "Queimadas", "Tiroteio deixa dois mortos na periferia de queimadas", ""),
        ("Brazil", "Queimadas", "Bandidos atacam queimadas durante a madrugada e matam um policial", ""),
        ("Mali", "Gao", "Des jihadistes attaquent gao, selon l'armée malienne", ""),
    ],
)
def test_lang21_a_town_in_lower_case_still_alerts(country: str, location: str, title: str, summary: str) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == {f"{country.lower()}/{location}"}


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        ("Brazil", "Queimadas", "Moradores protestam contra queimadas em Campina Grande", ""),
        # near variant: the word, among capitalised names, after no word of place
        ("Brazil", "Queimadas", "Moradores protestam contra queimadas e fumaça em Campina Grande", ""),
    ],
)
def test_lang21_a_frequent_word_in_lower_case_is_still_the_word(country: str, location: str, title: str, summary: str) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == set()


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        ("Congo", "Goma", "GOMA (Actualite.cd) — Des rebelles du M23 ont tué 12 civils dans la localité de Kisoro",
         "Les assaillants ont attaqué la localité de Kisoro dans la nuit de dimanche."),
        ("Cameroon", "Kousseri", "KOUSSERI (AFP) - Boko Haram tue 14 civils au village de Rann",
         "Des jihadistes ont attaqué le village de Rann dans la nuit, selon des sources locales."),
        ("Colombia", "Tumaco", "TUMACO (Colprensa) — Asesinan a tres pescadores en la comunidad de Valdez",
         "Los pescadores fueron atacados en la comunidad de Valdez, cerca del río."),
        ("Colombia", "Cucuta", "CÚCUTA (Colprensa) — Masacre de cuatro personas en el caserío de La Grita",
         "Hombres armados asesinaron a cuatro personas en el caserío de La Grita."),
        ("Burkina Faso", "Djibo", "DJIBO (AIB) — Des terroristes tuent 20 civils dans la localité de Titao",
         "Les assaillants ont attaqué la localité de Titao samedi."),
        ("Nigeria", "Maiduguri", "MAIDUGURI, Nigeria (AP) — Boko Haram kills 12 in the village of Bama",
         "Fighters stormed the village of Bama on Sunday night, residents said."),
        # near variant: a village across the border, within the distance (Rwanda, 48 km)
        ("Congo", "Goma", "GOMA (Radio Okapi) — Des hommes armés tuent trois civils au village de Kinigi",
         "Les assaillants ont attaqué le village de Kinigi dans la nuit de samedi."),
    ],
)
def test_lang21_a_village_of_another_country_or_division_is_no_datelines_town(
    country: str, location: str, title: str, summary: str
) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == set()


@pytest.mark.parametrize(
    ("country", "location", "title"),
    [
        ("Israel", "Jerusalem", "مقتل شاب بعملية طعن في البلدة القديمة للقدس"),
        ("Israel", "Jerusalem", "مقتل مستوطن في هجوم مسلح على حاجز قرب المدخل الشمالي للقدس"),
        ("Israel", "Jerusalem", "إطلاق نار على حافلة في الضواحي الشرقية للقدس ومقتل شخصين"),
        ("Egypt", "Cairo", "انفجار عبوة ناسفة في الضواحي الغربية للقاهرة ومقتل شرطيين"),
        # near variant
        ("Sudan", "Khartoum", "مقتل ثلاثة في هجوم مسلح على حاجز عند المدخل الجنوبي للخرطوم"),
    ],
)
def test_lang21_every_reading_of_a_prefixed_name_is_tried(country: str, location: str, title: str) -> None:
    assert alerted(titled_matcher(country, location), title) == {f"{country.lower()}/{location}"}


@pytest.mark.parametrize(
    ("country", "name", "lat", "lon", "text"),
    [
        ("Congo", "Lubero", -0.16, 29.24, "مقتل خمسة في هجوم مسلح بالبيرو"),
        ("Congo", "Lubero", -0.16, 29.24, "هجوم مسلح في البيرو يقتل خمسة جنود"),
        ("Nigeria", "Lagos", 6.45, 3.39, "انفجار في خط الغاز يقتل عشرة"),
        ("Mali", "Lere", 15.71, -4.91, "الأهالي يطالبون بإلغاء حظر التجول بعد هجوم مسلح على السوق"),
        # near variant
        ("Congo", "Lubero", -0.16, 29.24, "هجوم على قاعدة للشرطة في البيرو ومقتل ثلاثة"),
    ],
)
def test_lang21_the_article_spells_no_latin_name(country: str, name: str, lat: float, lon: float, text: str) -> None:
    assert alerted(_typed_at(country, name, lat, lon), text) == set()


def test_lang21_a_village_of_the_towns_own_division_is_the_datelines_town() -> None:
    title = "MUBI (AP) — Gunmen kill five in the village of Michika"  # 41 km, Adamawa as Mubi
    summary = "Gunmen attacked the village of Michika on Sunday night, residents said."
    assert alerted(titled_matcher("Nigeria", "Mubi"), title, summary) == {"nigeria/Mubi"}


def test_lang21_an_opening_alef_before_two_consonants_still_spells_a_name() -> None:
    assert alerted(_typed_at("Chad", "Ngoura", 12.87, 16.46), "هجوم مسلح على سوق انغورا") == {"w/Ngoura"}
