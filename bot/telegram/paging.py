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


NOTE_ROOM = 160  # the "N more lines not sent" note, with room for any count


def pages(text: str, limit: int = MAX_REPLY, most: int = MAX_PAGES) -> list[str]:
    """`text` as messages of at most `limit` characters each, split at line breaks. A line
    longer than a message (a watchlist with hundreds of places) is split too, at a ", " between
    places where it can be, never inside a tag or an entity (`&#x27;`), and nothing of it is
    lost. Past `most` messages the last one says how many lines were left out, within `limit`."""
    room = max(1, limit - NOTE_ROOM) if most > 0 else limit
    lines = [piece for line in text.split("\n") for piece in split_line(line, room)]
    out = _fill(lines, limit)
    if len(out) > most:
        kept = out[: most - 1]
        shown = sum(page.count("\n") + 1 for page in kept)
        last = ""
        for line in lines[shown:]:
            joined = f"{last}\n{line}" if last else line
            if len(joined) > limit - NOTE_ROOM:
                break
            last = joined
        shown += last.count("\n") + 1 if last else 0
        note = f"…{len(lines) - shown} more lines not sent; ask for less (an admin can read the rest with python -m bot)."
        out = [*kept, f"{last}\n{note}" if last else note]
    return [page for page in out if page.strip()] or [text[:limit]]


def _fill(lines: Sequence[str], limit: int) -> list[str]:
    """Lines (each within `limit`) packed into as few messages as they fit, in order."""
    out: list[str] = []
    current: str | None = None
    for line in lines:
        if current is not None and len(current) + 1 + len(line) <= limit:
            current = f"{current}\n{line}"
            continue
        if current is not None:
            out.append(current)
        current = line
    out.append(current or "")
    return out


def split_line(line: str, limit: int) -> list[str]:
    """One line of HTML as pieces of at most `limit` characters that together hold all of it:
    cut after a ", " (between places) if one is in reach, else after a space, else anywhere,
    but only where no tag is open and not inside a tag or an entity, so each piece is valid
    HTML for Telegram. A line whose tags leave no such place loses its tags, not its text."""
    pieces: list[str] = []
    while len(line) > limit:
        cut = _cut_at(line, limit)
        if cut is None:
            line = re.sub(r"<[^>]*>", "", line)
            continue
        pieces.append(line[:cut].rstrip(" "))
        line = line[cut:].lstrip(" ")
    pieces.append(line)
    return pieces


def _cut_at(line: str, limit: int) -> int | None:
    """The best place to cut `line` at or before `limit`: see `split_line`. None if no place
    outside every tag and entity can be found."""
    safe = _safe_cuts(line, limit)
    if not safe:
        return None
    for separator in (", ", " "):
        found = [k for k in safe if line[k - len(separator) : k] == separator]
        if found and found[-1] > limit // 4:  # a cut that leaves a piece worth sending
            return found[-1]
    return safe[-1]


def _safe_cuts(line: str, limit: int) -> list[int]:
    """Positions 1..limit where the line can be cut: outside a tag, outside an entity, with
    no element open (a piece must close what it opens)."""
    cuts: list[int] = []
    depth, in_tag, in_entity = 0, False, False
    for k, char in enumerate(line[: limit + 1]):
        if k and not in_tag and not in_entity and depth == 0:
            cuts.append(k)
        if in_tag:
            if char == ">":
                in_tag = False
                tag = line[line.rfind("<", 0, k) : k + 1]
                depth += -1 if tag.startswith("</") else (0 if tag.endswith("/>") else 1)
        elif in_entity:
            in_entity = char != ";"
        elif char == "<":
            in_tag = True
        elif char == "&":
            in_entity = True
    return [k for k in cuts if k <= limit]


def fit_lines(attention: Sequence[str], healthy: Sequence[str], budget: int, healthy_summary: str) -> list[str]:
    """A section's lines within `budget` characters, all told: what needs attention first,
    each shortened to `LINE_ROOM` (a feed's error can be long), as many as fit with room to say
    the rest (`+N more failing or late: python -m bot feeds`), then the healthy lines if they
    all fit, else `healthy_summary` (formatted with `{n}`, how many) in one line."""
    summary_room = len(healthy_summary.format(n=len(healthy))) + 1 if healthy else 0
    lines: list[str] = []
    used = 0
    for k, line in enumerate(attention):
        line = shorten(line, LINE_ROOM)
        more = len(attention) - k
        rest = f"+{more} more failing or late: python -m bot feeds"
        last = more == 1
        reserve = summary_room + (0 if last else len(f"+{more - 1} more failing or late: python -m bot feeds") + 1)
        if used + len(line) + 1 + reserve > budget:
            lines.append(rest)
            used += len(rest) + 1
            break
        lines.append(line)
        used += len(line) + 1
    if healthy:
        if used + sum(len(line) + 1 for line in healthy) <= budget:
            lines.extend(healthy)
        else:
            lines.append(healthy_summary.format(n=len(healthy)))
    return lines


LINE_ROOM = 200  # a status line's most characters: one failing feed's error must not crowd out the others


def shorten(line: str, most: int) -> str:
    """An HTML line (text and entities, no tags) cut to at most `most` characters, with "…",
    never inside an entity."""
    if len(line) <= most:
        return line
    cut = most - 1
    amp = line.rfind("&", 0, cut)
    if amp != -1 and line.find(";", amp) >= cut:
        cut = amp
    return line[:cut].rstrip() + "…"


def first_of(names: Sequence[str], shown: int) -> str:
    """ "Niamey, Zinder, Maradi +32 more": a long list of places named by its first few."""
    if len(names) <= shown + 1:
        return ", ".join(names)
    return ", ".join(names[:shown]) + f" +{len(names) - shown} more"
