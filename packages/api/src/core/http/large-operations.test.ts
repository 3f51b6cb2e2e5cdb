import { whileLocked } from '../../testing/sql';
import { startTestApi, type TestApi } from '../../testing/test-api';

/** Large from a cost of 50, one at a time: a hundred actors is large, `__typename` small. */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation', largeOperations: { fromCost: 50, atOnce: 1 } });
});
afterAll(() => api.stop());

const LARGE = '{ actors(first: 100) { totalCount nodes { id name } } }';

/** The large operations waiting and running, as `/metrics` tells them. */
async function largeOperations() {
  const text = await (await fetch(api.url.replace(/\/graphql$/, '/metrics'))).text();
  const count = (state: string) =>
    Number(
      new RegExp(`^samverkan_large_operations\\{state="${state}"\\} (\\d+)$`, 'm').exec(text)?.[1],
    );
  return { waiting: count('waiting'), running: count('running') };
}

/** Polls `/metrics` until the large operations are as `expected`. */
async function untilLargeOperations(expected: { waiting: number; running: number }) {
  for (let tries = 0; tries < 100; tries++) {
    if (JSON.stringify(await largeOperations()) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(await largeOperations()).toEqual(expected);
}

describe('large operations', () => {
  it('run one at a time as set; small ones pass them by; each ends its turn when answered', async () => {
    const { url } = api.app.dataSource.options as { url: string };
    await whileLocked(url, 'actor', async (unlock) => {
      // The first holds the turn, waiting for the table; the second waits for the turn.
      const first = api.graphql(LARGE);
      await untilLargeOperations({ waiting: 0, running: 1 });
      const second = api.graphql(LARGE);
      await untilLargeOperations({ waiting: 1, running: 1 });
      // A small operation is not held up by either.
      expect((await api.graphql('{ areas(first: 1) { totalCount } }')).errors).toBeUndefined();
      await unlock();
      for (const answer of await Promise.all([first, second])) {
        expect(answer.errors).toBeUndefined();
      }
    });
    await untilLargeOperations({ waiting: 0, running: 0 });
  });

  it('runs no large operation whose caller left while it waited', async () => {
    const { url } = api.app.dataSource.options as { url: string };
    await whileLocked(url, 'actor', async (unlock) => {
      const first = api.graphql(LARGE);
      await untilLargeOperations({ waiting: 0, running: 1 });
      const leaving = new AbortController();
      const gone = fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LARGE }),
        signal: leaving.signal,
      }).catch((error: Error) => error.name);
      await untilLargeOperations({ waiting: 1, running: 1 });
      leaving.abort();
      expect(await gone).toBe('AbortError');
      await unlock();
      expect((await first).errors).toBeUndefined();
    });
    await untilLargeOperations({ waiting: 0, running: 0 });
    const text = await (await fetch(api.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(text).toMatch(/^samverkan_graphql_errors_total\{code="CLIENT_CLOSED_REQUEST"\} 1$/m);
  });

  it('ends the turn of a large operation that fails as it runs', async () => {
    const failing = await api.graphql(
      `query ($id: ID!) { whoDoesWhat(filter: { actor: $id, depth: 9 }) { nodes { id } } }`,
      { id: 'not-an-id' },
    );
    expect(failing.errors).toBeDefined();
    await untilLargeOperations({ waiting: 0, running: 0 });
    expect((await api.graphql(LARGE)).errors).toBeUndefined();
  });
});
