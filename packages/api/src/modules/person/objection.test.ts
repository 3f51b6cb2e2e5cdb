import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
let actor: string;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  ({ actor } = await api.idsOf({ actor: ['actor', 'region-jamtland-harjedalen'] }));
});
afterAll(() => api.stop());

describe('a person who objects to publication', () => {
  it('is hidden from anonymous callers, and shown to signed-in ones', async () => {
    const person = await api.create('personCreate', { name: 'Vera Invänd' }, 'id version slug');
    await api.create('positionCreate', {
      person: person.id,
      actor,
      title: 'Regionråd',
      validFrom: '2024-01-01',
    });
    const marked = await api.mutate(
      'personUpdate',
      { id: person.id, version: person.version, objectsToPublication: true },
      'person { objectsToPublication }',
    );
    expect(marked).toEqual({ person: { objectsToPublication: true }, userErrors: [] });

    const query = `query ($id: ID!) {
      node(id: $id) { id }
      person(slug: "vera-invand") { id }
      people(filter: { search: "Vera" }) { nodes { id } }
      search(query: "Vera Invänd") { node { id } }
      searchCounts(query: "Vera Invänd", kinds: [PERSON]) { count }
      actor(slug: "region-jamtland-harjedalen") { positions { title person { id name slug } } }
      changes(since: "2000-01-01T00:00:00Z", types: [PERSON], first: 100) { nodes { record { id } summary } }
    }`;
    const anonymous = await api.graphql(query, { id: person.id });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data).toMatchObject({
      node: null,
      person: null,
      people: { nodes: [] },
      search: [],
      searchCounts: [{ count: 0 }],
    });
    expect(anonymous.data!.actor.positions).toContainEqual({
      title: 'Regionråd',
      person: { id: expect.any(String), name: 'Namn undanhållet', slug: 'namn-undanhallet' },
    });
    expect(JSON.stringify(anonymous.data)).not.toMatch(/Vera|vera/);

    const viewer = await api.graphql(query, { id: person.id }, 'viewer');
    expect(viewer.data).toMatchObject({
      node: { id: person.id },
      person: { id: person.id },
      people: { nodes: [{ id: person.id }] },
      search: [{ node: { id: person.id } }],
      searchCounts: [{ count: 1 }],
    });
    expect(viewer.data!.actor.positions).toContainEqual({
      title: 'Regionråd',
      person: { id: person.id, name: 'Vera Invänd', slug: 'vera-invand' },
    });
    expect(JSON.stringify(viewer.data!.changes)).toMatch(/Vera/);
  });

  it('is shown again once they no longer object', async () => {
    const person = await api.create('personCreate', {
      name: 'Wilma Åter',
      objectsToPublication: true,
    });
    const find = `{ person(slug: "wilma-ater") { name objectsToPublication } }`;
    expect((await api.graphql(find)).data!.person).toBeNull();
    await api.mutate(
      'personUpdate',
      { id: person.id, version: person.version, objectsToPublication: false },
      'person { id }',
    );
    expect((await api.graphql(find)).data!.person).toEqual({
      name: 'Wilma Åter',
      objectsToPublication: false,
    });
  });
});
