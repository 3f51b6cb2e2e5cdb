import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import WebSocket from 'ws';
import { spawnApi, startApi, type RunningApi } from './testing/api-process';
import { freePort } from './core/free-port';
import { placeForPostgres } from './testing/postgres-server';

// The built API (dist/main.js) as a real process: build it first (`pnpm build`; turbo does).

const AREA = `{ area(code: "23") { name } }`;

function exitOf(child: ChildProcess): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve({ code: child.exitCode, ms: 0 });
    child.once('exit', (code) => resolve({ code, ms: Date.now() - started }));
  });
}

async function ask(api: RunningApi, query: string) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${api.adminToken}`,
    },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** A graphql-ws connection with one live subscription; resolves with the code it closes with. */
async function subscribed(api: RunningApi): Promise<{ closed: Promise<number> }> {
  const socket = new WebSocket(api.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', resolve));
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await new Promise((resolve) => socket.once('message', resolve));
  socket.send(
    JSON.stringify({
      id: '1',
      type: 'subscribe',
      payload: { query: 'subscription { responsibilityChanged { operation } }' },
    }),
  );
  return { closed };
}

/** Holds `area` locked (as its owner) until `release`: reads of it wait, in flight. */
async function lockAreas(databaseUrl: string) {
  const holder = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('LOCK TABLE area IN ACCESS EXCLUSIVE MODE');
  return {
    /** Waits until `count` statements are waiting for the lock. */
    async waiting(count: number) {
      for (let tries = 0; tries < 300; tries += 1) {
        const { rows } = await holder.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted`,
        );
        if (rows[0].waiting >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`fewer than ${count} statements waited for the lock`);
    },
    release: async () => {
      await holder.query('COMMIT');
      await holder.end();
    },
  };
}

describe('shutdown on a signal, with the embedded PostgreSQL', () => {
  let dataDir: string;
  let api: RunningApi;
  let port: number;
  beforeAll(async () => {
    ({ dataDir, port } = await placeForPostgres('shutdown'));
    api = await spawnApi({
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(port),
      LOAD_SEED: 'false',
      RETENTION_INTERVAL_MINUTES: '0',
      // Longer than the test holds its lock: the requests wait for it, never fail.
      DB_LOCK_TIMEOUT_MS: '30000',
    });
  }, 120_000);
  afterAll(async () => {
    await api?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finishes the requests in flight, closes WebSockets with 1001, then stops PostgreSQL and exits 0', async () => {
    const socket = await subscribed(api);
    const lock = await lockAreas(`postgres://samverkan:samverkan@127.0.0.1:${port}/samverkan`);
    const reads = Array.from({ length: 6 }, () => ask(api, AREA));
    await lock.waiting(6);
    const exited = exitOf(api.process);
    api.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Still there: its requests are waiting, and so is the database they wait on.
    expect(api.process.exitCode).toBeNull();
    await lock.release();
    for (const read of await Promise.all(reads)) {
      expect(read).toEqual({ status: 200, body: { data: { area: { name: 'Jämtlands län' } } } });
    }
    expect(await socket.closed).toBe(1001);
    expect((await exited).code).toBe(0);
    // PostgreSQL shut down cleanly: it removes its pid file last.
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(api.output()).not.toMatch(/"level":50/);
  }, 60_000);
});

describe('shutdown on a signal, with an external database', () => {
  it('exits 0 at once when nothing is in flight', async () => {
    const api = await startApi('shutdown_idle', { seed: false });
    try {
      const exited = exitOf(api.process);
      api.process.kill('SIGINT');
      const { code, ms } = await exited;
      expect(code).toBe(0);
      expect(ms).toBeLessThan(2_000);
    } finally {
      await api.stop();
    }
  }, 60_000);

  it('cuts a request still running when the grace period ends, and exits 0', async () => {
    const api = await startApi('shutdown_grace', {
      seed: false,
      env: { SHUTDOWN_GRACE_MS: '1000', DB_LOCK_TIMEOUT_MS: '30000' },
    });
    const lock = await lockAreas(api.databaseUrl!);
    try {
      const read = ask(api, AREA).catch((error: Error) => error);
      await lock.waiting(1);
      const exited = exitOf(api.process);
      api.process.kill('SIGTERM');
      const { code, ms } = await exited;
      expect(code).toBe(0);
      expect(ms).toBeGreaterThanOrEqual(1_000);
      expect(ms).toBeLessThan(4_000);
      expect(String(await read)).toMatch(/fetch failed/);
    } finally {
      await lock.release();
      await api.stop();
    }
  }, 60_000);
});

describe('readiness while starting', () => {
  it('is 503 until the first seed load is done, then 200', async () => {
    const port = await freePort();
    const ready = () => fetch(`http://127.0.0.1:${port}/health/ready`);
    let whileSeeding: { status: number; body: unknown } | undefined;
    const api = await startApi('readiness_seed', {
      env: { PORT: String(port), LOG_LEVEL: 'info' },
      async whileStarting(output) {
        for (let tries = 0; !output().includes('loading the seed data set'); tries += 1) {
          if (tries > 1_000) throw new Error('the seed data set was never loaded');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        const response = await ready();
        whileSeeding = { status: response.status, body: await response.json() };
      },
    });
    try {
      expect(api.output()).toContain('Samverkan API ready');
      expect(whileSeeding).toEqual({
        status: 503,
        body: { status: 'unavailable', reason: 'the API is starting (migrations, seed data)' },
      });
      expect((await ready()).status).toBe(200);
    } finally {
      await api.stop();
    }
  }, 120_000);
});
