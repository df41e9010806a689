"""Namesakes and homes of issue 16's round 21 (helper namesake21), from the namesake and home-only
false alerts of the spent place and language sets, classed by why the context was missed:

- a person's home written once with its grammar ("Kita-born") and once without ("a sergeant
  from Kita"), with a town far away as the scene: the home throughout the item, unless another
  mention is written as a scene ("in Mopti");
- a constituency, its member's seat ("the MP for", "le député de", "deputado eleito por");
- a division of another country after the name with the part of it between ("no sul do distrito
  de Évora"), or an everyday word for a division where the gazetteer has the namesake;
- another first-level division of the watched town's own country ("Kaya, dans la région des
  Cascades": not the Centre-Nord's Kaya), unless the item names the town's own province too;
- a watched town the gazetteer does not know, only a person's home in an item whose scene is a
  city of 100,000 people or more ("a Jaghori native killed in Kabul");
- the watched town's own country after its name, when the list of large cities knows only a
  namesake elsewhere ("Hays, Yemen": Hays, Kansas), and its own province when that is also a
  country's name ("Tocache, San Martín", "Kontagora, Niger State");
- an address with a town of another country that the rest of the item is about ("Bol,
  Split-Dalmatia": the item about Croatia), which GeoNames need not list as the namesake.

Every sentence is new; the towns too, where the rule allowed. Real parts: the gazetteer and the
matcher as the bot builds them."""

from __future__ import annotations

from functools import cache

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
  mali:
    title: Central Mali
    locations:
      - name: Mopti
      - name: Gao
    keywords: [attack, kill, killed, gunmen, attaque, tué, tués, morts]
  burkina:
    title: Burkina Faso
    locations:
      - name: Kaya
    keywords: [attaque, tués, morts, hommes armés, attacked, killing]
  nigeria:
    title: North-west Nigeria
    locations:
      - name: Gusau
    keywords: [attack, gunmen, shot, kill]
  libya:
    title: Libya
    locations:
      - name: Misrata
    keywords: [اشتباكات, مقتل, قتل]
  cameroon:
    title: Far North Cameroon
    locations:
      - name: Mora
    keywords: [attaque, morto, tiro, ataque]
  chad:
    title: Chad
    locations:
      - name: Bol
    keywords: [attack, clashes, killed]
  delta:
    title: Inner Niger Delta, Mali
    locations:
      - name: Diafarabé
    keywords: [attack, killed, gunmen]
  kenya:
    title: Kenya
    locations:
      - name: Bura
    keywords: [gunmen, kill, attack]
  peru:
    title: Peru
    locations:
      - name: Moyobamba
    keywords: [emboscada, asesinado, ataque]
  niger_state:
    title: Niger State, Nigeria
    locations:
      - name: Bida
    keywords: [bandits, kill, killed, abducted]
  mozambique:
    title: Mozambique
    locations:
      - name: Nampula
    keywords: [ataque, baleado, tiros]
