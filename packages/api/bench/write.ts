import type { DataSource } from 'typeorm';
import { rewriteAuditLog } from '../src/core/audit/rewrite';
import { toGlobalId } from '../src/core/relay/global-id';
import { postAsEditor } from './editor';

/** Every person the write benchmark makes is named so, and removed again afterwards. */
const MARK = 'Benchmark write';

/**
 * Writes `items` people in one request, as an integrator does today: one document of aliased
 * `personCreate` mutations, each citing the generated source. Returns the wall time in ms.
 */
export async function timedWrite(
  url: string,
  token: string,
  sourceId: string,
  items: number,
  round: number,
): Promise<number> {
  const mutations = Array.from(
    { length: items },
    (_, i) =>
      `p${i}: personCreate(input: { name: "${MARK} ${round}.${i}", sources: [{ source: $source }] }) {
        person { id } userErrors { code message } }`,
  );
  const query = `mutation Write($source: ID!) {\n${mutations.join('\n')}\n}`;
  const started = performance.now();
  const body = await postAsEditor<Record<string, { userErrors: unknown[] }>>(url, token, query, {
    source: toGlobalId('Source', sourceId),
  });
  const elapsed = performance.now() - started;
  const failed = Object.values(body.data ?? {}).filter((payload) => payload.userErrors.length);
  if (body.errors || failed.length || !body.data)
    throw new Error(`the write failed: ${JSON.stringify(body.errors ?? failed[0]).slice(0, 500)}`);
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
    await tx.query(`DELETE FROM person_citation WHERE person_id IN (${ids})`);
    await tx.query(`DELETE FROM person WHERE name LIKE '${MARK} %'`);
  });
}
