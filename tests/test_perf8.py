"""Speed round perf8 (issues 16 and 17's speed targets): work grouping no longer repeats, with the
same answers. Correctness only: the timings are `python -m bot bench story`'s.

- A report's words are read for their kind of event, for casualties and for the words of a
  follow-up, a reopening, an inquiry or a new attack (`says`) from per-language tables of
  remembered answers (`bot.incident.WordAnswers`), not through a two-argument `lru_cache` or a
  generator per word.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from bot import incident, story
from bot.incident import WordAnswers, word_answers
from bot.textnorm import tokenize

# Words of events, targets, casualties and their contexts in the five languages, and filler.
VOCABULARY = (
    "attack attacks attacked gunmen gunfire fire fires strike strikes drone air held hostage kidnapped hijacked bus "
    "explosion blast bomb suicide protest sit in tear gas shot dead and killed wounded after violence coup prison "
    "inmates escape fled fogo fogem tir tirs obus coups de feu siège attaque attentat tués morts blessés manifestation "
    "enlèvement muertos mortos ataque explosión secuestro incendio firefighters pompiers market marché the a in of by "
    "هجوم انفجار قتلى مسلحون طائرة مسيرة سجن فرار إطلاق نار Bamako Gao police army troops reopens reopened rouvre "
    "reabre again nouvelle nouveau inquiry probe enquête investigation toll claims revendique funeral mourners siege "
    "violence killings tuerie"
).split()
LANGUAGES = ("en", "fr", "pt", "es", "ar")


class _Asked:
    """`WordAnswers` without the memory: every word asked again, as before the table."""

    def __init__(self, ask: Callable[[str, tuple[str, ...]], object], langs: tuple[str, ...]):
        self._ask, self._langs = ask, langs

    def __getitem__(self, word: str) -> object:
        return self._ask(word, self._langs)


def _texts(seed: int, count: int) -> list[tuple[str, tuple[str, ...]]]:
    rng = random.Random(seed)
    return [
        (" ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 14))), tuple(rng.sample(LANGUAGES, rng.randint(1, 3))))
        for _ in range(count)
    ]


def _read(text: str, langs: tuple[str, ...]) -> tuple[object, ...]:
    tokens = tokenize(text)
    tables = (incident._REOPEN, incident._FOLLOW_UP, incident._INQUIRY, incident._AGAIN)
    return (
        incident.events_in(tokens, langs),
        incident.casualties(tokens, langs),
        *(incident.says(tokens, langs, t) for t in tables),
    )


def test_events_casualties_and_says_answer_as_when_every_word_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts(8, 3000)
    remembered = [_read(t, langs) for t, langs in texts]
    monkeypatch.setattr(incident, "word_answers", _Asked)
    asked = [_read(t, langs) for t, langs in texts]
    assert remembered == asked
    for k in range(6):  # every question answered yes somewhere: the texts test each
        assert any(read[k] for read in asked), k


class _Everything:
    """A set holding every word."""

    def __contains__(self, word: object) -> bool:
        return True


def test_events_answer_as_when_every_word_is_read_in_context(monkeypatch: pytest.MonkeyPatch) -> None:
    # `_events_of` reads a word outside `_READ_IN_CONTEXT` by its kind out of context alone; read
    # with every word taken through the rules of context, as before, the answers are the same.
    texts = _texts(9, 3000)
    quick = [incident.events_in(tokenize(t), langs) for t, langs in texts]
    monkeypatch.setattr(incident, "_READ_IN_CONTEXT", _Everything())
    assert [incident.events_in(tokenize(t), langs) for t, langs in texts] == quick
    assert sum(1 for events in quick if len(events) > 1) > 100  # texts that tell several kinds


def test_says_reads_arabic_as_arabic_only() -> None:
    table = {"en": frozenset({"reopen"}), "ar": frozenset({incident._ar("افتتاح")})}
    assert incident.says(tokenize("Market reopens"), ("en",), table)
    assert incident.says(tokenize("إعادة افتتاح السوق"), ("en",), table)
    assert not incident.says(tokenize("Market closed"), ("en",), table)
    assert not incident.says(tokenize("Market reopens"), ("fr",), table)  # no French stems in the table


def test_word_answers_is_one_table_per_question_and_languages() -> None:
    events_en = word_answers(incident._word_event, ("en",))
    assert word_answers(incident._word_event, ("en",)) is events_en
    assert word_answers(incident._word_event, ("en", "fr")) is not events_en
    assert word_answers(incident._casualty_word, ("en",)) is not events_en
    assert events_en["attack"] == incident._word_event("attack", ("en",)) == "armed"


def test_word_answers_starts_again_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(WordAnswers, "KEPT", 3)
    calls: list[str] = []

    def ask(word: str, langs: tuple[str, ...]) -> str:
        calls.append(word)
        return word + langs[0]

    table = WordAnswers(ask, ("en",))
    assert [table[w] for w in ("a", "b", "a", "c")] == ["aen", "ben", "aen", "cen"]
    assert calls == ["a", "b", "c"]  # "a" answered once, then remembered
    assert table["d"] == "den" and len(table) == 1  # full at three: emptied before filing "d"
    assert table["a"] == "aen" and calls[-1] == "a"  # asked again after the table started again


def test_word_tables_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incident, "WORD_TABLES", 2)
    monkeypatch.setattr(incident, "_WORD_ANSWERS", {})
    first = word_answers(incident._word_event, ("en",))
    assert word_answers(incident._word_event, ("fr",)) is not first
    assert len(incident._WORD_ANSWERS) == 2
    word_answers(incident._word_event, ("es",))  # a third: the two kept are dropped first
    assert len(incident._WORD_ANSWERS) == 1
    assert word_answers(incident._word_event, ("en",)) is not first  # made again


def test_shared_words_are_the_pools_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story, "_WORD_POOL", {})
    first = story.shared_word("".join(["gendar", "merie"]))
    words = ["".join(["gendarm", "erie"]), "attack", "".join(["att", "ack"])]
    shared = story.shared_words(words)
    assert shared == {"gendarmerie", "attack"}
    assert next(w for w in shared if w == "gendarmerie") is first  # the pool's object, not the copy
    assert story.shared_word("".join(["atta", "ck"])) is next(w for w in shared if w == "attack")


def test_shared_words_keep_the_pool_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(story, "_WORD_POOL", {})
    monkeypatch.setattr(story, "WORD_POOL_MAX", 5)
    for n in range(40):
        words = [f"w{n}", f"w{n + 1}", f"w{n + 2}"]
        assert story.shared_words(words) == set(words)
        assert len(story._WORD_POOL) <= 5
