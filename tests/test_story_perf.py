"""The story index's speed-ups give the answers they replace (issue 17's `bench story` target):
the word lists filed by place then word, the newest stories of a list, the candidates ranked by a
stable sort as `heapq.nlargest` ranked them, the last pair `text_likeness` remembers, and a
report's words interned. Correctness only: the timing is `python -m bot bench story`'s."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from heapq import nlargest
from operator import itemgetter

from rapidfuzz import fuzz

from bot import story
from bot.story import POSTINGS, SHARED_WORDS, StoryIndex, text_likeness
from tests.support.reports import placed_report

START = datetime(2026, 11, 2, 6, 0, tzinfo=UTC)


def _report(n: int, hours: float, title: str, summary: str, place: str = "Bamako") -> story.Report:
    return placed_report(n, START + timedelta(hours=hours), title, summary, (place, "city"))


def test_word_lists_are_filed_by_place_then_word_once_per_story() -> None:
    index = StoryIndex(72)
    first = _report(1, 0, "Gunmen attack gendarmerie post in Bamako", "The gendarmerie post was hit at dawn.")
    again = _report(2, 1, "Gendarmerie post attacked in Bamako", "Gunmen hit the gendarmerie post.")
    other = _report(3, 2, "Explosion at Gao market", "A blast hit the market.", "Gao")
    index.add(first, 1)
    index.add(again, 1)
    index.add(other, 3)
    assert index._words["Bamako"]["gendarmerie"] == [1]  # one entry for the story, not one per report
    assert "gendarmerie" not in index._words["Gao"]
    assert index._words["Gao"]["market"] == [3]
    assert not any(key[0] == "word" for key in index._lists)  # no word list left under a tuple key


def test_forgetting_a_story_drops_its_word_entries_and_an_emptied_place() -> None:
    index = StoryIndex(72)
    index.add(_report(1, 0, "Gunmen attack gendarmerie post in Bamako", "The post was hit."), 1)
    index.add(_report(2, 30, "Explosion at Gao market", "A blast hit the market.", "Gao"), 2)
    index.add(_report(3, 31, "Protest in Bamako over fuel prices", "Traders marched."), 3)
    index.forget_before(START + timedelta(hours=10))
    assert set(index.stories) == {2, 3}
    assert "gendarmerie" not in index._words["Bamako"]
    assert index._words["Bamako"]["traders"] == [3]
    index.forget_before(START + timedelta(hours=40))
    assert index._words == {} and index.stories == {}


def test_newest_reads_the_newest_entries_in_the_window_only() -> None:
    index = StoryIndex(72)
    for n in range(POSTINGS + 5):
        index.add(_report(n, n * 0.5, f"Gunmen attack post {n} in Bamako", "The post was hit."), n)
    entries = index._words["Bamako"]["post"]
    earliest = (START + timedelta(hours=10)).timestamp()
    found = index._newest(entries, earliest)
    assert isinstance(found, list)
    assert found == [n for n in reversed(range(POSTINGS + 5)) if n * 0.5 >= 10][:POSTINGS]
    assert index._newest(None, earliest) == [] and index._newest([], earliest) == []


def test_candidates_are_ranked_as_nlargest_ranks_them_ties_in_the_order_met() -> None:
    counts = {story_id: (story_id * 7) % 5 for story_id in range(200)}
    expected = [s for s, _ in nlargest(story.CANDIDATES, counts.items(), key=itemgetter(1))]
    ranked = sorted(counts.items(), key=itemgetter(1), reverse=True)
    assert [s for s, _ in ranked[: story.CANDIDATES]] == expected
    # and on an index: the same candidates a report finds, newest first among equals
    index = StoryIndex(72)
    for n in range(40):
        index.add(_report(n, n, f"Gunmen attack post {n} in Bamako", "The post was hit at dawn."), n)
    new = _report(99, 45, "Gunmen attack post in Bamako again", "The post was hit at dawn.")
    found = index._candidates(new)
    assert len(found) == story.CANDIDATES and found[0] == 39 and found == sorted(found, reverse=True)


def test_text_likeness_remembers_only_the_last_pair_and_either_way_round() -> None:
    a = _report(1, 0, "Gunmen attack gendarmerie post in Bamako", "The gendarmerie post was hit at dawn by gunmen.")
    b = _report(2, 1, "Gendarmerie post attacked in Bamako", "Gunmen hit the gendarmerie post at dawn, officials said.")
    c = _report(3, 2, "Protest in Bamako over fuel prices", "Traders marched to the governorate.")

    def rapidfuzz(x: story.Report, y: story.Report) -> float:
        if len(x.words & y.words) < SHARED_WORDS:
            return fuzz.token_sort_ratio(x.text, y.text)
        return fuzz.token_set_ratio(x.text, y.text)

    for x, y in [(a, b), (b, a), (a, c), (c, a), (b, c), (a, b), (c, b), (c, c)]:
        assert text_likeness(x, y) == rapidfuzz(x, y)
        assert story._last_likeness[:2] == (x, y) or story._last_likeness[:2] == (y, x)


def test_a_reports_words_are_one_object_per_word_across_reports() -> None:
    a = _report(1, 0, "Gunmen attack gendarmerie post in Bamako", "The gendarmerie post was hit.")
    b = _report(2, 1, "Gendarmerie post attacked in Bamako", "Gunmen hit the gendarmerie post.")
    word_a = next(w for w in a.words if w == "gendarmerie")
    word_b = next(w for w in b.words if w == "gendarmerie")
    assert word_a is word_b
    saved = story.Report.from_json(1, a.to_json())
    assert next(w for w in saved.words if w == "gendarmerie") is word_a
    assert saved.words == a.words
