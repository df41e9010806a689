"""The place model against a twenty-second blind labelled set: new towns of West and Central Africa, issue 16's regions, beyond.

`places_blind22.jsonl` (260 items: 160 English, 45 French, 22 Arabic, 18 Spanish, 15 Portuguese;
wire copy with datelines (Reuters, AFP, EFE, Lusa, Xinhua, IRNA), local dailies and radio (Daily
Trust, Le Nouvelliste, Radio Ndeke Luka, Radio Tamazuj, Radio Télé Métropole, Nation, G1, RTP), NGO
and UN situation reports (OCHA flash update, MSF, UNHCR, UNISFA, OIM), a U.S. embassy security
alert and social-media posts) was written for issue 16 from the README's rules alone ("Where watched
places are", "The gazetteer", "Which items alert", the config reference), PRODUCT.md and the issue,
by someone who had not read the matcher's code (`bot/`) nor any other labelled items (only the first
three lines of `places_blind21.jsonl` and its yaml (keyword list and watchlist format), this file's model
`test_places_blind21.py` with `tests/support/blind_sets.py`, and the docstrings of the earlier
blind and round tests, grepped to keep away from the places they watched). Each item was written as
the outlet would run it: a headline and one to three sentences with the officials, numbers, side
places and sources real copy names. It covers 49 locations no earlier place set watched, 20 in the
Sahel, West and Central Africa: Mali (Ogossagou, Talataye), Burkina Faso (Rollo, Madjoari, the
Essakane gold mine given by `coords:`), Niger (Madama, Assamaka, Anzourou), Nigeria (Bogoro, Nguru,
Jibia), Chad (Bahaï), Cameroon (Guider, Kerawa), Benin (Cobly), Togo (Gando), Côte d'Ivoire
(Téhini), Mauritania (Oualata), the Central African Republic (Damara, Batangafo); 24 in the issue's
new regions: Somalia (Qandala, Kurtunwarey), Kenya (Taveta, Turbi), Ethiopia (Adwa, Guba, Debark),
South Sudan (Tonga given by `coords:`, Agok), Afghanistan (Sarobi, Zurmat, Kamdesh, Jalalabad
airport), Libya (Bardia, Susa, Tobruk airport), Yemen (Mayfaa, the Balhaf LNG terminal given by
`coords:`, Arhab), the Rohingya camps (the Thaingkhali camp given by `coords:`, Rajapalong), Haiti
(Martissant, Lachapelle, Dame-Marie); and 5 elsewhere (Suárez in Cauca, Pataz in Peru, Tarmiyah in
Iraq, Mir Ali in North Waziristan given by `coords:`, Bannang Sata in Yala), with the watchlists of
`places_blind22_watchlists.yaml`: names typed as an admin would (one spelling, no aliases), a
`radius:` on Jibia (45 km), Guider (40), Batangafo (90), Taveta (45), Sarobi (45) and Suárez (20),
one security keyword list (the model set's) and a drills exclude list. Most watched towns were
chosen because their names are shared by places elsewhere or by words, people, works and
organisations (Madama near Nablus and Madama Butterfly; Bogoro in Ituri; the Nguru mountains of
Tanzania; Gando in Gran Canaria and its airport; the Damara of Namibia and Damaraland; Guba in
Azerbaijan; the Kingdom of Tonga and the Tonga of Zambia; Bardia in Nepal; Susa in Piedmont, in
Iran and Sousse (سوسة) in Tunisia; Lachapelle in the Somme; Dame-Marie in the Orne; Suárez in Tolima
and Luis Suárez; Rollo the Viking and Rollo Bay; Bahaï and the Baha'i faith; guider the French verb;
Jalal-Abad airport in Kyrgyzstan; the Battle of Adwa; Mir Ali and Agok as people's names); the items
naming those carry the context an analyst would use (a country, a region, a demonym, a neighbouring
town). The yaml was written and checked with `check-config` first (changes: "Surobi" did not
resolve and became "Sarobi" (Kabul province's Sarōbī); "Tonga" resolved to the country and got
`coords:` in Upper Nile; "Mir Ali" resolved to a site in India's Ali and got `coords:`; the radius
first typed on Martissant had nothing to measure from and went to Guider; the radii on Jibia (30 km),
Taveta (20), Sarobi (30) and Batangafo (60) were widened to 45, 45, 45 and 90 so that towns the
gazetteer knows lie inside each; the Balhaf coordinates were corrected before any item was written;
"Debark" resolved to Debark', "Bardia" to Al Bardīyah, "Susa" to Libya's Sūsah, "Mayfaa" to
Mayfa'ah, "Tarmiyah" to Aţ Ţārmīyah, the airports to JAA and TOB (Gamal Abdel Nasser); Ogossagou,
Talataye, Rollo, Madjoari, Madama, Assamaka, Anzourou, Bahaï, Kerawa, Gando, Kurtunwarey, Turbi,
Guba, Agok, Kamdesh, Arhab, Rajapalong, Martissant, Lachapelle, Dame-Marie, Pataz and Bannang Sata
stay unresolved, matched by their typed names), and `python -m bot places` on lines of town names
gave the GeoNames coordinates of the towns near the radii; then every item and label was written.
Distances are from those coordinates and are stated in each item's `why` (inside: Madarounfa 25.1,
Batsari 37.7 and Katsina 42.3 of Jibia's 45; Figuil 19.4 of Guider's 40; Kabo 58.8 and Bouca 88.1 of
Batangafo's 90; Moshi 39.2 and Rombo 39.2 of Taveta's 45; Tagab 31.2 and Mehtar Lam 42.1 of Sarobi's
45; Buenos Aires (Cauca) 8.7 of Suárez's 20; outside: Maradi 47.1 and Zurmi 59.5 of Jibia's 45;
Pitoa 78.1, Mokolo 91.8 and Garoua 92.5 of Guider's 40; Kaga-Bandoro 105.9 and Bossangoa 127.9 of
Batangafo's 90; Wundanyi 74.8 and Voi 96.9 of Taveta's 45; Kabul 54.3 and Jalalabad 65.9 of
Sarobi's 45; Santander de Quilichao 24.3 and Jamundí 38.5 of Suárez's 20). Labels say what an
analyst watching these places would want alerted; a watched airport (Jalalabad, Tobruk) is not
expected for an incident in its city nor at another airport (Kabul, Benina, Jalal-Abad), and its
code (JAA, TOB) expects it in a flying context; a site given by `coords:` (the Essakane mine, the
Balhaf terminal, the Thaingkhali camp) is not expected for an incident in a town beside it
(Gorom-Gorom, Ataq, Bir Ali, Ukhia); an attack on the Nigerian half of the border town Kerawa
expects it; the spellings Tallataye, Madyoari, Anzuru, Gando-Namoni, Walata, Kurtunwaarey, Adoua,
Debarq, Surobi, Zormat, Tainkhali and Tarmiya, and the Arabic-script names of Talataye, Nguru,
Bahaï, Oualata, Qandala, Kurtunwarey, Adwa, Agok, Bardia, Susa, Mayfaa, Balhaf, Arhab, Tarmiyah and
the Jalalabad and Tobruk airports (typed only in Latin script) expect them as an analyst would. The
labels were committed (50aae90), the matcher was then run once (this file), and no label or
watchlist was changed after.

Categories (items): simple-positive 128, namesake 22 (Madama near Nablus; Bogoro in Ituri, three
times; the Nguru mountains; Gando in Telde; the Damara and Damaraland; Guba in Azerbaijan; Tonga the
kingdom, four times, and the Tonga of Zambia; Bardia and Bardiya in Nepal; Susa in Piedmont, Sousse
and Shush; Lachapelle in the Somme; Dame-Marie in the Orne; Suárez in Tolima), gazetteer-alias 18
(the spellings above, Arabic names, JAA and TOB in a flying context), no-security-word 14,
radius-inside 14, radius-outside 13, site-vs-city 6, keyword-other-sense 6 (drought, a locust
attack, an "explosión" of demand, "خط الهجوم" of a football club, fighting inflation and cholera),
person 6 (Rollo the Viking, a Lachapelle, Luis Suárez, a cricketer Mir Ali, a Suárez in Bogotá, a
runner Agok), title-or-work 6 ('Madama Butterfly', an Oualata exhibition, Adwa Victory Day, 'Adwa:
An African Victory', a Kamdesh battle book, an Adwa exhibition in Lisbon), other-airport 6 (Gando
twice, Jalal-Abad twice, Kabul, Benina), organisation 4 (the Baha'i twice, the Arhab tribe,
Essakane SA), source-or-dateline 4, home-only 4, drill 4, other-place 3 (the Essakane festival site
in Mali, Taveta Road in Nairobi, Rollo Bay), common-word 1 (guider). 161 items (62%) expect an
alert; 161 expected alerts in all.

First contact (`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=/tmp/cache-writer-places22 .venv/bin/python -m
pytest -q -s -p no:cacheprovider tests/test_places_blind22.py`, set 50aae90, code 8055d44):
precision 0.889, recall 0.994, F1 0.938 (tp 160, fp 20, fn 1). Per category:

    common-word: tp 0 fp 1 fn 0
    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 18 fp 0 fn 0
    home-only: tp 0 fp 2 fn 0
    keyword-other-sense: tp 0 fp 0 fn 0
    namesake: tp 0 fp 10 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 0 fp 0 fn 0
    other-airport: tp 0 fp 2 fn 0
    other-place: tp 0 fp 0 fn 0
    person: tp 0 fp 1 fn 0
    radius-inside: tp 14 fp 0 fn 0
    radius-outside: tp 0 fp 0 fn 0
    simple-positive: tp 128 fp 1 fn 1
    site-vs-city: tp 0 fp 0 fn 0
    source-or-dateline: tp 0 fp 1 fn 0
    title-or-work: tp 0 fp 2 fn 0

The floors sit 0.03 under first contact and only guard against regressions."""

from __future__ import annotations

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score

LANGUAGES = ("en", "fr", "es", "ar", "pt")
FIRST_CONTACT = {"precision": 0.889, "recall": 0.994}  # tp 160, fp 20, fn 1
PRECISION_FLOOR = 0.859  # first contact less 0.03
RECALL_FLOOR = 0.964  # first contact less 0.03


def test_the_twenty_second_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind22.jsonl", "places_blind22_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_twenty_second_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind22.jsonl", (240, 260), LANGUAGES, shares={"en": 0.6, "fr": 0.15}, alerting=(0.60, 0.67))
