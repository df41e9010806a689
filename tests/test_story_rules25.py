"""Issue 17, story25's round: a second attack at the same town the same day, on the forces, must
not hide in an earlier attack on a place where civilians gather. The spent sets' one late
incident (the twentieth blind set) was an ambush on a police escort that evening, folded into the
morning's shooting at the town's market: the rules read "escort" as no target, and a headline
whose own news is the forces' dead ("policeman killed hours after ...") as no attack of its own.
An escort is the forces guarding a movement, read as a patrol is (by the words beside it: a police
escort a security post, an army's the military); a headline whose news, before its "after", is the
forces' dead, naming no place that was hit, tells the forces hit. Every sentence here is new:
written for these tests, not taken from any labelled set. Real parts: `make_report`, `StoryIndex`,
`bot.incident`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.incident import refuge_names, targets_in
from bot.story import Report
from bot.textnorm import tokenize
from tests.support.reports import grouped, placed_report

T0 = datetime(2026, 3, 9, 7, 30, tzinfo=UTC)
DORI = ("Dori", "city")
KAYA = ("Kaya", "city")
TUMACO = ("Tumaco", "city")
PEMBA = ("Pemba", "city")


def report(n: int, hours: float, title: str, summary: str, place: tuple[str, str], parents: str) -> Report:
    """A report at T0 + hours at one town of `parents` (see `placed_report`)."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, place, parents=(parents,))


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("Police escort ambushed near the border", "security post"),
        ("Army escort attacked on the northern highway", "military"),
        ("L'escorte militaire prise pour cible", "military"),
        ("Atacan a escolta policial en la carretera", "security post"),
        ("Escolta militar emboscada na estrada", "military"),
    ],
)
def test_an_escort_is_the_forces_its_words_beside_it_name(words: str, kind: str) -> None:
    assert kind in targets_in(tokenize(words))


def test_an_escort_named_alone_is_no_target() -> None:
    # Whose escort, nothing says: as "patrol" or "post" alone.
    assert targets_in(tokenize("The escort was ambushed on the road")) == frozenset()


# --- A second attack the same day at the town: the forces' escort, after a market shooting -----

SECOND_ATTACKS = [
    (
        "en",
        report(
            0,
            0,
            "Gunmen open fire on traders at Dori cattle market",
            "Armed men on motorbikes shot at traders in the cattle market of Dori on Monday morning; four died.",
            DORI,
            "Burkina Faso",
        ),
        report(
            1,
            9,
            "Army escort ambushed on Dori-Gorom road, two soldiers missing",
            "A military unit escorting fuel trucks came under fire on Monday evening on the road out of Dori.",
            DORI,
            "Burkina Faso",
        ),
    ),
    (
        "fr",
        report(
            0,
            0,
            "Kaya : des tirs sur le grand marché, plusieurs victimes",
            "Des individus armés ont ouvert le feu lundi matin sur des commerçants au grand marché de Kaya.",
            KAYA,
            "Burkina Faso",
        ),
        report(
            1,
            10,
            "Kaya : une escorte militaire tombe dans une embuscade",
            "Une équipe de gendarmes qui accompagnait un camion de vivres a été attaquée lundi soir à la sortie de Kaya.",
            KAYA,
            "Burkina Faso",
        ),
    ),
    (
        "es",
        report(
            0,
            0,
            "Balacera en el mercado de Tumaco deja tres comerciantes muertos",
            "Hombres armados dispararon el lunes por la mañana contra vendedores del mercado de Tumaco.",
            TUMACO,
            "Colombia",
        ),
        report(
            1,
            8,
            "Emboscan a una escolta policial en Tumaco",
            "Una patrulla que acompañaba a un funcionario fue atacada el lunes por la noche en Tumaco.",
            TUMACO,
            "Colombia",
        ),
    ),
]


@pytest.mark.parametrize(("lang", "market", "escort"), SECOND_ATTACKS)
def test_an_ambush_on_an_escort_the_same_day_stays_apart_from_a_market_shooting(
    lang: str, market: Report, escort: Report
) -> None:
    assert grouped(market, escort) == [0, 1], lang


def test_the_forces_dead_told_before_after_a_market_attack_are_another_attack() -> None:
    market = SECOND_ATTACKS[0][1]
    later = report(
        2,
        11,
        "Soldier killed hours after Dori market attack",
        "A soldier died when gunmen fired on an army patrol outside Dori on Monday evening.",
        DORI,
        "Burkina Faso",
    )
    assert grouped(market, later) == [0, 2]


