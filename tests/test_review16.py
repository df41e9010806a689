"""Review 16's findings, each with the reviewer's case and a near variant of our own (another
town, another language). Real parts: the gazetteer, the matcher and the story index as the bot
builds them. Other reviews' findings are added below under their own headers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

import pytest

from bot.config import parse_config
from bot.falsefriends import kind_of_person
from bot.geo import load_gazetteer
from bot.geo.context import read_places
from bot.incident import events_in
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from bot.story import StoryIndex
from bot.textnorm import tokenize
from tests.support.alerts import alerted, titled_matcher
from tests.test_story_labelled import group, reports
from tests.test_unmatched_round22 import PROTEST_WATCHLISTS, STORY_WATCHLISTS, keywords_off_matcher

# ---------------------------------------------------------------------------------------------
# storymiss4 (review16a: `git diff 003d8a2..3b262e3`)
# ---------------------------------------------------------------------------------------------

_START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)


def _stories(matcher: Matcher, pairs: list[tuple[str, str, int]]) -> list[int]:
    """The story each (title, summary, hours after the first) joins, in the order given."""
    rows = [{"title": t, "summary": s, "when": _START + timedelta(hours=h)} for t, s, h in pairs]
    found = reports(rows, matcher)
    assert all(r is not None for r in found)
    return group(found, StoryIndex(72))


@pytest.mark.parametrize(
    "pairs",
    [
        # the reviewer's: the second report's summary names Axum, a town of Tigray the gazetteer places
        [
            ("Gunmen attack Adigrat market, five dead", "Gunmen opened fire in the market of Adigrat.", 0),
            ("Gunmen attack market in Tigray town, five dead", "Gunmen opened fire in the market of Axum, in central Tigray.", 2),
        ],
        # ours: "a town in Tigray", Mekelle named in the summary
        [
            ("Drone strike hits a school in Adigrat", "A drone struck a school in Adigrat on Monday morning.", 0),
            ("Drone strike hits a school in a town in Tigray", "The drone struck a school in Mekelle, the regional capital.", 3),
        ],
    ],
)
def test_a_town_of_the_region_that_the_text_names_is_not_the_watched_towns_story(pairs: list[tuple[str, str, int]]) -> None:
    stories = _stories(keywords_off_matcher(STORY_WATCHLISTS), pairs)
    assert stories[0] != stories[1]


NAMESAKES = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  ma:
    title: Brazil's Maranhão
    locations:
      - name: Caxias
    keyword_sets: [security]
  es:
    title: Brazil's Espírito Santo
    locations:
      - name: Vitória
    keyword_sets: [security]
  tigray:
    title: Ethiopia's Tigray
    locations:
      - name: Adigrat
        coords: [14.28, 39.46]
    keyword_sets: [security]
  valle:
    title: Colombia's Valle del Cauca
    locations:
      - name: Jamundí
        coords: [3.26, -76.54]
    keyword_sets: [security]
  mali:
    title: Mali
    locations:
      - name: Bamako
    keyword_sets: [security]
"""


@cache
def _matcher() -> Matcher:
    return placed_matcher(parse_config(NAMESAKES).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "town"),
    [
        # the reviewer's: Duque de Caxias (RJ) and Vitória de Santo Antão (PE), written short
        (
            "Operação policial em Caxias deixa três mortos",
            "A ação ocorreu em bairros de Caxias, na Baixada Fluminense, segundo a PM do Rio de Janeiro.",
            "ma/Caxias",
        ),
        ("Explosão em Vitória, na Zona da Mata de Pernambuco, deixa feridos", "", "es/Vitória"),
        # ours: the same short forms, placed by other words of their states
        (
            "Tiroteio em Caxias deixa dois mortos",
            "Segundo a Polícia Militar do Rio de Janeiro, os suspeitos fugiram para Nova Iguaçu.",
            "ma/Caxias",
        ),
        (
            "Assalto a banco em Vitória deixa um morto",
            "O caso ocorreu em Vitória, na Zona da Mata, a 50 km do Recife.",
            "es/Vitória",
        ),
    ],
)
def test_a_namesake_written_by_a_short_form_of_its_own_name_is_the_namesake(title: str, summary: str, town: str) -> None:
    assert town not in alerted(_matcher(), title, summary)


