"""The matcher reading an item's places (bot/geo/context.py): a namesake elsewhere, another
place's airport, a code with nothing of flying about it are turned away; when unsure, the alert
stands.

Most tests use a small hand-built gazetteer (the rules show plainly); a few use the real one.
"""

from __future__ import annotations

import math
from functools import cache

import pytest

import bot.match
from bot.config import Config, parse_config
from bot.geo import Gazetteer, GeoPlace, load_gazetteer
from bot.match import AVIATION_WORDS, Matcher, placed_matcher

CONFIG = """
feeds:
  - name: Test feed
    url: https://example.org/feed.xml
watchlists:
  libya:
    title: Libya
    locations:
      - name: Tripoli
      - name: Misrata
  kabul:
    title: Kabul
    locations:
      - name: Kabul airport
    keywords: [attack, gunfire, rockets, strike]
  bamako:
    title: Bamako
    locations:
      - name: Bamako airport
        aliases: [BKO]
  borno:
    title: Borno
    locations:
      - name: Maiduguri airport
      - name: Maiduguri
"""


def city(gid: int, name: str, country: str, lat: float, lon: float, population: int = 1000) -> GeoPlace:
    return GeoPlace(f"gn:{gid}", name, "city", country, lat, lon, population, geonameid=gid)


def airport(iata: str, name: str, country: str, lat: float, lon: float) -> GeoPlace:
    return GeoPlace(f"iata:{iata}", name, "airport", country, lat, lon, iata=iata)


def country(code: str, name: str) -> GeoPlace:
    return GeoPlace(f"country:{code}", name, "country", code, math.nan, math.nan, 1_000_000)


PLACES = [
    city(1, "Tripoli", "LY", 32.89, 13.19, 1_100_000),
    city(2, "Tripoli", "LB", 34.43, 35.84, 230_000),
    city(3, "Beirut", "LB", 33.89, 35.50, 1_900_000),
    city(4, "Misrata", "LY", 32.38, 15.09, 380_000),
    city(5, "Dubai", "AE", 25.07, 55.30, 3_790_000),
    city(6, "Kabul", "AF", 34.53, 69.17, 4_430_000),
    airport("KBL", "Kabul International Airport", "AF", 34.57, 69.21),
    airport("DXB", "Dubai International Airport", "AE", 25.25, 55.36),
    city(7, "Bamako", "ML", 12.61, -7.98, 2_500_000),
    city(8, "Senou", "ML", 12.55, -7.93, 20_000),
    city(9, "Keita", "NE", 14.76, 5.77, 12_000),  # a town far away, and a surname
    airport("BKO", "Modibo Keita International Airport", "ML", 12.53, -7.95),
    city(10, "Maiduguri", "NG", 11.85, 13.16, 800_000),
    airport("MIU", "Maiduguri International Airport", "NG", 11.86, 13.08),
    city(11, "Lagos", "NG", 6.45, 3.39, 9_000_000),
    country("LY", "Libya"),
    country("LB", "Lebanon"),
    country("AF", "Afghanistan"),
    country("AE", "United Arab Emirates"),
]


@cache
def config() -> Config:
    return parse_config(CONFIG)


@cache
def small() -> Gazetteer:
    return Gazetteer.from_places(PLACES, {"Lebanese": "LB", "Libyan": "LY"})


def built(gazetteer: Gazetteer | None) -> Matcher:
    """As the running bot builds it (runtime.Settings.build); None: without the gazetteer."""
    watchlists = config().watchlists
    if gazetteer is None:
        return Matcher(watchlists)
    return placed_matcher(watchlists, gazetteer)


@cache
def matcher() -> Matcher:
    return built(small())


def located(title: str, summary: str = "", which: Matcher | None = None) -> set[str]:
    which = which or matcher()
    return {f"{r.watchlist}/{m.location}" for r in which.evaluate(title, summary) for m in r.locations}


# --- a namesake elsewhere -----------------------------------------------------------------------


def test_a_namesake_tied_to_another_country_is_turned_away_with_its_reason() -> None:
    assert "libya/Tripoli" not in located("Clashes in Tripoli, Lebanon")
    text = matcher().explain("Clashes in Tripoli, Lebanon")
    assert "Tripoli not matched: 'Tripoli' is a place of the same name elsewhere (Tripoli, Lebanon)" in text


def test_a_namesake_tied_to_another_country_is_that_place_throughout_the_item() -> None:
    assert "libya/Tripoli" not in located("Clashes in Tripoli, Lebanon", "Gunfire was heard in Tripoli overnight.")


def test_a_dateline_elsewhere_turns_the_namesake_away() -> None:
    assert "libya/Tripoli" not in located("BEIRUT (Reuters) - Gunfire was heard overnight in Tripoli")
    assert "libya/Tripoli" not in located("Gunfire heard overnight in Tripoli", "BEIRUT (Reuters) - Lebanese troops deployed")


