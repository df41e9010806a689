"""The matcher against a fourth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind4.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "The gazetteer", "Which items alert" and the config reference), PRODUCT.md
and issue 20, by someone who had not read the matcher, the keyword, vocabulary or false-friend
code, the bundled keyword sets (`python -m bot keywords` was not consulted), any other labelled
set (only the first three lines of `languages_blind3.jsonl` and the head of
`languages_blind3_watchlists.yaml`, for their formats) or any other test but this one's model,
`test_languages_blind3.py`. The set and its labels were final and committed (fac8e6e) before the
matcher first saw an item; no label was changed after that first run.

302 items (87 Portuguese, 88 Spanish, 91 Arabic in Arabic script, 21 English and 15 French
controls; 197 expect at least one alert, 199 expected alerts), over places the earlier sets did
not use: Pemba, Mocímboa da Praia (and "Mocímboa") and Montepuez; Beira and Chimoio; Bissau and
Gabú; Cabinda; São Paulo ("SP", Guarulhos, Osasco), Manaus and Belém; Cali, Cúcuta and Medellín;
Maracaibo; Acapulco, Reynosa and Zacatecas; Guayaquil; Ayacucho and the VRAEM; San Pedro Sula;
Port-au-Prince in Spanish, Portuguese and French; El Fasher, Nyala, Omdurman and Port Sudan;
Benghazi, Misrata and Sabha; N'Djamena and Abéché; Aden, Taiz and Marib; Aleppo and Idlib;
Mosul; Mogadishu. Outlets' styles: Lusa, AIM, O País, Folha, G1, EFE, El Espectador, El
Universo, Infobae, Al Jazeera, Asharq Al-Awsat, Sudan Tribune Arabic, Alwasat, Libya Observer,
AFP, AP, Reuters, RFI.

The watchlists (`languages_blind4_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, no exonyms. Every place resolved at the first
`check-config` to the intended city; none was renamed. The VRAEM (a valley, in no gazetteer) is
a site with `coords:` and its long name as an alias, as an admin would type it. Two kinds of
keywords: moz-cabo, guine, brasil, venezuela, ecuador, honduras, sudan, chad, syria and somalia
share ONE typed multilingual list of base forms only; moz-centro, cabinda, colombia, mexico,
peru, haiti, libya, yemen and iraq use `keyword_sets: [security]` alone. Labels say what an
analyst who wants every real security event at a watched place, and no false alarm, would
decide, whatever the list holds (a province, state, district or governorate named for a watched
city, its countryside and its suburbs count; a place written only as the source, a home, a
government or an organisation does not; accidents, weather and fiction are not security events).

Categories: simple positives; keyword inflections (verb forms, participles, plurals, Arabic
broken plurals, the article, prefixes); Arabic prefixes on names (و ب ل ف وب وفي); Arabic spelling
(missing hamza, taa marbuta as haa, vowel marks, tatweel, shadda, variant spellings of Mogadishu
and N'Djamena); exonyms (Mogadíscio, Mogadiscio, Alepo, Alep, Bengasi, Misurata, Mossul,
Mossoul, Adén, Yamena, Porto Príncipe, Puerto Príncipe, Port-Soudan, بورت سودان, نجامينا);
short forms (Mocímboa, SP, San Pedro, Medallo, VRAE, Fasher); site words (aeroporto, aeropuerto,
مطار, a port, a prison, a hospital, a border bridge); accents, capitals and typos; a region
named for the place; datelines; and traps: keywords in another sense (sport, economy, medicine,
argument, accidents, weather, idioms, fiction), namesakes in other countries (Pemba in Tanzania,
Belém in Lisbon, Medellín in Spain, San Pedro in Côte d'Ivoire, Belén for Bethlehem), people,
organisations and titles named after a place (clubs, a newspaper, universities, a cartel, a
festival, a diocese), a place inside a longer place name (Gulf of Aden, Beira Alta, Lake
Maracaibo, São Paulo de Olivença), ordinary words that are place names (beira, nyala, عدن,
مآرب, الموصل, حلب), metonymy, places written only as the source or a home, off-topic news.

First contact (`python -m pytest -s tests/test_languages_blind4.py`, 2026-12-06, set committed as
fac8e6e on the matcher of a1f4729): precision 0.904, recall 0.894, F1 0.899 (tp 178, fp 19,
fn 21). By language: Portuguese F1 0.887 (P 0.904, R 0.870; tp 47, fp 5, fn 7), Spanish 0.909
(P 0.887, R 0.932; tp 55, fp 7, fn 4), Arabic 0.908 (P 0.937, R 0.881; tp 59, fp 4, fn 8),
English 0.818 (P 0.818, R 0.818; tp 9, fp 2, fn 2), French 0.941 (P 0.889, R 1.000; tp 8, fp 1,
fn 0). By category at first contact (tp/fp/fn): accents-typos 9/0/1, arabic-prefix 12/0/2,
arabic-spelling 9/0/0, dateline 8/0/6, exonym 20/0/0, keyword-inflection 28/0/1,
keyword-other-sense 0/8/0, longer-place-name 0/0/0, metonymy 0/0/0, namesake-elsewhere 0/1/0,
off-topic 0/0/0, ordinary-word 0/3/0, organisation-title 0/1/0, person-name 0/1/0,
region-named 10/0/1, short-form 1/0/6, simple-positive 63/0/3, site-word 17/0/1,
source-or-home 1/5/0.
The floors below sit about 0.03 under these figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind4.jsonl"
CONFIG = "languages_blind4_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.904, recall 0.894, F1 0.899; pt 0.887, es 0.909, ar 0.908, en 0.818,
# fr 0.941.
# Then spent as a development set (2026-12-06, branch lang7: its items read, its false alerts and
# misses sorted into classes, general rules written for the classes with invented unit cases in
# tests/test_senses_grammar.py): precision 0.984, recall 0.940, F1 0.961 (tp 187, fp 3, fn 12);
# pt 0.913, es 0.974, ar 0.985, en 0.957, fr 1.000. No longer blind: its figures now say little
# about unseen news.
# Floors about 0.03 under those figures (one item's slack for the small English and French parts).
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.91
F1_FLOOR = {"pt": 0.88, "es": 0.94, "ar": 0.94, "en": 0.90, "fr": 0.93}


def test_the_fourth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_fourth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (300, None), LANGUAGES, unique_texts=False)
