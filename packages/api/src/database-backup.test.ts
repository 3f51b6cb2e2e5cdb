import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { queryAt } from './testing/sql';
import { createDataSource } from './core/db/data-source';
import { backupDatabase, restoreDatabase } from './database-backup';
import { ENTITIES, MIGRATIONS } from './modules';
import { startTestApi, type TestApi } from './testing/test-api';
import { eventually, startReceiver, type TestReceiver } from './testing/webhook-receiver';

// A seeded register, changed (an actor, a webhook with its deliveries, an erasure), backed up
// and restored into new databases on the tests' PostgreSQL.
let api: TestApi;
let receiver: TestReceiver;
let folder: string;
let sourceUrl: string;
let erased: { id: string; name: string };
/** Backups before and after the erasure. */
let before: string;
let after: string;
const databases: string[] = [];

/** A new database with nothing in it, on the tests' server; dropped after the tests. */
async function emptyDatabase(): Promise<string> {
  const name = `samverkan_restore_${randomBytes(6).toString('hex')}`;
  await withServer((admin) => admin.query(`CREATE DATABASE ${name}`));
  databases.push(name);
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withServer<T>(work: (admin: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** Every row of every table (generated columns too), as text, sorted: two databases compared. */
async function everyRow(url: string): Promise<Record<string, string[]>> {
  const tables = await queryAt(
    url,
    `SELECT n.nspname || '.' || c.relname AS name, format('%I.%I', n.nspname, c.relname) AS quoted
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND n.nspname IN ('public', 'published') ORDER BY 1`,
  );
  const rows: Record<string, string[]> = {};
  for (const { name, quoted } of tables) {
    const found = await queryAt(url, `SELECT t::text AS row FROM ${quoted} t`);
    rows[name] = found.map(({ row }) => row).sort();
  }
  return rows;
}

/** How each trigger of the API fires: a restore leaves them as they were. */
const triggers = (url: string) =>
  queryAt(
    url,
    `SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`,
  );

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'samverkan-backup-test-'));
  api = await startTestApi({ seed: true });
  sourceUrl = (api.owner.options as { url: string }).url;
  receiver = await startReceiver();
  const webhook = await api.mutate('webhookCreate', { url: receiver.url }, 'webhook { id }');
  expect(webhook.userErrors).toEqual([]);
  await api.create('actorCreate', {
    name: 'Säkerhetskopierade föreningen',
    sector: 'BUSINESS',
    level: 'REGIONAL',
    type: 'COMPANY',
  });
  const person = await api.create('personCreate', {
    name: 'Bodil Återställd',
    workContact: 'bodil@region.se',
  });
  [erased] = await api.sql(`SELECT id, name FROM person WHERE name = 'Bodil Återställd'`);
  before = join(folder, 'before.backup.gz');
  await backupDatabase(sourceUrl, before);
  const erasure = await api.mutate(
    'personErase',
    { person: person.id, reason: 'Begäran 2026-12-01, dnr 1' },
    'person { id }',
  );
  expect(erasure.userErrors).toEqual([]);
  // Every delivery made (the source is still while it is backed up and compared).
  await eventually(
    () => api.sql(`SELECT count(*)::int AS n FROM webhook_delivery WHERE status <> 'DELIVERED'`),
    ([{ n }]) => n === 0,
    'every webhook delivery delivered',
  );
  after = join(folder, 'after.backup.gz');
  await backupDatabase(sourceUrl, after);
}, 120_000);

