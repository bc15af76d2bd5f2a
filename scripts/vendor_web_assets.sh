#!/usr/bin/env bash
# Vendor the explorer's front-end assets from the npm registry into the Python package.
# Run by a maintainer when a version below changes; the output is committed, so neither
# `make` nor `sitrep serve` needs npm, a CDN or a tile server. Pinned versions; licences are
# copied next to the files and listed in src/sitrep/web/static/vendor/SOURCES.md.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=src/sitrep/web/static/vendor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

PACKAGES=(
  leaflet@1.9.4                 # BSD-2-Clause: pan/zoom map, SVG vector layers
  leaflet.markercluster@1.5.3   # MIT: marker clustering
  topojson-client@3.1.0         # ISC: TopoJSON -> GeoJSON in the browser
  world-atlas@2.0.2             # ISC: Natural Earth 1:50m countries + land (public domain data)
)
(cd "$WORK" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts "${PACKAGES[@]%% *}" >/dev/null)
M="$WORK/node_modules"

rm -rf "$OUT" && mkdir -p "$OUT/leaflet" "$OUT/markercluster" "$OUT/topojson" "$OUT/world-atlas"
cp "$M/leaflet/dist/leaflet.js" "$M/leaflet/dist/leaflet.css" "$M/leaflet/LICENSE" "$OUT/leaflet/"
cp "$M/leaflet.markercluster/dist/leaflet.markercluster.js" \
   "$M/leaflet.markercluster/dist/MarkerCluster.css" \
   "$M/leaflet.markercluster/MIT-LICENCE.txt" "$OUT/markercluster/"
cp "$M/topojson-client/dist/topojson-client.min.js" "$M/topojson-client/LICENSE" "$OUT/topojson/"
cp "$M/world-atlas/countries-50m.json" "$M/world-atlas/LICENSE" "$OUT/world-atlas/"
# Strip the sourceMappingURL comments: the maps are not vendored.
sed -i '/sourceMappingURL=/d' "$OUT"/leaflet/leaflet.js "$OUT"/markercluster/leaflet.markercluster.js

cat > "$OUT/SOURCES.md" <<MD
# Vendored front-end assets

Copied from the npm registry by \`scripts/vendor_web_assets.sh\` (pinned versions; re-run it to
update). Nothing is fetched at run time: no CDN, no tile server.

| package | version | files | licence |
|---|---|---|---|
| leaflet | 1.9.4 | leaflet/leaflet.js, leaflet.css | BSD-2-Clause (leaflet/LICENSE) |
| leaflet.markercluster | 1.5.3 | markercluster/*.js, *.css | MIT (markercluster/MIT-LICENCE.txt) |
| topojson-client | 3.1.0 | topojson/topojson-client.min.js | ISC (topojson/LICENSE) |
| world-atlas | 2.0.2 | world-atlas/countries-50m.json | ISC (world-atlas/LICENSE); the data is Natural Earth 1:50m admin-0 countries, public domain |

The basemap is country borders and coastlines (the union of countries, \`land\`) at 1:50m.
MD
du -sh "$OUT"; find "$OUT" -type f -printf '%8s %p\n' | sort -n
