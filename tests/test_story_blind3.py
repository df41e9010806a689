"""The third blind same-incident set: other regions, five languages, incidents the rules never saw.

How it was written: blind. Its author read only README ("One incident, one alert", "How matching
works", "Which items alert"), docs/PRODUCT.md, issue 17 and the first lines of the second blind
set and its watchlists for the file formats; never bot/story.py, bot/incident.py, the other
labelled sets or the grouper's output on any part of this set. The incidents are invented,
modelled on typical events, at real places. Labels say what an analyst would decide: reports of
one incident (flash, rewrites, tolls, claims, funerals, official statements, survivors'
accounts, reopenings, arrests or recaptures of suspects, a government's response) are one
story; a protest, a march or a strike after an attack, another attack in the same city on the
same day (another target or another kind) and a new attack on the same site days later are
stories of their own. The YAML was fixed only before the first scoring run (so that every
report matches a watched place); no label was changed after it.

What it covers (tests/data/same_story_blind3.jsonl, 229 reports, 58 incidents): north-west and
north-central Nigeria (Zamfara, Katsina, Kaduna, Abuja's Kuje prison) and Maiduguri, eastern
DR Congo (Oicha, Beni, Goma and its airport, Butembo's prison, Plaine Savo camp near Bunia) and
Bangui, Cameroon's Far North and Anglophone regions, Pakistan (Peshawar, Quetta, Karachi airport,
Bannu), Iraq (Baghdad, Sadr City, Erbil airport, Kirkuk), Syria (Deir ez-Zor, Manbij, Aleppo),
Lebanon (Beirut's southern suburbs, Ain al-Hilweh, Sidon), Guinea-Bissau (Portuguese press),
Guinea, Honduras, Venezuela and Peru (Spanish press) and Somaliland; English 125, French 56,
Arabic 23, Spanish 17, Portuguese 8 reports. Reports naming only the country when one
incident fits and when two do; two or three incidents in one city within 48 hours; sites
(airports, prisons, a market, a camp, a district, a barracks, a palace) and reports naming
only their city; one incident in two or three languages; syndicated copies in two feeds.

First contact (the one scoring run, before anything was tuned on it; StoryIndex(72), the
harness's matcher with keywords off): precision 0.996, recall 0.598, F1 0.748, messages per
incident 1.83, hidden 0, late 0, no report without a watched place. The floors below are
0.03 under those figures (messages per incident 0.03 over); an incident hidden or made late
fails the test.
"Hidden": an incident all of whose reports went into stories begun by another incident's
report (no alert of its own). "Late": an incident not hidden whose first report went into
another incident's story (its own alert came only with a later report).
"""

from bot.regionjoin import RegionReport
from bot.story import StoryIndex
from tests.test_story_labelled import group, load, messages_per_incident, reports, scores, story_matcher

FIRST_CONTACT = {"precision": 0.996, "recall": 0.598, "f1": 0.748, "messages per incident": 1.83, "hidden": 0, "late": 0}
# After this session's grouping rules (issue 17), written without sight of this set: precision
# 0.991, recall 0.737, F1 0.846, 1.57 messages per incident, none hidden or late.
AFTER = {"precision": 0.991, "recall": 0.737, "f1": 0.846, "messages per incident": 1.57}
# After the second round (2026-12-05, evening): precision 0.994, recall 0.719, F1 0.834, 1.57
# messages per incident, none hidden or late. Two rules of that round that hid one of this set's
# incidents and made one late were taken out on this set's aggregate figures, so it is no longer
# a blind measure of them; the fourth blind set is.
# After the third round (h-story3: arrests and reopenings as follow-ups, a suicide attack as a
# bombing, violence told by two kinds, a place named only as who speaks, places geonames does not
# know in their watchlist's one country, one count in two languages, evidence between a story and
# an incident it lies within): precision 1.000, recall 0.890, F1 0.942, 1.29 messages per
# incident, none hidden or late. Its split pairs were read by cause for that round: a development
# set now. Floors about 0.03 under.
# h-story8 built this harness's matcher as the bot does (`story_matcher`: the gazetteer's place
# model, as `run --once` has it); that alone took this set from recall 0.890, F1 0.942 to recall
# 0.884, F1 0.938 (precision 1.000, 1.29 messages per incident): the place model drops one report
# ("Abductors release video of captive rail passengers": both ends of "the Abuja-Kaduna train"
# read as ends of a route, so neither place is named) and reads a few headlines' places otherwise.
FLOORS = {"precision": 0.97, "recall": 0.86, "f1": 0.91}
# With the place hierarchy (h-story8: places near each other, what came of an incident told at
# a nearby place): recall 0.884 -> 0.906, F1 0.938 -> 0.951, 1.29 -> 1.26 messages per incident,
# precision 1.000, none hidden or late (Bunia's hospital and Plaine Savo's camp, Tegucigalpa's
# morgue and the Támara prison massacre).
# Issue 17's fifth round (h-story9: a place named as holding the next one, "the Somaliland town
# of Las Anod", is not where): recall 0.909 -> 0.911, F1 0.952 -> 0.953, 1.24 -> 1.22 messages
# per incident, precision 1.000, none hidden or late.
# Issue 17's sixth round (story10: a town the earlier report named nearby is near it): recall
# 0.911 -> 0.916, F1 0.953 -> 0.956, 1.22 -> 1.21 messages per incident, precision 1.000, none
# hidden or late.
UNMATCHED = 1  # reports the bot's place model reads as naming no watched place (see above)
MAX_MESSAGES_PER_INCIDENT = 1.33


