"""Build `bot/geo/data/divisions.json`: every country's first-level divisions (ISO 3166-2, as
pycountry ships them), their names folded as the matcher folds words, with the countries that
have a division so named, and each name one division alone bears with its ISO 3166-2 code.

Read from pycountry at every start, the same tables took half a second of every process's
start-up (the bot, each `python -m bot` command, each test worker); the file loads in
milliseconds. `tests/test_divisions_data.py` fails when the file no longer matches what pycountry
and the folding give, so a new pycountry or a change to `textnorm` says to run, from the checkout:

    python -m tools.build_divisions
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import pycountry

from bot.textnorm import tokenize

OUT = Path(__file__).resolve().parent.parent / "bot" / "geo" / "data" / "divisions.json"


def _folded(name: str) -> str:
    return " ".join(tokenize(name).folded)


def division_names() -> dict[str, list[str]]:
    """Each first-level division's name (its name before any bracket, and each of its local
    names), folded, to the countries with a division so named, in pycountry's order. Names with
    a one-letter word are left out: they are no name a text writes alone."""
    found: dict[str, set[str]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is not None:
            continue
        for name in {division.name.split("[")[0], *(getattr(division, "local_name", "") or "").split(",")}:
            key = _folded(name)
            if key and all(len(word) > 1 for word in key.split()):
                found.setdefault(key, set()).add(division.country_code)
    return {key: sorted(codes) for key, codes in found.items()}


def division_codes() -> dict[str, list[list[str]]]:
    """Each first-level division's name, folded, to the country and ISO 3166-2 code of every
    division so named ("new york": [["US", "NY"]])."""
    found: dict[str, set[tuple[str, str]]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is None:
            key = _folded(division.name.split("[")[0])
            found.setdefault(key, set()).add((division.country_code, division.code.split("-", 1)[1]))
    return {key: sorted(map(list, codes)) for key, codes in found.items() if key}


def second_level_parents() -> dict[str, list[list[str]]]:
    """Each second-level division's name (ISO 3166-2's provinces of Burkina Faso, prefectures of
    Guinea, districts of Bangladesh and Malawi), folded, to the country and the folded name of
    the first-level division it lies in, for every division so named ("gnagna": [["BF", "est"]]):
    the press names an incident's province, and GeoNames' first-level code is its parent's."""
    first = {d.code: _folded(d.name.split("[")[0]) for d in pycountry.subdivisions if d.parent_code is None}
    found: dict[str, set[tuple[str, str]]] = {}
    for division in pycountry.subdivisions:
        parent = division.parent_code
        if parent is None:
            continue
        if parent not in first:
            continue  # a third level: its parent is itself a second-level division
        for name in {division.name.split("[")[0], *(getattr(division, "local_name", "") or "").split(",")}:
            key = _folded(name)
            if key and all(len(word) > 1 for word in key.split()):
                found.setdefault(key, set()).add((division.country_code, first[parent]))
    return {key: sorted(map(list, codes)) for key, codes in sorted(found.items())}


def country_names() -> list[str]:
    """Every country's name as pycountry writes it, folded: no division's name places a town
    when it is also a country's ("Georgia")."""
    return sorted({_folded(country.name) for country in pycountry.countries})


def tables() -> dict[str, object]:
    return {
        "pycountry": version("pycountry"),
        "names": division_names(),
        "codes": division_codes(),
        "countries": country_names(),
        "within": second_level_parents(),
    }


def render(data: dict[str, object]) -> str:
    """JSON, one entry a line, so that a new pycountry's changes read as a diff."""
    lines = ["{"]
    for n, (section, value) in enumerate(data.items()):
        comma = "," if n < len(data) - 1 else ""
        if isinstance(value, dict):
            entries = [f"  {json.dumps(key, ensure_ascii=False)}: {json.dumps(item)}" for key, item in value.items()]
            lines += [f'"{section}": {{', ",\n".join(entries), f"}}{comma}"]
        else:
            lines.append(f'"{section}": {json.dumps(value, ensure_ascii=False)}{comma}')
    return "\n".join(lines) + "\n}\n"


def main() -> None:
    OUT.write_text(render(tables()), encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
