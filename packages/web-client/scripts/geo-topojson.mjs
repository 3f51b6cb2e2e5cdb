// Regenerates public/geo/*.topo.json from the GeoJSON originals in geo-source/ (run after changing
// those; they stay out of public/ so the build does not ship them): TopoJSON shares each border between its two areas and quantizes the coordinates, so the
// map of areas fetches a sixth of the bytes. Run with `pnpm --filter @samverkan/web-client geo`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea } from 'd3-geo';
import { topology } from 'topojson-server';

const GEO = join(import.meta.dirname, '..', 'public', 'geo');
const ORIGINALS = join(import.meta.dirname, '..', 'geo-source');
/** A grid of 10 000 steps over Sweden's extent: about 150 m, well under a pixel on the map. */
const QUANTIZATION = 1e4;

/** Each file's areas as `{ code, name, county? }`, the one shape the client reads. */
const sources = {
  'swedish-municipalities': ({ id, kom_namn, lan_code }) => ({
    code: id,
    name: kom_namn,
    county: lan_code,
  }),
  'swedish-counties': ({ l_id, name }) => ({ code: String(l_id).padStart(2, '0'), name }),
};

/**
 * d3-geo reads rings on the sphere: a ring wound the other way than d3 expects covers the whole
 * globe but the area. Reverse the rings of any area larger than a hemisphere, once, here.
 */
function rewound(geometry) {
  if (geoArea(geometry) <= 2 * Math.PI) return geometry;
  const reverse = (ring) => [...ring].reverse();
  return geometry.type === 'Polygon'
    ? { ...geometry, coordinates: geometry.coordinates.map(reverse) }
    : { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(reverse)) };
}

for (const [name, propertiesOf] of Object.entries(sources)) {
  const collection = JSON.parse(readFileSync(join(ORIGINALS, `${name}.geojson`), 'utf8'));
  const areas = {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({
      type: 'Feature',
      geometry: rewound(feature.geometry),
      properties: propertiesOf(feature.properties),
    })),
  };
  const text = JSON.stringify(topology({ areas }, QUANTIZATION));
  writeFileSync(join(GEO, `${name}.topo.json`), text);
  console.log(`${name}.topo.json ${(text.length / 1024).toFixed(1)} kB`);
}
