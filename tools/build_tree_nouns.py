"""Build `bot/tree_nouns.py`: English nouns whose usual sense is a tree, a shrub or another woody
plant ("baobab", "acacia", "cedar", "mango"). French "abattu" fells trees as it
shoots people ("un baobab centenaire abattu", "des acacias abattus"): a tree felled is no killing.
Many trees keep their name in French, Portuguese and Spanish (the baobab, the acacia, the
eucalyptus, the neem), so the English names tell the sense in the other languages too.

Source: WordNet 3.0's noun index and synsets (Princeton University, the WordNet licence), as
Debian's `wordnet-base` installs them in /usr/share/wordnet. A noun is kept when its most frequent
sense (WordNet lists a word's senses most frequent first) is in noun.plant and lies under woody
plant (13103136: trees, shrubs, vines); words of four letters or more (a hyphen allowed) that
wordfreq knows at a Zipf frequency of 1.5 or more in English, and at most 3 in French: a word that
French writes more often names something else there, a colour, a drink, a drug, a dance, a plant's
fruit ("rose", "kaki", "coco", "cacao", "cannabis", "samba", "bush"). Run by hand when WordNet
changes:

    apt-get install wordnet-base && python -m tools.build_tree_nouns /usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import zipf_frequency

from tools.wordnet import read_index, read_synsets, write_word_module

OUT = Path(__file__).resolve().parent.parent / "bot" / "tree_nouns.py"
WOODY_PLANT = "13103136"
MIN_ZIPF = 1.5
MAX_FRENCH_ZIPF = 3.0
MIN_LETTERS = 4
HEADER = '''"""English nouns whose usual sense is a tree, a shrub or another woody plant ("baobab",
"acacia", "eucalyptus"): what French "abattu" fells when it kills no one. Built from WordNet 3.0
(Princeton University, the WordNet licence) by tools/build_tree_nouns.py, which says how they are
chosen. Data as a module: loaded at import, read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

TREE_NOUNS = frozenset(
    """
'''


def main(folder: str) -> None:
    root = Path(folder)
    synsets = read_synsets(root / "data.noun")
    kept = []
    for lemma, offsets in read_index(root / "index.noun").items():
        if not lemma.replace("-", "").isalpha() or not lemma.islower() or len(lemma) < MIN_LETTERS:
            continue
        first = offsets[0]
        if synsets.lexname[first] != "noun.plant" or WOODY_PLANT not in synsets.ancestors(first):
            continue
        if zipf_frequency(lemma, "en") >= MIN_ZIPF and zipf_frequency(lemma, "fr") <= MAX_FRENCH_ZIPF:
            kept.append(lemma)
    write_word_module(OUT, HEADER, kept)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
