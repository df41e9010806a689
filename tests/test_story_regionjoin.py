"""A report naming only the province or the country of an alerted incident joins its alert.

Watchlists list towns; "Nord-Kivu : nouveau massacre des ADF" names none of them, yet reports
the massacre alerted at Beni. Over real HTTP on 127.0.0.1 into a real SQLite file, as
`tests/test_follow_up_without_keyword.py`: it joins when exactly one open alerted story in the
province fits it, and joins nothing (never alerts) when two do or when the province is another.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.config import parse_config
from bot.geo import Gazetteer, load_gazetteer
from bot.pipeline import watched_countries
from bot.regionjoin import named_areas, region_join, region_reading
from bot.runtime import Runtime, open_runtime
from bot.story import Place, Report, StoryIndex, make_report
from tests.support.feed_server import FeedServer, Story
from tests.support.polled import alert_sources, poll, story_of

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)  # the runtime's clock: every date here is from it


@pytest.fixture
async def runtime(tmp_path: Path, feeds: FeedServer) -> AsyncIterator[Runtime]:
    config = parse_config(
        f"""
feeds:
  - name: Wire
    url: {feeds.url("/wire.xml")}
watchlists:
  kivu:
    title: Eastern Congo
    locations: [{{name: Beni}}, {{name: Butembo}}, {{name: Bukavu}}]
    keywords: [attack, massacre, killed]
    exclude: [exercise]
