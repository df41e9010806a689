"""The place model against a sixteenth blind labelled set: new towns of issue 16's regions, the Sahel and Latin America.

`places_blind16.jsonl` (243 items: 153 English, 43 French, 27 Spanish, 15 Arabic, 5 Portuguese;
wire copy with datelines, local press) was written for issue 16 from the README's rules alone
("How matching works", "Where watched places are", "Which items alert", the config reference),
PRODUCT.md and the issue, by someone who had not read the matcher's code (`bot/`) nor any other
labelled items (only the first lines of `places_blind15.jsonl` and its watchlists, this file's
model `test_places_blind15.py` with `tests/support/blind_sets.py`, and the docstrings of the
earlier place sets' tests, to keep away from their places). Each item was written as the outlet
would run it: a full headline and one to three sentences with the officials, numbers, side places
and sources real copy names. It covers 47 locations no earlier set watched: Mali (Diré, Kadiolo),
Burkina Faso (Orodara), Niger (Banibangou), Chad (Adré), Nigeria (Lokoja, Kajuru), Cameroon's
North-West (Wum), the Central African Republic (Bangassou, Ndélé), the Kivus and Tshopo (Minova
given by `coords:`, Kisangani airport); Somalia (Jilib, Guriel), Kenya (Naivasha, Baragoi),
Ethiopia's Amhara (Finote Selam, Dangila), Uganda (Kotido, the Bidibidi settlement given by
`coords:`), Sudan and South Sudan (Kabkabiya, Rufaa, Tambura), Afghanistan and Pakistan (Torkham,
Imam Sahib, Mir Ali, Jamrud), Iraq (Hawija, Najaf airport), Syria (Jableh, Abu Kamal), Libya
(Kikla, the Ras Jdir crossing given by `coords:`), Yemen (Khamir, Harib), Myanmar (Laukkai, Hpa-an,
Thandwe), the Chittagong Hill Tracts (Ruma given by `coords:`), Haiti (Marigot, Fonds-Verrettes)
and Latin America (Tuluá and Quibdó in Colombia, Chilpancingo and Salamanca in Mexico, Esmeraldas
in Ecuador, Tumeremo in Venezuela), with the watchlists of `places_blind16_watchlists.yaml`: names
typed as an admin would (one spelling, no aliases), a `radius:` on Lokoja (30 km), Minova (25),
Naivasha (40), Jamrud (20), Jableh (20), Tuluá (30) and Chilpancingo (40), one security keyword
list (the model set's, written before any item) and a drills exclude list. The yaml was written and
checked with `check-config` first (changes: Minova, unresolved, had nothing to measure its radius
from and got `coords:` on Lake Kivu; Ruma, known to GeoNames only in Nigeria, Serbia and Saudi
Arabia, got `coords:` in Bandarban; Naivasha's radius was widened from 30 to 40 km once `places`
showed only Njabini inside 30; "Jableh" resolved to GeoNames' Jablah, "Abu Kamal" to Ālbū Kamāl,
"Kikla" to Kiklah, "Imam Sahib" to Imām Şāḩib, the two airports to FKI Bangoka and NJF, all the
intended places; Banibangou, Guriel, Kabkabiya, Rufaa, Torkham, Mir Ali, Hawija and Thandwe stay
unresolved, matched by their typed names), and `python -m bot places` gave the GeoNames
coordinates of the towns named near the radii; then every item and label was written. Distances
inside and outside a radius are from those coordinates and are stated in each item's `why` (the
nearest to an edge: Ajaokuta 28.0 km of Lokoja's 30, Goma 23.2 of Minova's 25, Maai Mahiu 35.5 of
Naivasha's 40, Peshawar 18.3 of Jamrud's 20, Baniyas 19.9 of Jableh's 20, Trujillo (Valle) 19.8 of
Tuluá's 30, Chilapa 35.0 of Chilpancingo's 40 inside; Koton Karfe 32.7 of Lokoja's 30, Landi Kotal
24.6 of Jamrud's 20, Latakia 22.8 of Jableh's 20, Roldanillo 37.3 and Zarzal 37.8 of Tuluá's 30
outside; Buga, which `places` turned away, and Yotoco 31.8 of Tuluá's 30 were left out). Labels
say what an analyst watching these places would want alerted; a site in a watched town (a castle
resort, a refinery, a market) expects the town; the city of a watched airport (Kisangani, Najaf)
does not expect the airport; the Arabic-script names of Adré, Jilib, Kabkabiya, Rufaa, Mir Ali,
Hawija, Jableh, Abu Kamal, Kikla, the Ras Jdir crossing, Khamir, Harib and Najaf airport, typed
only in Latin script, expect them as an analyst would, and so do the spellings Guri'el, Laukkaing,
Hpa An and Bidi Bidi. The labels were committed (93c6c88, summaries of 28 short items lengthened
in 24c382f with no label changed, both before any scoring run), the matcher was then run once
(this file), and no label or watchlist was changed after.

Categories (items): simple-positive 120, no-security-word 24, gazetteer-alias 18 (unaccented
Dire, Adre, Ndele, Tulua, Quibdo; other spellings Guri'el, Laukkaing, Hpa An, Bidi Bidi, Jablah,
Albu Kamal, Kiklah, Imām Şāḩib, Fonds Verrettes; Arabic البوكمال and ككلة; FKI and NJF in a flying
context), radius-inside 15, radius-outside 15, namesake 10 (Trujillo in Peru, Salamanca in Spain
and Chile, Esmeraldas in Minas Gerais, Marigot in Saint-Martin and Dominica, Ruma in Serbia and
Katsina), person 9 (Abdi Jilib, Rufaa Ali, Mir Ali twice, Abu Kamal al-Iraqi, Harib al-Abbadi, a
runner named Finote Selam, an imam sahib, a singer nicknamed El Tumeremo), source-or-dateline 6,
other-place 4, title-or-work 4 (the Bishop of Bangassou, the Sultan of Ndélé, the Emir of Kajuru,
a novel 'Wum'), common-word 3 (dire, tambura, خمر for wine), organisation 3 (AS Orodara, Minova
the mining-chemicals firm, the University of Salamanca), site-vs-city 3, other-airport 3 (Basra's
airport for Najaf-bound pilgrims, Bunia's for Kisangani-bound passengers, the Korean FKI),
home-only 2, drill 2, keyword-other-sense 2. 154 items (63%) expect an alert; 154 expected alerts
in all.

First contact (`AGGREGATES_ONLY=1 python -m pytest -q -s -p no:cacheprovider tests/test_places_blind16.py`,
the gazetteer built, set 24c382f, code 4d61ae4): precision 0.891, recall 0.851, F1 0.871 (tp 131, fp 16, fn 23). Per category:

    common-word: tp 0 fp 1 fn 0
    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 11 fp 0 fn 7
    home-only: tp 0 fp 0 fn 0
    keyword-other-sense: tp 0 fp 1 fn 0
    namesake: tp 0 fp 2 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 0 fp 1 fn 0
    other-airport: tp 0 fp 0 fn 0
    other-place: tp 0 fp 0 fn 0
    person: tp 0 fp 4 fn 0
    radius-inside: tp 12 fp 0 fn 3
    radius-outside: tp 0 fp 1 fn 0
    simple-positive: tp 107 fp 0 fn 13
    site-vs-city: tp 1 fp 0 fn 0
    source-or-dateline: tp 0 fp 4 fn 0
    title-or-work: tp 0 fp 2 fn 0

The floors sit 0.03 under first contact and only guard against regressions.
"""

from __future__ import annotations

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score

LANGUAGES = ("en", "fr", "es", "ar", "pt")
FIRST_CONTACT = {"precision": 0.891, "recall": 0.851}  # tp 131, fp 16, fn 23
PRECISION_FLOOR = 0.861  # first contact less 0.03
RECALL_FLOOR = 0.821  # first contact less 0.03


def test_the_sixteenth_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind16.jsonl", "places_blind16_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_sixteenth_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind16.jsonl", (230, 260), LANGUAGES, shares={"en": 0.6, "fr": 0.15}, alerting=(0.60, 0.67))
