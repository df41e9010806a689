"""Review 19's false alerts, fixed by grammar and knowledge; each fixer appends its own block.

Sentences written for this file, not taken from any labelled set, with the real gazetteer.
"""

from __future__ import annotations

import pytest

from bot.geo.admin1 import admin1_kin, admin1_named
from bot.geo.admin1_table import ADMIN1_TSV
from bot.match import Matcher
from tests.support.alerts import alert_of, alerted, titled_matcher, typed_matcher

# review19a
# "Tiro" (Tyre) is a place capitalised in a sentence; "tiro"/"tiros" in sport, idiom, running
# and mining are no shot; a police building that speaks is no site; an "atentado" against a
# thing of the mind and a beheading of no person are no attack and no killing.


def _security(country: str, town: str) -> Matcher:
    return titled_matcher(country, town)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Lebanon", "Sidon", "Visitantes llenan los puertos fenicios de Sidón y Tiro este verano"),
        ("Lebanon", "Sidon", "Arqueólogos estudam mosaicos achados entre Sidon e Tiro"),
        ("Lebanon", "Sidon", "Tiro y Sidón celebran su festival de música antigua"),
    ],
)
def test_review19a_tyre_capitalised_is_a_place_not_a_shot(country: str, town: str, text: str) -> None:
    assert alerted(_security(country, town), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Lebanon", "Sidon", "Tiros en el centro de Sidón dejan un herido"),
        ("Lebanon", "Sidon", "Vecinos de Sidón oyeron tiros durante la noche"),
    ],
)
def test_review19a_shots_near_tyre_stillalert_of(country: str, town: str, text: str) -> None:
    assert alerted(_security(country, town), text) == alert_of(country, town)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Colombia", "Popayan", "Definición por tiros penales: el Popayán FC avanza a la final"),
        ("Colombia", "Popayan", "Tiros libres y córners: así ganó el equipo de Popayán"),
        ("Brazil", "Santarem", "Goleiro de Santarém defende dois pênaltis; tiros de pênalti decidem o jogo"),
        ("Brazil", "Santarem", "Clube de tiro de Santarém forma novos atiradores"),
        ("Mexico", "Uruapan", "Polígono de tiro de Uruapan recibe a deportistas de todo el estado"),
        ("Mexico", "Uruapan", "Tiro deportivo: Uruapan gana tres medallas en el nacional"),
        ("Mexico", "Uruapan", "Uruapan está a tiro de ganar el campeonato estatal"),
        ("Mexico", "Uruapan", "En Uruapan nadie acepta la tarifa ni a tiros"),
        ("Brazil", "Santarem", "Atletas de Santarém fazem tiros de 200 metros na pista"),
        ("Brazil", "Santarem", "Chá de boldo em Santarém: é tiro e queda contra a ressaca"),
        ("Mexico", "Uruapan", "Bomberos rescatan a un perro caído en un tiro de mina en Uruapan"),
        ("Colombia", "Popayan", "Popayán aprobó el presupuesto de un tiro, sin debate"),
    ],
)
def test_review19a_shots_of_sport_and_idiom_are_not(country: str, town: str, text: str) -> None:
    assert alerted(_security(country, town), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Colombia", "Popayan", "Hombre recibió un tiro en la cabeza en Popayán"),
        ("Colombia", "Popayan", "Lanzan tiros contra la patrulla de la Policía en Popayán"),
        ("Colombia", "Popayan", "Joven muerto de un tiro en el barrio Bello Horizonte de Popayán"),
        ("Brazil", "Santarem", "Comerciante é morto com um tiro em Santarém"),
        ("Mexico", "Uruapan", "Le dieron el tiro de gracia: hallan a un hombre en Uruapan"),
        ("Brazil", "Santarem", "Troca de tiros entre polícia e suspeitos em Santarém"),
    ],
)
def test_review19a_shots_stillalert_of(country: str, town: str, text: str) -> None:
    assert alerted(_security(country, town), text) == alert_of(country, town)


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Colombia", "Toribio", "El comandante de la estación de Policía de Toribío denunció hostigamientos en Jambaló"),
        ("Mozambique", "Montepuez", "O comandante do posto da Polícia de Montepuez disse que insurgentes atacaram Macomia"),
        ("Colombia", "Toribio", "Según la estación de Policía de Toribío, el ataque ocurrió en Jambaló"),
    ],
)
def test_review19a_a_police_building_that_speaks_is_no_site(country: str, town: str, text: str) -> None:
    assert alerted(_security(country, town), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "text"),
    [
        ("Colombia", "Toribio", "Disidencias hostigan la estación de Policía de Toribío con tiros de fusil"),
        ("Mozambique", "Montepuez", "Insurgentes atacam o posto da Polícia de Montepuez"),
    ],
)
def test_review19a_an_attacked_police_building_is_still_a_site(country: str, town: str, text: str) -> None:
    assert alerted(_security(country, town), text) == alert_of(country, town)


@pytest.mark.parametrize(
    ("country", "town", "keywords", "text"),
    [
        ("Peru", "Arequipa", "attack", "Atentado contra el patrimonio: pintan la fachada de la catedral de Arequipa"),
        ("Peru", "Arequipa", "attack", "Denuncian atentado ecológico en el río Chili de Arequipa"),
        ("Brazil", "Santarem", "attack", "Vereador fala em atentado contra a liberdade de imprensa em Santarém"),
        ("France", "Nantes", "attack", "Un attentat contre la liberté d'expression, dénonce un élu de Nantes"),
        ("Peru", "Arequipa", "kill", "Estatua del fundador aparece decapitada en Arequipa"),
        ("Brazil", "Santarem", "kill", "Facção decapitada: polícia prende a cúpula em Santarém"),
        ("France", "Nantes", "kill", "La statue de Nantes décapitée pendant la nuit"),
        ("Nigeria", "Jos", "kill", "Monument beheaded in Jos by vandals"),
    ],
)
def test_review19a_figurative_attempts_and_beheadings_are_not(country: str, town: str, keywords: str, text: str) -> None:
    assert alerted(typed_matcher(country, town, keywords), text) == set()


