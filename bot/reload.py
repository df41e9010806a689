"""Hot reload: the running bot notices a changed config.yaml and swaps it in as a whole.

Editors save in different ways (in place, or to a temporary file renamed over the old one), so
the watcher compares the file's signature (inode, size, modification time) on every tick and
acts once the file has stayed the same for a moment (debounce), then compares contents. A good
edit replaces config, matcher, feed schedule, static chats and access rules together (the
runtime's `Settings`, swapped whole); a bad edit keeps the last good config running and tells
the admins what is wrong, once per version.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .config import Config, ConfigError, WatchlistConfig, parse_config
from .geo import load_gazetteer
from .geo.resolve import with_radius_problems
from .runtime import Runtime, Settings
from .wording import count

log = logging.getLogger(__name__)

DEBOUNCE_SECONDS = 1.0

Notify = Callable[[str], Awaitable[None]]
OnSwap = Callable[[Config, "ConfigChange"], Awaitable[None]]  # what else a new config changes (static chats...)


class FeedSchedule(Protocol):
    """What reload needs of a scheduler: feeds by name and interval."""

    def feeds(self) -> dict[str, float]: ...
    def set_feed(self, name: str, interval: float, first: float) -> None: ...
    def drop_feed(self, name: str) -> None: ...


def digest(text: str) -> str:
    """Matches `Config.text_digest`."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class ConfigWatcher:
    """Says when the config file has changed and then stayed still for `debounce` seconds.

    `loaded_digest` is the digest of the text the running config was parsed from
    (`Config.text_digest`). The watcher is built after that text was read, so an edit saved in
    between would otherwise look like the file's starting state and never be reloaded: when the
    file no longer holds the loaded text, the watcher starts with a change already pending.
    """

    path: Path
    debounce: float = DEBOUNCE_SECONDS
    clock: Callable[[], float] = time.monotonic
    loaded_digest: str | None = None
    _seen: tuple[int, int, int] | None = None
    _changed_at: float | None = None

    def __post_init__(self) -> None:
        # The signature first, then the contents: an edit between the two is caught by the
        # contents, an edit after both by the signature.
        self._seen = self._signature()
        if self.loaded_digest is not None and self._digest() != self.loaded_digest:
            self._changed_at = self.clock()

    def _digest(self) -> str | None:
        try:
            return digest(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            return None  # unreadable now: a change to try once it settles

    def _signature(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None  # mid-rename, or deleted: wait for it to come back
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def settled_change(self) -> bool:
        """True once per change, after the file has stopped changing."""
        signature = self._signature()
        now = self.clock()
        if signature != self._seen:
            self._seen = signature
            self._changed_at = now
            return False
        if self._changed_at is not None and signature is not None and now - self._changed_at >= self.debounce:
            self._changed_at = None
            return True
        return False


@dataclass(frozen=True)
class ConfigChange:
    """What a new config changes, in words an admin reads on a phone."""

    feeds_added: list[str] = field(default_factory=list)
    feeds_removed: list[str] = field(default_factory=list)
    feeds_changed: list[str] = field(default_factory=list)
    watchlists_added: list[str] = field(default_factory=list)
    watchlists_removed: list[str] = field(default_factory=list)
    watchlists_changed: list[str] = field(default_factory=list)
    watchlists_renamed: list[tuple[str, str]] = field(default_factory=list)  # (old id, new id)
    access_changed: bool = False

    def summary(self) -> str:
        parts = [f"renamed {old} -> {new}" for old, new in self.watchlists_renamed]
        for label, names in (
            ("feeds added", self.feeds_added),
            ("feeds removed", self.feeds_removed),
            ("feeds changed", self.feeds_changed),
            ("watchlists added", self.watchlists_added),
            ("watchlists removed", self.watchlists_removed),
            ("watchlists changed", self.watchlists_changed),
        ):
            if names:
                parts.append(f"{label}: {', '.join(names)}")
        if self.access_changed:
            parts.append("admins or access rules changed")
        return "; ".join(parts) or "no effective change (settings only)"


def diff_configs(old: Config, new: Config) -> ConfigChange:
    old_feeds = {f.name: f for f in old.feeds}
    new_feeds = {f.name: f for f in new.feeds}
    added = [w for w in new.watchlists if w not in old.watchlists]
    removed = [w for w in old.watchlists if w not in new.watchlists]
    renamed = renames(old, new, removed, added)
    return ConfigChange(
        feeds_added=[n for n in new_feeds if n not in old_feeds],
        feeds_removed=[n for n in old_feeds if n not in new_feeds],
        feeds_changed=[
            n
            for n in new_feeds
            if n in old_feeds
            and (new_feeds[n] != old_feeds[n] or new.feed_interval(new_feeds[n]) != old.feed_interval(old_feeds[n]))
        ],
        watchlists_added=[w for w in added if w not in {n for _, n in renamed}],
        watchlists_removed=[w for w in removed if w not in {o for o, _ in renamed}],
        watchlists_changed=[w for w in new.watchlists if w in old.watchlists and new.watchlists[w] != old.watchlists[w]],
        watchlists_renamed=renamed,
        access_changed=new.telegram != old.telegram,
    )


def renames(old: Config, new: Config, removed: list[str], added: list[str]) -> list[tuple[str, str]]:
    """Watchlists renamed by this edit, as (old id, new id): said by the admin (`formerly:` on
    the new one), or seen (one watchlist gone and one new, alike in all but the id and title:
    `same_watchlist`). A rename keeps the chats that subscribed themselves and the queued
    alerts; a removal and an addition would not. A watchlist replaced by another that watches
    the same places for other things (other keywords, another severity) is no rename: its
    subscribers asked for the old one."""
    found: list[tuple[str, str]] = []
    taken: set[str] = set()
    for new_id in added:
        said = [o for o in new.watchlists[new_id].formerly if o in removed and o not in taken]
        if said:
            found.append((said[0], new_id))
            taken.add(said[0])
    for new_id in (a for a in added if a not in {n for _, n in found}):
        candidate = new.watchlists[new_id]
        same = [o for o in removed if o not in taken and same_watchlist(old.watchlists[o], candidate)]
        if len(same) == 1:  # two candidates: which one was renamed is a guess, so neither is
            found.append((same[0], new_id))
            taken.add(same[0])
    return found


def same_watchlist(a: WatchlistConfig, b: WatchlistConfig) -> bool:
    """Whether two watchlists alert the same chats for the same items: the same locations (as
    written, names in any order or case), keywords, keyword sets, exclusions, severity and chats.
    The title is the only field besides the id that may differ (a rename often retitles)."""
    return _essence(a) == _essence(b)


def _essence(watchlist: WatchlistConfig) -> tuple[object, ...]:
    def folded(words: list[str]) -> frozenset[str]:
        return frozenset(word.casefold() for word in words)

    locations = frozenset(
        json.dumps({**location.model_dump(mode="json"), "name": location.name.casefold()}, sort_keys=True)
        for location in watchlist.locations
    )
    chats = frozenset(watchlist.chat_targets)
    return (
        locations,
        folded(watchlist.keywords),
        frozenset(watchlist.keyword_sets),
        folded(watchlist.exclude),
        watchlist.severity,
        chats,
    )


@dataclass
class Reloader:
    """Reads, validates and swaps in config.yaml; keeps the last good one on a bad edit."""

    rt: Runtime
    path: Path
    schedule: FeedSchedule
    notify: Notify
    on_swap: OnSwap | None = None
    applied_digest: str = ""
    _refused_digest: str = ""
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def reload(self, requested: bool = False) -> str:
        """Reload now; returns what happened, for `/reload` and the log."""
        async with self._lock:
            try:
                text = self.path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                return await self._refuse(f"cannot read {self.path}: {exc}", digest(str(exc)), requested)
            version = digest(text)
            if version == self.applied_digest:
                return "config.yaml is unchanged; nothing to reload."
            try:
                config = parse_config(text, source=str(self.path), base_dir=self.path.parent)
            except ConfigError as error:
                # with the radius problems of the locations that validated: one round of fixes
                every = await asyncio.to_thread(_with_radius_problems, error)
                problems = "\n".join(str(p) for p in every.problems)
                return await self._refuse(problems, version, requested)
            try:
                settings = await asyncio.to_thread(Settings.build, config)
            except ConfigError as exc:  # valid YAML, but a radius with nothing to measure from
                problems = "\n".join(str(p) for p in exc.problems)
                return await self._refuse(problems, version, requested)
            change = diff_configs(self.rt.config, config)
            self._apply(settings, change)
            self.applied_digest = version
            self._refused_digest = ""
            if self.on_swap is not None:
                await self.on_swap(config, change)
            message = f"Config reloaded: {change.summary()}."
            log.info(message)
            await self.notify(message)
            return message

    def _apply(self, settings: Settings, change: ConfigChange) -> None:
        config = settings.config
        moved: set[str] = set()  # feeds now read from another source: polled afresh, soon
        for name in change.feeds_changed:
            old = next(f for f in self.rt.config.feeds if f.name == name)
            new = next(f for f in config.feeds if f.name == name)
            if old.source != new.source:
                self.rt.store.forget_feed(name)  # another source: its first poll is a new back catalogue
                moved.add(name)
        self.rt.swap(settings)  # one swap: never half old, half new
        for old_id, new_id in change.watchlists_renamed:
            moved_chats = self.rt.store.rename_subscriptions(old_id, new_id)
            moved_alerts = self.rt.store.rename_alerts(old_id, new_id)
            log.info(
                "watchlist %s renamed %s: %d chats' own subscriptions and %d alerts follow it",
                old_id,
                new_id,
                moved_chats,
                moved_alerts,
            )
        scheduled = self.schedule.feeds()
        for name in scheduled:
            if name not in {f.name for f in config.feeds}:
                self.schedule.drop_feed(name)
        for index, feed in enumerate(config.feeds):
            interval = config.feed_interval(feed)
            if scheduled.get(feed.name) != interval or feed.name in moved:
                self.schedule.set_feed(feed.name, interval, first=1.0 + index * 0.2)

    async def _refuse(self, problems: str, version: str, requested: bool) -> str:
        message = f"config.yaml was NOT reloaded; the last good config keeps running. Problems:\n{problems}"
        if version != self._refused_digest or requested:
            # One log line per problem, each in the log's format (time, level): a message of
            # several lines would leave the later ones bare, unsorted by grep or a log shipper.
            lines = problems.splitlines() or ["(none given)"]
            log.error("config.yaml was NOT reloaded; the last good config keeps running: %s", count(len(lines), "problem"))
            for line in lines:
                log.error("config.yaml problem: %s", line)
            self._refused_digest = version
            await self.notify(message)
        return message


def _with_radius_problems(error: ConfigError) -> ConfigError:
    """`error` with the radius problems of its locations that validated (the gazetteer's
    look-ups: off the event loop)."""
    return with_radius_problems(error, load_gazetteer())
