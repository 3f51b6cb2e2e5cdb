import { RecordHistoryDocument, type HistoryPageFragment } from '@samverkan/schema';
import { useState } from 'react';
import { useQuery } from '../graphql';
import { Section } from './Section';
import { langOf, useT, type Lang } from '../i18n';
import { useLocation } from '../router';

const PAGE_SIZE = 10;
/** Bookkeeping columns every change touches; listing them would hide what really changed. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt']);
const LONGEST_VALUE = 120;

const texts = {
  sv: {
    history: 'Historik',
    show: 'Visa ändringar i registret',
    operations: { CREATE: 'Skapad', UPDATE: 'Ändrad', ARCHIVE: 'Arkiverad', END: 'Avslutad' },
    by: 'av',
    older: 'Visa äldre ändringar',
    none: 'Inga ändringar registrerade.',
    count: (n: number) => (n === 1 ? '1 ändring' : `${n} ändringar`),
    empty: 'tomt',
    fields: {
      name: 'namn',
      shortName: 'kortnamn',
      description: 'beskrivning',
      website: 'webbplats',
      sector: 'sektor',
      level: 'nivå',
      type: 'typ',
      kind: 'slag',
      status: 'status',
      slug: 'adress',
      parentId: 'överordnad',
      purpose: 'syfte',
      goal: 'mål',
      validFrom: 'gäller från',
      validTo: 'gäller till',
      archivedAt: 'arkiverad',
    } as Record<string, string>,
  },
  en: {
    history: 'History',
    show: 'Show changes in the register',
    operations: { CREATE: 'Created', UPDATE: 'Changed', ARCHIVE: 'Archived', END: 'Ended' },
    by: 'by',
    older: 'Show older changes',
    none: 'No changes recorded.',
    count: (n: number) => (n === 1 ? '1 change' : `${n} changes`),
    empty: 'empty',
    fields: {
      shortName: 'short name',
      parentId: 'parent',
      validFrom: 'valid from',
      validTo: 'valid to',
      archivedAt: 'archived',
    } as Record<string, string>,
  },
};

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

function HistoryEntries({ page, lang }: { page: HistoryPageFragment; lang: Lang }) {
  const x = texts[lang];
  return (
    <>
      {page.edges.map(({ cursor, node: event }) => {
        const fields = changedFields(event.before, event.after);
        return (
          <li key={cursor} className="history-event">
            <div className="fact-main">
              <strong>{x.operations[event.operation]}</strong>{' '}
              <span className="muted">
                {moments[lang].format(new Date(event.occurredAt))} {x.by} {event.actorName}
              </span>
            </div>
            {fields.length ? (
              <ul className="history-fields">
                {fields.map((field) => (
                  <li key={field}>
                    <span className="history-field">{x.fields[field] ?? field}</span>:{' '}
                    <del>{shown(event.before?.[field], x.empty)}</del> →{' '}
                    <ins>{shown(event.after?.[field], x.empty)}</ins>
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
  const { params } = useLocation();
  const lang = langOf(params);
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
  const x = texts[lang];
  return (
    <>
      {after === null ? (
        <li className="muted">{page.totalCount ? x.count(page.totalCount) : x.none}</li>
      ) : null}
      <HistoryEntries page={page} lang={lang} />
      {isLast && page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <li>
          <button
            type="button"
            className="link-button"
            onClick={() => onOlder(page.pageInfo.endCursor!)}
          >
            {x.older}
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
  const { params } = useLocation();
  const x = texts[langOf(params)];
  const [open, setOpen] = useState(false);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <Section id="history" title={x.history} wide>
      <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{x.show}</summary>
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
