"""Place rules of issue 16's seventh round (helper places7), from the errors of
`places_blind4.jsonl` read item by item: bodies and meetings named after a place through words
written with capitals, titles in quotes with a noun of works after them or words of their own,
a district's two-word name that is no person's, homes written with "du"/"des", cities whose
names are everyday words written as a place, a town tied to a country where the gazetteer lists
no namesake, flights named after where they go and journeys back, and places said to be
untouched or only on alert while the item happens far from them, an airport's official name
reordered, a source with an adjective after its noun and a dateline's city named again only as the
source. Every sentence here is new. Real parts: the gazetteer and the matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, _only_a_home, placed_matcher
from bot.textnorm import tokenize
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  nigeria:
    title: Northern Nigeria
    locations:
      - name: Kano
      - name: Maiduguri
    keyword_sets: [security]
  mali:
    title: Mali
    locations:
      - name: Bamako
    keyword_sets: [security]
  south-sudan:
    title: South Sudan
    locations:
      - name: Juba
    keyword_sets: [security]
  libya:
    title: Libya
    locations:
      - name: Benghazi
    keyword_sets: [security]
  bamako-area:
    title: Bamako and its airport
    locations:
      - name: Bamako
        radius: 25km
      - name: Bamako airport
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a body or a meeting named after the place, through words written with capitals
        ("Kano Traders Welfare Association leaders held after clashes in Lagos", "", set()),
        ("Experts at the Benghazi Youth Dialogue warn of militant attacks", "The meeting was held in Tunis.", set()),
        # the place's own government's bodies sit in it
        ("Gunmen storm the Bamako Municipal Council offices", "", {"mali/Bamako", "bamako-area/Bamako"}),
        # the place's own words are no body's
        (
            "Gunmen attack Bamako International Airport fuel depot",
            "",
            {"mali/Bamako", "bamako-area/Bamako", "bamako-area/Bamako airport"},
        ),
        # a headline all In Title Case says nothing by its capitals
        ("Gunmen Attack Juba Youth Union Office", "", {"south-sudan/Juba"}),
        # a title in quotes with a noun of works a word or two after it
        ("'Juba' spy film with a bombing scene opens in Nairobi", "", set()),
        ("« Benghazi » grand roman de guerre : l'attaque racontée", "", set()),
        # a title of more words than the name leaves the place written as a place to the place
        (
            "Cast of 'Bamako Blues' series attacked in Bamako",
            "Gunmen attacked the cast of the series 'Bamako Blues' as they filmed in Bamako on Monday.",
            {"mali/Bamako", "bamako-area/Bamako"},
        ),
        # ... but a title that is the name alone makes the item the work's
        ("The film 'Juba' retells the attack on a convoy", "It opens in Juba cinemas next week.", set()),
    ],
)
def test_bodies_and_titles_named_after_a_place(matcher: Matcher, title: str, summary: str, expected: set[str]) -> None:
    assert alerted(matcher, title, summary) == expected


def test_a_district_of_two_capitalised_words_is_no_persons_name(matcher: Matcher) -> None:
    # "Maiduguri Bulabulin" reads as a given name and a surname, but a district noun follows
    title = "Gunmen kill four in Maiduguri Bulabulin district"
    assert alerted(matcher, title) == {"nigeria/Maiduguri"}
    # a person still: "Kano Ndubuisi said", no area after
    assert alerted(matcher, "Kano Ndubuisi wins award for film about a bombing") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Un chauffeur originaire du Kano tué à Lagos",
        "Des commerçants originaires des Kano tués",
        "Un homme natif du Kano",
    ],
)
def test_a_home_written_with_du_or_des(text: str) -> None:
    tokens = tokenize(text)
    k = tokens.folded.index("kano")
    assert _only_a_home(tokens, k, k)


def test_a_city_whose_name_is_an_everyday_word_is_a_scene_after_in(matcher: Matcher) -> None:
    # "Orlando" is a frequent word (a given name): written after "à", a city and the scene
    title = "Un étudiant originaire de Maiduguri tué dans une fusillade à Orlando"
    assert alerted(matcher, title) == set()
    # the home alone, with no scene elsewhere, still alerts: when unsure the alert stands
    assert alerted(matcher, "Un étudiant originaire de Maiduguri tué dans une fusillade") == {"nigeria/Maiduguri"}


def test_a_town_tied_to_a_country_with_no_namesake_is_not_the_one_within_a_radius(matcher: Matcher) -> None:
    # Kalaban Koro lies within Bamako's radius; the gazetteer knows none in Guinea
    assert alerted(matcher, "Gunmen attack a market in Kalaban Koro") == {"bamako-area/Bamako"}
    assert alerted(matcher, "Gunmen attack a market in Kalaban Koro, Guinea") == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # flights named after where they go or come from, the scene elsewhere
        ("Blast at Kano airport: Juba flights cancelled", "", {"nigeria/Kano"}),
        # where a journey went back to
        (
            "Rockets hit Maiduguri airport",
            "A plane bound for Maiduguri was attacked on approach and turned back to Kano.",
            {"nigeria/Maiduguri"},
        ),
        # the attack there still alerts
        ("Gunmen attack Kano flights office", "", {"nigeria/Kano"}),
        # a place said to be untouched, while the scene is far from it
        (
            "Bomb kills three in central Kano",
            "Operations at Bamako airport were not affected, the airline said.",
            {"nigeria/Kano"},
        ),
        # near the scene, an untouched site is still news to those watching it
        (
            "Gunmen attack Kalaban Koro market",
            "Flights at Bamako airport were not affected, officials said.",
            {"mali/Bamako", "bamako-area/Bamako", "bamako-area/Bamako airport"},
        ),
        ("Explosion près de Benghazi : l'aéroport de Juba n'a pas été touché", "", {"libya/Benghazi"}),
        # a place only put on alert while the shooting is far from it
        ("Tirs à l'aéroport de Kano, l'aéroport de Juba placé en état d'alerte", "", {"nigeria/Kano"}),
        ("Juba on high alert after bombing in Benghazi", "", {"libya/Benghazi"}),
        # on alert, with nothing elsewhere: when unsure the alert stands
        ("Juba on high alert after bombing", "", {"south-sudan/Juba"}),
    ],
)
def test_journeys_untouched_places_and_alerts(matcher: Matcher, title: str, summary: str, expected: set[str]) -> None:
    assert alerted(matcher, title, summary) == expected


def test_an_airports_official_name_without_its_citys_hyphenated_name(matcher: Matcher) -> None:
    # a hyphenated official name that opens with the city's ("City-Other Airport") is written without it too
    from bot.geo.model import GeoPlace
    from bot.geo.resolve import _without_city

    gazetteer = load_gazetteer()
    city = gazetteer.lookup(("bamako",))[0]
    airport = GeoPlace("iata:XXX", "Bamako-Sirakoro Airport", "airport", "ML", 12.5, -7.9)
    assert _without_city(gazetteer, airport, city) == "Sirakoro Airport"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # an airport's official name from the gazetteer in another order, with another language's
        # site word, every word as written
        # (airportsdata: "Senou Airport"); the airport lies within Bamako's radius of 25 km, so
        # named it alerts Bamako too, as any place named within the radius (round 23)
        ("Tirs près de l'aéroport de Senou", {"bamako-area/Bamako airport", "bamako-area/Bamako"}),
        ("Ataque contra el aeropuerto de Senou", {"bamako-area/Bamako airport", "bamako-area/Bamako"}),
        # not misspelt
        ("Tirs près de l'aéroport de Senuo", set()),
    ],
)
def test_an_airports_official_name_in_another_order(matcher: Matcher, title: str, expected: set[str]) -> None:
    assert alerted(matcher, title) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # an adjective after the noun that reports: "des responsables humanitaires à"
        (
            "Soudan : des frappes aériennes tuent douze civils à El Fasher",
            "Selon des sources sécuritaires à Juba, les frappes ont visé un marché d'El Fasher.",
            set(),
        ),
        ("Explosión en Benghazi", "Según fuentes policiales en Juba, no hubo heridos en la ciudad libia.", {"libya/Benghazi"}),
        # the place itself written as the scene still alerts
        ("Des tirs à Juba", "Selon des sources sécuritaires à Juba, deux soldats ont été tués.", {"south-sudan/Juba"}),
    ],
)
def test_a_source_with_an_adjective_after_its_noun(matcher: Matcher, title: str, summary: str, expected: set[str]) -> None:
    assert alerted(matcher, title, summary) == expected


def test_a_city_read_through_its_airports_name_in_another_language(matcher: Matcher) -> None:
    # the matcher reads "Saná" as Sanaa (a capital's other spelling, with its accent); the site
    # word's owner is that very name, whatever namesake the place model took for it
    yemen_list = "  yemen:\n    title: Yemen\n    locations:\n      - name: Sanaa\n      - name: Sanaa airport\n"
    watchlists = parse_config(WATCHLISTS.replace("  libya:", yemen_list + "    keyword_sets: [security]\n  libya:")).watchlists
    yemen = placed_matcher(watchlists, load_gazetteer())
    got = alerted(yemen, "Bombardeo contra el aeropuerto de Saná")
    assert {"yemen/Sanaa", "yemen/Sanaa airport"} <= got


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a dateline's city named again only as the source is still only the dateline
        (
            "Militants ambush a patrol in Borno",
            "KANO, Nigeria (Reuters) - Militants ambushed a patrol near Damboa in the Borno state on Monday, "
            "killing seven soldiers, officials in Kano said.",
            set(),
        ),
        # named again as a place, it is a scene
        (
            "Militants ambush a patrol",
            "KANO, Nigeria (Reuters) - Militants ambushed a patrol in Kano on Monday, killing seven soldiers, officials said.",
            {"nigeria/Kano"},
        ),
    ],
)
def test_a_datelines_city_named_again_as_the_source(matcher: Matcher, title: str, summary: str, expected: set[str]) -> None:
    assert alerted(matcher, title, summary) == expected


def test_a_watched_town_of_several_words_is_a_city_not_a_site() -> None:
    config = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  w:
    title: Towns
    locations:
      - name: Port Harcourt
      - name: Birnin Kebbi
      - name: Port Harcourt airport
      - name: Maiduguri police barracks
      - name: Nigeria
    keyword_sets: [security]
"""
    matcher = placed_matcher(parse_config(config).watchlists, load_gazetteer())
    assert matcher.place_kind("Port Harcourt") == "city"
    assert matcher.place_kind("Birnin Kebbi") == "city"
    assert matcher.place_kind("Port Harcourt airport") == "site"
    assert matcher.place_kind("Maiduguri police barracks") == "site"  # in the town its name holds
    assert matcher.place_kind("Nigeria") == "country"
