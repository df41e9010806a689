"""The sixteenth blind same-incident set: thirty-two incidents from Djenné to Jérémie, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", the config
reference), docs/PRODUCT.md, issue 17, tests/test_story_blind15.py, `tests/support/blind_sets.py`,
the docstrings of tests/test_story_blind3.py to tests/test_story_blind14.py,
tests/test_story_labelled.py, tests/test_story_dev3.py and tests/test_story_dev4.py (to avoid their
places and incidents), the functions `measure` and `summary` of tests/test_story_blind3.py, and
the first lines of the fifteenth blind set and its watchlists for the file formats; never code
under bot/, the other labelled sets or other tests, nor the grouper's or the matcher's output on
any part of this set before its labels were final and committed (ca58d87). The watchlists were
written first, places typed as an admin would (one spelling, no aliases, every town with
coords:), and checked with `python -m bot check-config` only: it resolved every town at its
coords; Macina, Mangaizé, Pulka, Mahaday, Amchidé and Mahagi stay sites at their coords, and Borno, Yobe and Ituri
are matched by their names. Their keyword list was written before the reports and not fitted to
them. The incidents are invented, modelled on attacks of recent years, three quarters in Mali,
Burkina Faso, Niger, north-east Nigeria and Somalia like the issue's held-out set, at real places
no earlier set used. Labels say what an analyst would decide: reports of one incident (first
reports, rewrites by other outlets and languages with other headline words, tolls and new
tolls, claims by JNIM, the Islamic State in West Africa and Iraq and al-Shabaab with an army's
denial, army and ministry statements, a prefect's radio address, a head of state's speech, a
bishop's message, burials, funerals and mourning, survivors' and wounded soldiers' accounts,
families received, a drivers' stoppage, a highway closed and reopened, a market reopened,
escorts restored, NGOs suspending missions, an appeal for kidnapped aid workers, women escaping
their abductors, detainees recaptured, arrests, a reward, reinforcements, bodies recovered,
residents returning, the displaced seeking protection, herders fleeing, power partly restored)
are one story; another incident in the same town the same day (Nara: the army camp besieged and
a minibus on a roadside bomb; Pulka: a mosque suicide bombing and women abducted gathering
firewood), a new attack on the same town the next day (Macina's market after its offices were
burnt; Mahaday's checkpoint car bomb after the base assault), two towns of one region the same
day (Gourcy's volunteers and Yako's convoy in Burkina's Nord; Kollo's gendarmerie and Mangaizé's
army post in Tillabéri) and a later attack at or near an earlier incident's town (Djenné's boat,
Burhakaba's camp shelled, Mangaizé's herders) are stories of their own.

What it covers (tests/data/same_story_blind16.jsonl, 137 reports, 32 incidents, November 2026):
Mali (Djenné twice three weeks apart, Nara twice the same day, Macina twice in two days),
Burkina Faso (Gourcy and Yako the same day, Diébougou's church, Koupéla's tanker), Niger (Kollo
and Mangaizé the same day, Goudoumaria's aid workers, Mangaizé's herders), north-east Nigeria
(Damasak's base, Buni Yadi's farmers, Pulka twice the same day, Benisheikh's highway), Somalia
(Mahaday twice in two days, Burhakaba's minibus and its camp shelled, Adale's police station),
and elsewhere Cameroon (Amchidé's market), the DRC (Mahagi's displaced site), Sudan (Ed
Damazin's power station), Mozambique (Lichinga's police post), Iraq (Khanaqin), Syria (Al-Bab's
market), Colombia (Caucasia) and Haiti (Jérémie); English 59, French 53, Arabic 13, Spanish 6,
Portuguese 6 reports; by kind 32 first reports, 52 rewrites, 9 tolls, 5 claims, 39 follow-ups;
time from an incident's first report to its last from hours to three days. Headlines naming
only the country, state or province, their summaries naming the town or not, when one incident
fits (Mali's gendarmes, offices, speech and boat toll, Burkina's tanker, Niger's aid workers and
herders, Borno's base and hospital visit, Yobe, Nigeria's highway and its toll, Somalia's base,
minibus, police station and camp, Cameroon, Ituri, Sudan, Mozambique, Iraq, Syria, Colombia,
Haiti) and when two do (Mali's soldiers and civilians on Nara's day, Burkina's volunteers and
convoy, Niger's gendarmes and soldiers, Nigeria's abducted women and mosque); follow-ups a day or
two later sharing no headline word with the first report (« Ils sont partis en héros », "Four
escaped detainees recaptured in Middle Shabelle", « Les pêcheurs du Bani retrouvent quatre
corps »); one incident in two to four languages with other lead words.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at f413a18, set at ca58d87, with AGGREGATES_ONLY=1):
"sixteenth blind set: 137 reports, 32 incidents, 10 match no watched place; precision 0.926,
recall 0.588, F1 0.719, messages per incident 1.97, hidden 0, late 1". Through the replay
(`python -m tests.story_replay same_story_blind16`, run --once with keywords on, only its two
aggregate lines read): "every report (137, 32 incidents): P 0.923 R 0.567 F1 0.702, 2.03
messages per incident"; "alerted reports (121, 32 incidents): P 0.923 R 0.706 F1 0.800, 1.53
messages per incident". Which ten reports matched no watched place, which incident was late, and
which pairs were merged across incidents, were not looked at (the set stays blind); neither the
watchlists nor a label was changed after that run, so the test allows those ten reports and that
one late incident and no more. The floors below are 0.03 under the first-contact figures
(messages per incident 0.03 over).
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.926,
    "recall": 0.588,
    "f1": 0.719,
    "messages per incident": 1.97,
    "hidden": 0,
    "late": 1,
    "unmatched": 10,
}
FLOORS = {"precision": 0.896, "recall": 0.558, "f1": 0.689}
MAX_MESSAGES_PER_INCIDENT = 2.00


def test_sixteenth_blind_set_from_djenne_to_jeremie() -> None:
    m = measure("same_story_blind16")
    print(summary("sixteenth blind set", m))
    assert m["reports"] == 137
    assert m["incidents"] == 32
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
