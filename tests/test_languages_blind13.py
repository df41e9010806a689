"""The matcher against a thirteenth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind13.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "Which items alert" and the config reference), PRODUCT.md and issue 20, by
someone who had not read the matcher, the keyword, vocabulary or false-friend code, the bundled
keyword sets, any other labelled set (only the first lines of `languages_blind12.jsonl` and of
`languages_blind12_watchlists.yaml`, for their formats, and that file's top-level keys) or any
other test but this one's model, `test_languages_blind12.py`, and `tests/support/blind_sets.py`;
the docstrings of `test_languages_labelled.py` and `test_languages_blind2.py` to
`test_languages_blind12.py` were read for the places to avoid. The watchlists were committed
first (7c4384c), the set and its labels next (d482744), both before the matcher first saw an
item; no label was changed after that first run.

271 items (68 Portuguese, 70 Spanish, 81 Arabic in Arabic script, 31 English and 21 French
controls; 176 expect an alert, 176 expected alerts; 95 traps), over places the earlier sets did
not use: Monapo, Milange, Búzi and Mandimba; Ingoré, Bigene and São Filipe (Fogo, Cabo Verde);
Catumbela, Camacupa, N'zeto and Xá-Muteba; Pacaraima, Corumbá, Imperatriz and Itabuna; Santander
de Quilichao, Mocoa, Tarazá, Riohacha and Planadas; Riobamba, Chone and Naranjal; Puerto
Maldonado, Sullana, Tocache and Abancay; Frontera Comalapa, Tepalcatepec, Silao, Ensenada and
Poza Rica; Puerto Cortés, Zacapa, Apopa and Matagalpa; Santa Elena de Uairén, Elorza, Tucupita
and Cabimas; Villa Tunari, Cobija, Villazón and Riberalta; Hasaheisa, Managil, Abu Zabad, Abyei
and Renk; Tissi and Massakory (Chad); Kaédi and Fassala (Mauritania); Al Ajaylat, Mizda, Yafran
and Bin Jawad; Jaar, Qataba, Midi and Tarim; Qayyarah, Rawa, Amarah and Dujail; Tafas, Jasim,
Baniyas and Khan Shaykhun; Jezzine, Tebnine and Brital; Bordj Badji Mokhtar and Tebessa; Sbeitla
and Jendouba; Qantara, Dahab and Al Hasana (Sinai).

The watchlists (`languages_blind13_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, one spelling, no aliases, no exonyms. At the first
`check-config`, before any item was written, Bigene, Villa Tunari, Hasaheisa, Managil, Renk,
Tissi (namesakes only in Italy), Fassala, Ajaylat, Jaar, Midi, Bordj Badji Mokhtar (a province's
name) and Hasana resolved to nothing and were given `coords:` (Hasaheisa, Managil and Ajaylat
then resolved to their towns); every other place resolved as meant (São Filipe typed "Sao
Filipe, Cabo Verde"; "Frontera Comalapa" is GeoNames' Comalapa, "Silao" Silao de la Victoria,
"Puerto Cortes" Puerto Cortez). Two kinds of keywords: moz, guine, brasil, colombia, peru,
venezuela, sudan, yemen, syria and maghreb share ONE typed multilingual list of base forms;
angola, ecuador, mexico, centroamerica, bolivia, chad, libya, iraq, lebanon and sinai use
`keyword_sets: [security]` alone. Labels say what an analyst who wants every real security event
at a watched place, and no false alarm, would decide, whatever the list holds (a district,
municipality, department, rural area, front, road or border post of a watched town counts; a
place written only as a birthplace, a delegation's home, where a speaker spoke, where refugees
arrive or the wounded are taken, an organisation, a club, a brand or a river does not, nor a
scene 100 km out; accidents, weather, wildfires, a volcano, animals, disease, history,
festivals, sport, markets and figures of speech are not security events).

Categories: simple positives; keyword inflections (verb forms, participles, plurals); Arabic
prefixes on names (بالحصاحيصا، بالعجيلات، بجعار، بالعمارة، ببريتال، وجزين، فبانياس); Arabic spelling
(ماسكوري، القياره، مزده، جِعَار، تبسه); exonyms and other names (Ambrizete for N'zeto, Khan Cheikhoun
in Portuguese and French, Jan Sheijun); site words (an airport, a border post, a UN base, an air
base, a refinery, a prison, barracks); a department or district named for the town; accents left
out; datelines (BIGENE, IMPERATRIZ (MA), NARANJAL, Ecuador, COBIJA (ABI), PUERTO MALDONADO, Peru
(Reuters), الحصاحيصا -، تريم -); mixed-language items (English headlines over Portuguese and
Spanish summaries, an English wire quoting Arabic); and traps: keywords in another sense (a
cyclone, floods, rain, a mudslide, wildfires, a volcano, elephants attacking crops, an avalanche
remembered, a pipeline and a gas plant that explode by accident, prices, exports, attendance and
colour that explode, talks and a ceasefire, past massacres remembered), namesakes elsewhere (the
department of Santander, Santa Elena in Ecuador, Ensenada in Argentina, Naranjal in Paraguay,
Puerto Cortés in Costa Rica, Forte de São Filipe in Setúbal, Banias in the Golan, the Midi of
France, Tarim in Xinjiang), people (a deputy, a commissioner, a writer, a poet, a scholar, a
novelist, a diplomat, a singer and footballers named like the towns), organisations and titles
(Imperatriz Leopoldinense, Itabuna EC, Olmedo de Riobamba, Ron Zacapa, Medi 1 TV, جامعة باجي
مختار، جندوبة الرياضية), a place inside a longer name (the rivers Búzi and Catumbela, Corumbá de Goiás,
Santo António da Imperatriz, منطقة أبيي in talks), ordinary words that are place names
(imperatriz, planadas, naranjal, ensenada, cobija; العمارة، القنطرة، الدهب، الحسنة), metonymy
(Luanda, Kinshasa, Lima, Quito, Baghdad, Khartoum, Juba, Beyrouth and Damas for their
governments), places written only as a home, a source or a destination, off-topic news.

First contact (`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider
tests/test_languages_blind13.py`, 2026-12-06, set committed as d482744): precision 0.912,
recall 0.830, F1 0.869 (tp 146, fp 14, fn 30), on the matcher of db8ee92. By language:
Portuguese F1 0.897 (P 0.946, R 0.854; tp 35, fp 2, fn 6), Spanish 0.891 (P 0.854, R 0.932;
tp 41, fp 7, fn 3), Arabic 0.820 (P 0.911, R 0.745; tp 41, fp 4, fn 14), English 0.950
(P 1.000, R 0.905; tp 19, fp 0, fn 2), French 0.769 (P 0.909, R 0.667; tp 10, fp 1, fn 5). By
category (tp/fp/fn): arabic-prefix 5/0/2, arabic-spelling 3/0/2, dateline 5/0/2, exonym 1/0/2,
inflection 16/0/1, keyword-other-sense 0/5/0, longer-place-name 0/0/0, metonymy 0/0/0,
mixed-language 2/0/2, namesake-elsewhere 0/2/0, no-accent 4/0/0, off-topic 0/0/0, ordinary-word
0/0/0, organisation-title 0/0/0, person-name 0/1/0, region-named 2/1/0, simple-positive 99/0/18,
site-word 9/0/1, source-or-home 0/5/0. The floors below sit about 0.03 under the first-contact
figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind13.jsonl"
CONFIG = "languages_blind13_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.912, recall 0.830, F1 0.869; pt 0.897, es 0.891, ar 0.820,
# en 0.950, fr 0.769. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.88
RECALL_FLOOR = 0.80
F1_FLOOR = {"pt": 0.86, "es": 0.86, "ar": 0.79, "en": 0.92, "fr": 0.73}


def test_the_thirteenth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_thirteenth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (250, None), LANGUAGES, unique_texts=True)
