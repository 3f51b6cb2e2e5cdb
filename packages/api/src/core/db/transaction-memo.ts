import type { EntityManager } from 'typeorm';

/**
 * What a transaction keeps for its own duration (`queryRunner.data`): null outside a transaction.
 * Kept on the transaction's QueryRunner, so it never outlives the transaction nor leaks into
 * another. The one place per-transaction state lives (memos, free slugs, deferred checks).
 */
export function transactionState(tx: EntityManager): Record<string, unknown> | null {
  return tx.queryRunner?.isTransactionActive
    ? (tx.queryRunner.data as Record<string, unknown>)
    : null;
}

/**
 * What `compute` gives, read once per transaction: a bulk write of a thousand items looks up the
 * same registry (the identifier schemes) for each (`transactionState`); without a transaction,
 * computed every time. Only for data a transaction does not change.
 */
export function memoInTransaction<T>(
  tx: EntityManager,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const data = transactionState(tx) as { memo?: Map<string, Promise<T>> } | null;
  if (!data) return compute();
  data.memo ??= new Map();
  let value = data.memo.get(key);
  if (!value) {
    value = compute();
    data.memo.set(key, value);
  }
  return value;
}
