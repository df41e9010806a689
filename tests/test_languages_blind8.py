"""The matcher against an eighth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind8.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "The gazetteer", "Which items alert" and the config reference), PRODUCT.md
and issue 20, by someone who had not read the matcher, the keyword, vocabulary or false-friend
code, the bundled keyword sets (`python -m bot keywords` was not consulted), any other labelled
set (only the first three lines of `languages_blind7.jsonl` and the head of
`languages_blind7_watchlists.yaml`, for their formats; the docstrings of
`test_languages_blind2.py` to `test_languages_blind7.py`, for the places to avoid) or any other
test but this one's model, `test_languages_blind7.py`. The set and its labels were final and
committed (698902a) before the matcher first saw an item; no label was changed after that first run.

289 items (85 Portuguese, 85 Spanish, 88 Arabic in Arabic script, 16 English and 15 French
controls; 158 expect an alert, 158 expected alerts; 131 traps), over places the earlier sets did
not use: Vilankulo, Chókwè and Moatize; Kuito, Ondjiva and Namibe; Canchungo and Bissorã;
Teresina, Macapá, Feira de Santana, Duque de Caxias and Boa Vista; Tibú, Jamundí, Montería and
Valledupar; Tumeremo, Guasdualito and Maturín; Iguala, Zamora (Michoacán), Colima and Ciudad
Obregón; Portoviejo, Milagro and Nueva Loja; Chiclayo and Pataz; Juticalpa, Escuintla and Danlí;
Ed Daein, Shendi and Babanusa; Zliten, Al Khums, Zintan and Brega; Hajjah, Amran and Lahij;
Tartus, Jableh, Afrin and Al Mayadin; Nasiriyah, Tal Afar, Haditha and Karbala; Marjayoun and
Zahle; Jenin, Tulkarm and Nablus; Gafsa, Tataouine and Ismailia; Adré and Mongo.

The watchlists (`languages_blind8_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, no exonyms, each titled with its country. Every place
resolved at the first `check-config` to the intended town but two that resolved to nothing,
"Pataz" (a province and its mining towns) and "Brega" (the oil port): both were given `coords:`,
as an admin would, before any item was written or scored. Two kinds of keywords: moz, guine,
venezuela, ecuador, peru, sudan, yemen, iraq, palestine and chad share ONE typed multilingual
list of base forms only; angola, brasil, colombia, mexico, centroamerica, libya, syria, lebanon
and maghreb use `keyword_sets: [security]` alone. Labels say what an analyst who wants every
real security event at a watched place, and no false alarm, would decide, whatever the list
holds (a district, municipality, governorate or province named for a watched town, its
countryside and a village a few km out count; a place written only as the source, a governor's
or a deputy's seat, a home or origin, a destination of people fleeing, a dateline of a story
elsewhere, an organisation, a person or a denied report does not; accidents, weather, volcanoes,
disease, animals, fiction and anniversaries are not security events).

Categories: simple positives; keyword inflections (verb forms, participles, plurals); Arabic
prefixes on names (و ب ل وفي وب); Arabic spelling (alef maqsura for yaa, تل عفر apart); exonyms
and other names (Cuíto, Moçâmedes, Vilanculos, Lago Agrio, Iguala de la Independencia,
Nassiriya, Tulkarem, Ismaïlia, the Arabic names of every Arabic-script item); short forms
(Caxias, Obregón); site words (a mine, a port, an airport, a dam, a prison, an air base, a camp);
accents left out; datelines; mixed-language items (an English headline over a Portuguese
summary, an English wire quoting Arabic); and traps: keywords in another sense (sport, economy,
political attacks, war of words, heart and panic attacks, weather, accidents, disease, animals,
fiction, history and anniversaries, prices that soar), namesakes elsewhere (Boa Vista in Cabo
Verde, Zamora in Spain, Escuintla in Chiapas, Jiblah in Yemen's Ibb), people (the Duke of
Caxias, Imran Khan, players and singers), organisations and titles (clubs, universities, a TV
channel, brigades, a sect, the Plan de Iguala, a bishop), a place inside a longer name or the
other way round (Cuito Cuanavale, Zamora Chinchipe, Álvaro Obregón, Loja, an avenue, a desert,
Namíbia), ordinary words that are place names (milagro, boa vista, feira; الخمس، حجة، عمران،
حديثة، الميادين، جنين، أدري), metonymy, places written only as the source, a home or a
destination, off-topic news.

First contact (`python -m pytest -s -p no:cacheprovider tests/test_languages_blind8.py`,
2026-12-06, set committed as 698902a on the matcher of 0d87317): precision 0.832, recall 0.880,
F1 0.855 (tp 139, fp 28, fn 19). By language: Portuguese F1 0.857 (P 0.780, R 0.951; tp 39,
fp 11, fn 2), Spanish 0.900 (P 0.865, R 0.938; tp 45, fp 7, fn 3), Arabic 0.796 (P 0.848,
R 0.750; tp 39, fp 7, fn 13), English 1.000 (P 1.000, R 1.000; tp 9, fp 0, fn 0), French 0.778
(P 0.700, R 0.875; tp 7, fp 3, fn 1). Figures by category were printed but not recorded here.
The floors below sit about 0.03 under the first-contact figures, against regressions.

Spent in round 11 (issue 20, lang11, 2026-12-06): the set was read item by item and its 41 wrong
items (27 false alerts, 14 misses; P 0.842, R 0.911, F1 0.875 before the round, on the matcher
of 86638a8) classed to write general rules (`tests/test_senses_round11.py`, new sentences). It
is a development set now, no longer blind. After the round (`/tmp/figs.sh`, or
`python -m pytest -s -p no:cacheprovider tests/test_languages_blind8.py`): precision 0.915,
recall 0.949, F1 0.932 (tp 150, fp 14, fn 8); Portuguese 0.965, Spanish 0.929, Arabic 0.913,
English 1.000, French 0.824. The floors were raised to about 0.03 under those figures.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind8.jsonl"
CONFIG = "languages_blind8_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.832, recall 0.880, F1 0.855; pt 0.857, es 0.900, ar 0.796, en 1.000,
# fr 0.778. After round 11 (the set spent): 0.915, 0.949, 0.932; pt 0.965, es 0.929, ar 0.913,
# en 1.000, fr 0.824. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.88
RECALL_FLOOR = 0.92
F1_FLOOR = {"pt": 0.93, "es": 0.90, "ar": 0.88, "en": 0.97, "fr": 0.79}


def test_the_eighth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_eighth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (280, None), LANGUAGES, unique_texts=True)
