"""The matcher against a second blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind2.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "The gazetteer", "Which items alert"), PRODUCT.md and issue 20, by someone
who had not read the matcher, the keyword, vocabulary or false-friend code, the bundled keyword
sets, any other labelled set (only the first three lines of `languages_blind.jsonl` and the head
of `languages_watchlists.yaml`, for their formats) or any other test. The set and its labels
were final before the matcher first saw an item; no label was changed after that first run.

308 items (88 Portuguese, 88 Spanish, 92 Arabic in Arabic script, 25 English and 15 French
controls; 172 expect at least one alert, 174 expected alerts), over places the first set did not
use: Beira, Chimoio and Gorongosa; Cabinda, Lobito and Benguela; São Tomé and Praia; Belém,
Fortaleza, Salvador and Manaus; Acapulco, Chilpancingo, Reynosa, Nuevo Laredo and Guadalajara;
Tegucigalpa, San Pedro Sula, Guatemala City and Port-au-Prince; Cali, Medellín, Arauca and Quito;
Rosario and Iquitos; El Fasher, Nyala, El Geneina, El Obeid and Kadugli; Benghazi, Misrata, Sabha
and Zawiya; Aden (and its airport), Taiz, Hodeidah and Marib; N'Djamena and Abéché; Mosul, Idlib
and Gaza; Kasserine, Tamanrasset, Nouakchott and El Arish. Outlets' styles: Lusa, Agência
Brasil, EFE, Proceso, El Universal, La Prensa, Al Jazeera, Al Arabiya, Sudan Tribune, Reuters, AFP.

The watchlists (`languages_blind2_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents often left out; two names were changed after `check-config` said
what they resolved to, as an admin would ("Salvador" alone resolved to El Salvador: "Salvador da
Bahia"; "Hodeidah" resolved to nothing: "Hodeida" with "Hodeidah" as its alias). Two kinds of
keywords: moz-centro, angola, ilhas, mexico, andes, darfur, yemen and levant share ONE typed
multilingual list of base forms only; brasil, centroamerica, sur, libya, chad and maghreb use
`keyword_sets: [security]` alone. Labels say what an analyst who wants every real security event
at a watched place, and no false alarm, would decide, whatever the list holds.

Categories: simple positives; keyword inflections (verb forms, plurals, feminine, Arabic broken
plurals, the article, attached pronouns and prefixes); Arabic prefixes on names (و ب ل ال);
Arabic spelling (hamza and alef forms, taa marbuta, alef maqsura, vowel marks, tatweel); exonyms
and the place's names in the item's language; short forms; site words (aeroporto, aeropuerto,
مطار, a port, a hospital, a prison); accents, capitals and typos; a region named for the place;
and traps: keywords in another sense (sport, economy, medicine, argument, accidents, a
ceasefire), namesakes in other countries, people, organisations and titles named after a place,
a place inside a longer place name, ordinary words that are place names in Portuguese, Spanish
and Arabic, metonymy, places written only as the source or a home, datelines, off-topic news.

First contact (`python -m pytest -s tests/test_languages_blind2.py`, 2026-12-05, commit cc920e9):
precision 0.782, recall 0.925, F1 0.847 (tp 161, fp 45, fn 13). By language: Portuguese F1 0.804
(P 0.692, R 0.957), Spanish 0.868 (P 0.807, R 0.939), Arabic 0.838 (P 0.803, R 0.875), English
0.929 (P 0.929, R 0.929), French 0.941 (P 0.889, R 1.000).
The floors below sit about 0.03 under these figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind2.jsonl"
CONFIG = "languages_blind2_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.782, recall 0.925; pt 0.804, es 0.868, ar 0.838, en 0.929, fr 0.941.
# After issue 20's rules of the same session (2026-12-05): precision 0.861, recall 0.925, F1 0.892;
# pt 0.891, es 0.911, ar 0.860, en 0.929, fr 0.941. Nobody writing rules read its items; its
# per-category figures were read once (the rule on everyday words in lower case came from them).
# Floors about 0.03 under those figures.
# After the rules drawn from languages_blind3 as a development set (2026-12-06; this set's
# aggregate only was watched): precision 0.872, recall 0.943, F1 0.906; pt 0.900, es 0.929,
# ar 0.881, en 0.929, fr 0.941.
PRECISION_FLOOR = 0.83
RECALL_FLOOR = 0.89
F1_FLOOR = {"pt": 0.86, "es": 0.88, "ar": 0.83, "en": 0.89, "fr": 0.91}


def test_the_second_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_second_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (300, None), LANGUAGES, unique_texts=False)
