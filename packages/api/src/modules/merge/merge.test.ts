import { startTestApi, type TestApi } from '../../testing/test-api';

/*
 * Merging duplicates: every relation of the duplicate moves to the survivor, audited; relations
 * that would repeat the survivor's are retracted; the duplicate's id and slug lead to the
 * survivor; refusals write nothing.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

const MERGE = `mutation ($input: ActorMergeInput!) {
  actorMerge(input: $input) {
    actor { id slug name identifiers { scheme value } areas { code } }
    moved { id __typename }
    retractedDuplicates
    userErrors { field code message }
  }
}`;

/** Every row of every table that names `id` through a foreign key. */
async function referencesTo(table: string, id: string): Promise<number> {
  const keys = await api.sql<{ referencing: string; column: string }>(
    `SELECT c.conrelid::regclass::text AS referencing, a.attname AS column FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE c.contype = 'f' AND c.confrelid = $1::regclass`,
    [table],
  );
  let count = 0;
  for (const { referencing, column } of keys) {
    const [row] = await api.sql(
      `SELECT count(*)::int AS n FROM ${referencing} WHERE ${column} = $1`,
      [id],
    );
    count += row.n;
  }
  return count;
}

async function actorsUpsert(items: Record<string, unknown>[]) {
  const { data } = await api.graphql(
    `mutation ($input: ActorsUpsertInput!) { actorsUpsert(input: $input) {
      items { record { id } } userErrors { field message } } }`,
    { input: { items } },
    'admin',
  );
  expect(data!.actorsUpsert.userErrors).toEqual([]);
  return data!.actorsUpsert.items.map((item: { record: { id: string } }) => item.record.id);
}

describe('actorMerge', () => {
  let survivor: string;
  let duplicate: string;
  let relations: number;

  beforeAll(async () => {
    const { data } = await api.graphql(`{ actor(slug: "almi") { id } }`);
    survivor = data!.actor.id;
    // A duplicate of Almi, entered from another register, with relations of its own.
    [duplicate] = await actorsUpsert([
      {
        key: { slug: 'almi-mitt-ab' },
        name: 'ALMI Företagspartner Mitt AB',
        sector: 'BUSINESS',
        level: 'REGIONAL',
        type: 'BUSINESS_SUPPORT',
        areas: [{ slug: '2380' }],
        identifiers: [{ scheme: 'se-orgnr', value: '5560125790' }],
      },
    ]);
    const forums = await api.graphql(`{ forums(first: 2) { nodes { id slug } } }`, {}, 'admin');
    const [first] = forums.data!.forums.nodes;
    await api.graphql(
      `mutation ($input: ForumMembershipsUpsertInput!) { forumMembershipsUpsert(input: $input) { userErrors { message } } }`,
      {
        input: {
          items: [
            {
              forum: { slug: first.slug },
              memberActor: { slug: 'almi-mitt-ab' },
              validFrom: '2019-01-01',
            },
          ],
        },
      },
      'admin',
    );
    await api.graphql(
      `mutation ($input: ResponsibilitiesUpsertInput!) { responsibilitiesUpsert(input: $input) { userErrors { message } } }`,
      {
        input: {
          items: [
            {
              actor: { slug: 'almi-mitt-ab' },
              role: 'CONTRIBUTES',
              subject: { area: { slug: '23' } },
            },
          ],
        },
      },
      'admin',
    );
    const dbId = (global: string) => Buffer.from(global, 'base64url').toString().split(':')[1];
    relations = await referencesTo('actor', dbId(duplicate));
    expect(relations).toBeGreaterThan(3);
  });

  it('a caller who may not write is refused, and nothing changes', async () => {
    const viewer = await api.graphql(MERGE, { input: { survivor, duplicate } }, 'viewer');
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const self = await api.graphql(MERGE, { input: { survivor, duplicate: survivor } }, 'admin');
    expect(self.data!.actorMerge.userErrors).toMatchObject([
      { field: ['input', 'duplicate'], code: 'INVALID' },
    ]);
  });

  it('moves every relation to the survivor; the duplicate leads there', async () => {
    const { data } = await api.graphql(MERGE, { input: { survivor, duplicate } }, 'admin');
    const payload = data!.actorMerge;
    expect(payload.userErrors).toEqual([]);
    expect(payload.moved.length).toBeGreaterThan(0);
    expect(payload.actor.identifiers).toContainEqual({ scheme: 'se-orgnr', value: '556012-5790' });
    expect(payload.actor.areas.map((area: { code: string }) => area.code)).toContain('2380');
    const dbId = (global: string) => Buffer.from(global, 'base64url').toString().split(':')[1];
    expect(await referencesTo('actor', dbId(duplicate))).toBe(0);
    // Its id and slug lead to the survivor; an external register's identifier too.
    const found = await api.graphql(
      `query ($id: ID!) { node(id: $id) { id } actor(slug: "almi-mitt-ab") { id }
         actorByIdentifier(scheme: "se-orgnr", value: "5560125790") { id } }`,
      { id: duplicate },
    );
    expect(found.data).toEqual({
      node: { id: survivor },
      actor: { id: survivor },
      actorByIdentifier: { id: survivor },
    });
    // Every move is in the audit log, the duplicate's retraction with why.
    const [retraction] = await api.sql(
      `SELECT reason FROM audit_event WHERE operation = 'RETRACT' AND record_id = $1`,
      [dbId(duplicate)],
    );
    expect(retraction.reason).toContain('A duplicate, merged into Almi');
  });
});

describe('personMerge', () => {
  it("moves positions and representations; one repeating the survivor's is retracted", async () => {
    const upsert = (mutation: string, type: string, items: Record<string, unknown>[]) =>
      api.graphql(
        `mutation ($input: ${type}!) { ${mutation}(input: $input) { items { record { id } } userErrors { message } } }`,
        { input: { items } },
        'admin',
      );
    const people = await upsert('peopleUpsert', 'PeopleUpsertInput', [
      { key: { slug: 'karin-lund' }, name: 'Karin Lund' },
      { key: { slug: 'k-lund' }, name: 'K. Lund' },
    ]);
    const [survivor, duplicate] = people.data!.peopleUpsert.items.map(
      (item: { record: { id: string } }) => item.record.id,
    );
    const position = { actor: { slug: 'almi' }, title: 'Rådgivare', validFrom: '2024-01-01' };
    const positions = await upsert('positionsUpsert', 'PositionsUpsertInput', [
      { ...position, person: { slug: 'karin-lund' } },
      { ...position, person: { slug: 'k-lund' } },
      { ...position, person: { slug: 'k-lund' }, title: 'Styrelseledamot' },
    ]);
    expect(positions.data!.positionsUpsert.userErrors).toEqual([]);
    const { data } = await api.graphql(
      `mutation ($input: PersonMergeInput!) { personMerge(input: $input) {
        person { id slug positions(asOf: "2025-01-01") { title } } moved { __typename } retractedDuplicates
        userErrors { field code message } } }`,
      { input: { survivor, duplicate } },
      'admin',
    );
    const payload = data!.personMerge;
    expect(payload.userErrors).toEqual([]);
    expect(payload.retractedDuplicates).toBe(1);
    expect(payload.moved).toEqual([{ __typename: 'Position' }]);
    expect(payload.person.positions.map((p: { title: string }) => p.title).sort()).toEqual([
      'Rådgivare',
      'Styrelseledamot',
    ]);
  });
});
