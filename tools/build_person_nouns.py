"""Build `bot/person_nouns.py`: English nouns for agents and roles that say where someone is from
("sheikh", "sergeant", "imam", "trader", "governor", "resident"). A town's name after "<such a
noun> from", or right before it ("a Gao imam"), is that person's home ("a tribal sheikh from Hit
shot dead in Baghdad"); a capitalised name after such a noun in lower case is the person's
("gang leader Ramu", "baseball pitcher Ángel Celaya"): the hand lists of the matcher (`_PEOPLE`,
`HONORIFICS`) name the trades the news names most, and miss the rest.

Source: WordNet 3.0's noun, verb and adjective indexes, noun synsets and sense tag counts
(Princeton University, the WordNet licence), as Debian's `wordnet-base` installs them in
/usr/share/wordnet. A noun is kept when its first sense (WordNet lists a word's senses most
frequent first) is a person of one of the `ROLES` below (occupations, offices, clergy, military
and civil ranks, rulers, residents and natives, outlaws) and of none of the `UNDERGONE` (the people
an attack happens to: a victim, a hostage, a survivor, a bystander, a shopper, a passenger, an
inmate: "Gao bystanders killed" tells the scene, not a home); when the tagged corpus of WordNet
reads its person senses more often than its senses of things struck or named ("carrier",
"lookout", "trailer", "tiger": an artifact, a place, an animal, a food; a word with such a sense
and no tag is dropped); when it is no verb and no adjective of WordNet (a headline's verb stands
before a name as a trade would: "troops guard Kidal"); and when wordfreq knows it (or its plural: "tribesmen") in English at a
Zipf frequency of 2.5 or more and not much more often (half a Zipf point) in French, Portuguese or
Spanish ("son", "mayor"). Words of letters (a hyphen allowed), four or more, that the synset of
the first sense writes in lower case and that is no instance (not one person's own name, "Leo",
the poet "cummings"). Run by hand
when WordNet changes:

    apt-get install wordnet-base && python -m tools.build_person_nouns /usr/share/wordnet
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from wordfreq import zipf_frequency

from tools.wordnet import Synsets, read_index, read_synsets, write_word_module

OUT = Path(__file__).resolve().parent.parent / "bot" / "person_nouns.py"
MIN_ZIPF = 2.5
MIN_LETTERS = 4  # "pa", "rep", "doc", "pol": a shorter word is as often an abbreviation or another language's
OTHER_LANGUAGES = ("fr", "pt", "es")
OTHER_MARGIN = 0.5  # Zipf: "imam", "emir" are as frequent in French; "son", "mayor" are French and Spanish words
# Agents and roles that say where someone is from, by the lemma and sense number of the synset
# under which WordNet files them.
ROLES = (
    ("worker", 1),  # soldier, sergeant, labourer, guard
    ("professional", 1),  # teacher, lawyer, doctor
    ("leader", 1),  # chief, commissioner, governor, imam, mayor
    ("ruler", 1),  # sheikh, emir, sultan
    ("religious_person", 1),  # cleric, monk, jihadist
    ("official", 1),  # functionary, councillor
    ("serviceman", 1),  # soldier, marine, airman
    ("denizen", 1),  # resident, villager
    ("native", 2),  # "a Gao native"
    ("merchant", 1),  # trader, shopkeeper
    ("creator", 2),  # farmer, artist
    ("communicator", 1),  # journalist, reporter
    ("important_person", 1),  # kingpin, dignitary
    ("athlete", 1),  # pitcher, footballer
    ("offender", 1),  # smuggler, kidnapper, gunman
    ("member", 1),  # tribesman, clansman, councillor: a group's member, named with its home
)
# The people an attack happens to, whose noun next to a town tells its scene, not their home.
UNDERGONE = (
    ("unfortunate", 1),  # victim, casualty, hostage, detainee, survivor
    ("captive", 1),  # prisoner
    ("traveler", 1),  # passenger, tourist, visitor, pilgrim
    ("consumer", 1),  # shopper, diner, customer
    ("spectator", 1),
    ("beholder", 1),  # bystander, witness
    ("inmate", 1),
    ("inmate", 2),
    ("inmate", 3),
)
PERSON = "18"  # noun.person's number, in a sense key ("pitcher%1:18:00::")
# Lexicographer files of things an attack strikes or a place names: artifact, animal, food,
# location, object, plant ("Kano trailer park", "Kidal lookout post", "Kano watchdog office").
THINGS = frozenset({"05", "06", "13", "15", "17", "20"})


def plural(lemma: str) -> str:
    """The English plural the press writes of a person noun ("tribesmen", "clansmen", "elders"):
    people named with their home come in groups more often than alone, so a noun counts by its
    more frequent number ("tribesman" is rarer than "tribesmen" in wordfreq)."""
    if lemma.endswith("man"):
        return lemma[:-3] + "men"
    if lemma.endswith(("s", "x", "ch", "sh")):
        return lemma + "es"
    return lemma + "s"


def synset_of(index: dict[str, list[str]], lemma: str, sense: int) -> str:
    return index[lemma][sense - 1]


def tag_counts(cntlist: Path) -> tuple[Counter[str], Counter[str]]:
    """How often the tagged corpus of WordNet reads each noun as a person and as a thing."""
    person, thing = Counter[str](), Counter[str]()
    for line in cntlist.read_text(encoding="latin-1").splitlines():
        key, _, count = line.split()
        lemma, _, rest = key.partition("%")
        part, lexfile = rest.split(":")[:2]
        if part == "1" and lexfile == PERSON:
            person[lemma] += int(count)
        elif part == "1" and lexfile in THINGS:
            thing[lemma] += int(count)
    return person, thing


def thing_senses(offsets: list[str], synsets: Synsets) -> bool:
    files = {f"noun.{name}" for name in ("artifact", "animal", "food", "location", "object", "plant")}
    return any(synsets.lexname[offset] in files for offset in offsets)


def main(folder: str) -> None:
    root = Path(folder)
    synsets = read_synsets(root / "data.noun")
    index = read_index(root / "index.noun")
    roles = {synset_of(index, lemma, sense) for lemma, sense in ROLES}
    undergone = {synset_of(index, lemma, sense) for lemma, sense in UNDERGONE}
    others = set(read_index(root / "index.verb")) | set(read_index(root / "index.adj"))
    person_tags, thing_tags = tag_counts(root / "cntlist.rev")

    def kept(lemma: str, offsets: list[str]) -> bool:
        if not lemma.replace("-", "").isalpha() or len(lemma) < MIN_LETTERS or lemma in others:
            return False
        first = offsets[0]
        if synsets.lexname[first] != "noun.person" or lemma not in synsets.words[first] or first in synsets.instances:
            return False  # not a person first, or one person's own name ("Leo", "cummings")
        above = synsets.ancestors(first)
        if above.isdisjoint(roles) or not above.isdisjoint(undergone):
            return False
        if thing_senses(offsets, synsets) and person_tags[lemma] <= thing_tags[lemma]:
            return False  # "carrier", "lookout", "tiger"
        english = max(zipf_frequency(lemma, "en"), zipf_frequency(plural(lemma), "en"))
        return english >= MIN_ZIPF and all(zipf_frequency(lemma, lang) <= english + OTHER_MARGIN for lang in OTHER_LANGUAGES)

    header = HEADER
    write_word_module(OUT, header, [lemma for lemma, offsets in index.items() if kept(lemma, offsets)])


HEADER = '''"""English nouns for agents and roles that say where someone is from ("sheikh", "sergeant",
"trader", "resident"): a town's name after "<noun> from" or right before the noun is that person's
home, a capitalised name after the noun in lower case is the person's. Built from WordNet 3.0
(Princeton University, the WordNet licence) by tools/build_person_nouns.py, which says how they
are chosen. Data as a module: loaded at import, read-only, so the pure matcher may ask it.
"""

from __future__ import annotations

PERSON_NOUNS = frozenset(
    """
'''


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
