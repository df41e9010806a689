"""Senses of the killing, fighting, felling and besieging words by the grammar that shows them
(issues 16 and 20, README "Which items alert"): a disease as the subject or agent of a killing
("Malaria kills children", "le paludisme tue", "killed by cholera") or the object of a fight ("le
combat contre la drépanocytose"); a game or a team as the object of a killing ("kills off the
match", "assassiner le Coton Sport", "يقتل المباراة"); a tree felled and a downcast coach ("un
baobab centenaire abattu", "Abattu, le sélectionneur"); a weapon's trace in a lab ("gunshot
residue", "résidus de tirs"); a siege or a killing of the economy ("asedio inmobiliario", "الغلاء
يقتل التجارة"); an explosion in a count ("انفجار في عدد الإصابات"). And the real attacks with the
same words beside the same domains, which keep alerting ("gunmen kill malaria workers", "attaque
contre un centre de santé", "un soldat abattu près du grand baobab").

Probe items written for this file (not taken from any labelled set), in English, French,
Portuguese, Spanish and Arabic, over towns of the Sahel, Mozambique, Colombia, Mexico, Sudan,
Libya and Yemen, with the bundled security vocabulary and the real gazetteer, as the running bot
builds the matcher. The diseases are WordNet's ill-health nouns (`bot.disease_nouns`) and the other
languages' names of WHO's listed diseases; the trees WordNet's woody plants (`bot.tree_nouns`).
"""

from __future__ import annotations

from functools import cache

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places

CONFIG = """feeds:
  - name: probe
    url: https://example.org/feed.xml
watchlists:
  sahel:
    title: Sahel and Lake Chad
    locations:
      - name: Mokolo
      - name: Maroua
      - name: Garoua
      - name: Kaya
      - name: Ségou
      - name: Tahoua
      - name: Zinder
      - name: Bossangoa
      - name: Kousseri
      - name: Bauchi
      - name: Kano
    keyword_sets: [security]
  lusophone:
    title: Mozambique and Guinea-Bissau
    locations:
      - name: Montepuez
      - name: Nampula
      - name: Bafatá
      - name: Quelimane
    keyword_sets: [security]
  latam:
    title: Colombia and Mexico
    locations:
      - name: Cúcuta
      - name: Culiacán
      - name: Tumaco
      - name: Celaya
    keyword_sets: [security]
  mena:
    title: Sudan, Libya and Yemen
    locations:
      - name: Kassala
      - name: Sabha
      - name: Taiz
      - name: Nyala
    keyword_sets: [security]
"""

