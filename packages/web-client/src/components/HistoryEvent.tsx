import type { HistoryPageFragment } from '@samverkan/schema';
import { useT, wordFor } from '../i18n';
import { formatMoment } from '../moment';
import { Link, useLocation } from '../router';

type HistoryEventFragment = HistoryPageFragment['edges'][number]['node'];

/**
 * Bookkeeping every change touches, and the periods of timed fields (each such field shows the
 * day its new value holds from instead); listing them would hide what really changed.
 */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt', 'timeline']);
/** How much of a value the log shows; a longer one (a description, say) ends in "…". */
const LONGEST_VALUE = 120;

type Snapshot = Record<string, unknown> | null | undefined;

/** The fields whose values differ between two snapshots of a record, in the record's order. */
function changedFields(before: Snapshot, after: Snapshot): string[] {
  if (!before || !after) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter(
    (key) => !BOOKKEEPING.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/** One value as the log shows it: a record it refers to by its name, a citation by its quotation. */
function item(value: unknown, names: Map<string, string>): string {
  if (typeof value === 'string') return names.get(value) ?? value;
  if (value && typeof value === 'object' && 'quote' in value && typeof value.quote === 'string') {
    return `”${value.quote}”`;
  }
  return JSON.stringify(value);
}

/**
 * A field's value as the log shows it: `empty` for none, a record it refers to by its name
 * (`names`: global ID → name), a list as its items, cut short when long.
 */
function shown(value: unknown, empty: string, names: Map<string, string>): string {
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return empty;
  const text = Array.isArray(value)
    ? value.map((one) => item(one, names)).join(', ')
    : item(value, names);
  return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text;
}

/** The day a timed field's value recorded last holds from (null: for as long as it is known). */
function heldFrom(snapshot: Snapshot, field: string): string | null {
  const periods = (snapshot?.timeline ?? {}) as Record<string, { validFrom: string | null }[]>;
  return periods[field]?.at(-1)?.validFrom ?? null;
}

/**
 * A moment just after an instant the API gave to the millisecond: the database keeps it to the
 * microsecond, so the change itself is known then.
 */
const justAfter = (instant: string) => new Date(Date.parse(instant) + 1).toISOString();

/**
 * One change of a record: what was done, when, by whom and why, each changed field from → to,
 * and a link to the page as the register showed it right after the change (`?knownAt=`).
 */
export function HistoryEvent({ event }: { event: HistoryEventFragment }) {
  const { t, lang } = useT();
  const { path } = useLocation();
  const fields = changedFields(event.before, event.after);
  const names = new Map(event.references.flatMap(({ id, name }) => (name ? [[id, name]] : [])));
  return (
    <li className="history-event">
      <div className="fact-main">
        <strong>{t.historyOperations[event.operation]}</strong>{' '}
        <span className="muted">
          {formatMoment(lang, event.occurredAt)}
          {/* Who made a change is shown to signed-in users only (the API gives it to no one else). */}
          {event.actorName ? ` ${t.historyBy} ${event.actorName}` : null}
        </span>
      </div>
      {event.reason ? (
        <p className="history-reason">
          {t.historyReason}: {event.reason}
        </p>
      ) : null}
      {fields.length ? (
        <ul className="history-fields">
          {fields.map((field) => (
            <li key={field}>
              <span className="history-field">{wordFor(t.historyFields, field) ?? field}</span>:{' '}
              <del>{shown(event.before?.[field], t.historyEmpty, names)}</del> →{' '}
              <ins>{shown(event.after?.[field], t.historyEmpty, names)}</ins>
              {heldFrom(event.after, field) ? (
                <span className="muted">
                  {' '}
                  ({t.historyFrom} {heldFrom(event.after, field)})
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {event.operation === 'RETRACT' ? null : (
        <p className="history-known-at">
          <Link to={`${path}?knownAt=${encodeURIComponent(justAfter(event.occurredAt))}`}>
            {t.historyKnownAt}
          </Link>
        </p>
      )}
    </li>
  );
}
