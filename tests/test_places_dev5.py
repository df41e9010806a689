"""The place model against a development set for issue 16's false alerts in new regions.

`places_dev5.jsonl` (86 items, English and French) was written by helper h-places5 before any
rule of its round, over the Horn and East Africa (Mogadishu, Kismayo, Bosaso, Galkayo; Mombasa,
Wajir; Mekelle, Dessie, Harar; Wau, Bor), Afghanistan (Kabul and its airport, Mazar-i-Sharif,
Ghazni, Khost, Farah), Libya (Tripoli, Benghazi airport, Zawiya, Sabha, Derna), Yemen (Aden and
its airport, Taiz, Mukalla), the Rohingya camps (Cox's Bazar, Teknaf) and Haiti (Port-au-Prince
and its airport, Les Cayes, Jacmel, Jérémie, Saint-Marc), with `places_dev5_watchlists.yaml`.
Half are traps of the kinds issue 16 counts: a namesake in another country (Bor in Serbia and
Turkey, Wau in Papua New Guinea, Sabha in Jordan, Farah in India, Zawiya in the West Bank, Derna
in Romania, Delmas in South Africa), titles and works, people, homes, other places (Gulf of Aden,
Harar Meda air base, Mombasa Road, the Kabul River), organisations (Kabul Bank, Mogadishu
University, Al-Ittihad Tripoli, the Carrefour shops), another city's airport or code, towns
just outside a radius, and sites against cities.

It is a development set: its errors were read while writing rules, so its figures say less than
a blind set's. First contact (`python -m pytest -q -s tests/test_places_dev5.py`): precision
0.889, recall 0.889 (tp 48, fp 6, fn 6; 86 items, 54 expected alerts). One label was corrected
after it ("Houthi drone hits Aden airport" holds no keyword of the list: it expects nothing).
The 6 false alerts: two works ("Paul Nizan's 'Aden Arabie'", "orchestra's 'Mombasa'"), a
person's epithet ("Mahmud of Ghazni"), a shop in another country within a radius ("Carrefour
hypermarket ... in Tunis"), a brigade named after its town, "Kabul and Dubai airport staff".
The 6 missed: the place's own name when another was typed ("Gaalkacyo"), "Les Cayes" read as a
venue "Les X", a camp GeoNames lacks (Kutupalong), an airport code for its city (KBL), and the
corrected label. After this round: precision 0.962, recall 0.962 (tp 50, fp 2, fn 2). Left: the
epithet, "Kabul and Dubai airport staff" (Kabul city), Kutupalong, KBL for Kabul (the Sahel sets
label a code as the airport alone, "BKO: flights suspended", so it stays so).
"""

from __future__ import annotations

import pytest

from tests.test_match_labelled import evaluate, load_cases

PRECISION_FLOOR = 0.93  # 0.962 after its round (0.889 first contact)
RECALL_FLOOR = 0.93  # 0.962 (0.889)


@pytest.fixture(scope="module")
def outcome() -> dict:
    return evaluate("places_dev5.jsonl", "places_dev5_watchlists.yaml")


def test_the_new_regions_dev_set_holds_its_floors(outcome: dict) -> None:
    assert outcome["precision"] >= PRECISION_FLOOR
    assert outcome["recall"] >= RECALL_FLOOR


def test_the_dev_set_is_bilingual_and_half_traps() -> None:
    cases = load_cases("places_dev5.jsonl")
    assert len(cases) >= 80
    assert {c["lang"] for c in cases} == {"en", "fr"}
    assert len({c["id"] for c in cases}) == len(cases)
    assert sum(1 for c in cases if not c["expect"]) >= len(cases) // 3
