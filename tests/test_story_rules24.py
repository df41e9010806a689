"""Issue 17, story24's round: the policy at one watched place, not its words. Measured over the 24
spent story sets, a report at a city or site the same day as an incident there, telling no event
at all ("Diapaga : les commerces restent fermés"), was that incident's in every case (9 of 9, no
other incident), and one two or three days later, one that nothing in it contradicts, at the one
incident there, was that incident's too (2 of 2); new attacks at the same place, with or without
"again", tell their own event and stay apart. Every sentence here is new: written for these tests,
not taken from any labelled set. Real parts: `make_report`, `StoryIndex`, `bot.incident`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.story import Report
from tests.support.reports import decide, grouped, placed_report

T0 = datetime(2026, 5, 11, 2, 0, tzinfo=UTC)
DIAPAGA = ("Diapaga", "city")
MUEDA = ("Mueda", "city")
CELAYA = ("Celaya", "city")
KADUGLI = ("كادقلي", "city")
HOMBORI = ("Hombori", "city")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], parents: str) -> Report:
    """A report at T0 + hours (see `placed_report`); its towns lie in `parents`."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, parents=(parents,))


def diapaga_attack() -> Report:
    return report(
        0,
        0,
        "Gunmen attack gendarmerie post in Diapaga",
        "Armed men attacked the gendarmerie post in Diapaga, in eastern Burkina Faso, overnight, security sources said.",
        DIAPAGA,
        parents="Burkina Faso",
    )


# --- The same day at the same town: a report telling no event is the incident's ------------------

SAME_DAY_QUIET = [
    (
        "fr",
        diapaga_attack,
        report(
            1,
            5,
            "Diapaga : les commerces restent fermés, les habitants terrés chez eux",
            "À Diapaga, les boutiques n'ont pas ouvert ce matin et les rues sont restées désertes.",
            DIAPAGA,
            parents="Burkina Faso",
        ),
    ),
    (
        "pt",
        lambda: report(
            0,
            0,
            "Homens armados atacam posto policial em Mueda",
            "Um grupo de homens armados atacou na madrugada o posto policial de Mueda, em Cabo Delgado.",
            MUEDA,
            parents="Mozambique",
        ),
        report(
            1,
            6,
            "Escolas e lojas fechadas em Mueda, moradores com medo",
            "Em Mueda as escolas não abriram e muitas lojas ficaram de portas fechadas nesta segunda-feira.",
            MUEDA,
            parents="Mozambique",
        ),
    ),
    (
        "es",
        lambda: report(
            0,
            0,
            "Atacan a balazos un bar en Celaya",
            "Un grupo armado atacó a balazos un bar del centro de Celaya durante la madrugada.",
            CELAYA,
            parents="Mexico",
        ),
        report(
            1,
            7,
            "Celaya amanece con fuerte presencia de la Guardia Nacional",
            "Elementos de la Guardia Nacional recorren las calles del centro de Celaya desde temprano.",
            CELAYA,
            parents="Mexico",
        ),
    ),
    (
        "ar",
        lambda: report(
            0,
            0,
            "هجوم مسلح على مقر للشرطة في كادقلي",
            "هاجم مسلحون فجر اليوم مقرا للشرطة في مدينة كادقلي بولاية جنوب كردفان.",
            KADUGLI,
            parents="Sudan",
        ),
        report(
            1,
            4,
            "كادقلي: الأسواق مغلقة وحركة السير متوقفة",
            "بقيت الأسواق في كادقلي مغلقة صباح اليوم وتوقفت حركة السير في وسط المدينة.",
            KADUGLI,
            parents="Sudan",
        ),
    ),
]


@pytest.mark.parametrize(("lang", "first", "later"), SAME_DAY_QUIET, ids=[case[0] for case in SAME_DAY_QUIET])
def test_a_report_telling_no_event_the_same_day_at_the_town_joins_its_incident(lang: str, first, later: Report) -> None:
    assert not later.events and not later.follow_up, "this report tells no event in words the rules read"
    assert grouped(first(), later) == [0, 0], lang


