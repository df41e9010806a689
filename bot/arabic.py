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


def unmarked(word: str) -> str:
    """A word without vowel marks, shadda or tatweel, its letters as written (hamza, taa marbuta
    and alef maqsura kept): the spelling word-frequency lists know."""
    return _MARKS.sub("", word).replace("\u0640", "")


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


# How the Arabic press writes a foreign or local name the admin typed in Latin letters: each
# Arabic letter by the Latin letters that transliterations of Arabic, French, English, Spanish and
# Portuguese write for its sound. The short vowels Arabic does not write are any one Latin vowel
# between two letters; alef, waw and yaa are long vowels (or w, y); ain and hamza may be written
# as a vowel, an apostrophe or nothing. A name's final taa marbuta (folded to haa) is "a", "ah",
# "e" or nothing ("رفاعة", Rufaa; "سرت", Sirte).
_LATIN_OF: dict[str, str] = {
    "\u0627": "(?:a|e|o|â)",  # ا
    "\u0628": "(?:b|p|v)",  # ب
    "\u062a": "(?:t|th)",  # ت: French and English "th" of North African names ("تالة", Thala)
    "\u062b": "(?:th|t|s)",  # ث
    "\u062c": "(?:j|dj|g|zh|y)",  # ج: Egyptian, Somali and Sudanese g ("أفجوي", Afgooye)
    "\u062d": "h",  # ح
    "\u062e": "(?:kh|h|x|j|k)",  # خ
    "\u062f": "(?:d|dh)",  # د: Somali "dh" ("هرارديري", Harardhere; "بارديري", Baardheere)
    "\u0630": "(?:dh|d|z)",  # ذ
    "\u0631": "r",  # ر
    "\u0632": "(?:z|s)",  # ز
    "\u0633": "(?:s|c|z)",  # س: Spanish c and z
    "\u0634": "(?:sh|ch|sch|x|s)",  # ش
    "\u0635": "(?:s|c)",  # ص
    "\u0636": "(?:d|dh|z)",  # ض
    "\u0637": "t",  # ط (and Somali "dh": `_DH_TAA`)
    "\u0638": "(?:z|dh|d)",  # ظ
    "\u0639": "[aeiou']?",  # ع
    "\u063a": "(?:gh|g|r)",  # غ (and the folded gaf)
    "\u0641": "(?:f|ph|v|p)",  # ف (and the folded veh)
    "\u0642": "(?:q|k|g|c|gu|qu)",  # ق: the Sudanese, Chadian and Yemeni g ("قوز", Goz)
    "\u0643": "(?:k|c|ck|ch|qu)",  # ك (and a hard g: `_HARD_G_KAF`)
    "\u0644": "l",  # ل
    "\u0645": "m",  # م
    "\u0646": "n",  # ن
    "\u0647": "h",  # ه (a final one below)
    "\u0648": "(?:w|u|o|ou|v)",  # و
    "\u064a": "(?:y|i|e|ie|ei|ai|ay|ey)",  # ي
    "\u0621": "'?",  # ء
}
# Two loose readings, each of a letter the Arabic press writes for another alphabet's sound: the
# hard g of names spelt in French or Spanish ("Massaguet"), which it writes ك as it writes غ, ق
# or ج ("ماساكيت"); and Somali "dh", a retroflex stop, which it writes ط ("طوسمريب", Dhusamareb;
# "طوبلي", Dhobley; "بارطيري", Bardhere). Each makes one more Latin name of every Arabic word
# with the letter, so only where the word is the name's whole skeleton (`loose_readings`): of
# MIN_HARD_G_CONSONANTS or MIN_DH_TAA_CONSONANTS consonants or more (a word of three, "كريل",
# "ماكرة", "كنانة", spells many names so: Guriel, Magaria, Geneina), no ain or hamza the Latin
# may leave unwritten ("كأعضاء" is no Gedo) nor a "تش" it may read as one "ch", and never with
# the article, whose "ل" would stand in for a name's "El" ("الطيرة" is no Eldhere) or vanish
# (`Matcher._spelt_in_arabic`). Only a rare spelling, not a word of Arabic (`_spelt_in_arabic`).
_HARD_G_KAF = "(?:k|c|ck|ch|qu|g|gu)"
_DH_TAA = "(?:t|dh)"
MIN_HARD_G_CONSONANTS = 4
# ... and in a word of a name of two words or more, which the name's other word beside it vouches
# for ("عدل بكرو", Adel Bagrou): a word of three.
MIN_HARD_G_CONSONANTS_BESIDE = 3
MIN_DH_TAA_CONSONANTS = 3
_LONG_VOWEL_LETTERS = frozenset("\u0627\u0648\u064a\u0649")  # alef, waw, yaa, alef maqsura
_UNWRITTEN_IN_LATIN = frozenset("\u0639\u0621")  # ain and hamza, which `spells` lets vanish
_LATIN_VOWEL = "[aeiou]?"
_LATIN_FINAL_HAA = "(?:a|ah|e|eh|h|at)?"
# The consonants both alphabets write, in classes the two spellings of one name share: the key a
# Latin word and an Arabic word are first compared by (the full spelling is checked after it).
_ARABIC_KEY = str.maketrans(
    {
        **dict.fromkeys("\u0628", "b"),
        **dict.fromkeys("\u062a\u0637\u062b", "t"),
        **dict.fromkeys("\u062f\u0636\u0630", "d"),
        **dict.fromkeys("\u0632\u0638", "z"),
        **dict.fromkeys("\u0633\u0635\u0634", "s"),
        **dict.fromkeys("\u0643\u0642\u062c\u063a\u062e", "k"),
        **dict.fromkeys("\u0641", "f"),
        "\u0644": "l",
        "\u0645": "m",
        "\u0646": "n",
        "\u0631": "r",
    }
)
_LATIN_DIGRAPHS = tuple(
    tuple(pair.split()) for pair in "sch s,kh k,gh k,sh s,ch s,th t,dh d,ph f,dj k,ck k,qu k,zh k".split(",")
)
_LATIN_KEY = str.maketrans({**dict.fromkeys("bp", "b"), **dict.fromkeys("gjqkc", "k"), **dict.fromkeys("xç", "s"), "v": "f"})
_LATIN_KEEP = frozenset("btdzskflmnr")
# Fewer consonants than this, and a Latin name's Arabic spelling is too often another word's.
MIN_LATIN_KEY = 2
# A name of one consonant the key keeps ("Anah", "Hobyo", "Adado": h, w, y and the vowels are
# left out) is still read in an Arabic word of this many letters or more: Arabic writes such a
# name's long vowels ("عانة", "هوبيو", "عدادو"), so the word is long enough to be the name's own.
MIN_ONE_CONSONANT_ARABIC = 4


