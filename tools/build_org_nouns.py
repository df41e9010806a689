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
frequency of 3 or more (a common word). Single words of three letters or more. Of a noun of
several senses, only those WordNet's tagged texts use count ("obi" is first a cult in WordNet, but
no text uses it so). To them it adds `MORE_HEADS`, the nouns of companies, media and events WordNet
files as things. It writes apart those WordNet lists as adjectives too (`ALSO_ADJECTIVES`: "daily",
"weekly", which qualify a town's market in "the weekly Kobo market") and those of a unit of an
armed force (`UNIT_NOUNS`, below military_unit: "brigade", posted in its town). Run by hand when
WordNet changes:

    apt-get install wordnet-base && python -m tools.build_org_nouns /usr/share/wordnet
"""

from __future__ import annotations

import sys
from pathlib import Path

from tools.wordnet import Index, Synsets, common_nouns, read_index, tagged_senses, word_lines

OUT = Path(__file__).resolve().parent.parent / "bot" / "org_nouns.py"
# The synsets an organisation lies below, by (lemma, sense number) in WordNet's index.
ROOTS = (("organization", 1),)
# A unit of an armed force ("brigade", "battalion", "squadron"): named after its town, it is
# posted there ("la Brigade de Djibo"), its barracks a site of the town.
UNIT_ROOTS = (("military_unit", 1),)
# The heads of companies, media and events WordNet files as things, not organisations.
MORE_HEADS = frozenset(
    "magazine maker carmaker automaker channel network broadcaster operator airline carrier daily weekly tabloid "
    "retailer startup group brand label fair expo".split()
)
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
ADJECTIVES_HEADER = '''# Those WordNet lists as adjectives too ("daily", "weekly", "fair"): before a name, they may
# qualify what it names ("the weekly Kobo market"), not head an organisation in apposition.
ALSO_ADJECTIVES = frozenset(
    """
'''
UNITS_HEADER = '''# Those of a unit of an armed force (below WordNet's military unit: "brigade", "battalion"),
# posted in the town it is named after.
UNIT_NOUNS = frozenset(
    """
'''


def _an_organisation(synsets: Synsets, offset: str, lemma: str, roots: set[str], own: set[str]) -> bool:
    """Whether the sense `offset` of `lemma` is an organisation's, written in lower case (not an
    acronym: "GAO" is also a town) and none of the place's own bodies."""
    if lemma not in synsets.words[offset] or synsets.lexname[offset] != "noun.group" or offset in synsets.instances:
        return False
    above = synsets.ancestors(offset)
    return bool(above & roots) and not (above & own)


def _senses(index: Index, tagged: dict[str, int], lemma: str) -> list[str]:
    """The senses of `lemma` frequent enough to read it by: its first `SENSES`, and of a noun of
    several senses only those WordNet's tagged texts use ("obi" is first a cult, but no text
    uses it so: a name, a sash)."""
    offsets = index[lemma][:SENSES]
    return offsets if len(index[lemma]) == 1 else offsets[: tagged.get(lemma, 0)]


def main(wordnet: Path) -> None:
    tagged = tagged_senses(wordnet / "index.noun")
    index = read_index(wordnet / "index.noun")
    adjectives = set(read_index(wordnet / "index.adj"))
    roots = {index[lemma][sense - 1] for lemma, sense in ROOTS}
    units = {index[lemma][sense - 1] for lemma, sense in UNIT_ROOTS}
    own = {index[lemma][sense - 1] for lemma, sense in PLACE_OWN}

    def organisation(lemma: str, offsets: list[str], index: Index, synsets: Synsets) -> bool:
        senses = _senses(index, tagged, lemma)
        return lemma not in NOT_HEADS and any(_an_organisation(synsets, offset, lemma, roots, own) for offset in senses)

    kept, _, synsets = common_nouns(wordnet, organisation, MIN_LETTERS, MIN_ZIPF)
    heads = set(kept) | MORE_HEADS
    unit_nouns = [lemma for lemma in kept if any(units & synsets.ancestors(offset) for offset in _senses(index, tagged, lemma))]
    text = HEADER + word_lines(heads) + ADJECTIVES_HEADER + word_lines(heads & adjectives) + UNITS_HEADER + word_lines(unit_nouns)
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(heads)} nouns written to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"))
