"""Replies longer than one Telegram message: split into messages, or summarised to fit.

Telegram takes 4,096 characters a message. A reply cut at that length loses whatever came last
(a /status of 200 feeds lost its queue and its marks; a /list of 50 watchlists lost the chat's
own subscriptions), so nothing here cuts silently: a list that must be whole goes as several
messages, split at line breaks (our replies are line-based HTML, a tag never spans two lines);
a section that may be summarised says how much it summarised. Pure: no Telegram, no store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_REPLY = 4096
MAX_PAGES = 12  # a reply of more messages than this floods the chat: the rest is counted, not sent


def pages(text: str, limit: int = MAX_REPLY, most: int = MAX_PAGES) -> list[str]:
    """`text` as messages of at most `limit` characters each, split at line breaks. A single
    line longer than a message loses its tags and is cut (no reply of ours has one). Past `most`
    messages the last one says how many lines were left out."""
    out: list[str] = []
    current = ""
    for line in text.split("\n"):
        if len(line) > limit:
            line = re.sub(r"<[^>]*>", "", line)[: limit - 1] + "…"
        joined = f"{current}\n{line}" if current else line
        if len(joined) <= limit:
            current = joined
            continue
        out.append(current)
        current = line
    if current or not out:
        out.append(current)
    if len(out) > most:
        total = sum(page.count("\n") + 1 for page in out)
        kept, last = out[: most - 1], out[most - 1]
        while True:
            left = total - sum(page.count("\n") + 1 for page in [*kept, last])
            note = f"\n…{left} more lines not sent; ask for less (an admin can read the rest with python -m bot)."
            if len(last) + len(note) <= limit or "\n" not in last:
                break
            last = last[: last.rfind("\n")]
        out = [*kept, last + note]
    return [page for page in out if page.strip()] or [text[:limit]]


def fit_lines(attention: Sequence[str], healthy: Sequence[str], budget: int, healthy_summary: str) -> list[str]:
    """A section's lines within `budget` characters: what needs attention first, all of it that
    fits (the rest counted), then the healthy lines if they all fit, else `healthy_summary`
    (formatted with `{n}`, how many) in one line."""
    lines: list[str] = []
    used = 0
    for k, line in enumerate(attention):
        more = len(attention) - k
        reserve = 80 + (len(healthy_summary) + 10 if healthy else 0)  # room to say what is left out
        if used + len(line) + 1 > budget - reserve and more > 1:
            lines.append(f"…and {more} more needing attention (python -m bot feeds lists every one)")
            used += len(lines[-1]) + 1
            break
        lines.append(line)
        used += len(line) + 1
    if healthy:
        if used + sum(len(line) + 1 for line in healthy) <= budget:
            lines.extend(healthy)
        else:
            lines.append(healthy_summary.format(n=len(healthy)))
    return lines


def first_of(names: Sequence[str], shown: int) -> str:
    """ "Niamey, Zinder, Maradi +32 more": a long list of places named by its first few."""
    if len(names) <= shown + 1:
        return ", ".join(names)
    return ", ".join(names[:shown]) + f" +{len(names) - shown} more"
