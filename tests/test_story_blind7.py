"""The seventh blind same-incident set: the Sahel, Lake Chad and Somalia, and seven other regions.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are" and the config reference),
docs/PRODUCT.md, issue 17, the docstrings and harness of tests/test_story_blind3.py and
tests/test_story_blind6.py, the docstrings of tests/test_story_blind4.py and
tests/test_story_blind5.py (to avoid their places and incidents), and the first lines of the
sixth blind set and its watchlists for the file formats; never bot/story.py, bot/incident.py,
bot/storycheck.py, bot/match.py, the other labelled sets or other tests, nor the grouper's
output on any part of this set before its labels were final and committed (ecc03bd). It was
cut smaller than planned (80 reports rather than 150) to meet a deadline. The incidents are
invented, modelled on typical events of recent years, at real places. Labels say what an
analyst would decide: reports of one incident (first flash, rewrites by other outlets with
other headline words, tolls, claims and denials, funerals, official statements, survivors'
accounts, reopenings, arrests, releases of hostages, a follow-up two or three days later) are
one story; a protest after an attack, another attack in the same city the same day (another
target or another kind) or in another city of the same country or province the same day, and
a new attack on the same camp two days later are stories of their own. The YAML was fixed only
before the one scoring run (so that every report matches a watched place, checked with
`python -m bot check-config` and `python -m bot match`); no label was changed after it.

What it covers (tests/data/same_story_blind7.jsonl, 80 reports, 24 incidents, July to November
2026): Mali (Mopti and Ségou the same day), Burkina Faso (Ouahigouya: an attack on the
gendarmerie and a protest two days later), Niger (Tahoua), north-east Nigeria (Monguno and
Damaturu the same day), Cameroon's Far North (Maroua), Somalia (Galkayo: a checkpoint car bomb
and mortar shells near the airport the same day; Jowhar; Bosaso), Mozambique's Niassa
(Mecula), the DRC (Ituri's Djugu camp twice in two days; Uvira in South Kivu), the Central
African Republic (Paoua), Ethiopia's Oromia (Nekemte), Pakistan's Khyber Pakhtunkhwa (Bannu and
Dera Ismail Khan the same day), Colombia's Cauca (Suárez), Mexico's Michoacán (Apatzingán),
Haiti's Artibonite (Pont-Sondé) and Iraq's Diyala (Muqdadiya); English 37, French 26, Arabic 7,
Spanish 6, Portuguese 4 reports, from wires, French and local press, Portuguese, Spanish and
Arabic press, an embassy security alert and official statements. Reports naming only the
country, state, province or region when one incident fits and when two do; two incidents in
one city the same day; one incident in two or three languages; a syndicated copy in two feeds.

First contact (the one scoring run, before anything was tuned on it; StoryIndex(72), the
harness's matcher as the bot builds it with keywords off, at commit ecc03bd of the grouper):
precision 0.955, recall 0.634, F1 0.762, messages per incident 1.62, hidden 0, late 0, no report
without a watched place. The floors below are 0.03 under those figures (messages per incident
0.03 over); no incident was hidden or late at first contact, so any incident hidden or made
late fails the test.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.test_story_blind3 import holds_its_floors, measure, summary

FIRST_CONTACT = {"precision": 0.955, "recall": 0.634, "f1": 0.762, "messages per incident": 1.62, "hidden": 0, "late": 0}
# Raised on 2026-12-06 (P 0.958, R 0.683, F1 0.798, 1.54), 0.03 under.
FLOORS = {"precision": 0.928, "recall": 0.653, "f1": 0.768}
MAX_MESSAGES_PER_INCIDENT = 1.57


def test_seventh_blind_set_of_the_sahel_lake_chad_somalia_and_seven_other_regions() -> None:
    m = measure("same_story_blind7")
    print(summary("seventh blind set", m))
    assert FIRST_CONTACT["hidden"] == FIRST_CONTACT["late"] == 0
    holds_its_floors(m, FLOORS, MAX_MESSAGES_PER_INCIDENT)