def test_a_headline_telling_the_dead_in_words_the_rules_do_not_read_stays_apart() -> None:
    # No event word, but people killed: a deed of its own the same day (when unsure, send).
    dead = report(
        1,
        6,
        "Diapaga : trois éleveurs retrouvés sans vie en brousse",
        "Les corps de trois éleveurs ont été retrouvés dans la brousse près de Diapaga.",
        DIAPAGA,
        parents="Burkina Faso",
    )
    assert grouped(diapaga_attack(), dead) == [0, 1]


def test_a_quiet_report_naming_another_target_the_same_day_stays_apart() -> None:
    other = report(
        1,
        5,
        "Diapaga : l'hôpital régional fermé jusqu'à nouvel ordre",
        "L'hôpital régional de Diapaga a fermé ses portes, ont indiqué les soignants.",
        DIAPAGA,
        parents="Burkina Faso",
    )
    first = report(
        0,
        0,
        "Gunmen storm the market in Diapaga",
        "Armed men stormed the weekly market in Diapaga on Monday morning, residents said.",
        DIAPAGA,
        parents="Burkina Faso",
    )
    assert grouped(first, other) == [0, 1]


# --- The next day at the same town: new attacks stay apart ---------------------------------------


def hombori_ambush() -> Report:
    return report(
        0,
        0,
        "Hombori : une patrouille de l'armée tombe dans une embuscade",
        "Une patrouille des forces armées maliennes est tombée dans une embuscade près de Hombori, dans la région de Douentza.",
        HOMBORI,
        parents="Mali",
    )


NEXT_DAY_ATTACKS = [
    # "nouvelle": another
    (
        "Hombori : nouvelle attaque contre le poste de la garde nationale",
        "Des hommes armés ont attaqué mardi le poste de Hombori.",
    ),
    # its own deed and target, no "again"
    ("Gunmen attack Hombori health centre, two nurses killed", "Armed men attacked the health centre in Hombori on Tuesday."),
    ("Hombori: gunmen strike again, torching the weekly market", "Armed men set fire to the market in Hombori on Tuesday."),
    (
        "Otra vez atacan Hombori: hombres armados incendian el mercado",
        "Hombres armados incendiaron el martes el mercado de Hombori.",
    ),
    ("Hombori: novo ataque contra o posto da guarda nacional", "Homens armados atacaram na terça-feira o posto de Hombori."),
    ("هجوم جديد على سوق هومبوري", "هاجم مسلحون سوق هومبوري يوم الثلاثاء."),
]


@pytest.mark.parametrize(("title", "summary"), NEXT_DAY_ATTACKS)
def test_a_new_attack_the_next_day_at_the_town_stays_apart(title: str, summary: str) -> None:
    town = ("هومبوري", "city") if "هومبوري" in title else HOMBORI
    later = report(1, 28, title, summary, town, parents="Mali")
    assert grouped(hombori_ambush(), later) == [0, 1]


def test_a_new_attack_on_the_town_three_days_later_stays_apart() -> None:
    later = report(
        1,
        62,
        "Hombori : des hommes armés attaquent le marché, plusieurs morts",
        "Des hommes armés ont attaqué le marché de Hombori jeudi, faisant plusieurs morts.",
        HOMBORI,
        parents="Mali",
    )
    assert grouped(hombori_ambush(), later) == [0, 1]


# --- Two or three days later: what came of the one incident there, nothing against it ------------


def test_the_families_of_the_fallen_two_and_a_half_days_later_join_the_one_incident_there() -> None:
    later = report(
        1,
        60,
        "Hombori : les familles des militaires tombés reçues par le gouverneur",
        "Le gouverneur a reçu à Hombori les familles des militaires tombés dans l'embuscade.",
        HOMBORI,
        parents="Mali",
    )
    assert grouped(hombori_ambush(), later) == [0, 0], decide(hombori_ambush(), later)


