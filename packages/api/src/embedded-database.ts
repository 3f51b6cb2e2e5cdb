import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import type { Config } from './core/config';

const PACKAGE_ROOT = resolve(__dirname, '..');
export const REPOSITORY_ROOT = resolve(PACKAGE_ROOT, '../..');
const DATABASE_NAME = 'samverkan';

export interface EmbeddedPostgres {
  url: string;
  /** Fast shutdown; call it once the API's connections are closed. */
  stop: () => Promise<void>;
}

/** Where the embedded PostgreSQL and the erasure ledger live: DATA_DIR, else `.data/`. */
export function dataDirectory(config: Config): string {
  return resolve(config.DATA_DIR ?? join(REPOSITORY_ROOT, '.data'));
}

/** The erasure ledger's file: ERASURE_LEDGER, else `erasure-ledger.jsonl` in the data directory. */
export function erasureLedgerOf(config: Config): string {
  return config.ERASURE_LEDGER ?? join(dataDirectory(config), 'erasure-ledger.jsonl');
}

/** With no DATABASE_URL: a PostgreSQL of our own whose data lives in .data/postgres. */
export async function startEmbeddedDatabase(
  config: Config,
  log: (line: string) => void,
): Promise<EmbeddedPostgres> {
  const databaseDir = join(dataDirectory(config), 'postgres');
  await mkdir(dataDirectory(config), { recursive: true });
  const helper = pathToFileURL(join(PACKAGE_ROOT, 'embedded-postgres.mjs')).href;
  const { startEmbeddedPostgres } = (await import(helper)) as {
    startEmbeddedPostgres: (options: object) => Promise<EmbeddedPostgres>;
  };
  const server = await startEmbeddedPostgres({
    databaseDir,
    port: config.EMBEDDED_POSTGRES_PORT,
    // A Ctrl-C at the terminal reaches only the API, which stops PostgreSQL after its requests.
    ownProcessGroup: true,
    log,
  });
  const admin = new Client({ connectionString: server.url });
  await admin.connect();
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
    DATABASE_NAME,
  ]);
  if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE_NAME}`);
  await admin.end();
  return { url: server.url.replace(/\/postgres$/, `/${DATABASE_NAME}`), stop: server.stop };
}

/**
 * The API's database for a script, as `pnpm start` finds it: DATABASE_URL; else the embedded
 * PostgreSQL, the running API's when it answers on its port, else started here on the data
 * directory (and stopped by `stop`). `mustExist`: refuse to make a new embedded cluster.
 */
export async function apiDatabase(
  config: Config,
  { mustExist }: { mustExist: boolean },
): Promise<EmbeddedPostgres> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => {} };
  const running = `postgres://samverkan:samverkan@127.0.0.1:${config.EMBEDDED_POSTGRES_PORT}/${DATABASE_NAME}`;
  const probe = new Client({ connectionString: running });
  probe.on('error', () => undefined);
  if (
    await probe.connect().then(
      () => probe.end().then(() => true),
      () => false,
    )
  ) {
    return { url: running, stop: async () => {} };
  }
  const cluster = join(dataDirectory(config), 'postgres');
  if (mustExist && !existsSync(join(cluster, 'PG_VERSION'))) {
    throw new Error(`No DATABASE_URL, and no embedded PostgreSQL in ${cluster}.`);
  }
  return startEmbeddedDatabase(config, () => undefined);
}
