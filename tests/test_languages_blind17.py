"""The matcher against a seventeenth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind17.jsonl` was written from the README's rules ("How matching works", "Which
items alert" and the config reference), PRODUCT.md and issue 20, by someone who had not read the
matcher, the keyword, vocabulary or false-friend code, the bundled keyword sets or any other
labelled set's items (only the first three lines of `languages_blind16.jsonl`, for its format);
of the model's watchlists (`languages_blind16_watchlists.yaml`) the first forty lines were shown
by mistake, its typed keyword list among them; this set's list was written afresh, in base forms
(verbs in the infinitive, nouns in the singular). No other test was read but this one's model,
`test_languages_blind16.py`, and `tests/support/blind_sets.py`; the docstrings of
`test_languages_labelled.py` and `test_languages_blind2.py` to `test_languages_blind16.py` were
searched (accents folded) for the places to avoid. The watchlists were committed first (91bcc36),
the set and its labels next (0252234), both before the matcher first saw an item; no label was
changed after that first run. Written against a deadline, but as the outlets write: full
headlines, summaries of one to three sentences with officials' names, numbers, villages,
districts and sources (Lusa, ANGOP, AIM, Andina, ABI, Colprensa, EFE, SANA, MENA, Reuters).

266 items (66 Portuguese, 58 Spanish, 91 Arabic in Arabic script, 26 English and 25 French
controls; 160 expect an alert, 161 expected alerts; 106 traps), over places the earlier sets did
not use: Marromeu, Chemba and Mopeia; Cacolo and Mussende; Bedanda and Mansabá; Ribeira Grande
(Santo Antão); Novo Progresso, Lábrea and Humaitá; Aileu and Liquiçá; El Tarra and Cáceres
(Antioquia); Uchiza and Huanta; Ixiamas and Camiri; Balzar and Pedernales; Técpan de Galeana and
Cotija; Tajumulco, Ixchiguán and Sonaguera; El Palmar (Bolívar); Tandalti; Sorman; Harib and
Juban; Anah; Shahba and Qatana; Yaroun and Houla; Baga Sola; Kankossa and Bogué; El Oued, Douz,
Thala and Tozeur; Abu Qurqas and Nag Hammadi; Bulo Burde, Mahaday and Wanlaweyn.

The watchlists (`languages_blind17_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, one spelling, no aliases, no exonyms. At the first
`check-config`, before any item was written, Chemba, Mopeia, Yaroun, Bagasola, Bulo Burde and
Mahaday resolved to nothing and Houla only to namesakes in Syria; all seven were given `coords:`.
Every other place resolved to a town of its country ("Tecpan" is Técpan de Galeana, "Cotija"
Cotija de la Paz, "Liquica" Likisá, "Sorman" Şurmān, "Boghe" Bogué, "El Palmar" the town of
Bolívar state). Two kinds of keywords: moz, angola, timor, peru, ecuador, centroamerica, sudan,
yemen, syria, chad, maghreb and somalia share ONE typed multilingual list of base forms; guine,
caboverde, brasil, colombia, bolivia, mexico, venezuela, libya, iraq, lebanon, mauritania and
egypt use `keyword_sets: [security]` alone. Labels say what an analyst who wants every real
security event at a watched place, and no false alarm, would decide, whatever the list holds (a
district, administrative post, suco, village, rural area, recinto, neighbourhood, outskirts,
desert, road, bridge, market, checkpoint, prison, police post or front of a watched town counts,
and so do a landmine, a lynching, a hostage-taking of rangers and a narco-blockade; a place
written only as a birthplace, the home of students, herders, growers or deportees, where
displaced people come from, the source of cashews or pomegranates, an administration or a governor
asking for money, or a club does not; accidents, weather, floods, drought, an earthquake, a
sandstorm, a landslide, a mudslide, frost, wildfires, a building collapse, animals, harvests,
prices, exports, tourism, history, festivals and sport are not security events).

Categories: simple positives; keyword inflections (assassinados, sequestrado, matam, asesinan,
secuestran, secuestrados, matan, enfrentamientos, asesinados); Arabic prefixes on names (بتندلتي،
بصرمان، بحريب، وفي حريب، بعانة، بشهبا، وقطنا، بحولا، بونلاوين، بالوادي، بتوزر، بأبو قرقاص); Arabic
spelling (تندلتى with alef maqsura, صُرمان and تالّة with vowel marks, باغاسولا in one word);
exonyms (Surman, Bulobarde, Tecpan de Galeana, Chahba, Bogué); site words (a police post, a prison,
a checkpoint at the town's entrance); accents left out; datelines (MARROMEU —, CACOLO, 14 (ANGOP)
–, CHEMBA, 9 (AIM) –, LIQUIÇÁ —, CÁCERES, Antioquia (Colprensa).-, HUANTA (Andina).-, CAMIRI, 5
(ABI).-, EL TARRA, Norte de Santander (EFE).-, صرمان -, قطنا (سانا) -, نجع حمادي (أ ش أ) -, EL
OUED, Algeria, Dec 3 (Reuters) -); mixed-language items (English headlines over Portuguese,
Spanish and Arabic summaries, English wires naming the place only in an Arabic quote); and traps:
keywords in another sense (buffalo and a jaguar that attack, floods, storms, waves, frost that
kills crops, a landslide, a mudslide, an earthquake, a sandstorm, drought, wildfires, road
accidents, a building collapse, sugar prices and a festival that explode), namesakes elsewhere
(Ribeira Grande in the Azores, Humaitá in Paraguay, Cáceres in Spain and in Mato Grosso, Pedernales
in the Dominican Republic, Tecpán Guatemala, El Palmar in Murcia and in Quetzaltenango, al-Houla
near Homs, the al-Shahba region of Aleppo, a ferry named Tozeur), people (Zacarias Mussende,
Marcos Humaitá, a priest Aileu, a footballer Cacolo, Ana Lucía Cáceres, Rubén Técpan, a poet
Harib, a lawyer Qatana, a speaker Mahaday, an actress Tala, a minister and a novelist named Harib),
organisations and titles (Humaitá Futebol Clube, Deportivo El Tarra, Cotija cheese, the Nag
Hammadi codices, a cooperative of Mansabá), a place inside a longer name (the Tajumulco volcano),
ordinary words that are place names (novo progresso, cotija, الجبن cheese and cowardice, الوادي
the valley, الشهباء for Aleppo, عنه), places written only as a home, birthplace, source or
government, history and off-topic news.

First contact (`AGGREGATES_ONLY=1`, 2026-12-07, set committed as 0252234; scored first through
`set_score_with_f1` and `set_score_by_language` before this file existed, then once as
`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider tests/test_languages_blind17.py`, the
same figures): precision 0.937, recall 0.739, F1 0.826 (tp 119, fp 8, fn 42). By language:
Portuguese F1 0.889 (P 0.889, R 0.889; tp 32, fp 4, fn 4), Spanish 0.923 (P 0.968, R 0.882; tp 30,
fp 1, fn 4), Arabic 0.703 (P 0.941, R 0.561; tp 32, fp 2, fn 25), English 0.828 (P 0.923, R 0.750;
tp 12, fp 1, fn 4), French 0.839 (P 1.000, R 0.722; tp 13, fp 0, fn 5). By category (tp/fp/fn):
arabic-prefix 10/0/4, arabic-spelling 2/0/2, dateline 7/0/5, exonym 3/0/2, government 0/0/0,
history 0/1/0, inflection 12/0/0, keyword-other-sense 0/3/0, longer-place-name 0/0/0, metonymy
0/0/0, mixed-language 8/0/0, namesake-elsewhere 0/3/0, no-accent 4/0/1, off-topic 0/0/0,
ordinary-word 0/1/0, organisation-title 0/0/0, person-name 0/0/0, simple-positive 70/0/28,
site-word 3/0/0, source-or-home 0/0/0. The floors below sit about 0.03 under the first-contact
figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind17.jsonl"
CONFIG = "languages_blind17_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.937, recall 0.739, F1 0.826; pt 0.889, es 0.923, ar 0.703,
# en 0.828, fr 0.839. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.90
RECALL_FLOOR = 0.70
F1_FLOOR = {"pt": 0.85, "es": 0.89, "ar": 0.67, "en": 0.79, "fr": 0.80}


def test_the_seventeenth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_seventeenth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (250, None), LANGUAGES, unique_texts=True)
