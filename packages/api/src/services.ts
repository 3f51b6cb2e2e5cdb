import type { DataSource } from 'typeorm';
import { AuditService } from './core/audit/audit.service';
import { TokenService } from './core/auth/token.service';
import { ActorService } from './modules/actor/actor.service';
import { AreaService } from './modules/area/area.service';
import { SourceService } from './modules/source/source.service';
import { PersonService } from './modules/person/person.service';
import { PositionService } from './modules/person/position.service';
import { ForumService } from './modules/forum/forum.service';
import { ForumMembershipService } from './modules/forum/membership.service';

/** One instance of each service for the process; they hold no per-request state. */
export function createServices(dataSource: DataSource) {
  const audit = new AuditService(dataSource);
  const services = {
    dataSource,
    audit,
    token: new TokenService(dataSource),
    area: new AreaService(dataSource, audit),
    source: new SourceService(dataSource, audit),
    actor: new ActorService(dataSource, audit),
    person: new PersonService(dataSource, audit),
    position: new PositionService(dataSource, audit),
    forum: new ForumService(dataSource, audit),
    forumMembership: new ForumMembershipService(dataSource, audit),
    /** Fresh DataLoaders: call once per request so no cache outlives it. */
    loaders: () => ({
      ...services.area.loaders(),
      ...services.source.loaders(),
      ...services.actor.loaders(),
      ...services.person.loaders(),
      ...services.position.loaders(),
      ...services.forum.loaders(),
      ...services.forumMembership.loaders(),
    }),
  };
  return services;
}

export type Services = ReturnType<typeof createServices>;
