"""Fixtures more than one test file uses. Helpers that are not fixtures live in `tests/support/`."""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from telegram import Bot

from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer

BOT_TOKEN = "987654321:AAAnotherFakeTokenForTests_abcdefghijk"  # what `tg` accepts and `bot` sends


def pytest_configure(config: pytest.Config) -> None:
    """Let the bot processes tests start share compiled bytecode, kept outside the checkout.

    About a hundred tests start `python -m bot`; each imports the whole package (some 1,000
    modules with its libraries). Where PYTHONDONTWRITEBYTECODE is set (as on the CI machine),
    every one of them compiled all of that again: about 0.4 s of CPU each, a third of a start.
    PYTHONPYCACHEPREFIX puts the bytecode in one folder of the temporary directory, so that the
    first process compiles and the others read, and no `__pycache__` lands in the tree (the
    wheel's test copies it). A prefix the caller set is kept."""
    if "PYTHONPYCACHEPREFIX" not in os.environ:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / f"sahel-alert-tests-pycache-{os.getuid()}")


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    """A feed server on 127.0.0.1, stopped when the test ends; `feeds.set(path, Response(...))`."""
    with FeedServer() as server:
        yield server


@pytest.fixture
def tg() -> Iterator[FakeTelegram]:
    """The fake Bot API on 127.0.0.1, taking `BOT_TOKEN`."""
    with FakeTelegram(BOT_TOKEN) as fake:
        yield fake


@pytest.fixture
async def bot(tg: FakeTelegram) -> AsyncIterator[Bot]:
    """The real python-telegram-bot client, talking to `tg`."""
    async with Bot(BOT_TOKEN, base_url=f"{tg.url}/bot") as b:
        yield b


@pytest.fixture(scope="session", autouse=True)
def gazetteer_cache() -> None:
    """The bot processes tests start load the gazetteer from the user's cache: build it here, once,
    before any test (about 20 s on a fresh machine, a tenth of a second after), so that no test's
    wait for a bot's start-up is spent building it."""
    from bot.geo import load_gazetteer

    load_gazetteer()
