"""bot.dedup: one canonical spelling per article link, and the keys an item is known by."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.dedup import canonical_link, dedup_keys
from bot.parse import Item, content_hash

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CANON = "https://example.org/news/a"

SAME_ARTICLE = [
    ("as-is", "https://example.org/news/a"),
    ("scheme-case", "HTTPS://example.org/news/a"),
    ("host-case", "https://Example.ORG/news/a"),
    ("http", "http://example.org/news/a"),
    ("www", "https://www.example.org/news/a"),
    ("WWW-upper", "https://WWW.EXAMPLE.ORG/news/a"),
    ("trailing-slash", "https://example.org/news/a/"),
    ("fragment", "https://example.org/news/a#comments"),
    ("utm", "https://example.org/news/a?utm_source=rss&utm_medium=feed&utm_campaign=x"),
    ("utm-upper", "https://example.org/news/a?UTM_SOURCE=rss"),
    ("fbclid", "https://example.org/news/a?fbclid=IwAR0abc"),
    ("gclid", "https://example.org/news/a?gclid=Cj0KCQ"),
    ("default-port", "https://example.org:443/news/a"),
    ("surrounding-space", "  https://example.org/news/a \n"),
    ("everything", "HTTP://WWW.Example.org/news/a/?utm_source=x&fbclid=y&gclid=z#top"),
]


@pytest.mark.parametrize("url", [c[1] for c in SAME_ARTICLE], ids=[c[0] for c in SAME_ARTICLE])
def test_spellings_of_one_article_share_a_canonical_link(url: str) -> None:
    assert canonical_link(url) == CANON


CANONICAL_TABLE = [
    ("query-order", "https://example.org/a?b=2&a=1", "https://example.org/a?a=1&b=2"),
    ("query-order-with-trackers", "https://example.org/a?gclid=1&b=2&utm_x=3&a=1", "https://example.org/a?a=1&b=2"),
    ("real-params-kept", "https://example.org/a?id=42&fbclid=q", "https://example.org/a?id=42"),
    ("path-case-kept", "https://example.org/News/A", "https://example.org/News/A"),
    ("other-port-kept", "https://example.org:8443/a", "https://example.org:8443/a"),
    ("root", "https://example.org", "https://example.org/"),
    ("space-in-path", "https://example.org/a b", "https://example.org/a%20b"),
    ("blank-value-kept", "https://example.org/a?x=", "https://example.org/a?x="),
]


@pytest.mark.parametrize(("url", "canonical"), [c[1:] for c in CANONICAL_TABLE], ids=[c[0] for c in CANONICAL_TABLE])
def test_canonical_link_table(url: str, canonical: str) -> None:
    assert canonical_link(url) == canonical


DIFFERENT_ARTICLES = [
    ("https://example.org/news/a", "https://example.org/news/b"),
    ("https://example.org/news/a", "https://example.net/news/a"),
    ("https://example.org/a?id=1", "https://example.org/a?id=2"),
    ("https://example.org/News", "https://example.org/news"),
    ("https://www2.example.org/a", "https://example.org/a"),
    ("https://wwwexample.org/a", "https://example.org/a"),
]


@pytest.mark.parametrize(("one", "other"), DIFFERENT_ARTICLES)
def test_different_articles_stay_different(one: str, other: str) -> None:
    assert canonical_link(one) != canonical_link(other)


@pytest.mark.parametrize(
    "url", ["https://example.org:abc/a", "https://example.org:99999/a", "http://[::1]:8080/a", "http://[::1]/a"]
)
def test_canonical_link_never_raises(url: str) -> None:
    assert isinstance(canonical_link(url), str)


def item(feed: str = "Wire", guid: str | None = None, link: str | None = None, title: str = "T", summary: str = "S") -> Item:
    return Item(feed=feed, guid=guid, link=link, title=title, summary=summary, published=NOW)


def test_guid_key_is_scoped_by_feed() -> None:
    one, other = item(feed="Wire", guid="1"), item(feed="Other wire", guid="1")
    assert dedup_keys(one) == ["guid:Wire:1"]
    assert dedup_keys(other) == ["guid:Other wire:1"]
    assert not set(dedup_keys(one)) & set(dedup_keys(other))


def test_link_key_is_global_and_canonical() -> None:
    one = item(feed="Wire", link="https://www.example.org/news/a/?utm_source=rss")
    other = item(feed="Other wire", link="http://example.org/news/a#top")
    assert dedup_keys(one) == [f"link:{CANON}"]
    assert dedup_keys(one) == dedup_keys(other)


def test_guid_and_link_give_both_keys() -> None:
    keys = dedup_keys(item(guid="g-7", link="https://example.org/news/a?fbclid=x"))
    assert keys == ["guid:Wire:g-7", f"link:{CANON}"]


def test_text_hash_when_neither_guid_nor_link() -> None:
    keys = dedup_keys(item(title="Attack in Bamako", summary="Gunfire at dawn"))
    assert keys == [f"text:{content_hash('Attack in Bamako', 'Gunfire at dawn')}"]
    assert keys == dedup_keys(item(feed="Other", title="ATTACK  in bamako", summary="gunfire at dawn"))
    assert keys != dedup_keys(item(title="Attack in Niamey", summary="Gunfire at dawn"))


def test_no_text_key_when_a_guid_or_link_exists() -> None:
    assert not any(k.startswith("text:") for k in dedup_keys(item(guid="1")))
    assert not any(k.startswith("text:") for k in dedup_keys(item(link="https://example.org/x")))


def test_dedup_keys_survive_a_link_with_a_bad_port() -> None:
    keys = dedup_keys(item(guid="1", link="https://example.org:abc/a"))
    assert keys[0] == "guid:Wire:1"


@pytest.mark.parametrize(
    "amp",
    [
        "https://example.org/news/a/amp",
        "https://example.org/news/a/amp/",
        "https://amp.example.org/news/a",
        "https://example.org/amp/news/a",
        "https://example.org/news/a?amp=1",
        "https://example.org/news/a?outputType=amp&utm_medium=social",
    ],
)
def test_amp_copies_are_the_article(amp: str) -> None:
    assert canonical_link(amp) == canonical_link("https://www.example.org/news/a")


def test_a_page_about_amp_is_not_shortened_to_nothing() -> None:
    assert canonical_link("https://example.org/amp") == "https://example.org/amp"
