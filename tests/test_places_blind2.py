"""The place model against a second blind labelled set, over regions no other set covers.

`places_blind2.jsonl` (273 items, English and French: wire copy, local press, NGO notices) was
written for issue 16 from the README's rules alone ("How matching works", "Where watched places
are", "The gazetteer", "Which items alert") and PRODUCT.md "Places", by someone who had not read
the matcher's code (`bot/match.py`, `bot/keywords.py`, `bot/falsefriends.py`, `bot/geo/`,
`bot/textnorm.py`) nor any other labelled items. It covers the Horn and East Africa (Mogadishu,
Kismayo, Baidoa, Beledweyne; Nairobi, Mandera, Garissa, Lamu; Addis Ababa, Gondar, Bahir Dar;
Juba, Malakal), Afghanistan (Kabul and its airport, Kandahar, Jalalabad, Herat, Kunduz), Libya
and Yemen (Tripoli and Mitiga airport, Benghazi, Misrata, Sirte; Aden and its airport, Sanaa,
Marib, Hodeidah), the Rohingya camps (Cox's Bazar, Kutupalong, Teknaf, Bhasan Char) and Haiti
(Port-au-Prince and its airport, Cap-Haïtien), with the watchlists of
`places_blind2_watchlists.yaml`: names typed as an admin would (one spelling, few aliases), a
`radius:` on Mogadishu, Kabul, Tripoli, Cox's Bazar and Port-au-Prince, one security keyword list
and a drills exclude list. The yaml was written and checked with `check-config` first (two
fixes: Hodeidah does not resolve, so the location is "Hudaydah" with "Hodeidah" typed as an
alias; Kutupalong and Bhasan Char got `coords:`), then every item and label, and only then was
the matcher run, once. Labels were not changed after seeing its answers.

Categories: simple positives; gazetteer aliases nobody typed (Muqdisho, Mogadiscio, Kaboul,
Djalalabad, Gonder, Djouba, Syrte, Hodeïda, Bengasi... and IATA codes in a flying context, with
codes outside one as negatives); places within a radius (Afgooye, Bagram, Charikar, Tajoura,
Ukhia, Croix-des-Bouquets, Pétion-Ville...) and just outside it (Marka, Ghazni, Zawiya, Chakaria,
Léogâne...); and the false alerts of the issue: namesakes in another country (Tripoli in Lebanon,
Greece and Iowa, Kabul in Israel, Jalalabad in India, Ramu in Kenya, Delmas in South Africa),
keywords in another sense, titles and works, people (Aden Duale, Sanaa Lathan), other places
(Gulf of Aden, Lower Juba, Sirte Basin, streets), organisations, another airport or its code, a
capital for its government, a place that is only a home or a source, datelines; sites against
cities; drills; items with no security word.

First contact (`python -m pytest -q -s tests/test_places_blind2.py`, the gazetteer built): precision
0.783, recall 0.878 (tp 144, fp 40, fn 20; 273 items, 164 expected alerts). No label was changed
after it. The 40 false alerts: 15 a place written only as a source, a dateline or a journey's end
("Kabul officials say", "NAIROBI (Reuters) - ... in Kismayo", "Kabul-bound", "diverted to
Misrata"), 7 titles and works (and a TV character), 5 organisations and streets, 4 namesakes in
another country, 3 French metonymy ("Kaboul accuse Islamabad"), 3 homes, 1 first name, 2 keywords
in another sense. The 20 missed: 11 places within a radius (Tajoura, Janzour, Ukhia, Ramu,
Pétion-Ville, Tabarre, Cité Soleil, Pul-e-Charkhi), 2 airports named by their official names not
reaching their city's radius, 4 gazetteer spellings (Djalalabad, Djouba, Ma'rib, Coxs Bazar), 2
French "aéroport de" with an exonym (Kaboul, Mogadiscio), 1 "Kabul says" whose scene is the city.
The floors sit 0.03 under the latest figures and only guard against regressions.

With the grammar of issue 16 (a dateline with the scene elsewhere, "JUBA, South Sudan (AP) —",
"MOGADISCIO, 12 mars (Reuters) -"; a journey's or a route's end, "Kabul-bound", "bound for ADE",
"diverted to Misrata", "vol Bangui-Douala"; a home, "a Benghazi native", "monks from Mandalay",
"basé à Juba ... au Darfour"; French compound tenses of a capital's government, "Kaboul a
accusé"; a capital that speaks of "the capital" is its scene; works in quotes after a word for
a work or In Title Case; a role after a verb of acting): precision 0.895, recall 0.884 (tp 145,
fp 17, fn 19). Then (a namesake placed inside another place, "Jalalabad in Shahjahanpur
district", "Malakal harbour in Koror, Palau"; a radius namesake the item places elsewhere,
"Delmas in South Africa's Mpumalanga"; streets and institutions named after a place, "Mogadishu
Street", "Nairobi Securities Exchange", "Sanaa Center"; an age in apposition, "Sanaa, 24 ans";
"the airport road"; "Depuis Port-au-Prince, la police annonce"; a source's scene beyond the
watched radius): precision 0.954, recall 0.884 (tp 145, fp 7, fn 19). Then (two-word demonyms,
"sud-soudanaise" is South Sudan's, not Sudan's; the towns within a radius by the skeleton of
their names, "Tajoura" for Tājūrā'/Tajura, "Janzour", "Pétion-Ville"; an airport's official name
within a radius in a headline In Title Case; a name with its apostrophe dropped or kept, "Coxs
Bazar", "Ma'rib"): precision 0.957, recall 0.945 (tp 155, fp 7, fn 9). With the watched airport
named by its city's other name ("l'aéroport de Kaboul"): precision 0.957, recall 0.957 (tp 157,
fp 7, fn 7). The 7 still missed: 6 towns GeoNames' cities500 lacks (Ukhia, Ramu in Bangladesh,
Tabarre, Cité Soleil, Pul-e-Charkhi) and "Djalalabad" (the gazetteer's French name of Jalal-Abad,
Kyrgyzstan).
"""

from __future__ import annotations

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score

FIRST_CONTACT = {"precision": 0.783, "recall": 0.878}  # tp 144, fp 40, fn 20
LATEST = {"precision": 0.957, "recall": 0.957}  # tp 157, fp 7, fn 7
PRECISION_FLOOR = 0.927
RECALL_FLOOR = 0.927


def test_the_second_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind2.jsonl", "places_blind2_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_second_blind_set_is_large_bilingual_and_unique() -> None:
    keeps_its_shape("places_blind2.jsonl", (250, None), ("en", "fr"), alerting=(0.4, 0.6))
