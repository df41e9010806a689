"""The place model against a ninth blind labelled set, over new towns of the regions issue 16 measured and their neighbours.

`places_blind9.jsonl` (252 items: 151 English, 51 French, 18 Arabic, 16 Portuguese, 16 Spanish;
wire copy with datelines, local press) was written for issue 16 from the README's rules alone
("How matching works", "Where watched places are", "The gazetteer", "Which items alert", the config
reference), PRODUCT.md and the issue, by someone who had not read the matcher's code (`bot/`) nor
any other labelled items (only the first three lines of `places_blind8.jsonl`, the first lines of
its watchlists, this file's model `test_places_blind8.py` with `tests/support/blind_sets.py`, and
the docstrings of the earlier place sets' tests, to keep away from their places). It covers 85
locations no earlier set watched, half in the Sahel and West Africa: southern and western Mali and
western Burkina Faso (Ségou, Sikasso, Kayes, Koutiala, Koro, Bobo-Dioulasso, Koudougou, Banfora,
Titao, Diapaga), Niger and Chad (Agadez and its airport, Zinder, Dosso, Arlit, Ayorou, Abéché,
Moundou, Sarh), Nigeria's Middle Belt and north-east and northern Cameroon (Jos, Makurdi, Yola,
Mubi, Zaria, Potiskum, Minna, Garoua, Kousseri, Mokolo, Ngaoundéré), Mauritania and Senegal
(Nouadhibou, Néma, Kiffa, Zouérat, Ziguinchor, Kolda, Tambacounda, Kédougou); half in the issue's
new regions: Somalia, Somaliland, Kenya, northern Ethiopia and Eritrea (Hobyo, Erigavo, Borama,
Luuq, Malindi and its airport, Lokichoggio, Debre Birhan, Kombolcha, Lalibela, Humera, Metema,
Assab), Sudan and South Sudan (Sennar, Atbara, Ed Daein, Kutum, Damazin, Kapoeta, Nasir),
Afghanistan (Qalat, Puli Alam, Spin Boldak, Gereshk, Qala-i-Naw, Sharana, Andkhoy), Libya and
Yemen (Al Marj, Surman, Ras Lanuf, Yefren, Shahat, Dhale, Lawdar, Zabid, Bajil, Yarim, Shaqra),
Cox's Bazar and the Bandarban border (Maheshkhali, Naikhongchhari, the Leda camp given by
`coords:`) and Haiti (Cabaret, Gressier, Lascahobas, Grand-Goâve, Thomazeau, Cornillon), with the
watchlists of `places_blind9_watchlists.yaml`: names typed as an admin would (one spelling, no
aliases), a `radius:` on Ségou (25 km), Zinder (30), Jos (30), Ziguinchor (35), Debre Birhan (40),
Puli Alam (25), Surman (20), Zabid (25) and Gressier (15), one security keyword list (English and
French base forms with a few Spanish, Portuguese and Arabic words, written before any item) and a
drills exclude list. The yaml was written and checked with `check-config` first (changes: "Nasir"
resolved to a Khartoum suburb and got `coords:` in Upper Nile; "Al Dhale" resolved only as a site
and became "Dhale"; Yemen's Shaqra, known to GeoNames only in Saudi Arabia, got `coords:`;
"Liancourt" went to France's and gave way to Cornillon; Bignona, 27 km from Ziguinchor, left the
list to be a town within its radius; the radii on Zinder, Ziguinchor, Debre Birhan and Gressier
were widened from 20, 30, 30 and 12 km so that a town the gazetteer knows lies inside each, and
the one first typed on the Leda camp was dropped, none lying within it; Humera, Ras Lanuf,
Maheshkhali and Naikhongchhari stay unresolved, matched by their typed names), and `python -m bot
places` gave the GeoNames coordinates of the towns named near the radii; then every item and
label was written. Distances inside and outside a radius are from those coordinates and are
stated in each item's `why` (the nearest to an edge: Oussouye 32.0 km of Ziguinchor's 35, Bignona
27.0 and Adéane 27.9 of 35, Debre Sina 31.5 of Debre Birhan's 40, Al Ajaylat 17.8 of Surman's 20,
Mirriah 20.5 of Zinder's 30; Mohammad Agha, Charkh and Carrefour, too near an edge, were left out).
Labels say what an analyst watching these places would want alerted; an attack on a watched
city's airport expects the city, and the press's short form "Bobo" expects Bobo-Dioulasso though
no gazetteer holds it. The labels were committed (735ed70), the matcher was then run once (this
file), and no label or watchlist was changed after.

Categories (items): simple-positive 69, gazetteer-alias 45 (GeoNames' own names, other spellings,
French and Creole names, Arabic-script names, an airport's official name, IATA codes in a flying
context, and three codes outside one: NDB the bank, ZIG the currency, ASA the watchdog),
radius-inside 23, radius-outside 21, source-or-dateline 18, namesake 11 (Koro in Fiji and Côte
d'Ivoire, and Mali's Koro tied to its region; Kayes in Congo, Nema in Russia, Malindi in Zanzibar,
Qalat in Balochistan, Shaqra in Saudi Arabia, Al-Marj in Lebanon, Cornillon in the Gard, Kombolcha
in East Hararghe), keyword-other-sense 11, other-airport 8 (another city's airport, "Gunmen attack
Kandahar airport, Spin Boldak officials say"; and Yola's airport named with Mubi as the source),
organisation 7, site-vs-city 7 (a watched airport against its city, a watched city's airport),
home-only 7, person 6, other-place 5, no-security-word 5, title-or-work 5, drill 4. 151 items
(60%) expect an alert; 154 expected alerts in all.

First contact (`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider tests/test_places_blind9.py`,
the gazetteer built, set 735ed70, code 964e1a7): precision 0.914, recall 0.968, F1 0.940 (tp 149,
fp 14, fn 5). Per category:

    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 38 fp 0 fn 4
    home-only: tp 0 fp 1 fn 0
    keyword-other-sense: tp 0 fp 1 fn 0
    namesake: tp 1 fp 4 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 0 fp 3 fn 0
    other-airport: tp 1 fp 1 fn 0
    other-place: tp 0 fp 1 fn 0
    person: tp 1 fp 1 fn 0
    radius-inside: tp 23 fp 0 fn 0
    radius-outside: tp 0 fp 0 fn 0
    simple-positive: tp 69 fp 0 fn 0
    site-vs-city: tp 10 fp 0 fn 0
    source-or-dateline: tp 6 fp 2 fn 1
    title-or-work: tp 0 fp 0 fn 0

Spent by places12 (issue 16's twelfth round, its items read one by one and general rules written
for their classes, `tests/test_places_round12.py`): precision 0.974, recall 0.974 (tp 150, fp 4,
fn 4); a development set since. The floors sit 0.03 under the last measure and only guard
against regressions.
"""

from __future__ import annotations

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score

LANGUAGES = ("en", "fr", "es", "ar", "pt")
FIRST_CONTACT = {"precision": 0.914, "recall": 0.968}  # tp 149, fp 14, fn 5
PRECISION_FLOOR = 0.944  # 0.974 after places12's round (0.914 at first contact), less 0.03
RECALL_FLOOR = 0.944  # 0.974 after places12's round (0.968 at first contact), less 0.03


def test_the_ninth_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind9.jsonl", "places_blind9_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_ninth_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind9.jsonl", (240, 260), LANGUAGES, shares={"en": 0.59, "fr": 0.2}, alerting=(0.57, 0.62))
