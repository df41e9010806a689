"""alerts.db on a real SQLite file: transactions, dedup keys, subscriptions, restarts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.parse import Item
from bot.records import CONSOLE_CHATS, TELEGRAM_CHATS, AlertMatch, NewAlert, Subscriber
from bot.store import Store

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def chat_ids(subscribers: list[Subscriber]) -> list[int]:
    return [s.chat_id for s in subscribers]


def item(n: int = 1) -> Item:
    return Item("Wire", f"g{n}", f"https://example.org/{n}", f"Title {n}", "Summary", NOW)


def test_item_alert_and_deliveries_are_written_together_and_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "alerts.db"
    store = Store(path)
    store.register_chat(7, "private", None, 7, NOW)
    alert = NewAlert("bamako", "Bamako", "high", (AlertMatch("Bamako airport"),), [7, 8])
    [alert_id] = store.record_item(item(), ["guid:Wire:g1", "link:https://example.org/1"], NOW, True, [alert]).alert_ids
    store.close()

    reopened = Store(path)
    assert reopened.known_keys(["link:https://example.org/1", "guid:Wire:other"]) == {"link:https://example.org/1"}
    due = reopened.due_deliveries(NOW, TELEGRAM_CHATS)
    assert [(d.alert_id, d.chat_id, d.title) for d in due] == [(alert_id, 7, "Title 1"), (alert_id, 8, "Title 1")]
    assert reopened.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened.close()


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    bad = NewAlert("bamako", "Bamako", "high", (AlertMatch(object()),), [7])  # type: ignore[arg-type]  # not JSON-serialisable
    with pytest.raises(TypeError):
        store.record_item(item(), ["guid:Wire:g1"], NOW, True, [bad])
    assert store.known_keys(["guid:Wire:g1"]) == set()
    assert store.db.execute("SELECT count(*) FROM items").fetchone()[0] == 0


def test_a_chat_owed_one_item_by_two_watchlists_gets_one_message(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    alerts = [
        NewAlert("bamako", "Bamako", "high", (AlertMatch("Bamako airport"),), [7]),
        NewAlert("mali", "Mali", "medium", (AlertMatch("Mali"),), [7, 9]),
    ]
    store.record_item(item(), ["guid:Wire:g1"], NOW, True, alerts)
    assert [(d.chat_id, d.watchlist) for d in store.due_deliveries(NOW, TELEGRAM_CHATS)] == [(7, "bamako"), (9, "mali")]


def test_console_and_telegram_outboxes_are_separate(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    store.record_item(item(), ["guid:Wire:g1"], NOW, True, [NewAlert("b", "B", "low", (), [0, 5])])
    assert [d.chat_id for d in store.due_deliveries(NOW, CONSOLE_CHATS)] == [0]
    assert [d.chat_id for d in store.due_deliveries(NOW, TELEGRAM_CHATS)] == [5]


def test_static_chats_follow_the_config_and_user_subscriptions_stay(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    store.register_chat(7, "private", None, 7, NOW)
    store.subscribe(7, "bamako", NOW)
    store.sync_static_chats({"bamako": [(-100, None)], "niamey": [(-100, None), (-200, 7)]}, NOW)
    assert chat_ids(store.subscribers("bamako")) == [-100, 7]
    assert chat_ids(store.subscribers("niamey")) == [-200, -100]
    store.sync_static_chats({"bamako": []}, NOW)  # an admin removed the static chats
    assert chat_ids(store.subscribers("bamako")) == [7]
    assert chat_ids(store.subscribers("niamey")) == []
    assert store.subscriptions(7) == [("bamako", "user")]


def test_subscribe_and_unsubscribe_report_whether_anything_changed(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    store.register_chat(7, "private", None, 7, NOW)
    assert store.subscribe(7, "bamako", NOW) is True
    assert store.subscribe(7, "bamako", NOW) is False
    assert store.unsubscribe(7, "bamako") is True
    assert store.unsubscribe(7, "bamako") is False


def test_feed_health_counts_failures_and_resets_on_success(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    assert store.record_poll_failure("Wire", NOW, "HTTP 500") == 1
    assert store.record_poll_failure("Wire", NOW, "timed out") == 2
    state = store.feed_state("Wire")
    assert state is not None and (state.consecutive_failures, state.last_error) == (2, "timed out")
    store.record_poll_success("Wire", NOW, 3, etag='"abc"')
    state = store.feed_state("Wire")
    assert state is not None
    assert (state.consecutive_failures, state.last_error, state.items_seen, state.etag) == (0, None, 3, '"abc"')
    assert state.last_success == NOW


def test_pruning_forgets_old_items_but_never_a_queued_alert(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    old, recent = datetime(2026, 1, 1, tzinfo=UTC), NOW
    store.record_item(item(1), ["guid:Wire:g1"], old, True, [NewAlert("b", "B", "low", (AlertMatch("Gao"),), [7])])
    store.record_item(item(2), ["guid:Wire:g2"], old, True, [NewAlert("b", "B", "low", (AlertMatch("Gao"),), [8])])
    store.record_item(item(3), ["guid:Wire:g3"], recent, False)
    [first, _] = store.due_deliveries(recent, TELEGRAM_CHATS)
    store.mark_sent(first.id, 1, old)  # item 1's alert went out; item 2's is still queued
    assert store.prune(datetime(2026, 6, 1, tzinfo=UTC)) == 1
    assert store.known_keys(["guid:Wire:g1", "guid:Wire:g2", "guid:Wire:g3"]) == {"guid:Wire:g2", "guid:Wire:g3"}
    assert [d.chat_id for d in store.due_deliveries(recent, TELEGRAM_CHATS)] == [8]
    assert store.db.execute("SELECT count(*) FROM alerts").fetchone()[0] == 1


def test_alert_counts_per_day_watchlist_and_location(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    two = (AlertMatch("Gao"), AlertMatch("Kidal"))
    store.record_item(item(1), ["k1"], NOW, True, [NewAlert("mali", "Mali", "high", two, [])])
    store.record_item(item(2), ["k2"], NOW, True, [NewAlert("mali", "Mali", "high", (AlertMatch("Gao"),), [])])
    assert store.alert_counts(datetime(2026, 11, 1, tzinfo=UTC)) == [
        ("2026-11-25", "mali", "Gao", 2),
        ("2026-11-25", "mali", "Kidal", 1),
    ]


def test_pruning_keeps_the_keys_of_feeds_with_no_age_limit(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    old = datetime(2026, 1, 1, tzinfo=UTC)
    store.record_item(Item("Archive", "a1", None, "Old story", "", old), ["guid:Archive:a1"], old, True)
    store.record_item(Item("Wire", "w1", None, "Old story", "", old), ["guid:Wire:w1"], old, True)
    assert store.prune(datetime(2026, 6, 1, tzinfo=UTC), keep_keys_of=["Archive"]) == 2
    assert store.known_keys(["guid:Archive:a1", "guid:Wire:w1"]) == {"guid:Archive:a1"}


def test_matches_read_back_as_recorded_and_older_json_takes_defaults(tmp_path: Path) -> None:
    store = Store(tmp_path / "alerts.db")
    match = AlertMatch("Bamako airport", "Bamako airport", "title", 11, 25, "Bamako airport", 9.5, "Africa/Bamako", "bamako")
    store.record_item(item(1), ["k1"], NOW, True, [NewAlert("bamako", "Bamako", "high", (match,), [7])])
    store.record_item(item(2), ["k2"], NOW, True, [NewAlert("bamako", "Bamako", "high", (), [8])])
    older = '[{"location": "Gao"}, {"location": "Kidal", "tz": null, "a_later_key": 1}]'
    store.db.execute("UPDATE alerts SET matches = ? WHERE item_id = 2", [older])
    [first, second] = store.due_deliveries(NOW, TELEGRAM_CHATS)
    assert first.matches == (match,)
    assert second.matches == (AlertMatch("Gao"), AlertMatch("Kidal"))
