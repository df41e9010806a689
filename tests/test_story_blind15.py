"""The fifteenth blind same-incident set: thirty-four incidents from Bankass to Gonaïves, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", the config
reference), docs/PRODUCT.md, issue 17, tests/test_story_blind14.py, `tests/support/blind_sets.py`,
the docstrings of tests/test_story_blind3.py to tests/test_story_blind14.py,
tests/test_story_labelled.py, tests/test_story_dev3.py and tests/test_story_dev4.py (to avoid their
places and incidents), the functions `measure` and `summary` of tests/test_story_blind3.py, and
the first lines of the fourteenth blind set and its watchlists for the file formats; never code
under bot/, the other labelled sets or other tests, nor the grouper's or the matcher's output on
any part of this set before its labels were final and committed (f2edb40). The watchlists were
written first, places typed as an admin would (one spelling, no aliases), and checked with
`python -m bot check-config` only: it resolved every town at its coords; Djibasso, Kantchari,
N'Guigmi, Barawe, Guriel, Fotokol, Masisi and Namuno stay sites at their coords, and Borno, Yobe
and Cabo Delgado are matched by their names. Their keyword list was written before the reports
and not fitted to them. The incidents are invented, modelled on attacks of recent years, about
three quarters in Mali, Burkina Faso, Niger, north-east Nigeria and Somalia like the issue's
held-out set, at real places no earlier set used. Labels say what an analyst would decide:
reports of one incident (first reports, rewrites by other outlets and languages with other
headline words, an embassy's security alert, a rights group's, an aid group's and the UN's
statements, tolls and new tolls, claims by JNIM, the Islamic State in the Sahel and West Africa
and al-Shabaab, army and ministry statements, a head of state's and a president's speeches,
burials, funerals, homage and national mourning, survivors' and residents' accounts, a market
reopened, a curfew, a union's stoppage and a border gate shut, a release of kidnapped drivers, a
bishop's appeal, a governor's visit, a recapture, a sweep, blame, the displaced arriving in
another town, power partly restored) are one story; another incident in the same town the same
day (Kati: a car bomb at the army camp and tankers torched at the toll post; Barawe: mortars on
the AU base and a roadside bomb on the district commissioner), a new attack on the same town the
next day (Dédougou's market bomb after the police headquarters attack; Jamaame's district
headquarters shelled after the police station raid), two towns of one region the same day
(Bankass's camp and Koro's bus on a mine; Bankilaré's army post and Abala's displaced site in
Tillabéri) and another incident in the same country the same day (Askira's farmers and
Potiskum's mosque) are stories of their own.

What it covers (tests/data/same_story_blind15.jsonl, 138 reports, 34 incidents, October and
November 2026): Mali (Bankass and Koro the same day, Kati twice the same day, the boat at
Gourma-Rharous), Burkina Faso (Dédougou twice in two days, Boulsa's detachment, Kantchari's
drivers, Djibasso's villages), Niger (Bankilaré and Abala the same day, N'Guigmi's fishermen,
Say's priest), north-east Nigeria (Geidam, Ngala's cattle market, Marte's base, Askira and
Potiskum the same day), Somalia (Barawe twice the same day, Guriel's recruits, Jamaame twice in
two days, Beled Hawo's checkpoint), and elsewhere Cameroon (Fotokol), the DRC (Masisi's
hospital), Sudan (Kassala's power station), Mozambique (Namuno), Colombia (Tierralta), Pakistan
(Chaman), Iraq (Baiji), Syria (Hasakah) and Haiti (Gonaïves); English 66, French 52, Arabic 9,
Spanish 6, Portuguese 5 reports; by kind 34 first reports, 55 rewrites, 9 tolls, 8 claims, 32
follow-ups; time from an incident's first report to its last from hours to four days. Headlines
naming only the country, state, province or region, their summaries naming the town or not, when
one incident fits (Mali's mourning, Burkina's army statement and the drivers' release, Niger's
fishermen, Somalia's recruits and checkpoint, Borno, Yobe, the Boucle du Mouhoun, Córdoba,
Salahuddin, Cabo Delgado, North Kivu, Cameroon, Colombia, Pakistan, Haiti, the DRC) and when two
do (Mali's soldiers and bus toll, Niger's soldiers, Nigeria's farmers and mosque, Tillabéri's
camp); headlines naming another town as context ("hours after" the shelling, "a day after" the
police attack); follow-ups a day or two later sharing no headline word with the first report
("« Nous avons sauté dans l'eau »", "In Gamboru, a day of funerals"); one incident in two to four
languages with other lead words.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 36c2677, set at f2edb40, with AGGREGATES_ONLY=1):
"fifteenth blind set: 138 reports, 34 incidents, 1 match no watched place; precision 0.967,
recall 0.613, F1 0.751, messages per incident 1.88, hidden 0, late 0". Through the replay
(`python -m tests.story_replay same_story_blind15`, run --once with keywords on): "every report
(138, 34 incidents): P 0.966 R 0.592 F1 0.734, 1.94 messages per incident"; "alerted reports
(131, 34 incidents): P 0.966 R 0.662 F1 0.786, 1.74 messages per incident". Which report matched
no watched place, and which pairs were merged across incidents, were not looked at (the set
stays blind); the test allows that one report and no more. The floors below are 0.03 under the
first-contact figures (messages per incident 0.03 over); no incident was hidden or late at first
contact, so any incident made hidden or late fails the test.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.967,
    "recall": 0.613,
    "f1": 0.751,
    "messages per incident": 1.88,
    "hidden": 0,
    "late": 0,
    "unmatched": 1,
}
FLOORS = {"precision": 0.937, "recall": 0.583, "f1": 0.721}
MAX_MESSAGES_PER_INCIDENT = 1.91


def test_fifteenth_blind_set_from_bankass_to_gonaives() -> None:
    m = measure("same_story_blind15")
    print(summary("fifteenth blind set", m))
    assert m["reports"] == 138
    assert m["incidents"] == 34
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
