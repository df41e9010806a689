"""The matcher against a nineteenth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind19.jsonl` was written from the README's rules, PRODUCT.md and issue 20, by
someone who had not read the matcher, the keyword, vocabulary or false-friend code, the bundled
keyword sets or any other labelled set's items (only the first three lines of
`languages_blind18.jsonl`, for its format); of the model's watchlists
(`languages_blind18_watchlists.yaml`) the first sixty lines were shown by mistake, its typed
keyword list among them; this set's list was written afresh, in base forms (verbs in the
infinitive, nouns in the singular), and shares few words with it. No other test was read but
this one's model, `test_languages_blind18.py`, and `tests/support/blind_sets.py`; of
`test_languages_labelled.py` and `test_languages_blind2.py` to `test_languages_blind18.py` only
the docstrings were read, and searched (accents folded) for the places to avoid. The watchlists
were committed first (e753fd5), the set and its labels next (64ceb06), both before the matcher
first saw an item; no label or watchlist was changed after that first run. Items as the outlets
write them: full headlines, summaries of one to three sentences with officials, numbers,
villages, districts and sources (Lusa, AIM, ANGOP, Inforpress, G1-style Brazilian copy,
Colprensa, apro, El Norte, EFE, CRHoy, Andina, SUNA, WAL, the Lebanese NNA, Sahara-desk Arabic
copy, Al-Akhbar (Nouakchott), Reuters, AFP).

289 items (73 Portuguese, 72 Spanish, 87 Arabic in Arabic script, 30 English and 27 French
controls, a mixed-language item counted in the language of its summary; 180 expect an alert,
180 expected alerts; 109 traps), over 84 places no earlier languages set watched: Mucojo, Mazeze
and Lalaua; Chibabava, Machaze and Mossurize; Cacuaco, Viana, Nambuangongo and Lóvua; Tite
(Guinea-Bissau), Mosteiros and Ribeira Brava (Cabo Verde), Guadalupe and São João dos Angolares
(São Tomé); Belford Roxo, Simões Filho, Lauro de Freitas, Porto Seguro, Tailândia (Pará) and
Maracanaú; Caloto, Miranda (Cauca), Hacarí, Orito, Anorí and Montelíbano; Tlaquepaque, Chenalhó,
Cosoleacaque, General Escobedo and Tuxpan (Veracruz); Yaguachi, Balao and Samborondón;
Chimaltenango, Villa Canales, Ciudad Delgado and Puntarenas; Caicara del Orinoco and Zaraza;
Pangoa, Huepetuhe and Putina; Chimoré, Ivirgarzama and Guarayos; Kreinik, Lagawa, Um Rawaba and
Tamboul; Mangalmé, Ounianga Kébir, Zouar and Kalait; Tiji, Tazirbu and Ras Ajdir; Azzan, Nisab,
Mawza and Haydan; Kobani, Safita, Inkhil and Jindires; Jurf al-Sakhar, Daquq, Saadiya and Dibis;
Beirut, Ghazieh, Damour and Jiyeh; Timbédra, Adel Bagrou and Nbeiket Lahwach; Tessalit,
Aguelhok, Goundam, Hombori, Ayorou, Tassara and Ouagadougou (two capitals, for their
governments).

The watchlists (`languages_blind19_watchlists.yaml`) type places as a non-Arabic-speaking admin
would: Latin script, accents left out, one spelling, no aliases, no exonyms. At the first
`check-config`, before any item was written, Mucojo, Mazeze, Lalaua, Chibabava, Machaze,
Mossurize, Nambuangongo, Angolares, Ivirgarzama, Guarayos, Kreinik, Lagawa, Um Rawaba, Tamboul,
Ras Ajdir, Jindires, Jurf al Sakhar, Saadiya, Damour, Jiyeh, Nbeiket Lahwach and Hombori resolved
to nothing; Puntarenas to Costa Rica's province; Kalait and Azzan to namesakes in India and
Italy; Guadalupe and Tailandia to the countries Guadeloupe and Thailand; Mosteiros to the
Azores; Adel Bagrou to Abdel Begrou across the border in Mali: all of these were given `coords:`
(each a site at its coords). "Escobedo" (Coahuila) was retyped "General Escobedo" (Ciudad
General Escobedo, Nuevo León) and "Tuxpan" (Jalisco) "Tuxpan, Veracruz" (Túxpam de Rodríguez
Cano). Every other place resolved to a town of its country (Yaguachi is Yaguachi Nuevo, Kobani
‘Ayn al ‘Arab, Timbedra Tembedgha, Ciudad Delgado a site in Delgado). Two kinds of keywords:
moz-norte, angola, colombia, ecuador, venezuela, bolivia, sudan, libya, syria, lebanon and sahel
share ONE typed multilingual list of base forms (مسيرة, the drone, among them); moz-centro,
ilhas, brasil, mexico, centroamerica, peru, chad, yemen, iraq and mauritania use `keyword_sets:
[security]` alone. Labels say what an analyst who wants every real security event at a watched
place, and no false alarm, would decide, whatever the list holds (a district, administrative
post, locality, vereda, colonia, canton, aldea, countryside, road, estuary, port, airport,
airfield, police station, checkpoint, camp, market or power plant of a watched town counts, and
so do a district's seat named with it, a drone strike, piracy, an IED, a mortar round, a
weapons depot blast; a place written only as a birthplace, a home, an electoral base, a
refugees' origin, a mayor abroad, a dateline over an event elsewhere, a club, a festival, a
university, a Sufi order, a river, a street or a mountain does not; accidents, floods, cyclones,
cholera, crop pests, strikes, marches, prices, sales and harvests, heart attacks, cyber attacks
on companies, history and anniversaries are not security events).

Categories: simple positives; keyword inflections (decapitados, raptados, emboscada as a verb,
raptadas, baleado e morto, executam, explosivos, asesinados, secuestrados, secuestró, اغتالوا,
مسلحون, يختطفون, القتلى, tués/enlevé); Arabic prefixes on names (بكرينك، بلقاوة، ولتمبول، بالغازية،
بصافيتا، وجنديرس، فكوباني، لداقوق، وتساليت، بأغلهوك، بواغادوغو، بتيجى); Arabic spelling (ام روابه،
داقـــوق، كُوبَانِي، انخل، تيجى، اغلهوك، تمبدغه، كرينيك); exonyms and other names (Espungabera for
Mossurize, عين العرب and Kobane for Kobani, جرف النصر and Jurf al-Nasr for Jurf al-Sakhar, Beyrouth,
Ouaga, and the Arabic names of the Sahel and Chad towns: غوندام، هومبوري، أيورو، تاسارا، أونيانغا
كبير); site words (an airport, an airfield, a port, a police station, a power plant, a prison
where nothing happened); accents left out; datelines (LALAUA, 9 dez (Lusa), MACHAZE, 4 dez
(AIM), TITE, Guiné-Bissau, MARACANAÚ (CE), CALOTO, Cauca (Colprensa), COSOLEACAQUE, Ver. (apro),
BALAO, Ecuador (EFE), PUNTARENAS (CRHoy), PANGOA, Junín (Andina), الخرطوم (سونا) over Um Rawaba,
طرابلس (وال) over Tiji, نواكشوط (الأخبار) over Nbeiket Lahwach, BEIRUT (Reuters) over Damour,
OUAGADOUGOU (Reuters) over the capital itself, OUAGADOUGOU (AFP) over Djibo, BAMAKO (AFP) over
Goundam, NIAMEY (AFP) over Ayorou); mixed-language items (English headlines over Portuguese and
Spanish summaries, a Spanish quote in an English wire, an English wire naming the town only in
Arabic script); and traps: keywords in another sense (a football attack in three languages, a
cyclone, cholera that attacks, sales that explode, a safe haven, hostigamiento laboral, secuestro
de carbono, a crop pest that attacks, a road accident, an explosion of joy, the dollar that
soars, a flood, خطف الأضواء, مسيرة سلمية, حرب كلامية, a golf clash, a sector a tariff could kill,
ministers who attacked a report, a building collapse, pris en otage, attaque cardiaque, un
cocktail explosif), namesakes elsewhere (Viana do Castelo, Viana in Espírito Santo, Mosteiros in
the Azores, Ribeira Brava in Madeira, Thailand, Miranda state, Escobedo in Coahuila, Tuxpan in
Jalisco, Guadalupe County, الغازية in Egypt's Beheira), people (a poet Machaze, minister Viana, the
coach Tite, Lauro de Freitas, Jhon Miranda, Mariano Escobedo, Canales, a chef Balao, سعدية, علي
حيدان), organisations and titles (Académica do Viana, Our Lady of Guadalupe, the insurer Porto
Seguro, the Parián of Tlaquepaque, Puntarenas FC, Miranda rights, الطريقة السعدية, جامعة بيروت
العربية, FESPACO), a place inside a longer name (Avenida Simões Filho, Miranda de Ebro, نهر الدامور,
شارع بيروت in Cairo, the Hombori Tondo), ordinary words that are place names (mosteiros, angolares,
porto seguro, orito, delgado, zaraza, guarayos; الدبس، الغازية، عين العرب، زوار، النصاب، نصاب، موزع),
metonymy (Beirut and Ouagadougou for their governments, in Arabic, English and French), places
written only as a home, a base, a source or in history (Nambuangongo 1961, Acteal 1997, Belford
Roxo 1990, the Beirut port blast, the Kobane siege, Goundam 1894, the Jindires earthquake) and
off-topic news.

First contact (`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=/tmp/cache-writer-lang19 python -m pytest -q -s
-p no:cacheprovider tests/test_languages_blind19.py`, 2026-12-07, set committed as 64ceb06 on
the matcher of 64fc235, floors at 0): precision 0.887, recall 0.789, F1 0.835 (tp 142, fp 18,
fn 38). By language: Portuguese F1 0.892 (P 0.881, R 0.902; tp 37, fp 5, fn 4), Spanish 0.861
(P 0.944, R 0.791; tp 34, fp 2, fn 9), Arabic 0.786 (P 0.880, R 0.710; tp 44, fp 6, fn 18),
English 0.848 (P 0.875, R 0.824; tp 14, fp 2, fn 3), French 0.788 (P 0.812, R 0.765; tp 13,
fp 3, fn 4). By category (tp/fp/fn): arabic-prefix 8/0/4, arabic-spelling 5/0/3, dateline
11/1/5, exonym 8/0/4, history 0/2/0, inflection 13/0/1, keyword-other-sense 0/4/0,
longer-place-name 0/0/0, metonymy 0/0/0, mixed-language 6/0/1, namesake-elsewhere 0/2/0,
no-accent 6/0/1, off-topic 0/0/0, ordinary-word 0/1/0, organisation-title 0/3/0, person-name
0/1/0, simple-positive 81/1/16, site-word 4/1/3, source-or-home 0/2/0. The floors below sit
about 0.03 under the first-contact figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind19.jsonl"
CONFIG = "languages_blind19_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.887, recall 0.789, F1 0.835; pt 0.892, es 0.861, ar 0.786,
# en 0.848, fr 0.788. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.85
RECALL_FLOOR = 0.75
F1_FLOOR = {"pt": 0.86, "es": 0.83, "ar": 0.75, "en": 0.81, "fr": 0.75}


def test_the_nineteenth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_nineteenth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (250, None), LANGUAGES, unique_texts=True)
