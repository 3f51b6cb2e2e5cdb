import type { DataSource } from 'typeorm';
import { rewriteAuditLog } from '../src/core/audit/rewrite';
import { DEFAULT_LIMITS } from '../src/core/graphql/limits';
import { toGlobalId } from '../src/core/relay/global-id';
import { postAsEditor } from './editor';

/** Every person the write benchmark makes is named so, and removed again afterwards. */
const MARK = 'Benchmark write';

/**
 * Writes `items` people as an integrator does today: documents of aliased `personCreate`
 * mutations, as many to a request as the alias limit admits (`DEFAULT_LIMITS`), one request
 * after another, each citing the generated source. Returns the wall time in ms.
 */
export async function timedWrite(
  url: string,
  token: string,
  sourceId: string,
  items: number,
  round: number,
): Promise<number> {
  const perRequest = DEFAULT_LIMITS.aliases;
  const started = performance.now();
  for (let first = 0; first < items; first += perRequest) {
    const mutations = Array.from(
      { length: Math.min(perRequest, items - first) },
      (_, i) =>
        `p${i}: personCreate(input: { name: "${MARK} ${round}.${first + i}", sources: [{ source: $source }] }) {
          person { id } userErrors { code message } }`,
    );
    const query = `mutation Write($source: ID!) {\n${mutations.join('\n')}\n}`;
    const body = await postAsEditor<Record<string, { userErrors: unknown[] }>>(url, token, query, {
      source: toGlobalId('Source', sourceId),
    });
    const failed = Object.values(body.data ?? {}).filter((payload) => payload.userErrors.length);
    if (body.errors || failed.length || !body.data)
      throw new Error(
        `the write failed: ${JSON.stringify(body.errors ?? failed[0]).slice(0, 500)}`,
      );
  }
  return performance.now() - started;
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
