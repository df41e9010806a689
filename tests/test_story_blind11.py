"""The eleventh blind same-incident set: forty incidents from Tessit to Araçatuba, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are"), docs/PRODUCT.md, issues 16, 17 and 20,
tests/test_story_blind10.py, the docstrings of tests/test_story_blind3.py to
tests/test_story_blind9.py (to avoid their places and incidents), the functions `measure` and
`summary` of tests/test_story_blind3.py, and the first lines of the tenth blind set and its
watchlists for the file formats; never bot/story.py, bot/incident.py, bot/storycheck.py,
bot/match.py or other code under bot/, the other labelled sets or other tests, nor the grouper's
or the matcher's output on any part of this set before its labels were final and committed. The
watchlists were written first and checked with `python -m bot check-config` only (two YAML
fixes, as an admin would: Tessit's typed coords were wrong, so they were dropped and the
gazetteer's Tessit in Mali taken; Cabo Delgado was given coords); their keyword list was written
before the reports and not fitted to them. The incidents are invented, modelled on typical
events of recent years, at real places no earlier blind set used. Labels say what an analyst
would decide: reports of one incident (first flash, rewrites by other outlets with other
headline words, tolls and new tolls, claims, the army's, a rebel group's and a movement's
denials, funerals and burials, national mourning, official statements and condemnations, a
siege's end, a curfew imposed because of a riot, the recapture of escaped inmates, arrests
naming their incident, a hostage's release, a ransom demand, a convoy suspension and a mine's
closure after the attack, a gas field's restart, a market reopening, statements a day or two
later that share no headline word and carry no listed keyword) are one story; a protest after an
attack (Anantnag's traders' shutdown the day after the grenade; a march in Croix-des-Bouquets for
the hostages), troops ambushed while pursuing kidnappers the same day (Patikul), another incident
in the same city the same day (Bamenda: a roadside bomb on police and a council official's
kidnapping; Yala: a market bomb and a raid on a ranger post), another incident in the same
country or province the same day or the next (Tessit and Kidal; Samarra and Khor Mor; Nabatieh
and Baalbek; Poonch and Anantnag; Kuriga and Gusau; Gwadar and Kalat; Minova and Bukavu two days
apart) and a new attack on the same town four days later (Arbinda's detachment after the convoy
ambush) are stories of their own.

What it covers (tests/data/same_story_blind11.jsonl, 149 reports, 40 incidents, August to
November 2026): Mali (Tessit's camp and a drone strike in Kidal the same day), Niger (Tillia),
Burkina Faso (Arbinda twice in four days), Nigeria (Kuriga's school kidnapping in Kaduna State,
Gusau's mosque the next day), Cameroon (Bamenda twice the same day), Somalia (Hudur in Bakool),
Ethiopia (Dembi Dolo's bus passengers in Oromia), the DRC (Minova's displaced camp shelled,
Bukavu's prison break, Kiwanja's massacre in Rutshuru), Uganda (Mpondwe's school in Kasese),
South Sudan (Yei's aid convoy), Mozambique (Montepuez's mine camp in Cabo Delgado), Iraq (Samarra's
pilgrims' bus and the Khor Mor gas field the same day), Lebanon (Nabatieh and Baalbek the same
day), Syria (Qamishli's market), Yemen (Ataq in Shabwa), Pakistan (the Gwadar port siege, Kalat's
convoy ambush the next day), India (Poonch and Anantnag the same day and Anantnag's shutdown;
Churachandpur's riot in Manipur), Afghanistan (Pul-e-Khumri's mosque), the Philippines (Patikul
in Sulu twice the same day), Thailand (Yala twice the same day), Colombia (Tumaco), Mexico
(Ciudad Juárez's prison), Peru (Pataz's miners), Haiti (Croix-des-Bouquets' missionaries and the
march) and Brazil (Araçatuba's bank raid); English 80, French 40, Arabic 13, Spanish 9,
Portuguese 7 reports. Reports naming only the country, state, province or region when one
incident fits (Niger, Burkina Faso, Nigeria, Somalia, Oromia, South Kivu, North Kivu, Uganda,
South Sudan, Cabo Delgado, Syria, Yemen, Manipur, Afghanistan, Sulu, Colombia, Chihuahua, Peru,
La Libertad, Haiti, São Paulo state, Bakool, Baghlan, Zamfara, Kaduna State) and when two do
(Mali, Cameroon, Iraq, Lebanon, Balochistan, Jammu and Kashmir, Thailand); reports naming a
neighbouring country beside their own; one incident in two or three languages with other lead
words; a syndicated AFP copy in two feeds.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 213f196, set at 1b79479, with AGGREGATES_ONLY=1):
"eleventh blind set: 149 reports, 40 incidents, 5 match no watched place; precision 0.974, recall
0.493, F1 0.655, messages per incident 2.02, hidden 1, late 0". Through the replay (`python -m
tests.story_replay same_story_blind11`, run --once with keywords on): "every report (149, 40
incidents): P 0.974 R 0.493 F1 0.655, 2.02 messages per incident"; "alerted reports (136, 40
incidents): P 0.974 R 0.608 F1 0.748, 1.70 messages per incident". Which five reports matched no
watched place and which incident was hidden were not looked at (the set stays blind); the test
allows those five and that one and no more. The floors below are 0.03 under the first-contact
figures (messages per incident 0.03 over); no incident was late at first contact, so any
incident made late fails the test, and a second hidden one too.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.974,
    "recall": 0.493,
    "f1": 0.655,
    "messages per incident": 2.02,
    "hidden": 1,
    "late": 0,
    "unmatched": 5,
}
# Spent by story14 (issue 17's fourteenth round): read item by item, its hidden incident (troops
# ambushed while hunting the kidnappers of that morning's incident) and its split pairs classed;
# after that round precision 1.000, recall 0.672, F1 0.804, 1.60 messages per incident, none
# hidden or late. A development set since: the floors stay those of its first contact.
FLOORS = {"precision": 0.944, "recall": 0.463, "f1": 0.625}
MAX_MESSAGES_PER_INCIDENT = 2.05


def test_eleventh_blind_set_from_tessit_to_aracatuba() -> None:
    m = measure("same_story_blind11")
    print(summary("eleventh blind set", m))
    assert m["reports"] == 149
    assert m["incidents"] == 40
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
