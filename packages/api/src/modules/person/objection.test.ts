import { startTestApiWithRegion, type TestApi } from '../../testing/test-api';

let api: TestApi;
let actor: string;
beforeAll(async () => ({ api, region: actor } = await startTestApiWithRegion()));
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

  it('is left off the who-does-what map, its changes and its timeline for anonymous callers', async () => {
    const person = await api.create('personCreate', {
      name: 'Kartan Invänd',
      objectsToPublication: true,
    });
    await api.create('positionCreate', {
      person: person.id,
      actor,
      title: 'Kartråd',
      validFrom: '2024-02-01',
    });
    const query = `query ($actor: ID!) {
      whoDoesWhat(filter: { actor: $actor, depth: 1, asOf: "2024-03-01" }) {
        nodes { id label } edges { kind source target } }
      whoDoesWhatChanges(from: "2024-01-01", to: "2024-03-01", filter: { actor: $actor, depth: 1 }) {
        change edge { source target } }
      whoDoesWhatTimeline(filter: { actor: $actor, depth: 1 }) }`;
    const ends = (data: any) => [
      ...data.whoDoesWhat.nodes.map((node: { id: string }) => node.id),
      ...data.whoDoesWhat.edges.flatMap((edge: any) => [edge.source, edge.target]),
      ...data.whoDoesWhatChanges.flatMap((change: any) => [change.edge.source, change.edge.target]),
    ];
    const anonymous = await api.graphql(query, { actor });
    expect(anonymous.errors).toBeUndefined();
    expect(ends(anonymous.data)).not.toContain(person.id);
    expect(anonymous.data!.whoDoesWhat.nodes.length).toBeGreaterThan(0);
    // Nor is the day their position began among the days of the replay.
    expect(anonymous.data!.whoDoesWhatTimeline).not.toContain('2024-02-01');
    const viewer = await api.graphql(query, { actor }, 'viewer');
    expect(ends(viewer.data)).toContain(person.id);
    expect(viewer.data!.whoDoesWhatTimeline).toContain('2024-02-01');
    expect(viewer.data!.whoDoesWhatChanges).toContainEqual({
      change: 'APPEARED',
      edge: { source: person.id, target: actor },
    });
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
