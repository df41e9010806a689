"""Words with their places: folding and tokenising news text. Pure: no I/O.

Everything the matcher compares goes through `fold` (case, accents, ligatures) and `tokenize`,
which cuts text into words that remember their offsets in the original text, even when the
text still holds HTML tags, entities or invisible characters: "<b>Bamako</b>&nbsp;airport"
gives the words "Bamako" and "airport" at their real positions, so an explanation can quote
exactly what matched.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

_WORD = re.compile(r"[^\W_]+")
_NEEDS_MAP = re.compile(r"[<&\u00ad\u200b-\u200d\u2060\ufeff]")
_MARKUP = re.compile(r"<[A-Za-z/!?][^<>]*>|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_INLINE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "data",
        "dfn",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
    ]
)
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th"})
_SENTENCE_END = frozenset(".!?;:\n\u2026")


def fold(text: str) -> str:
    """Case-, accent- and ligature-insensitive form of a word, a phrase or a whole text."""
    if text.isascii():
        return text.lower()
    if len(text) <= 64:
        return _fold_word(text)
    return _fold(text)


@lru_cache(maxsize=131072)
def _fold_word(text: str) -> str:
    return _fold(text)


def _combining_marks() -> re.Pattern[str]:
    """One character class of every combining mark, so accents go in one C-speed pass."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x30000):
        if unicodedata.combining(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]+")


_COMBINING = _combining_marks()


def _fold(text: str) -> str:
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    # Ligatures after decomposition: "ǿ" only becomes "ø" (then "o") once its accent is gone.
    return stripped.casefold().translate(_LIGATURES)


def folded_words(text: str) -> list[str]:
    """The folded words of a text, fast and without offsets: a first look before `tokenize`."""
    visible = _visible(text)[0] if _NEEDS_MAP.search(text) else text
    return _WORD.findall(fold(visible))


class Token(NamedTuple):
    """A word: its folded form, its span in the original text, and how it was written."""

    folded: str
    start: int
    end: int
    word: str  # the visible characters, entities decoded, tags and invisible characters dropped
    gap: str = " "  # the visible characters between the previous word and this one
    first: bool = False  # the first word of the text

    @property
    def raw(self) -> str:
        return self.word

    @property
    def capitalized(self) -> bool:
        return self.word[:1].isupper()

    @property
    def sentence_start(self) -> bool:
        """First word of the text or of a sentence (after . ! ? ; : or a line break)."""
        return self.first or any(ch in _SENTENCE_END for ch in self.gap)


def tokenize(text: str) -> list[Token]:
    """The words of `text` with their offsets in `text`; HTML and entities are seen through."""
    if _NEEDS_MAP.search(text) is None:
        return _tokens(text, None)
    visible, offsets = _visible(text)
    return _tokens(visible, offsets)


def _tokens(visible: str, offsets: list[tuple[int, int]] | None) -> list[Token]:
    # The hot loop of matching: kept flat on purpose.
    tokens = []
    append = tokens.append
    previous_end = 0
    first = True
    for m in _WORD.finditer(visible):
        start, end = m.span()
        word = m.group()
        folded = word.lower() if word.isascii() else _fold_word(word)
        if offsets is None:
            append(Token(folded, start, end, word, visible[previous_end:start], first))
        else:
            append(Token(folded, offsets[start][0], offsets[end - 1][1], word, visible[previous_end:start], first))
        previous_end = end
        first = False
    return tokens


def _visible(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text a reader sees, and for each of its characters the span it came from."""
    chars: list[str] = []
    offsets: list[tuple[int, int]] = []
    position = 0
    for m in _MARKUP.finditer(text):
        _copy(text, position, m.start(), chars, offsets)
        piece = m.group()
        if piece.startswith("<"):
            name = re.match(r"</?\s*([A-Za-z][A-Za-z0-9]*)", piece)
            if not (name and name.group(1).lower() in _INLINE_TAGS):
                chars.append(" ")  # a block tag or a comment separates words
                offsets.append((m.start(), m.end()))
        else:
            for ch in html.unescape(piece):
                if ch not in _INVISIBLE:
                    chars.append(" " if ch == "\u00a0" else ch)
                    offsets.append((m.start(), m.end()))
        position = m.end()
    _copy(text, position, len(text), chars, offsets)
    return "".join(chars), offsets


def _copy(text: str, start: int, end: int, chars: list[str], offsets: list[tuple[int, int]]) -> None:
    for i in range(start, end):
        if text[i] not in _INVISIBLE:
            chars.append(text[i])
            offsets.append((i, i + 1))


def is_title_case(tokens: list[Token]) -> bool:
    """A headline written In Title Case or ALL CAPS: capitals then say nothing about names."""
    words = [t for t in tokens if len(t.word) >= 4 and t.word[0].isalpha()]
    if len(words) < 3:
        return False
    capitals = sum(1 for t in words if t.capitalized)
    return capitals / len(words) >= 0.6
