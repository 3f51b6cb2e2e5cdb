import { startTestApi, type TestApi } from '../../testing/test-api';
import { loadReferenceAreas, referenceAreas } from './index';

let api: TestApi;
const ids: Record<string, string> = {};
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  Object.assign(
    ids,
    await api.idsOf({
      county: ['area', '23'],
      krokom: ['area', '2309'],
      are: ['area', '2321'],
      kiruna: ['area', '2584'],
      sweden: ['area', 'SE'],
    }),
  );
});
afterAll(() => api.stop());

const load = () => loadReferenceAreas(api.app.services.dataSource, api.app.services.area);

describe("Sweden's reference areas", () => {
  it('are on every database: the country, 3 NUTS-1 and 8 NUTS-2 regions, 21 counties, 290 municipalities', async () => {
    const { data } = await api.graphql(`{
      counties: areas(filter: { kind: COUNTY }, first: 100) { totalCount nodes { code name } }
      municipalities: areas(filter: { kind: MUNICIPALITY }) { totalCount }
      nuts1: areas(filter: { kind: NUTS1 }) { nodes { code name } }
      nuts2: areas(filter: { kind: NUTS2 }) { totalCount }
      country: areas(filter: { kind: COUNTRY }) { nodes { code name } }
      kiruna: area(code: "2584") {
        name kind identifiers { scheme value }
        parent { code name identifiers { scheme value } parent { code name kind parent { code kind parent { code } } } }
      }
      byNuts: areaByIdentifier(scheme: "nuts", value: "SE332") { code name }
    }`);
    expect(data!.counties.totalCount).toBe(21);
    expect(data!.counties.nodes[0]).toEqual({ code: '01', name: 'Stockholms län' });
    expect(data!.municipalities.totalCount).toBe(290);
    expect(data!.nuts1.nodes).toEqual([
      { code: 'SE1', name: 'Östra Sverige' },
      { code: 'SE2', name: 'Södra Sverige' },
      { code: 'SE3', name: 'Norra Sverige' },
    ]);
    expect(data!.nuts2.totalCount).toBe(8);
    expect(data!.country.nodes).toEqual([{ code: 'SE', name: 'Sverige' }]);
    expect(data!.kiruna).toEqual({
      name: 'Kiruna',
      kind: 'MUNICIPALITY',
      identifiers: [{ scheme: 'scb', value: '2584' }],
      parent: {
        code: '25',
        name: 'Norrbottens län',
        identifiers: [
          { scheme: 'nuts', value: 'SE332' },
          { scheme: 'scb', value: '25' },
        ],
        parent: {
          code: 'SE33',
          name: 'Övre Norrland',
          kind: 'NUTS2',
          parent: { code: 'SE3', kind: 'NUTS1', parent: { code: 'SE' } },
        },
      },
    });
    expect(data!.byNuts).toEqual({ code: '25', name: 'Norrbottens län' });
    expect(referenceAreas()).toHaveLength(1 + 3 + 8 + 21 + 290);
  });

  it('are loaded on every start: idempotent, and correcting what differs from the reference data', async () => {
    const events = async () =>
      (await api.sql(`SELECT count(*)::int AS n FROM audit_event WHERE record_type = 'Area'`))[0].n;
    const before = await events();
    expect(await load()).toEqual({ created: 0, updated: 0 });
    expect(await events()).toBe(before);

    // Someone's mistake in the database, an identifier of their own, a municipality gone missing.
    await api.sql(`UPDATE area SET name = 'Krokoms kommun' WHERE code = '2309'`);
    await api.sql(`INSERT INTO area_identifier (area_id, scheme, identifier)
                   SELECT id, 'wikidata', 'Q504990' FROM area WHERE code = '2309'`);
    expect(await load()).toEqual({ created: 0, updated: 1 });
    const { data } = await api.graphql(
      `{ area(code: "2309") { name identifiers { scheme value } } }`,
    );
    expect(data!.area).toEqual({
      name: 'Krokom',
      identifiers: [
        { scheme: 'scb', value: '2309' },
        { scheme: 'wikidata', value: 'Q504990' },
      ],
    });
    expect(await events()).toBe(before + 1);
    expect(await load()).toEqual({ created: 0, updated: 0 });
  });
});

const AREA = 'area { id code name kind version parent { code } municipalities { code name } }';

