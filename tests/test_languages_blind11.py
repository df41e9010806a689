"""The matcher against an eleventh blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind11.jsonl` was written from the README's rules ("How matching works", "Where
watched places are", "Which items alert", "One incident, one alert" and the config reference),
PRODUCT.md and issue 20, by someone who had not read the matcher, the keyword, vocabulary or
false-friend code, the bundled keyword sets (only `python -m bot keywords` without a set, for
their names), any other labelled set (only the first lines of `languages_blind10.jsonl` and the
head of `languages_blind10_watchlists.yaml`, for their formats) or any other test but this one's
model, `test_languages_blind10.py`, and `tests/support/blind_sets.py`; the docstrings of
`test_languages_labelled.py` and `test_languages_blind2.py` to `test_languages_blind10.py` were
read for the places to avoid. The watchlists were committed first (e7759b7), the set and its
labels next (6f473ef), both before the matcher first saw an item; no label was changed after
that first run.

290 items (85 Portuguese, 85 Spanish, 90 Arabic in Arabic script, 15 English and 15 French
controls; 174 expect an alert, 174 expected alerts; 116 traps), over places the earlier sets did
not use: Muidumbe, Metuge, Meluco and Ibo (Cabo Delgado); Boane, Manhiça, Marracuene and Caia;
São Domingos, Bambadinca and Pirada; Buco-Zau and Belize (Cabinda), Negage and Porto Amboim;
Vitória, Cuiabá, Rio Branco and Campinas; Tarrafal (Cabo Verde), Santana (São Tomé) and Baucau;
Barrancabermeja, Ituango, Tame, Corinto and Argelia (Cauca); Daule, Ibarra, Pasaje and Tulcán;
Los Mochis, Badiraguato, Taxco and León (Guanajuato); El Progreso (Yoro), Catacamas, Chiquimula
and Soyapango; Barcelona (Anzoátegui), Güiria and El Tigre; Tumbes, Huancayo and Satipo; Sucre,
Tarija, Capitán Bado and Encarnación; Tawila, Mellit, Kabkabiya, Merowe and Rufaa; Surman,
Janzour, Hun, Nalut, Shahat and Al Qubba; Al Hazm, Bayhan, Yarim and Bajil; Abu Ghraib, Makhmour,
Jalawla and Zakho; Tal Abyad, Ras al-Ain, Salamiyah and Sanamayn; Hebron and Qalqilya; Biltine
and Iriba; Atar and Aioun.

The watchlists (`languages_blind11_watchlists.yaml`) type places as a non-Arabic-speaking admin
would, in Latin script, accents left out, one spelling, no aliases, no exonyms, each titled with
its country. At the first `check-config`, before any item was written: "Belize" resolved to the
country and "Argelia" to Algeria (they became "Belize, Angola" and "Argelia, Cauca"), "Taxco" to
a town in Tabasco ("Taxco, Guerrero"), "Santana" to a town in Brazil, "Tawila" to one in Yemen
and "Ras al-Ain" to Al Ain in the Emirates, even with their countries after them; Muidumbe,
Metuge, Meluco, Rufaa, Jalawla and Qalqilya resolved to nothing (Qalqilya to its governorate
only). Those six and Santana, Tawila and Ras al-Ain were given `coords:` (all nine are sites at
their coords: no gazetteer namesake within 50 km of what the admin typed). Two kinds of
keywords: moz-norte, moz-sul, guine, brasil, ilhas, colombia, mexico, centroamerica, venezuela,
bolivia-paraguay, sudan, yemen, syria, palestine and chad share ONE typed multilingual list of
base forms; angola, ecuador, peru, libya, iraq and mauritania use `keyword_sets: [security]`
alone. Labels say what an analyst who wants every real security event at a watched place, and
no false alarm, would decide, whatever the list holds (a district, municipality, province or
region named for a watched town, its rural area, a camp, an island of its own or a road a few
km out count; a place written only as a home, a destination of people fleeing, a speaker's
office, a council, a dateline of a story elsewhere, an organisation, a club, a street, a river
or a person does not; accidents, weather, disease, animals and pests, fiction, history and
anniversaries, drills, sport and figures of speech are not security events).

Categories: simple positives; keyword inflections (verb forms, participles, plurals); Arabic
prefixes on names (بمليط، برفاعة، وصرمان، بجنزور، بهون، بالحزم، ويريم، بزاخو، بالسلمية، بالصنمين،
بالخليل، وقلقيلية، بطويلة); Arabic spelling (كبكابيه، شحّات، جلولا، يريـــم، مَلِيط); exonyms and
other names (Baukau, Taxco de Alarcón, Aïoun el-Atrouss, Nalout, كري سبي، سري كانيه, لعيون); site
words (an airport, a dam, an air base, a port, a prison, a refinery, a camp, a cement plant, a
toll gate); a province or region named for the town; accents left out; datelines, also a
dateline elsewhere over a scene at the watched place and a watched dateline over a scene
elsewhere; mixed-language items (English and French headlines over Portuguese and Spanish
summaries); and traps: keywords in another sense (sport, tourism, a price war, a war of words,
heart and panic attacks, bees, locusts and crop pests, disease, a storm, road and industrial
accidents, a shipwreck, a drill, fiction, history and anniversaries, an explosion of joy or of
cases, a march that is no drone), namesakes elsewhere (Caia in Portugal, São Domingos in Cabo
Verde, Santana in Amapá, Belize the country, Argelia the country and Argelia in Antioquia,
Corinto in Nicaragua and Greece, León in Nicaragua, El Progreso in Guatemala, Sucre in
Colombia, Barcelona in Spain, Vitoria in Spain, Hebron in Kentucky, القبة in Tripoli and
Algiers, رأس العين near Tyre, العيون in Western Sahara), people (Manhiça, Santana Lopes, Carlos
Santana, Ibarra, Encarnación, Sucre the general, Leon Panetta, alias 'El Tigre', رفاعة
الطهطاوي، الخليل بن أحمد), organisations and titles (clubs, a bishop, a university, the
Instituto Rio Branco, the Mariscal Sucre airport, a municipal council, a Lisbon church), a place
inside a longer name or the other way round (Vitória da Conquista, Avenida Rio Branco, Rio Branco
do Sul, Tarrafal de São Nicolau, Nuevo León, Hidroituango, the río Daule, Amboim, معبر إبراهيم
الخليل), ordinary words that are place names (pirada, campinas, vitória, pasaje, el progreso, el
tigre, tame, sucre; طويلة، مروي، هون، شحات، القبة، الحزم، بحزم، مخمور، سلمية، السلمية، إطار،
العيون), places written only as a home, a destination or a speaker's office, off-topic news.

First contact (`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider
tests/test_languages_blind11.py`, 2026-12-06, set committed as 6f473ef): precision 0.870,
recall 0.885, F1 0.877 (tp 154, fp 23, fn 20), on the matcher of 2731584. By language:
Portuguese F1 0.851 (P 0.843, R 0.860; tp 43, fp 8, fn 7), Spanish 0.882 (P 0.882, R 0.882;
tp 45, fp 6, fn 6), Arabic 0.862 (P 0.847, R 0.877; tp 50, fp 9, fn 7), English 1.000 (tp 8,
fp 0, fn 0), French 1.000 (tp 8, fp 0, fn 0). By category (tp/fp/fn): arabic-prefix 11/0/2,
arabic-spelling 5/0/0, dateline 5/1/4, exonym 4/0/2, inflection 19/1/1, keyword-other-sense
0/4/0, longer-place-name 1/2/0, mixed-language 3/0/1, namesake-elsewhere 0/4/0, no-accent 8/0/0,
ordinary-word 0/2/0, organisation-title 0/3/0, person-name 0/2/0, region-named 2/0/0,
simple-positive 83/1/8, site-word 13/0/2, source-or-home 0/3/0. The floors below sit about 0.03
under the first-contact figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind11.jsonl"
CONFIG = "languages_blind11_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.870, recall 0.885, F1 0.877; pt 0.851, es 0.882, ar 0.862, en 1.000,
# fr 1.000. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.84
RECALL_FLOOR = 0.85
F1_FLOOR = {"pt": 0.82, "es": 0.85, "ar": 0.83, "en": 0.97, "fr": 0.97}


def test_the_eleventh_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_eleventh_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (280, None), LANGUAGES, unique_texts=True)
