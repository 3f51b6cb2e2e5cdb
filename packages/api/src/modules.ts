import { AuditEventEntity } from './core/audit/audit-event.entity';
import { ApiTokenEntity } from './core/auth/api-token.entity';
import { Foundation1763800000000 } from './core/db/migrations/1763800000000-Foundation';
import { FormerSlugs1763901300000 } from './core/db/migrations/1763901300000-FormerSlugs';
import { AttributePeriods1763901800000 } from './core/db/migrations/1763901800000-AttributePeriods';
import { AppendOnlyAudit1763902900000 } from './core/db/migrations/1763902900000-AppendOnlyAudit';
import { Retractions1763901600000 } from './core/db/migrations/1763901600000-Retractions';
import { Publication1763903300000 } from './core/db/migrations/1763903300000-Publication';
import { PublishedMapWithoutObjectors1763903400000 } from './core/db/migrations/1763903400000-PublishedMapWithoutObjectors';
import { PublishedByTable1763904300000 } from './core/db/migrations/1763904300000-PublishedByTable';
import { registerPersonalFields } from './core/audit/personal-fields';
import { registerNodeType } from './core/graphql/node';
import { accountModule } from './modules/account';
import { actorModule } from './modules/actor';
import { areaModule } from './modules/area';
import { bulkModule } from './modules/bulk';
import { areaFiguresModule } from './modules/area-figures';
import { changesModule } from './modules/changes';
import { aboutModule } from './modules/about';
import { citationModule } from './modules/citation';
import { collaborationModule } from './modules/collaboration';
import { compositionModule } from './modules/composition';
import { forumModule } from './modules/forum';
import { identifierModule } from './modules/identifier';
import { lifecycleModule } from './modules/lifecycle';
import { mapModule } from './modules/map';
import { meetingModule } from './modules/meeting';
import { mergeModule } from './modules/merge';
import { personModule } from './modules/person';
import { raciModule } from './modules/raci';
import { responsibilityModule } from './modules/responsibility';
import { reviewModule } from './modules/review';
import { searchModule } from './modules/search';
import { seedModule } from './modules/seed';
import { sourceModule } from './modules/source';
import { strategyModule } from './modules/strategy';
import { topicModule } from './modules/topic';
import { webhookModule } from './modules/webhook';

/**
 * Every feature module, in order: a module's services may use those of the modules before it.
 * Adding a module (a new record type) is its folder and one line here.
 */
export const MODULES = [
  accountModule,
  areaModule,
  sourceModule,
  citationModule,
  identifierModule,
  bulkModule,
  actorModule,
  personModule,
  forumModule,
  strategyModule,
  topicModule,
  responsibilityModule,
  lifecycleModule,
  collaborationModule,
  meetingModule,
  reviewModule,
  mapModule,
  raciModule,
  compositionModule,
  areaFiguresModule,
  searchModule,
  changesModule,
  aboutModule,
  mergeModule,
  webhookModule,
  seedModule,
] as const;

/** Every TypeORM entity: the platform's (tokens, the audit log) and the modules'. */
export const ENTITIES = [
  ApiTokenEntity,
  AuditEventEntity,
  ...MODULES.flatMap((module) => module.entities ?? []),
];

const timestampOf = (migration: { name: string }) => Number(/\d{13}$/.exec(migration.name)?.[0]);

/**
 * Every migration, by timestamp: the foundation (tokens, the audit log, areas, sources and actors,
 * the first schema), the platform's later ones and each module's.
 */
export const MIGRATIONS = [
  Foundation1763800000000,
  FormerSlugs1763901300000,
  Retractions1763901600000,
  AttributePeriods1763901800000,
  AppendOnlyAudit1763902900000,
  Publication1763903300000,
  PublishedMapWithoutObjectors1763903400000,
  PublishedByTable1763904300000,
  ...MODULES.flatMap((module) => module.migrations ?? []),
].sort((a, b) => timestampOf(a) - timestampOf(b));

/** Every module's resolvers, for the schema. */
export const MODULE_RESOLVERS = MODULES.flatMap((module) => module.resolvers ?? []);

// The `Node` registry (`node(id:)`, the `id` field, the `RecordType` enum) knows the modules'
// types as soon as the modules are: before any schema is built or request served.
for (const module of MODULES) {
  for (const [name, entity, loader, options] of module.nodeTypes ?? []) {
    registerNodeType(name, entity, loader, options);
  }
  for (const [recordType, fields] of Object.entries(module.personalFields ?? {})) {
    registerPersonalFields(recordType, fields);
  }
}
