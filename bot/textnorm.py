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
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import compress
from typing import TYPE_CHECKING, NamedTuple, overload

from .arabic import FOLD as _ARABIC_FOLD

_NEEDS_MAP = re.compile(r"[<&\u00ad\u200b-\u200d\u2060\ufeff]")
_MARKUP = re.compile(r"<[A-Za-z/!?][^<>]*>|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
_VISIBLE_RUN = re.compile("[^\u00ad\u200b\u200c\u200d\u2060\ufeff]+")
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
# Arabic spellings too (`bot.arabic`): alef wasla, taa marbuta, alef maqsura, tatweel; decomposition
# has already made أ إ آ into ا and dropped the vowel marks and shadda.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "ð": "d", "þ": "th", **_ARABIC_FOLD})
_SENTENCE_END = frozenset(".!?;:\n\u2026")


def fold(text: str) -> str:
    """Case-, accent- and ligature-insensitive form of a word, a phrase or a whole text; Arabic
    without vowel marks, with one spelling of its letters that are written two ways."""
    if text.isascii():
        return text.lower()
    if len(text) <= 64:
        return _fold_word(text)
    return _fold(text)


@lru_cache(maxsize=131072)
def _fold_word(text: str) -> str:
    return _fold(text)


# `fold` of a word of a text with words outside ASCII (`Tokens`), remembered: a word met before
# is answered in C, without a Python call for each word.
_fold_known = lru_cache(maxsize=65536)(fold)


def _char_class(members: Iterable[str]) -> str:
    """One character class of the characters `members` yields, in code point order, so accents go
    in one C-speed pass."""
    ranges: list[tuple[int, int]] = []
    for code in map(ord, members):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"


# Every character up to the end of Unicode's third plane, tested by C functions in C loops
# (`filter`, `compress`): a Python test of each of the 196,608 took most of a second at every start.
_CHARACTERS = tuple(map(chr, range(0x30000)))
_COMBINING = re.compile(_char_class(filter(unicodedata.combining, _CHARACTERS)) + "+")
# A word is letters and digits with the marks written on them: decomposed text (NFD, "e" then
# U+0301 for "é"), Arabic and Indic vowel signs must not cut a word in two. Marks of the Basic
# Multilingual Plane only: the class then stays a bitmap, and costs words next to nothing.
_MARK_CATEGORIES = frozenset({"Mn", "Mc", "Me"})
_MARKS = _char_class(
    compress(_CHARACTERS[:0x10000], map(_MARK_CATEGORIES.__contains__, map(unicodedata.category, _CHARACTERS[:0x10000])))
)
del _CHARACTERS
_WORD = re.compile(r"[^\W_]+(?:" + _MARKS + r"+[^\W_]*)*")
# `_WORD` on a text all in ASCII, where no combining mark can stand and a letter or digit is one
# of these: the same words, found faster (most feed items are in English, with no accent).
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
# A character outside ASCII that a word can hold: a letter or digit of another alphabet, or a mark.
# A text with none ("’", "—" and "“" only, as in most English items) has `_ASCII_WORD`'s words.
_NON_ASCII_WORDY = re.compile(r"[^\W\x00-\x7f]|" + _MARKS)
# `_ASCII_WORD`'s words of a text all in ASCII, found faster: every character but a letter or a
# digit made a space, then split on spaces (CPython translates ASCII to ASCII in one C pass).
_ASCII_SPACED = {code: " " for code in range(128) if not chr(code).isalnum()}
_span = re.Match.span
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A character outside ASCII -> whether a word can hold it (`_NON_ASCII_WORDY`), worked out the
# first time it is met: a feed's texts use few ("’", "“", "—", "é").
_WORDY: dict[str, bool] = {}
_WORDY_KEPT = 65_536


def _ascii_spaced(visible: str) -> str | None:
    """`visible` with every character but an ASCII letter or digit made a space (the same length,
    so the words keep their spans), when no character outside ASCII can be part of a word; else
    None. `_NON_ASCII_WORDY.search` over the whole text, answered from the few characters outside
    ASCII it holds, each classed once; then the all-ASCII text's C-speed `str.translate`."""
    for match in _NON_ASCII.finditer(visible):  # stops at the first that a word can hold (an accented text's first accent)
        char = match.group()
        wordy = _WORDY.get(char)
        if wordy is None:
            if len(_WORDY) >= _WORDY_KEPT:
                _WORDY.clear()
            wordy = _WORDY[char] = _NON_ASCII_WORDY.match(char) is not None
        if wordy:
            return None
    return _NON_ASCII.sub(" ", visible).translate(_ASCII_SPACED)


def _fold_char(char: str) -> str:
    stripped = _COMBINING.sub("", unicodedata.normalize("NFKD", char))
    # Ligatures after decomposition: "ǿ" only becomes "ø" (then "o") once its accent is gone.
    return stripped.casefold().translate(_LIGATURES)


class _FoldTable(dict[int, str]):
    """What each character folds to, worked out the first time it is met.

    Folding a text is folding each of its characters: decomposition is character by character,
    the only reordering it does moves combining marks, which are all dropped, and `casefold` and
    the ligatures look at no neighbour. So a whole text folds in one `str.translate` pass over
    this table, several times faster than decomposing and stripping the text (a feed item's
    summary is folded for every item).
    """

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDS = _FoldTable()


def _fold(text: str) -> str:
    return text.translate(_FOLDS)


def folded_words(text: str) -> list[str]:
    """The folded words of a text, fast and without offsets: a first look before `tokenize`."""
    visible = _visible(text)[0] if _NEEDS_MAP.search(text) else text
    # Word by word, as `Tokens` folds them: folding a whole text first would make words of symbols
    # that decompose into letters ("㋀" is "1月", "™" is "TM") where `tokenize` sees none.
    folded = [w.lower() if w.isascii() else _fold_word(w) for w in _WORD.findall(visible)]
    return [f for f in folded if f] if "" in folded else folded


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
        # Most gaps are one space, which ends nothing: answered before looking at characters.
        return self.first or (self.gap != " " and not _SENTENCE_END.isdisjoint(self.gap))


_new_token = tuple.__new__
# `Tokens._made` before any Token is made: shared, never written to (a Token made replaces it).
_NONE_MADE: list[Token | None] = []


class Tokens(Sequence[Token]):
    """The words of a text, each made into a `Token` only when asked for.

    Matching looks at every word's folded form but at the full `Token` of only a few words
    (the names found and their neighbours), so the folded forms and words are plain lists and
    Tokens are built on demand.
    """

    __slots__ = (
        "_kept",
        "_lower",
        "_made",
        "_offsets",
        "_pattern",
        "_spaced",
        "_spans",
        "_visible",
        "ascii_words",
        "folded",
        "words",
    )
    words: list[str]
    folded: list[str]  # the words folded; of a text in ASCII words, lowered when first read (`__getattr__`)
    # Whether every word (and so every folded word) is known to be ASCII letters and digits: then
    # the checks for accents and other scripts ("".join(words).isascii()) are answered at once.
    # False only means "not known": a text of other words may still fold to ASCII.
    ascii_words: bool

    def __init__(self, text: str):
        # An all-ASCII text holds no invisible character: only "<" or "&" can start markup there,
        # looked for at C speed (`_NEEDS_MAP` otherwise).
        if ("<" not in text and "&" not in text) if text.isascii() else _NEEDS_MAP.search(text) is None:
            self._visible, self._offsets = text, None
        else:
            self._visible, self._offsets = _visible(text)
        # The words only: where they lie is looked for when a first Token is asked for, and
        # many fields (read for keywords alone, or naming no watched place) never ask.
        # Words of ASCII letters and digits only (most items): then folding a word is lowering it.
        self._pattern = _ASCII_WORD
        self.ascii_words = True
        self._spaced: str | None = None
        if self._visible.isascii():
            # Kept: the words' spans are found again from it (`_word_spans`) when a Token is asked for.
            self._spaced = self._visible.translate(_ASCII_SPACED)
            self.words = self._spaced.split()
            # `folded` is left unset, as for the next case.
        elif (spaced := _ascii_spaced(self._visible)) is not None:
            # No character outside ASCII that a word can hold (curly quotes and dashes only, as in
            # most English items): `_ASCII_WORD`'s words, found as in an all-ASCII text.
            self._spaced = spaced
            self.words = spaced.split()
            # `folded` is left unset: an item that no keyword could be in is turned away on its
            # words alone (`bot.keywords.TermStarts`), and never lowers them.
        else:
            self._pattern = _WORD
            self.ascii_words = False
            self.words = _WORD.findall(self._visible)
            self.folded = list(map(_fold_known, self.words))  # most words met before: no Python call
        self._kept: list[int] | None = None
        if self._pattern is _WORD and "" in self.folded:  # a "word" of marks that fold away (a tatweel alone) is no word
            self._kept = kept = [i for i, f in enumerate(self.folded) if f]
            self.words = [self.words[i] for i in kept]
            self.folded = [self.folded[i] for i in kept]
        self._spans: list[tuple[int, int]] | None = None
        # The Tokens made, one slot per word, from the first one asked for (`__getitem__`).
        # Empty until then: a first ask finds no Token there (IndexError) and makes the list.
        self._made: list[Token | None] = _NONE_MADE
        self._lower: bool | None = None

    if not TYPE_CHECKING:  # mypy would take any unknown attribute of Tokens for a list of words

        def __getattr__(self, name: str) -> list[str]:
            """`folded` of a text in ASCII words, made on first reading: the slot is filled then,
            and later reads never come here (Python asks `__getattr__` only of an attribute not set)."""
            if name != "folded":
                raise AttributeError(name)
            self.folded = list(map(str.lower, self.words))
            return self.folded

    def _word_spans(self) -> list[tuple[int, int]]:
        """Where each word lies in the visible text, found once, on the first Token made."""
        if self._spans is None:
            if self._spaced is not None:
                spans = _spaced_spans(self._spaced)
            else:
                spans = list(map(_span, self._pattern.finditer(self._visible)))  # as the words were found
            self._spans = spans if self._kept is None else [spans[i] for i in self._kept]
        return self._spans

    def __len__(self) -> int:
        return len(self.words)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...
    def __getitem__(self, index: int | slice) -> Token | list[Token]:
        # The same few words are asked for again and again (a name and its neighbours): the
        # Token made already comes first, read from a list (a slice gives a list, not a Token).
        try:
            token = self._made[index]
        except IndexError:  # past the end, or no Token made yet: answered below
            token = None
        if token.__class__ is Token:
            return token  # a Token, by the test above
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self.words)
        spans = self._spans if self._spans is not None else self._word_spans()
        start, end = spans[index]  # raises IndexError past the end, as a sequence must
        gap = self._visible[spans[index - 1][1] if index else 0 : start]
        if self._offsets is not None:
            start, end = self._offsets.start(start), self._offsets.end(end - 1)
        fields = (self.folded[index], start, end, self.words[index], gap, index == 0)
        token = _new_token(Token, fields)  # Token(*fields), without its Python-level __new__
        made = self._made
        if made is _NONE_MADE:
            made = self._made = [None] * len(self.words)
        if index >= 0:  # (a word before the first, asked as -len - 1, is made but not kept)
            made[index] = token
        return token

    def __iter__(self) -> Iterator[Token]:
        return (self[i] for i in range(len(self.words)))

    def gaps_hold_any(self, first: int, last: int, characters: str) -> bool:
        """Whether the gaps before words `first`..`last` (0 <= first <= last < len) hold any of
        `characters`, which no word holds (quotes, punctuation): one look at C speed over the
        visible text they span, without making their Tokens."""
        spans = self._spans if self._spans is not None else self._word_spans()
        between = self._visible[spans[first - 1][1] if first else 0 : spans[last][0]]
        return any(ch in between for ch in characters)

    def text_holds(self, character: str) -> bool:
        """Whether the visible text holds `character` anywhere, in a word or a gap: a test at C
        speed that can say "none" before any word's gap is looked at."""
        return character in self._visible

    def writes_lower_case(self) -> bool:
        """Whether any word of four letters or more starts in lower case: the field writes
        ordinary words as such, so its capitals say something (not a headline In Title Case nor
        ALL CAPS). Several rules ask of the same field: worked out once, from the words alone."""
        if self._lower is None:
            self._lower = any(len(w) >= 4 and w[:1].islower() for w in self.words)
        return self._lower

    def starts_sentence(self, index: int) -> bool:
        """`self[index].sentence_start` (0 <= index < len), without making the Token: finding a
        sentence's bounds walks over words nothing else asks for."""
        token = self._made[index] if self._made is not _NONE_MADE else None
        if token is not None:
            return token.sentence_start
        if not index:
            return True
        spans = self._spans if self._spans is not None else self._word_spans()
        gap = self._visible[spans[index - 1][1] : spans[index][0]]
        return gap != " " and not _SENTENCE_END.isdisjoint(gap)


