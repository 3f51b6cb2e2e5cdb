import 'reflect-metadata';
import { resolve } from 'node:path';
import { rowProgress } from '../core/backup/progress';
import { backupDatabase } from '../database-backup';
import { runDatabaseScript } from './database-script';

const USAGE = `Usage: backup [FILE]
  Writes a backup of the API's database (DATABASE_URL, else the embedded PostgreSQL) to FILE,
  default samverkan-<time>.backup.gz in the current folder.\n`;

runDatabaseScript(USAGE, { maxArguments: 1, mustExist: true }, async ([name], url) => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = resolve(
    process.env.INIT_CWD ?? process.cwd(),
    name ?? `samverkan-${stamp}.backup.gz`,
  );
  const manifest = await backupDatabase(url, file, {
    progressFor: (total) => rowProgress('backup', total),
  });
  const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  process.stdout.write(
    `Backup written to ${file}: ${manifest.tables.length} tables, ${rows} rows, ` +
      `migration ${manifest.migrations.at(-1)}.\n`,
  );
});
