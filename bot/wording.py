"""Counts in plain English: "1 feed", "2 feeds", never "1 feeds" or "problem(s)"."""

from __future__ import annotations


def count(number: int, singular: str, plural: str | None = None) -> str:
    """`number` with the noun agreeing; irregular plurals ("1 delivery", "2 deliveries") are passed in."""
    noun = singular if number == 1 else (plural or singular + "s")
    return f"{number:,} {noun}"
