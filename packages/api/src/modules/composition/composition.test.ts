import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
/** Global IDs by a short name. */
const ids: Record<string, string> = {};

const create = async (field: string, input: Record<string, unknown>, selection: string) =>
  (await api.createAll(field, [input], selection))[0];

const COMPOSITION = `query ($slug: String!, $asOf: LocalDate) { forum(slug: $slug) { composition(asOf: $asOf) {
  asOf actorMembers forumMembers
  bySector { sector count }
  byLevel { level count }
  byArea { area { code } count }
  municipalities { represented { code name } missing { code } }
  representativesPerMember { member { __typename ... on Actor { name } ... on Forum { name } } count }
  endingSoon { id validTo member { ... on Actor { name } ... on Forum { name } } }
} } }`;

async function composition(slug: string, asOf: string) {
  const result = await api.graphql(COMPOSITION, { slug, asOf });
  expect(result.errors).toBeUndefined();
  return result.data!.forum.composition;
}

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  Object.assign(
    ids,
    await api.idsOf({
      region: ['actor', 'region-jamtland-harjedalen'],
      miun: ['actor', 'mittuniversitetet'],
      county: ['area', '23'],
      ragunda: ['area', '2303'],
      bracke: ['area', '2305'],
      are: ['area', '2321'],
      ostersund: ['area', '2380'],
    }),
  );
});
afterAll(() => api.stop());

