import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApiDataSource } from '../data-source';
import { MIGRATIONS } from '../modules';
import { loadReferenceAreas, referenceAreas } from '../modules/area';
import { createServices } from '../services';
import { migrationSourcesHash } from './migration-sources';

/**
 * Each test file gets its own database, cloned from a template that has every migration applied
 * and Sweden's areas loaded.
 * The template's name carries a hash of the migrations' source (`migrationSourcesHash`) and the
 * reference areas, so a changed migration builds a new one;
 * an advisory lock makes parallel test files build it only once.
 */
const TEMPLATE = `samverkan_template_${createHash('sha1')
  .update(MIGRATIONS.map((m) => m.name).join(','))
  .update(migrationSourcesHash(join(__dirname, '..')))
  .update(JSON.stringify(referenceAreas()))
  .digest('hex')
  .slice(0, 12)}`;
const LOCK_KEY = 7_438_112;

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests with `pnpm test`.');
  return url;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function ensureTemplate(admin: Client): Promise<void> {
  await admin.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      TEMPLATE,
    ]);
    if (rowCount) return;
    const building = `${TEMPLATE}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building}`);
    await admin.query(`CREATE DATABASE ${building}`);
    const dataSource = await createApiDataSource({
      url: withDatabase(serverUrl(), building),
    }).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await loadReferenceAreas(dataSource, createServices(dataSource).services.area);
    await dataSource.destroy();
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${TEMPLATE}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }
}

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await ensureTemplate(admin);
    const name = `samverkan_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`);
    return {
      url: withDatabase(serverUrl(), name),
      drop: async () => {
        const client = new Client({ connectionString: serverUrl() });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  } finally {
    await admin.end();
  }
}
