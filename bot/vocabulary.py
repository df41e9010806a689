"""The bundled keyword sets (`keyword_sets: [security]` on a watchlist): curated security words
in English, French, Portuguese, Spanish and Arabic, so that an admin need not type forty words
in five languages. Pure: the data ships beside this module (`keyword_sets.yaml`, package data)
and is read once, on first use.

A set is words by language, or the union of other sets (`security` is every other set). A word
listed under a language is matched only in an item read in that language (`Term.parse`), and
an Arabic word wherever Arabic is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from .language import LANGUAGES
from .textnorm import fold

DATA = "keyword_sets.yaml"


class VocabularyError(ValueError):
    """The bundled data is malformed: a bug in the package, not in the admin's config."""


@dataclass(frozen=True)
class KeywordSet:
    name: str
    description: str
    words: dict[str, tuple[str, ...]]  # language -> keywords as written, in the file's order
    union: tuple[str, ...] = ()  # the sets it is made of, when it is a union

    def pairs(self) -> list[tuple[str, str]]:
        """(language, keyword) for every word of the set."""
        return [(lang, word) for lang, words in self.words.items() for word in words]


@lru_cache(maxsize=1)
def keyword_sets() -> dict[str, KeywordSet]:
    """Every bundled set by name, in the file's order; a union holds its parts' words."""
    raw = yaml.safe_load(resources.files(__package__).joinpath(DATA).read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise VocabularyError(f"{DATA}: not a mapping of sets")
    found: dict[str, KeywordSet] = {}
    for name, spec in raw.items():
        if not isinstance(spec, dict):
            raise VocabularyError(f"{DATA}: set {name!r} is not a mapping")
        description = str(spec.get("description", ""))
        if "union" in spec:
            parts = tuple(str(part) for part in spec["union"])
            missing = [part for part in parts if part not in found]
            if missing:
                raise VocabularyError(f"{DATA}: set {name!r} unites unknown (or later) sets {missing}")
            words = {
                lang: tuple(dict.fromkeys(w for part in parts for w in found[part].words.get(lang, ()))) for lang in LANGUAGES
            }
            found[name] = KeywordSet(str(name), description, words, parts)
            continue
        unknown = set(spec) - {"description", *LANGUAGES}
        if unknown:
            raise VocabularyError(f"{DATA}: set {name!r} has unknown keys {sorted(unknown)}")
        found[str(name)] = KeywordSet(
            str(name), description, {lang: tuple(str(w) for w in spec.get(lang) or ()) for lang in LANGUAGES}
        )
    return found


def set_names() -> tuple[str, ...]:
    return tuple(keyword_sets())


def keywords_of(names: Iterable[str]) -> list[tuple[str, str]]:
    """(language, keyword) for every word of the named sets, each once, in order. A name that
    is no set raises KeyError (the config validates names before this)."""
    sets = keyword_sets()
    return list(dict.fromkeys(pair for name in names for pair in sets[name].pairs()))


VOCABULARY_LETTERS = 4  # shorter words of the phrases ("de", "com", "el") are the language's glue


@lru_cache(maxsize=1)
def security_words() -> frozenset[str]:
    """Every word of the bundled sets in Latin script (folded, of VOCABULARY_LETTERS letters or
    more), with its plural in -s: the words of violence the news writes every day, whatever
    their frequency ("tiros", "balas", "molotov"), which `bot.geo.context` reads as words, not
    as the towns some also name, where capitals say nothing."""
    words = {
        word
        for kset in keyword_sets().values()
        for _, phrase in kset.pairs()
        for word in fold(phrase).replace("-", " ").split()
        if word.isascii() and word.isalpha() and len(word) >= VOCABULARY_LETTERS
    }
    return frozenset(words | {word + "s" for word in words if not word.endswith("s")})


MEANINGS = "keyword_meanings.yaml"


@lru_cache(maxsize=1)
def meanings() -> dict[str, tuple[tuple[str, str], ...]]:
    """The bundled words that translate one another (`keyword_meanings.yaml`), by meaning, as
    (language, word): what a typed keyword of one language brings in the others."""
    raw = yaml.safe_load(resources.files(__package__).joinpath(MEANINGS).read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or not all(isinstance(spec, dict) for spec in raw.values()):
        raise VocabularyError(f"{MEANINGS}: not a mapping of meanings to words by language")
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for name, spec in raw.items():
        unknown = set(spec) - set(LANGUAGES)
        if unknown:
            raise VocabularyError(f"{MEANINGS}: meaning {name!r} has unknown keys {sorted(unknown)}")
        found[str(name)] = tuple((lang, str(word)) for lang in LANGUAGES for word in spec.get(lang) or ())
    return found