def _collapsed(letters: str) -> str:
    return "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1])


def latin_key(word: str) -> str:
    """A folded Latin word's consonants in the classes `arabic_key` writes (vowels, w, y and h
    left out, a doubled letter once): "matamoros" -> "mtmrs", "afgooye" -> "fk". French "tch"
    is English "ch" ("Tchad", Chad), which Arabic writes "تش" and `arabic_key` reads as ش: one
    sound, one key ("tchoukou" -> "sk", as "تشوكو")."""
    letters = word.replace("tch", "ch").replace("ce", "se").replace("ci", "si")
    for written, key in _LATIN_DIGRAPHS:
        letters = letters.replace(written, key)
    return _collapsed("".join(ch for ch in letters.translate(_LATIN_KEY) if ch in _LATIN_KEEP))


def latin_keys(word: str) -> tuple[str, ...]:
    """`latin_key`, and for a word with Somali "dh" (a retroflex stop, written ط in Arabic:
    "Dhusamareb", "طوسمريب") the key that reads it as "t" too."""
    key = latin_key(word)
    if "dh" not in word:
        return (key,)
    other = latin_key(word.replace("dh", "t"))
    return (key,) if other == key else (key, other)


def arabic_key(word: str) -> str:
    """A normalised Arabic word's consonants in `latin_key`'s classes: "ماتاموروس" -> "mtmrs"."""
    return _collapsed("".join(ch for ch in word.replace("\u062a\u0634", "\u0634").translate(_ARABIC_KEY) if ch in _LATIN_KEEP))


def consonants(word: str) -> int:
    """How many consonants a normalised Arabic word writes: its letters but the long vowels
    (alef, waw, yaa) and a final haa (a taa marbuta, a vowel): "ماساكيت" 4, "كنانة" 3."""
    body = word[:-1] if word.endswith("\u0647") else word
    return sum(1 for ch in body if ch not in _LONG_VOWEL_LETTERS)


def loose_readings(word: str, beside: bool = False) -> tuple[bool, bool]:
    """Whether a normalised Arabic word may be read with ك as a hard g, and with ط as Somali
    "dh" (`_HARD_G_KAF`, `_DH_TAA`): a word of enough consonants (fewer `beside` another word
    of the name), with no ain or hamza and no article."""
    if word.startswith(ARTICLE) or not _UNWRITTEN_IN_LATIN.isdisjoint(word) or "\u062a\u0634" in word:
        return (False, False)  # "تش" may be read as "ch" alone, its "t" unwritten ("كيتشن" is no Geissan)
    hard_g = "\u0643" in word
    dh = "\u0637" in word
    if not (hard_g or dh):
        return (False, False)
    count = consonants(word)
    least = MIN_HARD_G_CONSONANTS_BESIDE if beside else MIN_HARD_G_CONSONANTS
    return (hard_g and count >= least, dh and count >= MIN_DH_TAA_CONSONANTS)


