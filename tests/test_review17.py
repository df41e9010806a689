"""Review 17's findings, each with the reviewer's case and near variants of our own (another town,
another language). Real parts: `make_report`, `StoryIndex`, `bot.incident`. Other reviews'
findings are added below under their own headers."""

from __future__ import annotations

import pytest

from bot.incident import among_its_dead, targets_in
from bot.story import Report
from bot.textnorm import tokenize
from tests.support.reports import grouped
from tests.test_story_rules25 import BOUREM, DORI, KAYA, SECOND_ATTACKS, TANOUT, TUMACO, bourem_two_incidents, report, tanout_raid

# ---------------------------------------------------------------------------------------------
# review17e (story25: `git diff eda2fff..90e6e76`)
# ---------------------------------------------------------------------------------------------

GWOZA = ("Gwoza", "city")
MUEDA = ("Mueda", "city")
MENAKA = ("Ménaka", "city")

# 1. A count of displaced people is how many an attack drove out only when the headline attacks
# no one: "Gunmen attack 4,000 displaced" names whom it hit.


@pytest.mark.parametrize(
    "title",
    [
        "Gunmen attack 4,000 displaced in Tanout",
        "Gunmen attack 3000 displaced in Tanout",
        "Gunmen attack 10 000 displaced in Tanout",
        "Gunmen attack thousands of displaced in Tanout",
        "Gunmen attack more than 4,000 displaced in Mopti",
        "Tanout : un site de 3 000 déplacés attaqué",
        "Tanout : 2 500 déplacés attaqués par des hommes armés",
        "Tanout : 3 000 déplacés tués ou blessés",
        "Ataque contra 4.000 desplazados en Tanout",
        "Homens armados atacam 2.500 deslocados em Mueda",
        "Ataque a milhares de deslocados em Mocímboa",
        "Drone strike kills 12 among 3,000 displaced in Tanout camp",
    ],
)
def test_counted_displaced_whom_the_headline_attacks_are_its_target(title: str) -> None:
    assert "displaced" in targets_in(tokenize(title))


@pytest.mark.parametrize(
    "title",
    [
        "Attack leaves 4,000 displaced in Tanout",
        "Thousands displaced after attack on Tanout",
        "4,000 displaced by attacks near Tanout",
        "Après l'attaque, 3 000 déplacés à Tanout",
        "Attaque de Tanout : plus de 3 000 déplacés",
        "Plus de 2 000 déplacés arrivent à Zinder",
        "Des milliers de déplacés fuient vers Zinder après une nouvelle attaque",
    ],
)
def test_counted_displaced_an_attack_drove_out_are_no_target(title: str) -> None:
    assert "displaced" not in targets_in(tokenize(title))


@pytest.mark.parametrize(
    "title",
    [
        "Gunmen attack 4,000 displaced in Tanout",
        "Gunmen attack 3000 displaced in Tanout",
        "Gunmen attack thousands of displaced in Tanout",
        "Tanout : un site de 3 000 déplacés attaqué",
        "Tanout : 2 500 déplacés attaqués par des hommes armés",
        "Ataque contra 4.000 desplazados en Tanout",
    ],
)
def test_a_new_attack_on_counted_displaced_the_next_day_is_a_new_incident(title: str) -> None:
    later = report(1, 26, title, "Armed men attacked displaced people near Tanout on Monday.", TANOUT, "Niger")
    assert grouped(tanout_raid(), later) == [0, 1]


def test_a_new_attack_on_counted_displaced_at_other_towns_is_a_new_incident() -> None:
    gwoza = report(
        0,
        0,
        "Boko Haram fighters kill nine farmers near Gwoza",
        "Insurgents attacked farmers in their fields outside Gwoza on Sunday.",
        GWOZA,
        "Nigeria",
    )
    camp = report(
        1,
        28,
        "Insurgents attack 3,000 displaced in Gwoza",
        "Fighters opened fire on a displaced site near Gwoza on Tuesday.",
        GWOZA,
        "Nigeria",
    )
    assert grouped(gwoza, camp) == [0, 1]
    mueda = report(
        0,
        0,
        "Insurgentes matam sete camponeses perto de Mueda",
        "Homens armados atacaram aldeias nos arredores de Mueda no domingo.",
        MUEDA,
        "Mozambique",
    )
    site = report(
        1,
        27,
        "Homens armados atacam 2.500 deslocados em Mueda",
        "Um grupo armado abriu fogo na segunda-feira contra um centro de deslocados em Mueda.",
        MUEDA,
        "Mozambique",
    )
    assert grouped(mueda, site) == [0, 1]


