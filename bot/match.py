"""Which watched places a news item names, and why: pure code, no I/O.

The engine works on whole words. Text and names are cut into tokens that keep their offsets in
the original text and are folded (case, accents, ligatures), so "BAMAKO", "Bamakó" and
"bamako" are one token, while "Somalia" is never "Mali" and "Nigeria" is never "Niger".
Misspellings are tolerated only on long tokens and only when the first letter agrees, because a
short name with one letter changed is usually another word ("Niger" / "tiger").

Every name of every location goes into one index keyed by its first token, and fuzzy look-ups
are cached per distinct text token, so the cost per item follows the item's length, not the
size of the watchlists.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer
from rapidfuzz import process
from rapidfuzz.distance import OSA

from .config import WatchlistConfig

DEFAULT_THRESHOLD = 80.0
_WORD = re.compile(r"[^\W_]+")
_LIGATURES = str.maketrans(
    {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d"}
)


@dataclass(frozen=True)
class Token:
    folded: str
    start: int
    end: int
    raw: str


def fold(text: str) -> str:
    """Case-, accent- and ligature-insensitive form of a word or phrase."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Ligatures after decomposition: "ǿ" only becomes "ø" (then "o") once its accent is gone.
    return stripped.casefold().translate(_LIGATURES)


def tokenize(text: str) -> list[Token]:
    """Words of `text` with their offsets; apostrophes, dashes and punctuation split words."""
    return [Token(fold(m.group()), m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def allowed_edits(length: int) -> int:
    """Misspelling tolerance grows with length: short names and codes must be exact."""
    if length <= 5:
        return 0
    if length <= 8:
        return 1
    return 2


_EN = snowballstemmer.stemmer("english")
_FR = snowballstemmer.stemmer("french")


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, str]:
    """English and French stems, so "attacked" meets "attack" and "attaquée" meets "attaque"."""
    lowered = word.casefold()
    return fold(_EN.stemWord(lowered)), fold(_FR.stemWord(lowered))


@dataclass(frozen=True)
class LocationMatch:
    """One watched location found in an item: the evidence an analyst can check."""

    watchlist: str
    location: str
    alias: str
    field: str  # "title" or "summary"
    start: int
    end: int
    text: str  # the matched span of the original text
    score: float

    def as_dict(self) -> dict[str, object]:
        return {
            "watchlist": self.watchlist,
            "location": self.location,
            "alias": self.alias,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": round(self.score, 1),
        }


@dataclass(frozen=True)
class TermHit:
    term: str
    field: str
    text: str


@dataclass(frozen=True)
class WatchlistResult:
    """The verdict for one watchlist: whether it alerts, and the reasons either way."""

    watchlist: str
    locations: tuple[LocationMatch, ...]
    keyword: TermHit | None
    excluded_by: TermHit | None
    needs_keyword: bool

    @property
    def alerts(self) -> bool:
        return bool(self.locations) and self.excluded_by is None and (self.keyword is not None or not self.needs_keyword)

    @property
    def reason(self) -> str:
        if not self.locations:
            return "no watched location named"
        if self.excluded_by is not None:
            return f"suppressed by exclude term {self.excluded_by.term!r} ({self.excluded_by.text!r})"
        if self.needs_keyword and self.keyword is None:
            return "a location matched but none of the watchlist's keywords"
        if self.keyword is not None:
            return f"location and keyword {self.keyword.term!r} ({self.keyword.text!r})"
        return "location named"


@dataclass(frozen=True)
class _Name:
    watchlist: str
    location: str
    alias: str
    tokens: tuple[str, ...]
    threshold: float


@dataclass
class _Term:
    """A keyword or exclude term as stem sequences (one word or several in a row)."""

    term: str
    stems: tuple[tuple[str, str], ...]


@dataclass
class _WatchlistTerms:
    keywords: list[_Term] = field(default_factory=list)
    exclude: list[_Term] = field(default_factory=list)


class Matcher:
    """An index over every watched name, built once per config and reused for every item."""

    def __init__(self, watchlists: dict[str, WatchlistConfig]):
        self._by_first: dict[str, list[_Name]] = defaultdict(list)
        self._terms: dict[str, _WatchlistTerms] = {}
        self._order = list(watchlists)
        for wl_id, wl in watchlists.items():
            for loc in wl.locations:
                threshold = DEFAULT_THRESHOLD if loc.threshold is None else loc.threshold
                for alias in (loc.name, *loc.aliases):
                    tokens = tuple(t.folded for t in tokenize(alias))
                    if tokens:
                        self._by_first[tokens[0]].append(_Name(wl_id, loc.name, alias, tokens, threshold))
            self._terms[wl_id] = _WatchlistTerms(
                keywords=[_term(k) for k in wl.keywords],
                exclude=[_term(k) for k in wl.exclude],
            )
        self._vocabulary: list[str] = sorted({tok for names in self._by_first.values() for n in names for tok in n.tokens})
        self._known = frozenset(self._vocabulary)
        self._fuzzy_cache: dict[str, tuple[str, float] | None] = {}

    def _lookup(self, token: str) -> tuple[str, float] | None:
        """The name token this text token stands for, with its similarity (100 = exact)."""
        if token in self._known:
            return token, 100.0
        if allowed_edits(len(token)) == 0:
            return None
        if token in self._fuzzy_cache:
            return self._fuzzy_cache[token]
        best: tuple[str, float] | None = None
        limit = allowed_edits(len(token))
        for candidate, distance, _ in process.extract(token, self._vocabulary, scorer=OSA.distance, score_cutoff=limit, limit=5):
            if candidate[0] != token[0] or distance > allowed_edits(len(candidate)):
                continue
            similarity = 100.0 * (1 - distance / max(len(token), len(candidate)))
            if best is None or similarity > best[1]:
                best = (candidate, similarity)
        if len(self._fuzzy_cache) < 200_000:
            self._fuzzy_cache[token] = best
        return best

    def _find_locations(self, field_name: str, text: str, tokens: Sequence[Token]) -> list[LocationMatch]:
        resolved = [self._lookup(t.folded) for t in tokens]
        found: list[LocationMatch] = []
        for i, first in enumerate(resolved):
            if first is None:
                continue
            for name in self._by_first.get(first[0], ()):
                score = _name_score(name, resolved, tokens, i)
                if score is not None and score >= name.threshold:
                    end = tokens[i + len(name.tokens) - 1].end
                    start = tokens[i].start
                    found.append(
                        LocationMatch(name.watchlist, name.location, name.alias, field_name, start, end, text[start:end], score)
                    )
        return found

    def evaluate(self, title: str, summary: str) -> list[WatchlistResult]:
        """Every watchlist's verdict on an item, in config order."""
        fields = {"title": title, "summary": summary}
        tokens = {name: tokenize(text) for name, text in fields.items()}
        matches: dict[str, dict[str, LocationMatch]] = defaultdict(dict)
        for name, text in fields.items():
            for m in self._find_locations(name, text, tokens[name]):
                best = matches[m.watchlist].get(m.location)
                if best is None or m.score > best.score:
                    matches[m.watchlist][m.location] = m
        results = []
        for wl_id in self._order:
            terms = self._terms[wl_id]
            locs = tuple(matches.get(wl_id, {}).values())
            results.append(
                WatchlistResult(
                    watchlist=wl_id,
                    locations=locs,
                    keyword=_first_term_hit(terms.keywords, tokens, fields) if locs else None,
                    excluded_by=_first_term_hit(terms.exclude, tokens, fields) if locs else None,
                    needs_keyword=bool(terms.keywords),
                )
            )
        return results

    def match(self, title: str, summary: str) -> list[WatchlistResult]:
        """Only the watchlists that alert on this item."""
        return [r for r in self.evaluate(title, summary) if r.alerts]

    def explain(self, title: str, summary: str = "") -> str:
        """A plain-text account of the verdict, for `/test` and `python -m bot match TEXT`."""
        lines = []
        for result in self.evaluate(title, summary):
            if not result.locations:
                continue
            verdict = "ALERT" if result.alerts else "no alert"
            lines.append(f"{result.watchlist}: {verdict} — {result.reason}")
            for m in result.locations:
                lines.append(f"  {m.location}: {m.text!r} in the {m.field} (name {m.alias!r}, score {m.score:.0f})")
        return "\n".join(lines) if lines else "No watched location is named: no alert."


def _name_score(name: _Name, resolved: Sequence[tuple[str, float] | None], tokens: Sequence[Token], start: int) -> float | None:
    """Character-weighted similarity of a name laid over the text from `start`, or None."""
    if start + len(name.tokens) > len(resolved):
        return None
    weighted = 0.0
    total = 0
    for offset, expected in enumerate(name.tokens):
        got = resolved[start + offset]
        if got is None or got[0] != expected:
            return None
        weighted += got[1] * len(expected)
        total += len(expected)
    return weighted / total


def _term(text: str) -> _Term:
    return _Term(text, tuple(stems(t.raw) for t in tokenize(text)))


def _first_term_hit(terms: Iterable[_Term], tokens: dict[str, list[Token]], fields: dict[str, str]) -> TermHit | None:
    field_stems = {name: [stems(t.raw) for t in field_tokens] for name, field_tokens in tokens.items()}
    for term in terms:
        if not term.stems:
            continue
        for field_name, field_tokens in tokens.items():
            token_stems = field_stems[field_name]
            for i in range(len(token_stems) - len(term.stems) + 1):
                if all(_same_stem(token_stems[i + k], s) for k, s in enumerate(term.stems)):
                    last = field_tokens[i + len(term.stems) - 1]
                    text = fields[field_name][field_tokens[i].start : last.end]
                    return TermHit(term.term, field_name, text)
    return None


def _same_stem(word: tuple[str, str], term: tuple[str, str]) -> bool:
    return word[0] == term[0] or word[1] == term[1]
