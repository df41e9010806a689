"""Senses of words and of places (issue 20): the matcher turns away a keyword used in another
sense, a capital named for its government, an organisation or a longer place named after a
place, a namesake, a place that is only where a statement was made or a destination, and an
Arabic place name that is an everyday word outside a place context; it keeps the scenes.

Dev cases written for this file (not taken from any labelled set), in English, French,
Portuguese, Spanish and Arabic, with the real gazetteer, as the running bot builds the matcher.
"""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher

KEYWORDS = """[attack, attaque, ataque, atacar, هجوم, gunfire, tiroteio, tiroteo, explosion, explosão, explosión,
  انفجار, bomb, bombe, bomba, قنبلة, bombardeio, bombardeo, kill, tuer, matar, قتل, clash, affrontement, confronto,
  enfrentamiento, اشتباك, assassination, assassinat, assassinato, asesinato, اغتيال, kidnapping, sequestro,
  secuestro, اختطاف, war, guerre, guerra, حرب, crash, massacre, masacre, مجزرة, fighting, combate, shooting, shelling]"""
PLACES = {
    "venezuela": ("Venezuela", ["Caracas", "San Cristobal"]),
    "ecuador": ("Ecuador", ["Esmeraldas"]),
    "peru": ("Peru", ["Lima"]),
    "angola": ("Angola", ["Luanda"]),
    "mozambique": ("Mozambique", ["Pemba", "Maputo"]),
    "sudan": ("Sudan", ["Khartoum", "El Obeid", "Kosti"]),
    "yemen": ("Yemen", ["Aden", "Marib", "Sanaa", "Sanaa airport", "Aden airport"]),
    "libya": ("Libya", ["Sirte", "Tripoli", "Benghazi"]),
    "iran": ("Iran", ["Tehran"]),
    "guinea-bissau": ("Guinea-Bissau", ["Bissau"]),
    "mexico": ("Mexico", ["Culiacan", "Ciudad Juarez"]),
    "brazil": ("Brazil", ["Rio de Janeiro"]),
    "syria": ("Syria", ["Homs"]),
    "lebanon": ("Lebanon", ["Tyre"]),
    "israel": ("Israel", ["Jerusalem"]),
    "pakistan": ("Pakistan", ["Islamabad"]),
    "colombia": ("Colombia", ["Bogota"]),
    "afghanistan": ("Afghanistan", ["Kabul"]),
}


def _config() -> str:
    lines = ["feeds:", "  - name: T", "    url: https://example.org/feed.xml", "watchlists:"]
    for key, (title, locations) in PLACES.items():
        lines += [f"  {key}:", f"    title: {title}", "    locations:"]
        lines += [f"      - name: {name}" for name in locations]
        lines.append(f"    keywords: {' '.join(KEYWORDS.split())}")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    gazetteer = load_gazetteer()
    watchlists = parse_config(_config()).watchlists
    return placed_matcher(watchlists, gazetteer)


def alerted(matcher: Matcher, text: str) -> set[str]:
    title, _, summary = text.partition(" || ")
    return {m.location for r in matcher.match(title, summary) for m in r.locations}


# Keywords in another sense: sport, economy, medicine, words of argument, accidents.
OTHER_SENSES = [
    ("Former minister dies of heart attack in Caracas", "Caracas"),
    ("Rain delays golf tournament's clash in Lima", "Lima"),
    ("Lima derby: Alianza and Universitario clash in the league final", "Lima"),
    ("New tax could kill a transformative sector, investors in Luanda warn", "Luanda"),
    ("Ministers attacked the report on spending in Luanda", "Luanda"),
    # the object past articles and possessives; floods by their Portuguese, French, Spanish names;
    # demand that a policy kills
    ("The governor attacked the World Bank's new report on Luanda's water", "Luanda"),
    ("El ministro atacó a la prensa extranjera por sus críticas en Lima", "Lima"),
    ("As enchentes mataram três pessoas em Luanda, diz a Proteção Civil", "Luanda"),
    ("Les crues du fleuve ont tué deux enfants près de Bissau", "Bissau"),
    ("La crecida del río mató a dos personas en Lima", "Lima"),
    ("Shopkeepers in Caracas say the new tariffs killed demand for imported shoes", "Caracas"),
    ("Building collapses in Lima, killing five workers", "Lima"),
    ("Building collapse in Lima kills five workers", "Lima"),
    ("Emigrantes voltam a Luanda para matar saudades da família", "Luanda"),
    ("Bombas de água avariadas deixam bairros de Luanda sem abastecimento", "Luanda"),
    ("Bombas hidráulicas avariadas em Maputo deixam bairros sem água", "Maputo"),
    ("Petro de Luanda vence clássico e o ataque brilha no campeonato", "Luanda"),
    ("El ataque del equipo de Lima marcó tres goles en la final del torneo", "Lima"),
    ("Bolsa de Caracas: a guerra comercial e a explosão dos preços", "Caracas"),
    ("Investors fear a market crash in Bogota as the peso falls", "Bogota"),
    ("A guerra entre as operadoras em Luanda derruba os preços e preocupa os investidores", "Luanda"),
    ("La oposición en Caracas atacó duramente el informe del gobierno sobre el presupuesto", "Caracas"),
    ("Acidente de viação em Maputo mata três pessoas", "Maputo"),
    ("Un accidente de tránsito en Lima mata a dos peatones", "Lima"),
    ("Cholera outbreak kills 12 in Aden", "Aden"),
    ("Explosão de botijão de gás em restaurante de Maputo fere três", "Maputo"),
    ("Alarma en Lima: el disparo de alarmas en el centro comercial fue un error", "Lima"),
    ("Confronto direto em Luanda decide o campeonato", "Luanda"),
    ("Desfile del Día de Muertos llena las calles de Culiacán", "Culiacan"),
    ("Veterans of the Second World War honoured in Kabul", "Kabul"),
    ("Investors in Kabul keep shelling out for gold as the afghani weakens", "Kabul"),
    ("Critics in Lima decry an attack on press freedom by the new law", "Lima"),
    ("L'attaque de l'équipe de Bogota a marqué deux buts en finale du championnat", "Bogota"),
    ("مباراة حاسمة في طرابلس: هجوم الفريق يسجل ثلاثة أهداف", "Tripoli"),
]

