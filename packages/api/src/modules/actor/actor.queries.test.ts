import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

const LIST = `query ($filter: ActorFilter, $first: Int) {
  actors(filter: $filter, first: $first) {
    totalCount
    nodes { name shortName areas { code name } parent { name } sources { quote section source { title } } }
  }
}`;

async function names(filter: Record<string, unknown>) {
  const { data, errors } = await api.graphql(LIST, { filter, first: 100 });
  expect(errors).toBeUndefined();
  return data!.actors.nodes.map((a: { name: string }) => a.name);
}

describe('actors(filter:)', () => {
  it('finds by Swedish prefix search on names ("läns")', async () => {
    expect(await names({ search: 'läns' })).toEqual([
      'Länsstyrelsen Jämtlands län',
      'Länsstyrelsen Västerbotten',
    ]);
  });

  it('finds by short name ("MIUN") and by several words', async () => {
    expect(await names({ search: 'MIUN' })).toEqual(['Mittuniversitetet']);
    expect(await names({ search: 'region jämt' })).toEqual(['Region Jämtland Härjedalen']);
  });

  it('filters by sector and level', async () => {
    expect(await names({ sector: 'ACADEMIA' })).toEqual(['Mittuniversitetet']);
    const national = await names({ level: 'NATIONAL', sector: 'PUBLIC' });
    expect(national).toEqual(['ESF-rådet', 'Försäkringskassan', 'Sametinget', 'Tillväxtverket']);
  });

  it('filters by area, including the areas within it', async () => {
    const { data } = await api.graphql(
      `{ se: area(code: "SE") { id } county: area(code: "23") { id } }`,
    );
    const inCounty = await names({ area: data!.county.id });
    expect(inCounty).toContain('Region Jämtland Härjedalen');
    expect(inCounty).not.toContain('Tillväxtverket');
    const inSweden = await names({ area: data!.se.id });
    expect(inSweden).toEqual(
      expect.arrayContaining([...inCounty, 'Tillväxtverket', 'Mittuniversitetet']),
    );
  });

  it('reads an actor by slug with its parent, areas and cited passages', async () => {
    const { data } = await api.graphql(`{ actor(slug: "regionala-utvecklingsnamnden") {
      name parent { slug } areas { code } sources { quote section source { title publisher { name } } } } }`);
    expect(data!.actor).toEqual({
      name: 'Regionala utvecklingsnämnden',
      parent: { slug: 'region-jamtland-harjedalen' },
      areas: [{ code: '23' }],
      sources: [
        {
          quote: expect.stringContaining('På uppdrag av regionala utvecklingsnämnden'),
          section: 'Bakgrund och syfte',
          source: {
            title: 'Slutrapport Översyn Länspartnerskapet',
            publisher: { name: 'Region Jämtland Härjedalen' },
          },
        },
      ],
    });
  });
});

describe('SQL statements per request', () => {
  it('lists 100 actors with areas, parent and sources in as many statements as 5', async () => {
    const create = `mutation ($input: ActorCreateInput!) { actorCreate(input: $input) { userErrors { code } } }`;
    const { data } = await api.graphql(
      `{ area(code: "2380") { id } actor(slug: "region-jamtland-harjedalen") { id } sources { nodes { id } } }`,
    );
    for (let i = 0; i < 100; i++) {
      await api.graphql(
        create,
        {
          input: {
            name: `Testaktör ${String(i).padStart(3, '0')}`,
            sector: 'BUSINESS',
            level: 'LOCAL',
            type: 'COMPANY',
            areas: [data!.area.id],
            parent: data!.actor.id,
            sources: [{ source: data!.sources.nodes[0].id, quote: 'Almi' }],
          },
        },
        'editor',
      );
    }
    const five = await api.graphql(LIST, { filter: { search: 'testaktör' }, first: 5 });
    const hundred = await api.graphql(LIST, { filter: { search: 'testaktör' }, first: 100 });
    expect(five.data!.actors.nodes).toHaveLength(5);
    expect(hundred.data!.actors.nodes).toHaveLength(100);
    expect(hundred.data!.actors.nodes[99].areas).toEqual([{ code: '2380', name: 'Östersund' }]);
    expect(hundred.statements).toBe(five.statements);
    // page + count + areas' ids + areas + parents + citations + sources
    expect(hundred.statements).toBeLessThanOrEqual(7);
  });
});
