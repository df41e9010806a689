"""The fifth blind same-incident set: regions, outlets and incidents the rules were never written for.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are" and the config reference),
docs/PRODUCT.md, issue 17, the docstrings and harness of tests/test_story_blind3.py and
tests/test_story_blind4.py, and the first lines of the fourth blind set and its watchlists for
the file formats; never bot/story.py, bot/incident.py, bot/storycheck.py, the other labelled
sets or other tests, nor the grouper's output on any part of this set before its labels were
final and committed. The incidents are invented, modelled on typical events of recent years, at
real places, in regions no earlier set used. Labels say what an analyst would decide: reports
of one incident (first flash, rewrites by other outlets with other headline words, tolls,
claims, denials, funerals and burials, official statements and a government's response,
survivors' accounts, closures and reopenings, arrests, rescues, escapes and recaptures a day or
two later) are one story; a protest after an attack (and the curfew answering that protest),
another attack in the same city or state within 48 hours (another target or another kind) and
a new attack on the same village two days later are stories of their own. The YAML was fixed
only before the one scoring run (so that every report matches a watched place, checked with
`python -m bot check-config` and `python -m bot match`); no label was changed after it.

What it covers (tests/data/same_story_blind5.jsonl, 196 reports, 53 incidents, July to November
2026): Nigeria's middle belt and north-west (Benue: Yelwata twice and Makurdi; Plateau's Bokkos;
Kebbi's Maga and Niger State's Papiri school kidnappings four days apart; Kano State), the
Philippines' Mindanao (Marawi, Jolo, Datu Hoffer Ampatuan and Cotabato City the same day),
India (Pahalgam, Bijapur in Chhattisgarh, Manipur's Jiribam and Imphal), Thailand's deep south
(Narathiwat and Pattani the same day), Indonesia's Papua, Brazil (Rio de Janeiro: a police raid,
a shootout and a protest on three days, and a stray bullet months earlier; Salvador; Fortaleza;
Guarulhos airport), Argentina (three killings in Rosario in four days), Chile (Cañete, then
Ercilla in La Araucanía), Guatemala (Fraijanes II prison, Guatemala City), Costa Rica (Limón),
Benin (the Point Triple in the W park, Tanguiéta two days later), Togo (the Savanes, Lomé the
next day), western Mali (Kayes twice), New Caledonia (Nouméa, Mont-Dore), Syria (Damascus twice
in three days, Jableh, Sweida, Homs), Sudan (Gezira: Wad al-Noura and Wad Madani two days
apart; El Obeid and Kadugli a day apart), Libya (Zawiya), Iraq (Ramadi) and Egypt (Arish);
English 96, French 40, Arabic 22, Spanish 20, Portuguese 18 reports. Kinds of incident: raids
and massacres in villages, school kidnappings, a church and a Mass bombing, a car bomb,
motorcycle and roadside bombs, IEDs, ambushes, attacks on army posts and checkpoints, drone
strikes on a power station and a funeral, shelling, armed-group clashes and a refinery closed
and reopened, a police mega-raid, gang shootings and killings of drivers and workers, a gold
heist at an airport, a jailbreak, arson at a mosque and on trucks, riots and protests. Reports
naming only the country, state, province or region when one incident fits and when two do; two
or three incidents in one city or state within 48 hours; one incident in two or three
languages; syndicated copies in two feeds.

First contact (the one scoring run, before anything was tuned on it; StoryIndex(72), the
harness's matcher with keywords off, at commit 5cc274a of the grouper): precision 0.995, recall
0.583, F1 0.735, messages per incident 1.77, hidden 0, late 0, no report without a watched
place. The floors below are 0.03 under those figures (messages per incident 0.03 over); no
incident was hidden or late at first contact, so any incident hidden or made late fails the
test.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.test_story_blind3 import holds_its_floors, measure, summary

FIRST_CONTACT = {"precision": 0.995, "recall": 0.583, "f1": 0.735, "messages per incident": 1.77, "hidden": 0, "late": 0}
# Measured again at 5cc274a with the harness that builds its matcher as the running bot does
# (the place model on, as `run --once` has it; the first run used a bare Matcher): precision
# 0.995, recall 0.612, F1 0.758, 1.72 messages per incident. After issue 17's third and fourth
# rounds (2026-12-06), whose authors never read this set: 0.996 / 0.714 / 0.832, 1.57, none
# hidden or late.
FIRST_CONTACT_AS_THE_BOT_BUILDS_IT = {"precision": 0.995, "recall": 0.612, "f1": 0.758, "messages per incident": 1.72}
AFTER = {"precision": 0.996, "recall": 0.714, "f1": 0.832, "messages per incident": 1.57}
# After issue 17's fifth round (h-story9, 2026-12-06: rules written from the fourth blind set's
# split pairs read by cause; this set run only for its aggregate figures): precision 0.996,
# recall 0.735, F1 0.846, 1.51 messages per incident, none hidden or late. Floors raised to
# about 0.03 under.
AFTER_FIFTH_ROUND = {"precision": 0.996, "recall": 0.735, "f1": 0.846, "messages per incident": 1.51}
# After issue 17's sixth round (story10, 2026-12-06: this set spent as a development set, its
# split pairs read by class and general rules written for them): precision 0.996, recall 0.793,
# F1 0.883, 1.40 messages per incident, none hidden or late. Floors raised to about 0.03 under.
AFTER_SIXTH_ROUND = {"precision": 0.996, "recall": 0.793, "f1": 0.883, "messages per incident": 1.40}
FLOORS = {"precision": 0.966, "recall": 0.763, "f1": 0.853}
MAX_MESSAGES_PER_INCIDENT = 1.43


def test_fifth_blind_set_of_other_regions_and_languages() -> None:
    m = measure("same_story_blind5")
    print(summary("fifth blind set", m))
    assert FIRST_CONTACT["hidden"] == FIRST_CONTACT["late"] == 0
    holds_its_floors(m, FLOORS, MAX_MESSAGES_PER_INCIDENT)
