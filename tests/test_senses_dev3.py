"""A third dev set of senses in Portuguese, Spanish and Arabic (issue 20), written before the
rules it measures, over places none of the earlier dev sets watch (Nampula, Beira, Huambo, Cali,
Cúcuta, Tijuana, Guayaquil, Tegucigalpa, Port Sudan, El Fasher, Baghdad, Mosul, Aleppo, Homs,
Tyre, Taiz, Misrata...), in the way Lusa, Notícias, Jornal de Angola, El Tiempo, El Universo, La
Prensa, Milenio, Al Arabiya, Asharq Al-Awsat, Shafaq News and Sudan Tribune copy is written.
None is taken from a labelled set.

Classes: a place named only as the SOURCE or home of the news; keywords in another SENSE (sport,
economy, medicine, argument, accidents); METONYMY (a capital for its government); NAMESAKES;
ORGANISATIONS and titles; ordinary WORDS that are place names ("à beira de", "la paz", "صور"
pictures, "الموصل" the connecting one, "الحمص" chickpeas). Each class holds traps (the place must
not alert) and true alerts with the same verbs and nouns (the place must alert).

First contact (commit 5cc274a, before any rule of this change), 145 cases (56 alerts, 89 traps):
precision 0.739, recall 0.911, F1 0.816; pt 0.813 (P 0.684), es 0.773 (P 0.680), ar 0.857 (P 0.840);
by class source P 0.710, sense 0.600, namesake 0.667, organisation 0.750, word 0.900, metonymy 1.000.
After the first round (homes and offices of a place in pt/es/ar, a place in an aside or after
"desde"/"a partir de" before a verb of saying, an Arabic outlet's own name, a headline's first word
no scene, Arabic scenes after a division noun, a world city's Arabic name that takes no article,
corridors, Portuguese and Spanish demonyms): precision 0.887, recall 0.982.
`UNSEEN` (33 cases written after that round): precision 0.500, recall 1.000 at first (7 false
alerts: a city's police and hospital, Arabic capitals that discuss or host, "لبحث الحرب", a club);
after the second round (institutions of a place as homes, verbs of discussing): 0.778.
`UNSEEN2` (49 cases written after that round; two labels corrected for geography before scoring):
precision 0.800, recall 1.000 at first (character assassination, "medios de", a death sentence,
an Arabic delegation from a place); after the third round: 0.941. `UNSEEN3` (40 cases, after
that round): precision 0.526, recall 1.000 at first (9 false alerts); after the fourth round (a
visit's destination, "despite the war" as background, an Arabic organisation that documents, an
outlet with its name as the speaker, fighters from a place): 0.714. `UNSEEN4` (40 cases, after
that round): precision 0.467, recall 0.875 at first (8 false alerts, a keyword this set lacks);
after the fifth round (a league's lead and a skidding lorry as domains, an Arabic war that
stopped, an Arabic hospital and a place's sons as homes): 0.700. `UNSEEN5` (37 cases, after that
round): precision 0.364, recall 1.000 at first (14 false alerts); after the sixth round (arrivals,
asides "que se encontrava na", "reagiu", "debate", an agreement to stop, a city's militias, the
mosquito a campaign kills, a city's problems, "marcar"): 0.615. The main set after the sixth
round: precision 0.887, recall 0.982, F1 0.932 (pt 0.929, es 0.884, ar 0.979). Cases still failing
are in `KNOWN`, with why.
"""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from tests.test_senses_iberian_arabic import alerted, config_of, figures

KEYWORDS = """[attack, ataque, atacar, هجوم, tiroteio, tiroteo, balacera, إطلاق نار, explosão, explosión, انفجار,
  bomba, قنبلة, bombardeio, bombardeo, قصف, atentado, تفجير, kill, matar, قتل, confronto, enfrentamiento,
  اشتباك, assassinato, asesinato, اغتيال, sequestro, secuestro, اختطاف, guerra, حرب, massacre, masacre,
  مجزرة, combate, معركة, sicario, مسلح]"""
PLACES = {
    "mozambique": ("Mozambique", ["Nampula", "Beira", "Quelimane", "Chimoio", "Palma"]),
    "angola": ("Angola", ["Huambo", "Benguela", "Lobito"]),
    "drc": ("DR Congo", ["Kinshasa", "Goma"]),
    "rwanda": ("Rwanda", ["Kigali"]),
    "colombia": ("Colombia", ["Cali", "Medellin", "Cucuta", "Bogota", "Palmira", "Armenia", "Soledad", "Cartagena"]),
    "mexico": ("Mexico", ["Tijuana", "Acapulco", "La Paz"]),
    "honduras": ("Honduras", ["Tegucigalpa", "San Pedro Sula", "El Progreso"]),
    "ecuador": ("Ecuador", ["Guayaquil", "Quito", "Manta"]),
    "venezuela": ("Venezuela", ["Merida"]),
    "sudan": ("Sudan", ["Port Sudan", "El Fasher", "Nyala"]),
    "iraq": ("Iraq", ["Baghdad", "Mosul", "Basra"]),
    "syria": ("Syria", ["Aleppo", "Homs", "Hama", "Idlib", "Al-Bab", "Damascus"]),
    "lebanon": ("Lebanon", ["Beirut", "Tyre"]),
    "yemen": ("Yemen", ["Taiz", "Hodeidah", "Sanaa"]),
    "libya": ("Libya", ["Misrata", "Zawiya", "Bayda"]),
    "chad": ("Chad", ["N'Djamena"]),
}

# (text, location, whether it must alert, language, class)
Case = tuple[str, str, bool, str, str]

