import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Client } from 'pg';
import { createApiDataSource } from '../src/data-source';
import { MIGRATIONS } from '../src/modules';
import { API_PACKAGE } from './paths';
import { loadReferenceAreas } from '../src/modules/area/reference/reference';
import { createServices } from '../src/services';
import { migrationSourcesHash } from '../src/testing/migration-sources';
import { generateRegion, type RegionShape } from '../src/testing/region-generator';

const GENERATOR = join(API_PACKAGE, 'src', 'testing');

/**
 * The benchmark's database is named after what makes it: the migrations (their names and
 * source), the generator's source and the shape. Same name, same data: a later run reuses it instead of generating again.
 */
function databaseName(shape: Partial<RegionShape>): string {
  const hash = createHash('sha1');
  hash.update(MIGRATIONS.map((migration) => migration.name).join(','));
  hash.update(migrationSourcesHash(join(API_PACKAGE, 'src')));
  hash.update(JSON.stringify(shape));
  for (const file of readdirSync(GENERATOR, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(GENERATOR, file);
    if (
      file.startsWith('region-generator') &&
      !file.endsWith('.test.ts') &&
      statSync(path).isFile()
    )
      hash.update(readFileSync(path));
  }
  return `bench_${hash.digest('hex').slice(0, 12)}`;
}

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/**
 * The URL of a migrated database holding the generated set of `shape`, on the server at
 * `serverUrl`: made (with a progress bar) unless an earlier run left it.
 */
export async function benchDatabase(
  serverUrl: string,
  shape: Partial<RegionShape>,
  log: (line: string) => void,
): Promise<string> {
  const name = databaseName(shape);
  const url = withDatabase(serverUrl, name);
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) {
      log(`using the generated data set in database ${name} (cached)`);
      return url;
    }
    const building = `${name}_building`;
    await admin.query(`DROP DATABASE IF EXISTS ${building}`);
    await admin.query(`CREATE DATABASE ${building}`);
    const started = Date.now();
    const dataSource = await createApiDataSource({
      url: withDatabase(serverUrl, building),
    }).initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await loadReferenceAreas(dataSource, createServices(dataSource).services.area);
      const bar = new SingleBar(
        {
          format: ' {phase} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}',
          // Without a terminal (CI, a log file), a line every ten seconds instead of a bar.
          noTTYOutput: true,
          notTTYSchedule: 10_000,
        },
        Presets.shades_classic,
      );
      let phase = '';
      const region = await generateRegion(dataSource, shape, {
        onProgress: (progress) => {
          if (progress.phase !== phase) {
            if (phase) bar.stop();
            phase = progress.phase;
            bar.start(progress.total, progress.done, { phase: phase.padEnd(16) });
          } else bar.update(progress.done);
        },
      });
      bar.stop();
      await dataSource.query('VACUUM ANALYZE');
      log(
        `generated in ${((Date.now() - started) / 1000).toFixed(0)} s: ${JSON.stringify(region.counts)}`,
      );
    } finally {
      await dataSource.destroy();
    }
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    await replaceEarlierSets(admin, name, shape, log);
    return url;
  } finally {
    await admin.end();
  }
}

/**
 * Drops the sets of the same shape that earlier migrations or generators made (no run can use
 * them again: their names no longer match), so they do not pile up. Each set's shape is its
 * database's comment.
 */
async function replaceEarlierSets(
  admin: Client,
  name: string,
  shape: Partial<RegionShape>,
  log: (line: string) => void,
): Promise<void> {
  const described = JSON.stringify(shape);
  await admin.query(`COMMENT ON DATABASE ${name} IS ${admin.escapeLiteral(described)}`);
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database
      WHERE datname LIKE 'bench\\_%' AND datname <> $1
        AND shobj_description(oid, 'pg_database') = $2`,
    [name, described],
  );
  for (const { datname } of rows) {
    await admin.query(`DROP DATABASE ${admin.escapeIdentifier(datname)}`);
    log(`dropped ${datname}, an earlier generation of the same set`);
  }
}
