"""Alert messages: Telegram HTML and plain console text. Pure: no I/O.

Every string that came from a feed is escaped before it enters HTML, so a title holding
`<script>` or a stray `&` can neither break the message nor inject markup. A message never
exceeds Telegram's 4096 characters: the snippet is cut, never the link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape, unescape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .links import web_link

TELEGRAM_LIMIT = 4096
SNIPPET_CHARS = 600
LATE_AFTER = 3600.0  # seconds: an alert sent later than this after its report says so
MAX_LINK_CHARS = 2048  # a longer URL is pathological; it would crowd out the alert itself
SEVERITY_MARKS = {"low": "⚪", "medium": "🟡", "high": "🟠", "critical": "🔴"}


@dataclass(frozen=True)
class AlertView:
    """What a message shows: one item, the watchlist it alerted, and the evidence."""

    severity: str
    watchlist_title: str
    locations: list[str]
    title: str
    summary: str
    feed: str
    published: datetime | None
    link: str | None
    dated: bool = True  # False: `published` is only when the bot first saw the item (no date, or one in the future)
    highlights: Sequence[tuple[int, int]] = ()  # spans of the summary to underline: the names and keyword
    local_times: Sequence[tuple[str, str]] = ()  # (location, IANA time zone) where known
    also: Sequence[tuple[str, str | None]] = ()  # (outlet, link) of the story's other sources, oldest first
    reports: int = 1  # reports of the story, this one included (an outlet may report twice)
    marks: Sequence[str] = ()  # what people said of it ("False alarm · marked by Ada 05:42"), plain text
    reported: datetime | None = None  # when the bot first saw the report (its alert was queued)
    sent_at: datetime | None = None  # when this message goes out: a late one says how late

    def lateness(self) -> str:
        """ "first reported 20 h ago" for a message sent over an hour after its report, else ""."""
        if self.reported is None or self.sent_at is None:
            return ""
        late = (self.sent_at - self.reported).total_seconds()
        if late <= LATE_AFTER:
            return ""
        return f"first reported {late / 3600:.0f} h ago" if late < 48 * 3600 else f"first reported {late / 86400:.0f} days ago"


def location_label(location: str, via: str | None = None, distance_km: int | None = None) -> str:
    """How an alert names a location: itself, or the place the item named within its radius
    ("Kati, 15 km from Bamako"), so a reader sees at once why an unwatched name alerted."""
    if via is None:
        return location
    return f"{via}, {distance_km} km from {location}" if distance_km is not None else f"{via}, near {location}"


MAX_SOURCES_SHOWN = 10  # named in full; the rest are counted
SOURCES_CHARS = 1500  # the "Also reported by" line never takes more of the 4096


def other_outlets(own_feed: str, sources: Sequence[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """Each other outlet once (its first report), in the order they reported."""
    seen = {own_feed}
    outlets = []
    for feed, link in sources:
        if feed not in seen:
            seen.add(feed)
            outlets.append((feed, link))
    return outlets


def _tally(outlets: int, reports: int) -> str:
    return f" — {outlets} sources" + (f", {reports} reports" if reports > outlets else "")


def _also_html(also: Sequence[tuple[str, str | None]], budget: int, reports: int = 0) -> str:
    """ "Also reported by: A, B — 3 sources", each outlet linked to its report, within `budget`."""
    if not also:
        return ""
    tail = _tally(len(also) + 1, reports)
    names: list[str] = []
    used = len("Also reported by: ") + len(tail) + len(", and 999 more")
    for feed, link in also[:MAX_SOURCES_SHOWN]:
        name = _isolated(_fit_escaped(feed, 80))
        safe = web_link(link)
        href = escape(safe, quote=True) if safe else ""
        piece = f'<a href="{href}">{name}</a>' if href and len(href) <= 400 else name
        if used + len(piece) + 2 > budget:
            break
        names.append(piece)
        used += len(piece) + 2
    more = len(also) - len(names)
    shown = ", ".join(names) + (f", and {more} more" if more else "") if names else f"{more} other outlets"
    line = f"Also reported by: {shown}{tail}"
    return line if len(line) <= budget else ""


def _when(moment: datetime | None, dated: bool = True, local_times: Sequence[tuple[str, str]] = ()) -> str:
    if moment is None:
        return "time unknown"
    stamp = moment.strftime("%d %b %Y %H:%M UTC")
    for place, zone in local_times[:1]:
        try:
            local = moment.astimezone(ZoneInfo(zone))
        except (ZoneInfoNotFoundError, ValueError):
            continue
        stamp += f" ({local:%H:%M} in {place})"
    return stamp if dated else f"first seen {stamp} (no usable date in the feed)"


# Right-to-left text (Arabic, Hebrew) in a message that is mostly left to right. Telegram's
# clients lay out each paragraph by the Unicode bidi algorithm, its direction taken from its
# first strong letter: an Arabic place name inside "HIGH · Sudan · الخرطوم, Omdurman" would pull
# the separators and the next names round it, and an Arabic title opening with "UN:" would be
# laid out left to right. So a right-to-left name inside a line is isolated (FSI ... PDI, which
# every client since Unicode 6.3 honours), and a paragraph mostly in right-to-left script opens
# with a right-to-left mark.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_STRONG_LTR = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
_FSI, _PDI, _RLM = "\u2068", "\u2069", "\u200f"


_OPENERS = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c"}  # embeddings, overrides: PDF
_OPENERS |= {"\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"}  # isolates: PDI
_CLOSERS = frozenset(_OPENERS.values())
MAX_BIDI_DEPTH = 8
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def contained(text: str) -> str:
    """A feed string whose bidi controls end inside it: every embedding, override or isolate it
    opens is closed at its end, and a closer it never opened is dropped.

    An unclosed right-to-left override (U+202E) in a title would reverse everything after it
    in the line (" — Gao · 3 sources") and let a feed disguise what a message says. Marks (RLM,
    ALM) and right-to-left letters are untouched, so an Arabic title still reads right to left.
    """
    if _BIDI_CONTROLS.search(text) is None:
        return text
    kept: list[str] = []
    open_: list[str] = []  # the closer each open control needs, innermost last
    for char in text:
        if char in _OPENERS:
            if len(open_) >= MAX_BIDI_DEPTH:
                continue  # deeper nesting is an attack, not a language: at most that many closers added
            open_.append(_OPENERS[char])
        elif char in _CLOSERS:
            if char not in open_:
                continue  # closes nothing of this string's: it would close the line's own
            while open_:  # a PDI also closes embeddings opened inside its isolate
                if open_.pop() == char:
                    break
        kept.append(char)
    return "".join(kept) + "".join(reversed(open_))


def _isolated(text: str) -> str:
    """A name that holds right-to-left letters, as one unit inside a left-to-right line."""
    return f"{_FSI}{text}{_PDI}" if _RTL.search(text) else text


def _paragraph_mark(text: str) -> str:
    """A right-to-left mark for a paragraph mostly in right-to-left script whose first strong
    letter is Latin (it would be laid out left to right); nothing otherwise."""
    rtl = len(_RTL.findall(text))
    if rtl == 0 or rtl <= len(_STRONG_LTR.findall(text)):
        return ""
    first_rtl = _RTL.search(text)
    first_ltr = _STRONG_LTR.search(text)
    return _RLM if first_ltr is not None and first_rtl is not None and first_ltr.start() < first_rtl.start() else ""


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: max(limit - 1, 0)]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + "…"


def render_html(alert: AlertView, limit: int = TELEGRAM_LIMIT) -> str:
    """The Telegram message, parse_mode HTML, at most `limit` characters."""
    mark = SEVERITY_MARKS.get(alert.severity, "")
    places = ", ".join(_isolated(_fit_escaped(label, 150)) for label in alert.locations[:10])
    places = places if len(places) <= 320 else ", ".join(_isolated(_fit_escaped(label, 60)) for label in alert.locations[:4])
    watchlist = _isolated(_fit_escaped(alert.watchlist_title, 200))
    head = f"{mark} <b>{escape(alert.severity.upper())}</b> · {watchlist} · {places}"
    title = f"{_paragraph_mark(alert.title)}<b>{contained(_fit_escaped(alert.title, 1000))}</b>"
    when = escape(_when(alert.published, alert.dated, alert.local_times))
    source = f"<i>{_isolated(_fit_escaped(alert.feed, 200))}</i> · {when}"
    if late := alert.lateness():
        source += f" · <b>{late}</b>"
    link = ""
    safe = web_link(alert.link)  # a javascript: or tg:// link is no link: the source above still names the outlet
    if safe:
        href = escape(safe, quote=True)
        link = f'<a href="{href}">Read the report</a>' if len(href) <= MAX_LINK_CHARS else "(link too long to show)"
    marks = "\n".join(f"<i>{_fit_escaped(line, 200)}</i>" for line in alert.marks[:3])
    room = limit - sum(len(p) + 1 for p in (head, title, "", source, link, marks)) - 1
    also = _also_html(alert.also, min(SOURCES_CHARS, room), alert.reports)
    fixed = [head, title, "", source, link, also, marks]
    budget = limit - sum(len(p) + 1 for p in fixed)
    snippet = ""
    if alert.summary:
        opening = _paragraph_mark(alert.summary[:SNIPPET_CHARS])
        snippet = opening + contained(_snippet(alert.summary, alert.highlights, min(SNIPPET_CHARS, budget - len(opening) - 8)))
    parts = [head, title, snippet, source, link, also, marks]
    return "\n".join(p for p in parts if p)


def _snippet(summary: str, highlights: Sequence[tuple[int, int]], budget: int) -> str:
    """Escaped HTML of the summary, the matched words underlined, at most `budget` characters.

    When the first match lies deep in a long summary, the snippet starts shortly before it, so
    the reader sees why the alert fired.
    """
    spans = sorted((a, b) for a, b in highlights if 0 <= a < b <= len(summary))
    if not spans:
        return _fit_escaped(summary, budget)
    start = 0
    if spans[0][0] > budget * 0.6:
        start = summary.rfind(" ", 0, max(0, spans[0][0] - budget // 4)) + 1
    prefix = "…" if start else ""
    out = [prefix]
    used = len(prefix)
    position = start
    for a, b in spans:
        if a < position:
            continue
        if a > position:
            raw = summary[position:a]
            plain = _fit_escaped(raw, budget - used)
            out.append(plain)
            used += len(plain)
            if plain != escape(raw):  # cut short: no room for more
                return "".join(out)
        marked = f"<u>{escape(summary[a:b])}</u>"
        if used + len(marked) > budget:
            return "".join(out)
        out.append(marked)
        used += len(marked)
        position = b
    out.append(_fit_escaped(summary[position:], budget - used))
    return "".join(out)


def _fit_escaped(text: str, budget: int) -> str:
    """The longest cut of `text` whose escaped form fits in `budget` characters, "…" included.

    The cut is measured in escaped characters (an `&` costs five), made on the raw text before
    escaping (so an entity is never split), and at the last word boundary when that keeps most
    of what fits. Never empty when the text is not and the budget holds a character: a headline
    of `&`, `<` and quotes is shortened, never dropped.
    """
    if budget <= 0:
        return ""
    whole = escape(text)
    if len(whole) <= budget:
        return whole
    room = budget - 1  # for the "…"
    used = kept = 0
    for char in text:
        size = len(escape(char))
        if used + size > room:
            break
        used += size
        kept += 1
    cut = text[:kept]
    space = cut.rfind(" ")
    if space > 0 and len(escape(cut[:space])) > used * 0.6:
        cut = cut[:space]
    return escape(cut.rstrip()) + "…"


def render_text(alert: AlertView) -> str:
    """The same alert for a terminal: no markup, nothing to escape."""
    lines = [
        f"[{alert.severity.upper()}] {alert.watchlist_title} · {', '.join(alert.locations)}",
        contained(alert.title),
    ]
    if alert.summary:
        lines.append(contained(_cut(alert.summary, SNIPPET_CHARS)))
    late = alert.lateness()
    lines.append(f"{alert.feed} · {_when(alert.published, alert.dated, alert.local_times)}" + (f" · {late}" if late else ""))
    if alert.link:
        lines.append(alert.link)
    if alert.also:
        names = ", ".join(feed for feed, _ in alert.also[:MAX_SOURCES_SHOWN])
        more = len(alert.also) - MAX_SOURCES_SHOWN
        lines.append(
            f"Also reported by: {names}{f', and {more} more' if more > 0 else ''}{_tally(len(alert.also) + 1, alert.reports)}"
        )
        lines.extend(f"  {feed}: {link}" for feed, link in alert.also[:MAX_SOURCES_SHOWN] if link)
    lines.extend(alert.marks)
    return "\n".join(lines)


def plain_text(html: str) -> str:
    """Our own HTML as text, for when Telegram refuses the markup: tags dropped, entities read."""
    return unescape(re.sub(r"<[^>]+>", "", html))
