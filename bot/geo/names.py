"""Which of GeoNames' names are worth indexing: the junk rules. Pure: no I/O.

GeoNames lists, beside real names, machine romanisations of other scripts ("surudeu",
"den・hagu", "ʿebeʾokuta"), airport codes ("BKO" under Bamako), historical forms with dates
("Hammaburg [a. 832]"), qualified forms ("Wanze (Bas-Oha)") and ordinary words ("Central").
Indexed, they would make every text name a dozen places. The rules, in order:

1. Script: a name is Latin or Arabic (every letter of one script; modifier letters such as
   ʻ and ʼ count as Latin); names in other scripts, or mixing scripts, are not indexed. Arabic
   names are kept and marked (issue 20 matches Arabic text).
2. Clean: letters, combining marks, spaces, hyphens, apostrophes and periods only. A digit,
   '=', brackets, a slash, a comma, an asterisk or '・' marks a code, a date, a qualifier or a
   transliteration, never a name as the news writes it.
3. Written as a name: a Latin alternate needs a capital letter ("Tombouctou", not "tombouktou");
   GeoNames' romanisations are all lower case. One that folds to the place's own name adds
   nothing (and must not bring back an own name rule 6 turned away).
4. Not a code: a Latin alternate of one word of 2 to 5 capitals ("BKO", "GOM") is an airport
   or postal code; airports carry their own codes.
5. Long enough: at least 3 letters once folded. One- and two-letter names ("Ea", "Ba") are
   noise in running text.
6. Not an everyday word: a name that is a very common English or French word (Zipf
   frequency >= 4.5 in wordfreq: "Central", "Union"; in Arabic for an Arabic name) is dropped,
   unless the place is populous enough for the word to be its name as often as not. Then it is
   kept and marked `common_word`, so the matcher asks for more evidence. A place's own name is
   kept from 10,000 people ("Nice", "Reading", "Man", "Say", "Diré", and two-letter names such
   as "Bo" and "Pô"); another name from 100,000, since the names of large cities are frequent
   words in the counts themselves ("Londres", "بيروت" for Beirut, "طرابلس" for Tripoli).
   English capitalises its months and weekdays: a name that is one ("March", Cambridgeshire,
   21,000) looks like a name wherever it is written, so only 100,000 people keep it.
7. Not a landmark's name: a name of several words that is a phrase as frequent as "New York"
   (Zipf >= 5: "White House") names an institution or a landmark more often than any place
   of that name. A place's own name so frequent is kept only from 100,000 people ("High
   Point"), not for "White House", Tennessee (11,000); another name only when it shares a word
   with the place's own ("New York" for New York City), not as a translation of what the name
   means ("White House" for Casablanca, Dar el Beida).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .model import Name, Script, Source, Words, name_key

COMMON_ZIPF = 4.5
POPULOUS = 10_000  # people: a place this large keeps its own name even when it is an everyday word
POPULOUS_ALTERNATE = 100_000  # ... and its other names too
MIN_LETTERS = 3
# The countries whose own language is written in Arabic script, Arabic the official one (the Arab
# League's, Chad's): their towns' Arabic names are their own names.
ARABIC_WRITING = frozenset("SD LY YE IQ SY LB JO PS EG SA OM AE QA KW BH TN DZ MA MR TD".split())
CAPITALISED_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)  # English writes these with a capital: the capital says nothing of a name (rule 6)
LANDMARK_ZIPF = 5.0  # a phrase this frequent (rule 7) names a landmark or an institution
PUNCTUATION = frozenset(" -'’‘`ʼʻ.\u00a0\u2010\u2011")  # inside real names: "Deir ez-Zor", "N'Djamena", "St. Louis"
ARABIC_PUNCTUATION = frozenset(" -\u200c\u0640")  # space, hyphen, zero-width non-joiner (Persian), tatweel

_ASCII_NAME = re.compile(r"[ '`.-]*[A-Za-z][A-Za-z '`.-]*")

# (folded name, script) -> is it an everyday word?
CommonWords = Callable[[str, Script], bool]
# (folded name of several words, script) -> its Zipf frequency as a phrase (rule 7)
PhraseFrequency = Callable[[str, Script], float]


def _landmark(key: Words, script: Script, phrase_zipf: PhraseFrequency | None) -> bool:
    return phrase_zipf is not None and len(key) > 1 and phrase_zipf(" ".join(key), script) >= LANDMARK_ZIPF


@lru_cache(maxsize=8192)
def _char_class(ch: str) -> str:
    """L: Latin letter, A: Arabic letter, O: other letter, M: mark, P: punctuation, X: anything else."""
    if ch.isalpha():
        name = unicodedata.name(ch, "")
        if name.startswith(("LATIN", "MODIFIER LETTER")):
            return "L"
        return "A" if name.startswith("ARABIC") else "O"
    if unicodedata.category(ch).startswith("M"):
        return "M"
    return "P" if ch in PUNCTUATION or ch in ARABIC_PUNCTUATION else "X"


def script_of(text: str) -> Script | None:
    """The script of a name's letters; None when it has none, mixes scripts or holds a
    character no name holds (a digit, '=', a bracket...)."""
    if text.isascii():
        return "Latn" if _ASCII_NAME.fullmatch(text) else None
    classes = {_char_class(ch) for ch in text}
    letters = classes & {"L", "A", "O"}
    if "X" in classes or len(letters) != 1:
        return None
    (letter,) = letters
    if letter == "A" and any(ch in PUNCTUATION and ch not in ARABIC_PUNCTUATION for ch in text):
        return None  # Latin apostrophes and periods have no place in an Arabic name
    return "Latn" if letter == "L" else "Arab" if letter == "A" else "Other"


def is_code(text: str) -> bool:
    """An airport, postal or administrative code: one word of 2 to 5 capitals ("BKO", "GOM")."""
    return 2 <= len(text) <= 5 and text.isascii() and text.isalpha() and text.isupper()


def letters(key: Words) -> int:
    return len("".join(key))


def primary_name(text: str, population: int, is_common: CommonWords, phrase_zipf: PhraseFrequency | None = None) -> Name | None:
    """A place's own name as the index should hold it, or None when the rules turn it away."""
    key = name_key(text)
    if not key:
        return None
    script = script_of(text) or "Other"  # a place's own name is kept in any script, but only Latin and Arabic are matched
    common = letters(key) < MIN_LETTERS or is_common(" ".join(key), script)
    if common and population < POPULOUS:
        return None
    by_rule = " ".join(key) in CAPITALISED_WORDS
    if population < POPULOUS_ALTERNATE and (by_rule or (common and _landmark(key, script, phrase_zipf))):
        return None
    return Name(text, "primary", script, common)


