"""Spellings of a place's name that the press writes and GeoNames does not list. Pure: no I/O.

GeoNames romanises the names of places in countries that write another script (Arabic,
Persian, Pashto, Somali and Amharic names; Cyrillic ones) mostly the English way: "Jalalabad",
"Juba", "Tajura", "Janzur", "Kunduz", "Zhytomyr". The French press writes the same sounds the
French way, and wires in other languages often borrow its spellings: "ou" for the vowel u
("Kaboul", "Tajoura", "Janzour", "Koundouz"), "dj" for j ("Djalalabad", "Djouba"), "ch" for sh
("Chabwa", "Charm el-Cheikh") and "j" for zh ("Jytomyr"). These are the rules of French
transliteration, not a list of places: every place of those countries with enough people gets
the spellings they make, each checked by the gazetteer's junk rules like any other name
(`names.alternate_name`: no everyday word, no name shorter than 3 letters).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

# Countries whose place names GeoNames romanises from another script: the Arabic-speaking
# countries, Iran, Afghanistan and Pakistan; Chad, the Sudans and the Horn; the Cyrillic ones.
ROMANISED = frozenset(
    "DZ BH EG IQ JO KW LB LY MA MR OM PS QA SA SY TN YE AE EH "
    "IR AF PK TD SD SS SO DJ ER ET "
    "RU UA BY KZ KG TJ BG RS MK MN".split()
)
POPULATION = 5_000  # people: smaller places are rarely in the news under any spelling

# (pattern, replacement), applied to the name in lower case; each rule alone, then all together.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![aeiouyq])u"), "ou"),  # Kabul -> Kaboul; not in "qu", "au", "ou"
    (re.compile(r"(?<![d])j|^j"), "dj"),  # Juba -> Djuba; Jalalabad -> Djalalabad
    (re.compile(r"sh"), "ch"),  # Shabwa -> Chabwa
    (re.compile(r"zh"), "j"),  # Zhytomyr -> Jytomyr
)


def french_spellings(name: str) -> Iterator[str]:
    """The name as French transliteration writes it: each rule alone and all of them together,
    capitalised as the name is (each word's first letter). Nothing when no rule applies."""
    lower = name.lower()
    seen = {lower}
    applied = lower
    for pattern, replacement in _RULES:
        one = pattern.sub(replacement, lower)
        if one not in seen:
            seen.add(one)
            yield _capitalised_like(one, name)
        applied = pattern.sub(replacement, applied)
    if applied not in seen:
        yield _capitalised_like(applied, name)


def _capitalised_like(spelling: str, name: str) -> str:
    """Each word's first letter in capitals where the name's word has one ("Djalalabad")."""
    capitals = [word[:1].isupper() for word in re.split(r"([\s'-]+)", name)]
    words = re.split(r"([\s'-]+)", spelling)
    if len(words) != len(capitals):
        return spelling[:1].upper() + spelling[1:]
    return "".join(w[:1].upper() + w[1:] if up else w for w, up in zip(words, capitals, strict=True))


def respelt(name: str, country: str, population: int) -> list[str]:
    """The French spellings of a place's own name, for a place of a country that writes another
    script and of POPULATION people or more; the caller applies the junk rules."""
    if country not in ROMANISED or population < POPULATION:
        return []
    bare = "".join(ch for ch in unicodedata.normalize("NFD", name) if not unicodedata.combining(ch))  # "Tājūrā’"
    if not bare.isascii() and not all(ch.isascii() or not ch.isalpha() for ch in bare):
        return []  # letters no rule knows ("ʿ", "ı"): left as GeoNames writes them
    return list(french_spellings(bare))
