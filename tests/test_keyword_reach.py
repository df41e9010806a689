"""A place named in a long summary alerts only with a keyword near it (KEYWORD_REACH words) or in
the title: feeds that give whole articles name places in passing, far from what they report."""

from __future__ import annotations

from bot.config import parse_config
from bot.match import KEYWORD_REACH, Matcher

CONFIG = """
feeds: [{name: f, url: "http://127.0.0.1:1/f.xml"}]
watchlists:
  world:
    title: World
    locations: [{name: Paris}, {name: Delhi}, {name: Gao}]
    keywords: [kill, attack, attaque]
"""
FILLER = " ".join(["Officials and delegates discussed trade, farming and schools at length."] * 8)  # 80 words


def alerted(title: str, summary: str) -> set[str]:
    matcher = Matcher(parse_config(CONFIG).watchlists)
    return {m.location for r in matcher.match(title, summary) for m in r.locations}


def test_a_place_in_passing_far_from_the_keyword_does_not_alert() -> None:
    summary = f"A summit opened in Delhi on Monday. {FILLER} A minister warned rules could kill a whole sector."
    assert alerted("Leaders gather for technology summit", summary) == set()
    explained = Matcher(parse_config(CONFIG).watchlists).explain("Leaders gather for technology summit", summary)
    assert f"no keyword within {KEYWORD_REACH} words of it" in explained


def test_a_keyword_near_the_place_alerts_though_another_is_far() -> None:
    summary = f"Leaders met in Paris last year. {FILLER} Gunmen attacked a convoy near Gao on Tuesday, killing four."
    assert alerted("Insecurity deepens across the region", summary) == {"Gao"}  # not Paris, named in passing


def test_a_keyword_in_the_title_or_a_place_in_the_title_sets_the_topic() -> None:
    assert alerted("Attack on army post", f"The army said on Monday. {FILLER} Reinforcements arrived from Gao.") == {"Gao"}
    assert alerted("Gao: tension after the night", f"Residents stayed home. {FILLER} Gunmen attacked a post.") == {"Gao"}


def test_across_languages_and_inflections() -> None:
    summary = f"Un sommet s'est ouvert à Paris lundi. {FILLER} Plus tard, une attaque a visé un poste à Gao."
    assert alerted("Le point sur la région", summary) == {"Gao"}