PORTUGUESE: list[Case] = [
    # source and home
    (
        "Em conferência de imprensa na Beira, o comandante disse que os ataques em Macomia fizeram sete mortos",
        "Beira",
        False,
        "pt",
        "source",
    ),
    (
        "O porta-voz da polícia, em Nampula, revelou que o sequestro em Pemba terminou com a libertação do empresário",
        "Nampula",
        False,
        "pt",
        "source",
    ),
    (
        "Citado pela Rádio Moçambique a partir de Quelimane, o administrador confirmou o ataque em Mocímboa da Praia",
        "Quelimane",
        False,
        "pt",
        "source",
    ),
    (
        "Segundo o Jornal de Angola, a polícia no Huambo informou que o tiroteio no Lubango matou dois jovens",
        "Huambo",
        False,
        "pt",
        "source",
    ),
    ("O Presidente da República, que falava em Chimoio, condenou os ataques em Cabo Delgado", "Chimoio", False, "pt", "source"),
    ("Um empresário natural de Benguela foi sequestrado em Luanda na madrugada de sábado", "Benguela", False, "pt", "source"),
    ("Homens armados atacam esquadra em Nampula e matam dois agentes", "Nampula", True, "pt", "source"),
    ("Tiroteio na Beira faz um morto, diz a polícia em Maputo", "Beira", True, "pt", "source"),
    (
        "Granada explode em mercado de Quelimane e fere nove pessoas; a explosão destruiu bancas",
        "Quelimane",
        True,
        "pt",
        "source",
    ),
    ("A polícia confirmou em Chimoio o sequestro de um empresário na cidade", "Chimoio", True, "pt", "source"),
    ("Confrontos entre a polícia e manifestantes no Huambo fazem três mortos", "Huambo", True, "pt", "source"),
    # senses
    ("Huambo: campanha de combate à malária arranca esta segunda-feira nos bairros", "Huambo", False, "pt", "sense"),
    ("Chimoio: mulher morre de ataque cardíaco durante culto dominical", "Chimoio", False, "pt", "sense"),
    ("Acidente de viação mata cinco pessoas na estrada que liga Chimoio a Manica", "Chimoio", False, "pt", "sense"),
    ("Benguela: explosão de alegria nas ruas após a subida do clube à primeira divisão", "Benguela", False, "pt", "sense"),
    ("Lobito vive guerra de preços entre operadores de táxi-moto", "Lobito", False, "pt", "sense"),
    ("Nampula: preço do caju dispara e produtores acusam intermediários de matar o negócio", "Nampula", False, "pt", "sense"),
    ("Ferroviário da Beira ataca bem mas perde 2-1 com o Costa do Sol", "Beira", False, "pt", "sense"),
    ("Explosão de botija de gás destrói restaurante em Quelimane, sem feridos", "Quelimane", False, "pt", "sense"),
    ("Insurgentes matam quatro civis em aldeia a sul de Palma", "Palma", True, "pt", "sense"),
    ("Ataque de homens armados a autocarro faz dois mortos no Lobito", "Lobito", True, "pt", "sense"),
    # ordinary words that are place names
    ("País à beira de uma nova guerra no norte, alertam analistas ouvidos pela Lusa", "Beira", False, "pt", "word"),
    ("Sequestros deixam empresários à beira do desespero em Maputo", "Beira", False, "pt", "word"),
    ("Deputados batem palmas ao plano de combate ao terrorismo", "Palma", False, "pt", "word"),
    ("Na palma da mão: vítimas de sequestro relatam o medo que viveram", "Palma", False, "pt", "word"),
    ("Insurgentes voltam a atacar aldeias nos arredores da vila de Palma", "Palma", True, "pt", "word"),
    ("Tiroteio na baixa da Beira assusta comerciantes", "Beira", True, "pt", "word"),
    # metonymy
    ("Kinshasa acusa Kigali de apoiar os ataques do M23 em Goma", "Kinshasa", False, "pt", "metonymy"),
    ("Kinshasa acusa Kigali de apoiar os ataques do M23 em Goma", "Kigali", False, "pt", "metonymy"),
    ("Kinshasa acusa Kigali de apoiar os ataques do M23 em Goma", "Goma", True, "pt", "metonymy"),
    ("Kigali rejeita acusações e diz que a guerra no leste do Congo é assunto congolês", "Kigali", False, "pt", "metonymy"),
    ("Kinshasa acorda com tiroteio perto do palácio presidencial", "Kinshasa", True, "pt", "metonymy"),
    # namesakes and longer places
    ("Confrontos entre adeptos em Castelo Branco, na Beira Baixa, fazem um ferido grave", "Beira", False, "pt", "namesake"),
    ("Ataque armado no Corredor da Beira, em Manica, faz dois mortos entre camionistas", "Beira", False, "pt", "namesake"),
    ("Tiroteio em Palma de Maiorca deixa um turista ferido", "Palma", False, "pt", "namesake"),
    ("Ataque em Palma, Cabo Delgado, deixa dezenas de deslocados", "Palma", True, "pt", "namesake"),
    # organisations and titles
    ("A Arquidiocese da Beira denuncia ataques contra igrejas em Cabo Delgado", "Beira", False, "pt", "organisation"),
    ("Sporting de Benguela ataca a liderança do Girabola com vitória folgada", "Benguela", False, "pt", "organisation"),
    ("Universidade Lúrio, de Nampula, estuda os ataques em Cabo Delgado", "Nampula", False, "pt", "organisation"),
    ("O bispo de Quelimane condena o assassinato de um padre em Niassa", "Quelimane", False, "pt", "organisation"),
    ("Homens armados atacam a sede da Universidade Católica na Beira", "Beira", True, "pt", "organisation"),
]

