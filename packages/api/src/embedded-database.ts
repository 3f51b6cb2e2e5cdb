import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import type { Config } from './core/config';
import type { Logger } from './core/logger';

const PACKAGE_ROOT = resolve(__dirname, '..');
const DATABASE_NAME = 'samverkan';

/** Where data kept on this machine lives: DATA_DIR, else `.data/` at the repository's root. */
export function dataDirOf(configured: string | undefined): string {
  return resolve(configured ?? join(PACKAGE_ROOT, '..', '..', '.data'));
}

/** Where the embedded PostgreSQL keeps its data: `postgres/` in the data directory. */
export function embeddedDatabaseDirOf(config: Pick<Config, 'DATA_DIR'>): string {
  return join(dataDirOf(config.DATA_DIR), 'postgres');
}

/** The erasure ledger's file: ERASURE_LEDGER, else `erasure-ledger.jsonl` in the data directory. */
export function erasureLedgerOf(config: Pick<Config, 'DATA_DIR' | 'ERASURE_LEDGER'>): string {
  return config.ERASURE_LEDGER ?? join(dataDirOf(config.DATA_DIR), 'erasure-ledger.jsonl');
}

export interface EmbeddedPostgres {
  url: string;
  /** Fast shutdown; call it once the API's connections are closed. */
  stop: () => Promise<void>;
}

/**
 * With no DATABASE_URL: a PostgreSQL of our own whose data lives in `databaseDir` (made on first
 * use, with a database `samverkan`), on `port`, in a process group of its own. Used by `pnpm start`
 * (main.ts), `pnpm start:cluster` (cluster/), which stop it last, and the backup scripts.
 */
export async function startEmbeddedDatabase(
  databaseDir: string,
  port: number,
  logger: Pick<Logger, 'info' | 'debug'>,
): Promise<EmbeddedPostgres> {
  await mkdir(resolve(databaseDir, '..'), { recursive: true });
  logger.info(`no DATABASE_URL: starting embedded PostgreSQL in ${databaseDir}`);
  const helper = pathToFileURL(join(PACKAGE_ROOT, 'embedded-postgres.mjs')).href;
  const { startEmbeddedPostgres } = (await import(helper)) as {
    startEmbeddedPostgres: (options: object) => Promise<EmbeddedPostgres>;
  };
  const server = await startEmbeddedPostgres({
    databaseDir,
    port,
    // A Ctrl-C at the terminal reaches only the API, which stops PostgreSQL after its requests.
    ownProcessGroup: true,
    log: (line: string) => logger.debug({ postgres: line }),
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
  const cluster = embeddedDatabaseDirOf(config);
  if (mustExist && !existsSync(join(cluster, 'PG_VERSION'))) {
    throw new Error(`No DATABASE_URL, and no embedded PostgreSQL in ${cluster}.`);
  }
  const quiet = { info: () => undefined, debug: () => undefined };
  return startEmbeddedDatabase(cluster, config.EMBEDDED_POSTGRES_PORT, quiet);
}
