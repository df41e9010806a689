"""A small invented development set for causes of split incidents found on the second and third
blind sets (`tests/data/same_story_dev3.jsonl`, its watchlists beside it).

Each cause got its invented reports before its rule was written, with a case the rule must not
join: arrests of an incident's suspects a day later, and arrests at a march that are news of
their own; a prison break told as explosions and gunfire, then as an escape after an attack, and
a bomb at the town's market the next morning; shells on an airport, then flights resuming there,
a bus attacked the next day and another site's reopening; a suicide bombing told as an attentat
and a grenade in a restaurant the same evening; a watchlist of one country whose places geonames
does not know, with reports naming only the country. Places are real, incidents invented.
First figures on 5cc274a, before the rules: the first 20 reports, precision 1.000, recall
0.565; all 39, precision 1.000, recall 0.447, F1 0.618, 1.56 messages per incident. Now (39 reports): precision 1.000, recall 0.921, F1 0.959, 1.12 messages per incident,
none hidden or late. Two pairs stay split on purpose of the rules' limits: arrests that name the
protest when the first report led with the clashes, and a country's report that names the
province ("province du Lac") where the first report named only the village.
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