SPANISH: list[Case] = [
    # source and home
    (
        "El gobernador dijo en Cúcuta que el ataque con drones en el Catatumbo dejó tres soldados muertos",
        "Cucuta",
        False,
        "es",
        "source",
    ),
    ("Desde Cali, el ministro de Defensa anunció que la masacre en Tumaco será investigada", "Cali", False, "es", "source"),
    (
        "En rueda de prensa en Guayaquil, la ministra confirmó el secuestro de dos policías en Esmeraldas",
        "Guayaquil",
        False,
        "es",
        "source",
    ),
    (
        "Según informó la Secretaría de Seguridad en Tegucigalpa, la masacre ocurrió en Choloma",
        "Tegucigalpa",
        False,
        "es",
        "source",
    ),
    ("El fiscal general, de visita en Tijuana, habló del asesinato de periodistas en Sinaloa", "Tijuana", False, "es", "source"),
    ("Un joven oriundo de Medellín murió en un tiroteo en Miami", "Medellin", False, "es", "source"),
    ("Sicarios asesinan a tres personas en un billar de Cali", "Cali", True, "es", "source"),
    ("Atentado con explosivos contra estación de policía en Cúcuta deja dos heridos", "Cucuta", True, "es", "source"),
    ("Balacera en el centro de Tijuana deja un muerto, informó la policía municipal", "Tijuana", True, "es", "source"),
    ("Reportan enfrentamiento entre pandillas en San Pedro Sula; hay cuatro fallecidos", "San Pedro Sula", True, "es", "source"),
    ("Guayaquil: secuestran a comerciante en la vía a la Costa", "Guayaquil", True, "es", "source"),
    ("Masacre en un barrio de Medellín deja cinco muertos, confirmó la Alcaldía", "Medellin", True, "es", "source"),
    # senses
    ("El ataque del Deportivo Cali no pudo con la defensa del Nacional", "Cali", False, "es", "sense"),
    ("Medellín: se dispara el precio de la vivienda en El Poblado", "Medellin", False, "es", "sense"),
    ("Tijuana vive una guerra de precios entre gasolineras", "Tijuana", False, "es", "sense"),
    ("Guayaquil: hombre muere de un ataque al corazón en pleno partido de fútbol", "Guayaquil", False, "es", "sense"),
    ("Choque entre dos buses deja tres muertos en la vía que une Cali con Buenaventura", "Cali", False, "es", "sense"),
    ("Bombardeo de críticas al alcalde de Medellín tras las inundaciones", "Medellin", False, "es", "sense"),
    ("El combate contra el dengue se intensifica en Acapulco", "Acapulco", False, "es", "sense"),
    ("Cúcuta: denuncian atentado contra el medio ambiente por tala ilegal", "Cucuta", False, "es", "sense"),
    ("Acapulco: sicarios asesinan a un taxista en la Costera", "Acapulco", True, "es", "sense"),
    ("Enfrentamiento armado entre el Ejército y disidencias en zona rural de Cali", "Cali", True, "es", "sense"),
    # ordinary words that are place names
    ("Los ataques ponen en riesgo la paz, advierte el obispo", "La Paz", False, "es", "word"),
    ("La soledad de las víctimas del secuestro, un drama olvidado", "Soledad", False, "es", "word"),
    ("El progreso de las negociaciones se frenó tras el atentado", "El Progreso", False, "es", "word"),
    ("Hallan el cuerpo de una víctima de secuestro envuelto en una manta", "Manta", False, "es", "word"),
    ("Balacera en La Paz, Baja California Sur, deja dos muertos", "La Paz", True, "es", "word"),
    ("Sicarios asesinan a un comerciante en Soledad, Atlántico", "Soledad", True, "es", "word"),
    ("Ataque armado en Manta deja dos muertos en el barrio Los Esteros", "Manta", True, "es", "word"),
    ("Masacre en El Progreso, Yoro: cuatro muertos en una cancha", "El Progreso", True, "es", "word"),
    # metonymy
    ("Quito acusa a Bogotá de no frenar los ataques de disidencias en la frontera", "Quito", False, "es", "metonymy"),
    ("Quito acusa a Bogotá de no frenar los ataques de disidencias en la frontera", "Bogota", False, "es", "metonymy"),
    ("Tegucigalpa condena el asesinato de hondureños en México", "Tegucigalpa", False, "es", "metonymy"),
    ("Quito pide a Lima extraditar a los autores del atentado", "Quito", False, "es", "metonymy"),
    ("Bogotá responde a Caracas: no toleraremos la guerra en la frontera", "Bogota", False, "es", "metonymy"),
    ("Bogotá sufre una noche de ataques contra estaciones de TransMilenio", "Bogota", True, "es", "metonymy"),
    ("Quito amanece con explosiones en dos centros comerciales", "Quito", True, "es", "metonymy"),
    # namesakes
    ("Ataque del Estado Islámico cerca de Palmira, en Siria, deja diez soldados muertos", "Palmira", False, "es", "namesake"),
    ("Balacera en Palmira, Valle del Cauca, deja dos muertos", "Palmira", True, "es", "namesake"),
    ("Ataque azerí contra Armenia deja dos soldados muertos en la frontera", "Armenia", False, "es", "namesake"),
    ("Sicariato en Armenia, Quindío: asesinan a un comerciante", "Armenia", True, "es", "namesake"),
    ("Tiroteo en Mérida, Yucatán, deja un herido", "Merida", False, "es", "namesake"),
    ("Enfrentamiento armado en Mérida, en los Andes venezolanos, deja tres muertos", "Merida", True, "es", "namesake"),
    ("Tiroteo en un bar de Cartagena, en Murcia, deja un herido", "Cartagena", False, "es", "namesake"),
    ("Sicarios asesinan a un taxista en Cartagena de Indias", "Cartagena", True, "es", "namesake"),
    # organisations and titles
    ("El Cártel de Tijuana se reorganiza tras el asesinato de su líder", "Tijuana", False, "es", "organisation"),
    ("La Universidad de Medellín rechaza el asesinato de un estudiante en Quibdó", "Medellin", False, "es", "organisation"),
    ("La Arquidiócesis de Cali pide frenar la guerra en el Cauca", "Cali", False, "es", "organisation"),
    ("El Independiente Medellín ataca con todo en la final", "Medellin", False, "es", "organisation"),
    ("El alcalde de Cúcuta denuncia amenazas tras el ataque en Tibú", "Cucuta", False, "es", "organisation"),
    ("Atacan a balazos la sede de la Universidad de Guayaquil", "Guayaquil", True, "es", "organisation"),
]

