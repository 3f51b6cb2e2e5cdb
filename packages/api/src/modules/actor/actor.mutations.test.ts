import { startTestApi, type TestApi } from '../../testing/test-api';

const CREATE = `mutation ($input: ActorCreateInput!) {
  actorCreate(input: $input) {
    actor { id slug name version sector areas { code } sources { quote section source { title } } }
    userErrors { field code message }
  }
}`;
const UPDATE = `mutation ($input: ActorUpdateInput!) {
  actorUpdate(input: $input) { actor { id name version shortName } userErrors { field code message } }
}`;
const ARCHIVE = `mutation ($input: ActorArchiveInput!) {
  actorArchive(input: $input) { actor { id archivedAt version } userErrors { field code message } }
}`;

let api: TestApi;
let countyId: string;
let sourceId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  const { data } = await api.graphql(
    `{ area(code: "23") { id } sources(first: 1) { nodes { id } } }`,
  );
  countyId = data!.area.id;
  sourceId = data!.sources.nodes[0].id;
});
afterAll(() => api.stop());

/** Rows in the tables an actor mutation writes, to prove a refused one wrote nothing. */
async function writtenRows() {
  const [row] = await api.sql(`SELECT
    (SELECT count(*) FROM actor)::int AS actors,
    (SELECT count(*) FROM actor_area)::int AS links,
    (SELECT count(*) FROM actor_citation)::int AS citations,
    (SELECT count(*) FROM audit_event)::int AS audit,
    (SELECT coalesce(sum(version), 0) FROM actor)::int AS versions`);
  return row;
}

const base = { sector: 'BUSINESS', level: 'REGIONAL', type: 'COMPANY' };

