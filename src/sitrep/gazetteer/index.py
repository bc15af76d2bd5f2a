"""The compiled gazetteer: one SQLite file, built once from pip packages, read by the place stage.

SQLite rather than the DuckDB store: the place stage makes thousands of point look-ups by name
key per minute, which a B-tree answers in microseconds from a memory-mapped file, and the file
is a cache (rebuilt from packages at will), not user data. Only this module speaks its SQL.

Location: `$SITREP_GAZETTEER`, else `$XDG_CACHE_HOME/sitrep/gazetteer-<BUILD_VERSION>.sqlite`
(`~/.cache/...`). The version in the name means a sitrep with new sources builds a new file.
"""

from __future__ import annotations

import math
import os
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.gazetteer.names import FACILITY_FEATURES, name_key, split_feature

BUILD_VERSION = "23"  # bump when sources, keys or the schema change

_SCHEMA = """
CREATE TABLE places (id TEXT PRIMARY KEY, name TEXT NOT NULL, lat REAL NOT NULL,
                     lon REAL NOT NULL, feature TEXT NOT NULL, country TEXT, admin1 TEXT,
                     population INTEGER NOT NULL, source TEXT NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, place TEXT NOT NULL, main INTEGER NOT NULL,
                    PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE TABLE countries (alpha2 TEXT PRIMARY KEY, alpha3 TEXT NOT NULL);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    id: str
    name: str
    lat: float
    lon: float
    feature: str
    country: str | None
    admin1: str | None
    population: int
    main: bool  # the looked-up key is the entry's main name, not an alternate spelling


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def default_path() -> Path:
    if os.environ.get("SITREP_GAZETTEER"):
        return Path(os.environ["SITREP_GAZETTEER"])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "sitrep" / f"gazetteer-{BUILD_VERSION}.sqlite"


# --- building --------------------------------------------------------------------------------

def build(path: Path | None = None) -> dict:
    """Compile the gazetteer from the installed packages into `path` (atomically: a partial
    build never replaces a good file). Returns counts and timing."""
    from sitrep.gazetteer import sources

    path = Path(path or default_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    con = sqlite3.connect(partial)
    con.executescript(_SCHEMA)
    city_rows = sources.cities()
    country_entries, alpha3 = sources.countries(city_rows)
    con.executemany("INSERT INTO countries VALUES (?, ?)", [(a2, a3) for a3, a2 in alpha3.items()])
    airports = sources.airport_rows()
    admin1 = sources.admin1_names(city_rows, airports)
    counts = {
        "countries": _insert(con, country_entries),
        "continents": _insert(con, sources.continents()),
        "admin1": _insert(con, sources.admin1_entries(city_rows, admin1)),
        "adm2": _insert(con, sources.admin2_entries(city_rows, admin1)),
        "cities": _insert(con, sources.city_entries(city_rows, admin1)),
        "airports": _insert(con, sources.airport_entries(
            airports, sources.region_names(),
            frozenset(sources.taken_keys(city_rows, country_entries, admin1)))),
        "facilities": _insert(con, sources.facility_entries(), replace=True),
    }
    seconds = round(time.perf_counter() - started, 1)
    con.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("build_version", BUILD_VERSION), ("built_seconds", str(seconds)),
        *((f"count_{k}", str(v)) for k, v in counts.items())])
    con.commit()
    con.execute("VACUUM")
    con.close()
    os.replace(partial, path)
    return {"path": str(path), "seconds": seconds, "bytes": path.stat().st_size, **counts}


def _insert(con: sqlite3.Connection, entries: Iterable, replace: bool = False) -> int:
    verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
    place_rows, name_rows = [], []
    for e in entries:
        place_rows.append((e.id, e.name, e.lat, e.lon, e.feature, e.country, e.admin1,
                           e.population, e.source))
        name_rows += _name_rows(e.id, e.name, e.names, e.feature, e.short_name)
    con.executemany(f"{verb} INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", place_rows)
    con.executemany("INSERT OR REPLACE INTO names VALUES (?, ?, ?)", name_rows)
    return len(place_rows)


def _name_rows(place_id: str, main: str, names: Iterable[str], feature: str,
               short: str | None = None) -> list[tuple]:
    """(key, place, main) for every spelling; a facility also under its bare name
    ('Tiyas Air Base' under 'tiyas'), which the feature hint of a mention then ranks. A short
    name ('Heathrow') is a main name too."""
    keys: dict[str, int] = {}
    if short and (key := name_key(short)):
        keys[key] = 1
    for name in {main, *names}:
        spellings = [name]
        if feature in FACILITY_FEATURES:
            spellings.append(split_feature(name)[0])
        for spelling in spellings:
            key = name_key(spelling)
            if key:
                keys[key] = max(keys.get(key, 0), int(spelling == main))
    return [(key, place_id, flag) for key, flag in keys.items()]


# --- importing a GeoNames dump ---------------------------------------------------------------

_FEATURES = {"PCLI": "country", "PCLD": "country", "PCLIX": "country", "PCLS": "country",
             "PCLF": "country", "ADM1": "admin1", "ADM2": "adm2", "ADM3": "admin3",
             "AIRB": "airbase", "AIRF": "airbase", "AIRP": "airport", "AIRH": "airport",
             "PRT": "port", "HBR": "port", "DAM": "dam", "BDG": "bridge", "NVB": "naval_base",
             "INSM": "military_base", "PSN": "nuclear_site", "CONT": "continent"}


def import_geonames(dump: Path, path: Path | None = None) -> int:
    """Add (or update) the rows of a GeoNames dump (allCountries.txt or a country file such as
    SY.txt; tab-separated, 19 columns) to a built gazetteer. Returns the rows imported."""
    from sitrep.gazetteer.names import is_latin

    path = Path(path or default_path())
    if not path.exists():
        raise SitrepError(f"{path}: no gazetteer to import into (run `sitrep gazetteer build`)")
    con = sqlite3.connect(path)
    admin1 = {row[0]: row[1] for row in con.execute(
        "SELECT substr(id, 8), name FROM places WHERE id LIKE 'admin1:%'")}
    total, batch = 0, []
    with Path(dump).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 19:
                con.close()
                raise SitrepError(f"{dump}:{number}: not a GeoNames dump line "
                                  f"({len(cols)} columns, expected 19)")
            batch.append(_geonames_entry(cols, admin1, is_latin))
            if len(batch) >= 50_000:
                total += _insert(con, batch, replace=True)
                batch = []
    total += _insert(con, batch, replace=True)
    con.commit()
    con.close()
    return total


def _geonames_entry(cols: list[str], admin1: dict[str, str], is_latin):
    from sitrep.gazetteer.sources import Entry

    (gid, name, ascii_name, alternates, lat, lon, fclass, fcode, cc, _cc2, a1,
     *_rest) = cols
    feature = _FEATURES.get(fcode) or {"P": "city", "A": "admin", "H": "water", "T": "terrain",
                                       "L": "area", "S": "spot", "V": "vegetation",
                                       "U": "undersea", "R": "road"}.get(fclass, "other")
    names = {name, ascii_name, *(n for n in alternates.split(",") if n and is_latin(n))}
    return Entry(f"geonames:{gid}", name, float(lat), float(lon), feature, cc or None,
                 admin1.get(f"{cc}.{a1}"), int(cols[14] or 0), "geonames dump", names)


# --- reading ---------------------------------------------------------------------------------

class Gazetteer:
    """Read-only look-ups by name key. Opening costs a few milliseconds: nothing is loaded
    into memory beyond SQLite's page cache."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path or default_path())
        if not self.path.exists():
            raise SitrepError(f"{self.path}: no gazetteer (run `sitrep gazetteer build`)")
        self.con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                   check_same_thread=False)
        self.con.execute("PRAGMA mmap_size = 268435456")
        self.alpha2 = dict((a3, a2) for a2, a3 in self.con.execute("SELECT * FROM countries"))
        self._cache: dict[str, tuple[Candidate, ...]] = {}
        self._countries: dict[str, Candidate] | None = None
        self._key_sets: tuple[frozenset[str], frozenset[str]] | None = None

    def lookup(self, key: str) -> tuple[Candidate, ...]:
        """Every entry indexed under `key` (a `name_key`), most populous first."""
        found = self._cache.get(key)
        if found is None:
            rows = self.con.execute(
                "SELECT p.id, p.name, p.lat, p.lon, p.feature, p.country, p.admin1, "
                "p.population, n.main FROM names n JOIN places p ON p.id = n.place "
                "WHERE n.key = ? ORDER BY p.population DESC LIMIT 200", [key]).fetchall()
            found = tuple(Candidate(*row[:8], bool(row[8])) for row in rows)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = found
        return found

    def country(self, alpha2: str | None) -> Candidate | None:
        """The entry of a country by ISO alpha-2 (a demonym's place)."""
        if self._countries is None:
            self._countries = {row[5]: Candidate(*row, True) for row in self.con.execute(
                "SELECT id, name, lat, lon, feature, country, admin1, population FROM places "
                "WHERE feature = 'country'")}
        return self._countries.get(alpha2)

    def facility_keys(self) -> set[str]:
        """Keys of the curated facilities, for spotting them where the NER sees nothing."""
        return set(self._curated_and_country_keys()[0])

    def country_keys(self) -> frozenset[str]:
        """Every key a country's entry is indexed under ('guinea bissau', 'burma'): a name whose
        key is not here has no country among its `lookup` entries, so a caller that wants only
        a country need not look it up (the SQL of a name not yet cached is ~20 µs)."""
        return self._curated_and_country_keys()[1]

    def _curated_and_country_keys(self) -> tuple[frozenset[str], frozenset[str]]:
        """The keys of the curated places and of the countries, from one scan of the names (the
        table is ordered by key, so finding a place's names reads all ~790k: ~85 ms for the
        curated ones alone, ~120 for both, ~190 apart). The curated places and the countries
        first, then their names: SQLite planned the join as that scan for every place (0.6 s)."""
        if self._key_sets is None:
            countries = {row[0] for row in self.con.execute(
                "SELECT id FROM places WHERE feature = 'country'")}
            curated, country = set(), set()
            for key, place in self.con.execute(
                    "SELECT key, place FROM names WHERE place IN (SELECT id FROM places "
                    "WHERE id LIKE 'sitrep:%' OR feature = 'country')"):
                if place in countries:
                    country.add(key)
                if place[:7].lower() == "sitrep:":  # as LIKE matches: case aside
                    curated.add(key)
            self._key_sets = frozenset(curated), frozenset(country)
        return self._key_sets

    def info(self) -> dict:
        return dict(self.con.execute("SELECT key, value FROM meta").fetchall())

    def close(self) -> None:
        self.con.close()
