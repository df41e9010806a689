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
from bot.incident import armed_groups, events_in, one_slain
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from bot.scene import asides
from bot.story import Place, Report, StoryIndex, make_report
from bot.textnorm import tokenize
from tests.support.alerts import alerted, titled_matcher
from tests.support.reports import grouped, placed_report
from tests.test_languages_round20 import _typed_at
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
# story23 (review16d: `git diff 08db05d..cd8f24c`)
# ---------------------------------------------------------------------------------------------

_T0 = datetime(2026, 4, 7, 3, 0, tzinfo=UTC)


def _report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], parents: str) -> Report:
    return placed_report(n, _T0 + timedelta(hours=hours), title, summary, *places, parents=(parents,))


def _town_report(name: str, country: str, title: str, summary: str) -> Report:
    town = Place(name, "city", parents=(country,), area="XX.01", division_words=frozenset({"borno", "gao"}))
    made = make_report(0, _T0, title, summary, [town])
    assert made is not None
    return made


def _country_report(hours: float, name: str, country: str, title: str, summary: str) -> Report:
    """A country's report whose headline names the country, its text the town (`name`)."""
    places = [
        Place(country, "country", in_title=True, position=0),
        Place(
            name,
            "city",
            in_title=False,
            position=max(0, summary.find(name)),
            parents=(country,),
            area="XX.01",
            division_words=frozenset({"borno", "gao"}),
        ),
    ]
    made = make_report(1, _T0 + timedelta(hours=hours), title, summary, places)
    assert made is not None
    return made


_MAIDUGURI = (
    "Maiduguri",
    "Nigeria",
    "Suicide bomber kills five at Maiduguri market",
    "A female suicide bomber blew herself up at the Monday market in Maiduguri, police said.",
)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the reviewer's: another town named as where, the town only where the wounded went
        (
            "Nigeria: eight dead as bomber strikes in the northeast",
            "The attacker detonated explosives in Damasak; the wounded were taken to Maiduguri.",
        ),
        (
            "Nigeria: suicide blast kills eight in the northeast",
            "The bomber struck in Damasak at noon and the injured were evacuated to Maiduguri by road.",
        ),
        # the reviewer's: the town's past, a distance from it
        (
            "Nigeria: suicide blast kills eight in the northeast",
            "The bomber struck in Damasak at noon; Maiduguri suffered a similar bombing in 2014.",
        ),
        (
            "Nigeria: suicide blast kills eight in the northeast",
            "The bomber struck in Damasak, 180 km north of Maiduguri, at noon.",
        ),
        # ours: no other town named, only where the survivors were flown, and a distance in miles
        (
            "Nigeria: suicide bomber kills nine in a village",
            "A teenage bomber struck a village at dawn; survivors were flown to Maiduguri.",
        ),
        ("Nigeria: suicide bombing kills nine at a mosque", "The blast hit a mosque in a village some 50 miles from Maiduguri."),
    ],
)
def test_a_countrys_report_placing_its_news_elsewhere_tells_no_town_incident(title: str, summary: str) -> None:
    town = _town_report(*_MAIDUGURI)
    assert grouped(town, _country_report(10, "Maiduguri", "Nigeria", title, summary)) == [0, 1]


@pytest.mark.parametrize(
    "summary",
    [
        # the reviewer's French: a distance from the town
        "Un kamikaze a frappé Ansongo à midi, à 100 km de Gao.",
        # ours: the wounded evacuated to the town, and its past "en 2019"
        "Un kamikaze a frappé un village près d'Ansongo; les blessés ont été évacués vers l'hôpital de Gao.",
        "Le kamikaze a visé un village d'Ansongo, théâtre d'un attentat similaire à Gao en 2019.",
    ],
)
def test_a_town_named_only_aside_in_french_is_no_scene(summary: str) -> None:
    report = _country_report(10, "Gao", "Mali", "Mali : un attentat-suicide fait neuf morts dans le nord", summary)
    assert report.asides == {"Gao"}


def test_a_countrys_report_placing_its_news_at_the_town_still_tells_its_incident() -> None:
    town = _town_report(*_MAIDUGURI)
    wire = _country_report(
        4,
        "Maiduguri",
        "Nigeria",
        "Nigeria: suicide bomber kills eight in the northeast",
        "A suicide bomber blew herself up at a market in Maiduguri on Monday; the wounded were taken to the state hospital.",
    )
    assert wire.asides == frozenset()
    assert grouped(town, wire) == [0, 0]


