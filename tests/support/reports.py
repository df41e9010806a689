"""Reports for the story rules' unit tests, built as the pipeline builds them from what the matcher
found, so that each test states only its headline, summary, places and hour."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.story import Place, Report, StoryIndex, make_report


def placed_report(
    n: int,
    when: datetime,
    title: str,
    summary: str,
    *places: tuple[str, str],
    parents: tuple[str, ...] = (),
    division: str = "",
) -> Report:
    """Report `n` at `when` naming `places` ((name, kind)), each where the title names it, else in
    the summary; `parents`: the watched countries its cities lie in; `division`: the place that is
    a province."""
    named = []
    for name, kind in places:
        at = title.find(name)
        position = at if at >= 0 else max(0, summary.find(name))
        named.append(
            Place(
                name,
                kind,
                in_title=at >= 0,
                position=position,
                parents=parents if kind != "country" else (),
                division=name == division,
            )
        )
    made = make_report(n, when, title, summary, named)
    assert made is not None
    return made


def grouped(*reports: Report, window: float = 72.0) -> list[int]:
    """The story each report ends in, in order, as the pipeline files them (a new story takes
    its first report's id)."""
    index = StoryIndex(window)
    out = []
    for r in reports:
        found = index.find(r)
        story_id = r.item_id if found is None else found
        index.add(r, story_id)
        out.append(story_id)
    return out


def decide(*reports: Report, window: float = 72.0) -> str:
    """Why the index files the last report where it does, the others filed before it."""
    index = StoryIndex(window)
    for r in reports[:-1]:
        found = index.find(r)
        index.add(r, r.item_id if found is None else found)
    return index.decide(reports[-1]).why


def report_at_towns(
    towns_table: dict[str, tuple[str, tuple[float, float]]],
    t0: datetime,
    n: int,
    hours: float,
    title: str,
    summary: str,
    *towns: str,
) -> Report:
    """A report at `t0` + hours naming `towns` (each `(area, point)` in `towns_table`), each in the
    headline when written there: the grouper's input built without the matcher."""
    places = []
    for town in towns:
        at = title.find(town)
        area, point = towns_table[town]
        places.append(Place(town, "city", at >= 0, at if at >= 0 else max(0, summary.find(town)), area=area, point=point))
    made = make_report(n, t0 + timedelta(hours=hours), title, summary, places)
    assert made is not None
    return made
