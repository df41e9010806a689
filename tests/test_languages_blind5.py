"""The matcher against a fifth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind5.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "The gazetteer", "Which items alert" and the config reference), PRODUCT.md
and issue 20, by someone who had not read the matcher, the keyword, vocabulary or false-friend
code, the bundled keyword sets (`python -m bot keywords` was not consulted), any other labelled
set (only the first three lines of `languages_blind4.jsonl` and the head of
`languages_blind4_watchlists.yaml`, for their formats; the docstrings of
`test_languages_blind3.py` and `test_languages_blind4.py`, for the places to avoid) or any other
test but this one's model, `test_languages_blind4.py`. The set and its labels were final and
committed (b119d81) before the matcher first saw an item; no label was changed after that first
run.

329 items (88 Portuguese, 99 Spanish, 106 Arabic in Arabic script, 21 English and 15 French
controls; 204 expect at least one alert, 205 expected alerts; 125 traps), over places the
earlier sets did not use: Nacala, Xai-Xai, Inhambane and Lichinga; Benguela, Lubango and
Malanje; Bafatá; Praia (Cabo Verde); Salvador, Fortaleza, Curitiba and Goiânia; Bucaramanga,
Pasto, Tumaco and Arauca; Caracas and Barquisimeto; Guadalajara, Veracruz, Chilpancingo and
Uruapan; Quito and Manta; Lima and Piura; La Paz and Cochabamba; Guatemala City and
Tegucigalpa; El Geneina, El Obeid, Kadugli and Atbara; Tripoli, Zawiya, Ajdabiya and Ghat;
Moundou; Hodeidah, Mokha and Saada; Damascus, Daraa and Latakia; Baghdad, Fallujah and
Samarra; Baalbek and Nabatieh; Nouakchott. Outlets' styles: Lusa, RTP África, Angop, Expresso
das Ilhas, Correio Braziliense, UOL, EFE, El Colombiano, El País América, Milenio, Proceso, La
República, Los Tiempos, Prensa Libre, Al Jazeera, Al-Araby Al-Jadeed, Libya Al-Ahrar, Enab
Baladi, Al-Masirah, Rudaw Arabic, Al-Akhbar, AFP, AP, Reuters.

The watchlists (`languages_blind5_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents often left out, no exonyms, each titled with its country. Every
place resolved at the first `check-config` to the intended city; none was renamed and none needed
coords. Two kinds of keywords: moz, guine-cv, venezuela, ecuador, bolivia, sudan, yemen, lebanon
and mauritania share ONE typed multilingual list of base forms only; angola, brasil, colombia,
mexico, peru, centroamerica, libya, chad, syria and iraq use `keyword_sets: [security]` alone.
Labels say what an analyst who wants every real security event at a watched place, and no false
alarm, would decide, whatever the list holds (a province, state, department, district or
governorate named for a watched city, and its countryside, count; a place written only as the
source, a dateline of a story elsewhere, a home or origin, a flight's departure, a government or
an organisation does not; accidents, weather, disease, fiction and anniversaries are not security
events).

Categories: simple positives; keyword inflections (verb forms, participles, plurals, the article,
Arabic plurals); Arabic prefixes on names (و ب ل ف وب وفي); Arabic spelling (taa marbuta as haa,
hamza, vowel marks, tatweel, shadda, نواكشط, اللادقية); exonyms (Trípoli, Damasco, Bagdá, Bagdad,
Hodeida, Hodeïda, Damas, Lattaquié, طرابلس الغرب); short forms and nicknames (Xai, SSA, Guate,
Tegus, Chilpo, la Perla Tapatía); site words (ports, airports, prisons, a refinery, a hospital);
accents, capitals and typos (Malange, Tegucigalapa, Cochabamaba); a region named for the place;
datelines; and traps: keywords in another sense (sport, economy, medicine, political attacks,
weather, floods, landslides, accidents, fireworks, idioms, fiction, history and anniversaries),
namesakes elsewhere (Guadalajara in Spain, La Paz in Mexico, Lima in Ohio, Tripoli in Lebanon, El
Salvador, Veracruz in Panama, Tal Abyad, Zawiya al-Hamra in Cairo), people (Salvador Dalí, Abu
Bakr al-Baghdadi), organisations and titles (clubs, universities, a cartel, a festival, a bank,
a newspaper), a place inside a longer place name (Praia Grande, Salvador do Sul, Puerto Lima,
طرابلس الشام, البحر الأبيض), ordinary words that are place names (praia, fortaleza, pasto,
manta, la paz, الأبيض, زاوية, حديدة, جنينة), metonymy, places written only as the source, a home,
a flight's origin or another story's dateline, off-topic news.

First contact (`python -m pytest -s tests/test_languages_blind5.py`, 2026-12-06, set committed as
b119d81 on the matcher of 0616bf5): precision 0.885, recall 0.902, F1 0.894 (tp 185, fp 24,
fn 20). By language: Portuguese F1 0.893 (P 0.833, R 0.962; tp 50, fp 10, fn 2), Spanish 0.867
(P 0.867, R 0.867; tp 52, fp 8, fn 8), Arabic 0.908 (P 0.928, R 0.889; tp 64, fp 5, fn 8),
English 0.870 (P 0.909, R 0.833; tp 10, fp 1, fn 2), French 1.000 (P 1.000, R 1.000; tp 9, fp 0,
fn 0). By category at first contact (tp/fp/fn): accents-typos 9/0/0, arabic-prefix 11/0/0,
arabic-spelling 6/0/3, dateline 10/0/3, exonym 14/0/0, keyword-inflection 28/0/2,
keyword-other-sense 0/13/0, longer-place-name 0/2/0, metonymy 0/2/0, namesake-elsewhere 0/1/0,
off-topic 0/0/0, ordinary-word 0/1/0, organisation-title 0/1/0, person-name 0/0/0,
region-named 15/0/0, short-form 2/0/4, simple-positive 76/0/3, site-word 14/0/5,
source-or-home 0/4/0.
The floors below sit about 0.03 under these figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind5.jsonl"
CONFIG = "languages_blind5_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.885, recall 0.902, F1 0.894; pt 0.893, es 0.867, ar 0.908, en 0.870,
# fr 1.000.
# Spent in round 8 (lang8, 2026-12-06): its 41 errors read item by item and classed, and rules
# written for the classes with new sentences in tests/test_senses_round8.py (a disease that
# attacks, a politician's attack in words, a headline's quoted figure, the dead remembered,
# drills, fires of no one's making, fireworks; where a journey began; Arabic cities that trade
# accusations, Arabic site nouns in the construct state, a city GeoNames names for two towns;
# directions and "Grande" after a name; short months in datelines; names kept from the language
# detector; shots, torture and strikes in the bundled set): precision 0.990, recall 0.956, F1
# 0.973; pt 0.981, es 0.957, ar 0.972, en 1.000, fr 1.000. Floors about 0.03 under those figures:
# a development set now, no longer blind.
PRECISION_FLOOR = 0.96
RECALL_FLOOR = 0.92
F1_FLOOR = {"pt": 0.95, "es": 0.92, "ar": 0.94, "en": 0.97, "fr": 0.97}


def test_the_fifth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_fifth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (300, None), LANGUAGES, unique_texts=False)