@lru_cache(maxsize=16384)
def _latin_spellings(word: str, loose: bool = True, beside: bool = False) -> re.Pattern[str]:
    """The Latin spellings of a normalised Arabic word, as a pattern over a folded Latin word
    with each doubled letter once; with `loose`, the loose readings the word allows too
    (`loose_readings`)."""
    hard_g, dh = loose_readings(word, beside) if loose else (False, False)
    parts: list[str] = []
    # An opening alef carries the hamza of any vowel ("إب", Ibb), or opens a name whose first
    # sounds are two consonants, which Arabic never begins a word with ("انغوري", Ngouri;
    # "انجامينا", Ndjamena): then the Latin writes no vowel before them, nor between them
    # ("ادعم" is no "Doume", "اطلاع" no "Tillia"). Never the article "ال" (an alef, "ل", a
    # consonant: "البيرو", Peru, is no "Lubero"): its alef is the article's own vowel.
    cluster = (
        word[:1] == "\u0627"
        and len(word) > 2
        and not word.startswith(ARTICLE)
        and word[1] not in _VOWEL_LETTERS
        and word[2] not in _VOWEL_LETTERS
    )
    # An opening long vowel is written alef and the vowel's letter ("إيلاشا", "أوبو"); the Latin
    # writes it as one vowel or two ("Elasha", "Iilaasha"; "Obo", "Oubo"), or as the glide
    # ("Yelasha"): the two letters are one sound, so the alef adds no vowel of its own. The yaa
    # or waw is that vowel only before a consonant: before a vowel letter it is a consonant
    # itself, after the alef's own vowel ("أيام", ayyam; "أواسط", awasit; "أيورو", Ayorou).
    long_opening = len(word) > 3 and word[0] == "\u0627" and word[1] in ("\u064a", "\u0648") and word[2] not in _VOWEL_LETTERS
    for i, ch in enumerate(word):
        if i == 0 and ch == "\u0627":
            parts.append("[aeiou]?" if long_opening else "[aeiou]")
            continue
        if i == len(word) - 1 and ch == "\u0647":
            parts.append(_LATIN_FINAL_HAA)
            continue
        if i and ch == "\u0634" and word[i - 1] == "\u062a":
            parts[-1] = "t?"  # "تش" is Spanish and Portuguese "ch"
        if ch == "\u0643" and hard_g:
            parts.append(_HARD_G_KAF)
            continue
        if ch == "\u0637" and dh:
            parts.append(_DH_TAA)
            continue
        parts.append(_LATIN_OF.get(ch, "(?!)"))
    # After a final waw or yaa, a Latin vowel may end the name ("أفجوي", Afgooye): the letter was a glide.
    # After a final "n" or "t" of a longer word, French spellings write a silent "e" to keep it
    # sounded ("الطينطان", Tintane; "زواتين", Zaouatine; "كلايت", Kalaite); not after other
    # letters, nor in a word of three letters, which would spell too many names so ("كعب",
    # Kebbe; "ساق", Sake; "معقد", Magude).
    final = "e?h?" if len(word) > 3 and word[-1] in ("\u0646", "\u062a") else "h?"
    end = "[aeiou]?h?" if word[-1:] in ("\u0648", "\u064a") else "h?" if word[-1:] in _FINAL_VOWELS else final
    body = _LATIN_VOWEL.join(parts)
    if cluster:
        body = f"(?:{body}|{parts[1]}{_LATIN_VOWEL.join(parts[2:])})"
    return re.compile(_LATIN_VOWEL + body + end)


def spells(arabic: str, latin: str, loose: bool = True, beside: bool = False) -> bool:
    """Whether a normalised Arabic word writes a folded Latin word's sounds, letter by letter:
    "ماتاموروس" Matamoros, "رداع" Radaa, "جعار" Jaar; not "مطار" (an airport) for Matara, whose
    second vowel Arabic would write. A doubled Latin letter is one ("Rufaa", "Ibb"). With
    `loose`, by the loose readings the word allows too ("ماساكيت", Massaguet); `beside`: as a
    word of a longer name, whose other words stand beside it (`loose_readings`)."""
    return _latin_spellings(arabic, loose, beside).fullmatch(_collapsed(latin)) is not None


def spells_only_loosely(arabic: str, latin: str, beside: bool = False) -> bool:
    """Whether a normalised Arabic word writes a folded Latin word's sounds only by a loose
    reading (`loose_readings`): a weaker spelling, which a place the word names exactly, or an
    item about elsewhere, outweighs."""
    return spells(arabic, latin, beside=beside) and not spells(arabic, latin, loose=False)