@pytest.mark.parametrize(
    ("country", "town", "keywords", "text"),
    [
        ("Peru", "Arequipa", "attack", "Atentado con explosivos contra la sede municipal de Arequipa"),
        ("France", "Nantes", "attack", "Attentat à la voiture piégée à Nantes"),
        ("Brazil", "Santarem", "attack", "Atentado contra o prefeito de Santarém deixa dois feridos"),
        ("Peru", "Arequipa", "kill", "Hallan a un comerciante decapitado en Arequipa"),
        ("Brazil", "Santarem", "kill", "Corpo decapitado é encontrado em Santarém"),
        ("France", "Nantes", "kill", "Un homme décapité à Nantes"),
        ("Nigeria", "Jos", "kill", "Farmers beheaded in Jos by gunmen"),
    ],
)
def test_review19a_attempts_and_beheadings_of_people_stillalert_of(country: str, town: str, keywords: str, text: str) -> None:
    assert alerted(typed_matcher(country, town, keywords), text) == alert_of(country, town)


# review19b


@pytest.mark.parametrize(
    ("country", "code", "kin"),
    [
        ("ML", "12070575", "08"),  # Taoudénit, split from Tombouctou in 2016
        ("ML", "12070577", "09"),  # Ménaka, from Gao
        ("SD", "62", "50"),  # West Kordofan, from South Kordofan
        ("SD", "62", "56"),  # ... and from North Kordofan
        ("CD", "27", "21"),  # Sankuru, from Kasaï-Oriental (2015)
        ("CD", "28", "02"),  # Sud-Ubangi, from Équateur
        ("ET", "SI", "56"),  # Sidama, from the SNNPR (2020)
        ("ET", "SW", "56"),  # South West Ethiopia Peoples', from the SNNPR (2021)
        ("GH", "17", "06"),  # Savannah, from Northern (2019)
        ("GH", "18", "09"),  # Western North, from Western
    ],
)
def test_a_split_division_is_kin_to_its_parent_both_ways(country: str, code: str, kin: str) -> None:
    assert kin in admin1_kin(country, code)
    assert code in admin1_kin(country, kin)


def test_kin_is_no_mere_neighbour() -> None:
    assert "09" not in admin1_kin("ML", "12070575")  # Gao: no town of Taoudénit was ever in it
    assert "49" not in admin1_kin("SD", "62")  # South Darfur


@pytest.mark.parametrize(
    ("country", "town", "title"),
    [
        ("Mali", "Araouane", "Mali : des jihadistes attaquent Araouane, dans la région de Tombouctou"),
        ("Mali", "Taoudenni", "Mali : attaque à Taoudéni, dans la région de Tombouctou, 3 morts"),
        ("Sudan", "Al Mijlad", "Sudan: RSF drone strike kills 6 in Al Mijlad, South Kordofan state"),
        ("Sudan", "Babanusa", "Sudan: RSF shell Babanusa in South Kordofan"),
        ("Congo", "Lodja", "RDC : des miliciens tuent cinq personnes à Lodja, au Kasaï-Oriental"),
        ("Ethiopia", "Bonga", "Ethiopia: gunmen kill four near Bonga, in the SNNP region"),
        ("Ethiopia", "Yirga Alem", "Ethiopia: clashes kill 5 in Yirga Alem, Southern Nations region"),
        ("Ghana", "Salaga", "Ghana: clashes in Salaga, Northern region, kill 3"),
        ("Ghana", "Bibiani", "Ghana: two shot dead in Bibiani, Western region"),
    ],
)
def test_a_town_of_a_split_division_is_at_home_in_its_parent(country: str, town: str, title: str) -> None:
    assert alerted(titled_matcher(country, town), title, "") == {f"{country.split()[0].lower()}/{town}"}


@pytest.mark.parametrize(
    ("country", "town", "title"),
    [
        ("Mali", "Araouane", "Mali : des jihadistes attaquent Araouane, dans la région de Kayes"),
        ("Sudan", "Babanusa", "Sudan: RSF shell Babanusa in Blue Nile state"),
        # a town resolved for sure (a sizeable one) is not in another province of an everyday name
        ("Togo", "Dapaong", "Togo : attaque à Dapaong, région Centrale"),
        ("Benin", "Kandi", "Bénin : attaque à Kandi, dans le Plateau"),
        ("Benin", "Natitingou", "Bénin : deux policiers tués à Natitingou, dans le Plateau"),
    ],
)
def test_a_town_in_another_province_stays_out(country: str, town: str, title: str) -> None:
    assert alerted(titled_matcher(country, town), title, "") == set()


def test_a_small_town_typed_alone_may_be_a_namesake_in_an_everyday_named_province() -> None:
    # Ngouri resolves to a 10,000-people town of southern Chad; Lac's Ngouri is not in GeoNames
    title = "Tchad : des éleveurs tuent six agriculteurs à Ngouri, province du Lac"
    assert alerted(titled_matcher("Chad", "Ngouri"), title, "") == {"chad/Ngouri"}


@pytest.mark.parametrize(
    ("country", "name", "code"),
    [
        ("KE", "narok", "41"),  # "Narok County" in GeoNames' newer names
        ("PY", "amambay", "02"),  # "... Department"
        ("TT", "siparia", "SIP"),  # "... Regional Corporation"
        ("LS", "qacha s nek", "17"),  # "... District"
    ],
)
def test_the_kind_noun_is_stripped(country: str, name: str, code: str) -> None:
    assert admin1_named(country, [name.split()]) == code


def test_every_name_of_the_table_names_one_code_of_its_country() -> None:
    codes: dict[tuple[str, str], set[str]] = {}
    for line in ADMIN1_TSV.splitlines():
        country, code, name = line.split("\t")
        codes.setdefault((country, name.casefold()), set()).add(code)
    assert not {key: found for key, found in codes.items() if len(found) > 1}
    assert codes[("LV", "rēzekne")] == {"23"}  # the city; the municipality keeps its noun


