"""What went wrong with a poll, as a kind the scheduler can act on. Pure.

A sentence like "HTTP 404" or "ConnectError: [Errno 111] Connection refused" is for people;
the scheduler must not parse it to tell a feed that is gone (wait long, tell the admins) from
one that timed out once (try again soon). So every failure is a `Fault`: a kind, the HTTP
status when there was one, and the sentence, which logs, `/status` and the db's `last_error`
keep showing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FaultKind(StrEnum):
    TIMEOUT = "timeout"  # no complete answer in time (connect, read or the total budget)
    REFUSED = "refused"  # no connection: refused, unreachable, or a name that does not resolve
    NETWORK = "network"  # the connection broke during the exchange (reset, protocol error)
    BAD_BODY = "bad body"  # an answer whose body cannot be decoded (corrupt or cut-off compression)
    HTTP_STATUS = "http status"  # an error status not named below
    GONE = "gone"  # 404 or 410: the server says there is nothing at this URL
    THROTTLED = "throttled"  # 429, or 503 with Retry-After: the publisher asks us to slow down
    TOO_LARGE = "too large"  # over the size cap after decompression (a huge body, a gzip bomb)
    BAD_REDIRECT = "bad redirect"  # too many redirects, or one to a scheme other than http(s)
    INVALID_URL = "invalid URL"  # a URL (configured, or redirected to) that cannot be requested
    NOT_A_FEED = "not a feed"  # an answer in which the parser found no RSS or Atom entries
    UNREADABLE_FILE = "unreadable file"  # a local `path:` feed that cannot be read
    UNEXPECTED = "unexpected"  # an exception the bot did not expect: a bug, logged with its traceback
    STORAGE = "storage"  # the bot's own database could not be written (a full disk, a lock): not the feed's fault


@dataclass(frozen=True)
class Fault:
    """One failed poll: `kind` decides the backoff, `message` is what people read."""

    kind: FaultKind
    message: str
    status: int | None = None  # the HTTP status, when the server answered with one

    def __str__(self) -> str:
        return self.message


GONE_STATUSES = frozenset({404, 410})


def status_fault(status: int, retry_after: bool) -> Fault:
    """The fault of an HTTP error status; 503 is throttling only when the server says when to return."""
    if status in GONE_STATUSES:
        kind = FaultKind.GONE
    elif status == 429 or (status == 503 and retry_after):
        kind = FaultKind.THROTTLED
    else:
        kind = FaultKind.HTTP_STATUS
    return Fault(kind, f"HTTP {status}", status)
