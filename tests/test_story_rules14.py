"""Issue 17, story14's round: rules written from the eleventh blind set's hidden incident and
split pairs, read by class (whom a pursuit hunts named as if it were the headline's own event,
...). Every sentence here is new: written for these tests, not taken from any labelled set.
Real parts: `make_report`, `relation`, `own_events`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.incident import own_events
from bot.story import Place, Report, make_report, relation
from bot.textnorm import tokenize

T0 = datetime(2026, 6, 8, 5, 0, tzinfo=UTC)
WINDOW = 72.0
LANGS = ("en", "fr", "es", "pt", "ar")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str]) -> Report:
    """A report at T0 + hours naming `places` ((name, kind)), each where the title names it, else
    in the summary."""
    named = []
    for name, kind in places:
        at = title.find(name)
        position = at if at >= 0 else max(0, summary.find(name))
        named.append(Place(name, kind, in_title=at >= 0, position=position))
    made = make_report(n, T0 + timedelta(hours=hours), title, summary, named)
    assert made is not None
    return made


# -- whom a pursuit hunts did an earlier incident -----------------------------------------------


def test_troops_ambushed_while_hunting_kidnappers_is_another_incident() -> None:
    kidnapping = report(
        0,
        0,
        "Gunmen kidnap two engineers in Tillaberi",
        "Armed men seized two engineers at a quarry on Monday.",
        ("Tillaberi", "city"),
    )
    ambush = report(
        1,
        7,
        "Tillaberi: troops pursuing the kidnappers of engineers hit by ambush",
        "Three soldiers were wounded when a unit tracking the abductors was ambushed north of the town.",
        ("Tillaberi", "city"),
    )
    assert ambush.event == "armed" and ambush.own_events == {"armed"} and "kidnap" in ambush.recalls
    assert relation(ambush, kidnapping, WINDOW)[0] is None


def test_pursuit_words_in_french_spanish_and_arabic() -> None:
    own, earlier = own_events(tokenize("Des gendarmes à la poursuite des ravisseurs tombent dans une embuscade"), LANGS, [])
    assert own == ["armed"] and earlier == ["kidnap"]
    own, earlier = own_events(tokenize("Emboscada contra militares en persecución de los secuestradores"), LANGS, [])
    assert own == ["armed"] and earlier == ["kidnap"]
    own, earlier = own_events(tokenize("كمين لقوة أمنية خلال ملاحقة الخاطفين"), LANGS, [])
    assert "armed" in own and "kidnap" not in own


def test_a_manhunt_alone_follows_its_incident_up() -> None:
    bombing = report(
        0, 0, "Bomb kills four at Maroua bus station", "A bomb exploded in a crowded bus station.", ("Maroua", "city")
    )
    manhunt = report(
        1, 5, "Police hunt bombers of Maroua bus station", "Roadblocks were set up around the city.", ("Maroua", "city")
    )
    assert manhunt.own_event is None and "blast" in manhunt.recalls
    assert relation(manhunt, bombing, WINDOW)[0] is not None


def test_a_chase_that_ends_in_a_shootout_keeps_its_shootout() -> None:
    # "Chase" governs no event here: the words after it are a verb and a preposition.
    own, earlier = own_events(tokenize("Police chase ends in shootout near the market"), LANGS, [])
    assert own == ["armed"] and earlier == []
