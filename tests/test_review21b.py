"""Review 21b of storymiss9's merge: the errors it brought, each fixed by its cause.

- A watched site known only by its `coords:`, inside a town of the country next door, was put in
  the country the watchlist's title names ("North Kivu" points at DR Congo; "Gisenyi market" is in
  Rwanda's Gisenyi), so reports of it, which name its own country, alerted nothing. A site inside
  a town's built-up ground is in that town's country; what the list points at decides only
  where no town's ground holds the site (Bunagana, 9.5 km from Uganda's Kisoro, is Congo's).
- A division named by plain words in lower case ("far north", "upper east") was read as no
  division even beside its country's name ("far north Cameroon", "Cameroon's far north") or
  before a noun of division ("the far north region"), so the report joined no story.
- Two copies of the compass and of the plain words of a division's name had drifted apart: one
  table each (`bot.geo.admin1`), so a title "North Darfur" or "Southern Kivu" is read as GeoNames
  writes the division ("Northern Darfur", "South Kivu").

Real parts: the gazetteer, the config parser, the matcher and the story index as the bot builds
them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.geo.resolve import _geonames_division_at, resolve_watchlists
from bot.regionjoin import region_named
from bot.story import StoryIndex
from bot.textnorm import tokenize
from tests.test_story_labelled import group, reports
from tests.test_unmatched_round22 import keywords_off_matcher


def _config(title: str, sites: list[tuple[str, float, float]]) -> str:
    lines = ["feeds:", "  - name: T", "    url: https://example.org/feed.xml", "watchlists:", "  w:", f'    title: "{title}"']
    lines.append("    locations:")
    for name, lat, lon in sites:
        lines += [f'      - name: "{name}"', f"        coords: [{lat}, {lon}]"]
    lines.append("    keyword_sets: [security]")
    return "\n".join(lines) + "\n"


GISENYI = ("Gisenyi market", -1.70, 29.26)
GOMA = ("Goma airport", -1.67, 29.24)


@pytest.mark.parametrize(
    ("title", "site", "country"),
    [
        # the review's: a site inside a neighbour's town, a title naming a province
        ("North Kivu", GISENYI, "RW"),
        ("North Kivu", GOMA, "CD"),
        ("North Kivu", ("Kisoro clinic", -1.285, 29.685), "UG"),
        ("South Kivu", ("Gatumba camp", -3.335, 29.245), "BI"),
        # other border towns: the town the site is in, whatever country the title names
        ("South Kivu", ("Rusizi bridge", -2.48, 28.90), "RW"),  # Cyangugu, 1 km; Bukavu 6.5 km
        ("South Kivu", ("Bukavu port", -2.50, 28.86), "CD"),
        ("Rwanda's Western Province", GOMA, "CD"),
        ("Far North", ("N'Djamena port", 12.11, 15.04), "TD"),  # Kousséri (Cameroon) 3.8 km off
        ("Lac", ("Kousseri bridge", 12.08, 15.03), "CM"),  # Chad's Lac; N'Djamena 3.4 km off
        ("Tillaberi", ("Ansongo market", 15.66, 0.50), "ML"),
        # no town's ground holds the site: the province the title names decides (storymiss9)
        ("North Kivu", ("Bunagana", -1.28, 29.60), "CD"),
        ("Towns of South Kivu", ("Kamanyola", -2.75, 29.00), "CD"),
        ("Border posts", ("Bunagana", -1.28, 29.60), "UG"),
    ],
)
def test_a_site_inside_a_town_is_in_that_towns_country(title: str, site: tuple[str, float, float], country: str) -> None:
    found = resolve_watchlists(load_gazetteer(), parse_config(_config(title, [site])).watchlists)
    assert found[("w", site[0])].country == country


def _alerts(title: str, sites: list[tuple[str, float, float]], items: list[tuple[str, str]]) -> list[str | None]:
    start = datetime(2026, 5, 9, 8, 0, tzinfo=UTC)
    rows = [{"title": t, "summary": s, "when": start + timedelta(hours=3 * i)} for i, (t, s) in enumerate(items)]
    return [None if r is None else r.primary for r in reports(rows, keywords_off_matcher(_config(title, sites)))]


@pytest.mark.parametrize(
    ("title", "sites", "item"),
    [
        (
            "North Kivu",
            [GISENYI, GOMA],
            (
                "Rwanda: grenade attack at Gisenyi market",
                "A grenade exploded in the market of Gisenyi, western Rwanda, police said.",
            ),
        ),
        (
            "North Kivu",
            [GISENYI, GOMA],
            (
                "Attaque à la grenade au marché de Gisenyi, au Rwanda",
                "Une grenade a explosé au marché de Gisenyi, dans l'ouest du Rwanda, selon la police.",
            ),
        ),
        (
            "North Kivu",
            [GISENYI, GOMA],
            ("Grenade blast at Gisenyi market in Rubavu, Rwanda", "Two people were wounded, Rwandan police said."),
        ),
        (
            "North Kivu",
            [("Kisoro clinic", -1.285, 29.685)],
            ("Gunmen attack Kisoro clinic in Uganda", "Gunmen attacked Kisoro clinic in south-western Uganda, police said."),
        ),
        (
            "South Kivu",
            [("Gatumba camp", -3.335, 29.245)],
            (
                "Burundi : attaque contre le camp de Gatumba",
                "Des hommes armés ont attaqué le camp de Gatumba, près de Bujumbura.",
            ),
        ),
        (
            "Far North",
            [("N'Djamena port", 12.11, 15.04)],
            (
                "Tchad : explosion au port de N'Djamena",
                "Une explosion a fait deux blessés au port de N'Djamena, selon la police.",
            ),
        ),
    ],
)
def test_a_report_of_a_site_in_a_neighbours_town_alerts(
    title: str, sites: list[tuple[str, float, float]], item: tuple[str, str]
) -> None:
    assert _alerts(title, sites, [item]) == [sites[0][0]]


@pytest.mark.parametrize(
    ("title", "area"),
    [
        ("Boko Haram kills 5 in far north Cameroon", "CM.12"),
        ("Gunmen kill five villagers in Cameroon's far north region", "CM.12"),
        ("Gunmen kill 4 in Cameroon's far north", "CM.12"),
        ("Attack in the far north region of Cameroon kills soldiers", "CM.12"),
        ("Cameroon: suicide bomber kills 3 in the country's far north region", "CM.12"),
        ("Ghana: gunmen kill 2 in the upper east region", "GH.10"),
        ("Al-Shabaab attack in lower Juba region", "SO.09"),
        ("Clashes in upper Nile state kill 20", "SS.07"),
    ],
)
def test_plain_words_in_lower_case_beside_their_country_or_a_noun_are_the_division(title: str, area: str) -> None:
    found = region_named(title, "", frozenset({"CM", "GH", "SO", "SS", "TG", "NG"}), None)
    assert found is not None and found[0] == area


@pytest.mark.parametrize(
    "title",
    [
        "Togo: gendarmes killed in the far north",  # another country's item: a direction
        "Boko Haram kills 5 in Nigeria's far north",  # the words beside another country
        "Burkina: attack in the far east of the country",
        "Nepal: floods in the far west",
    ],
)
def test_plain_words_in_lower_case_elsewhere_are_no_division(title: str) -> None:
    found = region_named(title, "", frozenset({"CM", "GH", "SO", "SS", "TG", "NG", "BF", "NP"}), None)
    assert found is None or "." not in found[0]


CAMEROON = [("Mokolo", 10.74, 13.80), ("Bamenda", 5.96, 10.15)]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Gunmen kill five villagers in Cameroon's far north region",
            "Armed men raided a village overnight, killing five, officials said.",
        ),
        ("Five villagers killed in Cameroon's far north", "Armed men raided a village overnight, killing five, officials said."),
        (
            "Gunmen kill five villagers in far north Cameroon",
            "Armed men raided a village overnight, killing five, officials said.",
        ),
    ],
)
def test_a_report_of_cameroons_far_north_in_lower_case_joins_its_story(title: str, summary: str) -> None:
    """Two stories of gunmen in Cameroon: the one in its Far North (Mokolo), not the North-West's."""
    start = datetime(2026, 5, 9, 8, 0, tzinfo=UTC)
    rows = [
        {
            "title": "Gunmen kill five villagers in Mokolo",
            "summary": "Armed men raided a village near Mokolo overnight, killing five, officials said.",
        },
        {
            "title": "Gunmen kill four villagers in Bamenda",
            "summary": "Armed men raided a neighbourhood of Bamenda overnight, killing four, officials said.",
        },
        {"title": title, "summary": summary},
    ]
    for i, row in enumerate(rows):
        row["when"] = start + timedelta(hours=3 * i)  # type: ignore[assignment]
    stories = group(reports(rows, keywords_off_matcher(_config("Cameroon", CAMEROON))), StoryIndex(72))
    assert stories[2] == stories[0] != stories[1]


@pytest.mark.parametrize(
    ("title", "country"),
    [
        # GeoNames writes "Northern Darfur", "Southern Kordofan", "Western Equatoria", "South Kivu"
        ("North Darfur", "SD"),
        ("South Kordofan", "SD"),
        ("West Equatoria", "SS"),
        ("Southern Kivu", "CD"),
        ("Northern Kivu", "CD"),
    ],
)
def test_a_title_names_a_division_whichever_form_of_the_compass_it_writes(title: str, country: str) -> None:
    tokens = tokenize(title)
    assert _geonames_division_at(load_gazetteer(), tokens.folded, tokens.words, 0) == (country, 2)


@pytest.mark.parametrize("title", ["Norte", "Zona Norte e Sul", "Far North", "Upper East and Lower"])
def test_a_title_of_plain_words_in_any_language_names_no_division(title: str) -> None:
    tokens = tokenize(title)
    assert _geonames_division_at(load_gazetteer(), tokens.folded, tokens.words, 0) is None
