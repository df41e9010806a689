"""An item's language: English, French, Portuguese, Spanish or Arabic. Pure: no I/O at match time.

Arabic is told by its script, word by word, without a model: a keyword or a name written in
Arabic is read by Arabic rules wherever it stands, so an English wire quoting Arabic still
matches. The Latin-script words of the whole item (title and summary together: a headline alone
is too short to tell) go to lingua, restricted to the four Latin-script languages; its models
ship in its wheel and are loaded once, at start (`warm_up`). English and French are
then told apart by their common words, as before the detector came, because a detector can
hesitate between them on a short item full of names and both readings are then kept; a close
call between Portuguese and Spanish keeps both too. An item with several words only English or
French has and none only Portuguese or Spanish has is read by those words alone: the detector,
the slowest step, is asked only about the others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import compress, filterfalse
from typing import TYPE_CHECKING

from wordfreq import zipf_frequency

from .arabic import is_arabic
from .textnorm import Tokens

if TYPE_CHECKING:
    from lingua import LanguageDetector

LANGUAGES = ("en", "fr", "pt", "es", "ar")
LATIN = ("en", "fr", "pt", "es")
NAMES = {"en": "English", "fr": "French", "pt": "Portuguese", "es": "Spanish", "ar": "Arabic"}
# Below this many Latin-script words the detector's answer is a guess: the markers' languages
# are kept beside it.
SHORT = 8
# A second language at least this share of the first one's confidence is kept beside it
# (Portuguese and Spanish share much of their spelling).
CLOSE = 0.5

# Words of one of the four languages only (French "le", "sur" and "de" are Spanish too): when an
# item has several of English's or French's and none of Portuguese's or Spanish's, the markers
# decide and the detector is not asked (most items of an English and French desk).
_ONLY = {
    "en": frozenset(
        "the of and to in on at is was were are has have had with from by for after said says that this will be been "
        "as an its his her their who which it not but also would could".split()
    ),
    "fr": frozenset(
        "et est sont ont dans pour avec une des du au aux qui selon il elle ils ete etait avait mais cette ces pas".split()
    ),
    "pt": frozenset("da dos das em na nao com uma foram pelo pela ao os segundo".split()),
    "es": frozenset("los las del con una por fue segun".split()),
}
DECISIVE = 3
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")  # a word in Latin script (not Arabic, not Chinese)
_ROMANCE_LETTERS = frozenset("ãõñ¿¡ÃÕÑ")  # Portuguese and Spanish letters French and English lack
# The detector reads this many Latin-script words at most: enough to tell, and its cost grows
# with the text.
READ = 30

_EN_MARKERS = frozenset("the of and to in on at is was were are has have with from by for after said says that this".split())
_FR_MARKERS = frozenset("le la les des du de et est sont a ont dans sur pour par avec une un au aux selon qui que".split())


# wordfreq's scale: a word French writes about once in a million words ("évasion" 4.0, "Téhéran"
# 3.6, "Sétif" 3.2); the names of small towns ("Ségou", "Ménaka", "Tillabéri") are far rarer.
FRENCH_ZIPF = 3.0


@lru_cache(maxsize=65536)
def _written_in_french(lowered: str) -> bool:
    """Whether French writes this accented word as its own: wordfreq knows it in French at least
    `FRENCH_ZIPF` and no less than in English, Portuguese or Spanish ("élections", "Côte",
    "Téhéran"; not "São", "José" or "Bogotá", theirs)."""
    french = zipf_frequency(lowered, "fr", wordlist="small")
    return french >= FRENCH_ZIPF and all(french >= zipf_frequency(lowered, lang, wordlist="small") for lang in ("en", "pt", "es"))


def _french_accent(word: str, folded: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether an accented Latin-script word is evidence of French. A name carries its accents in
    every language's copy ("Gunmen attack Ségou", "Ataque en Bogotá"): a word written with a
    capital counts only when French writes it as its own (`_written_in_french`: "Élections",
    "Évasion") and it is not a word of a place the caller found in the item (`names`, folded:
    "Côte d'Ivoire" is English's name of the country too); one in lower case ("à", "tués")
    always counts."""
    lowered = word.lower()
    if word.isascii() or lowered == folded:
        return False
    return not word[:1].isupper() or (folded not in names and _written_in_french(lowered))