# review19e
# The review of round senses25 (b547f00..cff3e8a) found real attacks that no longer alerted: an
# anniversary headline over a summary telling today's deed ("Five years on, Palma bleeds again"
# over "On 3 March 2026, insurgents attacked Palma"); "N years since" an aside to today's deed;
# a blast held an accident for any word of fault ("at fault", "a fault line", "défaillance de
# l'État", Arabic "وعطل الانفجار", the blast disrupted); "held hostage by" a person, a group,
# an insurgency or a time read as a thing. Every item must alert, with the item's year given (as
# the pipeline passes it: its published date's) or not, for a typed list and the bundled set. Own
# variants over other towns and languages follow the review's items; the false friends that stay
# silent follow them, with the year given.

TYPED_19E = (
    "keywords: [attack, ataque, attaque, هجوم, قتل, explosive, explosion, explosión, explosão, hostage, killed, "
    "matar, asesinar, tuer, massacre, otage, otages, rehén, rehenes, refém, reféns, blast, explosivos]"
)
PLACES_19E = (
    "Palma",
    "Kidal",
    "Mopti",
    "Tumaco",
    "Beira",
    "Kano",
    "Beni",
    "Tebessa",
    "Daraa",
    "Cotonou",
    "Maiduguri",
    "Barranquilla",
    "Camacari",
    "Lagos",
    "Gao",
    "Pemba",
    "Buenaventura",
    "Homs",
)
ITEM_YEAR_19E = 2026  # fixed, never the clock's: the tests pass on any date

