"""The ninth blind same-incident set: thirty-eight incidents from central Mali to Cap-Haïtien, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are" and the config reference), issue 17,
tests/test_story_blind8.py, the docstrings of tests/test_story_blind3.py to
tests/test_story_blind7.py (to avoid their places and incidents), the functions `measure`,
`summary` and `holds_its_floors` of tests/test_story_blind3.py, and the first lines of the
eighth blind set and its watchlists for the file formats; never bot/story.py, bot/incident.py,
bot/storycheck.py, bot/match.py or other code under bot/, the other labelled sets or other
tests, nor the grouper's output on any part of this set before its labels were final and
committed (9662b9a). The watchlists' keyword list was written before the reports and not fitted
to them. The incidents are invented, modelled on typical events of recent years, at real places
no earlier blind set used. Labels say what an analyst would decide: reports of one incident
(first flash, rewrites by other outlets with other headline words, tolls, claims and the army's
denial, funerals, national mourning, official statements, survivors' accounts, reopenings,
arrests, recaptures, releases of hostages, a curfew imposed because of the attack, statements a
day or two later that share no headline word and carry no listed keyword) are one story; a
protest after an attack (Otukpo's road block the day after the Agatu killings, naming both
towns), another incident in the same city the same day (shells on Sennar's market after drones
on its power station), another attack in another town of the same country the same day (Solenzo
and Tougan), and a new attack on the same town two days later (mortars on Baardheere after the
assault on its base) are stories of their own. The YAML was fixed only before the one scoring
run (coords for the Lac province, which the gazetteer read as Laç in Albania, and for Borno,
Benue, Amhara, Kurram, Basilan, Cabo Delgado and Ituri, checked with `python -m bot
check-config` and `python -m bot match`); no label and no YAML line was changed after it.

What it covers (tests/data/same_story_blind9.jsonl, 133 reports, 38 incidents, July to November
2026): Mali (Léré), Burkina Faso (Solenzo and Tougan the same day), Niger (Ayorou), Chad's Lac
province (Ngouboua), Borno's lake shore (Baga), Cameroon's North (Touboro's kidnapping and the
release ten days later), Nigeria (Agatu's massacre and the Otukpo protest next day; Sabon
Birni's mosque kidnapping and release), Sudan (Sennar twice the same day), Ethiopia's Amhara
(Debre Markos and its prison), Somalia (Dhusamareb's hotel siege; Baardheere twice in two
days), Kenya (Marsabit), Cabo Delgado (Mueda, Nangade), the DRC (Komanda's church in Ituri,
Kalemie's prison break in Tanganyika), Burundi (Cibitoke), Libya (Sabha), Yemen (a drone strike
near Mukalla, strikes on Sanaa airport and its reopening), Iraq (Mosul), Syria (Raqqa),
Afghanistan (Herat), Pakistan (Parachinar in Kurram), India (Sukma), Bangladesh (Cox's Bazar),
Myanmar (Sittwe airport), the Philippines (Isabela City in Basilan), Colombia (Popayán),
Venezuela (El Callao), Ecuador (Machala's prison), Mexico (Uruapan) and Haiti (Cap-Haïtien);
English 68, French 35, Arabic 13, Spanish 9, Portuguese 8 reports. Reports naming only the
country, state, province, district or region when one incident fits (Chad, Cameroon, Benue,
Amhara, Somalia, Cabo Delgado, Ituri, Burundi, Kurram, Basilan) and when two do (Burkina Faso,
Sudan); two incidents in one city the same day; one incident in two or three languages with
other lead words (French and English, Arabic, Portuguese wires on Latin America); a syndicated
AFP copy in two feeds.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 8bf1570, set at 9662b9a): "ninth blind set: 133
reports, 38 incidents, 4 match no watched place; precision 1.000, recall 0.456, F1 0.626,
messages per incident 2.00, hidden 0, late 0". Through the replay (`python -m tests.story_replay
same_story_blind9`, run --once with keywords on): "every report (133, 38 incidents): P 1.000 R
0.472 F1 0.642, 1.97 messages per incident"; "alerted reports (119, 38 incidents): P 1.000 R
0.603 F1 0.752, 1.61 messages per incident". Four reports match no watched place at first
contact; the check before scoring had found the matcher reading an Arabic "إلى سبها بعد" as Sabha
"named for its government", "Baardheere in Gedo region" as "a place of the same name elsewhere"
and "l'État de Benue" as "not the place" (the last two still name their country; the fourth was
not looked for after scoring). So the test allows those four and no more, instead of
`holds_its_floors`'s none. The floors below are 0.03 under the first-contact figures (messages
per incident 0.03 over); no incident was hidden or late at first contact, so any incident hidden
or made late fails the test.
Spent (2026-12-06): helper story12 read this set item by item, classed its split pairs and wrote
general rules from them (issue 17: what came of an incident with no event of its own in its
headline, provinces the gazetteer cannot place, a province's or country's report naming the
town, rescues, arrests "held over" an incident); it no longer measures rules blind.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 1.000,
    "recall": 0.456,
    "f1": 0.626,
    "messages per incident": 2.00,
    "hidden": 0,
    "late": 0,
    "unmatched": 4,
}
# Raised after the session's rounds (2026-12-06: R 0.478, F1 0.647, 1.95), 0.03 under them.
# story12 (2026-12-06, after reading it): R 0.611, F1 0.759, 1.74 messages per incident,
# precision 1.000, none hidden or late; floors 0.03 under.
FLOORS = {"precision": 0.970, "recall": 0.581, "f1": 0.729}
MAX_MESSAGES_PER_INCIDENT = 1.77


def test_ninth_blind_set_from_central_mali_to_cap_haitien() -> None:
    m = measure("same_story_blind9")
    print(summary("ninth blind set", m))
    assert FIRST_CONTACT["hidden"] == FIRST_CONTACT["late"] == 0
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