_BAKURA = ("Bakura", "city")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the reviewer's: a single trader, pastor, aide
        (
            "Police arrest two over killing of Bakura trader",
            "Two men were arrested in Bakura over the killing of a trader in his shop.",
        ),
        (
            "Police arrest two for the killing of a pastor in Bakura",
            "Two suspects were arrested in Bakura after a pastor was shot dead.",
        ),
        ("Two held over killing of Bakura emir's aide", "The aide was killed in his home in Bakura on Wednesday night."),
        # ours: a victim named by name, and an outcry rather than arrests
        (
            "Police arrest three over the murder of Musa Garba in Bakura",
            "Musa Garba was shot dead outside his home on Wednesday.",
        ),
        ("Outrage in Bakura over killing of a schoolteacher", "Residents protested on Thursday over the killing of a teacher."),
    ],
)
def test_arrests_over_one_persons_killing_are_not_of_a_massacre(title: str, summary: str) -> None:
    attack = _report(
        0,
        0,
        "Bandits kill 11 farmers in Bakura",
        "Armed bandits opened fire on farmers outside Bakura.",
        _BAKURA,
        parents="Nigeria",
    )
    assert grouped(attack, _report(1, 30, title, summary, _BAKURA, parents="Nigeria")) == [0, 1]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the reviewer's Spanish, and ours: a taxi driver
        ("Detienen a dos por el crimen de una maestra en Zitácuaro", "La maestra fue asesinada en su domicilio el sábado."),
        ("Detienen a presunto responsable del crimen de un taxista en Zitácuaro", "El taxista fue asesinado el sábado."),
    ],
)
def test_arrests_over_one_persons_crime_in_spanish_are_not_of_a_massacre(title: str, summary: str) -> None:
    zit = ("Zitácuaro", "city")
    attack = _report(
        0,
        0,
        "Ataque armado en una cantina de Zitácuaro deja seis muertos",
        "Hombres armados dispararon contra los clientes de una cantina de Zitácuaro.",
        zit,
        parents="Mexico",
    )
    assert grouped(attack, _report(1, 30, title, summary, zit, parents="Mexico")) == [0, 1]


def test_arrests_over_the_killings_or_naming_no_victim_still_follow_the_massacre_up() -> None:
    attack = _report(
        0,
        0,
        "Bandits kill 11 farmers in Bakura",
        "Armed bandits opened fire on farmers outside Bakura.",
        _BAKURA,
        parents="Nigeria",
    )
    for title in ("Police arrest four over the Bakura killings", "Police arrest two over killing of 11 farmers in Bakura"):
        arrests = _report(
            1, 30, title, "Police said the suspects were arrested in Bakura on Wednesday.", _BAKURA, parents="Nigeria"
        )
        assert not arrests.one_slain
        assert grouped(attack, arrests) == [0, 0], title


_BONI = ("Boni", "city")


@pytest.mark.parametrize("hours", [20, 30])
@pytest.mark.parametrize(
    ("first", "later"),
    [
        # the reviewer's: JNIM, then AQIM
        (
            (
                "JNIM fighters attack army post in Boni",
                "Fighters of JNIM attacked an army post in Boni overnight, security sources said.",
            ),
            (
                "AQIM fighters attack army post in Boni",
                "Fighters of al-Qaeda in the Islamic Maghreb attacked an army post in Boni, sources said.",
            ),
        ),
        # ours: two provinces of the Islamic State, in French
        (
            (
                "Boni : l'EI au Sahel revendique l'attaque du poste militaire",
                "L'État islamique au Sahel a revendiqué dans un communiqué l'attaque menée à l'aube contre le poste de Boni.",
            ),
            (
                "Boni : des combattants de l'ISWAP attaquent le poste",
                "Selon des sources locales, des combattants de l'État islamique en Afrique de l'Ouest ont attaqué Boni.",
            ),
        ),
    ],
)
def test_two_branches_of_one_movement_are_two_groups(first: tuple[str, str], later: tuple[str, str], hours: int) -> None:
    a = _report(0, 0, *first, _BONI, parents="Mali")
    b = _report(1, hours, *later, _BONI, parents="Mali")
    assert not a.groups & b.groups
    assert grouped(a, b) == [0, 1]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("Al-Qaïda au Maghreb islamique revendique", {"AQIM"}),
        ("Islamic State West Africa Province fighters", {"ISWAP"}),
        ("Estado Islámico en el Gran Sahara", {"ISSP"}),
        # a movement named beside a group of another movement is no branch of its own: a rival
        ("The Islamic State Sahel Province, al-Qaeda's rival, claimed it", {"ISSP", "al-Qaeda"}),
    ],
)
def test_groups_read_as_branches(text: str, groups: set[str]) -> None:
    assert armed_groups(tokenize(text)) == groups


def test_the_movement_named_alone_still_joins_a_branch() -> None:
    a = _report(
        0,
        0,
        "JNIM fighters attack army post in Boni",
        "Fighters of JNIM attacked an army post in Boni overnight.",
        _BONI,
        parents="Mali",
    )
    b = _report(
        1,
        20,
        "Al-Qaeda-linked fighters attack army post in Boni",
        "Fighters linked to al Qaeda attacked an army post in Boni, security sources said.",
        _BONI,
        parents="Mali",
    )
    assert grouped(a, b) == [0, 0]


