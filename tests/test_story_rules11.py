"""Issue 17, seventh round: rules written from the sixth blind set's split pairs, read by class
(statements and accounts a day later, notices, words of sieges, cafés, brigades and Arabic
gunfire, vehicles as weapons). Every sentence here is new: written for these tests, not taken
from any labelled set."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.incident import events_in, follows_up, targets_in
from bot.story import Place, Report, make_report, relation
from bot.textnorm import tokenize

T0 = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)
LANGS = ("en", "fr", "ar")
SPANISH = ("es", "en", "fr", "ar")  # an item read as Spanish first


def report(n: int, hours: float, title: str, summary: str = "", *places: tuple[str, str]) -> Report:
    """A report at T0 + hours naming `places` ((name, kind), the first in the title)."""
    named = [Place(name, kind, in_title=i == 0, position=i) for i, (name, kind) in enumerate(places)]
    made = make_report(n, T0 + timedelta(hours=hours), title, summary, named)
    assert made is not None
    return made


# -- words: what was hit, what happened --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Grenade thrown into a tea shop near the port", {"hotel"}),
        ("Explosion dans un café bondé du centre-ville", {"hotel"}),
        ("Gunmen open fire at a coffee house in the old town", {"hotel"}),
        ("انفجار داخل مقهى شعبي وسط المدينة", {"hotel"}),
        ("Deux gendarmes blessés dans l'attaque de leur brigade", {"security post"}),
        ("Army brigade headquarters shelled overnight", {"military"}),
        ("A lorry laden with explosives rammed the gate of the ministry", {"government"}),
        ("Un camion chargé d'explosifs saute devant le commissariat", {"security post"}),
        ("انفجار شاحنة مفخخة قرب مركز للشرطة", {"security post"}),
        ("هجوم على القصر الرئاسي", {"government"}),
    ],
)
def test_what_was_hit(text: str, kinds: set[str]) -> None:
    assert targets_in(tokenize(text)) == frozenset(kinds)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Gunmen besiege a guesthouse in the hills", "armed"),
        ("Siege of the lakeside hotel enters its second night", "armed"),
        ("إطلاق نار قرب مبنى البلدية", "armed"),
        ("حصار فندق في وسط المدينة", "armed"),
    ],
)
def test_a_siege_and_arabic_gunfire_are_armed_violence(text: str, event: str) -> None:
    assert events_in(tokenize(text), LANGS)[:1] == [event]


def test_a_siege_in_spanish() -> None:
    assert events_in(tokenize("Asedio a una comisaría rural deja tres muertos"), SPANISH)[:1] == ["armed"]


def test_an_arabic_release_alone_is_no_gunfire() -> None:
    assert "armed" not in events_in(tokenize("إطلاق سراح الرهائن"), LANGS)


# -- statements and accounts follow an incident up ---------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Statement by the interior ministry on the ambush near the border",
        "Communiqué du gouvernement sur l'attaque du poste de douane",
        "بيان الحكومة بشأن الهجوم على القاعدة",
        "À Kouré, les rescapés racontent l'embuscade",
        "Passengers recount the roadside bombing of their bus",
    ],
)
def test_a_statement_or_an_account_follows_up(title: str) -> None:
    tokens = tokenize(title)
    assert follows_up(tokens, LANGS)


def test_a_statement_in_spanish_follows_up() -> None:
    assert follows_up(tokenize("Comunicado del ministerio sobre el ataque al cuartel"), SPANISH)


def test_a_statement_a_day_later_on_the_attack_joins_it() -> None:
    first = report(1, 0, "Gunmen attack a customs post in Kouré", "Several agents were wounded.", ("Kouré", "city"))
    later = report(2, 20, "Communiqué du ministère sur l'attaque de Kouré", "Le ministère condamne l'attaque.", ("Kouré", "city"))
    assert relation(later, first, 72)[0] is not None


def test_a_statement_on_another_kind_of_event_does_not_join() -> None:
    first = report(1, 0, "Gunmen attack a customs post in Kouré", "Several agents were wounded.", ("Kouré", "city"))
    later = report(2, 20, "Statement on the floods in Kouré", "The ministry announced relief.", ("Kouré", "city"))
    assert relation(later, first, 72)[0] is None


# -- an embassy's notice names the embassy as who speaks -----------------------------------------


def test_an_embassy_notice_names_no_embassy_as_hit() -> None:
    notice = report(
        2,
        4,
        "Security Alert: U.S. Embassy Dakar - explosion near Kolda market",
        "The Embassy is aware of reports of an explosion near the central market.",
        ("Kolda", "city"),
    )
    assert "embassy" not in notice.targets and "embassy" not in notice.title_targets
    assert not notice.names
    first = report(1, 0, "Explosion at Kolda market", "A device exploded among the stalls.", ("Kolda", "city"))
    assert relation(notice, first, 72)[0] is not None


def test_an_attack_on_an_embassy_still_names_it() -> None:
    hit = report(1, 0, "Protesters storm the embassy in Kolda", "", ("Kolda", "city"))
    assert "embassy" in hit.title_targets


def test_a_french_siege_may_be_a_headquarters() -> None:
    assert "armed" not in events_in(tokenize("Réunion au siège de l'organisation régionale"), ("fr", "en"))


# -- a province named alone finds the incidents of its towns -------------------------------------


def test_a_province_named_alone_finds_the_incident_of_a_town_in_it() -> None:
    from bot.story import StoryIndex

    town = Place("Kukawa", "city", area="NG.27", point=(12.92, 13.56))
    province = Place("Borno", "city", area="NG.27", point=(11.5, 13.0), division=True)
    first = make_report(1, T0, "Gunmen raid fishing camp in Kukawa", "Several fishermen were killed.", [town])
    later = make_report(
        2, T0 + timedelta(hours=2), "Borno: gunmen kill fishermen in raid", "Fishermen were killed at a camp.", [province]
    )
    assert first is not None and later is not None and later.region
    index = StoryIndex(72)
    index.add(first, 1)
    assert index.find(later) == 1


def test_a_province_named_alone_finds_no_incident_of_another_province() -> None:
    from bot.story import StoryIndex

    town = Place("Gombi", "city", area="NG.35", point=(10.17, 12.74))
    province = Place("Borno", "city", area="NG.27", point=(11.5, 13.0), division=True)
    first = make_report(1, T0, "Gunmen raid fishing camp in Gombi", "Several fishermen were killed.", [town])
    later = make_report(
        2, T0 + timedelta(hours=2), "Borno: gunmen kill fishermen in raid", "Fishermen were killed at a camp.", [province]
    )
    assert first is not None and later is not None
    index = StoryIndex(72)
    index.add(first, 1)
    assert index.find(later) is None


# -- a country's report a day later that names the incident's town ------------------------------


def _country_and_town(title: str, summary: str, hours: float = 21) -> tuple[Report, Report]:
    town = Place("Kousseri", "city", parents=("Cameroon",), area="CM.12")
    first = make_report(
        1, T0, "Kousseri : une mine tue quatre militaires", "Un véhicule a sauté sur une mine près de Kousseri.", [town]
    )
    country = Place("Cameroon", "country", position=0)
    in_summary = Place("Kousseri", "city", in_title=False, position=40, parents=("Cameroon",), area="CM.12")
    later = make_report(2, T0 + timedelta(hours=hours), title, summary, [country, in_summary])
    assert first is not None and later is not None
    return first, later


def test_a_country_report_a_day_later_naming_the_town_joins_across_languages() -> None:
    first, later = _country_and_town(
        "Cameroon: four soldiers die as landmine hits army vehicle",
        "Four soldiers were killed when their vehicle struck a landmine outside Kousseri, the army said.",
    )
    assert relation(later, first, 72)[0] is not None


def test_a_country_report_a_day_later_of_another_kind_does_not_join() -> None:
    first, later = _country_and_town(
        "Cameroon: gunmen kidnap four aid workers",
        "Four aid workers were kidnapped on the road to Kousseri, the army said.",
    )
    assert relation(later, first, 72)[0] is None


def test_a_country_report_a_day_later_naming_no_town_stays_apart() -> None:
    town = Place("Kousseri", "city", parents=("Cameroon",), area="CM.12")
    first = make_report(1, T0, "Kousseri : une mine tue quatre militaires", "Un véhicule a sauté sur une mine.", [town])
    later = make_report(
        2,
        T0 + timedelta(hours=21),
        "Cameroon: four soldiers die as landmine hits army vehicle",
        "Four soldiers were killed when their vehicle struck a landmine, the army said.",
        [Place("Cameroon", "country")],
    )
    assert first is not None and later is not None
    assert relation(later, first, 72)[0] is None


# -- the end of an incident follows it up ----------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Standoff at the mountain lodge ends after two days",
        "Fin de la prise d'otages dans une banque d'Abéché",
        "انتهاء حصار الفندق",
    ],
)
def test_the_end_of_an_incident_follows_it_up(title: str) -> None:
    assert follows_up(tokenize(title), LANGS)


def test_a_country_report_of_the_siege_ending_joins_it_the_next_morning() -> None:
    town = Place("Garowe", "city", parents=("Somalia",), area="SO.18")
    first = make_report(1, T0, "Gunmen storm guesthouse in Garowe", "Gunmen forced their way into a guesthouse.", [town])
    later = make_report(
        2,
        T0 + timedelta(hours=16),
        "Somali guesthouse siege ends with nine dead",
        "The siege of a guesthouse in Garowe ended overnight, officials said.",
        [Place("Somalia", "country"), Place("Garowe", "city", in_title=False, position=30, parents=("Somalia",), area="SO.18")],
    )
    assert first is not None and later is not None and later.follow_up
    assert relation(later, first, 72)[0] is not None


# -- a town is more specific than the province named beside it -------------------------------------


def test_a_town_named_beside_its_province_is_the_primary() -> None:
    province = Place("Mayo-Kebbi Est", "city", position=0, area="TD.13", division=True)
    town = Place("Bongor", "city", position=40, area="TD.13")
    made = make_report(1, T0, "Mayo-Kebbi Est : des affrontements font six morts à Bongor", "", [province, town])
    assert made is not None and made.primary == "Bongor"


# -- the config's coords over a namesake the gazetteer took ---------------------------------------

_CONFIG = """
feeds:
  - name: Test
    url: https://example.org/rss
