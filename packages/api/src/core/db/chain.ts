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
    /**
     * When the reference is a field in valid time (core/db/timeline.ts): its type and name, and
     * the day the new value holds from; the chain must not come back to the record on any day
     * from then on, as the periods record it.
     */
    inTime?: { attribute: string; from: string | undefined };
  },
): Promise<void> {
  const chain = await chainUp(tx, options.table, options.column, options.targetId);
  if (chain.length === 0)
    errors.add(options.field, 'NOT_FOUND', `No ${options.label} has this id.`);
  else if (options.id && chain.includes(options.id))
    errors.add(options.field, 'CYCLE', options.cycle);
  else if (options.id && options.inTime) {
    const day = await dayOfCycleInTime(tx, {
      ...options.inTime,
      id: options.id,
      targetId: options.targetId,
    });
    if (day !== undefined) {
      const when = day ? `from ${day} on` : 'since before anyone recorded';
      errors.add(
        options.field,
        'CYCLE',
        `${options.cycle.replace(/\.$/, '')}: as recorded, that ${options.label} is below this one ${when}.`,
      );
    }
  }
}

/**
 * The first day from `from` on when `targetId`'s chain of periods of `attribute` (its parent
 * then, the parent's parent then, …) reaches `id`, or undefined when it never does; null: since
 * before anyone recorded. The walk narrows the days at each step to those all links hold.
 */
async function dayOfCycleInTime(
  tx: EntityManager,
  options: { attribute: string; from: string | undefined; id: string; targetId: string },
): Promise<string | null | undefined> {
  const [cycle]: { from: string | null }[] = await tx.query(
    `WITH RECURSIVE up (record_id, during, path) AS (
       SELECT (p.value #>> '{}')::uuid, daterange(p.valid_from, p.valid_to, '[)') * $3,
              ARRAY[p.record_id]
         FROM attribute_period p
        WHERE p.record_id = $1 AND p.attribute = $2 AND p.value <> 'null'
          AND daterange(p.valid_from, p.valid_to, '[)') && $3
       UNION ALL
       SELECT (p.value #>> '{}')::uuid, u.during * daterange(p.valid_from, p.valid_to, '[)'),
              u.path || p.record_id
         FROM up u JOIN attribute_period p ON p.record_id = u.record_id AND p.attribute = $2
        WHERE p.value <> 'null' AND NOT p.record_id = ANY (u.path) AND u.record_id <> $4
          AND daterange(p.valid_from, p.valid_to, '[)') && u.during
     )
     SELECT lower(during)::text AS from FROM up WHERE record_id = $4
      ORDER BY lower(during) NULLS FIRST LIMIT 1`,
    [options.targetId, options.attribute, `[${options.from ?? ''},)`, options.id],
  );
  return cycle ? cycle.from : undefined;
}
