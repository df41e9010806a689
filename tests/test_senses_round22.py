"""Senses and sources of issue 20's twenty-second round (helper senses22).

Over the spent sets, a watched town named only as the dateline or the source of a report about
somewhere else leads the false alerts of places with the keyword read in another sense. Two of
its grammars were not read:
- the English-language press names a country's districts, zones and counties bare after "in"
  ("in Baramulla district", "in Kamashi zone", "in Baringo and Turkana counties", "in Gwoza
  LGA"), while a city's quarter takes the article or says whose it is ("in the Nowhatta
  district", "the Hodan district of Mogadishu"): a division so named is a scene elsewhere than
  the dateline's town;
- the press reports too ("a community radio in Mellit reported", "the regional broadcaster in
  Asosa said", "une radio locale à Djibo a rapporté"): a town named as where a radio, a
  newspaper or an agency speaks is a source, as "officials in" it are.

Every sentence here is new: other places, other wording; the real attacks at the dateline's town
keep alerting. Real parts: the gazetteer, the bundled security vocabulary and the matcher as the
bot builds them.
"""

from __future__ import annotations

import pytest

from bot.match import Matcher
from tests.support.alerts import alerted, titled_matcher


@pytest.fixture(scope="module")
def kenya() -> Matcher:
    return titled_matcher("Kenya watch", "Garissa")


@pytest.fixture(scope="module")
def nigeria() -> Matcher:
    return titled_matcher("Nigeria watch", "Maiduguri")


@pytest.fixture(scope="module")
def somalia() -> Matcher:
    return titled_matcher("Somalia watch", "Mogadishu")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # (fix16e) divisions whose seat the gazetteer knows far from Garissa; "Fafi", "Balambala",
        # "Lagdera" and "Boni" it does not know, which may hold the dateline's town: they send now
        # (`test_a_division_the_gazetteer_does_not_know_sends` in tests/test_review16.py)
        (
            "Gunmen kill four herders",
            "GARISSA, Kenya (AP) - Gunmen killed four herders in Ijara sub-county on Monday, police said.",
        ),
        (
            "Bandits attack villages",
            "GARISSA (Reuters) - Bandits attacked two villages in Wajir and Mandera counties overnight.",
        ),
        ("Militants ambush patrol", "GARISSA - Militants ambushed a police patrol in Lamu county, killing three officers."),
    ],
)
def test_a_division_named_bare_is_a_scene_elsewhere_than_the_dateline(kenya: Matcher, title: str, summary: str) -> None:
    assert alerted(kenya, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Boko Haram attack kills nine",
            "MAIDUGURI, Nigeria (AP) - Insurgents killed nine farmers in Gwoza LGA, officials said.",
        ),
        ("Jihadists raid Bama", "MAIDUGURI - Jihadists raided Bama town in Bama LGA on Sunday, residents said."),
    ],
)
def test_a_local_government_area_is_a_scene_elsewhere(nigeria: Matcher, title: str, summary: str) -> None:
    assert alerted(nigeria, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the dateline's own district, or a quarter of the city with the article or "of" the city
        ("Gunmen kill four", "GARISSA, Kenya (AP) - Gunmen killed four herders in Garissa county on Monday, police said."),
        ("Grenade attack at market", "GARISSA - A grenade attack wounded six people in the Bulla Iftin district, police said."),
        ("Gunmen attack hotel", "GARISSA (Reuters) - Gunmen attacked a hotel in Garissa town on Monday."),
    ],
)
def test_the_datelines_own_town_and_quarters_still_alert(kenya: Matcher, title: str, summary: str) -> None:
    assert alerted(kenya, title, summary) == {"kenya/Garissa"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Car bomb in Hodan", "MOGADISHU (Reuters) - A car bomb exploded in Hodan district of Mogadishu, killing five."),
        ("Mortars hit the capital", "MOGADISHU - Mortar shells landed in the Wadajir district, wounding three, police said."),
    ],
)
def test_a_quarter_of_the_capital_is_the_capital(somalia: Matcher, title: str, summary: str) -> None:
    assert alerted(somalia, title, summary) == {"somalia/Mogadishu"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Shelling kills 8 in Dikwa", "Shelling of Dikwa's market killed eight people, a community radio in Maiduguri reported."),
        (
            "Insurgents attack Monguno base",
            "Insurgents attacked the army base in Monguno overnight, a newspaper in Maiduguri said.",
        ),
        ("Attaque contre Monguno", "Des insurgés ont attaqué la base de Monguno, a rapporté une radio locale à Maiduguri."),
    ],
)
def test_the_press_in_a_town_is_a_source(nigeria: Matcher, title: str, summary: str) -> None:
    assert alerted(nigeria, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gunmen attack radio station in Maiduguri", "Gunmen attacked a radio station in Maiduguri on Monday, police said."),
        ("Blast in Maiduguri", "A blast killed four people in Maiduguri, a radio in Maiduguri reported."),
    ],
)
def test_an_attack_at_the_press_town_still_alerts(nigeria: Matcher, title: str, summary: str) -> None:
    assert alerted(nigeria, title, summary) == {"nigeria/Maiduguri"}