def _found(text: str) -> set[str]:
    return {m.text for m in read_places(load_gazetteer(), tokenize(text)).mentions if m.chosen is not None}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the reviewer's: the first word's capital is the sentence's; French writes "quartier" lower case
        ("Quartiers de Ségou : des tirs font trois morts", "Ségou"),
        ("Attaque au Quartier de Ségou : trois morts", "Ségou"),
        # ours: Portuguese at a sentence's start, another French town
        ("Bairros de Nampula acordam com tiroteio; dois mortos", "Nampula"),
        ("Des tirs au Quartier de Kayes font deux blessés", "Kayes"),
    ],
)
def test_a_quarter_noun_capitalised_by_the_sentence_or_a_headline_names_the_town(text: str, town: str) -> None:
    assert town in _found(text)


@pytest.mark.parametrize(
    ("title", "summary", "town"),
    [
        # the reviewer's: some other town of Tigray; Adigrat only where the wounded went
        ("Gunmen kill five in a town in Tigray", "The wounded were taken to hospital in Adigrat.", "tigray/Adigrat"),
        ("Gunmen kill five in a Tigray town", "The wounded were taken to hospital in Adigrat.", "tigray/Adigrat"),
        ("Gunmen kill five in Tigray town of Abiy Addi", "The wounded were taken to hospital in Adigrat.", "tigray/Adigrat"),
        # ours: another town of Tigray named after "a Tigray town"; the watched town a home, not the scene
        ("Drone strike kills 12 in a Tigray town, Hawzen", "Residents of Adigrat said they had heard nothing.", "tigray/Adigrat"),
    ],
)
def test_a_town_of_the_region_is_not_the_watched_town_that_only_received_the_wounded(title: str, summary: str, town: str) -> None:
    assert town not in alerted(_matcher(), title, summary)


@pytest.mark.parametrize(
    ("text", "langs", "kind", "not_kind"),
    [
        # the reviewer's: chemical gas bombs are no protest
        ("Regime helicopters drop chlorine gas bombs on Idlib", ["en"], "blast", "protest"),
        ("Gas bombs dropped on Idlib kill 12", ["en"], "blast", "protest"),
        ("Helicópteros lanzan bombas de gas cloro sobre Idlib", ["es"], "airstrike", "protest"),
        ("Ataque con granadas de gas contra una comisaría", ["es"], "blast", "protest"),
        # ours: French and Portuguese; and bare "gas" at a protest the police disperse stays tear gas
        ("Des bombes de gaz toxique larguées sur Douma tuent 40 personnes", ["fr"], "blast", "protest"),
        ("Polícia dispersa protesto com bombas de gás em Belém", ["pt"], "protest", "blast"),
        ("PM usa bombas de gás para liberar rodovia em Feira de Santana", ["pt"], "protest", "blast"),
    ],
)
def test_only_tear_gas_rounds_are_no_blast(text: str, langs: list[str], kind: str, not_kind: str) -> None:
    found = events_in(tokenize(text), langs)
    assert kind in found and not_kind not in found


DISPUTE = (
    "Familiares cuestionan la versión policial sobre los muertos en Tumaco",
    "Los familiares de los cuatro muertos en el operativo del martes en Tumaco dicen que eran pescadores.",
)
PROTEST = (
    "Vecinos protestan y bloquean la vía al aeropuerto en Tumaco",
    "Familiares y vecinos de los cuatro muertos en el operativo del martes bloquearon la vía en Tumaco.",
)


@pytest.mark.parametrize(
    "pairs",
    [
        # the reviewer's: the protest first, then the dispute
        [(*PROTEST, 0), (*DISPUTE, 6)],
        # ours: Portuguese, another town, the protest first
        [
            (
                "Moradores protestam e bloqueiam rodovia em Tumaco",
                "Moradores bloquearam a rodovia em Tumaco pelos quatro mortos na operação de terça.",
                0,
            ),
            (
                "Familiares contestam versão da polícia sobre os mortos em Tumaco",
                "Familiares dos quatro mortos na operação de terça em Tumaco dizem que eram pescadores.",
                5,
            ),
        ],
    ],
)
def test_a_protest_and_a_dispute_of_no_event_stay_apart_either_way_round(pairs: list[tuple[str, str, int]]) -> None:
    stories = _stories(keywords_off_matcher(PROTEST_WATCHLISTS), pairs)
    assert stories[0] != stories[1]


# ---------------------------------------------------------------------------------------------
# places22 (review16c: `git diff d4b1761..08db05d`)
# ---------------------------------------------------------------------------------------------
# A kind of person next to a town (WordNet's nouns, `bot/person_nouns.py`) reads it as a
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
