"""Review 17a of round lang22: a capital after "by", "par", "por" is its government only where it
acts in words.

Round 22 read any capital after a passive participle and "by"/"par"/"por" as its government
("attaqué par Washington"). Two classes of real attacks at watched capitals stopped alerting:
"por"/"par" meaning across or through ("espalhados por Maputo", "passé par Niamey"), and a
capital in a list of places or qualifying the noun after it ("by Abuja and Kaduna gunmen", "by
Kabul, Herat mobs"). The rule now holds only where the thing acted on is one a government acts
on in words or policy (a plan, an accord, a report, a budget: WordNet's abstract nouns, the words
of argument, a few policy documents in French, Portuguese and Spanish) or the participle is a
verb of argument ("rejected", "condenado"), and never where "and", "et", "e", "y" or a comma and
another name follow the capital.

The review's items and variants written for this file in other towns and languages, not taken
from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from tests.support.alerts import alerted, titled_matcher


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        # the review's: "por"/"par" as across or through
        ("Mozambique", "Maputo", "Ataques armados espalhados por Maputo"),
        ("Colombia", "Bogotá", "Ataques con explosivos repartidos por Bogotá"),
        ("Colombia", "Bogotá", "Balaceras registradas por Bogotá y Soacha"),
        ("Niger", "Niamey", "Un convoi attaqué après être passé par Niamey"),
        # variants: other capitals, other participles of spreading and passing
        ("Angola", "Luanda", "Assaltos à mão armada espalhados por Luanda durante o fim de semana"),
        ("Venezuela", "Caracas", "Tiroteos distribuidos por Caracas dejan tres muertos"),
        ("Central African Republic", "Bangui", "Un camion de l'ONU attaqué après être passé par Bangui"),
        ("Afghanistan", "Kabul", "Bus attacked by gunmen after it passed by Kabul"),
    ],
)
def test_a_capital_after_por_or_par_as_across_or_through_is_the_place(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == {f"{country.split()[0].lower()}/{town}"}


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        # the review's: a capital in a list of places, or qualifying the noun after it
        ("Nigeria", "Abuja", "Worshippers attacked by Abuja and Kaduna gunmen"),
        ("Afghanistan", "Kabul", "Shops looted by Kabul, Herat mobs"),
        ("Afghanistan", "Kabul", "Shops attacked by Kabul and Herat mobs"),
        ("Afghanistan", "Kabul", "Hazara students attacked by Kabul and Mazar gunmen"),
        ("Mali", "Bamako", "Attaques coordonnées menées par Bamako et Kati, selon des témoins"),
        # variants in other capitals and languages
        ("Kenya", "Nairobi", "Passengers robbed and stabbed by Nairobi, Nakuru gangs"),
        ("Burkina Faso", "Ouagadougou", "Commerçants attaqués par Ouagadougou et Koudougou bandits armés"),
        ("Angola", "Luanda", "Comerciantes assaltados por Luanda e Viana gangues armados"),
    ],
)
def test_a_capital_in_a_list_or_qualifying_a_noun_is_the_place(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == {f"{country.split()[0].lower()}/{town}"}


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        # people and things acted on by the city's people, not its government (the review's probe)
        ("Mali", "Bamako", "Journaliste enlevé par Bamako, dénonce sa famille"),
        ("Mozambique", "Maputo", "Polícia atacada por Maputo em fúria após linchamento"),
        ("Colombia", "Bogotá", "Bus atacado por Bogotá en protesta, dos heridos"),
        # variants
        ("Kenya", "Nairobi", "Police post attacked by Nairobi crowd after shooting"),
        ("Venezuela", "Caracas", "Comisaría atacada por Caracas enardecida tras un linchamiento"),
    ],
)
def test_people_and_things_attacked_are_no_thing_of_words(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == {f"{country.split()[0].lower()}/{town}"}


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        # a plan, an accord, a report, a law, a budget: the government acts on it in words
        ("Afghanistan", "Kabul", "UN report on civilian deaths attacked by Kabul as biased"),
        ("Mali", "Bamako", "La loi sur les médias attaquée par Bamako devant la Cour"),
        ("Venezuela", "Caracas", "El acuerdo de paz atacado por Caracas en la ONU"),
        ("Angola", "Luanda", "O orçamento foi atacado por Luanda na cimeira regional"),
        ("Kenya", "Nairobi", "Budget plan was attacked by Nairobi over spending"),
        # a verb of argument, whatever it acts on
        ("Angola", "Luanda", "Ataque em Cabinda condenado por Luanda"),
    ],
)
def test_a_capital_that_acts_in_words_is_still_its_government(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == set()
