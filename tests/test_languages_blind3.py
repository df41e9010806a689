"""The matcher against a third blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind3.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "The gazetteer", "Which items alert" and the config reference), PRODUCT.md
and issue 20, by someone who had not read the matcher, the keyword, vocabulary or false-friend
code, the bundled keyword sets (`python -m bot keywords security` was not consulted for labels),
any other labelled set (only the first three lines of `languages_blind2.jsonl` and the head of
`languages_blind2_watchlists.yaml`, for their formats) or any other test. The set and its labels
were final and committed before the matcher first saw an item; no label was changed after that
first run.

313 items (91 Portuguese, 87 Spanish, 95 Arabic in Arabic script, 25 English and 15 French
controls; 178 expect at least one alert, 183 expected alerts), over places neither earlier set
used: Nampula, Quelimane and Tete; Luanda and Huambo; Dili; Recife, Porto Alegre and Rio de
Janeiro (with Maré and the short form "Rio"); Tijuana, Ciudad Juárez, Culiacán and Morelia;
Barranquilla, Buenaventura and Popayán; Esmeraldas, Machala and Trujillo (Peru; namesakes in
Honduras, Venezuela and Spain); Santa Cruz de la Sierra, San Salvador and Managua; Wad Madani,
Kassala and Kosti; Sanaa (and its airport) and Mukalla; Basra, Kirkuk, Homs, Deir ez-Zor and
Raqqa; Sirte, Derna, Tobruk and Kufra; Rafah and Khan Younis; Tyre and Sidon; Irbid; Agadez;
Islamabad, Peshawar and Tehran. Outlets' styles: Lusa, Agência Brasil, G1, Jornal de Angola,
EFE, El Universal, El Tiempo, El Comercio, La Prensa, Al Jazeera, Sky News Arabia, SANA-style
and Libyan local wires, Dawn ("ISLAMABAD:" datelines), AP, Reuters, AFP, RFI.

The watchlists (`languages_blind3_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents often left out. One name was changed after `check-config` said
what it resolved to, as an admin would: "Kufra" resolved to nothing (namesakes only in Turkey),
and "Al Kufrah" to a Turkish town, so it is "Kufra" with "Kufrah" as its alias and its
coordinates. Two kinds of keywords: moz-norte, angola, timor, mexico-norte, sudan-centro, yemen
and iraq-syria share ONE typed multilingual list of base forms only; brasil, colombia,
ecuador-peru, bolivia-ca, libya-east, gaza, lebanon-south, jordan, niger and pakistan-iran use
`keyword_sets: [security]` alone. Labels say what an analyst who wants every real security event
at a watched place, and no false alarm, would decide, whatever the list holds (a province or
governorate named for a watched city counts, as the lists watch regions; a town in a department
of the same name 150 km from a city typed by its full name does not).

Categories: simple positives; keyword inflections (verb forms, participles, plurals, Arabic
broken plurals, the article, prefixes); Arabic prefixes on names (و ب ل and وفي); Arabic spelling
(missing hamza, taa marbuta as haa, alef without hamza, vowel marks, tatweel, shadda); exonyms
and the place's name in the item's language (Tiro, Rafá, Bassorá, Saná, Jan Yunis, Sidón, Tyr,
Saïda, Bassora, Rakka); short forms (Rio, Juárez, Santa Cruz); site words (aeroporto, aeropuerto,
مطار, a port, a prison, a hospital, a border crossing); accents, capitals and typos; a region
named for the place; datelines; and traps: keywords in another sense (sport, economy, medicine,
argument, accidents, floods, a ceasefire, idioms, fiction, Day of the Dead), namesakes in other
countries, people, organisations and titles named after a place, a place inside a longer place
name, ordinary words that are place names (recife, rio, tiro, esmeraldas, صور, سرت, حمص, tyre),
metonymy, places written only as the source or a home, off-topic news.

First contact (`python -m pytest -s tests/test_languages_blind3.py`, 2026-12-05, set committed as
49575c0 on the matcher of 5cc274a): precision 0.919, recall 0.869, F1 0.893 (tp 159, fp 14,
fn 24). By language: Portuguese F1 0.898 (P 0.898, R 0.898; tp 44, fp 5, fn 5), Spanish 0.884
(P 0.913, R 0.857; tp 42, fp 4, fn 7), Arabic 0.909 (P 0.982, R 0.846; tp 55, fp 1, fn 10),
English 0.846 (P 0.733, R 1.000; tp 11, fp 4, fn 0), French 0.875 (P 1.000, R 0.778; tp 7, fp 0,
fn 2). By category at first contact (tp/fp/fn): accents-typos 9/0/0, arabic-prefix 13/0/1,
arabic-spelling 8/0/1, dateline 11/0/0, exonym 10/0/6, keyword-inflection 27/0/2,
keyword-other-sense 0/5/0, longer-place-name 0/0/0, metonymy 0/0/0, namesake-elsewhere 0/2/0,
off-topic 0/0/0, ordinary-word 0/1/0, organisation-title 0/2/0, person-name 0/0/0,
region-named 4/0/1, short-form 0/0/5, simple-positive 67/0/6, site-word 10/0/2,
source-or-home 0/4/0.
The floors below sit about 0.03 under these figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind3.jsonl"
CONFIG = "languages_blind3_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.919, recall 0.869, F1 0.893; pt 0.898, es 0.884, ar 0.909, en 0.846,
# fr 0.875.
# Then spent as a development set (2026-12-06: its items read, its false alerts and misses sorted
# into classes, general rules written for the classes with invented unit cases): precision
# 0.983, recall 0.967, F1 0.975 (tp 177, fp 3, fn 6); pt 0.980, es 0.938, ar 1.000, en 1.000,
# fr 0.941. No longer blind: its figures now say little about unseen news.
# Floors about 0.03 under those figures (one item's slack for the small English and French parts).
PRECISION_FLOOR = 0.95
RECALL_FLOOR = 0.93
F1_FLOOR = {"pt": 0.93, "es": 0.90, "ar": 0.96, "en": 0.95, "fr": 0.87}


def test_the_third_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_third_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (300, None), LANGUAGES, unique_texts=False)
