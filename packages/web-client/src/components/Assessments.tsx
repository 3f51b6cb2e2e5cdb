import type { ForumDetailQuery } from '@samverkan/schema';
import { useT } from '../i18n';
import './chart.css';

type Assessment = NonNullable<ForumDetailQuery['forum']>['assessments'][number];

const W = 320;
const H = 96;
const PAD = 8;

/**
 * A forum's collaboration assessments over time: the level's rank on its scale by date, as inline
 * SVG like the indicator charts. The picture is for the eye; a visually hidden table says the same.
 */
export function Assessments({ assessments }: { assessments: readonly Assessment[] }) {
  const { t, date } = useT();
  const sorted = [...assessments].sort((a, b) => a.date.localeCompare(b.date));
  const rated = sorted.filter((a) => a.level);
  const ranks = [
    ...rated.map((a) => a.level!.rank),
    ...sorted.flatMap((a) => a.scale?.levels.map((l) => l.rank) ?? []),
  ];
  let min = ranks.length ? Math.min(1, ...ranks) : 1;
  let max = ranks.length ? Math.max(...ranks) : 2;
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const time = (a: Assessment) => new Date(`${a.date}T12:00:00Z`).getTime();
  const t0 = rated.length ? time(rated[0]) : 0;
  const t1 = rated.length ? time(rated[rated.length - 1]) : 0;
  const x = (at: number) => (t1 === t0 ? W / 2 : PAD + ((at - t0) / (t1 - t0)) * (W - 2 * PAD));
  const y = (rank: number) => H - PAD - ((rank - min) / (max - min)) * (H - 2 * PAD);
  const line = rated.map((a) => `${x(time(a)).toFixed(1)},${y(a.level!.rank).toFixed(1)}`);
  const scales = [...new Set(sorted.map((a) => a.scale?.name).filter(Boolean))];
  const last = rated[rated.length - 1];
  return (
    <figure className="chart assessments-chart">
      {rated.length ? (
        <svg
          viewBox={`0 0 ${W} ${H}`}
          width={W}
          height={H}
          aria-hidden="true"
          focusable="false"
          className="chart-svg"
        >
          <path d={`M${PAD},${H - PAD}L${W - PAD},${H - PAD}`} className="chart-axis" />
          {rated.length > 1 ? <polyline points={line.join(' ')} className="chart-line" /> : null}
          {rated.map((a) => (
            <circle key={a.id} cx={x(time(a))} cy={y(a.level!.rank)} r={3.5} className="chart-dot">
              <title>
                {date(a.date)}: {a.level!.name} ({a.level!.rank})
              </title>
            </circle>
          ))}
        </svg>
      ) : null}
      <figcaption className="chart-caption">
        {last ? (
          <span>
            {t.latest} {date(last.date)}: <strong>{last.level!.name}</strong>
          </span>
        ) : null}
        {scales.length ? <span className="muted">{scales.join(', ')}</span> : null}
      </figcaption>
      <table className="visually-hidden">
        <caption>{t.assessmentsOf}</caption>
        <thead>
          <tr>
            <th scope="col">{t.date}</th>
            <th scope="col">{t.level}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => (
            <tr key={a.id}>
              <td>{date(a.date)}</td>
              <td>{a.level ? `${a.level.name} (${a.level.rank})` : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
