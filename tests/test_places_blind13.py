"""The place model against a thirteenth blind labelled set, over new towns of the regions issue 16 measured and the Sahel.

`places_blind13.jsonl` (268 items: 178 English, 57 French, 15 Arabic, 11 Spanish, 7 Portuguese;
wire copy with datelines, local press) was written for issue 16 from the README's rules alone
("How matching works", "Where watched places are", "Which items alert", the config reference),
PRODUCT.md and the issue, by someone who had not read the matcher's code (`bot/`) nor any other
labelled items (only the first three lines of `places_blind12.jsonl`, the first lines of its
watchlists, this file's model `test_places_blind12.py` with `tests/support/blind_sets.py`, and the
docstrings of the earlier place sets' tests, to keep away from their places). It covers 49
locations no earlier set watched: Mali (Sévaré given by `coords:`, Diafarabé, Tominian), Burkina
Faso (Kombissiri, Boromo, Gourcy, Léo), Niger (Mayahi, Guidan Roumdji, Kollo), Chad (Moussoro,
Pala), Zamfara (Kaura Namoda, Anka), Mauritania (Akjoujt); Somalia (Afgooye, Beled Hawo), Kenya
(Kitale, Bura, Garsen), Ethiopia (Gimbi, Fiche, Kebri Dehar), Sudan (Omdurman, Sinja, Abyei, the
Zamzam camp given by `coords:`), Afghanistan (Nad Ali, Bala Murghab, Chahar Dara, Ghorian),
Khyber Pakhtunkhwa and Balochistan (Lakki Marwat, Hangu, Loralai, Chitral), Libya (Janzour,
Tajoura, Awjila), Yemen (Bayt al Faqih, Al Turbah, Habban), Myanmar (Loikaw, Myawaddy, Hakha,
Mandalay and its airport) and Haiti (Pignon, Maïssade, Tabarre given by `coords:`), with the
watchlists of `places_blind13_watchlists.yaml`: names typed as an admin would (one spelling, no
aliases), a `radius:` on Sévaré (15 km), Kollo (25), Afgooye (30), Kitale (30), Omdurman (20),
Hangu (40), Mandalay (25) and Tabarre (8), one security keyword list (the model set's, written
before any item) and a drills exclude list. The yaml was written and checked with `check-config`
first (changes: the radii on Sévaré and Tabarre had nothing to measure from and got `coords:`;
Afgooye's radius was widened from 25 to 30 km and Hangu's from 25 to 40 so that a town the
gazetteer knows lies inside each; "Sinja" resolved to GeoNames' Singa and "Lakki Marwat" to
Lakki, both the intended towns; Diafarabé, Kebri Dehar, Chahar Dara, Awjila and Al Turbah stay
unresolved, matched by their typed names), and `python -m bot places` gave the GeoNames
coordinates of the towns named near the radii; then every item and label was written. Distances
inside and outside a radius are from those coordinates and are stated in each item's `why` (the
nearest to an edge: Say 22.4 km of Kollo's 25, Mogadishu 27.4 of Afgooye's 30, Kapenguria 26.8 of
Kitale's 30, Kohat 36.5 of Hangu's 40 inside; Niamey 34.4 of Kollo's 25, Turbo 43.2 of Kitale's
30, Karak 46.1 of Hangu's 40, Carrefour 14.7 of Tabarre's 8 outside; Port-au-Prince, 8.3 km from
Tabarre's coords, and Madaya, 27.0 of Mandalay's 25, too near an edge, were left out). Labels say
what an analyst watching these places would want alerted; an attack on a watched airport expects
its city too, a blast in the city with its airport named as unaffected the city alone, and a site
in a watched town (an airstrip, a detention centre, a palace, an air base, a district hospital)
the town.
The labels were committed (b625a1b), the matcher was then run once (this file), and no label or
watchlist was changed after.

Categories (items): simple-positive 101, gazetteer-alias 30 (unaccented Sevare, Diafarabe, Leo,
Maissade; other transliterations Kombisiri, Guidan-Roumdji, Kaura-Namoda, Afgoye, Afgoi,
Beledhawo, Fitche, Kabridahar, Beit al-Faqih, Turbah, Nad-e Ali, Bala Morghab, Chardara, Ghoryan,
Haka, Aujila; GeoNames' own Singa and Mayisad; eight Arabic-script names), radius-outside 21,
radius-inside 20, source-or-dateline 14, keyword-other-sense 14, home-only 10, namesake 9 (Pala in
Kerala twice and in California, Hangu in Tianjin twice, Tadjoura in Djibouti twice, Sinja in
Nepal, Turabah in Saudi Arabia), person 9 (Pope Leo, a boy Léo, a businessman Leo, Paul Anka,
René Kollo, a lawyer Pignon, a footballer Pala, a politician Moussoro, a senator Anka),
title-or-work 8, site-vs-city 8, organisation 6 (Al-Hilal Omdurman, the Chitral Scouts, Myawaddy
TV, the Zamzam Foundation, Turkish Anka drones, the Pala Band), other-airport 6, no-security-word
4, other-place 3 (Kaura LGA in Kaduna, Mandalay Bay in Las Vegas, the Zamzam well in Mecca),
drill 3, common-word 2 (a French « fiche S », a gable's « pignon »). 162 items (60%) expect an
alert; 163 expected alerts in all.

First contact (`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider tests/test_places_blind13.py`,
the gazetteer built, set b625a1b, code a779c73): precision 0.927, recall 0.939, F1 0.933 (tp 153, fp 12, fn 10). Per category:

    common-word: tp 0 fp 0 fn 0
    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 24 fp 0 fn 6
    home-only: tp 0 fp 2 fn 0
    keyword-other-sense: tp 0 fp 2 fn 0
    namesake: tp 0 fp 3 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 0 fp 1 fn 0
    other-airport: tp 0 fp 0 fn 0
    other-place: tp 0 fp 0 fn 0
    person: tp 0 fp 3 fn 0
    radius-inside: tp 20 fp 0 fn 0
    radius-outside: tp 0 fp 0 fn 0
    simple-positive: tp 99 fp 0 fn 3
    site-vs-city: tp 7 fp 1 fn 1
    source-or-dateline: tp 3 fp 0 fn 0
    title-or-work: tp 0 fp 0 fn 0

The floors sit 0.03 under first contact and only guard against regressions.
"""

from __future__ import annotations

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score

LANGUAGES = ("en", "fr", "es", "ar", "pt")
FIRST_CONTACT = {"precision": 0.927, "recall": 0.939}  # tp 153, fp 12, fn 10
PRECISION_FLOOR = 0.897  # first contact less 0.03
RECALL_FLOOR = 0.909  # first contact less 0.03


def test_the_thirteenth_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind13.jsonl", "places_blind13_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_thirteenth_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind13.jsonl", (250, 280), LANGUAGES, shares={"en": 0.6, "fr": 0.18}, alerting=(0.58, 0.64))
