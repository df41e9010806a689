"""How a sentence frames a keyword: an event it reports, or one it only names. Pure: no I/O.

A keyword can stand in its security sense and still report nothing that happens now:
- a past event named by its date or anniversary ("the January 6 attack", "since the October 7
  attack", "depuis l'attentat", "desde o ataque", "منذ الهجوم", "on the anniversary of the
  bombing", "to commemorate protesters killed");
- a court case about an old deed ("convicted of ... the attack", "condenado ... por organizar
  manifestações", "la peine de l'auteur de l'attentat", "محاكمة منفذي الهجوم");
- a demand that it end, a statement about the violence rather than a report of it ("must stop the
  killing", "calls for an end to the attacks", "exige o fim dos ataques", "pide detener la
  violencia", "doivent cesser les attaques");
- a peaceful protest ("a hunger strike", "grève de la faim", "greve de fome", "huelga de
  hambre", "إضراب عن الطعام") for the words of protest;
- a team's attack in a sentence that gives a match's score ("venceu o Vasco por 4 a 0", "cayeron
  3-2 ante Rayados");
- a word set in quotes as a figure of speech ("jovens 'atacam' o desemprego", "un 'ataque' contra
  su economía", "pacientes 'secuestrados'") or a work's title in quotes ("la gira 'Soy Rebelde'").

`keywords.FieldWords` asks `framed` about each keyword it meets, once: the answer is the reason,
or None when the sentence reports the deed. Word lists by language (English, French, Portuguese,
Spanish, Arabic), folded as `textnorm.fold` folds them; an Arabic word is compared with the
article and attached prefixes gone (`arabic.readings`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .arabic import is_arabic, readings
from .textnorm import Tokens, fold, sentence_bounds


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(word) for word in text.split())


MONTHS = _words(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "janeiro fevereiro marco abril maio junho julho agosto setembro outubro dezembro enero febrero marzo mayo junio "
    "julio septiembre octubre noviembre diciembre "
    "يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر"
)
# "since the attack", "depuis l'attentat", "desde o ataque", "منذ الهجوم": the deed is the past the
# news is measured from. Only articles, dates and a few adjectives may stand between.
_SINCE = _words("since depuis desde منذ")
_SINCE_FILLERS = _words(
    "the a l la le les o os as el los las un une um uma of de du des do da del deadly last first "
    "meurtrier meurtriere mortifero mortal sangrento sangriento ultimo ultima dernier derniere"
)
# A demand that the violence end: a verb of ending after a modal or a verb of demanding; "an end
# to", "fin aux", "fim aos", "fin a".
_ENDING = _words("stop halt end cease arreter cesser stopper parar acabar cessar deter detener cesar frenar")
_DEMANDING = _words(
    "must should demand demands demanded urge urges urged doit doivent devrait faut exige exigent deve devem devia "
    "precisa exige exigem pede pedem debe deben deberia pide piden exigen "
    # an agreement to stop it: "Quito y Lima acuerdan frenar los ataques"
    "agree agreed agreeing conviennent acuerdan acordaron acordam acordaram"
)
_ENDS = _words("end fin fim")
# Arabic: the noun of ending before the keyword ("إنهاء الاشتباكات", "لإنهاء الحرب", "بعد توقف
# الحرب"): an end sought or come.
_AR_ENDING = _words("إنهاء لإنهاء وإنهاء انهاء توقف نهاية انتهاء")  # and its end come: "بعد توقف الحرب"
_END_LINKS = _words("to a aux au ao aos as al dos das do da des du del")
_POSSESSIVES = _words("s its their his her all every sa ses leur leurs seu sua seus suas su sus")
ENDING_REACH = 4
# Talks about violence: what they are about is no report of it (not a report or a statement "on
# the attack", which may tell of today's). Meetings of study and shows too: a seminar, a
# symposium, a lecture, an exhibition "on the war" ("ندوة عن الإرهاب", "exposição sobre a guerra"),
# one word of theirs allowed before "on" ("an international conference on", "مؤتمرا علميا عن",
# "معرض صور عن").
_TALKS = _words(
    "talks negotiations dialogue summit conference debate resolution pourparlers negociations dialogue sommet "
    "conference debat resolution conversacoes negociacoes dialogo cimeira conferencia debate resolucao "
    "conversaciones negociaciones cumbre resolucion محادثات مفاوضات حوار قمة مؤتمر "
    "seminar seminars symposium workshop workshops lecture lectures exhibition exhibitions forum colloquium "
    "seminaire seminaires colloque colloques atelier ateliers exposition expositions "
    "seminario seminarios simposio simposios palestra palestras exposicao exposicoes oficina oficinas "
    "coloquio coloquios taller talleres exposicion exposiciones foro "
    "مؤتمرا مؤتمرات ندوة ندوات ورشة ورشات معرض معرضا محاضرة محاضرات ملتقى "
    # a study and its book: "un estudio sobre homicidios", "a study on kidnappings", "دراسة عن"
    "study studies etude etudes estudo estudos estudio estudios دراسة دراسات"
)
_ABOUT = _words("on about over regarding sur concernant sobre acerca حول بشأن عن")
# Prevention, a fight against: the keyword names what a policy aims at, not a deed ("the
# prevention of attacks", "prevenção de ataques", "la lutte contre le terrorisme", "la lucha
# contra los secuestros", "combate ao terrorismo", "مكافحة الإرهاب", "للوقاية من العنف").
_AGAINST = _words(
    "prevention prevent preventing countering combating combatting fight fighting "
    "prevenir lutte lutter combattre "
    "prevencao combate combater luta lutar "
    "prevencion combatir lucha luchar "
    "مكافحة لمكافحة ومكافحة الوقاية للوقاية التصدي للتصدي"
)
_AGAINST_LINKS = _words("of against contre contra de des du a ao aos as al los las la el the o os من ل")
# A verb of discussing right before the keyword: what it discusses ("to discuss the war", "para
# debatir la guerra", "لبحث الحرب", "لمناقشة الهجوم").
_DISCUSS = _words(
    "discuss discussed discusses discussing discuter discutent discutait debattre discutir discutem discutiram "
    "discuten discutieron debater debatem debatir debaten debate debatem discute discuten analisa analiza analisam "
    "analizan بحث لبحث تبحث يبحث بحثت مناقشة لمناقشة تناقش يناقش ناقش ناقشت"
)
TALKS_REACH = 4
FIRST_YEAR, LAST_YEAR = 1900, 2099
_OF_YEAR = _words("of de del do da du in em en")
_DETERMINERS = _words("the l la le les o os as el los las")
# The endings of a past participle that may stand between a deed and its year ("cometido em 2019",
# "perpetrada en 2010", "committed in 2019", "perpétrée en 2015").
_PARTICIPLES = ("ido", "ida", "idos", "idas", "ado", "ada", "ados", "adas", "ed", "ee", "ees")
# A prison term: a number of years, then prison ("20 anos de prisão", "40 años de cárcel", "ten
# years in prison"), or a verb of sentencing to a number of years ("condena a 40 años").
_YEARS_OF = _words("years anos años ans")
_PRISON = _words("prison prisao prision carcel reclusion jail")
_SENTENCING = _words("condena condeno condenou condenam condenan condamne sentences sentenced")
# Words of remembrance: an anniversary, a commemoration, a memorial, a tribute to the dead.
_REMEMBRANCE = (
    "anniversary anniversaries commemorate commemorates commemorated commemorating commemoration commemorations "
    "memorial memorials remembrance anniversaire anniversaires commemorer commemore commemorent commemoration "
    "aniversario aniversarios comemorar comemora comemoram comemoracao comemoracoes memorial homenagem homenagens "
    "homenaje homenajes conmemorar conmemora conmemoran conmemoracion "
    # the past tenses: "conmemoró a los muertos", "comemorou", "commemorated"
    "conmemoro conmemoraron conmemoraba comemorou comemoraram comemorava commemora commemorerent "
    "ذكرى الذكرى"
)
# A verb of remembering that governs the keyword, with only articles, possessives and "a" between:
# "recuerda a sus muertos", "lembra os mortos", "remembers its dead" (not "recuerda que ...", a
# reminder, which may report today's news).
_REMEMBER = _words(
    "remember remembers remembered remembering mourn mourns mourned recuerda recuerdan recordo recordaron recordar "
    "rememora rememoran rememoro lembra lembram lembrou lembraram relembra relembram relembrou rememorou "
    "honra honran honro honraram homenageia homenageou homenajea homenajeo homenajearon "
    # Portuguese says "recordar" too: "a exposição recorda os combates"
    "recorda recordam recordou recordaram rappelle rappellent evoque evoquent "
    # Arabic: "بعقوبة تستذكر معارك 2007", "يستذكر أهالي العديسة اشتباك الشجرة"
    "تستذكر يستذكر استذكر استذكرت يتذكر تتذكر تذكر"
)
_REMEMBER_LINKS = _words(
    "a as os aos the its their his her sus su los las seus suas o el la de del dos das nuestros nossos our "
    # said in an interview: "recordou em entrevista os combates"
    "em en in an numa una uma entrevista interview "
    # the day it is done: "homenageou hoje as vítimas", "recordó este sábado a los muertos"
    "today hoje hoy aujourd hui este esta este sabado domingo"
)
# A drill: the attack it stages is no deed ("simulacro de ataque armado", "simulação de atentado",
# "a mock attack", "an exercise simulating a hostage-taking", "محاكاة هجوم", "تمرين على").
_DRILL = _words(
    "simulacro simulacros simulacao simulacoes simulation simulations simulating simulated simulando simulant "
    "mock drill drills exercice exercices exercise exercises ejercicio ejercicios exercicio exercicios "
    "محاكاة تمرين تمارين مناورة مناورات"
)
_DRILL_LINKS = _words("de d of a an the un une um uma una el la le l o os los las du des do da del on على")
_REMEMBRANCE_WORDS = _words(_REMEMBRANCE)
REMEMBRANCE_REACH = 20  # words before the keyword in its sentence
NAMED_WORDS = 3  # the words of a place's name between a deed and its year
# "ten years after the attack", "dix ans après l'attentat", "cinco anos após", "años después".
_YEARS = _words(
    "years decades ans annees decennies anos decadas años عاما سنوات "
    # a year, months, weeks on: "a year after the attack", "un an après l'attentat"
    "year month months week weeks an annee mois semaine semaines ano mes meses semana semanas"
)
_AFTER = _words("after apres apos depois despues tras")
# Arabic counts the years since a deed with "على" after them: "15 عاماً على اشتباك الشجرة".
_YEARS_AR = _words("عاما عام سنوات سنة اعوام")
_ON_AR = _words("على")
# Verdicts and trials: the sentence is about a court case over the deed, not the deed.
_COURT = _words(
    "convicted convicts guilty sentenced sentences acquitted indicted charged trial retrial verdict jury hears hearing "
    "petition "
    "coupable condamnee condamnes condamnees proces perpetuite reclusion acquitte acquittee jures "
    "condenado condenada condenados condenadas sentenciado sentenciada julgamento julgado julgada absolvido "
    "absolvida reu juri juicio juzgado juzgada absuelto absuelta procesado procesada jurado "
    "محاكمة المحاكمة أدين ادين بالسجن بالإعدام "
    # a court, its ruling, the charge and the case: "قضت محكمة بإعدام متهم بتهمة قتل"
    "محكمة المحكمة بإعدام بتهمة قضية متهم"
)
# A protest in a sentence about a verdict is often the reaction to it ("protesters clash after the
# opposition leader is sentenced"): only the charge counts ("convicted for organising protests").
_CHARGES = _words("for of over por pour pelo pela de")
# Words of protest made peaceful by a hunger strike in the same sentence or headline.
_HUNGER_STRIKES = (("hunger", "strike"), ("greve", "de", "la", "faim"), ("greve", "de", "fome"), ("huelga", "de", "hambre"))
_AR_HUNGER = (fold("إضراب"), fold("الطعام"))
_PROTEST_OPENINGS = ("protest", "manifest", "strike", "greve", "huelg", "demonstr", "sit-in")
_AR_PROTEST = _words("احتجاج احتجاجات مظاهرة مظاهرات اضراب إضراب")
# What sport copy calls a team's attack, a rout or a meeting, beside a score ("a masacre de
# Millonarios: 5-0", "Confronto Petro-Agosto termina 2-1", "Emboscada no Cuito: Petro vence por 3-0").
_ATTACK_OPENINGS = (
    "attack", "attaqu", "atac", "ataq", "massacr", "masacr", "clash", "confront", "enfrent", "affront",
    "ambush", "embosc", "embusc",
)
_SCORE_LINKS = frozenset({"a", "x", "to"})
MAX_GOALS = 15
QUOTED_WORDS = 3  # the other words a quoted title may hold
SHORT_FIELD = 25  # a field this short (a headline) is one context, whatever its colons
SCORE_FIELD = 40  # a match report this short gives its score anywhere in it
_RANGES = _words("de entre between from of du des")  # "de 3 a 5 mortos": a range, not a score
_QUOTED_ARTICLES = _words("a an the un une um uma una")
# A verb "to be" before the article: the keyword is what something is said to be, a predicate in
# someone's words ("o preço 'é uma bomba'", "« c'est une bombe »", "'es una bomba'").
_QUOTED_COPULAS = _words("é e es est is era foi fue c sera seria")
# A verb of naming a few words before a quote whose keyword qualifies a noun after it: the quote
# is the name people give to something ("call the exam season 'bomb season'", "dubbed it 'war
# week'"), a figure, not a deed. Not a quote the keyword ends: "residents called it 'a massacre'".
_NAMING = _words(
    "call calls called dub dubs dubbed nickname nicknamed appelle appellent appele surnomme surnomment surnommee "
    "baptise baptisent chama chamam chamado chamada apelidam apelidado llama llaman llamado llamada apodan apodado"
)
NAMING_REACH = 5  # words between a verb of naming and the quote it names: "call the exam season 'bomb season'"
# A partitive article before the keyword inside the quotes: "« de la bombe »", slang for great.
_PARTITIVES = (("de", "la"), ("du",), ("des",), ("de", "l"))
_TITLE_LINKS = _words("on of the in a an and de da do del la el le les du des e y et")  # "Attack on Titan"
OPENING_QUOTES = "'\"‘“«"
CLOSING_QUOTES = "'\"’”»"


@lru_cache(maxsize=8192)
def _arabic_in(word: str, words: frozenset[str]) -> bool:
    return word in words or any(reading in words for reading in readings(word, 2))


def _is(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    return not word.isascii() and is_arabic(word) and _arabic_in(word, words)


def framed(tokens: Tokens, i: int, end: int, text: str, headline: Tokens | None = None, year: int | None = None) -> str | None:
    """Why the keyword at words `i`..`end` - 1 of a field reports no deed happening now, or None.
    `text` is the field's text (for the quotes around the keyword); `headline`, for a summary,
    its title's words (a hunger strike in the headline frames the summary's protest); `year`, the
    item's own (None: unknown)."""
    folded = tokens.folded
    quoted = _quoted(tokens, i, end, text)
    if quoted is not None:
        return quoted
    if _adjective_after_noun(tokens, i):
        # "إنهاء الاشتباكات المسلحة": the adjective shares its noun's frame (an end sought)
        noun = framed(tokens, i - 1, i, text, headline, year)
        if noun is not None:
            return noun
    dated = _named_by_date(folded, i, end) or _named_by_year_and_name(tokens, i) or _of_a_dated_deed(tokens, i, end)
    if dated is not None:
        return dated
    if (
        i >= 2
        and folded[i - 1] in _AND
        and tokens[i - 1].gap == tokens[i].gap == " "
        and folded[i - 2].isalpha()
        and not (i >= 4 and folded[i - 3] in _AND)  # one pair: a chain of "and"s would recurse its length
    ):
        # coordinated with the noun before: "recordam torturas e mortes" shares its frame
        shared = framed(tokens, i - 2, i - 1, text, headline, year)
        if shared is not None:
            return shared
    start, stop = sentence_bounds(tokens, i, end - 1)
    if _demanded_end(tokens, max(start, i - ENDING_REACH - 2), i):
        return "a demand that it end: a statement about it"
    if _talked_about(folded, max(start, i - TALKS_REACH), i) or _discussed_topic(folded, max(start, i - TALKS_REACH - 2), i):
        return "what talks or a statement are about"
    if _fought_against(folded, max(start, i - AGAINST_REACH), i):
        return "what a prevention or a fight against it aims at, not a deed"
    if folded[end - 1] in _CAMPAIGN and end < len(folded) and folded[end] in _CAMPAIGN_LINKS:
        return "a campaign against something, not fighting"
    if _campaigned_against(folded, max(start, i - AGAINST_REACH - 2), i):
        return "what a campaign or a march is against, not a deed"
    if _despite(folded, max(start, i - 3), i):
        return "the circumstance other news goes on despite"
    if _denied_report(folded, max(start, i - DENIAL_REACH), i) or (
        end < stop and _is(folded[end], _REPORTS) and any(_is(w, _DENY) for w in folded[max(start, i - 2) : i])
    ):
        return "what a denied report said"  # "denied reports that a drone attacked", "denies drone report"
    if i > start and _is(folded[i - 1], _WITHOUT) and tokens[i].gap == " ":
        return "a deed that did not happen (without it)"  # "a lava destruiu duas aldeias sem matar ninguém"
    if _governed(folded, max(start, i - 3), i, _DENY, _DENIED_LINKS):
        return "a deed denied"  # "Polícia nega ataque em Vilankulo", "niega un supuesto secuestro"
    before = folded[max(start, i - REMEMBRANCE_REACH) : i]
    if any(_is(word, _REMEMBRANCE_WORDS) for word in before):
        return "a past event remembered"
    if _governed(folded, max(start, i - 8), i, _REMEMBER, _REMEMBER_LINKS | _NUMBER_WORDS, nouns=1):
        return "the dead of the past remembered"  # "recuerda a sus policías muertos"
    if _remembered_with_its_year(tokens, start, i, stop):
        return "a past event remembered, with its year"
    if _governed(folded, max(start, i - 5), i, _DRILL, _DRILL_LINKS, nouns=1):
        return "a drill, not a deed"
    sentence = folded[start:stop]
    # A verdict or a trial before the keyword ("convicted over the attack", "juicio contra los
    # autores del atentado"); after it, the keyword may be today's reaction ("clashes after the
    # leader is sentenced"). A protest only as the charge ("condenado por organizar protestos").
    court = any(_is(word, _COURT) for word in folded[start:i]) or _prison_term(sentence)
    if court and (not _protest_word(folded[i]) or any(w in _CHARGES for w in folded[max(start, i - 3) : i])):
        return "a court case about it"
    if folded[i].startswith(_ATTACK_OPENINGS):
        low, high = (0, len(tokens)) if len(tokens) <= SCORE_FIELD else (start, stop)
        if _score(tokens, low, high):
            return "a team's attack, in a sentence with a match's score"
    if len(tokens) <= SHORT_FIELD:
        start, stop = 0, len(tokens)  # a headline: one context
    if _years_ago(folded[start:stop], i - start, tokens, start):
        return "a past event, years ago"
    if headline is not None and _anniversary(headline.folded):
        return "a past event, its years counted in the headline"  # "Guardería ABC: 17 años de la tragedia"
    if (
        headline is not None
        and (_years_counted_back(headline.folded) or _remembering(headline.folded))
        and (
            _dated_before(tokens, start, stop, year)
            or _told_of_a_dated_deed(tokens, start, i, stop, year)
            or (_years_ago(folded[start:i]) and not _again(folded[start:stop]))
        )
    ):
        # "Três anos depois do ataque a Palma" over "Em março de 2021, o ataque ... matou": the
        # headline measures today from a past deed (or remembers one), and the summary's sentence
        # dates its deed to a year before the item's own (never when the item's year is unknown:
        # nothing in a text tells which year is now), with no word of today's deed (not "attacked
        # Palma on Tuesday, three years after the 2021 raid", nor "On 3 March 2026, gunmen
        # attacked"); or counts the years before the keyword: "marked ten years since Boko Haram
        # fighters attacked the town, the group's first raid" (the deeds after the count are the
        # one counted from, whatever day the marking was held; not "Gunmen killed nine on Monday,
        # two years since the last attack")
        return "a past event, dated, its years counted in the headline"
    if _protest_word(folded[i]) and (
        _hunger_strike(folded[start:stop]) or (headline is not None and _hunger_strike(headline.folded))
    ):
        return "a hunger strike, a peaceful protest"
    return None


