"""Downloading feed bytes: http(s) with httpx, or a local file for samples and archives.

A failure comes back as a value (`FetchResult.fault`: a kind and a sentence), never as an
exception, so the scheduler can record it, back off as its kind calls for, and move on to the
next feed. httpx's exceptions become kinds here, where they enter, and nowhere else.

Bodies are read raw, as a stream, and decompressed here with a bound on every step, so neither
a huge body nor a gzip bomb (a few kilobytes that inflate to gigabytes) can exhaust memory: the
cap counts the bytes after decompression.
"""

from __future__ import annotations

import asyncio
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from .faults import Fault, FaultKind, status_fault

MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchResult:
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    status: int | None = None
    fault: Fault | None = None
    not_modified: bool = False

    @property
    def error(self) -> str | None:
        """The fault in words, for people (logs, `feeds test`)."""
        return self.fault.message if self.fault is not None else None

    @property
    def ok(self) -> bool:
        return self.fault is None


def _failed(kind: FaultKind, message: str, status: int | None = None) -> FetchResult:
    return FetchResult(status=status, fault=Fault(kind, message, status))


def make_client(user_agent: str, timeout: float, transport: httpx.AsyncBaseTransport | None = None) -> httpx.AsyncClient:
    """The one HTTP client the bot shares across feeds (connection reuse, one pool).

    `transport` is for tests (`httpx.MockTransport`): the bot's own client, without a server.
    """
    return httpx.AsyncClient(
        headers={
            "User-Agent": user_agent,
            "Accept-Encoding": "gzip, deflate",  # what _inflate can bound; never brotli or zstd
            "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        },
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=False,  # fetch_url follows them itself, checking every target first
        transport=transport,
    )


async def fetch_url(
    client: httpx.AsyncClient,
    url: str,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = MAX_BODY_BYTES,
    total_timeout: float = 60.0,
) -> FetchResult:
    """GET a feed, conditionally when validators are known; errors come back as values."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        target = httpx.URL(url)
        problem = _unfit(target)
        if problem:
            return _failed(FaultKind.INVALID_URL, f"invalid URL: {problem}")
        return await asyncio.wait_for(_follow(client, target, headers, max_bytes), total_timeout)
    except TimeoutError:
        return _failed(FaultKind.TIMEOUT, f"no complete answer within {total_timeout:g}s")
    except httpx.TimeoutException as exc:
        return _failed(FaultKind.TIMEOUT, f"timed out ({type(exc).__name__})")
    except httpx.ConnectError as exc:  # refused, unreachable, or a host name that does not resolve
        return _failed(FaultKind.REFUSED, _describe(exc))
    except httpx.UnsupportedProtocol as exc:
        return _failed(FaultKind.INVALID_URL, f"invalid URL: {exc}")
    except httpx.HTTPError as exc:
        return _failed(FaultKind.NETWORK, _describe(exc))
    except (httpx.InvalidURL, ValueError, UnicodeError, OverflowError) as exc:
        # A URL that parses but cannot be requested (a bad IDNA host): this feed's fault.
        return _failed(FaultKind.INVALID_URL, f"invalid URL: {exc}")


def _describe(exc: httpx.HTTPError) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _unfit(url: httpx.URL) -> str | None:
    """What makes a URL one the bot must not request, if anything.

    Checked before any connection: a port out of range would otherwise fail deep in the socket
    layer, wrapped in an exception group, and another scheme could reach a local file.
    """
    if url.scheme not in ("http", "https"):
        return f"{url.scheme or 'no'} scheme, not http(s)"
    if url.port is not None and not 0 < url.port < 65536:
        return f"port {url.port} is out of range"
    return None


async def _follow(client: httpx.AsyncClient, url: httpx.URL, headers: dict[str, str], max_bytes: int) -> FetchResult:
    """GET `url`, following at most MAX_REDIRECTS redirects, each target checked before it is requested."""
    for _ in range(MAX_REDIRECTS + 1):
        request = client.build_request("GET", url, headers=headers)
        try:
            response = await client.send(request, stream=True, follow_redirects=False)
        except httpx.RemoteProtocolError as exc:
            # httpx reads a redirect's Location even when not following it; one it cannot parse
            # raises this, from the InvalidURL it caught: a bad redirect, not a broken connection.
            if isinstance(exc.__context__, httpx.InvalidURL):
                return _failed(FaultKind.BAD_REDIRECT, f"bad redirect: {exc.__context__}")
            raise
        try:
            if not response.has_redirect_location:
                return await _read(response, max_bytes)
            location = response.headers["location"]
            try:
                url = response.url.join(location)
                problem = _unfit(url)
            except (httpx.InvalidURL, ValueError, UnicodeError) as exc:
                problem = str(exc)
            if problem:
                return _failed(FaultKind.BAD_REDIRECT, f"bad redirect to {location!r}: {problem}", response.status_code)
        finally:
            await response.aclose()
    return _failed(FaultKind.BAD_REDIRECT, f"more than {MAX_REDIRECTS} redirects")


async def _read(response: httpx.Response, max_bytes: int) -> FetchResult:
    """The final answer: its status, its headers and its body, inflated within the cap."""
    final_url = str(response.url)
    answer_headers = {k.lower(): v for k, v in response.headers.items()}
    # Where the document came from (after redirects), so feedparser resolves relative links.
    answer_headers.setdefault("content-location", final_url)
    if response.status_code == 304:
        return FetchResult(status=304, headers=answer_headers, not_modified=True)
    if response.status_code >= 400:
        fault = status_fault(response.status_code, "retry-after" in answer_headers)
        return FetchResult(status=response.status_code, headers=answer_headers, fault=fault)
    inflate = _inflater(answer_headers.get("content-encoding", ""))
    if inflate is None:
        encoding = answer_headers["content-encoding"]
        return _failed(FaultKind.BAD_BODY, f"unsupported content-encoding {encoding!r}", response.status_code)
    chunks: list[bytes] = []
    size = 0
    async for raw in response.aiter_raw():
        try:
            piece = inflate.step(raw, max_bytes - size + 1)
        except zlib.error as exc:
            return _failed(FaultKind.BAD_BODY, f"corrupt compressed body: {exc}", response.status_code)
        size += len(piece)
        if size > max_bytes:
            return _failed(FaultKind.TOO_LARGE, f"body larger than {max_bytes} bytes (cut off)", response.status_code)
        chunks.append(piece)
    if not inflate.complete():
        return _failed(FaultKind.BAD_BODY, "compressed body ends before its end (truncated)", response.status_code)
    return FetchResult(body=b"".join(chunks), headers=answer_headers, status=response.status_code)


def _inflater(encoding: str) -> Inflater | None:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return Inflater(None)
    if encoding in ("gzip", "x-gzip"):
        return Inflater(47)  # a gzip or zlib header
    if encoding == "deflate":
        return Inflater(15)  # zlib-wrapped, as the standard says; raw deflate is tried if that fails
    return None


class Inflater:
    """Inflates raw chunks with a bound on the output of every step, and checks the end.

    Several gzip members one after the other are read in turn; a stream that stops before its
    end is an error, not a shorter document.
    """

    def __init__(self, wbits: int | None):
        self.wbits = wbits
        self._engine = zlib.decompressobj(wbits=wbits) if wbits is not None else None
        self._started = False

    def step(self, data: bytes, limit: int) -> bytes:
        if self._engine is None or self.wbits is None:
            return data
        try:
            out = self._engine.decompress(data, limit)
        except zlib.error:
            if self._started or self.wbits != 15:
                raise
            self.wbits = -15  # "deflate" sent as raw deflate, as many servers do
            self._engine = zlib.decompressobj(wbits=-15)
            out = self._engine.decompress(data, limit)
        self._started = True
        if self._engine.unconsumed_tail:
            return out + b"\0" * limit  # more would come out than allowed: report it as too large
        while self._engine.eof and self._engine.unused_data:  # the next gzip member
            rest = self._engine.unused_data
            self._engine = zlib.decompressobj(wbits=self.wbits)
            more = self._engine.decompress(rest, max(limit - len(out), 1))
            if self._engine.unconsumed_tail:
                return out + more + b"\0" * limit
            out += more
        return out

    def complete(self) -> bool:
        return self._engine is None or self._engine.eof


async def read_file(path: Path, max_bytes: int = MAX_BODY_BYTES) -> FetchResult:
    """A local feed file, read off the event loop."""

    def read() -> FetchResult:
        try:
            with path.open("rb") as handle:
                body = handle.read(max_bytes + 1)
        except OSError as exc:
            return _failed(FaultKind.UNREADABLE_FILE, f"cannot read {path}: {exc.strerror or exc}")
        if len(body) > max_bytes:
            return _failed(FaultKind.TOO_LARGE, f"file larger than {max_bytes} bytes")
        return FetchResult(body=body)

    return await asyncio.to_thread(read)
