"""No module of the bot binds one top-level name twice. A constant defined again further down a
long module silently replaces the first for every rule that reads it: fix20a's `_BEFORE_VERB`
(subjects and auxiliaries before a verb of moving) replaced the verb-of-saying rule's, which has
French "a" ("Un tribunal de Maiduguri a condamné ..."), and that rule stopped reading the town as
the news's source."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"


def _top_level_names(source: str) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", sorted(BOT.rglob("*.py")), ids=lambda p: str(p.relative_to(BOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    twice = sorted(name for name, count in _top_level_names(path.read_text(encoding="utf-8")).items() if count > 1)
    assert not twice, f"{path.name} binds {twice} more than once"


def test_the_check_sees_a_second_binding() -> None:
    assert _top_level_names("A = 1\nB = 2\nA = frozenset()\n")["A"] == 2