# A capital named for its government, a place named for its people (metonymy).
METONYMY = [
    ("Washington pushes Tehran to curb attacks on shipping", "Tehran"),
    ("Washington urges Tehran to halt attacks on shipping in the Red Sea", "Tehran"),
    ("Tehran's nuclear programme is under attack from critics abroad", "Tehran"),
    ("Caracas acusa a Bogotá de planear un ataque contra su frontera", "Caracas"),
    ("Caracas denuncia ataque contra su embajada en Madrid", "Caracas"),
    ("El gobierno de Caracas denuncia un ataque contra su embajada en Madrid", "Caracas"),
    ("Luanda pressiona Kinshasa após ataques no leste do Congo", "Luanda"),
    ("Kinshasa acusa Luanda de apoiar rebeldes que atacaram Goma", "Luanda"),
    ("الولايات المتحدة تضغط على طهران بعد هجوم على ناقلة نفط في الخليج", "Tehran"),
    ("Talks between Kinshasa and Luanda stall after attacks in eastern Congo", "Luanda"),
    ("Negociaciones con Caracas se estancan tras el ataque en la frontera", "Caracas"),
    ("Kinshasa accuse Luanda de soutenir les rebelles qui ont attaqué Goma", "Luanda"),
    ("محادثات بين الخرطوم وأبوظبي بعد هجوم على الفاشر", "Khartoum"),
    ("Khartoum accuses Abu Dhabi of arming the RSF after the attack on El Fasher", "Khartoum"),
]

# Organisations and titles named after a place.
ORGANISATIONS = [
    ("Cártel de Sinaloa ataca a sus rivales en Sonora", None),
    ("El Grupo de Lima condena el ataque en Venezuela", "Lima"),
    ("Processo de Luanda: rebeldes atacam no leste do Congo", "Luanda"),
    ("Bishop of Pemba says attacks killed dozens in Macomia", "Pemba"),
    ("Bank of Khartoum branch attacked in Port Sudan", "Khartoum"),
    ("O bispo de Pemba denuncia ataques em Macomia", "Pemba"),
    ("University of Khartoum study says shelling killed hundreds in El Fasher", "Khartoum"),
    ("The Tehran Times says a drone attack hit a port in Yemen", "Tehran"),
    ("Des militants du parti ont manifesté à Luanda contre la vie chère", "Luanda"),
    ("Le pillage des ressources minières inquiète les élus de Luanda", "Luanda"),
    ("Kinshasa: l'enlèvement des ordures reprend à Luanda aussi", "Luanda"),
    ("El Foro de Lima condena la guerra comercial y los ataques a la democracia", "Lima"),
    ("Tren de Aragua: la banda que nació en Tocorón ataca en Santiago", None),
    ("O porta-voz em Luanda disse que o ataque em Cabinda matou dois", "Luanda"),
    ("El arzobispo de Caracas condena el asesinato de un sacerdote en Maracaibo", "Caracas"),
    ("Periodista de El Heraldo de Culiacán gana premio por reportaje sobre secuestros en Sonora", "Culiacan"),
    ("Um repórter de O Diário de Luanda premiado por investigação sobre ataques em Cabinda", "Luanda"),
    ("A reporter for The Voice of Kabul wins a prize for her work on attacks in Helmand", "Kabul"),
    ("Hinchas del Deportivo Bogotá se enfrentan en Medellín tras el ataque a un autobús", "Bogota"),
]

# A place inside a longer place name: a gulf, a street, a river, a country.
LONGER_NAMES = [
    ("Pirates attack ship in the Gulf of Aden", "Aden"),
    ("Piratas atacam navio no golfo de Áden", "Aden"),
    ("Ataque em loja na Rua de Maputo em Lisboa", "Maputo"),
    ("Explosión en la Avenida Caracas de Bogotá", "Caracas"),
    ("Soldiers killed in attack in northern Guinea-Bissau", "Bissau"),
    ("قراصنة يهاجمون سفينة في خليج عدن", "Aden"),
]

