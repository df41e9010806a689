"""Review 17's findings, each a case the bot got wrong and near variants of it, over the real
gazetteer as the running bot loads it."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta
from functools import cache

import pytest

from bot.config import parse_config
from bot.geo import Gazetteer, load_gazetteer
from bot.geo.context import read_places
from bot.geo.resolve import _point_country
from bot.incident import among_its_dead, deed_day, more_victims, targets_in
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from bot.regionjoin import region_join, region_reading
from bot.story import Place, Report, StoryIndex, make_report
from bot.textnorm import tokenize
from tests.support.alerts import alerted, titled_matcher
from tests.support.reports import grouped, placed_report
from tests.test_story_rules25 import BOUREM, DORI, KAYA, SECOND_ATTACKS, TANOUT, TUMACO, bourem_two_incidents, report, tanout_raid
from tests.test_storymiss5 import CONFIG as SITES

NOW = datetime(2026, 3, 1, 8, tzinfo=UTC)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


# review17b: a story's province is read by the name the report wrote (a province's, not its
# region's word: "est", "nord", "the Sahel"); a division named after a town is read only by its
# noun; arrests naming another town, another time or a foiled plot tie to no story.


def _index(*reports: Report | None) -> StoryIndex:
    index = StoryIndex(72)
    for n, one in enumerate(reports):
        assert one is not None
        index.add(one, n)
    return index


def _at_country(title: str, summary: str, country: str) -> Report | None:
    return make_report(0, NOW, title, summary, [Place(country, "country", True, 0)])


def _at_town(gazetteer: Gazetteer, title: str, summary: str, town: str, country: str) -> Report | None:
    area = next(
        f"{p.country}.{p.admin1}"
        for p in gazetteer.lookup(tuple(town.lower().split()))
        if p.country == country and p.kind == "city"
    )
    return make_report(0, NOW, title, summary, [Place(town, "city", True, 0, (), frozenset(), area)])


def _join(gazetteer: Gazetteer, index: StoryIndex, title: str, summary: str, country: str, hours: int = 5) -> int | None:
    report = region_reading(9, NOW + timedelta(hours=hours), title, summary, frozenset({country}), gazetteer.lookup)
    return region_join(index, report, lambda _: True) if report is not None else None


_NORTH = (
    "Burkina : au moins 20 civils tués dans une attaque",
    "L'attaque est survenue dimanche dans le nord du pays, près de la frontière malienne.",
    "Burkina Faso",
)


@pytest.mark.parametrize(
    ("story", "title", "country"),
    [
        # the region's name read as a word: the French verb "est", "nord du pays", the Sahel as a zone
        (_NORTH, "Gnagna : des hommes armés tuent 8 civils dans une attaque", "BF"),
        (_NORTH, "Province de la Kompienga : attaque contre des civils, 8 tués", "BF"),
        (_NORTH, "Yatenga : attaque contre des civils, 8 tués", "BF"),
        (
            ("Jihadists kill 15 soldiers in Burkina Faso", "The insurgency has spread across the Sahel.", "Burkina Faso"),
            "Gunmen kill 12 villagers in Soum province attack",
            "BF",
        ),
        (
            ("Burkina : 15 soldats tués", "Les djihadistes sévissent dans tout le Sahel.", "Burkina Faso"),
            "Province de l'Oudalan : 12 civils tués par des hommes armés",
            "BF",
        ),
        (
            ("Burkina: al menos 20 civiles muertos", "El ataque está entre los peores en el este del país.", "Burkina Faso"),
            "Gnagna: hombres armados matan a 8 civiles",
            "BF",
        ),
        # the province's name as its town's: where the wounded were taken
        (
            (
                "Mali: gunmen kill nine soldiers in ambush",
                "The ambush took place near the Mauritanian border; wounded were evacuated to a hospital in Ségou.",
                "Mali",
            ),
            "Ségou region: gunmen kill 5 civilians in attack on village",
            "ML",
        ),
        # another province of the same region
        (
            (
                "Burkina : au moins 20 civils tués",
                "Des hommes armés ont attaqué un marché dans la province du Soum.",
                "Burkina Faso",
            ),
            "Oudalan : des hommes armés attaquent des civils, 25 tués",
            "BF",
        ),
    ],
)
def test_a_story_at_a_country_is_in_a_province_only_where_its_text_names_that_province(
    gazetteer: Gazetteer, story: tuple[str, str, str], title: str, country: str
) -> None:
    assert _join(gazetteer, _index(_at_country(*story)), title, "", country) is None


@pytest.mark.parametrize(
    ("summary", "title"),
    [
        (
            "Des hommes armés ont attaqué un marché dans la province de la Gnagna dimanche.",
            "Gnagna : le bilan de l'attaque contre des civils passe à 25 tués",
        ),
        (
            "Gunmen attacked a market in Burkina's Soum province on Sunday.",
            "Soum province: death toll in market attack rises to 25",
        ),
        (
            "Hombres armados atacaron un mercado en la provincia de Yatenga.",
            "Yatenga: sube a 25 el balance de muertos del ataque al mercado",
        ),
    ],
)
def test_a_story_whose_text_names_the_province_takes_the_provinces_report(gazetteer: Gazetteer, summary: str, title: str) -> None:
    story = _at_country("Burkina : au moins 20 civils tués dans une attaque", summary, "Burkina Faso")
    assert _join(gazetteer, _index(story), title, "", "BF") == 0


@pytest.mark.parametrize(
    ("story", "title", "summary", "country"),
    [
        # Malawi's districts and Guinea's prefectures are named after their towns: written alone, the town
        (("Gunmen kill two security guards in Zomba", "", "Zomba"), "Blantyre: gunmen kill security guard at bank", "", "MW"),
        (
            ("Gunmen kill two security guards in Zomba", "", "Zomba"),
            "Two killed as gunmen attack Mangochi shop",
            "The gunmen stormed the shop in Mangochi town on Friday night.",
            "MW",
        ),
        (
            ("Clashes at gold mine kill three near Kouroussa", "", "Kouroussa"),
            "Siguiri: clashes between miners and police kill five",
            "",
            "GN",
        ),
        (
            ("Affrontements dans une mine d'or près de Kouroussa", "", "Kouroussa"),
            "Siguiri : des heurts entre orpailleurs font cinq morts",
            "",
            "GN",
        ),
    ],
)
def test_a_division_named_after_its_town_is_no_division_written_alone(
    gazetteer: Gazetteer, story: tuple[str, str, str], title: str, summary: str, country: str
) -> None:
    assert region_reading(9, NOW, title, summary, frozenset({country}), gazetteer.lookup) is None
    assert _join(gazetteer, _index(_at_town(gazetteer, *story, country)), title, summary, country) is None


@pytest.mark.parametrize(
    ("title", "country", "area"),
    [
        ("Blantyre district: gunmen kill security guard at bank", "MW", "MW.S"),
        ("Guinée : heurts meurtriers dans la préfecture de Siguiri", "GN", "GN.K"),
        ("Gnagna : des hommes armés tuent 8 civils", "BF", "BF.08"),  # a province no town is named after
    ],
)
def test_a_division_named_after_its_town_is_read_by_its_noun(gazetteer: Gazetteer, title: str, country: str, area: str) -> None:
    found = region_reading(9, NOW, title, "", frozenset({country}), gazetteer.lookup)
    assert found is not None and found.area == area


def test_without_the_gazetteer_a_division_named_after_a_town_is_read_only_by_its_noun() -> None:
    assert region_reading(9, NOW, "Blantyre: gunmen kill security guard at bank", "", frozenset({"MW"})) is None
    found = region_reading(9, NOW, "Police say three killed in Blantyre district", "", frozenset({"MW"}))
    assert found is not None and found.area == "MW.S"


def _kotile() -> StoryIndex:
    """A roadside bomb at Kotile, a village of Garissa County (KE.16) the watchlist places itself."""
    town = Place("Kotile", "city", True, 0, (), frozenset(), "KE.16")
    return _index(make_report(0, NOW, "Roadside bomb wounds five soldiers near Kotile", "It hit an army truck.", [town]))


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # another town, in the headline or the summary
        ("Garissa County: police arrest five over bombing in Hulugho", ""),
        ("Garissa County: police arrest five over bombing", "The suspects were arrested over the explosion in Hulugho town."),
        # another time, in four languages
        ("Garissa County: police arrest five over last year's bombing", ""),
        ("Garissa County: police arrest suspect over 2023 bombing", ""),
        ("Garissa : la police arrête cinq suspects de l'attentat à la bombe de l'an dernier", ""),
        ("Garissa: la policía detiene a cinco por el atentado con bomba del año pasado", ""),
        # a plot foiled, in four languages
        ("Garissa County: police arrest five planning a bombing", ""),
        ("Garissa County: police arrest five suspects before they could detonate a bomb", ""),
        ("Garissa : la police arrête cinq hommes qui projetaient un attentat à la bombe", ""),
        ("Garissa: polícia prende cinco que planeavam um atentado à bomba", ""),
    ],
)
def test_arrests_that_something_sets_apart_join_no_incident(gazetteer: Gazetteer, title: str, summary: str) -> None:
    index = _kotile()
    assert _join(gazetteer, index, title, summary, "KE", hours=20) is None


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Garissa County: detectives arrest two over roadside bomb", ""),
        ("Garissa County: police arrest five over bombing near Kotile", ""),  # the story's own town
        ("Garissa County: police arrest five over bombing", "They were held over Tuesday's blast that hit an army truck."),
    ],
)
def test_arrests_over_the_incident_still_join_it(gazetteer: Gazetteer, title: str, summary: str) -> None:
    index = _kotile()
    assert _join(gazetteer, index, title, summary, "KE", hours=20) == 0


@pytest.fixture(scope="module")
def prisons(gazetteer: Gazetteer) -> Matcher:
    return placed_matcher(parse_config(SITES).watchlists, gazetteer)


@pytest.mark.parametrize(
    ("text", "alerts"),
    [
        # a prison's other nouns in Portuguese, Spanish and Arabic, before its name
        ("Ataque armado ao presídio de Koutoukalé", {"sahel/Koutoukalé prison"}),
        ("Ataque armado à cadeia de Koutoukalé", {"sahel/Koutoukalé prison"}),
        ("Ataque armado à penitenciária de Koutoukalé", {"sahel/Koutoukalé prison"}),
        ("Ataque armado al centro penitenciario de Koutoukalé", {"sahel/Koutoukalé prison"}),
        ("هجوم مسلح على معتقل كوتوكالي", {"sahel/Koutoukalé prison"}),
        # another prison; a chain of shops is no prison
        ("Ataque armado ao presídio de Kobar", set()),
        ("هجوم مسلح على معتقل كوبر", set()),
        ("Ataque armado contra uma cadeia de lojas em Niamey", set()),
    ],
)
def test_a_prison_by_its_other_nouns(prisons: Matcher, text: str, alerts: set[str]) -> None:
    assert alerted(prisons, text) == alerts


def test_an_arrest_near_another_place_in_the_summary_joins_no_incident(gazetteer: Gazetteer) -> None:
    summary = "Les suspects ont été arrêtés pour l'explosion survenue près de Hulugho mardi."
    assert (
        _join(gazetteer, _kotile(), "Garissa : la police arrête cinq suspects après l'explosion", summary, "KE", hours=20) is None
    )


# review17a (round lang22): a capital after "by", "par", "por" is its government only where it
# acts in words.
#
# Round 22 read any capital after a passive participle and "by"/"par"/"por" as its government
# ("attaqué par Washington"). Two classes of real attacks at watched capitals stopped alerting:
# "por"/"par" meaning across or through ("espalhados por Maputo", "passé par Niamey"), and a
# capital in a list of places or qualifying the noun after it ("by Abuja and Kaduna gunmen", "by
# Kabul, Herat mobs"). The rule now holds only where the thing acted on is one a government acts
# on in words or policy (a plan, an accord, a report, a budget: WordNet's abstract nouns, the words
# of argument, a few policy documents in French, Portuguese and Spanish) or the participle is a
# verb of argument ("rejected", "condenado"), and never where "and", "et", "e", "y" or a comma and
# another name follow the capital.
#
# The review's items and variants written for this file in other towns and languages, not taken
# from any labelled set, with the real gazetteer.
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


# ---------------------------------------------------------------------------------------------
# review17e (story25: `git diff eda2fff..90e6e76`)
# ---------------------------------------------------------------------------------------------

GWOZA = ("Gwoza", "city")
MUEDA = ("Mueda", "city")
MENAKA = ("Ménaka", "city")

# 1. A count of displaced people is how many an attack drove out only when the headline attacks
# no one: "Gunmen attack 4,000 displaced" names whom it hit.


@pytest.mark.parametrize(
    "title",
    [
        "Gunmen attack 4,000 displaced in Tanout",
        "Gunmen attack 3000 displaced in Tanout",
        "Gunmen attack 10 000 displaced in Tanout",
        "Gunmen attack thousands of displaced in Tanout",
        "Gunmen attack more than 4,000 displaced in Mopti",
        "Tanout : un site de 3 000 déplacés attaqué",
        "Tanout : 2 500 déplacés attaqués par des hommes armés",
        "Tanout : 3 000 déplacés tués ou blessés",
        "Ataque contra 4.000 desplazados en Tanout",
        "Homens armados atacam 2.500 deslocados em Mueda",
        "Ataque a milhares de deslocados em Mocímboa",
        "Drone strike kills 12 among 3,000 displaced in Tanout camp",
    ],
)
def test_counted_displaced_whom_the_headline_attacks_are_its_target(title: str) -> None:
    assert "displaced" in targets_in(tokenize(title))


@pytest.mark.parametrize(
    "title",
    [
        "Attack leaves 4,000 displaced in Tanout",
        "Thousands displaced after attack on Tanout",
        "4,000 displaced by attacks near Tanout",
        "Après l'attaque, 3 000 déplacés à Tanout",
        "Attaque de Tanout : plus de 3 000 déplacés",
        "Plus de 2 000 déplacés arrivent à Zinder",
        "Des milliers de déplacés fuient vers Zinder après une nouvelle attaque",
    ],
)
def test_counted_displaced_an_attack_drove_out_are_no_target(title: str) -> None:
    assert "displaced" not in targets_in(tokenize(title))


@pytest.mark.parametrize(
    "title",
    [
        "Gunmen attack 4,000 displaced in Tanout",
        "Gunmen attack 3000 displaced in Tanout",
        "Gunmen attack thousands of displaced in Tanout",
        "Tanout : un site de 3 000 déplacés attaqué",
        "Tanout : 2 500 déplacés attaqués par des hommes armés",
        "Ataque contra 4.000 desplazados en Tanout",
    ],
)
def test_a_new_attack_on_counted_displaced_the_next_day_is_a_new_incident(title: str) -> None:
    later = report(1, 26, title, "Armed men attacked displaced people near Tanout on Monday.", TANOUT, "Niger")
    assert grouped(tanout_raid(), later) == [0, 1]


def test_a_new_attack_on_counted_displaced_at_other_towns_is_a_new_incident() -> None:
    gwoza = report(
        0,
        0,
        "Boko Haram fighters kill nine farmers near Gwoza",
        "Insurgents attacked farmers in their fields outside Gwoza on Sunday.",
        GWOZA,
        "Nigeria",
    )
    camp = report(
        1,
        28,
        "Insurgents attack 3,000 displaced in Gwoza",
        "Fighters opened fire on a displaced site near Gwoza on Tuesday.",
        GWOZA,
        "Nigeria",
    )
    assert grouped(gwoza, camp) == [0, 1]
    mueda = report(
        0,
        0,
        "Insurgentes matam sete camponeses perto de Mueda",
        "Homens armados atacaram aldeias nos arredores de Mueda no domingo.",
        MUEDA,
        "Mozambique",
    )
    site = report(
        1,
        27,
        "Homens armados atacam 2.500 deslocados em Mueda",
        "Um grupo armado abriu fogo na segunda-feira contra um centro de deslocados em Mueda.",
        MUEDA,
        "Mozambique",
    )
    assert grouped(mueda, site) == [0, 1]


# 2. A burial joins the incident whose reports told its dead only when exactly one incident at
# the town told them (headline or summary), and never against the day the burial names.


def menaka_incidents() -> list[Report]:
    return [
        report(
            0,
            0,
            "Car bomb hits army base in Ménaka",
            "A car packed with explosives blew up at the gate of the army base in Ménaka on Monday morning.",
            MENAKA,
            "Mali",
        ),
        report(
            1,
            4,
            "Six soldiers killed in Ménaka base bombing",
            "The army said six soldiers died in Monday's suicide car bombing at the Ménaka base.",
            MENAKA,
            "Mali",
        ),
        report(
            2,
            11,
            "Ménaka : des boutiques pillées et incendiées par des hommes armés",
            "Des individus armés ont pillé puis brûlé lundi soir des boutiques du marché de Ménaka.",
            MENAKA,
            "Mali",
        ),
    ]


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Gunmen ambush convoy near Bourem",
            "Armed men attacked a convoy on Wednesday on the road out of Bourem; three soldiers died.",
        ),
        (
            "Embuscade meurtrière près de Bourem",
            "Des hommes armés ont attaqué mercredi un convoi sur la route de Bourem, tuant trois militaires.",
        ),
        ("IED blast hits vehicle near Bourem", "Three soldiers died on Wednesday when their vehicle hit a mine near Bourem."),
    ],
)
def test_a_burial_of_a_new_attacks_soldiers_told_in_its_summary_is_not_the_older_incidents(title: str, summary: str) -> None:
    ambush = report(3, 30, title, summary, BOUREM, "Mali")
    burial = report(
        4,
        52,
        "Bourem : les soldats tombés inhumés",
        "Les trois soldats tués mercredi ont été enterrés jeudi au cimetière de Bourem.",
        BOUREM,
        "Mali",
    )
    assert grouped(*bourem_two_incidents(), ambush, burial) == [0, 0, 2, 3, 3]
    assert grouped(*bourem_two_incidents()[:2], ambush, burial) == [0, 0, 3, 3]


def test_a_burial_of_a_new_ambushs_soldiers_at_another_town() -> None:
    ambush = report(
        3,
        30,
        "Supply convoy ambushed near Ménaka",
        "Gunmen attacked an army supply convoy on Tuesday on the road out of Ménaka; four soldiers died.",
        MENAKA,
        "Mali",
    )
    burial = report(
        4,
        52,
        "Ménaka: funeral for four soldiers",
        "The four soldiers killed on Tuesday were buried on Wednesday in Ménaka.",
        MENAKA,
        "Mali",
    )
    assert grouped(*menaka_incidents(), ambush, burial) == [0, 0, 2, 3, 3]
    assert grouped(*menaka_incidents()[:2], ambush, burial) == [0, 0, 3, 3]


def test_a_burial_naming_another_day_than_the_incident_that_told_soldiers_dead_does_not_join_it() -> None:
    bourem = report(
        3,
        50,
        "Bourem : les soldats tombés inhumés",
        "Les trois soldats tués mercredi ont été enterrés au cimetière de Bourem.",
        BOUREM,
        "Mali",
    )
    assert grouped(*bourem_two_incidents(), bourem)[-1] != 0
    menaka = report(
        3,
        50,
        "Ménaka : les militaires tombés inhumés",
        "Les quatre militaires tués mardi ont été enterrés mercredi à Ménaka.",
        MENAKA,
        "Mali",
    )
    assert grouped(*menaka_incidents(), menaka)[-1] != 0


def test_a_burial_of_the_soldiers_the_one_incident_told_on_its_day_still_joins_it() -> None:
    burial = report(
        3,
        50,
        "Ménaka : les militaires tombés inhumés",
        "Les six militaires tués lundi ont été enterrés mercredi à Ménaka.",
        MENAKA,
        "Mali",
    )
    assert grouped(*menaka_incidents(), burial) == [0, 0, 2, 0]


# 3. The forces' dead before "after" are an attack of their own only when they are not among the
# dead of the event after it.


@pytest.mark.parametrize(
    ("title", "among"),
    [
        ("Six dead, including two soldiers, after gunmen storm Dori market", True),
        ("Two soldiers among dead after Dori market attack", True),
        ("Policeman dies of wounds after Dori market attack", True),
        ("Deux gendarmes parmi les morts après l'attaque du marché de Dori", True),
        ("Cinq morts dont deux gendarmes après les tirs sur le marché de Kaya", True),
        ("Dos policías entre los muertos tras la balacera en el mercado de Tumaco", True),
        ("Policía muere por sus heridas tras la balacera en el mercado de Tumaco", True),
        ("Polícia morre devido aos ferimentos após ataque ao mercado de Pemba", True),
        ("Two soldiers killed after Dori market attack", False),
        ("Gendarmes tués à Dori après l'attaque du marché", False),
        ("Dos soldados muertos en choques entre el ejército y disidentes tras el ataque al mercado", False),
        ("Six dead, including two soldiers, in Dori market attack", False),
    ],
)
def test_the_dead_among_the_dead_of_the_event_after_after(title: str, among: bool) -> None:
    assert among_its_dead(tokenize(title)) is among


@pytest.mark.parametrize(
    "title",
    [
        "Six dead, including two soldiers, after gunmen storm Dori market",
        "Policeman dies of wounds after Dori market attack",
        "Deux gendarmes parmi les morts après l'attaque du marché de Dori",
        "Two soldiers among dead after Dori market attack",
    ],
)
def test_the_forces_among_a_market_attacks_dead_are_its_toll(title: str) -> None:
    market = SECOND_ATTACKS[0][1]
    toll = report(
        1, 6, title, "Two soldiers on guard at the cattle market died in the shooting of Monday morning.", DORI, "Burkina Faso"
    )
    assert grouped(market, toll) == [0, 0]


def test_the_forces_among_a_market_attacks_dead_at_other_towns() -> None:
    kaya = report(
        1,
        6,
        "Cinq morts dont deux gendarmes après les tirs sur le grand marché de Kaya",
        "Deux gendarmes en faction au marché ont péri lundi matin.",
        KAYA,
        "Burkina Faso",
    )
    assert grouped(SECOND_ATTACKS[1][1], kaya) == [0, 0]
    tumaco = SECOND_ATTACKS[2][1]
    among = report(
        1,
        6,
        "Dos policías entre los muertos tras la balacera en el mercado de Tumaco",
        "Dos agentes que custodiaban el mercado murieron en el tiroteo del lunes por la mañana.",
        TUMACO,
        "Colombia",
    )
    assert grouped(tumaco, among) == [0, 0]
    # Their own attack, told as theirs, stays apart.
    own = report(
        1,
        9,
        "Dos policías muertos tras la balacera en el mercado de Tumaco",
        "Hombres armados atacaron el lunes por la noche un puesto de policía a la salida de Tumaco.",
        TUMACO,
        "Colombia",
    )
    assert grouped(tumaco, own) == [0, 1]


# 4. A police or army escort and the convoy it escorts are one target.


@pytest.mark.parametrize(
    "words",
    [
        "Police escort ambushed near Dori",
        "L'escorte militaire d'un convoi attaquée",
        "Emboscan a escolta policial cerca de Tumaco",
    ],
)
def test_an_escort_is_also_the_convoy_it_guards(words: str) -> None:
    assert "convoy" in targets_in(tokenize(words))


CONVOY_AND_ESCORT = [
    (
        (
            "Humanitarian convoy attacked near Dori",
            "Gunmen fired on a convoy of aid trucks and its police escort on Monday evening near Dori.",
        ),
        ("Police escort ambushed near Dori", "Gunmen attacked policemen escorting aid trucks on Monday evening near Dori."),
        DORI,
        "Burkina Faso",
    ),
    (
        (
            "Convoi humanitaire attaqué près de Kaya",
            "Des hommes armés ont tiré lundi soir sur des camions d'aide et leur escorte de gendarmes près de Kaya.",
        ),
        (
            "Kaya : l'escorte policière d'un convoi prise pour cible",
            "Des hommes armés ont attaqué lundi soir les gendarmes qui escortaient des camions d'aide près de Kaya.",
        ),
        KAYA,
        "Burkina Faso",
    ),
    (
        (
            "Atacan caravana de ayuda humanitaria cerca de Tumaco",
            "Hombres armados dispararon el lunes por la noche contra camiones de ayuda y su escolta policial.",
        ),
        (
            "Emboscan a escolta policial cerca de Tumaco",
            "Hombres armados atacaron el lunes por la noche a los policías que escoltaban camiones de ayuda.",
        ),
        TUMACO,
        "Colombia",
    ),
]


@pytest.mark.parametrize(("convoy", "escort", "place", "country"), CONVOY_AND_ESCORT)
def test_a_convoy_attacked_and_its_escort_ambushed_are_one_incident(
    convoy: tuple[str, str], escort: tuple[str, str], place: tuple[str, str], country: str
) -> None:
    assert grouped(report(0, 0, *convoy, place, country), report(1, 3, *escort, place, country)) == [0, 0]
    assert grouped(report(0, 0, *escort, place, country), report(1, 3, *convoy, place, country)) == [0, 0]


# review17c ---------------------------------------------------------------------------------
# A site by its coords at a town is in that town's country, whatever countries its list names;
# only a site with no town of any country near (Tissi, 74 km from Birao) goes to the country the
# list points at. "X State" is another country's division only where one is so named, and not
# in "X State of emergency".

TISSI, BOL, ARLIT, GAMBORU, FOTOKOL, BIRAO = (
    (10.95, 22.75),
    (13.46, 14.71),
    (18.74, 7.39),
    (12.37, 14.21),
    (12.37, 14.22),
    (10.28, 22.79),
)


@pytest.mark.parametrize(
    ("point", "pointed", "country"),
    [
        (BOL, Counter({"NE": 3.0, "NG": 3.0}), "TD"),  # Bol's own town 1 km off: Chad, not Nigeria
        (BOL, Counter({"ML": 3.0, "NE": 3.0}), "TD"),
        (BOL, Counter({"NG": 3.0}), "TD"),
        (ARLIT, Counter({"DZ": 3.0}), "NE"),  # a list of southern Algeria watching Arlit's mine
        (GAMBORU, Counter({"ML": 3.0, "NE": 3.0}), "NG"),  # a Sahel list watching a Borno checkpoint
        (FOTOKOL, Counter({"ML": 3.0, "NE": 3.0}), "NG"),  # its nearest town, a kilometre off, is Nigeria's
        (BIRAO, Counter({"TD": 3.0}), "CF"),  # Birao itself, though the list names Chad
        (TISSI, Counter({"TD": 3.0}), "TD"),  # no town within 50 km: Chad's corner, as places23 gave
        (TISSI, Counter({"TD": 3.0, "NE": 3.0}), "TD"),
        (TISSI, Counter({"ML": 3.0}), "CF"),  # a list pointing at no country near: the nearest town's
    ],
)
def test_review17c_a_site_at_a_town_is_in_that_towns_country(
    point: tuple[float, float], pointed: Counter[str], country: str
) -> None:
    assert _point_country(load_gazetteer(), point, pointed) == country


BORDER_SITES = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  lake:
    title: Lake Chad basin
    locations:
      - name: Diffa
      - name: Maiduguri
      - name: Bol military camp
        coords: [13.46, 14.71]
    keyword_sets: [security]
  south:
    title: Southern Algeria
    locations:
      - name: Tamanrasset
      - name: In Guezzam
      - name: Somair mine
        coords: [18.74, 7.39]
    keyword_sets: [security]
  mixed:
    title: Sahel
    locations:
      - name: Gao
      - name: Tillaberi
      - name: Checkpoint Alpha
        coords: [12.37, 14.21]
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def sites() -> Matcher:
    return placed_matcher(parse_config(BORDER_SITES).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Boko Haram attack Checkpoint Alpha in Nigeria",
            "Insurgents attacked Checkpoint Alpha in Borno State, Nigeria, killing 10.",
            {"mixed/Checkpoint Alpha"},
        ),
        (
            "Boko Haram attack Checkpoint Alpha in Borno",
            "Insurgents attacked Checkpoint Alpha in Borno, killing 10.",
            {"mixed/Checkpoint Alpha"},
        ),
        (
            "Boko Haram attaque le Checkpoint Alpha au Nigeria",
            "Des insurgés ont attaqué le Checkpoint Alpha dans l'État de Borno, tuant dix soldats.",
            {"mixed/Checkpoint Alpha"},
        ),
        (
            "Boko Haram attack Bol military camp in Chad",
            "Fighters attacked the Bol military camp in Chad overnight, killing four soldiers.",
            {"lake/Bol military camp"},
        ),
        (
            "Gunmen attack Somair mine in Niger",
            "Gunmen attacked the Somair mine in northern Niger, killing two guards.",
            {"south/Somair mine"},
        ),
    ],
)
def test_review17c_a_site_at_a_border_town_alerts_in_its_country(
    sites: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    assert alerted(sites, title, summary) == expected


def _countries_read(text: str) -> set[str]:
    return {m.chosen.country for m in read_places(load_gazetteer(), tokenize(text)).mentions if m.chosen is not None}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Niger State of emergency extended in Tillaberi as attacks mount", "NE"),  # Niger's state of emergency
        ("Niger State of siege declared after Diffa attack", "NE"),
        ("Sudan State media says RSF shelled El Fasher", "SD"),  # no country has a Sudan State
        ("Chad State television says soldiers killed near Bol", "TD"),
        ("Lebanon State media said two were killed in Tyre", "LB"),
    ],
)
def test_review17c_a_state_no_other_country_has_is_the_countrys_own(text: str, country: str) -> None:
    mentions = read_places(load_gazetteer(), tokenize(text)).mentions
    assert any(m.chosen is not None and m.chosen.kind == "country" and m.chosen.country == country for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Kidnappers struck near Mokwa, Niger State police said.",
        "Bandits kill 4 in Kontagora, Niger State",
        "Gunmen kill 5 near Bida, Niger State media reported",
    ],
)
def test_review17c_nigerias_niger_state_stays_a_division(text: str) -> None:
    assert _countries_read(text) == {"NG"}


AIRPORTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  somalia:
    title: Somalia
    locations:
      - name: Mogadishu
        radius: 25km
      - name: Mogadishu airport
    keyword_sets: [security]
  yemen:
    title: Yemen
    locations:
      - name: Aden
        radius: 30km
      - name: Aden airport
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def airports() -> Matcher:
    return placed_matcher(parse_config(AIRPORTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # the airport's full gazetteer name, and a mortar round, which the security set now holds
        (
            "Mortar rounds hit Aden Adde International Airport",
            "Mortar rounds landed inside Aden Adde airport, officials said.",
            {"somalia/Mogadishu airport", "somalia/Mogadishu"},
        ),
        (
            "Mortar round lands near Aden Adde airport",
            "No one was hurt, officials said.",
            {"somalia/Mogadishu airport", "somalia/Mogadishu"},
        ),
        # the airport's noun before its name: Mogadishu's airport, not Yemen's Aden nor its airport
        (
            "Attentat à l'aéroport Aden Adde de Mogadiscio",
            "Des obus de mortier sont tombés sur l'aéroport.",
            {"somalia/Mogadishu airport", "somalia/Mogadishu"},
        ),
        (
            "Ataque al aeropuerto Aden Adde de Mogadiscio",
            "Proyectiles de mortero cayeron en el aeropuerto.",
            {"somalia/Mogadishu airport", "somalia/Mogadishu"},
        ),
        (
            "Ataque no aeroporto Aden Adde em Mogadíscio",
            "Morteiros caíram no aeroporto.",
            {"somalia/Mogadishu airport", "somalia/Mogadishu"},
        ),
        # Aden's own airport, its noun before the city's name alone, stays Aden's
        (
            "Attentat à l'aéroport d'Aden",
            "Une explosion a frappé l'aéroport d'Aden, au Yémen.",
            {"yemen/Aden airport", "yemen/Aden"},
        ),
    ],
)
def test_review17c_an_airport_named_after_a_person_is_its_own_citys(
    airports: Matcher, title: str, summary: str, expected: set[str]
) -> None:
    assert alerted(airports, title, summary) == expected


# review17d (senses23: `git diff eda2fff..df15ab7`)
# ---------------------------------------------------------------------------------------------

_TYPED = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  niger:
    title: Niger watch
    locations:
      - name: Tahoua
      - name: Tillabéri
      - name: Maradi
      - name: Niamey
    keywords: [strike, strikes, fighting, fight, fights, attack]
"""