# Senses. Of the keywords read in their security sense when the item uses another (about 40 over
# the spent sets), four grammars that recur across languages:
# - a government or the opposition attacked is attacked in words: the body as the verb's object
#   or the subject of its participle; its forces, offices and convoys are what weapons reach;
# - French politicians attack in words as the Portuguese and Spanish ones do ("les députés de
#   l'opposition ont attaqué"; not "un député a été attaqué", a victim);
# - the noun of a fire ("incêndio", "incendio", "incendie") is no arson, which the verb names
#   with its doer ("incendiaram", "incendié"), unless its sentence says who or why;
# - the verb of exploding with nothing that explodes in its sentence (no device, weapon, carrier
#   or harm) is a figure ("as vendas explodiram", "fait exploser les prix").


@pytest.fixture(scope="module")
def sahel() -> Matcher:
    return titled_matcher("Mali watch", "Sikasso")


@pytest.fixture(scope="module")
def brazil() -> Matcher:
    return titled_matcher("Brasil watch", "Marabá")


@pytest.fixture(scope="module")
def peru() -> Matcher:
    return titled_matcher("Peru watch", "Huancayo")


@pytest.fixture(scope="module")
def lebanon() -> Matcher:
    return titled_matcher("Lebanon watch", "Zahle")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Opposition leader attacks Goita government at Sikasso rally",
            "The opposition leader attacked the government over cotton prices at a rally in Sikasso.",
        ),
        (
            "Sikasso : le gouvernement attaqué sur le prix du coton",
            "Les producteurs de Sikasso réclament une hausse du prix du coton.",
        ),
        (
            "Sikasso : les élus de l'opposition attaquent le maire",
            "Les élus de l'opposition ont attaqué le budget municipal lors du conseil de Sikasso.",
        ),
    ],
)
def test_a_government_attacked_is_attacked_in_words(sahel: Matcher, title: str, summary: str) -> None:
    assert alerted(sahel, title, summary) == set()


