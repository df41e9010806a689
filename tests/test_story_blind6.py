"""The sixth blind same-incident set: the Sahel, Somalia, north-east Nigeria and Lake Chad.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are" and the config reference),
docs/PRODUCT.md, issue 17, the docstrings and harness of tests/test_story_blind3.py and
tests/test_story_blind5.py, and the first lines of the fifth blind set and its watchlists for
the file formats; never bot/story.py, bot/incident.py, bot/storycheck.py, bot/match.py, the
other labelled sets or other tests, nor the grouper's output on any part of this set before its
labels were final and committed (6ff8cfb). The incidents are invented, modelled on typical
events of recent years, at real places, in the region of the project's held-out set. Labels say
what an analyst would decide: reports of one incident (first flash, rewrites by other outlets
with other headline words, tolls, claims, funerals, official statements and a government's
response, survivors' accounts, closures and reopenings, arrests, escapes, a follow-up two or
three days later) are one story; a protest after an attack, another attack in the same city the
same day (another target or another kind: shells on an airport after a car bomb at a
checkpoint, a beach-restaurant siege after a roadside bomb on a convoy), another attack in the
same state the next day and a new attack on the same village two days later are stories of
their own. The YAML was fixed only before the one scoring run (so that every report matches a
watched place, checked with `python -m bot check-config` and `python -m bot match`); no label
was changed after it.

What it covers (tests/data/same_story_blind6.jsonl, 165 reports, 41 incidents, July to November
2026): Mali (Boulkessi, Bamako's Faladié, Gao twice the same day, Diéma, Timbuktu, Ménaka and
Anderamboukane), Burkina Faso (Djibo, Barsalogho and a march in Kaya two days later, Fada
N'Gourma, Dori and Diapaga the same day), Niger (Banibangou, Niamey's airport, Agadez, Bosso),
Chad (Barkaram in the Lac province, N'Djamena, Mandakao), north-east Nigeria (Gwoza; Konduga and
Damboa a day apart; Darul Jamal twice in three days; Mafa in Yobe; Madagali in Adamawa),
Cameroon's Far North (Kolofata, Mora), Somalia (Mogadishu: a convoy bomb and a Lido beach siege
the same day, a prison attack; Beledweyne's truck bomb and the protest next day; Baidoa and
Lower Shabelle the same day; Kismayo; Puntland's Cal Miskaad) and Kenya's border counties
(Mandera, Lamu, Garissa); English 77, French 64, Arabic 24 reports, from wires, French and
local press, Chadian Arabic press, embassy security alerts and official statements. Kinds of
incident: attacks on army camps, bases, posts and a gendarmerie school, village massacres,
suicide and car and truck bombings, roadside bombs and mines, shelling, ambushes of patrols and
convoys, a fuel convoy torched, sieges of a restaurant and a hotel, a prison attack, a
kidnapping and an abduction, herder-farmer clashes and protests. Reports naming only the
country, state or region when one incident fits and when two do; two incidents in one city the
same day; one incident in two or three languages; a syndicated copy in two feeds.

First contact (the one scoring run, before anything was tuned on it; StoryIndex(72), the
harness's matcher as the bot builds it with keywords off, at commit a1f4729 of the grouper):
precision 1.000, recall 0.591, F1 0.743, messages per incident 1.80, hidden 0, late 0, no report
without a watched place. The floors below are 0.03 under those figures (messages per incident
0.03 over); no incident was hidden or late at first contact, so any incident hidden or made
late fails the test.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.test_story_blind3 import holds_its_floors, measure, summary

FIRST_CONTACT = {"precision": 1.000, "recall": 0.591, "f1": 0.743, "messages per incident": 1.80, "hidden": 0, "late": 0}
# After issue 17's fifth round (e4c53c7): precision 0.989, recall 0.619, F1 0.761, 1.71 messages
# per incident. After its sixth (story10, 2026-12-06: general rules written from the fifth blind
# set's split pairs read by class; this set run only for its aggregate line): precision 0.989,
# recall 0.658, F1 0.791, 1.63 messages per incident, none hidden or late. Floors raised to
# about 0.03 under.
AFTER_SIXTH_ROUND = {"precision": 0.989, "recall": 0.658, "f1": 0.791, "messages per incident": 1.63}
# Issue 17's seventh round (story11, 2026-12-06) SPENT this set: its split pairs and its one wrong
# merge were read item by item and classed, and general rules written for the classes (statements,
# accounts and ends of an incident a day later; provinces, districts, counties and regions of the
# place model; a country's report naming the town; words of sieges, cafés, brigades, Arabic gunfire,
# vehicles as weapons, violence after "after"; closures; embassy notices; a group's branch). It is a
# development set now: precision 1.000, recall 0.915, F1 0.955, 1.17 messages per incident, none
# hidden or late. Floors raised to 0.03 under.
AFTER_SEVENTH_ROUND = {"precision": 1.000, "recall": 0.915, "f1": 0.955, "messages per incident": 1.17}
FLOORS = {"precision": 0.97, "recall": 0.885, "f1": 0.925}
MAX_MESSAGES_PER_INCIDENT = 1.20


def test_sixth_blind_set_of_the_sahel_somalia_and_lake_chad() -> None:
    m = measure("same_story_blind6")
    print(summary("sixth blind set", m))
    assert FIRST_CONTACT["hidden"] == FIRST_CONTACT["late"] == 0
    holds_its_floors(m, FLOORS, MAX_MESSAGES_PER_INCIDENT)
