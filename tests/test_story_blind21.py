"""The twenty-first blind same-incident set: twenty-eight incidents from Dioura to Kazgil, five languages.

How it was written: blind. Its author read only README, docs/PRODUCT.md, issue 17,
tests/test_story_blind20.py, `tests/support/blind_sets.py`, the docstrings of the earlier
tests/test_story_*.py sets (to avoid their places and incidents), the functions `measure` and
`summary` of tests/test_story_blind3.py and the harness's `load`, and the first lines of the
twentieth blind set and its watchlists for the file formats; never code under bot/, the other
labelled sets or other tests, nor the grouper's or the matcher's output on any part of this set
before its labels were final and committed (ed43d58). The watchlists were written first, places
typed as an admin would (one spelling, no aliases, every place with coords:), and checked with
`python -m bot check-config` only: it resolved Bougouni, Aguelhok, Bourzanga, Bilanga, Malam
Fatori (as Mallam Fatori), Magumeri, Kukawa, Jilib and Afgooye at their coords; Dioura,
Farabougou, Piéla, Fambita, Koutoukalé prison, Tchoukoutalia, Bardhere, Hulugho, Kotile, Hagadera
camp, Kalunguta, Mweso, Mucojo, Katapua, Abu Shouk camp, Kalogi and Kazgil stay sites at their
coords. Their keyword set (`security`) was chosen before the reports and not fitted to them. This
is the issue's own held-out shape: half the incidents in the Sahel (Mali, Burkina Faso, Niger)
and north-east Nigeria / Lake Chad, a quarter in Somalia and on Kenya's border, the rest in
eastern DRC, Cabo Delgado and Darfur/Kordofan. The incidents are invented, modelled on attacks of
recent years (JNIM's raids on Malian army camps, its fuel blockade's convoy ambushes in the
south, its kidnappings in the Niono circle, Malian drone strikes on Kidal's markets, JNIM's
assaults on Burkina Faso's detachments, roadside bombs and market attacks in the Gnagna, the
Islamic State Sahel's mosque massacres in Tillabéri, the Koutoukalé jailbreak, ISWAP's raids on
Borno's bases and towns, female suicide bombers at Borno's markets, abductions of Lake Chad's
fishermen, Boko Haram's attacks on Chad's island posts, US strikes around Jilib, al-Shabaab's
raids on Gedo's bases, IEDs and police-station attacks around Afgooye, al-Shabaab's raids,
roadside bombs and kidnappings in Garissa County, ADF massacres in Beni territory, shells on
Masisi's hospitals, Islamic State raids and N1 ambushes in Cabo Delgado, RSF shelling of El
Fasher's camps and drone strikes and village raids in the Kordofans), at real places no earlier
set used. Labels say what an analyst would decide: reports of one incident (first reports,
rewrites by wires, local radio, NGOs, armies and armed groups in other languages and with other
headline words, tolls and new tolls, claims by JNIM, the Islamic State, al-Shabaab, AFRICOM and
the RSF, denials by the Malian army, the Nigerian army, the M23, the RSF and the SPLM-N,
counter-claims of civilian deaths, governors', presidents', ministers' and police statements, UN,
UNICEF, MSF, IRC, NRC and HRW statements, national mourning, burials, a market closed, wounded
evacuated, displaced arriving elsewhere, arrests naming the incident, escapees recaptured,
hostages freed or rescued, reinforcements) are one story; another incident in the same town the
same day (Afgooye: a minibus bomb in the morning, a police station stormed in the evening), a
new attack on the same town the next day (Magumeri: a night raid, then a suicide bomber at its
cattle market), neighbouring towns the same day (the Gnagna's Piéla and Bilanga; Garissa's
Hulugho and Kotile) and two incidents of one country the same day (Mali's Dioura and Bougouni)
are stories of their own.

What it covers (tests/data/same_story_blind21.jsonl, 126 reports, 28 incidents, 25 November to
3 December 2026): Mali (Dioura and Bougouni the same day, Farabougou, Aguelhok), Burkina Faso
(Piéla and Bilanga the same day, Bourzanga), Niger (Fambita, Koutoukalé), Nigeria (Malam Fatori,
Magumeri twice on consecutive days, Kukawa), Chad (Tchoukoutalia), Somalia (Jilib, Bardhere,
Afgooye twice the same day), Kenya (Hulugho and Kotile the same day, Hagadera), DR Congo
(Kalunguta, Mweso), Mozambique (Mucojo, Katapua) and Sudan (Abu Shouk camp, Kalogi, Kazgil);
English 61, French 33, Arabic 18, Spanish 7, Portuguese 7 reports; by kind 28 first reports, 33
rewrites, 12 tolls, 12 claims, 41 follow-ups; time from an incident's first report to its last
from hours to three days. Headlines naming only the country, state, province, county or region,
their summaries naming the town or not, when one incident fits (Mali's kidnapping and its
hostages' release, Kidal, Burkina's Centre-Nord, Tillabéri, Niger's recaptured escapees, Chad,
Middle Juba, Gedo, Kenya's kidnapping, North Kivu, Masisi, Cabo Delgado, North Darfur, South
Kordofan, North Kordofan) and when two do (Mali's army statement and truckers' strike threat on
the day of Dioura and Bougouni, Burkina's market attack and new bomb toll on the day of Piéla
and Bilanga, Borno's suicide bomber on the day of Magumeri's two incidents, Garissa's security
chiefs on the day of Hulugho and Kotile, Lower Shabelle's arrests after Afgooye's two
incidents); follow-ups a day or two later sharing no headline word with the first report ("Le
gouvernement décrète un deuil national de 72 heures", "Zulum visits scene, orders rebuilding of
health centre", "Thousands flee to Bogandé after market attack", "Detectives arrest two over Ijara
explosive device", "Governador visita deslocados em Macomia-sede e promete reforço militar",
«الدعم السريع تنفي استهداف المدنيين في الفاشر»); reports that name the other incident of the
day; one incident in two to four languages with other lead words; Arabic reports naming the
towns only in Arabic script.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 4d61ae4, set at ed43d58, with AGGREGATES_ONLY=1):
"twenty-first blind set: 126 reports, 28 incidents, 54 match no watched place; precision 1.000,
recall 0.240, F1 0.387, messages per incident 3.07, hidden 0, late 0" (the replay was not run).
Which fifty-four reports matched no watched place, and which incidents split, were not looked at
(the set stays blind); neither the watchlists nor a label was changed after that run, so the test
allows those fifty-four reports and no more, and no hidden or late incident. The floors below are
0.03 under the first-contact figures (messages per incident 0.03 over).
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 1.000,
    "recall": 0.240,
    "f1": 0.387,
    "messages per incident": 3.07,
    "hidden": 0,
    "late": 0,
    "unmatched": 54,
}
FLOORS = {"precision": 0.970, "recall": 0.210, "f1": 0.357}
MAX_MESSAGES_PER_INCIDENT = 3.10


def test_twenty_first_blind_set_from_dioura_to_kazgil() -> None:
    m = measure("same_story_blind21")
    print(summary("twenty-first blind set", m))
    assert m["reports"] == 126
    assert m["incidents"] == 28
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
