"""The states, provinces, counties and départements of every country (ISO 3166-2, every level,
through pycountry), as places an item names: `python -m bot places`. Pure but for reading
pycountry once, when first asked.

GeoNames lists towns, not the divisions around them, and pycountry has their names but not
where they are. Local news names both ("Kozhikode and Malappuram districts, Kerala officials
said"; "Ennis, County Clare"; "Vannes ... le conseil départemental du Morbihan"), so a division
is placed where the item's own towns of its country are: a first-level division (a state, a
province) at the middle of the gazetteer's towns around them in their first-level division, a
smaller one at the middle of the item's towns themselves. With no town of its country in the
item, a division is not placed (the United States' states have their own point: `local.py`).

    divisions_in(tokens)   # [(start, end, {"IN": True})]: the countries with a division so named, first-level or not
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from functools import cache

import pycountry

from ..textnorm import Tokens, tokenize
from .divisions import _GRAMMAR

# A word the press writes after a division's name or before it: "Oyo State", "Nakuru County",
# "County Clare", "Kozhikode district".
_AFTER = frozenset("state county district province region division".split())
_BEFORE = frozenset({"county", "co"})
_MAX_WORDS = 4
_JOINING = frozenset(("de", "et", "and", "of", "du"))  # lower-case words inside a name: "Perth and Kinross"
# An organisation named after the division, not the division: "Lancashire County Council",
# "Avon and Somerset Police", "Ards and North Down council".
_ORGANISATIONS = frozenset("council police constabulary university college hospital fc club".split())


@cache
def _names() -> dict[tuple[str, ...], dict[str, bool]]:
    """A division's name, folded -> {country code: whether a first-level division bears it}.
    Not a country's name, nor one of words of direction or place ("Centre", "Nord-Ouest")."""
    countries = {tuple(tokenize(c.name).folded) for c in pycountry.countries}
    found: dict[tuple[str, ...], dict[str, bool]] = {}
    for division in pycountry.subdivisions:
        for name in {division.name.split("[")[0].split(",")[0], *(getattr(division, "local_name", "") or "").split(",")}:
            key = tuple(tokenize(name).folded)
            if not key or len(key) > _MAX_WORDS or key in countries or set(key) <= _GRAMMAR or len("".join(key)) < 3:
                continue
            first = division.parent_code is None
            codes = found.setdefault(key, {})
            codes[division.country_code] = codes.get(division.country_code, False) or first
    return found


@cache
def _starts() -> frozenset[str]:
    return frozenset(key[0] for key in _names())


def divisions_in(tokens: Tokens) -> list[tuple[int, int, dict[str, bool]]]:
    """Every division name the field writes capitalised, with "State", "County" or "district"
    after it or "County" before it taken in: (start, end, {country: first-level})."""
    names, starts = _names(), _starts()
    words, folded = tokens.words, tokens.folded
    found: list[tuple[int, int, dict[str, bool]]] = []
    if starts.isdisjoint(folded):
        return found
    after = 0
    for k in [k for k, word in enumerate(folded) if word in starts and words[k][:1].isupper()]:
        if k < after:
            continue
        hit = None
        for size in range(min(_MAX_WORDS, len(words) - k), 0, -1):
            codes = names.get(tuple(folded[k : k + size]))
            if codes is not None and all(w[:1].isupper() for w in words[k : k + size] if w not in _JOINING):
                hit = (size, codes)
                break
        if hit is None:
            continue
        start, end = k, k + hit[0]
        if end < len(words) and folded[end] in _AFTER and tokens[end].gap == " ":
            end += 1
        elif start > 0 and folded[start - 1] in _BEFORE and words[start - 1][:1].isupper() and tokens[start].gap == " ":
            start -= 1
        organisation = end < len(words) and folded[end] in _ORGANISATIONS and tokens[end].gap == " "
        if (end - start > hit[0] or len("".join(folded[k : k + hit[0]])) > 3) and not organisation:  # "Oyo State", not "Oyo"
            found.append((start, end, hit[1]))
        after = end
    return found


@cache
def _countries_by_name() -> dict[str, str]:
    """A division's name of any level, its folded words joined by spaces -> the codes of the
    countries that have a division so named, joined by spaces ("gard" -> "FR"). Kept compact
    (strings, not tuples and dictionaries): the matcher holds it beside the gazetteer."""
    found: dict[str, str] = {}
    for key, code in _raw_names():
        joined = " ".join(key)
        found[joined] = sys.intern(" ".join(sorted(set(found.get(joined, "").split()) | {code})))
    return found


def _raw_names() -> Iterator[tuple[tuple[str, ...], str]]:
    """Every division's name as `_names` reads it, with its country, without building its table."""
    countries = {tuple(tokenize(c.name).folded) for c in pycountry.countries}
    for division in pycountry.subdivisions:
        for name in {division.name.split("[")[0].split(",")[0], *(getattr(division, "local_name", "") or "").split(",")}:
            key = tuple(tokenize(name).folded)
            if key and len(key) <= _MAX_WORDS and key not in countries and not set(key) <= _GRAMMAR and len("".join(key)) >= 3:
                yield key, division.country_code


def division_named_at(tokens: Tokens, start: int) -> tuple[int, frozenset[str]] | None:
    """The number of words and the countries of a division of any level (a state, a county, a
    département) whose name the field writes capitalised at word `start`, the longest, or None."""
    names = _countries_by_name()
    words, folded = tokens.words, tokens.folded
    for size in range(min(_MAX_WORDS, len(words) - start), 0, -1):
        codes = names.get(" ".join(folded[start : start + size]))
        if (
            codes is not None
            and all(w[:1].isupper() for w in words[start : start + size] if w not in _JOINING)
            and all(tokens[k].gap in (" ", "-") for k in range(start + 1, start + size))
        ):
            return size, frozenset(codes.split())
    return None


def country_name(code: str) -> str:
    """The English name of a country by its ISO code, or the code (for reasons an admin reads)."""
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or (country.name if country is not None else code)
