"""One incident, one alert: which earlier story a newly alerted report belongs to. Pure: no I/O.

An incident is reported by wire services, international outlets and local papers within
hours, reworded, in English and in French. Security staff want one message for it, with the
corroborating sources added, and a second message for a second incident at the same place.
Merging two incidents hides an alert, which is worse than a second message for one incident;
so every rule below is there to keep precision high, and recall comes second.

Two reports are one story when all of these hold:

1. **The same place.** Their primary places agree: a report's primary place is the most
   specific watched location its title names (a site before a city before a country; the
   summary's when the title names none). Different primaries agree only when each report
   names the other's primary. (Letting a country agree with any city in it, "Burkina Faso"
   and "Ouagadougou", merged far more different incidents than it joined on labelled news.)
2. **Close in time**, by publication time (or first sight): within `dedup.window` when the
   texts are near-identical; within `FOLLOW_UP_HOURS` for a headline that says it follows up
   the incident and names its event; within `EVENT_HOURS` otherwise. A report whose primary
   is a country needs resembling texts (`COUNTRY_TEXT`) after `COUNTRY_HOURS`.
3. **The same event.** Either the texts say the same thing (rapidfuzz `token_set_ratio` of
   the folded words of title and summary, at least `SAME_TEXT`): syndicated wire copy,
   rewrites, teasers, follow-ups that repeat the first report's words. Or, within
   `EVENT_HOURS`, their titles lead with the same kind of event (an attack, a blast, a
   kidnapping, a protest...) or their texts share one and resemble each other a little
   (`RELATED_TEXT`). The event words are stemmed in English and French alike, which is what
   lets a French report join an English one: their words differ, their place and event do not.
   Headlines whose leading events differ, one being a curfew, arrests or a protest, are
   different incidents.

A report joins the story whose first report it agrees with, or most of whose recent reports it
agrees with; among several, the one it agrees with best.

Finding candidates costs the same whatever the window holds: reports are filed under each
place they name, by event and by their words, in the order they came;
a new report is compared only with the stories that share its place and its event or some of
its rarest words, newest first and at most `CANDIDATES` of them.
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import cast

from rapidfuzz import fuzz

from .keywords import languages, stem
from .textnorm import Tokens, tokenize

SAME_TEXT = 85.0  # token_set_ratio at or above which two texts report the same thing
RELATED_TEXT = 60.0  # enough likeness for two reports sharing a place and an event word
EVENT_HOURS = 13.0  # the same place and event this close in time: one incident
COUNTRY_HOURS = 6.0  # a country-wide primary: beyond this, the texts must resemble each other
COUNTRY_TEXT = 70.0
CANDIDATES = 24  # stories compared with a new report, at most
POSTINGS = 48  # newest entries read from one index list
RARE_WORDS = 8  # the rarest words of a report used to find stories that share them
MEMBERS = 8  # recent reports of a story (besides the first) a new report is compared with

FOLLOW_UP_HOURS = 48.0  # a report that says it follows up (a toll, a claim, mourning) may come this late

KINDS = ("country", "city", "site")  # from the broadest to the most specific

# Kinds of event, as words in English and French. Casualty words (killed, morts) say what an
# event did, not what it was, so they are not here: "three killed in blast" leads with a blast.
_EVENT_WORDS: dict[str, tuple[str, str]] = {
    "armed": (
        "attack assault raid gunfire gunshot shooting shootout ambush clash fighting firefight storm stormed "
        "overrun overran massacre",
        "attaque attaquer attaqué assaut raid tirs fusillade embuscade affrontement accrochage combats massacre "
        "attentat mitraillé",
    ),
    "blast": (
        "explosion explode exploded blast bomb bombing bomber ied explosive landmine mine",
        "explosion exploser explosif bombe engin mine kamikaze",
    ),
    "kidnap": (
        "kidnap kidnapped kidnapping kidnapper abduct abducted abduction hostage",
        "enlèvement enlever enlevé rapt otage kidnapping kidnappé ravisseur séquestré",
    ),
    "protest": (
        "protest protester demonstration demonstrator march rally riot unrest walkout",
        "manifestation manifester manifestant rassemblement émeute grève mobilisation",
    ),
    "airstrike": ("airstrike drone bombardment", "frappe drone bombardement"),
    "shelling": ("shell shelling mortar rocket", "obus roquette mortier"),
    "restriction": ("curfew ban banned", "couvre interdiction interdire interdit"),
    "arrest": ("arrest arrested detain detained", "arrestation arrêter arrêté interpellé interpellation"),
    "fire": ("ablaze arson blaze torched", "incendie incendier incendié"),
    "robbery": ("robbery robber rob robbed heist", "braquage braqueur cambriolage"),
    "coup": ("coup mutiny putsch", "putsch mutinerie"),
}


def _event_stems() -> dict[str, dict[str, str]]:
    """language -> stem -> kind of event."""
    table: dict[str, dict[str, str]] = {"en": {}, "fr": {}}
    for kind, (english, french) in _EVENT_WORDS.items():
        for language, words in (("en", english), ("fr", french)):
            for word in words.split():
                table[language].setdefault(stem(word, language), kind)
    return table


_EVENTS = _event_stems()


@lru_cache(maxsize=65536)
def _event_of(word: str, language: str) -> str | None:
    return _EVENTS[language].get(stem(word, language))


# Headline words that say a report follows up an incident already reported ("toll rises",
# "claims attack", "national mourning"), and words that say this is another incident ("again",
# "fresh attack", "nouvelle attaque"). Stems, English and French.
_FOLLOW_UP = {
    "en": (
        "toll claim claims claimed mourning funeral funerals tribute inquiry investigation aftermath condemn condemns "
        "rises risen survivors"
    ),
    "fr": "bilan revendique revendication deuil funérailles obsèques hommage enquête condamne alourdit rescapés survivants",
}
_AGAIN = {
    "en": "again another fresh new second renewed",
    "fr": "nouvelle nouveau nouvel encore deuxième second énième",
}


def _stem_table(words: dict[str, str]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(stem(w, lang) for w in text.split()) for lang, text in words.items()}


_FOLLOW_UP_STEMS = _stem_table(_FOLLOW_UP)
_AGAIN_STEMS = _stem_table(_AGAIN)


def _says(tokens: Tokens, langs: Sequence[str], table: dict[str, frozenset[str]]) -> bool:
    return any(stem(w, lang) in table[lang] for w in tokens.folded for lang in langs)


_AIR = frozenset({"air", "drone", "missile", "aerial"})


def events_in(tokens: Tokens, langs: Sequence[str]) -> list[str]:
    """The kinds of event a text names, in the order it names them."""
    found: list[str] = []
    previous = ""
    for i, word in enumerate(tokens.folded):
        kind = None
        if word in ("tir", "tirs") and "obus" in tokens.folded[i + 1 : i + 4]:
            kind = "shelling"  # "tirs d'obus" is shelling, not gunfire
        elif word in ("strike", "strikes") and "en" in langs:
            kind = "airstrike" if previous in _AIR else "protest"  # a drone strike, or a labour strike
        else:
            kind = next((k for k in (_event_of(word, lang) for lang in langs) if k is not None), None)
        if kind is not None and kind not in found:
            found.append(kind)
        previous = word
    return found


def leading_event(events: Sequence[str]) -> str | None:
    """What a headline is about: the first kind of event it names."""
    return events[0] if events else None


@dataclass(frozen=True)
class Place:
    """A watched location a report names: which, how specific, and where in the item."""

    name: str
    kind: str  # "country", "city" or "site"
    in_title: bool = True
    position: int = 0  # where the name starts in its field


@dataclass(frozen=True)
class Report:
    """What grouping knows of one alerted item; saved with it, so it survives a restart."""

    item_id: int
    when: datetime
    primary: str  # the most specific place the title names
    primary_kind: str
    places: frozenset[str]  # every watched location named
    event: str | None  # the kind of event the title leads with
    events: frozenset[str]
    text: str  # folded words of title and summary, for text likeness
    follow_up: bool = False  # the headline says it follows up an incident (a toll, a claim)
    again: bool = False  # the headline says this is another incident ("again", "nouvelle attaque")
    words: frozenset[str] = field(default=frozenset(), compare=False)

    def to_json(self) -> dict[str, object]:
        return {
            "when": self.when.isoformat(),
            "primary": self.primary,
            "primary_kind": self.primary_kind,
            "places": sorted(self.places),
            "event": self.event,
            "events": sorted(self.events),
            "text": self.text,
            "follow_up": self.follow_up,
            "again": self.again,
        }

    @classmethod
    def from_json(cls, item_id: int, data: dict[str, object]) -> Report:
        text = str(data["text"])
        return cls(
            item_id=item_id,
            when=datetime.fromisoformat(str(data["when"])),
            primary=str(data["primary"]),
            primary_kind=str(data["primary_kind"]),
            places=frozenset(cast("Iterable[str]", data["places"])),
            event=data["event"],  # type: ignore[arg-type]
            events=frozenset(cast("Iterable[str]", data["events"])),
            text=text,
            follow_up=bool(data.get("follow_up")),
            again=bool(data.get("again")),
            words=frozenset(text.split()),
        )


def make_report(item_id: int, when: datetime, title: str, summary: str, places: Sequence[Place]) -> Report | None:
    """The report of an item that named these watched places; None when it named none."""
    if not places:
        return None
    in_title = [p for p in places if p.in_title] or list(places)
    primary = min(in_title, key=lambda p: (-KINDS.index(p.kind), p.position))
    title_tokens, summary_tokens = tokenize(title), tokenize(summary)
    # The item's language first, then the other: a headline too short to tell its language
    # ("Kidnappers attack a convoy near X") still names its event.
    langs = tuple(dict.fromkeys([*languages([title_tokens, summary_tokens]), "en", "fr"]))
    title_events = events_in(title_tokens, langs)
    all_events = title_events + events_in(summary_tokens, langs)
    words = [*title_tokens.folded, *summary_tokens.folded]
    return Report(
        item_id=item_id,
        when=when,
        primary=primary.name,
        primary_kind=primary.kind,
        places=frozenset(p.name for p in places),
        event=leading_event(title_events or all_events),
        events=frozenset(all_events),
        text=" ".join(words),
        follow_up=_says(title_tokens, langs, _FOLLOW_UP_STEMS),
        again=_says(title_tokens, langs, _AGAIN_STEMS),
        words=frozenset(words),
    )


SHARED_WORDS = 5  # below this many words in common, one text being inside the other proves little


def text_likeness(a: Report, b: Report) -> float:
    """token_set_ratio: a teaser inside the full text, or a rewrite sharing most words, scores high.
    Two short headlines sharing three words ("attack", "Bamako", "airport") are not one text:
    then the words' order and the words not shared count too (token_sort_ratio)."""
    if len(a.words & b.words) < SHARED_WORDS:
        return fuzz.token_sort_ratio(a.text, b.text)
    return fuzz.token_set_ratio(a.text, b.text)


