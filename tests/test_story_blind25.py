"""The twenty-fifth blind same-incident set: twenty-eight incidents from Dinangourou to Buenavista, five languages.

How it was written: blind. Its author read only README (the parts on matching, watched places, the
gazetteer, which items alert and "One incident, one alert"), issue 17,
tests/test_story_blind24.py, `tests/support/blind_sets.py`, the docstrings of
tests/test_story_blind3.py to tests/test_story_blind24.py and of the earlier places and languages
blind sets (to keep away from their places and incidents), the functions `measure` and `summary`
of tests/test_story_blind3.py, the harness's `load` and the first lines of the twenty-fourth blind
set and its watchlists for the file formats; never code under bot/, the other labelled sets or
other tests, nor the grouper's or the matcher's output on any part of this set before its labels
were final and committed (e90b42e). The watchlists were written first (a2e6239), places typed as
an admin would (one spelling, no aliases, every town with coords:), and checked with
`python -m bot check-config` only (and `python -m bot places` on a line of bare town names): it
resolved Kalalé, Goniri, Wajid (as Waajid), Dalbandin, Sheberghan (as Shibirghān), Moirang (as
Moirāng), Qaryatayn (as Al Qaryatayn), Butig and Buenavista (as Buenavista Tomatlán) at their
coords; Dinangourou, Nassoumbou, Koundjoaré, Kirawa, Tourou, Kotulo, Luvungi, Sange, Chipene, Abu
Jubeiha, Mindat and Savanette stay sites at their coords, and so do Ber (the gazetteer's Véroia in
Greece turned away), Pensa (Penza in Russia turned away), Sanam (Sanom in Thailand), Mota (Khonuu
in Russia) and El Plateado (El Plateado de Joaquín Amaro in Mexico). Their keyword set
(`security`) was chosen before the reports and not fitted to them. Eighteen of the incidents are
in the Sahel, northern Benin and Togo, the Lake Chad basin, the Horn, South Kivu, Nampula and South
Kordofan, ten elsewhere (Pakistan twice, Afghanistan, India, Syria, Myanmar, the Philippines, Haiti,
Colombia, Mexico). The incidents are invented, modelled on attacks of recent years (JNIM's raids on
central Mali's army posts and army drone strikes on northern Mali's fairs, the overrunning of
Burkina Faso's detachments and massacres of villagers back from food distributions, the Islamic
State Sahel's raids on Tillabéri's villages, attacks on Benin's police posts near Nigeria and IEDs
on Togo's army in Kpendjal, Boko Haram's abductions of women fetching firewood on Borno's border,
ISWAP's drone assaults on Yobe's bases, Boko Haram's night raids on the Mayo-Tsanaga, al-Shabaab's
car bombs on Bakool's AU bases and bombs in its markets, its raids on Mandera's police camps and
telecom masts, Fano's prison breaks in Gojjam, shelling of the Ruzizi plain and killings of local
chiefs there, the Islamic State's burning of Nampula's Catholic missions, drone strikes on South
Kordofan's markets, Balochistan's police van bombs and killings of Punjabi labourers, Islamic State
Khorasan's bombings of Taliban offices, ambushes on the Assam Rifles in Manipur, Islamic State cells
on the Homs desert's checkpoints, junta air strikes on Chin towns, Dawlah Islamiyah's ambushes in
Lanao del Sur, gangs' attacks on Haiti's Centre, drone attacks on Cauca's bases and killings of
Michoacán's lime growers' leaders), at real places no earlier story set used. Labels say what an
analyst would decide: reports of one incident (first reports, rewrites by wires and by outlets in
other languages with other headline words, tolls and new tolls, claims by JNIM, ISWAP,
al-Shabaab, the Islamic State's Mozambique and Khorasan provinces and in al-Naba, the BLA and the
BLF, the Malian, Nigerian and Myanmar armies' counter-accounts, AUSSOM's, the Amhara command
post's, the M23's and the RSF's denials, government, ministry, governor's, bishop's, UN, OCHA and
HRW statements, military honours, funerals and bodies brought home in other towns, the wounded
evacuated, displaced arriving elsewhere, arrests, combing and pursuit operations, reinforcements,
a curfew, a network outage, a ville morte, a traders' shutdown and growers' stoppage, a neighbour's
border reinforcement) are one story; another incident in the same town the same day (Dalbandin:
a bomb on a police van that morning, six labourers shot at a road camp that evening), a new attack
on the same town the next day (Wajid: al-Shabaab's assault on the AU base, then a bomb at the
livestock market), neighbouring towns the same day (South Kivu's Luvungi and Sange, about 25 km
apart: the market shelled, a local chief and his family killed at home that night) and two
incidents of one country the same day (Burkina Faso's Pensa detachment and the villagers killed at
Nassoumbou) are stories of their own.

What it covers (tests/data/same_story_blind25.jsonl, 130 reports, 28 incidents, 29 November to 6
December 2026): Mali (Dinangourou, Ber), Burkina Faso (Pensa and Nassoumbou the same day), Niger
(Sanam), Benin (Kalalé), Togo (Koundjoaré), Nigeria (Kirawa, Goniri), Cameroon (Tourou), Somalia
(Wajid twice on consecutive days), Kenya (Kotulo), Ethiopia (Mota), the DRC (Luvungi and Sange the
same day), Mozambique (Chipene), Sudan (Abu Jubeiha), Pakistan (Dalbandin twice the same day),
Afghanistan (Sheberghan), India (Moirang), Syria (Qaryatayn), Myanmar (Mindat), the Philippines
(Butig), Haiti (Savanette), Colombia (El Plateado) and Mexico (Buenavista); English 64, French 31,
Arabic 17, Spanish 11, Portuguese 7 reports; by kind 28 first reports, 36 rewrites, 10 tolls, 19
claims and denials, 37 follow-ups; time from an incident's first report to its last from twenty-two
hours to nearly four days. Headlines naming only the country, state, province, district, county,
zone or region, their summaries naming the town or not, when one incident fits (central Mali,
northern Mali, western Niger, Benin and the Borgou, Togo's far north and the Kpendjal, Borno and
northeast Nigeria, Bakool's claim, Cameroon's Far North and the Mayo-Tsanaga, Mandera, Amhara and
East Gojjam, Memba and northern Mozambique, South Kordofan three times, Jowzjan and northern
Afghanistan, Manipur and Bishnupur, the Homs desert and Homs's countryside, Chin State, Lanao del
Sur and the Philippines, Haiti and its Centre, Cauca twice and Colombia, Michoacán and Tierra
Caliente) and when two do (Burkina's Centre-Nord army detachment and its Soum villagers on the day
of Pensa and Nassoumbou; South Kivu's shelled market and the Ruzizi plain's denial on the day of
Luvungi and Sange; Balochistan's workers and Chagai's road camp claim on the day of Dalbandin's two
incidents; Bakool's traders' shutdown after the base and the market); reports that name the other
incident of the town or territory (Wajid's market bomb "a day after" the base assault, Dalbandin's
labourers "hours after" the police bombing, Sange's chief killed "hours after" Luvungi's shelling);
a follow-up of the first Wajid incident published the morning of the second; follow-ups a day or
two later sharing no headline word with the first report ("Traders flee to Timbuktu, fearing more
raids from the sky", "Buni visits troops, condoles families of fallen soldiers", "Network outage
leaves Mandera South residents cut off", "Curfew declared, banks shut in East Gojjam zone", "Police
arrest three suspects over killing of local chief", "Families bury victims, hundreds shelter in
forest", "Le ministre de l'Intérieur auprès des familles endeuillées", "Productores paran cortes y
empaques en Tierra Caliente en protesta", "Mais de 3.000 deslocados chegam à vila de Memba", «حملة
تمشيط واسعة في البادية واعتقال مشتبهين»); headlines naming a town where the dead are honoured,
buried or brought home, the wounded treated or evacuated, or the displaced arrive (Mopti, Kaya,
Djibo, Parakou, Lomé, Baidoa, Nacala, Memba, Quetta, Multan, Imphal, Uvira, Lascahobas, Timbuktu,
Argelia, which is also Algeria's name in Spanish); one incident in two to four languages with other
lead words; Arabic reports naming the towns only in Arabic script; the press's spellings beside the
watchlist's (دينانغورو, بينسا, واجد, شبرغان, القريتين), and a side place that is a city's namesake
elsewhere (Buenavista's Felipe Carrillo Puerto).

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at acb688c, set at e90b42e, with AGGREGATES_ONLY=1:
`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=... .venv/bin/python -m pytest -q -s -p no:cacheprovider
tests/test_story_blind25.py`): "twenty-fifth blind set: 130 reports, 28 incidents, 35 match no
watched place; precision 0.942, recall 0.531, F1 0.679, messages per incident 2.25, hidden 0,
late 0" (the replay was not run). Which thirty-five reports matched no watched place, and which
pairs were split or wrongly merged, were not looked at (the set stays blind); neither the
watchlists nor a label was changed after that run, so the test allows those thirty-five reports
and no more, and no incident hidden or late. The floors below are 0.03 under the first-contact
figures (messages per incident 0.03 over).
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.942,
    "recall": 0.531,
    "f1": 0.679,
    "messages per incident": 2.25,
    "hidden": 0,
    "late": 0,
    "unmatched": 35,
}
FLOORS = {"precision": 0.912, "recall": 0.501, "f1": 0.649}
MAX_MESSAGES_PER_INCIDENT = 2.28


def test_twenty_fifth_blind_set_from_dinangourou_to_buenavista() -> None:
    m = measure("same_story_blind25")
    print(summary("twenty-fifth blind set", m))
    assert m["reports"] == 130
    assert m["incidents"] == 28
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
