"""The twenty-sixth blind same-incident set: twenty-eight incidents from Dialassagou to Ciudad Altamirano, five languages.

How it was written: blind. Its author read only README (the parts on matching, watched places, the
gazetteer, which items alert and "One incident, one alert"), issue 17,
tests/test_story_blind25.py, `tests/support/blind_sets.py`, the docstrings of the earlier story,
places and languages blind sets (to keep away from their places and incidents), the functions
`measure` and `summary` of tests/test_story_blind3.py, the harness's `load` and the first lines of
the twenty-fifth blind set and its watchlists for the file formats; never code under bot/, the
other labelled sets or other tests, nor the grouper's or the matcher's output on any part of this
set before its labels were final and committed (a6d030f). The watchlists were written first
(748bb2e), places typed as an admin would (one spelling, no aliases, every town with coords:), and
checked with `python -m bot check-config` only (and `python -m bot places` on a line of bare town
names): it resolved Ségbana, Gujba, Koza, Er Rahad (as Ar Rahad), Doda, Nahrin (as Nahrīn), Deir
Hafer (as Dayr Ḩāfir), Mahfad (as Al Maḩfid), Falam, Puerto Libertador and Ciudad Altamirano at
their coords; Dialassagou, Sollé, Mansila, Kokorou, Kpinkankandi, Buni Gari, Kareto, Rabdhuure,
Basuba, Kalehe, Razmak, Shariff Aguak and Montrouis stay sites at their coords, and so do Merawi
(the gazetteer's Merowe in Sudan, 973 km away, turned away) and Maúa (namesakes only in Angola,
Brazil and Kenya). Their keyword set (`security`) was chosen before the reports and not fitted to
them. Eighteen of the incidents are in the Sahel, northern Benin and Togo, the Lake Chad basin, the
Horn, South Kivu, Niassa and North Kordofan, ten elsewhere (Pakistan, India, Afghanistan, Syria,
Yemen, Myanmar, the Philippines, Haiti, Colombia, Mexico). The incidents are invented, modelled on
attacks of recent years (JNIM's raids on central Mali's army camps, the overrunning of Burkina
Faso's detachments and massacres of worshippers at dawn prayers, the Islamic State Sahel's
massacres at Tillabéri's markets and ambushes on the reinforcements sent after them, raids from
Nigeria on Benin's police stations, IEDs on Togo's army in the Kpendjal, ISWAP's assaults on
Yobe's bases and Boko Haram's killings of farmers, abductions of health workers in northern Borno,
female suicide bombers at gatherings in the Mayo-Tsanaga, al-Shabaab's car-bomb assaults on
Bakool's bases and IEDs in Lamu's Boni forest, drone strikes on Amhara's bus stations, night
killings in Kalehe's villages, the Islamic State's raids on Niassa's district towns, RSF drones on
Kordofan's fuel depots and shells on its displaced, car-bomb and suicide assaults on North
Waziristan's camps, forest ambushes in Jammu's Chenab valley, IS-K's magnetic bombs on Taliban
officials, car bombs in the markets east of Aleppo, AQAP's raids on Abyan's checkpoints, junta air
strikes on Chin schools, BIFF ambushes in Maguindanao del Sur, Viv Ansanm's raids on the Arcadins
coast, the Gulf Clan's drone attacks in Córdoba and ambushes on Tierra Caliente's police), at real
places no earlier story set used. Labels say what an analyst would decide: reports of one incident
(first reports, rewrites by wires and by outlets in other languages with other headline words,
tolls and new tolls, claims by JNIM, the Islamic State's Sahel, West Africa, Mozambique and
Khorasan provinces, al-Shabaab, AQAP, Hafiz Gul Bahadur's group and the Kashmir Tigers, an
attribution to Lakurawa, the Nigerian, Somali and Myanmar armies', Ethiopia's government's, the
M23's and the RSF's denials and counter-accounts, ministry, ISPR, government and UN statements,
military honours and funeral prayers in other towns, wounded evacuated, displaced arriving
elsewhere or across a border, arrests, sweeps and pursuit operations, reinforcements, curfews, a
state of emergency prolonged, national mourning, a charity's suspension, blockades in the town's
municipality named without the town) are one story; another incident in the same town the same day
(Er Rahad: an RSF drone on the fuel depot that morning, shells on a school sheltering displaced
families that evening), a new attack on the same town the next day (Kokorou: the market massacre,
then the ambush on the army convoy sent there), neighbouring towns the same day (Gujba's army base
at dawn and farmers killed near Buni Gari, about 28 km away and in Gujba local government area,
that afternoon) and two incidents of one country the same day (Burkina Faso's Sollé detachment and
the worshippers killed at Mansila) are stories of their own.

What it covers (tests/data/same_story_blind26.jsonl, 125 reports, 28 incidents, 29 November to 6
December 2026): Mali (Dialassagou), Burkina Faso (Sollé and Mansila the same day), Niger (Kokorou
twice on consecutive days), Benin (Ségbana), Togo (Kpinkankandi), Nigeria (Gujba and Buni Gari the
same day, Kareto), Cameroon (Koza), Somalia (Rabdhuure), Kenya (Basuba), Ethiopia (Merawi), the
DRC (Kalehe), Mozambique (Maúa), Sudan (Er Rahad twice the same day), Pakistan (Razmak), India
(Doda), Afghanistan (Nahrin), Syria (Deir Hafer), Yemen (Mahfad), Myanmar (Falam), the Philippines
(Shariff Aguak), Haiti (Montrouis), Colombia (Puerto Libertador) and Mexico (Ciudad Altamirano);
English 66, French 31, Arabic 14, Spanish 9, Portuguese 5 reports; by kind 28 first reports, 38
rewrites, 7 tolls, 18 claims and denials, 34 follow-ups; time from an incident's first report to
its last from nine hours to over two days. Headlines naming only the country, state, province,
department, district, zone, valley, coast or region, their summaries naming the town or not, when
one incident fits (central Mali, western Niger and Tillabéri, northern Benin and the Alibori,
Togo's far north and the Savanes, Borno and northeast Nigeria, Cameroon's Far North, Bakool,
Lamu's Boni forest and Lamu East, Amhara and West Gojjam, South Kivu, Niassa four times, North
Waziristan and Waziristan, Jammu's Chenab valley, Baghlan and northern Afghanistan, northern Syria
and "east of Aleppo", Abyan twice, Chin State, Maguindanao del Sur, the Arcadins coast and Haiti's
central coast, Córdoba and Colombia, Guerrero and its Tierra Caliente) and when two do (Burkina
Faso's north and its army base, its east, Yagha and the mosque on the day of Sollé and Mansila;
Yobe's army base on the day of Gujba and Buni Gari; Tillabéri's market toll the morning of the
convoy ambush; North Kordofan's depot and its displacement site on the day of Er Rahad's two
incidents); reports that name the other incident of the town or territory (Kokorou's ambush "au
lendemain de la tuerie du marché", Buni Gari's farmers "hours after attack on army base", Er
Rahad's shelling "hours after drone strike", the Sollé toll naming the mosque in the east); a
follow-up of the first Kokorou incident (national mourning) published after the second began;
follow-ups a day or two later sharing no headline word with the first report ("Ouahigouya : les
blessés pris en charge au centre hospitalier régional", "Le gouvernement décrète trois jours de
deuil national", "Alibori : renforts militaires et circulation nocturne interdite", "Mass funeral
for slain farmers as residents abandon fields", "Schools shut, curfew imposed in Lamu East as
security operation begins", "Search operation enters third day; drones, para commandos deployed",
"Taliban detain dozens in house-to-house searches", "Families flee across border into Mizoram",
"Bloqueos y quema de vehículos en Pungarabato tras la agresión", "Mais de 2.000 pessoas chegam a
Cuamba em busca de abrigo", «انقطاع الكهرباء والمياه عن مدن في شمال كردفان»); headlines naming a
town where the dead are honoured or prayed for, the wounded treated, the displaced arrive, a
minister meets or reinforcements arrive (Sévaré, Ouahigouya, Sebba, Lomé, Damaturu, Maroua, Nairobi, Minova, Cuamba, Bannu,
Saint-Marc, Montelíbano, Tiyeglow); one incident in two to four languages with other lead words;
Arabic reports naming the towns only in Arabic script (ديالاساغو, منسيلا, كوكورو, غوجبا, الرهد,
دير حافر, المحفد).

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 71f8e7d, set at a6d030f, with AGGREGATES_ONLY=1:
`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=... .venv/bin/python -m pytest -q -s -p no:cacheprovider
tests/test_story_blind26.py`): "twenty-sixth blind set: 125 reports, 28 incidents, 36 match no
watched place; precision 0.865, recall 0.603, F1 0.711, messages per incident 2.07, hidden 1,
late 0" (the replay was not run). Which thirty-six reports matched no watched place, which incident
was hidden, and which pairs were split or wrongly merged, were not looked at (the set stays blind);
neither the watchlists nor a label was changed after that run, so the test allows those thirty-six
reports and no more, one incident hidden and none late. The floors below are 0.03 under the
first-contact figures (messages per incident 0.03 over).
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 0.865,
    "recall": 0.603,
    "f1": 0.711,
    "messages per incident": 2.07,
    "hidden": 1,
    "late": 0,
    "unmatched": 36,
}
FLOORS = {"precision": 0.835, "recall": 0.573, "f1": 0.681}
MAX_MESSAGES_PER_INCIDENT = 2.10


def test_twenty_sixth_blind_set_from_dialassagou_to_ciudad_altamirano() -> None:
    m = measure("same_story_blind26")
    print(summary("twenty-sixth blind set", m))
    assert m["reports"] == 125
    assert m["incidents"] == 28
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
