import type { QueryRunner } from 'typeorm';

interface Queued<T> {
  item: T;
  /** The transaction depth it was queued at (1 = the outermost transaction, 2+ = a savepoint). */
  depth: number;
}

/** TypeORM's own depth counter (protected in its typings); savepoints make it exceed 1. */
export function transactionDepth(queryRunner: QueryRunner): number {
  const depth = (queryRunner as unknown as { transactionDepth?: number }).transactionDepth;
  return typeof depth === 'number' ? depth : queryRunner.isTransactionActive ? 1 : 0;
}

/**
 * What a transaction leaves for its commit, queued on its QueryRunner and following its
 * savepoints: what a savepoint queued joins the enclosing transaction when the savepoint is
 * released and is dropped when it is rolled back; everything is dropped when the transaction is.
 * Its owner (a TypeORM subscriber) calls `released` and `rolledBack` from the transaction events.
 */
export class TransactionQueue<T> {
  private readonly queues = new WeakMap<QueryRunner, Queued<T>[]>();

  add(queryRunner: QueryRunner, item: T): void {
    const queue = this.queues.get(queryRunner) ?? [];
    queue.push({ item, depth: transactionDepth(queryRunner) });
    this.queues.set(queryRunner, queue);
  }

  /** Takes everything queued on `queryRunner` out of the queue. */
  take(queryRunner: QueryRunner): T[] {
    const queue = this.queues.get(queryRunner) ?? [];
    this.queues.delete(queryRunner);
    return queue.map(({ item }) => item);
  }

  /**
   * After a commit: a released savepoint's items now belong to the enclosing transaction. Once
   * the outermost transaction has committed, returns (and forgets) everything it queued.
   */
  released(queryRunner: QueryRunner): T[] {
    if (!queryRunner.isTransactionActive) return this.take(queryRunner);
    const depth = transactionDepth(queryRunner);
    for (const entry of this.queues.get(queryRunner) ?? []) {
      entry.depth = Math.min(entry.depth, depth);
    }
    return [];
  }

  /** After a rollback: drops what the rolled-back savepoint (or the whole transaction) queued. */
  rolledBack(queryRunner: QueryRunner): void {
    const queue = this.queues.get(queryRunner);
    if (!queue) return;
    const depth = queryRunner.isTransactionActive ? transactionDepth(queryRunner) : 0;
    const kept = queue.filter((entry) => entry.depth <= depth);
    if (kept.length > 0) this.queues.set(queryRunner, kept);
    else this.queues.delete(queryRunner);
  }
}
