import { startTestApi, type TestApi } from '../../testing/test-api';

/*
 * actorsUpsert: the bulk path integrators push their registers through, keyed by their own
 * scheme, all or nothing or item by item, dry runs and idempotency keys.
 */

const UPSERT = `mutation ($input: ActorsUpsertInput!) {
  actorsUpsert(input: $input) {
    items { index status record { id ... on Actor { name slug version } } changes { field before after } references { id name recordType } userErrors { field code message } }
    written dryRun replayed created updated unchanged failed
    userErrors { field code message }
  }
}`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  await api.mutate(
    'identifierSchemeCreate',
    {
      name: 'kommunregistret',
      description: 'Kommunens eget register över organisationer.',
      appliesTo: ['ACTOR', 'FORUM'],
      pattern: 'K-[0-9]{4}',
    },
    'identifierScheme { name }',
  );
});
afterAll(() => api.stop());

/** What a bulk call could have written. */
const written = async () =>
  (
    await api.sql(`SELECT (SELECT count(*) FROM actor)::int AS actors,
      (SELECT count(*) FROM actor_identifier)::int AS identifiers,
      (SELECT coalesce(sum(version), 0) FROM actor)::int AS versions,
      (SELECT count(*) FROM audit_event)::int AS audit,
      (SELECT count(*) FROM idempotency_key)::int AS keys`)
  )[0];

const key = (value: string) => ({ identifier: { scheme: 'kommunregistret', value } });
const actor = (value: string, name: string, more: Record<string, unknown> = {}) => ({
  key: key(value),
  name,
  sector: 'BUSINESS',
  level: 'LOCAL',
  type: 'COMPANY',
  areas: [{ identifier: { scheme: 'scb', value: '2380' } }],
  ...more,
});

async function upsert(input: Record<string, unknown>, as: 'editor' | { token: string } = 'editor') {
  const result = await api.graphql(UPSERT, { input }, as);
  expect(result.errors).toBeUndefined();
  return { ...result.data!.actorsUpsert, statements: result.statements };
}

