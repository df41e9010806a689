"""Issue 17, story31's round: wrong merges first, as they hide an incident. A report at a town
near another joins the other's story "as what came of it there" only where that story names its
town as the place of its news: a story whose report names the town only as where the deed it came
after happened ("hours after the shelling that hit Baraka") is a second incident, and a later
report of the first incident at that town (a denial, a toll) is no news of the second
(`story._named_after`). Every sentence here is new, at towns no labelled set uses. Real parts:
`make_report`, `StoryIndex`.

A province's or a country's report joins the story of a town as an analyst reads it
(`bot.regionjoin`): a town it names is the story's ground when it lies near the story's town, in
its division (`_names_all`), though the story's reports write it otherwise or not at all; "near
Burkina border" names no town (`_towns_named`); a deed its words say came after the other
incident of the province, by that incident's dead or toll, is not that incident's
(`_came_after_it`); and a story whose words place its town in the report's division ("in southern
Chin State") is there, whatever division the gazetteer guessed for a town it knows only by its
`coords:` (`_division_in_text`). Real parts besides: `region_reading`, the gazetteer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from functools import cache

import pytest

from bot.geo import load_gazetteer
from bot.geo.model import GeoPlace
from bot.regionjoin import region_join, region_reading
from bot.story import Place, Report, StoryIndex, make_report
from tests.support.reports import grouped, report_at_towns

T0 = datetime(2026, 8, 13, 5, 0, tzinfo=UTC)  # a Thursday

# Pairs of towns of one province, some 15-30 km apart (points as the gazetteer gives them).
TOWNS = {
    "Baraka": ("CD.12", (-4.10, 29.09)),
    "Lusenda": ("CD.12", (-3.93, 29.07)),
    "Segbana": ("BJ.10", (10.93, 3.69)),
    "Libantè": ("BJ.10", (10.80, 3.55)),
    "Amalfi": ("CO.02", (6.91, -75.08)),
    "Anorí": ("CO.02", (7.07, -75.15)),
}


def report(n: int, hours: float, title: str, summary: str, *towns: str) -> Report:
    """A report at T0 + hours naming `towns`, each in the headline when written there."""
    return report_at_towns(TOWNS, T0, n, hours, title, summary, *towns)


# (the first incident's report, a second incident's nearby that names the first's town only as
# what it came after, a later report of the first incident at its town)
AFTER_ANOTHER = [
    (
        report(
            0,
            0,
            "Baraka : des obus tombent sur le port de pêche, quatre morts",
            "Au moins quatre pêcheurs ont été tués jeudi matin par des obus tombés sur le port de Baraka.",
            "Baraka",
        ),
        report(
            1,
            10,
            "Lusenda : un enseignant et sa femme tués par des inconnus armés",
            "Des inconnus armés ont tué un enseignant et son épouse à leur domicile de Lusenda, quelques heures après "
            "les bombardements qui ont frappé Baraka.",
            "Lusenda",
            "Baraka",
        ),
        report(
            2,
            30,
            "Les Maï-Maï rejettent toute responsabilité dans les tirs sur la rive du lac",
            "Un porte-parole des Maï-Maï a nié samedi que ses hommes aient visé le port de Baraka et accuse l'armée.",
            "Baraka",
        ),
    ),
    (
        report(
            0,
            0,
            "Gunmen storm Segbana police station, kill two officers",
            "Gunmen on motorbikes stormed the police station in Segbana before dawn on Thursday, killing two officers.",
            "Segbana",
        ),
        report(
            1,
            9,
            "Herders shot dead on grazing land near Libantè",
            "Three herders were shot dead on Thursday evening outside Libantè, hours after the assault on the "
            "police station in Segbana, residents said.",
            "Libantè",
            "Segbana",
        ),
        report(
            2,
            28,
            "Families flee villages around Segbana, fearing new raids",
            "Hundreds of families have left farming villages around Segbana since Thursday's assault, a local official said.",
            "Segbana",
        ),
    ),
    (
        report(
            0,
            0,
            "Explosivo destruye torre de energía en Amalfi",
            "Un artefacto explosivo derribó en la madrugada del jueves una torre de energía en zona rural de Amalfi.",
            "Amalfi",
        ),
        report(
            1,
            8,
            "Asesinan a dos mineros en una vereda de Anorí",
            "Dos mineros fueron asesinados en una vereda de Anorí, horas después del atentado que derribó la torre en Amalfi.",
            "Anorí",
            "Amalfi",
        ),
        report(
            2,
            29,
            "Gobernación ofrece recompensa por responsables del atentado",
            "La Gobernación ofreció una recompensa por información sobre los autores del atentado contra la torre de Amalfi.",
            "Amalfi",
        ),
    ),
]


@pytest.mark.parametrize(("first", "second", "later"), AFTER_ANOTHER)
def test_a_later_report_of_the_first_incident_never_joins_the_second(first: Report, second: Report, later: Report) -> None:
    stories = grouped(first, second, later)
    assert stories[1] != stories[0]  # the second incident has its own message (story30)
    assert stories[2] != stories[1]  # the first incident's news is not hidden in the second's


def test_what_came_of_it_at_a_nearby_town_naming_it_still_joins() -> None:
    """The town of the first incident named as the place of the news, not after "after", still
    ties what came of it nearby (`WHY_NEARBY`)."""
    first = report(
        0,
        0,
        "Gunmen storm Segbana police station, kill two officers",
        "Gunmen on motorbikes stormed the police station in Segbana before dawn on Thursday, killing two officers.",
        "Segbana",
    )
    wounded = report(
        1,
        5,
        "Libantè clinic treats officers wounded in Segbana police station attack",
        "The clinic in Libantè received five officers wounded when gunmen stormed the Segbana police station.",
        "Libantè",
        "Segbana",
    )
    assert grouped(first, wounded) == [0, 0]


# A province's or a country's report beside the story of a town: what an analyst reads in it.
NIGHT = datetime(2026, 8, 19, 2, 0, tzinfo=UTC)  # a Wednesday


def _index(*stories: tuple[str, str, str, str | None, tuple[float, float], float]) -> StoryIndex:
    """Alerted stories, one report each: (town, headline, summary, its division as the gazetteer
    gives it, its point, hours after NIGHT), filed as stories 0, 1..."""
    index = StoryIndex(72)
    for n, (town, title, summary, area, point, hours) in enumerate(stories):
        made = make_report(
            n, NIGHT + timedelta(hours=hours), title, summary, [Place(town, "city", True, 0, (), frozenset(), area, point)]
        )
        assert made is not None
        index.add(made, n)
    return index


@cache
def _towns() -> Callable[[tuple[str, ...]], Iterable[GeoPlace]]:
    return load_gazetteer().lookup


MARKET_STRIKE = (
    "Tonka",
    "Tonka : une frappe de drone touche la foire hebdomadaire",
    "Une frappe de drone a touché mercredi la foire hebdomadaire de Tonka, faisant au moins neuf morts selon des témoins.",
    "ML.08",
    (16.28, -3.48),
    0.0,
)


@pytest.mark.parametrize(
    ("title", "summary", "joins"),
    [
        # Goundam lies some 25 km from Tonka, in its region: the strike's ground, though its reports never name it.
        (
            "Drone strike on crowded market in northern Mali kills nine",
            "A drone strike hit a weekly market near Goundam on Wednesday, killing at least nine people, residents said.",
            True,
        ),
        # Ansongo is another region's town, 440 km off: another market.
        (
            "Une frappe de drone sur un marché du nord du Mali fait neuf morts",
            "Une frappe de drone a touché mercredi un marché hebdomadaire près d'Ansongo, faisant au moins neuf morts.",
            False,
        ),
    ],
)
def test_a_countrys_report_naming_a_town_near_the_story_joins_it(title: str, summary: str, joins: bool) -> None:
    report = region_reading(1, NIGHT + timedelta(hours=5), title, summary, frozenset({"ML"}), _towns())
    assert report is not None and report.scope == "country"
    assert (region_join(_index(MARKET_STRIKE), report, lambda _: True) == 0) is joins


@pytest.mark.parametrize(
    "title",
    [
        "Jihadists storm army post in central Mali near Burkina border",
        "Des jihadistes attaquent un poste de l'armée dans le centre du Mali, près de la frontière du Burkina",
    ],
)
def test_a_countrys_border_is_no_town_of_it(title: str) -> None:
    """ "near Burkina border": the edge of a neighbour, no town the story's reports must name."""
    post = (
        "Kouakourou",
        "Kouakourou : le poste de l'armée attaqué à l'aube",
        "Des hommes armés ont attaqué le poste militaire de Kouakourou à l'aube, selon des élus locaux.",
        "ML.06",
        (14.03, -4.58),
        0.0,
    )
    report = region_reading(1, NIGHT + timedelta(hours=4), title, "", frozenset({"ML", "BF"}), _towns())
    assert report is not None and report.scope == "country"
    assert "burkina" not in report.towns_named
    assert region_join(_index(post), report, lambda _: True) == 0


