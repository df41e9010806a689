"""Senses of issue 16's and 20's eighteenth places round (helper places18): what a word of
violence acts on.

The false alerts of the spent place and language sets were classed by cause across sets; the
largest class is keywords in another sense. Most of its English cases were a word of violence
whose object is no one and nothing to harm: a bill that lawmakers kill, the costs that soap makers
fight, a report a minister attacks. The object's sense is read from WordNet (`bot/abstract_nouns.py`,
built by `tools/build_abstract_nouns.py`): a noun whose usual senses are things of words, the mind,
money or a state, never a person, a group or a place, makes the verb a figure of speech, and the
headline's and the summary's same word share that sense. A summary's word also takes the figure
its headline makes of the same word by a domain's word beside it ("les prix du coton explosent"
over a summary whose prices stand beyond the word's reach).

Every sentence here is new: other places, other wording. Real parts: the gazetteer, the bundled
security vocabulary and the matcher as the bot builds them.
"""

from __future__ import annotations

import pytest

from bot.abstract_nouns import ABSTRACT_NOUNS
from bot.match import Matcher
from tests.support.alerts import alerted, titled_matcher


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return titled_matcher("Nigeria watch", "Kaduna", "Maiduguri")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Kaduna senators killed the water bill", ""),
        ("Kaduna lawmakers attacked the manifesto", ""),
        ("Kaduna governor attacked the curriculum", ""),
        ("Kaduna assembly killed the treaty", ""),
        ("Kaduna clerics attacked the syllabus", ""),
        ("Bishops in Maiduguri attacked the doctrine", ""),
    ],
)
def test_a_word_of_violence_on_a_thing_of_words_or_money_is_a_figure(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) == set()


def test_the_headline_takes_the_summarys_sense_of_the_same_word() -> None:
    fights = titled_matcher("Nigeria watch", "Maiduguri", keywords="keywords: [fight, fighting]")
    summary = "In Maiduguri, tailors fight rising costs as fabric prices double."
    assert alerted(fights, "Maiduguri tailors fight to stay open", summary) == set()
    # not when the other field fights someone
    assert alerted(fights, "Maiduguri tailors fight to stay open", "Soldiers in Maiduguri fight the insurgents.") != set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gunmen attacked the police post in Kaduna", ""),
        ("Bandits killed two in Kaduna on Monday", ""),
        ("Insurgents attack the capital of Borno, Maiduguri", ""),
        ("Attack on a market in Maiduguri kills five", ""),
        ("Flights halted at Kaduna airport after bomb threat", ""),  # a noun before a noun: no object
        ("Killings spread hope of revenge near Maiduguri", ""),  # a noun, not a verb with an object
        ("Attackers cut through the fence of Kaduna prison", ""),  # an agent noun
        # a word of arms keeps the sense whatever the object
        ("Gunmen attacked the budget office in Kaduna", ""),
    ],
)
def test_a_word_of_violence_on_someone_or_somewhere_still_alerts(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) != set()


def test_the_wordnet_list_holds_things_of_words_and_money_not_people_places_or_times() -> None:
    assert {"bill", "report", "budget", "cost", "proposal", "tradition"} <= ABSTRACT_NOUNS
    # a seat of government, a place, a group, a time, a number: someone or somewhere may be attacked there
    assert ABSTRACT_NOUNS.isdisjoint({"capital", "presence", "market", "convoy", "post", "monday", "two", "government"})


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Kaduna : les prix du ciment explosent",
            "Les prix du sac de ciment vendu au marché central ont explosé cette semaine à Kaduna.",
        ),
    ],
)
def test_the_summary_takes_the_headlines_figure_of_the_same_word(matcher: Matcher, title: str, summary: str) -> None:
    assert alerted(matcher, title, summary) == set()


def test_the_headlines_figure_does_not_hide_a_deed_of_arms_in_the_summary(matcher: Matcher) -> None:
    summary = "Cement prices have exploded since gunmen attacked the depot on the Kaduna road, traders said."
    assert alerted(matcher, "Kaduna: cement prices explode", summary) != set()
