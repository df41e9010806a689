"""Hot reload: the watcher, the diff, and a running bot that takes a good edit and survives a
bad one, against the fake Telegram API."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.config import parse_config
from bot.reload import ConfigWatcher, diff_configs
from tests.support.fake_telegram import FakeTelegram
from tests.support.feed_server import FeedServer, Response, Story, rss
from tests.test_end_to_end import ADMIN, STAFF, TOKEN, start_bot, stop, write_config


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_watcher_waits_for_an_edit_to_settle_then_reports_it_once(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("a: 1\n")
    clock = Ticks()
    watcher = ConfigWatcher(path, debounce=1.0, clock=clock)
    assert watcher.settled_change() is False
    path.write_text("a: 22\n")  # saved in place
    assert watcher.settled_change() is False  # just changed: wait
    clock.now = 0.5
    assert watcher.settled_change() is False
    clock.now = 1.6
    assert watcher.settled_change() is True
    clock.now = 3.0
    assert watcher.settled_change() is False  # once per change
    temporary = tmp_path / ".config.yaml.swp"
    temporary.write_text("a: 333\n")
    os.replace(temporary, path)  # saved to a temporary file renamed over the old one
    assert watcher.settled_change() is False
    clock.now = 4.5
    assert watcher.settled_change() is True


def test_the_watcher_waits_while_the_file_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_text("a: 1\n")
    clock = Ticks()
    watcher = ConfigWatcher(path, debounce=1.0, clock=clock)
    path.unlink()
    assert watcher.settled_change() is False
    clock.now = 5.0
    assert watcher.settled_change() is False


def test_the_diff_names_what_changed() -> None:
    base = (
        "feeds:\n  - {name: A, url: 'https://a.org/f'}\n  - {name: B, url: 'https://b.org/f'}\n"
        "watchlists:\n  w: {title: W, locations: [{name: Gao}]}\n"
    )
    old = parse_config(base)
    new = parse_config(
        base.replace("  - {name: B, url: 'https://b.org/f'}\n", "  - {name: C, url: 'https://c.org/f', interval: 2m}\n").replace(
            "[{name: Gao}]", "[{name: Gao}, {name: Kidal}]"
        )
        + "  v: {title: V, locations: [{name: Mopti}]}\ntelegram: {admins: [5]}\n"
    )
    change = diff_configs(old, new)
    assert (change.feeds_added, change.feeds_removed, change.feeds_changed) == (["C"], ["B"], [])
    assert (change.watchlists_added, change.watchlists_changed) == (["v"], ["w"])
    assert change.access_changed
    assert change.summary().startswith("feeds added: C; feeds removed: B; watchlists added: v; watchlists changed: w")


def test_a_running_bot_takes_a_good_edit_and_survives_a_bad_one(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        bot = start_bot(config, tmp_path / "alerts.db", tg)
        try:
            tg.wait_for(lambda: tg.count("getUpdates") >= 1)
            tg.user_says("/start", STAFF)
            tg.user_says("/subscribe bamako", STAFF)
            tg.wait_for_message(STAFF, "Subscribed to Bamako.")
            tg.wait_for(lambda: feeds.hits["/wire.xml"] >= 2)  # past the first poll (back catalogue)

            # A good edit, saved as editors do: to a temporary file, renamed over the config.
            edited = config.read_text().replace(
                "aliases: [Modibo Keita International Airport, aéroport de Bamako, BKO]",
                "aliases: [Modibo Keita International Airport, aéroport de Bamako, BKO]\n      - name: Kidal",
            )
            temporary = tmp_path / "config.yaml.tmp"
            temporary.write_text(edited)
            os.replace(temporary, config)
            reloaded = tg.wait_for_message(ADMIN, "Config reloaded")
            assert "watchlists changed: bamako" in reloaded["text"]
            now = datetime.now(UTC)
            feeds.set("/wire.xml", Response(rss([Story("Gunfire in Kidal overnight", feeds.url("/1"), "1", "", now)])))
            kidal = tg.wait_for_message(STAFF, "Gunfire in Kidal overnight")
            assert "Kidal" in kidal["text"].splitlines()[0]

            # A bad edit: refused, the admins told why (every problem at once: the radius with
            # nothing to measure from beside the typo), the last good config keeps running.
            bad = config.read_text().replace("keywords:", "keywrods:")
            unknown = "      - name: Kidal\n      - name: Xyzzyville Qwerty\n        radius: 10km"
            config.write_text(bad.replace("      - name: Kidal", unknown))
            refused = tg.wait_for_message(ADMIN, "NOT reloaded")
            assert "watchlists.bamako.keywrods: unknown key" in refused["text"]
            assert "watchlists.bamako.locations[2].radius: nothing to measure from" in refused["text"], refused["text"]
            feeds.set("/wire.xml", Response(rss([Story("Attack on Bamako airport", feeds.url("/2"), "2", "", now)])))
            tg.wait_for_message(STAFF, "Attack on Bamako airport")

            seen = len(tg.sent(ADMIN))
            tg.user_says("/reload", ADMIN)
            again = tg.wait_for_message(ADMIN, "NOT reloaded", since=seen)
            assert "keywrods" in again["text"]
            tg.user_says("/reload", STAFF)
            tg.wait_for_message(STAFF, "for the bot's administrators")
        finally:
            _, err = stop(bot)
        assert "Traceback" not in err


def test_a_reload_adds_feeds_and_reschedules_the_others(tmp_path: Path) -> None:
    with FeedServer() as feeds, FakeTelegram(TOKEN) as tg:
        feeds.set("/wire.xml", Response(rss([])))
        feeds.set("/second.xml", Response(rss([])))
        config = tmp_path / "config.yaml"
        write_config(config, feeds)
        bot = start_bot(config, tmp_path / "alerts.db", tg)
        try:
            tg.wait_for(lambda: feeds.hits["/wire.xml"] >= 2)
            text = config.read_text().replace("interval: 1s", "interval: 30s")
            second = f"  - name: Second\n    url: {feeds.url('/second.xml')}\n    interval: 1s\n"
            text = text.replace("watchlists:", second + "watchlists:")
            config.write_text(text)
            reloaded = tg.wait_for_message(ADMIN, "Config reloaded")
            assert "feeds added: Second; feeds changed: Test wire" in reloaded["text"]
            wire_before = feeds.hits["/wire.xml"]
            tg.wait_for(lambda: feeds.hits["/second.xml"] >= 3)
            assert feeds.hits["/wire.xml"] - wire_before <= 1, "the edited feed now polls every 30s, not every second"
        finally:
            stop(bot)


async def test_an_edit_saved_while_the_bot_starts_is_still_picked_up(tmp_path: Path) -> None:
    from bot.config import load_config
    from bot.reload import Reloader
    from bot.runtime import open_runtime

    path = tmp_path / "config.yaml"
    path.write_text("feeds: [{name: A, url: 'https://a.org/f'}]\nwatchlists:\n  w: {title: W, locations: [{name: Gao}]}\n")
    config = load_config(path)  # what the bot parsed at start
    path.write_text(path.read_text().replace("[{name: Gao}]", "[{name: Gao}, {name: Kidal}]"))  # saved meanwhile
    rt = open_runtime(config, tmp_path / "a.db", console=True)
    told: list[str] = []

    class NoSchedule:
        def feeds(self) -> dict[str, float]:
            return {}

        def set_feed(self, name: str, interval: float, first: float) -> None: ...

        def drop_feed(self, name: str) -> None: ...

    async def notify(message: str) -> None:
        told.append(message)

    try:
        reloader = Reloader(rt, path, NoSchedule(), notify, applied_digest=config.text_digest)
        assert (await reloader.reload()).startswith("Config reloaded: watchlists changed: w")
        assert [loc.name for loc in rt.config.watchlists["w"].locations] == ["Gao", "Kidal"]
    finally:
        await rt.http.aclose()
        rt.store.close()


async def test_a_poll_answered_after_its_feed_moved_elsewhere_is_discarded(tmp_path: Path) -> None:
    import asyncio

    from bot.pipeline import poll_feed
    from bot.runtime import Settings, open_runtime

    with FeedServer() as feeds:
        feeds.set("/old.xml", Response(rss([Story("Attack in Gao", "https://e.org/1", "1", "", datetime.now(UTC))]), delay=1.0))
        text = (
            f"feeds: [{{name: A, url: '{feeds.url('/old.xml')}'}}]\nwatchlists:\n  w: {{title: W, locations: [{{name: Gao}}]}}\n"
        )
        rt = open_runtime(parse_config(text), tmp_path / "a.db", console=True)
        try:
            polling = asyncio.create_task(poll_feed(rt, rt.config.feeds[0]))
            await asyncio.sleep(0.3)
            rt.swap(Settings.build(parse_config(text.replace("/old.xml", "/new.xml"))))  # a reload while the fetch runs
            report = await polling
            assert report.new_items == 0 and report.error is None
            assert rt.store.feed_state("A") is None, "the new source's first poll is still a first poll"
        finally:
            await rt.http.aclose()
            rt.store.close()


def test_the_watcher_sees_an_edit_saved_between_loading_and_watching(tmp_path: Path) -> None:
    from bot.config import load_config

    path = tmp_path / "config.yaml"
    path.write_text("feeds: [{name: A, url: 'https://a.org/f'}]\nwatchlists:\n  w: {title: W, locations: [{name: Gao}]}\n")
    loaded = load_config(path).text_digest
    path.write_text(path.read_text().replace("Gao", "Kidal"))  # saved while the bot was starting
    clock = Ticks()
    watcher = ConfigWatcher(path, debounce=1.0, clock=clock, loaded_digest=loaded)
    assert watcher.settled_change() is False
    clock.now = 1.5
    assert watcher.settled_change() is True
    clock.now = 3.0
    assert watcher.settled_change() is False  # once
    unchanged = ConfigWatcher(path, debounce=1.0, clock=clock, loaded_digest=load_config(path).text_digest)
    clock.now = 9.0
    assert unchanged.settled_change() is False  # the file holds what was loaded: nothing to do


async def test_the_bots_config_watch_reloads_an_edit_saved_while_it_started(tmp_path: Path) -> None:
    """The watch job the bot schedules (`bot.app._config_watch`), built after the config was read."""
    import asyncio

    from bot.app import _config_watch, _reloader
    from bot.config import load_config
    from bot.runtime import open_runtime

    path = tmp_path / "config.yaml"
    path.write_text("feeds: [{name: A, url: 'https://a.org/f'}]\nwatchlists:\n  w: {title: W, locations: [{name: Gao}]}\n")
    config = load_config(path)
    path.write_text(path.read_text().replace("[{name: Gao}]", "[{name: Gao}, {name: Kidal}]"))
    rt = open_runtime(config, tmp_path / "a.db", console=True)
    told: list[str] = []

    class NoSchedule:
        def feeds(self) -> dict[str, float]:
            return {}

        def set_feed(self, name: str, interval: float, first: float) -> None: ...

        def drop_feed(self, name: str) -> None: ...

    async def notify(message: str) -> None:
        told.append(message)

    try:
        watch = _config_watch(_reloader(rt, path, NoSchedule(), notify))
        await watch()
        await asyncio.sleep(1.2)  # the watcher's debounce
        await watch()
        assert told and told[0].startswith("Config reloaded: watchlists changed: w"), told
        assert [loc.name for loc in rt.config.watchlists["w"].locations] == ["Gao", "Kidal"]
    finally:
        await rt.http.aclose()
        rt.store.close()


async def test_a_slow_reload_skips_watch_ticks_without_a_warning_a_second(caplog: pytest.LogCaptureFixture) -> None:
    """APScheduler skips a tick while the last run goes on; for the config watch that is no
    warning (the next tick looks again). Other jobs' skips still warn."""
    import asyncio
    import logging

    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    from bot.app import WATCH_JOB, quiet_skipped_runs

    async def slow() -> None:
        await asyncio.sleep(1.3)

    quiet_skipped_runs(WATCH_JOB)
    scheduler = AsyncIOScheduler(timezone="UTC")
    for name in (WATCH_JOB, "control"):  # a job nobody quieted ("poll" is quieted too since qa20)
        scheduler.add_job(slow, "interval", seconds=0.25, id=name, name=name, max_instances=1, coalesce=True)
    caplog.set_level(logging.INFO)
    scheduler.start()
    try:
        await asyncio.sleep(1.0)
    finally:
        scheduler.shutdown(wait=False)
    skipped = [r for r in caplog.records if "maximum number of running instances" in r.getMessage()]
    assert any("control (" in r.getMessage() and r.levelno == logging.WARNING for r in skipped), "the control job still warns"
    assert not [r for r in skipped if WATCH_JOB in r.getMessage()], [r.getMessage() for r in skipped]
