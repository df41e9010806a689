"""Resolving watched locations (bot/geo/resolve.py): the rules on a small gazetteer, then a few
answers of the real one, and what check-config says."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, LocationConfig, WatchlistConfig, parse_config
from bot.geo import Gazetteer, GeoPlace, load_gazetteer
from bot.geo.resolve import NAMED_MID_SENTENCE, gazetteer_aliases, radius_problems, resolve_watchlists
from bot.match import Matcher, placed_matcher
from bot.runtime import Settings

ROOT = Path(__file__).resolve().parents[1]


def city(gid: int, name: str, country: str, lat: float, lon: float, population: int = 1000) -> GeoPlace:
    return GeoPlace(f"gn:{gid}", name, "city", country, lat, lon, population, geonameid=gid, zone="Africa/Bamako")


def airport(iata: str, icao: str, name: str, country: str, lat: float, lon: float, serves: int | None = None) -> GeoPlace:
    return GeoPlace(f"iata:{iata}", name, "airport", country, lat, lon, iata=iata, icao=icao, serves=serves)


def country(code: str, name: str) -> GeoPlace:
    return GeoPlace(f"country:{code}", name, "country", code, math.nan, math.nan, 1_000_000)


BAMAKO = city(2460596, "Bamako", "ML", 12.65, -8.0, 1_297_281)
KATI = city(2455558, "Kati", "ML", 12.744, -8.073, 130_254)
SENOU = airport("BKO", "GABS", "Senou Airport", "ML", 12.5335, -7.9499, serves=2460596)
PALMA_ES = city(1, "Palma", "ES", 39.57, 2.65, 438_234)
PALMA_MZ = city(2, "Palma", "MZ", -10.77, 40.47, 50_000)
PEMBA = city(3, "Pemba", "MZ", -12.97, 40.52, 232_932)
GOMA = city(216281, "Goma", "CD", -1.67, 29.23, 432_587)
SMALL = Gazetteer.from_places(
    [
        (BAMAKO, ["Bamaco", "Kati"]),  # an alternate that is another town's own name
        KATI,
        SENOU,
        PALMA_ES,
        PALMA_MZ,
        PEMBA,
        GOMA,
        country("ML", "Mali"),
        country("MZ", "Mozambique"),
    ]
)


def resolve(*locations: dict, title: str = "Watch", gazetteer: Gazetteer = SMALL) -> dict[str, object]:
    watchlist = WatchlistConfig(title=title, locations=[LocationConfig(**loc) for loc in locations])
    return {loc: r for (_, loc), r in resolve_watchlists(gazetteer, {"w": watchlist}).items()}


def test_a_country_a_city_and_an_airport() -> None:
    found = resolve({"name": "Mali"}, {"name": "Bamako"}, {"name": "Bamako airport"}, {"name": "aéroport de Bamako"})
    assert found["Mali"].kind == "country" and found["Mali"].place.id == "country:ML"  # type: ignore[attr-defined]
    assert found["Bamako"].place == BAMAKO  # type: ignore[attr-defined]
    assert found["Bamako airport"].place == SENOU  # type: ignore[attr-defined]
    assert found["aéroport de Bamako"].place == SENOU  # type: ignore[attr-defined]


def test_an_airport_by_its_code_or_official_name() -> None:
    found = resolve({"name": "Main airport", "aliases": ["BKO"]}, {"name": "Senou Airport"})
    assert found["Main airport"].place == SENOU  # type: ignore[attr-defined]
    assert found["Senou Airport"].place == SENOU  # type: ignore[attr-defined]


def test_namesakes_are_chosen_by_the_watchlist() -> None:
    assert resolve({"name": "Palma"})["Palma"].place == PALMA_ES  # type: ignore[attr-defined]
    assert resolve({"name": "Palma"}, {"name": "Pemba"})["Palma"].place == PALMA_MZ  # type: ignore[attr-defined]
    assert resolve({"name": "Palma"}, title="Mozambique")["Palma"].place == PALMA_MZ  # type: ignore[attr-defined]


def test_a_site_is_where_its_coords_or_the_place_its_name_contains() -> None:
    found = resolve(
        {"name": "Goma barracks"},
        {"name": "Faladié gendarmerie school"},
        {"name": "Faladié police station", "coords": [12.60, -7.97]},
    )
    assert found["Goma barracks"].kind == "site" and found["Goma barracks"].point == (GOMA.lat, GOMA.lon)  # type: ignore[attr-defined]
    assert not found["Faladié gendarmerie school"].resolved  # type: ignore[attr-defined]
    assert found["Faladié police station"].point == (12.60, -7.97)  # type: ignore[attr-defined]


def test_coords_choose_the_namesake_there() -> None:
    """The admin who types coords says where: the namesake near them, however small, and the
    watchlist's countries or a larger namesake elsewhere do not overrule them."""
    near_mz = resolve({"name": "Palma", "coords": [-10.8, 40.5]})["Palma"]
    assert near_mz.place == PALMA_MZ and near_mz.kind == "city"  # type: ignore[attr-defined]
    near_es = resolve({"name": "Palma", "coords": [39.6, 2.6]}, {"name": "Pemba"})["Palma"]
    assert near_es.place == PALMA_ES  # type: ignore[attr-defined]


