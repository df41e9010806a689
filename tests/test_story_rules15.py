"""Issue 17, story15's round: rules written from the twelfth blind set's split pairs of the class
"different places" (how a report's place is read for grouping) and the words that kept two
reports of one incident apart beside it. Every sentence here is new: written for these tests,
not taken from any labelled set. Real parts: `make_report`, `relation`, `other_names`,
`events_in`, `targets_in`, the matcher's `countries_of`, `divisions_of` and `areas_of`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.incident import events_in, other_names, targets_in
from bot.match import placed_matcher
from bot.pipeline import areas_of, countries_of, divisions_of
from bot.places import demonym_words, look_up_places
from bot.story import WITHIN, Place, Report, make_report, relation
from bot.textnorm import tokenize

T0 = datetime(2026, 6, 2, 5, 0, tzinfo=UTC)
WINDOW = 72.0
LANGS = ("en", "fr", "es", "pt")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], parents: tuple[str, ...] = ()) -> Report:
    """A report at T0 + hours naming `places` ((name, kind)), each where the title names it, else
    in the summary; `parents`: the watched countries its cities lie in."""
    named = []
    for name, kind in places:
        at = title.find(name)
        position = at if at >= 0 else max(0, summary.find(name))
        named.append(Place(name, kind, in_title=at >= 0, position=position, parents=parents if kind != "country" else ()))
    made = make_report(n, T0 + timedelta(hours=hours), title, summary, named)
    assert made is not None
    return made


# -- a people's word is no place -----------------------------------------------------------------


def test_a_peoples_word_no_stem_of_its_country_gives_is_no_other_place() -> None:
    assert {"afghan", "thai", "lebanese", "filipino", "mozambican", "libanais"} <= demonym_words()
    assert other_names(tokenize("Suicide bomber hits Filipino army camp"), ["Philippines"]) == frozenset()
    assert other_names(tokenize("Car bomb explodes near Lebanese border crossing"), ["Syria"]) == frozenset()
    assert other_names(tokenize("Gunmen raid Mozambican police post overnight"), ["Mozambique"]) == frozenset()
    # A place named beside the people's word still counts.
    assert other_names(tokenize("Blast near Afghan border kills three in Kurram"), ["Pakistan"]) == {"kurram"}
    assert other_names(tokenize("Gunmen attack Lebanese convoy in Hermel"), ["Lebanon"]) == {"hermel"}


def test_a_countrys_report_near_a_neighbours_border_is_within_its_towns_incident() -> None:
    town = report(
        0, 0, "Militants storm army post in Parachinar", "Fighters attacked the post before dawn.", ("Parachinar", "city"),
        parents=("Pakistan",),
    )
    country = report(
        1,
        4,
        "Pakistan says 9 soldiers killed in raid on post near Afghan border",
        "The military said the assault in Kurram was repelled.",
        ("Pakistan", "country"),
    )
    assert country.names == frozenset()
    assert relation(country, town, WINDOW)[0] == WITHIN
    # Another place where it says where: not within the town's incident.
    elsewhere = report(
        2,
        4,
        "Pakistan says 9 soldiers killed in raid near Afghan border in Chitral",
        "The military said the assault was repelled.",
        ("Pakistan", "country"),
    )
    assert elsewhere.names == {"chitral"}
    assert relation(elsewhere, town, WINDOW)[0] is None


# -- a watched place as the headline spells it ----------------------------------------------------


def test_a_place_spelt_otherwise_in_the_headline_is_that_place() -> None:
    title = "Attentat contre un marché à Mazâr-e-Charif, au moins 12 morts"
    place = Place("Mazar-i-Sharif", "city", position=title.find("Mazâr"), parents=("Afghanistan",))
    made = make_report(0, T0, title, "Une bombe a explosé dans le marché central.", [place])
    assert made is not None and made.names == frozenset()
    title = "Otages libérés au Baloutchistan après l'attaque du bus"
    place = Place("Balochistan", "city", position=title.find("Baloutchistan"), division=True, parents=("Pakistan",))
    made = make_report(1, T0, title, "L'armée annonce la fin de l'opération.", [place])
    assert made is not None and made.names == frozenset()
    # Another place the headline names where it says where is still another place.
    title = "Attaque au Baloutchistan et à Zhob, dix morts"
    place = Place("Balochistan", "city", position=title.find("Baloutchistan"), division=True, parents=("Pakistan",))
    made = make_report(2, T0, title, "Deux attaques distinctes selon la police.", [place])
    assert made is not None and made.names == {"zhob"}


# -- where a watched place lies, by its name and its coords: ---------------------------------------

CONFIG = """
feeds:
  - name: Test
    url: https://example.org/rss
