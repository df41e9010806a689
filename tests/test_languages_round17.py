"""Round 17 of issue 20: the spent languages sets' errors classed by language and cause, and the
largest classes closed with knowledge (gazetteer, grammar, the institutions of a country).

- Arabic, names the gazetteer dropped: a town's Arabic name in a country that writes Arabic is
  its own name, kept from 10,000 people as its primary name is, though it is an everyday word
  ("بول", Bol in Chad; "حديثة", Haditha), marked so that it counts only after a word of place;
  and GeoNames' Arabic names qualified by their own country after a comma, as Arabic Wikipedia
  titles namesakes ("قرطاجنة، كولومبيا"), are the name.
- Arabic, a better-known namesake's name (Libya's Al Bayda for Yemen's): tied to the watched
  town, as a Latin one is, by the item's reading, or by its other names when they speak for the
  watched place's country alone.
- Portuguese and Spanish, the namesakes of Portugal and Spain: a police or a guard only one
  country has ("a GNR", "la Guardia Civil") says the item is about that country, as a demonym
  does, and a watched town's name at the start of a longer one ("Beira Interior") is then the
  longer name's.

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

from bot.geo.names import alternate_name
from bot.geo.sources import without_own_country
from tests.support.alerts import alerted, titled_matcher


def _everyday(key: str, script: str) -> bool:
    return True  # every name an everyday word: what the population rule then decides


def test_an_arabic_name_in_a_country_that_writes_arabic_is_its_own_from_ten_thousand() -> None:
    kept = alternate_name("بول", ("bol",), _everyday, 51_000, own_language=True)
    assert kept is not None and kept.common_word
    assert alternate_name("بول", ("bol",), _everyday, 51_000) is None  # elsewhere: from 100,000
    assert alternate_name("بول", ("bol",), _everyday, 5_000, own_language=True) is None
    # a Latin name is never the own language's
    assert alternate_name("Central", ("x",), _everyday, 51_000, own_language=True) is None


def test_an_arabic_name_qualified_by_its_own_country_is_the_name() -> None:
    assert without_own_country("قرطاجنة، كولومبيا", "CO") == "قرطاجنة"
    assert without_own_country("قرطاجنة، كولومبيا", "ES") == "قرطاجنة، كولومبيا"  # another country's
    assert without_own_country("لونا، موشیکو صوبہ", "AO") == "لونا، موشیکو صوبہ"  # a province, not a country
    assert without_own_country("قرطاجنة", "CO") == "قرطاجنة"


def test_the_gazetteer_keeps_those_names() -> None:
    chad = titled_matcher("Chad (Bol)", "Bol")
    assert alerted(chad, "اشتباكات عنيفة في مدينة بول على ضفاف البحيرة") == {"chad/Bol"}
    assert alerted(chad, "اشتباكات عنيفة بعد تحليل البول في المختبر") == set()  # the word, no word of place
    colombia = titled_matcher("Colombia (Cartagena)", "Cartagena")
    assert alerted(colombia, "مقتل شرطيين في هجوم مسلح على دورية في قرطاجنة") == {"colombia/Cartagena"}


def test_an_arabic_namesake_is_tied_by_the_items_other_names() -> None:
    yemen = titled_matcher("Yemen (Al Bayda)", "Al Bayda")
    # Radaa, a town of Yemen, speaks for Yemen's Al Bayda, not Libya's
    assert alerted(yemen, "قصف مدفعي على رداع ومديريات أخرى في محافظة البيضاء") == {"yemen/Al Bayda"}
    # nothing of Yemen: Libya's better-known Al Bayda
    assert alerted(yemen, "اشتباكات مسلحة في مدينة البيضاء شرقي بنغازي") == set()


def test_a_police_only_portugal_has_says_the_item_is_about_portugal() -> None:
    brasil = titled_matcher("Brasil (Santarem)", "Santarem")
    assert alerted(brasil, "Assalto a banco em Santarém: a GNR deteve três suspeitos") == set()
    assert alerted(brasil, "Assalto a banco em Santarém: a Polícia Militar do Pará deteve três suspeitos") == {"brasil/Santarem"}
    mozambique = titled_matcher("Mozambique (Beira)", "Beira")
    assert alerted(mozambique, "Tiroteio numa aldeia da Beira Baixa fere dois homens, informou a GNR") == set()
    assert alerted(mozambique, "Tiroteio num bairro da Beira fere dois homens, informou a polícia") == {"mozambique/Beira"}
    # the acronym only in capitals
    assert alerted(brasil, "Assalto a banco em Santarém: gnr é a sigla do suspeito") == {"brasil/Santarem"}


def test_a_guard_only_spain_has_says_the_item_is_about_spain() -> None:
    mexico = titled_matcher("Mexico (Guadalajara)", "Guadalajara")
    assert alerted(mexico, "Asalto armado a una joyería de Guadalajara; la Guardia Civil busca a los autores") == set()
    assert alerted(mexico, "Asalto armado a una joyería de Guadalajara; la Fiscalía de Jalisco busca a los autores") == {
        "mexico/Guadalajara"
    }
