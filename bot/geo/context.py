"""Which places a news item names, and which of the places so named it means. Pure: no I/O.

"Tripoli" is a city in Libya and a city in Lebanon; "Palma" is in Spain and in Mozambique. A name
alone does not say which, the item around it does: a country it names ("Tripoli, Lebanon",
"Lebanon's Tripoli"), a demonym ("as Lebanese troops deploy"), a dateline ("BEIRUT (Reuters) -"),
another place it names nearby ("Tripoli ... Mitiga airport"). This module reads that context
with the gazetteer alone, no lists of places, so the matcher can tell a watched place from a
namesake elsewhere and a place's site from another place's ("Dubai airport, Kabul officials say").

    places = read_places(gazetteer, tokenize(text))
    places.mentions       # each name found, its candidates, the one chosen and why
    places.countries      # {"LB": 2.5, ...}: the countries the item is about, weighted
    means_elsewhere(places, (first, end), watched)   # a reason when the name means another place
    another_place_between(places, i, j)              # "Dubai" between "airport" and "Kabul"
    site_owner(places, k)                            # the place an "airport" belongs to by grammar

Cost: one dictionary probe per word (the gazetteer remembers its words), and work per name
found; everything derived from a distinct word or name is remembered per gazetteer.
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from operator import itemgetter
from typing import Literal

from wordfreq import zipf_frequency

from ..arabic import is_arabic, readings
from ..textnorm import Tokens, fold, folded_words, sentence_bounds
from ..vocabulary import security_words
from .admin1 import admin1_begun, admin1_kin, admin1_named, admin1_names
from .areas import country_name, division_named_at
from .divisions import (
    EVERYDAY_ZIPF,
    SIGN_STARTS,
    abbreviated_division_at,
    division_at,
    division_code,
    division_noun_after,
    division_sign,
    iso_division_codes,
    shared_division_at,
)
from .gazetteer import Gazetteer
from .local import abbreviation_at, counties_in, state_at, states_in
from .model import GeoPlace, NameSpan, distance_km
from .names import COMMON_ZIPF

NEAR_KM = 300.0  # two places named in one item within this distance support each other
SAME_PLACE_KM = 50.0  # closer than this, two records are the same place for a reader (a city and its airport)
POPULOUS = 100_000  # a place this large with no rival of a tenth its size names its country alone
RIVAL_SHARE = 0.1
SMALL = 10_000  # a place smaller than this, named alone, is weaker evidence of its country
# A town this large is the one its name means in its country, however the watchlist typed it: a
# namesake GeoNames leaves out is a village ("Dapaong, région Centrale" is no Dapaong of Togo's
# Centrale; "Ngouri, province du Lac" may be Lac's, not the 10,000 of southern Chad the name resolved to).
SURE_TOWN = 20_000
KNOWN_BY_NAME = 500_000  # a city this large is known by its name, however frequent the name is as a word
PROXIMITY_CANDIDATES = 4  # candidates of a name compared by distance: the most populous few
# A country with this many towns of a name, the largest under a third of a namesake on another
# continent (this far away), borrowed the name: `_borrowed`.
BORROWED_NAMESAKES = 3
BORROWED_SHARE = 3
BORROWED_KM = 2500.0
STATE_WEIGHT = 1.5  # a candidate in a state (first-level division) the item points at, per pointer
DWARFED_SHARE = 100  # a namesake this many times smaller than a city known by its name: `_dwarfed`

# Evidence for the countries an item is about, by kind. A dateline says where the reporter is;
# a country named or qualifying a place says it outright; a demonym usually says so; a place
# that only one country has says it in passing.
WEIGHTS: Mapping[str, float] = {
    "dateline": 2.0,
    "named": 1.0,
    "demonym": 0.6,
    "body": 0.6,  # a police or a guard only one country has ("GNR", "Guardia Civil"): as a demonym
    "division": 0.6,  # a state, province or region of one country ("Baléares", "Tasmania")
    "county": 0.6,  # a county of the United States ("Lamar County"): of several states, often
    "place": 0.5,
    "village": 0.25,  # a hamlet's name is often also a surname or a word ("Bank", "Donald")
    "populous": 0.3,
}
# The grammar words that tie a place to a country or a site to a place, English and French.
# Grammar, not places: "Tripoli, in Lebanon", "Lebanon's northern city of Tripoli", "aéroport de Goma".
_LINKS = frozenset("in en au aux dans of de du d l la le les the no na nos nas em el del do da dos das".split())
_QUALIFIERS = frozenset(
    "north south east west northern southern eastern western central northeastern northwestern southeastern "
    "southwestern nord sud est ouest centre coastal port city town village capital region province district "
    "ville localite region province cite portuaire capitale big large second main grand grande deuxieme principale "
    # Portuguese and Spanish: "Trípoli, no norte do Líbano", "Pemba, na Tanzânia"
    "norte sul leste oeste nordeste noroeste sudeste sudoeste litoral cidade ciudad regiao provincia distrito".split()
)
_PLACE_NOUNS = frozenset("city town village capital port region province district ville capitale localite cite".split())
_SITE_FILLERS = frozenset(
    "international internationale intl main principal principale military militaire civil civilian old new "
    "regional regionale national nationale".split()
)
_SITE_PREPOSITIONS = frozenset("of de du d in at near a".split())
_ARTICLES = frozenset("the la le l".split())
_LOCATIVES = frozenset("in en au aux dans no na nos nas em".split())
_SITE_WORDS = frozenset("airport aeroport aerodrome airbase camp base".split())
_APOSTROPHES = ("'", "’")
_DATELINE_MARKS = "(:-—–"

Basis = Literal["country", "attached", "context", "near", "population", "only"]


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in the item: tokens `start_token` to `end_token` (exclusive, as a
    slice), the candidates the gazetteer knows by that name (best first), the one the item's
    context supports and why, in words an analyst can check.

    `basis` says how firm the choice is: "country" (the name of a country), "attached" (a
    country named with it: "Tripoli, Lebanon"), "context" (a country the item is about),
    "near" (near another place the item names), "population" (no context: the most populous),
    "only" (one candidate). Only the first four say anything about which place is meant.
    """

    start_token: int
    end_token: int
    text: str
    candidates: tuple[GeoPlace, ...]
    chosen: GeoPlace | None
    why: str
    basis: Basis = "only"
    attached: str | None = None  # the country code the item's grammar ties the name to
    tie: str = ""  # the words that tie it: "Tripoli, Lebanon", "Lebanon's Tripoli", "Lebanese Tripoli"
    # Written against another capitalised word ("Modibo Keita International Airport", "Cabo
    # Delgado"): maybe part of a longer name the gazetteer lacks, a person's or a site's, so it
    # says nothing of a country and does not stand between a place and its site.
    glued: bool = False
    # The state the grammar ties it to, as "country-GeoNames code": "US-OH" of "Lima, Ohio",
    # "BR-06" of "Cascavel (CE)".
    attached_state: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """A name the gazetteer knows that the reading does not take for a place, and why: an
    everyday-word name or a code where capitals say nothing ("Say" opening a sentence, a
    headline In Title Case), or written against another capitalised word. Kept so an admin can
    see what was passed over, not only what was found."""

    start_token: int
    end_token: int
    text: str
    why: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason to think the item is about a country: its kind (a key of WEIGHTS), the words,
    and the mention it came from (its index in `ItemPlaces.mentions`), if any."""

    country: str
    kind: str
    words: str
    mention: int | None = None
    # The first-level divisions it points at, "US-OH" (the country and GeoNames' admin1 code):
    # a state named, a county of those states, a town only one state has.
    states: frozenset[str] = frozenset()

    @property
    def weight(self) -> float:
        return WEIGHTS[self.kind]


@dataclass(frozen=True)
class ItemPlaces:
    """Every place an item's text names, and the countries it is about with their weights."""

    mentions: tuple[Mention, ...]
    countries: dict[str, float]
    evidence: tuple[Evidence, ...] = ()
    country_names: dict[str, str] = field(default_factory=dict)  # code -> the country's name, for reasons
    tokens: Tokens | None = field(default=None, repr=False, compare=False)  # the field read, for grammar
    turned_away: tuple[Rejection, ...] = ()  # names found and dropped before any choice, for reports

    def at(self, index: int) -> Mention | None:
        """The mention that covers token `index`, if any."""
        for mention in self.mentions:
            if mention.start_token <= index < mention.end_token:
                return mention
        return None

    def countries_without(self, mention: int) -> dict[str, float]:
        """The countries the item is about, leaving out what one mention says itself: a name
        must not vouch for its own reading, nor the same name written again in another field."""
        weights: dict[str, float] = {}
        own = self.mentions[mention].text if 0 <= mention < len(self.mentions) else None
        for evidence in self.evidence:
            if evidence.mention != mention and (evidence.mention is not None or evidence.words != own):
                weights[evidence.country] = weights.get(evidence.country, 0.0) + evidence.weight
        return weights


# --- what the gazetteer says of a word or a name, remembered per gazetteer ----------------------


class _Memo:
    """What is derived from one distinct word or name, so a day of news pays for it once."""

    __slots__ = ("countries", "country_names", "demonym_keys", "demonyms", "dwarfing", "longer", "longest", "single", "weak")

    def __init__(self) -> None:
        self.demonym_keys: frozenset[str] | None = None
        self.single: dict[str, tuple[GeoPlace, ...]] = {}  # a one-word name as written -> its places
        self.longest: dict[str, int] = {}  # word -> the most words of a name starting with it (0: none)
        # The words as written from one that may start a longer name, as many as its longest name
        # has -> (the words of the name found there, its places), or None: `_name_at`, remembered.
        self.longer: dict[tuple[str, ...], tuple[int, tuple[GeoPlace, ...]] | None] = {}
        self.demonyms: dict[str, str | None] = {}
        self.countries: dict[tuple[str, ...], str | None] = {}
        self.weak: dict[tuple[str, ...], frozenset[str]] = {}  # name -> ids of places it names only as a common word or a code
        self.country_names: dict[str, str] = {}  # a country's code, as evidence gives it -> its name
        self.dwarfing: dict[tuple[str, ...], _Dwarfing | None] = {}  # name -> the city known by it (`_dwarfed`)


_MEMOS: weakref.WeakKeyDictionary[Gazetteer, _Memo] = weakref.WeakKeyDictionary()
_MEMO_LIMIT = 65_536


def _memo(gazetteer: Gazetteer) -> _Memo:
    memo = _MEMOS.get(gazetteer)
    if memo is None:
        memo = _MEMOS[gazetteer] = _Memo()
    return memo


def _demonym(gazetteer: Gazetteer, memo: _Memo, word: str, folded: str) -> str | None:
    if folded in memo.demonyms:
        return memo.demonyms[folded]
    if len(memo.demonyms) >= _MEMO_LIMIT:
        memo.demonyms.clear()
    code = memo.demonyms[folded] = gazetteer.demonym(word.split()) if word[:1].isalpha() and len(word) > 3 else None
    return code


def _country_named(gazetteer: Gazetteer, memo: _Memo, written: tuple[str, ...]) -> str | None:
    if written not in memo.countries:
        if len(memo.countries) >= _MEMO_LIMIT:
            memo.countries.clear()
        memo.countries[written] = gazetteer.country_named(written)
    return memo.countries[written]


def _weak_places(gazetteer: Gazetteer, memo: _Memo, key: tuple[str, ...]) -> frozenset[str]:
    """The places this name stands for only as an everyday word ("Say", "Airport") or a code."""
    weak = memo.weak.get(key)
    if weak is None:
        strong: set[str] = set()
        every: set[str] = set()
        # The gazetteer marks the everyday words of English and French; those of Portuguese and
        # Spanish ("Uma", "Ataque", "Saúde", "Guerra" are towns too) are read the same way here.
        iberian = max(zipf_frequency(" ".join(key), language, wordlist="small") for language in ("pt", "es")) >= COMMON_ZIPF
        # So are the words of violence themselves, however rare elsewhere ("Tiros", a town in
        # Minas Gerais, heads "Tiros contra delegacia"), and whatever place they once named
        # ("Molotov" of "Molotov cocktails" was Perm's name): unless it is the place's own name.
        violence = len(key) == 1 and key[0] in security_words()
        hits = gazetteer.hits(key)
        # A name that is a country's or a great city's own is frequent as theirs, not as a word: its
        # towns elsewhere are no everyday words either ("Paris", Texas; "Peru", Indiana), and the
        # item's context chooses among them even where capitals say nothing (`_overshadowed`).
        famous = any(
            (h.place.kind == "country" or (h.place.population >= KNOWN_BY_NAME and h.place.kind == "city"))
            and h.name.source == "primary"
            for h in hits
        )
        for hit in hits:
            every.add(hit.place.id)
            # A country's name written with its capital is the country even where capitals say
            # little ("Germany has...", "Iran marchers..."): news names countries far more often
            # than it uses "turkey" or "chad" as words, and the lower-case words never get here.
            # So is its press acronym, which only counts in capitals ("US", "U.S.", "UAE"): "US"
            # in capitals is not "us", even opening a sentence or in "Team USA".
            # A city of half a million is known by its name too, though the name is as frequent
            # as a word ("LONDON:" opening a dateline, "Sydney" a sentence, "طرابلس"); not by
            # another Latin name, often a part or a translation ("Gold" for Gold Coast).
            own = hit.name.source == "primary" or hit.name.script == "Arab"
            known = hit.place.population >= KNOWN_BY_NAME and own
            # ("Nova York" is frequent in Portuguese because New York is: any name of a large city counts)
            everyday = hit.name.common_word or (iberian and hit.name.script == "Latn" and hit.place.population < KNOWN_BY_NAME)
            everyday = everyday or (violence and hit.name.script == "Latn")  # a great city's own name stays `known`
            everyday = everyday and not (famous and hit.name.source == "primary")
            if hit.place.kind == "country" and _word_before_country(key, hit.name.source, hit.place.name):
                continue  # "Grenade attack": the weapon, however the French write Grenada
            if hit.place.kind == "country" or known or (not everyday and not hit.name.capitals_only):
                strong.add(hit.place.id)
        if len(memo.weak) >= _MEMO_LIMIT:
            memo.weak.clear()
        weak = memo.weak[key] = frozenset(every - strong)
    return weak


# A country's other name that English uses far more as a word than it names the country: French
# "Grenade" (Grenada) is the weapon in "Grenade attack in Ganderbal". Zipf in English at least
# EVERYDAY_EXONYM_ZIPF, and EXONYM_MARGIN above the country's own name's. Not "Holland", "Burma".
EVERYDAY_EXONYM_ZIPF = 3.5
EXONYM_MARGIN = 0.5


