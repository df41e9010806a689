"""geonames' facts of the watched names are asked of a child process once per set of names; a
restart with the same watchlists reads the answer kept beside the gazetteer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

import bot.places
from bot.places import KEPT_ANSWERS, PlaceFacts, look_up_places_apart

NAMES = [("bamako",), ("gao",), ("kati",)]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SAHEL_ALERT_CACHE", str(tmp_path))
    return tmp_path


def no_child(*args: object, **kwargs: object) -> None:
    raise AssertionError("the child process was asked again")


def test_the_answer_is_kept_and_read_back(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = look_up_places_apart(NAMES)
    assert first[("bamako",)] == PlaceFacts(frozenset({"ML"}), "Africa/Bamako")
    assert len(list(cache.glob("places-*.jsonl"))) == 1
    monkeypatch.setattr(subprocess, "run", no_child)
    assert look_up_places_apart(reversed(NAMES)) == first  # the same names in another order: the same answer


def test_an_unreadable_answer_is_asked_again(cache: Path) -> None:
    first = look_up_places_apart(NAMES)
    [kept] = cache.glob("places-*.jsonl")
    kept.write_text("{not json", encoding="utf-8")
    assert look_up_places_apart(NAMES) == first
    kept.write_text(kept.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")  # cut short
    assert look_up_places_apart(NAMES) == first
    assert kept.read_text(encoding="utf-8").startswith("[[")


def test_other_names_are_another_answer_and_old_ones_are_forgotten(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.places, "_ask_apart", lambda wanted: {tuple(w): PlaceFacts(frozenset(), None) for w in wanted})
    for n in range(KEPT_ANSWERS + 3):
        look_up_places_apart([(f"town{n}",)])
    assert len(list(cache.glob("places-*.jsonl"))) == KEPT_ANSWERS
