import { RecordHistoryDocument, type HistoryPageFragment } from '@samverkan/schema';
import { useState } from 'react';
import { useQuery } from '../graphql';
import { Section } from './Section';
import { useT, wordFor, type Lang } from '../i18n';

const PAGE_SIZE = 10;
/** Bookkeeping columns every change touches; listing them would hide what really changed. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt']);
const LONGEST_VALUE = 120;

const moments: Record<Lang, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }),
};

type Snapshot = Record<string, unknown> | null | undefined;

/** The fields whose values differ between two snapshots of a record, in the record's order. */
function changedFields(before: Snapshot, after: Snapshot): string[] {
  if (!before || !after) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter(
    (key) => !BOOKKEEPING.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

function shown(value: unknown, empty: string): string {
  if (value == null || value === '') return empty;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text;
}

function HistoryEntries({ page }: { page: HistoryPageFragment }) {
  const { t, lang } = useT();
  return (
    <>
      {page.edges.map(({ cursor, node: event }) => {
        const fields = changedFields(event.before, event.after);
        return (
          <li key={cursor} className="history-event">
            <div className="fact-main">
              <strong>{t.historyOperations[event.operation]}</strong>{' '}
              <span className="muted">
                {moments[lang].format(new Date(event.occurredAt))} {t.historyBy} {event.actorName}
              </span>
            </div>
            {fields.length ? (
              <ul className="history-fields">
                {fields.map((field) => (
                  <li key={field}>
                    <span className="history-field">
                      {wordFor(t.historyFields, field) ?? field}
                    </span>
                    : <del>{shown(event.before?.[field], t.historyEmpty)}</del> →{' '}
                    <ins>{shown(event.after?.[field], t.historyEmpty)}</ins>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </>
  );
}

/** One page of the log; the last page loaded offers the next, older one. */
function HistoryPageOf({
  id,
  after,
  isLast,
  onOlder,
  refreshedAt,
}: {
  id: string;
  after: string | null;
  isLast: boolean;
  onOlder: (cursor: string) => void;
  refreshedAt: number | null;
}) {
  const { t } = useT();
  const state = useQuery(
    RecordHistoryDocument,
    { id, first: PAGE_SIZE, after },
    false,
    refreshedAt,
  );
  if (state.status === 'loading') return <li className="muted">{t.loading}</li>;
  if (state.status === 'error') return <li role="alert">{state.error.message}</li>;
  const page = state.data.node && 'history' in state.data.node ? state.data.node.history : null;
  if (!page) return null;
  return (
    <>
      {after === null ? (
        <li className="muted">
          {page.totalCount ? t.historyCount(page.totalCount) : t.historyNone}
        </li>
      ) : null}
      <HistoryEntries page={page} />
      {isLast && page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <li>
          <button
            type="button"
            className="link-button"
            onClick={() => onOlder(page.pageInfo.endCursor!)}
          >
            {t.historyOlder}
          </button>
        </li>
      ) : null}
    </>
  );
}

/**
 * A record's change log from the audit trail: what changed, when and by whom, newest first.
 * Loaded only when opened, ten changes at a time; read again when the page refreshes live.
 */
export function History({ id, refreshedAt }: { id: string; refreshedAt: number | null }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <Section id="history" title={t.history} wide>
      <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t.historyShow}</summary>
        {open ? (
          <ul className="facts">
            {cursors.map((after, i) => (
              <HistoryPageOf
                key={after ?? 'newest'}
                id={id}
                after={after}
                isLast={i === cursors.length - 1}
                onOlder={(cursor) => setCursors((loaded) => [...loaded, cursor])}
                refreshedAt={refreshedAt}
              />
            ))}
          </ul>
        ) : null}
      </details>
    </Section>
  );
}
