"""Verbs as the press conjugates them (issue 20, round 15: inflections the stemmers left apart).

Each class with forms and sentences written for this file (not taken from any labelled set),
over other places than the sets', with the real gazetteer as the running bot builds the matcher,
and forms each rule must leave alone:

- a Portuguese or Spanish verb in -ar in its third persons, which Snowball cut into the root
  ("disparan", "incendió") or left with the "e" of -ear ("saquea", "bombardeó"): met by the
  keyword whose verb it is (round 16, `bot.conjugation`); a noun's or a participle's stem is
  left as Snowball gives it ("guardia", "atacada", "entra");
- the Mexican press's verb of "balacera" ("balacean", "balacearon");
- an Arabic verb of the words of security in every person of both tenses ("اشتبكوا",
  "يشتبكون", "يختطفون", "فجروا"), with an object pronoun ("قتلوه"), the accusative's alef
  ("كمينا": its ك is no preposition), the plural of the pattern أفعال ("ألغام") and the two
  spellings of "militia"; never "فجر", dawn;
- an Arabic noun's dual ("غارتين", "اشتباكين");
- a team's attack in a headline over a short match report whose score comes after a colon;
- Spanish "dispararse", prices and figures that soar ("se disparan los precios"), and sales that
  a headline's verb boosts, read with its summary ("dispara la venta");
- the senses of words: a victory or points snatched ("يخطف الفوز"), the rocket's adjective as a
  figure of speed ("ارتفاع صاروخي في الأسعار"), a career ("مسيرة مهنية حافلة"); the past: a
  headline that counts the years of one deed ("17 años de la tragedia"; not of a war, which goes
  on), a fight remembered in an interview ("recordou em entrevista os combates"); animals that
  attack ("ataque de caimán", "هجوم تمساح");
- the dead of a flood or a crash in French and English ("des inondations font 12 morts", "leaves
  12 dead"), as "killed" already was;
- the bundled set's femicide, Brazil's "latrocínio" (robbery with murder), stray bullets, a body
  riddled with bullets ("acribillado"), Colombia's "hostigamiento" of a police post (not at work
  nor sexual), snipers and gunfire in Arabic ("قناص", "أطلقوا الرصاص").
"""

from __future__ import annotations

import pytest
import snowballstemmer

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.keywords import stem, verb_stems
from bot.match import Matcher, placed_matcher
from bot.textnorm import fold
from tests.support.alerts import alerted

CONFIG = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  mexico:
    title: Mexico
    locations:
      - name: Culiacan
    keywords: [disparo, saqueo, balacera, incendio, ataque, muerto]
  brazil:
    title: Brazil
    locations:
      - name: Manaus
    keywords: [disparo, incêndio, combate]
  iraq:
    title: Iraq
    locations:
      - name: Kirkuk
    keywords: [اشتباك, اختطاف, انفجار, كمين, قتل, صاروخ, مسيرة]
  bundled:
    title: Colombia, Brazil, Mexico, Iraq
    locations:
      - name: Cucuta
      - name: Recife
      - name: Monterrey
      - name: Mosul
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer())


@pytest.mark.parametrize(
    ("form", "base", "language"),
    [
        ("disparan", "disparo", "es"),
        ("dispara", "disparar", "es"),
        ("disparam", "disparo", "pt"),
        ("saquea", "saqueo", "es"),
        ("saqueó", "saquear", "es"),
        ("bombardeó", "bombardeo", "es"),
        ("tiroteó", "tiroteo", "es"),
        ("incendió", "incendio", "es"),
        ("incendiam", "incêndio", "pt"),
        ("balacean", "balacera", "es"),
        ("balacearon", "balacera", "es"),
    ],
)
def test_a_verb_in_ar_meets_its_keyword(form: str, base: str, language: str) -> None:
    """The form's stem is the keyword's own or one of its verb's forms' (`verb_stems`)."""
    assert stem(form, language) in {stem(base, language), *verb_stems(base, language)}


@pytest.mark.parametrize(
    "word",
    [
        "atacada",  # a participle: no verb "atacadar"
        "guardia",  # a noun: no verb "guardiar"
        "entra",  # Snowball leaves the word whole, and so is it left
    ],
)
def test_a_noun_or_a_participle_keeps_its_stem(word: str) -> None:
    assert stem(word, "es") == fold(snowballstemmer.stemmer("spanish").stemWord(word))


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("اشتبكوا", "اشتباك"),
        ("يشتبكون", "اشتباك"),
        ("واشتبكت", "اشتباك"),
        ("يختطفون", "اختطاف"),
        ("فجروا", "انفجار"),
        ("يفجرون", "انفجار"),
        ("قتلوه", "قتل"),
        ("كمينا", "كمين"),
        ("ألغام", "لغم"),
        ("مليشيات", "ميليشيا"),
        ("يتظاهرون", "مظاهرة"),
        ("اعتدوا", "اعتداء"),
        ("غارتين", "غارة"),  # the dual, a feminine noun's taa marbuta written as ت
        ("عبوتين", "عبوة"),
        ("اشتباكين", "اشتباك"),
        ("كمينين", "كمين"),
        ("ليختطفوا", "اختطاف"),  # a person of the verb after the preposition "ل"
    ],
)
def test_an_arabic_verb_in_every_person_is_its_noun(form: str, base: str) -> None:
    assert stem(form, "ar") == stem(base, "ar")


