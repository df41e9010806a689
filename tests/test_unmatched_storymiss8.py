"""Reports that matched no watched place in the spent same-incident sets (issue 17, helper
storymiss8), classed by cause; these are the classes fixed:

- a follow-up on the displaced: the watched town's people walk, flee, move or arrive to another
  town ("residents of Malam Fatori walked to Damasak", "families from Chetimari moved into
  Diffa"), and that town was read as where the item happens, turning the watched town away as
  only a home. A town people reach is their refuge, no scene.
- a country's name that is also a frequent word ("Mali", "Nigeria", "Iraq") never read as the
  country, so the report could not join the one story there.
- a watched site typed by its coords near a border, put by guess in the country of its nearest
  town (Burkina Faso for Mali's Mondoro), turned away when an Arabic item tied it to its own
  country ("موندورو بوسط مالي") as a namesake there.
- a division's name spelt otherwise than GeoNames and ISO 3166-2 spell it ("Parwan" for
  "Parvan", French "Baloutchistan" for "Balochistan").

Every sentence is new, with other towns. Real parts: the gazetteer, the matcher as the bot
builds it, the division tables."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import placed_matcher
from bot.regionjoin import region_named
from tests.support.alerts import alerted, titled_matcher

BORDER_SITE = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  sahel:
    title: Mali and Burkina Faso
    keyword_sets: [security]
    locations:
      - name: Douentza
      - name: Boulkessi
        coords: [14.87, -1.56]
"""


@pytest.mark.parametrize(
    ("title", "town", "text"),
    [
        ("Nigeria Borno", "Monguno", "Hundreds of residents of Monguno walked to Maiduguri after the attack on the barracks."),
        ("Nigeria Borno", "Monguno", "Monguno families arrive in Maiduguri after the raid on the army base."),
        ("Burkina Faso", "Djibo", "Des centaines d'habitants de Djibo sont arrivés à Ouahigouya après l'attaque de dimanche."),
        ("Mozambique Cabo Delgado", "Macomia", "Moradores de Macomia chegaram a Pemba depois do ataque dos insurgentes."),
        ("Colombia Norte de Santander", "Tibú", "Familias de Tibú llegaron a Cúcuta tras los combates del sábado."),
        ("Niger", "Ayorou", "Families from Ayorou crossed into Mali's Gao region after the attack on the army post."),
    ],
)
def test_the_watched_towns_displaced_reaching_another_town_alert_it(title: str, town: str, text: str) -> None:
    matcher = titled_matcher(title, town)
    assert any(a.endswith("/" + town) for a in alerted(matcher, text)), matcher.explain(text)


@pytest.mark.parametrize(
    ("title", "town", "text"),
    [
        ("Nigeria Borno", "Monguno", "A Monguno trader was shot dead in Maiduguri on Sunday, police said."),
        ("Burkina Faso", "Djibo", "Un commerçant originaire de Djibo tué par balles à Ouahigouya."),
    ],
)
def test_a_watched_home_with_a_scene_elsewhere_still_does_not(title: str, town: str, text: str) -> None:
    matcher = titled_matcher(title, town)
    assert not any(a.endswith("/" + town) for a in alerted(matcher, text)), matcher.explain(text)


@pytest.mark.parametrize(
    ("title", "summary", "countries", "expected"),
    [
        ("Gunmen kill 12 villagers in central Mali", "", {"ML", "BF"}, ("ML", "Mali")),
        ("Nigeria: bandits abduct 30 worshippers", "", {"NG", "NE"}, ("NG", "Nigeria")),
        ("Car bomb kills four soldiers in Iraq, army says", "", {"IQ", "SY"}, ("IQ", "Iraq")),
    ],
)
def test_a_frequent_words_country_name_capitalised_is_the_country(
    title: str, summary: str, countries: set[str], expected: tuple[str, str]
) -> None:
    assert region_named(title, summary, countries) == expected


def test_a_country_name_in_lower_case_is_a_word() -> None:
    assert region_named("Farmers say turkey prices doubled", "", {"TR"}) is None


@pytest.mark.parametrize(
    ("title", "countries", "expected"),
    [
        ("Suicide bomber kills five at a mosque in Parwan", {"AF"}, ("AF.40", "Parwan")),
        ("Pakistan : six soldats tués dans une embuscade au Baloutchistan", {"PK"}, ("PK.02", "Baloutchistan")),
        ("Gunmen kill three levies in Baluchistan", {"PK"}, ("PK.02", "Baluchistan")),
        # a point of the compass keeps its word: the name after it, or before it, is still one
        ("Soudan : frappe de drone sur une école du Kordofan-Sud", {"SD"}, ("SD.50", "Kordofan Sud")),
    ],
)
def test_a_division_spelt_otherwise_is_read(title: str, countries: set[str], expected: tuple[str, str]) -> None:
    assert region_named(title, "", countries) == expected


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("مقتل جنود في هجوم على معسكر بولكيسي وسط مالي", True),  # its own country, which the guess missed
        ("مقتل جنود في هجوم على معسكر بولكيسي شمال بوركينا فاسو", True),  # the guessed one
        ("مقتل جنود في هجوم على معسكر بولكيسي في النيجر", False),  # a country the list does not watch
    ],
)
def test_a_border_site_typed_by_coords_is_in_the_watched_country_the_item_says(text: str, alerts: bool) -> None:
    matcher = placed_matcher(parse_config(BORDER_SITE).watchlists, load_gazetteer())
    assert (alerted(matcher, text) == {"sahel/Boulkessi"}) is alerts, matcher.explain(text)