# (domain, title, summary): a keyword in another sense, which must not alert.
FALSE_FRIENDS = [
    (
        "disease",
        "Malaria kills children in Mokolo as rains begin",
        "Health workers in Mokolo say malaria has killed at least 14 children under five since the start of the rainy season.",
    ),
    (
        "disease",
        "Cholera outbreak kills 9 in Maroua",
        "A cholera outbreak has killed nine people in Maroua this week, the regional health delegate "
        "said, as clinics run short of oral rehydration salts.",
    ),
    (
        "disease",
        "Measles kills 30 children in Zinder district",
        "Measles has killed 30 children in Zinder district since January, MSF said, urging a vaccination campaign.",
    ),
    (
        "disease",
        "Snakebite kills farmer near Garoua",
        "A snakebite killed a 34-year-old farmer near Garoua on Monday; the nearest antivenom was 80 km away.",
    ),
    (
        "disease",
        "Heatwave kills 12 in Kano",
        "Extreme heat killed twelve people in Kano over the weekend as temperatures reached 46C, hospital officials said.",
    ),
    (
        "disease",
        "Mokolo : le paludisme tue une dizaine d'enfants",
        "Le paludisme a tué une dizaine d'enfants en deux semaines à Mokolo, selon le district de santé.",
    ),
    (
        "disease",
        "Maroua : le choléra a déjà tué sept personnes",
        "L'épidémie de choléra a tué sept personnes à Maroua depuis la semaine dernière, selon la "
        "délégation régionale de la santé.",
    ),
    (
        "disease",
        "La rougeole tue 20 enfants à Tahoua",
        "La rougeole a tué vingt enfants dans la région de Tahoua, indique le ministère de la Santé.",
    ),
    (
        "disease",
        "Kousseri : la méningite fait 11 morts",
        "La méningite a fait onze morts à Kousseri depuis janvier, selon les autorités sanitaires.",
    ),
    (
        "disease",
        "Cólera mata cinco pessoas em Nampula",
        "A cólera matou cinco pessoas na cidade de Nampula esta semana, segundo a direcção provincial de saúde.",
    ),
    (
        "disease",
        "Malária mata 12 crianças em Quelimane",
        "A malária matou doze crianças no hospital de Quelimane em Janeiro, disseram os médicos.",
    ),
    (
        "disease",
        "El dengue mata a tres personas en Cúcuta",
        "El dengue ha matado a tres personas en Cúcuta en lo que va del año, informó la Secretaría de Salud.",
    ),
    (
        "disease",
        "Sarampión mata a dos niños en Culiacán",
        "El sarampión mató a dos niños en Culiacán, confirmó la Secretaría de Salud de Sinaloa.",
    ),
    ("disease", "الكوليرا تقتل 15 شخصا في كسلا", "قتلت الكوليرا 15 شخصا في كسلا خلال أسبوع بحسب وزارة الصحة."),
    ("disease", "الملاريا تقتل أطفالا في نيالا", "قتلت الملاريا عشرة أطفال في نيالا هذا الشهر وفق منظمة أطباء بلا حدود."),
    (
        "sport",
        "Lutte traditionnelle : les combats reportés à Zinder",
        "Les combats de lutte traditionnelle prévus dimanche à l'arène de Zinder sont reportés à cause "
        "de la pluie, annonce la fédération.",
    ),
    (
        "sport",
        "Garoua : le Canon veut assassiner le Coton Sport",
        "L'entraîneur du Canon de Yaoundé promet d'assassiner le Coton Sport dimanche au stade Roumdé Adjia de Garoua.",
    ),
    (
        "sport",
        "Fans besiege the stadium in Kano ahead of derby",
        "Thousands of fans besieged the Sani Abacha stadium in Kano on Saturday hours before the derby "
        "between Kano Pillars and Katsina United.",
    ),
    (
        "sport",
        "Kano Pillars striker kills off Enyimba in 90th minute",
        "A 90th-minute strike by the Kano Pillars forward killed off Enyimba's hopes at the Sani Abacha stadium.",
    ),
    (
        "sport",
        "Ferroviário de Nampula mata o jogo na segunda parte",
        "O Ferroviário de Nampula matou o jogo com dois golos na segunda parte frente ao Costa do Sol.",
    ),
    (
        "sport",
        "Cúcuta Deportivo asedia el arco rival pero empata",
        "El Cúcuta Deportivo asedió el arco del Quindío durante todo el segundo tiempo y terminó empatando 1-1.",
    ),
    ("sport", "هلال كسلا يقتل المباراة في الشوط الثاني", "نجح هلال كسلا في قتل المباراة بهدفين في الشوط الثاني أمام الأهلي."),
    (
        "campaign",
        "Garoua : le combat contre la drépanocytose s'organise",
        "À Garoua, les associations de malades intensifient le combat contre la drépanocytose avec un dépistage gratuit.",
    ),
    (
        "campaign",
        "Maroua : lancement de la campagne contre le paludisme",
        "Les autorités sanitaires de Maroua ont lancé l'offensive contre le paludisme avec la distribution de moustiquaires.",
    ),
    (
        "campaign",
        "Bauchi steps up fight against meningitis",
        "Bauchi state has stepped up its fight against meningitis with a vaccination drive in twelve local government areas.",
    ),
    (
        "campaign",
        "Nampula intensifica combate à tuberculose",
        "A direcção de saúde de Nampula intensificou o combate à tuberculose com novas brigadas móveis.",
    ),
    (
        "campaign",
        "Tumaco refuerza la lucha contra la leishmaniasis",
        "La alcaldía de Tumaco reforzó la batalla contra la leishmaniasis con brigadas de salud en zonas rurales.",
    ),
    (
        "felled",
        "Ségou : un baobab centenaire abattu pour élargir la route",
        "Un baobab centenaire a été abattu lundi à Ségou pour élargir la route nationale, au grand regret des riverains.",
    ),
    (
        "felled",
        "Abattu, le sélectionneur du Coton Sport quitte Garoua",
        "Abattu après l'élimination, le sélectionneur a quitté Garoua dimanche sans parler à la presse.",
    ),
    (
        "felled",
        "Tahoua : des centaines d'arbres abattus illégalement",
        "Des centaines d'arbres ont été abattus illégalement autour de Tahoua, dénonce le service des Eaux et Forêts.",
    ),
    (
        "sport",
        "Kano Pillars kill off the game before half-time",
        "Kano Pillars killed off the game with two goals before half-time against Rangers in Kano.",
    ),
    (
        "forensic",
        "Kano lab gets gunshot residue testing kit",
        "A forensic laboratory in Kano received gunshot residue testing equipment from the EU, police said.",
    ),
    (
        "forensic",
        "Bauchi police train officers in ballistics and bomb disposal",
        "Police in Bauchi trained 40 officers in ballistics, bomb disposal and forensic evidence handling this week.",
    ),
    (
        "forensic",
        "Maroua : un laboratoire de balistique inauguré",
        "Un laboratoire de police scientifique capable d'analyser les résidus de tirs a été inauguré à Maroua.",
    ),
    (
        "economy",
        "Asedio inmobiliario en Culiacán: rentas suben 30%",
        "Inquilinos de Culiacán denuncian un asedio inmobiliario: las rentas subieron 30% en un año.",
    ),
    (
        "economy",
        "Celaya: la inflación mata a los pequeños comercios",
        "La inflación está matando a los pequeños comercios del centro de Celaya, dicen los comerciantes.",
    ),
    (
        "economy",
        "Fuel prices kill small businesses in Kano",
        "Soaring fuel prices are killing small businesses in Kano, traders said.",
    ),
    (
        "economy",
        "Zinder : la flambée des prix tue le commerce",
        "La flambée des prix du riz tue le petit commerce à Zinder, selon les commerçants du grand marché.",
    ),
    (
        "economy",
        "Inflação mata pequeno comércio em Nampula",
        "A subida dos preços está a matar o pequeno comércio em Nampula, dizem os comerciantes.",
    ),
    ("economy", "الغلاء يقتل التجارة في تعز", "يقول تجار تعز إن ارتفاع الأسعار يقتل التجارة الصغيرة."),
]