ARABIC: list[Case] = [
    # source and home
    ("وقال مسؤول في بورتسودان إن مسيرات قصفت مواقع في الفاشر", "Port Sudan", False, "ar", "source"),
    ("وقال مسؤول في بورتسودان إن مسيرات قصفت مواقع في الفاشر", "El Fasher", True, "ar", "source"),
    ("أعلنت وزارة الدفاع في بغداد مقتل ثلاثة جنود في هجوم بكركوك", "Baghdad", False, "ar", "source"),
    ("نقلت وكالة سبأ من صنعاء أن قصفا استهدف ميناء الحديدة", "Sanaa", False, "ar", "source"),
    ("نقلت وكالة سبأ من صنعاء أن قصفا استهدف ميناء الحديدة", "Hodeidah", True, "ar", "source"),
    ("أفاد مراسل الجزيرة من بيروت بأن غارة إسرائيلية قتلت ثلاثة في صور", "Beirut", False, "ar", "source"),
    ("أفاد مراسل الجزيرة من بيروت بأن غارة إسرائيلية قتلت ثلاثة في صور", "Tyre", True, "ar", "source"),
    (
        "قال الجيش التشادي في بيان صدر في انجمينا إن هجوما على ثكنة في منطقة البحيرة أسفر عن مقتل جنود",
        "N'Djamena",
        False,
        "ar",
        "source",
    ),
    ("شاب من أبناء الموصل يقتل في هجوم بمحافظة ديالى", "Mosul", False, "ar", "source"),
    ("مقتل خمسة مدنيين في قصف مدفعي على أحياء الفاشر", "El Fasher", True, "ar", "source"),
    ("انفجار سيارة مفخخة في حي بمدينة الموصل", "Mosul", True, "ar", "source"),
    ("اشتباكات عنيفة بين مجموعات مسلحة في مصراتة", "Misrata", True, "ar", "source"),
    ("اختطاف طبيبين في نيالا على يد مسلحين مجهولين", "Nyala", True, "ar", "source"),
    ("هجوم بطائرة مسيرة يستهدف مطار بورتسودان", "Port Sudan", True, "ar", "source"),
    ("قصف حوثي على أحياء سكنية في تعز يقتل طفلين", "Taiz", True, "ar", "source"),
    ("وبحلب، قتل شخصان في انفجار عبوة ناسفة", "Aleppo", True, "ar", "source"),
    ("لقي ثلاثة مصرعهم في اشتباكات بحمص", "Homs", True, "ar", "source"),
    # senses
    ("حرب الأسعار تشتعل بين شركات الاتصالات في بغداد", "Baghdad", False, "ar", "sense"),
    ("هجوم مرتد سريع يمنح أهلي حلب الفوز على الوحدة", "Aleppo", False, "ar", "sense"),
    ("انفجار أنبوب مياه رئيسي يغرق شوارع في البصرة", "Basra", False, "ar", "sense"),
    ("انفجار سكاني في بورتسودان مع تدفق النازحين", "Port Sudan", False, "ar", "sense"),
    ("معركة انتخابية حامية في البصرة بين الكتل الكبرى", "Basra", False, "ar", "sense"),
    ("مقتل شاب في حادث سير على طريق حمص الدولي", "Homs", False, "ar", "sense"),
    ("الحرب على المخدرات في البصرة: ضبط شحنة كبيرة من الحبوب", "Basra", False, "ar", "sense"),
    ("هجوم حاد من نائب عن الموصل على وزير المالية", "Mosul", False, "ar", "sense"),
    ("هجوم مسلح على نقطة تفتيش في البصرة يوقع قتيلين", "Basra", True, "ar", "sense"),
    ("معارك عنيفة بين الجيش وقوات الدعم السريع في الفاشر", "El Fasher", True, "ar", "sense"),
    # ordinary words that are place names
    ("صور تظهر حجم الدمار بعد القصف على غزة", "Tyre", False, "ar", "word"),
    ("نشرت الشرطة صور المسلحين المتهمين بالهجوم", "Tyre", False, "ar", "word"),
    ("ارتفاع أسعار الحمص والفول بسبب الحرب", "Homs", False, "ar", "word"),
    ("فكك خبراء المتفجرات القنبلة بقطع السلك الموصل بالصاعق", "Mosul", False, "ar", "word"),
    ("مسلحون يقتحمون الباب ويقتلون صاحب المنزل في إدلب", "Al-Bab", False, "ar", "word"),
    ("مسلحون يقتحمون الباب ويقتلون صاحب المنزل في إدلب", "Idlib", True, "ar", "word"),
    ("من هذه الزاوية يرى المحللون أن الحرب ستطول", "Zawiya", False, "ar", "word"),
    ("قناصة يقتلون ثلاثة مدنيين في حماة", "Hama", True, "ar", "word"),
    ("الجيش الإسرائيلي يقصف مدينة صور جنوب لبنان", "Tyre", True, "ar", "word"),
    ("اشتباكات مسلحة في مدينة الزاوية غرب طرابلس", "Zawiya", True, "ar", "word"),
    ("انفجار في مدينة الباب بريف حلب الشرقي", "Al-Bab", True, "ar", "word"),
    # metonymy
    ("بغداد تطالب أنقرة بوقف القصف على إقليم كردستان", "Baghdad", False, "ar", "metonymy"),
    ("دمشق تتهم تل أبيب بقصف مواقع قرب حمص", "Damascus", False, "ar", "metonymy"),
    ("دمشق تتهم تل أبيب بقصف مواقع قرب حمص", "Homs", True, "ar", "metonymy"),
    ("صنعاء تتوعد الرياض بالرد على أي هجوم", "Sanaa", False, "ar", "metonymy"),
    ("انجمينا تستدعي سفير السودان احتجاجا على قصف حدودي", "N'Djamena", False, "ar", "metonymy"),
    ("بيروت تحت القصف: غارات عنيفة على الضاحية الجنوبية", "Beirut", True, "ar", "metonymy"),
    ("بغداد تستيقظ على انفجار في حي الكرادة", "Baghdad", True, "ar", "metonymy"),
    # namesakes and longer places
    ("اشتباكات قبلية في البيضاء اليمنية توقع قتلى", "Bayda", False, "ar", "namesake"),
    ("هجوم بسكين في الدار البيضاء يصيب ثلاثة أشخاص", "Bayda", False, "ar", "namesake"),
    ("انفجار يهز مدينة البيضاء شرق ليبيا", "Bayda", True, "ar", "namesake"),
    # organisations and titles
    ("جامعة الموصل تنعى أستاذا قتل في هجوم بكركوك", "Mosul", False, "ar", "organisation"),
    ("بنك بغداد يعلن أرباحا قياسية رغم الحرب", "Baghdad", False, "ar", "organisation"),
    ("مطران حلب يدين الهجوم على كنيسة في دمشق", "Aleppo", False, "ar", "organisation"),
    ("قناة الجزيرة: مقتل عشرة في قصف على الفاشر", "El Fasher", True, "ar", "organisation"),
    ("مستشفى الفاشر الجنوبي يتعرض للقصف مجددا", "El Fasher", True, "ar", "organisation"),
]

CASES: list[Case] = PORTUGUESE + SPANISH + ARABIC


# Written after the first round of rules, before the second; measured once at first contact.
UNSEEN: list[Case] = [
    ("Polícia de Nampula detém suspeitos do ataque em Memba", "Nampula", False, "pt", "unseen"),
    ("A Universidade Zambeze, na Beira, organiza debate sobre a guerra na Ucrânia", "Beira", False, "pt", "unseen"),
    ("Hinchas del América de Cali protagonizan batalla campal en Bogotá", "Cali", False, "es", "unseen"),
    ("Un caleño fue asesinado en Madrid, confirmó la cancillería", "Cali", False, "es", "unseen"),
    ("El Metro de Medellín suspende servicio tras amenaza de bomba en Envigado", "Medellin", False, "es", "unseen"),
    ("Xolos de Tijuana ataca pero cae ante el Monterrey", "Tijuana", False, "es", "unseen"),
    ("Barcelona de Guayaquil sufre una masacre: 5-0 ante Liga de Quito", "Guayaquil", False, "es", "unseen"),
    ("El obispo de Cúcuta pide frenar la guerra en el Catatumbo", "Cucuta", False, "es", "unseen"),
    ("Desde Tegucigalpa, la presidenta condenó la masacre en Olancho", "Tegucigalpa", False, "es", "unseen"),
    ("Bogotá rechaza el ataque de Caracas a la soberanía colombiana", "Bogota", False, "es", "unseen"),
    ("Bogotá y Quito firman un acuerdo tras la guerra comercial", "Bogota", False, "es", "unseen"),
    ("Explosión en una estación de policía del sur de Bogotá deja tres heridos", "Bogota", True, "es", "unseen"),
    ("Cali: asesinan a un líder social en el barrio Siloé", "Cali", True, "es", "unseen"),
    ("مصرف بغداد يعلن عن خطة لمكافحة الاحتيال بعد هجوم إلكتروني", "Baghdad", False, "ar", "unseen"),
    ("فريق الاتحاد الحلبي يشن هجوما كاسحا على مرمى الخصم", "Aleppo", False, "ar", "unseen"),
    ("بغداد تدين الهجوم على السفارة العراقية في ستوكهولم", "Baghdad", False, "ar", "unseen"),
    ("بغداد تبحث مع واشنطن تداعيات الحرب في غزة", "Baghdad", False, "ar", "unseen"),
    ("انفجار يهز بغداد ويوقع قتلى", "Baghdad", True, "ar", "unseen"),
    ("مسلحون يهاجمون قرية جنوب الموصل", "Mosul", True, "ar", "unseen"),
    ("وصل إلى بورتسودان وفد أممي لبحث الحرب في السودان", "Port Sudan", False, "ar", "unseen"),
    ("دمشق ترحب بوقف إطلاق النار في غزة", "Damascus", False, "ar", "unseen"),
    ("بيروت تستضيف مؤتمرا حول الحرب على غزة", "Beirut", False, "ar", "unseen"),
    ("حماة المرمى يتألقون في الدوري السوري", "Hama", False, "ar", "unseen"),
    ("الحوثيون يتهمون الحكومة في تعز بتصعيد الحرب الإعلامية", "Taiz", False, "ar", "unseen"),
    ("قصف على الأحياء السكنية في مدينة تعز يقتل امرأة", "Taiz", True, "ar", "unseen"),
    ("نادي الكرامة الحمصي يهزم الوحدة في معركة الصدارة", "Homs", False, "ar", "unseen"),
    ("Governo de Kinshasa acusa o M23 de atacar civis em Rutshuru", "Kinshasa", False, "pt", "unseen"),
    ("Natural do Huambo, o músico morreu num acidente de viação em Luanda", "Huambo", False, "pt", "unseen"),
    ("Sequestro de criança no Huambo preocupa moradores", "Huambo", True, "pt", "unseen"),
    ("Hospital de Quelimane recebe feridos do ataque em Morrumbala", "Quelimane", False, "pt", "unseen"),
    ("Kigali acusa Kinshasa de bombardear o seu território", "Kigali", False, "pt", "unseen"),
    ("Real España de San Pedro Sula ataca el liderato", "San Pedro Sula", False, "es", "unseen"),
    ("El alcalde de Guayaquil fue atacado verbalmente en redes sociales", "Guayaquil", False, "es", "unseen"),
    ("Atacan a tiros al alcalde de Guayaquil en la vía a Samborondón", "Guayaquil", True, "es", "unseen"),
]