def alternate_name(
    text: str,
    primary_key: Words,
    is_common: CommonWords,
    population: int = 0,
    source: Source = "alternate",
    phrase_zipf: PhraseFrequency | None = None,
    own_language: bool = False,
) -> Name | None:
    """Another name of a place as the index should hold it, or None: rules 1 to 7 above.
    `own_language`: the place's country writes Arabic (`ARABIC_WRITING`), so an Arabic name is
    the place's own."""
    script = script_of(text)
    if script is None or script == "Other":
        return None
    if script == "Latn" and (is_code(text) or not any(ch.isupper() for ch in text)):
        return None
    key = name_key(text)
    if key == primary_key or letters(key) < MIN_LETTERS:
        return None
    common = is_common(" ".join(key), script)
    # A place's Arabic name in a country that writes Arabic is its own name in its own language,
    # kept as its primary name is (rule 6): from POPULOUS people ("بول", Bol in Chad; "حديثة").
    enough = POPULOUS if own_language and script == "Arab" else POPULOUS_ALTERNATE
    if (common and population < enough) or (" ".join(key) in CAPITALISED_WORDS and population < POPULOUS_ALTERNATE):
        return None
    if common and set(key).isdisjoint(primary_key) and _landmark(key, script, phrase_zipf):
        return None
    return Name(text, source, script, common)
