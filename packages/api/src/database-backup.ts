import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Client } from 'pg';
import { writeBackup } from './core/backup/backup';
import { openBackup } from './core/backup/backup-reader';
import { BackupError, type BackupManifest } from './core/backup/manifest';
import { NO_PROGRESS, type RowProgress } from './core/backup/progress';
import { restoreBackup } from './core/backup/restore';
import { createDataSource } from './core/db/data-source';
import { createApiDataSource } from './data-source';
import { ENTITIES, MIGRATIONS } from './modules';
import { createServices } from './services';

/** Tables with rows once the API was used: the audit log (every start records Sweden's areas), accounts. */
const SIGNS_OF_USE = ['public.audit_event', 'public.app_user', 'public.api_token'];

export interface BackupOptions {
  /** Progress of the rows, given their total; none by default. */
  progressFor?: (totalRows: number) => RowProgress;
}

/**
 * Backs up the database at `url` (its owner's) into `file`, written beside it first and renamed
 * when complete, so that a failed backup leaves no file that looks whole.
 */
export async function backupDatabase(
  url: string,
  file: string,
  { progressFor = () => NO_PROGRESS }: BackupOptions = {},
): Promise<BackupManifest> {
  const client = new Client({ connectionString: url, application_name: 'samverkan-backup' });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    const manifest = await writeBackup(client, createWriteStream(partial), progressFor);
    await rename(partial, file);
    return manifest;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Restores `file` into the empty database at `url` (its owner's; see `restoreBackup`), then
 * erases again everyone the erasure ledger lists whom the backup holds un-erased: a backup from
 * before an erasure holds the person again.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  options: BackupOptions & { erasureLedger: string; log?: (message: string) => void },
): Promise<{ manifest: BackupManifest; erasedAgain: string[] }> {
  const backup = await openBackup(createReadStream(file));
  const client = new Client({ connectionString: url, application_name: 'samverkan-restore' });
  await client.connect();
  let manifest: BackupManifest;
  try {
    manifest = await restoreBackup(client, backup, {
      migrate: (names) => migrateTo(url, names),
      signsOfUse: SIGNS_OF_USE,
      progressFor: options.progressFor ?? (() => NO_PROGRESS),
    });
  } finally {
    await client.end();
  }
  const dataSource = await createApiDataSource({ url, poolSize: 1 }).initialize();
  try {
    const { services } = createServices(dataSource, {
      erasureLedger: options.erasureLedger,
      contactEmail: null,
    });
    const erasedAgain = await services.personErasure.reapplyLedger(options.log);
    return { manifest, erasedAgain };
  } finally {
    await dataSource.destroy();
  }
}

/** Applies the named migrations of this version of the API, and no other, to `url`. */
async function migrateTo(url: string, names: string[]): Promise<void> {
  const byName = new Map(
    MIGRATIONS.map((migration) => [new migration().name ?? migration.name, migration]),
  );
  const unknown = names.filter((name) => !byName.has(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `The backup was made at migrations this version of Samverkan does not have ` +
        `(${unknown.join(', ')}): restore it with the version that made it, or a newer one.`,
    );
  }
  const migrations = names.map((name) => byName.get(name) as (typeof MIGRATIONS)[number]);
  const dataSource = createDataSource({ url, entities: ENTITIES, migrations, poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
