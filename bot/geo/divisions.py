"""Every country's first-level divisions (states, provinces, regions, governorates), by name.

They place a town in its country where GeoNames lists only towns ("Lima, Ohio", "Bagdad,
Tasmania"), and a watched province is no town its name contains ("Cabo Delgado" is in
Mozambique, not Cabo de Santo Agostinho in Brazil). Data, read-only, loaded once at import
from `data/divisions.json` (ISO 3166-2 as pycountry ships it; `tools/build_divisions.py`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache
from importlib import resources

from wordfreq import zipf_frequency

from ..textnorm import Token

# Words of direction or place are divisions' names too ("Centre", "Nord-Ouest", "Capital"):
# they place nothing.
_GRAMMAR = frozenset(
    "north south east west northern southern eastern western central nord sud est ouest centre "
    "capital coast coastal littoral lakes islands island region province district city town "
    "de du des la le les of the and et y e do da dos das del".split()
)

# First-level divisions that place a town in its country where GeoNames lists only towns: the
# states of the United States, Brazil and Mexico and the regions of Spain, where the namesakes
# of the world's cities are most often ("Lima, Ohio", "Tripoli, Iowa", "Esmeraldas, Minas
# Gerais", "San Cristóbal, Chiapas", "Palma, Mallorca"), folded, with the press's abbreviations
# that are no everyday words.
_TYPED: dict[tuple[str, ...], str] = {}
for _code, _names in (
    (
        "US",
        "alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,hawaii,idaho,illinois,"
        "indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,michigan,minnesota,mississippi,"
        "missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico,north carolina,north dakota,ohio,"
        "oklahoma,oregon,pennsylvania,rhode island,south carolina,south dakota,tennessee,texas,utah,vermont,"
        "virginia,west virginia,wisconsin,wyoming,ariz,calif,colo,conn,fla,okla,tenn,tex,minn,mich,wis,wyo,neb,nev",
    ),
    (
        "BR",
        "acre,alagoas,amapa,amazonas,bahia,ceara,espirito santo,goias,maranhao,mato grosso,mato grosso do sul,"
        "minas gerais,para,paraiba,parana,pernambuco,piaui,rio grande do norte,rio grande do sul,rondonia,roraima,"
        "santa catarina,sergipe,tocantins,distrito federal",
    ),
    (
        "MX",
        "aguascalientes,baja california sur,campeche,chiapas,chihuahua,coahuila,colima,durango,guanajuato,guerrero,"
        "hidalgo,jalisco,michoacan,morelos,nayarit,nuevo leon,oaxaca,puebla,queretaro,quintana roo,san luis potosi,"
        "sinaloa,sonora,tabasco,tamaulipas,tlaxcala,veracruz,yucatan,zacatecas",
    ),
    (
        "ES",
        "andalucia,andalusia,aragon,asturias,baleares,mallorca,majorca,menorca,ibiza,canarias,tenerife,gran canaria,"
        "cantabria,castilla y leon,castilla la mancha,cataluna,catalonia,catalunya,extremadura,galicia,la rioja,"
        "murcia,navarra,pais vasco",
    ),
):
    _TYPED.update({tuple(name.split()): _code for name in _names.split(",")})


def _iso_regions() -> dict[tuple[str, ...], str]:
    """Every country's first-level divisions as ISO 3166-2 names them (pycountry): "Bagdad,
    Tasmania", "Kano, Shizuoka". A name two countries share ("Punjab"), one of words of
    direction or place ("Centre", "Nord-Ouest") or a country's name ("Georgia") places nothing;
    the text must write it capitalised."""
    return {key: next(iter(codes)) for key, codes in _iso_names().items() if len(codes) == 1}


# pycountry's ISO 3166-2 tables, folded, as `tools/build_divisions.py` wrote them from the pinned
# pycountry: reading pycountry itself took half a second of every start.
_ISO = json.loads(resources.files(__package__).joinpath("data", "divisions.json").read_text(encoding="utf-8"))


@cache  # read once at import, for the names one country has and those several share
def _iso_names() -> dict[tuple[str, ...], frozenset[str]]:
    """Every ISO 3166-2 first-level division's name, folded, with the countries that have a
    division so named; not names of words of direction or place, nor a country's name."""
    countries = {tuple(name.split()) for name in _ISO["countries"]}
    named = ((tuple(key.split()), frozenset(codes)) for key, codes in _ISO["names"].items())
    return {key: codes for key, codes in named if key not in countries and not set(key) <= _GRAMMAR}


