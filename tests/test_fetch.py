"""bot/fetch.py on its own: every fault kind, conditional GET, the size cap, redirects, local files.

End to end against the loopback feed server where a real socket matters (timeouts, resets,
refused connections, streamed bodies); `httpx.MockTransport` for what a server would have to
be coaxed into (a DNS failure, a trickling body, exactly the cap).
"""

from __future__ import annotations

import asyncio
import functools
import gzip
import os
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import httpx
import pytest

from bot.faults import Fault, FaultKind
from bot.fetch import MAX_REDIRECTS, FetchResult, fetch_url, make_client, read_file
from tests.support.feed_server import FeedServer, Response, rss
from tests.support.net import closed_port

FEED = rss([])
RSS = {"Content-Type": "application/rss+xml"}
MB = 1024 * 1024


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as feeds:
        yield feeds


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with make_client("test-bot/1", 2.0) as http:
        yield http


def mock(handler: Callable[[httpx.Request], httpx.Response], timeout: float = 2.0) -> httpx.AsyncClient:
    """The bot's own client (headers, timeouts, redirect policy) with a transport the test writes."""
    return make_client("test-bot/1", timeout, transport=httpx.MockTransport(handler))


def body(data: bytes) -> httpx.Response:
    """A 200 as a transport returns it: a stream still to be read (`content=` would be read already)."""
    return httpx.Response(200, stream=httpx.ByteStream(data))


