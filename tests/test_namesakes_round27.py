"""Namesakes of issue 16's twenty-seventh round (helper namesake27): a town the item places in a
province, state or département of another country, wherever in the item the division stands.

The spent sets' namesake false alerts, classed by the evidence an analyst used: the largest class
the place model left unread was a division of the namesake's country named away from the town
("Salamanca ... la Subdelegación del Gobierno en Castilla y León", "Jaén ... en Andalucía",
"Mendi ... Southern Highlands Province", "Puy-de-Dôme : ... à Beaumont", "Ennery, dans le
Val-d'Oise", "Jerez ... (Cádiz)", "Ocaña I, en Toledo"): only a division right after the name
("Cornillon, dans le Gard") was read. The gazetteer knows which countries have a division of that
name and which hold a town of the watched name: a division only those countries have, the item
saying nothing of the watched town's country, places the name there. The name alone, or with its
own country's division, stays the watched town.

Every item is new, with namesake pairs no labelled set watched (GeoNames: Mora in Cameroon and
Castilla-La Mancha, Léré in Chad and the Cher, Manga in Burkina Faso and Minas Gerais, Jalapa
in Guatemala and Tabasco, Kita in Mali and Fukuoka). Real parts: the gazetteer and the
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
  cameroon:
    title: Cameroon
    locations:
      - name: Mora
    keywords: [attack, killed, gunmen, tiroteo, herido, heridos, muertos, هجوم, مقتل]
  chad:
    title: Chad
    locations:
      - name: Léré
    keywords: [attaque, tué, tués, morts, attack, killed]
  burkina:
    title: Burkina Faso
    locations:
      - name: Manga
    keywords: [ataque, assalto, morto, mortos, attaque, tués]
  guatemala:
    title: Guatemala
    locations:
      - name: Jalapa
    keywords: [balacera, muertos, asesinado]
  caboverde:
    title: Cabo Verde
    locations:
      - name: Palmeira
    keywords: [disparos, ferido, rixa]
  mali:
    title: Mali
    locations:
      - name: Kita
    keywords: [stabbed, attack, killed, attaque, tués]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("title", "summary", "location"),
    [
        (
            "Tiroteo en Mora: un herido grave en una nave agrícola",
            "Un hombre de 47 años resultó herido grave en un tiroteo en una nave de Mora; la Guardia Civil de "
            "Castilla-La Mancha busca al autor.",
            "cameroon/Mora",
        ),
        (
            "Léré : un homme tué à coups de couteau lors d'une fête de village",
            "Un homme de 28 ans a été tué dans la nuit de samedi à Léré ; les gendarmes du Cher ont placé un "
            "suspect en garde à vue.",
            "chad/Léré",
        ),
        (
            "Assalto a agência bancária em Manga deixa um morto",
            "Um vigilante foi morto durante o assalto a uma agência bancária de Manga, e a Polícia Militar de "
            "Minas Gerais procura quatro suspeitos.",
            "burkina/Manga",
        ),
        (
            "Balacera en Jalapa deja dos muertos en una cantina",
            "Dos hombres murieron en una balacera en una cantina de Jalapa; la Fiscalía General de Tabasco "
            "investiga a una banda de extorsionadores.",
            "guatemala/Jalapa",
        ),
        (
            "Kita ward: man stabbed outside a station, two arrested",
            "A man was stabbed outside a railway station in Kita ward on Friday night and two suspects were "
            "arrested, Fukuoka prefectural police said.",
            "mali/Kita",
        ),
    ],
)
def test_a_division_of_the_namesakes_country_named_anywhere_places_it_there(
    matcher: Matcher, title: str, summary: str, location: str
) -> None:
    assert location not in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "location"),
    [
        # no evidence: the watched town wins
        ("Gunmen attack Mora market, five killed", "", "cameroon/Mora"),
        ("هجوم مسلح على سوق في مورا", "قال مسؤول محلي إن مسلحين هاجموا سوق مورا وأسفر الهجوم عن مقتل خمسة.", "cameroon/Mora"),
        # its own country's division, wherever it stands
        (
            "Attaque à Léré : trois morts",
            "Des hommes armés ont attaqué un marché de Léré, dans le Mayo-Kebbi Ouest.",
            "chad/Léré",
        ),
        ("Ataque em Manga deixa três mortos", "Homens armados atacaram Manga, capital da região do Centro-Sul.", "burkina/Manga"),
        (
            "Balacera en Jalapa deja dos muertos",
            "Dos hombres murieron en una balacera en Jalapa, en el oriente del país.",
            "guatemala/Jalapa",
        ),
        # another country's division, but the item is about the watched town's country too
        (
            "Attaque à Kita : deux tués",
            "Deux personnes ont été tuées à Kita, au Mali, selon un habitant joint depuis Fukuoka.",
            "mali/Kita",
        ),
    ],
)
def test_the_watched_town_wins_without_a_division_abroad(matcher: Matcher, title: str, summary: str, location: str) -> None:
    assert location in alerted(matcher, title, summary)


def test_a_division_inside_a_longer_name_of_the_place_is_no_division(matcher: Matcher) -> None:
    """The "Porto da Palmeira", Sal's harbour, is a name whose "Porto" is no district of Portugal
    (where a Palmeira lies too): a division is read only apart from the name it stands in."""
    title = "Disparos no Porto da Palmeira durante rixa entre pescadores"
    summary = "Foram ouvidos disparos no Porto da Palmeira, na ilha do Sal, durante uma rixa; há um ferido grave."
    assert "caboverde/Palmeira" in alerted(matcher, title, summary)