def test_an_arabic_government_attacked_in_words(lebanon: Matcher) -> None:
    assert alerted(lebanon, "نائب زحلة السابق يهاجم الحكومة", "هاجم النائب السابق الحكومة في زحلة بسبب أزمة الكهرباء.") == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Gunmen attack government offices in Sikasso", "Gunmen attacked the government's offices in Sikasso overnight."),
        ("Sikasso : attaque contre le siège du gouvernorat", "Des hommes armés ont attaqué le siège du gouvernorat à Sikasso."),
        ("Sikasso : un élu attaqué par des hommes armés", "Un élu de l'opposition a été attaqué par des hommes armés à Sikasso."),
        (
            "Jihadists attack government troops near Sikasso",
            "Jihadists attacked government troops near Sikasso, killing four soldiers.",
        ),
    ],
)
def test_attacks_on_a_governments_people_and_places_still_alert(sahel: Matcher, title: str, summary: str) -> None:
    assert alerted(sahel, title, summary) == {"mali/Sikasso"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Incêndio destrói armazém em Marabá", "Um incêndio destruiu um armazém de grãos em Marabá; ninguém ficou ferido."),
        ("Huancayo: incendio en mercado deja pérdidas", "Un incendio consumió veinte puestos del mercado mayorista de Huancayo."),
    ],
)
def test_a_fire_is_no_arson(brazil: Matcher, peru: Matcher, title: str, summary: str) -> None:
    matcher = brazil if "Marabá" in title else peru
    assert alerted(matcher, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("Marabá: criminosos incendeiam ônibus", "Criminosos incendiaram dois ônibus no centro de Marabá.", "brasil/Marabá"),
        ("Incêndio criminoso destrói sede de sindicato em Marabá", "A polícia investiga o incêndio criminoso.", "brasil/Marabá"),
        (
            "Huancayo: incendio provocado por encapuchados",
            "Un incendio provocado por sospechosos destruyó una comisaría en Huancayo.",
            "peru/Huancayo",
        ),
    ],
)
def test_arson_still_alerts(brazil: Matcher, peru: Matcher, title: str, summary: str, expected: str) -> None:
    matcher = brazil if expected.startswith("brasil") else peru
    assert alerted(matcher, title, summary) == {expected}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Casamentos explodem em Marabá após pandemia",
            "Os casamentos explodiram em Marabá no último ano, segundo os cartórios.",
        ),
        (
            "Huancayo: las bodas explotan tras la pandemia",
            "Las bodas explotaron en Huancayo el último año, según el registro civil.",
        ),
        (
            "Sikasso : les inscriptions à l'école explosent",
            "Les inscriptions dans les écoles de Sikasso ont explosé cette année.",
        ),
        ("Vendas de motos explodem em Marabá", "As vendas de motos em Marabá explodiram no primeiro semestre."),
    ],
)
def test_a_burst_with_nothing_that_explodes_is_a_figure(
    brazil: Matcher, peru: Matcher, sahel: Matcher, title: str, summary: str
) -> None:
    matcher = brazil if "Marabá" in title else peru if "Huancayo" in title else sahel
    assert alerted(matcher, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Bomba explode em agência bancária de Marabá",
            "Uma bomba explodiu numa agência bancária de Marabá durante a madrugada.",
            "brasil/Marabá",
        ),
        (
            "Objeto explode na delegacia de Marabá",
            "Um objeto explodiu em frente à delegacia de Marabá e feriu dois policiais.",
            "brasil/Marabá",
        ),
        (
            "Sikasso : un engin explose au passage d'un convoi",
            "Un engin a explosé au passage d'un convoi près de Sikasso.",
            "mali/Sikasso",
        ),
        ("Huancayo: explota un paquete en una comisaría", "Un paquete explotó en una comisaría de Huancayo.", "peru/Huancayo"),
        # blown up by someone: the verb takes an object
        (
            "Criminosos explodem caixas eletrônicos em Marabá",
            "Uma quadrilha explodiu dois caixas eletrônicos em Marabá.",
            "brasil/Marabá",
        ),
    ],
)
def test_what_explodes_in_an_attack_still_alerts(
    brazil: Matcher, peru: Matcher, sahel: Matcher, title: str, summary: str, expected: str
) -> None:
    matcher = {"brasil": brazil, "peru": peru, "mali": sahel}[expected.split("/")[0]]
    assert alerted(matcher, title, summary) == {expected}


# Datelines that are the scene: the item says "the town" again with its article, near a word of
# its edges ("perto da vila", "à la sortie de la ville", "على أطراف المدينة"), and names no other
# town as where something is before it; not when it names whose town ("perto da vila de Caia") or
# says it is far ("a 90 quilómetros da cidade").


