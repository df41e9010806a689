"""The matcher against a tenth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind10.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "Which items alert" and the config reference), PRODUCT.md and issue 20, by
someone who had not read the matcher, the keyword, vocabulary or false-friend code, the bundled
keyword sets, any other labelled set (only the first lines of `languages_blind9.jsonl` and the
head of `languages_blind9_watchlists.yaml`, for their formats) or any other test but this one's
model, `test_languages_blind9.py`, and `tests/support/blind_sets.py`; the docstrings of
`test_languages_labelled.py` and `test_languages_blind2.py` to `test_languages_blind9.py` were
read for the places to avoid. The watchlists were committed first (e1f9a5e), the set and its
labels next (37f01a0), both before the matcher first saw an item; no label was changed after
that first run.

287 items (85 Portuguese, 85 Spanish, 87 Arabic in Arabic script, 15 English and 15 French
controls; 176 expect an alert, 176 expected alerts; 111 traps), over places the earlier sets did
not use: Nangade, Quissanga, Marrupa and Dondo; Assomada and Espargos (Cabo Verde), Neves and
Trindade (São Tomé); Niterói, Foz do Iguaçu, Ponta Porã, Cascavel and Parauapebas; Caxito, Sumbe
and Ndalatando; Mansoa, Buba and Quinhamel; Tuluá, Saravena, Maicao and Toribío; Barinas, Cumaná
and Puerto Cabello; Huaquillas, Ambato and Cuenca; Pucallpa, Chimbote and Andahuaylas; Potosí,
Yacuiba and Montero; Coatzacoalcos, Mazatlán, Chilapa and Ciudad Victoria; Tocoa, Choloma,
Huehuetenango, Masaya and Limón; Singa, Kutum and Dongola; Goz Beida, Baga Sola and Ati;
Ghadames, Tajoura, Ras Lanuf and Al Marj; Dhale, Radaa and Haradh; Baiji, Hawija, Tarmiyah and
Khanaqin; Palmyra, Douma, Al Bukamal and Jarablus; Jounieh, Qana and Hasbaya; Suez, Salloum and
Nuweiba; Tindouf, Smara, Ghardimaou and Zarzis; Rosso, Néma and Sélibaby; Jowhar, Afgooye and
Bosaso.

The watchlists (`languages_blind10_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, one spelling, no aliases, no exonyms, each titled with
its country. At `check-config`, before any item was written, every name resolved in its watched
country; Nangade, Quissanga, Baga Sola, Ras Lanuf, Radaa, Hawija and Salloum had been
given `coords:`, Neves and Trindade their country ("Neves, Sao Tome and Principe") and Chilapa its
state ("Chilapa, Guerrero"). Two kinds of keywords: moz, ilhas, brasil, colombia, bolivia,
centroamerica, sudan, libya, syria, egypt and somalia share ONE typed multilingual list of base
forms; angola, guine, venezuela, ecuador, peru, mexico, chad, yemen, iraq, lebanon, maghreb and
mauritania use `keyword_sets: [security]` alone. Labels say what an analyst who wants every real
security event at a watched place, and no false alarm, would decide, whatever the list holds (a
district or municipality named for a watched town, its outskirts, a camp, a village or a road a
few km out count; a place written only as the source, a seat that reacts, a home, a destination,
a dateline of a story elsewhere, a summit or talks held there, an organisation, a club or a
person does not; accidents, weather, volcanoes, disease, animals and pests, fiction, history and
anniversaries, sport and figures of speech are not security events).

Categories: simple positives; keyword inflections (verb forms, participles, plurals); Arabic
prefixes on names (بسنجة، بتاجوراء، بالضالع، بالطارمية، بحاصبيا، بالسويس); Arabic spelling
(دنقلة، كُتُم، قوز بيضة، رأس لانوف، بوساسو); exonyms and other names (N'dalatando, the local
short form "Foz", Chilapa de Álvarez, "Victoria, Tamaulipas", أبو كمال, Palmyre, the Arabic names
of every Arabic-script item); site words (an airport, a port, a prison, a brewery, a ferry
station, a bus terminal, a border crossing); accents left out and written; datelines, also a
dateline elsewhere over a scene at the watched place; mixed-language items (English and French
headlines over Portuguese, Spanish and Arabic summaries); and traps: keywords in another sense
(sport, tourism, production and sales that explode, political attacks, heart attacks, weather,
accidents, disease, animals and pests, fireworks, a volcano, a film, anniversaries), namesakes
elsewhere (Dondo in Angola, Cascavel in Ceará, Trindade in Goiás, Cuenca in Spain, Victoria in
Canada, Limón in Honduras and Colorado, Chilapa de Díaz, Palmyra in Pennsylvania, Tadjoura in
Djibouti, El Marg in Cairo, Cana of Galilee), people (José Maria Neves, María Jesús Montero,
Diosdado Cabello, a journalist named Buba, alias 'Toribio', Medardo Rosso), organisations and
titles (clubs, a bishop, a university, the Russian Duma, the Suez group), a place inside a longer
name (Ribeirão das Neves, Trinidad and Tobago, Santíssima Trindade, Cortuluá, San Luis Potosí, the
Suez Canal), ordinary words that are place names (espargos, cascavel, cuenca, limón; بكتم،
تدمر، دوماً، حرض، جوهر), metonymy (summits and talks), places written only as the source, a home
or a destination, off-topic news.

First contact (`AGGREGATES_ONLY=1 python -m pytest -s -p no:cacheprovider
tests/test_languages_blind10.py`, 2026-12-06, set committed as 37f01a0):
precision 0.837, recall 0.875, F1 0.856 (tp 154, fp 30, fn 22), on the matcher of
964e1a7. By language: Portuguese F1 0.913 (P 0.887, R 0.940; tp 47, fp 6, fn 3), Spanish 0.869
(P 0.843, R 0.896; tp 43, fp 8, fn 5), Arabic 0.776 (P 0.776, R 0.776; tp 45, fp 13, fn 13),
English 0.889 (P 0.889, R 0.889; tp 8, fp 1, fn 1), French 0.917 (P 0.846, R 1.000; tp 11, fp 2,
fn 0). Figures by category were printed but not recorded here. The floors below sit about 0.03
under the first-contact figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind10.jsonl"
CONFIG = "languages_blind10_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.837, recall 0.875, F1 0.856; pt 0.913, es 0.869, ar 0.776, en 0.889,
# fr 0.917. Spent in round 13 (lang13): precision 0.952, recall 0.903, F1 0.927; pt 0.960, es
# 0.925, ar 0.883, en 0.941, fr 1.000. Floors about 0.03 under the round's figures.
PRECISION_FLOOR = 0.92
RECALL_FLOOR = 0.87
F1_FLOOR = {"pt": 0.93, "es": 0.89, "ar": 0.85, "en": 0.91, "fr": 0.97}


def test_the_tenth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_tenth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (280, None), LANGUAGES, unique_texts=True)
