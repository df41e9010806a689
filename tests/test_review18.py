"""Review 18's probes, kept as tests (real parts: `placed_report`, `StoryIndex`, `bot.incident`).
Every report is dated from a fixed Monday, never from the clock, and its text names that week's days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.incident import another, follows_up
from bot.story import Report
from bot.textnorm import tokenize
from tests.support.reports import grouped, placed_report

# review18d: what the days after an incident bring (a farewell, a search party, the dead
# identified or confirmed, a burial) follows it up only under a headline that tells no deed of
# its own; an adverb of repetition beside a toll says the count rose again, no new deed.

T0 = datetime(2026, 5, 11, 4, 0, tzinfo=UTC)  # a Monday


def report(n: int, hours: float, title: str, summary: str, place: str, country: str) -> Report:
    """A report at T0 + hours naming one town of `country`."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, (place, "city"), parents=(country,))


def market() -> Report:
    return report(
        0,
        0,
        "Gunmen kill seven at Garissa market",
        "Gunmen opened fire on traders at the main market in Garissa on Monday, killing seven people.",
        "Garissa",
        "Kenya",
    )


def ambush_fr() -> Report:
    return report(
        0,
        0,
        "Ménaka : une patrouille de l'armée tombe dans une embuscade",
        "Une patrouille de l'armée est tombée dans une embuscade lundi près de Ménaka, tuant 6 soldats.",
        "Ménaka",
        "Mali",
    )


def billar() -> Report:
    return report(
        0,
        0,
        "Sicarios asesinan a seis personas en un billar de Tumaco",
        "Hombres armados dispararon contra los clientes de un billar en Tumaco la noche del lunes.",
        "Tumaco",
        "Colombia",
    )


def kirkuk_bomb() -> Report:
    return report(
        0,
        0,
        "انفجار عبوة ناسفة يستهدف دورية للجيش في كركوك",
        "انفجرت عبوة ناسفة صباح الاثنين على دورية للجيش العراقي في كركوك ما أدى إلى مقتل جنديين.",
        "Kirkuk",
        "Iraq",
    )


FIRSTS = {"market": market, "ambush_fr": ambush_fr, "billar": billar, "kirkuk": kirkuk_bomb}
PLACES = {
    "market": ("Garissa", "Kenya"),
    "ambush_fr": ("Ménaka", "Mali"),
    "billar": ("Tumaco", "Colombia"),
    "kirkuk": ("Kirkuk", "Iraq"),
}


@pytest.mark.parametrize(
    "first, hours, title, summary",
    [
        (
            "market",
            28,
            "Gunmen ambush soldiers combing Garissa outskirts, kill four",
            "Militants ambushed troops combing the area around Garissa on Tuesday, killing four soldiers.",
        ),
        (
            "market",
            28,
            "Soldiers combing Garissa outskirts attacked, four killed",
            "Four soldiers were killed on Tuesday when militants attacked troops combing the bush near Garissa.",
        ),
        (
            "ambush_fr",
            28,
            "Ménaka : un engin explosif frappe une unité en ratissage",
            "Un engin explosif a tué trois soldats d'une unité en ratissage mardi près de Ménaka.",
        ),
        (
            "billar",
            28,
            "Emboscada a militares que hacían rastrillaje en Tumaco deja tres muertos",
            "Tres soldados murieron en una emboscada el martes mientras realizaban labores de rastrillaje en Tumaco.",
        ),
        (
            "kirkuk",
            28,
            "مقتل ثلاثة جنود بهجوم على قوة تمشيط في كركوك",
            "هاجم مسلحون قوة عسكرية كانت تنفذ عملية تمشيط في كركوك ما أدى إلى مقتل ثلاثة جنود.",
        ),
        (
            "market",
            30,
            "Bomb kills five at Garissa farewell ceremony",
            "A bomb exploded at a farewell ceremony for the market victims in Garissa on Tuesday.",
        ),
        (
            "ambush_fr",
            30,
            "Ménaka : attaque pendant les adieux aux soldats tués",
            "Des hommes armés ont attaqué la cérémonie d'adieux aux soldats tués mardi à Ménaka, faisant deux morts.",
        ),
        (
            "market",
            28,
            "Militants sweep into Garissa villages, kill 20",
            "Hundreds of militants swept through villages around Garissa on Tuesday, killing 20 people.",
        ),
        (
            "market",
            28,
            "Police identify three officers killed in Garissa ambush",
            "Police named the three officers killed when militants ambushed their patrol near Garissa on Tuesday.",
        ),
    ],
)
def test_a_deed_told_beside_a_word_of_the_days_after_is_a_second_incident(
    first: str, hours: float, title: str, summary: str
) -> None:
    earlier = FIRSTS[first]()
    later = report(1, hours, title, summary, *PLACES[first])
    assert not later.follow_up
    assert grouped(earlier, later) == [0, 1]


