"""The matcher against world news in English and French wire copy, a global desk's config.

`wire_world.jsonl` (issue 20's real-news precision) holds wire items of world news written for
this measurement: politics, diplomacy, economy, sport, accidents, disasters and courts at world
capitals and big cities, beside real security incidents there, about a third of them in French.
`wire_world_watchlists.yaml` is a global desk's config typed before anything ran: 25 cities
typed once, two watchlists with a short keyword list of their own, three with the bundled
`security` set. Labels are what an analyst wanting security events at those places would want:
not a capital named for its government, a keyword in another sense, an accident, a dateline or
a source when the scene is elsewhere, a namesake, an organisation, a past event or a trial.

Batches were written one after another, each scored once on first contact before any rule was
written for it (`python -m pytest -q -s tests/test_wire_world.py`):
- batch 1 (`w1-`, 149 items, 43 alerts): precision 0.461, recall 0.953 (tp 41, fp 48, fn 2);
  after round 1 (a capital's dateline when the item happens elsewhere; sport, accident and
  market senses): precision 0.603 on it.
- batch 2 (`w2-`, 32 items, 10 alerts), first contact: precision 0.563, recall 0.900 (tp 9, fp
  7, fn 1); after round 2 (regions named by grammar, not any capitalised name; a capital the
  headline names; two capitals apart by a comma, what states trade, rivalries between two
  capitals, a capital that hosts, "did not comment", verbs of statement, "ran riot"): the whole
  set at 0.662, recall 0.962.
- batch 3 (`w3-`, 32 items, 9 alerts), first contact: precision 0.471, recall 0.889 (tp 8, fp
  9, fn 1); after round 3 (a team that kills the match, stampedes, a minister who denounces
  "depuis Kiev", a region the country's name owns): the whole set (213 items, 62 alerts) at
  precision 0.670, recall 0.952 (tp 59, fp 29, fn 3).
Left: two namesakes by a US state ("Spokane, Washington"), an organisation ("Kyiv
Independent", "Lagos Business School"), a dateline with no place named for the scene ("a Saudi
oil facility"), past events, a hospital fire, a capital where a deal is signed.
"""

from __future__ import annotations

import pytest

from tests.test_match_labelled import evaluate, load_cases

PRECISION_FLOOR = 0.64  # measured 0.670
RECALL_FLOOR = 0.93  # measured 0.952


@pytest.fixture(scope="module")
def outcome() -> dict:
    return evaluate("wire_world.jsonl", "wire_world_watchlists.yaml")


def test_the_wire_world_set_holds_its_floors(outcome: dict) -> None:
    assert outcome["precision"] >= PRECISION_FLOOR
    assert outcome["recall"] >= RECALL_FLOOR


def test_the_wire_world_set_is_bilingual_world_news() -> None:
    cases = load_cases("wire_world.jsonl")
    assert len(cases) >= 120
    assert {c["lang"] for c in cases} == {"en", "fr"}
    assert len({c["id"] for c in cases}) == len(cases)
    assert 0.2 <= sum(1 for c in cases if c["expect"]) / len(cases) <= 0.4
