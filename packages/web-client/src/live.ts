import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import {
  ForumMembershipChangedDocument,
  MeasurementChangedDocument,
  RecordChangedDocument,
  ResponsibilityChangedDocument,
  type ResponsibilityChangeFilter,
} from '@samverkan/schema';
import { invalidate } from './graphql';

/** What a page listens to; each is one subscription of the API's. */
export type Watch =
  | { record: string } // recordChanged: the record itself
  | { forumMembers: string } // forumMembershipChanged: a forum's members joining, changing, leaving
  | { responsibilities: ResponsibilityChangeFilter } // responsibilityChanged: also new ones
  | { measurements: string }; // measurementChanged: an indicator's new and changed values

/** Watches for the records a page lists, each by its id. */
export function records(...lists: readonly (readonly { id: string }[])[]): Watch[] {
  return lists.flat().map((item) => ({ record: item.id }));
}

/**
 * Each subscription is one more filter the API runs on every change, so a page watches at most
 * this many; pages put their own record and what belongs to it first.
 */
const MOST_WATCHED = 100;

// The connection: `lost` from an unexpected close until graphql-ws has connected again. Events
// sent meanwhile are not replayed, so every watching page refetches once it is back.
let lost = false;
const lostListeners = new Set<() => void>();
const reconnectListeners = new Set<() => void>();

function setLost(value: boolean) {
  if (lost === value) return;
  lost = value;
  for (const listener of lostListeners) listener();
}

/** graphql-ws's own close when the last subscription ends; any other close loses events. */
const NORMAL_CLOSURE = 1000;

/** Waits 1, 2, 4 … seconds, at most 30, plus up to one at random so clients do not return at once. */
function retryWait(retries: number): Promise<void> {
  const seconds = Math.min(2 ** retries, 30) + Math.random();
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

let client: Client | null = null;

/** The one WebSocket client of the app, at ws(s)://<this host>/graphql; opened on first use. */
function liveClient(): Client {
  if (!client) {
    const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    client = createClient({
      url: `${protocol}//${location.host}/graphql`,
      lazy: true,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait,
      on: {
        closed: (event) => {
          if ((event as { code?: number } | undefined)?.code !== NORMAL_CLOSURE) setLost(true);
        },
        connected: () => {
          if (!lost) return;
          setLost(false);
          for (const listener of reconnectListeners) listener();
        },
      },
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

function subscribeTo(watch: Watch, onEvent: () => void): () => void {
  if ('record' in watch) return subscribe(RecordChangedDocument, { id: watch.record }, onEvent);
  if ('forumMembers' in watch)
    return subscribe(ForumMembershipChangedDocument, { forum: watch.forumMembers }, onEvent);
  if ('responsibilities' in watch)
    return subscribe(ResponsibilityChangedDocument, { filter: watch.responsibilities }, onEvent);
  return subscribe(MeasurementChangedDocument, { indicator: watch.measurements }, onEvent);
}

/** Calls `listener` each time the connection comes back after it was lost. */
function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/** True while live updates are paused: the connection was lost and graphql-ws is reconnecting. */
export function useLiveUpdatesPaused(): boolean {
  return useSyncExternalStore(
    (listener) => {
      lostListeners.add(listener);
      return () => lostListeners.delete(listener);
    },
    () => lost,
  );
}

const DEBOUNCE_MS = 200;

/**
 * Reads again what is on screen when something a page watches changes, and once after the
 * connection comes back (what changed meanwhile was not told): invalidates the cache, so the
 * page's query and every part of the page with a query of its own refetch, and other answers in
 * the cache are read again when next shown. Events close together cause one refresh. Returns the
 * time of the last refresh, for the "updated just now" notice.
 */
export function useLiveRefresh(watches: readonly Watch[]): number | null {
  const [refreshedAt, setRefreshedAt] = useState<number | null>(null);
  const refresh = useEffectEvent(() => {
    void invalidate();
    setRefreshedAt(Date.now());
  });
  const key = JSON.stringify(watches.slice(0, MOST_WATCHED));
  useEffect(() => {
    const watched = JSON.parse(key) as Watch[];
    if (!watched.length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onEvent = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, DEBOUNCE_MS);
    };
    const stops = [...watched.map((watch) => subscribeTo(watch, onEvent)), onReconnect(onEvent)];
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [key]);
  return refreshedAt;
}
