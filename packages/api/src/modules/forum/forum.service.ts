import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';
import { checkChainReference } from '../../core/db/chain';
import { LinkTable } from '../../core/db/link-table';
import { byIdLoader, childrenLoader, groupedLoader, recordBySlug } from '../../core/db/loaders';
import { RecordService, type UpdateInput, type Validated } from '../../core/db/record-service';
import type { PageRequest } from '../../core/relay/pagination';
import { uniqueSlug } from '../../core/slug';
import { optionalDate, optionalDescription, optionalText, requiredText } from '../../core/validate';
import { today } from '../../core/valid-time';
import type { Caller } from '../../core/audit/audit.service';
import { ActorEntity } from '../actor';
import { whereSearched } from '../../core/search';
import { paginateNamed, type RecordOrder } from '../../core/relay/order';
import { AreaEntity } from '../area';
import { type Citation, CitationStore } from '../citation';
import { type Identifier, IdentifierStore } from '../identifier';
import { PersonEntity } from '../person';
import {
  FORUM_KINDS,
  FORUM_STATUSES,
  FORUM_TIMED_FIELDS,
  ForumEntity,
  type ForumKind,
  type ForumStatus,
} from './forum.entity';
import { batchedRead } from '../../core/db/read-batch';
import { HOME_AREAS } from '../area';

export interface ForumFilter {
  kind?: ForumKind | null;
  status?: ForumStatus | null;
  areaId?: string | null;
  search?: string | null;
}

export interface ForumFields {
  kind: ForumKind;
  name: string;
  shortName?: string | null;
  slug?: string | null;
  description?: string | null;
  goal?: string | null;
  purpose?: string[] | null;
  parentId?: string | null;
  convenorId?: string | null;
  chairId?: string | null;
  areaId?: string | null;
  /** Default: ACTIVE. DISSOLVED only through `dissolve`, which sets `dissolvedOn`. */
  status?: ForumStatus | null;
  /** Set by `dissolve` only; kept by updates. */
  dissolvedOn?: string | null;
  sources?: Citation[];
  /** The strategies it is anchored in, in order. */
  anchoredInIds?: string[];
  identifiers?: Identifier[];
}

interface ForumLinks {
  sources: Citation[];
  anchoredInIds: string[];
  identifiers: Identifier[];
}
export type ForumUpdateInput = UpdateInput<ForumFields>;

export const forumCitations = new CitationStore('forum_citation', 'forum_id');
const forumIdentifiers = new IdentifierStore('forum');
/** The strategies a forum is anchored in, in order. */
const forumAnchors = new LinkTable({
  table: 'forum_anchor',
  ownerColumn: 'forum_id',
  targetColumn: 'strategy_id',
  targetTable: 'strategy',
  label: 'strategy',
});

export const MAX_PURPOSE_LENGTH = 1000;

/** Forums: where actors meet. A unique slug, a place in a tree of forums without cycles. */
export class ForumService extends RecordService<ForumEntity, ForumFields, ForumLinks> {
  protected readonly entity = ForumEntity;
  protected readonly recordType = 'Forum';
  protected readonly label = 'forum';
  protected override readonly home = HOME_AREAS.forum;
  protected override readonly timed = FORUM_TIMED_FIELDS;
  protected override readonly identifierLookup = forumIdentifiers;

  findBySlug(slug: string): Promise<ForumEntity | null> {
    return recordBySlug(this.dataSource, ForumEntity, slug);
  }

  /** The forum an external register knows by this identifier. */
  async findByIdentifier(identifier: Identifier): Promise<ForumEntity | null> {
    const id = await forumIdentifiers.find(this.dataSource, identifier);
    return id ? this.dataSource.getRepository(ForumEntity).findOneBy({ id }) : null;
  }

