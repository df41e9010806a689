"""The seventeenth blind same-incident set: thirty-two incidents from Liwa to Santo Domingo, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", the config
reference), docs/PRODUCT.md, issue 17, tests/test_story_blind16.py, `tests/support/blind_sets.py`,
the docstrings of tests/test_story_blind3.py to tests/test_story_blind16.py,
tests/test_story_labelled.py, tests/test_story_dev3.py and tests/test_story_dev4.py (to avoid their
places and incidents), the functions `measure` and `summary` of tests/test_story_blind3.py, and
the first lines of the sixteenth blind set and its watchlists for the file formats; never code
under bot/, the other labelled sets or other tests, nor the grouper's or the matcher's output on
any part of this set before its labels were final and committed (ae0afee). The watchlists were
written first, places typed as an admin would (one spelling, no aliases, every town with
coords:), and checked with `python -m bot check-config` only: it resolved every town at its
coords (Kanyabayonga and Mongbwalu by GeoNames' spellings Kanyobagonga and Mangbwalu, Santo
Domingo as Santo Domingo de los Colorados); Liwa, Kouri Bougoudi, Mazeze, Nairoto, Gossi,
Markoye, Kufra and Mir Ali stay sites at their coords, and Cabo Delgado and Khyber Pakhtunkhwa
are matched by their names. Their keyword list was written before the reports and not fitted to
them. The incidents are invented, modelled on attacks of recent years (an army position overrun
on Lake Chad, a gold field's clashes in the Tibesti, JNIM's attacks in the W park and on Togo's
border posts, Cabo Delgado's church burnings and miners killed, M23 shelling in Lubero, a market
drone strike in the Gourma, AQAP's drones in Abyan, a women's prison riot in Honduras, Ecuador's
prison massacres and car bombs, suicide car bombs and quadcopters in North Waziristan), at real
places no earlier set used. Labels say what an analyst would decide: reports of one incident
(first reports, rewrites by other outlets and languages with other headline words, tolls and new
tolls, claims by JNIM, the Islamic State in the Sahel and in Mozambique, AQAP and a Pakistani
Taliban faction, an army's denial, army and government statements, a president's vow, sanctions
on a prison's chiefs, recaptured inmates, gold sites closed, national tributes and mourning,
funerals and burials, rangers' patrols suspended, a market reopened under escort, a chief
freed, the displaced arriving in a district town, miners deserting their pits, patients
evacuated, a rights group's call for an inquiry, a state of emergency in the prisons, the
military taking over the prisons, families at the morgue, a drivers' stoppage, a sit-in with the
dead, survivors' accounts, arrests and a raid on the attackers) are one story; another incident
in the same town the same day (Gharyan: militia clashes at dawn and a checkpoint car bomb at
night; Mir Ali: a suicide car bomb on an army post and a quadcopter on a home), a new attack on
the same town the next day (Kanyabayonga shelled, then its hospital; Gossi's convoy bombed, then
its market struck), a neighbouring district the next day (Lawdar's checkpoint, then Mudiyah's
camp), the next town the same day (San Pedro Sula's pool hall and Choloma's bus driver), two
incidents of one country the same day (Chad's Liwa raid and Mongo prison break; Benin's Kérou
rangers and Malanville police station) and a later attack near an earlier incident's village
(Mazeze's children abducted eleven days after its church was burnt) are stories of their own.

What it covers (tests/data/same_story_blind17.jsonl, 134 reports, 32 incidents, November 2026):
Chad (Liwa, Mongo the same day, Kouri Bougoudi), Benin (Banikoara, Kérou and Malanville the same
day), Togo (Mandouri, Dapaong), Mozambique (Mazeze twice eleven days apart, Nairoto), the DRC
(Mongbwalu, Kanyabayonga twice in two days), Mali (Sokolo, Gossi twice in two days), Burkina Faso
(Markoye), Niger (Tassara), Yemen (Lawdar and Mudiyah on consecutive days), Libya (Gharyan twice
the same day, Kufra), Honduras (Támara, San Pedro Sula and Choloma the same day), Ecuador
(Latacunga, Santo Domingo) and Pakistan (Mir Ali twice the same day, Charsadda); English 41,
French 39, Arabic 21, Spanish 19, Portuguese 14 reports; by kind 32 first reports, 49 rewrites,
14 tolls, 9 claims, 30 follow-ups; time from an incident's first report to its last from hours to
three days. Headlines naming only the country or province, their summaries naming the town or
not, when one incident fits (Chad's president and army, Benin's toll and claim, Togo's toll,
mourning, claim and kidnapping, Cabo Delgado's raid and miners, Mozambique's claims, Congo's
shelling, Mali's camp, Burkina's base and losses, Niger's ambush and repatriated dead, Libya's
migrants, Honduras's prison riot and its military takeover, Ecuador's prison clash and car bomb,
Khyber Pakhtunkhwa's checkpost) and when two do (Chad's inmates on the Liwa raid's day, Benin's
rangers and police on one day, Mali's market strike beside the convoy bombing, Libya's car bomb
beside the clashes, Honduras's pool hall beside Choloma, Pakistan's soldiers and children);
follow-ups a day or two later sharing no headline word with the first report (« Tchad : l'armée
revendique 46 assaillants neutralisés lors de sa riposte », "La presidenta ordena a la Policía
Militar tomar el control de las cárceles", "Les creuseurs désertent les puits de Mongbwalu");
one incident in two to four languages with other lead words.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at b972a5c, set at ae0afee, with AGGREGATES_ONLY=1):
"seventeenth blind set: 134 reports, 32 incidents, 2 match no watched place; precision 0.943,
recall 0.709, F1 0.810, messages per incident 1.56, hidden 0, late 1". Through the replay
(`python -m tests.story_replay same_story_blind17`, run --once with keywords on, only its two
aggregate lines read): "every report (134, 32 incidents): P 0.971 R 0.705 F1 0.817, 1.59
messages per incident"; "alerted reports (125, 31 incidents): P 0.971 R 0.778 F1 0.864, 1.35
messages per incident". Which two reports matched no watched place, which incident was late, and
which pairs were merged across incidents, were not looked at (the set stays blind); neither the
watchlists nor a label was changed after that run, so the test allows those two reports and that
one late incident and no more. The floors below are 0.03 under the first-contact figures
(messages per incident 0.03 over).
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.943,
    "recall": 0.709,
    "f1": 0.810,
    "messages per incident": 1.56,
    "hidden": 0,
    "late": 1,
    "unmatched": 2,
}
FLOORS = {"precision": 0.913, "recall": 0.679, "f1": 0.780}
MAX_MESSAGES_PER_INCIDENT = 1.59


def test_seventeenth_blind_set_from_liwa_to_santo_domingo() -> None:
    m = measure("same_story_blind17")
    print(summary("seventeenth blind set", m))
    assert m["reports"] == 134
    assert m["incidents"] == 32
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
