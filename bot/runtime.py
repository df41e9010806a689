"""The running bot's state: built once at start, with one part swapped whole on reload.

`Settings` is what config.yaml decides: the config and what is built from it (the matcher).
It is immutable; a reload builds a new one and `Runtime.swap` puts it in place with one
assignment, so a poll or a command that read `rt.current` keeps a consistent pair, never an
old config with a new matcher. Everything else in `Runtime` (the store, the HTTP client, the
story index, the clock) is given to its constructor and never replaced.

Nothing here knows who reloads, who delivers or who is told: parts that need one another are
wired by the app, through their own constructors.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from .config import Config, ConfigError
from .feedhealth import HostLag
from .fetch import make_client
from .geo import Gazetteer, load_gazetteer
from .geo.resolve import Resolution, place_model, radius_problems
from .match import Matcher, placed_matcher
from .places import look_up_places_apart
from .store import Store
from .story import Report, StoryIndex

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Settings:
    """What config.yaml decides, and what is built from it; replaced as a whole, never edited."""

    config: Config
    matcher: Matcher
    resolutions: dict[tuple[str, str], Resolution] = field(default_factory=dict)  # (watchlist, location) -> place

    @classmethod
    def build(cls, config: Config, gazetteer: Gazetteer | None = None) -> Settings:
        """Seconds of CPU for a large config (the matcher's indexes and data): a reload runs it
        off the event loop, before anything is swapped. Every location is resolved here, once
        (`gazetteer`: the process's by default; tests pass a small one); a `radius:` with no
        point to measure from raises ConfigError, as a bad key would."""
        gazetteer = gazetteer or load_gazetteer()
        resolutions, nearby, aliases = place_model(gazetteer, config.watchlists)
        problems = radius_problems(config, resolutions)
        if problems:
            raise ConfigError("config", problems)
        matcher = placed_matcher(config.watchlists, gazetteer, look_up_places_apart, (resolutions, nearby, aliases))
        matcher.warm_up()
        return cls(config, matcher, resolutions)


@dataclass(frozen=True, eq=False)
class Runtime:
    """Everything a poll or a command needs. Frozen: the only change is `swap`."""

    current: Settings
    store: Store
    http: httpx.AsyncClient
    console: bool
    clock: Callable[[], datetime] = utcnow
    stories: StoryIndex | None = None  # recent stories, for grouping reports of one incident
    started: datetime = field(default_factory=utcnow)
    # servers too slow for their feeds' intervals, by host: the poller writes, /status reads
    hosts_behind: dict[str, HostLag] = field(default_factory=dict)

    @property
    def config(self) -> Config:
        return self.current.config

    @property
    def matcher(self) -> Matcher:
        return self.current.matcher

    def swap(self, settings: Settings) -> None:
        """Put a new config in place: one assignment, so no reader sees half old, half new."""
        object.__setattr__(self, "current", settings)
        if self.stories is not None:
            self.stories.window_hours = settings.config.dedup.window / 3600


def load_stories(store: Store, config: Config, now: datetime) -> StoryIndex:
    """The story index as it was: rebuilt from the reports alerts.db keeps (so it survives a restart)."""
    stories = StoryIndex(config.dedup.window / 3600)
    for item_id, story_id, data in store.story_reports(now - timedelta(seconds=config.dedup.window)):
        try:
            stories.add(Report.from_json(item_id, data), story_id)
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("ignoring the stored report of item %s: %s", item_id, exc)
    return stories


def open_runtime(config: Config, db_path: str | Path, console: bool, clock: Callable[[], datetime] = utcnow) -> Runtime:
    settings = Settings.build(config)
    store = Store(db_path)
    return Runtime(
        current=settings,
        store=store,
        http=make_client(config.polling.user_agent, config.polling.timeout),
        console=console,
        clock=clock,
        stories=load_stories(store, config, clock()),
    )


async def close_runtime(rt: Runtime) -> None:
    await rt.http.aclose()
    rt.store.close()
