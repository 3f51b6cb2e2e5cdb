import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const actorInput = (name: string) => ({
  name,
  sector: 'BUSINESS',
  level: 'LOCAL',
  type: 'COMPANY',
});
const forumInput = (name: string) => ({ name, kind: 'NETWORK' });

describe("a request's loaders", () => {
  it('forget what a mutation wrote: a later mutation of the same request reads it as it is now', async () => {
    const actor = await api.create('actorCreate', actorInput('Gamla namnet AB'));
    const north = await api.create('forumCreate', forumInput('Norra nätverket'));
    const south = await api.create('forumCreate', forumInput('Södra nätverket'));
    const member = `member { ... on Actor { name memberships { forum { name } } } }`;
    const { data, errors } = await api.graphql(
      `mutation ($north: ForumMembershipCreateInput!, $rename: ActorUpdateInput!, $south: ForumMembershipCreateInput!) {
        north: forumMembershipCreate(input: $north) { forumMembership { ${member} } userErrors { code } }
        rename: actorUpdate(input: $rename) { actor { name } userErrors { code } }
        south: forumMembershipCreate(input: $south) { forumMembership { ${member} } userErrors { code } }
      }`,
      {
        north: { forum: north.id, member: actor.id },
        rename: { id: actor.id, version: actor.version, name: 'Nya namnet AB' },
        south: { forum: south.id, member: actor.id },
      },
      'admin',
    );
    expect(errors).toBeUndefined();
    // The first payload read the actor and its memberships through the loaders; the second
    // mutation's payload must not get them from that cache.
    expect(data!.north.forumMembership.member).toEqual({
      name: 'Gamla namnet AB',
      memberships: [{ forum: { name: 'Norra nätverket' } }],
    });
    expect(data!.rename.actor).toEqual({ name: 'Nya namnet AB' });
    const after = data!.south.forumMembership.member;
    expect(after.name).toBe('Nya namnet AB');
    expect(after.memberships.map((m: { forum: { name: string } }) => m.forum.name).sort()).toEqual([
      'Norra nätverket',
      'Södra nätverket',
    ]);
  });

  it('read the history of 40 records in as many statements as that of 4', async () => {
    const created = [];
    for (let i = 0; i < 40; i++) {
      const forum = await api.create('forumCreate', forumInput(`Historikforum ${i}`));
      await api.mutate(
        'forumUpdate',
        { id: forum.id, version: forum.version, goal: `Mål ${i}` },
        'forum { id }',
      );
      created.push(forum.id);
    }
    const query = `query ($ids: [ID!]!) { nodes(ids: $ids) {
      ... on Forum { name history(first: 1) { totalCount nodes { operation after } pageInfo { hasNextPage } } }
    } }`;
    const four = await api.graphql(query, { ids: created.slice(0, 4) });
    const forty = await api.graphql(query, { ids: created });
    expect(four.errors).toBeUndefined();
    expect(forty.errors).toBeUndefined();
    expect(forty.data!.nodes).toHaveLength(40);
    expect(forty.data!.nodes[39]).toEqual({
      name: 'Historikforum 39',
      history: {
        totalCount: 2,
        nodes: [{ operation: 'UPDATE', after: expect.objectContaining({ goal: 'Mål 39' }) }],
        pageInfo: { hasNextPage: true },
      },
    });
    expect(forty.statements).toBe(four.statements);
  });

  it('page each record’s history on its own, forwards and backwards', async () => {
    const forum = await api.create('forumCreate', forumInput('Bläddringsforum'));
    let version = forum.version;
    for (const goal of ['Ett', 'Två', 'Tre']) {
      const { forum: updated } = await api.mutate(
        'forumUpdate',
        { id: forum.id, version, goal },
        'forum { version }',
      );
      version = updated.version;
    }
    const page = async (args: string) => {
      const { data, errors } = await api.graphql(
        `query ($id: ID!) { node(id: $id) { ... on Forum { history(${args}) {
          edges { cursor node { operation after } }
          pageInfo { hasNextPage hasPreviousPage }
        } } } }`,
        { id: forum.id },
      );
      expect(errors).toBeUndefined();
      return data!.node.history;
    };
    const first = await page('first: 2');
    expect(first.edges.map((e: any) => e.node.after.goal)).toEqual(['Tre', 'Två']);
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false });
    const rest = await page(`first: 5, after: "${first.edges[1].cursor}"`);
    expect(rest.edges.map((e: any) => e.node.operation)).toEqual(['UPDATE', 'CREATE']);
    expect(rest.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const last = await page('last: 1');
    expect(last.edges.map((e: any) => e.node.operation)).toEqual(['CREATE']);
    expect(last.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });
});