@cache
def _niger() -> Matcher:
    return titled_matcher("Niger watch", "Tahoua", "Maradi", "Niamey", "Agadez")


@cache
def _typed() -> Matcher:
    return placed_matcher(parse_config(_TYPED).watchlists, load_gazetteer())


@cache
def _burkina() -> Matcher:
    return titled_matcher("Burkina Faso watch", "Djibo", "Kaya", "Dori")


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        # the reviewer's: a clause its year heads, the deed dated to now by a weekday, "this
        # morning", "ce lundi", "أمس", or by the day and month before the year
        ("On Sunday, December 6, 2026, when gunmen attacked Tahoua, the army was away.", {"niger/Tahoua"}),
        ("Dans la nuit du 6 au 7 décembre 2026, quand des jihadistes ont attaqué Tahoua, l'armée a riposté.", {"niger/Tahoua"}),
        ("No domingo, 6 de dezembro de 2026, quando jihadistas atacaram Tahoua, o exército estava ausente.", {"niger/Tahoua"}),
        ("يوم الأحد 6 ديسمبر 2026، حين هاجم مسلحون مدينة تاهوا، كان الجيش غائبا.", {"niger/Tahoua"}),
        ("In 2026, when militants attacked Tahoua on Monday, the town was cut off.", {"niger/Tahoua"}),
        ("The truce held until 2026, when jihadists attacked Tahoua this morning.", {"niger/Tahoua"}),
        ("انهار اتفاق عام 2015، حين هاجم مسلحون مدينة تاهوا يوم الاثنين.", {"niger/Tahoua"}),
        ("انهار اتفاق 2015، عندما قصفت طائرات مدينة تاهوا أمس.", {"niger/Tahoua"}),
        ("Le calme régnait depuis 2019, quand des jihadistes ont attaqué Tahoua ce lundi.", {"niger/Tahoua"}),
        # ours: other towns, "hier", "ontem", "ayer", "اليوم", "last night", and the newest year
        # named when an older one stands beside it
        ("La trêve tenait depuis 2021, quand des hommes armés ont attaqué Maradi hier soir.", {"niger/Maradi"}),
        ("A trégua durava desde 2020, quando homens armados atacaram Maradi ontem.", {"niger/Maradi"}),
        ("La tregua duró hasta 2026, cuando hombres armados atacaron Maradi ayer.", {"niger/Maradi"}),
        ("صمدت الهدنة حتى 2026، حين هاجم مسلحون مدينة مارادي اليوم.", {"niger/Maradi"}),
        ("The 2018 accord held until 2026, when gunmen attacked Agadez and killed nine.", {"niger/Agadez"}),
        ("The ceasefire lasted until 2025, when gunmen attacked Agadez last night.", {"niger/Agadez"}),
        # still history: the year alone, a year older than the newest named, a date a deed's name
        ("Maradi se souvient de 1990, quand des soldats ont tué des dizaines d'étudiants.", set()),
        ("Agadez marked in 2026 the anniversary of 2007, when rebels attacked the town.", set()),
        ("Maradi lembra o massacre de 6 de abril de 1999, quando milícias mataram dezenas de pessoas.", set()),
    ],
)
def test_a_clause_its_year_heads_keeps_its_sense_when_it_dates_the_deed_to_now(summary: str, expected: set[str]) -> None:
    assert alerted(_niger(), "Niger", summary) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the reviewer's: words of arms before "strike" make it no footballer's
        ("Air strike on Tahoua football pitch", {"niger/Tahoua"}),
        ("Military strike on Tahoua football pitch", {"niger/Tahoua"}),
        ("Strike on Tahoua football pitch", {"niger/Tahoua"}),
        ("Strikes on Tahoua as football fans gather", {"niger/Tahoua"}),
        # ours
        ("Artillery strike hits Maradi stadium during league match", {"niger/Maradi"}),
        ("Rocket strike on Maradi as the football season opens", {"niger/Maradi"}),
        ("Strikes against Tillabéri as football club trains", {"niger/Tillabéri"}),
        # a footballer's strike stays one
        ("Maradi goalkeeper stuns Niamey with stoppage-time strike", set()),
        ("Tahoua striker's late strike on goal sinks the football club of Maradi", set()),
        # the reviewer's: a pest fought by farmers, or the fight's object, is farming; a pest
        # named elsewhere is not
        ("Fighting near Tillabéri as locust swarms hit farms", {"niger/Tillabéri"}),
        ("Heavy fighting near Maradi as armyworms ravage crops", {"niger/Maradi"}),
        ("Tahoua farmers fight locusts", set()),
        ("Maradi launches the fight against locust swarms", set()),
        ("Maradi steps up the fight against an invasion of desert locusts", set()),
        ("Tahoua farmers battle a plague of armyworms", set()),
        ("Herders and farmers fight near Tahoua", {"niger/Tahoua"}),
        # the animals that fight are wildlife's too
        ("Two elephants fighting near Tillabéri caught on camera", set()),
    ],
)
def test_arms_before_strike_and_pests_fought_as_objects(title: str, expected: set[str]) -> None:
    assert alerted(_typed(), title, "") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the bundled vocabulary writes "air strike" as two words too
        ("Air strike on Tahoua football pitch", {"niger/Tahoua"}),
        ("Air strike hits Maradi stadium during league match", {"niger/Maradi"}),
        # the reviewer's: an event after "after" is a deed, not a market's figure
        ("Niamey bank shares slump after attack by short sellers", set()),
        ("Niamey: naira falls after massacre of bond prices", set()),
        ("Niamey: uranium shares fall after attack on Tahoua convoy", {"niger/Tahoua"}),
        # ours
        ("Niamey telecom shares tumble after attack by speculators", set()),
        ("Niamey: cement shares soar after explosion in demand", set()),
        ("Niamey: uranium shares fall after a gun attack on a Maradi mine", {"niger/Maradi"}),
    ],
)
def test_bundled_air_strike_and_a_deed_after_after(title: str, expected: set[str]) -> None:
    assert alerted(_niger(), title, "") == expected


