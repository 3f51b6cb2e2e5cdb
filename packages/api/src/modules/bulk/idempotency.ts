import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FieldErrors } from '../../core/errors';

/** How long a key's first result is kept: at least the 24 hours promised, pruned after 48. */
const KEPT_FOR = '48 hours';

/** A fingerprint of an operation and its input: a key given again must come with the same. */
export function fingerprintOf(operation: string, input: unknown): string {
  return createHash('sha256').update(operation).update(JSON.stringify(input)).digest('hex');
}

/**
 * Idempotency keys of bulk writes, kept in PostgreSQL so every API process agrees. A key belongs
 * to its caller (`owner`): the same key from two callers is two keys.
 *
 * A request with a key takes a transaction-scoped advisory lock on it first, so of two concurrent
 * requests with one key only one runs; the other is told IN_PROGRESS at once rather than waiting.
 * The result is stored in the same transaction as the writes: both commit, or neither.
 */
export class IdempotencyKeys {
  /**
   * Claims `key` for this transaction: the stored result when the key was used before with the
   * same `fingerprint` (a replay), null when it is new. Refuses (on `idempotencyKey`) a key used
   * with other input, or one another request holds right now.
   */
  async claim<R>(
    tx: EntityManager,
    { owner, key, fingerprint }: { owner: string; key: string; fingerprint: string },
  ): Promise<R | null> {
    const errors = new FieldErrors();
    const [{ locked }]: { locked: boolean }[] = await tx.query(
      'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked',
      [`${owner}\n${key}`],
    );
    if (!locked) {
      errors.add(
        'idempotencyKey',
        'IN_PROGRESS',
        'Another request with this idempotency key is still running: wait for it, then retry with the same key to get its result.',
      );
      errors.throwIfAny();
    }
    const stored: { fingerprint: string; result: R }[] = await tx.query(
      `SELECT fingerprint, result FROM idempotency_key
       WHERE owner = $1 AND key = $2 AND created_at > now() - interval '${KEPT_FOR}'`,
      [owner, key],
    );
    if (stored.length === 0) return null;
    if (stored[0].fingerprint !== fingerprint) {
      errors.add(
        'idempotencyKey',
        'KEY_REUSED',
        'This idempotency key was used with other input: use a new key for new input.',
      );
      errors.throwIfAny();
    }
    return stored[0].result;
  }

  /** Stores a claimed key's result (and prunes the keys past keeping). */
  async store(
    tx: EntityManager,
    entry: { owner: string; key: string; operation: string; fingerprint: string; result: unknown },
  ): Promise<void> {
    await tx.query(`DELETE FROM idempotency_key WHERE created_at < now() - interval '${KEPT_FOR}'`);
    await tx.query(
      `INSERT INTO idempotency_key (owner, key, operation, fingerprint, result)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (owner, key) DO UPDATE
         SET operation = $3, fingerprint = $4, result = $5, created_at = now()`,
      [entry.owner, entry.key, entry.operation, entry.fingerprint, JSON.stringify(entry.result)],
    );
  }
}
