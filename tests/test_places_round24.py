"""Place rules of issue 16's twenty-fourth round (helper places24): one name's two spellings by
their sounds, inside a longer name.

The misses left across the spent place and language sets were classed by cause (the report of
places24); among the spellings the gazetteer lacks, the French press's transliterations of
longer Arabic names recur ("Jisr al-Choughour", "Abou Kamal", "Oum Qasr"). Two causes:
- a word the gazetteer's French spelling of the name holds ("Djisr ach Choughour") is a watched
  word as written, so it was never read by its sounds, and the typed name ("Jisr al-Shughur")
  never met it: now a watched word is also the word of the same `sound_key` (its sound twin);
- "Abou", "Oum", "Bou" have keys too short to trust alone: now such a short word is its watched
  twin inside a longer name only, whose other words must carry it (a weak word).
Among them too, a typed name that opens with a nasal before a consonant, which French and
Portuguese copy writes apart with an apostrophe ("N'Gaoundéré", "N'zagi"): now the typed name
is also read so.

And among the namesakes in another country, the Brazilian press's state in brackets after a
town ("Esmeraldas (MG)"): now it ties the town to Brazil and to that state, so a watched town of
another country, or of another Brazilian state, is turned away.

Every sentence here is new: other places than the labelled sets'. Real parts: the gazetteer
and the matcher as the bot builds them."""

from __future__ import annotations

import pytest

from bot.config import parse_config
from bot.geo import load_gazetteer
from bot.match import Matcher, placed_matcher
from bot.places import look_up_places
from tests.support.alerts import alerted

WATCHLISTS = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  iraq-syria:
    title: Iraq and Syria
    locations:
      - name: Abu Ghraib
      - name: Umm Qasr
      - name: Abu Dhuhur
    keywords: [attentat, ataque, attack, explosion, explosión, morts, combats]
  central-africa:
    title: Cameroon, Gabon, Central African Republic
    locations:
      - name: Nkongsamba
      - name: Ndjolé
      - name: Mbaiki
    keywords: [attaque, ataque, attack, tués, mortos]
"""


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return placed_matcher(parse_config(WATCHLISTS).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Irak : explosion dans le port d'Oum Qasr, deux morts", "iraq-syria/Umm Qasr"),  # "Oum" for Umm
        ("Syrie : combats à Abou Dhouhour", "iraq-syria/Abu Dhuhur"),  # "Abou" and "ou", "dh" for d
        ("Irak : attentat à Abou Ghraib, six morts", "iraq-syria/Abu Ghraib"),
        ("Cameroun : attaque à N'Kongsamba, trois tués", "central-africa/Nkongsamba"),  # the nasal apart
        ("Gabão: ataque em N'Djolé faz dois mortos", "central-africa/Ndjolé"),
        ("Centrafrique : attaque contre un marché de M'Baïki", "central-africa/Mbaiki"),
    ],
)
def test_a_longer_name_in_another_transliteration_alerts(matcher: Matcher, title: str, expected: str) -> None:
    assert alerted(matcher, title, "") == {expected}


@pytest.mark.parametrize(
    "title",
    [
        "Oum attack: six morts in Basra",  # the short word alone is no name
        "Abou, a Qasr trader, says attack was foiled",  # nor with a word of the name far off
        "Cameroun : attaque à Kongsamba, trois tués",  # the nasal's word is the name's
    ],
)
def test_a_short_word_alone_is_no_name(matcher: Matcher, title: str) -> None:
    assert alerted(matcher, title, "") == set()


BRAZIL_NAMESAKES = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  colombia:
    title: Colombia
    locations:
      - name: Tumaco
      - name: Barbosa
    keywords: [tiroteio, tiroteo, ataque, attack, mortos, muertos, killed]
"""


@pytest.fixture(scope="module")
def colombia() -> Matcher:
    return placed_matcher(parse_config(BRAZIL_NAMESAKES).watchlists, load_gazetteer(), look_up_places)


def test_a_brazilian_state_in_brackets_places_the_town_in_brazil(colombia: Matcher) -> None:
    # The Brazilian press's "(SP)" after a town: São Paulo state's Barbosa, not Antioquia's.
    assert alerted(colombia, "Barbosa (SP): ataque a tiros deixa dois mortos", "") == set()


@pytest.mark.parametrize(
    "title",
    [
        "Tumaco (Nariño): ataque deja dos muertos",  # a Colombian department in brackets
        "TUMACO (AP) — Gunmen killed two police officers on Sunday",  # the news agency, no state
    ],
)
def test_other_brackets_after_the_town_leave_it_watched(colombia: Matcher, title: str) -> None:
    assert alerted(colombia, title, "") == {"colombia/Tumaco"}


BAHIA = """\
feeds:
  - name: T
    url: https://example.org/feed.xml
watchlists:
  bahia:
    title: Brasil
    locations:
      - name: Valença
    keywords: [tiroteio, assassinado, mortos]
"""


@pytest.fixture(scope="module")
def bahia() -> Matcher:
    return placed_matcher(parse_config(BAHIA).watchlists, load_gazetteer(), look_up_places)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Valença (RJ): homem é assassinado em bar no Centro", set()),  # Rio de Janeiro state's Valença
        ("Valença (BA): tiroteio deixa dois mortos no Centro", {"bahia/Valença"}),  # the watched one, in Bahia
    ],
)
def test_a_brazilian_state_in_brackets_chooses_that_states_town(bahia: Matcher, title: str, expected: set[str]) -> None:
    assert alerted(bahia, title, "") == expected
