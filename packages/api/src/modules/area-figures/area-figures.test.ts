import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
const ids: Record<string, string> = {};
let beforeAnything: string;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  Object.assign(
    ids,
    await api.idsOf({
      county: ['area', '23'],
      krokom: ['area', '2309'],
      ostersund: ['area', '2380'],
      region: ['actor', 'region-jamtland-harjedalen'],
    }),
  );
  beforeAnything = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  const actor = (name: string, areas: string[]) => ({
    name,
    sector: 'CIVIL_SOCIETY',
    level: 'LOCAL',
    type: 'OTHER',
    areas,
  });
  const [byn, kust] = await api.createAll(
    'actorCreate',
    [
      actor('Byalaget i Krokom', [ids.krokom]),
      actor('Föreningen Storsjöbygden', [ids.krokom, ids.ostersund]),
    ],
    'actor { id version }',
  );
  // From 2026 the second one works in Östersund only.
  await api.mutate(
    'actorUpdate',
    { id: kust.id, version: kust.version, areas: [ids.ostersund], changesFrom: '2026-01-01' },
    'actor { id }',
  );
  const forum = await api.create(
    'forumCreate',
    { name: 'Krokomsrådet', kind: 'COUNCIL', area: ids.krokom, status: 'ACTIVE' },
    'id',
  );
  await api.createAll(
    'forumMembershipCreate',
    [
      { forum: forum.id, member: byn.id, validFrom: '2024-01-01' },
      { forum: forum.id, member: kust.id, validFrom: '2024-01-01', validTo: '2025-07-01' },
    ],
    'forumMembership { id }',
  );
  await api.create('responsibilityCreate', {
    actor: byn.id,
    subject: ids.krokom,
    role: 'LEADS',
    validFrom: '2024-01-01',
  });
});
afterAll(() => api.stop());

const FIGURES = `
  query ($asOf: LocalDate, $knownAt: DateTimeISO, $within: ID, $includeWithin: Boolean) {
    areaFigures(kind: MUNICIPALITY, within: $within, asOf: $asOf, knownAt: $knownAt, includeWithin: $includeWithin) {
      area { code name } actors responsibilities forums memberships
    }
  }`;

const byCode = (figures: { area: { code: string } }[]) =>
  Object.fromEntries(figures.map(({ area, ...rest }) => [area.code, rest]));

describe('figures per area', () => {
  it("gives every municipality's figures on a day in one request", async () => {
    const { data, errors } = await api.graphql(FIGURES, { asOf: '2025-03-01' });
    expect(errors).toBeUndefined();
    expect(data!.areaFigures).toHaveLength(290);
    const figures = byCode(data!.areaFigures);
    expect(figures['2309']).toEqual({ actors: 2, responsibilities: 1, forums: 1, memberships: 2 });
    expect(figures['2380']).toEqual({ actors: 1, responsibilities: 0, forums: 0, memberships: 0 });
    expect(figures['0114']).toEqual({ actors: 0, responsibilities: 0, forums: 0, memberships: 0 });
  });

  it('follows the day: areas and memberships as they were then', async () => {
    const { data } = await api.graphql(FIGURES, { asOf: '2026-03-01', within: ids.county });
    expect(data!.areaFigures.map((f: { area: { code: string } }) => f.area.code)).toEqual([
      '2303',
      '2305',
      '2309',
      '2313',
      '2321',
      '2326',
      '2361',
      '2380',
    ]);
    const figures = byCode(data!.areaFigures);
    expect(figures['2309']).toEqual({ actors: 1, responsibilities: 1, forums: 1, memberships: 1 });
    expect(figures['2380']).toEqual({ actors: 1, responsibilities: 0, forums: 0, memberships: 0 });
    const early = await api.graphql(FIGURES, { asOf: '2023-06-01', within: ids.county });
    expect(byCode(early.data!.areaFigures)['2309']).toEqual({
      actors: 2,
      responsibilities: 0,
      forums: 1,
      memberships: 0,
    });
  });

  it('as the register said it at a moment (knownAt)', async () => {
    const { data } = await api.graphql(FIGURES, {
      asOf: '2025-03-01',
      within: ids.county,
      knownAt: beforeAnything,
    });
    expect(byCode(data!.areaFigures)['2309']).toEqual({
      actors: 0,
      responsibilities: 0,
      forums: 0,
      memberships: 0,
    });
  });

  it('counts what lies within an area when asked: the county with its municipalities', async () => {
    const { data } = await api.graphql(
      `query ($county: ID!) { county: node(id: $county) { ... on Area {
        own: figures(asOf: "2025-03-01") { actors responsibilities forums memberships }
        all: figures(asOf: "2025-03-01", includeWithin: true) { actors responsibilities forums memberships }
      } } }`,
      { county: ids.county },
    );
    const { own, all } = data!.county;
    // The seed's county-wide actors count for the county; the two local ones only with what lies within.
    expect(all.actors).toBe(own.actors + 2);
    expect(all).toMatchObject({
      responsibilities: own.responsibilities + 1,
      forums: own.forums + 1,
    });
    expect(all.memberships).toBe(own.memberships + 2);
  });

  it('reads all 21 counties, with what lies within them, in as many statements as one', async () => {
    const query = `query ($within: ID) { areaFigures(kind: COUNTY, within: $within, includeWithin: true) {
      area { code parent { code } } actors } }`;
    const all = await api.graphql(query, {});
    const one = await api.graphql(query, { within: ids.county });
    expect(all.data!.areaFigures).toHaveLength(21);
    expect(one.data!.areaFigures).toHaveLength(1);
    // The areas; their figures; their parents.
    expect(all.statements).toBe(one.statements);
    expect(all.statements).toBeLessThanOrEqual(3);
  });

  it('refuses a `within` that is not an area', async () => {
    const { errors } = await api.graphql(FIGURES, { within: ids.region });
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