# Namesakes: another Tripoli, Pemba or Lima.
NAMESAKES = [
    ("Clashes in Tripoli, northern Lebanon", "Tripoli"),
    ("Confrontos em Trípoli, no norte do Líbano, deixam três mortos", "Tripoli"),
    ("اشتباكات في طرابلس شمال لبنان", "Tripoli"),
    ("اشتباكات عنيفة في طرابلس اللبنانية", "Tripoli"),
    ("Ataque na ilha de Pemba, na Tanzânia", "Pemba"),
    ("Gunmen attack bar in Lima, Ohio, police say", "Lima"),
    ("Explosión en Trípoli, en el norte del Líbano, deja dos muertos", "Tripoli"),
    ("Tiroteio em Esmeraldas, Minas Gerais, deixa dois mortos", "Esmeraldas"),
    ("Balacera en San Cristóbal, Chiapas, deja tres muertos", "San Cristobal"),
    ("Ataque em Pemba, na Tanzânia, deixa dois mortos", "Pemba"),
]

# A place that is only where a statement was made, or only a destination.
SOURCES = [
    ("Officials in Khartoum say an attack killed 20 in El Fasher", "Khartoum"),
    # where a journey began, in Portuguese and Spanish
    ("Autocarro proveniente de Maputo assaltado por homens armados perto de Chimoio", "Maputo"),
    ("El vuelo procedente de Caracas aterrizó en Bogotá tras una amenaza de bomba", "Caracas"),
    ("Comboio de Luanda atacado no Huambo", "Luanda"),
    ("Civilians fleeing to Pemba after attack in Macomia", "Pemba"),
    ("Deslocados fogem para Pemba depois do ataque a Macomia", "Pemba"),
    ("Fuentes en Caracas dijeron que el ataque en Maracaibo dejó tres muertos", "Caracas"),
    ("O ministro disse em Luanda que o ataque em Cabinda matou três soldados", "Luanda"),
    ("El ministro dijo en Caracas que el ataque en Maracaibo dejó tres muertos", "Caracas"),
    ("O ataque em Cabinda matou três soldados, diz Luanda", "Luanda"),
    ("Kabul says 10 killed in suicide attack in Kandahar", "Kabul"),
    ("قال مسؤولون في الخرطوم إن هجوما على الفاشر قتل عشرين شخصا", "Khartoum"),
    ("Officials in Khartoum say an attack killed 20 in Darfur", "Khartoum"),
    ("Em Luanda, o ministro disse que o ataque em Cabinda matou três soldados", "Luanda"),
    ("En Caracas, el portavoz dijo que el ataque en Zulia dejó tres muertos", "Caracas"),
    ("Fontes em Luanda disseram que o ataque em Cabo Delgado matou dez pessoas", "Luanda"),
    ("Officials in Khartoum: shelling killed 20 in El Fasher", "Khartoum"),
    ("مسؤولون في الخرطوم: قصف يقتل عشرين في الفاشر", "Khartoum"),
    ("Fuentes en Caracas: el ataque en Maracaibo dejó tres muertos", "Caracas"),
]

# Ordinary Arabic words that are place names.
ORDINARY_ARABIC = [
    ("انفجار خرطوم المياه في المصنع يقتل عاملا", "Khartoum"),
    ("مآرب سياسية وراء الهجوم على الحكومة", "Marib"),
    ("هجوم في جنة عدن المفقودة: رواية جديدة", "Aden"),
]

# A short form that is an everyday word, or part of another place's longer name, is no city.
SHORT_FORMS = [
    ("Pescadores mortos em ataque de crocodilo no rio Save", "Rio de Janeiro"),
    ("Tiroteio em Rio Branco deixa dois mortos", "Rio de Janeiro"),
    ("Rio Tinto shares plunge after mine attack in Guinea", "Rio de Janeiro"),
    # an Arabic everyday word with the article a name never takes: chickpeas, not Homs
    ("هجوم مسلح على مطعم للفلافل والحمص في بغداد", "Homs"),
    ("مقتل بائع الحمص في انفجار في بيروت", "Homs"),
    # a transcribed name with no word of place before it
    ("اللاعب كوستي يغيب عن الهجوم في المباراة القادمة", "Kosti"),
    # a frequent word capitalised only to open a sentence, written in lower case elsewhere
    ("Tyre explosion kills driver on Karachi highway || The lorry's front tyre burst as he pumped it.", "Tyre"),
    # the same spelling without the accent: Peru's Saña, a healthy life
    ("Tiroteo en Saña, Lambayeque, deja dos muertos", "Sanaa"),
    ("Sana convivencia tras el tiroteo en Lima", "Sanaa"),
]

FALSE_ALERTS = SHORT_FORMS + OTHER_SENSES + METONYMY + ORGANISATIONS + LONGER_NAMES + NAMESAKES + SOURCES + ORDINARY_ARABIC


