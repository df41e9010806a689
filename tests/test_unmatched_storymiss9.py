"""Reports that matched no watched place, or named only its province or country and joined no
story, in the spent same-incident sets (issue 17, helper storymiss9), classed by cause; these are
the classes fixed, each with new towns and new wording:

- a town known only by its `coords:` near a border, put in the neighbour's country because the
  gazetteer lists that country's towns nearer, though the watchlist's title names its province
  in GeoNames' spelling ("South Kivu"; ISO 3166-2 writes "Sud-Kivu"): the title's division
  points the town at its country, as a country's name there does;
- a town named like a country, in an address with its province ("en Argelia (Cauca)"), read as
  the country (Algeria, in Spanish), which then placed the watched site beside it abroad;
- a country's report ("Gangs attack Haitian town near Dominican border") kept from the one
  story there because its neighbour's short name or people's word read as another town it
  names, which the story never named.

Real parts: the gazetteer, the matcher and the story index as the bot builds them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.geo.context import read_places
from bot.geo.resolve import _title_hint, resolve_watchlists
from bot.regionjoin import region_named
from bot.story import StoryIndex
from bot.textnorm import tokenize
from tests.test_story_labelled import group, reports
from tests.test_unmatched_round22 import keywords_off_matcher


def _config(title: str, name: str, lat: float, lon: float) -> str:
    return f"""\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  w:
    title: {title}
    locations:
      - name: {name}
        coords: [{lat}, {lon}]
    keyword_sets: [security]
"""


@pytest.mark.parametrize(
    ("title", "town", "lat", "lon", "country"),
    [
        # GeoNames lists Uganda's and Rwanda's towns nearer than Congo's
        ("North Kivu", "Bunagana", -1.28, 29.60, "CD"),
        ("Towns of South Kivu", "Kamanyola", -2.75, 29.00, "CD"),
        # without a division named, the nearest town's country, as before
        ("Watched towns", "Kamanyola", -2.75, 29.00, "RW"),
        ("Border posts", "Bunagana", -1.28, 29.60, "UG"),
    ],
)
def test_a_title_naming_a_province_places_a_border_town_known_by_its_coords(
    title: str, town: str, lat: float, lon: float, country: str
) -> None:
    found = resolve_watchlists(load_gazetteer(), parse_config(_config(title, town, lat, lon)).watchlists)
    assert found[("w", town)].country == country


@pytest.mark.parametrize(
    ("title", "absent"),
    [
        ("Lebanon (Tripoli, Halba)", "LY"),  # Libya's Tripoli district: the title names the town
        ("Mosul, Idlib and Gaza", "MZ"),  # Mozambique's Gaza province
        ("Mali, Burkina Faso, Niger", "NG"),  # Nigeria's Niger state: the country
        ("Centre and North", "CM"),  # words of direction place nothing
    ],
)
def test_a_title_names_no_province_of_a_towns_or_a_countrys_name(title: str, absent: str) -> None:
    """A province named weighs 3 for its country; a town's name 1, shared among its namesakes."""
    assert _title_hint(load_gazetteer(), title)[absent] < 3


def _chosen(text: str) -> dict[str, tuple[str, str | None]]:
    places = read_places(load_gazetteer(), tokenize(text))
    return {m.text: (m.chosen.country, m.chosen.admin1) for m in places.mentions if m.chosen is not None}


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("Un ataque con explosivos en Argelia (Cauca) deja dos policías muertos.", "Argelia", ("CO", "09")),
        ("Combates en Argelia, Antioquia, obligan a huir a 200 familias.", "Argelia", ("CO", "02")),
        # a country's name with a country after it is the country
        ("Des violences en Argelia, au Mali, selon la presse.", "Argelia", ("DZ", None)),
    ],
)
def test_a_countrys_name_in_an_address_with_a_province_is_that_provinces_town(
    text: str, name: str, where: tuple[str, str | None]
) -> None:
    assert _chosen(text)[name] == where


SITE_WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  colombia:
    title: Colombia's Cauca
    locations:
      - name: El Plateado
        coords: [2.35, -77.13]
    keyword_sets: [security]
  haiti:
    title: Haiti's Centre
    locations:
      - name: Belladère
        coords: [18.86, -71.78]
    keyword_sets: [security]
"""


def test_a_site_beside_a_town_named_like_a_country_is_watched() -> None:
    """The watched site, then its town and province in brackets: the site, in Colombia."""
    rows = [
        {
            "title": "Hostigamiento contra la estación de Policía de El Plateado deja un agente herido",
            "summary": "El ataque contra la estación de El Plateado, en Argelia (Cauca), se atribuye a las disidencias.",
            "when": datetime(2026, 5, 4, 6, 0, tzinfo=UTC),
        }
    ]
    found = reports(rows, keywords_off_matcher(SITE_WATCHLISTS))
    assert found[0] is not None and found[0].primary == "El Plateado"


def _two(second_title: str, second_summary: str) -> list[int]:
    start = datetime(2026, 5, 9, 8, 0, tzinfo=UTC)
    rows = [
        {
            "title": "Belladère : des gangs incendient le commissariat et des maisons",
            "summary": "Des membres de gangs ont attaqué Belladère samedi matin, incendiant le commissariat, selon la police.",
            "when": start,
        },
        {"title": second_title, "summary": second_summary, "when": start + timedelta(hours=4)},
    ]
    return group(reports(rows, keywords_off_matcher(SITE_WATCHLISTS)), StoryIndex(72))


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Gangs torch police station in Haitian town near the Dominican border",
            "Gang members attacked a town in central Haiti on Saturday and set fire to its police station, officials said.",
        ),
        (
            "Haiti: gangs burn police station in town near the Dominican Republic",
            "Armed men set fire to a police station on Saturday, residents said.",
        ),
    ],
)
def test_a_countrys_report_naming_its_neighbour_joins_the_one_story_there(title: str, summary: str) -> None:
    stories = _two(title, summary)
    assert stories[0] == stories[1]


def test_a_countrys_report_naming_another_town_still_joins_none() -> None:
    """When unsure, send: Hinche is a town the story never named, another incident maybe."""
    stories = _two(
        "Gangs torch police station in Haitian town of Hinche",
        "Gang members attacked Hinche on Saturday and set fire to its police station, officials said.",
    )
    assert stories[0] != stories[1]


@pytest.mark.parametrize(
    ("title", "summary", "area"),
    [
        # "far north" in lower case is a direction, not Cameroon's Far North: Togo's Savanes is the one named
        (
            "Togo: three gendarmes killed in an ambush in the far north",
            "Gunmen ambushed a gendarmerie patrol on Tuesday in the Savanes region, near the border with Burkina Faso.",
            "TG.26",
        ),
        # capitalised, the division's name
        (
            "Cameroon: Boko Haram raid kills four in Far North",
            "The attackers struck a village at night, a local official said.",
            "CM.12",
        ),
    ],
)
def test_a_division_of_plain_words_is_named_only_capitalised(title: str, summary: str, area: str) -> None:
    found = region_named(title, summary, frozenset({"TG", "CM"}), None)
    assert found is not None and found[0] == area