  list(filter: ForumFilter, page: PageRequest, order: RecordOrder | null = null) {
    const query = this.dataSource.getRepository(ForumEntity).createQueryBuilder('forum');
    if (filter.kind) query.andWhere('forum.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('forum.status = :status', { status: filter.status });
    if (filter.areaId) query.andWhere('forum.area_id = :areaId', { areaId: filter.areaId });
    whereSearched(query, 'forum', filter.search);
    return paginateNamed(query, page, order);
  }

  protected async validate(
    tx: EntityManager,
    input: ForumFields,
    id: string | null,
    changesFrom?: string,
  ): Promise<Validated<ForumEntity, ForumLinks>> {
    const errors = new FieldErrors();
    const name = requiredText(errors, 'name', input.name, 'The name', 200);
    const slug = await uniqueSlug(tx, errors, {
      table: 'forum',
      given: input.slug,
      name: name,
      id,
      label: 'forum',
    });
    const values = {
      kind: input.kind,
      name,
      shortName: optionalText(errors, 'shortName', input.shortName, 'The short name', 50) ?? null,
      slug,
      description: optionalDescription(errors, input.description),
      goal: optionalText(errors, 'goal', input.goal, 'The goal', 5000) ?? null,
      purpose: (input.purpose ?? []).map((statement, index) =>
        requiredText(
          errors,
          ['purpose', String(index)],
          statement,
          'A purpose statement',
          MAX_PURPOSE_LENGTH,
        ),
      ),
      parentId: input.parentId ?? null,
      convenorId: input.convenorId ?? null,
      chairId: input.chairId ?? null,
      areaId: input.areaId ?? null,
      status: input.status ?? 'ACTIVE',
      dissolvedOn: input.dissolvedOn ?? null,
    };
    if (!FORUM_KINDS.includes(values.kind)) errors.add('kind', 'INVALID', 'Unknown kind of forum.');
    if (!FORUM_STATUSES.includes(values.status)) errors.add('status', 'INVALID', 'Unknown status.');
    else if (values.dissolvedOn && values.status !== 'DISSOLVED') {
      errors.add(
        'status',
        'INVALID',
        `This forum was dissolved on ${values.dissolvedOn}: undo that with forumRestore, which also gives back what dissolving it ended.`,
      );
    } else if (!values.dissolvedOn && values.status === 'DISSOLVED') {
      errors.add(
        'status',
        'INVALID',
        'Dissolve a forum with forumDissolve: it takes the day and ends its memberships on it.',
      );
    }
    if (values.parentId) {
      await checkChainReference(tx, errors, {
        table: 'forum',
        column: 'parent_id',
        field: 'parent',
        targetId: values.parentId,
        id,
        label: 'forum',
        cycle: 'A forum cannot be placed under itself or under one of its own sub-forums.',
        inTime: { attribute: 'parentId', from: changesFrom },
      });
    }
    if (
      values.convenorId &&
      !(await tx.getRepository(ActorEntity).existsBy({ id: values.convenorId }))
    ) {
      errors.add('convenor', 'NOT_FOUND', 'No actor has this id.');
    }
    if (
      values.chairId &&
      !(await tx.getRepository(PersonEntity).existsBy({ id: values.chairId }))
    ) {
      errors.add('chair', 'NOT_FOUND', 'No person has this id.');
    }
    if (values.areaId && !(await tx.getRepository(AreaEntity).existsBy({ id: values.areaId }))) {
      errors.add('area', 'NOT_FOUND', 'No area has this id.');
    }
    await forumCitations.validate(tx, input.sources ?? [], errors);
    const anchoredInIds = await forumAnchors.validate(
      tx,
      errors,
      'anchoredIn',
      input.anchoredInIds ?? [],
    );
    const identifiers = await forumIdentifiers.validate(tx, input.identifiers ?? [], id, errors);
    errors.throwIfAny();
    return { values, links: { sources: input.sources ?? [], anchoredInIds, identifiers } };
  }

  /**
   * Dissolves a forum from `dissolvedOn` (default today). Ending what depends on it is the
   * lifecycle's (modules/lifecycle), in the same transaction `manager`.
   */
  dissolve(
    caller: Caller,
    input: { id: string; version: number; dissolvedOn?: string | null },
    manager?: EntityManager,
  ): Promise<ForumEntity> {
    // Its status is DISSOLVED from that day (a timed field); bad days are refused below.
    const changesFrom = input.dissolvedOn ?? today();
    return this.transition(
      caller,
      'END',
      { ...input, changesFrom },
      (current, errors) => {
        if (current.dissolvedOn) {
          errors.add('id', 'ENDED', `This forum was already dissolved on ${current.dissolvedOn}.`);
        }
        const day = optionalDate(errors, 'dissolvedOn', changesFrom);
        return { status: 'DISSOLVED', dissolvedOn: day };
      },
      manager,
    );
  }

  protected override async read(tx: EntityManager, forum: ForumEntity): Promise<ForumFields> {
    return {
      ...forum,
      sources: await forumCitations.snapshot(tx, forum.id),
      anchoredInIds: await forumAnchors.snapshot(tx, forum.id),
      identifiers: await forumIdentifiers.snapshot(tx, forum.id),
    };
  }

  protected override async writeLinks(tx: EntityManager, id: string, links: ForumLinks) {
    await forumCitations.replace(tx, id, links.sources);
    await forumAnchors.replace(tx, id, links.anchoredInIds);
    await forumIdentifiers.replace(tx, id, links.identifiers);
  }

  loaders() {
    const ds = this.dataSource;
    return {
      forumById: () => byIdLoader(ds, ForumEntity),
      forumIdentifiers: () => forumIdentifiers.loader(ds),
      forumChildren: () =>
        childrenLoader(ds, ForumEntity, {
          alias: 'forum',
          parentColumn: 'parent_id',
          parentProperty: 'parentId',
          orderBy: [
            ['forum.name', 'ASC'],
            ['forum.id', 'ASC'],
          ],
        }),
      /** The ids of the strategies a forum is anchored in, in order. */
      forumAnchorIds: () => forumAnchors.loader(ds),
      /** The ids of the forums anchored in a strategy. */
      strategyAnchoredForumIds: () =>
        groupedLoader<string>(async (strategyIds) => {
          const rows: { forum_id: string; strategy_id: string }[] = await batchedRead(
            ds,
            'SELECT forum_id, strategy_id FROM forum_anchor WHERE strategy_id = ANY($1::uuid[]) ORDER BY forum_id',
            [strategyIds],
          );
          return rows.map((row) => ({ key: row.strategy_id, value: row.forum_id }));
        }),
    };
  }
}