@pytest.mark.parametrize(("text", "location"), FALSE_ALERTS)
def test_not_the_place_or_not_the_sense(matcher: Matcher, text: str, location: str | None) -> None:
    found = alerted(matcher, text)
    assert (location not in found) if location else not found


# What must still alert: scenes, datelines, verb forms, Arabic names with a place context.
SCENES = [
    ("Gunmen attack market in Caracas", "Caracas"),
    ("Ataque armado em Luanda deixa dois mortos", "Luanda"),
    ("Ataque en Lima deja tres muertos", "Lima"),
    ("هجوم على سوق في طرابلس", "Tripoli"),
    ("JERUSALEM / ISLAMABAD: Attack kills two at a checkpoint", "Jerusalem"),
    ("JERUSALEM / ISLAMABAD: Attack kills two at a checkpoint", "Islamabad"),
    ("ISLAMABAD - Bomb kills three at market", "Islamabad"),
    ("TEHRAN: Explosion kills four at a fuel depot", "Tehran"),
    ("CARACAS — Gunmen attack a police station", "Caracas"),
    ("Jornalista assassinada em Luanda", "Luanda"),
    ("Asesinan a periodista en Lima", "Lima"),
    ("Dois carros explodiram em Pemba", "Pemba"),
    ("Explotaron dos coches bomba en Bogotá", "Bogota"),
    ("Militares bombardearam posições rebeldes perto de Pemba", "Pemba"),
    ("هجوم مسلح في عدن يقتل ثلاثة", "Aden"),
    ("انفجار في مدينة سرت", "Sirte"),
    ("قتلى في هجوم على مدينة الأبيض", "El Obeid"),
    ("عدن: انفجار سيارة مفخخة", "Aden"),
    ("Gunmen attacked a football stadium in Lima during the match, killing two", "Lima"),
    ("Soldiers clash with rebels in Caracas suburbs", "Caracas"),
    ("Militants kill five in Kabul after a building collapse drew crowds", "Kabul"),
    ("Armed men kill five in Lima, police say", "Lima"),
    ("Khartoum: RSF shelling kills 12 in Omdurman market, Khartoum officials say", "Khartoum"),
    ("Tehran says an explosion killed four in Tehran's south", "Tehran"),
    ("Ataque em Pemba deixa três mortos; deslocados fogem para Pemba", "Pemba"),
    ("Gunmen attack University of Khartoum campus", "Khartoum"),
    ("Officials in Khartoum say an attack killed 20 in Khartoum's south", "Khartoum"),
    ("Gunmen attacked a market in Luanda, sources in Luanda said", "Luanda"),
    ("In Kabul, gunmen killed five at a market", "Kabul"),
    ("An attack on the port of Aden pushes up shipping prices", "Aden"),
    ("Ataque contra o mercado central de Luanda mata dois comerciantes", "Luanda"),
    ("Gunmen storm Kabul University, killing 20 students", "Kabul"),
    ("Bissau: soldiers clash near the presidential palace", "Bissau"),
    ("Tiroteo en Esmeraldas deja tres muertos", "Esmeraldas"),
    ("قصف مدفعي على الخرطوم يقتل عشرة مدنيين", "Khartoum"),
    ("هجوم على عدن بطائرات مسيرة", "Aden"),
    ("Explosion at an army depot in Kabul kills five", "Kabul"),
    ("Gas cylinder bomb explodes at a checkpoint in Kabul, killing soldiers", "Kabul"),
    ("انفجار بالخرطوم وهجوم في بنغازي", "Khartoum"),
    ("انفجار بالخرطوم وهجوم في بنغازي", "Benghazi"),
    ("Balacera en San Cristóbal, Táchira, deja tres muertos", "San Cristobal"),
    ("Dos muertos en un ataque en Esmeraldas, Ecuador", "Esmeraldas"),
    ("Attack on a Tripoli militia base kills three", "Tripoli"),
    ("Kabul says 10 killed in suicide attack in the capital", "Kabul"),
    ("Explosions rock Tehran as Israel strikes military sites", "Tehran"),
    ("Gunmen attack a bar in Lima, killing three", "Lima"),
    ("Ataque a un bar en Lima deja tres muertos", "Lima"),
    ("Un ancien footballeur tué dans une attaque près de Caracas", "Caracas"),
    ("Gunfire in Luanda as police clash with protesters", "Luanda"),
    ("Clashes between police and protesters in Luanda leave two dead", "Luanda"),
    ("Combates entre el ejército y rebeldes cerca de Caracas", "Caracas"),
    # Arabic words of place before a name that is an everyday word: a crossing, the countryside,
    # the surroundings, the outskirts
    ("اشتباكات عنيفة في محيط سرت", "Sirte"),
    ("هجوم مسلح في ريف سرت الجنوبي", "Sirte"),
    ("هجوم مسلح على مداخل عدن الشمالية", "Aden"),
    # a name ending in alef and hamza written without the hamza
    ("انفجار سيارة مفخخة وسط صنعا", "Sanaa"),
    # an airport typed in Latin script, written in Arabic as "مطار" and its city's Arabic name
    ("هجوم بطائرة مسيرة على مطار صنعاء الدولي", "Sanaa airport"),
    ("انفجار قرب مطار عدن وتوقف الرحلات", "Aden airport"),
    # an alternate spelling another place bears, with the accent Portuguese and Spanish put on it
    ("Bombardeo saudí en Saná deja cinco muertos", "Sanaa"),
    ("Explosão na capital iemenita, Saná, mata três pessoas", "Sanaa"),
    ("هجوم مسلح في حمص يقتل ثلاثة", "Homs"),
    # a town the gazetteer has no Arabic name for, transcribed, after a word of place
    ("هجوم مسلح على سوق مدينة كوستي", "Kosti"),
    ("مقتل خمسة في هجوم بكوستي", "Kosti"),
    ("Tyre: Israeli strike kills three || An air strike hit a building in Tyre, in south Lebanon.", "Tyre"),
    # a city's short form: the words before "de", a Spanish "Ciudad" left out
    ("Polícia troca tiros com traficantes no Rio; dois mortos", "Rio de Janeiro"),
    ("Balacera en un bar de Juárez deja tres muertos", "Ciudad Juarez"),
    # an Arabic dateline, then "the city": the city is the dateline's
    ("عدن: انفجار عبوة ناسفة || قتل ثلاثة أشخاص في انفجار عبوة ناسفة في المدينة مساء أمس.", "Aden"),
]