@cache
def _word_before_country(key: tuple[str, ...], source: str, own: str) -> bool:
    """Whether the name `key` (of `source`) is a country's other name that is rather an everyday
    English word: counted only where capitals say it is a name (see above)."""
    if source in ("primary", "acronym") or len(key) != 1:
        return False
    word = zipf_frequency(key[0], "en", wordlist="small")
    return word >= EVERYDAY_EXONYM_ZIPF and word >= zipf_frequency(fold(own), "en", wordlist="small") + EXONYM_MARGIN


# --- reading the item ---------------------------------------------------------------------------


@dataclass
class _Draft:
    start: int
    end: int
    text: str
    candidates: tuple[GeoPlace, ...]
    country: str | None = None  # the mention is this country's name
    glued: bool = False  # against another capitalised word: part of a name the gazetteer lacks?
    feeble: bool = False  # found only as a code or an everyday word ("API", "PDF")
    attached: str | None = None
    attached_words: str = ""
    dateline: bool = False
    surname: bool = False  # after a capitalised word, one space apart: "Jesse Jackson", "Mahsa Amini"
    attached_state: str | None = None  # "US-OH" of "Lima, Ohio", "Cairo, Ill."
    opening: bool = False  # where capitals say nothing: opening a sentence, in a headline In Title Case


def read_places(gazetteer: Gazetteer, tokens: Tokens, *context: Tokens) -> ItemPlaces:
    """Every place name in `tokens`, each with the candidate the item's context supports, and
    the countries the item is about. `context`: the item's other fields (the summary when
    reading the title): what they say of countries counts, their names are not listed.

    A name counts as the gazetteer writes it (codes in capitals, everyday-word names only
    capitalised) and only when it starts with a capital, as the press writes place names; an
    everyday-word name not at all where capitals say nothing: at the start of a sentence or
    in a headline In Title Case ("Say", "Airport"). The longest name wins: "Palma de
    Mallorca", not "Palma"; "Niger Delta", when the gazetteer knows it, not "Niger".
    """
    return read_item(gazetteer, tokens, *context)[0]


def read_item(gazetteer: Gazetteer, *fields: Tokens) -> tuple[ItemPlaces, ...]:
    """`read_places` of each field of an item (title, summary), each in the context of the
    others, every field scanned once: what the matcher calls for an item.

    Each field is first read alone; then what the others say of countries (their datelines,
    their unambiguous places, their demonyms) joins its own evidence, and it is read again."""
    if len(fields) == 1:
        memo = _memo(gazetteer)
        scans = [_scan(gazetteer, memo, fields[0])]
        _same_person(scans, fields)
        drafts, evidence, rejected = scans[0]
        return (_decide(gazetteer, memo, drafts, evidence, fields[0], rejected),)
    reading = ItemReading(gazetteer, *fields)
    return tuple(reading.field(index) for index in range(len(fields)))


class ItemReading:
    """`read_item`, each field's names chosen only when that field is first asked for: the
    matcher asks for the field that names a watched place, and the other's choices (most often a
    long summary's) are then seldom needed. What the fields say of countries, which each
    field's choices depend on, is read from every field at once, as `read_item` does."""

    def __init__(self, gazetteer: Gazetteer, *fields: Tokens):
        self._gazetteer, self._fields = gazetteer, fields
        self._memo = memo = _memo(gazetteer)
        self._scans = scans = [_scan(gazetteer, memo, tokens) for tokens in fields]
        _same_person(scans, fields)
        # What each field says of countries alone: all the others need of its first reading. Its
        # names are chosen only once, with the others' evidence when they give any.
        self._weighed = [_weighed(drafts) for drafts, _, _ in scans]
        self._alone = [
            _evidence_alone(gazetteer, memo, drafts, list(evidence), tokens, weighed)
            for (drafts, evidence, _), tokens, weighed in zip(scans, fields, self._weighed, strict=True)
        ]
        self._read: dict[int, ItemPlaces] = {}

    def field(self, index: int) -> ItemPlaces:
        """The places of field `index` (0 for the title), in the context of the others."""
        places = self._read.get(index)
        if places is None:
            drafts, evidence, rejected = self._scans[index]
            evidence = list(evidence)
            for other, said in enumerate(self._alone):
                if other != index and drafts:  # a field with no name keeps its own evidence only
                    evidence.extend(Evidence(e.country, e.kind, e.words, states=e.states) for e in said)
            places = self._read[index] = _decide(
                self._gazetteer, self._memo, drafts, evidence, self._fields[index], rejected, self._weighed[index]
            )
        return places


# A site named after a person ("the Mallam Aminu Kano airport", "Modibo Keita International
# Airport", "Amadou Ahidjo Stadium"): the full name is the site's, and says nothing of the person
# elsewhere in the item ("Gunmen attack Kano airport" is still Kano's).
_NAMED_FOR_SOMEONE = frozenset(
    "airport airports international stadium university hospital bridge avenue street road barracks college".split()
)


def _same_person(scans: Sequence[tuple[list[_Draft], list[Evidence], list[Rejection]]], fields: Sequence[Tokens]) -> None:
    """ "Jesse Jackson ... Jackson said": a name the item writes after a first name anywhere is
    that person's name wherever it stands alone, unless the grammar ties it to a country."""
    surnames = {
        tuple(tokens.folded[d.start : d.end])
        for (drafts, _, _), tokens in zip(scans, fields, strict=True)
        for d in drafts
        if d.surname and not (d.end < len(tokens) and tokens.folded[d.end] in _NAMED_FOR_SOMEONE)
    }
    if not surnames:
        return
    for (drafts, _, _), tokens in zip(scans, fields, strict=True):
        for d in drafts:
            if not d.glued and d.country is None and d.attached is None and tuple(tokens.folded[d.start : d.end]) in surnames:
                d.glued = True


def _scan(gazetteer: Gazetteer, memo: _Memo, tokens: Tokens) -> tuple[list[_Draft], list[Evidence], list[Rejection]]:
    """The names and the country evidence of one field, before any choice is made, and the
    names dropped on the way (with why, for `python -m bot places`)."""
    words, folded = tokens.words, tokens.folded
    evidence: list[Evidence] = []
    demonyms: dict[int, str] = {}  # token index -> country
    keys = memo.demonym_keys
    if keys is None:
        # Every demonym, and the last word of those of two words ("african" of "south african",
        # itself no country's): the words a demonym may end with.
        keys = memo.demonym_keys = frozenset(gazetteer.tables.demonyms).union(
            key.rsplit(" ", 1)[-1] for key in gazetteer.tables.demonyms if " " in key
        )
    if not keys.isdisjoint(folded):
        for k in list(compress(range(len(folded)), map(keys.__contains__, folded))):  # the few words that may be demonyms
            word = words[k]
            # "South Sudanese", "sud-soudanaise", "Central African": the two words, not "Sudanese"
            pair = f"{folded[k - 1]} {folded[k]}" if k > 0 and tokens[k].gap in (" ", "-") else ""
            if pair in keys:
                code = _demonym(gazetteer, memo, f"{words[k - 1]} {word}", pair)
                word = f"{words[k - 1]}{tokens[k].gap}{word}"
            else:
                code = _demonym(gazetteer, memo, word, folded[k])  # "Lebanese", "malien": French writes them in lower case
            if code is not None and not _of_a_mission(folded, k):
                evidence.append(Evidence(code, "demonym", word))
                demonyms[k] = code
    _national_bodies(tokens, evidence)
    spans = _find_names(gazetteer, memo, folded, words)
    if not _SHORT_WORDS.keys().isdisjoint(folded):
        spans = _shortened_names(gazetteer, tokens, spans)
    _division_signs(tokens, spans, evidence)
    _state_signs(tokens, evidence)
    unprefixed: dict[int, str] = {}  # an Arabic name's first word without the little words written onto it
    if not tokens.ascii_words and not "".join(folded).isascii() and any(not f.isascii() and is_arabic(f) for f in folded):
        spans = _apart(spans, _arabic_names(gazetteer, memo, folded, unprefixed), unprefixed)
    rejected: list[Rejection] = []
    if not spans:
        return [], evidence, rejected
    careless = _title_case(words)  # capitals say nothing about names here
    shouted: bool | None = None  # "ATTACK IN GAO": no acronym stands out; counted only when a name asks
    drafts: list[_Draft] = []
    for span in spans:
        start, end, places = span
        key = tuple(unprefixed.get(k, folded[k]) for k in range(start, end)) if unprefixed else tuple(folded[start:end])
        if end - start == 1:  # most names: one word, no gap to join
            text = words[start]
        else:
            gaps = [tokens[k].gap for k in range(start + 1, end)]
            text = words[start] + "".join(g + w for g, w in zip(gaps, words[start + 1 : end], strict=True))
        quarter = _quarter_noun_before(tokens, start, careless)
        if quarter is not None:
            # "no Complexo do Salgueiro, em São Gonçalo": a quarter's name, whatever town is so
            # named far off (Salgueiro, Pernambuco), so no sign of where the item is
            rejected.append(Rejection(start, end, text, f"a quarter's name ({quarter}{text}), not a town's"))
            continue
        if tokens[start].sentence_start and _plain_word_village(key, places):
            rejected.append(Rejection(start, end, text, "a plain English word opening a sentence, and only villages' name"))
            continue
        if end - start == 1 and start in demonyms and not any(p.kind == "country" for p in places):
            # "المرصد السوري": the Syrian Observatory, not Surrey (GeoNames gives the town that Arabic
            # name); a people's word is a sign of its country, never a town's name.
            rejected.append(Rejection(start, end, text, f"a people's word (of {demonyms[start]}), not a town's name"))
            continue
        weak = _weak_places(gazetteer, memo, key)
        feeble = False
        if weak:
            first = tokens[start]
            shouting = any(w.isupper() and len(w) > 1 for w in words[max(0, start - 1) : end + 1] if w not in words[start:end])
            against = (start > 0 and words[start - 1][:1].isupper() and first.gap == " ") or (
                end < len(words) and words[end][:1].isupper() and tokens[end].gap == " "
            )  # "Keita International Airport": the word is part of a longer name
            # ... or of a phrase of the words of violence: "Molotov cocktails", "cocktail Molotov"
            phrase = _in_a_security_phrase(folded, start, end)
            if careless or first.sentence_start or shouting or against or phrase:
                places = tuple(p for p in places if p.id not in weak)
                if not places:
                    why = _why_weak(careless, first.sentence_start, shouting, phrase and not against)
                    rejected.append(Rejection(start, end, text, why))
                    continue
            feeble = all(p.id in weak for p in places)  # "API", "PDF": a code alone says little of a country
        dateline = start == 0 and end < len(tokens) and any(mark in tokens[end].gap for mark in _DATELINE_MARKS + ",")
        acronym = not dateline and end - start == 1 and _acronym(words[start])
        if acronym and shouted is None:
            shouted = _shouted(words)
        acronym = acronym and not shouted
        if acronym and not any(p.kind == "country" for p in places):
            # "NATO", "IRS", "EFE": a short word in capitals outside a dateline ("GAO, Mali (AP) -")
            # is an acronym, not a town's name ("Nato", Philippines). An airport's code stays, as
            # feeble as before (`python -m bot places` shows it only in a sentence about flying:
            # `code_outside_flying`).
            airports = tuple(p for p in places if p.kind == "airport")
            if not airports:
                rejected.append(Rejection(start, end, text, "an acronym in capitals, not a town's name"))
                continue
            places = airports
        country = _country_named(gazetteer, memo, key if start in unprefixed else tuple(words[start:end]))
        if country is not None and not any(p.kind == "country" and p.country == country for p in places):
            country = None
        towns = _town_of_division_after(tokens, end, country, places) if country is not None else ()
        if towns:
            # "en Argelia (Cauca)": Colombia's Argelia, a town of Cauca, not Algeria in Spanish
            places, country = towns, None
        division = _division_not_country(tokens, drafts, start, end, country) if country is not None else None
        if division is not None:
            # "Tocache, San Martín", "la provincia de Santa Elena": Peru's region and Ecuador's
            # province, not Saint Martin nor Saint Helena, which Spanish names alike
            rejected.append(Rejection(start, end, text, f"a first-level division of {division} here, not the country"))
            continue
        against = start > 0 and tokens[start - 1].capitalized and tokens[start].gap == " "
        if country is not None and not careless and against and _short_form(gazetteer, key):
            country = None  # "Latin America", "South America": a press short form inside a longer name
        if country is not None and division_noun_after(tokens, start, end, country):
            # "Kontagora, Niger State": a division named like a country (Nigeria's Niger), not the country
            places = tuple(p for p in places if p.kind != "country")
            if not places:
                rejected.append(Rejection(start, end, text, f"a division named like a country ({text} {words[end]})"))
                continue
            country = None
        surname = not careless and country is None and _glued(tokens, start - 1, start)  # glued to the word before
        glued = surname or (not careless and country is None and _glued(tokens, end, end))
        glued = glued or (country is None and _hyphen_goes_on(tokens, start, end))
        opening = careless or tokens[start].sentence_start
        drafts.append(_Draft(start, end, text, places, country, glued, feeble, surname=surname, opening=opening))
    _read_grammar(tokens, drafts, evidence, demonyms)
    return drafts, evidence, rejected


def _town_of_division_after(tokens: Tokens, end: int, country: str, places: Sequence[GeoPlace]) -> tuple[GeoPlace, ...]:
    """The towns of a country's name that an address puts in a first-level division of another
    country: the name, a comma or a bracket, and the division ("Argelia (Cauca)", "Argelia,
    Cauca": Colombia's town, not Algeria, "Argelia" in Spanish), where the gazetteer lists a
    town of that name in that division. The press writes a town so, never a country: a
    country holds provinces, no province holds a country. None without such a town: "Niger,
    Borno" is no address the gazetteer can place."""
    if end >= len(tokens) or tokens[end].gap.strip() not in (",", "(") or not tokens[end].capitalized:
        return ()
    found = division_at(tokens.folded, end)
    if found is None or found[0] == country:
        return ()
    code, size = found
    admin1 = admin1_named(code, [tokens.folded[end : end + size]])
    if admin1 is None:
        return ()
    return tuple(p for p in places if p.kind == "city" and p.country == code and p.admin1 == admin1)


