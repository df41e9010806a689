"""The place model against a sixth blind labelled set, over the regions issue 16 measured and their neighbours.

`places_blind6.jsonl` (244 items: 159 English, 63 French, 10 Arabic, 8 Portuguese, 4 Spanish;
wire copy with datelines, local press) was written for issue 16 from the README's rules alone
("How matching works", "Where watched places are", "The gazetteer", "Which items alert", the
config reference) and the issue, by someone who had not read the matcher's code (`bot/`) nor any
other labelled items or tests (only the first three lines of `places_blind5.jsonl`, the first
lines of its watchlists, this file's model `test_places_blind5.py`, and the docstrings of the
earlier place sets' tests, to keep away from their places). It covers places no earlier set
used: the Sahel outside the capitals (Djibo, Kaya, Dori, Ouahigouya, Mopti, Ménaka, Tillabéri,
Diffa), north-west Nigeria (Sokoto and its airport, Gusau, Katsina, Birnin Kebbi), Cameroon and
the Central African Republic (Buea, Kumba, Bouar, Kaga-Bandoro), the Horn (Jowhar, Dhusamareb,
Dessie, Gambela, Wajir, Isiolo, Rumbek, Torit, Aweil), northern Mozambique (Nampula and its
airport, Nacala, Cuamba), Afghanistan (Faizabad, Maimana, Sheberghan, Pul-e-Khumri, Farah,
Zaranj), Balochistan (Gwadar, Turbat, Khuzdar, Chaman), Iraq and Syria (Ramadi, Tikrit, Samarra,
Sulaymaniyah airport, Raqqa, Homs, Qamishli), Libya and Yemen (Ubari, Ghadames, Bani Walid,
Murzuq, Dhamar, Mocha, Zinjibar), Myanmar and the Rohingya camps (Myitkyina, Lashio, Kyaukpyu,
the Jamtoli camp given by `coords:`) and Haiti outside the capital (Petit-Goâve, Ouanaminthe,
Arcahaie, Fort-Liberté), with the watchlists of `places_blind6_watchlists.yaml`: names typed as
an admin would (one spelling, no aliases), a `radius:` on Kaya (35 km), Gusau (20), Buea (15),
Dessie (25), Nampula (70), Pul-e-Khumri (25), Ramadi (50), Homs (15), Dhamar (30) and
Petit-Goâve (15), one security keyword list (English and French base forms with a few
Portuguese, Spanish and Arabic words) and a drills exclude list. The yaml was written and
checked with `check-config` first (changes: "Kufra" resolved only to a namesake in Turkey and
became Ghadames; "Rada'a" did not resolve and "Al Bayda" went to Libya's, so Yemen got Zinjibar;
"Kyaukphyu" did not resolve and became "Kyaukpyu"; the radii on Kaya, Nampula, Ramadi,
Pul-e-Khumri and Dhamar were widened so that a GeoNames town lies within each), and `python -m
bot places` gave the GeoNames coordinates of the towns named; then every item and label was
written. Distances inside and outside a radius are from those coordinates and are stated in each
item's `why`. Labels say what an analyst watching these places would want alerted; the labels
were committed (eb66a3b), the matcher was then run once (this file), and no label or watchlist
was changed after.

Categories (items): simple-positive 65, gazetteer-alias 42 (GeoNames' own names and other
spellings, French and Spanish exonyms, Arabic-script names, airports' official names and IATA
codes in a flying context), radius-inside 17, radius-outside 17, source-or-dateline 16,
keyword-other-sense 13, namesake 11 (Faizabad in India and Tajikistan, Homs/al-Khums in Libya,
Mocha Island in Chile, Katsina-Ala, Torbat-e Jam...), other-airport 9 (another city's airport or
code, another city in between: "Gunmen attack Kabul airport, Faizabad officials say"), person 8,
title-or-work 7, organisation 7, home-only 7, other-place 6, site-vs-city 5 (a watched airport
against its city), capital-for-government 5, no-security-word 5, drill 4. 135 items (55%)
expect an alert; 135 expected alerts in all.

First contact (`python -m pytest -q -s tests/test_places_blind6.py`, the gazetteer built, set eb66a3b):
precision 0.794, recall 0.970, F1 0.873 (tp 131, fp 34, fn 4). Per category:

    capital-for-government: tp 2 fp 2 fn 0
    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 38 fp 3 fn 4
    home-only: tp 0 fp 4 fn 0
    keyword-other-sense: tp 0 fp 7 fn 0
    namesake: tp 0 fp 1 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 0 fp 4 fn 0
    other-airport: tp 0 fp 2 fn 0
    other-place: tp 0 fp 3 fn 0
    person: tp 0 fp 2 fn 0
    radius-inside: tp 17 fp 0 fn 0
    radius-outside: tp 0 fp 1 fn 0
    simple-positive: tp 65 fp 0 fn 0
    site-vs-city: tp 3 fp 2 fn 0
    source-or-dateline: tp 6 fp 3 fn 0
    title-or-work: tp 0 fp 0 fn 0

The floors sit 0.03 under the last measure and only guard against regressions.

Spent: read item by item by helper places9 (issue 16's ninth rule round, `test_places_round9.py`),
so no longer blind. After that round: precision 0.936, recall 0.978 (tp 132, fp 9, fn 3). Left
alone: five alerts of a watched city named inside its watched airport's name ("Sokoto airport",
"aeroporto de Nampula"), which the README matches as the city too and earlier sets label so; two
towns named as their region ("région de Mopti", "Farah province") beside another town of it,
which the language sets label as alerts; "Gambella National Park"; Ouanaminthe as the witnesses'
refuge 17 km from the scene; and three names GeoNames lacks or shares with a village ("Dese",
"Sulaimani", "Raqa").
"""

from __future__ import annotations

from tests.support.blind_sets import FIVE_LANGUAGES, holds_its_floors, keeps_its_shape, set_score

FIRST_CONTACT = {"precision": 0.794, "recall": 0.970}  # tp 131, fp 34, fn 4
PRECISION_FLOOR = 0.906  # 0.936 after places9's round (0.814 before it), less 0.03
RECALL_FLOOR = 0.948  # 0.978 after places9's round (0.970 at first contact), less 0.03


def test_the_sixth_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind6.jsonl", "places_blind6_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_sixth_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind6.jsonl", (230, 260), FIVE_LANGUAGES, shares={"en": 0.55, "fr": 0.2}, alerting=(0.53, 0.58))