# A deed negated by the preposition right before it, whose verb or noun it governs: "without
# killing anyone", "sans tuer personne", "sin matar a nadie", "sem matar ninguém", "دون قتل".
# (A deed before it keeps its sense: "attacked without warning".)
_WITHOUT = _words("without sans sin sem دون بدون")
# A report denied: "the army denied reports that a drone had attacked", "le ministère a démenti
# les informations faisant état d'une attaque", "a polícia desmentiu notícias de um ataque", "la
# Fiscalía negó los rumores de un secuestro", "نفى الجيش أنباء عن هجوم". A verb of denying, then
# (an article or two between) a noun of reports; the keyword after it in its sentence.
_DENY = _words(
    "denied denies deny denying dismissed dement dementi dementent nie nient nega negou negam negaram desmente "
    "desmentiu desmentem desmentiram niega nego niegan negaron desmiente desmintio desmienten desmintieron "
    "نفى نفت ينفي تنفي"
)
_REPORTS = _words(
    "reports report claims claim rumours rumors informations rumeurs allegations relatos noticias rumores "
    "informacoes informes informaciones versiones alegacoes denuncias انباء الانباء تقارير التقارير شائعات الشائعات"
)
_DENY_LINKS = _words("the les des as os los las a o la le l any toutes todas todos أي")
# Between a verb of denying and the deed it denies: an article, "alleged" ("nega um alegado ataque").
_DENIED_LINKS = _DENY_LINKS | _words(
    "um uma un una an alegado alegada supuesto supuesta suposto suposta alleged pretendu pretendue"
)
DENIAL_REACH = 12  # words from the noun of reports to the keyword


