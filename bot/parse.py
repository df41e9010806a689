"""Feed bytes to `Item` records: feedparser on what fetch downloaded, never on a URL.

Pure: no network, no files, no clock (the caller passes `now`). A broken feed still yields
whatever usable entries feedparser recovered; a document with none is reported as a value,
never raised, so one bad source cannot stop the others.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html.entities import html5
from html.parser import HTMLParser
from typing import Any

import feedparser

from .faults import Fault, FaultKind

MAX_TEXT_CHARS = 20_000
# A feed's clock may run a little ahead of ours; a date further ahead than this is no date at
# all (a typo, a scheduled post, 2099 as "pinned"): the item is dated when first seen, as an
# undated one is, so it neither shows a date that has not come nor outlives `max_age`.
FUTURE_TOLERANCE = timedelta(hours=1)
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Item:
    """One news item as the rest of the pipeline sees it: plain text, UTC times."""

    feed: str
    guid: str | None
    link: str | None
    title: str
    summary: str
    published: datetime | None  # None: the feed gave no usable date
    dated: bool = True  # False: the feed gave no date, or one beyond FUTURE_TOLERANCE ahead; `published` is first seen

    @property
    def identity(self) -> str:
        """The feed's own name for the item: guid, else link, else a hash of its text."""
        if self.guid:
            return f"guid:{self.guid}"
        if self.link:
            return f"link:{self.link}"
        return "sha256:" + content_hash(self.title, self.summary)


@dataclass(frozen=True)
class ParsedFeed:
    items: list[Item]
    title: str | None
    error: str | None  # set when the document is not usable as a feed at all
    warning: str | None  # set when feedparser recovered from a malformed document
    ttl_minutes: int | None = None  # RSS <ttl>: how long the publisher asks readers to wait

    @property
    def fault(self) -> Fault | None:
        """A document with no usable entries fails the poll like a fetch error, with its own kind."""
        return Fault(FaultKind.NOT_A_FEED, self.error) if self.error is not None else None


def normalise_text(text: str) -> str:
    """Text as identity sees it: case and runs of spaces do not count."""
    return _SPACES.sub(" ", text.casefold()).strip()


def content_hash(title: str, summary: str) -> str:
    return hashlib.sha256(normalise_text(f"{title}\n{summary}").encode("utf-8")).hexdigest()


class _TextExtractor(HTMLParser):
    """Collects the visible text of an HTML fragment; block tags become spaces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


_ENTITY_REF = re.compile(r"&([A-Za-z][A-Za-z0-9]{0,63});")


def _known_entity(match: re.Match[str]) -> str:
    """An entity reference HTML knows, kept for decoding; any other dropped (see html_to_text)."""
    return match.group(0) if f"{match.group(1)};" in html5 else ""


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment, entities decoded, white space folded.

    A reference to an entity HTML does not know ("&lol9;", what is left of a "billion laughs"
    document once the XML parser refused its entity definitions) is dropped, never shown in
    a chat; "&amp;lol9;" is text, and stays "&lol9;".
    """
    if "&" in fragment:
        fragment = _ENTITY_REF.sub(_known_entity, fragment)
    if "<" not in fragment and "&" not in fragment:
        return _SPACES.sub(" ", fragment).strip()
    extractor = _TextExtractor()
    extractor.feed(fragment)
    extractor.close()
    return _SPACES.sub(" ", "".join(extractor.parts)).strip()


def _entry_time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _clean(value: Any, limit: int = MAX_TEXT_CHARS) -> str:
    return html_to_text(value)[:limit] if isinstance(value, str) else ""


def _entry_to_item(feed_name: str, entry: Any, now: datetime) -> Item | None:
    title = _clean(entry.get("title"), 1000)
    summary = _clean(entry.get("summary") or _first_content(entry))
    link = entry.get("link") or None
    guid = entry.get("id") or None
    if not (title or summary):
        return None
    published = _entry_time(entry)
    if published is not None and published > now + FUTURE_TOLERANCE:
        published = None
    return Item(
        feed=feed_name,
        guid=guid.strip() if isinstance(guid, str) and guid.strip() else None,
        link=link.strip() if isinstance(link, str) and link.strip() else None,
        title=title,
        summary=summary,
        published=published or now,
        dated=published is not None,
    )


def _first_content(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value")
        if isinstance(value, str) and value:
            return value
    return ""


def parse_feed(body: bytes, feed_name: str, now: datetime, headers: dict[str, str] | None = None) -> ParsedFeed:
    """Parse downloaded bytes; an item with no date, or a date more than `FUTURE_TOLERANCE`
    ahead of `now`, gets `now`, its first-seen time."""
    try:
        # A stream, never the bytes themselves: given bytes, feedparser first tries them as a
        # local file name, so a feed whose body is "/etc/passwd" would read that file.
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers or {}, sanitize_html=True)
    except Exception as exc:  # feedparser is meant never to raise; if it does, it is this feed's problem
        return ParsedFeed([], None, f"feedparser failed: {type(exc).__name__}: {exc}", None)
    items = [item for entry in parsed.entries if (item := _entry_to_item(feed_name, entry, now))]
    title = parsed.feed.get("title") if isinstance(parsed.feed.get("title"), str) else None
    bozo = str(parsed.get("bozo_exception") or "malformed document") if parsed.get("bozo") else None
    if not items and (bozo or not parsed.get("version")):
        return ParsedFeed([], title, f"not a usable feed: {bozo or 'no RSS or Atom entries found'}", None)
    ttl = parsed.feed.get("ttl")
    ttl_minutes = int(ttl) if isinstance(ttl, str) and ttl.strip().isdigit() else None
    return ParsedFeed(items, title, None, bozo, ttl_minutes)
