"""A report that names no watched town, only the country of an alerted incident, joins it.

Watchlists list towns; "Burkina : l'armée annonce avoir repoussé une attaque" names none of
them and no province, only the country. It joins the one open alerted story in that country
that it tells of and that something ties it to (its kind of event, a target, a group), and
only when its text names no place the story's reports do not; with two such stories, a place
of its own, "again", or nothing of an incident, none. It never alerts. Round storymiss7 of
issue 17 (README, "One incident, one alert").
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.config import parse_config
from bot.geo import Gazetteer, load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.regionjoin import RegionReport, _short_names, region_join, region_named, region_reading
from bot.story import Place, StoryIndex, make_report

NOW = datetime(2026, 3, 14, 6, 0, tzinfo=UTC)  # no clock is read: every date is from this one
LATER = NOW + timedelta(hours=8)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _index(*stories: tuple[str, str, str, str]) -> StoryIndex:
    """An index of alerted stories, each one report at a watched town (name, its area, headline,
    summary), an hour apart."""
    index = StoryIndex(72)
    for n, (town, area, title, summary) in enumerate(stories):
        report = make_report(n, NOW + timedelta(hours=n), title, summary, [Place(town, "city", True, 0, (), frozenset(), area)])
        assert report is not None
        index.add(report, n)
    return index


def _country(gazetteer: Gazetteer, title: str, summary: str, countries: set[str]) -> RegionReport:
    report = region_reading(9, LATER, title, summary, frozenset(countries), gazetteer.lookup)
    assert report is not None and report.scope == "country", title
    return report


# One attack at a watched town of each country, as a town's report tells it.
_DJIBO = ("Djibo", "BF.12", "Jihadists attack gendarmerie post near Djibo", "Gunmen stormed the gendarmerie post at dawn.")
_KAYA = ("Kaya", "BF.06", "Roadside bomb hits army convoy near Kaya", "An explosive device struck a supply convoy.")
_GENEINA = ("El Geneina", "SD.49", "Drone strike on El Geneina market kills civilians", "A drone hit the main market.")
_KISMAYO = ("Kismayo", "SO.10", "Suicide bomber hits hotel in Kismayo", "A suicide bomber blew himself up at a hotel.")


@pytest.mark.parametrize(
    ("story", "title", "summary", "country"),
    [
        # French, the short name the press gives Burkina Faso, naming the story's target: a kind of event
        # alone ties no country's report to a story (review19d)
        (
            _DJIBO,
            "Burkina : l'armée annonce avoir repoussé une attaque contre un poste de gendarmerie",
            "Les assaillants ont été neutralisés.",
            "BF",
        ),
        # Arabic, the country in the headline after "في"
        (_DJIBO, "جماعة نصرة الإسلام والمسلمين تتبنى هجوما على مركز للدرك في بوركينا فاسو", "", "BF"),
        # Portuguese and Spanish, the country's name in those languages
        (_GENEINA, "Sudão: pelo menos 14 civis mortos em ataque com drone contra mercado", "", "SD"),
        (_GENEINA, "Sudán: al menos 14 civiles muertos en un ataque con dron contra un mercado", "", "SD"),
        # English, the country only in the summary
        (_KISMAYO, "Death toll from hotel bombing rises to 12", "Police in Somalia said the bomber wore an army uniform.", "SO"),
    ],
)
def test_a_countrys_report_joins_the_one_story_there(
    gazetteer: Gazetteer, story: tuple[str, str, str, str], title: str, summary: str, country: str
) -> None:
    report = _country(gazetteer, title, summary, {country, "ML", "NE"})
    assert report.primary == f"@{country}"
    assert region_join(_index(story), report, lambda _: True) == 0
    assert region_join(_index(story), report, lambda _: False) is None  # a story that alerted nothing: none


def test_two_stories_in_the_country_it_joins_neither(gazetteer: Gazetteer) -> None:
    """Two attacks on gendarmerie posts in Burkina Faso that the report fits alike: unsure, none.
    A bombing beside the attack is no candidate for a report of an attack on a post."""
    report = _country(gazetteer, "Burkina : au moins 20 gendarmes tués dans l'attaque d'un poste de gendarmerie", "", {"BF"})
    assert region_join(_index(_DJIBO, _KAYA), report, lambda _: True) == 0
    gorgadji = ("Gorgadji", "BF.12", "Gunmen attack gendarmerie post in Gorgadji", "Jihadists stormed the post overnight.")
    assert region_join(_index(_DJIBO, gorgadji), report, lambda _: True) is None


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # a town of its own that the story never names: another incident
        ("Soudan : des paramilitaires tuent des dizaines de civils près d'El-Obeid", "Une frappe de drone sur un marché."),
        # another incident, said so
        ("Sudan: another drone strike hits a market", ""),
        # nothing of an incident at all
        ("Sudan: government announces new cabinet", "The prime minister named twelve ministers."),
    ],
)
def test_a_countrys_report_that_says_another_place_or_nothing_joins_none(gazetteer: Gazetteer, title: str, summary: str) -> None:
    report = region_reading(9, LATER, title, summary, frozenset({"SD"}), gazetteer.lookup)
    assert report is None or region_join(_index(_GENEINA), report, lambda _: True) is None


def test_a_country_is_read_only_where_it_is_the_one_named(gazetteer: Gazetteer) -> None:
    countries = frozenset({"BF", "NE", "SD"})
    assert region_named("Burkina : l'armée repousse une attaque", "", countries, gazetteer.lookup) == ("BF", "Burkina")
    # two countries named: unsure which; one named as where the attackers came from: the other
    assert region_named("Niger, Burkina : attaques simultanées", "", countries, gazetteer.lookup) is None
    assert region_named("Sudan: gunmen from Chad attack a market", "", countries, gazetteer.lookup) == ("SD", "Sudan")
    # a country not watched, and the headline's other country, say nothing of a watched one
    assert region_named("Ghana: gunmen attack a market", "", countries, gazetteer.lookup) is None
    assert region_reading(0, LATER, "Ghana : attaque près de la frontière du Burkina", "", countries, gazetteer.lookup) is None
    # a word two countries' names hold ("Congo", "Guinea", "Sudan") or a word of every day
    # ("Sierra", "Costa") is no short name of one
    short = _short_names()
    assert short[("burkina",)] == "BF" and short[("papua",)] == "PG"
    assert not {("congo",), ("guinea",), ("sudan",), ("sierra",), ("costa",), ("south",), ("new",)} & short.keys()
    assert region_named("Sierra: rebels attack a camp", "", frozenset({"SL"}), gazetteer.lookup) is None


# A town named as the home of what was hit ("the police station of Corinto"), its own first-level
# division the scene: the division by its point of the compass ("en el norte del Cauca", "in
# northern Borno", "au nord du Borno") is the town's own, no scene elsewhere (round storymiss7:
# a town of the division's name lies far off).
_HOME_CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  cauca:
    title: Cauca
    locations:
      - name: Toribío
        coords: [2.95, -76.27]
    keyword_sets: [security]
  borno:
    title: Borno
    locations:
      - name: Gwoza
        coords: [11.08, 13.69]
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def home_matcher() -> Matcher:
    return placed_matcher(parse_config(_HOME_CONFIG).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("title", "summary", "alerts"),
    [
        (
            "Explota moto bomba frente a la estación de policía de Toribío",
            "La motocicleta estalló frente a la estación de policía de Toribío, en el norte del Cauca.",
            True,
        ),
        (
            "Gunmen attack the army base of Gwoza",
            "Insurgents stormed the army base of Gwoza in northern Borno overnight, residents said.",
            True,
        ),
        (
            "Attaque contre la base militaire de Gwoza",
            "Des insurgés ont attaqué la base militaire de Gwoza, au nord du Borno, dans la nuit.",
            True,
        ),
    ],
)
def test_a_town_s_own_division_by_its_point_of_the_compass_is_no_scene_elsewhere(
    home_matcher: Matcher, title: str, summary: str, alerts: bool
) -> None:
    assert bool(home_matcher.match(title, summary)) is alerts
