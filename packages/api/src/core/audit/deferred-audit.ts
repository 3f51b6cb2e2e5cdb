import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { transactionState } from '../db/transaction-memo';
import { TransactionQueue, transactionDepth } from '../db/transaction-queue';
import { AuditEventEntity } from './audit-event.entity';

/** An audit row as inserted (its snapshots as TypeORM takes JSON to insert). */
export type AuditRow = QueryDeepPartialEntity<AuditEventEntity>;

/** Rows a multi-row insert takes at most: 11 parameters each, well within PostgreSQL's 65,535. */
const ROWS_A_STATEMENT = 1000;

/** Marks `tx` as one whose audit rows wait for its commit (`DeferredAudit`). */
export function deferAuditIn(tx: EntityManager): void {
  const data = transactionState(tx);
  if (data) data.deferAudit = true;
}

const defers = (queryRunner: QueryRunner | undefined): queryRunner is QueryRunner =>
  Boolean(queryRunner?.isTransactionActive && queryRunner.data?.deferAudit);

/**
 * The audit rows of a bulk write, inserted together just before its transaction commits: one
 * statement for a thousand rows, where each would otherwise take one of the few statements its
 * record needs. Only for transactions marked with `deferAuditIn`, which read no audit rows of
 * their own. A row written in a savepoint that is rolled back is dropped with it; a failed insert
 * fails the commit, so a change and its audit row still stand or fall together.
 */
export class DeferredAudit implements EntitySubscriberInterface {
  private readonly rows = new TransactionQueue<AuditRow>();

  constructor(dataSource: DataSource) {
    // TypeORM replaces `subscribers` while it initializes, so register only afterwards.
    if (!dataSource.isInitialized)
      throw new Error('DeferredAudit needs an initialized DataSource.');
    dataSource.subscribers.push(this);
  }

  /** Keeps `row` for the commit of `manager`'s transaction, if it defers; false if it does not. */
  kept(manager: EntityManager, row: AuditRow): boolean {
    if (!defers(manager.queryRunner)) return false;
    this.rows.add(manager.queryRunner, row);
    return true;
  }

  async beforeTransactionCommit({ queryRunner }: TransactionCommitEvent): Promise<void> {
    if (!defers(queryRunner) || transactionDepth(queryRunner) > 1) return;
    const rows = this.rows.take(queryRunner);
    for (let start = 0; start < rows.length; start += ROWS_A_STATEMENT) {
      await queryRunner.manager.insert(
        AuditEventEntity,
        rows.slice(start, start + ROWS_A_STATEMENT),
      );
    }
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    this.rows.released(queryRunner);
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    this.rows.rolledBack(queryRunner);
  }
}
