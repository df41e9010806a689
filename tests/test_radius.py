"""Alerts by distance: a place named within a location's `radius:` alerts it, and the alert and
the match say which place and how far (PRODUCT.md "Places")."""

from __future__ import annotations

import json

import pytest

from bot.config import parse_config
from bot.deliver import alert_view
from bot.geo import Gazetteer, GeoPlace, load_gazetteer
from bot.geo.resolve import place_model
from bot.match import Matcher
from bot.records import AlertMatch, Delivery
from bot.render import render_text
from bot.store import _matches_from_json, _matches_json

CONFIG = """\
feeds:
  - name: A
    url: https://example.com/rss
watchlists:
  bamako:
    title: Bamako
    locations:
      - name: Bamako
        radius: 25km
    keywords: [attack, attaque, gunfire]
"""


def city(gid: int, name: str, country: str, lat: float, lon: float, population: int = 1000) -> GeoPlace:
    return GeoPlace(f"gn:{gid}", name, "city", country, lat, lon, population, geonameid=gid, zone="Africa/Bamako")


BAMAKO = city(2460596, "Bamako", "ML", 12.60915, -7.97522, 1_297_281)
KATI = city(2455558, "Kati", "ML", 12.74409, -8.07257, 130_254)
KOULIKORO = city(2454533, "Koulikoro", "ML", 12.86273, -7.55985, 41_602)  # some 53 km away
KATI_CI = city(2287310, "Kati", "CI", 6.51464, -7.52569, 1_464)  # a namesake 680 km away
SMALL = Gazetteer.from_places([BAMAKO, KATI, KOULIKORO, (KATI_CI, ["Kati"]), city(1, "Abidjan", "CI", 5.35, -4.0, 4_000_000)])


def matcher(gazetteer: Gazetteer, config: str = CONFIG) -> Matcher:
    watchlists = parse_config(config).watchlists
    _, nearby, aliases = place_model(gazetteer, watchlists)
    return Matcher(watchlists, None, nearby, aliases)


def found(m: Matcher, title: str, summary: str = "") -> list[dict[str, object]]:
    return [loc.as_dict() for r in m.match(title, summary) for loc in r.locations]


def test_a_town_within_the_radius_alerts_with_via_and_distance() -> None:
    (match,) = found(matcher(SMALL), "Gunmen attack army camp in Kati")
    assert match["location"] == "Bamako" and match["via"] == "Kati"
    assert 15 <= match["distance_km"] <= 18  # type: ignore[operator]


def test_a_town_outside_the_radius_does_not() -> None:
    assert found(matcher(SMALL), "Gunmen attack army camp in Koulikoro") == []


def test_keywords_are_still_required() -> None:
    assert found(matcher(SMALL), "Kati celebrates its harvest festival") == []


def test_the_place_itself_is_a_plain_match() -> None:
    (match,) = found(matcher(SMALL), "Gunfire in Bamako and in Kati")
    assert match["text"] == "Bamako" and "via" not in match


def test_a_namesake_in_a_country_the_item_names_does_not_count() -> None:
    """Here the gazetteer lists the Ivorian Kati first (680 km away); the Malian one, inside the
    radius, is taken unless the item names Côte d'Ivoire, where the other one lies."""
    ci = Gazetteer.from_places(
        [BAMAKO, KATI_CI, (KATI, ["Kati"]), GeoPlace("country:CI", "Ivory Coast", "country", "CI", 6.8, -5.3, 26_000_000)]
    )
    assert found(matcher(ci), "Gunmen attack a village near Kati") != []
    assert found(matcher(ci), "Gunmen attack a village near Kati, Ivory Coast") == []


def test_the_alert_reads_place_distance_location_and_the_record_keeps_it() -> None:
    (result,) = matcher(SMALL).match("Gunmen attack army camp in Kati", "")
    stored = _matches_from_json(_matches_json([AlertMatch.of(result.locations[0], "Africa/Bamako")]))
    assert stored[0].via == "Kati" and stored[0].distance_km == result.locations[0].distance_km
    delivery = Delivery(1, 1, 1, 0, "bamako", "Bamako", "high", stored, "Feed", "Gunmen attack army camp in Kati", "", None, None)
    assert f"Kati, {stored[0].distance_km} km from Bamako" in render_text(alert_view(delivery)).splitlines()[0]


def test_older_records_read_back_with_defaults() -> None:
    (old,) = _matches_from_json(json.dumps([{"location": "Bamako", "alias": "Bamako", "score": 100.0}]))
    assert (old.via, old.distance_km, old.alias_source) == (None, None, "config")


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return load_gazetteer()


def test_real_kati_is_18_km_from_bamako(real: Gazetteer) -> None:
    m = matcher(real)
    (match,) = found(m, "Gunmen attack army camp in Kati, north of the capital")
    assert (match["via"], match["distance_km"]) == ("Kati", 18)
    assert found(m, "Gunmen attack army camp in Koulikoro") == []
    (result,) = m.match("Gunmen attack army camp in Kati", "")
    delivery = Delivery(
        1, 1, 1, 0, "bamako", "Bamako", "high", (AlertMatch.of(result.locations[0], None),), "Feed", "t", "", None, None
    )
    assert "Kati, 18 km from Bamako" in render_text(alert_view(delivery))
    assert "18 km away (within its radius)" in m.explain("Gunmen attack army camp in Kati")


def test_gazetteer_aliases_say_where_they_came_from(real: Gazetteer) -> None:
    config = CONFIG.replace("radius: 25km", "aliases: []")
    m = matcher(real, config)
    (match,) = found(m, "Attaque à Bamaco")
    assert (match["alias"], match["alias_source"]) == ("Bamaco", "gazetteer: alternate")
    assert "from gazetteer: alternate" in m.explain("Attaque à Bamaco")
