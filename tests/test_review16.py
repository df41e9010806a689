"""Cases of issue 16's reviews of merged rounds, each round's in its own block below.

Real parts: the gazetteer, the bundled security vocabulary and the matcher as the bot builds them.
"""

from __future__ import annotations

import pytest

from bot.falsefriends import kind_of_person
from tests.support.alerts import alerted, titled_matcher

# ---------------------------------------------------------------------------------------------
# places22: a kind of person next to a town (WordNet's nouns, `bot/person_nouns.py`) reads it as a
# person's name or a home for that mention only, never for the whole item; only agents and roles
# that say a home are kinds of person, not the people an attack happens to (a victim, a hostage,
# a bystander, a shopper) nor things (a trailer, a lookout, a watchdog); an Arabic home across
# "مدينة" does not hold when the item then tells of "المدينة" itself.


@pytest.mark.parametrize(
    ("watch", "town", "title", "summary"),
    [
        # finding 1: a noun before the town in one mention leaves its other mentions the town
        (
            "Nigeria watch",
            "Kano",
            "Bandits storm Kano, kill 12",
            "Bandits stormed Kano overnight, killing 12. The deputy Kano police commissioner said arrests were made.",
        ),
        (
            "Mali watch",
            "Gao",
            "Jihadists storm Gao, kill 10",
            "Jihadists stormed Gao overnight, killing 10. Fellow Gao residents said the toll could rise.",
        ),
        (
            "Niger watch",
            "Diffa",
            "Boko Haram storms Diffa, kills 9",
            "Boko Haram fighters stormed Diffa overnight, killing 9, a deputy Diffa governor said.",
        ),
        ("Nigeria watch", "Kano", "Deputy Kano governor's convoy attacked", "Deputy Kano governor's convoy attacked, 3 killed."),
        (
            "Nigeria watch",
            "Kano",
            "Gunmen kill deputy Kano police commissioner",
            "Gunmen killed a deputy Kano police commissioner on Monday.",
        ),
        # variants: other towns, other offices
        (
            "Nigeria watch",
            "Maiduguri",
            "Suicide bombers strike Maiduguri, 15 dead",
            "Bombers struck Maiduguri, killing 15. The commissioner Maiduguri police report to said 30 were hurt.",
        ),
        (
            "Burkina Faso watch",
            "Djibo",
            "Gunmen attack Djibo, 8 killed",
            "Gunmen attacked Djibo at dawn, killing eight. A farmer Djibo traders know well was among the dead.",
        ),
        (
            "Mali watch",
            "Mopti",
            "Convoy of the Mopti governor ambushed",
            "Gunmen ambushed the convoy of a deputy Mopti governor, killing two guards.",
        ),
        # finding 2: people an attack happens to, named after the town, tell its scene
        (
            "Mali watch",
            "Kidal",
            "Kidal hostages freed in Algeria",
            "Kidal hostages seized when jihadists overran the camp were freed in Algeria.",
        ),
        (
            "Mali watch",
            "Gao",
            "Gao bystanders killed as car bomb hits market; Bamako condemns",
            "Gao bystanders were killed when a car bomb hit the market. Bamako condemned the attack.",
        ),
        (
            "Burkina Faso watch",
            "Djibo",
            "Djibo survivors reach Ouagadougou",
            "Djibo survivors of Saturday's jihadist massacre reached Ouagadougou, where they told of 10 dead.",
        ),
        (
            "Niger watch",
            "Diffa",
            "Diffa shoppers killed in market blast, Niamey says",
            "Diffa shoppers were killed in a market blast, Niamey said on Monday.",
        ),
        (
            "Burkina Faso watch",
            "Ouagadougou",
            "Ouagadougou diners killed in cafe attack, Paris condemns",
            "Ouagadougou diners were killed when jihadists stormed a cafe; Paris condemned the attack.",
        ),
        (
            "Nigeria watch",
            "Maiduguri",
            "Maiduguri detainees killed in barracks, Abuja says",
            "Maiduguri detainees died in the barracks attack, the army said in Abuja.",
        ),
        (
            "Mali watch",
            "Gao",
            "Gao victims flown to Bamako",
            "Gao victims of the suicide bombing were flown to Bamako hospital on Sunday.",
        ),
        (
            "Nigeria watch",
            "Kano",
            "Kano victims buried as Abuja vows justice",
            "Kano victims of the market bombing were buried; Abuja vowed justice.",
        ),
        (
            "Mali watch",
            "Kidal",
            "Survivors from Kidal describe attack",
            "Survivors from Kidal, treated in a Bamako hospital, described how gunmen stormed the market.",
        ),
        # variants
        (
            "Niger watch",
            "Tillaberi",
            "Tillaberi casualties flown to Niamey",
            "Tillaberi casualties of the jihadist ambush were flown to Niamey on Sunday.",
        ),
        (
            "Burkina Faso watch",
            "Kaya",
            "Kaya spectators killed in stadium blast, Ouagadougou says",
            "Kaya spectators were killed when a bomb went off at the stadium, Ouagadougou said.",
        ),
        (
            "Mali watch",
            "Menaka",
            "Menaka inmates killed as jihadists storm prison, Bamako says",
            "Menaka inmates were killed when jihadists stormed the prison, the ministry in Bamako said.",
        ),
        # finding 3: things, not kinds of person
        (
            "Mali watch",
            "Kidal",
            "Jihadists attack Kidal lookout post, Bamako says",
            "Jihadists attacked a Kidal lookout post, killing five soldiers, the army said in Bamako.",
        ),
        (
            "Nigeria watch",
            "Kano",
            "Fire at Kano trailer park kills 5, Abuja says",
            "Gunmen set fire to the Kano trailer park, killing five, officials in Abuja said.",
        ),
        (
            "Nigeria watch",
            "Kano",
            "Kano watchdog office bombed, Abuja says",
            "A bomb hit the Kano watchdog office, killing two, officials in Abuja said.",
        ),
        (
            "Niger watch",
            "Agadez",
            "Agadez carrier depot attacked, Niamey says",
            "Gunmen attacked the Agadez carrier depot, killing three, officials in Niamey said.",
        ),
    ],
)
def test_places22_the_town_of_the_attack_alerts(watch: str, town: str, title: str, summary: str) -> None:
    matcher = titled_matcher(watch, town)
    assert alerted(matcher, title, summary) != set()


