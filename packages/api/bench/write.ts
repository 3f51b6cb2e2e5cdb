import type { DataSource } from 'typeorm';
import { rewriteAuditLog } from '../src/core/audit/rewrite';
import { postAsEditor } from './editor';

/** Every person the write benchmark makes is named so, and removed again afterwards. */
const MARK = 'Benchmark write';

/**
 * Writes `items` people as an integrator does: one bulk upsert (`peopleUpsert`, all or nothing),
 * each person keyed by a slug of their own. Returns the wall time in ms.
 */
export async function timedWrite(
  url: string,
  token: string,
  items: number,
  round: number,
): Promise<number> {
  const people = Array.from({ length: items }, (_, i) => ({
    key: { slug: `benchmark-write-${round}-${i}` },
    name: `${MARK} ${round}.${i}`,
  }));
  const query = `mutation Write($input: PeopleUpsertInput!) {
    peopleUpsert(input: $input) { created failed userErrors { field message } } }`;
  const started = performance.now();
  const body = await postAsEditor<{
    peopleUpsert: { created: number; failed: number; userErrors: unknown[] };
  }>(url, token, query, { input: { items: people } });
  const elapsed = performance.now() - started;
  const payload = body.data?.peopleUpsert;
  if (body.errors || !payload || payload.created !== items) {
    throw new Error(`the write failed: ${JSON.stringify(body.errors ?? payload).slice(0, 500)}`);
  }
  return elapsed;
}

/**
 * Takes the written people out again, so the cached data set stays as generated: their audit
 * rows too, as the owner (`rewriteAuditLog`).
 */
export async function removeWritten(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (tx) => {
    const ids = `SELECT id FROM person WHERE name LIKE '${MARK} %'`;
    await rewriteAuditLog(
      tx,
      `DELETE FROM audit_event WHERE record_type = 'Person' AND record_id IN (${ids})`,
    );
    await tx.query(`DELETE FROM person WHERE name LIKE '${MARK} %'`);
  });
}
