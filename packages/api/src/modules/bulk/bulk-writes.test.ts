import { startTestApi, type TestApi } from '../../testing/test-api';

/*
 * What makes a thousand-item bulk write fast — the slugs it is keyed by looked up at once, its
 * audit rows inserted together at the commit — without changing what it writes: a slug one item
 * takes is found by the next, and a rolled-back item leaves no audit row behind.
 */

const UPSERT = `mutation ($input: PeopleUpsertInput!) {
  peopleUpsert(input: $input) {
    items { index status record { id ... on Person { slug name } } userErrors { field code } }
    created updated unchanged failed written
  }
}`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
});
afterAll(() => api.stop());

async function upsert(input: Record<string, unknown>) {
  const result = await api.graphql(UPSERT, { input }, 'editor');
  expect(result.errors).toBeUndefined();
  return { ...result.data!.peopleUpsert, statements: result.statements };
}

const auditOf = (slugPrefix: string) =>
  api.sql(
    `SELECT e.operation, p.slug FROM audit_event e JOIN person p ON p.id = e.record_id
      WHERE e.record_type = 'Person' AND p.slug LIKE $1 ORDER BY e.id`,
    [`${slugPrefix}%`],
  );

describe('bulk writes', () => {
  it('creates people keyed by slug in about one statement each, audited', async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      key: { slug: `mangd-${i}` },
      name: `Mängd ${i}`,
    }));
    const payload = await upsert({ items });
    expect(payload.created).toBe(40);
    // The keys looked up in one statement, one insert a person, and their 40 audit rows in one:
    // the rest is the call's own (the caller, the transaction, webhooks).
    expect(payload.statements).toBeLessThan(40 + 15);
    const audit = await auditOf('mangd-');
    expect(audit).toHaveLength(40);
    expect(audit.every(({ operation }) => operation === 'CREATE')).toBe(true);
  });

  it('finds a slug an earlier item of the same call took, given or made from a name', async () => {
    const payload = await upsert({
      items: [
        { key: { slug: 'tvilling' }, name: 'Tvilling Ett' },
        { key: { slug: 'tvilling' }, name: 'Tvilling Två' },
        // Keyed by Wikidata, so its slug is made from its name: "namnes-slug".
        { key: { identifier: { scheme: 'wikidata', value: 'Q424242' } }, name: 'Namnes Slug' },
        { key: { slug: 'namnes-slug' }, workContact: 'namnes@example.se' },
      ],
    });
    expect(payload.items.map(({ status }: { status: string }) => status)).toEqual([
      'CREATED',
      'UPDATED',
      'CREATED',
      'UPDATED',
    ]);
    const [twin] = await api.sql(`SELECT count(*)::int AS n, max(name) AS name FROM person
      WHERE slug = 'tvilling'`);
    expect(twin).toEqual({ n: 1, name: 'Tvilling Två' });
    const [named] = await api.sql(`SELECT count(*)::int AS n, max(work_contact) AS contact
      FROM person WHERE slug = 'namnes-slug'`);
    expect(named).toEqual({ n: 1, contact: 'namnes@example.se' });
  });

  it('audits only what stands: not a failed item, an unchanged one or a dry run', async () => {
    await upsert({ items: [{ key: { slug: 'stilla-1' }, name: 'Stilla Ett' }] });
    const dryRun = await upsert({
      dryRun: true,
      items: [{ key: { slug: 'stilla-2' }, name: 'Stilla Två' }],
    });
    expect(dryRun.created).toBe(1);
    const payload = await upsert({
      mode: 'PER_ITEM',
      items: [
        { key: { slug: 'stilla-1' }, name: 'Stilla Ett' },
        { key: { slug: 'stilla-3' }, name: '   ' },
        { key: { slug: 'stilla-4' }, name: 'Stilla Fyra' },
        // Written in a savepoint and found to change nothing once normalised: undone.
        { key: { slug: 'stilla-1' }, name: ' Stilla Ett ' },
      ],
    });
    expect(payload.items.map(({ status }: { status: string }) => status)).toEqual([
      'UNCHANGED',
      'FAILED',
      'CREATED',
      'UNCHANGED',
    ]);
    expect(await auditOf('stilla-')).toEqual([
      { operation: 'CREATE', slug: 'stilla-1' },
      { operation: 'CREATE', slug: 'stilla-4' },
    ]);
  });
});
