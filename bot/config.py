"""The config file: YAML in, one validated `Config` out, or every problem with its place.

An alert bot that silently reads a typo as "watch nothing" is worse than one that refuses to
start, so loading is strict: unknown keys, duplicate keys, bad durations and bad values are all
errors, and each error names the key path (`watchlists.bamako.locations[0].threshold`) and the
YAML line, so an admin editing in a hurry can fix it at once.
"""

from __future__ import annotations

import difflib
import hashlib
import math
import re
import types
import typing
import zoneinfo
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal, Union

import httpx
import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictInt,
    ValidationError,
    field_validator,
    model_validator,
)

from .vocabulary import set_names

DEFAULT_API_URL = "https://api.telegram.org"
SEVERITIES = ("low", "medium", "high", "critical")

MAX_DURATION = 3650 * 86400.0
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    """Every IANA name the system knows, by its lower case: scanning the zone files is slow, and
    they do not change while the bot runs."""
    # `localtime` is the host's own zone, whatever that is: not a name to configure a chat by.
    return {name.lower(): name for name in zoneinfo.available_timezones() if name not in ("localtime", "posixrules")}


def canonical_zone(name: str) -> str | None:
    """The IANA time zone `name` stands for, spelled as the database spells it (people type
    africa/bamako), or None. Only names in the database count: `ZoneInfo` alone would also open
    any file under the zone directories (`localtime`, `posixrules`)."""
    return _zones().get(name.strip().lower())


def parse_duration(value: Any) -> float:
    """Seconds from `90`, `90s`, `5m`, `2h` or `1d`; anything else is an error."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as 90s, 5m, 2h or 1d")
    if isinstance(value, (int, float)):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION.match(value.lower())):
        seconds = float(m.group(1)) * _UNIT_SECONDS[m.group(2)]
    else:
        raise ValueError(f"{value!r} is not a duration: use seconds or 90s, 5m, 2h, 1d")
    if not math.isfinite(seconds) or seconds < 1:
        raise ValueError("a duration must be a finite number of seconds, at least 1s")
    if seconds > MAX_DURATION:
        raise ValueError("a duration must be at most 3650d")
    return seconds


def parse_optional_duration(value: Any) -> float | None:
    """Like `parse_duration`, but `off` (which YAML also reads as false) means no limit."""
    if value is None or value is False or (isinstance(value, str) and value.lower() == "off"):
        return None
    return parse_duration(value)


Duration = Annotated[float, BeforeValidator(parse_duration)]
OptionalDuration = Annotated[float | None, BeforeValidator(parse_optional_duration)]
NonEmptyName = Annotated[str, Field(min_length=1), BeforeValidator(lambda v: v.strip() if isinstance(v, str) else v)]


class _Strict(BaseModel):
    """A misspelled key must be an error, never silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class AccessConfig(_Strict):
    allowed_users: list[StrictInt] = []
    invite_codes: list[str] = []

    @field_validator("invite_codes")
    @classmethod
    def _codes_fit_deep_links(cls, codes: list[str]) -> list[str]:
        # `/start CODE` arrives through t.me deep links, which allow only these characters.
        for code in codes:
            if not re.fullmatch(r"[A-Za-z0-9_-]{6,64}", code):
                raise ValueError(f"invite code {code!r} must be 6-64 characters of A-Z, a-z, 0-9, _ or -")
        if len(set(codes)) != len(codes):
            raise ValueError("invite codes must be unique")
        return codes


class ChatTarget(_Strict):
    """A chat in `chats:`: an id, or `{id: -1001234567890, topic: 7}` for a forum topic."""

    id: StrictInt
    topic: StrictInt | None = Field(default=None, ge=1)


def _chat_entry(value: Any) -> Any:
    return value if isinstance(value, dict) else {"id": value}