REVIEW_19E = [
    (
        "Five years on, terror returns to Palma || Five years after the 2021 raid, insurgents attacked "
        "Palma on Monday and killed seven civilians.",
        "Palma",
    ),
    (
        "Five years after the Palma raid, gunmen attack Palma again || On 3 March 2026, gunmen attacked "
        "Palma and killed seven civilians, five years after the 2021 raid.",
        "Palma",
    ),
    (
        "Five years on, Palma bleeds again || On 3 March 2026, insurgents attacked Palma and killed seven civilians.",
        "Palma",
    ),
    (
        "Five years on, Palma bleeds again || In March 2026 insurgents attacked Palma and killed seven civilians.",
        "Palma",
    ),
    (
        "Há cinco anos, Palma caiu; hoje voltou o terror || Na segunda-feira, 2 de março de 2026, "
        "insurgentes atacaram Palma e mataram sete civis.",
        "Palma",
    ),
    (
        "Há cinco anos, Palma caiu; hoje voltou o terror || Cinco anos depois do assalto de 2021, "
        "insurgentes atacaram Palma nesta segunda-feira e mataram sete civis.",
        "Palma",
    ),
    (
        "Cinco anos depois, Palma volta a sangrar || Cinco anos depois do assalto de 2021, insurgentes "
        "atacaram Palma nesta segunda-feira e mataram sete civis.",
        "Palma",
    ),
    (
        "Diez años después, Tumaco vuelve a sangrar || El 3 de marzo de 2026, un atentado con explosivos "
        "mató a dos policías en Tumaco.",
        "Tumaco",
    ),
    (
        "Cinq ans après, Mopti pleure encore || Le 3 mars 2026, des hommes armés ont attaqué un poste de "
        "Mopti et tué quatre soldats.",
        "Mopti",
    ),
    (
        "Dix ans après, Mopti de nouveau frappée || Dix ans après le massacre de 2016, des hommes armés "
        "ont attaqué lundi un poste de Mopti et tué quatre soldats.",
        "Mopti",
    ),
    (
        "بعد خمس سنوات، درعا تنزف من جديد || في 3 مارس 2026، هاجم مسلحون حاجزا في درعا وقتلوا أربعة جنود.",
        "Daraa",
    ),
    (
        "Ten years on, Kano is hit again || Gunmen attacked a market in Kano on Monday, ten years after "
        "the 2016 bombing, killing nine.",
        "Kano",
    ),
    (
        "Ten years later, Kano is hit again || After the 2016 bombing, the city rebuilt; gunmen attacked "
        "a market in Kano on Monday, killing nine.",
        "Kano",
    ),
    (
        "Nine dead in Kano market raid || Gunmen killed nine traders in Kano on Monday, two years since "
        "the last attack on the market.",
        "Kano",
    ),
    (
        "Nine dead in Kano market raid || It has been two years since the last raid; gunmen killed nine "
        "traders in Kano on Monday.",
        "Kano",
    ),
    (
        "Nove mortos na Beira || Homens armados mataram nove comerciantes na Beira nesta segunda-feira, "
        "dois anos desde o último ataque ao mercado.",
        "Beira",
    ),
    (
        "Nueve muertos en Tumaco || Hombres armados asesinaron a nueve comerciantes en Tumaco este "
        "lunes, dos años desde el último ataque.",
        "Tumaco",
    ),
    (
        "Neuf morts à Mopti || Des hommes armés ont tué neuf commerçants à Mopti lundi, deux ans depuis la dernière attaque.",
        "Mopti",
    ),
    (
        "Gunmen strike Kano again, five years since the massacre || Gunmen attacked Kano on Monday.",
        "Kano",
    ),
    (
        "Kidal attacked, the worst in five years since the accord || Gunmen attacked Kidal on Monday.",
        "Kidal",
    ),
    (
        "Kidal: the deadliest attack in five years since the accord || Gunmen killed 12 in Kidal.",
        "Kidal",
    ),
    (
        "Explosion at Kano market kills 12 || An explosion tore through a crowded market in Kano on "
        "Monday, killing 12 people. Residents said the government was at fault for leaving the market "
        "unguarded.",
        "Kano",
    ),
    (
        "Explosion at Kano market kills 12 || An explosion tore through a crowded market in Kano on "
        "Monday, killing 12 people. A suicide attack was suspected. Critics blamed a faulty "
        "investigation of earlier threats.",
        "Kano",
    ),
    (
        "Explosion at Kano mosque kills 12 || An explosion at a mosque in Kano killed 12 worshippers "
        "during Friday prayers. Police suspect a suicide attack; the governor said the security fault "
        "lay with federal agencies.",
        "Kano",
    ),
    (
        "Explosion at Kano mosque kills 12 || An explosion at a mosque in Kano killed 12 worshippers. "
        "Police suspect a suicide attack. Kano state is in default on salaries.",
        "Kano",
    ),
    (
        "Explosion at Kano mosque kills 12 || An explosion at a mosque in Kano killed 12 worshippers. "
        "Police suspect a suicide attack. The attack was not the police's fault, the governor said.",
        "Kano",
    ),
    (
        "Explosão no mercado da Beira mata 12 || Uma explosão num mercado da Beira matou 12 pessoas "
        "nesta segunda-feira. A polícia suspeita de um atentado suicida e aponta falhas dos serviços de "
        "informação.",
        "Beira",
    ),
    (
        "Explosão no mercado da Beira mata 12 || Uma explosão num mercado da Beira matou 12 pessoas. A "
        "polícia fala de atentado; a oposição denuncia uma falha de segurança grave.",
        "Beira",
    ),
    (
        "Explosion sur le marché de Mopti : 12 morts || Une explosion a tué 12 personnes sur le marché "
        "de Mopti lundi. La police évoque un attentat; l'opposition dénonce une défaillance des services "
        "de renseignement.",
        "Mopti",
    ),
    (
        "Explosión en mercado de Tumaco deja 12 muertos || Una explosión mató a 12 personas en un "
        "mercado de Tumaco. La Policía habla de un atentado y reconoce fallas de inteligencia.",
        "Tumaco",
    ),
    (
        "Explosión en Barranquilla deja 12 muertos || Una explosión mató a 12 personas frente a una "
        "estación de policía en Barranquilla. El alcalde habló de un atentado terrorista; la zona está "
        "sobre una falla geológica.",
        "Barranquilla",
    ),
    (
        "انفجار في درعا يقتل 12 شخصا || قتل 12 شخصا في انفجار استهدف سوقا في درعا يوم الاثنين. وعطل "
        "الانفجار حركة المرور في وسط المدينة.",
        "Daraa",
    ),
    (
        "Explosion at Kano bus park kills 12 || An explosion at a bus park in Kano killed 12 people. "
        "Police suspect an attack. The blast shattered windows and a gas valve nearby.",
        "Kano",
    ),
    (
        "Twenty travellers held hostage by gunmen near Kano || Twenty travellers were held hostage by gunmen near Kano.",
        "Kano",
    ),
    (
        "Twenty travellers held hostage by a gang near Kano || Twenty travellers were held hostage by a gang near Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage by rebels near Kano || Twenty people were held hostage by rebels near Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage by al-Shabaab near Kano || Twenty people were held hostage by al-Shabaab near Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage by kidnappers near Kano || Twenty people were held hostage by kidnappers near Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage by armed men near Kano || Twenty people were held hostage by armed men near Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage by the militia in Kano || Twenty people were held hostage by the militia in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty travellers were held hostage by abductors demanding ransom near Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty travellers have been held hostage by abductors since Friday in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty travellers were held hostage by pirates overnight in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty travellers were held hostage by their captors yesterday in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by the kidnap ring in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by a criminal network in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by cultists in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by the cartel in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by the Islamist insurgency in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Abductors kept twenty villagers hostage by the river near Kano for three days.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by the roadside near Kano for three days.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by the herders' leader in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by Islamists in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by extremists in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by herdsmen in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by the sect in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by thugs in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by vigilantes in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by the kidnapping syndicate in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by criminal elements in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by the hostage-takers in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by the ransom seekers in Kano.",
        "Kano",
    ),
    (
        "Twenty held hostage in Kano || Twenty villagers were held hostage by the abductors' camp in Kano.",
        "Kano",
    ),
    (
        "Vingt villageois pris en otage à Mopti || Vingt villageois ont été pris en otage par des hommes armés à Mopti.",
        "Mopti",
    ),
    (
        "Veinte personas retenidas como rehenes en Tumaco || Veinte personas fueron retenidas como "
        "rehenes por una banda en Tumaco.",
        "Tumaco",
    ),
    (
        "Vinte pessoas mantidas reféns na Beira || Vinte pessoas foram mantidas reféns por um gangue na Beira.",
        "Beira",
    ),
    (
        "Two health workers killed while fighting Ebola in Beni || Two health workers were killed while fighting Ebola in Beni.",
        "Beni",
    ),
    (
        "Ebola responders killed by gunmen in Beni || Two Ebola responders were killed by gunmen in Beni.",
        "Beni",
    ),
    (
        "Ebola responders killed in Beni || Two Ebola responders were killed in Beni on Monday.",
        "Beni",
    ),
    (
        "Ebola workers attacked in Beni || Ebola workers fighting the outbreak were killed in an attack on their centre in Beni.",
        "Beni",
    ),
    (
        "Deux agents de la riposte contre Ebola tués à Beni || Deux agents de la riposte contre Ebola ont été tués à Beni.",
        "Beni",
    ),
    (
        "Dos trabajadores que combatían el ébola asesinados en Beni || Dos trabajadores que combatían el "
        "ébola fueron asesinados en Beni.",
        "Beni",
    ),
    (
        "Dois enfermeiros que combatiam o ébola mortos em Beni || Dois enfermeiros que combatiam o ébola "
        "foram mortos a tiro em Beni.",
        "Beni",
    ),
    (
        "What we know about Monday in Kano || An explosion tore through a crowded market in Kano on "
        "Monday, killing 12 people. Residents said the government was at fault for leaving the market "
        "unguarded.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || An explosion tore through a crowded market in Kano on "
        "Monday, killing 12 people. A suicide attack was suspected. Critics blamed a faulty "
        "investigation of earlier threats.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || An explosion at a mosque in Kano killed 12 worshippers "
        "during Friday prayers. Police suspect a suicide attack; the governor said the security fault "
        "lay with federal agencies.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || An explosion at a mosque in Kano killed 12 worshippers. "
        "Police suspect a suicide attack. Kano state is in default on salaries.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || An explosion at a mosque in Kano killed 12 worshippers. "
        "Police suspect a suicide attack. The attack was not the police's fault, the governor said.",
        "Kano",
    ),
    (
        "What we know about Monday in Beira || Uma explosão num mercado da Beira matou 12 pessoas nesta "
        "segunda-feira. A polícia suspeita de um atentado suicida e aponta falhas dos serviços de "
        "informação.",
        "Beira",
    ),
    (
        "What we know about Monday in Beira || Uma explosão num mercado da Beira matou 12 pessoas. A "
        "polícia fala de atentado; a oposição denuncia uma falha de segurança grave.",
        "Beira",
    ),
    (
        "What we know about Monday in Mopti || Une explosion a tué 12 personnes sur le marché de Mopti "
        "lundi. La police évoque un attentat; l'opposition dénonce une défaillance des services de "
        "renseignement.",
        "Mopti",
    ),
    (
        "What we know about Monday in Tumaco || Una explosión mató a 12 personas en un mercado de "
        "Tumaco. La Policía habla de un atentado y reconoce fallas de inteligencia.",
        "Tumaco",
    ),
    (
        "What we know about Monday in Barranquilla || Una explosión mató a 12 personas frente a una "
        "estación de policía en Barranquilla. El alcalde habló de un atentado terrorista; la zona está "
        "sobre una falla geológica.",
        "Barranquilla",
    ),
    (
        "What we know about Monday in Daraa || قتل 12 شخصا في انفجار استهدف سوقا في درعا يوم الاثنين. "
        "وعطل الانفجار حركة المرور في وسط المدينة.",
        "Daraa",
    ),
    (
        "What we know about Monday in Kano || An explosion at a bus park in Kano killed 12 people. "
        "Police suspect an attack. The blast shattered windows and a gas valve nearby.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by gunmen near Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by a gang near Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty people were held hostage by rebels near Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty people were held hostage by al-Shabaab near Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty people were held hostage by kidnappers near Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty people were held hostage by armed men near Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty people were held hostage by the militia in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by abductors demanding ransom near Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers have been held hostage by abductors since Friday in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by pirates overnight in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by their captors yesterday in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by the kidnap ring in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by a criminal network in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by cultists in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by the cartel in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by the Islamist insurgency in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Abductors kept twenty villagers hostage by the river near Kano for three days.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by the roadside near Kano for three days.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by the herders' leader in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by Islamists in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by extremists in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by herdsmen in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by the sect in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by thugs in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by vigilantes in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by the kidnapping syndicate in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by criminal elements in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by the hostage-takers in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by the ransom seekers in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty villagers were held hostage by the abductors' camp in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Mopti || Vingt villageois ont été pris en otage par des hommes armés à Mopti.",
        "Mopti",
    ),
    (
        "What we know about Monday in Tumaco || Veinte personas fueron retenidas como rehenes por una banda en Tumaco.",
        "Tumaco",
    ),
    (
        "What we know about Monday in Beira || Vinte pessoas foram mantidas reféns por um gangue na Beira.",
        "Beira",
    ),
    (
        "What we know about Monday in Beni || Two health workers were killed while fighting Ebola in Beni.",
        "Beni",
    ),
    (
        "What we know about Monday in Beni || Two Ebola responders were killed by gunmen in Beni.",
        "Beni",
    ),
    (
        "What we know about Monday in Beni || Two Ebola responders were killed in Beni on Monday.",
        "Beni",
    ),
    (
        "What we know about Monday in Beni || Ebola workers fighting the outbreak were killed in an "
        "attack on their centre in Beni.",
        "Beni",
    ),
    (
        "What we know about Monday in Beni || Deux agents de la riposte contre Ebola ont été tués à Beni.",
        "Beni",
    ),
    (
        "What we know about Monday in Beni || Dos trabajadores que combatían el ébola fueron asesinados en Beni.",
        "Beni",
    ),
    (
        "What we know about Monday in Beni || Dois enfermeiros que combatiam o ébola foram mortos a tiro em Beni.",
        "Beni",
    ),
    (
        "Twelve dead in Kano || An explosion at a crowded market in Kano on Monday left 12 people dead. "
        "Residents said the government was at fault for leaving the market unguarded.",
        "Kano",
    ),
    (
        "Twelve dead in Kano || An explosion at a crowded market in Kano on Monday left 12 people dead. "
        "Critics blamed a faulty investigation of earlier threats.",
        "Kano",
    ),
    (
        "Twelve dead in Kano || An explosion at a mosque in Kano left 12 worshippers dead during Friday "
        "prayers. The governor said the security fault lay with federal agencies.",
        "Kano",
    ),
    (
        "Twelve dead in Kano || An explosion at a mosque in Kano left 12 worshippers dead. The state, in "
        "default on salaries, cannot pay its guards.",
        "Kano",
    ),
    (
        "Twelve dead in Kano || An explosion at a mosque in Kano left 12 worshippers dead. It was not "
        "the guards' fault, the emir said.",
        "Kano",
    ),
    (
        "Twelve dead in Kano || An explosion at a mosque in Kano left 12 worshippers dead. Residents "
        "blamed the police: it is their fault, they said.",
        "Kano",
    ),
    (
        "Twelve dead in Kano || An explosion at a mosque in Kano left 12 worshippers dead, police said, "
        "blaming a woman who detonated a device at the gate. Nobody's fault but hers, the emir said.",
        "Kano",
    ),
    (
        "Doze mortos na Beira || Uma explosão num mercado da Beira deixou 12 mortos nesta segunda-feira. "
        "A oposição denuncia falhas dos serviços de informação.",
        "Beira",
    ),
    (
        "Doze mortos na Beira || Uma explosão num mercado da Beira deixou 12 mortos. A oposição denuncia "
        "uma falha de segurança grave.",
        "Beira",
    ),
    (
        "Douze morts à Mopti || Une explosion a fait 12 morts sur le marché de Mopti lundi. L'opposition "
        "dénonce une défaillance des services de renseignement.",
        "Mopti",
    ),
    (
        "Doce muertos en Tumaco || Una explosión dejó 12 muertos en un mercado de Tumaco. La Policía "
        "reconoce fallas de inteligencia.",
        "Tumaco",
    ),
    (
        "Doce muertos en Barranquilla || Una explosión dejó 12 muertos frente a una estación de policía "
        "en Barranquilla. La zona está sobre una falla geológica.",
        "Barranquilla",
    ),
    (
        "Doce muertos en Tumaco || Una explosión dejó 12 muertos en el puerto de Tumaco en plenas Fallas del barrio.",
        "Tumaco",
    ),
    (
        "12 قتيلا في درعا || انفجار في سوق درعا يوم الاثنين خلف 12 قتيلا. وعطل الانفجار حركة المرور في وسط المدينة.",
        "Daraa",
    ),
    (
        "12 قتيلا في درعا || انفجار في سوق درعا يوم الاثنين خلف 12 قتيلا. وحمل السكان الأجهزة الأمنية "
        "مسؤولية عطل كاميرات المراقبة.",
        "Daraa",
    ),
    (
        "Twelve dead in Kano || An explosion at a bus park in Kano left 12 people dead. Police said a "
        "device was hidden in a bag; the blast shattered windows and a gas valve nearby.",
        "Kano",
    ),
    (
        "Twelve dead in Kano || An explosion at a bus park in Kano left 12 people dead. Police said a "
        "device was hidden in a bag. The city lies on a fault line, engineers said, checking nearby "
        "buildings.",
        "Kano",
    ),
    (
        "Twelve dead in Kano || An explosion at a bus park in Kano left 12 people dead; a second device "
        "was defused. Police said a faulty timer may have set off the first one early.",
        "Kano",
    ),
    (
        "Twelve dead in Kano || An explosion at a bus park in Kano left 12 people dead, police said. A "
        "second device failed to detonate because of a fault in its wiring.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by abductors today in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by captors tonight near Kano, police said.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by suspected hoodlums in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by unknown persons in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by a criminal element in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty worshippers were held hostage by a man with a knife in a Kano church.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty worshippers were held hostage by a knife-wielding man in a Kano church.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty worshippers were held hostage by a man armed with a knife in a Kano church.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty worshippers were held hostage by abductors for ransom in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty worshippers were held hostage by abductors demanding ransom in Kano.",
        "Kano",
    ),
    (
        "Doze mortos na Beira || Uma explosão num mercado da Beira deixou 12 mortos. Moradores culpam o "
        "governo pela falha na vigilância.",
        "Beira",
    ),
    (
        "Doce muertos en Tumaco || Una explosión dejó 12 muertos en un mercado de Tumaco. Los vecinos "
        "culpan al Gobierno por la falla en la vigilancia.",
        "Tumaco",
    ),
    (
        "Doze mortos na Beira || Uma explosão num mercado da Beira deixou 12 mortos. A cidade fica numa falha geológica.",
        "Beira",
    ),
    (
        "Douze morts à Mopti || Une explosion a fait 12 morts sur le marché de Mopti lundi. Les "
        "habitants accusent une défaillance de l'État.",
        "Mopti",
    ),
    (
        "12 قتيلا في درعا || انفجار في سوق درعا يوم الاثنين خلف 12 قتيلا. وقال السكان إن عطلا في كاميرات "
        "المراقبة سهّل وصول المهاجمين.",
        "Daraa",
    ),
    (
        "بعد خمس سنوات، درعا تنزف من جديد || في آذار 2026، هاجم مسلحون حاجزا في درعا وقتلوا أربعة جنود.",
        "Daraa",
    ),
    (
        "قبل خمس سنوات كانت درعا هادئة || في 2026، هاجم مسلحون حاجزا في درعا وقتلوا أربعة جنود.",
        "Daraa",
    ),
    (
        "A decade on, Kano bleeds again || In 2026, gunmen attacked a market in Kano and killed nine.",
        "Kano",
    ),
    (
        "Ten years on, Kano bleeds again || Gunmen attacked a market in Kano on 2 March 2026, killing nine.",
        "Kano",
    ),
    (
        "Ten years on, Kano bleeds again || On Monday, 2 March 2026, gunmen attacked a market in Kano, killing nine.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by a group in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by unidentified individuals in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by unknown persons in the forest near Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by a kidnapping outfit in Kano.",
        "Kano",
    ),
    (
        "What we know about Monday in Kano || Twenty travellers were held hostage by a kidnap squad in Kano.",
        "Kano",
    ),
]

