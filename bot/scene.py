"""Whether a report's text names a town as where its news happened (the scene) or only aside:
where the wounded were taken ("the injured were evacuated to Kouré"), how far from it the news
was ("a village 60 km north of Kouré"), what happened there before ("Kouré, hit by a similar
bombing in 2019"); or beside another settlement it names as the scene ("the blast hit Lagdo; the
wounded were flown to Kouré"). A country's report the same day as a town's tells the town's
incident only when its text places its own there (`bot.story`). Pure: no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .incident import other_names
from .textnorm import Tokens, fold, sentence_bounds

# Where the wounded, the dead or the survivors were taken, a few words before the town: "taken to",
# "evacuated to", "flown to", "évacués vers l'hôpital de", "trasladados al hospital de", "levados
# para", "نقلوا إلى". Folded words, and the stems of their inflections.
_TRANSFER = frozenset(
    (
        "taken flown rushed moved brought admitted treated carried "
        "admis soignes emmenes conduits llevados llevadas llevado atendidos levados levadas levado internados "
        "socorridos socorridas"
    ).split()
) | frozenset(fold(w) for w in "نقل نقلوا نقلت أسعف أسعفوا".split())
_TRANSFER_STEMS = ("evacu", "transport", "transfer", "traslad", "achemin", "hospitali", "airlift", "rapatri")
TRANSFER_WORDS = 6  # how far before the town its transfer may stand ("were taken to hospital in")
# A distance from the town: "180 km north of", "à 100 km de", "a 50 kilómetros de", "على بعد 30 كلم من".
_UNITS = frozenset(
    "km kms kilometres kilometers kilometre kilometer kilometros kilometro quilometros quilometro miles mile".split()
) | frozenset(fold(w) for w in "كلم كم كيلومتر كيلومترا كيلومترات".split())
_DISTANCE_KM = re.compile(r"\d+kms?")
DISTANCE_WORDS = 4  # how far before the town its distance may stand ("180 km north of")
# What happened there before: a past year after "in" ("in 2014", "en 2019", "em 2018", "في 2015").
_IN = frozenset({"in", "en", "em", "no", "na", fold("في")})
# The words after which a name says where the news is ("bomber struck in Damasak", "à Ansongo",
# "em Mocímboa", "في ..."), as written.
SCENE_WORDS = frozenset({"in", "at", "à", "en", "em", "في"})
# The nouns a province's name may carry ("Borno State", "la région de Mopti"): no settlement. Folded.
PROVINCE_NOUNS = frozenset("state province region governorate county etat estado provincia regiao gouvernorat wilaya".split())


def asides(
    summary: Tokens, names: Mapping[str, tuple[str, ...]], known: Sequence[str], around: frozenset[str], year: int
) -> frozenset[str]:
    """The watched towns or sites (`names`: each one's folded name) a text names only aside, not
    as its scene: every mention where the wounded went, a distance from it or its past
    (`_aside`); or all of them when the text names another settlement as its scene (`_other_scene`).
    `known`: the names and name words of the item's watched places; `around`: the words of the
    provinces they lie in; `year`: the report's, after which no year is past."""
    mentions = {name: _mentions(summary.folded, words) for name, words in names.items()}
    if not any(mentions.values()):
        return frozenset()
    # A town written as the scene ("explosives in Maiduguri, the army said in Abuja") is no aside,
    # whatever else the text names or recalls, unless it is where someone was taken or a distance.
    placed = {name for name, found in mentions.items() if any(_written_as_scene(summary, k, year) for k in found)}
    if _other_scene(summary, known, around):
        return frozenset(name for name, found in mentions.items() if found and name not in placed)
    return frozenset(
        name for name, found in mentions.items() if found and name not in placed and all(_aside(summary, k, year) for k in found)
    )


def _mentions(folded: Sequence[str], name: tuple[str, ...]) -> list[int]:
    """Where a name's folded words start in a text's."""
    if not name:
        return []
    return [i for i in range(len(folded) - len(name) + 1) if tuple(folded[i : i + len(name)]) == name]


def _written_as_scene(tokens: Tokens, k: int, year: int) -> bool:
    """Whether the mention of a town at word `k` stands right after a word of the scene ("in",
    "à", "في": `SCENE_WORDS`) and is neither where someone was taken, a distance, nor a past
    year's right after it ("un attentat similaire à Gao en 2019")."""
    if k == 0 or tokens.words[k - 1].lower() not in SCENE_WORDS or _taken_or_distant(tokens, k):
        return False
    folded = tokens.folded
    return not any(
        folded[j] in _IN and _a_past_year(folded[j + 1], year) for j in range(k + 1, min(len(folded) - 1, k + 1 + PAST_NEAR))
    )


PAST_NEAR = 3  # how near after a town a past year says it is history ("à Gao en 2019")


def _a_past_year(word: str, year: int) -> bool:
    """Whether a word is a year before `year`."""
    return word.isdigit() and len(word) == 4 and 1900 <= int(word) < year


def _aside(tokens: Tokens, k: int, year: int) -> bool:
    """Whether the mention of a town at word `k` names it aside: where someone was taken, a
    distance from it, or what happened there in a past year, in its sentence."""
    if _taken_or_distant(tokens, k):
        return True
    folded = tokens.folded
    start, end = sentence_bounds(tokens, k, k)
    return any(_a_past_year(folded[j], year) and folded[j - 1] in _IN for j in range(max(start, 1), end))


def _taken_or_distant(tokens: Tokens, k: int) -> bool:
    """Whether the mention of a town at word `k` is where someone was taken ("evacuated to
    hospital in") or a distance from it ("180 km north of")."""
    folded = tokens.folded
    for j in range(k - 1, max(-1, k - 1 - TRANSFER_WORDS), -1):
        if folded[j] in _TRANSFER or folded[j].startswith(_TRANSFER_STEMS):
            return True
        if tokens.starts_sentence(j):
            break
    return any(w in _UNITS or _DISTANCE_KM.fullmatch(w) for w in folded[max(0, k - DISTANCE_WORDS) : k])


def _other_scene(summary: Tokens, known: Sequence[str], around: frozenset[str]) -> bool:
    """Whether a text names a settlement other than its watched places (`known`) and their
    provinces (`around`, or a name before a province's noun: "Borno State") as where its news
    is: a capitalised name after "in", "at", "à", "en", "em" (`SCENE_WORDS`)."""
    names = other_names(summary, list(known)) - around
    if not names:
        return False
    words, folded = summary.words, summary.folded
    for i, word in enumerate(folded):
        if word not in names:
            continue
        start = i
        while start > 0 and words[start - 1][:1].isupper() and folded[start - 1] not in around:
            start -= 1
        end = i + 1
        while end < len(folded) and words[end][:1].isupper():
            end += 1
        if end < len(folded) and folded[end] in PROVINCE_NOUNS:
            continue  # "in Yobe State": a province
        if start > 0 and words[start - 1].lower() in SCENE_WORDS:
            return True
    return False
