import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Client } from 'pg';
import { spawnApi, type RunningApi } from '../../testing/api-process';
import {
  placeForPostgres,
  startPostgresServer,
  type PostgresServer,
} from '../../testing/postgres-server';
import { answerWithinMs, DEFAULT_TIMEOUTS } from './timeouts';
import { READY_WITHIN_MS } from './readiness-probe';

// The API's database goes away under it, on a PostgreSQL this test starts, stops, kills and
// freezes. Short limits keep the waits short; the behaviour is the defaults'.
const TIMEOUTS = {
  ...DEFAULT_TIMEOUTS,
  statementMs: 3_000,
  lockMs: 2_500,
  connectMs: 1_000,
};
/** A request may take no longer than its connection waits for an answer, and a margin. */
const FAILS_WITHIN_MS = answerWithinMs(TIMEOUTS) + 1_500;

let dataDir: string;
let port: number;
let postgres: PostgresServer;
let api: RunningApi;

beforeAll(async () => {
  ({ dataDir, port } = await placeForPostgres('outage'));
  postgres = await startPostgresServer(join(dataDir, 'postgres'), port);
  // The API as a process of its own, as it runs: errors are made as they are there.
  api = await spawnApi({
    DATABASE_URL: postgres.url,
    LOAD_SEED: 'false',
    RETENTION_INTERVAL_MINUTES: '0',
    DB_STATEMENT_TIMEOUT_MS: String(TIMEOUTS.statementMs),
    DB_LOCK_TIMEOUT_MS: String(TIMEOUTS.lockMs),
    DB_CONNECT_TIMEOUT_MS: String(TIMEOUTS.connectMs),
  });
}, 120_000);

afterAll(async () => {
  postgres?.thaw();
  await api?.stop();
  await postgres?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const base = () => api.url.replace(/\/graphql$/, '');

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await work;
  return { value, ms: Date.now() - started };
}

const health = async (which: 'live' | 'ready') => {
  const response = await fetch(`${base()}/health/${which}`);
  return { status: response.status, body: (await response.json()) as Record<string, string> };
};

async function ask(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

const ACTORS = `{ actors(first: 1) { totalCount } }`;
const PEOPLE_UPSERT = `mutation ($input: PeopleUpsertInput!) {
  peopleUpsert(input: $input) { written created userErrors { code } }
}`;

/** Asks `check` until it holds, for at most `ms`: what recovering "within seconds" means. */
async function within(ms: number, check: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function recovered(): Promise<void> {
  await within(10_000, async () => (await health('ready')).status === 200);
  await within(10_000, async () => (await ask(ACTORS)).data?.actors?.totalCount === 0);
}

/** While the database is away: the process answers, readiness and requests say so in time. */
async function expectUnavailable(readinessReason: RegExp): Promise<void> {
  const live = await timed(health('live'));
  expect(live.value).toEqual({ status: 200, body: { status: 'ok' } });
  expect(live.ms).toBeLessThan(500);
  const ready = await timed(health('ready'));
  expect(ready.value.status).toBe(503);
  expect(ready.value.body.reason).toMatch(readinessReason);
  expect(ready.ms).toBeLessThan(READY_WITHIN_MS + 1_000);
  // Reads fail with a code a client can act on, not a hang nor a masked error.
  const reads = await timed(Promise.all([ask(ACTORS), ask(ACTORS), ask(ACTORS)]));
  expect(reads.ms).toBeLessThan(FAILS_WITHIN_MS);
  for (const read of reads.value) {
    expect(read.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(read.errors?.[0].message).toMatch(/database/);
  }
}

/** People a bulk write made, by their slugs' prefix. */
async function peopleNamed(prefix: string): Promise<number> {
  const owner = new Client({ connectionString: postgres.url });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM person WHERE slug LIKE $1',
      [`${prefix}%`],
    );
    return rows[0].count;
  } finally {
    await owner.end();
  }
}

/**
 * A bulk write of `count` people, all or nothing, held inside its transaction by a lock on the
 * audit log until `outage` has happened; resolves then, with its answer to come.
 */
async function writeDuring(prefix: string, count: number, outage: () => Promise<void>) {
  const holder = new Client({ connectionString: postgres.url });
  holder.on('error', () => undefined);
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('LOCK TABLE audit_event IN SHARE MODE');
  const items = Array.from({ length: count }, (_, i) => ({
    key: { slug: `${prefix}-${i}` },
    name: `Fiktiv Avbrott ${i}`,
  }));
  const answer = ask(PEOPLE_UPSERT, { input: { items } });
  for (let tries = 0; ; tries += 1) {
    const { rows } = await holder.query<{ waiting: number }>(
      'SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted',
    );
    if (rows[0].waiting > 0) break;
    if (tries > 200) throw new Error('the write never waited for the lock');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await outage();
  // Its lock goes when the server runs again (or went with it).
  holder.end().catch(() => undefined);
  return { answer };
}

describe('the database frozen (SIGSTOP)', () => {
  it('is told by readiness and by requests in time, and recovered from once it runs again', async () => {
    postgres.freeze();
    try {
      await expectUnavailable(/did not answer within 2 s/);
    } finally {
      postgres.thaw();
    }
    await recovered();
  }, 60_000);

  it('leaves a write in flight not done at all, and a later one done whole', async () => {
    const { answer } = await writeDuring('frozen', 20, async () => postgres.freeze());
    try {
      const { value, ms } = await timed(answer);
      expect(ms).toBeLessThan(FAILS_WITHIN_MS);
      expect(value.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    } finally {
      postgres.thaw();
    }
    await recovered();
    expect(await peopleNamed('frozen')).toBe(0);
    const items = Array.from({ length: 20 }, (_, i) => ({
      key: { slug: `frozen-${i}` },
      name: `Fiktiv Avbrott ${i}`,
    }));
    const again = await ask(PEOPLE_UPSERT, { input: { items } });
    expect(again.data?.peopleUpsert).toMatchObject({ written: true, created: 20, userErrors: [] });
    expect(await peopleNamed('frozen')).toBe(20);
  }, 60_000);
});

describe('the database killed (SIGKILL)', () => {
  it('is told at once, a write in flight is not done at all, and all recovers on restart', async () => {
    const { answer } = await writeDuring('killed', 20, () => postgres.kill());
    const { value, ms } = await timed(answer);
    expect(ms).toBeLessThan(2_000);
    expect(value.errors?.[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await expectUnavailable(/unreachable/);
    postgres = await startPostgresServer(join(dataDir, 'postgres'), port);
    await recovered();
    expect(await peopleNamed('killed')).toBe(0);
  }, 60_000);
});

describe('the database stopped by its operator', () => {
  it('is told at once, and all recovers when it is started again', async () => {
    await postgres.stop();
    await expectUnavailable(/unreachable/);
    postgres = await startPostgresServer(join(dataDir, 'postgres'), port);
    await recovered();
  }, 60_000);
});