OWN_19E = [
    # anniversary headlines over today's deed: a weekday, "again", a date of the item's year
    (
        "Seven years on, Maiduguri bleeds again || Seven years after the 2019 raid, gunmen attacked "
        "Maiduguri on Tuesday and killed five farmers.",
        "Maiduguri",
    ),
    (
        "Sept ans après, Gao pleure encore || Le 4 février 2026, des jihadistes ont attaqué un camp de Gao et tué six soldats.",
        "Gao",
    ),
    (
        "Diez años después, Buenaventura vuelve a sangrar || Este martes, un atentado con explosivos "
        "mató a tres policías en Buenaventura, diez años después del ataque de 2016.",
        "Buenaventura",
    ),
    (
        "Há seis anos, Pemba chorava; ontem voltou o terror || Ontem, insurgentes atacaram Pemba e "
        "mataram quatro civis, seis anos depois do ataque de 2020.",
        "Pemba",
    ),
    (
        "Eight years on, terror returns to Gao || In February 2026 jihadists attacked Gao and killed six soldiers.",
        "Gao",
    ),
    # "since" an aside to today's deed
    (
        "Five dead in Gao market raid || Gunmen killed five traders in Gao on Tuesday, three years since "
        "the last attack on the market.",
        "Gao",
    ),
    (
        "Cinco mortos em Pemba || Insurgentes mataram cinco pessoas em Pemba nesta terça-feira, três anos desde o último ataque.",
        "Pemba",
    ),
    (
        "Cinco muertos en Buenaventura || Sicarios asesinaron a cinco comerciantes en Buenaventura este "
        "martes, tres años desde el último ataque.",
        "Buenaventura",
    ),
    # faults that blame no fault for the blast, and arms that make it an attack
    (
        "Nine dead in Maiduguri || An explosion at a market in Maiduguri left nine people dead. Critics "
        "said the army was at fault for leaving it unguarded.",
        "Maiduguri",
    ),
    (
        "Neuf morts à Gao || Une explosion a fait neuf morts au marché de Gao mardi. Les habitants "
        "dénoncent une défaillance des services de sécurité.",
        "Gao",
    ),
    (
        "Nine dead in Maiduguri || An explosion at a bus station in Maiduguri left nine people dead. A "
        "suicide bomber set it off, police said; a faulty detonator delayed a second device.",
        "Maiduguri",
    ),
    (
        "Nueve muertos en Buenaventura || Una explosión dejó nueve muertos en Buenaventura. La Policía "
        "halló un segundo artefacto; la zona está sobre una falla geológica.",
        "Buenaventura",
    ),
    ("9 قتلى في حمص || انفجار في سوق حمص يوم الثلاثاء خلف 9 قتلى. وعطل الانفجار حركة المرور في المدينة.", "Homs"),
    # held hostage by someone, a body of people, an insurgency; not a time
    (
        "What we know about Tuesday in Maiduguri || Fifteen passengers were held hostage by unknown persons in Maiduguri.",
        "Maiduguri",
    ),
    (
        "What we know about Tuesday in Maiduguri || Fifteen passengers were held hostage by bandits "
        "demanding ransom in Maiduguri.",
        "Maiduguri",
    ),
    ("What we know about Tuesday in Gao || Fifteen drivers were held hostage by the jihadist insurgency in Gao.", "Gao"),
    ("What we know about Tuesday in Gao || Fifteen drivers were held hostage by a group in Gao.", "Gao"),
    ("What we know about Tuesday in Gao || Fifteen drivers were held hostage by their captors last night in Gao.", "Gao"),
    ("What we know about Tuesday in Gao || Fifteen drivers were held hostage by the uprising's fighters in Gao.", "Gao"),
]

