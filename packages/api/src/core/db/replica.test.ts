import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { queryAt } from '../../testing/sql';
import { startApp, type App } from '../../app';
import { createLogger } from '../logger';
import {
  placeForPostgres,
  startPostgresServer,
  startReplica,
  type PostgresServer,
} from '../../testing/postgres-server';
import { compareLsn } from './replica';

// An API on a PostgreSQL of its own with a streaming replica of it, whose replay the test pauses
// to make it lag: what a read returns then says which database served it.
let dataDir: string;
let primary: PostgresServer;
let replica: PostgresServer;
let app: App;
const tokens = { writer: '', reader: '' };

beforeAll(async () => {
  let port: number;
  ({ dataDir, port } = await placeForPostgres('primary'));
  primary = await startPostgresServer(join(dataDir, 'postgres'), port);
  replica = await startReplica(primary, join(dataDir, 'postgres'));
  app = await startApp({
    databaseUrl: primary.url,
    replicaUrl: replica.url,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    port: 0,
    host: '127.0.0.1',
    exposeStatementCount: true,
  });
  app.readiness.ready();
  tokens.writer = (await app.services.token.issue('writer', 'ADMIN')).secret;
  tokens.reader = (await app.services.token.issue('reader', 'ADMIN')).secret;
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await replica?.stop();
  await primary?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function graphql(query: string, variables: object, as: keyof typeof tokens | null) {
  const response = await fetch(app.server.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const ACTOR = 'query ($slug: String!) { actor(slug: $slug) { id name } }';
const nameOf = async (as: keyof typeof tokens | null) =>
  ((await graphql(ACTOR, { slug: 'replikerade-ab' }, as)) as { actor: { name: string } | null })
    .actor?.name ?? null;

/** Waits until the replica has replayed everything the primary has written so far. */
async function replicaCaughtUp(): Promise<void> {
  const [{ lsn }] = await queryAt(primary.url, 'SELECT pg_current_wal_lsn()::text AS lsn');
  for (let tries = 0; tries < 500; tries += 1) {
    const [{ replayed }] = await queryAt(
      replica.url,
      'SELECT pg_last_wal_replay_lsn()::text AS replayed',
    );
    if (compareLsn(replayed, lsn) >= 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the replica did not catch up');
}

/** Waits until `/metrics` says the replica is `up` (1) or not (0). */
async function replicaSeenAs(up: 0 | 1): Promise<void> {
  const seen = async () => {
    const text = await (await fetch(app.server.url.replace(/\/graphql$/, '/metrics'))).text();
    return Number(/^samverkan_read_replica_up (\d)$/m.exec(text)?.[1]);
  };
  for (let tries = 0; tries < 200 && (await seen()) !== up; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(await seen()).toBe(up);
}

const pauseReplay = () => queryAt(replica.url, 'SELECT pg_wal_replay_pause()');
const resumeReplay = () => queryAt(replica.url, 'SELECT pg_wal_replay_resume()');

describe('a read replica', () => {
  it('serves queries, while mutations and the writer’s next reads go to the primary', async () => {
    await replicaCaughtUp();
    await pauseReplay();
    try {
      // The replica is read-only: a mutation that succeeds ran on the primary.
      const created = await graphql(
        `
          mutation ($input: ActorCreateInput!) {
            actorCreate(input: $input) {
              actor {
                name
              }
              userErrors {
                code
              }
            }
          }
        `,
        {
          input: { name: 'Replikerade AB', sector: 'BUSINESS', level: 'REGIONAL', type: 'COMPANY' },
        },
        'writer',
      );
      expect(created.actorCreate).toEqual({ actor: { name: 'Replikerade AB' }, userErrors: [] });
      // Others read the replica, which has not replayed it yet; the writer reads their write.
      expect(await nameOf('reader')).toBeNull();
      expect(await nameOf(null)).toBeNull();
      expect(await nameOf('writer')).toBe('Replikerade AB');
    } finally {
      await resumeReplay();
    }
    await replicaCaughtUp();
    expect(await nameOf('reader')).toBe('Replikerade AB');
    expect(await nameOf('writer')).toBe('Replikerade AB');
  });

  it('serves the writer from the replica again once it has their write', async () => {
    // The writer's last read found the replica caught up: a change on the primary that the
    // replica has not replayed stays out of their reads now.
    await replicaCaughtUp();
    await pauseReplay();
    try {
      await queryAt(primary.url, `UPDATE actor SET name = 'Ändrad på primären' WHERE slug = $1`, [
        'replikerade-ab',
      ]);
      expect(await nameOf('writer')).toBe('Replikerade AB');
    } finally {
      await resumeReplay();
    }
    await replicaCaughtUp();
    expect(await nameOf('writer')).toBe('Ändrad på primären');
  });

  it('leaves reads to the primary while it does not answer, and serves them again after', async () => {
    await replicaSeenAs(1);
    replica.freeze();
    try {
      await replicaSeenAs(0);
      // A change the replica cannot have: every caller reads it from the primary.
      await queryAt(primary.url, `UPDATE actor SET name = 'Medan repliken stod' WHERE slug = $1`, [
        'replikerade-ab',
      ]);
      expect(await nameOf(null)).toBe('Medan repliken stod');
      expect(await nameOf('reader')).toBe('Medan repliken stod');
    } finally {
      replica.thaw();
    }
    await replicaSeenAs(1);
    await replicaCaughtUp();
    // Served by the replica again: a change it has not replayed is not seen.
    await pauseReplay();
    try {
      await queryAt(primary.url, `UPDATE actor SET name = 'Efter repliken' WHERE slug = $1`, [
        'replikerade-ab',
      ]);
      expect(await nameOf('reader')).toBe('Medan repliken stod');
    } finally {
      await resumeReplay();
    }
  });
});