# The nouns of a town's quarters in the press's Romance languages, written before the quarter's
# name ("no bairro Sumaré", "en la colonia Las Margaritas", "dans le quartier Lazaret"), and
# Brazilian Portuguese's nouns of a favela: "morro" (the hill it covers: "Morro do Alemão"),
# "comunidade" (the word officials use for one), "complexo" (a cluster of them: "Complexo da
# Maré"). A name after one names a quarter, not the town of that name elsewhere.
QUARTER_NOUNS = frozenset(
    "bairro bairros barrio barrios colonia colonias quartier quartiers fraccionamiento urbanizacion favela favelas "
    "morro morros comunidade complexo".split()
)
# The links of a quarter's proper name to its own name ("Complexo do Salgueiro", "Favela da
# Rocinha", "Barrio del Carmen", "Quartier des Martyrs"): with the noun capitalised, the words
# are one proper name. After a noun in lower case they may name the town that owns the quarter
# ("una favela do Rio", "un quartier de Bamako"), so they are read only so.
_QUARTER_LINKS = frozenset("do da dos das de del du des".split())
# French writes the noun of a quarter in lower case even in its name ("le quartier de la Croix-
# Rousse", Imprimerie nationale's rule): "au Quartier de Ségou" is a headline's capital, and
# Ségou the town.
_LOWER_CASE_QUARTER_NOUNS = frozenset("quartier quartiers".split())


def _quarter_noun_before(tokens: Tokens, start: int, careless: bool) -> str | None:
    """The noun of a town's quarter (`QUARTER_NOUNS`) a name at `start` is written after, as a
    quarter's own name: right after it ("bairro Sumaré", "quartier Lazaret"), or after it
    capitalised and a link ("Complexo do Salgueiro"), outside a headline in Title Case and not
    opening a sentence: its words up to the name ("Complexo do "), or None."""
    folded = tokens.folded
    k = start - 1
    if k < 0 or (folded[k] not in QUARTER_NOUNS and (careless or folded[k] not in _QUARTER_LINKS)):
        return None  # the word before first, read from the list (most names follow neither)
    if tokens[start].gap != " ":
        return None
    if folded[k] in QUARTER_NOUNS:
        return tokens.words[k] + " "
    if careless or folded[k] not in _QUARTER_LINKS or k < 1 or tokens[k].gap != " ":
        return None
    noun = k - 1
    if folded[noun] not in QUARTER_NOUNS or folded[noun] in _LOWER_CASE_QUARTER_NOUNS:
        return None
    if not tokens[noun].capitalized or tokens[noun].sentence_start:
        return None  # "Bairros da Beira acordam...": the first word's capital is the sentence's
    return f"{tokens.words[noun]} {tokens.words[k]} "


# A country's embassy, consulate or envoy sits in another country: "l'ambassade américaine" in an
# item about Baghdad says nothing of where the item is.
_MISSIONS = frozenset(
    fold(word)
    for word in (
        "embassy embassies ambassade ambassades embajada embajadas embaixada embaixadas consulate consulates consulat "
        "consulats consulado consulados ambassador ambassadors ambassadeur ambassadeurs ambassadrice embajador "
        "embaixador envoy envoys envoye envoyes emissary سفارة السفارة سفارات القنصلية قنصلية السفير سفير"
    ).split()
)


def _of_a_mission(folded: Sequence[str], k: int) -> bool:
    """Whether the demonym at word `k` is a diplomatic mission's, abroad by its nature: "the US
    embassy", "l'ambassade américaine", "the French ambassador", "السفارة الأمريكية"."""
    return (k + 1 < len(folded) and folded[k + 1] in _MISSIONS) or (k > 0 and folded[k - 1] in _MISSIONS)


def _a_missions_country(folded: Sequence[str], start: int, end: int) -> bool:
    """Whether the country named at words `start`..`end` - 1 is a mission's: "the US embassy",
    "l'ambassade des États-Unis", "the embassy of France"."""
    if end < len(folded) and folded[end] in _MISSIONS:
        return True
    k = start - 1
    while k >= 0 and start - k <= 3 and (folded[k] in _LINKS or folded[k] in ("des", "dos", "los")):
        k -= 1
    return k >= 0 and folded[k] in _MISSIONS


def _division_signs(tokens: Tokens, spans: Sequence[NameSpan], evidence: list[Evidence]) -> None:
    """A state, province or region the gazetteer has no town of ("Baléares", "Tasmania") is a
    sign of its country, as a demonym is; a dateline's as strong as a dateline."""
    words, folded = tokens.words, tokens.folded
    if SIGN_STARTS.isdisjoint(folded):
        return  # most fields: no word that starts a division's name
    taken = {k for span in spans for k in range(span.start, span.end)}
    after = 0
    for k in list(compress(range(len(folded)), map(SIGN_STARTS.__contains__, folded))):  # at C speed
        if k < after or k in taken or not words[k][:1].isupper():
            continue
        found = division_sign(folded, k)
        if found is None or taken.intersection(range(k, k + found[1])):
            continue
        after = end = k + found[1]
        dateline = k == 0 and end < len(tokens) and any(mark in tokens[end].gap for mark in _DATELINE_MARKS)
        evidence.append(Evidence(found[0], "dateline" if dateline else "division", " ".join(words[k:end])))


# The police and guards of Portugal and Spain, which no other country has by that name: an item
# that names one is about that country, as a demonym says so ("a GNR deteve dois suspeitos",
# "la Guardia Civil investiga"). The Iberian namesakes of the towns of Latin America and
# Lusophone Africa (Santarém, Lagos, Beira, Mérida, Trujillo, Guadalajara) are reported with them.
# Acronyms count only in capitals; "PSP" (Polícia de Segurança Pública) only in full, as an
# acronym it is also other bodies'.
_NATIONAL_BODIES: Mapping[tuple[str, ...], str] = {
    **{tuple(folded_words(name)): "PT" for name in ("GNR", "Guarda Nacional Republicana", "Polícia de Segurança Pública")},
    **{tuple(folded_words(name)): "ES" for name in ("Guardia Civil", "Mossos d'Esquadra", "Ertzaintza", "Policía Foral")},
}
_BODY_STARTS = frozenset(key[0] for key in _NATIONAL_BODIES)


def _national_bodies(tokens: Tokens, evidence: list[Evidence]) -> None:
    """A police or a guard only one country has (`_NATIONAL_BODIES`), written with its capitals,
    is a sign of that country, as a demonym is."""
    words, folded = tokens.words, tokens.folded
    if _BODY_STARTS.isdisjoint(folded):
        return  # most fields
    for k in [k for k, word in enumerate(folded) if word in _BODY_STARTS]:
        for key, country in _NATIONAL_BODIES.items():
            end = k + len(key)
            if tuple(folded[k:end]) != key or not words[k][:1].isupper():
                continue
            if key == ("gnr",) and not words[k].isupper():
                continue  # an acronym only in capitals
            evidence.append(Evidence(country, "body", " ".join(words[k:end])))
            break


# The press's short forms of a name's first word: "Mt. Juliet" is Mount Juliet, "Ft. Bragg" Fort Bragg.
_SHORT_WORDS = {"mt": "mount", "ft": "fort"}


def _shortened_names(gazetteer: Gazetteer, tokens: Tokens, spans: list[NameSpan]) -> list[NameSpan]:
    """Names written with a short first word ("Mt. Juliet", "Ft. Myers"): the places of the
    name in full, then those of the short form (GeoNames lists a few), over the shorter names
    inside ("Juliet")."""
    words, folded = tokens.words, tokens.folded
    for k in [k for k, word in enumerate(folded[:-1]) if word in _SHORT_WORDS and words[k][:1].isupper()]:
        for size in (3, 2, 1):
            end = k + 1 + size
            if end > len(words) or not all(w[:1].isupper() for w in words[k + 1 : end]):
                continue
            rest = tuple(folded[k + 1 : end])
            places = gazetteer.lookup((_SHORT_WORDS[folded[k]], *rest)) + gazetteer.lookup((folded[k], *rest))
            if places:
                unique = tuple({p.id: p for p in places}.values())
                spans = [span for span in spans if span.end <= k or span.start >= end] + [NameSpan(k, end, unique)]
                break
    return sorted(spans, key=lambda span: span.start)


PLAIN_ZIPF = 4.0  # an English word this frequent ("Farmers", "Voters", "Grants") opening a sentence is the word


def _in_a_security_phrase(folded: Sequence[str], start: int, end: int) -> bool:
    """Whether the words `start`..`end` - 1, themselves a word of the bundled vocabulary, stand
    beside another of its words ("Molotov cocktails", "coquetéis molotov"): a phrase of violence
    the name is part of."""
    words = security_words()
    if end - start != 1 or folded[start] not in words:
        return False
    return (start > 0 and folded[start - 1] in words) or (end < len(folded) and folded[end] in words)


def _plain_word_village(key: tuple[str, ...], places: Sequence[GeoPlace]) -> bool:
    """A one-word name that is also a frequent English word and only villages' name: opening a
    sentence, the word ("Farmers from Konduga...", "Voters in ..."), not a hamlet in Texas."""
    if len(key) != 1 or not places or any(p.kind != "city" or p.population >= SMALL for p in places):
        return False
    return zipf_frequency(key[0], "en", wordlist="small") >= PLAIN_ZIPF


def _state_signs(tokens: Tokens, evidence: list[Evidence]) -> None:
    """The states and counties of the United States a field names ("Ohio", "Lamar County"): signs
    of the country, and of the states whose towns its names mean (`bot.geo.local`)."""
    counties = counties_in(tokens)
    for start, end, code in states_in(tokens, counties):
        evidence.append(Evidence("US", "division", " ".join(tokens.words[start:end]), states=frozenset({f"US-{code}"})))
    for start, end, codes in counties:
        states = frozenset(f"US-{code}" for code in codes)
        evidence.append(Evidence("US", "county", " ".join(tokens.words[start:end]), states=states))


def _shouted(words: Sequence[str]) -> bool:
    """Whether most of a field's longer words are in capitals ("ATTACK IN GAO"): then no
    acronym stands out. Counted only for a field with a short word in capitals that names a place."""
    # the words longer than one letter, then the alphabetic ones: at C speed, every word being read
    long_words = list(filter(str.isalpha, compress(words, map((1).__lt__, map(len, words)))))
    return sum(map(str.isupper, long_words)) * 2 > len(long_words)


def _why_weak(careless: bool, sentence_start: bool, shouting: bool, phrase: bool = False) -> str:
    """Why an everyday-word name or a code was not read as a place, in the order `_scan` tests."""
    if careless:
        where = "in a headline In Title Case, where capitals say nothing"
    elif sentence_start:
        where = "at the start of a sentence, where capitals say nothing"
    elif shouting:
        where = "beside words in capitals, where capitals say nothing"
    elif phrase:
        return "a word of a phrase of violence (a weapon, a deed), not a place"
    else:
        where = "against another capitalised word: part of a longer name"
    return f"an everyday word or a code {where}"


def _find_names(gazetteer: Gazetteer, memo: _Memo, folded: Sequence[str], words: Sequence[str]) -> list[NameSpan]:
    """`Gazetteer.find_names`, tried only at capitalised words that start a name: news writes
    place names with a capital, and most of an item's words then cost one memo probe
    ("the" is also an airport code, "say" a town: looking at them is what costs)."""
    spans: list[NameSpan] = []
    longest, single = memo.longest, memo.single
    after = 0  # the first word not inside a name found
    for i in compress(range(len(words)), map(str.isupper, map(_first_letter, words))):  # the capitalised words
        if i < after:
            continue
        size = longest.get(folded[i])
        if size is None:
            lengths = gazetteer.lengths_after(folded[i])
            if len(longest) >= _MEMO_LIMIT:
                longest.clear()
            size = longest[folded[i]] = max(lengths, default=0)
        if size == 1:
            places = single.get(words[i])
            if places is None:
                alone = _name_at(gazetteer, folded, words, i)
                if len(single) >= _MEMO_LIMIT:
                    single.clear()
                places = single[words[i]] = alone.places if alone else ()
            if places:
                spans.append(NameSpan(i, i + 1, places))
        elif size:
            # What `_name_at` finds here depends on these words as written alone (their folded
            # forms follow from them): news repeats "New York", "South Sudan", "Port Sudan".
            window = tuple(words[i : i + size])
            if window in memo.longer:
                known = memo.longer[window]
            else:
                longer = _name_at(gazetteer, folded, words, i)
                if len(memo.longer) >= _MEMO_LIMIT:
                    memo.longer.clear()
                known = memo.longer[window] = (longer.end - i, longer.places) if longer is not None else None
            if known is not None:
                spans.append(NameSpan(i, i + known[0], known[1]))
                after = i + known[0]
    return spans


_first_letter = itemgetter(0)  # of a word, which is never empty


def _arabic_names(gazetteer: Gazetteer, memo: _Memo, folded: Sequence[str], unprefixed: dict[int, str]) -> list[NameSpan]:
    """The place names written in Arabic script, which has no capitals to say where a name
    starts: every Arabic word is tried, as written and without the conjunction, preposition or
    article written onto it ("بلبنان" is "لبنان"); a name the gazetteer knows only as an
    everyday word ("عدن", Eden) is no place here, a country's name always is. `unprefixed`
    receives the reading taken at each span's first word."""
    spans: list[NameSpan] = []
    after = 0
    for i, word in enumerate(folded):
        if i < after or word.isascii() or not is_arabic(word):
            continue
        for form in (word, *readings(word, 3)):
            size = memo.longest.get(form)
            if size is None:
                if len(memo.longest) >= _MEMO_LIMIT:
                    memo.longest.clear()
                size = memo.longest[form] = max(gazetteer.lengths_after(form), default=0)
            if not size:
                continue
            local = folded if form == word else [*folded[:i], form, *folded[i + 1 :]]
            span = _name_at(gazetteer, local, None, i)
            if span is None:
                continue
            weak = _weak_places(gazetteer, memo, tuple(local[span.start : span.end]))
            places = tuple(p for p in span.places if p.id not in weak)
            if places:
                spans.append(NameSpan(span.start, span.end, places))
                unprefixed[i] = form
                after = span.end
                break
    return spans