SILENT_19E = [
    # a past deed dated before the item's year under a headline counting years back
    (
        "Seven years on, Maiduguri survivors remember || In June 2019, gunmen attacked a market in "
        "Maiduguri and killed 14 traders.",
        "Maiduguri",
    ),
    # a blast blamed on a fault, a word of cause before it
    (
        "Explosion at Maiduguri gas plant injures four || An explosion at a gas plant in Maiduguri "
        "injured four workers. The company said it was caused by a gas leak.",
        "Maiduguri",
    ),
    (
        "Explosão em fábrica de Pemba fere três operários || Uma explosão numa fábrica de Pemba feriu três "
        "operários, provocada por uma fuga de gás, segundo a empresa.",
        "Pemba",
    ),
    # held hostage by a thing
    (
        "Maiduguri drivers held hostage by fuel scarcity || Drivers in Maiduguri say they are held hostage by fuel scarcity.",
        "Maiduguri",
    ),
]


@pytest.fixture(scope="module")
def matchers_19e() -> dict[str, Matcher]:
    return {
        "typed": titled_matcher("Watched", *PLACES_19E, keywords=TYPED_19E),
        "bundled": titled_matcher("Watched", *PLACES_19E, keywords="keyword_sets: [security]"),
    }


def _alerted_19e(matcher: Matcher, text: str, year: int | None) -> set[str]:
    title, _, summary = text.partition(" || ")
    return {m.location for r in matcher.match(title, summary, year) for m in r.locations}


