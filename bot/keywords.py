"""Keywords and exclude terms: whole words, their inflections, and only in their security sense.

A keyword meets a word when both stem alike in the item's language (English "attacked" and
"attack"; French "attaquée" and "attaque"), never as a piece of another word. Stemming in the
item's own language keeps English "tire" from meeting French "tirs". Then a small table of
non-security senses ("heart attack", "tirs au but", "attaquant", "explosion de joie") turns
away the words that stem right but mean something else. Pure: no I/O.
"""

from __future__ import annotations

import unicodedata
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


@dataclass(frozen=True)
class OtherSense:
    """How a word that stems like a keyword shows another meaning: the phrase just before it,
    the phrase just after it, a word a few places before or after it, or a longer word it
    begins ("attaquant" is a football striker, not an attack)."""

    before: _Phrases = frozenset()
    after: _Phrases = frozenset()
    near_before: frozenset[str] = frozenset()
    near_after: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()


def _near(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Keyed by the folded English or French stem of the keyword the word mimics.
_OTHER_SENSES: dict[str, OtherSense] = {
    "attack": OtherSense(
        before=_phrases("heart", "panic", "asthma", "anxiety", "cardiac", "migraine", "shark", "locust"),
        after=_phrases("midfielder", "midfielders", "player", "players", "line", "third", "minded", "on goal"),
    ),
    "attaqu": OtherSense(
        after=_phrases("cardiaque", "cerebrale", "de panique", "de criquets", "acridienne", "de sauterelles"),
        prefixes=("attaquant",),
    ),
    "tir": OtherSense(after=_phrases("au but", "aux buts", "cadre", "cadres", "croise", "enroule"), prefixes=("tirage",)),
    "explos": OtherSense(
        before=_phrases("population", "demographic", "demographique", "price", "prix", "creative"),
        after=_phrases(
            "de joie",
            "of joy",
            "of colour",
            "of color",
            "de couleurs",
            "of cases",
            "de cas",
            "des prix",
            "des cas",
            "des inscriptions",
            "des ventes",
            "in demand",
            "in popularity",
            "in sales",
            "in prices",
            "in mobile",
        ),
    ),
    "shoot": OtherSense(
        before=_phrases("photo", "film", "video", "fashion"),
        after=_phrases("star", "stars", "guard", "percentage", "photo", "photos"),
        near_after=_near("film movie documentary clip video feature series episode"),
    ),
    "blast": OtherSense(before=_phrases("a"), after=_phrases("from the past")),
    "manifest": OtherSense(
        after=_phrases("culturelle", "sportive", "artistique", "scientifique", "festive", "d interet", "de l interet")
    ),
    "frapp": OtherSense(
        before=_phrases("faute de"),
        after=_phrases("du gauche", "du droit", "cadree", "enroulee", "puissante", "croisee"),
        near_after=_near(
            "secheresse crise inondations inondation penurie pauvrete epidemie greve chomage piece pieces "
            "monnaie medaille criquets"
        ),
    ),
    "raid": OtherSense(
        before=_phrases("rallye"),
        after=_phrases("a moto", "moto", "touristique", "automobile", "en 4x4", "rallye", "humanitaire"),
    ),
    "ambush": OtherSense(after=_phrases("marketing")),
    "kill": OtherSense(
        near_before=_near(
            "flood floods flooding storm storms lightning heatwave cholera disease outbreak accident crash "
            "collision drowning landslide earthquake fire"
        ),
    ),
    "tu": OtherSense(
        near_before=_near(
            "inondation inondations pluies orage foudre cholera epidemie accident collision noyade eboulement seisme incendie"
        ),
    ),
    "assault": OtherSense(
        near_before=_near("rider riders cyclist peloton"), near_after=_near("stage sprint peloton summit breakaway climb")
    ),
}


@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    """The folded stem of a word in English ("en") or French ("fr")."""
    lowered = unicodedata.normalize("NFC", word.casefold())  # Snowball knows "é", not "e" + U+0301
    if language == "en" and lowered.endswith("men") and len(lowered) > 4:
        lowered = lowered[:-3] + "man"  # gunmen -> gunman: the stemmer leaves irregular plurals alone
    stemmer = _EN if language == "en" else _FR
    stemmed = stemmer.stemWord(lowered)
    if language == "fr" and stemmed.endswith(("ent", "on")) and lowered.endswith(("ent", "ons")) and len(lowered) > 4:
        # Snowball leaves some present-tense plurals whole ("attaquent", "tuent"); their
        # singular stems like the rest of the verb.
        stemmed = stemmer.stemWord(lowered[:-3] + "e")
    return fold(stemmed)


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


NEAR = 4  # words either side in which a telling word changes a keyword's sense
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
        word = self.tokens.words[i]
        senses = [_OTHER_SENSES[k] for k in {first_stem, stem(word, "en"), stem(word, "fr")} if k in _OTHER_SENSES]
        if not senses:
            return False
        words = self.tokens.folded
        end = i + size
        starts_sentence = self.tokens[i].sentence_start
        ends_sentence = end < len(words) and self.tokens[end].sentence_start
        for sense in senses:
            if any(words[i].startswith(p) for p in sense.prefixes):
                return True
            if not starts_sentence and any(tuple(words[max(0, i - len(p)) : i]) == p for p in sense.before):
                return True
            if not ends_sentence and any(tuple(words[end : end + len(p)]) == p for p in sense.after):
                return True
            if sense.near_before.intersection(words[max(0, i - NEAR) : i]):
                return True
            if sense.near_after.intersection(words[end : end + NEAR]):
                return True
        return False


def first_hit(terms: Sequence[Term], fields: Sequence[FieldWords]) -> TermHit | None:
    """The first keyword found: as a whole word or any of its inflections, in its security sense."""
    for term in terms:
        for field in fields:
            if (hit := field.find(term)) is not None:
                return hit
    return None


def first_exact_hit(terms: Sequence[Term], fields: Sequence[FieldWords]) -> TermHit | None:
    """The first exclude term found as written or in the plural, never as a derived word.

    Exclude terms silence alerts, so they are read narrowly: "football" does not silence a
    story about a footballer who was kidnapped.
    """
    for term in terms:
        size = len(term.words)
        for field in fields:
            words = field.tokens.folded
            for i in range(len(words) - size + 1):
                if all(_plural_of(words[i + k], w) for k, w in enumerate(term.words)):
                    first, last = field.tokens[i], field.tokens[i + size - 1]
                    return TermHit(term.text, field.name, field.text[first.start : last.end], first.start, last.end)
    return None


def _plural_of(word: str, term: str) -> bool:
    return word == term or word in (term + "s", term + "x", term + "es")