def test_a_name_far_from_its_coords_is_a_site_there_and_says_why() -> None:
    found = resolve({"name": "Bamako"}, {"name": "Goma", "coords": [12.6, -8.0]})["Goma"]
    assert found.place is None and found.kind == "site" and found.point == (12.6, -8.0)  # type: ignore[attr-defined]
    assert found.describe() == (  # type: ignore[attr-defined]
        "w/Goma: site at (12.60, -8.00) (coords) (namesakes only elsewhere (CD): a site at its coords)"
    )
    palma = resolve({"name": "Palma", "coords": [0.0, 0.0]})["Palma"]
    assert palma.place is None and palma.point == (0.0, 0.0)  # type: ignore[attr-defined]
    assert "the gazetteer's Palma, ES is 4408 km from its coords: a site at its coords" in palma.describe()  # type: ignore[attr-defined]


@pytest.mark.parametrize("typed", ["Palma, Mozambique", "Palma (Mozambique)", "Palma,Mozambique"])
def test_a_city_typed_with_its_country_is_that_countrys_city(typed: str) -> None:
    found = resolve({"name": typed})[typed]
    assert found.place == PALMA_MZ and found.kind == "city"  # type: ignore[attr-defined]
    assert resolve({"name": "Palma, Spain"})["Palma, Spain"].place != PALMA_MZ  # type: ignore[attr-defined]


def test_check_config_lines() -> None:
    found = resolve({"name": "Bamako"}, {"name": "Bamako airport"}, {"name": "Faladié gendarmerie school"})
    assert found["Bamako"].describe() == "w/Bamako: city Bamako, ML (12.65, -8.00), geonameid 2460596"  # type: ignore[attr-defined]
    assert found["Bamako airport"].describe() == "w/Bamako airport: airport BKO Senou Airport, ML (12.53, -7.95)"  # type: ignore[attr-defined]
    assert found["Faladié gendarmerie school"].describe() == (  # type: ignore[attr-defined]
        "w/Faladié gendarmerie school: not resolved (a site: give coords: to measure distances from it)"
    )


def test_gazetteer_aliases_skip_another_places_name() -> None:
    found = resolve({"name": "Bamako"}, {"name": "Bamako airport"})
    latin = [alias for alias in gazetteer_aliases(SMALL, found["Bamako"]) if "transcribed" not in alias[1]]
    assert latin == [("Bamaco", "alternate")]  # not "Kati", a town of its own (the small gazetteer has no Arabic name)
    assert gazetteer_aliases(SMALL, found["Bamako airport"]) == [("Senou Airport", "primary"), ("BKO", "iata")]


