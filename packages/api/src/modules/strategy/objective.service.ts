import { writeNewOrder } from '../../core/db/new-order';
import { sameRecord } from '../../core/db/record-key';
import type { EntityManager } from 'typeorm';
import { chainUp } from '../../core/db/chain';
import { FieldErrors } from '../../core/errors';
import { byIdLoader, childrenLoader, groupedLoader } from '../../core/db/loaders';
import type { UpdateInput, Validated } from '../../core/db/record-service';
import { optionalDescription, requiredText } from '../../core/validate';
import { type Citation, CitationStore, CitedRecordService } from '../citation';
import { ObjectiveEntity } from './objective.entity';
import { StrategyEntity } from './strategy.entity';
import { batchedMany } from '../../core/db/prepared-select';
import { HOME_AREAS } from '../area';

export interface ObjectiveFields {
  strategyId: string;
  parentId?: string | null;
  code: string;
  title: string;
  description?: string | null;
  position?: number | null;
  sources?: Citation[];
}
/** An objective stays in its strategy: updates cannot move it to another. */
export type ObjectiveUpdateInput = UpdateInput<Omit<ObjectiveFields, 'strategyId'>>;

export const objectiveCitations = new CitationStore('objective_citation', 'objective_id');

/** How siblings are ranked: by position, then code (positions may repeat). */
const SIBLING_ORDER = 'position, code, id';

/**
 * Every objective of a strategy, each parent's children together in their order (the top level
 * first): what the strategy's audit entries show of its objectives' order.
 */
