#!/usr/bin/env python3
"""How many dev gold mentions of countries and first-level divisions lie within 161 km of the
point each packaged source gives them: the measure that chose `country_points.tsv` and
`admin1_points.tsv`. Dev halves only (documents at even positions); never run it on test.

    PYTHONPATH=src python scripts/compare_point_conventions.py [--dr5hn DIR]

A gold mention counts for the country or division (a gazetteer candidate under its name key)
that some source puts nearest its gold point, if within 1,500 km; each source is then scored on
that entity. Sources: countries — countryinfo's Factbook point, the centroid of the largest
Natural Earth polygon and the midpoint (both columns of `country_points.tsv`); divisions — the
iso3166-2 polygon centroid (`admin1_points.tsv`), the centre of the box around the division's
towns, and with `--dr5hn` the points of the dr5hn countries-states-cities database (the
`countrystatecity-countries` wheel's `data/by-country` folder, unpacked).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from sitrep.data import read_table
from sitrep.eval.geo import ACC_KM, SETS, read_articles, split_articles
from sitrep.extract.places import distance_km
from sitrep.gazetteer import open_or_build
from sitrep.gazetteer import sources as S
from sitrep.gazetteer.names import name_key

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"
NEAREST_KM = 1500.0


def _pt(row: dict, lat: str, lon: str) -> tuple[float, float]:
    return float(row[lat]), float(row[lon])


def country_sources() -> dict[str, dict[str, tuple[float, float]]]:
    rows = list(read_table("country_points.tsv"))
    factbook = {code: (float(r["latlng"][0]), float(r["latlng"][1]))
                for code, r in S._countryinfo().items() if len(r.get("latlng") or []) == 2}
    return {"factbook": factbook,
            "centroid": {r["country"]: _pt(r, "centroid_lat", "centroid_lon") for r in rows},
            "midpoint": {r["country"]: _pt(r, "lat", "lon") for r in rows},
            "geonames": S.geonames_points("country")}


def division_sources(dr5hn: Path | None) -> dict[str, dict[str, tuple[float, float]]]:
    rows = list(read_table("admin1_points.tsv"))
    out = {"iso3166-2": {r["division"]: _pt(r, "lat", "lon") for r in rows}}
    boxes: dict[str, list] = defaultdict(list)
    for c in S.cities():
        if c.get("admin1code"):
            boxes[f"{c['countrycode']}.{c['admin1code']}"].append((c["latitude"], c["longitude"]))
    out["box"] = {d: S._box_centre(towns) for d, towns in boxes.items()}
    out["geonames"] = S.geonames_points("admin1")
    if dr5hn:
        by_iso = {}
        for states in dr5hn.glob("*/states.json"):
            for s in json.loads(states.read_text(encoding="utf-8")):
                if s.get("latitude") and s.get("iso3166_2"):
                    by_iso[s["iso3166_2"]] = (float(s["latitude"]), float(s["longitude"]))
        out["dr5hn"] = {r["division"]: by_iso[r["iso"]] for r in rows if r["iso"] in by_iso}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dr5hn", type=Path, help="countrystatecity_countries/data/by-country")
    args = parser.parse_args()
    gazetteer = open_or_build()
    kinds = {"country": country_sources(), "admin1": division_sources(args.dr5hn)}
    totals, hits, misses = Counter(), defaultdict(Counter), defaultdict(Counter)
    for name in SETS:
        for _, gold in split_articles(read_articles(DATA / SETS[name]), "dev"):
            for toponym in gold:
                target = (toponym.lat, toponym.lon)
                scored = []
                for c in gazetteer.lookup(name_key(toponym.phrase)):
                    if c.feature not in kinds:
                        continue
                    key = c.country if c.feature == "country" else c.id.split(":", 1)[1]
                    points = {src: table.get(key, (c.lat, c.lon))
                              for src, table in kinds[c.feature].items()}
                    km = {src: distance_km(*p, *target) for src, p in points.items()}
                    scored.append((min(km.values()), c, km))
                if not scored or min(scored, key=lambda s: s[0])[0] > NEAREST_KM:
                    continue
                _, entity, km = min(scored, key=lambda s: s[0])
                totals[(name, entity.feature)] += 1
                for src, d in km.items():
                    hits[(name, entity.feature)][src] += d <= ACC_KM
                    if d > ACC_KM:
                        misses[(entity.feature, src)][entity.name] += 1
    for kind in kinds:
        for name in SETS:
            print(f"{kind:8} {name:11} {totals[(name, kind)]:5}", dict(hits[(name, kind)]))
        all_hits = sum((hits[(n, kind)] for n in SETS), Counter())
        print(f"{kind:8} {'all':11} {sum(totals[(n, kind)] for n in SETS):5}", dict(all_hits))
        for src in kinds[kind]:
            print(f"  missed under {src}:", misses[(kind, src)].most_common(8))


if __name__ == "__main__":
    main()
