"""bot.parse: bytes in, plain-text UTC items out; a bad document is a value, never an exception."""

from __future__ import annotations

import hashlib
import random
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import feedparser
import pytest

from bot.parse import Item, ParsedFeed, content_hash, html_to_text, parse_feed

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "feed-corpus"

# feedparser's own notice about its updated -> published fallback; parse reads both on purpose.
pytestmark = pytest.mark.filterwarnings("ignore:To avoid breaking existing software:DeprecationWarning")

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Wire &amp; Co</title>
    <link>https://example.org/</link>
    <description>Test wire</description>
    <item>
      <title>Gunmen &lt;b&gt;attack&lt;/b&gt; Bamako airport &amp;amp; Fala&#233;</title>
      <link>https://example.org/a</link>
      <guid isPermaLink="false">wire-0001</guid>
      <pubDate>Tue, 24 Nov 2026 07:40:00 +0200</pubDate>
      <description><![CDATA[<p>Heavy <b>gunfire</b> &amp; smoke&nbsp;near the <em>airport</em>.</p>
        <script>alert("stolen")</script><style>p { color: red }</style>
        <ul><li>one</li><li>two</li></ul>Caf&eacute;]]></description>
    </item>
    <item>
      <title>Undated story</title>
      <link>https://example.org/b</link>
      <description>No date at all</description>
    </item>
    <item>
      <title>Bare story</title>
      <description>Neither link nor guid</description>
    </item>
    <item>
      <link>https://example.org/empty</link>
    </item>
  </channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom wire</title>
  <id>urn:example:feed</id>
  <updated>2026-11-24T15:00:00Z</updated>
  <entry>
    <title type="html">Explosion &lt;i&gt;at&lt;/i&gt; Niamey &amp;amp; beyond</title>
    <id>urn:uuid:00000000-0000-0000-0000-000000000001</id>
    <link href="https://example.org/atom/1"/>
    <updated>2026-11-24T10:00:00-05:00</updated>
    <summary type="html">&lt;p&gt;Blast &amp;amp; fire&lt;/p&gt;&lt;script&gt;evil()&lt;/script&gt;</summary>
  </entry>
  <entry>
    <title>Content only</title>
    <link href="https://example.org/atom/2"/>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First <b>bold</b></p><p>Second</p></div></content>
  </entry>
</feed>
"""

RDF = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/">
    <title>RDF wire</title>
    <link>https://example.org/</link>
    <description>d</description>
  </channel>
  <item rdf:about="https://example.org/rdf/1">
    <title>Raid in Ouagadougou</title>
    <link>https://example.org/rdf/1</link>
    <description>Gunfire &amp;amp; &lt;b&gt;raid&lt;/b&gt;</description>
    <dc:date>2026-11-24T08:30:00+01:00</dc:date>
  </item>
</rdf:RDF>
"""


def parse(body: bytes, name: str = "Wire") -> ParsedFeed:
    return parse_feed(body, name, NOW)


# --- RSS 2.0 ---------------------------------------------------------------------------------


def test_rss_items_are_plain_text() -> None:
    result = parse(RSS)
    assert result.error is None
    assert result.title == "Wire & Co"
    first = result.items[0]
    assert first.title == "Gunmen attack Bamako airport & Falaé"
    assert first.summary == "Heavy gunfire & smoke near the airport. one two Café"
    for item in result.items:
        for text in (item.title, item.summary):
            assert "<" not in text and "&amp;" not in text and "&nbsp;" not in text


def test_rss_script_and_style_content_is_dropped() -> None:
    summary = parse(RSS).items[0].summary
    assert "alert" not in summary
    assert "stolen" not in summary
    assert "color" not in summary


def test_rss_published_is_utc() -> None:
    first = parse(RSS).items[0]
    assert first.published == datetime(2026, 11, 24, 5, 40, tzinfo=UTC)
    assert first.published.utcoffset() == timedelta(0)
    assert first.dated is True


def test_missing_date_becomes_now_and_undated() -> None:
    undated = parse(RSS).items[1]
    assert undated.title == "Undated story"
    assert undated.published == NOW
    assert undated.dated is False


