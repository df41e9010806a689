"""The twentieth blind same-incident set: twenty-eight incidents from Matéri to Petite-Rivière de l'Artibonite, five languages.

How it was written: blind. Its author read only README, docs/PRODUCT.md, issue 17,
tests/test_story_blind19.py, `tests/support/blind_sets.py`, the docstrings of
tests/test_story_blind3.py to tests/test_story_blind19.py, tests/test_story_labelled.py,
tests/test_story_dev3.py and tests/test_story_dev4.py (to avoid their places and incidents), the
functions `measure` and `summary` of tests/test_story_blind3.py and the harness's `load`, and the
first lines of the nineteenth blind set and its watchlists for the file formats; never code under
bot/, the other labelled sets or other tests, nor the grouper's or the matcher's output on any part
of this set before its labels were final and committed (c978032). The watchlists were written
first, places typed as an admin would (one spelling, no aliases, every town with coords:), and
checked with `python -m bot check-config` only: it resolved Matéri, Cinkassé (as Sinkassé), Bawku,
Faskari, Sabuwa, Maradun, Kafolo, Woldia (as Weldiya), Gimbi, Marrupa, Rutba (as Ar Ruţbah), Tal
Afar, Panjgur, Khost, El Tarra, Toribío, Tecpan de Galeana, Aguililla and Ixchiguán at their
coords; Kiunga, Akobo, Sarmada, Khiam, Ruma, Thanchi and Petite-Rivière de l'Artibonite stay
sites at their coords. Their keyword set (`security`) was chosen before the reports and not
fitted to them. The incidents are invented, modelled on attacks of recent years (JNIM's raids on
northern Benin's police posts and roadside bombs on its patrols, the attacks on Togo's and Côte
d'Ivoire's northern border posts, Bawku's chieftaincy violence, bandits' massacres and mosque
kidnappings in Katsina and Zamfara, al-Shabaab's IEDs on Lamu's police, Fano's raids on Amhara's
towns, abductions of travellers in western Oromia, air strikes on Jonglei's markets, the Islamic
State's raids in Niassa, Islamic State attacks on Iraqi checkpoints and militias, car bombs in
Idlib's border towns, Israeli drone strikes in south Lebanon despite the ceasefire, the BLA's
camp raids in Balochistan, IS-K's bombing of a bank queue in Khost, the KNF's bank raids in
Bandarban, the ELN's and FARC dissidents' drone attacks in Catatumbo and Cauca, ambushes and
landmines in Guerrero and Michoacán, Guatemala's Ixchiguán–Tajumulco land conflict and Gran
Grif's massacres in the Artibonite), at real places no earlier set used, a third of them in West
Africa. Labels say what an analyst would decide: reports of one incident (first reports, rewrites
by other outlets and languages with other headline words, tolls and new tolls, claims by JNIM,
al-Shabaab, the Islamic State, the BLA, the ELN and the Israeli army, the OLA's denial and the
SPLA-IO's accusation, army, police, ministry, governor's, president's and chief minister's
statements, UN and NGO statements, a burial and funerals, a curfew, a state of prevention, a
crossing and a market closed or reopened, displaced arriving elsewhere or going home, arrests
naming the incident, hostages freed or rescued, a police station retaken) are one story; another
incident in the same town the same day (Bawku: a market shooting in the morning, a police escort
ambushed in the evening), a new attack on the same town the next day (Matéri's police station,
then a bomb by its market), neighbouring towns the same day (Katsina's Faskari and Sabuwa) or on
consecutive days (Bandarban's Ruma and Thanchi) and two incidents of one country the same day
(Iraq's Rutba and Tal Afar) are stories of their own.

What it covers (tests/data/same_story_blind20.jsonl, 127 reports, 28 incidents, 24 November to
4 December 2026): Benin (Matéri twice in two days), Togo (Cinkassé), Ghana (Bawku twice the same
day), Nigeria (Faskari and Sabuwa the same day, Maradun), Côte d'Ivoire (Kafolo), Kenya (Kiunga),
Ethiopia (Woldia, Gimbi), South Sudan (Akobo), Mozambique (Marrupa), Iraq (Rutba and Tal Afar
the same day), Syria (Sarmada), Lebanon (Khiam), Pakistan (Panjgur), Afghanistan (Khost),
Bangladesh (Ruma and Thanchi on consecutive days), Colombia (El Tarra, Toribío), Mexico (Tecpan
de Galeana, Aguililla), Guatemala (Ixchiguán) and Haiti (Petite-Rivière de l'Artibonite);
English 65, French 29, Spanish 16, Arabic 11, Portuguese 6 reports; by kind 28 first reports, 50
rewrites, 8 tolls, 10 claims, 31 follow-ups; time from an incident's first report to its last
from hours to three days. Headlines naming only the country, state, province, department or
region, their summaries naming the town or not, when one incident fits (Benin's police, Togo's
Savanes, Côte d'Ivoire's soldiers, Zamfara's kidnapping, Lamu's landmine, Amhara, Oromia,
Jonglei, Niassa, Idlib, south Lebanon, Balochistan, Afghanistan, Bandarban, Catatumbo, Colombia,
Guerrero, Michoacán, Guatemala, the Artibonite) and when two do (Ghana's Upper East on the day of
Bawku's two incidents, Katsina's killings and kidnapping, Iraq's checkpoint and roadside bomb,
Anbar's toll); follow-ups a day or two later sharing no headline word with the first report
("Le ministre de l'Intérieur au chevet des blessés à Tanguiéta", "Maigora buries its dead",
"Police confirm kidnap, deploy tactical teams", «وزارة الداخلية: القبض على خلية متورطة في تفجير
الأمس», "Famílias deslocadas chegam à vila-sede", "Presidente Arévalo decreta estado de
prevención", "La PNH reprend le contrôle du commissariat"); one incident in two to four
languages with other lead words; Arabic reports naming the towns only in Arabic script.

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at f205af7, set at c978032, with AGGREGATES_ONLY=1):
"twentieth blind set: 127 reports, 28 incidents, 30 match no watched place; precision 0.935,
recall 0.504, F1 0.655, messages per incident 2.25, hidden 0, late 1" (the replay was not run).
Which thirty reports matched no watched place, which incident was late, and which pairs were
merged across incidents, were not looked at (the set stays blind); neither the watchlists nor a
label was changed after that run, so the test allows those thirty reports, that one late
incident and no more, and no hidden incident. The floors below are 0.03 under the first-contact
figures (messages per incident 0.03 over).
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.935,
    "recall": 0.504,
    "f1": 0.655,
    "messages per incident": 2.25,
    "hidden": 0,
    "late": 1,
    "unmatched": 30,
}
FLOORS = {"precision": 0.905, "recall": 0.474, "f1": 0.625}
MAX_MESSAGES_PER_INCIDENT = 2.28


def test_twentieth_blind_set_from_materi_to_petite_riviere() -> None:
    m = measure("same_story_blind20")
    print(summary("twentieth blind set", m))
    assert m["reports"] == 127
    assert m["incidents"] == 28
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
