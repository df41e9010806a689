"""The fourteenth blind same-incident set: thirty-five incidents from Sévaré to Tame, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are", the config reference), docs/PRODUCT.md,
issue 17, tests/test_story_blind13.py, `tests/support/blind_sets.py`, the docstrings of
tests/test_story_blind3.py to tests/test_story_blind12.py, tests/test_story_labelled.py,
tests/test_story_dev3.py and tests/test_story_dev4.py (to avoid their places and incidents), the
functions `measure` and `summary` of tests/test_story_blind3.py, and the first lines of the
thirteenth blind set and its watchlists for the file formats; never code under bot/, the other
labelled sets or other tests, nor the grouper's or the matcher's output on any part of this set
before its labels were final and committed (f46712b). The watchlists were written first, places
typed as an admin would (one spelling, no aliases), and checked with `python -m bot check-config`
only: it placed Manni 45 km off (its coords had the wrong sign, fixed to the gazetteer's Mani)
and knew no Qoryoley at its coords (retyped as the gazetteer's Qoryooley); Sévaré, Hombori,
Dargol, Afmadow, Kasindi and Mecúfi stay sites at their coords, and Borno, Cabo Delgado,
Balochistan, Badakhshan and Lower Shabelle are matched by their names, as it reports. Their
keyword list was written before the reports and not fitted to them. The incidents are invented,
modelled on attacks of recent years in the region of the issue's held-out set (about two thirds
in Mali, Burkina Faso, Niger, north-east Nigeria and Somalia), at real places no earlier set
used. Labels say what an analyst would decide: reports of one incident (first reports, rewrites
by other outlets with other headline words, an embassy's security alert, an aid group's and the
UN's statements, a syndicated Reuters copy in a second feed, tolls and new tolls, claims by JNIM,
the Islamic State in the Sahel, West Africa, Central Africa, Mozambique and Khorasan, al-Shabaab
and the TTP, the army's denials (a strike on civilians, a base overrun), a rights group's call
for an inquiry into one strike, funerals, burials and a mass of mourners, national mourning, a
head of state's speech, a governor's visits, a sweep after the attack, night buses and health
care suspended, aid work suspended and staff evacuated, viewing centres shut state-wide, the
displaced sheltering, escapes and releases of the kidnapped, blame and the dispute over the dead
of an air strike) are one story; another incident in the same town the same day (Sévaré: mortar
rounds on the army camp and a bus on a mine; Dhobley: a suicide car bomb at a hotel and mortars
on the airstrip), a new attack on the same town a day or two later (Ténenkou's army post two
days after the drone strike on a wedding; Biu's vigilantes ambushed the day after the viewing
centre bombing), two towns of one province or region the same day (Manni's health centre and
Bogandé's gendarmerie in Gnagna; Dargol's mosque and Gothèye's convoy in Tillabéri; Qoryoley's
minibus and Wanlaweyn's base in Lower Shabelle) and another incident in the same country the
same day (Kongoussi and Nouna in Burkina Faso) are stories of their own.

What it covers (tests/data/same_story_blind14.jsonl, 133 reports, 35 incidents, August to
October 2026): Mali (Sévaré twice the same day, Bourem's guard post, Ténenkou twice in two days,
Hombori's lorries), Burkina Faso (Kongoussi's volunteers and Nouna's market the same day, Manni
and Bogandé the same day), Niger (Tchintabaraden's patrol, Dargol and Gothèye the same day,
Arlit's kidnapped workers), north-east Nigeria (Chibok, Gubio's base, Rann's aid hub, Biu twice
in two days, Mubi's mosque), Somalia (Afmadow's base, Qoryoley and Wanlaweyn the same day, El
Bur's air strike, Dhobley twice the same day), and elsewhere Cameroon (Mokolo's abductions), the
DRC (Kasindi's market), Sudan (El Daein's market), Mozambique (Mecúfi), Iraq (Tarmiyah), Syria
(Mayadin's depot), Pakistan (Zhob's garrison), Afghanistan (Faizabad's police chief) and
Colombia (Tame's base); English 68, French 46, Arabic 9, Spanish 5, Portuguese 5 reports; by
kind 35 first reports, 51 rewrites, 9 tolls, 9 claims, 28 follow-ups, 1 syndicated copy; time
from an incident's first report to its last from hours to three days. Headlines naming only the
country, state, province or region, their summaries naming the town or not, when one incident
fits (Mali's denial, Niger's mourning, ambush and release, Nigeria's north-east and its mosque
toll in Arabic, Borno's base and closure, Tillabéri's convoy, Somalia's strike and minibus,
Sudan's East Darfur, Cabo Delgado, Badakhshan, Pakistan, Colombia, Arauca, Cameroon, the DRC) and
when two do (Mali's bus the day of the camp shelling, Burkina Faso's volunteers the day of the
market and the market's toll the day after, Burkina's East the day of Manni and Bogandé, Lower
Shabelle's base the day of the minibus); headlines naming another city than the town ("north of
Gao", "north of Baghdad"); one incident in two or three languages with other lead words.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at a924b95, set at f46712b, with AGGREGATES_ONLY=1):
"fourteenth blind set: 133 reports, 35 incidents, 1 match no watched place; precision 1.000,
recall 0.639, F1 0.780, messages per incident 1.74, hidden 0, late 0". Through the replay
(`python -m tests.story_replay same_story_blind14`, run --once with keywords on): "every report
(133, 35 incidents): P 0.975 R 0.593 F1 0.737, 1.83 messages per incident"; "alerted reports
(128, 35 incidents): P 0.975 R 0.646 F1 0.777, 1.69 messages per incident". Which report matched
no watched place, and which pair the replay merged, were not looked at (the set stays blind); the
test allows that one report and no more. The floors below are 0.03 under the first-contact
figures (messages per incident 0.03 over); no incident was hidden or late at first contact, so
any incident made hidden or late fails the test.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 1.000,
    "recall": 0.639,
    "f1": 0.780,
    "messages per incident": 1.74,
    "hidden": 0,
    "late": 0,
    "unmatched": 1,
}
FLOORS = {"precision": 0.970, "recall": 0.609, "f1": 0.750}
MAX_MESSAGES_PER_INCIDENT = 1.77


def test_fourteenth_blind_set_from_sevare_to_tame() -> None:
    m = measure("same_story_blind14")
    print(summary("fourteenth blind set", m))
    assert m["reports"] == 133
    assert m["incidents"] == 35
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
