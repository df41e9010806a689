"""Reading one line of the JSON-line tools (`match`, `places`, `story`). Pure.

Their promise is one JSON line out per line in, in order, so a script can pair them: a line
that is not an item (blank, cut off, not an object, a title that is a list) gets an error line
in its place, never silence, and the tool exits 1. The error says what is wrong in the words
of someone fixing the input: "the string is unfinished", not Python's "Invalid control
character" for the newline that ends a cut-off line.
"""

from __future__ import annotations

import json

TEXT_FIELDS = ("title", "summary")


class LineError(ValueError):
    """A line that is not an item; the message is the answer's `error`, and `item_id` the line's
    id when it is an object that has one, so the error answer still pairs with it."""

    def __init__(self, message: str, item_id: object = None):
        super().__init__(message)
        self.item_id = item_id


def read_record(line: str) -> dict[str, object]:
    """The JSON object on `line`, its text fields strings (or absent), or LineError."""
    text = line.rstrip("\r\n")
    if not text.strip():
        raise LineError("empty line: expected a JSON object")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg.startswith("Unterminated string"):
            raise LineError(f"the line ends inside an unfinished string (cut off?) at column {exc.colno}") from None
        raise LineError(f"not JSON: {exc}") from None
    if not isinstance(record, dict):
        raise LineError("not a JSON object")
    for field in TEXT_FIELDS:
        value = record.get(field)
        if value is not None and not isinstance(value, str):
            raise LineError(f"{field}: expected a string, got {_kind(value)}", record.get("id"))
    return record


def _kind(value: object) -> str:
    names = {dict: "an object", list: "a list", bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
