"""The twelfth blind same-incident set: thirty-seven incidents from Boni to Arcahaie, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are"), docs/PRODUCT.md, tests/test_story_blind11.py,
the docstrings of tests/test_story_blind3.py to tests/test_story_blind10.py (to avoid their
places and incidents), the functions `measure` and `summary` of tests/test_story_blind3.py, and
the first lines of the eleventh blind set and its watchlists for the file formats; never code
under bot/, the other labelled sets or other tests, nor the grouper's or the matcher's output on
any part of this set before its labels were final and committed. The watchlists were written
first and checked with `python -m bot check-config` only (it reported no problem to fix); their
keyword list was written before the reports and not fitted to them. The incidents are invented,
modelled on typical events of recent years, at real places no earlier blind set used. Labels say
what an analyst would decide: reports of one incident (first flash, rewrites by other outlets with
other headline words, a syndicated AFP copy in a second feed, tolls and new tolls, claims by
JNIM, al-Shabaab, the Islamic State, ISKP, FARC dissidents and Maoists, a rebel movement's denial
and a communist party's statement, funerals and mass burials, national and provincial mourning,
a siege's end, a curfew and an internet cut after a riot, the recapture of escaped inmates,
arrests and suspects killed naming their incident, the release of kidnapped miners and police,
a state of disturbance, an oil unit back online, a peacekeeper's repatriation, statements a day
or two later that share no headline word and carry no listed keyword) are one story; another
incident in the same country the same day (Boni's convoy and Ansongo's bus in Mali; Tuz Khurmatu's
patrol and Basra's oil field in Iraq; Bint Jbeil's car and Hermel's border crossing in Lebanon;
Sungai Kolok's hotel and Saba Yoi's checkpoint in Thailand's deep south) or the next day or two
(Mastung's rally and the Sibi train siege in Balochistan; Tangaza and Koton Karfe in Nigeria;
Buenaventura and Ocaña in Colombia; Walikale and Fizi in the Kivus) and a new attack on the same
town four days later (Pama's gendarmerie after the aid workers' kidnapping) are stories of their own.

What it covers (tests/data/same_story_blind12.jsonl, 138 reports, 37 incidents, August to
November 2026): Mali (Boni, Ansongo), Niger (Inatès), Burkina Faso (Pama twice in four days),
Nigeria (Tangaza in Sokoto, Koton Karfe's prison in Kogi), Somalia (Luuq in Gedo), Kenya (Kapedo
in Baringo), Ethiopia (Shire in Tigray), South Sudan (Bor in Jonglei), the DRC (Walikale's mine
hostages, Fizi's massacre), the Central African Republic (Bangassou's UN convoy), Mozambique
(Memba in Nampula), Iraq (Tuz Khurmatu, Basra), Lebanon (Bint Jbeil, Hermel), Syria (the Palmyra
bus), Yemen (Saada's detention centre), Pakistan (Mastung, Sibi's train, Miranshah), India
(Baramulla, Kangpokpi's riot, Dantewada's IED), Afghanistan (Jalalabad's bank), the Philippines
(Las Navas in Northern Samar), Thailand (Sungai Kolok, Saba Yoi), Colombia (Buenaventura, Ocaña),
Mexico (Chilpancingo's police kidnapping), Ecuador (Quevedo's pool hall), Brazil (Altamira's
prison in Pará) and Haiti (Arcahaie); English 76, French 35, Arabic 10, Spanish 10, Portuguese 7
reports. Reports naming only the country, state, province or region when one incident fits
(Niger, Burkina Faso, Gedo, Baringo, Tigray, Jonglei, North Kivu, South Kivu, Central African
Republic, Nampula, Syria, Yemen, Pakistan, North Waziristan, Jammu and Kashmir, Manipur,
Chhattisgarh, Afghanistan, Northern Samar, the Philippines, Narathiwat, Songkhla, Guerrero,
Ecuador, Pará, Brazil, Haiti, Kogi State, Sokoto State) and when two do (Mali, Iraq, Lebanon,
Thailand, Colombia, Balochistan, the DRC); reports naming a neighbouring country or another
incident's province beside their own; one incident in two or three languages with other lead words.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 47a5eca, set at 44e28c4, with AGGREGATES_ONLY=1):
"twelfth blind set: 138 reports, 37 incidents, 10 match no watched place; precision 1.000, recall
0.477, F1 0.646, messages per incident 2.16, hidden 0, late 0". Through the replay (`python -m
tests.story_replay same_story_blind12`, run --once with keywords on): "every report (138, 37
incidents): P 1.000 R 0.447 F1 0.618, 2.24 messages per incident"; "alerted reports (109, 37
incidents): P 1.000 R 0.718 F1 0.836, 1.46 messages per incident". Which ten reports matched no
watched place were not looked at (the set stays blind); the test allows those ten and no more.
The floors below are 0.03 under the first-contact figures (messages per incident 0.03 over); no
incident was hidden or late at first contact, so any incident made hidden or late fails the test.
Spent: story15 read this set item by item (issue 17, story15's round) and wrote rules for its
classes of error (above all "different places"), so it no longer measures the rules blind. Its
figures after that round (harness): precision 1.000, recall 0.583, F1 0.737, 1.89 messages per
incident; the floors were raised to those less 0.03.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 1.000,
    "recall": 0.477,
    "f1": 0.646,
    "messages per incident": 2.16,
    "hidden": 0,
    "late": 0,
    "unmatched": 10,
}
FLOORS = {"precision": 0.970, "recall": 0.553, "f1": 0.707}
MAX_MESSAGES_PER_INCIDENT = 1.92


def test_twelfth_blind_set_from_boni_to_arcahaie() -> None:
    m = measure("same_story_blind12")
    print(summary("twelfth blind set", m))
    assert m["reports"] == 138
    assert m["incidents"] == 37
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
