"""Replay a same-incident set through `run --once`, as the maintainers score grouping.

Issue 17's held-out set is "replayed through `python -m bot run --once` in 30-minute batches".
The labelled-set harness (`tests/test_story_labelled.py`) feeds reports to a `StoryIndex` one by
one, in publication order. This module does what the maintainers do instead: each report goes
into an RSS file of its outlet (`feed`), each outlet's file holds what it had published by the
end of a 30-minute batch, and `bot.app.run_once` polls every file once per batch against one
alerts.db, with the set's own config (keywords on, as an admin has them). The story each item
ended in is then read back from alerts.db: where the pipeline differs from the harness (the
order of feeds in a batch, dedup, the story index rebuilt from the database at every start),
the two partitions differ.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import sqlite_utils

from bot import runtime
from bot.app import run_once
from bot.config import Config, FeedConfig, load_config

BATCH = timedelta(minutes=30)


def rss(outlet: str, rows: list[dict]) -> str:
    """An RSS 2.0 file of an outlet's reports, newest first, as feeds list them."""
    items = "".join(
        "<item>"
        f"<title>{escape(r['title'])}</title><description>{escape(r['summary'])}</description>"
        f"<link>{escape(_link(r))}</link><guid>{escape(r.get('guid') or _link(r))}</guid>"
        f"<pubDate>{format_datetime(r['when'])}</pubDate>"
        "</item>"
        for r in sorted(rows, key=lambda r: r["when"], reverse=True)
    )
    head = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(outlet)}</title>'
    return f"{head}{items}</channel></rss>"


def batches(rows: list[dict]) -> Iterator[datetime]:
    """The end of every 30-minute batch that holds a report, in order (batches with no new
    report change nothing and are skipped)."""
    ends = sorted({_batch_end(r["when"]) for r in rows})
    yield from ends


def _batch_end(when: datetime) -> datetime:
    start = when.replace(minute=0 if when.minute < 30 else 30, second=0, microsecond=0)
    return start + BATCH


def replay_config(config_path: Path, outlets: list[str], folder: Path) -> Config:
    """The set's config, its feeds replaced by one RSS file per outlet, with no age limit
    (every report is months old by the real clock)."""
    config = load_config(config_path)
    feeds = [FeedConfig(name=outlet, path=str(folder / f"feed{n}.xml"), max_age=None) for n, outlet in enumerate(outlets)]
    return config.model_copy(update={"feeds": feeds})


def replay(rows: list[dict], config_path: Path, folder: Path) -> dict[str, int | None]:
    """Each report's story after the replay: the alerts.db id of the item that began it (None
    for a report that alerted nothing). Rows need `when` (an aware datetime), `feed`, `title`,
    `summary` and `id`, and may have `feed` (the outlet), `link` and `guid`."""
    outlets = sorted({_outlet(r) for r in rows})
    config = replay_config(config_path, outlets, folder)
    db = folder / "alerts.db"
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    # Every run builds the same matcher from the same config: built once, it saves a second a run.
    settings = runtime.Settings.build(config)
    original = runtime.Settings.build
    runtime.Settings.build = classmethod(lambda cls, cfg, gazetteer=None: settings)  # type: ignore[method-assign,assignment]
    try:
        pending = sorted(rows, key=lambda r: r["when"])
        for end in batches(rows):
            while pending and pending[0]["when"] < end:
                row = pending.pop(0)
                by_outlet[_outlet(row)].append(row)
            for n, outlet in enumerate(outlets):
                (folder / f"feed{n}.xml").write_text(rss(outlet, by_outlet[outlet]), encoding="utf-8")
            asyncio.run(run_once(config, db))
    finally:
        runtime.Settings.build = original  # type: ignore[method-assign]
    items = sqlite_utils.Database(db)
    by_link = {
        r["link"]: (r["story_id"] if r["story_id"] is not None else r["id"]) if r["report"] is not None else None
        for r in items.query("SELECT id, link, story_id, report FROM items")
    }
    return {r["id"]: by_link.get(_link(r)) for r in rows}


def _outlet(row: dict) -> str:
    return row.get("feed") or "Wire"


def _link(row: dict) -> str:
    return row.get("link") or f"https://replay.example/{row['id']}"


def main(argv: list[str]) -> None:
    """`python -m tests.story_replay SET [CONFIG]`: a labelled set's figures as `run --once`
    in 30-minute batches gives them, over every report and over the reports that alerted."""
    import contextlib
    import io
    import os
    import tempfile

    from tests.test_story_labelled import DATA, load, messages_per_incident, scores

    stem = argv[0].removesuffix(".jsonl")
    config = argv[1] if len(argv) > 1 else f"{stem}_watchlists.yaml"
    rows = load(f"{stem}.jsonl")
    # The console deliverer prints every alert; AGGREGATES_ONLY=1 (a blind set's scoring run)
    # keeps them from whoever reads the figures.
    quiet = contextlib.redirect_stdout(io.StringIO()) if os.environ.get("AGGREGATES_ONLY") else contextlib.nullcontext()
    with tempfile.TemporaryDirectory() as folder, quiet:
        stories = replay(rows, DATA / config, Path(folder))
    every = [s if s is not None else -1 - n for n, s in enumerate(stories[r["id"]] for r in rows)]
    kept = [(r, s) for r in rows if (s := stories[r["id"]]) is not None]
    for label, rs, ss in (("every report", rows, every), ("alerted reports", [r for r, _ in kept], [s for _, s in kept])):
        p, r, f = scores(rs, ss)
        per_incident = messages_per_incident(rs, ss)
        incidents = len({row["story"] for row in rs})
        figures = f"P {p:.3f} R {r:.3f} F1 {f:.3f}, {per_incident:.2f} messages per incident"
        print(f"{label} ({len(rs)}, {incidents} incidents): {figures}")


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
