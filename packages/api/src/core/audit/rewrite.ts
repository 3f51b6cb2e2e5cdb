import type { EntityManager } from 'typeorm';

/**
 * Runs `sql` on the audit log with its append-only trigger off for `tx`'s transaction only. For
 * the database's owner and never the API (its role may not alter the table): tests that backdate
 * a change, and the benchmark taking its own writes out of its cached data set.
 */
export async function rewriteAuditLog(
  tx: EntityManager,
  sql: string,
  parameters?: unknown[],
): Promise<void> {
  await tx.query('ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only');
  await tx.query(sql, parameters);
  await tx.query('ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only');
}
