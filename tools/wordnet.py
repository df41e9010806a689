"""Reading WordNet 3.0's files (Princeton University, the WordNet licence), as Debian's
`wordnet-base` installs them in /usr/share/wordnet, and writing a word list as a data module of
the bot: what `tools/build_abstract_nouns.py` and `tools/build_person_nouns.py` share."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from wordfreq import zipf_frequency

# WordNet's lexicographer files, by their number in the synsets' second field (lexnames).
LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition "
    "noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object "
    "noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape "
    "noun.state noun.substance noun.time"
).split()


@dataclass(frozen=True)
class Synsets:
    """The noun synsets, by offset: lexicographer file, hypernyms (instance hypernyms too) and
    words as WordNet writes them (a person's own name capitalised: "Leo"; the index folds it),
    and the synsets that are instances (one named person, place or thing: "cummings", the poet)."""

    lexname: dict[str, str]
    hypernyms: dict[str, list[str]]
    words: dict[str, set[str]]
    instances: frozenset[str]

    def ancestors(self, offset: str) -> set[str]:
        """The synset and every synset above it."""
        seen, stack = set(), [offset]
        while stack:
            here = stack.pop()
            if here not in seen:
                seen.add(here)
                stack.extend(self.hypernyms.get(here, ()))
        return seen


def read_synsets(data_noun: Path) -> Synsets:
    lexname, hypernyms, words, instances = {}, {}, {}, set()
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top
        fields = line.split(" | ", 1)[0].split()
        offset, lexfile, count = fields[0], fields[1], int(fields[3], 16)
        at = 4 + 2 * count
        pointers = fields[at + 1 : at + 1 + 4 * int(fields[at])]
        lexname[offset] = LEXNAMES[int(lexfile)]
        hypernyms[offset] = [pointers[i + 1] for i in range(0, len(pointers), 4) if pointers[i] in ("@", "@i")]
        words[offset] = {fields[4 + 2 * k] for k in range(count)}
        if "@i" in pointers[::4]:
            instances.add(offset)
    return Synsets(lexname, hypernyms, words, frozenset(instances))


Index = dict[str, list[str]]  # a lemma's synsets' offsets, most frequent sense first


def read_index(index: Path) -> Index:
    """Each lemma of a WordNet index file with its synsets' offsets, most frequent sense first."""
    out = {}
    for line in index.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the top
        fields = line.split()
        out[fields[0]] = fields[-int(fields[2]) :]
    return out


def word_lines(words: Iterable[str]) -> str:
    """The sorted words, lines of 100 characters at most, closing the frozenset of a string that
    the text before them opens."""
    lines, line = [], ""
    for word in sorted(words):
        if len(line) + len(word) + 1 > 100:
            lines.append(line)
            line = ""
        line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines) + '\n    """.split()\n)\n'


def write_word_module(out: Path, header: str, words: list[str]) -> None:
    """Write the sorted words under `header` (which opens a frozenset of a string) and close the set."""
    out.write_text(header + word_lines(words), encoding="utf-8")
    print(f"{len(words)} nouns written to {out}")


def common_nouns(
    wordnet: Path, keep: Callable[[str, list[str], Index, Synsets], bool], min_letters: int, min_zipf: float
) -> tuple[list[str], Index, Synsets]:
    """The single-word nouns of WordNet's index (letters only, `min_letters` or more) that `keep`
    takes (the lemma, its synsets' offsets most frequent first, the index, the synsets) and wordfreq knows
    at a Zipf frequency of `min_zipf` or more (a common word); with the index and the synsets."""
    index = read_index(wordnet / "index.noun")
    synsets = read_synsets(wordnet / "data.noun")
    kept = [
        lemma
        for lemma, offsets in index.items()
        if "_" not in lemma
        and lemma.isalpha()
        and len(lemma) >= min_letters
        and keep(lemma, offsets, index, synsets)
        and zipf_frequency(lemma, "en") >= min_zipf
    ]
    return kept, index, synsets


def tagged_senses(index: Path) -> dict[str, int]:
    """How many of each lemma's senses, the first ones, WordNet's tagged texts use at all (the
    index's tagsense_cnt): a sense past them is too rare to know ("obi", a cult)."""
    out = {}
    for line in index.read_text(encoding="latin-1").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            out[fields[0]] = int(fields[-int(fields[2]) - 1])
    return out
