import { RetractResolver } from '../../core/graphql/retract';
import { defineModule } from '../../core/module';
import { ActorMembershipsResolver } from './actor.fields';
import { ForumEntity } from './forum.entity';
import { ForumResolver } from './forum.resolver';
import { ForumBulkResolver } from './forum.bulk';
import { ForumService } from './forum.service';
import { ForumMembershipEntity } from './membership.entity';
import { ForumMembershipResolver } from './membership.resolver';
import { ForumMembershipBulkResolver } from './membership.bulk';
import { ForumMembershipService } from './membership.service';
import { ForumMembershipSubscriptionResolver } from './membership.subscription';
import { Forums1763900200000 } from './migrations/1763900200000-Forums';
import { ForumAnchors1763900400000 } from './migrations/1763900400000-ForumAnchors';
import { ExternalRepresentatives1763902100000 } from './migrations/1763902100000-ExternalRepresentatives';
import { PersonRepresentationsResolver } from './person.fields';
import { StrategyForumsResolver } from './strategy.fields';

/** Forums where actors meet, and their members with representatives, in valid time. */
export const forumModule = defineModule({
  name: 'forum',
  entities: [ForumEntity, ForumMembershipEntity],
  migrations: [
    Forums1763900200000,
    ForumAnchors1763900400000,
    ExternalRepresentatives1763902100000,
  ],
  services: ({ dataSource, audit }) => ({
    forum: new ForumService(dataSource, audit),
    forumMembership: new ForumMembershipService(dataSource, audit),
  }),
  loaders: ({ forum, forumMembership }) => ({ ...forum.loaders(), ...forumMembership.loaders() }),
  nodeTypes: [
    ['Forum', ForumEntity, (loaders) => loaders.forumById],
    ['ForumMembership', ForumMembershipEntity, (loaders) => loaders.forumMembershipById],
  ],
  resolvers: [
    RetractResolver('ForumMembership', 'forum membership', 'forumMembership'),
    ForumResolver,
    ForumBulkResolver,
    ForumMembershipResolver,
    ForumMembershipBulkResolver,
    ForumMembershipSubscriptionResolver,
    ActorMembershipsResolver,
    PersonRepresentationsResolver,
    StrategyForumsResolver,
  ],
});

// What other modules use of this one.
export { FORUM_TIMED_FIELDS, ForumEntity } from './forum.entity';
export type { ForumKind, ForumStatus } from './forum.entity';
export { forumCitations } from './forum.service';
export { ForumKindEnum, ForumType } from './forum.types';
export { ForumMembershipEntity, MEMBERSHIP_TIMED_FIELDS } from './membership.entity';
export type { MembershipRole } from './membership.entity';
export { forumMembershipCitations } from './membership.service';
export { membershipsKnownAt } from './membership.known-at';
export { ForumMember, ForumMembershipType, MembershipRoleEnum } from './membership.types';
export type { ForumService } from './forum.service';
export type { ForumMembershipService } from './membership.service';
