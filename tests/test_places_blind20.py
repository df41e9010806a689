"""The place model against a twentieth blind labelled set: new towns of West and Central Africa, issue 16's regions and beyond.

`places_blind20.jsonl` (258 items: 160 English, 51 French, 19 Spanish, 15 Arabic, 13 Portuguese;
wire copy with datelines (Reuters, AFP, EFE, Lusa), local dailies, NGO situation reports, an embassy
security alert, radio bulletins and a social-media post) was written for issue 16 from the README's
rules alone ("Where watched places are", "The gazetteer", "Which items alert", the config
reference), PRODUCT.md and the issue, by someone who had not read the matcher's code (`bot/`) nor
any other labelled items (only the first three lines of `places_blind19.jsonl` and its yaml's first
watchlist for the keyword list, this file's model `test_places_blind19.py` with
`tests/support/blind_sets.py`, and the docstrings of the earlier blind and round tests, to keep away
from their places). Each item was written as the outlet would run it: a full headline and one to
three sentences with the officials, numbers, side places and sources real copy names. It covers 46
locations no earlier set watched, 20 in the Sahel, West and Central Africa: Mali (Tonka, Sokolo),
Burkina Faso (Thiou, Dablo), Niger (Illéla), Nigeria (Marte, Rann, Uba, Riyom), Chad (Mani, Goré,
Abéché airport, the Farchana camp given by `coords:`), Cameroon (Fundong), Benin (Nikki), Togo
(Mandouri), Côte d'Ivoire (Kong), Mauritania (Amourj), the Central African Republic (Carnot, Abba);
21 in the issue's new regions: Somalia (Wajid, Galdogob), Kenya (Marigat, Wajir airport), Ethiopia
(Motta, Wukro, the Kule camp given by `coords:`), South Sudan (Lankien, Nzara), Afghanistan
(Garmsir, Giro, Almar), Libya (Sousa, Martuba), Yemen (Hayfan), the Rohingya camps (the Shalbagan
camp given by `coords:`, Eidgaon), Haiti (Corail, Thiotte, Camp-Perrin, Terrier-Rouge); and 5
elsewhere (Azzun in the West Bank, Balboa in Colombia's Cauca, Tirah in Khyber, Moreh in Manipur,
Tak Bai in Narathiwat), with the watchlists of `places_blind20_watchlists.yaml`: names typed as an
admin would (one spelling, no aliases), a `radius:` on Riyom (25 km), Marigat (30), Camp-Perrin
(17), Azzun (8), Moreh (25) and Tak Bai (30), one security keyword list (the model set's, written
before any item) and a drills exclude list. Most watched towns were chosen because their names are
shared by places elsewhere (Illela in Sokoto State, Gore in Ethiopia and Southland, the Mani
peninsula and Maní in Yucatán and Casanare, Ubá in Minas Gerais, Abba in Anambra, Carnot-Moon, Tonka
Bay, Motta Sant'Anastasia, Sousse (Arabic سوسة) and Sousa in Paraíba, Balboa in Panama and in
Risaralda, Tirah in Israel), or by people, works, organisations and common words (Uba Sani, UBA,
Starling Marte and Marte for Mars, the Rann of Kutch and the film 'Rann', Nikki Haley, Hong Kong and
'Godzilla x Kong', Sadi Carnot and the Lycée Carnot, ABBA, Tonka toys, Thiago Motta, Wajid Khan,
Marcelo Rebelo de Sousa, the Giro d'Italia and giro, coral and the Corail train, Rocky Balboa,
Balboa Park and the balboa, the Hill of Moreh, Tak province); the items naming those carry the
context an analyst would use (a country, a region, a demonym, a neighbouring town). The yaml was
written and checked with `check-config` first (no change was needed: "Wajid" resolved to GeoNames'
Waajid, "Motta" to Mot'a, "Wukro" to Wik'ro in the Eastern zone, "Almar" to Alaqahdari-ye Almar,
"Martuba" to Martubah, "Hayfan" to Hayfan, the airports to AEH and WJR, all the intended places;
Mani (namesakes only in Burkina Faso, Côte d'Ivoire, Colombia, France and Mexico), Sousa (only in
Brazil and Tunisia), Tirah (only in Israel), Tonka, Thiou, Dablo, Galdogob, Lankien, Nzara, Garmsir,
Giro and Eidgaon stay unresolved, matched by their typed names), and `python -m bot places` on lines
of town names gave the GeoNames coordinates of the towns near the radii; then every item and label
was written. Distances inside and outside a radius are from those coordinates and are stated in each
item's `why` (inside: Vom 10.5, Barkin Ladi 18.1 and Bukuru 20.0 km of Riyom's 25; Kabarnet 27.9 of
Marigat's 30; Chantal 14.6 of Camp-Perrin's 17; Jayyus 4.4, Jinsafut 6.7 and Hajja 7.4 of Azzun's 8;
Tamu in Myanmar 3.5 and Tengnoupal 21.8 of Moreh's 25; Tumpat in Malaysia 14.8, Cho-airong 26.7 and
Sungai Kolok 27.1 of Tak Bai's 30; outside: Bassa 33.4, Jos 35.3 and Mangu 39.6 of Riyom's 25;
Mogotio 54.6 and Eldama Ravine 54.9 of Marigat's 30; Torbeck 19.9, Les Cayes 20.1 and Cavaillon 23.5
of Camp-Perrin's 17; Qalqiliya 8.8, Kafr Qaddum 9.4, Immatin 9.7 and Tulkarm 15.8 of Azzun's 8;
Chandel 31.7 of Moreh's 25; Narathiwat 31.7 of Tak Bai's 30). Labels say what an analyst watching
these places would want alerted; a watched airport (Abéché, Wajir) is not expected for an incident
in its town, nor as a flight's destination or onward leg when another airport (N'Djamena's,
Mandera's airstrip, Garissa's GAS) is attacked; its code (AEH, WJR) expects it in a flying context;
a camp given by `coords:` is not expected for an incident in a town beside it (Adré, Gambella,
Teknaf's Hnila); a road named by a watched town and another (Diabaly–Sokolo, Uba–Mubi,
Carnot–Berbérati, Balboa–Argelia) expects the town; the Arabic-script names of Sokolo, Abéché
airport, Rann, Mani, Amourj, Wajid, Galdogob, Garmsir, Sousa, Martuba, Hayfan, Azzun and Tirah
(typed only in Latin script) and the spellings Illela, Gore (with Chad named), Waajid, Mota, Wikro,
Garmser and "Camp 26" (named beside Shalbagan) expect them as an analyst would. The labels were
committed (067dfd4), the matcher was then run once (this file), and no label or watchlist was
changed after.

Categories (items): simple-positive 128, gazetteer-alias 18 (the spellings and Arabic names above,
AEH and WJR in a flying context), namesake 17 (Illela in Sokoto, twice; Gore in Ethiopia and in
Southland; the Mani peninsula; Maní in Yucatán and in Casanare; Ubá; Abba in Anambra; Carnot-Moon;
Tonka Bay; Motta Sant'Anastasia; Sousse in Arabic; Sousa in Paraíba; Balboa in Panama and in
Risaralda; Tirah in Israel), radius-outside 14, radius-inside 13, no-security-word 12, person 9
(Starling Marte, Uba Sani, Mani Ratnam, Al Gore, Nikki Haley, Sadi Carnot, Wajid Khan, Thiago Motta,
Marcelo Rebelo de Sousa), home-only 6, keyword-other-sense 6 (a heart-attack screening, archery
tirs, an armyworm invasion fought, a football massacre, a cycling attack on the Giro, fighting
drought), organisation 5 (Tonka toys, UBA, the Lycée Carnot, ABBA, the Corail train), common-word 5
(Marte for Mars in Spanish and Portuguese, giro, corail, the balboa), other-place 5 (the Rann of
Kutch, Hong Kong, Balboa Park, the Hill of Moreh, Tak province), site-vs-city 5, drill 4,
source-or-dateline 4, title-or-work 4 ('Rann', 'Godzilla x Kong', 'The Road to Garmsir', 'Rocky
Balboa'), other-airport 3. 159 items (62%) expect an alert; 159 expected alerts in all.

First contact (`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=/tmp/cache-writer-places20 .venv/bin/python -m
pytest -q -s -p no:cacheprovider tests/test_places_blind20.py`, set 067dfd4, code acb688c):
precision 0.878, recall 0.950, F1 0.913 (tp 151, fp 21, fn 8). Per category:

    common-word: tp 0 fp 1 fn 0
    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 15 fp 0 fn 3
    home-only: tp 0 fp 1 fn 0
    keyword-other-sense: tp 0 fp 1 fn 0
    namesake: tp 0 fp 9 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 0 fp 1 fn 0
    other-airport: tp 0 fp 1 fn 0
    other-place: tp 0 fp 2 fn 0
    person: tp 0 fp 1 fn 0
    radius-inside: tp 12 fp 0 fn 1
    radius-outside: tp 0 fp 0 fn 0
    simple-positive: tp 124 fp 0 fn 4
    site-vs-city: tp 0 fp 0 fn 0
    source-or-dateline: tp 0 fp 4 fn 0
    title-or-work: tp 0 fp 0 fn 0

The floors sit 0.03 under first contact and only guard against regressions."""

from __future__ import annotations

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score

LANGUAGES = ("en", "fr", "es", "ar", "pt")
FIRST_CONTACT = {"precision": 0.878, "recall": 0.950}  # tp 151, fp 21, fn 8
PRECISION_FLOOR = 0.848  # first contact less 0.03
RECALL_FLOOR = 0.920  # first contact less 0.03


def test_the_twentieth_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind20.jsonl", "places_blind20_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_twentieth_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind20.jsonl", (240, 260), LANGUAGES, shares={"en": 0.6, "fr": 0.15}, alerting=(0.60, 0.67))