def test_a_provinces_deed_after_the_other_incident_joins_its_own() -> None:
    """Two incidents in one province: a report of the second that recalls the first by its dead
    ("hours after a roadside bomb killed four soldiers") is the second's, not unsure between them."""
    bomb = (
        "Kohlu",
        "Four soldiers martyred as militants attack army vehicle with roadside bomb in Kohlu",
        "Militants attacked an army vehicle with a remote-controlled bomb near Kohlu, killing four soldiers.",
        "PK.02",
        (29.90, 69.25),
        0.0,
    )
    camp = (
        "Barkhan",
        "Gunmen shoot dead nine labourers at Barkhan road camp",
        "Gunmen stormed a road construction camp near Barkhan in the evening and shot dead nine labourers.",
        "PK.02",
        (29.90, 69.52),
        12.0,
    )
    report = region_reading(
        2,
        NIGHT + timedelta(hours=15),
        "Gunmen kill nine workers in Balochistan hours after army attack",
        "Gunmen killed nine construction workers in Balochistan, hours after a roadside bomb killed four soldiers "
        "in the same district.",
        frozenset({"PK"}),
        _towns(),
    )
    assert report is not None and report.area == "PK.02"
    assert region_join(_index(bomb, camp), report, lambda _: True) == 1


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Military jets bomb Chin State village, residents say",
            "Air strikes hit a village in Chin State on Wednesday, killing six.",
        ),
        (
            "Six civilians killed as junta bombs village in Myanmar's Chin State",
            "A village in Chin State was bombed on Wednesday.",
        ),
    ],
)
def test_a_provinces_report_finds_the_story_whose_words_place_it_there(title: str, summary: str) -> None:
    """A town known only by its coords, in the gazetteer's guess the division of the nearest town
    it lists (Magway's), whose report says "in southern Chin State": Chin's report finds it."""
    strike = (
        "Kanpetlet",
        "Junta jets bomb Kanpetlet, six dead",
        "Military jets bombed a village ward of Kanpetlet in southern Chin State on Wednesday, killing six civilians.",
        "MM.15",
        (21.19, 94.06),
        0.0,
    )
    report = region_reading(1, NIGHT + timedelta(hours=6), title, summary, frozenset({"MM"}), _towns())
    assert report is not None and report.area == "MM.02"
    assert region_join(_index(strike), report, lambda _: True) == 0
    # A story whose words never place it in Chin stays out of its reports.
    elsewhere = (strike[0], strike[1], "Military jets bombed a village ward of Kanpetlet on Wednesday.", *strike[3:])
    assert region_join(_index(elsewhere), report, lambda _: True) is None


@pytest.mark.parametrize(
    "title",
    [
        "Mikenge : les rebelles rejettent toute responsabilité dans le bombardement du marché",
        "Mikenge : le mouvement nie avoir bombardé le marché",
        "Rebel group rejects responsibility for Mikenge market shelling",
        "Los rebeldes rechazan toda responsabilidad en el bombardeo del mercado de Mikenge",
        "Rebeldes rejeitam responsabilidade pelo bombardeamento do mercado de Mikenge",
    ],
)
def test_a_denial_answers_the_incident_it_denies(title: str) -> None:
    """Denying the deed ("rejette toute responsabilité", "nie avoir bombardé") answers a report of
    it, as a claim does: a follow-up of the incident it names, in every language of the feeds."""
    made = make_report(0, NIGHT, title, "", [Place("Mikenge", "city", True, 0)])
    assert made is not None and made.follow_up