"""
    )
    rt = open_runtime(config, tmp_path / "alerts.db", console=True, clock=lambda: NOW)
    yield rt
    await rt.http.aclose()
    rt.store.close()


def story(n: int, title: str, hours_ago: float, summary: str = "") -> Story:
    return Story(title, f"https://example.org/{n}", str(n), summary, NOW - timedelta(hours=hours_ago))


MASSACRE = "Nord-Kivu : le bilan du massacre des ADF s'alourdit à 21 morts"


async def test_a_province_s_report_joins_the_one_alerted_incident_there(runtime: Runtime, feeds: FeedServer) -> None:
    await poll(runtime, feeds, [])  # the first poll: an empty back catalogue
    attack = story(1, "ADF rebels massacre villagers near Beni", 20, "Rebels of the ADF killed villagers near Beni overnight.")
    assert await poll(runtime, feeds, [attack]) == (1, 1)
    region = story(2, MASSACRE, 4, "Les corps de 21 civils tués par les ADF ont été retrouvés.")
    assert await poll(runtime, feeds, [attack, region]) == (1, 0)  # no message of its own
    first = story_of(runtime, attack.title)
    assert first is not None and story_of(runtime, region.title) == first
    assert alert_sources(runtime) == [attack.title, region.title]


async def test_two_incidents_in_the_province_it_joins_neither(runtime: Runtime, feeds: FeedServer) -> None:
    await poll(runtime, feeds, [])
    beni = story(1, "ADF rebels massacre villagers near Beni", 20, "Rebels of the ADF killed villagers near Beni.")
    butembo = story(2, "ADF rebels massacre traders in Butembo", 18, "Rebels of the ADF killed traders in Butembo.")
    assert await poll(runtime, feeds, [beni, butembo]) == (2, 2)
    region = story(3, MASSACRE, 4, "Les corps de 21 civils tués par les ADF ont été retrouvés.")
    assert await poll(runtime, feeds, [beni, butembo, region]) == (1, 0)
    assert story_of(runtime, region.title) is None
    assert alert_sources(runtime) == [beni.title, butembo.title]


async def test_a_province_that_does_not_hold_the_town_joins_nothing(runtime: Runtime, feeds: FeedServer) -> None:
    await poll(runtime, feeds, [])
    bukavu = story(1, "Militia massacre displaced people near Bukavu", 20, "Militiamen killed 20 displaced people.")
    assert await poll(runtime, feeds, [bukavu]) == (1, 1)
    region = story(2, MASSACRE, 4, "Les corps de 21 civils tués ont été retrouvés.")  # North Kivu; Bukavu is in South Kivu
    south = story(3, "Sud-Kivu : le bilan du massacre de déplacés s'alourdit à 25 morts", 3)
    assert await poll(runtime, feeds, [bukavu, region, south]) == (2, 0)
    assert story_of(runtime, region.title) is None
    assert story_of(runtime, south.title) == story_of(runtime, bukavu.title)  # its own province's joins


async def test_the_watchlist_s_terms_still_decide(runtime: Runtime, feeds: FeedServer) -> None:
    await poll(runtime, feeds, [])
    attack = story(1, "ADF rebels massacre villagers near Beni", 20, "Rebels of the ADF killed villagers near Beni.")
    assert await poll(runtime, feeds, [attack]) == (1, 1)
    drill = story(2, "Nord-Kivu : les FARDC lancent un exercise après le massacre", 4)  # an exclude term
    assert await poll(runtime, feeds, [attack, drill]) == (1, 0)
    assert story_of(runtime, drill.title) is None


def test_a_province_is_read_by_any_name_and_a_country_alone_as_the_country(runtime: Runtime) -> None:
    countries = watched_countries(runtime.matcher)
    assert "CD" in countries
    divisions, _ = named_areas("North Kivu: ADF kill 21", "", countries)
    assert divisions.keys() == named_areas(MASSACRE, "", countries)[0].keys() == {"CD.11"}
    # A country named alone is read as the country (it joins only the one story there that fits
    # it: `tests/test_storymiss7.py`); a province under another country's name is nothing.
    alone = region_reading(0, NOW, "Democratic Republic of the Congo: toll of ADF massacre rises to 30", "", countries)
    assert alone is not None and alone.scope == "country" and alone.primary == "@CD"
    assert region_reading(0, NOW, "Rwanda : attaque au Nord-Kivu", "", countries) is None
    # Nor a word that is a province's name too ("on the plateau"), nor a region across countries.
    assert named_areas("Gunmen raid villages on the plateau", "", frozenset({"NG"}))[0] == {}
    assert named_areas("Jihadists kill 40 across the Sahel", "", frozenset({"BF"}))[0] == {}
    assert named_areas("Plateau State: gunmen raid villages", "", frozenset({"NG"}))[0].keys() == {"NG.49"}
    assert region_reading(0, NOW, "Nord-Kivu et Sud-Kivu : attaques", "", countries) is None  # two provinces: unsure
    assert region_reading(0, NOW, "Trade fair opens in Lyon", "", countries) is None


@pytest.mark.parametrize(
    ("text", "country", "area"),
    [
        # Somali regions as the press spells them, not as GeoNames does ("Shabeellaha Hoose",
        # "Lower Shabeelle", "Hiiraan", "Bakool"): one letter of a doubled pair left out
        ("Lower Shabelle governor vows to hunt down the attackers", "SO", "SO.14"),
        ("Bakol : des combattants shebab attaquent une base", "SO", None),
        ("Hiran elders call for talks after clan clashes", "SO", None),
    ],
)
def test_a_province_spelt_with_one_letter_of_a_doubled_pair(text: str, country: str, area: str | None) -> None:
    divisions, _ = named_areas(text, "", frozenset({country}))
    found = next(iter(divisions), None)
    assert found is not None and found.startswith(country + ".")
    if area is not None:
        assert found == area


def test_of_two_provinces_the_one_the_headline_names_is_the_reports() -> None:
    """ "Mandera: gunmen came from Gedo" names Kenya's county in its headline and the Somali
    region they came from in its summary: the report is of the county. Two in the headline are
    still unsure."""
    countries = frozenset({"KE", "SO"})
    title, summary = "Mandera: gunmen crossed from Somalia, police say", "The attackers came from Gedo region."
    found = region_reading(0, NOW, title, summary, countries)
    assert found is not None and found.area is not None and found.area.startswith("KE.")
    assert region_reading(0, NOW, "Mandera and Gedo: clashes on both sides of the border", "", countries) is None


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("title", "summary", "area"),
    [
        # a division named after its seat, with its noun after or before it, in four languages
        ("Islamic State claims attack on Christians in Ituri's Djugu territory", "", "CD.17"),
        ("Ituri : des miliciens attaquent un site de déplacés", "L'attaque a eu lieu dans le territoire de Djugu.", "CD.17"),
        ("Insurgentes atacam aldeias no distrito de Montepuez", "", "MZ.01"),
        ("Boko Haram claims raid on Konduga LGA", "", "NG.27"),
    ],
)
def test_a_district_named_after_its_town_is_read_as_the_towns_province(
    gazetteer: Gazetteer, title: str, summary: str, area: str
) -> None:
    found = region_reading(0, NOW, title, summary, frozenset({"CD", "MZ", "NG"}), gazetteer.lookup)
    assert found is not None and found.area == area


def test_a_district_is_read_only_after_a_town_of_a_watched_country(gazetteer: Gazetteer) -> None:
    countries = frozenset({"CD", "MZ"})
    # a town of an unwatched country; a capitalised word that is no town; two districts of two provinces
    assert region_reading(0, NOW, "Floods hit Lamu county", "", countries, gazetteer.lookup) is None
    assert region_reading(0, NOW, "Gunmen attack in the Central Business district", "", countries, gazetteer.lookup) is None
    two = "Attacks in Djugu territory and Montepuez district"
    assert region_reading(0, NOW, two, "", countries, gazetteer.lookup) is None
    # without the gazetteer, as before: none
    assert region_reading(0, NOW, "Islamic State claims attack in Djugu territory", "", countries) is None


@pytest.mark.parametrize(
    ("title", "summary", "country", "area"),
    [
        # a province of Burkina Faso is read as its region, GeoNames' first level (Est, Sahel, Nord)
        ("Burkina : des civils tués dans un marché", "L'attaque a eu lieu dans la province de la Gnagna.", "BF", "BF.08"),
        ("Jihadists ambush convoy in Burkina's Soum province", "", "BF", "BF.12"),
        ("Yatenga : des hommes armés incendient une école", "", "BF", "BF.10"),
        ("Explosión en la provincia de Gnagna deja once muertos", "", "BF", "BF.08"),
        # a prefecture of Guinea is read as its region; a district of Malawi as its region
        ("Guinée : heurts meurtriers dans la préfecture de Siguiri", "", "GN", "GN.K"),
        ("Police say three killed in Mzimba district clashes", "", "MW", "MW.N"),
    ],
)
def test_a_second_level_division_is_read_as_the_first_level_one_it_lies_in(
    gazetteer: Gazetteer, title: str, summary: str, country: str, area: str
) -> None:
    """ISO 3166-2 puts a province in its region; GeoNames gives a town the region's code: "la
    province de la Gnagna" is of the incident at Bilanga, in the Est, as "la région de l'Est".
    Written alone ("Yatenga : ..."), only a name the gazetteer knows as no town (review17b)."""
    found = region_reading(0, NOW, title, summary, frozenset({country}), gazetteer.lookup)
    assert found is not None and found.area == area


def test_a_second_level_division_of_an_unwatched_country_or_another_countrys_is_no_region() -> None:
    # Burkina's province, Burkina unwatched; a Burkinabè province under Ghana's name in the headline
    assert region_reading(0, NOW, "Attaque dans la province du Soum", "", frozenset({"ML"})) is None
    assert region_reading(0, NOW, "Ghana : attaque près de la province du Soum", "", frozenset({"BF", "GH"})) is None
    # two provinces of two regions: unsure
    assert region_reading(0, NOW, "Attaques dans le Soum et la Gnagna", "", frozenset({"BF"})) is None


def _story_of(first: Report) -> StoryIndex:
    index = StoryIndex(72)
    index.add(first, 0)
    return index


def test_a_provinces_report_joins_a_story_at_its_country_whose_text_names_the_province() -> None:
    """A story whose reports name only the watched country ("Mali: gunmen kill nine traders")
    but say in their text which province ("in the Ségou region") is in that province: a report
    naming the province alone joins it; one naming another province does not."""
    first = make_report(
        0,
        NOW,
        "Mali: gunmen kill nine traders at a weekly market",
        "Gunmen attacked a weekly market in the Ségou region of central Mali on Sunday, killing nine traders, officials said.",
        [Place("Mali", "country", True, 0)],
    )
    assert first is not None
    later = NOW + timedelta(hours=5)
    same = region_reading(1, later, "Ségou region: market attack toll rises to twelve", "", frozenset({"ML"}))
    other = region_reading(1, later, "Mopti region: gunmen attack a weekly market", "", frozenset({"ML"}))
    assert same is not None and other is not None
    assert region_join(_story_of(first), same, lambda _: True) == 0
    assert region_join(_story_of(first), other, lambda _: True) is None


def test_arrests_over_an_incident_named_by_its_province_join_it() -> None:
    """Arrests lead with no event the incident's reports tell, yet a headline that follows it up
    by naming its kind of event ("arrest two over roadside bomb") is of it; arrests over another
    kind of event are not."""
    town = Place("Kotile", "city", True, 0, (), frozenset(), "KE.16")
    first = make_report(0, NOW, "Roadside bomb wounds five soldiers near Kotile", "It hit an army truck.", [town])
    assert first is not None
    later = NOW + timedelta(hours=20)
    countries = frozenset({"KE"})
    held = region_reading(1, later, "Garissa County: detectives arrest two over roadside bomb", "", countries)
    other = region_reading(1, later, "Garissa County: police arrest two over cattle theft", "", countries)
    assert held is not None and other is not None
    assert region_join(_story_of(first), held, lambda _: True) == 0
    assert region_join(_story_of(first), other, lambda _: True) is None


def _two_stories(area: str, first: tuple[str, str, str], second: tuple[str, str, str]) -> StoryIndex:
    """An index holding two alerted stories at two towns of one province, hours apart."""
    index = StoryIndex(72)
    for n, (town, title, summary) in enumerate((first, second)):
        report = make_report(n, NOW + timedelta(hours=n), title, summary, [Place(town, "city", True, 0, (), frozenset(), area)])
        assert report is not None
        index.add(report, n)
    return index


# Two attacks in one province the same day, each at its town and told with its own places.
_TILLABERI = (
    ("Ouallam", "Niger : des hommes armés attaquent des civils près de Ouallam", "Sur l'axe Ouallam-Abala."),
    ("Téra", "Niger : des hommes armés attaquent des civils près de Téra", "Au nord de Téra."),
)
_BORNO = (
    ("Konduga", "Gunmen attack travellers near Konduga", "Insurgents attacked travellers on the Bama road, south of Maiduguri."),
    ("Dikwa", "Gunmen attack travellers near Dikwa", "Insurgents attacked travellers east of Maiduguri."),
)
_TOLL = "Tillabéri : le bilan de l'attaque contre des civils s'alourdit"
_SAID = "The state government said on Friday."


@pytest.mark.parametrize(
    ("stories", "title", "summary", "countries", "joined"),
    [
        # the report names a place only one story's text names: that story (French, English)
        (_TILLABERI, _TOLL, "Les villageois attaqués sur la route d'Abala.", "NE", 0),
        # each town of a road's name ("the Gwoza-Bama road")
        (_BORNO, "Borno: travellers still missing after attack on Gwoza-Bama road", _SAID, "NG", 0),
        # a place neither names, or both name: the evidence favours neither, so none (send); the
        # same day, another incident in the province it names no place of: none
        (_TILLABERI, _TOLL, "Des villageois de Filingué parmi les morts.", "NE", None),
        (_BORNO, "Borno: travellers still missing after attack on Gwoza road", _SAID, "NG", None),
        (_BORNO, "Borno: travellers still missing after attacks", "Insurgents attacked travellers near Maiduguri.", "NG", None),
    ],
)
def test_of_two_stories_alike_in_a_province_the_one_naming_the_reports_other_place(
    gazetteer: Gazetteer,
    stories: tuple[tuple[str, str, str], tuple[str, str, str]],
    title: str,
    summary: str,
    countries: str,
    joined: int | None,
) -> None:
    """A province's report that the evidence ties to two stories there alike ("Borno: travellers
    missing after highway attack", two attacks on travellers in Borno) joins the one whose text
    names a place it names besides the province ("the Bama road"); else it joins none."""
    report = region_reading(2, NOW + timedelta(hours=6), title, summary, frozenset({countries}), gazetteer.lookup)
    assert report is not None and report.area is not None
    index = _two_stories(report.area, *stories)
    assert region_join(index, report, lambda _: True) == joined
