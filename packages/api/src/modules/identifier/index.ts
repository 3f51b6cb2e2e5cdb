import { defineModule } from '../../core/module';
import { IdentifierSchemeEntity } from './identifier-scheme.entity';
import { IdentifierSchemeResolver } from './identifier-scheme.resolver';
import { IdentifierSchemeService } from './identifier-scheme.service';
import { Identifiers1763900050000 } from './migrations/1763900050000-Identifiers';
import { IdentifierSchemes1763902400000 } from './migrations/1763902400000-IdentifierSchemes';

/**
 * Identifiers of actors, areas, forums and people in external registers (stored beside each
 * record), and the registry of schemes that normalises and checks them.
 */
export const identifierModule = defineModule({
  name: 'identifier',
  entities: [IdentifierSchemeEntity],
  migrations: [Identifiers1763900050000, IdentifierSchemes1763902400000],
  services: ({ dataSource, audit }) => ({
    identifierScheme: new IdentifierSchemeService(dataSource, audit),
  }),
  loaders: ({ identifierScheme }) => identifierScheme.loaders(),
  nodeTypes: [
    ['IdentifierScheme', IdentifierSchemeEntity, (loaders) => loaders.identifierSchemeById],
  ],
  resolvers: [IdentifierSchemeResolver],
});

// What other modules use of this one.
export { IdentifierStore } from './identifier.store';
export type { Identifier } from './identifier.store';
export { IdentifierInput, IdentifierType } from './identifier.types';