@pytest.fixture(scope="module")
def mozambique() -> Matcher:
    return titled_matcher("Mozambique watch", "Montepuez")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "MONTEPUEZ — Insurgentes atacam camião",
            "Um camião que seguia para Pemba foi atacado por insurgentes perto da vila; o motorista morreu.",
        ),
        (
            "MONTEPUEZ — Emboscada a coluna",
            "Uma coluna que seguia para Nampula foi emboscada por homens armados a poucos quilómetros da vila.",
        ),
        (
            "MONTEPUEZ — Homens armados raptam pescadores",
            "Homens armados raptaram três pescadores no rio Lúrio de Nampula, perto da vila.",
        ),
        (
            "MONTEPUEZ : deux civils tués",
            "MONTEPUEZ - Des hommes armés venus de Nampula ont tué deux civils à la sortie de la ville, selon la police.",
        ),
    ],
)
def test_the_datelines_town_said_again_is_the_scene(mozambique: Matcher, title: str, summary: str) -> None:
    assert alerted(mozambique, title, summary) == {"mozambique/Montepuez"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "MONTEPUEZ — Insurgentes atacam aldeia",
            "Insurgentes atacaram uma aldeia em Macomia, perto da vila de Mucojo, disse a polícia.",
        ),
        ("MONTEPUEZ — Ataque deixa dois mortos", "Dois camponeses foram mortos num ataque em Mocímboa da Praia, perto da vila."),
    ],
)
def test_another_town_written_as_the_scene_keeps_the_dateline_a_dateline(mozambique: Matcher, title: str, summary: str) -> None:
    assert alerted(mozambique, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Sikasso : les combats de lutte attirent la foule",
            "Les combats de lutte de la fête de la jeunesse ont attiré la foule à Sikasso.",
        ),
        ("Huancayo: noche de combates de lucha libre", "Los combates de lucha libre llenaron el coliseo de Huancayo."),
        ("Marabá recebe combates de jiu-jitsu", "Os combates de jiu-jitsu do campeonato estadual serão em Marabá."),
    ],
)
def test_a_bout_of_a_combat_sport_is_no_fighting(
    sahel: Matcher, peru: Matcher, brazil: Matcher, title: str, summary: str
) -> None:
    matcher = sahel if "Sikasso" in title else peru if "Huancayo" in title else brazil
    assert alerted(matcher, title, summary) == set()


def test_a_typed_keyword_in_a_bout_is_no_fighting() -> None:
    matcher = titled_matcher("Cameroon watch", "Garoua", keywords="keywords: [combats, attaque]")
    title = "Garoua : les combats de lutte traditionnelle attirent les foules"
    summary = "Les combats de lutte organisés pour la fête nationale ont attiré des milliers de spectateurs à Garoua."
    assert alerted(matcher, title, summary) == set()


def test_fighting_near_a_wrestling_arena_still_alerts(sahel: Matcher) -> None:
    title = "Sikasso : combats entre l'armée et des jihadistes"
    summary = "De violents combats ont opposé l'armée à des jihadistes près de l'arène de lutte de Sikasso."
    assert alerted(sahel, title, summary) == {"mali/Sikasso"}


# The domains' words in the languages they lacked: Arabic locusts (the other four languages had
# theirs), the film itself in English and French and the short one, a screen's gangs; and a
# report that counts its wounded is no screen's story.


@pytest.fixture(scope="module")
def chad() -> Matcher:
    return titled_matcher("Chad watch", "Abeche")


@pytest.fixture(scope="module")
def honduras() -> Matcher:
    return titled_matcher("Honduras watch", "San Pedro Sula")


def test_locusts_attack_in_arabic_too(chad: Matcher) -> None:
    assert alerted(chad, "الجراد يهاجم مزارع أبشي", "هاجمت أسراب الجراد مزارع الدخن قرب أبشي.") == set()


def test_gunmen_attacking_farmers_still_alert(chad: Matcher) -> None:
    assert alerted(chad, "مسلحون يهاجمون مزارعين في أبشي", "هاجم مسلحون مزارعين قرب أبشي وقتلوا ثلاثة منهم.") == {"chad/Abeche"}


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Film festival in Garissa shows war documentary",
            "A film about the shooting of students opened the Garissa film festival.",
        ),
        (
            "Film crew wraps up shooting in Garissa",
            "A film crew finished shooting a comedy in Garissa this week, the producer said.",
        ),
    ],
)
def test_a_films_shooting_is_fiction(kenya: Matcher, title: str, summary: str) -> None:
    assert alerted(kenya, title, summary) == set()


