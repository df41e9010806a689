"""Arabic script: its spelling variants folded away, and the little words written onto a word.

Arabic writes the conjunctions و and ف, the prepositions ب ل ك and the article ال as one word
with what follows: "بالخرطوم" is "in Khartoum", "والهجوم" is "and the attack". A name or a
keyword is found by trying the word as written first, then the word without such a prefix,
and only where what remains is a known name (or, for keywords, a word of 3 letters or more):
"بنغازي" (Benghazi) and "وادي" (a wadi) stay whole. Spelling: the alef forms, taa marbuta,
alef maqsura, the vowel marks, shadda and tatweel (`FOLD`, applied by `textnorm.fold`). Pure:
no I/O.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Characters of the Arabic script blocks (Arabic, its supplement and extended-A, presentation forms).
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# After Unicode decomposition (which already turns أ إ آ into ا and drops the vowel marks and
# shadda, being combining marks): what is still spelt two ways, as one form.
FOLD = {
    "\u0671": "\u0627",  # ٱ alef wasla -> ا
    "\u0629": "\u0647",  # ة taa marbuta -> ه
    "\u0649": "\u064a",  # ى alef maqsura -> ي
    "\u06cc": "\u064a",  # ی Persian yeh -> ي
    "\u06a9": "\u0643",  # ک keheh -> ك
    # Letters Persian, Urdu and the Maghreb add for sounds Arabic lacks, as the Arabic press
    # writes them in a foreign name: GeoNames has "اگاديز", the news "أغاديز" (Agadez).
    "\u06af": "\u063a",  # گ gaf -> غ, as in "غينيا", "الغابون"
    "\u06a8": "\u0642",  # ڨ Maghrebi gaf -> ق, as in "ورقلة" (Ouargla)
    "\u06a4": "\u0641",  # ڤ veh -> ف
    "\u067e": "\u0628",  # پ peh -> ب
    "\u0640": "",  # ـ tatweel (a stretch of the line, no letter)
}
# The vowel marks, shadda, sukun and superscript alef, for text that is not decomposed first.
_MARKS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_ALEFS = str.maketrans({"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0624": "\u0648", "\u0626": "\u064a"})
_FOLD = str.maketrans(FOLD)

ARTICLE = "\u0627\u0644"  # ال
_CONJUNCTIONS = ("\u0648", "\u0641")  # و ف
_PREPOSITIONS = ("\u0628", "\u0643", "\u0644")  # ب ك ل
LAM = "\u0644"


def is_arabic(word: str) -> bool:
    """Whether a word is written (at least partly) in Arabic script."""
    return not word.isascii() and _ARABIC.search(word) is not None


def normalize(text: str) -> str:
    """One spelling of an Arabic word or text: alef forms as ا, taa marbuta as ه, alef maqsura
    as ي, no vowel marks, shadda or tatweel. Other scripts pass unchanged."""
    return _MARKS.sub("", text).translate(_ALEFS).translate(_FOLD)


def _prefixes() -> tuple[tuple[str, bool], ...]:
    """(prefix, whether it swallowed the article's alef) for every combination of conjunction,
    preposition and article, shortest first. "لل" is ل + ال with the alef dropped: "للخرطوم"
    is "ل" + "الخرطوم"."""
    found: dict[str, bool] = {}
    for conjunction in ("", *_CONJUNCTIONS):
        for preposition in ("", *_PREPOSITIONS):
            for article in ("", ARTICLE):
                if preposition == LAM and article:
                    found[conjunction + LAM + LAM] = True
                elif conjunction + preposition + article:
                    found[conjunction + preposition + article] = False
    return tuple(sorted(found.items(), key=lambda item: len(item[0])))


_PREFIXES = _prefixes()


@lru_cache(maxsize=65536)
def readings(word: str, shortest: int = 2) -> tuple[str, ...]:
    """The word without each prefix it may carry, least stripped first, each leaving at least
    `shortest` letters: "والخرطوم" -> ("الخرطوم", "لخرطوم", "خرطوم") and "للخرطوم" ->
    ("لخرطوم", "الخرطوم", "خرطوم"). The word itself is not among them: the caller tries it as
    written first, and takes a reading only when it is a known word. For normalised words."""
    out: list[str] = []
    for prefix, swallowed in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= shortest:
            rest = word[len(prefix) :]
            for reading in (ARTICLE + rest, rest) if swallowed else (rest,):
                if reading not in out:
                    out.append(reading)
    return tuple(out)


def without_article(word: str) -> str:
    """A normalised word without a prefix that carries the article (ال, وال, بال, لل, فبال...),
    when 2 letters or more remain: "والهجوم" -> "هجوم". The prefixes of one or two letters
    without the article are left to the Snowball stemmer, whose rules know when a word's first
    letter is its own ("كمين", an ambush, is no "ك" + "مين")."""
    for prefix, swallowed in reversed(_PREFIXES):
        if (swallowed or prefix.endswith(ARTICLE)) and word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix) :]
    return word


# The letters Arabic also writes as vowels (matres lectionis): alef, waw and yaa, and at a
# word's end taa marbuta (folded to haa) and alef maqsura (folded to yaa).
_VOWEL_LETTERS = frozenset("\u0627\u0648\u064a")
_FINAL_VOWELS = frozenset("\u0627\u0648\u064a\u0647")
# A final vowel stays a vowel, whichever letter writes it: "أبشة" is "أبشي", but "البغدادي"
# (of Baghdad, a surname) is no "بغداد".
_ANY_VOWEL = "*"
# Below this many letters in the skeleton, too many words share it: "بول", "غزه".
MIN_VOWELLESS = 3


def vowel_letters_dropped(word: str) -> str | None:
    """A normalised word without the vowel letters a foreign or local name is spelt with or
    without: its first letter kept (a name's opening alef is written in every spelling), the
    long vowels inside it dropped, its final vowel written as any vowel. The Arabic press spells the same town
    "كيسمايو" and "كسمايو" (Kismayo), "نواكشط" and "نواكشوط" (Nouakchott), "أبشة" and "أبشي"
    (Abéché); all read as one. None when fewer than MIN_VOWELLESS letters remain: a short
    skeleton is shared by too many words."""
    if len(word) < 4 or not is_arabic(word):
        return None
    final = word[-1] in _FINAL_VOWELS
    body = word[1:-1] if final else word[1:]
    skeleton = word[0] + "".join(ch for ch in body if ch not in _VOWEL_LETTERS)
    if len(skeleton) < MIN_VOWELLESS:
        return None
    return skeleton + _ANY_VOWEL if final else skeleton
