"""The eighteenth blind same-incident set: thirty-one incidents from Matiacoali to São Gonçalo, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", the config
reference), docs/PRODUCT.md, issue 17, tests/test_story_blind17.py, `tests/support/blind_sets.py`,
the docstrings of tests/test_story_blind3.py to tests/test_story_blind16.py,
tests/test_story_labelled.py, tests/test_story_dev3.py and tests/test_story_dev4.py (to avoid their
places and incidents), the functions `measure` and `summary` of tests/test_story_blind3.py and the
harness's `load` and `story_matcher`, and the first lines of the seventeenth blind set and its
watchlists for the file formats; never code under bot/, the other labelled sets or other tests,
nor the grouper's or the matcher's output on any part of this set before its labels were final
and committed (334b8ac). The watchlists were written first, places typed as an admin would (one
spelling, no aliases, every town with coords:), and checked with `python -m bot check-config`
only: it resolved every town at its coords (En Nahud as An Nuhud, Bara as Barah, Dinsor as
Diinsoor, Abu Kamal as Albu Kamal); Matiacoali, Safané, Dolow and Jalawla stay sites at their
coords, and Zamfara, Gedo, Amhara, Niassa and Diyala are matched by their names only. Their
keyword set (`security`) was chosen before the reports and not fitted to them. The incidents are
invented, modelled on attacks of recent years (JNIM overrunning army posts in Burkina Faso's East
and ambushing lorry convoys on the RN1, Lakurawa raids in Dosso and on Niger's border with
Nigeria, bandit massacres in Zamfara, the Malumfashi mosque killings, priests abducted in Niger
State, al-Shabaab mortars, roadside and suicide car bombs in Gedo, Bay and Kenya's Lamu and
Mandera, Fano's raids on Amhara towns and drone strikes on markets, RSF shelling and drone strikes
in Kordofan, 3R attacks and a burnt displaced site in the Central African Republic, the Islamic
State's church burnings in Niassa, IS cells and drone strikes in the Euphrates valley, IS attacks
and market bombs in Diyala, ELN drones and a motorcycle bomb in Arauca, a party massacre and a
police ambush in Guanajuato, a deadly police operation and the protest after it in São Gonçalo),
at real places no earlier set used. Labels say what an analyst would decide: reports of one
incident (first reports, rewrites by other outlets and languages with other headline words,
tolls and new tolls, claims by JNIM, al-Shabaab, the Islamic State in Mozambique and Syria and
the ELN, an armed group's denial, army, police, prosecutor's, diocese's and state government
statements, a UN mission's and a UN coordinator's condemnations, an NGO's hospital figures, a
rights commission's call for an inquiry, military honours, burials, a wake, a condolence visit,
a governor's visit to the displaced, a drivers' stoppage, patrols suspended, families fleeing,
order restored and inmates recaptured, residents' accounts, families disputing the police's
account, arrests naming the incident, a priest's and bus passengers' release) are one story;
another incident in the same town the same day (Dolow: mortars on the base at dawn, a minibus
bomb at night), a new attack on the same town the next day (Birni N'Konni's police post, then
its bus passengers kidnapped), the next town of one valley the same day (Hajin's checkpoint and
Abu Kamal's convoy), a neighbouring town the next day (Fortul's base, then Arauquita's police
station; Jalawla's post, then Baqubah's market; Salvatierra's party, then Salamanca's police),
two incidents of one country the same day (Burkina's Matiacoali and Boromo; Nigeria's Tsafe and
Malumfashi; Sudan's En Nahud and Bara) and the protest the day after a police operation (São
Gonçalo) are stories of their own.

What it covers (tests/data/same_story_blind18.jsonl, 135 reports, 31 incidents, 18 November to
1 December 2026): Burkina Faso (Matiacoali and Boromo the same day, Safané), Niger (Dogondoutchi,
Birni N'Konni twice in two days), Nigeria (Tsafe and Malumfashi the same day, Kontagora's
priest), Somalia (Dolow twice the same day, Dinsor), Kenya (Witu, Lafey), Ethiopia (Debre Tabor,
Debre Birhan), Sudan (En Nahud and Bara the same day), the Central African Republic (Bocaranga,
Kaga-Bandoro), Mozambique (Mavago), Syria (Hajin and Abu Kamal the same day), Iraq (Jalawla and
Baqubah on consecutive days), Colombia (Fortul and Arauquita on consecutive days), Mexico
(Salvatierra and Salamanca on consecutive days) and Brazil (São Gonçalo: a police operation and
the protest next day); English 57, French 38, Arabic 18, Spanish 12, Portuguese 10 reports; by
kind 31 first reports, 58 rewrites, 4 tolls, 8 claims, 34 follow-ups; time from an incident's
first report to its last from hours to three days. Headlines naming only the country, province or
region, their summaries naming the town or not, when one incident fits (Burkina's gendarmes,
Niger's villagers and border post, Kenya's ambush, IED claim and patrols, Ethiopia's Debre Tabor
and its market strike, Amhara, Gedo, Niassa, Mozambique's claims, the Central African Republic's
denial, camp and toll, Somalia's bombing toll, Iraq's soldiers, Colombia's drones, Mexico's
party, Brazil's raid) and when two do (Burkina's convoy and army statement, Niger's kidnapping,
Nigeria's villagers and mosque, Somalia's minibus, Sudan's shelling, market and UN condemnation, Syria's convoy,
Iraq's market, Colombia's motorcycle bomb, Mexico's police); follow-ups a day or two later
sharing no headline word with the first report ("Honneurs militaires aux 27 soldats tombés dans
le Gourma", « Le 3R dément toute offensive et accuse les « instructeurs russes » », "Moradores
contestam versão da PM sobre mortos no Salgueiro", "Velan a las víctimas de San Nicolás de los
Agustinos entre reclamos de justicia"); one incident in two to four languages with other lead
words; Arabic reports naming the towns only in Arabic script.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at f3d7cb9, set at 334b8ac, with AGGREGATES_ONLY=1):
"eighteenth blind set: 135 reports, 31 incidents, 12 match no watched place; precision 0.987,
recall 0.649, F1 0.783, messages per incident 1.87, hidden 0, late 0". Through the replay
(`python -m tests.story_replay same_story_blind18`, run --once with keywords on, only its two
aggregate lines read): "every report (135, 31 incidents): P 0.988 R 0.665 F1 0.795, 1.84
messages per incident"; "alerted reports (124, 31 incidents): P 0.988 R 0.778 F1 0.870, 1.48
messages per incident". Which twelve reports matched no watched place, and which pairs were
merged across incidents, were not looked at (the set stays blind); neither the watchlists nor a
label was changed after that run, so the test allows those twelve reports and no hidden or late
incident. The floors below are 0.03 under the first-contact figures (messages per incident 0.03
over).
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.987,
    "recall": 0.649,
    "f1": 0.783,
    "messages per incident": 1.87,
    "hidden": 0,
    "late": 0,
    "unmatched": 12,
}
FLOORS = {"precision": 0.957, "recall": 0.619, "f1": 0.753}
MAX_MESSAGES_PER_INCIDENT = 1.90


def test_eighteenth_blind_set_from_matiacoali_to_sao_goncalo() -> None:
    m = measure("same_story_blind18")
    print(summary("eighteenth blind set", m))
    assert m["reports"] == 135
    assert m["incidents"] == 31
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
