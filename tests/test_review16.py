"""Review 16's findings, each with the reviewer's case and a near variant of our own (another
town, another language). Real parts: the gazetteer, the matcher and the story index as the bot
builds them. Other reviews' findings are added below under their own headers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

import pytest

from bot.config import parse_config
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
