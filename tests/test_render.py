"""bot.render: Telegram HTML that is escaped, uses only allowed tags and fits in 4096 characters."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from html import escape, unescape
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.render import TELEGRAM_LIMIT, AlertView, _fit_escaped, render_html, render_text
from bot.testing.fake_telegram import html_problem

ALLOWED_TAGS = {"b", "i", "a", "code"}
HOSTILE = "<script>alert(1)</script> & \"double\" 'single' <b>bold</b> &amp; x<y>z"
LINK = 'https://example.org/news?id=1&lang=fr&q="quoted"'

ALERT = AlertView(
    severity="high",
    watchlist_title="Bamako",
    locations=["Bamako airport"],
    title="Gunmen attack Bamako airport",
    summary="Heavy gunfire was heard at dawn.",
    feed="Example wire",
    published=datetime(2026, 11, 24, 5, 40, tzinfo=UTC),
    link="https://example.org/news/a",
)


class _TagCollector(HTMLParser):
    """Every tag, attribute and text run of an HTML message, as Telegram's parser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []
        self.open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.append((tag, attrs))
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open and self.open[-1] == tag, f"</{tag}> does not close {self.open}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(message: str) -> _TagCollector:
    collector = _TagCollector()
    collector.feed(message)
    collector.close()
    assert collector.open == [], f"unclosed tags {collector.open}"
    return collector


def assert_telegram_safe(message: str) -> _TagCollector:
    parsed = parse_html(message)
    assert set(parsed.tags) <= ALLOWED_TAGS, parsed.tags
    for tag, attrs in parsed.attrs:
        assert [name for name, _ in attrs] == (["href"] if tag == "a" else []), (tag, attrs)
    # Telegram accepts only these four entities; a bare & or < would be rejected.
    for entity in re.findall(r"&[^;\s]*;?", message):
        assert entity in ("&lt;", "&gt;", "&amp;", "&quot;") or re.fullmatch(r"&#x?[0-9a-fA-F]+;", entity), entity
    return parsed


def test_plain_alert_shows_every_part() -> None:
    message = render_html(ALERT)
    assert message.splitlines() == [
        "🟠 <b>HIGH</b> · Bamako · Bamako airport",
        "<b>Gunmen attack Bamako airport</b>",
        "Heavy gunfire was heard at dawn.",
        "<i>Example wire</i> · 24 Nov 2026 05:40 UTC",
        '<a href="https://example.org/news/a">Read the report</a>',
    ]
    assert_telegram_safe(message)


@pytest.mark.parametrize("field", ["title", "summary", "feed", "watchlist_title"])
def test_every_feed_string_is_escaped(field: str) -> None:
    message = render_html(replace(ALERT, **{field: HOSTILE}))
    parsed = assert_telegram_safe(message)
    assert "<script>" not in message
    assert "<b>bold</b>" not in message
    assert "&lt;script&gt;" in message
    assert "&quot;double&quot;" in message
    assert "&amp;amp;" in message  # a literal "&amp;" in the feed shows as "&amp;", not as "&"
    assert HOSTILE in "".join(parsed.text)  # the reader sees exactly the feed's text


def test_location_names_are_escaped() -> None:
    message = render_html(replace(ALERT, locations=["A&B <x>", '"Q"']))
    assert "A&amp;B &lt;x&gt;, &quot;Q&quot;" in message
    assert_telegram_safe(message)


def test_link_with_quote_and_ampersand_is_escaped_in_href() -> None:
    message = render_html(replace(ALERT, link=LINK))
    assert 'href="https://example.org/news?id=1&amp;lang=fr&amp;q=&quot;quoted&quot;"' in message
    parsed = assert_telegram_safe(message)
    (href,) = [value for tag, attrs in parsed.attrs if tag == "a" for name, value in attrs if name == "href"]
    assert href == LINK


def test_link_cannot_break_out_of_the_attribute() -> None:
    evil = 'https://example.org/x" onclick="steal()"><b>owned</b><a href="'
    message = render_html(replace(ALERT, link=evil))
    parsed = assert_telegram_safe(message)
    assert parsed.tags.count("a") == 1
    assert "owned" not in "".join(parsed.text)


def test_no_link_no_anchor_and_no_date() -> None:
    message = render_html(replace(ALERT, link=None, published=None, summary=""))
    assert "<a " not in message
    assert "time unknown" in message
    assert "\n\n" not in message  # an empty summary leaves no blank line
    assert_telegram_safe(message)


@pytest.mark.parametrize("severity", ["low", "medium", "high", "critical"])
def test_severity_is_shown(severity: str) -> None:
    message = render_html(replace(ALERT, severity=severity))
    assert f"<b>{severity.upper()}</b>" in message


