import { defineModule } from '../../core/module';
import { ActorEntity } from './actor.entity';
// The actor resolver first: its imports settle the order the modules' cycles load in.
import { ActorResolver } from './actor.resolver';
import { ActorBulkResolver } from './actor.bulk';
import { ActorService } from './actor.service';

/** Actors: organisations, in the quadruple helix; archived, never deleted. */
export const actorModule = defineModule({
  name: 'actor',
  entities: [ActorEntity],
  services: ({ dataSource, audit }) => ({ actor: new ActorService(dataSource, audit) }),
  loaders: ({ actor }) => actor.loaders(),
  nodeTypes: [['Actor', ActorEntity, (loaders) => loaders.actorById]],
  resolvers: [ActorResolver, ActorBulkResolver],
});

// What other modules use of this one.
export { ACTOR_LEVELS, ACTOR_SECTORS, ACTOR_TIMED_FIELDS, ActorEntity } from './actor.entity';
export type { ActorKind, ActorLevel, ActorSector } from './actor.entity';
export { ActorLevelEnum, ActorSectorEnum, ActorType, ActorKindEnum } from './actor.types';
export { actorCitations, type ActorService } from './actor.service';
