"""The matcher against a ninth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind9.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "Which items alert" and the config reference), PRODUCT.md and issue 20, by
someone who had not read the matcher, the keyword, vocabulary or false-friend code, the bundled
keyword sets, any other labelled set (only the first lines of `languages_blind8.jsonl` and the
head of `languages_blind8_watchlists.yaml`, for their formats and its typed keyword list; the
docstrings of `test_languages_blind2.py` to `test_languages_blind8.py`, for the places to avoid)
or any other test but this one's model, `test_languages_blind8.py`. The set and its labels were
final and committed (f7d8867) before the matcher first saw an item; no label was changed after
that first run.

286 items (85 Portuguese, 85 Spanish, 86 Arabic in Arabic script, 15 English and 15 French
controls; 189 expect an alert, 189 expected alerts; 97 traps), over places the earlier sets did
not use: Ancuabe, Chiúre and Nhamatanda; Luena, Cafunfo and Mbanza Kongo; Bubaque and Catió;
Tabatinga (Amazonas), Itaituba, Juazeiro do Norte and Caucaia; Guapí, Ocaña, Yopal and Puerto
Asís; Puerto Ayacucho, El Callao (Bolívar) and Ureña; Nogales (Sonora), Guasave, Navolato and
Piedras Negras; Comayagua, Cobán, Chinandega and Puerto Barrios; Pichari and Tingo María; Umm
Ruwaba, En Nahud and Bara (North Kordofan); Qatrun, Brak and Jalu; Zabid, Khokha and Hays; Al
Qaim, Hit and Rutba; Saraqib, Jisr al-Shughur and Ariha; Khiam and Naqoura; Zouerate, Kiffa,
In Amenas and In Salah; Sharm el-Sheikh and Nakhl; Am Timan and Mao.

The watchlists (`languages_blind9_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, no exonyms, each titled with its country. At the first
`check-config`, before any item was written or scored, "El Callao" resolved to Callao (Peru) and
"Bara" to a town in Nigeria: they became "El Callao, Venezuela" and "Bara, Sudan"; Ancuabe,
Qatrun, Khiam, In Amenas and Nakhl resolved to nothing and were given `coords:`. Two kinds of
keywords: moz, guine, venezuela, peru, sudan, yemen, iraq, sinai and chad share ONE typed
multilingual list of base forms; angola, brasil, colombia, mexico, centroamerica, libya, syria,
lebanon and maghreb use `keyword_sets: [security]` alone. Labels say what an analyst who wants
every real security event at a watched place, and no false alarm, would decide, whatever the list
holds (a district or municipality named for a watched town, its countryside, its outskirts and a
road or village a few km out count; a place written only as the source, a speaker's seat, a
home, a destination of people fleeing, a dateline of a story elsewhere, a summit or talks held
there, an organisation, a person or a denied report does not; accidents, weather, volcanoes,
disease, animals, fiction, history and anniversaries are not security events).

Categories: simple positives; keyword inflections (verb forms, participles, plurals); Arabic
prefixes on names (و ب and the article with ب: بالقائم، بهيت، بجسر الشغور، بشرم الشيخ); Arabic
spelling (alef without hamza: ام روابة، اريحا، عين امناس); exonyms and other names (Mbanza
Congo, Jisr al-Choughour, Zouérate, the Arabic names of every Arabic-script item); short forms
(Juazeiro for Juazeiro do Norte); site words (a mine, an oil field, an air base, a prison, a
hotel, a checkpoint); accents left out; datelines; mixed-language items (English headlines over
Portuguese and Spanish summaries); and traps: keywords in another sense (sport, economy,
political attacks, heart attacks, weather, accidents, disease, animals, fiction, history and
anniversaries, prices that soar, markets hit), namesakes elsewhere (Tabatinga in São Paulo,
Juazeiro in Bahia, Ocaña in Spain, Callao in Peru, Nogales in Arizona and Veracruz, Piedras
Negras in Guatemala, Ariha = Jericho in the West Bank), people (Tom Barrack, Mao Zedong, a
footballer, a singer), organisations and titles (clubs, a diocese, an association), a place
inside a longer name or the other way round (Comayagüela, Asís, Ayacucho), ordinary words that
are place names (القائم، الرطبة، الخيام، الخوخ، نخل، كيفية، البارالمبية), metonymy (summits and
talks), places written only as the source, a home or a destination, off-topic news.

First contact (`AGGREGATES_ONLY=1 python -m pytest -s -p no:cacheprovider
tests/test_languages_blind9.py`, 2026-12-06, set committed as f7d8867 on the matcher of 86638a8):
precision 0.890, recall 0.852, F1 0.870 (tp 161, fp 20, fn 28). By language: Portuguese F1 0.906
(P 0.889, R 0.923; tp 48, fp 6, fn 4), Spanish 0.942 (P 0.891, R 1.000; tp 57, fp 7, fn 0),
Arabic 0.769 (P 0.930, R 0.656; tp 40, fp 3, fn 21), English 0.762 (P 0.727, R 0.800; tp 8,
fp 3, fn 2), French 0.889 (P 0.889, R 0.889; tp 8, fp 1, fn 1). Figures by category were printed
but not recorded here. The floors below sit about 0.03 under the first-contact figures, against
regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind9.jsonl"
CONFIG = "languages_blind9_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.890, recall 0.852, F1 0.870; pt 0.906, es 0.942, ar 0.769, en 0.762,
# fr 0.889. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.86
RECALL_FLOOR = 0.82
F1_FLOOR = {"pt": 0.87, "es": 0.91, "ar": 0.73, "en": 0.73, "fr": 0.85}


def test_the_ninth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_ninth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (280, None), LANGUAGES, unique_texts=True)