DIVISIONS: dict[tuple[str, ...], str] = {**_iso_regions(), **_TYPED}
# A name two or three countries give a division ("Punjab": India's and Pakistan's): it places
# nothing alone, yet says a town is in one of them ("Jalalabad, Punjab" is not Afghanistan's).
SHARED_DIVISIONS: dict[tuple[str, ...], frozenset[str]] = {
    key: codes for key, codes in _iso_names().items() if len(codes) > 1 and key not in _TYPED
}
_SIZES = sorted({len(key) for key in DIVISIONS}, reverse=True)
_SHARED_SIZES = sorted({len(key) for key in SHARED_DIVISIONS}, reverse=True)


def division_at(folded: Sequence[str], start: int) -> tuple[str, int] | None:
    """The country and the number of words of a first-level division named at `start`, or None."""
    for size in _SIZES:
        code = DIVISIONS.get(tuple(folded[start : start + size])) if start + size <= len(folded) else None
        if code is not None:
            return code, size
    return None


# A division named in an item is a sign of its country, unless its name is an everyday word of
# English or French that a capital letter may only start ("Unity", "Delta", "Plateau",
# "Victoria" are states too): wordfreq's Zipf frequency, as `bot.falsefriends` measures words.
EVERYDAY_ZIPF = 4.0
SIGNS: frozenset[tuple[str, ...]] = frozenset(
    key
    for key in DIVISIONS
    if len(key) > 1 or all(zipf_frequency(key[0], language, wordlist="small") < EVERYDAY_ZIPF for language in ("en", "fr"))
)
SIGN_STARTS = frozenset(key[0] for key in SIGNS)


def division_sign(folded: Sequence[str], start: int) -> tuple[str, int] | None:
    """`division_at`, for a division whose name says its country wherever it is written."""
    if folded[start] not in SIGN_STARTS:
        return None
    found = division_at(folded, start)
    return found if found is not None and tuple(folded[start : start + found[1]]) in SIGNS else None


def shared_division_at(folded: Sequence[str], start: int) -> tuple[frozenset[str], int] | None:
    """The countries and the number of words of a division name several countries share, named
    at `start`, or None."""
    for size in _SHARED_SIZES:
        codes = SHARED_DIVISIONS.get(tuple(folded[start : start + size])) if start + size <= len(folded) else None
        if codes is not None:
            return codes, size
    return None


def division_country(folded: Sequence[str]) -> str | None:
    """The country of the first-level division these folded words name, whole, or None."""
    return DIVISIONS.get(tuple(folded))


# The Arabic article ISO 3166-2 writes before a division's name ("Al Anbar", "An Najaf"), which
# the press and admins leave out ("Anbar", "Najaf"). Folded words. Only the article: a spelling
# merely close to a division's ("Amhara" for ISO's "Amara") was tried and read a town as a region
# (a blind set's precision 0.977 -> 0.970).
_ARTICLES = frozenset({"al", "an", "ad", "ar", "as", "ash", "at", "az", "el"})


@cache
def _country_divisions() -> dict[str, frozenset[tuple[str, ...]]]:
    """Each country's first-level division names (ISO 3166-2), folded, without an Arabic article."""
    found: dict[str, set[tuple[str, ...]]] = {}
    for key, codes in _iso_names().items():
        if len(key) > 1 and key[0] in _ARTICLES:
            for code in codes:
                found.setdefault(code, set()).add(key[1:])
    return {code: frozenset(names) for code, names in found.items()}


def divisions_of(country: str) -> list[tuple[str, ...]]:
    """A country's first-level division names (ISO 3166-2), folded, any other country's too."""
    return [key for key, codes in _iso_names().items() if country in codes]


