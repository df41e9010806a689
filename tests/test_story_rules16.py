"""Issue 17, story16's round: rules written from the thirteenth blind set's wrong merges (two
incidents in one city the same day, a revenge attack near the same town the next day, a
province's statement beside two incidents in the province). Every sentence here is new: written
for these tests, not taken from any labelled set. Real parts: `make_report`, `relation`,
`targets_in`, `another`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from bot.incident import another, targets_in
from bot.story import Report, relation
from bot.textnorm import tokenize
from tests.support.reports import placed_report

T0 = datetime(2026, 7, 10, 6, 0, tzinfo=UTC)
WINDOW = 72.0
LANGS = ("en", "fr", "es", "pt", "ar")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], **how: Any) -> Report:
    """A report at T0 + hours (see `placed_report`; `division`: the place that is a province named alone)."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, **how)


# -- a bar is where people gather ----------------------------------------------------------------


def test_a_bar_or_a_cantina_is_hit_as_a_hotel_or_a_nightclub() -> None:
    assert targets_in(tokenize("Gunmen open fire in a bar in Celaya")) == {"hotel"}
    assert targets_in(tokenize("Tiroteo en una cantina de Irapuato deja seis muertos")) == {"hotel"}
    assert targets_in(tokenize("Ataque a tiros em bar de Manaus")) == {"hotel"}
    assert targets_in(tokenize("Grenade thrown into a pub in Goma")) == {"hotel"}


# -- the forces hit, or a place where civilians gather: two incidents ----------------------------


def test_soldiers_ambushed_and_a_bar_shooting_the_same_day_in_one_city_are_two_incidents() -> None:
    ambush = report(
        0,
        0,
        "Gunmen ambush police patrol in Celaya, killing three officers",
        "The patrol was on the ring road.",
        ("Celaya", "city"),
    )
    bar = report(1, 6, "Gunmen kill seven at a bar in Celaya", "Attackers burst in and fired on customers.", ("Celaya", "city"))
    assert relation(bar, ambush, WINDOW)[0] is None
    soldiers = report(
        2, 0, "Cinq soldats tués dans une attaque à Tillabéri", "Des assaillants ont visé une patrouille.", ("Tillabéri", "city")
    )
    market = report(
        3,
        5,
        "Attaque contre le marché de Tillabéri : des morts",
        "Des hommes armés ont ouvert le feu sur les commerçants.",
        ("Tillabéri", "city"),
    )
    assert relation(market, soldiers, WINDOW)[0] is None


def test_the_forces_among_the_dead_at_the_place_or_no_place_named_stay_one_incident() -> None:
    soldiers = report(0, 0, "Gunmen kill four soldiers in Celaya", "The attack happened in the evening.", ("Celaya", "city"))
    # Soldiers killed at the bar: the one incident; and a headline at a school of the forces that
    # tells no attack of its own may be the soldiers' death told again.
    both = report(1, 2, "Four soldiers among dead in Celaya bar attack", "Gunmen opened fire in a bar.", ("Celaya", "city"))
    assert relation(both, soldiers, WINDOW)[0] is not None
    # No place named by either: nothing says they differ.
    rewrite = report(2, 3, "Gunmen attack in Celaya leaves four dead", "The victims were soldiers on leave.", ("Celaya", "city"))
    assert relation(rewrite, soldiers, WINDOW)[0] is not None
    cadet = report(
        3, 0, "Un élève policier tué par balle à Kati", "Le drame s'est produit pendant un exercice.", ("Kati", "city")
    )
    school = report(4, 2, "Drame à l'école de police de Kati : une enquête ouverte", "Un élève est mort.", ("Kati", "city"))
    assert relation(school, cadet, WINDOW)[0] is not None


# -- a revenge attack is another incident ----------------------------------------------------------