_MAFA = ("Mafa", "city")
_MARKET = "Gunmen opened fire at the Mafa cattle market on Wednesday afternoon, killing eight traders."


_MERCADO = "Hombres armados abrieron fuego en el mercado de ganado de Mafa el miércoles y mataron a ocho comerciantes."


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the reviewer's: fear beside a new attack that is news
        ("Mafa residents in fear as new attack kills eight", _MARKET),
        ("Panic and fear as new attack hits Mafa", _MARKET),
        ("Fear grips Mafa as fresh attack kills eight", _MARKET),
        ("Peur à Mafa : une nouvelle attaque fait huit morts", _MARKET),
        # ours: Spanish, fear beside the news
        ("Miedo en Mafa: nuevo ataque deja ocho muertos", _MERCADO),
        ("Pánico en Mafa por un nuevo ataque que deja ocho muertos", _MERCADO),
    ],
)
def test_fear_beside_a_new_attack_hides_no_attack(title: str, summary: str) -> None:
    first = _report(
        0,
        0,
        "Gunmen kill 12 in Mafa",
        "Gunmen killed twelve villagers in Mafa overnight, residents said.",
        _MAFA,
        parents="Nigeria",
    )
    later = _report(1, 30, title, summary, _MAFA, parents="Nigeria")
    assert later.again and later.own_event == "armed"
    assert grouped(first, later) == [0, 1]


@pytest.mark.parametrize(
    "title",
    [
        "Villagers flee Mafa for fear of new attacks",
        "Moradores deixam Mafa com medo de novos ataques",
        "Des habitants quittent Mafa par peur d'une nouvelle attaque",
        "سكان مافا يفرون خوفا من هجمات جديدة",
    ],
)
def test_new_attacks_feared_are_no_new_attack(title: str) -> None:
    later = _report(1, 30, title, "Residents left with their cattle on Wednesday.", _MAFA, parents="Nigeria")
    assert not later.again


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the reviewer's: a regional body, the prefecture's corps, Peace Corps
        ("Gunmen abduct 20 travellers near Bakura", "ECOWAS, the regional body, condemned the kidnapping."),
        ("Des hommes armés enlèvent 20 voyageurs près de Bakura", "Le corps préfectoral a condamné l'enlèvement."),
        ("Gunmen kidnap two Peace Corps volunteers in Bakura", "The two volunteers were seized on the Bakura road."),
        # ours: a student body, security forces in Spanish, the wreck's remains
        ("Bandits abduct 30 students in Bakura", "The student body called for their release."),
        (
            "Secuestran a 12 pasajeros en Bakura",
            "Los cuerpos de seguridad buscan a los secuestrados; los restos del vehículo quedaron en la vía.",
        ),
    ],
)
def test_a_body_that_is_no_corpse_tells_no_killing(title: str, summary: str) -> None:
    assert _report(1, 9, title, summary, _BAKURA, parents="Nigeria").events == {"kidnap"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Bodies of kidnapped traders found near Bakura",
            "The bodies of the five traders abducted last week were found on Monday.",
        ),
        ("Hallan los cuerpos de 4 pasajeros secuestrados en Bakura", "Los pasajeros habían sido secuestrados el lunes."),
        ("Otages enlevés à Bakura : les corps retrouvés", "Les corps des otages enlevés ont été retrouvés sans vie."),
    ],
)
def test_the_bodies_of_the_kidnapped_still_tell_a_killing(title: str, summary: str) -> None:
    assert "armed" in _report(1, 9, title, summary, _BAKURA, parents="Nigeria").events


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


# ---------------------------------------------------------------------------------------------
# The fixes' own review (review16f): a town written as the scene is no aside; a count or a body
# of people after an article is several slain; an Arabic compound settlement is another place.
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "summary",
    [
        "The attacker detonated explosives in Maiduguri, the army said in a statement in Abuja.",
        "The attacker detonated explosives in Maiduguri, where Boko Haram began its insurgency in 2009.",
        "The attacker detonated explosives in Maiduguri, police spokesman Nahum Daso said in Damaturu.",
        "Une kamikaze s'est fait exploser à Maiduguri, berceau de Boko Haram en 2009.",
        "A bomber struck a bus station in Gombe, the state capital hit by a similar attack in 2018.",
    ],
)
def test_review16f_a_town_written_as_the_scene_is_no_aside(summary: str) -> None:
    assert not asides(tokenize(summary), {"t": ("maiduguri",), "g": ("gombe",)}, ["maiduguri", "gombe"], frozenset(), 2026)


