"""Review 21c of round lang27: today's attacks its history rules silenced, by cause.

- A verb of remembering silenced every keyword after it in a sentence naming a year, though it
  governed none: "As residents remembered the victims of the 2022 massacre, gunmen attacked".
  The verb must govern the keyword (its object, or in its object's phrase, no clause between).
- A headline's word of remembrance (memorial, anniversary, "aniversário", a birthday) made the
  summary's dated sentences past, and a year after "since" ("the deadliest attack since 2019") or
  naming another deed ("the victims of 2018", "the 2023 siege") dated today's deed.
- "Again" said in other words ("once more", "otra vez", "mais uma vez", "une fois de plus",
  "مرة أخرى") was no word of a deed done again.
- With the item's year unknown, any year (even "In March 2026") was taken as the past.
- "nos" (us) and Spanish "no" (not) were read as articles, making the verb after them a noun.

Sentences written for this review, not taken from any labelled set, with the real gazetteer; each
is checked with the item's year unknown (the CLI's `match`) and known.
"""

from __future__ import annotations

import pytest

from bot.match import Matcher
from tests.support.alerts import alert_of, typed_matcher

_TYPED = (
    "attack, kill, ataque, matar, assaltar, raptar, asesinar, sequestrar, secuestrar, chacina, masacre, quemar, "
    "هجوم, قتل"
)
_YEARS = (None, 2026)


def _alerted(matcher: Matcher, title: str, summary: str, year: int | None) -> set[str]:
    return {f"{r.watchlist}/{m.location}" for r in matcher.match(title, summary, year) for m in r.locations}


def _assert_alerts(country: str, town: str, title: str, summary: str) -> None:
    matcher = typed_matcher(country, town, _TYPED)
    for year in _YEARS:
        assert _alerted(matcher, title, summary, year) == alert_of(country, town), year


# 1. A verb of remembering before today's deed, in another clause: the deed is today's.
@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        (
            "Burkina Faso",
            "Djibo",
            "As Djibo remembers the 2022 massacre, gunmen attack mourners",
            "As residents remembered the victims of the 2022 massacre, gunmen attacked the crowd in Djibo, "
            "killing five.",
        ),
        (
            "Burkina Faso",
            "Djibo",
            "Djibo remembers the 2022 massacre",
            "As residents remembered the victims of the 2022 massacre on Sunday, gunmen attacked the crowd in "
            "Djibo, killing five.",
        ),
        (
            "Mozambique",
            "Mocimboa da Praia",
            "Enquanto Mocímboa da Praia recorda 2020, insurgentes atacam a vila",
            "Enquanto a população recordava as vítimas de 2020, insurgentes atacaram a vila e mataram três pessoas.",
        ),
        (
            "Mozambique",
            "Mocimboa da Praia",
            "Mocímboa da Praia lembra as vítimas de 2020",
            "Quando os moradores lembravam as vítimas de 2020, insurgentes atacaram a cerimónia e mataram três "
            "pessoas em Mocímboa da Praia.",
        ),
        (
            "Mozambique",
            "Mocimboa da Praia",
            "Mocímboa da Praia lembra as vítimas de 2020",
            "A vila lembrou as vítimas de 2020, mas durante a cerimónia insurgentes atacaram a multidão e "
            "mataram três pessoas.",
        ),
        (
            "Mozambique",
            "Macomia",
            "Macomia relembra o ataque de 2020",
            "A vila relembrou o ataque de 2020; horas depois, insurgentes atacaram a aldeia e mataram dois "
            "camponeses em Macomia.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Tumaco recuerda la masacre de 2018",
            "Mientras la comunidad recuerda a las víctimas de 2018, hombres armados atacaron el homenaje y "
            "asesinaron a dos personas.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Tumaco recuerda la masacre de 2018",
            "La comunidad recuerda a las víctimas de 2018; hombres armados atacaron el homenaje y asesinaron a "
            "dos personas en Tumaco.",
        ),
        (
            "Colombia",
            "Buenaventura",
            "Buenaventura recuerda a sus muertos de 2019",
            "Buenaventura recordaba a sus muertos de 2019, pero esta vez sicarios asesinaron a tres jóvenes en el "
            "puerto.",
        ),
        (
            "Iraq",
            "Tikrit",
            "تكريت تستذكر ضحايا سبايكر",
            "بينما يستذكر أهالي تكريت ضحايا مجزرة عام 2014، هاجم مسلحون الحفل وقتلوا ثلاثة أشخاص.",
        ),
        (
            "Iraq",
            "Tikrit",
            "تكريت تستذكر ضحايا سبايكر",
            "استذكر أهالي تكريت ضحايا مجزرة عام 2014، وهاجم مسلحون الحفل وقتل ثلاثة أشخاص.",
        ),
        (
            "Iraq",
            "Samarra",
            "سامراء تستذكر ضحايا 2006",
            "بينما تستذكر سامراء ضحايا عام 2006، هاجم مسلحون سوقا في سامراء وقتلوا خمسة أشخاص.",
        ),
        (
            "Burkina Faso",
            "Djibo",
            "Djibo rappelle le massacre de 2022",
            "La ville rappelle le massacre de 2022 ; des hommes armés ont attaqué la cérémonie et tué cinq "
            "personnes à Djibo.",
        ),
        (
            "Mali",
            "Kidal",
            "Kidal rappelle le massacre de 2012",
            "Alors que Kidal rappelle le massacre de 2012, des hommes armés ont attaqué la foule et tué quatre "
            "civils.",
        ),
    ],
)
def test_a_remembering_verb_in_another_clause_leaves_todays_deed(country: str, town: str, title: str, summary: str) -> None:
    _assert_alerts(country, town, title, summary)