export async function objectiveOrder(tx: EntityManager, strategyId: string): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT id FROM objective WHERE strategy_id = $1
     ORDER BY parent_id NULLS FIRST, ${SIBLING_ORDER}`,
    [strategyId],
  );
  return rows.map((row) => row.id);
}

/**
 * Puts the objectives directly under `parentId` (null: the top level) of a strategy in the order
 * of `objectiveIds`, which must name each of them exactly once (else INVALID on `objectives`,
 * nothing written); a parent that is not one of the strategy's objectives is NOT_FOUND on
 * `parent`. Their positions become 1, 2, 3 … in that order.
 */
export async function reorderObjectives(
  tx: EntityManager,
  errors: FieldErrors,
  { strategyId, parentId, objectiveIds }: ObjectiveReorder,
): Promise<void> {
  if (
    parentId &&
    !(await tx.getRepository(ObjectiveEntity).existsBy({ id: parentId, strategyId }))
  ) {
    errors.add('parent', 'NOT_FOUND', 'No objective of this strategy has this id.');
    return;
  }
  const rows: { id: string }[] = await tx.query(
    `SELECT id FROM objective WHERE strategy_id = $1 AND parent_id IS NOT DISTINCT FROM $2
     ORDER BY ${SIBLING_ORDER}`,
    [strategyId, parentId],
  );
  await writeNewOrder(tx, errors, {
    table: 'objective',
    parentColumn: 'strategy_id',
    parentId: strategyId,
    current: rows.map((row) => row.id),
    ids: objectiveIds,
    field: 'objectives',
    noun: 'objective',
    among: 'at this level of the strategy',
  });
}

/** A new order of the objectives at one level of a strategy. */
export interface ObjectiveReorder {
  strategyId: string;
  /** Whose children to reorder; null: the top-level objectives. */
  parentId: string | null;
  objectiveIds: string[];
}

/**
 * Objectives of a strategy, as a tree: a code unique in the strategy, a parent of the same
 * strategy and never below the objective itself, and an order among siblings.
 */
export class ObjectiveService extends CitedRecordService<ObjectiveEntity, ObjectiveFields> {
  protected readonly entity = ObjectiveEntity;
  protected readonly recordType = 'Objective';
  protected readonly label = 'objective';
  protected override readonly home = HOME_AREAS.objective;
  protected readonly citations = objectiveCitations;

  /** The same objective: its strategy's with this code (codes are unique in a strategy). */
  override matching(tx: EntityManager, fields: Partial<ObjectiveFields>) {
    const ends: [string, unknown][] = [
      ['strategy_id', fields.strategyId],
      ['code', fields.code?.trim()],
    ];
    return sameRecord(tx, 'objective', ends);
  }

  protected async validate(
    tx: EntityManager,
    input: ObjectiveFields,
    id: string | null,
  ): Promise<Validated<ObjectiveEntity, Citation[]>> {
    const errors = new FieldErrors();
    const code = requiredText(errors, 'code', input.code, 'The code', 20);
    const title = requiredText(errors, 'title', input.title, 'The title', 500);
    const description = optionalDescription(errors, input.description);
    const { strategyId } = input;
    const parentId = input.parentId ?? null;
    const strategyExists = await tx.getRepository(StrategyEntity).existsBy({ id: strategyId });
    if (!strategyExists) errors.add('strategy', 'NOT_FOUND', 'No strategy has this id.');
    if (strategyExists && code) {
      const same = await tx.getRepository(ObjectiveEntity).findOneBy({ strategyId, code });
      if (same && same.id !== id) {
        errors.add('code', 'TAKEN', `This strategy already has an objective ${code}.`);
      }
    }
    if (parentId) await this.validateParent(tx, { strategyId, parentId, id }, errors);
    if (input.position != null && (!Number.isInteger(input.position) || input.position < 1)) {
      errors.add('position', 'INVALID', 'The position is a whole number from 1 (the first).');
    }
    await objectiveCitations.validate(tx, input.sources ?? [], errors);
    errors.throwIfAny();
    const position = input.position ?? (await this.nextPosition(tx, strategyId, parentId));
    return {
      values: { strategyId, parentId, code, title, description, position },
      links: input.sources ?? [],
    };
  }

  private async validateParent(
    tx: EntityManager,
    { strategyId, parentId, id }: { strategyId: string; parentId: string; id: string | null },
    errors: FieldErrors,
  ) {
    const parent = await tx.getRepository(ObjectiveEntity).findOneBy({ id: parentId });
    if (!parent) errors.add('parent', 'NOT_FOUND', 'No objective has this id.');
    else if (parent.strategyId !== strategyId) {
      errors.add(
        'parent',
        'WRONG_KIND',
        'The parent objective belongs to another strategy; an objective can only be placed under one of its own strategy.',
      );
    } else if (id && (await chainUp(tx, 'objective', 'parent_id', parentId)).includes(id)) {
      errors.add(
        'parent',
        'CYCLE',
        'An objective cannot be placed under itself or under one of its own sub-objectives.',
      );
    }
  }

  /** After the last of its siblings. */
  private async nextPosition(tx: EntityManager, strategyId: string, parentId: string | null) {
    const [{ next }]: { next: number }[] = await tx.query(
      `SELECT coalesce(max(position), 0) + 1 AS next FROM objective
       WHERE strategy_id = $1 AND parent_id IS NOT DISTINCT FROM $2`,
      [strategyId, parentId],
    );
    return next;
  }

  /**
   * Every objective of the strategies in tree order (1, 1.1, 1.2, 2), strategy by strategy: one
   * recursive statement. Siblings are ranked by position, then code; each row's path is the ranks
   * from its root down, and the rows are sorted by it.
   */
  inTreeOrder(strategyIds: string[]): Promise<ObjectiveEntity[]> {
    const query = this.dataSource
      .getRepository(ObjectiveEntity)
      .createQueryBuilder('objective')
      .addCommonTableExpression(
        `SELECT o.id, o.parent_id, row_number() OVER (
           PARTITION BY o.strategy_id, o.parent_id ORDER BY o.position, o.code, o.id) AS rank
         FROM objective o WHERE o.strategy_id = ANY(:strategyIds)`,
        'ranked',
      )
      .addCommonTableExpression(
        `SELECT r.id, ARRAY[r.rank] FROM ranked r WHERE r.parent_id IS NULL
         UNION ALL
         SELECT r.id, t.path || r.rank FROM ranked r JOIN tree t ON r.parent_id = t.id`,
        'tree',
        { recursive: true, columnNames: ['id', 'path'] },
      )
      .innerJoin('tree', 'tree', 'tree.id = objective.id')
      .setParameters({ strategyIds })
      .orderBy('objective.strategy_id')
      .addOrderBy('tree.path');
    return batchedMany(query);
  }

  loaders() {
    const ds = this.dataSource;
    return {
      objectiveById: () => byIdLoader(ds, ObjectiveEntity),
      objectiveChildren: () =>
        childrenLoader(ds, ObjectiveEntity, {
          alias: 'objective',
          parentColumn: 'parent_id',
          parentProperty: 'parentId',
          orderBy: [
            ['objective.position', 'ASC'],
            ['objective.code', 'ASC'],
            ['objective.id', 'ASC'],
          ],
        }),
      /** Every objective of a strategy in tree order (1, 1.1, 1.2, 2); see `inTreeOrder`. */
      objectivesOfStrategy: () =>
        groupedLoader(async (strategyIds) =>
          (await this.inTreeOrder(strategyIds)).map((objective) => ({
            key: objective.strategyId,
            value: objective,
          })),
        ),
    };
  }
}
