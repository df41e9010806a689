"""Issue 17, story27's round: a second attack told "a day after" the first stays apart whichever
report of the first it might follow up; and what the days after an attack bring (mourning, the
dead identified, the area combed) follows it up in five languages, while a
real second attack at the same town, told with the same words, stays apart. Every sentence here
is new: written for these tests, not taken from any labelled set. Real parts: `make_report`,
`StoryIndex`, `bot.incident`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.incident import laid_to_rest, targets_in
from bot.story import Report
from bot.textnorm import tokenize
from tests.support.reports import decide, grouped, placed_report

T0 = datetime(2026, 5, 11, 4, 0, tzinfo=UTC)  # a Monday: the texts name its weekdays
GARISSA = ("Garissa", "city")
TUMACO = ("Tumaco", "city")
KIRKUK = ("Kirkuk", "city")
MENAKA = ("Ménaka", "city")
MOCIMBOA = ("Mocímboa da Praia", "city")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], parents: str) -> Report:
    """A report at T0 + hours (see `placed_report`); its towns lie in `parents`."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, parents=(parents,))


# --- A second attack "a day after" the first: not the first's, through any of its reports ----------


def garissa_blast() -> list[Report]:
    """A roadside bomb, then the minister's vow that follows it up."""
    return [
        report(
            0,
            0,
            "Four police officers killed as roadside bomb hits patrol near Garissa",
            "Four officers died when their patrol vehicle struck an improvised explosive device outside Garissa on Monday.",
            GARISSA,
            parents="Kenya",
        ),
        report(
            1,
            7,
            "Interior minister vows to hunt down those behind Garissa bombing",
            "The interior minister said the attackers behind Monday's explosion near Garissa would be pursued.",
            GARISSA,
            parents="Kenya",
        ),
    ]


@pytest.mark.parametrize(
    "title, summary",
    [
        (
            "Militants storm Garissa police station, torch patrol cars",
            "Armed militants attacked the police station in Garissa on Tuesday night, a day after four officers"
            " died in a roadside bomb blast nearby.",
        ),
        (
            "Garissa : des hommes armés attaquent le commissariat",
            "Des hommes armés ont attaqué le commissariat de Garissa mardi soir, au lendemain de l'explosion"
            " d'une bombe qui a tué quatre policiers.",
        ),
        (
            "Hombres armados atacan la comisaría de Garissa",
            "Hombres armados atacaron la comisaría de Garissa el martes, un día después de la explosión que mató"
            " a cuatro policías.",
        ),
    ],
)
def test_an_attack_a_day_after_the_bombing_stays_apart_though_the_vow_follows_the_bombing(title: str, summary: str) -> None:
    # blind22's late incident: the second attack's text says "a day after" the bombing, so it is
    # not the bombing's; that the minister's vow reads as something it follows up must not fold it in.
    second = report(2, 40, title, summary, GARISSA, parents="Kenya")
    assert grouped(*garissa_blast(), second) == [0, 0, 2]
    assert "came after" in decide(*garissa_blast(), second)


def test_the_bombings_own_follow_up_still_joins_it() -> None:
    toll = report(
        2,
        30,
        "Garissa bombing: toll rises to six as two officers die in hospital",
        "Two more officers wounded in Monday's roadside bomb blast near Garissa died in hospital, police said.",
        GARISSA,
        parents="Kenya",
    )
    assert grouped(*garissa_blast(), toll) == [0, 0, 0]


# --- A police camp is the police's post ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kinds",
    [
        ("Gunmen attack police camp in the town", {"security post"}),
        ("Des assaillants attaquent le camp de la gendarmerie", {"security post"}),
        ("Militants overrun army camp", {"military"}),
        ("Gunmen attack displaced camp", {"displaced"}),
        ("Gunmen attack a camp near the town", {"military", "displaced"}),
    ],
)
def test_a_camp_is_the_police_s_the_army_s_or_the_displaced_s(text: str, kinds: set[str]) -> None:
    assert targets_in(tokenize(text)) == kinds


def test_a_rewrite_naming_the_police_post_joins_the_attack_on_the_police_camp() -> None:
    first = report(
        0,
        0,
        "Gunmen attack Ménaka police camp, exchange fire for an hour",
        "Armed men attacked the police camp in Ménaka early on Monday, exchanging fire with officers.",
        MENAKA,
        parents="Mali",
    )
    rewrite = report(
        1,
        9,
        "Ménaka: officers repel gunmen who stormed police post",
        "Police officers repelled gunmen who stormed their post in Ménaka on Monday, the governor said.",
        MENAKA,
        parents="Mali",
    )
    assert grouped(first, rewrite) == [0, 0]


# --- What the days after bring: mourning, the dead named, the area combed ----


