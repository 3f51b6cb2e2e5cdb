import { useT } from '../i18n';
import './chart.css';

export interface Point {
  date: string;
  value: number;
}

const W = 260;
const H = 72;
const PAD = 6;

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
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const times = sorted.map((point) => new Date(`${point.date}T12:00:00Z`).getTime());
  const values = sorted.map((point) => point.value);
  const all = target != null ? [...values, target] : values;
  let min = Math.min(...all);
  let max = Math.max(...all);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const t0 = times[0];
  const t1 = times[times.length - 1];
  const x = (at: number) => (t1 === t0 ? W / 2 : PAD + ((at - t0) / (t1 - t0)) * (W - 2 * PAD));
  const y = (v: number) => H - PAD - ((v - min) / (max - min)) * (H - 2 * PAD);
  const line = sorted.map((_, i) => `${x(times[i]).toFixed(1)},${y(values[i]).toFixed(1)}`);
  const last = sorted[sorted.length - 1];
  const suffix = unit ? ` ${unit}` : '';
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        aria-hidden="true"
        focusable="false"
        className="chart-svg"
      >
        <path d={`M${PAD},${H - PAD}L${W - PAD},${H - PAD}`} className="chart-axis" />
        {target != null ? (
          <path d={`M${PAD},${y(target)}L${W - PAD},${y(target)}`} className="chart-target" />
        ) : null}
        {sorted.length > 1 ? <polyline points={line.join(' ')} className="chart-line" /> : null}
        {sorted.map((point, i) => (
          <circle key={point.date} cx={x(times[i])} cy={y(values[i])} r={3} className="chart-dot">
            <title>
              {date(point.date)}: {formatValue(point.value, lang)}
              {suffix}
            </title>
          </circle>
        ))}
      </svg>
      <figcaption className="chart-caption">
        <span>
          {t.latest} {date(last.date)}:{' '}
          <strong>
            {formatValue(last.value, lang)}
            {suffix}
          </strong>
        </span>
        {target != null ? (
          <span className="chart-target-key">
            {t.target} {formatValue(target, lang)}
            {suffix}
          </span>
        ) : null}
      </figcaption>
      <table className="visually-hidden">
        <caption>
          {t.measurements}: {name}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.date}</th>
            <th scope="col">
              {t.value}
              {suffix}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((point) => (
            <tr key={point.date}>
              <td>{date(point.date)}</td>
              <td>{formatValue(point.value, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
