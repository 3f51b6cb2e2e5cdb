import { GeoCountsDocument } from '@samverkan/schema';
import { useMemo } from 'react';
import { wholeAsOf } from '../../day';
import { useQuery } from '../../graphql';
import { useT } from '../../i18n';
import { setParams, useLocation } from '../../router';
import { useShapes, type Scope } from './areas';
import { AreaMap } from './AreaMap';
import { AreaTable } from './AreaTable';
import { chosen, Choice, type Choices } from './Choice';
import { countsOf } from './counts';
import { GeoLegend } from './GeoLegend';
import '../maps.css';
import './geo.css';

type Measure = 'actors' | 'responsibilities';

/**
 * The map of areas: Jämtlands län's municipalities (or Sweden's counties, `?scope=sweden`)
 * shaded by their actors (or responsibilities, `?measure=responsibilities`) on the page's day.
 */
export function GeoPage() {
  const { t } = useT();
  const { params } = useLocation();
  const scopes: Choices<Scope> = [
    ['jamtland', t.geoJamtland],
    ['sweden', t.geoSweden],
  ];
  const measures: Choices<Measure> = [
    ['actors', t.geoActors],
    ['responsibilities', t.geoResponsibilities],
  ];
  const [scope, scopeName] = chosen(params, 'scope', scopes);
  const [measure, measureName] = chosen(params, 'measure', measures);
  const state = useQuery(GeoCountsDocument, {
    kind: scope === 'sweden' ? 'COUNTY' : 'MUNICIPALITY',
    asOf: wholeAsOf(params),
  });
  const { shapes, error } = useShapes(scope);
  const counts = useMemo(() => (state.data ? countsOf(state.data) : null), [state.data]);
  const values = counts?.[measure];
  const max = Math.max(0, ...shapes.map((shape) => values?.get(shape.code) ?? 0));
  const unit = measureName.toLowerCase();

  return (
    <article className="geo-page">
      <h1>{t.geoTitle}</h1>
      <p className="lead">{t.geoIntro}</p>
      <div className="geo-controls">
        <Choice legend={t.geoScope} name="scope" value={scope} choices={scopes} />
        <Choice legend={t.geoMeasure} name="measure" value={measure} choices={measures} />
      </div>
      {state.status === 'error' || error ? (
        <div className="notice" role="alert">
          <p>{state.error?.message ?? error}</p>
        </div>
      ) : null}
      {counts && shapes.length && max === 0 && scope === 'jamtland' ? (
        <p className="geo-none">
          {t.geoNoneHere(unit)}{' '}
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
        <AreaMap shapes={shapes} title={scopeName} values={values} max={max} unit={unit} />
        <aside className="geo-side">
          <GeoLegend max={max} unit={unit} />
          <AreaTable shapes={shapes} title={scopeName} counts={counts} />
        </aside>
      </div>
    </article>
  );
}

export default GeoPage;
