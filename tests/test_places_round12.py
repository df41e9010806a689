"""Place and sense rules of issue 16's twelfth round (helper places12), from the errors of
`places_blind9.jsonl` read item by item: a namesake placed by a division of any level that only
other countries have ("Cornillon, dans le Gard"); a name the gazetteer knows only far from a
`coords:` place, in the country the item is about and near a town it names ("Saudi police ... the
town of Shaqra, north-west of Riyadh"); a quarter or a market of another town named after the
place ("au marché Mokolo ... de Yaoundé", "the Malindi area of Stone Town"); a company or an
authority named after the place through words of its trade ("the Ras Lanuf oil company") with
the scene elsewhere; a business's noun before a name ("streaming service Mubi"); and the sea
off a coast as a scene ("off the coast of Guinea"). Every sentence here is new: other places,
other wording, other languages. Real parts: the gazetteer and the matcher as the bot builds
them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, _body_after, _part_named_after, placed_matcher
from bot.places import look_up_places
from bot.textnorm import tokenize
from tests.support.alerts import alerted, titled_matcher

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  sahel:
    title: Sahel
    locations:
      - name: Kayes
      - name: Gao
      - name: Timbuktu
      - name: Sikasso
    keywords: [attack, attaque, attaquent, kill, killed, tué, tués, gunmen, kidnapped, enlevés, robbers, pirates]
  haiti:
    title: Haiti
    locations:
      - name: Saint-Marc
      - name: Lascahobas
    keywords: [tué, tués, attaque, attaquent, armés, kill]
  yemen:
    title: Yemen
    locations:
      - name: Shaqra
        coords: [13.35, 45.70]
    keywords: [raid, gunman, gunmen, strike, strikes, kill, killed, clashes]
  coast:
    title: East African coast
    locations:
      - name: Mombasa
    keywords: [pirates, seized, attack, kill]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "turned_away"),
    [
        # a division of another country, of any level, after a comma or "in"
        ("Un retraité tué par balle à Saint-Marc, en Vendée", "", "haiti/Saint-Marc"),
        ("Gunmen kill five in Kayes, in the Bouenza department", "", "sahel/Kayes"),
        ("Deux morts dans une attaque à Sikasso (Dordogne), selon la gendarmerie", "", "sahel/Sikasso"),
        # the gazetteer's only place of a coords: town's name, where the item is
        (
            "Saudi forces raid a hideout in Shaqra",
            "Saudi special forces killed two gunmen in Shaqra, a town in the Najd about 190 km from Riyadh.",
            "yemen/Shaqra",
        ),
        # a quarter or a market of another town named after the place
        ("Des hommes armés attaquent le quartier Gao de Niamey", "", "sahel/Gao"),
        ("Police kill two robbers in the Timbuktu neighbourhood of Bamako", "", "sahel/Timbuktu"),
        # a company named after the place, its staff attacked elsewhere
        ("Sikasso Cotton Ginning Company says two drivers kidnapped in Bamako", "", "sahel/Sikasso"),
        ("The Kayes cement company reports its trucks attacked near Bamako", "", "sahel/Kayes"),
        # a business's noun before the name
        ("Streaming service Gao hit by a cyber attack", "", "sahel/Gao"),
        # home people at sea far away
        ("Ten Mombasa fishermen seized by pirates off the coast of Somalia", "", "coast/Mombasa"),
        # a given name that is a town's, before an Arabic surname with its article
        ("Timbuktu Al-Ansari condemns the killing of five traders in Mopti", "", "sahel/Timbuktu"),
        # who speaks by telephone from the place speaks from it
        (
            "Gunmen kill four in an attack near Ménaka",
            "A local official, reached by satellite phone from Gao, said gunmen killed four herders.",
            "sahel/Gao",
        ),
        ("Attaque près de Nioro : cinq tués, selon un élu joint par téléphone depuis Kayes", "", "sahel/Kayes"),
    ],
)
def test_not_the_watched_place(matcher: Matcher, title: str, summary: str, turned_away: str) -> None:
    assert turned_away not in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a division of the watched place's own country; a word that is also a division elsewhere
        ("Gunmen kill five in Kayes, in Kayes region", "", "sahel/Kayes"),
        ("Gunmen kill three in Timbuktu, in Tombouctou region", "", "sahel/Timbuktu"),
        ("Des hommes armés attaquent Lascahobas, dans le Plateau central", "", "haiti/Lascahobas"),
        # the coalition's demonym, no town of its country: the watched town
        ("Saudi-led coalition strikes Shaqra, killing four", "", "yemen/Shaqra"),
        # the market of the town itself ("de"), a company with no scene elsewhere
        ("Des hommes armés attaquent le marché de Gao", "", "sahel/Gao"),
        ("Gunmen attack the Sikasso oil company depot, killing two guards", "", "sahel/Sikasso"),
        ("Pirates attack a tanker off Mombasa", "", "coast/Mombasa"),
        # an article and a name that is a place's own
        ("Gunmen attack Gao, El Fasher and Kidal", "", "sahel/Gao"),
        # the source is the scene when the item writes the scene as part of its town
        (
            "Officials in Kayes say gunmen killed two in Lafiabougou",
            "Officials in Kayes said gunmen killed two traders in the town's Lafiabougou neighbourhood.",
            "sahel/Kayes",
        ),
        # "phone" without "by" or "from" is no source
        ("Gunmen kill two phone sellers in Gao", "", "sahel/Gao"),
    ],
)
def test_still_the_watched_place(matcher: Matcher, title: str, summary: str, expected: str) -> None:
    assert expected in alerted(matcher, title, summary)


def test_a_body_needs_a_noun_of_a_body_after_words_of_its_trade_or_name() -> None:
    assert _body_after(tokenize("the Kayes cement company said"), 1) == 3
    assert _body_after(tokenize("the Kayes Gold Mining Corporation said"), 1) == 4
    assert _body_after(tokenize("the Kayes company said"), 1) is None  # a bare noun: a firm of the town
    assert _body_after(tokenize("the Kano state water corporation said"), 1) is None  # the state's own


def test_a_part_of_a_town_is_written_without_de_or_with_of_a_name() -> None:
    assert _part_named_after(tokenize("au marché Mokolo hier"), 2, 2) == "marché Mokolo"
    assert _part_named_after(tokenize("au marché de Mokolo hier"), 3, 3) is None
    assert _part_named_after(tokenize("in the Malindi area of Stone Town"), 2, 2) == "Malindi area of Stone"
    assert _part_named_after(tokenize("in the Malindi area of the coast"), 2, 2) is None


def test_a_city_written_before_the_noun_of_its_part_is_the_whole_not_a_namesake() -> None:
    """English writes "the <city> neighbourhood of <quarter>" for a quarter of the city: the rule on
    parts named after a town holds only when the whole after "of" is the larger town."""
    beirut = titled_matcher("Lebanon", "Beirut")
    text = "Sniper fire wounded two men in the Beirut neighbourhood of Ain el-Remmaneh as armed clashes broke out."
    assert alerted(beirut, "Sniper fire wounds two near the Green Line", text) == {"lebanon/Beirut"}
    baghdad = titled_matcher("Iraq", "Baghdad")
    text = "A car bomb killed six people in the Baghdad district of Karrada on Friday, police said."
    assert alerted(baghdad, "Car bomb kills six", text) == {"iraq/Baghdad"}


def test_a_district_a_town_heads_and_a_department_of_two_words_are_the_towns_own() -> None:
    """ "Kathua district of Jammu and Kashmir" names the district the town heads, in its state; "dans
    le Mayo-Rey" is Cameroon's department, not Ireland's Mayo: both stay the watched town's."""
    kathua = titled_matcher("India", "Kathua")
    text = "Four soldiers were killed when militants ambushed their vehicle in Kathua district of Jammu and Kashmir."
    assert alerted(kathua, "Soldiers killed in ambush", text) == {"india/Kathua"}
    touboro = titled_matcher("Cameroon", "Touboro")
    text = "Des ravisseurs ont enlevé une quinzaine de personnes dans un quartier de Touboro, dans le Mayo-Rey."
    assert alerted(touboro, "Enlèvement de masse", text) == {"cameroon/Touboro"}