"""


@cache
def _matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


def _alerts(title: str, summary: str = "") -> set[str]:
    return alerted(_matcher(), title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "town"),
    [
        # the home said once with its grammar, once without, a far town the scene: the mention
        # without it: once xfail (a home was not carried through the item, since review15d showed
        # "Gao-born soldier among five killed as jihadists storm Gao army camp" lost), now read as a
        # home where written ("a lawyer from Gao", places22; "من أبناء مدينة مصراتة", fix16c)
        pytest.param(
            "Gao-born lawyer among those killed in Bamako hotel attack",
            "A lawyer from Gao was among eight people killed when gunmen stormed a hotel in Bamako.",
            "mali/Gao",
        ),
        pytest.param(
            "مقتل شاب من مصراتة في اشتباكات بطرابلس",
            "قتل شاب من أبناء مدينة مصراتة في اشتباكات مسلحة اندلعت في العاصمة طرابلس.",
            "libya/Misrata",
        ),
        # a constituency, its member's seat
        (
            "Gunmen shoot at Gusau MP's car in Abuja",
            "The member of parliament for Gusau escaped unhurt when gunmen fired at his car in Abuja.",
            "nigeria/Gusau",
        ),
        ("Le député de Kaya blessé par des hommes armés à Ouagadougou", "", "burkina/Kaya"),
        (
            "Deputado eleito por Nampula baleado em Maputo",
            "O deputado foi baleado por desconhecidos no centro de Maputo.",
            "mozambique/Nampula",
        ),
    ],
)
def test_a_home_far_from_the_scene_does_not_alert(title: str, summary: str, town: str) -> None:
    assert town not in _alerts(title, summary)


def test_a_home_also_written_as_a_scene_still_alerts() -> None:
    # "Mopti native" is a home, but the summary puts an attack "in Mopti" as well
    got = _alerts(
        "Mopti native killed in Bamako attack",
        "A Mopti native was killed in Bamako on Friday. Separately, gunmen attacked a checkpoint in Mopti on Sunday.",
    )
    assert "mali/Mopti" in got


def test_a_town_with_its_people_as_the_scene_still_alerts() -> None:
    assert "mali/Gao" in _alerts("Gunmen attack Gao market, killing traders from Gao and Ansongo", "")


@pytest.mark.parametrize(
    ("title", "summary", "town"),
    [
        # a division of another country after the name, a part of it between
        ("Homem morto a tiro em Mora, no sul do distrito de Évora", "", "cameroon/Mora"),
        # another first-level division of the watched town's own country
        ("Deux morts dans une attaque à Kaya, dans la région des Cascades", "", "burkina/Kaya"),
        # an address with a town of another country the item is about, GeoNames' namesake or not
        (
            "Nigeria: gunmen kill three villagers in Bura",
            "Gunmen killed three villagers in Bura, Biu, on Tuesday night, Nigerian police said.",
            "kenya/Bura",
        ),
        # a city of 100,000 or more speaks for its own country in the place model: the address
        # still places this one abroad
        (
            "India: attack on pilgrims' bus near Gusau",
            "Gunmen attacked a bus of pilgrims near Gusau, Kottayam, in Kerala, Indian police said.",
            "nigeria/Gusau",
        ),
        (
            "Myanmar: fighting between troops and rebels in Kaya",
            "Fighting broke out in Kaya, Loikaw township, as rebels attacked an army post, killing four, Burmese media reported.",
            "burkina/Kaya",
        ),
    ],
)
def test_a_namesake_placed_elsewhere_does_not_alert(title: str, summary: str, town: str) -> None:
    assert town not in _alerts(title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "town"),
    [
        ("Attaque à Kaya, dans la région du Centre-Nord : cinq morts", "", "burkina/Kaya"),
        # the town's own province named too: the other division is an area near it
        (
            "Kaya : attaque meurtrière",
            "Des hommes armés ont attaqué Kaya, dans le Centre-Nord, près de la zone des Cascades, faisant cinq morts.",
            "burkina/Kaya",
        ),
        ("Ataque em Mora, no norte dos Camarões, deixa três mortos", "", "cameroon/Mora"),
        # a list of towns, not an address
        ("Boko Haram attacks in Bol, Maiduguri and Diffa leave 20 killed", "", "chad/Bol"),
        ("Chad: clashes in Bol, near the border, killed six", "", "chad/Bol"),
        # the watched town named with a town of its own country
        (
            "Gunmen attack Bura, Tana River, and kill two",
            "Gunmen killed two people in Bura, Garsen, on Monday, Kenyan police said.",
            "kenya/Bura",
        ),
    ],
)
def test_the_watched_town_still_alerts(title: str, summary: str, town: str) -> None:
    assert town in _alerts(title, summary)


def test_the_unresolved_town_is_unresolved() -> None:
    """The tests below need a watched town the gazetteer does not know."""
    assert not load_gazetteer().lookup(("diafarabe",))


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a town the gazetteer does not know, only a person's home, a great city the scene
        ("Diafarabé native among those killed in Bamako hotel attack", "", False),
        ("Traders from Diafarabé killed as gunmen attack a bus in Ténenkou", "", True),  # a small town: maybe near
        (
            "Gunmen attack Diafarabé, killing three",
            "Gunmen attacked Diafarabé on Sunday, residents told reporters in Bamako.",
            True,
        ),
    ],
)
def test_a_home_the_gazetteer_does_not_know(title: str, summary: str, expected: bool) -> None:
    assert ("delta/Diafarabé" in _alerts(title, summary)) is expected


@pytest.mark.parametrize(
    ("title", "summary", "town"),
    [
        # the country the config resolved the town to, whatever the list of large cities knows
        # (Bura in Italy only)
        ("Bura, Kenya: gunmen kill two in attack on police post", "", "kenya/Bura"),
        # a first-level division of the town's country that is also a country's name
        (
            "Asesinan a un dirigente cocalero en Moyobamba",
            "Un dirigente cocalero fue asesinado a tiros en Moyobamba, San Martín, la noche del sábado.",
            "peru/Moyobamba",
        ),
        ("Bandits kill three in Bida, Niger State", "", "niger_state/Bida"),
    ],
)
def test_the_towns_own_country_or_province_after_it_alerts(title: str, summary: str, town: str) -> None:
    assert town in _alerts(title, summary)


def test_another_country_after_the_name_still_turns_it_away() -> None:
    assert "kenya/Bura" not in _alerts("Bura, Italy: gunmen kill two in attack on a bar", "")
