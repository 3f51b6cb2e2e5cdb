import { MeasurementRetractDocument } from '@samverkan/schema';
import { LineChart } from '../../components/LineChart';
import { Source } from '../../components/Source';
import { changeOf } from '../../edit/kind';
import { AddRelation, RelationControls } from '../../edit/Relations';
import { useT } from '../../i18n';
import type { Objective } from './Objectives';

type Indicator = Objective['indicators'][number];

/**
 * An indicator's values as a list (in a disclosure), each with its controls, and "add a value",
 * for those who may change them (the chart's hidden table gives them to everyone else).
 */
function Measurements({ indicator, onChanged }: { indicator: Indicator; onChanged: () => void }) {
  const { t, date } = useT();
  if (!indicator.viewerCanUpdate) return null;
  return (
    <>
      {indicator.measurements.length ? (
        <details className="measurements-edit">
          <summary>
            {t.measurements} <span className="count">{indicator.measurements.length}</span>
          </summary>
          <ul>
            {indicator.measurements.map((measurement) => (
              <li key={measurement.id}>
                {date(measurement.date)}: <strong>{measurement.value}</strong>
                {indicator.unit ? ` ${indicator.unit}` : null}
                {measurement.note ? <span className="muted"> · {measurement.note}</span> : null}
                <RelationControls
                  typename="Measurement"
                  relation={measurement}
                  what={`${indicator.name} ${date(measurement.date)}`}
                  retract={(input) => changeOf(MeasurementRetractDocument, input)}
                  onChanged={onChanged}
                />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <AddRelation
        typename="Measurement"
        label={t.editAddMeasurement}
        title={t.editAddMeasurementTitle(indicator.name)}
        fixed={{ indicator: indicator.id }}
        onChanged={onChanged}
      />
    </>
  );
}

/** An objective's indicators: where each should go, its source and its values as a chart. */
export function Indicators({
  indicators,
  onChanged,
}: {
  indicators: Objective['indicators'];
  onChanged: () => void;
}) {
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
            <RelationControls
              typename="Indicator"
              relation={indicator}
              what={indicator.name}
              onChanged={onChanged}
            />
          </div>
          <LineChart
            name={indicator.name}
            unit={indicator.unit}
            points={indicator.measurements}
            target={indicator.target}
          />
          <Measurements indicator={indicator} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}