def test_two_incidents_at_the_town_and_a_report_three_days_later_starts_its_own() -> None:
    # With two incidents at the town in the window, a late report could follow up either: send.
    market = report(
        1,
        20,
        "Hombori : des hommes armés incendient le marché",
        "Des hommes armés ont incendié le marché de Hombori dans la nuit de lundi à mardi.",
        HOMBORI,
        parents="Mali",
    )
    later = report(
        2,
        60,
        "Hombori : les familles des militaires tombés reçues par le gouverneur",
        "Le gouverneur a reçu à Hombori les familles des militaires tombés dans l'embuscade.",
        HOMBORI,
        parents="Mali",
    )
    assert grouped(hombori_ambush(), market, later) == [0, 1, 2]


def test_the_families_of_the_fallen_two_days_and_more_later_are_refused_with_two_incidents_there() -> None:
    # the same, said in the index's words
    market = report(
        1,
        20,
        "Hombori : des hommes armés incendient le marché",
        "Des hommes armés ont incendié le marché de Hombori dans la nuit de lundi à mardi.",
        HOMBORI,
        parents="Mali",
    )
    later = report(
        2,
        60,
        "Hombori : les familles des militaires tombés reçues par le gouverneur",
        "Le gouverneur a reçu à Hombori les familles des militaires tombés dans l'embuscade.",
        HOMBORI,
        parents="Mali",
    )
    assert "not the one incident at its place" in decide(hombori_ambush(), market, later)


# --- A day or two later, at the one incident there: another place in the town, no deed of its own --

HOSPITAL_APPEALS = [
    (
        "Diapaga : l'hôpital régional lance un appel aux donneurs de sang",
        "L'hôpital régional de Diapaga manque de sang après l'attaque de la gendarmerie.",
    ),
    (
        "Diapaga hospital appeals for blood donors",
        "The regional hospital in Diapaga is short of blood after the attack on the gendarmerie.",
    ),
    (
        "Diapaga: hospital regional pede doadores de sangue",
        "O hospital regional de Diapaga está sem sangue depois do ataque à gendarmaria.",
    ),
    (
        "Diapaga: el hospital regional pide donantes de sangre",
        "El hospital regional de Diapaga se quedó sin sangre tras el ataque a la gendarmería.",
    ),
]


@pytest.mark.parametrize(("title", "summary"), HOSPITAL_APPEALS)
def test_the_towns_hospital_a_day_later_joins_the_one_incident_there(title: str, summary: str) -> None:
    # Over the 24 spent story sets, reports a day or two after the one incident at their town
    # refused only for naming another target were that incident's (7 of 7).
    later = report(1, 30, title, summary, DIAPAGA, parents="Burkina Faso")
    assert later.title_targets == {"hospital"} and not later.own_event and not later.casualties
    assert grouped(diapaga_attack(), later) == [0, 0], decide(diapaga_attack(), later)


def test_another_target_with_its_own_dead_a_day_later_stays_apart() -> None:
    later = report(
        1,
        30,
        "Diapaga : deux commerçants retrouvés sans vie près du marché",
        "Les corps de deux commerçants ont été retrouvés près du marché de Diapaga mardi.",
        DIAPAGA,
        parents="Burkina Faso",
    )
    assert grouped(diapaga_attack(), later) == [0, 1]


def test_a_market_reopening_a_day_later_joins_the_one_incident_in_the_town() -> None:
    # The gendarmerie's attack hit no market, but it is the one incident in the town: two spent
    # sets label such a reopening the attack's, and an unread set's recall rose with it.
    later = report(
        1,
        30,
        "Diapaga market reopens under army guard",
        "Traders returned to the Diapaga market.",
        DIAPAGA,
        parents="Burkina Faso",
    )
    assert later.reopening
    assert grouped(diapaga_attack(), later) == [0, 0]


def test_the_hospitals_appeal_with_two_incidents_at_the_town_starts_its_own() -> None:
    market = report(
        1,
        10,
        "Diapaga : des hommes armés pillent le marché",
        "Des hommes armés ont pillé le marché de Diapaga dans la soirée.",
        DIAPAGA,
        parents="Burkina Faso",
    )
    later = report(2, 30, *HOSPITAL_APPEALS[0], DIAPAGA, parents="Burkina Faso")
    assert grouped(diapaga_attack(), market, later)[2] == 2
