import type { EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { checkChainReference } from '../../core/db/chain';
import { FieldErrors, reportedOn } from '../../core/errors';
import { byIdLoader, childrenLoader, recordBySlug } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import type { PageRequest } from '../../core/relay/pagination';
import { uniqueSlug } from '../../core/slug';
import { optionalDescription, optionalText, requiredText } from '../../core/validate';
import { validateDateRange } from '../../core/valid-time';
import { ActorEntity } from '../actor';
import { whereSearched } from '../../core/search';
import { paginateNamed, type RecordOrder } from '../../core/relay/order';
import { AreaEntity } from '../area';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import {
  STRATEGY_KINDS,
  STRATEGY_STATUSES,
  StrategyEntity,
  type StrategyKind,
  type StrategyStatus,
  STRATEGY_TIMED_FIELDS,
} from './strategy.entity';
import { HOME_AREAS } from '../area';
import { objectiveOrder, reorderObjectives, type ObjectiveReorder } from './objective.service';

export interface StrategyFilter {
  kind?: StrategyKind | null;
  status?: StrategyStatus | null;
  areaId?: string | null;
  ownerId?: string | null;
  search?: string | null;
}

export interface StrategyFields {
  kind: StrategyKind;
  name: string;
  shortName?: string | null;
  slug?: string | null;
  description?: string | null;
  ownerId?: string | null;
  areaId?: string | null;
  periodFrom?: string | null;
  periodTo?: string | null;
  status: StrategyStatus;
  implementsId?: string | null;
  sources?: Citation[];
  /** Its objectives' order (see `objectiveOrder`): shown in the audit log, set by `reorderObjectives`. */
  objectiveIds?: string[];
}
export type StrategyUpdateInput = UpdateInput<Omit<StrategyFields, 'objectiveIds'>>;

export const strategyCitations = new CitationStore('strategy_citation', 'strategy_id');

/**
 * Strategies, programmes and plans: a unique slug, a period that ends after it starts, and a
 * chain of `implements` without cycles. Ending one is an update of its status.
 */
export class StrategyService extends CitedRecordService<StrategyEntity, StrategyFields> {
  protected readonly entity = StrategyEntity;
  protected readonly recordType = 'Strategy';
  protected readonly label = 'strategy';
  protected override readonly home = HOME_AREAS.strategy;
  protected override readonly timed = STRATEGY_TIMED_FIELDS;
  protected readonly citations = strategyCitations;

  /**
   * Sets the order of the objectives at one level of the strategy at once: a change of the
   * strategy (its version goes up, the audit log shows `objectiveIds` before and after). Errors
   * about the strategy itself are reported on `strategy`.
   */
  async reorderObjectives(
    caller: Caller,
    input: ObjectiveReorder & { version: number },
  ): Promise<StrategyEntity> {
    try {
      return await this.transition(
        caller,
        'UPDATE',
        { id: input.strategyId, version: input.version },
        async (_strategy, errors, tx) => {
          await reorderObjectives(tx, errors, input);
          return {};
        },
      );
    } catch (error) {
      throw reportedOn(error, 'id', 'strategy');
    }
  }

  protected override async read(
    tx: EntityManager,
    strategy: StrategyEntity,
  ): Promise<StrategyFields> {
    return {
      ...(await super.read(tx, strategy)),
      objectiveIds: await objectiveOrder(tx, strategy.id),
    };
  }

  findBySlug(slug: string): Promise<StrategyEntity | null> {
    return recordBySlug(this.dataSource, StrategyEntity, slug);
  }

  list(filter: StrategyFilter, page: PageRequest, order: RecordOrder | null = null) {
    const query = this.dataSource.getRepository(StrategyEntity).createQueryBuilder('strategy');
    if (filter.kind) query.andWhere('strategy.kind = :kind', { kind: filter.kind });
    if (filter.status) query.andWhere('strategy.status = :status', { status: filter.status });
    if (filter.areaId) query.andWhere('strategy.area_id = :areaId', { areaId: filter.areaId });
    if (filter.ownerId) {
      query.andWhere('strategy.owner_id = :ownerId', { ownerId: filter.ownerId });
    }
    whereSearched(query, 'strategy', filter.search);
    return paginateNamed(query, page, order);
  }

  protected async validate(
    tx: EntityManager,
    input: StrategyFields,
    id: string | null,
  ): Promise<Validated<StrategyEntity, Citation[]>> {
    const errors = new FieldErrors();
    const name = requiredText(errors, 'name', input.name, 'The name', 300);
    const slug = await uniqueSlug(tx, errors, {
      table: 'strategy',
      given: input.slug,
      name: name,
      id,
      label: 'strategy',
    });
    const [periodFrom, periodTo] = validateDateRange(
      errors,
      ['periodFrom', input.periodFrom],
      ['periodTo', input.periodTo],
    );
    const values = {
      kind: input.kind,
      name,
      shortName: optionalText(errors, 'shortName', input.shortName, 'The short name', 50) ?? null,
      slug,
      description: optionalDescription(errors, input.description),
      ownerId: input.ownerId ?? null,
      areaId: input.areaId ?? null,
      periodFrom,
      periodTo,
      status: input.status,
      implementsId: input.implementsId ?? null,
    };
    if (!STRATEGY_KINDS.includes(values.kind)) {
      errors.add('kind', 'INVALID', 'Unknown kind of strategy.');
    }
    if (!STRATEGY_STATUSES.includes(values.status)) {
      errors.add('status', 'INVALID', 'Unknown status.');
    } else if (values.status === 'ENDED' && !periodTo && !errors.has('periodTo')) {
      errors.add('status', 'INVALID', 'An ended strategy needs the day it ended: give periodTo.');
    }
    if (values.ownerId && !(await tx.getRepository(ActorEntity).existsBy({ id: values.ownerId }))) {
      errors.add('owner', 'NOT_FOUND', 'No actor has this id.');
    }
    if (values.areaId && !(await tx.getRepository(AreaEntity).existsBy({ id: values.areaId }))) {
      errors.add('area', 'NOT_FOUND', 'No area has this id.');
    }
    if (values.implementsId) {
      await checkChainReference(tx, errors, {
        table: 'strategy',
        column: 'implements_id',
        field: 'implements',
        targetId: values.implementsId,
        id,
        label: 'strategy',
        cycle: 'A strategy cannot implement itself, nor a strategy that (in turn) implements it.',
      });
    }
    await strategyCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    return { values, links: input.sources ?? [] };
  }

  loaders() {
    const ds = this.dataSource;
    const byReference = (parentColumn: string, parentProperty: keyof StrategyEntity & string) =>
      childrenLoader(ds, StrategyEntity, {
        alias: 'strategy',
        parentColumn,
        parentProperty,
        orderBy: [
          ['strategy.name', 'ASC'],
          ['strategy.id', 'ASC'],
        ],
      });
    return {
      strategyById: () => byIdLoader(ds, StrategyEntity),
      strategiesImplementing: () => byReference('implements_id', 'implementsId'),
      strategiesOwnedBy: () => byReference('owner_id', 'ownerId'),
      strategiesInArea: () => byReference('area_id', 'areaId'),
    };
  }
}