class TelegramConfig(_Strict):
    api_url: str = DEFAULT_API_URL
    link_previews: bool = False  # show a preview of the article's page under each alert
    admins: list[StrictInt] = []
    access: AccessConfig = AccessConfig()
    timezone: str = "UTC"  # a chat's quiet hours are in this zone until it sets its own (/timezone)

    @field_validator("api_url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        if not re.match(r"^https?://[^/\s]+", url):
            raise ValueError("api_url must be an http(s) URL")
        return url.rstrip("/")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        zone = canonical_zone(name)
        if zone is None:
            raise ValueError(f"unknown time zone {name[:64]!r}: an IANA name such as Africa/Bamako or UTC")
        return zone


class PollingConfig(_Strict):
    interval: Duration = 300.0
    timeout: Duration = 20.0
    max_age: OptionalDuration = 86400.0
    contact: str = "https://github.com/sahel-alert-bot"  # where publishers can reach the bot's operators
    max_concurrent: int = Field(default=16, ge=1, le=256)  # feeds fetched at once, overall
    per_host: int = Field(default=2, ge=1, le=32)  # feeds fetched at once from one server
    backoff_max: Duration = 6 * 3600.0  # the longest wait after repeated failures
    hint_max: Duration = 3600.0  # the longest wait a publisher's max-age or ttl can impose
    alert_after: Duration = 6 * 3600.0  # admins are told when a feed has failed this long

    @property
    def user_agent(self) -> str:
        return f"sahel-alert-bot/0.1 (+{self.contact})"


class DedupConfig(_Strict):
    window: Duration = 72 * 3600.0


class RetentionConfig(_Strict):
    keep: Duration = 90 * 86400.0  # items, alerts and deliveries older than this are pruned


class FeedConfig(_Strict):
    name: NonEmptyName
    url: str | None = None
    path: str | None = None
    interval: Duration | None = None
    max_age: OptionalDuration = Field(default=None, validate_default=False)

    @field_validator("url")
    @classmethod
    def _http_only(cls, url: str | None) -> str | None:
        if url is None:
            return url
        if not re.match(r"^https?://[^/\s]+", url, re.IGNORECASE):
            raise ValueError("feed url must start with http:// or https://")
        try:
            port = httpx.URL(url).port  # the client that will fetch it must accept it (port, host, characters)
        except (httpx.InvalidURL, ValueError, UnicodeError) as exc:
            raise ValueError(f"not a valid URL: {exc}") from exc
        if port is not None and not 0 < port < 65536:
            raise ValueError(f"not a valid URL: port {port} is out of range")
        return url

    @model_validator(mode="after")
    def _one_source(self) -> FeedConfig:
        if (self.url is None) == (self.path is None):
            raise ValueError("a feed needs exactly one of url or path")
        return self

    @property
    def source(self) -> str:
        """What the feed is read from, for logs and admins."""
        return self.url or f"file:{self.path}"

    @property
    def source_key(self) -> str:
        """The source with its case-insensitive parts (scheme, host) folded, to find duplicates."""
        if self.url is None:
            return self.source
        parsed = httpx.URL(self.url)
        return str(parsed.copy_with(scheme=parsed.scheme.lower(), host=parsed.host.lower()))


MAX_RADIUS_KM = 500.0  # wider than this a "radius" is a region: watch the country instead
_DISTANCE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(km)?\s*$")


def parse_radius(value: Any) -> float:
    """Kilometres from `25km`, `25 km` or a number (km): a radius of 0 watches nothing, and
    one over 500 km covers a region that a country watch says better."""
    if isinstance(value, bool):
        raise ValueError("expected a distance such as 25km")
    if isinstance(value, (int, float)):
        km = float(value)
    elif isinstance(value, str) and (m := _DISTANCE.match(value.lower())):
        km = float(m.group(1))
    else:
        raise ValueError(f"{value!r} is not a distance: use kilometres, such as 25km or 25")
    if not math.isfinite(km) or not 0 < km <= MAX_RADIUS_KM:
        raise ValueError(f"a radius must be more than 0 and at most {MAX_RADIUS_KM:g} km")
    return km


def parse_coords(value: Any) -> tuple[float, float]:
    """`[lat, lon]` in decimal degrees: a swapped pair is caught where latitude is out of range."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise ValueError("coords must be [lat, lon] in decimal degrees, such as [12.60, -7.97]")
    lat, lon = value
    for number in (lat, lon):
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
            raise ValueError(f"{number!r} is not a number of degrees")
    if not -90 <= lat <= 90:
        raise ValueError(f"latitude {lat} is out of range (-90 to 90): coords are [lat, lon]")
    if not -180 <= lon <= 180:
        raise ValueError(f"longitude {lon} is out of range (-180 to 180)")
    return float(lat), float(lon)


Radius = Annotated[float, BeforeValidator(parse_radius)]
Coords = Annotated[tuple[float, float], BeforeValidator(parse_coords)]


class LocationConfig(_Strict):
    name: NonEmptyName
    aliases: list[NonEmptyName] = []
    threshold: float | None = Field(default=None, ge=0, le=100)
    exact: bool = False  # no misspelling tolerated, whatever the length of the name
    radius: Radius | None = None  # km: also alert for places named within it (needs a point: resolved or coords)
    coords: Coords | None = None  # (lat, lon): where a site is, when no gazetteer knows it


class WatchlistConfig(_Strict):
    title: NonEmptyName
    severity: Literal["low", "medium", "high", "critical"] = "medium"
    locations: list[LocationConfig] = Field(min_length=1)
    keywords: list[NonEmptyName] = []
    keyword_sets: list[str] = []  # bundled multilingual sets (bot/keyword_sets.yaml): security, violence, ...
    exclude: list[NonEmptyName] = []
    chats: list[Annotated[ChatTarget, BeforeValidator(_chat_entry)]] = []
    # The ids this watchlist had before (a rename): on a reload its /subscribe subscriptions follow it.
    formerly: list[Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,32}$")]] = []

    @field_validator("keyword_sets")
    @classmethod
    def _known_sets(cls, names: list[str]) -> list[str]:
        known = set_names()
        unknown = [name for name in names if name not in known]
        if unknown:
            raise ValueError(f"unknown keyword set {', '.join(map(repr, unknown))}: the sets are {', '.join(known)}")
        return list(dict.fromkeys(names))

    @property
    def chat_targets(self) -> list[tuple[int, int | None]]:
        """(chat id, forum topic or None) for every static chat."""
        return [(c.id, c.topic) for c in self.chats]


class Config(_Strict):
    telegram: TelegramConfig = TelegramConfig()
    polling: PollingConfig = PollingConfig()
    dedup: DedupConfig = DedupConfig()
    retention: RetentionConfig = RetentionConfig()
    feeds: list[FeedConfig] = Field(min_length=1)
    watchlists: dict[Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,32}$")], WatchlistConfig] = Field(min_length=1)
    # Where relative feed paths are resolved from: the config file's own folder.
    _base_dir: Path = PrivateAttr(default=Path("."))
    _text_digest: str = PrivateAttr(default="")  # of the text this config was read from
    _lines: dict[tuple[str | int, ...], int] = PrivateAttr(default_factory=dict)  # key path -> YAML line

    @property
    def text_digest(self) -> str:
        """The SHA-256 of the YAML this config was parsed from: what a reload compares against."""
        return self._text_digest

    def line_of(self, path: tuple[str | int, ...]) -> int | None:
        """The YAML line of a key path (or of its deepest part the file has), for problems
        found after loading, such as a radius nothing resolves a point for."""
        return _line_for(self._lines, path)

    def feed_interval(self, feed: FeedConfig) -> float:
        return feed.interval or self.polling.interval

    def feed_max_age(self, feed: FeedConfig) -> float | None:
        """A feed's own `max_age` wins, including `off`; otherwise the polling default."""
        return _max_age(feed, self.polling)

    def feed_path(self, feed: FeedConfig) -> Path:
        assert feed.path is not None
        path = Path(feed.path)
        return path if path.is_absolute() else self._base_dir / path


KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class ConfigProblem:
    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.path or '(top level)'}: {self.message}"


