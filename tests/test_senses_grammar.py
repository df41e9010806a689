"""Senses and homes read by word class (issue 20, the fourth blind languages set as development):
a keyword in a screen work, a feeling, weather or the road, a poacher's game; a place that is
only the home of a person named by what they do. Sentences written for this file, in the five
languages, with the real gazetteer as the running bot builds the matcher (see test_senses)."""

from __future__ import annotations

import pytest

from bot.match import Matcher
from tests.test_senses import alerted, matcher  # noqa: F401  (the module's matcher fixture)

# A keyword in another sense, by the class of the words around it.
OTHER_SENSES = [
    # screen works: a soap opera, a film, a festival's documentary about kidnappings
    ("Telenovela gravada em Luanda mostra o sequestro de um empresário || A trama estreia em março", "Luanda"),
    ("Nueva serie de Netflix sobre un secuestro en Caracas llega en mayo", "Caracas"),
    ("Festival de cine de Lima premia un documental sobre el secuestro de un periodista", "Lima"),
    ("مسلسل جديد عن اختطاف طبيب في الخرطوم يعرض في رمضان", "Khartoum"),
    ("A novela das oito conta o sequestro de uma criança em Maputo", "Maputo"),
    # a feeling that bursts
    ("Les supporters ont explosé de joie à Tripoli après la victoire", "Tripoli"),
    ("Torcida explodiu de alegria em Luanda com o título", "Luanda"),
    # weather and the road
    ("Ciclone deixa cinco mortos em Pemba e destrói casas", "Pemba"),
    ("Tormenta tropical deja dos muertos en Esmeraldas", "Esmeraldas"),
    ("Choque entre dos autobuses deja cuatro muertos en Lima", "Lima"),
    # game that poachers kill
    ("Poachers killed two rhinos in a reserve near Maputo", "Maputo"),
]

# A place that is only the home of someone named by what they do, with the scene elsewhere.
HOMES = [
    ("Jornalista de Luanda morto a tiro em Joanesburgo", "Luanda"),
    ("Migrante de Caracas asesinado en Chicago", "Caracas"),
    ("Un estudiante de Lima herido en un ataque en Santiago de Chile", "Lima"),
    ("Ativista baseada em Maputo denuncia ataques em Nampula", "Maputo"),
    ("ناشط من حمص يقتل في بيروت", "Homs"),
    ("Un journaliste d'Islamabad blessé dans une attaque à Peshawar", "Islamabad"),
]


@pytest.mark.parametrize(("text", "location"), OTHER_SENSES + HOMES)
def test_not_the_sense_or_only_a_home(matcher: Matcher, text: str, location: str) -> None:  # noqa: F811
    assert location not in alerted(matcher, text)


# The same words kept when they tell of armed violence or of the place as the scene.
SCENES = [
    ("Homens armados sequestram um empresário em Luanda", "Luanda"),
    ("Explosão em mercado de Pemba deixa três mortos", "Pemba"),
    ("Hombres armados atacan un autobús en Lima: tres muertos", "Lima"),
    ("Jornalistas de Luanda atacados durante protesto na cidade", "Luanda"),
    ("Periodista asesinado en Caracas", "Caracas"),
    ("Migrantes atacados em Maputo por grupo armado", "Maputo"),
]


@pytest.mark.parametrize(("text", "location"), SCENES)
def test_still_the_scene(matcher: Matcher, text: str, location: str) -> None:  # noqa: F811
    assert location in alerted(matcher, text)


# An Arabic word that is also a place name, joined by "and" to a city, is a place; a town's
# Latin name without its Arabic article is the town.
PLACES_BY_GRAMMAR = [
    ("اشتباكات عنيفة بسرت وعدن توقع قتلى", "Aden"),
    ("هجوم مسلح على المكلا وعدن خلال الليل", "Aden"),
    # a feminine adjective, or a noun before the name that owns the masculine one
    ("هجوم على مطار عدن الدولي", "Aden"),
    ("انفجار في حمص القديمة يقتل ثلاثة", "Homs"),
    ("Gunmen attack a market in Obeid, killing four", "El Obeid"),
    ("Shelling hits Obeid fuel depot", "El Obeid"),
]