def _denied_report(folded: Sequence[str], low: int, i: int) -> bool:
    """Whether a verb of denying and a noun of reports stand before the keyword at `i` (from `low`)."""
    for k in range(low, i):
        if _is(folded[k], _REPORTS):
            j = k - 1
            while j >= 0 and k - j <= 3 and folded[j] in _DENY_LINKS:
                j -= 1
            # the verb, or the verb and its subject ("نفى الجيش الأنباء": verb first in Arabic)
            if any(_is(folded[m], _DENY) for m in range(max(0, j - 1), j + 1)):
                return True
    return False


def _governed(folded: Sequence[str], low: int, i: int, heads: frozenset[str], links: frozenset[str], nouns: int = 0) -> bool:
    """Whether a word of `heads` stands before the keyword at `i`, within `low`..`i` - 1, with
    only words of `links` between, and up to `nouns` other words right before the keyword (the
    noun an adjective keyword qualifies): "recuerda a sus muertos", "simulacro de ataque", and
    with one noun, "simulacro de ataque armado"."""
    k = i - 1
    while nouns and k > low and folded[k] not in links and not _is(folded[k], heads):
        k, nouns = k - 1, nouns - 1
    while k > low and folded[k] in links:
        k -= 1
    return k >= low and k < i and _is(folded[k], heads)


def _adjective_after_noun(tokens: Tokens, i: int) -> bool:
    """Whether the word at `i` follows a noun as its adjective: in Arabic both with the article,
    one space apart ("الاشتباكات المسلحة", "الهجمات الإرهابية"); in French, Portuguese and Spanish
    an adjective of violence ("ataques terroristas")."""
    if i == 0 or tokens[i].gap != " ":
        return False
    if tokens.folded[i] in _ROMANCE_ADJECTIVES:
        return True  # "ataques terroristas", "attaques armées": after their noun in French, Portuguese, Spanish
    word, before = tokens.words[i], tokens.words[i - 1]
    return is_arabic(word) and is_arabic(before) and word.startswith("\u0627\u0644") and before.startswith("\u0627\u0644")


# Adjectives of violence that follow their noun in French, Portuguese and Spanish.
_ROMANCE_ADJECTIVES = _words(
    "terrorista terroristas terroriste terroristes armado armados armada armadas arme armes armee armees "
    "jihadista jihadistas yihadista yihadistas djihadiste djihadistes jihadiste jihadistes"
)


# What is discussed of violence: its response, causes, consequences ("discutiram a resposta aos
# ataques", "to discuss the causes of the attacks", "لبحث تداعيات الهجمات").
_TOPICS = _words(
    "response responses reponse reponses resposta respostas respuesta respuestas causes causas consequences "
    "consequencias consecuencias impact impacts impacto impactos repercussions repercussoes repercusiones "
    "تداعيات أسباب آثار اثار"
)
_TOPIC_LINKS = _words("the a to of de des du la le les l a aux au ao aos as os o al a los las el del da do das dos")


def _discussed_topic(folded: Sequence[str], low: int, i: int) -> bool:
    """A verb of discussing, a noun of what is discussed of the keyword and links between:
    "discutiram a resposta aos ataques", "لبحث تداعيات الهجمات"."""
    k = i - 1
    while k > low and folded[k] in _TOPIC_LINKS:
        k -= 1
    if k <= low or not _is(folded[k], _TOPICS):
        return False
    k -= 1
    while k > low and folded[k] in _TOPIC_LINKS:
        k -= 1
    return k >= low and _is(folded[k], _DISCUSS)


