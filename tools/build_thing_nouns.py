"""Build `bot/thing_nouns.py`: common English nouns that are never someone, nor a body of people,
nor an animal ("delays", "budget", "strike", "fuel", "bureaucracy" is a body of people and is left
out): what holds people "hostage" by such a noun is a figure of speech ("passengers held hostage by
delays"), where gunmen, a gang or kidnappers hold real ones.

Source: WordNet 3.0's noun index and synsets (Princeton University, the WordNet licence), as
Debian's `wordnet-base` installs them in /usr/share/wordnet. A noun is kept when none of its senses
lies in WordNet's lexicographer files of people, groups or animals (noun.person, noun.group,
noun.animal), nor of time (noun.time: "by their captors yesterday" ends its phrase on a time, not
its agent), nor among the top heads (noun.Tops: person, someone, group, being, entity, animal,
which stand for anyone: "by unknown persons", "by a group"), none is a rebellion (noun.act, but
people fighting: "by the Islamist insurgency", "uprising"), none is an instance (a named person or
place), it is not a head news uses for people that WordNet files otherwise (`PEOPLE_HEADS`:
"criminal elements"), and wordfreq knows it at a Zipf
frequency of 3 or more (a common word: a rare one may be a name or a newer word for someone, and
"when unsure, alert"). Single words of three letters or more. Run by hand when WordNet changes:

    apt-get install wordnet-base && python -m tools.build_thing_nouns /usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.wordnet import Index, Synsets, common_nouns, write_word_module

OUT = Path(__file__).resolve().parent.parent / "bot" / "thing_nouns.py"
AGENTS = frozenset({"noun.person", "noun.group", "noun.animal", "noun.time", "noun.Tops"})
# The synsets of people fighting, by a word of theirs: every noun with a sense below one of them.
FIGHTING = frozenset({"rebellion", "insurrection"})
# Heads news uses for people, which WordNet gives no sense of someone: "criminal elements".
PEOPLE_HEADS = frozenset({"element"})
MIN_ZIPF = 3.0
MIN_LETTERS = 3
HEADER = '''"""Common English nouns that are never someone, a body of people, an animal, a time nor a
rebellion ("delay", "budget", "strike", "fuel"): what holds people "hostage" by such a noun is a
figure of speech.
Built from WordNet 3.0 (Princeton University, the WordNet licence) by tools/build_thing_nouns.py,
which says how they are chosen. Data as a module: loaded at import, read-only, so the pure
matcher may ask it.
"""

from __future__ import annotations

THING_NOUNS = frozenset(
    """
'''


def _a_thing(lemma: str, offsets: list[str], index: Index, synsets: Synsets) -> bool:
    """Whether no sense of `lemma` is someone's, a group's, an animal's, a time's or a rebellion's."""
    singular = lemma[:-1] if lemma.endswith("s") else lemma
    if lemma in PEOPLE_HEADS or singular in PEOPLE_HEADS:
        return False  # "criminal elements", whose plural WordNet lists as the weather
    if any(synsets.lexname[o] in AGENTS or o in synsets.instances for o in offsets):
        return False
    if singular != lemma and any(synsets.lexname[o] in AGENTS for o in index.get(singular, ())):
        return False  # a plural WordNet lists apart ("elements", "forces") of a noun of people
    return not any(FIGHTING & synsets.words[a] for o in offsets for a in synsets.ancestors(o))


def main(wordnet: Path) -> None:
    kept, _, _ = common_nouns(wordnet, _a_thing, MIN_LETTERS, MIN_ZIPF)
    write_word_module(OUT, HEADER, kept)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"))
