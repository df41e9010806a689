"""The matcher against a sixth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind6.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "The gazetteer", "Which items alert" and the config reference) and issue
20, by someone who had not read the matcher, the keyword, vocabulary or false-friend code, the
bundled keyword sets (`python -m bot keywords` was not consulted), any other labelled set (only
the first three lines of `languages_blind5.jsonl` and the head of
`languages_blind5_watchlists.yaml`, for their formats; the docstrings of
`test_languages_blind2.py` to `test_languages_blind4.py`, for the places to avoid) or any other
test but this one's model, `test_languages_blind5.py`. The set and its labels were final and
committed (fd34b3b) before the matcher first saw an item; no label was changed after that first
run.

340 items (95 Portuguese, 102 Spanish, 107 Arabic in Arabic script, 21 English and 15 French
controls; 204 expect at least one alert, 208 expected alerts; 136 traps), over places the
earlier sets did not use: Maputo, Matola, Macomia, Mueda and Cuamba; Saurimo, Soyo, Uíge and
Menongue; Cacheu, Farim and Bolama; Natal, Maceió, Santarém, Belo Horizonte and Porto Velho;
Cartagena, Quibdó, Florencia and Villavicencio; Valencia, Maracay and San Cristóbal (Venezuela);
Celaya, Apatzingán, Tapachula, Fresnillo and Cuernavaca; Santa Ana (El Salvador), La Ceiba,
Choluteca and Quetzaltenango; Ciudad del Este and Pedro Juan Caballero; Temuco, Oruro, Cusco and
Juliaca; Khartoum, Sennar, Gedaref and Zalingei; Gharyan, Zuwara, Murzuq and Bani Walid; Ibb,
Dhamar, Al Bayda and Zinjibar; Hama, Suwayda, Qamishli, Manbij and Al-Bab; Tikrit, Ramadi,
Sinjar, Baqubah and Erbil; Hermel, Bint Jbeil and Arsal; Sheikh Zuweid and Bir al-Abd; Kismayo,
Baidoa and Beledweyne; Bol, Sarh and Faya-Largeau.

The watchlists (`languages_blind6_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, no exonyms, each titled with its country. Three names
were replaced after the first `check-config`, before any item was written or scored: "Palma"
(Mozambique) resolved to Palma de Mallorca, even with coords or a country after it; "El Alto"
to a town in Peru; "Matamoros" to the Coahuila town; they became Macomia, Oruro (with Cusco)
and Fresnillo. Two kinds of keywords: moz, guine, venezuela, centroamerica, paraguay, sudan,
yemen, lebanon, somalia and chad share ONE typed multilingual list of base forms only; angola,
brasil, colombia, mexico, andes, libya, syria, iraq and egypt use `keyword_sets: [security]`
alone. Labels say what an analyst who wants every real security event at a watched place, and
no false alarm, would decide, whatever the list holds (a province, state, department, region or
governorate named for a watched city, and its countryside, count; a place written only as the
source, a dateline of a story elsewhere, a home or origin, a flight's departure, a government or
an organisation does not; accidents, weather, disease, drills, fiction and anniversaries are not
security events).

Categories: simple positives; keyword inflections (verb forms, participles, plurals, the article,
Arabic broken plurals); Arabic prefixes on names (و ب ل ك وفي وب, the article after ب); Arabic
spelling (taa marbuta as haa, alef without hamza, vowel marks, tatweel, shadda, alef maqsura,
كسمايو); exonyms (Cartum, Jartum, Cidade do Leste, Quismaio, Arbil, Cuzco, Hamá, Sinyar, Zuara,
Kismaayo, مابوتو, قرطاجنة); short forms and nicknames (BH, CDE, PJC, Xela, Villavo, La Heroica,
"a capital potiguar"); site words (airports, an airfield, prisons, ports, a pier, a hospital, a
bus terminal, barracks); accents, capitals and typos (Maceio, Cuamaba, Uíje, Cuernavca); a
region named for the place; datelines; and traps: keywords in another sense (sport, economy,
medicine, political attacks, weather, accidents, disease, drills, idioms, fiction, history and
anniversaries), namesakes elsewhere (Valencia and Cartagena in Spain, Valence in France, Santa
Ana in California, Santarém in Portugal, Florence, San Cristóbal in the Dominican Republic, Al
Bayda in Libya, Zanzibar), people (Santa Anna, Pedro Juan Caballero, Fernando Villavicencio,
al-Tikriti, a Paul, a Florencia, a Natal), organisations and titles (clubs, universities, a
cartel, a gang, a news network, an association), a place inside a longer place name
(KwaZulu-Natal, San Cristóbal de las Casas, Bab el-Mandeb, Casablanca, a street, a river),
ordinary words that are place names (natal, porto velho, ceiba, سار, الباب, حماة, البيضاء,
bol), metonymy, places written only as the source, a home or origin, a flight's origin or
another story's dateline, off-topic news.

First contact (`python -m pytest -s tests/test_languages_blind6.py`, 2026-12-06, set committed as
fd34b3b on the matcher of 36f63dc): precision 0.834, recall 0.870, F1 0.852 (tp 181, fp 36,
fn 27). By language: Portuguese F1 0.847 (P 0.825, R 0.870; tp 47, fp 10, fn 7), Spanish 0.800
(P 0.787, R 0.814; tp 48, fp 13, fn 11), Arabic 0.884 (P 0.878, R 0.890; tp 65, fp 9, fn 8),
English 0.846 (P 0.786, R 0.917; tp 11, fp 3, fn 1), French 0.952 (P 0.909, R 1.000; tp 10,
fp 1, fn 0). Figures by category were not collected.
The floors below sit about 0.03 under these figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind6.jsonl"
CONFIG = "languages_blind6_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.834, recall 0.870, F1 0.852; pt 0.847, es 0.800, ar 0.884, en 0.846,
# fr 0.952. Spent in round 9 (lang9): its items were read and classed, and rules written for the
# classes (tests/test_senses_round9.py): precision 0.940, recall 0.904, F1 0.922; pt 0.914,
# es 0.914, ar 0.915, en 0.960, fr 1.000. A development set now; floors 0.03 under those figures.
FIRST_CONTACT = {"precision": 0.834, "recall": 0.870, "f1": 0.852}
PRECISION_FLOOR = 0.91
RECALL_FLOOR = 0.87
F1_FLOOR = {"pt": 0.88, "es": 0.88, "ar": 0.88, "en": 0.93, "fr": 0.97}


def test_the_sixth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_sixth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (300, None), LANGUAGES, unique_texts=False)
