"""The place model against a third blind labelled set, over regions no other set was tuned on.

`places_blind3.jsonl` (295 items: 137 English, 60 French, 33 Portuguese, 33 Spanish, 32 Arabic;
wire copy, local press and datelines) was written for issue 16 from the README's rules alone ("How
matching works", "Where watched places are", "The gazetteer", "Which items alert", the config
reference) and PRODUCT.md "Places" and config, by someone who had not read the matcher's code
(`bot/match.py`, `bot/keywords.py`, `bot/falsefriends.py`, `bot/geo/`, `bot/textnorm.py`,
`bot/language.py`, `bot/arabic.py`, `bot/vocabulary.py`) nor any other labelled items (only the
first lines of `places_blind2.jsonl` and its watchlists, for the format). It covers Nigeria
(Abuja, Kaduna, Maiduguri, Lagos and a displacement camp at Maiduguri given by `coords:`), eastern
DR Congo (Goma, Bukavu, Beni, Bunia) and Bangui, Cameroon (Maroua, Bamenda), Pakistan (Peshawar,
Quetta, Karachi and its airport), Iraq (Baghdad and its airport, Erbil, Mosul), Syria (Aleppo,
Damascus), Lebanon (Beirut and its airport, and Lebanon's Tripoli, so that Libya's is the
namesake), Guinea-Bissau (Bissau), and Caracas, Lima, Tegucigalpa and San Pedro Sula, with the
watchlists of `places_blind3_watchlists.yaml`: names typed as an admin would (one spelling, no
aliases), a `radius:` on Abuja (30 km), Goma (25), Peshawar (25), Baghdad (25), Beirut (10) and
Caracas (20), one security keyword list (English and French base forms with Portuguese, Spanish
and Arabic words) and a drills exclude list. The yaml was written and checked with `check-config`
first (one fix: Bangui, typed in the DR Congo watchlist, did not resolve there and got its own
watchlist), then every item and label; distances inside and outside a radius are from GeoNames
coordinates and are stated in each item's `why`. Labels say what an analyst watching these places
would want alerted; the matcher was then run once, and no label or watchlist was changed after.

Categories (items): simple-positive 47, gazetteer-alias 44 (exonyms in French, Portuguese and
Spanish, Arabic-script names, other spellings, IATA codes in a flying context, and codes outside
one), radius-inside 31, source-or-dateline 21, namesake 20, keyword-other-sense 18, site-vs-city
16, longer-place-name 13, capital-for-government 13, radius-outside 11, home-only 11, organisation
10, other-airport 10, title-or-work 8, person 8, drill 7, no-security-word 7. 168 items (57%)
expect at least one alert; 177 expected alerts in all.

First contact (`python -m pytest -q -s tests/test_places_blind3.py`, the gazetteer built):
precision 0.752, recall 0.859 (tp 152, fp 50, fn 25). Per category:

    capital-for-government: tp 2 fp 2 fn 2
    drill: tp 1 fp 0 fn 0
    gazetteer-alias: tp 36 fp 0 fn 6
    home-only: tp 3 fp 5 fn 0
    keyword-other-sense: tp 0 fp 6 fn 0
    longer-place-name: tp 2 fp 8 fn 0
    namesake: tp 7 fp 8 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 2 fp 2 fn 0
    other-airport: tp 7 fp 1 fn 0
    person: tp 1 fp 1 fn 0
    radius-inside: tp 21 fp 0 fn 10
    radius-outside: tp 0 fp 0 fn 0
    simple-positive: tp 47 fp 0 fn 0
    site-vs-city: tp 16 fp 0 fn 7
    source-or-dateline: tp 7 fp 10 fn 0
    title-or-work: tp 0 fp 7 fn 0

The floors sit 0.03 under first contact and only guard against regressions.

Since then this set's items and per-item output were read (issue 16, places6): it is a
development set now. Measured after that round: precision 0.914, recall 0.904 (tp 160, fp 15,
fn 17); 0.890 / 0.870 before it. Its false alerts and misses were classed and only general rules
kept (airport codes for a city, one sense per item, a mission's country, "the capital" as a
scene, the served city's Arabic name after مطار, titles after a word for a work in Portuguese,
Spanish and Arabic, where flights go).
"""

from __future__ import annotations

from tests.support.blind_sets import FIVE_LANGUAGES, holds_its_floors, keeps_its_shape, set_score

FIRST_CONTACT = {"precision": 0.752, "recall": 0.859}  # tp 152, fp 50, fn 25
PRECISION_FLOOR = 0.88  # raised from 0.722 (first contact less 0.03) after places6
RECALL_FLOOR = 0.87  # raised from 0.829


def test_the_third_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind3.jsonl", "places_blind3_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_third_blind_set_is_large_five_languages_and_unique() -> None:
    shares = {"pt": 0.09, "es": 0.09, "ar": 0.09}
    keeps_its_shape("places_blind3.jsonl", (250, 300), FIVE_LANGUAGES, shares=shares, alerting=(0.5, 0.65))
