import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../core/audit/audit.service';
import { deferAuditIn } from '../../core/audit/deferred-audit';
import { checkDeferredReach, deferReachChecksIn } from '../../core/auth/area-reach';
import type { FieldChange } from '../../core/db/field-changes';
import type { UpsertOutcome } from '../../core/db/record-service';
import { FieldErrors, Forbidden, ValidationFailed, type FieldError } from '../../core/errors';
import { fingerprintOf, IdempotencyKeys } from './idempotency';

/** The most items one bulk call takes. */
export const MAX_BULK_ITEMS = 1000;

/** ALL_OR_NOTHING: any item refused writes nothing. PER_ITEM: the valid items are written. */
export type BulkMode = 'ALL_OR_NOTHING' | 'PER_ITEM';

export type BulkItemStatus = UpsertOutcome<unknown>['status'] | 'FAILED';

/** One item of a bulk write: its record (created or changed in `tx`), or a refusal thrown. */
export type BulkItem = (tx: EntityManager) => Promise<UpsertOutcome<{ id: string }>>;

/** What became of one item. */
export interface BulkItemResult {
  /** Its place in the input, from 0. */
  index: number;
  status: BulkItemStatus;
  /** The record's type and id; null when it failed, or for a new record in a dry run. */
  record: { type: string; id: string } | null;
  changes: FieldChange[];
  /** Why it failed, with paths from the input's root (`["items", "3", "name"]`). */
  errors: FieldError[];
}

export interface BulkResult {
  items: BulkItemResult[];
  /**
   * Whether anything was written: false for a dry run, a refused all-or-nothing call, and one
   * whose items all changed nothing or failed.
   */
  written: boolean;
  dryRun: boolean;
  /** The result of an earlier call with the same idempotency key, given again. */
  replayed: boolean;
}

export interface BulkOptions {
  mode: BulkMode;
  dryRun: boolean;
  /** The operation's name (`actorsUpsert`), for idempotency keys. */
  operation: string;
  /** The whole input, as given: a key given again must come with the same. */
  input: unknown;
  idempotencyKey?: string | null;
  /** Reads what the items will look up, all at once, at the start of the transaction. */
  prepare?: (tx: EntityManager) => Promise<void>;
}

/** Thrown to roll the bulk's transaction back (a dry run, a refused all-or-nothing call). */
class RolledBack extends Error {
  constructor(readonly items: BulkItemResult[]) {
    super('rolled back');
  }
}

/**
 * Thrown when an item is refused in the fast pass of an all-or-nothing call, which has no
 * savepoints: the call is run again with them, to report every item's errors.
 */
class Refused extends Error {
  constructor() {
    super('an item was refused');
  }
}

/** Whose idempotency keys a caller's are: a user's, else a token's. */
const ownerOf = ({ viewer }: Caller) =>
  viewer.userId ? `user:${viewer.userId}` : viewer.tokenId ? `token:${viewer.tokenId}` : 'system';

/**
 * Bulk writes: many items in one transaction. ALL_OR_NOTHING rolls everything back when any item
 * is refused, and every item's errors come back; PER_ITEM keeps the valid ones. A dry run does the
 * whole work, reports what it would change, and rolls it back. Items that change nothing write
 * nothing (no new version, no audit entry: `RecordService.upsert`) and are reported UNCHANGED.
 *
 * An all-or-nothing call is first run without savepoints, the common case of a call that is
 * accepted (a savepoint per item costs two statements of the six a new record takes). When an
 * item is refused, that transaction is rolled back and the call run again with an item per
 * savepoint, so that one refused item does not stop the others from being checked. The first
 * pass checks the areas of the records it makes all together at its end (`deferReachChecksIn`);
 * the items' audit rows are inserted together at the commit (`DeferredAudit`).
 */
export class BulkService {
  private readonly keys = new IdempotencyKeys();

  constructor(private readonly dataSource: DataSource) {}

