"""A watched country's divisions as the Arabic press writes them: "بإقليم جدو" (Gedo region),
"ولاية بغلان" (Baghlan province), "بإقليم أودالان" (Oudalan province).

GeoNames and ISO 3166-2 name the divisions in Latin script only, so an Arabic report naming only
the province of an alerted incident read no division and joined nothing (`bot.regionjoin`).
An Arabic word is read as a division's name where it spells the name's Latin sounds letter by
letter (`arabic.spells`, what the matcher reads watched towns' names by), after its prefixes
(`arabic.readings`): right after a noun of division ("إقليم", "ولاية", "محافظة"...), or alone
where the name is a first-level division's of three consonants or more (`MIN_ALONE_KEY`): a
shorter name ("Abyan": b, n) is spelt by too many Arabic words. A name two divisions share
(once reduced to its consonants' classes and checked letter by letter) says neither. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from wordfreq import zipf_frequency

from .arabic import arabic_key, is_arabic, latin_key, normalize, readings, spells, unmarked

# Nouns of a division in Arabic, normalised (`arabic.normalize`): province, state, governorate,
# region or area, province or county, directorate (Yemen's districts), district (Iraq's qada).
ARABIC_DIVISION_NOUNS = frozenset(
    normalize(word) for word in "إقليم أقاليم ولاية محافظة منطقة مقاطعة مديرية قضاء".split()
)
# A first-level division's name read with no noun before it needs this many consonants in
# `latin_key`'s classes ("anbar": n, b, r): the names of two ("abyan") are written by common words.
MIN_ALONE_KEY = 3
# A word this frequent in Arabic, as written, is no division's name: "شمالي" (northern) spells
# Ethiopia's "Somali", "جزيرة" (island) Sudan's Gezira, "عسكرية" (military) a Colombian
# department; the names the press writes ("قندهار" 3.4, "جدو" 3.4, "الأنبار" 3.7) are rarer.
EVERYDAY_ARABIC_ZIPF = 4.0
# Words the Latin names of divisions open with that Arabic writes as the article or leaves out.
_LATIN_ARTICLES = frozenset("al an as ad ar at az ash el".split())
# Nouns of kind in GeoNames' names ("Muhafazat Karbala", "Basra Governorate", "Wilayat-e Baghlan").
_KIND_WORDS = frozenset("muhafazat wilayat e governorate province region state".split())

# One division's name word: its folded Latin word, its area ("SO.04"), whether it is first-level.
Entry = tuple[str, str, bool]


def name_word(folded: Sequence[str]) -> str | None:
    """The one word of a division's folded Latin name that Arabic writes as its name: "anbar"
    of "al anbar", "karbala" of "muhafazat karbala", "gedo"; None for a name of several words
    ("lower shabeelle", "boucle du mouhoun"), whose Arabic order and words differ."""
    words = [w for w in folded if w not in _LATIN_ARTICLES and w not in _KIND_WORDS]
    return words[0] if len(words) == 1 and words[0].isalpha() and words[0].isascii() else None


@lru_cache(maxsize=8)
def arabic_index(
    names: tuple[tuple[tuple[str, ...], str, bool], ...], nations: frozenset[str] = frozenset()
) -> dict[str, tuple[Entry, ...]]:
    """The divisions' one-word names (`name_word`) by their consonants (`latin_key`), each with
    its area and level; a word two areas give their names is left out, and so is one that opens
    a word of a country's name (`nations`): Ethiopia's "Somali" is written as Somalia's
    adjective ("الصومالي"), Nigeria's "Niger" as the country."""
    owners: dict[str, set[str]] = {}
    level: dict[str, bool] = {}
    for folded, area, first in names:
        word = name_word(folded)
        if word is not None and not any(n.startswith(word) for n in nations):
            owners.setdefault(word, set()).add(area)
            level[word] = level.get(word, False) or first
    index: dict[str, list[Entry]] = {}
    for word, areas in sorted(owners.items()):
        if len(areas) == 1 and len(key := latin_key(word)) >= 2:
            index.setdefault(key, []).append((word, next(iter(areas)), level[word]))
    return {key: tuple(entries) for key, entries in index.items()}


def _spelt(word: str, index: dict[str, tuple[Entry, ...]]) -> list[Entry]:
    """The divisions' names an Arabic word (as written, or after its prefixes) spells."""
    found: list[Entry] = []
    for reading in (word, *readings(word)):
        for entry in index.get(arabic_key(reading), ()):
            if spells(reading, entry[0]) and entry not in found:
                found.append(entry)
    return found


def _everyday(word: str) -> bool:
    """Whether an Arabic word is a word of every day (`EVERYDAY_ARABIC_ZIPF`), not a name."""
    return zipf_frequency(unmarked(word), "ar") >= EVERYDAY_ARABIC_ZIPF


def _after_noun(folded: Sequence[str], k: int) -> bool:
    """Whether the word before word k is a noun of division, as written or after its prefixes
    ("بإقليم" is "ب" + "إقليم")."""
    if k == 0:
        return False
    before = folded[k - 1]
    return before in ARABIC_DIVISION_NOUNS or any(r in ARABIC_DIVISION_NOUNS for r in readings(before))


def arabic_divisions(
    folded: Sequence[str], words: Sequence[str], index: dict[str, tuple[Entry, ...]], countries: Iterable[str] = ()
) -> dict[str, str]:
    """The areas ("SO.04") whose names these words (folded, and as written) write in Arabic, each
    with the word as written: after a noun of division, or alone for a first-level name of
    `MIN_ALONE_KEY` consonants or more of a country the item names (`countries`, codes): "ثكنة"
    (barracks) spells Peru's Tacna and "شقرة" (Shuqra) Colombia's Sucre, but an item of Yemen
    names neither country. Never a word of every day (`_everyday`, as written: "نقطة", a
    point, spells a division of India), nor one spelling two divisions."""
    named = frozenset(countries)
    found: dict[str, str] = {}
    for k, word in enumerate(folded):
        if not is_arabic(word) or word in ARABIC_DIVISION_NOUNS:
            continue
        entries = _spelt(word, index)
        if len({area for _, area, _ in entries}) != 1 or _everyday(words[k]):
            continue
        latin, area, first = entries[0]
        alone = first and len(latin_key(latin)) >= MIN_ALONE_KEY and area.split(".")[0] in named
        if _after_noun(folded, k) or alone:
            found.setdefault(area, words[k])
    return found


def has_arabic(words: Iterable[str]) -> bool:
    """Whether any of these words is in Arabic script: the cheap test before any reading."""
    return any(is_arabic(w) for w in words)
