"""Issue 17, story21's round: how news of one incident is written, as the errors of the spent
blind sets 14 to 16 showed. Every sentence here is new: written for these tests, not taken from
any labelled set. Real parts: `make_report`, `StoryIndex`, `bot.incident`.

- The news after a place's dateline starts a sentence: its first word, capitalised as any first
  word, is a word of what happened ("Chad: Four gendarmes killed..."), not a second place that
  would take a country's report away from the town's incident (`bot.incident.other_names`).
- The kidnapped who escape their captors are free as the released are (`RELEASE_WORDS`): their
  escape follows up their kidnapping at the town however late in the window.
- An official's visit or condolences (to the town, the wounded, the bereaved) a day later follow
  the incident up, in the five languages (`FOLLOW_UP_WORDS`).
- A place that was hit reopening, with no event of its own, follows up the incident that hit it
  (`Report.reopening`), and no other incident in the town.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.incident import follows_up, other_names, releases
from bot.story import Report, _dateline, headline_parts
from bot.textnorm import tokenize
from tests.support.reports import grouped, placed_report

T0 = datetime(2026, 6, 8, 3, 0, tzinfo=UTC)
MOUSSORO = ("Moussoro", "city")
CHAD = ("Chad", "country")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str]) -> Report:
    """A report at T0 + hours (see `placed_report`); its towns lie in Chad."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, parents=("Chad",))


def names_of(title: str) -> frozenset[str]:
    """The other names a headline gives, read as `make_report` reads them (with its dateline)."""
    topic, news = headline_parts(title)
    return other_names(tokenize(title), [], _dateline(topic) if news else 0)


def test_the_first_word_after_a_dateline_is_a_word_of_what_happened_not_a_place() -> None:
    assert names_of("Chad: Four gendarmes killed in raid on border post") == frozenset()
    assert names_of("Chad: Gang raids police station in eastern town") == frozenset()
    assert names_of("Chad: Dozens of herders abducted near the border") == frozenset()
    assert names_of("Chad: Soldiers repel attack on army post") == frozenset()
    # A name there is still a name: "Abéché" is another town than the watched one.
    assert names_of("Chad: Abéché market attacked") == frozenset({"abeche"})


def test_a_countrys_rewrite_whose_news_starts_with_a_count_joins_the_towns_incident() -> None:
    first = report(
        0,
        0,
        "Moussoro : la brigade de gendarmerie attaquée dans la nuit",
        "Des hommes armés ont attaqué la brigade de gendarmerie de Moussoro dans la nuit, tuant quatre gendarmes.",
        MOUSSORO,
    )
    wire = report(
        1,
        4,
        "Chad: Four gendarmes killed in night attack on police post",
        "Gunmen attacked the gendarmerie post in Moussoro overnight, killing four gendarmes, a security source said.",
        CHAD,
        MOUSSORO,
    )
    assert wire.names == frozenset()
    assert grouped(first, wire) == [0, 0]


def kidnapping() -> Report:
    return report(
        0,
        0,
        "Gunmen abduct seven traders on the road out of Moussoro",
        "Armed men stopped a minibus outside Moussoro on Sunday and abducted seven traders, relatives said.",
        MOUSSORO,
    )


def test_hostages_who_escape_their_captors_follow_up_their_kidnapping_days_later() -> None:
    escape = report(
        1,
        58,
        "Three Moussoro hostages escape their captors",
        "Three of the seven traders abducted on Sunday escaped on Tuesday night and walked back to Moussoro.",
        MOUSSORO,
    )
    assert escape.release
    assert releases(tokenize("Deux otages s'échappent et rejoignent Moussoro"), ["fr"])
    # Escape alone, with no one kidnapped, is no release (a prison break is told so).
    assert not releases(tokenize("Inmates escape from Moussoro prison"), ["en"])
    assert grouped(kidnapping(), escape) == [0, 0]


def test_an_officials_visit_follows_up_the_attack_a_day_later() -> None:
    for title, lang in (
        ("Governor visits Moussoro, promises to rebuild burnt shops", "en"),
        ("Le gouverneur au chevet des blessés de Moussoro", "fr"),
        ("Ministro visita Moussoro após o ataque", "pt"),
        ("El ministro visita a los heridos de Moussoro", "es"),
        ("وزير الداخلية يزور موسورو", "ar"),
    ):
        assert follows_up(tokenize(title), [lang]), title
    first = report(
        0,
        0,
        "Insurgents raid Moussoro overnight, torch shops and homes",
        "Insurgents attacked Moussoro overnight, burning shops and homes and killing five residents.",
        MOUSSORO,
    )
    visit = report(
        1,
        30,
        "Governor visits Moussoro, promises to rebuild burnt shops",
        "The governor toured the parts of Moussoro burnt in Monday night's attack and pledged to rebuild.",
        MOUSSORO,
    )
    assert visit.follow_up
    assert grouped(first, visit) == [0, 0]


def test_a_market_reopening_follows_up_the_market_bombing_and_no_other_incident() -> None:
    bombing = report(
        0,
        0,
        "Bomb blast rips through Moussoro market",
        "An explosive device went off in the crowded central market of Moussoro on Monday, killing six traders.",
        MOUSSORO,
    )
    reopens = report(
        1,
        44,
        "Moussoro market reopens under heavy guard",
        "Traders returned on Wednesday, with soldiers searching everyone at the gates.",
        MOUSSORO,
    )
    assert reopens.reopening and reopens.follow_up
    assert grouped(bombing, reopens) == [0, 0]
    # An ambush on a patrol in the town hit no market: beside the market's bombing, the market's
    # reopening is not its news. (Alone in the town, it is: story24, `after_the_one_incident`,
    # as three labelled sets say.)
    ambush = report(
        2,
        -2,
        "Gunmen ambush army patrol in Moussoro",
        "Gunmen opened fire on an army patrol on the northern road of Moussoro, killing two soldiers.",
        MOUSSORO,
    )
    assert grouped(ambush, bombing, reopens) == [2, 0, 0]
