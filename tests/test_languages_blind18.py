"""The matcher against an eighteenth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind18.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "The gazetteer", "Which items alert" and the config reference), PRODUCT.md
and issue 20, by someone who had not read the matcher, the keyword, vocabulary or false-friend
code, the bundled keyword sets or any other labelled set's items (only the first three lines of
`languages_blind17.jsonl`, for its format); of the model's watchlists
(`languages_blind17_watchlists.yaml`) the first sixty lines were shown by mistake, its typed
keyword list among them; this set's list was written afresh, in base forms (verbs in the
infinitive, nouns in the singular). No other test was read but this one's model,
`test_languages_blind17.py`, and `tests/support/blind_sets.py`; of `test_languages_labelled.py` and
`test_languages_blind2.py` to `test_languages_blind17.py` only the docstrings were read, and
searched (accents folded) for the places to avoid. The watchlists were committed first
(437c7bc), the set and its labels next (663fd70), both before the matcher first saw an item; no
label was changed after that first run. Items as the outlets write them: full headlines,
summaries of one to three sentences with officials, numbers, villages, districts and sources
(Lusa, AIM, ANGOP, Agência Brasil-style Brazilian copy, Colprensa, Proceso, EFE, Andina, SUNA,
WAL, the Iraqi news agency, Sahara Medias, Reuters, AFP, RFI-style French copy).

280 items (70 Portuguese, 75 Spanish, 82 Arabic in Arabic script, 26 English and 27 French
controls; 184 expect an alert, 184 expected alerts; 96 traps), over 72 places no earlier
languages set watched: Palma and Nacarôa; Muxúnguè, Macossa and Inhaminga; Cacongo, Nzagi and
Capenda-Camulemba; Suzana and Safim; Brasília, Camaçari, Jequié, Abaetetuba, Dourados and
Coronel Sapucaia; Palmira (Valle), Barbacoas, Convención and Briceño (Antioquia); Jerez
(Zacatecas), Teocaltiche, Pantelhó and Petatlán; La Libertad (Santa Elena), Playas, Vinces and
Camilo Ponce Enríquez; Villa Nueva, Mixco, Mejicanos and La Lima; Las Claritas, Ciudad Guayana
and Ocumare del Tuy; Tayabamba, Kimbiri, Laberinto and Jaén (Cajamarca); El Muglad, Saraf Omra,
Abu Gubeiha and Al Kamlin; Amdjarass, Farchana, Ngouboua and Kouri Bougoudi; Al Asabia, Al
Jumayl, Qasr Bin Ghashir and Abu Grein; Ad Durayhimi, Dhubab, Seiyun and Mukayras; Tal Rifaat,
Atarib, Sarmada and Al Hol; Khalis, Karmah, Baladruz and Baaj; Bamako, Ménaka, Ansongo and Léré;
Niamey, Téra, Banibangou, Djibo and Aribinda (three capitals among them, for their governments).

The watchlists (`languages_blind18_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, one spelling, no aliases, no exonyms. At the first
`check-config`, before any item was written, Palma (namesakes only in Spain, Italy and the
Americas), Nacaroa, Muxungue, Macossa, Suzana, Ponce Enriquez, Las Claritas, Puerto Ordaz,
Laberinto, Saraf Omra, Al Kamlin, Farchana, Ngouboua, Kouri Bougoudi, Abu Grein, Durayhimi,
Seiyun, Sarmada, Al Hol, Karmah (namesakes in Palestine and Sudan) and Lere (namesakes in Chad,
Nigeria, France and China) resolved to nothing or abroad; "Durayhimi" was retyped "Ad
Durayhimi" (then Ad Durayhimī), "Puerto Ordaz" replaced by "Ciudad Guayana" (the city it is part
of; "Puerto Ordaz, Venezuela" resolved to a Spanish town), and the other nineteen were given
`coords:` (each a site at its coords). Every other place resolved to a town of its country
("Jerez" is Jerez de García Salinas, "El Muglad" Al Mijlad, "Abu Gubeiha" Abu Jibeha, "Arbinda"
Aribinda, "Banibangou" Bani Bangou, "Baaj" Al Ba'āj). Two kinds of keywords: moz-norte, angola,
colombia, ecuador, venezuela, sudan, libya, syria and mali share ONE typed multilingual list of
base forms; moz-centro, guine, brasil, mexico, centroamerica, peru, chad, yemen, iraq and
sahel-centre use `keyword_sets: [security]` alone. Labels say what an analyst who wants every
real security event at a watched place, and no false alarm, would decide, whatever the list
holds (a district, administrative post, village, rural area, vereda, canton, colonia, camp,
front, road a few km out, checkpoint, airfield, airport, market or police station of a watched
town counts, and so do a landmine, a pylon bombed, piracy on the town's river and an armed raid;
a place written only as a birthplace, a home, a fief where a president speaks, where a group is
based, a university's seminar or study, a diocese, a club or a school named after a person
does not; accidents, floods, fireworks, pests, elephants and piranhas,
prices, sales and harvests that soar, heart and panic attacks, party conventions, history and
anniversaries are not security events).

Categories: simple positives; keyword inflections (raptados, assassinado, raptam, matam,
atacados, assassinados, secuestrados, asesinados, secuestran, asesinan, يختطفون, attaquée); Arabic
prefixes on names (بالمجلد، وأبو جبيهة، بالأصابعة، بالجميل، بقصر بن غشير، بالدريهمي، بذباب،
بمكيراس، بتل رفعت، بالأتارب، بالهول، بالخالص، ببلدروز، بالبعاج، بميناكا، بتيرا); Arabic spelling
(سرف عمره، الاصابعة، ابوقرين، الدريهمى، سيون، الاتارب، ســرمدا، مُكَيْراس); exonyms and other names
(Lândana for Cacongo, N'zagi, Bamaco, Niamei, Ménaca, General Villamil for Playas, San Félix and
Puerto Ordaz for Ciudad Guayana, Aribinda, Seyoun, Qasr Ben Ghachir, and the Arabic names of
the Sahel towns: أنسونغو، ليري، جيبو، تيرا، بانيبانغو، أربيندا); site words (an airfield, an
airport, a police station, a checkpoint, a camp); accents left out; datelines (PALMA, 12 dez
(Lusa), PEMBA over a Palma village, MUXÚNGUÈ, 3 dez (AIM), CABINDA, 4 dez (ANGOP) over a road of
Cacongo, SAFIM, Guiné-Bissau, BRASÍLIA over Dourados, ABAETETUBA (PA), PALMIRA, Valle
(Colprensa), JEREZ, Zac. (Proceso), PETATLÁN, Gro. (apro), LA LIBERTAD, Ecuador (EFE), VILLA
NUEVA, LAS CLARITAS, Bolívar (EFE), CIUDAD GUAYANA (EFE), KIMBIRI (Andina), BAMAKO, 5 dic (EFE)
over Ansongo, الكاملين (سونا), طرابلس (وال) over Qasr Bin Ghashir, باماكو over Ménaka, الخالص,
TAL RIFAAT, Syria (Reuters), NIAMEY (Reuters) over Téra, NIAMEY (AFP) over Banibangou);
mixed-language items (English headlines over Portuguese, Spanish, Arabic and French summaries, an
English wire naming the place only in an Arabic quote); and traps: keywords in another sense (a
road accident, elephants, a pest on cactus and agave, an industrial
explosion, sales and a mango harvest that soar, water pumps, a heart attack, a panic attack, a
war of words, fireworks, floods, price wars over sherry and cement, cattle prices that explode),
namesakes elsewhere (Palma de Mallorca in three languages, Palmira in Syria, Briceño in Boyacá,
Jerez de la Frontera, La Libertad in El Salvador and Peru, Villanueva in Honduras, Lima, Jaén in
Spain, Léré in Chad, Lere in Nigeria, al-Karma near Hebron), people (Joaquim Palma, a singer
Suzana, a colonel Sapucaia, Palmira Rengifo, a senator Briceño, Bashir Gemayel, a commander
Khalis), organisations and titles (the University of Brasília, Camaçari FC, the Diocese of
Jequié, the Geneva Convention, a school named after Camilo Ponce Enríquez, Real Jaén, Seiyun
University), a place inside a longer name (Nova Palma, Brasília de Minas, the river Vinces, Mixco
Viejo, the Guayana Esequiba, Palma de Majorque), ordinary words that are place names (palma
forrageira, dourados, barbacoas, convención, la libertad, playas, mejicanos, la lima, laberinto;
المجلد، كاملين، ردا للجميل، الذباب الإلكتروني، أبو الهول، الذهب الخالص، الكرمة), metonymy (Brasília,
Bamako and Niamey for their governments, in five languages), places written only as a home, a
base or where a president spoke, history and off-topic news.

First contact (`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=/tmp/cache-writer-lang18 python -m pytest -q -s
-p no:cacheprovider tests/test_languages_blind18.py`, 2026-12-07, set committed as 663fd70 on
the matcher of 0d06a9d, floors at 0): precision 0.890, recall 0.832, F1 0.860 (tp 153, fp 19,
fn 31). By language: Portuguese F1 0.907 (P 0.907, R 0.907; tp 39, fp 4, fn 4), Spanish 0.822
(P 0.787, R 0.860; tp 37, fp 10, fn 6), Arabic 0.844 (P 0.979, R 0.742; tp 46, fp 1, fn 16),
English 0.848 (P 0.875, R 0.824; tp 14, fp 2, fn 3), French 0.895 (P 0.895, R 0.895; tp 17,
fp 2, fn 2). By category (tp/fp/fn): arabic-prefix 11/0/5, arabic-spelling 6/0/2, dateline
15/2/8, exonym 13/0/4, history 0/2/0, inflection 12/0/0, keyword-other-sense 0/3/0,
longer-place-name 0/0/0, metonymy 0/0/0, mixed-language 6/0/2, namesake-elsewhere 0/3/0,
no-accent 4/0/0, off-topic 0/0/0, ordinary-word 0/3/0, organisation-title 0/2/0, person-name
0/1/0, simple-positive 74/1/9, site-word 11/0/1, source-or-home 1/2/0. The floors below sit
about 0.03 under the first-contact figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind18.jsonl"
CONFIG = "languages_blind18_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.890, recall 0.832, F1 0.860; pt 0.907, es 0.822, ar 0.844,
# en 0.848, fr 0.895. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.86
RECALL_FLOOR = 0.80
F1_FLOOR = {"pt": 0.87, "es": 0.79, "ar": 0.81, "en": 0.81, "fr": 0.86}


def test_the_eighteenth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_eighteenth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (250, None), LANGUAGES, unique_texts=True)
