"""No import cycle among the bot's modules: layers only import downwards.

Every `from .x import`, `from ..x import`, `import bot.x` and `from bot.x import` counts, at any
place in a module: inside a function and under `if TYPE_CHECKING:` too, since a cycle hidden
there is still two modules that each need the other.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"


def module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_in(source: str, module: str, is_package: bool, known: set[str]) -> set[str]:
    """The modules of `known` that `module` imports (a package's `__init__` is its own package)."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            names = [base, *(f"{base}.{alias.name}" for alias in node.names)]
        else:
            continue
        found.update(name for name in names if name in known)
    return found - {module}


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(path): path for path in BOT.rglob("*.py")}
    known = set(paths)
    return {
        name: imports_in(path.read_text(encoding="utf-8"), name, path.name == "__init__.py", known)
        for name, path in paths.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle as a path that ends where it starts, or None."""
    done: set[str] = set()
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        if node in path:
            return [*path[path.index(node) :], node]
        if node in done:
            return None
        path.append(node)
        for target in sorted(graph.get(node, ())):
            cycle = visit(target)
            if cycle is not None:
                return cycle
        path.pop()
        done.add(node)
        return None

    for node in sorted(graph):
        cycle = visit(node)
        if cycle is not None:
            return cycle
    return None


KNOWN = {"bot", "bot.config", "bot.reload", "bot.runtime", "bot.telegram", "bot.telegram.app", "bot.telegram.sender"}


@pytest.mark.parametrize(
    ("source", "module", "found"),
    [
        ("from .runtime import Runtime", "bot.reload", {"bot.runtime"}),
        ("from ..config import Config", "bot.telegram.app", {"bot.config"}),
        ("from .sender import TelegramSender", "bot.telegram.app", {"bot.telegram.sender"}),
        ("from .telegram.app import TelegramBot", "bot.app", {"bot.telegram.app"}),
        ("from .telegram import app", "bot.cli", {"bot.telegram", "bot.telegram.app"}),
        ("from . import __version__", "bot.cli", {"bot"}),
        ("from .sender import X", "bot.telegram", {"bot.telegram.sender"}),
        ("import bot.runtime", "bot.app", {"bot.runtime"}),
        ("from bot.config import Config", "bot.app", {"bot.config"}),
        ("if TYPE_CHECKING:\n    from .reload import Reloader\n", "bot.runtime", {"bot.reload"}),
        ("def f():\n    from .runtime import Runtime\n", "bot.reload", {"bot.runtime"}),
        ("from telegram import Bot\nimport httpx", "bot.telegram.sender", set()),
    ],
)
def test_the_graph_sees_every_kind_of_import(source: str, module: str, found: set[str]) -> None:
    assert imports_in(source, module, module == "bot.telegram", KNOWN) == found


def test_the_cycle_finder_finds_a_cycle_and_only_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_the_bot_has_no_import_cycle() -> None:
    graph = import_graph()
    assert "bot.runtime" in graph["bot.pipeline"] and "bot.telegram.sender" in graph["bot.telegram.app"], (
        "the graph misses imports it should see"
    )
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])