@pytest.mark.parametrize(
    "summary",
    [
        "The bomber struck in Damasak; the wounded were taken to hospital in Maiduguri.",
        "The bomber struck in Damasak, 180 km north of Maiduguri.",
    ],
)
def test_review16f_a_town_where_the_wounded_went_is_still_aside(summary: str) -> None:
    assert asides(tokenize(summary), {"t": ("maiduguri",)}, ["maiduguri"], frozenset(), 2026) == {"t"}


@pytest.mark.parametrize(
    "title",
    [
        "Police arrest two over killing of a dozen farmers in Bakura",
        "Police arrest two over killing of a family of five",
        "Deux suspects arrêtés pour le meurtre d'une dizaine de paysans",
        "Detenidos por el asesinato de una decena de campesinos",
        "Arrests over killing of Christians in Bakura",
        "Arrests over killing of Fulani herders",
        "Presos pelo assassinato de uma família em Zitácuaro",
    ],
)
def test_review16f_several_slain_after_an_article_of_one(title: str) -> None:
    assert not one_slain(tokenize(title), frozenset({"bakura", "zitacuaro"}))


@pytest.mark.parametrize(
    "title",
    ["Police arrest two for the killing of a pastor in Bakura", "Two held over killing of Musa Bello"],
)
def test_review16f_one_slain_still_read(title: str) -> None:
    assert one_slain(tokenize(title), frozenset({"bakura"}))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مقتل طفل من أبناء مدينة منبج في قصف على المدينة الصناعية بحلب", set()),
        ("مقتل عامل من أبناء مدينة منبج في انفجار بالمدينة الجامعية في حلب", set()),
        ("قتل شاب ينحدر من مدينة منبج في قصف على المدينة القديمة، ونقل جثمانه إلى حلب", {"syria/Manbij"}),
        ("قتل خمسة من أبناء مدينة منبج بقصف تركي استهدف المدينة، ونقل الجرحى إلى مشافي حلب", {"syria/Manbij"}),
    ],
)
def test_review16f_an_arabic_compound_settlement_is_another_place(text: str, expected: set[str]) -> None:
    assert alerted(titled_matcher("Syria", "Manbij"), text) == expected


# ---------------------------------------------------------------------------------------------
# story24 (review16g): a later report naming another target whose text tells a deed (an attack on
# the church, a bomb at the mosque, pupils taken) is a new incident, even with no toll the rules read.
# ---------------------------------------------------------------------------------------------

_T24 = datetime(2026, 5, 11, 2, 0, tzinfo=UTC)


def _at(n: int, hours: float, title: str, summary: str, town: str, country: str) -> Report:
    return placed_report(n, _T24 + timedelta(hours=hours), title, summary, (town, "city"), parents=(country,))


@pytest.mark.parametrize(
    ("hours", "title", "summary"),
    [
        (30, "Terror at Gwoza church", "Gunmen opened fire on worshippers at a church in Gwoza on Tuesday."),
        (36, "Gwoza army base falls to jihadists", "Jihadists attacked and seized the army base in Gwoza on Tuesday."),
        (30, "Night of fear at Gwoza school", "Gunmen broke into a school in Gwoza on Tuesday night and took pupils."),
        (30, "Gwoza mosque targeted", "A bomb went off at a mosque in Gwoza during Tuesday prayers."),
        (40, "Gwoza checkpoint targeted", "Gunmen attacked a military checkpoint at the entrance of Gwoza on Tuesday night."),
    ],
)
def test_story24_another_target_with_a_deed_a_day_later_is_a_new_incident(hours: float, title: str, summary: str) -> None:
    first = _at(
        0, 0, "Gunmen attack market in Gwoza", "Armed men attacked the main market in Gwoza overnight.", "Gwoza", "Nigeria"
    )
    assert grouped(first, _at(1, hours, title, summary, "Gwoza", "Nigeria")) == [0, 1]


def test_story24_a_new_target_in_french_and_portuguese_is_a_new_incident() -> None:
    first = _at(
        0, 0, "Des hommes armés attaquent le marché de Djibo", "Des hommes armés ont attaqué le marché.", "Djibo", "Burkina Faso"
    )
    later = _at(
        1,
        30,
        "Djibo : une église prise pour cible",
        "Des hommes armés ont attaqué une église de Djibo mardi.",
        "Djibo",
        "Burkina Faso",
    )
    assert grouped(first, later) == [0, 1]
    first = _at(0, 0, "Insurgentes atacam mercado de Mueda", "Homens armados atacaram o mercado de Mueda.", "Mueda", "Mozambique")
    later = _at(1, 30, "Mueda: terror na igreja", "Insurgentes atacaram a igreja de Mueda na terça-feira.", "Mueda", "Mozambique")
    assert grouped(first, later) == [0, 1]


