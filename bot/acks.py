"""Acknowledgements: the three buttons under every alert, and what a press says. Pure: no I/O.

A press names its alert by the outbox row that sent it (`m:f:1234`): one id finds the chat,
the message, the alert and its story, and it fits Telegram's 64 bytes of callback data. The
store checks that the row belongs to the chat and message the press came from, so a forged
payload cannot mark another chat's alert.

On the message the first mark of each kind is shown with who and when ("False alarm · marked
by Ada 05:42"), later ones of that kind only counted: in an ops group of thirty, thirty "Seen"
lines would bury the alert.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .audience import zone_of
from .records import AlertMatch, Mark

# disposition -> (button label, how the message and the reports name it), in button order
DISPOSITIONS: dict[str, tuple[str, str]] = {
    "seen": ("👁 Seen", "Seen"),
    "false_alarm": ("✖ False alarm", "False alarm"),
    "duplicate": ("⧉ Duplicate", "Duplicate"),
}
FEEDBACK = ("false_alarm", "duplicate")  # the marks admins are told of: the config may need a fix
_CODES = {"seen": "s", "false_alarm": "f", "duplicate": "d"}
_BY_CODE = {code: disposition for disposition, code in _CODES.items()}
CALLBACK_PATTERN = r"^m:[sfd]:\d{1,18}$"
_CALLBACK = re.compile(CALLBACK_PATTERN)


@dataclass(frozen=True)
class Press:
    """A button press as the callback data says it: which outbox row, which disposition."""

    delivery_id: int
    disposition: str


def buttons(delivery_id: int) -> list[tuple[str, str]]:
    """(label, callback data) of the three buttons, in order, for the alert sent by this row."""
    return [(label, f"m:{_CODES[disposition]}:{delivery_id}") for disposition, (label, _) in DISPOSITIONS.items()]


def parse_press(data: str | None) -> Press | None:
    """None for anything that is not one of our buttons' payloads (an old client, a forgery)."""
    if not data or not _CALLBACK.match(data):
        return None
    _, code, number = data.split(":")
    return Press(int(number), _BY_CODE[code])


def marks_lines(marks: Sequence[Mark], zone: str) -> list[str]:
    """Plain-text lines for the message, one per disposition marked, in button order:
    "False alarm · marked by Ada 05:42 (+2 more)". Times on the chat's clock."""
    lines = []
    for disposition, (_, name) in DISPOSITIONS.items():
        of_kind = sorted((m for m in marks if m.disposition == disposition), key=lambda m: m.created)
        if not of_kind:
            continue
        first = of_kind[0]
        more = f" (+{len(of_kind) - 1} more)" if len(of_kind) > 1 else ""
        who = first.user_name.strip() or "someone"
        lines.append(f"{name} · marked by {who[:64]} {first.created.astimezone(zone_of(zone)):%H:%M}{more}")
    return lines


def press_answer(disposition: str, new: bool) -> str:
    """The toast Telegram shows the presser at once (answerCallbackQuery)."""
    name = DISPOSITIONS[disposition][1]
    if not new:
        return f"You had already marked this alert: {name}."
    if disposition in FEEDBACK:
        return f"Marked: {name}. The bot's admins are told, so they can fix the watchlist."
    return f"Marked: {name}."


def explain_match(match: AlertMatch) -> str:
    """Why a location matched, in the words an admin needs to fix the config: the name as the
    item wrote it, the alias it met and where that alias came from, the field and the score."""
    written = match.text or match.alias or match.location
    parts = [f"{match.location}: “{written}” in the {match.field or 'text'}"]
    if match.alias and match.alias != match.location:
        parts.append(f"as alias “{match.alias}” ({match.alias_source})")
    if match.via:
        distance = f"{match.distance_km} km" if match.distance_km is not None else "near"
        parts.append(f"via {match.via}, {distance} from it (radius)")
    if match.score:
        parts.append(f"score {match.score:g}")
    return ", ".join(parts)


@dataclass(frozen=True)
class MarkedAlert:
    """What the admins are told of a False alarm or a Duplicate."""

    disposition: str
    user_name: str
    chat_title: str
    watchlist: str
    watchlist_title: str
    matches: tuple[AlertMatch, ...]
    feed: str
    title: str
    link: str | None


def feedback_notice(marked: MarkedAlert) -> str:
    """The admins' message, plain text (the admin notice channel sends no markup)."""
    name = DISPOSITIONS[marked.disposition][1]
    lines = [
        f"{name}, marked by {marked.user_name or 'someone'} in {marked.chat_title}",
        f"Watchlist: {marked.watchlist_title} ({marked.watchlist})",
        f"Location: {', '.join(m.location for m in marked.matches) or '?'}",
        f"Feed: {marked.feed}",
        f"Title: {marked.title[:300]}",
    ]
    lines.extend(f"Why it matched: {explain_match(m)}" for m in marked.matches)
    if marked.link:
        lines.append(marked.link[:500])
    if marked.disposition == "false_alarm":
        lines.append("To stop such alerts: an exclude term, a narrower alias, or `python -m bot match` to test a fix.")
    return "\n".join(lines)