@pytest.mark.parametrize(("text", "location"), SCENES)
def test_the_place_and_the_sense(matcher: Matcher, text: str, location: str) -> None:
    assert location in alerted(matcher, text)


# --- framing: a keyword that names a past deed, a trial, a peaceful protest, a figure in quotes -----
# Invented sentences, in the five languages: the keyword is in its security sense, but the
# sentence reports no deed happening now (bot/framing.py).
FRAMED = [
    # a past deed named by its date, or the past the news is measured from
    ("Veterans of the March 3 attack meet the mayor of Kabul", "Kabul"),
    ("First minister visits Aden since the October 12 bombing", "Aden"),
    ("Les habitants de Bissau reconstruisent depuis l'attaque de 2019", "Bissau"),
    ("Los comerciantes de Lima vuelven al mercado desde el atentado", "Lima"),
    ("Comerciantes regressam ao mercado de Luanda dez anos após o ataque", "Luanda"),
    ("عودة الحياة إلى أسواق عدن منذ الهجوم", "Aden"),
    ("Kabul marks the anniversary of the embassy bombing", "Kabul"),
    ("Famílias em Pemba comemoram as vítimas mortas no ataque", "Pemba"),
    ("Lima conmemora a los muertos del atentado", "Lima"),
    ("إحياء ذكرى ضحايا التفجير في عدن", "Aden"),
    # a demand that the violence end: a statement, not a report
    ("Rebels must stop the attacks around Pemba, bishops say", "Pemba"),
    ("A ONU exige o fim dos ataques em Luanda", "Luanda"),
    ("Les évêques de Bissau appellent: l'armée doit cesser les attaques", "Bissau"),
    ("La Iglesia de Lima pide detener los asesinatos", "Lima"),
    # a past deed named by its year
    ("Kabul: survivors of the 2021 airport bombing still wait for help", "Kabul"),
    ("Vítimas do atentado de 2015 em Luanda ainda esperam indemnização", "Luanda"),
    # a court case about an old deed
    ("Man convicted over the 2019 attack on a Caracas bank", "Caracas"),
    ("Tribunal de Luanda: réu condenado a 20 anos pelo ataque a uma esquadra", "Luanda"),
    ("Juicio en Bogotá contra los autores del atentado de 2002", "Bogota"),
    ("محاكمة منفذي الهجوم على فندق في عدن", "Aden"),
    ("Juez de Bogotá condena a 40 años a autor de masacre", "Bogota"),
    ("Kabul marks five years since the hospital attack", "Kabul"),
    ("Tiroteio de perguntas na conferência de imprensa em Luanda", "Luanda"),
    # what talks are about
    ("Conversaciones sobre la violencia en Caracas se reanudan", "Caracas"),
    ("محادثات حول الحرب في الخرطوم تنطلق في جدة", "Khartoum"),
    ("Des pourparlers sur les attaques à Bissau s'ouvrent à Dakar", "Bissau"),
    # seminars, lectures, exhibitions: what they are about; prevention and campaigns against it
    ("Museu de Luanda inaugura exposição sobre a guerra civil", "Luanda"),
    ("Kabul university hosts an international seminar on suicide bombing", "Kabul"),
    ("ندوة عن الاغتيال السياسي في الخرطوم", "Khartoum"),
    ("افتتاح معرض صور عن الحرب في عدن", "Aden"),
    ("Taller en Lima sobre prevención de secuestros para empresarios", "Lima"),
    ("Polícia de Luanda reforça o combate à violência doméstica nas escolas", "Luanda"),
    ("Bogotá lanza un plan de lucha contra los secuestros express", "Bogota"),
    ("Khartoum hosts a regional workshop on countering kidnapping", "Khartoum"),
    ("مسؤولون في عدن يبحثون خطة لمكافحة الاغتيال", "Aden"),
    # a hunger strike: a peaceful protest
    ("Prisoners' wives stage a hunger strike in Caracas || The protest entered its tenth day.", "Caracas"),
    ("Presos políticos em greve de fome em Luanda; o protesto continua", "Luanda"),
    ("Madres de detenidos en huelga de hambre en Caracas: la protesta sigue", "Caracas"),
    # a word set in quotes as a figure of speech, or a quoted title
    ("Ministro em Luanda diz ser alvo de 'ataques' da imprensa", "Luanda"),
    ("Estudiantes de Lima 'atacan' la pobreza con huertos urbanos", "Lima"),
    ("El festival 'Guerra Total' llena los bares de Bogotá", "Bogota"),
    ("Kabul cinema screens 'Attack of the Clones' to a packed hall", "Kabul"),
    # a team's attack, with the match's score
    ("O ataque do Petro brilhou em Luanda: venceu o Interclube por 3 a 0", "Luanda"),
    ("El ataque del Sporting Cristal brilló en Lima y ganó 4-1", "Lima"),
    ("O ataque do Petro voltou a brilhar em Luanda: a equipa venceu o Interclube por 3 a 0 no estádio", "Luanda"),
    # animals, fiction
    ("Crocodile attack kills fisherman near Pemba", "Pemba"),
    ("Ataque de tubarão fere surfista em Luanda", "Luanda"),
    ("Una película de Netflix rueda tiroteos en las calles de Culiacán", "Culiacan"),
    ("Série da Netflix grava cenas de tiroteio num bairro de Luanda", "Luanda"),
    ("Perro ataca a un niño en un parque de Lima", "Lima"),
    ("Estudiantes de Lima atacan la pobreza con huertos urbanos", "Lima"),
    # word lists of other senses: accidents and drought, quarries, the box office, symptoms,
    # archery and fireworks, demography, a campaign against illiteracy
    ("Seca mata milhares de cabeças de gado perto de Luanda", "Luanda"),
    ("Seven killed as a minibus overturns near Kabul", "Kabul"),
    ("Lima quarry announces controlled blasts next week", "Lima"),
    ("A Kabul-made thriller bombed at the box office", "Kabul"),
    ("Aden : les premières manifestations de la maladie inquiètent", "Aden"),
    ("Bogotá accueille un championnat de tirs à l'arc", "Bogota"),
    ("Luanda : tirs de feux d'artifice pour la fête nationale", "Luanda"),
    ("Caracas face à l'explosion démographique de ses banlieues", "Caracas"),
    ("Kabul launches an all-out assault on illiteracy", "Kabul"),
    ("Kabul court hears petition over the 2019 wedding attack", "Kabul"),
    ("Man from Lima charged after stabbing attack in Madrid", "Lima"),
    ("Caracas and Bogotá clash over border trade", "Caracas"),
    ("Senators clash over Kabul embassy funding", "Kabul"),
    ("Locust attack ravages crops around Marib", "Marib"),
    ("Aden fuel prices rocket as tankers wait offshore", "Aden"),
    ("Commuters in Luanda held hostage by fuel shortages", "Luanda"),
    ("Luanda : le concert de la star, « une bombe » selon les fans", "Luanda"),
    ("Pemba : un rapport dénonce le pillage des diamants", "Pemba"),
    # a formal protest is a diplomatic note; prices that soar; a population explosion
    ("Luanda apresenta protesto formal contra Kinshasa", "Luanda"),
    ("قدمت طرابلس احتجاجا رسميا لدى تونس", "Tripoli"),
    ("Os preços do pão disparam em Luanda", "Luanda"),
    ("Los precios del pan se dispararon un 20 por ciento en Caracas", "Caracas"),
    ("انفجار سكاني في أحياء عدن", "Aden"),
    ("معركة ضد الكوليرا في عدن", "Aden"),
]