describe('areas admins add', () => {
  it('an admin adds a Leader area covering municipalities; what lies in those lies within it', async () => {
    const created = await api.mutate(
      'areaCreate',
      {
        code: 'leader-jamtland',
        name: 'Leader Jämtland',
        kind: 'LEADER_AREA',
        parent: ids.county,
        municipalities: [ids.krokom, ids.are],
      },
      AREA,
      'admin',
    );
    expect(created.userErrors).toEqual([]);
    expect(created.area).toMatchObject({
      code: 'leader-jamtland',
      kind: 'LEADER_AREA',
      parent: { code: '23' },
      municipalities: [
        { code: '2309', name: 'Krokom' },
        { code: '2321', name: 'Åre' },
      ],
    });
    // An actor in Krokom is found among the actors of the Leader area and of the county.
    await api.create('actorCreate', {
      name: 'Krokoms hembygdsförening',
      sector: 'CIVIL_SOCIETY',
      level: 'LOCAL',
      type: 'OTHER',
      areas: [ids.krokom],
    });
    const { data } = await api.graphql(
      `query ($leader: ID!, $county: ID!) {
        leader: actors(filter: { area: $leader }) { nodes { name } }
        county: actors(filter: { area: $county }, first: 100) { nodes { name } }
      }`,
      { leader: created.area.id, county: ids.county },
    );
    expect(data!.leader.nodes).toEqual([{ name: 'Krokoms hembygdsförening' }]);
    expect(data!.county.nodes).toContainEqual({ name: 'Krokoms hembygdsförening' });

    const updated = await api.mutate(
      'areaUpdate',
      { id: created.area.id, version: created.area.version, municipalities: [ids.are] },
      AREA,
      'admin',
    );
    expect(updated.area.municipalities).toEqual([{ code: '2321', name: 'Åre' }]);
  });

  it('refuses what is not an area drawn across municipalities, with nothing written', async () => {
    const rows = async () =>
      (
        await api.sql(`SELECT (SELECT count(*) FROM area)::int AS areas,
          (SELECT count(*) FROM area_municipality)::int AS covered,
          (SELECT coalesce(sum(version), 0) FROM area)::int AS versions`)
      )[0];
    const before = await rows();
    const refused = async (field: string, input: Record<string, unknown>) =>
      (await api.mutate(field, input, 'area { id }', 'admin')).userErrors;

    expect(
      await refused('areaCreate', { code: '2399', name: 'Ny kommun', kind: 'MUNICIPALITY' }),
    ).toEqual([
      {
        field: ['input', 'kind'],
        code: 'REFERENCE_DATA',
        message: expect.stringContaining(
          'LEADER_AREA, LABOUR_MARKET_REGION, PROGRAMME_AREA, OTHER',
        ),
      },
    ]);
    const [{ version }] = await api.sql(`SELECT version FROM area WHERE code = '2309'`);
    expect(
      await refused('areaUpdate', { id: ids.krokom, version, name: 'Krokoms kommun' }),
    ).toEqual([
      {
        field: ['input', 'id'],
        code: 'REFERENCE_DATA',
        message: expect.stringContaining('Krokom'),
      },
    ]);
    expect(
      await refused('areaCreate', {
        code: 'la-norr',
        name: 'Lokal arbetsmarknad Norr',
        kind: 'LABOUR_MARKET_REGION',
        municipalities: [ids.krokom, ids.county],
      }),
    ).toEqual([
      { field: ['input', 'municipalities', '1'], code: 'WRONG_KIND', message: expect.any(String) },
    ]);
    expect(
      await refused('areaCreate', { code: 'SE', name: 'Sverige igen', kind: 'OTHER' }),
    ).toEqual([{ field: ['input', 'code'], code: 'TAKEN', message: expect.any(String) }]);
    expect(await rows()).toEqual(before);
  });

  it('refuses an area within itself', async () => {
    const { area: outer } = await api.mutate(
      'areaCreate',
      { code: 'aurora', name: 'Interreg Aurora', kind: 'PROGRAMME_AREA', parent: ids.sweden },
      'area { id version }',
      'admin',
    );
    const { area: inner } = await api.mutate(
      'areaCreate',
      { code: 'aurora-norr', name: 'Aurora, norra delen', kind: 'OTHER', parent: outer.id },
      'area { id }',
      'admin',
    );
    const cycle = await api.mutate(
      'areaUpdate',
      { id: outer.id, version: outer.version, parent: inner.id },
      'area { id }',
      'admin',
    );
    expect(cycle.userErrors).toEqual([
      { field: ['input', 'parent'], code: 'CYCLE', message: expect.any(String) },
    ]);
  });

  it('is for admins only: editors, viewers and anonymous callers are refused', async () => {
    const input = { code: 'leader-x', name: 'Leader X', kind: 'LEADER_AREA' };
    const request = `mutation ($input: AreaCreateInput!) { areaCreate(input: $input) { area { id } } }`;
    for (const [as, code] of [
      ['editor', 'FORBIDDEN'],
      ['viewer', 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const { errors } = await api.graphql(request, { input }, as);
      expect([as, errors![0].extensions!.code]).toEqual([as, code]);
    }
    expect(await api.sql(`SELECT id FROM area WHERE code = 'leader-x'`)).toEqual([]);
  });
});