# Written after the second round, before the third; measured once at first contact.
UNSEEN2: list[Case] = [
    ("قصف إسرائيلي على الضاحية الجنوبية لبيروت", "Beirut", True, "ar", "unseen"),
    ("Nampula recebe cimeira sobre a guerra no norte de Moçambique", "Nampula", False, "pt", "unseen"),
    ("Beira acolhe conferência sobre os ataques em Cabo Delgado", "Beira", False, "pt", "unseen"),
    ("Homens armados matam comerciante no bairro da Munhava, na Beira", "Beira", True, "pt", "unseen"),
    ("Chimoio: ministro promete combate cerrado à cólera", "Chimoio", False, "pt", "unseen"),
    ("O Petro de Luanda ataca, mas o Sporting do Huambo segura o empate", "Huambo", False, "pt", "unseen"),
    ("Explosão de preços no mercado do Lobito preocupa famílias", "Lobito", False, "pt", "unseen"),
    ("Explosão em paiol militar no Lobito faz dois mortos", "Lobito", True, "pt", "unseen"),
    ("Quelimane: jovens morrem afogados no rio dos Bons Sinais", "Quelimane", False, "pt", "unseen"),
    ("Benguela: a guerra contra a malária ganha novos aliados", "Benguela", False, "pt", "unseen"),
    ("Kinshasa exige de Kigali a retirada das tropas que atacam Goma", "Kinshasa", False, "pt", "unseen"),
    ("Rebeldes do M23 atacam Goma e matam civis", "Goma", True, "pt", "unseen"),
    ("La Alcaldía de Cali lanza guerra contra los huecos", "Cali", False, "es", "unseen"),
    ("Cali: concierto termina en batalla campal por boletas", "Cali", False, "es", "unseen"),
    ("Masacre en zona rural de Cali: cuatro jóvenes asesinados", "Cali", True, "es", "unseen"),
    ("Medellín: asesinato de la reputación del alcalde, denuncia su partido", "Medellin", False, "es", "unseen"),
    ("Cúcuta Deportivo ataca la punta del torneo", "Cucuta", False, "es", "unseen"),
    ("Tijuana: se disparan las remesas en el primer trimestre", "Tijuana", False, "es", "unseen"),
    ("Un tijuanense fue asesinado en Los Ángeles", "Tijuana", False, "es", "unseen"),
    ("Asesinan a dos hombres en la colonia Libertad de Tijuana", "Tijuana", True, "es", "unseen"),
    ("Guayaquil: explosión de alegría por el título de Emelec", "Guayaquil", False, "es", "unseen"),
    ("Explosión de coche bomba frente a una cárcel de Guayaquil", "Guayaquil", True, "es", "unseen"),
    ("Tegucigalpa y Managua negocian tras los enfrentamientos en la frontera", "Tegucigalpa", False, "es", "unseen"),
    ("Según medios de San Pedro Sula, la masacre ocurrió en La Ceiba", "San Pedro Sula", False, "es", "unseen"),
    ("Quito critica a Bogotá por los bombardeos en la frontera", "Quito", False, "es", "unseen"),
    ("Balacera en el norte de Quito deja un muerto", "Quito", True, "es", "unseen"),
    ("Mérida, Yucatán: tiroteo en un bar deja dos heridos", "Merida", False, "es", "unseen"),
    ("Secuestro exprés: la soledad de las víctimas en Barranquilla", "Soledad", False, "es", "unseen"),
    ("حكومة بورتسودان تتهم الدعم السريع بقصف الفاشر", "Port Sudan", False, "ar", "unseen"),
    ("قصف مدفعي يستهدف سوق الفاشر ويقتل عشرة", "El Fasher", True, "ar", "unseen"),
    ("نازحون من الفاشر يروون تفاصيل الهجوم على مخيم زمزم", "El Fasher", True, "ar", "unseen"),
    ("طائرة مسيرة تقصف مطار نيالا بحسب مصادر في بورتسودان", "Nyala", True, "ar", "unseen"),
    ("طائرة مسيرة تقصف مطار نيالا بحسب مصادر في بورتسودان", "Port Sudan", False, "ar", "unseen"),
    ("طائرة مسيرة تقصف مطار نيالا", "Nyala", True, "ar", "unseen"),
    ("بغداد تحتج على القصف التركي لإقليم كردستان", "Baghdad", False, "ar", "unseen"),
    ("نادي نفط البصرة يقهر الزوراء في معركة الصدارة", "Basra", False, "ar", "unseen"),
    ("اغتيال ناشط بالرصاص وسط البصرة", "Basra", True, "ar", "unseen"),
    ("محكمة في الموصل تقضي بإعدام منفذي هجوم في كركوك", "Mosul", False, "ar", "unseen"),
    ("حلب تحتفل بعيد الفطر بعد سنوات من الحرب", "Aleppo", False, "ar", "unseen"),
    ("قصف يستهدف أحياء في مدينة حلب ويوقع قتلى", "Aleppo", True, "ar", "unseen"),
    ("مقتل شخصين في حادث مروري على طريق حمص", "Homs", False, "ar", "unseen"),
    ("دمشق تطالب مجلس الأمن بوقف الهجوم الإسرائيلي على القنيطرة", "Damascus", False, "ar", "unseen"),
    ("انفجار عبوة ناسفة في حي المزة بدمشق", "Damascus", True, "ar", "unseen"),
    ("صور الأقمار الصناعية تكشف حجم الدمار بعد الحرب", "Tyre", False, "ar", "unseen"),
    ("أبناء تعز في عدن يحيون ذكرى الحرب", "Taiz", False, "ar", "unseen"),
    ("وكالة سبأ التابعة للحوثيين في صنعاء تقول إن قصفا استهدف الحديدة", "Sanaa", False, "ar", "unseen"),
    ("وفد من مصراتة يبحث في طرابلس إنهاء الاشتباكات", "Misrata", False, "ar", "unseen"),
    ("اشتباكات بالأسلحة الثقيلة في مصراتة", "Misrata", True, "ar", "unseen"),
    ("انجمينا تتهم الخرطوم بدعم هجوم المتمردين في الشرق", "N'Djamena", False, "ar", "unseen"),
]