@pytest.mark.parametrize(
    "summary",
    [
        # the reviewer's: a day between the verb and its listener; the Spanish the docstring claims
        "Des hommes armés ont tué douze civils lundi près de Gorom-Gorom, a indiqué mardi à l'AFP une source "
        "sécuritaire à Djibo.",
        "Hombres armados mataron a doce civiles cerca de Gorom-Gorom, dijo a la AFP una fuente de seguridad en Djibo.",
        # ours
        "Des jihadistes ont tué huit soldats près de Gorom-Gorom, a confié dimanche à l'AFP une source locale à Kaya.",
        "Hombres armados mataron a ocho soldados cerca de Gorom-Gorom, dijo el lunes a Efe una fuente de seguridad en Dori.",
        "Homens armados mataram oito soldados perto de Gorom-Gorom, disse ontem à Lusa uma fonte de segurança em Kaya.",
    ],
)
def test_a_source_told_after_a_day_is_no_scene(summary: str) -> None:
    assert alerted(_burkina(), "Burkina", summary) == set()


# review17h (story26): a new attack at the same town the next day, told under a bland headline
# with its own day ("on Sunday, a day after Saturday's attack", "au lendemain de l'attaque de
# samedi", "three more traders"), is another incident; what one incident left still joins it.

_SATURDAY = datetime(2026, 3, 14, 4, tzinfo=UTC)  # a Saturday: the weekdays below are read from it
assert _SATURDAY.weekday() == 5


