"""Place rules of issue 16's twenty-sixth round (helper places26), from the false alerts of the
spent place sets classed by cause: a town tied by a comma to another first-level division of its
own country ("Tuxpan, Veracruz", "Ocampo, Tamaulipas") is that division's town when the gazetteer
knows one there, far from the watched place or its radius; the headline that writes the name bare
("Veracruz: balacera en Tuxpan") means the same town. A town of the watched division, or one the
item does not place, still alerts. Every sentence here is new. Real parts: the gazetteer and the
matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  monterrey:
    title: Nuevo León, Mexico
    locations:
      - name: Monterrey
        radius: 30km
    keywords: [balacera, enfrentamiento, muertos, asesinan, ataque, shooting, killed]
  medellin:
    title: Antioquia, Colombia
    locations:
      - name: Medellín
        radius: 45km
    keywords: [balacera, enfrentamiento, muertos, asesinado, ataque, shooting, killed]
  juarez:
    title: Chihuahua, Mexico
    locations:
      - name: Juárez
    keywords: [balacera, enfrentamiento, muertos, asesinan, ataque, shooting, killed]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # Chihuahua's Juárez (watched itself), not Nuevo León's inside Monterrey's radius
        (
            "Chihuahua: balacera en Juárez deja cuatro muertos",
            "Una balacera en un bar del centro de Juárez, Chihuahua, dejó cuatro muertos, informó la fiscalía.",
            {"juarez/Juárez"},
        ),
        # Santander's Barbosa, not Antioquia's inside Medellín's radius
        (
            "Santander: asesinan a concejal en Barbosa",
            "Un concejal fue asesinado a tiros en Barbosa, Santander, la noche del sábado.",
            set(),
        ),
        (
            "Gunmen shoot councillor dead in Barbosa",
            "A councillor was shot dead in Barbosa, Santander, on Saturday night.",
            set(),
        ),
        # Nuevo León's Juárez (inside Monterrey's radius), not the watched Chihuahua city
        (
            "Nuevo León: balacera en Juárez deja dos muertos",
            "Una balacera en una colonia de Juárez, Nuevo León, dejó dos muertos.",
            {"monterrey/Monterrey"},
        ),
    ],
)
def test_a_town_tied_to_another_division_of_its_country_is_not_the_watched_one(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    # exactly the town it is: Chihuahua's Juárez and Nuevo León's (in Monterrey's radius) are both watched
    assert alerted(matcher, title, summary) == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Balacera en Juárez deja dos muertos",
            "Una balacera en una colonia de Juárez, Nuevo León, dejó dos muertos.",
            {"monterrey/Monterrey"},
        ),
        (
            "Antioquia: asesinan a concejal en Barbosa",
            "Un concejal fue asesinado a tiros en Barbosa, Antioquia, la noche del sábado.",
            {"medellin/Medellín"},
        ),
        (
            "Enfrentamiento en Barbosa deja tres muertos",
            "Un enfrentamiento entre disidencias en zona rural de Barbosa dejó tres muertos.",
            {"medellin/Medellín"},
        ),
        (
            "Balacera en Juárez deja dos muertos",
            "Una balacera en una colonia de Juárez, Chihuahua, dejó dos muertos.",
            {"juarez/Juárez"},
        ),
    ],
)
def test_a_town_of_the_watched_division_or_unplaced_still_alerts(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    assert expected <= alerted(matcher, title, summary)


# A watched name the gazetteer knows only in another country (Mundri: only in Indonesia) stays
# unresolved, matched by its typed name; its watchlist's resolved towns (Yei) give its country.
UNRESOLVED = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  equatoria:
    title: Western Equatoria, South Sudan
    locations:
      - name: Yei
      - name: Mundri
    keywords: [attack, killed, gunmen, clashes, ataque, muertos, attaque, tués]
"""


@pytest.fixture(scope="module")
def unresolved() -> Matcher:
    built = placed_matcher(parse_config(UNRESOLVED).watchlists, load_gazetteer())
    assert alerted(built, "Gunmen attack Mundri market, three killed") == {"equatoria/Mundri"}
    return built


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Indonesia: landslide and clashes in Mundri village", "Villagers clashed with police after a landslide killed two."),
        ("Landslide clashes: two killed", "Villagers clashed with police in Mundri, in Indonesia's Central Java province."),
        (
            "Indonésie : deux tués dans des heurts à Mundri",
            "Des villageois ont attaqué un poste de police à Mundri, en Indonésie.",
        ),
    ],
)
def test_an_unresolved_name_in_an_item_about_its_namesakes_country_does_not_alert(
    unresolved: Matcher, title: str, summary: str
) -> None:
    assert alerted(unresolved, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("South Sudan: gunmen attack Mundri market", "Gunmen attacked the market in Mundri on Sunday, killing three traders."),
        ("Gunmen attack Mundri market, three killed", "The attack was the third this month, an Indonesian aid worker said."),
        ("Indonesian peacekeepers attacked near Mundri", "Gunmen attacked a patrol of Indonesian peacekeepers near Mundri."),
    ],
)
def test_an_unresolved_name_still_alerts_unless_the_item_is_about_another_country(
    unresolved: Matcher, title: str, summary: str
) -> None:
    assert alerted(unresolved, title, summary) == {"equatoria/Mundri"}
