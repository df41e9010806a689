"""The thirteenth blind same-incident set: thirty-eight incidents from Niono to Cabaret, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are", the config reference), docs/PRODUCT.md,
issue 17, tests/test_story_blind12.py, `tests/support/blind_sets.py`, the docstrings of
tests/test_story_blind3.py to tests/test_story_blind11.py, tests/test_story_labelled.py,
tests/test_story_dev3.py and tests/test_story_dev4.py (to avoid their places and incidents), the
functions `measure` and `summary` of tests/test_story_blind3.py, and the first lines of the
twelfth blind set and its watchlists for the file formats; never code under bot/, the other
labelled sets or other tests, nor the grouper's or the matcher's output on any part of this set
before its labels were final and committed (9a380fc). The watchlists were written first, places
typed as an admin would (one spelling, no aliases), and checked with `python -m bot check-config`
only: it read Borno as a town in Italy, Cauca as Coca in Spain and Lakes as a town in Alaska and
left Amhara unplaced, so each was given coords: in its own country, and "Elwak" (a site at its
coords) was retyped as the gazetteer's El Wak; their keyword list was written before the reports
and not fitted to them. The incidents are invented, modelled on typical events of recent years,
at real places no earlier set used. Labels say what an analyst would decide: reports of one
incident (a radio flash, first reports, rewrites by other outlets with other headline words, a
syndicated AFP copy and a syndicated Reuters copy in second feeds, tolls and new tolls, claims by
JNIM, the Islamic State in the Sahel, Somalia and Khorasan, al-Shabaab, AQAP, the TTP, the BLA and
a gang's orders, the army's denial that a base fell and the SDF's denial of a bombing, the RSF's
version of a strike, funerals, burials and military honours, national and local mourning, visits
to the wounded, a town back under control, an order to escaped inmates, a mine's and a
vaccination drive's suspension, power restored, buses running again, the displaced sheltering,
escapes of the kidnapped and their release, a reward, blame, arrests naming their incident, a
diplomatic protest, statements a day or two later that share no headline word and carry no
listed keyword) are one story; another incident in the same city the same day (Azaz: a car bomb
at the market and rockets on the hospital; Zinjibar: an attack on a checkpoint and a drone strike
on a car; Fresnillo: a National Guard patrol ambushed and a bar shooting), a new attack on the
same town one or two days later (Filingué's cattle market two days after the patrol's ambush;
Rumbek's revenge attack the day after the cattle raid), two towns of one province the same day
(Dikwa's base and Bama's market in Borno; Kohat's police station and Hangu's polio escort in
Khyber Pakhtunkhwa) or the next (Balama's mine and Metuge's beheadings in Cabo Delgado), and
another incident in the same country the same day (Niono and Goundam in Mali; Hawija and Sinjar
in Iraq; El Geneina and Shendi in Sudan) are stories of their own.

What it covers (tests/data/same_story_blind13.jsonl, 148 reports, 38 incidents, August to
November 2026): Mali (Niono's army camp, Goundam's bus on a mine), Burkina Faso (Seytenga's
massacre), Niger (Filingué twice in two days, Mainé-Soroa's kidnapped women), Nigeria (Dikwa,
Bama), Chad (Baga Sola's island post), Cameroon (Kousseri's bar grenade), Somalia (Marka's AU
convoy, Garowe's police station), Kenya (El Wak's police IED), Ethiopia (Dessie's prison stormed),
South Sudan (Rumbek twice in two days), Sudan (El Geneina's airport, Shendi's power station),
Mozambique (Balama's graphite mine, Metuge), Iraq (Hawija, Sinjar), Syria (Azaz twice the same
day), Yemen (Zinjibar twice the same day), Pakistan (Kohat, Hangu, Nushki's bus), Afghanistan
(Ghazni's mosque), India (Narayanpur's IED, Rajouri), Colombia (Santander de Quilichao's
motorcycle bomb, Puerto Asís's oil workers), Mexico (Fresnillo twice the same day), Brazil
(Natal's buses) and Haiti (Cabaret); English 72, French 40, Arabic 15, Spanish 13, Portuguese 8
reports; by kind 38 first reports or flashes, 46 rewrites, 12 tolls, 10 claims, 40 follow-ups,
2 syndicated copies; time from an incident's first report to its last from minutes to three
days. Reports naming only the country, state, province or region when one incident fits
(Burkina Faso, Niger, Chad, Cameroon, Amhara, Lakes, Balochistan, Chhattisgarh, Jammu and
Kashmir, Cauca, Putumayo, Rio Grande do Norte, Brazil, Colombia) and when two or three do (Mali
twice, Niger, Borno, Somalia, Sudan, Cabo Delgado twice, Iraq, Syria, Abyan, Khyber Pakhtunkhwa,
Pakistan twice, Colombia, Mexico); reports naming a neighbouring country beside their own (Niger
from Burkina Faso, Nigeria from Niger, Somalia from Kenya); one incident in two or three
languages with other lead words.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 964e1a7, set at 9a380fc, with AGGREGATES_ONLY=1):
"thirteenth blind set: 148 reports, 38 incidents, 8 match no watched place; precision 0.946,
recall 0.526, F1 0.676, messages per incident 2.11, hidden 0, late 1". Through the replay
(`python -m tests.story_replay same_story_blind13`, run --once with keywords on): "every report
(148, 38 incidents): P 0.946 R 0.526 F1 0.676, 2.11 messages per incident"; "alerted reports
(132, 38 incidents): P 0.946 R 0.663 F1 0.780, 1.68 messages per incident". The test's first run
printed its figures under a `tail` that cut them off, so the same command was run a second time,
unchanged, only to read the line; nothing was looked at but the aggregates. Which eight reports
matched no watched place and which incident was late were not looked at (the set stays blind);
the test allows those eight and that one and no more. The floors below are 0.03 under the
first-contact figures (messages per incident 0.03 over); no incident was hidden at first
contact, so any incident made hidden fails the test, and a second late one too.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.946,
    "recall": 0.526,
    "f1": 0.676,
    "messages per incident": 2.11,
    "hidden": 0,
    "late": 1,
    "unmatched": 8,
}
FLOORS = {"precision": 0.916, "recall": 0.496, "f1": 0.646}
MAX_MESSAGES_PER_INCIDENT = 2.14


def test_thirteenth_blind_set_from_niono_to_cabaret() -> None:
    m = measure("same_story_blind13")
    print(summary("thirteenth blind set", m))
    assert m["reports"] == 148
    assert m["incidents"] == 38
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
