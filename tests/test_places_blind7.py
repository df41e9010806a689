"""The place model against a seventh blind labelled set, over the regions issue 16 measured and their neighbours.

`places_blind7.jsonl` (257 items: 173 English, 68 French, 9 Portuguese, 7 Arabic; wire copy with
datelines, local press) was written for issue 16 from the README's rules alone ("How matching
works", "Where watched places are", "The gazetteer", "Which items alert", the config reference)
and the issue, by someone who had not read the matcher's code (`bot/`) nor any other labelled
items or tests (only the first three lines of `places_blind6.jsonl`, the first lines of its
watchlists, this file's model `test_places_blind6.py` with `tests/support/blind_sets.py`, and the
docstrings of the earlier place sets' tests, to keep away from their places). It covers places no
earlier set watched: the Sahel outside the capitals (Fada N'Gourma, Arbinda, Dédougou, Gao,
Timbuktu, Douentza, Tahoua, Ouallam), Lake Chad (Monguno, Bama, Gwoza, Mora, Bol, Bosso), the Horn
(Burao, Las Anod, Dolow, Adama, Shashamane, Woldia, Arua), Sudan (El Fasher, El Obeid and its
airport, Wad Madani, El Geneina), the Great Lakes (Rutshuru, Masisi, Kamanyola, Kasese, Gisenyi,
Musanze), Cabo Delgado (Pemba and its airport, Macomia, Montepuez, Mueda), Afghanistan and
Khyber Pakhtunkhwa and Balochistan (Taloqan, Tarinkot, Chaghcharan, Maidan Shahr, Miranshah,
Zhob, Kohat, Mingora), Libya (Zuwara, Sabratha, Tarhuna, Brega, Al Bayda), Yemen (Lahij, Amran,
Al Ghaydah, Seiyun), Iraq and Syria (Fallujah, Baqubah, Tal Afar, Sinjar, Hama, Daraa, Manbij,
Palmyra, Latakia), Rakhine and the camps (the Balukhali camp given by `coords:`, Mrauk U,
Kyauktaw) and Haiti outside the capital (Miragoâne, Petite-Rivière-de-l'Artibonite, Dessalines,
Limbé, Gros-Morne, Saint-Louis-du-Nord), with the watchlists of `places_blind7_watchlists.yaml`:
names typed as an admin would (one spelling, no aliases), a `radius:` on Adama (30 km), Maidan
Shahr (30), Kohat (30), Zuwara (40), Fallujah (40), Hama (25) and Miragoâne (30), one security
keyword list (English and French base forms with a few Portuguese and Arabic words) and a drills
exclude list. The yaml was written and checked with `check-config` first (changes: "Limbe" went
to Cameroon's and became "Limbe, Haiti"; the radii first typed on Fada N'Gourma, Gao, El Fasher,
Rutshuru, Pemba and the camp were dropped, the gazetteer knowing no town within them, and
Miragoâne's widened from 20 to 30 km; Dolow, Masisi, Kamanyola, Brega, Seiyun and
Petite-Rivière-de-l'Artibonite stay unresolved, matched by their typed names), and `python -m bot
places` gave the GeoNames coordinates of the towns named; then every item and label was written.
Distances inside and outside a radius are from those coordinates and are stated in each item's
`why` (the nearest to a radius's edge: Rastan 22.7 km of Hama's 25, Anse-à-Veau 27.5 of
Miragoâne's 30, Abu Ghraib 37 of Fallujah's 40, about 30 by road). Labels say what an analyst
watching these places would want alerted; an attack on a watched airport expects its city too.
The labels were committed (26de5a7), the matcher was then run once (this file), and no label or
watchlist was changed after.

Categories (items): simple-positive 75, gazetteer-alias 47 (GeoNames' own names and former names,
press spellings, French exonyms, Arabic-script names, IATA codes in a flying context),
radius-inside 19, radius-outside 19, source-or-dateline 18, namesake 12 (Bol in Croatia, Mora in
Sweden, Spain and Minnesota, Pemba Island and Pemba in Zambia, Palmyra NJ, Bama county, Yemen's Al
Bayda, Cameroon's Limbe, Gros Morne park, Senegal's Saint-Louis), keyword-other-sense 11,
other-airport 8 (another city's airport or code, another city in between: "Gunmen attack
Mogadishu airport, Burao officials say"), person 8, organisation 7, home-only 7, title-or-work 6,
site-vs-city 6 (a watched airport against its city), other-place 5, no-security-word 5, drill 4.
155 items (60%) expect an alert; 160 expected alerts in all.

First contact (`python -m pytest -q -s -p no:cacheprovider tests/test_places_blind7.py`, the gazetteer
built, set 26de5a7): precision 0.849, recall 0.950, F1 0.897 (tp 152, fp 27, fn 8). Per category:

    drill: tp 0 fp 0 fn 0
    gazetteer-alias: tp 42 fp 0 fn 6
    home-only: tp 0 fp 0 fn 0
    keyword-other-sense: tp 0 fp 4 fn 0
    namesake: tp 0 fp 2 fn 0
    no-security-word: tp 0 fp 0 fn 0
    organisation: tp 0 fp 3 fn 0
    other-airport: tp 0 fp 3 fn 0
    other-place: tp 0 fp 4 fn 0
    person: tp 0 fp 2 fn 0
    radius-inside: tp 19 fp 0 fn 0
    radius-outside: tp 0 fp 0 fn 0
    simple-positive: tp 75 fp 0 fn 0
    site-vs-city: tp 9 fp 1 fn 1
    source-or-dateline: tp 7 fp 7 fn 1
    title-or-work: tp 0 fp 1 fn 0

The floors sit 0.03 under the last measure and only guard against regressions.

Spent: read item by item by helper places10 (issue 16's tenth rule round, `test_places_round10.py`),
so no longer blind. After that round: precision 0.928, recall 0.969 (tp 155, fp 12, fn 5). Left
alone: three towns named as their region ("Région de Tahoua", "Gao region", "Amran governorate's
Harf Sufyan"), labelled both ways by the sets; Lahij's governor attacked in Aden, 28 km away (a
scene that near may be the place's own); Dolow and Seiyun, which the gazetteer does not resolve,
so no distance tells their scene from theirs ("Dolow officials say", "Seiyun flights delayed");
the Manbij Military Council's fighters near the Tishreen Dam; "Bama county, Guangxi" (GeoNames
knows the region only as "Guangxi Zhuangzu Zizhiqu"); "Gros Morne National Park" (no park rule);
a tobacco review's "smoky bomb"; airport workers of two cities; "El Obeid city centre shelled,
airport spared" (the airport's words apart); and names the gazetteer holds for a better-known
place or not at all ("Beida", "Rubavu", "Firozkoh"), an airport code's city (EBD, POL).
"""

from __future__ import annotations

from tests.support.blind_sets import holds_its_floors, keeps_its_shape, set_score

LANGUAGES = ("en", "fr", "pt", "ar")
FIRST_CONTACT = {"precision": 0.849, "recall": 0.950}  # tp 152, fp 27, fn 8
PRECISION_FLOOR = 0.898  # 0.928 after places10's round (0.849 at first contact), less 0.03
RECALL_FLOOR = 0.939  # 0.969 after places10's round (0.950 at first contact), less 0.03


def test_the_seventh_blind_place_set_holds_its_floors() -> None:
    holds_its_floors(set_score("places_blind7.jsonl", "places_blind7_watchlists.yaml"), PRECISION_FLOOR, RECALL_FLOOR)


def test_the_seventh_blind_set_is_large_mostly_english_and_french_and_unique() -> None:
    keeps_its_shape("places_blind7.jsonl", (240, 260), LANGUAGES, shares={"en": 0.55, "fr": 0.2}, alerting=(0.58, 0.63))