def _spaced_spans(spaced: str) -> list[tuple[int, int]]:
    """Where each word of a text made of words and spaces lies (`_ASCII_SPACED`'s output, whose
    `split()` gave the words): the same spans as `_ASCII_WORD.finditer` on the text, found from
    the pieces between single spaces, a third faster than making a match object for each word."""
    spans: list[tuple[int, int]] = []
    position = 0
    for piece in spaced.split(" "):
        if piece:
            spans.append((position, position + len(piece)))
        position += len(piece) + 1
    return spans


def writes_lower_case(tokens: Sequence[Token]) -> bool:
    """`Tokens.writes_lower_case` of any sequence of tokens (a list of them made by hand too)."""
    if isinstance(tokens, Tokens):
        return tokens.writes_lower_case()
    return any(len(t.word) >= 4 and t.word[:1].islower() for t in tokens)


def tokenize(text: str) -> Tokens:
    """The words of `text` with their offsets in `text`; HTML and entities are seen through."""
    return Tokens(text)


class _OffsetMap:
    """Where each character of the visible text came from, kept as runs, not per character.

    A run is either literal text (its characters map one to one) or the expansion of one piece
    of markup (an entity or a tag), all of whose characters map to that whole piece.
    """

    __slots__ = ("_origins", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []  # where each run starts in the visible text
        self._origins: list[tuple[int, int, bool]] = []  # (start, end, literal) in the original text

    def add(self, visible_start: int, start: int, end: int, literal: bool) -> None:
        self._starts.append(visible_start)
        self._origins.append((start, end, literal))

    def start(self, visible: int) -> int:
        run = bisect_right(self._starts, visible) - 1
        start, _, literal = self._origins[run]
        return start + (visible - self._starts[run]) if literal else start

    def end(self, visible_last: int) -> int:
        run = bisect_right(self._starts, visible_last) - 1
        start, end, literal = self._origins[run]
        return start + (visible_last - self._starts[run]) + 1 if literal else end


def _visible(text: str) -> tuple[str, _OffsetMap]:
    """The text a reader sees, and where each of its characters came from."""
    parts: list[str] = []
    runs = _OffsetMap()
    size = 0
    position = 0

    def literal(start: int, end: int) -> None:
        nonlocal size
        for m in _VISIBLE_RUN.finditer(text, start, end):
            parts.append(m.group())
            runs.add(size, m.start(), m.end(), True)
            size += m.end() - m.start()

    for m in _MARKUP.finditer(text):
        literal(position, m.start())
        piece = m.group()
        if piece.startswith("<"):
            name = re.match(r"</?\s*([A-Za-z][A-Za-z0-9]*)", piece)
            shown = "" if name and name.group(1).lower() in _INLINE_TAGS else " "  # a block tag separates words
        else:
            shown = "".join(" " if ch == "\u00a0" else ch for ch in html.unescape(piece) if ch not in _INVISIBLE)
        if shown:
            parts.append(shown)
            runs.add(size, m.start(), m.end(), False)
            size += len(shown)
        position = m.end()
    literal(position, len(text))
    return "".join(parts), runs


def sentence_bounds(tokens: Tokens, first: int, last: int) -> tuple[int, int]:
    """The words [start, end) of the sentence that holds words `first`..`last`."""
    start, end, size = first, last + 1, len(tokens)
    starts = tokens.starts_sentence
    while start > 0 and not starts(start):
        start -= 1
    while end < size and not starts(end):
        end += 1
    return start, end


def is_title_case(tokens: Tokens) -> bool:
    """A headline written In Title Case or ALL CAPS: capitals then say nothing about names."""
    words = [w for w in tokens.words if len(w) >= 4 and w[0].isalpha()]
    if len(words) < 3:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) >= 0.6
