"""`python -m bot story`: which reports the bot would group as one incident, and why.

Items come as JSON lines `{"id", "title", "summary", "published"}` (published in ISO 8601; a
time without a zone is UTC).
They are matched with the real matcher and grouped in publication order by the real story
index, as the bot does with alerted items; each gets one answer line, in input order:
`{"id", "story": <id of the first report of its group, or null>, "why": "<reason>"}`. With
`--explain A B`, the answer is instead why the items with ids A and B were or were not grouped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from .jsonlines import read_record
from .match import Matcher
from .pipeline import places_of
from .story import Report, StoryIndex, explain, make_report


class StoryInputError(ValueError):
    """A line of input that is not an item: said with its line number."""


@dataclass
class Grouped:
    """One input item and what grouping made of it."""

    line: int
    id: object
    when: datetime
    title: str
    summary: str
    report: Report | None = None
    story: object = None  # the id of the first report of its story
    why: str = ""


def read_items(lines: Iterable[str]) -> tuple[list[Grouped], list[dict[str, object]]]:
    """Items as read, and an error answer for each line that is not one."""
    items: list[Grouped] = []
    errors: list[dict[str, object]] = []
    for number, line in enumerate(lines, start=1):
        record = None
        try:
            record = read_record(line)
            if record.get("published") in (None, ""):
                raise StoryInputError("published: missing (an ISO 8601 time, such as 2026-12-01T08:00:00Z)")
            published = str(record.get("published"))
            try:
                when = datetime.fromisoformat(published.replace("Z", "+00:00"))
            except ValueError:
                raise StoryInputError(f"published: {published!r} is not an ISO 8601 time") from None
            when = when if when.tzinfo else when.replace(tzinfo=UTC)
        except ValueError as exc:
            # a JSON object with an id and a bad field keeps its id, so the answer pairs with it
            item_id = record.get("id") if isinstance(record, dict) else getattr(exc, "item_id", None)
            errors.append({"id": item_id, "line": number, "error": str(exc), "story": None, "why": ""})
            continue
        items.append(Grouped(number, record.get("id"), when, str(record.get("title") or ""), str(record.get("summary") or "")))
    return items, errors


def group(matcher: Matcher, window_hours: float, lines: Iterable[str]) -> tuple[list[Grouped], list[dict[str, object]]]:
    """Every item grouped as the bot would, in publication order; and the lines that were not items."""
    items, errors = read_items(lines)
    index = StoryIndex(window_hours)
    first_of: dict[int, Grouped] = {}
    for n, item in sorted(enumerate(items), key=lambda pair: (pair[1].when, pair[0])):
        found = matcher.match(item.title, item.summary)
        if found:
            item.report = make_report(n, item.when, item.title, item.summary, places_of(matcher, found))
        if item.report is None:
            item.why = "names no watched place (or no keyword of its watchlist): it would not alert"
            continue
        decision = index.decide(item.report)
        if decision.story is None:
            why = decision.why
            if decision.nearest is not None:
                why = why.replace("the nearest story", f"the nearest story, of {first_of[decision.nearest].id},", 1)
            item.story, item.why = item.id, f"starts a story: {why}"
            first_of[n] = item
            index.add(item.report, n)
        else:
            first = first_of[decision.story].id
            item.story, item.why = first, f"joins the story of {first}: {decision.why}"
            index.add(item.report, decision.story)
    return items, errors


def answers(items: list[Grouped], errors: list[dict[str, object]]) -> list[dict[str, object]]:
    """One answer per input line, in input order."""
    rows = [(item.line, {"id": item.id, "story": item.story, "why": item.why}) for item in items]
    rows += [(int(str(e["line"])), e) for e in errors]
    return [answer for _, answer in sorted(rows, key=lambda row: row[0])]


def explain_pair(items: list[Grouped], a: str, b: str, window_hours: float) -> str:
    """Why the items with ids `a` and `b` were, or were not, grouped."""
    by_id = {str(item.id): item for item in items}
    missing = [x for x in (a, b) if x not in by_id]
    if missing:
        raise StoryInputError(f"no item with id {', '.join(map(repr, missing))} on stdin")
    first, second = sorted((by_id[a], by_id[b]), key=lambda item: item.when)
    verdict = "grouped" if first.story is not None and first.story == second.story else "not grouped"
    lines = [f"{a} and {b}: {verdict}"]
    for item in (first, second):
        lines.append(f"  {item.id}: {_reading(item.report)}; {item.why}")
    if first.report is not None and second.report is not None:
        lines.append(f"  these two alone: {explain(second.report, first.report, window_hours)}")
    return "\n".join(lines)


def _reading(report: Report | None) -> str:
    if report is None:
        return "not alerted"
    parts = [f"in {report.lang}"] if report.lang else []
    parts += [f"at {report.primary} ({report.primary_kind})", f"event {report.event or 'none'}"]
    parts += [f"in {', '.join(sorted(report.parents))} (by the place model)"] if report.parents else []
    parts += [f"in division {report.area} (by the gazetteer)"] if report.area else []
    parts += [f"targets {', '.join(sorted(report.title_targets))}"] if report.title_targets else []
    parts += [f"groups {', '.join(sorted(report.groups))}"] if report.groups else []
    parts += ["a follow-up"] if report.follow_up else []
    parts += ["says it is another incident"] if report.again else []
    parts += ["names an earlier incident it came after"] if report.sequel else []
    parts += ["speaks of several incidents"] if report.several else []
    return ", ".join(parts)