@pytest.mark.parametrize(
    ("ahead", "dated"),
    [
        (timedelta(minutes=-5), True),
        (timedelta(minutes=50), True),  # a feed's clock a little fast: within FUTURE_TOLERANCE
        (timedelta(hours=2), False),
        (timedelta(days=3), False),
        (datetime(2099, 1, 1, tzinfo=UTC) - NOW, False),
    ],
)
def test_a_date_too_far_ahead_is_treated_as_no_date(ahead: timedelta, dated: bool) -> None:
    from bot.testing.feed_server import Story, rss

    [item] = parse(rss([Story("Gunmen attack Gao", "https://example.org/f", "f", "", NOW + ahead)])).items
    assert item.dated is dated
    assert item.published == (NOW + ahead if dated else NOW)


def test_entry_without_title_or_text_is_skipped() -> None:
    result = parse(RSS)
    assert [i.title for i in result.items] == ["Gunmen attack Bamako airport & Falaé", "Undated story", "Bare story"]
    assert all(i.feed == "Wire" for i in result.items)


def test_identity_prefers_guid_then_link_then_hash() -> None:
    with_guid, with_link, bare = parse(RSS).items
    assert with_guid.guid == "wire-0001"
    assert with_guid.identity == "guid:wire-0001"
    assert with_link.guid is None
    assert with_link.identity == "link:https://example.org/b"
    assert bare.guid is None and bare.link is None
    digest = hashlib.sha256(b"bare story\nneither link nor guid".replace(b"\n", b" ")).hexdigest()
    assert bare.identity == f"sha256:{digest}"


@pytest.mark.parametrize(
    ("guid", "link", "expected"),
    [
        ("g-1", "https://example.org/x", "guid:g-1"),
        (None, "https://example.org/x", "link:https://example.org/x"),
        ("", "https://example.org/x", "link:https://example.org/x"),
        (None, None, "sha256:" + content_hash("T", "S")),
    ],
)
def test_identity_table(guid: str | None, link: str | None, expected: str) -> None:
    item = Item(feed="F", guid=guid, link=link, title="T", summary="S", published=NOW)
    assert item.identity == expected


def test_content_hash_ignores_case_and_spacing() -> None:
    assert content_hash("Attack  in\tBamako", "Gunfire") == content_hash("attack in bamako", "GUNFIRE")
    assert content_hash("Attack in Bamako", "") != content_hash("Attack in Niamey", "")


# --- Atom and RDF ----------------------------------------------------------------------------


def test_atom_items() -> None:
    result = parse(ATOM, "Atom")
    assert result.error is None
    assert result.title == "Atom wire"
    first, second = result.items
    assert first.title == "Explosion at Niamey & beyond"
    assert first.summary == "Blast & fire"
    assert "evil" not in first.summary
    assert first.published == datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    assert first.identity == "guid:urn:uuid:00000000-0000-0000-0000-000000000001"
    assert second.summary == "First bold Second"  # <content> when there is no <summary>
    assert second.identity == "link:https://example.org/atom/2"
    assert second.published == NOW and not second.dated


def test_rdf_items() -> None:
    result = parse(RDF, "RDF")
    assert result.error is None
    (item,) = result.items
    assert item.title == "Raid in Ouagadougou"
    assert item.summary == "Gunfire & raid"
    assert item.published == datetime(2026, 11, 24, 7, 30, tzinfo=UTC)
    assert item.link == "https://example.org/rdf/1"


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("plain   text\n here", "plain text here"),
        ("<p>a</p><p>b</p>", "a b"),
        ("Bama<b>ko</b>", "Bamako"),
        ("x<br>y", "x y"),
        ("&lt;not a tag&gt; &amp; &quot;q&quot; &#233;&#xe9;", '<not a tag> & "q" éé'),
        ("<script>var a = '<p>x</p>';</script>kept", "kept"),
        ("<style>.a{}</style><SCRIPT>x()</SCRIPT>kept", "kept"),
        ("", ""),
    ],
)
def test_html_to_text(fragment: str, text: str) -> None:
    assert html_to_text(fragment) == text


