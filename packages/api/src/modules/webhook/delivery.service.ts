import type { DataSource } from 'typeorm';
import type { AuditOperation } from '../../core/audit/audit-event.entity';
import { changedRows } from './returning';

/** A delivery claimed for an attempt, with what it carries and where it goes. */
export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  /** The audit event's id: the change's id, as receivers get it. */
  eventId: string;
  /** Attempts before this one. */
  attempts: number;
  url: string;
  secret: string;
  recordType: string;
  recordId: string;
  operation: AuditOperation;
  occurredAt: Date;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

/** How an attempt ended: the receiver's status code, if it answered, and what went wrong. */
export interface AttemptResult {
  status: number | null;
  /** Null when delivered. */
  error: string | null;
}

/**
 * The queue of deliveries in PostgreSQL, which every API process works from at once. A process
 * claims the deliveries due (`FOR UPDATE SKIP LOCKED`: no two processes claim one), which pushes
 * their due time past the attempt (the claim lapses if the process dies, and another tries
 * again), then records how the attempt ended, if the claim is still its own.
 */
export class DeliveryService {
  constructor(private readonly dataSource: DataSource) {}

  /** Forgets deliveries delivered more than `days` days ago; how many. */
  async prune(days: number): Promise<number> {
    const [{ pruned }]: { pruned: number }[] = await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM webhook_delivery
          WHERE status = 'DELIVERED' AND delivered_at < now() - make_interval(days => $1)
         RETURNING 1)
       SELECT count(*)::int AS pruned FROM gone`,
      [days],
    );
    return pruned;
  }

  /** Claims up to `limit` deliveries due, of active webhooks, oldest due first, for `leaseMs`. */
  claim(claim: string, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    return changedRows(
      this.dataSource,
      `WITH due AS (
         SELECT d.id FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id
          WHERE d.status <> 'DELIVERED' AND d.next_attempt_at <= now() AND w.active
          ORDER BY d.next_attempt_at, d.event_id
          LIMIT $2
            FOR UPDATE OF d SKIP LOCKED)
       UPDATE webhook_delivery d
          SET claim = $1, next_attempt_at = now() + $3 * interval '1 millisecond'
         FROM due, webhook w, audit_event e
        WHERE d.id = due.id AND w.id = d.webhook_id AND e.id = d.event_id
       RETURNING d.id, d.webhook_id AS "webhookId", d.event_id::text AS "eventId", d.attempts,
                 w.url, w.secret, e.record_type AS "recordType", e.record_id AS "recordId",
                 e.operation, e.occurred_at AS "occurredAt", e.before, e.after, e.reason`,
      [claim, limit, leaseMs],
    );
  }

  /** Records a delivered attempt; the webhook's failures in a row start again from none. */
  async delivered(claim: string, delivery: ClaimedDelivery, status: number): Promise<void> {
    await this.dataSource.query(
      `WITH delivered AS (
         UPDATE webhook_delivery
            SET status = 'DELIVERED', attempts = attempts + 1, last_attempt_at = now(),
                last_response_status = $3, last_error = NULL, delivered_at = now(),
                next_attempt_at = NULL, claim = NULL
          WHERE id = $1 AND claim = $2
         RETURNING webhook_id)
       UPDATE webhook SET consecutive_failures = 0
         FROM delivered WHERE webhook.id = delivered.webhook_id AND consecutive_failures > 0`,
      [delivery.id, claim, status],
    );
  }

  /**
   * Records a failed attempt, the next due `retryInMs` later. The webhook counts it; at
   * `maxFailures` in a row it is paused with `pauseReason(failures)`, which is returned.
   * Nothing is recorded when the claim lapsed meanwhile (another process has the delivery).
   */
  failed(
    claim: string,
    delivery: ClaimedDelivery,
    result: AttemptResult,
    policy: { retryInMs: number; maxFailures: number; pauseReason: (failures: number) => string },
  ): Promise<string | null> {
    return this.dataSource.transaction(async (tx) => {
      const recorded = await changedRows(
        tx,
        `UPDATE webhook_delivery
            SET status = 'RETRYING', attempts = attempts + 1, last_attempt_at = now(),
                last_response_status = $3, last_error = $4, claim = NULL,
                next_attempt_at = now() + $5 * interval '1 millisecond'
          WHERE id = $1 AND claim = $2
         RETURNING id`,
        [delivery.id, claim, result.status, result.error, policy.retryInMs],
      );
      if (recorded.length === 0) return null;
      const [webhook] = await changedRows<{ failures: number; active: boolean }>(
        tx,
        `UPDATE webhook SET consecutive_failures = consecutive_failures + 1 WHERE id = $1
         RETURNING consecutive_failures AS failures, active`,
        [delivery.webhookId],
      );
      if (!webhook?.active || webhook.failures < policy.maxFailures) return null;
      const reason = policy.pauseReason(webhook.failures);
      await tx.query(
        `UPDATE webhook
            SET active = false, paused_at = now(), paused_reason = $2,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [delivery.webhookId, reason],
      );
      return reason;
    });
  }
}
