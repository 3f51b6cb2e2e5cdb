import type { ForumDetailQuery } from '@samverkan/schema';
import { useT } from '../i18n';
import { byDay, ChartLatest, ChartPlot, ChartTable, type ChartBox } from './Chart';

type Assessment = NonNullable<ForumDetailQuery['forum']>['assessments'][number];

const BOX: ChartBox = { width: 320, height: 96, pad: 8, dot: 3.5 };

/**
 * A forum's collaboration assessments over time: the level's rank on its scale by date, as inline
 * SVG like the indicator charts. The picture is for the eye; a visually hidden table says the same.
 */
export function Assessments({ assessments }: { assessments: readonly Assessment[] }) {
  const { t, date } = useT();
  const sorted = byDay(assessments);
  const rated = sorted.flatMap((a) => (a.level ? [{ ...a, level: a.level }] : []));
  // From rank 1 (or lower) up to the highest level of the scales used, rated or not.
  const ranks = [
    ...rated.map((a) => a.level.rank),
    ...sorted.flatMap((a) => a.scale?.levels.map((l) => l.rank) ?? []),
  ];
  const scales = [...new Set(sorted.map((a) => a.scale?.name).filter(Boolean))];
  const last = rated[rated.length - 1];
  return (
    <figure className="chart assessments-chart">
      <ChartPlot
        box={BOX}
        domain={[Math.min(1, ...ranks), Math.max(...ranks)]}
        points={rated.map((a) => ({
          key: a.id,
          day: a.date,
          value: a.level.rank,
          title: `${date(a.date)}: ${a.level.name} (${a.level.rank})`,
        }))}
      />
      <figcaption className="chart-caption">
        {last ? <ChartLatest day={last.date}>{last.level.name}</ChartLatest> : null}
        {scales.length ? <span className="muted">{scales.join(', ')}</span> : null}
      </figcaption>
      <ChartTable
        caption={t.assessmentsOf}
        heading={t.level}
        rows={sorted.map((a) => ({
          key: a.id,
          day: a.date,
          value: a.level ? `${a.level.name} (${a.level.rank})` : '–',
        }))}
      />
    </figure>
  );
}