@pytest.mark.parametrize("word", ["فجر", "فجرا", "تفجر"])
def test_dawn_is_no_explosion(word: str) -> None:
    assert stem(word, "ar") != stem("انفجار", "ar")


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("Sicarios disparan contra una patrulla en Culiacán", {"mexico/Culiacan"}),
        ("Turba saquea tienda departamental en Culiacán", {"mexico/Culiacan"}),
        ("Balacean fachada de una vivienda en Culiacán", {"mexico/Culiacan"}),
        ("Un grupo armado incendió un autobús en Culiacán", {"mexico/Culiacan"}),
        ("Criminosos disparam contra base da polícia em Manaus", {"brazil/Manaus"}),
        ("اشتبك مسلحون مع قوات الأمن في كركوك", {"iraq/Kirkuk"}),
        ("مسلحون يختطفون مهندسا قرب كركوك", {"iraq/Kirkuk"}),
        ("نصب مسلحون كمينا لدورية في كركوك", {"iraq/Kirkuk"}),
        ("كركوك: الأمطار تتواصل منذ فجر اليوم", set()),  # dawn, not a blast
        ("Se disparan los precios de la tortilla en Culiacán", set()),  # prices that soar
    ],
)
def test_verbs_in_headlines(matcher: Matcher, text: str, alerts: set[str]) -> None:
    assert alerted(matcher, text) == alerts


@pytest.mark.parametrize(
    ("title", "summary", "alerts"),
    [
        # sales a club's headline boosts, as its summary says
        ("Club dispara a su afición con nuevo estadio en Culiacán", "El club dispara la venta de abonos en Culiacán.", set()),
        ("Sicarios disparan contra policías en Culiacán", "Dos agentes murieron en Culiacán.", {"mexico/Culiacan"}),
        (
            "Ataque demoledor del Dorados en Culiacán",
            "El ataque de Dorados volvió a brillar en Culiacán: el equipo venció 4 a 0 con dos goles.",
            set(),
        ),
    ],
)
def test_a_headline_read_with_its_summary(matcher: Matcher, title: str, summary: str, alerts: set[str]) -> None:
    assert alerted(matcher, title, summary) == alerts


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("Hostigamiento armado contra la estación de policía de Cúcuta", True),
        ("Denuncian hostigamiento laboral contra trabajadores en Cúcuta", False),
        ("Investigan feminicidio en una colonia de Monterrey", True),
        ("Latrocínio: comerciante é morto durante assalto no Recife", True),
        ("Criança atingida por bala perdida no Recife", True),
        ("Hallan a un hombre acribillado en Monterrey", True),
        ("قناص يصيب مدنيا في الموصل", True),
        ("مجهولون أطلقوا الرصاص على دورية في الموصل", True),
        ("توزيع أقلام رصاص على مدارس الموصل", False),
    ],
)
def test_the_bundled_vocabulary(matcher: Matcher, text: str, alerts: bool) -> None:
    assert bool(alerted(matcher, text)) is alerts


@pytest.mark.parametrize(
    ("title", "summary", "alerts"),
    [
        ("الزوراء يخطف الفوز في كركوك", "", set()),
        ("مسلحون يخطفون تاجرا في كركوك", "", {"iraq/Kirkuk"}),
        ("ارتفاع صاروخي في أسعار الذهب بكركوك", "", set()),
        ("قصف صاروخي يستهدف كركوك", "", {"iraq/Kirkuk"}),
        ("مسيرة مهنية حافلة: تكريم مدرب من كركوك", "", set()),
        ("Mercado de Culiacán: 12 años de la tragedia", "Familias de los muertos en el incendio marcharon en Culiacán.", set()),
        (
            "Dos años de la guerra en Culiacán",
            "Hombres armados atacaron una patrulla en Culiacán; dos agentes muertos.",
            {"mexico/Culiacan"},
        ),
        ("Veterano recorda batalha", "Um veterano recordou em entrevista os combates de Manaus em 1968.", set()),
        # animals that attack: the Americas' caimans and jaguars, the Nile's crocodiles
        ("Ataque de caimán a un pescador cerca de Culiacán", "", set()),
        ("هجوم تمساح على صياد قرب كركوك", "", set()),
        ("Ataque armado en Culiacán cobra la vida de tres", "", {"mexico/Culiacan"}),
    ],
)
def test_senses_and_the_past(matcher: Matcher, title: str, summary: str, alerts: set[str]) -> None:
    assert alerted(matcher, title, summary) == alerts


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        ("Kenya : des inondations font 12 morts à Mombasa", False),
        ("Accident de bus près de Mombasa : 12 morts", False),
        ("Des hommes armés font 12 morts à Mombasa", True),
        ("Floods leave 12 dead in Mombasa", False),
        ("Gunmen leave 12 dead in Mombasa", True),
    ],
)
def test_the_dead_of_a_flood_or_a_crash(text: str, alerts: bool) -> None:
    config = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  kenya:
    title: Kenya
    locations:
      - name: Mombasa
    keywords: [morts, dead]
"""
    matcher = placed_matcher(parse_config(config).watchlists, load_gazetteer())
    assert bool(alerted(matcher, text)) is alerts