@functools.cache
def bomb(wbits: int, size: int = 64 * MB) -> bytes:
    """`size` zero bytes compressed (gzip: wbits 31, zlib: 15, raw deflate: -15): about 1000:1."""
    engine = zlib.compressobj(9, zlib.DEFLATED, wbits)
    zeros = b"\0" * MB
    return b"".join(engine.compress(zeros) for _ in range(size // MB)) + engine.flush()


def deflate(data: bytes, wbits: int) -> bytes:
    engine = zlib.compressobj(9, zlib.DEFLATED, wbits)
    return engine.compress(data) + engine.flush()


def assert_fault(result: FetchResult, kind: FaultKind, words: str = "") -> None:
    assert result.fault is not None and result.fault.kind is kind, result
    assert words in result.fault.message, result.fault.message
    assert result.error == result.fault.message and not result.ok and result.body is None


# -- answers ----------------------------------------------------------------------------------


async def test_a_feed_comes_back_with_its_headers_and_where_it_came_from(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.set("/feed.xml", Response(FEED, headers={**RSS, "ETag": '"v1"', "X-Odd-Case": "kept"}))
    result = await fetch_url(client, server.url("/feed.xml"))
    assert (result.ok, result.fault, result.error, result.status, result.body) == (True, None, None, 200, FEED)
    assert result.headers["etag"] == '"v1"' and result.headers["x-odd-case"] == "kept"
    assert result.headers["content-location"] == server.url("/feed.xml")


async def test_an_unchanged_feed_costs_a_304(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.set("/feed.xml", Response(FEED, headers={**RSS, "ETag": '"v1"'}))
    first = await fetch_url(client, server.url("/feed.xml"))
    again = await fetch_url(client, server.url("/feed.xml"), etag=first.headers["etag"])
    assert (again.not_modified, again.status, again.body, again.fault) == (True, 304, None, None)
    assert again.ok and server.not_modified["/feed.xml"] == 1
    changed = await fetch_url(client, server.url("/feed.xml"), etag='"v0"')
    assert not changed.not_modified and changed.body == FEED


async def test_validators_are_sent_when_known_and_kept_across_a_redirect() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        if request.headers.get("If-Modified-Since") == "Wed, 25 Nov 2026 09:00:00 GMT":
            return httpx.Response(304)
        return body(FEED)

    async with mock(answer) as http:
        plain = await fetch_url(http, "http://feeds.test/new")
        conditional = await fetch_url(http, "http://feeds.test/old", etag='"v1"', last_modified="Wed, 25 Nov 2026 09:00:00 GMT")
    assert plain.body == FEED and "If-None-Match" not in seen[0].headers and "If-Modified-Since" not in seen[0].headers
    assert conditional.not_modified and conditional.headers["content-location"] == "http://feeds.test/new"
    assert [r.headers.get("If-None-Match") for r in seen[1:]] == ['"v1"', '"v1"']


async def test_the_client_asks_only_for_what_it_can_bound() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return body(FEED)

    async with mock(answer) as http:
        assert (await fetch_url(http, "http://feeds.test/feed.xml")).ok
    assert seen[0].headers["Accept-Encoding"] == "gzip, deflate"  # never br or zstd, which _inflate cannot bound
    assert seen[0].headers["User-Agent"] == "test-bot/1"


# -- HTTP statuses ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "headers", "kind"),
    [
        (404, {}, FaultKind.GONE),
        (410, {}, FaultKind.GONE),
        (429, {}, FaultKind.THROTTLED),
        (429, {"Retry-After": "120"}, FaultKind.THROTTLED),
        (503, {"Retry-After": "60"}, FaultKind.THROTTLED),
        (503, {}, FaultKind.HTTP_STATUS),  # no word on when to come back: an outage like any 5xx
        (500, {}, FaultKind.HTTP_STATUS),
        (403, {}, FaultKind.HTTP_STATUS),
        (400, {}, FaultKind.HTTP_STATUS),
    ],
)
async def test_an_error_status_is_a_fault_of_its_kind(
    server: FeedServer, client: httpx.AsyncClient, status: int, headers: dict[str, str], kind: FaultKind
) -> None:
    server.set("/feed.xml", Response(b"no", status, {"Content-Type": "text/plain", **headers}))
    result = await fetch_url(client, server.url("/feed.xml"))
    assert result.fault == Fault(kind, f"HTTP {status}", status)
    assert result.status == status and not result.ok and result.body is None
    assert {k.lower(): v for k, v in headers.items()}.items() <= result.headers.items()  # Retry-After, for the schedule


# -- the network ------------------------------------------------------------------------------


async def test_a_server_that_never_answers_times_out(server: FeedServer) -> None:
    server.set("/feed.xml", Response(FEED, delay=3.0))
    async with make_client("test-bot/1", 0.3) as http:
        result = await fetch_url(http, server.url("/feed.xml"))
    assert_fault(result, FaultKind.TIMEOUT, "timed out (ReadTimeout)")


async def test_a_trickling_body_runs_out_of_the_total_budget() -> None:
    """Each chunk arrives within the read timeout; the whole never does."""

    async def trickle() -> AsyncIterator[bytes]:
        for _ in range(100):
            await asyncio.sleep(0.05)
            yield b" "

    async with mock(lambda request: httpx.Response(200, content=trickle())) as http:
        result = await fetch_url(http, "http://feeds.test/feed.xml", total_timeout=0.3)
    assert_fault(result, FaultKind.TIMEOUT, "no complete answer within 0.3s")


async def test_a_closed_port_is_refused(client: httpx.AsyncClient) -> None:
    result = await fetch_url(client, f"http://127.0.0.1:{closed_port()}/feed.xml")
    assert_fault(result, FaultKind.REFUSED, "Connect")


async def test_a_reset_connection_is_a_network_fault(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.set("/feed.xml", Response(b"", reset=True))
    assert_fault(await fetch_url(client, server.url("/feed.xml")), FaultKind.NETWORK)


@pytest.mark.parametrize(
    ("raised", "kind", "words"),
    [
        (httpx.ConnectError("[Errno -2] Name or service not known"), FaultKind.REFUSED, "ConnectError: [Errno -2]"),
        (httpx.ConnectTimeout("connect timed out"), FaultKind.TIMEOUT, "timed out (ConnectTimeout)"),
        (httpx.PoolTimeout(""), FaultKind.TIMEOUT, "timed out (PoolTimeout)"),
        (httpx.ReadError("connection reset by peer"), FaultKind.NETWORK, "ReadError: connection reset"),
        (httpx.RemoteProtocolError("peer closed connection"), FaultKind.NETWORK, "RemoteProtocolError"),
        (httpx.ReadError(""), FaultKind.NETWORK, "ReadError"),
    ],
    ids=["dns", "connect-timeout", "pool-timeout", "read-error", "protocol-error", "no-message"],
)
async def test_transport_errors_become_kinds(raised: Exception, kind: FaultKind, words: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        raise raised

    async with mock(answer) as http:
        assert_fault(await fetch_url(http, "http://feeds.test/feed.xml"), kind, words)


# -- the size cap and compression -------------------------------------------------------------


async def test_a_huge_body_is_cut_off_at_the_cap(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.set("/feed.xml", Response(FEED, stream_bytes=4 * MB))
    result = await fetch_url(client, server.url("/feed.xml"), max_bytes=MB)
    assert_fault(result, FaultKind.TOO_LARGE, f"larger than {MB} bytes")
    assert result.status == 200


@pytest.mark.parametrize(("size", "fits"), [(1000, True), (1001, False)])
async def test_the_cap_is_inclusive(size: int, fits: bool) -> None:
    async with mock(lambda request: body(b"x" * size)) as http:
        result = await fetch_url(http, "http://feeds.test/feed.xml", max_bytes=1000)
    if fits:
        assert result.ok and result.body == b"x" * size
    else:
        assert_fault(result, FaultKind.TOO_LARGE)


@pytest.mark.parametrize(
    ("encoding", "wbits"),
    [("gzip", 31), ("x-gzip", 31), ("deflate", 15), ("deflate", -15)],
    ids=["gzip", "x-gzip", "zlib", "raw"],
)
async def test_a_compression_bomb_stops_at_the_cap_without_inflating(
    server: FeedServer, client: httpx.AsyncClient, encoding: str, wbits: int
) -> None:
    """64 MB of zeros in 64 KB: the cap counts inflated bytes, and memory stays near the cap."""
    server.set("/feed.xml", Response(bomb(wbits), headers={**RSS, "Content-Encoding": encoding}))
    tracemalloc.start()
    try:
        result = await fetch_url(client, server.url("/feed.xml"), max_bytes=MB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert_fault(result, FaultKind.TOO_LARGE, "larger than")
    assert peak < 8 * MB, f"{peak / MB:.1f} MB to refuse a 1 MB body"


async def test_a_bomb_in_a_second_gzip_member_is_caught(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.set("/feed.xml", Response(gzip.compress(FEED) + bomb(31), headers={**RSS, "Content-Encoding": "gzip"}))
    assert_fault(await fetch_url(client, server.url("/feed.xml"), max_bytes=MB), FaultKind.TOO_LARGE)


@pytest.mark.parametrize(
    ("encoding", "body"),
    [
        ("gzip", gzip.compress(FEED)),
        ("gzip", gzip.compress(FEED[:100]) + gzip.compress(FEED[100:])),  # two members, read in turn
        ("deflate", deflate(FEED, 15)),
        ("deflate", deflate(FEED, -15)),  # raw deflate, as many servers send it
        ("identity", FEED),
        ("", FEED),
    ],
    ids=["gzip", "gzip-members", "zlib", "raw-deflate", "identity", "none"],
)
async def test_a_compressed_feed_is_inflated(server: FeedServer, client: httpx.AsyncClient, encoding: str, body: bytes) -> None:
    server.set("/feed.xml", Response(body, headers={**RSS, "Content-Encoding": encoding}))
    result = await fetch_url(client, server.url("/feed.xml"))
    assert result.ok and result.body == FEED


@pytest.mark.parametrize(
    ("encoding", "body", "words"),
    [
        ("gzip", b"\x1f\x8b\x08\x00" + b"not deflate at all" * 10, "corrupt compressed body"),
        ("gzip", gzip.compress(FEED)[:-12], "truncated"),
        ("br", FEED, "unsupported content-encoding 'br'"),
    ],
    ids=["corrupt", "truncated", "brotli"],
)
async def test_a_body_that_cannot_be_decoded_is_a_bad_body(
    server: FeedServer, client: httpx.AsyncClient, encoding: str, body: bytes, words: str
) -> None:
    server.set("/feed.xml", Response(body, headers={**RSS, "Content-Encoding": encoding}))
    result = await fetch_url(client, server.url("/feed.xml"))
    assert_fault(result, FaultKind.BAD_BODY, words)
    assert result.status == 200


# -- redirects and URLs -----------------------------------------------------------------------


def chain(server: FeedServer, hops: int) -> str:
    """`hops` redirects (relative and absolute, 301 to 308) before the feed."""
    statuses = [301, 302, 303, 307, 308]
    for hop in range(hops):
        target = f"/hop{hop + 1}" if hop % 2 else server.url(f"/hop{hop + 1}")
        server.set(f"/hop{hop}", Response(b"", statuses[hop % len(statuses)], {"Location": target}))
    server.set(f"/hop{hops}", Response(FEED, headers=RSS))
    return server.url("/hop0")


async def test_redirects_are_followed_up_to_the_limit(server: FeedServer, client: httpx.AsyncClient) -> None:
    result = await fetch_url(client, chain(server, MAX_REDIRECTS))
    assert result.ok and result.body == FEED
    assert result.headers["content-location"] == server.url(f"/hop{MAX_REDIRECTS}")  # relative links resolve from there


async def test_one_redirect_too_many_is_a_bad_redirect(server: FeedServer, client: httpx.AsyncClient) -> None:
    result = await fetch_url(client, chain(server, MAX_REDIRECTS + 1))
    assert_fault(result, FaultKind.BAD_REDIRECT, f"more than {MAX_REDIRECTS} redirects")
    assert server.hits[f"/hop{MAX_REDIRECTS + 1}"] == 0


async def test_a_redirect_loop_is_a_bad_redirect(server: FeedServer, client: httpx.AsyncClient) -> None:
    server.set("/feed.xml", Response(b"", 302, {"Location": "/feed.xml"}))
    assert_fault(await fetch_url(client, server.url("/feed.xml")), FaultKind.BAD_REDIRECT, "redirects")
    assert server.hits["/feed.xml"] == MAX_REDIRECTS + 1


@pytest.mark.parametrize(
    ("location", "words"),
    [
        ("file:///etc/passwd", "file scheme, not http(s)"),
        ("ftp://127.0.0.1/feed.xml", "ftp scheme, not http(s)"),
        ("gopher://127.0.0.1/", "gopher scheme"),
        ("http://127.0.0.1:99999/feed.xml", "port 99999 is out of range"),
        ("http://[::1/feed.xml", "Invalid port"),  # a Location httpx cannot parse
    ],
    ids=["file", "ftp", "gopher", "port", "unparseable"],
)
async def test_a_redirect_the_bot_will_not_follow_is_a_bad_redirect(
    server: FeedServer, client: httpx.AsyncClient, location: str, words: str
) -> None:
    server.set("/feed.xml", Response(b"", 302, {"Location": location}))
    result = await fetch_url(client, server.url("/feed.xml"))
    assert_fault(result, FaultKind.BAD_REDIRECT, words)


async def test_a_non_http_target_is_never_requested() -> None:
    """Checked before the request: a transport that would answer file:// is never asked."""
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        if request.url.scheme == "http":
            return httpx.Response(302, headers={"Location": "file:///etc/passwd"})
        return body(b"root:x:0:0")

    async with mock(answer) as http:
        assert_fault(await fetch_url(http, "http://feeds.test/feed.xml"), FaultKind.BAD_REDIRECT, "file scheme")
    assert asked == ["http://feeds.test/feed.xml"]


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://127.0.0.1:99999/feed.xml", "invalid URL: port 99999 is out of range"),
        ("ftp://127.0.0.1/feed.xml", "invalid URL: ftp scheme"),
        ("feeds.test/feed.xml", "invalid URL: no scheme"),
        ("http://[::1/feed.xml", "invalid URL"),
    ],
)
async def test_an_invalid_url_is_a_fault_before_any_request(url: str, words: str) -> None:
    asked: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(request)
        return body(FEED)

    async with mock(answer) as http:
        assert_fault(await fetch_url(http, url), FaultKind.INVALID_URL, words)
    assert not asked


# -- local files ------------------------------------------------------------------------------


async def test_a_local_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_bytes(FEED)
    result = await read_file(tmp_path / "feed.xml")
    assert result.ok and result.body == FEED and result.status is None


@pytest.mark.parametrize("name", ["missing.xml", "."], ids=["missing", "a-directory"])
async def test_a_local_file_that_cannot_be_read_is_unreadable(tmp_path: Path, name: str) -> None:
    result = await read_file(tmp_path / name)
    assert_fault(result, FaultKind.UNREADABLE_FILE, f"cannot read {tmp_path / name}")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
async def test_a_local_file_without_permission_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(FEED)
    path.chmod(0)
    assert_fault(await read_file(path), FaultKind.UNREADABLE_FILE, "Permission denied")


@pytest.mark.parametrize(("size", "fits"), [(1000, True), (1001, False)])
async def test_a_local_file_over_the_cap_is_too_large(tmp_path: Path, size: int, fits: bool) -> None:
    (tmp_path / "feed.xml").write_bytes(b"x" * size)
    result = await read_file(tmp_path / "feed.xml", max_bytes=1000)
    if fits:
        assert result.ok and result.body == b"x" * size
    else:
        assert_fault(result, FaultKind.TOO_LARGE, "file larger than 1000 bytes")
