"""The matcher against a twentieth blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind20.jsonl` was written from the README's rules (the config reference, the head of
"How matching works", "Where watched places are" and "Which items alert") and issue 20, by
someone who had not read the matcher, the keyword, vocabulary or false-friend code, the bundled
keyword sets or any other labelled set's items (only the first three lines of
`languages_blind19.jsonl`, for its format); of the model's watchlists
(`languages_blind19_watchlists.yaml`) the first forty lines were read, its typed keyword list
among them; this set's list was written afresh, in base forms (verbs in the infinitive, nouns in
the singular). PRODUCT.md was not read. No other test was read but this one's model,
`test_languages_blind19.py`, and `tests/support/blind_sets.py`; of `test_languages_labelled.py`
and `test_languages_blind2.py` to `test_languages_blind19.py` only the docstrings were read, and
searched (accents folded) for the places to avoid. The watchlists were committed first (4515860,
then dd30d2e adding two capitals), the set and its labels next (9adfcbf), both before the
matcher first saw an item; no label or watchlist was changed after that first run. Items as the
outlets write them: full headlines, summaries of one to three sentences with officials, numbers,
villages, districts and sources (Lusa, AIM, ANGOP, Inforpress, STP-Press, G1-style Brazilian
copy, Colprensa, El Heraldo, Indepaz, Andina-style Peruvian copy, SUNA, the Lebanese NNA, Sahara
Medias, Al-Akhbar (Nouakchott), Al-Sumal al-Jadid, Reuters, AFP).

289 items (75 Portuguese, 77 Spanish, 88 Arabic in Arabic script, 25 English and 24 French
controls, a mixed-language item counted in the language of its summary; 180 expect an alert,
180 expected alerts; 109 traps), over 94 watched places no earlier languages set watched:
Namapa, Metoro and Ocua; Magude, Ressano Garcia, Changara and Maxixe; Ambriz and Lucala; Varela
(Guinea-Bissau), Ribeira Afonso (São Tomé), Cidade Velha (Cabo Verde), Oecusse and Manatuto
(Timor-Leste); Arapiraca, Caruaru, Petrolina, Açailândia, Ilhéus and Sorriso; Cajibío, Jambaló,
Timbiquí, Bojayá, Puerto Guzmán and Calamar (Guaviare); Ecatepec, Tamazula (Durango), Cosalá,
Guachochi, Ojinaga, Texcaltitlán and Mexico City; Posorja, Jaramijó, Arenillas and Ventanas;
Zacatecoluca, Usulután, Siuna, Bluefields and Yaviza; Tocorón, Acarigua, El Vigía and Guanarito;
Ilave, Tambogrande, Paita, Puerto Quijarro and San Matías; Horqueta, Curuguaty, Ercilla,
Collipulli, Tirúa, Cañete (Biobío) and Santiago; Ed Damer, Bahri, Habila and Tendelti; Fada,
Bahai and Massaguet; Sokna, Traghen and Umm al Aranib; Ahwar, Baqim, Raghwan and Al Qatn; Izraa,
Muzayrib, Dael and Salkhad; Baqubah, Udhaim and Sulaiman Bek; Srifa, Majdal Anjar and Odaisseh;
Marka, Bardhere, Hudur and Dhusamareb; Aleg, Kobenni and Mbera; Douentza, Bourem, Ouallam, Titao
and Dori.

The watchlists (`languages_blind20_watchlists.yaml`) type places as a non-Arabic-speaking admin
would: Latin script, accents left out, one spelling, no aliases, no exonyms. At the first
`check-config`, before any item was written, Namapa, Metoro (namesakes only in Côte d'Ivoire),
Ocua, Changara, Oecusse, Jaramijo, Tocoron, Habila, Bahai, Raghwan, Izraa, Udhaim, Sulaiman Bek,
Majdal Anjar, Odaisseh and Bardhere resolved to nothing; Varela to Los Varela in Argentina,
Tendelti to El Fasher, Siuna to its airport and Calamar to Bolívar's Calamar: all twenty were
given `coords:` (Tendelti, Siuna and Calamar then resolve to their towns, the others are sites).
Bojaya resolved to Bellavista (its seat), Bahri to Khartoum North, Ed Damer to Ad-Damir, Hudur
to Xuddur, Tambogrande to Tambo Grande, Curuguaty to San Isidro de Curuguaty, Sokna to Suknah,
Traghen to Taraghin; every other place resolved to a town of its country. Mexico City and
Santiago were added next, for the metonymy traps, still before any item. Two kinds of keywords:
moz-norte, lusofonia, colombia, ecuador, venezuela, paraguay-chile, sudan, libya, syria, lebanon
and mauritania share ONE typed multilingual list of base forms (مسيرة, the drone, among them);
moz-sul, angola, brasil, mexico, centroamerica, peru-bolivia, chad, yemen, iraq, somalia and
sahel use `keyword_sets: [security]` alone. Labels say what an analyst who wants every real
security event at a watched place, and no false alarm, would decide, whatever the list holds (a
district, administrative post, vereda, canton, colonia, nahiya, outskirts, road a few km out,
border post, port, pier, airport, prison, dam, lake, camp or police station of a watched town
counts, and so do drone strikes, piracy at the beach, IEDs, house demolitions by explosion; a
place written only as an origin of the displaced, a destination, a birthplace, an electoral
base, a gang's birthplace, a dateline over news elsewhere, a denied rumour, a club, a festival,
a race, a virus, a bishop's see, a river, a gulf, a street or a longer name does not; accidents,
floods, heat waves, cholera, prices, harvests and sales that explode, a seizure of smuggled
medicine, a council scuffle, heart attacks, history and anniversaries are not security events).

Categories: simple positives; keyword inflections (decapitados, raptados, baleado, atacados,
assaltam e matam, asesinaron, secuestrados, asesinados, baleados, enlevés, assassiné);
Arabic prefixes on names (بالدامر، بهبيلا، بماساكيت، بأم الأرانب، برغوان، وبأحور، بالمزيريب،
بصلخد، لبعقوبة، ولبعقوبة، بمجدل عنجر، بالعديسة، بمركة، بكوبني، بتراغن); Arabic spelling
(تندلتى، ازرع، صَلْخَد، بعقوبه، بعقـــوبة، المُزَيْرِيب); exonyms and other names (الخرطوم بحري and
Khartoum North for Bahri, Xuddur for Hudur, Oé-Cusse and Pante Macassar for Oecusse, CDMX and
Ciudad de México and Mexico for Mexico City, and the Arabic names of every Arabic-script item);
site words (a border post, an airport, a deep-water port, a maximum-security prison, a police
station, a dam, a lake); accents left out; datelines (METORO, 12 dez (Lusa), MAGUDE, 3 dez (AIM),
JAMBALÓ, Cauca (Colprensa), OJINAGA, Chih. (El Heraldo), الخرطوم (سونا) over Tendelti, صور
(الوكالة الوطنية) over Srifa, مقديشو over Dhusamareb, نواكشوط (الأخبار) over Kobenni, DORI /
OUAGADOUGOU:, NIAMEY (AFP) over Ouallam, MAPUTO over a drought); mixed-language items (English
headlines over Portuguese, Spanish and Arabic summaries, an Arabic quote in an English wire and
in a French one); and traps: keywords in another sense (cholera, a heart attack in three
languages, a road accident in two, a flood, a heat wave, a harvest and sales and prices that
explode, a massacre of squid, football and a race that attack, a golf clash, a tariff that could
kill, ministers who attacked a report, a building collapse, حرب كلامية، مسيرة سلمية، اشتباك
بالأيدي، انفجار الأسعار, un cocktail explosif), namesakes elsewhere (Los Varela in Argentina,
Tamazula de Gordiano, Bluefields in Jamaica, Païta in New Caledonia, Cañete in Lima, Santiago de
Cuba, Santiago island in Cabo Verde, Marka in Amman), people (General Varela, Rúben Varela,
Afonso Ribeira, General Ojinaga, Alonso de Ercilla, Santiago Giménez, سليمان بيك, a golfer
Bourem, Dori Shapiro), organisations and titles (ASA de Arapiraca, Central de Caruaru, São João
de Caruaru, the Guachochi ultramarathon, the Guanarito virus, the bishop of Usulután, UNAM), a
place inside a longer name or the other way round (the Ressano Garcia–Maputo road, rio Lucala,
the Petrolina–Juazeiro bridge, golfo San Matías, calle Ercilla, Fada N'Gourma in two languages,
عنجر for Majdal Anjar, Mexico the country), ordinary words that are place names (maxixe twice,
quedas do Lucala, a cidade velha de Tânger, ilhéus, sorriso, calamar, arenillas, ventanas, el
vigía, horqueta; بحري twice، القطن twice، ازرع، العظيم، الدوري), metonymy (Mexico City and
Santiago for their governments, in Spanish, English, French and Arabic), places written only as
a home, an origin, a destination or in history (Ambriz 1855, Cidade Velha 1585, Batepá 1953,
Bojayá 2002, Curuguaty 2012, Ilave 2004, the Ecatepec murders, Salkhad 1925, Baqubah 2007,
Srifa 2006, Odaisseh 2010, Bourem 2012, Ahwar 2011) and off-topic news.

First contact (`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=/tmp/cache-writer-lang20 python -m pytest -q -s
-p no:cacheprovider tests/test_languages_blind20.py`, 2026-12-07, set committed as 9adfcbf on
the matcher of eda2fff, floors at 0): precision 0.910, recall 0.894, F1 0.902 (tp 161, fp 16,
fn 19). By language: Portuguese F1 0.900 (P 0.878, R 0.923; tp 36, fp 5, fn 3), Spanish 0.929
(P 0.902, R 0.958; tp 46, fp 5, fn 2), Arabic 0.891 (P 0.930, R 0.855; tp 53, fp 4, fn 9),
English 0.897 (P 0.929, R 0.867; tp 13, fp 1, fn 2), French 0.867 (P 0.929, R 0.812; tp 13,
fp 1, fn 3). By category (tp/fp/fn): arabic-prefix 14/0/1, arabic-spelling 6/0/0, dateline
7/0/3, exonym 3/0/1, history 0/5/0, inflection 18/0/1, keyword-other-sense 0/2/0,
longer-place-name 0/0/0, metonymy 0/0/0, mixed-language 6/0/2, namesake-elsewhere 0/0/0,
no-accent 5/0/0, off-topic 0/1/0, ordinary-word 0/0/0, organisation-title 0/2/0, person-name
0/1/0, simple-positive 96/1/10, site-word 6/0/1, source-or-home 0/4/0. The floors below sit
about 0.03 under the first-contact figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind20.jsonl"
CONFIG = "languages_blind20_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.910, recall 0.894, F1 0.902; pt 0.900, es 0.929, ar 0.891,
# en 0.897, fr 0.867. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.88
RECALL_FLOOR = 0.86
F1_FLOOR = {"pt": 0.87, "es": 0.90, "ar": 0.86, "en": 0.86, "fr": 0.83}


def test_the_twentieth_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_twentieth_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (250, None), LANGUAGES, unique_texts=True)
