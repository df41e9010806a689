"""Geoparsing on small-town local news: `python -m bot places` against a blind hand-written gold set.

Issue 20 asks for 70% of the place names found within 161 km on small-town local news, where
namesakes abound (the LGL corpus: US local papers). `tests/data/geoparse_local.jsonl` holds 101
items written for this test, in the style of local papers' RSS items (a headline and a summary of
one or two sentences), before the place model was ever run on them and without reading its code:
60 from US local papers (namesakes of world cities and of each other: Paris TX and ME, Lebanon PA
and TN, Athens GA and OH, Columbia MO, SC and TN, Springfield in five states, Jackson in four,
Washington County in three, Moscow ID, Cairo IL and GA, Palestine TX, Odessa TX, Geneva NY in
Ontario County, Delhi NY, Versailles KY, London KY, Houston County AL...; counties, states in
full and in the press's abbreviations "Pa.", "Ind.", "Kan.", "Va.", rivers and lakes), 15 from UK
and Irish local papers (Boston, Newport, Richmond, Perth, Bangor twice, Street, Dublin, Derry),
16 from Indian, Nigerian and Kenyan local papers (Aurangabad in Bihar, Bilaspur in Himachal,
Hamirpur in Uttar Pradesh, Oyo the state and the town) and 10 from French regional papers
(Laval, Condom, Valence-d'Agen, Lens). 478 toponyms (319 cities, 129 regions: counties, states,
districts, départements; 28 sites; 2 countries), annotated as `geoparse_gold.jsonl` is: field,
offsets, surface, the intended place's coordinates (a county's or state's centroid), kind,
metonymy. Organisations named after places ("Bangor University", "Lancashire County Council",
"SUNY Delhi", "Albany High"), streets named after places ("Providence Road") and demonyms are not
toponyms; "Lebanon County commissioners" and "the Nagpur road" name places.

Scored with `test_geoparse_gold`'s harness (found: an answer overlapping the gold span; right:
within 161 km). The floors are the latest measurements less 0.03: a regression guard.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.test_geoparse_gold import ROOT, pct, report, run_places, score

LOCAL = ROOT / "tests" / "data" / "geoparse_local.jsonl"
PRESS = {
    "us": "US local",
    "uk": "UK/Irish",
    "ie": "UK/Irish",
    "in": "India/Nigeria/Kenya",
    "ng": "India/Nigeria/Kenya",
    "ke": "India/Nigeria/Kenya",
    "fr": "French regional",
}

# First contact (2026-12-06, the gold committed before the first run, scored once): found
# 345/478 = 72.2%; within 161 km of found 235/345 = 68.1%; cities and sites 219/307 = 71.3%;
# precision 346/356 = 97.2%. By press, found / within of found: US local 65.9% / 50.6%, UK and
# Irish 82.4% / 77.0%, Indian, Nigerian and Kenyan 77.4% / 87.5%, French regional 80.9% / 97.4%.
# Misses: counties ("Lamar County"), states ("Ohio", "Kerala"), rivers; wrong places: the world's
# namesake over the one the item's state, county and neighbours point at (Paris TX, Cairo GA,
# Lebanon TN, Perth in Scotland, Boston in Lincolnshire).
# Latest (2026-12-06: the states and counties of the United States point at their namesakes and
# are places; other countries' divisions placed where the item's towns are; a country's name in a
# county's item is its town; short first words, "Mt. Juliet"): found 429/478 = 89.7%; within 161 km
# of found 399/429 = 93.0%; cities and sites 281/307 = 91.5%; precision 431/438 = 98.4%. By press:
# US local 90.9% / 95.4%, UK and Irish 86.5% / 85.9% (a county among its country's towns as a sign
# of that country took it to 92.2%, and was taken out: it cost languages_blind2 two false alerts),
# Indian, Nigerian and Kenyan 86.0% / 88.8%,
# French regional 95.7% / 97.8%. Left: rivers, lakes and squares (sites: 7/28 found), villages
# GeoNames lacks (Whigham, Kihoto, Manulla), "Jackson" opening a sentence, namesakes with no
# state or county in the item (Portland, Maine). The regions' 97.5% within is partly by
# construction: a state's point and a county's or district's placement come from the same kind
# of knowledge the gold's centroids do.
# The floors: the latest less 0.03, rounded down.
FLOOR_RECALL = 0.86
FLOOR_WITHIN = 0.90
FLOOR_WITHIN_LOCAL = 0.89
FLOOR_PRECISION = 0.95


def load_local() -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(LOCAL).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_local_gold_offsets_name_the_text_they_claim() -> None:
    gold = load_local()
    assert len(gold) >= 100 and len({i["id"] for i in gold}) == len(gold)
    for item in gold:
        assert item["id"].split("-")[0] in PRESS
        for g in item["places"]:
            assert item[g["field"]][g["start"] : g["end"]] == g["name"], (item["id"], g)
            assert g["kind"] in ("country", "region", "city", "site") and -90 <= g["lat"] <= 90 and -180 <= g["lon"] <= 180


def test_places_on_local_news_against_the_gold_set() -> None:
    gold = load_local()
    answers = run_places(gold)
    s = score(gold, answers)
    print("\n" + report(gold, s))
    print("per press: gold / found (recall) / within 161 km of found")
    for press in dict.fromkeys(PRESS.values()):
        part = [i for i in gold if PRESS[i["id"].split("-")[0]] == press]
        c = score(part, answers)["tally"]["all"]
        print(f"  {press:20} {c['gold']:4} / {pct(c['found'], c['gold']):18} / {pct(c['within'], c['found'])}")
    t = s["tally"]
    assert t["all"]["found"] / t["all"]["gold"] >= FLOOR_RECALL
    assert t["all"]["within"] / t["all"]["found"] >= FLOOR_WITHIN
    assert t["local"]["within"] / max(1, t["local"]["found"]) >= FLOOR_WITHIN_LOCAL
    assert s["matched_answers"] / max(1, s["answers"]) >= FLOOR_PRECISION
