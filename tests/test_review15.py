"""Fixes to what the reviews of the fifteenth session proved on merged code (storymiss3's region
reports and short forms). Real parts: the region reader as the pipeline calls it, the matcher as
the bot builds it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.regionjoin import named_areas, region_reading

NOW = datetime.now(UTC)


@pytest.mark.parametrize(
    ("title", "summary", "country"),
    [
        # an everyday word of Portuguese, Spanish or French, squeezed, is no province's name
        ("Guerra no Sudão: RSF atacam campo de deslocados e matam 12", "", "TD"),  # Chad's Guéra
        ("Nigéria : un commissariat attaqué à Zaria", "Le marché de l'immo recule après l'attaque.", "NG"),  # Imo
        ("Ethiopia: farmers say the amarra of their cattle was cut", "", "ET"),  # Amhara
    ],
)
def test_an_everyday_word_is_no_province(title: str, summary: str, country: str) -> None:
    assert named_areas(title, summary, frozenset({country}))[0] == {}


def test_a_transliteration_with_a_doubled_letter_is_still_a_province() -> None:
    assert named_areas("Lower Shabelle governor vows to hunt down the attackers", "", frozenset({"SO"}))[0]


@pytest.mark.parametrize(
    "title",
    [
        "Guerra no Sudão: RSF atacam campo de deslocados no Ouaddaï",  # Portuguese name of the country
        "السودان: هجوم على مخيم للنازحين في وداي",
    ],
)
def test_a_headline_naming_another_country_in_any_language_is_no_report_of_this_one(title: str) -> None:
    assert region_reading(0, NOW, title, "", frozenset({"TD"})) is None


@pytest.mark.parametrize(
    "title",
    [
        "South Kivu: militia from South Sudan raid villages",
        "Sud-Kivu : des miliciens venus du Burundi attaquent des villages",
        "Kivu do Sul: milicianos vindos do Burundi atacam aldeias",
    ],
)
def test_a_country_named_as_where_attackers_came_from_is_not_the_scene(title: str) -> None:
    found = region_reading(0, NOW, title, "", frozenset({"CD"}))
    assert found is not None and found.area is not None and found.area.startswith("CD.")


def test_a_province_named_as_where_attackers_came_from_leaves_the_headlines_other() -> None:
    """The README's rule: of two provinces in the headline, the one named after "from" is where
    the attackers came from; the report is of the other."""
    countries = frozenset({"KE", "SO"})
    found = region_reading(0, NOW, "Mandera: gunmen crossed from Gedo, police say", "", countries)
    assert found is not None and found.area is not None and found.area.startswith("KE.")
    assert region_reading(0, NOW, "Mandera and Gedo: clashes on both sides of the border", "", countries) is None
