"""Place and sense rules of issue 16's tenth round (helper places10), from the false alerts of
`places_blind7.jsonl` read item by item: a place's police, elders, officials and leaders named
before their noun ("Katsina police arrest", "Maiduguri youth leaders") or before "in ... said"
are its people, who act or speak about a scene elsewhere; French "sources jointes à"; the head of
a reporting body ("police chief says"); a dateline is no scene that makes a place only a home
("ABUJA: Maiduguri residents recount ..."); a dateline in capitals is a scene whatever its word means
elsewhere ("GOMA", rubber in Spanish); "ressortissants de"; a distance from a place the gazetteer
does not know; a rank before a given name, or a compound given name ("Marie-Claire"), and the place's name as a
surname; a two-word name
written as one ("Bahirdar"); and senses: a death whose cause before the verb is a word in another
sense ("Heart attack kills"), frost, wild animals, margins, a tourism blast; a site "spared". Every sentence here is
new. Real parts: the gazetteer and the matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, _joined, _modifier_form, placed_matcher
from bot.places import look_up_places
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  nigeria:
    title: Nigeria
    locations:
      - name: Katsina
      - name: Maiduguri
      - name: Kano
    keywords: [attack, kill, kidnapping, bomb, blast, raid, war, clash, bombing, shelling]
  horn:
    title: Horn
    locations:
      - name: Bahir Dar
      - name: Dire Dawa
      - name: Kiwanja
      - name: Minembwe
    keywords: [attack, kill, clash, blast, bomb, fighting, combats, attaque]
  sahel:
    title: Sahel
    locations:
      - name: Kidal
      - name: Menaka
    keywords: [attaque, attack, combats, kill, tués, blast]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "turned_away"),
    [
        # a place's police, elders and leaders, who act or speak about a scene elsewhere
        ("Katsina police arrest suspects over Zaria church bombing", "", "nigeria/Katsina"),
        ("KANO: Maiduguri police detain three men after Bauchi market blast", "", "nigeria/Maiduguri"),
        ("Kidal elders urge calm after clashes in Tessalit kill six", "", "sahel/Kidal"),
        ("Tessalit clashes", "Elders from Kidal said the attack on Aguelhok killed six soldiers.", "sahel/Kidal"),
        ("Maiduguri youth leaders condemn the attack on Damaturu", "", "nigeria/Maiduguri"),
        ("Damaturu attack", "Youth leaders in Maiduguri condemned the attack on Damaturu.", "nigeria/Maiduguri"),
        ("Damaturu attack", "The Maiduguri police chief said the attack on Damaturu killed two.", "nigeria/Maiduguri"),
        # French: the sources reached there
        ("Sources jointes à Ménaka : combats à Anderamboukane", "", "sahel/Menaka"),
        # a distance from a place the gazetteer does not know: a point of reference
        ("Attaques dans le territoire de Walikale, loin de Kiwanja", "", "horn/Kiwanja"),
        ("Clashes 120 km from Kiwanja displace thousands", "", "horn/Kiwanja"),
        # a rank, a given name, the place's name as a surname
        ("General Abdullahi Katsina named army chief after attack", "", "nigeria/Katsina"),
        # a compound given name before the place's name as a surname
        ("Marie-Claire Kano named minister after attack", "", "nigeria/Kano"),
    ],
)
def test_not_the_watched_place(matcher: Matcher, title: str, summary: str, turned_away: str) -> None:
    assert turned_away not in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the place's own sites, and its people with no scene elsewhere
        ("Katsina police station attacked by gunmen", "", "nigeria/Katsina"),
        ("Gunmen attack Maiduguri police headquarters", "", "nigeria/Maiduguri"),
        ("Kano police say gunmen killed four in a raid on a village", "", "nigeria/Kano"),
        ("Maiduguri youths attack police post in protest", "", "nigeria/Maiduguri"),
        ("Menaka youth leaders say the attack on the town killed ten", "", "sahel/Menaka"),
        # the people of a division or the town itself are the place's ("Bor county youths")
        ("Kano city youths attack a police post", "", "nigeria/Kano"),
        ("Armed men attack a convoy near Minembwe", "", "horn/Minembwe"),
        ("Fighting not far from Kiwanja as rebels advance", "", "horn/Kiwanja"),
        ("Bomb kills three at Kano bus station", "", "nigeria/Kano"),
        ("Gunmen attack Katsina, General Musa Danmadami says", "", "nigeria/Katsina"),
        ("Gunmen attack Kano-Katsina road", "", "nigeria/Katsina"),
        # a dateline is where the news was filed: no scene that makes the place only a home
        (
            "ABUJA: Maiduguri residents recount the night gunmen raided their homes",
            "Residents who fled Maiduguri told reporters in Abuja how gunmen raided homes and killed neighbours.",
            "nigeria/Maiduguri",
        ),
        ("KANO: Katsina families say kidnapping gangs raid villages nightly", "", "nigeria/Katsina"),
        # a two-word name written as one
        ("Clashes in Bahirdar as militia and army fight", "", "horn/Bahir Dar"),
        ("Blast hits Diredawa market, killing two", "", "horn/Dire Dawa"),
    ],
)
def test_still_the_watched_place(matcher: Matcher, title: str, summary: str, expected: str) -> None:
    assert expected in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Heart attack kills Kano emir's aide", ""),
        ("Kidal herders say a heavy frost killed many goats", ""),
        ("Kano millers say cheap imports are killing their margins", ""),
        ("Maiduguri: hotel boom as traders call it a tourism blast", ""),
        ("Bear attack kills hunter in Bahir Dar zoo", ""),
    ],
)
def test_a_keyword_in_another_sense(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) == set()


@pytest.mark.parametrize(
    ("words", "joined"),
    [
        (("bahir", "dar"), "bahirdar"),
        (("las", "anod"), "lasanod"),
        (("gao", "airport"), None),  # a site's name
        (("bol", "ma"), None),  # too short
        (("every", "day"), None),  # an everyday word once joined
        (("kano",), None),
    ],
)
def test_a_name_of_two_words_written_as_one(words: tuple[str, ...], joined: str | None) -> None:
    assert _joined(words) == joined


AIRPORT_WATCHLIST = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  nigeria:
    title: Nigeria
    locations:
      - name: Kano airport
      - name: Maiduguri
    keywords: [attack, kill, shelling, rocket]
"""


@pytest.mark.parametrize(
    ("title", "alerts"),
    [
        ("Rockets hit Maiduguri barracks; Kano airport spared", False),
        ("Rocket attack in Maiduguri, Kano airport was spared", False),
        ("Rockets hit Kano airport", True),
    ],
)
def test_a_site_spared_is_untouched(title: str, alerts: bool) -> None:
    matcher = placed_matcher(parse_config(AIRPORT_WATCHLIST).watchlists, load_gazetteer(), look_up_places)
    assert ("nigeria/Kano airport" in alerted(matcher, title)) is alerts


@pytest.mark.parametrize(
    ("word", "qualifies"),
    [
        ("tribal", True),
        ("youth", True),
        ("market", True),
        ("religious", True),
        ("killed", False),
        ("attacks", False),
        ("kill", False),
        ("and", False),
        ("attacking", False),
    ],
)
def test_a_word_that_qualifies_the_person_after_it(word: str, qualifies: bool) -> None:
    assert _modifier_form(word) is qualifies
