"""Issue 17, story23's round: what a day-later report of an incident says in other words than the
first reports'. Every sentence here is new: written for these tests, not taken from any labelled
set. Real parts: `make_report`, `StoryIndex`, `bot.incident`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.incident import another, armed_groups, groups_in
from bot.story import Place, Report, make_report
from bot.textnorm import tokenize
from tests.support.reports import grouped, placed_report

T0 = datetime(2026, 4, 7, 3, 0, tzinfo=UTC)
NASSOUMBOU = ("Nassoumbou", "city")
BURKINA = ("Burkina Faso", "country")
TESSIT = ("Tessit", "city")
MALI = ("Mali", "country")


def report(n: int, hours: float, title: str, summary: str, *places: tuple[str, str], parents: str) -> Report:
    """A report at T0 + hours (see `placed_report`); its towns lie in `parents`."""
    return placed_report(n, T0 + timedelta(hours=hours), title, summary, *places, parents=(parents,))


# --- A branch and its movement: JNIM is al-Qaeda's, and the wires say so ---------------------------


def test_a_movement_named_alone_may_be_any_of_its_branches_and_a_branch_no_other() -> None:
    # fix16d (review16d, 3): a branch was widened to its movement, so that two branches of one
    # movement (AQIM and JNIM) shared it and read as one group; now the movement named alone is
    # read as any of its branches, and a branch is itself (and the katibas under it).
    assert armed_groups(tokenize("Le JNIM revendique l'embuscade")) == {"JNIM", "Katiba Macina"}
    assert armed_groups(tokenize("La katiba Macina accusée du massacre")) == {"Katiba Macina"}
    assert armed_groups(tokenize("Al-Qaeda-linked fighters storm base")) >= {"al-Qaeda", "JNIM", "AQIM", "al-Shabaab"}
    assert armed_groups(tokenize("Al-Shabaab fighters storm base")) == {"al-Shabaab"}
    assert groups_in(tokenize("Le JNIM revendique l'embuscade")) == {"JNIM"}


def nassoumbou_attack() -> list[Report]:
    return [
        report(
            0,
            0,
            "Nassoumbou : le camp militaire attaqué par des hommes armés",
            "Le camp militaire de Nassoumbou a été attaqué à l'aube par des hommes armés, selon des sources sécuritaires.",
            NASSOUMBOU,
            parents="Burkina Faso",
        ),
        report(
            1,
            4,
            "Al Qaeda-linked fighters overrun army camp in northern Burkina Faso",
            "Fighters linked to al Qaeda overran an army camp at Nassoumbou near the Malian border, sources said.",
            BURKINA,
            NASSOUMBOU,
            parents="Burkina Faso",
        ),
    ]


def test_the_branchs_own_word_a_day_later_joins_what_the_wire_gave_its_movement() -> None:
    claim = report(
        2,
        27,
        "جماعة نصرة الإسلام والمسلمين تنشر صورا من داخل ثكنة نصومبو",
        "نشرت جماعة نصرة الإسلام والمسلمين صورا تقول إنها من داخل ثكنة الجيش في نصومبو بعد هجوم الاثنين.",
        NASSOUMBOU,
        parents="Burkina Faso",
    )
    assert claim.groups >= {"JNIM"}
    assert grouped(*nassoumbou_attack(), claim) == [0, 0, 0]


def test_a_french_word_of_the_branch_a_day_later_joins_too() -> None:
    claim = report(
        2,
        30,
        "Nassoumbou : le JNIM diffuse des images du camp militaire",
        "Le JNIM a diffusé des images présentées comme tournées dans le camp militaire de Nassoumbou.",
        NASSOUMBOU,
        parents="Burkina Faso",
    )
    assert grouped(*nassoumbou_attack(), claim) == [0, 0, 0]


def test_another_movements_word_a_day_later_stays_apart() -> None:
    # The Islamic State's branch is no part of al-Qaeda: two groups, perhaps two incidents.
    other = report(
        2,
        27,
        "Nassoumbou : l'État islamique diffuse des images du camp militaire",
        "L'État islamique au Sahel a diffusé des images présentées comme tournées dans le camp militaire de Nassoumbou.",
        NASSOUMBOU,
        parents="Burkina Faso",
    )
    assert grouped(*nassoumbou_attack(), other) == [0, 0, 2]


# --- Arrests over "the killings", "the crime": the incident named by a noun of killing -------------

BAKURA = ("Bakura", "city")
NIGERIA = ("Nigeria", "country")
ZITACUARO = ("Zitácuaro", "city")
MEXICO = ("Mexico", "country")
CAMACARI = ("Camaçari", "city")
BRAZIL = ("Brazil", "country")
KOLDA = ("Kolda", "city")
SENEGAL = ("Senegal", "country")


def test_arrests_over_the_killings_a_day_later_join_them() -> None:
    attack = report(
        0,
        0,
        "Bandits kill 11 farmers in Bakura",
        "Armed bandits on motorcycles opened fire on farmers working their fields outside Bakura on Tuesday.",
        BAKURA,
        parents="Nigeria",
    )
    arrests = report(
        1,
        30,
        "Police arrest four over Bakura killings",
        "The state police command said four suspected collaborators of the bandits had been arrested in Bakura.",
        BAKURA,
        parents="Nigeria",
    )
    assert arrests.follow_up and "armed" in arrests.events
    assert grouped(attack, arrests) == [0, 0]


def test_spanish_arrests_for_the_crime_join_the_massacre() -> None:
    attack = report(
        0,
        0,
        "Ataque armado en una cantina de Zitácuaro deja seis muertos",
        "Hombres armados dispararon contra los clientes de una cantina de Zitácuaro la noche del viernes.",
        ZITACUARO,
        parents="Mexico",
    )
    arrests = report(
        1,
        34,
        "Detienen a dos sospechosos del crimen en la cantina",
        "Los dos hombres fueron capturados en Zitácuaro en un operativo tras el crimen del viernes.",
        ZITACUARO,
        parents="Mexico",
    )
    assert grouped(attack, arrests) == [0, 0]


def test_portuguese_and_french_arrests_for_the_crime_join_it() -> None:
    chacina = report(
        0,
        0,
        "Chacina em bar de Camaçari deixa cinco mortos",
        "Homens armados invadiram um bar no centro de Camaçari e atiraram contra os clientes.",
        CAMACARI,
        parents="Brazil",
    )
    presos = report(
        1,
        28,
        "Polícia prende dois suspeitos pelo crime no bar de Camaçari",
        "Os dois homens foram presos em Camaçari nesta segunda-feira.",
        CAMACARI,
        parents="Brazil",
    )
    assert grouped(chacina, presos) == [0, 0]
    gendarmes = report(
        0,
        0,
        "Kolda : deux gendarmes tués par des hommes armés",
        "Deux gendarmes ont été tués par des hommes armés à un poste de contrôle près de Kolda.",
        KOLDA,
        parents="Senegal",
    )
    arrets = report(
        1,
        26,
        "Kolda : trois suspects arrêtés pour le crime du poste de contrôle",
        "Trois hommes soupçonnés d'avoir participé à l'attaque ont été arrêtés à Kolda.",
        KOLDA,
        parents="Senegal",
    )
    assert grouped(gendarmes, arrets) == [0, 0]


def test_organised_crime_names_no_incident() -> None:
    attack = report(
        0,
        0,
        "Ataque armado en una cantina de Zitácuaro deja seis muertos",
        "Hombres armados dispararon contra los clientes de una cantina de Zitácuaro la noche del viernes.",
        ZITACUARO,
        parents="Mexico",
    )
    sweep = report(
        1,
        30,
        "Golpe al crimen organizado: detienen a 12 en Zitácuaro",
        "La Fiscalía detuvo a doce presuntos integrantes de una red de extorsión en Zitácuaro.",
        ZITACUARO,
        parents="Mexico",
    )
    assert "armed" not in sweep.events
    assert grouped(attack, sweep) == [0, 1]


def test_arrests_over_killings_do_not_join_a_kidnapping_there() -> None:
    kidnap = report(
        0,
        0,
        "Gunmen abduct 15 travellers near Bakura",
        "Gunmen blocked the road outside Bakura and abducted fifteen passengers of a bus.",
        BAKURA,
        parents="Nigeria",
    )
    arrests = report(
        1,
        30,
        "Police arrest four over Bakura killings",
        "The state police command said four suspects had been arrested in Bakura.",
        BAKURA,
        parents="Nigeria",
    )
    assert grouped(kidnap, arrests) == [0, 1]


# --- Who an incident's event belongs to: "the perpetrators of the attack", "les blessés de l'assaut" --

TARAZA = ("Tarazá", "city")
COLOMBIA = ("Colombia", "country")
BONI = ("Boni", "city")
MACOMIA = ("Macomia", "city")
MOZAMBIQUE = ("Mozambique", "country")


def test_a_reward_for_the_perpetrators_of_the_attack_a_day_later_joins_it() -> None:
    attack = report(
        0,
        0,
        "Hostigamiento contra la estación de Policía de Tarazá deja un agente muerto",
        "Hombres armados dispararon durante la noche contra la estación de Policía de Tarazá.",
        TARAZA,
        parents="Colombia",
    )
    reward = report(
        1,
        30,
        "Alcalde de Tarazá ofrece recompensa por los responsables del ataque",
        "La alcaldía ofreció 50 millones de pesos por información sobre los autores del hostigamiento.",
        TARAZA,
        parents="Colombia",
    )
    assert reward.own_event is None and "armed" in reward.recalls
    assert grouped(attack, reward) == [0, 0]


def test_the_wounded_of_the_assault_evacuated_a_day_later_join_it() -> None:
    attack = report(
        0,
        0,
        "Boni : le camp militaire attaqué par des terroristes",
        "Le camp militaire de Boni a été la cible d'une attaque terroriste dans la nuit, selon l'armée.",
        BONI,
        parents="Mali",
    )
    evacuated = report(
        1,
        27,
        "Boni : les blessés de l'attaque du camp militaire évacués par hélicoptère",
        "Les militaires blessés lors de l'attaque du camp de Boni ont été évacués vers Sévaré.",
        BONI,
        parents="Mali",
    )
    assert grouped(attack, evacuated) == [0, 0]


def test_a_portuguese_promise_to_punish_those_behind_the_attack_joins_it() -> None:
    attack = report(
        0,
        0,
        "Insurgentes atacam aldeia nos arredores de Macomia",
        "Um grupo de insurgentes atacou uma aldeia a norte de Macomia na madrugada de sábado.",
        MACOMIA,
        parents="Mozambique",
    )
    promise = report(
        1,
        31,
        "Governador promete punir os autores do ataque em Macomia",
        "O governador de Cabo Delgado visitou Macomia e prometeu punir os autores do ataque à aldeia.",
        MACOMIA,
        parents="Mozambique",
    )
    assert grouped(attack, promise) == [0, 0]


def test_soldiers_wounded_in_an_attack_a_day_later_are_news_of_their_own() -> None:
    attack = report(
        0,
        0,
        "Boni : le camp militaire attaqué par des terroristes",
        "Le camp militaire de Boni a été la cible d'une attaque terroriste dans la nuit, selon l'armée.",
        BONI,
        parents="Mali",
    )
    convoy = report(
        1,
        30,
        "Boni : trois soldats blessés dans l'attaque d'un convoi",
        "Un convoi de ravitaillement est tombé dans une embuscade à la sortie de Boni ce matin.",
        BONI,
        parents="Mali",
    )
    assert convoy.own_event == "armed"
    assert grouped(attack, convoy) == [0, 1]


# --- "Until further notice", "for fear of new attacks": no other incident ---------------------------

ANCUABE = ("Ancuabe", "city")


@pytest.mark.parametrize(
    ("title", "langs"),
    [
        ("Kaya : le marché fermé jusqu'à nouvel ordre après l'explosion", ("fr", "en")),
        ("Comercios de Tibú cierran hasta nuevo aviso tras el atentado", ("es", "en")),
        ("Escolas fechadas até novo aviso em Macomia", ("pt", "en")),
        ("Famílias de Ancuabe abandonam aldeias com medo de novos ataques", ("pt", "en")),
        ("Residents flee Mafa fearing fresh attacks", ("en", "fr")),
        ("Les habitants de Boni fuient par crainte d'une nouvelle attaque", ("fr", "en")),
        ("سكان يفرون من القرية خوفا من هجمات جديدة", ("ar", "en")),
    ],
)
def test_a_notice_or_a_fear_of_new_attacks_says_no_other_incident(title: str, langs: tuple[str, ...]) -> None:
    assert not another(tokenize(title), langs)


@pytest.mark.parametrize(
    ("title", "langs"),
    [
        ("Nouvelle attaque contre le camp de Boni", ("fr", "en")),
        ("Fresh attack on Mafa as residents flee", ("en",)),
        ("Nuevo ataque contra la Policía en Tarazá", ("es", "en")),
        ("Residents fear the worst as gunmen attack Mafa again", ("en",)),
    ],
)
def test_another_attack_is_still_another(title: str, langs: tuple[str, ...]) -> None:
    assert another(tokenize(title), langs)


def test_families_leaving_for_fear_of_new_attacks_follow_the_attack_up() -> None:
    attack = report(
        0,
        0,
        "Insurgentes atacam aldeia de Ancuabe e queimam casas",
        "Um grupo de insurgentes atacou uma aldeia do distrito de Ancuabe na madrugada, queimando dezenas de casas.",
        ANCUABE,
        parents="Mozambique",
    )
    leaving = report(
        1,
        22,
        "Famílias de Ancuabe abandonam aldeias com medo de novos ataques",
        # (the attack's own day: T0 is a Tuesday; "depois do ataque de sábado" would name another, older one)
        "Centenas de famílias deixaram as aldeias de Ancuabe depois do ataque de terça-feira, segundo fontes locais.",
        ANCUABE,
        parents="Mozambique",
    )
    assert not leaving.again
    assert grouped(attack, leaving) == [0, 0]


# --- The kidnapped found dead: the kidnapping ended in a killing ------------------------------------

HUANCAVELICA = ("Huancavelica", "city")
PERU = ("Peru", "country")
MUBI = ("Mubi", "city")


def test_the_killing_of_the_kidnapped_found_dead_joins_their_kidnapping() -> None:
    found = report(
        0,
        0,
        "Hallan los cuerpos de seis comerciantes secuestrados en Huancavelica",
        "La Policía encontró los cuerpos de seis comerciantes que habían sido secuestrados la semana pasada.",
        HUANCAVELICA,
        parents="Peru",
    )
    assert {"kidnap", "armed"} <= found.events
    emergency = report(
        1,
        20,
        "Huancavelica: Gobierno declara estado de emergencia tras el asesinato de comerciantes",
        "El Ejecutivo desplegó a las Fuerzas Armadas en la provincia tras el hallazgo de los seis comerciantes.",
        HUANCAVELICA,
        parents="Peru",
    )
    assert grouped(found, emergency) == [0, 0]


def test_captives_found_dead_in_english_french_and_arabic_were_killed() -> None:
    english = report(
        0, 0, "Four abducted aid workers found dead near Mubi", "Their bodies were found by a patrol.", MUBI, parents="Nigeria"
    )
    french = report(
        1,
        0,
        "Mubi : quatre humanitaires enlevés retrouvés morts",
        "Leurs corps ont été découverts par une patrouille.",
        MUBI,
        parents="Nigeria",
    )
    arabic = report(2, 0, "العثور على جثث أربعة عمال إغاثة مختطفين قرب موبي", "عثرت دورية على الجثث.", MUBI, parents="Nigeria")
    for found in (english, french, arabic):
        assert {"kidnap", "armed"} <= found.events


def test_a_kidnapping_with_no_one_found_dead_is_no_killing() -> None:
    kidnap = report(
        0,
        0,
        "Gunmen abduct four aid workers near Mubi",
        "The aid workers were seized on the Mubi road, police said.",
        MUBI,
        parents="Nigeria",
    )
    assert "armed" not in kidnap.events


# --- "Fresh attack", its text saying it came hours after the first: a second incident ---------------

BOKKOS = ("Bokkos", "city")
DORI = ("Dori", "city")


def bokkos_killings() -> Report:
    return report(
        0,
        0,
        "Gunmen kill nine in Bokkos village",
        "Gunmen stormed a village in Bokkos LGA overnight, killing nine people, residents said.",
        BOKKOS,
        parents="Nigeria",
    )


def test_a_fresh_attack_hours_after_the_first_is_another_incident() -> None:
    fresh = report(
        1,
        7,
        "Herders killed in fresh attack near Bokkos",
        "Hours after the killings in Bokkos, gunmen attacked herders near Mushere, killing four, police said.",
        BOKKOS,
        parents="Nigeria",
    )
    assert fresh.again
    assert grouped(bokkos_killings(), fresh) == [0, 1]


def test_a_french_new_attack_hours_after_the_first_is_another_incident() -> None:
    first = report(
        0,
        0,
        "Dori : des hommes armés tuent cinq civils dans un village",
        "Des hommes armés ont tué cinq civils dans un village de la commune de Dori dans la nuit.",
        DORI,
        parents="Burkina Faso",
    )
    second = report(
        1,
        6,
        "Dori : nouvelle attaque contre des orpailleurs",
        "Quelques heures après la tuerie du village, des hommes armés ont attaqué un site d'orpaillage près de Dori.",
        DORI,
        parents="Burkina Faso",
    )
    assert grouped(first, second) == [0, 1]


def test_a_rewrite_of_the_same_attack_still_joins_it() -> None:
    rewrite = report(
        1,
        4,
        "Nigeria: gunmen kill nine villagers in Plateau's Bokkos",
        "Gunmen killed nine people in an overnight raid on a village in Bokkos, police said.",
        BOKKOS,
        parents="Nigeria",
    )
    assert grouped(bokkos_killings(), rewrite) == [0, 0]


# --- "Tombés", "caídos", "fallen", "شهداء": the dead of the forces, by the word their own use ---------

ARIBINDA = ("Aribinda", "city")


@pytest.mark.parametrize(
    "title",
    [
        "Aribinda : les familles des volontaires tombés reçues par le gouverneur",
        "Aribinda : honneurs aux gendarmes tombées au front",
        "Tarazá despide a los policías caídos",
        "Governor receives families of the fallen in Aribinda",
        "تكريم أسر الشهداء في أريبيندا",
    ],
)
def test_the_fallen_are_dead(title: str) -> None:
    assert report(0, 0, title, "", ARIBINDA, parents="Burkina Faso").dead


@pytest.mark.parametrize(
    "title",
    [
        "Aribinda : des tombes profanées au cimetière",  # graves, not the fallen
        "Les prix des céréales sont tombés à Aribinda",
    ],
)
def test_graves_and_prices_that_fell_are_no_dead(title: str) -> None:
    assert not report(0, 0, title, "", ARIBINDA, parents="Burkina Faso").dead


def test_the_families_of_the_fallen_received_two_days_later_follow_the_attack_up() -> None:
    attack = report(
        0,
        0,
        "Aribinda : une position des VDP attaquée dans la nuit",
        "Des hommes armés ont attaqué une position des Volontaires pour la défense de la patrie à Aribinda.",
        ARIBINDA,
        parents="Burkina Faso",
    )
    families = report(
        1,
        47,
        "Aribinda : les familles des volontaires tombés reçues par le gouverneur",
        "Le gouverneur a reçu mercredi les familles des volontaires, en présence des autorités coutumières.",
        ARIBINDA,
        parents="Burkina Faso",
    )
    assert grouped(attack, families) == [0, 0]


# --- A country's report naming the town and its province ---------------------------------------------

DAMBOA = Place(
    "Damboa", "city", in_title=False, position=40, parents=("Nigeria",), area="NG.27", division_words=frozenset({"borno"})
)
BORNO = Place("Borno", "city", in_title=False, position=60, parents=("Nigeria",), area="NG.27", division=True)
YOBE = Place("Yobe", "city", in_title=False, position=60, parents=("Nigeria",), area="NG.44", division=True)
NIGERIA_PLACE = Place("Nigeria", "country", in_title=True, position=0)


def damboa_mosque_bombing() -> Report:
    """The town's report: a suicide bombing at Damboa's mosque, at T0."""
    town = make_report(
        0,
        T0,
        "Suicide bomber hits mosque in Damboa",
        "A man wearing an explosive vest blew himself up at the central mosque at dusk, witnesses told reporters.",
        [Place("Damboa", "city", parents=("Nigeria",), area="NG.27", division_words=frozenset({"borno"}))],
    )
    assert town is not None
    return town


def test_a_countrys_report_naming_the_town_and_its_province_tells_the_towns_incident() -> None:
    town = damboa_mosque_bombing()
    country = make_report(
        1,
        T0 + timedelta(hours=9),
        "Nigeria: eight dead as bomber strikes during prayers in the northeast",
        "Police in Borno state said the attacker detonated explosives among worshippers in Damboa.",
        [NIGERIA_PLACE, DAMBOA, BORNO],
    )
    assert country is not None
    assert grouped(town, country) == [0, 0]
    elsewhere = make_report(
        2,
        T0 + timedelta(hours=9),
        "Nigeria: eight dead as bomber strikes cattle market in the northeast",
        "Police in Borno state said the attacker detonated explosives among traders in Damboa.",
        [NIGERIA_PLACE, DAMBOA, BORNO],
    )
    assert elsewhere is not None
    assert grouped(town, elsewhere) == [0, 2]  # another target there: maybe another incident


def test_a_countrys_report_naming_the_town_and_another_province_does_not() -> None:
    town = damboa_mosque_bombing()
    country = make_report(
        1,
        T0 + timedelta(hours=16),
        "Nigeria: suicide bombing at mosque kills 14",
        "Fourteen worshippers died when a bomber struck a mosque in Yobe, days after a similar attack in Damboa.",
        [NIGERIA_PLACE, DAMBOA, YOBE],
    )
    assert country is not None
    assert grouped(town, country) == [0, 1]
