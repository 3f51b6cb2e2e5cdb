import { useErrorText } from '../../components/Form';
import { useT } from '../../i18n';
import { fieldWord } from './fieldWords';
import type { RowError, RowResult } from './importing';

/** An enum value as the API writes it ("BUSINESS"), to be worded by the dictionary. */
const ENUM = /^[A-Z][A-Z_]+$/;

/**
 * A field's value before or after, as a person reads it: a record by its name (`names`, by
 * global ID), an enum value in words, yes or no, a list by commas, nothing as a dash.
 */
function useValueText() {
  const { t, label } = useT();
  const text = (value: unknown, names: Map<string, string>): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t.editYes : t.editNo;
    if (Array.isArray(value)) return value.map((one) => text(one, names)).join(', ') || '—';
    if (typeof value === 'object') return JSON.stringify(value);
    const shown = String(value);
    return names.get(shown) ?? (ENUM.test(shown) ? label(shown) : shown);
  };
  return text;
}

/** A row's error in the user's language where its code has words, else as it was given. */
function useRowErrorText() {
  const { t } = useT();
  const errorText = useErrorText(t.editErrors);
  return (error: RowError) =>
    error.api
      ? errorText({
          field: ['input', error.api.field],
          code: error.api.code,
          message: error.message,
        })
      : error.message;
}

/** The most rows the table draws: the refused ones first, so none of them is left out. */
const SHOWN = 200;

/**
 * Every row's outcome: its number and line in the file, its status, the fields it changes (or
 * would change) from → to in words, and its errors at their column.
 */
export function ResultsTable({
  type,
  results,
  written,
}: {
  type: string;
  results: RowResult[];
  written: boolean;
}) {
  const translation = useT();
  const { t } = translation;
  const valueText = useValueText();
  const errorText = useRowErrorText();
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
          {shown.map(({ read, status, changes, names, errors }) => (
            <tr key={read.number} className={`import-${status.toLowerCase()}`}>
              <th scope="row">{read.number}</th>
              <td>{read.line}</td>
              <td>{words[status]}</td>
              <td>
                {errors.length > 0 ? (
                  <ul className="import-errors">
                    {errors.map((error, index) => (
                      <li key={index}>
                        {error.column ? <code>{error.column}</code> : null} {errorText(error)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <ul className="import-changes">
                    {changes.map((change) => {
                      const field = fieldWord(type, change.field, translation);
                      return field === null ? null : (
                        <li key={change.field}>
                          <span className="import-field">{field}</span>{' '}
                          {valueText(change.before, names)} → {valueText(change.after, names)}
                        </li>
                      );
                    })}
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