def second_level_of(country: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """A country's second-level divisions in ISO 3166-2 (Burkina Faso's provinces, Guinea's
    prefectures), folded, each with the folded name of the first-level division it lies in:
    ("gnagna",), ("est",). Not a name of words of direction or place, nor a country's."""
    countries = {tuple(name.split()) for name in _ISO["countries"]}
    return [
        (key, tuple(parent.split()))
        for name, owners in _ISO["within"].items()
        if (key := tuple(name.split())) not in countries and not set(key) <= _GRAMMAR
        for code, parent in owners
        if code == country
    ]


def spelt_division(folded: Sequence[str], country: str) -> bool:
    """Whether these folded words name one of the country's first-level divisions without the
    Arabic article ISO 3166-2 writes ("Anbar" for "Al Anbar", "Najaf" for "An Najaf"), as admins
    and the press write them."""
    return tuple(folded) in _country_divisions().get(country, frozenset())


# The abbreviations the press writes after a town for the states of the United States and the
# provinces of Canada (AP style: "Cairo, Ill.", "Alexandria, Va.", "Athens, Ga.", "Paris,
# Ont."), folded, each letter group its own word ("N.Y." is "n", "y"). Many are everyday words
# ("Ill", "Miss", "Wash", "Ore"), so they are read only where the press writes them: after a
# comma, capitalised, each group closed by a full stop (see `abbreviated_division_at`).
_ABBREVIATED: dict[tuple[str, ...], str] = {
    tuple(name.split()): code
    for code, names in (
        (
            "US",
            "ala,ariz,ark,calif,colo,conn,del,fla,ga,ill,ind,kan,kans,ky,la,md,mass,mich,minn,miss,mo,mont,neb,"
            "nev,n h,n j,n m,n y,n c,n d,okla,ore,pa,r i,s c,s d,tenn,tex,vt,va,wash,w va,wis,wyo",
        ),
        ("CA", "ont,que,b c,alta,man,sask,n s,n b,nfld,p e i"),
    )
    for name in names.split(",")
}
_ABBREVIATED_SIZES = sorted({len(key) for key in _ABBREVIATED}, reverse=True)


def abbreviated_division_at(
    words: Sequence[str], folded: Sequence[str], gaps: Sequence[str], start: int
) -> tuple[str, int] | None:
    """The country and the number of words of a state or province written as the press
    abbreviates it at `start` ("Ill.", "N.Y.", "W.Va."), or None. `gaps[k]` is what stands
    before word k: every group but the first joins the one before with a bare full stop, and a
    full stop (or the end of the field) follows the last, so "Miss Smith" or "Ill health" is
    none."""
    for size in _ABBREVIATED_SIZES:
        end = start + size
        code = _ABBREVIATED.get(tuple(folded[start:end])) if end <= len(folded) else None
        if code is None or not all(words[k][:1].isupper() for k in range(start, end)):
            continue
        if all(gaps[k] == "." for k in range(start + 1, end)) and (end == len(folded) or gaps[end].startswith(".")):
            return code, size
    return None


def _division_codes() -> dict[tuple[str, ...], tuple[str, str]]:
    """Each first-level division's name, folded, to its country and its own ISO 3166-2 code
    ("new york" to ("US", "NY")), for the names one division alone bears."""
    return {tuple(key.split()): (codes[0][0], codes[0][1]) for key, codes in _ISO["codes"].items() if len(codes) == 1}


DIVISION_CODES = _division_codes()


@cache
def iso_division_codes() -> dict[str, frozenset[tuple[str, str]]]:
    """Each first-level division's folded name to the (country, ISO 3166-2 code) pairs of every
    division so named, shared names too ("amazonas": Brazil's AM and Venezuela's Z)."""
    return {key: frozenset((c, code) for c, code in codes) for key, codes in _ISO["codes"].items()}


def division_code(folded: Sequence[str]) -> tuple[str, str] | None:
    """The country and ISO 3166-2 code of the first-level division these folded words name
    whole ("Washington": ("US", "WA")), or None. GeoNames gives a town's division by the same
    letters in the United States, so the two can be compared there."""
    return DIVISION_CODES.get(tuple(folded))


# A division's noun right after a country's name makes the words a division's name: Nigeria's
# "Niger State", Sudan's "Blue Nile state", "Kontagora, Niger State".
DIVISION_NOUNS_AFTER = frozenset("state province governorate".split())


def division_noun_after(tokens: Sequence[Token], start: int, k: int, country: str | None) -> bool:
    """Whether word `k`, right after words `start`..`k` that name `country`, is a division's noun
    ("Niger State", "Niger state, police said"), not an adjective of the noun after it: "Lebanon
    state media", "Oman state television" name the country. Capitalised before a word in lower
    case, the noun is the division's proper name, as English writes it ("Niger State police
    said", "Niger State government"): the sentence would write an adjective in lower case.

    Only where ISO 3166-2 has a first-level division of another country named so (Nigeria's
    Niger): "Sudan State media" is Sudan's, no country having a Sudan State. Nor before "of", which
    makes the noun the country's condition ("Niger State of emergency", "a state of siege")."""
    if k >= len(tokens) or tokens[k].gap != " " or tokens[k].folded not in DIVISION_NOUNS_AFTER:
        return False
    if not _another_countrys_division(tuple(t.folded for t in tokens[start:k]), country):
        return False
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    if following is None or following.gap != " " or not following.word[:1].islower():
        return True
    return tokens[k].word[:1].isupper() and following.folded != "of"


def _another_countrys_division(folded: tuple[str, ...], country: str | None) -> bool:
    """Whether ISO 3166-2 names a first-level division of a country other than `country` with
    these folded words, a country's name (Nigeria's "Niger", the United States' "Georgia")."""
    return any(code != country for code in _ISO["names"].get(" ".join(folded), ()))
