import { startTestApi, type TestApi } from '../../testing/test-api';
import { toGlobalId } from './global-id';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

describe('node(id:) and nodes(ids:)', () => {
  it.each([
    ['Area', `{ areas(first: 1) { nodes { id __typename code } } }`, 'areas'],
    ['Source', `{ sources(first: 1) { nodes { id __typename title } } }`, 'sources'],
    ['Actor', `{ actors(first: 1) { nodes { id __typename slug } } }`, 'actors'],
  ])('refetches an %s by its global id', async (type, listQuery, key) => {
    const list = await api.graphql(listQuery);
    const record = list.data![key].nodes[0];
    expect(record.__typename).toBe(type);
    const { data } = await api.graphql(`query ($id: ID!) { node(id: $id) { id __typename } }`, {
      id: record.id,
    });
    expect(data!.node).toEqual({ id: record.id, __typename: type });
  });

  it('answers nodes(ids:) in order, with null for unknown or malformed ids', async () => {
    const { data: list } = await api.graphql(`{ actors(first: 2) { nodes { id } } }`);
    const [a, b] = list!.actors.nodes.map((n: { id: string }) => n.id);
    const unknown = toGlobalId('Actor', '00000000-0000-0000-0000-000000000000');
    const { data } = await api.graphql(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [b, unknown, 'garbage', a],
    });
    expect(data!.nodes).toEqual([{ id: b }, null, null, { id: a }]);
  });
});

describe('connections', () => {
  const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
    actors(first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { cursor node { name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

  it('pages forwards and backwards through a stable order', async () => {
    const all = await api.graphql(`{ actors(first: 100) { nodes { name } } }`);
    const names: string[] = all.data!.actors.nodes.map((n: { name: string }) => n.name);
    expect(names.length).toBeGreaterThan(15);
    expect([...names].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(names);

    const forwards: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data }: { data?: any } = await api.graphql(PAGE, { first: 7, after });
      const page: any = data!.actors;
      expect(page.totalCount).toBe(names.length);
      forwards.push(...page.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forwards).toEqual(names);

    const backwards: string[] = [];
    let before: string | null = null;
    for (;;) {
      const { data }: { data?: any } = await api.graphql(PAGE, { last: 5, before });
      const page: any = data!.actors;
      backwards.unshift(...page.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backwards).toEqual(names);
  });

  it('sorts by another field in either direction', async () => {
    const { data } = await api.graphql(
      `{ actors(first: 100, orderBy: { field: NAME, direction: DESC }) { nodes { name } } }`,
    );
    const names = data!.actors.nodes.map((n: { name: string }) => n.name);
    expect(names).toEqual([...names].sort((x: string, y: string) => (x < y ? 1 : x > y ? -1 : 0)));
  });

  it.each([
    [{ first: 101 }, /"first" must be between 1 and 100, got 101/],
    [{ first: 0 }, /"first" must be between 1 and 100/],
    [{ last: 500 }, /"last" must be between 1 and 100/],
    [{ first: 5, after: 'bm90IGEgY3Vyc29y' }, /"after" is not a cursor/],
  ])('rejects %j with a readable BAD_USER_INPUT error', async (variables, message) => {
    const { data, errors } = await api.graphql(PAGE, variables);
    expect(data).toBeNull();
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(message);
  });
});
