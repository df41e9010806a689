"""The daily digest (bot/digest.py) and its chart (bot/chart.py): counts, ranking, stories,
Telegram's limits, escaping, the quiet day, local days across DST and far from UTC, the PNG.

Every test builds its alerts relative to a `now` it passes in: no clock is read.
"""

from __future__ import annotations

import struct
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from typing import ClassVar

import pytest

from bot.chart import alerts_per_day_png, day_label, local_days, per_day
from bot.digest import CAPTION_LIMIT, MESSAGE_LIMIT, DigestAlert, build_digest, trim, units

NOW = datetime(2026, 12, 5, 6, 0, tzinfo=UTC)  # a Saturday; 06:00 in Bamako (UTC+0)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def alert(
    hours_ago: float,
    story_id: int = 1,
    *,
    watchlist: str = "sahel",
    watchlist_title: str = "Sahel",
    severity: str = "high",
    title: str | None = None,
    places: tuple[str, ...] = ("Bamako",),
    sources: int = 1,
    link: str | None = "https://example.org/report",
    now: datetime = NOW,
) -> DigestAlert:
    return DigestAlert(
        created=now - timedelta(hours=hours_ago),
        watchlist=watchlist,
        watchlist_title=watchlist_title,
        severity=severity,
        story_id=story_id,
        title=title if title is not None else f"Story {story_id}",
        places=places,
        sources=sources,
        link=link,
    )