CONFIG = """\
feeds:
  - name: A
    url: https://example.com/rss
watchlists:
  x:
    title: Bamako
    locations:
      - name: Faladié gendarmerie school
        radius: 5km
"""


def test_a_radius_with_nothing_to_measure_from_is_a_config_error_with_its_line() -> None:
    config = parse_config(CONFIG)
    (problem,) = radius_problems(config, resolve_watchlists(SMALL, config.watchlists))
    assert str(problem) == "line 9: watchlists.x.locations[0].radius: nothing to measure from: add coords: [lat, lon]"
    with pytest.raises(ConfigError):
        Settings.build(config, SMALL)
    with_coords = parse_config(CONFIG + "        coords: [12.60, -7.97]\n")
    assert radius_problems(with_coords, resolve_watchlists(SMALL, with_coords.watchlists)) == []


@pytest.mark.parametrize(
    ("radius", "ok"), [("25km", 25.0), ("25 km", 25.0), ("5km", 5.0), (12, 12.0), ("0km", None), ("501km", None), ("5mi", None)]
)
def test_radius_values(radius: object, ok: float | None) -> None:
    if ok is None:
        with pytest.raises(ValueError):
            LocationConfig(name="x", radius=radius)
    else:
        assert LocationConfig(name="x", radius=radius).radius == ok


@pytest.mark.parametrize("coords", [[91, 0], [0, 181], [1], "12,3", [True, 1]])
def test_coords_out_of_range_are_errors(coords: object) -> None:
    with pytest.raises(ValueError):
        LocationConfig(name="x", coords=coords)


def test_unknown_location_key_is_an_error_with_its_line() -> None:
    with pytest.raises(ConfigError) as error:
        parse_config(CONFIG.replace("radius: 5km", "raduis: 5km"))
    want = "line 9: watchlists.x.locations[0].raduis: unknown key 'raduis': did you mean 'radius'?"
    assert str(error.value.problems[0]) == want


# --- the real gazetteer ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return load_gazetteer()


def test_real_bamako_airport_is_bko(real: Gazetteer) -> None:
    found = resolve({"name": "Bamako airport"}, gazetteer=real)
    assert found["Bamako airport"].place.iata == "BKO"  # type: ignore[attr-defined]


def test_real_kidal_is_in_mali(real: Gazetteer) -> None:
    found = resolve({"name": "Kidal"}, gazetteer=real)
    assert found["Kidal"].place.country == "ML"  # type: ignore[attr-defined]
    assert found["Kidal"].describe() == "w/Kidal: city Kidal, ML (18.44, 1.41), geonameid 2455290"  # type: ignore[attr-defined]


def test_real_palma_beside_pemba_is_not_spain(real: Gazetteer) -> None:
    """GeoNames (cities of 500 or more) has no Palma in Mozambique: the watchlist points there,
    so no namesake elsewhere is taken, and a radius on it would need coords."""
    found = resolve({"name": "Pemba"}, {"name": "Mocímboa da Praia"}, {"name": "Palma"}, gazetteer=real)
    assert found["Pemba"].place.country == "MZ"  # type: ignore[attr-defined]
    palma = found["Palma"]
    assert palma.place is None or palma.place.country == "MZ"  # type: ignore[attr-defined]


def test_real_a_town_typed_with_coords_or_its_country_is_that_town(real: Gazetteer) -> None:
    """GeoNames has a Kita in Tokyo more populous than Mali's: coords in Mali, or "Kita, Mali",
    say which; the matcher then names it by its own name and turns the Tokyo one away."""
    found = resolve({"name": "Burkina Faso"}, {"name": "Kita", "coords": [13.03, -9.49]}, {"name": "Nara, Mali"}, gazetteer=real)
    assert found["Kita"].place.country == "ML"  # type: ignore[attr-defined]
    assert found["Nara, Mali"].place.country == "ML" and found["Nara, Mali"].kind == "city"  # type: ignore[attr-defined]
    watchlist = WatchlistConfig(
        title="West",
        locations=[LocationConfig(name="Burkina Faso"), LocationConfig(name="Nara, Mali")],
        keywords=["attack"],
    )
    matcher = placed_matcher({"w": watchlist}, real)
    assert [m.location for r in matcher.match("Gunmen attack Nara, killing three", "") for m in r.locations] == ["Nara, Mali"]


