"""perf7: an item's languages are worked out once when the matcher and then `make_report` read
the same item (the bot does so for every alerted item), with the same answer as worked out anew,
and the memo holds one item only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import language
from bot.language import _item_languages, item_languages
from bot.textnorm import tokenize

DATA = Path(__file__).parent / "data"


def _texts() -> list[tuple[str, str]]:
    """Titles and summaries of spent labelled sets, in every supported language."""
    texts = []
    for name in ("match_cases.jsonl", "languages_blind11.jsonl", "languages_blind12.jsonl", "real_news.jsonl"):
        path = DATA / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    texts.append((row.get("title", ""), row.get("summary", "")))
    return texts


def test_the_memo_answers_as_working_it_out_anew() -> None:
    texts = _texts()
    assert len(texts) > 100
    for title, summary in texts:
        fields = [tokenize(title), tokenize(summary)]
        expected = _item_languages(fields)
        assert item_languages(fields) == expected
        # again, from Tokens of its own (as `make_report` makes them): answered from the memo
        assert item_languages([tokenize(title), tokenize(summary)]) == expected
        # a field alone is another item
        assert item_languages([tokenize(title)]) == _item_languages([tokenize(title)])


def _counting_detector(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the language detector is asked about from now on, in order."""
    calls: list[str] = []
    rank = language.rank

    def counted(text: str) -> list[tuple[str, float]]:
        calls.append(text)
        return rank(text)

    monkeypatch.setattr(language, "rank", counted)
    return calls


def test_the_same_item_asks_the_detector_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _counting_detector(monkeypatch)
    title = "Ataque armado deja tres muertos en Culiacán"
    summary = "Hombres armados atacaron a los pasajeros de un autobús en la carretera, según la fiscalía del estado."
    first = item_languages([tokenize(title), tokenize(summary)])
    assert len(calls) == 1
    assert item_languages([tokenize(title), tokenize(summary)]) == first  # make_report's reading
    assert len(calls) == 1
    other = "Homens armados atacaram um autocarro na estrada, segundo a polícia da província."
    item_languages([tokenize(title), tokenize(other)])
    assert len(calls) == 2  # another item's words: worked out


def test_the_memo_holds_one_item() -> None:
    item_languages([tokenize("Gunmen attack a convoy near Gao"), tokenize("The army said three soldiers died.")])
    item_languages([tokenize("Des hommes armés attaquent un convoi"), tokenize("L'armée a dit que trois soldats sont morts.")])
    memo = language._last_item
    assert memo is not None
    words, names, found = memo
    assert names == frozenset()
    assert words == [
        tokenize("Des hommes armés attaquent un convoi").words,
        tokenize("L'armée a dit que trois soldats sont morts.").words,
    ]
    assert found == ("fr",)


def test_match_then_make_report_ask_the_detector_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot's path for an item (`bot.pipeline._read_item`): `match`, then `make_report` of
    what it found; the report reads the languages the matcher read."""
    from datetime import UTC, datetime

    from bot.config import LocationConfig, WatchlistConfig
    from bot.match import Matcher
    from bot.pipeline import places_of
    from bot.story import make_report

    calls = _counting_detector(monkeypatch)
    watchlists = {"mx": WatchlistConfig(title="Mexico", locations=[LocationConfig(name="Culiacán")], keywords=["ataque"])}
    matcher = Matcher(watchlists)
    title = "Ataque armado deja tres muertos en Culiacán"
    summary = "Hombres armados atacaron a los pasajeros de un autobús en la carretera, según la fiscalía del estado."
    found = matcher.match(title, summary)
    assert found and len(calls) == 1
    report = make_report(0, datetime(2026, 12, 7, tzinfo=UTC), title, summary, places_of(matcher, found))
    assert report is not None and report.lang == "es"
    assert len(calls) == 1
