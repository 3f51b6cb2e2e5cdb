import 'reflect-metadata';
import { resolve } from 'node:path';
import { rowProgress } from '../core/backup/progress';
import { versionOf } from '../core/backup/manifest';
import { restoreDatabase } from '../database-backup';
import { erasureLedgerOf } from '../embedded-database';
import { runDatabaseScript } from './database-script';

const USAGE = `Usage: restore FILE
  Restores a backup made by \`backup\` into the API's database (DATABASE_URL, else the embedded
  PostgreSQL), which must be empty: a new database is migrated to the backup's version first.
  Then erases again everyone the erasure ledger (ERASURE_LEDGER) lists.\n`;

runDatabaseScript(
  USAGE,
  { minArguments: 1, maxArguments: 1, mustExist: false },
  async ([name], url, config) => {
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), name);
    const { manifest, erasedAgain } = await restoreDatabase(url, file, {
      erasureLedger: erasureLedgerOf(config),
      progressFor: (total) => rowProgress('restore', total),
      log: (message) => process.stdout.write(`${message}\n`),
    });
    process.stdout.write(
      `Restored ${file} (taken ${manifest.createdAt}, migration ${versionOf(manifest.migrations)}); ` +
        `${erasedAgain.length} erasures re-applied from the ledger.\n`,
    );
  },
);