afterAll(async () => {
  await api.stop();
  await receiver.close();
  await rm(folder, { recursive: true, force: true });
  await withServer(async (admin) => {
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
});

describe('backup and restore', () => {
  it('restores every table row for row into an empty database, deriving nothing again', async () => {
    const target = await emptyDatabase();
    const { manifest, erasedAgain } = await restoreDatabase(target, after, {
      erasureLedger: api.erasureLedger,
    });
    expect(erasedAgain).toEqual([]);
    const source = await everyRow(sourceUrl);
    expect(manifest.tables.map((t) => `${t.schema}.${t.name}`).sort()).toEqual(
      Object.keys(source).sort(),
    );
    for (const table of manifest.tables) {
      expect(table.rows).toBe(source[`${table.schema}.${table.name}`].length);
    }
    // Search entries, published rows and webhook deliveries are the backup's, none derived twice.
    expect(source['public.webhook_delivery'].length).toBeGreaterThan(0);
    expect(await everyRow(target)).toEqual(source);
    expect(await triggers(target)).toEqual(await triggers(sourceUrl));
    // Sequences go on after the rows restored: the API writes there again.
    const [{ max }] = await queryAt(target, 'SELECT max(id)::int AS max FROM audit_event');
    const [{ next }] = await queryAt(
      target,
      `SELECT nextval(pg_get_serial_sequence('audit_event', 'id'))::int AS next`,
    );
    expect(next).toBe(max + 1);
  });

  it('erases again after a restore whom the ledger lists and the backup holds', async () => {
    const target = await emptyDatabase();
    const { erasedAgain } = await restoreDatabase(target, before, {
      erasureLedger: api.erasureLedger,
    });
    expect(erasedAgain).toEqual([erased.id]);
    const [person] = await queryAt(target, 'SELECT name, work_contact FROM person WHERE id = $1', [
      erased.id,
    ]);
    const [placeholder] = await api.sql('SELECT name FROM person WHERE id = $1', [erased.id]);
    expect(person).toEqual({ name: placeholder.name, work_contact: null });
    expect(placeholder.name).toMatch(/^Raderad person /);
    const traces = await queryAt(
      target,
      `SELECT id FROM audit_event WHERE coalesce(before::text, '') || coalesce(after::text, '') LIKE $1`,
      [`%${erased.name}%`],
    );
    expect(traces).toEqual([]);
    const [erasure] = await queryAt(
      target,
      `SELECT operation, actor_name FROM audit_event WHERE record_id = $1 ORDER BY id DESC LIMIT 1`,
      [erased.id],
    );
    expect(erasure).toEqual({ operation: 'ERASE', actor_name: 'erasure-ledger' });
  });

  it('refuses a database with data, and changes nothing', async () => {
    const rowsBefore = await everyRow(sourceUrl);
    await expect(
      restoreDatabase(sourceUrl, after, { erasureLedger: api.erasureLedger }),
    ).rejects.toThrow(/holds data \(public\.audit_event has rows\)/);
    expect(await everyRow(sourceUrl)).toEqual(rowsBefore);
  });

  it('refuses a database at other migrations', async () => {
    const target = await emptyDatabase();
    const older = createDataSource({
      url: target,
      entities: ENTITIES,
      migrations: MIGRATIONS.slice(0, -1),
      poolSize: 1,
    });
    await older.initialize();
    await older.runMigrations({ transaction: 'each' });
    await older.destroy();
    await expect(
      restoreDatabase(target, after, { erasureLedger: api.erasureLedger }),
    ).rejects.toThrow(/database is at migration .* \(\d+ applied\), the backup at/);
  });

  it('refuses a backup made at migrations this version does not have, before migrating', async () => {
    const file = join(folder, 'newer.backup.gz');
    const text = gunzipSync(await readFile(after)).toString('utf8');
    await writeFile(
      file,
      gzipSync(text.replace('"migrations":[', '"migrations":["Future1999999999999",')),
    );
    const target = await emptyDatabase();
    await expect(
      restoreDatabase(target, file, { erasureLedger: api.erasureLedger }),
    ).rejects.toThrow(/does not have \(Future1999999999999\)/);
    expect(await queryAt(target, `SELECT to_regclass('public.migrations') AS t`)).toEqual([
      { t: null },
    ]);
  });

  it('rolls a damaged backup back whole, and the same database then takes a whole one', async () => {
    const file = join(folder, 'cut.backup.gz');
    const whole = gunzipSync(await readFile(after));
    // Cut halfway: the tables before the cut are loaded when the restore finds it.
    await writeFile(file, gzipSync(whole.subarray(0, Math.floor(whole.length / 2))));
    const target = await emptyDatabase();
    await expect(
      restoreDatabase(target, file, { erasureLedger: api.erasureLedger }),
    ).rejects.toThrow(/The backup ends inside the table/);
    expect(await queryAt(target, 'SELECT count(*)::int AS n FROM area')).toEqual([{ n: 0 }]);
    await restoreDatabase(target, after, { erasureLedger: api.erasureLedger });
    expect(await everyRow(target)).toEqual(await everyRow(sourceUrl));
  });

  it('tells a file that is not a backup', async () => {
    const file = join(folder, 'notes.gz');
    await writeFile(file, gzipSync('hello\n'));
    await expect(
      restoreDatabase(await emptyDatabase(), file, { erasureLedger: api.erasureLedger }),
    ).rejects.toThrow('This is not a Samverkan backup');
  });
});