  async run(
    caller: Caller,
    recordType: string,
    options: BulkOptions,
    items: BulkItem[],
  ): Promise<BulkResult> {
    checkSize(items.length);
    const { dryRun, idempotencyKey } = options;
    const key = idempotencyKey?.trim() && !dryRun ? idempotencyKey.trim() : null;
    const claim = key
      ? {
          owner: ownerOf(caller),
          key,
          fingerprint: fingerprintOf(options.operation, options.input),
        }
      : null;
    const attempt = (savepoints: boolean) =>
      this.dataSource.transaction(async (tx) => {
        deferAuditIn(tx);
        if (!savepoints) deferReachChecksIn(tx);
        const replayed = claim && (await this.keys.claim<BulkItemResult[]>(tx, claim));
        if (replayed) return { items: replayed, written: true, dryRun, replayed: true };
        await options.prepare?.(tx);
        const results: BulkItemResult[] = [];
        for (const [index, item] of items.entries()) {
          results.push(
            savepoints
              ? await this.runItem(tx, recordType, index, item)
              : result(index, recordType, await refusedAsThrown(item(tx))),
          );
        }
        if (!savepoints) await refusedAsThrown(checkDeferredReach(tx));
        const failed = results.some((result) => result.status === 'FAILED');
        if (dryRun || (failed && options.mode === 'ALL_OR_NOTHING')) {
          throw new RolledBack(results);
        }
        if (claim) {
          await this.keys.store(tx, { ...claim, operation: options.operation, result: results });
        }
        const written = results.some(({ status }) => status === 'CREATED' || status === 'UPDATED');
        return { items: results, written, dryRun, replayed: false };
      });
    try {
      if (options.mode === 'ALL_OR_NOTHING') {
        try {
          return await attempt(false);
        } catch (error) {
          if (!(error instanceof Refused)) throw error;
        }
      }
      return await attempt(true);
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
      const items = error.items.map((item) =>
        item.status === 'CREATED' ? { ...item, record: null } : item,
      );
      return { items, written: false, dryRun, replayed: false };
    }
  }

  /** One item in its own savepoint: its outcome, or its refusal with paths under `items.<i>`. */
  private async runItem(
    tx: EntityManager,
    type: string,
    index: number,
    item: BulkItem,
  ): Promise<BulkItemResult> {
    const at = (errors: FieldError[]) =>
      errors.map((e) => ({ ...e, field: ['items', String(index), ...e.field] }));
    try {
      return result(index, type, await tx.transaction(item));
    } catch (error) {
      if (error instanceof ValidationFailed) {
        return { index, status: 'FAILED', record: null, changes: [], errors: at(error.errors) };
      }
      if (error instanceof Forbidden) {
        const errors = [{ field: [], code: 'FORBIDDEN' as const, message: error.message }];
        return { index, status: 'FAILED', record: null, changes: [], errors: at(errors) };
      }
      throw error;
    }
  }
}

/** An item's outcome; its refusal (which leaves its half-done writes) as `Refused`. */
async function refusedAsThrown<T>(outcome: Promise<T>): Promise<T> {
  try {
    return await outcome;
  } catch (error) {
    if (error instanceof ValidationFailed || error instanceof Forbidden) throw new Refused();
    throw error;
  }
}

function result(
  index: number,
  type: string,
  { status, record, changes }: UpsertOutcome<{ id: string }>,
): BulkItemResult {
  return { index, status, record: { type, id: record.id }, changes, errors: [] };
}

/** Refuses an empty call and one of more than `MAX_BULK_ITEMS` items, on `items`. */
function checkSize(count: number): void {
  const errors = new FieldErrors();
  if (count === 0) errors.add('items', 'REQUIRED', 'Give at least one item.');
  if (count > MAX_BULK_ITEMS) {
    errors.add(
      'items',
      'TOO_LONG',
      `At most ${MAX_BULK_ITEMS} items a call (this one has ${count}): send the rest in further calls.`,
    );
  }
  errors.throwIfAny();
}