def garissa_market() -> Report:
    return report(
        0,
        0,
        "Gunmen kill seven at Garissa market",
        "Gunmen opened fire on traders at the main market in Garissa on Monday, killing seven people.",
        GARISSA,
        parents="Kenya",
    )


@pytest.mark.parametrize(
    "title, summary",
    [
        (
            "Garissa traders bid farewell to market victims",
            "Hundreds of traders gathered on Tuesday to say farewell to the seven people killed at the market on Monday.",
        ),
        (
            "Garissa market victims laid to rest",
            "The seven people killed when gunmen opened fire at the market on Monday were buried on Tuesday.",
        ),
        (
            "Police identify the seven killed at Garissa market",
            "Police named the seven traders shot dead at the market on Monday.",
        ),
        (
            "Security forces comb Garissa outskirts after market shooting",
            "Troops searched villages around Garissa on Tuesday for the gunmen who killed seven traders at the market.",
        ),
    ],
)
def test_what_the_next_day_brings_follows_the_market_shooting_up(title: str, summary: str) -> None:
    later = report(1, 30, title, summary, GARISSA, parents="Kenya")
    assert later.follow_up
    assert grouped(garissa_market(), later) == [0, 0]


def test_spanish_wake_and_identification_follow_the_massacre_up() -> None:
    first = report(
        0,
        0,
        "Sicarios asesinan a seis personas en un billar de Tumaco",
        "Hombres armados dispararon contra los clientes de un billar en Tumaco la madrugada del lunes.",
        TUMACO,
        parents="Colombia",
    )
    wake = report(
        1,
        32,
        "Familias velan a las víctimas del billar de Tumaco",
        "Los familiares de las seis personas asesinadas en el billar velaron sus restos el martes.",
        TUMACO,
        parents="Colombia",
    )
    named = report(
        2,
        36,
        "Identifican a las seis víctimas de la masacre en el billar de Tumaco",
        "La fiscalía identificó a las seis personas asesinadas el lunes en el billar.",
        TUMACO,
        parents="Colombia",
    )
    assert wake.follow_up and named.follow_up
    assert grouped(first, wake, named) == [0, 0, 0]


def test_an_arabic_sweep_after_the_bombing_follows_it_up_and_a_search_is_no_checkpoint() -> None:
    first = report(
        0,
        0,
        "انفجار عبوة ناسفة يستهدف دورية للجيش في كركوك",
        "انفجرت عبوة ناسفة صباح الاثنين على دورية للجيش العراقي في كركوك ما أدى إلى مقتل جنديين.",
        KIRKUK,
        parents="Iraq",
    )
    sweep = report(
        1,
        28,
        "القوات الأمنية تبدأ عملية تمشيط واسعة في كركوك بحثا عن منفذي التفجير",
        "بدأت القوات الأمنية الثلاثاء عملية تمشيط وتفتيش في محيط كركوك بحثا عن منفذي تفجير الاثنين.",
        KIRKUK,
        parents="Iraq",
    )
    assert "security post" not in targets_in(tokenize("عملية تفتيش واسعة"))
    assert "security post" in targets_in(tokenize("هجوم على نقطة تفتيش"))
    assert sweep.follow_up
    assert grouped(first, sweep) == [0, 0]


def test_laid_to_rest_says_a_burial_and_laid_an_ambush_does_not() -> None:
    assert laid_to_rest(tokenize("Victims laid to rest in Garissa").folded)
    assert laid_to_rest(tokenize("Town lays its slain officers to rest").folded)
    assert not laid_to_rest(tokenize("Gunmen laid an ambush and attacked, giving no rest").folded)


# --- A real second attack at the same town, told with those words, stays apart ---------------------


@pytest.mark.parametrize(
    "hours, title, summary",
    [
        (
            26,
            "Police confirm fresh attack on Garissa church",
            "Gunmen attacked a church in Garissa on Tuesday, police confirmed.",
        ),
        (27, "Garissa : la police confirme une nouvelle attaque", "Des hommes armés ont de nouveau attaqué Garissa mardi soir."),
        (
            28,
            "Police confirm kidnapping of 12 teachers in Garissa",
            "Gunmen seized 12 teachers from a school in Garissa on Tuesday.",
        ),
        (
            30,
            "Forces comb Garissa after new ambush kills three soldiers",
            "Militants ambushed an army patrol near Garissa on Tuesday.",
        ),
        (24, "Car bomb explodes at Garissa checkpoint", "A car bomb exploded at a police checkpoint in Garissa on Tuesday."),
        (25, "Gunmen attack Garissa police station", "Gunmen stormed the police station in Garissa on Tuesday night."),
        (30, "Gunmen attack mourners again in Garissa", "Gunmen opened fire again on Tuesday on mourners in Garissa."),
        (31, "Garissa traders bid farewell as gunmen strike again", "Gunmen attacked traders again on Tuesday in Garissa."),
    ],
)
def test_a_second_attack_at_the_market_town_stays_apart(hours: float, title: str, summary: str) -> None:
    second = report(1, hours, title, summary, GARISSA, parents="Kenya")
    assert grouped(garissa_market(), second) == [0, 1]