# A curfew, arrests or a protest after an attack are news of their own, not more of the attack.
AFTERMATH = frozenset({"restriction", "arrest", "protest"})


def events_agree(a: Report, b: Report) -> bool:
    """Whether two headlines can be about one event: the same leading kind, or (for violence)
    one report's leading kind is among what the other tells ("explosions" and an "attack")."""
    if a.event is None or b.event is None or a.event == b.event:
        return True
    if a.event in AFTERMATH or b.event in AFTERMATH:
        return False
    return a.event in b.events or b.event in a.events


def same_story(a: Report, b: Report, window_hours: float) -> bool:
    """Whether two reports describe one incident (see the module's account of the rules)."""
    hours = abs((a.when - b.when).total_seconds()) / 3600
    if hours > window_hours:
        return False
    if a.primary != b.primary and not (a.primary in b.places and b.primary in a.places):
        return False
    if not events_agree(a, b):
        return text_likeness(a, b) >= SAME_TEXT
    if hours > EVENT_HOURS:
        later = a if a.when > b.when else b
        earlier = b if later is a else a
        named = earlier.event is not None and earlier.event in later.events  # "toll in the attack"
        if later.follow_up and not later.again and named and hours <= FOLLOW_UP_HOURS:
            return True
        return text_likeness(a, b) >= SAME_TEXT
    likeness = text_likeness(a, b)
    if likeness >= SAME_TEXT:
        return True
    if "country" in (a.primary_kind, b.primary_kind) and hours > COUNTRY_HOURS:
        return likeness >= COUNTRY_TEXT
    return bool(a.events & b.events) or likeness >= RELATED_TEXT


