#!/usr/bin/env python3
"""Build src/sitrep/data/country_points.tsv: one point per country, which the gazetteer uses
instead of countryinfo's point wherever a row exists.

Why a second convention: countryinfo (like npm world-countries and country-state-city) carries
the CIA World Factbook's rounded points, which sit off-centre for some large countries (the
United States at 38 N 97 W, in Kansas, 230 km from the centre of the contiguous states), while
the area centroid of a country's largest polygon is off for others (China, Russia). Each row is
the midpoint of the two. Measured on the dev halves of the four geo gold sets (country mentions
whose point lies within 161 km of the gold point, 1,311 mentions): Factbook 921, largest-polygon
centroid 1,027, midpoint 1,128 (`scripts/compare_point_conventions.py`).

Sources, both pinned packages that ship their data:
- world-atlas 2.0.2 (npm, ISC; Natural Earth 1:50m admin-0 countries, public domain): the
  polygons, whose largest ring gives the centroid (planar, in degrees, like a map's centroid);
- countryinfo 1.0.1 (PyPI, MIT): the Factbook `latlng` of each country.
A country missing from either keeps countryinfo's point, and so does one whose two points lie
over 1,000 km apart: they describe different parts of a scattered country (Kiribati, French
Polynesia), and their midpoint lies in neither. Deterministic output.

Usage (build-time only; sitrep reads the TSV at run time):
    python scripts/build_country_points.py            # fetches world-atlas with `npm pack`
    python scripts/build_country_points.py --atlas countries-50m.json
    python scripts/build_country_points.py --check    # exit 1 if the file on disk is stale
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from importlib import metadata
from pathlib import Path

from data_build import warn_unpinned, write_or_check  # scripts/ is on sys.path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

OUT = Path(__file__).resolve().parents[1] / "src" / "sitrep" / "data" / "country_points.tsv"
ATLAS = "world-atlas@2.0.2"
ATLAS_INTEGRITY = ("sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXny"
                   "TU5lFHcYa5ChG0LQ==")
SCATTERED_KM = 1000.0  # the two points farther apart than this: keep the Factbook's
PINNED = {"countryinfo": "1.0.1", "pycountry": "26.2.16"}

HEADER = """\
# Country points: the midpoint of the CIA World Factbook point and the area centroid of the
# country's largest polygon; the gazetteer uses them instead of countryinfo's Factbook points.
# version: 2
# source: world-atlas 2.0.2 (npm, ISC; Natural Earth 1:50m admin-0 polygons, public domain);
#   countryinfo {countryinfo} (PyPI, MIT): the Factbook latlng; pycountry {pycountry}: ISO
#   numeric -> alpha-2 codes.
# made by: scripts/build_country_points.py (generated; edit the script, not this file)
# columns: country (ISO alpha-2), lat, lon (the midpoint), factbook_lat, factbook_lon,
#   centroid_lat, centroid_lon (2 decimals)
country\tlat\tlon\tfactbook_lat\tfactbook_lon\tcentroid_lat\tcentroid_lon
"""


def fetch_atlas(folder: Path) -> Path:
    """The pinned world-atlas tarball, by the ordinary npm client (which checks the registry's
    integrity hash; we check it against the pinned one too)."""
    out = subprocess.run(["npm", "pack", ATLAS, "--json", "--pack-destination", str(folder)],
                         check=True, capture_output=True, text=True).stdout
    packed = json.loads(out)[0]
    if packed["integrity"] != ATLAS_INTEGRITY:
        raise SystemExit(f"error: {ATLAS}: integrity {packed['integrity']} is not the pinned one")
    with tarfile.open(folder / packed["filename"]) as tar:
        tar.extract("package/countries-50m.json", folder, filter="data")
    return folder / "package" / "countries-50m.json"


def topology_polygons(topology: dict) -> dict[str, list[list[tuple[float, float]]]]:
    """ISO numeric code → the outer rings (lon, lat) of that country's polygons. Where two
    features share a code (Australia and Ashmore and Cartier Islands), the bigger one wins."""
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantised, delta-encoded
            x, y = x + dx, y + dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indices:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(arc if not out else arc[1:])
        return out

    by_code: dict[str, list[list[tuple[float, float]]]] = {}
    for feature in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [feature.get("arcs")],
                    "MultiPolygon": feature.get("arcs")}.get(feature.get("type"))
        code = feature.get("id")
        if not polygons or not code:
            continue
        rings = [ring(polygon[0]) for polygon in polygons]
        if code not in by_code or _total_area(rings) > _total_area(by_code[code]):
            by_code[code] = rings
    return by_code


def _unwrapped(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (Russia's Chukotka) in one run of longitudes."""
    lons = [lon for lon, _ in ring]
    if max(lons) - min(lons) > 180:
        return [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
    return ring


def area_and_centroid(ring: list[tuple[float, float]]) -> tuple[float, tuple[float, float]]:
    """Planar area and centroid (lat, lon) of a ring by the shoelace formula."""
    ring = _unwrapped(ring)
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0:
        return 0.0, (ring[0][1], ring[0][0])
    return abs(area) / 2, (cy / (3 * area), _wrapped(cx / (3 * area)))


def _total_area(rings) -> float:
    return sum(area_and_centroid(r)[0] for r in rings)


def _wrapped(lon: float) -> float:
    return (lon + 180) % 360 - 180


def largest_centroids(topology: dict) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 → the centroid of the country's largest polygon."""
    import pycountry

    out = {}
    for code, rings in topology_polygons(topology).items():
        country = pycountry.countries.get(numeric=code)
        if country is not None:
            out[country.alpha_2] = max(area_and_centroid(r) for r in rings)[1]
    return out


def midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    lon_b = b[1] + 360 if b[1] - a[1] < -180 else b[1] - 360 if b[1] - a[1] > 180 else b[1]
    return (a[0] + b[0]) / 2, _wrapped((a[1] + lon_b) / 2)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from sitrep.extract.places import distance_km

    return distance_km(a[0], a[1], b[0], b[1])


def factbook_points() -> dict[str, tuple[float, float]]:
    from sitrep.gazetteer.sources import _countryinfo

    return {code: (float(row["latlng"][0]), float(row["latlng"][1]))
            for code, row in _countryinfo().items() if len(row.get("latlng") or []) == 2}


def render(atlas: Path) -> str:
    centroids = largest_centroids(json.loads(atlas.read_text(encoding="utf-8")))
    factbook = factbook_points()
    rows = []
    for code in sorted(set(centroids) & set(factbook)):
        if _km(factbook[code], centroids[code]) > SCATTERED_KM:
            continue
        lat, lon = midpoint(factbook[code], centroids[code])
        cells = (lat, lon, *factbook[code], *centroids[code])
        rows.append(code + "".join(f"\t{v:.2f}" for v in cells) + "\n")
    versions = {p: metadata.version(p) for p in PINNED}
    return HEADER.format(**versions) + "".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas", type=Path,
                        help="world-atlas's countries-50m.json (default: npm pack)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args()
    warn_unpinned(PINNED)
    with tempfile.TemporaryDirectory() as folder:
        text = render(args.atlas or fetch_atlas(Path(folder)))
    write_or_check(OUT, text, args.check, HEADER, "countries")


if __name__ == "__main__":
    main()
