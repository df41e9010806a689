"""The bundled security vocabulary names the raiders of the Sahel and Nigeria.

"Bandits" is what Nigerian, Nigerien and Cameroonian outlets call the armed gangs that raid
villages and roads, and "raid" is how they tell what those gangs, and jihadists, do: "Bandits
raided a police post" had no word of the bundled set, so a watched town's attack went unsent. The
set now has "raid" and "bandit" (English), "raid", "bandits armés" and "coupeurs de route" (the
highway robbers of Cameroon, Chad and the Central African Republic) in French, "bandidos
armados" in Spanish and Portuguese, and "قطاع طرق" in Arabic. Their other senses stay quiet: a
gambling machine, a film, a windfall "made out like bandits", a raid on the fridge or the coffers.

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from tests.support.alerts import alerted, titled_matcher


@pytest.fixture(scope="module")
def matcher():
    return titled_matcher("Cameroon and Nigeria", "Kolofata", "Gusau", "Mokolo")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Bandits raided a police post in Kolofata overnight", "Kolofata"),
        ("Gunmen raid two villages near Gusau, residents flee", "Gusau"),
        ("Armed bandits block the Mokolo road and rob travellers", "Mokolo"),
        ("Zamfara: bandits overrun farming settlement outside Gusau", "Gusau"),
        ("Mokolo : des coupeurs de route dépouillent les passagers d'un car", "Mokolo"),
        ("Raid jihadiste contre un poste de gendarmerie à Kolofata", "Kolofata"),
        ("Des bandits armés sèment la terreur à Mokolo", "Mokolo"),
        ("Bandidos armados asaltan un autobús cerca de Kolofata", "Kolofata"),
        ("قطاع طرق يعترضون شاحنات قرب موكولو", "Mokolo"),
        ("Police raid suspected Boko Haram hideout in Kolofata", "Kolofata"),
    ],
)
def test_bandits_and_raids_alert(matcher, text: str, want: str) -> None:
    assert alerted(matcher, text) == {f"cameroon/{want}"}


@pytest.mark.parametrize(
    "text",
    [
        "Investors made out like bandits as Gusau cement plant floats",
        "Mokolo casino installs twenty new one-armed bandit machines",
        "Kolofata film club screens Time Bandits on Saturday",
        "Gusau family raids the fridge for the Sallah feast",
        "Officials accused of raiding the coffers of Mokolo council",
    ],
)
def test_their_other_senses_stay_quiet(matcher, text: str) -> None:
    assert alerted(matcher, text) == set()