def _apart(spans: list[NameSpan], arabic: list[NameSpan], unprefixed: dict[int, str]) -> list[NameSpan]:
    """The names of both readings in order, the leftmost and then longest where they overlap: an
    Arabic word glued onto a Latin name ("وPort Sudan") is read by both ("Port Sudan" and "Sudan"),
    and overlapping names once had the grammar read past the last word. A dropped Arabic name's
    first word is read as written again (`unprefixed`)."""
    found: list[NameSpan] = []
    read_unprefixed = set(map(id, arabic))
    for span in sorted(spans + arabic, key=lambda span: (span.start, -span.end)):
        if found and span.start < found[-1].end:
            if id(span) in read_unprefixed:
                del unprefixed[span.start]
            continue
        found.append(span)
    return found


def _name_at(gazetteer: Gazetteer, folded: Sequence[str], words: Sequence[str] | None, i: int) -> NameSpan | None:
    """The longest name starting at word i, as `Gazetteer.find_names` finds it there, without
    reading the words after it for names of their own (its loop, for one position)."""
    key_id = gazetteer._key_id(folded[i])
    lengths = gazetteer._key_lengths
    mask = lengths[key_id] if key_id >= 0 else 0
    found: NameSpan | None = None
    size, n = 1, len(folded)
    while mask:
        if mask & 1 << (size - 1):
            places = gazetteer._places_as_written(key_id, words, i, size, regions=True)  # "the Sahel", "Europe"
            if places:
                found = NameSpan(i, i + size, places)
        if not mask >> size or i + size >= n:
            break
        key_id = gazetteer._key_id(" ".join(folded[i : i + size + 1]))
        mask = lengths[key_id] if key_id >= 0 else 0
        size += 1
    return found


def _title_case(words: Sequence[str]) -> bool:
    """A headline In Title Case or ALL CAPS: no ordinary word in lower case after the first.
    (A short headline of names, "Insurgents attack Palma, Cabo Delgado", still has its verb.)"""
    long = 0
    for w in words[1:]:
        if len(w) >= 4:
            if w[0].islower():
                return False
            long += w[0].isalpha()
    return long >= 2


def _glued(tokens: Tokens, neighbour: int, gap_of: int) -> bool:
    """ "Cabo Delgado", "Gao Feng": a capitalised word right against the name, one space apart."""
    if not 0 <= neighbour < len(tokens) or gap_of >= len(tokens) or not tokens.words[neighbour][:1].isupper():
        return False  # the capital first, read from the list: most neighbours have none
    word = tokens[neighbour]
    return (
        word.capitalized
        and not (neighbour < gap_of and word.sentence_start)
        and tokens[gap_of].gap == " "
        and word.folded not in _SITE_WORDS
        and word.folded not in _SITE_FILLERS
    )


# Words of flying by their folded beginnings, English, French, Portuguese, Spanish: an airport
# code read alone counts only in a sentence about flying ("CBS", "CEO" are also airports).
_FLYING_STEMS = (
    "airport airfield airstrip airbase flight flew flying runway plane aircraft airliner airline aviation airspace "
    "helicopter takeoff aeroport aerodrom aerogare avion aerien atterriss decoll helicopt aviao avioes aeroporto "
    "aeronave aeropuerto vuelo aterriz despeg"
).split()
_FLYING_WORDS = frozenset("fly flies jet jets vol vols voo voos terminal landing landed piste pista".split())


def code_outside_flying(item_places: ItemPlaces, mention: Mention) -> bool:
    """Whether a mention is an airport read by its code alone ("CBS", "CEO", "PKK") in a
    sentence with no word of flying: an acronym more likely than the airport, as the matcher
    counts a code it was not given."""
    tokens, chosen = item_places.tokens, mention.chosen
    if tokens is None or chosen is None or chosen.kind != "airport" or mention.end_token - mention.start_token != 1:
        return False
    code = _acronym(mention.text) and mention.text in (chosen.iata, chosen.icao)
    return code and not _about_flying(tokens, mention.start_token)


def _acronym(word: str) -> bool:
    return 2 <= len(word) <= 5 and word.isupper() and word.isalpha()


def _about_flying(tokens: Tokens, index: int) -> bool:
    """Whether the sentence of word `index` has a word of flying ("flights", "aéroport", "voos")."""
    first, last = sentence_bounds(tokens, index, index)
    words = [tokens.folded[k] for k in range(first, last) if k != index]
    return any(w in _FLYING_WORDS or w.startswith(tuple(_FLYING_STEMS)) for w in words)


def _short_form(gazetteer: Gazetteer, key: tuple[str, ...]) -> bool:
    """A country's name only as a press short form ("America", "Burkina"), no country's own name."""
    hits = [hit for hit in gazetteer.hits(key) if hit.place.kind == "country"]
    return bool(hits) and all(hit.name.source == "short" for hit in hits)


def _hyphen_goes_on(tokens: Tokens, start: int, end: int) -> bool:
    """ "Mar-a-Lago": a name inside a chain of three words or more joined by hyphens, another of
    them capitalised ("Mar-a", a Syrian village; "Lago", a Portuguese one), is part of a longer
    name, in any headline. ("Russia-Ukraine" and "Tripoli-based" are a name and a word.)"""
    if not tokens.text_holds("-"):
        return False  # no hyphen in the field at all (most): no chain, no Token made
    first, last = start, end
    while first > 0 and tokens[first].gap == "-":
        first -= 1
    while last < len(tokens) and tokens[last].gap == "-":
        last += 1
    outside = [*range(first, start), *range(end, last)]
    return last - first >= 3 and any(tokens[k].capitalized for k in outside)


def _division_not_country(tokens: Tokens, drafts: Sequence[_Draft], start: int, end: int, country: str) -> str | None:
    """The country whose first-level division (ISO 3166-2) the country's name at words
    `start`..`end` names, where the grammar makes it that division: a noun of a division before
    it ("la provincia de Santa Elena", "en la región San Martín"), or a town of that country
    before it and a comma ("Tocache, San Martín"). Languages name another country alike: Spanish
    "San Martín" is Saint Martin, "Santa Elena" Saint Helena. None otherwise."""
    division = division_at(tokens.folded, start)
    if division is None or division[1] != end - start:
        return None
    code, folded = division[0], tokens.folded
    before = start - 1
    if before >= 1 and folded[before] in _DIVISION_NOUN_LINKS and tokens[before].gap == " ":
        before -= 1
    if before >= 0 and folded[before] in _DIVISION_NOUNS_BEFORE and not tokens[start].sentence_start:
        return code
    town = drafts[-1] if drafts else None
    if town is None or town.country is not None or not 0 <= start - town.end <= 3 or "," not in tokens[town.end].gap:
        return None
    if any(tokens[k].sentence_start for k in range(town.end, start + 1)):
        return None
    if not all(folded[k] in _LINKS or folded[k] in _DIVISION_NOUNS_BEFORE for k in range(town.end, start)):
        return None
    return code if _in_the_division_not_the_country(town.candidates, code, country) else None


def _in_the_division_not_the_country(candidates: Sequence[GeoPlace], division_country: str, country: str) -> bool:
    """Whether a town written before a country's name lies in the division of that name rather
    than in the country: the gazetteer has it in the division's country ("Tocache, San Martín":
    Peru's), and not in the country named ("Saint-Denis, La Réunion" is Réunion's, not France's
    region)."""
    if any(p.country == country for p in candidates):
        return False
    return any(p.country == division_country for p in candidates)


# Brazil's states by their two letters (ISO 3166-2:BR), which the Brazilian press writes in
# brackets after a town's name ("Esmeraldas (MG)", "Tabatinga (SP)"). Not those that are also a
# US state's or a Canadian province's postal code or a news agency ("Springfield (MA)", "KABUL
# (AP)"): AL, AP, MA, MS, MT, PA, PE, PR, SC.
BRAZILIAN_STATE_CODES = frozenset("AC AM BA CE DF ES GO MG PB PI RJ RN RO RR RS SE SP TO".split())


def _brazilian_state_after(tokens: Tokens, k: int) -> bool:
    """Whether word `k` is a Brazilian state's two letters in brackets right after a name:
    "Esmeraldas (MG)". Only in capitals, the bracket closed right after."""
    # the word first, read from the list: most names are followed by no state's letters, and
    # the gap needs the word's Token made
    if k >= len(tokens) or tokens.words[k] not in BRAZILIAN_STATE_CODES or tokens[k].gap.strip() != "(":
        return False
    return k + 1 == len(tokens) or tokens[k + 1].gap.lstrip().startswith(")")


@cache
def _brazilian_state(letters: str) -> str | None:
    """GeoNames' first-level code of the Brazilian state of these ISO letters ("CE": "06"), by
    the state's ISO 3166-2 name in the admin1 table; None when the table lacks it."""
    names = [key for key, codes in iso_division_codes().items() if ("BR", letters) in codes]
    return admin1_named("BR", [tuple(name.split()) for name in names]) if names else None


def _brazilian_state_of(draft: _Draft, tokens: Tokens) -> str | None:
    """The Brazilian state ("BR-06") that two capitals in brackets after a town's name tie it to,
    "" when the state's code is unknown, None when the brackets tie it to none. Only where the
    gazetteer has a Brazilian town of that name in that state (in Brazil, when the state's code is
    unknown): the letters are also other countries' ISO codes and other states' ("Valencia (ES)",
    "Lyon (RS)", Mexico's "Iztapalapa (DF)"), after a town Brazil has none of."""
    if not _brazilian_state_after(tokens, draft.end):
        return None
    code = _brazilian_state(tokens.words[draft.end])
    state = "" if code is None else f"BR-{code}"
    if any(p.country == "BR" and (not state or f"BR-{p.admin1}" == state) for p in draft.candidates):
        return state
    return None


def _read_grammar(tokens: Tokens, drafts: list[_Draft], evidence: list[Evidence], demonyms: dict[int, str]) -> None:
    """Ties between names the grammar makes: "Tripoli, Lebanon", "Tripoli (Liban)", "Tripoli,
    in northern Lebanon", "Lebanon's Tripoli", "the Lebanese city of Tripoli"; a dateline."""
    folded, words = tokens.folded, tokens.words
    for index, draft in enumerate(drafts):
        if draft.country is not None:
            if not _a_missions_country(folded, draft.start, draft.end):
                evidence.append(Evidence(draft.country, "named", draft.text, index))
            continue
        after = drafts[index + 1] if index + 1 < len(drafts) else None
        if (
            after is not None
            and after.country is not None
            and _ties_after(tokens, draft.end, after.start)
            and not ("," in tokens[draft.end].gap and _possessive_after(tokens, after.end))
            and not _attackers_of(tokens, draft.start, draft.end, after.start)
        ):
            province = _country_named_as_province(tokens, draft, after)
            if province is None:
                draft.attached, draft.attached_words = after.country, f"{draft.text}, {after.text}"
            elif province:
                draft.attached, draft.attached_words = province, f"{draft.text}, {after.text}"
        brazilian = _brazilian_state_of(draft, tokens) if draft.attached is None else None
        if brazilian is not None:
            # "Esmeraldas (MG)", "Cascavel (CE)": the Brazilian press's state after a town's name,
            # the town of that state (GeoNames' code of it, when the table knows it)
            draft.attached, draft.attached_words = "BR", f"{draft.text} ({words[draft.end]})"
            draft.attached_state = brazilian or None
        if draft.attached is not None or draft.glued:
            continue  # "Brazil's Luiz Inácio Lula": a name against another capitalised word is no place's
        before = drafts[index - 1] if index > 0 else None
        if before is not None and before.country is not None:
            between = range(before.end, draft.start)
            possessive = (
                len(between) >= 1
                and folded[before.end] == "s"
                and tokens[before.end].gap in _APOSTROPHES
                and all(folded[k] in _QUALIFIERS or folded[k] in _LINKS for k in between[1:])
                and len(between) <= 5
            )
            if possessive:
                draft.attached, draft.attached_words = before.country, f"{before.text}'s {draft.text}"
        if draft.attached is None and draft.end < len(tokens) and "," in tokens[draft.end].gap:
            # "Lima, Ohio", "Bagdad, en Arizona": GeoNames lists towns, not the states that place them
            at = draft.end + 1 if folded[draft.end] in _LOCATIVES else draft.end
            region = division_at(folded, at) if at < len(tokens) and words[at][:1].isupper() else None
            if region is None and at < len(tokens) and words[at][:1].isupper():  # "Cairo, Ill.", "Paris, Ont."
                window = range(at, min(at + 5, len(tokens)))
                region = abbreviated_division_at(words[at : at + 5], folded[at : at + 5], [tokens[k].gap for k in window], 0)
            if region is not None:
                state = state_at(tokens, at) or abbreviation_at(tokens, at)
                draft.attached = region[0]
                named = tuple(folded[at : at + region[1]])
                if state is not None and region[0] == "US":
                    draft.attached_state = f"US-{state[1]}"
                elif (held := _division_holding(draft.candidates, named, region[0])) is not None:
                    draft.attached, draft.attached_state = held  # "Tuxpan, Michoacán", "Trujillo, Valle": that state's town
                else:  # no town of that name there: the state still says where the item is
                    draft.attached_state = _admin1_state(region[0], named)
                draft.attached_words = f"{draft.text}, {' '.join(words[draft.end : at + region[1]])}"
                continue
            shared = shared_division_at(folded, at) if at < len(tokens) and words[at][:1].isupper() else None
            inside = [p.country for p in draft.candidates if shared is not None and p.country in shared[0]]
            if shared is not None and inside:
                # "Jalalabad, Punjab": India's or Pakistan's, whichever has a town so named
                draft.attached = inside[0]
                draft.attached_words = f"{draft.text}, {' '.join(words[draft.end : at + shared[1]])}"
                continue
            # "Tripoli, la capitale libyenne", "Tripoli, the Libyan capital": a demonym in apposition,
            # with a word for a place ("Berlin, the Malaysian" is a person).
            k = draft.end
            while k < len(tokens) and k - draft.end < 4 and (folded[k] in _QUALIFIERS or folded[k] in _LINKS):
                k += 1
            between = range(draft.end + 1, min(k + 1, len(tokens)))
            joined = all(not tokens[m].sentence_start and "," not in tokens[m].gap for m in between)
            placed = any(folded[m] in _PLACE_NOUNS for m in range(draft.end, min(k + 2, len(tokens))))
            if k < len(tokens) and k in demonyms and k > draft.end and joined and placed and not _peoples_division(tokens, k):
                draft.attached = demonyms[k]
                draft.attached_words = f"{draft.text}, {' '.join(words[draft.end : k + 1])}"
        if draft.attached is None and not tokens[draft.start].sentence_start:
            # "the Lebanese port city of Tripoli", "la ville libanaise de Tripoli": a demonym and a
            # word for a place a few grammar words before.
            k = draft.start - 1
            while k >= 0 and draft.start - k <= 4 and (folded[k] in _QUALIFIERS or folded[k] in _LINKS):
                k -= 1
            joined = all(not tokens[m].sentence_start and "," not in tokens[m].gap for m in range(k + 1, draft.start + 1))
            placed = any(folded[m] in _PLACE_NOUNS for m in range(max(0, k - 1), draft.start))  # not "the Malaysian Berlin"
            if k >= 0 and k in demonyms and joined and placed:
                draft.attached, draft.attached_words = demonyms[k], f"{words[k]} {draft.text}"
    if drafts and drafts[0].start == 0 and len(tokens) > drafts[0].end:
        # A dateline: "BEIRUT, Lebanon (AP) —", "GOMA (Reuters) -", "Goma :", "Tripoli, Liban -".
        first = drafts[0]
        gap = tokens[first.end].gap
        follow = first.end
        if "," in gap and len(drafts) > 1 and drafts[1].start == first.end and drafts[1].country is not None:
            follow = drafts[1].end
            gap = tokens[follow].gap if follow < len(tokens) else ""
        mark = gap.strip()[:1]
        # "GOMA (Reuters) -", "Goma :", "TRIPOLI — ": not "Tripoli-based" nor "Tripoli's".
        if mark and mark in _DATELINE_MARKS and (mark != "-" or gap != mark):
            first.dateline = True


