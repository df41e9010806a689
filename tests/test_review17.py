"""Review 17's findings, each with the reviewer's case and near variants of our own (another town,
another language). Real parts: the gazetteer and the matcher as the bot builds them. Each fixer's
findings stand below under their own header."""

from __future__ import annotations

from functools import cache

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from tests.support.alerts import alerted, titled_matcher

# ---------------------------------------------------------------------------------------------
# review17d (senses23: `git diff eda2fff..df15ab7`)
# ---------------------------------------------------------------------------------------------

_TYPED = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  niger:
    title: Niger watch
    locations:
      - name: Tahoua
      - name: Tillabéri
      - name: Maradi
      - name: Niamey
    keywords: [strike, strikes, fighting, fight, fights, attack]
"""


@cache
def _niger() -> Matcher:
    return titled_matcher("Niger watch", "Tahoua", "Maradi", "Niamey", "Agadez")


@cache
def _typed() -> Matcher:
    return placed_matcher(parse_config(_TYPED).watchlists, load_gazetteer())


@cache
def _burkina() -> Matcher:
    return titled_matcher("Burkina Faso watch", "Djibo", "Kaya", "Dori")


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        # the reviewer's: a clause its year heads, the deed dated to now by a weekday, "this
        # morning", "ce lundi", "أمس", or by the day and month before the year
        ("On Sunday, December 6, 2026, when gunmen attacked Tahoua, the army was away.", {"niger/Tahoua"}),
        ("Dans la nuit du 6 au 7 décembre 2026, quand des jihadistes ont attaqué Tahoua, l'armée a riposté.", {"niger/Tahoua"}),
        ("No domingo, 6 de dezembro de 2026, quando jihadistas atacaram Tahoua, o exército estava ausente.", {"niger/Tahoua"}),
        ("يوم الأحد 6 ديسمبر 2026، حين هاجم مسلحون مدينة تاهوا، كان الجيش غائبا.", {"niger/Tahoua"}),
        ("In 2026, when militants attacked Tahoua on Monday, the town was cut off.", {"niger/Tahoua"}),
        ("The truce held until 2026, when jihadists attacked Tahoua this morning.", {"niger/Tahoua"}),
        ("انهار اتفاق عام 2015، حين هاجم مسلحون مدينة تاهوا يوم الاثنين.", {"niger/Tahoua"}),
        ("انهار اتفاق 2015، عندما قصفت طائرات مدينة تاهوا أمس.", {"niger/Tahoua"}),
        ("Le calme régnait depuis 2019, quand des jihadistes ont attaqué Tahoua ce lundi.", {"niger/Tahoua"}),
        # ours: other towns, "hier", "ontem", "ayer", "اليوم", "last night", and the newest year
        # named when an older one stands beside it
        ("La trêve tenait depuis 2021, quand des hommes armés ont attaqué Maradi hier soir.", {"niger/Maradi"}),
        ("A trégua durava desde 2020, quando homens armados atacaram Maradi ontem.", {"niger/Maradi"}),
        ("La tregua duró hasta 2026, cuando hombres armados atacaron Maradi ayer.", {"niger/Maradi"}),
        ("صمدت الهدنة حتى 2026، حين هاجم مسلحون مدينة مارادي اليوم.", {"niger/Maradi"}),
        ("The 2018 accord held until 2026, when gunmen attacked Agadez and killed nine.", {"niger/Agadez"}),
        ("The ceasefire lasted until 2025, when gunmen attacked Agadez last night.", {"niger/Agadez"}),
        # still history: the year alone, a year older than the newest named, a date a deed's name
        ("Maradi se souvient de 1990, quand des soldats ont tué des dizaines d'étudiants.", set()),
        ("Agadez marked in 2026 the anniversary of 2007, when rebels attacked the town.", set()),
        ("Maradi lembra o massacre de 6 de abril de 1999, quando milícias mataram dezenas de pessoas.", set()),
    ],
)
def test_a_clause_its_year_heads_keeps_its_sense_when_it_dates_the_deed_to_now(summary: str, expected: set[str]) -> None:
    assert alerted(_niger(), "Niger", summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the reviewer's: words of arms before "strike" make it no footballer's
        ("Air strike on Tahoua football pitch", {"niger/Tahoua"}),
        ("Military strike on Tahoua football pitch", {"niger/Tahoua"}),
        ("Strike on Tahoua football pitch", {"niger/Tahoua"}),
        ("Strikes on Tahoua as football fans gather", {"niger/Tahoua"}),
        # ours
        ("Artillery strike hits Maradi stadium during league match", {"niger/Maradi"}),
        ("Rocket strike on Maradi as the football season opens", {"niger/Maradi"}),
        ("Strikes against Tillabéri as football club trains", {"niger/Tillabéri"}),
        # a footballer's strike stays one
        ("Maradi goalkeeper stuns Niamey with stoppage-time strike", set()),
        ("Tahoua striker's late strike on goal sinks the football club of Maradi", set()),
        # the reviewer's: a pest fought by farmers, or the fight's object, is farming; a pest
        # named elsewhere is not
        ("Fighting near Tillabéri as locust swarms hit farms", {"niger/Tillabéri"}),
        ("Heavy fighting near Maradi as armyworms ravage crops", {"niger/Maradi"}),
        ("Tahoua farmers fight locusts", set()),
        ("Maradi launches the fight against locust swarms", set()),
        ("Maradi steps up the fight against an invasion of desert locusts", set()),
        ("Tahoua farmers battle a plague of armyworms", set()),
        ("Herders and farmers fight near Tahoua", {"niger/Tahoua"}),
        # the animals that fight are wildlife's too
        ("Two elephants fighting near Tillabéri caught on camera", set()),
    ],
)
def test_arms_before_strike_and_pests_fought_as_objects(title: str, expected: set[str]) -> None:
    assert alerted(_typed(), title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the bundled vocabulary writes "air strike" as two words too
        ("Air strike on Tahoua football pitch", {"niger/Tahoua"}),
        ("Air strike hits Maradi stadium during league match", {"niger/Maradi"}),
        # the reviewer's: an event after "after" is a deed, not a market's figure
        ("Niamey bank shares slump after attack by short sellers", set()),
        ("Niamey: naira falls after massacre of bond prices", set()),
        ("Niamey: uranium shares fall after attack on Tahoua convoy", {"niger/Tahoua"}),
        # ours
        ("Niamey telecom shares tumble after attack by speculators", set()),
        ("Niamey: cement shares soar after explosion in demand", set()),
        ("Niamey: uranium shares fall after a gun attack on a Maradi mine", {"niger/Maradi"}),
    ],
)
def test_bundled_air_strike_and_a_deed_after_after(title: str, expected: set[str]) -> None:
    assert alerted(_niger(), title, "") == expected


@pytest.mark.parametrize(
    "summary",
    [
        # the reviewer's: a day between the verb and its listener; the Spanish the docstring claims
        "Des hommes armés ont tué douze civils lundi près de Gorom-Gorom, a indiqué mardi à l'AFP une source "
        "sécuritaire à Djibo.",
        "Hombres armados mataron a doce civiles cerca de Gorom-Gorom, dijo a la AFP una fuente de seguridad en Djibo.",
        # ours
        "Des jihadistes ont tué huit soldats près de Gorom-Gorom, a confié dimanche à l'AFP une source locale à Kaya.",
        "Hombres armados mataron a ocho soldados cerca de Gorom-Gorom, dijo el lunes a Efe una fuente de seguridad en Dori.",
        "Homens armados mataram oito soldados perto de Gorom-Gorom, disse ontem à Lusa uma fonte de segurança em Kaya.",
    ],
)
def test_a_source_told_after_a_day_is_no_scene(summary: str) -> None:
    assert alerted(_burkina(), "Burkina", summary) == set()
