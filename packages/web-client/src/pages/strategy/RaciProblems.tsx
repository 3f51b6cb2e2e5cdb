import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { problemWords, type Matrix, type Problem } from './raci';

/** The marker of each kind of problem in the heading of its list. */
const MARKERS: Record<Problem, string> = { gap: '!', conflict: '⇄' };

function ObjectiveName({ objective }: { objective: { code: string; title: string } }) {
  return (
    <>
      <span className="code">{objective.code}</span> {objective.title}
    </>
  );
}

/** The objectives with one kind of problem, under a heading with their count. */
function ProblemList({
  problem,
  count,
  children,
}: {
  problem: Problem;
  count: number;
  children: ReactNode;
}) {
  const { t } = useT();
  return (
    <section
      className={`raci-problem raci-problem-${problem}`}
      aria-labelledby={`raci-${problem}s`}
    >
      <h3 id={`raci-${problem}s`}>
        <span className={`marker marker-${problem}`} aria-hidden="true">
          {MARKERS[problem]}
        </span>
        {problemWords(t, problem).list} <span className="count">{count}</span>
      </h3>
      <ul>{children}</ul>
    </section>
  );
}

/** Gaps and conflicts, listed before the table so nobody has to scan the columns for them. */
export function RaciProblems({ matrix }: { matrix: Matrix }) {
  const { t } = useT();
  if (matrix.gaps.length === 0 && matrix.conflicts.length === 0)
    return <p className="raci-ok">✓ {t.noProblems}</p>;
  return (
    <div className="raci-problems">
      {matrix.gaps.length ? (
        <ProblemList problem="gap" count={matrix.gaps.length}>
          {matrix.gaps.map((gap) => (
            <li key={gap.id}>
              <ObjectiveName objective={gap} />
            </li>
          ))}
        </ProblemList>
      ) : null}
      {matrix.conflicts.length ? (
        <ProblemList problem="conflict" count={matrix.conflicts.length}>
          {matrix.conflicts.map((conflict) => (
            <li key={conflict.objective.id}>
              <ObjectiveName objective={conflict.objective} />{' '}
              <span className="muted">
                — {t.leadBy} {conflict.leads.map((actor) => actor.name).join(', ')}
              </span>
            </li>
          ))}
        </ProblemList>
      ) : null}
    </div>
  );
}