@pytest.mark.parametrize(
    ("watch", "town", "title", "summary"),
    [
        # finding 4: the town itself told after the people's home across "مدينة"
        (
            "Syria watch",
            "Manbij",
            "مقتل خمسة من أبناء مدينة منبج بقصف تركي",
            "قتل خمسة من أبناء مدينة منبج بقصف تركي استهدف المدينة، ونقل الجرحى إلى مشافي حلب.",
        ),
        (
            "Syria watch",
            "Manbij",
            "مقتل شاب ينحدر من مدينة منبج",
            "قتل شاب ينحدر من مدينة منبج في انفجار عبوة ناسفة وسط المدينة، ونقل جثمانه إلى حلب.",
        ),
        # variants: a village's noun, another country
        (
            "Syria watch",
            "Saraqib",
            "مقتل ثلاثة من أبناء بلدة سراقب",
            "قتل ثلاثة من أبناء بلدة سراقب في غارة جوية على البلدة، ونقل الجرحى إلى إدلب.",
        ),
        (
            "Iraq watch",
            "Ramadi",
            "مقتل شرطي من أبناء مدينة الرمادي",
            "قتل شرطي من أبناء مدينة الرمادي بانفجار عبوة ناسفة في المدينة، ونقل جثمانه إلى بغداد.",
        ),
    ],
)
def test_places22_an_arabic_home_then_the_town_itself_alerts(watch: str, town: str, title: str, summary: str) -> None:
    matcher = titled_matcher(watch, town)
    assert alerted(matcher, title, summary) != set()


def test_places22_the_home_across_a_settlements_noun_still_holds_elsewhere() -> None:
    syria = titled_matcher("Syria watch", "Manbij")
    title = "مقتل شاب من أبناء مدينة منبج في حلب"
    summary = "قتل شاب من أبناء مدينة منبج برصاص مسلحين في حي الشعار بمدينة حلب، وشيعه أبناء المدينة."
    assert alerted(syria, title, summary) == set()


@pytest.mark.parametrize(
    "word",
    "victim casualty hostage survivor bystander shopper inmate detainee diner passenger tourist visitor spectator "
    "pilgrim trailer carrier lookout watchdog toaster tiger cummings lohan".split(),
)
def test_places22_no_kind_of_person_an_attack_happens_to_nor_a_thing(word: str) -> None:
    assert not kind_of_person(word)
    assert not kind_of_person(word + "s")


@pytest.mark.parametrize("word", "sheikh imam sergeant governor commissioner trader sergeants villagers journalist".split())
def test_places22_agents_and_roles_are_kinds_of_person(word: str) -> None:
    assert kind_of_person(word)
