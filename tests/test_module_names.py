"""No module of the bot binds one top-level name twice. Two rounds merged on one day each added a
`_TOWN_NOUNS` to `bot/match.py`, and the last one silently replaced the older set for every rule
that read it (ruff reports a function or an import defined twice, not a constant)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"


def _bound_twice(source: str) -> list[str]:
    seen: set[str] = set()
    twice = []
    for node in ast.parse(source).body:
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = list(node.targets)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        for name in names:
            if name in seen:
                twice.append(f"{name} (line {node.lineno})")
            seen.add(name)
    return twice


@pytest.mark.parametrize("path", sorted(BOT.rglob("*.py")), ids=lambda p: str(p.relative_to(BOT)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path.read_text(encoding="utf-8")) == []


def test_the_check_sees_a_constant_bound_twice() -> None:
    assert _bound_twice("A = 1\nB = 2\nA = 3\n") == ["A (line 3)"]
