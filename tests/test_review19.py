"""Review of round admin25 (session 19): findings fixed by the rounds below, each in its own block."""

from __future__ import annotations

# review19b
import pytest

from bot.geo.admin1 import admin1_kin, admin1_named
from bot.geo.admin1_table import ADMIN1_TSV
from tests.support.alerts import alerted, titled_matcher


@pytest.mark.parametrize(
    ("country", "code", "kin"),
    [
        ("ML", "12070575", "08"),  # Taoudénit, split from Tombouctou in 2016
        ("ML", "12070577", "09"),  # Ménaka, from Gao
        ("SD", "62", "50"),  # West Kordofan, from South Kordofan
        ("SD", "62", "56"),  # ... and from North Kordofan
        ("CD", "27", "21"),  # Sankuru, from Kasaï-Oriental (2015)
        ("CD", "28", "02"),  # Sud-Ubangi, from Équateur
        ("ET", "SI", "56"),  # Sidama, from the SNNPR (2020)
        ("ET", "SW", "56"),  # South West Ethiopia Peoples', from the SNNPR (2021)
        ("GH", "17", "06"),  # Savannah, from Northern (2019)
        ("GH", "18", "09"),  # Western North, from Western
    ],
)
def test_a_split_division_is_kin_to_its_parent_both_ways(country: str, code: str, kin: str) -> None:
    assert kin in admin1_kin(country, code)
    assert code in admin1_kin(country, kin)


def test_kin_is_no_mere_neighbour() -> None:
    assert "09" not in admin1_kin("ML", "12070575")  # Gao: no town of Taoudénit was ever in it
    assert "49" not in admin1_kin("SD", "62")  # South Darfur


@pytest.mark.parametrize(
    ("country", "town", "title"),
    [
        ("Mali", "Araouane", "Mali : des jihadistes attaquent Araouane, dans la région de Tombouctou"),
        ("Mali", "Taoudenni", "Mali : attaque à Taoudéni, dans la région de Tombouctou, 3 morts"),
        ("Sudan", "Al Mijlad", "Sudan: RSF drone strike kills 6 in Al Mijlad, South Kordofan state"),
        ("Sudan", "Babanusa", "Sudan: RSF shell Babanusa in South Kordofan"),
        ("Congo", "Lodja", "RDC : des miliciens tuent cinq personnes à Lodja, au Kasaï-Oriental"),
        ("Ethiopia", "Bonga", "Ethiopia: gunmen kill four near Bonga, in the SNNP region"),
        ("Ethiopia", "Yirga Alem", "Ethiopia: clashes kill 5 in Yirga Alem, Southern Nations region"),
        ("Ghana", "Salaga", "Ghana: clashes in Salaga, Northern region, kill 3"),
        ("Ghana", "Bibiani", "Ghana: two shot dead in Bibiani, Western region"),
    ],
)
def test_a_town_of_a_split_division_is_at_home_in_its_parent(country: str, town: str, title: str) -> None:
    assert alerted(titled_matcher(country, town), title, "") == {f"{country.split()[0].lower()}/{town}"}


@pytest.mark.parametrize(
    ("country", "town", "title"),
    [
        ("Mali", "Araouane", "Mali : des jihadistes attaquent Araouane, dans la région de Kayes"),
        ("Sudan", "Babanusa", "Sudan: RSF shell Babanusa in Blue Nile state"),
        # a town resolved for sure (a sizeable one) is not in another province of an everyday name
        ("Togo", "Dapaong", "Togo : attaque à Dapaong, région Centrale"),
        ("Benin", "Kandi", "Bénin : attaque à Kandi, dans le Plateau"),
        ("Benin", "Natitingou", "Bénin : deux policiers tués à Natitingou, dans le Plateau"),
    ],
)
def test_a_town_in_another_province_stays_out(country: str, town: str, title: str) -> None:
    assert alerted(titled_matcher(country, town), title, "") == set()


def test_a_small_town_typed_alone_may_be_a_namesake_in_an_everyday_named_province() -> None:
    # Ngouri resolves to a 10,000-people town of southern Chad; Lac's Ngouri is not in GeoNames
    title = "Tchad : des éleveurs tuent six agriculteurs à Ngouri, province du Lac"
    assert alerted(titled_matcher("Chad", "Ngouri"), title, "") == {"chad/Ngouri"}


@pytest.mark.parametrize(
    ("country", "name", "code"),
    [
        ("KE", "narok", "41"),  # "Narok County" in GeoNames' newer names
        ("PY", "amambay", "02"),  # "... Department"
        ("TT", "siparia", "SIP"),  # "... Regional Corporation"
        ("LS", "qacha s nek", "17"),  # "... District"
    ],
)
def test_the_kind_noun_is_stripped(country: str, name: str, code: str) -> None:
    assert admin1_named(country, [name.split()]) == code


def test_every_name_of_the_table_names_one_code_of_its_country() -> None:
    codes: dict[tuple[str, str], set[str]] = {}
    for line in ADMIN1_TSV.splitlines():
        country, code, name = line.split("\t")
        codes.setdefault((country, name.casefold()), set()).add(code)
    assert not {key: found for key, found in codes.items() if len(found) > 1}
    assert codes[("LV", "rēzekne")] == {"23"}  # the city; the municipality keeps its noun