def _talked_about(folded: Sequence[str], low: int, i: int) -> bool:
    """A noun of talks, then "on"/"about"/"sobre"/"sur"/"حول", then the keyword (through
    determiners): "talks on the war", "conversaciones sobre la violencia", "محادثات حول الحرب";
    or a verb of discussing right before it ("to discuss the attack", "لبحث الحرب")."""
    k = i - 1
    while k > low and folded[k] in _SINCE_FILLERS:
        k -= 1
    if k >= low and k < i and _is(folded[k], _DISCUSS):
        return True  # "to discuss the war", "لبحث الحرب"
    if k > low + 1 and not _is(folded[k], _ABOUT) and _is(folded[k - 1], _ABOUT):
        k -= 1  # one word of the subject's own before the keyword: "a seminar on suicide bombings"
    if k <= low or not _is(folded[k], _ABOUT):
        return False
    # the noun of talks right before "on", or one word before it ("an international conference on")
    return _is(folded[k - 1], _TALKS) or (k - 2 >= low and _is(folded[k - 2], _TALKS))


AGAINST_REACH = 4
# Portuguese and Spanish "combate" in the singular before "a", "ao", "al" is a campaign against
# something ("combate à caça furtiva", "combate al narcotráfico"); fighting is "combates",
# "combate entre", "em combate".
_CAMPAIGN = _words("combate")
# A campaign, a march, awareness against it: "campanha contra a violência doméstica", "a
# campaign against gun violence", "marcha contra la violencia" (not "a campaign of violence").
_CAMPAIGNS = _words(
    "campaign campaigns campagne campagnes campanha campanhas campana campanas sensibilizacao sensibilizacion "
    "sensibilisation awareness marcha marchas marche marches march jornada jornadas caminhada caminata "
    "حملة حملات"
)
_CAMPAIGN_AGAINST = _words("against contre contra ضد")
_DETERMINERS_OF_OBJECTS = _words("the a an la le les l o os as el los las un une um uma una")
_CAMPAIGN_LINKS = _words("a ao aos as al")


def _fought_against(folded: Sequence[str], low: int, i: int) -> bool:
    """A noun or verb of prevention or fighting, then links and determiners, then the keyword:
    "the prevention of attacks", "lutte contre le terrorisme", "combate ao crime", "مكافحة
    الإرهاب" (the Arabic noun is written right before it)."""
    k = i - 1
    while k > low and folded[k] in _AGAINST_LINKS:
        k -= 1
    return k >= low and k < i and _is(folded[k], _AGAINST)


def _campaigned_against(folded: Sequence[str], low: int, i: int) -> bool:
    """A campaign or a march, a word or two of its own ("de sensibilização"), "against", then
    articles and the keyword: "campanha de sensibilização contra a violência"."""
    k = i - 1
    while k > low and folded[k] in _DETERMINERS_OF_OBJECTS:
        k -= 1
    if k < low or not _is(folded[k], _CAMPAIGN_AGAINST):
        return False
    return any(_is(word, _CAMPAIGNS) for word in folded[max(low, k - 3) : k])


def _despite(folded: Sequence[str], low: int, i: int) -> bool:
    """ "Despite the war", "pese a la guerra", "apesar da guerra", "malgré la guerre", "رغم الحرب":
    the keyword is the background of the news (a port that receives wheat, a fair that opens),
    not what happens (through determiners and "of", "de": "in spite of", "a pesar de")."""
    k = i - 1
    while k > low and (folded[k] in _SINCE_FILLERS or folded[k] in _DESPITE_LINKS):
        k -= 1
    if k < low:
        return False
    return _is(folded[k], _DESPITE) or (k >= 1 and (folded[k - 1], folded[k]) == ("a", "pesar"))


_DESPITE = _words("despite malgre pese apesar spite رغم برغم ورغم بالرغم")
_DESPITE_LINKS = _words("of a de da do das dos la el los las the")


def _prison_term(words: Sequence[str]) -> bool:
    """A prison term in the words: "20 anos de prisão", "condena a 40 años", "jailed for ten years"."""
    for k, word in enumerate(words):
        if word not in _YEARS_OF or k == 0 or not (words[k - 1].isdigit() or words[k - 1] in _NUMBER_WORDS):
            continue
        if any(w in _PRISON for w in words[k + 1 : k + 4]):
            return True
        if any(w in _SENTENCING for w in words[max(0, k - 4) : k - 1]):
            return True
    return False


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and FIRST_YEAR <= int(word) <= LAST_YEAR


def _demanded_end(tokens: Tokens, low: int, i: int) -> bool:
    """A verb of ending after a modal or a verb of demanding ("must stop", "to halt", "doit
    cesser", "deve parar", "pide detener"), or "an end to", in the words `low`..`i` - 1 before the
    keyword, with only determiners, possessives and names between."""
    folded = tokens.folded
    for k in range(i - 1, low - 1, -1):
        word = folded[k]
        if word in _ENDING and k > 0 and folded[k - 1] in _DEMANDING:
            return True
        if word in _ENDS and k + 1 < i and folded[k + 1] in _END_LINKS:
            return True
        if k == i - 1 and word in _AR_ENDING:
            return True  # "يبحث إنهاء الاشتباكات"
        if not (word in _SINCE_FILLERS or word in _END_LINKS or word in _POSSESSIVES or tokens.words[k][:1].isupper()):
            return False
    return False


def _named_by_date(folded: Sequence[str], i: int, end: int) -> str | None:
    """ "the January 6 attack", "the 9/11 attacks", "since the attack", "ten years after the
    attack": a past deed named by its date, or the past the news is measured from."""
    if (
        i >= 2
        and folded[i - 1].isdigit()
        and len(folded[i - 1]) <= 2
        and folded[i - 2] in MONTHS
        and folded[i - 3 : i - 2] != ["on"]
    ):
        return "a past event named by its date"  # "January 6 attack", "October 7 attacks"; not "gunmen on March 3 attacked"
    if i >= 2 and folded[i - 1].isdigit() and folded[i - 2].isdigit() and len(folded[i - 1]) <= 2:
        return "a past event named by its date"  # "9/11 attacks"
    if any(_year(folded[k]) and k > 0 and folded[k - 1] in _DETERMINERS for k in range(max(0, i - 2), i)):
        return "a past event named by its year"  # "the 2021 airport bombing"
    if _year_names_deed(folded, i):
        return "a past event named by its year"  # "the 2020 Beirut port explosion", "site of 2020 port blast"
    after = folded[end : end + 3]
    if after and after[0] in _YEAR_NOUNS_AR:
        after = after[1:]  # "معارك عام 1916"
    if after and _year(after[0]) and (len(after) == 1 or not after[1].isalpha() or after[1] in _AFTER_A_YEAR):
        # "معركة 1916": the year right after the deed, ending its phrase; a noun after the
        # number makes it a count ("مقتل 2000 مدني", "killed 1950 villagers")
        return "a past event named by its year"
    if end + 1 < len(folded) and folded[end] in _OF_YEAR and _year(folded[end + 1]):
        return "a past event named by its year"  # "o atentado de 2015", "l'attaque de 2019"
    if end + 2 < len(folded) and folded[end].endswith(_PARTICIPLES) and folded[end + 1] in _OF_YEAR and _year(folded[end + 2]):
        return "a past event named by its year"  # "homicídio cometido em 2019", "the attack committed in 2019"
    if end < len(folded) and folded[end] in _OF_YEAR:
        # the deed's place between it and its year: "o massacre de Mueda de 1960", "le massacre
        # de Hama en 1982", "the Halabja massacre of 1988" (its place before it) is the rule above
        for k in range(end + 2, min(len(folded) - 1, end + 2 + NAMED_WORDS)):
            if folded[k] in _OF_YEAR and _year(folded[k + 1]):
                return "a past event named by its place and year"
            if _year(folded[k]) or folded[k] in _OF_YEAR:
                break
    k = i - 1
    while k >= 0 and i - k <= 4 and (folded[k] in _SINCE_FILLERS or folded[k] in MONTHS or folded[k].isdigit()):
        k -= 1
    if k >= 0 and _is(folded[k], _SINCE):
        return "the past the news is measured from"
    if k == i - 1 and k >= 2 and folded[k - 1] in _DETERMINERS and _is(folded[k - 2], _SINCE):
        return "the past the news is measured from"  # "since the hospital attack": one noun before it
    if k >= 1 and folded[k] in _AFTER and folded[k - 1] in _YEARS:
        return "a past event, years before"
    for j in range(i - 2, max(0, i - 2 - NAMED_WORDS), -1):
        # a name between: "a year after the Crocus City Hall attack", "dix ans après la prise d'otages"
        if folded[j] in _AFTER and folded[j - 1] in _YEARS:
            return "a past event, years before"
    k = i - 2 if i >= 2 and folded[i - 1] in _THE and folded[i - 2] in _OF else i - 1  # "de la", "of the"
    if (
        k >= 2
        and (folded[k] in _OF_THE or folded[k] in _ON_AR or k < i - 1)
        and folded[k - 1] in _YEARS
        and _counted(folded[k - 2])
    ):
        return "a past event, its years counted"  # "30 anos da chacina", "veinte años de la masacre"
    return None


