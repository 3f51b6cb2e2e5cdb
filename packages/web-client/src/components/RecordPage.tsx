import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, type ReactNode } from 'react';
import { invalidate, useQuery } from '../graphql';
import { useLiveRefresh, type Watch } from '../live';
import { navigate, useLocation } from '../router';
import { Loaded } from './Status';

/**
 * The page of one record (an actor, forum, strategy, person, area or review): runs the page's
 * query and refreshes it live on changes to what `watched` lists of the record; until the record
 * is in, the loading, error or not-found notice, then `children` in the page's article, given the
 * record, the time of the last live refresh (for `Updated` and for parts with queries of their
 * own) and `changed` (to call after a change made on it: every cached answer is stale, since the
 * change may show anywhere, and those on screen, this page's among them, are read again). With
 * `address`, a page reached by an address the record no longer has (an old slug, which the API
 * still resolves) moves to its current one, keeping the query string.
 */
const changed = () => void invalidate();

export function RecordPage<TData, TVariables, TRecord>({
  query,
  variables,
  pick,
  watched,
  address,
  children,
}: {
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
  /** The record in the query's answer; null or undefined when there is none. */
  pick: (data: TData) => TRecord | null | undefined;
  watched: (record: TRecord) => Watch[];
  address?: (record: TRecord) => string;
  children: (record: TRecord, refreshedAt: number | null, changed: () => void) => ReactNode;
}) {
  const state = useQuery(query, variables);
  const record = state.data ? pick(state.data) : null;
  const refreshedAt = useLiveRefresh(record ? watched(record) : []);
  const { path } = useLocation();
  const current = record && address?.(record);
  useEffect(() => {
    if (current && current !== path) {
      navigate(current + window.location.search + window.location.hash, { replace: true });
    }
  }, [current, path]);
  return (
    <Loaded state={state} pick={pick}>
      {(shown) => <article className="page">{children(shown, refreshedAt, changed)}</article>}
    </Loaded>
  );
}