def test_real_a_town_the_gazetteer_spells_otherwise_is_no_site_in_its_first_word(real: Gazetteer) -> None:
    """ "Ben Guerdane" (GeoNames: Ben Gardane) is not a site in "Ben" (Bern's alternate name):
    its other word is a name, not a word of sites; "Goma Central Prison" is still Goma's."""
    found = resolve({"name": "Tunisia"}, {"name": "Ben Guerdane"}, gazetteer=real)
    assert found["Ben Guerdane"].place is None  # type: ignore[attr-defined]
    prison = resolve({"name": "Goma Central Prison"}, {"name": "Bukavu"}, gazetteer=real)["Goma Central Prison"]
    assert prison.place.name == "Goma"  # type: ignore[attr-defined]


def test_check_config_prints_each_location_and_fails_on_a_radius_without_a_point(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    good = tmp_path / "good.yaml"
    good.write_text(CONFIG.replace("        radius: 5km\n", "      - name: Bamako airport\n      - name: Kidal\n"))
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check-config", "--config", str(good)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:3] == [
        "x/Faladié gendarmerie school: not resolved (a site: give coords: to measure distances from it)",
        "x/Bamako airport: airport BKO Senou Airport, ML (12.53, -7.95)",
        "x/Kidal: city Kidal, ML (18.44, 1.41), geonameid 2455290",
    ]
    bad = tmp_path / "bad.yaml"
    bad.write_text(CONFIG)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check-config", "--config", str(bad)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert "line 9: watchlists.x.locations[0].radius: nothing to measure from: add coords: [lat, lon]" in done.stderr


def test_real_world_capitals_in_one_list_are_the_capitals(real: Gazetteer) -> None:
    """Many capitals have American namesakes: counted one vote per country, the towns of a list of
    European capitals made it an American list, and Paris became Paris, Texas."""
    capitals = ("Paris", "London", "Brussels", "Berlin", "Istanbul", "Athens", "Geneva")
    europe = resolve(*({"name": n} for n in capitals), gazetteer=real)
    assert {loc: r.place.country for loc, r in europe.items()} == {  # type: ignore[attr-defined]
        "Paris": "FR", "London": "GB", "Brussels": "BE", "Berlin": "DE", "Istanbul": "TR", "Athens": "GR", "Geneva": "CH",
    }  # fmt: skip
    asia = resolve({"name": "Delhi"}, {"name": "Mumbai"}, {"name": "Dhaka"}, {"name": "Manila"}, gazetteer=real)
    assert asia["Dhaka"].place.country == "BD"  # type: ignore[attr-defined]  # not a village in India
    americas = resolve({"name": "Mexico City"}, {"name": "Caracas"}, {"name": "Lima"}, gazetteer=real)
    assert americas["Lima"].place.country == "PE"  # type: ignore[attr-defined]


def test_real_a_list_about_one_country_still_picks_its_namesake(real: Gazetteer) -> None:
    lebanon = resolve({"name": "Beirut"}, {"name": "Tripoli"}, {"name": "Sidon"}, {"name": "Tyre"}, gazetteer=real)
    assert lebanon["Tripoli"].place.country == "LB"  # type: ignore[attr-defined]
    libya = resolve({"name": "Tripoli"}, {"name": "Benghazi"}, {"name": "Misrata"}, gazetteer=real)
    assert libya["Tripoli"].place.country == "LY"  # type: ignore[attr-defined]


