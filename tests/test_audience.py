"""Who gets an alert, from the facts the store keeps of each subscriber; and those facts, stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.audience import recipients, severity_rank
from bot.config import SEVERITIES
from bot.records import Subscriber
from bot.store import Store

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("subscriber", "severity", "gets"),
    [
        (Subscriber(7), "low", True),
        (Subscriber(7, muted_until=NOW + HOUR), "critical", False),  # muted: nothing, however severe
        (Subscriber(7, muted_until=NOW), "low", True),  # the mute ends at its moment
        (Subscriber(7, muted_until=NOW - HOUR), "low", True),
        (Subscriber(7, min_severity="high"), "medium", False),
        (Subscriber(7, min_severity="high"), "high", True),
        (Subscriber(7, min_severity="high"), "critical", True),
        (Subscriber(7, min_severity="bogus"), "low", True),  # an unknown setting ranks lowest: wants all
        (Subscriber(7, min_severity="medium"), "bogus", False),  # an unknown severity ranks lowest
    ],
)
def test_mute_and_lowest_severity_decide(subscriber: Subscriber, severity: str, gets: bool) -> None:
    assert recipients([subscriber], severity, NOW) == ([7] if gets else [])


def test_severities_rank_in_the_configs_order() -> None:
    assert [severity_rank(s) for s in SEVERITIES] == list(range(len(SEVERITIES)))


def test_the_store_reports_each_subscribers_settings_and_decides_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    for chat in (5, 6, 7):
        store.register_chat(chat, "private", None, chat, NOW)
        store.subscribe(chat, "bamako", NOW)
    store.set_mute(5, NOW + HOUR)
    store.set_min_severity(6, "critical")
    store.set_chat_active(7, False)  # an inactive chat is no subscriber at all
    subscribers = store.subscribers("bamako")
    assert subscribers == [Subscriber(5, muted_until=NOW + HOUR), Subscriber(6, min_severity="critical")]
    assert recipients(subscribers, "critical", NOW) == [6]
    assert recipients(subscribers, "critical", NOW + 2 * HOUR) == [5, 6]
    store.close()