# Written after the third round, before the fourth; measured once at first contact.
UNSEEN3: list[Case] = [
    ("الخارجية العراقية في بغداد تستنكر الهجوم على القنصلية في أربيل", "Baghdad", False, "ar", "unseen"),
    ('وقالت مصادر أمنية في بغداد لـ"شفق نيوز" إن انفجارا وقع في الفلوجة', "Baghdad", False, "ar", "unseen"),
    ("مقتل ثلاثة بانفجار عبوة في سوق شعبي ببغداد", "Baghdad", True, "ar", "unseen"),
    ("أهالي الموصل يستذكرون مجزرة داعش في ذكراها العاشرة", "Mosul", False, "ar", "unseen"),
    ("شركة نفط البصرة تعلن استئناف الصادرات بعد الهجوم على الميناء في الفاو", "Basra", False, "ar", "unseen"),
    ("هجوم بقنبلة يدوية على منزل في البصرة", "Basra", True, "ar", "unseen"),
    ("جامعة حلب تعلق الدوام بعد القصف على إدلب", "Aleppo", False, "ar", "unseen"),
    ("قصف جوي على ريف إدلب الجنوبي يقتل خمسة", "Idlib", True, "ar", "unseen"),
    ("محافظ حمص يزور جرحى انفجار تدمر", "Homs", False, "ar", "unseen"),
    ("دمشق تتهم واشنطن بدعم الهجوم على دير الزور", "Damascus", False, "ar", "unseen"),
    ("اشتباكات بين مسلحين وقوات الأمن في حي الوعر بحمص", "Homs", True, "ar", "unseen"),
    ("بيروت تدعو إلى وقف الحرب على غزة", "Beirut", False, "ar", "unseen"),
    ("صور مسربة من داخل السجن تكشف تعذيب المعتقلين", "Tyre", False, "ar", "unseen"),
    ("غارة وقصف مدفعي على أطراف مدينة صور", "Tyre", True, "ar", "unseen"),
    ("حكومة صنعاء تتوعد بالرد على القصف الأمريكي للحديدة", "Sanaa", False, "ar", "unseen"),
    ("انفجارات تهز صنعاء بعد منتصف الليل", "Sanaa", True, "ar", "unseen"),
    ("منظمة حقوقية في تعز توثق جرائم الحرب في الحديدة", "Taiz", False, "ar", "unseen"),
    ("ميناء الحديدة يستقبل سفينة قمح رغم الحرب", "Hodeidah", False, "ar", "unseen"),
    ("كتيبة من مصراتة تشارك في معركة تحرير سرت", "Misrata", False, "ar", "unseen"),
    ("الفاشر السلطان يكتسح الهلال في معركة الدوري", "El Fasher", False, "ar", "unseen"),
    ("السفير السوداني في القاهرة: الحرب في الخرطوم ستنتهي قريبا", "Port Sudan", False, "ar", "unseen"),
    ("اشتباكات في بورتسودان بين قوات الجيش ومسلحين", "Port Sudan", True, "ar", "unseen"),
    ("من انجمينا، أعلن الرئيس التشادي مقتل جنود في هجوم لبوكو حرام قرب بحيرة تشاد", "N'Djamena", False, "ar", "unseen"),
    ("Nampula: o combate à pobreza é prioridade, diz governador", "Nampula", False, "pt", "unseen"),
    ("A Rádio Moçambique em Nampula noticiou que o ataque em Eráti matou três", "Nampula", False, "pt", "unseen"),
    ("O Presidente visitou a Beira depois de condenar os ataques em Cabo Delgado", "Beira", False, "pt", "unseen"),
    ("Huambo acolhe final da Taça de Angola; Petro ataca título", "Huambo", False, "pt", "unseen"),
    ("Tiroteio entre polícias e marginais faz dois mortos em Benguela", "Benguela", True, "pt", "unseen"),
    ("El gobernador del Valle, desde Cali, rechazó el ataque en Jamundí", "Cali", False, "es", "unseen"),
    ("El Gobierno en Bogotá negó que el bombardeo en el Guaviare matara menores", "Bogota", False, "es", "unseen"),
    ("Bogotá busca frenar la guerra del centavo entre buses", "Bogota", False, "es", "unseen"),
    ("Nacional de Medellín sufre masacre en la Copa Libertadores", "Medellin", False, "es", "unseen"),
    ("Cúcuta: gobernación lanza combate contra la informalidad", "Cucuta", False, "es", "unseen"),
    ("Asesinan a tres jóvenes en el barrio Antonia Santos de Cúcuta", "Cucuta", True, "es", "unseen"),
    ("Tegucigalpa acusa a Managua de violar la frontera durante el enfrentamiento", "Tegucigalpa", False, "es", "unseen"),
    (
        "Desde Guayaquil, el presidente dijo que la masacre en la cárcel de Turi fue un ajuste de cuentas",
        "Guayaquil",
        False,
        "es",
        "unseen",
    ),
    ("Masacre en la Penitenciaría del Litoral en Guayaquil deja 30 muertos", "Guayaquil", True, "es", "unseen"),
    ("Los Xolos de Tijuana sufren una masacre de 5 goles en el Estadio Azteca", "Tijuana", False, "es", "unseen"),
    ("Acapulco: explosión de ventas en la temporada vacacional", "Acapulco", False, "es", "unseen"),
    ("Quito pide a la OEA condenar el ataque a su embajada en México", "Quito", False, "es", "unseen"),
]


