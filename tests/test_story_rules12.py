"""Issue 17, story12's round: rules written from the eighth and ninth blind sets' split pairs, read
by class (what came of an incident a day later with no event of its own in its headline, provinces
the gazetteer cannot place, a province's or a country's report naming the town, rescues, arrests
"held over" an incident). Every sentence here is new: written for these tests, not taken from
any labelled set. Real parts: `make_report`, `relation`, the matcher's `divisions_of`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.config import parse_config
from bot.incident import casualties, events_in, releases
from bot.match import Matcher
from bot.pipeline import divisions_of
from bot.places import look_up_places
from bot.story import WHY_CAME_OF_IT, WITHIN, Report, relation
from bot.textnorm import tokenize
from tests.support.reports import placed_report

T0 = datetime(2026, 4, 6, 5, 0, tzinfo=UTC)
WINDOW = 72.0
LANGS = ("en", "fr", "ar")
KINDU = ("Kindu", "city")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], **how: Any) -> Report:
    """A report at T0 + hours (see `placed_report`)."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, **how)


# -- what came of an incident, told a day later with no event of its own -----------------------

ATTACK = ("Militants storm army post in Kindu", "Armed men attacked an army post on the edge of Kindu before dawn.")


def test_mourning_declared_a_day_later_follows_up_the_attack() -> None:
    attack = report(0, 0, *ATTACK, KINDU)
    mourning = report(
        1,
        30,
        "Governor declares two days of mourning",
        "The provincial governor declared two days of mourning for the soldiers who died in Kindu.",
        KINDU,
    )
    assert relation(mourning, attack, WINDOW) == ("same", WHY_CAME_OF_IT)


def test_shops_shut_after_the_attack_follow_it_up() -> None:
    attack = report(0, 0, *ATTACK, KINDU)
    shut = report(
        1,
        26,
        "Traders keep their shops shut in Kindu",
        "Traders in Kindu kept their shops closed on Tuesday after the attack on the army post.",
        KINDU,
    )
    assert relation(shut, attack, WINDOW) == ("same", WHY_CAME_OF_IT)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # people killed: a toll of its own, maybe a new incident
        ("Two herders killed by cattle thieves near Kindu", "Thieves took some 80 head of cattle, herders said."),
        # nothing ties it to the attack: no follow-up word, no "after"
        ("Soldiers' families block the road in Kindu over unpaid pay", "Wives of soldiers blocked the main road for hours."),
        # its text tells another kind of event
        ("Residents flee Kindu", "Hundreds of residents left Kindu after a bomb exploded in the main market."),
        # a target its headline names that the attack's report did not
        ("Kindu hospital overwhelmed after the attack", "Doctors in Kindu asked for blood donors after the attack."),
    ],
)
def test_what_names_something_of_its_own_does_not_join(title: str, summary: str) -> None:
    attack = report(0, 0, *ATTACK, KINDU)
    later = report(1, 28, title, summary, KINDU)
    assert relation(later, attack, WINDOW)[1] != WHY_CAME_OF_IT


def test_what_came_of_it_comes_within_two_days() -> None:
    attack = report(0, 0, *ATTACK, KINDU)
    mourning = report(
        1,
        60,
        "Governor declares two days of mourning",
        "The provincial governor declared two days of mourning for the soldiers who died in Kindu.",
        KINDU,
    )
    assert relation(mourning, attack, WINDOW)[0] is None


def test_what_came_of_arrests_is_no_follow_up_of_them() -> None:
    arrests = report(0, 0, "Police arrest four men near Kindu airport", "Four men were detained near the airport fence.", KINDU)
    calm = report(1, 20, "Calm returns to Kindu", "Shops reopened in Kindu after the arrests.", KINDU)
    assert relation(calm, arrests, WINDOW)[1] != WHY_CAME_OF_IT


def test_a_headline_telling_the_dead_is_a_toll() -> None:
    assert casualties(tokenize("Two herders killed near Kindu"), LANGS)
    assert casualties(tokenize("Kindu : trois morts dans la nuit"), LANGS)
    assert not casualties(tokenize("Governor declares two days of mourning"), LANGS)


# -- rescues, arrests held over an incident, killings named after "after" ----------------------