# A capital for its government: two capitals as one subject, a capital that acts.
GOVERNMENTS = [
    ("Tehran and Washington held a new round of talks after the attack on the tanker", "Tehran"),
    ("Tehran deployed troops to the border after the attack on a police post", "Tehran"),
    ("Kabul recalled its envoy after the attack on the embassy in Islamabad", "Kabul"),
    ("الخرطوم تحتج لدى أبوظبي بعد الهجوم على الفاشر", "Khartoum"),
    ("طرابلس تستدعي سفير تونس بعد هجوم على الحدود", "Tripoli"),
    ("الخرطوم وأبوظبي تتفاوضان بعد هجوم الفاشر", "Khartoum"),
    ("Caracas rechaza las acusaciones de Bogotá sobre el ataque en la frontera", "Bogota"),
    ("Kinshasa et Luanda signent un accord après les attaques", "Luanda"),
    ("سياسة الخرطوم بعد هجوم الفاشر", "Khartoum"),
    ("Tehran's response to the attack on its consulate in Aleppo", "Tehran"),
    ("Luanda responde a Kinshasa após acusações de ataques", "Luanda"),
    # a dateline in capitals glued after a feed's bullets, while the item happens elsewhere
    ("Talks stall • Strikes go on TEHRAN: A drone attack killed four people in Isfahan on Sunday", "Tehran"),
    # a capital's dateline when the item happens elsewhere: its later mention too
    (
        "KHARTOUM: A drone attack on a market in El Obeid killed 20, the army said, as shelling went on "
        "toward the capital Khartoum",
        "Khartoum",
    ),
]


