"""GeoJSON export: resolved places and events with a resolved place, as one FeatureCollection.

Each feature is a Point ([lon, lat], RFC 7946 order) with `kind` "place" or "event" in its
properties; a place's `role` says whether the name located something, acted (metonymy) or was a
demonym, so a map of where things happened filters on kind = event or role = location.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sitrep.store import Store


def geojson_collection(store: Store) -> dict:
    features = []
    for row in store.geo_features():
        lon, lat = row.pop("lon"), row.pop("lat")
        properties = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()
                      if v is not None}
        features.append({"type": "Feature", "geometry": {"type": "Point",
                                                         "coordinates": [lon, lat]},
                         "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def export_geojson(store: Store, out_dir: str | Path) -> Path:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "places.geojson"
    path.write_text(json.dumps(geojson_collection(store), ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return path
