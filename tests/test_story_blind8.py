"""The eighth blind same-incident set: twenty-odd regions from the Sahel to Mindanao, five languages.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert", "Where watched places are" and the config reference),
docs/PRODUCT.md, issue 17, tests/test_story_blind7.py, the docstrings of
tests/test_story_blind3.py to tests/test_story_blind6.py (to avoid their places and incidents),
the functions `measure`, `summary` and `holds_its_floors` of tests/test_story_blind3.py, and the
first lines of the seventh blind set and its watchlists for the file formats; never
bot/story.py, bot/incident.py, bot/storycheck.py, bot/match.py or other code under bot/, the
other labelled sets or other tests, nor the grouper's output on any part of this set before its
labels were final and committed (7d2cc3e). The watchlists' keyword list was written before the
reports and not fitted to them. The incidents are invented, modelled on typical events of
recent years, at real places. Labels say what an analyst would decide: reports of one incident
(first flash, rewrites by other outlets with other headline words, tolls, claims, funerals,
official statements, survivors' accounts, reopenings, arrests, rescues and releases of
hostages, recaptures, statements a day or two later that share no headline word) are one
story; a protest after an attack (with the curfew answering that protest), another incident in
the same city the same day (shells on a market after drones on the airport), another attack in
another town of the same country or region the same day, and a new attack on the same town two
days later are stories of their own. The YAML was fixed only before the one scoring run
(aliases and coords, checked with `python -m bot check-config` and `python -m bot match`); no
label and no YAML line was changed after it. One French summary was reworded before the labels
were committed because its first wording ("un collège de Kumba, dans le Sud-Ouest.": a watched
town, a comma and a capitalised compass region) stopped `python -m bot match` with an IndexError
in bot/geo/context.py.

What it covers (tests/data/same_story_blind8.jsonl, 151 reports, 39 incidents, July to November
2026): Burkina Faso (Gorom-Gorom and Gayéri the same day; Sebba), Niger's Tillabéri (Téra twice
in two days; Torodi), western Mali (Nioro du Sahel and Kita the same day), Nigeria (Mangu: a
massacre and the protest and curfew next day; Kankara's school kidnapping), Cameroon (Kumba),
Chad (Abéché's prison break), Sudan (Nyala: drones on the airport and shells on the market the
same day; Dilling and Babanusa in Kordofan the same day), South Sudan (Malakal), Somalia
(Afgoye), Kenya (Mpeketoni, Wajir), Mozambique's Cabo Delgado (Muidumbe; Quissanga and Meluco
the same day), North Kivu (Lubero, Eringeti), Yemen (Hodeidah), Syria (Idlib), Iraq (Tikrit,
Sulaymaniyah airport), Afghanistan (Kunduz), Balochistan (Turbat), Manipur (Moreh), Myanmar
(Lashio), the Philippines (Zamboanga City), Colombia (Saravena), Ecuador (Esmeraldas), Mexico
(Reynosa) and Haiti (Petit-Goâve); English 73, French 44, Arabic 14, Spanish 10, Portuguese 10
reports. Reports naming only the country, state, province or region when one incident fits
(Chad, Cameroon, Plateau, Balochistan) and when two do (Burkina Faso, Cabo Delgado, Kordofan);
two incidents in one city the same day; one incident in two or three languages; syndicated
copies in two feeds (a French wire, an English wire).

First contact (the one scoring run, before anything was tuned on it; StoryIndex(72), the
harness's matcher as the bot builds it with keywords off, at commit 7d2cc3e): 151 reports, 39
incidents, 5 match no watched place; precision 1.000, recall 0.526, F1 0.689, messages per
incident 2.08, hidden 0, late 0. Through the replay (`python -m tests.story_replay
same_story_blind8`, run --once with keywords on): every report (151, 39 incidents) P 1.000 R
0.487 F1 0.655, 2.18 messages per incident; alerted reports (132, 39 incidents) P 1.000 R 0.631
F1 0.774, 1.69 messages per incident. Five reports match no watched place at first contact (the
matcher, checked before scoring, read another watched place in them: a town named "for its
government", a town "of the same name elsewhere", a town read as "only the home" of something,
a city read as in the U.S.), so the test allows those five and no more, instead of
`holds_its_floors`'s none. The floors below are 0.03 under the first-contact figures (messages
per incident 0.03 over); no incident was hidden or late at first contact, so any incident
hidden or made late fails the test.
Spent (2026-12-06): helper story12 read this set item by item, classed its split pairs and wrote
general rules from them (issue 17: what came of an incident with no event of its own in its
headline, provinces the gazetteer cannot place, a province's or country's report naming the
town, rescues, arrests "held over" an incident); it no longer measures rules blind.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from tests.support.blind_sets import holds_story_floors
from tests.test_story_blind3 import measure, summary

FIRST_CONTACT = {
    "precision": 1.000,
    "recall": 0.526,
    "f1": 0.689,
    "messages per incident": 2.08,
    "hidden": 0,
    "late": 0,
    "unmatched": 5,
}
# Raised after the session's rounds (2026-12-06: R 0.599, F1 0.749, 1.90), 0.03 under them.
# story12 (2026-12-06, after reading it): R 0.772, F1 0.871, 1.51 messages per incident,
# precision 1.000, none hidden or late; floors 0.03 under.
FLOORS = {"precision": 0.970, "recall": 0.742, "f1": 0.841}
MAX_MESSAGES_PER_INCIDENT = 1.54


def test_eighth_blind_set_from_the_sahel_to_mindanao() -> None:
    m = measure("same_story_blind8")
    print(summary("eighth blind set", m))
    assert FIRST_CONTACT["hidden"] == FIRST_CONTACT["late"] == 0
    holds_story_floors(m, FIRST_CONTACT, FLOORS, MAX_MESSAGES_PER_INCIDENT)
