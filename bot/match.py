"""Which watched places a news item names, and why: pure code, no I/O.

The engine works on whole words (`textnorm`): "Somalia" is never "Mali" and "Nigeria" is never
"Niger". Misspellings are tolerated only on long words and only when the first letter agrees (or is
the c Portuguese and Spanish write for a foreign k: "Carbala"),
because a short name with one letter changed is usually another word ("Niger" / "tiger"); codes
written in capitals ("BKO") must appear in capitals.

A name of several words also matches its natural variants: other word order with connectors
("the airport in Bamako"), possessives ("Bamako's airport") and words in between that belong
to the place ("Bamako's Modibo Keita International Airport"). A word that does not belong, such
as another city ("Bamako and Niamey airport"), breaks the variant. Then `falsefriends` turns
away names that mean a person, a treaty, a river or another place. With the gazetteer, an item in
which a watched name is found is read for its places (`bot.geo.context`), for a watchlist that
would alert: a namesake the item places elsewhere, a site's words that another place holds
("Dubai airport, Kabul officials say") and an untyped airport code outside talk of flying are
turned away.

Cost: every watched word goes into one index; a text word is looked up once (exact, then fuzzy
among vocabulary words of the same first letter and similar length) and the answer is cached,
so the cost per item follows the item's length, not the number of watched names.
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import chain, compress, pairwise
from operator import itemgetter
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .arabic import (
    ARTICLE,
    MIN_LATIN_KEY,
    MIN_ONE_CONSONANT_ARABIC,
    arabic_key,
    is_arabic,
    latin_key,
    latin_keys,
    readings,
    spells,
    spells_only_loosely,
    unmarked,
    vowel_letters_dropped,
    without_article,
)
from .config import WatchlistConfig
from .falsefriends import (
    AR_PLACE_BEFORE,
    CONNECTORS,
    PLACE_WORDS,
    PREMISES_BEFORE,
    FalseFriend,
    arabic_place_context,
    capitals_style,
    country_acronym,
    dateline,
    is_arabic_accusative,
    is_arabic_word,
    is_arabic_word_as_written,
    is_common_arabic_word,
    is_common_word,
    is_everyday_word,
    is_frequent_arabic_word,
    is_frequent_word,
    is_known_word,
    judge_context,
    kind_of_person,
    locative,
    may_name_a_government,
    named_for_government,
    reported_from,
    romance_saying,
    whole_over_reading,
)
from .geo.admin1 import COMPASS, admin1_begun, admin1_kin, admin1_named, admin1_names, admin1_spellings, admin1_words
from .geo.context import (
    INSIDE_ANOTHER,
    NEAR_KM,
    QUARTER_NOUNS,
    SAME_PLACE_KM,
    SUPPORTED_NAMESAKE,
    WEIGHTS,
    ItemPlaces,
    ItemReading,
    Mention,
    another_place_between,
    beside,
    code_outside_flying,
    means_elsewhere,
    site_owner,
    the_capital_is_a_scene,
)
from .geo.divisions import division_at, division_country, division_sign, divisions_of, second_level_of
from .geo.gazetteer import Gazetteer
from .geo.model import GeoPlace, distance_km, name_key
from .geo.resolve import (
    ARTICLE_NAME,
    BARE_ONLY,
    CAPITALISED,
    DESERT_COUNTRY_KM,
    EVERYDAY_WORD,
    FINAL_ACCENT,
    NAMED_MID_SENTENCE,
    POINT_COUNTRY_KM,
    SITE_IN_TOWN_KM,
    TIED_TO_COUNTRY,
    PlaceModel,
    arabic_sound_skeleton,
    latin_sound_skeleton,
    place_model,
    watched_places,
)
from .incident import deed_word, target_of
from .keywords import (
    OF_LINKS,
    FieldWords,
    StemScreen,
    Term,
    TermHit,
    TermStarts,
    arabic_verbal_noun,
    first_exact_hit,
    first_hit,
    openings,
    stem,
    translations,
)
from .language import LATIN, item_languages
from .language import warm_up as warm_up_language
from .places import PlaceFacts, country_codes
from .textnorm import Token, Tokens, fold, folded_words, sentence_bounds, tokenize
from .vocabulary import keywords_of

__all__ = ["LocationMatch", "Matcher", "TermHit", "WatchlistResult", "allowed_edits", "fold", "tokenize"]

DEFAULT_THRESHOLD = 80.0
VARIANT_FACTOR = 0.95  # a reordered or interrupted name is slightly weaker evidence than the name as written
LOOSE_FACTOR = 0.85  # words a few apart in one sentence: weaker still
LOOSE_WINDOW = 8
# Words between a place named in the summary and the nearest keyword, beyond which the keyword
# is about something else: about two sentences of wire copy.
KEYWORD_REACH = 40
_RESOLVED_LIMIT = 500_000  # distinct words remembered; news vocabulary stays well below
_watched_word = itemgetter(0)  # of a (watched word, similarity) hit
_SENTENCE_BREAKS = frozenset(".!?;:,()[]|/")
_LOOSE_BREAKS = frozenset(".!?;()[]|/")

# Words that may stand inside a variant of any multi-word name ("Bamako's international airport").
GENERIC_FILLERS = CONNECTORS | frozenset(
    "international internationale intl main principal principale military militaire civil civilian old new ancien "
    "ancienne nouveau nouvelle national nationale regional regionale grand grande central centrale city ville "
    "training formation president general saint st sainte "
    # Portuguese, Spanish and Arabic: "aeroporto internacional de Pemba", "مطار الخرطوم الدولي"
    "do da dos das del em en no na internacional militar nacional principal cidade ciudad "
    "velho viejo novo nuevo antigo antiguo الدولي العسكري".split()
)
# Site words in French, Portuguese, Spanish, Arabic and English are one word to the index:
# "aéroport de Sénou", "aeroporto de Pemba", "مطار الخرطوم" name "Senou airport", "Pemba airport",
# "Khartoum airport". Folded forms.
SITE_WORDS = {
    "aeroport": "airport",
    "aerodrome": "airport",
    "ecole": "school",
    "marche": "market",
    "caserne": "barracks",
    "hopital": "hospital",
    "universite": "university",
    "pont": "bridge",
    "gare": "station",
    "ambassade": "embassy",
    "stade": "stadium",
    "mosquee": "mosque",
    "eglise": "church",
    "palais": "palace",
    "militaire": "military",
    "aeroporto": "airport",
    "aeropuerto": "airport",
    "escola": "school",
    "escuela": "school",
    "mercado": "market",
    "quartel": "barracks",
    "cuartel": "barracks",
    "universidade": "university",
    "universidad": "university",
    "ponte": "bridge",
    "puente": "bridge",
    "estacao": "station",
    "estacion": "station",
    "embaixada": "embassy",
    "embajada": "embassy",
    "estadio": "stadium",
    "mesquita": "mosque",
    "mezquita": "mosque",
    "igreja": "church",
    "iglesia": "church",
    "palacio": "palace",
    # a prison, a camp (of the displaced, or of an army) and a base: "prisão de", "cárcel de",
    # "campamento de", "سجن كوتوكالي", "مخيم زمزم", "معسكر", "قاعدة"
    "prisao": "prison",
    "prision": "prison",
    "carcel": "prison",
    "acampamento": "camp",
    "campamento": "camp",
    "سجن": "prison",
    # more nouns of a prison: "presídio de", "cadeia de", "penitenciária de", "centro
    # penitenciario de", "معتقل كوتوكالي" (review17b)
    "presidio": "prison",
    "cadeia": "prison",
    "penitenciaria": "prison",
    "penitenciario": "prison",
    "معتقل": "prison",
    "مخيم": "camp",
    "معسكر": "camp",
    "قاعده": "base",
    "ثكنه": "barracks",
    "مطار": "airport",
    "سوق": "market",
    "مستشفي": "hospital",
    "جامعه": "university",
    "جسر": "bridge",
    "سفاره": "embassy",
    "ملعب": "stadium",
    "مسجد": "mosque",
    "كنيسه": "church",
    "قصر": "palace",
    "مدرسه": "school",
    "محطه": "station",
}
# Words of flying, English and French, matched by stem: an airport code the admin did not type
# ("MIU", "EBL" are also a university and a bank) counts only in a sentence about flying.
AVIATION_WORDS = (
    "airport airfield airstrip airbase flight runway plane aircraft airliner airline terminal aviation airspace "
    "jet helicopter landing takeoff aeroport aerodrome aerogare vol piste avion aerien aerienne atterrissage "
    "decollage compagnie helicoptere"
).split()
_AVIATION_STEMS = frozenset(stem(word, lang) for word in AVIATION_WORDS for lang in ("en", "fr"))
_CODE_SOURCE = "gazetteer: iata"


def allowed_edits(length: int) -> int:
    """Misspelling tolerance grows with length: short names and codes must be exact."""
    if length <= 5:
        return 0
    if length <= 8:
        return 1
    return 2


@dataclass(frozen=True)
class LocationMatch:
    """One watched location found in an item: the evidence an analyst can check."""

    watchlist: str
    location: str
    alias: str
    field: str  # "title" or "summary"
    start: int
    end: int
    text: str  # the matched span of the original text
    score: float
    # Alerted through `radius:`: the place the item named (as written) and how far it lies.
    via: str | None = None
    distance_km: int | None = None
    alias_source: str = "config"  # where the name came from: "config", "gazetteer: alternate", ...

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "watchlist": self.watchlist,
            "location": self.location,
            "alias": self.alias,
            "alias_source": self.alias_source,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": round(self.score, 1),
        }
        if self.via is not None:  # only radius matches carry them, so other matches read as before
            out["via"] = self.via
            out["distance_km"] = self.distance_km
        return out


@dataclass(frozen=True)
class Rejected:
    """A name that was found but does not mean the place, and why."""

    match: LocationMatch
    reason: str


@dataclass(frozen=True)
class WatchlistResult:
    """The verdict for one watchlist: whether it alerts, and the reasons either way."""

    watchlist: str
    locations: tuple[LocationMatch, ...]
    keyword: TermHit | None
    excluded_by: TermHit | None
    needs_keyword: bool
    rejected: tuple[Rejected, ...] = ()
    # A keyword the item holds in another sense, when it has none in its security sense:
    # (keyword, its text, why), so the explanation says what was read and passed over.
    refused_keyword: tuple[str, str, str] | None = None

    @property
    def alerts(self) -> bool:
        return bool(self.locations) and self.excluded_by is None and (self.keyword is not None or not self.needs_keyword)

    @property
    def reason(self) -> str:
        if not self.locations:
            return "no watched location named"
        if self.excluded_by is not None:
            return f"suppressed by exclude term {self.excluded_by.term!r} ({self.excluded_by.text!r})"
        if self.needs_keyword and self.keyword is None:
            if self.refused_keyword is not None:
                term, text, why = self.refused_keyword
                return f"a location matched but none of the watchlist's keywords (keyword {term!r} in {text!r}: {why})"
            return "a location matched but none of the watchlist's keywords"
        if self.keyword is not None:
            return f"location and keyword {self.keyword.term!r} ({self.keyword.text!r})"
        return "location named"


@dataclass(frozen=True, slots=True)
class _Name:
    watchlist: str
    location: str
    alias: str
    tokens: tuple[str, ...]  # every folded word of the alias
    content: tuple[str, ...]  # its words without connectors
    required: tuple[str, ...]  # the content words a variant must contain ("international" is optional)
    threshold: float
    exact: bool  # no misspelling tolerated
    code: bool  # an all-capitals code such as BKO: must be written in capitals
    place_words: frozenset[str]  # the location's own words: with GENERIC_FILLERS, allowed inside a variant
    source: str = "config"  # "config" (typed) or "gazetteer: <its source>"

    def allows(self, word: str) -> bool:
        """Whether `word` may stand between the name's words in a variant ("Bamako's international airport")."""
        return word in GENERIC_FILLERS or word in self.place_words


@dataclass
class _Terms:
    keywords: list[Term]
    exclude: list[Term]


@lru_cache(maxsize=65536)
def _arabic_key_of(word: str) -> str:
    """`arabic.arabic_key`, remembered: every Arabic word of every item is keyed for its readings."""
    return arabic_key(word)


def _writes(arabic: str, sound: tuple[str, bool]) -> bool:
    """Whether an Arabic word writes a name's word (`_Phrase.sounds`): its Latin sounds, after the
    article "ال" where the Latin writes one ("العياد" for "el Ayyad")."""
    latin, article = sound
    if article:
        # the article stands in for the Latin's only where the rest agrees letter for letter, by
        # no loose reading ("الطيرة" is no "El Dhere")
        return (
            arabic.startswith(ARTICLE) and len(arabic) > len(ARTICLE) + 1 and spells(arabic[len(ARTICLE) :], latin, loose=False)
        )
    return spells(arabic, latin, beside=True)  # a word of a name of several words, read word for word


class _FieldHits(list[tuple[str, float] | None]):
    """What each word of a field stands for (`Matcher._hits`), and `tied`: (index, watched word)
    for the words of another location's name read over the same Arabic words, which a word's one
    hit cannot hold (`Matcher._spell_phrases_in_arabic`). Made by list's own constructor, with no
    `__init__` of Python's: `tied` is the class's empty tuple until a field has any."""

    tied: Sequence[tuple[int, str]] = ()


@dataclass(frozen=True)
class _Found:
    name: _Name
    first: int
    last: int
    score: float
    used: tuple[int, ...]  # the indices of the words that stood for the name's words
    apart: bool = False  # a variant or a loose layout: words that the text may give to another place
    others: tuple[int, ...] = ()  # a loose layout's capitalised rare words around it: other names?


# (watchlist, location, first word, end word, km): a place an item names within a location's
# radius. `bot.geo.resolve.Nearby` answers it from the gazetteer; the matcher stays pure.
Nearby = Callable[[Sequence[str], Sequence[str]], Iterable[tuple[str, str, int, int, float]]]


class _Resolved(dict[str, tuple[str, float] | None]):
    """Text word -> (watched word, similarity) or None: a table read at C speed, a missing word
    worked out by `resolve` (which files it while the table has room)."""

    __slots__ = ("_resolve",)

    def __init__(self, resolve: Callable[[str], tuple[str, float] | None], known: Mapping[str, tuple[str, float] | None]):
        super().__init__(known)
        self._resolve = resolve

    def __missing__(self, word: str) -> tuple[str, float] | None:
        return self._resolve(word)


# First letters a misspelling may change after all: Portuguese and Spanish spell a foreign k
# as c ("Carbala", "Cabul", "Cartum"), so a word in c is also compared with names in k.
_FIRST_LETTERS = {"c": "ck"}


# A town whose division has kin (`admin1_kin`) and no other town of the pair this close: the
# gazetteer knows nothing of which part it lies in (`Matcher._own_divisions`).
KIN_CHECK_KM = 150.0
INFER_KM = 75.0  # a point's division is its nearest town's, this near (a Sahel district's towns are far apart)


class Matcher:
    """An index over every watched name, built once per config and reused for every item."""

    def __init__(
        self,
        watchlists: dict[str, WatchlistConfig],
        look_up_places: Callable[[Iterable[tuple[str, ...]]], Mapping[tuple[str, ...], PlaceFacts]] | None = None,
        nearby: Nearby | None = None,
        gazetteer_aliases: Mapping[tuple[str, str], Sequence[tuple[str, str]]] | None = None,
        places: Mapping[tuple[str, str], GeoPlace | None] | None = None,
        gazetteer: Gazetteer | None = None,
    ):
        """`look_up_places` (I/O, from `bot.places`) says where watched names lie and their time
        zones; without it, namesakes elsewhere are not detected and no local time is shown.
        `nearby` finds places named within a location's `radius:`; without it radii are unused.
        `gazetteer_aliases`: (watchlist, location) -> (name, source) the gazetteer knows the
        resolved place by (`bot.geo.resolve.gazetteer_aliases`), matched like typed aliases.
        `places`: (watchlist, location) -> the place it resolved to (`bot.geo.resolve.watched_places`)
        and `gazetteer`: with both, an item that names a watched name is read for its places
        (`bot.geo.context`), so a namesake elsewhere or another place's airport is turned away;
        without them, matching is as it was."""
        self._look_up_places = look_up_places
        self._gazetteer = gazetteer
        self._own_division_codes: dict[str, frozenset[str]] = {}  # `_own_divisions`, per watched place
        self._watched: Mapping[tuple[str, str], GeoPlace | None] = places or {}
        self._nearby = nearby if nearby else None  # an empty Nearby (no radius) costs nothing
        # Watched first-level divisions, typed by their name and resolved to no town of it
        # ("Borno", "Benue"): "Borno State", "l'État de Benue" are they themselves.
        self._divisions = frozenset(
            loc.name
            for wl_id, wl in watchlists.items()
            for loc in wl.locations
            if division_country(name_key(loc.name)) is not None
            and getattr(self._watched.get((wl_id, loc.name)), "geonameid", None) is None
        )
        self._order = list(watchlists)
        # Where the config says each location is (`coords:`), to check the gazetteer's choice against.
        self._typed_points = {loc.name: loc.coords for wl in watchlists.values() for loc in wl.locations if loc.coords}
        self._terms: dict[str, _Terms] = {}
        names: list[_Name] = []
        for wl_id, wl in watchlists.items():
            for loc in wl.locations:
                extra = gazetteer_aliases.get((wl_id, loc.name), ()) if gazetteer_aliases else ()
                short = _without_article(loc.name, self._watched.get((wl_id, loc.name)))
                if short is not None:
                    extra = (*extra, (short, "short form (the Arabic article dropped)"))
                names.extend(_names_of(wl_id, loc.name, loc.aliases, loc.threshold, loc.exact, extra))
            own = [Term.parse(k) for k in wl.keywords]
            # a typed Arabic participle ("نازح") reads its verbal noun too ("نزوح"), as the keyword typed
            own += [replace(Term.parse(noun), text=k) for k in wl.keywords if (noun := arabic_verbal_noun(fold(k))) is not None]
            bundled = [Term.parse(k, lang) for lang, k in keywords_of(wl.keyword_sets)]  # `bot.vocabulary`
            own += translations(wl.keywords)  # a typed word's translations and synonyms (`bot.vocabulary.meanings`)
            self._terms[wl_id] = _Terms(own + bundled, [Term.parse(k) for k in wl.exclude])
        self._names = names
        # Watchlists with the same terms have the same first keyword and exclude term in any item:
        # each is read once per item, under the first watchlist that has them.
        firsts: dict[tuple[tuple[object, ...], ...], str] = {}
        self._reads_as = {wl_id: firsts.setdefault(_terms_key(terms), wl_id) for wl_id, terms in self._terms.items()}
        self._openings = openings([t for terms in self._terms.values() for t in (*terms.keywords, *terms.exclude)])
        self._stem_screen = StemScreen(self._openings)  # which words are stemmed, remembered across items
        self._term_starts = TermStarts([t for terms in self._terms.values() for t in terms.keywords], self._openings)
        self._keywords_everywhere = all(terms.keywords for terms in self._terms.values())  # every watchlist needs one
        # Each name is filed under its rarest word only: all its words must be present anyway,
        # so "New York" is not looked at for every text that says "new".
        frequency = Counter(word for name in names for word in dict.fromkeys(name.content))
        # With each name, its other required words: what a text must also hold, checked without
        # going over the word it is filed under again.
        self._by_key: dict[str, list[tuple[_Name, tuple[str, ...]]]] = defaultdict(list)
        for name in names:
            key = min(name.required, key=lambda w: (frequency[w], w))
            self._by_key[key].append((name, tuple(dict.fromkeys(w for w in name.required if w != key))))
        self.vocabulary = frozenset(frequency)
        # A guessed Arabic spelling of a typed name ("شدادي" for Shaddadi) that the press writes
        # with the article ("الشدادي"), where the gazetteer's other names hold that article form
        # as a word of their own ("جسر الشدادي", a bridge): the text's word then stands for both.
        guessed = frozenset(
            word
            for name in names
            if "transcribed" in name.source and BARE_ONLY not in name.source
            for word in name.content
            if not word.startswith(ARTICLE)
        )
        self._bare_of = {
            word: word[len(ARTICLE) :] for word in frequency if word.startswith(ARTICLE) and word[len(ARTICLE) :] in guessed
        }
        self._buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        # What a misspelling may be of: the typed names' words only. A gazetteer spelling is matched
        # as it is, and must not draw a misspelling away from the typed name ("Timbuktoo" is
        # "Timbuktu" misspelt, not the exact-only "Timbuctoo").
        typed = frozenset(word for name in names if name.source == "config" for word in name.content)
        # In the names' order, not the vocabulary set's: which of two equally close words a
        # misspelling is read as must not depend on the process's hash seed.
        self._spellings = {word: word for word in frequency if word in typed}
        self._spellings.update({word: site for word, site in SITE_WORDS.items() if site in self.vocabulary})
        for word in self._spellings:
            self._buckets[(word[0], len(word))].append(word)
        # word -> (watched word, similarity) or None; exact words and translations are known from the start.
        self._resolved = _Resolved(self._resolve, {word: (word, 100.0) for word in self.vocabulary})
        self._resolved.update({word: (site, 100.0) for word, site in SITE_WORDS.items() if site in self.vocabulary})
        self._vowelless = _vowelless_index(names)
        self._by_sound = _sound_index(names)
        self._by_short_sound = _sound_index(names, short=True)
        self._sound_twin = _sound_twins(self.vocabulary, self._by_sound)
        # A short word stands for its twins only weakly, inside a longer name (`_find`): "abou" of
        # a watched "Abou Ghraib" is "abu" of "Abu Kamal" as another name's word, and "abu" stays
        # itself, strong, in "Abu Kamal".
        self._short_twin = _sound_twins(self.vocabulary, self._by_short_sound, short=True)
        self._by_latin_key = _latin_key_index(names)
        # text words resolved with more misspelling than their length allows alone, and the short
        # words no watched word is, read by their sounds ("Abou" in "Abou Kamal" of a watched "Abu Kamal")
        self._weak: set[str] = set()
        self._arabic_phrases = _arabic_phrase_index(names)
        self._location_words: dict[str, frozenset[str]] | None = None  # `name_words`, for `_free_for`
        # The typed Latin words of names of two words or more, and what Arabic words also spell
        # one of them (`_also_spelt`).
        self._in_longer_names = frozenset(
            word
            for name in names
            if name.source.startswith("config") and len(name.content) > 1
            for word in name.content
            if word.isascii()
        )
        self._also: dict[str, str | None] = {}
        self._places: dict[tuple[str, ...], PlaceFacts] | None = None
        self._name_countries: dict[tuple[str, ...], frozenset[str]] | None = None  # `_tie_countries`
        self._zones: dict[str, str | None] = {}
        self._kinds: dict[str, str] = {}
        self._capitals: dict[str, bool] = {}  # watched place id -> whether it is its country's capital

    @property
    def name_count(self) -> int:
        return len(self._names)

    def _resolve(self, token: str) -> tuple[str, float] | None:
        """The watched word a text word not in the table yet stands for, with its similarity
        (100 = exact): remembered while the table has room. `self._resolved[token]` asks it."""
        arabic = not token.isascii() and is_arabic(token)
        best = self._unprefixed(token) if arabic else None
        if best is None and not arabic:
            best = self._spelt_with_other_letters(token)  # before a misspelling: the same sounds are closer
        best = best or self._closest(token)
        if best is None and arabic:
            best = self._spelt_with_other_vowels(token) or self._spelt_in_arabic(token)
        if len(self._resolved) < _RESOLVED_LIMIT:
            self._resolved[token] = best
        return best

    def _unprefixed(self, token: str) -> tuple[str, float] | None:
        """An Arabic word that is a watched word with the conjunction, a preposition or the
        article written onto it ("بالخرطوم", "والخرطوم", "للخرطوم" for "الخرطوم"; "الخرطوم" for
        "خرطوم"). Only after the word as written is no watched word, and only when what remains
        is one: "بنغازي" stays Benghazi."""
        for reading in readings(token):
            exact = self._resolved.get(reading)
            if exact is not None and exact[1] == 100.0 and (reading in self.vocabulary or reading in SITE_WORDS):
                if not token.startswith(ARTICLE) and whole_over_reading(token, reading):
                    # "كردفان", Kordofan: a word the press writes whole, no "ك" + "ردفان". Another
                    # reading may still be: "للقدس" is no "ل" + "لقدس" but "ل" + "القدس".
                    continue
                return exact
        return None

    def _also_spelt(self, folded: Sequence[str], hits: Sequence[tuple[str, float] | None]) -> list[tuple[int, str]]:
        """The Arabic words that stand for a watched word and also write the sounds of a typed
        Latin word of a name of two words or more (`_spelt_in_arabic`), with that Latin word:
        "إيلاشا بياها" is Elasha Biyaha, though its first word is closest to the gazetteer's
        transcription "الاشا" and its second spells the typed "Biyaha". A word stands for one
        watched word, so a name written half in one spelling, half in another, was never laid
        over the text. Only words of longer names: the name still needs its other words beside."""
        if not self._in_longer_names:
            return []
        found = []
        # only the words that stand for a watched word (most stand for none), read at C speed
        for i in compress(range(len(hits)), hits):
            hit = hits[i]
            if hit is None or folded[i].isascii() or hit[0] in self._in_longer_names:
                continue
            latin = self._also.get(folded[i], "")
            if latin == "":
                spelt = self._spelt_in_arabic(folded[i]) if is_arabic(folded[i]) else None
                latin = spelt[0] if spelt is not None and spelt[0] in self._in_longer_names else None
                if len(self._also) < _RESOLVED_LIMIT:
                    self._also[folded[i]] = latin
            if latin is not None:
                found.append((i, latin))
        return found

    def _spelt_with_other_vowels(self, token: str) -> tuple[str, float] | None:
        """An Arabic word that is a watched Arabic word with other vowel letters
        (`vowel_letters_dropped`: "كيسمايو" for "كسمايو", "بأبشة" for "أبشي"), as written or
        without a prefix: the press writes a town's vowels as it hears them. Never a word of
        Arabic itself ("كسول", lazy, is not "كسلا"). The same word as the name: its markers
        (only after a word of place...) hold as for the name's own spelling."""
        if is_arabic_word(token):
            return None  # "السودان" is Sudan, not "سدون" (Sidon) after the article
        for reading in (token, *readings(token)):
            key = vowel_letters_dropped(reading)
            word = self._vowelless.get(key) if key is not None else None
            if word is not None and not is_arabic_word(reading):
                return (word, 100.0)
        return None

    def _spelt_in_arabic(self, token: str) -> tuple[str, float] | None:
        """An Arabic word that writes a watched Latin word's sounds (`arabic.spells`: "ماتاموروس"
        for Matamoros, "برفاعة" for Rufaa), as written or without a prefix: the admin types the
        name in Latin letters, and the gazetteer knows no Arabic name for most small towns. Never
        a frequent word of Arabic ("مطار", an airport, is not Matara; a rarer one must stand where
        a place does: `_arabic_spelling`), and only when the words of one location alone are so
        spelt."""
        if is_arabic_word_as_written(token):
            return None  # "وكالة", an agency: no "كالة" after "و"
        for reading in (token, *readings(token, 3)):
            if is_frequent_arabic_word(reading) or is_common_arabic_word(reading):
                continue  # an everyday word however spelt: "رأس", a head; "مطار", an airport
            key = arabic_key(reading)
            if len(key) < MIN_LATIN_KEY and len(reading) < MIN_ONE_CONSONANT_ARABIC:
                continue  # "عنه" is no "Anah": a short word of one consonant spells too many names
            candidates = self._by_latin_key.get(key, ())
            if not candidates:
                continue
            # Read loosely (`arabic.loose_readings`) only as written or after a preposition or a
            # conjunction: the article stripped, its "ل" was a consonant the Latin does not write.
            # And only a rare spelling, a foreign name's: a word of Arabic has its own meaning
            # ("طهارة", purity, is no Dhahar; "مسكت", held, no Massaguet).
            loose = not token[: len(token) - len(reading)].endswith((ARTICLE, _AR_LIL)) and not is_arabic_word(reading)
            longer = self._in_longer_names
            found = {word for word, location in candidates if spells(reading, word, loose, word in longer)}
            owners = {location for word, location in candidates if word in found}
            if len(owners) == 1:
                word = min(found)
                weak = loose and spells_only_loosely(reading, word, word in longer)
                if weak and self._names_another_place(token, reading, owners):
                    return None
                return (word, 100.0)
        return None

    def _names_another_place(self, token: str, reading: str, locations: Iterable[str]) -> bool:
        """Whether the gazetteer knows an Arabic word (as written or as read) as the exact name
        of a place that is not the watched location: that place ("منكا" is Ménaka, "الطيرة" At
        Tira), rather than a loose reading of a typed Latin name (Mongo, Eldhere)."""
        if self._gazetteer is None:
            return False
        places = [place for word in dict.fromkeys((token, reading)) for place in self._gazetteer.lookup((word,))]
        if not places:
            return False
        watched = [place for location in locations if (place := self.watched_place(location)) is not None]
        return not any(place == own or place.geonameid == own.geonameid for place in places for own in watched)

    def _spelt_with_other_letters(self, token: str) -> tuple[str, float] | None:
        """A Latin word that is a watched word as another language's transliteration writes the
        same sounds (`sound_key`: "Nassiriya" for Nasiriyah, "Quismaio" for Kismayo, "Raqa" for
        Raqqa): the press writes a foreign name by its own language's letters, which no edit
        distance measures (two or three letters differ in a short word). Never an everyday word."""
        if not token.isascii():
            return None  # a letter `sound_key` cannot read ("bamakoɔ") is no letter to drop
        key = sound_key(token)
        if is_common_word(token):
            return None
        if len(key) < MIN_SOUND_KEY:
            # A short word ("Abou" for "Abu", "Oum" for "Umm") spells too many words alone: it is
            # only a word of a longer name, which its other words must carry (`_acceptable`).
            short = self._by_short_sound.get(key)
            if short is None:
                return None
            self._weak.add(token)
            return (short[0], 100.0)  # its twins (`_short_twin`) stand for the others
        words = self._by_sound.get(key)
        return (words[0], 100.0) if words is not None else None

    def _closest(self, token: str) -> tuple[str, float] | None:
        """The nearest watched word within the misspelling this word's length allows.

        A common word is never a misspelling ("police" is not "Polis"). A word of 4 or 5
        letters may be one letter off, but only as a weak match that a longer name must carry
        ("Burkina Fasso"); alone, "tiger" is never "Niger".
        """
        limit = max(allowed_edits(len(token)), 1 if len(token) >= 4 else 0)
        if limit == 0 or token.isdigit() or is_common_word(token):
            return None
        candidates = [
            w
            for first in _FIRST_LETTERS.get(token[0], token[0])
            for size in range(len(token) - limit, len(token) + limit + 1)
            for w in self._buckets.get((first, size), ())
        ]
        best: tuple[str, float] | None = None
        if candidates:
            for word, distance, _ in process.extract(token, candidates, scorer=OSA.distance, score_cutoff=limit, limit=3):
                if distance > max(allowed_edits(len(word)), 1 if len(word) >= 4 else 0):
                    continue
                similarity = 100.0 * (1 - distance / max(len(token), len(word)))
                if best is None or similarity > best[1]:
                    best = (self._spellings[word], similarity)  # "aeroprt" is a misspelt "aeroport": "airport"
                    if distance > allowed_edits(len(word)):
                        self._weak.add(token)
                    else:
                        self._weak.discard(token)
        return best

    def warm_up(self) -> None:
        """Load on purpose what the first items would otherwise load on the way (word
        frequencies, geonames, the language detector's model), so that a long-running bot pays
        it at start."""
        is_common_word("warm")
        self._home_countries(())
        warm_up_language()

    def _facts(self) -> dict[tuple[str, ...], PlaceFacts]:
        """What geonames knows of every watched name and of each word of a longer name
        ("bamako" in "Bamako airport"), looked up once per matcher."""
        if self._places is None:
            wanted = {name.tokens for name in self._names} | {(w,) for name in self._names for w in name.tokens}
            self._places = dict(self._look_up_places(wanted)) if self._look_up_places else {}
        return self._places

    def _home_countries(self, place: tuple[str, ...]) -> frozenset[str]:
        """The countries a watched place lies in (from geonames)."""
        facts = self._facts().get(place)
        return facts.countries if facts else frozenset()

    def _tie_countries(self, place: tuple[str, ...]) -> frozenset[str]:
        """The countries a name written with a country after it ("Liwa, Chad", "Hays, Yemen") may
        lie in and still be a watched place: where geonames' cities of that name lie, and where
        every watched location that goes by the name is. geonames' list of cities holds only
        the larger towns, so a watched town it lacks (a `coords:` point, a small town the
        gazetteer resolved) would otherwise be a namesake in its own country."""
        if self._name_countries is None:
            found: dict[tuple[str, ...], set[str]] = defaultdict(set)
            for name in self._names:
                watched = self._watched.get((name.watchlist, name.location))
                if watched is not None and watched.kind != "country" and watched.country:
                    found[name.tokens].add(watched.country)
            self._name_countries = {words: frozenset(codes) for words, codes in found.items()}
        return self._home_countries(place) | self._name_countries.get(place, frozenset())

    def home_countries(self, words: tuple[str, ...]) -> frozenset[str]:
        """The countries where places named by these folded words lie (geonames; several for
        namesakes): the words of a watched name, or one of them."""
        return self._home_countries(words)

    def watched_locations(self) -> dict[str, frozenset[str]]:
        """Each watched location and the watchlists that watch it."""
        lists: dict[str, set[str]] = defaultdict(set)
        for name in self._names:
            lists[name.location].add(name.watchlist)
        return {location: frozenset(ids) for location, ids in lists.items()}

    def name_words(self) -> dict[str, frozenset[str]]:
        """The folded words of every name each watched location goes by, typed or from the
        gazetteer ("Sénou" and "Modibo Keïta" for Bamako airport)."""
        words: dict[str, set[str]] = defaultdict(set)
        for name in self._names:
            words[name.location].update(name.tokens)
        return {location: frozenset(w) for location, w in words.items()}

    def watched_place(self, location: str) -> GeoPlace | None:
        """The gazetteer's place a watched location resolved to (in any watchlist that watches
        it), or None: where it is, for grouping's place hierarchy (`bot.story.Place.area`)."""
        return next((place for (_, name), place in self._watched.items() if name == location and place is not None), None)

    def towns_named(self, words: tuple[str, ...]) -> list[GeoPlace]:
        """The gazetteer's places of this folded name (none without a gazetteer): what a district
        named after its town lies in (`bot.regionjoin.district_areas`)."""
        return list(self._gazetteer.lookup(words)) if self._gazetteer is not None else []

    def typed_point(self, location: str) -> tuple[float, float] | None:
        """The point the config gives a watched location (`coords:`), if any."""
        point = self._typed_points.get(location)
        return (float(point[0]), float(point[1])) if point else None

    def admin1_near(self, lat: float, lon: float, country: str, km: float = INFER_KM) -> str | None:
        """The first-level division of the nearest town of `country` within `km` of a point."""
        if self._gazetteer is None:
            return None
        for town, _ in self._gazetteer.within(lat, lon, km, kind="city"):
            if town.country == country and town.admin1:
                return town.admin1
        return None

    def point_only(self, location: str) -> bool:
        """Whether the gazetteer knows a watched location only by its `coords:` (no record of
        its own: its country and division are the towns' around it, a guess near a border)."""
        place = self.watched_place(location)
        return place is not None and place.id.startswith("point:")

    def divisions_near(self, lat: float, lon: float, km: float) -> frozenset[str]:
        """The first-level divisions ("NE.02", country.admin1) of the gazetteer's towns within
        `km` of a point."""
        if self._gazetteer is None:
            return frozenset()
        return frozenset(f"{t.country}.{t.admin1}" for t, _ in self._gazetteer.within(lat, lon, km, kind="city") if t.admin1)

    def inferred_admin1(self, location: str) -> str | None:
        """The first-level division of a watched location the gazetteer knows only as a point (a
        `coords:` town or province it does not list: "Ancuabe", "Cabo Delgado"): that of the
        nearest town of its country within `INFER_KM` of the point, or None."""
        place = self.watched_place(location)
        if place is None or place.admin1 or self._gazetteer is None or math.isnan(place.lat):
            return None
        for town, _ in self._gazetteer.within(place.lat, place.lon, INFER_KM, kind="city"):
            if town.country == place.country and town.admin1:
                return town.admin1
        return None

    def spellings(self, location: str) -> list[tuple[str, ...]]:
        """The folded words of each name a watched location goes by, its own first."""
        return [n.tokens for n in self._names if n.location == location]

    def place_kind(self, location: str) -> str:
        """How specific a watched location is: "country", "city" (a town the gazetteer resolved
        it to, or a name of one word) or "site" (another name of several words that is not a
        country: "Bamako airport"). Grouping prefers the most specific."""
        if location not in self._kinds:
            codes = country_codes()
            spellings = [n.tokens for n in self._names if n.location == location] or [tuple(folded_words(location))]
            place = self.watched_place(location)
            if any(words in codes for words in spellings) or self._country_by_any_name(location, spellings) is not None:
                self._kinds[location] = "country"
            elif (
                place is not None
                and place.kind == "city"
                and self._gazetteer is not None
                and any(place in self._gazetteer.lookup(words) for words in (tuple(folded_words(location)), *spellings))
            ):
                # a town the gazetteer resolved it to, whatever its words: "Dire Dawa",
                # "Port-au-Prince", "Cox's Bazar" are cities, not sites
                self._kinds[location] = "city"
            else:
                self._kinds[location] = "site" if len(spellings[0]) > 1 else "city"
        return self._kinds[location]

    def _country_by_any_name(self, location: str, spellings: list[tuple[str, ...]]) -> str | None:
        """The ISO code of the country a watched location names by a name geonames' English list
        lacks, which the gazetteer knows (CLDR's and the press's: "DR Congo", "RD Congo",
        "Democratic Republic of Congo" without its "the"); None without the gazetteer."""
        if self._gazetteer is None:
            return None
        for words in [location, *(list(w) for w in spellings)]:
            code = self._gazetteer.country_named(words)
            if code is not None:
                return code
        return None

    def country_code(self, location: str) -> str | None:
        """The ISO code of the country a watched location is, by any of its names (`place_kind`)."""
        codes = country_codes()
        spellings = [tuple(folded_words(location)), *self.spellings(location)]
        found = next((codes[words] for words in spellings if words in codes), None)
        return found if found is not None else self._country_by_any_name(location, spellings)

    def time_zone(self, location: str) -> str | None:
        """The local time zone of a watched location, where geonames knows it: from one of its
        names, else from a word of them that names a city ("Bamako" in "Bamako airport")."""
        if location not in self._zones:
            self._zones[location] = self._find_zone(location)
        return self._zones[location]

    def _find_zone(self, location: str) -> str | None:
        facts = self._facts()
        names = [n for n in self._names if n.location == location]
        for tokens in [n.tokens for n in names] + [(w,) for n in names for w in n.tokens if w not in GENERIC_FILLERS]:
            fact = facts.get(tokens)
            if fact is not None and fact.zone:
                return fact.zone
        return None

    def _hits(self, folded: Sequence[str]) -> _FieldHits:
        """What each word of a field stands for: (watched word, similarity), or None. Most words
        are known already and read from the table in one pass; a word never met is worked out
        there and then (`_Resolved.__missing__`), in the text's order."""
        hits = _FieldHits(map(self._resolved.__getitem__, folded))
        if self._arabic_phrases and not all(map(str.isascii, folded)):
            self._spell_phrases_in_arabic(folded, hits)
        return hits

    def _spell_phrases_in_arabic(self, folded: Sequence[str], hits: _FieldHits) -> None:
        """A typed name of several words written in Arabic word for word ("Abu Grein": "أبو قرين";
        "Goz Beida": "قوز بيضا"; "Qasr Bin Ghashir": "قصر بن غشير"), its words' hits set in place.
        Each word alone may be too short or too common to be read as the name's ("أبو", a father;
        "عمرة", the umrah: `_spelt_in_arabic` turns them away); the name's words in a row, each
        writing its Latin word's sounds (`arabic.spells`), are the name. The first word may carry
        the conjunction or a preposition ("بأبو قرين", "وأبو جبيهة"); the others stand as
        written. Only words no other watched word took, and only where one location's words
        alone are so spelt; where the words of two locations are spelt alike ("أبو حمد": Abu
        Hamad, Abu Hamid), both (`_FieldHits.tied`): when unsure, send."""
        for i, token in enumerate(folded):
            if token.isascii() or not is_arabic(token):
                continue
            spans: dict[str, tuple[str, ...]] = {}
            for reading in (token, *readings(token, 2)):
                for words, location, sounds in self._arabic_phrases.get(_arabic_key_of(reading), ()):
                    n = len(words)
                    if (
                        i + n <= len(folded)
                        and all(self._free_for(hits[i + k], location) for k in range(n))
                        and _writes(reading, sounds[0])
                        and all(is_arabic(folded[i + k]) and _writes(folded[i + k], sounds[k]) for k in range(1, n))
                    ):
                        spans.setdefault(location, words)
            if not spans:
                continue
            (words, *others) = spans.values()
            if all(hit is not None and not hit[0].isascii() for hit in hits[i : i + len(words)]):
                continue  # every word read as an Arabic name's already ("عين أميناس", the gazetteer's): it stands
            for k, word in enumerate(words):
                hits[i + k] = (word, 100.0)
            hits.tied = [*hits.tied, *((i + k, word) for other in others for k, word in enumerate(other))]

    def _free_for(self, hit: tuple[str, float] | None, location: str) -> bool:
        """Whether a word's hit leaves it to a name of `location`: it stands for no watched word,
        for an Arabic word of another name (a word of the gazetteer's Arabic names: "بئر" of
        another watched "Bir ...", which the longer reading here outweighs), or for one of that
        location's own (the gazetteer's transcription of a word of it: "سرف" for Saraf Omra's
        first word). Never for a typed Latin word of another location: that reading stands."""
        if hit is None or not hit[0].isascii():
            return True
        if self._location_words is None:
            self._location_words = self.name_words()
        return hit[0] in self._location_words.get(location, frozenset())

    def _candidates(self, folded: Sequence[str], hits: Sequence[tuple[str, float] | None] | None = None) -> list[_Name]:
        """The names whose every word the text's folded words hold: a quick look, no offsets.
        `hits`: the field's `_hits`, when the caller has them."""
        # In the text's order, not a set's: a set's order follows the process's hash seed, and two
        # names that tie on score would then win by chance, run to run.
        # A hit is a non-empty (word, similarity) tuple: `filter(None, ...)` drops the misses.
        hits = self._hits(folded) if hits is None else hits
        present = dict.fromkeys(map(_watched_word, filter(None, hits)))
        if isinstance(hits, _FieldHits) and hits.tied:
            present.update(dict.fromkeys(word for _, word in hits.tied))
        if self._bare_of:
            present.update(dict.fromkeys(self._bare_of[word] for word in list(present) if word in self._bare_of))
        for twins in (self._sound_twin, self._short_twin):
            if twins:
                present.update(dict.fromkeys(twin for word in list(present) if word in twins for twin in twins[word]))
        if self._in_longer_names:
            present.update(dict.fromkeys(word for _, word in self._also_spelt(folded, hits)))
        by_key, holds = self._by_key, present.__contains__
        return [name for key in present if key in by_key for name, rest in by_key[key] if all(map(holds, rest))]

    def _find(
        self, tokens: Tokens, candidates: Sequence[_Name], hits: Sequence[tuple[str, float] | None] | None = None
    ) -> list[_Found]:
        """Every candidate name laid over the text, as written or as a variant. `hits`: the
        field's `_hits`, when the caller has them."""
        positions: dict[str, list[tuple[int, float]]] = defaultdict(list)
        weak_as: dict[str, set[int]] = defaultdict(set)  # watched word -> where a short twin stands for it
        folded = tokens.folded
        if hits is None:
            hits = self._hits(folded)
        # Only the words that stand for a watched word are placed: most words stand for none.
        for i in compress(range(len(hits)), hits):
            watched_word, similarity = hits[i]  # type: ignore[misc]  # compress kept the hits only
            positions[watched_word].append((i, similarity))
            bare = self._bare_of.get(watched_word)
            if bare is not None:
                positions[bare].append((i, similarity))
            for twin in self._sound_twin.get(watched_word, ()):
                positions[twin].append((i, similarity))
            for twin in self._short_twin.get(watched_word, ()):
                positions[twin].append((i, similarity))
                weak_as[twin].add(i)
        for i, word in self._also_spelt(folded, hits):
            positions[word].append((i, 100.0))
        for i, word in hits.tied if isinstance(hits, _FieldHits) else ():
            positions[word].append((i, 100.0))
        found = []
        weak = set() if self._weak.isdisjoint(folded) else {i for i, word in enumerate(folded) if word in self._weak}
        for name in candidates:
            if all(word in positions for word in name.required):
                # a word that stands for this name's word only as its short twin is weak here alone
                own = weak.union(*(weak_as[word] for word in name.required if word in weak_as)) if weak_as else weak
                found.extend(_lay(name, tokens, positions, own, lenient=self._gazetteer is not None))
        return found

    def evaluate(self, title: str, summary: str) -> list[WatchlistResult]:
        """Every watchlist's verdict on an item, in config order."""
        return self._verdicts(title, summary, every_watchlist=True)

    def taking(self, title: str, summary: str) -> frozenset[str]:
        """The watchlists whose terms take an item wherever it is: a keyword it needs is there,
        and no exclude term. For an item naming no watched place that may still report an
        alerted incident (`bot.pipeline._follow_up_in_a_region`): its keywords decide as they would."""
        fields = [tokenize(title), tokenize(summary)]
        langs = item_languages(fields)
        words = [
            FieldWords(name, text, tokens, langs, self._openings, self._stem_screen)
            for (name, text), tokens in zip((("title", title), ("summary", summary)), fields, strict=True)
        ]
        for field_words in words:
            field_words.place_name = self._place_name
        found = set()
        for wl_id in self._order:
            terms = self._terms[self._reads_as[wl_id]]
            if first_exact_hit(terms.exclude, words) is not None:
                continue
            if not self._terms[wl_id].keywords or first_hit(terms.keywords, words) is not None:
                found.add(wl_id)
        return frozenset(found)

    def _place_name(self, folded: str) -> bool:
        """Whether the gazetteer knows a place of this one folded word (a keyword's word written
        as a name: "las ruinas de Tiro"); never without a gazetteer."""
        return self._gazetteer is not None and bool(self._gazetteer.lookup((folded,)))

    def match(self, title: str, summary: str, year: int | None = None) -> list[WatchlistResult]:
        """Only the watchlists that alert on this item. `year`: the item's own (its published
        date's, or the current one): a deed its summary dates to an older year under a headline
        counting years back is that past one (`bot.framing.framed`). None: no year is known, and
        no deed is held past by that reading alone."""
        return [r for r in self._verdicts(title, summary, every_watchlist=False, year=year) if r.alerts]

    def _verdicts(self, title: str, summary: str, every_watchlist: bool, year: int | None = None) -> list[WatchlistResult]:
        # Every field's words: each is read for the words that could start a keyword, or looked
        # up for names, whatever the item holds.
        fields = [tokenize(title), tokenize(summary)]
        # With every watchlist needing a keyword (and no radius to look around), an item with no
        # word that could start one alerts none, whatever places it names: most items, answered
        # before their words are looked up for names, and before anything else is set up for them.
        starts: bool | None = None
        if not every_watchlist and self._nearby is None and self._keywords_everywhere:
            starts = self._term_starts.any_in(fields)
            if not starts:
                return []
        best: dict[str, dict[str, LocationMatch]] = defaultdict(dict)
        rejected: dict[str, list[Rejected]] = defaultdict(list)
        disowned: dict[tuple[str, str], str] = {}  # location -> how far its false friend reaches
        anchored: set[tuple[str, str]] = set()  # locations named as a place somewhere: "near Gao"
        # Mentions read as the place that nothing anchors, kept to ask, only when a body's name
        # disowned their location, whether one is the scene of a deed ("storm Kidal", "Gao market").
        unanchored: dict[tuple[str, str], list[tuple[Tokens, int, int]]] = defaultdict(list)
        # the nearest place named within a radius, each time the item names it
        near: dict[tuple[str, str], list[LocationMatch]] = {}
        named_texts = (("title", title), ("summary", summary))
        readings: list[ItemReading] = []
        # Names found and not false friends, checked against the item's places only for a
        # watchlist that could alert on the item: most items that name a place alert on none.
        pending: dict[str, list[tuple[LocationMatch, _Found, Tokens, int]]] = defaultdict(list)
        hits: dict[str, tuple[TermHit | None, TermHit | None]] = {}  # watchlist -> (keyword, exclude term)
        stemmed: list[list[FieldWords]] = []

        def terms_hit(wl_id: str) -> tuple[TermHit | None, TermHit | None]:
            """A watchlist's first keyword and exclude term in the item; the fields' words are
            stemmed once, for every watchlist."""
            if not stemmed:
                every = [(name, text, tokens_of(index)) for index, (name, text) in enumerate(named_texts)]
                # The words of the watched names found in the item are a place's, whose accents
                # say no language ("Côte d'Ivoire"); grouping reads its places' words so too.
                place_words = frozenset(word for names in found_names for name in names for word in name.tokens)
                langs = item_languages([tokens for _, _, tokens in every], place_words)
                screen = self._stem_screen
                fields_words = [
                    FieldWords(name, text, tokens, langs, self._openings, screen, year) for name, text, tokens in every
                ]
                for field_words in fields_words:
                    field_words.place_name = self._place_name
                stemmed.append(fields_words)
            same = self._reads_as[wl_id]
            if same not in hits:
                terms = self._terms[same]
                hits[same] = (first_hit(terms.keywords, stemmed[0]), first_exact_hit(terms.exclude, stemmed[0]))
            return hits[same]

        def could_alert(wl_id: str) -> bool:
            """Whether the watchlist alerts if its places are as found: a keyword it needs is
            there, and no exclude term."""
            keyword, excluded_by = terms_hit(wl_id)
            return excluded_by is None and (keyword is not None or not self._terms[wl_id].keywords)

        tokens_of = fields.__getitem__

        def places_of(index: int) -> ItemPlaces:
            """The item's places, read once and only when a found name asks (most items name none);
            a field's names chosen only when it is asked for."""
            assert self._gazetteer is not None
            if not readings:
                readings.append(ItemReading(self._gazetteer, tokens_of(0), tokens_of(1)))
            return readings[0].field(index)

        # Every field's words, folded once: the names they could hold are looked up in them.
        word_hits = [self._hits(tokens.folded) for tokens in fields]
        found_names = [self._candidates(tokens.folded, hits) for tokens, hits in zip(fields, word_hits, strict=True)]
        # Only a watchlist that could alert is worth reading for its places (most items that name
        # a place have none of its keywords): its verdict is the only one `match` returns. Whether
        # it could is asked of the names that are laid over the text and read as the place
        # (`pending`, below), not of every candidate: reading the keywords' senses costs more than
        # laying and judging names, and many candidates come to nothing (their words are all there,
        # but not together; "Man" at a sentence's start). A name of a watchlist that could not
        # alert, laid or turned away, changes nothing in what `match` returns.
        if not every_watchlist:
            named = dict.fromkeys(n.watchlist for names in found_names for n in names)
            if (
                named
                and all(self._terms[wl_id].keywords for wl_id in named)
                and not (starts if starts is not None else self._term_starts.any_in(fields))
            ):
                found_names = [[], []]  # not one word that could start a keyword: no watchlist could alert
            if self._nearby is None and not any(found_names):
                return []
        for field_index, (field_name, text) in enumerate(named_texts):
            candidates = found_names[field_index]
            if not candidates and self._nearby is None:
                continue
            tokens = tokens_of(field_index)
            # How the field uses capitals, worked out when first needed: many fields lay no name.
            styled, title_case, all_caps = False, False, False
            if self._nearby is not None:
                styled, (title_case, all_caps) = True, capitals_style(tokens)
                self._near(field_name, text, tokens, title_case, all_caps, near)
            for found in _outermost(self._find(tokens, candidates, word_hits[field_index])) if candidates else ():
                name = found.name
                first, last = tokens[found.first], tokens[found.last]
                match = LocationMatch(
                    name.watchlist,
                    name.location,
                    name.alias,
                    field_name,
                    first.start,
                    last.end,
                    text[first.start : last.end],
                    found.score,
                    alias_source=name.source,
                )
                arabic = _arabic_word(name, tokens, found) or _arabic_phrase(name, tokens, found)
                if arabic is not None and arabic.scope == "mention" and self._coordinated_with_a_city(tokens, found.first):
                    arabic = None  # "بتعز وعدن": joined by "and" to a city, a city too
                why = (
                    _foreign_spelling(name, tokens, found)
                    or arabic
                    or _arabic_spelling(name, tokens, found)
                    or _acronym(name, tokens, found)
                    or _nickname(tokens, found)
                    or _masculine_noun(name, tokens, found)
                    or _everyday_in_lower_case(name, tokens, found, fields, self._watched.get((name.watchlist, name.location)))
                    or _opening_word(tokens, found, fields)
                    or _feast(tokens, found, fields)
                    or _arabic_person(name, tokens, found, fields)
                )
                if why is None and name.source == "gazetteer: acronym":
                    why = country_acronym(tokens, found.first, found.last)
                if why is None:
                    if not styled:
                        styled, (title_case, all_caps) = True, capitals_style(tokens)
                    why = judge_context(
                        tokens,
                        found.first,
                        found.last,
                        len(name.content) == 1,
                        title_case,
                        self.vocabulary,
                        self._tie_countries,
                        code=name.code,
                        all_caps=all_caps,
                        own_words=name.place_words,
                    )
                division = name.location in self._divisions
                if why is not None and division and _division_word_beside(tokens, found.first, found.last):
                    why = None  # "Borno State", "l'État de Benue": the watched division itself
                if why is not None:
                    rejected[name.watchlist].append(Rejected(match, why.reason))
                    if why.scope != "mention":
                        _disown(disowned, (name.watchlist, name.location), why.scope)
                    continue
                pending[name.watchlist].append((match, found, tokens, field_index))
        for wl_id, options in pending.items():
            if not every_watchlist and not could_alert(wl_id):
                continue  # no alert whatever the item means: not worth reading it for its places
            # The words read as written first, then the loose readings of words apart: words that
            # the close reading turned away are not matched again by a loose reading of them.
            closely_refused: set[tuple[str, int, int]] = set()
            for match, found, tokens, field_index in sorted(options, key=lambda option: option[1].apart):
                name = found.name
                if found.others and not self._beside(found, places_of(field_index)):
                    continue  # another name beside words apart, as without a gazetteer
                if found.apart and _loosely_refused(closely_refused, match.location, field_index, found):
                    continue  # "flights bound for Mosul airport": where a journey goes, however read
                other = self._context(found, tokens, field_index, places_of)
                if other is not None:
                    rejected[wl_id].append(Rejected(match, other.reason))
                    if other.scope != "mention":
                        _disown(disowned, (wl_id, match.location), other.scope)
                    elif not found.apart:
                        closely_refused.update((match.location, field_index, k) for k in range(found.first, found.last + 1))
                    continue
                if locative(tokens, found.first):
                    anchored.add((wl_id, name.location))
                else:
                    unanchored[(wl_id, name.location)].append((tokens, found.first, found.last))
                current = best[wl_id].get(match.location)
                if current is None or match.score > current.score:
                    best[wl_id][match.location] = match
                if "alternate" in name.source and self._gazetteer is not None:  # "l'aéroport de Kaboul"
                    site = self._airport_named_by_city(match, found, tokens, places_of(field_index))
                    if site is not None and site.location not in best[wl_id]:
                        best[wl_id][site.location] = site
        for (wl_id, location), scope in disowned.items():
            if scope == "body" and any(scene_of_a_deed(*mention) for mention in unanchored.get((wl_id, location), ())):
                continue  # "Kidal Security Council: jihadists storm Kidal": the body's name is its own mention
            if scope == "item" or (wl_id, location) not in anchored:
                best.get(wl_id, {}).pop(location, None)
        for (wl_id, location), matches in near.items():
            if location not in best.get(wl_id, {}) and (wl_id, location) not in disowned:
                # each time the name is written decides for itself: "Balaceras en Tuxpan,
                # Veracruz, y en Tuxpan, Michoacán" names the town within Zitácuaro's radius once
                reasons = [(match, self._near_elsewhere(match, tokens_of, places_of)) for match in matches]
                kept = next((match for match, elsewhere in reasons if elsewhere is None), None)
                if kept is None:
                    match, elsewhere = reasons[0]
                    rejected[wl_id].append(Rejected(match, elsewhere or ""))
                    continue
                best[wl_id][location] = kept  # the place itself, when named, is better evidence
        self._held_within(best, disowned)
        best = {wl_id: found for wl_id, found in best.items() if found}
        if not best and not rejected:
            if not every_watchlist:
                return []
            return [WatchlistResult(wl_id, (), None, None, bool(self._terms[wl_id].keywords)) for wl_id in self._order]
        results = []
        # The watchlists that found or turned away a name, in config order: filtered at C speed,
        # a config may hold thousands.
        named_here = best.keys() | rejected.keys()
        for wl_id in self._order if every_watchlist else list(filter(named_here.__contains__, self._order)):
            locations = tuple(sorted(best.get(wl_id, {}).values(), key=lambda m: (m.field != "title", m.start)))
            keyword, excluded_by = terms_hit(wl_id) if locations else (None, None)
            turned_away = [r for r in rejected.get(wl_id, ()) if r.match.location not in best.get(wl_id, {})]
            if keyword is not None and keyword.field != "title" and any(m.field != "title" for m in locations):
                far = [m for m in locations if not self._keyword_near(wl_id, m, keyword, stemmed[0], tokens_of)]
                if far:
                    locations = tuple(m for m in locations if m not in far)
                    turned_away += [
                        Rejected(m, f"no keyword within {KEYWORD_REACH} words of it: not what the item reports") for m in far
                    ]
                    if not locations:
                        keyword = None
            needs_keyword = bool(self._terms[wl_id].keywords)
            refused = None
            if every_watchlist and locations and keyword is None and needs_keyword and stemmed:  # for explanations only
                refused = _first_refused(self._terms[self._reads_as[wl_id]].keywords, stemmed[0])
            results.append(
                WatchlistResult(
                    watchlist=wl_id,
                    locations=locations,
                    keyword=keyword,
                    excluded_by=excluded_by,
                    needs_keyword=needs_keyword,
                    rejected=tuple(turned_away),
                    refused_keyword=refused,
                )
            )
        return results

    def _keyword_near(
        self, wl_id: str, match: LocationMatch, keyword: TermHit, fields: Sequence[FieldWords], tokens_of: Callable[[int], Tokens]
    ) -> bool:
        """Whether a keyword of the watchlist stands within KEYWORD_REACH words of a place named in
        the summary, or in the title (which sets the topic of the whole item). A long summary (a
        whole article, as some feeds give) names places in passing, far from the attack it reports:
        "an AI summit in New Delhi ... last year's summit in Paris ... 'could kill a sector'"."""
        if match.field == "title":
            return True
        terms = self._terms[wl_id].keywords
        title, summary = fields
        if any(title.find(term) is not None for term in terms):
            return True
        text = summary.text
        if keyword.field == "summary":  # the first keyword met, counted cheaply first: most are near
            lo, hi = sorted((keyword.start, match.start))
            if len(folded_words(text[lo:hi])) <= KEYWORD_REACH + 1:
                return True
        tokens = tokens_of(1)
        # The words inside the match: words start and end in the text's order, so they are one run
        # from the first that starts at or after it (found by halves, not by making every word).
        indices = []
        for i in range(bisect_left(range(len(tokens)), match.start, key=lambda k: tokens[k].start), len(tokens)):
            if tokens[i].end > match.end:
                break
            indices.append(i)
        if not indices:
            return True  # no word of it found again: do not turn it away
        for term in terms:
            gap = summary.distance(term, indices[0], indices[-1])
            if gap is not None and gap <= KEYWORD_REACH:
                return True
        return False

    def _coordinated_with_a_city(self, tokens: Tokens, index: int) -> bool:
        """Whether the Arabic word at `index` is joined by "and" (و written onto it) to the word
        before, which names a city ("بتعز وعدن", "في حلب وإدلب"): coordinated with a place, the
        word is a place as well, whatever else it means."""
        if self._gazetteer is None or index == 0 or tokens[index].gap != " " or not tokens.folded[index].startswith(_AR_AND):
            return False
        before = tokens.folded[index - 1]
        if not is_arabic(before):
            return False
        for form in (before, *readings(before, 3)):
            if any(place.kind == "city" for place in self._gazetteer.lookup((form,))):
                return True
        return False

    def _own_divisions(self, watched: GeoPlace) -> frozenset[str]:
        """The codes of the first-level divisions the watched town lies in: its own, and a kin
        division GeoNames split from it or merged into it (`admin1_kin`) only where the town lies
        in that one's part, by its coordinates: GeoNames files a record of the town, one within
        DISTINCT_TOWN_KM, under the kin too ("Al Fūlah", under Southern Kordofan, has "Al-Fulah"
        under West Kordofan 3 km off; Kadugli and Dilling, near that border, have none). Towns of
        the pair farther off say nothing of a border that runs between them; with none within
        KIN_CHECK_KM the gazetteer knows nothing of the town's part and the kin stays (Taoudenni,
        in the desert; when unsure, send)."""
        country, admin1 = watched.country or "", watched.admin1 or ""
        known = self._own_division_codes.get(watched.id)
        if known is not None:
            return known
        kin = admin1_kin(country, admin1) if country and admin1 else frozenset()
        codes = frozenset({admin1}) | kin if admin1 else frozenset()
        if kin and self._gazetteer is not None and not math.isnan(watched.lat):
            around = [
                (km, place.admin1)
                for place, km in self._gazetteer.within(watched.lat, watched.lon, KIN_CHECK_KM, "city")
                if place.id != watched.id and place.country == country and place.admin1 in codes
            ]
            if around:
                codes = frozenset({admin1}) | frozenset(code for km, code in around if km <= DISTINCT_TOWN_KM and code in kin)
        self._own_division_codes[watched.id] = codes
        return codes

    def _watchlist_countries(self, watchlist: str) -> frozenset[str]:
        """The countries of a watchlist's locations the gazetteer resolved: where its unresolved
        names are looked for too (the resolver turned their namesakes away as of other countries)."""
        return frozenset(p.country for (wl, _), p in self._watched.items() if wl == watchlist and p is not None and p.country)

    def _context(
        self, found: _Found, tokens: Tokens, field_index: int, places_of: Callable[[int], ItemPlaces]
    ) -> FalseFriend | None:
        """Why the item, read for its places, says a found name is not the watched place: an
        airport code the admin did not type, outside a sentence about flying; a namesake the
        item places elsewhere ("Tripoli, Lebanon"); words apart that another place holds
        ("Dubai airport, Kabul officials say"); a place that is only someone's home ("Erbil-based
        Rudaw reports a car bomb in Sulaymaniyah") or only where the news comes from or travel
        began ("officials in Erbil said", "flights from Kabul") when the item names a scene far
        from it.
        None when unsure: a missed attack costs more. A namesake the item ties to another
        country by grammar ("Bolivia's Beni") is that place for the whole item, as a false
        friend's place elsewhere is: the same name later in it ("the department of Beni") too."""
        name = found.name
        if name.source == _CODE_SOURCE and not _about_flying(tokens, found.first, found.last):
            return FalseFriend("an airport code with no word of flying in its sentence", "mention")
        if not found.apart:
            longer = _longer_name(tokens, found.last)
            if longer is not None:
                return FalseFriend(f"part of a longer place name ({longer})", "mention")
        if self._gazetteer is None:
            return None
        watched = self._watched.get((name.watchlist, name.location))
        if watched is not None and watched.kind != "country" and watched.country and _spelt_only_loosely(name, tokens, found):
            # A loose reading (ك a hard g, ط Somali "dh") is weak evidence: an item about a city
            # of another country ("سوق بكارة بمقديشو", "الكرادة وسط بغداد") names that city's
            # quarter or market, not a watched town of another that the word could spell. Not a
            # country named alone: a border town's news names its neighbour ("قرب الحدود مع كينيا").
            fields = (places_of(0), places_of(1))
            countries = {code for places in fields for code in places.countries}
            abroad = next(
                (
                    mention.text
                    for places in fields
                    for mention in places.mentions
                    if mention.chosen is not None
                    and mention.chosen.kind == "city"
                    and mention.chosen.country != watched.country
                    and not mention.glued
                ),
                None,
            )
            if abroad is not None and watched.country not in countries:
                spelt = tokens.words[found.first]
                said = f"a loose Arabic spelling of the name ({spelt}), in an item about a city abroad ({abroad})"
                return FalseFriend(said, "mention")
        if (
            watched is not None
            and watched.kind != "country"
            and not math.isnan(watched.lat)
            and not found.apart
            and _only_a_home(tokens, found.first, found.last)
            and not _hometown_named((places_of(0), places_of(1)))
        ):
            # Not the dateline: where the news was filed is no scene ("PORT SUDAN: Wad Madani
            # residents recount the looting" tells of Wad Madani).
            fields = (places_of(0), places_of(1))
            town = _scene_elsewhere(fields, watched, self._own_reach(name), datelines=False)
            if town is not None and _persons_home(tokens, found.first, found.last):
                # a person's home with a town far from it as the scene: that home throughout the item
                said = f"only the home of someone or something in the item, which happens elsewhere ({town})"
                return FalseFriend(said, "mention")
            scene = (
                town
                or _named_scene(fields, name.content, watched)
                or self._arabic_scene(fields, watched, name.content)
                or (_part_of_its_country(fields, watched) if _a_base(tokens, found.first, found.last) else None)
            )
            if scene is not None:
                return FalseFriend(
                    f"only the home of someone or something in the item, which happens elsewhere ({scene})", "mention"
                )
        unplaced = watched is None or (watched.kind != "country" and math.isnan(watched.lat))  # not in the gazetteer
        if (
            unplaced
            and not found.apart
            and _persons_home(tokens, found.first, found.last)
        ):
            city = _a_city_as_scene((places_of(0), places_of(1)), name.content)
            if city is not None:
                said = f"only the home of someone in the item, which happens in a city of its own ({city})"
                return FalseFriend(said, "mention")
        if watched is not None and watched.kind == "city" and not found.apart:
            school = _scholars_work(tokens, found.first, found.last)
            if school is not None:
                said = f"only the home of an institution of learning whose study or seminar it is ({school})"
                return FalseFriend(said, "mention")
        if (
            watched is not None
            and watched.kind == "city"
            and not math.isnan(watched.lat)
            and not found.apart
            and (
                _named_division(tokens, found.first, found.last, self._has_radius(name)) is not None
                or _division_in_apposition(tokens, found.first)
            )
        ):
            # "Pikit, Cotabato province", "Sindangan, Zamboanga del Norte", "near Tessit in the Gao
            # region": the province named after the city, with a town of it outside the city's
            # reach as the scene. A district is no such town ("the Hajjah governorate's Abs
            # district"): an area, it may reach the city however far its namesake town lies.
            scene = _scene_elsewhere((places_of(0), places_of(1)), watched, self._own_reach(name), towns_only=True)
            if scene is not None and _in_title_not_as_division(places_of(0), name.content):
                scene = None  # "SEGOU : ..." above "près de Markala, dans la région de SEGOU": the title's topic
            if scene is not None:
                division = _named_division(tokens, found.first, found.last, self._has_radius(name)) or " ".join(
                    tokens.words[found.first : found.last + 1]
                )
                province = f"the province named after the city ({division}), while the item happens in {scene}"
                return FalseFriend(province, "mention")
        if (
            watched is not None
            and watched.kind in ("city", "airport")
            and not math.isnan(watched.lat)
            and not found.apart
            and self._capitalised_after(tokens, found, places_of(field_index))
        ):
            scene = (
                _scene_elsewhere((places_of(0), places_of(1)), watched, self._own_reach(name))
                or _named_scene((places_of(0), places_of(1)), name.content, watched)
                or _country_abroad((places_of(0), places_of(1)), watched, tokens.words[found.first])
            )
            if scene is not None:
                spelled = " ".join(tokens.words[found.first : found.last + 2])
                return FalseFriend(
                    f"the start of a longer name ({spelled}...), while the item happens elsewhere ({scene})", "mention"
                )
        part = (
            _part_named_after(tokens, found.first, found.last)
            if watched is not None and watched.kind == "city" and not math.isnan(watched.lat) and not found.apart
            else None
        )
        if part is None and watched is not None and watched.kind == "city" and not found.apart:
            part = _arabic_quarter(tokens, found.first, found.last)
        if part is not None and watched is not None and _whole_is_larger(part, places_of(field_index), found.last, watched):
            # A quarter or a market named after the town, in a city far from it: "au marché
            # Mokolo ... de Yaoundé", "in the Malindi area of Stone Town ... police in Zanzibar",
            # "حي المرج شرقي القاهرة" (the city by Arabic grammar, which the place model leaves out).
            scene = _scene_elsewhere((places_of(0), places_of(1)), watched, self._own_reach(name)) or (
                self._arabic_scene((places_of(0), places_of(1)), watched, name.content) if is_arabic(part) else None
            )
            if scene is not None:
                return FalseFriend(f"a part of another town named after the place ({part}), in {scene}", "item")
        body = _body_after(tokens, found.last) if not found.apart and (watched is None or watched.kind != "country") else None
        if body is not None:
            fields = (places_of(0), places_of(1))
            located = watched is not None and not math.isnan(watched.lat)
            scene = (
                _scene_elsewhere(fields, watched, self._own_reach(name)) if watched is not None and located else None
            ) or _named_scene(fields, name.content, watched)
            if scene is not None:
                spelled = " ".join(tokens.words[found.first : body + 1])
                said = f"a body named after the place ({spelled}), while the item happens elsewhere ({scene})"
                return FalseFriend(said, "person")
        if (watched is None or math.isnan(watched.lat)) and not found.apart:
            # A place the gazetteer does not know is still only a point of reference when a
            # distance from it is written ("à plus de 150 km de Kamanyola", "far from Masisi").
            away = _reference_point(tokens, found.first)
            if away is not None and away[0] > SAME_PLACE_KM:
                return FalseFriend(f"a point of reference ({away[1]} {tokens.words[found.first]}), not the scene", "mention")
        if (watched is None or math.isnan(watched.lat)) and not found.apart:
            # A place the gazetteer does not know is still only where the news comes from when the
            # item names a scene by a word of place ("Officials in Dolow said ... a base in
            # Baardheere"): no distance to measure, the scene's own name says it is elsewhere.
            source = _only_a_source(tokens, found.first, found.last)
            if source is not None:
                scene = _named_scene((places_of(0), places_of(1)), name.content)
                if scene is not None:
                    return FalseFriend(f"{source}, while the item happens elsewhere ({scene})", "mention")
            # ... and only someone's home, as a town it can measure is ("a student from Jaghori
            # killed in Kabul", "Chakaria-born migrant", "a Kebri Dehar native", "شاب من أبناء أوجلة").
            # With no distance to measure, only a city of its own is surely elsewhere ("Traders
            # from Diafarabé killed in Ténenkou": the small town may be next door; when unsure, send).
            if _only_a_home(tokens, found.first, found.last):
                fields = (places_of(0), places_of(1))
                born = _birthplace(tokens, found.first, found.last)
                scene = _named_scene(fields, name.content) if born else _a_city_as_scene(fields, name.content)
                if scene is not None:
                    said = f"only the home of someone or something in the item, which happens in a city of its own ({scene})"
                    return FalseFriend(said, "mention")
        if watched is None and not found.apart:
            if (name.watchlist, name.location) in self._watched:
                abroad = _unresolved_namesake_abroad(
                    (places_of(0), places_of(1)), field_index, found.first, self._watchlist_countries(name.watchlist)
                )
                if abroad is not None:
                    return FalseFriend(f"a place of the same name elsewhere ({abroad})", "mention")
            return None
        # "حمص", "مدينة حمص"; a Latin name spelt in Arabic too: "تينزاواتين المالية" is Mali's
        arabic_found = is_arabic(name.alias) or is_arabic(tokens.folded[found.last])
        if watched is not None and watched.kind != "country" and arabic_found:
            elsewhere = self._arabic_country_after(tokens, found.last, watched)
            if elsewhere is not None and elsewhere[0] != watched.country and not self._point_may_lie_in(
                watched, elsewhere[0], name
            ):
                return FalseFriend(f"a place of the same name elsewhere ({elsewhere[1]})", "item")
            if is_arabic(name.alias) and TIED_TO_COUNTRY in name.source and elsewhere is None and not self._placed_as_watched(
                places_of, field_index, found.first, watched
            ):
                # "طرابلس" is Libya's capital unless the item says Lebanon's: "طرابلس اللبنانية"
                return FalseFriend("a better-known namesake's name, not tied to the watched place's country", "mention")
        places = places_of(field_index)
        if watched is not None and TIED_TO_COUNTRY in name.source and not is_arabic(name.alias):
            # "Saida" is Algeria's Saïda unless the item's country, a demonym or a place near it
            # chooses Lebanon's Sidon: "Saida, south Lebanon", "à Saïda, au sud de Beyrouth".
            mention = places.at(found.first)
            # The title's heading and the summary's sentence read the name alike: "Khoms:" above
            # "in Khoms, on Libya's coast" is Libya's Al Khums in both.
            again = (
                m
                for other in (places_of(0), places_of(1))
                for m in other.mentions
                if mention is not None and fold(m.text) == fold(mention.text)
            )
            tied = _tied_by_own_division((places_of(0), places_of(1)), watched)
            if not tied and not _chosen_as(mention, watched) and not any(_chosen_as(m, watched) for m in again):
                return FalseFriend("a better-known namesake's name, not tied to the watched place's country", "mention")
        if watched is not None and not math.isnan(watched.lat):
            # a variant's layout too: "l'aéroport Aden Adde" holds "aéroport Aden", Aden airport's
            airport = _airport_named_after_noun(self._gazetteer, tokens, found.first, found.last)
            if airport is None and watched.kind != "airport" and not found.apart:
                airport = _airport_named_with(self._gazetteer, tokens, found.first, found.last)
            if (
                airport is not None
                and airport.id != watched.id
                and distance_km(airport.lat, airport.lon, watched.lat, watched.lon) > 2 * SAME_PLACE_KM
            ):
                return FalseFriend(f"part of an airport's name, far from it ({airport.name}, {airport.country})", "mention")
        if watched is not None and watched.kind != "country" and not math.isnan(watched.lat) and not found.apart:
            building = _building_elsewhere(tokens, found.first, found.last, places, watched)
            if building is not None:
                return FalseFriend(f"a building named after the place, elsewhere ({building})", "mention")
        if watched is not None:
            for start, end in _runs(found.used):
                why = means_elsewhere(places, (start, end), watched)
                if why is not None:
                    # the place model's name inside the match: "el Callao" holds "Callao, Perú"
                    mention = next((m for m in places.mentions if m.start_token < end and start < m.end_token), None)
                    tied = (mention is not None and mention.basis == "attached") or why.startswith(
                        (INSIDE_ANOTHER, SUPPORTED_NAMESAKE)
                    )
                    if tied and mention is not None and _also_tied_here((places_of(0), places_of(1)), mention.text, watched):
                        tied = False  # "Tuxpan, Veracruz, y en Tuxpan, Michoacán": each its own
                    return FalseFriend(why, "item" if tied else "mention")
            if watched.kind == "city" and not math.isnan(watched.lat):
                mention = places.at(found.first)
                known = watched.population >= KNOWN_BY_NAME or self._is_capital(watched)
                if mention is not None and mention.basis in ("only", "population") and not known:
                    foreign = _foreign_item(places, (places_of(0), places_of(1)), mention, watched, self._is_capital)
                    if foreign is not None:
                        return FalseFriend(foreign, "mention")
        if watched is not None and watched.kind == "airport":
            road = _site_road(tokens, found.used)
            if road is not None:
                return FalseFriend(f"a road named after the airport ({road})", "mention")
        if watched is not None and watched.kind in ("city", "airport") and not found.apart and not math.isnan(watched.lat):
            journey = _journey_end(tokens, found.first, found.last) or _arabic_refuge(tokens, found.first)
            if journey is None and _destination(tokens, found.first) and _travellers_before(tokens, found.first):
                # "Explosion at Doha airport delays flights to Kabul": where the flights go
                start = max(0, found.first - 2)
                journey = f"where a journey goes ('{' '.join(tokens.words[start : found.last + 1])}')"
            if journey is not None:
                scene = _scene_elsewhere(
                    (places_of(0), places_of(1)), watched, SAME_PLACE_KM, distinct=watched.kind != "airport"
                ) or _named_scene(
                    (places_of(0), places_of(1)),
                    name.content,
                    division_of=watched,
                    # a road leaves the town through its province; the wounded taken to it come
                    # from anywhere in it ("a town in Tigray ... hospital in Adigrat")
                    road_of=(watched, self._own_divisions(watched)) if journey.startswith(_ROAD_ENDS) else None,
                ) or self._arabic_scene((places_of(0), places_of(1)), watched, name.content)
                if scene is not None:
                    return FalseFriend(f"only {journey}, while the item happens elsewhere ({scene})", "mention")
        if watched is not None and watched.kind in ("city", "airport") and not found.apart and not math.isnan(watched.lat):
            calm = _untouched(tokens, found.first, found.last)
            if calm is not None:
                # Near the scene, an untouched site is still news to those watching it ("Kati camp
                # attacked; Bamako airport flights unaffected"): only a scene far from it counts.
                scene = _scene_elsewhere(
                    (places_of(0), places_of(1)), watched, SAME_PLACE_KM, distinct=watched.kind != "airport"
                ) or _named_scene(
                    (places_of(0), places_of(1)), name.content, watched
                )
                if scene is not None:
                    said = "named only as untouched" if calm[0] else "only put on alert"
                    return FalseFriend(f"{said} ('{calm[1]}'), while the item happens elsewhere ({scene})", "mention")
            held = _journeys_held_up(tokens, found.first, found.last)
            if held is not None:
                scene = _scene_elsewhere((places_of(0), places_of(1)), watched, SAME_PLACE_KM) or _named_scene(
                    (places_of(0), places_of(1)), name.content, watched
                )
                if scene is not None:
                    return FalseFriend(
                        f"only where journeys held up go or start ('{held}'), while the item happens elsewhere ({scene})",
                        "mention",
                    )
        if watched is not None and watched.kind == "city" and not found.apart:
            if _fled_to(tokens, found.first):
                scene = _scene_elsewhere((places_of(0), places_of(1)), watched, SAME_PLACE_KM) or _named_scene(
                    (places_of(0), places_of(1)), name.content
                ) or self._arabic_scene((places_of(0), places_of(1)), watched, name.content)
                if scene is not None:
                    return FalseFriend(f"only where people go, while the item happens elsewhere ({scene})", "mention")
            # Only a seat of government stands for one: "la position de Kollo" (a town of 30,000)
            # is the army's post there, "la position de Niamey" the government's stance.
            seat = self._is_capital(watched) or watched.population >= GOVERNMENT_SEAT
            government = (
                named_for_government(tokens, found.first, found.last)
                if seat and may_name_a_government(tokens.folded, found.first, found.last)
                else None
            )
            if government is not None:
                reason, speaks = government
                if not speaks and not the_capital_is_a_scene(self._gazetteer, (places_of(0), places_of(1)), watched):
                    return FalseFriend(reason, "mention")
                # The government as the speaker is a source like any other: a scene beyond the
                # place's own reach is elsewhere ("..., annonce Erbil" of a drone near Souleimaniye).
                scene = _scene_elsewhere((places_of(0), places_of(1)), watched, self._own_reach(name)) or _named_scene(
                    (places_of(0), places_of(1)), name.content
                ) or self._arabic_scene((places_of(0), places_of(1)), watched, name.content)
                if scene is not None and not the_capital_is_a_scene(self._gazetteer, (places_of(0), places_of(1)), watched):
                    # who speaks, when the grammar of reporting names them ("les autorités de
                    # Maiduguri ont annoncé"), says it better than the city for its government
                    source = _only_a_source(tokens, found.first, found.last)
                    if source is not None:
                        return FalseFriend(f"{source}, while the item happens elsewhere ({scene})", "mention")
                    return FalseFriend(f"{reason}, only the source, while the item happens elsewhere ({scene})", "mention")
        if found.apart:
            used = sorted(found.used)
            # The name's own words are no other place: "Faladié's gendarmerie school" is Faladié's.
            own = {
                mention.text
                for index in used
                if (mention := places.at(index)) is not None
                and all(k in found.used for k in range(mention.start_token, mention.end_token))
            }
            # A plural site word serves every place of its list: "the airports of Kabul and Herat".
            listed = _plural_site_word(tokens, used) and all(
                k in found.used or name.allows(tokens.folded[k]) or _listed(tokens[k]) for k in range(used[0], used[-1] + 1)
            )
            for i, j in pairwise([] if listed else used):
                holder = another_place_between(places, i, j, near=watched)
                if holder is not None and holder not in own:
                    return FalseFriend(f"words of another place's name ({holder} stands between them or owns them)", "mention")
        if watched is not None and watched.kind != "country" and not math.isnan(watched.lat):
            for start, end in _runs(found.used):
                if dateline(tokens, start, end - 1):
                    fields = (places_of(0), places_of(1))
                    scene = _scene_elsewhere(fields, watched, SAME_PLACE_KM, False, DATELINE_REACH_KM)
                    if scene is not None and self._the_towns_own(fields, scene, watched):
                        scene = None
                    if _this_town(fields, watched):
                        break  # "MALEMA — ... o posto policial de Mutuali, neste distrito": the dateline's town
                    if scene is None and _only_a_dateline(fields, tokens, (start, end), watched, name.content):
                        # "الخرطوم (سونا) - اندلعت اشتباكات في مدينة الأبيض": an Arabic wire's scene
                        # is named by its grammar, which the place model does not read
                        scene = (
                            _dateline_scene(fields, watched, name.content, self._is_capital(watched), self._gazetteer)
                            or self._arabic_scene(fields, watched, name.content, quarters=False)
                            or _foreign_site(self._gazetteer, fields, watched)
                        )
                        if scene is not None and self._the_towns_own(fields, scene, watched):
                            scene = None
                        if scene is not None:
                            return FalseFriend(
                                f"only the dateline (where the news was filed), while the item happens elsewhere ({scene})",
                                "mention",
                            )
                    if scene is not None:
                        # A capital named again without "in" is the correspondent's base ("the capital
                        # Khartoum"): the dateline's reason holds for it unless written as a place.
                        return FalseFriend(
                            f"only the dateline (where the news was filed), while the item happens elsewhere ({scene})",
                            "person"
                            if self._is_capital(watched) and not (field_index and _in_title(places_of(0), name.content))
                            else "mention",
                        )
                    break
                away = _reference_point(tokens, start)
                if away is not None:
                    radius_of = getattr(self._nearby, "radius", None)
                    radius = radius_of(name.watchlist, name.location) if radius_of is not None else None
                    if away[0] > (SAME_PLACE_KM if radius is None else max(radius, SAME_PLACE_KM)):
                        return FalseFriend(f"a point of reference ({away[1]} {tokens.words[start]}), not the scene", "mention")
                # Who only reacts to a deed, or where people only meet about it: no scene while
                # the item names one elsewhere.
                for role_of in (_only_reacting, _venue_of_talks):
                    role = role_of(tokens, start, end - 1)
                    if role is None:
                        continue
                    fields = (places_of(0), places_of(1))
                    scene = _scene_elsewhere(fields, watched, self._own_reach(name)) or _named_scene(fields, name.content)
                    if scene is not None:
                        return FalseFriend(f"{role}, while the item happens elsewhere ({scene})", "mention")
                source = _only_a_source(tokens, start, end - 1)
                if source is not None:
                    fields = (places_of(0), places_of(1))
                    scene = _scene_elsewhere(fields, watched, self._own_reach(name)) or _named_scene(
                        fields, name.content
                    ) or self._arabic_scene(fields, watched, name.content)
                    if scene is not None and _a_part_of_the_town(fields, scene):
                        scene = None  # "Police in Zaria said ... the city's Samaru district": the town's own
                    if scene is not None:
                        return FalseFriend(f"{source}, while the item happens elsewhere ({scene})", "mention")
                    if source.startswith(_TRAVEL_BEGAN) and _aboard((places_of(0), places_of(1))):
                        return FalseFriend(f"{source}, while the item happens aboard", "mention")
                    break
        return None

    def _capitalised_after(self, tokens: Tokens, found: _Found, places: ItemPlaces) -> bool:
        """Whether a capitalised word right after the name goes on with it as one proper name
        ("Kumba Iron Ore", "Sokoto Caliphate council", "Cuamba Transport", "Raqqa Is Being
        Slaughtered Silently"), in a field that writes ordinary words in lower case: not a word of
        place, of a site, of direction or a date ("Sokoto Central Market", "Kabul Airport",
        "Homs Tuesday"), nor another place's name."""
        k = found.last + 1
        if k >= len(tokens) or tokens[k].gap != " " or not tokens[k].capitalized or tokens[k].sentence_start:
            return False
        if tokens.words[k].isupper() or not tokens.folded[k].isalpha() or places.at(k) is not None:
            return False  # "Kabul UN office", an acronym: said nothing of a longer name
        # The capitalised run and the word after it: a site there is the town's own ("Kabul
        # Serena Hotel", "Sokoto Central Market"), not a body named after it.
        m = k
        while m < len(tokens) and m - k <= 4 and (m == k or (tokens[m].capitalized and tokens[m].gap == " ")):
            word = tokens.folded[m]
            if word in PLACE_WORDS or word in CONNECTORS or word in self.vocabulary or word in SITE_WORDS:
                return False
            m += 1
        if m < len(tokens) and tokens[m].gap == " " and (tokens.folded[m] in PLACE_WORDS or tokens.folded[m] in SITE_WORDS):
            return False
        return tokens.writes_lower_case()

    def _has_radius(self, name: _Name) -> bool:
        """Whether the watched location has a `radius:` (see `_own_reach`)."""
        radius_of = getattr(self._nearby, "radius", None)
        return radius_of is not None and radius_of(name.watchlist, name.location) is not None

    def _own_reach(self, name: _Name) -> float:
        """How far from a watched place the item still speaks of it: its radius when it has
        one ("Homs residents say shelling in Hama": Hama, 46 km away, lies outside a radius of
        15), else SAME_PLACE_KM (a city and its airport)."""
        radius_of = getattr(self._nearby, "radius", None)  # a Nearby; a bare callable has none
        radius = radius_of(name.watchlist, name.location) if radius_of is not None else None
        return SAME_PLACE_KM if radius is None else radius

    def _arabic_scene(
        self, fields: Sequence[ItemPlaces], watched: GeoPlace | None, own: Sequence[str], quarters: bool = True
    ) -> str | None:
        """An Arabic word the grammar makes a place ("في سرت", "بالبيضاء", "قرب الفاو") that the
        gazetteer knows only as places farther than NEAR_KM from the watched one, and that is none
        of the watched name's words: a scene elsewhere. The place model leaves such names out,
        being everyday words too ("سرت", I walked; "البيضاء", the white); here the grammar has
        said they are places. None when there is none. Without `quarters`, a quarter or a street
        is none either ("في حي الرميلة" under the dateline "الرقة -" is Raqqa's own)."""
        if self._gazetteer is None or watched is None or math.isnan(watched.lat):
            return None
        for places in fields:
            tokens = places.tokens
            if tokens is None:
                continue
            for k, word in enumerate(tokens.folded):
                if word.isascii() or not is_arabic(word) or word in own:
                    continue
                if is_arabic_accusative(word):
                    continue  # "يقتحمون بنكا": an indefinite noun (a bank), which no town's name is
                if not quarters and k > 0 and _AR_QUARTERS & {tokens.folded[k - 1], *readings(tokens.folded[k - 1], 2)}:
                    continue
                for form in (word, *readings(word, 3)):
                    if form in own or form in _AR_NOT_SCENES or len(form) < 3:
                        continue
                    candidates = [p for p in self._gazetteer.lookup((form,)) if not math.isnan(p.lat)]
                    prefix = word[: len(word) - len(form)]
                    if not candidates or not arabic_place_context(tokens, k, prefix):
                        continue
                    if "\u0628" in prefix and is_frequent_arabic_word(form) and not arabic_place_context(tokens, k, ""):
                        break  # "طعنا بسكين": with a knife, a frequent word that "ب" alone makes no place
                    if all(distance_km(p.lat, p.lon, watched.lat, watched.lon) > NEAR_KM for p in candidates):
                        return tokens.words[k]
                    break
        return None

    def _the_towns_own(self, fields: Sequence[ItemPlaces], scene: str, watched: GeoPlace) -> bool:
        """Whether the scene a dateline's item names is the dateline's town's own, no scene
        elsewhere: a quarter of it ("SOBRAL (CE) - ... no bairro Sumaré"), or, unless the town is a
        capital (whose dateline covers the country), one of its villages ("AUCAYACU (Andina) - ...
        en el caserío de Pucayacu")."""
        return _a_part_of_the_town(fields, scene) or (
            not self._is_capital(watched) and _a_village_of_the_town(fields, scene, watched)
        )

    def _is_capital(self, watched: GeoPlace) -> bool:
        """Whether a watched city is its country's capital (a country's point is its capital's).
        Remembered per watched place: the same few come back item after item."""
        known = self._capitals.get(watched.id)
        if known is None:
            known = self._capitals[watched.id] = self._find_capital(watched)
        return known

    def _find_capital(self, watched: GeoPlace) -> bool:
        country = self._gazetteer.country(watched.country) if self._gazetteer is not None else None
        if country is None or math.isnan(country.lat):
            return False
        # The capital's own record, or another of the same city: not a town beside it (Kati is 15
        # km from Bamako, Kollo 33 km from Niamey, and neither seats a government).
        return distance_km(country.lat, country.lon, watched.lat, watched.lon) <= CAPITAL_KM

    def _airport_named_by_city(
        self, match: LocationMatch, found: _Found, tokens: Tokens, places: ItemPlaces
    ) -> LocationMatch | None:
        """The watched airport of the same watchlist that a city's other name names with an
        airport word ("l'aéroport de Kaboul", "Mogadiscio airport", "aeropuerto de Cabul"):
        the city's airport, when the watchlist watches it. None otherwise."""
        city = self._watched.get((match.watchlist, match.location))
        if city is None or city.kind != "city" or self._gazetteer is None:
            return None
        folded = tokens.folded
        sites = [
            k
            for k in range(max(0, found.first - 4), min(len(tokens), found.last + 4))
            if folded[k] in _AIRPORT_WORDS and _site_road(tokens, (k,)) is None  # not "la route de l'aéroport"
        ]
        owner = next((o for k in sites if (o := site_owner(places, k)) is not None), None)
        # The site word's owner is the very name found as the city (the matcher has read it as
        # the city, where the place model took a namesake: "el aeropuerto de Saná", Peru's Saña).
        own = places.at(found.first)
        read_as_city = own is not None and own.chosen is owner and own.end_token == found.last + 1
        if owner is None or not (beside(owner, city) or read_as_city):
            return None
        for (wl_id, location), place in self._watched.items():
            if wl_id == match.watchlist and place is not None and place.kind == "airport" and beside(place, city):
                return replace(match, location=location)
        return None

    def _near_elsewhere(
        self, match: LocationMatch, tokens_of: Callable[[int], Tokens], places_of: Callable[[int], ItemPlaces]
    ) -> str | None:
        """Why a place named within a location's radius is a namesake the item places elsewhere
        ("Delmas in South Africa's Mpumalanga province", "Jalalabad in Shahjahanpur"), or None."""
        watched = self._watched.get((match.watchlist, match.location))
        if self._gazetteer is None or watched is None or math.isnan(watched.lat):
            return None
        index = 0 if match.field == "title" else 1
        tokens = tokens_of(index)
        first = next((k for k in range(len(tokens)) if tokens[k].start == match.start), None)
        if first is None:
            return None
        places = places_of(index)
        mention = places.at(first)
        if mention is not None and mention.chosen is None and mention.basis == "attached" and mention.attached != watched.country:
            # "Rawdah, Saudi Arabia": tied to a country where the gazetteer knows no place so
            # named, a namesake it does not list, not the one within the radius.
            return f"a place of the same name elsewhere ({mention.why.split(': ', 1)[-1]})"
        if mention is not None:
            # "Tuxpan, Veracruz" anywhere in the item: that state's Tuxpan, the headline's too
            reach = max(match.distance_km or 0, SAME_PLACE_KM) * 2
            tied = _tied_to_another_state((places_of(0), places_of(1)), mention, watched, reach)
            if tied is not None:
                return f"a place of the same name elsewhere ({tied})"
        if mention is not None and mention.chosen is not None and mention.basis in ("only", "population"):
            return _about_elsewhere(places, mention, watched)
        if mention is None or mention.chosen is None or mention.basis not in ("attached", "context", "near"):
            return None
        reach = max(match.distance_km or 0, SAME_PLACE_KM) * 2
        chosen = mention.chosen
        if math.isnan(chosen.lat) or distance_km(chosen.lat, chosen.lon, watched.lat, watched.lon) <= reach:
            return None
        if mention.basis == "context":
            # What other names say, not the name itself written again in the other field.
            weights: dict[str, float] = {}
            for e in places.evidence:
                if e.words != mention.text:
                    weights[e.country] = weights.get(e.country, 0.0) + e.weight
            if weights.get(watched.country, 0.0) > 0 or weights.get(chosen.country, 0.0) < WEIGHTS["demonym"]:
                return None
        return f"a place of the same name elsewhere ({mention.why.split(': ', 1)[-1]})"

    def _point_may_lie_in(self, watched: GeoPlace, country: str, name: _Name) -> bool:
        """Whether a watched site known only by its coords may lie in this country, which the
        item ties it to: its country was only `_point_country`'s guess (no town within
        SITE_IN_TOWN_KM), this one is the country of another location of its watchlist, the site
        lies by its border (this country's nearest town no more than POINT_COUNTRY_KM, the reach of
        that guess, beyond its own country's nearest), and this country has no place of the site's
        name. "Mondoro", typed near Mali's border with Burkina Faso, 66 km from Djibo and 117 from
        Douentza, in a list of Malian and Burkinabè towns, is in Mali when the item says so
        ("موندورو بوسط مالي"): no namesake there. A site 135 km inside Mali, 275 from Niger's
        nearest town, is not in Niger for an item that says so: a namesake's item."""
        if not watched.id.startswith("point:") or self._gazetteer is None:
            return False
        if not any(p.country == country for key, p in self._watched.items() if key[0] == name.watchlist and p is not None):
            return False
        nearest: dict[str, float] = {}
        for town, km in self._gazetteer.within(watched.lat, watched.lon, DESERT_COUNTRY_KM, "city"):
            if km <= SITE_IN_TOWN_KM:
                return False
            nearest[town.country] = min(km, nearest.get(town.country, math.inf))
        if country not in nearest or nearest[country] > nearest.get(watched.country, math.inf) + POINT_COUNTRY_KM:
            return False
        return not any(p.country == country for p in self._gazetteer.lookup(tuple(folded_words(name.location))))

    @staticmethod
    def _placed_as_watched(
        places_of: Callable[[int], ItemPlaces], field_index: int, first: int, watched: GeoPlace
    ) -> bool:
        """Whether the item's reading puts the Arabic name at word `first` at the watched place, as
        it does a Latin one ("اريحا ... في ريف إدلب": a town of the watched place's country beside
        it), names that place's own first-level division, or names only places of its country."""
        mention = places_of(field_index).at(first)
        if _chosen_as(mention, watched) or _tied_by_own_division((places_of(0), places_of(1)), watched):
            return True
        # The other names of the item speak only for the watched place's country ("محافظة البيضاء:
        # ... على رداع", Radaa, a town of Yemen): Arabic has no capitals for the place model to read
        # a name that is also an everyday word by, so the item's countries tie it.
        own = places_of(field_index).tokens
        written = own.words[first] if own is not None and first < len(own) else ""
        weights: dict[str, float] = {}
        said = {
            (e.country, e.kind, e.words)
            for places in (places_of(0), places_of(1))
            for e in places.evidence
            # not the name itself, nor a word of place the gazetteer also knows as a town ("مدينة")
            if e.words != written and fold(e.words) not in _AR_NOT_SCENES
        }
        for country, kind, _ in said:
            weights[country] = weights.get(country, 0.0) + WEIGHTS[kind]
        top = weights.get(watched.country, 0.0)
        return top > 0.0 and all(weight < top for country, weight in weights.items() if country != watched.country)

    def _arabic_country_after(self, tokens: Tokens, last: int, watched: GeoPlace | None = None) -> tuple[str, str] | None:
        """The country an Arabic name is tied to by the words after it, and those words: its
        name ("طرابلس شمال لبنان", "طرابلس في لبنان", "طرابلس (لبنان)") or its adjective
        ("طرابلس اللبنانية": the country's name with the nisba ending, article and ending gone).
        The place model reads names in capitals; Arabic has none, so this reads the grammar.
        A country's name that is also a town near `watched` is that town ("الزرقاء شمال شرق
        عمان": Amman, which Arabic spells as Oman), no tie to another country."""
        assert self._gazetteer is not None
        k = last + 1
        while k < len(tokens) and k - last <= 4 and not _breaks(tokens[k].gap, loose=True):
            word = tokens.folded[k]
            if not is_arabic(word):
                return None
            code = _arabic_country(self._gazetteer, word)
            if k + 1 < len(tokens) and tokens[k + 1].gap == " ":
                # a country of two words: "غينيا بيساو" is Guinea-Bissau, not Guinea; "جنوب السودان"
                code = self._gazetteer.country_named((word, tokens.folded[k + 1])) or code
            if code is not None and watched is not None and _town_near(self._gazetteer, word, watched):
                return None
            if code is not None:
                return code, " ".join(tokens.words[last : k + 1])
            before = tokens.folded[k - 1]  # "زنجبار عاصمة محافظة أبين", "زنجبار بمحافظة أبين"
            named = k - 1 > last and any(r in _AR_DIVISION_NOUNS for r in (before, *readings(before, 3)))
            least = MIN_NAMED_DIVISION_CONSONANTS if named else MIN_DIVISION_CONSONANTS
            spelt = watched is not None and _division_spelt(word, watched.country, least)
            if watched is not None and (_town_near(self._gazetteer, word, watched) or spelt):
                # "أريحا بريف إدلب": a town or a division of the watched place's country near it
                return watched.country, " ".join(tokens.words[last : k + 1])
            if word not in _AR_TIES and not any(r in _AR_TIES for r in readings(word, 3)):
                return None
            k += 1
        return None

    def _held_within(self, best: dict[str, dict[str, LocationMatch]], disowned: Mapping[tuple[str, str], str]) -> None:
        """Each watched location named in its own right (not through a radius) that lies within
        the radius of another location of its watchlist alerts that one too, as any place named
        within the radius does: "Mortar rounds landed near the runway at MGQ" names Mogadishu's
        airport, 5 km inside Mogadishu's radius of 25, whose code the gazetteer's look-up leaves
        out (a bare code is no town's name), and "Rocket attack on Bagram airfield" the watched
        site 11 km inside Charikar's 30. In `best` (watchlist -> location -> match), in place."""
        holding = getattr(self._nearby, "holding", None)  # a Nearby; a bare callable has none
        if holding is None:
            return
        for wl_id, found in best.items():
            for location, match in list(found.items()):
                if match.via is not None:
                    continue  # itself only a place near the watched one: no chain of radii
                if _a_bare_code(match):
                    continue  # "flights to KAN": the code is the watched airport's alone (README)
                for outer, km in holding(wl_id, location):
                    current = found.get(outer)
                    if (wl_id, outer) in disowned or (current is not None and current.via is None):
                        continue
                    if current is None or (current.distance_km or 0) > round(km):
                        found[outer] = replace(
                            match, location=outer, alias=match.text, score=100.0, via=match.text,
                            distance_km=round(km), alias_source="radius",
                        )

    def _beside(self, found: _Found, places: ItemPlaces) -> bool:
        """Whether every capitalised rare word around a loose layout is a place beside the
        watched one (within 50 km: "Bamako: gunfire near Senou airport"): then it is no other
        place's name. A person, an organisation or a place farther away still breaks it."""
        watched = self._watched.get((found.name.watchlist, found.name.location))
        if watched is None:
            return False
        for index in found.others:
            mention = places.at(index)
            near = mention is not None and beside(mention.chosen or mention.candidates[0], watched)
            if near:
                continue
            if mention is not None and not mention.glued:
                return False
            if places.tokens is None or not _in_own_site_name(places.tokens, index, found.used, mention):
                return False
        return True

    def _near(
        self,
        field_name: str,
        text: str,
        tokens: Tokens,
        title_case: bool,
        all_caps: bool,
        near: dict[tuple[str, str], list[LocationMatch]],
    ) -> None:
        """Places named within a location's radius, the nearest kept per location, each
        time the item names it (each mention is judged for itself). A name must
        pass the same false-friend checks as a watched one ("Kati Laine" is a person), and in a
        Headline In Title Case an everyday word is no place name."""
        assert self._nearby is not None
        for wl_id, location, start, end, km in self._nearby(tokens.folded, tokens.words):
            if (title_case or all_caps) and any(is_common_word(w) and w not in PLACE_WORDS for w in tokens.folded[start:end]):
                continue  # not "International Airport": a site's name is capitalised in any text
            why = judge_context(
                tokens, start, end - 1, end - start == 1, title_case, self.vocabulary, lambda _: frozenset(), all_caps=all_caps
            )
            if why is not None or _written_as_division(tokens, start, end - 1):
                continue  # "Nahrin district of Baghlan": the province, wider than any radius
            first, last = tokens[start], tokens[end - 1]
            written = text[first.start : last.end]
            found = LocationMatch(
                wl_id, location, written, field_name, first.start, last.end, written, 100.0, written, round(km), "radius"
            )
            current = near.setdefault((wl_id, location), [])
            if current and (current[0].distance_km or 0) < round(km):
                continue
            if current and (current[0].distance_km or 0) > round(km):
                current.clear()
            current.append(found)

    def explain(self, title: str, summary: str = "") -> str:
        """A plain-text account of the verdict, for `/test` and `python -m bot match TEXT`."""
        return describe(self.evaluate(title, summary))


_AR_AND = "\u0648"  # و, "and", written onto the word it joins


# The letters of one sound in the transliterations of the press's languages, each pair (written,
# key): French "dj", "ou", "ch" for English "j", "u", "sh"; Portuguese and Spanish "qu" before e
# and i for k, Portuguese "x" for sh ("Angoxe"); "q" for k, "kh" and "h", "ph" and "f", "y" and
# "i", "w" and "u". Then doubled consonants are one, and a final "h" after a vowel is left out
# ("Nasiriyah", "Nassiriya").
_SOUND_PAIRS: tuple[tuple[str, str], ...] = tuple(
    tuple(pair.split()) for pair in "dj j,dh d,kh h,ou u,oo u,ee i,que ke,qui ki,q k,ck k,ph f,ch sh,x sh,y i,w u".split(",")  # type: ignore[misc]
)
MIN_SOUND_KEY = 4  # letters: a shorter key is shared by too many words


def sound_key(word: str) -> str:
    """A folded Latin word's letters as its sounds: what the transliterations of one name in the
    press's languages share ("nassiriya", "nasiriyah": "nasiriia"; "quismaio", "kismayo": "kismaio")."""
    letters = "".join(ch for ch in word if ch.isascii() and ch.isalpha())
    for written, key in _SOUND_PAIRS:
        letters = letters.replace(written, key)
    # A doubled consonant is one sound ("Nassiriya"); a doubled vowel is a typo as often ("Ouagaa").
    out = "".join(ch for i, ch in enumerate(letters) if i == 0 or ch != letters[i - 1] or ch in "aeiou")
    if len(out) > MIN_SOUND_KEY and out.endswith("h") and out[-2] in "aeiou":
        out = out[:-1]
    return out


def _sound_index(names: Iterable[_Name], short: bool = False) -> dict[str, tuple[str, ...]]:
    """The watched names' Latin words by their `sound_key`, every word of a key, the typed
    name's first (the one a name of the config requires). A key that words of two locations
    share is left out: which one it means is unknown. No code ("BKO") and no key shorter than
    MIN_SOUND_KEY; with `short`, only the keys of MIN_SHORT_SOUND_KEY letters up to that, of
    words of names of several words ("Abu" in "Abu Kamal"), which a text's word may stand for
    only inside the longer name, whose other words say which location it is: those keys are
    kept whoever shares them ("Abu Ghraib" and "Abou Kamal")."""
    ranks: dict[str, set[tuple[bool, str]]] = defaultdict(set)
    owners: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if name.code or (short and len(name.content) < 2):
            continue
        for word in name.content:
            key = sound_key(word) if word.isascii() else ""
            if not (MIN_SHORT_SOUND_KEY <= len(key) < MIN_SOUND_KEY if short else len(key) >= MIN_SOUND_KEY):
                continue
            owners[key].add(name.location)
            ranks[key].add((name.source != "config", word))
    index: dict[str, tuple[str, ...]] = {}
    for key, ranked in ranks.items():
        if short or len(owners[key]) == 1:
            # a word typed for one name and found in the gazetteer for another is ranked once, typed
            index[key] = tuple(dict.fromkeys(word for _, word in sorted(ranked)))
    return index


MIN_SHORT_SOUND_KEY = 2  # "Abu", "Umm", "Bin": a word of a longer name, by its sounds


def _sound_twins(
    vocabulary: Iterable[str], by_sound: Mapping[str, tuple[str, ...]], short: bool = False
) -> dict[str, tuple[str, ...]]:
    """Each watched word that other watched words sound the same as (`sound_key`), mapped to
    those words (`by_sound`'s, every word of the key): the gazetteer's French spelling of one
    word of a name ("Djisr ach Choughour") is then that word in the typed name too, so "Jisr
    al-Choughour" is the typed "Jisr al-Shughur". A text word that is a watched word as written
    is never read by its sounds (`_resolve`), so without this the two spellings of one name
    never mix. A long key is one location's: its words map to the first, the typed name's,
    which the text's spelling then completes (the other way would only lay the gazetteer's
    spellings over the typed word again). Never an everyday word. With `short`, `by_sound` is
    the short keys' index (MIN_SHORT_SOUND_KEY letters and up: "Abou" and "Abu"), whose keys
    several locations share: every word of a key gets all its twins, whichever is ranked first,
    so that what else is watched takes no word's twin from it; they stand for a word only weakly
    (`Matcher._find`)."""
    twins: dict[str, tuple[str, ...]] = {}
    for word in vocabulary:
        if not word.isascii():
            continue
        key = sound_key(word)
        spellings = by_sound.get(key, ())
        others = tuple(twin for twin in (spellings if short else spellings[:1]) if twin != word)
        long_enough = len(key) >= (MIN_SHORT_SOUND_KEY if short else MIN_SOUND_KEY)
        if others and long_enough and not is_common_word(word):
            twins[word] = others
    return twins


MIN_LATIN_LETTERS = 4  # a shorter Latin name's Arabic spelling is too often another word


def _latin_key_index(names: Iterable[_Name]) -> dict[str, list[tuple[str, str]]]:
    """The typed names' Latin words with their locations, by
    `arabic.latin_keys`: where an Arabic word's consonants are looked up before its spelling is
    checked letter by letter. No code ("BKO"), no word shorter than MIN_LATIN_LETTERS."""
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        if name.code:
            continue
        if not name.source.startswith("config"):
            continue  # the gazetteer's Latin names are romanisations of the Arabic it spells already
        for word in name.content:
            keys = latin_keys(word) if word.isascii() and len(word) >= MIN_LATIN_LETTERS else ()
            # A name of few consonants the key keeps ("Hasaheisa", "Hobyo": h is left out) is
            # still looked up, for Arabic words that write its vowels (`_spelt_in_arabic`: of
            # MIN_ONE_CONSONANT_ARABIC letters or more when one consonant is left).
            for key in keys:
                if key and (word, name.location) not in index[key]:
                    index[key].append((word, name.location))
    return dict(index)


# A name of several words is read word for word in Arabic (`Matcher._spell_phrases_in_arabic`)
# only when its words hold this many consonants together: "Abu Grein" (b, g, r, n), "Mir Ali"
# (m, r, l); two short words of one consonant each would spell too many pairs of words.
MIN_PHRASE_CONSONANTS = 3


def _arabic_phrase_index(names: Iterable[_Name]) -> dict[str, list[_Phrase]]:
    """The typed names of several Latin words (no code), with their locations and the sounds
    each word writes (`_arabic_reading`), by their first word's `arabic.latin_key` (the article's
    "l" before it for a word that bears one): where an Arabic word is looked up as the first word
    of a name written word for word. Every word must keep a consonant (else no Arabic word is
    looked up by it), and the name MIN_PHRASE_CONSONANTS in all, unless its site's noun stands
    beside it ("Al Hol camp": "مخيم الهول")."""
    index: dict[str, list[_Phrase]] = defaultdict(list)
    sites = frozenset(SITE_WORDS.values())
    for name in names:
        if name.code or not name.source.startswith("config"):
            continue
        reading = _arabic_reading(name.alias) if name.source == READ_IN_ARABIC else None
        if reading is not None and tuple(word for word, _, _ in reading) != name.tokens:
            continue
        sounds = [(latin, article) for _, latin, article in reading] if reading else [(word, False) for word in name.tokens]
        # A site's kind word is read apart, by its Arabic noun wherever it stands ("Abu Shouk
        # camp": "مخيم أبو شوك"); the words of its name are read in a row.
        kept = [k for k, word in enumerate(name.tokens) if word not in sites]
        words = tuple(name.tokens[k] for k in kept)
        spelt = tuple(sounds[k] for k in kept)
        site = len(kept) < len(name.tokens)
        if len(words) < (1 if any(article for _, article in spelt) else 2):
            continue
        if any(word in CONNECTORS and word not in name.content for word in words):
            continue  # "In Amenas": a connector is matched as written ("عين أميناس" is the gazetteer's)
        if not all(latin.isascii() and latin.isalpha() for latin, _ in spelt):
            continue
        keys = [latin_key("al" + latin if article else latin) for latin, article in spelt]
        if not all(keys) or (sum(map(len, keys)) < MIN_PHRASE_CONSONANTS and not site):
            continue
        if not any(phrase.words == words and phrase.location == name.location for phrase in index[keys[0]]):
            index[keys[0]].append(_Phrase(words, name.location, spelt))
    return dict(index)


class _Phrase(NamedTuple):
    """A typed name as read word for word in Arabic: its watched words, its location, and what
    each Arabic word writes (the Latin sounds; whether the article "ال" opens it)."""

    words: tuple[str, ...]
    location: str
    sounds: tuple[tuple[str, bool], ...]


READ_IN_ARABIC = "config, read in Arabic"  # the source of `_arabic_reading`'s spelling of a typed name
# The Arabic article as Latin spellings write it: "al"/"el" before any word, assimilated to a sun
# letter before it ("ash Shihr", "ad Diwaniyah", "an Nasiriyah": الشحر, الديوانية, الناصرية).
_LATIN_ARTICLES = frozenset(("al", "el"))
_SUN_ARTICLE = re.compile(r"[ae](?:sh|dh|th|[dnrstz])")
_APOSTROPHES = re.compile("['’‘ʼʿʾ`]")
# An apostrophe for an ayn or a hamza, inside a word ("Na'ama", "Ba'albek", "Sana'a"): not a
# possessive ("Cox's Bazar") nor a French elision after one letter ("d'Ivoire", "N'Djamena").
_AYN = re.compile(r"[a-z]{2}['’‘ʼʿʾ`](?!s\b)[a-z]")


def _arabic_reading(alias: str) -> tuple[tuple[str, str, bool], ...]:
    """A typed Latin name's words as Arabic writes them, each with the Latin sounds it writes and
    whether the article opens it: an apostrophe (an ayn or a hamza, "Na'ama") is inside a word,
    and the article is written onto the next word ("Bir el Ayyad": "بئر العياد"; "Abu al Hasan":
    "أبو الحسن"). Empty when the name has neither: its words are read as typed."""
    chunks = ["".join(folded_words(_APOSTROPHES.sub("", chunk))) for chunk in re.split(r"[\s\-]+", alias.strip())]
    chunks = [chunk for chunk in chunks if chunk]
    out: list[tuple[str, str, bool]] = []
    k = 0
    changed = bool(_AYN.search(alias.lower()))
    while k < len(chunks):
        word, nxt = chunks[k], chunks[k + 1] if k + 1 < len(chunks) else ""
        sun = _SUN_ARTICLE.fullmatch(word)
        if nxt and (word in _LATIN_ARTICLES or (sun is not None and nxt.startswith(word[1:]))):
            out.append((word + nxt, nxt, True))
            changed = True
            k += 2
            continue
        out.append((SITE_WORDS.get(word, word), word, False))
        k += 1
    return tuple(out) if changed else ()


def _vowelless_index(names: Iterable[_Name]) -> dict[str, str]:
    """The watched names' Arabic words by their spelling without vowel letters
    (`vowel_letters_dropped`): "ابش*" for "أبشي" and "أبيشي" alike. A spelling that words of two
    locations share is left out: which one it means is unknown."""
    index: dict[str, str] = {}
    owners: dict[str, set[str]] = defaultdict(set)
    for name in names:
        for word in name.content:
            key = vowel_letters_dropped(word) if is_arabic(word) else None
            if key is not None:
                owners[key].add(name.location)
                index[key] = min(index.get(key, word), word)  # the same word whatever the names' order
    return {key: word for key, word in index.items() if len(owners[key]) == 1}


def _loosely_refused(refused: set[tuple[str, int, int]], location: str, field_index: int, found: _Found) -> bool:
    """Whether a loose reading of a location's name (its words apart: the gazetteer's "Mosul
    International Airport" read in "Mosul airport") covers words that a close reading of the same
    location in the same field turned away for what the item says of them ("flights bound for
    Mosul airport were not affected", while Erbil's airport was hit): the checks a loose reading
    skips are the ones those words failed."""
    return any((location, field_index, k) in refused for k in range(found.first, found.last + 1))


def _a_bare_code(match: LocationMatch) -> bool:
    """Whether the match is an airport's code (its IATA or ICAO code from the gazetteer, or a word
    of four capitals or fewer typed so): the README gives a watched airport's code to that airport
    alone, and a bare code is no place named within a radius."""
    source = match.alias_source
    return "iata" in source or "icao" in source or (match.text.isupper() and len(match.text) <= 4 and " " not in match.text)


def placed_matcher(
    watchlists: dict[str, WatchlistConfig],
    gazetteer: Gazetteer,
    look_up_places: Callable[[Iterable[tuple[str, ...]]], Mapping[tuple[str, ...], PlaceFacts]] | None = None,
    model: PlaceModel | None = None,
) -> Matcher:
    """The matcher as the running bot builds it: every location resolved against the gazetteer
    (`model`, when the caller has resolved them already), its gazetteer aliases matched and its
    radius looked up, and the item read for its places."""
    resolutions, nearby, aliases = model or place_model(gazetteer, watchlists)
    return Matcher(watchlists, look_up_places, nearby, aliases, watched_places(resolutions, gazetteer), gazetteer)


def _first_refused(terms: Sequence[Term], fields: Sequence[FieldWords]) -> tuple[str, str, str] | None:
    """The first keyword the item's fields hold only in another sense: (keyword, text, why)."""
    for term in terms:
        for field in fields:
            found = field.refused(term)
            if found is not None:
                return term.text, found[0], found[1]
    return None


def describe(results: Iterable[WatchlistResult]) -> str:
    """The account `explain` gives, for callers that already hold the verdicts (`feeds test`)."""
    lines = []
    for result in results:
        if result.locations:
            verdict = "ALERT" if result.alerts else "no alert"
            lines.append(f"{result.watchlist}: {verdict} — {result.reason}")
            for m in result.locations:
                if m.via is not None:
                    lines.append(f"  {m.location}: {m.text!r} in the {m.field}, {m.distance_km} km away (within its radius)")
                else:
                    source = "" if m.alias_source == "config" else f" from {m.alias_source}"
                    lines.append(f"  {m.location}: {m.text!r} in the {m.field} (name {m.alias!r}{source}, score {m.score:.0f})")
        for r in result.rejected:
            lines.append(f"{result.watchlist}: {r.match.location} not matched: {r.match.text!r} is {r.reason}")
    return "\n".join(lines) if lines else "No watched location is named: no alert."


# Accents are folded away, but a few marks say the word is another language's: the macron
# of romanised Japanese ("Kanō"), the caron and ogonek of Slavic names. Grave, acute,
# circumflex, tilde, diaeresis and cedilla are everyday accents and say nothing.
_FOREIGN_MARKS = frozenset("\u0304\u030c\u0328\u0306\u030b")


def _terms_key(terms: _Terms) -> tuple[tuple[object, ...], ...]:
    """What a watchlist's terms are, as a key: equal for two watchlists whose keywords and
    exclude terms are the same terms in the same order (then they hit the same words)."""

    def key(term: Term) -> tuple[object, ...]:
        return (term.text, term.words, tuple(term.stems.items()))

    return (tuple(map(key, terms.keywords)), tuple(map(key, terms.exclude)))


# Words that name a first-level division, after its name ("Borno State") or before it through
# "of"/"de" ("l'État de Benue", "the Province of Cabo Delgado", "ولاية بورنو").
_DIVISION_AFTER = frozenset("state province region governorate".split())
_DIVISION_BEFORE = frozenset(
    "state etat estado province provincia region regiao governorate gouvernorat wilaya".split()
) | frozenset(fold(word) for word in "ولاية محافظة إقليم".split())
_DIVISION_LINKS = frozenset("of de du d l la le do da del the".split())


def _division_word_beside(tokens: Tokens, first: int, last: int) -> bool:
    """Whether a word for a first-level division stands right after the name or before it."""
    if last + 1 < len(tokens) and tokens.folded[last + 1] in _DIVISION_AFTER and tokens[last + 1].gap == " ":
        return True
    k = first - 1
    while k >= 0 and first - k <= 3 and tokens.folded[k] in _DIVISION_LINKS:
        k -= 1
    return k >= 0 and tokens.folded[k] in _DIVISION_BEFORE


_DISTRICT_WORDS = frozenset("district districts".split())


def _written_as_division(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name is written as a division rather than its town: with a division's word
    beside it ("Baghlan province", "la région de Mopti") or as what holds a district ("Nahrin
    district of Baghlan"). A division spans more than a radius measures from its town."""
    if _division_word_beside(tokens, first, last):
        return True
    return first >= 2 and tokens.folded[first - 1] == "of" and tokens.folded[first - 2] in _DISTRICT_WORDS


def _foreign_spelling(name: _Name, tokens: Tokens, found: _Found) -> FalseFriend | None:
    """A name written with a mark that the watchlist's own spelling does not have."""
    for index in found.used:
        word = tokens.words[index]
        if word.isascii():
            continue  # no mark at all: most words
        marks = {ch for ch in unicodedata.normalize("NFD", word) if ch in _FOREIGN_MARKS}
        if marks and not marks <= set(unicodedata.normalize("NFD", name.alias)):
            return FalseFriend(f"another language's spelling ({word})", "person")
    return None


_SITE_TERMS = frozenset(SITE_WORDS) | frozenset(SITE_WORDS.values())


def _everyday_as_written(word: str) -> bool:
    """Whether a word written with an accent or a tilde is an everyday word as written, which its
    folded form may not be: "mão" (a hand: "assalto à mão armada") folds to "mao", "tête" to
    "tete", which no language writes so."""
    lower = word.lower()
    return lower != fold(lower) and is_everyday_word(lower)


_PT_LOCATIVES = frozenset("em no na nos nas".split())  # Portuguese "in", which `locative` leaves out
# Words of a place that "de", "of" ties a town's name to: "no centro de queimadas", "aux abords de
# bamako", "on the outskirts of maiduguri", "west of kabul".
_PLACE_OF = frozenset(
    "centro center centre outskirts edge heart abords environs periferia arredores afueras entrada entree "
    "north south east west northeast northwest southeast southwest nord sud est ouest norte sul sur oeste este "
    "cerca perto pres proximite".split()
)
_PLACE_OF_LINKS = frozenset("de d del do da dos das du of".split())
# Verbs whose object is the scene, in the feeds' Latin languages: "car bomb rocks baghdad", "gunmen
# attack karachi", "atentado sacude cali", "homens armados atacam queimadas".
_SCENE_VERBS = frozenset(
    "attack attacks attacked attacking strike strikes struck hit hits rock rocks rocked shake shakes shook "
    "storm storms stormed target targets targeted pound pounds pounded shell shells shelled raid raids raided "
    "bomb bombs bombed besiege besieges besieged overrun overran seize seizes seized capture captures captured "
    "attaque attaquent attaquait attaquaient frappe frappent secoue secouent ebranle ebranlent vise visent "
    "pilonne pilonnent bombarde bombardent assiege assiegent "
    "ataca atacan atacaron atacaba sacude sacuden sacudio golpea golpean golpeo azota azotan azoto "
    "bombardea bombardean bombardeo asedia asedian toman tomaron cimbra cimbran estremece "
    "atacam atacou atacaram atinge atingem atingiu sacode sacodem sacudiu abala abalam abalou "
    "bombardeia bombardeiam invade invadem invadiram cercam cercaram".split()
)


def _written_as_a_scene(tokens: Tokens, first: int) -> bool:
    """Whether a name is written where a place stands in any of the feeds' Latin languages: after
    a preposition of place ("in", "à", "en", "em", "na"), after "de", "of" tied to a word of place
    ("no centro de", "west of"), or as the object of a verb of a deed ("attack gao", "sacude cali")."""
    if locative(tokens, first):
        return True
    folded = tokens.folded
    k = first - 1
    if k >= 0 and folded[k] in _PT_LOCATIVES:
        return True
    if k >= 1 and folded[k] in _PLACE_OF_LINKS and folded[k - 1] in _PLACE_OF:
        return True
    return k >= 0 and folded[k] in _SCENE_VERBS


def _capitalises_names(fields: Sequence[Tokens], name_words: frozenset[str]) -> bool:
    """Whether an item writes names with capitals: of its words that look like names beyond
    sentences' first words, at least as many are capitalised as not. A word looks like a name when capitalised there, or
    when written in lower case but no frequent word of a language of the feeds (`is_known_word`:
    "fortul", not "protestam"). The name itself is not counted. A text whose only capital is
    its first word ("Car bomb rocks baghdad market") is no such text: its lower case says nothing."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for field in fields:
        for k, word in enumerate(field.words):
            if not word[:1].isalpha() or field.folded[k] in name_words or field.starts_sentence(k):
                continue
            if word[:1].isupper():
                capitalised.add(field.folded[k])
            elif not is_known_word(word):
                lower.add(field.folded[k])
    # words, not times (a title and its summary repeat them); a tie is capitalised: a rare word of
    # the language ("centenaria") looks like a name to the word lists the bot carries
    return len(capitalised) >= max(len(lower), 1)


def _everyday_in_lower_case(
    name: _Name, tokens: Tokens, found: _Found, fields: Sequence[Tokens], watched: GeoPlace | None
) -> FalseFriend | None:
    """A name all of whose words are everyday words of a language of the feeds ("Nice", "Say",
    "Praia", a beach; "Natal", Christmas), written in lower case in a text that writes names
    with capitals: the words, not the place ("a nice attack", "assalto na praia"). A word only
    frequent must be so in a text that capitalises most names (`_capitalises_names`), an
    everyday word in one that writes any capital."""
    named = [k for k in found.used if tokens.folded[k] not in _SITE_TERMS]
    # A name made only of a word that is a filler elsewhere is that word: "Tô" (Burkina) is "to".
    own = [k for k in named if tokens.folded[k] not in GENERIC_FILLERS] or named
    if not own or any(tokens.words[k][:1].isupper() or not tokens.words[k][:1].isalpha() for k in own):
        return None  # "l'aéroport de Port-au-Prince": the place's own words are capitalised
    rarer = [k for k in own if not (is_everyday_word(tokens.folded[k]) or _everyday_as_written(tokens.words[k]))]
    if not all(is_frequent_word(tokens.folded[k]) for k in rarer):
        return None
    # Only the name as typed: a word near it ("a sand mandala", Mandalay; "narra", Nara) is the word.
    exact = all(tokens.folded[k] in name.content for k in own)
    known = watched is not None and watched.population >= KNOWN_BY_NAME
    if rarer and exact and (known or _written_as_a_scene(tokens, found.first)):
        # A word only frequent (`is_frequent_word`) may be a city the press names often, in lower
        # case: a city known by its name is ("car bomb rocks baghdad market", "atentado sacude
        # cali"), and a smaller town written as a scene ("ataque en bucaramanga", "atacam
        # queimadas"); "pneus queimados", "la tala de la ceiba" are the words.
        return None
    if rarer and exact and not _capitalises_names(fields, frozenset(tokens.folded[k] for k in own)):
        return None  # a text in lower case, or in capitals only here and there: its capitals say nothing
    if not any(word[:1].isupper() for word in tokens.words):
        return None  # a text in lower case throughout: its capitals say nothing
    return FalseFriend(f"an everyday word in lower case ({' '.join(tokens.words[k] for k in own)})", "mention")


def _opening_word(tokens: Tokens, found: _Found, fields: Sequence[Tokens]) -> FalseFriend | None:
    """A one-word name that is a frequent word, which the item writes capitalised only as a
    sentence's first word and also in lower case: the word, in both ("Tyre blast kills
    mechanic" above "a truck tyre exploded"), not the place."""
    if found.first != found.last:
        return None
    word = tokens.folded[found.first]
    written = tokens.words[found.first]
    opening = tokens[found.first].sentence_start
    if not (opening or written[:1].islower()) or not word.isascii() or not is_frequent_word(word):
        return None
    lower, opened, named = False, False, False
    for field in fields:
        for k, folded in enumerate(field.folded):
            if folded == word:
                if field.words[k][:1].islower():
                    lower = True
                elif field[k].sentence_start:
                    opened = True
                else:
                    named = True  # capitalised within a sentence: a name somewhere in the item
    if lower and opened and not named:
        return FalseFriend(f"an everyday word, capitalised only to open a sentence ({written})", "mention")
    return None


# A feast named like a town ("Natal", Christmas; "Páscoa"): the item says which it is when it
# writes the word after a noun of time and "de" ("o feriado de Natal", "la noche de Navidad",
# "la veille de Noël"). Then the word is the feast wherever the item writes it, except where it
# is written as a place ("em Natal", "en", "in", "à").
_TIMES_OF_FEASTS = frozenset(
    "feriado feriados vespera vesperas noite noites dia dias festas ceia epoca periodo semana "
    "fiestas noche nochebuena cena temporada vacaciones feria veille nuit fetes vacances holiday holidays eve".split()
)
_FEAST_LINKS = frozenset("de do da del d of".split())
_AT_A_PLACE = frozenset("em en in a".split())


# Arabic has no capitals to mark a person's name: it writes a title or a role before it, perhaps
# an adjective with the article ("المبعوث الأمريكي"), then the given name and the family name
# ("المبعوث الأمريكي توم براك", "السفير جون بارا"). A town's name after such a given name is the
# person's family name, everywhere in the item ("براك: واشنطن ستدعم").
_AR_TITLES = frozenset(
    fold(word)
    for word in (
        "المبعوث مبعوث الرئيس رئيس الوزير وزير السفير سفير الجنرال العقيد اللواء العميد الشيخ السيد "
        "السيدة الدكتور النائب المتحدث الناطق القائد الأمين الملك الأمير المستشار الزعيم المرشح "
        "الصحفي الكاتب المدرب اللاعب الفنان المطرب الممثل"
    ).split()
)
# Nouns that head a phrase naming a place's body, not a given name: "قائد شرطة الخيام",
# "رئيس بلدية صور", "محافظ ولاية".
_AR_BODIES = frozenset(fold(word) for word in "شرطة بلدية مجلس حكومة قوات جيش أمن إدارة جامعة محكمة حزب دولة".split())
_AR_MAX_ADJECTIVES = 2


def _arabic_given_name(tokens: Tokens, index: int) -> bool:
    """Whether the Arabic word at `index` is a given name after a title: a word without the
    article or a prefix of place, no word of place or body, with a title before it and at most
    `_AR_MAX_ADJECTIVES` adjectives with the article between ("المبعوث الأمريكي توم")."""
    if index < 1 or tokens[index].sentence_start or tokens[index].gap != " ":
        return False
    word = tokens.folded[index]
    if (
        not is_arabic(word)
        or word.startswith(("\u0627\u0644", "\u0644\u0644"))
        or word in _AR_BODIES
        or word in AR_PLACE_BEFORE
        or word in _AR_TITLES
        or len(word) < 2
    ):
        return False
    k = index - 1
    for _ in range(_AR_MAX_ADJECTIVES + 1):
        before = tokens.folded[k]
        if before in _AR_TITLES:
            # "مديرية الشيخ عثمان": a place named after a person, after a word of place
            return k == 0 or tokens[k].sentence_start or tokens.folded[k - 1] not in AR_PLACE_BEFORE
        if not (before.startswith("\u0627\u0644") and before.endswith(_AR_NISBA)) or tokens[k].sentence_start or k == 0:
            return False
        k -= 1
    return False


def _arabic_person(name: _Name, tokens: Tokens, found: _Found, fields: Sequence[Tokens]) -> FalseFriend | None:
    """A one-word Arabic name that the item writes, here or elsewhere, as a family name after a
    title and a given name (`_arabic_given_name`): the person, in the whole item."""
    if found.first != found.last or not is_arabic(name.alias):
        return None
    word = name.tokens[0]  # written bare: a family name takes no preposition ("بعدن" is "in Aden")
    for field in fields:
        for k, folded in enumerate(field.folded):
            if folded == word and k >= 2 and field[k].gap == " " and _arabic_given_name(field, k - 1):
                return FalseFriend(f"a person's name ({' '.join(field.words[k - 2 : k + 1])})", "person")
    return None


def _feast(tokens: Tokens, found: _Found, fields: Sequence[Tokens]) -> FalseFriend | None:
    """A one-word name that is an everyday word, which the item writes as a feast after a noun
    of time ("feriado de Natal"): the feast, not the town, unless written here as a place."""
    if found.first != found.last:
        return None
    word = tokens.folded[found.first]
    if not word.isascii() or not is_everyday_word(word):
        return None
    if found.first > 0 and tokens.folded[found.first - 1] in _AT_A_PLACE and tokens[found.first].gap == " ":
        return None  # "em Natal": the town
    for field in fields:
        if _TIMES_OF_FEASTS.isdisjoint(field.folded):
            continue  # no noun of time (most fields): looked for at C speed, no word read in Python
        for k in range(2, len(field)):
            if field.folded[k] == word and field.folded[k - 1] in _FEAST_LINKS and field.folded[k - 2] in _TIMES_OF_FEASTS:
                return FalseFriend(f"a feast, as the item writes it ({' '.join(field.words[k - 2 : k + 1])})", "mention")
    return None


# Words that give a person's nickname: "alias 'Medellín'", "vulgo Maputo", "a.k.a. Kabul",
# "apodado el Caracas", "الملقب بالموصلي".
_NICKNAME_WORDS = frozenset(
    ["alias", "vulgo", "aka", "apodado", "apodada", "alcunhado", "alcunhada", "surnomme", "surnommee", fold("الملقب")]
)


def _nickname(tokens: Tokens, found: _Found) -> FalseFriend | None:
    """A name right after a word that gives a person's nickname (an article between at most):
    the person, not the place."""
    before = found.first - 1
    if before >= 0 and tokens.folded[before] in ("el", "la", "o", "a", "le") and not _breaks(tokens[before + 1].gap, loose=True):
        before -= 1
    if before < 0 or tokens.folded[before] not in _NICKNAME_WORDS or _breaks(tokens[before + 1].gap, loose=True):
        return _known_as(tokens, found)
    return FalseFriend(f"a person's nickname ({tokens.words[before]} ...)", "mention")


# "a commander known as Kano Bello", "un chef connu sous le nom de Gao Maïga": a name that goes on
# with another capitalised word after "known as" is a person's (or a nom de guerre), for the item.
_KNOWN_AS = frozenset({("known", "as"), ("sous", "le", "nom", "de"), ("sous", "le", "nom", "d")})


def _known_as(tokens: Tokens, found: _Found) -> FalseFriend | None:
    after = found.last + 1
    if after >= len(tokens):
        return None
    for size in (4, 2):
        start = found.first - size
        # the words before first ("known as", "dit"): most names have none, and no Token is made
        if start >= 0 and tuple(tokens.folded[start : found.first]) in _KNOWN_AS:
            if not tokens.words[after][:1].isupper() or tokens[after].gap != " " or tokens.folded[after] in PLACE_WORDS:
                return None
            if not _broken(tokens, start, found.first):
                return FalseFriend(f"a person's name ({' '.join(tokens.words[start : after + 1])})", "person")
    return None


_AR_LIL = "\u0644\u0644"  # "لل": the preposition "ل" and the article, its alef dropped
_AR_PREPOSITIONS = frozenset(fold(word) for word in "في من إلى الى على عن".split())
_AR_DIRECTIONS = frozenset(fold(word) for word in "الشرقي الغربي الشمالي الجنوبي".split())
_AR_YEH = "\u064a"  # ي; a masculine nisba adjective ends in it, a feminine elative in ى ("الكبرى")


def _spelt_only_loosely(name: _Name, tokens: Tokens, found: _Found) -> bool:
    """Whether a typed Latin name was found as one Arabic word that spells it only by a loose
    reading (`arabic.spells_only_loosely`: "ماساكيت" for Massaguet), as written or read without
    a prefix."""
    if found.first != found.last or not name.alias.isascii() or not is_arabic(tokens.folded[found.first]):
        return False
    word = tokens.folded[found.first]
    beside = len(name.content) > 1
    for reading in (word, *readings(word, 3)):
        if any(spells(reading, latin, loose=False) for latin in name.content):
            return False
        if any(spells_only_loosely(reading, latin, beside) for latin in name.content):
            return True
    return False


def _arabic_spelling(name: _Name, tokens: Tokens, found: _Found) -> FalseFriend | None:
    """A Latin name found as an Arabic word that writes its sounds (`Matcher._spelt_in_arabic`)
    which is also a word of Arabic ("ودان", ears, for Waddan; "ميدي" for Midi): a place only where
    the grammar says so (`arabic_place_context`: "في مدينة ودان", "بميدي", a dateline)."""
    # a Latin name, its accents too ("Sévaré" is no "أسفر", resulted)
    if found.first != found.last or is_arabic(name.alias) or not is_arabic(tokens.folded[found.first]):
        return None
    word = tokens.folded[found.first]
    # The word as written, its hamza, taa marbuta and alef maqsura kept: word lists spell so
    # ("أدان", condemned; "جرحى", wounded), and lose the word once they are folded away.
    written = unmarked(tokens.words[found.first])
    beside = len(name.content) > 1
    for reading in (word, *readings(word, 3)):
        if not any(spells(reading, latin, beside=beside) for latin in name.content):
            continue
        prefix = word[: len(word) - len(reading)]
        if (
            prefix.endswith(ARTICLE)
            and reading.endswith(_AR_YEH)
            and not name.content[0].startswith("al")
            and not arabic_place_context(tokens, found.first, prefix)
        ):
            # "الحبيشي": the article and the nisba's yaa make an adjective or a surname; a town
            # so written only where the grammar makes it a place ("في مدينة الشدادي", "بالشدادي")
            return FalseFriend(f"a surname or an adjective of origin ({tokens.words[found.first]})", "mention")
        after = found.first + 1
        if after < len(tokens) and tokens[after].gap == " " and _masculine_nisba(tokens.folded[after]):
            # "رفاعة الطهطاوي": a town is feminine ("ميدي اليمنية"); a masculine nisba after
            # the name is a family name's, the name a given name
            return FalseFriend(f"a person's name ({tokens.words[found.first]} {tokens.words[after]})", "person")
        article = prefix.endswith((ARTICLE, "\u0644\u0644")) or reading.startswith(ARTICLE)
        if fold(name.location.split()[0]) in _ARABIC_ARTICLES and not article:
            # "El Geneina" is "الجنينة": bare, "جنينة" is a garden
            return FalseFriend(f"the name without the article it bears ({tokens.words[found.first]})", "mention")
        as_written = written[len(prefix) :] if len(written) == len(word) else written
        if is_common_arabic_word(as_written) or is_common_arabic_word(unmarked(ARTICLE + as_written)):
            return FalseFriend(f"a common word of Arabic ({tokens.words[found.first]})", "mention")
        if not (is_arabic_word(reading) or is_arabic_word(as_written)):
            return None
        if arabic_place_context(tokens, found.first, prefix) and not _only_a_preposition_before(tokens, found.first, prefix):
            return None
        return FalseFriend(f"a word of Arabic, with no word of place before it ({tokens.words[found.first]})", "mention")
    return None


# After a person's name: "ولد" and "بن"/"ابن" (son of) and "بنت" (daughter of) open the father's
# name ("سيدي محمد ولد الشيخ", "قصر أحمد بن سعيد" is Ahmed bin Said's palace, no town).
_AR_SON_OF = frozenset(fold(word) for word in "ولد بن ابن بنت".split())


def _arabic_phrase(name: _Name, tokens: Tokens, found: _Found) -> FalseFriend | None:
    """A typed Latin name of several words found written in Arabic word for word
    (`Matcher._spell_phrases_in_arabic`): a kunya or a given name ("أبو محمد", "أم بدر", "سيدي
    محمد") and a common noun with its complement ("رأس مال", capital; "جبل صغير", a small
    mountain) are written so too. Never a speaker (after a verb of saying: "قال أبو عبيدة") nor a
    person named on (a masculine nisba after it, "أبو بكر البغدادي"; "ولد"/"بن" and the father's
    name). Where every word is a word of Arabic (`is_arabic_word`), a place only where the
    grammar says so, as for one such word (`_arabic_word`: after a word of place or a
    preposition, "ب" written onto it, a dateline; or a bearing or a division after it, "بئر علي
    بمحافظة شبوة"); where every word is a common one (`is_common_arabic_word`), a bare
    preposition is not enough (`_arabic_spelling`: "في جبل صغير", in a small mountain). A name
    with a rare word ("أبو جبيهة", "قوز بيضا") is the name's own spelling."""
    first, last = found.first, found.last
    if first == last or name.code or not name.source.startswith("config") or not name.alias.isascii():
        return None
    span = range(first, last + 1)
    if not all(is_arabic(tokens.folded[i]) for i in span):
        return None
    if any(SITE_WORDS.get(tokens.folded[i]) in name.tokens for i in span):
        return None  # "مخيم أبو شوك", "مطار معيتيقة الدولي": the site's own noun makes it a place
    if first > 0 and not tokens[first].sentence_start and _a_verb_of_saying(tokens.folded[first - 1]):
        return FalseFriend(f"a speaker's name ({tokens.words[first - 1]} {tokens.words[first]} ...)", "person")
    after = last + 1
    if after < len(tokens) and tokens[after].gap == " ":
        following = tokens.folded[after]
        if (_masculine_nisba(following) and following not in GENERIC_FILLERS) or following in _AR_SON_OF:
            return FalseFriend(f"a person's name ({' '.join(tokens.words[first : after + 1])})", "person")
    latin = [word for word in name.content if word not in _SITE_NOUNS]
    prefix = _phrase_prefix(tokens.folded[first], latin[0]) if latin else ""
    own = [i for i in span if SITE_WORDS.get(tokens.folded[i]) is None]
    levels = [_arabic_word_level(tokens, i, prefix if i == first else "") for i in own]
    if not levels or min(levels) == 0:
        return None  # a rare word: the name's own spelling
    if _place_sign_after(tokens, last, bearings=min(levels) < 2) or dateline(tokens, first, last):
        return None
    where = [(first, prefix)]
    if prefix.startswith(_AR_AND) and first > 0 and tokens[first].gap == " " and not tokens[first].sentence_start:
        where.append((first - 1, ""))  # "في محيط كوستي وأبو شنب": the noun of place governs both
    if any(
        arabic_place_context(tokens, index, before) and (min(levels) < 2 or not _only_a_preposition_before(tokens, index, before))
        for index, before in where
    ):
        return None
    words = " ".join(tokens.words[i] for i in span)
    return FalseFriend(f"words of Arabic, with no word of place before them ({words})", "mention")


_SITE_NOUNS = frozenset(SITE_WORDS.values())


def _a_verb_of_saying(word: str) -> bool:
    """An Arabic verb of saying (`_SAYING_AR`), the conjunction written onto it or not ("وقال")."""
    return word in _SAYING_AR or (word[:1] in ("\u0648", "\u0641") and word[1:] in _SAYING_AR)


def _phrase_prefix(word: str, latin: str) -> str:
    """The conjunction or preposition written onto the first Arabic word of a name read word for
    word ("ب" of "بأم سدير"): what is left of the word once a reading of it spells `latin`."""
    for reading in (word, *readings(word, 2)):
        if spells(reading, latin):
            return word[: len(word) - len(reading)]
    return ""


def _arabic_word_level(tokens: Tokens, index: int, prefix: str) -> int:
    """How everyday an Arabic word (without `prefix`) is: 2, a common word
    (`is_common_arabic_word`); 1, a word of Arabic (`is_arabic_word`); 0, rare, a name's own
    spelling. As written (its hamza kept: "بئر", a well) or folded; a feminine in taa marbuta
    counts as its masculine ("ساهرة", vigilant, as "ساهر"), which word lists hold more often."""
    folded = tokens.folded[index][len(prefix) :]
    written = unmarked(tokens.words[index])
    written = written[len(prefix) :] if len(written) == len(tokens.folded[index]) else written
    forms = {folded, written}
    if folded.endswith(_FEMININE) and len(folded) >= 4:
        forms.add(folded[:-1])
    if any(is_common_arabic_word(form) for form in forms):
        return 2
    return 1 if any(is_arabic_word(form) for form in forms) else 0


# The four directions after a place, with or without the nisba's yaa: "بئر عياد جنوب العاصمة".
_AR_COMPASS = frozenset(fold(word) for word in "شرق غرب شمال جنوب شمالي جنوبي شرقي غربي".split())


def _place_sign_after(tokens: Tokens, last: int, bearings: bool) -> bool:
    """Whether a division, or with `bearings` a bearing, follows the words at `last`: "بئر علي
    بمحافظة شبوة", "تل بيدر بريف الحسكة" (in the province of), "بئر عياد جنوب العاصمة". A bearing
    places common nouns too ("جبل صغير شمال المدينة", a small mountain north of the town): only
    for words that are not all common ones."""
    after = last + 1
    if after >= len(tokens) or tokens[after].gap != " ":
        return False
    word = tokens.folded[after]
    if word in _AR_COMPASS:
        # "قصر أحمد شرق مصراتة": east of a town the press names, not of "the town" or "the capital"
        named = after + 1 < len(tokens) and tokens[after + 1].gap == " " and is_arabic(tokens.folded[after + 1])
        return bearings or (named and not is_common_arabic_word(without_article(tokens.folded[after + 1])))
    return word.startswith("\u0628") and any(reading in _AR_DIVISION_NOUNS for reading in readings(word, 2))


def _only_a_preposition_before(tokens: Tokens, index: int, prefix: str) -> bool:
    """Whether the word at `index` follows a bare preposition ("في", "على") with no preposition
    written onto it: "في الحادثة" is "in the incident" as often as "في عدن" is "in Aden", so a
    word of Arabic read as a foreign name needs a noun of place, "ب" or a dateline instead."""
    if "\u0628" in prefix or (prefix.endswith("\u0644") and not prefix.endswith(ARTICLE)):
        return False
    return index > 0 and not tokens[index].sentence_start and tokens.folded[index - 1] in _AR_PREPOSITIONS


def _masculine_nisba(word: str) -> bool:
    """A folded word with the article and a masculine nisba ending ("الطهطاوي"), not a side of a
    town ("الشرقي")."""
    return word.startswith(ARTICLE) and word.endswith(_AR_YEH) and len(word) >= 6 and word not in _AR_DIRECTIONS


def _masculine_noun(name: _Name, tokens: Tokens, found: _Found) -> FalseFriend | None:
    """An Arabic name opening its sentence with a masculine adjective right after it ("الموصل
    الكهربائي", the electrical connector): a city is feminine ("الموصل القديمة"), so the word is a
    masculine noun. Only at a sentence's start or after a preposition, where no noun before it can
    own the adjective ("مطار الموصل الدولي"); not a side of the city ("الشرقي")."""
    index = found.first
    if found.last != index or name.alias.isascii() or not is_arabic(name.alias):
        return None
    if not (tokens[index].sentence_start or (index > 0 and tokens.folded[index - 1] in _AR_PREPOSITIONS)):
        return None
    after = index + 1
    if after >= len(tokens) or tokens[after].gap != " ":
        return None
    written = tokens.words[after]
    if not (written.startswith("\u0627\u0644") and written.endswith(_AR_YEH) and len(written) >= 6):
        return None
    if tokens.folded[after] in _AR_DIRECTIONS:
        return None  # "the eastern ...": a side of the city, as the press may write it
    return FalseFriend(f"a masculine noun, with a masculine adjective after it ({tokens.words[index]} {written})", "mention")


def _acronym(name: _Name, tokens: Tokens, found: _Found) -> FalseFriend | None:
    """A gazetteer's other spelling written in capitals amid ordinary text: an acronym ("GAESA",
    Cuba's military holding, is not "Gaesa", an old spelling of Gaza). The press writes a
    place's name in capitals only in a dateline, at the head of a text or of a sentence ("KABOUL
    (AFP) -"), or in a line all in capitals; a typed name, a place's own name and codes are
    left to their own rules."""
    other_spelling = name.source.startswith(("gazetteer: alternate", "gazetteer: respelt"))
    if name.source == "config" or name.code or found.apart or not other_spelling:
        return None
    words = [tokens.words[i] for i in range(found.first, found.last + 1)]
    if not all(w.isupper() and len(w) >= 3 for w in words if w[:1].isalpha()):
        return None
    first = tokens[found.first]
    if first.sentence_start or (
        found.last + 1 < len(tokens) and tokens[found.last + 1].gap.strip()[:1] in ("(", "-", "—", "–", ":")
    ):
        return None  # a dateline or a heading
    around = [
        w
        for w in tokens.words[max(0, found.first - 3) : found.first] + tokens.words[found.last + 1 : found.last + 4]
        if w[:1].isalpha()
    ]
    if not around or all(w.isupper() for w in around):
        return None  # a line in capitals: they say nothing
    return FalseFriend(f"an acronym in capitals ({' '.join(words)}), not the place's other spelling {name.alias!r}", "mention")


# Words between an Arabic name and the country that places it: "في شمال لبنان", "شمالي لبنان".
_AR_TIES = frozenset(
    fold(w)
    for w in (
        "في قرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط مدينة "
        # the division or the countryside a town is in, or heads: "أريحا بريف إدلب", "ماو عاصمة
        # إقليم كانم", "ولاية", "محافظة", "قضاء"
        "ريف عاصمة إقليم ولاية محافظة قضاء منطقة مقاطعة"
    ).split()
)
_NISBA_ENDINGS = (fold("ية"), fold("ي"))


NEAR_TOWN_KM = 150  # a town this close to a watched place is a bearing from it ("north-east of Amman")


def _town_near(gazetteer: Gazetteer, word: str, watched: GeoPlace) -> bool:
    """Whether an Arabic word (as written or without its prefixes) names a town of the watched
    place's country within `NEAR_TOWN_KM` of it: a bearing, not another country."""
    for form in (word, *readings(word, 3)):
        for place in gazetteer.lookup((form,)):
            if (
                place.kind == "city"
                and place.country == watched.country
                and distance_km(place.lat, place.lon, watched.lat, watched.lon) <= NEAR_TOWN_KM
            ):
                return True
    return False


MIN_DIVISION_CONSONANTS = 3  # a shorter division's name is as short as many words
# ... unless a noun of a division stands before it ("محافظة أبين", Abyan: "بن" alone is "son of")
MIN_NAMED_DIVISION_CONSONANTS = 2
# The Arabic nouns of a division, before its name: "محافظة أبين", "ولاية سنار", "إقليم كانم".
_AR_DIVISION_NOUNS = frozenset(fold(w) for w in "ريف إقليم اقليم ولاية محافظة قضاء مقاطعة منطقة".split())


@cache
def _division_sounds(country: str, least: int = MIN_DIVISION_CONSONANTS) -> frozenset[str]:
    """The consonant skeletons of a country's first-level divisions' Latin names (ISO 3166-2),
    as the Arabic press writes them by sound ("Kanem": "كانم"); names of one word, without an
    article, of `least` consonants or more."""
    out = set()
    for key in divisions_of(country):
        words = key[1:] if len(key) == 2 and key[0] in ("al", "el", "ad", "ar", "as", "at", "an", "ash", "ech") else key
        skeleton = latin_sound_skeleton(words[0]) if len(words) == 1 else None
        if skeleton is not None and len(skeleton) >= least:
            out.add(skeleton)
    return frozenset(out)


def _division_spelt(word: str, country: str, least: int = MIN_DIVISION_CONSONANTS) -> bool:
    """Whether an Arabic word (as written or without its prefixes and article) spells one of
    the country's divisions by sound (`_division_sounds`), of `least` consonants or more."""
    sounds = _division_sounds(country, least)
    return bool(sounds) and any(
        arabic_sound_skeleton(form[2:] if form.startswith("\u0627\u0644") else form) in sounds
        for form in (word, *readings(word, 3))
    )


def _arabic_country(gazetteer: Gazetteer, word: str) -> str | None:
    """The country an Arabic word names ("لبنان", "بلبنان") or qualifies ("اللبنانية",
    "الليبي", "العراقية"): the gazetteer's Arabic country names, and the nisba adjective made
    from them (the article and the ending gone; a name ending in alef or with the article restored)."""
    for form in (word, *readings(word, 3)):
        code = gazetteer.country_named((form,))
        if code is not None:
            return code
    bare = word[2:] if word.startswith("\u0627\u0644") else ""
    for ending in _NISBA_ENDINGS:
        if bare.endswith(ending) and len(bare) - len(ending) >= 3:
            base = bare[: -len(ending)]
            for form in (base, base + "\u0627", "\u0627\u0644" + base):
                code = gazetteer.country_named((form,))
                if code is not None:
                    return code
    # A name in -ya keeps its yaa in the adjective and loses the alef: "ليبيا" makes "الليبي",
    # "الليبية"; "كينيا", "الكينية".
    masculine = bare[:-1] if bare.endswith(_FEMININE) else bare
    if len(masculine) >= 4 and masculine.endswith(_YAA):
        return gazetteer.country_named((masculine + "\u0627",))
    return None


_FEMININE = fold("ة")  # taa marbuta, as folded
_YAA = fold("ي")


_AR_OTHER = frozenset(fold(word) for word in "أخرى اخرى أخر آخر آخرى".split())  # "other", after the noun
_MADDA = "\u0622"  # آ: "مآرب" (aims) is another word than "مأرب" (Marib), though both fold alike


# The four directions as the press writes them after a place, without the article: "عتق شرقي
# البلاد" is "Ataq, in the east of the country", an adverb of place, not an adjective.
_AR_BEARINGS = frozenset(fold(word) for word in "شمالي جنوبي شرقي غربي".split())
_AR_NISBA = ("\u064a", "\u064a\u0647")  # the adjective of relation: -ي, and its feminine -ية (folded: -يه)


# Arabic cardinal numbers a town may be named like ("الخمس", Al Khums, is also "the five").
_AR_NUMBERS = frozenset(fold(word) for word in "ثلاث أربع خمس ست سبع ثماني تسع عشر".split())
_AR_THE = "\u0627\u0644"  # ال
# Bearings and "centre" after a town's name: "الخمس شرق طرابلس" is a place, not a count.
_AR_AROUND = frozenset(fold(word) for word in "شرق غرب شمال جنوب وسط شمالي جنوبي شرقي غربي قرب".split())


def _counted_noun(tokens: Tokens, index: int, key: str, prefix: str) -> bool:
    """Whether a name that is a number word counts a noun: before an indefinite noun ("الخمس
    دول الكبرى", the five great powers) or after a definite noun it qualifies ("الدول الخمس");
    never where the grammar makes it a place ("في الخمس", "بالخمس", a dateline)."""
    if without_article(key) not in _AR_NUMBERS or arabic_place_context(tokens, index, prefix):
        return False
    if index + 1 < len(tokens) and tokens[index + 1].gap == " ":
        after = tokens.folded[index + 1]
        if is_arabic(after) and not after.startswith(_AR_THE) and len(after) >= 3 and after not in _AR_AROUND:
            return True
    if index > 0 and tokens[index].gap == " " and not tokens[index].sentence_start:
        before = tokens.folded[index - 1]
        return before.startswith(_AR_THE) and is_arabic(before)
    return False


def _indefinite_adjective(tokens: Tokens, index: int) -> bool:
    """Whether the word at `index`, right after the one before it, is an Arabic adjective of
    relation (a nisba: "عربي", "أجنبية") without the article, nor a bearing."""
    if index >= len(tokens) or tokens[index].gap != " ":
        return False
    word = tokens.folded[index]
    return (
        is_arabic(word)
        # not the article, nor the conjunction: "الأبيض وكادقلي" is two towns
        and not word.startswith(("\u0627\u0644", "\u0644\u0644", "\u0648", "\u0641"))
        and word.endswith(_AR_NISBA)
        and len(word) >= 4
        and word not in _AR_BEARINGS
        # "بارا بولاية شمال كردفان": "in the state of", a word of place with its preposition;
        # "سيون بوادي حضرموت": "in the valley of", a noun of the land that ends as a nisba does
        and not any(reading in AR_PLACE_BEFORE or reading in _AR_NISBA_LIKE_NOUNS for reading in (word, *readings(word, 3)))
    )


# A noun of the land that ends in the nisba's yaa, yet is a noun, never an adjective after a name:
# a valley ("سيون بوادي حضرموت"). Not "سيدي" nor "حاسي", which open a longer name ("الأبيض سيدي
# الشيخ", another town than El Obeid).
_AR_NISBA_LIKE_NOUNS = frozenset({fold("وادي")})


def _after_a_definite_noun(tokens: Tokens, index: int) -> bool:
    """Whether the Arabic word at `index` follows a word with the article in the same clause:
    "للقدس" after "المدخل الشمالي" is "of Jerusalem", a part of the town named."""
    if index == 0 or tokens[index].gap != " " or tokens[index].sentence_start:
        return False
    before = tokens.folded[index - 1]
    return is_arabic(before) and before.startswith("\u0627\u0644")


def _prefix_of_other_vowels(word: str, key: str) -> str:
    """The prefix written onto an Arabic word that spells the name `key` with other vowel letters
    (`Matcher._spelt_with_other_vowels`: "بأغلهوك" for "أغيلهوك" is "ب", in, and the name), so
    that the preposition counts as it does on the name's own spelling; "" when none."""
    spelt = vowel_letters_dropped(key)
    if spelt is None:
        return ""
    for reading in readings(word, 3):
        if word.endswith(reading) and vowel_letters_dropped(reading) == spelt:
            return word[: len(word) - len(reading)]
    return ""


def _arabic_word(name: _Name, tokens: Tokens, found: _Found) -> FalseFriend | None:
    """An Arabic name that is also an everyday word (`bot.geo.resolve.EVERYDAY_WORD`), a name
    written bare that the press writes with its article (`ARTICLE_NAME`: "خرطوم" is a hose), or
    a word spelt with a madda the name does not have ("مآرب", aims, for "مأرب"): a place only
    where the grammar says so (`arabic_place_context`)."""
    if found.first != found.last or name.code or name.alias.isascii() or not is_arabic(name.alias):
        return None
    index = found.first
    word = tokens.folded[index]
    key = name.tokens[0]
    prefix = word[: len(word) - len(key)] if word.endswith(key) else _prefix_of_other_vowels(word, key)
    if (
        not prefix
        and key.startswith("\u0627\u0644")
        and word.startswith("\u0644\u0644")
        and word[2:] == key[2:]
        and _after_a_definite_noun(tokens, index)
    ):
        # "المدخل الشمالي للقدس", "البلدة القديمة للقدس": "of" the name after a definite noun (and
        # its adjective), "ل" before the article, whose alef it drops ("القدس")
        prefix = "\u0644\u0644"
    everyday = EVERYDAY_WORD in name.source
    bare = ARTICLE_NAME in name.source and not prefix.endswith(("\u0627\u0644", "\u0644\u0644"))
    madda = _MADDA in tokens.words[index] and _MADDA not in name.alias
    article = prefix.endswith(("\u0627\u0644", "\u0644\u0644"))
    guessed = "transcribed" in name.source and BARE_ONLY not in name.source  # a guess, article allowed ("بالكرمك")
    if everyday and article and not key.startswith("\u0627\u0644") and not guessed:
        # "والحمص", "بالحمص": the article makes the noun (chickpeas), a name never written with it (Homs)
        return FalseFriend(f"an everyday word with the article, which the name never takes ({tokens.words[index]})", "mention")
    other = index + 1 < len(tokens) and tokens[index + 1].gap == " " and tokens.folded[index + 1] in _AR_OTHER
    if (everyday or bare or madda) and other:
        # "ومآرب أخرى", "بمآرب أخرى": "other ...", said of a common noun, never of a town
        return FalseFriend(f"a common noun, with 'other' after it ({tokens.words[index]} {tokens.words[index + 1]})", "mention")
    if (everyday or bare) and not article and _indefinite_adjective(tokens, index + 1):
        # "في بلد عربي", a country: a name is definite, and its adjective takes the article
        # ("طرابلس اللبنانية"); an adjective without it qualifies an indefinite common noun
        return FalseFriend(
            f"a common noun, with an indefinite adjective after it ({tokens.words[index]} {tokens.words[index + 1]})", "mention"
        )
    if _counted_noun(tokens, index, key, prefix):
        return FalseFriend(f"a number with its noun ({tokens.words[index]})", "mention")
    if not (everyday or bare or madda) or arabic_place_context(tokens, index, prefix):
        return None
    what = "an everyday word" if everyday else "another word written so" if madda else "an everyday word without its article"
    return FalseFriend(f"{what}, with no word of place before it ({tokens.words[index]})", "mention")


# Countries whose towns bear the Arabic article in their Latin names ("El Fasher", "Al Mukalla"),
# which the press often drops ("Fasher", "Mukalla").
_ARABIC_COUNTRIES = frozenset("SD LY YE SY IQ EG MA DZ TN SA JO LB PS TD MR SO OM AE KW QA BH DJ".split())
_ARABIC_ARTICLES = frozenset("el al".split())


def _without_article(name: str, watched: GeoPlace | None) -> str | None:
    """A town's or a site's name in an Arabic-speaking country without its Arabic article ("El
    Fasher" -> "Fasher", "Al Mahfad" -> "Mahfad"), when the rest is one word of at least five letters
    (`SHORT_FORM_LETTERS`) and no everyday or frequent word of a language of the feeds. None
    otherwise."""
    if watched is None or watched.kind != "city" or watched.country not in _ARABIC_COUNTRIES:
        return None
    words = name.replace("-", " ").split()
    if len(words) != 2 or fold(words[0]) not in _ARABIC_ARTICLES:
        return None
    rest = words[1]
    folded = fold(rest)
    if len(folded) < SHORT_FORM_LETTERS or not folded.isalpha() or is_everyday_word(folded) or is_frequent_word(folded):
        return None
    return rest


# The letters a name must keep without its article. Four-letter rests are as often a people
# ("Fula" of "El Fula") or another country's province ("Jawf" of Libya's "Al Jawf" is Yemen's
# too) as the place; shorter ones ("Ain", "Bab") are words of every other name.
SHORT_FORM_LETTERS = 5


def _names_of(
    wl_id: str,
    location: str,
    aliases: Sequence[str],
    threshold: float | None,
    exact: bool,
    extra: Sequence[tuple[str, str]] = (),
) -> list[_Name]:
    """The typed names of a location, then the gazetteer's (`extra`: name, source) that no typed
    name already spells; only typed words may stand inside another name's variant, and the
    gazetteer's names match exactly (fuzzy "Kidali" would find "Kigali")."""

    def words_of(alias: str) -> tuple[str, ...]:
        # The folded words alone: no Token made (their spans and gaps are not wanted here), for
        # the 25,000 names of 10,000 watched locations with their gazetteer names.
        return tuple(SITE_WORDS.get(word, word) for word in tokenize(alias).folded)

    spelled = [(alias, "config", words_of(alias)) for alias in (location, *aliases)]
    place_words = frozenset(word for _, _, words in spelled for word in words)
    typed = {words for _, _, words in spelled}
    for alias, source in extra:
        words = words_of(alias)
        if words not in typed:
            typed.add(words)
            spelled.append((alias, sys.intern(f"gazetteer: {source}"), words))  # a few sources, shared by every name
    # The name as typed, written as one word: not the gazetteer's names too, which would add a
    # name for most of them and memory the bot has not to spare.
    joined = _joined(spelled[0][2])
    if joined is not None and (joined,) not in typed:
        typed.add((joined,))
        spelled.append((joined.capitalize(), "config, written as one word", (joined,)))
    # The name as Arabic writes its words (`_arabic_reading`): "Abu Na'ama" as "Abu Naama", "Bir
    # el Ayyad" as "Bir Elayyad" ("بئر العياد"), read word for word in Arabic text.
    read = tuple(word for word, _, _ in _arabic_reading(location)) if location.isascii() else ()
    if len(read) > 0 and read not in typed:
        typed.add(read)
        spelled.append((location, READ_IN_ARABIC, read))
    # The name's opening "N" or "M" before a consonant, written apart as French and Portuguese
    # write it ("Ngaoundéré" as "N'Gaoundéré", "Mbour" as "M'Bour"): the text's two words.
    nasal = _prenasal(spelled[0][2])
    if nasal is not None and nasal not in typed:
        typed.add(nasal)
        spelled.append((f"{nasal[0].upper()}'{nasal[1]}", "config, with an apostrophe", nasal))
    names = []
    for alias, source, words in spelled:
        if not words:
            continue
        # One tuple where the three are the same words, as they are for most names: a large
        # config has tens of thousands of names, and each tuple costs its bytes.
        content = tuple(w for w in words if w not in CONNECTORS) or words
        content = words if content == words else content
        required = tuple(w for w in content if w not in GENERIC_FILLERS) or content
        required = content if required == content else required
        code = len(words) == 1 and alias.strip().isupper() and len(alias.strip()) <= 4
        names.append(
            _Name(
                wl_id,
                location,
                alias,
                words,
                content,
                required,
                DEFAULT_THRESHOLD if threshold is None else threshold,
                # a misspelling of an old spelling is no evidence; the typed name as Arabic writes it is typed
                exact or code or source not in ("config", READ_IN_ARABIC),
                code,
                place_words,  # shared by the location's names; GENERIC_FILLERS is not copied into each
                source,
            )
        )
    return names


JOINED_LETTERS = 7  # a name of two words written as one is this long at least ("Lasanod")


def _joined(words: Sequence[str]) -> str | None:
    """A name of two words as the press often writes it, as one ("Las Anod" as "Lasanod",
    "Maidan Shahr" as "Maidanshahr"): Somali, Pashto and Arabic names are transliterated either
    way. None for other names, a site's ("Gao airport"), or when the one word is an everyday one."""
    if len(words) != 2 or any(w in SITE_WORDS.values() or w in CONNECTORS or not w.isalpha() for w in words):
        return None
    joined = "".join(words)
    if len(joined) < JOINED_LETTERS or is_common_word(joined) or is_everyday_word(joined):
        return None
    return joined


PRENASAL_LETTERS = 4  # "Nzagi" -> "N'zagi": the rest is a word of its own, this long at least


def _prenasal(words: Sequence[str]) -> tuple[str, str] | None:
    """A name of one word that opens with a nasal before a consonant ("Ngaoundéré", "Nzagi",
    "Mbour", "Ndélé"), as its two words when the press writes the nasal apart with an apostrophe:
    ("n", "gaoundere"). None for other names, or when the rest is short or an everyday word."""
    if len(words) != 1 or not words[0].isalpha():
        return None
    word = words[0]
    if word[:1] not in ("n", "m") or word[1:2] in ("", *"aeiouyhnm"):
        return None
    rest = word[1:]
    if len(rest) < PRENASAL_LETTERS or is_common_word(rest) or is_everyday_word(rest):
        return None
    return (word[0], rest)


def _lay(
    name: _Name, tokens: Tokens, positions: dict[str, list[tuple[int, float]]], weak: set[int], lenient: bool = False
) -> list[_Found]:
    """Where `name` lies in the text: as written, else as a close variant, else as a loose one.
    A loose one with capitalised rare words around it is kept only when `lenient` (the matcher
    has a gazetteer to tell whether they are other places), else dropped as other names."""
    found: list[_Found] = []
    taken: set[int] = set()
    anchors = [anchor for anchor, _ in positions[_anchor_word(name)]]
    laid: set[int] = set()
    # Every anchor's close readings before any loose one: a loose reading from the first anchor
    # ("أبو" of "أبو صيدا ... أبو محمد" to the far "محمد") must not take the words of the name
    # written whole further on.
    for layouts in ((_as_written, _as_variant), (_loosely,)):
        for anchor in anchors:
            if anchor in laid:
                continue
            for layout in layouts:
                candidate = layout(name, tokens, positions, anchor)
                if candidate is not None and candidate.others and not lenient:
                    continue
                if candidate is None or taken.intersection(candidate.used):
                    continue
                if _acceptable(name, tokens, candidate, weak):
                    found.append(candidate)
                    taken.update(range(candidate.first, candidate.last + 1))
                    laid.add(anchor)
                    break
    return found


# How far a scope reaches (`FalseFriend.scope`): a wider one of the same location wins.
_SCOPE_REACH = {"mention": 0, "body": 1, "person": 2, "item": 3}
# Words before a mention that leave it the scene of the deed named before them ("attack on
# Manbij", "une attaque contre Ségou", "ataque contra Pemba").
_AGAINST = frozenset(fold(word) for word in "on against upon contre sur contra sobre".split())
SCENE_WORDS_BEFORE = 4  # how far before a mention its deed's word may stand ("drones struck Manbij")


def _disown(disowned: dict[tuple[str, str], str], key: tuple[str, str], scope: str) -> None:
    """Record that a mention's reading disowns its location this far (`FalseFriend.scope`),
    keeping the widest of the item's."""
    if _SCOPE_REACH[scope] > _SCOPE_REACH[disowned.get(key, "mention")]:
        disowned[key] = scope


def scene_of_a_deed(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the mention at tokens[first..last] is the scene or the object of a deed: a word of
    violence or its weapon just before it in the same clause ("jihadists storm Kidal", "drones
    struck Manbij", "une attaque jihadiste contre Ségou", "مسلحون يهاجمون كسلا"), or a site
    that is hit right after it (`target_of`: "Gao market", "Kobo convoys"). A body named after
    the town ("Kidal Security Council") owns only its own mention: these mentions are the town."""
    after = last + 1
    if after < len(tokens) and tokens[after].gap == " " and target_of(tokens[after].folded) is not None:
        return True
    k = first
    while k > 0 and first - k < SCENE_WORDS_BEFORE and not _breaks_clause(tokens[k].gap):
        k -= 1
        word = tokens[k].folded
        if word in PREMISES_BEFORE:
            return False  # "une attaque contre le siège de Midi Libre": a building's, which may stand elsewhere
        if deed_word(word):
            return True
        if k == first - 1 and word not in _AGAINST and not tokens[k].word.islower():
            return False  # a capitalised word between: another name's
    return False


def _breaks_clause(gap: str) -> bool:
    return any(ch in ".,;:!?()[]|\n" for ch in gap)


def _outermost(found: list[_Found]) -> list[_Found]:
    """The names found, less any that lies inside a longer name of the same location: "Cayes"
    (a gazetteer alternate) inside "Les Cayes" is that name, so the article before it is the
    name's, not a venue's ("Le Bamako")."""
    if len(found) < 2 or len({(f.name.watchlist, f.name.location) for f in found}) == len(found):
        return found  # no two of one location (most items): none lies inside another

    def inside(short: _Found, long: _Found) -> bool:
        return (
            short is not long
            and short.name.location == long.name.location
            and short.name.watchlist == long.name.watchlist
            and long.first <= short.first
            and short.last <= long.last
            and long.last - long.first > short.last - short.first
            and not long.apart  # written whole, not words apart
        )

    # Only names of one location can lie inside each other: each is compared with its own only.
    same: dict[tuple[str, str], list[_Found]] = defaultdict(list)
    for f in found:
        same[(f.name.watchlist, f.name.location)].append(f)
    return [f for f in found if not any(inside(f, other) for other in same[(f.name.watchlist, f.name.location)])]


_ACCENTED_VOWELS = frozenset("áàâãéêíóôõú")


def _acceptable(name: _Name, tokens: Tokens, found: _Found, weak: set[int]) -> bool:
    if found.score < name.threshold:
        return False
    if name.exact and found.score < 100 and not _site_name_reordered(name, found):
        return False
    weak_words = sum(1 for i in found.used if i in weak)
    if weak_words and (len(name.required) < 2 or weak_words > 1):
        return False  # a short word one letter off counts only inside a longer name
    # the words from the list, the sentence's start without a Token: most names ask neither
    words = tokens.words
    capitals_only = CAPITALISED in name.source or NAMED_MID_SENTENCE in name.source or FINAL_ACCENT in name.source
    if capitals_only and not words[found.first][:1].isupper():
        return False
    if FINAL_ACCENT in name.source and words[found.last][-1:].lower() not in _ACCENTED_VOWELS:
        return False
    if (
        NAMED_MID_SENTENCE in name.source
        and tokens.starts_sentence(found.first)
        and not dateline(tokens, found.first, found.last)
    ):
        return False
    return not (name.code and not words[found.first].isupper())


def _site_name_reordered(name: _Name, found: _Found) -> bool:
    """An airport's official name from the gazetteer, every word as written, in another order or
    with site words of another language: "l'aéroport d'Ambouli" for "Ambouli Airport",
    "aeropuerto Rafic Hariri". Not misspelt: the gazetteer's names match exactly."""
    return (
        name.source == "gazetteer: primary"
        and found.apart
        and not found.others
        and found.score >= 100 * VARIANT_FACTOR - 1e-9
        and any(word in _AIRPORT_WORDS for word in name.tokens)
    )


def _similarity(positions: dict[str, list[tuple[int, float]]], word: str, index: int) -> float | None:
    for i, sim in positions.get(word, ()):
        if i == index:
            return sim
    return None


def _breaks(gap: str, loose: bool = False) -> bool:
    """Whether the text between two words ends a phrase (a loose variant spans commas and colons)."""
    if gap == " ":  # most gaps: one space, which breaks nothing
        return False
    if "\n\n" in gap:
        return True
    return any(ch in (_LOOSE_BREAKS if loose else _SENTENCE_BREAKS) for ch in gap)


def _as_written(name: _Name, tokens: Tokens, positions: dict[str, list[tuple[int, float]]], anchor: int) -> _Found | None:
    """The alias word for word, its first content word at `anchor`."""
    offset = name.tokens.index(_anchor_word(name))
    start = anchor - offset
    if start < 0 or start + len(name.tokens) > len(tokens):
        return None
    weighted = total = 0.0
    for k, word in enumerate(name.tokens):
        index = start + k
        if k and _breaks(tokens[index].gap) and not _dotted(name, tokens, index, k):
            return None
        if word in CONNECTORS and word not in name.content:
            if tokens.folded[index] != word:
                return None
            continue
        similarity = _similarity(positions, word, index)
        if similarity is None:
            return None
        weighted += similarity * len(word)
        total += len(word)
    last = start + len(name.tokens) - 1
    return _Found(name, start, last, weighted / total if total else 100.0, tuple(range(start, last + 1)))


def _dotted(name: _Name, tokens: Tokens, index: int, k: int) -> bool:
    """Whether the gap before word `index` is the dot of an acronym written with dots ("U.S."):
    one letter on each side, the name itself written so; or of an initial before the name's last
    word ("D.G. Khan")."""
    if "." not in name.alias or len(name.tokens[k - 1]) != 1:
        return False
    return (tokens[index].gap == "." and len(name.tokens[k]) == 1) or tokens[index].gap == ". "


def _anchor_word(name: _Name) -> str:
    """The word `_lay` looks for first: the name's first required word."""
    return name.required[0]


def _gather(name: _Name, positions: dict[str, list[tuple[int, float]]], anchor: int, window: int) -> dict[int, float] | None:
    """For each required word, its occurrence nearest `anchor` within `window` words."""
    anchor_word = _anchor_word(name)
    chosen = {anchor: _similarity(positions, anchor_word, anchor) or 0.0}
    for word in name.required:
        if word == anchor_word:
            continue
        options = [(abs(i - anchor), i, sim) for i, sim in positions[word] if abs(i - anchor) <= window and i not in chosen]
        if not options:
            return None
        _, index, similarity = min(options)
        chosen[index] = similarity
    return chosen


def _score(tokens: Tokens, chosen: dict[int, float]) -> float:
    weights = {i: len(tokens.folded[i]) for i in chosen}
    return sum(chosen[i] * weights[i] for i in chosen) / sum(weights.values())


def _as_variant(name: _Name, tokens: Tokens, positions: dict[str, list[tuple[int, float]]], anchor: int) -> _Found | None:
    """The name's words close together, in any order, with only words of the place between:
    "the airport in Bamako", "Bamako's international airport"."""
    if len(name.required) < 2:
        return None
    chosen = _gather(name, positions, anchor, 3 + len(name.content))
    if chosen is None:
        return None
    first, last = min(chosen), max(chosen)
    listed = _plural_site_word(tokens, chosen)
    for index in range(first + 1, last + 1):
        if _breaks(tokens[index].gap) and not (listed and tokens[index].gap.strip() == ","):
            return None
        if index not in chosen and not name.allows(tokens.folded[index]) and not (listed and _listed(tokens[index])):
            return None
    return _Found(name, first, last, _score(tokens, chosen) * VARIANT_FACTOR, tuple(sorted(chosen)), apart=True)


# The words that join a list of places: "the airports of Kabul and Herat", "aeroportos de Luanda e
# Huambo", "los aeropuertos de Quito y Guayaquil", "Baghdad, Erbil or Basra airports".
_LIST_JOINERS = frozenset({"and", "et", "e", "y", "or", "ou", "o"})


def _plural_site_word(tokens: Tokens, chosen: Iterable[int]) -> bool:
    """Whether the name's site word is written in the plural ("airports", "aéroports",
    "aeroportos", "aeropuertos"): then it serves each place of the list it heads or ends."""
    return any(
        (word := tokens.folded[k]).endswith("s") and word not in _SITE_TERMS and word[:-1] in _SITE_TERMS for k in chosen
    )


def _listed(token: Token) -> bool:
    """A word of a list of places under a plural site word: a joiner or another place's name."""
    return token.folded in _LIST_JOINERS or token.capitalized


def _loosely(name: _Name, tokens: Tokens, positions: dict[str, list[tuple[int, float]]], anchor: int) -> _Found | None:
    """The name's words in one sentence, a few words apart, with no other place between or
    attached to them: "Bamako: gunfire near airport", "protesters block airport road in Bamako".
    Weaker evidence than a variant, and scored so."""
    if len(name.required) < 2:
        return None
    chosen = _gather(name, positions, anchor, LOOSE_WINDOW)
    if chosen is None:
        return None
    first, last = min(chosen), max(chosen)
    for index in range(first + 1, last + 1):
        if _breaks(tokens[index].gap, loose=True):
            return None
    others = tuple(
        index
        for index in range(max(0, first - 2), min(len(tokens), last + 3))
        if index not in chosen and _another_place(tokens[index], name)
    )
    score = _score(tokens, chosen) * LOOSE_FACTOR
    return _Found(name, first, last, score, tuple(sorted(chosen)), apart=True, others=others)


def _another_place(token: Token, name: _Name) -> bool:
    """A capitalised rare word near the name's words: another place or name ("Niamey", "Dakar")."""
    return (
        token.capitalized
        and not token.sentence_start
        and not name.allows(token.folded)
        and token.folded not in PLACE_WORDS
        and not is_common_word(token.folded)
    )


def _runs(indices: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive word indices as (start, end exclusive) spans: each run is one name as written."""
    runs: list[tuple[int, int]] = []
    for index in sorted(indices):
        if runs and runs[-1][1] == index:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    return runs


def _about_flying(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the sentence around words `first`..`last` has a word of flying ("flights",
    "runway", "aéroport", "vols"), by its English or French stem."""
    start, end = sentence_bounds(tokens, first, last)
    folded = tokens.folded
    for index in chain(range(start, first), range(last + 1, end)):  # the sentence's words, the name's left out
        word = folded[index]
        if stem(word, "en") in _AVIATION_STEMS or stem(word, "fr") in _AVIATION_STEMS:
            return True
    return False


def _in_own_site_name(tokens: Tokens, index: int, used: Sequence[int], mention: Mention | None) -> bool:
    """Whether the word at `index` is inside the proper name of the site the name's words give,
    after the place's possessive: "Bamako's Modibo Keita International Airport" (a run of
    capitalised words, one name, ending on the site word and owned by "Bamako's"). A place
    (`mention`) that opens the run with only such words as "international" after it is the
    site's owner, not a word of its name: "Bamako's Sevare Airport" is Sevare's."""
    start = index
    while start - 1 >= 0 and start - 1 not in used and tokens[start - 1].capitalized and tokens[start].gap == " ":
        start -= 1
    owned = start >= 2 and tokens.folded[start - 1] == "s" and tokens[start - 1].gap in ("'", "’") and start - 2 in used
    if not owned:
        return False
    end = index
    while end + 1 < len(tokens) and end + 1 not in used:
        following = tokens[end + 1]
        if following.gap != " " or not (following.capitalized or following.folded in GENERIC_FILLERS):
            return False
        end += 1
    site = end + 1
    if site >= len(tokens) or site not in used or tokens[site].gap != " " or tokens.folded[site] not in _SITE_NAMES:
        return False
    if mention is not None and mention.start_token == start:
        return not all(tokens.folded[k] in GENERIC_FILLERS for k in range(mention.end_token, site))
    return True


_SITE_NAMES = frozenset(SITE_WORDS) | frozenset(SITE_WORDS.values())


# Grammar that makes a place only the home of a person or a group, not the scene: "Erbil-based",
# "Maiduguri-born"; "native of", "born in", "originaire de", "natif de", "basé à". Not a
# destination: a "Bamako-bound flight" diverted by gunfire concerns those watching Bamako.
_HOME_SUFFIXES = frozenset("based born registered headquartered".split())
_HOME_BEFORE = frozenset(
    {
        ("native", "of"),
        ("residents", "of"),  # "residents of Lamu ambushed on the road to Garsen"
        ("born", "in"),
        ("based", "in"),
        # "de" with its article written onto it too: "originaire du Cap", "natifs des Cayes"
        *(
            (home, link)
            # and "l'Association des ressortissants de Tahoua": its nationals, living elsewhere
            for home in "originaire originaires natif native natifs natives ressortissant ressortissants".split()
            for link in "de d du des".split()
        ),
        ("base", "a"),
        ("basee", "a"),
        ("basees", "a"),
        ("bases", "a"),
    }
    # Portuguese and Spanish: "natural de Benguela", "oriundo de Medellín", "nascido em",
    # "nacida en", "radicado en", "com sede em"; an article may be written onto "de", "em".
    | {
        (home, link)
        for home in (
            "natural naturais naturales oriundo oriunda oriundos oriundas originario originaria originarios "
            "originarias nascido nascida nascidos nascidas nacido nacida nacidos nacidas radicado radicada "
            "radicados radicadas residente residentes sediado sediada sediados sediadas "
            "baseado baseada baseados baseadas basado basada basados basadas"
        ).split()
        for link in "de do da dos das del em no na nos nas en".split()
    }
    # "com sede em Maputo" is where a body is based; "a sede do Lóvua", "la sede de" is the seat of
    # a district, its own town, where the news may happen ("a estrada entre o Dundo e a sede do Lóvua").
    | {("sede", link) for link in "em no na nos nas en".split()}
    # A constituency is its member's seat, as a town is its mayor's (`_OFFICES`): "the MP for
    # Yirol West", "le député de Doba", "deputado eleito pelo círculo de Sonaco", "diputado por
    # Tumbes", "النائب عن الضالع"; the member speaks or is attacked wherever parliament sits.
    | {
        (member, link)
        for member in (
            "mp mps parliament lawmaker legislator senator congressman congresswoman representative"
        ).split()
        for link in ("for",)
    }
    | {
        (member, link)
        for member in (
            "depute deputee deputes deputees elu elue elus elues deputado deputada deputados deputadas eleito eleita "
            "eleitos eleitas circulo circunscricao diputado diputada diputados diputadas electo electa electos "
            "senador senadora circunscripcion"
        ).split()
        for link in "de d du des do da dos das del por pelo pela en em".split()
    }
    # Arabic: "من أبناء الموصل" (of the sons of), "المولود في", "ينحدر من", "المقيم في".
    | {
        (fold(home), fold(link))
        for home, link in (
            ("من", "أبناء"),
            ("من", "سكان"),
            ("المولود", "في"),
            ("المولودة", "في"),
            ("ينحدر", "من"),
            ("تنحدر", "من"),
            ("المنحدر", "من"),
            ("المقيم", "في"),
            ("المقيمة", "في"),
            ("نائب", "عن"),
            ("النائب", "عن"),
            ("نائبة", "عن"),
            ("النائبة", "عن"),
        )
    }
)
# An office named after the place it governs is its holder's home, as a university is ("the mayor
# of Cúcuta denounces threats after the attack in Tibú", "محافظ البصرة"): a scene only when the
# item names none elsewhere.
# The holders of a town's offices, who speak for it: with a verb of saying after the town ("El
# alcalde de Montería dijo que"), where the news comes from, as officials are.
_OFFICE_HOLDERS = frozenset(
    "mayor governor maire gouverneur prefeito prefeita governador governadora alcalde alcaldesa gobernador "
    "gobernadora intendente administrador administradora edil delegado delegada secretario secretaria".split()
)
_OFFICES = frozenset(
    "mayor governor maire gouverneur prefeito prefeita governador governadora alcalde alcaldesa gobernador "
    "gobernadora intendente administrador administradora edil"
    # the police chief and the state secretary of a town ("o delegado de Teresina comenta a chacina em Osasco")
    " delegado delegada secretario secretaria"
    # and institutions of the place that speak or care for the victims ("a Polícia de Nampula
    # detém suspeitos do ataque em Memba", "Hospital de Quelimane recebe feridos do ataque em ...")
    # (not "municipio", "município": the territory a town heads, where the scene lies, "en la
    # comunidad Buena Vista, municipio de Ixiamas"; its council is the "municipalidad", "câmara")
    " policia police hospital hopital camara municipalidad prefeitura alcaldia "
    "procuradoria fiscalia medios imprensa prensa "
    # and its newspapers and stations, whose reporters cover elsewhere ("un periodista de un diario
    # de Guayaquil", "a rádio comunitária de Mocuba")
    "diario diarios periodico periodicos jornal jornais radio radios emissora emissoras televisao".split()
)
# The press of a place, which may take an adjective before "de" ("a rádio comunitária de Mocuba",
# "el diario regional de Quevedo"); not its police or council, there when the deed is.
_PRESS_OF = frozenset("diario diarios periodico periodicos jornal jornais radio radios emissora emissoras televisao".split())
# and "مستشفى مصراتة", "أبناء الفاشر", "ميليشيات مصراتة" (a city's militias fight elsewhere)
_AR_OFFICES = frozenset(
    fold(word)
    # and a town's notables, elders and sheikhs, who speak for it elsewhere ("وفد من وجهاء خانقين يزور أربيل")
    for word in "محافظ والي عمدة مستشفى أبناء ميليشيات مليشيات كتائب وجهاء أعيان شيوخ".split()
)


# The buildings of a town's police, written before it with "de" ("la estación de Policía de
# Caloto", "o posto da Polícia de Mueda", "le commissariat de police de Kidal"): the police is
# then the site's owner, not an institution speaking from its town, and the site stands there.
_POLICE_BUILDINGS_BEFORE = frozenset(
    "estacion estaciones estacao estacoes posto postos esquadra esquadras comisaria comisarias comissariado "
    "cuartel cuarteis quartel quarteis sede commissariat poste".split()
)


# What a police building is the source of news by, written before it: the source's prepositions
# ("desde la estación", "según la estación", "selon le commissariat") and a link after a person's
# role ("el comandante de la estación", "o comandante do posto").
_SOURCE_BEFORE = frozenset("desde segun selon d apres".split())
_ROLE_LINKS = frozenset("de del do da du".split())
_ARTICLES_BEFORE_SITE = frozenset("la el los las o a os as le les l".split())


def _police_site(tokens: Tokens, office: int, last: int | None = None) -> bool:
    """Whether the office word at `office` is the police of a police building named before it
    ("estación de Policía de Caloto"), and the building the place of the deed: the town is the
    building's place, not the police's home. Not when the building speaks, as the police of its
    town would: a verb of saying after the town's name (`last`: "la estación de Policía de
    Caloto informó"), or the building written as the source ("desde la estación", "según la
    estación") or as the post of a person of rank ("el comandante de la estación de Policía de
    Caloto denunció ataques en Corinto": the commander speaks, the attacks are in Corinto)."""
    if not (
        tokens.folded[office] in ("policia", "police")
        and office >= 2
        and tokens.folded[office - 1] in _UNIVERSITY_LINKS
        and tokens.folded[office - 2] in _POLICE_BUILDINGS_BEFORE
    ):
        return False
    after = last + 1 if last is not None else len(tokens)
    if after < len(tokens) and tokens[after].gap == " " and romance_saying(tokens.folded[after]):
        return False  # not after a comma: "atacaram o posto da Polícia de Mueda, disse a fonte"
    k = office - 3
    if k >= 0 and tokens.folded[k] in _ARTICLES_BEFORE_SITE and not tokens[k + 1].sentence_start:
        k -= 1
    if k < 0 or tokens[k + 1].sentence_start:
        return True
    if tokens.folded[k] in _SOURCE_BEFORE:
        return False
    return not (tokens.folded[k] in _ROLE_LINKS and k >= 1 and _a_role(tokens[k - 1]))


def _a_role(token: Token) -> bool:
    """A person's rank or post in lower case or opening a sentence ("comandante", "director",
    "commissaire"): a person of WordNet's (`kind_of_person`) or a Romance noun of office."""
    word = token.folded
    if not (token.word[:1].islower() or token.sentence_start):
        return False
    return kind_of_person(word) or word.startswith(_RANKS)


# The openings of Romance nouns of rank, whose English cognates WordNet lists ("comandante",
# "commandant", "director", "directeur", "jefe", "chef", "responsable", "portavoz", "porta-voz").
_RANKS = (
    *("comand", "command", "direct", "jefe", "chef", "responsabl", "portavo", "porta"),
    *("oficial", "capit", "commiss", "sargent", "coronel", "general"),
)


# A university is named after its city and stands in it: its name is the home of the scholars
# it speaks through ("a University of Khartoum study", "Kabul University's professor"), a scene
# only when nothing else is: "X University", "University of X", "Université de X",
# "Universidade de X", "جامعة X", "Kabul Polytechnic".
_UNIVERSITY = frozenset(
    {"university", "universite", "universidade", "universidad", "polytechnic", "polytechnique", "politecnica", fold("جامعة")}
)
_UNIVERSITY_LINKS = frozenset("of de do da del d".split())


# A distance from a place makes it a point of reference: "90 nautical miles south-east of Aden",
# "à 80 kilomètres au sud de Kaboul", "60km from Tripoli". Units to kilometres; the words that
# may stand between the distance and the name (direction, "of", "from", "au", "de"...).
_UNITS: Mapping[str, float] = {
    **dict.fromkeys("km kms kilometres kilometers kilometre kilometer kilometros quilometros".split(), 1.0),
    **dict.fromkeys("mi mile miles milhas millas".split(), 1.609),
    "milles": 1.852,  # French: sea miles
}
_TOWARDS = frozenset(
    "of from off de du d des au a al ao do da del north south east west northeast northwest southeast southwest "
    "nord sud est ouest norte sul sur leste oeste noreste noroeste sudeste sudoeste nordeste "
    "northern southern eastern western away".split()
)
_NAUTICAL = frozenset("nautical marins nauticas nauticos".split())
# Distances written in words, as Portuguese and Spanish often write round ones ("a cem
# quilômetros de Marabá", "a cincuenta kilómetros de"): the tens and hundreds of the four languages.
_NUMBER_WORDS: Mapping[str, int] = {
    word: value
    for value, words in (
        (10, "ten dix dez diez"),
        (20, "twenty vingt vinte veinte"),
        (30, "thirty trente trinta treinta"),
        (40, "forty quarante quarenta cuarenta"),
        (50, "fifty cinquante cinquenta cincuenta"),
        (60, "sixty soixante sessenta sesenta"),
        (70, "seventy setenta"),
        (80, "eighty oitenta ochenta"),
        (90, "ninety noventa"),
        (100, "hundred cent cem cento cien ciento"),
        (200, "duzentos doscientos"),
        (300, "trezentos trescientos"),
    )
    for word in words.split()
}
_DISTANCE_WRITTEN = re.compile(r"^(\d+(?:[.,]\d+)?)(km|kms|mi)$")
REFERENCE_WORDS = 6  # at most this many words between the distance and the name
# A distance without a number: "far south of Goma", "far from Kidal", "loin au nord de Mopti",
# "lejos de Cali"; near after a negation ("not far from", "pas loin de", "no lejos de"), and a
# part of the place after an article ("in the far north of Kano", its northern end).
_FAR = frozenset("far loin lejos longe".split())
_NOT_FAR = frozenset("not pas no nao non the".split())


def _reference_point(tokens: Tokens, start: int) -> tuple[float, str] | None:
    """The distance, in km, and its words, when the name at `start` is only the point a distance
    is measured from ("90 nautical miles south-east of Aden"), or None."""
    k = start - 1
    if k < 0 or tokens.folded[k] not in ("of", "from", "off", "de", "du", "d", "del", "do", "da"):
        return None
    while k >= 0 and start - k <= REFERENCE_WORDS and tokens.folded[k] in _TOWARDS:
        k -= 1
    if k < 0:
        return None
    if tokens.folded[k] in _FAR and start - k >= 2 and (k == 0 or tokens.folded[k - 1] not in _NOT_FAR):
        return math.inf, " ".join(tokens.words[k:start])  # "far south of Goma", "loin de Kidal"; not "not far from"
    written = _DISTANCE_WRITTEN.match(tokens.folded[k])
    if written is not None:
        return float(written.group(1).replace(",", ".")) * _UNITS[written.group(2)], " ".join(tokens.words[k:start])
    unit = k
    if k > 0 and tokens.folded[k - 1] in _NAUTICAL:
        k -= 1  # "90 nautical miles"
    if tokens.folded[unit] not in _UNITS or k == 0:
        return None
    if not tokens.folded[k - 1].isdigit():
        spelt = _NUMBER_WORDS.get(tokens.folded[k - 1])
        return None if spelt is None else (spelt * _UNITS[tokens.folded[unit]], " ".join(tokens.words[k - 1 : start]))
    number, first = int(tokens.folded[k - 1]), k - 1
    if first > 0 and tokens[first].gap == "," and len(tokens.folded[first]) == 3 and tokens.folded[first - 1].isdigit():
        number, first = int(tokens.folded[first - 1]) * 1000 + number, first - 1  # "1,200 km"
    return number * _UNITS[tokens.folded[unit]], " ".join(tokens.words[first:start])


AIRPORT_WORDS = frozenset(("airport", "aeroport"))
NAMED_AIRPORT_WORDS = 3  # capitalised words of a person's name after a city's in an airport's name


def _airport_named_with(gazetteer: Gazetteer, tokens: Tokens, first: int, last: int) -> GeoPlace | None:
    """The airport whose name a name opens, with capitalised words after it and the word
    "airport", the gazetteer's name written short or whole ("Aden Adde airport", Aden Adde
    International Airport: Mogadishu's, named after a president), or None. A name alone before
    "airport" ("Aden airport") is the city's, and is not looked at here."""
    k = last + 1
    while k < len(tokens) and k - last <= NAMED_AIRPORT_WORDS and tokens[k].capitalized and tokens[k].gap == " ":
        if tokens.folded[k] in AIRPORT_WORDS:
            break
        k += 1
    if k == last + 1 or k >= len(tokens) or tokens.folded[k] not in AIRPORT_WORDS or tokens[k].gap != " ":
        return None
    if any(tokens.folded[m] in GENERIC_FILLERS for m in range(last + 1, k)):
        words = tuple(tokens.folded[first : k + 1])
        options: tuple[tuple[str, ...], ...] = (words,)
    else:
        words = tuple(tokens.folded[first:k])
        options = ((*words, "international", "airport"), (*words, "airport"))
    for option in options:
        airport = next((p for p in gazetteer.lookup(option) if p.kind == "airport"), None)
        if airport is not None and not math.isnan(airport.lat):
            return airport
    return None


# The nouns of an airport the Romance languages write before its name: "l'aéroport Aden Adde",
# "el aeropuerto Aden Adde", "o aeroporto Aden Adde", and English's "airport" as a heading writes it.
AIRPORT_NOUNS_BEFORE = frozenset(("aeroport", "aeropuerto", "aeroporto", "airport"))


def _airport_named_after_noun(gazetteer: Gazetteer, tokens: Tokens, first: int, last: int) -> GeoPlace | None:
    """The airport whose name a name opens after an airport's noun, with capitalised words after
    it, as the Romance languages write an airport named after a person ("l'aéroport Aden Adde de
    Mogadiscio": Mogadishu's, the gazetteer's Aden Adde International Airport), or None. Its name
    is not the namesake city's (Yemen's Aden) nor that city's airport ("aéroport Aden"): the
    airport's own city is the one named after it, if any. A name alone after the noun
    ("l'aéroport de Bamako", "l'aéroport Aden") is not looked at here."""
    start = first + 1 if tokens.folded[first] in AIRPORT_NOUNS_BEFORE else first
    if start == first and (first == 0 or tokens.folded[first - 1] not in AIRPORT_NOUNS_BEFORE):
        return None
    k = last + 1
    while k < len(tokens) and k - last <= NAMED_AIRPORT_WORDS and tokens[k].capitalized and tokens[k].gap == " ":
        k += 1
    if k == last + 1 or start > last:
        return None
    words = tuple(tokens.folded[start:k])
    for option in ((*words, "international", "airport"), (*words, "airport"), words):
        airport = next((p for p in gazetteer.lookup(option) if p.kind == "airport"), None)
        if airport is not None and not math.isnan(airport.lat):
            return airport
    return None


ELSEWHERE_WEIGHT = 0.3  # a city of another country (WEIGHTS["populous"]), its name, a dateline


# A dateline, or a country named with a town of it (WEIGHTS["named"] + WEIGHTS["place"]): "Ghana
# police probe arson attack at Bankas Junction ... near Koforidua" is Ghana's, though the gazetteer
# knows Bankas only as Mali's Bankass.
FOREIGN_WEIGHT = 1.5


def _hyphened_to_country(reading: ItemPlaces, mention: Mention) -> bool:
    """Whether a town's name is joined by a hyphen to a country's just before it, as a word of
    the country's name ("Guiné-Conacri", "Congo-Brazzaville"): the country, not a town of it."""
    tokens, k = reading.tokens, mention.start_token
    if tokens is None or k == 0 or tokens[k].gap != "-":
        return False
    before = reading.at(k - 1)
    return before is not None and before.chosen is not None and before.chosen.kind == "country"


def _foreign_item(
    places: ItemPlaces,
    readings: Sequence[ItemPlaces],
    mention: Mention,
    watched: GeoPlace,
    is_capital: Callable[[GeoPlace], bool],
) -> str | None:
    """Why a watched city's name, the only place of that name GeoNames lists, means another
    place: the item is about another country (naming it, with a town of it far from the watched
    city) and nothing in it but the name is the watched city's country
    ("Tanzanie : affrontements à Pemba ... à Chake-Chake, dans l'archipel de Zanzibar": the
    island of Pemba, not Mozambique's city). Not for a capital or a city of half a million,
    known by its name wherever the news is filed. None when unsure, and when the item names
    another town of the watched city's country near it.

    The town of the other country must place the name (`_placing_town`): in its clause, not a
    capital (where a government condemns from, "Nouakchott a condamné l'attaque de Douentza",
    "the ministry in Paris said"), nor where people come from or flee to. A country only named
    beside the name (a condemner, the victims' nationality, a refuge) is no place of it."""
    weights: dict[str, float] = {}
    firm: set[str] = set()
    headed: set[str] = set()  # a country heading the item: its towns anywhere in it are scenes
    countries = {m.text for reading in readings for m in reading.mentions if m.chosen is not None and m.chosen.kind == "country"}
    # "Guiné-Conacri", "Congo-Brazzaville": the capital is a word of the country's name, no town of it
    joined = {m.text for reading in readings for m in reading.mentions if _hyphened_to_country(reading, m)}
    for evidence in places.evidence:
        if evidence.words == mention.text or evidence.words in joined:
            continue
        if evidence.country == watched.country:
            return None
        weights[evidence.country] = weights.get(evidence.country, 0.0) + evidence.weight
        if evidence.kind == "named" or (evidence.kind == "dateline" and evidence.words in countries):
            firm.add(evidence.country)  # a country named, or heading the item ("Tanzanie :"); not a city's
            # dateline, where a bureau covers its region from ("NAIROBI (Reuters) - ... in Kismayo")
        if evidence.kind == "dateline" and evidence.words in countries:
            headed.add(evidence.country)
    # Only a country named firmly and weighing enough can be what the item is about: the towns
    # of the others are not looked at (placing a town reads its clause, the costliest test here).
    wanted = {code for code in firm if weights[code] >= FOREIGN_WEIGHT}
    if not wanted:
        return None
    own = fold(mention.text)
    if any(
        m.chosen is not None
        and m.chosen.country == watched.country
        and fold(m.text) != own
        and not math.isnan(m.chosen.lat)
        and distance_km(m.chosen.lat, m.chosen.lon, watched.lat, watched.lon) <= NEAR_KM
        for reading in readings
        for m in reading.mentions
    ):
        return None  # a town of its own country near it ("in Bourem, near Gao"), read so from the name itself
    far = {
        m.chosen.country
        for reading in readings
        for m in reading.mentions
        if m.chosen is not None
        and m.chosen.country in wanted
        and m.chosen.kind == "city"
        and m.text not in joined
        and not math.isnan(m.chosen.lat)
        and distance_km(m.chosen.lat, m.chosen.lon, watched.lat, watched.lon) > NEAR_KM
        and (not is_capital(m.chosen) or _capital_places(reading, m, own))
        and _placing_town(reading, m, own, anywhere=m.chosen.country in headed)
    }
    about = [code for code in firm & far if code in wanted]
    if not about:
        return None
    country = max(about, key=weights.__getitem__)
    return f"the item is about {places.country_names.get(country, country)}, where this is another place of the name"


CLAUSE_WORDS = 12  # words between a name and a town of another country that places it ("Bankas Junction near Koforidua")


# A capital right after the name places it ("Marka, east Amman", "Marka near Amman"), unless it
# speaks there ("near Macomia, Pretoria said"): within so many words after the name.
CAPITAL_TIE_WORDS = 3
_SPOKEN = frozenset(
    "said says told confirmed announced condemned dit annonce indique condamne disse anunciou informou condenou dijo "
    "anuncio informo condeno".split()
)


# The words of nearness right before a town: "near Accra", "outside Kampala", "près de Niamey",
# "cerca de Tegucigalpa", "perto de Luanda", "proche de Bamako".
_NEAR_WORDS = frozenset("near outside outskirts pres proche cerca perto junto".split())


def _capital_places(reading: ItemPlaces, capital: Mention, own: str) -> bool:
    """Whether a capital of another country stands right after a mention of the watched name
    (`own`, folded), within CAPITAL_TIE_WORDS words of one clause, and does not speak: otherwise a
    capital in an item about a town abroad is where a government condemns or says from
    ("Nouakchott a condamné l'attaque de Douentza", "the ministry in Paris said")."""
    tokens = reading.tokens
    if tokens is None:
        return False
    first = capital.start_token
    if capital.end_token < len(tokens) and tokens.folded[capital.end_token] in _SPOKEN:
        return False
    before = first - 2 if first >= 2 and tokens.folded[first - 1] in ("de", "d", "of") else first - 1
    if before >= 0 and tokens.folded[before] in _NEAR_WORDS:
        # "a village near Accra", "un village proche de Niamey": near it, in the name's clause
        return any(
            fold(other.text) == own
            and abs(first - other.start_token) <= CLAUSE_WORDS
            and not _broken(tokens, min(first, other.start_token), max(first, other.start_token))
            for other in reading.mentions
        )
    return any(
        fold(other.text) == own
        and 0 < first - other.end_token + 1 <= CAPITAL_TIE_WORDS
        and not _broken(tokens, other.end_token - 1, first)
        and not any(tokens.folded[k] in _SPOKEN for k in range(other.end_token, first))  # "Bankass, a annoncé Paris"
        for other in reading.mentions
    )


def _placing_town(reading: ItemPlaces, town: Mention, own: str, anywhere: bool = False) -> bool:
    """Whether a town of another country can place a watched name written in the same field
    (`own`, folded): it stands in the same clause as the name, within CLAUSE_WORDS words
    ("gunmen attacked a bus at Bourem trading centre outside Gulu", "Arbinda, un village proche de
    Garoua"), and is a scene, not where someone comes from ("an Italian nun from Verona") nor
    where people flee or travel to ("thousands fled to Bassikounou", "fuient vers Dori"). In an
    item headed by the town's country (`anywhere`), any field's scene of it places the name."""
    tokens = reading.tokens
    if tokens is None:
        return False
    first, last = town.start_token, town.end_token - 1
    # In the name's clause, asked first: most towns of another country stand in none of its
    # clauses, and the readings of the town's own words below are then not needed.
    if not anywhere and not any(
        fold(other.text) == own
        and abs(other.start_token - first) <= CLAUSE_WORDS
        and not _broken(tokens, min(other.start_token, first), max(other.start_token, first))
        for other in reading.mentions
    ):
        return False
    if _only_a_home(tokens, first, last) or (first > 0 and tokens.folded[first - 1] in _FROM):
        return False  # "a nun from Verona in Ayorou": where she comes from
    if _destination(tokens, first) or _fled_to(tokens, first) or _people_arrive(tokens, first, last + 1):
        return False
    # Then headed by the town's country ("Tanzanie : affrontements à Pemba ... à Chake-Chake"),
    # or in the name's clause (asked above): a scene, unless where a journey ends.
    return _journey_end(tokens, first, last) is None


def _unresolved_namesake_abroad(
    readings: Sequence[ItemPlaces], field_index: int, first: int, countries: frozenset[str]
) -> str | None:
    """The country an item places a watched name in when the gazetteer did not resolve the name
    (it knows it only in other countries than its watchlist's, "Mundri" only in Indonesia), read
    as that other country's place: the namesake the gazetteer lists, not the watched town. Only
    what places the name itself there counts (`_placed_in_country`), not that country's part in
    the story: "Indonesia condemns attack on its peacekeepers in Mundri", filed from Jakarta,
    with "Indonesia's foreign ministry", is South Sudan's Mundri. None when the watchlist has no
    resolved country to compare, or the item names one of them (when unsure, send)."""
    if not countries:
        return None
    places = readings[field_index]
    mention = places.at(first)
    chosen = mention.chosen if mention is not None else None
    if mention is None or chosen is None or chosen.kind != "city":
        return None  # "country" is no town's
    if any(p.country in countries for p in mention.candidates):
        return None  # a namesake in the watchlist's own country: the watched town may be it
    if any(evidence.country in countries for reading in readings for evidence in reading.evidence):
        return None
    if not _placed_in_country(readings, mention, chosen):
        return None
    return f"{mention.text}, {places.country_names.get(chosen.country, chosen.country)}"


_IN_COUNTRY = frozenset("in en dans au aux em no na a".split())  # "Mundri village in Indonesia", "à Mundri, en Indonésie"
_IN_COUNTRY_FILLERS = frozenset("village town district city area region province of de the".split())


def _placed_in_country(readings: Sequence[ItemPlaces], mention: Mention, chosen: GeoPlace) -> bool:
    """Whether the item places the name of `mention` in the country of `chosen`, the namesake
    the gazetteer knows: the name tied to it by grammar anywhere ("Mundri, in Indonesia's Central
    Java", "Mundri village in Indonesia"), a headline headed by the country's name ("Indonesia:
    gunmen attack Mundri village"), one of its divisions named, or a town of it, not a dateline,
    within NEAR_KM of the namesake ("Mundri village near Semarang"). A dateline, the country's
    name, its ministry or its soldiers only say it takes part ("JAKARTA - Indonesian
    peacekeeper killed in Mundri attack")."""
    country = chosen.country
    for places in readings:
        datelines = {e.mention for e in places.evidence if e.kind == "dateline"}
        for index, other in enumerate(places.mentions):
            if other.text == mention.text and other.basis == "attached" and other.attached == country:
                return True
            if other.text == mention.text and _followed_by_country(places, other, country):
                return True
            spot = other.chosen
            if spot is None or spot.country != country or other.text == mention.text or index in datelines:
                continue
            if spot.kind != "city" or math.isnan(spot.lat) or math.isnan(chosen.lat):
                continue
            if distance_km(spot.lat, spot.lon, chosen.lat, chosen.lon) <= NEAR_KM:
                return True
        for evidence in places.evidence:
            if evidence.country != country or evidence.mention is None:
                continue
            if evidence.kind == "division":
                return True
            heading = places.mentions[evidence.mention]
            if evidence.kind == "dateline" and heading.basis == "country":
                return True  # "Indonesia: ...": the headline's subject, no city it was filed from
    return False


def _followed_by_country(places: ItemPlaces, mention: Mention, country: str) -> bool:
    """Whether a locative and the country's name follow the name within a few words of its
    sentence: "Mundri village in Indonesia", "à Mundri, en Indonésie"."""
    tokens = places.tokens
    if tokens is None:
        return False
    k = mention.end_token
    seen_locative = False
    while k < len(tokens) and k - mention.end_token <= 4:
        if any(mark in tokens[k].gap for mark in ".;:!?"):
            return False
        word = tokens.folded[k]
        if word in _IN_COUNTRY:
            seen_locative = True
        elif seen_locative and (after := places.at(k)) is not None:
            return after.basis == "country" and after.chosen is not None and after.chosen.country == country
        elif word not in _IN_COUNTRY_FILLERS or tokens[k].capitalized:
            return False
        k += 1
    return False


def _tied_to_another_state(readings: Sequence[ItemPlaces], mention: Mention, watched: GeoPlace, reach: float) -> str | None:
    """The words where the item ties the name of `mention` to a first-level division of the
    watched place's country that holds a town of that name farther than `reach` km from it
    ("Tuxpan, Veracruz" of a radius around Michoacán's Zitácuaro, whose Tuxpan is another), or
    None. Each mention decides for itself: one tied by its own comma is that division's town
    ("Balaceras en Tuxpan, Veracruz, y en Tuxpan, Michoacán": each Tuxpan its own state's). A
    bare one means the town the item ties the name to elsewhere ("Veracruz: balacera en Tuxpan"
    over "en Tuxpan, Veracruz"), unless the item also ties the name to the division of the town
    within reach, or the headline names the watched place's own division ("Michoacán: balacera
    en Tuxpan" over "En Tuxpan, Jalisco, otro ataque"): two towns of the name, one of them ours
    (when unsure, send). None too when the division named holds no such town: the gazetteer then
    places nothing."""
    own = _state_tie(mention, watched, reach)
    if own is not None:
        return None if own else mention.tie
    elsewhere: str | None = None
    for places in readings:
        for other in places.mentions:
            if other.text != mention.text or (tie := _state_tie(other, watched, reach)) is None:
                continue
            if tie:
                return None  # the item ties the name to the town within reach too
            elsewhere = elsewhere or other.tie
    if elsewhere is None or _heading_names_own_division(readings[0], watched, mention.text):
        return None
    return elsewhere


def _also_tied_here(readings: Sequence[ItemPlaces], text: str, watched: GeoPlace) -> bool:
    """Whether the item also ties the name `text` to the watched place itself, by a comma and its
    division ("Balaceras en Tuxpan, Veracruz, y en Tuxpan, Michoacán": two towns, one ours), or
    its headline names the watched place's division ("Michoacán: balacera en Tuxpan" over "En
    Tuxpan, Jalisco, otro ataque"): a namesake tied elsewhere then speaks for its own mention
    only, not for every one of the item."""
    for places in readings:
        for other in places.mentions:
            chosen = other.chosen
            if other.text != text or other.basis != "attached" or chosen is None or math.isnan(chosen.lat):
                continue
            if other.attached_state != f"{chosen.country}-{chosen.admin1}":
                continue  # tied to a division that does not hold it ("Kombolcha, in Oromia"), or a country only
            if chosen.id == watched.id or distance_km(chosen.lat, chosen.lon, watched.lat, watched.lon) <= SAME_PLACE_KM:
                return True
    return _heading_names_own_division(readings[0], watched, text)


def _state_tie(mention: Mention, watched: GeoPlace, reach: float) -> bool | None:
    """Whether the division the item's grammar ties this mention to ("Tuxpan, Michoacán") holds
    the town of its name within `reach` km of the watched place (True) or one farther (False);
    None when the mention is tied to no division of the watched place's country holding a town
    of the name the gazetteer knows."""
    chosen = mention.chosen
    if mention.basis != "attached" or mention.attached_state is None or chosen is None:
        return None
    if chosen.country != watched.country or math.isnan(chosen.lat) or mention.attached_state.startswith("US-"):
        return None  # a US state's code is ISO's letters, compared as `means_elsewhere` does
    if f"{chosen.country}-{chosen.admin1}" != mention.attached_state:
        return None  # the division named holds no town of the name the gazetteer knows
    return distance_km(chosen.lat, chosen.lon, watched.lat, watched.lon) <= reach


def _heading_names_own_division(headline: ItemPlaces, watched: GeoPlace, text: str) -> bool:
    """Whether a capitalised word or two of the headline, other than the name `text` itself,
    name the watched place's first-level division, by its name, the press's short form of it
    ("Michoacán" of "Michoacán de Ocampo") or a near spelling (`admin1_named`): "Michoacán:
    balacera en Tuxpan" is about that state. The name is not, wherever written ("Tete",
    Mozambique's province too, says nothing of it in "Tete: tiroteio na aldeia de Tete, no Malawi")."""
    tokens = headline.tokens
    country, code = watched.country or "", watched.admin1 or ""
    if tokens is None or not country or not code:
        return False
    folded = tokens.folded
    name = tuple(folded_words(text))
    own = {k + j for k in range(len(tokens)) if tuple(folded[k : k + len(name)]) == name for j in range(len(name))}
    for k in range(len(tokens)):
        if not tokens[k].capitalized or k in own:
            continue
        for size in (1, 2, 3):
            words = tuple(folded[k : k + size])
            if any(m in own for m in range(k, k + size)):
                break
            if len(words) == size and (code in admin1_begun(country, words) or admin1_named(country, [words]) == code):
                return True
    return False


def _about_elsewhere(places: ItemPlaces, mention: Mention, watched: GeoPlace) -> str | None:
    """Why a town within a radius, which the gazetteer knows only near the watched place, is
    not that town: the item says it is about another country, by its name or a dateline, or
    by a city of it when the town's name is an everyday word too ("Protesters loot Carrefour
    store in Nairobi": the shops, not Haiti's Carrefour), and says nothing of the watched
    place's. A demonym alone does not ("Kenyan police attacked in Pétion-Ville": people of one
    country at work in another)."""
    weights: dict[str, float] = {}
    home = {watched.country, mention.chosen.country if mention.chosen is not None else watched.country}
    # A town or a city of another country named beside it is enough only when the town's name is
    # an everyday word as well ("carrefour", a crossroads, and shops): otherwise the item names its
    # country or is filed from there.
    everyday = all(map(is_common_word, folded_words(mention.text)))
    # A police or a guard of one country ("a GNR", "la Guardia Civil") works at home, as a dateline
    # is filed from there: it counts as the country named.
    kinds = {"dateline", "named", "body", "place", "populous"} if everyday else {"dateline", "named", "body"}
    for evidence in places.evidence:
        if evidence.words == mention.text:
            continue
        if evidence.country in home:
            return None  # any word of the watched place's country, a demonym too ("a Somali army base")
        if evidence.kind in kinds:
            weights[evidence.country] = weights.get(evidence.country, 0.0) + evidence.weight
    elsewhere = [code for code, weight in weights.items() if weight >= ELSEWHERE_WEIGHT]
    if not elsewhere:
        return None
    country = max(elsewhere, key=weights.__getitem__)
    return f"the item is about {places.country_names.get(country, country)}, not the town near {watched.name}"


def _country_abroad(readings: Sequence[ItemPlaces], watched: GeoPlace, own: str) -> str | None:
    """The country the item says it is about, by its name, a dateline, a division or a police
    only that country has ("informou a GNR"), when that is not the watched place's and nothing
    but the watched name itself (`own`) speaks for the watched place's country; else None. A
    demonym alone does not ("Kenyan police in Pétion-Ville": people at work abroad)."""
    weights: dict[str, float] = {}
    names: dict[str, str] = {}
    for places in readings:
        names.update(places.country_names)
        for evidence in places.evidence:
            if evidence.words == own:
                continue
            if evidence.country == watched.country:
                return None
            if evidence.kind in ("dateline", "named", "body", "division"):
                weights[evidence.country] = weights.get(evidence.country, 0.0) + evidence.weight
    if not weights or max(weights.values()) < WEIGHTS["demonym"]:
        return None
    country = max(weights, key=weights.__getitem__)
    return names.get(country, country)


# A building named after a place stands where the item puts it: "the Kano Palace hotel in Dubai",
# "Gao Star restaurant in Paris". The name, a capitalised word or two, a noun of a building, then
# "in" a town far from the watched place.
_BUILDINGS = frozenset("hotel hotels restaurant cafe mall tower towers plaza cinema theatre club resort".split())


def _building_elsewhere(tokens: Tokens, first: int, last: int, places: ItemPlaces, watched: GeoPlace) -> str | None:
    """The building and its town when the name at words `first`..`last` names a building the item
    places in a town far from the watched place (see above), else None."""
    k = last + 1
    while k < len(tokens) and k - last <= 2 and tokens[k].capitalized and tokens[k].gap == " ":
        if tokens.folded[k] in _BUILDINGS:
            break
        k += 1
    if k == last + 1 or k + 2 >= len(tokens) or tokens.folded[k] not in _BUILDINGS or tokens[k].gap != " ":
        return None
    if tokens.folded[k + 1] not in ("in", "at") or _broken(tokens, k, k + 2):
        return None
    mention = places.at(k + 2)
    place = mention.chosen if mention is not None else None
    if mention is None or place is None or place.kind not in ("city", "country") or math.isnan(place.lat):
        return None
    if place.kind == "country" and place.country == watched.country:
        return None
    if place.kind == "city" and distance_km(place.lat, place.lon, watched.lat, watched.lon) <= SAME_PLACE_KM:
        return None
    return " ".join(tokens.words[first : k + 1]) + f" in {mention.text}"


# French names of places joined by hyphens go on past a town's name with a word of linking:
# "Saint-Marc-sur-Mer", "Bourg-lès-Valence", "Villeneuve-la-Garenne": another place.
_NAME_LINKS = frozenset("sur sous les lez en le la de du des aux".split())


def _longer_name(tokens: Tokens, last: int) -> str | None:
    """The longer name that the name ending at word `last` begins ("Saint-Marc-sur-Mer"), or None."""
    after = last + 1
    if after + 1 >= len(tokens) or tokens[after].gap != "-" or tokens[after + 1].gap != "-":
        return None
    if tokens.words[after] not in _NAME_LINKS or not tokens.words[after + 1][:1].isupper():
        return None
    first = last
    while first > 0 and tokens[first].gap == "-":
        first -= 1
    return "-".join(tokens.words[first : after + 2])


# Parts of a town named after another: a French, Portuguese or Spanish noun right before the
# name without "de" ("au marché Mokolo", "le quartier Gao", "o bairro Malanje": the market called
# so; "le marché de Mokolo" is the town's), or an English name, a noun of a part and "of" a
# capitalised name ("the Malindi area of Stone Town", "the Kabul neighbourhood of Peshawar").
_PART_BEFORE = frozenset("marche quartier cite secteur bairro barrio mercado colonia".split())
# Not "district": "in Kathua district of Jammu and Kashmir", "Memba district of Nampula province"
# name the district the town heads, in its state or province.
_PART_AFTER = frozenset("area neighbourhood neighborhood quarter suburb ward section estate township".split())


def _part_named_after(tokens: Tokens, first: int, last: int) -> str | None:
    """The words that make the name at `first`..`last` a part of a town named after it (see
    above), or None."""
    before = first - 1
    if before >= 0 and tokens.folded[before] in _PART_BEFORE and tokens.words[before][:1].islower() and tokens[first].gap == " ":
        return " ".join(tokens.words[before : last + 1])
    k = last + 1
    if (
        k + 2 < len(tokens)
        and tokens.folded[k] in _PART_AFTER
        and tokens.folded[k + 1] == "of"
        and all(tokens[i].gap == " " for i in (k, k + 1, k + 2))
        and tokens[k + 2].capitalized
    ):
        return " ".join(tokens.words[first : k + 3])
    return None


def _arabic_quarter(tokens: Tokens, first: int, last: int) -> str | None:
    """The words where an Arabic name at `first`..`last` follows the noun of a quarter ("حي
    الزاوية الحمراء", "في حي المرج"): a city's quarter named after the place, or None."""
    before = first - 1
    if before < 0 or tokens[first].gap != " " or not is_arabic(tokens.folded[first]):
        return None
    noun = tokens.folded[before]
    if noun in _AR_QUARTER_NOUNS or any(r in _AR_QUARTER_NOUNS for r in readings(noun, 2)):
        return " ".join(tokens.words[before : last + 1])
    return None


def _whole_is_larger(part: str, places: ItemPlaces, last: int, watched: GeoPlace) -> bool:
    """Whether the town a part is "of" is larger than the watched town the part is named after.
    English writes a city before the noun of its part far more often than a part named after a
    town elsewhere: "the Beirut neighbourhood of Ain el-Remmaneh", "the Baghdad district of
    Karrada" are quarters of Beirut and Baghdad; "the Malindi area of Stone Town" is a quarter of
    Zanzibar's old town only because Stone Town is the larger. A part is smaller than its whole. The
    French and Iberian noun before the name ("au marché Mokolo") says it alone."""
    words = part.split()
    if len(words) < 3 or words[-2] != "of":
        return True  # "marché Mokolo": no whole named after "of"
    whole = places.at(last + 3)
    if whole is None or whole.chosen is None or whole.chosen.population <= watched.population:
        return False
    tokens = places.tokens
    after = whole.end_token
    # "the Memba area of Nampula province": the province named after its capital, not a town.
    return tokens is None or after >= len(tokens) or tokens.folded[after] not in _PROVINCE_NOUNS


# A company or an authority named after a town, through the words of its trade or its other
# capitalised words: "the Ras Lanuf oil company", "Nouadhibou Free Zone authority", "the Ras Lanuf
# Oil and Gas Processing Company", "Kousseri Cotton Ginning Corporation". Its statements tell of
# its staff and its ships wherever they are.
_BODY_NOUNS = frozenset(
    "company companies corporation corp firm authority authorities operator bank consortium cooperative "
    "conglomerate".split()
)
_TRADES = frozenset(
    "oil gas petroleum petrochemical petrochemicals mining cement sugar steel cotton textile textiles water power "
    "electricity electric shipping transport freight fishing fisheries fish port ports airline airways telecom "
    "telecoms refining refinery processing ginning brewing trading construction energy free zone development "
    "investment insurance".split()
)
_BODY_LINKS = frozenset("and &".split())
# The town's own government and services are its own: "the Herat provincial council", "Kano
# state water corporation" speak of the town.
_OWN_BODIES = frozenset("provincial municipal county city district regional local state metropolitan town village".split())
BODY_WORDS = 5  # words of a trade or a name between the town's name and the noun of a body


def _body_after(tokens: Tokens, last: int) -> int | None:
    """The index of the noun of a body that the name ending at word `last` begins ("Ras Lanuf oil
    company"), through words of a trade, capitalised words or "and" between them, or None. Not
    the town's own government ("the Herat provincial council"), nor a bare noun: "Kano company
    director" is a person of the town's, and needs no rule here."""
    k = last + 1
    between = 0
    while k < len(tokens) and tokens[k].gap == " " and between <= BODY_WORDS:
        word = tokens.folded[k]
        if word in _BODY_NOUNS and between > 0:
            return k
        if not (word in _TRADES or (tokens[k].capitalized and word.isalpha()) or (word in _BODY_LINKS and between > 0)):
            return None
        if word in _OWN_BODIES or (word in PLACE_WORDS and word not in _TRADES):
            return None
        between += 1
        k += 1
    return None


# A person's hometown named as a place, by a possessive before it: "his hometown", "sa ville
# natale", "su pueblo natal", "sua terra natal"; Arabic "مسقط رأسه" (where his head fell: his
# birthplace), with a preposition written onto it ("بمسقط رأسه"). The words after the possessive.
_HOMETOWN_AFTER = frozenset("hometown natal natale natais natales".split())
_HOME_POSSESSIVES = frozenset("his her their sa son leur su sus sua seu suas seus".split())
_AR_HEAD = frozenset(fold(word) for word in "رأسه رأسها رأسهم".split())  # "his/her/their head"
_AR_FELL = fold("مسقط")


def _hometown_named(fields: Sequence[ItemPlaces]) -> bool:
    """Whether the item names someone's hometown as a place ("killed in an attack on his
    hometown", "tué dans sa ville natale", "بمسقط رأسه"): the home it names elsewhere is then the
    scene, whatever else reads as a town ("مسقط" is Muscat's name too). Cheapest test first: the
    word that ends the phrase."""
    for places in fields:
        tokens = places.tokens
        if tokens is None:
            continue
        folded = tokens.folded
        for k, word in enumerate(folded):
            if word in _HOMETOWN_AFTER or (word == "town" and k > 0 and folded[k - 1] == "home"):
                # "his hometown", "his home town", "sa ville natale", "su pueblo natal": a possessive within 3 words
                if any(folded[j] in _HOME_POSSESSIVES for j in range(max(0, k - 3), k)) and not _burial_before(folded, k):
                    return True
            elif word in _AR_HEAD and k > 0 and folded[k - 1].endswith(_AR_FELL) and not _burial_before(folded, k):
                return True
    return False


# A funeral or a burial is no scene of the deed: "buried in his hometown", "وشيعت جنازته في مسقط رأسه".
_BURIAL_WORDS = frozenset(
    "funeral funerals buried burial funerailles obseques inhume enterre enterrado enterrada sepultado sepultada "
    "sepelio velorio enterro".split()
)
_AR_BURIAL = tuple(fold(word) for word in "جناز شيع دفن ووري".split())
BURIAL_REACH = 5  # words before the hometown's phrase


def _burial_before(folded: Sequence[str], k: int) -> bool:
    """Whether a word of funeral or burial stands within BURIAL_REACH words before word `k`."""
    for j in range(max(0, k - BURIAL_REACH), k):
        word = folded[j]
        if word in _BURIAL_WORDS or (is_arabic(word) and any(root in word for root in _AR_BURIAL)):
            return True
    return False


def _persons_home(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name at words `first`..`last` is written as a person's home or seat by the
    grammar of `_only_a_home` that names people ("Kita-born", "a Benghazi native", "Isiolo man",
    "traders from Dutse", "natif de", "من أبناء", "the MP for"), not an office or an
    institution of the place ("el alcalde de Cúcuta", "la alcaldía de", "Kohat police"), which
    speaks of and acts where it is as often as not."""
    after = last + 1
    if after < len(tokens) and tokens[after].gap == "-" and tokens.folded[after] in _HOME_SUFFIXES:
        return True
    if after < len(tokens) and tokens[after].gap == " " and (
        tokens.folded[after] in _NATIVES or _kind_of_person_after_name(tokens[after]) or tokens.folded[after] in _MEMBERS
    ):
        return True
    if _from_home(tokens, first) or _coordinated_home(tokens, first):
        return True
    return _home_words_before(tokens, first)


_COORDINATION = frozenset("and or et ou e y".split())
_NAME_WORDS = 3  # the words of the name before the "and" of "from Gao and Ansongo"


def _coordinated_home(tokens: Tokens, first: int) -> bool:
    """Whether the name at word `first` is joined by "and" (or a comma) to a name just before it
    that is a home by `_from_home`: "traders from Gao and Ansongo", "déplacés de Kidal et Tessalit"
    come from both, and neither is where the item happens."""
    if first < 2 or tokens[first].gap != " ":
        return False
    link = first - 1
    if tokens.folded[link] not in _COORDINATION or not tokens[first].capitalized:
        return False
    k = link - 1
    while k > 0 and link - k < _NAME_WORDS and tokens[k].capitalized and tokens[k].gap == " " and tokens[k - 1].capitalized:
        k -= 1
    return tokens[k].capitalized and not tokens[k].sentence_start and _from_home(tokens, k)


# Words that make a place where someone was born, their origin and no more: "Ber-born", "born
# in", "a native of", "né à", "natif de", "natural de", "nacido en", "nascido em".
_BIRTH_WORDS = frozenset("born native natives ne nee natif native natifs natural naturales nacido nacida nascido nascida".split())


def _birthplace(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name at words `first`..`last` is written as where someone was born."""
    before = tokens.folded[max(0, first - 3) : first]
    after = tokens.folded[last + 1] if last + 1 < len(tokens) else ""
    return bool(_BIRTH_WORDS & set(before)) or after in {"born", "native", "natives"}


def _a_city_as_scene(readings: Sequence[ItemPlaces], own: Sequence[str]) -> str | None:
    """A city of DISTINCT_CITY_POPULATION people or more that the item names, not as a home, a
    source or a journey's end, and none of the watched name's words: where the item happens when
    the watched place, which the gazetteer does not know, is only a person's home ("a Jaghori
    native killed in Kabul"): a city that large is a place of its own, wherever the home lies."""
    words = {fold(word) for word in own}
    for places in readings:
        tokens = places.tokens
        if tokens is None:
            continue
        for mention in places.mentions:
            place = mention.chosen
            if place is None or place.kind != "city" or place.population < DISTINCT_CITY_POPULATION or mention.glued:
                continue
            first, last = mention.start_token, mention.end_token - 1
            if words & set(tokens.folded[first : last + 1]):
                continue
            if (
                _only_a_home(tokens, first, last)
                or _only_a_source(tokens, first, last) is not None
                or _journey_end(tokens, first, last) is not None
                or _destination(tokens, first)
            ):
                continue
            return mention.text
    return None


# The words for a member of parliament after the name of the seat: "the Yirol MP".
_MEMBERS = frozenset("mp mps deputy deputies".split())
def _only_a_home(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name at words `first`..`last` is written as a home, not as a scene."""
    after = last + 1
    # The word after, read once for the rules below (each asked for its gap and folded form).
    gap_after, word_after = (tokens[after].gap, tokens.folded[after]) if after < len(tokens) else (None, None)
    if gap_after == "-" and word_after in _HOME_SUFFIXES:
        return True
    if gap_after == " " and word_after in _NATIVES:
        return True  # "a Benghazi native"
    if gap_after == " " and word_after in _HOME_NOUNS_AFTER:
        return True  # "a Dodoma family", "Lamu residents", "the Sirte seat of the governor"
    if gap_after == " " and _kind_of_person_after_name(tokens[after]):
        return True  # "Isiolo man killed in Nairobi", "Zaranj trader kidnapped in Kandahar"
    if gap_after == " " and _institution_after(tokens, after):
        return True  # "Kohat police arrest suspects in Bannu blast"
    if _qualified_person_after(tokens, after):
        return True  # "Fallujah tribal leaders condemn Samarra bombing"
    if _from_home(tokens, first) or _coordinated_home(tokens, first):
        return True
    if gap_after == " " and word_after in _UNIVERSITY:
        return True
    if _a_teams(tokens, first, last):
        return True  # "fans of Tegucigalpa side Olimpia", "the Tomateros de Culiacán"
    before = first - 1
    if before >= 1 and tokens.folded[before] in _UNIVERSITY_LINKS and tokens.folded[before - 1] in _UNIVERSITY:
        return True
    # "Universidade Católica de Luanda", "Universidad Nacional de Lima": one adjective between.
    adjective = before >= 2 and tokens[before - 1].capitalized and not tokens[before - 1].sentence_start
    if adjective and tokens.folded[before] in _UNIVERSITY_LINKS and tokens.folded[before - 2] in _UNIVERSITY:
        return True
    if (before >= 0 and tokens.folded[before] in _UNIVERSITY) or (before >= 0 and _unprefixed_university(tokens.folded[before])):
        return True
    office = before >= 1 and tokens.folded[before] in _UNIVERSITY_LINKS and tokens.folded[before - 1] in _OFFICES
    if office and not _police_site(tokens, before - 1, last):
        return True  # "el alcalde de Cúcuta", "the governor of Kano"
    if before >= 2 and tokens.folded[before] in _UNIVERSITY_LINKS and _adjective_after_office(tokens, before - 1):
        return True  # "a rádio comunitária de Mocuba", "el diario regional de Quevedo"
    if before >= 0 and not tokens[first].sentence_start and tokens.folded[before] in _AR_OFFICES:
        return True  # "محافظ البصرة"
    return _home_words_before(tokens, first)


# A school named after its town, written capitalised with up to two capitalised words between
# ("Lagos Business School", "Garissa Teachers Training College"): its scholars' home, as a
# university's name is.
_SCHOOLS = frozenset("school college institute institut instituto academy academie academia".split())
# The work of scholars, which an institution of learning publishes or holds rather than suffers:
# "Gulu University study documents abductions", "a study by Lagos Business School", "جامعة دنقلا
# تنظم ندوة عن مكافحة الإرهاب". Not "research", which names the institution's centres too, nor its
# researchers, who are a source of news like any (`_only_a_source`).
_SCHOLARS_WORK = frozenset(
    fold(word)
    for word in (
        "study studies survey seminar symposium conference workshop lecture thesis "
        "etude etudes seminaire colloque conference atelier these "
        "estudo estudos pesquisa seminario coloquio conferencia palestra tese "
        "estudio estudios encuesta seminario coloquio conferencia tesis "
        "دراسة ندوة مؤتمر ورشة محاضرة أطروحة ملتقى"
    ).split()
)


def _scholars_work(tokens: Tokens, first: int, last: int) -> str | None:
    """The words where the name at words `first`..`last` is the home of an institution of
    learning whose study, survey or seminar the item reports ("Gulu University study documents
    LRA abductions", "Lagos Business School study finds kidnappings cost billions", "جامعة دنقلا
    تنظم ندوة"), or None: a study of a thing, not the thing happening at the place. The work must
    stand next to the institution's name, so "Gunmen storm Kabul University" alerts."""
    folded, n = tokens.folded, len(tokens)
    start, end = first, last + 1  # the institution's whole name, words start..end-1
    if end < n and folded[end] in _UNIVERSITY and tokens[end].gap == " ":
        end += 1
    elif end < n and tokens[end].gap == " " and tokens[end].capitalized:
        k = end
        while k < n and k - end <= 2 and tokens[k].gap == " " and tokens[k].capitalized and folded[k] not in _SCHOOLS:
            k += 1
        if k < n and k - end <= 2 and folded[k] in _SCHOOLS and tokens[k].gap == " " and tokens[k].capitalized:
            end = k + 1
    if end == last + 1:
        before = first - 1
        if before >= 1 and folded[before] in _UNIVERSITY_LINKS and folded[before - 1] in _UNIVERSITY:
            start = before - 1
        elif before >= 0 and (folded[before] in _UNIVERSITY or _unprefixed_university(folded[before])):
            start = before
        else:
            return None
    def work(k: int) -> bool:
        return 0 <= k < n and (folded[k] in _SCHOLARS_WORK or any(r in _SCHOLARS_WORK for r in readings(folded[k], 4)))

    # Its work right after its name, or after a verb of holding it ("تنظم ندوة", "organise un
    # colloque"); or before it, through "by", "de": "a study by Lagos Business School". Not a
    # word farther on: "Gunmen attack Kabul University during lecture" is an attack there.
    if work(end) or (end < n and folded[end] in _HOLDING and work(end + 1)):
        return " ".join(tokens.words[start:end])
    if start >= 2 and folded[start - 1] in _AUTHOR_LINKS and work(start - 2):
        return " ".join(tokens.words[start:end])
    return None


# Verbs of holding or publishing a study, a seminar ("organises", "تنظم"), and the links of its
# author ("a study by", "un estudio de", "دراسة ل").
_HOLDING = frozenset(
    fold(word)
    for word in (
        "holds hosts organises organizes publishes releases organise publie tient organiza realiza promove promueve "
        "publica تنظم تعقد تقيم تصدر تنشر"
    ).split()
)
_AUTHOR_LINKS = frozenset("by from of de da do del du des".split())


# A team named with its town: the English press's "side" before the club's own name ("Tegucigalpa
# side Olimpia", "Lagos side Enyimba"); the Iberian name of a club, a capitalised plural of its
# players before "de" and the town ("Tomateros de Culiacán", "Xolos de Tijuana", "Leones de
# Yucatán"). The town is its home: its fans riot, its players are shot, wherever it plays.
_SIDES = frozenset("side".split())
_TEAM_LINKS = frozenset("de del".split())


def _a_teams(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name at words `first`..`last` names a team's town ("Tegucigalpa side Olimpia",
    "Tomateros de Culiacán"), in a field that writes ordinary words in lower case."""
    after, before = last + 1, first - 1
    if (
        after + 1 < len(tokens)
        and tokens.folded[after] in _SIDES
        and tokens.words[after].islower()
        and tokens[after].gap == " "
        and tokens[after + 1].gap == " "
        and tokens[after + 1].capitalized
    ):
        return True
    if before < 1 or tokens.folded[before] not in _TEAM_LINKS or tokens[first].gap != " " or tokens[before].gap != " ":
        return False
    team = tokens[before - 1]
    word = tokens.folded[before - 1]
    return (
        team.capitalized
        and not (team.sentence_start and is_frequent_word(word))  # "Vecinos de Culiacán protestan"
        and not team.word.isupper()
        and len(word) >= 6
        and word.endswith("os")  # the players' plural in Spanish and Portuguese: tomateros, xolos, rayados
        and word not in PLACE_WORDS
        and tokens.writes_lower_case()
    )


def _adjective_after_office(tokens: Tokens, index: int) -> bool:
    """Whether the word at `index` is an adjective in lower case after a noun of the press, as
    Portuguese and Spanish place it ("comunitária", "regional"): not a link, nor a name."""
    word = tokens.words[index]
    return (
        tokens.folded[index - 1] in _PRESS_OF
        and word.isalpha()
        and word.islower()
        and tokens.folded[index] not in _UNIVERSITY_LINKS
        and tokens[index].gap == " "
    )


_NATIVES = frozenset("native natives".split())
# A place's own force and the sites it holds: "Kohat police arrest suspects in Bannu" (its police
# act elsewhere), but "the Kohat police station" is a site there.
_POLICE = frozenset("police gendarmerie".split())
_POLICE_SITES = frozenset(
    "station stations post posts headquarters hq checkpoint checkpoints barracks academy compound camp base building "
    "office offices".split()
)


def _institution_after(tokens: Tokens, after: int) -> bool:
    """Whether word `after`, right after a place's name, is the place's police named as a body that
    acts ("Kohat police arrest", "the Gao gendarmerie said"), not one of its sites ("police station")."""
    if tokens.folded[after] not in _POLICE or not tokens.words[after][:1].islower():
        return False
    following = after + 1
    return not (following < len(tokens) and tokens.folded[following] in _POLICE_SITES)


def _modifier_form(word: str) -> bool:
    """Whether a lower-case word may qualify the noun after it ("tribal", "market", "youth",
    "police"): not a verb's form ("killed", "attacking", "attacks", "kill"), nor a word of
    grammar ("and", "the"). English modifiers are singular, so a word in -s is read as a verb."""
    if word in CONNECTORS or word in GENERIC_FILLERS or word.endswith(("ed", "ing")):
        return False
    if word.endswith("s") and not word.endswith(("ous", "ss")):
        return False  # "attacks", "kills"; not "religious", "business"
    return stem(word, "en") not in _SECURITY_STEMS


_SECURITY_STEMS = frozenset(
    stem(word, "en") for word in "attack kill raid ambush abduct kidnap bomb shell shoot storm loot burn clash fight".split()
)
_DIVISION_NOUNS = frozenset(
    "county district state province region governorate prefecture department territory municipality area town city "
    "village camp".split()
)


def _qualified_person_after(tokens: Tokens, after: int) -> bool:
    """Whether the place's name qualifies a person with one lower-case word between, an adjective or
    a noun used as one ("Fallujah tribal leaders", "Taloqan police chief", "Gao market traders"):
    the place is their home as it is the home of "Fallujah leaders"."""
    noun = after + 1
    if noun >= len(tokens) or tokens[after].gap != " " or tokens[noun].gap != " ":
        return False
    if not tokens.words[after].isalpha() or not tokens.words[after].islower():
        return False
    if tokens.folded[after] in PLACE_WORDS or tokens.folded[after] in _DIVISION_NOUNS:
        return False  # "Bor county youths": the people of the place's county, which holds the place
    if not _modifier_form(tokens.folded[after]):
        return False  # "gunmen in Lamu killed residents": a verb, not a word that qualifies
    return _listed_person(tokens[noun]) or tokens.folded[noun] in _HOME_NOUNS_AFTER
# People and offices named after their place, the name before the noun: "a Dodoma family killed in
# Arusha", "Lamu residents ambushed on the Garsen road", "the Kismayo governor condemns the raid on
# Jamaame", "the Misrata municipal council says". Homes and seats: a scene only when the item
# names none elsewhere.
_HOME_NOUNS_AFTER = frozenset(
    "family families household households resident residents refugee refugees governor mayor council councillors "
    "municipal municipality"
    # its member of parliament, who holds its seat wherever he is ("Yirol MP's convoy ambushed",
    # "Lascahobas deputy shot in Port-au-Prince")
    " mp mps deputy deputies".split()
)
# People named with where they come from: "monks from Mandalay", "a delegation from Bamenda",
# "une délégation venue de Bamenda", "peregrinos vindos de Luanda". Nouns for people, not verbs:
# "rockets fired from Kabul", "20 km from Kabul" say nothing of a home.
_PEOPLE = frozenset(
    stem(word, "en")
    for word in (
        "people man men woman women boy boys girl girls family families monk monks pilgrim pilgrims passenger "
        "passengers fan fans player players student students leader leaders delegation delegates trader traders "
        "worker workers migrant migrants tourist tourists visitor visitors journalist journalists activist activists "
        "lawmaker lawmakers team volunteer volunteers youth youths native natives businessman businessmen "
        # the place's elders and chiefs, who speak or act for it elsewhere ("Burao elders call for calm
        # after Erigavo clashes", "elders from Burao"); a scene still when the item names no other.
        # Not its officials, who are the source of the news (`_only_a_source`: "Kabul officials say").
        "elder elders chief chiefs commander commanders "
        # the displaced, whom the item follows to where they are now ("refugees from Bor attacked in a camp
        # across the border"): a home only when the item names that scene elsewhere
        "refugee refugees displaced evacuee evacuees "
        # armed men named with their home town who fight elsewhere ("Zintan brigades join fighting in
        # Tripoli", "armed groups from Misrata", "a soldier from Kitgum killed in Somalia"), as the
        # Arabic list has them (كتيبة من مصراتة)
        "fighter fighters soldier soldiers brigade brigades militia militias militiaman militiamen battalion "
        "battalions group groups"
    ).split()
)
# The same in Arabic: a delegation, traders, students, pilgrims, players from a place. Not the
# displaced and refugees, who tell of the place they fled.
_AR_FROM = fold("من")
_AR_PEOPLE = frozenset(
    fold(word)
    for word in (
        "وفد وفدا وتجار تجار طلاب عمال حجاج مسافرون مسافرين لاعبون لاعبين زوار سياح ناشطون ناشطين "
        # a journalist, an activist, a migrant, a player ("صحفي من تعز", "ناشطة من حلب")
        "صحفي صحفية صحفيا صحفيون صحفيين ناشط ناشطة ناشطا مهاجر مهاجرة مهاجرون مهاجرين لاعب لاعبا "
        # fighters who come from the place to fight elsewhere ("كتيبة من مصراتة تشارك في معركة سرت")
        "كتيبة كتائب مقاتلون مقاتلين "
        # a young man, a man, a woman, a citizen, a driver, a trader from a town, killed elsewhere
        # ("مقتل شاب من جرابلس في إسطنبول", "سائق من الرمادي")
        "شاب شابا شابان شبان رجل رجلا امرأة سيدة مواطن مواطنا مواطنة سائق سائقا تاجر تاجرا طالب طالبا"
    ).split()
)
# "من أهالي الرمادي", "من أبناء حلب": of the people of the town, its natives.
_AR_NATIVES = frozenset(fold(word) for word in "أهالي اهالي أبناء ابناء".split())
# The same nouns in Portuguese, Spanish and French, where "de" (do, da, del, d') names the home:
# "ativista de Manaus", "migrante de San Pedro Sula", "un journaliste de Mopti". People who come
# and go, not those who live there ("os moradores de Beira" tell of their city).
_ROMANCE_PEOPLE = frozenset(
    (
        "migrante migrantes imigrante imigrantes emigrante emigrantes inmigrante inmigrantes jornalista jornalistas "
        "periodista periodistas journaliste journalistes ativista ativistas activista activistas estudante estudantes "
        "estudiante estudiantes etudiant etudiante etudiants etudiantes jogador jogadores jugador jugadores joueur "
        "joueurs atleta atletas athlete athletes comerciante comerciantes commercant commercants trabalhador "
        "trabalhadores trabajador trabajadores travailleur travailleurs turista turistas touriste touristes peregrino "
        "peregrinos pelerin pelerins torcedor torcedores adepto adeptos hincha hinchas aficionado aficionados "
        "supporter supporters empresario empresarios empresaria artista artistas artiste artistes musico musicos "
        # a young man or woman from the place ("jovem de Gurué entre as vítimas do ataque em Maputo")
        "jovem jovens joven jovenes "
        "musicien musiciens cantor cantora chanteur chanteuse delegacao delegacion delegation comitiva "
        # "des déplacés de Kidal attaqués à Gao", "familles déplacées de", "desplazados de", "refugiados de"
        "deplace deplaces deplacee deplacees refugie refugies refugiee refugiees desplazado desplazados desplazada "
        "desplazadas deslocado deslocados deslocada deslocadas refugiado refugiados refugiada refugiadas"
    ).split()
)
# More people, named by their trade, who go where their work takes them: "Nacala fishermen
# detained after Pemba attack", "fishermen from Gwadar held in Iran".
_PEOPLE_AT_WORK = frozenset(
    stem(word, "en") for word in "fisherman fishermen farmer farmers herder herders driver drivers pupil pupils".split()
)


def _listed_person(token: Token) -> bool:
    """Whether a word, right after a place's name, is a person of the matcher's hand lists it
    qualifies ("Isiolo man", "Zaranj trader", "Nacala fishermen"): the place is that person's
    home, in lower case (a capital makes it a name: "Kano Pillars", "Karachi Kings")."""
    if not token.word[:1].islower():
        return False
    word = stem(token.folded, "en")
    return word in _PEOPLE or word in _PEOPLE_AT_WORK


def _kind_of_person_after_name(token: Token) -> bool:
    """`_listed_person`, or any kind of person English names by a noun (`kind_of_person`: "a Hit
    sheikh", "a Kita sergeant"), right after the name: not after a word between ("Police in Zaria
    say gunmen ...": a verb, no qualifier, though `_qualified_person_after` may read one there)."""
    return _listed_person(token) or (token.word[:1].islower() and kind_of_person(token.folded))


_CAME_FROM = frozenset(
    "travelled traveled came arrived "
    # the idiom of origin: "a lawmaker who hails from Diébougou"
    "hail hails hailed hailing "
    "venu venue venus venues venant vindo vinda vindos vindas procedente procedentes venido venida venidos venidas "
    # set out from: "un migrante que salió de Tapachula", "que partiu de Nampula", "parti de Gao"
    "salio salieron partio partieron partido partida partidos partidas saiu sairam partiu partiram parti partie partis "
    "partirent departed".split()
)


_ROMANCE_FROM = frozenset("de d do da del".split())


def _with_a_thing(tokens: Tokens, mention: Mention) -> bool:
    """Whether a one-word Arabic mention is "ب" ("with", "by") written onto a frequent word
    ("بسكين", with a knife; "بسيارة", by car), with no word of place before it nor a dateline
    after: the thing used, not a town the gazetteer spells so."""
    k = mention.start_token
    word = tokens.folded[k]
    return (
        mention.end_token - k == 1
        and is_arabic(word)
        and word.startswith("\u0628")
        and len(word) > 3
        and is_frequent_arabic_word(word[1:])
        and not arabic_place_context(tokens, k, "")
    )


def _demonym_of_person(tokens: Tokens, mention: Mention) -> bool:
    """Whether a one-word Arabic mention is an adjective of origin right after a noun of a person
    ("شاب سوري", "صحفي ليبي"): it qualifies the person, it names no town."""
    k = mention.start_token
    return (
        mention.end_token - k == 1
        and k >= 1
        and _ar_nisba(tokens.folded[k])
        and tokens.folded[k - 1] in _AR_PEOPLE
        and tokens[k].gap == " "
    )


def _ar_nisba(word: str) -> bool:
    """An Arabic adjective of origin without the article ("سوري", "ليبية"): a demonym after a person."""
    article = word.startswith("\u0627\u0644")
    return is_arabic(word) and len(word) >= 4 and not article and word.endswith(("\u064a", "\u064a\u0629", "\u064a\u0647"))


# The Arabic nouns of a settlement that stand between words of home and the name in construct
# ("من أبناء مدينة الشحر", "ينحدر من مدينة الضالع"): the home as well.
_AR_SETTLEMENTS = frozenset(fold(word) for word in "مدينة مدينه بلدة بلده قرية قريه".split())


def _past_settlement(tokens: Tokens, first: int) -> int:
    """The word the grammar of a home reads the Arabic name at word `first` from: the word before
    it when that is a settlement's noun ("مدينة الضالع"), else `first`."""
    if first >= 1 and tokens.folded[first - 1] in _AR_SETTLEMENTS and is_arabic(tokens.folded[first]):
        return first - 1
    return first


# One Arabic word of home before the name: "أصيل مدنين", "أصيلة القصرين", a native of (the
# Maghreb press's word for where someone comes from).
_AR_NATIVE_OF = frozenset(fold(word) for word in "أصيل أصيلة أصيلي أصيلات".split())


def _home_words_before(tokens: Tokens, first: int) -> bool:
    """Whether two words of home stand before the name at word `first` (`_HOME_BEFORE`: "native
    of", "من أبناء"), an Arabic settlement's noun perhaps between ("من أبناء مدينة الشحر"),
    unless the item then tells of the settlement itself (`_settlement_told_after`)."""
    at = _past_settlement(tokens, first)
    if at >= 1 and tokens.folded[at - 1] in _AR_NATIVE_OF and not _broken(tokens, at - 1, at):
        return at == first or not _settlement_told_after(tokens, first, tokens.folded[at])
    if at < 2 or (tokens.folded[at - 2], tokens.folded[at - 1]) not in _HOME_BEFORE:
        return False
    return at == first or not _settlement_told_after(tokens, first, tokens.folded[at])


# The Arabic nouns of a place's people, before a settlement's noun with its article ("من أبناء
# المدينة", "أهالي المدينة"): the town's people, not the town told.
_AR_HOME_WORDS = frozenset(fold(word) for word in "أبناء ابناء سكان أهالي اهالي أهل اهل".split())


def _settlement_told_after(tokens: Tokens, first: int, noun: str) -> bool:
    """Whether the settlement's noun `noun` (folded, "مدينه") comes back with its article after
    word `first`, not as a home ("قتل خمسة من أبناء مدينة منبج بقصف استهدف المدينة", "وسط
    المدينة"): the town the item named as the people's home is where it happens too."""
    definite = "\u0627\u0644" + noun
    for k in range(first + 1, len(tokens)):
        word = tokens.folded[k]
        if (word == definite or definite in readings(word, 3)) and tokens.folded[k - 1] not in _AR_HOME_WORDS:
            if _a_compound_settlement(tokens.folded, k + 1):
                continue  # "المدينة الصناعية بحلب": another place's industrial city, not the town
            return True
    return False


# The adjective of a town's own part after its settlement noun ("المدينة القديمة", its old city).
_AR_OWN_PART = frozenset({fold("القديمة")})


def _a_compound_settlement(folded: Sequence[str], k: int) -> bool:
    """Whether a definite settlement noun is the head of a compound name, its adjective at word
    `k` carrying the article too ("المدينة الصناعية", "المدينة الجامعية", "المدينة الرياضية"): an
    industrial, university or sports city is a place of its own, not the town said again."""
    return k < len(folded) and folded[k].startswith("\u0627\u0644") and folded[k] not in _AR_OWN_PART


def _from_home(tokens: Tokens, first: int) -> bool:
    """Whether the name at word `first` is where people come from, by grammar (see _PEOPLE). Not
    across an Arabic settlement's noun ("شاب من مدينة المكلا" is as often a young man of the town
    killed there), as the stronger words of home read (`_home_words_before`); across an English
    one, "of" after it, as `_from_the_town_of` reads it."""
    folded = tokens.folded
    if first < 2:
        return False
    if folded[first - 1] == "of":
        return _from_the_town_of(tokens, first)
    if folded[first - 1] == "from":
        people = (
            stem(folded[first - 2], "en") in _PEOPLE
            or stem(folded[first - 2], "en") in _PEOPLE_AT_WORK
            or kind_of_person(folded[first - 2])  # "a tribal sheikh from Hit", "a sergeant from Kita"
            or folded[first - 2] in _CAME_FROM
        )
    elif folded[first - 1] in _AR_NATIVES and folded[first - 2] == _AR_FROM:
        people = True  # "شاب من أهالي الرمادي": one of the town's people
    elif folded[first - 1] == _AR_FROM:
        people = folded[first - 2] in _AR_PEOPLE  # "وفد من مصراتة", "تجار من حلب"
        if not people and first >= 3 and _ar_nisba(folded[first - 2]) and folded[first - 3] in _AR_PEOPLE:
            people = not _broken(tokens, first - 3, first)  # "شاب سوري من جرابلس": a demonym between
    elif folded[first - 1] in _ROMANCE_FROM and folded[first - 2] in _ROMANCE_PEOPLE:
        people = not tokens[first - 2].capitalized or tokens[first - 2].sentence_start  # not "Jogador de Bissau FC"
    else:
        people = folded[first - 1] in ("de", "d", "a") and folded[first - 2] in _CAME_FROM
    return people and not _broken(tokens, first - 2, first)


# The English nouns of a settlement a home is named by before "of" and its name: "a fighter from
# the south Lebanon village of Aitaroun", "a rapper from the Bahia town of Eunapolis".
_EN_SETTLEMENTS = frozenset("town village city hamlet".split())
_SETTLEMENT_WORDS = 4  # the words between "from the" and the settlement's noun ("south Lebanon")


def _from_the_town_of(tokens: Tokens, first: int) -> bool:
    """Whether the name at word `first` ends "<person> from the ... town of": the settlement's noun
    right before "of", "from the" within `_SETTLEMENT_WORDS` words before it, and a kind of
    person before "from" (`_from_home`'s people), all in one run of words: the person's home,
    told by the settlement it is, as "a fighter from Aitaroun" would be."""
    folded = tokens.folded
    noun = first - 2
    if noun < 3 or folded[noun] not in _EN_SETTLEMENTS or not tokens.words[noun].islower():
        return False
    for the in range(noun - 1, max(1, noun - 1 - _SETTLEMENT_WORDS), -1):
        if folded[the] == "the" and the >= 2 and folded[the - 1] == "from":
            person = folded[the - 2]
            people = stem(person, "en") in _PEOPLE or stem(person, "en") in _PEOPLE_AT_WORK or kind_of_person(person)
            return people and not _broken(tokens, the - 2, first)
    return False


def _unprefixed_university(word: str) -> bool:
    """ "لجامعة", "بجامعة": the Arabic word for a university with a preposition written onto it."""
    return not word.isascii() and is_arabic(word) and any(r in _UNIVERSITY for r in readings(word, 4))


# A city this large is known by its name, however often the name is written ("Dubai" is as
# frequent in English as an everyday word): named with the news, it is a scene.
KNOWN_BY_NAME = 500_000
# A town this large may seat a government (a province's, a region's, a rival one's: "Tobruk",
# "Benghazi", "Erbil"); a smaller one is named for no government, whatever its verb or noun.
GOVERNMENT_SEAT = 100_000
CAPITAL_KM = 10.0
EVERYDAY_CITY = 100_000  # a city this large, its name an everyday word, is a scene after "in", "à"
# A town this small, named only by a headline's first word when that word is frequent in a
# language of the feeds, is the word ("Atacan a balazos ...": Atzacan, 9,000 people).
SMALL_TOWN = 100_000
# How firmly the item's context chose a name's place: by a country, a demonym or a place nearby.
_FIRM_BASES = frozenset(("attached", "context", "near"))


def _chosen_as(mention: Mention | None, watched: GeoPlace) -> bool:
    """Whether the item's context chose the watched place (or a record of it within
    SAME_PLACE_KM) for the name at `mention`, on firm grounds (`_FIRM_BASES`), not by population."""
    place = None if mention is None else mention.chosen
    if mention is None or place is None or mention.basis not in _FIRM_BASES:
        return False
    if place.id == watched.id:
        return True
    return not math.isnan(place.lat) and distance_km(place.lat, place.lon, watched.lat, watched.lon) <= SAME_PLACE_KM


# A correspondent's dateline covers the region around it: a place named farther away than this
# is more likely a word the gazetteer also knows ("Jala", "ACI") than the news' scene.
DATELINE_REACH_KM = 1_500.0


def _scene_elsewhere(
    readings: Sequence[ItemPlaces],
    watched: GeoPlace,
    beyond: float = NEAR_KM,
    datelines: bool = True,
    reach: float = math.inf,
    towns_only: bool = False,
    distinct: bool = True,
) -> str | None:
    """A city, town or airport the item names, far from the watched place (beyond NEAR_KM) and
    not itself written as a home, a source of the news, where a journey begins or only where it
    goes: where the item happens instead. None when there is none. Without `datelines`, another
    dateline is no scene either ("ISLAMABAD / KABUL:"); a place beyond `reach` is none either;
    with `towns_only`, nor a name written as a division ("Abs district", "Bakwa district").
    Without `distinct`, a town of its own within SAME_PLACE_KM (`_distinct_city`) is no scene
    elsewhere either: for a watched airport, whose city's towns are its neighbours ("Kati camp
    attacked; Bamako airport flights unaffected": Kati is 27 km from Senou)."""
    for places in readings:
        tokens = places.tokens
        for mention in places.mentions:
            place = mention.chosen
            if place is None or place.kind not in ("city", "airport") or mention.glued or math.isnan(place.lat):
                continue
            if code_outside_flying(places, mention):
                continue  # "rebelles ADF": an armed group's acronym, not Adıyaman's airport
            if _the_watched_by_default(mention, watched):
                continue  # "Basra" read as Pakistan's village of that name, for want of a word saying which
            if (
                tokens is not None
                and mention.end_token - mention.start_token == 1
                and place.population < KNOWN_BY_NAME
                and is_everyday_word(tokens.folded[mention.start_token])
                and not (place.population >= EVERYDAY_CITY and _written_as_place(tokens, mention.start_token))
                and not _capitals_dateline(tokens, mention.start_token)
            ):
                # "University", "Say": an everyday word naming a town is weak evidence of a scene;
                # a city's, written as a place ("à Miami", "l'aéroport de Goma"), is a scene.
                continue
            if (
                tokens is not None
                and mention.end_token - mention.start_token == 1
                and place.population < KNOWN_BY_NAME
                and is_arabic_accusative(tokens.folded[mention.start_token])
            ):
                continue  # "يقتحمون بنكا": they storm a bank, not Iran's village of Banka
            if (
                tokens is not None
                and mention.end_token - mention.start_token == 1
                and tokens[mention.start_token].sentence_start
                and place.population < SMALL_TOWN
                and (mention.end_token >= len(tokens) or tokens[mention.end_token].gap == " ")
                and is_frequent_word(tokens.folded[mention.start_token])
            ):
                continue  # "Atacan a balazos ...": a headline's first word, capitalised as any is

            away = distance_km(place.lat, place.lon, watched.lat, watched.lon)
            # across a border only when the item ties the place to its own country or state ("El
            # Paso, Texas"): refugees of Goma who reach Gisenyi may well tell of shelling at home
            across = mention.attached is not None and mention.attached == place.country != watched.country
            if away > reach or not (
                away > beyond or (distinct and beyond == SAME_PLACE_KM and _distinct_city(place, away, across))
            ):
                continue
            if towns_only and tokens is not None and _named_division(tokens, mention.start_token, mention.end_token - 1):
                continue  # "the Hajjah governorate's Abs district": an area, not a town's point
            if tokens is not None and _names_own_division(tokens, mention.start_token, mention.end_token, watched):
                continue  # "Saravena, en Arauca": the watched town's own department, not its capital
            if _in_own_division_name(places, mention.start_token, watched, readings):
                continue  # "Tuluá, en el Valle del Cauca": a word of its own department's name, not Cauca
            if (
                not datelines
                and tokens is not None
                and _own_division_words(tokens, mention.start_token, mention.end_token, watched)
            ):
                continue  # "TAME, Arauca — ... la gobernación de Arauca": the dateline town's own department
            if tokens is not None and _arabic_word_of_place(tokens, mention):
                continue  # "في المدينة": the city already named, not Medina
            if tokens is not None and _demonym_of_person(tokens, mention):
                continue  # "شاب سوري": a Syrian young man, not a town called so
            if tokens is not None and _with_a_thing(tokens, mention):
                continue  # "طعنا بسكين": stabbed with a knife, not in a town called so
            if tokens is not None and (
                _only_a_home(tokens, mention.start_token, mention.end_token - 1)
                or _destination(tokens, mention.start_token)
                or _people_arrive(tokens, mention.start_token, mention.end_token)
                or _only_a_source(tokens, mention.start_token, mention.end_token - 1) is not None
                or (not datelines and dateline(tokens, mention.start_token, mention.end_token - 1))
                or _dateline_qualifier(tokens, mention)
                # A road's or a route's other end is no scene: "on the Kano-Zaria road", "sur la
                # route d'Ansongo" happen on the road, which leaves the watched town.
                or _journey_end(tokens, mention.start_token, mention.end_token - 1) is not None
            ):
                continue
            return mention.text
    return None


def _the_watched_by_default(mention: Mention, watched: GeoPlace) -> bool:
    """Whether a name the reading gave to a namesake of the watched place with no word of the
    item for it (`basis` "population") is the watched place itself: one of its candidates, and
    no smaller than the namesake. GeoNames' "Basra" is a village of Pakistan, the city is
    "Basrah"; "Derna" a village of Romania, the city "Darnah": the watched name is no scene
    elsewhere than the watched place."""
    if mention.basis != "population" or mention.chosen is None:
        return False
    return mention.chosen.population <= watched.population and any(c.id == watched.id for c in mention.candidates)


# Nouns of a division after a city's name it bears ("Cotabato province", "Kandahar provincial
# police" is not one), and the directions that end a province's name ("Zamboanga del Norte",
# "Davao Oriental", "Kasaï-Oriental") or begin it ("North Cotabato").
_PROVINCE_CORE = frozenset(
    "province provincia governorate gouvernorat wilaya prefecture department departement departamento region state estado".split()
)
_PROVINCE_NOUNS = _PROVINCE_CORE | {"provinces", "district", "countryside"}
_PROVINCE_DIRECTIONS = frozenset(
    "norte sur north south oriental occidental orientale occidentale nord ouest est east west".split()
)
_PROVINCE_OF = frozenset("del de do da".split())
_ENDING_DIRECTIONS = frozenset("oriental occidental orientale occidentale norte sur".split())


def _named_division(tokens: Tokens, first: int, last: int, districts: bool = True) -> str | None:
    """The words naming a division that bears the city's name at words `first`..`last` ("Cotabato
    province", "Cotabato province's", "the Damascus countryside", "Zamboanga del Norte", "North
    Cotabato"), or None. Read as the division, a town of it beyond the city's reach is no scene in
    the city (`_context`), whether or not the city has a `radius`; a district counts only with
    `districts` (for a place with a radius): without one, "Kathua district" is the area the town
    heads, the analyst's Kathua. A longer name ("Zamboanga del Norte", "North Cotabato") is
    another place always. Only a noun after the name counts: a
    heading that names the division first ("Región Piura: asesinatos en Sullana", "محافظة
    الحديدة: قصف على الخوخة") is read by those who watch the province by its city's name."""
    folded, n = tokens.folded, len(tokens)
    k = last + 1
    if k < n and folded[k] in _PROVINCE_NOUNS and tokens[k].gap in (" ", "-") and (districts or folded[k] not in _DISTRICT_WORDS):
        return " ".join(tokens.words[first : k + 1])
    if (
        k + 1 < n
        and folded[k] in _PROVINCE_OF
        and tokens[k].gap == " "
        and not tokens[k].capitalized
        and folded[k + 1] in _PROVINCE_DIRECTIONS
        and tokens[k + 1].capitalized
        and tokens[k + 1].gap == " "
    ):
        return " ".join(tokens.words[first : k + 2])  # "Zamboanga del Norte"
    if k < n and folded[k] in _ENDING_DIRECTIONS and tokens[k].capitalized and tokens[k].gap in (" ", "-"):
        return " ".join(tokens.words[first : k + 1])  # "Davao Oriental", "Kasaï-Oriental"
    if first > 0 and folded[first - 1] in ("north", "south") and tokens[first - 1].capitalized and tokens[first].gap == " ":
        return " ".join(tokens.words[first - 1 : last + 1])
    return None


# How a clause places a town in a division written with its noun first: "à Bandiagara, dans la
# région de Mopti", "en Huaral, en la región Lima", "à Oicha, dans le territoire de Beni". The
# locative and the comma before it make it an apposition, never a heading ("Región Piura: ...").
# (`_PROVINCE_CORE`, and a territory, as Congo's; no district: an area a town heads.)
_APPOSED_DIVISION_NOUNS = _PROVINCE_CORE | {"regions", "territoire", "territory", "territorio"}
_APPOSED_DIVISION_LINKS = frozenset("de du d l la le del do da of the".split())


def _division_in_apposition(tokens: Tokens, first: int) -> bool:
    """Whether the name at word `first` follows a division's noun that a locative after a comma
    opens ("Bandiagara, dans la région de Mopti", "Huaral, en la región Lima"): the division of
    the town before the comma, named after its capital, not the capital."""
    folded = tokens.folded
    k = first - 1
    while k >= 0 and first - k <= 2 and folded[k] in _APPOSED_DIVISION_LINKS:
        k -= 1
    if k < 1 or folded[k] not in _APPOSED_DIVISION_NOUNS:
        return False
    k -= 1
    while k >= 0 and folded[k] in _APPOSED_DIVISION_LINKS and not tokens[k].capitalized:
        k -= 1
    return k >= 1 and folded[k] in _APPOSITION_LOCATIVES and "," in tokens[k].gap


# A city this large is a place of its own for a reader beyond DISTINCT_CITY_KM of a watched
# place with no radius, though within SAME_PLACE_KM: Tyre is not Sidon (36 km), Quetta not Mastung
# (45 km), Butembo not Lubero (34 km); Kati (18 km) is still Bamako's, Rawalpindi Islamabad's.
DISTINCT_CITY_POPULATION = 100_000
DISTINCT_CITY_KM = 25.0
# Any town the gazetteer lists, farther than this, is a place of its own too: Djugu (49 km) is not
# Bunia, Tetecala (28 km) not Cuernavaca, Zabadani not Damascus; Kati (15 km) is still Bamako's.
DISTINCT_TOWN_KM = 20.0


def _distinct_city(place: GeoPlace, away: float, across: bool = False) -> bool:
    """Whether `place`, `away` km from a watched place without a radius, is a town of its own
    (any, farther than DISTINCT_TOWN_KM; of DISTINCT_CITY_POPULATION people, farther than
    DISTINCT_CITY_KM or `across` a border the item names however near: "a shooting in El Paso,
    Texas, according to sources in Ciudad Juárez"), not the watched place's area."""
    if place.kind != "city":
        return False
    return away > DISTINCT_TOWN_KM or (place.population >= DISTINCT_CITY_POPULATION and (away > DISTINCT_CITY_KM or across))


def _capitals_dateline(tokens: Tokens, k: int) -> bool:
    """Whether the one-word name at word `k` is a dateline written in capitals ("GOMA -", "SAY:"):
    a correspondent's town, whatever else its word means in some language (Goma, "rubber")."""
    word = tokens.words[k]
    return len(word) > 2 and word.isupper() and dateline(tokens, k, k)


def _written_as_place(tokens: Tokens, k: int) -> bool:
    """Whether the name at word `k` is written as a place: after "in", "à" ("in Miami"), or as
    the city of an airport ("l'aéroport de Goma", "the airport of Aden")."""
    if locative(tokens, k):
        return True
    folded = tokens.folded
    return k >= 2 and folded[k - 1] in ("de", "d", "of", "do", "del") and folded[k - 2] in _AIRPORT_WORDS


def _in_title_not_as_division(title: ItemPlaces, own: Sequence[str]) -> bool:
    """Whether the title names the watched place (its words in a row) other than as the division
    named after it ("SEGOU : des djihadistes attaquent", not "Affrontements à Bandiagara, dans la
    région de Mopti"): then the headline's topic is the city, whatever its division holds."""
    tokens = title.tokens
    if tokens is None or not own:
        return False
    folded, size = tokens.folded, len(own)
    for k in range(len(folded) - size + 1):
        if tuple(folded[k : k + size]) != tuple(own):
            continue
        if (
            _named_division(tokens, k, k + size - 1) is None
            and not _division_in_apposition(tokens, k)
            and not _division_word_beside(tokens, k, k + size - 1)
        ):
            return True
    return False


def _in_title(title: ItemPlaces, own: Sequence[str]) -> bool:
    """Whether the title names the watched place (its words in a row): the headline's topic, a
    scene however the summary's dateline reads ("Gang gunfire paralyses Caracas neighbourhood"
    above "CARACAS, Venezuela (AP) — ... the Cota 905 neighbourhood of Caracas")."""
    folded = title.tokens.folded if title.tokens is not None else ()
    return any(tuple(folded[k : k + len(own)]) == tuple(own) for k in range(len(folded) - len(own) + 1))


# The word for a city that follows a town's name as part of it: "Zamboanga City", "Kuwait City".
_OWN_CITY_WORDS = frozenset("city".split())
# A capital named again as "the capital", "la capitale": the dateline's city is the scene.
_CAPITAL_WORDS = frozenset("capital capitale capitales".split())


def _only_a_dateline(
    fields: Sequence[ItemPlaces], tokens: Tokens, run: tuple[int, int], watched: GeoPlace, own: Sequence[str]
) -> bool:
    """Whether the watched place is named only by its dateline (words `run` of `tokens`): none
    of its words, nor another place within SAME_PLACE_KM of it, stands elsewhere in the item. A
    wire filed from a capital ("NEW DELHI:", "BEIJING (AP) —") is about the country or the
    region its correspondent covers; the capital is the scene only when named again ("struck
    Kyiv overnight") or when the item names no scene elsewhere."""
    for places in fields:
        words = places.tokens
        if words is None:
            continue
        ours = words is tokens

        def in_run(low: int, high: int, ours: bool = ours) -> bool:
            return ours and low < run[1] and high > run[0]

        folded = words.folded
        for k in range(len(folded) - len(own) + 1):
            # named again only as the source ("MOGADISHU (AP) — ... officials in Mogadishu said")
            # is the dateline's city again, no scene
            # "officials in Zamboanga City said": the name's own word for a city goes with it
            last = k + len(own) - 1
            if last + 1 < len(folded) and folded[last + 1] in _OWN_CITY_WORDS and words[last + 1].gap == " ":
                last += 1
            if (
                tuple(folded[k : k + len(own)]) == tuple(own)
                and not in_run(k, k + len(own))
                and _only_a_source(words, k, last) is None
                # the other field's dateline again ("MACAPÁ — Ataque ..." above "MACAPÁ — Piratas ...")
                and not (k == 0 and dateline(words, k, k + len(own) - 1))
            ):
                return False
        for mention in places.mentions:
            place = mention.chosen
            if (
                place is not None
                and place.kind != "country"
                and not math.isnan(place.lat)
                and distance_km(place.lat, place.lon, watched.lat, watched.lon) <= SAME_PLACE_KM
                and not in_run(mention.start_token, mention.end_token)
                and _only_a_source(words, mention.start_token, mention.end_token - 1) is None
                and not (not ours and mention.start_token == 0 and dateline(words, 0, mention.end_token - 1))
            ):
                return False
    return True


def _dateline_qualifier(tokens: Tokens, mention: Mention) -> bool:
    """Whether a name stands in brackets right after the dateline's ("APARTADÓ (Antioquia). —",
    "KANO (Kano State) —"): the dateline's own region or country, which says where the dateline
    is, not where the item happens."""
    start, end = mention.start_token, mention.end_token
    return (
        start > 0
        and tokens[start].gap.strip().endswith("(")
        and (end == len(tokens) or tokens[end].gap.strip().startswith(")"))
        and dateline(tokens, 0, start - 1)
    )


def _dateline_scene(
    fields: Sequence[ItemPlaces], watched: GeoPlace, own: Sequence[str], capital: bool, gazetteer: Gazetteer | None = None
) -> str | None:
    """Where an item whose watched place is only its dateline happens instead, or None: a city
    or town of the dateline's country however far (a correspondent's beat is the country:
    "BEIJING (AP) — ... in Shenzhen", "MOSCOU — ... en Sibérie, région d'Irkoutsk") or a city
    known by name anywhere ("JERUSALEM / TEHRAN: Explosions were heard across Tehran"), a region
    the grammar names ("in North Waziristan", "in southern Somalia"), another country heading a
    field ("Niger : ..."), or a part of the dateline's own country by its direction ("in
    southern Lebanon", "dans le sud du Liban"). A capital's item that says "the capital" with no
    such city names the capital again ("in the Mexican capital's Iztapalapa"): no scene then."""
    for places in fields:
        away = _far_from_here(places.tokens) if places.tokens is not None else None
        if away is not None:
            return away  # "a 250 quilómetros desta cidade": the scene is that far from the dateline's city
    for places in fields:
        tokens = places.tokens
        for mention in places.mentions:
            place = mention.chosen
            if (
                tokens is None
                or place is None
                or place.kind not in ("city", "airport")
                or (place.country != watched.country and place.population < KNOWN_BY_NAME)
                or mention.glued
                or math.isnan(place.lat)
                or distance_km(place.lat, place.lon, watched.lat, watched.lon) <= NEAR_KM
                or dateline(tokens, mention.start_token, mention.end_token - 1)
                or _dateline_qualifier(tokens, mention)
                or _arabic_word_of_place(tokens, mention)
                or _own_division_words(tokens, mention.start_token, mention.end_token, watched)
            ):
                continue
            if _only_a_source(tokens, mention.start_token, mention.end_token - 1) is None:
                return mention.text
    if capital and any(word in _CAPITAL_WORDS for places in fields if places.tokens is not None for word in places.tokens.folded):
        return None
    scene = _region_named(fields, own, watched, gazetteer)
    if scene is not None:
        return scene
    for places in fields:
        tokens = places.tokens
        if tokens is None:
            continue
        for mention in places.mentions:
            place = mention.chosen
            if place is None or place.kind != "country":
                continue
            if place.country != watched.country:
                if dateline(tokens, mention.start_token, mention.end_token - 1):
                    return mention.text  # "Niger : au moins 20 soldats tués" above "PARIS, 12 mars (Reuters) -"
                continue
            part = _country_part(tokens, mention)
            if part is not None:
                return part
    return None


# The nouns of a place or a plant that a demonym places abroad, where a wire filed from a capital
# tells what happened in another country: "WASHINGTON — ... the US attack on three Iranian nuclear
# sites", "LONDON (Reuters) - ... a drone attack on a Saudi oil facility", "un village malien",
# "uma aldeia síria". Not a base, a camp, an embassy, a company: a country's bases and missions
# stand abroad ("a French base" in Niamey), its firms everywhere.
_FOREIGN_SITE_NOUNS = frozenset(
    "village villages town towns city cities port facility facilities site sites plant plants refinery refineries "
    "oilfield oilfields installation installations ville villes usine usines raffinerie raffineries "
    "aldeia aldeias cidade cidades refinaria refinarias instalacao instalacoes aldea aldeas ciudad ciudades "
    "refineria refinerias instalacion instalaciones".split()
)
FOREIGN_SITE_WORDS = 2  # lower-case words between the demonym and its noun: "Saudi oil facility"


def _foreign_site(gazetteer: Gazetteer | None, fields: Sequence[ItemPlaces], watched: GeoPlace) -> str | None:
    """The words of a village, a town or a plant that a demonym of another country than the
    watched place's qualifies ("three Iranian nuclear sites", "une raffinerie nigériane"), or
    None: for an item whose watched place is only its dateline, a scene abroad."""
    if gazetteer is None:
        return None
    for places in fields:
        tokens = places.tokens
        if tokens is None:
            continue
        folded, n = tokens.folded, len(tokens)
        for k, word in enumerate(folded):
            if word not in _FOREIGN_SITE_NOUNS or not tokens.words[k].islower():
                continue
            for step in (-1, 1):  # English before the noun, French, Portuguese and Spanish after it
                m = k + step
                while 0 <= m < n and abs(m - k) <= FOREIGN_SITE_WORDS + 1:
                    gap = tokens[m + 1].gap if step < 0 else tokens[m].gap
                    if gap != " ":
                        break
                    code = gazetteer.demonym(tokens.words[m]) if tokens.words[m][:1].isalpha() else None
                    if code is not None:
                        if code != watched.country:
                            low, high = sorted((k, m))
                            return " ".join(tokens.words[low : high + 1])
                        break
                    if not tokens.words[m].islower():
                        break
                    m += step
    return None


# The dateline's city said again as "this city", "the capital": "a 250 quilómetros desta cidade",
# "a cerca de 180 km da capital", "à 200 km de la capitale", "120 km from the city".
_HERE_NOUNS = frozenset("cidade ciudad capital capitale city ville".split())
_HERE_LINKS = frozenset("desta deste dessa esta este this cette la a the da de del do of from".split())


# The dateline's town said again by a demonstrative and a noun of a town or its district, in
# Portuguese, Spanish and French: "assaltou o posto policial de Mutuali, neste distrito", "en una
# vía de este municipio", "cette commune". Not "desta cidade", "of this city", which measures a
# distance from it (`_far_from_here`).
_THIS = frozenset("este esta neste nesta cette ce".split())
_THIS_TOWN_NOUNS = frozenset(
    "municipio distrito ciudad cidade localidad localidade vila villa pueblo concelho canton ville commune".split()
)


_THIS_DISTRICT_NOUNS = frozenset("municipio distrito concelho canton".split())


def _this_town(fields: Sequence[ItemPlaces], watched: GeoPlace) -> bool:
    """Whether the item says the deed was in "this town" (`_THIS_TOWN_NOUNS`), no distance before
    it, and the town last named before it is the dateline's (the demonstrative points back to it):
    the dateline's own town is then the scene, whatever else the item names ("o posto policial de
    Mutuali, neste distrito": a post of the district). After "un ataque en Trujillo", "esta
    ciudad" is Trujillo."""
    for f, places in enumerate(fields):
        tokens = places.tokens
        if tokens is None:
            continue
        folded = tokens.folded
        for j in range(1, len(folded)):
            this = folded[j] in _THIS_TOWN_NOUNS and folded[j - 1] in _THIS and tokens.words[j - 1].islower()
            if this and not any(word in _UNITS for word in folded[max(0, j - 7) : j - 1]):
                if folded[j] in _THIS_DISTRICT_NOUNS:
                    return True  # "Mutuali, neste distrito": the district holds the village just named
                last = _last_town_before(fields, f, j - 1)
                if last is None or _is_place(last, watched):
                    return True
            if _the_town_again(tokens, j) and _near_enough(folded, j):
                last = _last_town_before(fields, f, j - 1, pointed_back_to=True)
                if last is None or _is_place(last, watched):
                    return True
    return False


# "The town" said again with its article after a word of nearness or of its parts: "perto da vila",
# "a poucos quilómetros da vila", "à la sortie de la ville", "near the town", "a las afueras del
# pueblo", "على أطراف المدينة". Under a dateline, with no other town written as a place before it,
# the town is the dateline's.
_AR_IN = fold("في")
_THE_TOWN_NOUNS = frozenset("vila cidade ville town pueblo ciudad localidade localidad village aldeia".split())
_THE = frozenset("da de la del do the".split())
_NEARNESS = frozenset(
    "perto proximo proximites pres near outside outskirts entrada saida sortie entree cerca afueras arredores "
    "abords alentours periferia peripherie quilometros kilometres kilometros km miles".split()
)
_AR_TOWN = frozenset(fold(w) for w in "المدينة البلدة".split())
_AR_NEARNESS = frozenset(fold(w) for w in "اطراف مشارف مدخل ضواحي قرب".split())
_FEW = frozenset("poucos poucas alguns algumas few several quelques pocos unos".split())


def _the_town_again(tokens: Tokens, j: int) -> bool:
    """Whether word `j` is "the town" said again after a word of nearness or of its edges (`_NEARNESS`:
    "perto da vila", "a poucos quilómetros da vila", "near the town"; "على أطراف المدينة"), not
    followed by the name of whose town it is ("da vila de Caia")."""
    folded, n = tokens.folded, len(tokens)
    if folded[j] in _AR_TOWN:
        return j >= 1 and folded[j - 1] in _AR_NEARNESS and not tokens[j].sentence_start
    if folded[j] not in _THE_TOWN_NOUNS or j < 2 or folded[j - 1] not in _THE or tokens[j].sentence_start:
        return False
    if j + 2 < n and folded[j + 1] in OF_LINKS and tokens[j + 2].capitalized:
        return False  # "perto da vila de Caia": another town's
    k = j - 2
    if folded[k] in ("de", "a") and k >= 1:
        k -= 1  # "à la sortie de la ville", "a las afueras del pueblo"
    return any(word in _NEARNESS for word in folded[max(0, k - 1) : k + 1])


def _pointed_back_to(tokens: Tokens, k: int) -> bool:
    """Whether the name at word `k` is a town that "the town" said after it can point back to:
    one written as where something is ("em Caia", "in Buba", "à Kidal", "في الجزيرة"), or the
    object of a verb of a deed done to a town (`_TAKING_OPENINGS`: "RSF attacked El Fasher",
    "atacaram Macomia", "ont attaqué Ménaka"), in Arabic a name apart from the word before it
    (`_arabic_object_before`: "هاجمت قوات الدعم السريع الفاشر"); not where a
    journey went or came from, nor a name inside a longer one or in apposition to a noun
    ("seguia para Caia", "venus de Nampula", "rio Grande de Buba", "a estrada Montepuez-Balama",
    "atacaram a aldeia Nanjua")."""
    if _written_as_place(tokens, k):
        return True
    if k == 0 or tokens[k].gap != " ":
        return False  # "a estrada Montepuez-Balama", a list "Ancuabe, Chiúre e Balama": no verb's object
    before = tokens.folded[k - 1]
    if is_arabic(before):
        return before == _AR_IN or _arabic_object_before(tokens, k)
    if before in _SCENE_PREPOSITIONS or before in _ON:
        return True
    return before.startswith(_TAKING_OPENINGS)  # "attacked El Fasher", "atacaram Macomia"


# How the verbs of a deed done to a whole town open, in English, French, Portuguese and Spanish:
# attacking, storming, raiding, seizing, besieging, invading, shelling it ("RSF attacked El
# Fasher", "ont attaqué Ménaka", "atacaram Macomia", "stormed Afgoye", "invadiram Mueda"). The
# town right after one is the verb's object, which "the town" said later points back to; a
# name after any other word may be a village's or a road's ("a aldeia Nanjua", "estrada
# Montepuez-Balama"), whose "vila" is still the dateline's.
_TAKING_OPENINGS = (
    "attack", "atac", "attaqu", "storm", "raid", "seiz", "captur", "besieg", "invad", "envah", "overr", "overran",
    "shell", "bombard", "encercl", "assieg", "sitia", "asedi", "tomaram", "tomaron", "tomou", "took", "prirent",
)
_AR_PLURAL_NUN = ("\u0648\u0646", "\u064a\u0646")  # ون ين


def _arabic_object_before(tokens: Tokens, k: int) -> bool:
    """Whether the Arabic name at word `k` stands apart from the word before it, as a verb's
    object or subject: after a definite word that ends a phrase ("قوات الدعم السريع الفاشر") or
    after the verb that opens its clause ("هاجمت الفاشر") or a plural subject ("هاجم مسلحون
    القضارف"), or a settlement's noun ("مدينة الفاشر");
    not the second term of a construct, a name inside a longer one ("مشروع الجزيرة", the Gezira
    scheme), nor after a preposition ("إلى الفاشر")."""
    before = tokens.folded[k - 1]
    if before in _AR_PREPOSITIONS:
        return False
    opens = k - 1 == 0 or bool(tokens[k - 1].gap.strip())
    # a sound plural keeps its final nun only out of a construct: "هاجم مسلحون القضارف"
    return opens or without_article(before) != before or before in _AR_SETTLEMENTS or before.endswith(_AR_PLURAL_NUN)


def _near_enough(folded: Sequence[str], j: int) -> bool:
    """Whether a distance before word `j` is none or a few kilometres: "a poucos quilómetros da
    vila", "à 5 km de la ville"; not "a 80 quilómetros da cidade" (`_far_from_here`'s)."""
    before = folded[max(0, j - 5) : j]
    if not any(word in _UNITS for word in before):
        return True
    for word in before:
        if word in _FEW:
            return True
        count = int(word) if word.isdigit() else _NUMBER_WORDS.get(word)
        if count is not None:
            return count <= SAME_PLACE_KM
    return False


def _last_town_before(
    fields: Sequence[ItemPlaces], f: int, index: int, pointed_back_to: bool = False
) -> GeoPlace | None:
    """The town or site named last before word `index` of field `f`: in the same field only (a
    headline's town is rarely what the summary's "esta ciudad" points back to). With
    `pointed_back_to`, only a town "the town" can point back to (`_pointed_back_to`): not where
    a journey went nor a name inside a longer one ("seguia para Caia", "rio Grande de Buba")."""
    tokens = fields[f].tokens
    towns = [
        m
        for m in fields[f].mentions
        if m.chosen is not None
        and m.chosen.kind != "country"
        and m.end_token <= index
        and (not pointed_back_to or (tokens is not None and _pointed_back_to(tokens, m.start_token)))
    ]
    return max(towns, key=lambda m: m.end_token).chosen if towns else None


def _is_place(place: GeoPlace, watched: GeoPlace) -> bool:
    if place.geonameid is not None and watched.geonameid is not None:
        return place.geonameid == watched.geonameid
    return fold(place.name) == fold(watched.name)


def _far_from_here(tokens: Tokens) -> str | None:
    """The words of a distance measured from the dateline's city by another name for it ("a 250
    quilómetros desta cidade"), farther than SAME_PLACE_KM: where the item happens is that far
    away. None when there is none."""
    folded = tokens.folded
    for j, word in enumerate(folded):
        if word not in _HERE_NOUNS:
            continue
        k = j - 1
        while k >= 0 and j - k <= 3 and folded[k] in _HERE_LINKS:
            k -= 1
        if k == j - 1 or k < 1 or folded[k] not in _UNITS:
            continue
        count = int(folded[k - 1]) if folded[k - 1].isdigit() else _NUMBER_WORDS.get(folded[k - 1])
        if count is not None and count * _UNITS[folded[k]] > SAME_PLACE_KM:
            return " ".join(tokens.words[k - 1 : j + 1])
    return None


def _country_part(tokens: Tokens, mention: Mention) -> str | None:
    """A part of a country by its direction, as the scene: "in southern Lebanon", "dans le sud du
    Liban", "in central Mali" (the country's name at `mention`), or None."""
    before = tokens.folded[max(0, mention.start_token - 4) : mention.start_token]
    if any(word in _DIRECTIONS for word in before) and any(word in _SCENE_PREPOSITIONS for word in before):
        return " ".join(tokens.words[max(0, mention.start_token - 2) : mention.end_token])
    return None


# Where a body is based, before the place's name: "based in", "basée à", "sediada em", "basada en".
# Pairs, not words: "an army base in Kano" is a base, and the town its scene.
_BASED_IN = frozenset(
    tuple(pair.split())
    for pair in (
        "based in", "headquartered in", "base a", "basee a", "bases a", "basees a", "sediado em", "sediada em",
        "sediados em", "sediadas em", "baseado em", "baseada em", "basado en", "basada en", "basados en", "basadas en",
    )
)


def _a_base(tokens: Tokens, first: int, last: int) -> bool:
    """Whether the name at words `first`..`last` is where a body is based ("a Bamako-based group",
    "une ONG basée à Bamako", "headquartered in"), not where people live: residents of a town
    who flee fighting in its region may well be telling of their town."""
    after = last + 1
    if after < len(tokens) and tokens[after].gap == "-" and tokens.folded[after] in _HOME_SUFFIXES:
        return True
    return first >= 2 and tuple(tokens.folded[first - 2 : first]) in _BASED_IN


def _part_of_its_country(fields: Sequence[ItemPlaces], watched: GeoPlace) -> str | None:
    """A part of the watched place's own country named by its direction ("in central Mali",
    "no norte de Moçambique"), or None: for a place the item names only as a home ("a
    Bamako-based group"), the scene the item gives instead, whether or not the part holds the
    place (had it happened there, the item would have named it as the scene)."""
    for places in fields:
        tokens = places.tokens
        if tokens is None:
            continue
        for mention in places.mentions:
            chosen = mention.chosen
            if chosen is not None and chosen.kind == "country" and chosen.country == watched.country:
                part = _country_part(tokens, mention)
                if part is not None:
                    return part
    return None


def _region_named(
    fields: Sequence[ItemPlaces], own: Sequence[str], watched: GeoPlace, gazetteer: Gazetteer | None = None
) -> str | None:
    """A region the grammar makes the scene, after a preposition of place: a first-level division
    ("in Chhattisgarh", "in Balochistan") or a name before a noun of regions ("in the Amhara
    region"), a name a word of direction
    begins ("in North Waziristan"), another country ("in southern Somalia"); or None. Not any
    capitalised name, as where the news comes from: a street or a district of the dateline's own
    city is written so too ("en la Costera", "in the Shahr-e-Naw district")."""
    for places in fields:
        tokens = places.tokens
        if tokens is None:
            continue
        folded = tokens.folded
        for k, word in enumerate(folded):
            island = _island_named(tokens, k, own)
            if island is not None:
                return island
            if word not in _SCENE_PREPOSITIONS:
                continue
            m = k + 1
            while m < len(tokens) and m - k <= 4 and folded[m] in _SCENE_FILLERS and not tokens[m].capitalized:
                m += 1
            if m >= len(tokens) or _broken(tokens, k, m) or not tokens[m].capitalized or folded[m] in own:
                continue
            mention = places.at(m)
            if mention is not None and mention.chosen is not None and mention.chosen.kind == "country":
                if mention.chosen.country != watched.country:
                    return mention.text
                m = mention.end_token + 1  # "in Nigeria's Plateau state": the region the country owns
                if not (m < len(tokens) and folded[m - 1] == "s" and tokens[m].capitalized) or folded[m] in own:
                    continue
            if folded[m] in _DIRECTIONS and m + 1 < len(tokens) and tokens[m + 1].capitalized and folded[m + 1] not in own:
                return f"{tokens.words[m]} {tokens.words[m + 1]}"
            division = division_sign(folded, m)
            if (
                division is not None
                and not set(folded[m : m + division[1]]) & set(own)
                and not _own_division_words(tokens, m, m + division[1], watched)
                and not _a_town_after(tokens, m + division[1])
            ):
                return " ".join(tokens.words[m : m + division[1]])  # not the town's own: "ANAPU (PA) ... do Pará"
            if m + 1 < len(tokens) and folded[m + 1] in _DIRECTIONS and tokens[m + 1].gap == "-":
                return f"{tokens.words[m]}-{tokens.words[m + 1]}"  # "au Darfour-Nord": a region by its direction
            n = m + 1
            while n < len(tokens) and n - m < 3 and tokens[n].capitalized and folded[n] not in own:
                n += 1
            if n < len(tokens) and folded[n] in _REGION_NOUNS and not tokens[n].capitalized:
                return " ".join(tokens.words[m : n + 1])  # "in the Amhara region", "in Kaduna state"
            if m == k + 1:
                bare = _bare_division(tokens, m, own)
                if bare is not None and _divisions_elsewhere(gazetteer, bare[1], watched):
                    return bare[0]
            sea = _sea_named(tokens, m, own)
            if sea is not None:
                return sea
    return None


# Nouns of a country's administrative divisions below its regions, as the English-language press
# writes them after a bare name: "in Baramulla district", "in Kamashi zone", "in Baringo and
# Turkana counties", "in Gwoza LGA". A city's quarter takes the article or says whose it is ("in
# the Shahr-e-Naw district", "the Hodan district of Mogadishu"): not these.
_BARE_DIVISION_NOUNS = frozenset(
    "district districts zone zones county counties woreda woredas lga lgas tehsil tehsils subcounty subcounties".split()
)
_DIVISION_JOINS = frozenset({"and"})


# Nouns of the sea, which no town's quarter bears: "in the Gulf of Aden", "in the Red Sea", "dans le
# golfe de Guinée", "en el mar Caribe", "no estreito de Ormuz", "off the Bay of Bengal".
_SEA_NOUNS = frozenset(
    "gulf sea ocean strait straits bay golfe mer ocean detroit baie golfo mar oceano estreito estrecho bahia".split()
)


def _sea_named(tokens: Tokens, m: int, own: Sequence[str]) -> str | None:
    """A sea named at word `m` after a preposition of place: its noun then "of" and a name
    ("Gulf of Aden", "golfe de Guinée"), or a name then its noun ("Red Sea", "Arabian Sea"), or
    the noun in lower case then a name ("mar Caribe", "mer Noire"); none of the watched name's
    words. A ship, a platform or a strike at sea is at no town named beside it. Not a sea's name
    that qualifies a place after it ("the Black Sea port", "the Red Sea city", "Red Sea State"),
    nor a capitalised noun before a name, which English writes for a land ("Bay Region"). None
    otherwise."""
    folded, n = tokens.folded, len(tokens)
    if m + 1 < n and tokens[m].capitalized and folded[m] not in _SEA_NOUNS and folded[m + 1] in _SEA_NOUNS:
        if folded[m] not in own and tokens[m + 1].gap == " " and not _a_place_after(tokens, m + 2):
            return f"{tokens.words[m]} {tokens.words[m + 1]}"  # "the Red Sea"
        return None
    if folded[m] not in _SEA_NOUNS or m + 1 >= n or tokens[m + 1].gap != " ":
        return None
    k = m + 1
    if folded[k] in OF_LINKS and k + 1 < n:
        k += 1
        while k < n and folded[k] in ("la", "le", "l", "the") and not tokens[k].capitalized:
            k += 1
    elif not tokens.words[m].islower():
        return None  # "in Bay Region": a land's name
    named = k < n and tokens[k].capitalized and folded[k] not in own and not _broken(tokens, m, k)
    return " ".join(tokens.words[m : k + 1]) if named and not _a_place_after(tokens, k) else None


# Nouns of a town that a sea's or a region's name qualifies when written before them: "the Black
# Sea port", "the Red Sea city" (Port Sudan, of Sudan's Red Sea state), "the coastal resort".
_TOWN_HEADS = frozenset(
    "port ports city cities town towns coast coastal harbour harbor resort village villages island islands".split()
)


def _a_town_after(tokens: Tokens, k: int) -> bool:
    """Whether word `k` is a noun of a town (`_TOWN_HEADS`) right after a sea's or a region's name,
    which then qualifies it: "in the Black Sea port", "in the Red Sea port city"."""
    return k < len(tokens) and tokens[k].gap == " " and tokens.folded[k] in _TOWN_HEADS


def _a_place_after(tokens: Tokens, k: int) -> bool:
    """Whether word `k` is a noun of a town, a region or a division right after a sea's name, which
    then qualifies it: "the Black Sea port", "Red Sea State", "the Gulf Coast region"."""
    if k >= len(tokens) or tokens[k].gap != " ":
        return False
    word = tokens.folded[k]
    return word in _TOWN_HEADS or word in _REGION_NOUNS or word in _BARE_DIVISION_NOUNS


def _divisions_elsewhere(
    gazetteer: Gazetteer | None, divisions: Sequence[tuple[str, ...]], watched: GeoPlace
) -> bool:
    """Whether every division named bare (`_bare_division`'s names) is elsewhere than the watched
    town: its seat, a town of that name in the town's country, known and farther than
    SAME_PLACE_KM ("in Gwoza LGA" of Maiduguri). The gazetteer keeps no second-level divisions:
    a name it does not know as a town may be the one holding the dateline's town ("SOPORE: ... in
    Baramulla district", "MAIDUGURI — ... in Jere LGA"), and sending wins then."""
    if gazetteer is None or not divisions:
        return False
    for name in divisions:
        seats = [
            place
            for place in gazetteer.lookup(name)
            if place.kind == "city" and place.country == watched.country and not math.isnan(place.lat)
        ]
        if not seats or any(distance_km(p.lat, p.lon, watched.lat, watched.lon) <= SAME_PLACE_KM for p in seats):
            return False
    return True


def _bare_division(tokens: Tokens, m: int, own: Sequence[str]) -> tuple[str, tuple[tuple[str, ...], ...]] | None:
    """The words from `m` of a division named bare after a preposition of place ("Baramulla
    district", "Baringo and Turkana counties", "Gwoza LGA"): capitalised names, none the watched
    place's, maybe joined by "and", then a noun of `_BARE_DIVISION_NOUNS` not followed by "of" (the
    district of a city); with each division's name, folded ("baringo", "turkana"); or None."""
    folded, n = tokens.folded, len(tokens)
    k = m
    names: list[list[str]] = [[]]
    while k < n and k - m < 6:
        name = tokens[k].capitalized and folded[k] not in own and folded[k] not in _BARE_DIVISION_NOUNS
        joined = folded[k] in _DIVISION_JOINS and k > m and k + 1 < n and tokens[k + 1].capitalized
        if not (name or joined):
            break
        if joined:
            names.append([])
        else:
            names[-1].append(folded[k])
        k += 1
    if k == m or k >= n or tokens[k].gap.strip() or _broken(tokens, m - 1, k):
        return None
    if folded[k] == "sub" and k + 1 < n and tokens[k + 1].gap == "-":
        k += 1  # "Fafi sub-county": two words to the tokenizer
    if folded[k] not in _BARE_DIVISION_NOUNS:
        return None
    if k + 1 < n and folded[k + 1] == "of" and not tokens[k + 1].gap.strip():
        return None  # "the Hodan district of Mogadishu": a city's own district
    return " ".join(tokens.words[m : k + 1]), tuple(tuple(words) for words in names if words)


# An island is a land of its own, not a city's district: "on Basilan island", "sur l'île de Gorée",
# "en la isla de Margarita", "na ilha de Moçambique".
_ON = frozenset("on in sur dans en na no em".split())
_ISLAND_NOUNS = frozenset("island isle ile isla ilha".split())
_ISLAND_FILLERS = frozenset("the l la de d del da do of".split())


def _island_named(tokens: Tokens, k: int, own: Sequence[str]) -> str | None:
    """An island named as the scene from word `k` ("on Basilan island", "sur l'île de Gorée",
    "on the island of Jolo"), none of the watched name's words; or None."""
    folded, n = tokens.folded, len(tokens)
    if folded[k] not in _ON:
        return None
    m = k + 1
    while m < n and m - k <= 3 and folded[m] in _ISLAND_FILLERS and not tokens[m].capitalized:
        m += 1
    if m < n and folded[m] in _ISLAND_NOUNS and not tokens[m].capitalized:
        m += 1  # "the island of Jolo", "l'île de Gorée"
        while m < n and folded[m] in _ISLAND_FILLERS and not tokens[m].capitalized:
            m += 1
        if m < n and tokens[m].capitalized and folded[m] not in own and not _broken(tokens, k, m):
            return tokens.words[m]
        return None
    if (
        m + 1 < n
        and tokens[m].capitalized
        and folded[m] not in own
        and folded[m + 1] in _ISLAND_NOUNS
        and not tokens[m + 1].capitalized
        and not _broken(tokens, k, m + 1)
    ):
        return f"{tokens.words[m]} {tokens.words[m + 1]}"  # "on Basilan island"
    return None


# Nouns of a country's regions, not of a city's districts: "the Amhara region", "Kaduna state".
_REGION_NOUNS = frozenset(
    "region province state governorate territory county oblast prefecture regiao provincia estado departamento "
    "territorio gouvernorat territoire prefecture".split()
)


# Words of direction that make a part of a country ("southern Lebanon", "le sud du Liban") or
# begin a region's name ("North Waziristan", "South Kordofan").
_DIRECTIONS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast southwest "
    "north-east north-west south-east south-west nord sud ouest centre norte sul sur oeste leste este".split()
)


# A scene the gazetteer may not know, named by the grammar: a preposition of place, maybe a word
# for a region, then a capitalised name ("in Darfur", "em Cabo Delgado", "en la provincia de
# Zulia", "dans le territoire de Beni"): where the news happens when the watched place is only
# its source or where people went.
# "off" places a scene at sea: "off the coast of Guinea", as "au large de", "ao largo de" do.
_SCENE_PREPOSITIONS = frozenset("in em no na nos nas en dans au aux off".split())
_SCENE_FILLERS = frozenset(
    "the la le l el o a os as los las of de do da del du des province provincia provincial region regiao "
    "state estado district distrito department departamento territory territoire north south east west northern "
    "southern eastern western norte sul sur leste este oeste nord ouest est lac lake lago lagoa "
    # the land around a place: "en el desierto de Arizona", "na selva do Amazonas", "in the mountains of"
    "desierto deserto desert selva floresta forest foret jungle sierra serra mountains montanhas montanas montagnes "
    # the sea off it: "off the coast of Guinea", "au large de la Guinée", "ao largo da costa de Angola"
    "coast coasts shore shores waters cote cotes costa costas large largo".split()
)


# The town's own parts, named so: "the city's Samaru district", "the town's Sabon Gari", "its
# Hodan neighbourhood".
_TOWN_NOUNS = frozenset("city town capital village".split())
_TOWN_PARTS = frozenset(
    "district neighbourhood neighborhood quarter suburb suburbs area ward market outskirts township camp".split()
)


def _a_part_of_the_town(readings: Sequence[ItemPlaces], scene: str) -> bool:
    """Whether the item writes the scene's name as a part of the town it speaks of ("the city's
    Samaru district", "its Hodan neighbourhood"): no scene elsewhere, the source's own."""
    words = tokenize(scene).folded
    if not words:
        return False
    for places in readings:
        tokens = places.tokens
        if tokens is None:
            continue
        folded = tokens.folded
        for k in range(1, len(tokens) - len(words) + 1):
            if folded[k : k + len(words)] != words:
                continue  # the whole name: "San Luis" is not "San Vicente del Caguán"
            town_s = k >= 3 and folded[k - 1] == "s" and tokens[k - 1].gap in ("'", "’") and folded[k - 2] in _TOWN_NOUNS
            its = folded[k - 1] == "its" and any(folded[m] in _TOWN_PARTS for m in range(k + 1, min(len(tokens), k + 3)))
            if town_s or its or _after_a_quarter_noun(folded, k):
                return True
    return False


# The nouns of a town's villages and rural settlements, which its municipality or district holds:
# "en el caserío de Pucayacu", "en el ejido Laguna del Mante", "na aldeia de Naulala", "au village
# de Kerou", "the village of Turmus Ayya".
_VILLAGE_NOUNS = frozenset(
    "caserio caserios ejido ejidos vereda veredas aldea aldeas comunidad corregimiento poblado rancheria recinto "
    "aldeia aldeias povoado povoados localidade lugarejo comunidade "
    "village villages hameau localite hamlet".split()
)
# The definite article before such a noun (a contraction with a preposition too): "el caserío de
# Pucayacu" names the village; "una vereda de El Tambo" one of the town El Tambo's.
_VILLAGE_ARTICLES = frozenset("el la los las del al o a os as no na nos nas do da dos das le l du au the".split())
# A dateline's town holds its villages this far from it, in its own first-level division: a rural
# municipality or district of the Andes, the Sahel or the Amazon reaches as far. Not further: at
# 60-70 km stand other districts' towns ("MAIDUGURI ... the village of Bama"), which the DRC and
# Burkina press also call "la localité de".
VILLAGE_KM = 50.0


def _same_division(place: GeoPlace, watched: GeoPlace) -> bool:
    """Whether a place lies in the watched place's country and first-level division (GeoNames'
    admin1; the country alone when the gazetteer gives either no division, or "00"): a town's villages
    are its own district's, never across a border ("GOMA ... la localité de Kisoro", Uganda)."""
    if place.country != watched.country:
        return False
    known = (place.admin1, watched.admin1)
    return any(code in (None, "", "00") for code in known) or place.admin1 == watched.admin1  # "00": GeoNames' none


def _a_village_of_the_town(readings: Sequence[ItemPlaces], scene: str, watched: GeoPlace) -> bool:
    """Whether the item names the scene as a village ("el caserío de Pucayacu", "en el ejido
    Laguna del Mante": a definite article, a noun of a rural settlement, perhaps "de") within
    VILLAGE_KM of the watched town and in its country and division (`_same_division`): under the
    town's dateline, a village of its own municipality, where its correspondent is, no scene
    elsewhere. A capital's dateline covers the country: its caller leaves capitals out."""
    for places in readings:
        tokens = places.tokens
        if tokens is None:
            continue
        folded = tokens.folded
        for mention in places.mentions:
            place = mention.chosen
            if mention.text != scene or place is None or math.isnan(place.lat):
                continue
            k = mention.start_token - 1
            if k >= 0 and folded[k] in ("de", "do", "da", "of", "du", "d"):
                k -= 1
            if k >= 0 and folded[k] == "poblado" and k >= 2 and folded[k - 1] == "centro":
                k -= 1  # "el centro poblado de San Alejandro", Peru's word for a village
            elif k < 1 or folded[k] not in _VILLAGE_NOUNS:
                continue
            if folded[k - 1] not in _VILLAGE_ARTICLES:
                continue
            if _same_division(place, watched) and distance_km(place.lat, place.lon, watched.lat, watched.lon) <= VILLAGE_KM:
                return True
    return False


def _after_a_quarter_noun(folded: Sequence[str], k: int) -> bool:
    """Whether the word at `k` opens a name written right after a noun of a town's quarter
    (`QUARTER_NOUNS`: "no bairro Sumaré"): a quarter is part of a town, so under a dateline it
    is the dateline's town, not a place elsewhere. Not after "de": "una vereda de El Tambo"
    names the town that owns it."""
    return k >= 1 and folded[k - 1] in QUARTER_NOUNS


# How a first-level division is written as one: its noun before ("the province of Idlib", "el
# estado Bolívar", "la région de Mopti", "la capital de Tamaulipas") or after ("Borno State"), or
# in apposition to a town ("Saravena, en Arauca", "Victoria, Tamaulipas").
_OWN_DIVISION_NOUNS = frozenset(
    "state states estado etat province provincia provincial region regiao governorate gouvernorat wilaya "
    "department departement departamento prefecture "
    # its adjective: "the Benishangul-Gumuz regional capital", "la capitale régionale"
    "regional regionale "
    # its capital: "Victoria, la capital de Tamaulipas", "the capital of Borno State"
    "capital capitale".split()
)
_OWN_DIVISION_LINKS = frozenset("of de del do da du d the el la le l o".split())
_APPOSITION_LOCATIVES = frozenset("in en dans au no na em".split())


def _division_words(watched: GeoPlace) -> frozenset[str]:
    """The folded words of the name of the watched place's first-level division (GeoNames':
    "borno", "arauca", "tamaulipas"), or none when the gazetteer gives it none."""
    if not watched.admin1 or not watched.country:
        return frozenset()
    return admin1_words(watched.country, watched.admin1)


def _is_own_division(tokens: Tokens, start: int, end: int, watched: GeoPlace) -> bool:
    """Whether the words `start`..`end` (exclusive) are the name of the watched place's own
    first-level division: the words of a name the table gives it, or a spelling `admin1_named` reads as that
    division ("Benishangul-Gumuz" for GeoNames' "Bīnshangul Gumuz", "Hodh Ech Chargui" for "Hodh
    Ech Chargi"), the one division of the watched place's country so named. A province of that
    name in another country is no matter: the name is read within the watched country only."""
    if not watched.admin1 or start >= end or not watched.country:
        return False
    words = tuple(tokens.folded[start:end])
    if set(words) in admin1_spellings(watched.country, watched.admin1):
        return True  # one of the names the table gives it: "Hauts-Bassins" beside "High-Basins"
    # a spelling of one word is read exactly: near a division's name it is as often its seat's,
    # a town elsewhere ("raid in Misrata" of Zliten, in GeoNames' Misratah)
    return len(words) > 1 and admin1_named(watched.country, [words]) == watched.admin1


@cache
def _admin1_name(country: str, admin1: str) -> tuple[str, ...]:
    """The folded words of GeoNames' name of a country's first-level division ("tigray"; "valle",
    "del", "cauca"), or () when it names none: looked up once per division, not per word read."""
    return next((tuple(known.split()) for known, code in admin1_names(country) if code == admin1), ())


def _in_own_division_name(places: ItemPlaces, start: int, watched: GeoPlace, readings: Sequence[ItemPlaces]) -> bool:
    """Whether the word at `start` is no scene apart from the watched place, being in the name of
    its own first-level division as GeoNames names it: a word inside that longer name ("Tuluá,
    en el Valle del Cauca": not Cauca, the next department), or the whole name as a town's, "a
    town of it", when that town can only be the watched one (`_the_watched_is_that_town`):
    "Residents of Debre Tabor ... heavy gunfire in Amhara town". The division alone is still a
    scene apart: "conflito armado em Roraima ... feridos levados ao hospital de Boa Vista"
    happens elsewhere in the state. A division a town of its country is named after ("Arauca",
    "Kano") is left to how it is written (`_names_own_division`)."""
    tokens = places.tokens
    if tokens is None or not watched.admin1 or not watched.country:
        return False
    name = _admin1_name(watched.country, watched.admin1)
    size = len(name)
    folded = tokens.folded
    for j in range(max(0, start - size + 1), start + 1) if name else ():
        if tuple(folded[j : j + size]) != name:
            continue
        town = places.at(start)
        if start != j or (town is not None and (town.start_token, town.end_token) != (j, j + size)):
            return True  # a word of the longer name: "Cauca" of "Valle del Cauca", or its "Valle"
        chosen = town.chosen if town is not None else None
        if chosen is not None and chosen.kind == "city" and chosen.country == watched.country:
            return False  # "Arauca", "Kano": the town as much as its division
        return _a_town_of(tokens, j, j + size) and _the_watched_is_that_town(readings, watched)
    return False


def _a_town_of(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the division named at `start`..`end` is written as where some unnamed town lies: a
    town noun right after it ("Amhara town", "a Tigray town"), or right before it with a link ("a
    town in Amhara", "une ville de l'Amhara", "una ciudad del Cauca"). Not when the town's name
    follows ("Tigray town of Abiy Addi", "a Tigray town, Shire"): that town is named, whether or
    not the gazetteer knows it."""
    folded = tokens.folded
    if end < len(folded) and folded[end] in _CITY_NOUNS:
        return not _town_named_after(tokens, end)
    k = start - 1
    while k >= 0 and start - k <= 3 and folded[k] in _OWN_DIVISION_LINKS | _APPOSITION_LOCATIVES:
        k -= 1
    return k >= 0 and k < start - 1 and folded[k] in _CITY_NOUNS and not _town_named_after(tokens, end - 1)


def _town_named_after(tokens: Tokens, noun: int) -> bool:
    """Whether a capitalised name follows the word at `noun`, right after it, after a comma or
    after a link ("town of Shire", "town, Shire", "ciudad de Mekele"), in the same sentence."""
    k = noun + 1
    if k < len(tokens) and tokens.folded[k] in _OWN_DIVISION_LINKS and tokens[k].gap == " ":
        k += 1  # "town of Shire"; "town, Shire" needs no skip: the comma is the gap
    return k < len(tokens) and tokens[k].capitalized and not tokens[k].sentence_start


def _the_watched_is_that_town(readings: Sequence[ItemPlaces], watched: GeoPlace) -> bool:
    """Whether "a town of" the watched place's division can be read as the watched town: the item
    names it, and not only as where the wounded or a journey went ("taken to hospital in Adigrat":
    the town of the attack is another), and names no other town of that division ("the market of
    Axum, in central Tigray"): that one is the town."""
    seen = False
    for places in readings:
        tokens = places.tokens
        for mention in places.mentions:
            place = mention.chosen
            if place is None or place.kind != "city":
                continue
            if _in_or_near(mention, watched):
                if tokens is not None and not (
                    _destination(tokens, mention.start_token)
                    or _hospital_of_the_wounded(tokens, mention.start_token, mention.end_token - 1) is not None
                ):
                    seen = True
            elif place.country == watched.country and place.admin1 == watched.admin1:
                return False
    return seen


def _own_division_words(tokens: Tokens, start: int, end: int, watched: GeoPlace) -> bool:
    """Whether the words `start`..`end` (exclusive) are the name of the watched place's own
    first-level division, however written: for a dateline's town, "FORTUL, Arauca — ... la
    gobernación de Arauca" and "ANAPU (PA) - ... a Polícia Civil do Pará" name the town's own
    department and state, no scene elsewhere, though a city of the name lies far off."""
    if not _is_own_division(tokens, start, end, watched):
        return False
    # "la ciudad de Arauca", "the city of Arauca": the division's capital, named as a town
    k = start - 1
    while k >= 0 and start - k <= 2 and tokens.folded[k] in _OWN_DIVISION_LINKS:
        k -= 1
    if k >= 0 and tokens.folded[k] in _CITY_NOUNS:
        return False
    # "Arauca capital", "Arauca city": the capital, named after its division
    return not (end < len(tokens) and tokens.folded[end] in _CITY_NOUNS | {"capital"})


# A town's nouns in the five languages' Latin scripts, written before its name ("la ciudad de
# Arauca", "the city of Kosti") or after it ("Arauca city"). Not the older `_TOWN_NOUNS` (with
# "capital" and "village", after a name and "'s").
_CITY_NOUNS = frozenset("ciudad cidade city ville town pueblo vila localidad localidade".split())


def _names_own_division(tokens: Tokens, start: int, end: int, watched: GeoPlace) -> bool:
    """Whether the words `start`..`end` (exclusive) name the watched place's own first-level
    division, written as a division (`_OWN_DIVISION_NOUNS`, a point of the compass of it, or after
    a comma): "in the Borno State capital" and "Saravena, en Arauca" name the state the watched town is in, no scene
    elsewhere, though a town of the state's name lies far off."""
    if not _is_own_division(tokens, start, end, watched):
        return False
    folded = tokens.folded
    if end < len(tokens) and folded[end] in _OWN_DIVISION_NOUNS:
        return True
    k = start - 1
    while k >= 0 and start - k <= 3 and folded[k] in _OWN_DIVISION_LINKS:
        k -= 1
    if k >= 0 and folded[k] in _OWN_DIVISION_NOUNS:
        return True
    if k >= 0 and folded[k] in COMPASS:
        # a part of it by its point of the compass is the division too, where the watched town is
        # the scene beside it: "the army base of Gwoza in northern Borno"; not where the town is
        # only where the wounded went, people fled or came from ("en el norte del Cauca" with
        # "trasladados al hospital de Toribío" in the summary): that part is a scene elsewhere
        return _town_is_scene_beside(tokens, watched)
    k = start - 1 if start >= 1 and folded[start - 1] in _APPOSITION_LOCATIVES else start
    return k >= 1 and "," in tokens[k].gap


# Words right before a town's name that make it where people went, fled or came from, not the
# scene: "taken to Gwoza", "évacués vers Ménaka", "trasladados a Toribío", "soldiers from Gwoza".
_ASIDE_OF_TOWN = frozenset("to towards toward into vers a al hacia para pra from desde depuis".split())
# Nouns before "de" that make the town the home of a hospital or of people, not the scene: "al
# hospital de Toribío", "oriundos de Toribío", "la comunidad de Toribío" (but "la estación de
# policía de Toribío" is the scene).
_ASIDE_NOUNS_OF = frozenset(
    "hospital hopital hospitais hospitales clinica clinique clinic oriundo oriundos oriunda oriundas originaire "
    "originaires natural naturales naturais nativos natifs natives comunidad comunidade communaute habitants "
    "residentes moradores vecinos pobladores".split()
)
_OF_TOWN = frozenset("de du des d do da dos das del of".split())


def _town_is_scene_beside(tokens: Tokens, watched: GeoPlace) -> bool:
    """Whether these words (one field: the headline or the summary) name the watched town as a
    scene: its name, not right after a word of going, fleeing or coming from (`_ASIDE_OF_TOWN`),
    nor a hospital's or people's "de" (`_ASIDE_NOUNS_OF`), nor as a home ("Gwoza residents",
    "Gwoza's emir": `_only_a_home`). Cheap: most fields name a compass point of a division
    without the town."""
    name = tuple(tokenize(watched.name).folded)
    size = len(name)
    folded = tokens.folded
    for m in range(len(folded) - size + 1) if size else ():
        if tuple(folded[m : m + size]) != name:
            continue
        if m > 0 and folded[m - 1] in _ASIDE_OF_TOWN:
            continue
        if m > 1 and folded[m - 1] in _OF_TOWN and folded[m - 2] in _ASIDE_NOUNS_OF:
            continue
        possessive = m + size < len(folded) and folded[m + size] == "s" and tokens[m + size].gap == "'"
        if possessive or _only_a_home(tokens, m, m + size - 1):
            continue
        return True
    return False


_COMPASS_LINKS = frozenset("of the de do da del du".split())  # "Kivu do Norte", "au Nord du Kivu"


def _own_division_by_compass(tokens: Tokens, start: int, watched: GeoPlace) -> bool:
    """Whether the capitalised words from `start` name the watched place's own first-level
    division, one of whose words is a point of the compass, in any language and order: "au
    Nord-Kivu", "in North Kivu", "no Kivu do Norte" of a town of Nord-Kivu. Such a name is a
    province, never a town: where a town of it is found, the item happens in its own province,
    not elsewhere. A division of one word ("Borno") is read by `_names_own_division`."""
    own = {COMPASS.get(w, w) for w in _division_words(watched)}
    if len(own) < 2 or not own & set(COMPASS.values()):
        return False
    seen: set[str] = set()
    for k in range(start, min(len(tokens), start + 5)):
        word = tokens.folded[k]
        if k > start and word in _COMPASS_LINKS and not tokens[k].capitalized:
            continue
        if not tokens[k].capitalized or (k > start and _broken(tokens, k - 1, k)):
            return False
        seen.add(COMPASS.get(word, word))
        if not seen <= own:
            return False
        if seen == own:
            return True
    return False


def _tied_by_own_division(readings: Sequence[ItemPlaces], watched: GeoPlace) -> bool:
    """Whether the item names the watched place's first-level division as a division anywhere
    (`_names_own_division`): "Victoria, Tamaulipas", "la capital del estado Bolívar, la antigua
    Angostura" tie a name a better-known place abroad bears to the watched town."""
    names = admin1_spellings(watched.country, watched.admin1) if watched.country and watched.admin1 else ()
    for places in readings if names else ():
        tokens = places.tokens
        if tokens is None:
            continue
        for k, word in enumerate(tokens.folded):
            if any(word in own and _names_own_division(tokens, k, k + len(own), watched) for own in names):
                return True
    return False


def _named_scene(
    readings: Sequence[ItemPlaces],
    own: Sequence[str],
    watched: GeoPlace | None = None,
    division_of: GeoPlace | None = None,
    road_of: tuple[GeoPlace, frozenset[str]] | None = None,
) -> str | None:
    """A capitalised name after a preposition of place in the item that is none of the watched
    name's words (`own`), or None. With `watched`, a name the item's reading places in or near
    it (its country, a town beside it) is none either; with `watched` or `division_of`, nor the
    name of the watched place's own first-level division ("in the Borno State capital"); with
    `road_of`, the town a road ends at and the codes of its divisions (`Matcher._own_divisions`),
    nor its own province however named (`_in_own_province`)."""
    own_division = watched or division_of
    for places in readings:
        tokens = places.tokens
        if tokens is None:
            continue
        folded = tokens.folded
        for k, word in enumerate(folded):
            if word not in _SCENE_PREPOSITIONS:
                scene = _arabic_named_scene(tokens, k, own)
                if scene is not None:
                    return scene
                continue
            m = k + 1
            while m < len(tokens) and m - k <= 4 and folded[m] in _SCENE_FILLERS and not tokens[m].capitalized:
                m += 1
            if m >= len(tokens) or _broken(tokens, k, m) or not tokens[m].capitalized or tokens[m].sentence_start:
                continue
            if own_division is not None and _own_division_by_compass(tokens, m, own_division):
                continue  # "au Nord-Kivu", "no Kivu do Norte" of a town of North Kivu: its own province
            if road_of is not None and _in_own_province(folded, m, *road_of):
                continue  # "the road to El Fula in West Kordofan": the road's end's own province
            mention = places.at(m)
            chosen = mention.chosen if mention is not None else None
            if watched is not None and mention is not None and chosen is not None and chosen.kind in ("country", "region"):
                if chosen.country and chosen.country != watched.country:
                    return mention.text  # "in Turkey", "en el desierto de Arizona", however common the word
                if chosen.kind == "country":
                    continue
            if folded[m] in _DIRECTIONS and m + 1 < len(tokens) and tokens[m + 1].capitalized and tokens[m].capitalized:
                m += 1  # "in North Waziristan", "in South Kordofan": a direction that begins a region's name
            region = division_at(folded, m) if watched is not None and folded[m] not in own else None
            if region is not None and watched is not None and region[0] != watched.country:
                # "en el desierto de Arizona": another country's state, however common its word
                return " ".join(tokens.words[m : m + region[1]])
            if folded[m] in own or folded[m] in PLACE_WORDS or is_common_word(folded[m]):
                continue
            if own_division is not None and _in_own_division_name(places, m, own_division, readings):
                continue  # "in Amhara town" of a town of Amhara: its own region
            placed_there = places.at(m)
            if target_of(folded[m]) is not None and (placed_there is None or placed_there.chosen is None):
                continue  # "en la Penitenciaría del Litoral": a site's noun, capitalised in its name, no town
            if tokens.words[m].isupper() and len(tokens.words[m]) > 1 and (placed_there is None or placed_there.chosen is None):
                continue  # an acronym no reading places: a group or a body ("rebelles ADF", "del ELN")
            if watched is not None and (_in_or_near(places.at(m), watched) or _only_a_source(tokens, m, m) is not None):
                continue
            if own_division is not None and any(
                _names_own_division(tokens, m, m + len(name), own_division)
                for name in admin1_spellings(own_division.country or "", own_division.admin1 or "")
            ):
                continue  # "in the Borno State capital": the watched town's own state
            return tokens.words[m]
    for places in readings:
        site = _site_named(places, own, watched)
        if site is not None:
            return site
    return None


# How `_journey_end` says a town is only a road's or a route's end.
_ROAD_ENDS = ("an end of a road", "an end of a route")


def _in_own_province(folded: Sequence[str], start: int, watched: GeoPlace, codes: frozenset[str]) -> bool:
    """Whether the words at `start` name the division the watched town lies in: its first-level
    division or one GeoNames split from it or merged into it where the town lies in that one's
    part (`codes`, `Matcher._own_divisions`), by a name the
    table gives it or a spelling `admin1_named` reads as it ("Benishangul-Gumuz" for "Binshangul
    Gumuz", "West Kordofan" of Al Fula, filed under Southern Kordofan), or a second-level
    division ISO 3166-2 puts in it ("la province du Kénédougou" of Orodara, in Hauts-Bassins).
    A road whose end is the watched town, in that town's own province, is the town's news: the
    README's "Kandahar-Herat highway with its scene in Helmand" is a scene in another."""
    country = watched.country or ""
    if not country or not codes:
        return False
    provinces = _second_level_in(country, codes)
    for size in (4, 3, 2, 1):
        words = tuple(folded[start : start + size])
        if len(words) < size:
            continue
        if words in provinces or any(set(words) in admin1_spellings(country, code) for code in codes):
            return True
        if size > 1 and admin1_named(country, [words]) in codes:
            return True
    return False


@cache
def _second_level_in(country: str, codes: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """The folded names of `country`'s second-level divisions (ISO 3166-2) that lie in one of
    these first-level divisions: looked up once per watched town's division."""
    return frozenset(name for name, parent in second_level_of(country) if admin1_named(country, [parent]) in codes)


# A site a deed strikes, named by its town and the site's noun with no preposition: "a drone hits
# Hodeidah airport", "shelling struck Kassala market". The town is the scene, known to the
# gazetteer or not.
_STRUCK_SITES = frozenset("airport airbase port harbour harbor market prison camp".split())
# Words before a town's name that make it no object of a deed: a list, a journey's ends.
_NOT_STRIKING = frozenset("and or et ou e y o from to for via towards toward between of the a an".split())


def _site_named(places: ItemPlaces, own: Sequence[str], watched: GeoPlace | None) -> str | None:
    """A capitalised name, none of the watched name's words, right before a site's noun in lower
    case ("Hodeidah airport"), not opening the sentence, in none of the watched place's reach."""
    tokens = places.tokens
    if tokens is None:
        return None
    folded = tokens.folded
    for m in range(1, len(tokens) - 1):
        if folded[m + 1] not in _STRUCK_SITES or tokens[m + 1].gap != " " or not tokens.words[m + 1].islower():
            continue
        if not tokens[m].capitalized or tokens[m].sentence_start or folded[m] in own or is_common_word(folded[m]):
            continue
        if folded[m - 1] in own or (watched is not None and _in_or_near(places.at(m), watched)):
            continue
        if not tokens.words[m - 1].islower() or folded[m - 1] in _NOT_STRIKING or _broken(tokens, m - 1, m):
            continue  # struck by a verb: "hits Hodeidah airport", not "Bamako and Senou airport staff"
        if m + 2 < len(tokens) and tokens[m + 2].gap == " " and stem(folded[m + 2], "en") in _REACTING_PEOPLE:
            continue  # the site's people: "Senou airport staff"
        if _only_a_source(tokens, m, m) is not None or _destination(tokens, m):
            continue
        return tokens.words[m]
    return None


# Words of place that the gazetteer also knows as a town ("المدينة", Medina; "العاصمة"): the
# city or the capital already named, never a scene elsewhere.
# A city's quarters and streets: "حي الرميلة", "بحي الشهيد", "شارع الجمهورية".
_AR_QUARTERS = frozenset(fold(word) for word in "حي حارة شارع ساحة ميدان ضاحية".split())
_AR_QUARTER_NOUNS = frozenset(fold(word) for word in "حي حارة".split())  # a quarter named after a town
_AR_NOT_SCENES = frozenset(fold(word) for word in "المدينة مدينة العاصمة عاصمة البلدة القرية المنطقة الولاية".split())


def _arabic_word_of_place(tokens: Tokens, mention: Mention) -> bool:
    """Whether a one-word mention is an Arabic word of place the gazetteer also knows as a town
    ("المدينة", Medina: the city the item named already; "بالمدينة", "في العاصمة")."""
    if mention.end_token - mention.start_token != 1:
        return False
    word = tokens.folded[mention.start_token]
    return is_arabic(word) and (word in _AR_NOT_SCENES or any(r in _AR_NOT_SCENES for r in readings(word, 2)))


# Arabic has no capitals: a scene is named by the noun of a division or a settlement before it
# ("في منطقة البحيرة", "بولاية الجزيرة", "قرب بلدة طويلة"), with a preposition written onto it or not.
_AR_SCENE_NOUNS = frozenset(fold(word) for word in "منطقة ولاية محافظة إقليم بلدة قرية مخيم مدينة".split())


def _arabic_named_scene(tokens: Tokens, k: int, own: Sequence[str]) -> str | None:
    """The word after an Arabic noun of a division or settlement at word `k`, when it is none of
    the watched name's words (`own`): a scene the gazetteer may not know, or None."""
    word = tokens.folded[k]
    if word.isascii() or k + 1 >= len(tokens) or _broken(tokens, k, k + 1):
        return None
    if word not in _AR_SCENE_NOUNS and not any(reading in _AR_SCENE_NOUNS for reading in readings(word, 2)):
        return None
    name = tokens.folded[k + 1]
    if not is_arabic(name) or name in own or any(reading in own for reading in readings(name, 2)):
        return None
    return tokens.words[k + 1]


def _in_or_near(mention: Mention | None, watched: GeoPlace) -> bool:
    """Whether a mention's reading is the watched place's country or a place within NEAR_KM of it."""
    place = None if mention is None else mention.chosen
    if place is None:
        return False
    if place.kind == "country":
        return place.country == watched.country
    return not math.isnan(place.lat) and distance_km(place.lat, place.lon, watched.lat, watched.lon) <= NEAR_KM


# Grammar that makes a place only where the news comes from, or where travel began, not the
# scene: "officials in Erbil said", "Erbil officials say", "according to sources in Erbil", "a
# Kabul court sentenced", "told reporters in Kabul", "speaking in Kabul", "selon des sources à
# Kaboul", "a déclaré à Kaboul", "depuis Kaboul, le porte-parole a indiqué", "flights from
# Bamako", "en provenance de Bamako". Words, not places: nouns that report (officials, sources,
# porte-parole), verbs of saying by their English or French stem, and the prepositions between.
# "Gunmen kill two officials in Kabul" stays a scene: the noun must be the one that speaks.
def _stems(words: str, language: str) -> frozenset[str]:
    return frozenset(stem(word, language) for word in words.split())


_REPORTERS = frozenset(
    "official officials source sources spokesman spokeswoman spokesperson spokespeople spokesmen authorities "
    "diplomat diplomats ministry government court judge prosecutor prosecutors tribunal embassy correspondent "
    "police headquarters military army "
    "responsable responsables autorites parole diplomate diplomates ministere gouvernement cour juge "
    "procureur parquet ambassade correspondant "
    "fontes fonte fuentes fuente autoridades funcionarios oficiais oficiales responsaveis portavoz governo gobierno "
    "ministerio juiz juez procurador fiscal fiscalia embaixada embajada correspondente corresponsal imprensa prensa "
    "declaracoes declaraciones entrevista comunicado "
    # who saw it and tells of it elsewhere: "témoins réfugiés à Ouanaminthe racontent l'attaque de ..."
    "witness witnesses temoin temoins testemunha testemunhas testigo testigos "
    # the press and the agencies that report from a town: "a community radio in Mellit reported",
    # "the regional broadcaster in Asosa said", "une radio locale à Djibo a rapporté", "an aid
    # agency in Asosa said", "a emissora em Pemba noticiou"
    "radio broadcaster broadcasters television tv newspaper newspapers agency agencies station "
    "chaine journal quotidien agence agences radiodiffusion "
    "emissora emisora televisao jornal periodico diario agencia agencias "
    # a town's leaders, who speak for it as its officials do: "Kotido leaders condemned the
    # killing of herders in Turkana" (a scene elsewhere is still required). Not its residents or
    # refugees: "Wad Madani residents recount looting as they flee" tell of their own town
    "leader leaders elder elders notable notables lideres".split()
) | frozenset(
    fold(word)
    for word in "مسؤولون مسؤولين مسؤول مصادر مصدر متحدث المتحدث السلطات الحكومة وزارة مراسل "
    "اذاعة اذاعات تلفزيون صحيفة وكالة".split()
)
# People who speak for an office, after "In Kabul,": "the minister said".
_SPEAKERS = frozenset(
    "minister ministre ministro president presidente governor gouverneur governador gobernador mayor maire prefeito "
    "alcalde police policia army armee exercito ejercito".split()
)
# Said by a noun that reports (after it: "officials in Erbil said", "a Kabul court sentenced").
_REPORTING_EN = _stems(
    "say says said told tells announced reported confirmed claimed added stated declared sentenced convicted jailed "
    "ruled ordered acquitted quoted warned denied insisted believe believes estimated "
    # verbs of statement that judge: "officials in Kabul condemned the attack"
    "condemned denounced criticised criticized deplored hailed welcomed "
    # verbs of telling what happened: "witnesses in Kabul recounted"
    "recount recounts recounted describe describes described "
    # verbs of speaking: "the mayor of Monteria spoke on the strike in Sucre"
    "speak speaks spoke",
    "en",
)
_REPORTING_FR = _stems(
    "dit dire declare affirme indique annonce precise confie explique assure souligne ajoute rapporte confirme "
    "condamne juge acquitte ordonne estime denonce critique deplore fustige salue raconte racontent temoigne "
    "temoignent decrit decrivent parle parlent",
    "fr",
)
# Said before a preposition and a place with no noun that reports: "said in Kabul", "told
# reporters in Kabul", "a déclaré à Kaboul". Only verbs that cannot make the place a scene:
# not "reported", "confirmed", "declared" ("gunfire reported in Kabul", "état d'urgence déclaré à Kaboul").
_REPORTING_PT = _stems(
    "diz dizem disse disseram afirmou afirmaram declarou declararam anunciou informou informaram confirmou relatou "
    "indicou noticiou divulgou publicou denunciou condenou criticou fala falou",
    "pt",
)
_REPORTING_ES = _stems(
    "dice dicen dijo dijeron afirmo declaro anuncio informo informaron confirmo senalo indico aseguro reporto relato publico "
    "denuncio condeno critico habla hablo",
    "es",
)
# Arabic verbs of saying, as written (folded): "قال مسؤولون في الخرطوم".
_SAYING_AR = frozenset(
    fold(word) for word in "قال قالت قالوا يقول تقول أعلن أعلنت أفاد أفادت ذكر ذكرت أكد أكدت أضاف أضافت صرح".split()
)
_SAYING_EN = frozenset("say says said tell tells told telling speaking spoke speaks".split())
_SAYING_ROMANCE = frozenset(
    "disse afirmou declarou falou falando dijo afirmo declaro hablo hablando diz dizem anuncia anunciou dice dicen "
    "anuncio".split()
)
_SAYING_FR = _stems(
    "declare affirme indique annonce precise confie explique assure souligne ajoute dit "
    # verbs of statement that judge: "Depuis Kiev, le ministre a dénoncé une attaque contre Kharkiv"
    "denonce condamne critique deplore fustige",
    "fr",
)
_FR_AUXILIARIES = frozenset("a ont avait avaient aurait auraient".split())
# "joint à Kaboul", "des sources jointes à Rutshuru": every gender and number of the participle
_REACHED_FR = frozenset(
    "joint jointe joints jointes contacte contactee contactes contactees interviewe interviewee interviewes "
    # "a-t-on appris à Maradi", "a appris à Bamako de source sécuritaire": where the news was learnt
    "appris".split()
)
# The head of a body that reports, after its noun: "police chief", "army commander", "police spokesman".
_HEADS = frozenset("chief chiefs commander commanders head spokesman spokeswoman spokesperson".split())
_ACCORDING = frozenset("according selon citing quoting quoted cited d apres segundo segun".split())
# Not "at": "officials at Kabul airport" are there.
_REPORT_PREPOSITIONS = frozenset("in from of a de d depuis em en no na nos nas desde".split()) | {fold("في"), fold("من")}
# Between a noun that reports and the place, or the place and the noun: "senior security officials in".
_REPORT_FILLERS = frozenset(
    "the a an des les la le l un une two several senior local provincial security military police government "
    "health hospital airport district state city regional national intelligence foreign interior defence defense "
    "court judicial top sources official officials securitaire securitaires militaire militaires locale locales "
    "local locaux proche proches policiere policieres gouvernementale gouvernementales judiciaire bien informee "
    "informees s as os las los o el locais locales oficiais oficiales militares policiais seguranca seguridad "
    # a town's office through its division: "o administrador do distrito de Meluco"
    "distrito do del".split()
) | frozenset(fold(word) for word in "المتحدث باسم".split())  # "المتحدث باسم الحكومة": the spokesman of the government
# Between a verb of saying and the place: "told reporters in", "said in a statement in", "a déclaré à l'AFP à".
_LISTENERS = frozenset(
    "reporters journalists the a an to press news conference briefing statement in at on by telephone phone afp "
    "reuters ap bbc la le l les aux au presse journalistes une un conference de par telephone communique "
    "jornalistas periodistas imprensa prensa uma una coletiva rueda lusa efe xinhua ansa dpa agencia agence "
    # the medium it was said on or from: "told The Associated Press by phone from", "said in a
    # statement read on state TV in", "a déclaré à la télévision d'État depuis"
    "associated france from read broadcast aired televised tv television radio state national public channel "
    "interview address message video televisee etat publique nationale entretien depuis televisao "
    "estatal".split()
)
# The day a thing was said, between the verb and its listener or its speaker: "a indiqué mardi à
# l'AFP", "disse na segunda-feira à Lusa", "dijo el lunes a la AFP", "said on Monday in".
_SAID_WHEN = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today on lundi mardi mercredi jeudi "
    "vendredi samedi dimanche hier aujourd hui ce soir matin segunda terca quarta quinta sexta feira sabado "
    "domingo na no ontem hoje lunes martes miercoles jueves viernes el ayer hoy".split()
)
LISTENER_SPAN = 8  # words at most between a verb of saying and the place: "said in a statement read on state TV in"
# Between the noun that reports (or the place after it) and its verb: "officials in Erbil have said".
_BEFORE_VERB = frozenset(
    "have has had also later earlier separately on monday tuesday wednesday thursday friday saturday sunday "
    "yesterday today a ont avait avaient aurait auraient aussi egalement hier lundi mardi mercredi jeudi vendredi "
    "samedi dimanche".split()
)
# Travel that begins at the place: "flights from Bamako", "vols en provenance de Bamako". Not
# people from it ("workers from Bamako attacked near Kayes" concerns those watching Bamako).
# Words for travel and for what runs between two places: a route's ends are not its scene.
_TRAVELLERS = (
    _stems(
        "flight flights plane planes aircraft airliner bus buses train convoy journey trip shuttle ferry pipeline route", "en"
    )
    | _stems("vol vols avion avions autocar train convoi navette liaison ligne oleoduc gazoduc", "fr")
    | _stems("voo voos aviao onibus comboio ligacao oleoduto gasoduto", "pt")
    | _stems("vuelo vuelos avion autobus tren convoy oleoducto gasoducto", "es")
)
_TRAVEL_LANGUAGES = ("en", "fr", "pt", "es")
_BETWEEN = frozenset("between entre".split())
_AND = frozenset("and et e y".split())
_FROM = frozenset("from depuis".split())
_ORIGIN_FR = frozenset({("en", "provenance", "de"), ("en", "provenance", "d"), ("au", "depart", "de"), ("au", "depart", "d")})
# Portuguese and Spanish: "um voo proveniente de Luanda", "el vuelo procedente de Managua", "o
# comboio vindo de Nampula"; "voo de Luanda", "vuelo desde Managua" (a word of travel right before).
_ORIGIN_IB = frozenset(
    (word, of)
    for word in ("proveniente", "provenientes", "procedente", "procedentes", "vindo", "vinda", "vindos")
    for of in ("de", "do", "da", "del", "desde")
)
_OF_IB = frozenset("de do da del desde".split())
# A verb of departing, or of arriving from, before the place: whoever it moves, travel began there
# ("o voo partiu de Salvador", "las tropas habían salido de Tumaco", "tropas llegadas de Tumaco").
_DEPARTED_IB = frozenset(
    (word, of)
    for word in (
        "partiu partiram partira partio partieron saiu sairam saido saidos salio salieron salido salidos llegadas "
        "llegados llegado chegados chegadas chegado descolou despego despegaron "
        # Brazil's "decolou de" (took off from)
        "decolou decolaram decolado decolada"
    ).split()
    for of in ("de", "do", "da", "del", "desde")
)
# Where people flee or are taken out of, the trouble is: "evacuation flights from Kabul".
_FLIGHT_FROM_TROUBLE = _stems("evacuate evacuated evacuation evacuees flee fled fleeing escape escaped rescue", "en") | _stems(
    "evacuation evacue evacues fuir fui fuyant rapatrie rapatriement", "fr"
)
_DESTINATIONS = frozenset("to for towards vers pour para hacia rumo".split())
_FLIGHT_NOUNS = frozenset("flight flights".split())
_BACK = frozenset("back".split())
# People who flee to a place, or are taken there, are not at the scene: "civilians fleeing to
# Pemba after the attack on Macomia", "deslocados fogem para Pemba", "huyen hacia Cúcuta".
_FLEEING = (
    _FLIGHT_FROM_TROUBLE
    | _stems("fugir fogem fugiram fugindo deslocados refugiaram", "pt")
    | _stems("huir huyen huyeron huyendo desplazados refugiaron", "es")
)


# Where people meet, talk, sign or receive others is where the news is made, as where it is said:
# "Kinshasa, Kigali sign peace deal in Washington" (of fighting in eastern Congo), "Leaders
# meeting in Sharm el-Sheikh pledged a ceasefire in Gaza", "Marcelo recebe em Belém familiares das
# vítimas do ataque em Lisboa", "the Sharm el-Sheikh summit". Verbs and nouns of meeting by stem,
# in the four Latin-script languages.
_MEETING_WORDS = (
    _stems("meet meets met meeting meetings talks summit conference sign signs signed signing host hosts hosted "
           "receive receives received", "en")
    | _stems("reunir reunion rencontre sommet conference signer signe signent accueille accueillent recoit", "fr")
    | _stems("reunir reuniao reune reuniram encontro cimeira cupula conferencia assinar assinaram assinou recebe "
             "recebeu receberam acolhe", "pt")
    | _stems("reunir reunion reune reunieron encuentro cumbre conferencia firmar firmaron firmo recibe recibio "
             "acoge", "es")
)
# Nouns of meeting written after the place: "the Sharm el-Sheikh summit", "Doha talks".
_MEETING_AFTER = frozenset("summit summits talks conference sommet cimeira cumbre".split())
# What may stand between the verb of meeting and the place: "signed a peace agreement in", "recebeu hoje no".
_MEETING_FILLERS = frozenset(
    "a an the peace deal agreement accord accords ceasefire truce pact treaty treve tregua held tenu tenue realizada "
    "realizado celebrada celebrado on monday tuesday wednesday thursday friday saturday sunday today "
    "yesterday un une la le les l accord de paix hoje ontem um uma o os acordo de paz el los un una acuerdo hoy ayer "
    "families relatives familiares familias familles leaders lideres dirigeants palacio palace palais no na em en "
    "do da del".split()
) | _LISTENERS
# A deed done to the meeting makes its place the scene: "an attack on a summit in", "stormed a meeting in".
_DEED_ON_MEETING = frozenset(
    "on against at contra sobre attack attacked attacks storm stormed raid raided target targeted targeting hit struck "
    "bombed attaque attaquee ataque atacaram ataco atacaron".split()
)
_MEETING_LANGUAGES = ("en", "fr", "pt", "es")


def _meeting(word: str) -> bool:
    return any(stem(word, language) in _MEETING_WORDS for language in _MEETING_LANGUAGES)


def _deed_before(folded: Sequence[str], k: int) -> bool:
    """Whether a deed is done to the meeting at word `k`: a word of `_DEED_ON_MEETING` before it,
    with only words of a meeting between ("attacked a peace meeting", "an attack on the Kabul summit")."""
    j = k - 1
    while j >= 0 and k - j <= 4:
        if folded[j] in _DEED_ON_MEETING:
            return True
        if folded[j] not in _MEETING_FILLERS:
            return False
        j -= 1
    return False


def _venue_of_talks(tokens: Tokens, first: int, last: int) -> str | None:
    """Why the name at words `first`..`last` is only where people meet, talk, sign or receive (see
    `_MEETING_WORDS`), quoting the words, or None; the caller turns it away only when the item names
    a scene elsewhere."""
    folded, n = tokens.folded, len(tokens)
    after = last + 1
    meeting_after = after < n and folded[after] in _MEETING_AFTER and tokens[after].gap == " " and tokens.words[after].islower()
    if meeting_after and not _deed_before(folded, first):
        return f"only where people meet ({' '.join(tokens.words[first : after + 1])!r})"
    before = first - 1
    building = before >= 1 and folded[before] in ("de", "of") and tokens[before - 1].capitalized  # "no Palácio de Belém"
    if before < 1 or (folded[before] not in ("in", "at", "a", "em", "no", "na", "en") and not building):
        return None
    if _broken(tokens, before, first):
        return None
    k = before - 1
    while k >= 0 and before - k <= 5 and not _broken(tokens, k, before):
        if (tokens.words[k][:1].islower() or folded[k] in _MEETING_AFTER) and _meeting(folded[k]):
            if _deed_before(folded, k):
                return None  # "an attack on a summit in Kabul", "stormed a meeting in"
            return f"only where people meet ({' '.join(tokens.words[k : last + 1])!r})"
        if folded[k] not in _MEETING_FILLERS and not tokens[k].capitalized:
            return None
        k -= 1
    return None


def _qualifying_participle(tokens: Tokens, k: int) -> bool:
    """Whether word `k` is an English or French participle in lower case after its noun, which
    says where those who speak are ("des témoins réfugiés à", "officials based in", "sources
    contactées à"): it does not make the place the scene of what they say."""
    word = tokens.words[k]
    if not word[:1].islower() or k == 0 or tokens[k].gap != " " or tokens.folded[k] in _HARMED:
        return False
    return (len(word) > 4 and word.endswith("ed")) or word.endswith(("é", "ée", "és", "ées"))


# Participles of what was done to people ("witnesses wounded in Kano said"): those they name were
# harmed there, so the place is the scene, not where the speakers only are. Folded words.
_HARMED = frozenset(
    folded_words(
        "wounded injured killed hurt shot kidnapped abducted attacked beaten burned trapped "
        "blessé blessés blessée blessées tué tués tuée tuées enlevé enlevés enlevée enlevées "
        "attaqué attaqués attaquée attaquées brûlé brûlés brûlée brûlées piégé piégés piégée piégées"
    )
)


def _of_a_qualifier(folded: Sequence[str], k: int, before: int) -> bool:
    """Whether word `k` is the "de" of a noun that qualifies the one who reports: "una fuente de
    seguridad en", "uma fonte de segurança em", "une source de sécurité à"."""
    return folded[k] == "de" and k + 1 < before and folded[k + 1] in _REPORT_FILLERS


def _reporter(folded: Sequence[str], k: int) -> bool:
    """Whether word `k` is a noun that reports ("officials", "sources", "porte-parole")."""
    if folded[k] in ("parole", "voz"):
        return k > 0 and folded[k - 1] in ("porte", "porta")
    return folded[k] in _REPORTERS


def _said(word: str, after: bool) -> bool:
    """Whether a word is a verb of saying (`after` a noun that reports: also of judging)."""
    if not word.isascii() and is_arabic(word):
        return word in _SAYING_AR
    if after:
        return (
            stem(word, "en") in _REPORTING_EN
            or stem(word, "fr") in _REPORTING_FR
            or stem(word, "pt") in _REPORTING_PT
            or stem(word, "es") in _REPORTING_ES
        )
    return word in _SAYING_EN or word in _SAYING_ROMANCE or stem(word, "fr") in _SAYING_FR


def _broken(tokens: Tokens, low: int, high: int) -> bool:
    """A sentence or clause ends between words `low` and `high` (a comma does not)."""
    if high == low + 1:  # most asks: two neighbours, one gap, no generator
        return _breaks(tokens[high].gap, loose=True)
    return any(_breaks(tokens[k].gap, loose=True) for k in range(low + 1, high + 1))


def _verb_after(tokens: Tokens, end: int) -> int | None:
    """The verb of saying a noun that reports (ending before word `end`) goes with: "officials in
    Erbil said", "have said", "a déclaré", "ont indiqué"."""
    folded = tokens.folded
    closed = _aside_after(tokens, end)
    if closed is not None:
        end = closed  # "Officials in Dutse, the Jigawa state capital, said": the verb after the aside
    for k in range(end, min(len(tokens), end + 4)):
        if (k > end or closed is None) and ("," in tokens[k].gap or _breaks(tokens[k].gap, loose=True)):
            return None  # "two officials in Kabul were killed, police said" is not theirs
        if _said(folded[k], after=True):
            return k
        if folded[k] not in _BEFORE_VERB:
            return None
    return None


# An aside between who speaks and the verb: an apposition that opens with an article ("Officials in
# Dutse, the Jigawa state capital, said") or a participle of the source ("O administrador de
# Meluco, citado pela rádio comunitária, disse").
_ASIDE_OPENINGS = frozenset("the a an la le l el o os un une um uma".split())
_ASIDE_PARTICIPLES = frozenset(
    "quoted cited reached contacted cite citee cites joint jointe joints citado citada citados contactado contactada".split()
)
ASIDE_WORDS = 6  # words of an aside, between its two commas


def _aside_after(tokens: Tokens, end: int) -> int | None:
    """The word after an aside set off by commas right after word `end` - 1, or None: an
    apposition or a participle of the source, up to ASIDE_WORDS words with no other mark in them."""
    folded, n = tokens.folded, len(tokens)
    if end >= n or tokens[end].gap.strip() != ",":
        return None
    if folded[end] not in _ASIDE_OPENINGS and folded[end] not in _ASIDE_PARTICIPLES:
        return None
    for k in range(end + 1, min(n, end + 1 + ASIDE_WORDS)):
        if tokens[k].gap.strip() == ",":
            return k
        if tokens[k].gap.strip():
            return None
    return None


def _told_before(tokens: Tokens, start: int, fillers: frozenset[str], noun: bool, span: int = 4) -> int | None:
    """A verb of saying a few words before word `start`, with only `fillers` between: "said
    officials in", "selon des sources à" (`noun`: a noun that reports follows, so "according to",
    "selon" and any verb of saying do), "told reporters in", "a déclaré à l'AFP à" (no noun: only
    verbs that cannot make the place a scene, French participles with their auxiliary).

    With a noun, French and Portuguese or Spanish put the one who speaks after the verb and its
    listener, at the end of the sentence: "a indiqué à l'AFP une source sécuritaire à", "a-t-on
    appris de source sécuritaire à" (`_LISTENERS` between them, LISTENER_SPAN words at most).
    Only a French participle after its auxiliary, "appris", "joint" or a Romance verb of saying
    then: English writes no subject after its listener ("told reporters the police in Kaya had
    been attacked" names Kaya's police as the victims)."""
    folded = tokens.folded
    k = start - 1
    listened = False
    while k >= 0 and start - k <= (LISTENER_SPAN if noun else span) and not _broken(tokens, k, start):
        word = folded[k]
        if not listened and start - k > span:
            return None
        if noun and not listened and (word in _ACCORDING or _said(word, after=True)):
            return k
        if noun and not listened and word == "to" and k > 0 and folded[k - 1] == "according":
            return k - 1
        if (word in _SAYING_EN and not listened) or word in _SAYING_ROMANCE or word in _REACHED_FR:
            return k
        if k > 0 and folded[k - 1] in _FR_AUXILIARIES and stem(word, "fr") in _SAYING_FR:
            return k
        if word not in fillers and word not in _SAID_WHEN:
            if not (noun and word in _LISTENERS):
                return None
            listened = True
        k -= 1
    return None


# Journalists: where one sits is where the news is filed from, whatever the verb ("filed by our
# correspondent in Mastung", "notre correspondant à Maradi", "nuestro corresponsal en Cúcuta").
# Only the paper's own ("our correspondent", "notre correspondant") or the one who filed ("by a
# correspondent"): "two reporters in Kabul were killed" are at the scene.
_JOURNALISTS = frozenset(
    "correspondent correspondents reporter reporters stringer correspondant correspondants correspondante "
    "correspondente correspondentes corresponsal corresponsales reportero reportera".split()
)
_JOURNALISTS_OWN = frozenset("our notre nos nuestro nuestra nuestros nosso nossa nossos by par por pelo pela".split())
_OUR_CORRESPONDENT_AR = fold("مراسلنا")
# A document and the participle that says where it was issued: "a statement issued in Wana", "un
# communiqué publié à Lubero", "un comunicado emitido en Cúcuta", "the report released in Geneva".
_DOCUMENTS = frozenset(
    "statement statements communique communiques report release declaration letter note bulletin "
    "rapport declaration lettre comunicado comunicados nota informe relatorio declaracao declaracion carta".split()
)
_ISSUED = frozenset(
    "issued released published posted signed dated sent "
    "publie publiee publies publiees diffuse diffusee rendu rendue signe signee date datee envoye envoyee "
    "emitido emitida publicado publicada divulgado divulgada firmado firmada assinado assinada datado datada".split()
)
# A verb of saying, then where the speaker is based: "the army said from its regional headquarters
# in Cúcuta", "a déclaré depuis son quartier général à Goma". Only after "from"/"depuis", so "police
# said its headquarters in Kandi was attacked" keeps Kandi a scene.
_BASES = frozenset("headquarters base office offices bureau command siege quartier general qg".split())
_BASE_FILLERS = frozenset(
    "its their the his her a an regional provincial main military army police son sa ses leur leurs le la l".split()
)


def _by_our(folded: Sequence[str], k: int) -> bool:
    """Whether the journalist at word `k` is the paper's own or the one who filed: "our", "notre",
    "by", "par" a word or two before ("by our correspondent", "par un correspondant")."""
    return any(folded[m] in _JOURNALISTS_OWN for m in range(max(0, k - 2), k))


def _issued_before(tokens: Tokens, before: int) -> int | None:
    """Where a document said to be issued at the place (the preposition at word `before`)
    begins ("statement issued in", "communiqué publié à"; a word or two may stand between the
    document and its participle: "a statement later issued in"), or where a verb of saying said
    from a base begins ("said from its headquarters in"); None otherwise."""
    folded = tokens.folded
    k = before - 1
    if k >= 1 and folded[k] in _ISSUED and not _broken(tokens, k, before):
        for m in range(k - 1, max(-1, k - 4), -1):
            if _broken(tokens, m, k):
                break
            if folded[m] in _DOCUMENTS:
                return m
    if k >= 1 and folded[k] in _BASES and not _broken(tokens, k, before):
        m = k - 1
        while m >= 0 and k - m <= 3 and folded[m] in _BASE_FILLERS:
            m -= 1
        if m >= 1 and folded[m] in ("from", "depuis", "desde") and not _broken(tokens, m - 1, before):
            verb = m - 1
            if _said(folded[verb], after=True) or _said(folded[verb], after=False):
                return verb
    return None


# Who speaks by telephone from a place speaks from it, not of it: "told Eye Radio by phone from
# Kapoeta", "joint par téléphone depuis Gao", "por teléfono desde Tumaco", "por telefone de Pemba".
_BY = frozenset("by par por via on au".split())
_PHONE_KINDS = frozenset("satellite mobile".split())
_PHONES = frozenset("phone telephone satphone telefone telefono whatsapp".split())
_FROM_PHONE = frozenset("from depuis de d desde".split())


def _by_phone_from(tokens: Tokens, first: int) -> int | None:
    """The first word of "by phone from" right before the name at `first`, or None."""
    folded = tokens.folded
    k = first - 1
    if k < 2 or folded[k] not in _FROM_PHONE:
        return None
    j = k - 1
    if folded[j] in _PHONE_KINDS:
        j -= 1  # "par téléphone satellite depuis"
    if j < 1 or folded[j] not in _PHONES:
        return None
    j -= 1
    if folded[j] in _PHONE_KINDS:
        j -= 1  # "by satellite phone from"
    if j >= 1 and folded[j] in ("the", "le"):
        j -= 1  # "on the phone from", "au téléphone"
    if j < 0 or folded[j] not in _BY or _broken(tokens, j, first):
        return None
    return j


# Who was reached, quoted or heard at a place speaks from it, not of it: "des responsables joints
# à Pétion-Ville", "testigos citados desde Léogâne", "moradores ouvidos em Pemba", "residents
# reached by phone in Kidal", and after the name, "un notable de Bourem joint par téléphone", "a
# Gao elder contacted by phone". The participles of reaching a speaker (folded, every gender and
# number) in English, French, Spanish and Portuguese; the prepositions of where they were.
_REACHED = frozenset(
    "reached contacted quoted interviewed "
    "joint jointe joints jointes contacte contactee contactes contactees interroge interrogee interroges interrogees "
    "cite citee cites citees "
    "citado citada citados citadas contactado contactada contactados contactadas contatado contatada contatados "
    "contatadas consultado consultada consultados consultadas entrevistado entrevistada entrevistados entrevistadas "
    "ouvido ouvida ouvidos ouvidas".split()
)
_REACHED_AT = frozenset("in at from a au en em no na desde depuis".split())


def _reached_at(tokens: Tokens, first: int, last: int) -> int | None:
    """The first word of the words that say the name at `first`..`last` is where a speaker was
    reached or quoted ("joints à", "citados desde", "reached by phone in"; "joint par téléphone"
    after the name), or None."""
    folded = tokens.folded
    k = first - 1
    if k >= 1 and folded[k] in _REACHED_AT:
        j = k - 1
        if j >= 2 and folded[j] in _PHONES and folded[j - 1] in _BY:
            j -= 2  # "reached by phone in", "joint par téléphone à"
        if j >= 0 and folded[j] in _REACHED and not _broken(tokens, j, first):
            return j
    k = last + 1
    if (
        k + 2 < len(tokens)
        and folded[k] in _REACHED
        and folded[k + 1] in _BY
        and folded[k + 2] in _PHONES
        and not _broken(tokens, last, k + 2)
    ):
        return first
    return None


# "the city of", "la ville de", "a cidade de", "la ciudad de": a town's noun written before its name.
_TOWN_ARTICLES = frozenset("the la a".split())
_TOWN_OF = frozenset("of de".split())


def _town_noun_before(tokens: Tokens, first: int) -> int | None:
    """Where "the city of", "la ville de"... begins (its article) when it stands right before word
    `first`, unbroken, or None. Up to two words may qualify the noun, before it or after ("the
    Beninese border town of", "the northern city of", "la ville frontalière de"): lower-case
    words, or a demonym's capital; never a clause's end."""
    folded = tokens.folded
    if first < 3 or folded[first - 1] not in _TOWN_OF:
        return None
    if folded[first - 2] not in _CITY_NOUNS and not _CITY_NOUNS.intersection(folded[max(0, first - 4) : first - 2]):
        return None  # most "de": no town's noun before it at all
    k = first - 2
    for _ in range(3):  # the noun, after at most two words that follow it
        if k < 1 or folded[k] in _CITY_NOUNS:
            break
        if tokens.words[k][:1].isupper() or not folded[k].isalpha():
            return None
        k -= 1
    if k < 1 or folded[k] not in _CITY_NOUNS:
        return None
    for article in range(k - 1, max(-1, k - 4), -1):  # the article, before at most two words
        if folded[article] in _TOWN_ARTICLES:
            return None if _broken(tokens, article, first) else article
        if not folded[article].isalpha() or folded[article] in _TOWN_OF:
            return None
    return None


def _only_a_source(tokens: Tokens, first: int, last: int) -> str | None:
    """Why the name at words `first`..`last` is only where the news comes from or where travel
    began, quoting the words that say so ("officials in Erbil said", "flights from Bamako"), or
    None."""
    folded = tokens.folded
    n = len(tokens)
    article = _town_noun_before(tokens, first)
    if article is not None:
        # "told reporters in the city of Kosti", "selon des sources dans la ville de Bourem",
        # "officials in the Beninese border town of Tanguiéta said": the town's noun before its
        # name is the name for the grammar of who speaks
        return _only_a_source(tokens, article, last)

    def words(low: int, high: int, travel: bool = False) -> str:
        said = tokens.words[low] + "".join(tokens[m].gap + tokens.words[m] for m in range(low + 1, high + 1))
        return f"only where travel began ({said!r})" if travel else f"only where the news comes from ({said!r})"

    before = first - 1
    reached = _by_phone_from(tokens, first)
    if reached is not None:
        return words(reached, last)  # "told Eye Radio by phone from Kapoeta": where the speaker was
    reached = _reached_at(tokens, first, last)
    if reached is not None:
        # "des responsables joints à Pétion-Ville", "un notable de Bourem joint par téléphone"
        return words(reached, last + 3 if reached == first else last)
    # "In Kabul, officials said", "Em Luanda, o ministro disse", "À Kaboul, le porte-parole a
    # déclaré": the place opens the sentence and the one who speaks follows the comma.
    opening = before >= 0 and tokens[before].sentence_start and folded[before] in _REPORT_PREPOSITIONS
    if opening and last + 1 < n and "," in tokens[last + 1].gap:
        for k in range(last + 1, min(n, last + 5)):
            if k > last + 1 and _broken(tokens, k - 1, k):
                break
            if _reporter(folded, k) or folded[k] in _SPEAKERS:
                verb = _verb_after(tokens, k + 1)
                if verb is not None:
                    return words(before, verb)
                break
            if folded[k] not in _REPORT_FILLERS:
                break
    if before >= 0 and not _broken(tokens, before, first):
        preposition = folded[before]
        if preposition in _REPORT_PREPOSITIONS:
            # A noun that reports just before: "officials in Erbil said", "selon des sources à Kaboul".
            k = before - 1
            while (
                k >= 0
                and before - k <= 3
                and (folded[k] in _REPORT_FILLERS or _qualifying_participle(tokens, k) or _of_a_qualifier(folded, k, before))
                and folded[k] not in _REPORTERS
            ):
                k -= 1
            if k >= 1 and _adjective_after_noun(tokens, k) and _reporter(folded, k - 1):
                k -= 1  # "selon des responsables humanitaires à", "fuentes policiales en"
            if k >= 0 and (_people_who_speak(tokens, k, last) or folded[k] in _OFFICE_HOLDERS) and not _broken(tokens, k, before):
                verb = _verb_after(tokens, last + 1)
                if verb is not None:
                    return words(k, verb)  # "tribal leaders in Fallujah condemned", "elders in Burao said"
            if (
                k >= 0
                and not _broken(tokens, k, before)
                and (folded[k] == _OUR_CORRESPONDENT_AR or (folded[k] in _JOURNALISTS and k >= 1 and _by_our(folded, k)))
            ):
                return words(k, last)  # "filed by our correspondent in Mastung": where the reporter sits
            if k >= 0 and _reporter(folded, k) and not _broken(tokens, k, before):
                noun = k - 1 if folded[k] in ("parole", "voz") else k
                verb = _verb_after(tokens, last + 1)
                if verb is not None:
                    return words(k, verb)
                if _speaker_heading(tokens, noun, last):
                    return words(noun, last)
                told = _told_before(tokens, noun, _REPORT_FILLERS, noun=True)
                if told is not None:
                    return words(told, last)
            # A verb of saying just before: "told reporters in Kabul", "a déclaré à Kaboul".
            told = _told_before(tokens, before, _LISTENERS, noun=False, span=LISTENER_SPAN)
            if told is not None:
                return words(told, last)
            issued = _issued_before(tokens, before)
            if issued is not None:
                return words(issued, last)  # "a statement issued in Wana", "un communiqué publié à Lubero"
        if before >= 1 and tuple(folded[before - 1 : first]) in _DEPARTED_IB and not _broken(tokens, before - 1, first):
            return words(before - 1, last, travel=True)  # "tropas llegadas de Tumaco", "o voo partiu de Salvador"
        if (
            preposition in _FROM
            or preposition == _AR_FROM  # "طائرة قادمة من أربيل", "رحلة من بغداد"
            or (preposition == "of" and before >= 1 and folded[before - 1] == "out")  # "flights out of Srinagar"
            or (before >= 2 and tuple(folded[before - 2 : first]) in _ORIGIN_FR)
            or (before >= 1 and tuple(folded[before - 1 : first]) in _ORIGIN_IB)
            or (preposition in _OF_IB and before >= 1 and _traveller(folded[before - 1]))
        ):
            origin = _travel_from(tokens, first, before)
            if origin is not None:
                return words(origin, last, travel=True)
        if preposition == "depuis":
            # "Depuis Kaboul, le porte-parole a déclaré", "Depuis Kaboul, la police annonce": a
            # verb of saying later in the clause, when a comma sets the place apart.
            opened = last + 1 < n and "," in tokens[last + 1].gap
            for k in range(last + 1, min(n, last + 10)):
                if _broken(tokens, k - 1, k):
                    break
                if stem(folded[k], "fr") in _SAYING_FR and (folded[k - 1] in _FR_AUXILIARIES or (opened and k > last + 1)):
                    return words(before, k)
    # A noun that reports just after: "Erbil officials say", "a Kabul court sentenced",
    # "Kabul's police spokesman said", "said Erbil officials".
    k = last + 1
    if k + 1 < n and folded[k] == "s" and tokens[k].gap in ("'", "’"):
        k += 1
    start = k
    while k < n and k - start < 3 and folded[k] in _REPORT_FILLERS and folded[k] not in _REPORTERS:
        k += 1
    # the noun first (most names have none after them); whether a mark sets it apart, after
    if k < n and _reporter(folded, k) and not any(
        "," in tokens[m].gap or _breaks(tokens[m].gap, loose=True) for m in range(last + 1, min(k, n - 1) + 1)
    ):
        if k + 1 < n and folded[k + 1] in _HEADS and tokens[k + 1].gap == " ":
            k += 1  # "Taloqan police chief says": the head of a body that reports
        verb = _verb_after(tokens, k + 1)
        if verb is not None:
            return words(first, verb)
        told = _told_before(tokens, first, _REPORT_FILLERS, noun=True)
        if told is not None:
            return words(told, k)
    return reported_from(tokens, first, last)  # Portuguese, Spanish and Arabic grammar of reporting


# The endings of adjectives that French, Portuguese and Spanish write after a noun ("des sources
# sécuritaires", "des responsables humanitaires", "fuentes policiales", "fontes militares").
_ADJECTIVE_ENDINGS = (
    "aire", "aires", "ale", "ales", "aux", "ain", "ains", "aine", "aines", "ien", "iens", "ienne", "iennes", "ique",
    "iques", "elle", "elles", "els", "ifs", "ive", "ives", "aise", "aises", "oise", "oises", "ario", "arios", "aria",
    "arias", "ares", "ais", "ico", "icos", "ica", "icas", "ista", "istas", "iste", "istes", "ciales", "cial", "ial",
)


# People of a place who answer news from elsewhere, and the verbs of their answer: they mourn,
# strike, walk out, protest, rally ("Mardan residents mourn victims of Peshawar blast", "airport
# staff in Benghazi and at Cairo airport went on strike after an attack at Cairo airport").
_REACTING_PEOPLE = frozenset(
    stem(word, "en")
    for word in (
        "resident residents family families relative relatives staff staffer staffers worker workers employee "
        "employees crew crews colleague colleagues mourner mourners union unions"
    ).split()
)
_REACTIONS = frozenset(
    stem(word, "en")
    for word in "mourn mourns mourned grieve grieves grieved strike strikes struck walk walks walked protest protests "
    "protested rally rallies rallied march marches marched pray prays prayed staged stage".split()
)
_BETWEEN_PEOPLE = frozenset("and at in the airport airports ground s".split())  # "Kabul and Dubai airport staff"


_RITES = frozenset("funeral funerals vigil vigils burial burials memorial prayers".split())


def _rites_after(tokens: Tokens, k: int) -> bool:
    """Whether rites for the dead follow word `k`, after at most an article: "funerals", "a vigil"."""
    folded = tokens.folded
    if k < len(tokens) and folded[k] in ("the", "a", "their"):
        k += 1
    return k < len(tokens) and folded[k] in _RITES


def _past_the_places(tokens: Tokens, last: int) -> int:
    """The first word after the name ending at `last` and the places listed with it ("Kabul and
    Dubai airport", "Kisumu and at Entebbe airport"), at most five words on, in one clause."""
    k = last + 1
    while k < len(tokens) and k - last <= 5:
        # the word first, read from the lists; the gap (a Token made) only for a word that goes on
        if tokens.folded[k] not in _BETWEEN_PEOPLE and not tokens.words[k][:1].isupper():
            break
        if _broken(tokens, k - 1, k):
            break
        k += 1
    return k


def _only_reacting(tokens: Tokens, first: int, last: int) -> str | None:
    """Why the name at words `first`..`last` is only the home of people who answer an event
    ("Mardan residents mourn", "Families in Mosul mourn", "Kisumu and Entebbe airport staff
    strike", "Airport workers in Kabul and Taloqan staged protests"), quoting those words, or
    None. Their town is no scene unless the item names none elsewhere (`_context` asks)."""
    folded, n = tokens.folded, len(tokens)

    def reaction(k: int) -> int | None:
        """The verb of answering within three words from `k`, in the same clause."""
        for m in range(k, min(n, k + 3)):
            if m > k and _broken(tokens, m - 1, m):
                return None
            if stem(folded[m], "en") in _REACTIONS and tokens.words[m][:1].islower():
                return m
            if folded[m] in ("held", "hold", "holds", "attended") and _rites_after(tokens, m + 1):
                return m + 1  # "held funerals", "held a vigil"
            if folded[m] not in ("went", "on", "have", "had", "has", "to", "out", "also"):
                return None
        return None

    def quoted(low: int, high: int) -> str:
        said = tokens.words[low] + "".join(tokens[m].gap + tokens.words[m] for m in range(low + 1, high + 1))
        return f"only the home of people who answer the news ({said!r})"

    # "Mardan residents mourn", "Kabul and Dubai airport staff strike": the people after the name.
    k = _past_the_places(tokens, last)
    if k < n and stem(folded[k], "en") in _REACTING_PEOPLE and tokens.words[k][:1].islower() and not _broken(tokens, k - 1, k):
        verb = reaction(k + 1)
        if verb is not None:
            return quoted(first, verb)
        if first >= 2 and folded[first - 2 : first] == ["joined", "by"]:
            return quoted(first - 2, k)  # "walked out ..., joined by Kabul ground crews"
    if last + 1 < n and folded[last + 1] == "for" and not _broken(tokens, last, last + 1) and _rites_after(tokens, last + 2):
        return quoted(first, min(n - 1, last + 3))  # "gathered in Mardan for the funerals"
    # "Families in Mosul mourn", "Airport workers in Kabul and Taloqan staged protests": before it.
    before = first - 1
    while before >= 2 and folded[before] == "and" and tokens[before - 1].capitalized:
        before -= 2  # "workers in Kabul and Taloqan": the second of the places they are in
    if before >= 1 and folded[before] in ("in", "at", "from") and stem(folded[before - 1], "en") in _REACTING_PEOPLE:
        verb = reaction(_past_the_places(tokens, last))
        if verb is not None:
            return quoted(before - 1, verb)
    return None


def _people_who_speak(tokens: Tokens, k: int, last: int) -> bool:
    """Whether word `k`, before a preposition and the place ending at `last`, is a group of people
    of that place who might speak for it ("tribal leaders in Fallujah", "elders in Burao"): with a
    verb of saying or judging after the place, they are where the news comes from, as officials are."""
    return not _reporter(tokens.folded, k) and tokens.words[k][:1].islower() and _listed_person(tokens[k]) and last >= k


def _adjective_after_noun(tokens: Tokens, k: int) -> bool:
    """Whether word `k` is an adjective written after its noun, in lower case and right after it."""
    word = tokens.words[k]
    return word.isalpha() and word.islower() and tokens[k].gap == " " and tokens.folded[k].endswith(_ADJECTIVE_ENDINGS)


def _speaker_heading(tokens: Tokens, noun: int, last: int) -> bool:
    """Whether a noun that reports and its place open a sentence and a colon follows them, as a
    headline names who speaks ("Officials in Khartoum: 20 killed in El Fasher", "مسؤول في
    بورتسودان: مسيرات استهدفت كسلا")."""
    if last + 1 >= len(tokens) or not tokens[last + 1].gap.strip().startswith(":"):
        return False
    k = noun
    while k > 0 and not tokens[k].sentence_start and tokens.folded[k - 1] in _REPORT_FILLERS:
        k -= 1
    return tokens[k].sentence_start


_TRAVEL_BEGAN = "only where travel began"
# A journey's deed aboard: a plane diverted, a threat on board, a forced landing ("Voo de X
# para Lisboa desviado por ameaça de bomba", "a flight from X was diverted"): its start is no scene.
_ABOARD = frozenset(
    "aboard bordo bord diverted diverts divert desviado desviada desviados desviou desviaram desviaron "
    "deroute deroutee aterragem aterrizaje atterrissage".split()
)


def _aboard(fields: Sequence[ItemPlaces]) -> bool:
    """Whether the item tells of a journey's deed aboard (`_ABOARD`), in either field."""
    return any(places.tokens is not None and not _ABOARD.isdisjoint(places.tokens.folded) for places in fields)


def _travel_from(tokens: Tokens, first: int, before: int) -> int | None:
    """Where a journey from the place is named ("flights from Bamako", "the convoy from Bamako",
    "vols en provenance de Bamako"): the first word of it. Not
    where people flee or are taken out of ("evacuation flights from Kabul")."""
    folded = tokens.folded
    start, end = sentence_bounds(tokens, first, first)
    if any(stem(folded[k], lang) in _FLIGHT_FROM_TROUBLE for k in range(start, end) for lang in ("en", "fr")):
        return None
    k = before - 1
    while k >= 0 and before - k <= 4 and not _broken(tokens, k, before):
        if _traveller(folded[k]):
            return k
        k -= 1
    return None


def _traveller(word: str) -> bool:
    """A word for travel or what runs between places ("flight", "vols", "voo", "vuelo", "رحلة",
    "طائرة قادمة")."""
    if is_arabic(word):
        return word in _AR_TRAVELLERS or without_article(word) in _AR_TRAVELLERS
    return any(stem(word, lang) in _TRAVELLERS for lang in _TRAVEL_LANGUAGES)


# Arabic words of a journey and what makes it, and of coming from a place: "رحلة من بغداد",
# "طائرة قادمة من أربيل", "الحافلة القادمة من".
_AR_TRAVELLERS = frozenset(
    fold(word) for word in "رحلة رحلات طائرة طائرات حافلة حافلات قطار قافلة قادمة قادم قادمين قادمون".split()
)


def _destination(tokens: Tokens, first: int) -> bool:
    """Whether the name at word `first` is only where a journey goes: "flights from Kabul to
    Dubai", "flights to Dubai suspended": no scene either."""
    folded = tokens.folded
    if first == 0 or folded[first - 1] not in _DESTINATIONS:
        return False
    for k in range(first - 2, max(-1, first - 7), -1):
        if _broken(tokens, k, first):
            return False
        if folded[k] in _FROM or folded[k] == "provenance" or folded[k] in _EXITS:
            return True
        if any(stem(folded[k], lang) in _TRAVELLERS for lang in ("en", "fr")):
            return True
    return False


# A town's way out towards another: "en la salida de esta ciudad hacia Trujillo", "à la sortie de
# Kaya vers Dori", "na saída da cidade para Pemba": the scene is at the first town, the second is
# only where the road goes.
_EXITS = frozenset("salida saida sortie exit".split())


# Arabic: the people who flee or are displaced, and their arrival ("وصول نازحين من بابنوسة إلى
# النهود", "فر الآلاف إلى مدينة"), by their folded forms without the article; "to" (إلى), and a
# word of place between it and the name ("إلى مدينة النهود").
_AR_FLEEING = frozenset(
    fold(word)
    for word in (
        "نازح نازحين نازحون نازحة نزوح نزح نزحوا ينزحون فارين فارون فر فروا يفرون فرار هاربين هاربون هرب "
        "هربوا يهربون لاجئين لاجئون لجأ لجأوا يلجأون لجوء وصول وصل وصلوا يصلون وصلت تدفق"
    ).split()
)
_AR_TO = frozenset(fold(word) for word in "إلى الى".split())
_AR_REFUGE_REACH = 8  # words before "to" in which the fleeing are named


def _arabic_refuge(tokens: Tokens, first: int) -> str | None:
    """Where the name at word `first` is only where people fleeing or displaced arrive, in words:
    after "to" (and perhaps a word of place), with a word of fleeing, displacement or arrival in
    the few words before, in the same sentence. None otherwise."""
    folded = tokens.folded
    k = first - 1
    if k >= 1 and folded[k] in AR_PLACE_BEFORE and folded[k] not in _AR_TO:
        k -= 1  # "إلى مدينة النهود"
    if k < 1 or folded[k] not in _AR_TO or not is_arabic(folded[first]):
        return None
    for j in range(k - 1, max(-1, k - 1 - _AR_REFUGE_REACH), -1):
        if _broken(tokens, j, first):
            return None
        if folded[j] in _AR_FLEEING or without_article(folded[j]) in _AR_FLEEING:
            return f"where people fleeing arrive ('{' '.join(tokens.words[j : first + 1])}')"
    return None


def _travellers_before(tokens: Tokens, first: int) -> bool:
    """Whether a word of travellers or flights stands in the few words before word `first`
    ("flights to Kabul", "passengers bound to"): not "protests spread from Bangui to Bambari"."""
    return any(
        stem(tokens.folded[k], lang) in _TRAVELLERS for k in range(max(0, first - 6), first) for lang in ("en", "fr")
    )


_BOUND = frozenset("bound headed destined".split())
_DIVERTED = (
    _stems("divert diverted diverting reroute rerouted redirect redirected", "en")
    | _stems("derouter deroute deroutes detourner detourne detournes redirige rediriges", "fr")
    | _stems("desviar desviado desviados desviou", "pt")
    | _stems("desviado desviados desvio", "es")
)
_BOUND_FOR = frozenset(
    {("a", "destination", "de"), ("a", "destination", "d"), ("con", "destino", "a"), ("com", "destino", "a"), ("bound", "for")}
    # where a vehicle or travellers were going when the item happened: "il se rendait à Mopti",
    # "en route to Garissa", "on its way to Lodwar", "heading to Gao", "se dirigía a Cali"
    | {("se", going, "a") for going in "rendait rendaient rendant dirigeait dirigeaient dirigia dirigian dirigindo".split()}
    | {("en", "route", "to"), ("en", "route", "pour"), ("heading", "to"), ("headed", "to")}
    | {(owner, "way", "to") for owner in "its their his her".split()}
    # "uma coluna de camiões que seguia para Caia", "el bus que seguía hacia Lima", "a caminho de
    # Pemba", "rumbo a Tumbes", "viajava para Nampula"
    | {
        (going, to)
        for going in "seguia seguiam seguian viajava viajavam viajaba viajaban".split()
        for to in ("para", "hacia", "a", "rumo")
    }
    | {("a", "caminho", "de"), ("a", "caminho", "da"), ("a", "caminho", "do"), ("en", "camino", "a"), ("con", "rumbo", "a")}
    | {("se", going, to) for going in "dirigia dirigiam dirigian".split() for to in ("para", "hacia")}
)


# A visit's destination: "the President visited Beira after condemning the attacks in Cabo
# Delgado", "visitó Cali", "a visité Bamako", "زار بورتسودان". Verbs and nouns of visiting, with
# an article or "to" between.
_VISIT_LINKS = frozenset("a to o la el al ao aos".split()) | {fold("إلى"), fold("الى")}
_AR_VISIT = frozenset(fold(word) for word in "زار زارت يزور تزور زيارة لزيارة بزيارة".split())
# Arriving there: "deslocados do ataque a Macomia chegam à Beira", "llegan a Cúcuta", "يصل بورتسودان".
_ARRIVING = frozenset(
    "arrive arrives arrived arriving arrivent arrive arrivee arrives chegam chegou chegaram chega chegar llegan llego "
    "llegaron llega llegar".split()
) | frozenset(fold(word) for word in "وصل وصلت يصل تصل يصلون وصلوا".split())


def _visited(folded: Sequence[str], first: int) -> int | None:
    """The word of visiting or arriving before the name at word `first` (maybe through "a",
    "to"), or None."""
    for k in (first - 1, first - 2):
        if k < 0:
            return None
        word = folded[k]
        if word.startswith("visit") or word in _AR_VISIT or word in _ARRIVING:
            return k
        if word not in _VISIT_LINKS:
            return _arrived_later(folded, first)
    return _arrived_later(folded, first)


# The words of place between "a" and an arrival's town ("chegaram à vila de Quissanga", "llegaron a
# la ciudad de Maicao"), and the most words a time phrase may put between the verb of arriving and
# its "a" ("llegaron en los últimos días a Maicao", "arrived over the weekend in ...").
_ARRIVAL_PLACES = frozenset("vila cidade ciudad localidad localidade town city village aldeia pueblo".split())
_ARRIVAL_LINKS = frozenset("a al ao aos to at".split())
ARRIVAL_REACH = 6


def _arrived_later(folded: Sequence[str], first: int) -> int | None:
    """The verb of arriving a time phrase parts from its "a" and the name at word `first`:
    "chegaram nos últimos dias à vila de Quissanga", "llegaron esta semana a Maicao". None
    otherwise. Words only: the caller checks no clause ends between."""
    k = first - 1
    if k >= 2 and folded[k] in ("de", "of") and folded[k - 1] in _ARRIVAL_PLACES:
        k -= 2  # "à vila de Quissanga"
        if folded[k] in ("la", "the"):
            k -= 1
    if k < 1 or folded[k] not in _ARRIVAL_LINKS:
        return None
    for j in range(k - 1, max(-1, k - 1 - ARRIVAL_REACH), -1):
        if folded[j] in _ARRIVING:
            return j
    return None


# The hospital the wounded of an attack elsewhere are taken to: "feridos foram levados ao hospital
# geral de Boa Vista", "el Hospital de Cali recibió a los heridos", "the wounded were taken to
# hospital in Bunia". A hospital word a few words before the name, the wounded in the sentence, a
# verb of taking them just before the hospital or of receiving them just after the name.
_HOSPITALS = frozenset("hospital hospitais hospitales hospitals hopital hopitaux clinica clinicas clinic clinique".split())
_HOSPITAL_LINKS = frozenset("de do da d of in em en a au al ao".split())
_THE_WOUNDED = frozenset(
    "feridos feridas heridos heridas blesses wounded injured victims vitimas victimas evacuados evacues".split()
)
_TAKEN_TO = frozenset(
    "levados levadas levado levada transferidos transferidas trasladados trasladadas trasladado evacuados evacuadas "
    "conduzidos socorridos taken rushed transported transferred evacuated airlifted transportes evacues "
    "recebe recebeu receberam recibe recibio recibieron received receives accueille accueilli admitted internados "
    "hospitalizados hospitalises".split()
)
HOSPITAL_WORDS = 3  # words between a hospital's noun and the town it stands in ("hospital geral de")


def _hospital_of_the_wounded(tokens: Tokens, first: int, last: int) -> str | None:
    """Where the name at words `first`..`last` is only the town of the hospital the wounded were
    taken to ("o Hospital de Chimoio recebe feridos de ataque em Macossa"), in words, or None."""
    folded = tokens.folded
    if first < 2 or folded[first - 1] not in _HOSPITAL_LINKS:
        return None
    noun = next((k for k in range(first - 2, max(-1, first - 2 - HOSPITAL_WORDS), -1) if folded[k] in _HOSPITALS), None)
    if noun is None or _broken(tokens, noun, first):
        return None
    start, stop = sentence_bounds(tokens, first, last)
    if _THE_WOUNDED.isdisjoint(folded[start:stop]):
        return None
    # taken there ("levados ao hospital de"), or the hospital receives them ("Hospital de X recebe"):
    # not a hospital attacked whose wounded went on elsewhere
    taken = not _TAKEN_TO.isdisjoint(folded[max(start, noun - 4) : noun])
    received = not _TAKEN_TO.isdisjoint(folded[last + 1 : min(stop, last + 3)])
    if not (taken or received):
        return None
    return f"where the wounded were taken ('{' '.join(tokens.words[noun : last + 1])}')"


def _journey_end(tokens: Tokens, first: int, last: int) -> str | None:
    """Where the name at words `first`..`last` is only a journey's end or a route's, in words:
    "a Kabul-bound plane", "a plane bound for ADE", "diverted to Misrata", "un vol à
    destination de Goma", "the Baghdad-Basra flights", "le vol Goma-Kinshasa". None otherwise."""
    folded, words, n = tokens.folded, tokens.words, len(tokens)
    # Words first, whole tokens (their gaps) only when the words fit: asked of every city found.
    if last + 1 < n and folded[last + 1] in _BOUND and tokens[last + 1].gap == "-":
        return f"where a journey goes ('{' '.join(words[first : last + 1])}-{words[last + 1]}')"
    for size in (3, 2):
        if first >= size and tuple(folded[first - size : first]) in _BOUND_FOR and not _broken(tokens, first - size, first):
            return f"where a journey goes ('{' '.join(tokens.words[first - size : last + 1])}')"
    hospital = _hospital_of_the_wounded(tokens, first, last)
    if hospital is not None:
        return hospital
    visit = _visited(folded, first)
    if visit is not None and not _broken(tokens, visit, first):
        return f"where someone visits ('{' '.join(tokens.words[visit : last + 1])}')"
    diverted = first >= 2 and folded[first - 1] in _DESTINATIONS
    diverted = diverted and any(stem(folded[first - 2], lang) in _DIVERTED for lang in ("en", "fr", "pt", "es"))
    if diverted and not _broken(tokens, first - 2, first):
        return f"where a journey was diverted ('{' '.join(tokens.words[first - 2 : last + 1])}')"
    # Flights named after where they go or come from: "Kabul flights diverted", "Goma flights
    # cancelled" (English puts the place before the noun).
    if last + 1 < n and folded[last + 1] in _FLIGHT_NOUNS and words[last + 1].islower() and tokens[last + 1].gap == " ":
        return f"where flights go or come from ('{' '.join(words[first : last + 2])}')"
    # Where a journey went back to: "flights bound for Goma turned back to Entebbe", "the
    # convoy headed back to Gao" (a word of travel earlier in the sentence).
    returned = first >= 2 and folded[first - 1] in _DESTINATIONS and folded[first - 2] in _BACK
    if returned and not _broken(tokens, first - 2, first):
        start, _ = sentence_bounds(tokens, first, first)
        if any(_traveller(folded[k]) for k in range(start, first - 2)):
            return f"where a journey went back to ('{' '.join(words[first - 2 : last + 1])}')"
    # A road named after where it leads: "on the Maiduguri road", "la route de Maiduguri".
    if last + 1 < n and folded[last + 1] in _ROUTE_WORDS and words[last + 1].islower() and tokens[last + 1].gap == " ":
        return f"an end of a road ('{' '.join(words[first : last + 2])}')"
    if (
        first >= 2
        and folded[first - 1] in _ROAD_LEADS_TO
        and (folded[first - 2] in _ROUTE_WORDS or (folded[first - 2] == "via" and folded[first - 1] == "a"))
        and not _broken(tokens, first - 2, first)
    ):
        # "la route de Maiduguri", "the road to Garsen", "la vía a Samborondón", "a estrada para Pemba"
        return f"an end of a road ('{' '.join(words[first - 2 : last + 1])}')"
    # A route: two names joined by a hyphen, with a word for travel just before or after them.
    joined = None
    if last + 2 < n and words[last + 1][:1].isupper() and tokens[last + 1].gap == "-":
        joined = (first, last + 1)
    elif first >= 1 and words[first - 1][:1].isupper() and tokens[first].gap == "-":
        joined = (first - 1, last)
    if joined is not None:
        low, high = joined
        near = [k for k in (low - 2, low - 1, high + 1, high + 2, high + 3) if 0 <= k < n]
        if any(folded[k] in _ROUTE_WORDS or stem(folded[k], lang) in _TRAVELLERS for k in near for lang in _TRAVEL_LANGUAGES):
            return f"an end of a route ('{' '.join(tokens.words[low : high + 1])}')"
    # "ses vols entre Karachi et Dubaï", "flights between Baghdad and Basra"
    opening = first - 1 if first >= 1 and folded[first - 1] in _BETWEEN else None
    if opening is None and first >= 3 and folded[first - 1] in _AND:
        opening = next((k for k in range(first - 3, max(-1, first - 6), -1) if folded[k] in _BETWEEN), None)
    if opening is not None and not _broken(tokens, opening, first):
        before = [k for k in (opening - 1, opening - 2, opening - 3) if k >= 0]
        if any(stem(folded[k], lang) in _TRAVELLERS for k in before for lang in _TRAVEL_LANGUAGES):
            return f"an end of a route ('{' '.join(tokens.words[max(0, opening - 1) : last + 1])}')"
    return None


# A place said to be untouched ("Flights at Bamako airport were not affected", "l'aéroport
# reste ouvert") or only put on alert ("l'aéroport de Niamey placé en alerte", "Juba on high
# alert") is not where the news happens: the words in its clause, a few after the name.
_UNAFFECTED = frozenset(
    tuple(phrase.split())
    for phrase in (
        "not affected,unaffected,not hit,not been hit,not been affected,remained open,remains open,remain open,"
        "spared,was spared,were spared,been spared,epargne,epargnee,epargnes,epargnees,poupado,poupada,poupados,"
        "salvo,salva,"
        "operating normally,operated normally,running normally,operating as normal,"
        "pas ete affecte,pas ete affectee,pas ete affectes,pas ete affectees,pas ete touche,pas ete touchee,"
        "pas ete touches,pas ete touchees,fonctionne normalement,fonctionnent normalement,reste ouvert,"
        "reste ouverte,restent ouverts,nao foi afetado,nao foi afetada,nao foram afetados,funciona normalmente,"
        "funcionam normalmente,no fue afectado,no fue afectada,no resulto afectado,funciona con normalidad,"
        "opera con normalidad"
    ).split(",")
)
_ON_ALERT = frozenset(
    tuple(phrase.split())
    for phrase in (
        "on alert,on high alert,on maximum alert,on heightened alert,on red alert,en alerte,en etat d alerte,"
        "en alerte maximale,en alerta,em alerta,en estado de alerta,em estado de alerta,"
        # what is done far from the scene only as a precaution ("companies in Panjgur evacuated their
        # staff as a precaution", "évacués par précaution", "por precaución")
        "as a precaution,as a precautionary measure,par precaution,par mesure de precaution,por precaucion,"
        "por precaucao,como precaucion,como precaucao"
    ).split(",")
)
CALM_REACH = 6  # words between the name and the words that say it is untouched or on alert


def _untouched(tokens: Tokens, first: int, last: int) -> tuple[bool, str] | None:
    """Whether the name at words `first`..`last` is said, in its clause, to be untouched (True)
    or on alert (False), with the words; None otherwise."""
    folded, n = tokens.folded, len(tokens)
    for k in range(last + 1, min(n, last + 2 + CALM_REACH)):
        # the clause ends at any stop, a comma or a colon, or at another name
        if any(ch in _CLAUSE_STOPS for ch in tokens[k].gap) or tokens[k].capitalized:
            return None
        for phrases, untouched in ((_UNAFFECTED, True), (_ON_ALERT, False)):
            for size in (1, 2, 3, 4):
                if tuple(folded[k : k + size]) in phrases and not _broken(tokens, k, k + size - 1):
                    return untouched, " ".join(tokens.words[first : k + size])
    return None


_CLAUSE_STOPS = frozenset(".,;:!?()[]|\n\"«»“”")


# A town's journeys held up by news elsewhere ("Aden airport blast kills 12; Seiyun flights
# delayed", "Bankilaré convoy postponed", "Shahhat travellers stranded", "les vols de Djibasso
# annulés"): the town is where the flights, convoys or travellers go or come from, no scene. The
# people who travel, beside the vehicles of `_TRAVELLERS`, and the participles of a journey held
# up, folded, every gender and number.
_TRAVELLING_PEOPLE = (
    _stems("traveller travellers traveler travelers passenger passengers", "en")
    | _stems("voyageur voyageurs passager passagers", "fr")
    | _stems("passageiro passageiros viajante viajantes", "pt")
    | _stems("pasajero pasajeros viajero viajeros", "es")
)
_HELD_UP = frozenset(
    "delayed diverted cancelled canceled suspended stranded grounded postponed halted rerouted "
    "annule annulee annules annulees suspendu suspendue suspendus suspendues retarde retardee retardes retardees "
    "reporte reportee reportes reportees detourne detournee detournes detournees bloque bloquee bloques bloquees "
    "cancelado cancelada cancelados canceladas suspenso suspensa suspensos suspensas adiado adiada adiados adiadas "
    "desviado desviada desviados desviadas retido retida retidos retidas suspendido suspendida suspendidos "
    "suspendidas retrasado retrasada retrasados retrasadas varado varada varados varadas".split()
)


def _journeys_held_up(tokens: Tokens, first: int, last: int) -> str | None:
    """The words that say the name at `first`..`last` is only where journeys held up go or come
    from: the name, a word of travel right after it (after "'s" too), and a participle of a
    journey held up in the same clause ("Seiyun flights delayed", "Bankilaré convoy postponed";
    "les vols de Djibasso annulés" is read by the journey's own words before the name). None
    otherwise."""
    folded, n = tokens.folded, len(tokens)

    def travel(k: int) -> bool:
        return any(stem(folded[k], lang) in _TRAVELLERS | _TRAVELLING_PEOPLE for lang in _TRAVEL_LANGUAGES)

    def held_up(start: int, k: int) -> str | None:
        for m in range(k, min(n, k + HELD_UP_REACH)):
            if any(ch in _CLAUSE_STOPS for ch in tokens[m].gap) or tokens[m].capitalized:
                return None
            if folded[m] in _HELD_UP:
                return " ".join(tokens.words[start : m + 1])
        return None

    k = last + 1
    if k + 1 < n and folded[k] == "s" and tokens[k].gap in ("'", "’"):
        k += 1
    if k < n and tokens[k].gap == " " and travel(k):
        return held_up(first, k + 1)  # "Seiyun flights delayed"
    before = first - 1
    if before >= 1 and folded[before] in _JOURNEY_ENDS and travel(before - 1) and not _broken(tokens, before - 1, first):
        return held_up(before - 1, last + 1)  # "travellers from Shahhat were stranded", "flights to Seiyun were delayed"
    return None


# The prepositions of a journey's start or end: "flights to", "travellers from", "vols vers", "voos de".
_JOURNEY_ENDS = _DESTINATIONS | _FROM | frozenset("de d do da del desde a".split())
HELD_UP_REACH = 4  # words after the name in which the journey is said to be held up ("were delayed", "ont été annulés")


_AIRPORT_WORDS = frozenset("airport aeroport aeroporto aeropuerto airfield aerodrome".split())
_ROADS = frozenset("road roads highway street avenue boulevard".split())
# Roads between towns, named after where they lead ("the Maiduguri road", "l'axe Goma-Sake").
_ROUTE_WORDS = frozenset("road highway route axe axis corridor estrada carretera rodovia".split())
_ROADS_BEFORE = frozenset("route avenue boulevard estrada avenida carretera rue".split())
# What joins a road to where it leads: "la route de", "the road to", "la vía a", "a estrada para".
_ROAD_LEADS_TO = frozenset("de d to a para hacia vers".split())


def _site_road(tokens: Tokens, used: Iterable[int]) -> str | None:
    """The words of a road named after a site word of the name ("the airport road in Mogadishu",
    "la route de l'aéroport", "a estrada do aeroporto"), or None."""
    folded, n = tokens.folded, len(tokens)
    for k in used:
        if folded[k] not in _AIRPORT_WORDS:
            continue
        if k + 1 < n and folded[k + 1] in _ROADS and tokens[k + 1].gap == " ":
            return f"{tokens.words[k]} {tokens.words[k + 1]}"
        back = k - 1
        while back >= 0 and k - back <= 3 and folded[back] in ("de", "d", "l", "la", "do", "del", "of", "the"):
            back -= 1
        if back >= 0 and back < k - 1 and folded[back] in _ROADS_BEFORE:
            return " ".join(tokens.words[back : k + 1])
    return None


# The words a phrase of movement ends with before the place: "rumo a Metuge", "en direction de".
_TOWARDS_LAST = frozenset("a de d".split())
_TOWARDS_FIRST = frozenset("rumo direction direccion direcao destino".split())


# People on the move, and where they arrive: "residents of Malam Fatori walked to Damasak",
# "thousands of residents of Kemise have arrived in Kombolcha", "families from Chetimari moved into
# Diffa", "deslocados chegaram a Namapa", "llegaron a Cúcuta", "sont arrivés à Ouahigouya". The
# town they reach is where they shelter, not where the item happens: the trouble is where they
# came from. Verbs by stem, each language's read only in an item of that language: English "pour"
# is French "for", and so is every stem a word of another language may share.
_MOVING: dict[str, frozenset[str]] = {
    "en": _stems(
        "flee fled fleeing escape escaped evacuate evacuated walk walked walking trek treks trekked trekking move "
        "moved moving arrive arrives arrived arriving relocate relocated relocating pour poured pouring stream "
        "streamed streaming flock flocked flocking shelter sheltered sheltering refuge cross crossed crossing",
        "en",
    ),
    "fr": _stems(
        "fuir fuient fui fuyant evacue evacues arriver arrive arrives arrivent affluer affluent affluant "
        "refugier refugie refugies",
        "fr",
    ),
    "pt": _stems(
        "fugir fogem fugiram fugindo deslocados refugiaram chegar chegam chegaram chegando chegou caminhar "
        "caminharam abrigar abrigaram abrigados refugiados",
        "pt",
    ),
    "es": _stems(
        "huir huyen huyeron huyendo desplazados refugiaron llegar llegan llegaron llegando llego caminar "
        "caminaron refugiados refugiarse albergados",
        "es",
    ),
}
# The languages each preposition before the town is a word of: the verb before it is read in
# those only ("tué pour de l'argent à Ouahigouya" is French, where "pour" is "for", no verb).
_PREPOSITION_LANGUAGES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("to into in at for towards".split(), ("en",)),
    **dict.fromkeys("au aux vers dans".split(), ("fr",)),
    **dict.fromkeys("em na no ao rumo".split(), ("pt",)),
    **dict.fromkeys("al hacia".split(), ("es",)),
    "a": ("fr", "pt", "es"),
    "en": ("fr", "es"),
    "para": ("pt", "es"),
    "pour": ("fr",),
}
# English "leave" moves people only towards a place "for": "left for Diffa"; "left 12 dead in
# Maiduguri", "left his body in", "on leave in" say nothing of a journey.
_LEAVING = _stems("leave leaves leaving left", "en")
# The words of the town people move to or arrive in: "to", "into", "in", "at", "for" ("left for
# Diffa"), "vers", "à", "en", "para", "em", "hacia", "a".
_ARRIVED_AT = _DESTINATIONS | frozenset("into in at a au aux en em na no ao al".split())
_POSSESSIVE = frozenset("'’")
_MOVING_REACH = 5  # words between the verb and the preposition's town: "leave river villages for Diffa"
# A word of moving after one of these is a noun, not a verb: "at a crossing", "their flight".
_NOUN_BEFORE = frozenset(
    "a an the his her their its our this un une le la les l du sa son ses leur leurs um uma o os as do da "
    "el los las del su sus".split()
)
# Subjects and auxiliaries between a clause's opening word and its verb: "after they arrived",
# "who had fled", "qui se sont réfugiés", "depois de chegarem", "después de llegar".
_SUBJECT_OR_AUXILIARY = frozenset(
    "they he she it had have has were was been then later finally eventually also being having "
    "ils elles il elle sont ont etaient avaient se s y etait est etre sont ete "
    "eles elas foram tinham ja de d "
    "han habian ya fueron haber".split()
)
# A relative pronoun or a conjunction of time opening the clause of the moving: the people who
# fled to the town, or the moment they reached it ("residents who fled to Maiduguri were attacked",
# "ambushed as they moved to", "attacked after they arrived in", "al llegar a"). The item then
# tells what befell them there or on the way: the town is no refuge away from the scene.
_CLAUSE_OPENING = frozenset(
    "who that which whom after as when once while upon since until "
    "qui que lorsqu lorsque quand apres "
    "quando depois apos "
    "quienes cuando tras despues al".split()
)


def _people_arrive(tokens: Tokens, first: int, end: int) -> bool:
    """Whether the name at words `first`..`end` (exclusive) is only where people walk, flee, move
    or arrive (a verb of moving, in the language of the preposition before it, among the few words before its
    preposition, in the same clause): a refuge, no scene. Not where the moving is told in a clause
    of whom something befell, or of when ("families who fled to Maiduguri were attacked", "ambushed
    as they moved to"), unless what follows is only what they said ("who fled to Damasak said").
    Cheapest test first: the word before the name."""
    folded = tokens.folded
    if first >= 3 and folded[first - 1] == "s" and tokens[first - 1].gap in _POSSESSIVE and tokens[first - 2].capitalized:
        first -= 2  # "crossed into Niger's Diffa region": the country it lies in between
    if first == 0 or folded[first - 1] not in _ARRIVED_AT:
        return False
    for k in range(first - 2, max(-1, first - 2 - _MOVING_REACH), -1):
        if _broken(tokens, k, first):
            return False
        word = folded[k]
        if deed_word(word):
            return False  # "Deslocados do ataque a Macomia": the town the deed was done to, no refuge
        if stem(word, "en") in _LEAVING:
            if folded[first - 1] != "for":
                continue
        elif not any(stem(word, lang) in _MOVING[lang] for lang in _PREPOSITION_LANGUAGES.get(folded[first - 1], ())):
            continue  # French "pour" before "à": no verb of English
        opening = k - 1
        while opening >= 0 and folded[opening] in _SUBJECT_OR_AUXILIARY and not _broken(tokens, opening, k):
            opening -= 1
        if opening >= 0 and not _broken(tokens, opening, k):
            if folded[opening] in _NOUN_BEFORE:
                continue  # "at a crossing": a noun
            if folded[opening] in _CLAUSE_OPENING:
                return _only_said_after(tokens, end)
        return True
    return False


def _only_said_after(tokens: Tokens, end: int) -> bool:
    """Whether the clause after a town (from word `end`) goes on to a verb of saying before any
    other: "residents who fled to Damasak said the attackers burned the market"."""
    for k in range(end, min(len(tokens), end + 4)):
        if k > end and _broken(tokens, k - 1, k):
            return False
        if _said(tokens.folded[k], after=True):
            return True
    return False


def _fled_to(tokens: Tokens, first: int) -> bool:
    """Whether the name at word `first` is only where people flee: "fleeing to Pemba",
    "deslocados fogem para Pemba", "huyen hacia Cúcuta", "fogem de Macomia rumo a Metuge"."""
    folded = tokens.folded
    if first >= 2 and folded[first - 1] in _TOWARDS_LAST and folded[first - 2] in _TOWARDS_FIRST:
        first -= 1  # "rumo a Metuge": the phrase of movement's last word
    if first == 0 or folded[first - 1] not in _DESTINATIONS:
        return False
    for k in range(first - 2, max(-1, first - 5), -1):
        if _broken(tokens, k, first):
            return False
        if any(stem(folded[k], lang) in _FLEEING for lang in LATIN):
            return True
    return False