# 2. A memorial, an anniversary or a birthday is an occasion; a year after "since" a comparison;
#    a year naming another deed no date of today's; "at dawn" a time of today.
@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        (
            "Burkina Faso",
            "Djibo",
            "Djibo: memorial for victims of the 2019 raid attacked",
            "Gunmen attacked a memorial for the victims of the 2019 raid, killing 12 people in Djibo.",
        ),
        (
            "Nigeria",
            "Maiduguri",
            "Anniversary ceremony attacked in Maiduguri",
            "Suicide bombers attacked a ceremony marking the 2014 Chibok kidnapping in Maiduguri, killing 12 "
            "people.",
        ),
        (
            "Burkina Faso",
            "Djibo",
            "Bloodshed at Djibo memorial service",
            "Gunmen killed 12 people at a memorial service in Djibo, the deadliest attack in the town since 2019.",
        ),
        (
            "Brazil",
            "Altamira",
            "Festa de aniversário termina em tragédia em Altamira",
            "Homens armados mataram três pessoas numa festa de aniversário em Altamira, no crime mais violento na "
            "cidade desde 2019.",
        ),
        (
            "Brazil",
            "Altamira",
            "Festa de aniversário termina em tragédia em Altamira",
            "Homens armados mataram três pessoas numa festa de aniversário em Altamira; em 2025, a cidade teve 40 "
            "homicídios.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Tumaco: tragedia en la conmemoración del aniversario del municipio",
            "Hombres armados atacaron el desfile del aniversario de Tumaco y mataron a dos personas, el peor "
            "ataque desde 2018.",
        ),
        ("Burkina Faso", "Djibo", "Djibo remembers its dead", "The deadliest attack since 2019 killed 12 people in Djibo."),
        (
            "Burkina Faso",
            "Djibo",
            "Djibo mourns 12 dead",
            "Residents mourned 12 people killed in Djibo in the deadliest attack since 2019.",
        ),
        ("Colombia", "Tumaco", "Tumaco recuerda a sus muertos", "El peor ataque desde 2018 dejó doce muertos en Tumaco."),
        (
            "Mozambique",
            "Mocimboa da Praia",
            "Mocímboa da Praia homenageia as vítimas",
            "A vila homenageia as vítimas do pior ataque desde 2020, que matou doze pessoas.",
        ),
        ("Burkina Faso", "Djibo", "Ten years on, Djibo", "The deadliest attack since 2019 killed 12 people in Djibo."),
        (
            "Burkina Faso",
            "Djibo",
            "Djibo remembers the 2023 siege",
            "Gunmen attacked Djibo at dawn and killed 12 people, the worst raid since 2023.",
        ),
        (
            "Burkina Faso",
            "Djibo",
            "Three years on, Djibo remembers the siege",
            "Three years after the 2023 siege, gunmen killed 12 people in Djibo.",
        ),
        (
            "Mali",
            "Menaka",
            "Ménaka se souvient de ses morts",
            "À l'aube, des hommes armés ont attaqué Ménaka et tué neuf civils, l'attaque la plus meurtrière depuis "
            "2022.",
        ),
        (
            "Mali",
            "Kidal",
            "Kidal : l'anniversaire de la ville endeuillé",
            "Des hommes armés ont attaqué les festivités de l'anniversaire de Kidal et tué six personnes.",
        ),
        (
            "Colombia",
            "Buenaventura",
            "Buenaventura recuerda a las víctimas de 2019",
            "Hombres armados atacaron al amanecer un homenaje a las víctimas de 2019 en Buenaventura y asesinaron a "
            "tres personas.",
        ),
        (
            "Iraq",
            "Fallujah",
            "الفلوجة تستذكر ضحاياها",
            "قتل خمسة أشخاص في هجوم على سوق في الفلوجة، وهو الهجوم الأعنف منذ عام 2017.",
        ),
    ],
)
def test_an_occasion_and_a_comparison_leave_todays_deed(country: str, town: str, title: str, summary: str) -> None:
    _assert_alerts(country, town, title, summary)


