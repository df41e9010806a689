"""The place model against a fourteenth blind labelled set: new towns of issue 16's regions, the Sahel and Latin America.

`places_blind14.jsonl` (268 items: 175 English, 42 French, 33 Spanish, 12 Arabic, 6 Portuguese;
wire copy with datelines, local press) was written for issue 16 from the README's rules alone
("Where watched places are", "Which items alert", the config reference), PRODUCT.md and the
issue, by someone who had not read the matcher's code (`bot/`) nor any other labelled items (only
the first three lines of `places_blind13.jsonl`, the first lines of its watchlists, this file's
model `test_places_blind13.py` with `tests/support/blind_sets.py`, and the docstrings of the
earlier place sets' tests, to keep away from their places). It covers 45 locations no earlier set
watched: Mali (Koulikoro, Dioïla), Burkina Faso (Houndé, Réo), Niger (Magaria, Dakoro), Chad
(Koumra), north-west Nigeria (Birnin Gwari, Shinkafi), Cameroon's North-West (Kumbo), the Central
African Republic (Bambari, Bria), Ituri (Mambasa given by `coords:`); Somalia (Buuhoodle), Kenya
(Nakuru, Witu), Ethiopia (Dembi Dolo, Metu), Sudan and South Sudan (Rabak, Tokar, Kajo Keji),
Afghanistan (Baharak, Achin), Khyber Pakhtunkhwa (Charsadda), Iraq (Hit, Baiji), Syria (Azaz,
Tartus, the al-Hol camp given by `coords:`), Libya (Garabulli given by `coords:`, Al Aziziya),
Yemen (Hadibu on Socotra), Myanmar (Pakokku, Bhamo, Yangon airport), the Chittagong Hill Tracts
(Rangamati), Haiti (Saut-d'Eau given by `coords:`, Anse-à-Galets on La Gonâve) and Latin America
(Tibú and Arauca in Colombia, Uruapan and Celaya in Mexico, Durán and Guayaquil airport in
Ecuador, Altamira in Brazil's Pará), with the watchlists of `places_blind14_watchlists.yaml`:
names typed as an admin would (one spelling, no aliases), a `radius:` on Bambari (90 km), Nakuru
(30), Charsadda (25), Azaz (20), Tartus (20), Garabulli (25), Pakokku (30), Saut-d'Eau (20),
Uruapan (30) and Durán (15), one security keyword list (the model set's, written before any item)
and a drills exclude list. The yaml was written and checked with `check-config` first (changes:
"Mambasa" resolved to Mombasa in Kenya, and "Mambasa, DR Congo" to a site in it, so it got
`coords:` in Ituri; the radii on Garabulli and Saut-d'Eau had nothing to measure from and got
`coords:`; the radius first typed on Koulikoro (25 km) was dropped, the nearest towns the
gazetteer knows being Bamako at 53.0 km and Kati at 57.1; Bambari's was widened from 30 to 90 km
and Pakokku's from 25 to 30 so that a town the gazetteer knows lies inside each; "Durán" resolved
to GeoNames' Eloy Alfaro, "Buuhoodle" to Buhodle, "Azaz" to I'zāz and "Achin" to its district
seat, all the intended towns; Kajo Keji stays unresolved, matched by its typed name), and
`python -m bot places` gave the GeoNames coordinates of the towns named near the radii; then
every item and label was written. Distances inside and outside a radius are from those
coordinates and are stated in each item's `why` (the nearest to an edge: Ippy 81.8 km of
Bambari's 90, Rongai 27.6 of Nakuru's 30, Peshawar 21.7 of Charsadda's 25, Afrin 18.3 of Azaz's
20, Paracho 25.3 of Uruapan's 30, Nyaung-U 22.9 of Pakokku's 30 inside; Mardan 29.0 of
Charsadda's 25, Akhtarin 27.0 of Azaz's 20, Myingyan 35.1 of Pakokku's 30, Croix-des-Bouquets
27.2 and Lascahobas 27.8 of Saut-d'Eau's 20 outside; Elburgon 29.0 of Nakuru's 30, Nowshera 26.8
of Charsadda's 25, Al-Hamidiyah 20.3 and Safita 22.2 of Tartus's 20, Lombardía 29.1 of Uruapan's
30 and Kilis, across the Turkish border 15.2 km from Azaz, were left out). Labels say what an
analyst watching these places would want alerted; an attack on Guayaquil airport (4.5 km from
Durán) or in Guayaquil (5.9 km) expects Durán too, while the airport's code GYE in a flying
context expects the airport alone, as the earlier sets label a code; a site in a watched town (a
training school, a refinery, a port, a mine, a hospital, an airstrip or airport) expects the
town; the Arabic-script names of Garabulli and the al-Hol camp, typed only in Latin script,
expect them as an analyst would.
The labels were committed (717f548), the matcher was then run once (this file), and no label or
watchlist was changed after.

Categories (items): simple-positive 97, gazetteer-alias 34 (unaccented Dioila, Hounde, Reo, Tibu,
Duran, Anse a Galets; other spellings Koulikouro, Buhodle, Dembidolo, Mettu, Kajokeji, Charsada,
Heet, Bayji, A'zaz, Tartous, Aziziya, Hadiboh, Pakkoku; other names Banmaw, Mingaladon and
Rangoon airport, José Joaquín de Olmedo airport, GYE in a flying context; ten Arabic-script
names), radius-outside 24, radius-inside 23, source-or-dateline 14, keyword-other-sense 11,
home-only 9, person 8 (a governor Shinkafi twice, Durán three times, Altamira twice, a pitcher
Celaya), site-vs-city 8, organisation 6 (METU in Ankara, Nakuru City Stars, the Diocese of Kumbo,
Club Celaya, the Charsadda Sugar Mills in Peshawar inside the radius, Pakokku University's
students' union), title-or-work 6, other-airport 6 (another city's airport, Quito's, Mandalay's,
Naypyitaw's, Aden's, Kisumu's, Manta's, with a watched name as the officials' home, a route or an
unaffected airport), namesake 6 (Aziziyah in Mecca and in Iraq's Wasit, a hotel in Kuwait,
Altamira in Tamaulipas twice, Reo on Flores), other-place 6 (Mombasa for Mambasa, Bab al-Aziziya
in Tripoli, Plaza Altamira in Caracas, the Arauca department, Nakuru County, the Koulikoro
region), no-security-word 4, drill 3, common-word 3 (hit as a verb twice, the baiji dolphin). 167
items (62%) expect an alert; 170 expected alerts in all.

First contact (`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider tests/test_places_blind14.py`,
the gazetteer built, set 717f548, code f6bbc95): precision 0.890, recall 0.953, F1 0.920 (tp 162, fp 20, fn 8). Per category:

    common-word: tp 0 fp 1 fn 0
    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 30 fp 0 fn 5
    home-only: tp 0 fp 2 fn 0
    keyword-other-sense: tp 0 fp 2 fn 0
    namesake: tp 0 fp 1 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 1 fp 2 fn 0
    other-airport: tp 0 fp 3 fn 0
    other-place: tp 0 fp 3 fn 0
    person: tp 0 fp 1 fn 0
    radius-inside: tp 21 fp 0 fn 2
    radius-outside: tp 0 fp 1 fn 0
    simple-positive: tp 99 fp 0 fn 0
    site-vs-city: tp 6 fp 0 fn 0
    source-or-dateline: tp 5 fp 3 fn 1
    title-or-work: tp 0 fp 1 fn 0

The floors sit 0.03 under first contact and only guard against regressions.
"""

from __future__ import annotations

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score

LANGUAGES = ("en", "fr", "es", "ar", "pt")
FIRST_CONTACT = {"precision": 0.890, "recall": 0.953}  # tp 162, fp 20, fn 8
PRECISION_FLOOR = 0.860  # first contact less 0.03
RECALL_FLOOR = 0.923  # first contact less 0.03


def test_the_fourteenth_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind14.jsonl", "places_blind14_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_fourteenth_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind14.jsonl", (250, 280), LANGUAGES, shares={"en": 0.6, "fr": 0.15}, alerting=(0.59, 0.65))