def _admin1_state(country: str, words: Sequence[str]) -> str | None:
    """ "MX-30" of "Tuxpan, Veracruz": the country and GeoNames' first-level division a name after
    a town's comma is (`admin1_named`), the code the gazetteer files its towns under, so that the
    town of that state is chosen over a namesake of another state of the same country ("Tuxpan,
    Nayarit" is not Michoacán's Tuxpan); None when the table knows no such division."""
    code = admin1_named(country, [tuple(words)])
    return f"{country}-{code}" if code is not None else None


def _division_holding(candidates: Sequence[GeoPlace], words: tuple[str, ...], country: str) -> tuple[str, str] | None:
    """The country and state ("MX", "MX-16") of the candidate town that lies in the first-level
    division these words name after it, or None: "Tuxpan, Michoacán" is Michoacán's Tuxpan, not
    Jalisco's, the most populous; "Trujillo, Valle" is the Trujillo of Colombia's Valle del Cauca,
    the press's short form, not Honduras's, which lies in Colón though Honduras has a department
    called Valle. The division's country (`division_at`'s) first, by its name or a near spelling;
    then another country's division whose name is these words or begins with them."""
    for own in (True, False):
        for place in candidates:
            if (place.country == country) != own or place.kind != "city" or not place.admin1:
                continue
            if own and admin1_named(country, [words]) == place.admin1:
                return place.country, f"{place.country}-{place.admin1}"
            if place.admin1 in admin1_begun(place.country, words):
                return place.country, f"{place.country}-{place.admin1}"
    return None


# A division named after a people, the demonym before a word for a division and no "of" after:
# "Kebri Dehar, in the Somali region", "Semera, the capital of the Afar region" are Ethiopia's,
# not Somalia's; "the Congolese province of North Kivu" is still the Congo's.
_DIVISION_NOUNS = frozenset("region state province zone regional".split())


def _country_named_as_province(tokens: Tokens, draft: _Draft, country: _Draft) -> str | None:
    """When the country's name after a place is a first-level division's instead: the code of
    the division's country where the gazetteer has a town of the place's name ("Tocache, San
    Martín": Peru's region, not Saint Martin), "" when a noun makes it a division of no country
    said ("Kontagora, Niger State"), else None: the country it names."""
    end = country.end
    if division_noun_after(tokens, country.start, end, country.country):
        return ""
    if any(p.country == country.country for p in draft.candidates):
        return None  # "Saint-Denis, La Réunion": a town of the country named, not of France's region
    homes = {p.country for p in draft.candidates}
    if len(homes) == 1 and admin1_named(next(iter(homes)), [tuple(tokens.folded[country.start : end])]) is not None:
        return next(iter(homes))  # "Bida, Niger": Nigeria's Niger State, where the only Bida is
    division = division_at(tokens.folded, country.start)
    if division is None or division[1] != end - country.start or division[0] == country.country:
        return None
    named = country.country or ""
    return division[0] if _in_the_division_not_the_country(draft.candidates, division[0], named) else None


def _peoples_division(tokens: Tokens, k: int) -> bool:
    """Whether the demonym at word `k` names a division after its people (see above)."""
    after = k + 1
    if after >= len(tokens) or tokens.folded[after] not in _DIVISION_NOUNS or tokens[after].gap != " ":
        return False
    return after + 1 >= len(tokens) or tokens.folded[after + 1] not in ("of", "de", "du", "d")


def _possessive_after(tokens: Tokens, index: int) -> bool:
    """Whether a country's name ending before word `index` is a possessive ("near Kidal, China's
    embassy said"): after a comma, the next clause's subject, not the country of the name before
    it; after "in" it still places the name ("Palma in Mozambique's Cabo Delgado province")."""
    return index < len(tokens) and tokens.folded[index] == "s" and tokens[index].gap in _APOSTROPHES


# The people who attack a place, before "of"/"de" and its name: "les assaillants de Ménaka au
# Niger" are chased into Niger; the country after the name goes with them, not with the name.
_ATTACKERS = frozenset("attackers assailants raiders assaillants agresseurs atacantes agressores asaltantes".split())


def _attackers_of(tokens: Tokens, start: int, end: int, country_start: int) -> bool:
    """Whether the name at words `start`..`end` (exclusive) follows a noun of its attackers and
    "of" ("les assaillants de Ménaka au Niger") with no comma before the country after it."""
    if start < 2 or "," in tokens[end].gap or "(" in tokens[end].gap or country_start - end > 2:
        return False
    link = tokens.folded[start - 1]
    return link in ("of", "de", "d", "du", "da", "do", "del") and tokens.folded[start - 2] in _ATTACKERS


def _ties_after(tokens: Tokens, end: int, country_start: int) -> bool:
    """ "X, Lebanon", "X (Liban)", "X, in northern Lebanon", "X au Liban", "X, the capital of
    Libya", "X bazaar, western Nepal": the words between a name and the country after it only
    tie the two (a word for a part of the place may come first)."""
    parts = end
    while parts < country_start and parts - end < 2 and tokens.folded[parts] in _PLACE_PARTS and tokens[parts].gap == " ":
        parts += 1
    if parts > end and parts < country_start and "," in tokens[parts].gap:
        end = parts
    gap = tokens[end].gap
    if country_start == end:
        return ("," in gap or "(" in gap) and not tokens[end].sentence_start
    between = range(end, country_start)
    if len(between) > 4 or any(tokens[k].sentence_start for k in range(end, country_start + 1)):
        return False
    if not all(tokens.folded[k] in _LINKS or tokens.folded[k] in _QUALIFIERS for k in between):
        return False
    return tokens.folded[end] in _LOCATIVES or "," in gap


def _decide(
    gazetteer: Gazetteer,
    memo: _Memo,
    drafts: list[_Draft],
    evidence: list[Evidence],
    tokens: Tokens,
    rejected: Sequence[Rejection] = (),
    weighed: _Weighed | None = None,
) -> ItemPlaces:
    """Country evidence from unambiguous names, then a choice for each name, then the dateline.
    `weighed`: the drafts' `_weighed`, when the caller has it."""
    points = _weigh(drafts, evidence, weighed)
    names: dict[str, str] = {}

    def country_name(code: str) -> str:
        if code not in names:
            names[code] = _country_name(gazetteer, memo, code)
        return names[code]

    mentions: list[Mention] = []
    for index, draft in enumerate(drafts):
        mentions.append(_choose(index, draft, points, evidence, country_name, _dwarfed(gazetteer, memo, tokens, draft)))
    _date(drafts, [mention.chosen for mention in mentions], evidence)
    totals: dict[str, float] = {}
    for e in evidence:
        totals[e.country] = totals.get(e.country, 0.0) + e.weight
    for code in totals:
        country_name(code)
    return ItemPlaces(tuple(mentions), totals, tuple(evidence), names, tokens, tuple(rejected))


def _evidence_alone(
    gazetteer: Gazetteer,
    memo: _Memo,
    drafts: list[_Draft],
    evidence: list[Evidence],
    tokens: Tokens,
    weighed: _Weighed | None = None,
) -> list[Evidence]:
    """The evidence `_decide` would end with for a field read alone: what the item's other
    fields need of it. Only a dateline's name is chosen (its choice speaks for the item); the
    other names' choices say nothing of countries, so they are not made."""
    points = _weigh(drafts, evidence, weighed)

    def country_name(code: str) -> str:
        return _country_name(gazetteer, memo, code)

    chosen = [
        _choose(k, d, points, evidence, country_name, _dwarfed(gazetteer, memo, tokens, d)).chosen if d.dateline else None
        for k, d in enumerate(drafts)
    ]
    _date(drafts, chosen, evidence)
    return evidence


_Weighed = tuple[list["Evidence"], list["_Point"]]  # `_weighed`


def _weighed(drafts: Sequence[_Draft]) -> _Weighed:
    """`_weigh` on no evidence: what the names say (the same whatever else a field is read with)
    and the points, worked out once for a field read alone and then with the other fields."""
    evidence: list[Evidence] = []
    return evidence, _weigh(drafts, evidence)


def _weigh(drafts: Sequence[_Draft], evidence: list[Evidence], weighed: _Weighed | None = None) -> list[_Point]:
    """Adds to `evidence` what unambiguous names say of countries; returns the candidates'
    points that the names' choices compare. `weighed`: the drafts' `_weighed`, taken as it is."""
    if weighed is not None:
        evidence.extend(weighed[0])
        return weighed[1]
    for index, draft in enumerate(drafts):
        if draft.country is not None:
            continue
        if draft.attached is not None:
            evidence.append(Evidence(draft.attached, "named", draft.attached_words, index))
            continue
        if draft.glued or draft.feeble or draft.candidates[0].kind == "region":
            continue  # no evidence of a country ("Europe", "the Sahel": several)
        first = draft.candidates[0].country
        if all(p.country == first for p in draft.candidates):
            sizable = max(p.population for p in draft.candidates) >= SMALL or draft.candidates[0].kind == "airport"
            kind = "place" if sizable else "village"
            evidence.append(Evidence(first, kind, draft.text, index, _one_state(draft.candidates)))
        elif _unrivalled(draft.candidates):
            evidence.append(Evidence(first, "populous", draft.text, index))
    return [
        (k, p.id, p.lat, p.lon, d.text)
        for k, d in enumerate(drafts)
        if d.country is None and not d.glued  # "Dana Eden": part of a person's name, near nothing
        for p in d.candidates[:PROXIMITY_CANDIDATES]
        if not math.isnan(p.lat) and p.kind != "region"  # a region's centroid is near nothing in particular
    ]


def _one_state(candidates: Sequence[GeoPlace]) -> frozenset[str]:
    """The state all these places of one country lie in ("Longmeadow": Massachusetts), if one."""
    first = candidates[0]
    if first.admin1 is None or first.kind != "city" or any(p.admin1 != first.admin1 for p in candidates):
        return frozenset()
    return frozenset({f"{first.country}-{first.admin1}"})


def _date(drafts: Sequence[_Draft], chosen: Sequence[GeoPlace | None], evidence: list[Evidence]) -> None:
    """The dateline's own reading came from the rest of the item; now it speaks for the item."""
    for index, draft in enumerate(drafts):
        place = chosen[index]
        if draft.dateline and place is not None:
            evidence[:] = [e for e in evidence if e.mention != index]
            evidence.append(Evidence(place.country, "dateline", draft.text, index))


def _country_name(gazetteer: Gazetteer, memo: _Memo, code: str) -> str:
    """A country's name for reasons, or its code when the gazetteer has no such country."""
    name = memo.country_names.get(code)
    if name is None:
        place = gazetteer.country(code)
        name = memo.country_names[code] = place.name if place is not None else code
    return name


def _unrivalled(candidates: Sequence[GeoPlace]) -> bool:
    """A populous place no other of its name comes near in size: "Beirut", "Goma"."""
    top = candidates[0]
    if top.population < POPULOUS:
        return False
    return all(p.population < RIVAL_SHARE * top.population or _same_place(p, top) for p in candidates[1:])


def _same_place(a: GeoPlace, b: GeoPlace) -> bool:
    if a.country != b.country:
        return False
    if math.isnan(a.lat) or math.isnan(b.lat):
        return a.kind == "country" or b.kind == "country"
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


_Point = tuple[int, str, float, float, str]  # a candidate of a name: (its draft, id, lat, lon, the name)