def _at(n: int, hours: float, title: str, summary: str, town: str, country: str) -> Report:
    return placed_report(n, _SATURDAY + timedelta(hours=hours), title, summary, (town, "city"), parents=(country,))


def _joins(first: Report, later: Report) -> bool:
    index = StoryIndex(72.0)
    index.add(first, first.item_id)
    return index.find(later) is not None


_FIRSTS = {
    "Mopti": (
        "Mali",
        "Gunmen attack army camp in Mopti",
        "Gunmen attacked the army camp in Mopti on Saturday, killing four soldiers.",
    ),
    "Dori": (
        "Burkina Faso",
        "Attaque contre le camp militaire de Dori",
        "Des hommes armés ont attaqué samedi le camp militaire de Dori, tuant quatre soldats.",
    ),
    "Tumaco": (
        "Colombia",
        "Ataque armado contra el cuartel de Tumaco",
        "Hombres armados atacaron el sábado el cuartel de Tumaco y mataron a cuatro soldados.",
    ),
    "Pemba": (
        "Mozambique",
        "Ataque ao quartel de Pemba",
        "Homens armados atacaram no sábado o quartel de Pemba, matando quatro soldados.",
    ),
}


@pytest.mark.parametrize(
    ("town", "title", "summary"),
    [
        (
            "Mopti",
            "Fear grips Mopti",
            "Gunmen attacked the army camp in Mopti on Sunday morning, a day after Saturday's attack on the camp.",
        ),
        (
            "Mopti",
            "Panic in Mopti",
            "A day after Saturday's attack on the camp, gunmen killed three more soldiers in Mopti on Sunday.",
        ),
        (
            "Mopti",
            "Panic in Mopti",
            "On Sunday gunmen opened fire at the army camp, killing three soldiers, a day after Saturday's attack.",
        ),
        (
            "Dori",
            "Dori sous le choc",
            "Dimanche matin, des hommes armés ont attaqué le camp militaire de Dori, au lendemain de l'attaque de samedi.",
        ),
        (
            "Dori",
            "Dori sous le choc",
            "Des hommes armés ont encore tué trois soldats dimanche à Dori, au lendemain de l'attaque de samedi.",
        ),
        (
            "Tumaco",
            "Miedo en Tumaco",
            "El domingo, hombres armados atacaron el cuartel de Tumaco, al día siguiente del ataque del sábado.",
        ),
        (
            "Tumaco",
            "Miedo en Tumaco",
            "Al día siguiente del ataque del sábado, hombres armados mataron a otros tres soldados en Tumaco.",
        ),
        ("Pemba", "Medo em Pemba", "No domingo, homens armados atacaram o quartel de Pemba, um dia depois do ataque de sábado."),
        # the deed it names is of another day than the incident's: another incident
        ("Mopti", "Mopti mourns", "Soldiers on Sunday buried comrades killed in Friday's attack on the army camp in Mopti."),
        (
            "Mopti",
            "Mopti mourns",
            "Soldiers on Sunday buried comrades killed in last Saturday's attack on the army camp in Mopti.",
        ),
    ],
)
def test_review17h_a_deed_of_its_own_the_next_day_is_another_incident(town: str, title: str, summary: str) -> None:
    country, first_title, first_summary = _FIRSTS[town]
    first = _at(0, 0, first_title, first_summary, town, country)
    assert not _joins(first, _at(1, 30, title, summary, town, country))


