import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestApi } from './test-api';

/**
 * A graphql-ws client of `api` sending `cookie` with its upgrade request, or a token in its params;
 * `ask` runs one operation on it, `closes` lists the codes it was closed with.
 */
export function connectWebSocket(api: TestApi, credentials: { cookie?: string; token?: string }) {
  const closes: number[] = [];
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: credentials.cookie ? { cookie: credentials.cookie } : {} });
    }
  }
  const client: Client = createClient({
    url: api.url.replace(/^http/, 'ws'),
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
    // One connection for all operations: the checks at each operation are what is tested.
    lazy: false,
    onNonLazyError: () => {},
    connectionParams: credentials.token ? { authorization: `Bearer ${credentials.token}` } : {},
    on: { closed: (event) => closes.push((event as { code: number }).code) },
  });
  const ask = (query: string, variables?: Record<string, unknown>) =>
    new Promise<{ data?: any; errors?: any[] }>((resolve, reject) => {
      let value: { data?: any; errors?: any[] };
      client.subscribe(
        { query, variables },
        { next: (v) => (value = v as typeof value), error: reject, complete: () => resolve(value) },
      );
    });
  return { client, closes, ask };
}