@pytest.mark.parametrize(
    "title, summary",
    [
        (
            "Troops sweep Garissa villages for market gunmen",
            "Soldiers searched villages around Garissa on Tuesday for the gunmen who killed seven traders at the market.",
        ),
        (
            "Police identify the seven killed at Garissa market",
            "Police named the seven traders shot dead at the market on Monday.",
        ),
        (
            "Police confirm toll of Garissa market attack at 12",
            "Police said on Tuesday that twelve people died in Monday's market shooting.",
        ),
        (
            "Security forces comb Garissa outskirts after market shooting",
            "Troops searched villages around Garissa on Tuesday for the gunmen who killed seven traders at the market.",
        ),
    ],
)
def test_the_days_after_with_no_deed_of_their_own_still_follow_the_shooting_up(title: str, summary: str) -> None:
    later = report(1, 28, title, summary, "Garissa", "Kenya")
    assert later.follow_up
    assert grouped(market(), later) == [0, 0]


def test_an_arabic_search_for_the_bombers_follows_the_bombing_up() -> None:
    search = report(
        1,
        28,
        "حملة تفتيش واسعة في كركوك بحثا عن منفذي التفجير",
        "بدأت القوات الأمنية حملة تفتيش في كركوك بحثا عن منفذي تفجير الاثنين.",
        "Kirkuk",
        "Iraq",
    )
    assert grouped(kirkuk_bomb(), search) == [0, 0]


def test_the_guard_reads_the_headline_alone() -> None:
    english, arabic = ("en",), ("ar",)
    assert follows_up(tokenize("Forces comb Garissa after market attack"), english)
    assert follows_up(tokenize("Troops comb Garissa for the gunmen"), english)
    assert follows_up(tokenize("القوات تبدأ عملية تمشيط في كركوك بحثا عن منفذي التفجير"), arabic)
    assert not follows_up(tokenize("Gunmen ambush soldiers combing Garissa outskirts"), english)
    assert not follows_up(tokenize("Gunmen open fire as Garissa victims laid to rest"), english)
    assert not follows_up(tokenize("Army confirms 14 soldiers killed as jihadists attacked the post"), english)


@pytest.mark.parametrize(
    "title, language",
    [
        ("Garissa market attack: death toll rises again to 12", "en"),
        ("Garissa toll climbs again as wounded traders die", "en"),
        ("Ménaka : le bilan de l'embuscade s'alourdit encore", "fr"),
        ("Masacre en Tumaco: nuevamente sube la cifra de muertos", "es"),
        ("ارتفاع حصيلة تفجير كركوك مجددا إلى خمسة قتلى", "ar"),
    ],
)
def test_a_toll_rising_again_is_no_other_incident(title: str, language: str) -> None:
    assert not another(tokenize(title), [language])


@pytest.mark.parametrize(
    "title, language",
    [
        ("Gunmen attack mourners again in Garissa", "en"),
        ("Gunmen strike again in Garissa, death toll rises to five", "en"),
        ("Tumaco: atacan nuevamente la estación de policía", "es"),
        ("Ménaka : les jihadistes attaquent encore, le bilan s'alourdit", "fr"),
    ],
)
def test_an_adverb_of_repetition_beside_a_deed_is_another_incident(title: str, language: str) -> None:
    assert another(tokenize(title), [language])


@pytest.mark.parametrize(
    "first, title, summary",
    [
        (
            "market",
            "Garissa market attack: death toll rises again to 12",
            "Five more people wounded in Monday's shooting at the Garissa market died in hospital.",
        ),
        (
            "ambush_fr",
            "Ménaka : le bilan de l'embuscade s'alourdit encore",
            "Le bilan de l'embuscade de lundi près de Ménaka est passé à 12 soldats tués.",
        ),
        (
            "billar",
            "Masacre en Tumaco: nuevamente sube la cifra de muertos",
            "La cifra de muertos de la masacre del billar en Tumaco subió a ocho.",
        ),
        (
            "kirkuk",
            "ارتفاع حصيلة تفجير كركوك مجددا إلى خمسة قتلى",
            "ارتفعت حصيلة تفجير العبوة الناسفة في كركوك إلى خمسة جنود.",
        ),
    ],
)
def test_a_toll_rising_again_joins_its_attack(first: str, title: str, summary: str) -> None:
    earlier = FIRSTS[first]()
    later = report(1, 28, title, summary, *PLACES[first])
    assert grouped(earlier, later) == [0, 0]
