import { useT } from '../i18n';
import { byDay, ChartLatest, ChartPlot, ChartTable, type ChartBox } from './Chart';

export interface Point {
  date: string;
  value: number;
}

const BOX: ChartBox = { width: 260, height: 72, pad: 6, dot: 3 };

function formatValue(value: number, lang: string) {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    maximumFractionDigits: 2,
  }).format(value);
}

/**
 * A small line chart of an indicator's measurements, drawn as inline SVG. The picture is for the
 * eye only; screen readers get the same values from a visually hidden table.
 */
export function LineChart({
  name,
  unit,
  points,
  target,
}: {
  name: string;
  unit?: string | null;
  points: readonly Point[];
  target?: number | null;
}) {
  const { t, lang, date } = useT();
  if (points.length === 0) return <p className="muted small">{t.noMeasurements}</p>;
  const sorted = byDay(points);
  const values = sorted.map((point) => point.value);
  const all = target != null ? [...values, target] : values;
  const last = sorted[sorted.length - 1];
  const suffix = unit ? ` ${unit}` : '';
  return (
    <figure className="chart">
      <ChartPlot
        box={BOX}
        domain={[Math.min(...all), Math.max(...all)]}
        target={target}
        points={sorted.map((point) => ({
          key: point.date,
          day: point.date,
          value: point.value,
          title: `${date(point.date)}: ${formatValue(point.value, lang)}${suffix}`,
        }))}
      />
      <figcaption className="chart-caption">
        <ChartLatest day={last.date}>
          {formatValue(last.value, lang)}
          {suffix}
        </ChartLatest>
        {target != null ? (
          <span className="chart-target-key">
            {t.target} {formatValue(target, lang)}
            {suffix}
          </span>
        ) : null}
      </figcaption>
      <ChartTable
        caption={`${t.measurements}: ${name}`}
        heading={`${t.value}${suffix}`}
        rows={sorted.map((point) => ({
          key: point.date,
          day: point.date,
          value: formatValue(point.value, lang),
        }))}
      />
    </figure>
  );
}
