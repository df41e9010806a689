"""Keywords and exclude terms: whole words, their inflections, and only in their security sense.

A keyword meets a word when both stem alike in the item's language (English "attacked" and
"attack"; French "attaquée" and "attaque"; Portuguese "atacaram", Spanish "atacó" and "ataque";
Arabic "والهجوم" and "هجوم"), never as a piece of another word. A keyword is stemmed in every
language, an item's words in the item's (`bot.language`), and a word in Arabic script by Arabic
rules wherever it stands. Stemming in the item's own language keeps English "tire" from meeting
French "tirs". Then a table of non-security senses per language ("heart attack", "tirs au but",
"attaquant", "explosion de joie", "ataque cardíaco", "guerra de palabras", "حرب كلامية") turns
away the words that stem right but mean something else. Pure: no I/O.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import cached_property, lru_cache
from itertools import chain, compress, pairwise

import snowballstemmer
from wordfreq import zipf_frequency

from .abstract_nouns import ABSTRACT_NOUNS
from .arabic import is_arabic, readings, without_article
from .conjugation import conjugated, infinitive_of
from .disease_nouns import DISEASE_NOUNS
from .framing import ATTACK_OPENINGS, SCORE_FIELD, framed, quoted, score_in
from .language import LANGUAGES, marker_languages
from .person_nouns import PERSON_NOUNS
from .textnorm import Tokens, fold, is_title_case, sentence_bounds, tokenize
from .thing_nouns import THING_NOUNS
from .tree_nouns import TREE_NOUNS
from .vocabulary import keyword_sets, meanings

_STEMMERS = {
    lang: snowballstemmer.stemmer(name)
    for lang, name in {"en": "english", "fr": "french", "pt": "portuguese", "es": "spanish", "ar": "arabic"}.items()
}
# Forms no suffix rule relates to the verb whose sense they carry: dying is what killing does.
_SAME_AS = {
    "pt": {
        **{w: "matar" for w in "morto morta mortos mortas morte mortes morreu morreram morrem morre morrer".split()},
        "misseis": "missil",  # plurals in -eis of words in -il
        "fuzis": "fuzil",
    },
    "es": {w: "matar" for w in "muerto muerta muertos muertas muerte muertes murio murieron mueren muere morir".split()},
}
# Words Snowball cuts to the stem of everyday words: "granada" to "gran", the stem of "grano"
# (grain), "grana": the grenade keeps its own ("granadazo", a grenade attack, too).
# The shot, Portuguese and Spanish "tiro", "tiros", stems as "tirar" (to take, to throw: "tirou",
# "tiran"): the noun keeps its own, so that "ouviram tiros" is gunfire and "tirou" is not.
_OWN_STEMS = {
    "pt": {**{w: "granad" for w in "granada granadas".split()}, **{w: "tiro" for w in "tiro tiros".split()}},
    "es": {
        **{w: "granad" for w in "granada granadas granadazo granadazos".split()},
        **{w: "tiro" for w in "tiro tiros".split()},
    },
    # French participles Snowball stems two ways: "abattu", "abattue", "abattues" but "abattus".
    "fr": {w: "abattu" for w in "abattus".split()},
    # Snowball cuts the agent's "-er" ("attacker", "kidnapper" -> "attack", "kidnap": the one who
    # does the deed, rightly the keyword's stem). Of every English word in "-er", "-ers" that
    # wordfreq knows, the only one it so cuts to a bundled keyword's stem without being that
    # deed's agent is the firefighter, who fights fires, not firefights: a fire's or a
    # collapse's report names them ("firefighters said"), and "firefighting" is their work.
    "en": {w: "firefighter" for w in "firefighter firefighters firefighting".split()},
}


# Words stemmed as another word: stemmed whatever their first letters ("muertos" for "matar").
_SAME_WORDS = frozenset(word for table in _SAME_AS.values() for word in table)


@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    """`_stem`, remembered: the words of the news repeat."""
    return _stem(word, language)


def _stem(word: str, language: str) -> str:
    """The folded stem of a word in English ("en"), French ("fr"), Portuguese ("pt"), Spanish
    ("es") or Arabic ("ar"); a word in Arabic script is stemmed as Arabic whatever `language`
    says, and a word in Latin script is not stemmed as Arabic."""
    lowered = unicodedata.normalize("NFC", word.casefold())  # Snowball knows "é", not "e" + U+0301
    if is_arabic(lowered):
        return _stem_arabic(lowered)
    if language == "ar":
        return fold(lowered)
    if language == "en" and lowered.endswith("men") and len(lowered) > 4:
        lowered = lowered[:-3] + "man"  # gunmen -> gunman: the stemmer leaves irregular plurals alone
    if language in _SAME_AS:
        lowered = _SAME_AS[language].get(fold(lowered), lowered)
    if language == "pt" and lowered.endswith("ns") and len(lowered) > 4 and lowered[-3] in "aeiouéí":
        lowered = lowered[:-2] + "m"  # reféns -> refém, homens -> homem: Snowball stems the two apart
    if language == "pt" and lowered.endswith(("ões", "ães")):
        lowered = lowered[:-3] + "ão"  # explosões -> explosão: Snowball stems the two apart
    own = _OWN_STEMS.get(language, {}).get(fold(lowered))
    if own is not None:
        return own
    lowered = _verb_of_action_noun(lowered, language)
    stemmer = _STEMMERS[language]
    stemmed = stemmer.stemWord(lowered)
    if language == "fr" and stemmed.endswith(("ent", "on")) and lowered.endswith(("ent", "ons")) and len(lowered) > 4:
        # Snowball leaves some present-tense plurals whole ("attaquent", "tuent"); their
        # singular stems like the rest of the verb.
        stemmed = stemmer.stemWord(lowered[:-3] + "e")
    if language == "pt" and stemmed.endswith("ei") and lowered.endswith(("eio", "eios")) and len(stemmed) >= 5:
        stemmed = stemmed[:-2]  # bombardeio, tiroteio -> bombard, tirot, as bombardear, bombardearam
    elif language == "es" and stemmed.endswith("e") and lowered.endswith(("eo", "eos")) and len(stemmed) >= 5:
        stemmed = stemmed[:-1]  # bombardeo, tiroteo, saqueo -> bombard, tirot, saqu, as bombardearon
    if language in ("pt", "es") and stemmed.endswith(("qu", "gu")) and len(stemmed) > 3:
        stemmed = stemmed[:-2] + ("c" if stemmed.endswith("qu") else "g")  # ataque -> atac, as atacar, atacó
    elif language in ("pt", "es") and stemmed.endswith("at") and len(stemmed) >= 6:
        stemmed = stemmed[:-2]  # asesinato -> asesin, as asesinar, asesinaron
    folded = fold(stemmed)
    return _NOUN_OF_VERB.get(language, {}).get(folded, folded)


@lru_cache(maxsize=4096)
def verb_stems(word: str, language: str) -> frozenset[str]:
    """The stems of the regular forms of the verb a Portuguese or Spanish keyword names
    (`bot.conjugation`: "disparo", "disparar": disparar; "saqueo": saquear), other than the
    keyword's own stem: those Snowball cut apart ("disparan" -> "disp", "saquea" -> "saque",
    "incendió" -> "incend"), so that a text word with one of them meets the keyword. Only when
    the verb stems as the keyword (Snowball's own word that they are one word: "granada" is no
    form of a verb "granar", "muerto" none of "muertar"), and never a form that is a function
    word of the language nor its stem (Spanish and Portuguese "entre", a form of "entrar":
    `is_function_word`).
    Stemmed without `stem`'s memory, which is kept for the news's words."""
    infinitive = infinitive_of(word, language)
    own = stem(word, language)
    if infinitive is None or _stem(infinitive, language) != own:
        return frozenset()
    found: dict[bool, set[str]] = {True: set(), False: set()}
    for form in dict.fromkeys(conjugated(infinitive, language)):
        form_stem = _stem(form, language)
        if form_stem != own:  # most forms: the keyword's own stem, nothing to add
            found[is_function_word(fold(form), language)].add(form_stem)
    # nor a stem a function word takes, or that is one ("entre", of "entrar", also the stem of "entrei")
    kept = found[False] - found[True] - {own, ""}
    return frozenset(form_stem for form_stem in kept if not is_function_word(form_stem, language))


# Portuguese and Spanish make the noun of an action from its verb with -mento / -miento
# ("linchar" -> "linchamento", "linchamiento"; "amotinar" -> "amotinamiento"), a suffix
# Snowball keeps: the noun stems as its verb, so a typed "linchamento" finds "linchado".
_ACTION_NOUN = {
    "pt": (("amentos", "ar"), ("amento", "ar"), ("imentos", "er"), ("imento", "er")),
    "es": (("amientos", "ar"), ("amiento", "ar"), ("imientos", "er"), ("imiento", "er")),
}


def _verb_of_action_noun(word: str, language: str) -> str:
    """The infinitive an action noun in -mento / -miento is made from, else the word itself:
    only when at least four letters are left before the suffix ("linch-amento"), so that
    short nouns that merely end so ("cimento", "pimiento") are left alone."""
    for suffix, ending in _ACTION_NOUN.get(language, ()):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ending
    return word


# Verbs whose stem is not their noun's ("explodiram" and "explosão", "explotaron" and "explosión"):
# the verb's stem becomes the noun's, as the stems of the rest of the family are.
_NOUN_OF_VERB = {
    "pt": {"explod": "explos", "explosa": "explos"},
    "es": {"explot": "explos", "explosion": "explos", "balac": "balacer", "balace": "balacer"},  # balacean: balacera
    "fr": {"explos": "explos"},
}


_CONJUNCTIONS = ("\u0648", "\u0641")  # و ف
_PREPOSITIONS = ("\u0628", "\u0644", "\u0643")  # ب ل ك
_ALEF = "\u0627"
_WAW = "\u0648"
# The accusative's alef and the dual's endings after a word of the tables ("كمينا", "قتيلين",
# "اشتباكين"), and the dual of a feminine noun, its taa marbuta written as ت ("غارتين", "غارتان").
_AR_CASE_ENDINGS = (_ALEF, "\u064a\u0646", "\u0627\u0646")  # ا ين ان
_AR_FEMININE_DUALS = ("\u062a\u064a\u0646", "\u062a\u0627\u0646")  # تين تان
_TAA_MARBUTA = "\u0647"  # ة as `textnorm.fold` writes it
# Filled below, once the tables are read: a verb's persons by their family (`_AR_VERBS`), and
# every word the tables name, written whole.
_AR_VERB_FORMS: dict[str, str] = {}
_AR_KNOWN: set[str] = set()


def _stem_arabic(word: str) -> str:
    """Arabic: one spelling (`textnorm.fold`), then the article and what is written onto it
    ("وال", "بال", "لل"), a conjunction or preposition before 4 letters or more ("لهجوم",
    "بانفجار", "واختطاف"; shorter words are left to Snowball, whose rules know "كمين"), the
    sound feminine plural ("ات"), Snowball's light stemmer, then the words of one root that the
    security vocabulary uses (`_AR_ROOTS`: "هاجم" with "هجوم", "مقتل" with "قتل"); a person of
    one of its verbs (`_AR_VERB_FORMS`: "اشتبكوا", "يختطفون") is its family's noun."""
    base = without_article(fold(word))
    for ending in _AR_CASE_ENDINGS:
        if base.endswith(ending) and base[: -len(ending)] in _AR_KNOWN:
            base = base[: -len(ending)]  # "كمينا", "كمينين", "قصفين" (the ك of "كمين" is no preposition)
            break
    if base.endswith(_AR_FEMININE_DUALS) and len(base) >= 6:
        base = base[:-3] + _TAA_MARBUTA  # "غارتين", "عبوتين", "مجزرتين": two of "غارة", "عبوة", "مجزرة"
    if base[:1] in _CONJUNCTIONS and len(base) >= 5 and base not in _AR_VERB_FORMS:
        base = base[1:]
    if base in _AR_VERB_FORMS:
        return _AR_VERB_FORMS[base]
    if base[:1] in _PREPOSITIONS and len(base) >= 5 and base not in _AR_KNOWN:
        base = base[1:]
        if base in _AR_VERB_FORMS:
            return _AR_VERB_FORMS[base]  # "ليقتل", "لاختطاف"... after a preposition
    if base.endswith("\u0627\u062a") and len(base) >= 5:
        base = base[:-2]  # انفجارات -> انفجار: Snowball leaves "انفجارا"
    stemmed = fold(_STEMMERS["ar"].stemWord(base))
    return _AR_ROOTS.get(stemmed, stemmed)


# Forms of one root that Snowball's light stemmer leaves apart (verb and noun, agent, the
# imperfect's prefix), for the words of security: each line's stems become its first word's.
_AR_ROOTS: dict[str, str] = {}
_AR_FAMILIES = (
    "هجوم هجمة هاجم يهاجم تهاجم مهاجم",
    # dying a violent death is what killing does ("استشهد شاب برصاص", as Portuguese "morto" is "matar")
    "قتل مقتل يقتل تقتل قتيل مقتول مصرع استشهد استشهاد",
    "خطف اختطاف اختطف يختطف تختطف مخطوف مختطف خاطف",
    "انفجار انفجر تفجير متفجر",
    "اشتباك اشتبك",
    "اغتيال اغتال اغتيل",
    "قصف يقصف تقصف",
    "رهينة رهائن",
    # broken plurals the stemmer leaves apart from their singular
    "صاروخ صواريخ",
    "قذيفة قذائف",
    "قنبلة قنابل",
    "معركة معارك",
    "مجزرة مجازر",
    "كمين كمائن",
    "إرهابي إرهابيين إرهابيون",
    "جهادي جهاديين جهاديون",
    "مسلح مسلحين مسلحون",
    "لغم ألغام",  # أفعال: its alef folded is not the article's ("الغام")
    # one name spelt two ways, and its plural
    "ميليشيا ميليشيات مليشيا مليشيات",
    # the doers of a protest, as its noun
    "احتجاج محتج",
    "مظاهرة متظاهر تظاهرة",
    # verbs whose last letter is weak, which the persons of `_AR_VERBS` do not spell
    "اعتداء اعتدى اعتدت اعتدوا يعتدي يعتدون",
    "سطو سطا",
)
_AR_KNOWN.update(fold(w) for line in _AR_FAMILIES for w in line.split())
for _line in _AR_FAMILIES:
    _first, *_others = (_stem_arabic(w) for w in _line.split())
    _AR_ROOTS.update({other: _first for other in _others if other != _first})


# The verbs of the words of security, by their perfect ("he did"), under their family's noun.
# Each person of the perfect and of the imperfect, with an object pronoun or without, is the
# noun's word ("اشتبكوا", "يشتبكون", "تحتج", "قتلوه"): the perfect takes -ت -وا -ا -تا -ن -نا
# -تم, the imperfect ي ت ن before its stem and -ون -ان -ين -وا -ن after; a perfect that opens
# with alef (forms IV, VII and VIII: "أحرق", "انفجر", "اشتبك") drops it in the imperfect
# ("يحرق", "ينفجر", "يشتبك"). Arabic grammar, for a closed list of verbs: no root is guessed
# for any other word. A form that is an everyday word of its own is left out ("فجر", dawn, and
# "فجرا", at dawn, are not "he blew up"; "تفجر" is also a situation or anger that erupts).
_AR_VERBS = {
    "هجوم": "هاجم",
    "قتل": "قتل",
    "اختطاف": "اختطف خطف",
    "انفجار": "انفجر فجر",
    "اشتباك": "اشتبك",
    "اغتيال": "اغتال",
    "قصف": "قصف",
    "احتجاج": "احتج",
    "مظاهرة": "تظاهر",
    "نهب": "نهب",
    "مداهمة": "داهم",
    "ابتزاز": "ابتز",
    "اطلاق": "أطلق",
    "اضرام": "أضرم",
    "اقتحام": "اقتحم",
}
_AR_NOT_VERBS = frozenset(fold(w) for w in "فجر فجرا تفجر".split())
_PERFECT_ENDINGS = ("", "ت", "وا", "ا", "تا", "ن", "نا", "تم")
_IMPERFECT_PREFIXES = ("ي", "ت", "ن")  # ي ت ن
_IMPERFECT_ENDINGS = ("", "ون", "ان", "ين", "وا", "ن")
_OBJECTS = ("ه", "ها", "هم")  # ه ها هم


def _verb_forms(perfect: str) -> Iterator[str]:
    """Every person of an Arabic verb given by its perfect, in both tenses, folded."""
    yield from (perfect + ending for ending in _PERFECT_ENDINGS)
    yield from (perfect + pronoun for pronoun in _OBJECTS)
    yield from (perfect + _WAW + pronoun for pronoun in _OBJECTS)  # "قتلوه": -وا before a pronoun
    imperfect = perfect[1:] if perfect.startswith(_ALEF) else perfect
    for prefix in _IMPERFECT_PREFIXES:
        yield from (prefix + imperfect + ending for ending in _IMPERFECT_ENDINGS)
        yield from (prefix + imperfect + pronoun for pronoun in _OBJECTS)


for _noun, _perfects in _AR_VERBS.items():
    _family = _stem_arabic(_noun)
    for _perfect in _perfects.split():
        _AR_VERB_FORMS.update({form: _family for form in _verb_forms(fold(_perfect)) if form not in _AR_NOT_VERBS})
_AR_KNOWN.update(_AR_VERB_FORMS)


def languages(fields: Sequence[Tokens]) -> tuple[str, ...]:
    """English or French by the item's common words and accents; both when it cannot tell
    (`bot.language.item_languages` knows Portuguese, Spanish and Arabic too)."""
    return marker_languages(fields)


# Non-security senses, by the folded stem of the keyword they mimic (in any language):
# phrases just before, phrases just after, and word prefixes that make another word altogether.
_Phrases = frozenset[tuple[str, ...]]


def arabic_verbal_noun(word: str) -> str | None:
    """The verbal noun of the pattern fu'ul ("نزوح", displacement) for an Arabic active
    participle of the pattern fa'il ("نازح", displaced): the same root's deed, which the press
    writes as often as the doer. None for any other word."""
    if len(word) != 4 or not is_arabic(word) or word[1] != _ALEF or _ALEF in (word[0], word[2], word[3]):
        return None
    return word[0] + word[2] + _WAW + word[3]


def sense_form(word: str) -> str:
    """A word as the tables of senses compare it: folded, and an Arabic word as its stem (its
    article and prefixes gone: "بالمباراة" and "مباراة" are one word to a table)."""
    return _stem_arabic(word) if is_arabic(word) else fold(word)


def _plurals_of(word: str) -> tuple[str, ...]:
    """The Spanish and Portuguese plurals of a folded noun or adjective: a vowel takes "s"
    ("libre", "libres"), a consonant "es" ("penal", "penales"), and Portuguese "-l" turns to
    "-is" ("penal", "penais"); an English "-y" to "-ies" ("penalty", "penalties")."""
    if word[-1:] in "aeiou":
        return (word + "s",)
    forms = [word + "es", word + "s"]
    if word.endswith("l"):
        forms.append(word[:-1] + "is")
    if word.endswith("y"):
        forms.append(word[:-1] + "ies")
    return tuple(forms)


def _with_plurals(*texts: str) -> tuple[str, ...]:
    """Each phrase after a noun as the singular "tiro" takes it and as the plural "tiros" does:
    its first word (the adjective that agrees) in the plural too ("tiro libre", "tiros libres");
    a phrase opening with a preposition stays as it is ("tiros de meta")."""
    out = []
    for text in texts:
        first, _, rest = text.partition(" ")
        out.append(text)
        if first not in ("de", "da", "do", "al", "ao", "a"):
            out.extend(f"{plural} {rest}".strip() for plural in _plurals_of(first))
    return tuple(out)


def _phrases(*texts: str) -> _Phrases:
    return frozenset(tuple(sense_form(w) for w in text.split()) for text in texts)


@dataclass(frozen=True)
class OtherSense:
    """How a word that stems like a keyword shows another meaning: the phrase just before it,
    the phrase just after it, a word a few places before or after it, or a longer word it
    begins ("attaquant" is a football striker, not an attack)."""

    before: _Phrases = frozenset()
    after: _Phrases = frozenset()
    near_before: frozenset[str] = frozenset()
    near_after: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    in_sentence: frozenset[str] = frozenset()  # a word anywhere in its sentence: "o ataque do Benfica marcou dois golos"

    @cached_property
    def before_lengths(self) -> tuple[int, ...]:
        """The lengths of the phrases before, so a text is sliced once per length."""
        return tuple(sorted({len(p) for p in self.before}))

    @cached_property
    def after_lengths(self) -> tuple[int, ...]:
        return tuple(sorted({len(p) for p in self.after}))


def _near(text: str) -> frozenset[str]:
    return frozenset(sense_form(w) for w in text.split())


# Words of football, Portuguese and Spanish, around "ataque", "tiro", "disparo": the attack of a
# team. Not "partido" (also a political party), "liga", "equipo", "defesa" (also the ministry).
_FOOTBALL = (
    "futebol fútbol golo golos gol goles marcou goleada golear jogo jogos partida campeonato treinador entrenador fc cf "
    "árbitro delantero delanteros avançado avançados rematou remate remates escanteio penálti "
    "penalti clube seleção selección torneio torneo"
)
# A penalty kick, as Latin America ("penal", "penales", "tiro penal"), Brazil ("pênalti") and
# Portugal and Spain ("penálti", "penalti") write it, singular and plural, accents folded.
_PENALTIES = tuple(dict.fromkeys(form for word in ("penal", "penalti", "penalty") for form in (word, *_plurals_of(word))))
# The sport of target shooting: its medals, its athletes, its games.
_TARGET_SPORT = (
    "medalla medallas medalha medalhas medaille medailles deportista deportistas desportista desportistas atleta atletas "
    "olimpico olimpicos olimpicas olimpiadas olimpiada olympique paralimpico tiradores atiradores"
)
# Words of accidents, disease and weather before or after "matar", "mortos", "muertos".
_MISHAPS = (
    "acidente acidentes accidente accidentes inundação inundações inundación inundaciones chuvas lluvias temporal "
    "raio rayo cólera epidemia surto brote deslizamento deslizamiento terremoto sismo colisão colisión afogamento "
    "afogados ahogados naufrágio naufragio trânsito viação tránsito "
    # heat and cold: "golpe de calor", "ola de calor", "onda de frio"
    "calor canícula insolação insolación hipotermia"
)
# The same in Arabic: football ("a team's attack"), accidents, floods, disease.
_AR_FOOTBALL = "مباراة كرة الدوري مدرب لاعب لاعبي المنتخب هداف تسديدة ركلة المرمى الشوط النادي"
# Not "المرور" alone, traffic itself, which a blast disrupts ("وعطل الانفجار حركة المرور"): a road
# accident is named "حادث", "حوادث" or "السير" beside it.
_AR_MISHAPS = "حادث حوادث السير فيضانات سيول الكوليرا زلزال صاعقة غرق تصادم انهيار"
# What is felled, culled or pulled down, not shot: trees, livestock and poultry, game, a wall.
_CULLED = (
    "arbre arbres foret bois volaille volailles poulets poules canards oiseaux betail cheptel animaux animal vaches "
    "bovins moutons chevres porcs chiens chien sangliers loups elephants girafes aviaire abattoir mur murs cloison "
    "travail cartes"
)
# What overruns a place that is no army: "overrun by tourists", "overrun with rats".
_OVERRUN_BY = (
    "tourists",
    "visitors",
    "fans",
    "rats",
    "mice",
    "weeds",
    "locusts",
    "rabbits",
    "pigeons",
    "crowds",
    "shoppers",
    "migrants",
    "water",
    "floodwater",
    "floodwaters",
    "sand",
    "bureaucracy",
    "paperwork",
    "requests",
)
# Markets and prices: what "collapses" in the economy pages.
_MARKETS = (
    "market markets stock stocks shares currency price prices economy sales exports mercado mercados bolsa bolsas ações "
    "preço precio prix "
    "acciones preços precios moeda moneda câmbio economia economía vendas ventas venda venta exportações exportaciones"
)

# Quantities that explode or soar in the economy pages: production, demand, sales, exports.
_QUANTITIES = (
    "produccion producao production demanda procura demand ventas vendas venta venda exportaciones exportacoes exports "
    "cosecha colheita harvest consumo consumption inscricoes inscripciones matriculas "
    "ventes exportations recoltes recolte peche catches harvests "
    # a population that booms: "an explosion of the locust population"
    "population populations populacao poblacion "
    "الانتاج الطلب المبيعات"
)

