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
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

import snowballstemmer

from .arabic import is_arabic, readings, without_article
from .language import LANGUAGES, marker_languages
from .textnorm import Tokens, fold, tokenize

_STEMMERS = {
    lang: snowballstemmer.stemmer(name)
    for lang, name in {"en": "english", "fr": "french", "pt": "portuguese", "es": "spanish", "ar": "arabic"}.items()
}
# Forms no suffix rule relates to the verb whose sense they carry: dying is what killing does.
_SAME_AS = {
    "pt": {w: "matar" for w in "morto morta mortos mortas morte mortes morreu morreram morrem morre morrer".split()},
    "es": {w: "matar" for w in "muerto muerta muertos muertas muerte muertes murio murieron mueren muere morir".split()},
}


@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
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
    if language == "pt" and lowered.endswith(("ões", "ães")):
        lowered = lowered[:-3] + "ão"  # explosões -> explosão: Snowball stems the two apart
    stemmer = _STEMMERS[language]
    stemmed = stemmer.stemWord(lowered)
    if language == "fr" and stemmed.endswith(("ent", "on")) and lowered.endswith(("ent", "ons")) and len(lowered) > 4:
        # Snowball leaves some present-tense plurals whole ("attaquent", "tuent"); their
        # singular stems like the rest of the verb.
        stemmed = stemmer.stemWord(lowered[:-3] + "e")
    if language in ("pt", "es") and stemmed.endswith(("qu", "gu")) and len(stemmed) > 3:
        stemmed = stemmed[:-2] + ("c" if stemmed.endswith("qu") else "g")  # ataque -> atac, as atacar, atacó
    elif language in ("pt", "es") and stemmed.endswith("at") and len(stemmed) >= 6:
        stemmed = stemmed[:-2]  # asesinato -> asesin, as asesinar, asesinaron
    return fold(stemmed)


_CONJUNCTIONS = ("\u0648", "\u0641")  # و ف
_PREPOSITIONS = ("\u0628", "\u0644", "\u0643")  # ب ل ك


def _stem_arabic(word: str) -> str:
    """Arabic: one spelling (`textnorm.fold`), then the article and what is written onto it
    ("وال", "بال", "لل"), a conjunction or preposition before 4 letters or more ("لهجوم",
    "بانفجار", "واختطاف"; shorter words are left to Snowball, whose rules know "كمين"), the
    sound feminine plural ("ات"), Snowball's light stemmer, then the words of one root that the
    security vocabulary uses (`_AR_ROOTS`: "هاجم" with "هجوم", "مقتل" with "قتل")."""
    base = without_article(fold(word))
    if base[:1] in _CONJUNCTIONS and len(base) >= 5:
        base = base[1:]
    if base[:1] in _PREPOSITIONS and len(base) >= 5:
        base = base[1:]
    if base.endswith("\u0627\u062a") and len(base) >= 5:
        base = base[:-2]  # انفجارات -> انفجار: Snowball leaves "انفجارا"
    stemmed = fold(_STEMMERS["ar"].stemWord(base))
    return _AR_ROOTS.get(stemmed, stemmed)


# Forms of one root that Snowball's light stemmer leaves apart (verb and noun, agent, the
# imperfect's prefix), for the words of security: each line's stems become its first word's.
_AR_ROOTS: dict[str, str] = {}
for _line in (
    "هجوم هجمة هاجم يهاجم تهاجم مهاجم",
    "قتل مقتل يقتل تقتل قتيل مقتول مصرع",
    "خطف اختطاف اختطف يختطف تختطف مخطوف مختطف خاطف",
    "انفجار انفجر تفجير متفجر",
    "اشتباك اشتبك",
    "اغتيال اغتال اغتيل",
    "قصف يقصف تقصف",
    "رهينة رهائن",
):
    _first, *_others = (_stem_arabic(w) for w in _line.split())
    _AR_ROOTS.update({other: _first for other in _others if other != _first})


