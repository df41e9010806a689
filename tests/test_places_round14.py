"""Place rules of issue 16's fourteenth round (helper places14), from the classes of false alerts
that recur across the spent place and language sets (`places_blind` to `places_blind9`,
`places_dev5`, `wire_world`, `real_news`, `languages_blind` to `languages_blind10`) and that the
unread sets count most (a place written only as the dateline or the source, an institution named
after it, a namesake elsewhere):

- datelines: the Spanish-language press's full stop before the dash ("CHIMBOTE.-", "CELAYA, Gto.
  (Proceso).–"); the same dateline over both fields; a dateline over an Arabic scene the grammar
  names ("في مدينة الأبيض"; not a quarter, "حي الرميلة", which is the dateline city's own); a
  dateline over a village, a town or a plant that a demonym puts in another country;
- a university or a school named after the town whose study or seminar the item reports ("Gulu
  University study", "Lagos Business School study", "جامعة دنقلا تنظم ندوة"), not the institution
  attacked;
- a team's town is its home ("Tegucigalpa side Olimpia", "Tomateros de Culiacán");
- namesakes: placed by a division noun of Portuguese, Spanish or English ("no distrito de Faro"),
  by another country's division after a bare comma when the gazetteer has a town of the name there
  and no list goes on ("Trujillo, Cáceres, durante las fiestas"); an Arabic quarter named after the
  town in a city far away ("حي المرج شرقي القاهرة"); twin towns across a border ("Nogales,
  Arizona"; El Paso beside Ciudad Juárez), and the tie reaches the whole item when the match holds
  the name's article ("el Callao" holding "Callao, Perú").

Every sentence here is new: other places, other wording. Real parts: the gazetteer and the
matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.falsefriends import dateline
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from bot.textnorm import tokenize
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  andes:
    title: Peru and Colombia
    locations:
      - name: Trujillo
      - name: Piura
      - name: Cucuta
      - name: El Callao, Venezuela
    keywords: [asalto, asaltan, ataque, balacera, disturbios, muertos, atentado]
  mexico:
    title: Mexico
    locations:
      - name: Nogales
      - name: Ciudad Juarez
      - name: Mazatlan
      - name: Morelia
    keywords: [tiroteo, balacera, ataque, asesinados, shooting, gunfire, riot, rioted]
  guatemala:
    title: Guatemala
    locations:
      - name: Escuintla
    keywords: [balacera, balaceras, muertos]
  africa:
    title: Africa
    locations:
      - name: Kisumu
      - name: Lagos
      - name: Mekelle
      - name: Kassala
      - name: Misrata
      - name: Tripoli
    keywords: [attack, attacked, kidnappings, killed, violence, terrorism, ataque, assalto, tiroteio, اشتباكات, مقتل, الإرهاب]
  arabic:
    title: Iraq and Syria
    locations:
      - name: Mosul
      - name: Homs
    keywords: [انفجار, مقتل, مسلحون, اشتباكات]
  capitals:
    title: Capitals
    locations:
      - name: Ottawa
      - name: Tokyo
    keywords: [attack, strike, strikes, killed]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "turned_away"),
    [
        # datelines closed by a full stop before the dash, over a scene far from the city
        ("Asaltan a pasajeros en la carretera", "PIURA.- Delincuentes armados asaltaron un bus en Chiclayo.", "andes/Piura"),
        # the same dateline over both fields, the scene measured from "the capital"
        (
            "OTTAWA — Gunmen attack a pipeline station",
            "OTTAWA — Gunmen attacked a pipeline station some 400 kilometres from the capital on Monday.",
            "capitals/Ottawa",
        ),
        # an Arabic dateline over a scene the grammar names
        ("اشتباكات عنيفة", "طرابلس (وال) - اندلعت اشتباكات عنيفة في مدينة سبها جنوب البلاد.", "africa/Tripoli"),
        # a capital's dateline over a site a demonym puts abroad
        (
            "Oil prices jump",
            "TOKYO (Reuters) - Oil prices jumped after a drone attack on a Nigerian oil refinery.",
            "capitals/Tokyo",
        ),
        # an institution of learning's study or seminar
        ("Kisumu University study maps attacks on health workers", "", "africa/Kisumu"),
        ("Mekelle Business School study counts the cost of kidnappings", "", "africa/Mekelle"),
        ("A study from Mekelle University counts the cost of kidnappings", "", "africa/Mekelle"),
        ("جامعة كسلا تنظم ندوة حول الإرهاب", "", "africa/Kassala"),
        # a team's town
        ("Fans of Mazatlan side Venados rioted in Culiacan after the game", "", "mexico/Mazatlan"),
        ("The Venados de Mazatlán lost as fans rioted in Hermosillo", "", "mexico/Mazatlan"),
        # namesakes by a division noun, a bare comma before another country's division
        ("Assalto em Lagos", "Um assalto a uma loja em Lagos, no distrito de Faro, deixou um ferido.", "africa/Lagos"),
        ("Disturbios en Trujillo", "Disturbios en Trujillo, Cáceres, durante el partido dejaron tres heridos.", "andes/Trujillo"),
        ("Balacera cerca de Escuintla, Chiapas, deja dos muertos", "", "guatemala/Escuintla"),
        # an Arabic quarter named after the town in a far city
        ("اشتباكات في حي مصراتة بالقاهرة", "اشتباكات بين عائلتين في حي مصراتة بالقاهرة.", "africa/Misrata"),
        # twin towns across a border
        ("Shooting in Nogales, Arizona, leaves an officer hurt", "", "mexico/Nogales"),
        ("Tiroteo en El Paso, Texas, según fuentes en Ciudad Juárez", "", "mexico/Ciudad Juarez"),
        # the name's article inside the match, the namesake's country tied to it
        (
            "Balacera en el Callao",
            "Un muerto tras una balacera en el Callao, Perú, informó la policía.",
            "andes/El Callao, Venezuela",
        ),
    ],
)
def test_the_place_is_turned_away(matcher: Matcher, title: str, summary: str, turned_away: str) -> None:
    assert turned_away not in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # a dateline over an event at the dateline's city
        ("Asaltan una tienda", "PIURA.- Delincuentes armados asaltaron una tienda del centro de la ciudad.", "andes/Piura"),
        ("انفجار يقتل طفلين", "الموصل - قتل طفلان بانفجار عبوة في حي الزهور.", "arabic/Mosul"),
        # a site of the dateline's own country, or a base a demonym names (bases stand abroad)
        ("Oil prices jump", "TOKYO (Reuters) - A drone attack on a Japanese refinery killed two.", "capitals/Tokyo"),
        # the institution attacked, not its study
        ("Gunmen attack Kisumu University hostel", "", "africa/Kisumu"),
        ("Kisumu University students attacked in Kisumu", "", "africa/Kisumu"),
        ("Gunmen attack Kisumu University during lecture", "", "africa/Kisumu"),
        ("Kisumu University researchers say five killed in attack", "", "africa/Kisumu"),
        # a team's town with no scene elsewhere is the scene
        ("Fans of Mazatlan side Venados rioted after the game", "", "mexico/Mazatlan"),
        # a list of towns, not a division
        ("Balaceras en Mazatenango, Escuintla y Retalhuleu", "", "guatemala/Escuintla"),
        ("Balacera en Escuintla deja dos muertos", "", "guatemala/Escuintla"),
        # the watched town on its own side of the border
        ("Shooting in Nogales, Sonora, leaves an officer hurt", "", "mexico/Nogales"),
        # a city across the border the item does not tie to its country is no scene apart
        ("Ciudad Juárez residents flee to El Paso after gunfire", "", "mexico/Ciudad Juarez"),
        ("Balacera en El Callao, Bolívar, deja dos muertos", "", "andes/El Callao, Venezuela"),
    ],
)
def test_the_place_still_alerts(matcher: Matcher, title: str, summary: str, expected: str) -> None:
    assert expected in alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("text", "is_dateline"),
    [
        ("CHIMBOTE.- Un bus", True),
        ("CELAYA, Gto. (Proceso).– Hombres armados", True),
        ("TIJUANA, Baja California.— Un hombre", True),
        ("Ataque en Gao. - Un hombre", False),
        ("Hombres armados en Gao. Un hombre", False),
    ],
)
def test_a_dateline_closed_by_a_full_stop(text: str, is_dateline: bool) -> None:
    tokens = tokenize(text)
    assert dateline(tokens, 0, 0) is is_dateline