# 3. "Again" in other words: today's deed, done again.
@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        (
            "Burkina Faso",
            "Djibo",
            "Three years on, Djibo remembers; gunmen strike once more",
            "Gunmen attacked the town once more and killed 12 people in Djibo, three years after the 2023 siege.",
        ),
        (
            "Burkina Faso",
            "Djibo",
            "Djibo remembers the 2023 siege",
            "Gunmen attacked Djibo once more and killed 12 people, three years after the 2023 siege.",
        ),
        (
            "Burkina Faso",
            "Djibo",
            "Djibo remembers the 2023 siege",
            "Three years after the 2023 siege, gunmen struck Djibo once more, killing 12 people.",
        ),
        (
            "Nigeria",
            "Maiduguri",
            "Ten years on, Maiduguri remembers",
            "In 2016 and yet again this year, suicide bombers attacked a market in Maiduguri, killing 12.",
        ),
        (
            "Burkina Faso",
            "Djibo",
            "Djibo : trois ans après le massacre",
            "Des hommes armés ont attaqué une fois de plus Djibo et tué 12 personnes, trois ans après le massacre "
            "de 2023.",
        ),
        (
            "Mali",
            "Kidal",
            "Kidal : dix ans après, la ville rappelle 2016",
            "Des hommes armés ont encore attaqué Kidal et tué trois civils, comme en 2016.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Tumaco recuerda la masacre de 2018",
            "Otra vez, hombres armados atacaron Tumaco y mataron a dos personas, como en la masacre de 2018.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Ocho años después, Tumaco vive otra masacre",
            "Hombres armados mataron otra vez a cinco jóvenes en Tumaco, como en la masacre de 2018.",
        ),
        (
            "Colombia",
            "Buenaventura",
            "Buenaventura recuerda 2019",
            "Una vez más, sicarios asesinaron a tres jóvenes en Buenaventura, como en 2019.",
        ),
        (
            "Mozambique",
            "Mocimboa da Praia",
            "Cinco anos depois, Mocímboa da Praia é atacada",
            "Insurgentes atacaram mais uma vez Mocímboa da Praia e mataram quatro pessoas, cinco anos depois da "
            "ocupação de 2020.",
        ),
        (
            "Mozambique",
            "Mocimboa da Praia",
            "Mocímboa da Praia recorda 2020",
            "Mais uma vez, insurgentes atacaram Mocímboa da Praia e mataram quatro pessoas, como em 2020.",
        ),
        (
            "Mozambique",
            "Macomia",
            "Macomia recorda 2020",
            "Insurgentes atacaram outra vez Macomia e mataram dois camponeses, como em 2020.",
        ),
        (
            "Iraq",
            "Tikrit",
            "12 عاماً على مجزرة سبايكر",
            "هاجم مسلحون تكريت مجددا وقتلوا ثلاثة أشخاص، بعد مجزرة عام 2014.",
        ),
        (
            "Iraq",
            "Tikrit",
            "تكريت تستذكر مجزرة سبايكر",
            "هاجم مسلحون تكريت مجددا وقتلوا ثلاثة أشخاص بعد 12 عاما على مجزرة عام 2014.",
        ),
        (
            "Iraq",
            "Kirkuk",
            "كركوك تستذكر 2014",
            "هاجم مسلحون سوقا في كركوك مرة أخرى وقتلوا خمسة أشخاص كما في عام 2014.",
        ),
    ],
)
def test_again_in_other_words_is_todays_deed(country: str, town: str, title: str, summary: str) -> None:
    _assert_alerts(country, town, title, summary)


