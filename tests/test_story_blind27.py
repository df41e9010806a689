"""The twenty-seventh blind same-incident set: twenty-eight incidents from Duki to Tecalitlán, five languages.

How it was written: blind. Its author read only README (the parts on matching, watched places and
"One incident, one alert"), issue 17, tests/test_story_blind26.py, `tests/support/blind_sets.py`,
the docstrings of the earlier story, places and languages blind sets (to keep away from their
places and incidents), the functions `measure` and `summary` of tests/test_story_blind3.py, the
harness's `load` and the first lines of the twenty-sixth blind set and its watchlists for the file
formats; never code under bot/, the other labelled sets or other tests, nor the grouper's or the
matcher's output on any part of this set before its labels were final and committed (6cad4ef).
The watchlists were written first (bded36e), places typed as an admin would (one spelling, no
aliases, every town with coords:), and checked with `python -m bot check-config` only (and
`python -m bot places` on a line of bare town names): it resolved Gogounou, Babangida (as Babban
Gida), Mokowe, Dejen, Kayna, Al Manaqil (as Al Manāqil), Duki, Kishtwar (as Kishtwār), Sarmin (as
Sarmīn), Mukayras (as Mukayrās), Kanbalu, Pikit, Anorí and Tecalitlán at their coords; Mourdiah,
Kelbo, Tanwalbougou, Tiloa, Kountoiré, Kumshe, Pundanhar, Mehtarlam and Fonds-Parisien stay sites
at their coords, and so do Tokombéré (the gazetteer's Tokombere, placed in Nigeria 80 km away,
turned away), Mahas (the gazetteer's only namesake is in Jordan) and Kirumba (the gazetteer's
Kirumba 60 km south of Lubero's). Their keyword set (`security`) was chosen before the reports and
not fitted to them. Eighteen of the incidents are in the Sahel, northern Benin and Togo, the Lake
Chad basin, the Horn, North Kivu, Cabo Delgado and Gezira, ten elsewhere (Pakistan, India,
Afghanistan, Syria, Yemen, Myanmar, the Philippines, Haiti, Colombia, Mexico). The incidents are
invented, modelled on attacks of recent years (JNIM's dawn raids on Mali's army camps near the
Mauritanian border and kidnappings of traders at weekly fairs, the overrunning of Burkina Faso's
detachments in the Soum and killings of villagers on the Fada N'Gourma–Kantchari road, the Islamic
State Sahel's ambushes on Tillabéri's patrols, night raids on northern Benin's police stations,
JNIM's attacks on Togo's positions in the Kpendjal, Boko Haram's assaults on the border bases of
Bama and ISWAP's raids on Yobe's district towns, Boko Haram's abductions in the Mayo-Sava,
al-Shabaab's car-bomb assaults on Hiiraan's bases and the mortars on their markets, raids on Lamu's
police posts, Fano's raids on Amhara's highway towns, the ADF's machete massacres in Lubero and
the shelling of its towns in the M23's war, the Islamic State's beheadings in Palma's villages,
RSF drones on Gezira's power stations, gunmen on Balochistan's coal mines, ambushes in Kishtwar's
forests, IS-K's bombs in eastern Afghan mosques, Islamic State car bombs at Idlib's checkpoints,
Houthi drones on the Mukayras front, junta air strikes on Sagaing's markets, BIFF ambushes in
Cotabato, Viv Ansanm's raids east of Port-au-Prince, the ELN's drone attacks on Antioquia's police
and the CJNG's mines in Jalisco), at real places no earlier story set used. Labels say what an
analyst would decide: reports of one incident (first reports, rewrites by wires and by outlets in
other languages with other headline words, tolls and new tolls, claims by JNIM, Boko Haram, the
Islamic State's Sahel, Mozambique and Khorasan branches, the Islamic State in Congo and Syria,
al-Shabaab, PAFF and the Houthis, the blame of the BIFF, the ELN and the CJNG, the Nigerian,
Somali, Myanmar, Ethiopian armies' and governments' and the M23's denials and counter-accounts,
ministry, police, governor, army and UN statements, military honours, burials and cremations in
other towns, the dead flown home, wounded evacuated or visited, displaced arriving elsewhere or
across a border, arrests, a strike of mine workers, a ransom demand, reinforcements, a night travel
ban, internet cuts, a highway closed, a blackout and power restored) are one story; another
incident in the same town the same day (Mourdiah: the dawn assault on the army camp, traders
kidnapped at the weekly fair that evening), a new attack on the same town the next day (Mahas: the
car-bomb assault on the army base, then mortars on the market), neighbouring towns the same day
(Kirumba's ADF massacre in the night and the shells of the M23's fighting at Kayna, about 15 km
away, that morning) and two incidents of one country the same day (Burkina Faso's Kelbo detachment
and the villagers killed at Tanwalbougou) are stories of their own.

What it covers (tests/data/same_story_blind27.jsonl, 129 reports, 28 incidents, 29 November to 6
December 2026): Mali (Mourdiah twice the same day), Burkina Faso (Kelbo and Tanwalbougou the same
day), Niger (Tiloa), Benin (Gogounou), Togo (Kountoiré), Nigeria (Kumshe, Babangida), Cameroon
(Tokombéré), Somalia (Mahas twice on consecutive days), Kenya (Mokowe), Ethiopia (Dejen), the DRC
(Kirumba and Kayna the same day), Mozambique (Pundanhar), Sudan (Al Manaqil), Pakistan (Duki),
India (Kishtwar), Afghanistan (Mehtarlam), Syria (Sarmin), Yemen (Mukayras), Myanmar (Kanbalu),
the Philippines (Pikit), Haiti (Fonds-Parisien), Colombia (Anorí) and Mexico (Tecalitlán); English
71, French 28, Arabic 16, Spanish 9, Portuguese 5 reports; by kind 28 first reports, 28 rewrites,
8 tolls, 21 claims and denials, 8 statements, 36 follow-ups; time from an incident's first report
to its last from about twenty hours to over two days. Headlines naming only the country, state,
province, region, division, district, territory or commune, their summaries naming the town or
not, when one incident fits (Mali's Mauritanian border and the Koulikoro region before the evening
kidnapping, Tillabéri, northern Benin and the Alibori, Togo's far north and the Savanes, northeast
Nigeria and Borno, Yobe, Cameroon's Far North and the Mayo-Sava, Somalia and Hiiraan on the day of
the base assault, Lamu, Amhara, Palma and Cabo Delgado, Mozambique, Gezira, Balochistan, J&K and
Chatroo, eastern Afghanistan and Laghman, Idlib, Abyan, Sagaing, Cotabato, Haiti and Ganthier,
Colombia and Antioquia, Jalisco) and when two do (Burkina Faso's north and its army post, its east
and its villagers on the day of Kelbo and Tanwalbougou; Koulikoro's soldiers honoured two days
after Mourdiah's two incidents; Hiiraan's market shelling the day after the base assault; Lubero
territory, North Kivu and Congo on the day of Kirumba and Kayna, the ADF, the Islamic State or the
M23 and shells choosing); reports that name the other incident of the town or the day (the
Mourdiah kidnapping "hours after army camp raid", the Mahas shelling "a day after" the base
assault, Kayna's shells "le même jour que le massacre de Kirumba", the Tanwalbougou killings "le
jour même de l'assaut contre Kelbo"); a follow-up of the first Mahas incident (the wounded
airlifted) published after the second began; follow-ups a day or two later sharing no headline
word with the first report ("Bodies of slain miners sent home to Swat and Shangla", "Wounded
soldiers airlifted to Mogadishu", "Night travel banned on Lamu-Garsen road as manhunt
intensifies", "Wreath-laying ceremony held in Jammu for fallen soldiers", "Les victimes inhumées
dans une fosse commune en présence du gouverneur militaire", "Mass cremation held as hundreds flee
into forests", "Hospitals on generators as blackout hits Gezira towns", "Despiden con honores en
Medellín a los dos patrulleros", "Mais de 600 famílias chegam à vila sede de Palma fugidas da
violência", «تشييع جثامين الجنود في مدينة لودر», «القبض على ثلاثة مشتبه بهم في ريف إدلب الشرقي»);
headlines naming a town where the dead are honoured or buried, the wounded treated, the displaced
arrive, reinforcements arrive or a ransom is asked (Djibo, Fada N'Gourma, Jimaní, Banki, Cebu,
Mogadishu, Beledweyne, Jammu, Kandi, Alingar, Lomé, Lawdar, Medellín, Mora); one incident in two
or three languages with other lead words; Arabic reports naming the towns only in Arabic script
(كلبو, مورديا, كومشي, ماحاس, سرمين, تيلوا, المناقل, مكيراس).

First contact (the one scoring run, before anything was tuned on it; the harness's matcher as
the bot builds it with keywords off, code at 8055d44, set at 6cad4ef, with AGGREGATES_ONLY=1:
`AGGREGATES_ONLY=1 SAHEL_ALERT_CACHE=... .venv/bin/python -m pytest -q -s -p no:cacheprovider
tests/test_story_blind27.py`): "twenty-seventh blind set: 129 reports, 28 incidents, 39 match no
watched place; precision 0.942, recall 0.553, F1 0.697, messages per incident 2.14, hidden 0,
late 0" (the replay was not run). Which thirty-nine reports matched no watched place, and which
pairs were split or wrongly merged, were not looked at (the set stays blind); neither the
watchlists nor a label was changed after that run, so the test allows those thirty-nine reports
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
    "recall": 0.553,
    "f1": 0.697,
    "messages per incident": 2.14,
    "hidden": 0,
    "late": 0,
    "unmatched": 39,
}
FLOORS = {"precision": 0.912, "recall": 0.523, "f1": 0.667}
MAX_MESSAGES_PER_INCIDENT = 2.17


def test_twenty_seventh_blind_set_from_duki_to_tecalitlan() -> None:
    m = measure("same_story_blind27")
    print(summary("twenty-seventh blind set", m))
    assert m["reports"] == 129
    assert m["incidents"] == 28
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