def test_real_a_capital_in_another_countrys_list_is_that_capital(real: Gazetteer) -> None:
    """A list all about Ukraine names Moscow: no namesake lies in Ukraine, but a capital is meant
    by its name; a town with no namesake there (Palma, beside Pemba) is still not taken."""
    found = resolve(*({"name": n} for n in ("Kyiv", "Kharkiv", "Odesa", "Zaporizhzhia", "Moscow")), gazetteer=real)
    assert found["Moscow"].place.country == "RU"  # type: ignore[attr-defined]
    assert found["Zaporizhzhia"].place.population > 500_000  # type: ignore[attr-defined]  # the city, not a village of its name
    drc = resolve({"name": "Goma"}, {"name": "Bunia"}, {"name": "Bangui"}, gazetteer=real)
    assert drc["Bangui"].place.country == "CF"  # type: ignore[attr-defined]


def test_real_a_place_the_title_also_names_is_not_refused(real: Gazetteer) -> None:
    """The title makes Lebanon the list's home; Gaza has no namesake there, but the title names
    Gaza too: it is the Gaza it names, not nothing."""
    found = resolve({"name": "Gaza"}, {"name": "Beirut"}, title="Gaza and Lebanon", gazetteer=real)
    assert found["Gaza"].place.country == "PS"  # type: ignore[attr-defined]


def _real_matcher(real: Gazetteer, *names: str) -> Matcher:
    locations = [LocationConfig(name=n) for n in names]
    watchlist = WatchlistConfig(title="w", locations=locations, keywords=["attack", "attaque", "ataque", "fusillade"])
    return placed_matcher({"w": watchlist}, real)


def test_real_a_world_citys_exonym_shared_with_small_towns_is_an_alias(real: Gazetteer) -> None:
    """ "Bagdad" is the own name of towns of a few thousand in Arizona and Tasmania and the
    French for Baghdad: the French press means the capital. Counted only capitalised, and the
    text still turns the small town away where it says so, in English or French."""
    aliases = dict(gazetteer_aliases(real, resolve({"name": "Baghdad"}, gazetteer=real)["Baghdad"]))
    assert aliases.get("Bagdad") == "alternate (counted only capitalised)"
    matcher = _real_matcher(real, "Baghdad", "Algiers")

    def named(title: str) -> list[str]:
        return [m.location for result in matcher.match(title, "") for m in result.locations]

    assert named("Bagdad : des roquettes tombent sur la zone verte, une attaque") == ["Baghdad"]
    assert named("Fusillade à Alger : deux morts") == ["Algiers"]
    for elsewhere in ("Attack at a bar in Bagdad, Tasmania", "Fusillade à Bagdad, en Arizona", "Shooting attack in Alger, Ohio"):
        assert not any(r.alerts for r in matcher.match(elsewhere, "")), elsewhere


def test_real_another_places_name_is_no_alias_of_a_world_city(real: Gazetteer) -> None:
    """GeoNames also files other places' and things' names under a world city ("Edo", an old
    name of Tokyo, is a Nigerian state; "Olbia" for Antalya is a town in Sardinia), and words of
    the press's languages ("Rio"): none of them is taken as GeoNames files it. "Rio" is Rio de
    Janeiro's short form (the words before "de"), an everyday word: counted only capitalised
    within a sentence."""
    for location, foreign in (("Tokyo", "Edo"), ("Antalya", "Olbia"), ("Jakarta", "Sakata")):
        aliases = {text for text, _ in gazetteer_aliases(real, resolve({"name": location}, gazetteer=real)[location])}
        assert foreign not in aliases, location
    rio = dict(gazetteer_aliases(real, resolve({"name": "Rio de Janeiro"}, gazetteer=real)["Rio de Janeiro"]))
    assert rio["Rio"] == f"short form ({NAMED_MID_SENTENCE})"


