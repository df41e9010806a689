"""Senses and vocabulary read by class (issue 20, the sixth blind languages set spent as
development): the bundled set's words of fighting (clashes, combat, opening fire) in every
language, with their other senses (a match, a debate) still turned away. Sentences written for
this file (not taken from any labelled set), in the five languages, with the real gazetteer as
the running bot builds the matcher."""

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
