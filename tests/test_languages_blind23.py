"""The matcher against a twenty-third blind labelled set in Portuguese, Spanish and Arabic (issue 20).

`languages_blind23.jsonl` was written from the README's rules (the config reference, "How matching
works", "Which items alert") and issue 20, by someone who had not read the matcher, the keyword,
vocabulary or false-friend code, the bundled keyword sets or any other labelled set's items (only
the first three lines of `languages_blind22.jsonl` and the first forty of its watchlists, for the
formats). No other test was read but this one's model, `test_languages_blind22.py`, and
`tests/support/blind_sets.py`; of the other `test_languages_*.py` files only the docstrings were
read, and searched (accents folded) for the places to avoid. The watchlists were committed first
(5718f76; Asmara and San Jose added in 3b8ca16, still before any item was labelled), the set and
its labels next (a517204), both before the matcher first saw an item; no label or watchlist was
changed after that first run. Items as the outlets write them: headlines and summaries of one to
three sentences with officials, numbers, villages, districts and sources (Lusa, AIM, Rádio
Moçambique, Carta de Moçambique, ANGOP, Inforpress, Tatoli, the PNTL, the CPT, the Cimi, the
Sesdec, Brazilian state police; Mexican state prosecutors, the SSP, Fuerza Civil, Indepaz, the
Defensoría, Colprensa, the PNC of Guatemala and El Salvador, the OIJ, the Senafront, Kapé Kapé, the
Peruvian joint command, the FELCN, the FTC, Carabineros, Senapred, Conaf; Sudan Doctors' Network,
Emergency Lawyers, Radio Dabanga, SUNA, the Libyan ambulance service, Saba, the Syrian
Observatory, Syrian civil defence, the Iraqi Security Media Cell, Lebanon's NNA, SONNA, Al-Akhbar
and Sahara Medias (Nouakchott); Reuters, AP, AFP, EFE).

290 items (68 Portuguese, 84 Spanish, 81 Arabic in Arabic script, 29 English and 28 French
controls, a mixed-language item counted in the language of its summary; 195 expect an alert, 196
expected alerts; 95 traps), over 153 watched places no earlier languages set watched: Chai, Mbau,
Namacande, Xitaxi, Katapua, Alua, Mazua, Nhamapaza, Inchope and Honde (Mozambique); Maquela do
Zombo, Luremo and Calonda (Angola), Cuntuboel (Guinea-Bissau), Sal Rei and Porto Inglês (Cabo
Verde), Pantufo (São Tomé), Gleno, Hatolia and Letefoho (Timor-Leste); Xinguara, Rio Maria,
Ourilândia do Norte, Uruará, Apuí, Manicoré, Cujubim, Buritis, Amambai, Caarapó and Candeias do
Jamari (Brazil); Chinicuila, Coahuayana, Tuzantla, Jiquilpan, Villamar, Cerralvo, Valle Hermoso,
Janos, Moris, Zitlala, Chichihualco and Ascensión (Mexico); El Plateado, Cumbitara, Leiva,
Samaniego, Ricaurte (Nariño), Roberto Payán, Puerto Asís, La Hormiga, Montecristo and Santa Rosa
del Sur (Colombia); Potrerillos (Honduras), Nahualá and Santa Catarina Ixtahuacán (Guatemala),
Tonacatepeque and Nejapa (El Salvador), San José (Costa Rica), Wiwilí and Bilwi (Nicaragua),
Puerto Obaldía (Panama); Rioverde (Ecuador), El Dorado, El Guayabo and San Antonio del Táchira
(Venezuela); Canayre, Palmapampa, Puerto Inca, La Rinconada, Trompeteros and Andoas (Peru); San
Julián, Palos Blancos, Sorata and Colquiri (Bolivia); Arroyito, Kurusu de Hierro, Katueté and Yasy
Cañy (Paraguay); Temucuicui, Curacautín, Nueva Imperial and Lebu (Chile); Um Ruwaba, Er Rahad, En
Nahud, Ghubaysh, Al Khuwei, Tendalti, Al Gitaina, Sodari and Kornoi (Sudan), Haraze, Bitkine,
Melfi and Kouba Olanga (Chad), Asmara (Eritrea); Al Jmail, Yefren, Al Asabaa, Mizdah and Al Qubbah
(Libya); Al Abdiyah, Damt, Yafa, Markha and Al Ghayl (Yemen); Kafr Nabudah, Kafranbel, Sarmin,
Binnish, Taftanaz, Tal Tamr, Ain Issa and Suluk (Syria); Yathrib, Ad Dhuluiya, Al Alam and Qara
Tapa (Iraq); Mais al-Jabal, Markaba, Blida, Yater, Majdal Zoun, Mansouri, Kfar Roummane, Arnoun,
Zawtar and Taraya (Lebanon); Sabiid, Bariire, Ceel Dheer, Xaradheere, Bacadweyn, Wisil, Guriceel,
Jalalaqsi, Burhakaba, Tiyeeglow, Waajid, Doolow, Garbahaarey and Jamaame (Somalia); Nampala,
Diafarabé, Macina, Inékar, Tidermène, Andéramboukane and Niafunké (Mali), Tin Zaouatine
(Algeria), Ould Yenge (Mauritania). Fifteen of them have no positive item (only traps or none).

The watchlists (`languages_blind23_watchlists.yaml`) type places as a non-Arabic-speaking admin
would: Latin script, accents left out, one spelling, no aliases, no exonyms. At the first
`check-config`, before any item was written, fifty-five names resolved to nothing (all of
Mozambique's, most Sudanese, Chadian, Libyan, Yemeni, Lebanese, Somali and Malian villages,
Calonda, Cuntuboel, Hatolia, Letefoho, El Plateado, Andoas, Arroyito, Kurusu de Hierro, Yasy Cany,
Temucuicui) and were left so (they match by their typed names only), but Chai, Alua, El Plateado,
Arroyito, Yafa and Markha (namesakes only elsewhere) were given `coords:`; Ricaurte resolved to
Cundinamarca's and was given Nariño's coords; Nejapa, Rioverde, El Guayabo and Palos Blancos
resolved to Mexico's, Yathrib to Medina, Qara Tapa to Syria's Qarah and Blida to Algeria's: Rioverde
became "Rioverde, Ecuador" (Río Verde, EC) and the others were given coords (sites at their
coords). Chinicuila resolves to its seat Villa Victoria, Porto Ingles to Vila do Maio, Roberto
Payan to San José, Bilwi to Puerto Cabezas, Cerralvo to Ciudad Cerralvo, Damt to Hammam Damt, En
Nahud to An Nuhud, Ceel Dheer to Ceeldheer; San Jose was typed "San Jose, Costa Rica" and El Dorado
"El Dorado, Bolivar", Ascension "Ascension, Chihuahua". Two kinds of keywords: moz, brasil,
mexico, andes, sudan-chad, syria-iraq and somalia share ONE typed multilingual list of base forms
(verbs in the infinitive, nouns in the singular); lusofonia, colombia, centroamerica, cono-sur,
libya-yemen, lebanon and sahel use `keyword_sets: [security]` alone. Labels say what an analyst who
wants every real security event at a watched place, and no false alarm, would decide, whatever the
list holds (a village, district, road, toll gate, market, mine, port, river stretch by the town or
airport of the town counts, and so do drone strikes, IEDs, landmines, kidnappings, land-conflict
killings, demolitions by explosives, armed robberies, a killing's arrest; a place written only as
a home, a product's origin, a club, a committee, an armed group's name, a film, a river, a forest,
a longer name, a namesake abroad, a government's seat or a dateline over news elsewhere does not;
floods, wildfires, avalanches, road accidents, animals that attack, prices that explode, a heart
attack, a war of words, a ritual fight, football and golf, and history are not security
events).

Categories: simple positives; keyword inflections (sequestram, raptam, raptaram, raptado,
emboscados, atacados, assassinado; asesinan, secuestran, secuestraron, asesinados, emboscados;
enlevés; kidnapped); Arabic prefixes on names (والرهد، للنهود، بالقطينة، بياطر، بزوطر، بتل تمر،
بسرمين، بأسمرة); Arabic spelling (ام روابه، الاصابعه، النُّهُود fully voweled, ميـــس الجبـــل);
exonyms and other names (Vila do Maio for Porto Inglês, Villa Victoria for Chinicuila, Puerto
Cabezas for Bilwi, حمام دمت for Damt, and the Arabic names of every Arabic-script item); site words
(a toll gate, an airport twice, a market); accents left out; datelines (NAMPULA (AIM) over Mazua,
DILI (Tatoli) over Letefoho, MARABÁ over Xinguara, PASTO over Samaniego, TEMUCO over Nueva
Imperial, الخرطوم (سونا) over Tendalti, بيروت over Blida, مقديشو (صونا) over Jalalaqsi, نواكشوط
(الأخبار) over Ould Yenge, BEIRUT (AP), MOGADISHU (AP), BAMAKO (AFP) and NIAMEY (AFP), and SAN JOSÉ
(AFP) over a killing in Managua); mixed-language items (English headlines over Portuguese and
Arabic summaries, a Portuguese quote in an English wire, a Spanish quote in another, Arabic quotes
in English and French ones); and traps: keywords in another sense (prices that explode, a heart
attack in Portuguese and English, a war of words in Portuguese and Arabic, elephants, a jaguar, a
road accident, water pumps, a fire, a wildfire, an avalanche, floods twice, a ritual tiger fight,
an explosion of joy in Spanish and French, penalties, football's attack, golf's clash), namesakes
elsewhere (Buritis in Minas Gerais, Amambay in Paraguay, Candeias in Bahia, Isla Cerralvo,
Rioverde in San Luis Potosí, Ricaurte in Cundinamarca, Potrerillos in Mendoza, La Rinconada in
Seville, Puerto San Julián, Melfi in Italy, Jaffa for Yafa, Blida in Algeria three times, Dolo
Ado), people (a deputy Xinguara, János Áder, the rocker Moris, an ex-governor Leiva, the Gemayels, an MP
al-Mansouri, a footballer nicknamed Potrerillos), organisations and titles (the Académica do
Calonda, the Comitê Rio Maria, the Xinguara club, The Count of Monte Cristo, the Katiba Macina in
three languages, the AS Macina), a place inside a longer name (the Jamari national forest, the
Manicoré river, Bogotá's El Dorado airport, the Dome of the Rock, Ghayl Ba Wazir, San José del
Guaviare), ordinary words that are place names (porto inglês, chai twice, un valle hermoso, la
Ascensión, la hormiga, un arroyito; ملفي my file, الجميل the favour, القبة الحديدية the Iron Dome,
يافع young, سلوك conduct, العلم the flag, مركبة a vehicle), metonymy (Ain Issa in Arabic and English
and Asmara in Arabic, English and French for their governments, San José for Costa Rica's, Ould
Yenge for its council), places written only as a home, an origin or in history (Honde, Luremo's
miners, Apuí's nuts, Palmapampa's coffee, Ghubaysh's displaced, Doolow's refugees, Diafarabé's
rice; Mbau 2020, Rio Maria 1991, Jiquilpan's Lázaro Cárdenas, San Antonio del Táchira 1813,
Yathrib twice, Markha 1967, Nampala 2015) and off-topic news.

First contact (`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=/tmp/cache-writer-lang23 python -m pytest -q -s
-p no:cacheprovider tests/test_languages_blind23.py`, 2026-12-07, set committed as a517204 on
the matcher of 8055d44, floors at 0): precision 0.901, recall 0.929, F1 0.915 (tp 182, fp 20,
fn 14). By language: Portuguese F1 0.915 (P 0.843, R 1.000; tp 43, fp 8, fn 0), Spanish 0.915
(P 0.931, R 0.900; tp 54, fp 4, fn 6), Arabic 0.911 (P 0.927, R 0.895; tp 51, fp 4, fn 6),
English 0.971 (P 0.944, R 1.000; tp 17, fp 1, fn 0), French 0.872 (P 0.850, R 0.895; tp 17,
fp 3, fn 2). By category (tp/fp/fn): arabic-prefix 8/0/0, arabic-spelling 4/0/0, dateline
11/2/2, exonym 5/0/0, history 0/1/0, inflection 15/0/1, keyword-other-sense 0/1/0,
longer-place-name 0/0/0, metonymy 0/2/0, mixed-language 7/0/1, namesake-elsewhere 0/4/0,
no-accent 6/0/0, off-topic 0/0/0, ordinary-word 0/1/0, organisation-title 0/5/0, person-name
0/1/0, simple-positive 122/2/10, site-word 4/0/0, source-or-home 0/1/0. The floors below sit
about 0.03 under the first-contact figures, against regressions.
"""

from __future__ import annotations

import pytest

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score_by_language, set_score_with_f1

SET = "languages_blind23.jsonl"
CONFIG = "languages_blind23_watchlists.yaml"
LANGUAGES = ("pt", "es", "ar", "en", "fr")
# First contact: precision 0.901, recall 0.929, F1 0.915; pt 0.915, es 0.915, ar 0.911,
# en 0.971, fr 0.872. Floors about 0.03 under those figures.
PRECISION_FLOOR = 0.87
RECALL_FLOOR = 0.90
F1_FLOOR = {"pt": 0.88, "es": 0.88, "ar": 0.88, "en": 0.94, "fr": 0.84}


def test_the_twenty_third_blind_languages_set_holds_its_floors() -> None:
    holds_its_floors(set_score_with_f1(SET, CONFIG), PRECISION_FLOOR, RECALL_FLOOR)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_holds_its_floor(lang: str) -> None:
    assert set_score_by_language(SET, CONFIG)[lang]["f1"] >= F1_FLOOR[lang]


def test_the_twenty_third_blind_set_is_large_and_has_all_five_languages() -> None:
    keeps_its_shape(SET, (250, None), LANGUAGES, unique_texts=True)