@pytest.mark.parametrize(("text", "location"), REVIEW_19E + OWN_19E)
def test_review19e_attacksalert_of(matchers_19e: dict[str, Matcher], text: str, location: str) -> None:
    for name, matcher in matchers_19e.items():
        for year in (None, ITEM_YEAR_19E):
            assert location in _alerted_19e(matcher, text, year), (name, year)


@pytest.mark.parametrize(("text", "location"), SILENT_19E)
def test_review19e_false_friends_stay_silent(matchers_19e: dict[str, Matcher], text: str, location: str) -> None:
    for name, matcher in matchers_19e.items():
        assert location not in _alerted_19e(matcher, text, ITEM_YEAR_19E), name


# review19f
# A participle of the dead and where they died ("killed in the Kaya attack", "mortos em ataque",
# "قتلى هجوم") describes the victims of a funeral, not a new attack on it; a deed aimed at the
# gathering ("attack on a funeral", "killed at a funeral") still is one.


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Villagers killed in Kaya attack laid to rest at funeral", "en"),
        ("Herders killed in the Dori ambush buried at a mass funeral", "en"),
        ("Mortos em ataque em Kaya têm enterro", "pt"),
        ("Mortos no ataque de Djibo recebem funeral coletivo", "pt"),
        ("قتلى هجوم كايا يشيعون في جنازة", "ar"),
        ("Les villageois tués dans l'attaque de Fada reçoivent des funérailles", "fr"),
    ],
)
def test_review19f_victims_participle_is_no_attack_on_mourners(text: str, lang: str) -> None:
    from bot.incident import mourners_struck
    from bot.textnorm import tokenize

    assert not mourners_struck(tokenize(text), [lang])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Gunmen attack funeral in Kaya", "en"),
        ("Gunmen open fire at vigil for Kaya victims", "en"),
        ("Four killed at funeral in Kaya", "en"),
        ("Five killed in attack on funeral in Dori", "en"),
        ("Attaque contre une cérémonie d'hommage aux victimes de Kaya", "fr"),
        ("Des hommes armés attaquent un enterrement à Dori", "fr"),
    ],
)
def test_review19f_deed_at_the_gathering_strikes_mourners(text: str, lang: str) -> None:
    from bot.incident import mourners_struck
    from bot.textnorm import tokenize

    assert mourners_struck(tokenize(text), [lang])


# review19f: a province's report whose own deed is the story's (a market shooting) joins it
# though its text says it came hours after another deed (an attack on a police post); it stays
# apart when its "after" names the story's deed ("hours after market attack").


