"""The twenty-fourth blind same-incident set: twenty-eight incidents from Youwarou to Zamora, five languages.

How it was written: blind. Its author read only README (the parts on matching, watched places, the
gazetteer, which items alert and "One incident, one alert"), issue 17,
tests/test_story_blind23.py, `tests/support/blind_sets.py`, the "What it covers" parts of the
docstrings of tests/test_story_blind3.py to tests/test_story_blind22.py (to keep away from their
places and incidents), the functions `measure` and `summary` of tests/test_story_blind3.py and the
harness's `load`, and the first lines of the twenty-third blind set and its watchlists for the
file formats; never code under bot/, the other labelled sets or other tests, nor the grouper's or
the matcher's output on any part of this set before its labels were final and committed (86918eb).
The watchlists were written first, places typed as an admin would (one spelling, no aliases, every
town with coords:), and checked with `python -m bot check-config` only (and `python -m bot places`
on a line of bare town names): it resolved Youwarou, Déou, Tandjouaré, Kemise (as Kemisē), Abu
Zabad (as Abū Zabad), Pishin, Pul-i-Khumri (as Pul-e Khumrī), Kanker (as Kānker), Sukhnah (as As
Sukhnah), Hpakant (as Hpākān), Datu Piang, El Tarra and Zamora (as Zamora de Hidalgo) at their
coords; Mondoro, Tougouri, Kandadji, Porga, Gajiganna, Amchide, Chétimari, Bulo Burde, Rhamu,
Fataki, Nizi (the gazetteer's Nyzy in Ukraine turned away), Eráti and Liancourt (the gazetteer's
Liancourt in France turned away) stay sites at their coords. Their keyword set (`security`) was
chosen before the reports and not fitted to them. Eighteen of the incidents are in the Sahel,
northern Benin and Togo, the Lake Chad basin, the Horn, Ituri, Nampula and Kordofan, ten elsewhere
(Pakistan, Afghanistan, India, Syria, Myanmar, the Philippines, Haiti, Colombia, Mexico). The
incidents are invented, modelled on attacks of recent years (JNIM's raids on central Mali's camps
and army drone strikes on weddings there, the overrunning of Burkina Faso's detachments and
ambushes on its supply convoys, the Islamic State Sahel's attacks on the Kandadji dam site and its
workers, Boko Haram's raids on Diffa's posts and on Cameroon's Mayo-Sava border towns, JNIM's
attacks on Benin's border posts and gunmen on Togo's Savanes villages, ISWAP's dawn assaults on
Borno's bases and female suicide bombers on its markets, al-Shabaab's car bombs on Hiraan's bases
and mortars on its markets, IEDs on Mandera's police, Fano's incursions into Amhara towns,
CODECO's massacres of the displaced and attacks on Djugu's gold miners, the Islamic State's spread
south of the Lúrio into Nampula, the RSF's assaults on Kordofan towns, motorcycle bombs on
Balochistan's police, Islamic State Khorasan's bank bombings, Maoist IEDs in Bastar, Islamic State
ambushes in the Homs desert, junta air strikes on Kachin's jade mines, BIFF attacks on
Maguindanao's detachments, Gran Grif's massacres in the Artibonite, ELN drone attacks on
Catatumbo's police stations and car bombs on Michoacán's police), at real places no earlier story
set used. Labels say what an analyst would decide: reports of one incident (first reports,
rewrites by wires and by outlets in other languages with other headline words, tolls and new
tolls, claims by JNIM, the Islamic State Sahel, ISWAP, the Islamic State's Central Africa and
Khorasan provinces and al-Shabaab, the RSF's claim and denial, the Malian and Nigerian armies'
counter-accounts, the Ethiopian command post's denial, the Myanmar junta's, government, ministry,
governor's and president's statements, HRW, UNHCR and IOM figures, military honours, funerals and
burials in other towns, displaced arriving elsewhere, arrests, a combing operation,
reinforcements, a contractor halting work, a drivers' strike, traders' strike and mines closed)
are one story; another incident in the same town the same day (Gajiganna: ISWAP's dawn assault on
the army base, a suicide bomber in the market that afternoon), a new attack on the same town the
next day (Bulo Burde: a suicide car bomb on the army base, then mortars on the market),
neighbouring towns the same day (Ituri's Fataki and Nizi, about 30 km apart: CODECO's massacre at
a displaced site, gold miners killed at a mine) and two incidents of one country the same day
(Burkina Faso's Tougouri detachment and the convoy ambushed near Déou) are stories of their own.

What it covers (tests/data/same_story_blind24.jsonl, 129 reports, 28 incidents, 29 November to 6
December 2026): Mali (Youwarou, Mondoro), Burkina Faso (Tougouri and Déou the same day), Niger
(Kandadji, Chétimari), Benin (Porga), Togo (Tandjouaré), Nigeria (Gajiganna twice the same day),
Cameroon (Amchide), Somalia (Bulo Burde twice on consecutive days), Kenya (Rhamu), Ethiopia
(Kemise), the DRC (Fataki and Nizi the same day), Mozambique (Eráti), Sudan (Abu Zabad), Pakistan
(Pishin), Afghanistan (Pul-i-Khumri), India (Kanker), Syria (Sukhnah), Myanmar (Hpakant), the
Philippines (Datu Piang), Haiti (Liancourt), Colombia (El Tarra) and Mexico (Zamora); English 62,
French 28, Arabic 20, Spanish 12, Portuguese 7 reports; by kind 28 first reports, 37 rewrites, 16
tolls, 17 claims and denials, 31 follow-ups; time from an incident's first report to its last from
ten hours to three days. Headlines naming only the country, state, province, county, district,
cercle or region, their summaries naming the town or not, when one incident fits (central Mali,
Mali's army toll, Cameroon's Far North and Cameroon, the Syrian desert and Homs, Niger, Diffa,
Benin, Togo and the Savanes, Kenya's Mandera and its border county, Amhara twice, Nampula four
times, West Kordofan and Kordofan in Portuguese, Baghlan twice, southwest Pakistan, Chhattisgarh
and Bastar, Kachin, Maguindanao del Sur and the Philippines, Haiti and the Artibonite, Catatumbo,
Colombia, Michoacán twice) and when two do (Burkina's army post in Centre-Nord and its convoy
drivers on the day of Tougouri and Déou; Borno's army base and its market bomber on the day of
Gajiganna's two incidents; Ituri's displaced and its gold miners on the day of Fataki and Nizi;
Hiraan's toll of the base and its market shelled the next day); reports that name the other
incident of the town or territory (Gajiganna's market bomb "hours after" the base, Bulo Burde's
mortars "a day after" the car bomb, Nizi's miners "hours after" Fataki's massacre); follow-ups a
day or two later sharing no headline word with the first report ("Chinese contractor suspends work
after two engineers abducted", "Traders observe shutter-down strike, demand protection", "Les
transporteurs observent un arrêt de travail en hommage aux chauffeurs tués", "Les activités
minières suspendues par l'administrateur du territoire", "Zulum visits victims at UMTH, orders
free treatment", "Capturados dos presuntos integrantes del ELN por el atentado", "Milhares de
deslocados chegam a Namapa em busca de abrigo", «تشييع جثامين الجنود في حمص»); headlines naming a
town where the dead are honoured or buried, the wounded treated or the displaced arrive (Sévaré,
Kaya, Natitingou, Limani, Mogadishu, Namapa, Dapaong, Diffa, Saint-Marc, Kombolcha, El Obeid,
Raipur, Cúcuta, Homs); one incident in two to four languages with other lead words; Arabic reports
naming the towns only in Arabic script; the press's spellings beside the watchlist's (Amchidé,
Buloburde, Hiiraan, Erati, Sukhna, Pol-e Khomri and Pul-e-Khumri, Chetimari).

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at eda2fff, set at 86918eb, with AGGREGATES_ONLY=1:
`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=... .venv/bin/python -m pytest -q -s -p no:cacheprovider
tests/test_story_blind24.py`): "twenty-fourth blind set: 129 reports, 28 incidents, 45 match no
watched place; precision 0.915, recall 0.622, F1 0.741, messages per incident 2.07, hidden 1,
late 0" (the replay was not run). Which forty-five reports matched no watched place, which
incident was hidden, and which pairs were split or wrongly merged, were not looked at (the set
stays blind); neither the watchlists nor a label was changed after that run, so the test allows
those forty-five reports and no more, one hidden incident and no late one. The floors below are
0.03 under the first-contact figures (messages per incident 0.03 over).
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.915,
    "recall": 0.622,
    "f1": 0.741,
    "messages per incident": 2.07,
    "hidden": 1,
    "late": 0,
    "unmatched": 45,
}
FLOORS = {"precision": 0.885, "recall": 0.592, "f1": 0.711}
MAX_MESSAGES_PER_INCIDENT = 2.10


def test_twenty_fourth_blind_set_from_youwarou_to_zamora() -> None:
    m = measure("same_story_blind24")
    print(summary("twenty-fourth blind set", m))
    assert m["reports"] == 129
    assert m["incidents"] == 28
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
