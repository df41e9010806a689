"""The twenty-second blind same-incident set: twenty-eight incidents from Nampala to Coalcomán, five languages.

How it was written: blind. Its author read only README, docs/PRODUCT.md, issue 17,
tests/test_story_blind21.py, `tests/support/blind_sets.py`, the docstrings of
tests/test_story_blind3.py to tests/test_story_blind20.py, tests/test_story_labelled.py,
tests/test_story_dev3.py and tests/test_story_dev4.py (to avoid their places and incidents), the
functions `measure` and `summary` of tests/test_story_blind3.py and the harness's `load`, and the
first lines of the twenty-first blind set and its watchlists for the file formats; never code under
bot/, the other labelled sets or other tests, nor the grouper's or the matcher's output on any part
of this set before its labels were final and committed (67568b5). The watchlists were written
first, places typed as an admin would (one spelling, no aliases, every town with coords:), and
checked with `python -m bot check-config` only (and `python -m bot places` on a line of bare town
names, for coordinates): it resolved Barani, Banki, Gajiram, Makary, Takaba, Umm Ruwaba, Kutum,
Wana, Khar, Kyaukme, Daquq (as Dāqūq), Tabqa (as Al-Tabqa), Dhale (as Aḑ Ḑāli‘), Verrettes,
Ituango and Coalcomán (as Coalcomán de Vázquez Pallares) at their coords; Nampala, Tamou, Auno
(namesakes only in France), Jakana, Adan Yabaal, Elasha Biyaha, Shewa Robit, Kamango, Kitshanga
and Quiterajo stay sites at their coords. Their keyword set (`security`) was chosen before the
reports and not fitted to them. Two thirds of the incidents are in the Sahel, Lake Chad, the Horn,
the Great Lakes, Mozambique and Sudan, a third elsewhere (Pakistan, Iraq, Syria, Yemen, Myanmar,
Haiti, Colombia, Mexico). The incidents are invented, modelled on attacks of recent years (JNIM's
raids on Malian camps near the Mauritanian border and on Burkina Faso's western detachments, the
Islamic State Sahel's market killings in Niger's Say department, Boko Haram's torching of
vehicles and abductions at the Auno checkpoint, ISWAP's raids on Borno's forward bases and
abductions of women gathering firewood, female suicide bombers in Banki's camp, Boko Haram's
attacks on the Far North's gendarmeries, al-Shabaab's assaults on Middle Shabelle's bases and its
bombers and mortars in the Afgooye corridor, IEDs and camp raids in Mandera, Fano freeing inmates
in North Shewa, RSF drones on Kordofan's markets and army bombs on Darfur's hospitals, ADF
massacres in Watalinga, M23 and Wazalendo fighting in Masisi, the Islamic State's beheadings on
the Macomia coast, attacks on Wana's cantonment and a JUI-F convention in Bajaur, Islamic State
attacks on Kirkuk's checkpoints and motorcycle bombs in Raqqa's towns, Houthi drones on Dhale's
camps, junta air strikes on Shan's monasteries, Gran Grif's raids in the Artibonite, FARC
dissidents' drone attacks in Antioquia and car bombs in Michoacán), at real places no earlier set
used. Labels say what an analyst would decide: reports of one incident (first reports, rewrites
by wires and by outlets in other languages with other headline words, tolls and new tolls, claims
by JNIM, the Islamic State, al-Shabaab, the Hafiz Gul Bahadur alliance and the Islamic State
Khorasan, denials by Somalia's government and the Houthis, the RSF's accusation and the M23's,
army, ministry, police, governor's and chief minister's statements, UN, MSF and aid agencies'
statements, national mourning, military honours, funeral prayers and burials in other cities,
survivors' accounts, displaced arriving elsewhere, hostages released or escaping, escapees
recaptured, arrests naming the incident, a search operation, reinforcements, rewards, a market
shut, aid suspended, a network cut) are one story; another incident in the same town the same day
(Elasha Biyaha: a suicide bomber at a police checkpoint in the morning, mortars on a displacement
camp in the evening), a new attack on the same town the next day (Takaba: an IED on a police
vehicle, then the police camp and a mast attacked), neighbouring towns the same night (Borno's
Auno and Jakana, 18 km apart) and two incidents of one country the same day (Pakistan's Wana and
Khar; Sudan's Umm Ruwaba and Kutum) are stories of their own.

What it covers (tests/data/same_story_blind22.jsonl, 128 reports, 28 incidents, 27 November to
5 December 2026): Mali (Nampala), Burkina Faso (Barani), Niger (Tamou), Nigeria (Auno and Jakana
the same night, Banki, Gajiram), Cameroon (Makary), Somalia (Adan Yabaal, Elasha Biyaha twice the
same day), Kenya (Takaba twice on consecutive days), Ethiopia (Shewa Robit), Sudan (Umm Ruwaba and
Kutum the same day), the DRC (Kamango, Kitshanga), Mozambique (Quiterajo), Pakistan (Wana and
Khar the same day), Iraq (Daquq), Syria (Tabqa), Yemen (Dhale), Myanmar (Kyaukme), Haiti
(Verrettes), Colombia (Ituango) and Mexico (Coalcomán); English 69, French 28, Arabic 16, Spanish
8, Portuguese 7 reports; by kind 28 first reports, 32 rewrites, 18 tolls, 12 claims and denials,
38 follow-ups; time from an incident's first report to its last from nine hours to two days.
Headlines naming only the country, state, province, district, county or region, their summaries
naming the town or not, when one incident fits (Mali's toll, the Boucle du Mouhoun, Tillabéri's
mourning, Niger's survivors, Nigeria's abducted women, the Far North, Middle Shabelle, Somalia's
denial, Amhara, North Kordofan, North Kivu twice on other days, Masisi, Cabo Delgado, South
Waziristan, Raqqa, Kirkuk, Yemen, Myanmar, Shan State, the Artibonite, Haiti, Antioquia, Michoacán,
Mexico) and when two do (Borno's missing travellers and repelled base attack on the day of Auno
and Jakana, Khyber Pakhtunkhwa's compensation on the day of Wana and Khar, Sudan's UN
condemnation and RSF accusation on the day of Umm Ruwaba and Kutum, Lower Shabelle's burial after
Elasha Biyaha's two incidents, Mandera's "second attack in two days"); reports that name the other
incident of the day; follow-ups a day or two later sharing no headline word with the first report
("Cercle de Niono : hommage national aux onze militaires tombés", "Humanitarian agencies suspend
food distribution in Bama LGA", "Federal police say 312 escapees back in custody", «الناصرية تشيع
ثلاثة من أبنائها الجنود», "Funeral prayers offered for four soldiers at Peshawar garrison", "Sepultan
en Medellín a los policías asesinados en el norte antioqueño", "Mais de duas mil pessoas procuram
abrigo na vila-sede de Macomia"); headlines naming a town where the dead are buried, the wounded
treated or the displaced arrive; one incident in two to four languages with other lead words;
Arabic reports naming the towns only in Arabic script.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 0d06a9d, set at 67568b5, with AGGREGATES_ONLY=1):
"twenty-second blind set: 128 reports, 28 incidents, 13 match no watched place; precision 0.979,
recall 0.775, F1 0.865, messages per incident 1.54, hidden 0, late 1" (the replay was not run).
Which thirteen reports matched no watched place, which incident was late, and which pairs were
merged across incidents, were not looked at (the set stays blind); neither the watchlists nor a
label was changed after that run, so the test allows those thirteen reports, that one late
incident and no more, and no hidden incident. The floors below are 0.03 under the first-contact
figures (messages per incident 0.03 over).
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.979,
    "recall": 0.775,
    "f1": 0.865,
    "messages per incident": 1.54,
    "hidden": 0,
    "late": 1,
    "unmatched": 13,
}
FLOORS = {"precision": 0.949, "recall": 0.745, "f1": 0.835}
MAX_MESSAGES_PER_INCIDENT = 1.57


def test_twenty_second_blind_set_from_nampala_to_coalcoman() -> None:
    m = measure("same_story_blind22")
    print(summary("twenty-second blind set", m))
    assert m["reports"] == 128
    assert m["incidents"] == 28
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
