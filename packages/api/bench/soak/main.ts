import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { spawnApi } from '../../src/testing/api-process';
import { placeForPostgres } from '../../src/testing/postgres-server';
import { soakedApi, SOAK_ENV } from './api';
import { describeSoak, soak } from './soak';

const USAGE = `Usage: pnpm --filter @samverkan/api soak [-- --seconds 180 --connections 50 --warm-up 30]
  Soaks the built API (production mode, on an embedded PostgreSQL of its own in a temporary
  folder, with the seed data set) with the web client's reads and an editor's writes, and fails
  on any failed request or memory growth past the bounds (see the API's README).\n`;

/**
 * `pnpm soak`: starts the built API as deployed on a throw-away embedded PostgreSQL, soaks it
 * and prints the report; exits 1 when the soak failed.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    // `pnpm soak -- --seconds 60` passes the `--` on.
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: {
      seconds: { type: 'string', default: '180' },
      connections: { type: 'string', default: '50' },
      'warm-up': { type: 'string', default: '30' },
      help: { type: 'boolean', default: false },
    },
  });
  const options = {
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    warmUpSeconds: Number(values['warm-up']),
  };
  if (values.help || Object.values(options).some((n) => !(n > 0))) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (options.warmUpSeconds >= options.seconds) {
    process.stderr.write('The warm-up must be shorter than the soak.\n');
    return 2;
  }
  const { dataDir, port } = await placeForPostgres('soak');
  process.stdout.write('starting the API on an embedded PostgreSQL of its own…\n');
  // The soak writes: the API's own embedded database, never one the environment names.
  delete process.env.DATABASE_URL;
  delete process.env.APP_DATABASE_URL;
  const api = await spawnApi({
    ...SOAK_ENV,
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(port),
  });
  try {
    const target = await soakedApi(
      api,
      `postgres://samverkan:samverkan@127.0.0.1:${port}/samverkan`,
    );
    process.stdout.write(`soaking ${api.url} for ${options.seconds} s…\n`);
    const report = await soak(target, options);
    process.stdout.write(`${describeSoak(report, options)}\n`);
    return report.problems.length ? 1 : 0;
  } finally {
    await api.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