# The words a headline writes before a year that names a deed, with no article: "site of 2020
# Beirut port explosion", "remembers 148 killed in 2015 attack"; and with one ("the 2020 Beirut port
# explosion"), the deed's other words between the year and the keyword, in lower case too.
_BEFORE_A_YEAR = _DETERMINERS | _words("of in at from since")
YEAR_DEED_WORDS = 3  # the words between a year and the deed it names: "2020 Beirut port explosion"
# Arabic's word for "year" between a deed and its year: "معارك عام 1916".
_YEAR_NOUNS_AR = _words("عام سنة")
# The words that may follow a year ending a deed's name: a preposition or a conjunction, not a noun
# (a noun makes the number a count of it).
_AFTER_A_YEAR = _words("in at on and of to a en et em e y de du da do del في و من على")
# The prepositions that tie a keyword to the deed it happened in: "killed in the 2015 attack",
# "tués lors de l'attentat de 2015", "mortos no atentado de 2015", "muertos en el ataque de 2010".
_DEED_PREPOSITIONS = _words("in during dans lors pendant durante em no na nos nas en al")
# What writes a year as the deed's name, not as when something else happened: "the 2015 attack",
# "l'attentat de 2015"; not "killed in Kabul in 2015".
_NAMING_A_YEAR = _DETERMINERS | _words("of de del do da du")
DEED_AHEAD = 5  # words from that preposition to the year that names the deed


def _year_names_deed(folded: Sequence[str], i: int) -> bool:
    """Whether a year stands a few words before the keyword at `i`, after an article or a
    preposition, with only plain words between (no figures, no other year): "the 2020 Beirut port
    explosion", "of 2020 port explosion", "in 2015 attack". A deed named by its year is past."""
    if folded[i].endswith("ed"):
        return False  # an English verb, not the deed's noun: "the 2014 Chibok kidnapping killed 12"
    for k in range(i - 1, max(0, i - 2 - YEAR_DEED_WORDS), -1):
        word = folded[k]
        if _year(word):
            return k > 0 and folded[k - 1] in _BEFORE_A_YEAR
        if not word.isalpha():
            return False
    return False


def _dated_deed_ahead(tokens: Tokens, start: int) -> bool:
    """Whether the words from `start` name a deed by its year: an article or "de" and a year, a
    few words on ("the 2015 al-Shabaab attack", "l'attentat de 2015"), within DEED_AHEAD words of
    one clause."""
    folded = tokens.folded
    for k in range(start, min(len(folded), start + DEED_AHEAD)):
        word = folded[k]
        if k > start and any(mark in tokens[k].gap for mark in ",.;:!?()"):
            return False
        if _year(word):
            return k > start and folded[k - 1] in _NAMING_A_YEAR
        if not word.isalpha():
            return False
    return False


# A relative pronoun after a comma, and the auxiliaries between it and its verb: ", which killed",
# ", qui a fait", ", que matou", ", que dejó", "، الذي أودى".
_RELATIVES = _words("which that who qui que quien cual الذي التي")
_AND = _words("and et e y")
_AUXILIARIES = _words("has had have a avait ont avaient ha habia han tinha")


# A span of years after the deed: "matou opositores entre 1936 e 1974", "killed between 1975 and
# 1979", "tués de 1954 à 1962". Both years closed: a past, not "since 2015", which goes on.
_SPAN_OPENINGS = _words("between entre from de")
_SPAN_LINKS = _words("and e et y to a au")
SPAN_AHEAD = 6  # words from the deed to the span's first word, in its clause


def _years_span_ahead(tokens: Tokens, end: int) -> bool:
    """Whether a span of two years follows the keyword ending before word `end` in its clause."""
    folded = tokens.folded
    # The span's words first (most keywords have none after them); then no mark between.
    for k in range(end, min(len(folded) - 3, end + SPAN_AHEAD)):
        if folded[k] in _SPAN_OPENINGS and _year(folded[k + 1]) and folded[k + 2] in _SPAN_LINKS and _year(folded[k + 3]):
            return not any(mark in tokens[m].gap for m in range(end + 1, k + 1) for mark in ",.;:!?()")
    return False


def _of_a_dated_deed(tokens: Tokens, i: int, end: int) -> str | None:
    """Whether the keyword at `i`..`end` - 1 tells of a deed its year names, which is past too:
    tied to it by a preposition ("148 killed in the 2015 attack", "mortos no atentado de 2015"),
    or in a relative clause after it (", which killed more than 220 people")."""
    folded = tokens.folded
    if end + 1 < len(folded) and folded[end] in _DEED_PREPOSITIONS and _dated_deed_ahead(tokens, end + 1):
        return "a past event named by its year"
    if _years_span_ahead(tokens, end):
        return "a past event, in a span of past years"
    k = i - 1
    while k >= 0 and i - k <= 2 and folded[k] in _AUXILIARIES:
        k -= 1
    if k >= 1 and folded[k] in _RELATIVES and "," in tokens[k].gap and _named_by_date(folded, k - 1, k) is not None:
        return "a past event named by its year, its deed again"  # "the 2020 port explosion, which killed"
    if _in_a_clause_of_its_year(tokens, i):
        return "a past event, in a clause of time its year heads"
    return None


# The conjunctions that open a clause of time, in the five languages.
_WHEN = _words("when quando cuando lorsque quand") | frozenset(fold(w) for w in "حين عندما حينما".split())
WHEN_REACH = 12  # words from the conjunction to the keyword, in one clause
_CLAUSE_MARKS = (",", ";", ":", "\u060c", "\u061b")  # with the Arabic comma and semicolon


def _in_a_clause_of_its_year(tokens: Tokens, i: int) -> bool:
    """Whether the keyword at word `i` stands in a clause of time that a year heads, set apart by a
    comma: what happened then, a past deed ("o massacre de 6 de abril de 1999, quando milícias
    mataram dezenas", "the siege of 1916, when British troops surrendered after bloody battles",
    "حصار الكوت عام 1916، حين استسلمت القوات بعد معارك دامية"). A year read after "since" heads one
    too ("the worst since 2019, when jihadists killed 100" tells 2019's deed; today's stands in its
    own words). Not when something in the clause dates the deed to now (`_dated_now`)."""
    folded = tokens.folded
    if _WHEN.isdisjoint(folded[max(0, i - WHEN_REACH) : i]):
        return False  # no conjunction of time in reach (most keywords): no sentence to find
    start, stop = sentence_bounds(tokens, i, i)
    for c in range(i - 1, max(start, i - WHEN_REACH) - 1, -1):
        if folded[c] in _WHEN:
            if not (c - 1 >= start and any(mark in tokens[c].gap for mark in _CLAUSE_MARKS) and _year(folded[c - 1])):
                return False
            return not _dated_now(tokens, c - 1, c, start, stop)
        if any(mark in tokens[c + 1].gap for mark in _CLAUSE_MARKS):
            return False  # another clause between them
    return False


# The words that date a deed to the days of the news, not to a year: the weekdays, "yesterday",
# "today", "tonight" and their kin in the five languages ("ce lundi", "na segunda-feira", "يوم
# الاثنين", "أمس"). The Portuguese weekdays but Sunday and Saturday are ordinals too ("segunda
# vez"): only with "feira" after them or "na", "nesta" before them.
_WEEKDAYS = _words(
    "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi vendredi samedi dimanche "
    "sabado domingo lunes martes miercoles jueves viernes feira "
    "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد"
)
_FEIRA_DAYS = _words("segunda terca quarta quinta sexta")
_ON_THE_DAY = _words("na nesta numa")
_NOW_WORDS = _words(
    "yesterday today tonight overnight hier aujourd ontem hoje anteontem ayer hoy anoche anteayer madrugada "
    "أمس بالأمس اليوم الليلة البارحة"
)
# "this morning", "last night", "ce matin", "cette nuit", "esta manhã", "esta mañana", "esta noche".
_THIS = _words("this last ce cette cet esta este nesta neste")
_TIMES_OF_DAY = _words("morning afternoon evening night matin soir nuit manha tarde noite manana noche")
_DAWN_AND_DUSK = _words(
    "dawn dusk daybreak nightfall midnight aube crepuscule minuit amanecer anochecer alba medianoche amanhecer "
    "anoitecer فجر الفجر"
)
_AT_A_TIME = _words("at in during a au na no en al de dans pendant durante عند في")
# The words a date is written with, besides its day and month: "on Sunday, December 6", "dans la
# nuit du 6 au 7 décembre", "no domingo, 6 de dezembro de", "يوم الأحد 6 ديسمبر".
_DATE_FILLERS = _words("on the of in dans la le du au et de do da el del no em en and to يوم عام") | _TIMES_OF_DAY
# What a date names when it follows one with "of": the night or day it is ("la nuit du 6 au 7
# décembre"), not a deed ("le massacre du 6 avril 1994", "the massacre of April 6, 1994").
_OF_A_DATE = _words("of de du do da del")
_DAYS_NAMED = _TIMES_OF_DAY | _words("day jour journee dia")
DATE_BACK = 8  # words of the year's own date before it


