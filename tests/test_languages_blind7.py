"""The matcher against a seventh blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind7.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "The gazetteer", "Which items alert" and the config reference) and issue
20, by someone who had not read the matcher, the keyword, vocabulary or false-friend code, the
bundled keyword sets (`python -m bot keywords` was not consulted), any other labelled set (only
the first three lines of `languages_blind6.jsonl` and the head of
`languages_blind6_watchlists.yaml`, for their formats; the docstrings of
`test_languages_blind2.py` to `test_languages_blind5.py`, for the places to avoid) or any other
test but this one's model, `test_languages_blind6.py`. The set and its labels were final and
committed (9960f3f) before the matcher first saw an item; no label was changed after that first
run.

285 items (85 Portuguese, 85 Spanish, 90 Arabic in Arabic script, 15 English and 10 French
controls; 162 expect at least one alert, 164 expected alerts; 123 traps), over places the
earlier sets did not use: Mocuba, Gurué and Angoche; Dundo and Lucapa; Mindelo; Mossoró, Marabá
and Altamira; Apartadó and Caucasia; Ciudad Bolívar and Machiques; Irapuato, Salamanca
(Guanajuato), Hermosillo and Caborca; Flores (Petén) and Estelí; Quevedo, Babahoyo and Durán;
Concepción and Salto del Guairá (Paraguay); Ad-Damazin, Kurmuk and Dilling; Ubari, Sabratha and
Tarhuna; Ataq and Lawdar; Hasakah, Tabqa and Azaz; Muqdadiya, Balad and Tuz Khurmatu; Tripoli
(Lebanon) and Halba; Mafraq and Ramtha; Nouadhibou and Bassikounou; Illizi, Djanet, Ben Gardane
and Sidi Bouzid; Minya and Assiut.

The watchlists (`languages_blind7_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, no exonyms, each titled with its country. Four names
were replaced after the first `check-config`, before any item was written or scored: "Seiyun"
(and "Sayun") resolved to nothing, "In Amenas" to nothing, "Ben Guerdane" to a site in Bern and
"Maan" to a town in India (and "Maan, Jordan" to nothing); they became Lawdar, Illizi, "Ben
Gardane" and Ramtha. "Tripoli, Lebanon" resolved to Lebanon's Tripoli and so did "Tripoli"
alone in the Lebanon watchlist, which it became. "Duran" resolves to Ecuador's Durán (GeoNames'
Eloy Alfaro). Two kinds of keywords: moz, caboverde, venezuela, ecuador, paraguay, sudan, yemen,
syria, jordan and maghreb share ONE typed multilingual list of base forms only; angola, brasil,
colombia, mexico, centroamerica, libya, iraq, lebanon, mauritania and egypt use
`keyword_sets: [security]` alone. Labels say what an analyst who wants every real security event
at a watched place, and no false alarm, would decide, whatever the list holds (a district,
municipality, department or governorate named for a watched town, and its countryside, count;
a place written only as the source, a home or origin, a flight's or a boat's departure, an
organisation, a person or a denied report does not; accidents, weather, disease, fiction and
anniversaries are not security events).

Categories: simple positives; keyword inflections (verb forms, participles, plurals); Arabic
prefixes on names (و ب ل وفي وب ول, the article after ب); Arabic spelling (taa marbuta as haa,
alef without hamza, طوزخورماتو joined, a nisba: طرابلس اللبنانية, حلبا العكارية); exonyms and
other names (Angoxe, Heroica Caborca, Eloy Alfaro for Durán, Angostura, طرابلس الشام); short
forms (الطوز, "Salto", "a capital do oeste potiguar"); site words (prisons, an airport, a port,
an air base, a police station, a barracks); accents and typos (Gurue, Mossoro, Maraba, Esteli,
Duran, Mucuba); a region named for the place; datelines; and traps: keywords in another sense
(sport, economy, political attacks, weather, accidents, disease, idioms, fiction, history and
anniversaries), namesakes elsewhere (Tripoli in Libya, also طرابلس الغرب; Salamanca in Spain;
Ciudad Bolívar in Bogotá and in Antioquia; Altamira in Spain and Tamaulipas; Mindelo in
Portugal; Concepción in Chile; Salto in Uruguay; Flores in Indonesia; Las Flores), people
(Quevedo the poet and the singer, Durán, Hermosillo, Salamanca, Concepción, Flores, Mocuba,
Mindelo), organisations and titles (clubs, universities, the Lucapa Diamond Company), a place
inside a longer name (حلب for حلبا, منية النصر), ordinary words that are place names (apartado,
عتق, الطبقة, إعزاز, البلد, مفرق), metonymy, places written only as the source, a home or
origin, a flight's or a boat's departure, off-topic news.

First contact (`python -m pytest -s tests/test_languages_blind7.py`, 2026-12-06, set committed as
9960f3f on the matcher of 8bf1570): precision 0.838, recall 0.854, F1 0.846 (tp 140, fp 27,
fn 24). By language: Portuguese F1 0.832 (P 0.792, R 0.875; tp 42, fp 11, fn 6), Spanish 0.869
(P 0.827, R 0.915; tp 43, fp 9, fn 4), Arabic 0.835 (P 0.915, R 0.768; tp 43, fp 4, fn 13),
English 0.889 (P 0.800, R 1.000; tp 8, fp 2, fn 0), French 0.800 (P 0.800, R 0.800; tp 4,
fp 1, fn 1). Figures by category were not collected.
The floors below sit about 0.03 under these figures, against regressions.

Spent (2026-12-06, round 10, lang10): after round 9 (P 0.844, R 0.860, F1 0.852; pt 0.832, es
0.889, ar 0.835) the set's 48 wrong items were read one by one and classed, and general rules
were written for the classes, each with new sentences in `tests/test_senses_round10.py` (README,
"Round 10"). It is a development set now, no longer blind: its figures after the round (P 0.950,
R 0.933, F1 0.942; Portuguese 0.946, Spanish 0.917, Arabic 0.955, English 1.000, French 0.889)
are not what to expect on news the rules never saw. Floors raised to about 0.03 under them.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind7.jsonl"
CONFIG = "languages_blind7_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.838, recall 0.854, F1 0.846; pt 0.832, es 0.869, ar 0.835, en 0.889,
# fr 0.800. After round 10 (the set spent): precision 0.950, recall 0.933, F1 0.942; pt 0.946,
# es 0.917, ar 0.955, en 1.000, fr 0.889. Floors about 0.03 under those figures (English and
# French, with 15 and 10 items, move 0.06 and more with one item: kept lower).
PRECISION_FLOOR = 0.92
RECALL_FLOOR = 0.90
F1_FLOOR = {"pt": 0.91, "es": 0.88, "ar": 0.92, "en": 0.90, "fr": 0.85}


def test_the_seventh_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_seventh_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (280, None), LANGUAGES, unique_texts=False)