# 4. Arabic's count of years in the headline: a summary's new attack, with no remembering, is news.
def test_an_arabic_years_count_does_not_date_a_new_attack() -> None:
    _assert_alerts(
        "Iraq", "Tikrit", "12 عاماً على مجزرة سبايكر", "هاجم مسلحون تكريت وقتلوا ثلاثة أشخاص، بعد مجزرة عام 2014."
    )


# 5. The item's year unknown: a year is no evidence of the past.
@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        ("Burkina Faso", "Djibo", "Remembering Djibo's dead", "In 2026, the deadliest attack so far killed 12 people in Djibo."),
        (
            "Burkina Faso",
            "Djibo",
            "Djibo remembers the 2023 siege",
            "On 3 March, gunmen attacked Djibo and killed 12 people in the worst raid of 2026.",
        ),
        ("Burkina Faso", "Djibo", "Djibo remembers the 2023 siege", "In March 2026, gunmen attacked Djibo and killed 12 people."),
        (
            "Mozambique",
            "Mocimboa da Praia",
            "Mocímboa da Praia recorda as vítimas",
            "Em março de 2026 os insurgentes atacaram Mocímboa da Praia e mataram doze pessoas.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Tumaco recuerda a sus muertos",
            "En marzo de 2026, hombres armados atacaron Tumaco y asesinaron a dos personas.",
        ),
        ("Mali", "Kidal", "Kidal rappelle ses morts", "En mars 2026, des hommes armés ont attaqué Kidal et tué trois civils."),
        ("Iraq", "Baqubah", "بعقوبة تستذكر ضحاياها", "في مارس 2026 هاجم مسلحون سوقا في بعقوبة وقتلوا خمسة أشخاص."),
    ],
)
def test_a_year_is_no_past_when_the_items_year_is_unknown(country: str, town: str, title: str, summary: str) -> None:
    _assert_alerts(country, town, title, summary)


# 6. "nos" (us) and Spanish "no" (not) are no articles: the verb after them is the verb.
@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        (
            "Colombia",
            "Tumaco",
            'Tumaco: "La guerrilla nos ataca cada noche", denuncian',
            "Los campesinos de Tumaco denuncian que la guerrilla nos ataca cada noche.",
        ),
        (
            "Colombia",
            "Tumaco",
            'Tumaco: "El ELN nos mata", denuncian campesinos',
            '"El ELN nos mata y nadie hace nada", dijo un líder de Tumaco.',
        ),
        (
            "Colombia",
            "Tumaco",
            'Tumaco: "Aquí la guerrilla nos secuestra"',
            "Un líder de Tumaco dijo que la guerrilla nos secuestra y nos extorsiona.",
        ),
        (
            "Brazil",
            "Altamira",
            'Altamira: "a polícia nos mata", dizem moradores',
            "Moradores de Altamira dizem que a polícia nos mata todos os dias.",
        ),
        (
            "Brazil",
            "Maraba",
            'Marabá: "o crime nos mata e ninguém faz nada"',
            "Em Marabá, moradores dizem que a milícia nos mata e nos sequestra.",
        ),
        (
            "Colombia",
            "Buenaventura",
            "Buenaventura: sicarios matan a dos jóvenes",
            "Los sicarios no mataron solo a dos jóvenes: también atacaron a un policía en Buenaventura.",
        ),
    ],
)
def test_a_pronoun_or_a_negation_before_the_verb_is_no_article(country: str, town: str, title: str, summary: str) -> None:
    _assert_alerts(country, town, title, summary)


