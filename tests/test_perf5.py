"""Speed round perf5 (issues 16 and 20's 5,000 items/s): work the matcher no longer repeats,
with the same answers (every labelled set's `match`, `evaluate` and `places` output is byte for
byte main's).

- `Tokens` of a text whose only characters outside ASCII are ones no word holds (curly quotes,
  dashes: most English items) finds its words as an all-ASCII text does (`_ascii_spaced`), each
  such character classed once (`_WORDY`, bounded).
- The place model remembers what `_name_at` finds at a word that may start a longer name, by
  the words as written there (`_Memo.longer`, bounded like the other memos).
"""

from __future__ import annotations

import random

import pytest

import bot.geo.context as context
import bot.textnorm as textnorm
from bot.geo import load_gazetteer
from bot.geo.context import read_item
from bot.textnorm import _ASCII_WORD, tokenize


def _spans_as_before(text: str) -> tuple[list[str], list[tuple[int, int]]] | None:
    """The words and spans main found for a text with no character outside ASCII a word holds;
    None for another text."""
    if text.isascii() or textnorm._NON_ASCII_WORDY.search(text) is not None:
        return None
    return _ASCII_WORD.findall(text), [m.span() for m in _ASCII_WORD.finditer(text)]


PIECES = ["Bamako", "airport", "’", "“", "”", "—", "–", "…", "«", "»", "\u00a0", "😀", "é", "Faladié", "ﬁ", "²", "٣"]
PIECES += ["e\u0301", "بتعز", "ـ", "Mali's", "2024", " ", ". ", "-", "—Gao", "Kati’s"]


def test_a_text_with_curly_quotes_has_the_words_and_spans_of_before() -> None:
    rng = random.Random(5)
    checked = 0
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) + rng.choice(("", " ")) for _ in range(rng.randint(1, 14)))
        tokens = tokenize(text)
        before = _spans_as_before(text)
        if before is None:
            continue
        checked += 1
        assert tokens.ascii_words and tokens._spaced is not None  # found as an all-ASCII text's words
        assert (tokens.words, tokens._word_spans()) == before, text
        assert [t.word for t in tokens] == before[0]
        assert tokens.folded == [w.lower() for w in before[0]]
    assert checked > 500


def test_curly_quotes_take_the_ascii_path_and_accents_do_not() -> None:
    curly = tokenize("Gunmen attack “Bamako” airport — officials’ account")
    assert curly._spaced is not None  # the words found from the spaced text, as an all-ASCII one's
    assert curly.words == ["Gunmen", "attack", "Bamako", "airport", "officials", "account"]
    assert curly[2].start == 15 and curly[2].end == 21
    accented = tokenize("Attaque à l’aéroport de Bamako")
    assert accented._spaced is None and not accented.ascii_words
    assert accented.folded == ["attaque", "a", "l", "aeroport", "de", "bamako"]


def test_the_characters_classed_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textnorm, "_WORDY", {})
    monkeypatch.setattr(textnorm, "_WORDY_KEPT", 4)
    for code in range(0x2010, 0x2030):  # dashes, quotes, bullets: none a word holds
        text = f"Gao {chr(code)} Kati"
        assert tokenize(text).words == ["Gao", "Kati"]
        assert len(textnorm._WORDY) <= 4


ITEMS = [
    ("Explosion near Port Sudan airport", "Witnesses in Port Sudan and New York said the blast hit South Sudan's embassy."),
    ("Attaque à Port-Soudan", "Des tirs ont été entendus à Port-Soudan, selon l'AFP, et à New York."),
    ("PORT SUDAN, Sudan (AP) — Clashes", "Fighting spread from Port Sudan to Wad Madani and El Fasher on Monday."),
    ("Gunmen attack Cabo Delgado", "Insurgents attacked Palma, Cabo Delgado, and fled toward Mocímboa da Praia."),
    ("Drone strike on Sanaa", "The strike hit Sanaa's old city, Yemen, near Bab al-Yemen, residents of Sana'a said."),
]


def _readings() -> list[object]:
    gazetteer = load_gazetteer()
    return [read_item(gazetteer, tokenize(title), tokenize(summary)) for title, summary in ITEMS]


def test_names_remembered_read_as_names_found_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    gazetteer = load_gazetteer()
    memo = context._memo(gazetteer)
    first = _readings()
    assert memo.longer  # the longer names' starts were remembered ("Port Sudan", "New York", "Cabo Delgado")
    assert _readings() == first  # read again from the memo: the same places, mentions and evidence
    # Without the memo (every answer forgotten before each item): the same readings.
    forgetful = context._Memo()
    monkeypatch.setattr(context, "_memo", lambda _: forgetful)
    afresh = []
    for title, summary in ITEMS:
        forgetful.longer.clear()
        afresh.append(read_item(gazetteer, tokenize(title), tokenize(summary)))
    assert afresh == first


def test_the_names_remembered_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    small = context._Memo()
    monkeypatch.setattr(context, "_memo", lambda _: small)
    monkeypatch.setattr(context, "_MEMO_LIMIT", 2)
    _readings()
    assert 0 < len(small.longer) <= 2
