"""A small invented development set for causes of split incidents found on the second and third
blind sets (`tests/data/same_story_dev3.jsonl`, its watchlists beside it).

Each cause got its invented reports, with a case its rule must not join, before the rule was
kept: arrests of an incident's suspects a day later (and arrests at a march, news of their own);
a prison break told as explosions and gunfire, then as an escape after an attack (and a bomb at
the town's market the next morning); shells on an airport, then flights resuming there (a bus
attacked the next day, another site's reopening); a suicide bombing told as an attentat (a
grenade in a restaurant the same evening); a watchlist of one country whose places geonames
does not know; a city's police speaking of a shooting in a nearby town (a robbery in the city
that evening); one count in two languages' headlines a day apart (another kidnapping near the
same city); arrests over a jailbreak beside a clash whose summary mentions it. Places are real,
incidents invented.

First figures, on 5cc274a: the first 20 reports, precision 1.000, recall 0.565; all 52,
precision 0.905, recall 0.404, F1 0.559, 1.64 messages per incident, 1 hidden, 1 late. Each
rule's own figure is in its commit message. Now: precision 1.000, recall 0.936, F1 0.967,
1.09 messages per incident, none hidden or late.
Pairs left split on purpose of the rules' limits: arrests that name the protest when the first
report led with the clashes, and a country's report that names the province ("province du Lac")
where the first report named only the village.
"""

from tests.test_story_blind3 import measure, summary

FLOORS = {"precision": 0.97, "recall": 0.89}


def test_invented_causes_of_split_incidents() -> None:
    m = measure("same_story_dev3")
    print(summary("invented development set 3", m))
    assert m["unmatched"] == 0
    assert m["precision"] >= FLOORS["precision"]
    assert m["recall"] >= FLOORS["recall"]
    assert m["hidden"] == 0 and m["late"] == 0