def test_long_item_fits_telegram_and_keeps_the_link() -> None:
    link = "https://example.org/" + "p" * 300 + "?a=1&b=2"
    alert = replace(ALERT, title="Headline word " * 400, summary="Long report text " * 600, link=link)
    assert len(alert.summary) >= 10_000
    message = render_html(alert)
    assert len(message) <= TELEGRAM_LIMIT
    parsed = assert_telegram_safe(message)
    (href,) = [value for tag, attrs in parsed.attrs if tag == "a" for name, value in attrs if name == "href"]
    assert href == link
    assert message.endswith("Read the report</a>")
    assert "…" in message  # the cut is visible


def test_summary_of_only_escapable_characters_still_fits() -> None:
    alert = replace(ALERT, title="T" * 900, summary="&<>\"'" * 2_000, link=LINK)
    message = render_html(alert)
    assert len(message) <= TELEGRAM_LIMIT
    assert_telegram_safe(message)
    assert message.endswith("Read the report</a>")


@pytest.mark.parametrize("limit", [4096, 1000, 500])
def test_render_respects_a_smaller_limit(limit: int) -> None:
    alert = replace(ALERT, summary="word & more " * 1000, link=LINK)
    message = render_html(alert, limit=limit)
    assert len(message) <= limit
    assert_telegram_safe(message)
    assert "Read the report</a>" in message


@pytest.mark.parametrize("title", ["&" * 1000, "<" * 2000, '"' * 1000])
def test_title_full_of_escapable_characters_fits(title: str) -> None:
    message = render_html(replace(ALERT, title=title, summary="s" * 10_000))
    assert len(message) <= TELEGRAM_LIMIT


def test_render_text_has_no_markup() -> None:
    alert = replace(ALERT, title=HOSTILE, summary="Gunfire & smoke", link=LINK)
    text = render_text(alert)
    assert text.splitlines() == [
        "[HIGH] Bamako · Bamako airport",
        HOSTILE,
        "Gunfire & smoke",
        "Example wire · 24 Nov 2026 05:40 UTC",
        LINK,
    ]
    assert "&amp;" not in text.replace(HOSTILE, "")
    assert "<b>" not in text.replace(HOSTILE, "")
    assert "<i>" not in text and "<a " not in text


def test_render_text_cuts_a_long_summary_but_keeps_the_link() -> None:
    text = render_text(replace(ALERT, summary="word " * 2_000))
    summary_line = text.splitlines()[2]
    assert len(summary_line) <= 600
    assert summary_line.endswith("…")
    assert text.splitlines()[-1] == ALERT.link


NASTY = [
    ("script", "<script>alert('x')</script> at Bamako airport", 'Gunfire <b>near</b> & "around" the <i>airport</i>'),
    ("entities", "Rock & roll &amp; 'quotes' \"double\"", "&lt;already escaped&gt; &nbsp; &#39;"),
    ("emoji", "🔥💥 Explosion 🚨 at Bamako airport 🇲🇱", "👀 Witnesses 📷 report 💣 blasts"),
    ("right-to-left", "انفجار في مطار باماكو", "עדים דיווחו על ירי ליד שדה התעופה — gunfire"),
    ("long", "Attack " * 300, "gunfire near the airport " * 400),
    ("control-characters", "Line\nbreak\tand\r\nreturns", "Zero\u200bwidth\u00adsoft\u2028separator"),
]


@pytest.mark.parametrize(("title", "summary"), [c[1:] for c in NASTY], ids=[c[0] for c in NASTY])
@pytest.mark.parametrize("spans", [[], [(0, 7)], [(10, 20), (15, 25)], [(5000, 5007)], [(-3, 2), (9_999_990, 10_000_000)]])
def test_every_alert_is_valid_telegram_html_within_the_limit(title: str, summary: str, spans: list[tuple[int, int]]) -> None:
    alert = replace(
        ALERT,
        title=title,
        summary=summary,
        link='https://example.org/a?b="c"&d=<e>',
        highlights=spans,
        local_times=[("Bamako airport", "Africa/Bamako")],
    )
    message = render_html(alert)
    assert html_problem(message) is None, message[:300]
    assert len(message) <= TELEGRAM_LIMIT
    assert message.endswith("Read the report</a>"), "the link is never cut"
    assert "<script>" not in message


def test_matched_words_are_underlined_and_the_snippet_starts_near_them() -> None:
    summary = "Background paragraph. " * 60 + "Gunfire was heard near Bamako airport at dawn."
    start = summary.index("Gunfire")
    airport = summary.index("Bamako airport")
    alert = replace(ALERT, summary=summary, highlights=[(start, start + 7), (airport, airport + 14)])
    snippet = render_html(alert).splitlines()[2]
    assert snippet.startswith("…") and "<u>Gunfire</u> was heard near <u>Bamako airport</u> at dawn." in snippet


