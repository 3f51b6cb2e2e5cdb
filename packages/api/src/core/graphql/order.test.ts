import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

/** Every root list a person would sort, its order type and a field of its records to compare. */
const LISTS = [
  ['actors', 'ActorOrder', 'name'],
  ['forums', 'ForumOrder', 'name'],
  ['strategies', 'StrategyOrder', 'name'],
  ['people', 'PersonOrder', 'name'],
  ['topics', 'TopicOrder', 'name'],
  ['collaborationScales', 'CollaborationScaleOrder', 'name'],
  ['areas', 'AreaOrder', 'code'],
  ['sources', 'SourceOrder', 'title'],
  ['reviews', 'ReviewOrder', 'title'],
] as const;

async function list(
  field: string,
  orderType: string,
  shown: string,
  orderBy: unknown,
  filter = '',
) {
  const { data, errors } = await api.graphql(
    `query ($orderBy: ${orderType}) { ${field}(${filter}orderBy: $orderBy, first: 100) {
      nodes { id ${shown} updatedAt }
    } }`,
    { orderBy },
  );
  expect(errors).toBeUndefined();
  return data![field].nodes as ({ id: string; updatedAt: string } & Record<string, string>)[];
}

describe('orderBy', () => {
  it.each(LISTS)(
    'sorts %s either way, and by when they last changed',
    async (field, order, shown) => {
      // The 21 counties: one page of the 323 reference areas.
      const filter = field === 'areas' ? 'filter: { kind: COUNTY }, ' : '';
      const byDefault = await list(field, order, shown, null, filter);
      expect(byDefault.length).toBeGreaterThan(0);
      const key = shown === 'code' ? 'CODE' : shown === 'title' ? 'TITLE' : 'NAME';
      const ascending = await list(field, order, shown, { field: key }, filter);
      expect(ascending).toEqual(byDefault);
      const descending = await list(field, order, shown, { field: key, direction: 'DESC' }, filter);
      expect(descending.map((node) => node.id)).toEqual(ascending.map((node) => node.id).reverse());

      if (field === 'areas') return; // areas sort by code or name only
      const recent = await list(field, order, shown, { field: 'UPDATED_AT', direction: 'DESC' });
      const times = recent.map((node) => node.updatedAt);
      expect(times).toEqual([...times].sort().reverse());
    },
  );

  it('pages on in the order asked for', async () => {
    const all = await list('actors', 'ActorOrder', 'name', { field: 'NAME', direction: 'DESC' });
    const page = async (after: string | null) => {
      const { data } = await api.graphql(
        `query ($after: String) { actors(orderBy: { field: NAME, direction: DESC }, first: 5, after: $after) {
          nodes { id } pageInfo { endCursor }
        } }`,
        { after },
      );
      return data!.actors;
    };
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    expect([...first.nodes, ...second.nodes].map((node: { id: string }) => node.id)).toEqual(
      all.slice(0, 10).map((node) => node.id),
    );
  });

  it('refuses a field a list does not sort by', async () => {
    const { errors } = await api.graphql(
      `{ areas(orderBy: { field: UPDATED_AT }) { totalCount } }`,
    );
    expect(errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
