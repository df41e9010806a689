"""The first-level divisions the matcher reads (`bot/geo/data/divisions.json`) are what the pinned
pycountry and today's folding give: the file is built by `tools/build_divisions.py` so that no
process reads pycountry at start, and a new pycountry or a change of folding must rebuild it."""

from __future__ import annotations

import json
from importlib import resources

from bot.geo import divisions
from tools.build_divisions import render, tables


def test_the_shipped_divisions_are_what_pycountry_and_the_folding_give() -> None:
    shipped = resources.files("bot.geo").joinpath("data", "divisions.json").read_text(encoding="utf-8")
    assert json.loads(shipped) == tables(), "run `python -m tools.build_divisions` and commit bot/geo/data/divisions.json"
    assert shipped == render(tables())


def test_the_tables_read_from_the_file_place_towns_as_before() -> None:
    assert divisions.division_country(["ohio"]) == "US"
    assert divisions.division_code(["new", "york"]) == ("US", "NY")
    assert divisions.division_country(["georgia"]) is None  # a country's name places nothing
    assert divisions.division_country(["centre"]) is None  # a word of direction or place
    assert divisions.division_country(["punjab"]) is None  # two countries' division
    assert divisions.SHARED_DIVISIONS[("punjab",)] == frozenset({"IN", "PK"})
    assert divisions.spelt_division(["anbar"], "IQ") and not divisions.spelt_division(["anbar"], "SY")
    assert ("borno",) in divisions.divisions_of("NG")