class Visible(HTMLParser):
    """What Telegram shows of a message: its text, with the tags checked against what it accepts."""

    ALLOWED: ClassVar[set[str]] = {"b", "i", "a"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.open: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in self.ALLOWED, f"Telegram does not accept <{tag}>"
        self.open.append(tag)
        self.hrefs.extend(value or "" for name, value in attrs if name == "href")

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open.pop() == tag, f"unbalanced </{tag}>"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(html: str) -> Visible:
    reader = Visible()
    reader.feed(html)
    reader.close()
    assert reader.open == [], f"unclosed tags: {reader.open}"
    return reader


def visible(html: str) -> str:
    return "".join(parsed(html).text)


# --- counts ----------------------------------------------------------------------------------


def test_counts_of_the_last_24_hours_and_of_the_week() -> None:
    alerts = [
        alert(1, 1, watchlist="sahel", watchlist_title="Sahel"),
        alert(2, 2, watchlist="sahel", watchlist_title="Sahel"),
        alert(23.9, 3, watchlist="roads", watchlist_title="Roads"),
        alert(24.1, 4),  # yesterday's: in the week, not in the last 24 hours
        alert(24 * 6 + 5, 5),  # Sunday 29 November, 01:00: the first of the 7 local days
        alert(24 * 6 + 7, 6),  # Saturday 28 November: a day too old (the caller's query is rough)
        alert(-1, 7),  # after `now`: not yet
    ]
    digest = build_digest(alerts, NOW, "Africa/Bamako", chart=False)
    assert not digest.quiet
    assert digest.alerts_24h == 3
    assert digest.stories_24h == 3
    assert digest.by_watchlist_24h == {"sahel": 2, "roads": 1}
    assert digest.alerts_window == 5
    assert digest.highest_severity == "high"
    text = visible(digest.caption_html)
    assert text.startswith("Daily digest · Sat 5 Dec\n3 alerts in the last 24 hours, 3 stories\nSahel 2 · Roads 1\n")
    assert "Highest: 🟠 high" in text
    assert digest.overflow_html is None
    assert "Story 4" not in text and "Story 7" not in text
    assert "3 alerts in the last 24 hours (5 in the last 7 days)" in digest.text


def test_one_alert_and_one_source_are_singular() -> None:
    digest = build_digest([alert(1, sources=1)], NOW, "UTC", chart=False)
    text = visible(digest.caption_html)
    assert "1 alert in the last 24 hours, 1 story" in text
    assert text.rstrip().endswith("Story 1 — Bamako · 1 source")


def test_chat_title_goes_in_the_header() -> None:
    digest = build_digest([alert(1)], NOW, "UTC", chat_title="Mali ops", chart=False)
    assert visible(digest.caption_html).startswith("Daily digest · Sat 5 Dec · Mali ops\n")


# --- stories: grouping and ranking -----------------------------------------------------------


def test_alerts_of_one_story_across_watchlists_are_one_line() -> None:
    alerts = [
        alert(5, 42, watchlist="sahel", watchlist_title="Sahel", severity="medium", places=("Bamako",), sources=2),
        alert(
            3, 42, watchlist="mali", watchlist_title="Mali", severity="critical", places=("Kati, 15 km from Bamako",), sources=4
        ),
        alert(2, 42, watchlist="roads", watchlist_title="Roads", severity="low", places=("Bamako",), sources=3, link=None),
        alert(1, 7, watchlist="roads", watchlist_title="Roads", severity="low"),
    ]
    digest = build_digest(alerts, NOW, "UTC", chart=False)
    assert digest.alerts_24h == 4
    assert digest.stories_24h == 2
    assert digest.by_watchlist_24h == {"sahel": 1, "mali": 1, "roads": 2}
    story = digest.stories[0]
    assert story.story_id == 42
    assert story.severity == "critical"
    assert story.sources == 4
    assert story.places == ("Bamako", "Kati, 15 km from Bamako")
    assert story.watchlist_titles == ("Sahel", "Mali", "Roads")
    assert story.alerts == 3
    text = visible(digest.caption_html)
    assert text.count("Story 42") == 1
    assert "🔴 Story 42 — Bamako +1 · 4 sources" in text
    assert "Bamako, Kati, 15 km from Bamako · 4 sources" in digest.text


def test_stories_rank_by_severity_then_sources_then_recency() -> None:
    alerts = [
        alert(1, 1, severity="medium", sources=9),
        alert(10, 2, severity="critical", sources=1),
        alert(2, 3, severity="high", sources=2),
        alert(3, 4, severity="high", sources=5),
        alert(9, 5, severity="high", sources=2),
        alert(20, 6, severity="low", sources=20),
    ]
    digest = build_digest(alerts, NOW, "UTC", chart=False)
    assert [s.story_id for s in digest.stories] == [2, 4, 3, 5, 1, 6]
    text = visible(digest.caption_html)
    positions = [text.index(f"Story {n} ") for n in (2, 4, 3, 5, 1, 6)]
    assert positions == sorted(positions)
    assert digest.highest_severity == "critical"


# --- Telegram's limits -----------------------------------------------------------------------


def long_title(n: int) -> str:
    return f"S{n:03d} " + "armed men attacked the convoy on the road north of the town before dawn " * 3


def many_stories(count: int) -> list[DigestAlert]:
    return [
        alert(
            (n % 23) + 0.5,
            n,
            severity=("low", "medium", "high", "critical")[n % 4],
            title=long_title(n),
            places=("Kati, 15 km from Bamako", "Koulikoro"),
            sources=1 + n % 6,
            link=f"https://news.example.org/africa/sahel/2026/12/04/article-{n}?utm_source=rss&utm_medium=feed",
        )
        for n in range(count)
    ]


def shown_story_ids(digest_html: list[str]) -> set[int]:
    found = set()
    for html in digest_html:
        for line in visible(html).splitlines():
            for word in line.split():
                if len(word) == 4 and word[0] == "S" and word[1:].isdigit():
                    found.add(int(word[1:]))
    return found


def test_200_long_stories_fill_the_caption_and_the_overflow_says_how_many_more() -> None:
    digest = build_digest(many_stories(200), NOW, "Africa/Bamako", chat_title="Mali operations room " * 5, chart=False)
    assert units(digest.caption_html) <= CAPTION_LIMIT  # the raw HTML, hence the parsed text too
    assert units(visible(digest.caption_html)) <= CAPTION_LIMIT
    assert digest.overflow_html is not None
    assert units(digest.overflow_html) <= MESSAGE_LIMIT
    in_caption = shown_story_ids([digest.caption_html])
    in_overflow = shown_story_ids([digest.overflow_html])
    assert in_caption and in_overflow and not in_caption & in_overflow
    caption_tail = visible(digest.caption_html).splitlines()[-1]
    assert caption_tail == f"{200 - len(in_caption)} more stories below"
    overflow_tail = visible(digest.overflow_html).splitlines()[-1]
    missing = 200 - len(in_caption) - len(in_overflow)
    assert missing > 0
    assert overflow_tail == f"… and {missing} more stories"
    # The caption shows the best-ranked stories, the overflow the next ones, in order.
    ranked = [s.story_id for s in digest.stories]
    assert set(ranked[: len(in_caption)]) == in_caption
    assert set(ranked[len(in_caption) : len(in_caption) + len(in_overflow)]) == in_overflow
    # Lines are whole: every title is cut on a word boundary, and every link survives.
    for html in (digest.caption_html, digest.overflow_html):
        for line in visible(html).splitlines():
            if line.startswith(("🔴", "🟠", "🟡", "⚪")):
                assert "… — " in line and line.endswith(("source", "sources"))
        assert all(href.startswith("https://news.example.org/") and "&utm_medium" in href for href in parsed(html).hrefs)


def test_when_caption_and_overflow_hold_them_all_no_story_is_lost() -> None:
    digest = build_digest(many_stories(12), NOW, "UTC", chart=False)
    assert units(digest.caption_html) <= CAPTION_LIMIT
    assert digest.overflow_html is not None and units(digest.overflow_html) <= MESSAGE_LIMIT
    in_caption = shown_story_ids([digest.caption_html])
    in_overflow = shown_story_ids([digest.overflow_html])
    assert in_caption | in_overflow == set(range(12))
    assert "more" not in visible(digest.overflow_html).splitlines()[-1]


def test_many_watchlists_are_counted_within_the_caption() -> None:
    alerts = [alert(1, n, watchlist=f"w{n}", watchlist_title=f"Watchlist number {n:02d} " * 2) for n in range(40)]
    digest = build_digest(alerts, NOW, "UTC", chart=False)
    assert units(digest.caption_html) <= CAPTION_LIMIT
    line = visible(digest.caption_html).splitlines()[2]
    assert len(line) <= 320 and line.endswith("more")
    assert len(digest.by_watchlist_24h) == 40


def test_trim_cuts_on_a_word_boundary() -> None:
    assert trim("short title", 80) == "short title"
    assert trim("armed  men\nattacked the convoy", 80) == "armed men attacked the convoy"
    assert trim("armed men attacked the convoy north of town", 20) == "armed men attacked…"
    assert len(trim("x" * 200, 50)) == 50


# --- escaping ---------------------------------------------------------------------------------


def test_every_feed_and_config_string_is_escaped() -> None:
    nasty = '<script>alert("x")</script> & <b>bold</b>'
    alerts = [
        alert(
            1,
            1,
            title=nasty,
            watchlist="ab",
            watchlist_title="A&B <i>",
            places=("<Gao> & Kidal",),
            link='https://x.org/?a=1&b="2"<',
        ),
        *(alert(2, n, title=f"{nasty} {n}") for n in range(2, 40)),
    ]
    digest = build_digest(alerts, NOW, "UTC", chat_title="Ops <room> & co", chart=False)
    for html in (digest.caption_html, digest.overflow_html):
        assert html is not None
        assert "<script>" not in html and "<b>bold" not in html
        reader = parsed(html)  # only b, i and a tags, balanced: the feed added none
        text = "".join(reader.text)
        assert '<script>alert("x")</script> & <b>bold</b>' in text
    caption = visible(digest.caption_html)
    assert "Ops <room> & co" in caption
    assert "A&B <i> 1" in caption
    assert "<Gao> & Kidal" in caption
    assert "&lt;script&gt;" in digest.caption_html and "&amp; &lt;b&gt;" in digest.caption_html
    assert 'href="https://x.org/?a=1&amp;b=&quot;2&quot;&lt;"' in digest.caption_html
    assert parsed(digest.caption_html).hrefs[0] == 'https://x.org/?a=1&b="2"<'
    assert nasty in digest.text  # the console gets the text as it is


def test_a_story_without_link_or_place_is_still_a_line() -> None:
    digest = build_digest([alert(1, title="", places=(), link=None)], NOW, "UTC", chart=False)
    assert visible(digest.caption_html).splitlines()[-1] == "🟠 (no title) · 1 source"


# --- the quiet day ----------------------------------------------------------------------------


def test_a_quiet_day_is_one_line_and_no_chart() -> None:
    digest = build_digest([alert(30, 1), alert(50, 2), alert(24 * 5, 3)], NOW, "Africa/Bamako")
    assert digest.quiet
    assert digest.caption_html == "No alerts in the last 24 hours (3 in the last 7 days)."
    assert digest.overflow_html is None and digest.chart_png is None
    assert digest.alerts_24h == 0 and digest.stories_24h == 0 and digest.by_watchlist_24h == {}
    assert digest.alerts_window == 3


def test_a_quiet_week() -> None:
    digest = build_digest([], NOW, "UTC")
    assert digest.quiet and digest.caption_html == "No alerts in the last 24 hours (0 in the last 7 days)."


# --- local days -------------------------------------------------------------------------------


def test_local_days_across_the_end_of_summer_time_in_paris() -> None:
    # Sunday 25 October 2026, 03:00 CEST -> 02:00 CET: that day is 25 hours long.
    now = datetime(2026, 10, 26, 9, 0, tzinfo=UTC)  # Monday 26, 10:00 in Paris
    at = [
        datetime(2026, 10, 19, 21, 30, tzinfo=UTC),  # Mon 19, 23:30 CEST: before the window
        datetime(2026, 10, 19, 22, 30, tzinfo=UTC),  # Tue 20, 00:30 CEST: the window's first day
        datetime(2026, 10, 24, 22, 30, tzinfo=UTC),  # Sun 25, 00:30 CEST (a fixed +1 would say Sat 24)
        datetime(2026, 10, 25, 22, 30, tzinfo=UTC),  # Sun 25, 23:30 CET (a fixed +2 would say Mon 26)
        datetime(2026, 10, 25, 23, 30, tzinfo=UTC),  # Mon 26, 00:30 CET
    ]
    alerts = [alert(0, n, now=moment) for n, moment in enumerate(at)]
    counts = per_day(alerts, now, "Europe/Paris")
    assert [day_label(day) for day in counts.days] == ["Tue 20", "Wed 21", "Thu 22", "Fri 23", "Sat 24", "Sun 25", "Mon 26"]
    assert counts.series == {"Sahel": (1, 0, 0, 0, 0, 2, 1)}
    digest = build_digest(alerts, now, "Europe/Paris", chart=False)
    assert digest.alerts_window == 4
    assert digest.alerts_24h == 2  # the last 24 hours are 24 hours, whatever the wall clock did
    assert visible(digest.caption_html).startswith("Daily digest · Mon 26 Oct")


def test_local_days_across_the_start_of_summer_time_in_new_york() -> None:
    # Sunday 8 March 2026, 02:00 EST -> 03:00 EDT: that day is 23 hours long.
    now = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)  # Monday 9, 08:00 EDT
    at = [
        datetime(2026, 3, 8, 4, 30, tzinfo=UTC),  # Sat 7, 23:30 EST (today's fixed -4 would say Sun 8)
        datetime(2026, 3, 8, 5, 30, tzinfo=UTC),  # Sun 8, 00:30 EST
        datetime(2026, 3, 9, 3, 30, tzinfo=UTC),  # Sun 8, 23:30 EDT
        datetime(2026, 3, 9, 4, 30, tzinfo=UTC),  # Mon 9, 00:30 EDT (a fixed -5 would say Sun 8)
    ]
    counts = per_day([alert(0, n, now=moment) for n, moment in enumerate(at)], now, "America/New_York")
    assert counts.days[-1].day == 9 and counts.days[0].day == 3
    assert counts.series == {"Sahel": (0, 0, 0, 0, 1, 2, 1)}