@pytest.mark.parametrize(
    "title",
    [
        "Gunfire heard overnight in Tripoli",  # nothing says which: the watched one stands
        "Gunfire in Tripoli as Misrata militias mobilise",  # a place near the watched one
        "Tripoli clashes: Libyan and Lebanese envoys meet",  # about both countries: unsure, kept
    ],
)
def test_when_unsure_the_alert_stands(title: str) -> None:
    assert "libya/Tripoli" in located(title)


def test_without_a_gazetteer_nothing_changes() -> None:
    assert "libya/Tripoli" in located("Clashes in Tripoli, Lebanon", which=built(None))


def test_an_item_naming_no_watched_place_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = bot.match.ItemReading
    monkeypatch.setattr(bot.match, "ItemReading", lambda *args: calls.append(args) or real(*args))
    fresh = built(small())
    fresh.evaluate("Heavy rain in Beirut and Dubai", "Flights delayed in Lebanon")
    assert calls == []
    fresh.evaluate("Gunfire near Kabul's airport", "")
    assert len(calls) == 1  # once per item, for both fields


def test_an_item_no_watchlist_would_alert_on_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = bot.match.ItemReading
    monkeypatch.setattr(bot.match, "ItemReading", lambda *args: calls.append(args) or real(*args))
    fresh = built(small())
    assert fresh.match("Flights resume at Kabul's airport", "") == []  # no keyword of the watchlist
    assert calls == []
    assert [r.watchlist for r in fresh.match("Gunfire near Kabul's airport", "")] == ["kabul"]
    assert len(calls) == 1


# --- another place's airport --------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Gunmen attack Dubai airport, Kabul officials say",
        "Kabul and Dubai airport staff strike",
        "Kabul: gunfire at Dubai's airport",
    ],
)
def test_another_place_s_airport_is_not_the_watched_one(title: str) -> None:
    assert "kabul/Kabul airport" not in located(title)


@pytest.mark.parametrize(
    "title",
    [
        "Gunfire near Kabul's international airport",
        "Rockets hit the airport in Kabul",
        "Kabul: gunfire near the airport",
    ],
)
def test_the_watched_city_s_airport_in_other_words(title: str) -> None:
    assert "kabul/Kabul airport" in located(title)


def test_the_reason_names_the_other_place() -> None:
    text = matcher().explain("Gunmen attack Dubai airport, Kabul officials say")
    assert "Dubai" in text and "Kabul airport not matched" in text


@pytest.mark.parametrize(
    "title",
    [
        "Heavy gunfire near Bamako's Modibo Keita International Airport",
        "Bamako: gunfire reported near Senou airport",  # Senou is where Bamako's airport is
        "Gunmen attack BKO",  # a code the admin typed: today's rule
    ],
)
def test_bamako_airport_still_alerts(title: str) -> None:
    assert "bamako/Bamako airport" in located(title)


# --- a place that is only someone's home -------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Maiduguri-born suspect held over Lagos hotel attack", False),
        ("Suspect born in Maiduguri held over Lagos hotel attack", False),
        ("Maiduguri-born suspect held over hotel attack", True),  # no scene named: unsure, kept
        ("Maiduguri-bound bus attacked near Lagos", False),  # no home, but only a journey's end (issue 16)
        ("Workers from Maiduguri attacked near Lagos", False),  # people from a place: their home (issue 16)
        ("Lagos-based group says gunmen attacked Maiduguri", True),
    ],
)
def test_a_place_that_is_only_a_home(title: str, found: bool) -> None:
    assert ("borno/Maiduguri" in located(title)) is found


def test_a_home_says_why() -> None:
    text = matcher().explain("Maiduguri-born suspect held over Lagos hotel attack")
    assert "only the home of someone or something in the item, which happens elsewhere (Lagos)" in text


# --- a place that is only where the news comes from, or where travel began -------------------


