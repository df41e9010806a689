"""The place model against a fourth blind labelled set, over the regions issue 16 measured.

`places_blind4.jsonl` (275 items: 171 English, 74 French, 12 Arabic, 10 Spanish, 8 Portuguese;
wire copy with datelines, local press, headlines in the French press's spellings) was written for
issue 16 from the README's rules alone ("How matching works", "Where watched places are", "The
gazetteer", "Which items alert", the config reference) and PRODUCT.md "Places" and config, by
someone who had not read the matcher's code (`bot/`) nor any other labelled items or tests (only
the first three lines of `places_blind3.jsonl`, the first lines of its watchlists, this file's
model `test_places_blind3.py` and the `evaluate`/`load_cases` helpers, for the format). It covers
the regions the issue says the rules carry over to badly, at places no earlier set used: Somalia
(Mogadishu and its airport, Kismayo, Baidoa), Kenya (Garissa, Mombasa and its airport), Uganda
(Kampala, Gulu, Entebbe airport), Ethiopia (Dire Dawa, Mekelle), Djibouti's airport and Asmara,
Bujumbura and Kigali, Afghanistan (Kabul and its airport, Herat, Jalalabad, Kunduz,
Mazar-i-Sharif), Libya (Tripoli, Mitiga airport, Sirte, Derna, Tobruk, Ghat), Yemen (Sanaa and its
airport, Aden, Mukalla, Saada), the Rohingya camps (Cox's Bazar, Teknaf, Bhasan Char, Sittwe,
Maungdaw, and the Kutupalong camp given by `coords:`) and Haiti (Port-au-Prince, Cap-Haïtien and
its airport, Gonaïves, Les Cayes, Croix-des-Bouquets, Cité Soleil, Jérémie), with the watchlists
of `places_blind4_watchlists.yaml`: names typed as an admin would (one spelling, no aliases), a
`radius:` on Mogadishu (25 km), Mombasa (20), Kampala (20), Mekelle (30), Kigali (15), Kabul (25),
Tripoli (30), Sanaa (20), Port-au-Prince (15) and the Kutupalong camp (8), one security keyword
list (English and French base forms with Portuguese, Spanish and Arabic words) and a drills
exclude list. The yaml was written and checked with `check-config` first (Bhasan Char, Maungdaw
and Cité Soleil stay unresolved, matched by their typed names; nothing else was changed), and
`python -m bot places` gave the GeoNames coordinates of the towns named; then every item and
label was written. Distances inside and outside a radius are from those coordinates and are
stated in each item's `why`; a suburb or camp GeoNames does not know (Likoni, Nyamirambo, Quiha,
Pul-e-Charkhi, Daynile, Balukhali, Ukhia, Cité Soleil) cannot be measured and is labelled as an
analyst wants it, which the `why` says. Labels say what an analyst watching these places would
want alerted; the labels were committed, the matcher was then run once (this file, at the base
code 5cc274a), and no label or watchlist was changed after.

Categories (items), modelled on the issue's breakdown of false alerts in the new regions:
simple-positive 49, gazetteer-alias 42 (exonyms in French, Portuguese and Spanish, Arabic-script
names, other spellings and old names, an airport's official name, IATA codes in a flying context
and codes outside one), radius-inside 30, source-or-dateline 21, radius-outside 16, site-vs-city
15, capital-for-government 14, namesake 14, home-only 12, keyword-other-sense 12, title-or-work 9,
other-airport 9 (another city's airport or code, and another city in between: "Gunmen attack
Dubai airport, Kabul officials say"), person 8, other-place 8, organisation 8, drill 4,
no-security-word 4. 164 items (60%) expect at least one alert; 182 expected alerts in all.

First contact (`python -m pytest -q -s tests/test_places_blind4.py`, the gazetteer built):
precision 0.897, recall 0.863 (tp 157, fp 18, fn 25). Per category:

    capital-for-government: tp 5 fp 0 fn 0
    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 38 fp 0 fn 8
    home-only: tp 4 fp 1 fn 0
    keyword-other-sense: tp 0 fp 3 fn 0
    namesake: tp 2 fp 1 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 1 fp 2 fn 0
    other-airport: tp 2 fp 5 fn 0
    other-place: tp 0 fp 1 fn 1
    person: tp 1 fp 0 fn 0
    radius-inside: tp 24 fp 0 fn 10
    radius-outside: tp 1 fp 0 fn 0
    simple-positive: tp 48 fp 0 fn 1
    site-vs-city: tp 20 fp 1 fn 3
    source-or-dateline: tp 11 fp 3 fn 1
    title-or-work: tp 0 fp 1 fn 1

The floors sit 0.03 under first contact and only guard against regressions.

Later (only the aggregate read, never the items): 0.909 / 0.879 before places6; after it
precision 0.915, recall 0.890 (tp 162, fp 15, fn 20): a city's airport codes, the own name of
several words ("Mazār-e Sharīf"), where flights go.

Spent in places7 (2026-12-06): its items were read and classed, and general rules written for
the classes (`tests/test_places_round7.py`): 0.916 / 0.901 before, precision 0.971, recall 0.923
after (tp 168, fp 5, fn 14). A development set now; its first-contact figures stay above.
"""

from __future__ import annotations

from tests.support.blind_sets import FIVE_LANGUAGES, holds_its_floors, keeps_its_shape, set_score

FIRST_CONTACT = {"precision": 0.897, "recall": 0.863}  # tp 157, fp 18, fn 25
PRECISION_FLOOR = 0.941  # raised from 0.885 after places7 (its figure less 0.03)
RECALL_FLOOR = 0.893  # raised from 0.86 after places7


def test_the_fourth_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind4.jsonl", "places_blind4_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_fourth_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind4.jsonl", (250, 280), FIVE_LANGUAGES, shares={"en": 0.55, "fr": 0.2}, alerting=(0.55, 0.6))
