"""Build `bot/person_nouns.py`: English nouns whose usual sense is a kind of person ("sheikh",
"sergeant", "pitcher", "imam", "leader"). A town's name after "<such a noun> from" is where that
person comes from ("a tribal sheikh from Hit shot dead in Baghdad"); a capitalised name after
such a noun in lower case, with or without a given name between, is the person's ("baseball
pitcher Ángel Celaya", "gang leader Ramu"): the hand lists of the matcher (`_PEOPLE`,
`HONORIFICS`) name the trades the news names most, and miss the rest.

Source: WordNet 3.0's noun, verb and adjective indexes and noun synsets (Princeton University,
the WordNet licence), as Debian's `wordnet-base` installs them in /usr/share/wordnet. A noun is
kept when its first sense (WordNet lists a word's senses most frequent first) is of the
lexicographer file noun.person, when it is no verb and no adjective of WordNet (a headline's
verb stands before a name as a trade would: "troops guard Kidal", "escort Gao convoy"; an
adjective too: "minor Gao skirmish"), and when wordfreq knows it in English at a Zipf frequency
of 2.5 or more and not much more often (half a Zipf point) in French, Portuguese or Spanish (a
word of those languages spelt so is not this noun: "son", "mayor"). Words of letters (a hyphen
allowed), four or more, that the synset of the first sense writes in lower case (not a person's
own name, "Leo", "Albert", which the index folds). Run by
hand when WordNet changes:

    apt-get install wordnet-base && python tools/build_person_nouns.py /usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "bot" / "person_nouns.py"
PERSON_FILE = 18  # noun.person, the lexicographer file's number in data.noun's second field
MIN_ZIPF = 2.5
MIN_LETTERS = 4  # "pa", "rep", "doc", "pol": a shorter word is as often an abbreviation or another language's
OTHER_LANGUAGES = ("fr", "pt", "es")
OTHER_MARGIN = 0.5  # Zipf: "imam", "emir" are as frequent in French; "son", "mayor" are French and Spanish words
HEADER = '''"""English nouns whose usual sense is a kind of person ("sheikh", "sergeant", "pitcher"): a
town's name after "<noun> from" is that person's home, a capitalised name after the noun in lower
case is the person's. Built from WordNet 3.0 (Princeton University, the WordNet licence) by
tools/build_person_nouns.py, which says how they are chosen. Data as a module: loaded at import,
read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

PERSON_NOUNS = frozenset(
    """
'''


def lemmas(index: Path) -> dict[str, list[str]]:
    """Each lemma of a WordNet index file with its synsets' offsets, most frequent sense first."""
    out = {}
    for line in index.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top
        fields = line.split()
        out[fields[0]] = fields[-int(fields[2]) :]
    return out


def person_synsets(data_noun: Path) -> dict[str, set[str]]:
    """The noun synsets of the lexicographer file noun.person, by offset, each with its words as
    WordNet writes them (a person's own name capitalised: "Leo", "Albert"; the index folds them)."""
    out = {}
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        if int(fields[1]) == PERSON_FILE:
            out[fields[0]] = {fields[4 + 2 * k] for k in range(int(fields[3], 16))}
    return out


def kept(lemma: str, offsets: list[str], persons: dict[str, set[str]], others: set[str]) -> bool:
    if not lemma.replace("-", "").isalpha() or len(lemma) < MIN_LETTERS or lemma in others:
        return False
    if lemma not in persons.get(offsets[0], ()):
        return False  # not a person first, or a person's own name ("Leo", "Albert": capitalised)
    english = zipf_frequency(lemma, "en")
    return english >= MIN_ZIPF and all(zipf_frequency(lemma, lang) <= english + OTHER_MARGIN for lang in OTHER_LANGUAGES)


def main(folder: str) -> None:
    root = Path(folder)
    persons = person_synsets(root / "data.noun")
    others = set(lemmas(root / "index.verb")) | set(lemmas(root / "index.adj"))
    words = sorted(lemma for lemma, offsets in lemmas(root / "index.noun").items() if kept(lemma, offsets, persons, others))
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) + 1 > 100:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    lines.append(line)
    OUT.write_text(HEADER + "\n".join(lines) + '\n    """.split()\n)\n', encoding="utf-8")
    print(f"{len(words)} nouns written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