# Written after the fourth round, before the fifth; measured once at first contact.
UNSEEN4: list[Case] = [
    ("Ferroviário de Nampula vence e ataca a liderança do Moçambola", "Nampula", False, "pt", "unseen"),
    ("Despiste de camião mata quatro pessoas na estrada Nampula-Nacala", "Nampula", False, "pt", "unseen"),
    ("Beira: explosão de casos de cólera preocupa autoridades sanitárias", "Beira", False, "pt", "unseen"),
    ("Notícia bomba: Quelimane vai receber a final da Taça de Moçambique", "Quelimane", False, "pt", "unseen"),
    ("Huambo: chuvas matam três pessoas e destroem casas", "Huambo", False, "pt", "unseen"),
    ("Festival de Benguela termina com guerra de almofadas gigante", "Benguela", False, "pt", "unseen"),
    ("O Porto do Lobito ataca novos mercados na Ásia", "Lobito", False, "pt", "unseen"),
    ("Polícia troca tiros com assaltantes em Nampula; um morto", "Nampula", True, "pt", "unseen"),
    ("Homens armados raptam empresário em Quelimane", "Quelimane", True, "pt", "unseen"),
    ("Cidadão chinês natural de Chimoio raptado em Maputo", "Chimoio", False, "pt", "unseen"),
    ("Kinshasa e Kigali assinam acordo de paz após anos de guerra", "Kinshasa", False, "pt", "unseen"),
    ("Deportivo Cali: la guerra de los hinchas contra la directiva", "Cali", False, "es", "unseen"),
    ("Cali: accidente de tránsito deja tres muertos en la autopista Sur", "Cali", False, "es", "unseen"),
    ("Medellín: explosión de casos de dengue en las comunas", "Medellin", False, "es", "unseen"),
    ("Tijuana: bombazo en el mercado de fichajes de los Xolos", "Tijuana", False, "es", "unseen"),
    ("Según la Policía de Cúcuta, el secuestro ocurrió en Ocaña", "Cucuta", False, "es", "unseen"),
    ("Guayaquil: las inundaciones dejan dos muertos en el suburbio", "Guayaquil", False, "es", "unseen"),
    ("Sicarios asesinan a un guía penitenciario en Guayaquil", "Guayaquil", True, "es", "unseen"),
    ("Desde Tegucigalpa, la canciller condenó el asesinato de dos hondureños en Guatemala", "Tegucigalpa", False, "es", "unseen"),
    ("La Policía en Quito informó que el atentado en Esmeraldas dejó dos muertos", "Quito", False, "es", "unseen"),
    ("El Tribunal de Bogotá condena a 40 años a los autores de la masacre", "Bogota", False, "es", "unseen"),
    ("Atentado con explosivos contra un CAI de policía en Bogotá", "Bogota", True, "es", "unseen"),
    ("حادث سير مروع يودي بحياة أربعة على طريق بغداد كركوك", "Baghdad", False, "ar", "unseen"),
    ("انفجار أسعار العقارات في بغداد يثير غضب المواطنين", "Baghdad", False, "ar", "unseen"),
    ("فيضانات تقتل ثلاثة في الموصل", "Mosul", False, "ar", "unseen"),
    ("ارتفاع إصابات الكوليرا في البصرة إلى مستوى قياسي في حرب على الوباء", "Basra", False, "ar", "unseen"),
    ("نادي الاتحاد الحلبي يفوز في معركة الصعود", "Aleppo", False, "ar", "unseen"),
    ("محافظ حمص يتفقد موقع انفجار لغم في ريف تدمر", "Homs", False, "ar", "unseen"),
    ("دمشق وعمان تتفقان على مكافحة التهريب بعد اشتباكات حدودية", "Damascus", False, "ar", "unseen"),
    ("مطار بيروت يستأنف رحلاته بعد توقف الحرب", "Beirut", False, "ar", "unseen"),
    ("اغتيال قيادي في غارة على شقة في بيروت بقصف صاروخي", "Beirut", True, "ar", "unseen"),
    ("صحفي من أبناء تعز يروي تفاصيل اختطافه في عدن", "Taiz", False, "ar", "unseen"),
    ("صنعاء تحذر من التصعيد بعد الهجوم على السفن", "Sanaa", False, "ar", "unseen"),
    ("قصف أمريكي على مواقع في صنعاء", "Sanaa", True, "ar", "unseen"),
    ("مستشفى مصراتة يستقبل جرحى الاشتباكات في سرت", "Misrata", False, "ar", "unseen"),
    ("من بورتسودان، قال وزير الإعلام إن قصفا استهدف الأبيض", "Port Sudan", False, "ar", "unseen"),
    ("مسيرات تقصف مستودعات الوقود في بورتسودان", "Port Sudan", True, "ar", "unseen"),
    ("أبناء الفاشر في الخرطوم ينظمون وقفة تضامنية ضد الحرب", "El Fasher", False, "ar", "unseen"),
    ("قالت الحكومة في انجمينا إن هجوما استهدف ثكنة في تيبستي", "N'Djamena", False, "ar", "unseen"),
    ("إطلاق نار كثيف قرب القصر الرئاسي في انجمينا", "N'Djamena", True, "ar", "unseen"),
]


