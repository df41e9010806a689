"""Senses read by class (issue 20, the fifth blind languages set spent as development): a disease
that "attacks", a politician's attack in words, a headline's figure in quotes carried to its
summary, the dead of the past remembered, a drill, a fire of no one's making, a fireworks store
that blows up; a place where a journey began (a verb of departing, a deed aboard), two cities
that trade accusations in Arabic, an Arabic site noun in the construct state, a city's part by
direction. Sentences written for this file (not taken from any labelled set), in the five
languages, with the real gazetteer as the running bot builds the matcher."""

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
      - name: El Obeid
      - name: Zawiya
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def security() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer())


OTHER_SENSES = [
    # a disease as the attacker, or the attack of a disease
    ("Surto de cólera ataca bairros pobres de Luanda", "Luanda"),
    ("Brote de dengue ataca a los barrios del sur de Lima", "Lima"),
    ("Ataque de gripe deixa hospitais de Maputo lotados", "Maputo"),
    ("الحصبة تهاجم مخيمات النازحين في الخرطوم", "Khartoum"),
    # a politician's attack in words: the opposition, deputies, councillors as its subject
    ("Deputados da oposição atacam ministro por falta de medicamentos em Luanda", "Luanda"),
    ("Concejales atacaron al gobierno por el caos del tráfico en Caracas", "Caracas"),
    ("La oposición ataca el presupuesto municipal de Culiacán", "Culiacan"),
    ("نواب يهاجمون وزير المالية في عدن بسبب الموازنة", "Aden"),
    ("شن نواب هجوما على محافظ عدن بسبب انقطاع المياه", "Aden"),
    ("هجوم سياسي على وزير الكهرباء في بنغازي", "Benghazi"),
    # a headline's figure in quotes is the summary's figure too
    ("Maputo: festival 'explode' nas redes || O festival explodiu em Maputo com cinquenta mil pessoas.", "Maputo"),
    ("Caracas: la nueva tarifa es una 'bomba' || Los comerciantes de Caracas dicen que la tarifa es una bomba.", "Caracas"),
    # the dead of the past remembered
    ("Bairro de Maputo lembra os mortos da guerra civil", "Maputo"),
    ("Lima conmemoró a las víctimas asesinadas hace treinta años", "Lima"),
    ("Luanda homenageou os seus mortos numa missa", "Luanda"),
    # a drill
    ("Simulacro de ataque terrorista en el aeropuerto de Lima", "Lima"),
    ("Polícia de Maputo faz simulação de sequestro num hotel da baixa", "Maputo"),
    ("Coast guard stages a mock attack drill at Benghazi port", "Benghazi"),
    ("Simulacro de ataque armado en una escuela de Culiacán", "Culiacan"),
    # a fire of no one's making, a fireworks store that blows up
    ("Incêndio de origem eléctrica destrói mercado de Luanda", "Luanda"),
    ("Un cortocircuito provocó el incendio de una bodega en Caracas", "Caracas"),
    ("Explosão em depósito de pirotecnia mata dois em Luanda", "Luanda"),
    ("Explota un polvorín en Culiacán; mueren dos trabajadores", "Culiacan"),
]


@pytest.mark.parametrize(("text", "location"), OTHER_SENSES)
def test_another_sense(security: Matcher, text: str, location: str) -> None:
    assert location not in alerted(security, text)


# The same words kept when they tell of armed violence or a real deed.
SCENES = [
    ("Homens armados atacam centro de tratamento de cólera em Luanda", "Luanda"),
    ("Deputado atacado a tiro em Luanda", "Luanda"),
    ("Homens armados atacam deputados em Maputo", "Maputo"),
    ("شن مسلحون هجوما على نواب في عدن", "Aden"),
    ("Sicarios atacaron a un concejal en Culiacán", "Culiacan"),
    ("Luanda: 'bomba' no mercado || Homens armados deixaram uma bomba no mercado de Luanda.", "Luanda"),
    ("Recuerdan que los sicarios asesinaron a dos hombres en Culiacán", "Culiacan"),
    ("Ataque armado interrumpe un simulacro en Lima", "Lima"),
    ("Incêndio criminoso destrói sede do partido em Maputo", "Maputo"),
    ("Manifestantes incendiaram viaturas em Luanda", "Luanda"),
    ("Explosão em mercado de Luanda mata dois", "Luanda"),
]


@pytest.mark.parametrize(("text", "location"), SCENES)
def test_still_the_scene(security: Matcher, text: str, location: str) -> None:
    assert location in alerted(security, text)


# Where a journey began, whoever travels, when the deed is elsewhere or aboard.
JOURNEYS = [
    ("Voo de Luanda para Lisboa desviado por ameaça de bomba", "Luanda"),
    ("A flight from Lima to Madrid was diverted after a bomb threat on board", "Lima"),
    ("Emboscada en Maracay contra soldados salidos de Caracas la noche anterior", "Caracas"),
    ("Ataque em Nampula contra polícias chegados de Maputo", "Maputo"),
]