def test_real_a_province_is_no_town_its_name_contains(real: Gazetteer) -> None:
    """"Cabo Delgado" is a province of Mozambique (ISO 3166-2); "Cabo" is also Cabo de Santo
    Agostinho in Brazil. As a location it is matched by its name, placed nowhere else; in the
    title it points the watchlist at Mozambique, not at Brazil."""
    found = resolve({"name": "Pemba"}, {"name": "Cabo Delgado"}, title="Cabo Delgado insurgency", gazetteer=real)
    province = found["Cabo Delgado"]
    assert province.place is None and province.point is None  # type: ignore[attr-defined]
    assert "first-level division of MZ" in province.note  # type: ignore[attr-defined]
    assert found["Pemba"].place.country == "MZ"  # type: ignore[attr-defined]
    results = _real_matcher(real, "Cabo Delgado").match("Insurgents attack villages in Cabo Delgado", "")
    assert [m.location for r in results for m in r.locations] == ["Cabo Delgado"]


def test_real_a_city_named_like_a_country_in_its_own_countrys_list(real: Gazetteer) -> None:
    """"Salvador" is El Salvador in French and Bahia's capital: in a list of Brazilian cities
    the city, in a list of Central American countries the country."""
    brazil = resolve({"name": "Salvador"}, {"name": "Recife"}, {"name": "Fortaleza"}, gazetteer=real)
    assert (brazil["Salvador"].kind, brazil["Salvador"].place.country) == ("city", "BR")  # type: ignore[attr-defined]
    americas = resolve({"name": "Salvador"}, {"name": "Honduras"}, {"name": "Guatemala"}, gazetteer=real)
    assert (americas["Salvador"].kind, americas["Salvador"].place.country) == ("country", "SV")  # type: ignore[attr-defined]


def test_real_a_spelling_the_gazetteer_lacks_is_found_near_the_lists_other_places(real: Gazetteer) -> None:
    """"Hodeidah" is how the English press writes Al Ḩudaydah; GeoNames has "Hodeida" and
    "Hudaydah". Beside Sanaa and Aden, the town of that skeleton is taken; alone, with nothing
    to be near, the name stays unresolved rather than guessed."""
    yemen = resolve({"name": "Sanaa"}, {"name": "Aden"}, {"name": "Hodeidah"}, gazetteer=real)
    hodeidah = yemen["Hodeidah"]
    assert (hodeidah.kind, hodeidah.place.geonameid) == ("city", 79415)  # type: ignore[attr-defined]
    assert hodeidah.note == "spelt Al Ḩudaydah in the gazetteer"  # type: ignore[attr-defined]
    assert resolve({"name": "Hodeidah"}, gazetteer=real)["Hodeidah"].place is None  # type: ignore[attr-defined]


def test_real_a_site_known_by_its_coords_is_in_its_watchlists_country(real: Gazetteer) -> None:
    """GeoNames has no Palma in Mozambique; typed with coords on its coast (40 km from Tanzania)
    it is a point in Mozambique, the country its list points at: an item about Spain's Palma is
    turned away, one about Mozambique's alerts."""
    locations = [
        LocationConfig(name="Pemba"),
        LocationConfig(name="Mocímboa da Praia"),
        LocationConfig(name="Palma", coords=(-10.77, 40.47)),
    ]
    watchlist = WatchlistConfig(title="w", locations=locations, keywords=["fusillade", "attaque", "manifestation"])
    assert resolve_watchlists(real, {"w": watchlist})[("w", "Palma")].country == "MZ"
    matcher = placed_matcher({"w": watchlist}, real)
    assert not any(r.alerts for r in matcher.match("Espagne : fusillade dans un bar de Palma, deux blessés", ""))
    # a region of Spain the gazetteer has no town of is a sign of Spain, as a demonym is
    assert not any(r.alerts for r in matcher.match("Baléares : manifestation contre le tourisme de masse à Palma", ""))
    assert any(r.alerts for r in matcher.match("Cabo Delgado : attaque insurgée à Palma, au Mozambique", ""))


