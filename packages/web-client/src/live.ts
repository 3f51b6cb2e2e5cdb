import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useEffectEvent, useState } from 'react';
import { RecordChangedDocument, ForumMembershipChangedDocument } from '@samverkan/schema';

let client: Client | null = null;

/** The one WebSocket client of the app, at ws(s)://<this host>/graphql; opened on first use. */
export function liveClient(): Client {
  if (!client) {
    const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    client = createClient({
      url: `${protocol}//${location.host}/graphql`,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
    });
  }
  return client;
}

function subscribe<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  onEvent: () => void,
): () => void {
  return liveClient().subscribe(
    { query: print(document), variables },
    { next: onEvent, error: () => undefined, complete: () => undefined },
  );
}

const DEBOUNCE_MS = 200;

/**
 * Re-runs a page's query when one of its records changes (`recordChanged`) or, for forums, when
 * its memberships change (`forumMembershipChanged`); events close together cause one refetch.
 * Returns the time of the last refresh, for an "updated just now" notice.
 */
export function useLiveRefresh(
  ids: readonly (string | null | undefined)[],
  refetch: () => void,
  forums: readonly (string | null | undefined)[] = [],
): number | null {
  const [refreshedAt, setRefreshedAt] = useState<number | null>(null);
  const refresh = useEffectEvent(() => {
    refetch();
    setRefreshedAt(Date.now());
  });
  const key = JSON.stringify([ids.filter(Boolean), forums.filter(Boolean)]);
  useEffect(() => {
    const [recordIds, forumIds] = JSON.parse(key) as [string[], string[]];
    if (!recordIds.length && !forumIds.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onEvent = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, DEBOUNCE_MS);
    };
    const stops = [
      ...recordIds.map((id) => subscribe(RecordChangedDocument, { id }, onEvent)),
      ...forumIds.map((forum) => subscribe(ForumMembershipChangedDocument, { forum }, onEvent)),
    ];
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [key]);
  return refreshedAt;
}
