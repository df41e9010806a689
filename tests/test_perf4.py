"""Speed round perf4 (issues 16 and 20's 5,000 items/s): work the matcher no longer does, with
the same answers (every labelled set's `match` and `places` output is byte for byte main's).

- `Matcher.match` reads the keywords' senses (the item's languages, stems, the senses of each
  keyword met) only for a watchlist one of whose names was laid over the text and not turned
  away by its words: a name of a watchlist that could not alert changes nothing `match` returns.
- A keyword's quotes are looked for only where a quote opens within reach (`framing._quoted`),
  without making the Tokens of the words between (`Tokens.gaps_hold_any`).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

import pytest

import bot.match as match_module
from bot.framing import OPENING_QUOTES, _quoted
from bot.textnorm import Tokens, tokenize
from tests.support.alerts import titled_matcher


@pytest.fixture(scope="module")
def ivory_coast() -> match_module.Matcher:
    return titled_matcher("Ivory Coast", "Man", "Abidjan")


def _counting_languages(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the matcher's calls to the language detector (once per item whose keywords it reads)."""
    calls: list[int] = []
    detect: Callable[[Sequence[Tokens], frozenset[str]], tuple[str, ...]] = match_module.item_languages

    def counted(fields: Sequence[Tokens], names: frozenset[str] = frozenset()) -> tuple[str, ...]:
        calls.append(1)
        return detect(fields, names)

    monkeypatch.setattr(match_module, "item_languages", counted)
    return calls


def test_a_name_turned_away_by_its_words_leaves_the_keywords_unread(
    ivory_coast: match_module.Matcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting_languages(monkeypatch)
    title = "A man was killed in an attack on a bus station"
    assert ivory_coast.match(title, "") == []
    assert calls == []  # "man" in lower case is no town: the keyword "attack" is never read
    (verdict,) = ivory_coast.evaluate(title, "")  # the explanation still says why
    assert [r.reason for r in verdict.rejected] == ["an everyday word in lower case (man)"]
    # A name read as the place still has its watchlist's keywords read, once.
    calls.clear()
    (verdict,) = ivory_coast.match("Gunmen attack a market in Man", "")
    assert [m.location for m in verdict.locations] == ["Man"]
    assert verdict.keyword is not None and verdict.keyword.text == "attack"
    assert calls == [1]


def test_the_gaps_between_words_are_read_as_their_tokens_give_them() -> None:
    rng = random.Random(4)
    pieces = ["Bamako", "l'aéroport", "&quot;", "<b>", "</b>", "«", "»", " ", ". ", "“x”", "‘a’", "بتعز", "ـ", "Mali's"]
    pieces.append("&#8220;")
    for _ in range(2000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        tokens = tokenize(text)
        if not len(tokens):
            continue
        first = rng.randrange(len(tokens))
        last = rng.randrange(first, len(tokens))
        want = any(ch in tokens[k].gap for k in range(first, last + 1) for ch in OPENING_QUOTES)
        assert tokenize(text).gaps_hold_any(first, last, OPENING_QUOTES) == want, (text, first, last)


def test_a_keyword_with_no_quote_in_reach_makes_no_token() -> None:
    text = "Gunmen attack a market in Gao, officials said"
    tokens = tokenize(text)
    assert _quoted(tokens, 1, 2, text) is None
    assert not any(tokens._made)  # no word's Token was made to look for a quote that is not there
    quoted = "Jovens 'atacam' o desemprego"  # a keyword in quotes is still a figure
    assert _quoted(tokenize(quoted), 1, 2, quoted) == "in quotes, a figure of speech"