@pytest.mark.parametrize(
    ("zone", "last_of_saturday", "first_of_sunday"),
    [
        ("Pacific/Kiritimati", datetime(2026, 12, 5, 9, 59, tzinfo=UTC), datetime(2026, 12, 5, 10, 0, tzinfo=UTC)),  # UTC+14
        ("Asia/Kathmandu", datetime(2026, 12, 5, 18, 14, tzinfo=UTC), datetime(2026, 12, 5, 18, 15, tzinfo=UTC)),  # UTC+5:45
        ("Pacific/Pago_Pago", datetime(2026, 12, 6, 10, 59, tzinfo=UTC), datetime(2026, 12, 6, 11, 0, tzinfo=UTC)),  # UTC-11
    ],
)
def test_local_days_far_from_utc(zone: str, last_of_saturday: datetime, first_of_sunday: datetime) -> None:
    now = first_of_sunday + timedelta(hours=1)
    alerts = [alert(0, 1, now=last_of_saturday), alert(0, 2, now=first_of_sunday), alert(0, 3, now=first_of_sunday)]
    counts = per_day(alerts, now, zone)
    assert day_label(counts.days[-1]) == "Sun 6"
    assert counts.series == {"Sahel": (0, 0, 0, 0, 0, 1, 2)}
    digest = build_digest(alerts, now, zone, chart=False)
    assert visible(digest.caption_html).startswith("Daily digest · Sun 6 Dec")