def test_the_forces_dead_told_before_after_in_portuguese_are_another_attack() -> None:
    market = report(
        0,
        0,
        "Homens armados disparam contra vendedores no mercado de Pemba",
        "Um grupo armado abriu fogo na manhã de segunda-feira no mercado central de Pemba; três mortos.",
        PEMBA,
        "Mozambique",
    )
    later = report(
        1,
        9,
        "Dois polícias mortos horas depois do ataque ao mercado de Pemba",
        "Dois agentes da polícia foram mortos na noite de segunda-feira num posto à saída de Pemba.",
        PEMBA,
        "Mozambique",
    )
    assert grouped(market, later) == [0, 1]


# --- What stays one incident -------------------------------------------------------------------


def test_soldiers_killed_in_the_market_attack_are_its_toll() -> None:
    # The forces' dead at the market: the headline names the place that was hit, the same one.
    market = SECOND_ATTACKS[0][1]
    toll = report(
        1,
        6,
        "Two soldiers among six killed in Dori market attack",
        "Two soldiers on guard at the cattle market were among the dead of Monday's shooting in Dori.",
        DORI,
        "Burkina Faso",
    )
    assert grouped(market, toll) == [0, 0]


def test_rewrites_of_an_ambush_on_an_escort_are_one_incident() -> None:
    first = SECOND_ATTACKS[0][2]
    rewrite = report(
        3,
        12,
        "Burkina Faso : l'escorte militaire d'un convoi de carburant attaquée près de Dori",
        "Des hommes armés ont attaqué lundi soir l'escorte militaire de camions-citernes sur la route de Gorom-Gorom.",
        DORI,
        "Burkina Faso",
    )
    assert grouped(first, rewrite) == [1, 1]


# --- Where the displaced arrive: their refuge, no other place of the news ----------------------
# Over the spent story sets, four reports of people driven out arriving at another town (blind6,
# blind19 twice, blind20) were split from their incident for naming the town they reached.

TANOUT = ("Tanout", "city")
GAJIRAM = ("Gajiram", "city")
BARBACOAS = ("Barbacoas", "city")
MUCOJO = ("Mucojo", "city")


def tanout_raid() -> Report:
    return report(
        0,
        0,
        "Tanout : des hommes armés tuent quatorze villageois",
        "Des hommes armés ont attaqué dimanche à l'aube plusieurs hameaux de la commune de Tanout, tuant quatorze civils.",
        TANOUT,
        "Niger",
    )


@pytest.mark.parametrize(
    ("lang", "first", "later"),
    [
        (
            "fr",
            tanout_raid,
            report(
                1,
                26,
                "Plus de 2 000 déplacés arrivent à Zinder",
                "Des familles venues de Tanout ont trouvé refuge dans des écoles de Zinder, selon l'OIM.",
                TANOUT,
                "Niger",
            ),
        ),
        (
            "en",
            lambda: report(
                0,
                0,
                "Gunmen raid Gajiram, kill nine farmers",
                "Gunmen on motorcycles stormed Gajiram on Sunday and killed nine farmers, residents said.",
                GAJIRAM,
                "Nigeria",
            ),
            report(
                1,
                28,
                "Hundreds of displaced families arrive in Monguno",
                "Families from Gajiram found shelter in schools in Monguno, officials said.",
                GAJIRAM,
                "Nigeria",
            ),
        ),
        (
            "es",
            lambda: report(
                0,
                0,
                "Enfrentamientos armados en Barbacoas dejan cinco muertos",
                "Grupos armados se enfrentaron el domingo en zona rural de Barbacoas; cinco personas murieron.",
                BARBACOAS,
                "Colombia",
            ),
            report(
                1,
                25,
                "Cientos de familias desplazadas se refugian en Tumaco",
                "Familias de la zona rural de Barbacoas llegaron a Tumaco en lanchas.",
                BARBACOAS,
                "Colombia",
            ),
        ),
        (
            "pt",
            lambda: report(
                0,
                0,
                "Insurgentes atacam aldeia de Mucojo e incendeiam casas",
                "Um grupo de insurgentes atacou no domingo a aldeia de Mucojo, em Cabo Delgado, e incendiou dezenas de casas.",
                MUCOJO,
                "Mozambique",
            ),
            report(
                1,
                27,
                "Montepuez acolhe centenas de famílias",
                "Famílias vindas de Mucojo continuam a chegar a Montepuez.",
                MUCOJO,
                "Mozambique",
            ),
        ),
    ],
)
def test_the_displaced_reaching_another_town_a_day_later_follow_up_their_incident(lang: str, first, later: Report) -> None:
    assert grouped(first(), later) == [0, 0], lang


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # An attack of its own on the displaced where they arrive: news.
        (
            "Gunmen attack displaced families arriving in Zinder",
            "Armed men fired on families who had fled Tanout as they reached Zinder.",
        ),
        # Where they come from is another place: another incident's displaced.
        ("Des déplacés de Dakoro arrivent à Zinder", "Des familles fuyant les violences de Dakoro ont rejoint Zinder."),
        # A new threat beside them.
        (
            "Displaced reach Zinder as jihadists encircle Tanout",
            "Residents of Tanout fled as armed men surrounded the town.",
        ),
        # The next day at the town, another kind of attack, another target.
        (
            "Tanout : un engin explosif tue trois soldats près du poste militaire",
            "Un véhicule de l'armée a sauté lundi sur un engin explosif à la sortie de Tanout.",
        ),
    ],
)
def test_what_is_news_beside_the_displaced_stays_apart(title: str, summary: str) -> None:
    later = report(1, 26, title, summary, TANOUT, "Niger")
    assert grouped(tanout_raid(), later) == [0, 1]


