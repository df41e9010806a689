"""Place rules of issue 16's eighth round (helper places8), from the errors of
`places_blind5.jsonl` read item by item: homes and seats written with the name before the noun
("a Maiduguri family", "Kano residents", "the Maiduguri governor") or after "residents of",
"refugees from", "déplacés de"; a distance without a number ("far north of Kano", not "not far
from"); where a vehicle was going ("il se rendait à", "heading to"); the press's shortenings of a
town's name ("St-Louis", "D.G. Khan", an assimilated Arabic article joined) and a town's name that
a longer French name begins ("Saint-Louis-du-Rhône"). Every sentence here is new. Real parts: the
gazetteer and the matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.geo.resolve import press_shortenings
from bot.match import Matcher, _longer_name, _only_a_home, _reference_point, placed_matcher
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
  libya:
    title: Libya
    locations:
      - name: Benghazi
    keyword_sets: [security]
  senegal:
    title: Senegal
    locations:
      - name: Saint-Louis
    keyword_sets: [security]
  guiana:
    title: French Guiana
    locations:
      - name: Saint-Laurent-du-Maroni
    keyword_sets: [security]
  punjab:
    title: Southern Punjab
    locations:
      - name: Dera Ghazi Khan
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the name before a noun of people or of an office: a home or a seat, the scene elsewhere
        ("A Maiduguri family killed in arson attack in Lagos", "", set()),
        ("Kano residents die in ambush near Zaria", "", set()),
        ("Maiduguri governor condemns bombing in Yola", "", set()),
        ("The Benghazi municipal council says a militia raid in Derna killed four", "", set()),
        # "residents of", "refugees from", "déplacés de": people followed to where they are now
        ("Residents of Benghazi killed when gunmen fired on their bus near Tobruk", "", set()),
        ("Refugees from Maiduguri attacked in a camp in northern Cameroon", "", set()),
        ("Des déplacés de Kano attaqués dans un camp à Abuja", "", set()),
        # with no scene elsewhere the alert stands: when unsure, a missed attack costs more
        ("Kano residents flee gunfire overnight", "", {"nigeria/Kano"}),
        ("Gunmen attack the Maiduguri governor's convoy", "", {"nigeria/Maiduguri"}),
    ],
)
def test_homes_and_seats_with_the_name_before_the_noun(matcher: Matcher, title: str, summary: str, expected: set[str]) -> None:
    assert alerted(matcher, title, summary) == expected


@pytest.mark.parametrize(
    ("text", "name", "home"),
    [
        ("A Kano family was killed", "kano", True),
        ("Lamu residents said", "lamu", True),
        ("the residents of Lamu said", "lamu", True),
        ("refugees from Lamu", "lamu", True),
        ("des familles déplacées de Lamu", "lamu", True),
        # a scene, not a home
        ("gunmen in Lamu killed residents", "lamu", False),
        ("fighting displaced thousands in Lamu", "lamu", False),
    ],
)
def test_a_home_by_grammar(text: str, name: str, home: bool) -> None:
    tokens = tokenize(text)
    k = tokens.folded.index(name)
    assert _only_a_home(tokens, k, k) is home


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Pirates attack a ship far south of Lamu", True),
        ("Une attaque loin au nord de Lamu", True),
        ("Un ataque lejos de Lamu", True),
        ("Gunmen attack a village far from Lamu", True),
        # near, after a negation
        ("Gunmen attack a village not far from Lamu", False),
        ("Une attaque pas loin de Lamu", False),
        # a part of the place: its far north
        ("Bandits attack villages in the far north of Lamu", False),
    ],
)
def test_a_distance_without_a_number(text: str, reference: bool) -> None:
    tokens = tokenize(text)
    assert (_reference_point(tokens, tokens.folded.index("lamu")) is not None) is reference


def test_far_from_the_watched_place_is_no_scene(matcher: Matcher) -> None:
    assert alerted(matcher, "Gunmen attack a convoy in the desert, far south of Benghazi") == set()
    assert alerted(matcher, "Gunmen attack a convoy not far from Benghazi") == {"libya/Benghazi"}


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # where a vehicle or travellers were going, the scene elsewhere
        ("Un camion attaqué près de Ségou", "Des hommes armés l'ont incendié ; il se rendait à Bamako.", set()),
        ("Gunmen ambush a bus near Kaduna", "The bus was heading to Kano with 40 passengers.", set()),
        ("Bandits rob traders near Potiskum", "The traders were on their way to Maiduguri when the gunmen struck.", set()),
        # the journey's end attacked is the scene
        ("Gunmen attack a bus heading to Kano", "The attack happened at the Kano motor park.", {"nigeria/Kano"}),
    ],
)
def test_where_a_journey_was_going(matcher: Matcher, title: str, summary: str, expected: set[str]) -> None:
    assert alerted(matcher, title, summary) == expected


@pytest.mark.parametrize(
    ("name", "shortened"),
    [
        ("Saint-Louis", ["St-Louis"]),
        ("Sainte-Marie", ["Ste-Marie"]),
        ("Saint George", ["St George", "St. George"]),
        ("Dera Ghazi Khan", ["D.G. Khan"]),
        ("Tell er-Rumeida", ["Tell Errumeida"]),
        # no assimilated article, no shortening
        ("Ras al-Ain", []),
        ("Kafr es-Sheikh", []),
        ("Port-au-Prince", []),
        ("Kano", []),
    ],
)
def test_the_press_shortenings_of_a_towns_name(name: str, shortened: list[str]) -> None:
    assert press_shortenings(name) == shortened


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Gunmen attack a police post in St-Laurent-du-Maroni", {"guiana/Saint-Laurent-du-Maroni"}),
        # a shortening that names a better-known place is left to it ("St-Louis": St. Louis, Missouri)
        ("Gunmen attack a police post in St-Louis", set()),
        ("Bomb kills four at a bus station in D.G. Khan", {"punjab/Dera Ghazi Khan"}),
        # a longer French name that the watched town's begins is another place
        ("Gunman kills two in Saint-Louis-du-Rhône", set()),
        ("Gunman kills two in Saint-Louis", {"senegal/Saint-Louis"}),
    ],
)
def test_shortened_and_longer_names(matcher: Matcher, title: str, expected: set[str]) -> None:
    assert alerted(matcher, title) == expected


def test_the_longer_name_a_town_begins() -> None:
    tokens = tokenize("Attack in Saint-Louis-du-Rhône")
    assert _longer_name(tokens, tokens.folded.index("louis")) == "Saint-Louis-du-Rhône"
    tokens = tokenize("Kano-based traders")
    assert _longer_name(tokens, tokens.folded.index("kano")) is None


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # "known as" and a name that goes on with another capitalised word: a person, for the item
        ("Kano Abdullahi among bandits killed in Zamfara", "A gang leader known as Kano Abdullahi died in the raid.", set()),
        ("Gunmen attack a market in a town known as Kano", "", {"nigeria/Kano"}),
        # a club: the name, "City" or "United", then its fans, players or coach
        ("Maiduguri United fans riot after defeat in Lagos", "", set()),
        ("Kano City supporters attacked outside a stadium in Abuja", "", set()),
        ("Riot in Kano city centre after the match", "", {"nigeria/Kano"}),
        # a company "of" the place
        ("Bandits raid a depot of the Petroleum Company of Maiduguri in Yobe", "", set()),
        # a building named after the place, that the item places in a town far from it
        ("Fire and looting at the Benghazi Garden hotel in Istanbul", "", set()),
        ("Gunmen storm the Benghazi Garden hotel in Benghazi", "", {"libya/Benghazi"}),
        ("Gunmen storm the Palace hotel in Benghazi", "", {"libya/Benghazi"}),
    ],
)
def test_people_clubs_companies_and_buildings_named_after_a_place(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    assert alerted(matcher, title, summary) == expected


def test_a_division_named_after_a_people_is_not_its_country() -> None:
    # "the Somali region" is Ethiopia's: the town in it is no namesake in Somalia
    watchlists = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  ethiopia:
    title: Eastern Ethiopia
    locations:
      - name: Gode
    keyword_sets: [security]
"""
    matcher = placed_matcher(parse_config(watchlists).watchlists, load_gazetteer())
    title = "Grenade attack on a hotel in Gode, in the Somali region"
    assert alerted(matcher, title) == {"ethiopia/Gode"}
    assert alerted(matcher, "Grenade attack on a hotel in Gode, the main town of the Somali region") == {"ethiopia/Gode"}