watchlists:
  mali:
    title: Mali
    locations:
      - name: Mali
      - name: Bamako
      - name: Faladié
        coords: [12.60, -7.97]
      - name: Ségou
        coords: [13.44, -6.26]
"""


def test_coords_far_from_the_gazetteers_namesake_say_where_a_place_is(tmp_path) -> None:
    from bot.config import load_config
    from bot.geo import load_gazetteer
    from bot.match import placed_matcher
    from bot.pipeline import areas_of
    from bot.places import look_up_places

    path = tmp_path / "config.yaml"
    path.write_text(_CONFIG, encoding="utf-8")
    matcher = placed_matcher(load_config(path).watchlists, load_gazetteer(), look_up_places)
    areas = areas_of(matcher)
    # A district of Bamako, whose name a village some 80 km away bears: the district's point and division.
    assert areas["Faladié"] == (areas["Bamako"][0], (12.60, -7.97))
    # A town whose coords agree with the gazetteer's keeps the gazetteer's place.
    area, point = areas["Ségou"]
    assert point != (13.44, -6.26) and area is not None


# -- the violence a report came after is armed violence; violence alone says no kind ---------------


@pytest.mark.parametrize(
    ("text", "langs"),
    [
        ("Curfew lifted after violence in the market district", LANGS),
        ("Des dizaines d'interpellations après les violences de dimanche", ("fr", "en")),
        ("Detenidos tras la violencia en la frontera", SPANISH),
        ("Calma volta ao bairro depois da violência", ("pt", "en", "fr")),
        ("اعتقالات بعد أعمال العنف في المدينة", LANGS),
    ],
)
def test_the_violence_a_report_came_after_is_armed(text: str, langs: tuple[str, ...]) -> None:
    assert "armed" in events_in(tokenize(text), langs)


@pytest.mark.parametrize("text", ["Several killed in violence near the river", "Violences à Bouar : trois morts"])
def test_violence_alone_says_no_kind(text: str) -> None:
    assert "armed" not in events_in(tokenize(text), LANGS)


def test_arrests_after_the_violence_follow_it_up_the_next_day() -> None:
    town = ("Goré", "city")
    first = report(1, 0, "Goré : des affrontements entre agriculteurs et éleveurs font douze morts", "", town)
    later = report(2, 24, "Goré : une trentaine d'arrestations après les violences", "", town)
    assert later.follow_up
    assert relation(later, first, 72)[0] is not None


# -- a closure names what is shut, not what was hit ------------------------------------------------


def test_schools_closed_the_day_after_the_shelling_join_it() -> None:
    town = ("Ansongo", "city")
    first = report(1, 0, "Ansongo : plusieurs roquettes tombent sur la ville", "Deux civils ont été blessés.", town)
    later = report(2, 22, "Ansongo : les écoles fermées au lendemain des tirs de roquettes", "", town)
    assert later.title_targets == frozenset() and "school" in later.targets
    assert relation(later, first, 72)[0] is not None


def test_a_school_hit_the_day_after_is_no_closure() -> None:
    town = ("Ansongo", "city")
    first = report(1, 0, "Ansongo : plusieurs roquettes tombent sur la ville", "Deux civils ont été blessés.", town)
    later = report(2, 22, "Ansongo : une école touchée par des roquettes", "", town)
    assert later.title_targets == frozenset({"school"})
    assert relation(later, first, 72)[0] is None


@pytest.mark.parametrize("title", ["A close call for the convoy", "Une ferme incendiée près du fleuve"])
def test_close_and_a_farm_are_no_closure(title: str) -> None:
    from bot.incident import closes

    assert not closes(tokenize(title))


# -- a group's branch is part of its name, not a place --------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Niger : l'EI au Sahel revendique l'embuscade",
        "Islamic State in the Greater Sahara fighters kill herders",
        "Al-Qaeda in the Islamic Maghreb claims kidnapping of two engineers",
    ],
)
def test_a_groups_branch_names_no_place(title: str) -> None:
    from bot.incident import groups_in, other_names

    tokens = tokenize(title)
    assert groups_in(tokens) and not other_names(tokens, [])


def test_a_place_after_a_groups_name_is_still_a_place() -> None:
    from bot.incident import other_names

    assert other_names(tokenize("Boko Haram fighters attack a camp in Monguno"), []) == frozenset({"monguno"})


# -- two towns of one region, neither naming the other, the same day and target -------------------


def _two_towns(title_b: str, hours: float = 3, far: bool = False) -> tuple[Report, Report]:
    region = Place("Sanaag", "city", in_title=True, position=0, area="SO.15", point=(10.4, 47.8), division=True)
    one = Place("Dhahar", "city", in_title=True, position=30, area="SO.15", point=(9.77, 48.85))
    other_point = (9.7, 48.0) if far else (9.9, 48.9)
    two = Place("Buuhoodle Hills", "site", in_title=True, position=30, point=other_point)
    first = make_report(1, T0, "Sanaag: militants attack army base near Dhahar", "", [region, one])
    later = make_report(2, T0 + timedelta(hours=hours), title_b, "", [region, two])
    assert first is not None and later is not None
    return first, later


def test_two_towns_of_one_region_the_same_day_and_target_are_one_incident() -> None:
    first, later = _two_towns("Sanaag: suicide car bomb hits army base in Buuhoodle Hills")
    assert relation(later, first, 72)[0] is not None


def test_two_towns_of_one_region_with_different_targets_stay_apart() -> None:
    first, later = _two_towns("Sanaag: suicide car bomb hits market in Buuhoodle Hills")
    assert relation(later, first, 72)[0] is None


def test_two_towns_of_one_region_far_apart_stay_apart() -> None:
    first, later = _two_towns("Sanaag: suicide car bomb hits army base in Buuhoodle Hills", far=True)
    assert relation(later, first, 72)[0] is None


def test_two_towns_of_one_region_a_day_apart_stay_apart() -> None:
    first, later = _two_towns("Sanaag: suicide car bomb hits army base in Buuhoodle Hills", hours=26)
    assert relation(later, first, 72)[0] is None


# -- a place the headline says its town lies in holds it --------------------------------------------


def _held(later_title: str, first_title: str = "Gunmen raid Dadaab police post in Wajir") -> tuple[Report, Report]:
    town = Place("Dadaab", "city", position=first_title.find("Dadaab"), area="KE.16", point=(0.06, 40.31))
    county = Place("Wajir", "city", position=max(first_title.find("Wajir"), 0), area="KE.43", point=(1.75, 40.06))
    first = make_report(1, T0, first_title, "", [town, county] if "Wajir" in first_title else [town])
    later_county = Place("Wajir", "city", position=later_title.find("Wajir"), area="KE.43", point=(1.75, 40.06))
    later = make_report(2, T0 + timedelta(hours=6), later_title, "", [later_county])
    assert first is not None and later is not None
    return first, later


def test_a_report_at_the_place_holding_the_town_joins_it() -> None:
    first, later = _held("Militants claim attack on police post in Wajir")
    assert first.holders == frozenset({"Wajir"})
    assert relation(later, first, 72)[0] is not None


def test_a_place_named_otherwise_holds_nothing() -> None:
    first, later = _held("Militants claim attack on police post in Wajir", "Gunmen raid Dadaab police post, Wajir governor says")
    assert first.holders == frozenset()
    assert relation(later, first, 72)[0] is None