def languages(fields: Sequence[Tokens]) -> tuple[str, ...]:
    """English or French by the item's common words and accents; both when it cannot tell
    (`bot.language.item_languages` knows Portuguese, Spanish and Arabic too)."""
    return marker_languages(fields)


# Non-security senses, by the folded stem of the keyword they mimic (in any language):
# phrases just before, phrases just after, and word prefixes that make another word altogether.
_Phrases = frozenset[tuple[str, ...]]


def sense_form(word: str) -> str:
    """A word as the tables of senses compare it: folded, and an Arabic word as its stem (its
    article and prefixes gone: "بالمباراة" and "مباراة" are one word to a table)."""
    return _stem_arabic(word) if is_arabic(word) else fold(word)


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


def _near(text: str) -> frozenset[str]:
    return frozenset(sense_form(w) for w in text.split())


# Words of football, Portuguese and Spanish, around "ataque", "tiro", "disparo": the attack of a
# team. Not "partido" (also a political party), "liga", "equipo", "defesa" (also the ministry).
_FOOTBALL = (
    "futebol fútbol golo golos gol goles marcou goleada golear jogo jogos partida campeonato treinador entrenador "
    "árbitro delantero delanteros avançado avançados rematou remate remates escanteio penálti "
    "penalti clube seleção selección torneio torneo"
)
# Words of accidents, disease and weather before or after "matar", "mortos", "muertos".
_MISHAPS = (
    "acidente acidentes accidente accidentes inundação inundações inundación inundaciones chuvas lluvias temporal "
    "raio rayo cólera epidemia surto brote deslizamento deslizamiento terremoto sismo colisão colisión afogamento "
    "afogados ahogados naufrágio naufragio trânsito viação tránsito"
)
# The same in Arabic: football ("a team's attack"), accidents, floods, disease.
_AR_FOOTBALL = "مباراة كرة الدوري مدرب لاعب لاعبي المنتخب هداف تسديدة ركلة المرمى الشوط النادي"
_AR_MISHAPS = "حادث حوادث السير مرور فيضانات سيول الكوليرا زلزال صاعقة غرق تصادم انهيار"
# Markets and prices: what "collapses" in the economy pages.
_MARKETS = (
    "market markets stock stocks shares currency prices economy sales exports mercado mercados bolsa bolsas ações "
    "acciones preços precios moeda moneda câmbio economia economía vendas ventas exportações exportaciones"
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
        ),
    ),
    "attaqu": OtherSense(
        after=_phrases(
            "cardiaque", "cerebrale", "de panique", "de criquets", "acridienne", "de sauterelles", "speculative", "speculatives"
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
        ),
        near_before=_near("infarto enfarte"),
        near_after=_near("infarto enfarte"),
        in_sentence=_near(_FOOTBALL),
    ),
    "هجوم": OtherSense(after=_phrases("مضاربي", "كلامي", "اعلامي", "لاذع"), in_sentence=_near(_AR_FOOTBALL)),
    "tir": OtherSense(
        after=_phrases(
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
        ),
        prefixes=("tirage",),
        in_sentence=_near(_FOOTBALL),
    ),
    # "disparos" and "disparar" (to shoot), also prices that soar ("los precios se disparan").
    "dispar": OtherSense(
        after=_phrases("a puerta", "al arco", "de cabeza"),
        near_before=_near(_MARKETS),
        near_after=_near(_MARKETS),
        in_sentence=_near(_FOOTBALL),
    ),
    "explos": OtherSense(
        before=_phrases("population", "demographic", "demographique", "price", "prix", "creative"),
        after=_phrases(
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
            "de vendas",
            "de ventas",
            "de sabor",
            "de sabores",
            "de risos",
            "de risas",
            "سكاني",
        ),
    ),
    "shoot": OtherSense(
        before=_phrases("photo", "film", "video", "fashion"),
        after=_phrases("star", "stars", "guard", "percentage", "photo", "photos"),
        near_after=_near("film movie documentary clip video feature series episode"),
    ),
    "blast": OtherSense(before=_phrases("a"), after=_phrases("from the past")),
    "manifest": OtherSense(
        after=_phrases("culturelle", "sportive", "artistique", "scientifique", "festive", "d interet", "de l interet")
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
        after=_phrases("a moto", "moto", "touristique", "automobile", "en 4x4", "rallye", "humanitaire"),
    ),
    "ambush": OtherSense(after=_phrases("marketing")),
    # War: of words, trade, prices, in English, French, Portuguese, Spanish ("guerr" is all three
    # Romance stems) and Arabic.
    "war": OtherSense(
        before=_phrases("trade", "price", "tariff", "culture", "bidding", "talent", "console", "flame", "format"),
        after=_phrases("of words", "on cancer", "on poverty", "on plastic", "on waste"),
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
        )
    ),
    "حرب": OtherSense(after=_phrases("كلامية", "اعلامية", "تجارية", "الاسعار", "الكلمات", "التصريحات")),
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
        after=_phrases(
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
        )
    ),
    "sequestr": OtherSense(after=_phrases("de carbono", "de co2")),
    "secuestr": OtherSense(after=_phrases("de carbono", "de co2")),
    "kill": OtherSense(
        near_before=_near(
            "flood floods flooding storm storms lightning heatwave cholera disease outbreak accident crash "
            "collision drowning landslide earthquake fire collapse collapsed"
        ),
    ),
    "mat": OtherSense(near_before=_near(_MISHAPS), near_after=_near(_MISHAPS)),
    "قتل": OtherSense(near_before=_near(_AR_MISHAPS), near_after=_near(_AR_MISHAPS)),
    "desab": OtherSense(near_before=_near(_MARKETS)),
    "desplom": OtherSense(near_before=_near(_MARKETS)),
    "collaps": OtherSense(near_before=_near(_MARKETS)),
    "tu": OtherSense(
        near_before=_near(
            "inondation inondations pluies orage foudre cholera epidemie accident collision noyade eboulement seisme incendie"
        ),
    ),
    "assault": OtherSense(
        near_before=_near("rider riders cyclist peloton"), near_after=_near("stage sprint peloton summit breakaway climb")
    ),
}