_CODES = {"ENGLISH": "en", "FRENCH": "fr", "PORTUGUESE": "pt", "SPANISH": "es"}


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder  # its models: package data of its wheel

    languages = (Language.ENGLISH, Language.FRENCH, Language.PORTUGUESE, Language.SPANISH)
    # Low-accuracy mode reads trigrams only: 13 MB and a twentieth of a millisecond an item,
    # against 160 MB for every n-gram model; the text it reads is the item's first words, long
    # enough for trigrams (its weak spot is a text of a few words, which the markers decide).
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().with_preloaded_language_models().build()


def warm_up() -> None:
    """Load the detector's models now, not on the first item."""
    _detector()


def rank(text: str) -> list[tuple[str, float]]:
    """The Latin-script languages, likeliest first, with the detector's confidence (0 to 1)."""
    return [(_CODES[value.language.name], float(value.value)) for value in _detector().compute_language_confidence_values(text)]


def marker_languages(fields: Sequence[Tokens], names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """English or French by their common words and accents (not a name's: `_french_accent`);
    both when it cannot tell."""
    en = sum(1 for tokens in fields for w in tokens.folded if w in _EN_MARKERS)
    fr = sum(
        1
        for tokens in fields
        for w, f in zip(tokens.words, tokens.folded, strict=True)
        if f in _FR_MARKERS or _french_accent(w, f, names)
    )
    return _by_markers(en, fr)


def _by_markers(en: int, fr: int) -> tuple[str, ...]:
    if en > fr * 2:
        return ("en",)
    if fr > en * 2:
        return ("fr",)
    return ("en", "fr")


# The word lists `item_languages` counts in one pass: English and French markers, and the words
# only one language has.
_ROMANCE_ONLY = _ONLY["pt"] | _ONLY["es"]
_COUNTED = {
    word: (word in _EN_MARKERS, word in _FR_MARKERS, word in _ONLY["en"], word in _ONLY["fr"], word in _ROMANCE_ONLY)
    for word in _EN_MARKERS | _FR_MARKERS | _ONLY["en"] | _ONLY["fr"] | _ROMANCE_ONLY
}


def _unnamed(fields: Sequence[Tokens]) -> list[str]:
    """The Latin-script words the detector reads (`READ` at most), without the names: a word
    written with a capital, other than a field's first, carries no language ("Mitiga",
    "Lubango", "Tripoli's" would read as Spanish, Portuguese or Italian). From the words alone,
    no token made; asked only when the detector is."""
    out: list[str] = []
    for tokens in fields:
        for k, word in enumerate(tokens.words):
            if (k and word[:1].isupper()) or word.isdigit() or not (word.isascii() or _LATIN.match(word)):
                continue
            out.append(word)
            if len(out) >= READ:
                return out
    return out


# The last item's words and languages (`item_languages`): the bot reads an alerted item's
# languages twice, in `Matcher.match` and again in `bot.story.make_report`, each with Tokens of
# its own; one entry, so it holds no more than one item's words.
_last_item: tuple[list[list[str]], frozenset[str], tuple[str, ...]] | None = None


def item_languages(fields: Sequence[Tokens], names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The languages to read an item's Latin-script words in, likeliest first; "ar" alone when
    it has none (Arabic words are read as Arabic in any case). `names`: the folded words of the
    places the caller found in the item, whose accents are no evidence of French.

    The answer depends on the fields' words and those of `names` written with an accent in them
    alone (their folded forms are made from them): the same as the last call's are answered from
    it, without the detector, the slowest step."""
    global _last_item
    words = [tokens.words for tokens in fields]
    if names:
        names = _accented(fields) & names
    last = _last_item
    if last is not None and last[0] == words and last[1] == names:
        return last[2]
    found = _item_languages(fields, names)
    _last_item = (words, names, found)
    return found


def _accented(fields: Sequence[Tokens]) -> frozenset[str]:
    """The folded forms of the fields' words written with an accent."""
    return frozenset(
        f
        for tokens in fields
        if not (tokens.ascii_words or "".join(tokens.words).isascii())
        for w, f in zip(tokens.words, tokens.folded, strict=True)
        if not w.isascii()
    )


CODE_LETTERS = 3  # a code in brackets: "(TO)", "(IN)", "(AFP)"


def _codes_in_brackets(tokens: Tokens) -> frozenset[int]:
    """The words written in capitals alone in brackets ("Palmas (TO)", "Gary (IN)"): a state's or
    an agency's letters, not the language's word they spell ("to", "in"), which would make a
    short Portuguese headline English."""
    words, n = tokens.words, len(tokens)
    if not tokens.text_holds("("):
        return frozenset()  # no bracket at all (most fields): one look at C speed, no list over the words
    # few: no Token made; the words in capitals after the first found at C speed, then their length read
    capitals = [k for k in compress(range(1, n), map(str.isupper, words[1:])) if len(words[k]) <= CODE_LETTERS]
    if not capitals or not tokens.gaps_hold_any(1, n - 1, "("):
        return frozenset()
    return frozenset(
        k
        for k in capitals
        if tokens[k].gap.rstrip().endswith("(") and (k + 1 == n or tokens[k + 1].gap.lstrip().startswith(")"))
    )


def _item_languages(fields: Sequence[Tokens], names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """`item_languages`, worked out."""
    latin: list[str] = []
    en = fr = only_en = only_fr = romance = 0
    arabic = romance_letters = False
    for tokens in fields:
        codes = _codes_in_brackets(tokens)
        if tokens.ascii_words or "".join(tokens.words).isascii():  # most fields: no accent, no other script; counted in bulk
            latin.extend(filterfalse(str.isdigit, tokens.words))
            folded = tokens.folded if not codes else [f for i, f in enumerate(tokens.folded) if i not in codes]
            for marks in map(_COUNTED.__getitem__, filter(_COUNTED.__contains__, folded)):
                en += marks[0]
                fr += marks[1]
                only_en += marks[2]
                only_fr += marks[3]
                romance += marks[4]
            continue
        for i, (w, f) in enumerate(zip(tokens.words, tokens.folded, strict=True)):
            if i in codes:
                continue  # "(TO)": a state's letters, no English "to"
            if w.isascii():
                if not w.isdigit():
                    latin.append(w)
            elif _LATIN.match(w):
                latin.append(w)
                fr += _french_accent(w, f, names)  # an accent: French, unless a name's
                romance_letters = romance_letters or any(ch in _ROMANCE_LETTERS for ch in w)
            else:
                arabic = arabic or is_arabic(w)
            counted = _COUNTED.get(f)
            if counted is not None:
                en += counted[0]
                fr += counted[1] and (w.isascii() or w.lower() == f)  # an accented marker counts once
                only_en += counted[2]
                only_fr += counted[3]
                romance += counted[4]
    markers = _by_markers(en, fr)
    if not latin:
        return ("ar",) if arabic else markers
    if len(latin) < SHORT and markers == ("en",):
        return markers  # a short item with English's common words: Portuguese and Spanish share none
    if romance == 0 and not romance_letters and max(only_en, only_fr) >= DECISIVE:
        return markers  # nothing says Portuguese or Spanish: as before the detector
    plain = _unnamed(fields)
    text = " ".join(plain if len(plain) >= SHORT else latin[:READ])
    ranked = rank(text)
    if len(latin) < SHORT:  # a guess: the markers' languages and the detector's first two
        return (*markers, *(lang for lang, _ in ranked[:2] if lang in ("pt", "es")))
    top, top_score = ranked[0]
    if top in ("en", "fr"):
        if top not in markers and en + fr < DECISIVE:
            return (top, *markers)  # a marker or two against the detector ("A drone" is no French "a"): both
        return markers
    found = [top]
    second, second_score = ranked[1]
    if second in ("pt", "es") and second_score >= top_score * CLOSE:
        found.append(second)
    return tuple(found)
