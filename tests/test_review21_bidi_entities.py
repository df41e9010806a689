"""A feed's bidi controls stay inside its own strings, and entity references nobody defined are
dropped from feed text (qa21 #10). Pure: the renderers and the parser, on hostile input."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.digest import DigestStory, story_html
from bot.parse import parse_feed
from bot.render import AlertView, contained, render_html, render_text

RLO, LRE, PDF, FSI, PDI, RLM = "\u202e", "\u202a", "\u202c", "\u2068", "\u2069", "\u200f"
OPEN, CLOSE = {"\u202a", "\u202b", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068"}, {"\u202c", "\u2069"}
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def depth_before(text: str, marker: str) -> int:
    """How many bidi embeddings, overrides or isolates are still open where `marker` starts."""
    depth = 0
    for char in text[: text.index(marker)]:
        depth += char in OPEN
        depth -= char in CLOSE and depth > 0
    return depth


@pytest.mark.parametrize(
    "title",
    [f"Gunmen attack {RLO}Gao market", f"{LRE}{RLO}Attack in Gao", f"Attack {PDF}{PDI} in Gao {RLO}", f"{FSI}Attack in Gao"],
)
def test_a_digest_line_is_not_reversed_by_a_title(title: str) -> None:
    story = DigestStory(1, title, "high", 3, NOW, ("Gao",), ("Sahel",), "https://example.org/1", 1)
    line = story_html(story)
    assert depth_before(line, " — Gao") == 0, repr(line)
    assert "3 sources" in line


@pytest.mark.parametrize("title", [f"Gunmen attack {RLO}Gao market", f"{RLO}{RLO}{RLO} Attack in Gao"])
def test_an_alert_is_not_reversed_by_its_title_or_summary(title: str) -> None:
    view = AlertView(
        "high", "Sahel", ["Gao"], title, f"Attack {RLO}at dawn", "Wire", NOW, "https://example.org/1", also=[("Other", None)]
    )
    html = render_html(view)
    assert depth_before(html, "<i>Wire</i>") == 0, repr(html)
    assert depth_before(html, "Also reported by") == 0
    text = render_text(view)
    assert depth_before(text, "Wire ·") == 0, repr(text)


def test_arabic_titles_keep_their_direction() -> None:
    arabic = "هجوم مسلح على سوق في غاو"
    assert contained(arabic) == arabic
    assert contained(f"{RLM}{arabic}") == f"{RLM}{arabic}"
    balanced = f"{FSI}{arabic}{PDI} — Gao"
    assert contained(balanced) == balanced


def test_nesting_is_capped() -> None:
    assert len(contained(RLO * 500)) <= 16


def test_an_undefined_entity_is_dropped_from_a_title() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % ("" if i == 1 else i - 1)) * 10}">' for i in range(1, 10)
    )
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]><rss version="2.0"><channel><title>t</title>'
        "<item><title>Gunmen attack Bamako airport &lol9;</title><link>http://127.0.0.1/l1</link>"
        "<guid>l1</guid></item></channel></rss>"
    )
    items = parse_feed(body.encode(), "Wire", NOW).items
    assert [item.title for item in items] == ["Gunmen attack Bamako airport"]


def test_a_known_entity_is_decoded_and_escaped_text_kept() -> None:
    from bot.parse import html_to_text

    assert html_to_text("Attaque &agrave; Gao &#233; &lol9; &amp;lol9;") == "Attaque à Gao é &lol9;"
