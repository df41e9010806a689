"""A small invented development set for issue 17's place hierarchy inside a country
(`tests/data/same_story_dev4.jsonl`, its watchlists beside it): a town and a nearby town or
city that names it (a hospital receiving an attack's wounded, a city's police blaming a group for
a bomb in a suburb, a county's toll), and what must stay apart there: a roadside bomb near the
county town the next day, a market bomb in the nearby town the same day, an ambush "the day after"
the attack, a protest over the killings, another village attacked the same evening. Places are
real, incidents invented; two villages geonames does not know have `coords:`.

First figures, on e9e21cb (before the place hierarchy), of its first 17 reports: `FIRST`. Three
more negatives were written after the first rule was in (an army patrol harassed near the
bomb's suburb the next day, an attack near the city "hours after" the killings, houses torched
in another village near the town): all 20 on the base tree, precision 0.833, recall 0.500, F1
0.625, 1.23 messages per incident, the patrol's report hidden in the car bomb's story. With
places near each other (`bot.story.NEAR`: one province within 150 km, or 50 km; the new report
naming the earlier one's place), what came of an incident told at a nearby place
(`_told_nearby`), a patrol read as its target, and a later report that names another watched
place or target no longer "more of the same": precision 1.000, recall 1.000, 1.00 messages per
incident, none hidden or late.
"""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot import story
from bot.geo.model import distance_km
from bot.story import NEAR, NEAR_KM, Report, StoryIndex, explain, place_agreement, relation
from tests.test_story_blind3 import measure, summary
from tests.test_story_labelled import group, load, reports, scores, story_matcher

FIRST = {"precision": 1.000, "recall": 0.500, "f1": 0.667, "messages per incident": 1.30, "hidden": 0, "late": 0}
FLOORS = {"precision": 0.97, "recall": 0.87}


def test_towns_near_each_other_and_their_province() -> None:
    m = measure("same_story_dev4")
    print(summary("invented development set 4", m))
    assert m["unmatched"] == 0
    assert m["precision"] >= FLOORS["precision"]
    assert m["recall"] >= FLOORS["recall"]
    assert m["hidden"] == 0 and m["late"] == 0


