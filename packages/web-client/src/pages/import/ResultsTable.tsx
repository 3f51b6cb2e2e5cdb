import { useT } from '../../i18n';
import type { RowResult } from './importing';

/** A field's value before or after, as text: a list by commas, nothing as a dash. */
function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The most rows the table draws: the refused ones first, so none of them is left out. */
const SHOWN = 200;

/**
 * Every row's outcome: its number and line in the file, its status, the fields it changes (or
 * would change) from → to, and its errors at their column.
 */
export function ResultsTable({ results, written }: { results: RowResult[]; written: boolean }) {
  const { t } = useT();
  const words = written ? t.importStatusDone : t.importStatusWould;
  const ordered = [
    ...results.filter((r) => r.status === 'FAILED'),
    ...results.filter((r) => r.status !== 'FAILED'),
  ];
  const shown = ordered.slice(0, SHOWN);
  return (
    <div className="import-table-scroll" role="region" aria-label={t.importRowsTable} tabIndex={0}>
      <table className="import-table">
        <caption className="visually-hidden">{t.importRowsTable}</caption>
        <thead>
          <tr>
            <th scope="col">{t.importRow}</th>
            <th scope="col">{t.importLine}</th>
            <th scope="col">{t.importStatus}</th>
            <th scope="col">{t.importChanges}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ read, status, changes, errors }) => (
            <tr key={read.number} className={`import-${status.toLowerCase()}`}>
              <th scope="row">{read.number}</th>
              <td>{read.line}</td>
              <td>{words[status]}</td>
              <td>
                {errors.length > 0 ? (
                  <ul className="import-errors">
                    {errors.map((error, index) => (
                      <li key={index}>
                        {error.column ? <code>{error.column}</code> : null} {error.message}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <ul className="import-changes">
                    {changes.map((change) => (
                      <li key={change.field}>
                        <code>{change.field}</code> {valueText(change.before)} →{' '}
                        {valueText(change.after)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ordered.length > SHOWN ? (
        <p className="muted">{t.importShown(SHOWN, ordered.length)}</p>
      ) : null}
    </div>
  );
}