def test_story24_a_market_reopening_still_follows_the_one_incident_up() -> None:
    first = _at(
        0, 0, "Gunmen attack market in Gwoza", "Armed men attacked the main market in Gwoza overnight.", "Gwoza", "Nigeria"
    )
    assert grouped(first, _at(1, 30, "Gwoza market reopens", "Traders returned to the market in Gwoza.", "Gwoza", "Nigeria")) == [
        0,
        0,
    ]


# ---------------------------------------------------------------------------------------------
# lang21 (review 16b): what round lang21 lost and what it alerted wrongly.
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        # a big city in lower case is the city, whatever its word's frequency
        ("Iraq", "Baghdad", "Car bomb rocks baghdad market, 15 dead", ""),
        ("Afghanistan", "Kabul", "Suicide bomber targets kabul airport gate, dozens killed", ""),
        ("Iraq", "Mosul", "IS sleeper cell attacks mosul police post, two killed", ""),
        ("Palestine", "Gaza", "Israeli airstrikes pound gaza overnight, 30 killed", ""),
        ("Pakistan", "Karachi", "Gunmen attack karachi police headquarters", ""),
        ("Colombia", "Cali", "Atentado con explosivos sacude cali, dos muertos", ""),
        ("Afghanistan", "Kabul", "Blast kills 12", "A suicide bomber struck a mosque west of kabul on Friday, officials said."),
        ("Mali", "Bamako", "Attaque contre un poste de police", "Des hommes armés ont attaqué un poste aux abords de bamako."),
        ("Iraq", "Baghdad", "Car bomb", "a car bomb exploded in a crowded baghdad market on Tuesday killing 15, police said"),
        # a smaller town in lower case, written as a scene
        ("Mali", "Gao", "Jihadists attack gao military camp, Mali army says", ""),
        ("Nigeria", "Bama", "Boko Haram fighters storm bama, kill 10 soldiers", ""),
        ("Brazil", "Queimadas", "Homens armados atacam queimadas e matam dois", ""),
        ("Brazil", "Queimadas", "Tiroteio deixa três mortos no centro de queimadas", ""),
        # near variants
        ("Somalia", "Mogadishu", "Car bomb rocks mogadishu checkpoint, 9 dead", ""),
        ("Syria", "Aleppo", "Airstrikes pound aleppo suburbs, Syrian monitor says", ""),
        ("Brazil", "Queimadas", "Tiroteio deixa dois mortos na periferia de queimadas", ""),
        ("Brazil", "Queimadas", "Bandidos atacam queimadas durante a madrugada e matam um policial", ""),
        ("Mali", "Gao", "Des jihadistes attaquent gao, selon l'armée malienne", ""),
    ],
)
def test_lang21_a_town_in_lower_case_still_alerts(country: str, location: str, title: str, summary: str) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == {f"{country.lower()}/{location}"}


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        ("Brazil", "Queimadas", "Moradores protestam contra queimadas em Campina Grande", ""),
        # near variant: the word, among capitalised names, after no word of place
        ("Brazil", "Queimadas", "Moradores protestam contra queimadas e fumaça em Campina Grande", ""),
    ],
)
def test_lang21_a_frequent_word_in_lower_case_is_still_the_word(country: str, location: str, title: str, summary: str) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == set()


@pytest.mark.parametrize(
    ("country", "location", "title", "summary"),
    [
        (
            "Congo",
            "Goma",
            "GOMA (Actualite.cd) — Des rebelles du M23 ont tué 12 civils dans la localité de Kisoro",
            "Les assaillants ont attaqué la localité de Kisoro dans la nuit de dimanche.",
        ),
        (
            "Cameroon",
            "Kousseri",
            "KOUSSERI (AFP) - Boko Haram tue 14 civils au village de Rann",
            "Des jihadistes ont attaqué le village de Rann dans la nuit, selon des sources locales.",
        ),
        (
            "Colombia",
            "Tumaco",
            "TUMACO (Colprensa) — Asesinan a tres pescadores en la comunidad de Valdez",
            "Los pescadores fueron atacados en la comunidad de Valdez, cerca del río.",
        ),
        (
            "Colombia",
            "Cucuta",
            "CÚCUTA (Colprensa) — Masacre de cuatro personas en el caserío de La Grita",
            "Hombres armados asesinaron a cuatro personas en el caserío de La Grita.",
        ),
        (
            "Burkina Faso",
            "Djibo",
            "DJIBO (AIB) — Des terroristes tuent 20 civils dans la localité de Titao",
            "Les assaillants ont attaqué la localité de Titao samedi.",
        ),
        (
            "Nigeria",
            "Maiduguri",
            "MAIDUGURI, Nigeria (AP) — Boko Haram kills 12 in the village of Bama",
            "Fighters stormed the village of Bama on Sunday night, residents said.",
        ),
        # near variant: a village across the border, within the distance (Rwanda, 48 km)
        (
            "Congo",
            "Goma",
            "GOMA (Radio Okapi) — Des hommes armés tuent trois civils au village de Kinigi",
            "Les assaillants ont attaqué le village de Kinigi dans la nuit de samedi.",
        ),
    ],
)
def test_lang21_a_village_of_another_country_or_division_is_no_datelines_town(
    country: str, location: str, title: str, summary: str
) -> None:
    assert alerted(titled_matcher(country, location), title, summary) == set()


