"""Downloading feed bytes: http(s) with httpx, or a local file for samples and archives.

A failure comes back as a value (`FetchResult.error`), never as an exception, so the scheduler
can record it and move on to the next feed. Bodies are read raw, as a stream, and decompressed
here with a bound on every step, so neither a huge body nor a gzip bomb (a few kilobytes that
inflate to gigabytes) can exhaust memory: the cap counts the bytes after decompression.
"""

from __future__ import annotations

import asyncio
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import httpx

MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class FetchResult:
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    status: int | None = None
    error: str | None = None
    not_modified: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


def make_client(user_agent: str, timeout: float) -> httpx.AsyncClient:
    """The one HTTP client the bot shares across feeds (connection reuse, one pool)."""
    return httpx.AsyncClient(
        headers={
            "User-Agent": user_agent,
            "Accept-Encoding": "gzip, deflate",  # what _inflate can bound; never brotli or zstd
            "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        },
        timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
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
        port = httpx.URL(url).port
        if port is not None and not 0 < port < 65536:
            return FetchResult(error=f"invalid URL: port {port} is out of range")
        return await asyncio.wait_for(_stream(client, url, headers, max_bytes), total_timeout)
    except TimeoutError:
        return FetchResult(error=f"no complete answer within {total_timeout:g}s")
    except httpx.TooManyRedirects:
        return FetchResult(error=f"more than {MAX_REDIRECTS} redirects")
    except httpx.TimeoutException as exc:
        return FetchResult(error=f"timed out ({type(exc).__name__})")
    except httpx.HTTPError as exc:
        return FetchResult(error=f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    except (httpx.InvalidURL, httpx.UnsupportedProtocol, ValueError, UnicodeError, OverflowError) as exc:
        # A malformed URL, or a redirect to one (bad port, bad IDNA host): this feed's fault.
        return FetchResult(error=f"invalid URL: {exc}")


async def _stream(client: httpx.AsyncClient, url: str, headers: dict[str, str], max_bytes: int) -> FetchResult:
    async with client.stream("GET", url, headers=headers) as response:
        final_url = str(response.url)
        if not final_url.lower().startswith(("http://", "https://")):
            return FetchResult(status=response.status_code, error=f"redirected to a non-http URL: {final_url}")
        answer_headers = {k.lower(): v for k, v in response.headers.items()}
        # Where the document came from (after redirects), so feedparser resolves relative links.
        answer_headers.setdefault("content-location", final_url)
        if response.status_code == 304:
            return FetchResult(status=304, headers=answer_headers, not_modified=True)
        if response.status_code >= 400:
            return FetchResult(status=response.status_code, headers=answer_headers, error=f"HTTP {response.status_code}")
        inflate = _inflater(answer_headers.get("content-encoding", ""))
        if inflate is None:
            return FetchResult(
                status=response.status_code, error=f"unsupported content-encoding {answer_headers['content-encoding']!r}"
            )
        chunks: list[bytes] = []
        size = 0
        async for raw in response.aiter_raw():
            try:
                piece = inflate.step(raw, max_bytes - size + 1)
            except zlib.error as exc:
                return FetchResult(status=response.status_code, error=f"corrupt compressed body: {exc}")
            size += len(piece)
            if size > max_bytes:
                return FetchResult(status=response.status_code, error=f"body larger than {max_bytes} bytes (cut off)")
            chunks.append(piece)
        if not inflate.complete():
            return FetchResult(status=response.status_code, error="compressed body ends before its end (truncated)")
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
        if self._engine is None:
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
            return FetchResult(error=f"cannot read {path}: {exc.strerror or exc}")
        if len(body) > max_bytes:
            return FetchResult(error=f"file larger than {max_bytes} bytes")
        return FetchResult(body=body)

    return await asyncio.to_thread(read)