def _choose(
    index: int,
    draft: _Draft,
    points: Sequence[_Point],
    evidence: Sequence[Evidence],
    name_of: Callable[[str], str],
    dwarfed: frozenset[str] = frozenset(),
) -> Mention:
    """The candidate the item supports: tied to a country by grammar, in a country the item is
    about, near another place it names, else the first (the gazetteer's order: own names
    before other spellings, the most populous first). Glued as its draft is."""
    candidates = draft.candidates
    count = len(candidates)
    base = (draft.start, draft.end, draft.text, candidates)
    if draft.country is not None:
        town = _local_namesake(index, draft, evidence, points)
        if town is not None:
            why = f"{draft.text}: the town of {town.admin1}, {name_of(town.country)}, in a county the item names"
            return Mention(*base, town, why, "context", glued=draft.glued)
        chosen = next(p for p in candidates if p.kind == "country" and p.country == draft.country)
        return Mention(*base, chosen, f"{draft.text}: the country", "country", glued=draft.glued)
    if draft.attached is not None:
        inside = [p for p in candidates if p.country == draft.attached]
        if draft.attached_state is not None:  # "Springfield, Ohio": Ohio's first
            inside.sort(key=lambda p: f"{p.country}-{p.admin1}" != draft.attached_state)
            if draft.attached_state.startswith("BR-"):
                # "Cascavel (CE)": only Ceará's, never the larger one of another state
                inside = [p for p in inside if f"{p.country}-{p.admin1}" == draft.attached_state]
        tie = draft.attached_words
        state = draft.attached_state
        if inside:
            return Mention(
                *base, inside[0], f"{draft.text}: {tie}", "attached", draft.attached, tie, glued=draft.glued, attached_state=state
            )
        why = f"{draft.text}: {tie}, where the gazetteer knows no place so named"
        return Mention(*base, None, why, "attached", draft.attached, tie, glued=draft.glued, attached_state=state)
    if count == 1:
        return Mention(*base, candidates[0], f"{draft.text}: the only place so named", "only", glued=draft.glued)
    if candidates[0].kind == "region":  # "Sahel": the region, not a village of its name
        return Mention(*base, candidates[0], f"{draft.text}: the region", "only", glued=draft.glued)
    weights: dict[str, float] = {}
    sources: dict[str, list[str]] = {}
    states: dict[str, float] = {}  # "US-OH" -> the share of the item's evidence pointing there
    state_sources: dict[str, list[str]] = {}
    near_weights: dict[str, float] = {}  # what says more than the country: its divisions, a dateline
    for e in evidence:
        if e.mention != index:
            weights[e.country] = weights.get(e.country, 0.0) + e.weight
            sources.setdefault(e.country, []).append(e.words)
            if e.kind in _SUBCOUNTRY:
                near_weights[e.country] = near_weights.get(e.country, 0.0) + e.weight
            for state in e.states:
                states[state] = states.get(state, 0.0) + 1.0 / len(e.states)
                state_sources.setdefault(state, []).append(e.words)
    best_score, best, best_reason, best_basis = 0.0, candidates[0], "", "population"
    # Another name of the item, not this one again: "Dubai ... Dubai airport" must not choose two
    # villages of that name beside each other over the city.
    own = draft.text.casefold()
    anchors = [point for point in points if point[0] != index and point[4].casefold() != own]
    for rank, place in enumerate(candidates):
        # Only a place the item's countries speak for can have borrowed its name: asked only then.
        score = weights.get(place.country, 0.0)
        if score and (place.id in dwarfed or _borrowed(place, candidates)):
            score = 0.0
        elif score and draft.opening and _overshadowed(place, candidates):
            score = near_weights.get(place.country, 0.0)  # "Perth ... Perth and Kinross": Scotland's
        reason, basis = "", "context"
        if score:
            said = ", ".join(dict.fromkeys(sources[place.country]))
            reason = f"the item is about {name_of(place.country)} ({said})"
        state = f"{place.country}-{place.admin1}" if states else ""  # most items name no state
        if state in states:
            # A state named, a county of it, a town only it has: the namesake there, whatever
            # the country borrowed ("Cairo ... Grady County" is Georgia's Cairo).
            score += STATE_WEIGHT * states[state]
            said = f"in the state of {place.admin1} ({', '.join(dict.fromkeys(state_sources[state]))})"
            reason = f"{reason}, {said}" if reason else said
        # Beyond the most populous few, a namesake the item's countries or states speak for ("Richmond",
        # North Yorkshire, beside Catterick) is still measured.
        if (rank < PROXIMITY_CANDIDATES or score) and anchors and not math.isnan(place.lat):
            near = _nearest(place, anchors)
            if near is not None:
                score += 1.0
                if not reason:
                    reason, basis = f"nearest to {near}, named in the item", "near"
                else:
                    reason += f", near {near}"
        if score > best_score:
            best_score, best, best_reason, best_basis = score, place, reason, basis
    if best_score == 0.0:
        return Mention(
            *base, candidates[0], f"{draft.text}: most populous of {count} places so named", "population", glued=draft.glued
        )
    return Mention(
        *base, best, f"{draft.text}: {best_reason}", "context" if best_basis == "context" else "near", glued=draft.glued
    )


def _local_namesake(index: int, draft: _Draft, evidence: Sequence[Evidence], points: Sequence[_Point]) -> GeoPlace | None:
    """A town named after a country, in an item about a county of its state, where nothing else
    speaks of the country: "Peru ... Miami County" (Indiana), "Norway ... Oxford County" (Maine).
    A county is local news; a country's name there is the county's neighbour, not the country.
    Its state must be clear: a county only it has, the state named, or a town of the item near."""
    if not any(e.kind == "county" for e in evidence):
        return None  # no county: no local item
    counties: set[str] = set()
    states: dict[str, float] = {}
    for e in evidence:
        if e.mention == index:
            continue
        if e.country == draft.country and draft.text not in e.words:
            return None  # "Lebanese troops", "Beirut": the country after all
        if e.kind == "county":
            counties |= e.states
        for state in e.states:
            states[state] = states.get(state, 0.0) + 1.0 / len(e.states)
    towns = [p for p in draft.candidates if p.kind == "city" and f"{p.country}-{p.admin1}" in counties]
    anchors = [point for point in points if point[0] != index and point[4] != draft.text]
    clear = [p for p in towns if states[f"{p.country}-{p.admin1}"] >= 1.0 or _nearest(p, anchors) is not None]
    return max(clear, key=lambda p: states[f"{p.country}-{p.admin1}"], default=None)


_SUBCOUNTRY = frozenset({"division", "county", "dateline"})
OVERSHADOWED_SHARE = 10  # a namesake this many times smaller than a great city abroad: `_overshadowed`


def _overshadowed(place: GeoPlace, candidates: Sequence[GeoPlace]) -> bool:
    """A town named like a great city abroad, known the world over by that name and ten times
    its size or more ("Rome", Georgia; "London", Ohio), where capitals say nothing: opening
    "Rome summit: US and EU leaders..." the name is the great city's, whatever country the item
    names; a state or county of the town's, the grammar or a place named near it still make it
    the town ("Rome firefighters ... Cave Spring, Ga.")."""
    biggest = max(candidates, key=lambda p: p.population)
    return (
        biggest.kind == "city"
        and biggest.country != place.country
        and biggest.population >= KNOWN_BY_NAME
        and place.population * OVERSHADOWED_SHARE < biggest.population
    )


def _borrowed(place: GeoPlace, candidates: Sequence[GeoPlace]) -> bool:
    """A town named after a far larger city abroad, in a country with several towns of that
    name ("Athens", Georgia; "Geneva", Illinois; "Milan", Tennessee): an item about its country
    does not make the name its own, since the country borrowed the name many times over; the
    grammar ("Athens, Georgia"), a dateline or a place named near it still can."""
    biggest = max(candidates, key=lambda p: p.population)
    if biggest.country == place.country or place.population * BORROWED_SHARE > biggest.population:
        return False
    if sum(p.country == place.country and p.kind == "city" for p in candidates) < BORROWED_NAMESAKES:
        return False
    return not _near(place, biggest, BORROWED_KM)  # "Jalalabad" in Punjab is a name of the region, not a borrowing


def _dwarfed(gazetteer: Gazetteer, memo: _Memo, tokens: Tokens, draft: _Draft) -> frozenset[str]:
    """The candidates this name is only another spelling of, beside a city whose own name it is,
    known the world over and a hundredfold larger ("Kabul" is also an old spelling of Cabool,
    Missouri): an item that names the small place's country ("13 US troops killed at Kabul
    airport") does not make the name its own; the grammar, a dateline or a place near it can."""
    candidates = draft.candidates
    if len(candidates) < 2 or max(p.population for p in candidates) < KNOWN_BY_NAME:
        return frozenset()
    dwarfing = _dwarfing(gazetteer, memo, tuple(tokens.folded[draft.start : draft.end]))
    if dwarfing is None:
        return frozenset()
    largest, own, country = dwarfing
    return frozenset(
        p.id for p in candidates if p.id not in own and p.population * DWARFED_SHARE < largest and p.country != country
    )


_Dwarfing = tuple[int, frozenset[str], str]  # the largest city's population, the name's own places' ids, its country


def _dwarfing(gazetteer: Gazetteer, memo: _Memo, key: tuple[str, ...]) -> _Dwarfing | None:
    """What `_dwarfed` needs of the gazetteer's places for a name, whatever the item: the cities
    known the world over by it as their own name, if any. Remembered: the gazetteer's hits for a
    name are a dozen records decoded, and a city's name comes back item after item."""
    if key in memo.dwarfing:
        return memo.dwarfing[key]
    hits = gazetteer.hits(key)
    owners = [
        h.place for h in hits if h.name.source == "primary" and h.place.kind == "city" and h.place.population >= KNOWN_BY_NAME
    ]
    found: _Dwarfing | None = None
    if owners:
        own = frozenset(h.place.id for h in hits if h.name.source == "primary")
        found = (max(p.population for p in owners), own, owners[0].country)
    if len(memo.dwarfing) >= _MEMO_LIMIT:
        memo.dwarfing.clear()
    memo.dwarfing[key] = found
    return found


def _nearest(place: GeoPlace, anchors: Sequence[_Point]) -> str | None:
    """Another name of the item one of whose places lies within NEAR_KM of this one."""
    reach = NEAR_KM / 111.0  # degrees of latitude: a cheap test before the great circle
    lat, lon = place.lat, place.lon
    for _, other_id, other_lat, other_lon, text in anchors:
        if abs(other_lat - lat) <= reach and other_id != place.id and distance_km(lat, lon, other_lat, other_lon) <= NEAR_KM:
            return text
    return None


# --- questions the matcher asks -----------------------------------------------------------------


def means_elsewhere(item_places: ItemPlaces, mention_span: tuple[int, int], watched: GeoPlace) -> str | None:
    """Why the name at tokens `mention_span` (start, end exclusive) means another place than the
    watched one, or None when the item supports the watched place or says nothing either way.

    Only a clear sign turns a name away, since missing an attack costs more than a stray alert:
    the country tied to the name by grammar ("Tripoli, Lebanon", "Lebanon's Tripoli"), a longer
    name that is another place ("Palma de Mallorca"), or an item about another country (its
    dateline, its country names, its demonyms) and not about the watched place's country.
    """
    start, end = mention_span
    found = [(k, m) for k, m in enumerate(item_places.mentions) if m.start_token < end and start < m.end_token]
    if not found:
        return None
    index, mention = found[0]
    chosen = mention.chosen
    longer = mention.start_token < start or mention.end_token > end
    if longer and chosen is not None and chosen.kind == "country" and watched.kind != "country":
        return f"part of the name {mention.text}, a country"  # "Guinea-Bissau" is not Bissau
    if watched.kind == "city" and mention.start_token == start and mention.end_token == end:
        state = _state_of_a_town(item_places, mention, watched)
        if state is not None:
            return f"a state or province here, not the city ({state})"
        site = _with_anothers_site(item_places, mention, watched)
        if site is not None:
            return f"named only with another place's site ({site})"
    if watched.kind != "country":  # "Pemba", or "Pemba airport", in Zanzibar
        inside = (
            _placed_in(item_places, mention, watched)
            or _division_abroad(item_places, mention, watched)
            or _town_abroad(item_places, mention, watched)
        )
        if inside is not None:
            return f"{INSIDE_ANOTHER} ({inside})"
    if chosen is not None and _same_place(chosen, watched):
        return None
    state = _namesakes_state(item_places, index, mention.text, chosen, watched) if not longer else None
    if state is not None and fold(mention.text) not in fold(state):  # "el estado de Michoacán": the watched state itself
        return f"a place of the same name elsewhere ({mention.text}, {state})"
    if longer:
        # A town of its own that the gazetteer knows by the longer name is another place beyond
        # a city's reach ("Tarrafal de São Nicolau", 157 km from Tarrafal); a longer name of
        # another kind near the watched place may still be its own (an area, a district).
        reach = SAME_PLACE_KM if chosen is not None and chosen.kind == "city" and watched.kind == "city" else NEAR_KM
        if chosen is None or _near(chosen, watched, reach):
            return None
        if any(_same_place(p, watched) for p in mention.candidates):
            return None
        if chosen.kind == "region":
            return f"part of the name {mention.text}, a region"  # "Gulf of Guinea" is not Guinea
        return f"part of the name {mention.text}, a place in {_name(item_places, chosen.country)}"
    if mention.basis == "attached" and mention.attached is not None:
        # Near the watched place, only a town of the same name across a border ("Nogales,
        # Arizona" beside Sonora's Nogales) is another place: the item says which side.
        if chosen is not None and _near(chosen, watched) and chosen.country == watched.country:
            return None
        if mention.attached == watched.country:
            # the watched country's, unless tied to another of its states: "Springfield, Ohio" of
            # a watched Springfield in Illinois, "Valença (RJ)" of Bahia's
            other_state = mention.attached_state is not None and watched.kind == "city" and watched.admin1 is not None
            if not other_state or mention.attached_state == f"{watched.country}-{watched.admin1}":
                return None
        return f"a place of the same name elsewhere ({mention.tie})"
    supported = _only_namesake_supported(item_places, index, mention, watched)
    if supported is not None:
        return f"{SUPPORTED_NAMESAKE} ({supported})"
    if mention.basis != "context" or chosen is None or chosen.country == watched.country or _near(chosen, watched):
        return None
    weights = item_places.countries_without(index)
    if weights.get(watched.country, 0.0) > 0.0:
        return None  # the item is about the watched place's country too: do not turn away
    if weights.get(chosen.country, 0.0) < WEIGHTS["demonym"]:
        return None  # a hint, not a sign
    return f"a place of the same name elsewhere ({mention.why.split(': ', 1)[-1]})"


def _words_of_name(written: Sequence[str], name: Sequence[str]) -> bool:
    """Whether the folded words `written` are the whole folded name `name` or a run of its words
    ("caxias" of "duque de caxias", "vitoria" of "vitoria de santo antao"): how the press
    shortens a long name, not another name GeoNames keeps for the place ("São Gonçalo", Araripina's
    old name)."""
    size = len(written)
    return size > 0 and any(list(name[k : k + size]) == list(written) for k in range(len(name) - size + 1))


def _namesakes_state(item_places: ItemPlaces, index: int, written: str, chosen: GeoPlace | None, watched: GeoPlace) -> str | None:
    """The words naming another state of the watched place's own country, where the item placed
    the namesake it chose, far from the watched town: "Cascavel (CE)", "Tabatinga, no interior de
    São Paulo" (Ceará's, São Paulo's, not Paraná's or Amazonas' town). A country is no sign (it
    is the watched place's too); its state, which nothing in the item gives the watched town, is.
    None when unsure, and when the name `written` is the watched place's own name and only
    another name of the namesake's (GeoNames' alternate names: Araripina was São Gonçalo once),
    which the press seldom writes for it). A name that is words of the namesake's own is its short
    form, which the press does write: "Caxias" for Duque de Caxias, "Vitória" for Vitória de Santo
    Antão."""
    if (
        chosen is None
        or chosen.kind != "city"
        or chosen.country != watched.country
        or not chosen.admin1
        or chosen.admin1 == watched.admin1
        or _near(chosen, watched)
    ):
        return None
    own = folded_words(written)
    if own == folded_words(watched.name) and not _words_of_name(own, folded_words(chosen.name)):
        return None
    theirs, ours = f"{chosen.country}-{chosen.admin1}", f"{watched.country}-{watched.admin1}"
    said = [e.words for e in item_places.evidence if e.mention != index and theirs in e.states]
    if not said or any(ours in e.states for e in item_places.evidence if e.mention != index):
        return None
    return said[0]