# The same senses under the stems other languages give the word.
for _key, _same in {"explosa": "explos", "explosion": "explos", "انفجار": "explos"}.items():
    _OTHER_SENSES[_key] = _OTHER_SENSES[_same]

NEAR = 4  # words either side in which a telling word changes a keyword's sense
OPENING = 2  # letters a word and its stem share at the start (checked over the feed corpus)


def openings(terms: Sequence[Term]) -> frozenset[str]:
    return frozenset(word_stem[:OPENING] for term in terms for stems in term.stems.values() for word_stem in stems)


@dataclass(frozen=True)
class Term:
    """A keyword or exclude term as it was written, and its words' stems in each language."""

    text: str
    words: tuple[str, ...]  # folded words
    stems: dict[str, tuple[str, ...]]

    @classmethod
    def parse(cls, text: str, language: str | None = None) -> Term:
        """A term stemmed in every language it could be; with `language` (a bundled set's word
        listed under it), only in that one, and so matched only in items read in it: French
        "coup" is a blow. A term in Arabic script is Arabic wherever it is met."""
        words = tuple(t.word for t in tokenize(text))
        langs = LANGUAGES if language is None or any(is_arabic(w) for w in words) else (language,)
        return cls(text, tuple(fold(w) for w in words), {lang: tuple(stem(w, lang) for w in words) for lang in langs})


@dataclass(frozen=True)
class TermHit:
    term: str
    field: str
    text: str
    start: int
    end: int


