"""Issue 17, story19's round. A country's or a province's report a day after a town's incident
joins it by default when it tells what came of it (a toll, the dead, mourning, a claim) and dates
it, if it says when, to the incident's day; Arabic says an arrest as "القبض على" and the escapees
as "الفارين", and escapees arrested are escapees recaptured. Every sentence here is new: written
for these tests, not taken from any labelled set. Real parts: `make_report`, `StoryIndex`,
`bot.incident`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.incident import events_in, follows_up
from bot.story import WHY_DEFAULT, Report
from bot.textnorm import tokenize
from tests.support.reports import decide, grouped, placed_report

T0 = datetime(2026, 9, 7, 6, 0, tzinfo=UTC)  # a Monday
GAO = ("Gao", "city")
MALI = ("Mali", "country")
ARABIC = ("ar", "en", "fr")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], division: str = "") -> Report:
    """A report at T0 + hours (see `placed_report`)."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, division=division)


AMBUSH = report(
    0,
    0,
    "Militants ambush army convoy outside Gao",
    "Militants ambushed a Malian army supply convoy on the road outside Gao, Mali, on Monday morning.",
    GAO,
    MALI,
)


def test_a_country_toll_a_day_later_dated_to_the_incident_joins() -> None:
    toll = report(
        1,
        22,
        "Mali : neuf soldats tués, selon l'état-major",
        "Neuf soldats ont été tués lundi dans l'embuscade tendue à un convoi dans le nord du pays, selon l'état-major.",
        MALI,
    )
    assert grouped(AMBUSH, toll) == [0, 0]
    assert WHY_DEFAULT in decide(AMBUSH, toll)
    # Dated to another day, or telling nothing of it, a country's report a day later stays apart.
    other = report(
        1,
        22,
        "Mali : neuf soldats tués, selon l'état-major",
        "Neuf soldats ont été tués samedi dans une embuscade tendue à un convoi dans le nord du pays, selon l'état-major.",
        MALI,
    )
    assert grouped(AMBUSH, other) == [0, 1]
    visit = report(
        1,
        22,
        "Mali : le Premier ministre en visite dans le nord",
        "Le Premier ministre est arrivé mardi dans le nord du pays pour une visite de deux jours.",
        MALI,
    )
    assert grouped(AMBUSH, visit) == [0, 1]


def test_a_province_mourning_a_day_later_joins_the_town_incident() -> None:
    town = ("Kondagaon", "city")
    blast = report(
        0,
        0,
        "IED blast kills four policemen in Kondagaon",
        "Four policemen were killed on Monday when an IED went off under their vehicle in Kondagaon, Bastar.",
        town,
        ("Bastar", "city"),
        division="Bastar",
    )
    tribute = report(
        1,
        24,
        "Bastar: police pay tribute to the four slain constables",
        "The four constables killed on Monday were honoured by senior officers in Jagdalpur.",
        ("Bastar", "city"),
        division="Bastar",
    )
    assert tribute.region
    assert grouped(blast, tribute) == [0, 0]


def test_arabic_tells_an_arrest_by_al_qabd() -> None:
    assert "arrest" in events_in(tokenize("الشرطة تلقي القبض على ثلاثة متهمين بتفجير السوق"), ARABIC)


def test_escapees_arrested_are_recaptured() -> None:
    title = tokenize("الأمن يعلن القبض على 15 من الفارين من السجن")
    assert {"escape", "arrest"} <= set(events_in(title, ARABIC))
    assert follows_up(title, ARABIC)
