import type { EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import type { AuditOperation } from '../../core/audit/audit-event.entity';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import { FieldErrors } from '../../core/errors';
import { checkChainReference } from '../../core/db/chain';
import { LinkTable } from '../../core/db/link-table';
import DataLoader from 'dataloader';
import { byIdLoader, loaderFamily, recordBySlug } from '../../core/db/loaders';
import type { PageRequest } from '../../core/relay/pagination';
import { paginateNamed, type RecordOrder } from '../../core/relay/order';
import { uniqueSlug } from '../../core/slug';
import {
  optionalDate,
  optionalDescription,
  optionalText,
  optionalUrl,
  requiredText,
} from '../../core/validate';
import { today } from '../../core/valid-time';
import { areasWithin } from '../area';
import { type Citation, CitationStore } from '../citation';
import { type Identifier, IdentifierStore } from '../identifier';
import {
  ACTOR_LEVELS,
  ACTOR_SECTORS,
  ACTOR_TYPES,
  ActorEntity,
  type ActorLevel,
  type ActorSector,
  type ActorKind,
  ACTOR_TIMED_FIELDS,
} from './actor.entity';
import { prefixMatchSql, searchTerms } from '../../core/search';
import { HOME_AREAS } from '../area';

export interface ActorFilter {
  sector?: ActorSector | null;
  level?: ActorLevel | null;
  /** Actors working in this area or any area within it. */
  areaId?: string | null;
  search?: string | null;
  includeArchived?: boolean | null;
}

export interface ActorFields {
  name: string;
  shortName?: string | null;
  slug?: string | null;
  sector: ActorSector;
  level: ActorLevel;
  type: ActorKind;
  areaIds?: string[];
  parentId?: string | null;
  website?: string | null;
  description?: string | null;
  sources?: Citation[];
  identifiers?: Identifier[];
}

/** Omitted (undefined) fields stay as they are; null clears a field or is refused if required. */
export type ActorUpdateInput = UpdateInput<ActorFields>;

export const actorCitations = new CitationStore('actor_citation', 'actor_id');
export const actorIdentifiers = new IdentifierStore('actor');
/** The areas an actor works in, in order. */
const actorAreas = new LinkTable({
  table: 'actor_area',
  ownerColumn: 'actor_id',
  targetColumn: 'area_id',
  targetTable: 'area',
  label: 'area',
});

interface ActorLinks {
  areaIds: string[];
  sources: Citation[];
  identifiers: Identifier[];
}

/** The rules for actors: what makes one valid, how it is found, changed and archived. */
export class ActorService extends RecordService<ActorEntity, ActorFields, ActorLinks> {
  protected readonly entity = ActorEntity;
  protected readonly recordType = 'Actor';
  protected readonly label = 'actor';
  protected override readonly home = HOME_AREAS.actor;
  protected override readonly timed = ACTOR_TIMED_FIELDS;
  protected override readonly identifierLookup = actorIdentifiers;

  findBySlug(slug: string): Promise<ActorEntity | null> {
    return recordBySlug(this.dataSource, ActorEntity, slug);
  }

  /** True on a fresh database: no actor recorded yet (Sweden's areas are there from the start). */
  async isEmpty(): Promise<boolean> {
    return !(await this.dataSource.getRepository(ActorEntity).exists());
  }

  /** The actor an external register knows by this identifier. */
  async findByIdentifier(identifier: Identifier): Promise<ActorEntity | null> {
    const id = await actorIdentifiers.find(this.dataSource, identifier);
    return id ? this.dataSource.getRepository(ActorEntity).findOneBy({ id }) : null;
  }

  list(filter: ActorFilter, page: PageRequest, order: RecordOrder | null = null) {
    const query = this.dataSource.getRepository(ActorEntity).createQueryBuilder('actor');
    if (!filter.includeArchived) query.andWhere('actor.archived_at IS NULL');
    if (filter.sector) query.andWhere('actor.sector = :sector', { sector: filter.sector });
    if (filter.level) query.andWhere('actor.level = :level', { level: filter.level });
    if (filter.areaId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM actor_area aa
           WHERE aa.actor_id = actor.id AND aa.area_id IN (${areasWithin(':areaId')}))`,
        { areaId: filter.areaId },
      );
    }
    const terms = searchTerms(filter.search ?? '');
    if (terms.length > 0) query.andWhere(...prefixMatchSql('actor.search', terms));
    return paginateNamed(query, page, order);
  }

  /**
   * Hides an actor from lists from `archivedOn` (default today); it stays readable by slug and id,
   * with its history, and names the actor that succeeds it, if one does (`successorId`). Ending what depends on it is the lifecycle's (modules/lifecycle), in the same
   * transaction `manager`.
   */
  archive(
    caller: Caller,
    input: { id: string; version: number; archivedOn?: string | null; successorId?: string | null },
    manager?: EntityManager,
  ): Promise<ActorEntity> {
    return this.transition(
      caller,
      'ARCHIVE',
      input,
      (_current, errors) => ({
        archivedAt: new Date(),
        archivedOn: optionalDate(errors, 'archivedOn', input.archivedOn ?? today()) ?? null,
        successorId: input.successorId ?? null,
      }),
      manager,
    );
  }

  protected override assertChangeable(actor: ActorEntity, operation: AuditOperation): void {
    if (actor.archivedAt && operation !== 'RESTORE') {
      new FieldErrors()
        .add('id', 'ARCHIVED', 'This actor is archived and cannot be changed.')
        .throwIfAny();
    }
  }

  protected override async read(tx: EntityManager, actor: ActorEntity): Promise<ActorFields> {
    return {
      ...actor,
      areaIds: await actorAreas.snapshot(tx, actor.id),
      sources: await actorCitations.snapshot(tx, actor.id),
      identifiers: await actorIdentifiers.snapshot(tx, actor.id),
    };
  }

  protected override async writeLinks(tx: EntityManager, actorId: string, links: ActorLinks) {
    await actorAreas.replace(tx, actorId, links.areaIds);
    await actorCitations.replace(tx, actorId, links.sources);
    await actorIdentifiers.replace(tx, actorId, links.identifiers);
  }

  protected async validate(
    tx: EntityManager,
    input: ActorFields,
    id: string | null,
    changesFrom?: string,
  ): Promise<Validated<ActorEntity, ActorLinks>> {
    const errors = new FieldErrors();
    const name = requiredText(errors, 'name', input.name, 'The name', 200);
    const slug = await uniqueSlug(tx, errors, {
      table: 'actor',
      given: input.slug,
      name: name,
      id,
      label: 'actor',
    });
    const values = {
      name,
      shortName: optionalText(errors, 'shortName', input.shortName, 'The short name', 50) ?? null,
      slug,
      sector: input.sector,
      level: input.level,
      type: input.type,
      parentId: input.parentId ?? null,
      website: optionalUrl(errors, 'website', input.website) ?? null,
      description: optionalDescription(errors, input.description),
    };
    const links = {
      areaIds: await actorAreas.validate(tx, errors, 'areas', input.areaIds ?? []),
      sources: input.sources ?? [],
      identifiers: await actorIdentifiers.validate(tx, input.identifiers ?? [], id, errors),
    };
    if (!ACTOR_SECTORS.includes(values.sector)) errors.add('sector', 'INVALID', 'Unknown sector.');
    if (!ACTOR_LEVELS.includes(values.level)) errors.add('level', 'INVALID', 'Unknown level.');
    if (!ACTOR_TYPES.includes(values.type)) errors.add('type', 'INVALID', 'Unknown type of actor.');
    if (values.parentId) {
      await checkChainReference(tx, errors, {
        table: 'actor',
        column: 'parent_id',
        field: 'parent',
        targetId: values.parentId,
        id,
        label: 'actor',
        cycle: 'An actor cannot be placed under itself or under one of its own parts.',
        inTime: { attribute: 'parentId', from: changesFrom },
      });
    }
    await actorCitations.validate(tx, links.sources, errors);
    errors.throwIfAny();
    return { values, links };
  }

  loaders() {
    const ds = this.dataSource;
    return {
      actorById: () => byIdLoader(ds, ActorEntity),
      /** The ids of an actor's areas in order; the areas themselves come from `areaById`. */
      actorAreaIds: () => actorAreas.loader(ds),
      actorIdentifiers: () => actorIdentifiers.loader(ds),
      /** An actor as the register said it at `at` (from the audit log); null before it existed. */
      actorAsKnownAt: () =>
        loaderFamily(
          ({ at }: { at: string }) =>
            new DataLoader<string, ActorSnapshot | null>(async (ids) => {
              const known = await this.audit.knownAt(this.recordType, ids, at);
              return ids.map((id) => {
                const after = known.get(id);
                return after ? actorSnapshot(after) : null;
              });
            }),
        ),
    };
  }
}

/** An actor's own fields as the register said them at some moment. */
export interface ActorSnapshot {
  name: string;
  shortName: string | null;
  sector: ActorSector;
  level: ActorLevel;
  type: ActorKind;
  description: string | null;
  website: string | null;
  archivedAt: Date | null;
}

/** The fields of an audit snapshot of an actor (JSON: dates as strings). */
function actorSnapshot(after: Record<string, unknown>): ActorSnapshot {
  const text = (key: string) => (after[key] ?? null) as string | null;
  const archivedAt = text('archivedAt');
  return {
    name: after.name as string,
    shortName: text('shortName'),
    sector: after.sector as ActorSector,
    level: after.level as ActorLevel,
    type: after.type as ActorKind,
    description: text('description'),
    website: text('website'),
    archivedAt: archivedAt ? new Date(archivedAt) : null,
  };
}