# Written after the fifth round, before the sixth; measured once at first contact.
UNSEEN5: list[Case] = [
    (
        "Segundo a Lusa, fontes hospitalares em Nampula confirmaram três mortos no ataque a Mecúfi",
        "Nampula",
        False,
        "pt",
        "unseen",
    ),
    ("Deslocados do ataque a Macomia chegam à Beira", "Beira", False, "pt", "unseen"),
    ("A ministra, que se encontrava na Beira, reagiu ao ataque em Ancuabe", "Beira", False, "pt", "unseen"),
    ("Quelimane: seminário debate o combate ao terrorismo em Cabo Delgado", "Quelimane", False, "pt", "unseen"),
    ("A polícia do Huambo deteve três suspeitos do assassinato ocorrido no Bié", "Huambo", False, "pt", "unseen"),
    ("Benguela lidera a luta contra a malária e mata o mosquito na origem", "Benguela", False, "pt", "unseen"),
    ("Jovens de Chimoio viajam para Cabo Delgado para combater os insurgentes", "Chimoio", False, "pt", "unseen"),
    ("Tiroteio no mercado 38 milímetros em Chimoio deixa um morto", "Chimoio", True, "pt", "unseen"),
    ("Confrontos entre militares e populares no Huambo fazem dois mortos", "Huambo", True, "pt", "unseen"),
    ("Kinshasa ameaça romper relações com Kigali após ataque a Bukavu", "Kinshasa", False, "pt", "unseen"),
    ("El América de Cali atacó sin descanso pero no pudo marcar", "Cali", False, "es", "unseen"),
    ("Caleños marchan contra la violencia tras la masacre en Jamundí... de hace diez años", "Cali", False, "es", "unseen"),
    ("En Medellín, la Fiscalía anunció capturas por el atentado en Cali", "Medellin", False, "es", "unseen"),
    ("Cucuteños denuncian guerra sucia en las elecciones de la gobernación", "Cucuta", False, "es", "unseen"),
    ("Tijuana, la ciudad que ataca sus problemas con arte urbano", "Tijuana", False, "es", "unseen"),
    (
        "El puerto de Acapulco, golpeado por el huracán, recibe a turistas pese a la guerra en Guerrero",
        "Acapulco",
        False,
        "es",
        "unseen",
    ),
    ("Guayaquileños se enfrentan en las urnas este domingo", "Guayaquil", False, "es", "unseen"),
    ("El gobierno envía militares desde San Pedro Sula hacia Choluteca tras la masacre", "San Pedro Sula", False, "es", "unseen"),
    ("Quito y Lima acuerdan frenar los ataques contra camioneros en la frontera", "Quito", False, "es", "unseen"),
    ("Bogotá acusa a Caracas de permitir ataques del ELN desde su territorio", "Bogota", False, "es", "unseen"),
    ("Hallan cuerpos con huellas de tortura tras balacera en Tijuana", "Tijuana", True, "es", "unseen"),
    ("Ataque con granada contra un bar en el centro de Cúcuta", "Cucuta", True, "es", "unseen"),
    ("أعلنت الحكومة في بغداد الحداد بعد تفجير في الأنبار", "Baghdad", False, "ar", "unseen"),
    ("نائب عن الموصل يطالب بالتحقيق في مجزرة قضاء سنجار", "Mosul", False, "ar", "unseen"),
    ("البصرة تستعد لاستضافة خليجي 26 رغم الحرب في المنطقة", "Basra", False, "ar", "unseen"),
    ("حلب: معركة كسر عظم بين التجار والحكومة على الأسعار", "Aleppo", False, "ar", "unseen"),
    ("مقتل ثلاثة في انفجار قارورة غاز في منزل بحمص", "Homs", False, "ar", "unseen"),
    ("وفد من إدلب يلتقي مسؤولين أتراك لبحث الهجمات على الشمال", "Idlib", False, "ar", "unseen"),
    ("دمشق تستدعي سفيرها في بيروت احتجاجا على اغتيال معارض", "Damascus", False, "ar", "unseen"),
    ("طيران الحوثيين من صنعاء يقصف سفنا في البحر الأحمر", "Sanaa", False, "ar", "unseen"),
    ("مقتل مدنيين برصاص قناص في مدينة تعز", "Taiz", True, "ar", "unseen"),
    ("انفجار سيارة مفخخة في حي بمدينة حلب", "Aleppo", True, "ar", "unseen"),
    ("ميليشيات مصراتة تهاجم مدينة الزاوية", "Misrata", False, "ar", "unseen"),
    ("نازحو الفاشر في معسكر أبو شوك يشكون من الجوع", "El Fasher", False, "ar", "unseen"),
    ("رئيس الوزراء يصل بورتسودان بعد جولة شملت القاهرة وسط استمرار الحرب", "Port Sudan", False, "ar", "unseen"),
    ("قصف جوي على سوق نيالا يقتل العشرات", "Nyala", True, "ar", "unseen"),
    ("انفجار ضخم يهز مرفأ بيروت", "Beirut", True, "ar", "unseen"),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(config_of(PLACES, KEYWORDS)).watchlists, load_gazetteer())


def test_dev_set_figures(matcher: Matcher) -> None:
    tallies = figures(matcher, CASES)
    for name, batch in (
        ("unseen", UNSEEN),
        ("unseen2", UNSEEN2),
        ("unseen3", UNSEEN3),
        ("unseen4", UNSEEN4),
        ("unseen5", UNSEEN5),
    ):
        for key, tally in figures(matcher, batch).items():
            if key != "unseen":
                tallies[f"{name} {key}"] = tally
    for key, tally in sorted(tallies.items()):
        tp, fp, fn, tn = tally["tp"], tally["fp"], tally["fn"], tally["tn"]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{key}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn} tn {tn})")
    assert len(CASES) >= 120


# Cases the rules do not reach yet, with why (keyed by text and location).
KNOWN: dict[tuple[str, str], str] = {
    ("Nampula: preço do caju dispara e produtores acusam intermediários de matar o negócio", "Nampula"): (
        "'negócio' is also a shop, where killings happen: no word of markets to add"
    ),
    ("Tiroteio em Palma de Maiorca deixa um turista ferido", "Palma"): "Mozambique's Palma is not in the gazetteer",
    ("Hallan el cuerpo de una víctima de secuestro envuelto en una manta", "Manta"): (
        "'manta' is under the everyday threshold, and a lower one takes 'bamako' for a word"
    ),
    ("Ataque azerí contra Armenia deja dos soldados muertos en la frontera", "Armenia"): (
        "the typed 'Armenia' is Quindío's town in a Colombia list, but the item's country reading"
        " (an Azeri attack) does not turn a watched town named like a country away"
    ),
    ("El Metro de Medellín suspende servicio tras amenaza de bomba en Envigado", "Medellin"): (
        "Envigado is within Medellín's radius: arguably an alert"
    ),
    ("Xolos de Tijuana ataca pero cae ante el Monterrey", "Tijuana"): "a club's nickname, no word of sport",
    ("El gobernador del Valle, desde Cali, rechazó el ataque en Jamundí", "Cali"): "Jamundí is within Cali's radius",
    ("Bogotá busca frenar la guerra del centavo entre buses", "Bogota"): "an idiom of one city's buses",
    ("Cúcuta: gobernación lanza combate contra la informalidad", "Cucuta"): "'informalidad' is no word of policy yet",
    ("O Porto do Lobito ataca novos mercados na Ásia", "Lobito"): "'mercados' is also a market place, where attacks happen",
    ("من بورتسودان، قال وزير الإعلام إن قصفا استهدف الأبيض", "Port Sudan"): (
        "the scene, El Obeid, is an everyday word ('the white') the place model does not read"
    ),
    ("Jovens de Chimoio viajam para Cabo Delgado para combater os insurgentes", "Chimoio"): (
        "young people of a place are not read as from home: residents of a place are often its victims"
    ),
    ("El gobierno envía militares desde San Pedro Sula hacia Choluteca tras la masacre", "San Pedro Sula"): (
        "troops sent from a place: no word of travel"
    ),
    ("طيران الحوثيين من صنعاء يقصف سفنا في البحر الأحمر", "Sanaa"): "where the aircraft took off",
}


@pytest.mark.parametrize(
    ("text", "location", "alerts", "lang", "kind"),
    [
        pytest.param(*case, marks=pytest.mark.xfail(reason=KNOWN[case[:2]], strict=True)) if case[:2] in KNOWN else case
        for case in CASES + UNSEEN + UNSEEN2 + UNSEEN3 + UNSEEN4 + UNSEEN5
    ],
)
def test_case(matcher: Matcher, text: str, location: str, alerts: bool, lang: str, kind: str) -> None:
    assert (location in alerted(matcher, text)) == alerts