describe('Forum.composition', () => {
  let forumSlug: string;
  let groupSlug: string;

  beforeAll(async () => {
    const forum = await create(
      'forumCreate',
      { name: 'Länsforum', kind: 'PARTNERSHIP', area: ids.county },
      'forum { id slug }',
    );
    const group = await create(
      'forumCreate',
      { name: 'Arbetsgrupp', kind: 'WORKING_GROUP' },
      'forum { id slug }',
    );
    forumSlug = forum.slug;
    groupSlug = group.slug;
    const actor = (name: string, sector: string, area: string) => ({
      name,
      sector,
      level: 'LOCAL',
      type: 'OTHER',
      areas: [ids[area]],
    });
    const [ostersund, are, ragunda, bracke] = await api.createAll(
      'actorCreate',
      [
        actor('Kommunen i Östersund', 'PUBLIC', 'ostersund'),
        actor('Destination Åre', 'BUSINESS', 'are'),
        actor('Ragunda bygdeförening', 'CIVIL_SOCIETY', 'ragunda'),
        actor('Bräcke framtid', 'CIVIL_SOCIETY', 'bracke'),
      ],
      'actor { id }',
    );
    const [p1, p2, p3] = await api.createAll(
      'personCreate',
      [{ name: 'Anna Ordförande' }, { name: 'Bo Ledamot' }, { name: 'Cilla Kommun' }],
      'person { id }',
    );
    // The people act from outside: what is counted here does not depend on their positions.
    const member = (member: string, extra: Record<string, unknown> = {}) => ({
      forum: forum.id,
      member,
      validFrom: '2024-01-01',
      externalRepresentatives: extra.representatives,
      ...extra,
    });
    await api.createAll(
      'forumMembershipCreate',
      [
        // The region twice, in two roles: one member actor, two distinct representatives.
        member(ids.region, { role: 'CHAIR', representatives: [p1.id] }),
        member(ids.region, { representatives: [p1.id, p2.id] }),
        member(ostersund.id, { representatives: [p3.id], validTo: '2025-04-15' }),
        member(are.id, { validTo: '2025-04-16' }),
        member(ids.miun, { validTo: '2025-02-01' }),
        member(ragunda.id, { validFrom: '2023-01-01', validTo: '2025-01-15' }),
        member(bracke.id, { validFrom: '2025-01-16' }),
        member(group.id, { representatives: [p2.id] }),
      ],
      'forumMembership { id }',
    );
  });

  it('counts the member actors by sector (all four), level and area, forums apart', async () => {
    const c = await composition(forumSlug, '2025-01-15');
    expect(c).toMatchObject({ asOf: '2025-01-15', actorMembers: 4, forumMembers: 1 });
    expect(c.bySector).toEqual([
      { sector: 'PUBLIC', count: 2 },
      { sector: 'BUSINESS', count: 1 },
      { sector: 'ACADEMIA', count: 1 },
      { sector: 'CIVIL_SOCIETY', count: 0 },
    ]);
    expect(c.byLevel).toEqual([
      { level: 'LOCAL', count: 2 },
      { level: 'REGIONAL', count: 2 },
      { level: 'NATIONAL', count: 0 },
      { level: 'EU', count: 0 },
    ]);
    expect(c.byArea).toEqual([
      { area: { code: '23' }, count: 1 },
      { area: { code: '2321' }, count: 1 },
      { area: { code: '2380' }, count: 1 },
      { area: { code: 'SE32' }, count: 1 },
    ]);
  });

  it('lists the municipalities of Jämtlands län its members work in and those they miss', async () => {
    const c = await composition(forumSlug, '2025-01-15');
    expect(c.municipalities.represented).toEqual([
      { code: '2321', name: 'Åre' },
      { code: '2380', name: 'Östersund' },
    ]);
    expect(c.municipalities.missing.map((a: { code: string }) => a.code)).toEqual([
      '2303',
      '2305',
      '2309',
      '2313',
      '2326',
      '2361',
    ]);
    // The day before, the Ragunda association's membership (ending 15 January) still holds.
    const before = await composition(forumSlug, '2025-01-14');
    expect(before.bySector[3]).toEqual({ sector: 'CIVIL_SOCIETY', count: 1 });
    expect(before.municipalities.represented.map((a: { code: string }) => a.code)).toEqual([
      '2303',
      '2321',
      '2380',
    ]);
    // From 16 January, Bräcke's.
    const after = await composition(forumSlug, '2025-01-16');
    expect(after.municipalities.represented.map((a: { code: string }) => a.code)).toEqual([
      '2305',
      '2321',
      '2380',
    ]);
  });

  it('counts the distinct representatives of each member, actors and forums, by name', async () => {
    const c = await composition(forumSlug, '2025-01-15');
    expect(
      c.representativesPerMember.map(
        ({ member, count }: { member: { __typename: string; name: string }; count: number }) => [
          member.__typename,
          member.name,
          count,
        ],
      ),
    ).toEqual([
      ['Forum', 'Arbetsgrupp', 1],
      ['Actor', 'Destination Åre', 0],
      ['Actor', 'Kommunen i Östersund', 1],
      ['Actor', 'Mittuniversitetet', 0],
      ['Actor', 'Region Jämtland Härjedalen', 2],
    ]);
  });

  it('lists the memberships ending within 90 days after the day, soonest first', async () => {
    const c = await composition(forumSlug, '2025-01-15');
    // 2025-04-15 is 90 days after 2025-01-15 (in), 2025-04-16 is 91 (out).
    expect(
      c.endingSoon.map((m: { validTo: string; member: { name: string } }) => [
        m.member.name,
        m.validTo,
      ]),
    ).toEqual([
      ['Mittuniversitetet', '2025-02-01'],
      ['Kommunen i Östersund', '2025-04-15'],
    ]);
    const later = await composition(forumSlug, '2025-01-16');
    expect(later.endingSoon.map((m: { validTo: string }) => m.validTo)).toEqual([
      '2025-02-01',
      '2025-04-15',
      '2025-04-16',
    ]);
  });

  it('gives zeros for every sector and no municipalities for a forum without members or area', async () => {
    const c = await composition(groupSlug, '2025-01-15');
    expect(c).toMatchObject({
      actorMembers: 0,
      forumMembers: 0,
      byArea: [],
      municipalities: { represented: [], missing: [] },
      representativesPerMember: [],
      endingSoon: [],
    });
    expect(c.bySector.map((s: { count: number }) => s.count)).toEqual([0, 0, 0, 0]);
  });
});

