import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig } from '../core/config';
import { createApiDataSource } from '../data-source';

const USAGE = `Usage: migration <run|revert|generate MODULE NAME>
  run       apply pending migrations
  revert    undo the last applied migration
  generate  write src/modules/MODULE/migrations/<timestamp>-NAME.ts with the SQL that brings the
            database in line with the entities (review it: CHECKs, generated columns and indexes
            the entities do not describe are written by hand), then list it in the module's
            index.ts`;

async function main() {
  const [command, feature, name] = process.argv.slice(2);
  const { DATABASE_URL } = loadConfig();
  if (!DATABASE_URL || !['run', 'revert', 'generate'].includes(command ?? '')) {
    process.stderr.write(`${USAGE}\nDATABASE_URL must be set.\n`);
    process.exit(2);
  }
  const dataSource = await createApiDataSource({ url: DATABASE_URL }).initialize();
  try {
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(
        applied.length ? applied.map((m) => `applied ${m.name}\n`).join('') : 'nothing to apply\n',
      );
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('reverted the last migration\n');
    } else {
      const folder = join(__dirname, '../../src/modules', feature ?? '');
      if (!feature || !existsSync(folder)) throw new Error(`generate needs a MODULE: ${USAGE}`);
      if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name))
        throw new Error('generate needs a NAME in PascalCase');
      const { upQueries, downQueries } = await dataSource.driver.createSchemaBuilder().log();
      const timestamp = Date.now();
      const sql = (queries: { query: string }[]) =>
        queries.map((q) => `    await db.query(${JSON.stringify(q.query)});`).join('\n');
      await mkdir(join(folder, 'migrations'), { recursive: true });
      const file = join(folder, 'migrations', `${timestamp}-${name}.ts`);
      await writeFile(
        file,
        `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
          `export class ${name}${timestamp} implements MigrationInterface {\n` +
          `  name = '${name}${timestamp}';\n\n` +
          `  async up(db: QueryRunner): Promise<void> {\n${sql(upQueries)}\n  }\n\n` +
          `  async down(db: QueryRunner): Promise<void> {\n${sql(downQueries.reverse())}\n  }\n}\n`,
      );
      process.stdout.write(
        `wrote ${file}; list it in the migrations of modules/${feature}/index.ts\n`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