def test_a_rescue_ends_a_kidnapping_and_follows_it_up_only() -> None:
    assert releases(tokenize("Troops rescue 12 abducted farmers"), LANGS)
    assert not releases(tokenize("Firefighters rescue family from burning house"), LANGS)  # no kidnapping
    kidnap = report(0, 0, "Gunmen abduct farmers near Kindu", "Armed men seized a dozen farmers in their fields.", KINDU)
    rescue = report(1, 40, "Troops rescue 12 abducted Kindu farmers", "Soldiers freed the farmers in a forest raid.", KINDU)
    assert relation(rescue, kidnap, WINDOW)[0] is not None
    fire = report(2, 0, "Kindu market fire: police arrest a suspect", "Police arrested a man over the market fire.", KINDU)
    other = report(
        3,
        30,
        "Police rescue nine kidnap victims in Kindu forest operation",
        "Police said they had arrested two suspects in the operation.",
        KINDU,
    )
    assert relation(other, fire, WINDOW)[0] is None  # a release follows up a kidnapping, not a fire


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Three gang members held over bus ambush", ["arrest", "armed"]),
        # "over the killing": the killing the arrests are for (story23), as after "after"
        ("Two suspects held over the killing of a village chief", ["arrest", "armed"]),
        ("Funeral held for the victims of the ambush", ["armed"]),  # a funeral held: no arrest
        ("Elections held for the first time in a decade", []),
        ("Police nab suspect in market bombing", ["arrest", "blast"]),
        ("Les commerçants fuient après la tuerie du marché", ["armed"]),
        ("Makeshift clinic treats wounded from the Kindu killings", []),  # named, not after "after"
    ],
)
def test_words_of_arrests_and_killings(text: str, kinds: list[str]) -> None:
    assert events_in(tokenize(text), LANGS) == kinds


# -- provinces the gazetteer cannot place, and reports that name the town -----------------------

CONFIG = """
feeds:
  - name: test
    url: https://example.org/feed.xml
watchlists:
  kivu:
    title: South Kivu
    locations:
      - name: South Kivu
        aliases: ["Sud-Kivu"]
      - name: Uvira
      - name: Ruzizi Plain
"""


def test_a_province_the_gazetteer_cannot_place_is_a_division_by_its_iso_name() -> None:
    config = parse_config(CONFIG, source="test")
    # "Ruzizi Plain", two words no standard names as a province, is not one.
    assert divisions_of(Matcher(config.watchlists, look_up_places)) == frozenset({"South Kivu"})


def test_a_provinces_report_naming_the_town_is_within_its_incident() -> None:
    uvira = ("Uvira", "city")
    province = ("South Kivu", "city")
    attack = report(0, 0, "Rebels attack army camp in Uvira", "Gunfire was heard around the camp overnight.", uvira)
    toll = report(
        1,
        20,
        "South Kivu: toll from camp attack rises to 12",
        "Twelve soldiers died in the attack on the camp in Uvira, officials said.",
        province,
        uvira,
        division="South Kivu",
    )
    assert toll.region
    assert relation(toll, attack, WINDOW)[0] == WITHIN
    elsewhere = report(
        2,
        20,
        "South Kivu: toll from camp attack rises to 12",
        "Twelve soldiers died in the attack on the camp in Fizi, officials said.",
        province,
        division="South Kivu",
    )
    assert relation(elsewhere, attack, WINDOW)[0] is None


def test_a_countrys_report_naming_one_town_is_within_its_incident() -> None:
    nara = ("Nara", "city")  # a town the place model places in no country
    attack = report(0, 0, "Nara : le camp militaire attaqué", "Des tirs ont été entendus autour du camp de Nara.", nara)
    country = report(
        1,
        5,
        "Mali : des soldats tués dans l'attaque d'un camp",
        "Au moins dix soldats ont été tués dans l'attaque du camp de Nara.",
        ("Mali", "country"),
        nara,
    )
    assert relation(country, attack, WINDOW)[0] == WITHIN
    two = report(
        2,
        5,
        "Mali : des soldats tués dans l'attaque d'un camp",
        "Des soldats ont été tués à Nara et à Nioro du Sahel.",
        ("Mali", "country"),
        nara,
        ("Nioro du Sahel", "city"),
    )
    assert relation(two, attack, WINDOW)[0] is None  # two towns: which incident, it does not say


def test_a_statement_of_mourning_tells_of_its_dead_and_one_on_floods_does_not() -> None:
    attack = report(0, 0, *ATTACK, KINDU)
    mourning = report(1, 30, "Governor issues statement", "The governor declared three days of mourning in Kindu.", KINDU)
    assert relation(mourning, attack, WINDOW) == ("same", WHY_CAME_OF_IT)
    floods = report(2, 30, "Statement on the floods in Kindu", "The ministry announced relief for the families.", KINDU)
    assert relation(floods, attack, WINDOW)[0] is None


