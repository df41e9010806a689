"""The place model against an eighth blind labelled set, over new towns of the regions issue 16 measured and their neighbours.

`places_blind8.jsonl` (252 items: 179 English, 51 French, 14 Spanish, 7 Arabic, 1 Portuguese;
wire copy with datelines, local press) was written for issue 16 from the README's rules alone
("How matching works", "Where watched places are", "Which items alert") and the issue, by someone
who had not read the matcher's code (`bot/`) nor any other labelled items (only the first three
lines of `places_blind7.jsonl`, the first lines of its watchlists, this file's model
`test_places_blind7.py` with `tests/support/blind_sets.py`, and the docstrings of the earlier
place sets' tests, to keep away from their places). It covers towns no earlier set watched:
northern Benin, Togo and Ghana's border (Kandi, Natitingou, Dapaong, Bawku), the Sahel outside
the capitals and the Mali-Mauritania border (Tougan, Gorom-Gorom, Bandiagara, Niono, Nioro du
Sahel, Bassikounou, Téra, Maradi), Lake Chad (Dikwa, Damasak, Kolofata), Kordofan, Darfur and
South Sudan (Kadugli, Dilling, Zalingei, Yambio, Renk), Tigray, Oromia, Puntland and the
Uganda-Kenya border (Adigrat, Axum, Nekemte, Ambo, Qardho, Moroto, Kitgum), the Kivus and western
Uganda (Walikale, Lubero, Bundibugyo), Cabo Delgado (Mocímboa da Praia, Chiúre), Lebanon and
Palestine (Nabatieh, Baalbek, Sidon, Jenin, Tulkarm, Khan Younis), Kurdistan, Iraq and Syria
(Duhok, Zakho, Karbala, Haditha, Hasakah, Afrin, Suwayda), Afghanistan, Balochistan and South
Waziristan (Aybak, Mehtar Lam, Mastung, Panjgur, Wana), Kashmir (Srinagar, Anantnag,
Muzaffarabad), Myanmar (Monywa, Taunggyi, Hsipaw, Rathedaung), Mindanao and Sulu (Marawi,
Cotabato, Zamboanga, Jolo), Libya and Yemen (Zintan, Al Khums, Nalut, Tarim, Al Hazm), Colombia,
Mexico and Honduras (Cúcuta, Tumaco, Culiacán, Reynosa, Choloma, La Ceiba) and Haiti (Kenscoff,
Verrettes), with the watchlists of `places_blind8_watchlists.yaml`: names typed as an admin
would (one spelling, no aliases), a `radius:` on Maradi (30 km), Nabatieh (15), Jenin (15), Khan
Younis (10), Duhok (30), Srinagar (30), Marawi (40), Cotabato (25), Cúcuta (20) and Reynosa (20),
one security keyword list (English and French base forms with a few Spanish and Arabic words)
and a drills exclude list. The yaml was written and checked with `check-config` first (nothing
changed: every resolved town is in the intended country; Kolofata, Renk, Qardho, Walikale, Hsipaw
and Rathedaung stay unresolved, matched by their typed names), and `python -m bot places` gave
the GeoNames coordinates of the towns named near the radii; then every item and label was
written. Distances inside and outside a radius are from those coordinates and are stated in each
item's `why` (the nearest to an edge: Iligan 25.8 km of Marawi's 40, Madarounfa 22.1 of Maradi's
30, Datu Piang 35.1 of Cotabato's 25, Jezzine 20.4 of Nabatieh's 15, McAllen 14.6
of Reynosa's 20 across the border; Tubas, Pulwama and Río Bravo, too near an edge, were left
out). Labels say what an analyst watching these places would want alerted; an attack on a
watched city's airport expects the city. The labels were committed (cc2ba1b), the matcher
was then run once (this file), and no label or watchlist was changed after.

Categories (items): simple-positive 76, gazetteer-alias 43 (GeoNames' own and former names,
French exonyms, Arabic-script names, IATA codes in a flying context), radius-inside 21,
radius-outside 20, source-or-dateline 18, namesake 11, keyword-other-sense 11, other-airport 8
(another city's airport or code, another city in between: "Gunmen attack Dubai airport, Karbala
officials say"), organisation 7, home-only 6, title-or-work 6, site-vs-city 6 (a watched city's
airport or university), person 5, other-place 5, no-security-word 5, drill 4. 150 items (60%)
expect an alert; 150 expected alerts in all.

First contact (`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider tests/test_places_blind8.py`,
the gazetteer built, set cc2ba1b, code 492ba20): precision 0.847, recall 0.920, F1 0.882 (tp 138,
fp 25, fn 12). Per category:

    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 35 fp 0 fn 8
    home-only: tp 0 fp 2 fn 0
    keyword-other-sense: tp 0 fp 5 fn 0
    namesake: tp 0 fp 0 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 0 fp 3 fn 0
    other-airport: tp 0 fp 2 fn 0
    other-place: tp 0 fp 2 fn 0
    person: tp 0 fp 1 fn 0
    radius-inside: tp 18 fp 0 fn 3
    radius-outside: tp 0 fp 1 fn 0
    simple-positive: tp 75 fp 0 fn 1
    site-vs-city: tp 6 fp 0 fn 0
    source-or-dateline: tp 4 fp 8 fn 0
    title-or-work: tp 0 fp 1 fn 0

The floors sit 0.03 under the last measure and only guard against regressions.

Spent: read item by item by helper places11 (issue 16's eleventh rule round,
`test_places_round11.py`), so no longer blind. After that round: precision 0.974, recall 0.993
(tp 149, fp 4, fn 1). Left alone: a dateline's town whose scene GeoNames does not spell as the
item does ("in Baramulla district"; GeoNames has "Baramula"); "Basilan", which the gazetteer reads
as Isabela City within 50 km of Zamboanga; a baseball club named by a Spanish plural before "de"
("Tomateros de Culiacan"); "a plant that makes Afrin nasal spray"; and "Zenten" (a French spelling
no transliteration rule makes).
"""

from __future__ import annotations

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score

LANGUAGES = ("en", "fr", "es", "ar", "pt")
FIRST_CONTACT = {"precision": 0.847, "recall": 0.920}  # tp 138, fp 25, fn 12
PRECISION_FLOOR = 0.944  # 0.974 after places11's round (0.847 at first contact), less 0.03
RECALL_FLOOR = 0.963  # 0.993 after places11's round (0.920 at first contact), less 0.03


def test_the_eighth_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind8.jsonl", "places_blind8_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_eighth_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind8.jsonl", (240, 260), LANGUAGES, shares={"en": 0.6, "fr": 0.18}, alerting=(0.57, 0.62))
