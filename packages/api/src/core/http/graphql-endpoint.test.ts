import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, BaseContext } from '@apollo/server';
import pino from 'pino';
import { whileLocked } from '../../testing/sql';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { graphqlEndpoint } from './graphql-endpoint';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    seed: 'foundation',
    maxConcurrentOperations: 1,
    maxConcurrentPerCaller: 8,
    deadlineMs: 1_000,
  });
});
afterAll(() => api.stop());

const settledWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise((r) => setTimeout(r, ms, false))]);

/** Runs `work` while the actor table is locked: an operation reading actors waits in its turn. */
const whileActorsLocked = (work: (unlock: () => Promise<unknown>) => Promise<void>) =>
  whileLocked((api.app.dataSource.options as { url: string }).url, 'actor', work);

describe('the GraphQL endpoint', () => {
  it('executes no more operations at once than allowed; the others wait their turn', async () => {
    await whileActorsLocked(async (unlock) => {
      const reading = api.graphql('{ actors { totalCount } }');
      // Needs no database at all, yet waits: the one turn is taken.
      const waiting = api.graphql('{ __typename }');
      expect(await settledWithin(waiting, 500)).toBe(false);
      await unlock();
      expect((await reading).data).toEqual({ actors: { totalCount: expect.any(Number) } });
      expect((await waiting).data).toEqual({ __typename: 'Query' });
    });
  });

  it('answers 503 DEADLINE_EXCEEDED when an operation outlasts its deadline, and goes on', async () => {
    await whileActorsLocked(async (unlock) => {
      const late = await api.graphql('{ actors { totalCount } }');
      expect(late.status).toBe(503);
      expect(late.errors![0].extensions).toMatchObject({ code: 'DEADLINE_EXCEEDED' });
      await unlock();
    });
    expect((await api.graphql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it('refuses a ninth request of one caller at once with 429, and no other caller', async () => {
    await whileActorsLocked(async (unlock) => {
      const held = [
        api.graphql('{ actors { totalCount } }'),
        ...Array.from({ length: 7 }, () => api.graphql('{ __typename }')),
      ];
      const other = api.graphql('{ __typename }', {}, 'viewer');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const ninth = await api.graphql('{ __typename }');
      expect(ninth.status).toBe(429);
      expect(ninth.errors![0].extensions).toMatchObject({ code: 'TOO_MANY_CONCURRENT_REQUESTS' });
      await unlock();
      for (const answer of await Promise.all([...held, other])) {
        expect(answer.errors).toBeUndefined();
      }
    });
  });
});

describe('the GraphQL endpoint as production runs it (no statement counting)', () => {
  let production: TestApi;
  beforeAll(async () => {
    production = await startTestApi({ seed: 'foundation', countStatements: false });
  });
  afterAll(() => production.stop());

  it('sends no statement count, and masked errors still quote the request id', async () => {
    await production.sql('ALTER VIEW published.actor RENAME TO actor_moved');
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
      const requestId = response.headers.get('x-request-id')!;
      expect(errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId });
      expect(errors[0].message).toContain(`Quote request id ${requestId}`);
    } finally {
      await production.sql('ALTER VIEW published.actor_moved RENAME TO actor');
    }
  });
});

describe('the GraphQL endpoint when answering fails outside Apollo', () => {
  it('answers 500 with the request id to quote, logs the error, and keeps serving', async () => {
    const logged: Record<string, unknown>[] = [];
    const logger = pino(
      { level: 'error' },
      { write: (line: string) => logged.push(JSON.parse(line)) },
    );
    // Apollo answers its own failures; this stands in for one of ours (writing, compressing).
    const failing = {
      executeHTTPGraphQLRequest: () => Promise.reject(new Error('the socket broke')),
    } as unknown as ApolloServer<BaseContext>;
    const handle = graphqlEndpoint(failing, async () => ({}), {
      maxConcurrentOperations: 1,
      maxConcurrentPerCaller: 8,
      deadlineMs: 30_000,
      addressOf: () => null,
      logger,
    });
    const server = createServer((request, response) => {
      response.setHeader('x-request-id', 'req-failing');
      void handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        expect(response.status).toBe(500);
        expect(await response.json()).toEqual({
          errors: [
            {
              message: expect.stringMatching(/Quote request id req-failing/),
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            },
          ],
        });
      }
      expect(logged).toHaveLength(2);
      expect(logged[0]).toMatchObject({
        requestId: 'req-failing',
        err: { message: 'the socket broke' },
      });
    } finally {
      server.close();
    }
  });
});
