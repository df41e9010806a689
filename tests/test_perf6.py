"""Speed round perf6 (issues 16, 17 and 20's speed targets): work grouping no longer does, with
the same answers (every labelled set's `match` output and every story set's assignment, byte for
byte main's). Correctness only: the timings are `python -m bot bench match` and `bench story`'s.

- The casualty words of a text are looked up by `map` over their remembered answers.
- The story index keeps each story's `seen_at` by id beside its stories (`StoryIndex._seen_at`),
  and `_newest` reads it with one look-up an entry.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from bot import incident, story
from bot.incident import _casualty_word, _said_in
from bot.story import POSTINGS, StoryIndex
from bot.textnorm import tokenize
from tests.support.reports import placed_report

START = datetime(2026, 11, 2, 6, 0, tzinfo=UTC)


def test_casualties_answers_as_the_word_by_word_look() -> None:
    rng = random.Random(7)
    vocabulary = "two killed dead wounded tués morts muertos mortos after attack market blast the in".split()
    for _ in range(2000):
        text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(1, 10)))
        langs = tuple(rng.sample(("en", "fr", "es", "pt"), rng.randint(1, 3)))
        tokens = tokenize(text)
        folded = tokens.folded
        cut = next((i for i, word in enumerate(folded) if word in incident.AFTER_WORDS), len(folded))
        said = _said_in(langs)
        assert incident.casualties(tokens, langs) == any(_casualty_word(w, said) for w in folded[:cut]), text


def _report(n: int, hours: float, place: str = "Bamako") -> story.Report:
    title = f"Gunmen attack post {n} in {place}"
    return placed_report(n, START + timedelta(hours=hours), title, "The post was hit.", (place, "city"))


def _newest_before(index: StoryIndex, entries: list[int] | None, earliest: float) -> list[int]:
    """`_newest` as main wrote it: each entry's story looked up, then its time."""
    if not entries:
        return []
    return [
        story_id
        for story_id in reversed(entries[-POSTINGS:])
        if (s := index.stories.get(story_id)) is not None and s.last_seen is not None and s.seen_at >= earliest
    ]


def test_seen_at_by_id_follows_the_stories_through_adding_and_forgetting() -> None:
    index = StoryIndex(72)
    rng = random.Random(8)
    hours = 0.0
    for n in range(200):
        hours += rng.uniform(0, 1)
        story_id = rng.choice([n, *list(index.stories)[-5:]]) if index.stories else n
        index.add(_report(n, hours, rng.choice(("Bamako", "Gao"))), story_id)
        if n % 40 == 39:
            index.forget_before(START + timedelta(hours=hours - 20))
        assert index._seen_at == {i: s.seen_at for i, s in index.stories.items()}
        earliest = (START + timedelta(hours=hours - rng.uniform(0, 30))).timestamp()
        for entries in [*index._lists.values(), *(e for by_word in index._words.values() for e in by_word.values())]:
            assert index._newest(entries, earliest) == _newest_before(index, entries, earliest)
