"""Review 20g of namesake26 and homes26: true attacks they silenced, and variants (new towns, new
wording, five languages). A watched town that is GeoNames' only place of its name yields to
another country only when the item places the name there: the name tied to it, or a town of it
in the name's clause that is a scene. Never a country that only condemns, whose nationals are
the victims, where people flee, whose army gives chase, nor a capital that speaks ("Nouakchott a
condamné l'attaque de Douentza", "the ministry in Paris said"), nor a country's possessive after a
comma ("near Kidal, China's embassy said"). And a hometown named as the scene ("his hometown", "sa
ville natale", "مسقط رأسه") makes a person's home the scene. Real parts: the gazetteer and the
matcher as the bot builds them; missing an attack is the worst error."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from tests.support.alerts import alerted

WATCHLISTS = """feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  mali:
    title: Mali
    locations:
      - name: Bankass
      - name: Kidal
      - name: Bourem
      - name: Ansongo
      - name: Tessalit
      - name: Menaka
      - name: Douentza
    keyword_sets: [security]
  burkina:
    title: Burkina Faso
    locations:
      - name: Arbinda
      - name: Djibo
      - name: Diébougou
    keyword_sets: [security]
  niger:
    title: Niger
    locations:
      - name: Ayorou
      - name: Ouallam
    keyword_sets: [security]
  mozambique:
    title: Mozambique
    locations:
      - name: Macomia
      - name: Quissanga
    keyword_sets: [security]
  tunisia:
    title: Tunisia
    locations:
      - name: Kasserine
      - name: Medenine
    keyword_sets: [security]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        (
            "Two French nationals killed in Bankass attack",
            "Gunmen killed two French aid workers in Bankass on Sunday, France's foreign ministry said.",
            ["mali/Bankass"],
        ),
        (
            "Deux ressortissants français tués à Bankass",
            "Des hommes armés ont tué deux Français à Bankass, a annoncé le Quai d'Orsay.",
            ["mali/Bankass"],
        ),
        (
            "Chinese miners kidnapped near Kidal",
            "Gunmen kidnapped five Chinese miners near Kidal, China's embassy in Bamako said.",
            ["mali/Kidal"],
        ),
        (
            "Des mineurs chinois enlevés près de Kidal",
            "Cinq ressortissants chinois ont été enlevés près de Kidal.",
            ["mali/Kidal"],
        ),
        (
            "Mineiros chineses raptados perto de Kidal",
            "Cinco mineiros chineses foram raptados perto de Kidal, disse a embaixada da China.",
            ["mali/Kidal"],
        ),
        (
            "Mineros chinos secuestrados cerca de Kidal",
            "Hombres armados secuestraron a cinco mineros chinos cerca de Kidal, informó China.",
            ["mali/Kidal"],
        ),
        (
            "Algeria condemns attack in Tessalit",
            "Algeria's foreign ministry condemned the attack in Tessalit that killed ten soldiers.",
            ["mali/Tessalit"],
        ),
        (
            "L'Algérie condamne l'attaque de Tessalit",
            "Le ministère algérien des affaires étrangères a condamné l'attaque de Tessalit qui a tué dix soldats.",
            ["mali/Tessalit"],
        ),
        (
            "A Argélia condena ataque em Tessalit",
            "O ministério dos negócios estrangeiros da Argélia condenou o ataque em Tessalit que matou dez soldados.",
            ["mali/Tessalit"],
        ),
        (
            "Niger army pursues Menaka attackers across border",
            "Niger's army said it pursued the gunmen who attacked Menaka into Niger after they killed 12 people.",
            ["mali/Menaka"],
        ),
        (
            "L'armée nigérienne poursuit les assaillants de Ménaka au Niger",
            "Des assaillants ont tué 12 personnes à Ménaka puis ont fui vers le Niger, selon l'armée du Niger.",
            ["mali/Menaka"],
        ),
        (
            "Thousands flee to Mauritania after Douentza attack",
            "Gunmen killed 20 villagers in Douentza and thousands fled to Mauritania, the UNHCR said.",
            ["mali/Douentza"],
        ),
        (
            "Des milliers de réfugiés fuient vers le Burkina Faso après l'attaque de Bourem",
            "Des hommes armés ont tué 15 civils à Bourem; des milliers ont fui vers le Burkina Faso.",
            ["mali/Bourem"],
        ),
        (
            "Italian nun kidnapped in Ayorou",
            "Gunmen kidnapped an Italian nun in Ayorou, Italy's foreign ministry said.",
            ["niger/Ayorou"],
        ),
        (
            "Freira italiana raptada em Ayorou",
            "Homens armados raptaram uma freira italiana em Ayorou, disse o ministério italiano.",
            ["niger/Ayorou"],
        ),
        (
            "Rwanda troops repel insurgent attack on Macomia",
            "Rwandan soldiers repelled an attack on Macomia, Rwanda's defence force said.",
            ["mozambique/Macomia"],
        ),
        (
            "Tropas do Ruanda repelem ataque a Quissanga",
            "Insurgentes atacaram Quissanga e foram repelidos por tropas do Ruanda.",
            ["mozambique/Quissanga"],
        ),
        (
            "Tanzania reinforces border after Macomia attack",
            "Insurgents killed eight in Macomia; Tanzania reinforced its border.",
            ["mozambique/Macomia"],
        ),
        (
            "هجوم مسلح في كيدال يقتل جنودا جزائريين",
            "قتل مسلحون ثلاثة جزائريين في كيدال حسب وزارة الخارجية الجزائرية",
            ["mali/Kidal"],
        ),
        (
            "Ghana condemns Djibo attack",
            "Ghana's government condemned the attack in Djibo that killed 30 soldiers, Accra said.",
            ["burkina/Djibo"],
        ),
        (
            "Two Moroccan truckers killed in Ansongo",
            "Gunmen killed two Moroccan truck drivers near Ansongo, Morocco's embassy said.",
            ["mali/Ansongo"],
        ),
        (
            "Deux camionneurs marocains tués près d'Ansongo",
            "Deux chauffeurs marocains tués près d'Ansongo, a indiqué l'ambassade du Maroc à Bamako.",
            ["mali/Ansongo"],
        ),
        (
            "Two French nationals killed in Bankass",
            "Gunmen killed two French aid workers in Bankass, the foreign ministry in Paris said, France condemning the attack.",
            ["mali/Bankass"],
        ),
        (
            "Deux Français tués à Bankass",
            "Des hommes armés ont tué deux Français à Bankass, a annoncé Paris; la France condamne.",
            ["mali/Bankass"],
        ),
        (
            "Dois franceses mortos em Bankass",
            "Homens armados mataram dois franceses em Bankass, disse o ministério em Paris; a França condena.",
            ["mali/Bankass"],
        ),
        (
            "Dos franceses asesinados en Bankass",
            "Hombres armados mataron a dos franceses en Bankass, dijo París; Francia condena.",
            ["mali/Bankass"],
        ),
        (
            "Chinese miners kidnapped near Kidal",
            "Gunmen kidnapped five Chinese miners near Kidal, a spokesman in Beijing said, China demanding their release.",
            ["mali/Kidal"],
        ),
        (
            "Des mineurs chinois enlevés près de Kidal",
            "Cinq Chinois enlevés près de Kidal, a indiqué Pékin; la Chine exige leur libération.",
            ["mali/Kidal"],
        ),
        (
            "Algeria condemns Tessalit attack",
            "Algeria's foreign ministry in Algiers condemned the attack on Tessalit that killed ten soldiers.",
            ["mali/Tessalit"],
        ),
        (
            "L'Algérie condamne l'attaque de Tessalit",
            "Alger a condamné l'attaque de Tessalit qui a tué dix soldats, selon le ministère algérien à Alger.",
            ["mali/Tessalit"],
        ),
        (
            "Niger army pursues Menaka attackers",
            "Gunmen killed 12 in Menaka; Niger's army pursued them towards Tillaberi in Niger.",
            ["mali/Menaka"],
        ),
        (
            "Refugees flee to Mauritania after Douentza attack",
            "Gunmen killed 20 in Douentza; thousands fled to Bassikounou in Mauritania.",
            ["mali/Douentza"],
        ),
        (
            "Réfugiés: après l'attaque de Bourem, des milliers fuient vers Dori au Burkina Faso",
            "Des hommes armés ont tué 15 civils à Bourem.",
            ["mali/Bourem"],
        ),
        (
            "Refugiados fogem para Mbera na Mauritânia após ataque em Ansongo",
            "Homens armados mataram 12 civis em Ansongo.",
            ["mali/Ansongo"],
        ),
        (
            "Refugiados huyen a Mauritania tras ataque en Bourem",
            "Hombres armados mataron a 15 civiles en Bourem; miles huyeron a Bassikounou, en Mauritania.",
            ["mali/Bourem"],
        ),
        (
            "هجوم في كيدال يقتل جزائريين",
            "قتل مسلحون ثلاثة جزائريين في كيدال وأدانت الجزائر الهجوم من العاصمة الجزائر",
            ["mali/Kidal"],
        ),
        (
            "Ghana condemns Djibo attack",
            "Ghana's government in Accra condemned the attack in Djibo that killed 30 soldiers.",
            ["burkina/Djibo"],
        ),
        (
            "Italian nun kidnapped in Ayorou",
            "Gunmen kidnapped an Italian nun from Verona in Ayorou, Italy's foreign ministry in Rome said.",
            ["niger/Ayorou"],
        ),
        (
            "Rwandan troops repel Macomia attack",
            "Insurgents attacked Macomia; Rwanda's army spokesman in Kigali said troops repelled them.",
            ["mozambique/Macomia"],
        ),
        (
            "Tanzania shuts border after Quissanga attack",
            "Insurgents killed eight in Quissanga; Tanzania closed the crossing at Mtwara.",
            ["mozambique/Quissanga"],
        ),
        (
            "Two Moroccan truckers killed near Ansongo",
            "Gunmen killed two truck drivers from Casablanca near Ansongo, Morocco's embassy said.",
            ["mali/Ansongo"],
        ),
        (
            "Burkina: attaque à Arbinda, des soldats nigériens tués",
            "Des soldats nigériens venus de Téra au Niger ont été tués à Arbinda.",
            ["burkina/Arbinda"],
        ),
        (
            "Libyan smugglers killed in Medenine clash",
            "Tunisian forces killed two Libyan smugglers from Zuwara, Libya, in Medenine.",
            ["tunisia/Medenine"],
        ),
        (
            "Le Maroc condamne l'attaque de Kidal",
            "Rabat a condamné l'attaque de Kidal qui a tué dix soldats, selon le ministère marocain à Rabat.",
            ["mali/Kidal"],
        ),
        (
            "La Mauritanie condamne l'attaque de Douentza",
            "Nouakchott a condamné l'attaque de Douentza qui a tué 20 civils.",
            ["mali/Douentza"],
        ),
        (
            "Le Niger condamne l'attaque d'Ansongo",
            "Niamey a condamné l'attaque d'Ansongo qui a tué dix soldats.",
            ["mali/Ansongo"],
        ),
        ("Argélia condena ataque em Tessalit", "Argel condenou o ataque em Tessalit que matou dez soldados.", ["mali/Tessalit"]),
        (
            "Members of the Kidal council killed in Kidal",
            "Gunmen killed three members of the Kidal council in Kidal on Monday.",
            ["mali/Kidal"],
        ),
        ("Kidal councillors killed in Kidal attack", "Gunmen killed three Kidal councillors in Kidal on Monday.", ["mali/Kidal"]),
        (
            "Militiamen from Bourem attacked Ansongo",
            "Militiamen from Bourem attacked Ansongo on Sunday, killing five civilians.",
            ["mali/Ansongo"],
        ),
        (
            "Militiamen from Ansongo attack Bourem",
            "Militiamen from Ansongo attacked Bourem, killing five civilians.",
            ["mali/Bourem"],
        ),
        (
            "Looters from Menaka ransack Ansongo market",
            "Looters from Menaka ransacked Ansongo market overnight, killing a guard.",
            ["mali/Ansongo"],
        ),
        (
            "Looters from Douentza killed in Bankass clash",
            "Looters from Douentza were killed in a clash in Bankass.",
            ["mali/Bankass"],
        ),
        (
            "Soldier who hails from Djibo killed in Djibo",
            "A soldier who hails from Djibo was killed in an attack in Djibo on Friday.",
            ["burkina/Djibo"],
        ),
        (
            "Soldier who hails from Djibo killed in Arbinda",
            "A soldier who hails from Djibo was killed in an attack in Arbinda on Friday.",
            ["burkina/Arbinda"],
        ),
        (
            "Fighter from the village of Tessalit killed there",
            "A fighter from the village of Tessalit was killed there in a drone strike on Friday.",
            ["mali/Tessalit"],
        ),
        (
            "Fighter from the town of Tessalit killed in Tessalit",
            "A fighter from the northern desert town of Tessalit was killed in Tessalit by a drone strike.",
            ["mali/Tessalit"],
        ),
        (
            "Drone strike kills fighter",
            "A fighter from the village of Tessalit was killed in a drone strike on Friday.",
            ["mali/Tessalit"],
        ),
        ("مقتل جندي أصيل القصرين في القصرين", "قتل جندي أصيل القصرين في هجوم إرهابي في القصرين", ["tunisia/Kasserine"]),
        ("مقتل جندي أصيل القصرين", "قتل جندي أصيل القصرين في هجوم إرهابي بجبل الشعانبي", ["tunisia/Kasserine"]),
        ("مقتل شاب أصيل مدنين في مدنين", "قتل شاب أصيل مدنين طعنا في مدنين", ["tunisia/Medenine"]),
        (
            "Tribesmen from Kidal killed in Kidal",
            "Gunmen killed four tribesmen from Kidal in an attack in Kidal.",
            ["mali/Kidal"],
        ),
        (
            "Reservists from Bourem killed in ambush near Bourem",
            "Four reservists from Bourem were killed in an ambush near Bourem.",
            ["mali/Bourem"],
        ),
        (
            "Attaque à Kidal : des membres du conseil de Kidal tués",
            "Des hommes armés ont tué trois membres du conseil de Kidal à Kidal.",
            ["mali/Kidal"],
        ),
        (
            "Ataque em Macomia mata membros do conselho",
            "Insurgentes mataram três membros do conselho de Macomia em Macomia.",
            ["mozambique/Macomia"],
        ),
        (
            "Soldier killed in attack on his hometown",
            "A soldier who hailed from Djibo was killed Friday when gunmen attacked his hometown.",
            ["burkina/Djibo"],
        ),
        (
            "Gunmen storm village, kill fighter",
            "Gunmen stormed the village of Tessalit overnight; a fighter from the village of Tessalit was among the dead.",
            ["mali/Tessalit"],
        ),
        (
            "Three councillors from Kidal killed in ambush",
            "Gunmen ambushed and killed three councillors from Kidal on the road outside the town.",
            ["mali/Kidal"],
        ),
        (
            "Militiamen from Kidal killed",
            "Militiamen from Kidal were killed when gunmen attacked their base in Kidal on Sunday.",
            ["mali/Kidal"],
        ),
        (
            "مقتل جندي أصيل القصرين في مسقط رأسه",
            "قتل جندي أصيل القصرين في هجوم مسلح استهدف منزله بمسقط رأسه",
            ["tunisia/Kasserine"],
        ),
        (
            "Attack on Djibo leaves 20 dead; a resident from the town of Djibo speaks",
            "A resident from the town of Djibo said gunmen killed 20 people there on Sunday.",
            ["burkina/Djibo"],
        ),
        (
            "Le Sénégal condamne l'attaque de Tessalit",
            "Dakar a condamné l'attaque de Tessalit qui a tué dix soldats, selon le ministère sénégalais à Dakar.",
            ["mali/Tessalit"],
        ),
        (
            "Nigerian traders killed near Ouallam",
            "Gunmen killed three Nigerian traders near Ouallam, Nigeria's foreign ministry in Abuja said.",
            ["niger/Ouallam"],
        ),
        (
            "Ghana refugees: thousands flee Diébougou attack to Bolgatanga",
            "Gunmen killed 12 in Diébougou; thousands fled to Bolgatanga in Ghana.",
            ["burkina/Diébougou"],
        ),
        (
            "Des milliers fuient vers Bolgatanga au Ghana après l'attaque de Diébougou",
            "Des hommes armés ont tué 12 civils à Diébougou.",
            ["burkina/Diébougou"],
        ),
        (
            "Turkish engineers kidnapped near Ouallam",
            "Gunmen kidnapped two Turkish engineers near Ouallam, Turkey's embassy said.",
            ["niger/Ouallam"],
        ),
        (
            "Engenheiros turcos raptados perto de Ouallam",
            "Homens armados raptaram dois engenheiros turcos perto de Ouallam, disse Ancara.",
            ["niger/Ouallam"],
        ),
        (
            "Tanzania condemns Quissanga attack",
            "Dodoma condemned the attack on Quissanga that killed nine villagers.",
            ["mozambique/Quissanga"],
        ),
        (
            "South African contractors killed near Macomia",
            "Insurgents killed two South African contractors from Durban near Macomia, Pretoria said.",
            ["mozambique/Macomia"],
        ),
        (
            "Libya condemns Medenine attack",
            "Tripoli condemned the attack in Medenine that killed four border guards.",
            ["tunisia/Medenine"],
        ),
        (
            "Un soldat originaire de Djibo tué dans sa ville natale",
            "Un soldat originaire de Djibo a été tué lors d'une attaque contre sa ville natale.",
            ["burkina/Djibo"],
        ),
        (
            "Soldado oriundo de Macomia muerto en su pueblo natal",
            "Un soldado oriundo de Macomia murió en un ataque contra su pueblo natal.",
            ["mozambique/Macomia"],
        ),
        (
            "Soldado natural de Quissanga morto na sua terra natal",
            "Um soldado natural de Quissanga foi morto num ataque à sua terra natal.",
            ["mozambique/Quissanga"],
        ),
        ("مقتل شاب أصيل مدنين في مسقط رأسه", "قتل شاب أصيل مدنين في هجوم مسلح بمسقط رأسه", ["tunisia/Medenine"]),
    ],
)
def test_the_attack_alerts(matcher: Matcher, title: str, summary: str, expected: list[str]) -> None:
    assert set(expected) <= alerted(matcher, title, summary)


