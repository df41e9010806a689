"""Reports of an incident at a watched town that named the town and still alerted nothing:
the item's own division or the town's own name was read as a scene elsewhere. Written before the
rules, with towns and wording of no labelled set (issue 17: a missed report is a missed alert)."""

from __future__ import annotations

import pytest

from bot.config import LocationConfig, WatchlistConfig
from bot.geo import Gazetteer, load_gazetteer
from bot.match import Matcher, placed_matcher


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return load_gazetteer()


def watching(real: Gazetteer, title: str, *names: str) -> Matcher:
    """A watchlist with no keywords (any item naming the place alerts), as grouping's tests
    build it: what is measured is whether the place is read as named."""
    locations = [LocationConfig(name=n) for n in names]
    watchlist = WatchlistConfig(title=title, locations=locations, keywords=[], keyword_sets=[])
    return placed_matcher({"w": watchlist}, real)


def alerts(matcher: Matcher, title: str, summary: str = "") -> bool:
    return any(r.alerts for r in matcher.match(title, summary))


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the town's own province after it, in Portuguese, French and English, in either order
        ("RDCongo: MSF retira equipas do hospital de Rutshuru, no Kivu do Norte", ""),
        ("MSF retire ses équipes de l'hôpital de Rutshuru, au Nord-Kivu", ""),
        (
            "Doctors in Rutshuru hospital flee shelling",
            "The charity said staff of the hospital had left for safety in North Kivu.",
        ),
    ],
)
def test_the_towns_own_province_is_no_scene_elsewhere(real: Gazetteer, title: str, summary: str) -> None:
    assert alerts(watching(real, "North Kivu", "Rutshuru", "Goma"), title, summary)


def test_another_province_is_still_a_scene_elsewhere(real: Gazetteer) -> None:
    """Not every province: the hospital of Rutshuru sending a team to South Kivu tells of South
    Kivu (the rule that turns a home away where the item happens elsewhere still holds)."""
    matcher = watching(real, "North Kivu", "Rutshuru", "Goma")
    assert not alerts(matcher, "Des médecins de l'hôpital de Rutshuru envoyés en renfort au Sud-Kivu", "")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the watched city's name is a village's elsewhere too, and no word in the item says
        # which: the watched city, not "the item happens elsewhere (Derna)"
        ("Derna residents bury their dead as rescuers search the wadi", ""),
        ("Eastern government says Derna dam repairs to start next month", "Officials said the work would take a year."),
    ],
)
def test_the_watched_name_is_no_scene_elsewhere_by_a_namesake_nothing_chose(real: Gazetteer, title: str, summary: str) -> None:
    assert alerts(watching(real, "Eastern Libya", "Derna", "Benghazi"), title, summary)


def test_a_namesake_the_item_places_elsewhere_is_still_turned_away(real: Gazetteer) -> None:
    """The Romanian Derna, written with its country, is still not Libya's."""
    matcher = watching(real, "Eastern Libya", "Derna", "Benghazi")
    assert not alerts(matcher, "Derna, Romania: residents bury their dead after floods", "")


def test_a_town_known_only_by_its_coords_has_its_province_too(real: Gazetteer) -> None:
    """Kitchanga, which the gazetteer does not list, typed with its coords: the province of its
    country's nearest town is its own, so "no Kivu do Norte" is no scene elsewhere; "Sud-Kivu" is."""
    locations = [LocationConfig(name="Kitchanga", coords=(-1.19, 28.97)), LocationConfig(name="Goma")]
    watchlist = WatchlistConfig(title="North Kivu", locations=locations, keywords=[], keyword_sets=[])
    matcher = placed_matcher({"w": watchlist}, real)
    assert alerts(matcher, "RDCongo: MSF retira equipas do hospital de Kitchanga, no Kivu do Norte")
    assert not alerts(matcher, "Des médecins de l'hôpital de Kitchanga envoyés en renfort au Sud-Kivu")


@pytest.mark.parametrize(
    ("typed", "coords", "title"),
    [
        # a site of an Arabic-speaking country typed with the article, written without it
        ("Al Dhale", (13.70, 44.73), "Houthi missiles hit an army camp in Dhale, soldiers killed"),
        ("Al Mahfad", (13.93, 46.05), "Fighting reported near Mahfad as tribesmen clash with militants"),
    ],
)
def test_a_site_typed_with_the_arabic_article_is_named_without_it(
    real: Gazetteer, typed: str, coords: tuple[float, float], title: str
) -> None:
    locations = [LocationConfig(name=typed, coords=coords), LocationConfig(name="Aden")]
    watchlist = WatchlistConfig(title="Southern Yemen", locations=locations, keywords=[], keyword_sets=[])
    assert alerts(placed_matcher({"w": watchlist}, real), title)


@pytest.mark.parametrize(
    "title",
    [
        "Gunmen kill 20 Fula villagers in central Mali",
        "Fula and Dogon militias clash again, 12 killed",
    ],
)
def test_a_rest_of_four_letters_is_no_short_form(real: Gazetteer, title: str) -> None:
    """"El Fula" without its article is "Fula", a people of the whole Sahel; four-letter rests
    are as often a people or another country's province ("Jawf" in Yemen) as the place."""
    locations = [LocationConfig(name="El Fula", coords=(11.73, 28.35)), LocationConfig(name="Babanusa")]
    watchlist = WatchlistConfig(title="Kordofan", locations=locations, keywords=[], keyword_sets=[])
    assert not alerts(placed_matcher({"w": watchlist}, real), title)


def test_the_article_is_left_out_only_of_arabic_speaking_countries_names(real: Gazetteer) -> None:
    """"El Paso" is no "Paso": a Spanish word, and no Arabic article."""
    locations = [LocationConfig(name="El Paso", coords=(31.76, -106.49)), LocationConfig(name="Ciudad Juárez")]
    watchlist = WatchlistConfig(title="Border", locations=locations, keywords=[], keyword_sets=[])
    assert not alerts(placed_matcher({"w": watchlist}, real), "Storm closes Paso Robles highway, drivers stranded")
