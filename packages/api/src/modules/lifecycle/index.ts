import { defineModule } from '../../core/module';
import type { ActorService } from '../actor';
import type { ForumMembershipService, ForumService } from '../forum';
import type { PositionService } from '../person';
import type { ResponsibilityService } from '../responsibility';
import { LifecycleResolver } from './lifecycle.resolver';
import { LifecycleService } from './lifecycle.service';
import { Lifecycle1763901400000 } from './migrations/1763901400000-Lifecycle';
import { Successors1763903800000 } from './migrations/1763903800000-Successors';
import { SuccessionResolver } from './succession.resolver';
import { SuccessionService } from './succession.service';

/**
 * Archiving actors and dissolving forums on a day, ending what depends on them with them, and
 * undoing both; successions (an actor reorganised into another).
 */
export const lifecycleModule = defineModule({
  name: 'lifecycle',
  migrations: [Lifecycle1763901400000, Successors1763903800000],
  services: (
    { dataSource },
    earlier: {
      actor: ActorService;
      forum: ForumService;
      forumMembership: ForumMembershipService;
      position: PositionService;
      responsibility: ResponsibilityService;
    },
  ) => {
    const lifecycle = new LifecycleService(dataSource, earlier);
    return {
      lifecycle,
      succession: new SuccessionService(dataSource, { ...earlier, lifecycle }),
    };
  },
  loaders: ({ succession }) => succession.loaders(),
  resolvers: [LifecycleResolver, SuccessionResolver],
});