# The reason `means_elsewhere` gives a name the gazetteer knows only far from the watched place,
# in the country the item is about and near another place it names: that place throughout the item.
SUPPORTED_NAMESAKE = "the gazetteer's place of this name, where the item is"


def _only_namesake_supported(item_places: ItemPlaces, index: int, mention: Mention, watched: GeoPlace) -> str | None:
    """Why a name whose every place in the gazetteer lies far from the watched one, in another
    country (the watched place is a `coords:` point, or was typed under another name), means the
    gazetteer's place: the rest of the item is about that place's country (a demonym at least)
    and names a town near it, and says nothing of the watched place's country ("Saudi police ...
    the town of Shaqra, north-west of Riyadh": not Yemen's Shaqra). None otherwise: a name
    alone, or with nothing around it, is still the watched place, since missing an attack costs
    more than a stray alert."""
    chosen = mention.chosen
    if chosen is None or chosen.kind != "city" or mention.basis not in ("only", "population", "near"):
        return None
    if chosen.country == watched.country or any(_near(p, watched) for p in mention.candidates):
        return None
    weights = item_places.countries_without(index)
    if weights.get(watched.country, 0.0) > 0.0 or weights.get(chosen.country, 0.0) < WEIGHTS["demonym"]:
        return None
    for other in item_places.mentions:
        place = other.chosen
        if other.text == mention.text or other.glued or place is None or place.kind != "city" or _near(place, watched):
            continue
        if _near(place, chosen):
            return f"{mention.text}, {_name(item_places, chosen.country)}, near {other.text}"
    return None


# The reason `means_elsewhere` gives a name placed inside another place: the name is that place
# throughout the item, as one tied to another country is.
INSIDE_ANOTHER = "a place of the same name elsewhere, inside another place the item names"
# "Jalalabad in Shahjahanpur district", "Malakal harbour in Koror, Palau", "Delmas dans le
# Mpumalanga": a name placed by grammar inside another place the item names.
_INSIDE = frozenset("in dans em en".split())
_BESIDE = frozenset("near outside".split())  # "Kabul near Acre": beside a town, so near it
_REGION_WORDS = frozenset("region province state governorate prefecture county".split())  # "in Gedo region"
_PLACE_PARTS = frozenset(
    "harbour harbor port town village district area neighbourhood neighborhood suburb township quarter camp settlement "
    "market bazaar quartier village commune bairro barrio airport airstrip airfield".split()
)


def _placed_in(item_places: ItemPlaces, mention: Mention, watched: GeoPlace) -> str | None:
    """The words that place a name inside another city or town the item names, far from the
    watched place and none of its namesakes near it ("Jalalabad in Shahjahanpur"), or None."""
    tokens = item_places.tokens
    if tokens is None:
        return None
    folded, n = tokens.folded, len(tokens)
    k = mention.end_token
    while k < n and k - mention.end_token < 2 and folded[k] in _PLACE_PARTS and tokens[k].gap == " ":
        k += 1
    owner = _owning_city(item_places, mention, watched) if k > mention.end_token else None
    if owner is not None:  # "Karachi's Quetta Town"
        return f"{owner} {' '.join(tokens.words[mention.start_token : k])}"
    beside_it = k + 1 < n and folded[k] in _BESIDE and tokens[k].gap == " " and tokens[k + 1].gap == " "
    if beside_it:
        return _beside_far(item_places, mention, watched, k + 1)
    if k + 1 >= n or folded[k] not in _INSIDE or tokens[k].gap != " " or tokens[k + 1].gap != " ":
        return None
    region = division_at(folded, k + 1) if tokens[k + 1].capitalized else None
    if region is not None and region[0] != watched.country:  # "Timbuctoo settlement in New Jersey"
        if _division_reaches(item_places, k + 1, region[0], watched):
            return None  # "Kiunga in Lamu county", watched by coordinates just across the border
        return " ".join(tokens.words[mention.start_token : k + 1 + region[1]])
    if region is not None:
        after = k + 1 + region[1]
    else:  # "Haditha in Anbar province": the name's own words, then the noun of a division
        named = item_places.at(k + 1)
        after = named.end_token if named is not None and named.start_token == k + 1 else k + 2
    if after < n and folded[after] in _REGION_WORDS:
        return None  # "Baardheere in Gedo region": its own country's division, not a town elsewhere so named
    other = item_places.at(k + 1)
    if other is None or other.start_token != k + 1 or other.glued or other.chosen is None:
        return None
    if _own_admin1(watched, folded[k + 1 : other.end_token]):
        return None  # "Habban in Shabwa": the watched town's own governorate, though a town elsewhere bears its name
    place = other.chosen
    if place.kind not in ("city", "airport") or math.isnan(place.lat) or _near(place, watched):
        return None
    if any(_near(p, watched) for p in other.candidates):
        return None
    where = other.tie or other.text
    return f"{' '.join(tokens.words[mention.start_token : k + 1])} {where}"


# How far a first-level division or a county reaches from the place of its name (its seat, or
# the gazetteer's point for it): the Horn's and the Sahel's counties and provinces are wide
# (Kenya's Lamu county runs 130 km up the coast from Lamu town).
DIVISION_REACH_KM = 150.0


def _division_reaches(item_places: ItemPlaces, start: int, country: str, watched: GeoPlace) -> bool:
    """Whether the division of `country` named at `start` may hold the watched place: the item's
    place of that name in that country (its seat, or the division itself) lies within
    DIVISION_REACH_KM of it. A watched place given by coordinates by a border may fall in the
    next country; the item that puts it in the nearby county of this one puts it where it is,
    not in a namesake elsewhere ("Kiunga in Lamu", "... dans le comté de Lamu", whatever the
    words after it). Nothing known of the division's place: it reaches nothing."""
    named = item_places.at(start)
    if named is None or named.start_token != start:
        return False
    places = (named.chosen, *named.candidates) if named.chosen is not None else named.candidates
    return any(p.country == country and _near(p, watched, DIVISION_REACH_KM) for p in places)


def _own_admin1(watched: GeoPlace, words: Sequence[str]) -> bool:
    """Whether these folded words name the watched town's own first-level division, as GeoNames
    names it (`admin1_table`, spelt nearly so: "Shabwa" for Shabwah): where the town is, not a
    town elsewhere of the division's name."""
    return bool(watched.admin1) and bool(words) and admin1_named(watched.country, [tuple(words)]) == watched.admin1


# "Cornillon, dans le Gard", "Kayes, in the Bouenza department", "Malindi (Unguja)": a division
# of any level written right after a name, by a comma or "in", with its noun or an article.
_DIVISION_LOCATIVES = frozenset("in dans en au no na em".split())
_DIVISION_ARTICLES = frozenset("the le la l les o".split())
_DIVISION_NOUNS_BEFORE = frozenset(
    "department departement departamento county comte condado district province provincia state etat estado "
    "region regiao prefecture"
    # the nouns of the other levels and of the other languages: "no distrito de Faro", "en el
    # municipio de Tetecala", "no concelho de Loulé", "in the Amhara zone", "the governorate of"
    " distrito municipio municipality municipalite concelho zone zona governorate gouvernorat".split()
)
_DIVISION_NOUN_LINKS = frozenset("of de du d des do da del".split())
# The part of a division a town lies in, between the locative and the division: "Manga, no norte
# de Minas Gerais", "Léré, dans le nord du Cher", "Pala, in northern Kerala".
_DIVISION_PARTS = frozenset(
    "north south east west northern southern eastern western central northeastern northwestern southeastern "
    "southwestern nord sud est ouest centre norte sul leste oeste este nordeste noroeste sudeste sudoeste centro "
    "interior interieur".split()
)
# The noun of the name's own level between it and the comma: "Bama county, Guangxi", "Gaoyou
# district, Jiangsu": the name is a county or a district of that division.
_OWN_LEVEL_NOUNS = frozenset("county district prefecture municipality township".split())
DIVISION_WORDS = 8  # the name, its comma or "in", a noun and an article, a division of up to four words


def _division_abroad(item_places: ItemPlaces, mention: Mention, watched: GeoPlace) -> str | None:
    """The words that place a name in a division (a state, a county, a département: any level
    ISO 3166-2 lists) that only other countries than the watched place's have, or None: the
    name is a namesake there ("Un homme tué à Cornillon, dans le Gard": France's, not Haiti's).

    The division must follow the name by a comma or "in" (with a noun, "in the Gard
    department", "dans le département du Gard"); a bare comma before the name of a sizeable town
    is a list ("attacks in Kayes, Kaolack and Tambacounda"), and a division whose name is also a
    town near the watched place is that town."""
    tokens = item_places.tokens
    if tokens is None:
        return None
    folded, n = tokens.folded, len(tokens)
    k = mention.end_token
    if k + 1 < n and folded[k] in _OWN_LEVEL_NOUNS and tokens[k].gap == " " and tokens[k + 1].gap.strip() == ",":
        k += 1  # "Bama county, Guangxi"
    if k >= n:
        return None
    gap = tokens[k].gap.strip()
    locative = folded[k] in _DIVISION_LOCATIVES and tokens[k].word[:1].islower()
    if gap in (",", "("):
        pass
    elif not (gap == "" and locative):
        return None
    j = k + 1 if locative else k
    while j < n and j - k < 5 and tokens[j].word[:1].islower() and (
        folded[j] in _DIVISION_ARTICLES
        or folded[j] in _DIVISION_NOUNS_BEFORE
        or folded[j] in _DIVISION_NOUN_LINKS
        or (folded[j] in _DIVISION_PARTS and j > k)
    ):
        j += 1
    if j >= n or any(tokens[i].gap.strip() not in ("", "'", "’") for i in range(k + 1, j + 1)):
        return None
    found = division_named_at(tokens, j)
    if found is None:
        return None
    size, codes = found
    parts = any(folded[i] in _DIVISION_PARTS for i in range(k, j))
    if watched.country in codes and (parts or not _another_province(tokens, j, size, mention, watched)):
        return None  # "Tibú, en el norte de Santander": the part may be a division of its own
    codes = codes if watched.country not in codes else frozenset((watched.country,))
    everyday = size == 1 and any(zipf_frequency(folded[j], lang, wordlist="small") >= EVERYDAY_ZIPF for lang in ("en", "fr"))
    if parts and not _namesake_in_country(mention, codes):
        return None  # "no norte de ...": loose words, which need the gazetteer's namesake there
    if everyday and not (
        (
            watched.population >= SURE_TOWN
            or _namesake_in_province(mention, admin1_named(watched.country, [folded[j : j + size]]), watched)
        )
        if codes == {watched.country}
        else _namesake_in_country(mention, codes)
    ):
        # "dans le Plateau central", "in the Delta": a word, or a longer name of the place's own;
        # but "Léré, dans le Cher" where the gazetteer has a Léré in France is that Léré
        return None
    if j + size < n and tokens[j + size].gap == " " and folded[j + size] in _QUALIFIERS:
        return None  # "Plateau Central", "Nord-Ouest": part of a longer name the list lacks
    if j + size < n and tokens[j + size].gap == "-":
        return None  # "dans le Mayo-Rey": the first word of a longer hyphenated name (Cameroon's), not Ireland's Mayo
    other = item_places.at(j)
    if other is not None and other.chosen is not None:
        if other.chosen.kind == "country" or any(_near(p, watched) for p in other.candidates):
            return None
        bare = j == k and not (j + size < n and folded[j + size] in _DIVISION_NOUNS_BEFORE)
        if (
            bare
            and other.chosen.kind == "city"
            and other.chosen.population >= SMALL
            and not _namesake_in_division(tokens, mention, j + size, codes)
        ):
            return None  # a list of towns, one named like a division elsewhere
    where = " ".join(tokens.words[mention.start_token : j + size])
    names = ", ".join(item_places.country_names.get(code) or country_name(code) for code in sorted(codes))
    return f"{where}: a division of {names}"


_LIST_WORDS = frozenset("and or et ou e y".split())


# Verbs a government's seat takes as the subject after a comma, as a source: "..., Pretoria said".
_SOURCE_VERBS = frozenset(
    "said says told confirmed announced condemned dit annonce indique condamne disse anunciou informou condenou dijo "
    "anuncio informo condeno".split()
)


def _town_abroad(item_places: ItemPlaces, mention: Mention, watched: GeoPlace) -> str | None:
    """The words that place a watched town's name in another country by an address: the name,
    a comma and a town of that country far from the watched one, maybe with its division's noun
    ("Sinja, Jumla district", "Pala, Kottayam"), in an item whose other words speak for that
    country (its name, a dateline, a demonym, a division: "Nepali media", "Kerala police") and
    nothing but the name itself for the watched town's. The gazetteer need not list the
    namesake: GeoNames leaves out many villages. None for a list of towns ("in Kita, Dakar and
    Abidjan"), a town near the watched one, or a city known by its name."""
    tokens = item_places.tokens
    if tokens is None or watched.population >= KNOWN_BY_NAME:
        return None
    k, n = mention.end_token, len(tokens)
    if k >= n or tokens[k].gap.strip() not in (",", "("):
        return None
    other = item_places.at(k)
    if other is None or other.start_token != k or other.glued or other.chosen is None:
        return None
    town = other.chosen
    if town.kind != "city" or math.isnan(town.lat) or town.country == watched.country:
        return None
    if any(_near(p, watched) for p in other.candidates):
        return None
    start, after = mention.start_token, other.end_token
    if start > 0 and "," in tokens[start].gap and tokens[start - 1].capitalized:
        return None  # "Dakar, Kita, Abidjan": a list
    if after < n and tokens[after].gap == " " and tokens.folded[after] in _SOURCE_VERBS:
        return None  # "near Macomia, Pretoria said": the government that speaks, not an address
    while after < n and tokens[after].gap == " " and tokens.folded[after] in _OWN_LEVEL_NOUNS | _DIVISION_NOUNS_BEFORE:
        after += 1  # "Jumla district"
    if after < n and tokens[after].capitalized and ("," in tokens[after].gap or tokens[after].gap == " "):
        return None  # "Kita, Dakar, Abidjan"
    if after + 1 < n and tokens.folded[after] in _LIST_WORDS and tokens[after + 1].capitalized:
        return None  # "Kita, Dakar and Abidjan"
    own, mentions = fold(mention.text), item_places.mentions
    theirs = 0.0
    for evidence in item_places.evidence:
        said = mentions[evidence.mention] if evidence.mention is not None and evidence.mention < len(mentions) else None
        if fold(evidence.words) == own or (said is not None and fold(said.text) == own):
            continue  # the name itself, or its heading ("Pala: police probe ...")
        if evidence.country == watched.country:
            return None
        if evidence.country == town.country and said is not other and fold(evidence.words) != fold(other.text):
            theirs += evidence.weight
    if theirs < WEIGHTS["demonym"]:
        return None
    return f"{' '.join(tokens.words[mention.start_token : k])}, {' '.join(tokens.words[k:after])}"


