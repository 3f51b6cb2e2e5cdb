import type { ClientBase } from 'pg';
import type { BackupReader } from './backup-reader';
import {
  appliedMigrations,
  catalogTables,
  foreignKeys,
  ownedSequences,
  userTriggers,
  type Trigger,
} from './catalog';
import {
  BackupError,
  qualified,
  quoteIdentifier,
  versionOf,
  type BackupManifest,
} from './manifest';
import type { RowProgress } from './progress';

export interface RestoreOptions {
  /**
   * Applies exactly these migrations (the backup's, in order) to a database with none; a
   * `BackupError` when this version of the API does not know one of them.
   */
  migrate(migrations: string[]): Promise<void>;
  /**
   * Tables (`schema.name`) with a row once the API has been used on a database (its audit log,
   * its users): a database at the backup's version with a row in one is refused, as not empty.
   */
  signsOfUse: string[];
  progressFor(totalRows: number): RowProgress;
}

/**
 * Restores a backup into an empty database on `client`, its owner's connection: one with no
 * table (brought to the backup's migrations first by `options.migrate`) or one at the backup's
 * migrations that was never used. Refuses, with a `BackupError` and nothing changed, a database
 * at other migrations or with data. The rows are loaded in one transaction, so a restore that
 * fails leaves the database as it was.
 */
export async function restoreBackup(
  client: ClientBase,
  backup: BackupReader,
  options: RestoreOptions,
): Promise<BackupManifest> {
  const { manifest } = backup;
  let applied = await appliedMigrations(client);
  if (applied === null) {
    const tables = await catalogTables(client);
    if (tables.length > 0) {
      throw new BackupError(
        `The database holds tables (${tables[0].schema}.${tables[0].name}…) but no ` +
          'migrations: restore into an empty database (CREATE DATABASE …).',
      );
    }
    await options.migrate(manifest.migrations);
    applied = await appliedMigrations(client);
  }
  if (!sameMigrations(applied ?? [], manifest.migrations)) {
    throw new BackupError(
      `The database is at migration ${versionOf(applied ?? [])} (${applied?.length ?? 0} ` +
        `applied), the backup at ${versionOf(manifest.migrations)} ` +
        `(${manifest.migrations.length}): restore into an empty database (CREATE DATABASE …), ` +
        'which the restore migrates to the backup’s version.',
    );
  }
  await client.query('BEGIN');
  try {
    await load(client, backup, options);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return manifest;
}

/**
 * Loads the rows as they were, deriving nothing: the API's triggers (search entries, what is
 * published, webhooks' deliveries queued for each audit event, the audit log's guard) are off
 * while it runs, as their results are in the backup too; the foreign keys are made again once
 * every table is loaded, which checks every row against them.
 */
async function load(client: ClientBase, backup: BackupReader, options: RestoreOptions) {
  const { manifest } = backup;
  const triggers = (await userTriggers(client)).filter((trigger) => trigger.enabled !== 'D');
  // Disabling takes each table's exclusive lock: no one writes meanwhile.
  for (const trigger of triggers) {
    await client.query(
      `ALTER TABLE ${trigger.table} DISABLE TRIGGER ${quoteIdentifier(trigger.name)}`,
    );
  }
  for (const table of options.signsOfUse) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${table} LIMIT 1`);
    if (rowCount) {
      throw new BackupError(
        `The database holds data (${table} has rows): restore only into an empty database ` +
          '(CREATE DATABASE …).',
      );
    }
  }
  await expectSameTables(client, manifest);
  const keys = await foreignKeys(client);
  for (const key of keys) {
    await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoteIdentifier(key.name)}`);
  }
  // What the migrations wrote (reference rows) is in the backup as it was then.
  await client.query(`TRUNCATE ${manifest.tables.map(qualified).join(', ')}`);
  const progress = options.progressFor(manifest.tables.reduce((sum, t) => sum + t.rows, 0));
  try {
    for (const table of manifest.tables) await backup.copyInto(client, table, progress);
  } finally {
    progress.stop();
  }
  for (const key of keys) {
    await client.query(
      `ALTER TABLE ${key.table} ADD CONSTRAINT ${quoteIdentifier(key.name)} ${key.definition}`,
    );
  }
  for (const trigger of triggers) await client.query(enable(trigger));
  for (const { sequence, table, column } of await ownedSequences(client)) {
    await client.query(
      `SELECT setval($1::regclass, coalesce(max(${quoteIdentifier(column)}), 0) + 1, false) FROM ${table}`,
      [sequence],
    );
  }
}

/** The statement that turns a trigger on again as it was. */
function enable({ table, name, enabled }: Trigger): string {
  const mode = { O: '', A: 'ALWAYS ', R: 'REPLICA ' }[enabled as 'O' | 'A' | 'R'];
  return `ALTER TABLE ${table} ENABLE ${mode}TRIGGER ${quoteIdentifier(name)}`;
}

/** The database's tables and their columns are the backup's (as the migrations promise). */
async function expectSameTables(client: ClientBase, manifest: BackupManifest) {
  const describe = (tables: { schema: string; name: string; columns: string[] }[]) =>
    new Set(tables.map((t) => `${t.schema}.${t.name} (${t.columns.join(', ')})`));
  const here = describe(await catalogTables(client));
  const there = describe(manifest.tables);
  const differences = [
    ...[...there].filter((t) => !here.has(t)).map((t) => `only in the backup: ${t}`),
    ...[...here].filter((t) => !there.has(t)).map((t) => `only in the database: ${t}`),
  ];
  if (differences.length > 0) {
    throw new BackupError(
      `The database's tables are not the backup's, though at the same migrations:\n${differences.join('\n')}`,
    );
  }
}

/** The same migrations, in whatever order they were applied (the backup's is restored). */
function sameMigrations(a: string[], b: string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((name) => set.has(name));
}
