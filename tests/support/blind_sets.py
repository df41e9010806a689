"""What every blind labelled set of the matcher checks (`tests/test_languages_blind*.py`,
`tests/test_places_blind*.py`): its figures hold their floors, and the set keeps its shape (its
size, its languages, no item twice, its share of items that should alert). Each set's own file
keeps what differs: how the set was written, its first-contact figures and its floors.

The scores are computed once per process (one matcher build and one pass over the set), however
many of a set's tests ask for them, as the module-scoped fixtures did."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache

from tests.test_languages_labelled import by_language, scored
from tests.test_match_labelled import evaluate, load_cases

FIVE_LANGUAGES = ("en", "fr", "pt", "es", "ar")


@cache
def set_score(name: str, config: str) -> dict:
    """`evaluate`'s precision and recall of a set (its tallies by category printed under -s)."""
    return evaluate(name, config)


@cache
def set_score_with_f1(name: str, config: str) -> dict:
    """`scored`: precision, recall and F1 (printed under -s)."""
    return scored(name, config)


@cache
def set_score_by_language(name: str, config: str) -> dict[str, dict]:
    """`by_language`: precision, recall and F1 of each language (printed under -s)."""
    return by_language(name, config)


def holds_its_floors(outcome: dict, precision: float, recall: float) -> None:
    assert outcome["precision"] >= precision
    assert outcome["recall"] >= recall


def keeps_its_shape(
    name: str,
    size: tuple[int, int | None],
    languages: Iterable[str],
    shares: dict[str, float] | None = None,
    alerting: tuple[float, float] | None = None,
    unique_texts: bool = True,
) -> None:
    """The set `name` has between size[0] and size[1] items (None: no upper bound), exactly these
    languages, each language of `shares` at least that share of the items, no id twice, no text
    twice (unless `unique_texts` is off), and a share of items expecting an alert within `alerting`."""
    cases = load_cases(name)
    low, high = size
    assert len(cases) >= low
    if high is not None:
        assert len(cases) <= high
    counts = Counter(c["lang"] for c in cases)
    assert set(counts) == set(languages)
    for lang, share in (shares or {}).items():
        assert counts[lang] >= share * len(cases)
    assert len({c["id"] for c in cases}) == len(cases)
    if unique_texts:
        assert len({(c["title"], c["summary"]) for c in cases}) == len(cases)
    if alerting is not None:
        expecting = sum(1 for c in cases if c["expect"])
        assert alerting[0] <= expecting / len(cases) <= alerting[1]


def holds_story_floors(outcome: dict, first_contact: dict, floors: dict, max_messages_per_incident: float) -> None:
    """A blind same-incident set's figures (`tests.test_story_blind3.measure`) against its floors:
    no more reports matching no watched place than at first contact, precision, recall and F1 at
    least their floors, no more messages per incident than allowed, and no incident hidden or
    late beyond those that were at first contact."""
    assert outcome["unmatched"] <= first_contact["unmatched"]
    for figure in ("precision", "recall", "f1"):
        assert outcome[figure] >= floors[figure]
    assert outcome["messages per incident"] <= max_messages_per_incident
    assert outcome["hidden"] <= first_contact["hidden"]
    assert outcome["late"] <= first_contact["late"]
