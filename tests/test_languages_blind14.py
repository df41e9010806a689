"""The matcher against a fourteenth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind14.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "Which items alert" and the config reference), PRODUCT.md and issue 20, by
someone who had not read the matcher, the keyword, vocabulary or false-friend code, the bundled
keyword sets, any other labelled set (only the first lines of `languages_blind13.jsonl` and of
`languages_blind13_watchlists.yaml`, for their formats, that file's top-level keys, and with grep
the form of one expected label and the category names and their counts in
`languages_blind13.jsonl`, no item read) or any other test but this one's model,
`test_languages_blind13.py`, and `tests/support/blind_sets.py`; the docstrings of
`test_languages_labelled.py` and `test_languages_blind2.py` to `test_languages_blind13.py` were read
for the places to avoid. The watchlists were committed first (4dcd620), the set and its labels
next (f70fccd), both before the matcher first saw an item; no label was changed after that first
run.

260 items (65 Portuguese, 64 Spanish, 81 Arabic in Arabic script, 28 English and 22 French
controls; 168 expect an alert, 168 expected alerts; 92 traps), over places the earlier sets did
not use: Ribáuè, Malema, Gondola and Mecúfi; Sonaco and Cacine; Cuito Cuanavale, Calulo and
Cazombo; Anapu, Itaboraí, Eunápolis and Coari; Sardinata, El Bagre, Fortul and Caldono; Huánuco,
Juanjuí and Talara; El Empalme, Puyo and San Lorenzo (Esmeraldas); Zitácuaro, Sahuayo and Ciudad
Mante; Olanchito, Jutiapa (Guatemala), Ilopango and Jinotega; Upata, Petare and San Fernando de
Apure; Ed Dueim, Sodiri, Karima and Al Jabalain; Moussoro, Bardaï and Guéréda; Al Abyar, Jadu,
Kikla and Sukna; Mudiyah, At Turbah and Bayt al-Faqih; Mahmudiyah, Zubair, Amerli and
Sulaymaniyah; Shaddadi, Izra, Hajin and Bosra; Kfar Kila, Mays al-Jabal and Aitaroun; Tidjikja
and Akjoujt; Tinzaouatine and Ouargla; Feriana, Remada and Medenine; Mallawi, Qena and Sohag.

The watchlists (`languages_blind14_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, one spelling, no aliases, no exonyms. At the first
`check-config`, before any item was written, Mecufi, Sodiri, Al Jabalain, Gereda, Amerli, Mays
al-Jabal, Aitaroun and Tinzaouatine resolved to nothing: Gereda was retyped "Guereda" (then
Guéréda), the others were given `coords:`; "Sao Goncalo" resolved to São Gonçalo do Amarante (Rio
Grande do Norte), also as "Sao Goncalo, Rio de Janeiro", and was replaced by Itaborai; "Regdalin"
resolved to Sidi Bin Zinah and was replaced by Kikla. Every other place resolved as meant
("Zitacuaro" is Heróica Zitácuaro, "Sahuayo" Sahuayo de Morelos, "Ed Dueim" Ad Douiem, "Karima"
Kuraymah, "Bosra" Busra ash-Sham, "San Lorenzo, Ecuador" San Lorenzo de Esmeraldas). Two kinds of
keywords: moz, angola, peru, ecuador, centroamerica, sudan, libya, iraq, lebanon and egypt share
ONE typed multilingual list of base forms (the model's); guine, brasil, colombia, mexico,
venezuela, chad, yemen, syria and maghreb use `keyword_sets: [security]` alone. Labels say what
an analyst who wants every real security event at a watched place, and no false alarm, would
decide, whatever the list holds (a district, municipality, locality, rural area, neighbourhood,
outskirts, road or airport of a watched town counts, and a landmine that kills; a place written
only as a birthplace, a victim's or a suspect's home, a delegation's or a unit's home, a
constituency, where officials spoke, where refugees arrive or passengers came from, an
organisation, a club, a university, a news agency, a river or a lake does not; accidents, weather,
floods, wildfires, animals, a mine collapse, history, festivals, sport, markets and figures of
speech are not security events).

Categories: simple positives; keyword inflections (mortos, raptado, raptados, sequestrada,
atacaram, asesinan, asesinados, secuestrados, emboscan); Arabic prefixes on names (بالدويم،
بموسورو، بجادو، بمودية، بالتربة، بالمحمودية، بالشدادي، بإزرع، بكفركلا، بورقلة، بقنا، بكريمة،
بتجكجة); Arabic spelling (سُودري، بارداي، ازرع without its hamza, السليمانيه); exonyms and other
names (Kuito Kuanavale, Meiss el-Jabal, Chaddadi); site words (airports of Coari, El Bagre, Talara and
Sulaymaniyah, a barracks, a women's prison); a district or locality named for the town;
accents left out; datelines (MALEMA —, ANAPU (PA), EUNÁPOLIS (BA), CACINE —, GONDOLA (Manica),
FORTUL, Arauca, PUYO, Ecuador (EFE), HUÁNUCO (Andina), CIUDAD MANTE, Tamps., JUTIAPA —, الدويم -,
بيت الفقيه -, SULAIMANIYAH, Iraq (Reuters), N'DJAMENA (Reuters) over a scene near Bardai);
mixed-language items (English headlines over Portuguese and Spanish summaries, English wires
quoting Arabic, one naming the place only in the quote); and traps: keywords in another sense (a
cyclone, rain, floods, a wildfire, bees, elephants and a caiman, road and train accidents, a
pipeline, a refinery, a boiler, a gas cylinder and a hybrid car's battery that explode, a mine
collapse, sales, visitors, exports and production that explode, rising prices "like a rocket", a
ceasefire, a traffic checkpoint (كمين), the battle of Cuito Cuanavale, Dorothy Stang's killing,
the siege of Amerli, Mallawi's museum looted in 2013 remembered, a festival after the war),
namesakes elsewhere (San Lorenzo in Paraguay, California and Rome, Jutiapa in Honduras, El Biar
in Algiers, Mahmudiyah in Egypt's Beheira, Sulaimaniyah in Riyadh, Tinzaouaten in Mali, Basra),
people (Julius Malema twice, a Karima twice, a lawyer surnamed al-Zubair), organisations and
titles (Itaboraí Profute, León de Huánuco, San Lorenzo de Almagro, Deportivo Petare, Ouargla's
university, QNA "قنا", Moussoro's military training centre), a place inside a longer name (the
river Anapu, lake Ilopango, the Urucu-Coari-Manaus pipeline), ordinary words that are place names
(gôndola, calulo, el bagre, empalme; التربة، الجبلين، هجين), metonymy (Sulaymaniyah for its ruling
party), places written only as a home, a source or a destination, off-topic news.

First contact (`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider
tests/test_languages_blind14.py`, 2026-12-06, set committed as f70fccd on the matcher of
a779c73): precision 0.884, recall 0.863, F1 0.873 (tp 145, fp 19, fn 23). By language:
Portuguese F1 0.911 (P 0.900, R 0.923; tp 36, fp 4, fn 3), Spanish 0.867 (P 0.878, R 0.857;
tp 36, fp 5, fn 6), Arabic 0.846 (P 0.880, R 0.815; tp 44, fp 6, fn 10), English 0.882
(P 0.833, R 0.938; tp 15, fp 3, fn 1), French 0.875 (P 0.933, R 0.824; tp 14, fp 1, fn 3). By
category (tp/fp/fn): arabic-prefix 11/0/2, arabic-spelling 4/0/0, dateline 9/0/5, exonym
1/0/2, inflection 13/0/1, keyword-other-sense 0/3/0, longer-place-name 0/0/0, metonymy 0/0/0,
mixed-language 6/0/0, namesake-elsewhere 0/1/0, no-accent 7/0/0, off-topic 0/0/0, ordinary-word
0/3/0, organisation-title 0/2/0, person-name 0/1/0, region-named 4/0/1, simple-positive 84/0/12,
site-word 6/0/0, source-or-home 0/9/0. The floors below sit about 0.03 under the first-contact
figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind14.jsonl"
CONFIG = "languages_blind14_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.884, recall 0.863, F1 0.873; pt 0.911, es 0.867, ar 0.846,
# en 0.882, fr 0.875. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.85
RECALL_FLOOR = 0.83
F1_FLOOR = {"pt": 0.88, "es": 0.83, "ar": 0.81, "en": 0.85, "fr": 0.84}


def test_the_fourteenth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_fourteenth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (250, None), LANGUAGES, unique_texts=True)
