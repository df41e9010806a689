"""The matcher against a fifteenth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind15.jsonl` was written from the README's rules ("How matching works", "Which
items alert" and the config reference), PRODUCT.md and issue 20, by someone who had not read the
matcher, the keyword, vocabulary or false-friend code, the bundled keyword sets, any other
labelled set (only the first three lines of `languages_blind14.jsonl` and of
`languages_blind14_watchlists.yaml`, for their formats, and with grep the category names and their
counts in `languages_blind14.jsonl`, no item read) or any other test but this one's model,
`test_languages_blind14.py`, and `tests/support/blind_sets.py`; the docstrings of
`test_languages_labelled.py` and `test_languages_blind2.py` to `test_languages_blind14.py` were
searched for the places to avoid. The watchlists were committed first (545908b), the set and its
labels next (4de1e9a), both before the matcher first saw an item; no label was changed after that
first run.

240 items (55 Portuguese, 55 Spanish, 80 Arabic in Arabic script, 25 English and 25 French
controls; 150 expect an alert, 150 expected alerts; 90 traps), over places the earlier sets did
not use: Eráti, Mecúla, Sussundenga and Maringué; Contuboel, Empada and Pitche; Andulo, Mavinga
and Cangamba; Pedra Badejo and Porto Novo (Santo Antão); Japeri, Queimados and Redenção (Pará);
Maliana, Suai and Viqueque; Remedios and Zaragoza (Antioquia); Llochegua and Aucayacu; Yapacaní,
Caranavi and Shinahota; Jipijapa, Shushufindi and Zaruma; Huetamo, Teloloapan, Moroleón, Cananea
and Ocosingo; Nebaj, Sayaxché, Bonito Oriental and Ocotepeque; Guasipati and Encontrados; Umm
Ruwaba, Tambul, Talodi and Heiban; Tocra, Garabulli and Awjila; Shibam, Radfan and Shuqra;
Makhmur, Muqdadiyah, Halabja and Iskandariya; Rastan, Yabrud, Jaramana and Amuda; Rmeish, Shebaa
and Batroun; Bokoro, Ngouri and Koukou Angarana; Boutilimit and Tintane; Touggourt, Djelfa, El
Bayadh, Metlaoui and Redeyef; Samalut, Dairut and Abnub; Jilib, Hobyo, Luuq and Adado.

The watchlists (`languages_blind15_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, one spelling, no aliases, no exonyms. At the first
`check-config`, before any item was written, Erati, Mecula, Sussundenga, Maringue, Shinahota,
Tambul, Heiban, Garabulli, Radfan, Shuqra, Rmeish, Shebaa and Koukou Angarana resolved to nothing
and were given `coords:`; every other place resolved to a town of its country ("Yapacani" is
Villa Yapacaní, "Huetamo" Huetamo de Núñez, "Ocotepeque" Nueva Ocotepeque, "Tocra" Tūkrah,
"Makhmur" Mexmur, "Iskandariya" Nāḩiyat al Iskandarīyah, "Redeyef" Ar Rudayyif; "Ngouri" resolved
to a Ngouri in southern Chad, not the Lac province's, and was left as typed). Two kinds of
keywords: moz, angola, timor, peru, ecuador, centroamerica, sudan, yemen, syria, chad, maghreb
and somalia share ONE typed multilingual list of base forms (the model's); guine, caboverde,
brasil, colombia, bolivia, mexico, venezuela, libya, iraq, lebanon, mauritania and egypt use
`keyword_sets: [security]` alone. Labels say what an analyst who wants every real security event
at a watched place, and no false alarm, would decide, whatever the list holds (a district,
sector, municipality, suco, parish, village, rural area, neighbourhood, outskirts, road, bridge,
camp or border post of a watched town counts, and a landmine that kills; a place written only as
a birthplace, a constituency, the home of farmers, students, migrants, artisans, elders or a
troupe, where displaced people arrive, an administration asking for money, a club, a park or a
plant does not; accidents, weather, floods, drought, earthquakes, sinkholes, spills, animals, a
mine collapse, a strike, a peaceful protest, history, festivals, sport, markets and figures of
speech are not security events).

Categories: simple positives; keyword inflections (mortos, raptado, assassinarem, sequestrados,
atacaram, confrontos, asesinan, emboscan, secuestrados); Arabic prefixes on names (بأم روابة،
بتمبول، بشقرة، بالمقدادية، بالرستن، بيبرود، بجرمانا، بتقرت); Arabic spelling (القربولي for
القره بوللي، أمّ روّابة with shadda, الرستـن with tatweel); exonyms (Rmeich, Yabroud, Makhmour,
Chouqra, Dayrout, Samalout); site words (a barracks, a police station, a bridge, a refugee camp);
a district named for the town; accents left out; datelines (MARINGUÉ —, EMPADA —, REDENÇÃO (PA),
AUCAYACU (Andina), SHUSHUFINDI, Ecuador (EFE), SAYAXCHÉ, Petén, مخمور -, البترون (الوكالة
الوطنية) -); mixed-language items (English headlines over Portuguese and Spanish summaries, an
English wire naming the place only in an Arabic quote); and traps: keywords in another sense
(rain, floods, a sandstorm, dunes, drought, an earthquake, elephants, a
wildfire, road accidents, a landslide, a mine collapse, a gas cylinder, an oil spill, sales,
production, exports and a cashew campaign that explode or soar, a heart attack, the battle of
Cangamba and Halabja's gas attack remembered, festivals), namesakes elsewhere (Porto-Novo in
Benin twice, Redenção in Ceará, Remedios in Cuba, Zaragoza in Spain twice, Shibam Kawkaban,
Alexandria as الإسكندرية, a village Ocotepeque in Guatemala, a Quetzaltenango quarter named
Nebaj), people (a singer's stage name, a poet's surname), organisations and titles (Real Zaragoza,
Mineros de Cananea, ES Métlaoui, نادي الرستن, the Redenção park of Porto Alegre, the Metlaoui
plant), a place inside a longer name (the Shebaa Farms twice), ordinary words that are place
names (queimados, remedios, encontrados; البيض، جلب), metonymy (a council), places written only
as a home, a source or a constituency, off-topic news.

First contact (`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider
tests/test_languages_blind15.py`, 2026-12-06, set committed as 4de1e9a on the matcher of
f6bbc95): precision 0.941, recall 0.847, F1 0.891 (tp 127, fp 8, fn 23). By language:
Portuguese F1 0.885 (P 0.900, R 0.871; tp 27, fp 3, fn 4), Spanish 0.935 (P 0.967, R 0.906;
tp 29, fp 1, fn 3), Arabic 0.833 (P 0.909, R 0.769; tp 40, fp 4, fn 12), English 1.000
(P 1.000, R 1.000; tp 17, fp 0, fn 0), French 0.875 (P 1.000, R 0.778; tp 14, fp 0, fn 4). By
category (tp/fp/fn): arabic-prefix 8/0/1, arabic-spelling 2/1/1, dateline 4/0/4, exonym 5/0/1,
inflection 8/0/1, keyword-other-sense 0/2/0, longer-place-name 0/0/0, metonymy 0/0/0,
mixed-language 5/0/0, namesake-elsewhere 0/1/0, no-accent 3/0/0, off-topic 0/0/0, ordinary-word
0/1/0, organisation-title 0/0/0, person-name 0/0/0, region-named 3/0/0, simple-positive
85/2/15, site-word 4/0/0, source-or-home 0/1/0. The floors below sit about 0.03 under the
first-contact figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind15.jsonl"
CONFIG = "languages_blind15_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.941, recall 0.847, F1 0.891; pt 0.885, es 0.935, ar 0.833,
# en 1.000, fr 0.875. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.91
RECALL_FLOOR = 0.81
F1_FLOOR = {"pt": 0.85, "es": 0.90, "ar": 0.80, "en": 0.97, "fr": 0.84}


def test_the_fifteenth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_fifteenth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (230, None), LANGUAGES, unique_texts=True)