describe('Forum.composition as the register said it', () => {
  it('counts the members and representatives known at a moment', async () => {
    const forum = await create(
      'forumCreate',
      { name: 'Kända rådet', kind: 'COUNCIL' },
      'forum { id slug }',
    );
    const [anna, bo] = await api.createAll(
      'personCreate',
      [{ name: 'Anna Känd' }, { name: 'Bo Känd' }],
      'person { id }',
    );
    const seat = await create(
      'forumMembershipCreate',
      {
        forum: forum.id,
        member: ids.region,
        representatives: [anna.id, bo.id],
        externalRepresentatives: [anna.id, bo.id],
      },
      'forumMembership { id version }',
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    const then = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.mutate(
      'forumMembershipUpdate',
      { id: seat.id, version: seat.version, representatives: [anna.id] },
      'forumMembership { id }',
    );
    await create(
      'forumMembershipCreate',
      { forum: forum.id, member: ids.miun },
      'forumMembership { id }',
    );
    const { data } = await api.graphql(
      `query ($slug: String!, $then: DateTimeISO) { forum(slug: $slug) {
        now: composition { actorMembers representativesPerMember { count } }
        then: composition(knownAt: $then) { actorMembers representativesPerMember { count } }
      } }`,
      { slug: forum.slug, then },
    );
    expect(data!.forum).toEqual({
      now: { actorMembers: 2, representativesPerMember: [{ count: 0 }, { count: 1 }] },
      then: { actorMembers: 1, representativesPerMember: [{ count: 2 }] },
    });
  });
});

describe('SQL statements for a composition', () => {
  const MUNICIPALITIES = ['ragunda', 'bracke', 'are', 'ostersund'];

  /** A forum for the county with `size` member actors, each in a municipality, with two people. */
  async function forumWithMembers(name: string, size: number) {
    const forum = await create(
      'forumCreate',
      { name, kind: 'NETWORK', area: ids.county },
      'forum { id slug }',
    );
    const actors = await api.createAll(
      'actorCreate',
      Array.from({ length: size }, (_, i) => ({
        name: `${name} aktör ${i}`,
        sector: ['PUBLIC', 'BUSINESS', 'ACADEMIA'][i % 3],
        level: 'LOCAL',
        type: 'OTHER',
        areas: [ids[MUNICIPALITIES[i % MUNICIPALITIES.length]]],
      })),
      'actor { id }',
    );
    const people = await api.createAll(
      'personCreate',
      Array.from({ length: size * 2 }, (_, i) => ({ name: `${name} person ${i}` })),
      'person { id }',
    );
    await api.createAll(
      'forumMembershipCreate',
      actors.map((actor, i) => ({
        forum: forum.id,
        member: actor.id,
        representatives: [people[2 * i].id, people[2 * i + 1].id],
        externalRepresentatives: [people[2 * i].id, people[2 * i + 1].id],
        validFrom: '2024-01-01',
        validTo: i % 2 === 0 ? '2025-03-01' : null,
      })),
      'forumMembership { id }',
    );
    return forum.slug as string;
  }

  it('reads the composition of a forum of 40 members in as many statements as one of 5', async () => {
    const few = await api.graphql(COMPOSITION, {
      slug: await forumWithMembers('Fem', 5),
      asOf: '2025-01-15',
    });
    const many = await api.graphql(COMPOSITION, {
      slug: await forumWithMembers('Fyrtio', 40),
      asOf: '2025-01-15',
    });
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    const c = many.data!.forum.composition;
    expect(c.actorMembers).toBe(40);
    expect(c.representativesPerMember).toHaveLength(40);
    expect(c.representativesPerMember[0].count).toBe(2);
    expect(c.endingSoon).toHaveLength(20);
    expect(c.municipalities.represented).toHaveLength(4);
    expect(many.statements).toBe(few.statements);
    // The forum; memberships, municipalities and the actors' areas; then areas, actors and forums
    // through their loaders.
    expect(many.statements).toBeLessThanOrEqual(7);
  });

  it('batches the compositions of a list of forums: two forums cost what six do', async () => {
    const query = `query ($first: Int!) { forums(first: $first) { nodes { name composition(asOf: "2025-01-15") {
      actorMembers bySector { count } municipalities { missing { code } } } } } }`;
    for (const name of ['Extra ett', 'Extra två', 'Extra tre', 'Extra fyra']) {
      await forumWithMembers(name, 1);
    }
    const two = await api.graphql(query, { first: 2 });
    const six = await api.graphql(query, { first: 6 });
    expect(two.errors).toBeUndefined();
    expect(six.data!.forums.nodes).toHaveLength(6);
    expect(six.statements).toBe(two.statements);
    // The page of forums; memberships, municipalities, the actors' areas (each once for all
    // forums); the missing municipalities through the area loader.
    expect(six.statements).toBeLessThanOrEqual(6);
  });
});
