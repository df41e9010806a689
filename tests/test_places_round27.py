"""Place rules of issue 16's twenty-seventh round (helper places27), from the false alerts of the
spent place sets classed by cause: the largest class that recurs, a namesake the item's own
context places elsewhere, failed in two general ways.

- A title's kicker ("Mendi: tribal fight ...") is read alone as a dateline: the most populous
  place of that name, whose country then spoke for the summary, with a dateline's weight, and
  chose that place again for the same name there, over the country the summary names. The name
  vouched for itself.
- A namesake the item places beside another town of its country ("à Beaumont, dans la banlieue
  de Clermont-Ferrand") was only a hint, a demonym being asked for: two names of one place far
  from the watched one are a sign (not of a namesake better known than the watched town: the
  admin may have meant it).

Every sentence here is new, with towns no labelled set watched. Real parts: the gazetteer and the
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
  chad:
    title: Chad
    locations:
      - name: Mao
      - name: Bol
    keywords: [attack, killed, gunmen, attaque, tué, tués, morts, rixe, ataque, atacados, mortos]
  mali:
    title: Mali
    locations:
      - name: Nara
    keywords: [attack, killed, gunmen, stabbing, attaque, tués, morts]
  venezuela:
    title: Venezuela
    locations:
      - name: Mérida
    keywords: [balacera, muertos]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # Menorca's Maó, the kicker alone would be Chad's Mao
        (
            "Mao : un mort dans une rixe au port",
            "Un homme a été tué lors d'une rixe dans le port de Mao, sur l'île de Minorque, en Espagne, selon la Guardia Civil.",
        ),
        # Croatia's Bol, on Brač
        (
            "Bol: turistas atacados numa discoteca",
            "Dois turistas foram atacados à facada numa discoteca de Bol, na ilha croata de Brač, segundo a polícia da Croácia.",
        ),
    ],
)
def test_a_namesake_the_summary_places_elsewhere_does_not_alert(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # Japan's Nara, beside Osaka, is better known than Mali's: the weak sign does not overrule it
        (
            "Stabbing at Nara temple leaves one dead",
            "A man was killed in a stabbing near a temple in Nara, east of Osaka, police said.",
            {"mali/Nara"},
        ),
        (
            "Mao : attaque contre un poste de police",
            "Des hommes armés ont attaqué un poste de police à Mao, au Kanem, faisant deux morts.",
            {"chad/Mao"},
        ),
        ("Bol: gunmen attack fishing camp", "Gunmen killed four fishermen near Bol, on Lake Chad, on Sunday.", {"chad/Bol"}),
        # a kicker over a summary that names no country: the watched town, as before
        ("Mao: three killed in attack", "Three people were killed when gunmen attacked a market in Mao.", {"chad/Mao"}),
        (
            "Gunmen attack Nara market",
            "Gunmen killed five in an attack on the market in Nara, near Nioro du Sahel, officials said.",
            {"mali/Nara"},
        ),
        (
            "Balacera en Mérida deja dos muertos",
            "Una balacera en un bar de Mérida, cerca de Ejido y Tabay, dejó dos muertos.",
            {"venezuela/Mérida"},
        ),
    ],
)
def test_the_watched_town_named_with_its_own_neighbours_still_alerts(
    matcher: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    assert alerted(matcher, title, summary) == expected


# The summary says what the town is to the item (a home, an office), the title only names it:
# a headline is its summary cut short.
ROLES = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  burkina:
    title: Burkina Faso
    locations:
      - name: Gourcy
      - name: Tougan
    keywords: [attack, killed, kidnapped, gunmen, attaque, tué, tués, morts, enlevé]
  colombia:
    title: Colombia
    locations:
      - name: Tumaco
    keywords: [asesinado, ataque, muertos]
  mozambique:
    title: Mozambique
    locations:
      - name: Chimoio
    keywords: [assassinado, ataque, mortos]
"""


@pytest.fixture(scope="module")
def roles() -> Matcher:
    return placed_matcher(parse_config(ROLES).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Un imam de Tougan tué par balle à Bobo-Dioulasso",
            "Un imam originaire de Tougan a été tué par balle samedi à Bobo-Dioulasso ; une enquête est ouverte.",
        ),
        (
            "Família de Chimoio chora estudante assassinado em Maputo",
            "A família de um estudante natural de Chimoio, assassinado a tiro em Maputo no sábado, pede justiça.",
        ),
        (
            "Gourcy trader kidnapped in Ouagadougou",
            "A cattle trader from Gourcy was kidnapped in Ouagadougou on Friday, police said.",
        ),
        (
            "Comerciante de Tumaco asesinado en Cali",
            "Un comerciante oriundo de Tumaco fue asesinado a tiros en Cali, informó la Policía.",
        ),
    ],
)
def test_a_title_naming_the_town_as_the_summary_does_follows_the_summary(roles: Matcher, title: str, summary: str) -> None:
    assert alerted(roles, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Gunmen kill five in Gourcy market attack",
            "Gunmen killed five traders at the market in Gourcy on Sunday; a trader from Ouahigouya was among the wounded.",
            {"burkina/Gourcy"},
        ),
        (
            "Tougan : attaque contre un poste de gendarmerie",
            "Des hommes armés ont attaqué un poste de gendarmerie à Tougan, faisant trois morts.",
            {"burkina/Tougan"},
        ),
        (
            "Ataque en Tumaco deja tres muertos",
            "Un ataque armado en el barrio Nuevo Milenio de Tumaco dejó tres muertos.",
            {"colombia/Tumaco"},
        ),
        # the title names no other town as the scene: the summary's home may hide it (when unsure, send)
        (
            "Tougan under siege as insurgents block supply roads",
            "Residents of Tougan in the Sourou province said gunmen blocked roads into the town and attacked a relief convoy.",
            {"burkina/Tougan"},
        ),
        # the summary's home of a victim and its scene both: the scene keeps it
        (
            "Chimoio: dois mortos em ataque a autocarro",
            "Dois passageiros, um deles natural de Chimoio, morreram num ataque armado a um autocarro à saída de Chimoio.",
            {"mozambique/Chimoio"},
        ),
    ],
)
def test_the_town_as_the_scene_still_alerts(roles: Matcher, title: str, summary: str, expected: set[str]) -> None:
    assert alerted(roles, title, summary) == expected
