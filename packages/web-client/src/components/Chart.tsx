import type { ReactNode } from 'react';
import { noonOf } from '../day';
import { useT } from '../i18n';
import './chart.css';

/** A chart's size in SVG units: the box, the padding inside it, the radius of a dot. */
export interface ChartBox {
  width: number;
  height: number;
  pad: number;
  dot: number;
}

/** A point on a chart: its day (YYYY-MM-DD), its value and its dot's tooltip. */
export interface ChartPoint {
  key: string;
  day: string;
  value: number;
  title: ReactNode;
}

/** Dated items, earliest first (a YYYY-MM-DD day sorts as text). */
export function byDay<T extends { date: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Where a point falls in the box: its day between the first point's (left) and the last's
 * (right), a single day in the middle; its value between `low` (bottom) and `high` (top), which
 * are spread by one each way when they are the same, so that a flat line sits mid-height.
 */
function scalesOf(box: ChartBox, points: readonly ChartPoint[], [low, high]: [number, number]) {
  const { width, height, pad } = box;
  const [min, max] = low === high ? [low - 1, high + 1] : [low, high];
  const t0 = noonOf(points[0].day).getTime();
  const t1 = noonOf(points[points.length - 1].day).getTime();
  const x = (day: string) => {
    const at = noonOf(day).getTime();
    return t1 === t0 ? width / 2 : pad + ((at - t0) / (t1 - t0)) * (width - 2 * pad);
  };
  const y = (value: number) => height - pad - ((value - min) / (max - min)) * (height - 2 * pad);
  return { x, y };
}

/**
 * The picture of a small line chart: the axis, the `target` as a dashed rule, the line through
 * the `points` (earliest first) and a dot for each; nothing without points. For the eye only:
 * screen readers get the same values from a `ChartTable`.
 */
export function ChartPlot({
  box,
  points,
  domain,
  target,
}: {
  box: ChartBox;
  points: readonly ChartPoint[];
  /** The lowest and highest value the chart spans. */
  domain: [number, number];
  target?: number | null;
}) {
  if (points.length === 0) return null;
  const { width, height, pad } = box;
  const { x, y } = scalesOf(box, points, domain);
  const rule = (value: number) => `M${pad},${value}L${width - pad},${value}`;
  const line = points.map((point) => `${x(point.day).toFixed(1)},${y(point.value).toFixed(1)}`);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      aria-hidden="true"
      focusable="false"
      className="chart-svg"
    >
      <path d={rule(height - pad)} className="chart-axis" />
      {target != null ? <path d={rule(y(target))} className="chart-target" /> : null}
      {points.length > 1 ? <polyline points={line.join(' ')} className="chart-line" /> : null}
      {points.map((point) => (
        <circle
          key={point.key}
          cx={x(point.day)}
          cy={y(point.value)}
          r={box.dot}
          className="chart-dot"
        >
          <title>{point.title}</title>
        </circle>
      ))}
    </svg>
  );
}

/** The caption's "latest": the day of the last point and its value (the children). */
export function ChartLatest({ day, children }: { day: string; children: ReactNode }) {
  const { t, date } = useT();
  return (
    <span>
      {t.latest} {date(day)}: <strong>{children}</strong>
    </span>
  );
}

/** A chart's values as a visually hidden table for screen readers: each row a day and a value. */
export function ChartTable({
  caption,
  heading,
  rows,
}: {
  caption: ReactNode;
  /** The value column's heading. */
  heading: ReactNode;
  rows: readonly { key: string; day: string; value: ReactNode }[];
}) {
  const { t, date } = useT();
  return (
    <table className="visually-hidden">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.date}</th>
          <th scope="col">{heading}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td>{date(row.day)}</td>
            <td>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
