import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { useEffect, useMemo, useState } from 'react';

/** Which areas the map shows: Jämtlands län's municipalities, or Sweden's counties. */
export type Scope = 'jamtland' | 'sweden';

/** An area as `scripts/geo-topojson.mjs` writes it; `county` only on municipalities. */
interface Props {
  code: string;
  name: string;
  county?: string;
}
type Area = Feature<Geometry, Props>;
type Areas = Topology<{ areas: GeometryCollection<Props> }>;
/** An area drawn: its code and name, and its outline as an SVG path. */
export type Shape = Props & { d: string };

/** The size the map is drawn at: its SVG's view box. */
export const WIDTH = 560;
export const HEIGHT = 640;

/** Where the boundary files are served: `public/geo/`, static files rather than a page. */
const BOUNDARY_FILES = '/geo/';

/** Each boundary file is fetched once, when its layer is first shown, and decoded once. */
const cache = new Map<string, Promise<Area[]>>();
function loadAreas(file: string): Promise<Area[]> {
  let promise = cache.get(file);
  if (!promise) {
    promise = fetch(`${BOUNDARY_FILES}${file}`).then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const topology = (await response.json()) as Areas;
      return feature(topology, topology.objects.areas).features;
    });
    cache.set(file, promise);
  }
  return promise;
}

/**
 * The areas of a scope drawn to fit the map, once their boundaries are in (an empty list until
 * then), and the error of loading them if it failed.
 */
export function useShapes(scope: Scope): { shapes: Shape[]; error: string | null } {
  const [loaded, setLoaded] = useState<{ scope: Scope; features: Area[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const file =
      scope === 'sweden' ? 'swedish-counties.topo.json' : 'swedish-municipalities.topo.json';
    loadAreas(file).then(
      (areas) => {
        if (!live) return;
        const features =
          scope === 'sweden' ? areas : areas.filter((area) => area.properties.county === '23');
        setLoaded({ scope, features });
      },
      (failure: unknown) => live && setError(String(failure)),
    );
    return () => {
      live = false;
    };
  }, [scope]);
  const features = loaded?.scope === scope ? loaded.features : null;
  const shapes = useMemo(() => {
    if (!features) return [];
    const collection = { type: 'FeatureCollection' as const, features };
    const path = geoPath(geoMercator().fitSize([WIDTH, HEIGHT], collection));
    return features.map((area) => ({ ...area.properties, d: path(area) ?? '' }));
  }, [features]);
  return { shapes, error };
}
