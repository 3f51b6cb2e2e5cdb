import type { EntityManager } from 'typeorm';

/**
 * What `compute` gives, read once per transaction: a bulk write of a thousand items looks up the
 * same registry (the identifier schemes) for each. Kept on the transaction's QueryRunner, so it
 * never outlives the transaction nor leaks into another; without one (no transaction), computed
 * every time. Only for data a transaction does not change.
 */
export function memoInTransaction<T>(
  tx: EntityManager,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const data = tx.queryRunner?.data as { memo?: Map<string, Promise<T>> } | undefined;
  if (!data || !tx.queryRunner?.isTransactionActive) return compute();
  data.memo ??= new Map();
  let value = data.memo.get(key);
  if (!value) {
    value = compute();
    data.memo.set(key, value);
  }
  return value;
}