def test_a_short_film_about_gangs_is_fiction(honduras: Matcher) -> None:
    title = "Pandillas de San Pedro Sula, en un cortometraje premiado"
    summary = "Un cortometraje sobre las pandillas de San Pedro Sula ganó el premio del festival de cine."
    assert alerted(honduras, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Shooting at Garissa cinema showing new film kills three",
            "A gunman opened fire at a cinema in Garissa during the screening of a new film, killing three people.",
            "kenya/Garissa",
        ),
        (
            "Bomb found at Garissa film festival",
            "Police defused a bomb found at the Garissa film festival on Sunday.",
            "kenya/Garissa",
        ),
        (
            "Pandillas atacan a equipo de filmación en San Pedro Sula",
            "Pandilleros atacaron a un equipo que filmaba un documental en San Pedro Sula y dejaron dos heridos.",
            "honduras/San Pedro Sula",
        ),
    ],
)
def test_attacks_on_film_crews_and_cinemas_still_alert(
    kenya: Matcher, honduras: Matcher, title: str, summary: str, expected: str
) -> None:
    matcher = kenya if expected.startswith("kenya") else honduras
    assert alerted(matcher, title, summary) == {expected}


# A sea named as the scene under a port's dateline ("in the Gulf of Aden", "in the Arabian Sea",
# "dans le golfe de Guinée"): a ship hit at sea is at no town; the port hit is the port.


@pytest.fixture(scope="module")
def yemen() -> Matcher:
    return titled_matcher("Yemen watch", "Mukalla")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Houthis claim missile attack on tanker",
            "MUKALLA, Yemen (Reuters) - The Houthis claimed a missile attack on an oil tanker in the Gulf of Aden on Monday.",
        ),
        (
            "Drone attack on cargo ship",
            "MUKALLA - A drone attack hit a cargo ship in the Arabian Sea, the British maritime agency said.",
        ),
        ("Attaque contre un pétrolier", "MUKALLA - Un pétrolier a été attaqué par un drone dans le golfe d'Aden, selon l'armée."),
    ],
)
def test_a_ship_hit_at_sea_is_no_attack_on_the_datelines_port(yemen: Matcher, title: str, summary: str) -> None:
    assert alerted(yemen, title, summary) == set()


def test_the_port_itself_hit_still_alerts(yemen: Matcher) -> None:
    summary = "MUKALLA, Yemen (Reuters) - A missile attack hit the port of Mukalla on the Gulf of Aden on Monday."
    assert alerted(yemen, "Missile attack on Mukalla port", summary) == {"yemen/Mukalla"}


# Mishaps in the words their press writes them with: a river's sudden rise ("creciente"), fires in
# the plural, avalanches and snow. Gunmen in a storm are still gunmen.


@pytest.mark.parametrize(
    ("title", "summary", "which"),
    [
        (
            "Creciente del río deja dos muertos en Huancayo",
            "Una creciente súbita del río Shullcas dejó dos muertos en Huancayo.",
            "peru",
        ),
        (
            "Incendios forestales matan ganado cerca de Huancayo",
            "Los incendios forestales mataron a cientos de ovejas cerca de Huancayo.",
            "peru",
        ),
        (
            "Avalanche kills two near Garissa",
            "An avalanche killed two climbers; rescue teams fighting heavy snow reached the others.",
            "kenya",
        ),
    ],
)
def test_floods_fires_and_avalanches_kill_in_no_attack(
    kenya: Matcher, peru: Matcher, title: str, summary: str, which: str
) -> None:
    matcher = kenya if which == "kenya" else peru
    assert alerted(matcher, title, summary) == set()


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Gunmen kill five during snowstorm near Garissa",
            "Gunmen killed five herders near Garissa as a snowstorm hit the area.",
            "kenya/Garissa",
        ),
        (
            "Asesinan a tres tras la creciente del río en Huancayo",
            "Sicarios asesinaron a tres personas en Huancayo.",
            "peru/Huancayo",
        ),
    ],
)
def test_killings_in_bad_weather_still_alert(kenya: Matcher, peru: Matcher, title: str, summary: str, expected: str) -> None:
    matcher = kenya if expected.startswith("kenya") else peru
    assert alerted(matcher, title, summary) == {expected}
