import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import type { Logger } from './core/logger';

const PACKAGE_ROOT = resolve(__dirname, '..');
const DATABASE_NAME = 'samverkan';

/** Where data kept on this machine lives: DATA_DIR, else `.data/` at the repository's root. */
export function dataDirOf(configured: string | undefined): string {
  return resolve(configured ?? join(PACKAGE_ROOT, '..', '..', '.data'));
}

export interface EmbeddedPostgres {
  url: string;
  /** Fast shutdown; call it once the API's connections are closed. */
  stop: () => Promise<void>;
}

/**
 * With no DATABASE_URL: a PostgreSQL of our own whose data lives in `databaseDir` (made on first
 * use, with a database `samverkan`), on `port`, in a process group of its own. Used by `pnpm start`
 * (main.ts) and `pnpm start:cluster` (cluster/), which stop it last.
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
