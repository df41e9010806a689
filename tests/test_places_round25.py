"""Place rules of issue 16's twenty-fifth round (helper places25): a city's province named after
it, written as where another town or a part of the province lies.

The false alerts and misses left across the spent place sets were classed by cause (the report
of places25). A class recurring across six sets: the watched city named only as the first-level
division that bears its name, the scene being another town or a district of it:
"Affrontements à Bandiagara, dans la région de Mopti", "Ataque armado en Huaral, en la región
Lima", "Attaque des ADF à Oicha, dans le territoire de Beni". The older rule read only a
division's noun after the name ("Cotabato province"), with a town the gazetteer places outside
the city's reach as the scene. Now also a division's noun before the name that a locative after
a comma opens ("X, dans la région de Y", "X, en la región Y", "X, no estado de Y"): an
apposition, never a heading ("Región Piura: asesinatos en Sullana" stays the city's). A title
that names the city other than as its division ("SEGOU : ...") keeps it the topic.
Not done: a district of the province named as the province's ("Farah province's Bakwa
district"), which the spent sets label as no scene in the city but rounds 11 and 13 keep as an
area that may reach it ("Kandahar province's Arghandab district"); nor the department after a
bare comma ("Saravena, Arauca"), labelled both ways.

Every sentence here is new: other places than the labelled sets'. Real parts: the gazetteer
and the matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  sahel:
    title: Mali and Niger
    locations:
      - name: Kayes
      - name: Tillabéri
    keywords: [attaque, attack, tués, morts]
  afghanistan:
    title: Afghanistan
    locations:
      - name: Kandahar
      - name: Kunduz
    keywords: [clashes, fighting, explosion, attack]
  andes:
    title: Peru and Brazil
    locations:
      - name: Cusco
      - name: São Paulo
    keywords: [emboscada, ataque, tiroteio, muertos, mortos]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the division's noun first, in apposition to another town of it
        ("Attaque contre un poste à Nioro du Sahel, dans la région de Kayes", "Deux gendarmes ont été tués."),
        ("Niger : attaque à Téra, dans la région de Tillabéri", "Six soldats ont été tués, selon l'armée."),
        ("Tiroteio em Campinas, no estado de São Paulo, deixa dois mortos", ""),
    ],
)
def test_a_city_named_only_as_the_province_of_another_scene_is_not_alerted(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("Attaque à Kayes : deux gendarmes tués", "", {"sahel/Kayes"}),
        # the province alone, no other scene: the city's analyst wants it
        ("Mali : attaque dans la région de Kayes", "Deux gendarmes ont été tués.", {"sahel/Kayes"}),
        # a heading naming the city keeps it the topic, whatever the summary's region holds
        (
            "KAYES : des hommes armés attaquent un poste",
            "Le poste, près de Nioro du Sahel, dans la région de KAYES, a été attaqué.",
            {"sahel/Kayes"},
        ),
        # the city's department after a bare comma, as addresses write it: the spent sets label it
        # both ways ("Saravena, Arauca" no, "Playa Vicente, Veracruz" yes), so the alert stands
        ("Emboscada en Quillabamba, Cusco, deja dos policías muertos", "", {"andes/Cusco"}),
        # a list, not an address
        ("Ataques en Lima, Cusco y Arequipa dejan tres muertos", "", {"andes/Cusco"}),
        ("Clashes in Kandahar city leave five dead", "", {"afghanistan/Kandahar"}),
    ],
)
def test_the_city_itself_its_bare_province_and_a_list_still_alert(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    assert alerted(matcher, title, summary) == expected


# Among the sources and datelines, a town's noun qualified before its name ("officials in the
# Beninese border town of Tanguiéta said") and a town's leaders who speak for it ("Kotido leaders
# condemn the killing of herders in Turkana"): now both are only where the news comes from.
SOURCES = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  borders:
    title: Benin and Kenya
    locations:
      - name: Malanville
      - name: Lodwar
    keywords: [attack, killing, kill, gunmen]
"""


@pytest.fixture(scope="module")
def sources() -> Matcher:
    return placed_matcher(parse_config(SOURCES).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Gunmen kill nine in Niger's Dosso region, officials say",
            "Gunmen killed nine people near Dosso in Niger on Sunday, officials in the Beninese border town of Malanville said.",
            set(),
        ),
        (
            "Herders killed across the border in Uganda",
            "Leaders in Lodwar on Monday condemned the killing of three Kenyan herders in Moroto, Uganda.",
            set(),
        ),
        # the town itself, and its leaders telling of it
        ("Gunmen attack the northern border town of Malanville, officials say", "", {"borders/Malanville"}),
        ("Lodwar leaders say gunmen attacked the town overnight", "", {"borders/Lodwar"}),
    ],
)
def test_a_towns_officials_and_leaders_telling_of_a_scene_elsewhere_are_a_source(
    sources: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    assert alerted(sources, title, summary) == expected