@pytest.mark.parametrize(
    ("country", "location", "title"),
    [
        ("Israel", "Jerusalem", "مقتل شاب بعملية طعن في البلدة القديمة للقدس"),
        ("Israel", "Jerusalem", "مقتل مستوطن في هجوم مسلح على حاجز قرب المدخل الشمالي للقدس"),
        ("Israel", "Jerusalem", "إطلاق نار على حافلة في الضواحي الشرقية للقدس ومقتل شخصين"),
        ("Egypt", "Cairo", "انفجار عبوة ناسفة في الضواحي الغربية للقاهرة ومقتل شرطيين"),
        # near variant
        ("Sudan", "Khartoum", "مقتل ثلاثة في هجوم مسلح على حاجز عند المدخل الجنوبي للخرطوم"),
    ],
)
def test_lang21_every_reading_of_a_prefixed_name_is_tried(country: str, location: str, title: str) -> None:
    assert alerted(titled_matcher(country, location), title) == {f"{country.lower()}/{location}"}


@pytest.mark.parametrize(
    ("country", "name", "lat", "lon", "text"),
    [
        ("Congo", "Lubero", -0.16, 29.24, "مقتل خمسة في هجوم مسلح بالبيرو"),
        ("Congo", "Lubero", -0.16, 29.24, "هجوم مسلح في البيرو يقتل خمسة جنود"),
        ("Nigeria", "Lagos", 6.45, 3.39, "انفجار في خط الغاز يقتل عشرة"),
        ("Mali", "Lere", 15.71, -4.91, "الأهالي يطالبون بإلغاء حظر التجول بعد هجوم مسلح على السوق"),
        # near variant
        ("Congo", "Lubero", -0.16, 29.24, "هجوم على قاعدة للشرطة في البيرو ومقتل ثلاثة"),
    ],
)
def test_lang21_the_article_spells_no_latin_name(country: str, name: str, lat: float, lon: float, text: str) -> None:
    assert alerted(_typed_at(country, name, lat, lon), text) == set()


def test_lang21_a_village_of_the_towns_own_division_is_the_datelines_town() -> None:
    title = "MUBI (AP) — Gunmen kill five in the village of Michika"  # 41 km, Adamawa as Mubi
    summary = "Gunmen attacked the village of Michika on Sunday night, residents said."
    assert alerted(titled_matcher("Nigeria", "Mubi"), title, summary) == {"nigeria/Mubi"}


def test_lang21_an_opening_alef_before_two_consonants_still_spells_a_name() -> None:
    assert alerted(_typed_at("Chad", "Ngoura", 12.87, 16.46), "هجوم مسلح على سوق انغورا") == {"w/Ngoura"}


# ---------------------------------------------------------------------------------------------
# senses22 (review16e: `git diff cd8f24c..4455a40 -- bot`), fixed in fix16e
# ---------------------------------------------------------------------------------------------


@cache
def _senses22_matcher(country: str, town: str) -> Matcher:
    """One watchlist titled with its country, watching one town, the bundled security words."""
    return titled_matcher(f"{country} watch", town)


def _senses22_alerts(country: str, town: str, text: str) -> bool:
    """Whether a headline (a dateline and its sentence, as wires title) alerts for the town."""
    return bool(alerted(_senses22_matcher(country, town), text, ""))