@pytest.mark.parametrize(
    ("title", "refuges"),
    [
        ("Plus de 2 000 déplacés arrivent à Zinder", {"zinder"}),
        ("Exode des habitants vers Ouallam", {"ouallam"}),
        ("Thousands displaced from Léré reach Koury", {"koury"}),  # Léré, where from, stays a name
        ("Zinder accueille des centaines de familles", {"zinder"}),
        ("Familias desplazadas llegan a San José del Guaviare", {"san", "jose", "del", "guaviare"}),
        ("Thousands flee Léré", set()),  # where from
        ("Gunmen kill five on the road to Mopti", set()),  # no people driven out
    ],
)
def test_the_refuge_is_the_town_the_displaced_reach(title: str, refuges: set[str]) -> None:
    assert refuge_names(tokenize(title)) == refuges


# --- What came of an incident, beside two at the town: the one whose reports told its dead ------
# Over the spent sets, a burial of soldiers two days after a car bomb at a town's camp went to a
# fire at the town's toll post that evening, the newer story, which told no dead (blind15); a
# funeral of a checkpoint's soldiers went to a drone strike (blind13).

BOUREM = ("Bourem", "city")


def bourem_two_incidents() -> list[Report]:
    return [
        report(
            0,
            0,
            "Car bomb hits army camp in Bourem",
            "A car laden with explosives blew up at the gate of the army camp in Bourem early on Tuesday, residents said.",
            BOUREM,
            "Mali",
        ),
        report(
            1,
            4,
            "Five soldiers killed in Bourem camp bombing",
            "The army said five soldiers died when a suicide car bomb exploded at the Bourem camp on Tuesday.",
            BOUREM,
            "Mali",
        ),
        report(
            2,
            11,
            "Bourem : des camions de marchandises incendiés par des hommes armés",
            "Des individus armés ont mis le feu mardi soir à trois camions stationnés à la sortie de Bourem.",
            BOUREM,
            "Mali",
        ),
    ]


def test_a_burial_of_soldiers_joins_the_incident_that_told_them_dead_not_the_newer() -> None:
    burial = report(
        3,
        50,
        "Bourem : les soldats tombés inhumés",
        "Les cinq soldats tués lundi ont été enterrés mercredi au cimetière de Bourem en présence du gouverneur.",
        BOUREM,
        "Mali",
    )
    assert grouped(*bourem_two_incidents(), burial) == [0, 0, 2, 0]


def test_a_new_attack_on_soldiers_the_next_day_stays_apart_from_both() -> None:
    ambush = report(
        3,
        30,
        "Gunmen ambush army patrol near Bourem, three soldiers killed",
        "Armed men attacked a patrol on Wednesday on the road out of Bourem.",
        BOUREM,
        "Mali",
    )
    assert grouped(*bourem_two_incidents(), ambush) == [0, 0, 2, 3]
