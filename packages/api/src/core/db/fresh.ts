import type { EntityManager } from 'typeorm';

/**
 * Records inserted by the transaction whose links are being written and read back right now
 * (`RecordService.create`): a link store need not delete their links before writing them (there
 * are none), nor read them back (they are what it wrote). That spares a bulk write two statements
 * per store and record. Kept on the transaction's QueryRunner, so it never leaks into another
 * transaction, and only while the record is being made.
 */
function freshLinks(tx: EntityManager): Map<string, Map<string, unknown[]>> | null {
  const data = tx.queryRunner?.data as { freshLinks?: Map<string, Map<string, unknown[]>> };
  if (!data) return null;
  data.freshLinks ??= new Map();
  return data.freshLinks;
}

/** Runs `make` (writing a new record's links and reading it back) with `id` known to be new. */
export async function asFresh<T>(
  tx: EntityManager,
  id: string,
  make: () => Promise<T>,
): Promise<T> {
  const fresh = freshLinks(tx);
  fresh?.set(id, new Map());
  try {
    return await make();
  } finally {
    fresh?.delete(id);
  }
}

/** Whether `id` is a record being made (`asFresh`): it has no links but those it is given. */
export const isFresh = (tx: EntityManager, id: string): boolean => freshLinks(tx)?.has(id) ?? false;

/** Keeps what a store wrote for a record being made, as its snapshot would read it. */
export function keepWritten(tx: EntityManager, store: string, id: string, rows: unknown[]): void {
  freshLinks(tx)?.get(id)?.set(store, rows);
}

/** A store's rows of a record being made, as written (`keepWritten`); undefined: read them. */
export const writtenRows = <T>(tx: EntityManager, store: string, id: string): T[] | undefined =>
  freshLinks(tx)?.get(id)?.get(store) as T[] | undefined;