def test_real_cldr_names_a_capital_in_french_portuguese_and_spanish(real: Gazetteer) -> None:
    """"Londres" and "Bruxelles" are frequent words of French, so the gazetteer marks them; CLDR
    names the cities of its time zones in each language, and vouches for them: they count,
    capitalised within a sentence or as a dateline, never as "Seul" opening a French sentence."""
    matcher = _real_matcher(real, "London", "Brussels", "Khartoum", "Seoul")

    def named(title: str) -> list[str]:
        return [m.location for result in matcher.match(title, "") for m in result.locations]

    assert named("Une attaque à Londres fait deux morts") == ["London"]
    assert named("Londres : une attaque au couteau fait deux morts") == ["London"]
    assert named("Une attaque à Bruxelles") == ["Brussels"]
    assert named("Ataque em Cartum deixa dois mortos") == ["Khartoum"]
    assert named("Seul le ministre parle d'une attaque") == []


def test_real_the_places_own_name_is_an_alias_when_another_was_typed(real: Gazetteer) -> None:
    """ "Galkayo" typed finds GeoNames' Gaalkacyo: the Somali press's spelling, the place's own
    name, is as good a name as its alternates."""
    aliases = dict(gazetteer_aliases(real, resolve({"name": "Galkayo"}, gazetteer=real)["Galkayo"]))
    assert aliases.get("Gaalkacyo") == "primary"


def test_real_a_watched_city_is_named_by_its_airports_code_unless_the_airport_is_watched(real: Gazetteer) -> None:
    """A city with no airport watched takes the codes of the airports that serve it or lie within
    its radius, counted in a sentence about flying; a city whose airport is watched too leaves the
    code to the airport. A watched airport's official name is also written without its city's."""
    watchlist = WatchlistConfig(
        title="w",
        locations=[LocationConfig(name="Maiduguri"), LocationConfig(name="Beirut"), LocationConfig(name="Beirut airport")],
        keywords=["attack", "mortar", "shelling"],
    )
    matcher = placed_matcher({"w": watchlist}, real)

    def named(title: str, summary: str = "") -> set[str]:
        return {m.location for result in matcher.match(title, summary) if result.alerts for m in result.locations}

    assert named("Mortar rounds land near MIU, flights grounded for the night") == {"Maiduguri"}
    assert named("MIU lecturers join strike after attack on colleague") == set()  # no word of flying: a university
    assert named("Shelling near BEY as two carriers cancel their evening flights") == {"Beirut airport"}
    assert named("Drone attack on a fuel depot beside Rafic Hariri International Airport") == {"Beirut airport"}
    found = resolve({"name": "Maiduguri"}, gazetteer=real)["Maiduguri"]
    assert "MIU" not in dict(gazetteer_aliases(real, found))  # the config unknown: no airport taken


def test_real_a_citys_own_name_of_several_words_is_an_alias_when_another_spelling_was_typed(real: Gazetteer) -> None:
    """ "Mazar-i-Sharif" typed: GeoNames' own "Mazār-e Sharīf" is an alias ("Mazar-e-Sharif" in the
    news), though every word of the place's name is in it, as in a name qualified in some language."""
    found = resolve({"name": "Mazar-i-Sharif"}, gazetteer=real)["Mazar-i-Sharif"]
    assert dict(gazetteer_aliases(real, found)).get("Mazār-e Sharīf") == "primary"
    matcher = _real_matcher(real, "Mazar-i-Sharif")
    results = matcher.match("Attack on a shrine in Mazar-e-Sharif leaves four dead", "")
    assert [m.location for r in results for m in r.locations] == ["Mazar-i-Sharif"]


def test_real_a_watched_airport_by_the_citys_arabic_name_and_without_international(real: Gazetteer) -> None:
    """ "Kabul airport" typed: "مطار كابل الدولي" names it (the city's Arabic name after the word
    for airport); "Mogadishu airport" is also its official name without "International" ("Aden
    Adde airport"). The city alone is still only the city."""
    watchlist = WatchlistConfig(
        title="w",
        locations=[LocationConfig(name="Kabul airport"), LocationConfig(name="Mogadishu airport")],
        keywords=["attack", "gunfire", "هجوم", "صاروخ"],
    )
    matcher = placed_matcher({"w": watchlist}, real)

    def named(title: str) -> set[str]:
        return {m.location for result in matcher.match(title, "") if result.alerts for m in result.locations}

    assert named("سقوط صاروخ قرب مطار كابل الدولي") == {"Kabul airport"}
    assert named("Gunfire heard near Aden Adde airport as flights resume") == {"Mogadishu airport"}
    assert named("هجوم على سوق في كابل") == set()