@pytest.mark.parametrize(
    ("title", "said"),
    [
        (
            "Gunmen attack hotel in Lagos, officials in Maiduguri said",
            "only where the news comes from ('officials in Maiduguri said')",
        ),
        (
            "Maiduguri officials say gunmen attacked a hotel in Lagos",
            "only where the news comes from ('Maiduguri officials say')",
        ),
        ("Gunmen attacked a hotel in Lagos, according to sources in Maiduguri", "('according to sources in Maiduguri')"),
        ("Speaking in Maiduguri, the minister condemned the attack in Lagos", "('Speaking in Maiduguri')"),
        ("The governor told reporters in Maiduguri that gunmen attacked Lagos", "('told reporters in Maiduguri')"),
        ("A Maiduguri court sentenced three men over the Lagos hotel attack", "('Maiduguri court sentenced')"),
        (
            "Flights from Maiduguri to Lagos suspended after attack at Lagos airport",
            "only where travel began ('Flights from Maiduguri')",
        ),
        ("Attaque à Lagos : selon des sources à Maiduguri, dix morts", "('selon des sources à Maiduguri')"),
        ("Le gouverneur a déclaré à Maiduguri que l'attaque de Lagos avait fait dix morts", "('déclaré à Maiduguri')"),
        (
            "Depuis Maiduguri, le porte-parole a indiqué que des hommes armés ont attaqué Lagos",
            "('Depuis Maiduguri, le porte-parole a indiqué')",
        ),
        ("Les autorités de Maiduguri ont annoncé une attaque à Lagos", "('autorités de Maiduguri ont annoncé')"),
        ("Un tribunal de Maiduguri a condamné les auteurs de l'attaque de Lagos", "('tribunal de Maiduguri a condamné')"),
        (
            "Les vols en provenance de Maiduguri suspendus après une attaque à Lagos",
            "only where travel began ('vols en provenance de Maiduguri')",
        ),
    ],
)
def test_a_place_that_is_only_the_source_of_the_news_or_where_travel_began(title: str, said: str) -> None:
    assert "borno/Maiduguri" not in located(title)
    text = matcher().explain(title)
    assert "Maiduguri not matched" in text and said in text and "while the item happens elsewhere (Lagos)" in text


@pytest.mark.parametrize(
    "title",
    [
        "Gunmen attacked a hotel in Maiduguri, officials in Maiduguri said",  # the scene is named too
        "Officials in Maiduguri said gunmen attacked a hotel",  # no other scene: unsure, kept
        "Gunmen kill two officials in Maiduguri, days after Lagos attack",  # officials who do not speak
        "Two officials in Maiduguri were killed, police in Lagos said",  # the verb is someone else's
        "Flights from Maiduguri to Lagos suspended after attack",  # a destination is no scene
        "Evacuation flights from Maiduguri land in Lagos after attack",  # people leave where the trouble is
        "Gunfire reported in Maiduguri as Lagos officials meet",  # "reported in" makes a scene
        "Officials in Lagos said gunmen attacked Maiduguri",  # the source is the other place
        "Attaque à Maiduguri : selon des sources à Maiduguri, dix morts",
        "État d'urgence déclaré à Maiduguri après l'attaque de Lagos",  # no auxiliary: not said there
    ],
)
def test_when_the_source_may_be_the_scene_the_alert_stands(title: str) -> None:
    assert "borno/Maiduguri" in located(title)


def test_a_source_is_no_scene_for_a_home_either() -> None:
    assert "borno/Maiduguri" in located("Maiduguri-born suspect held over hotel attack, officials in Lagos said")


# --- airport codes the admin did not type -------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("MIU students protest over fees", False),
        ("Gunmen attack MIU campus", False),
        ("Flights to MIU cancelled after gunfire", True),
        ("Gunfire near the MIU runway", True),
        ("Les vols vers MIU suspendus", True),
        ("Plane lands at MIU. Students protest", True),
        ("Students protest at MIU. Planes grounded elsewhere", False),  # another sentence
    ],
)
def test_a_gazetteer_code_needs_a_word_of_flying_in_its_sentence(title: str, found: bool) -> None:
    assert ("borno/Maiduguri airport" in located(title)) is found


def test_a_refused_code_says_why() -> None:
    assert "no word of flying" in matcher().explain("MIU students protest over fees")


def test_words_of_flying_are_english_and_french() -> None:
    assert {"flight", "runway", "aeroport", "vol", "piste", "avion"} <= set(AVIATION_WORDS)


# --- the real gazetteer (few: each reads real data) ---------------------------------------------


REAL_CONFIG = """
feeds:
  - name: Test feed
    url: https://example.org/feed.xml
watchlists:
  libya:
    title: Libya
    locations:
      - name: Tripoli
      - name: Misrata
      - name: Benghazi
  kabul:
    title: Afghanistan
    locations:
      - name: Kabul airport
  bamako:
    title: Mali
    locations:
      - name: Bamako airport
  iraq:
    title: Iraq
    locations:
      - name: Erbil international airport
      - name: Erbil
  brazil:
    title: Brazil
    locations:
      - name: São Paulo
  pakistan:
    title: Pakistan
    locations:
      - name: Quetta
  mozambique:
    title: Mozambique
    locations:
      - name: Pemba
      - name: Nampula
"""


def on_real_gazetteer(config: str) -> Matcher:
    """The matcher of a config's watchlists as the running bot builds it, on the real gazetteer."""
    return placed_matcher(parse_config(config).watchlists, load_gazetteer())


@pytest.fixture(scope="module")
def real() -> Matcher:
    return on_real_gazetteer(REAL_CONFIG)


