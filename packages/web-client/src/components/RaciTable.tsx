import { RaciMatrixDocument, type RaciMatrixQuery } from '@samverkan/schema';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import { Link } from '../router';
import { routes } from '../routes';
import { Loaded } from './Status';

type Matrix = RaciMatrixQuery['raciMatrix'];
const LETTERS = ['RESPONSIBLE', 'ACCOUNTABLE', 'CONSULTED', 'INFORMED'] as const;

function ObjectiveName({ objective }: { objective: { code: string; title: string } }) {
  return (
    <>
      <span className="code">{objective.code}</span> {objective.title}
    </>
  );
}

/** Gaps and conflicts, listed before the table so nobody has to scan the columns for them. */
function Problems({ matrix }: { matrix: Matrix }) {
  const { t } = useT();
  if (matrix.gaps.length === 0 && matrix.conflicts.length === 0)
    return <p className="raci-ok">✓ {t.noProblems}</p>;
  return (
    <div className="raci-problems">
      {matrix.gaps.length ? (
        <section className="raci-problem raci-problem-gap" aria-labelledby="raci-gaps">
          <h3 id="raci-gaps">
            <span className="marker marker-gap" aria-hidden="true">
              !
            </span>
            {t.gaps} <span className="count">{matrix.gaps.length}</span>
          </h3>
          <ul>
            {matrix.gaps.map((gap) => (
              <li key={gap.id}>
                <ObjectiveName objective={gap} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {matrix.conflicts.length ? (
        <section className="raci-problem raci-problem-conflict" aria-labelledby="raci-conflicts">
          <h3 id="raci-conflicts">
            <span className="marker marker-conflict" aria-hidden="true">
              ⇄
            </span>
            {t.conflicts} <span className="count">{matrix.conflicts.length}</span>
          </h3>
          <ul>
            {matrix.conflicts.map((conflict) => (
              <li key={conflict.objective.id}>
                <ObjectiveName objective={conflict.objective} />{' '}
                <span className="muted">
                  — {t.leadBy} {conflict.leads.map((actor) => actor.name).join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function Table({ matrix, name }: { matrix: Matrix; name: string }) {
  const { t, label } = useT();
  const gapIds = new Set(matrix.gaps.map((gap) => gap.id));
  const conflictIds = new Set(matrix.conflicts.map((conflict) => conflict.objective.id));
  const columnState = (id: string | undefined) =>
    id && gapIds.has(id) ? 'gap' : id && conflictIds.has(id) ? 'conflict' : null;
  if (matrix.rows.length === 0) return <p className="muted">{t.raciEmpty}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t.raciCaption(name)} tabIndex={0}>
      <table className="raci-table">
        <caption className="visually-hidden">{t.raciCaption(name)}</caption>
        <thead>
          <tr>
            <td className="raci-corner" />
            {matrix.columns.map((column, i) => {
              const state = columnState(column.objective?.id);
              return (
                <th
                  key={i}
                  scope="col"
                  className={`raci-col${state ? ` raci-col-${state}` : ''}${column.objective ? '' : ' raci-col-strategy'}`}
                  title={
                    column.objective
                      ? `${column.objective.code} ${column.objective.title}`
                      : column.label
                  }
                >
                  {column.objective ? (
                    <>
                      <span className="code">{column.objective.code}</span>
                      <span className="raci-col-title">{column.objective.title}</span>
                    </>
                  ) : (
                    <span className="raci-col-title">{column.label}</span>
                  )}
                  {state ? (
                    <span className={`flag flag-${state}`}>
                      {state === 'gap' ? t.gap : t.conflict}
                    </span>
                  ) : null}
                </th>
              );
            })}
            <th scope="col" className="raci-total">
              {t.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={row.actor.slug}>
              <th scope="row" className="raci-actor">
                <Link to={routes.actor(row.actor.slug)}>
                  {row.actor.shortName ?? row.actor.name}
                </Link>
              </th>
              {row.cells.map((cell, c) => {
                const roles = cell.roles.map((role) => label(role)).join(', ');
                return (
                  <td
                    key={c}
                    className={`raci-cell${cell.raci.includes('ACCOUNTABLE') ? ' raci-cell-a' : ''}${cell.raci.length ? '' : ' raci-cell-empty'}`}
                    title={roles || undefined}
                  >
                    {cell.raci.length ? (
                      <>
                        <span aria-hidden="true" className="letters">
                          {cell.raci.map((letter) => t.raciLetters[letter] ?? letter).join('')}
                        </span>
                        <span className="visually-hidden">{roles}</span>
                      </>
                    ) : null}
                  </td>
                );
              })}
              <td className="raci-total">{matrix.rowTotals[r]?.cells ?? ''}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">
              {t.total} <span className="muted">({t.actorsCount})</span>
            </th>
            {matrix.columnTotals.map((total, i) => (
              <td
                key={i}
                className="raci-total"
                title={LETTERS.map(
                  (letter) =>
                    `${t.raciLetters[letter]} ${
                      total[
                        letter.toLowerCase() as
                          'responsible' | 'accountable' | 'consulted' | 'informed'
                      ]
                    }`,
                ).join(' · ')}
              >
                {total.actors}
              </td>
            ))}
            <td className="raci-total" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Legend() {
  const { t } = useT();
  return (
    <dl className="raci-legend" aria-label={t.legend}>
      {LETTERS.map((letter) => (
        <div key={letter}>
          <dt className={letter === 'ACCOUNTABLE' ? 'letters raci-cell-a' : 'letters'}>
            {t.raciLetters[letter]}
          </dt>
          <dd>{t.raciLetterNames[letter]}</dd>
        </div>
      ))}
      <div>
        <dt>
          <span className="flag flag-gap">{t.gap}</span>
        </dt>
        <dd className="visually-hidden">{t.gaps}</dd>
      </div>
      <div>
        <dt>
          <span className="flag flag-conflict">{t.conflict}</span>
        </dt>
        <dd className="visually-hidden">{t.conflicts}</dd>
      </div>
    </dl>
  );
}

/**
 * The strategy's RACI matrix on the page's day: gaps and conflicts first, then the table. Read
 * again with each live refresh of the page (`refreshedAt`).
 */
export function RaciTable({
  strategy,
  name,
  asOf,
  refreshedAt,
}: {
  strategy: string;
  name: string;
  asOf?: string;
  refreshedAt: number | null;
}) {
  const state = useQuery(RaciMatrixDocument, { strategy, asOf }, false, refreshedAt);
  return (
    <Loaded state={state} pick={(data) => data.raciMatrix}>
      {(matrix) => (
        <>
          {matrix.rows.length ? <Problems matrix={matrix} /> : null}
          <Table matrix={matrix} name={name} />
          {matrix.rows.length ? <Legend /> : null}
        </>
      )}
    </Loaded>
  );
}
