"""Build `bot/disease_nouns.py`: English nouns whose usual sense is a disease or an ill of the
body ("malaria", "measles", "cholera", "meningitis", "snakebite", "heatstroke"). A disease that
kills, or that a campaign fights, is no attacker ("Malaria kills children", "the fight against
meningitis"): `bot.keywords` reads a killing or a fight whose subject or object is one of them in
its medical sense.

Source: WordNet 3.0's noun index and synsets (Princeton University, the WordNet licence), as
Debian's `wordnet-base` installs them in /usr/share/wordnet. A noun is kept when its most frequent
sense (WordNet lists a word's senses most frequent first) lies under ill health (14052046: illness,
disease, infection, poisoning) and not under injury (14285662), bites (14287408: a snakebite, a sting) aside, and is in
noun.state: not "attack" nor "stroke" nor "fit", whose first senses are acts and events. Not
injuries ("wounds", "bleeding", "trauma"): those an attack leaves kill too. Only words wordfreq
knows at a Zipf frequency of 1.5 or more (a disease's name is rarer than a common noun), single
words of four letters or more (a hyphen allowed): not the abbreviations ("ms", "le", "ed", "mi")
that are words of other languages. Not a noun whose everyday sense is another: one WordNet also
lists as a verb, an adjective or an adverb, as written or as an inflection of one ("cold",
"endemic", "collapse", "plague", "bite", "boil", "sore", "wasting", "creeps"), nor one with a
person's sense ("pest": an annoying person), whose subject may be people. Run by hand when WordNet
changes:

    apt-get install wordnet-base && python -m tools.build_disease_nouns /usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import zipf_frequency

from tools.wordnet import read_index, read_synsets, write_word_module

OUT = Path(__file__).resolve().parent.parent / "bot" / "disease_nouns.py"
# WordNet's ill health (illness, disease, infection) and bites (a snakebite, a sting).
ILL_HEALTH, INJURY, BITE = "14052046", "14285662", "14287408"
MIN_LETTERS = 4
MIN_ZIPF = 1.5
HEADER = '''"""English nouns whose usual sense is a disease or an ill of the body ("malaria", "measles",
"cholera", "meningitis", "snakebite"): a killing or a fight whose subject or object is one of them
is medicine's, not an attack. Built from WordNet 3.0 (Princeton University, the WordNet licence) by
tools/build_disease_nouns.py, which says how they are chosen. Data as a module: loaded at import,
read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

DISEASE_NOUNS = frozenset(
    """
'''


def bases(lemma: str) -> set[str]:
    """The lemma and the bases it may inflect ("creeps" -> "creep", "wasting" -> "waste")."""
    out = {lemma}
    for ending, base in (("s", ""), ("es", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e")):
        if lemma.endswith(ending):
            out.add(lemma[: -len(ending)] + base)
    return out


def main(folder: str) -> None:
    root = Path(folder)
    synsets = read_synsets(root / "data.noun")
    other_parts = set().union(*(read_index(root / f"index.{pos}") for pos in ("verb", "adj", "adv")))
    kept = []
    for lemma, offsets in read_index(root / "index.noun").items():
        if not lemma.replace("-", "").isalpha() or not lemma.islower() or len(lemma) < MIN_LETTERS:
            continue
        first = offsets[0]
        above = synsets.ancestors(first)
        if synsets.lexname[first] != "noun.state" or ILL_HEALTH not in above or (INJURY in above and BITE not in above):
            continue
        if bases(lemma) & other_parts or any(synsets.lexname[o] == "noun.person" for o in offsets):
            continue  # "cold", "collapse", "plague"; "pest", a person
        if zipf_frequency(lemma, "en") >= MIN_ZIPF:
            kept.append(lemma)
    write_word_module(OUT, HEADER, kept)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
