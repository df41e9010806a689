"""`python -m bot.geo.build PATH KEY`: build the gazetteer from package data into a cache file.

Run as a child process by `store.open_gazetteer`, so that GeoNames' JSON (some 400 MB while it
is read) never lives in the bot's own process. Without arguments: build the cache file where
the bot will look for it, if it is not there yet (an install step, so the first start is fast).
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from .sources import gather
from .store import write_tables
from .tables import build_tables


def main(argv: list[str]) -> int:
    if not argv:
        from .store import cache_dir, open_gazetteer

        gazetteer = open_gazetteer()
        print(f"gazetteer: {len(gazetteer):,} places, cached in {cache_dir()}")
        return 0
    if len(argv) != 2:
        print("usage: python -m bot.geo.build [PATH KEY]", file=sys.stderr)
        return 2
    path, key = Path(argv[0]), argv[1]
    # Millions of short-lived objects and no cycles: the collector would only rescan them (a third of the time).
    gc.disable()
    write_tables(build_tables(*gather()), path, key)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
