"""Senses and vocabulary read by class (issue 20, the sixth blind languages set spent as
development): the bundled set's words of fighting (clashes, combat, opening fire) in every
language, with their other senses (a match, a debate, facing a thing) still turned away; a
team's attack, shooting ahead in a table, an explosion of a quantity, a transformer, a death of
an illness; a deed named by its place and year, remembered, or what a campaign is against;
Arabic politicians' words; a capital named for the government seated in it. Sentences written
for this file (not taken from any labelled set), in the five languages, with the real gazetteer
as the running bot builds the matcher."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from tests.test_senses import alerted

CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  watched:
    title: Watched
    locations:
      - name: Luanda
      - name: Maputo
      - name: Lima
      - name: Caracas
      - name: Culiacan
      - name: Khartoum
      - name: Aden
      - name: Benghazi
      - name: Homs
      - name: Mosul
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def security() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer())


# The words of fighting: clashes, combat, fire opened, in every language; their sport and
# debate senses stay turned away.
@pytest.mark.parametrize(
    ("text", "location", "alerts"),
    [
        ("Vecinos y policías se enfrentaron a pedradas en el centro de Lima", "Lima", True),
        ("Dos bandas se enfrentan en un barrio de Culiacán; hay tres heridos", "Culiacan", True),
        ("Combates entre el ejército y un grupo armado en las afueras de Caracas", "Caracas", True),
        ("Confrontos entre vendedores e fiscais no mercado de Luanda", "Luanda", True),
        ("Seguranças abriram fogo contra uma multidão em Maputo", "Maputo", True),
        ("Clashes between rival groups left six wounded in Benghazi", "Benghazi", True),
        ("Clashes resumed overnight on the outskirts of Homs", "Homs", True),
        ("Les gardes ont ouvert le feu sur la foule à Khartoum", "Khartoum", True),
        ("Los dos equipos de Lima se enfrentan en la final del torneo", "Lima", False),
        ("El gobierno y la oposición se enfrentan por el presupuesto de Caracas", "Caracas", False),
        ("Combate à corrupção é prioridade da nova câmara de Luanda", "Luanda", False),
        ("Boxeadores de Culiacán preparan el combate del sábado", "Culiacan", False),
    ],
)
def test_the_security_set_reads_the_words_of_fighting(security: Matcher, text: str, location: str, alerts: bool) -> None:
    assert (location in alerted(security, text)) == alerts


# Iberian verbs of facing: a transitive "enfrentar" faces a thing; they fight as the noun, the
# reflexive verb, a participle, or with a person (Spanish "a") or a side ("contra") as the object.
@pytest.mark.parametrize(
    ("text", "location", "alerts"),
    [
        ("Lima enfrenta una sequía sin precedentes", "Lima", False),
        ("Culiacán enfrentará la temporada de lluvias con nuevas bombas de agua", "Culiacan", False),
        ("Luanda enfrenta uma vaga de frio", "Luanda", False),
        ("Maputo enfrentou a pior seca da década", "Maputo", False),
        ("Policías enfrentaron a un grupo de asaltantes en Caracas", "Caracas", True),
        ("Dos familias se enfrentaron a machetazos en Culiacán", "Culiacan", True),
        ("Grupos enfrentados dejan dos muertos en Lima", "Lima", True),
        ("Manifestantes enfrentaram-se à polícia em Luanda", "Luanda", True),
    ],
)
def test_to_face_is_not_to_fight(security: Matcher, text: str, location: str, alerts: bool) -> None:
    assert (location in alerted(security, text)) == alerts


# A keyword in another sense, by class: a team's attack (a club's letters, a score in the other
# field, baseball, a counter-attack), shooting ahead in a table, an explosion of a quantity, a
# transformer that blows up, a death whose cause is an illness.
OTHER_SENSES = [
    ("Caracas FC pierde el clásico a pesar de su ataque", "Caracas"),
    ("Luanda's attack shines again || The Luanda side won 4-0 at home on Sunday.", "Luanda"),
    ("Los Leones de Caracas atacan con dos jonrones en el noveno", "Caracas"),
    ("هجمة مرتدة تمنح نادي عدن هدف التعادل", "Aden"),
    ("Petro de Luanda dispara na tabela após três vitórias", "Luanda"),
    ("Culiacán vive una explosión de la demanda de vivienda", "Culiacan"),
    ("انفجار محولة كهرباء يقطع التيار عن أحياء في الخرطوم", "Khartoum"),
    ("Muere de un ataque de asma un turista en Lima", "Lima"),
    ("Antigo vereador de Maputo morre de ataque cardíaco", "Maputo"),
]


@pytest.mark.parametrize(("text", "location"), OTHER_SENSES)
def test_another_sense(security: Matcher, text: str, location: str) -> None:
    assert location not in alerted(security, text)


# The same words kept when they tell of armed violence.
SCENES = [
    ("Hombres armados atacan a aficionados del Deportivo FC tras el partido en Caracas", "Caracas"),
    ("Muere de un disparo un comerciante en Lima", "Lima"),
    ("Explosão em mercado de Luanda fere dez pessoas", "Luanda"),
    ("Sicarios disparan contra una patrulla en Culiacán", "Culiacan"),
]


@pytest.mark.parametrize(("text", "location"), SCENES)
def test_still_the_scene(security: Matcher, text: str, location: str) -> None:
    assert location in alerted(security, text)


# The past and campaigns: a deed named by its place and year (and its headline with it), a
# verb of remembering in Portuguese, a campaign against violence; Arabic politicians' words.
PAST_AND_WORDS = [
    ("Luanda lembra o massacre de Cassinga de 1978", "Luanda"),
    ("Maputo, 1986: o atentado esquecido || Um livro lançado em Maputo revisita o atentado de Mbuzini em 1986.", "Maputo"),
    ("Documentário em Luanda recorda os combates de Cuito Cuanavale", "Luanda"),
    ("Culiacán: marcha contra la violencia de género reúne a miles", "Culiacan"),
    ("A campaign against gun violence reaches schools in Benghazi", "Benghazi"),
    ("نائب عن الموصل يشن هجوما على وزير المالية", "Mosul"),
    ("المعارضة في عدن تشن هجوما سياسيا على الحكومة", "Aden"),
]


@pytest.mark.parametrize(("text", "location"), PAST_AND_WORDS)
def test_the_past_campaigns_and_words(security: Matcher, text: str, location: str) -> None:
    assert location not in alerted(security, text)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Homens armados atacam aldeia perto de Luanda; é o pior massacre desde 2020", "Luanda"),
        ("مسلحون يشنون هجوما على مقر حزب في الموصل", "Mosul"),
        ("Sicarios atacan una marcha contra la violencia en Culiacán", "Culiacan"),
    ],
)
def test_deeds_of_today_stay(security: Matcher, text: str, location: str) -> None:
    assert location in alerted(security, text)


# A capital named for its government: the government seated in it, one that hits back.
@pytest.mark.parametrize(
    ("text", "location", "alerts"),
    [
        ("Maputo hits back at critics of its security policy after attacks in the north", "Maputo", False),
        ("O governo em Luanda condenou os ataques contra camionistas no Congo", "Luanda", False),
        ("أدانت الحكومة اليمنية في عدن الهجوم على سفينة في البحر الأحمر", "Aden", False),
        ("Gunmen fired back at police in Maputo, killing one officer", "Maputo", True),
        ("A rocket hit a house in Benghazi on Sunday", "Benghazi", True),
    ],
)
def test_a_capital_named_for_its_government(security: Matcher, text: str, location: str, alerts: bool) -> None:
    assert (location in alerted(security, text)) == alerts


@pytest.mark.parametrize(
    "text",
    ["Disparos junto ao Palácio do Governo em Luanda", "Explosão perto do edifício do Governo, em Maputo, fere dois guardas"],
)
def test_a_building_named_for_the_government_stays_a_scene(security: Matcher, text: str) -> None:
    assert alerted(security, text)
