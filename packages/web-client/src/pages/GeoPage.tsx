import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { GeoCountsDocument, type GeoCountsQuery } from '@samverkan/schema';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link, navigate, setParams, useLocation, withShared } from '../router';
import { routes } from '../routes';

/** An area as `scripts/geo-topojson.mjs` writes it; `county` only on municipalities. */
interface Props {
  code: string;
  name: string;
  county?: string;
}
type Area = Feature<Geometry, Props>;
type Areas = Topology<{ areas: GeometryCollection<Props> }>;

const WIDTH = 560;
const HEIGHT = 640;
/** Light to dark blue; index 0 is "none". */
const SHADES = ['#eef3f8', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

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
  const [geo, setGeo] = useState<{ scope: string; features: Area[] } | null>(null);
  const [geoError, setGeoError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    const file =
      scope === 'sweden' ? 'swedish-counties.topo.json' : 'swedish-municipalities.topo.json';
    loadAreas(file).then(
      (areas) => {
        if (!live) return;
        const features =
          scope === 'sweden' ? areas : areas.filter((area) => area.properties.county === '23');
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
    return features.map((area) => ({ ...area.properties, d: path(area) ?? '' }));
  }, [features]);

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
      {counts && shapes.length && max === 0 && scope === 'jamtland' ? (
        <p className="geo-none">
          {t.geoNoneHere(measureLabel.toLowerCase())}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => setParams({ scope: 'sweden' })}
          >
            {t.geoShowCounties}
          </button>
        </p>
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
                const href = withShared(routes.area(shape.code), params);
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
              {t.legend}: {measureLabel.toLowerCase()}
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
                        <Link to={routes.area(shape.code)}>{shape.name}</Link>
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