# --- garbage in, an error out ------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        b"<!DOCTYPE html><html><head><title>Login</title></head><body><p>Please sign in</p></body></html>",
        b"",
        b"   \n\t ",
        b'{"items": [{"title": "json is not a feed"}]}',
        b"\x00\xff\xfe\x00garbage",
        bytes(random.Random(1234).getrandbits(8) for _ in range(4096)),
        b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>cut off",
    ],
    ids=["html-page", "empty", "spaces", "json", "binary", "random-bytes", "truncated-no-items"],
)
def test_garbage_gives_an_error_not_an_exception(body: bytes) -> None:
    result = parse(body)
    assert isinstance(result, ParsedFeed)
    assert result.items == []
    assert isinstance(result.error, str) and result.error


def test_truncated_feed_keeps_the_items_it_has() -> None:
    body = RSS[: RSS.index(b"<item>\n      <title>Bare story")]
    result = parse(body)
    assert [i.title for i in result.items] == ["Gunmen attack Bamako airport & Falaé", "Undated story"]
    assert result.error is None
    assert result.warning  # malformed, but usable


def test_body_that_names_a_file_is_not_read() -> None:
    # Given bytes, feedparser.parse first tries them as a local file name.
    result = parse(b"/etc/passwd")
    assert result.items == []
    assert result.error
    assert "root" not in (result.title or "") + result.error


def test_body_that_names_a_real_feed_file_is_not_read(tmp_path: Path) -> None:
    feed_file = tmp_path / "feed.xml"
    feed_file.write_bytes(RSS)
    assert parse(feed_file.read_bytes()).items  # the file really is a usable feed...
    result = parse(str(feed_file).encode())  # ...but its name is not
    assert result.items == []
    assert result.error


def test_body_that_is_a_url_is_not_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def no_connect(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network use in a pure parser")

    monkeypatch.setattr(socket.socket, "connect", no_connect)
    result = parse(b"http://127.0.0.1:9/feed.xml")
    assert attempts == []
    assert result.items == []
    assert result.error


def test_headers_are_optional_and_accepted() -> None:
    result = parse_feed(RSS, "Wire", NOW, {"content-type": "application/rss+xml; charset=utf-8"})
    assert len(result.items) == 3


def test_declared_latin1_feed_is_decoded() -> None:
    body = RSS.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"').replace(b"Fala&#233;", "Faladié".encode("latin-1"))
    (first, *_) = parse(body).items
    assert first.title.endswith("Faladié")


def test_long_text_is_capped() -> None:
    body = RSS.replace(b"<title>Undated story</title>", b"<title>" + b"T" * 5000 + b"</title>").replace(
        b"No date at all", b"word " * 10_000
    )
    undated = parse(body).items[1]
    assert len(undated.title) == 1000
    assert len(undated.summary) <= 20_000


# --- the corpus ----------------------------------------------------------------------------------


def test_corpus_never_raises_and_always_gives_items_or_error() -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"no feed corpus at {CORPUS}")
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file())
    assert len(files) > 100
    total = 0
    for path in files:
        body = path.read_bytes()
        result = parse_feed(body, path.name, NOW)  # must not raise
        assert isinstance(result, ParsedFeed), path
        if result.error is not None:
            assert isinstance(result.error, str) and result.error, path
            assert result.items == [], path
        elif not result.items:
            # A well-formed feed that simply has no usable entries is not an error (a quiet feed
            # must not be reported as broken); anything else with no items must be.
            reference = feedparser.parse(body)
            assert reference.get("version") and not reference.get("bozo"), path
        for item in result.items:
            assert isinstance(item.title, str) and isinstance(item.summary, str), path
            assert item.title or item.summary, path
            assert item.published is not None and item.published.utcoffset() == timedelta(0), path
            assert item.dated or item.published == NOW, path
            assert len(item.title) <= 1000, path
        total += len(result.items)
    assert total >= 1000