def test_the_dead_of_the_incident_it_came_after_are_no_toll_of_its_own() -> None:
    assert not casualties(tokenize("Traders flee Kindu after the market killings"), LANGS)
    assert casualties(tokenize("Three killed in Kindu after the market attack"), LANGS)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Évasion à la maison d'arrêt de Kindu", {"prison"}),
        ("Kindu : mutinerie à la maison centrale", {"prison"}),
        ("Incendie dans une maison de Kindu", set()),  # a house, not a jail
    ],
)
def test_french_jails_are_prisons(text: str, kinds: set[str]) -> None:
    from bot.incident import targets_in

    assert targets_in(tokenize(text)) == kinds


def test_arrests_after_a_violent_day_name_its_violence() -> None:
    assert events_in(tokenize("Detienen a seis tras jornada violenta en Kindu"), ("es", "en", "fr", "ar")) == ["arrest", "armed"]
    assert events_in(tokenize("Kindu : une nuit violente"), LANGS) == []  # violent, but no kind said


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Army jets bomb a market near Kindu", ["airstrike"]),
        ("Helicopters bombed the village overnight", ["airstrike"]),
        ("Bomb explodes near a plane at Kindu airport", ["blast"]),  # a bomb on the ground
    ],
)
def test_bombs_from_aircraft_are_an_air_strike(text: str, kinds: list[str]) -> None:
    assert events_in(tokenize(text), LANGS) == kinds


def test_a_countrys_toll_at_the_target_naming_the_town_joins_hours_later() -> None:
    nara = ("Nara", "city")
    attack = report(
        0, 0, "Nara : des hommes armés attaquent le marché", "Des tirs ont visé le marché hebdomadaire de Nara.", nara
    )
    toll = report(
        1,
        9,
        "Mali : au moins 15 civils tués sur un marché",
        "Quinze civils ont été tués au marché de Nara.",
        ("Mali", "country"),
        nara,
    )
    assert relation(toll, attack, WINDOW)[0] == WITHIN
    elsewhere = report(
        2,
        9,
        "Mali : au moins 15 civils tués sur un marché",
        "Quinze civils ont été tués dans le centre du pays.",
        ("Mali", "country"),
    )
    assert relation(elsewhere, attack, WINDOW)[0] is None  # no town: which market, it does not say


def test_a_countrys_report_a_day_later_of_what_came_after_naming_the_town_joins() -> None:
    nara = ("Nara", "city")
    attack = report(
        0, 0, "Nara : une école attaquée par des hommes armés", "Des hommes armés ont attaqué une école de Nara.", nara
    )
    grief = report(
        1,
        22,
        "Mali : émotion après l'attaque contre une école",
        "L'attaque de mardi contre une école de Nara a suscité l'indignation.",
        ("Mali", "country"),
        nara,
    )
    assert relation(grief, attack, WINDOW)[0] == WITHIN
    far = report(
        2,
        22,
        "Mali : émotion après l'attaque contre une école",
        "L'attaque contre une école de Kayes a suscité l'indignation.",
        ("Mali", "country"),
        ("Kayes", "city"),
    )
    assert relation(far, attack, WINDOW)[0] is None


@pytest.mark.parametrize(
    ("title", "follow"),
    [
        ("Kindu : une vingtaine de fugitifs repris par la police", True),
        ("Kindu : les évadés rattrapés dans la forêt", True),
        ("Kindu : les combats ont repris dans la nuit", False),  # resumed: no prison break
        ("Reprise des cours à Kindu", False),
    ],
)
def test_escaped_inmates_taken_back_follow_up_the_prison_break(title: str, follow: bool) -> None:
    from bot.incident import follows_up

    assert follows_up(tokenize(title), LANGS) is follow


def test_a_recapture_two_days_later_joins_the_prison_break() -> None:
    escape = report(0, 0, "Kindu : évasion massive à la maison d'arrêt", "Des dizaines de détenus se sont évadés.", KINDU)
    back = report(1, 40, "Kindu : 25 fugitifs repris par la police", "La police a repris 25 détenus évadés.", KINDU)
    assert relation(back, escape, WINDOW)[0] is not None
