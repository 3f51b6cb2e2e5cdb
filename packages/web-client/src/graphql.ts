import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useEffect, useState } from 'react';

/** Where the API answers: the same origin (the API serves this app; `vite dev` proxies it). */
const ENDPOINT = '/graphql';

/** The API refused the request: its messages, and the codes of its errors (`FORBIDDEN` …). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: readonly string[] = [],
  ) {
    super(message);
  }
}

const printed = new WeakMap<DocumentNode, string>();
function text(document: DocumentNode): string {
  let query = printed.get(document);
  if (!query) {
    query = print(document);
    printed.set(document, query);
  }
  return query;
}

/** Runs one typed document over HTTP and returns its data, or throws with the API's messages. */
export async function request<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TData> {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: text(document), variables }),
    signal,
  });
  const body = (await response.json().catch(() => null)) as {
    data?: TData;
    errors?: { message: string; extensions?: { code?: string } }[];
  } | null;
  if (body?.errors?.length)
    throw new GraphQLRequestError(
      body.errors.map((e) => e.message).join('; '),
      body.errors.flatMap((e) => (e.extensions?.code ? [e.extensions.code] : [])),
    );
  if (!response.ok || !body?.data) throw new GraphQLRequestError(`HTTP ${response.status}`);
  return body.data;
}

export type QueryState<TData> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error }
  | { status: 'done'; data: TData; error?: undefined };

/**
 * Runs a query when it or its variables change; the last answer wins. `refetch` runs it again and
 * keeps showing the answer it has until the new one arrives; so does a new `refreshedAt` (the
 * page's last live refresh, see `useLiveRefresh`), for parts of a page with a query of their own.
 */
export function useQuery<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  skip = false,
  refreshedAt: number | null = null,
): QueryState<TData> & { refetch: () => void } {
  const key = JSON.stringify(variables);
  const [revision, setRevision] = useState(0);
  const refetch = useCallback(() => setRevision((r) => r + 1), []);
  const [state, setState] = useState<{ key: string; value: QueryState<TData> }>({
    key: '',
    value: { status: 'loading' },
  });
  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    request(document, JSON.parse(key) as TVariables, controller.signal).then(
      (data) => setState({ key, value: { status: 'done', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({
          key,
          value: {
            status: 'error',
            error: error instanceof Error ? error : new Error(String(error)),
          },
        });
      },
    );
    return () => controller.abort();
  }, [document, key, skip, revision, refreshedAt]);
  return {
    ...(state.key === key ? state.value : { status: 'loading' }),
    refetch,
  } as QueryState<TData> & {
    refetch: () => void;
  };
}
