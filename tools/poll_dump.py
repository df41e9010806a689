"""Run the review's 5,000-item poll with a tree's bot and dump what it answered, to compare trees.

`python -m tools.poll_dump TREE OUT` serves a feed on 127.0.0.1, runs `python -m bot run --once`
of TREE twice (a one-item first poll, then 5,000 new items: 1 in 100 an attack in watched
Bamako, the rest market days in Kayes region), and writes to OUT the bot's log and output and
every row it stored (items with their reports, keys, alerts, sources, deliveries, feeds), with
the times and the server's port made placeholders. Two trees answer alike when their OUT files
are identical (`cmp`). It prints each run's wall and CPU seconds. `SAHEL_ALERT_CACHE` is passed on.
"""

from __future__ import annotations

import json
import os
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.bench_poll import POLL_CONFIG
from bot.testing.feed_server import FeedServer, Response, Story, rss

_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(\+00:00)?|\b\d\d:\d\d\b")
_HOST = re.compile(r"127\.0\.0\.1:\d+")


def _plain(value: object) -> object:
    """A value with its times and the server's port made placeholders: they differ run to run."""
    return _HOST.sub("HOST", _TIME.sub("TIME", value)) if isinstance(value, str) else value


def _run(tree: str, folder: Path, tag: str) -> str:
    """One `run --once` of the tree's bot; its stderr and stdout."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    config, db = str(folder / "config.yaml"), str(folder / "alerts.db")
    cmd = [sys.executable, "-m", "bot", "run", "--once", "--config", config, "--db", db]
    started, before = time.monotonic(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"{tag}: {time.monotonic() - started:.1f} s, {cpu:.1f} s of CPU", flush=True)
    return done.stderr + done.stdout


def main(tree: str, out: str) -> None:
    now = datetime.now(UTC)
    lines: list[str] = []
    with tempfile.TemporaryDirectory() as name, FeedServer() as feeds:
        folder = Path(name)
        (folder / "config.yaml").write_text(POLL_CONFIG.format(url=feeds.url("/big")))
        seed = Story("Cotton harvest in Sikasso", feeds.url("/seed"), "seed", "", now - timedelta(hours=1))
        feeds.set("/big", Response(rss([seed])))
        lines += _run(tree, folder, "first poll").splitlines()
        big = [
            Story(
                f"Market day {i} in Kayes region" if i % 100 else f"Gunmen attack checkpoint {i} in Bamako",
                feeds.url(f"/big/{i}"),
                f"big{i}",
                "Lorem ipsum " * 20,
                now - timedelta(minutes=i % 600),
            )
            for i in range(5000)
        ]
        feeds.set("/big", Response(rss(big)))
        lines += _run(tree, folder, "5,000 new items").splitlines()
        db = sqlite3.connect(folder / "alerts.db")
        for table in ("items", "item_keys", "alerts", "alert_sources", "deliveries", "feeds"):
            lines.append(f"== {table}")
            columns = [c[1] for c in db.execute(f"PRAGMA table_info({table})")]
            for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                lines.append(json.dumps({k: _plain(v) for k, v in zip(columns, row, strict=True)}, ensure_ascii=False))
        db.close()
    Path(out).write_text("\n".join(str(_plain(line)) for line in lines) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
