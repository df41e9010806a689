"""Fixtures more than one test file uses. Helpers that are not fixtures live in `tests/support/`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.feed_server import FeedServer


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    """A feed server on 127.0.0.1, stopped when the test ends; `feeds.set(path, Response(...))`."""
    with FeedServer() as server:
        yield server
