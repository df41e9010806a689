"""When a watched name in a sentence does not mean the place. Pure: no I/O.

"Gao Feng said", "Mr Kano", "the Bamako Convention", "the River Niger", "Office du Niger",
"Kano Pillars", "Gao, China": the name is there, the place is not. These rules read the words
around a match; each returns a reason an analyst can check, or None when the name stands for
the place.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from .textnorm import Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that, right before a name, make it a person's name.
HONORIFICS = _words(
    "mr mrs ms miss dr prof sir lord lady madam monsieur madame mademoiselle m mme mlle president minister "
    "senator ambassador judge coach striker defender midfielder goalkeeper player actor actress singer rapper artist "
    "author writer businessman businesswoman spokesman spokeswoman chairman ceo founder professor doctor "
    "journalist reporter colleague son daughter wife husband brother sister"
)

# Words that, right after a name, make it something named after the place.
NAMED_AFTER = _words(
    "convention declaration declarations initiative agreement accord accords treaty traite process protocol protocole "
    "delta state basin bassin authority commission agency federation fc club cup coupe stars pillars united empire "
    "river fleuve sc ac"
)

# Words that, right before a name (with an optional connector), make it something else.
NOT_PLACE_BEFORE = _words(
    "river fleuve riviere boucle office real treaty traite convention accord accords declaration protocol protocole initiative"
)

CONNECTORS = _words("of in at the de du des d l la le les s a to near on from for et and")

# Capitalised words that may stand next to a place name without making it a person's name.
PLACE_WORDS = _words(
    "airport aeroport international region province district city town capital village commune cercle camp base "
    "barracks market marche prison hospital hopital university universite school ecole stadium stade bridge pont road "
    "route highway station gare hotel mosque mosquee cathedral church embassy ambassade police gendarmerie army armee "
    "military militaire mayor maire governor gouverneur authorities officials residents court tribunal palace palais "
    "north south east west northern southern eastern western central greater downtown nord sud est ouest centre "
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche "
    "january february march april may june july august september october november december janvier fevrier mars "
    "avril mai juin juillet aout septembre octobre novembre decembre afp reuters ap rfi bbc un"
)

COUNTRIES = _words(
    "china chine japan japon korea coree taiwan india inde greece grece italy italie spain espagne france germany "
    "allemagne usa america amerique canada brazil bresil mexico mexique russia russie turkey turquie iran iraq "
    "israel egypt egypte fiji fidji philippines indonesia indonesie vietnam australia australie texas california"
)


def judge_context(
    tokens: Sequence[Token], first: int, last: int, single_word: bool, title_case: bool, place_vocabulary: Collection[str]
) -> str | None:
    """Why the name at tokens[first..last] does not mean the place, or None when it does."""
    before = tokens[first - 1] if first > 0 else None
    before2 = tokens[first - 2] if first > 1 else None
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    named = tokens[first]

    if after is not None and after.folded in NAMED_AFTER and not after.sentence_start and "," not in after.gap:
        return f"named after the place ({tokens[first].word} {after.word})"
    if before is not None and not named.sentence_start:
        if before.folded in NOT_PLACE_BEFORE:
            return f"not the place ({before.word} {named.word})"
        if (
            before.folded in CONNECTORS
            and before2 is not None
            and before2.folded in NOT_PLACE_BEFORE
            and not before.sentence_start
        ):
            return f"not the place ({before2.word} {before.word} {named.word})"
    if after is not None and after.folded in COUNTRIES and ("," in after.gap or "(" in after.gap):
        return f"a place of the same name elsewhere ({named.word}, {after.word})"
    if not single_word:
        return None
    if before is not None and before.folded in HONORIFICS and not named.sentence_start and "," not in named.gap:
        return f"a person's name ({before.word} {named.word})"
    if title_case:
        return None  # In A Title Case Headline capitals say nothing about names
    if (
        after is not None
        and after.capitalized
        and after.gap == " "
        and not after.sentence_start
        and after.folded not in PLACE_WORDS
        and after.folded not in CONNECTORS
        and after.folded not in place_vocabulary
    ):
        return f"a person's or organisation's name ({named.word} {after.word})"
    if (
        before is not None
        and before.capitalized
        and named.gap == " "
        and not before.sentence_start
        and before.folded not in PLACE_WORDS
        and before.folded not in CONNECTORS
        and before.folded not in place_vocabulary
    ):
        return f"a person's name ({before.word} {named.word})"
    return None
