"""This round's rules of same-incident grouping (issue 17), each with a case it must not join:
arrests and reopenings as follow-ups, a place named only as who speaks, violence told by two of
its kinds, one count in two languages, and the place model's countries for places geonames does
not know. Real parts: `make_report`, `relation`, `StoryIndex`, the matcher's `countries_of`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.config import parse_config
from bot.incident import arrests_over, events_in
from bot.match import Matcher
from bot.pipeline import countries_of
from bot.places import look_up_places
from bot.story import Place, Report, StoryIndex, make_report, relation
from bot.textnorm import tokenize

T0 = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
WINDOW = 72.0
PARENTS = {"Bujumbura": ("Burundi",), "Mpimba prison": ("Burundi",)}  # as the place model gives them


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str]) -> Report:
    """A report at T0 + hours naming `places` ((name, kind)), each where the title names it, else in the summary."""
    named = []
    for name, kind in places:
        at = title.find(name)
        position = at if at >= 0 else max(0, summary.find(name))
        named.append(Place(name, kind, in_title=at >= 0, position=position, parents=PARENTS.get(name, ())))
    made = make_report(n, T0 + timedelta(hours=hours), title, summary, named)
    assert made is not None
    return made


@pytest.mark.parametrize(
    ("title", "over"),
    [
        ("Benin police arrest three over Banikoara police station attack", True),
        ("Guiné-Bissau: detidos 12 suspeitos do ataque ao Palácio do Governo", True),
        ("Angolan police say 1,200 arrested after unrest", True),
        ("Banikoara : des manifestants interpellés lors d'une marche contre l'insécurité", False),  # during
        ("Burkina Faso arrests officers over alleged destabilisation plot", False),  # no incident named
    ],
)
def test_arrests_follow_up_the_incident_they_name(title: str, over: bool) -> None:
    tokens = tokenize(title)
    assert arrests_over(tokens, events_in(tokens, ("en", "fr", "pt", "es", "ar"))) is over


def test_arrests_a_day_later_join_the_attack_and_arrests_at_a_march_do_not() -> None:
    attack = report(0, 0, "Bénin : des hommes armés attaquent un poste de police à Banikoara", "", ("Banikoara", "city"))
    arrests = report(1, 28, "Benin police arrest three over Banikoara police station attack", "", ("Banikoara", "city"))
    march = report(2, 52, "Banikoara : des manifestants interpellés lors d'une marche", "", ("Banikoara", "city"))
    assert relation(arrests, attack, WINDOW)[0] is not None
    assert relation(march, attack, WINDOW)[0] is None


def test_flights_resuming_at_the_site_follow_up_its_attack_but_not_one_days_older() -> None:
    airport = ("Bujumbura airport", "site")
    shells = report(0, 0, "Mortar shells hit Bujumbura airport", "", airport)
    resume = report(1, 20, "Flights resume at Bujumbura airport", "", airport)
    assert resume.follow_up
    assert relation(resume, shells, WINDOW)[0] is not None
    later = report(2, 44, "Flights resume at Bujumbura airport five days after attack", "", airport)
    assert relation(later, shells, WINDOW)[0] is None  # it says which attack: one five days before


def test_a_city_named_as_who_speaks_is_not_where() -> None:
    said = report(1, 3, "Parakou police confirm three dead in market shooting",
                  "Police in Parakou said three herders were killed at the cattle market in Tchaourou.",
                  ("Parakou", "city"), ("Tchaourou", "city"))
    assert said.primary == "Tchaourou"
    dateline = report(2, 3, "Parakou : braquage d'une station-service", "", ("Parakou", "city"))
    assert dateline.primary == "Parakou"
    comma = report(3, 3, "Gunmen attack checkpoint outside Parakou, police officer killed", "", ("Parakou", "city"))
    assert comma.primary == "Parakou"  # "Parakou, police officer": not Parakou's police
    for target in ("Gunmen attack Parakou police station", "Parakou police headquarters attacked"):
        hit = report(4, 3, target, "Gunmen also fired on a bus near Tchaourou.", ("Parakou", "city"), ("Tchaourou", "city"))
        assert hit.primary == "Parakou"  # the police's premises were hit: where, not who speaks


def test_violence_told_by_two_kinds_and_calm_after_it_tells_none() -> None:
    prison = ("Dapaong", "city")
    gunfire = report(0, 0, "Explosions and gunfire at Dapaong prison", "", prison)
    escape = report(1, 5, "Dozens of inmates escape after attack on Dapaong prison", "", prison)
    assert relation(escape, gunfire, WINDOW)[0] is not None
    calm = report(2, 14, "Dapaong : calme précaire après une nuit de tirs", "", prison)
    bus = report(3, 17, "Dapaong : une explosion dans un bus fait deux morts", "", prison)
    assert calm.only_after and relation(bus, calm, WINDOW)[0] is None


def test_one_count_in_two_languages_a_day_later() -> None:
    found = report(0, 0, "Encontrados os corpos de 7 garimpeiros sequestrados perto de Manaus", "", ("Manaus", "city"))
    french = report(1, 22, "Brésil : 7 orpailleurs enlevés retrouvés morts près de Manaus", "", ("Manaus", "city"))
    other = report(2, 22, "Brésil : 3 ingénieurs enlevés près de Manaus", "", ("Manaus", "city"))
    assert french.counts == {"7"}
    assert relation(french, found, WINDOW)[0] is not None
    assert relation(other, found, WINDOW)[0] is None


CONFIG = """
feeds:
  - name: test
    url: https://example.org/feed.xml
watchlists:
  chad:
    title: Chad
    locations:
      - name: Chad
      - name: Ngouboua
  sahel:
    title: Sahel
    locations:
      - name: Mali
      - name: Niger
      - name: Ngouboua
  congo:
    title: Congo
    locations:
      - name: DR Congo
        aliases: ["Democratic Republic of the Congo"]
      - name: Goma
"""


def test_the_place_model_finds_countries_by_any_name_and_for_places_it_does_not_know() -> None:
    config = parse_config(CONFIG, source="test")
    parents = countries_of(Matcher(config.watchlists, look_up_places))
    assert parents["Goma"] == ("DR Congo",)  # "DR Congo" is geonames' "Democratic Republic of the Congo"
    # Ngouboua, unknown to geonames, is watched beside Chad and beside Mali and Niger: not one country.
    assert "Ngouboua" not in parents
    only_chad = parse_config(CONFIG.split("  sahel:")[0], source="test")
    assert countries_of(Matcher(only_chad.watchlists, look_up_places))["Ngouboua"] == ("Chad",)


def test_an_incident_it_lies_within_wins_over_a_story_it_meets_through_one_member() -> None:
    site = ("Mpimba prison", "site")
    index = StoryIndex(WINDOW)
    jailbreak = report(0, 0, "Gunfire at Mpimba prison in Bujumbura, inmates escape", "", site, ("Bujumbura", "city"))
    index.add(jailbreak, 0)
    clash = report(1, 11, "Bujumbura : un manifestant tué lors de heurts avec la police", "", ("Bujumbura", "city"))
    index.add(clash, 1)
    told = report(2, 12, "One dead as protesters clash with police in Burundi's capital",
                  "A protester was shot dead hours after a jailbreak at the city's main prison.", ("Burundi", "country"))
    told = Report(**{**told.__dict__, "capital": "Bujumbura"})
    index.add(told, 1)
    arrests = report(3, 29, "Burundi arrests prison guards accused of aiding jailbreak",
                     "Guards suspected of helping the gunmen who freed inmates from Mpimba prison were arrested.",
                     ("Burundi", "country"), site)
    assert index.find(arrests) == 0
