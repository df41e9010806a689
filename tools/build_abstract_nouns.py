"""Build `bot/abstract_nouns.py`: English nouns whose usual senses are things of words, the mind,
money or a state ("bill", "report", "plan", "budget", "costs", "reserves", "tradition"), never
a person, a group, a place or an object. What a word of violence does to such a noun is a figure
of speech ("lawmakers killed the tramway bill", "the central bank's raid on reserves").

Source: WordNet 3.0's noun index and synsets (Princeton University, the WordNet licence), as
Debian's `wordnet-base` installs them in /usr/share/wordnet. WordNet lists a word's senses most
frequent first, each under its lexicographer file (noun.communication, noun.person...). A noun
is kept when its first two senses (its only one, if it has one) are all of the abstract files
below, its third is no person, group, place or artifact, and its other number ("premises" of
"premise", "judge" of "judges") names none in its first three senses ("capital": money first, then a seat of
government, is not kept; nor "presence", whose second sense is a place; "plan", whose third is a
drawing, is). Acts and events are not abstract here (an
attack on a rally, a wedding or a market is real), nor is any noun one of whose first three senses
is an event people attend (WordNet's social_event: a concert, a recital, a show), nor times and quantities ("killed on Monday",
"killed two"). Only words wordfreq knows at a Zipf frequency of 2.5 or more, single words of
letters (a hyphen allowed). Run by hand when WordNet changes:

    apt-get install wordnet-base && python -m tools.build_abstract_nouns /usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import zipf_frequency

from tools.wordnet import Synsets, read_synsets, write_word_module

OUT = Path(__file__).resolve().parent.parent / "bot" / "abstract_nouns.py"
ABSTRACT = frozenset(
    "noun.communication noun.cognition noun.possession noun.attribute noun.state noun.feeling noun.relation noun.motive".split()
)
# Who and where may be attacked, whatever a word's first senses.
PEOPLE_AND_PLACES = frozenset({"noun.person", "noun.group", "noun.location"})
# ... and what may be struck, in a word's three usual senses ("homestead", "memorial", "press").
CONCRETE = PEOPLE_AND_PLACES | {"noun.artifact"}
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


def attended(offset: str, synsets: Synsets) -> bool:
    """Whether a synset is an event people attend (`GATHERINGS` among its hypernyms)."""
    return not GATHERINGS.isdisjoint(synsets.ancestors(offset))


def abstract(senses: list[str]) -> bool:
    return all(s in ABSTRACT for s in senses[:2]) and not any(s in CONCRETE for s in senses[2:3])


def forms(lemma: str) -> list[str]:
    """The lemma's other number as the matcher reads it ("premise" for "premises", and back)."""
    if lemma.endswith("s"):
        return [lemma[:-1], lemma[:-2]] if lemma.endswith("es") else [lemma[:-1]]
    return [lemma + "s", lemma + "es"]


def main(folder: str) -> None:
    root = Path(folder)
    synsets = read_synsets(root / "data.noun")
    lexname = synsets.lexname
    kept = []
    lines = [line for line in (root / "index.noun").read_text(encoding="latin-1").splitlines() if not line.startswith("  ")]
    # A noun whose other number names someone or something to strike is no figure's object:
    # "premises" (a place) for "premise", "judge" (a person) for "judges".
    struck = set()
    for line in lines:
        fields = line.split()
        if any(lexname[offset] in CONCRETE for offset in fields[-int(fields[2]) :][:3]):
            struck.add(fields[0])
    for line in lines:
        fields = line.split()
        lemma, count = fields[0], int(fields[2])
        if any(form in struck for form in forms(lemma)):
            continue
        if not lemma.replace("-", "").isalpha() or not lemma.islower():
            continue
        offsets = fields[-count:]
        senses = [lexname[offset] for offset in offsets]
        if any(attended(offset, synsets) for offset in offsets[:3]):
            continue  # "gunmen attack a concert": people are there
        if abstract(senses) and zipf_frequency(lemma, "en") >= MIN_ZIPF:
            kept.append(lemma)
    write_word_module(OUT, HEADER, kept)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
