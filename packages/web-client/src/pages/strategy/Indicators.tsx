import { LineChart } from '../../components/LineChart';
import { Source } from '../../components/Source';
import { useT } from '../../i18n';
import type { Objective } from './Objectives';

/** An objective's indicators: where each should go, its source and its values as a chart. */
export function Indicators({ indicators }: { indicators: Objective['indicators'] }) {
  const { t } = useT();
  return (
    <ul className="indicators" aria-label={t.indicators}>
      {indicators.map((indicator) => (
        <li key={indicator.id} className="indicator">
          <div className="indicator-head">
            <strong>{indicator.name}</strong>
            <span className="badge">
              {t.directions[indicator.direction] ?? indicator.direction}
            </span>
            <Source citations={indicator.sources} />
          </div>
          <LineChart
            name={indicator.name}
            unit={indicator.unit}
            points={indicator.measurements}
            target={indicator.target}
          />
        </li>
      ))}
    </ul>
  );
}
