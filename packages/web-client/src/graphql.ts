import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  QueryClient,
  useMutation as useCachedMutation,
  useQuery as useCachedQuery,
  type UseMutationResult,
} from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';

/** Where the API answers: the same origin (the API serves this app; `vite dev` proxies it). */
const ENDPOINT = '/graphql';

/**
 * The API refused the request (or answered without data): its messages, and the codes of its
 * errors (`FORBIDDEN` …). Asking again gives the same answer.
 */
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

/** A document's operation name, which names its answers in the cache (`Viewer`, `ActorPage` …). */
function operationName(document: DocumentNode): string {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition',
  );
  return operation?.name?.value ?? text(document);
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

/**
 * The client's one cache of answers (TanStack Query), keyed by operation name and variables. An
 * answer is shown at once when a page is visited again and read again behind it; live refresh and
 * writes invalidate it (`invalidate`). A network failure is tried once more, the API's own errors
 * never (they would answer the same).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      refetchOnWindowFocus: false,
      retry: (failures, error) => !(error instanceof GraphQLRequestError) && failures < 1,
    },
  },
});

/**
 * Marks cached answers stale and reads again those on screen: of the given documents, or all
 * when none is given (after a write, since it may show anywhere; on a live change; on signing in
 * or out, which changes what may be seen).
 */
export function invalidate(...documents: DocumentNode[]): Promise<void> {
  if (!documents.length) return queryClient.invalidateQueries();
  const names = new Set(documents.map(operationName));
  return queryClient.invalidateQueries({
    predicate: (query) => names.has(query.queryKey[0] as string),
  });
}

export type QueryState<TData> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: Error }
  | { status: 'done'; data: TData; error?: undefined };

/**
 * Runs a query from the cache when it or its variables change; the answer for other variables is
 * never shown meanwhile. `refetch` runs it again and keeps showing the answer it has until the
 * new one arrives; so does a new `refreshedAt` (a time of refresh, for a part of a page that
 * is read again with something else than the cache's invalidation).
 */
export function useQuery<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  skip = false,
  refreshedAt: number | null = null,
): QueryState<TData> & { refetch: () => void } {
  const query = useCachedQuery({
    queryKey: [operationName(document), variables],
    queryFn: ({ signal }) => request(document, variables, signal),
    enabled: !skip,
  });
  const { refetch: refetchQuery } = query;
  // Joins a read already under way (a live refresh's invalidation) rather than starting another.
  const refetch = useCallback(() => void refetchQuery({ cancelRefetch: false }), [refetchQuery]);
  const firstRefresh = useRef(refreshedAt);
  useEffect(() => {
    if (refreshedAt !== firstRefresh.current) refetch();
  }, [refreshedAt, refetch]);
  const state: QueryState<TData> =
    query.status === 'error'
      ? { status: 'error', error: query.error }
      : query.status === 'success'
        ? { status: 'done', data: query.data }
        : { status: 'loading' };
  return { ...state, refetch };
}

/**
 * Runs a typed mutation (`mutate`/`mutateAsync` with its variables) and, once the API has
 * answered, invalidates the cached answers of `invalidates` (all when none are given): a page
 * shows what was written without a reload. The answer's `userErrors` are the caller's to show.
 */
export function useMutation<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  invalidates: DocumentNode[] = [],
): UseMutationResult<TData, Error, TVariables> {
  return useCachedMutation({
    mutationFn: (variables: TVariables) => request(document, variables),
    onSuccess: () => invalidate(...invalidates),
  });
}