@pytest.mark.parametrize(
    ("title", "summary", "turned_away"),
    [
        # a town of the other country in the name's clause, not a capital: a namesake GeoNames leaves out
        (
            "Ghana: gunmen attack bus at Djibo junction near Kumasi",
            "Gunmen attacked a bus at Djibo junction near Kumasi, killing two passengers.",
            "burkina/Djibo",
        ),
        (
            "Nigeria: gunmen kill three in Ouallam village near Sokoto",
            "Gunmen killed three people in Ouallam village near Sokoto, police said.",
            "niger/Ouallam",
        ),
        # a capital tied to the name as its part of town, not speaking
        (
            "Accra: blast at gas cylinder shop in Djibo",
            "An explosion at a gas cylinder shop in Djibo, east Accra, killed one worker, Ghana's fire service said.",
            "burkina/Djibo",
        ),
        # a hometown named only as where the funeral is: the scene is the other city
        (
            "مقتل شاب أصيل مدنين في اشتباكات بتونس",
            "قتل شاب أصيل مدنين في اشتباكات مسلحة في مدينة تونس، وشيعت جنازته في مسقط رأسه بحضور المئات.",
            "tunisia/Medenine",
        ),
        (
            "Soldier from Kasserine killed in Tunis, buried in his hometown",
            "A soldier from Kasserine was killed in an attack in Tunis; he was buried in his hometown on Sunday.",
            "tunisia/Kasserine",
        ),
        # a home, with the scene in a city of its own country and no hometown named
        (
            "Soldier from Kasserine killed in Tunis attack",
            "A soldier from Kasserine was killed in an attack in Tunis on Friday.",
            "tunisia/Kasserine",
        ),
    ],
)
def test_a_town_of_another_country_beside_the_name_still_places_it(
    matcher: Matcher, title: str, summary: str, turned_away: str
) -> None:
    assert turned_away not in alerted(matcher, title, summary)
