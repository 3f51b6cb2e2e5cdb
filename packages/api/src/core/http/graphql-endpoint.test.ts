import { Client } from 'pg';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation', maxConcurrentOperations: 1 });
});
afterAll(() => api.stop());

const settledWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise((r) => setTimeout(r, ms, false))]);

describe('the GraphQL endpoint', () => {
  it('executes no more operations at once than allowed; the others wait their turn', async () => {
    // Another session locks the actor table, so an operation reading actors waits inside its turn.
    const { url } = api.app.dataSource.options as { url: string };
    const locker = new Client({ connectionString: url });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE actor IN ACCESS EXCLUSIVE MODE');
      const reading = api.graphql('{ actors { totalCount } }');
      // Needs no database at all, yet waits: the one turn is taken.
      const waiting = api.graphql('{ __typename }');
      expect(await settledWithin(waiting, 500)).toBe(false);
      await locker.query('COMMIT');
      expect((await reading).data).toEqual({ actors: { totalCount: expect.any(Number) } });
      expect((await waiting).data).toEqual({ __typename: 'Query' });
    } finally {
      await locker.end();
    }
  });
});