def test_the_near_rule_earns_its_place(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without places near each other, this set's recall falls (to 0.7 since places15 reads the
    county's toll, "Lamu county commissioner said", as at Mpeketoni itself; 0.5 before); and
    switching it off raises no set's F1 (the second blind set's rose with it: 0.950 -> 0.964)."""
    sets = {
        "dev4": ("same_story_dev4.jsonl", "same_story_dev4_watchlists.yaml"),
        "blind2": ("same_story_blind2.jsonl", "same_story_blind2_watchlists.yaml"),
    }
    found = {name: (load(rows), reports(load(rows), story_matcher(config))) for name, (rows, config) in sets.items()}

    def figures() -> dict[str, tuple[float, float, float]]:
        return {name: scores(rows, group(reports_, StoryIndex(72))) for name, (rows, reports_) in found.items()}

    on = figures()
    monkeypatch.setitem(story.RULES, "near", False)
    off = figures()
    print(f"\nnear on: {on}\nnear off: {off}")
    assert FIRST["recall"] <= off["dev4"][1] < on["dev4"][1]
    assert all(off[name][2] <= on[name][2] for name in sets)


def _reports(*ids: str) -> dict[str, Report]:
    """The set's reports with these ids, read by the bot's matcher (with the gazetteer's places)."""
    rows = load("same_story_dev4.jsonl")
    found = reports(rows, story_matcher("same_story_dev4_watchlists.yaml"))
    by_id = {row["id"]: made for row, made in zip(rows, found, strict=True) if made is not None}
    return {i: by_id[i] for i in ids}


def test_a_town_and_its_nearby_town_carry_their_division_and_point_through_a_restart() -> None:
    got = _reports("b1-0", "b1-2")
    barsalogho, kaya = got["b1-0"], got["b1-2"]
    # Barsalogho and Kaya: one Burkinabe region by GeoNames' admin1 code, some 37 km apart.
    assert barsalogho.area is not None and barsalogho.area == kaya.area and barsalogho.area.startswith("BF.")
    assert barsalogho.point is not None and kaya.point is not None
    assert 10 < distance_km(*barsalogho.point, *kaya.point) < NEAR_KM
    saved = Report.from_json(kaya.item_id, json.loads(json.dumps(kaya.to_json())))
    assert (saved.area, saved.point) == (kaya.area, kaya.point)
    # Kaya's hospital names Barsalogho's wounded: near, and one story; the other way round it names nothing.
    assert place_agreement(kaya, barsalogho) == NEAR
    assert place_agreement(barsalogho, kaya) is None
    assert relation(kaya, barsalogho, 72)[0] == NEAR
    assert "near each other" in explain(kaya, barsalogho, 72)


def test_a_countys_toll_naming_its_town_is_at_the_town() -> None:
    """"Lamu: toll ... rises", its summary "the police station in Mpeketoni ..., Lamu county
    commissioner said": Lamu is Mpeketoni's county here (places15), so the toll is at Mpeketoni."""
    got = _reports("k1-0", "k1-1")
    assert got["k1-1"].primary == got["k1-0"].primary == "Mpeketoni"
    assert place_agreement(got["k1-1"], got["k1-0"]) is not None


def test_places_far_apart_or_a_site_and_its_own_city_are_not_near() -> None:
    got = _reports("b1-0", "b1-2", "b3-0")
    barsalogho, kaya = got["b1-0"], got["b1-2"]
    far = replace(barsalogho, area="BF.99", point=(barsalogho.point[0] + 1.0, barsalogho.point[1]) if barsalogho.point else None)
    assert place_agreement(kaya, far) is None  # another region, 110 km away
    wide = replace(far, area=kaya.area, point=(kaya.point[0] + 2.0, kaya.point[1]) if kaya.point else None)
    assert place_agreement(kaya, wide) is None  # one region, yet 220 km apart
    # "Kaya : une embuscade ... au lendemain de l'attaque de Barsalogho": near Barsalogho and
    # naming it, yet another incident; the Kaya hospital's wounded from Barsalogho are its own.
    assert got["b3-0"].sequel and place_agreement(got["b3-0"], got["b1-0"]) == NEAR
    assert relation(got["b3-0"], got["b1-0"], 72)[0] is None
    assert relation(got["b1-2"], got["b1-0"], 72)[0] == NEAR
    airport = replace(kaya, primary="Kaya airport", primary_kind="site", places=frozenset({"Kaya airport", "Kaya"}))
    city = replace(kaya, places=frozenset({"Kaya"}))
    assert place_agreement(airport, city) != NEAR  # the within rules' case, with their caution


def test_a_place_known_only_as_a_point_lies_in_the_division_of_its_nearest_town(tmp_path: Path) -> None:
    from bot.config import load_config
    from bot.geo import load_gazetteer
    from bot.match import placed_matcher
    from bot.pipeline import areas_of
    from bot.places import look_up_places

    config = tmp_path / "config.yaml"
    config.write_text(
        "feeds:\n  - name: Test\n    path: feed.xml\n"
        "watchlists:\n"
        "  north:\n"
        "    title: North\n"
        "    locations:\n"
        "      - name: Mueda\n"
        "      - name: Nkonga camp\n"  # a made-up camp a few km from Mueda
        "        coords: [-11.70, 39.58]\n"
        "      - name: Far island\n"  # a point at sea, no town of any country near
        "        coords: [-10.0, 45.0]\n"
        "    keywords: [attack]\n",
        encoding="utf-8",
    )
    watchlists = load_config(config).watchlists
    areas = areas_of(placed_matcher(watchlists, load_gazetteer(), look_up_places))
    assert areas["Mueda"][0] is not None and areas["Mueda"][0].startswith("MZ.")
    assert areas["Nkonga camp"][0] == areas["Mueda"][0]
    assert areas.get("Far island", (None, None))[0] is None


def test_a_watched_province_is_a_division_and_a_town_of_a_region_s_name_is_not(tmp_path: Path) -> None:
    from bot.config import load_config
    from bot.geo import load_gazetteer
    from bot.match import placed_matcher
    from bot.pipeline import divisions_of, places_of
    from bot.places import look_up_places

    config = tmp_path / "config.yaml"
    config.write_text(
        "feeds:\n  - name: Test\n    path: feed.xml\n"
        "watchlists:\n"
        "  north:\n"
        "    title: North\n"
        "    locations:\n"
        "      - name: Mozambique\n"
        "      - name: Niassa\n"  # a province, placed by its point
        "        coords: [-13.1, 35.5]\n"
        "      - name: Lichinga\n"
        "      - name: Niger\n"
        "      - name: Tillabéri\n"  # a region and its town: the gazetteer's town
        "    keywords: [attack]\n",
        encoding="utf-8",
    )
    matcher = placed_matcher(load_config(config).watchlists, load_gazetteer(), look_up_places)
    assert divisions_of(matcher) == frozenset({"Niassa"})
    named = places_of(matcher, matcher.match("Mozambique: soldiers killed in Niassa attack", ""))
    niassa = next(p for p in named if p.name == "Niassa")
    assert niassa.division and niassa.kind == "city" and niassa.area is not None and niassa.area.startswith("MZ.")
