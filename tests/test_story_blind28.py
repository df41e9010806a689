"""The twenty-eighth blind same-incident set: twenty-eight incidents from Dogofry to Tlacotepec, five languages.

How it was written: blind. Its author read only README (the parts on matching, watched places and
"One incident, one alert"), issue 17, tests/test_story_blind27.py, `tests/support/blind_sets.py`,
the docstrings of the earlier story, places and languages blind sets (to keep away from their
places and incidents), the functions `measure` and `summary` of tests/test_story_blind3.py, the
harness's `load` and the first lines of the twenty-seventh blind set and its watchlists for the
file formats; never code under bot/, the other labelled sets or other tests, nor the grouper's or
the matcher's output on any part of this set before its labels were final and committed (da7b110).
The watchlists were written first (fbe2487), places typed as an admin would (one spelling, no
aliases, every town with coords:), and checked with `python -m bot check-config` only (and
`python -m bot places` on a line of bare town names): it resolved Méhana, Bembèrèkè, Sinendé,
Kanamma, Blangoua (as Blangwa), Injibara, Datta Khel, Al-Kasra (as Al Kasrah), Maqbanah, Inzá and
Tlacotepec (Guerrero's, by its coords; the gazetteer's most populous namesake is in Puebla) at
their coords; Dogofry, Ouenkoro, Toéni, Korbongou, Ngoshe, Bohoma, Garbaharey (the gazetteer spells
it Garbahaarrey), Kolbio, Mutwanga, Miangalewa, Um Sumeima, Usur, Depayin, Piagapo and Desdunes
stay sites at their coords. Their keyword set (`security`) was chosen before the reports and not
fitted to them. Eighteen of the incidents are in the Sahel, northern Benin and Togo, the Lake Chad
basin (Borno, Yobe, Cameroon's Logone-et-Chari, Chad's Lac), the Horn, North Kivu, Cabo Delgado and
North Kordofan, ten elsewhere (Pakistan twice, India, Syria, Yemen, Myanmar, the Philippines,
Haiti, Colombia, Mexico). The incidents are invented, modelled on attacks of recent years (JNIM's
dawn assaults on Mali's posts in the Office du Niger and killings of villagers in the Bankass
cercle, the overrunning of Burkina Faso's detachments in the Sourou, the Islamic State Sahel's
ambushes on Niger's patrols near the Burkinabè border, night raids on northern Benin's police
stations and kidnappings of village chiefs, JNIM's raids on Togo's positions in the Savanes, Boko
Haram's killings of farmers at harvest in Gwoza and ISWAP's raids on Yobe's border bases, Boko
Haram's attacks on fishermen and on Chad's island bases on Lake Chad, al-Shabaab's car-bomb
assaults on Gedo's bases and its roadside bombs in Garissa, Fano's raids on Amhara's zone
capitals, the ADF's massacres under the Ruwenzori, the Islamic State's beheadings and ambushes in
Muidumbe, the RSF's raids on Kordofan's villages, militant attacks on North Waziristan's check
posts and bombs on its peace committees, the Maoists' IEDs in Bijapur, Islamic State cells on
Deir ez-Zor's SDF checkpoints, Houthi shelling of Taiz's villages, junta air strikes on Sagaing's
schools, Dawlah Islamiyah ambushes in Lanao del Sur, Gran Grif's raids in the Bas-Artibonite, FARC
dissidents' drone attacks on Cauca's police stations and ambushes of police in Guerrero's
sierra), at real places no earlier story set used. Labels say what an analyst would decide:
reports of one incident (first reports, rewrites by wires and by outlets in other languages with
other headline words, tolls and new tolls, claims by JNIM, al-Shabaab, the Islamic State's West
Africa, Sahel, Mozambique and Syrian branches, the Maoists and Hafiz Gul Bahadur's faction, the
blame of a defence minister, the Malian, Somali, Nigerian, Myanmar, Ethiopian and Houthi armies'
and authorities' and the RSF's denials and counter-accounts, army, ministry, police, government,
governor, minister, UN and UNICEF statements, funeral prayers and honours in other towns, burials,
the wounded visited or treated elsewhere, displaced arriving in other towns, arrests, a dead-city
day, a traders' strike, a ransom demand, pursuit operations, remains arriving at a camp, a wake)
are one story; another incident in the same town the same day (Datta Khel: the dawn attack on the
check post, the bomb that killed a peace committee elder in the bazaar that afternoon), a new
attack on the same town the next day (Miangalewa: the beheadings in the village, then the ambush
of the army convoy), neighbouring towns the same day (the night attack on Bembèrèkè's police
station and the kidnapping of a village chief at Sinendé, about 30 km away, that morning) and two
incidents of one country the same day (Nigeria: the farmers killed at Ngoshe in Borno, the ISWAP
raid on the Kanamma base in Yobe) are stories of their own.

What it covers (tests/data/same_story_blind28.jsonl, 129 reports, 28 incidents, 29 November to 6
December 2026): Mali (Dogofry, Ouenkoro six days apart), Burkina Faso (Toéni), Niger (Méhana),
Benin (Bembèrèkè and Sinendé the same day), Togo (Korbongou), Nigeria (Ngoshe and Kanamma the
same day), Cameroon (Blangoua), Chad (Bohoma, the next day, on the same lake), Somalia
(Garbaharey), Kenya (Kolbio), Ethiopia (Injibara), the DRC (Mutwanga), Mozambique (Miangalewa on
consecutive days), Sudan (Um Sumeima), Pakistan (Datta Khel twice the same day), India (Usur),
Syria (Al-Kasra), Yemen (Maqbanah), Myanmar (Depayin), the Philippines (Piagapo), Haiti
(Desdunes), Colombia (Inzá) and Mexico (Tlacotepec); English 67, French 32, Arabic 16, Spanish 8,
Portuguese 6 reports; by kind 28 first reports, 40 rewrites, 7 tolls, 19 claims and denials, 12
statements, 23 follow-ups; time from an incident's first report to its last from ten hours
to about a day and a half. Headlines naming only the country, state, province, region,
department, district, county or zone, their summaries naming the town or not, when one incident
fits (Mali the first time and the second, the Ségou region's Niono sector, Burkina Faso and the
Boucle du Mouhoun, Niger and Tillabéri, Togo and its far north, Borno, Cameroon's Far North,
Somalia and Gedo, Garissa, Amhara and the Awi zone, Congo, North Kivu and Beni, Cabo Delgado on
the day of the beheadings, North Kordofan, Bijapur and Chhattisgarh, western Deir ez-Zor, Taiz,
Sagaing and Myanmar, Lanao del Sur, Haiti and the Artibonite, Colombia and Cauca, Guerrero) and
when two do (northeast Nigeria and the Nigerian army base on the day of Ngoshe and Kanamma, the
farmers or the base choosing; the Borgou's police station on the day of Bembèrèkè and Sinendé;
Cabo Delgado's and Muidumbe's soldiers killed in an ambush the day after the beheadings; North
Waziristan's post and its slain elder on the day of the two Datta Khel incidents; Lake Chad's
soldiers the day after Blangoua's fishermen, the country choosing); reports that name the other
incident of the town or the day (the Sinendé kidnapping "hours after police station attack", the
Miangalewa ambush "a day after beheadings", the elder's bomb "hours after post attack"); a
follow-up of the first Miangalewa incident (the displaced registered in Mueda) and a claim of the
first Datta Khel incident published after the second began; follow-ups a day or two later sharing
no headline word with the first report ("Jubaland leader flies in, visits wounded at regional
hospital", "Parents bury 11 pupils as villagers call for no-fly zone", "Zulum condoles bereaved
families, orders escorts for harvest", "SDF, coalition sweep villages, detain 14 suspects", "Le
gouverneur au chevet des rescapés, les pêcheurs réclament des escortes", "Le gouverneur de Mopti
auprès des familles endeuillées", "Les ravisseurs réclament 15 millions de FCFA pour libérer le
chef de village", "Velan en Chilpancingo a los agentes caídos"); headlines naming a town where the
dead are honoured or mourned, the wounded treated or visited, the displaced arrive or a protest is
held (Niono, Dédougou, Jagdalpur, El Obeid, Damaturu, Saint-Marc, Mueda, Beni, Miranshah, Bahir
Dar, Bol, Camp Evangelista, Chilpancingo); a wire placing Korbongou's attack only "near Dapaong";
towns spelled otherwise in wire copy (Bembereke, Sinende, Kasra); one incident in two or three
languages with other lead words; Arabic reports naming the towns only in Arabic script
(دوغوفري, غرباهاري, توني, أم صميمة, بيمبيريكي, الكسرة, ميهانا, إنجيبارا, بوهوما, مقبنة).

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 109c7cd, set at da7b110, with AGGREGATES_ONLY=1:
`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=... .venv/bin/python -m pytest -q -s -p no:cacheprovider
tests/test_story_blind28.py`): "twenty-eighth blind set: 129 reports, 28 incidents, 40 match no
watched place; precision 0.974, recall 0.632, F1 0.766, messages per incident 2.00, hidden 0,
late 0" (the replay was not run). Which forty reports matched no watched place, and which pairs
were split or wrongly merged, were not looked at (the set stays blind); neither the watchlists nor
a label was changed after that run, so the test allows those forty reports and no more, and no
incident hidden or late. The floors below are 0.03 under the first-contact figures (messages per
incident 0.03 over).
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.974,
    "recall": 0.632,
    "f1": 0.766,
    "messages per incident": 2.00,
    "hidden": 0,
    "late": 0,
    "unmatched": 40,
}
FLOORS = {"precision": 0.944, "recall": 0.602, "f1": 0.736}
MAX_MESSAGES_PER_INCIDENT = 2.03


def test_twenty_eighth_blind_set_from_dogofry_to_tlacotepec() -> None:
    m = measure("same_story_blind28")
    print(summary("twenty-eighth blind set", m))
    assert m["reports"] == 129
    assert m["incidents"] == 28
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
