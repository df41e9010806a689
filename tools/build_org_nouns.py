"""Build `bot/org_nouns.py`: common English nouns of organisations ("insurer", "militia",
"publisher", "league", "newspaper"), the head nouns whose name, written right after them, is an
organisation's and not a place ("the insurer Porto Seguro", "the militia Liwa al-Quds"), though
the organisation is named after a town (`bot/falsefriends.py` adds the nouns of companies, media
and events WordNet files as things, and their French, Portuguese and Spanish equivalents).

Source: WordNet 3.0's noun index and synsets (Princeton University, the WordNet licence), as
Debian's `wordnet-base` installs them in /usr/share/wordnet. A noun is kept when one of its two most
frequent senses lies below WordNet's organisation (organization.n.01: a company, an institution, a party, a
club, a band, a publisher, a network) in WordNet's lexicographer file of groups (noun.group), is no
unit of territory or of people at large (a state, a nation, a town's people, a community: the
place's own), nor a noun `NOT_HEADS` says never heads another body's name, is written in lower
case by WordNet (not an acronym: "GAO" is also a town), and wordfreq knows it at a Zipf
frequency of 3 or more (a common word). Single words of three letters or more. Run by hand when WordNet changes:

    apt-get install wordnet-base && python -m tools.build_org_nouns /usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordfreq import zipf_frequency

from tools.wordnet import Synsets, read_index, read_synsets, write_word_module

OUT = Path(__file__).resolve().parent.parent / "bot" / "org_nouns.py"
# The synsets an organisation lies below, by (lemma, sense number) in WordNet's index.
ROOTS = (("organization", 1),)
# Below organisation in WordNet, but the place's own body, a territory or its people: what is
# named by the place ("the state Borno", "the government", "the police") is the place's own.
PLACE_OWN = frozenset({("polity", 1), ("government", 1), ("force", 4), ("police", 1), ("administration", 1)})
# Below organisation in WordNet, but never the head of another body's name in apposition: a
# country or a nation ("the country Niger" is the place), kin, sides of a war, a faith, a part of
# a body ("branch", "division", "department": a bank's branch stands in its town), a body of
# troops on the ground ("patrol", "infantry"), and senses of slang ("majors", "strings", "tech").
NOT_HEADS = frozenset(
    "country nation family household allies ally enemy branch division department mission buddhism hinduism "
    "judaism zen shia scientology mormons soviet reich superpower alignment bastion vanguard underground exec cadre "
    "frat majors minors strings combo indie tech processor utility hollywood bollywood patrol infantry troop "
    "battery reserves corrections marshals highschool gymnasium armour armor artillery cavalry personnel picket "
    # numbers of a team, the house of a family, the office of a post, sides of a game, an organ
    "five nine eleven side van house office command intelligence offence defence territorial powerhouse raider "
    "religion voodoo jury treasury hierarchy organ tribe dealer duet duo quartet relay giro combine establishment "
    "expedition hospital embassy".split()
)
MIN_ZIPF = 3.0
# Its two most frequent senses: "bank", "newspaper", "magazine" are first the thing, then the firm.
SENSES = 2
MIN_LETTERS = 3
HEADER = '''"""Common English nouns of organisations ("insurer", "newspaper", "militia", "league"): a
capitalised name written right after one is the organisation's, though named after a town ("the
insurer Porto Seguro", "the militia Liwa al-Quds").
Built from WordNet 3.0 (Princeton University, the WordNet licence) by tools/build_org_nouns.py,
which says how they are chosen. Data as a module: loaded at import, read-only, so the pure
matcher may ask it.
"""

from __future__ import annotations

ORG_NOUNS = frozenset(
    """
'''


def _an_organisation(synsets: Synsets, offset: str, lemma: str, roots: set[str], own: set[str]) -> bool:
    """Whether the sense `offset` of `lemma` is an organisation's, written in lower case (not an
    acronym: "GAO" is also a town) and none of the place's own bodies."""
    if lemma not in synsets.words[offset] or synsets.lexname[offset] != "noun.group" or offset in synsets.instances:
        return False
    above = synsets.ancestors(offset)
    return bool(above & roots) and not (above & own)


def main(wordnet: Path) -> None:
    index = read_index(wordnet / "index.noun")
    synsets = read_synsets(wordnet / "data.noun")
    roots = {index[lemma][sense - 1] for lemma, sense in ROOTS}
    own = {index[lemma][sense - 1] for lemma, sense in PLACE_OWN}
    kept = []
    for lemma, offsets in index.items():
        if "_" in lemma or not lemma.isalpha() or len(lemma) < MIN_LETTERS or lemma in NOT_HEADS:
            continue
        if not any(_an_organisation(synsets, offset, lemma, roots, own) for offset in offsets[:SENSES]):
            continue
        if zipf_frequency(lemma, "en") < MIN_ZIPF:
            continue
        kept.append(lemma)
    write_word_module(OUT, HEADER, kept)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"))
