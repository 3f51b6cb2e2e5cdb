import type { EntityManager } from 'typeorm';
import type { FieldErrors } from '../errors';

/**
 * The ids up a record's chain of references in `column` (its parent, the parent's parent, …),
 * the record itself first; empty when no row has this id. Putting X under Y makes a cycle
 * exactly when X is in Y's chain. `table` and `column` are names from code, never input.
 */
export async function chainUp(
  tx: EntityManager,
  table: string,
  column: string,
  id: string,
): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `WITH RECURSIVE chain(id, next_id) AS (
       SELECT id, ${column} FROM ${table} WHERE id = $1
       UNION SELECT t.id, t.${column} FROM ${table} t JOIN chain c ON t.id = c.next_id)
     SELECT id FROM chain`,
    [id],
  );
  return rows.map((row) => row.id);
}

/**
 * Checks a reference up a chain (a parent, an implemented strategy): the target must exist
 * (NOT_FOUND) and must not be the record itself or below it (CYCLE), reported on `field`.
 */
export async function checkChainReference(
  tx: EntityManager,
  errors: FieldErrors,
  options: {
    table: string;
    column: string;
    field: string;
    targetId: string;
    id: string | null;
    label: string;
    cycle: string;
  },
): Promise<void> {
  const chain = await chainUp(tx, options.table, options.column, options.targetId);
  if (chain.length === 0)
    errors.add(options.field, 'NOT_FOUND', `No ${options.label} has this id.`);
  else if (options.id && chain.includes(options.id))
    errors.add(options.field, 'CYCLE', options.cycle);
}