describe('actorsUpsert', () => {
  it('all or nothing: one refused item writes nothing, and every item is reported', async () => {
    const before = await written();
    const payload = await upsert({
      items: [
        actor('K-0001', 'Bygg & Betong i Östersund AB'),
        actor('K-0002', '   ', { website: 'not a url' }),
        actor('0003', 'Fel nyckel AB'),
        actor('K-0004', 'Frösö Fjällbyrå'),
      ],
    });
    expect(payload).toMatchObject({ written: false, created: 2, failed: 2 });
    expect(payload.items.map((item: { status: string }) => item.status)).toEqual([
      'CREATED',
      'FAILED',
      'FAILED',
      'CREATED',
    ]);
    // Nothing was written, so a new record has no record to show.
    expect(payload.items[0].record).toBeNull();
    expect(payload.items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'name', before: null, after: 'Bygg & Betong i Östersund AB' },
      ]),
    );
    expect(
      payload.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code]),
    ).toEqual([
      ['input.items.1.name', 'REQUIRED'],
      ['input.items.1.website', 'INVALID'],
      ['input.items.2.identifiers.0.value', 'INVALID'],
    ]);
    expect(payload.items[1].userErrors).toHaveLength(2);
    expect(await written()).toEqual(before);
  });

  it('per item: the valid items are written, each refused one says why', async () => {
    const payload = await upsert({
      mode: 'PER_ITEM',
      items: [
        actor('K-0001', 'Bygg & Betong i Östersund AB', { shortName: 'BBÖ' }),
        actor('K-0002', ''),
        // Its parent is made by the first item of the same call.
        actor('K-0004', 'Frösö Fjällbyrå', { parent: key('K-0001') }),
      ],
    });
    expect(payload).toMatchObject({ written: true, created: 2, failed: 1, updated: 0 });
    expect(payload.items[0].record).toMatchObject({
      name: 'Bygg & Betong i Östersund AB',
      version: 1,
    });
    const [row] = await api.sql(
      `SELECT child.name, parent.short_name FROM actor child JOIN actor parent ON parent.id = child.parent_id
       JOIN actor_identifier i ON i.actor_id = child.id WHERE i.identifier = 'K-0004'`,
    );
    expect(row).toEqual({ name: 'Frösö Fjällbyrå', short_name: 'BBÖ' });
    // The records its changes refer to (its parent, its areas) are named, to show names not IDs.
    const parentId = payload.items[0].record.id;
    const { changes, references } = payload.items[2];
    expect(changes).toEqual(
      expect.arrayContaining([{ field: 'parentId', before: null, after: parentId }]),
    );
    expect(references).toEqual(
      expect.arrayContaining([
        { id: parentId, name: 'Bygg & Betong i Östersund AB', recordType: 'ACTOR' },
        expect.objectContaining({ name: 'Östersund', recordType: 'AREA' }),
      ]),
    );
    expect(payload.items[1].references).toEqual([]);
  });

  it('the same input again changes nothing: no new version, no audit entry', async () => {
    const before = await written();
    const payload = await upsert({
      items: [
        actor('K-0001', 'Bygg & Betong i Östersund AB', { shortName: 'BBÖ' }),
        // Only the same once trimmed: written, found unchanged, and undone.
        actor('K-0004', '  Frösö Fjällbyrå ', { parent: key('K-0001') }),
      ],
    });
    expect(payload).toMatchObject({ written: false, unchanged: 2, created: 0, updated: 0 });
    expect(payload.items[0].changes).toEqual([]);
    expect(await written()).toEqual(before);
  });

  it('a dry run reports each change, field by field, and writes nothing', async () => {
    const before = await written();
    const payload = await upsert({
      dryRun: true,
      items: [
        actor('K-0001', 'Bygg och Betong i Östersund AB', {
          identifiers: [{ scheme: 'se-orgnr', value: '5560125790' }],
        }),
      ],
    });
    expect(payload).toMatchObject({ dryRun: true, written: false, updated: 1 });
    expect(payload.items[0].changes).toEqual([
      {
        field: 'name',
        before: 'Bygg & Betong i Östersund AB',
        after: 'Bygg och Betong i Östersund AB',
      },
      {
        field: 'identifiers',
        before: [{ scheme: 'kommunregistret', value: 'K-0001' }],
        after: [
          { scheme: 'kommunregistret', value: 'K-0001' },
          { scheme: 'se-orgnr', value: '556012-5790' },
        ],
      },
    ]);
    // The record is shown as it is, unchanged.
    expect(payload.items[0].record.name).toBe('Bygg & Betong i Östersund AB');
    expect(await written()).toEqual(before);
  });

  it('finds records by slug, global ID and any spelling of an identifier', async () => {
    const [{ slug }] = await api.sql(`SELECT a.slug FROM actor a
      JOIN actor_identifier i ON i.actor_id = a.id WHERE i.identifier = 'K-0004'`);
    const { data } = await api.graphql(`{ actor(slug: "${slug}") { id } }`);
    const payload = await upsert({
      items: [
        { ...actor('', 'Frösö Fjällbyrå AB'), key: { slug } },
        { ...actor('', 'Frösö Fjällbyrå AB'), key: { id: data!.actor.id } },
      ],
    });
    expect(payload).toMatchObject({ updated: 1, unchanged: 1 });
    expect(payload.items[0].changes).toEqual([
      { field: 'name', before: 'Frösö Fjällbyrå', after: 'Frösö Fjällbyrå AB' },
    ]);
    const wrong = await upsert({ items: [{ ...actor('', 'X'), key: { id: 'nonsense' } }] });
    expect(wrong.userErrors).toMatchObject([
      { field: ['input', 'items', '0', 'key', 'id'], code: 'NOT_FOUND' },
    ]);
    const scheme = await upsert({
      items: [{ ...actor('', 'X'), key: { identifier: { scheme: 'nope', value: '1' } } }],
    });
    expect(scheme.userErrors[0]).toMatchObject({
      field: ['input', 'items', '0', 'key', 'identifier', 'scheme'],
      code: 'NOT_FOUND',
      message: expect.stringContaining('kommunregistret'),
    });
  });

  it('idempotency keys: a retry gets the first result, other input is refused', async () => {
    const input = {
      idempotencyKey: 'import-2026-12-03',
      items: [actor('K-0010', 'Krokoms Kraft AB')],
    };
    const first = await upsert(input);
    expect(first).toMatchObject({ created: 1, replayed: false });
    const before = await written();
    const again = await upsert(input);
    expect(again).toMatchObject({ created: 1, replayed: true, written: true });
    expect(again.items[0].record.id).toBe(first.items[0].record.id);
    expect(await written()).toEqual(before);
    const other = await upsert({ ...input, items: [actor('K-0011', 'Annat AB')] });
    expect(other.userErrors).toMatchObject([
      { field: ['input', 'idempotencyKey'], code: 'KEY_REUSED' },
    ]);
    expect(other.items).toEqual([]);
    expect(await written()).toEqual(before);
  });

  it('two concurrent requests with one key never both write', async () => {
    const items = Array.from({ length: 30 }, (_, i) =>
      actor(`K-2${String(i).padStart(3, '0')}`, `Samtidig ${i} AB`),
    );
    const input = { idempotencyKey: 'concurrent', items };
    const results = await Promise.all([upsert(input), upsert(input), upsert(input)]);
    const wrote = results.filter((r) => r.written && !r.replayed);
    expect(wrote).toHaveLength(1);
    for (const other of results.filter((r) => r !== wrote[0])) {
      // Either it waited its turn and got the first result, or it was told to retry.
      if (other.replayed) expect(other.created).toBe(30);
      else expect(other.userErrors).toMatchObject([{ code: 'IN_PROGRESS' }]);
    }
    const [{ count }] = await api.sql(
      `SELECT count(*)::int AS count FROM actor WHERE name LIKE 'Samtidig %'`,
    );
    expect(count).toBe(30);
  });

  it('an editor limited to one county: items elsewhere are FORBIDDEN, alone', async () => {
    const { data } = await api.graphql(`{ area(code: "24") { id } }`);
    const { apiTokenCreate } = (
      await api.graphql(
        `mutation ($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { secret userErrors { message } } }`,
        { input: { name: 'västerbotten', serviceAccountRole: 'EDITOR', areas: [data!.area.id] } },
        'admin',
      )
    ).data!;
    const token = { token: apiTokenCreate.secret as string };
    const umea = { areas: [{ identifier: { scheme: 'scb', value: '2480' } }] };
    const payload = await upsert(
      {
        mode: 'PER_ITEM',
        items: [actor('K-0100', 'Umeå Energi AB', umea), actor('K-0101', 'Östersunds Ost AB')],
      },
      token,
    );
    expect(payload.items.map((item: { status: string }) => item.status)).toEqual([
      'CREATED',
      'FAILED',
    ]);
    expect(payload.items[1].userErrors).toMatchObject([
      { field: ['input', 'items', '1'], code: 'FORBIDDEN' },
    ]);

    // All or nothing, the areas of new actors are checked together at the end: one out of reach
    // refuses the call, and it is reported at its item.
    const mixed = [actor('K-0102', 'Umeå Bröd AB', umea), actor('K-0103', 'Krokoms Ost AB')];
    const refused = await upsert({ items: mixed }, token);
    expect(refused).toMatchObject({ written: false, failed: 1 });
    expect(refused.items[1].userErrors).toMatchObject([
      { field: ['input', 'items', '1'], code: 'FORBIDDEN' },
    ]);
    const [{ count }] = await api.sql(
      `SELECT count(*)::int AS count FROM actor WHERE name IN ('Umeå Bröd AB', 'Krokoms Ost AB')`,
    );
    expect(count).toBe(0);
    const inReach = Array.from({ length: 10 }, (_, i) => actor(`K-04${i}0`, `Umeå ${i} AB`, umea));
    const accepted = await upsert({ items: inReach }, token);
    expect(accepted.created).toBe(10);
    // Nine statements an actor (as the next test counts them) and under ten for the call: their
    // areas checked in one statement, where one an actor would make it 108.
    expect(accepted.statements).toBeLessThan(10 * 9 + 10);
  });

  it('is refused to callers who may not write, and bounds its statements per item', async () => {
    const items = [actor('K-0200', 'Ingen AB')];
    const anonymous = await api.graphql(UPSERT, { input: { items } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await api.graphql(UPSERT, { input: { items } }, 'viewer');
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const many = Array.from({ length: 20 }, (_, i) =>
      actor(`K-3${String(i).padStart(3, '0')}`, `Mängd ${i} AB`),
    );
    const payload = await upsert({ items: many });
    expect(payload.created).toBe(20);
    // An accepted all-or-nothing call has no savepoints, reads the schemes once, writes a new
    // actor's periods in one statement and the audit entries of all in one: nine statements an
    // actor, and some thirty for the call (the caller, the transaction, webhooks).
    expect(payload.statements).toBeLessThan(20 * 9 + 30);
  });
});
