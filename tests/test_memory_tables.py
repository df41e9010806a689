"""The tables made smaller for memory (issue 16's 250 MB) give the answers they gave before.

- The gazetteer's open-addressing tables are at most two-thirds full (they were at most half):
  every hash still finds its entry, no other hash finds one, and the names' table is half the
  size it was for the real data.
- CLDR's names of time-zone cities come from the cache file, not babel: the same names for
  every zone and every city the real gazetteer has.
- wordfreq's small-list dicts are read once, whatever reads them.
"""

from __future__ import annotations

import random
from array import array

import pytest
import wordfreq

from bot.geo import Gazetteer, load_gazetteer
from bot.geo.resolve import _listed_zipf, _zone_cities_of_babel, city_exonyms
from bot.geo.tables import ZONE_LANGUAGES, _slots_for, find
from bot.match import _names_of


def _half_full_slots(hashes: array[int]) -> array[int]:
    """The table as it was built before: at most half full."""
    size = 1 << max(4, (2 * len(hashes)).bit_length())
    slots = array("I", bytes(4 * size))
    for entry, h in enumerate(hashes):
        i = h & (size - 1)
        while slots[i]:
            i = (i + 1) & (size - 1)
        slots[i] = entry + 1
    return slots


@pytest.mark.parametrize("count", [0, 1, 2, 10, 11, 12, 700, 2_731, 50_000])
def test_every_hash_finds_its_entry_and_no_other_hash_finds_one(count: int) -> None:
    rng = random.Random(count)
    hashes = array("Q", dict.fromkeys(rng.getrandbits(64) | 1 for _ in range(count)))
    slots, before = _slots_for(hashes), _half_full_slots(hashes)
    assert len(slots) >= 16 and len(slots) & (len(slots) - 1) == 0  # a power of two
    assert 3 * count <= 2 * len(slots)  # at most two-thirds full
    for entry, h in enumerate(hashes):
        assert find(hashes, slots, h) == find(hashes, before, h) == entry
    known = set(hashes)
    for h in (rng.getrandbits(64) | 1 for _ in range(2_000)):
        if h not in known:
            assert find(hashes, slots, h) == find(hashes, before, h) == -1


@pytest.fixture(scope="module")
def real() -> Gazetteer:
    return load_gazetteer()


def test_the_real_names_table_is_at_most_two_thirds_full_and_no_larger(real: Gazetteer) -> None:
    keys, slots = len(real.tables.key_hash), len(real.tables.key_slots)
    assert 3 * keys <= 2 * slots < 6 * keys  # not the third-full table of twice the size


def test_random_real_names_are_found_as_before(real: Gazetteer) -> None:
    t = real.tables
    before = _half_full_slots(array("Q", t.key_hash))
    rng = random.Random(16)
    for entry in rng.sample(range(len(t.key_hash)), 3_000):
        assert find(t.key_hash, t.key_slots, t.key_hash[entry]) == find(t.key_hash, before, t.key_hash[entry]) == entry


def test_the_cache_file_carries_babels_names_of_zone_cities(real: Gazetteer) -> None:
    carried = real.tables.zone_cities
    assert carried is not None and len(carried) > 200
    assert carried["Africa/Tripoli"]["fr"].startswith("Tripoli")
    rng = random.Random(17)
    for zone in rng.sample(sorted(carried), 120):
        assert carried[zone] == _zone_cities_of_babel(zone), zone
    assert set(ZONE_LANGUAGES) >= {language for names in carried.values() for language in names}


def test_city_exonyms_are_the_same_from_the_file_and_from_babel(real: Gazetteer) -> None:
    rng = random.Random(18)
    cities = [p for n in rng.sample(range(len(real)), 40_000) if (p := real._place(n)).kind == "city" and p.zone]
    cities += [p for name in ("tripoli", "london", "cairo", "lisbon", "mogadishu", "bamako") for p in real.lookup((name,))]
    with_names = 0
    for place in cities:
        from_file, from_babel = city_exonyms(place, real), city_exonyms(place)
        assert from_file == from_babel, place
        with_names += bool(from_file)
    assert with_names >= 6
    london = next(p for p in real.lookup(("london",)) if p.country == "GB")
    assert city_exonyms(london, real) == {"fr": "Londres", "pt": "Londres", "es": "Londres"}


def test_wordfreq_small_lists_are_read_into_one_dict_each() -> None:
    for language in ("en", "fr", "pt", "es", "ar"):
        _listed_zipf("word", language)
        wordfreq.zipf_frequency("word", language, wordlist="small")
        assert wordfreq.get_frequency_dict(language, "small") is wordfreq.get_frequency_dict(language, "small")
    entries = wordfreq.get_frequency_dict.cache_info().currsize
    _listed_zipf("guerra", "es")
    wordfreq.zipf_frequency("guerra", "es", wordlist="small")
    assert wordfreq.get_frequency_dict.cache_info().currsize == entries  # no second copy of the Spanish dict


def test_a_name_whose_words_are_all_content_shares_one_tuple() -> None:
    names = _names_of("w", "Bobo-Dioulasso", ["Bobo"], None, False, [("Sya de Bobo", "alternate")])
    bobo = names[0]
    assert bobo.tokens == ("bobo", "dioulasso") and bobo.content is bobo.tokens and bobo.required is bobo.tokens
    airport = next(n for n in names if n.alias == "Sya de Bobo")
    assert airport.tokens == ("sya", "de", "bobo") and airport.content == ("sya", "bobo")
    assert airport.source == "gazetteer: alternate"
    with pytest.raises(AttributeError):
        bobo.__dict__  # noqa: B018  slotted: tens of thousands of names, no dict each


def test_places_answers_are_keyed_by_the_askers_tuples_and_share_equal_facts() -> None:
    from bot.places import PlaceFacts, _facts

    bamako, kati = ("bamako",), ("kati",)
    rows = [(["bamako"], ["ML"], "Africa/Bamako"), (["kati"], ["ML"], "Africa/Bamako"), (["gao"], ["ML"], "Africa/Bamako")]
    rows += [(["paris"], ["FR", "US"], "Europe/Paris"), (["mali"], ["ML"], None)]
    facts = _facts(iter(rows), {bamako: bamako, kati: kati})
    plain = _facts(iter(rows))
    assert facts == plain  # the same answers either way
    assert facts[("gao",)] == PlaceFacts(frozenset({"ML"}), "Africa/Bamako")
    assert facts[("paris",)].countries == {"FR", "US"} and facts[("mali",)].zone is None
    keys = {key: key for key in facts}
    assert keys[bamako] is bamako and keys[kati] is kati  # no second tuple of the asker's words
    assert facts[bamako] is facts[kati] is facts[("gao",)]  # one record for equal facts


def test_the_narrower_place_arrays_give_the_same_records(real: Gazetteer) -> None:
    t = real.tables
    assert (t.place_geonameid.format, t.place_serves.format, t.place_admin1.format) == ("i", "i", "H")
    bamako = real.lookup(("bamako",))[0]
    assert (bamako.id, bamako.geonameid, bamako.admin1) == ("gn:2460596", 2460596, "01")
    airport = real.airport("BKO")
    assert airport is not None and airport.serves == 2460596 and airport.geonameid is None
    rng = random.Random(19)
    for index in rng.sample(range(len(real)), 2_000):
        place = real._place(index)
        if place.id.startswith("gn:"):
            assert place.geonameid == int(place.id[3:])
        assert place.admin1 == (t.admin1s[t.place_admin1[index]] or None)