# English "kill off" ends a business, a plan or a side's hopes, unless people are its object.
FALSE_FRIENDS += [
    (
        "economy",
        "Cheap imports kill off Kano's last textile mills",
        "Cheap imports have killed off the last textile mills of Kano.",
    ),
    ("sport", "Late goal kills off Maroua side's title hopes", "A late goal killed off the title hopes of the Maroua side."),
]

# (domain, title, summary): real attacks with the same words beside the same domains.
ATTACKS = [
    ("economy", "Bandits kill off villagers who refused to pay levies near Kano", "Bandits killed off villagers near Kano."),
    (
        "disease",
        "Gunmen kill malaria workers in Mokolo",
        "Gunmen killed three malaria workers distributing bed nets in Mokolo on Tuesday, the health ministry said.",
    ),
    (
        "disease",
        "Cholera clinic attacked in Maroua, two nurses killed",
        "Armed men attacked a cholera treatment centre in Maroua overnight, killing two nurses.",
    ),
    (
        "disease",
        "Measles vaccinators kidnapped near Zinder",
        "Gunmen kidnapped four measles vaccinators near Zinder on Monday, officials said.",
    ),
    (
        "disease",
        "Attaque contre un centre de santé à Mokolo",
        "Des hommes armés ont attaqué un centre de santé à Mokolo, tuant un infirmier qui soignait des malades du paludisme.",
    ),
    (
        "disease",
        "Kousseri : des agents de vaccination contre la rougeole tués",
        "Deux agents de la campagne de vaccination contre la rougeole ont été tués par des hommes armés à Kousseri.",
    ),
    (
        "disease",
        "Insurgentes atacam centro de saúde em Montepuez",
        "Insurgentes atacaram o centro de saúde de Montepuez que tratava doentes de cólera, matando dois enfermeiros.",
    ),
    (
        "disease",
        "Matan a médico que combatía el dengue en Tumaco",
        "Hombres armados mataron a un médico que coordinaba la campaña contra el dengue en Tumaco.",
    ),
    ("disease", "مسلحون يقتلون عاملين في حملة الكوليرا في كسلا", "قتل مسلحون عاملين اثنين في حملة مكافحة الكوليرا في كسلا."),
    (
        "sport",
        "Gunmen attack football fans in Kano, killing three",
        "Gunmen attacked football fans leaving the stadium in Kano after the derby, killing three.",
    ),
    (
        "sport",
        "Garoua : un supporter du Coton Sport tué par balle après le match",
        "Un supporter du Coton Sport a été tué par balle à la sortie du stade de Garoua dimanche.",
    ),
    (
        "sport",
        "Zinder : attaque contre l'arène de lutte, deux morts",
        "Des hommes armés ont attaqué l'arène de lutte traditionnelle de Zinder pendant les combats, faisant deux morts.",
    ),
    (
        "sport",
        "Homens armados matam jogador de futebol em Nampula",
        "Homens armados mataram a tiro um jogador do Ferroviário de Nampula à saída do treino.",
    ),
    (
        "sport",
        "Asesinan a futbolista en Culiacán",
        "Hombres armados asesinaron a un futbolista del club local en Culiacán tras un partido.",
    ),
    ("sport", "مقتل لاعب كرة قدم في هجوم مسلح في تعز", "قتل لاعب كرة قدم في هجوم مسلح على ملعب في تعز."),
    (
        "felled",
        "Ségou : un militaire abattu par des hommes armés",
        "Un militaire a été abattu par des hommes armés à un poste de contrôle près de Ségou.",
    ),
    (
        "felled",
        "Kaya : un entraîneur de football abattu par des terroristes",
        "Un entraîneur de football a été abattu par des terroristes à Kaya samedi soir.",
    ),
    (
        "felled",
        "Tahoua : deux bûcherons abattus près de la forêt",
        "Deux bûcherons qui coupaient du bois ont été abattus par des bandits armés près de Tahoua.",
    ),
    (
        "forensic",
        "Police in Bauchi say gunshot killed trader; forensic team on site",
        "A trader was shot dead in Bauchi market; a forensic team is examining the scene, police said.",
    ),
    (
        "economy",
        "Asedio de grupos armados a Tumaco",
        "Grupos armados mantienen el asedio a Tumaco: enfrentamientos dejan tres muertos.",
    ),
    (
        "economy",
        "Gunmen kill traders at Kano market amid price protests",
        "Gunmen killed four traders at a Kano market where prices had sparked protests.",
    ),
    (
        "economy",
        "Zinder : des commerçants tués dans une attaque au marché",
        "Des hommes armés ont tué trois commerçants lors d'une attaque au grand marché de Zinder.",
    ),
    (
        "economy",
        "Ataque armado a mercado em Montepuez mata comerciantes",
        "Um ataque armado ao mercado de Montepuez matou quatro comerciantes.",
    ),
    ("economy", "قتلى في هجوم على سوق في تعز", "قتل ثلاثة تجار في هجوم مسلح على سوق في تعز."),
    (
        "campaign",
        "Gunmen attack vaccination team fighting meningitis in Bauchi",
        "Gunmen attacked a team fighting a meningitis outbreak in Bauchi, killing a driver.",
    ),
    (
        "campaign",
        "Maroua : les combats reprennent malgré la campagne contre le paludisme",
        "Les combats entre l'armée et Boko Haram ont repris près de Maroua, perturbant la campagne contre le paludisme.",
    ),
    (
        "disease",
        "Malaria workers killed by gunmen in Mokolo",
        "Three malaria workers were killed by suspected jihadists in Mokolo on Tuesday.",
    ),
    (
        "disease",
        "Two soldiers killed by a bomb near Maroua",
        "Two soldiers were killed by a roadside bomb near Maroua, the army said.",
    ),
    (
        "disease",
        "Kaya : un infirmier tué dans l'attaque d'un centre de lutte contre le paludisme",
        "Un infirmier a été tué lors de l'attaque d'un centre de santé à Kaya.",
    ),
    (
        "felled",
        "Ségou : un soldat abattu près du grand baobab",
        "Un soldat a été abattu par des hommes armés près du grand baobab de Ségou.",
    ),
    (
        "felled",
        "Abattu par des jihadistes, le maire de Kaya inhumé",
        "Le maire de Kaya, abattu par des jihadistes jeudi, a été inhumé samedi.",
    ),
    (
        "sport",
        "Gunmen kill Coton Sport supporters in Garoua",
        "Gunmen killed three Coton Sport supporters in Garoua after Sunday's match.",
    ),
    ("sport", "Match officials killed in Kano attack", "Gunmen killed two match officials on the road to Kano."),
    (
        "sport",
        "Sicarios matan en Cúcuta al portero de un club",
        "Sicarios mataron al portero del club local en un barrio de Cúcuta.",
    ),
    (
        "forensic",
        "Bomb disposal expert killed as device explodes in Kano",
        "A police bomb disposal expert was killed when an explosive device he was defusing exploded in Kano.",
    ),
    (
        "economy",
        "Asedio económico y armado de las disidencias a Tumaco",
        "Las disidencias de las FARC mantienen un asedio armado a Tumaco; enfrentamientos dejan dos muertos.",
    ),
    (
        "sport",
        "Garoua : des hommes armés tuent un joueur du Coton Sport",
        "Des hommes armés ont tué un joueur du Coton Sport dimanche à Garoua.",
    ),
    (
        "disease",
        "مقتل ثلاثة من العاملين في مكافحة الملاريا في نيالا",
        "قتل مسلحون ثلاثة من العاملين في مكافحة الملاريا في نيالا.",
    ),
    (
        "disease",
        "Insurgentes matam agentes de combate à malária em Montepuez",
        "Insurgentes mataram dois agentes de combate à malária em Montepuez.",
    ),
    (
        "campaign",
        "Combates en Tumaco interrumpen la campaña contra el dengue",
        "Los combates entre disidencias y el Ejército en Tumaco interrumpieron la campaña contra el dengue.",
    ),
]


