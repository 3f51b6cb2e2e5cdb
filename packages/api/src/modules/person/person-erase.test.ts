import { readFile } from 'node:fs/promises';
import { expectOnlyAdminsMay } from '../../testing/access';
import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../core/relay/global-id';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
let actor: string;
let source: string;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  ({ actor, source } = await api.idsOf({
    actor: ['actor', 'region-jamtland-harjedalen'],
    source: ['firstSource'],
  }));
});
afterAll(() => api.stop());

const ERASE = `mutation ($input: PersonEraseInput!) {
  personErase(input: $input) {
    person { id name slug workContact identifiers { value } positions { title actor { id } } }
    userErrors { field code message }
  }
}`;

/** A person with everything erasure takes: a contact, a former name, an identifier, a citation. */
let wikidataItems = 42;
async function someone(name: string) {
  const item = `Q${wikidataItems++}`;
  const person = await api.create('personCreate', {
    name: `${name} Förnamn`,
    workContact: `${name.toLowerCase()}@region.se`,
    identifiers: [{ scheme: 'wikidata', value: item }],
    sources: [{ source, section: `Om ${name}` }],
  });
  const renamed = await api.mutate(
    'personUpdate',
    { id: person.id, version: person.version, name: `${name} Utdrag` },
    'person { id version }',
  );
  expect(renamed.userErrors).toEqual([]);
  await api.create('positionCreate', {
    person: person.id,
    actor,
    title: 'Regionråd',
    validFrom: '2024-01-01',
  });
  const [{ id }] = await api.sql(`SELECT id FROM person WHERE name = $1`, [`${name} Utdrag`]);
  return { globalId: person.id as string, id: id as string };
}

/** Every place the database could still hold `text` (no hexadecimal word: ids hold those): the person's tables, the audit log… */
const traces = (text: string) =>
  api.sql(
    `SELECT 'person' AS t FROM person p WHERE to_jsonb(p)::text ILIKE '%' || $1 || '%'
     UNION ALL SELECT 'former_slug' FROM former_slug WHERE slug ILIKE '%' || $1 || '%'
     UNION ALL SELECT 'person_citation' FROM person_citation c WHERE coalesce(c.quote, c.section) ILIKE '%' || $1 || '%'
     UNION ALL SELECT 'audit_event' FROM audit_event e
                WHERE coalesce(e.before::text, '') || coalesce(e.after::text, '') ILIKE '%' || $1 || '%'
     UNION ALL SELECT 'retracted_record' FROM retracted_record r WHERE r.snapshot::text ILIKE '%' || $1 || '%'
     UNION ALL SELECT 'search_entry' FROM search_entry s WHERE s.title ILIKE '%' || $1 || '%'`,
    [text],
  );

