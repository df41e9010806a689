"""The tenth blind same-incident set: thirty-seven incidents from Kathua to Manaus, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are" and the config reference), issues 16, 17
and 20, tests/test_story_blind9.py, the docstrings of tests/test_story_blind3.py to
tests/test_story_blind8.py (to avoid their places and incidents), the functions `measure`,
`summary` and `holds_its_floors` of tests/test_story_blind3.py, and the first lines of the ninth
blind set and its watchlists for the file formats; never bot/story.py, bot/incident.py,
bot/storycheck.py, bot/match.py or other code under bot/, the other labelled sets or other
tests, nor the grouper's or the matcher's output on any part of this set before its labels were
final and committed. The watchlists were written first and checked with `python -m bot
check-config` only (every location resolved where meant, so nothing was fixed); their keyword
list was written before the reports and not fitted to them. The incidents are invented,
modelled on typical events of recent years, at real places no earlier blind set used. Labels
say what an analyst would decide: reports of one incident (first flash, rewrites by other
outlets with other headline words, tolls, claims, the army's and a rebel alliance's denials,
funerals and burials, national mourning, official statements and condemnations, visits,
arrests, the release of abducted worshippers, a port and an airport reopening, residents
fleeing, statements a day or two later that share no headline word and carry no listed
keyword) are one story; a protest after an attack (Khuzdar's highway sit-in the day after the
school-bus bombing), another incident in the same city the same day (a minibus bomb in
Mazar-i-Sharif hours after the mosque bombing; a car bomb at Durán's police post hours after a
massacre in a house), another attack in another town of the same country the same day or the
next (Douentza and Bandiagara; Khuzdar and Lakki Marwat; Kosti and Atbara; Bulo Burte and
Balcad), and a new attack on the same town three days later (Titao's market after its army
post) are stories of their own.

What it covers (tests/data/same_story_blind10.jsonl, 150 reports, 37 incidents, August to
November 2026): Mali (Douentza's camp and the Bandiagara buses the same day), Burkina Faso
(Titao twice in three days), Niger (Makalondi), Benin (Karimama's police post), Nigeria (Malam
Fatori's base in Borno; Eruku's church kidnapping in Kwara and the release three days later),
Somalia (Bulo Burte in Hiraan, Balcad the next day), Kenya (Dadaab), Ethiopia's Amhara
(Lalibela), Sudan (Kosti's power station and Atbara's fuel depot the same day), the DRC
(Mambasa in Ituri, Kisangani's airport), the Central African Republic (Bambari), Yemen (Mocha's
port), Iraq (Fallujah in Anbar), Syria (Daraa), Lebanon (Tyre), Libya (Sirte), Pakistan (Khuzdar
in Balochistan and its protest, Lakki Marwat), Afghanistan (Mazar-i-Sharif twice the same day),
India (Kathua), Myanmar (Myitkyina in Kachin), Colombia (Arauca, Tuluá), Mexico (Irapuato in
Guanajuato), Ecuador (Durán twice the same day), Haiti (Saint-Marc) and Brazil (Manaus);
English 75, French 34, Arabic 18, Spanish 15, Portuguese 8 reports. Reports naming only the
country, state, province or region when one incident fits (Myanmar, Kachin, Hiraan, Ituri,
Guanajuato, Burkina Faso, Nampula, Amhara, Balochistan, Niger, Anbar, Kwara, Haiti, White Nile,
Colombia, the Central African Republic, Lebanon, Benin, Kenya) and when two do (Mali, Somalia,
Pakistan, Ecuador, Sudan, Afghanistan); reports naming a neighbouring watched country beside
their own; two incidents in one city the same day; one incident in two or three languages
with other lead words; a syndicated AFP copy in two feeds.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 0d87317, set at 041085c): "tenth blind set: 150
reports, 37 incidents, 5 match no watched place; precision 0.980, recall 0.577, F1 0.726,
messages per incident 1.95, hidden 0, late 0". Through the replay (`python -m tests.story_replay
same_story_blind10`, run --once with keywords on): "every report (150, 37 incidents): P 0.980 R
0.577 F1 0.726, 1.95 messages per incident"; "alerted reports (133, 37 incidents): P 0.980 R
0.726 F1 0.834, 1.49 messages per incident". Which five reports matched no watched place was not
looked at (the set stays blind); the test allows those five and no more, instead of
`holds_its_floors`'s none. The floors below are 0.03 under the first-contact figures (messages
per incident 0.03 over); no incident was hidden or late at first contact, so any incident
hidden or made late fails the test.
Spent: story13 read this set item by item (issue 17, thirteenth round) and wrote rules for its
classes of error, so it no longer measures the rules blind. Its figures after that round
(harness): precision 1.000, recall 0.731, F1 0.845, 1.59 messages per incident; the floors were
raised to those less 0.03.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.980,
    "recall": 0.577,
    "f1": 0.726,
    "messages per incident": 1.95,
    "hidden": 0,
    "late": 0,
    "unmatched": 5,
}
FLOORS = {"precision": 0.970, "recall": 0.701, "f1": 0.815}
MAX_MESSAGES_PER_INCIDENT = 1.62


def test_tenth_blind_set_from_kathua_to_manaus() -> None:
    m = measure("same_story_blind10")
    print(summary("tenth blind set", m))
    assert m["reports"] == 150
    assert m["incidents"] == 37
    assert FIRST_CONTACT["hidden"] == FIRST_CONTACT["late"] == 0
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
