"""The backoff table: how long a failing feed waits, by the kind of its fault. Pure.

The same table is in README.md ("Fetching"); the rows here are its examples with a 5-minute
interval, a 6-hour backoff_max and a 1-hour hint_max.
"""

from __future__ import annotations

import random

import pytest

from bot.faults import FaultKind
from bot.schedule import BACKOFF_FLOOR, next_delay, planned_delay

INTERVAL, HINT_MAX, BACKOFF_MAX = 300.0, 3600.0, 21600.0
TRANSIENT = [FaultKind.TIMEOUT, FaultKind.REFUSED, FaultKind.NETWORK, FaultKind.BAD_BODY, FaultKind.HTTP_STATUS]
NEEDS_A_FIX = [
    FaultKind.TOO_LARGE,
    FaultKind.BAD_REDIRECT,
    FaultKind.INVALID_URL,
    FaultKind.NOT_A_FEED,
    FaultKind.UNREADABLE_FILE,
]


def planned(failures: int, kind: FaultKind | None, hint: float | None = None) -> float:
    return planned_delay(INTERVAL, failures, hint, HINT_MAX, BACKOFF_MAX, kind)


def test_every_kind_has_a_row() -> None:
    assert set(BACKOFF_FLOOR) == set(FaultKind)
    assert all(0.0 <= floor <= 1.0 for floor in BACKOFF_FLOOR.values())


@pytest.mark.parametrize("kind", [*FaultKind, None])
def test_a_first_failure_of_any_kind_retries_after_the_interval(kind: FaultKind | None) -> None:
    """One 404 or one error page can be a deploy under way: no kind is trusted on one answer."""
    assert planned(1, kind) == INTERVAL


@pytest.mark.parametrize("kind", [*TRANSIENT, FaultKind.THROTTLED, FaultKind.UNEXPECTED, None])
@pytest.mark.parametrize(("failures", "delay"), [(2, 600), (3, 1200), (7, 19200), (8, BACKOFF_MAX), (40, BACKOFF_MAX)])
def test_passing_trouble_doubles_up_to_the_ceiling(kind: FaultKind | None, failures: int, delay: float) -> None:
    assert planned(failures, kind) == delay


@pytest.mark.parametrize("kind", NEEDS_A_FIX)
@pytest.mark.parametrize(("failures", "delay"), [(2, 5400), (5, 5400), (6, 9600), (7, 19200), (8, BACKOFF_MAX)])
def test_what_needs_a_fix_waits_a_quarter_of_the_ceiling_at_least(kind: FaultKind, failures: int, delay: float) -> None:
    assert planned(failures, kind) == delay


@pytest.mark.parametrize("failures", [2, 3, 40])
def test_a_gone_feed_waits_the_ceiling_from_its_second_failure(failures: int) -> None:
    assert planned(failures, FaultKind.GONE) == BACKOFF_MAX


@pytest.mark.parametrize(
    ("failures", "hint", "delay"),
    [
        (1, 120, INTERVAL),  # Retry-After shorter than the interval: the interval
        (1, 7200, 7200),  # longer: honoured, past hint_max since the feed is failing...
        (1, 86400, BACKOFF_MAX),  # ...up to backoff_max
        (3, 600, 1200),  # shorter than the backoff: the backoff
    ],
)
def test_throttling_honours_retry_after(failures: int, hint: float, delay: float) -> None:
    assert planned(failures, FaultKind.THROTTLED, hint) == delay


def test_a_long_run_of_failures_does_not_overflow() -> None:
    assert planned(100_000, FaultKind.TIMEOUT) == BACKOFF_MAX


def test_a_success_ignores_the_kind() -> None:
    assert planned(0, FaultKind.GONE) == INTERVAL


def test_the_jitter_applies_to_the_kinds_delay() -> None:
    rngs = [random.Random(seed) for seed in range(50)]
    delays = [next_delay(INTERVAL, 2, None, HINT_MAX, BACKOFF_MAX, rng, kind=FaultKind.GONE) for rng in rngs]
    assert min(delays) >= BACKOFF_MAX * 0.9 and max(delays) <= BACKOFF_MAX * 1.1
    assert len(set(delays)) > 1
