"""The pure stages (parse, match and its helpers, dedup, render) import nothing that does I/O."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parents[1] / "bot"
PURE_MODULES = ["match", "textnorm", "keywords", "falsefriends", "dedup", "render", "parse", "schedule", "limits", "faults"]
PURE_MODULES += ["records", "audience"]  # the records crossing the store's edge; who gets an alert
PURE_MODULES += ["access", "acks"]  # who may use the bot; what a button press says
# The daily digest and its chart: the chart's numbers are pure; its picture is drawn in memory by
# matplotlib, imported lazily (matplotlib itself reads its fonts and keeps a font cache).
PURE_MODULES += ["digest", "chart", "wording"]
PURE_MODULES += ["story", "incident"]  # grouping reports of one incident, and the words it reads them by
PURE_MODULES += ["arabic", "language", "vocabulary"]  # an item's language, Arabic spelling, the bundled keyword sets
PURE_MODULES += ["framing"]  # how a sentence frames a keyword: a past deed, a trial, a figure in quotes
PURE_MODULES += ["conjugation"]  # a Portuguese or Spanish verb's regular forms, from grammar
PURE_MODULES += ["abstract_nouns"]  # WordNet's nouns of words, mind and money, as data
PURE_MODULES += ["person_nouns"]  # WordNet's nouns of kinds of person, as data
PURE_MODULES += ["disease_nouns", "tree_nouns"]  # WordNet's diseases and woody plants, as data (senses24)
PURE_MODULES += ["thing_nouns"]  # WordNet's nouns of things, as data (senses25)
PURE_MODULES += ["org_nouns"]  # WordNet's organisation nouns, as data (orgs26)
PURE_MODULES += ["arabic_divisions"]  # a country's provinces written in Arabic, read from their Latin names (regionjoin)
PURE_MODULES += ["scene"]  # where a report's text places its news: the towns it names only aside
PURE_MODULES += ["links"]  # which feed links may be links in a chat (http and https only)
IO_MODULES = ["httpx", "sqlite_utils", "sqlite3", "telegram", "socket", "urllib.request", "os", "pathlib", "apscheduler"]
# Sibling modules a pure module may use: other pure ones, and config for its data classes.
# `places` is imported by the pure modules for its data types and country names only; its
# geonames look-up (I/O: package data and a child process) is handed to the Matcher by the app.
# The place model's pure modules (its cache, `geo.store`, and its build are I/O).
# `divisions`: first-level divisions by name, read once from its package data (ISO 3166-2 as pycountry ships it).
# `admin1`: GeoNames' first-level division names by code, a table held as a module
# (`admin1_table`): the matcher reads a watched town's own province by it.
PURE_GEO_MODULES = ["model", "names", "tables", "gazetteer", "context", "resolve", "report", "divisions"]
PURE_GEO_MODULES += ["admin1", "admin1_table"]
ALLOWED_SIBLINGS = {"config", "places", *PURE_MODULES, *(f"geo.{m}" for m in PURE_GEO_MODULES)}
IO_BUILTINS = {"open", "input", "print", "exec", "eval", "__import__"}


def imported_modules(source: str) -> set[str]:
    """Every absolute module name a source imports, including `from a import b` as `a.b`."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def relative_imports(source: str) -> set[str]:
    """Sibling modules imported with `from .x import y` (or `from . import x`)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            if node.module:
                parts = node.module.split(".")
                # The place model is a package: name its modules, pure or not, one by one.
                names.add(".".join(parts[:2]) if parts[0] == "geo" and len(parts) > 1 else parts[0])
            else:
                names.update(alias.name for alias in node.names)
    return names


def io_imports(source: str) -> set[str]:
    return {name for name in imported_modules(source) for banned in IO_MODULES if name == banned or name.startswith(banned + ".")}


def io_builtin_calls(source: str) -> set[str]:
    return {
        node.func.id
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in IO_BUILTINS
    }


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("import os", {"os"}),
        ("import os.path as p", {"os.path"}),
        ("from pathlib import Path", {"pathlib", "pathlib.Path"}),
        ("from urllib import request", {"urllib.request"}),
        ("import urllib.request", {"urllib.request"}),
        ("from telegram.ext import Application", {"telegram.ext", "telegram.ext.Application"}),
        ("def f():\n    import sqlite3\n", {"sqlite3"}),
        ("from urllib.parse import urlsplit", set()),
        ("import osmosis, httpxx", set()),
    ],
)
def test_the_checker_catches_io_imports(source: str, found: set[str]) -> None:
    assert io_imports(source) == found


def test_the_checker_catches_io_builtins() -> None:
    assert io_builtin_calls("with open('x') as f:\n    print(f.read())\n") == {"open", "print"}
    assert io_builtin_calls("x.open()\n") == set()


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_imports_no_io(module: str) -> None:
    source = (BOT / f"{module}.py").read_text(encoding="utf-8")
    assert imported_modules(source), "the checker found no import at all: is this the right file?"
    assert io_imports(source) == set()


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_uses_only_pure_siblings(module: str) -> None:
    source = (BOT / f"{module}.py").read_text(encoding="utf-8")
    assert relative_imports(source) <= ALLOWED_SIBLINGS


@pytest.mark.parametrize("module", PURE_MODULES)
def test_pure_module_calls_no_io_builtin(module: str) -> None:
    source = (BOT / f"{module}.py").read_text(encoding="utf-8")
    assert io_builtin_calls(source) == set()


# -- python-telegram-bot stays in bot/telegram/ ----------------------------------------------------

TELEGRAM_PACKAGE = BOT / "telegram"


def imports_ptb(source: str) -> bool:
    """python-telegram-bot's package is `telegram`; ours (`bot.telegram`, `.telegram`) is not it."""
    return any(name == "telegram" or name.startswith("telegram.") for name in imported_modules(source))


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from telegram.error import InvalidToken", True),
        ("import telegram", True),
        ("def f():\n    from telegram.ext import ExtBot\n", True),
        ("from .telegram.app import TelegramBot", False),
        ("from bot.telegram.sender import TelegramSender", False),
        ("import telegramx", False),
    ],
)
def test_the_checker_tells_python_telegram_bot_from_our_package(source: str, found: bool) -> None:
    assert imports_ptb(source) is found


def test_only_the_telegram_package_imports_python_telegram_bot() -> None:
    outside = [path for path in BOT.rglob("*.py") if TELEGRAM_PACKAGE not in path.parents]
    assert len(outside) > 20, "the checker found too few modules: is this the right folder?"
    offenders = [str(path.relative_to(BOT)) for path in outside if imports_ptb(path.read_text(encoding="utf-8"))]
    assert offenders == []
    inside = [path for path in TELEGRAM_PACKAGE.glob("*.py") if imports_ptb(path.read_text(encoding="utf-8"))]
    assert inside, "the checker sees no import of python-telegram-bot even where it is used"


@pytest.mark.parametrize("module", PURE_GEO_MODULES)
def test_the_place_models_pure_modules_import_no_io(module: str) -> None:
    source = (BOT / "geo" / f"{module}.py").read_text(encoding="utf-8")
    assert imported_modules(source), "the checker found no import at all: is this the right file?"
    assert io_imports(source) == set()
    assert {name for name in relative_imports(source) if name.startswith("store") or name.startswith("build")} == set()