def _hidden_and_late(rows: list[dict], stories: list) -> tuple[list[str], list[str]]:
    """Incidents whose reports all joined others' stories, and those whose first report did."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["published"], i))
    owner: dict = {}
    for i in order:
        key = ("none", i) if stories[i] is None else stories[i]
        owner.setdefault(key, rows[i]["story"])
    by_incident: dict[str, list[int]] = {}
    for i in order:
        by_incident.setdefault(rows[i]["story"], []).append(i)
    hidden, late = [], []
    for incident, members in by_incident.items():
        owners = [owner[("none", i) if stories[i] is None else stories[i]] for i in members]
        if all(o != incident for o in owners):
            hidden.append(incident)
        elif owners[0] != incident:
            late.append(incident)
    return hidden, late


def measure(stem: str) -> dict:
    """A blind same-incident set (`<stem>.jsonl` with `<stem>_watchlists.yaml`) through the
    matcher as the bot builds it (keywords off) and StoryIndex(72): its figures, hidden and late incidents."""
    rows = load(f"{stem}.jsonl")
    found = reports(rows, story_matcher(f"{stem}_watchlists.yaml"))
    stories = group(found, StoryIndex(72))
    precision, recall, f1 = scores(rows, stories)
    hidden, late = _hidden_and_late(rows, stories)
    return {
        "reports": len(rows),
        "incidents": len({r["story"] for r in rows}),
        # A province's or a country's report (`RegionReport`) names no watched place either: it may only join.
        "unmatched": sum(1 for f in found if f is None or isinstance(f, RegionReport)),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "messages per incident": messages_per_incident(rows, stories),
        "hidden": len(hidden),
        "late": len(late),
    }


def summary(name: str, m: dict) -> str:
    return (
        f"\n{name}: {m['reports']} reports, {m['incidents']} incidents, {m['unmatched']} match no watched place; "
        f"precision {m['precision']:.3f}, recall {m['recall']:.3f}, F1 {m['f1']:.3f}, "
        f"messages per incident {m['messages per incident']:.2f}, hidden {m['hidden']}, late {m['late']}"
    )


def holds_its_floors(m: dict, floors: dict[str, float], max_messages_per_incident: float) -> None:
    """A blind set's figures against the floors its test set under first contact: every report
    matches a watched place, and no incident is hidden or late."""
    assert m["unmatched"] == 0
    assert m["precision"] >= floors["precision"]
    assert m["recall"] >= floors["recall"]
    assert m["f1"] >= floors["f1"]
    assert m["messages per incident"] <= max_messages_per_incident
    assert m["hidden"] == 0
    assert m["late"] == 0


def test_third_blind_set_of_other_regions_and_languages() -> None:
    m = measure("same_story_blind3")
    print(summary("third blind set", m))
    assert m["unmatched"] <= UNMATCHED
    assert m["precision"] >= FLOORS["precision"]
    assert m["recall"] >= FLOORS["recall"]
    assert m["f1"] >= FLOORS["f1"]
    assert m["messages per incident"] <= MAX_MESSAGES_PER_INCIDENT
    assert m["hidden"] <= FIRST_CONTACT["hidden"]
    assert m["late"] <= FIRST_CONTACT["late"]