@pytest.mark.parametrize(("text", "location"), JOURNEYS)
def test_only_where_a_journey_began(security: Matcher, text: str, location: str) -> None:
    assert location not in alerted(security, text)


# Arabic grammar of places: two cities that trade accusations are governments; a site's noun in
# the construct state makes an everyday word a town.
ARABIC = [
    ("الخرطوم وجوبا تتبادلان الاتهامات بشأن هجوم حدودي", "Khartoum", False),
    ("تبادلت الخرطوم وجوبا الاتهامات بعد الهجوم على الحدود", "Khartoum", False),
    ("تبادل لإطلاق النار في الخرطوم بين مسلحين والشرطة", "Khartoum", True),
    ("هجوم مسلح على سجن الأبيض", "El Obeid", True),
    ("قتيلان في انفجار بمصفاة الزاوية", "Zawiya", True),
    ("قتيلان في انفجار قرب المستشفى الأبيض", "El Obeid", False),
]


@pytest.mark.parametrize(("text", "location", "alerts"), ARABIC)
def test_arabic_grammar_of_places(security: Matcher, text: str, location: str, alerts: bool) -> None:
    assert (location in alerted(security, text)) == alerts


def test_journeys_at_the_place_stay_scenes(security: Matcher) -> None:
    assert "Luanda" in alerted(security, "Explosão em avião no aeroporto de Luanda deixa feridos")
    assert "Lima" in alerted(security, "Sicarios atacan un bus que partió de Lima; dos muertos en Lima")


@pytest.mark.parametrize(
    "text",
    ["Dos asesinatos en Lima Norte en una semana", "Tiroteio na Lima Sul deixa um morto", "Balacera en Caracas Este"],
)
def test_a_city_part_by_direction_is_the_city(security: Matcher, text: str) -> None:
    assert alerted(security, text)


# The bundled set's words: shots fired, bodies with signs of torture, a drone or rocket that struck.
@pytest.mark.parametrize(
    ("text", "location", "alerts"),
    [
        ("Tiros disparados contra uma esquadra em Luanda", "Luanda", True),
        ("Hallan dos cuerpos con huellas de tortura en Culiacán", "Culiacan", True),
        ("Encontrados corpos com marcas de tortura nos arredores de Maputo", "Maputo", True),
        ("A drone struck a convoy near Benghazi on Sunday", "Benghazi", True),
        ("Two rockets hit a police station in Benghazi", "Benghazi", True),
        ("Preços dos combustíveis disparam em Luanda", "Luanda", False),
    ],
)
def test_the_security_set_reads_shots_torture_and_strikes(security: Matcher, text: str, location: str, alerts: bool) -> None:
    assert (location in alerted(security, text)) == alerts


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gunfire near Mitiga airport", "A patrol came under fire near Tripoli's Mitiga airport, halting flights."),
        ("Drone hits Uige depot", "A drone hit a fuel depot outside Uige overnight, officials said."),
    ],
)
def test_names_do_not_tell_the_language(title: str, summary: str) -> None:
    from bot.language import item_languages
    from bot.textnorm import tokenize

    assert "en" in item_languages([tokenize(title), tokenize(summary)])


TWIN_CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  lebanon:
    title: Lebanon
    locations:
      - name: Nabatieh
    keywords: [قصف, غارة, attack]
"""


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("قصف مدفعي يطال أطراف النبطية", True),
        ("غارة جديدة على مدينة النبطيه فجر اليوم", True),
        ("Drone attack in Nabatieh", True),
        ("قصف على الطهطا", False),  # the second town's name is not the first's
    ],
)
def test_a_city_named_for_two_towns_answers_to_the_first(text: str, alerts: bool) -> None:
    lebanon = placed_matcher(parse_config(TWIN_CONFIG).watchlists, load_gazetteer())
    assert bool(alerted(lebanon, text)) == alerts


@pytest.mark.parametrize(
    "text",
    [
        "Lima, dic 12 - Asesinan a dos comerciantes en Trujillo",
        "Caracas, 5 dic (EFE) - Secuestran a un empresario en Maracaibo",
    ],
)
def test_a_dateline_dated_with_a_short_month_is_only_where_the_news_was_filed(security: Matcher, text: str) -> None:
    assert not alerted(security, text)


PRAIA_CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  caboverde:
    title: Cabo Verde
    locations:
      - name: Praia
    keyword_sets: [security]
"""


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("Tiroteio em Praia Grande deixa dois mortos", False),  # another town: "X Grande" is a longer name
        ("Assalto à mão armada na Praia Grande, litoral de São Paulo", False),
        ("Tiroteio na Praia: dois mortos no bairro de Achada Grande", True),
    ],
)
def test_a_name_with_grande_after_it_is_another_place(text: str, alerts: bool) -> None:
    praia = placed_matcher(parse_config(PRAIA_CONFIG).watchlists, load_gazetteer())
    assert bool(alerted(praia, text)) == alerts
