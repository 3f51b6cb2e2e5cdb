import { startTestApi, type TestApi } from '../../testing/test-api';
import { invitedUser } from '../../testing/browser';
import { connectWebSocket } from '../../testing/websocket';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const ROLE = '{ viewer { role user { email } } }';

it("reads as the session's user, and closes 4403 at the next operation once it ended", async () => {
  const { browser } = await invitedUser(api, 'ws@region.se');
  const socket = connectWebSocket(api, { cookie: browser.cookie! });
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
  const socket = connectWebSocket(api, { token: secret });
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
  const anonymous = connectWebSocket(api, { cookie: 'samverkan_session=svs_ended-or-never-was' });
  const unknown = connectWebSocket(api, { token: 'svk_not-a-real-token' });
  try {
    expect(await anonymous.ask(ROLE)).toEqual({ data: { viewer: { role: null, user: null } } });
    await expect(unknown.ask(ROLE)).rejects.toBeDefined();
    expect(unknown.closes).toEqual([4403]);
  } finally {
    await anonymous.client.dispose();
    await unknown.client.dispose();
  }
});
