"""bot.textnorm: folding words, and cutting text into words that keep their place in the original."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from bot.textnorm import Token, fold, folded_words, is_title_case, tokenize

# --- fold ---------------------------------------------------------------------------------------

# tests/test_match.py folds the names of its sample config; these are the harder cases.
FOLD_CASES = [
    # case
    ("bAmAkO", "bamako"),
    ("ＢＡＭＡＫＯ", "bamako"),  # fullwidth
    ("𝐁𝐚𝐦𝐚𝐤𝐨", "bamako"),  # mathematical bold
    ("İstanbul", "istanbul"),  # Turkish dotted capital I: no dot left behind
    ("ΣΟΦΙΑ", "σοφια"),
    # accents
    ("Ménaka", "menaka"),
    ("ÀÉÎÕÜÇÑ", "aeioucn"),
    ("Kanō", "kano"),  # macron
    ("Škoda", "skoda"),  # caron
    ("Me\u0301naka", "menaka"),  # already decomposed: e + combining acute
    # ligatures and letters that do not decompose
    ("Bœuf", "boeuf"),
    ("Cæsar", "caesar"),
    ("Søgne", "sogne"),
    ("Białystok", "bialystok"),
    ("Đồng Nai", "dong nai"),
    ("Weißenfels", "weissenfels"),
    ("ﬁnal ﬂight", "final flight"),
    ("Þórshöfn", "thorshofn"),
    ("Guðrún", "gudrun"),
    ("Diyarbakır", "diyarbakir"),
    ("ǿ", "o"),  # the accent goes first, then the ligature folds
    # nothing to fold
    ("niamey 2024", "niamey 2024"),
    ("باماكو", "باماكو"),
]


@pytest.mark.parametrize(("text", "folded"), FOLD_CASES)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_of_a_long_text_is_the_fold_of_its_parts() -> None:
    """Short texts go through a cache and long ones straight through: the same answer."""
    long = "Attaque à l'AÉROPORT de Bamako-Sénou, Œuvre ﬁnale; " * 5
    assert len(long) > 64
    assert fold(long) == " ".join(fold(part) for part in long.split(" "))


# Apostrophes and dashes: however they are typed, they separate the same words.
MODIFIER_APOSTROPHE = pytest.param(
    "\u02bc",
    marks=pytest.mark.xfail(
        strict=True, reason="U+02BC looks like a curly apostrophe but is a letter to \\w: 'Bamakoʼs' is one word"
    ),
)
APOSTROPHES = ["'", "\u2019", "\u2018", MODIFIER_APOSTROPHE, "\u00b4", "\uff07", "`"]
DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\ufe63", "\uff0d"]


@pytest.mark.parametrize("apostrophe", APOSTROPHES)
def test_every_apostrophe_separates_the_same_words(apostrophe: str) -> None:
    assert folded_words(f"L{apostrophe}AÉROPORT de Bamako{apostrophe}s") == ["l", "aeroport", "de", "bamako", "s"]
    text = f"l{apostrophe}aéroport"
    assert [(t.folded, text[t.start : t.end]) for t in tokenize(text)] == [("l", "l"), ("aeroport", "aéroport")]


@pytest.mark.parametrize("dash", DASHES)
def test_every_dash_separates_the_same_words(dash: str) -> None:
    assert folded_words(f"Modibo{dash}Keïta {dash} Bamako{dash}Sénou") == ["modibo", "keita", "bamako", "senou"]
    text = f"Bamako{dash}Sénou"
    assert [text[t.start : t.end] for t in tokenize(text)] == ["Bamako", "Sénou"]


@settings(deadline=None)
@given(st.text(alphabet=st.characters(codec="latin-1") | st.sampled_from("œŒæÆøØłŁđĐıİßẞǿǾﬁﬂŠšōŌ")))
@example("Weißenfels ẞ İ ı Œ ǿ")
def test_fold_ignores_case(text: str) -> None:
    assert fold(text.upper()) == fold(text.lower()) == fold(text)


# --- tokenize: offsets in the original text -----------------------------------------------------

# (text, [(word as a reader sees it, the slice of the original text it comes from)])
TOKEN_CASES = [
    (
        "plain",
        "Gunmen attack Bamako airport",
        [("Gunmen", "Gunmen"), ("attack", "attack"), ("Bamako", "Bamako"), ("airport", "airport")],
    ),
    ("accents", "Attaque à l'aéroport", [("Attaque", "Attaque"), ("à", "à"), ("l", "l"), ("aéroport", "aéroport")]),
    (
        "named-entity",
        "l&#8217;a&eacute;roport de Bamako",
        [("l", "l"), ("aéroport", "a&eacute;roport"), ("de", "de"), ("Bamako", "Bamako")],
    ),
    ("decimal-and-hex-entities", "Fala&#100;i&#xE9; school", [("Faladié", "Fala&#100;i&#xE9;"), ("school", "school")]),
    ("entity-without-semicolon", "a&eacute roport", [("aé", "a&eacute"), ("roport", "roport")]),
    ("nbsp-separates", "<b>Bamako</b>&nbsp;airport", [("Bamako", "Bamako"), ("airport", "airport")]),
    ("escaped-tag-is-text", "&lt;b&gt;Gao", [("b", "b"), ("Gao", "Gao")]),
    ("double-escaped", "&amp;amp;Gao", [("amp", "amp"), ("Gao", "Gao")]),
    ("ampersand-between-words", "Niamey&amp;Agadez", [("Niamey", "Niamey"), ("Agadez", "Agadez")]),
    ("unknown-entity", "Gao &bogus; Kidal", [("Gao", "Gao"), ("bogus", "&bogus;"), ("Kidal", "Kidal")]),
    ("bad-code-points", "Gao&#0;&#x110000;&#55296;Kidal", [("Gao", "Gao"), ("Kidal", "Kidal")]),
    ("inline-tag-inside-a-word", "Bama<i>ko</i> airport", [("Bamako", "Bama<i>ko"), ("airport", "airport")]),
    ("inline-tag-in-capitals", "<B>Ni</B>amey", [("Niamey", "Ni</B>amey")]),
    ("block-tag-separates", "Gao<br/>Kidal<p>Mopti</p>", [("Gao", "Gao"), ("Kidal", "Kidal"), ("Mopti", "Mopti")]),
    ("block-tag-inside-a-word", "Ni<P>amey", [("Ni", "Ni"), ("amey", "amey")]),
    ("link-with-attributes", '<a href="https://x.org/?a=1&b=2" title="Gao">Ménaka</a>', [("Ménaka", "Ménaka")]),
    ("comment-is-hidden", "Gao<!-- Mopti -->Kidal", [("Gao", "Gao"), ("Kidal", "Kidal")]),
    ("less-than-is-text", "5 < 10 & Gao", [("5", "5"), ("10", "10"), ("Gao", "Gao")]),
    ("soft-hyphen", "Bama\u00adko", [("Bamako", "Bama\u00adko")]),
    ("soft-hyphen-entity", "Bama&shy;ko", [("Bamako", "Bama&shy;ko")]),
    ("zero-width-characters", "Ni\u200bam\u2060e\ufeffy", [("Niamey", "Ni\u200bam\u2060e\ufeffy")]),
    ("emoji-between-words", "Bamako🔥airport", [("Bamako", "Bamako"), ("airport", "airport")]),
    ("emoji-zwj-sequence", "👨\u200d👩\u200d👧 Bamako 🇲🇱 Gao", [("Bamako", "Bamako"), ("Gao", "Gao")]),
    ("arabic", "هجوم في باماكو", [("هجوم", "هجوم"), ("في", "في"), ("باماكو", "باماكو")]),
    ("hebrew-and-latin", "פיגוע Bamako", [("פיגוע", "פיגוע"), ("Bamako", "Bamako")]),
    ("rtl-marks", "\u200fباماكو\u200f (Bamako\u200e)", [("باماكو", "باماكو"), ("Bamako", "Bamako")]),
    ("rtl-in-markup", "<b>\u202bباماكو\u202c</b>&nbsp;Bamako", [("باماكو", "باماكو"), ("Bamako", "Bamako")]),
    ("astral-letters", "𝐁𝐚𝐦𝐚𝐤𝐨 airport", [("𝐁𝐚𝐦𝐚𝐤𝐨", "𝐁𝐚𝐦𝐚𝐤𝐨"), ("airport", "airport")]),
    ("underscore-separates", "snake_case", [("snake", "snake"), ("case", "case")]),
    ("digits", "Niamey2 24/11", [("Niamey2", "Niamey2"), ("24", "24"), ("11", "11")]),
    ("only-punctuation", "  ,;  -- … ", []),
    ("empty", "", []),
    # Decomposed text (NFD, as some systems write it): a combining mark belongs to its word.
    (
        "decomposed-accents",
        "Se\u0301gou et Me\u0301naka",
        [("Se\u0301gou", "Se\u0301gou"), ("et", "et"), ("Me\u0301naka", "Me\u0301naka")],
    ),
    ("decomposed-accent-at-the-end", "Faladie\u0301 school", [("Faladie\u0301", "Faladie\u0301"), ("school", "school")]),
    ("arabic-vowel-signs", "بَامَاكُو airport", [("بَامَاكُو", "بَامَاكُو"), ("airport", "airport")]),
    ("hindi", "हिन्दी समाचार", [("हिन्दी", "हिन्दी"), ("समाचार", "समाचार")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TOKEN_CASES], ids=[c[0] for c in TOKEN_CASES])
def test_tokens_keep_their_offsets_in_the_original_text(text: str, expected: list[tuple[str, str]]) -> None:
    tokens = tokenize(text)
    assert [(t.word, text[t.start : t.end]) for t in tokens] == expected
    assert [t.folded for t in tokens] == [fold(word) for word, _ in expected]
    assert tokens.words == [word for word, _ in expected]
    assert tokens.folded == [fold(word) for word, _ in expected]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TOKEN_CASES], ids=[c[0] for c in TOKEN_CASES])
def test_folded_words_are_the_folded_tokens(text: str, expected: list[tuple[str, str]]) -> None:
    assert folded_words(text) == [fold(word) for word, _ in expected]


def test_decomposed_and_composed_text_give_the_same_words() -> None:
    text = "Attaque à l'aéroport de Bamako-Sénou, près de Faladié"
    composed = unicodedata.normalize("NFC", text)
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != composed
    assert tokenize(decomposed).folded == tokenize(composed).folded == folded_words(decomposed)
    assert [decomposed[t.start : t.end] for t in tokenize(decomposed)] == tokenize(decomposed).words


# --- tokenize: what each word knows -------------------------------------------------------------


def test_a_token_knows_its_gap_first_word_and_sentence_start() -> None:
    tokens = tokenize("Gunmen attack Gao. Army says: calm; «\u00a0Niamey\u00a0» next")
    by_word = {t.word: t for t in tokens}
    assert by_word["Gunmen"].first and by_word["Gunmen"].sentence_start and by_word["Gunmen"].gap == ""
    assert not by_word["attack"].first and not by_word["attack"].sentence_start
    assert by_word["Army"].gap == ". " and by_word["Army"].sentence_start
    assert by_word["calm"].sentence_start  # after a colon
    assert by_word["Niamey"].sentence_start and by_word["Niamey"].gap == "; «\u00a0"
    assert not by_word["next"].sentence_start and by_word["next"].gap == "\u00a0» "


def test_a_line_break_starts_a_sentence_but_a_comma_does_not() -> None:
    tokens = tokenize("Gao\nKidal, Mopti")
    assert [t.sentence_start for t in tokens] == [True, True, False]


def test_gaps_are_what_a_reader_sees_between_words() -> None:
    tokens = tokenize("Bamako&rsquo;s <b>airport</b>&nbsp;&mdash; closed")
    assert [t.gap for t in tokens] == ["", "\u2019", " ", " \u2014 "]  # a no-break space reads as a space


@pytest.mark.parametrize(
    ("word", "capitalized"), [("Gao", True), ("GAO", True), ("gao", False), ("Émile", True), ("été", False), ("2024", False)]
)
def test_capitalized(word: str, capitalized: bool) -> None:
    (token,) = tokenize(word)
    assert token.capitalized is capitalized
    assert token.raw == token.word == word


def test_tokens_behave_as_a_sequence() -> None:
    text = "Gunmen attack <b>Bamako</b> airport"
    tokens = tokenize(text)
    assert len(tokens) == 4
    assert tokens[-1] == tokens[3]
    assert tokens[-1].word == "airport"
    assert [t.word for t in tokens[1:3]] == ["attack", "Bamako"]
    assert [t.word for t in tokens[::-1]] == ["airport", "Bamako", "attack", "Gunmen"]
    assert list(tokens) == [tokens[i] for i in range(4)]
    assert tokens[2] is tokens[2]  # made once
    assert isinstance(tokens[0], Token)
    with pytest.raises(IndexError):
        tokens[4]
    assert list(tokenize("")) == []


# --- is_title_case ------------------------------------------------------------------------------

TITLE_CASE_CASES = [
    ("Gunmen Attack Gao Market In Night Raid", True),
    ("GUNMEN ATTACK GAO MARKET", True),
    ("Gunmen attack Gao market in night raid", False),
    ("Photographer wounded in a Kabul market blast", False),
    ("Gao Attack", False),  # too few words to tell
    ("A To Of In", False),  # short words say nothing
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASE_CASES)
def test_is_title_case(text: str, expected: bool) -> None:
    assert is_title_case(tokenize(text)) is expected


# --- properties ---------------------------------------------------------------------------------

LETTERS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzÉéèàçüñßøœ", min_size=1, max_size=8)
# Pieces a feed may put inside a word without ending it (tags, entities, invisible characters).
INSIDE = st.sampled_from(["<i>", "</i>", "<b>", '<span class="x">', "</span>", "&shy;", "\u00ad", "\u200b", "\u2060", "\ufeff"])
# Pieces that end a word.
BETWEEN = st.sampled_from(
    [
        " ",
        "  ",
        "&nbsp;",
        "<br/>",
        "<p>",
        "</p>\n<p>",
        "&#8217;",
        "&mdash;",
        " — ",
        "\u2019",
        ", ",
        "🔥",
        "\u200f",
        "&amp;",
        "<!-- c -->",
    ]
)


@st.composite
def marked_up(draw: st.DrawFn) -> tuple[str, list[str], list[str]]:
    """A text of words with markup in and between them: (text, words, bare spans)."""
    words = draw(st.lists(LETTERS, min_size=1, max_size=6))
    parts, bare = [], []
    for i, word in enumerate(words):
        if i:
            parts.append(draw(BETWEEN))
        written = word[0]
        for ch in word[1:]:
            if draw(st.booleans()):
                written += draw(INSIDE)
            if draw(st.integers(0, 5)) == 0:
                written += f"&#{ord(ch)};" if draw(st.booleans()) else f"&#x{ord(ch):X};"
            else:
                written += ch
        parts.append(written)
        bare.append(written)
    return "".join(parts), words, bare


@settings(deadline=None, max_examples=300)
@given(marked_up())
def test_markup_in_and_between_words_is_seen_through(case: tuple[str, list[str], list[str]]) -> None:
    text, words, written = case
    tokens = tokenize(text)
    assert tokens.words == words
    assert [text[t.start : t.end] for t in tokens] == written
    assert folded_words(text) == [fold(w) for w in words]


def _plain(ch: str) -> bool:
    """Characters whose compatibility form holds the same letters: not "™" (a symbol that
    folds to letters) nor "½" (a number that folds to "1⁄2"); and no mark beyond the Basic
    Multilingual Plane (musical notation, ancient scripts), which textnorm leaves out."""
    if ord(ch) > 0xFFFF and unicodedata.category(ch).startswith("M"):
        return False
    decomposed = unicodedata.normalize("NFKD", ch)
    return decomposed == unicodedata.normalize("NFD", ch) or all(c.isalnum() or unicodedata.combining(c) for c in decomposed)


PLAIN_TEXT = st.text(alphabet=st.characters(exclude_characters="<&\u00ad\u200b\u200c\u200d\u2060\ufeff").filter(_plain))


@settings(deadline=None)
@given(PLAIN_TEXT)
@example("L'aéroport de Bamako-Sénou, ﬁ ＢＫＯ İ")
@example("Se\u0301gou")
@example("a\u0301\u0301b \u05d0\u05b8 \u0915\u093f")
@example("a \u0640 b")  # a tatweel alone: an elongation mark, not a word
@example("\u32c0 Brand\u2122")  # symbols that decompose into letters are no words
def test_in_plain_text_every_word_is_its_own_slice(text: str) -> None:
    tokens = tokenize(text)
    previous_end = 0
    for token in tokens:
        assert text[token.start : token.end] == token.word
        assert token.folded == fold(token.word)
        assert token.start >= previous_end
        previous_end = token.end
    assert folded_words(text) == tokens.folded
    covered = {i for t in tokens for i in range(t.start, t.end)}
    assert not any(ch.isalnum() and fold(ch) for i, ch in enumerate(text) if i not in covered)


@settings(deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",))))
def test_tokenize_never_fails_on_any_text(text: str) -> None:
    assume(text)
    for token in tokenize(text):
        assert token.word
        assert 0 <= token.start < token.end <= len(text)


@settings(deadline=None)
@given(st.text())
@example("L'aéroport de Bamako-Sénou, ǿ İ ΣΑΣ ß ﬁ ＢＫＯ ㋀ a\u0301\u0301b Se\u0301gou")
def test_folding_a_text_is_folding_each_of_its_characters(text: str) -> None:
    """`fold` maps character by character (`textnorm._FoldTable`): the same as decomposing the
    whole text, dropping its combining marks, case-folding it and undoing its ligatures."""
    from bot.textnorm import _COMBINING, _LIGATURES

    whole = _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold().translate(_LIGATURES)
    assert fold(text) == whole
