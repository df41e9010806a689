"""The place model against a twenty-first blind labelled set: new towns of West and Central Africa, issue 16's regions and beyond.

`places_blind21.jsonl` (258 items: 169 English, 46 French, 18 Spanish, 17 Arabic, 8 Portuguese;
wire copy with datelines (Reuters, AFP, EFE, Lusa, IRNA), local dailies and radio (Daily Trust,
L'Œil du Sahel, Radio Ndeke Luka, Radio Tamazuj, Le Nouvelliste), NGO and UN situation reports
(UNHCR, MSF, NRC, OCHA, WFP, FAO, UNIFIL), an embassy security alert, a travel advisory and
social-media posts) was written for issue 16 from the README's rules alone ("Where watched places
are", "The gazetteer", "Which items alert", the config reference), PRODUCT.md and the issue, by
someone who had not read the matcher's code (`bot/`) nor any other labelled items (only the first
three lines of `places_blind20.jsonl` and the first 80 lines of its yaml, for the formats and the
keyword list, this file's model
`test_places_blind20.py` with `tests/support/blind_sets.py`, and the docstrings of the earlier
blind and round tests, to keep away from their places). Each item was written as the outlet would
run it: a headline and one to three sentences with the officials, numbers, side places and sources
real copy names. It covers 47 locations no earlier set watched, 20 in the Sahel, West and Central
Africa: Mali (Moura, Boulkessi), Burkina Faso (Seytenga, Markoye, the Mentao camp given by
`coords:`), Niger (Inatès, Toumour), Nigeria (Dapchi, Maru), Chad (Melfi, Tiné), Cameroon (Mozogo,
Belo), Benin (Karimama), Togo (Tandjouaré), Côte d'Ivoire (Kafolo), Mauritania (Adel Bagrou), the
Central African Republic (Obo, Nola, Boda); 23 in the issue's new regions: Somalia (Guriceel,
Sakow), Kenya (Hindi in Lamu, Liboi), Ethiopia (Awash, Mille), South Sudan (Koch, Magwi),
Afghanistan (Tagab, Burka, Andar, Bost airport), Libya (Yafran, Slonta, Al Abraq airport), Yemen
(Shuqra, Nisab, Al Ghaydah airport), the Rohingya camps (the Hakimpara camp given by `coords:`,
Sabrang), Haiti (Caracol, Bainet, Savanette); and 4 elsewhere (Khiam in Lebanon, Zamora in
Michoacán, Bijapur in Chhattisgarh, Kalat in Balochistan), with the watchlists of
`places_blind21_watchlists.yaml`: names typed as an admin would (one spelling, no aliases), a
`radius:` on Maru (30 km), Nola (80), Awash (30), Yafran (35), Caracol (15), Zamora (20) and
Bijapur (40), one security keyword list (the model set's, written before any item) and a drills
exclude list. Most watched towns were chosen because their names are shared by places elsewhere or
by common words, people, works and organisations (Moura in Alentejo, Amazonas and Queensland; Melfi
in Basilicata; Nola near Naples and NOLA; Boda in Dalarna, the Spanish boda and boda bodas; Belo
Horizonte, Belo Monte, Belo-sur-Tsiribihina and Bishop Belo; Hindi the language; Awash the
adjective, river and bank; Mille the French number, Mille Collines and Mille Lacs; Koch the
brothers, institute and industries; Burka the garment; Tagab in Badakhshan; Shaqra in Saudi
Arabia; Caracol in Belize and Caracol Radio; Zamora in Spain and Ecuador, Zamora FC; Bijapur in
Karnataka; Kalat in Zabul and in Iran; the nisab of zakat; Maru in ships' names; OBO, Obihiro's
code); the items naming those carry the context an analyst would use (a country, a region, a
demonym, a neighbouring town). The yaml was written and checked with `check-config` first
(changes: "Zamora" went to Spain's and became "Zamora, Michoacán"; "Labraq airport" and "Riyan
airport" did not resolve and became "Al Abraq airport" (LAQ) and "Al Ghaydah airport" (AAY); the
radius first typed on Moura had nothing to measure from (GeoNames knows Moura only in Australia and
Portugal) and was dropped; the radii on Nola (30 km), Yafran (25) and Bijapur (25) were widened to
80, 35 and 40 so that a town the gazetteer knows lies inside each; "Awash" resolved to Āwash,
"Tagab" to Tagāb, "Burka" to Būrkah, "Nisab" to Nişāb, "Bijapur" to Chhattisgarh's Bījāpur, "Kalat"
to Balochistan's, all the intended places; Moura, Boulkessi, Seytenga, Markoye, Inatès, Toumour,
Tiné, Mozogo, Karimama, Adel Bagrou, Guriceel, Sakow, Hindi, Liboi, Mille, Koch, Magwi, Andar,
Slonta, Shuqra, Sabrang, Bainet, Savanette and Khiam stay unresolved, matched by their typed
names), and `python -m bot places` on lines of town names gave the GeoNames coordinates of the
towns near the radii; then every item and label was written. Distances are from those coordinates
and are stated in each item's `why` (inside: Bungudu 17.6 of Maru's 30; Bayanga 72.8 of Nola's 80;
Metehara 29.2 of Awash's 30; Zintan 30.1 and Asabaa 32.2 of Yafran's 35; Trou-du-Nord 7.8,
Terrier-Rouge 9.2, Limonade 10.7 and Quartier-Morin 14.7 of Caracol's 15; Jacona 3.1,
Tangancícuaro 13.0, Tangamandapio 15.8 and Chavinda 18.1 of Zamora's 20; Bhairamgarh 35.2 of
Bijapur's 40; outside: Gusau 33.4 and Kaura Namoda 35.5 of Maru's 30; Berbérati 87.2 of Nola's 80;
Adama 110.3 of Awash's 30; Gharyan 47.7 and Jadu 48.4 of Yafran's 35; Fort-Liberté 19.1,
Cap-Haïtien 20.4 and Milot 21.8 of Caracol's 15; Ecuandureo 22.6, Ixtlán 23.6 and La Piedad 49.0
of Zamora's 20; Bhopalpatnam 45.9 and Geedam 64.2 of Bijapur's 40). Labels say what an analyst
watching these places would want alerted; a watched airport (Bost, Al Abraq, Al Ghaydah) is not
expected for an incident in its town (Lashkar Gah, Al Bayda, Al Ghaydah) nor when another airport
(Camp Bastion, Benina, Seiyun) is attacked, and its code (BST, LAQ, AAY) or another name
("Lashkar Gah airport", "Labraq") expects it in a flying context; a camp given by `coords:` is not
expected for an incident in the town beside it (Djibo, Ukhia); the spellings Seitenga, Inates, Guri
Ceel, Guriel, Saakow, Yefren, Shaqra (in Abyan), El Khiam, Zamora de Hidalgo and Awash Sebat Kilo,
and the Arabic-script names of Inatès, Adel Bagrou, Sakow, Dapchi, Tiné, Tagab, Yafran, Slonta,
Shuqra, Nisab, Al Abraq and Al Ghaydah airports, Khiam and Kalat (typed only in Latin script)
expect them as an analyst would. The labels were committed (d7924ee), the matcher was then run
once (this file), and no label or watchlist was changed after.

Categories (items): simple-positive 132, namesake 17 (Moura in Beja, Amazonas and Queensland; Melfi
in Basilicata, twice; Belo-sur-Tsiribihina; Nola near Naples; Boda in Dalarna; Tagab in Badakhshan;
Shaqra in Riyadh province; Caracol in Belize; Zamora in Castilla y León and in Zamora Chinchipe;
Bijapur in Karnataka, twice; Kalat in Zabul and in Razavi Khorasan), gazetteer-alias 15 (the
spellings above, BST, LAQ and AAY in a flying context, "Lashkar Gah airport"), radius-inside 15,
radius-outside 14, common-word 10 (Belo Horizonte and "belo", boda twice, Hindi three times,
"awash", "mille", burka), no-security-word 9, keyword-other-sense 7 (a heart attack, fighting
frost, drought and inflation, an armyworm attack, an "explosión" and an "explosion" of prices),
other-place 6 (NOLA, the Awash river, the Mille Collines, the Khiam prison museum, Mille Lacs, Belo
Monte), person 5 (Lucas Moura, Bishop Belo, Charles Koch, a footballer Zamora, a singer Mozogo
Jr.), organisation 5 (Awash Bank, the Robert Koch Institute, Caracol Radio, Koch Industries, Zamora
FC), site-vs-city 5, source-or-dateline 4, title-or-work 4 ('The Girls of Dapchi', the 'Shoyo
Maru', 'Andar Baahar 2', 'The Fall of Bijapur'), other-airport 4, drill 3, home-only 3. 162 items
(63%) expect an alert; 162 expected alerts in all.

First contact (`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=/tmp/cache-writer-places21 .venv/bin/python -m
pytest -q -s -p no:cacheprovider tests/test_places_blind21.py`, set d7924ee, code 71f8e7d):
precision 0.901, recall 0.895, F1 0.898 (tp 145, fp 16, fn 17). Per category:

    common-word: tp 0 fp 4 fn 0
    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 9 fp 0 fn 6
    home-only: tp 0 fp 1 fn 0
    keyword-other-sense: tp 0 fp 0 fn 0
    namesake: tp 0 fp 6 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 0 fp 1 fn 0
    other-airport: tp 0 fp 0 fn 0
    other-place: tp 0 fp 1 fn 0
    person: tp 0 fp 1 fn 0
    radius-inside: tp 14 fp 0 fn 1
    radius-outside: tp 0 fp 0 fn 0
    simple-positive: tp 122 fp 0 fn 10
    site-vs-city: tp 0 fp 0 fn 0
    source-or-dateline: tp 0 fp 2 fn 0
    title-or-work: tp 0 fp 0 fn 0

The floors sit 0.03 under first contact and only guard against regressions."""

from __future__ import annotations

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score

LANGUAGES = ("en", "fr", "es", "ar", "pt")
FIRST_CONTACT = {"precision": 0.901, "recall": 0.895}  # tp 145, fp 16, fn 17
PRECISION_FLOOR = 0.871  # first contact less 0.03
RECALL_FLOOR = 0.865  # first contact less 0.03


def test_the_twenty_first_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind21.jsonl", "places_blind21_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_twenty_first_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind21.jsonl", (240, 260), LANGUAGES, shares={"en": 0.6, "fr": 0.15}, alerting=(0.60, 0.67))
