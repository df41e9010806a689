"""Geoparsing on real news: `python -m bot places` scored against a hand-annotated gold set.

`tests/data/geoparse_gold.jsonl` holds 156 real items, English, French and Portuguese, taken by a
fixed rule from the world-news feeds in the shared feed corpus (every k-th item of each feed, parsed
with the bot's own `bot.parse.parse_feed`; a summary over 500 characters cut at its last sentence
end before that, marked `summary_truncated`). Every toponym in title and summary was annotated
before the place model was ever run on them: field, offsets, surface, the intended place's
coordinates (a country's or a large region's centroid, as the public geoparsing corpora record
them), its kind (country, region, city, site) and whether it is used metonymically ("Iran says",
"Team USA"). Demonyms ("Iranian"), organisations named after places ("Real Madrid", "Kosovo
Liberation Army") and the TV series "Tehran" are not toponyms here.

Scored like the public corpora (GeoWebNews, LGL, TR-News): a gold toponym is found when an answer
place in the same field overlaps its offsets; found is right when the answer's lat/lon is within
161 km (100 miles) of the gold's. The maintainers' targets for world news: 60% of the gold
toponyms found, 80% of those found within 161 km. The floors below are the latest measurements
less 0.03: a regression guard, not the targets. (First contact, the gold frozen before the first
run: found 77.3%, within 161 km of found 30.1%, since countries were answered at their capitals.)
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "geoparse_gold.jsonl"
KM = 161.0
BROAD = ("country", "region")  # scored apart: a centroid is a convention, not a place

# First-contact figures (2026-12-05, gold frozen before the first run): found 272/352 = 77.3%;
# within 161 km of found 82/272 = 30.1% (countries were answered at their capital, the gold has
# the country's centroid); cities and sites 31/40 = 77.5%; precision 273/339 = 80.5%.
# Latest (2026-12-05, issue 20: countries at their own point, the United States in its press
# forms, continents, large regions and seas, famous cities over borrowed namesakes, landmarks and
# acronyms and persons' names turned away): found 325/352 = 92.3%; within 161 km of found 319/325 = 98.2%; cities
# and sites 34/37 = 91.9%; precision 325/364 = 89.3%. The floors: these less 0.03, rounded down.
FLOOR_RECALL = 0.89
FLOOR_WITHIN = 0.95
FLOOR_WITHIN_LOCAL = 0.88
FLOOR_PRECISION = 0.86


def load_gold() -> list[dict[str, Any]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_places(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["PYTHONPATH"] = str(ROOT)
    lines = [json.dumps({"id": i["id"], "title": i["title"], "summary": i["summary"]}, ensure_ascii=False) for i in items]
    stdin = "".join(line + "\n" for line in lines)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "places"], cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=600, env=env
    )
    assert result.returncode == 0, result.stderr[-2000:]
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [a["id"] for a in answers] == [i["id"] for i in items]
    return {a["id"]: a for a in answers}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["field"] == b["field"] and a["start"] < b["end"] and b["start"] < a["end"]


def is_demonym(answer: dict[str, Any]) -> bool:
    """An answer the bot itself marks as a demonym or adjective of a place (if it ever does)."""
    marks = f"{answer.get('kind', '')} {answer.get('why', '')}".casefold()
    return "demonym" in marks or "adjective" in marks


def pct(n: int, d: int) -> str:
    return f"{n}/{d} = {n / d:.1%}" if d else f"{n}/0 = n/a"


def score(gold: list[dict[str, Any]], answers: dict[str, dict[str, Any]]) -> dict[str, Any]:
    tally: dict[str, Counter[str]] = {}
    errors: dict[str, list[str]] = {"missed": [], "wrong place > 161 km": [], "spurious": []}
    spurious_demonyms = 0
    n_answers = n_matched_answers = 0
    for item in gold:
        places = [p for p in answers[item["id"]]["places"] if p.get("lat") is not None]
        for g in item["places"]:
            groups = ["all", f"kind:{g['kind']}", f"lang:{item['lang']}", "metonymy" if g["metonymy"] else "literal"]
            groups.append("broad" if g["kind"] in BROAD else "local")
            hits = [p for p in places if overlaps(p, g)]
            # The most specific reading of the span: the answer sharing most characters with it.
            hit = max(hits, key=lambda p: min(p["end"], g["end"]) - max(p["start"], g["start"]), default=None)
            label = f"{item['id']} {g['field']} {g['name']!r}"
            for group in groups:
                tally.setdefault(group, Counter())["gold"] += 1
            if hit is None:
                errors["missed"].append(f"{label} ({g['kind']})")
                continue
            distance = km(hit["lat"], hit["lon"], g["lat"], g["lon"])
            for group in groups:
                tally[group]["found"] += 1
                tally[group]["within"] += distance <= KM
            if distance > KM:
                where = f"{hit['name']!r} {hit.get('kind')} {hit.get('country')} ({hit['lat']:.2f}, {hit['lon']:.2f})"
                errors["wrong place > 161 km"].append(f"{label} -> {where}, {distance:.0f} km off")
        for p in places:
            n_answers += 1
            if any(overlaps(p, g) for g in item["places"]):
                n_matched_answers += 1
                continue
            spurious_demonyms += is_demonym(p)
            text = item[p["field"]][p["start"] : p["end"]]
            errors["spurious"].append(f"{item['id']} {p['field']} {text!r} -> {p['name']} {p.get('kind')} {p.get('country')}")
    return {
        "tally": tally,
        "errors": errors,
        "answers": n_answers,
        "matched_answers": n_matched_answers,
        "spurious_demonyms": spurious_demonyms,
    }


def report(gold: list[dict[str, Any]], s: dict[str, Any]) -> str:
    t = s["tally"]
    lines = [f"items: {len(gold)}, gold toponyms: {t['all']['gold']}, answers with coordinates: {s['answers']}"]
    lines.append(f"found (recall): {pct(t['all']['found'], t['all']['gold'])}")
    lines.append(f"within {KM:.0f} km of found, all kinds: {pct(t['all']['within'], t['all']['found'])}")
    local = t.get("local", Counter())
    lines.append(f"within {KM:.0f} km of found, cities and sites only: {pct(local['within'], local['found'])}")
    lines.append(f"precision (answers overlapping a gold toponym): {pct(s['matched_answers'], s['answers'])}")
    lines.append(f"  spurious answers the bot marks as demonyms: {s['spurious_demonyms']}")
    lines.append("per group: gold / found (recall) / within 161 km of found")
    for group in sorted(t):
        c = t[group]
        lines.append(f"  {group:14} {c['gold']:4} / {pct(c['found'], c['gold']):18} / {pct(c['within'], c['found'])}")
    lines.append("error classes:")
    for name, cases in s["errors"].items():
        lines.append(f"  {name}: {len(cases)}")
    for name, cases in s["errors"].items():
        lines.append(f"--- {name} ({len(cases)})")
        lines.extend(f"    {case}" for case in cases)
    return "\n".join(lines)


def test_gold_offsets_name_the_text_they_claim() -> None:
    gold = load_gold()
    assert len(gold) >= 150 and len({i["id"] for i in gold}) == len(gold)
    for item in gold:
        for g in item["places"]:
            assert item[g["field"]][g["start"] : g["end"]] == g["name"], (item["id"], g)
            assert g["kind"] in ("country", "region", "city", "site") and -90 <= g["lat"] <= 90 and -180 <= g["lon"] <= 180


def test_places_on_real_news_against_the_gold_set() -> None:
    gold = load_gold()
    s = score(gold, run_places(gold))
    print("\n" + report(gold, s))
    t = s["tally"]
    assert t["all"]["found"] / t["all"]["gold"] >= FLOOR_RECALL
    assert t["all"]["within"] / t["all"]["found"] >= FLOOR_WITHIN
    assert t["local"]["within"] / max(1, t["local"]["found"]) >= FLOOR_WITHIN_LOCAL
    assert s["matched_answers"] / max(1, s["answers"]) >= FLOOR_PRECISION