@pytest.mark.parametrize(
    ("town", "title", "summary"),
    [
        (
            "Mopti",
            "Mopti buries its soldiers",
            "Soldiers on Sunday buried four comrades killed in Saturday's attack on the army camp in Mopti.",
        ),
        (
            "Mopti",
            "Mopti shops stay shut",
            "Traders in Mopti shut their stalls on Sunday, a day after Saturday's attack on the army camp.",
        ),
        (
            "Mopti",
            "Mopti mourns its soldiers",
            "Hundreds attended Sunday's funeral of four soldiers killed in Saturday's attack on the army camp in Mopti.",
        ),
        (
            "Dori",
            "Dori enterre ses soldats",
            "Dori a enterré dimanche les quatre soldats tués dans l'attaque de samedi contre le camp militaire.",
        ),
        (
            "Tumaco",
            "Tumaco despide a sus soldados",
            "Tumaco despidió el domingo a los cuatro soldados muertos en el ataque del sábado contra el cuartel.",
        ),
    ],
)
def test_review17h_what_one_incident_left_still_joins_it(town: str, title: str, summary: str) -> None:
    country, first_title, first_summary = _FIRSTS[town]
    first = _at(0, 0, first_title, first_summary, town, country)
    assert _joins(first, _at(1, 30, title, summary, town, country))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Traders on Sunday buried five colleagues killed in Saturday's attack.", date(2026, 3, 14)),
        ("Traders on Sunday buried five colleagues killed in last Saturday's attack.", date(2026, 3, 7)),
        ("Hundreds attended Sunday's funeral of nine passengers killed in Saturday's roadside bomb.", date(2026, 3, 14)),
        ("Après la réunion de lundi, les commerçants ont rouvert après l'attaque de samedi.", date(2026, 3, 14)),
        ("Hundreds attended Sunday's funeral.", None),
        ("La réunion de lundi a été reportée.", None),
    ],
)
def test_review17h_a_weekday_dates_a_deed_only_beside_a_deed_noun(text: str, day: date | None) -> None:
    assert deed_day([tokenize(text)], _SATURDAY + timedelta(hours=30)) == day


@pytest.mark.parametrize(
    ("text", "more"),
    [
        ("Gunmen killed three more traders in Mopti.", True),
        ("Des hommes armés ont tué encore trois civils à Dori.", True),
        ("Hombres armados mataron a otros tres soldados.", True),
        ("Homens armados mataram mais três civis.", True),
        ("The toll rose as three more soldiers died of their wounds.", False),
        ("Three more bodies were found near the market.", False),
    ],
)
def test_review17h_n_more_victims_are_a_new_deeds(text: str, more: bool) -> None:
    assert more_victims(tokenize(text)) is more
