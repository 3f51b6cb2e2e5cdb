import type { EntityManager } from 'typeorm';

/**
 * Records inserted by the transaction and having their links written right now: a link store
 * need not delete their links before writing them (there are none), which spares a bulk write a
 * statement per store and record. Kept on the transaction's QueryRunner, so it never leaks into
 * another transaction.
 */
function freshIds(tx: EntityManager): Set<string> | null {
  const data = tx.queryRunner?.data as { freshIds?: Set<string> } | undefined;
  if (!data) return null;
  data.freshIds ??= new Set();
  return data.freshIds;
}

/** Runs `write` (a new record's links) with `id` known to have no links yet. */
export async function asFresh<T>(
  tx: EntityManager,
  id: string,
  write: () => Promise<T>,
): Promise<T> {
  const ids = freshIds(tx);
  ids?.add(id);
  try {
    return await write();
  } finally {
    ids?.delete(id);
  }
}

/** Whether `id` is a record whose links are being written for the first time (`asFresh`). */
export const isFresh = (tx: EntityManager, id: string): boolean => freshIds(tx)?.has(id) ?? false;
