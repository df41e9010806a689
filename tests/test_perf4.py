"""Speed round perf4 (issues 16 and 20's 5,000 items/s): work the matcher no longer does, with
the same answers (every labelled set's `match` and `places` output is byte for byte main's).

- A keyword's quotes are looked for only where a quote opens within reach (`framing._quoted`),
  without making the Tokens of the words between (`Tokens.gaps_hold_any`).
"""

from __future__ import annotations

import random

from bot.framing import OPENING_QUOTES, _quoted
from bot.textnorm import tokenize


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
    assert tokens._made is None  # no word's Token was made to look for a quote that is not there
    quoted = "Jovens 'atacam' o desemprego"  # a keyword in quotes is still a figure
    assert _quoted(tokenize(quoted), 1, 2, quoted) == "in quotes, a figure of speech"