@pytest.mark.parametrize(("text", "location"), FRAMED + GOVERNMENTS)
def test_framed_or_named_for_its_government(matcher: Matcher, text: str, location: str) -> None:
    assert location not in alerted(matcher, text)


# What framing must keep: today's deeds with a date, a quote, a court or a score nearby.
STILL_SCENES = [
    ("Gunmen attack a Kabul market on March 3, killing five", "Kabul"),
    ("Gunmen attacked the court in Kabul, killing two guards", "Kabul"),
    ("Police say the 'terrorist attack' in Kabul killed five", "Kabul"),
    ("Ataque em Luanda deixa 3 mortos e 2 feridos", "Luanda"),
    ("Thousands fled Pemba after gunmen attacked the town", "Pemba"),
    ("Ataque de homens armados em Pemba mata dois", "Pemba"),
    ("Protesters clash with police in Caracas over prices", "Caracas"),
    ("Tehran and Washington trade blame as explosions rock Tehran", "Tehran"),
    ("KHARTOUM: Shelling kills 12 in Khartoum's south", "Khartoum"),
    ("Troops rushed to stop the attack on a market in Kabul", "Kabul"),
    ("قصف مدفعي على أحياء الخرطوم يقتل خمسة مدنيين", "Khartoum"),
    ("Gunmen attack a bus in Caracas, killing five, as talks on violence stall", "Caracas"),
    ("Five years after the attack, a new blast hits a Kabul hospital, killing three", "Kabul"),
    ("Suicide attack in Kabul kills 10 on the anniversary of the 2021 bombing", "Kabul"),
    ("Protesters clash with police in Caracas after the opposition leader is sentenced", "Caracas"),
    ("La Fiscalía informó que el ataque en Lima dejó tres muertos", "Lima"),
    ("Witnesses film the attack on a Kabul market that killed five", "Kabul"),
    ("Attack on a Kabul market kills five as hunger spreads", "Kabul"),
    ("Gunmen on March 3 attacked a market in Kabul, killing five", "Kabul"),
    ("Police and protesters clash in Caracas after the vote", "Caracas"),
    ("Rocket attack on Aden port kills three", "Aden"),
    ("Tiroteio num jogo de futebol em Luanda deixa dois mortos", "Luanda"),
    ("Balacera en Culiacán deja tres muertos tras un partido de béisbol", "Culiacan"),
    ("Ataque em Luanda: entre 3 a 5 mortos, diz a polícia", "Luanda"),
    ("Police dogs search the market in Kabul after the attack", "Kabul"),
    ("هجوم على المحكمة في عدن يقتل حارسين", "Aden"),
    ("Ataque armado en el centro de Culiacán deja dos muertos", "Culiacan"),
    ("Gunmen attack the Kabul office of La Stampa, killing a guard", "Kabul"),
    ("Talks stall • Strikes go on TEHRAN: A drone attack killed four people in the city", "Tehran"),
    ("Gunmen attack a seminar on peace in Kabul, killing two", "Kabul"),
    ("Combates entre o exército e rebeldes nos arredores de Luanda", "Luanda"),
    ("Gunmen attacked the offices of a newspaper in Kabul over its report", "Kabul"),
    ("Ataque de Luanda: homens armados mataram dois comerciantes no mercado", "Luanda"),
    ("Passageiros do voo atacados à saída do aeroporto de Luanda", "Luanda"),
    ("Homens armados mataram dois comerciantes em Luanda durante as enchentes", "Luanda"),
    ("Soldiers fighting gunmen in Kabul kill three attackers", "Kabul"),
]


@pytest.mark.parametrize(("text", "location"), STILL_SCENES)
def test_framing_keeps_todays_deeds(matcher: Matcher, text: str, location: str) -> None:
    assert location in alerted(matcher, text)


@pytest.mark.parametrize(
    ("text", "keyword", "reason"),
    [
        ("The January 6 attack trial opens", "attack", "a past event named by its date"),
        ("Depuis l'attentat, la ville a changé", "attentat", "the past the news is measured from"),
        ("Comemoração das vítimas do ataque", "ataque", "a past event remembered"),
        ("Condenado a 10 anos por organizar protestos", "protestos", "a court case about it"),
        ("Huelga de hambre de presos: la protesta sigue", "protesta", "a hunger strike, a peaceful protest"),
        ("Jovens 'atacam' o desemprego", "atacam", "in quotes, a figure of speech"),
        ("Hamas says Israel must stop the killing", "killing", "a demand that it end: a statement about it"),
    ],
)
def test_framing_says_why(text: str, keyword: str, reason: str) -> None:
    from bot.framing import framed
    from bot.textnorm import tokenize

    tokens = tokenize(text)
    i = tokens.words.index(keyword)
    assert framed(tokens, i, i + 1, text) == reason