@cache
def matcher() -> Matcher:
    return placed_matcher(parse_config(CONFIG).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(("domain", "title", "summary"), FALSE_FRIENDS, ids=[f"{d}-{t[:40]}" for d, t, _ in FALSE_FRIENDS])
def test_a_keyword_in_another_sense_does_not_alert(domain: str, title: str, summary: str) -> None:
    assert matcher().match(title, summary) == [], matcher().explain(title, summary)


@pytest.mark.parametrize(("domain", "title", "summary"), ATTACKS, ids=[f"{d}-{t[:40]}" for d, t, _ in ATTACKS])
def test_a_real_attack_beside_the_same_domain_alerts(domain: str, title: str, summary: str) -> None:
    assert matcher().match(title, summary), matcher().explain(title, summary)


def test_the_explanation_says_which_sense_was_read() -> None:
    why = matcher().explain("Malaria kills children in Mokolo as rains begin", "")
    assert "a death of disease (Malaria)" in why


def test_an_outbreak_in_a_count_is_no_blast_but_a_blast_in_a_market_is() -> None:
    assert matcher().match("دوبا: وفاة ثلاثة أطفال", "حذرت المنظمة من انفجار في عدد الإصابات في كسلا") == []
    assert matcher().match("انفجار في سوق كسلا يقتل خمسة", "")
