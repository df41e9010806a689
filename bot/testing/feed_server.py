"""A feed server on 127.0.0.1 whose documents and faults tests change while the bot runs."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Response:
    body: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "application/rss+xml; charset=utf-8"})
    delay: float = 0.0  # seconds before answering (a slow server, or one that never answers in time)
    reset: bool = False  # drop the connection without an answer
    stream_bytes: int = 0  # then send this many more bytes of padding, in chunks (a huge body)


@dataclass(frozen=True)
class Story:
    title: str
    link: str
    guid: str | None = None
    summary: str = ""
    published: datetime | None = None


def rss(stories: list[Story], title: str = "Test wire") -> bytes:
    """An RSS 2.0 document; every string escaped as a well-behaved publisher would."""
    items = []
    for s in stories:
        parts = [f"<title>{escape(s.title)}</title>", f"<link>{escape(s.link)}</link>"]
        if s.guid:
            parts.append(f'<guid isPermaLink="false">{escape(s.guid)}</guid>')
        if s.summary:
            parts.append(f"<description>{escape(s.summary)}</description>")
        published = s.published or datetime.now(UTC)
        parts.append(f"<pubDate>{format_datetime(published, usegmt=True)}</pubDate>")
        items.append("<item>" + "".join(parts) + "</item>")
    doc = (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
        f"<link>http://127.0.0.1/</link><description>test</description>{''.join(items)}</channel></rss>"
    )
    return doc.encode("utf-8")


class FeedServer:
    """`with FeedServer() as feeds:`; set `feeds.routes[path]` and read `feeds.hits[path]`."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Response] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, 0), self._handler_class())  # any 127.x.y.z: loopback only
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = str(self._server.server_address[0]), int(self._server.server_address[1])
        return f"http://{host}:{port}{path}"

    def set(self, path: str, response: Response) -> None:
        with self._lock:
            self.routes[path] = response

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                with server._lock:
                    server.hits[path] += 1
                    response = server.routes.get(path, Response(b"not found", 404, {"Content-Type": "text/plain"}))
                    etag = response.headers.get("ETag")
                    if etag and self.headers.get("If-None-Match") == etag:
                        server.not_modified[path] += 1
                        response = Response(b"", 304, {"ETag": etag})
                if response.delay:
                    time.sleep(response.delay)
                if response.reset:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.shutdown(socket.SHUT_RDWR)  # with linger 0: a TCP reset, no answer
                    self.close_connection = True
                    return
                try:
                    self.send_response(response.status)
                    for key, value in response.headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(response.body) + response.stream_bytes))
                    self.end_headers()
                    self.wfile.write(response.body)
                    chunk = b" " * 65536
                    for _ in range(response.stream_bytes // len(chunk)):
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should on a huge body

        return Handler
