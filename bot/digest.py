"""The daily digest of a chat: the day at a glance, as a photo caption and its overflow. Pure.

`build_digest` takes the chat's alerts of the last week (the caller's query may be rough; the
window is applied here, exactly), the moment and the chat's time zone, and returns the Telegram
HTML to send. Nothing here reads the clock or touches the store; the chart is drawn in memory
(`bot.chart`).

- The caption of a photo holds 1024 characters once Telegram has parsed its HTML. Ours keeps
  the raw HTML itself within 1024 UTF-16 code units (Telegram's unit; an emoji counts two),
  which bounds the visible text too.
- Stories, not alerts: the alerts of one story (several watchlists may alert one story) are
  one line, ranked by severity, then number of sources, then recency.
- The stories that do not fit the caption go to one following text message (4096), whole
  lines only; when even that is full it ends with "… and N more stories".
- Every string that came from a feed or the config is escaped (`html.escape`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

from .audience import severity_rank, zone_of
from .chart import alerts_per_day_png, date_label, local_days
from .links import web_link
from .render import SEVERITY_MARKS, contained
from .wording import count

CAPTION_LIMIT = 1024
MESSAGE_LIMIT = 4096
TITLE_CHARS = 110  # a story's title in the overflow message, cut on a word boundary
CAPTION_TITLE_CHARS = 80  # and in the caption, where room is short
PLACES_CHARS = 60
CHAT_TITLE_CHARS = 60
WATCHLISTS_LINE_CHARS = 300
MAX_HREF_CHARS = 400  # a longer link would crowd out the stories; the title is shown without it
DAY = timedelta(hours=24)


@dataclass(frozen=True)
class DigestAlert:
    """One alert as the digest sees it: when, which watchlist, and the story it reported."""

    created: datetime  # aware, UTC
    watchlist: str  # id
    watchlist_title: str
    severity: str  # low, medium, high, critical
    story_id: int
    title: str
    places: tuple[str, ...]  # location labels: "Bamako", "Kati, 15 km from Bamako"
    sources: int  # outlets that reported the story
    link: str | None


@dataclass(frozen=True)
class DigestStory:
    """The alerts of one story in the last 24 hours, as one line."""

    story_id: int
    title: str
    severity: str  # the highest of its alerts
    sources: int  # the most any of its alerts counted
    latest: datetime
    places: tuple[str, ...]
    watchlist_titles: tuple[str, ...]
    link: str | None
    alerts: int


@dataclass(frozen=True)
class Digest:
    caption_html: str  # the photo's caption; on a quiet day, the one line of a text message
    overflow_html: str | None  # the stories that did not fit the caption, as a following text message
    chart_png: bytes | None  # None on a quiet day (or when not asked for)
    quiet: bool  # no alert in the last 24 hours
    alerts_24h: int
    stories_24h: int
    by_watchlist_24h: dict[str, int]  # watchlist id -> alerts in the last 24 hours
    alerts_window: int  # alerts in the last `days` local days (the chart's total)
    highest_severity: str | None  # of the last 24 hours
    stories: tuple[DigestStory, ...]  # the last 24 hours' stories, ranked
    text: str  # the same digest in plain text, for a console


def build_digest(
    alerts: Sequence[DigestAlert],
    now: datetime,
    zone: str,
    chat_title: str | None = None,
    days: int = 7,
    *,
    chart: bool = True,
) -> Digest:
    """The digest of `alerts` at `now` for a chat in `zone` (IANA; unknown names read as UTC).

    `alerts` may hold more than the window: alerts after `now` or before the first of the last
    `days` local days are left out. `chart=False` skips drawing the PNG (tests, benchmarks).
    """
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    if days < 1:
        raise ValueError("a digest covers at least one day")
    tz = zone_of(zone)
    first_day = local_days(now, zone, days)[0]
    window = [a for a in alerts if a.created <= now and a.created.astimezone(tz).date() >= first_day]
    recent = [a for a in alerts if now - DAY < a.created <= now]
    today = date_label(now.astimezone(tz).date())
    if not recent:
        line = f"No alerts in the last 24 hours ({len(window):,} in the last {count(days, 'day')})."
        return Digest(
            caption_html=escape(line),
            overflow_html=None,
            chart_png=None,
            quiet=True,
            alerts_24h=0,
            stories_24h=0,
            by_watchlist_24h={},
            alerts_window=len(window),
            highest_severity=None,
            stories=(),
            text=f"Daily digest · {today}\n{line}",
        )
    stories = rank(group_stories(recent))
    by_watchlist: dict[str, int] = {}
    titles: dict[str, str] = {}
    for alert in recent:
        by_watchlist[alert.watchlist] = by_watchlist.get(alert.watchlist, 0) + 1
        titles.setdefault(alert.watchlist, alert.watchlist_title or alert.watchlist)
    highest = max((a.severity for a in recent), key=severity_rank)
    caption, overflow = _caption_and_overflow(stories, today, chat_title, len(recent), by_watchlist, titles, highest)
    return Digest(
        caption_html=caption,
        overflow_html=overflow,
        chart_png=alerts_per_day_png(window, now, zone, days) if chart else None,
        quiet=False,
        alerts_24h=len(recent),
        stories_24h=len(stories),
        by_watchlist_24h=by_watchlist,
        alerts_window=len(window),
        highest_severity=highest,
        stories=tuple(stories),
        text=_text(stories, today, chat_title, len(recent), by_watchlist, titles, highest, len(window), days),
    )


def group_stories(alerts: Sequence[DigestAlert]) -> list[DigestStory]:
    """One `DigestStory` per story id. Title and link are the story's first alert's; places and
    watchlists are every alert's, in the order they alerted."""
    by_story: dict[int, list[DigestAlert]] = {}
    for alert in alerts:
        by_story.setdefault(alert.story_id, []).append(alert)
    stories = []
    for story_id, members in by_story.items():
        members.sort(key=lambda a: a.created)
        first = members[0]
        stories.append(
            DigestStory(
                story_id=story_id,
                title=first.title,
                severity=max((a.severity for a in members), key=severity_rank),
                sources=max(a.sources for a in members),
                latest=members[-1].created,
                places=tuple(dict.fromkeys(place for a in members for place in a.places)),
                watchlist_titles=tuple(dict.fromkeys(a.watchlist_title for a in members)),
                link=next((a.link for a in members if a.link), None),
                alerts=len(members),
            )
        )
    return stories


