import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { LiveEvents } from '../core/pubsub/live-events';

export interface TestSubscription<T = Record<string, any>> {
  /** The next result the server sent (data or errors); fails after `timeoutMs`. */
  next(timeoutMs?: number): Promise<{ data?: T; errors?: any[] }>;
  /** Everything received and not yet taken with `next`. */
  pending(): number;
  close(): Promise<void>;
}

/** Polls `check` until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Subscribes over graphql-ws (one connection per subscription) and, when `listening` is given,
 * waits until the server's pub/sub has the subscription's listener: from then on no event can be
 * missed, so tests need no sleeps.
 */
export async function subscribe<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { token?: string; listening?: LiveEvents } = {},
): Promise<TestSubscription<T>> {
  const client: Client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    onNonLazyError: () => {},
  });
  const received: { data?: T; errors?: any[] }[] = [];
  const waiting: ((value: { data?: T; errors?: any[] }) => void)[] = [];
  let failure: unknown;
  const deliver = (value: { data?: T; errors?: any[] }) => {
    const waiter = waiting.shift();
    if (waiter) waiter(value);
    else received.push(value);
  };
  const before = options.listening?.subscribers() ?? 0;
  client.subscribe<T>(
    { query, variables },
    {
      next: (value) => deliver(value as { data?: T; errors?: any[] }),
      error: (error) => {
        failure = error;
        deliver({ errors: [{ message: 'subscription failed', cause: error }] });
      },
      complete: () => {},
    },
  );
  if (options.listening) {
    const live = options.listening;
    await waitFor(
      () => live.subscribers() > before || failure !== undefined,
      'the server to listen for the subscription',
    );
  }
  return {
    next(timeoutMs = 5000) {
      const ready = received.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(wrapped), 1);
          reject(new Error(`no event within ${timeoutMs} ms`));
        }, timeoutMs);
        const wrapped = (value: { data?: T; errors?: any[] }) => {
          clearTimeout(timer);
          resolve(value);
        };
        waiting.push(wrapped);
      });
    },
    pending: () => received.length,
    close: () => client.dispose() as Promise<void>,
  };
}
