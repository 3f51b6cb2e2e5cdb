import { defineModule } from '../../core/module';
import { Identifiers1763900050000 } from './migrations/1763900050000-Identifiers';

/** Identifiers of actors and areas in external registers (stored beside each record). */
export const identifierModule = defineModule({
  name: 'identifier',
  migrations: [Identifiers1763900050000],
});

// What other modules use of this one.
export { IdentifierStore } from './identifier.store';
export type { Identifier } from './identifier.store';
export { IdentifierInput, IdentifierType } from './identifier.types';
