"""Place rules of issue 16's thirteenth round (helper places13), from the classes of errors that
recur across the spent place sets (`places_blind` to `places_blind9`, `places_dev5`), each kept
only where it helped sets other than the one it was first seen in and lowered none:

- a town named only as the home of people who answer news from elsewhere (they mourn, strike,
  walk out, protest, hold funerals) is no scene when the item names one elsewhere; with no other
  scene it still is ("Herat residents protest after attack on market");
- a watched place the gazetteer does not know (no point to measure from) is only where the news
  comes from ("officials in X said") when the item names a scene by a word of place;
- a keyword's own word met again in the other field is no evidence of arms against a figure of
  markets ("prices rocket" over "crude rocketed"), and a raid is a figure of markets too (an
  investor's dawn raid on shares);
- a city's name with a division noun after it ("the Gao region", "Kandahar province") is the
  province whether or not the city has a `radius:`, and a town of it beyond the city's reach is
  the scene; a district named as the scene is an area, no such town.

Every sentence here is new: other places, other wording. Real parts: the gazetteer and the
matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, _only_reacting, placed_matcher
from bot.places import look_up_places
from bot.textnorm import tokenize
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  afghanistan:
    title: Afghanistan
    locations:
      - name: Herat
      - name: Kandahar
      - name: Mazar-i-Sharif
    keywords: [attack, attacked, blast, bombing, killed, clashes, fighting]
  kenya:
    title: Kenya
    locations:
      - name: Garissa
      - name: Eldoret
    keywords: [attack, attacked, blast, killed, shooting]
  sahel:
    title: Sahel
    locations:
      - name: Kidal
      - name: Sikasso
    keywords: [attack, attacked, killed, landmine, clashes]
  somalia:
    title: Somalia
    locations:
      - name: Kulbiyow
    keywords: [attack, attacked]
  nigeria:
    title: Nigeria
    locations:
      - name: Lagos
    keywords: [tiroteio, feridos, shooting]
  gulf:
    title: Gulf
    locations:
      - name: Basra
      - name: Kano
    keywords: [rocket, rockets, rocketed, raid]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "turned_away"),
    [
        # the home of people who answer news from elsewhere
        ("Herat residents mourn victims of Kandahar bombing", "", "afghanistan/Herat"),
        ("Families in Eldoret mourn relatives killed in Garissa attack", "", "kenya/Eldoret"),
        (
            "Eldoret and Nairobi airport staff strike after attack",
            "Airport staff in Eldoret and at Nairobi airport walked out after a colleague was attacked in Nairobi.",
            "kenya/Eldoret",
        ),
        (
            "Blast at Kandahar mosque kills nine",
            "Hundreds gathered in Mazar-i-Sharif for the funerals of three pilgrims killed in the Kandahar blast.",
            "afghanistan/Mazar-i-Sharif",
        ),
        # a city's province, with a town of it far from the city as the scene
        ("Kidal region: truck hits landmine near Tessalit", "", "sahel/Kidal"),
        # a watched place the gazetteer does not know, only the source, with a scene named elsewhere
        ("Officials in Kulbiyow said gunmen attacked a convoy in Baidoa", "", "somalia/Kulbiyow"),
        # markets: the same figure in both fields is no evidence of arms; a raid on shares
        ("Basra crude: prices rocket as export talks stall", "Prices for Basra crude rocketed on Monday.", "gulf/Basra"),
        ("Investors' dawn raid on Kano brewer sends its shares up", "", "gulf/Kano"),
    ],
)
def test_the_place_is_turned_away(matcher: Matcher, title: str, summary: str, turned_away: str) -> None:
    assert turned_away not in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # with no scene elsewhere, the people's town is the scene
        ("Herat residents protest after attack on market", "", "afghanistan/Herat"),
        ("Staff at Garissa hospital strike after nurse attacked", "", "kenya/Garissa"),
        # the victims' town is still the scene
        ("Herat residents mourn victims of Kandahar bombing", "", "afghanistan/Kandahar"),
        # a division named as the scene is an area: it may reach the city
        ("Fighting in Kandahar province's Arghandab district kills four", "", "afghanistan/Kandahar"),
        # the region named with no town of it elsewhere
        ("Clashes in the Sikasso region leave six dead", "", "sahel/Sikasso"),
        # the unknown place is the scene when the item names no other
        ("Gunmen attacked Kulbiyow overnight, officials said", "", "somalia/Kulbiyow"),
        # Lagos with no namesake's place named beside it, or with a town beside the watched place
        ("Tiroteio em Lagos deixa dois feridos", "", "nigeria/Lagos"),
        ("Shooting in Lagos leaves two injured, Abeokuta police say", "", "nigeria/Lagos"),
        # rockets and raids of arms, whatever the prices
        ("Rockets hit Basra oil field as prices climb", "Two rockets struck the field on Monday.", "gulf/Basra"),
        ("Gunmen raid Kano market", "", "gulf/Kano"),
    ],
)
def test_the_place_still_alerts(matcher: Matcher, title: str, summary: str, expected: str) -> None:
    assert expected in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("text", "index", "answers"),
    [
        ("Herat residents mourn victims", 0, True),
        ("Airport workers in Kabul and Herat staged protests", 5, True),
        ("Families in Herat held a vigil", 2, True),
        ("Herat residents fled the fighting", 0, False),
        ("Workers in Herat were attacked", 2, False),
    ],
)
def test_people_who_answer_are_read_by_grammar(text: str, index: int, answers: bool) -> None:
    assert (_only_reacting(tokenize(text), index, index) is not None) is answers
