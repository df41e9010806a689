"""Issue 17, story31's round: wrong merges first, as they hide an incident. A report at a town
near another joins the other's story "as what came of it there" only where that story names its
town as the place of its news: a story whose report names the town only as where the deed it came
after happened ("hours after the shelling that hit Baraka") is a second incident, and a later
report of the first incident at that town (a denial, a toll) is no news of the second
(`story._named_after`). Every sentence here is new, at towns no labelled set uses. Real parts:
`make_report`, `StoryIndex`.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.story import Report
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
            "Dos mineros fueron asesinados en una vereda de Anorí, horas después del atentado que derribó la torre en "
            "Amalfi.",
            "Anorí",
            "Amalfi",
        ),
        report(
            2,
            29,
            "Gobernación ofrece recompensa por responsables del atentado",
            "La Gobernación ofreció una recompensa por información sobre los autores del atentado contra la torre de "
            "Amalfi.",
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
