import { subscribe } from '../../testing/subscriptions';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    seed: 'foundation',
    rateLimits: { anonymousPerMinute: 5, signedInPerMinute: 100 },
  });
});
afterAll(() => api.stop());

const ask = (as?: string) =>
  fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(as ? { authorization: `Bearer ${as}` } : {}),
    },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

describe('a burst past the rate limit', () => {
  it('is answered 429 with Retry-After, telling the limit in every answer; others go on', async () => {
    const remaining: string[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await ask();
      expect(response.status).toBe(200);
      remaining.push(response.headers.get('ratelimit')!.replace(/, reset=\d+$/, ''));
      expect(response.headers.get('ratelimit-policy')).toBe('5;w=60');
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0].map((left) => `limit=5, remaining=${left}`));

    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });

    // A signed-in caller is counted apart from the address.
    expect((await ask(api.tokens.viewer)).status).toBe(200);
    // Over WebSocket the same budget is spent.
    const socket = await subscribe(api.url, '{ __typename }');
    expect(JSON.stringify((await socket.next()).errors)).toContain('RATE_LIMITED');
    await socket.close();
  });
});
