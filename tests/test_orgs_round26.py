"""Round 26 of issues 16 and 20: a place named inside an organisation's, a title's, a team's or an
event's name, in the five languages, and the attack on such a body's premises, which is an attack
at the place.

The spent sets' false alerts of this class (organisations, titles, works, teams, brands, events)
were classed by the grammar of the name:
- a head noun of an organisation in lower case right before the name, in apposition ("the insurer
  Porto Seguro", "la revista Hola", "du quotidien Midi Libre", "the e-reader maker Kobo", "the
  channel Al Mayadeen"): the English heads are WordNet's organisations (`bot/org_nouns.py`, built
  by `tools/build_org_nouns.py`), with the French, Portuguese and Spanish ones beside them;
- a capitalised head before "de" that no hand list named ("Sociedad Portuaria de Buenaventura",
  "la Convención de Ginebra");
- a body's noun after the name with a qualifier between ("Manbij Military Council");
- Arabic heads written before the name ("شبكة السويداء 24", "مهرجان بصرى الدولي").
And the true alerts an organisation's rule turned away: the premises of the body named after the
town stand in it ("the headquarters of the Bank of Khartoum", "la sede del Banco de ...", "مقر
بنك ...", "the Anka emirate palace"), and a front in lower case is the battle's line there ("the
Mukeiras front").

Sentences written for this file over other towns, not taken from any labelled set, with the real
gazetteer.
"""

from __future__ import annotations

import pytest

from tests.support.alerts import alert_of, alerted, titled_matcher


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Nigeria", "Yola", "The insurer Yola says a ransomware attack hit its systems in Lagos"),
        ("Kenya", "Garissa", "Gunmen attack a truck of the logistics operator Garissa near Mombasa port"),
        ("Mozambique", "Chimoio", "A seguradora Chimoio denuncia ataque informático aos seus servidores em Maputo"),
        ("Ecuador", "Esmeraldas", "Un fotógrafo de la revista Esmeraldas sufre un ataque en Quito"),
        ("Mali", "Ségou", "Des journalistes du quotidien Ségou agressés lors d'une manifestation à Dakar"),
        ("Colombia", "Pasto", "La Sociedad Portuaria de Pasto denuncia un ataque armado a un remolcador en Cartagena"),
        ("Sudan", "Kassala", "Fighters of the Kassala Military Council clash with rebels near Gedaref"),
        ("Sudan", "Kassala", "شبكة كسلا الإخبارية: مقتل شاب برصاص مجهولين في القضارف"),
        ("Libya", "Zawiya", "مهرجان الزاوية الدولي يعود بعد سنوات الحرب والقصف"),
    ],
)
def test_a_town_named_inside_an_organisation_does_not_alert(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Sudan", "Kassala", "Gunmen storm Bank of Kassala headquarters, killing two guards"),
        ("Sudan", "Kassala", "هجوم مسلح على مقر بنك كسلا يقتل حارسين"),
        ("Colombia", "Pasto", "Atentado contra la sede del Banco de Pasto deja dos heridos"),
        ("Mali", "Ségou", "Attaque contre le siège de la Banque de Ségou : deux gardiens tués"),
        ("Mozambique", "Chimoio", "Homens armados atacam a sede do Banco de Chimoio durante a noite"),
        ("Nigeria", "Gusau", "Bandits attack Gusau emirate palace, killing a guard"),
        ("Yemen", "Marib", "Houthis attack government positions on the Marib front, 20 killed"),
        ("Nigeria", "Yola", "Gunmen stormed the American University of Nigeria campus in Yola, killing a guard"),
    ],
)
def test_an_attack_on_the_premises_of_a_body_named_after_the_town_alerts(country: str, town: str, text: str) -> None:
    assert alerted(titled_matcher(country, town), text) == alert_of(country, town)