def _dated_now(tokens: Tokens, year: int, when: int, start: int, stop: int) -> bool:
    """Whether the clause of time at word `when`, which the year at word `year` heads, dates its
    deed to the days of the news: a word of those days in the clause ("when gunmen attacked Tahoua
    this morning", "quand des jihadistes ont attaqué Tahoua ce lundi", "عندما قصفت طائرات المدينة
    أمس") or in the year's own date ("On Sunday, December 6, 2026, when"); a day and its month
    before the year, the date of a night or a day and not a deed's name ("Dans la nuit du 6 au 7
    décembre 2026, quand"); or a year that is the current one or the last.

    The matcher is pure and does not know the item's own date, so "current" is read from the text:
    the newest year it names, and the year before it, are now, when it names an older year too
    ("the 2015 truce held until 2026, when jihadists attacked"): the newest is the news', the older
    its past. A text that names one year alone gives no measure of now, so the year is history
    there unless the clause or its date tells the day ("the siege of 1916, when British troops
    surrendered" stays silent; "until 2026, when jihadists attacked Tahoua this morning" alerts)."""
    folded = tokens.folded
    end = when + 1
    while end < stop and not any(mark in tokens[end].gap for mark in _CLAUSE_MARKS):
        end += 1
    if any(_of_now(folded, k) for k in range(when + 1, end)):
        return True
    days, months, first = 0, 0, year
    for k in range(year - 1, max(start, year - DATE_BACK) - 1, -1):
        word = folded[k]
        if _of_now(folded, k):
            return True
        if word in MONTHS:
            months += 1
        elif word.isdigit() and 1 <= int(word) <= 31:
            days += 1
        elif word not in _DATE_FILLERS:
            break
        first = k
    if days and months:
        # the date's own head: "la nuit du 6", "the massacre of April 6"
        k = first
        while k < year and folded[k] in _DATE_FILLERS and folded[k] not in _OF_A_DATE:
            k += 1
        named = folded[k] in _OF_A_DATE and k > start and folded[k - 1] not in _DAYS_NAMED
        if not named:
            return True
    years = [int(word) for word in folded if _year(word)]
    newest, oldest = max(years), min(years)
    return oldest < newest - 1 and int(folded[year]) >= newest - 1


def _of_now(folded: Sequence[str], k: int) -> bool:
    """Whether word `k` is a word of the news' days (`_WEEKDAYS`, `_NOW_WORDS`, "this morning")."""
    word = folded[k]
    if word in _WEEKDAYS or word in _NOW_WORDS:
        return True
    if word in _FEIRA_DAYS:
        return k > 0 and folded[k - 1] in _ON_THE_DAY
    if word not in _TIMES_OF_DAY and word not in _DAWN_AND_DUSK:
        return False
    if k > 0 and folded[k - 1] in _THIS:
        return True
    # "at dawn", "in the morning", "à l'aube", "na madrugada", "al amanecer", "عند الفجر": the
    # time of the news' own day; not one a date follows ("the night of 6 December 2019")
    j = k - 2 if k >= 2 and folded[k - 1] in _DETERMINERS else k - 1
    dated = k + 1 < len(folded) and folded[k + 1] in _OF_A_DATE
    return j >= 0 and _is(folded[j], _AT_A_TIME) and not dated


# A count of years and "of the" before the deed: "lembra 30 anos da chacina", "a 20 años de la
# masacre", "dix ans du massacre". The definite article makes it one past deed, not a span of
# many ("dois anos de ataques" goes on).
_OF_THE = _words("da do das dos del du des")
_OF = _words("de of")
_THE = _words("la las los el the l")
_NUMBER_WORDS = _words(
    "two three four five six seven eight nine ten twenty thirty forty fifty hundred "
    "deux trois quatre cinq six sept huit neuf dix vingt trente quarante cinquante cent "
    "dois duas tres quatro cinco seis sete oito nove dez vinte trinta quarenta cinquenta cem "
    "dos cuatro siete ocho nueve diez veinte treinta cuarenta cincuenta cien"
)


# A headline that counts the years of one past deed ("17 años de la tragedia", "30 anos da
# chacina", "ten years of the massacre") makes its summary's deed that one; not the years of a
# war, an occupation or a siege, which may go on ("two years of the war").
_ONGOING = _words(
    "war wars conflict occupation siege blockade crisis guerra guerras guerre conflicto conflito conflit "
    "ocupacion ocupacao sitio cerco bloqueo bloqueio blocus crise"
)


def _anniversary(folded: Sequence[str]) -> bool:
    for j in range(1, len(folded) - 2):
        if folded[j] not in _YEARS_AGO or not _counted(folded[j - 1]):
            continue
        if folded[j + 1] in _OF_THE:
            noun = j + 2
        elif folded[j + 1] in _OF and folded[j + 2] in _THE:
            noun = j + 3
        else:
            continue
        if noun < len(folded) and folded[noun] not in _ONGOING:
            return True
    return False


# "hace 30 años", "há dez anos", "il y a vingt ans", "thirty years ago", "قبل عشرين عاما": a
# count of years (or decades) back from today, in the keyword's sentence.
_AGO_BEFORE = _words("hace ha haz")
_YEARS_AGO = _words("years decades anos decadas años ans decennies")
# "ten years since Boko Haram attacked the town", "dez anos desde o massacre": years counted from
# the deed to today, as "ago" counts them ("desde hace dos años", for two years, goes on: above).
_AGO_AFTER = _words("ago")
_YEARS_SINCE = _words("since desde")
# A span the news falls within, not one counted back to a past deed: "the first attack in five
# years since the truce", "o primeiro ataque em dez anos desde o acordo".
_WITHIN = _words("in en em within for pour por para durante first premier primeiro primer")
# A headline that counts years from a past deed to today: "Três anos depois do ataque", "Ten years
# on, Ngouboua remembers", "cinco años después", "dix ans après", "Há cinco anos".
_YEARS_LATER = _AFTER | _words("on later")


def _years_ago(sentence: Sequence[str], deed: int | None = None, tokens: Tokens | None = None, start: int = 0) -> bool:
    """Whether a sentence counts years back from today: what it tells happened long ago. "N years
    since" counts back to the deed its clause holds only: with the keyword at `deed` (of the
    sentence, which starts at word `start` of `tokens`), only when the keyword stands after
    "since" in its clause ("two years since the attack on Kano", "dez anos desde que homens
    armados mataram"), not when the since-clause is an aside to a deed told before or after it
    ("Gunmen killed nine traders on Monday, two years since the last attack")."""
    for k in range(1, len(sentence)):
        if sentence[k] not in _YEARS_AGO or not _counted(sentence[k - 1]):
            continue
        if k >= 2 and sentence[k - 2] in _AGO_BEFORE and sentence[k - 3 : k - 2] != ["desde"]:
            return True  # not "desde hace dos años", for two years, which goes on
        if tuple(sentence[max(0, k - 4) : k - 1]) == ("il", "y", "a"):
            return True
        if k + 1 >= len(sentence) or (k >= 2 and sentence[k - 2] in _WITHIN):
            continue  # not "the first attack in five years since the truce", today's
        if sentence[k + 1] in _AGO_AFTER:
            return True
        if sentence[k + 1] in _YEARS_SINCE and (
            deed is None or tokens is None or _in_clause(tokens, start + k + 1, start + deed)
        ):
            return True
    return False


def _in_clause(tokens: Tokens, since: int, deed: int) -> bool:
    """Whether word `deed` stands after word `since` in its clause (no clause mark between)."""
    return since < deed and not any(mark in tokens[k].gap for k in range(since + 1, deed + 1) for mark in _CLAUSE_MARKS)


