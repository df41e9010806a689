"""The place model's view of an item, as records and as text: `python -m bot places`. Pure: no I/O.

An admin asks "what does the bot think this item is about?", and a benchmark of geoparsing
(names found, places chosen) needs the same answer as data. Both come from `read_item`, so
what is shown is exactly what the matcher would read, not a second opinion.

    readings = read_fields(gazetteer, title, summary)
    item_record(item_id, readings, gazetteer)   # {"id", "places": [...], "turned_away": [...]}, JSON-able
    describe(readings)               # the same, for a person

A name is "turned away" when the gazetteer knows it but the reading does not take it for a
place: dropped before any choice (an everyday word at a sentence start, `Rejection`), written
against another capitalised word (`Mention.glued`: maybe part of a longer name the gazetteer
lacks, such as a person's or a building's), or tied by grammar to a country where no place has
that name.

A place's lat/lon is where a geoparser puts it: a city's or an airport's own point, and for a
country its own point (GeoNames', roughly the centroid of its territory, as the public
geoparsing corpora record it), not its capital's, which the matcher keeps for the country.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as default
from typing import Any

from ..textnorm import Tokens, tokenize
from .areas import divisions_in
from .context import ItemPlaces, Mention, code_outside_flying, read_item
from .gazetteer import Gazetteer
from .local import counties_in, state_point, states_in
from .model import GeoPlace, distance_km

FIELDS = ("title", "summary")


@dataclass(frozen=True)
class FieldReading:
    """One field of an item (title or summary), its text and how the place model reads it."""

    field: str
    text: str
    places: ItemPlaces
    # country code -> the country's own point (`Gazetteer.country_points`): where a country is shown
    points: Mapping[str, tuple[float, float]] = default(default_factory=dict)


def read_fields(gazetteer: Gazetteer, title: str, summary: str = "") -> tuple[FieldReading, ...]:
    """Both fields read together, each in the other's context (a summary's dateline tells which
    Tripoli the title means), as the matcher reads an item."""
    readings = read_item(gazetteer, tokenize(title), tokenize(summary))
    points = gazetteer.country_points
    return tuple(
        FieldReading(name, text, places, points) for name, text, places in zip(FIELDS, (title, summary), readings, strict=True)
    )


def _span(tokens: Tokens, start_token: int, end_token: int) -> tuple[int, int]:
    """Character offsets in the original field text (HTML and entities included), as `match` gives."""
    return tokens[start_token].start, tokens[end_token - 1].end


def _turned_away_why(mention: Mention, tokens: Tokens, places: ItemPlaces) -> str | None:
    """Why a mention the reading kept is still not a place, or None when it is one."""
    if mention.chosen is None:
        return mention.why
    if code_outside_flying(places, mention):
        return f"{mention.text}: an airport code with no word of flying in its sentence: an acronym?"
    if mention.glued:
        first, last = mention.start_token, mention.end_token
        while first > 0 and tokens[first - 1].capitalized and tokens[first].gap == " ":
            first -= 1
        while last < len(tokens) and tokens[last].capitalized and tokens[last].gap == " ":
            last += 1
        longer = " ".join(tokens.words[first:last])
        return f"{mention.text}: written against another capitalised word ({longer}): part of a longer name the gazetteer lacks?"
    return None


def _coordinate(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 5)  # JSON has no NaN


def field_records(reading: FieldReading) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The places and the turned-away names of one field, in text order."""
    tokens = reading.places.tokens
    if tokens is None:  # read_item always keeps them; a hand-made ItemPlaces may not
        tokens = tokenize(reading.text)
    places: list[tuple[int, dict[str, Any]]] = []
    away: list[tuple[int, dict[str, Any]]] = []
    for mention in reading.places.mentions:
        start, end = _span(tokens, mention.start_token, mention.end_token)
        base = {"name": mention.text, "field": reading.field, "start": start, "end": end}
        why = _turned_away_why(mention, tokens, reading.places)
        chosen = mention.chosen
        if why is not None or chosen is None:
            away.append((start, {**base, "why": why or mention.why}))
            continue
        code: dict[str, Any] = {"iata": chosen.iata} if chosen.kind == "airport" else {"geonameid": chosen.geonameid}
        if chosen.kind == "region":
            code = {"region": chosen.id.removeprefix("region:")}  # data/regions.tsv's id: "sahel", "europe"
        lat, lon = chosen.lat, chosen.lon
        if chosen.kind == "country":
            lat, lon = reading.points.get(chosen.country, (lat, lon))  # the country's own point, not its capital's
        record = {
            **base,
            "kind": chosen.kind,
            **code,
            "country": chosen.country or None,  # a region of several countries has none
            "lat": _coordinate(lat),
            "lon": _coordinate(lon),
            "why": mention.why,
        }
        places.append((start, record))
    for rejection in reading.places.turned_away:
        start, end = _span(tokens, rejection.start_token, rejection.end_token)
        base = {"name": rejection.text, "field": reading.field, "start": start, "end": end}
        away.append((start, {**base, "why": f"{rejection.text}: {rejection.why}"}))
    return [r for _, r in sorted(places, key=lambda p: p[0])], [r for _, r in sorted(away, key=lambda p: p[0])]