describe('personErase', () => {
  it('replaces the person by a placeholder everywhere, the audit log included, and keeps their positions', async () => {
    const { globalId, id } = await someone('Hedda');
    expect((await traces('Hedda')).length).toBeGreaterThan(0);

    const { data, errors } = await api.graphql(
      ERASE,
      { input: { person: globalId, reason: '  Begäran 2026-01-10, dnr 123  ' } },
      'admin',
    );
    expect(errors).toBeUndefined();
    const { person, userErrors } = data!.personErase;
    expect(userErrors).toEqual([]);
    expect(person).toEqual({
      id: globalId,
      name: expect.stringMatching(/^Raderad person [0-9a-f]{8}$/),
      slug: expect.stringMatching(/^raderad-person-[0-9a-f]{8}$/),
      workContact: null,
      identifiers: [],
      positions: [{ title: 'Regionråd', actor: { id: actor } }],
    });

    expect(await traces('Hedda')).toEqual([]);
    expect(await traces('Q42')).toEqual([]);
    expect(await api.sql(`SELECT * FROM person_identifier WHERE person_id = $1`, [id])).toEqual([]);
    expect(await api.sql(`SELECT * FROM former_slug WHERE record_id = $1`, [id])).toEqual([]);
    expect(await api.sql(`SELECT person_id FROM erasure`)).toEqual([{ person_id: id }]);
    const [event] = await api.sql(
      `SELECT operation, actor_name, reason FROM audit_event WHERE record_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    );
    expect(event).toEqual({
      operation: 'ERASE',
      actor_name: 'test admin',
      reason: 'Begäran 2026-01-10, dnr 123',
    });

    // The person's history tells what happened, in the placeholder's name.
    const history = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Person { history(first: 10) { nodes { operation summary } } } } }`,
      { id: globalId },
      'viewer',
    );
    const nodes = history.data!.node.history.nodes;
    expect(nodes.map((node: { operation: string }) => node.operation)).toEqual([
      'ERASE',
      'UPDATE',
      'CREATE',
    ]);
    expect(JSON.stringify(nodes)).not.toMatch(/Hedda/);

    // The ledger outside the database has the line, and nothing personal.
    const ledger = (await readFile(api.erasureLedger, 'utf8')).trim().split('\n');
    expect(ledger.map((line) => JSON.parse(line))).toContainEqual({
      person: id,
      erasedAt: expect.any(String),
      ledgerVersion: 1,
    });
    expect(ledger.join('\n')).not.toMatch(/Hedda|Begäran/);
  });

  it('erases again, from the ledger, a person a restored backup brought back', async () => {
    const { globalId, id } = await someone('Olga');
    const erased = await api.graphql(
      ERASE,
      { input: { person: globalId, reason: 'Begäran' } },
      'admin',
    );
    expect(erased.data!.personErase.userErrors).toEqual([]);

    // A backup from before the erasure, restored: the person, their identifier and audit rows.
    await api.sql(
      `UPDATE person SET name = 'Olga Utdrag', slug = 'olga-utdrag', work_contact = 'olga@region.se'
        WHERE id = $1`,
      [id],
    );
    await api.sql(`DELETE FROM erasure WHERE person_id = $1`, [id]);
    await api.rewriteAuditLog(
      `UPDATE audit_event SET after = after || '{"name": "Olga Utdrag", "workContact": "olga@region.se"}'
        WHERE record_type = 'Person' AND record_id = $1`,
      [id],
    );
    expect((await traces('Olga')).length).toBeGreaterThan(0);

    expect(await api.app.services.personErasure.reapplyLedger()).toEqual([id]);
    expect(await traces('Olga')).toEqual([]);
    expect(await api.sql(`SELECT person_id FROM erasure WHERE person_id = $1`, [id])).toEqual([
      { person_id: id },
    ]);
    const [event] = await api.sql(
      `SELECT operation, actor_name FROM audit_event WHERE record_id = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    );
    expect(event).toEqual({ operation: 'ERASE', actor_name: 'erasure-ledger' });
    // Idempotent: nothing left to do.
    expect(await api.app.services.personErasure.reapplyLedger()).toEqual([]);
  });

  it('requires a reason and an existing person, and writes nothing when refused', async () => {
    const { globalId, id } = await someone('Greta');
    const written = () =>
      api.sql(
        `SELECT (SELECT to_jsonb(p) FROM person p WHERE id = $1) AS person,
                (SELECT count(*)::int FROM audit_event) AS events`,
        [id],
      );
    const before = await written();
    const blank = await api.graphql(ERASE, { input: { person: globalId, reason: '  ' } }, 'admin');
    expect(blank.data!.personErase).toEqual({
      person: null,
      userErrors: [{ field: ['input', 'reason'], code: 'REQUIRED', message: expect.any(String) }],
    });
    const missing = await api.graphql(
      ERASE,
      { input: { person: toGlobalId('Person', randomUUID()), reason: 'Begäran' } },
      'admin',
    );
    expect(missing.data!.personErase.userErrors).toEqual([
      { field: ['input', 'person'], code: 'NOT_FOUND', message: expect.any(String) },
    ]);
    expect(await written()).toEqual(before);
  });

  it('is for admins only: a viewer and an editor are refused, and nothing is written', async () => {
    const { globalId, id } = await someone('Hilda');
    await expectOnlyAdminsMay(api, [['personErase', { person: globalId, reason: 'Begäran' }]], () =>
      api.sql(
        `SELECT (SELECT to_jsonb(p) FROM person p WHERE id = $1) AS person,
                  (SELECT count(*)::int FROM audit_event) AS events,
                  (SELECT count(*)::int FROM erasure) AS erasures`,
        [id],
      ),
    );
  });
});

describe('the door erasure opens in the audit log', () => {
  it("stays shut to the API's role: no UPDATE or DELETE of audit rows, even naming a person", async () => {
    const { id } = await someone('Ida');
    const before = await api.sql('SELECT * FROM audit_event ORDER BY id');
    for (const statement of [
      `UPDATE audit_event SET after = after || '{"name": "x"}' WHERE record_id = '${id}'`,
      `DELETE FROM audit_event WHERE record_id = '${id}'`,
    ]) {
      await expect(
        api.app.dataSource.transaction(async (tx) => {
          await tx.query(`SELECT set_config('samverkan.erasing_person', $1, true)`, [id]);
          await tx.query(statement);
        }),
      ).rejects.toThrow(/permission denied/);
    }
    expect(await api.sql('SELECT * FROM audit_event ORDER BY id')).toEqual(before);
  });

  it('lets through only the personal fields of the person named, even for the owner', async () => {
    const { id } = await someone('Jenny');
    const inTransaction = (statement: string) =>
      api.owner.transaction(async (tx) => {
        await tx.query(`SELECT set_config('samverkan.erasing_person', $1, true)`, [id]);
        await tx.query(statement, [id]);
      });
    await expect(
      inTransaction(`UPDATE audit_event SET actor_name = 'x' WHERE record_id = $1`),
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(
      inTransaction(
        `UPDATE audit_event SET after = after || '{"version": 99}' WHERE record_id = $1 AND after IS NOT NULL`,
      ),
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(inTransaction(`DELETE FROM audit_event WHERE record_id = $1`)).rejects.toThrow(
      /append-only: DELETE/,
    );
    await expect(
      api.app.dataSource.query(`SELECT erase_person_from_audit($1, '', 'x')`, [id]),
    ).rejects.toThrow(/needs a person and a placeholder/);
  });

  it('is a function only the API role and the owner may run', async () => {
    const rows = await api.sql(
      `SELECT grantee, privilege_type FROM information_schema.routine_privileges
        WHERE routine_name = 'erase_person_from_audit' ORDER BY grantee`,
    );
    expect(rows.map((row) => row.grantee)).not.toContain('PUBLIC');
    expect(rows.map((row) => row.grantee)).toContain('samverkan_app');
  });
});
