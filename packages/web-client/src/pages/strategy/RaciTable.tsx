import { useT } from '../../i18n';
import { Link } from '../../router';
import { routes } from '../../routes';
import { LETTERS, problemWords, type Matrix, type Problem } from './raci';

type Column = Matrix['columns'][number];
type Cell = Matrix['rows'][number]['cells'][number];

/** A letter's name as the totals' field: RESPONSIBLE → responsible. */
const lowercase = <T extends string>(letter: T) => letter.toLowerCase() as Lowercase<T>;

/** A column's head: the strategy itself or an objective (code and title), with its flag. */
function ColumnHead({ column, problem }: { column: Column; problem: Problem | null }) {
  const { t } = useT();
  const { objective } = column;
  return (
    <th
      scope="col"
      className={`raci-col${problem ? ` raci-col-${problem}` : ''}${objective ? '' : ' raci-col-strategy'}`}
      title={objective ? `${objective.code} ${objective.title}` : column.label}
    >
      {objective ? (
        <>
          <span className="code">{objective.code}</span>
          <span className="raci-col-title">{objective.title}</span>
        </>
      ) : (
        <span className="raci-col-title">{column.label}</span>
      )}
      {problem ? (
        <span className={`flag flag-${problem}`}>{problemWords(t, problem).flag}</span>
      ) : null}
    </th>
  );
}

/**
 * A cell: its letters for the eye, the roles they stand for for screen readers and as title;
 * empty where the actor has no role (the API sends only the cells an actor fills).
 */
function RaciCell({ cell }: { cell: Cell | undefined }) {
  const { t, label } = useT();
  if (!cell) return <td className="raci-cell raci-cell-empty" />;
  const roles = cell.roles.map((role) => label(role)).join(', ');
  return (
    <td
      className={`raci-cell${cell.raci.includes('ACCOUNTABLE') ? ' raci-cell-a' : ''}`}
      title={roles}
    >
      <span aria-hidden="true" className="letters">
        {cell.raci.map((letter) => t.raciLetters[letter] ?? letter).join('')}
      </span>
      <span className="visually-hidden">{roles}</span>
    </td>
  );
}

/** A row's cells by column: the cell of each column, undefined where the actor has none. */
const byColumn = (cells: Cell[], columns: number): (Cell | undefined)[] => {
  const line: (Cell | undefined)[] = Array.from({ length: columns }, () => undefined);
  for (const cell of cells) line[cell.column] = cell;
  return line;
};

/**
 * Actors × the strategy and its objectives, with the cells each actor fills as a row total and
 * the actors in each column as column totals (the letters' counts as their title). The table
 * scrolls sideways in a focusable, labelled region of its own.
 */
export function RaciTable({ matrix, name }: { matrix: Matrix; name: string }) {
  const { t } = useT();
  const gapIds = new Set(matrix.gaps.map((gap) => gap.id));
  const conflictIds = new Set(matrix.conflicts.map((conflict) => conflict.objective.id));
  const problemOf = (id: string | undefined): Problem | null =>
    id && gapIds.has(id) ? 'gap' : id && conflictIds.has(id) ? 'conflict' : null;
  if (matrix.rows.length === 0) return <p className="muted">{t.raciEmpty}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t.raciCaption(name)} tabIndex={0}>
      <table className="raci-table">
        <caption className="visually-hidden">{t.raciCaption(name)}</caption>
        <thead>
          <tr>
            <td className="raci-corner" />
            {matrix.columns.map((column, i) => (
              <ColumnHead key={i} column={column} problem={problemOf(column.objective?.id)} />
            ))}
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
              {byColumn(row.cells, matrix.columns.length).map((cell, c) => (
                <RaciCell key={c} cell={cell} />
              ))}
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
                  (letter) => `${t.raciLetters[letter]} ${total[lowercase(letter)]}`,
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