def item_record(item_id: Any, readings: Sequence[FieldReading], gazetteer: Gazetteer | None = None) -> dict[str, Any]:
    """One output line of `python -m bot places`: every place the item names, field by field.
    With the gazetteer, the divisions the item names are placed too (`_division_records`)."""
    places: list[dict[str, Any]] = []
    away: list[dict[str, Any]] = []
    for reading in readings:
        found, turned = field_records(reading)
        local = _local_records(reading, readings, found)
        if gazetteer is not None:
            local += _division_records(gazetteer, reading, readings, found + local)
        if local:
            found = sorted([r for r in found if not any(_overlap(r, o) for o in local)] + local, key=lambda r: r["start"])
            turned = [r for r in turned if not any(_overlap(r, o) for o in local)]
        places.extend(found)
        away.extend(turned)
    return {"id": item_id, "places": places, "turned_away": away}


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def _local_records(reading: FieldReading, readings: Sequence[FieldReading], found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The states and counties of the United States the field names (`bot.geo.local`), as
    places: GeoNames has their towns, not them. A state is at its own point; a county, whose
    point is not known, at the town of its state the item names (a local item's county is where
    its towns are), and not given when the item names none. A state's name the grammar ties to
    another state ("Delaware, Ohio") is the town."""
    tokens = reading.places.tokens
    if tokens is None:
        return []
    attached = {(r["start"], r["end"]) for r in found if r["why"].startswith(f"{r['name']}: {r['name']},")}
    out: list[dict[str, Any]] = []
    for start, end, code in states_in(tokens):
        span = _span(tokens, start, end)
        point = state_point(code)
        if point is None or span in attached:
            continue
        name = reading.text[span[0] : span[1]]
        why = f"{name}: the state of {code}, United States"
        out.append(_region_record(name, reading.field, span, f"US-{code}", point, why))
    towns = [
        (m.chosen, m.text)
        for r in readings
        for m in r.places.mentions
        if m.chosen is not None and m.chosen.kind == "city" and m.chosen.country == "US" and not m.glued
    ]
    for start, end, codes in counties_in(tokens):
        span = _span(tokens, start, end)
        name = reading.text[span[0] : span[1]]
        inside = [(p, text) for p, text in towns if p.admin1 in codes and not text.startswith(tokens.words[start])]
        if not inside:
            continue
        # The state most of the item's towns there are in (a county of 30 states' name): its first town
        states = [p.admin1 for p, _ in inside]
        town = next((p, text) for p, text in inside if p.admin1 == max(states, key=states.count))
        place, text = town
        why = f"{name}: a county of {place.admin1}, United States, placed at {text}, the item's town in that state"
        out.append(_region_record(name, reading.field, span, f"US-{place.admin1}", (place.lat, place.lon), why))
    return out


AREA_KM = 250.0  # a first-level division's towns around the item's: the middle of these is its point
AREA_SPREAD_KM = 150.0  # a smaller division's towns in the item lie within this of their middle


def _division_records(
    gazetteer: Gazetteer, reading: FieldReading, readings: Sequence[FieldReading], found: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The divisions of other countries than the United States the field names (`bot.geo.areas`),
    placed where the item's towns of their country are, when it names two or more: a
    first-level division (a state, a province) at the middle of the gazetteer's towns within
    AREA_KM of them that share the first-level division most of them are in; a smaller one (a
    county, a département) at the middle of the item's towns, if they lie together. A name the
    item already reads as a town of the same country is that town ("Carlow", "Mayo"), and a
    division of no country whose towns the item names is not placed."""
    tokens = reading.places.tokens
    if tokens is None:
        return []
    towns = [
        m.chosen
        for r in readings
        for m in r.places.mentions
        if m.chosen is not None and m.chosen.kind == "city" and not m.glued and m.chosen.country != "US"
    ]
    out: list[dict[str, Any]] = []
    for start, end, codes in divisions_in(tokens):
        span = _span(tokens, start, end)
        record = {"start": span[0], "end": span[1]}
        country = next((p.country for p in towns if p.country in codes), None)
        if country is None:
            continue
        if any(_overlap(r, record) and (r.get("country") == country or r["kind"] == "region") for r in found):
            continue  # "Carlow", "Mayo": the town; a state of the United States already placed
        inside = list({p.id: p for p in towns if p.country == country and not math.isnan(p.lat)}.values())
        if len(inside) < 2:
            continue  # one town says little of where a division is ("Gulf of St Lawrence ... Nova Scotia")
        point = _area_point(gazetteer, inside) if codes[country] else _middle(inside, AREA_SPREAD_KM)
        if point is None:
            continue
        name = reading.text[span[0] : span[1]]
        level = "a state or province" if codes[country] else "a division"
        why = f"{name}: {level} of {country}, placed where the item's towns of {country} are"
        out.append({**_region_record(name, reading.field, span, country, point, why), "country": country})
    return out


def _middle(places: Sequence[GeoPlace], spread: float) -> tuple[float, float] | None:
    """The middle of places that lie together (all within `spread` km of it), else None."""
    if not places:
        return None
    lat = sum(p.lat for p in places) / len(places)
    lon = sum(p.lon for p in places) / len(places)
    return (lat, lon) if all(distance_km(lat, lon, p.lat, p.lon) <= spread for p in places) else None


def _area_point(gazetteer: Gazetteer, towns: Sequence[GeoPlace]) -> tuple[float, float] | None:
    """The middle of the gazetteer's towns around these (in their most common first-level
    division, within AREA_KM of their middle): roughly the division's own middle."""
    codes = [p.admin1 for p in towns if p.admin1]
    admin1 = max(set(codes), key=codes.count) if codes else None
    if admin1 is None or codes.count(admin1) < 2 or codes.count(admin1) * 2 <= len(towns):
        return None  # the item's towns in several divisions ("São Paulo, Minas Gerais e Rio"): which is it?
    center = _middle([p for p in towns if p.admin1 == admin1], 2 * AREA_KM)
    if center is None:
        return None
    country = towns[0].country
    around = [
        p for p, _ in gazetteer.within(center[0], center[1], AREA_KM, kind="city") if p.country == country and p.admin1 == admin1
    ]
    return _middle(around, 2 * AREA_KM) if around else center


def _region_record(
    name: str, field: str, span: tuple[int, int], code: str, point: tuple[float, float], why: str
) -> dict[str, Any]:
    return {
        "name": name,
        "field": field,
        "start": span[0],
        "end": span[1],
        "kind": "region",
        "region": code,
        "country": "US",
        "lat": _coordinate(point[0]),
        "lon": _coordinate(point[1]),
        "why": why,
    }


def describe(readings: Sequence[FieldReading], gazetteer: Gazetteer | None = None) -> str:
    """The same reading for a person: each place with what it resolved to and why, the names
    turned away, and the countries the item is about with their weights."""
    record = item_record(None, readings, gazetteer)
    lines: list[str] = []
    for place in record["places"]:
        code = f"IATA {place['iata']}" if place["kind"] == "airport" else f"geonameid {place.get('geonameid')}"
        where = "" if place["lat"] is None else f", {place['lat']:.2f}, {place['lon']:.2f}"
        what = place["kind"]
        if place["country"]:
            what += f" in {_country_name(gazetteer, readings, place['country'])}"
        if place["kind"] == "region":
            what, code = "region", place["region"]  # of several countries: "region sahel, 15.00, 0.00"
        at = f"{place['field']} {place['start']}-{place['end']}"
        lines.append(f"  {place['name']} ({at}): {what}{',' if place['country'] else ''} {code}{where}")
        lines.append(f"      why: {place['why']}")
    out = ["Places:" if lines else "Places: none found", *lines]
    if record["turned_away"]:
        out.append("Turned away:")
        for name in record["turned_away"]:
            why = name["why"].removeprefix(f"{name['name']}: ")  # the name is already at the line's start
            out.append(f"  {name['name']} ({name['field']} {name['start']}-{name['end']}): {why}")
    weights: dict[str, float] = {}
    for reading in readings:
        for code, weight in reading.places.countries.items():
            weights[code] = max(weights.get(code, 0.0), weight)  # each field already counts the other's evidence
    if weights:
        about = ", ".join(
            f"{_country_name(gazetteer, readings, c)} {w:.1f}" for c, w in sorted(weights.items(), key=lambda cw: -cw[1])
        )
        out.append(f"About: {about}")
    return "\n".join(out)


def _country_name(gazetteer: Gazetteer | None, readings: Sequence[FieldReading], code: str) -> str:
    for reading in readings:
        if code in reading.places.country_names:
            return f"{reading.places.country_names[code]} ({code})"
    place = gazetteer.country(code) if gazetteer is not None else None
    return f"{place.name} ({code})" if place is not None else code
