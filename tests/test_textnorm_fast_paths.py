"""bot.textnorm's fast paths give what the plain ways give: an all-ASCII text's words by
translate-and-split are the regex's words, and `writes_lower_case`, worked out once per field
from its words, is what scanning every Token said."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.textnorm import _ASCII_WORD, _WORD, Token, tokenize, writes_lower_case

# Texts all in ASCII, with every kind of character a feed writes between words.
ASCII_TEXTS = [
    "Gunmen attack market in Gao",
    "  Explosion reported near JFK:   3 dead, 12 hurt (AP)\n\nOfficials said...",
    "U.S.-led strikes hit Sana'a; Houthis vow 'response'",
    "tab\tseparated\x0bwords\x1cand\x1fcontrol_chars_under-score",
    "",
    "!!! ??? ...",
    "M23 rebels seize Goma airport at 04:30 GMT",
]


def test_an_ascii_texts_words_are_the_regexs() -> None:
    for text in ASCII_TEXTS:
        assert tokenize(text).words == _ASCII_WORD.findall(text), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_any_ascii_text_has_the_regexs_words(text: str) -> None:
    tokens = tokenize(text)
    # Markup ("<b>", "&amp;") is seen through first; the words are those of the visible text,
    # which an entity may have taken out of ASCII ("&eacute;"): then the other path reads it.
    assume(tokens._visible.isascii())
    assert tokens.words == _ASCII_WORD.findall(tokens._visible)
    # and their places are found again by the regex, word for word
    assert [t.word for t in tokens] == tokens.words
    # and where they lie in the visible text, found from the spaced copy, is where the regex finds them
    assert tokens._word_spans() == [m.span() for m in _ASCII_WORD.finditer(tokens._visible)]
    # every word of such a text is ASCII, as the checks for accents take it (`Tokens.ascii_words`)
    assert tokens.ascii_words and "".join(tokens.folded).isascii()


def test_tokens_made_before_are_the_same_and_indexes_behave_as_a_lists() -> None:
    tokens = tokenize("Gunmen attack market in Gao")
    assert tokens[4] is tokens[4] and tokens[-1] is tokens[4]
    assert [t.word for t in tokens[1:3]] == ["attack", "market"]
    try:
        tokens[5]
    except IndexError:
        pass
    else:
        raise AssertionError("a word past the end must raise IndexError")


def test_a_text_with_other_letters_still_takes_the_unicode_words() -> None:
    tokens = tokenize("Attaque à Ménaka, selon l’armée")
    assert tokens.words == _WORD.findall("Attaque à Ménaka, selon l’armée")
    tokens = tokenize("Blast hits Kabul — “dozens” hurt")  # only dashes and quotes beyond ASCII
    assert tokens.words == ["Blast", "hits", "Kabul", "dozens", "hurt"]


def _scanned(tokens: list[Token]) -> bool:
    return any(len(t.word) >= 4 and t.word[:1].islower() for t in tokens)


def test_writes_lower_case() -> None:
    cases = {
        "Gunmen attack market in Gao": True,
        "Gunmen Attack Market In Gao": False,  # In Title Case
        "GUNMEN ATTACK MARKET IN GAO": False,
        "Ataque Na Vila De Palma": False,
        "Un ataque en la ciudad de Kano": True,
        "Kano: one dead": True,  # "dead": four letters in lower case ("one" has three)
        "Gao: 3 die": False,  # no word of four letters in lower case
        "": False,
    }
    for text, expected in cases.items():
        tokens = tokenize(text)
        assert tokens.writes_lower_case() is expected, text
        assert writes_lower_case(tokens) is expected, text
        assert writes_lower_case(list(tokens)) is expected, text  # a plain list of Tokens


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_writes_lower_case_is_the_scan_of_every_token(text: str) -> None:
    tokens = tokenize(text)
    assert tokens.writes_lower_case() == _scanned(list(tokens))
