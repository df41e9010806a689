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
attack on a rally, a wedding or a market is real), nor is any noun one of whose first three senses
is an event people attend (WordNet's social_event: a concert, a recital, a show), nor times and quantities ("killed on Monday",
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


# Events people attend, whatever file WordNet puts them in: a concert or a recital is
# communication first, yet an attack on one is real. WordNet's performance (06891493) and the
# other social events but shows (07447261, 07456188): a programme or a film is not attended.
GATHERINGS = frozenset({"06891493", "07447261", "07456188"})


def synsets(data_noun: Path) -> tuple[dict[str, str], dict[str, list[str]]]:
    """Each noun synset's lexicographer file and its hypernyms, by offset."""
    lexname, hypernyms = {}, {}
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top
        fields = line.split(" | ", 1)[0].split()
        offset, lexfile, words = fields[0], fields[1], int(fields[3], 16)
        at = 4 + 2 * words
        pointers = fields[at + 1 : at + 1 + 4 * int(fields[at])]
        lexname[offset] = LEXNAMES[int(lexfile)]
        hypernyms[offset] = [pointers[i + 1] for i in range(0, len(pointers), 4) if pointers[i] in ("@", "@i")]
    return lexname, hypernyms


def attended(offset: str, hypernyms: dict[str, list[str]]) -> bool:
    """Whether a synset is an event people attend (`GATHERINGS` among its hypernyms)."""
    seen, stack = set(), [offset]
    while stack:
        here = stack.pop()
        if here in GATHERINGS:
            return True
        if here not in seen:
            seen.add(here)
            stack.extend(hypernyms.get(here, ()))
    return False


def abstract(senses: list[str]) -> bool:
    return all(s in ABSTRACT for s in senses[:2]) and not any(s in PEOPLE_AND_PLACES for s in senses[2:3])


def main(folder: str) -> None:
    root = Path(folder)
    lexname, hypernyms = synsets(root / "data.noun")
    kept = []
    for line in (root / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        lemma, count = fields[0], int(fields[2])
        if not lemma.replace("-", "").isalpha() or not lemma.islower():
            continue
        offsets = fields[-count:]
        senses = [lexname[offset] for offset in offsets]
        if any(attended(offset, hypernyms) for offset in offsets[:3]):
            continue  # "gunmen attack a concert": people are there
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