def test_local_time_is_shown_where_the_zone_is_known() -> None:
    alert = replace(ALERT, local_times=[("Niamey", "Africa/Niamey")])
    assert "UTC (06:40 in Niamey)" in render_html(alert)
    assert "UTC (06:40 in Niamey)" in render_text(alert)
    unknown = replace(ALERT, local_times=[("Nowhere", "Not/AZone")])
    assert "in Nowhere" not in render_html(unknown)


FSI, PDI, RLM = "\u2068", "\u2069", "\u200f"


def test_right_to_left_names_are_isolated_inside_left_to_right_lines() -> None:
    alert = replace(ALERT, locations=["الخرطوم", "Omdurman"], feed="الجزيرة نت", also=[("سكاي نيوز عربية", None)])
    lines = render_html(alert).splitlines()
    assert lines[0].endswith(f"· {FSI}الخرطوم{PDI}, Omdurman"), "the Arabic name is one unit; the comma stays after it"
    assert lines[3].startswith(f"<i>{FSI}الجزيرة نت{PDI}</i> · 24 Nov 2026 05:40 UTC")
    assert f"{FSI}سكاي نيوز عربية{PDI}" in lines[-1]
    assert FSI not in render_html(ALERT), "Latin-script alerts are left as they were"


def test_an_arabic_title_and_snippet_read_right_to_left_with_the_match_marked_and_cut_on_a_word() -> None:
    title = "UN: مقتل خمسة في هجوم على سوق في الفاشر"
    summary = "قال شهود إن مسلحين هاجموا السوق الرئيسي في مدينة الفاشر صباح الأحد " * 40
    place = summary.index("الفاشر")
    alert = replace(ALERT, title=title, summary=summary, highlights=[(place, place + len("الفاشر"))])
    message = render_html(alert)
    assert html_problem(message) is None
    lines = message.splitlines()
    assert lines[1] == f"{RLM}<b>{title}</b>", "mostly Arabic, opening with Latin letters: marked right to left"
    assert not lines[2].startswith(RLM), "a paragraph opening with an Arabic letter needs no mark"
    assert "<u>الفاشر</u>" in lines[2] and lines[2].endswith("…")
    shown = re.sub(r"</?u>", "", lines[2]).removesuffix("…")
    assert summary.startswith(shown) and summary[len(shown)] == " ", "the snippet is cut on a word boundary"


# -- _fit_escaped: the longest escaped cut that fits -----------------------------------------------

_ENTITY_SAFE = re.compile(r"(?:[^&<>\"']|&(?:amp|lt|gt|quot|#x27);)*")
_WORD = st.text(alphabet=st.sampled_from("ab&<>\"'é ب🔥"), min_size=1, max_size=12).map(lambda w: w.replace(" ", ""))


def assert_fits(text: str, budget: int, out: str) -> None:
    """What any cut must be: within the budget, whole entities, a prefix of the text that is as
    long as fits (to a word boundary, or to the character when no boundary keeps most of it)."""
    assert len(out) <= budget
    if budget >= 1 and text:
        assert out, "a text that holds something never renders as nothing"
    if len(escape(text)) <= budget:
        assert out == escape(text)
        return
    if budget == 0:
        assert out == ""
        return
    assert out.endswith("…")
    assert _ENTITY_SAFE.fullmatch(out[:-1]), out
    kept = unescape(out[:-1])
    assert text.startswith(kept)
    at_word = len(text) > len(kept) and text[len(kept)] == " "
    at_char_limit = len(escape(text[: len(kept) + 1])) + 1 > budget
    assert at_word or at_char_limit, (kept, text[len(kept) :][:20])


@settings(deadline=None, max_examples=400)
@given(st.lists(_WORD, max_size=400).map(" ".join), st.integers(min_value=0, max_value=1200))
def test_an_escaped_cut_fits_keeps_whole_entities_and_is_as_long_as_fits(text: str, budget: int) -> None:
    out = _fit_escaped(text, budget)
    assert_fits(text, budget, out)
    if len(escape(text)) > budget >= 8:
        # single spaces between words: a word-boundary cut keeps more than half of what fits
        assert len(out) >= 0.6 * (budget - 7), (len(out), budget)


@pytest.mark.parametrize(
    ("text", "budget"),
    [("x& " * 800, 1000), ('"Q&A" <live> ' * 100, 1000), ("&" * 1000, 1000), ("<" * 3, 5), ("Gao & Kidal", 9), ("'", 1)],
)
def test_a_text_full_of_escapable_characters_is_cut_never_dropped(text: str, budget: int) -> None:
    out = _fit_escaped(text, budget)
    assert_fits(text, budget, out)
    assert len(out) > budget * 0.6 - 7


def test_a_long_headline_full_of_escapable_characters_is_shown() -> None:
    message = render_html(replace(ALERT, title='"Q&A" <live> ' * 100))
    title = message.splitlines()[1]
    assert title.startswith("<b>&quot;Q&amp;A&quot; &lt;live&gt;") and title.endswith("…</b>")
    assert len(title) > 900