@pytest.mark.parametrize(
    ("title", "location", "found"),
    [
        ("Gunmen attack Dubai airport, Kabul officials say", "kabul/Kabul airport", False),
        ("Kabul and Dubai airport staff strike", "kabul/Kabul airport", False),
        # a plural site word serves each place of its list, not a place outside it
        ("Drone attack: the airports of Dubai and Kabul closed", "kabul/Kabul airport", True),
        ("Les aéroports de Niamey et de Bamako fermés après une attaque", "bamako/Bamako airport", True),
        ("Flights suspended at Dubai, Doha and Kabul airports after the attack", "kabul/Kabul airport", True),
        ("Gunmen attack Dubai and Doha airports, Kabul officials say", "kabul/Kabul airport", False),
        ("Gunfire near Kabul's international airport", "kabul/Kabul airport", True),
        ("Heavy gunfire near Bamako's Modibo Keita International Airport", "bamako/Bamako airport", True),
        ("BEIRUT (Reuters) - Gunfire was heard overnight in Tripoli", "libya/Tripoli", False),
        ("Clashes in Tripoli, northern Lebanon", "libya/Tripoli", False),
        ("Gunfire was heard overnight in Tripoli", "libya/Tripoli", True),
        ("EBL branch robbed in Dhaka", "iraq/Erbil international airport", False),
        ("Flights to EBL suspended after a drone attack", "iraq/Erbil international airport", True),
        ("Gunmen attacked a hotel in Erbil, officials in Erbil said", "iraq/Erbil", True),
        ("A car bomb exploded in Basra, Erbil officials say", "iraq/Erbil", False),
        ("Militants attack a checkpoint in Basra, police in Erbil say", "iraq/Erbil", False),
        ("Gunmen attacked police in Erbil, officials said", "iraq/Erbil", True),
        # a route's end, in four languages, is not where it happens
        ("Flights between Erbil and Dubai suspended after a drone attack on Dubai airport", "iraq/Erbil", False),
        ("Les vols entre Erbil et Dubaï suspendus après une attaque de drones sur Dubaï", "iraq/Erbil", False),
        ("Explosion on the Erbil-Ceyhan pipeline near Adana", "iraq/Erbil", False),
        ("Drone attack on Erbil halts flights", "iraq/Erbil", True),
        # a part of another place ("Karachi's Quetta Town"; "Pemba airport in Zanzibar", not Mozambique's)
        ("Gunmen kill two in Karachi's Quetta Town", "pakistan/Quetta", False),
        ("Gunmen kill two in Quetta's Satellite Town", "pakistan/Quetta", True),
        ("Small plane crash at Pemba airport in Zanzibar", "mozambique/Pemba", False),
        ("Small plane crash at Pemba airport injures four", "mozambique/Pemba", True),
        # a longer name is another place, far away, even in the same country
        ("Gunmen attack miners in São Paulo de Olivença, Amazonas", "brazil/São Paulo", False),
        ("Gunmen attack a bus in São Paulo", "brazil/São Paulo", True),
    ],
)
def test_real(real: Matcher, title: str, location: str, found: bool) -> None:
    assert (location in located(title, which=real)) is found


def test_a_city_known_by_its_name_is_a_scene_however_common_its_name_is_as_a_word() -> None:
    """ "Dubai" is as frequent in English as an everyday word; a city of millions named with the
    news is still where it happens, so the watched city that only speaks is turned away."""
    title = "Gunmen attack Dubai airport, Maiduguri officials say"
    assert "borno/Maiduguri" not in located(title)
    assert "only where the news comes from ('Maiduguri officials say'), while the item happens elsewhere (Dubai)" in (
        matcher().explain(title)
    )


# --- what a name means in the item's grammar (issue 16), the real gazetteer --------------------

REGIONAL_CONFIG = """
feeds:
  - name: Test feed
    url: https://example.org/feed.xml
watchlists:
  iraq:
    title: Iraq
    locations:
      - name: Baghdad
      - name: Erbil
      - name: Mosul
  libya:
    title: Libya
    locations:
      - name: Tripoli
      - name: Misrata
      - name: Benghazi
  afghanistan:
    title: Afghanistan
    locations:
      - name: Kabul
      - name: Kandahar
      - name: Herat
      - name: Kabul airport
"""


@pytest.fixture(scope="module")
def regional() -> Matcher:
    return on_real_gazetteer(REGIONAL_CONFIG)


