import type { ReactNode } from 'react';
import type { QueryState } from '../graphql';
import { useT } from '../i18n';
import { usePageTitle } from '../title';
import './Status.css';

/** Loading, error and not-found states of a page's query, or the page itself. */
export function Loaded<TData, TItem>({
  state,
  pick,
  children,
}: {
  state: QueryState<TData>;
  pick: (data: TData) => TItem | null | undefined;
  children: (item: TItem) => ReactNode;
}) {
  const { t } = useT();
  if (state.status === 'loading')
    return (
      <p className="loading" role="status">
        {t.loading}
      </p>
    );
  if (state.status === 'error')
    return (
      <div className="notice" role="alert">
        <h1>{t.error}</h1>
        <p>{state.error.message}</p>
      </div>
    );
  const item = pick(state.data);
  if (!item) return <NotFound />;
  return <>{children(item)}</>;
}

export function NotFound() {
  const { t } = useT();
  usePageTitle(t.notFound);
  return (
    <div className="notice">
      <h1>{t.notFound}</h1>
      <p>{t.notFoundText}</p>
    </div>
  );
}

export function Period({ from, to }: { from?: string | null; to?: string | null }) {
  const { t, date } = useT();
  if (!from && !to) return null;
  return (
    <span className="period">
      {from ? `${t.since} ${date(from)}` : ''}
      {to ? ` ${t.until} ${date(to)}` : ''}
    </span>
  );
}
