import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { ClientBase } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { appliedMigrations, catalogTables } from './catalog';
import {
  BackupError,
  END_OF_TABLE,
  FORMAT,
  FORMAT_VERSION,
  MAGIC_LINE,
  qualified,
  quoteIdentifier,
  type BackupManifest,
} from './manifest';
import type { RowProgress } from './progress';

/**
 * Writes a backup of every table of the database on `client` to `output`, from one snapshot (a
 * `REPEATABLE READ READ ONLY` transaction: what other connections commit meanwhile is not in it,
 * and it blocks no one): gzip'd, the magic line, the manifest as one line of JSON, then each
 * table's rows in COPY's text format, each table ended by `END_OF_TABLE`.
 */
export async function writeBackup(
  client: ClientBase,
  output: Writable,
  progressFor: (totalRows: number) => RowProgress,
): Promise<BackupManifest> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const manifest = await manifestOf(client);
    const progress = progressFor(manifest.tables.reduce((sum, table) => sum + table.rows, 0));
    try {
      await pipeline(tableData(client, manifest, progress), createGzip(), output);
    } finally {
      progress.stop();
    }
    await client.query('COMMIT');
    return manifest;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The manifest of the snapshot: its migrations, and each table with its rows counted. */
async function manifestOf(client: ClientBase): Promise<BackupManifest> {
  const migrations = await appliedMigrations(client);
  if (!migrations) {
    throw new BackupError('The database has no table `migrations`: it is not Samverkan’s.');
  }
  const tables = [];
  for (const table of await catalogTables(client)) {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM ${qualified(table)}`,
    );
    tables.push({ ...table, rows: Number(rows[0].count) });
  }
  const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    server: rows[0].server_version,
    migrations,
    tables,
  };
}

async function* tableData(client: ClientBase, manifest: BackupManifest, progress: RowProgress) {
  yield Buffer.from(`${MAGIC_LINE}\n${JSON.stringify(manifest)}\n`);
  for (const table of manifest.tables) {
    const name = `${table.schema}.${table.name}`;
    const columns = table.columns.map(quoteIdentifier).join(', ');
    const copy = client.query(copyTo(`COPY ${qualified(table)} (${columns}) TO STDOUT`));
    let rows = 0;
    for await (const chunk of copy as AsyncIterable<Buffer>) {
      const lines = countLines(chunk);
      rows += lines;
      progress.advance(name, lines);
      yield chunk;
    }
    if (rows !== table.rows) {
      throw new Error(`${name}: ${rows} rows copied, ${table.rows} counted in the same snapshot`);
    }
    progress.tableDone(name, rows);
    yield Buffer.from(`${END_OF_TABLE}\n`);
  }
}

/** Rows in a chunk of COPY's text format: one a line (newlines in values are escaped). */
function countLines(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count += 1;
  return count;
}