# 2. A burial joins the incident whose reports told its dead only when exactly one incident at
# the town told them (headline or summary), and never against the day the burial names.


def menaka_incidents() -> list[Report]:
    return [
        report(
            0,
            0,
            "Car bomb hits army base in Ménaka",
            "A car packed with explosives blew up at the gate of the army base in Ménaka on Monday morning.",
            MENAKA,
            "Mali",
        ),
        report(
            1,
            4,
            "Six soldiers killed in Ménaka base bombing",
            "The army said six soldiers died in Monday's suicide car bombing at the Ménaka base.",
            MENAKA,
            "Mali",
        ),
        report(
            2,
            11,
            "Ménaka : des boutiques pillées et incendiées par des hommes armés",
            "Des individus armés ont pillé puis brûlé lundi soir des boutiques du marché de Ménaka.",
            MENAKA,
            "Mali",
        ),
    ]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Gunmen ambush convoy near Bourem",
            "Armed men attacked a convoy on Wednesday on the road out of Bourem; three soldiers died.",
        ),
        (
            "Embuscade meurtrière près de Bourem",
            "Des hommes armés ont attaqué mercredi un convoi sur la route de Bourem, tuant trois militaires.",
        ),
        ("IED blast hits vehicle near Bourem", "Three soldiers died on Wednesday when their vehicle hit a mine near Bourem."),
    ],
)
def test_a_burial_of_a_new_attacks_soldiers_told_in_its_summary_is_not_the_older_incidents(title: str, summary: str) -> None:
    ambush = report(3, 30, title, summary, BOUREM, "Mali")
    burial = report(
        4,
        52,
        "Bourem : les soldats tombés inhumés",
        "Les trois soldats tués mercredi ont été enterrés jeudi au cimetière de Bourem.",
        BOUREM,
        "Mali",
    )
    assert grouped(*bourem_two_incidents(), ambush, burial) == [0, 0, 2, 3, 3]
    assert grouped(*bourem_two_incidents()[:2], ambush, burial) == [0, 0, 3, 3]


def test_a_burial_of_a_new_ambushs_soldiers_at_another_town() -> None:
    ambush = report(
        3,
        30,
        "Supply convoy ambushed near Ménaka",
        "Gunmen attacked an army supply convoy on Tuesday on the road out of Ménaka; four soldiers died.",
        MENAKA,
        "Mali",
    )
    burial = report(
        4,
        52,
        "Ménaka: funeral for four soldiers",
        "The four soldiers killed on Tuesday were buried on Wednesday in Ménaka.",
        MENAKA,
        "Mali",
    )
    assert grouped(*menaka_incidents(), ambush, burial) == [0, 0, 2, 3, 3]
    assert grouped(*menaka_incidents()[:2], ambush, burial) == [0, 0, 3, 3]


def test_a_burial_naming_another_day_than_the_incident_that_told_soldiers_dead_does_not_join_it() -> None:
    bourem = report(
        3,
        50,
        "Bourem : les soldats tombés inhumés",
        "Les trois soldats tués mercredi ont été enterrés au cimetière de Bourem.",
        BOUREM,
        "Mali",
    )
    assert grouped(*bourem_two_incidents(), bourem)[-1] != 0
    menaka = report(
        3,
        50,
        "Ménaka : les militaires tombés inhumés",
        "Les quatre militaires tués mardi ont été enterrés mercredi à Ménaka.",
        MENAKA,
        "Mali",
    )
    assert grouped(*menaka_incidents(), menaka)[-1] != 0


def test_a_burial_of_the_soldiers_the_one_incident_told_on_its_day_still_joins_it() -> None:
    burial = report(
        3,
        50,
        "Ménaka : les militaires tombés inhumés",
        "Les six militaires tués lundi ont été enterrés mercredi à Ménaka.",
        MENAKA,
        "Mali",
    )
    assert grouped(*menaka_incidents(), burial) == [0, 0, 2, 0]


# 3. The forces' dead before "after" are an attack of their own only when they are not among the
# dead of the event after it.


@pytest.mark.parametrize(
    ("title", "among"),
    [
        ("Six dead, including two soldiers, after gunmen storm Dori market", True),
        ("Two soldiers among dead after Dori market attack", True),
        ("Policeman dies of wounds after Dori market attack", True),
        ("Deux gendarmes parmi les morts après l'attaque du marché de Dori", True),
        ("Cinq morts dont deux gendarmes après les tirs sur le marché de Kaya", True),
        ("Dos policías entre los muertos tras la balacera en el mercado de Tumaco", True),
        ("Policía muere por sus heridas tras la balacera en el mercado de Tumaco", True),
        ("Polícia morre devido aos ferimentos após ataque ao mercado de Pemba", True),
        ("Two soldiers killed after Dori market attack", False),
        ("Gendarmes tués à Dori après l'attaque du marché", False),
        ("Dos soldados muertos en choques entre el ejército y disidentes tras el ataque al mercado", False),
        ("Six dead, including two soldiers, in Dori market attack", False),
    ],
)
def test_the_dead_among_the_dead_of_the_event_after_after(title: str, among: bool) -> None:
    assert among_its_dead(tokenize(title)) is among


