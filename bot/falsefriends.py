"""When a watched name in a sentence does not mean the place. Pure: no I/O.

"Gao Feng said", "Mr Kano", "the Bamako Convention", "the River Niger", "Office du Niger",
"Niger Insurance", "Gao, China", "GAO report", « Timbuktu » (a film): the name is there, the
place is not. `judge_context` reads the words around a match and returns a reason an analyst
can check, or None when the name stands for the place.

Capitals carry much of the evidence ("Gao Feng" is a person, "Gao market" is not), and how
common a word is (from `wordfreq`) tells a surname from an ordinary word; in a headline In
Title Case, ordinary words are capitalised too, so only rare capitalised neighbours count there.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import lru_cache
from typing import NamedTuple

from wordfreq import zipf_frequency

from .places import country_codes
from .textnorm import Token, Tokens


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(*texts: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(text.split()) for text in texts)


# Words that, right before a name, make it a person's name (titles, roles, relatives).
HONORIFICS = _words(
    "mr mrs ms miss dr prof sir lord lady madam monsieur madame mademoiselle m mme mlle president minister "
    "senator ambassador judge coach striker defender midfielder goalkeeper player actor actress singer rapper artist "
    "author writer novelist businessman businesswoman spokesman spokeswoman chairman ceo founder professor doctor "
    "journalist reporter photographer director filmmaker colleague son daughter wife husband brother sister "
    "rappeur rappeuse chanteur chanteuse acteur actrice artiste ecrivain ecrivaine auteur auteure romancier joueur "
    "joueuse attaquant defenseur milieu gardien entraineur ministre depute deputee docteur professeur journaliste "
    "photographe realisateur realisatrice cineaste homme femme fils fille epouse mari frere soeur pdg fondateur "
    "researcher analyst expert economist historian scientist chercheur chercheuse analyste experte economiste "
    "historien historienne"
)
ABBREVIATED_TITLES = _words("m mr mrs ms dr mme mlle prof st gen lt col capt sgt")

# Words that, right after a name, make it something named after the place.
NAMED_AFTER = _words(
    "convention declaration declarations initiative agreement accord accords treaty traite process protocol protocole "
    "delta state basin bassin bend valley authority commission agency federation fc club cup coupe stars pillars "
    "united empire river fleuve sc ac insurance assurance assurances bank banque airways airlines dock docks group "
    "groupe holdings company ltd plc inc breweries brasseries cement telecom telecoms petroleum mining resources "
    "energy times tribune daily radio tv television institute institut foundation fondation fund fonds council "
    "association union party parti movement mouvement front alliance bar cafe restaurant"
)

# Words that, right before a name (maybe through "of"/"du"...), make it something else:
# a river or region named after it, a street, an agency, a treaty, a club.
NOT_PLACE_BEFORE = _words(
    "river fleuve riviere boucle office real treaty traite convention accord accords declaration protocol protocole "
    "initiative delta bassin basin avenue rue boulevard bd place etat state autorite authority lower upper middle "
    "interieur"
)
GENITIVES = _words("of the du de des d l la le les")

# River names: "the Niger", "sur le Niger", "along the Niger" mean the river, not the country.
RIVERS = _words("niger senegal congo benue volta nile")
RIVER_BEFORE = _phrases("the", "sur le", "le long du", "rives du", "berges du", "along the", "across the", "on the")
COUNTRY_AFTER = _words("government gouvernement army armee junta junte republic republique authorities autorites capital")

CONNECTORS = _words("of in at the de du des d l la le les s a to near on from for et and")

# Capitalised words that may stand next to a place name without making it a person's name.
PLACE_WORDS = _words(
    "airport aeroport international region province district city town capital village commune cercle camp base "
    "barracks market marche prison hospital hopital university universite school ecole stadium stade bridge pont road "
    "route highway station gare hotel mosque mosquee cathedral church embassy ambassade police gendarmerie army armee "
    "military militaire mayor maire governor gouverneur authorities officials residents court tribunal palace palais "
    "republic republique north south east west northern southern eastern western central greater downtown nord sud "
    "est ouest centre monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi "
    "samedi dimanche january february march april may june july august september october november december janvier "
    "fevrier mars avril mai juin juillet aout septembre octobre novembre decembre afp reuters ap rfi bbc un"
)

# Nouns that introduce a name in quotes that is a work or a venue, not a place.
TITLED_WORKS = _words(
    "film movie book novel album song documentary series show play opera restaurant bar hotel cafe club "
    "livre roman chanson documentaire serie emission piece spectacle"
)
# Capitalised, these open a club's or an airline's name: "Stade malien de Bamako", "Air Burkina".
CLUB_WORDS = _words("stade union association real olympique sporting racing jeunesse etoile air")
DEMONYM_ENDINGS = ("aise", "ais", "ienne", "ien", "oise", "ois", "aine", "ain", "ane")
# "Mali, a town in Guinea": the appositive that places a namesake elsewhere.
SETTLEMENT_WORDS = _words("town city village settlement locality commune ville localite bourgade")
OPENING_QUOTES = "«“\"‘'"
CLOSING_QUOTES = "»”\"’'"
COMMON_ZIPF = 4.0  # wordfreq's scale: 4 is about once in every 100,000 words
RARE_ZIPF = 2.5  # rarer than this in both languages: not an everyday word
NAME_BALANCE = 0.6  # zipf points between a word's English and French frequency, for a name


def _zipf(word: str, language: str) -> float:
    """wordfreq's "small" lists (words seen at least once per million) take 7 MB of memory
    where the full ones take 67 MB; rarer words read as 0, which is all these rules need."""
    return zipf_frequency(word, language, wordlist="small")


@lru_cache(maxsize=65536)
def is_common_word(folded: str) -> bool:
    """An ordinary English or French word, as opposed to a rare one such as a surname."""
    return max(_zipf(folded, "en"), _zipf(folded, "fr")) >= COMMON_ZIPF


def capitals_style(tokens: Tokens) -> tuple[bool, bool]:
    """(Title Case, ALL CAPS) for a field: then capitals say little about what is a name.

    A headline is In Title Case when most of its capitalised words (after the first) are
    ordinary words ("Gunmen Attack Gao Market"); in ordinary sentences capitalised words are
    mostly names ("Photographer Mariko Kano wounded in Kabul").
    """
    letters = [w for w in tokens.words if w[:1].isalpha()]
    if len(letters) >= 3 and sum(1 for w in letters if w.isupper() and len(w) > 1) >= 0.8 * len(letters):
        return False, True
    later = [(w, f) for w, f in zip(tokens.words[1:], tokens.folded[1:], strict=True) if w[:1].isupper() and len(w) >= 3]
    ordinary = sum(1 for _, f in later if f not in CONNECTORS and is_common_word(f))
    return ordinary >= 2 and ordinary >= 0.5 * len(later), False


@lru_cache(maxsize=65536)
def looks_like_name(folded: str) -> bool:
    """A rare word about as frequent in English as in French: a name, not a word of either.

    Names travel between languages unchanged ("Feng", "Marton", "Mariko"), while a rare
    ordinary word belongs to one language ("outskirts", "villagers").
    """
    english, french = _zipf(folded, "en"), _zipf(folded, "fr")
    if max(english, french) < RARE_ZIPF:
        return True  # too rare to be an everyday word in either language ("Guruswamy")
    return max(english, french) < COMMON_ZIPF and abs(english - french) <= NAME_BALANCE


def _ends(tokens: Sequence[Token], end: int, phrases: Collection[tuple[str, ...]]) -> bool:
    """Whether the words just before index `end` are one of `phrases`."""
    return any(tuple(t.folded for t in tokens[max(0, end - len(p)) : end]) == p for p in phrases)


class FalseFriend(NamedTuple):
    """Why a found name is not the place, and how far that reaches in the same item.

    `scope` "mention": only this mention. "person": every mention of the item that nothing
    marks as a place (a person named Gao is Gao throughout the story, but "near Gao" is still
    the town). "item": every mention (a story set in Timbuctoo, New Jersey).
    """

    reason: str
    scope: str = "mention"


LOCATIVES = _words("in near at from to into outside around across inside a au aux en dans pres vers")
_BETWEEN_LOCATIVE = _words(
    "the la le l northern southern eastern western central north south east west nord sud est ouest centre du"
)


def locative(tokens: Sequence[Token], first: int) -> bool:
    """Whether a mention is introduced as a place: "in Gao", "in western Niger", "à Kano",
    or heads a headline as a dateline does ("Niger: ...")."""
    if tokens[first].first and first + 1 < len(tokens) and tokens[first + 1].gap.strip().startswith(":"):
        return True
    index = first - 1
    while index >= 0 and first - index <= 2 and tokens[index].folded in _BETWEEN_LOCATIVE:
        index -= 1
    return index >= 0 and tokens[index].folded in LOCATIVES


def judge_context(
    tokens: Sequence[Token],
    first: int,
    last: int,
    single_word: bool,
    title_case: bool,
    place_vocabulary: Collection[str],
    home_countries: Callable[[tuple[str, ...]], frozenset[str]],
    code: bool = False,
    all_caps: bool = False,
) -> FalseFriend | None:
    """Why the name at tokens[first..last] does not mean the place, or None when it does."""
    named = tokens[first]
    before = tokens[first - 1] if first > 0 else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    spelled = " ".join(t.word for t in tokens[first : last + 1])

    def neutral(token: Token) -> bool:
        return token.folded in PLACE_WORDS or token.folded in CONNECTORS or token.folded in place_vocabulary

    if after is not None and not after.sentence_start and "," not in after.gap and after.folded in NAMED_AFTER:
        return FalseFriend(f"named after the place ({spelled} {after.word})")
    if after is not None and after.gap in ("'", "’") and after.folded != "s":
        return FalseFriend(f"part of a longer name ({spelled}{after.gap}{after.word})")
    if before is not None and not named.sentence_start:
        if _club(tokens, first - 1):
            return FalseFriend(f"a club or company named after the place ({before.word} {spelled})")
        if before.folded in NOT_PLACE_BEFORE:
            return FalseFriend(f"not the place ({before.word} {spelled})")
        back = first - 1
        while back > 0 and tokens[back].folded in GENITIVES and first - back <= 2:
            back -= 1
        if back < first - 1 and tokens[back].folded in NOT_PLACE_BEFORE:
            return FalseFriend(f"not the place ({' '.join(t.word for t in tokens[back : last + 1])})")
        if back < first - 1 and _club(tokens, back):
            return FalseFriend(f"a club named after the place ({' '.join(t.word for t in tokens[back - 1 : last + 1])})")
    river = single_word and named.folded in RIVERS and _ends(tokens, first, RIVER_BEFORE)
    if river and not (after is not None and after.folded in COUNTRY_AFTER):
        return FalseFriend(f"the river ({tokens[first - 1].word} {spelled})")
    if after is not None and ("," in after.gap or "(" in after.gap):
        elsewhere = _elsewhere(tokens, first, last, home_countries)
        if elsewhere:
            return FalseFriend(f"a place of the same name elsewhere ({spelled}, {elsewhere})", "item")
    if _quoted_title(tokens, first, last):
        return FalseFriend(f"a title in quotes ({spelled})", "item")
    if not single_word:
        return None
    titled = before is not None and before.folded in HONORIFICS and "," not in named.gap
    abbreviated = before is not None and before.folded in ABBREVIATED_TITLES and named.gap.strip() == "."
    if before is not None and titled and (not named.sentence_start or abbreviated):
        return FalseFriend(f"a person's name ({before.word} {spelled})", "person")
    before2 = tokens[first - 2] if first > 1 else None
    if (
        before is not None
        and before2 is not None
        and before2.folded in HONORIFICS
        and before.word[:1].islower()
        and before.folded not in CONNECTORS
        and not named.sentence_start
        and not before.sentence_start
    ):
        return FalseFriend(
            f"a person's name ({before2.word} {before.word} {spelled})", "person"
        )  # "la chercheuse finlandaise Kati"
    if (
        before is not None
        and before2 is not None
        and before.capitalized
        and before2.folded in ("le", "la", "l", "the")
        and before.folded.endswith(DEMONYM_ENDINGS)
        and not named.sentence_start
    ):
        return FalseFriend(f"a person's name ({before2.word} {before.word} {spelled})", "person")  # "La Finlandaise Kati"
    if code or all_caps:
        return None
    if before is not None and before.word in ("Le", "La", "Les", "L") and not before.sentence_start:
        return FalseFriend(f"a venue or title named after the place ({before.word} {spelled})", "item")
    if len(named.word) <= 3 and named.word.isupper() and after is not None and after.gap == " " and after.word[:1].isalpha():
        return FalseFriend(f"an acronym ({spelled} {after.word})", "person")  # "GAO report": a place would be written "Gao"

    def surname_like(token: Token, gap: str) -> bool:
        """A capitalised name written right next to the name: "Gao Feng", "Jigoro Kano"."""
        return token.capitalized and gap == " " and not neutral(token) and looks_like_name(token.folded)

    if after is not None and not after.sentence_start and surname_like(after, after.gap):
        return FalseFriend(f"a person's or organisation's name ({spelled} {after.word})", "person")
    named_site = after is not None and after.capitalized and after.folded in PLACE_WORDS  # "Aminu Kano International Airport"
    if before is not None and surname_like(before, named.gap) and not named_site:
        return FalseFriend(f"a person's name ({before.word} {spelled})", "person")
    return None


def _appositive_country(tokens: Sequence[Token], index: int) -> tuple[str, str] | None:
    """ "Mali, a town in Guinea's Labé region": the country of an appositive, if there is one."""
    words = [t.folded for t in tokens[index : index + 8]]
    if len(words) < 4 or words[0] not in ("a", "une", "un") or not SETTLEMENT_WORDS.intersection(words[1:3]):
        return None
    codes = country_codes()
    for offset in range(2, len(words)):
        for size in (2, 1):
            key = tuple(words[offset : offset + size])
            if len(key) == size and key in codes:
                return codes[key], " ".join(t.word for t in tokens[index + offset : index + offset + size])
    return None


def _club(tokens: Sequence[Token], index: int) -> bool:
    """ "Stade malien de", "Union sportive de": a capitalised club word, maybe with an adjective."""
    word = tokens[index]
    if word.capitalized and word.folded in CLUB_WORDS:
        return True
    return index > 0 and word.word[:1].islower() and tokens[index - 1].capitalized and tokens[index - 1].folded in CLUB_WORDS


def _elsewhere(
    tokens: Sequence[Token], first: int, last: int, home_countries: Callable[[tuple[str, ...]], frozenset[str]]
) -> str | None:
    """A country or state named right after the place ("Gao, China") that is not the place's own."""
    codes = country_codes()
    place = tuple(t.folded for t in tokens[first : last + 1])
    in_brackets = "(" in tokens[last + 1].gap
    where = _appositive_country(tokens, last + 1)
    if where is not None:
        code, spelled = where
        home = home_countries(place)
        return spelled if home and code not in home else None
    for size in (3, 2, 1):
        words = tuple(t.folded for t in tokens[last + 1 : last + 1 + size])
        named = codes.get(words) if len(words) == size else None
        if named is not None:
            if place in codes and not in_brackets:
                return None  # a list of countries: "Mali, Niger and Burkina Faso"
            home = home_countries(place)
            return " ".join(t.word for t in tokens[last + 1 : last + 1 + size]) if home and named not in home else None
    return None


def _quoted_title(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Le film « Timbuktu », le restaurant « Le Niamey »: a work or a venue, named in quotes."""
    after_gap = tokens[last + 1].gap if last + 1 < len(tokens) else ""
    if not after_gap.strip() or after_gap.strip()[0] not in CLOSING_QUOTES:
        return False
    for start in range(first, max(0, first - 3), -1):
        if any(ch in OPENING_QUOTES for ch in tokens[start].gap):
            return tokens[start - 1].folded in TITLED_WORKS
    return False
