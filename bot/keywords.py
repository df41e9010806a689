"""Keywords and exclude terms: whole words, their inflections, and only in their security sense.

A keyword meets a word when both stem alike in the item's language (English "attacked" and
"attack"; French "attaquée" and "attaque"), never as a piece of another word. Stemming in the
item's own language keeps English "tire" from meeting French "tirs". Then a small table of
non-security senses ("heart attack", "tirs au but", "attaquant", "explosion de joie") turns
away the words that stem right but mean something else. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from .textnorm import Tokens, fold, tokenize

_EN = snowballstemmer.stemmer("english")
_FR = snowballstemmer.stemmer("french")

_EN_MARKERS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "on",
        "at",
        "is",
        "was",
        "were",
        "are",
        "has",
        "have",
        "with",
        "from",
        "by",
        "for",
        "after",
        "said",
        "says",
        "that",
        "this",
    ]
)
_FR_MARKERS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "est",
        "sont",
        "a",
        "ont",
        "dans",
        "sur",
        "pour",
        "par",
        "avec",
        "une",
        "un",
        "au",
        "aux",
        "selon",
        "qui",
        "que",
    ]
)

# Non-security senses, by the folded English or French stem of the keyword they mimic:
# phrases just before, phrases just after, and word prefixes that make another word altogether.
_Phrases = frozenset[tuple[str, ...]]


def _phrases(*texts: str) -> _Phrases:
    return frozenset(tuple(text.split()) for text in texts)


_OTHER_SENSES: dict[str, tuple[_Phrases, _Phrases, tuple[str, ...]]] = {
    "attack": (
        _phrases("heart", "panic", "asthma", "anxiety", "cardiac", "migraine", "shark"),
        _phrases("midfielder", "midfielders", "player", "players", "line", "third", "minded", "on goal"),
        (),
    ),
    "attaqu": (_phrases(), _phrases("cardiaque", "cerebrale", "de panique"), ("attaquant",)),
    "tir": (_phrases(), _phrases("au but", "aux buts", "cadre", "cadres", "croise", "enroule"), ("tirage",)),
    "explos": (
        _phrases("population", "demographic", "demographique", "price", "prix", "creative"),
        _phrases("de joie", "of joy", "of colour", "of color", "de couleurs", "of cases", "de cas", "des prix"),
        (),
    ),
    "shoot": (_phrases("photo", "film", "video", "fashion"), _phrases("star", "stars", "guard", "percentage"), ()),
    "blast": (_phrases("a"), _phrases("from the past"), ()),
    "manifest": (_phrases(), _phrases("culturelle", "sportive", "artistique", "scientifique", "festive"), ()),
    "frapp": (_phrases(), _phrases("du gauche", "du droit", "cadree", "enroulee", "puissante", "croisee"), ()),
}


@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    """The folded stem of a word in English ("en") or French ("fr")."""
    stemmer = _EN if language == "en" else _FR
    return fold(stemmer.stemWord(word.casefold()))


def languages(fields: Sequence[Tokens]) -> tuple[str, ...]:
    """The item's language(s) by its common words and accents; both when it cannot tell."""
    en = sum(1 for tokens in fields for w in tokens.folded if w in _EN_MARKERS)
    fr = sum(
        1
        for tokens in fields
        for w, f in zip(tokens.words, tokens.folded, strict=True)
        if f in _FR_MARKERS or (not w.isascii() and w.lower() != f)
    )
    if en > fr * 2:
        return ("en",)
    if fr > en * 2:
        return ("fr",)
    return ("en", "fr")


OPENING = 2  # letters a word and its stem share at the start (checked over the feed corpus)


def openings(terms: Sequence[Term]) -> frozenset[str]:
    return frozenset(word_stem[:OPENING] for term in terms for stems in term.stems.values() for word_stem in stems)


@dataclass(frozen=True)
class Term:
    """A keyword or exclude term as it was written, and its words' stems in each language."""

    text: str
    words: tuple[str, ...]  # folded words
    stems: dict[str, tuple[str, ...]]

    @classmethod
    def parse(cls, text: str) -> Term:
        words = tuple(t.word for t in tokenize(text))
        return cls(text, tuple(fold(w) for w in words), {lang: tuple(stem(w, lang) for w in words) for lang in ("en", "fr")})


@dataclass(frozen=True)
class TermHit:
    term: str
    field: str
    text: str
    start: int
    end: int


class FieldWords:
    """One field's words with their stems, computed once and shared by every term."""

    def __init__(self, name: str, text: str, tokens: Tokens, langs: tuple[str, ...], openings: frozenset[str]):
        """`openings`: the first letters of every term's stems; other words are never stemmed.

        Snowball stemming is the slowest step of matching, and a word can only share a stem
        that starts the way it starts.
        """
        self.name = name
        self.text = text
        self.tokens = tokens
        self.langs = langs
        self.stems = {
            lang: [
                stem(w, lang) if f[:OPENING] in openings or f.endswith("ying") else ""  # dying -> die
                for w, f in zip(tokens.words, tokens.folded, strict=True)
            ]
            for lang in langs
        }
        self._where: dict[str, dict[str, list[int]]] = {}
        for lang, stems in self.stems.items():
            where: dict[str, list[int]] = {}
            for i, word_stem in enumerate(stems):
                where.setdefault(word_stem, []).append(i)
            self._where[lang] = where

    def find(self, term: Term) -> TermHit | None:
        size = len(term.words)
        if size == 0:
            return None
        for lang in self.langs:
            wanted = term.stems[lang]
            stems = self.stems[lang]
            for i in self._where[lang].get(wanted[0], ()):
                if tuple(stems[i : i + size]) == wanted and not self._other_sense(i, size, wanted[0], lang):
                    first, last = self.tokens[i], self.tokens[i + size - 1]
                    return TermHit(term.text, self.name, self.text[first.start : last.end], first.start, last.end)
        return None

    def _other_sense(self, i: int, size: int, first_stem: str, lang: str) -> bool:
        senses = _OTHER_SENSES.get(first_stem)
        if senses is None:
            return False
        before, after, prefixes = senses
        words = self.tokens.folded
        if any(words[i].startswith(p) for p in prefixes):
            return True
        end = i + size
        if any(tuple(words[max(0, i - len(p)) : i]) == p for p in before) and not self.tokens[i].sentence_start:
            return True
        return any(tuple(words[end : end + len(p)]) == p for p in after) and not (
            end < len(self.tokens) and self.tokens[end].sentence_start
        )


def first_hit(terms: Sequence[Term], fields: Sequence[FieldWords]) -> TermHit | None:
    for term in terms:
        for field in fields:
            if (hit := field.find(term)) is not None:
                return hit
    return None
