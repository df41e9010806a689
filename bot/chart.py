"""The digest's chart: a chat's alerts per local day over the last week, by watchlist, as a PNG.

Two parts. The numbers (`local_days`, `per_day`) are pure: days are the chat's wall-clock
dates, taken from each alert's instant with zoneinfo, so a day that is 23 or 25 hours long
(a DST change) or a zone 14 hours from UTC buckets right. The picture (`alerts_per_day_png`)
draws them with matplotlib's object-oriented API on the Agg canvas, in memory: no display, no
file, no global pyplot state. matplotlib is imported there and only there, so importing the
bot stays fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from io import BytesIO
from typing import Protocol

from .audience import zone_of

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # English whatever the machine's locale
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SIZE_INCHES = (10.0, 8.0)  # at DPI: 1000 x 800 px, wide enough for 7 labelled bars, tall enough for a phone
DPI = 100
MAX_SERIES = 7  # watchlists drawn one by one; the rest are stacked as "Other"
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")


class Dated(Protocol):
    """What the chart needs of an alert (`bot.digest.DigestAlert` has it)."""

    @property
    def created(self) -> datetime: ...

    @property
    def watchlist(self) -> str: ...

    @property
    def watchlist_title(self) -> str: ...


@dataclass(frozen=True)
class DailyCounts:
    """Alerts per local day, oldest day first; one row of counts per watchlist title."""

    days: tuple[date, ...]
    series: dict[str, tuple[int, ...]]  # watchlist title -> count per day, largest total first

    def totals(self) -> tuple[int, ...]:
        return tuple(sum(column) for column in zip(*self.series.values(), strict=True)) if self.series else (0,) * len(self.days)


def local_days(now: datetime, zone: str, days: int = 7) -> tuple[date, ...]:
    """The last `days` dates on the chat's wall clock, today last."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    today = now.astimezone(zone_of(zone)).date()
    return tuple(today - timedelta(days=back) for back in range(days - 1, -1, -1))


def day_label(day: date) -> str:
    """ "Sat 5" under a bar."""
    return f"{WEEKDAYS[day.weekday()]} {day.day}"


def date_label(day: date) -> str:
    """ "Sat 5 Dec" in a header."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def per_day(alerts: Sequence[Dated], now: datetime, zone: str, days: int = 7) -> DailyCounts:
    """Count `alerts` by local day and watchlist over the last `days` local days (until `now`).

    Watchlists are keyed by id and labelled by title; two watchlists with one title are told
    apart by their id in brackets.
    """
    tz = zone_of(zone)
    window = local_days(now, zone, days)
    index = {day: n for n, day in enumerate(window)}
    counts: dict[str, list[int]] = {}
    titles: dict[str, str] = {}
    for alert in alerts:
        if alert.created > now:
            continue
        slot = index.get(alert.created.astimezone(tz).date())
        if slot is None:
            continue
        row = counts.get(alert.watchlist)
        if row is None:
            row = counts[alert.watchlist] = [0] * len(window)
            titles[alert.watchlist] = alert.watchlist_title or alert.watchlist
        row[slot] += 1
    named: dict[str, str] = {}
    for watchlist in sorted(titles):
        title = titles[watchlist]
        named[watchlist] = f"{title} ({watchlist})" if list(titles.values()).count(title) > 1 else title
    ranked = sorted(counts, key=lambda w: (-sum(counts[w]), named[w]))
    return DailyCounts(window, {named[w]: tuple(counts[w]) for w in ranked})


def _folded(counts: DailyCounts, keep: int = MAX_SERIES) -> dict[str, tuple[int, ...]]:
    """At most `keep` series and "Other" for the rest, so the legend stays readable on a phone."""
    items = list(counts.series.items())
    if len(items) <= keep + 1:
        return dict(items)
    head, rest = items[:keep], items[keep:]
    other = tuple(sum(column) for column in zip(*(row for _, row in rest), strict=True))
    return {**dict(head), f"Other ({len(rest)} watchlists)": other}


def alerts_per_day_png(alerts: Sequence[Dated], now: datetime, zone: str, days: int = 7) -> bytes:
    """A stacked bar chart of the alerts per local day by watchlist, 1000 x 800 px, as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    counts = per_day(alerts, now, zone, days)
    series = _folded(counts)
    positions = list(range(len(counts.days)))
    figure = Figure(figsize=SIZE_INCHES, dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    base = [0] * len(positions)
    for n, (title, row) in enumerate(series.items()):
        axes.bar(positions, row, bottom=base, width=0.7, label=_short(title), color=COLOURS[n % len(COLOURS)])
        base = [b + r for b, r in zip(base, row, strict=True)]
    for x, total in zip(positions, base, strict=True):
        if total:
            label = f"{total:,}"
            axes.annotate(label, (x, total), xytext=(0, 4), textcoords="offset points", ha="center", va="bottom", fontsize=16)
    axes.set_xticks(positions, [day_label(day) for day in counts.days], fontsize=18)
    axes.tick_params(axis="y", labelsize=16)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    top = max(base, default=0)
    axes.set_ylim(0, max(1, top) * 1.1)
    axes.set_ylabel("Alerts", fontsize=18)
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", alpha=0.3)
    axes.set_axisbelow(True)
    axes.set_title(f"Alerts per day, last {len(counts.days)} days ({zone})", fontsize=22, pad=14)
    if series:  # below the bars, never over them; constrained layout makes room for it
        axes.legend(fontsize=15, loc="upper center", bbox_to_anchor=(0.5, -0.08), frameon=False, ncols=min(len(series), 2))
    out = BytesIO()
    figure.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()


def _short(title: str, limit: int = 28) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"