@pytest.mark.parametrize(
    "title",
    [
        "Six dead, including two soldiers, after gunmen storm Dori market",
        "Policeman dies of wounds after Dori market attack",
        "Deux gendarmes parmi les morts après l'attaque du marché de Dori",
        "Two soldiers among dead after Dori market attack",
    ],
)
def test_the_forces_among_a_market_attacks_dead_are_its_toll(title: str) -> None:
    market = SECOND_ATTACKS[0][1]
    toll = report(
        1, 6, title, "Two soldiers on guard at the cattle market died in the shooting of Monday morning.", DORI, "Burkina Faso"
    )
    assert grouped(market, toll) == [0, 0]


def test_the_forces_among_a_market_attacks_dead_at_other_towns() -> None:
    kaya = report(
        1,
        6,
        "Cinq morts dont deux gendarmes après les tirs sur le grand marché de Kaya",
        "Deux gendarmes en faction au marché ont péri lundi matin.",
        KAYA,
        "Burkina Faso",
    )
    assert grouped(SECOND_ATTACKS[1][1], kaya) == [0, 0]
    tumaco = SECOND_ATTACKS[2][1]
    among = report(
        1,
        6,
        "Dos policías entre los muertos tras la balacera en el mercado de Tumaco",
        "Dos agentes que custodiaban el mercado murieron en el tiroteo del lunes por la mañana.",
        TUMACO,
        "Colombia",
    )
    assert grouped(tumaco, among) == [0, 0]
    # Their own attack, told as theirs, stays apart.
    own = report(
        1,
        9,
        "Dos policías muertos tras la balacera en el mercado de Tumaco",
        "Hombres armados atacaron el lunes por la noche un puesto de policía a la salida de Tumaco.",
        TUMACO,
        "Colombia",
    )
    assert grouped(tumaco, own) == [0, 1]


# 4. A police or army escort and the convoy it escorts are one target.


@pytest.mark.parametrize(
    "words",
    [
        "Police escort ambushed near Dori",
        "L'escorte militaire d'un convoi attaquée",
        "Emboscan a escolta policial cerca de Tumaco",
    ],
)
def test_an_escort_is_also_the_convoy_it_guards(words: str) -> None:
    assert "convoy" in targets_in(tokenize(words))


CONVOY_AND_ESCORT = [
    (
        (
            "Humanitarian convoy attacked near Dori",
            "Gunmen fired on a convoy of aid trucks and its police escort on Monday evening near Dori.",
        ),
        ("Police escort ambushed near Dori", "Gunmen attacked policemen escorting aid trucks on Monday evening near Dori."),
        DORI,
        "Burkina Faso",
    ),
    (
        (
            "Convoi humanitaire attaqué près de Kaya",
            "Des hommes armés ont tiré lundi soir sur des camions d'aide et leur escorte de gendarmes près de Kaya.",
        ),
        (
            "Kaya : l'escorte policière d'un convoi prise pour cible",
            "Des hommes armés ont attaqué lundi soir les gendarmes qui escortaient des camions d'aide près de Kaya.",
        ),
        KAYA,
        "Burkina Faso",
    ),
    (
        (
            "Atacan caravana de ayuda humanitaria cerca de Tumaco",
            "Hombres armados dispararon el lunes por la noche contra camiones de ayuda y su escolta policial.",
        ),
        (
            "Emboscan a escolta policial cerca de Tumaco",
            "Hombres armados atacaron el lunes por la noche a los policías que escoltaban camiones de ayuda.",
        ),
        TUMACO,
        "Colombia",
    ),
]


@pytest.mark.parametrize(("convoy", "escort", "place", "country"), CONVOY_AND_ESCORT)
def test_a_convoy_attacked_and_its_escort_ambushed_are_one_incident(
    convoy: tuple[str, str], escort: tuple[str, str], place: tuple[str, str], country: str
) -> None:
    assert grouped(report(0, 0, *convoy, place, country), report(1, 3, *escort, place, country)) == [0, 0]
    assert grouped(report(0, 0, *escort, place, country), report(1, 3, *convoy, place, country)) == [0, 0]