@pytest.mark.parametrize(("text", "location"), PLACES_BY_GRAMMAR)
def test_a_place_by_grammar(matcher: Matcher, text: str, location: str) -> None:  # noqa: F811
    assert location in alerted(matcher, text)


# And not where the grammar says otherwise: the word alone, a person named like the town.
NOT_PLACES = [
    ("وعدن الرئيس بالرد على الهجوم في الخطاب", "Aden"),
    # "other ...": a common noun ("aims", for Marib)
    ("للحكومة مآرب أخرى من الهجوم على المعارضة", "Marib"),
    # a person's nickname
    ("Detienen a alias 'Caracas', acusado de un secuestro en Valencia", "Caracas"),
    ("Preso em Benguela o assaltante vulgo Luanda, suspeito de ataques armados", "Luanda"),
    # a masculine adjective after the word: a masculine noun, not a city ("عدن" is feminine)
    ("انفجار ناتج عن خلل في عدن الكهربائي المستورد", "Aden"),
]


@pytest.mark.parametrize(("text", "location"), NOT_PLACES)
def test_not_a_place_by_grammar(matcher: Matcher, text: str, location: str | None) -> None:  # noqa: F811
    assert location is None or location not in alerted(matcher, text)


# The bundled security set reads mass graves and prison breaks (`keyword_sets: [security]`).
SECURITY_CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  watched:
    title: Watched
    locations:
      - name: Culiacan
      - name: Tripoli
      - name: Luanda
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def security_matcher() -> Matcher:
    from bot.config import parse_config
    from bot.geo import load_gazetteer
    from bot.match import placed_matcher

    return placed_matcher(parse_config(SECURITY_CONFIG).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Localizan una fosa clandestina con siete cuerpos en Culiacán", "Culiacan"),
        ("Descoberta vala comum nos arredores de Luanda", "Luanda"),
        ("Dozens of inmates escape in Tripoli jailbreak", "Tripoli"),
        ("العثور على مقبرة جماعية جنوب طرابلس", "Tripoli"),
    ],
)
def test_the_security_set_reads_graves_and_jailbreaks(security_matcher: Matcher, text: str, location: str) -> None:
    assert location in alerted(security_matcher, text)


def test_a_typed_arabic_participle_reads_its_verbal_noun() -> None:
    from bot.keywords import arabic_verbal_noun
    from bot.textnorm import fold

    assert arabic_verbal_noun(fold("نازح")) == fold("نزوح")  # displaced -> displacement
    assert arabic_verbal_noun(fold("عابر")) == fold("عبور")  # crossing
    assert arabic_verbal_noun(fold("مسلح")) is None  # not the pattern fa'il
    assert arabic_verbal_noun("drone") is None


PARTICIPLE_CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  darfur:
    title: Darfur
    locations:
      - name: Nyala
    keywords: [نازح]
"""


def test_the_verbal_noun_alerts_as_the_typed_participle() -> None:
    from bot.config import parse_config
    from bot.geo import load_gazetteer
    from bot.match import placed_matcher

    darfur = placed_matcher(parse_config(PARTICIPLE_CONFIG).watchlists, load_gazetteer())
    results = darfur.match("موجة نزوح جديدة من نيالا بعد المعارك", "")
    assert [r.keyword.term for r in results if r.keyword] == ["نازح"]


@pytest.mark.parametrize(
    ("text", "keyword", "said"),
    [
        ("O novo imposto 'é uma bomba' para os comerciantes", "bomba", True),
        ("El alza del pasaje 'es una bomba' para los usuarios", "bomba", True),
        ("Pour les éleveurs, la sécheresse « est une bombe »", "bombe", True),
        # not a predicate: the deed itself, or the word alone with another verb before it
        ("A polícia 'desativou uma bomba' no mercado", "bomba", False),
        ("Deixaram uma bomba no mercado", "bomba", False),
    ],
)
def test_a_keyword_quoted_as_what_something_is(text: str, keyword: str, said: bool) -> None:
    from bot.framing import framed
    from bot.textnorm import tokenize

    tokens = tokenize(text)
    i = tokens.words.index(keyword)
    why = framed(tokens, i, i + 1, text)
    assert (why == "in quotes, what something is said to be: a figure of speech") == said
