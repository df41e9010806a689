"""An accented name is no evidence of French (issues 16 and 20): "Gunmen attack Ségou" is read in
English and alerts on an English keyword, as "Gunmen attack Segou" does; a French, Spanish or
Portuguese headline naming the same places keeps its language. Real parts: the detector, wordfreq,
the matcher with the bundled keyword sets (without the gazetteer)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.config import WatchlistConfig
from bot.keywords import languages as marker_languages
from bot.language import item_languages
from bot.match import Matcher
from bot.story import Place, make_report
from bot.textnorm import tokenize
from tests.support.alerts import alerted


def langs(title: str, summary: str = "") -> tuple[str, ...]:
    return item_languages([tokenize(title), tokenize(summary)])


def watchlist(title: str, *places: str) -> Matcher:
    """One watchlist of the bundled security keywords, watching these places."""
    locations = [{"name": name, "aliases": []} for name in places]
    return Matcher({"w": WatchlistConfig(title=title, locations=locations, keywords=[], keyword_sets=["security"])})


MALI = ("Ségou", "Ménaka", "Koutoukalé prison", "Kayes")

# Short English headlines, no English common word or a single one, naming a town whose name
# carries an accent in every language's copy.
ENGLISH = [
    (MALI, "Gunmen attack Ségou"),
    (MALI, "Gunmen attack Koutoukalé prison"),
    (MALI, "Militants attack army camp near Ménaka"),
    (MALI, "Ségou: jihadists ambush convoy"),
    (("Tillabéri", "Téra"), "Bandits kill 12 in Tillabéri"),
    (("Tillabéri", "Téra"), "Jihadists ambush soldiers outside Téra"),
    (("Dédougou", "Séno"), "Suicide bomber strikes Dédougou market"),
    (("Cúcuta", "Bogotá", "Popayán"), "Car bomb explodes near Popayán police station"),
    (("Cúcuta", "Bogotá", "Popayán"), "Bogotá: gunmen kidnap two engineers"),
    (("São Tomé",), "Gunmen storm barracks near São Tomé"),
    (("Bouaké", "Séguéla"), "Armed men attack gendarmerie post near Séguéla"),
]


@pytest.mark.parametrize(("places", "title"), ENGLISH)
def test_a_short_english_headline_naming_an_accented_town_alerts(places: tuple[str, ...], title: str) -> None:
    assert "en" in langs(title)
    assert "en" in marker_languages([tokenize(title), tokenize("")])
    assert watchlist("W", *places).match(title, ""), title


def test_the_same_headline_alerts_with_and_without_the_accent() -> None:
    m = watchlist("Mali", *MALI)
    assert m.match("Gunmen attack Segou", "")
    assert m.match("Gunmen attack Ségou", "")


# French, Spanish and Portuguese headlines keep their language: a word in lower case with an
# accent, or a capitalised one French writes as its own ("Évasion", "Élections"), is French.
KEEP = [
    ("Attaque à Ségou", "fr"),
    ("Ménaka : cinq soldats tués", "fr"),
    ("Évasion à la prison de Koutoukalé", "fr"),
    ("Élections : heurts à Kayes", "fr"),
    ("Téra : des hommes armés tuent deux gendarmes", "fr"),
    ("Ataque con explosivos en Popayán deja tres policías heridos", "es"),
    ("Secuestran a dos ingenieros en Bogotá", "es"),
    ("Homens armados atacam quartel em São Tomé", "pt"),
]


@pytest.mark.parametrize(("title", "language"), KEEP)
def test_a_headline_in_another_language_keeps_its_language(title: str, language: str) -> None:
    assert language in langs(title)
    if language == "fr":  # a French word in it: French alone (a short Spanish one may keep both guesses)
        assert langs(title)[0] == "fr" and "en" not in langs(title)


@pytest.mark.parametrize("title", ["Attaque à Ségou", "Ménaka : cinq soldats tués", "Koutoukalé : attaque contre la prison"])
def test_a_french_headline_still_alerts(title: str) -> None:
    assert watchlist("Mali", *MALI).match(title, "")


def test_a_capitalised_word_french_writes_is_still_french() -> None:
    # "Élections" opens the headline with a capital, as "Ségou" does; wordfreq knows it in French.
    assert marker_languages([tokenize("Élections"), tokenize("")]) == ("fr",)
    assert marker_languages([tokenize("Ségou"), tokenize("")]) == ("en", "fr")


def report_of(title: str, town: str) -> tuple[str | None, frozenset[str]]:
    report = make_report(0, datetime(2026, 1, 1, tzinfo=UTC), title, "", [Place(town, "city", position=title.index(town))])
    assert report is not None
    return report.event, report.events


@pytest.mark.parametrize(
    ("title", "town", "plain"),
    [
        ("Gunmen attack Ségou", "Ségou", "Segou"),
        ("Militants attack army camp near Ménaka", "Ménaka", "Menaka"),
        ("Jihadists ambush soldiers outside Téra", "Téra", "Tera"),
    ],
)
def test_the_story_reads_an_accented_headline_as_its_plain_copy(title: str, town: str, plain: str) -> None:
    """`bot.story` reads the item's languages with the matcher's function: the report of an
    English headline is the same with the accent or without it."""
    assert watchlist("W", town).match(title, "")
    assert report_of(title, town) == report_of(title.replace(town, plain), plain)


# A watched place's name made of French words ("Côte" is one): the matcher and grouping know the
# item names the place, and its accent is no evidence of French either.
CIV = ("Côte d'Ivoire", "Séguéla")


@pytest.mark.parametrize("title", ["Jihadists attack Côte d'Ivoire border post", "Côte d'Ivoire: gunmen kill two soldiers"])
def test_a_watched_name_of_french_words_is_no_evidence_of_french(title: str) -> None:
    assert "en" in item_languages([tokenize(title), tokenize("")], frozenset({"cote", "d", "ivoire"}))
    assert watchlist("Côte d'Ivoire", *CIV).match(title, "")


def test_a_french_headline_naming_a_watched_place_stays_french() -> None:
    title = "Côte d'Ivoire : des hommes armés tuent deux gendarmes près de Séguéla"
    assert item_languages([tokenize(title), tokenize("")], frozenset({"cote", "d", "ivoire", "seguela"}))[0] == "fr"
    assert watchlist("Côte d'Ivoire", *CIV).match(title, "")


@pytest.mark.parametrize("title", ["Jihadists attack Côte d'Ivoire border post", "Gunmen attack Séguéla"])
def test_grouping_reads_the_language_the_matcher_read(title: str) -> None:
    """The bot's path (`bot.pipeline._read_item`): the report of what the matcher found reads the
    item in English, as the matcher did, the watched place's words no evidence of French."""
    from bot.pipeline import places_of

    matcher = watchlist("Côte d'Ivoire", *CIV)
    found = matcher.match(title, "")
    assert found
    report = make_report(0, datetime(2026, 1, 1, tzinfo=UTC), title, "", places_of(matcher, found))
    assert report is not None and report.lang == "en"


# A short French headline with no French common word is read in English too: French "coup" (a
# blow, a kick) in its French phrases must not be the English coup; a coup, in either language, still is.
@pytest.mark.parametrize(
    "title", ["Ségou : coup dur", "Ménaka : coup d'envoi", "Kayes : coup franc", "SÉGOU : COUP DUR", "Ménaka : coup de théâtre"]
)
def test_a_french_blow_is_no_coup(title: str) -> None:
    assert alerted(watchlist("Mali", *MALI), title) == set()


@pytest.mark.parametrize(
    "title", ["Mali: coup attempt foiled in Ségou", "Coup d'état in Ségou garrison", "Ségou : tentative de coup d'État déjouée"]
)
def test_a_coup_is_still_a_coup(title: str) -> None:
    assert alerted(watchlist("Mali", *MALI), title) == {"w/Ségou"}
