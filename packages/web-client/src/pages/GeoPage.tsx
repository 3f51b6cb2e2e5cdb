import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GeoCountsDocument, type GeoCountsQuery } from '@samverkan/schema';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link, navigate, setParams, useLocation, withShared } from '../router';

interface Props {
  /** Municipalities: `id` (code), `kom_namn`, `lan_code`. Counties: `l_id`, `name`. */
  id?: string;
  kom_namn?: string;
  lan_code?: string;
  l_id?: number;
  name?: string;
}
type Collection = FeatureCollection<Geometry, Props>;

const WIDTH = 560;
const HEIGHT = 640;
/** Light to dark blue; index 0 is "none". */
const SHADES = ['#eef3f8', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

/**
 * d3-geo reads rings on the sphere: a ring wound the other way than d3 expects covers the whole
 * globe but the area. Reverse the rings of any feature whose area exceeds a hemisphere.
 */
function rewind(feature: Feature<Geometry, Props>): Feature<Geometry, Props> {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const g = feature.geometry;
  if (g.type === 'Polygon')
    return {
      ...feature,
      geometry: { ...g, coordinates: g.coordinates.map((r) => [...r].reverse()) },
    };
  if (g.type === 'MultiPolygon')
    return {
      ...feature,
      geometry: {
        ...g,
        coordinates: g.coordinates.map((p) => p.map((r) => [...r].reverse())),
      },
    };
  return feature;
}

const cache = new Map<string, Promise<Collection>>();
function loadGeo(file: string): Promise<Collection> {
  let promise = cache.get(file);
  if (!promise) {
    promise = fetch(`/geo/${file}`).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return (r.json() as Promise<Collection>).then((c) => ({
        ...c,
        features: c.features.map(rewind),
      }));
    });
    cache.set(file, promise);
  }
  return promise;
}

/** Actors and responsibilities per area code; actors count for their areas and those above. */
function countsOf(data: GeoCountsQuery) {
  const parentOf = new Map(data.areas.nodes.map((a) => [a.code, a.parent?.code ?? null]));
  const actors = new Map<string, number>();
  for (const actor of data.actors.nodes) {
    const codes = new Set<string>();
    for (const area of actor.areas) {
      let code: string | null = area.code;
      while (code && !codes.has(code)) {
        codes.add(code);
        code = parentOf.get(code) ?? null;
      }
    }
    for (const code of codes) actors.set(code, (actors.get(code) ?? 0) + 1);
  }
  const responsibilities = new Map(
    data.areas.nodes.map((a) => [a.code, a.responsibilities.length]),
  );
  const names = new Map(data.areas.nodes.map((a) => [a.code, a.name]));
  return { actors, responsibilities, names };
}

/** Up to five bins of equal width over 1..max; the colour of bin i of n. */
function binsOf(max: number): number {
  return Math.min(SHADES.length - 1, Math.max(0, max));
}
function binColour(bin: number, bins: number): string {
  return SHADES[bin === 0 ? 0 : Math.round((bin * (SHADES.length - 1)) / bins)];
}
function shadeOf(value: number, max: number): string {
  const bins = binsOf(max);
  if (value <= 0 || bins === 0) return SHADES[0];
  return binColour(Math.max(1, Math.ceil((value * bins) / max)), bins);
}

