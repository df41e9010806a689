"""Place rules of issue 16's sixteenth round (helper places16): who speaks, and where people meet.

The largest class of false alerts left across the spent place and language sets (`places_blind`
to `places_blind9`, `places_dev5`, `languages_blind` to `languages_blind10`, `wire_world`,
`real_news`, the match sets) is a place named only as where the news comes from, a home, a
dateline or a government while the item happens elsewhere. Its misses were read as one model of
attribution: the place is the speaker's, not the deed's, when the grammar around it says who
speaks, in any of its forms:

- a government after its verb of announcing, or after "selon", "según", "segundo", "according
  to", with no preposition of place ("..., annonce Erbil", "anunciou Luanda", "selon Niamey"),
  measured like any other source by the place's own reach, not by 300 km;
- who speaks qualified by a participle or an agency between the noun and the place ("une source
  contactée", "uma fonte contactada por telefone em", "des témoins réfugiés à ... racontent"), an aside
  with a participle (", reunido no Sumbe, manifestou"), a body's own name opening the sentence
  ("Medicina Legal en Cali confirmó"), "desde" a site in the place ("Desde la base aérea de ... en
  Comayagua, la presidenta anunció");
- where people meet, talk, sign or receive ("sign peace deal in Washington", "Leaders meeting in
  Sharm el-Sheikh", "recebe em Belém", "the Sharm el-Sheikh summit"), unless a deed is done to the
  meeting ("gunmen stormed a meeting in");
- and the scene a source is measured against may be a site struck, named by its town the
  gazetteer does not know ("a drone hits Hodeidah airport, officials in Zabid say").

Tried and dropped for the next class, a longer place named after the city: a part of the province
named by the grammar as the scene ("Erbil province's Sidakan district"; rounds 11 and 13 keep "the
Hajjah governorate's Abs district" and "Kandahar province's Arghandab district" the city's, an
area that may reach it), and the division's noun written first in French and Spanish ("dans la
région de Mopti", "en la provincia de Esmeraldas"), which the spent sets label both ways.

Every sentence here is new: other places, other wording. Real parts: the gazetteer and the
matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, _venue_of_talks, placed_matcher
from bot.places import look_up_places
from bot.textnorm import tokenize
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  niger:
    title: Niger
    locations:
      - name: Niamey
    keywords: [attaque, embuscade, tués, morts, soldats tués]
  mozambique:
    title: Mozambique
    locations:
      - name: Maputo
      - name: Pemba
    keywords: [ataque, atacam, atacaram, insurgentes, mortos]
  drc:
    title: DR Congo
    locations:
      - name: Goma
    keywords: [attaque, attack, tués, killed]
  colombia:
    title: Colombia
    locations:
      - name: Cali
    keywords: [masacre, extorsión, ataque, muertos]
  yemen:
    title: Yemen
    locations:
      - name: Sanaa
    keywords: [missile, missiles, drone, strike]
  horn:
    title: Ethiopia and Kenya
    locations:
      - name: Addis Ababa
      - name: Nairobi
    keywords: [killing, killed, shelling, attack]
  angola:
    title: Angola
    locations:
      - name: Luanda
    keywords: [ataque, mortos]
  afghanistan:
    title: Afghanistan
    locations:
      - name: Kabul
    keywords: [attack, attacked, bombing, gunmen]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a government after its verb of announcing, a town 110 km off the scene
        (
            "Dix soldats tués dans une embuscade près de Tillabéri, a annoncé Niamey",
            "Dix soldats ont été tués dans une embuscade près de Tillabéri, a annoncé Niamey dans un communiqué.",
        ),
        # "selon" the government, with no preposition of place
        (
            "Embuscade meurtrière près de Tillabéri, selon Niamey",
            "Une embuscade a fait douze morts près de Tillabéri, selon Niamey.",
        ),
        (
            "Insurgentes atacam aldeia em Macomia, anunciou Maputo",
            "Insurgentes atacaram uma aldeia em Macomia, matando quatro pessoas, anunciou Maputo.",
        ),
        # who speaks qualified by a participle and an outlet between the noun and the place
        (
            "Ataque em Mocímboa da Praia deixa cinco mortos",
            "Uma fonte contactada por telefone em Pemba disse que o ataque em Mocímboa da Praia deixou cinco mortos.",
        ),
        (
            "Nord-Kivu : l'attaque de Rutshuru racontée par des rescapés",
            "Des témoins réfugiés à Goma racontent l'attaque des rebelles contre Rutshuru, qui a fait neuf tués.",
        ),
        # a body's own name opens the sentence
        (
            "Masacre en Buenaventura deja cinco muertos",
            "Medicina Legal en Cali confirmó la identidad de los cinco muertos de la masacre en Buenaventura.",
        ),
        # "desde" a site in the place
        (
            "Plan contra la extorsión en Buenaventura",
            "Desde el batallón de la Tercera Brigada en Cali, el ministro anunció un plan contra la extorsión en Buenaventura.",
        ),
    ],
)
def test_a_place_that_only_says_who_speaks_does_not_alert(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) == set()


def test_a_site_struck_named_by_a_town_the_gazetteer_lacks_is_a_scene(matcher: Matcher) -> None:
    """"Hodeidah" is GeoNames' Al Hudaydah: the place model does not read it, the grammar does."""
    title = "Missiles hit Hodeidah port, officials in Sanaa say"
    summary = "Two missiles struck Hodeidah port overnight, officials in Sanaa said, adding that no one was hurt."
    assert "yemen/Sanaa" not in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Leaders meeting in Addis Ababa condemn El Fasher shelling",
            "Leaders meeting in Addis Ababa condemned the shelling of El Fasher, where dozens were killed this week.",
        ),
        (
            "Sudan talks in Nairobi end with call to halt El Fasher killing",
            "Talks on Sudan held in Nairobi ended on Sunday with a call to halt the killing of civilians in El Fasher.",
        ),
        (
            "Presidente recebe em Luanda familiares das vítimas do ataque em Cabinda",
            "O Presidente recebeu hoje em Luanda os familiares dos mortos do ataque ao quartel em Cabinda.",
        ),
    ],
)
def test_where_people_meet_about_a_deed_elsewhere_does_not_alert(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) == set()


def test_the_venue_grammar(matcher: Matcher) -> None:
    def venue(text: str, word: str) -> str | None:
        tokens = tokenize(text)
        index = tokens.words.index(word)
        return _venue_of_talks(tokens, index, index)

    assert venue("Rivals sign a ceasefire in Jeddah", "Jeddah") is not None
    assert venue("A summit in Kampala on Monday", "Kampala") is not None
    assert venue("O ministro recebeu hoje em Beira os deslocados", "Beira") is not None
    assert venue("Gunmen stormed a meeting in Kabul", "Kabul") is None
    assert venue("Clashes in Kabul after the talks", "Kabul") is None
    # a deed done to the meeting makes its place the scene, though the item names another
    title = "Gunmen attacked a peace meeting in Kabul"
    summary = "Gunmen attacked a peace meeting in Kabul on Monday, a day after a bombing in Kandahar."
    assert "afghanistan/Kabul" in alerted(matcher, title, summary)