@pytest.mark.parametrize(
    ("title", "summary", "location", "found"),
    [
        # A dateline is where the news was filed: not the scene when the item names one elsewhere.
        ("Car bomb kills four", "BAGHDAD (Reuters) - A car bomb killed four people in Mosul on Monday.", "iraq/Baghdad", False),
        ("Car bomb kills four", "BAGHDAD (Reuters) - A car bomb killed four people in Mosul on Monday.", "iraq/Mosul", True),
        ("Rockets hit base", "KABUL, Afghanistan (AP) — Rockets hit a base near Kandahar overnight.", "afghanistan/Kabul", False),
        ("Combats à Misrata", "TRIPOLI, 4 avril (Reuters) - Des combats ont éclaté à Misrata.", "libya/Tripoli", False),
        ("Enfrentamientos", "TRÍPOLI, 4 de abril (EFE) - Enfrentamientos en Misrata dejan tres muertos.", "libya/Tripoli", False),
        ("Attack on checkpoint", "HERAT / KABUL: Gunmen attacked a checkpoint in Kandahar.", "afghanistan/Kabul", False),
        # ... and the scene itself when the item names none elsewhere (or only a far namesake).
        ("Car bomb kills four", "BAGHDAD (Reuters) - A car bomb killed four people in a market.", "iraq/Baghdad", True),
        ("Car bomb kills four", "BENGHAZI (AP) — A car bomb exploded near the Jala hospital.", "libya/Benghazi", True),
        # A journey's end or a route's is no scene.
        ("Bomb threat on Herat-bound plane grounds flight in Doha", "", "afghanistan/Herat", False),
        ("Plane bound for Erbil makes emergency landing in Ankara after fire", "", "iraq/Erbil", False),
        ("Flights diverted to Misrata after shelling near the airport in Tripoli", "", "libya/Misrata", False),
        ("Un vol à destination de Benghazi dérouté après une alerte à la bombe au Caire", "", "libya/Benghazi", False),
        ("Les vols Bagdad-Erbil suspendus après une attaque de drones à Kirkouk", "", "iraq/Baghdad", False),
        ("Herat-bound convoy attacked in Herat province", "", "afghanistan/Herat", True),  # no scene elsewhere
        # Where people come from, or are based, is only their home.
        ("Traders from Mosul robbed on the road near Kirkuk", "", "iraq/Mosul", False),
        ("Une délégation venue de Misrata attaquée à Zliten", "", "libya/Misrata", False),
        ("A Kandahar native was arrested over a bomb plot in Hamburg", "", "afghanistan/Kandahar", False),
        ("An aid worker based in Erbil was kidnapped in Syria's Hasakah", "", "iraq/Erbil", False),
        ("Rockets fired from Kandahar hit nearby villages", "", "afghanistan/Kandahar", True),
        # A capital for its government, in French, Portuguese and Spanish compound tenses.
        ("Bagdad a accusé Ankara de bombarder le Sinjar", "", "iraq/Baghdad", False),
        ("Trípoli tem acusado o Cairo de armar as milícias", "", "libya/Tripoli", False),
        ("Cabul ha denunciado ataques aéreos en Khost", "", "afghanistan/Kabul", False),
        # A namesake placed inside another place the item names, far from the watched one.
        ("Riot in Tripoli town after temple dispute", "Curfew in Tripoli in Jhansi district.", "libya/Tripoli", False),
        ("Gunman fires on boat in Misrata harbour in Koror, Palau", "", "libya/Misrata", False),
        ("Rockets hit Misrata in western Libya", "", "libya/Misrata", True),
        ("Clashes in Tajoura in Tripoli's east", "", "libya/Tripoli", True),  # inside the watched place itself
        # An airport road is a road; the airport's city still alerts.
        ("Man shot dead on the airport road in Kabul", "", "afghanistan/Kabul airport", False),
        ("Man shot dead on the airport road in Kabul", "", "afghanistan/Kabul", True),
        ("Des tirs sur la route de l'aéroport de Kaboul", "", "afghanistan/Kabul airport", False),
        ("Gunfire near Kabul airport's main gate", "", "afghanistan/Kabul airport", True),
        # The watched airport named by its city's other name and an airport word.
        ("Tirs de roquettes sur l'aéroport de Kaboul", "", "afghanistan/Kabul airport", True),
        ("Disparos cerca del aeropuerto de Cabul", "", "afghanistan/Kabul airport", True),
        ("Des roquettes tombent sur Kaboul", "", "afghanistan/Kabul airport", False),
        ("Les vols de l'aéroport de Dubaï vers Kaboul suspendus", "", "afghanistan/Kabul airport", False),
        # "Depuis X, <someone> annonce": only the source.
        ("Depuis Bagdad, la police annonce une attaque à Mossoul", "", "iraq/Baghdad", False),
        # ... but the capital that speaks of a blast "in the capital" is the scene.
        ("Kabul says a blast in the capital killed six", "", "afghanistan/Kabul", True),
        ("Baghdad says a blast in Mosul killed six", "", "iraq/Baghdad", False),
    ],
)
def test_what_the_grammar_makes_of_a_name(regional: Matcher, title: str, summary: str, location: str, found: bool) -> None:
    assert (location in located(title, summary, which=regional)) is found


