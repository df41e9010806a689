"""The gazetteer: every country, city (GeoNames, 500 people or more) and airport (IATA), by
name, by code and by position, with country names and demonyms in several languages.

    from bot.geo import load_gazetteer, name_key
    gazetteer = load_gazetteer()              # built once per data version, then ~0.1 s to load
    gazetteer.lookup(name_key("Tombouctou"))  # (GeoPlace(id='gn:2449067', name='Timbuktu', ...),)
    gazetteer.find_names(tokens.folded, tokens.words)   # every place name in a text, longest first
    gazetteer.within(12.65, -8.0, 25)         # places within 25 km, nearest first

Layers: `model` (the records, pure), `names` (which names are indexed: the junk rules, pure),
`tables` (the arrays and how they are built, pure), `gazetteer` (look-ups, pure), `sources`
(reads the package data), `store` (the cache file and `load_gazetteer`), `build` (the child
process that builds the cache file). Tests build small gazetteers with
`Gazetteer.from_places`, without any package data.
"""

from .gazetteer import Gazetteer
from .model import GeoPlace, Hit, Kind, Name, NameSpan, Script, Source, distance_km, name_key
from .store import load_gazetteer, open_gazetteer

__all__ = [
    "Gazetteer",
    "GeoPlace",
    "Hit",
    "Kind",
    "Name",
    "NameSpan",
    "Script",
    "Source",
    "distance_km",
    "load_gazetteer",
    "name_key",
    "open_gazetteer",
]
