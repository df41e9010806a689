"""One incident, one alert, rule by rule: what a report says of its incident (`bot.incident`),
how two reports relate (`bot.story.relation`), which story a report joins and why
(`StoryIndex.decide`), and `python -m bot story` that shows it to admins."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import story
from bot.incident import capital_of, events_in, groups_in, other_names, targets_in, victims_in
from bot.story import SAME, WITHIN, Place, Report, StoryIndex, explain, make_report, relation
from bot.textnorm import tokenize

ROOT = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 11, 16, 6, 0, tzinfo=UTC)
LANGS = ("en", "fr")


def report(n: int, hours: float, title: str, summary: str = "", *places: tuple[str, str]) -> Report:
    """A report at T0 + hours naming `places` ((name, kind), the first in the title)."""
    named = [Place(name, kind, in_title=i == 0, position=i) for i, (name, kind) in enumerate(places)]
    made = make_report(n, T0 + timedelta(hours=hours), title, summary, named)
    assert made is not None
    return made


# -- what a report says ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Gunmen attack army post near Gao", {"military"}),
        ("Niger : deux policiers tués à un poste de contrôle", {"security post"}),
        ("Attaque du poste de police de la sortie nord de Niamey", {"security post"}),
        ("Suicide car bomb hits army camp", {"military"}),  # the car is the weapon, not the target
        ("Mali : attaque au véhicule piégé", set()),
        ("Mali's military says it repelled attack on air base", {"military", "airport"}),
        ("Gunmen kill 27 worshippers in mosque attack", {"worship"}),
        ("Passenger boat attacked on Niger River", {"boat", "road"}),
    ],
)
def test_targets_say_what_was_hit(text: str, kinds: set[str]) -> None:
    assert targets_in(tokenize(text)) == kinds


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Roadside bomb kills three civilians near Gao", ["blast"]),
        ("Gunmen kill two police officers at checkpoint", ["armed"]),  # armed men, no event word
        ("Gunmen abduct 10 travellers on Kano-Zaria road", ["kidnap"]),  # the event word comes first
        ("Faladié : des coups de feu contre le commissariat", ["armed"]),  # gunshots, not a coup
        ("Ouagadougou : sit-in pour exiger la libération de l'activiste", ["protest"]),
        ("Mali : Tombouctou visée par des tirs d'obus", ["shelling"]),
        ("Burkina : une position attaquée, des civils enlevés", ["armed", "kidnap"]),  # folded participles
        ("Gao : fusillade au grand marché", ["armed"]),  # a market is hit, not a march
        ("Firefighters battle blaze at fuel depot", ["fire"]),  # not a firefight
        ("Des manifestants dispersés à coups de matraque", ["protest"]),  # blows, not a coup
    ],
)
def test_events_say_what_happened(text: str, events: list[str]) -> None:
    assert events_in(tokenize(text), LANGS) == events


def test_groups_victims_names_and_capitals() -> None:
    assert groups_in(tokenize("Al Qaeda affiliate JNIM says it was behind the raid")) == {"JNIM", "al-Qaeda"}
    assert groups_in(tokenize("L'État islamique revendique l'attaque")) == {"Islamic State"}
    assert victims_in(tokenize("Mali : trois civils tués par une mine")) == {"civilians"}
    assert victims_in(tokenize("Two soldiers killed by roadside bomb")) == {"forces"}
    # Other places a headline names: not its watched places, countries, peoples or groups.
    assert other_names(tokenize("Niger says 12 soldiers killed in ambush in Tillabéri region"), ["Niger"]) == {"tillaberi"}
    assert other_names(tokenize("Militants kill 4 Malian soldiers near Mali's Gao"), ["Mali", "Gao"]) == set()
    assert capital_of("Niger") == "Niamey" and capital_of("Burkina Faso") == "Ouagadougou"


# -- how two reports relate -------------------------------------------------------------------------

GAO = ("Gao", "city")
MALI = ("Mali", "country")


def test_same_city_same_day_different_targets_stay_apart() -> None:
    """A siege of a hotel and a bomb at a checkpoint in one city on one day: two alerts."""
    siege = report(1, 0, "Gunmen storm hotel in Gao, guests held", "", GAO)
    bomb = report(2, 3, "Bomb attack at checkpoint in Gao kills two", "", GAO)
    level, why = relation(bomb, siege, 72)
    assert level is None and why == "the headlines name different targets"
    rewrite = report(3, 4, "Mali : des hommes armés attaquent un hôtel à Gao", "", GAO)
    assert relation(rewrite, siege, 72)[0] == SAME


def test_a_later_report_of_the_same_event_joins_a_day_later() -> None:
    first = report(1, 0, "Gunmen attack army camp near Gao, soldiers killed", "Jihadists stormed the camp at dawn.", GAO)
    later = report(2, 26, "Attack on army camp near Gao: army says attackers repelled", "The camp near Gao was attacked.", GAO)
    level, why = relation(later, first, 72)
    assert level == SAME and why == story.WHY_MORE_OF_IT
    # Naming another place, or saying it is another attack, is another incident.
    elsewhere = report(3, 26, "Gunmen attack army camp near Gao's Ansongo road", "", GAO)
    assert relation(elsewhere, first, 72)[0] is None
    again = report(4, 26, "Army camp in Gao attacked again: the army says attackers repelled", "", GAO)
    assert relation(again, first, 72)[0] is None
    too_late = report(5, 50, "Attack on army camp near Gao: army says attackers repelled", "", GAO)
    assert relation(too_late, first, 72)[0] is None


def test_same_day_reports_naming_the_same_target_agree_when_one_names_no_event() -> None:
    fire = report(1, 0, "Niamey : un incendie ravage une partie du marché de Katako", "", ("Niamey", "city"))
    shops = report(2, 3, "Blaze destroys dozens of shops at Niamey market", "", ("Niamey", "city"))
    assert relation(shops, fire, 72) == (SAME, story.WHY_SAME_EVENT)
    english = report(3, 3, "Dozens of shops lost at Niamey's Katako market", "", ("Niamey", "city"))
    assert relation(english, fire, 72) == (SAME, story.WHY_SAME_TARGET)


def test_a_follow_up_needs_one_report_of_the_story_not_most() -> None:
    """A French follow-up a day later resembles the French report, not the English ones."""
    english = [report(n, n / 4, "Jihadists attack Malian army camp near Gao, soldiers killed", "", GAO) for n in (1, 2, 3)]
    french = report(4, 1, "Mali : un camp de l'armée attaqué près de Gao", "Le camp militaire a été attaqué à l'aube.", GAO)
    index = index_of(*english, french)
    later = report(5, 25, "Mali : le camp de l'armée attaqué près de Gao, trois morts", "Le camp militaire près de Gao.", GAO)
    decision = index.decide(later)
    assert decision.story == 1 and "(as one of its 4 reports)" in decision.why


def test_a_country_wide_claim_a_day_later_joins_the_one_incident_there() -> None:
    gao = report(1, 0, "Gunmen attack army post near Mali's Gao, four soldiers killed", "", GAO, MALI)
    claim = report(2, 20, "Islamic State claims attack on army in northern Mali", "", MALI)
    assert index_of(gao).find(claim) == 1


def test_a_later_report_naming_other_victims_is_another_incident() -> None:
    first = report(1, 0, "Mali : deux soldats tués par un engin explosif près de Gao", "", GAO)
    later = report(2, 30, "Mali : trois civils tués par une mine près de Gao", "", GAO)
    assert relation(later, first, 72)[0] is None


def test_a_country_report_is_within_a_city_that_names_the_country() -> None:
    city = report(1, 0, "Gunmen attack army post near Mali's Gao", "", GAO, MALI)
    country = report(2, 2, "Militants attack army post in northern Mali", "", MALI)
    assert relation(country, city, 72)[0] == WITHIN
    assert relation(city, country, 72)[0] is None  # a city's report never joins a country's story this way
    assert "the later names only Mali, and Gao is in Mali" in explain(country, city, 72)


# -- which story a report joins ---------------------------------------------------------------------


def index_of(*reports: Report) -> StoryIndex:
    index = StoryIndex(72)
    for r in reports:
        index.add(r, index.find(r) or r.item_id)
    return index


def test_a_country_only_report_joins_the_one_incident_that_fits() -> None:
    gao = report(1, 0, "Gunmen attack army post near Mali's Gao, four soldiers killed", "", GAO, MALI)
    decision = index_of(gao).decide(report(2, 3, "Four soldiers killed in attack in northern Mali", "", MALI))
    assert decision.story == 1 and "the one incident there that fits" in decision.why


def test_with_two_incidents_that_fit_the_evidence_decides_or_it_starts_its_own() -> None:
    gao = report(1, 0, "Gunmen kill four in attack near Mali's Gao", "", GAO, MALI)
    mopti = report(2, 1, "Gunmen attack bus near Mali's Mopti, passengers killed", "", ("Mopti", "city"), MALI)
    index = index_of(gao, mopti)
    unsure = index.decide(report(3, 3, "Several killed in attacks in Mali", "", MALI))
    assert unsure.story is None and "when unsure, send" in unsure.why
    bus = index.decide(report(4, 3, "Bus attacked in central Mali, passengers killed", "", MALI))
    assert bus.story == 2 and "shares a target or group" in bus.why


def test_a_country_report_naming_another_place_or_another_attack_starts_its_own() -> None:
    niger = ("Niger", "country")
    index = index_of(report(1, 0, "Gunmen attack army post near Niger's Agadez", "", ("Agadez", "city"), niger))
    assert index.find(report(2, 2, "Niger says 12 soldiers killed in ambush", "", niger)) == 1
    assert index.find(report(3, 2, "Niger says 12 soldiers killed in ambush in Tillabéri region", "", niger)) is None
    assert index.find(report(4, 2, "Another army post attacked in Niger", "", niger)) is None


def test_the_capital_of_a_country_is_its_capital_city() -> None:
    niamey = report(1, 0, "Gunmen kill two police officers at checkpoint on Niamey outskirts", "", ("Niamey", "city"))
    country = report(2, 1, "Two police officers killed in attack near Niger's capital", "", ("Niger", "country"))
    assert country.capital == "Niamey"
    assert index_of(niamey).find(country) == 1


def test_a_report_saved_before_targets_and_groups_still_loads() -> None:
    r = report(1, 0, "JNIM claims attack on army camp near Gao", "", GAO)
    assert Report.from_json(1, r.to_json()) == r
    old = {k: v for k, v in r.to_json().items() if k not in ("targets", "title_targets", "groups", "capital", "names", "victims")}
    loaded = Report.from_json(1, old)
    assert loaded.targets == frozenset() and loaded.groups == frozenset() and loaded.capital is None


# -- python -m bot story ------------------------------------------------------------------------------

CONFIG = "tests/data/match_watchlists.yaml"
ITEMS = [
    {"id": "a", "title": "Gunmen attack army post near Mali's Gao", "summary": "", "published": "2026-10-05T06:40:00Z"},
    {"id": "b", "title": "Mali : un poste de l'armée attaqué près de Gao", "summary": "", "published": "2026-10-05T09:30:00Z"},
    {"id": "c", "title": "Gunmen storm hotel in Gao", "summary": "", "published": "2026-10-05T08:00:00Z"},
    {"id": "d", "title": "Football: Gao wins the cup", "summary": "", "published": "2026-10-05T10:00:00Z"},
]


def bot(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    command = [sys.executable, "-m", "bot", *args]
    return subprocess.run(command, cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=120, env=env)


def test_story_command_groups_json_lines_and_says_why() -> None:
    result = bot("story", "--config", CONFIG, stdin="".join(json.dumps(x) + "\n" for x in ITEMS))
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(a["id"], a["story"]) for a in answers] == [("a", "a"), ("b", "a"), ("c", "c"), ("d", None)]
    assert answers[0]["why"].startswith("starts a story")
    assert answers[1]["why"].startswith("joins the story of a: ")
    assert "different targets" in answers[2]["why"] and "of a" in answers[2]["why"]
    assert "would not alert" in answers[3]["why"]


def test_story_command_explains_a_pair_and_reports_bad_lines() -> None:
    stdin = "".join(json.dumps(x) + "\n" for x in ITEMS)
    result = bot("story", "--config", CONFIG, "--explain", "a", "c", stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "a and c: not grouped"
    assert "not one story: the headlines name different targets" in result.stdout
    missing = bot("story", "--config", CONFIG, "--explain", "a", "zz", stdin=stdin)
    assert missing.returncode == 2 and "no item with id 'zz'" in missing.stderr
    bad = bot("story", "--config", CONFIG, stdin='not json\n{"id": 1, "title": "x", "published": "yesterday"}\n' + stdin)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    answers = [json.loads(line) for line in bad.stdout.splitlines()]
    assert [a.get("line") for a in answers[:2]] == [1, 2] and "ISO 8601" in answers[1]["error"]
    assert [a["story"] for a in answers[2:]] == ["a", "a", "c", None]
