import 'reflect-metadata';
import { loadConfig } from '../core/config';
import { createApiDataSource } from '../data-source';
import { loadReferenceAreas } from '../modules/area';
import { loadSeed } from '../modules/seed';
import { createServices } from '../services';

/** Loads the seed data set into DATABASE_URL (idempotent: records already there are kept). */
async function main() {
  const { DATABASE_URL } = loadConfig();
  if (!DATABASE_URL) {
    process.stderr.write('Set DATABASE_URL (pnpm start seeds its embedded database by itself).\n');
    process.exit(2);
  }
  const dataSource = await createApiDataSource({ url: DATABASE_URL }).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const { services } = createServices(dataSource);
  await loadReferenceAreas(dataSource, services.area);
  await loadSeed(services, (message) => process.stdout.write(`${message}\n`));
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
