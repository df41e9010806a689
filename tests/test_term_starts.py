"""The keyword screen (`TermStarts`) that lets most items skip language detection and stemming.

It may say "perhaps" of a word that starts no keyword, never "no" of one that does: a wrong
"no" would silence an alert. Checked against the full keyword reading (`first_hit`) over every
labelled item of every language, with the bundled multilingual vocabulary and each set's own
keyword lists, and over generated words.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import load_config
from bot.keywords import FieldWords, Term, TermStarts, first_hit, openings
from bot.language import item_languages
from bot.textnorm import tokenize
from bot.vocabulary import keyword_sets, keywords_of

DATA = Path(__file__).parent / "data"
SETS = [
    ("match_cases.jsonl", "match_watchlists.yaml"),
    ("places_blind.jsonl", "places_watchlists.yaml"),
    ("languages_blind.jsonl", "languages_watchlists.yaml"),
    ("same_story_blind2.jsonl", "same_story_blind2_watchlists.yaml"),
]


def _terms(config_name: str) -> list[Term]:
    config = load_config(DATA / config_name)
    terms = [Term.parse(k) for wl in config.watchlists.values() for k in wl.keywords]
    terms += [Term.parse(k, lang) for lang, k in keywords_of(keyword_sets())]
    return terms


def _hit(terms: list[Term], title: str, summary: str, starts: frozenset[str] | None = None) -> bool:
    """The full keyword reading of an item. `starts` is `openings(terms)`, passed in by a caller
    reading many items against the same terms: computing it over thousands of terms for each
    field of each item took most of this file's time."""
    starts = openings(terms) if starts is None else starts
    fields = [tokenize(title), tokenize(summary)]
    langs = item_languages(fields)
    named = zip(("title", "summary"), (title, summary), fields, strict=True)
    words = [FieldWords(name, text, tokens, langs, starts) for name, text, tokens in named]
    return first_hit(terms, words) is not None


@pytest.mark.parametrize(("data", "config_name"), SETS)
def test_the_screen_never_refuses_an_item_whose_keyword_is_found(data: str, config_name: str) -> None:
    terms = _terms(config_name)
    starts = openings(terms)
    screen = TermStarts(terms, starts)
    rows = [json.loads(line) for line in (DATA / data).read_text(encoding="utf-8").splitlines() if line.strip()]
    hits = 0
    for row in rows:
        title, summary = row["title"], row.get("summary", "")
        if _hit(terms, title, summary, starts):
            hits += 1
            assert screen.any_in([tokenize(title), tokenize(summary)]), row["id"]
    assert hits > len(rows) // 3  # the check meant something


def test_the_screen_refuses_an_item_with_no_word_that_could_be_a_keyword() -> None:
    terms = [Term.parse(k) for k in ("attack", "explosão", "هجوم")]
    screen = TermStarts(terms, openings(terms))
    assert not screen.any_in([tokenize("Ministers meet in Bamako on farm prices"), tokenize("Talks resume next week.")])
    assert screen.any_in([tokenize("Gunmen attacked a convoy")])
    assert screen.any_in([tokenize("Explosões em Maputo")])  # the plural
    assert screen.any_in([tokenize("وقع الهجوم قرب المطار")])  # the article on an Arabic term


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["attack", "attaque", "ataque", "explosion", "kill", "tuer", "matar", "secuestro", "هجوم"]),
    st.sampled_from(["", "s", "ed", "ing", "es", "ent", "aram", "ados", "ó", "ion", "ions"]),
)
def test_the_screen_accepts_every_inflection_the_reading_accepts(keyword: str, ending: str) -> None:
    terms = [Term.parse(keyword)]
    screen = TermStarts(terms, openings(terms))
    text = f"Officials said the {keyword}{ending} happened"
    if _hit(terms, text, ""):
        assert screen.any_in([tokenize(text)])
