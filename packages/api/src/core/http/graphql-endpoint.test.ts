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

describe('the GraphQL endpoint as production runs it (no statement counting)', () => {
  let production: TestApi;
  beforeAll(async () => {
    production = await startTestApi({ seed: 'foundation', countStatements: false });
  });
  afterAll(() => production.stop());

  it('sends no statement count, and masked errors still quote the request id', async () => {
    await production.sql('ALTER TABLE actor RENAME TO actor_moved');
    try {
      const response = await fetch(production.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-without-scope' },
        body: JSON.stringify({ query: '{ actors { totalCount } }' }),
      });
      expect(response.headers.get('x-sql-statements')).toBeNull();
      const { errors } = (await response.json()) as {
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      expect(errors[0].extensions).toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        requestId: 'req-without-scope',
      });
      expect(errors[0].message).toMatch(/Quote request id req-without-scope/);
    } finally {
      await production.sql('ALTER TABLE actor_moved RENAME TO actor');
    }
  });
});
