import { defineModule } from '../../core/module';
import { SeedRegistry1763900700000 } from './migrations/1763900700000-SeedRegistry';

/** The seed data set (Jämtland Härjedalen) and the registry of what was loaded. */
export const seedModule = defineModule({
  name: 'seed',
  migrations: [SeedRegistry1763900700000],
});

// What other modules use of this one.
export { loadSeed } from './seed.loader';
export { documentText } from './seed.loader';
export { SEED_SOURCES } from './data/foundation';
