import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { invitedUser } from '../../testing/browser';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

/** A graphql-ws client sending `cookie` with its upgrade request, or a token in its params. */
function connect(credentials: { cookie?: string; token?: string }) {
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
  const ask = (query: string) =>
    new Promise<{ data?: any; errors?: any[] }>((resolve, reject) => {
      let value: { data?: any; errors?: any[] };
      client.subscribe(
        { query },
        { next: (v) => (value = v as typeof value), error: reject, complete: () => resolve(value) },
      );
    });
  return { client, closes, ask };
}

const ROLE = '{ viewer { role user { email } } }';

it("reads as the session's user, and closes 4403 at the next operation once it ended", async () => {
  const { browser } = await invitedUser(api, 'ws@region.se');
  const socket = connect({ cookie: browser.cookie! });
  try {
    expect(await socket.ask(ROLE)).toEqual({
      data: { viewer: { role: 'EDITOR', user: { email: 'ws@region.se' } } },
    });
    await browser.graphql('mutation { signOut(input: {}) { endedSessions } }');
    await expect(socket.ask(ROLE)).rejects.toBeDefined();
    expect(socket.closes).toEqual([4403]);
  } finally {
    await socket.client.dispose();
  }
});

it('closes 4403 at the next operation once its token was revoked', async () => {
  const { secret, token } = await api.app.services.token.issue('revoked soon', 'EDITOR');
  const socket = connect({ token: secret });
  try {
    expect((await socket.ask(ROLE)).data!.viewer.role).toBe('EDITOR');
    await api.sql('UPDATE api_token SET revoked_at = now() WHERE id = $1', [token.id]);
    await expect(socket.ask(ROLE)).rejects.toBeDefined();
    expect(socket.closes).toEqual([4403]);
  } finally {
    await socket.client.dispose();
  }
});

it('reads an ended session as anonymous when the socket opens, and an unknown token not at all', async () => {
  const anonymous = connect({ cookie: 'samverkan_session=svs_ended-or-never-was' });
  const unknown = connect({ token: 'svk_not-a-real-token' });
  try {
    expect(await anonymous.ask(ROLE)).toEqual({ data: { viewer: { role: null, user: null } } });
    await expect(unknown.ask(ROLE)).rejects.toBeDefined();
    expect(unknown.closes).toEqual([4403]);
  } finally {
    await anonymous.client.dispose();
    await unknown.client.dispose();
  }
});