class FieldWords:
    """One field's words with their stems, computed once and shared by every term."""

    def __init__(self, name: str, text: str, tokens: Tokens, langs: tuple[str, ...], openings: frozenset[str]):
        """`openings`: the first letters of every term's stems; other words are never stemmed.

        Snowball stemming is the slowest step of matching, and a word can only share a stem
        that starts the way it starts.
        """
        self.name = name
        self.text = text
        self.tokens = tokens
        self.langs = langs
        self.stems = {
            lang: [
                # Arabic words always: their stems start after a prefix ("والهجوم" -> "هجوم").
                stem(w, lang) if f[:OPENING] in openings or f.endswith("ying") or (not f.isascii() and is_arabic(f)) else ""
                for w, f in zip(tokens.words, tokens.folded, strict=True)
            ]
            for lang in langs
        }
        self._forms: list[str] | None = None
        self.following: FieldWords | None = None  # the field after this one (a title's summary), set by `first_hit`
        self._where: dict[str, dict[str, list[int]]] = {}
        for lang, stems in self.stems.items():
            where: dict[str, list[int]] = {}
            for i, word_stem in enumerate(stems):
                where.setdefault(word_stem, []).append(i)
            self._where[lang] = where

    def find(self, term: Term) -> TermHit | None:
        size = len(term.words)
        if size == 0:
            return None
        for lang in self.langs:
            wanted = term.stems.get(lang)
            if wanted is None:
                continue
            stems = self.stems[lang]
            for i in self._where[lang].get(wanted[0], ()):
                if tuple(stems[i : i + size]) == wanted and not self._other_sense(i, size, wanted[0], lang):
                    first, last = self.tokens[i], self.tokens[i + size - 1]
                    return TermHit(term.text, self.name, self.text[first.start : last.end], first.start, last.end)
        return None

    def _sense_forms(self) -> list[str]:
        """The field's words as the tables of senses compare them (`sense_form`), made once."""
        if self._forms is None:
            folded = self.tokens.folded
            self._forms = folded if all(f.isascii() or not is_arabic(f) for f in folded) else [sense_form(f) for f in folded]
        return self._forms

    def _other_sense(self, i: int, size: int, first_stem: str, lang: str) -> bool:
        word = self.tokens.words[i]
        keys = {first_stem, stem(word, "en"), stem(word, "fr"), *(stem(word, lang) for lang in self.langs)}
        senses = [_OTHER_SENSES[k] for k in keys if k in _OTHER_SENSES]
        if not senses:
            return False
        words = self._sense_forms()
        end = i + size
        starts_sentence = self.tokens[i].sentence_start
        ends_sentence = end < len(words) and self.tokens[end].sentence_start
        for sense in senses:
            if any(words[i].startswith(p) for p in sense.prefixes):
                return True
            if not starts_sentence and any(tuple(words[max(0, i - len(p)) : i]) == p for p in sense.before):
                return True
            if not ends_sentence and any(tuple(words[end : end + len(p)]) == p for p in sense.after):
                return True
            if sense.near_before.intersection(words[max(0, i - NEAR) : i]):
                return True
            if sense.near_after.intersection(words[end : end + NEAR]):
                return True
            if sense.in_sentence and sense.in_sentence.intersection(words[slice(*self._sentence(i, end))]):
                return True
            if sense.in_sentence and self.following is not None and sense.in_sentence.intersection(self.following.lead()):
                return True  # a headline's context is the summary's first sentence
        return False

    def lead(self) -> list[str]:
        """The words of the field's first sentence, as the tables of senses compare them."""
        return self._sense_forms()[slice(*self._sentence(0, 1))] if len(self.tokens) else []

    def _sentence(self, i: int, end: int) -> tuple[int, int]:
        """The words of the sentence holding words `i`..`end` - 1."""
        start = i
        while start > 0 and not self.tokens[start].sentence_start:
            start -= 1
        while end < len(self.tokens) and not self.tokens[end].sentence_start:
            end += 1
        return start, end


def first_hit(terms: Sequence[Term], fields: Sequence[FieldWords]) -> TermHit | None:
    """The first keyword found: as a whole word or any of its inflections, in its security sense."""
    for field, following in pairwise(fields):
        field.following = following
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
