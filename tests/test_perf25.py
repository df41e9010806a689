"""Speed round perf25 (issue 16's speed target): the cheapest test first on matching's hot path,
with the same answers. Each rule whose tests were put in another order is compared here with its
former body, kept below as it was, on random texts of words, capitals, brackets, hyphens and
marks; the timings are `python -m bot bench match`'s.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from bot import framing, language, match
from bot.geo import context
from bot.geo.context import _QUARTER_LINKS, BRAZILIAN_STATE_CODES, QUARTER_NOUNS
from bot.textnorm import Tokens, tokenize

WORDS = (
    "Palmas TO IN AFP MG SP Esmeraldas killed between from 1975 1979 2015 and e to a Mar a Lago Russia Ukraine "
    "bairro Complexo do Salgueiro quartier de Kano residents mourn staff strike Kabul Dubai airport the in at "
    "explosion attack Gao police said officials when quando 1916 Cabo Delgado"
).split()
# Phrases the rules read, set whole among the words now and then.
PHRASES = ("between 1975 and 1979", "de 1954 a 1962", "Esmeraldas (MG)", "Palmas (TO)", "Gary (IN)", "Mar-a-Lago")
GAPS = (" ", " ", " ", " ", "-", " (", ") ", ", ", ". ", ": ", "; ", "\n\n")


def _texts(count: int, seed: int) -> list[Tokens]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        size = rng.randint(1, 14)
        parts = [rng.choice(WORDS)]
        for _ in range(size - 1):
            parts.append(rng.choice(GAPS) + (rng.choice(PHRASES) if rng.random() < 0.12 else rng.choice(WORDS)))
        if rng.random() < 0.3:
            parts.append(")")
        texts.append(tokenize("".join(parts)))
    return texts


TEXTS = _texts(1500, 25)


# The former bodies, as they were before this round.


def _codes_in_brackets_before(tokens: Tokens) -> frozenset[int]:
    words, n = tokens.words, len(tokens)
    capitals = [k for k in range(1, n) if len(words[k]) <= language.CODE_LETTERS and words[k].isupper()]
    if not capitals or not tokens.gaps_hold_any(1, n - 1, "("):
        return frozenset()
    return frozenset(
        k for k in capitals if tokens[k].gap.rstrip().endswith("(") and (k + 1 == n or tokens[k + 1].gap.lstrip().startswith(")"))
    )


def _years_span_ahead_before(tokens: Tokens, end: int) -> bool:
    folded = tokens.folded
    for k in range(end, min(len(folded) - 3, end + framing.SPAN_AHEAD)):
        if k > end and any(mark in tokens[k].gap for mark in ",.;:!?()"):
            return False
        if (
            folded[k] in framing._SPAN_OPENINGS
            and framing._year(folded[k + 1])
            and folded[k + 2] in framing._SPAN_LINKS
            and framing._year(folded[k + 3])
        ):
            return True
    return False


def _brazilian_state_after_before(tokens: Tokens, k: int) -> bool:
    if k >= len(tokens) or tokens[k].gap.strip() != "(" or tokens.words[k] not in BRAZILIAN_STATE_CODES:
        return False
    return k + 1 == len(tokens) or tokens[k + 1].gap.lstrip().startswith(")")


def _hyphen_goes_on_before(tokens: Tokens, start: int, end: int) -> bool:
    first, last = start, end
    while first > 0 and tokens[first].gap == "-":
        first -= 1
    while last < len(tokens) and tokens[last].gap == "-":
        last += 1
    outside = [*range(first, start), *range(end, last)]
    return last - first >= 3 and any(tokens[k].capitalized for k in outside)


def _quarter_noun_before_before(tokens: Tokens, start: int, careless: bool) -> str | None:
    folded = tokens.folded
    k = start - 1
    if k < 0 or tokens[start].gap != " ":
        return None
    if folded[k] in QUARTER_NOUNS:
        return tokens.words[k] + " "
    if careless or folded[k] not in _QUARTER_LINKS or k < 1 or tokens[k].gap != " ":
        return None
    noun = k - 1
    if folded[noun] not in QUARTER_NOUNS or folded[noun] in context._LOWER_CASE_QUARTER_NOUNS:
        return None
    if not tokens[noun].capitalized or tokens[noun].sentence_start:
        return None
    return f"{tokens.words[noun]} {tokens.words[k]} "


def _glued_before(tokens: Tokens, neighbour: int, gap_of: int) -> bool:
    if not 0 <= neighbour < len(tokens) or gap_of >= len(tokens):
        return False
    word = tokens[neighbour]
    return (
        word.capitalized
        and not (neighbour < gap_of and word.sentence_start)
        and tokens[gap_of].gap == " "
        and word.folded not in context._SITE_WORDS
        and word.folded not in context._SITE_FILLERS
    )


def _broken_before(tokens: Tokens, low: int, high: int) -> bool:
    return any(match._breaks(tokens[k].gap, loose=True) for k in range(low + 1, high + 1))


def _past_the_places_before(tokens: Tokens, last: int) -> int:
    k = last + 1
    while k < len(tokens) and k - last <= 5 and not _broken_before(tokens, k - 1, k):
        if tokens.folded[k] not in match._BETWEEN_PEOPLE and not tokens[k].capitalized:
            break
        k += 1
    return k


def tokens_text(tokens: Tokens) -> str:
    """The visible text again, so that each side reads a fresh `Tokens` (no Token made by the other)."""
    return tokens._visible


def test_the_texts_hold_what_the_rules_look_for() -> None:
    """The random texts hold brackets, hyphens, spans of years and codes: every rule below is met
    both ways, so a comparison of answers is worth something."""
    assert sum(bool(_codes_in_brackets_before(t)) for t in TEXTS) > 200
    assert sum(_years_span_ahead_before(t, k) for t in TEXTS for k in range(len(t))) > 200
    assert sum(_brazilian_state_after_before(t, k) for t in TEXTS for k in range(len(t))) > 200
    assert sum(_hyphen_goes_on_before(t, k, k + 1) for t in TEXTS for k in range(len(t))) > 200
    assert sum(_quarter_noun_before_before(t, k, False) is not None for t in TEXTS for k in range(len(t))) > 50


def test_a_field_without_brackets_has_no_code_and_one_with_them_keeps_its_codes() -> None:
    assert language._codes_in_brackets(tokenize("Chuva forte em Palmas TO")) == frozenset()
    assert language._codes_in_brackets(tokenize("Chuva forte em Palmas (TO)")) == frozenset({4})
    for tokens in TEXTS:
        assert language._codes_in_brackets(tokenize(tokens_text(tokens))) == _codes_in_brackets_before(tokens)


def test_text_holds_looks_at_the_visible_text() -> None:
    assert tokenize("Gao (Mali)").text_holds("(")
    assert not tokenize("Gao, Mali").text_holds("(")
    assert not tokenize("Gao <b>Mali</b>").text_holds("<")  # the markup is seen through
    assert tokenize("Gao &amp; Mali").text_holds("&")  # an entity's character is visible


@pytest.mark.parametrize(
    ("rule", "before"),
    [
        (framing._years_span_ahead, _years_span_ahead_before),
        (context._brazilian_state_after, _brazilian_state_after_before),
        (match._past_the_places, _past_the_places_before),
    ],
)
def test_the_rules_read_at_one_index_answer_as_before(
    rule: Callable[[Tokens, int], object], before: Callable[[Tokens, int], object]
) -> None:
    compared = 0
    for tokens in TEXTS:
        for k in range(len(tokens) + (rule is not match._past_the_places)):
            assert rule(tokenize(tokens_text(tokens)), k) == before(tokens, k), (tokens.words, k)
            compared += 1
    assert compared > 5000


def test_the_rules_read_over_a_span_answer_as_before() -> None:
    for tokens in TEXTS:
        fresh = tokenize(tokens_text(tokens))
        n = len(tokens)
        for k in range(n):
            assert context._hyphen_goes_on(fresh, k, k + 1) == _hyphen_goes_on_before(tokens, k, k + 1)
            for careless in (False, True):
                assert context._quarter_noun_before(fresh, k, careless) == _quarter_noun_before_before(tokens, k, careless)
            for neighbour in (k - 1, k + 1):
                gap_of = max(k, neighbour)
                assert context._glued(fresh, neighbour, gap_of) == _glued_before(tokens, neighbour, gap_of)
            for high in range(k + 1, min(n, k + 4)):
                assert match._broken(fresh, k, high) == _broken_before(tokens, k, high)


def test_a_span_of_years_after_a_mark_is_another_clause() -> None:
    assert framing._years_span_ahead(tokenize("killed between 1975 and 1979"), 1)
    assert not framing._years_span_ahead(tokenize("killed in raids, between 1975 and 1979"), 1)
    assert framing._years_span_ahead(tokenize("killed in raids between 1975 and 1979"), 1)