# 1. "The town" said again points back to the town last named as the verb's object or subject too,
# not only one written after "in": the dateline's town is not the scene then.
@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        (
            "Sudan",
            "Khartoum",
            "KHARTOUM — RSF fighters attacked El Fasher overnight, with heavy fighting on the outskirts of the town.",
        ),
        ("Sudan", "Khartoum", "KHARTOUM — RSF fighters attacked El Fasher overnight. Heavy fighting was reported near the town."),
        ("Sudan", "Khartoum", "الخرطوم — هاجمت قوات الدعم السريع الفاشر، واندلعت اشتباكات على أطراف المدينة."),
        ("Colombia", "Bogota", "BOGOTÁ — El ELN atacó Tame; hubo combates a las afueras del pueblo."),
        ("Mali", "Bamako", "BAMAKO — Des jihadistes ont attaqué Ménaka ; des combats ont eu lieu à la sortie de la ville."),
        ("Mozambique", "Pemba", "PEMBA — Insurgentes atacaram Macomia; houve tiroteio perto da vila."),
        # variants
        ("Nigeria", "Maiduguri", "MAIDUGURI — Insurgents overran Monguno on Sunday, with heavy gunfire near the town."),
        (
            "Somalia",
            "Mogadishu",
            "MOGADISHU — Al-Shabaab fighters stormed Afgoye; clashes were reported on the outskirts of the town.",
        ),
        (
            "Burkina Faso",
            "Ouagadougou",
            "OUAGADOUGOU — Des hommes armés ont encerclé Djibo ; des tirs ont été entendus à l'entrée de la ville.",
        ),
        ("Mexico", "Culiacan", "CULIACÁN — Sicarios atacaron Navolato; hubo balaceras cerca del pueblo."),
        ("Sudan", "Khartoum", "الخرطوم — اقتحمت قوات الدعم السريع النهود، ودارت اشتباكات على مشارف المدينة."),
        ("Mozambique", "Pemba", "PEMBA — Insurgentes invadiram Mueda; houve tiroteio perto da vila."),
        ("Sudan", "Kassala", "كسلا — هاجم مسلحون القضارف، ودارت اشتباكات على أطراف المدينة."),
    ],
)
def test_senses22_the_town_again_after_another_town_attacked_is_that_town(country: str, town: str, text: str) -> None:
    assert not _senses22_alerts(country, town, text)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Mozambique", "Montepuez", "MONTEPUEZ — Insurgentes atacaram uma aldeia perto da vila, matando três."),
        ("Mali", "Gao", "GAO — Des hommes armés ont attaqué un camion à la sortie de la ville."),
        ("Nigeria", "Maiduguri", "MAIDUGURI — Gunmen attacked a checkpoint near the town on Sunday, killing two."),
        ("Colombia", "Tumaco", "TUMACO — Disidentes atacaron una patrulla a las afueras del pueblo."),
        ("Sudan", "El Fasher", "الفاشر — هاجمت قوات الدعم السريع معسكرا على أطراف المدينة."),
        # a name inside a construct ("طريق القضارف", the Gedaref road) is no town pointed back to
        ("Sudan", "Kassala", "كسلا — أطلق مسلحون النار على حافلة في طريق القضارف على أطراف المدينة، وقتلوا ثلاثة ركاب."),
    ],
)
def test_senses22_the_datelines_town_said_again_still_alerts(country: str, town: str, text: str) -> None:
    assert _senses22_alerts(country, town, text)


# 2. A sea's name that qualifies a place after it is no sea ("the Black Sea port"), nor "Bay Region",
# a land's name; nor a region's name before a noun of a town ("the Red Sea city").
@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        (
            "Ukraine",
            "Odesa",
            "ODESA, Ukraine (AP) — Russian drones struck energy facilities in the Black Sea port overnight, killing two people.",
        ),
        ("Russia", "Novorossiysk", "NOVOROSSIYSK — Drones struck an oil terminal in the Black Sea port on Tuesday, killing two."),
        ("Somalia", "Baidoa", "BAIDOA — Al-Shabaab militants attacked a military base in Bay Region, killing six soldiers."),
        # variants
        ("Ukraine", "Mykolaiv", "MYKOLAIV — Russian missiles struck grain silos in the Black Sea city overnight, killing two."),
        ("Georgia", "Batumi", "BATUMI — A drone attack hit an oil terminal in the Black Sea resort on Sunday, killing one."),
        ("Sudan", "Port Sudan", "PORT SUDAN — Drones attacked fuel depots in Red Sea State on Sunday, officials said."),
        (
            "Sudan",
            "Port Sudan",
            "PORT SUDAN (Reuters) — Drones attacked fuel depots in the Red Sea city on Sunday, officials said.",
        ),
        ("Papua New Guinea", "Kerema", "KEREMA — Gunmen attacked a health centre in Gulf Province, killing two."),
    ],
)
def test_senses22_a_place_named_by_its_sea_is_the_datelines(country: str, town: str, text: str) -> None:
    assert _senses22_alerts(country, town, text)


@pytest.mark.parametrize(
    "text",
    [
        "MUKALLA — A drone attack hit a cargo ship in the Red Sea on Monday.",
        "MUKALLA — Houthi missiles struck a tanker in the Gulf of Aden, the navy said.",
        "MUKALLA — Un drone a frappé un pétrolier en mer Rouge, selon la marine.",
    ],
)
def test_senses22_a_ship_hit_at_sea_is_still_no_attack_on_the_port(text: str) -> None:
    assert not _senses22_alerts("Yemen", "Mukalla", text)


