import { AuditEventEntity } from './core/audit/audit-event.entity';
import { ApiTokenEntity } from './core/auth/api-token.entity';
import { ActorEntity } from './modules/actor/actor.entity';
import { AreaEntity } from './modules/area/area.entity';
import { SourceEntity } from './modules/source/source.entity';
import { PersonEntity } from './modules/person/person.entity';
import { PositionEntity } from './modules/person/position.entity';
import { ForumEntity } from './modules/forum/forum.entity';
import { ForumMembershipEntity } from './modules/forum/membership.entity';

/** Every TypeORM entity, listed so builds and tests need no file globbing. */
export const ENTITIES = [
  ApiTokenEntity,
  AuditEventEntity,
  AreaEntity,
  SourceEntity,
  ActorEntity,
  PersonEntity,
  PositionEntity,
  ForumEntity,
  ForumMembershipEntity,
];