@pytest.mark.parametrize(
    ("title", "listed", "site", "coords", "country"),
    [
        # Ifo camp (Dadaab, Kenya) in a list mostly of Somali towns that also holds a Kenyan one:
        # Somalia's towns lie farther (Dhobley, 85 km) than Kenya's (Dadaab, 9 km).
        ("Somalia and the border", ["Kismayo", "Baidoa", "Mandera"], "Ifo camp", (0.05, 40.31), "KE"),
        # An island of Lake Chad in a list about Borno whose title names Chad: Bol is nearer than
        # any town of Nigeria.
        ("Borno and Lake Chad", ["Monguno", "Gubio", "Dikwa"], "Kinasserom", (13.45, 14.20), "TD"),
        # A village of Niger's Tillabéri in a list about Mali and Burkina Faso that names Niger's
        # capital: Téra (Niger) is 30 km off, Burkina's nearest town 90.
        ("Liptako-Gourma", ["Ménaka", "Djibo", "Niamey"], "Gorouol", (14.25, 0.90), "NE"),
        # Palma, 44 km from Tanzania's nearest town, in a list whose Pemba airport is also Tanzania's:
        # a namesake's share of a town is no pointing at Tanzania
        ("Mozambique", ["Pemba", "Pemba airport", "Macomia", "Maputo"], "Palma", (-10.78, 40.47), "MZ"),
    ],
)
def test_real_a_site_known_by_its_coords_is_in_the_nearest_of_its_lists_countries(
    real: Gazetteer, title: str, listed: list[str], site: str, coords: tuple[float, float], country: str
) -> None:
    """A `coords:` site the gazetteer does not list is in the nearest of the countries its
    watchlist points at, not the one it points at most: a list of Somali towns may watch a camp
    across the border in Kenya. (The watchlist's countries still come first: Palma, above.)"""
    locations = [LocationConfig(name=n) for n in listed] + [LocationConfig(name=site, coords=coords)]
    watchlist = WatchlistConfig(title=title, locations=locations)
    assert resolve_watchlists(real, {"w": watchlist})[("w", site)].country == country


def test_real_a_demonym_in_the_title_says_the_lists_country(real: Gazetteer) -> None:
    """"Southern Somalia and the Kenyan border": a camp on Kenya's side, known only by its
    coords, is Kenya's though every town the list names is Somalia's."""
    locations = [LocationConfig(name=n) for n in ("Kismayo", "Baidoa", "Dhobley")]
    locations.append(LocationConfig(name="Ifo camp", coords=(0.05, 40.31)))
    watchlist = WatchlistConfig(title="Southern Somalia and the Kenyan border", locations=locations)
    assert resolve_watchlists(real, {"w": watchlist})[("w", "Ifo camp")].country == "KE"



def test_real_a_country_named_town_in_its_own_countrys_list_is_the_town(real: Gazetteer) -> None:
    """"Armenia" in a list titled Colombia of Colombian towns is Quindío's capital (300,000
    people), not the country; in a list of the country's neighbours it stays the country."""

    def resolved(title: str, *names: str) -> tuple[str, str | None]:
        watchlist = WatchlistConfig(title=title, locations=[LocationConfig(name=n) for n in names], keywords=["attack"])
        found = resolve_watchlists(real, {"w": watchlist})[("w", names[0])]
        return found.kind, found.country

    assert resolved("Colombia", "Armenia", "Cali", "Pereira") == ("city", "CO")
    assert resolved("Caucasus", "Armenia", "Tbilisi", "Baku") == ("country", "AM")
    assert resolved("Colombia and Armenia", "Armenia", "Cali") == ("country", "AM")