watchlists:
  coast:
    title: Puntland and Darfur
    locations:
      - name: Somalia
      - name: Italy
      - name: Sudan
      - name: Chad
      - name: Bari
        coords: [10.50, 49.50]
      - name: North Darfur
        coords: [15.50, 25.00]
      - name: Tripoli
        coords: [34.44, 35.85]
      - name: Lebanon
      - name: Libya
  italy:
    title: Apulia
    locations:
      - name: Italy
      - name: Taranto
"""


def test_a_division_of_a_watched_country_typed_at_its_coords_is_that_division() -> None:
    matcher = placed_matcher(parse_config(CONFIG, source="test").watchlists, load_gazetteer(), look_up_places)
    parents, divisions, areas = countries_of(matcher), divisions_of(matcher), areas_of(matcher)
    # "Bari" beside Somalia, typed in Puntland: Somalia's region, not Italy's city.
    assert parents.get("Bari") == ("Somalia",)
    assert "Bari" in divisions
    area = areas["Bari"][0]
    assert area is not None and area.startswith("SO.")
    # The points of the compass name no namesake town: "North Darfur" lies in Sudan.
    assert parents.get("North Darfur") == ("Sudan",)
    # A namesake in two watched countries: the one its coords: say (Lebanon's Tripoli, not Libya's).
    assert parents.get("Tripoli") == ("Lebanon",)
    # A town of a watched country that is no division: as the gazetteer reads it.
    assert parents.get("Taranto") == ("Italy",)
    assert "Taranto" not in divisions


# -- words that kept one incident's reports apart --------------------------------------------------


def test_a_detention_centre_is_a_prison() -> None:
    assert targets_in(tokenize("Drone strike on migrant detention centre kills 30")) == {"prison"}
    assert targets_in(tokenize("Mutinerie au centre de détention de Makala")) == {"prison"}
    assert targets_in(tokenize("Motín en el centro de detención de Tapachula")) == {"prison"}
    assert targets_in(tokenize("Gunmen free 80 inmates from Minna custodial centre")) == {"prison"}
    # A centre for something else, or detention of people, is no prison.
    assert "prison" not in targets_in(tokenize("Detention of reporters at the press centre condemned"))
    assert "prison" not in targets_in(tokenize("Blast near Kandahar health centre"))


def test_a_cantonment_is_the_armys() -> None:
    assert targets_in(tokenize("Suicide attack on Bannu cantonment repelled")) == {"military"}
    assert targets_in(tokenize("Tirs près du cantonnement des soldats à Ménaka")) == {"military"}


def test_a_vehicle_hijacked_with_its_passengers_is_a_kidnapping() -> None:
    assert events_in(tokenize("Gunmen hijack bus with 30 passengers near Zhob"), LANGS) == ["kidnap"]
    assert events_in(tokenize("Pirates hijacked a tanker off Eyl"), LANGS) == ["kidnap"]
    assert events_in(tokenize("Opposition accuses ruling party of hijacking the vote"), LANGS) == []


def test_a_gathering_held_for_the_dead_is_no_arrest() -> None:
    assert "arrest" not in events_in(tokenize("Funeral prayers were held for the five rangers killed in the raid"), LANGS)
    assert "arrest" not in events_in(tokenize("A memorial service was held for victims of the bombing"), LANGS)
    # People held for an incident are arrested.
    assert "arrest" in events_in(tokenize("Three men held for the killing of a chief"), LANGS)


def test_the_other_end_of_a_road_is_no_spelling_of_the_place() -> None:
    title = "Gunmen abduct passengers on Maiduguri-Damboa road"
    place = Place("Maiduguri", "city", position=title.find("Maiduguri"), parents=("Nigeria",))
    made = make_report(0, T0, title, "The travellers were seized at a fake checkpoint.", [place])
    assert made is not None and made.names == {"damboa"}

