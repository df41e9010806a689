"""The fourth blind same-incident set: regions and incidents the rules were never written for.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are"), docs/PRODUCT.md, issue 17, the
docstring and harness of tests/test_story_blind3.py, and the first lines of the third blind set
and its watchlists for the file formats; never bot/story.py, bot/incident.py,
bot/storycheck.py, the other labelled sets or the grouper's output on any part of this set
before its labels were final. The incidents are invented, modelled on typical events of recent
years, at real places, in regions no earlier set used. Labels say what an analyst would
decide: reports of one incident (first flash, rewrites by other outlets, tolls a day later,
claims, funerals, official statements and denials, survivors' accounts, reopenings and
closures, arrests and recaptures, a government's response, embassy notices, a hostage's
release) are one story; a riot after a coup attempt, another attack in the same city within
48 hours (another target or another kind: a fuel depot after an airport, a minibus bomb after
a ministry bombing, bodies found after gunfire at the airport, a police post after a prison
riot) and a new attack on the same site days later are stories of their own. The YAML was
fixed only before the first scoring run (so that every report matches a watched place, checked
with `python -m bot match`); no label was changed after it.

What it covers (tests/data/same_story_blind4.jsonl, 203 reports, 58 incidents, February to June
2026): Mozambique (Cabo Delgado: Macomia, Ancuabe, Chiúre, Mocímboa da Praia, Pemba airport,
Palma; Maputo) and Angola's Cabinda, Burkina Faso (Djibo twice, Kaya, Ouagadougou, Dori), Niger
(Niamey airport, Ouallam in Tillabéri, Diffa), Chad (N'Djamena, Bol), Sudan (Omdurman, Port
Sudan airport and port, El Fasher), Libya (Tripoli's Mitiga airport, Benghazi, Misrata), Yemen
(Aden, Marib, Taiz), Ethiopia (Gondar, Bahir Dar, Addis Ababa), Kenya (Mandera twice, Lamu,
Nairobi), South Sudan (Nasir twice, Juba), Haiti (Mirebalais, Port-au-Prince airport, Delmas,
Kenscoff), Colombia (Cúcuta, Cali, Jamundí, Tibú), Mexico (Culiacán airport and city, Celaya),
Ecuador (Guayaquil's Litoral prison and a police post), Afghanistan (Kabul twice, Kandahar) and
Myanmar (Sagaing, Myawaddy); English 99, French 41, Portuguese 22, Arabic 21, Spanish 20
reports. Kinds of incident: raids on towns and army bases, ambushes, IEDs, car, truck and
suicide bombs, kidnappings, prison attacks and riots, a jailbreak, shelling, drone and air
strikes, a missile, a sniper, a bomb threat at an airport, gunfire at palaces and airports,
gang massacres, soldiers held by villagers, riots and protests. Reports naming only the
country, province or region when one incident fits and when two do; two incidents in one city
within 48 hours (Mocímboa da Praia, Ouagadougou, Port Sudan, Mandera, Port-au-Prince, Kabul,
Culiacán, Guayaquil; Cali and Jamundí nearby the same day); the same site attacked again days
later (Djibo, Nasir); one incident in two or three languages with headlines that lead with
different words; syndicated copies in two feeds.

First contact (the one scoring run, before anything was tuned on it; StoryIndex(72), the
harness's matcher with keywords off, at commit cc920e9 of the grouper): precision 0.958, recall
0.730, F1 0.829, messages per incident 1.53, hidden 0, late 0, no report without a watched
place. The floors below are 0.03 under those figures (messages per incident 0.03 over); an
incident hidden or made late fails the test.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.test_story_blind3 import holds_its_floors, measure, summary

FIRST_CONTACT = {"precision": 0.958, "recall": 0.730, "f1": 0.829, "messages per incident": 1.53, "hidden": 0, "late": 0}
# After issue 17's second round of grouping rules, written without sight of this set: precision
# 0.973, recall 0.781, F1 0.866, 1.47 messages per incident, none hidden or late.
AFTER = {"precision": 0.973, "recall": 0.781, "f1": 0.866, "messages per incident": 1.47}
# The harness builds its matcher as the running bot does since issue 17's fourth round (the
# place model on; before, a bare Matcher): measured so, 5cc274a gives the same 0.973 / 0.781 /
# 0.866, 1.47, and the fourth round's grouping (2026-12-06) precision 0.973, recall 0.784, F1
# 0.869, 1.43 messages per incident, none hidden or late; nobody writing its rules read this set.
AFTER_FOURTH_ROUND = {"precision": 0.973, "recall": 0.784, "f1": 0.869, "messages per incident": 1.43}
# Issue 17's fifth round (h-story9, 2026-12-06) read this set's split pairs by cause (60 pairs:
# killings told only by casualty or unknown words, provinces named alone, tolls and releases
# days later, target words, country reports hours later, a mourning's length read as a lapse) and
# wrote general rules for the largest classes: precision 1.000, recall 0.939, F1 0.968, 1.12
# messages per incident, none hidden or late. A development set now, no longer a blind measure;
# the fifth blind set is. Floors about 0.03 under.
AFTER_FIFTH_ROUND = {"precision": 1.000, "recall": 0.939, "f1": 0.968, "messages per incident": 1.12}
FLOORS = {"precision": 0.97, "recall": 0.91, "f1": 0.94}
MAX_MESSAGES_PER_INCIDENT = 1.15


def test_fourth_blind_set_of_other_regions_and_languages() -> None:
    m = measure("same_story_blind4")
    print(summary("fourth blind set", m))
    assert FIRST_CONTACT["hidden"] == FIRST_CONTACT["late"] == 0
    holds_its_floors(m, FLOORS, MAX_MESSAGES_PER_INCIDENT)