@pytest.mark.parametrize(
    ("title", "reason"),
    [
        ("Gunmen attack Kirkuk checkpoint, Baghdad-bound bus passengers say", None),
        ("Traders from Mosul robbed on the road near Kirkuk", "only the home of someone or something"),
        ("Plane bound for Erbil makes emergency landing in Ankara after fire", "only where a journey goes ('bound for Erbil')"),
    ],
)
def test_a_turned_away_name_says_why(regional: Matcher, title: str, reason: str | None) -> None:
    if reason is not None:
        assert reason in regional.explain(title)


def test_a_dateline_turned_away_says_where_the_item_happens(regional: Matcher) -> None:
    text = regional.explain("Car bomb kills four", "BAGHDAD (Reuters) - A car bomb killed four people in Mosul on Monday.")
    assert "'BAGHDAD' is only the dateline (where the news was filed), while the item happens elsewhere (Mosul)" in text


RADIUS_CONFIG = """
feeds:
  - name: Test feed
    url: https://example.org/feed.xml
watchlists:
  libya:
    title: Libya
    locations:
      - name: Tripoli
        radius: 30km
  haiti:
    title: Haiti
    locations:
      - name: Port-au-Prince
        radius: 20km
  somalia:
    title: Somalia
    locations:
      - name: Mogadishu
        radius: 35km
  chad:
    title: Chad
    locations:
      - name: N'Djamena
  yemen:
    title: Yemen
    locations:
      - name: Marib
"""


@pytest.fixture(scope="module")
def radius() -> Matcher:
    return on_real_gazetteer(RADIUS_CONFIG)


@pytest.mark.parametrize(
    ("title", "location", "found"),
    [
        # A town within the radius in a spelling the gazetteer lacks, read by its skeleton.
        ("Clashes in Tajourah leave six dead", "libya/Tripoli", True),  # Tājūrā’, Tajura
        ("Des combats à Djanzour font trois morts", "libya/Tripoli", True),  # Janzūr
        ("Gunfire in Petion Ville overnight", "haiti/Port-au-Prince", True),  # Pétionville
        ("Clashes in Tadjoura, Djibouti, leave six dead", "libya/Tripoli", False),  # the namesake it is
        # An airport's official name within the radius, in a headline In Title Case too.
        ("Shelling Near Aden Adde International Airport", "somalia/Mogadishu", True),
        ("Gunfire broke out near Toussaint Louverture International Airport on Monday", "haiti/Port-au-Prince", True),
        # A name written without its apostrophe, or with one when typed without.
        ("Gunmen attack a market in NDjamena", "chad/N'Djamena", True),
        ("Drone attack on Ma’rib power station", "yemen/Marib", True),
        # A radius namesake the item places elsewhere.
        ("Protest turns violent in Delmas, in South Africa's Mpumalanga province", "haiti/Port-au-Prince", False),
    ],
)
def test_radius_and_spellings(radius: Matcher, title: str, location: str, found: bool) -> None:
    assert (location in located(title, which=radius)) is found


def test_real_an_article_that_opens_the_places_own_name_is_no_venue() -> None:
    """ "Les Cayes" holds the gazetteer's "Cayes": that shorter name read inside the longer one
    saw "Les" before it as a venue's ("Le Bamako"), and turned the town away."""
    matcher = on_real_gazetteer(
        "feeds: [{name: f, url: 'https://example.org/rss'}]\n"
        "watchlists:\n  haiti:\n    title: Haiti\n    locations: [{name: Les Cayes}]\n    keywords: [riot, protest]\n"
    )
    named = [m.location for r in matcher.match("Protest turns violent in Les Cayes", "") for m in r.locations]
    assert named == ["Les Cayes"]


NEW_REGIONS = """
feeds: [{name: f, url: 'https://example.org/rss'}]
watchlists:
  w:
    title: New regions
    locations:
      - {name: Aden}
      - {name: Mombasa}
      - {name: Tripoli}
      - {name: Zawiya}
      - {name: Port-au-Prince, radius: 20km}
    keywords: [attack, shooting, clash, looted, looting, gang, embuscade]
"""