def test_local_days_are_the_last_seven_dates_today_last() -> None:
    days = local_days(NOW, "Africa/Bamako")
    assert [day_label(d) for d in days] == ["Sun 29", "Mon 30", "Tue 1", "Wed 2", "Thu 3", "Fri 4", "Sat 5"]
    assert len(local_days(NOW, "UTC", days=3)) == 3


def test_an_unknown_zone_reads_as_utc_and_a_naive_now_is_refused() -> None:
    digest = build_digest([alert(1)], NOW, "Mars/Olympus_Mons", chart=False)
    assert visible(digest.caption_html).startswith("Daily digest · Sat 5 Dec")
    with pytest.raises(ValueError, match="aware"):
        build_digest([alert(1)], NOW.replace(tzinfo=None), "UTC")


def test_watchlists_sharing_a_title_stay_apart_in_the_chart() -> None:
    alerts = [alert(1, 1, watchlist="a", watchlist_title="Mali"), alert(1, 2, watchlist="b", watchlist_title="Mali")]
    assert set(per_day(alerts, NOW, "UTC").series) == {"Mali (a)", "Mali (b)"}


# --- the chart --------------------------------------------------------------------------------


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", png[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_the_digest_photo_is_a_png_of_1000_by_800() -> None:
    alerts = [alert(h * 7 + 0.5, h, watchlist=f"w{h % 3}", watchlist_title=f"List {h % 3}") for h in range(24)]
    digest = build_digest(alerts, NOW, "Africa/Bamako")
    assert digest.chart_png is not None
    assert png_size(digest.chart_png) == (1000, 800)
    from matplotlib.image import imread

    pixels = imread(BytesIO(digest.chart_png), format="png")
    assert pixels.shape[:2] == (800, 1000)
    assert pixels.std() > 0.05  # something was drawn


def test_the_chart_folds_many_watchlists_and_draws_an_empty_week() -> None:
    alerts = [alert(n % 150, n, watchlist=f"w{n}", watchlist_title=f"Watchlist {n}") for n in range(30)]
    assert png_size(alerts_per_day_png(alerts, NOW, "Asia/Kathmandu")) == (1000, 800)
    assert png_size(alerts_per_day_png([], NOW, "UTC")) == (1000, 800)


def test_importing_the_digest_does_not_import_matplotlib() -> None:
    root = Path(__file__).resolve().parents[1]
    code = "import sys, bot.digest, bot.chart; assert 'matplotlib' not in sys.modules, 'imported at start'"
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True, timeout=60)
