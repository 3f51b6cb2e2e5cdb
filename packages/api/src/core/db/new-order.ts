import type { EntityManager } from 'typeorm';
import type { FieldErrors } from '../errors';

/**
 * Writes a new order of a record's children (a meeting's agenda items, a strategy's objectives
 * at one level): `ids` must name each of `current` exactly once, else INVALID on `field` saying
 * what is wrong with which, and nothing is written. Their positions become 1, 2, 3 … in that
 * order; a unique (parent, position) must be deferred to the commit, so that they can change in
 * any order. `table` and `parentColumn` are names from code, never input.
 */
export async function writeNewOrder(
  tx: EntityManager,
  errors: FieldErrors,
  order: {
    table: string;
    parentColumn: string;
    parentId: string;
    current: string[];
    ids: string[];
    field: string;
    /** One of the children, and where they are: "objective", "at this level of the strategy". */
    noun: string;
    among: string;
  },
): Promise<void> {
  const { current, ids, field } = order;
  const problems = ids.flatMap((id, index) =>
    !current.includes(id)
      ? [`${field} ${index} is not ${order.among}`]
      : ids.indexOf(id) !== index
        ? [`${field} ${index} names one a second time`]
        : [],
  );
  const missing = current.filter((id) => !ids.includes(id)).length;
  if (missing > 0) problems.push(`${missing} of the ${current.length} are missing`);
  if (problems.length > 0) {
    errors.add(
      field,
      'INVALID',
      `Name each ${order.noun} ${order.among} exactly once: ${problems.join('; ')}.`,
    );
    return;
  }
  await tx.query(
    `UPDATE ${order.table} SET position = o.position
     FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, position)
     WHERE ${order.table}.id = o.id AND ${order.table}.${order.parentColumn} = $1`,
    [order.parentId, ids],
  );
}