# Words of a deed done again or back, today's: "gunmen attack Palma again", "de nouveau frappée",
# "encore", "مجددا", "ثانية".
_AGAIN = _words(
    "again anew returns returned return novamente nuevamente nouveau nuevo retour regresa volta vuelve encore "
    "مجددا ثانية"
)
# "Again" in other words, as each language builds it: a noun of one time with "other" ("otra vez",
# "outra vez", "another time", "مرة أخرى") or "more" ("mais uma vez", "una vez más", "une fois de
# plus", "one more time"), "once more", and "new" after "de" ("de novo": "novo" alone is "new").
_TIME_NOUNS = _words("time vez fois مرة")
_OTHER_OR_MORE = _words("other another otra outra autre أخرى اخرى more mais mas plus")
_ONCE = _words("once")
_DE_NOVO = _words("novo")
TIME_REACH = 2  # words between a noun of one time and its "other" or "more": "fois de plus"


def _again(words: Sequence[str]) -> bool:
    """Whether the words tell of a deed done again (`_AGAIN` or its phrases): today's, not the
    past one a headline or a remembering recalls."""
    for k, word in enumerate(words):
        if _is(word, _AGAIN):
            return True
        if word in _ONCE and k + 1 < len(words) and words[k + 1] in _OTHER_OR_MORE:
            return True  # "once more"
        if word in _DE_NOVO and k > 0 and words[k - 1] == "de":
            return True  # "de novo"
        if _is(word, _TIME_NOUNS) and any(
            _is(other, _OTHER_OR_MORE) for other in words[max(0, k - 1) : k + 1 + TIME_REACH]
        ):
            return True  # "otra vez", "mais uma vez", "une fois de plus", "مرة أخرى"
    return False


def _dated_before(tokens: Tokens, start: int, stop: int, year: int | None) -> bool:
    """Whether the sentence `start`..`stop` - 1 dates its deed to a year before the item's own
    `year` and has no word of today's deed: a weekday, "today", "yesterday" (`_of_now`), "again",
    "returns" (`_AGAIN`), or a year not older than the item's (a full date of this year). With
    no `year` known (the caller gives none), never: when unsure, the deed is today's."""
    if year is None:
        return False
    folded = tokens.folded
    years = [int(folded[k]) for k in range(start, stop) if _year(folded[k]) and _dates_the_deed(tokens, k, start)]
    if not years or max(years) >= year:
        return False  # no year, or one of the item's own (or later) in the sentence: today's deed
    return not (any(_of_now(folded, k) for k in range(start, stop)) or _again(folded[start:stop]))


# The words before a year that dates a sentence's deed: a month ("Em março de 2021", "In March
# 2021"), a preposition of time ("in 2021", "em 2021", "في 2014"), and a noun of a year after one
# ("en el año 2018", "في عام 2014"). Not a noun's "of" ("the victims of 2018", "a homenagem às
# vítimas de 2020"), a determiner ("the 2023 siege"), nor Arabic's "عام" after a noun ("مجزرة عام
# 2014"): the year names another deed there, not the date of this one.
_DATING = _words("in em en dans during durante pendant no na في") | MONTHS
_YEAR_NOUNS = _words("year decade ano decada año annee decennie an") | _YEAR_NOUNS_AR
# Words of a deed the news is measured from or compared with: the year after them is that deed's
# ("the deadliest attack since 2019", "el peor ataque desde 2018", "three years after the 2023
# siege", "بعد مجزرة عام 2014", "como en 2020"), not the date of today's deed.
_MEASURED_FROM = _SINCE | _AFTER | _words("like como comme بعد مثل كما")
MEASURED_REACH = 4  # words between such a word and the year: "après le massacre de 2023"


def _dates_the_deed(tokens: Tokens, k: int, start: int) -> bool:
    """Whether the year at word `k` (in the sentence from `start`) dates the sentence's deed: after
    a word of `_DATING` (or a month's "de"), and no word the news is measured from before it in
    its clause."""
    folded = tokens.folded
    j = k - 1
    if j > start and folded[j] in _OF_A_DATE and (folded[j - 1] in MONTHS or folded[j - 1] in _YEAR_NOUNS):
        j -= 1  # "em março de 2021", "na década de 1920"
    if j > start and _is(folded[j], _YEAR_NOUNS):
        j -= 2 if j - 1 > start and folded[j - 1] in _DETERMINERS else 1  # "en el año 2018", "في عام 2014"
    if j < start or not _is(folded[j], _DATING):
        return False
    return not _measured_from(tokens, k, start)


def _measured_from(tokens: Tokens, k: int, start: int) -> bool:
    """Whether a word of `_MEASURED_FROM` stands before the year at word `k`, within
    `MEASURED_REACH` words of its clause."""
    for j in range(k - 1, max(start, k - 1 - MEASURED_REACH) - 1, -1):
        if any(mark in tokens[j + 1].gap for mark in _CLAUSE_MARKS):
            return False
        if _is(tokens.folded[j], _MEASURED_FROM):
            return True
    return False


# A relative clause of a deed, its preposition and pronoun: "the 2012 Houla massacre, in which 108
# people were killed", "o massacre de 1990, em que", "la masacre de 2001, en la que", "l'attentat
# de 2015, au cours duquel", "مجزرة عام 2014 التي".
_RELATIVE_PREPOSITIONS = _words("in during em na no nas nos durante en dans lors cours")
_CLAUSE_RELATIVES = _words("which que qual quais cual cuales lequel laquelle duquel")
_RELATIVES_AR = _words("التي الذي")


def _told_of_a_dated_deed(tokens: Tokens, start: int, i: int, stop: int, year: int | None) -> bool:
    """Whether the keyword at `i` stands in a relative clause of a deed its year names (the year
    with the deed's words and its place between, at most), a year before the item's own `year`
    ("revisits the 2012 Houla massacre near Homs, in which 108
    people were killed"), with no clause opener between and no word of today's deed or of a deed
    done again in the sentence: that deed's telling, not today's. Never with no `year` known."""
    if year is None:
        return False
    folded = tokens.folded
    for r in range(i - 1, start, -1):
        if _is(folded[r], _CLAUSE_OPENERS):
            return False
        if _is(folded[r], _RELATIVES_AR):
            first = r
        elif folded[r] in _CLAUSE_RELATIVES:
            first = r - 2 if r - 2 > start and folded[r - 1] in _DETERMINERS else r - 1  # "en la que"
            if folded[first] not in _RELATIVE_PREPOSITIONS:
                continue
        else:
            continue
        years = [
            int(folded[k])
            for k in range(max(start, first - 1 - YEAR_DEED_WORDS - NAMED_WORDS), first)
            if _year(folded[k]) and not _measured_from(tokens, k, start)
        ]
        if not years or max(years) >= year:
            return False
        return not (any(_of_now(folded, k) for k in range(start, stop)) or _again(folded[start:stop]))
    return False


def _remembered_with_its_year(tokens: Tokens, start: int, i: int, stop: int) -> bool:
    """Whether a verb of remembering governs the keyword at `i` in its sentence (`start`..`stop`
    - 1: `_governs`), and the sentence names a year (not one measured from: "the worst attack
    since 2020") or counts years back ("Ten years on, Ngouboua remembers Boko Haram's first
    raid"), with no word of a deed done again: what is remembered is that past deed ("relembra a
    chacina de 1990 em Belford Roxo, quando 11 jovens foram mortos", "recordó a los 21 años el
    linchamiento ... de 2004", "استذكر أهالي بعقوبة معارك عام 2007"). A weekday there dates the
    remembering ("recordou no domingo as vítimas do ataque de 1987"), not the deed. A verb that
    only precedes the keyword, in another clause, remembers nothing of it ("As residents
    remembered the victims of the 2022 massacre, gunmen attacked the crowd")."""
    folded = tokens.folded
    verb = next((k for k in range(i - 1, max(start, i - REMEMBERED_REACH) - 1, -1) if _is(folded[k], _REMEMBER)), None)
    if verb is None or not _governs(tokens, verb, i):
        return False
    sentence = folded[start:stop]
    dated = any(_names_a_year(folded, k) and not _measured_from(tokens, k, start) for k in range(start, stop))
    return (dated or _years_counted_back(sentence)) and not _again(sentence)


REMEMBERED_REACH = 12  # words from a verb of remembering to the keyword in its object
# Words that open a clause of their own, with its own subject and verb: "remembered the victims,
# but gunmen attacked", "lembrou as vítimas enquanto insurgentes atacavam".
_CLAUSE_OPENERS = _words(
    "but while whereas as when mas enquanto quando pero mientras cuando mais alors tandis quand lorsque "
    "لكن بينما عندما حين"
)
# A clause of the time a year names, right after the remembered deed and its year: "a batalha de
# 1978, quando os ataques aéreos mataram centenas", "la masacre de 1990, cuando".
_CLAUSE_WHEN = _words("when quando cuando lorsque quand عندما حين")
WHEN_NAME_WORDS = 3  # a place's name between the year and its clause: "de 1990 em Belford Roxo, quando"


