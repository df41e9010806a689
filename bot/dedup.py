"""The keys that say two items are the same story: pure code, no I/O.

An item is a duplicate when any of its keys was seen before. Guids are only unique within a
feed (many feeds number their items 1, 2, 3...), so a guid key carries the feed's name; a
canonical link is global, so the same article reached through two feeds, or republished with
tracking parameters, is one item. An item with neither is known by a hash of its text.

Publishers also republish an item under a new guid, a new link and a fresh date. Such a copy is
caught by `same_text_key`, a hash of its title and summary, which the pipeline only heeds within
the dedup window (see `bot.pipeline`): a headline with its summary is the item, whatever it is
filed under. A bare headline is not: "Explosion in Gao" may be next month's incident too. A copy
in the same feed is recorded and never alerted; another feed's copy (syndication) is read as a
report dated as first published, so it joins the alert as one more source and an old item stays
too old to alert.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

from .parse import Item, content_hash, normalise_text

SAME_TEXT = "same:"  # the prefix of `same_text_key`: heeded within the dedup window only
_TRACKING_PREFIXES = ("utm_",)
_TRACKING_PARAMS = frozenset({"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga"})
_AMP_PARAMS = frozenset({"amp", "outputtype", "output"})  # ?amp=1, ?outputType=amp


def canonical_link(url: str) -> str:
    """One spelling per article: scheme and host case, `www.`, slash, fragment, trackers."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port  # raises on a port that is not a number in range
    except ValueError:
        return url.strip()  # a link this broken is only ever equal to itself
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("amp.")
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES)
        and k.lower() not in _TRACKING_PARAMS
        and not (k.lower() in _AMP_PARAMS and v.lower() in ("", "1", "true", "amp"))
    ]
    path = parts.path.rstrip("/") or "/"
    # AMP copies of an article: /amp, /amp/, /amp.html at the end, or /amp/ as the first segment.
    for suffix in ("/amp", ".amp", "/amp.html"):
        if path.endswith(suffix) and len(path) > len(suffix):
            path = path[: -len(suffix)]
    if path.startswith("/amp/"):
        path = path[4:]
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    rebuilt = urlunsplit((scheme, host, path, urlencode(query), ""))
    try:
        return canonicalize_url(rebuilt, keep_fragments=False)
    except ValueError:
        return rebuilt


def dedup_keys(item: Item) -> list[str]:
    """Every key under which this item may have been seen already."""
    keys = []
    if item.guid:
        keys.append(f"guid:{item.feed}:{item.guid}")
    if item.link:
        keys.append(f"link:{canonical_link(item.link)}")
    if not keys:
        keys.append(f"text:{content_hash(item.title, item.summary)}")
    return keys


def same_text_key(item: Item) -> str | None:
    """The key of the item's title with its summary, whatever its guid, link or date; None
    when it has no summary of its own (none, or its headline again), since a short headline
    alone is reused for new incidents."""
    summary = normalise_text(item.summary)
    if not summary or summary == normalise_text(item.title):
        return None
    return SAME_TEXT + content_hash(item.title, item.summary)