export function GeoPage() {
  const { t } = useT();
  const { params } = useLocation();
  const scope = params.get('scope') === 'sweden' ? 'sweden' : 'jamtland';
  const measure = params.get('measure') === 'responsibilities' ? 'responsibilities' : 'actors';
  const asOf = params.get('asOf');
  const state = useQuery(GeoCountsDocument, {
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
  });
  const [geo, setGeo] = useState<{ scope: string; features: Feature<Geometry, Props>[] } | null>(
    null,
  );
  const [geoError, setGeoError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const file = scope === 'sweden' ? 'swedish-counties.geojson' : 'swedish-municipalities.geojson';
    loadGeo(file).then(
      (collection) => {
        if (!live) return;
        const features =
          scope === 'sweden'
            ? collection.features
            : collection.features.filter((f) => f.properties.lan_code === '23');
        setGeo({ scope, features });
      },
      (error: unknown) => live && setGeoError(String(error)),
    );
    return () => {
      live = false;
    };
  }, [scope]);

  const counts = useMemo(() => (state.data ? countsOf(state.data) : null), [state.data]);
  const features = geo?.scope === scope ? geo.features : null;
  const shapes = useMemo(() => {
    if (!features) return [];
    const collection = { type: 'FeatureCollection' as const, features };
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], collection);
    const path = geoPath(projection);
    return features.map((feature) => {
      const p = feature.properties;
      const code = scope === 'sweden' ? String(p.l_id).padStart(2, '0') : (p.id ?? '');
      const name = (scope === 'sweden' ? p.name : p.kom_namn) ?? code;
      return { code, name, d: path(feature) ?? '' };
    });
  }, [features, scope]);

  const values = counts?.[measure];
  const max = Math.max(0, ...shapes.map((s) => values?.get(s.code) ?? 0));
  const measureLabel = measure === 'actors' ? t.geoActors : t.geoResponsibilities;

  return (
    <article className="geo-page">
      <h1>{t.geoTitle}</h1>
      <p className="lead">{t.geoIntro}</p>
      <div className="geo-controls">
        <fieldset>
          <legend>{t.geoScope}</legend>
          {(['jamtland', 'sweden'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="scope"
                checked={scope === value}
                onChange={() => setParams({ scope: value === 'jamtland' ? null : value })}
              />{' '}
              {value === 'jamtland' ? t.geoJamtland : t.geoSweden}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t.geoMeasure}</legend>
          {(['actors', 'responsibilities'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="measure"
                checked={measure === value}
                onChange={() => setParams({ measure: value === 'actors' ? null : value })}
              />{' '}
              {value === 'actors' ? t.geoActors : t.geoResponsibilities}
            </label>
          ))}
        </fieldset>
      </div>
      {state.status === 'error' || geoError ? (
        <div className="notice" role="alert">
          <p>{state.error?.message ?? geoError}</p>
        </div>
      ) : null}
      <div className="geo-layout">
        <figure className="geo-figure">
          {shapes.length ? (
            <svg
              className="geo-map"
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              role="group"
              aria-label={scope === 'sweden' ? t.geoSweden : t.geoJamtland}
              data-areas={shapes.length}
            >
              {shapes.map((shape) => {
                const value = values?.get(shape.code) ?? 0;
                const href = withShared(`/areas/${shape.code}`, params);
                const name = `${shape.name}: ${counts ? value : t.geoNoData} ${measureLabel.toLowerCase()}`;
                return (
                  <a
                    key={shape.code}
                    href={href}
                    aria-label={name}
                    className="geo-area"
                    onClick={(event) => {
                      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0)
                        return;
                      event.preventDefault();
                      navigate(href);
                    }}
                  >
                    <title>{name}</title>
                    <path d={shape.d} fill={shadeOf(value, max)} data-code={shape.code} />
                  </a>
                );
              })}
            </svg>
          ) : (
            <p className="loading" role="status">
              {t.loading}
            </p>
          )}
          <figcaption className="geo-attribution">{t.geoAttribution}</figcaption>
        </figure>
        <aside className="geo-side">
          <section className="map-legend" aria-labelledby="geo-legend-title">
            <h2 id="geo-legend-title">
              {t.mapLegend}: {measureLabel.toLowerCase()}
            </h2>
            <ul>
              {Array.from({ length: binsOf(max) + 1 }, (_, i) => {
                const bins = binsOf(max);
                const lo = Math.floor(((i - 1) * max) / bins) + 1;
                const hi = Math.floor((i * max) / bins);
                return (
                  <li key={i}>
                    <span className="swatch" style={{ background: binColour(i, bins) }} />
                    {i === 0 ? '0' : lo === hi ? String(hi) : `${lo}–${hi}`}
                  </li>
                );
              })}
            </ul>
          </section>
          <section aria-labelledby="geo-table-title">
            <h2 id="geo-table-title">{scope === 'sweden' ? t.geoSweden : t.geoJamtland}</h2>
            <table className="geo-table">
              <thead>
                <tr>
                  <th scope="col">{t.area}</th>
                  <th scope="col">{t.geoActors}</th>
                  <th scope="col">{t.geoResponsibilities}</th>
                </tr>
              </thead>
              <tbody>
                {[...shapes]
                  .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
                  .map((shape) => (
                    <tr key={shape.code}>
                      <th scope="row">
                        <Link to={`/areas/${shape.code}`}>{shape.name}</Link>
                      </th>
                      <td>{counts?.actors.get(shape.code) ?? 0}</td>
                      <td>{counts?.responsibilities.get(shape.code) ?? 0}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        </aside>
      </div>
    </article>
  );
}

export default GeoPage;
