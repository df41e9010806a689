"""`python -m bot bench gazetteer`: what the gazetteer costs the bot.

Build time with a cold cache (once per data version), load time with a warm one, look-ups per
second on words of real feed text, and peak memory of a fresh process that has loaded it.
Load and memory are measured in fresh processes, as the bot starts; medians of `passes` runs.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from ..bench import CORPUS
from ..parse import parse_feed
from ..textnorm import tokenize
from .store import open_gazetteer

# Peak memory from /proc (VmHWM): getrusage's ru_maxrss survives exec, so a child forked
# from this large process would report this process's size.
_FRESH = """
import json, pathlib, sys, time
started = time.perf_counter()
def peak():
    status = pathlib.Path("/proc/self/status").read_text()
    return int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))) / 1024
from bot.geo.store import open_gazetteer
imported = time.perf_counter()
before = peak()
gazetteer = open_gazetteer(pathlib.Path(sys.argv[1]))
loaded = time.perf_counter()
print(json.dumps({"load": loaded - imported, "start": loaded - started, "before": before, "peak": peak()}))
"""


def _feed_texts() -> list[str]:
    now = datetime.now(UTC)
    texts: list[str] = []
    for path in sorted(CORPUS.iterdir()) if CORPUS.is_dir() else []:
        if path.is_file():
            texts.extend(f"{item.title}. {item.summary}" for item in parse_feed(path.read_bytes(), path.name, now).items)
    return texts


def _fresh(folder: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _FRESH, str(folder)],
        capture_output=True, text=True, timeout=600, check=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout)
    return result


def bench_gazetteer(words: int = 100_000, passes: int = 5, seed: int = 3) -> str:
    """Run the gazetteer benchmark and return its report."""
    lines = []
    with tempfile.TemporaryDirectory(prefix="gazetteer-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        gazetteer = open_gazetteer(folder)
        build = time.perf_counter() - started
        (cache,) = folder.glob("gazetteer-*.bin")
        lines.append(
            f"gazetteer: {len(gazetteer):,} places, {len(gazetteer.tables.name_place):,} names, "
            f"{len(gazetteer.tables.key_hash):,} keys; cache file {cache.stat().st_size / 2**20:.1f} MB"
        )
        lines.append(f"build, cold cache (child process, once per data version): {build:.1f} s")
        runs = [_fresh(folder) for _ in range(passes)]
        lines.append(
            f"load, warm cache, fresh process: {statistics.median(r['load'] for r in runs) * 1000:.0f} ms "
            f"(python start to loaded: {statistics.median(r['start'] for r in runs) * 1000:.0f} ms), median of {passes}"
        )
        lines.append(
            f"peak RSS after loading: {statistics.median(r['peak'] for r in runs):.0f} MB "
            f"(the interpreter and bot.geo before loading: {statistics.median(r['before'] for r in runs):.0f} MB)"
        )

    texts = _feed_texts()
    if not texts:
        lines.append(f"look-ups: no feed corpus at {CORPUS}")
        return "\n".join(lines)
    tokens = [tokenize(text) for text in texts]
    vocabulary = [word for t in tokens for word in t.folded]
    rng = random.Random(seed)
    sample: list[tuple[str, ...]] = [(rng.choice(vocabulary),) for _ in range(words)]
    capitalised: list[tuple[str, ...]] = [(f,) for t in tokens for f, w in zip(t.folded, t.words, strict=True) if w[:1].isupper()]
    capitalised = [rng.choice(capitalised) for _ in range(words)]

    def rate(batch: list[tuple[str, ...]]) -> tuple[float, int]:
        rates, found = [], 0
        for _ in range(passes):
            gazetteer._cache.clear()  # as in a fresh process: no place records made,
            gazetteer._memo.clear()  # no word remembered
            begun = time.perf_counter()
            found = sum(1 for w in batch if gazetteer.lookup(w))
            rates.append(len(batch) / (time.perf_counter() - begun))
        return statistics.median(rates), found

    distinct: list[tuple[str, ...]] = [(w,) for w in dict.fromkeys(vocabulary)]
    for label, batch in (("random words", sample), ("capitalised words", capitalised), ("distinct words", distinct)):
        per_second, found = rate(batch)
        lines.append(
            f"lookup(), {len(batch):,} {label} of real feed text ({len(texts):,} items), memo empty at start: "
            f"{per_second:,.0f}/s, median of {passes}; {found / len(batch):.0%} name some place"
        )
    spans = []
    for _ in range(passes):
        begun = time.perf_counter()
        found_names = sum(len(gazetteer.find_names(t.folded, t.words)) for t in tokens)
        spans.append(len(tokens) / (time.perf_counter() - begun))
    lines.append(
        f"find_names() over whole items (title and summary): {statistics.median(spans):,.0f} items/s, "
        f"median of {passes}; {found_names / len(tokens):.1f} names an item"
    )
    return "\n".join(lines)
