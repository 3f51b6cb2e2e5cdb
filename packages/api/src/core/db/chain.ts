import type { EntityManager } from 'typeorm';

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
