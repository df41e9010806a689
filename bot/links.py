"""Which feed links may become a link in a chat. Pure.

A feed is written by someone else: its `<link>` can be `javascript:`, `data:`, `vbscript:`,
`tg://` or any scheme a Telegram client would act on when tapped. Only web addresses (http and
https) are links; anything else is dropped from the href, and the alert goes out without it.
Browsers ignore leading spaces, control characters, tabs and newlines inside a scheme
("java\\tscript:") and its case, so the test looks at the address the same way.
"""

from __future__ import annotations

import re

_IGNORED = re.compile(r"[\x00-\x20\x7f]")  # what URL parsers strip or skip before and inside a scheme
_WEB = re.compile(r"https?://[^/?#\\]", re.IGNORECASE)


def web_link(url: str | None) -> str | None:
    """`url` without its surrounding spaces when it is an http(s) address with a host, else None."""
    if not url:
        return None
    if _WEB.match(_IGNORED.sub("", url)) is None:
        return None
    return url.strip()