def _governs(tokens: Tokens, verb: int, i: int) -> bool:
    """Whether the verb at word `verb` governs the keyword at word `i`: the keyword is its object
    or stands in its object's phrase, with no clause between (no clause mark, no word opening a
    clause), but for a clause of the time of a year that the object phrase ends with ("relembrou a
    batalha de 1978, quando os ataques mataram centenas")."""
    folded = tokens.folded
    for k in range(verb + 1, i + 1):
        opens = any(mark in tokens[k].gap for mark in _CLAUSE_MARKS) or _is(folded[k], _CLAUSE_OPENERS)
        if opens and not (k < i and _is(folded[k], _CLAUSE_WHEN) and _after_its_year(folded, verb, k)):
            return False
    return True


def _after_its_year(folded: Sequence[str], verb: int, when: int) -> bool:
    """Whether a year stands right before the word `when` (a place's name between at most), after
    the verb at word `verb`."""
    return any(_names_a_year(folded, j) for j in range(max(verb + 1, when - 1 - WHEN_NAME_WORDS), when))



def _names_a_year(folded: Sequence[str], k: int) -> bool:
    """Whether word `k` is a year: one of `_year`'s, or an older one after a preposition or
    Arabic's "عام" ("a ocupação de 1855", "el fuerte de 1553", "in 1896"), not a count."""
    word = folded[k]
    if _year(word):
        return True
    return len(word) == 4 and word.isdigit() and k > 0 and (folded[k - 1] in _OF_YEAR or folded[k - 1] in _YEAR_NOUNS_AR)


def _remembering(headline: Sequence[str]) -> bool:
    """Whether a headline tells of remembering: a verb of it ("Ilave recuerda", "Ngouboua
    remembers", "بعقوبة تستذكر"). Not a word of remembrance: a memorial, an anniversary or a
    tribute is an occasion, which today's deed may strike ("Anniversary ceremony attacked",
    "Bloodshed at memorial service"), and "aniversário" is a birthday too."""
    return any(_is(word, _REMEMBER) for word in headline)


def _years_counted_back(headline: Sequence[str]) -> bool:
    """Whether a headline counts years back from today to its subject ("Há cinco anos, Mucojo foi
    ocupado", "Ten years on, Ngouboua remembers", "Três anos depois do ataque a Palma"): then a
    summary deed its sentence dates to a year is that past one, not today's news."""
    if _years_ago(headline):
        return True
    return any(
        (headline[k] in _YEARS_AGO or headline[k] in _YEARS_AR)
        and _counted(headline[k - 1])
        and (headline[k + 1] in _YEARS_LATER or headline[k + 1] in _ON_AR)
        for k in range(1, len(headline) - 1)
    )


def _counted(word: str) -> bool:
    return word.isdigit() or word in _NUMBER_WORDS


def _named_by_year_and_name(tokens: Tokens, i: int) -> str | None:
    """ "the 2016 Islamic State assault", "the 2019 Easter Sunday bombings": a past deed named by
    its year and then by who did it or when, in capitals, between the year and the keyword."""
    k = i - 1
    while k >= 0 and i - k <= NAMED_WORDS and tokens[k].capitalized and not tokens[k].sentence_start:
        k -= 1
    if k == i - 1 or k < 1:
        return None
    return "a past event named by its year" if _year(tokens.folded[k]) and tokens.folded[k - 1] in _DETERMINERS else None


def _quoted(tokens: Tokens, i: int, end: int, text: str) -> str | None:
    """A keyword alone in quotes (a figure of speech: "jovens 'atacam' o desemprego"), or in a
    quoted title In Capitals ("a turnê 'Soy Rebelde'", "el festival 'Guerra Total'")."""
    if not tokens.gaps_hold_any(max(0, i - QUOTED_WORDS), i, OPENING_QUOTES):
        return None  # no quote opens before any word the loop below looks at (most keywords)
    first = i
    while not _opens(tokens, first):
        first -= 1
        if first < 0 or i - first > QUOTED_WORDS:
            return None
    last = end - 1
    while not _closes(tokens, last, text):
        last += 1
        if last >= len(tokens) or last - (end - 1) > QUOTED_WORDS:
            return None
    before = tuple(tokens.folded[first:i])
    if (all(word in _QUOTED_ARTICLES for word in before) or before in _PARTITIVES) and last == end - 1:
        return "in quotes, a figure of speech"  # "'atacam'", "« une bombe »", "« de la bombe »"
    if last > end - 1 and _named_so(tokens, first):
        return "in quotes, a name given to something: a figure of speech"  # "call the season 'bomb season'"
    if (
        last == end - 1
        and i - first >= 2
        and tokens.folded[first] in _QUOTED_COPULAS
        and all(tokens.folded[m] in _QUOTED_ARTICLES | _QUOTED_COPULAS for m in range(first + 1, i))
        and tokens.folded[i - 1] in _QUOTED_ARTICLES
    ):
        return "in quotes, what something is said to be: a figure of speech"  # "'é uma bomba'"
    capitalised = all(tokens[m].capitalized or tokens.folded[m] in _TITLE_LINKS for m in range(first, last + 1))
    if first == 0 or tokens[first].sentence_start or not (capitalised and tokens[last].capitalized):
        return None  # a headline's opening quote is someone's words; a quoted phrase is theirs too
    return "in a quoted title"


def _named_so(tokens: Tokens, first: int) -> bool:
    """Whether a verb of naming stands a few words before the quote that opens at word `first`,
    in its sentence: "students call the exam season 'bomb season'"."""
    for k in range(first - 1, max(-1, first - 1 - NAMING_REACH), -1):
        if tokens.folded[k] in _NAMING:
            return True
        if tokens[k].sentence_start:
            return False
    return False


quoted = _quoted  # for `keywords`: a headline's figure in quotes is the summary's figure too


def _opens(tokens: Tokens, k: int) -> bool:
    """Whether a quote opens right before word `k` (not an elision: "l'attaque")."""
    gap = tokens[k].gap.rstrip(" \u00a0\u202f")  # French quotes take a space inside: « une bombe »
    if not gap or gap[-1] not in OPENING_QUOTES:
        return False
    return not (k > 0 and len(gap) == 1 and gap in "'’")


def _closes(tokens: Tokens, k: int, text: str) -> bool:
    """Whether a quote closes right after word `k`."""
    if k + 1 < len(tokens):
        after = tokens[k + 1].gap
        if len(after) == 1 and after in "'’":
            return False  # an elision or a possessive: "Xolos' attack"
    else:
        after = text[tokens[k].end :]
    after = after.lstrip(" \u00a0\u202f")
    return bool(after) and after[0] in CLOSING_QUOTES


def score_in(tokens: Tokens, start: int, stop: int) -> bool:
    """Whether words `start`..`stop` - 1 give a match's score (`_score`), for another field."""
    return _score(tokens, start, stop)


ATTACK_OPENINGS = _ATTACK_OPENINGS


def _score(tokens: Tokens, start: int, stop: int) -> bool:
    """A match's score in words `start`..`stop` - 1: two small numbers joined by a dash or by "a",
    "x", "to" ("3-2", "4 a 0", "2 x 1")."""
    folded = tokens.folded
    for k in range(start, stop - 1):
        if not (folded[k].isdigit() and len(folded[k]) <= 2 and int(folded[k]) <= MAX_GOALS):
            continue
        nxt = k + 1
        if k > 0 and folded[k - 1] in _RANGES:
            continue
        if tokens[nxt].gap in ("-", "–") and folded[nxt].isdigit() and int(folded[nxt]) <= MAX_GOALS:
            return True
        if folded[nxt] in _SCORE_LINKS and nxt + 1 < stop and folded[nxt + 1].isdigit() and int(folded[nxt + 1]) <= MAX_GOALS:
            return True
    return False


def _protest_word(word: str) -> bool:
    return word.startswith(_PROTEST_OPENINGS) or (not word.isascii() and _is(word, _AR_PROTEST))


def _hunger_strike(words: Sequence[str]) -> bool:
    for k, word in enumerate(words):
        if word in ("hunger", "greve", "huelga") and any(tuple(words[k : k + len(p)]) == p for p in _HUNGER_STRIKES):
            return True
        if (
            not word.isascii()
            and _arabic_in(word, frozenset({_AR_HUNGER[0]}))
            and any(_arabic_in(w, frozenset({_AR_HUNGER[1]})) for w in words[k + 1 : k + 3])
        ):
            return True
    return False
