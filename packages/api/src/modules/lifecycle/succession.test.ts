import { startTestApi, type TestApi } from '../../testing/test-api';

/*
 * actorSucceed: an organisation reorganised into another. The predecessor is archived naming its
 * successor; what depended on it ends; its memberships and responsibilities carry over.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

const SUCCEED = `mutation ($input: ActorSucceedInput!) {
  actorSucceed(input: $input) {
    actor { id archivedOn successor { slug } }
    ended { __typename }
    carried { __typename ... on ForumMembership { validFrom forum { slug } } ... on Responsibility { validFrom role } }
    userErrors { field code message }
  }
}`;

describe('actorSucceed', () => {
  let predecessor: string;
  let successor: string;

  beforeAll(async () => {
    const { data } = await api.graphql(
      `{ actor(slug: "region-jamtland-harjedalen") { id memberships { id } responsibilities { id } } }`,
    );
    predecessor = data!.actor.id;
    expect(data!.actor.memberships.length).toBeGreaterThan(0);
    const created = await api.create('actorCreate', {
      name: 'Region Mittnorrland',
      sector: 'PUBLIC',
      level: 'REGIONAL',
      type: 'REGION',
      areas: [api.sweden],
    });
    successor = created.id;
  });

  it('refuses an actor succeeding itself, and callers who may not write', async () => {
    const self = await api.graphql(
      SUCCEED,
      { input: { predecessor, successor: predecessor, on: '2027-01-01' } },
      'editor',
    );
    expect(self.data!.actorSucceed.userErrors).toMatchObject([
      { field: ['input', 'successor'], code: 'INVALID' },
    ]);
    const viewer = await api.graphql(
      SUCCEED,
      { input: { predecessor, successor, on: '2027-01-01' } },
      'viewer',
    );
    expect(viewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('archives the predecessor naming the successor, which takes its memberships over', async () => {
    const { data } = await api.graphql(
      SUCCEED,
      { input: { predecessor, successor, on: '2027-01-01', carryOver: true } },
      'editor',
    );
    const payload = data!.actorSucceed;
    expect(payload.userErrors).toEqual([]);
    expect(payload.actor).toMatchObject({
      archivedOn: '2027-01-01',
      successor: { slug: 'region-mittnorrland' },
    });
    expect(payload.ended.length).toBeGreaterThan(0);
    const memberships = payload.carried.filter(
      (r: { __typename: string }) => r.__typename === 'ForumMembership',
    );
    expect(memberships.length).toBeGreaterThan(0);
    for (const carried of payload.carried) expect(carried.validFrom).toBe('2027-01-01');
    // The successor's memberships on a day after, and the predecessor's before: both hold.
    const after = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Actor { memberships(asOf: "2027-06-01") { forum { slug } } predecessors { slug } } } }`,
      { id: successor },
      // The seed's proposed preparatory group is among them: signed-in readers see it.
      'viewer',
    );
    expect(after.data!.node.memberships).toHaveLength(memberships.length);
    expect(after.data!.node.predecessors).toEqual([{ slug: 'region-jamtland-harjedalen' }]);
    const before = await api.graphql(
      `{ actor(slug: "region-jamtland-harjedalen") { memberships(asOf: "2026-06-01") { id } } }`,
    );
    expect(before.data!.actor.memberships.length).toBeGreaterThan(0);
  });

  it('the map shows the succession from its day, and not before', async () => {
    const edges = async (asOf: string) => {
      const { data } = await api.graphql(
        `query ($filter: WhoDoesWhatFilter) { whoDoesWhat(filter: $filter) { edges { kind source target validFrom } } }`,
        { filter: { actor: successor, depth: 1, asOf } },
      );
      return data!.whoDoesWhat.edges.filter(
        (edge: { kind: string }) => edge.kind === 'SUCCEEDED_BY',
      );
    };
    expect(await edges('2027-02-01')).toEqual([
      { kind: 'SUCCEEDED_BY', source: predecessor, target: successor, validFrom: '2027-01-01' },
    ]);
    expect(await edges('2026-06-01')).toEqual([]);
  });

  it("the predecessor's history tells the succession", async () => {
    const { data } = await api.graphql(
      `{ actor(slug: "region-jamtland-harjedalen") { history(first: 1) { nodes { operation after references { name } } } } }`,
      {},
      'editor',
    );
    const [archive] = data!.actor.history.nodes;
    expect(archive.operation).toBe('ARCHIVE');
    expect(archive.after.successorId).toBe(successor);
    expect(archive.references.map((r: { name: string }) => r.name)).toContain(
      'Region Mittnorrland',
    );
  });
});