@pytest.fixture(scope="module")
def new_regions() -> Matcher:
    return on_real_gazetteer(NEW_REGIONS)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # someone's work in quotes, its words a title's
        ("Paul Nizan's 'Aden Arabie' reissued: a furious attack on colonial France", "", []),
        ("Concert review: orchestra's 'Mombasa' brings the film's shooting scene to life", "", []),
        ("Gunmen's attack on Aden port kills two", "", ["Aden"]),
        ("'Mombasa' review: a thriller of shootings and car chases", "", []),  # a work's by the word after
        ("Review: 'Mombasa' is a thriller of shootings", "In 'Mombasa', every shooting is filmed in one take.", []),
        ("Gunmen attack 'Mombasa' convoy", "", ["Mombasa"]),
        # a unit named after its town, the scene elsewhere; in its town it alerts
        ("Tripoli Brigade fighters clash with rivals in Zawiya", "", ["Zawiya"]),
        ("Tripoli Brigade fighters clash with rivals in Tripoli", "", ["Tripoli"]),
        # a town within a radius known only near the watched place, in an item about elsewhere
        ("Carrefour hypermarket looted during protests in Tunis", "", []),
        ("Protesters loot Carrefour store in Nairobi", "", []),
        ("Haiti: gang attack in Carrefour leaves five dead", "", ["Port-au-Prince"]),
        ("Gang attack in Carrefour leaves five dead", "", ["Port-au-Prince"]),
        ("Kenyan police attacked by gang in Carrefour", "", ["Port-au-Prince"]),  # a demonym is people, not a scene
        # an airport named after a person whose name opens with a watched city's, far from it
        ("Mortars hit Aden Adde airport in Mogadishu", "", []),
        ("Gunmen attack Aden International Airport", "", ["Aden"]),
        # a distance from a place makes it a point of reference, beyond 50 km or the radius
        ("Pirates attack ship 90 nautical miles south-east of Aden", "", []),
        ("Attaque à 80 kilomètres au sud de Tripoli", "", []),
        ("Gunmen attack village 10 km from Tripoli", "", ["Tripoli"]),
        ("Gunmen attack village 1,200 km from Aden; shelling in Aden", "", ["Aden"]),
        ("Smugglers attack migrants' boat in the Sirte Gulf, near Tripoli", "", ["Tripoli"]),
        # a road named after where it leads, the scene elsewhere; the scene itself alerts
        ("Gunmen attack a bus near Malindi on the Mombasa road", "", []),
        ("Gunmen attack travellers on the Mombasa road", "", ["Mombasa"]),
        ("Embuscade sur la route de Mombasa, près de Malindi", "", []),
        # a role in lower case and a given name before the place's name: a person's
        ("Cuban dissident José Mombasa detained after protest in Havana", "", []),
        ("Gunmen attack lawyers in Mombasa", "", ["Mombasa"]),
        # a capitalised particle of a surname between a given name and the place's name
        ("How Brian De Zawiya staged the shooting scene in his new film", "", []),
        ("Attack On Vila De Zawiya Kills Two", "", ["Zawiya"]),  # a headline In Title Case capitalises all
    ],
)
def test_real_works_units_and_shops_named_after_places(new_regions: Matcher, title: str, summary: str, expected: list) -> None:
    assert [m.location for r in new_regions.match(title, summary) for m in r.locations] == expected


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the only Pemba GeoNames lists is Mozambique's: an item headed by another country, with a
        # town of it far away, means another Pemba (the island of Zanzibar)
        (
            "Tanzanie : affrontements politiques à Pemba après les élections",
            "Des affrontements ont opposé partisans et policiers à Chake-Chake, dans l'archipel de Zanzibar.",
            [],
        ),
        # a city's dateline is a bureau covering its region, and foreign troops are no sign
        ("Al Shabaab attacks Kenyan base in Pemba", "NAIROBI (Reuters) - Militants attacked a Kenyan base in Pemba.", ["Pemba"]),
        ("Mozambique : affrontements à Pemba", "Des affrontements ont éclaté à Pemba, au Cabo Delgado.", ["Pemba"]),
    ],
)
def test_real_an_item_about_another_country_means_another_place_of_the_name(title: str, summary: str, expected: list) -> None:
    matcher = on_real_gazetteer(
        "feeds: [{name: f, url: 'https://example.org/rss'}]\n"
        "watchlists:\n  mz:\n    title: Mozambique\n    locations: [{name: Pemba}]\n    keywords: [attack, affrontements]\n"
    )
    assert [m.location for r in matcher.match(title, summary) for m in r.locations] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shooting in Cairo, Ill., police said", ("US", 1)),
        ("Explosion in Kabul, N.Y., kills two", ("US", 2)),
        ("Fire in Wheeling, W.Va.", ("US", 2)),
        ("Explosion in Athens, Ont.", ("CA", 1)),
        ("Attack in Cairo, Miss Egypt unharmed", None),  # no full stop: the word, a title
        ("Explosion in Cairo, ill health", None),  # lower case
    ],
)
def test_a_press_abbreviation_of_a_state_is_read_only_as_the_press_writes_it(text: str, expected: tuple | None) -> None:
    from bot.geo.divisions import abbreviated_division_at
    from bot.textnorm import tokenize

    tokens = tokenize(text)
    at = next(k for k in range(1, len(tokens)) if "," in tokens[k].gap)
    gaps = [tokens[k].gap for k in range(at, len(tokens))]
    assert abbreviated_division_at(tokens.words[at:], tokens.folded[at:], gaps, 0) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Shooting in Cairo, Ill., police said", []),
        ("Gunman kills two in Athens, Ga.", []),
        ("Mosque attack in Cairo; police in Alexandria, Va., on alert", ["Cairo"]),
        ("Attack in Cairo, Miss Egypt unharmed", ["Cairo"]),
        ("Gunmen attack bus in Alexandria, Egypt", ["Alexandria"]),
    ],
)
def test_real_a_town_placed_in_a_state_the_press_abbreviates_is_that_namesake(title: str, expected: list) -> None:
    matcher = on_real_gazetteer(
        "feeds: [{name: f, url: 'https://example.org/rss'}]\n"
        "watchlists:\n  eg:\n    title: Egypt\n    locations: [{name: Cairo}, {name: Alexandria}, {name: Athens}]\n"
        "    keywords: [attack, shooting, gunman]\n"
    )
    assert [m.location for r in matcher.match(title, "") for m in r.locations] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Shooting in Spokane, Washington, kills two", []),
        ("Gunman kills three in Buffalo, New York", []),
        ("Gunman kills three in Buffalo and New York", ["New York"]),  # no comma: a list
        ("Attacks in Baltimore, Washington and Philadelphia", ["Washington"]),  # Baltimore is Maryland's
        ("Shooting in Washington, police say", ["Washington"]),
        ("Explosion in Brooklyn, New York", ["New York"]),  # a part of the city itself
    ],
)
def test_real_a_watched_city_named_as_the_state_of_a_town_before_it_is_the_state(title: str, expected: list) -> None:
    matcher = on_real_gazetteer(
        "feeds: [{name: f, url: 'https://example.org/rss'}]\n"
        "watchlists:\n  us:\n    title: US\n    locations: [{name: Washington}, {name: New York}]\n"
        "    keywords: [attack, shooting, gunman, explosion]\n"
    )
    assert [m.location for r in matcher.match(title, "") for m in r.locations] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kyiv Independent reporter killed covering front line", []),
        ("Missiles hit power plant, Kyiv Independent reports", []),
        ("Kabul Express director killed in shooting", []),
        ("Kyiv hit by missiles, Kyiv Independent reports", ["Kyiv"]),  # the city itself, named apart
        ("Kyiv independent candidate killed in attack", ["Kyiv"]),  # lower case: a word, not a title
    ],
)
def test_real_a_newspaper_or_work_named_after_a_city_is_not_the_city(title: str, expected: list) -> None:
    matcher = on_real_gazetteer(
        "feeds: [{name: f, url: 'https://example.org/rss'}]\n"
        "watchlists:\n  w:\n    title: W\n    locations: [{name: Kyiv}, {name: Kabul}]\n"
        "    keywords: [attack, missiles, shooting, killed]\n"
    )
    assert [m.location for r in matcher.match(title, "") for m in r.locations] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kabul and Dubai airport staff strike after attack", []),
        ("Kabul and Cairo airport workers strike after attack", []),
        ("Gunmen attack Kabul and Dubai airports", ["Kabul"]),  # plural: both cities' airports
        ("Kabul and Dubai airport staff strike after attack in Kabul", ["Kabul"]),  # named apart as the scene
        ("Bamako and Senou airport staff strike after attack", ["Bamako"]),  # Senou is Bamako's own
    ],
)
def test_real_a_city_joined_to_another_citys_site_word_is_no_scene(title: str, expected: list) -> None:
    matcher = on_real_gazetteer(
        "feeds: [{name: f, url: 'https://example.org/rss'}]\n"
        "watchlists:\n  w:\n    title: W\n    locations: [{name: Kabul}, {name: Bamako}]\n"
        "    keywords: [attack, rockets]\n"
    )
    assert [m.location for r in matcher.match(title, "") for m in r.locations] == expected