def _region_joined_19f(title: str, summary: str) -> int | None:
    from datetime import UTC, datetime, timedelta

    from bot.regionjoin import region_join, region_reading
    from bot.story import Place, StoryIndex, make_report

    now = datetime(2026, 6, 8, 5, 0, tzinfo=UTC)
    town = Place("Kotile", "city", True, 0, (), frozenset(), "KE.16")
    first = make_report(
        0,
        now,
        "Gunmen open fire at Kotile market, three dead",
        "Gunmen on motorbikes opened fire on traders at the Kotile market on Monday.",
        [town],
    )
    index = StoryIndex(72)
    index.add(first, 0)
    reading = region_reading(1, now + timedelta(hours=10), title, summary, frozenset({"KE"}))
    assert reading is not None
    return region_join(index, reading, lambda _: True)


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Garissa County: three shot dead by gunmen",
            "The gunmen opened fire on traders at a market on Monday, hours after an attack on a police post nearby.",
        ),
        (
            "Garissa County: gunmen kill three",
            "Gunmen shot dead three traders at a market on Monday, hours after bandits attacked a police camp nearby.",
        ),
        (
            "Comté de Garissa : trois morts dans une fusillade",
            "Des hommes armés ont tiré sur des commerçants au marché lundi, "
            "quelques heures après une attaque contre un poste de police.",
        ),
    ],
)
def test_review19f_own_deed_before_after_joins(title: str, summary: str) -> None:
    assert _region_joined_19f(title, summary) == 0


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        (
            "Garissa County: police officer shot dead hours after market attack",
            "A police officer was shot dead by gunmen on Monday evening.",
        ),
        (
            "Comté de Garissa : un policier abattu quelques heures après la fusillade du marché",
            "Un policier a été tué lundi soir.",
        ),
    ],
)
def test_review19f_deed_after_the_storys_stays_apart(title: str, summary: str) -> None:
    assert _region_joined_19f(title, summary) is None


# review19f: a country-wide follow-up (a toll, a claim, a national mourning, a burial) is not set
# apart by its places alone: the capital where a government speaks, the region holding the town.


def _country_report_19f(n: int, hours: int, title: str, summary: str, country: str, *towns: str):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from bot.story import Place, make_report

    places = [Place(country, "country", True, 0)] + [Place(t, "city", False, max(0, summary.find(t)), (country,)) for t in towns]
    return make_report(n, datetime(2026, 6, 8, 5, 0, tzinfo=UTC) + timedelta(hours=hours), title, summary, places)


_FIRST_19F = {
    "Niger": (
        "Niger : des jihadistes attaquent un camp militaire",
        "Des jihadistes ont attaqué dimanche le camp militaire de Téra, tuant 12 soldats.",
        "Téra",
    ),
    "Burkina Faso": (
        "Burkina Faso: gunmen attack army base",
        "Gunmen attacked the army base at Djibo on Sunday, killing 15 soldiers.",
        "Djibo",
    ),
}


@pytest.mark.parametrize(
    ("country", "title", "summary", "town"),
    [
        (
            "Niger",
            "Niger: toll of army camp attack rises to 20, government says in Niamey",
            "The government said in Niamey that 20 soldiers died.",
            "Niamey",
        ),
        (
            "Niger",
            "Niger : l'EI revendique l'attaque du camp militaire",
            "Le groupe Etat islamique a revendiqué l'attaque, selon un communiqué publié à Niamey.",
            "Niamey",
        ),
        (
            "Niger",
            "Niger : deuil national de trois jours après l'attaque",
            "Le président a décrété à Niamey un deuil national.",
            "Niamey",
        ),
        (
            "Burkina Faso",
            "Burkina Faso: toll of army base attack rises to 22",
            "The government spokesman said in Ouagadougou that 22 soldiers died.",
            "Ouagadougou",
        ),
        (
            "Burkina Faso",
            "Burkina Faso: soldiers killed in base attack buried",
            "The 15 soldiers were buried in Ouagadougou on Tuesday.",
            "Ouagadougou",
        ),
    ],
)
def test_review19f_country_follow_up_joins(country: str, title: str, summary: str, town: str) -> None:
    from tests.support.reports import grouped

    first_title, first_summary, first_town = _FIRST_19F[country]
    first = _country_report_19f(0, 0, first_title, first_summary, country, first_town)
    later = _country_report_19f(1, 20, title, summary, country, town)
    assert later.follow_up
    assert grouped(first, later) == [0, 0]


def test_review19f_two_country_attacks_at_two_towns_stay_apart() -> None:
    from tests.support.reports import grouped

    first = _country_report_19f(0, 0, *_FIRST_19F["Burkina Faso"][:2], "Burkina Faso", "Djibo")
    later = _country_report_19f(
        1,
        5,
        "Burkina Faso: gunmen attack army base",
        "Gunmen attacked the army base at Dori on Sunday, killing 9 soldiers.",
        "Burkina Faso",
        "Dori",
    )
    assert grouped(first, later) == [0, 1]


# review19f: a title heading naming the city keeps it the topic whether its division is named in
# the title or in the summary ("Kayes: attaque ... près de Nioro, dans la région de Kayes").


@pytest.fixture(scope="module")
def matcher_19f() -> Matcher:
    return titled_matcher("Sahel Mali Niger Peru", "Kayes", "Tillabéri", "Cusco", "Mopti")


@pytest.mark.parametrize(
    ("title", "summary", "town"),
    [
        ("Kayes: attaque contre un poste près de Nioro, dans la région de Kayes", "deux gendarmes tués", "Kayes"),
        ("KAYES : attaque contre un poste à Nioro du Sahel, dans la région de Kayes", "deux gendarmes tués", "Kayes"),
        ("Tillabéri : attaque à Téra, dans la région de Tillabéri", "Six soldats tués.", "Tillabéri"),
        ("Cusco: emboscada en Quillabamba, en la región Cusco, deja dos muertos", "", "Cusco"),
        ("MOPTI : attaque à Bandiagara, dans la région de Mopti", "Trois soldats tués.", "Mopti"),
    ],
)
def test_review19f_heading_city_stays_topic_with_region_in_title(
    matcher_19f: Matcher, title: str, summary: str, town: str
) -> None:
    assert f"sahel/{town}" in alerted(matcher_19f, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "town"),
    [
        ("Attaque contre un poste à Nioro du Sahel, dans la région de Kayes", "Deux gendarmes tués.", "Kayes"),
        ("Affrontements à Bandiagara, dans la région de Mopti", "Trois soldats tués.", "Mopti"),
    ],
)
def test_review19f_region_alone_in_apposition_stays_silent(matcher_19f: Matcher, title: str, summary: str, town: str) -> None:
    assert f"sahel/{town}" not in alerted(matcher_19f, title, summary)