# 3. A district named bare turns the dateline away only when the gazetteer knows its seat in the
# country beyond SAME_PLACE_KM: it keeps no second-level divisions, and one it does not know may
# hold the dateline's town.
@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("India", "Sopore", "SOPORE: Militants attacked an army camp in Baramulla district on Sunday, killing two soldiers."),
        ("Nigeria", "Maiduguri", "MAIDUGURI — Boko Haram fighters attacked a military base in Jere LGA, killing four soldiers."),
        # variants: a division the gazetteer knows as the town's own, another it does not know
        ("Uganda", "Fort Portal", "FORT PORTAL — Rebels attacked the central police station in Kabarole district, killing two."),
        ("Kenya", "Garissa", "GARISSA - Militants ambushed a police patrol in Boni district, killing three officers."),
    ],
)
def test_senses22_a_division_the_gazetteer_does_not_know_sends(country: str, town: str, text: str) -> None:
    assert _senses22_alerts(country, town, text)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Nigeria", "Maiduguri", "MAIDUGURI — Insurgents killed nine farmers in Gwoza LGA, officials said."),
        ("India", "Srinagar", "SRINAGAR: Militants attacked an army camp in Kupwara district on Sunday, killing two soldiers."),
        ("Kenya", "Garissa", "GARISSA — Bandits attacked two villages in Wajir and Mandera counties overnight."),
    ],
)
def test_senses22_a_division_whose_seat_is_far_is_elsewhere(country: str, town: str, text: str) -> None:
    assert not _senses22_alerts(country, town, text)


# 4. A government noun that qualifies the English object's head is no body attacked in words.
@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Sudan", "El Obeid", "RSF attacks government-held El Obeid"),
        ("Nigeria", "Damboa", "ISWAP attacks government positions in Damboa"),
        ("DR Congo", "Beni", "ADF attacks government positions near Beni"),
        ("Kenya", "Kisumu", "Angry residents attack government convoy in Kisumu"),
        # variants
        ("Sudan", "Babanusa", "RSF attacks government-controlled Babanusa"),
        ("Somalia", "Afgoye", "Al-Shabaab attacks government bases in Afgoye"),
    ],
)
def test_senses22_government_positions_and_convoys_are_reached_by_weapons(country: str, town: str, text: str) -> None:
    assert _senses22_alerts(country, town, text)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Kenya", "Kisumu", "Opposition leader attacks government over fuel prices in Kisumu speech"),
        ("Kenya", "Kisumu", "Raila attacks government amid cost of living crisis in Kisumu"),
        ("India", "Patna", "Gandhi attacks Modi government in Patna rally"),
        ("Mali", "Gao", "Gao : l'opposition attaque le gouvernement malien"),
    ],
)
def test_senses22_a_government_itself_is_still_attacked_in_words(country: str, town: str, text: str) -> None:
    assert not _senses22_alerts(country, town, text)


# 5. The French participle "incendié(s)", read from its written accent, is the verb of arson.
@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Mali", "Gao", "Des jeunes en colère ont incendié la mairie de Gao"),
        ("Burkina Faso", "Ouagadougou", "Ouagadougou : des individus ont incendié un commissariat"),
        ("Mali", "Gao", "Gao : des véhicules incendiés au marché"),
        # variants
        ("Mali", "Kayes", "Kayes : des inconnus ont incendié la gendarmerie"),
        ("Niger", "Niamey", "Niamey : des bus incendiés à la gare routière"),
    ],
)
def test_senses22_a_building_set_on_fire_alerts(country: str, town: str, text: str) -> None:
    assert _senses22_alerts(country, town, text)


def test_senses22_a_fire_of_no_doer_is_still_no_arson() -> None:
    assert not _senses22_alerts("Niger", "Zinder", "Zinder : un incendie détruit des boutiques")


# 6. A politician named before a comma is the source, not the subject of the verb's clause.
@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Mali", "Gao", "Selon le ministre, des individus ont attaqué le poste de police de Gao"),
        # variants
        ("Niger", "Zinder", "Selon le maire, des individus ont attaqué la mairie de Zinder"),
        ("Mozambique", "Pemba", "Segundo o governador, desconhecidos atacaram o posto policial de Pemba"),
        ("Colombia", "Cali", "Según el alcalde, desconocidos atacaron la estación de policía de Cali"),
    ],
)
def test_senses22_a_politician_as_the_source_is_no_attack_in_words(country: str, town: str, text: str) -> None:
    assert _senses22_alerts(country, town, text)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Niger", "Niamey", "Niamey : les députés de l'opposition ont attaqué le projet de loi"),
        ("Brazil", "Salvador", "Salvador: o governador atacou a oposição na assembleia"),
    ],
)
def test_senses22_a_politicians_own_attack_is_still_words(country: str, town: str, text: str) -> None:
    assert not _senses22_alerts(country, town, text)