describe('actorCreate', () => {
  it('creates an actor with areas and citations, audited', async () => {
    const { data } = await api.graphql(
      CREATE,
      {
        input: {
          ...base,
          name: 'Fjällföretagen i Åre',
          areas: [countyId],
          sources: [{ source: sourceId, quote: 'Almi', section: 'Organisationer i länet' }],
        },
      },
      'editor',
    );
    const { actor, userErrors } = data!.actorCreate;
    expect(userErrors).toEqual([]);
    expect(actor).toMatchObject({
      slug: 'fjallforetagen-i-are',
      version: 1,
      areas: [{ code: '23' }],
      sources: [
        { quote: 'Almi', section: 'Organisationer i länet', source: { title: expect.any(String) } },
      ],
    });
    const history = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Actor { history { nodes { operation actorName before after } } } } }`,
      { id: actor.id },
      'viewer',
    );
    const [event] = history.data!.node.history.nodes;
    expect(event).toMatchObject({ operation: 'CREATE', actorName: 'test editor', before: null });
    expect(event.after).toMatchObject({
      name: 'Fjällföretagen i Åre',
      areaIds: [expect.any(String)],
    });
  });

  const refusals: [string, Record<string, unknown>, { field: string[]; code: string }][] = [
    ['an empty name', { name: '   ' }, { field: ['input', 'name'], code: 'REQUIRED' }],
    [
      'a duplicate slug',
      { name: 'Ny region', slug: 'region-jamtland-harjedalen' },
      { field: ['input', 'slug'], code: 'TAKEN' },
    ],
    [
      'a malformed slug',
      { name: 'X', slug: 'Not A Slug' },
      { field: ['input', 'slug'], code: 'INVALID' },
    ],
    [
      'an unknown area',
      { name: 'X', areas: ['QXJlYTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA'] },
      { field: ['input', 'areas', '0'], code: 'NOT_FOUND' },
    ],
    [
      'an id of the wrong type as area',
      { name: 'X', areas: ['PLACEHOLDER_SOURCE'] },
      { field: ['input', 'areas', '0'], code: 'NOT_FOUND' },
    ],
    [
      'a bad web address',
      { name: 'X', website: 'not a url' },
      { field: ['input', 'website'], code: 'INVALID' },
    ],
  ];
  it.each(refusals)('refuses %s and writes nothing', async (_label, input, expected) => {
    const before = await writtenRows();
    const areas = (input.areas as string[] | undefined)?.map((a) =>
      a === 'PLACEHOLDER_SOURCE' ? sourceId : a,
    );
    const { data } = await api.graphql(
      CREATE,
      { input: { ...base, ...input, ...(areas ? { areas } : {}) } },
      'editor',
    );
    expect(data!.actorCreate.actor).toBeNull();
    expect(data!.actorCreate.userErrors).toEqual([expect.objectContaining(expected)]);
    expect(data!.actorCreate.userErrors[0].message).toMatch(/\w{4,}/);
    expect(await writtenRows()).toEqual(before);
  });

  it('reports every problem at once', async () => {
    const unknownArea = 'QXJlYTowMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA';
    const { data } = await api.graphql(
      CREATE,
      { input: { ...base, name: '', website: 'ftp://x', areas: [countyId, unknownArea] } },
      'editor',
    );
    expect(
      data!.actorCreate.userErrors.map((e: { field: string[] }) => e.field.join('.')).sort(),
    ).toEqual(['input.areas.1', 'input.name', 'input.website']);
  });
});

describe('actorUpdate and actorArchive', () => {
  async function freshActor(name: string) {
    const input = { ...base, name, areas: [countyId] };
    const { data } = await api.graphql(CREATE, { input }, 'editor');
    return data!.actorCreate.actor as { id: string; version: number };
  }

  it('updates with the current version and records before and after', async () => {
    const actor = await freshActor('Uppdateras AB');
    const { data } = await api.graphql(
      UPDATE,
      { input: { id: actor.id, version: 1, name: 'Uppdaterad AB', shortName: 'UAB' } },
      'editor',
    );
    expect(data!.actorUpdate).toEqual({
      actor: { id: actor.id, name: 'Uppdaterad AB', version: 2, shortName: 'UAB' },
      userErrors: [],
    });
    const [event] = await api.sql(
      `SELECT operation, before->>'name' AS before, after->>'name' AS after FROM audit_event
       WHERE record_id = (SELECT id FROM actor WHERE slug = 'uppdateras-ab') ORDER BY id DESC LIMIT 1`,
    );
    expect(event).toEqual({ operation: 'UPDATE', before: 'Uppdateras AB', after: 'Uppdaterad AB' });
  });

  it('keeps an old slug leading to its record; no other record may take it', async () => {
    const actor = await freshActor('Bytt Namn AB');
    const bySlug = async (slug: string) =>
      (await api.graphql(`query ($slug: String!) { actor(slug: $slug) { id slug } }`, { slug }))
        .data!.actor;
    const rename = (version: number, slug: string) =>
      api.mutate('actorUpdate', { id: actor.id, version, slug }, 'actor { slug }');

    expect((await rename(1, 'nytt-namn-ab')).userErrors).toEqual([]);
    expect((await rename(2, 'nyaste-namnet-ab')).userErrors).toEqual([]);
    for (const old of ['bytt-namn-ab', 'nytt-namn-ab', 'nyaste-namnet-ab']) {
      expect(await bySlug(old)).toEqual({ id: actor.id, slug: 'nyaste-namnet-ab' });
    }
    const taker = await api.mutate(
      'actorCreate',
      { ...base, name: 'Bytt namn AB' },
      'actor { id }',
    );
    expect(taker.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'name'], code: 'TAKEN' }),
    ]);
    expect(taker.userErrors[0].message).toMatch(/had the slug "bytt-namn-ab"/);
    // It may take an old slug back, which is then current again.
    expect((await rename(3, 'bytt-namn-ab')).userErrors).toEqual([]);
    expect(await bySlug('bytt-namn-ab')).toEqual({ id: actor.id, slug: 'bytt-namn-ab' });
    expect(await bySlug('nyaste-namnet-ab')).toEqual({ id: actor.id, slug: 'bytt-namn-ab' });
    expect(
      await api.sql(
        `SELECT slug FROM former_slug WHERE record_table = 'actor' AND slug LIKE '%namn%' ORDER BY slug`,
      ),
    ).toEqual([{ slug: 'nyaste-namnet-ab' }, { slug: 'nytt-namn-ab' }]);
  });

  it('refuses a stale version and changes nothing', async () => {
    const actor = await freshActor('Samtidigt AB');
    await api.graphql(UPDATE, { input: { id: actor.id, version: 1, name: 'Först' } }, 'editor');
    const before = await writtenRows();
    const { data } = await api.graphql(
      UPDATE,
      { input: { id: actor.id, version: 1, name: 'Sen' } },
      'editor',
    );
    expect(data!.actorUpdate.actor).toBeNull();
    expect(data!.actorUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'STALE_VERSION' }),
    ]);
    expect(await writtenRows()).toEqual(before);
  });

  it('refuses an empty name, an unknown id and a parent cycle, writing nothing', async () => {
    const parent = await freshActor('Moder AB');
    const child = await freshActor('Dotter AB');
    await api.graphql(UPDATE, { input: { id: child.id, version: 1, parent: parent.id } }, 'editor');
    const before = await writtenRows();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ id: parent.id, version: 1, name: '' }, 'input.name', 'REQUIRED'],
      [{ id: parent.id, version: 1, parent: child.id }, 'input.parent', 'CYCLE'],
      [
        { id: 'QWN0b3I6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw', version: 1 },
        'input.id',
        'NOT_FOUND',
      ],
    ];
    for (const [input, field, code] of cases) {
      const { data } = await api.graphql(UPDATE, { input }, 'editor');
      expect(data!.actorUpdate.userErrors).toEqual([expect.objectContaining({ code })]);
      expect(data!.actorUpdate.userErrors[0].field.join('.')).toBe(field);
    }
    expect(await writtenRows()).toEqual(before);
  });

  it('archives: hidden from lists, still readable, no further changes', async () => {
    const actor = await freshActor('Arkiveras AB');
    const { data } = await api.graphql(ARCHIVE, { input: { id: actor.id, version: 1 } }, 'editor');
    expect(data!.actorArchive.actor.archivedAt).toEqual(expect.any(String));
    const list = await api.graphql(`{ actors(filter: { search: "Arkiveras" }) { totalCount } }`);
    expect(list.data!.actors.totalCount).toBe(0);
    const withArchived = await api.graphql(
      `{ actors(filter: { search: "Arkiveras", includeArchived: true }) { totalCount } }`,
    );
    expect(withArchived.data!.actors.totalCount).toBe(1);
    const again = await api.graphql(
      UPDATE,
      { input: { id: actor.id, version: 2, name: 'Igen' } },
      'editor',
    );
    expect(again.data!.actorUpdate.userErrors[0].code).toBe('ARCHIVED');
    const [event] = await api.sql(
      `SELECT operation FROM audit_event WHERE record_id = $1 ORDER BY id DESC LIMIT 1`,
      [Buffer.from(actor.id, 'base64url').toString().split(':')[1]],
    );
    expect(event.operation).toBe('ARCHIVE');
  });
});