def test_a_town_typed_with_its_coords_is_transcribed_in_arabic() -> None:
    # A Libyan town the gazetteer lacks, typed with its coords: its Arabic spellings (with the
    # article the press gives it, or taa marbuta) count after a word of place, not as a word.
    config = (
        "feeds:\n  - name: T\n    url: https://example.org/feed.xml\nwatchlists:\n  libya:\n    title: Libya\n"
        "    locations:\n      - name: Kufra\n        coords: [24.18, 23.29]\n    keywords: [هجوم, اشتباك]\n"
    )
    m = placed_matcher(parse_config(config).watchlists, load_gazetteer())
    assert alerted(m, "هجوم مسلح على سوق في الكفرة") == {"Kufra"}
    assert alerted(m, "اشتباكات قرب مطار الكفرة جنوب البلاد") == {"Kufra"}
    assert not alerted(m, "خطيب يتهم الكفرة بالهجوم على مسجد في بنغازي")  # no word of place: "the unbelievers"


# One sense per item: a keyword the headline or the summary uses in another sense, told by a word
# ("photo", "film", "growth"), has it in the other field too, where what tells it stands too far.
ONE_SENSE_PER_ITEM = [
    (
        "Photo shooting draws crowds to Maputo waterfront || The shooting for a swimwear catalogue drew hundreds of "
        "onlookers to the promenade in Maputo on Saturday.",
        "Maputo",
    ),
    (
        "Explosive growth in Kabul rents || An explosion in housing costs has pushed families to the edge of Kabul, "
        "estate agents say.",
        "Kabul",
    ),
]
# ... unless the other field uses it in its own sense too, or words of arms set its topic.
ONE_SENSE_KEEPS = [
    ("Film shooting in Lima halted || Gunmen fired on the crew in a shooting that left two dead.", "Lima"),
    (
        "Fashion shoot in Esmeraldas cancelled after shooting nearby || A shooting two streets away from the set left "
        "one man dead in Esmeraldas.",
        "Esmeraldas",
    ),
]


@pytest.mark.parametrize(("text", "location"), ONE_SENSE_PER_ITEM)
def test_one_sense_per_item(matcher: Matcher, text: str, location: str) -> None:
    assert location not in alerted(matcher, text)


@pytest.mark.parametrize(("text", "location"), ONE_SENSE_KEEPS)
def test_one_sense_per_item_keeps_the_deed(matcher: Matcher, text: str, location: str) -> None:
    assert location in alerted(matcher, text)


# A capital named for its government that also says the deed was in "the capital" ("the
# capital's west", "the Afghan capital", "la capitale soudanaise"): the city is the scene too.
CAPITAL_IS_THE_SCENE = [
    ("Kabul condemns the suicide attack on a school in the capital's west", "Kabul"),
    ("Kabul blames Pakistan for a bomb attack that killed six in the Afghan capital", "Kabul"),
    ("Khartoum condamne l'attaque contre un marché de la capitale soudanaise", "Khartoum"),
]


@pytest.mark.parametrize(("text", "location"), CAPITAL_IS_THE_SCENE)
def test_a_government_whose_capital_is_the_scene(matcher: Matcher, text: str, location: str) -> None:
    assert location in alerted(matcher, text)


def test_another_countrys_capital_is_not_the_governments_city(matcher: Matcher) -> None:
    assert "Kabul" not in alerted(matcher, "Kabul condemns the bomb attack that killed six in the Pakistani capital")


# A title in quotes after a word for a work in Portuguese, Spanish or Arabic: a novel, a tale, a
# series, a film.
QUOTED_WORKS = [
    ("O romance «Luanda, cidade aberta» retrata um massacre nos anos 70", "Luanda"),
    ("El cuento «Caracas de noche» narra un secuestro", "Caracas"),
    ("مسلسل «عدن» يعرض مشاهد هجوم على سوق", "Aden"),
]


@pytest.mark.parametrize(("text", "location"), QUOTED_WORKS)
def test_a_quoted_work_in_other_languages(matcher: Matcher, text: str, location: str) -> None:
    assert location not in alerted(matcher, text)


# Where flights go is no scene when the item names one elsewhere, as where they come from is not.
def test_where_flights_go_is_not_the_scene(matcher: Matcher) -> None:
    assert "Kabul" not in alerted(matcher, "Explosion at Doha airport delays flights to Kabul")
    assert "Kabul" in alerted(matcher, "Shelling hits Kabul airport, flights to Kabul suspended")
    assert "Khartoum" in alerted(matcher, "Flights to Khartoum suspended after shelling near the runway")