ROADS_CONFIG = """
feeds:
  - name: Test feed
    url: https://example.org/feed.xml
watchlists:
  sahel:
    title: Sahel
    locations:
      - name: Kano
      - name: Gao
      - name: Maiduguri
"""


@pytest.mark.parametrize(
    ("title", "summary", "location", "found"),
    [
        # a road leaves the watched town: what happens on it is the town's, whichever end is named
        (
            "Gunmen abduct 10 travellers on Kano-Zaria road",
            "Gunmen blocked the Kano-Zaria highway and abducted 10 passengers.",
            "sahel/Kano",
            True,
        ),
        (
            "Gao : un engin explosif tue trois civils sur la route d'Ansongo",
            "Un minibus a sauté sur la route Gao-Ansongo.",
            "sahel/Gao",
            True,
        ),
        # unless the item names a scene of its own, far from the watched town
        ("Gunmen attack travellers near Damaturu on the Maiduguri road", "", "sahel/Maiduguri", False),
    ],
)
def test_a_road_is_where_it_leads_only_beside_a_scene_elsewhere(title: str, summary: str, location: str, found: bool) -> None:
    matcher = on_real_gazetteer(ROADS_CONFIG)
    named = {f"{r.watchlist}/{m.location}" for r in matcher.evaluate(title, summary) for m in r.locations}
    assert (location in named) is found