def rank(stories: Sequence[DigestStory]) -> list[DigestStory]:
    """Most severe first, then the most sources, then the most recent (then the story id, for a stable order)."""
    return sorted(stories, key=lambda s: (-severity_rank(s.severity), -s.sources, -s.latest.timestamp(), s.story_id))


def units(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def trim(text: str, limit: int) -> str:
    """`text` (whitespace collapsed) in at most `limit` characters, cut on a word boundary with "…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space > limit * 0.5:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-—") + "…"


def _places(places: Sequence[str]) -> str:
    if not places:
        return ""
    more = len(places) - 1
    return trim(places[0], PLACES_CHARS) if not more else f"{trim(places[0], PLACES_CHARS - 5)} +{more}"


def story_html(story: DigestStory, title_chars: int = TITLE_CHARS) -> str:
    """One line: mark, title (linked to the report), place, number of sources."""
    mark = SEVERITY_MARKS.get(story.severity, "•")
    title = contained(escape(trim(story.title, title_chars))) or "(no title)"
    safe = web_link(story.link)
    href = escape(safe, quote=True) if safe else ""
    shown = f'<a href="{href}">{title}</a>' if href and len(href) <= MAX_HREF_CHARS else title
    place = _places(story.places)
    return f"{mark} {shown}" + (f" — {escape(place)}" if place else "") + f" · {count(story.sources, 'source')}"


def _watchlists_line(by_watchlist: dict[str, int], titles: dict[str, str], limit: int) -> str:
    ranked = sorted(by_watchlist, key=lambda w: (-by_watchlist[w], titles[w]))
    pieces: list[str] = []
    used = 0
    for n, watchlist in enumerate(ranked):
        piece = f"{escape(trim(titles[watchlist], 40))} {by_watchlist[watchlist]:,}"
        rest = len(ranked) - n - 1
        reserve = len(f" · +{rest} more") if rest else 0
        if pieces and used + 3 + len(piece) + reserve > limit:
            pieces.append(f"+{len(ranked) - n} more")
            break
        pieces.append(piece)
        used += len(piece) + 3
    return " · ".join(pieces)


def _caption_and_overflow(
    stories: Sequence[DigestStory],
    today: str,
    chat_title: str | None,
    alerts: int,
    by_watchlist: dict[str, int],
    titles: dict[str, str],
    highest: str,
) -> tuple[str, str | None]:
    head = f"<b>Daily digest · {today}</b>"
    if chat_title:
        head += f" · {escape(trim(chat_title, CHAT_TITLE_CHARS))}"
    lines = [
        head,
        f"<b>{count(alerts, 'alert')}</b> in the last 24 hours, {count(len(stories), 'story', 'stories')}",
        _watchlists_line(by_watchlist, titles, WATCHLISTS_LINE_CHARS),
        f"Highest: {SEVERITY_MARKS.get(highest, '')} {escape(highest)}",
        "",
    ]
    story_lines = [story_html(story, CAPTION_TITLE_CHARS) for story in stories]
    shown = _fill(lines, story_lines, CAPTION_LIMIT, lambda left: f"<i>{count(left, 'more story', 'more stories')} below</i>")
    caption = "\n".join(lines)
    rest = [story_html(story) for story in stories[shown:]]
    if not rest:
        return caption, None
    more = [f"<b>More stories · {today}</b>", ""]
    _fill(more, rest, MESSAGE_LIMIT, lambda left: f"<i>… and {count(left, 'more story', 'more stories')}</i>")
    return caption, "\n".join(more)


def _fill(lines: list[str], candidates: Sequence[str], limit: int, tail: Callable[[int], str]) -> int:
    """Append whole `candidates` to `lines` while they fit in `limit` (joined by newlines), keeping
    room for the `tail(left)` line that counts the rest; return how many went in."""
    used = units("\n".join(lines))
    for n, line in enumerate(candidates):
        left_after = len(candidates) - n - 1
        reserve = units("\n" + tail(left_after)) if left_after else 0
        if used + units("\n" + line) + reserve > limit:
            lines.append(tail(len(candidates) - n))
            return n
        lines.append(line)
        used += units("\n" + line)
    return len(candidates)


def _text(
    stories: Sequence[DigestStory],
    today: str,
    chat_title: str | None,
    alerts: int,
    by_watchlist: dict[str, int],
    titles: dict[str, str],
    highest: str,
    window: int,
    days: int,
) -> str:
    ranked = sorted(by_watchlist, key=lambda w: (-by_watchlist[w], titles[w]))
    lists = ", ".join(f"{titles[w]} {by_watchlist[w]:,}" for w in ranked)
    lines = [
        f"Daily digest · {today}" + (f" · {chat_title}" if chat_title else ""),
        f"{count(alerts, 'alert')} in the last 24 hours ({window:,} in the last {count(days, 'day')}), "
        f"{count(len(stories), 'story', 'stories')}; highest severity: {highest}",
        f"Watchlists: {lists}",
        "",
    ]
    for story in stories:
        places = ", ".join(story.places)
        where = f" — {places}" if places else ""
        lines.append(f"[{story.severity.upper()}] {story.title}{where} · {count(story.sources, 'source')}")
        if story.link:
            lines.append(f"  {story.link}")
    return "\n".join(lines)