def test_revenge_says_another_incident_in_each_language() -> None:
    assert another(tokenize("Revenge attack kills six near Bor"), LANGS)
    assert another(tokenize("Jonglei : une attaque par vengeance fait six morts"), LANGS)
    # A Portuguese or Spanish headline, read in its language first (as `vocabulary_languages` orders it).
    assert another(tokenize("Ataque por vingança mata seis perto de Mocímboa"), ("pt", "en", "fr", "ar"))
    assert another(tokenize("Ataque por venganza deja seis muertos en Tumaco"), ("es", "en", "fr", "ar"))
    assert another(tokenize("مقتل ستة في هجوم انتقامي قرب بور"), LANGS)
    # Vowing revenge follows the incident up; a state's reprisal operation too; flights resuming
    # ("reprise", which "reprisal" stems as) are no incident.
    assert not another(tokenize("Army vows revenge after Bor attack"), LANGS)
    assert not another(tokenize("Le président lance une opération de représailles"), LANGS)
    assert not another(tokenize("Reprise des vols à l'aéroport de Juba"), LANGS)
    assert not another(tokenize("Gunmen kill six near Bor"), LANGS)


def test_a_revenge_attack_the_next_day_in_another_language_is_not_the_raid() -> None:
    raid = report(0, 0, "Cattle raiders kill 14 near Bor", "Armed youths raided a cattle camp outside Bor.", ("Bor", "city"))
    revenge = report(
        1, 28, "مقتل ستة في هجوم انتقامي قرب بور", "هاجم مسلحون قرية قرب بور ردا على غارة على مخيم للماشية.", ("Bor", "city")
    )
    assert relation(revenge, raid, WINDOW)[0] is None


# -- a province's statement that names no event ---------------------------------------------------


def test_a_provinces_statement_naming_no_kind_of_event_follows_nothing_up_there() -> None:
    mine = report(
        0,
        0,
        "Insurgents raid a gold mine camp in Niassa",
        "Militants attacked the camp and killed two guards.",
        ("Niassa", "city"),
        division="Niassa",
    )
    statement = report(
        1,
        26,
        "Governor condemns 'cowardly acts' in Niassa",
        "He promised more troops for the districts.",
        ("Niassa", "city"),
        division="Niassa",
    )
    assert statement.events == frozenset()
    assert relation(statement, mine, WINDOW)[0] is None


def test_a_provinces_statement_whose_text_names_the_town_may_still_follow_it_up() -> None:
    town = report(0, 0, "Gunmen kill 30 in Lieri village raid", "Attackers stormed Lieri at dawn.", ("Lieri", "site"))
    statement = report(
        1,
        26,
        "Minister condemns 'cowardly acts' in South Kordofan",
        "He spoke of the dead of Lieri and promised an inquiry.",
        ("South Kordofan", "city"),
        ("Lieri", "site"),
        division="South Kordofan",
    )
    assert relation(statement, town, WINDOW)[0] is not None


# -- a count is no "new" --------------------------------------------------------------------------


def test_nine_written_as_a_word_is_a_count_not_another_incident() -> None:
    assert not another(tokenize("Tiroteo en Celaya deja nueve muertos"), ("es", "en", "fr"))
    assert not another(tokenize("Ataque deixa nove mortos em Manaus"), ("pt", "en", "fr"))
    # "Nuevo", "nova" still say another incident.
    assert another(tokenize("Nuevo ataque en Celaya deja nueve muertos"), ("es", "en", "fr"))
    assert another(tokenize("Nova chacina deixa nove mortos em Manaus"), ("pt", "en", "fr"))


def test_forces_who_deny_a_bombing_at_a_market_are_no_victims_of_another_incident() -> None:
    bomb = report(0, 0, "Car bomb kills nine at market in Afrin", "The blast tore through the market.", ("Afrin", "city"))
    denial = report(
        1, 5, "Les FDS démentent toute implication dans l'attentat d'Afrin", "Elles rejettent les accusations.", ("Afrin", "city")
    )
    assert relation(denial, bomb, WINDOW)[1] != "one headline says the forces were hit, the other a place where civilians gather"
