"""Build `bot/abstract_nouns.py`: English nouns whose usual senses are things of words, the mind,
money or a state ("bill", "report", "plan", "budget", "costs", "reserves", "tradition"), never
a person, a group, a place or an object. What a word of violence does to such a noun is a figure
of speech ("lawmakers killed the tramway bill", "the central bank's raid on reserves").

Source: WordNet 3.0's noun index and synsets (Princeton University, the WordNet licence), as
Debian's `wordnet-base` installs them in /usr/share/wordnet. WordNet lists a word's senses most
frequent first, each under its lexicographer file (noun.communication, noun.person...). A noun
is kept when its first two senses (its only one, if it has one) are all of the abstract files
below and its third is no person, group or place ("capital": money first, then a seat of
government, is not kept; nor "presence", whose second sense is a place; "plan", whose third is a
drawing, is). Acts and events are not abstract here (an
attack on a rally, a wedding or a market is real), nor times and quantities ("killed on Monday",
"killed two"). Only words wordfreq knows at a Zipf frequency of 2.5 or more, single words of
letters (a hyphen allowed). Run by hand when WordNet changes:

    apt-get install wordnet-base && python tools/build_abstract_nouns.py /usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parent.parent / "bot" / "abstract_nouns.py"
# WordNet's lexicographer files, by their number in the synsets' second field (lexnames).
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition "
    "noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object "
    "noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape "
    "noun.state noun.substance noun.time"
).split()
ABSTRACT = frozenset(
    "noun.communication noun.cognition noun.possession noun.attribute noun.state noun.feeling noun.relation noun.motive".split()
)
# Who and where may be attacked, whatever a word's first senses.
PEOPLE_AND_PLACES = frozenset({"noun.person", "noun.group", "noun.location"})
MIN_ZIPF = 2.5
HEADER = '''"""English nouns whose usual senses are things of words, the mind, money or a state ("bill",
"report", "budget", "reserve", "tradition"): what a word of violence acting on them is a figure of
speech. Built from WordNet 3.0 (Princeton University, the WordNet licence) by
tools/build_abstract_nouns.py, which says how they are chosen. Data as a module: loaded at import,
read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

ABSTRACT_NOUNS = frozenset(
    """
'''


def lexnames_by_offset(data_noun: Path) -> dict[str, str]:
    out = {}
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top
        offset, lexfile = line.split(" ", 2)[:2]
        out[offset] = LEXNAMES[int(lexfile)]
    return out


def abstract(senses: list[str]) -> bool:
    return all(s in ABSTRACT for s in senses[:2]) and not any(s in PEOPLE_AND_PLACES for s in senses[2:3])


def main(folder: str) -> None:
    root = Path(folder)
    lexname = lexnames_by_offset(root / "data.noun")
    kept = []
    for line in (root / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, count = fields[0], int(fields[2])
        if not lemma.replace("-", "").isalpha() or not lemma.islower():
            continue
        senses = [lexname[offset] for offset in fields[-count:]]
        if abstract(senses) and zipf_frequency(lemma, "en") >= MIN_ZIPF:
            kept.append(lemma)
    lines, line = [], ""
    for word in sorted(kept):
        if len(line) + len(word) + 1 > 100:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    lines.append(line)
    OUT.write_text(HEADER + "\n".join(lines) + '\n    """.split()\n)\n', encoding="utf-8")
    print(f"{len(kept)} nouns written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
