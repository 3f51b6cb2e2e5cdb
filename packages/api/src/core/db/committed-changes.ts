import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import type { AuditOperation } from '../audit/audit-event.entity';
import { TransactionQueue } from './transaction-queue';

/** One audited change, told once the transaction that made it has committed. */
export interface CommittedChange {
  recordType: string;
  recordId: string;
  operation: AuditOperation;
  occurredAt: Date;
}

export type CommitListener = (change: CommittedChange) => void;

/**
 * The `onCommitted` registry: tells listeners (live updates) about each audited change only after
 * the transaction that made it has committed, so nothing rolled back is ever announced.
 *
 * A change is queued on the transaction's QueryRunner (the EntityManager a service writes with) and
 * announced when the OUTERMOST transaction on that QueryRunner commits; a rollback drops it. This is
 * a TypeORM subscriber on the DataSource, so it holds whoever owns the transaction: a service's
 * own `dataSource.transaction(...)`, or a caller that passes its `manager` into several service
 * calls (then every change is announced together after the caller's transaction commits). Changes
 * made inside a savepoint that is rolled back are dropped with it.
 */
export class CommittedChanges implements EntitySubscriberInterface {
  private readonly listeners = new Set<CommitListener>();
  private readonly pending = new TransactionQueue<CommittedChange>();

  constructor(
    dataSource: DataSource,
    /** Where a listener's error goes; listeners must not make a committed write look failed. */
    private readonly reportError: (error: unknown) => void = (error) =>
      process.emitWarning(`onCommitted listener failed: ${String(error)}`),
  ) {
    // TypeORM replaces `subscribers` while it initializes, so register only afterwards.
    if (!dataSource.isInitialized) {
      throw new Error('CommittedChanges needs an initialized DataSource.');
    }
    dataSource.subscribers.push(this);
  }

  /** Calls `listener` with every change after its transaction commits; returns an unsubscribe. */
  onCommitted(listener: CommitListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a change made with `manager`: told after its outermost transaction commits. */
  add(manager: EntityManager, change: CommittedChange): void {
    const queryRunner = manager.queryRunner;
    if (!queryRunner?.isTransactionActive) {
      // Not in a transaction: the write is already committed.
      this.tell([change]);
      return;
    }
    this.pending.add(queryRunner, change);
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    this.tell(this.pending.released(queryRunner));
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    this.pending.rolledBack(queryRunner);
  }

  private tell(changes: CommittedChange[]): void {
    for (const change of changes) {
      for (const listener of this.listeners) {
        try {
          listener(change);
        } catch (error) {
          this.reportError(error);
        }
      }
    }
  }
}