@pytest.mark.parametrize(
    "title, summary, place, parents",
    [
        (
            "Tumaco: otra vez atacan la estación de policía",
            "Hombres armados volvieron a atacar la estación de policía de Tumaco el martes.",
            TUMACO,
            "Colombia",
        ),
        (
            "Identifican a los autores de un nuevo ataque en Tumaco",
            "La policía identificó a los autores del nuevo ataque del martes contra una patrulla en Tumaco.",
            TUMACO,
            "Colombia",
        ),
        (
            "Novo ataque em Mocímboa da Praia: insurgentes incendeiam igreja",
            "Insurgentes voltaram a atacar Mocímboa da Praia na terça-feira e incendiaram uma igreja.",
            MOCIMBOA,
            "Mozambique",
        ),
        (
            "هجوم جديد على مركز للشرطة في كركوك",
            "هاجم مسلحون مجددا مركزا للشرطة في كركوك يوم الثلاثاء.",
            KIRKUK,
            "Iraq",
        ),
        (
            "القوات تبدأ تمشيط كركوك بعد تفجير جديد",
            "بدأت القوات تمشيط كركوك بعد تفجير جديد استهدف سوقا يوم الثلاثاء.",
            KIRKUK,
            "Iraq",
        ),
        (
            "Ménaka : nouvelle attaque contre le camp de la gendarmerie",
            "Des hommes armés ont de nouveau attaqué le camp de la gendarmerie de Ménaka mardi.",
            MENAKA,
            "Mali",
        ),
        (
            "Ménaka : la police confirme un deuxième enlèvement",
            "Des hommes armés ont enlevé un commerçant mardi à Ménaka, a confirmé la police.",
            MENAKA,
            "Mali",
        ),
    ],
)
def test_a_new_attack_the_next_day_stays_apart_in_every_language(
    title: str, summary: str, place: tuple[str, str], parents: str
) -> None:
    first = report(
        0,
        0,
        f"Gunmen kill six in {place[0]} market shooting",
        f"Gunmen opened fire at the market in {place[0]} on Monday, killing six people.",
        place,
        parents=parents,
    )
    second = report(1, 28, title, summary, place, parents=parents)
    assert grouped(first, second) == [0, 1]


# --- The escaped back in custody: what comes of a prison break ------------------------------------


def test_escapees_back_in_custody_a_day_later_follow_the_jailbreak_up() -> None:
    first = report(
        0,
        0,
        "Gunmen storm Kirkuk prison, free dozens of inmates",
        "Armed men attacked the central prison in Kirkuk overnight and freed dozens of inmates, officials said.",
        KIRKUK,
        parents="Iraq",
    )
    later = report(
        1,
        27,
        "Police say 40 escapees back in custody",
        "Police said 40 of the inmates who escaped from the Kirkuk prison during Monday's attack had been caught"
        " or had handed themselves in.",
        KIRKUK,
        parents="Iraq",
    )
    assert later.follow_up
    assert grouped(first, later) == [0, 0]


@pytest.mark.parametrize(
    "title",
    ["Des évadés de la prison de Ménaka se sont rendus", "Fugados de la cárcel de Ménaka se entregaron a la policía"],
)
def test_the_escaped_giving_themselves_up_is_a_recapture(title: str) -> None:
    later = report(1, 20, title, "", MENAKA, parents="Mali")
    assert later.follow_up


# --- The dead confirmed: a follow-up only under a headline that tells no deed ----------------------


def test_the_government_confirming_the_dead_a_day_later_follows_the_ambush_up() -> None:
    first = report(
        0,
        0,
        "Ménaka : une patrouille de l'armée tombe dans une embuscade",
        "Une patrouille de l'armée malienne est tombée dans une embuscade lundi près de Ménaka.",
        MENAKA,
        parents="Mali",
    )
    confirmed = report(
        1,
        30,
        "Ménaka : le gouvernement confirme la mort de 14 soldats",
        "Le gouvernement a confirmé la mort de 14 soldats dans l'embuscade de lundi près de Ménaka.",
        MENAKA,
        parents="Mali",
    )
    told_anew = report(
        1,
        30,
        "Army confirms 14 soldiers killed as jihadists attacked Ménaka patrol",
        "The army said 14 soldiers were killed when jihadists attacked a patrol near Ménaka.",
        MENAKA,
        parents="Mali",
    )
    assert confirmed.follow_up and not told_anew.follow_up
    assert grouped(first, confirmed) == [0, 0]
