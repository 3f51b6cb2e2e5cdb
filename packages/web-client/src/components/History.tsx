import { RecordHistoryDocument } from '@samverkan/schema';
import { useState } from 'react';
import { useQuery } from '../graphql';
import { Section } from './Section';
import { useT } from '../i18n';
import { HistoryEvent } from './HistoryEvent';
import './History.css';

const PAGE_SIZE = 10;

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
      {page.edges.map(({ cursor, node }) => (
        <HistoryEvent key={cursor} event={node} />
      ))}
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