# Keyed by the folded stem of the keyword the word mimics, in any language.
_OTHER_SENSES: dict[str, OtherSense] = {
    "attack": OtherSense(
        before=_phrases("heart", "panic", "asthma", "anxiety", "cardiac", "migraine", "shark", "locust", "speculative"),
        after=_phrases(
            "midfielder",
            "midfielders",
            "player",
            "players",
            "line",
            "third",
            "minded",
            "on goal",
            # Words of argument: ministers "attacked the report".
            "the report",
            "a report",
            "the decision",
            "the proposal",
            "the plan",
            "the budget",
            "the bill",
            "the ruling",
            "on democracy",
            "on press freedom",
            "on the constitution",
            "on the judiciary",
            "on the rule of law",
            "on free speech",
        ),
    ),
    "attaqu": OtherSense(
        after=_phrases(
            "cardiaque",
            "cerebrale",
            "de panique",
            "de criquets",
            "acridienne",
            "de sauterelles",
            "speculative",
            "speculatives",
            # "attaquer" a season or a file: to begin or to tackle it ("le festival attaque sa saison
            # avec un concert", "le gouvernement attaque le dossier")
            # (not "le marché", "le chantier": armed men attack markets and work sites)
            "sa saison",
            "la saison",
            "sa nouvelle saison",
            "la nouvelle saison",
            "l annee",
            "la rentree",
            "sa tournee",
            "le dossier",
            "ce dossier",
            # "attaquer en justice": to sue, "attaqué en diffamation": sued for libel
            "en justice",
            "en diffamation",
        ),
        prefixes=("attaquant",),
    ),
    # Portuguese and Spanish "ataque", "atacar": medicine, panic, locusts, markets, football.
    "atac": OtherSense(
        after=_phrases(
            "cardíaco",
            "cardíaca",
            "cardiaco",
            "do coração",
            "de coração",
            "al corazón",
            "de pânico",
            "de pánico",
            "de ansiedade",
            "de ansiedad",
            "de asma",
            "de nervos",
            "de nervios",
            "de riso",
            "de risa",
            "de tosse",
            "de tos",
            "epiléptico",
            "de epilepsia",
            "cerebral",
            "isquémico",
            "de gafanhotos",
            "de langostas",
            "de tubarão",
            "de tiburón",
            "especulativo",
            "especulativos",
            "a democracia",
            "a la democracia",
            "as instituicoes",
            "a las instituciones",
            "a soberania",
            "a la soberania",
        ),
        near_before=_near("infarto enfarte"),
        near_after=_near("infarto enfarte"),
        in_sentence=_near(_FOOTBALL),
    ),
    "هجوم": OtherSense(
        # "هجوم مرتد", "هجمة مرتدة": football's counter-attack (an army's is "هجوم مضاد")
        # and the same adjectives with the accusative's alef ("شن هجوما سياسيا")
        after=_phrases(
            *"مضاربي كلامي اعلامي لاذع حاد سياسي برلماني مرتد مرتدة".split(),
            *"مضاربيا كلاميا اعلاميا لاذعا حادا سياسيا برلمانيا".split(),
        ),
        in_sentence=_near(_AR_FOOTBALL),
    ),
    "tir": OtherSense(
        after=_phrases(
            "a l arc",
            "de feux",
            "au but",
            "aux buts",
            "cadre",
            "cadres",
            "croise",
            "enroule",
            "livre",
            "libre",
            "de meta",
            "de canto",
            "de esquina",
            "ao gol",
            "a puerta",
            "al arco",
            "de penálti",
            "de penalti",
            # target shooting, archery and clay pigeons; the starting gun of a race
            "ao alvo",
            "al blanco",
            "al plato",
            "com arco",
            "con arco",
            "de largada",
            "de salida",
            # figures: a shot in the foot, one that backfires, a stone's throw
            "no pe",
            "en el pie",
            "pela culatra",
            "por la culata",
            "de pedra",
            "de piedra",
            # a mine's shaft, the rise of trousers, a fixed thing ("a tiro fijo")
            "de mina",
            "de la mina",
            "da mina",
            "fijo",
            # a camera's shot (photography)
            *_with_plurals("de camara", "de camera", "fotografico"),
            *_with_plurals("livre", "libre", "cruzado", "deportivo", "esportivo", "olimpico", "penal", "de meta"),
            *(f"{link} {penalty}" for link in ("de", "desde el punto", "da marca do", "da marca de") for penalty in _PENALTIES),
            *_PENALTIES,
        ),
        # a club, a range, a championship, an athlete of target shooting
        before=_phrases(
            *(
                f"{place} de"
                for place in (
                    "club",
                    "clube",
                    "clubes",
                    "clubs",
                    "poligono",
                    "poligonos",
                    "estande",
                    "campeonato",
                    "campeon",
                    "campeao",
                    "atleta",
                    "atletas",
                    "tirador",
                    "tiradores",
                    "atirador",
                    "atiradores",
                )
            ),
        ),
        prefixes=("tirage",),
        in_sentence=_near(_FOOTBALL + " " + _TARGET_SPORT + " " + " ".join(_PENALTIES)),
    ),
    # "disparos" and "disparar" (to shoot), also prices that soar ("los precios se disparan").
    # Colombia's "hostigamiento" is shots fired at a post or a town; harassment at work, at
    # school, sexual, in the courts or the press is the same word
    "hostig": OtherSense(
        after=_phrases("sexual", "laboral", "escolar", "judicial", "mediatico", "politico", "callejero", "en redes", "en linea"),
    ),
    "dispar": OtherSense(
        # Spanish "dispararse", a figure's verb: "los precios se disparan", "se dispara la inflación"
        before=_phrases("se"),
        after=_phrases(
            "a puerta",
            "al arco",
            "de cabeza",
            "de alarme",
            "de alarma",
            "de alarmes",
            "de alarmas",
            "do alarme",
            "de la alarma",
            # shooting ahead in a league's table, a ranking, the polls: "dispara na liderança"
            "na lideranca",
            "en el liderato",
            "en la tabla",
            "na tabela",
            "na classificacao",
            "en la clasificacion",
            "no ranking",
            "en el ranking",
            "nas sondagens",
            "nas pesquisas",
            "en las encuestas",
        ),
        near_before=_near(_MARKETS),
        near_after=_near(_MARKETS),
        in_sentence=_near(_FOOTBALL),
    ),
    "explos": OtherSense(
        before=_phrases("population", "demographic", "demographique", "price", "prix", "creative"),
        after=_phrases(
            # a music, a fashion, an artist that burst onto the scene: "a explosé sur la scène internationale"
            "sur la scene internationale",
            "sur la scene mondiale",
            "na cena internacional",
            "en la escena internacional",
            "onto the scene",
            "onto the international scene",
            # Arabic: an explosion of laughter, anger, joy
            "ضحك",
            "الضحك",
            "غضب",
            "الغضب",
            "فرح",
            "الفرح",
            "de joie",
            "of joy",
            "of colour",
            "of color",
            "de couleurs",
            "of cases",
            "de cas",
            "des prix",
            "des cas",
            "des inscriptions",
            "des ventes",
            "in demand",
            "in popularity",
            "in sales",
            "in prices",
            "in mobile",
            "de alegria",
            "de alegría",
            "de júbilo",
            "de euforia",
            "de emoção",
            "de emoción",
            "de cores",
            "de colores",
            "de casos",
            "de preços",
            "de precios",
            "demográfica",
            "démographique",
            "de vendas",
            "de ventas",
            "de sabor",
            "de sabores",
            "de raiva",
            "de ira",
            "غضب",
            "الغضب",
            "de risos",
            "de risas",
            "de turistas",
            "de touristes",
            "of tourists",
            "de visitantes",
            "populacional",
            "demografico",
            "سكاني",
            "سكانيا",
            # English adjectives: "explosive allegations", "an explosive start"
            "allegations",
            "claims",
            "testimony",
            "revelations",
            "interview",
            "book",
            "memoir",
            "documentary",
            "growth",
            "start",
            "performance",
            "cocktail",
        ),
        # an explosion of a quantity: production, demand, sales ("una explosión en su producción"),
        # and the quantity that explodes, its subject before the verb ("as exportações explodem",
        # "la pêche explose", "les prises de poisson explosent")
        near_before=_near(_QUANTITIES),
        near_after=_near(_QUANTITIES),
    ),
    "shoot": OtherSense(
        before=_phrases("photo", "film", "video", "fashion"),
        after=_phrases("star", "stars", "guard", "percentage", "photo", "photos"),
        near_after=_near("film movie documentary clip video feature series episode"),
    ),
    "blast": OtherSense(before=_phrases("a", "controlled"), after=_phrases("from the past", "furnace", "furnaces")),
    "shell": OtherSense(after=_phrases("out", "company", "companies", "game")),
    "manifest": OtherSense(
        after=_phrases(
            "culturelle",
            "sportive",
            "artistique",
            "scientifique",
            "festive",
            "d interet",
            "de l interet",
            "cultural",
            "artistica",
            "religiosa",
            "de interesse",
            "de interes",
            "de fe",
            "de vontade",
            "de voluntad",
            "de pesar",
            "de repudio",
            "de condolencias",
            # a symptom: "les premières manifestations du choléra"
            "du cholera",
            "de la maladie",
            "de la crise",
            "da doenca",
            "de la enfermedad",
            "of the disease",
            # a cultural event: "la grande manifestation des cultures du fleuve"
            "des cultures",
            "culturelles",
            "sportives",
        )
    ),
    # A fight or combat for a cause, in a ring or a cockpit: no arms.
    "fight": OtherSense(
        after=_phrases(
            "for justice",
            "for freedom",
            "for democracy",
            "for equality",
            "for rights",
            "for the title",
            "night",
            "club",
            "card",
            # idioms of struggle: "fighting a losing battle against middlemen", "an uphill battle"
            "a losing battle",
            "an uphill battle",
            "a rearguard action",
            # a price, a wage or a market fought for: "farmers fighting for fair prices"
            "for fair prices",
            "for better prices",
            "for higher prices",
            "for fair wages",
            "for better wages",
            "for higher wages",
            "for better pay",
            "for market share",
            "for customers",
        )
    ),
    "combat": OtherSense(
        after=_phrases(
            "de coqs",
            "de boxe",
            # the combat sports: a bout ("les combats de lutte traditionnelle", "combates de lucha libre")
            "de lutte",
            "de luta",
            "de lucha",
            "de judo",
            "de karate",
            "de catch",
            "de sumo",
            "de taekwondo",
            "de kickboxing",
            "de mma",
            "de jiu jitsu",
            "de capoeira",
            "politique",
            "pour la liberte",
            "pour la democratie",
            "pour les droits",
            "pour la justice",
            "pour l egalite",
            "pela democracia",
            "por la democracia",
            "pela liberdade",
            "por la libertad",
            "pelos direitos",
            "por los derechos",
            "de gallos",
            "de galos",
            # French "combat" for a cause: "le combat contre le paludisme", "le combat de sa vie"
            "contre la corruption",
            "contre le paludisme",
            "contre la pauvrete",
            "contre le cancer",
            "contre la maladie",
            "contre l impunite",
            "contre le chomage",
            "contre le sida",
            "de sa vie",
            "judiciaire",
            "juridique",
            "syndical",
            "electoral",
        )
    ),
    "frapp": OtherSense(
        before=_phrases("faute de"),
        after=_phrases("du gauche", "du droit", "cadree", "enroulee", "puissante", "croisee"),
        near_after=_near(
            "secheresse crise inondations inondation penurie pauvrete epidemie greve chomage piece pieces "
            "monnaie medaille criquets"
        ),
    ),
    "raid": OtherSense(
        before=_phrases("rallye"),
        after=_phrases(
            "a moto",
            "moto",
            "touristique",
            "automobile",
            "en 4x4",
            "rallye",
            "humanitaire",
            # to rummage through a store of things, or of money: "raid the fridge", "raided the coffers"
            "the fridge",
            "the larder",
            "the pantry",
            "the wardrobe",
            "the archives",
            "the archive",
            "the library",
            "the piggy bank",
            "the coffers",
            "the treasury",
            "the reserves",
            "the kitty",
        ),
    ),
    # French "coup" is a blow, read in English too when a short French headline has no French
    # common word ("Ségou : coup dur"): its French phrases are no coup d'État ("coup dur", "coup
    # franc", "coup d'envoi", "coup de main", "coup de grâce", "coup de théâtre").
    "coup": OtherSense(
        after=_phrases(
            "dur",
            "durs",
            "franc",
            "francs",
            "d envoi",
            "de main",
            "de grace",
            "de theatre",
            "de coeur",
            "de foudre",
            "de pouce",
            "de gueule",
            "de fil",
            "de sifflet",
            "de chapeau",
            "de projecteur",
            "de boost",
        )
    ),
    "ambush": OtherSense(after=_phrases("marketing")),
    # French "abattu": a man shot dead ("un terroriste abattu par l'armée"), also trees felled,
    # animals culled (avian flu, a stray dog), a wall pulled down, and a man downcast.
    "abattu": OtherSense(
        before=_phrases("l air", "semblait", "paraissait", "tres", "moralement", "l arbre", "les arbres"),
        near_before=_near(_CULLED),
        near_after=_near(_CULLED),
    ),
    # English "siege" is the army's or the police's ("Djibo under siege"), but for a mood; to be
    # "besieged" by reporters, fans or calls is to be pressed, not surrounded by arms.
    "sieg": OtherSense(after=_phrases("mentality")),
    "besieg": OtherSense(
        after=_phrases(
            "by reporters",
            "by journalists",
            "by fans",
            "by tourists",
            "by requests",
            "by calls",
            "with calls",
            "by complaints",
            "by questions",
            "by customers",
            "by shoppers",
            "by buyers",
            "with requests",
            "with questions",
        ),
    ),
    # A base "overrun" by fighters; not a cost overrun, nor a town overrun by tourists or rats.
    "overrun": OtherSense(
        before=_phrases("cost", "costs", "budget", "budgetary", "schedule", "time"),
        after=_phrases(*(f"by {pest}" for pest in _OVERRUN_BY), *(f"with {pest}" for pest in _OVERRUN_BY)),
    ),
    "overran": OtherSense(
        after=_phrases("its budget", "the budget", "their budget", "the deadline", "its deadline", "by", "the time"),
    ),
    # Arabic "اقتحام", storming a place; also entering a market or a field ("اقتحام سوق العمل").
    "اقتحام": OtherSense(
        after=_phrases("سوق", "الاسواق", "عالم", "مجال", "المنافسة", "السباق", "امتحان", "امتحانات", "الامتحان", "الامتحانات")
    ),
    # Spanish "asedio" is a siege, also the harassment of a person ("asedio sexual", "asedio mediático").
    "asedi": OtherSense(after=_phrases("sexual", "mediatico", "judicial", "fiscal", "politico", "laboral", "escolar")),
    # Arabic "رصاص", bullets ("برصاص مجهولين"), is also lead: the pencil, the poisoning, the
    # petrol without it, the mine of lead and zinc.
    "رصاص": OtherSense(
        before=_phrases("قلم", "اقلام"),
        near_before=_near("تسمم التسمم الخالي خالي خالية البنزين مناجم منجم خام معادن انابيب أنابيب"),
        near_after=_near("الزنك زنك والزنك الخام"),
    ),
    # Arabic "اعتداء", an assault, also an encroachment (on public land, on a right) or words.
    "اعتداء": OtherSense(
        after=_phrases(
            "على الملك العمومي",
            "على الملك العام",
            "على الاملاك",
            "على الاراضي",
            "على الحريات",
            "على حرية",
            "على الدستور",
            "على السيادة",
            "على القانون",
            "على المال العام",
            "لفظي",
            "اللفظي",
            # the land and its green: forests, parks, the shore
            "على الغابات",
            "على الغابة",
            "على المساحات الخضراء",
            "على المساحات",
            "على البيئة",
            "على الشريط الساحلي",
        ),
    ),
    # A gambling machine, a film, and "made out like bandits": a windfall, not armed robbers.
    "bandit": OtherSense(before=_phrases("one armed", "time", "like", "smokey and the")),
    # "l'enlèvement des ordures": collecting rubbish, not kidnapping.
    "enlev": OtherSense(
        after=_phrases(
            "des ordures",
            "d ordures",
            "des dechets",
            "de dechets",
            "des immondices",
            "des epaves",
            "des vehicules",
            "des corps",
        )
    ),
    # Plunder of what is no shop: "le pillage des ressources", "looting of public funds".
    "pillag": OtherSense(
        after=_phrases(
            "des diamants",
            "de l or",
            "do ouro",
            "dos diamantes",
            "de diamantes",
            "del oro",
            "des ressources",
            "de ressources",
            "des minerais",
            "des richesses",
            "du pays",
            "economique",
            "des fonds",
            "des deniers",
            "des caisses",
            "du patrimoine",
            "des forets",
        )
    ),
    "loot": OtherSense(
        after=_phrases(
            "of public funds",
            "of state funds",
            "of state coffers",
            "of the treasury",
            "of resources",
            "of the economy",
            "of public resources",
            "boxes",
            "box",
        )
    ),
    # "à l'assaut du marché": a conquest of no place.
    "assaut": OtherSense(
        after=_phrases("du marche", "des marches", "du titre", "de la presidence", "du pouvoir", "des urnes", "du podium"),
        # a crowd that storms the shops: "les acheteurs prennent d'assaut le marché", "pris d'assaut par les clients"
        near_before=_near("acheteurs clients consommateurs voyageurs fideles touristes festivaliers badauds"),
        near_after=_near("acheteurs clients consommateurs voyageurs fideles touristes festivaliers badauds"),
    ),
    "crash": OtherSense(
        before=_phrases("market", "stock", "stock market", "flash", "sugar", "price", "housing"),
        after=_phrases("out", "course", "courses", "diet", "test", "tests"),
    ),
    # A team or a crowd that "ran riot" is no riot.
    "riot": OtherSense(
        before=_phrases("ran", "run", "runs", "running"),
        after=_phrases("of colour", "of color", "of colours", "of colors", "act"),
    ),
    "confront": OtherSense(after=_phrases("direto", "directo")),
    "protest": OtherSense(
        before=_phrases("formal", "official", "diplomatic", "diplomatique"),
        after=_phrases(
            "de titulo",
            "de titulos",
            "em cartorio",
            "cartorio",
            "vote",
            "votes",
            "song",
            "songs",
            # a government's formal protest: a note, not a crowd
            "formal",
            "formel",
            "formelle",
            "oficial",
            "officiel",
            "officielle",
            "رسميا",
            "رسمي",
            "diplomatico",
            "diplomatique",
            # on social media: words, not a crowd in the street
            "nas redes",
            "nas redes sociais",
            "en las redes",
            "en redes",
            "en redes sociales",
            "on social media",
            "online",
            "sur les reseaux",
            "sur les reseaux sociaux",
        ),
    ),
    "clash": OtherSense(after=_phrases("of clans", "of styles", "of civilizations", "of civilisations", "of titans")),
    # War: of words, trade, prices, in English, French, Portuguese, Spanish ("guerr" is all three
    # Romance stems) and Arabic.
    # War: of words, trade, prices; and the wars of history ("the Second World War", "the Cold
    # War", "war veterans"), which anniversaries and obituaries name.
    "war": OtherSense(
        before=_phrases(
            "trade",
            "price",
            "tariff",
            "culture",
            "bidding",
            "talent",
            "console",
            "flame",
            "format",
            "world",
            "cold",
            "great",
            "vietnam",
            "korean",
            "napoleonic",
            "crimean",
            "boer",
            "falklands",
            "revolutionary",
        ),
        after=_phrases("of words", "on cancer", "on poverty", "on plastic", "on waste", "ii", "veterans", "veteran", "memorial"),
    ),
    "guerr": OtherSense(
        after=_phrases(
            "des mots",
            "de palavras",
            "de palabras",
            "commerciale",
            "commerciales",
            "comercial",
            "comerciais",
            "comerciales",
            "des prix",
            "de preços",
            "de precios",
            "des tarifs",
            "de tarifas",
            "des nerfs",
            "de nervos",
            "de nervios",
            "de audiência",
            "de audiencias",
            "des audiences",
            "cultural",
            "culturelle",
            "de narrativas",
            "des ego",
            "de egos",
            "fiscal",
            "mundial",
            "mondiale",
            "fria",
            "froide",
            "do vietna",
            "do vietname",
            "de vietnam",
            "du vietnam",
            "das malvinas",
            "de las malvinas",
            "del pacifico",
            "do paraguai",
            "civil espanhola",
            "civil espanola",
            "de independencia",
            "da independencia",
            "de los mil dias",
            "cristera",
            # games and fiction: "guerra de almofadas", "La guerra de las galaxias"
            "nas estrelas",
            "de las galaxias",
            "dos sexos",
            "de los sexos",
            "de almofadas",
            "de almohadas",
            "de travesseiros",
            "de agua",
            "de tomates",
            "de comida",
            "de bolas de neve",
            "de bolas de nieve",
        )
    ),
    "حرب": OtherSense(
        after=_phrases("كلامية", "اعلامية", "تجارية", "الاسعار", "الكلمات", "التصريحات", "العالمية", "الباردة", "اكتوبر")
    ),
    # "وقف إطلاق النار": a ceasefire, not gunfire.
    "اطلاق": OtherSense(before=_phrases("وقف", "لوقف", "بوقف", "ووقف")),
    "قنبل": OtherSense(after=_phrases("موقوتة")),
    # "طعن" is also an appeal at law ("الطعن في الحكم", "طعن في نتائج الانتخابات"); "a stab at"
    "طعن": OtherSense(
        after=_phrases("في الحكم", "في القرار", "في قرار", "في نتائج", "في دستورية", "امام المحكمة"),
        near_before=_near("محكمة المحكمة المحامي محامي الدفاع القضاء"),
        near_after=_near("محكمة المحكمة القضاء الانتخابات الانتخابية"),
    ),
    "stab": OtherSense(after=_phrases("at", "in the dark", "in the back")),  # "a ticking bomb": the public debt, a dispute
    "اشتب": OtherSense(after=_phrases("كلامي", "لفظي", "بالايدي")),
    "معر": OtherSense(after=_phrases("انتخابية", "قضائية", "سياسية", "ضد الفساد", "كسر العظم")),
    "قتل": OtherSense(after=_phrases("الوقت", "الملل"), near_before=_near(_AR_MISHAPS), near_after=_near(_AR_MISHAPS)),
    "قصف": OtherSense(after=_phrases("اعلامي", "جبهة")),
    "اغتيال": OtherSense(after=_phrases("الشخصية", "معنوي")),
    "خطف": OtherSense(
        after=_phrases(
            "الثورة",
            "الدولة",
            "القرار",
            "الاضواء",
            "الانظار",
            # a victory, points, a title or a goal snatched: "يخطف الفوز", "خطف هدف التعادل"
            "الفوز",
            "فوزا",
            "التعادل",
            "النقاط",
            "نقطة",
            "اللقب",
            "الصدارة",
            "البطاقة",
            "هدف",
            "القلوب",
        )
    ),
    # "مسيرة" is a drone and a march, and a career: "مسيرة مهنية حافلة", "مسيرته الكروية". A march
    # takes the adjectives of a crowd ("مسيرة جماهيرية", "مسيرة شعبية حاشدة", "مسيرة سلمية",
    # "مسيرة احتجاجية", "مسيرة راجلة") or says whom it stands with ("مسيرة تضامنية", "تضامنا مع");
    # a drone those of a weapon or a country ("مسيرة مفخخة", "مسيرة انتحارية", "مسيرة إسرائيلية").
    "مسير": OtherSense(
        after=_phrases(
            "مهنية",
            "حافلة",
            "كروية",
            "فنية",
            "رياضية",
            "احترافية",
            "نضالية",
            "ادبية",
            "علمية",
            "اكاديمية",
            "دراسية",
            "جماهيرية",
            "شعبية",
            "حاشدة",
            "سلمية",
            "احتجاجية",
            "راجلة",
            "تضامنية",
            "غاضبة",
            "طلابية",
            "نسائية",
        )
    ),
    # the rocket's adjective as a figure of speed: "ارتفاع صاروخي في الأسعار", "قفزة صاروخية",
    # "بسرعة صاروخية", a shot at goal "تسديدة صاروخية" (not "هجوم صاروخي", "قصف صاروخي")
    "صاروخ": OtherSense(before=_phrases("ارتفاع", "قفزة", "صعود", "نمو", "سرعة", "تسديدة", "تضخم")),
    # "homicídio culposo" (manslaughter, as on the roads), "homicidio imprudente".
    "homicidi": OtherSense(
        after=_phrases(
            "culposo", "culposos", "imprudente", "involuntario", "por imprudencia", "no transito", "involontaire", "involuntary"
        )
    ),
    # "atentado ao pudor", "atentado contra la democracia": no bomb.
    "atent": OtherSense(
        after=_phrases(
            "ao pudor",
            "al pudor",
            "contra a democracia",
            "contra la democracia",
            "contra a liberdade",
            "contra la libertad",
            "contra o meio ambiente",
            "contra el medio ambiente",
            "contra a constituicao",
            "contra la constitucion",
            "contra a saude",
            "contra la salud",
            "a democracia",
            "a la democracia",
            "a liberdade",
            "a la libertad",
        )
    ),
    "attentat": OtherSense(
        after=_phrases(
            "a la pudeur",
            "aux moeurs",
            "a la democratie",
            "a la liberte",
            "contre la democratie",
            "contre la liberte",
            "contre la sante",
        )
    ),
    # "assassinato de reputação", "character assassination".
    "assassin": OtherSense(
        before=_phrases("character"),
        after=_phrases(
            "de reputacao",
            "de caracter",
            "de carater",
            "de reputacion",
            "de imagem",
            "de imagen",
            "da reputacao",
            "do carater",
            "da imagem",
            "moral",
            "politico",
            "civico",
        ),
        # French "assassiner" a reputation, a hope, a project: words, not a killing.
        near_after=_near("reputation honneur image memoire carriere espoir espoirs projet reforme democratie"),
    ),
    # "el tercer asalto": a boxing round.
    "asalt": OtherSense(
        before=_phrases("primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "septimo", "octavo", "ultimo", "decimo"),
        after=_phrases("al poder", "ao poder"),
    ),
    "asesin": OtherSense(
        after=_phrases(
            "de reputacion",
            "de caracter",
            "de imagen",
            "de la reputacion",
            "del caracter",
            "de la imagen",
            "moral",
            "politico",
            "civico",
        )
    ),
    # "militantes do partido": a party's members, not armed men.
    "milit": OtherSense(
        after=_phrases(
            "do partido",
            "del partido",
            "de partido",
            "partidarios",
            "sindicais",
            "sindicales",
            "de base",
            "du parti",
            "des partis",
            "de la cause",
            "des droits",
        ),
        near_before=_near("partido partidos party sindicato sindicatos filiados afiliados parti partis syndicat syndicats"),
        near_after=_near("partido partidos party sindicato sindicatos filiados afiliados parti partis syndicat syndicats"),
    ),
    "militant": OtherSense(after=_phrases("do partido", "del partido", "vegan", "vegans", "atheist", "atheists")),
    # "rebelde": a teenager, a telenovela, a style.
    "rebeld": OtherSense(
        near_before=_near("adolescente adolescentes telenovela novela banda cabelo cabello estilo filho hijo"),
        near_after=_near("adolescente adolescentes telenovela novela banda cabelo cabello estilo"),
    ),
    # "saque": a cash withdrawal, a serve or a kick-off.
    "sac": OtherSense(
        after=_phrases(
            "do fgts",
            "do pis",
            "bancario",
            "bancarios",
            "imediato",
            "emergencial",
            "aniversario",
            "de banda",
            "inicial",
            "de esquina",
            "de meta",
            "de canto",
            "de dinheiro",
            "de dinero",
            "em dinheiro",
            # plunder of what is no shop: "saqueo de recursos naturales", "saque dos cofres públicos"
            "de recursos",
            "dos recursos",
            "de los recursos",
            "do erario",
            "del erario",
            "dos cofres",
            "de las arcas",
            "das riquezas",
            "de la riqueza",
        ),
        near_before=_near("fgts banco bancos caixa conta contas dinheiro reais pix cajero efectivo tenis voleibol volei"),
        near_after=_near("fgts banco bancos caixa conta contas dinheiro reais pix cajero efectivo tenis voleibol volei"),
    ),
    "incursa": OtherSense(
        near_after=_near("mercado mercados cinema cine musica politica carreira carrera moda negocio negocios")
    ),
    "incursion": OtherSense(
        near_after=_near("mercado mercados cinema cine musica politica carreira carrera moda negocio negocios market politics")
    ),
    # "tiroteio de perguntas": a volley of questions.
    "tirot": OtherSense(after=_phrases("de perguntas", "de preguntas", "de criticas", "de acusacoes", "de acusaciones")),
    "bombard": OtherSense(
        after=_phrases(
            "de criticas",
            "de perguntas",
            "de preguntas",
            "de informacao",
            "de informacion",
            "de mensagens",
            "de mensajes",
            "mediatico",
            "mediatique",
            "de noticias",
            # advertising, campaign material: what pours onto a reader, not onto a town
            "de propaganda",
            "de publicidad",
            "de publicidade",
            "de anuncios",
            "de anuncios publicitarios",
            "publicitario",
            "publicitaire",
        )
    ),
    "golp": OtherSense(
        after=_phrases(
            "de calor",
            "de sorte",
            "de suerte",
            "de efeito",
            "de efecto",
            "de mestre",
            "maestro",
            "de vista",
            "de teatro",
        )
    ),
    "bomb": OtherSense(
        before=_phrases(
            "time",
            "ticking",
            "box office",
            "noticia",
            "como uma",
            "como una",
            "photo",
            "sex",
            # food and cosmetics: "flavour bombs", "a calorie bomb", "bath bombs"
            "flavour",
            "flavor",
            "calorie",
            "bath",
            "sugar",
            "vitamin",
        ),
        after=_phrases(
            "at the box office",
            "relogio",
            "cyclone",
            "de tempo",
            "de tiempo",
            "fiscal",
            "de gasolina",
            "de água",
            "de agua",
            "de combustível",
            "de combustible",
            "de insulina",
            "de calor",
            "de vapor",
            "de sementes",
            "de semillas",
            # praise of food and drink: "una bomba de sabor", "uma bomba de vitaminas", "une bombe de saveurs"
            "de sabor",
            "de sabores",
            "de vitaminas",
            "de proteinas",
            "de saveur",
            "de saveurs",
            "de vitamines",
            "d agua",
            "hidraulica",
            "hidraulicas",
            "submersivel",
            "sumergible",
        ),
        # Pumps: of water, irrigation, a well ("bombas de água avariadas deixam bairros sem abastecimento").
        near_before=_near("estacao estacion"),
        near_after=_near(
            "agua água abastecimento abastecimiento irrigacao irrigacion riego poco pozo pocos pozos hidraulica hidraulicas"
        ),
    ),
    "sequestr": OtherSense(after=_phrases("de carbono", "de co2")),
    "secuestr": OtherSense(after=_phrases("de carbono", "de co2")),
    # A team that kills the game off, a contest's hopes: "killing off any hope of a fightback".
    # A band of players or friends: "a gang of drummers steals the show" (not "of four": four gunmen).
    "gang": OtherSense(
        after=_phrases(
            "of drummers",
            "of musicians",
            "of dancers",
            "of singers",
            "of friends",
            "of volunteers",
            "of cyclists",
            "of pensioners",
            "of grandmothers",
        )
    ),
    "kill": OtherSense(
        after=_phrases(
            "time",
            "the bill",
            "the deal",
            "the proposal",
            "the plan",
            "the game",
            "the match",
            "off the game",
            "off the match",
            "off the contest",
            "off any hope",
            "off the tie",
            # to switch off: "kill the engine", "fishermen kill their engines to save fuel"
            "the engine",
            "the engines",
            "their engine",
            "their engines",
            "its engine",
            "his engine",
            "the motor",
            "the motors",
            "the lights",
            # trade killed off: "the border closure killed their business", "the strike killed tourism"
            # (not "the business", "the market", "trade": "killed the business owner", "trade unionists")
            "their business",
            "our business",
            "tourism",
            "the tourist season",
            "sales",
            "demand",
            "the mood",
            "the industry",
        )
    ),
    # "matar" and its dead: also "matar saudades" (to ease one's longing), time, hunger, thirst;
    # the Day of the Dead.
    "mat": OtherSense(
        before=_phrases("dia de", "dia dos", "dia de los", "dia das", "noche de", "altar de", "ofrenda de"),
        after=_phrases(
            "saudade",
            "saudades",
            "a saudade",
            "as saudades",
            "o tempo",
            "el tiempo",
            # football: to settle the match
            "o jogo",
            "a partida",
            "el partido",
            "el juego",
            "la eliminatoria",
            "a eliminatoria",
            "a fome",
            "el hambre",
            "a sede",
            "la sed",
            "a curiosidade",
            "la curiosidad",
            "dois coelhos",
            "dos pajaros",
            "o bicho",
            "el gusanillo",
            # "morto de fome", "muerto de risa": dying of what is no death.
            "de rir",
            "de risa",
            "de riso",
            "de medo",
            "de miedo",
            "de cansaco",
            "de cansancio",
            "de vergonha",
            "de verguenza",
            "de sono",
            "de sueno",
            "de ciumes",
            "de celos",
            "de tedio",
            "de inveja",
            "de envidia",
        ),
        near_before=_near(_MISHAPS),
        near_after=_near(_MISHAPS),
    ),
    "desab": OtherSense(near_before=_near(_MARKETS)),
    "desplom": OtherSense(near_before=_near(_MARKETS)),
    "collaps": OtherSense(near_before=_near(_MARKETS)),
    "tu": OtherSense(
        after=_phrases("le match", "la rencontre", "le suspense", "le game"),
        near_before=_near(
            "inondation inondations pluies orage foudre cholera epidemie accident collision noyade eboulement seisme incendie"
        ),
    ),
    "assault": OtherSense(
        near_before=_near("rider riders cyclist peloton"), near_after=_near("stage sprint peloton summit breakaway climb")
    ),
}

# The same senses under the stems other languages give the word.
_ALSO = {
    "tiro": "tir",
    "explosa": "explos",
    "explosion": "explos",
    "انفجار": "explos",
    "comb": "combat",
    "disp": "dispar",
    "احتجاج": "protest",
}
for _key, _same in _ALSO.items():
    _OTHER_SENSES[_key] = _OTHER_SENSES[_same]


# Domains of news in which the words of violence are figures of speech: sport ("the clash of the
# league's final", "o ataque do Benfica"), markets and policy ("could kill the sector", "guerra
# comercial"), medicine ("heart attack", "fight cancer"), argument ("attacked the report", "war
# of words") and accidents and disease ("a building collapse killing workers"). A keyword whose
# family is listed in `_DOMAINS_OF` takes the domain's sense when a word of the domain stands in
# its reach and no word of armed violence does (`_ARMED`): "gunmen attacked the stadium during
# the match" keeps its sense. The reach: the sentence (a headline: all of it and the summary's
# lead) for sport and accidents, the four words after it (its object) for argument, four words
# either side for the others. Words as the tables compare them (folded; an Arabic word as its
# stem), in English, French, Portuguese, Spanish and Arabic.
_DOMAIN_WORDS: dict[str, frozenset[str]] = {
    # a quantity that soars, its subject often far before the verb ("a produção de espargos verdes
    # no Ribatejo disparou"): two of them in its sentence
    "quantities": _near(_QUANTITIES),
    "sport": _near(
        "boxing ufc mma luta lucha boxeo boxe cinturao cinturon nocaute knockout "
        "boxer boxers boxeador boxeadores boxeur boxeurs pugilista pugilistas lutador lutadores luchador luchadores "
        # a club's letters ("Valencia CF", "Al Ahly SC" is also a state: not "sc"), baseball's home runs
        "fc cf jonron jonrones homer homers pelotero peloteros "
        "goleada golear goleia golea goleou goleo jogo jogos arbitro delantero delanteros avancado avancados rematou "
        "remate remates escanteio "
        "penalti penalty clube empate rodada campeao campeon hat-trick cartao "
        "tarjeta girabola brasileirao libertadores sudamericana champions mocambola "
        # a league's lead: "ataca a liderança", "ataca el liderato"
        "lideranca liderato "
        "goalkeeper goalkeepers midfield midfielder midfielders striker strikers "
        "match matches game games tournament tournaments championship championships league leagues cup semifinal "
        "semifinals derby golf tennis football soccer rugby cricket basketball boxing bout fixture fixtures "
        # finals and rounds, cricket's and golf's words: "a final-round clash", "England's bowling attack"
        "final finals semi-final semi-finals quarter-final quarter-finals wicket wickets batting bowling bowler "
        "bowlers spinner spinners batsman batsmen birdie birdies bogey fairway marathon sprint peloton "
        "equipe equipes defense gardien "
        "goals scored scoring playoff playoffs olympic olympics champions "
        "championnat tournoi ligue coupe finale buts entraineur attaquants "
        "campeonato torneio torneo taca copa finais classico clasico golo golos gol goles marcou treinador entrenador "
        "futebol futbol selecao seleccion inning innings beisbol baseball beisebol afrobasket afrobasquete "
        "marcar anotar "
        # the transfer market: "a bomba do mercado", "قنبلة الانتقالات"
        "transferencias fichaje fichajes contratacao mercato transfer transfers انتقالات الانتقالات صفقة ينضم "
        "مباراة مباريات كرة الدوري مدرب لاعب لاعبي المنتخب هداف تسديدة ركلة المرمى الشوط النادي"
    ),
    "markets": _near(
        "stock stocks shares investors investor investment economy economic industry price prices inflation currency "
        "preco precio percent pourcent cento ciento shortage shortages penurie penuries escassez escasez "
        "exports tax taxes tariff tariffs growth gdp revenue profits startup startups fintech dolar dollar juros "
        # what a price war kills: "killing their margins", "tue les marges"
        "margin margins marge marges margem margens margen margenes "
        "intereses vendas taux baisse hausse ventes vendeurs "
        "ventas venta vendas venda sales "
        "bourse investisseurs economie economique industrie prix inflation monnaie taxe impots tarifs croissance "
        "bolsa investidores inversores economia economica industria precos precios inflacao inflacion moeda moneda "
        "imposto impuesto impostos impuestos tarifas crescimento crecimiento "
        # demand, tourism, rents: what booms and soars
        "turismo tourism tourisme demand demanda procura consumo exporters exporter importers exportadores "
        "alquiler alquileres aluguel alugueis rendas loyers rents "
        "imobiliario imobiliaria inmobiliario inmobiliaria immobilier boom construcao construccion "
        # records of visitors and trade: "bateu o recorde de ocupação hoteleira", "le commerce informel explose"
        "recorde recordes ocupacao ocupacion hoteleira hotelera hoteliere commerce informel "
        "اسعار البورصة الاقتصاد اقتصادية التضخم العملة "
        # trade and dearness: "الغلاء يقتل التجارة"
        "تجارة غلاء ركود"
    ),
    "medicine": _near(
        "infarto enfarte avc derrame ictus tumores tumeurs tumours tumors cancers terapia terapias therapy therapie "
        "cardiac stroke cancer tumour tumor disease diseases virus bacteria infection infections asthma allergy "
        "diabetes cardiaque maladie bacteries asthme cardiaco cardiaca cancro doenca enfermedad bacterias infeccao "
        "infeccion asma قلبية السرطان مرض فيروس"
    ),
    # Politics: "enfrentamiento entre el gobierno y la oposición", "confronto com o Congresso".
    "politics": _near(
        "governo gobierno oposicao oposicion congresso congreso parlamento senado diputados deputados partidos "
        "opposition parliament congress senate lawmakers government gouvernement parlement deputes senat"
    ),
    "argument": _near(
        "report decision decisions proposal proposals policy policies bill budget remarks comments criticism critics "
        "rhetoric verbal verbally tweet tweets speech reform reforms ruling "
        "rapport projet propos critiques verbale verbalement discours reforme "
        # the opposition's and social media's attacks are words
        "opposition oposicao oposicion sociais sociales "
        # attacks on a person's character are words: "ataques pessoais", "personal attacks"
        "personal personales pessoais personnelles personnels ad-hominem "
        "relatorio decisao proposta orcamento declaracoes criticas verbais discurso reforma informe propuesta "
        "presupuesto declaraciones duramente "
        "تصريحات انتقادات كلامية لاذعة تقرير قرار خطاب"
    ),
    # Public policy: what is fought, warred on, held hostage, combated without arms ("combate à
    # corrupção", "la guerra contra la pobreza", "hostage to the budget").
    "policy": _near(
        "corruption poverty hunger deforestation inflation fraud laundering disinformation dengue malaria mosquito "
        "mosquitoes obesity unemployment pobreza corrupcao corrupcion fome hambre desmatamento deforestacion "
        "inflacao inflacion fraude lavagem lavado desinformacao desinformacion desemprego desempleo mosquitos "
        "pauvrete faim chomage الفساد الفقر البطالة "
        # diseases and ills fought by campaigns ("معركة ضد الملاريا", "combate al dengue")
        "الملاريا الكوليرا الحصبة الايدز كورونا الجوع الامية التصحر cholera colera sarampo sarampion measles "
        "rougeole paludisme paludismo tuberculose tuberculosis analfabetismo illiteracy "
        # the ills of a city's streets ("guerra contra los baches", "guerra ao lixo")
        "baches buracos potholes lixo basura trash ratos ratas rats desnutricion desnutricao malnutrition "
        "malnutricion "
        # the war on drugs, a policy ("الحرب على المخدرات", "guerra às drogas")
        "drugs drogas drogues المخدرات "
        # pests fought in the fields: "para combatir la plaga", "combate à praga", "lutte contre les criquets"
        "plaga plagas praga pragas pest pests gusano gusanos cogollero lagarta lagartas locusts gafanhotos langostas "
        "criquets ravageurs"
    ),
    # Drones, rockets and mortars at peace: filming, delivery, farming, shows, space, fireworks, building.
    "civil": _near(
        "images imagens imagenes footage filming filmagem video videos delivery deliveries entrega entregas "
        "agriculture agricultura farming show shows espetaculo espectaculo lights luzes luces photography fotografia "
        "mapping mapeamento pulverizacao fumigacion space espacial spacex nasa satellite satelite satellites satelites "
        "orbit orbita astronaut astronauts astronautas launchpad fireworks fogos festa fiesta comemoracao celebracao "
        "celebracion reveillon brick bricks cement construction cimento cemento"
    ),
    # Explosions of accidents: a gas cylinder, a boiler, a transformer, a fireworks store.
    "industrial": _near(
        "gas gaz botijao bombona cilindro cylinder cylinders caldeira caldera boiler transformador transformer "
        "transformateur fireworks pirotecnia polvorin polvorines fogos "
        "bouteille bouteilles oxygen oxygene oxigenio oxigeno chaudiere domestic "
        # the cause an inquiry gives: a fault, a faulty valve, a short circuit ("causada por una falla
        # eléctrica", "blamed on a faulty valve", "due à une défaillance", "عطل فني")
        "faulty fault valve valves valvula valvulas falla fallas falha falhas defaillance cortocircuito court-circuit "
        "short-circuit curto-circuito refuelling "
        # fireworks, whose bangs are mistaken for blasts: "fuegos artificiales", "feux d'artifice", "مفرقعات"
        "firecrackers artificiales artificio artifice artificios مفرقعات عطل تسرب"
        "ماسورة انبوب انابيب اسطوانة غاز محول محولات"
    ),
    # Animals that attack and kill: "a crocodile attack", "tiburón ataca a surfista", "هجوم تمساح".
    "wildlife": _near(
        "crocodile crocodiles crocodilo crocodilos cocodrilo cocodrilos shark sharks tubarao tubaroes tiburon "
        "tiburones requin requins hippo hippos hippopotamus hipopotamo hipopotamos hippopotame elephant elephants "
        # bears and big cats: "hiker killed in bear attack", "attaque d'ours", "ataque de oso"
        "bear bears grizzly ours oso osos urso ursos leopard leopards leopardo leopardos lion lions lioness leon "
        "leones leao leoes tiger tigers tigre tigres wolf wolves loup loups lobo lobos "
        "elefante elefantes hyena hyenas hiena hienas snake snakes serpente serpentes serpiente serpientes "
        # the mosquito a campaign kills: "mata o mosquito na origem"
        "mosquito mosquitos mosquitoes moustique moustiques بعوض البعوض "
        # game that poachers kill: an antelope, a rhino
        "antelope antelopes antilope antilopes gazelle gazelles rhino rhinos rhinoceros rinoceronte rinocerontes "
        "bees abelhas abejas abeilles pitbull pitbulls "
        # the Americas' reptiles and cats, the Nile's crocodiles, snakes, hyenas (not "الأسد", a surname,
        # nor "الذئاب المنفردة", lone wolves): "ataque de caimán", "ataque de onça", "هجوم تمساح"
        "caiman caimans caimanes jacare jacares yacare yacares alligator alligators jaguar jaguars jaguares onca oncas "
        "puma pumas vibora viboras escorpion alacran alacranes piranha piranhas piraña pirañas "
        "تمساح التماسيح ثعبان افعى ضبع "
        # pests that attack crops
        "armyworm armyworms locust locusts pest pests praga pragas plaga plagas ravageurs criquets chenilles gafanhotos "
        "langostas gusano gusanos cogollero lagarta lagartas "
        "تمساح تماسيح قرش ضبع افعى "
        # the pests above in Arabic: locusts, whose swarms "attack" the fields ("أسراب الجراد تهاجم المزارع")
        "جراد الجراد اسراب"
    ),
    # Dogs, next to the word only ("dog attack", "perro ataca", "ataque de cão"): police and
    # sniffer dogs stand in sentences about attacks too.
    "dogs": _near("dog dogs cao caes cachorro cachorros perro perros chien chiens كلب كلاب"),
    # Politicians who clash: "lawmakers clash over the census", "ministros se enfrentan".
    "politicians": _near(
        "lawmakers legislators mps senators deputies ministers parliamentarians politicians deputes senateurs "
        "ministres parlementaires deputados senadores ministros parlamentares diputados legisladores politicos"
    ),
    # The ambush a politician lays, in words or votes: "Oposição prepara emboscada ao governo",
    # "emboscada política", "embuscade politique à l'Assemblée". Next to the word, either side
    # (the party that lays it before, the one that falls in after). Not the government itself,
    # whose convoy and troops are ambushed with arms ("government convoy ambushed").
    "parliament": _near(
        "oposicao oposicion opposition politica politicas politico politicos politique politiques political "
        "parlamento parlamentos parlement parliament assemblee asamblea assembleia congresso congreso senado senat "
        "senate deputado deputados diputado diputados depute deputes concejal concejales vereador vereadores "
        "lawmakers mps المعارضة البرلمان النواب سياسي سياسية سياسيا"
    ),
    # Traffic control: the police "ambush" that catches offenders ("كمين مروري", "شرطة المرور تنصب
    # كمينا لضبط المخالفين", "blitz de trânsito", "operativo de tránsito"). In the sentence: an
    # attack on such a checkpoint names arms or its dead, whose own keywords still alert.
    "traffic": _near(
        "مروري مرورية المرور مرور المخالفين المخالفة المخالفات مخالفات يضبط ضبط لضبط "
        "transito blitz multa multas infractores infratores infracciones infracoes radares speeding contraventions"
    ),
    # Public policy as the object of the verb: "atacar o desemprego", "attack poverty".
    "policy_object": _near(
        "corruption poverty hunger unemployment inflation deforestation illiteracy analphabetisme analfabetismo "
        "pobreza corrupcao corrupcion fome hambre "
        "desemprego desempleo inflacao inflacion desmatamento deforestacion pauvrete faim chomage الفساد الفقر البطالة "
        # a city's problems, tackled: "la ciudad que ataca sus problemas"
        "problems problemes problemas "
        # gaps and inequalities: "ataca la brecha digital", "attack the digital divide"
        "brecha brechas gap gaps divide fosse fosso desigualdad desigualdades desigualdade inequality inequalities "
        "inegalites"
    ),
    # Fiction: a series, a film, a novel shows violence ("Netflix graba escenas de balaceras").
    "fiction": _near(
        "netflix hbo telenovela telenovelas pelicula peliculas filme filmes movie movies rodaje "
        # the film itself in English and French, and the short one: "a film crew wraps up shooting",
        # "un cortometraje de ficción"
        "film films cortometraje cortometrajes curta-metragem court-metrage "
        "filmagens gravacoes thriller cineasta documentario documental documentary documentaire "
        # screen works and their premieres: a soap opera, the cinema ("a novela estreia", "مسلسل")
        "novela novelas cine cinema estreia estreno estrena مسلسل فيلم "
        # what a work says of its own violence: "um assassinato fictício", "معارك خيالية"
        "ficticio ficticia ficticios ficticias fictional fictitious fictif fictive fictifs fictives ficcao ficcion "
        "خيالية خيالي "
        # the page and the stage: a poem's, a novel's, a play's violence ("ataques en verso", "a thriller
        # about a kidnapping opens in London's West End")
        "poem poems poema poemas poeme poemes poetry poesia poesie sonnet sonnets soneto sonetos verse verses verso "
        "versos novel novels novelist romancier romancista novelista theatre theater teatro play plays stage "
        "playwright dramaturgo dramaturge"
    ),
    # A disease that "attacks" a town: the outbreak is the attacker ("surto de dengue ataca
    # bairros", "un brote de influenza ataca", "الكوليرا تهاجم"), four words either side. Not
    # Ebola, whose treatment centres are attacked by armed men.
    "epidemic": _near(
        "dengue influenza gripe grippe flu cholera colera malaria paludisme paludismo covid coronavirus sarampo "
        "sarampion measles rougeole chikungunya zika outbreak outbreaks surto surtos brote brotes epidemia epidemias "
        "epidemie epidemic epidemics pandemia pandemie pandemic virus vírus "
        "الكوليرا كوليرا الملاريا الحصبة كورونا وباء الوباء الانفلونزا انفلونزا حمى"
    ),
    # A fire of no one's making: its cause an electrical fault, the forest ("incêndio de origem
    # eléctrica", "un cortocircuito provocó el incendio", "incendie d'origine électrique", "wildfire").
    "fire": _near(
        "eletrica electrica eletrico electrico electrique electrical electric cortocircuito circuito court-circuit "
        "short-circuit acidental accidental accidentel accidentelle florestal florestais forestal forestales forest "
        "forests foret forets wildfire wildfires bushfire brushfire vegetacao vegetacion "
        # the land's burning that satellites count: "focos de incêndio", "queimadas", "desmatamento"
        "queimada queimadas focos desmatamento desmatamentos deforestacion deforestation deforestacao"
    ),
    # A volcano's explosions: its eruption, its ash and lava ("El Volcán de Colima registra explosión").
    "volcano": _near(
        "volcano volcanoes volcanic volcan volcans volcanique volcanes volcanico vulcao vulcoes vulcanico eruption "
        "eruptions erupcion erupciones erupcao erupcoes ash cendres ceniza cenizas cinza cinzas lava magma fumarola "
        "بركان البركان بركاني ثوران"
    ),
    # The deaths of an accident, told by what failed: a gas bottle, a boiler, an oxygen tank, a
    # fuel tanker, a short circuit, a microbus that overturns ("a domestic gas explosion killed
    # three", "مقتل ثلاثة في انفجار قارورة غاز", "انقلاب ميكروباص يقتل 8"). Not gas alone: tear gas
    # kills protesters.
    "accident": _near(
        "domestic cylinder cylinders botijao bombona cilindro caldeira caldera boiler transformador transformer "
        "transformateur bouteille bouteilles oxygen oxygene oxigenio oxigeno chaudiere faulty fault valve valvula "
        "falla falha defaillance cortocircuito court-circuit short-circuit curto-circuito tanker tankers cisterna "
        "cisternas citerne pirotecnia polvorin polvorines fireworks firecrackers trailer trailers "
        "قارورة اسطوانة ماسورة عطل تسرب ميكروباص تصادم اصطدام"
    ),
    # Feelings that burst: "explodiu de alegria", "explose de joie", "exploded with joy".
    "emotion": _near("joy joie alegria euforia euphorie euphoria bonheur felicidad felicidade jubilation jubilo فرح الفرحة"),
    "mishap": _near(
        "flood floods flooding flooded storm storms lightning heatwave cholera disease outbreak accident accidents "
        "crash collision drowning drowned landslide earthquake collapse collapsed collapses "
        "inondation inondations pluies orage foudre epidemie noyade eboulement seisme incendie effondrement effondre "
        "acidente acidentes accidente inundacao inundacoes inundacion inundaciones chuvas lluvias temporal raio rayo "
        # floods as the press of each language names them: "as cheias do Guaíba", "les crues", "la crecida"
        "cheia cheias enchente enchentes alagamento alagamentos crue crues crecida crecidas riada riadas "
        "colera epidemia surto brote deslizamento deslizamiento terremoto sismo colisao colision afogamento afogados "
        "ahogados naufragio transito viacao desabamento derrumbe incendio calor canicula insolacao insolacion "
        # a mine or a building that caves in on those inside: "colapso de una mina", "soterrados"
        "colapso desabou desabaram derrumbo soterrados soterradas soterrado sepultados ensevelis "
        # drought and roads: cattle dead of thirst, a bus that overturns
        "drought droughts secheresse seca sequia cattle livestock betail gado ganado overturns capsized "
        # storms with a name, and buses that collide: weather and the road
        "hurricane hurricanes huracan huracanes furacao furacoes ouragan ouragans cyclone cyclones ciclone ciclon "
        "ciclones typhoon tifon tufao tormenta tormentas tempestade tempestades اعصار عاصفة "
        # and the wind that brings roofs and trees down on those below: "vendaval mata aluno",
        # "un ventarrón derriba un árbol y mata", "la tempête a tué", "a windstorm killed"
        "vendaval vendavais ventania ventanias ventarron ventarrones tempestad tempestades tornado tornados "
        "tornade tornades tempete tempetes bourrasque bourrasques windstorm windstorms gale gales "
        "tromba trombas "
        "buses autobus autobuses onibus "
        # a fireworks workshop or store that blows up: "explota polvorín", "explosão em fábrica de foguetes"
        "pirotecnia pirotecnica pirotecnico polvorin polvorines polvora pyrotechnie pyrotechnique fireworks "
        # fires, quakes and roads: "a fire broke out at a hospital", "a bus plunged into a ravine"
        "blaze blazes firefighters pompiers bomberos bombeiros quake quakes tremor tremors magnitude aftershock "
        "ravine gorge plunged plunges skidded derailment collapsing pollution smog stampede stampedes bousculade "
        # frost and hail, which kill crops and herds: "frost killed the olive crop", "la grêle a tué"
        "frost frosts hail hailstorm hailstorms gel gelee gelees grele geada geadas helada heladas granizo granizada "
        "estampida debandada "
        # a river's sudden rise, as Colombia and Venezuela write a flood ("creciente súbita"), fires
        # in the plural ("incendios forestales matan fauna"), and snow's mishaps ("an avalanche
        # buried the road; rescue teams fighting heavy snow")
        "creciente crecientes incendios incendies avalanche avalanches avalancha avalanchas "
        "snow snowstorm blizzard neige nieve neve nevasca nevada "
        "capsizes derailed renverse capotou capotado volco volcadura "
        # a train that derails, a light plane that crashes: "comboio descarrila", "avioneta se estrella"
        "descarrila descarrilou descarrilaram descarrilamento descarrilo descarrilamiento descarrilaron deraille "
        "deraillement avioneta avionetas estrello estrellaron "
        # a vehicle that skids off the road or runs people over
        "despiste despistou despistes atropelamento atropelado atropelada atropellado atropellada atropello "
        # an obituary: a death mourned, of natural causes
        "funeral funerals velorio sepultado sepultada enterro entierro luto condolencias condolences obituary "
        "natural naturais naturales "
        "حادث حوادث السير فيضانات سيول الكوليرا زلزال صاعقة غرق تصادم انهيار"  # not traffic itself: `_AR_MISHAPS`
    ),
}
# The faults an inquiry blames a blast on: a fault, a failure, a leak, a valve, a short circuit.
# Read only after a word of cause (`_FAULT_CAUSES`) in the same clause: "at fault", "a fault line",
# "the security fault lay with", "défaillance de l'État" blame no fault for the blast.
_FAULTS = _near(
    "fault faults failure valve valves leak leaks leakage falla fallas falha falhas defaillance panne avaria avarias "
    "averia fuite fuites fuga fugas vazamento vazamentos cortocircuito court-circuit short-circuit curto-circuito عطل تسرب"
)
# "faulty" only of a machine's part ("a faulty boiler valve"), not of an inquiry ("a faulty
# investigation"): the part a few words after it.
_FAULTY = _near("faulty defective defectueux defectueuse defectuoso defectuosa defeituoso defeituosa")
_MACHINE_PARTS = _near(
    "valve valves boiler boilers pipe pipes pipeline cylinder cylinders wiring tank tanks compressor heater "
    "equipment machine machinery gas line lines"
)
# Words of cause before the fault: "blamed on", "caused by", "attributed to", "dû à", "causée
# par", "provocada por", "causada por", "atribuyó ... a", "بسبب"; the two-word ones ("due to",
# "dû à", "debido a") by their first word and `_FAULT_CAUSE_LINKS` after it.
_FAULT_CAUSES = _near(
    "blamed blames blaming blame caused causing attributed attributes attribute attributing "
    "cause causee causees causes provoquee provoque provoques attribue attribuee attribuent attribuait "
    "provocada provocado provocadas provocados causada causado causadas causados "
    "atribui atribuiu atribuem atribuyo atribuye atribuyen atribuida atribuido atribuidas atribuidos "
    "بسبب ناجم ناجمة نتيجة جراء"
)
# Spans of time that measure the noun after "of" ("weeks of cancellations", "hours of delays"):
# the agent of "held hostage by" is that noun, not the span.
_SPANS_OF_TIME = frozenset("minutes hours days nights weeks months years decades".split())
_FAULT_CAUSES_BEFORE_A_LINK = _near("due du dus dues owing debido debida devido devida")
_FAULT_CAUSE_LINKS = _near("to a al ao")
CAUSE_REACH = 8  # words from the word of cause to the fault, in one clause
# The readings of a killing as a disease's or a mishap's, which people killed at work against a
# disease do not take (`FieldWords._killed_fighting_a_disease`).
_DISEASE_READINGS = (
    "a death of disease",
    "a figure of speech about mishap",
    "a figure of speech about medicine",
    "a figure of speech about policy",
    "another sense, beside",
)
# The stems of the verbs of killing (not "die"), and the forms of dying Portuguese and Spanish
# stem with "matar".
_KILLING_KEYS = frozenset({"kill", "tu", "mat", "قتل", "asesin", "assassin", "murder"})
_DYING = ("morr", "muri", "muer")
# Verbs of fighting a disease, as a participle, a relative clause's verb or a campaign's noun, in
# the five languages; and how far from the killing they are read.
_FIGHTING_A_DISEASE = _near(
    "fighting fight fought battling battle combating combatting tackling treating "
    "luttant luttent luttaient luttait combattant combattent combattaient combattait soignant soignaient "
    "combatiam combatem combatia combatendo combatiendo combatian combaten tratavam tratando "
    "luchaban luchando luchan lutavam lutando lutam "
    "يكافحون يكافحان تكافح يكافح مكافحة"
)
FIGHT_REACH = 6
# The endings of an English participle, which follows the head of an agent phrase it qualifies.
_AGENT_PARTICIPLES = ("ing", "ed")
# The words of a passive's agent phrase read for its head: "by six-hour delays", "by filling stations".
AGENT_WORDS = 4
# What rules a fault out, a few words before it: "police ruled out a fault", "descarta una falla".
_RULED_OUT = _near(
    "ruled rule rules ruling excluded excludes dismissed denied no not ecarte ecartent ecartant exclut excluent "
    "ecarter aucune descarta descartou descartam descartaram descarto descartan descartaron afasta afastou "
    "nenhuma ninguna sin sem sans without نفى استبعد"
)
# What a work says of its own violence, in the keyword's sentence: then its gunmen are fiction too.
_FICTIVE = _near(
    "ficticio ficticia ficticios ficticias fictional fictitious fictif fictive fictifs fictives ficcao ficcion خيالية خيالي"
)
# Words of armed violence: with one of them in its reach, a keyword keeps its security sense.
_ARMED = _near(  # not "مسيرة", also a march
    "fighters combatentes combatientes combattants "
    # security and defence forces: "forces de défense et de sécurité" is no team's defence
    "forces fuerzas forcas "
    "gunman gunmen armed militant militants insurgent insurgents jihadist jihadists rebel rebels terrorist "
    "terrorists bandit bandits attacker attackers assailant assailants soldiers troops army militia militias gang "
    "gangs gunfire gun guns rifle rifles weapon weapons explosive explosives grenade grenades ied mortar mortars "
    "rocket rockets missile missiles drone drones airstrike airstrikes shelling bomber bombers hostage hostages "
    "kidnapped kidnappers abducted sniper snipers "
    "armes armés arme militants insurges jihadistes djihadistes rebelles terroristes assaillants soldats "
    "militaires armee milice milices kamikaze otages enleves roquettes obus mortier explosifs fusillade "
    "armados insurgentes jihadistas yihadistas rebeldes terroristas bandidos atacantes soldados militares exercito "
    "ejercito milicia milicias granada explosivos foguetes cohetes morteiros morteros refens rehenes sequestrados "
    "secuestrados tiroteio tiroteo balacera sicarios pistoleros baleados "
    "مسلح مسلحون مسلحين ارهابي ارهابيون متمردون متمردين جهاديون جنود الجيش ميليشيا مليشيا قذيفة قذائف صاروخ صواريخ "
    "ناسفة رهائن "
    # bullets, what a shot leaves ("لهجوم بالرصاص", "قتل برصاص مجهولين", "killed by stray bullets",
    # "alcanzado por las balas"): not French "balles", also a game's balls
    "bullet bullets bala balas رصاص رصاصة "
    # a device set off, a suicide bomber, a detonation: "a woman who detonated a device", "a second
    # device was defused", "un engin explosif", "artefacto explosivo", "atentado suicida", "IED"
    "device devices engin engins artefacto artefactos artefato artefatos detonate detonated detonating detonation "
    "detonator detonators detonou detonaram detono detonaron detone detonee suicide suicida suicidas kamikaze "
    "ied ieds eei"
)
# The keywords that name arms themselves, not a deed that may be a figure: the plural noun
# ("atentado con explosivos", "explosives were found"), never the adjective ("un cocktail explosif",
# "explosive growth"), which keeps the keyword's own word out of `_ARMED`'s reach.
_ARMS_NAMED = _near("explosives explosifs explosivos")
# The wounded a report counts, which a story on a screen does not: then its "shooting" is real.
_WOUNDED = frozenset(
    "wounded injured injuring heridos herido heridas feridos ferido feridas blesses blesse "
    # and the dead a report counts, by the verb's past or the plural (not "the killing", a work's subject)
    "killed died dead morts tues mortos muertos fallecidos".split()
)
# The dead and wounded a report counts, in every language: a figure of politics or of traffic
# control counts none (`FieldWords._figure`).
_COUNTED_HARM = _WOUNDED | _near(
    "tue tuee tuees morto morta mortas muerto muerta muertas mort killing slain "
    "مقتل قتيل قتيلين قتلى جريح جرحى مصرع اصابة"
)
_BLOODLESS_DOMAINS = {"parliament": _COUNTED_HARM, "traffic": _COUNTED_HARM}
# What explodes in an attack, named bare after "explosion of" ("explosion of roadside bombs",
# "explosión de minas", "explosão de granadas"): the devices, in English, French, Spanish and
# Portuguese, with `_ARMED`'s weapons (`FieldWords._burst_of_a_bare_noun`).
# ... and the harm a blast does, or a booby-trap, in the same field: then an "explosion of" a bare
# noun or a "<money> bomb" is a blast. Folded words.
_HARM = frozenset(
    "dead death deaths died kill kills killed killing wounded injured injuring hurt casualties toll "
    "morts mort tues tue blesses blesse victimes piege piegee pieges piegees "
    "muertos muerto heridos herido fallecidos victimas mortos morto feridos ferido vitimas "
    "booby trapped armadilhado armadilhada bomba".split()
)
_DEVICES = _near(
    "bomb bombe bomba landmine mine mina device engin artefact artefacto artefato dispositivo dispositif "
    "shell obus car voiture vehicle vehicule coche carro veiculo vehiculo munition municion municao ammunition "
    "dynamite dinamita dinamite tnt charge carga shell mortar mortier mortero morteiro rocket roquette cohete foguete "
    "missile missil grenade granada ied"
)
# The nouns of "explosion" that take "of" or "de" and a noun: English, French, Spanish, Portuguese.
_BURST_NOUNS = frozenset({"explosion", "explosions", "explosiones", "explosao", "explosoes"})
_SENTENCE_DOMAINS = frozenset(
    {"sport", "mishap", "civil", "medicine", "policy", "industrial", "wildlife", "fiction", "fire", "volcano", "accident"}
    | {"traffic"}
)
_AFTER_DOMAINS = frozenset({"argument", "politics", "policy_object"})
# The words of argument, for the matcher's other readers: what a government attacks in words
# ("le plan attaqué par Moscou", `falsefriends`).
ARGUMENT_WORDS = _DOMAIN_WORDS["argument"]
# Markets: near the keyword, or two of their words in its sentence ("new taxes could kill the
# industry, investors say"); one word of prices in a sentence about an attack is its consequence.
_TWICE_DOMAINS = frozenset({"markets", "quantities"})  # the object of the verb: "attacked the report"
# Keyed by the folded stem of the keyword (in any of its languages): the domains in which it is a figure.
_DOMAIN_ORDER = {domain: n for n, domain in enumerate(_DOMAIN_WORDS)}
_DOMAINS_OF: dict[str, tuple[str, ...]] = {}
for _stems_line, _domains in (
    (
        "attack attaqu atac هجوم",
        ("sport", "markets", "medicine", "argument", "policy_object", "wildlife", "dogs", "fiction", "epidemic"),
    ),
    ("incendi incend", ("fire",)),
    ("clash affront confront enfrent اشتباك", ("sport", "argument", "politics", "politicians")),
    # and the pests that farmers fight: "a spraying campaign to fight locust swarms"
    (
        "fight combat comb battl bataill batalh batall",
        ("sport", "medicine", "markets", "argument", "policy", "mishap", "wildlife"),
    ),
    ("dispar disp", ("markets", "quantities", "medicine", "policy", "fiction")),
    ("war guerr حرب", ("markets", "medicine", "argument", "policy")),
    (
        "kill dead death die tu mat mort meurt meur قتل",  # "12 dead", "morts", "meurent": a flood's dead too
        ("markets", "medicine", "mishap", "wildlife", "dogs", "fiction", "accident"),
    ),
    ("explos explod انفجار", ("markets", "medicine", "industrial", "emotion", "volcano", "accident")),
    ("kidnap sequestr secuestr enlev rapt اختطاف خطف", ("fiction",)),
    ("milicia milic milici", ("fiction",)),  # "série sobre milícias estreia": a screen's militias
    ("pandill", ("fiction",)),  # "un cortometraje sobre pandillas": a screen's gangs
    ("murder meurtr assassin asesin homicid sicari", ("fiction",)),
    ("balacer tirot shoot fusillad bal", ("fiction",)),  # "bal": balear, baleado (and "balas", bullets)
    ("crash collaps desab desplom", ("markets",)),
    ("massacr masacr chacin مجزرة", ("sport", "markets", "fiction")),
    # a mine that caves in on its miners, not a landmine ("Desabamento em mina artesanal", "derrumbe en mina")
    ("min mine mina", ("mishap",)),
    ("assault assaut assalt asalt", ("sport", "policy_object")),
    ("bomb قنبلة", ("sport",)),
    ("صاروخ", ("sport", "civil")),
    ("drone dron rocket foguet cohet mortar morteir", ("civil",)),
    ("rocket", ("markets",)),
    ("raid", ("markets",)),  # a central bank's raid on reserves, an investor's dawn raid on shares
    ("معركة", ("sport", "policy", "argument", "medicine", "mishap", "fiction")),
    ("hostag refem rehen رهينة", ("argument", "markets", "policy", "fiction")),
    # every language's ambush: a team's, a politician's, a traffic police checkpoint's
    ("ambush embosc embuscad كمين", ("sport", "argument", "parliament", "traffic")),
    # a goal under siege, a midfield overrun, a captain "abattu" after the defeat
    ("sieg besieg asedi overrun overran abattu", ("sport",)),
    ("protest احتجاج", ("sport",)),
    ("motin motim", ("sport",)),
    ("shoot", ("sport",)),
    ("strike", ("sport",)),  # a footballer's strike, a striker's: "Mao's late strike hands Chad victory"
    # and a blast in the economy pages: "a tourism blast-off", "an exports blast"
    ("blast", ("argument", "politics", "markets")),
):
    for _key in _stems_line.split():
        # A stem on two lines ("rocket": civil, then markets; "shoot": fiction, then sport) has both.
        _known = _DOMAINS_OF.get(sense_form(_key), ())
        _DOMAINS_OF[sense_form(_key)] = _known + tuple(d for d in _domains if d not in _known)

# A politician's verbal attack (`FieldWords._attacked_in_words`): the stems of attacking, the
# endings of its participles and agent nouns, the politicians who attack in words, and the
# Arabic verb "launched" (an attack): "شن نواب هجوما على المحافظ".
_ATTACK_STEMS = frozenset({"atac", "هجوم"})
_NOT_FINITE = ("ado", "ada", "ados", "adas", "ante", "antes", "ando")
_POLITICIANS = _near(
    "oposicao oposicion deputado deputados diputado diputados vereador vereadores concejal concejales senador "
    "senadores legislador legisladores parlamentar parlamentares parlamentario parlamentarios bancada bancadas "
    "oficialismo "
    # the executive's politicians: "o governador ataca os críticos", "el alcalde atacó a la prensa"
    "governador governadora gobernador gobernadora prefeito prefeita alcalde alcaldesa ministro ministra "
    # French: "les députés de l'opposition ont vivement attaqué le projet"
    "opposition depute deputes senateur senateurs elus parlementaires ministre ministres maire "
    "نواب النواب نائب المعارضة معارضون برلمانيون البرلمان"
)
# The French active forms of "attaquer" after their subject: a finite ending, or the participle
# after "avoir" ("ont vivement attaqué"), not after "être" ("a été attaqué", a victim).
_FRENCH_FINITE = ("ent", "ait", "aient", "era", "eront", "erait")
_FRENCH_HAVE = frozenset({"a", "ont", "avait", "avaient", "aurait"})
_FRENCH_BE = frozenset({"ete", "est", "sont", "etait", "etaient"})


def _french_active(folded: Sequence[str], i: int, start: int) -> bool:
    """Whether the French word of attacking at `i` is an active verb after its subject: a finite
    ending ("attaquent", "attaquait") or the participle after "avoir" with at most one adverb
    between ("ont vivement attaqué"), not after "être" ("a été attaqué")."""
    word = folded[i]
    if word.endswith(_FRENCH_FINITE):
        return True
    before = folded[max(start, i - 2) : i]
    return (
        word in ("attaque", "attaques", "attaquee", "attaquees")
        and bool(_FRENCH_HAVE & set(before))
        and not (_FRENCH_BE & set(before))
    )


_CLAUSE_MARKS = (",", ";", ":", "\u060c", "\u061b")  # with the Arabic comma and semicolon "،" "؛"
_AR_IMPERFECT = ("\u064a", "\u062a")  # ي ت: a verb in the present after its subject ("يهاجم", "تهاجم")
_AR_LAUNCHED = frozenset(fold(w) for w in "شن شنت يشن تشن وشن وشنت".split())
# How the words of harm open, in the five languages, whatever their ending ("feriu", "hirió",
# "blessé", "killing", "مقتل" as its stem "قتل"): a burst that hurts is a blast. Sending wins
# where a word only looks like one ("deadline", "feriado").
_HARM_OPENINGS = (
    "kill",
    "wound",
    "injur",
    "hurt",
    "dead",
    "death",
    "casualt",
    "bless",
    "mort",
    "vict",
    "vitim",
    "mata",
    "mato",
    "morr",
    "feri",
    "muert",
    "muri",
    "heri",
    "hiri",
    "قتل",
    "جرح",
    "اصاب",
)
# Words after a verb of exploding that are no object: when and how much ("exploded last year",
# "explodiram durante o carnaval", "se disparó ayer").
_AFTER_A_BURST = frozenset(
    "last this during after before since again durante depois antes desde tras luego ayer hier ontem ainda aun encore "
    "literalmente literally".split()
)
# Prepositions of cause or time before an event, and the articles between: "after the attack",
# "après l'attaque", "tras el ataque", "após o ataque", "بعد الهجوم", "إثر الانفجار".
_CAUSES = _near("after following amid despite apres suite malgre tras pese apos depois devido بعد اثر عقب جراء بسبب")
_CAUSE_ARTICLES = frozenset("the a an its this l la le les un une el los las o os um uma de do da del du des".split())
# What an event after "after" is not: a figure with its agent or its measure ("an attack by short
# sellers", "a massacre of bond prices", "une explosion de la demande"). Read with the markets and
# quantities domains' words.
_BY = _near("by par por")
# The market's actors an attack by is a figure: "an attack by short sellers", "par les spéculateurs".
_MARKET_ACTORS = _near(
    "sellers buyers traders speculators funds vendeurs acheteurs speculateurs fonds vendedores compradores "
    "especuladores fundos fondos"
)
_OF_A_MEASURE = _near("of in de du des da do del en dans na no")
# Words of arms that make a weapon's of the strike they modify ("an air strike", "a military
# strike", "artillery strikes"): no footballer's strike then, "Air strike on Tahoua football pitch".
_ARMS_MODIFIERS = _near("air aerial military drone drones missile missiles rocket rockets artillery army naval")
# "on" or "against" and a name: a strike's target, not "a strike on goal" (`FieldWords._struck_by_arms`).
_AGAINST_A_PLACE = _near("on against")
_NOT_A_TARGET = _near(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december"
)
# The stems of fighting, whose wildlife is a pest fought by farmers or a campaign: "farmers fight
# locusts", "the fight against armyworms" (`FieldWords._fights_a_pest`).
_FIGHT_KEYS = _near("fight combat comb battl bataill batalh batall")
# Before the pest fought, or the animals that fight: "the fight against locusts", "a fight between
# two bulls", "le combat contre les criquets".
_AGAINST = _near("against between among contre entre contra ضد بين")
# Where a fight's object ends: a word of place, time or linking ("near", "as", "près", "cerca").
_PHRASE_ENDS = _near(
    "near in at as on while when after amid across around outside inside north south east west with and but "
    "pres dans en au aux sur avec et pendant lors comme quand em no na nos nas perto junto com enquanto "
    "cerca cerca junto con y mientras cuando في قرب مع و"
)
OBJECT_PHRASE = 4  # words of a fight's object and its complements
# Diseases, the killers and the ills a campaign fights (`FieldWords._killed_by_a_disease`,
# `_fights_a_disease`): WordNet's English names (`bot.disease_nouns`); the names the press of the
# other four languages gives the diseases of WHO's notifiable and neglected tropical lists, with
# their outbreaks ("l'épidémie de choléra a tué", "a cholera outbreak kills"); words as the tables
# compare them (an Arabic name as its stem: "الملاريا" is "ملاريا").
# Not the names whose everyday sense is another: French "rage" and Spanish "rabia" (anger),
# Portuguese "raiva" (anger), "gripe" (an English complaint).
_DISEASES = frozenset(sense_form(w) for w in DISEASE_NOUNS) | _near(
    "paludisme malaria cholera rougeole meningite fievre dengue tuberculose sida vih drepanocytose diphterie "
    "coqueluche poliomyelite polio variole tetanos typhoide hepatite pneumonie grippe covid coronavirus "
    "ebola lassa mpox diarrhee dysenterie malnutrition cancer trypanosomiase bilharziose leishmaniose lepre "
    "varicelle oreillons rubeole anemie morsure piqure "
    "malaria paludismo colera sarampo meningite febre tuberculose aids sida hiv falciforme difteria tosse "
    "poliomielite variola tetano tifoide hepatite pneumonia diarreia disenteria desnutricao cancro "
    "cancer leishmaniose lepra varicela papeira rubeola anemia mordedura picada "
    "sarampion meningitis fiebre tuberculosis vih difteria tosferina poliomielitis viruela tifoidea "
    "hepatitis neumonia influenza diarrea disenteria desnutricion leishmaniasis varicela paperas chagas "
    "chikungunya zika "
    "ملاريا كوليرا حصبة سحايا حمى سل ايدز دفتيريا جدري كزاز تيفوئيد انفلونزا كورونا ايبولا اسهال سرطان "
    # the epidemic itself: "l'épidémie a tué", "the pandemic killed"
    "epidemic epidemics pandemic epidemie epidemies pandemie epidemia epidemias pandemia"
)
# Outbreaks, which are also of violence ("an outbreak of violence", "surto de violência", "brote de
# violencia", "وباء الفساد"): a disease's only with a disease in their phrase ("a cholera outbreak
# kills", "el brote de dengue mató"), never alone.
_OUTBREAKS = _near("outbreak outbreaks surto surtos brote brotes وباء")
_DISEASES |= _OUTBREAKS
# What stands before a disease that is a complement, not the head of its phrase: a link ("vaccinators
# against polio", "agents de riposte à Ebola", "la lutte contre le paludisme", "centro de tratamiento
# del cólera"). "a" is French "à" here: an article before it is skipped first.
_COMPLEMENT_LINKS = _near(
    "of against for with in on from to de d du des do da dos das del contre pour avec dans sur contra para com con "
    "em no na nos nas en a au aux ao aos al ضد في من"
)
# What may end a disease's phrase after a death's link ("killed by malaria in Kano", "morts du
# choléra à Kaya", "muertos por el dengue este año"), besides the words of place, time and linking.
_AFTER_A_DISEASE = _near("a em en last this these each every ce cette cet depuis desde ultimos ultimas")
# What a lab or a police course finds or handles of a weapon, the keyword a modifier of it: English
# "gunshot residue", "bomb disposal", "explosives detection"; and the traces before it in the other
# languages ("résidus de tirs", "residuos de disparo", "traces d'explosifs").
_FORENSIC_HEADS = _near("residue residues disposal detection detector detectors sniffing sniffer sniffers forensics")
_RESIDUES = _near("residus residuos traces trace trazas vestigios rastros rastro")
# The object of a killing that is a game: "kills off the match", "يقتل المباراة", "tuer le suspense";
# and the last word of a team's name ("assassiner le Coton Sport", "matar al Cúcuta Deportivo").
_GAMES = _near("match matches game games jogo jogos partida partidas rencontre suspense مباراة لقاء")
_TEAM_ENDS = _near("sport sports fc cf club clube deportivo sporting united athletic esporte")
_MURDER_STEMS = _near("assassin asesin")
# Days that may close a game's or a team's phrase ("assassiner le Coton Sport dimanche").
_TIME_WORDS = _near(
    "today tonight yesterday monday tuesday wednesday thursday friday saturday sunday "
    "aujourd hier ce soir lundi mardi mercredi jeudi vendredi samedi dimanche "
    "hoy ayer lunes martes miercoles jueves viernes sabado domingo hoje ontem segunda terca quarta quinta sexta"
)
_SIEGE_STEMS = _near("sieg besieg asedi")
# A blast's words, which a sentence about a weapon's trace may tell of its own (`FieldWords._tells_a_deed`).
_BLASTS = _near(
    "blast blasts explosion explosions exploded explodes explosao explosoes explosion explosiones exploto "
    "explosa explodiu explose explosee انفجار"
)
# What heads a felled tree's phrase (`FieldWords._heads_a_tree_phrase`): French determiners and
# numbers, the adjectives before a noun, the nouns of quantity before "de".
_TREE_DETERMINERS = _near(
    "un une le la les l des du ce cet cette ces ses leurs nos plusieurs quelques deux trois quatre cinq six sept "
    "huit neuf dix vingt cent mille"
)
_TREE_ADJECTIVES = _near("grand grands grande grandes gros vieux vieil vieille vieilles beau bel belle dernier derniers seul")
_QUANTITY_NOUNS = _near("centaines centaine dizaines dizaine milliers millier nombre plusieurs beaucoup peu")
# "Abattu" as a mood (`FieldWords._felled_or_downcast`): news of a defeat, and none of a death.
_DEFEATS = _near("defaite defaites elimination revers echec deroute humiliation")
_DEATH_SIGNS = _near(
    "succombe succombee succombes blessure blessures inhume inhumee inhumes enterre enterree enterres obseques "
    "funerailles tue tues tuee tuees mort morts morte mortes balle balles deces decede decedee assassine assassinee "
    "meurtre hopital cadavre corps"
)
# What a burst "in" or "of" measures, not a blast: a count, a rate, a share ("an explosion in the
# number of cases", "explosion du nombre de cas", "explosión de casos", "انفجار في عدد الإصابات").
_AR_BURST = sense_form("انفجار")
# The words of a count, which are "several" without a definite article ("a number of", "nombre
# de") or, in Arabic, before "من" ("عدد من"); the definite articles and the links that hold one.
_A_NUMBER_OF = _near("number nombre numero عدد")
_DEFINITE = _near("the le la l du des au el del al do da no na")
_AR_FROM = sense_form("من")
# Arabic particles before a subject ("إن الكوليرا قتلت", "بعد أن ..."), which no noun holds.
_AR_PARTICLES = _near("ان إن أن لكن و ف قد")
_MEASURES = _near(
    "number numbers count rate rates share cases infections nombre taux part cas infections numero numeros tasa "
    "tasas casos contagios infecciones taxa taxas infeccoes عدد اعداد نسبه معدل اصابات حالات"
)
# Whom "kill off" may still kill: people counted or named by who they are, besides WordNet's
# trades and roles (`bot.person_nouns`): "killed off the wounded" is a massacre, "kills off
# start-ups", "could kill off the port expansion", "killed off their hopes" are not.
_PEOPLE_KILLED = frozenset(
    "people person persons civilians villagers residents men women children boys girls wounded survivors prisoners "
    "captives hostages witnesses "
    # the groups people live in: "kill off a farming family", "kills off a village"
    "family families household households clan clans tribe tribes village villages community communities "
    "congregation worshippers herder herders farmer farmers".split()
)
# The stems of killing and death (`_DOMAINS_OF`'s line of them), whose subject or cause may be a
# disease ("Malaria kills children", "le paludisme tue", "muertos por el dengue").
_KILLING_STEMS = _near("kill dead death die tu mat mort meurt meur قتل")
# What stands between a verb and its subject and is neither: an auxiliary, an adverb of time, a
# relative ("measles has killed", "la rougeole a déjà tué", "el dengue ya mató", "le paludisme qui tue").
_BEFORE_THE_VERB = _near(
    "has have had already still also continues continue to could may can will would is was "
    "a ont avait avaient deja encore aussi qui continue peut pourrait "
    "ha han habia ya sigue puede podria que "
    "tem tinha ja ainda continua pode poderia"
)
# The links to a death's agent or cause after the verb ("killed by malaria", "tués par le
# paludisme", "mortos pela malária", "muertos por el dengue", "morts du choléra").
_AGENT_LINKS = _near("by of from par de du des d por pelo pela pelos pelas")
_FARMERS = _near(
    "farmer farmers growers herders paysans agriculteurs cultivateurs eleveurs agricultores campesinos camponeses "
    "lavradores produtores productores criadores ganaderos fazendeiros مزارعون المزارعين الفلاحين فلاحون"
)
# What carries a charge that explodes, besides the devices: "a suspicious package exploded".
_CARRIERS = _near(
    "package parcel colis paquete pacote suitcase valise maleta mala bag sac bolsa motorcycle moto motocicleta "
    "truck camion camiao bus onibus autobus tanker citerne cisterna pipeline oleoduc oleoducto oleoduto "
    "gasoduc gasoducto gasoduto ducto tower pylone torre"
)
# The nouns of a fire that the verbs of arson stem like (`FieldWords._a_fire_not_arson`), and
# the words that make a fire arson: intent, a doer, a suspect.
_FIRE_NOUNS = frozenset("incendio incendios incendie incendies".split())
FIRE_NOT_ARSON = "a fire, whoever or whatever set it"  # how `_a_fire_not_arson`'s reason opens
# The written endings of the verb's forms that fold as the nouns do: the Spanish past "incendió",
# the French participle "incendié", "incendiés" (the noun is "incendie", "incendies").
_FIRE_VERBS = ("ó", "é", "és")
_ARSON_SIGNS = _near(
    "criminoso criminosa criminosos criminosas criminal criminales criminel criminelle criminels provocado provocada "
    "provocados provoque provoquee intencional intencionado intencionada intentionnel volontaire deliberado "
    "deliberada deliberate deliberately ateado ateada atearam ateou prendieron incendiaire incendiaires "
    "incendiario incendiarios incendiaria incendiarias suspeito suspeitos sospechoso sospechosos suspect suspects "
    "vandalos vandals casseurs faccao faccoes pandilleros arson arsonist arsonists"
)
# Political bodies, which are attacked in words (`FieldWords._attacks_a_government`): not its
# people, offices or forces, which a weapon reaches.
_GOVERNMENT_BODIES = _near(
    "government governments administration opposition cabinet gouvernement gouvernements opposition executif "
    "governo governos oposicao executivo gobierno gobiernos oposicion ejecutivo الحكومة حكومة المعارضة"
)
# The endings of the participles that follow the body they are said of: "gouvernement attaqué",
# "governo atacado", "gobierno atacado", "government attacked".
_PARTICIPLE_ENDINGS = ("e", "ee", "es", "ees", "ado", "ada", "ados", "adas", "ed")
# The words of "of" between a thing and its owner, in English, French, Portuguese and Spanish:
# "the government's offices" / "le siège du gouvernement", "the Gulf of Aden", "perto da vila de Caia".
OF_LINKS = frozenset("of de d du do da del".split())
# Dying, and the links to its cause (`FieldWords._died_of`): "muere de", "died of", "mort d'".
_DEATH_STEMS = frozenset({"mat", "kill", "tu"})
_CAUSE_LINKS = frozenset({"de", "of", "d", "from"})
# Prepositions fused with the definite or indefinite article, in Portuguese ("na", "do", "pela",
# "num") and Spanish ("del", "al"): a noun follows them, never a finite verb. Not a word that is
# also a pronoun or a particle before a verb: the bare articles "o", "a", "la", "los" ("a polícia o
# matou", "la mató"), "nos" (us: "a polícia nos mata", "la guerrilla nos ataca"); and Portuguese
# "no" only in an item not read as Spanish, whose "no" negates a verb ("el ELN no mata").
_FUSED_ARTICLES = frozenset(
    "na nas do da dos das pelo pela pelos pelas ao aos num numa nuns numas dum duma del al".split()
)
_FUSED_ARTICLES_PT = frozenset({"no"})
# The endings of a deed's noun whose verb's "-o" form is its agent: "assassinato", "assassino".
_DEED_ENDINGS = ("ato", "amento", "amiento")


@lru_cache(maxsize=1)
def _iberian_security_words() -> frozenset[str]:
    """The bundled vocabulary's Portuguese and Spanish words (folded), with their plurals in -s:
    not another language's ("mortar" is no Portuguese verb)."""
    words = {
        word
        for kset in keyword_sets().values()
        for lang, phrase in kset.pairs()
        if lang in ("pt", "es")
        for word in fold(phrase).split()
    }
    return frozenset(words | {word + "s" for word in words if not word.endswith("s")})


# The bare articles, which are articles, not pronouns, after a preposition ("para o mato", "en la
# mata"; a pronoun before a verb follows no preposition: "para o matar" is an infinitive).
_BARE_ARTICLES = frozenset("o a os as el la los las".split())
_ARTICLE_PREPOSITIONS = frozenset("para com em por sem sobre entre contra ate desde de a con en sin hasta hacia".split())


# Verbs of facing (`FieldWords._faced`), their nouns of fighting, and the reflexive pronouns.
_FACING = ("enfrent", "confront", "afront")
_FACING_NOUNS = frozenset({"confronto", "confrontos", "afronta", "afrontas"})
_REFLEXIVE = frozenset({"se", "nos", "me", "te"})

# Articles and possessives before a verb's object, in the five languages (folded).
_OBJECT_FILLERS = frozenset(
    "the a an s its his her their this that le la les l un une sa son ses leur leurs "
    "o os as um uma seu sua seus suas este esta el los las una su sus al".split()
)
# English words of violence whose object tells their sense (`FieldWords._acts_on_the_abstract`),
# by their Snowball stems: "lawmakers killed the tramway bill", "soap makers fight rising costs",
# "the bank's raid on reserves". Not "clash", whose object is the other side ("clashed with
# police") and whose "over" is a cause people also fight for ("clashes over fuel prices").
_ACTS_ON = frozenset({"attack", "kill", "fight", "raid", "assault", "bomb", "explos", "ambush", "battl"})
# A preposition of the target between the word and its object ("an attack on", "a raid on",
# "an explosion of"): not "over", a cause ("attacked over Benghazi").
_TARGET_LINKS = frozenset({"on", "upon", "against", "of", "off"})
# Determiners and possessives before the object's words ("his tramway bill").
_NP_FILLERS = frozenset("the a an its his her their our your my this that these those s own".split())
# Words that end the object's words: prepositions, conjunctions, relatives, "to".
_NP_ENDS = frozenset(
    "in at on by for from with to into onto after before during near of over under about against and or but as "
    "while when where which who whom that than amid despite since until via across through outside inside".split()
)
# What may stand before a verb's base form: a modal, "to", "will" ("could kill the bill"), else a
# plural subject in lower case ("soap makers fight rising costs"); "bomb threat" is a noun's.
_BEFORE_A_VERB = frozenset("to will would could can must may might should shall".split())
OBJECT_WORDS = 3  # the object's words read after the verb and its determiners: "foreign currency reserves"
NEAR = 4  # words either side in which a telling word changes a keyword's sense
TELLING_LETTERS = 4  # a phrase of shorter words only helps tell a sense ("a blast"): not said again in the other field
OPENING = 2  # letters a word and its stem share at the start (checked over the feed corpus)


def openings(terms: Sequence[Term]) -> frozenset[str]:
    own = (word_stem for term in terms for stems in term.stems.values() for word_stem in stems)
    verbs = (word_stem for term in terms for also in term.also.values() for found in also for word_stem in found)
    return frozenset(word_stem[:OPENING] for word_stem in chain(own, verbs))


# The languages whose keywords also meet their verb's forms by grammar (`verb_stems`).
_CONJUGATED = ("pt", "es")


@dataclass(frozen=True)
class Term:
    """A keyword or exclude term as it was written, and its words' stems in each language."""

    text: str
    words: tuple[str, ...]  # folded words
    stems: dict[str, tuple[str, ...]]
    # Per language, per word: the other stems its verb's forms take (`verb_stems`); only the
    # languages where one word has some.
    also: dict[str, tuple[frozenset[str], ...]] = dataclass_field(default_factory=dict)

    @classmethod
    def parse(cls, text: str, language: str | None = None) -> Term:
        """A term stemmed in every language it could be; with `language` (a bundled set's word
        listed under it), only in that one, and so matched only in items read in it: French
        "coup" is a blow. A term in Arabic script is Arabic wherever it is met."""
        words = tuple(tokenize(text).words)  # the words as written, no Token made
        langs = LANGUAGES if language is None or any(is_arabic(w) for w in words) else (language,)
        also = {lang: tuple(verb_stems(w, lang) for w in words) for lang in langs if lang in _CONJUGATED}
        also = {lang: found for lang, found in also.items() if any(found)}
        return cls(text, tuple(fold(w) for w in words), {lang: tuple(stem(w, lang) for w in words) for lang in langs}, also)


def _same_word(typed: Term, word: Term, language: str) -> bool:
    """Whether a typed keyword is a bundled word of `language`: the same letters, or the same
    stems in that language ("clash" and "clashes")."""
    return typed.words == word.words or typed.stems.get(language) == word.stems[language]


def translations(typed: Sequence[str]) -> list[Term]:
    """The bundled words that mean what a typed keyword means (`bot.vocabulary.meanings`: its
    translations and synonyms), each matched only in its own language, as a bundled set's word
    is: an admin who types "shelling" and "قصف" wants the shell that falls ("قذيفة"), whoever
    types "tirs" the man shot ("baleado", "balazos")."""
    own = [Term.parse(k) for k in typed]
    out: list[Term] = []
    for words in meanings().values():
        terms = [Term.parse(word, lang) for lang, word in words]
        if any(_same_word(t, w, lang) for t in own for (lang, _), w in zip(words, terms, strict=True)):
            out.extend(terms)
    return out


@dataclass(frozen=True)
class TermHit:
    term: str
    field: str
    text: str
    start: int
    end: int


FUNCTION_WORD_ZIPF = 6.0  # wordfreq's scale: once in every thousand words ("para" 7.1, "sobre" 6.2; "guerra" 5.5)


@lru_cache(maxsize=4096)
def is_function_word(folded: str, language: str) -> bool:
    """A word of the item's language so frequent it is a preposition, an article or a conjunction
    (Portuguese and Spanish "para", "por", "sobre"): it shares a stem with a keyword of another
    language by chance (Spanish "paro", a strike; "para" is also "he stops"), never by meaning.
    wordfreq's small lists, already loaded for `bot.falsefriends`; Arabic is left to its stemmer."""
    return language != "ar" and zipf_frequency(folded, language, wordlist="small") >= FUNCTION_WORD_ZIPF


def _verb_at(stems: Sequence[str], i: int, wanted: tuple[str, ...], also: tuple[frozenset[str], ...]) -> bool:
    """Whether the words from `i` have the term's stems, each its own or one of its verb's forms'."""
    return i + len(wanted) <= len(stems) and all(
        stems[i + k] == own or stems[i + k] in others for k, (own, others) in enumerate(zip(wanted, also, strict=True))
    )


def _one_begins_the_other(a: str, b: str) -> bool:
    """Two stems of one word: the shorter, of TELLING_LETTERS letters or more, begins the longer."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= TELLING_LETTERS and long.startswith(short)


class FieldWords:
    """One field's words with their stems, computed once and shared by every term."""

    def __init__(
        self,
        name: str,
        text: str,
        tokens: Tokens,
        langs: tuple[str, ...],
        openings: frozenset[str],
        screen: StemScreen | None = None,
        year: int | None = None,
    ):
        """`openings`: the first letters of every term's stems; other words are never stemmed.
        `screen`: the same answer per folded word, remembered across items (`StemScreen` of
        these openings), for a caller that reads many. `year`: the item's own, if known.

        Snowball stemming is the slowest step of matching, and a word can only share a stem
        that starts the way it starts.
        """
        self.name = name
        self.text = text
        self.tokens = tokens
        self.langs = langs
        self.year = year
        # Which words are stemmed does not depend on the language: decided once for every language.
        # Arabic words always: their stems start after a prefix ("والهجوم" -> "هجوم").
        words = tokens.words
        if screen is None:
            screen = StemScreen(openings)
        stemmed = list(compress(range(len(words)), map(screen.__getitem__, tokens.folded)))
        self.stems: dict[str, list[str]] = {}
        # Where each stem stands, per language; the words with no stem ("") only when a term asks.
        self._where: dict[str, dict[str, list[int]]] = {}
        for lang in langs:
            stems = [""] * len(words)
            where: dict[str, list[int]] = {}
            for i in stemmed:
                stems[i] = word_stem = stem(words[i], lang)
                if word_stem:
                    if word_stem in where:
                        where[word_stem].append(i)
                    else:
                        where[word_stem] = [i]
            self.stems[lang] = stems
            self._where[lang] = where
        self._forms: list[str] | None = None
        self.following: FieldWords | None = None  # the field after this one (a title's summary), set by `first_hit`
        self.preceding: FieldWords | None = None  # the field before this one (a summary's title), set by `first_hit`
        self._topics: dict[int, frozenset[str]] = {}
        self._lead: list[str] | None = None
        self._senses: dict[tuple[int, int, str], str | None] = {}  # why a keyword means something else, or None
        self._forms_seen: frozenset[str] | None = None
        self._mentioned: dict[frozenset[str], bool] = {}  # vocabulary -> `_mentions`
        self._places_memo: dict[frozenset[str], list[int]] = {}  # keys -> `_places_of` (read, never changed)
        # Whether a folded word names a place (the gazetteer's, set by the matcher): a capitalised
        # keyword's word may be a town's name ("las ruinas de Tiro", Tyre).
        self.place_name: Callable[[str], bool] | None = None

    def _at(self, lang: str, word_stem: str) -> Sequence[int]:
        """The indices of the words whose stem in `lang` is `word_stem`, in order."""
        if word_stem:
            return self._where[lang].get(word_stem, ())
        where = self._where[lang]
        if "" not in where:
            where[""] = [i for i, s in enumerate(self.stems[lang]) if not s]
        return where[""]

    def _at_any(self, lang: str, word_stem: str, others: frozenset[str]) -> Sequence[int]:
        """The indices of the words whose stem is `word_stem` or one of `others`, in order."""
        where = self._where[lang]
        found = [i for other in others if other in where for i in where[other]]
        return sorted([*self._at(lang, word_stem), *found]) if found else self._at(lang, word_stem)

    def _occurrences(self, term: Term) -> Iterator[tuple[int, int, str]]:
        """Where the term's words stand in this field, in any of its languages: (first word, number
        of words, first stem), whatever they mean there."""
        size = len(term.words)
        for lang in self.langs if size else ():
            wanted = term.stems.get(lang)
            if wanted is None:
                continue
            stems = self.stems[lang]
            folded = self.tokens.folded
            also = term.also.get(lang)
            starts = self._at(lang, wanted[0]) if also is None else self._at_any(lang, wanted[0], also[0])
            for i in starts:
                if tuple(stems[i : i + size]) != wanted and (also is None or not _verb_at(stems, i, wanted, also)):
                    continue
                if size == 1 and folded[i] != term.words[0] and is_function_word(folded[i], lang):
                    continue  # "para" is no "paro": a function word met only by its stem
                yield i, size, wanted[0]

    def _places_of(self, keys: set[str]) -> list[int]:
        """Where this field writes the word whose stems are `keys` (another field's keyword), in
        any form: Snowball cuts a verb's persons and tenses at different lengths ("dispararon":
        "dispar", "disparan": "disp"), so a stem that begins the other, of TELLING_LETTERS
        letters or more, is the same word."""
        # Several rules of the other field ask with the same keys: worked out once per keys. (Not
        # with the empty stem: `_at` files the words of no stem under it later.)
        memo_key = frozenset(keys) if "" not in keys else None
        places = self._places_memo.get(memo_key) if memo_key is not None else None
        if places is not None:
            return places
        found: set[int] = set()
        for lang in self.langs:
            for word_stem, where in self._where[lang].items():
                if word_stem in keys or any(_one_begins_the_other(word_stem, key) for key in keys):
                    found.update(where)
        places = sorted(found)
        if memo_key is not None:
            self._places_memo[memo_key] = places
        return places

    def _text_of(self, i: int, size: int) -> tuple[str, int, int]:
        first, last = self.tokens[i], self.tokens[i + size - 1]
        return self.text[first.start : last.end], first.start, last.end

    def find(self, term: Term) -> TermHit | None:
        for i, size, first_stem in self._occurrences(term):
            if self._refused_for(term, i, size, first_stem) is None:
                text, start, end = self._text_of(i, size)
                return TermHit(term.text, self.name, text, start, end)
        return None

    def distance(self, term: Term, first: int, last: int) -> int | None:
        """How many words lie between words `first`..`last` (a place's name) and the nearest
        place the term is met in its security sense in this field (0: adjacent); None if nowhere."""
        best: int | None = None
        for i, size, first_stem in self._occurrences(term):
            if self._refused_for(term, i, size, first_stem) is not None:
                continue
            gap = first - (i + size) if i + size <= first else i - last - 1 if i > last else 0
            if best is None or gap < best:
                best = gap
        return best

    def _sense_forms(self) -> list[str]:
        """The field's words as the tables of senses compare them (`sense_form`), made once."""
        if self._forms is None:
            folded = self.tokens.folded
            # Most fields: all ASCII, known from the words (`Tokens.ascii_words`) or seen in one pass.
            latin = self.tokens.ascii_words or "".join(folded).isascii() or all(f.isascii() or not is_arabic(f) for f in folded)
            self._forms = folded if latin else [sense_form(f) for f in folded]
        return self._forms

    def sense_refused(self, i: int, size: int, first_stem: str) -> str | None:
        """Why the keyword's words at `i`..`i + size` - 1 mean something else here, or None;
        remembered, since every watchlist asks of the same words."""
        key = (i, size, first_stem)
        if key not in self._senses:
            self._senses[key] = self._read_sense(i, size, first_stem)
        return self._senses[key]

    def refused(self, term: Term) -> tuple[str, str] | None:
        """The first place this field holds the term in another sense: (its text, why), for an
        explanation of an item that did not alert. None when it holds none."""
        for i, size, first_stem in self._occurrences(term):
            why = self._refused_for(term, i, size, first_stem)
            if why is not None:
                return self._text_of(i, size)[0], why
        return None

    def _refused_for(self, term: Term, i: int, size: int, first_stem: str) -> str | None:
        """`sense_refused`, for this term: a term that is itself the noun of a fire (an admin's
        typed "incêndio") wants every fire, so the noun is no other sense of it, whoever set it
        (`_a_fire_not_arson` reads the verb of arson's terms only)."""
        why = self.sense_refused(i, size, first_stem)
        if why is not None and why.startswith(FIRE_NOT_ARSON) and term.words[:1] and term.words[0] in _FIRE_NOUNS:
            return None
        return why

    def _read_sense(self, i: int, size: int, first_stem: str) -> str | None:
        headline = self.preceding.tokens if self.preceding is not None else None
        framing = framed(self.tokens, i, i + size, self.text, headline, self.year)
        if framing is not None:
            return framing  # a past event, a court case, a hunger strike, a figure in quotes (`framing`)
        word = self.tokens.words[i]
        keys = {first_stem, stem(word, "en"), stem(word, "fr"), *(stem(word, lang) for lang in self.langs)}
        why = (
            self._a_place_named(i, size)
            or self._noun_after_a_fused_article(i, size)
            or self._shot_in_an_idiom(i, i + size, keys)
            or self._attempt_on_the_abstract(i, i + size, keys)
            or self._beheads_no_one(i, i + size, keys)
            or self._quoted_in_the_other_field(i, i + size, keys)
            or self._attacked_in_words(i, i + size, keys)
            or self._attacks_a_government(i, i + size, keys)
            or self._a_fire_not_arson(i, i + size)
            or self._bursts_as_a_verb(i, i + size, keys)
            or self._faced(i, i + size)
            or self._scored_in_the_other_field(i, i + size)
            or self._died_of(i, i + size, keys)
            or self._killed_by(i, i + size, keys)
            or self._killed_by_a_disease(i, i + size, keys)
            or self._fights_a_disease(i, i + size, keys)
            or self._burst_in_a_measure(i, i + size, keys)
            or self._killed_off(i, i + size, keys)
            or self._hostage_of_a_thing(i, i + size, keys)
            or self._trace_of_a_weapon(i, i + size)
            or self._kills_a_game(i, i + size, keys)
            or self._felled_or_downcast(i, i + size)
            or self._siege_of_a_market(i, i + size, keys)
            or self._past_in_the_summary(keys)
            or self._acts_on_the_abstract(i, i + size, keys)
            or self._burst_of_a_bare_noun(i, i + size, keys)
            or self._bomb_of_the_abstract(i, i + size, keys)
            or self._abstract_in_the_other_field(i, i + size, keys)
            or self._figure_of_the_headline(i, i + size, keys)
        )
        if why is None:
            senses = [_OTHER_SENSES[k] for k in keys if k in _OTHER_SENSES]
            end = i + size
            why = self._sense_here(i, end, senses) if senses else None
            if why is None and senses:
                why = self._sense_of_the_other_field(i, end, keys)
            if why is None:
                why = self._figure(i, end, keys)
        if why is not None and why.startswith(_DISEASE_READINGS) and self._killed_fighting_a_disease(i, i + size, keys):
            return None  # "Nurses fighting cholera killed in Beni": the disease is their work's object
        return why

    def _sense_here(self, i: int, end: int, senses: Sequence[OtherSense], telling: bool = False) -> str | None:
        """Why the words `i`..`end` - 1 mean something else by what stands around them here: the
        phrase before or after, a telling word near, a word of the sentence's topic. `telling`:
        only by a word that tells the sense ("film", "photo", "growth"), not by a little word
        that only helps ("a blast") nor by the topic."""
        words = self._sense_forms()
        written = self.tokens.words
        starts_sentence = self.tokens[i].sentence_start
        ends_sentence = end < len(words) and self.tokens[end].sentence_start
        for sense in senses:
            if words[i].startswith(sense.prefixes):  # a tuple: any of them, at C speed
                return f"another sense ({written[i]})"
            before = next((n for n in sense.before_lengths if tuple(words[max(0, i - n) : i]) in sense.before), None)
            if telling and before is not None and all(len(w) < TELLING_LETTERS for w in words[max(0, i - before) : i]):
                before = None
            if not starts_sentence and before is not None:
                return f"another sense ({' '.join(written[max(0, i - before) : end])})"
            after = next((n for n in sense.after_lengths if tuple(words[end : end + n]) in sense.after), None)
            if telling and after is not None and all(len(w) < TELLING_LETTERS for w in words[end : end + after]):
                after = None
            if not ends_sentence and after is not None:
                return f"another sense ({' '.join(written[i : end + after])})"
            near = sense.near_before.intersection(words[max(0, i - NEAR) : i]) or sense.near_after.intersection(
                words[end : end + NEAR]
            )
            if near:
                return f"another sense, beside {min(near)!r}"
            if sense.in_sentence and not telling and not self._armed(i, end):
                told = sense.in_sentence.intersection(words[slice(*self._sentence(i, end))])
                if not told and self.following is not None:
                    told = sense.in_sentence.intersection(self.following.lead())  # a headline's context is the summary's lead
                if not told and self.preceding is not None:
                    told = sense.in_sentence.intersection(self.preceding._sense_forms())  # a summary's is its headline
                if told:
                    return f"another sense, in a sentence about {min(told)!r}"
        return None

    def _sense_of_the_other_field(self, i: int, end: int, keys: set[str]) -> str | None:
        """One sense per item: a word the headline uses in another sense ("Film shooting closes
        bridge") has that sense in its summary too ("for the shooting of an action film", further
        from "film" than the summary's own reach), and the other way round, unless a word of armed
        violence other than the word itself sets this one's topic. Only by what stands around the
        other field's word (`_sense_here`), so the two fields never ask each other in a circle."""
        other = self.following if self.following is not None else self.preceding
        if other is None:
            return None
        places = other._places_of(keys)
        if not places:
            return None
        reasons = []
        for j in places:  # every one of them in another sense: "a film shooting, then a shooting" is not
            word = other.tokens.words[j]
            stems = {stem(word, "en"), stem(word, "fr"), *(stem(word, lang) for lang in other.langs)}
            senses = [_OTHER_SENSES[k] for k in stems if k in _OTHER_SENSES]
            why = other._sense_here(j, j + 1, senses, telling=True) if senses else None
            if why is None:
                return None
            reasons.append(why)
        forms = other._sense_forms()
        mine = set(self._sense_forms()[i:end]) | {forms[k] for k in places}
        if not _ARMED.isdisjoint(self._topic(i, end) - mine):
            return None
        return f"{reasons[0]}, as in the {'headline' if other is self.preceding else 'summary'}"

    def _quoted_in_the_other_field(self, i: int, end: int, keys: set[str]) -> str | None:
        """One figure per item: a keyword the headline sets alone in quotes ("bolsa 'explode'",
        "'bomba' de investimento") is that figure in the summary too ("as ações explodiram",
        "uma verdadeira bomba de investimento"), and the other way round, unless a word of armed
        violence other than the word itself sets this one's topic."""
        other = self.following if self.following is not None else self.preceding
        if other is None:
            return None
        places = other._places_of(keys)
        if not places:
            return None
        for j in places:  # every one of them a quoted figure
            why = quoted(other.tokens, j, j + 1, other.text)
            if why is None or not why.startswith("in quotes"):
                return None
        if self._keeps_its_own_sense(i, end):
            return None
        where = "headline" if other is self.preceding else "summary"
        return f"in quotes in the {where}, a figure of speech"

    def _attacked_in_words(self, i: int, end: int, keys: set[str]) -> str | None:
        """A politician's attack is words: the opposition, deputies, councillors as the subject of
        a finite verb of attacking ("a oposição ataca o governo", "diputados atacaron al
        alcalde"; not a participle, whose politician is the victim: "deputado atacado a tiro"),
        in Arabic the subject after the verb ("هاجم نواب المحافظ") or of "launched an attack"
        ("شن نواب هجوما"); unless a word of armed violence sets the topic. The subject is read in
        the verb's clause only: "Selon le ministre, des individus ont attaqué le poste" names the
        minister as the source, not as who attacked (`_clause_start`)."""
        if (keys.isdisjoint(_ATTACK_STEMS) and "attaqu" not in keys) or end - i != 1:
            return None
        folded = self.tokens.folded
        word = folded[i]
        sentence, _ = self._sentence(i, end)
        start = self._clause_start(i, sentence)
        forms = self._sense_forms()
        if word.isascii():
            if word.startswith("attaqu"):
                if not _french_active(folded, i, sentence):
                    return None
            elif not word.startswith("atac") or word.startswith("ataque") or word.endswith(_NOT_FINITE):
                return None
            subject = [w for w in forms[max(start, i - NEAR) : i] if w in _POLITICIANS]
        else:
            if not is_arabic(word) or without_article(word) != word:
                return None  # "الهجوم": the noun with its article, a deed named
            subject = []
            if i + 1 < len(forms) and not self.tokens[i + 1].sentence_start and forms[i + 1] in _POLITICIANS:
                subject.append(forms[i + 1])  # "هاجم نواب", "هاجمت المعارضة"
            if i - 1 >= start and forms[i - 1] in _POLITICIANS:
                subject.append(forms[i - 1])  # "نواب يهاجمون"
            if i - 2 >= start and forms[i - 2] in _POLITICIANS and folded[i].startswith(_AR_IMPERFECT):
                subject.append(forms[i - 2])  # "نائب زحلة يهاجم": the deputy of a town, then his verb
            for k in (i - 1, i - 2):
                if k - 1 >= start and forms[k] in _POLITICIANS and folded[k - 1] in _AR_LAUNCHED:
                    subject.append(forms[k])  # "شن نواب هجوما"
            if i - 1 > start and folded[i - 1] in _AR_LAUNCHED:
                # the subject before the verb: "نائب عن المدينة يشن هجوما"
                subject.extend(w for w in forms[max(start, i - 1 - NEAR) : i - 1] if w in _POLITICIANS)
        if not subject or not _ARMED.isdisjoint(self._topic(i, end)):
            return None
        return f"a politician's attack in words ({self.tokens.words[i]}, by {subject[0]!r})"

    def _clause_start(self, i: int, start: int) -> int:
        """The first word of the clause that holds word `i`, in the sentence from word `start`:
        the word after the last comma, semicolon or colon before `i` ("Selon le ministre, des
        individus ont attaqué", "Segundo o governador, homens armados atacaram")."""
        tokens = self.tokens
        for k in range(i, start, -1):
            if any(mark in tokens[k].gap for mark in _CLAUSE_MARKS):
                return k
        return start

    def _bursts_as_a_verb(self, i: int, end: int, keys: set[str]) -> str | None:
        """The verb of exploding with nothing that explodes: what bursts in an attack is a device
        and says so ("a bomb exploded", "l'engin a explosé", "explotó un coche bomba"), or hurts
        someone; a verb whose sentence names no device, no weapon and no harm bursts in a figure
        ("as exportações explodiram", "le festival fait exploser la fréquentation", "sales
        exploded"). The noun ("explosion", "explosão") is not read here: a blast is named so
        bare. English, French, Portuguese and Spanish."""
        if "explos" not in keys or end - i != 1:
            return None
        word = self.tokens.folded[i]
        verb = word.startswith(("explod", "explot")) or (
            word.startswith("explos") and not word.startswith(("explosi", "explosa", "explosoe", "explosiv"))
        )
        if not verb or self._has_an_object(end):
            return None  # "criminosos explodem agência bancária", "ont fait exploser le pont": blown up
        topic = self._topic(i, end)
        singulars = topic | {w[:-1] for w in topic if w.endswith("s")}  # "dois carros explodiram"
        if self._armed(i, end) or not singulars.isdisjoint(_DEVICES) or not singulars.isdisjoint(_CARRIERS):
            return None
        if not topic.isdisjoint(_HARM) or any(w.startswith(_HARM_OPENINGS) for w in topic):
            return None  # "explodiu em frente à delegacia e feriu dois policiais": it hurt someone
        return f"a burst with nothing that explodes ({self.tokens.words[i]}: no device, weapon or harm in its sentence)"

    def _has_an_object(self, end: int) -> bool:
        """Whether the verb ending before word `end` takes an object: a determiner or a word
        that is no function word right after it, in its sentence ("explodem agência", "fait
        exploser la fréquentation"); not a preposition ("explodiram no trimestre", "exploded
        in May") nor the sentence's end."""
        tokens = self.tokens
        if end >= len(tokens) or tokens[end].sentence_start or tokens[end].gap.strip():
            return False
        word = tokens.folded[end]
        if word in _OBJECT_FILLERS:
            return True
        return (
            word.isalpha()
            and tokens.words[end][:1].islower()
            and not any(is_function_word(word, lang) for lang in ("en", "fr", "pt", "es"))
            and word not in _AFTER_A_BURST
        )

    def _a_fire_not_arson(self, i: int, end: int) -> str | None:
        """The noun of a fire ("incêndio", "incendio", "incendie") met by the verb of arson
        ("incendiar", "incendier"): the verb has a doer, who sets the fire; the noun names a fire
        of any cause ("incêndio em fábrica", "incendios forestales", "un incendie ravage le
        marché"). It is arson when its sentence says so: a word of armed violence or of intent
        (`_ARSON_SIGNS`: "criminoso", "provocado", "incendiaires", suspects). The phrases of the
        bundled set ("incêndio criminoso", "incendio provocado", "incendie criminel") are
        terms of their own, two words long, and not read here."""
        if end - i != 1 or self.tokens.folded[i] not in _FIRE_NOUNS or self.tokens.words[i].lower().endswith(_FIRE_VERBS):
            return None  # "incendió", "incendié", "incendiés": the verb, whose accent folding drops
        if self._armed(i, end) or not _ARSON_SIGNS.isdisjoint(self._topic(i, end)):
            return None
        return f"{FIRE_NOT_ARSON} ({self.tokens.words[i]}: the noun names no doer)"

    def _attacks_a_government(self, i: int, end: int, keys: set[str]) -> str | None:
        """A government or the opposition attacked is attacked in words: the body itself as the
        verb's object ("Gandhi attacks Modi government", "attaque le gouvernement", "atacó al
        gobierno", "يهاجم الحكومة") or as the subject of its participle ("le gouvernement attaqué
        de toutes parts", "o governo atacado pela oposição"). A body is no one a weapon reaches:
        its soldiers, offices, convoys and forces are, when the body only owns or qualifies the
        object's head ("the government's offices", "le siège du gouvernement", in English the noun
        after it: "attacked government positions", "government-held El Obeid",
        `_qualifies_a_noun`). Unless a word of armed violence sets the topic. English, French,
        Portuguese, Spanish, Arabic."""
        if keys.isdisjoint(_ATTACK_STEMS | {"attack", "attaqu"}) or end - i != 1:
            return None
        tokens, folded = self.tokens, self.tokens.folded
        word = folded[i]
        body: int | None = None
        if is_arabic(word):
            if without_article(word) != word:
                return None  # "الهجوم على الحكومة": the noun, a deed named
            if i + 1 < len(folded) and not tokens[i + 1].sentence_start and sense_form(folded[i + 1]) in _GOVERNMENT_BODIES:
                body = i + 1
        elif word.isascii() and word.endswith(_PARTICIPLE_ENDINGS) and i >= 1 and folded[i - 1] in _GOVERNMENT_BODIES:
            body = i - 1  # "le gouvernement attaqué de toutes parts", "o governo atacado pela oposição"
        elif word.isascii():
            if word in ("attack", "attaque", "attaques", "ataque", "ataques") and not self._a_verb(i):
                return None  # the noun: "an attack on the government's headquarters"
            k = end
            names = 0
            while k < len(folded) and k - end < 4 and not tokens[k].sentence_start and not tokens[k].gap.strip(" '\u2019"):
                if folded[k] in _OBJECT_FILLERS:
                    k += 1
                elif tokens[k].capitalized and names < 2 and folded[k] not in _GOVERNMENT_BODIES:
                    k, names = k + 1, names + 1  # "attacks Modi government": whose government
                else:
                    break
            if k < len(folded) and folded[k] in _GOVERNMENT_BODIES and not tokens[k].gap.strip(" '\u2019"):
                after = k + 1
                owns = after < len(folded) and (folded[after] == "s" or folded[after] in OF_LINKS)
                if not owns and not (word.startswith("attack") and self._qualifies_a_noun(k)):
                    body = k  # not "the government's offices", "government positions": places
        if body is None or self._armed(i, end):
            return None
        return f"a government attacked in words ({tokens.words[body]}: a body no weapon reaches)"

    def _qualifies_a_noun(self, k: int) -> bool:
        """Whether the English noun at word `k` qualifies the word after it, the head of their
        phrase: a word joined by a hyphen ("government-held El Obeid") or a word right after it in
        its sentence that is no function word nor one that ends a noun's words (`_NP_ENDS`):
        "government positions", "government convoy"; not "attacks government over fuel prices",
        "attacks government amid protests", "attacks the government."."""
        tokens = self.tokens
        after = k + 1
        if after >= len(tokens) or tokens[after].sentence_start:
            return False
        if tokens[after].gap == "-":
            return True
        word = tokens.folded[after]
        return tokens[after].gap == " " and word.isalpha() and word not in _NP_ENDS and not is_function_word(word, "en")

    def _acts_on_the_abstract(self, i: int, end: int, keys: set[str]) -> str | None:
        """A word of violence whose object is a thing of words, the mind or money, never someone
        or somewhere (`abstract_nouns`, from WordNet): "lawmakers killed the tramway bill", "soap
        makers fight rising costs", "the central bank's raid on reserves". The object is the last
        of the words after the verb (or its preposition of the target, "on", "of") up to a
        preposition, a conjunction or a comma, in lower case; unless a word of armed violence
        sets the topic. English only: the list is WordNet's."""
        if keys.isdisjoint(_ACTS_ON) or end - i != 1 or "en" not in self.langs or not self.tokens.folded[i].isascii():
            return None
        head = self._object_of(i, end)
        if head is None:
            return None
        noun = abstract_noun(self.tokens.folded[head])
        if noun is None or self._armed(i, end):
            return None
        return f"what it acts on is no one and nothing to harm ({self.tokens.words[head]}: a thing of words, mind or money)"

    def _a_place_named(self, i: int, size: int) -> str | None:
        """A keyword's word that is a place's name (`place_name`, the gazetteer's): capitalised
        inside a Spanish, Portuguese or French sentence after a word in lower case, with a space
        between ("las ruinas de Tiro", Tyre; not "RECIFE — Ataque a ônibus"), or opening
        one and joined by a conjunction to another capitalised name ("Tiro y Sidón"). Not in a
        headline that capitalises every word, nor in English, whose headlines capitalise verbs."""
        if size != 1 or self.place_name is None:
            return None
        token = self.tokens[i]
        if not token.capitalized or token.word.isupper() or "en" in self.langs[:1]:
            return None
        if token.sentence_start:
            k = i + 1
            joined = k + 1 < len(self.tokens) and self.tokens.folded[k] in _AND and self.tokens[k + 1].capitalized
            if not joined or self.tokens[k].sentence_start or self.tokens[k + 1].sentence_start:
                return None
        elif is_title_case(self.tokens) or self.tokens[i].gap != " " or not self.tokens.words[i - 1][:1].islower():
            return None  # after a dateline's dash, a colon, a capitalised word: a sentence's first word
        if not self.place_name(self.tokens.folded[i]):
            return None
        return f"a place's name ({token.word}), capitalised"

    def _shot_in_an_idiom(self, i: int, end: int, keys: set[str]) -> str | None:
        """A shot in a Spanish or Portuguese idiom, no gunfire: "ni a tiros" (not by any means),
        "de a tiro" (utterly), "a tiro de" + infinitive (about to), "tiro e queda" (sure to work),
        "de un tiro" (at one go) with no word of killing or wounding in its sentence ("muerto de
        un tiro" is a shot), "tiros de 400 metros" (a runner's intervals), and "tiro de gracia"
        to a thing of words, mind or money ("tiro de gracia a la reforma"; to a person, or to
        no one, it is the last shot)."""
        if "tiro" not in keys or end - i != 1:
            return None
        words = self._sense_forms()
        before = tuple(words[max(0, i - 2) : i])
        after = words[end : end + 4]
        written = " ".join(self.tokens.words[max(0, i - 2) : end + 2])
        if before in (("ni", "a"), ("de", "a")) or after[:2] == ["e", "queda"]:
            return f"an idiom ({written})"
        if before[-1:] == ("a",) and after[:1] == ["de"] and len(after) > 1 and _an_infinitive(after[1]):
            return f"an idiom ({written})"
        if words[i] == "tiros" and after[:1] == ["de"] and len(after) > 2 and after[1].isdigit() and after[2] in _DISTANCES:
            return f"a runner's intervals ({written})"
        if before == ("de", "un") and not self._harm_in_sentence(i, end):
            return f"an idiom ({written})"
        if after[:2] == ["de", "gracia"] and len(after) > 2 and after[2] in _TO:
            k = end + 3
            while k < len(words) and words[k] in _ARTICLES:
                k += 1
            if (
                k < len(words)
                and not self.tokens[k].sentence_start
                and romance_abstract(words[k], self.tokens.words[k]) is not None
            ):
                return f"a figure: the last blow to a thing of words, mind or money ({self.tokens.words[k]})"
        return None

    def _harm_in_sentence(self, i: int, end: int) -> bool:
        """Whether the sentence of words `i`..`end` - 1 holds a word of killing, dying or
        wounding, by its opening ("mataron", "asesinan", "murió", "herido", "morto", "ferido")."""
        start, stop = self._sentence(i, end)
        words = self._sense_forms()
        return any(w.startswith(_KILLING_OPENINGS) or w in _HARM for w in words[start:stop])

    def _attempt_on_the_abstract(self, i: int, end: int, keys: set[str]) -> str | None:
        """An "atentado" or "attentat" against a thing of words, mind, money or a state: "contra
        el patrimonio", "contre la liberté", "à la pudeur", or an adjective of such a domain
        ("atentado ecológico"): an offence, no bomb. The noun is read by its English cognate
        (`romance_abstract`, WordNet's `abstract_nouns`)."""
        if end - i != 1 or ("atent" not in keys and "attentat" not in keys):
            return None
        words = self._sense_forms()
        k = end
        if k < len(words) and self.tokens[k].sentence_start:
            return None
        if k < len(words) and _domain_adjective(words[k]) is not None:
            return f"an offence against {_domain_adjective(words[k])}, no bomb ({self.tokens.words[k]})"
        if k < len(words) and words[k] in _ATTEMPT_ON:
            k += 1
            while k < len(words) and words[k] in _ARTICLES and not self.tokens[k].sentence_start:
                k += 1
            if k < len(words) and not self.tokens[k].sentence_start and self.tokens.words[k][:1].islower():
                noun = romance_abstract(words[k], self.tokens.words[k])
                if noun is not None:
                    return f"an offence against a thing of words, mind or money ({self.tokens.words[k]}: {noun})"
        return None

    def _noun_after_a_fused_article(self, i: int, size: int) -> str | None:
        """A Portuguese or Spanish word that is a form of a keyword's verb of the first
        conjugation and also a noun of its own, right after a preposition fused with the article
        ("no mato", "pela mata", "del mato"), or after a preposition and the article ("para o
        mato", "en la mata"): a finite verb never follows an article, so the word is the noun,
        the bush or the forest, not "matar". Not a noun of the deed's own family: one the bundled
        vocabulary lists ("no assalto", "do rapto", "del secuestro"), nor the agent of a verb whose
        deed it lists as "-ato" or "-amento" ("do assassino", "del asesino": "assassinato",
        "asesinato"; "linchamento")."""
        if size != 1 or i == 0 or self.tokens[i].sentence_start:
            return None
        before = self.tokens.folded[i - 1]
        fused = before in _FUSED_ARTICLES or (before in _FUSED_ARTICLES_PT and "es" not in self.langs)
        if not fused and not (
            before in _BARE_ARTICLES and i >= 2 and self.tokens.folded[i - 2] in _ARTICLE_PREPOSITIONS
        ):
            return None
        word = self.tokens.folded[i]
        root = word[:-2] if word.endswith(("os", "as")) else word[:-1] if word.endswith(("o", "a")) else ""
        words = _iberian_security_words()
        if len(root) < 3 or word in words or root + "ar" not in words:
            return None
        if any(root + ending in words for ending in _DEED_ENDINGS):
            return None  # "do assassino", "del asesino": the deed's agent
        return f"a noun after its article ({self.tokens.words[i - 1]} {self.tokens.words[i]}), not the verb"

    def _beheads_no_one(self, i: int, end: int, keys: set[str]) -> str | None:
        """A participle of beheading ("decapitado", "décapitée", "beheaded") whose noun is no
        person: a statue, a party, a cartel, flowers ("Estatua de Colón decapitada", "Decapitado
        el partido liberal", "Statue beheaded by vandals"): a figure or damage, no killing. The
        noun is the one before it (past a "de" and a name: "la statue de Marseille décapitée"),
        or, opening a sentence, the one after its article. A person's noun (WordNet's, or a
        Romance noun of an agent: "-ante", "-ista", "-ero", "-or"), a name, none, or a word of
        armed violence or of the dead in its topic: a killing."""
        if end - i != 1 or ("decapit" not in keys and "decap" not in keys and "behead" not in keys):
            return None
        words, tokens = self._sense_forms(), self.tokens
        if not words[i].startswith(("decapitad", "decapite", "beheaded")):
            return None
        head: int | None = None
        if tokens[i].sentence_start:
            k = end
            while k < len(words) and words[k] in _ARTICLES and not tokens[k].sentence_start:
                k += 1
            if k < len(words) and k > end and not tokens[k].sentence_start:
                head = k
        else:
            k = i - 1
            if (
                k >= 2
                and tokens[k].capitalized
                and not tokens[k].sentence_start
                and words[k - 1] in ("de", "du", "da", "do", "of")
            ):
                k -= 2
            head = k
        if head is None or head < 0:
            return None
        token = tokens[head]
        if token.capitalized and not token.sentence_start:
            return None  # a name: someone's
        word = words[head]
        if not word.isalpha() or len(word) < 3 or word in _ARTICLES or _a_person_noun(word):
            return None
        if self._armed(i, end) or self._harm_in_sentence(i, end):
            return None  # insurgents, the dead: a noun of persons this rule does not know ("aldeões")
        return f"what is beheaded is no person ({token.word})"

    def _burst_of_a_bare_noun(self, i: int, end: int, keys: set[str]) -> str | None:
        """An explosion of a bare noun, with no article: a burst of something that is no device
        ("an explosion of colour", "una explosión de danza", "une explosion de danses", "explosion
        of cholera cases"). A bomb's explosion takes the article or names the device ("the
        explosion of a car bomb", "l'explosion d'une mine", "explosión de un artefacto",
        "explosion of roadside bombs"): an article (wordfreq's most frequent words), a number, a
        device (`_DEVICES`, `_ARMED`) or a word of armed violence in the topic keeps the sense.
        English, French, Spanish and Portuguese: the noun, then "of" or "de"."""
        folded = self.tokens.folded
        if "explos" not in keys or end - i != 1 or folded[i] not in _BURST_NOUNS or end + 1 >= len(folded):
            return None
        link, noun = self.tokens[end], self.tokens[end + 1]
        if link.sentence_start or noun.sentence_start or link.gap != " " or noun.gap != " ":
            return None
        if folded[end] not in ("of", "de"):
            return None
        word = folded[end + 1]
        if not word.isalpha() or any(is_function_word(word, lang) for lang in ("en", "fr", "es", "pt")):
            return None
        singulars = {word, word.rstrip("s"), word[:-2] if word.endswith("es") else word}
        if not singulars.isdisjoint(_DEVICES) or not singulars.isdisjoint(_ARMED) or self._armed(i, end):
            return None
        if noun.capitalized or not _HARM.isdisjoint(self.tokens.folded):
            # "Explosion of Kayes" names no burst; the dead, the wounded or a booby-trap ("explosion
            # de moto piégée, 3 morts", "explosión de paquete deja 3 heridos") make it a blast
            return None
        return f"an explosion of something that is no device ({self.tokens.words[end + 1]}, without an article)"

    def _bomb_of_the_abstract(self, i: int, end: int, keys: set[str]) -> str | None:
        """An English compound whose first noun says what kind of bomb it is: a thing of money,
        words or the mind (`abstract_nouns`, from WordNet: "a price bomb", "a tariff bomb", "the
        pension bomb") is no device; a car, a nail, a pipe, a letter, a roadside bomb is (none of
        them abstract). Unless a word of armed violence sets the topic."""
        folded = self.tokens.folded
        if "bomb" not in keys or end - i != 1 or folded[i] not in ("bomb", "bombs") or i == 0:
            return None
        if self.tokens[i].sentence_start or self.tokens[i].gap != " " or "en" not in self.langs:
            return None
        kind = abstract_noun(folded[i - 1])
        if kind is None or self._armed(i, end) or not _HARM.isdisjoint(folded):
            return None  # "tax bomb kills 3": a toll makes it a device, whatever its name
        return f"a bomb of {kind}: a thing of money, words or the mind, no device"

    def _object_of(self, i: int, end: int) -> int | None:
        """The head of what an English word of violence acts on (`_acts_on_the_abstract`): the
        last word in lower case after the verb or its preposition, or None."""
        tokens, folded = self.tokens, self.tokens.folded
        k = end
        if k < len(folded) and not tokens[k].sentence_start and tokens[k].gap == " " and folded[k] in _TARGET_LINKS:
            k += 1
        elif not self._a_verb(i):
            return None  # a noun before another ("a bomb threat", "attack helicopters"): no object
        head: int | None = None
        read = 0
        while k < len(folded) and read < OBJECT_WORDS:
            token = tokens[k]
            if token.sentence_start or token.gap.strip(" '\u2019-"):
                break  # a comma, a colon, a quote mark: the object ended
            word = folded[k]
            if word in _NP_ENDS:
                break
            if word not in _NP_FILLERS:
                head, read = k, read + 1
            k += 1
        if head is None or not tokens.words[head][:1].islower():
            return None
        return head

    def _abstract_in_the_other_field(self, i: int, end: int, keys: set[str]) -> str | None:
        """One sense per item: a word of violence that the other field uses only on a thing of
        words, the mind or money (`_acts_on_the_abstract`: "Aleppo soap makers fight to keep
        tradition alive" over "soap makers fight rising costs") has that sense here too, unless a
        word of armed violence other than the word itself sets this one's topic, or this one acts
        on someone or something to harm of its own ("a mob attacked a police station")."""
        other = self.following if self.following is not None else self.preceding
        if other is None or keys.isdisjoint(_ACTS_ON):
            return None
        places = other._places_of(keys)
        if not places:
            return None
        for j in places:
            word = other.tokens.words[j]
            stems = {stem(word, "en"), *(stem(word, lang) for lang in other.langs)}
            if other._acts_on_the_abstract(j, j + 1, stems) is None:
                return None
        if self._keeps_its_own_sense(i, end):
            return None
        where = "headline" if other is self.preceding else "summary"
        return f"a word of violence on a thing of words, mind or money in the {where}"

    def _figure_of_the_headline(self, i: int, end: int, keys: set[str]) -> str | None:
        """One sense per item: a summary's word that its headline uses only as a figure of a
        domain (`_figure`: "Koutiala : les prix du coton explosent" over "les prix d'achat du
        coton graine ont explosé cette campagne", where "prix" stands beyond the summary's reach)
        has that sense too, unless a word of armed violence other than the word itself sets this
        one's topic or it acts on someone or something of its own (`_acts_on_the_concrete`). The
        headline sets the topic; a summary's figure is not carried up."""
        headline = self.preceding
        if headline is None:
            return None
        places = headline._places_of(keys)
        if not places:
            return None
        whys = []
        for j in places:
            word = headline.tokens.words[j]
            stems = {stem(word, "en"), stem(word, "fr"), *(stem(word, lang) for lang in headline.langs)}
            why = headline._figure(j, j + 1, stems)
            if why is None:
                return None
            whys.append(why)
        if self._keeps_its_own_sense(i, end):
            return None
        return f"{whys[0]}, as in the headline"

    def _keeps_its_own_sense(self, i: int, end: int) -> bool:
        """Whether a word keeps its security sense whatever the other field makes of the same
        word: a word of armed violence other than itself sets its topic, or it acts on someone or
        something to harm of its own."""
        own = set(self._sense_forms()[i:end])
        return (
            not _ARMED.isdisjoint(self._topic(i, end) - own)
            or not _ARMS_NAMED.isdisjoint(own)
            or self._acts_on_the_concrete(i, end)
        )

    def _acts_on_the_concrete(self, i: int, end: int) -> bool:
        """Whether an English word of violence acts on someone or something to harm of its own
        ("a mob attacked a police station"): then the other field's figure of the same word does
        not make it one here."""
        if end - i != 1 or not self.tokens.folded[i].isascii() or "en" not in self.langs:
            return False
        head = self._object_of(i, end)
        return head is not None and abstract_noun(self.tokens.folded[head]) is None

    def _a_verb(self, i: int) -> bool:
        """Whether the English word at `i` reads as a verb with its object after it: a past tense
        ("killed tramway bill"), a present participle or a third person with a determiner after
        it ("attacks the report", "killing the plan"; "Fighting rages", "attacks surge" are
        nouns), or a base form after a modal, "to" or a plural subject in lower case ("makers
        fight rising costs"). Never an agent noun ("Attackers cut through the fence")."""
        folded = self.tokens.folded
        word = folded[i]
        if word.endswith(("er", "ers", "or", "ors")):
            return False
        if word.endswith("ed"):
            return True
        if word.endswith(("ing", "s")):
            return i + 1 < len(folded) and folded[i + 1] in _NP_FILLERS
        if i == 0 or self.tokens[i].sentence_start:
            return False
        before = self.tokens.words[i - 1]
        plural = before.endswith("s") and not before.endswith(("ss", "us", "is", "ous"))  # not "anonymous bomb threat"
        return before in _BEFORE_A_VERB or (plural and before[:1].islower())

    def _scored_in_the_other_field(self, i: int, end: int) -> str | None:
        """A team's attack in a headline whose summary's lead (or whole short summary) gives a match's score, or in a
        summary under a headline that gives it ("Valencia's attack shines" over "they won 3-1"):
        the score of one field tells the other's sport (`framing.score_in`)."""
        if not self.tokens.folded[i].startswith(ATTACK_OPENINGS) or self._armed(i, end):
            return None
        if self.following is not None:
            other = self.following.tokens
            # the summary's lead; a match report this short gives its score anywhere in it, also
            # after a colon ("O ataque do Flamengo voltou a brilhar: o time venceu por 4 a 0")
            low, high = (0, len(other)) if len(other) <= SCORE_FIELD else sentence_bounds(other, 0, 0)
        elif self.preceding is not None:
            other = self.preceding.tokens
            low, high = 0, len(other)
        else:
            return None
        if score_in(other, low, high):
            return "a team's attack, beside a match's score in the other field"
        return None

    def _past_in_the_summary(self, keys: set[str]) -> str | None:
        """A headline's keyword that its summary names as a past deed, by date or year, wherever
        the summary holds it ("Hama, 1982: the forgotten massacre" over "the massacre of 1982"):
        one sense per item. Only when every one of the summary's is so named."""
        other = self.following
        if other is None:
            return None
        places = other._places_of(keys)
        if not places:
            return None
        for j in places:
            why = framed(other.tokens, j, j + 1, other.text, self.tokens, self.year)
            if why is None or not why.startswith("a past event named"):
                return None
        return "a past event named by its date in the summary"

    def _died_of(self, i: int, end: int, keys: set[str]) -> str | None:
        """A death whose cause, said right after the verb, is itself a word in another sense
        ("muere de un ataque al corazón", "morreu de um ataque de asma", "died of a heart
        attack"): the death has that sense too."""
        if keys.isdisjoint(_DEATH_STEMS) or end - i != 1:
            return None
        folded = self.tokens.folded
        k = end
        if k >= len(folded) or self.tokens[k].sentence_start or folded[k] not in _CAUSE_LINKS:
            return None
        k += 1
        if k < len(folded) and folded[k] in _OBJECT_FILLERS:
            k += 1
        if k >= len(folded) or self.tokens[k].sentence_start:
            return None
        cause = self.tokens.words[k]
        stems = {stem(cause, "en"), stem(cause, "fr"), *(stem(cause, lang) for lang in self.langs)}
        senses = [_OTHER_SENSES[s] for s in stems if s in _OTHER_SENSES]
        why = self._sense_here(k, k + 1, senses, telling=True) if senses and stems.isdisjoint(_DEATH_STEMS) else None
        return f"a death of {cause!r} in another sense" if why is not None else None

    def _killed_by(self, i: int, end: int, keys: set[str]) -> str | None:
        """A death whose cause is the subject right before the verb, itself a word in another
        sense ("Heart attack kills port director", "shark attack kills surfer"): the death has
        that sense too, as it does when the cause follows ("died of a heart attack")."""
        if keys.isdisjoint(_DEATH_STEMS) or end - i != 1 or i == 0 or self.tokens[i].sentence_start:
            return None
        k = i - 1
        if self.tokens[i].gap != " ":
            return None
        cause = self.tokens.words[k]
        stems = {stem(cause, "en"), stem(cause, "fr"), *(stem(cause, lang) for lang in self.langs)}
        if not stems.isdisjoint(_DEATH_STEMS):
            return None
        senses = [_OTHER_SENSES[s] for s in stems if s in _OTHER_SENSES]
        why = self._sense_here(k, k + 1, senses, telling=True) if senses else None
        return f"a death of {cause!r} in another sense" if why is not None else None

    def _killed_by_a_disease(self, i: int, end: int, keys: set[str]) -> str | None:
        """A death whose subject or agent is a disease (`_DISEASES`): the noun just before the
        verb, past its auxiliaries ("Malaria kills children", "measles has killed 30", "la
        rougeole a tué", "el dengue mata", "الملاريا تقتل"), the noun after an Arabic verb, whose
        subject follows it ("قتلت الكوليرا 15 شخصا"), or the agent after it ("killed by malaria",
        "mortos pela malária", "morts du choléra"). The disease must head its phrase
        (`_heads_a_disease_phrase`): "Vaccinators against polio killed", "agents de riposte à
        Ebola tués", "infirmier du centre de traitement Ebola tué" and "killed by Blackwater
        contractors" kill people. Not a disease elsewhere in the sentence: "gunmen kill malaria
        workers", "Malaria workers killed by gunmen" kill people."""
        if keys.isdisjoint(_KILLING_STEMS) or end - i != 1 or self._armed(i, end):
            return None
        words = self._sense_forms()
        k = i - 1
        while k >= 0 and words[k] in _BEFORE_THE_VERB and not self.tokens[k + 1].sentence_start and i - k <= 3:
            k -= 1
        if k >= 0 and not self.tokens[k + 1].sentence_start and self.tokens[k + 1].gap.strip() == "" and words[k] in _DISEASES:
            return f"a death of disease ({self.tokens.words[k]})" if self._heads_a_disease_phrase(k) else None
        k = end
        if k < len(words) and not self.tokens[k].sentence_start and words[k] in _AGENT_LINKS:
            k += 1
            if k < len(words) and words[k] in _OBJECT_FILLERS:
                k += 1
        elif not is_arabic(words[i]):
            return None  # a Latin verb's subject stands before it
        if k >= len(words) or self.tokens[k].sentence_start or words[k] not in _DISEASES:
            return None
        if self._disease_as_written(k) and self._names_a_disease(k) and self._ends_a_disease_phrase(k):
            return f"a death of disease ({self.tokens.words[k]})"
        return None

    def _disease_as_written(self, k: int) -> bool:
        """Whether word `k` is written as a disease's name: in lower case ("malaria", "le
        choléra"), in capitals ("AIDS", "VIH"), as its sentence's first word or in a field that
        capitalises every word. A capital in running text makes it a name: the Borno town Lassa,
        "Blackwater contractors"."""
        word = self.tokens.words[k]
        if is_arabic(word) or word[:1].islower() or (word.isupper() and len(word) > 2):
            return True
        return k == 0 or self.tokens[k].sentence_start or not self.tokens.writes_lower_case()

    def _names_a_disease(self, k: int) -> bool:
        """Whether disease word `k` is one, not an outbreak (`_OUTBREAKS`) of something else: an
        outbreak's phrase holds a disease, before it or after its link ("a cholera outbreak", "el
        brote de dengue", "an outbreak of measles"), not "an outbreak of violence"."""
        words = self._sense_forms()
        if words[k] not in _OUTBREAKS:
            return True
        if k > 0 and not self.tokens[k].sentence_start and words[k - 1] in _DISEASES and words[k - 1] not in _OUTBREAKS:
            return True
        after = self._object_words(k + 1, 2)
        if after[:1] and after[0] in OF_LINKS:
            return after[1:2] != [] and after[1] in _DISEASES and after[1] not in _OUTBREAKS
        return bool(after[:1]) and is_arabic(words[k]) and after[0] in _DISEASES and after[0] not in _OUTBREAKS

    def _heads_a_disease_phrase(self, k: int) -> bool:
        """Whether disease word `k`, right before a death's verb, heads its noun phrase, the
        verb's subject: as written (`_disease_as_written`), a disease (`_names_a_disease`), and
        not the complement of another noun, after a link or a participle ("vaccinators against
        polio", "health workers fighting Ebola", "agents de riposte à Ebola") unless that noun is
        a disease too ("l'épidémie de choléra", "an outbreak of cholera"), nor, in the Romance
        languages, a bare modifier after a noun ("centre de traitement Ebola")."""
        if not self._disease_as_written(k) or not self._names_a_disease(k):
            return False
        words, written = self._sense_forms(), self.tokens.words
        j, article = k - 1, False
        while j >= 0 and not self.tokens[j + 1].sentence_start and words[j] in _OBJECT_FILLERS and k - j <= 2:
            j, article = j - 1, True
        if j < 0 or self.tokens[j + 1].sentence_start or any(mark in self.tokens[j + 1].gap for mark in _CLAUSE_MARKS):
            return True
        if words[j] in _COMPLEMENT_LINKS or (written[j].islower() and words[j].endswith("ing") and len(words[j]) > 4):
            h = j - 1
            while h >= 0 and not self.tokens[h + 1].sentence_start and words[h] in _OBJECT_FILLERS and j - h <= 2:
                h -= 1
            if h < 0 or self.tokens[h + 1].sentence_start:
                return not written[j].endswith("ing")  # "Spreading cholera kills", not "Fighting Ebola"
            return words[h] in _DISEASES and self._disease_as_written(h)
        if is_arabic(written[j]):
            # a noun in construct, with no article, holds the disease as its complement ("فريق مكافحة الكوليرا")
            return fold(written[j]).startswith("\u0627\u0644") or words[j] in _AR_PARTICLES
        if article or not written[j][:1].islower():
            return True
        return self.langs[:1] == ("en",)  # "swine flu", "say malaria"; "traitement Ebola" is a modifier

    def _ends_a_disease_phrase(self, k: int) -> bool:
        """Whether agent `k` ends its phrase: a mark, the sentence's end, a word of place, time
        or linking or another disease after it ("killed by malaria in Kano", "morts du choléra à
        Kaya", "killed by a cholera outbreak"), not a noun it qualifies ("endemic violence")."""
        if k + 1 >= len(self.tokens) or self.tokens[k + 1].sentence_start or self.tokens[k + 1].gap.strip():
            return True
        after = self._sense_forms()[k + 1]
        if is_arabic(self.tokens.words[k]) or after.isdigit():
            return True
        return after in _DISEASES or after in _AFTER_A_DISEASE or self._ends_a_phrase(k)

    def _fights_a_disease(self, i: int, end: int, keys: set[str]) -> str | None:
        """A fight whose object is a disease: a campaign ("the fight against meningitis", "le
        combat contre la drépanocytose", "combate à tuberculose", "معركة ضد الملاريا"), unless a
        word of armed violence sets its topic."""
        if keys.isdisjoint(_FIGHT_KEYS) or self._armed(i, end):
            return None
        words = self._sense_forms()
        start = end + 1 if end < len(words) and (words[end] in _AGAINST or words[end] in ("a", "ao", "al")) else end
        found = _DISEASES.intersection(self._object_phrase(start)[:2])
        return f"a campaign against a disease ({min(found)})" if found else None

    def _burst_in_a_measure(self, i: int, end: int, keys: set[str]) -> str | None:
        """An explosion in a count or a rate, "in" or "of" and its article between them ("an
        explosion in the number of cases", "l'explosion du nombre de cas", "una explosión de
        casos", "انفجار في عدد الإصابات"): a number that soars, not a blast."""
        if ("explos" not in keys and _AR_BURST not in keys) or end - i != 1:
            return None
        words = self._sense_forms()
        if not (self.tokens.folded[i] in _BURST_NOUNS or is_arabic(words[i])):
            return None
        k = end
        if k < len(words) and not self.tokens[k].sentence_start and words[k] in (*_OF_A_MEASURE, "في"):
            k += 1
        elif not is_arabic(words[i]) or k >= len(words) or not fold(self.tokens.words[k]).startswith("\u0641\u064a"):
            return None
        link, first = k - 1, k
        while k < len(words) and words[k] in _OBJECT_FILLERS and k - end < 3:
            k += 1
        if k >= len(words) or self.tokens[k].sentence_start or words[k] not in _MEASURES:
            return None
        if words[k] in _A_NUMBER_OF:
            # "a number of districts", "dans nombre de quartiers", "في عدد من أحياء": several, no count;
            # the count has its definite article ("the number of cases", "du nombre de cas", "عدد الإصابات")
            after = words[k + 1] if k + 1 < len(words) and not self.tokens[k + 1].sentence_start else ""
            definite = any(words[f] in _DEFINITE for f in range(first, k)) or words[link] in _DEFINITE
            if after == _AR_FROM or (not is_arabic(words[k]) and not definite):
                return None
        if self._armed(i, end):  # the topic last: most explosions are followed by no measure
            return None
        return f"a burst in a measure ({self.tokens.words[k]})"

    def _killed_off(self, i: int, end: int, keys: set[str]) -> str | None:
        """English "kill off" (the particle right after the verb) ends something: a business, a
        plan, a species, a side's hopes ("price war kills off start-ups", "could kill off port
        expansion", "killed off Enyimba's hopes"), unless people are its object or a word of
        armed violence sets its topic."""
        if "kill" not in keys or end - i != 1 or end >= len(self.tokens) or self.tokens.folded[end] != "off":
            return None
        if self.tokens[end].sentence_start or self._armed(i, end):
            return None
        objects = self._object_words(end + 1, OBJECT_WORDS)
        forms = {*objects, *(w[:-1] for w in objects if w.endswith("s"))}  # "villagers", "soldiers"
        if not forms.isdisjoint(PERSON_NOUNS) or not forms.isdisjoint(_PEOPLE_KILLED):
            return None
        return "to kill off (to end) something"

    def _killed_fighting_a_disease(self, i: int, end: int, keys: set[str]) -> bool:
        """Whether the killed are people at work against a disease: a verb of fighting it
        (`_FIGHTING_A_DISEASE`) with a disease (`_DISEASES`) within its next words, near the
        killing in its sentence ("Nurses fighting cholera killed", "enfermeiros que combatiam a
        cólera mortos", "مقتل ممرضين يكافحون الكوليرا"). Then the disease is their work's object,
        not the killer, unless a disease no verb of fighting governs stands just before the
        killing, its subject ("health teams fighting cholera say the outbreak killed 12", "le
        choléra a tué deux infirmiers qui luttaient contre l'épidémie"). Only the verbs of
        killing, not of dying ("morreram", "died of Ebola")."""
        if keys.isdisjoint(_KILLING_KEYS) or self.tokens.folded[i].startswith(_DYING):
            return False
        words = self._sense_forms()
        start, stop = self._sentence(i, end)
        for k in range(max(start, i - 3), i):
            if words[k] in _DISEASES and not any(
                words[j] in _FIGHTING_A_DISEASE and _DISEASES.isdisjoint(words[j + 1 : k]) for j in range(max(start, k - 3), k)
            ):
                return False  # the disease the killing's subject: "Le choléra a tué deux infirmiers"
        for k in range(max(start, i - FIGHT_REACH), min(stop, end + FIGHT_REACH)):
            if words[k] in _FIGHTING_A_DISEASE and not _DISEASES.isdisjoint(words[k + 1 : min(stop, k + 5)]):
                return True
        return False

    def _hostage_of_a_thing(self, i: int, end: int, keys: set[str]) -> str | None:
        """English "held hostage by" a thing, never someone, a body of people nor an animal
        (`THING_NOUNS`, from WordNet): "passengers held hostage by six-hour delays", "motorists
        'held hostage' by filling stations" are figures; gunmen, a gang, Boko Haram hold real
        hostages. The agent's head is the last word of its phrase, before a function word, a
        participle ("abductors demanding ransom") or the sentence's end; a name in capitals, or a
        word WordNet does not know, keeps the sense."""
        if "hostag" not in keys or end - i != 1 or end >= len(self.tokens) or self.tokens.folded[end] != "by":
            return None
        folded, words = self.tokens.folded, self.tokens.words
        head = None
        for k in range(end + 1, min(len(folded), end + 1 + AGENT_WORDS)):
            if self.tokens[k].sentence_start:
                break
            if head is not None and folded[k].endswith(_AGENT_PARTICIPLES) and self.tokens[k].gap != "-":
                break  # the noun before a participle heads the phrase: "abductors demanding ransom",
                # not a compound's ("a knife-wielding man")
            if is_function_word(folded[k], "en"):
                if head is None and folded[k] in _OBJECT_FILLERS:
                    continue  # "by the strike", "by its own rules"
                if folded[k] == "of" and head is not None and folded[head] in _SPANS_OF_TIME:
                    head = None  # a span of time measures what follows: "by weeks of cancellations"
                    continue
                break
            head = k
        if head is None or not words[head].islower():
            return None
        word = folded[head]
        forms = (word, word[:-1], word[:-2], word[:-3] + "y") if word.endswith("s") else (word,)
        if not any(form in THING_NOUNS for form in forms) or self._armed(i, end):
            return None
        return f"held hostage by a thing ({words[head]}), a figure of speech"

    def _trace_of_a_weapon(self, i: int, end: int) -> str | None:
        """A weapon's trace a lab finds or a course teaches to handle: the keyword a modifier of
        such a noun ("gunshot residue", "bomb disposal", "explosives detection") or the complement
        of its traces ("résidus de tirs", "residuos de disparo", "traces d'explosifs"); unless its
        sentence tells a deed of its own, a death or a blast ("Bomb disposal team killed in blast")."""
        words = self._sense_forms()
        if end < len(words) and not self.tokens[end].sentence_start and words[end] in _FORENSIC_HEADS:
            trace = (i, end + 1)
        else:
            k = i - 1
            if k >= 0 and words[k] in _OBJECT_FILLERS:
                k -= 1
            if not (k >= 1 and words[k] in OF_LINKS and words[k - 1] in _RESIDUES and not self.tokens[k + 1].sentence_start):
                return None
            trace = (k - 1, end)
        if self._tells_a_deed(i, end, trace):
            return None
        return f"a weapon's trace ({' '.join(self.tokens.words[trace[0] : trace[1]])})"

    def _tells_a_deed(self, i: int, end: int, outside: tuple[int, int]) -> bool:
        """Whether the sentence of words `i`..`end` - 1 has a death or a blast of its own, outside
        the words `outside`: a stem of killing and death (`_KILLING_STEMS`) or a blast's word."""
        start, stop = self._sentence(i, end)
        words = self.tokens.words
        for k in (*range(start, outside[0]), *range(outside[1], stop)):
            word = words[k]
            if self._sense_forms()[k] in _BLASTS:
                return True
            if not _KILLING_STEMS.isdisjoint({stem(word, "en"), stem(word, "fr"), *(stem(word, lang) for lang in self.langs)}):
                return True
        return False

    def _kills_a_game(self, i: int, end: int, keys: set[str]) -> str | None:
        """A killing whose object is a game or a team: "kills off the match", "يقتل المباراة",
        "assassiner le Coton Sport" (a name whose last word is a team's)."""
        if (keys.isdisjoint(_KILLING_STEMS) and keys.isdisjoint(_MURDER_STEMS)) or end - i != 1:
            return None
        words, written = self._sense_forms(), self.tokens.words
        k = end
        if k < len(words) and words[k] in ("off", "a", "al", "ao"):
            k += 1  # "kills off", the person's "a" of Iberian verbs
        while k < len(words) and words[k] in _OBJECT_FILLERS and k - end < 3:
            k += 1
        if k >= len(words) or any(t.sentence_start for t in self.tokens[end : k + 1]):
            return None
        if self._armed(i, end):
            return None  # "gunmen kill match officials", "gunmen kill Coton Sport fans"
        if words[k] in _GAMES and self._ends_a_phrase(k):
            return f"a game killed off ({written[k]})"
        name = k
        while name < len(words) and name - k < 4 and written[name][:1].isupper() and not self.tokens[name].sentence_start:
            if words[name] in _TEAM_ENDS and name > k and self._ends_a_phrase(name):
                return f"a team beaten ({' '.join(written[k : name + 1])})"
            name += 1
        return None

    def _ends_a_phrase(self, k: int) -> bool:
        """Whether word `k` ends its noun phrase: the field's or the sentence's last word, or one a
        mark or a word of place, time or linking follows ("the match with", "le Coton Sport
        dimanche"), not a noun it qualifies ("match officials", "Coton Sport supporters")."""
        if k + 1 >= len(self.tokens) or self.tokens[k + 1].sentence_start or self.tokens[k + 1].gap.strip():
            return True
        if is_arabic(self.tokens.words[k]):
            # an Arabic noun's phrase goes on with its adjectives, which take the article as it does
            return not fold(self.tokens.words[k + 1]).startswith("\u0627\u0644")  # ال
        after = self._sense_forms()[k + 1]
        return after in _PHRASE_ENDS or after in _NP_ENDS or after in _CAUSES or after in _TIME_WORDS

    def _felled_or_downcast(self, i: int, end: int) -> str | None:
        """French "abattu" that fells a tree, a tree's name in lower case heading its subject
        ("un baobab centenaire abattu", "des acacias abattus", WordNet's woody plants: many trees
        keep their name), not a complement in it ("un planteur de cacao", "en treillis kaki"); or
        that is a mood, at the head of its sentence before a comma or a cause, in news of sport or
        of a defeat where nothing says someone died ("Abattu, le sélectionneur quitte le stade";
        not "Abattu, le maire succombe à ses blessures"). Not with a word of armed violence in its
        topic."""
        if end - i != 1 or not self.tokens.folded[i].startswith("abattu") or self._armed(i, end):
            return None
        words, written = self._sense_forms(), self.tokens.words
        heads = (i == 0 or self.tokens[i].sentence_start) and end < len(self.tokens) and not self.tokens[end].sentence_start
        if heads and ("," in self.tokens[end].gap or words[end] in _CAUSES):
            topic = self._topic(i, end)
            if topic.isdisjoint(_DEATH_SIGNS) and not (topic.isdisjoint(_DOMAIN_WORDS["sport"]) and topic.isdisjoint(_DEFEATS)):
                return "a mood (abattu, downcast)"  # "Abattu, le sélectionneur", "Abattu après la défaite, ..."
            return None
        for k in range(i - 1, max(-1, i - 5), -1):
            if any(mark in self.tokens[k + 1].gap for mark in _CLAUSE_MARKS) or self.tokens[k + 1].sentence_start:
                break
            word = words[k]
            if written[k].islower() and (word in TREE_NOUNS or (word.endswith(("s", "x")) and word[:-1] in TREE_NOUNS)):
                return f"a tree felled ({written[k]})" if self._heads_a_tree_phrase(k) else None
        return None

    def _heads_a_tree_phrase(self, k: int) -> bool:
        """Whether tree word `k` heads its noun phrase: its sentence's first word, or after a
        determiner, a number or a noun of quantity and its "de" ("un baobab", "des acacias",
        "deux cèdres", "des centaines d'acacias"), an adjective before them allowed ("le vieux
        baobab"); not after a noun it qualifies or a link ("planteur de cacao", "treillis kaki")."""
        words = self._sense_forms()
        j = k - 1
        if j >= 0 and not self.tokens[j + 1].sentence_start and words[j] in _TREE_ADJECTIVES:
            j -= 1
        if j < 0 or self.tokens[j + 1].sentence_start or any(mark in self.tokens[j + 1].gap for mark in _CLAUSE_MARKS):
            return True
        if words[j] in _TREE_DETERMINERS or words[j].isdigit():
            return True
        return words[j] in ("de", "d") and j > 0 and not self.tokens[j].sentence_start and words[j - 1] in _QUANTITY_NOUNS

    def _siege_of_a_market(self, i: int, end: int, keys: set[str]) -> str | None:
        """A siege a word of markets qualifies, the adjective after it or the noun before it
        ("asedio inmobiliario", "a real-estate siege"): an economy's pressure, not arms."""
        if keys.isdisjoint(_SIEGE_STEMS) or self._armed(i, end):
            return None
        words = self._sense_forms()
        markets = _DOMAIN_WORDS["markets"]
        if end < len(words) and not self.tokens[end].sentence_start and words[end] in markets:
            return f"a figure of markets ({self.tokens.words[end]})"
        if i > 0 and not self.tokens[i].sentence_start and words[i - 1] in markets:
            return f"a figure of markets ({self.tokens.words[i - 1]})"
        return None

    def _faced(self, i: int, end: int) -> str | None:
        """Iberian "enfrentar", "confrontar", "afrontar" as a transitive verb is to face something
        ("la ciudad enfrenta una sequía", "o país enfrenta uma crise"); they fight as the noun
        ("enfrentamientos", "confrontos"), as the reflexive verb ("se enfrentaron",
        "enfrentaram-se"), as a participle ("grupos enfrentados") or, in Spanish, with a person
        as the object, whom the preposition "a" marks ("enfrentaron a la policía"); or with a
        word of armed violence in its topic."""
        if end - i != 1:
            return None
        folded = self.tokens.folded
        word = folded[i]
        if not word.startswith(_FACING) or word.endswith(_NOT_FINITE) or word in _FACING_NOUNS:
            return None
        if "amient" in word or word.endswith(("amento", "amentos", "acao", "acoes", "acion", "aciones")):
            return None  # the noun of the action
        before = folded[i - 1] if i > 0 and not self.tokens[i].sentence_start else ""
        after = folded[end] if end < len(folded) and not self.tokens[end].sentence_start else ""
        if before in _REFLEXIVE or after in _REFLEXIVE or word.endswith(("se", "nos")):
            return None  # "se enfrentaron", "enfrentaram-se", "enfrentarse"
        if after in ("a", "al", "ao", "aos", "contra", "com", "con", "entre"):
            return None  # a person faced, or one side against the other
        if self._armed(i, end):
            return None
        return f"to face something ({self.tokens.words[i]})"

    def _figure(self, i: int, end: int, keys: set[str]) -> str | None:
        """Whether the keyword at words `i`..`end` - 1 is a figure of a domain (`_DOMAINS_OF`): a
        word of the domain in its reach and no word of armed violence there; its domain if so."""
        # In the order the domains are declared, whatever the set's order: the answer (and its
        # reason) must not depend on the hash seed of the process.
        if _DOMAINS_OF.keys().isdisjoint(keys):
            return None  # no key of any domain (most keywords): nothing to sort
        domains = sorted({domain for key in keys for domain in _DOMAINS_OF.get(key, ())}, key=_DOMAIN_ORDER.__getitem__)
        if not domains:
            return None
        words = self._sense_forms()
        after = words[end : end + NEAR]
        near = words[max(0, i - NEAR) : i] + after
        # An Arabic verb's object follows its subject ("هاجم وزير الخارجية في طرابلس تصريحات المبعوث"):
        # the words after it reach twice as far.
        beyond = words[end : end + 2 * NEAR] if not words[i].isascii() and is_arabic(words[i]) else after
        # The object's own words, past articles and possessives: "attacked the IMF's latest report",
        # "atacó a la prensa local por sus críticas". Found only for a domain read after the word
        # (most keywords have none).
        if self._struck_by_arms(i, end):
            return None
        objects: list[str] | None = None
        found = False
        for domain in domains:
            vocabulary = _DOMAIN_WORDS[domain]
            if domain == "wildlife" and not keys.isdisjoint(_FIGHT_KEYS):
                found = self._fights_a_pest(i, end, vocabulary)
                if found:
                    break
                continue  # a pest elsewhere in the sentence: "Fighting near Tillabéri as locusts hit farms"
            if domain in _AFTER_DOMAINS:
                found = not vocabulary.isdisjoint(beyond)
                if not found:
                    if objects is None:
                        objects = self._object_words(end, 2 * NEAR if beyond is not after else NEAR)
                    found = not vocabulary.isdisjoint(objects)
            elif domain not in _SENTENCE_DOMAINS:
                found = not vocabulary.isdisjoint(near)
            if not found and (domain in _SENTENCE_DOMAINS or domain in _TWICE_DOMAINS) and self._mentions(vocabulary):
                topic = vocabulary & self._topic(i, end)  # only when the item has a word of the domain at all
                found = len(topic) >= (2 if domain in _TWICE_DOMAINS else 1)
            if not found and domain == "industrial" and self._blamed_on_a_fault(i, end):
                # the cause an inquiry gives, often in a clause or sentence of its own ("Uma
                # explosão numa fábrica feriu três operários; a empresa atribui o acidente a uma
                # falha numa válvula"), in an item with no word of arms anywhere
                found = True
            if found:
                break
        if not found:
            return None  # no domain's word in reach: the topic below is read only for a figure found
        if domain in _TWICE_DOMAINS and self._a_cause(i):
            return None  # "shares slump after an attack on the mine": the deed that moved the market
        # The keyword's own words are no evidence of arms ("cenas de tiroteio" in a Netflix series),
        # nor the same word again in the other field ("prices rocket" over "crude rocketed").
        topic = self._topic(i, end)
        own = set(words[i:end]) | {w for w in topic & _ARMED if w.isascii() and {stem(w, "en"), stem(w, "fr")} & keys}
        if domain in _BLOODLESS_DOMAINS and not _BLOODLESS_DOMAINS[domain].isdisjoint(topic):
            # a politician's ambush or a traffic checkpoint's counts no dead: "Deputado morto em
            # emboscada", "مقتل شرطيين في كمين مروري" tell an armed one
            return None
        if domain == "fiction" and not _WOUNDED.isdisjoint(topic) and _FICTIVE.isdisjoint(topic):
            # a screen's people are not counted dead or wounded: "atacaron a un equipo que filmaba
            # y dejaron dos heridos", "witnesses film the attack that killed five"
            return None
        if _ARMED.isdisjoint(topic - own) and _ARMED.isdisjoint(near) and _ARMS_NAMED.isdisjoint(words[i:end]):
            return f"a figure of speech about {domain}"
        if domain == "fiction" and not _FICTIVE.isdisjoint(words[slice(*self._sentence(i, end))]):
            return "a figure of fiction"  # its arms are fiction's too: "chacinas cometidas por milicianos fictícios"
        return None

    def _blamed_on_a_fault(self, i: int, end: int) -> bool:
        """Whether the item blames its blast on a fault: a word of cause (`_FAULT_CAUSES`, "due to")
        and a fault (`_FAULTS`, a faulty machine's part) after it in one clause, not ruled out ("a
        polícia descarta falha técnica"), in the keyword's sentence or the next (a headline's
        keyword: the summary's first two), with no word of arms anywhere (a device, a suicide
        bomber, a detonation): an industrial accident."""
        if self._mentions(_ARMED) or not (self._mentions(_FAULTS) or self._mentions(_FAULTY)):
            return False
        field = self.following if self.preceding is None and self.following is not None else self
        if not len(field.tokens):
            return False
        low, high = field._sentence(0, 1) if field is not self else self._sentence(i, end)
        spans = [(low, high)]
        if high < len(field.tokens):
            spans.append(field._sentence(high, high + 1))  # the next sentence, the cause often told there
        words = field._sense_forms()
        return any(field._cause_of_a_fault(words, lo, hi) for lo, hi in spans)

    def _cause_of_a_fault(self, words: Sequence[str], low: int, high: int) -> bool:
        """Whether the words `low`..`high` - 1 hold a word of cause and a fault after it in its clause."""
        for k in range(low, high):
            if words[k] in _FAULT_CAUSES_BEFORE_A_LINK:
                if k + 1 >= high or words[k + 1] not in _FAULT_CAUSE_LINKS:
                    continue
            elif words[k] not in _FAULT_CAUSES:
                continue
            for j in range(k + 1, min(high, k + 1 + CAUSE_REACH)):
                if any(mark in self.tokens[j].gap for mark in ",.;:!?()"):
                    break
                fault = words[j] in _FAULTS or (
                    words[j] in _FAULTY and not _MACHINE_PARTS.isdisjoint(words[j + 1 : min(high, j + 4)])
                )
                if fault and _RULED_OUT.isdisjoint(words[max(low, j - 4) : j]):
                    return True
        return False

    def _struck_by_arms(self, i: int, end: int) -> bool:
        """Whether the strike at words `i`..`end` - 1 is a weapon's: a word of arms just before it
        ("air strike", "military strike", "artillery strikes"), or "on" or "against" and a name
        after it ("Strike on Tahoua football pitch", "strikes against Kidal"), where a
        footballer's strike is "on goal" or "on target"."""
        words = self._sense_forms()
        if not words[i].startswith("strike"):
            return False
        if i > 0 and not self.tokens[i].sentence_start and words[i - 1] in _ARMS_MODIFIERS:
            return True
        if end + 1 < len(words) and words[end] in _AGAINST_A_PLACE and not self.tokens[end + 1].sentence_start:
            return self.tokens.words[end + 1][:1].isupper() and words[end + 1] not in _NOT_A_TARGET
        return False

    def _fights_a_pest(self, i: int, end: int, pests: frozenset[str]) -> bool:
        """Whether the fighting at words `i`..`end` - 1 is farming's: its object a pest ("farmers
        fight locusts", "to fight the armyworm", "the fight against locust swarms", "le combat
        contre les criquets") or farmers its fighters, just before it, with a pest in its topic
        ("farmers battle locusts" is both; "herders and farmers fought with machetes" neither);
        or the animals that fight, just before it ("two elephants fighting").
        Not a pest named elsewhere in the sentence: "Fighting near Tillabéri as locust swarms hit
        farms" is a clash."""
        words = self._sense_forms()
        start = end + 1 if end < len(words) and words[end] in _AGAINST else end
        if not pests.isdisjoint(self._object_phrase(start)):
            return True
        before = range(max(0, i - 2), i)
        if any(words[k] in pests for k in before if not any(t.sentence_start for t in self.tokens[k + 1 : i + 1])):
            return True  # the animals that fight: "two bulls fighting", "elephants fight over water"
        farmers = any(
            words[k] in _FARMERS for k in range(max(0, i - 3), i) if not any(t.sentence_start for t in self.tokens[k + 1 : i + 1])
        )
        return farmers and not pests.isdisjoint(self._topic(i, end))

    def _object_phrase(self, start: int) -> list[str]:
        """The words of the noun phrase from word `start`, its complements with "of" or "de"
        included ("the invasion of locusts", "la plaga de langostas"), up to OBJECT_PHRASE words
        past articles: it ends at a clause's mark or a word of place, time or linking ("Fighting
        near Tillabéri as locust swarms hit farms" has none)."""
        words = self._sense_forms()
        out: list[str] = []
        for k in range(start, min(len(words), start + 2 * OBJECT_PHRASE)):
            if self.tokens[k].sentence_start or (k > start and any(m in self.tokens[k].gap for m in ",;:()")):
                break
            if words[k] in _PHRASE_ENDS:
                break
            if words[k] not in _OBJECT_FILLERS:
                out.append(words[k])
                if len(out) == OBJECT_PHRASE:
                    break
        return out

    def _a_cause(self, i: int) -> bool:
        """Whether the keyword at word `i` is a noun a preposition of cause or time governs, its
        article between them ("shares slump after an attack on the mine", "le cours chute après
        l'attaque", "las acciones caen tras el ataque", "بعد الهجوم"): an event the sentence says
        moved prices or sales, told in its own sense, not the market's figure ("shares attacked by
        short sellers")."""
        folded = self.tokens.folded
        k = i - 1
        while k >= 0 and i - k <= 2 and folded[k] in _CAUSE_ARTICLES and not self.tokens[k + 1].sentence_start:
            k -= 1
        if k < 0 or self.tokens[k + 1].sentence_start:
            return False
        return sense_form(folded[k]) in _CAUSES and self._a_deed(i + 1)

    def _a_deed(self, end: int) -> bool:
        """Whether the noun before word `end` is a deed, not a figure with its agent or its measure:
        not "by" and a market's actor after it ("an attack by short sellers", "une attaque par les
        spéculateurs"), nor "of" or "in" and a market's or a quantity's word ("a massacre of bond
        prices", "an explosion in demand", "la explosión de la demanda")."""
        words = self._sense_forms()
        if end >= len(words) or self.tokens[end].sentence_start:
            return True
        if words[end] in _BY:
            return (_DOMAIN_WORDS["markets"] | _MARKET_ACTORS).isdisjoint(self._object_words(end + 1, 3))
        if words[end] in _OF_A_MEASURE:
            return (_DOMAIN_WORDS["markets"] | _DOMAIN_WORDS["quantities"]).isdisjoint(self._object_words(end + 1, 3))
        return True

    def _object_words(self, end: int, count: int) -> list[str]:
        """The `count` words after word `end` - 1 in its sentence that are not articles or
        possessives (`_OBJECT_FILLERS`)."""
        words = self._sense_forms()
        out: list[str] = []
        for k in range(end, min(len(words), end + 3 * count)):
            if self.tokens[k].sentence_start:
                break
            if words[k] not in _OBJECT_FILLERS:
                out.append(words[k])
                if len(out) == count:
                    break
        return out

    def _armed(self, i: int, end: int) -> bool:
        """Whether a word of armed violence (`_ARMED`) sets the keyword's topic ("homens armados
        atacaram adeptos após o jogo"): then a word of sport or medicine does not change its sense."""
        own = set(self._sense_forms()[i:end])
        return not _ARMED.isdisjoint(self._topic(i, end) - own) or not _ARMS_NAMED.isdisjoint(own)

    def _mentions(self, vocabulary: frozenset[str]) -> bool:
        """Whether this field or the other has any word of `vocabulary`: a cheap look before the
        sentence is found. Asked of the same domains keyword after keyword: remembered (a
        frozenset keeps its hash)."""
        known = self._mentioned.get(vocabulary)
        if known is not None:
            return known
        other = self.following or self.preceding
        known = self._mentioned[vocabulary] = not vocabulary.isdisjoint(self._form_set()) or (
            other is not None and not vocabulary.isdisjoint(other._form_set())
        )
        return known

    def _form_set(self) -> frozenset[str]:
        if self._forms_seen is None:
            self._forms_seen = frozenset(self._sense_forms())
        return self._forms_seen

    def _topic(self, i: int, end: int) -> frozenset[str]:
        """The words that set a keyword's topic: a headline's own and its summary's lead; a
        summary sentence's own and its headline's. Made once per sentence."""
        if self.following is not None:  # a headline: all of it, and the summary's lead
            key = -1
        else:
            key, _ = self._sentence(i, end)
        topic = self._topics.get(key)
        if topic is None:
            words = self._sense_forms()
            if self.following is not None:
                topic = frozenset(words) | frozenset(self.following.lead())
            else:  # a summary's sentence, under its headline, which sets the topic
                topic = frozenset(words[slice(*self._sentence(i, end))])
                if self.preceding is not None:
                    topic |= frozenset(self.preceding._sense_forms())
            self._topics[key] = topic
        return topic

    def lead(self) -> list[str]:
        """The words of the field's first sentence, as the tables of senses compare them."""
        if self._lead is None:
            self._lead = self._sense_forms()[slice(*self._sentence(0, 1))] if len(self.tokens) else []
        return self._lead

    def _sentence(self, i: int, end: int) -> tuple[int, int]:
        """The words of the sentence holding words `i`..`end` - 1."""
        return sentence_bounds(self.tokens, i, end - 1)


def abstract_noun(word: str) -> str | None:
    """The noun of `ABSTRACT_NOUNS` an English word is, as written or as a regular plural
    ("costs", "policies"), or None."""
    if word in ABSTRACT_NOUNS:
        return word
    if word.endswith("ies") and word[:-3] + "y" in ABSTRACT_NOUNS:
        return word[:-3] + "y"
    for cut in (2, 1):
        if word.endswith("es"[2 - cut :]) and word[:-cut] in ABSTRACT_NOUNS:
            return word[:-cut]
    return None


# The little words the rules of idioms, attempts and beheadings step over or read.
_AND = frozenset("y e et and".split())
_ARTICLES = frozenset("el la los las lo o a os as le les l un una um uma une des del do da dos das du the an".split())
_TO = frozenset("a al ao aux au para".split())  # "tiro de gracia a la reforma", "à la", "ao"
_ATTEMPT_ON = frozenset("contra contre a al ao au aux".split())  # "atentado contra", "attentat à la"
_DISTANCES = frozenset("metros metro m mts km kilometros quilometros".split())
_KILLING_OPENINGS = (*_HARM_OPENINGS, "asesin", "assassin", "ejecut", "execut", "homicid", "balea", "abati")
# Romance endings and their English cognates' (WordNet's nouns are English): "constitución",
# "constituição" -> constitution; "libertad", "liberdade", "liberté" -> liberty; "democracia",
# "démocratie" -> democracy; "patrimonio", "patrimoine" -> patrimony; "ecología" -> ecology.
_COGNATE_ENDINGS = (
    ("cion", "tion"),
    ("cao", "tion"),
    ("sion", "sion"),
    ("sao", "sion"),
    ("tad", "ty"),
    ("dad", "ty"),
    ("dade", "ty"),
    ("cia", "cy"),
    ("cia", "ce"),
    ("tie", "cy"),
    ("ismo", "ism"),
    ("isme", "ism"),
    ("onio", "ony"),
    ("onia", "ony"),
    ("oine", "ony"),
    ("ogia", "ogy"),
    ("ogie", "ogy"),
    ("o", ""),
    ("a", ""),
    ("e", ""),
    ("", ""),
)
# Cognates that are false friends: "policía" (the police) is no "policy".
_FALSE_COGNATES = frozenset({"policy"})


def romance_abstract(word: str, written: str = "") -> str | None:
    """The English noun of `ABSTRACT_NOUNS` a folded Spanish, Portuguese or French noun is the
    cognate of, singular or plural ("patrimonio" -> patrimony, "libertades" -> liberty), by
    its ending (`_COGNATE_ENDINGS`); French "-té" as "-ty" when `written` shows the accent
    ("liberté"). None when it is none: a thing, a person, a place is no thing of the mind."""
    if len(word) < 4 or not word.isalpha():
        return None
    singulars = [word]
    if word.endswith("es") and len(word) > 5:
        singulars.append(word[:-2])
    if word.endswith("s") and len(word) > 4:
        singulars.append(word[:-1])
    for form in singulars:
        for ending, english in _COGNATE_ENDINGS:
            if form.endswith(ending):
                noun = abstract_noun(form[: len(form) - len(ending)] + english)
                if noun is not None and noun not in _FALSE_COGNATES and len(noun) >= 4:
                    return noun
        if written.lower().endswith(("té", "tés")) and form.endswith("te"):
            noun = abstract_noun(form[:-2] + "ty")
            if noun is not None:
                return noun
    return None


def _domain_adjective(word: str) -> str | None:
    """The science a Romance adjective of "-lógico" names, when WordNet's nouns hold it as a
    thing of the mind ("ecológico", "écologique" -> ecology): "atentado ecológico" is an
    offence against it."""
    for ending in ("logico", "logica", "logicos", "logicas", "logique", "logiques"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return abstract_noun(word[: len(word) - len(ending)] + "logy")
    return None


def _an_infinitive(word: str) -> bool:
    """A Spanish or Portuguese infinitive by its ending ("clasificar", "ser", "cumplir")."""
    return len(word) >= 4 and word.isalpha() and word.endswith(("ar", "er", "ir"))


# The nouns of persons and their bodies a beheading's participle agrees with, in Spanish,
# Portuguese and French (WordNet's `PERSON_NOUNS` are English), and the endings of Romance nouns
# of agents ("comerciante", "periodista", "ganadero", "agricultor", "funcionario").
_PERSON_WORDS = frozenset(
    "hombre hombres mujer mujeres joven jovenes nino nina ninos ninas menor menores persona personas victima victimas "
    "cuerpo cuerpos cadaver cadaveres cabeza homem homens mulher mulheres jovem jovens crianca criancas pessoa pessoas "
    "corpo corpos homme hommes femme femmes enfant enfants personne personnes corps cadavre cadavres otage otages "
    "rehen rehenes refem refens soldado soldados soldat soldats militar militares policia policias policial policiais "
    "gendarme agent agents civil civiles civis civils lider lideres leader leaders body bodies man men woman women "
    "campones camponeses campesino campesinos aldeao aldeoes aldeano aldeanos villageois idoso idosos anciano ancianos "
    "cristao cristaos cristiano cristianos chretien chretiens refem".split()
)
_AGENT_ENDINGS = ("ante", "ente", "ista", "ero", "era", "eiro", "eira", "or", "ora", "ario", "aria", "ier", "iere", "eur", "euse")


def _a_person_noun(word: str) -> bool:
    """Whether a folded noun is a person's (`_PERSON_WORDS`, WordNet's English ones) or a
    Romance noun of an agent by its ending, singular or plural, with four letters before it."""
    if word in _PERSON_WORDS or word in PERSON_NOUNS:
        return True
    forms = {word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    if any(form in PERSON_NOUNS for form in forms):
        return True
    return any(form.endswith(ending) and len(form) - len(ending) >= 4 for form in forms for ending in _AGENT_ENDINGS)


class StemScreen(dict[str, bool]):
    """Folded word -> whether `FieldWords` stems it (`_stemmed`), worked out the first time it
    is met: a day of news repeats its words, and the table is read at C speed."""

    __slots__ = ("_openings",)
    KEPT = 200_000  # words remembered; past that the memory starts again (a long-running bot)

    def __init__(self, openings: frozenset[str]):
        super().__init__()
        self._openings = openings

    def __missing__(self, folded: str) -> bool:
        if len(self) >= self.KEPT:
            self.clear()
        answer = self[folded] = _stemmed(folded, folded, self._openings)
        return answer


def _stemmed(word: str, folded: str, openings: frozenset[str]) -> bool:
    """Whether `FieldWords` stems a word at all (other words have no stem, and start no term)."""
    if folded[:OPENING] in openings or folded in _SAME_WORDS or folded.endswith("ying"):
        return True
    return not folded.isascii() and is_arabic(folded)


class TermStarts:
    """Which words could start one of the terms, in any language: a cheap look that lets an item
    with none of them skip detecting its language and stemming its words (most news items that
    name a watched place hold none of its keywords). Never wrong the other way: a word it
    refuses has no stem equal to any term's first stem in any language `FieldWords` reads."""

    KEPT = 200_000  # words remembered; past that the memory starts again (a long-running bot)

    def __init__(self, terms: Sequence[Term], openings: frozenset[str]):
        self._openings = openings
        firsts: dict[str, set[str]] = {}
        for term in terms:
            for lang, stems in term.stems.items():
                if stems:
                    firsts.setdefault(lang, set()).add(stems[0])
            for lang, also in term.also.items():
                firsts.setdefault(lang, set()).update(also[0])
        self._firsts = {lang: frozenset(found) for lang, found in firsts.items()}
        # A term whose first stem is empty would be met by any word: then every word may start one.
        self._everything = any("" in found for found in self._firsts.values())
        # Words known to start a term, and not to: whole fields are then looked up in bulk.
        self._yes: set[str] = set()
        self._no: set[str] = set()

    def any_in(self, fields: Iterable[Tokens]) -> bool:
        """Whether any word of the fields could start a term."""
        if self._everything:
            return True
        yes, no = self._yes, self._no
        for tokens in fields:
            words = tokens.words
            # Every word known, none starting a term (most fields, once warm): one look at each
            # word. A word is never in both sets, so then none is a known start either.
            if no.issuperset(words):
                continue
            if not yes.isdisjoint(words):
                return True
            for word, folded in zip(words, tokens.folded, strict=True):
                if word in no:
                    continue
                if len(yes) + len(no) >= self.KEPT:
                    yes.clear()
                    no.clear()
                if self._starts(word, folded):
                    yes.add(word)
                    return True
                no.add(word)
        return False

    def _starts(self, word: str, folded: str) -> bool:
        if not _stemmed(word, folded, self._openings):
            return False
        return any(stem(word, lang) in firsts for lang, firsts in self._firsts.items())


def first_hit(terms: Sequence[Term], fields: Sequence[FieldWords]) -> TermHit | None:
    """The first keyword found: as a whole word or any of its inflections, in its security sense."""
    for field, following in pairwise(fields):
        field.following = following
        following.preceding = field
    for term in terms:
        for field in fields:
            if (hit := field.find(term)) is not None:
                return hit
    return None


def first_exact_hit(terms: Sequence[Term], fields: Sequence[FieldWords]) -> TermHit | None:
    """The first exclude term found as written or in the plural, never as a derived word.

    Exclude terms silence alerts, so they are read narrowly: "football" does not silence a
    story about a footballer who was kidnapped.
    """
    for term in terms:
        size = len(term.words)
        for field in fields:
            words = field.tokens.folded
            for i in range(len(words) - size + 1):
                if all(_plural_of(words[i + k], w) for k, w in enumerate(term.words)):
                    first, last = field.tokens[i], field.tokens[i + size - 1]
                    return TermHit(term.text, field.name, field.text[first.start : last.end], first.start, last.end)
    return None


def _plural_of(word: str, term: str) -> bool:
    """The term as written or in the plural; an Arabic term also with the conjunction, a
    preposition or the article written onto it ("بكرة القدم" holds "كرة")."""
    if word == term or word in (term + "s", term + "x", term + "es"):
        return True
    return not word.isascii() and is_arabic(term) and term in readings(word)