# Kept from lang27: a remembering verb governing a dated past deed, and a headline's count of
# years over a sentence dated to an older year than the item's own (when the item's year is known).
@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        (
            "Angola",
            "Cassinga",
            "Cassinga assinala aniversário",
            "A comunidade relembrou a batalha de 1978, quando os ataques aéreos mataram centenas em Cassinga.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Tumaco recuerda la masacre",
            "Tumaco recordó este domingo la masacre de 2018 en la que murieron doce jóvenes.",
        ),
        (
            "Iraq",
            "Tikrit",
            "تكريت تستذكر ضحايا مجزرة سبايكر",
            "استذكر أهالي تكريت ضحايا مجزرة سبايكر التي قتل فيها مئات الطلاب عام 2014.",
        ),
    ],
)
def test_a_remembered_dated_deed_is_still_history(country: str, town: str, title: str, summary: str) -> None:
    matcher = typed_matcher(country, town, _TYPED)
    for year in _YEARS:
        assert _alerted(matcher, title, summary, year) == set(), year


def test_a_headlines_count_of_years_dates_an_older_year_when_the_items_year_is_known() -> None:
    matcher = typed_matcher("Mozambique", "Mocimboa da Praia", _TYPED)
    title = "Cinco anos depois do ataque a Mocímboa da Praia, a vila reconstrói-se"
    summary = "Em agosto de 2020, os insurgentes ocuparam Mocímboa da Praia e mataram dezenas de civis."
    assert _alerted(matcher, title, summary, 2025) == set()
    assert _alerted(matcher, title, summary, None) == alert_of("Mozambique", "Mocimboa da Praia")


@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        (
            "Mozambique",
            "Macomia",
            "Macomia: exposição recorda a guerra colonial",
            "Uma exposição em Macomia mostra os ataques da guerrilha às aldeias na década de 1960.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Tumaco recuerda la violencia de otros tiempos",
            "Un documental recuerda cómo los paramilitares atacaron Tumaco en la década de 1990.",
        ),
    ],
)
def test_a_decade_dates_the_deed_under_a_remembering_headline(country: str, town: str, title: str, summary: str) -> None:
    assert _alerted(typed_matcher(country, town, _TYPED), title, summary, 2026) == set()


# Kept from main: under a headline that counts years back or remembers, a keyword in a relative
# clause of a deed its year names, older than the item's year, tells that deed.
@pytest.mark.parametrize(
    ("country", "town", "title", "summary"),
    [
        (
            "Nigeria",
            "Maiduguri",
            "Maiduguri: a report revisits the market bombing, 12 years on",
            "A new report revisits the 2014 market bombing in Maiduguri, in which 40 traders were killed.",
        ),
        (
            "Mozambique",
            "Mocimboa da Praia",
            "Dez anos depois, Mocímboa da Praia recorda o massacre",
            "A vila recordou o ataque de 2016 a Mocímboa da Praia, em que insurgentes mataram dez pessoas.",
        ),
        (
            "Colombia",
            "Tumaco",
            "Ocho años después, Tumaco recuerda",
            "La comunidad recordó la masacre de 2018 en Tumaco, en la que hombres armados asesinaron a seis jóvenes.",
        ),
    ],
)
def test_a_relative_clause_of_a_dated_deed_tells_that_deed(country: str, town: str, title: str, summary: str) -> None:
    matcher = typed_matcher(country, town, _TYPED)
    assert _alerted(matcher, title, summary, 2026) == set()
    today = summary.replace("2014", "2026").replace("2016", "2026").replace("2018", "2026")
    assert _alerted(matcher, title, today, 2026) == alert_of(country, town)