@dataclass
class Story:
    """The reports grouped as one incident: the first, and the most recent few."""

    id: int
    first: Report
    recent: deque[Report] = field(default_factory=lambda: deque(maxlen=MEMBERS))
    last_seen: datetime | None = None

    def agreement(self, report: Report, window_hours: float) -> float:
        """How well a report fits: 1 when it agrees with the first report, else the share of
        recent reports it agrees with (a story joins only above one half)."""
        if same_story(report, self.first, window_hours):
            return 1.0 + 1e-3 * len(self.recent)  # ties go to the story with more reports
        if not self.recent:
            return 0.0
        return sum(same_story(report, r, window_hours) for r in self.recent) / (len(self.recent) + 1)


class StoryIndex:
    """Recent stories, filed for finding a new report's candidates without scanning the window.

    Each list holds story ids in the order reports were added (the same int object for every
    entry of a story, 8 bytes an entry); a story's time is on the story itself. `forget_before`
    drops old stories and their entries.
    """

    def __init__(self, window_hours: float):
        self.window_hours = window_hours
        self.stories: dict[int, Story] = {}
        # Lists, not deques: most hold a story or two, and an empty deque costs 600 bytes.
        self._lists: dict[tuple[str, ...], list[int]] = defaultdict(list)

    def __len__(self) -> int:
        return len(self.stories)

    @staticmethod
    def _places(report: Report) -> list[str]:
        """Where a report is filed: the places it names (grouping needs a shared one)."""
        return sorted(report.places)

    def find(self, report: Report) -> int | None:
        """The story this report belongs to, if any."""
        best: tuple[float, float, int] | None = None
        for story_id in self._candidates(report):
            story = self.stories.get(story_id)
            if story is None:
                continue
            score = story.agreement(report, self.window_hours)
            # Ties go to the story most recently reported, then to the newer story.
            key = (score, story.last_seen.timestamp() if story.last_seen else 0.0, story_id)
            if score > 0.5 and (best is None or key > best):
                best = key
        return best[2] if best else None

    def _candidates(self, report: Report) -> list[int]:
        earliest = report.when.timestamp() - self.window_hours * 3600
        counts: Counter[int] = Counter()
        for place in self._places(report):
            for kind in sorted(report.events):
                for story_id in self._newest(self._lists.get(("event", place, kind)), earliest):
                    counts[story_id] += 2
            # The rarest words this place's reports have used: a word no report used finds nothing.
            filed = [(len(entries), w, entries) for w in report.words if (entries := self._lists.get(("word", place, w)))]
            for _, _, entries in sorted(filed, key=lambda f: (f[0], f[1]))[:RARE_WORDS]:
                for story_id in self._newest(entries, earliest):
                    counts[story_id] += 1
        return [story_id for story_id, _ in counts.most_common(CANDIDATES)]

    def _newest(self, entries: list[int] | None, earliest: float) -> Iterable[int]:
        """The newest distinct stories of a list still in the window, at most `POSTINGS` entries read."""
        if not entries:
            return
        stories = self.stories
        for i in range(len(entries) - 1, max(-1, len(entries) - 1 - POSTINGS), -1):
            story = stories.get(entries[i])
            if story is not None and story.last_seen is not None and story.last_seen.timestamp() >= earliest:
                yield entries[i]

    def add(self, report: Report, story_id: int) -> None:
        """File a report under its story (a new story when the id is new)."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = Story(story_id, report)
        else:
            story.recent.append(report)
            story_id = story.id  # one int object for all of a story's entries
        story.last_seen = max(story.last_seen or report.when, report.when)
        for place in self._places(report):
            for key in [("event", place, kind) for kind in report.events] + [("word", place, w) for w in report.words]:
                entries = self._lists[key]
                if not entries or entries[-1] != story_id:
                    entries.append(story_id)

    def forget_before(self, moment: datetime) -> None:
        """Drop the stories last reported before `moment`, and their entries at the front of the lists."""
        cutoff = moment.timestamp()
        for story_id in [s for s, story in self.stories.items() if story.last_seen and story.last_seen.timestamp() < cutoff]:
            del self.stories[story_id]
        for key in list(self._lists):
            kept = [story_id for story_id in self._lists[key] if story_id in self.stories]
            if kept:
                self._lists[key] = kept
            else:
                del self._lists[key]


class ScanIndex(StoryIndex):
    """The naive way, for benchmarks and tests: compare a report with every story in the window."""

    def _candidates(self, report: Report) -> list[int]:
        earliest = report.when.timestamp() - self.window_hours * 3600
        return [i for i, story in self.stories.items() if story.last_seen and story.last_seen.timestamp() >= earliest]