@dataclass(frozen=True)
class ValidParts:
    """What validated on its own in a config that failed as a whole: the checks that run after
    the schema (a `radius:` with nothing to measure from) run on these, so that an admin sees
    every problem of the file in one round, not the schema's first and the rest after a fix."""

    # Each watchlist with the locations that validated (built without validation: a stand-in
    # for resolving places, never a config to run), and each location's index in the file.
    watchlists: dict[str, WatchlistConfig] = field(default_factory=dict)
    positions: dict[tuple[str, str], int] = field(default_factory=dict)
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line_of(self, path: KeyPath) -> int | None:
        return _line_for(self.lines, path)


class ConfigError(Exception):
    """The config cannot be used; `problems` lists every reason, each with its place; `parts`,
    when the schema failed, what validated on its own (see `ValidParts`)."""

    def __init__(self, source: str, problems: list[ConfigProblem], parts: ValidParts | None = None):
        self.source = source
        self.problems = problems
        self.parts = parts
        super().__init__(f"{source}: " + "; ".join(str(p) for p in problems))


def format_key_path(path: KeyPath) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


class _YamlReader:
    """Builds plain data from YAML nodes, remembering each key's line and refusing duplicates.

    PyYAML keeps the last of two equal keys without a word; for a watchlist that would drop
    half of it silently, so this walks the node tree itself.
    """

    def __init__(self, text: str):
        self._loader = yaml.SafeLoader(text)
        self.lines: dict[KeyPath, int] = {}
        self.problems: list[ConfigProblem] = []

    def read(self) -> Any:
        try:
            node = self._loader.get_single_node()
        finally:
            self._loader.dispose()
        return None if node is None else self._build(node, ())

    def _build(self, node: yaml.Node, path: KeyPath) -> Any:
        if isinstance(node, yaml.MappingNode):
            out: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                key = self._loader.construct_object(key_node, deep=True)
                line = key_node.start_mark.line + 1
                if not isinstance(key, (str, int)):
                    self.problems.append(ConfigProblem(format_key_path(path), line, "keys must be text"))
                    continue
                key = str(key)
                if key in out:
                    self.problems.append(
                        ConfigProblem(
                            format_key_path((*path, key)),
                            line,
                            f"duplicate key {key!r} (first on line {self.lines[(*path, key)]})",
                        )
                    )
                    continue
                self.lines[(*path, key)] = line
                out[key] = self._build(value_node, (*path, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            items = []
            for index, item in enumerate(node.value):
                self.lines[(*path, index)] = item.start_mark.line + 1
                items.append(self._build(item, (*path, index)))
            return items
        return self._loader.construct_object(node, deep=True)


def _cross_checks(
    names: list[tuple[int, str]],
    feeds: list[tuple[int, FeedConfig]],
    polling: PollingConfig | None,
    dedup: DedupConfig | None,
    retention: RetentionConfig | None,
) -> list[tuple[KeyPath, str]]:
    """Rules that span several entries, reported at the later entry of each clash. They run on
    the parts that validated (`None`: that section did not), so a duplicate feed is reported
    beside a typo elsewhere; `names` are the feeds' names, also of feeds otherwise invalid."""
    problems: list[tuple[KeyPath, str]] = []
    # Pruning must not forget an item while it can still come back as "new" (feeds with no age
    # limit at all keep their dedup keys whatever their age: see Store.prune). With a feed that
    # did not validate the floor can only rise, so a keep below it is short either way.
    if polling is not None and dedup is not None and retention is not None:
        ages = [age for _, feed in feeds if (age := _max_age(feed, polling)) is not None]
        floor = max([7 * 86400.0, dedup.window, *ages])
        if retention.keep < floor:
            why = f"must be at least {floor / 86400:g} days (7d, dedup.window and every max_age)"
            problems.append((("retention", "keep"), why))
    first_named: dict[str, int] = {}
    for index, name in names:
        if name in first_named:
            problems.append((("feeds", index, "name"), f"two feeds are named {name!r} (also feeds[{first_named[name]}])"))
        first_named.setdefault(name, index)
    sources: dict[str, int] = {}
    for index, feed in feeds:
        key = feed.source_key
        if key in sources:
            field_name = "url" if feed.url else "path"
            problems.append((("feeds", index, field_name), f"two feeds read {feed.source!r} (also feeds[{sources[key]}])"))
        sources.setdefault(key, index)
    return problems


def _max_age(feed: FeedConfig, polling: PollingConfig) -> float | None:
    """A feed's own `max_age` wins, including `off`; otherwise the polling default."""
    return feed.max_age if "max_age" in feed.model_fields_set else polling.max_age


_M = typing.TypeVar("_M", bound=BaseModel)


def _valid(model: type[_M], data: Any) -> _M | None:
    try:
        return model.model_validate(data)
    except ValidationError:
        return None


def _valid_parts(data: dict[str, Any], lines: dict[KeyPath, int]) -> tuple[ValidParts, list[tuple[KeyPath, str]]]:
    """The sections, feeds, watchlists and locations of a config that failed as a whole which
    validate on their own, and the cross-checks' problems among them."""
    feeds_data = data.get("feeds")
    items = list(enumerate(feeds_data if isinstance(feeds_data, list) else []))
    feeds = [(index, feed) for index, item in items if (feed := _valid(FeedConfig, item)) is not None]
    names = [
        (index, item["name"].strip())
        for index, item in items
        if isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip()
    ]
    problems = _cross_checks(
        names,
        feeds,
        _valid(PollingConfig, data.get("polling", {})),
        _valid(DedupConfig, data.get("dedup", {})),
        _valid(RetentionConfig, data.get("retention", {})),
    )
    parts = ValidParts(lines=lines)
    watchlists = data.get("watchlists")
    for wl_id, raw in (watchlists if isinstance(watchlists, dict) else {}).items():
        if not isinstance(raw, dict) or not isinstance(raw.get("locations"), list):
            continue
        located = [(i, loc) for i, item in enumerate(raw["locations"]) if (loc := _valid(LocationConfig, item)) is not None]
        if not located:
            continue
        title = raw.get("title")
        # Only what resolving places reads: the title (a hint of the country) and the locations.
        parts.watchlists[str(wl_id)] = WatchlistConfig.model_construct(
            title=title.strip() if isinstance(title, str) and title.strip() else str(wl_id), locations=[loc for _, loc in located]
        )
        for index, location in located:
            parts.positions.setdefault((str(wl_id), location.name), index)
    return parts, problems


def _unknown_key(path: KeyPath) -> str:
    """`unknown key 'alias': did you mean 'aliases'?`: the closest key the model at that place
    of the file knows, when one is close (difflib's ratio, at least 0.6)."""
    key = str(path[-1])
    known = _keys_at(path[:-1])
    close = difflib.get_close_matches(key, known, n=1)
    return f"unknown key {key!r}: did you mean {close[0]!r}?" if close else f"unknown key {key!r}"


def _keys_at(path: KeyPath) -> list[str]:
    """The keys the model at `path` (watchlists.bamako.locations[0]) knows, from the classes
    themselves, so a key added to a model is suggested without a list to keep."""
    annotation: Any = Config
    for part in path:
        annotation = _unwrapped(annotation)
        origin = typing.get_origin(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            info = annotation.model_fields.get(str(part))
            if info is None:
                return []
            annotation = info.annotation
        elif origin in (list, dict):
            annotation = typing.get_args(annotation)[-1]
        else:
            return []
    annotation = _unwrapped(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _unwrapped(annotation: Any) -> Any:
    """The model, list or dict inside `Annotated[...]` and `X | None`."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            annotation = next((a for a in typing.get_args(annotation) if a is not type(None)), annotation)
            if typing.get_origin(annotation) in (Union, types.UnionType):
                return annotation
        else:
            return annotation


def _line_for(lines: dict[KeyPath, int], path: KeyPath) -> int | None:
    """The line of the deepest part of `path` the YAML actually has."""
    for end in range(len(path), 0, -1):
        if (line := lines.get(path[:end])) is not None:
            return line
    return None


def yaml_problem(exc: yaml.YAMLError, text: str) -> ConfigProblem:
    """PyYAML's complaint with both its marks: what it was reading and where (the context, such
    as an unclosed quote), and what it found and where (the problem).

    A file that ends inside an open construct has its problem at the end of the stream, past the
    last line; the mistake is where the construct opened, so the context's line leads then.
    """
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    last_line = len(text.splitlines())
    at_end = problem_mark is not None and (problem_mark.line >= last_line or problem_mark.index >= len(text.rstrip()))

    def where(mark: yaml.Mark | None, end: bool = False) -> str:
        if mark is None:
            return ""
        return " at the end of the file" if end else f" at line {mark.line + 1}, column {mark.column + 1}"

    said = f"{problem}{where(problem_mark, at_end)}"
    if context:
        said = f"{context}{where(context_mark)}: {said}"
    lead = context_mark if at_end and context_mark is not None else problem_mark
    line = min(lead.line + 1, max(last_line, 1)) if lead is not None else None
    return ConfigProblem("", line, f"not valid YAML: {said}")


def parse_config(text: str, source: str = "config.yaml", base_dir: Path | None = None) -> Config:
    """Validate config text; raise `ConfigError` listing every problem found."""
    reader = _YamlReader(text)
    try:
        data = reader.read()
    except yaml.YAMLError as exc:
        raise ConfigError(source, [yaml_problem(exc, text)]) from exc
    problems = list(reader.problems)
    parts = None
    if not isinstance(data, dict):
        problems.append(ConfigProblem("", None, "the config must be a mapping of keys (it is empty or not a mapping)"))
        raise ConfigError(source, problems)
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            # pydantic marks a bad dict key with a "[key]" step; the key itself is the place.
            path = tuple(p for p in err["loc"] if isinstance(p, (str, int)) and p != "[key]")
            message = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                message = _unknown_key(path)
            problems.append(ConfigProblem(format_key_path(path), _line_for(reader.lines, path), message))
        parts, crossed = _valid_parts(data, reader.lines)
    else:
        feeds = list(enumerate(config.feeds))
        crossed = _cross_checks([(i, f.name) for i, f in feeds], feeds, config.polling, config.dedup, config.retention)
        if problems or crossed:  # a duplicate YAML key: the rest validated, and is checked further
            parts = ValidParts(dict(config.watchlists), lines=reader.lines)
            for wl_id, watchlist in config.watchlists.items():
                for index, location in enumerate(watchlist.locations):
                    parts.positions.setdefault((wl_id, location.name), index)
    for path, message in crossed:
        problems.append(ConfigProblem(format_key_path(path), _line_for(reader.lines, path), message))
    if problems:
        problems.sort(key=lambda p: p.line or 0)
        raise ConfigError(source, problems, parts)
    config._base_dir = base_dir or Path(".")
    config._text_digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    config._lines = reader.lines
    return config


def config_warnings(config: Config) -> list[ConfigProblem]:
    """What is valid but will not work as written, for `check-config` to say.

    A `path:` feed whose file is missing is a warning, not an error: the file may be mounted or
    written later (an archive, a volume), and until then the feed fails like a dead URL, visibly
    in /status and `python -m bot feeds`.
    """
    warnings: list[ConfigProblem] = []
    for index, feed in enumerate(config.feeds):
        if feed.path is None:
            continue
        where: KeyPath = ("feeds", index, "path")
        resolved = config.feed_path(feed)
        if not resolved.exists():
            problem = f"{feed.path!r} does not exist (looked for {resolved.resolve()}); the feed will fail until it does"
        elif not resolved.is_file():
            problem = f"{feed.path!r} is not a file ({resolved.resolve()}); the feed will fail"
        else:
            continue
        warnings.append(ConfigProblem(format_key_path(where), _line_for(config._lines, where), problem))
    return warnings


def load_config(path: str | Path) -> Config:
    """Read and validate the config file at `path`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [ConfigProblem("", None, f"cannot read the file: {exc}")]) from exc
    return parse_config(text, source=str(path), base_dir=path.parent)
