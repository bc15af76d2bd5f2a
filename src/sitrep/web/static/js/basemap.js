// The offline basemap: Natural Earth 1:50m countries (world-atlas, vendored) as a Leaflet
// GeoJSON layer. Fetched once per page, as soon as the module loads.
/* global L, topojson */

const atlas = fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json());
const ANTARCTICA = "010";

export async function addBasemap(map) {
  const world = await atlas;
  const countries = topojson.feature(world, world.objects.countries);
  countries.features = countries.features.filter((f) => f.id !== ANTARCTICA).map(unwrapFeature);
  return L.geoJSON(countries, {interactive: false, style: () => ({className: "basemap"})}).addTo(map);
}

// world-atlas is made for spherical rendering: rings that cross the antimeridian (Russia's
// Chukotka, Fiji) jump from +180 to -180, which a flat map draws as a line across the world.
// Carry such rings on past 180° instead.
function unwrapFeature(feature) {
  const g = feature.geometry;
  if (!g) return feature;
  const polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
  for (const polygon of polygons) {
    for (let r = 0; r < polygon.length; r++) polygon[r] = unwrapRing(polygon[r]);
  }
  return feature;
}

function unwrapRing(ring) {
  let offset = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const previous = ring[i - 1][0];
      if (lon - previous > 180) offset -= 360;
      else if (previous - lon > 180) offset += 360;
    }
    return [lon + offset, lat];
  });
}
