"""The matcher against a sixteenth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind16.jsonl` was written from the README's rules ("How matching works", "Which
items alert" and the config reference), PRODUCT.md and issue 20, by someone who had not read the
matcher, the keyword, vocabulary or false-friend code, the bundled keyword sets, any other
labelled set (only the first three lines of `languages_blind15.jsonl` and of
`languages_blind15_watchlists.yaml`, for their formats; no item read, no category counted) or any
other test but this one's model, `test_languages_blind15.py`, and `tests/support/blind_sets.py`;
the docstrings of `test_languages_labelled.py` and `test_languages_blind2.py` to
`test_languages_blind15.py` were searched (accents folded) for the places to avoid. The
watchlists were committed first (256891d), the set and its labels next (2c52df1), both before the
matcher first saw an item; no label was changed after that first run. Written against a
deadline (about 25 minutes for the whole set), so the items are shorter than the model's.

240 items (55 Portuguese, 55 Spanish, 80 Arabic in Arabic script, 25 English and 25 French
controls; 153 expect an alert, 153 expected alerts; 87 traps), over places the earlier sets did
not use: Mossuril, Mecubúri and Morrumbala; Quimbele and Quibala; Xitole and Fulacunda; Picos and
Calheta de São Miguel; Colniza, Jacareacanga and Itaperuna; Ermera, Ainaro and Lospalos;
Arauquita, Teorama and Istmina; Pichanaki, Mazamari and Mazuko; Llallagua and Guayaramerín;
Muisne and Quinindé; Coalcomán, Tlapa, Chicomuselo and Salvatierra; Chisec, Poptún and
Siguatepeque; Rubio and Tucupita; Dinder and Rashad; Shahhat and Marada; Mocha and Kitaf;
Yusufiyah, Latifiyah and Suwayra; Talkalakh, Masyaf, Qardaha, Zabadani and Madaya; Kfarchouba
and Qlayaa; Kyabé, Goundi and Kélo; Chinguetti, Ouadane and Mbout; Timimoun, Béchar, Laghouat,
Biskra, Khenchela, Siliana and Dhehiba; Akhmim, Esna and Edfu; Afmadow, Dhobley, Qoryoley,
Barawe and Galkayo.

The watchlists (`languages_blind16_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, one spelling, no aliases, no exonyms. At the first
`check-config`, before any item was written, Mecuburi, Pichanaki, Dinder, Rashad, Yusufiyah,
Latifiyah, Suwayra, Kfarchouba, Qlayaa, Afmadow, Qoryoley and Barawe resolved to nothing and
Ermera to a first-level division of Timor-Leste; all thirteen were given `coords:`. Every other
place resolved to a town of its country ("Quininde" is Rosa Zarate, "Coalcoman" Coalcomán de
Vázquez Pallares, "Tlapa" Tlapa de Comonfort, "Qardaha" Al Qardāḩah, "Mbout" Mboutt, "Dhehiba"
Dehiba, "Galkayo" Gaalkacyo). Two kinds of keywords: moz, angola, timor, peru, ecuador,
centroamerica, sudan, yemen, syria, chad, maghreb and somalia share ONE typed multilingual list
of base forms (written for this set: the model's list was not read); guine, caboverde, brasil,
colombia, bolivia, mexico, venezuela, libya, iraq, lebanon, mauritania and egypt use
`keyword_sets: [security]` alone. Labels say what an analyst who wants every real security event
at a watched place, and no false alarm, would decide, whatever the list holds (a district, sector,
municipality, suco, village, rural area, neighbourhood, outskirts, road, bridge, port, market,
checkpoint, border crossing or front of a watched town counts, and a landmine or abandoned
ordnance that kills; a place written only as a birthplace, the home of students, growers,
traders, leaders, a chief or a troupe, where displaced people arrive, an administration asking
for money, or a club does not; accidents, weather, floods, drought, an earthquake, a sandstorm,
a landslide, a mine collapse, wildfires, animals, harvests and exports, history, archaeology,
festivals and sport are not security events).

Categories: simple positives; keyword inflections (mortos, raptado, sequestrados, assassinados,
baleiam, asesinan, secuestrados, secuestran, enfrentamientos); Arabic prefixes on names
(بالدندر، برشاد، بالمخا، باليوسفية، بتلكلخ، بالزبداني، بكيلو، بالأغواط، بالذهيبة، بجالكعيو); Arabic
spelling (مراده with ha, الاغواط and اسنا without hamza); exonyms (Misyaf, Gaalkacyo; Qlayaa is
filed there but is written as typed); site words (a police post, a jail, a bridge, a checkpoint);
a district named for the town; accents left out; datelines (MORRUMBALA —, ITAPERUNA (RJ) –,
QUIMBELE, 12 (ANGOP) –, QUININDÉ, Ecuador (EFE).-, MAZAMARI (Andina).-, القليعة (الوكالة
الوطنية) -, المخا -); mixed-language items (English headlines over Portuguese, Spanish and Arabic
summaries, an English wire naming the place only in an Arabic quote); and traps: keywords in
another sense (floods, a mudslide, waves, a storm, drought, an earthquake, a sandstorm, wildfire,
a jaguar and bees that attack, a heart attack, road accidents, a mine collapse, exports, prices,
harvests and gold prices that explode or shoot up, Mocha coffee), namesakes elsewhere (Picos in
Piauí, Salvatierra de Miño, Essaouira as الصويرة, Waddan in Libya), people (Zé Quibala, Carlos
Rubio, Ana Salvatierra, Rashad al-Alimi, Bashar al-Assad as بشار, a priest named Ainaro, a
footballer Rashad, a novelist Biskri), organisations and titles (Itaperuna Esporte Clube, Quinindé
FC, اتحاد بسكرة, Biskra dates), a place inside a longer name (the Kfarchouba hills), ordinary
words that are place names (picos, rubio, كيلو), metonymy (شنقيط for the country), places
written only as a home, a source or a government, history and off-topic news.

First contact (`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider
tests/test_languages_blind16.py`, 2026-12-07, set committed as 2c52df1 on the matcher of
f205af7): precision 0.986, recall 0.895, F1 0.938 (tp 137, fp 2, fn 16). By language:
Portuguese F1 0.985 (P 1.000, R 0.970; tp 32, fp 0, fn 1), Spanish 0.986 (P 0.972, R 1.000;
tp 35, fp 1, fn 0), Arabic 0.875 (P 1.000, R 0.778; tp 42, fp 0, fn 12), English 0.933
(P 0.933, R 0.933; tp 14, fp 1, fn 1), French 0.933 (P 1.000, R 0.875; tp 14, fp 0, fn 2). By
category (tp/fp/fn): arabic-prefix 10/0/0, arabic-spelling 3/0/0, dateline 6/0/1, exonym 3/0/0,
government 0/1/0, history 0/0/0, inflection 10/0/1, keyword-other-sense 0/1/0,
longer-place-name 0/0/0, metonymy 0/0/0, mixed-language 6/0/0, namesake-elsewhere 0/0/0,
no-accent 4/0/0, off-topic 0/0/0, ordinary-word 0/0/0, organisation-title 0/0/0, person-name
0/0/0, region-named 1/0/0, simple-positive 90/0/14, site-word 4/0/0, source-or-home 0/0/0. The
floors below sit about 0.03 under the first-contact figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind16.jsonl"
CONFIG = "languages_blind16_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.986, recall 0.895, F1 0.938; pt 0.985, es 0.986, ar 0.875,
# en 0.933, fr 0.933. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.86
F1_FLOOR = {"pt": 0.95, "es": 0.95, "ar": 0.84, "en": 0.90, "fr": 0.90}


def test_the_sixteenth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_sixteenth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (230, None), LANGUAGES, unique_texts=True)