def _another_province(tokens: Tokens, start: int, size: int, mention: Mention, watched: GeoPlace) -> bool:
    """Whether the division written at words `start`..`start + size` is another first-level
    division of the watched town's own country than the one GeoNames puts it in ("Kombolcha, in
    Oromia's East Hararghe zone": not Amhara's Kombolcha), and no namesake the gazetteer lists
    lies near the watched town: a namesake of the same country, maybe one GeoNames leaves out."""
    if not watched.admin1 or any(_near(p, watched) and not _same_place(p, watched) for p in mention.candidates):
        return False
    after = start + size
    if after < len(tokens) and not tokens[after].gap.strip() and tokens.folded[after] not in _PROVINCE_NOUNS:
        return False  # "in the Oromia special zone (of Amhara)": an area named after it, maybe elsewhere
    if watched.admin1 not in {known for _, known in admin1_names(watched.country)}:
        return False  # the town's division is newer than the table's (Angola's Cubango): no comparing
    code = admin1_named(watched.country, [tokens.folded[start : start + size]])
    if code is None or code == watched.admin1 or code in admin1_kin(watched.country, watched.admin1):
        return False  # the town's own, or one split from it or it from ("Taoudéni, région de Tombouctou")
    if any(p.country == watched.country and p.admin1 == code and _near(p, watched) for p in mention.candidates):
        return False  # GeoNames files the town twice, once in the division named ("Al Fula, West Kordofan")
    home = {watched.admin1, *admin1_kin(watched.country, watched.admin1)}
    for k in range(len(tokens)):  # the watched town's own province named too: the item's words are loose
        own = division_named_at(tokens, k) if tokens[k].capitalized else None
        if (
            own is not None
            and watched.country in own[1]
            and admin1_named(watched.country, [tokens.folded[k : k + own[0]]]) in home
        ):
            return False
    return True


# The nouns of a first-level division after its name: "in Oromia region", "dans la région de Ségou".
_PROVINCE_NOUNS = frozenset("region regional state province governorate department".split())


def _namesake_in_country(mention: Mention, codes: frozenset[str]) -> bool:
    """Whether the gazetteer has a town of the mention's name in one of the countries `codes`:
    a division named after it that is also an everyday word ("Cher", "Var") places it there."""
    return any(p.kind == "city" and p.country in codes for p in mention.candidates)


def _namesake_in_province(mention: Mention, code: str | None, watched: GeoPlace) -> bool:
    """Whether the gazetteer has a town of the mention's name, not the watched one, in the
    watched town's country's first-level division `code`: what another province of that country
    whose name is an everyday word needs to place the name there. "Ngouri, province du Lac" of a
    Ngouri watched in southern Chad is no namesake the gazetteer knows, only a word ("lac", a
    lake) the watched name may as well be written with: when unsure, send. A province of a rarer
    word ("Kombolcha, in Oromia's East Hararghe zone") places a namesake GeoNames leaves out."""
    return code is not None and any(
        p.kind == "city" and p.country == watched.country and p.admin1 == code and not _same_place(p, watched)
        for p in mention.candidates
    )


def _namesake_in_division(tokens: Tokens, mention: Mention, after: int, codes: frozenset[str]) -> bool:
    """Whether a name and the division after its comma (ending before word `after`) are one
    address, not two items of a list: the gazetteer has a place of the name in the division's
    country, and no other name is listed before the name or after the division ("en Trujillo,
    Cáceres, durante las fiestas", "cerca de Escuintla, Chiapas, en el sur de México"; not
    "attacks in Dakar, Kayes, Kaolack and Tambacounda")."""
    if not any(p.kind == "city" and p.country in codes for p in mention.candidates):
        return False
    start = mention.start_token
    if start > 0 and "," in tokens[start].gap and tokens[start - 1].capitalized:
        return False  # "Dakar, Kayes, ...": a list before it
    n = len(tokens)
    if (
        after < n
        and tokens[after].capitalized
        and ("," in tokens[after].gap or (tokens[after].gap == " " and tokens.folded[after] not in _LIST_WORDS))
    ):
        return False  # "Kayes, Kaolack, Tambacounda"
    # not "Kayes, Kaolack and Tambacounda"
    return not (after + 1 < n and tokens.folded[after] in _LIST_WORDS and tokens[after + 1].capitalized)


def _state_of_a_town(item_places: ItemPlaces, mention: Mention, watched: GeoPlace) -> str | None:
    """ "Spokane, Washington", "Buffalo, New York": the words where a watched city's name, also
    a first-level division's, follows a town of that division and a comma, so names the state
    that places the town, or None. Only where the town's division and the state's can be
    compared letter for letter (GeoNames writes a US town's state as ISO does: "WA"); elsewhere
    a list of places ("Bandiagara, Mopti") may be what the comma makes, and the alert stands."""
    tokens = item_places.tokens
    k = mention.start_token
    if tokens is None or k == 0 or "," not in tokens[k].gap or tokens[k].sentence_start:
        return None
    division = division_code(tokens.folded[k : mention.end_token])
    if division is None or not division[1].isalpha():
        return None
    town = item_places.at(k - 1)
    if town is None or town.end_token != k or town.glued or town is mention:
        return None
    if any(_same_place(p, watched) for p in town.candidates):
        return None
    if not any(p.kind == "city" and (p.country, p.admin1) == division for p in town.candidates):
        return None
    return " ".join(tokens.words[town.start_token : mention.end_token])


# Words that join two names as one modifier of the noun after them: "Kabul and Dubai airport".
_AND = frozenset("and or".split())


def _with_anothers_site(item_places: ItemPlaces, mention: Mention, watched: GeoPlace) -> str | None:
    """ "Kabul and Dubai airport staff strike": the words where a watched city is the first of
    two names joined before one site word, in the singular, that belongs to the second, a place
    far from it, or None. The site is the other place's: the watched city is named only to
    share a noun phrase with it, no scene of its own ("the airports of Kabul and Herat", plural,
    are both)."""
    tokens = item_places.tokens
    k = mention.end_token
    if tokens is None or k + 2 >= len(tokens) or tokens.folded[k] not in _AND or tokens[k].gap != " ":
        return None
    other = item_places.at(k + 1)
    if other is None or other.start_token != k + 1 or other.glued or tokens[k + 1].gap != " ":
        return None
    place = other.chosen
    if place is None or place.kind not in ("city", "airport") or math.isnan(place.lat) or _near(place, watched):
        return None
    site = other.end_token
    while site < len(tokens) and tokens.folded[site] in _SITE_FILLERS and site - other.end_token < 2:
        site += 1
    if site >= len(tokens) or tokens.folded[site] not in _SITE_WORDS or tokens[site].gap != " ":
        return None
    return " ".join(tokens.words[mention.start_token : site + 1])


def _beside_far(item_places: ItemPlaces, mention: Mention, watched: GeoPlace, at: int) -> str | None:
    """ "Kabul near Acre": the words that place a name beside a town far from the watched place,
    when the name has a namesake beside that town (Kabul in the Galilee), or None."""
    tokens = item_places.tokens
    other = item_places.at(at)
    if tokens is None or other is None or other.start_token != at or other.glued or other.chosen is None:
        return None
    place = other.chosen
    if place.kind not in ("city", "airport") or math.isnan(place.lat) or any(_near(p, watched) for p in other.candidates):
        return None
    if not any(_near(p, place) for p in mention.candidates if not _same_place(p, watched)):
        return None  # no namesake there: the grammar is loose, not a sign
    return f"{' '.join(tokens.words[mention.start_token : at])} {other.tie or other.text}"


def _owning_city(item_places: ItemPlaces, mention: Mention, watched: GeoPlace) -> str | None:
    """ "Karachi's" before a name and a word for part of a place ("Karachi's Quetta Town"): the
    city the part belongs to, when it lies far from the watched place; None otherwise."""
    tokens = item_places.tokens
    start = mention.start_token
    if tokens is None or start < 2 or tokens.folded[start - 1] != "s" or tokens[start - 1].gap not in _APOSTROPHES:
        return None
    other = item_places.at(start - 2)
    if other is None or other.end_token != start - 1 or other.chosen is None or other.chosen.kind != "city":
        return None
    if _near(other.chosen, watched) or any(_near(p, watched) for p in other.candidates):
        return None
    return f"{other.text}'s"


def _near(a: GeoPlace, b: GeoPlace, km: float = NEAR_KM) -> bool:
    if math.isnan(a.lat) or math.isnan(b.lat):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= km


def _name(item_places: ItemPlaces, code: str) -> str:
    return item_places.country_names.get(code, code)


def another_place_between(item_places: ItemPlaces, i: int, j: int, near: GeoPlace | None = None) -> str | None:
    """Another place name that stands between tokens i and j (either order) or owns one of them
    by grammar, or None. "Gunmen attack Dubai airport, Kabul officials say": "Dubai airport" is
    Dubai's, so "airport" and "Kabul" do not make "Kabul airport"; nor do "Bamako" and
    "airport" in "Bamako and Niamey airport". Names at i and j themselves do not count, nor a
    name inside a longer one ("Bamako's Modibo Keita International Airport": `Mention.glued`). With
    `near` (the place the words would name), a place within 50 km of it does not count either:
    "Kabul's Hamid Karzai airport" names Kabul's own airport."""
    low, high = min(i, j), max(i, j)
    ends = {id(item_places.at(low)), id(item_places.at(high))}

    def other(mention: Mention | None) -> str | None:
        if mention is None or id(mention) in ends or mention.glued:
            return None
        place = mention.chosen or mention.candidates[0]
        if near is not None and (_same_place(place, near) or _close(place, near)):
            return None
        return mention.text

    for mention in item_places.mentions:
        if mention.start_token > low and mention.end_token <= high:
            found = other(mention)
            if found is not None:
                return found
    for k in (low, high):
        found = other(_owner(item_places, k))
        if found is not None:
            return found
    return None


def _close(a: GeoPlace, b: GeoPlace) -> bool:
    if math.isnan(a.lat) or math.isnan(b.lat):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def beside(place: GeoPlace, near: GeoPlace) -> bool:
    """Whether `place` is `near` itself or within SAME_PLACE_KM of it, as a reader takes a city
    and its airport: the test `another_place_between` applies with `near`."""
    return _same_place(place, near) or _close(place, near)


def site_owner(item_places: ItemPlaces, site_token_index: int) -> GeoPlace | None:
    """The place a site word ("airport", "aéroport", "camp", "base") belongs to by grammar:
    "X airport", "X international airport", "X's airport", "airport of X", "aéroport
    international de X", "l'aéroport d'X". None when the grammar names no place."""
    mention = _owner(item_places, site_token_index)
    return None if mention is None else mention.chosen


def _owner(item_places: ItemPlaces, k: int) -> Mention | None:
    """The name a word belongs to by grammar: written just before it ("Dubai airport", "Dubai's
    international airport") or after it through "of", "de", "in" ("airport of Dubai")."""
    tokens = item_places.tokens
    if tokens is None or not 0 <= k < len(tokens):
        return None
    inside = item_places.at(k)
    if inside is not None:
        return inside  # the site's own name: "Mitiga Airport"
    folded = tokens.folded
    by_end = {m.end_token: m for m in item_places.mentions}
    by_start = {m.start_token: m for m in item_places.mentions}
    back = k
    while back > 0 and folded[back - 1] in _SITE_FILLERS and k - back < 3:
        back -= 1
    if back > 0 and folded[back - 1] == "s" and tokens[back - 1].gap in _APOSTROPHES:
        back -= 1  # "X's airport"
    if back in by_end and not any(mark in tokens[back].gap for mark in ".;:,()"):
        return by_end[back]
    ahead = k + 1
    while ahead < len(folded) and folded[ahead] in _SITE_FILLERS and ahead - k <= 3:
        ahead += 1
    if ahead < len(folded) and folded[ahead] in _SITE_PREPOSITIONS:
        ahead += 1
        if ahead < len(folded) and folded[ahead] in _ARTICLES:
            ahead += 1
        if ahead in by_start:
            return by_start[ahead]
    return None


_CAPITAL_WORDS = frozenset(("capital", "capitale", "capitals", "العاصمة"))
_CAPITAL_ARTICLES = frozenset("the la a l its sa".split())


def the_capital_is_a_scene(gazetteer: Gazetteer, readings: Sequence[ItemPlaces], watched: GeoPlace) -> bool:
    """Whether the item names the watched place as "the capital" ("a blast in the capital's
    west", "dans la capitale", "na capital", "في العاصمة") and the watched place is its country's
    capital (a country's point is its capital's): then the city itself is a scene, whatever else
    the item names."""
    country = gazetteer.country(watched.country)
    if country is None or math.isnan(country.lat) or not _close(country, watched):
        return False
    for places in readings:
        tokens = places.tokens
        if tokens is None:
            continue
        folded = tokens.folded
        for k, word in enumerate(folded):
            if word not in _CAPITAL_WORDS:
                continue
            if word == "العاصمة" or (k > 0 and folded[k - 1] in _CAPITAL_ARTICLES):
                return True
            # "the Syrian capital", "la capitale syrienne": the watched country's demonym beside it
            if k > 1 and folded[k - 2] in _CAPITAL_ARTICLES and _demonym_of(gazetteer, tokens, k - 1) == watched.country:
                return True
    return False


def _demonym_of(gazetteer: Gazetteer, tokens: Tokens, k: int) -> str | None:
    """The country whose demonym is word `k`, if it is one."""
    word = tokens.words[k]
    return _demonym(gazetteer, _memo(gazetteer), word, tokens.folded[k])
