"""World-news wire copy (issue 20's real-news precision): a capital's dateline when the item
happens elsewhere, keywords in another sense in the news of capitals, a capital named for its
government. Dev cases written for this file, in English and French, with the real gazetteer,
as the running bot builds the matcher; not taken from any labelled set."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher

PLACES = [
    "Delhi",
    "Beijing",
    "Nairobi",
    "Beirut",
    "Addis Ababa",
    "Paris",
    "Jerusalem",
    "Tehran",
    "Mexico City",
    "Kyiv",
    "Moscow",
    "Kabul",
]
CONFIG = (
    "feeds:\n  - name: T\n    url: https://example.org/feed.xml\nwatchlists:\n  desk:\n    title: Desk\n    locations:\n"
    + "".join(f"      - name: {name}\n" for name in PLACES)
    + "    keyword_sets: [security]\n"
)


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer())


def alerted(matcher: Matcher, text: str) -> set[str]:
    title, _, summary = text.partition(" || ")
    return {m.location for r in matcher.match(title, summary) for m in r.locations}


@pytest.mark.parametrize(
    "text",
    [
        # a region the grammar names, a city of the country however far, the country's south
        "Maoists ambush police, 15 killed || "
        "NEW DELHI: At least 15 policemen were killed when rebels ambushed a patrol in Chhattisgarh's Bijapur "
        "district.",
        "Knife attack at school kills boy || "
        "BEIJING (AP) — A boy was killed in a knife attack near a school in the southern city of Shenzhen.",
        "Militants attack base || "
        "NAIROBI, Kenya (AP) — Al-Shabab militants attacked a military base in southern Somalia, killing 11 soldiers.",
        "Frappes meurtrières || BEYROUTH (AFP) — Des frappes israéliennes ont tué huit personnes dimanche dans le sud du Liban.",
        "Fighting rages || "
        "ADDIS ABABA, Ethiopia (AP) — Fighting between the army and militiamen in the Amhara region has killed "
        "dozens.",
        "Niger : 20 soldats tués dans l'attaque d'une base || "
        "PARIS, 12 mars (Reuters) - Au moins 20 soldats ont été tués dans l'attaque d'une base.",
    ],
)
def test_a_capitals_dateline_is_no_scene_when_the_item_happens_elsewhere(matcher: Matcher, text: str) -> None:
    assert not alerted(matcher, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen kill six in bar || "
            "MEXICO CITY (AP) — Gunmen burst into a bar in the Mexican capital's Iztapalapa borough, killing six.",
            "Mexico City",
        ),
        (
            "Explosions heard in Tehran || "
            "JERUSALEM / TEHRAN: Explosions were heard across Tehran early on Friday as Israel struck sites.",
            "Tehran",
        ),
        (
            "Russian strikes kill four || "
            "KYIV, Ukraine (AP) — Russian missiles struck Kyiv overnight, killing four people in three districts.",
            "Kyiv",
        ),
        (
            "Suicide bomber kills six || "
            "BEIJING (Reuters) - A suicide bomber killed six people near a ministry on Monday, police said.",
            "Beijing",
        ),
    ],
)
def test_a_dateline_named_again_or_with_no_scene_elsewhere_stays_a_scene(matcher: Matcher, text: str, place: str) -> None:
    assert place in alerted(matcher, text)


def test_the_other_dateline_is_no_scene(matcher: Matcher) -> None:
    text = (
        "Explosions heard in Tehran || JERUSALEM / TEHRAN: Explosions were heard across Tehran as Israel struck sites; "
        "air defences were activated over the capital."
    )
    assert alerted(matcher, text) == {"Tehran"}


@pytest.mark.parametrize(
    "text",
    [
        # a district or a street of the dateline's own city is no region elsewhere
        "Gunmen storm hotel || BEIJING (Reuters) - Gunmen stormed a hotel in the Sanlitun district on Monday, killing two.",
        "Attaque contre un commissariat || PARIS (AFP) — Un policier a été tué dans une attaque au couteau à Belleville.",
        # the title names the capital: the headline's topic, whatever town the summary names
        "Gang gunfire paralyses Beirut neighbourhood || BEIRUT (AP) — Gunfire between clans in the Tariq el-Jdideh "
        "neighbourhood of Beirut killed four people, as clashes were also reported in Tripoli.",
    ],
)
def test_a_capitals_dateline_stays_a_scene_for_its_own_districts_and_its_headline(matcher: Matcher, text: str) -> None:
    assert alerted(matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        # capitals for their governments: a subject of two apart by a comma, what states trade,
        # a rivalry between two of them, a capital that hosts, a source that did not comment
        "Nairobi, Addis Ababa trade accusations over deadly border clashes",
        "Beijing, Tehran trade barbs over attacks on shipping",
        "Tariffs escalate || Calling the tariffs an attack on free trade, China hit back as the trade war between "
        "Beijing and Paris escalated.",
        "Kiev accueille une conférence sur la reconstruction, alors que les attaques se poursuivent dans l'est",
        "Moscow accuses Ukraine of drone attack || Russia accused Ukraine of a drone attack in the Kursk region that "
        "killed two; Kyiv did not comment.",
        # a team that ran riot
        "Champions League: PSG's attack ran riot in Paris as they beat Bayern 4-1 in the quarter-final",
        # a team that kills the game, a stampede, a minister who denounces from the capital
        "Rugby : le XV de France tue le match face à l'Angleterre à Paris",
        "India crush England in Delhi Test || India's spinners ripped through England in Delhi, killing off any hope "
        "of a fightback.",
        "Stampede at Nairobi food distribution kills 12",
        "Depuis Kiev, le ministre a dénoncé mardi une attaque russe contre Kharkiv qui a fait six morts.",
        # a region of the dateline's country, owned by the country's name
        "Gunmen kill 40 in attack on village || NAIROBI (Reuters) - Gunmen killed 40 people in an attack on a village "
        "in Kenya's Marsabit county, officials said.",
    ],
)
def test_governments_and_figures_in_world_news_do_not_alert(matcher: Matcher, text: str) -> None:
    assert not alerted(matcher, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kyiv endures another night of war as shelling kills five", "Kyiv"),
        ("Riot police fire tear gas at protesters in Paris", "Paris"),
        ("Gunmen attack a hotel in Nairobi, Kenya, killing six", "Nairobi"),
    ],
)
def test_the_same_words_at_a_scene_still_alert(matcher: Matcher, text: str, place: str) -> None:
    assert place in alerted(matcher, text)


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("Moscow mourns its dead a year after the attack on a concert hall", False),
        ("Paris : un an après l'attentat, les commerçants rouvrent", False),
        ("A week after the bombing, a second blast hits a Kabul market", True),
        ("Hours after the attack, gunmen struck again in Nairobi", True),
    ],
)
def test_a_deed_a_year_or_weeks_before_is_past(matcher: Matcher, text: str, alerts: bool) -> None:
    assert bool(alerted(matcher, text)) is alerts
