import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../core/relay/global-id';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { expectOnlyEditorsMay } from '../../testing/access';

let api: TestApi;
let regionId: string;
let countyBoardId: string;
let universityId: string;
let municipalitiesId: string;
let countyId: string;
let sourceId: string;

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  ({ regionId, countyBoardId, universityId, municipalitiesId, countyId, sourceId } =
    await api.idsOf({
      regionId: ['actor', 'region-jamtland-harjedalen'],
      countyBoardId: ['actor', 'lansstyrelsen-jamtlands-lan'],
      universityId: ['actor', 'mittuniversitetet'],
      municipalitiesId: ['actor', 'kommunforbundet-jamtland-harjedalen'],
      countyId: ['area', '23'],
      sourceId: ['firstSource'],
    }));
});
afterAll(() => api.stop());

const FORUM = 'forum { id slug name shortName kind status purpose version parent { slug } }';
const MEMBERSHIP = `forumMembership {
  id category role validFrom validTo version
  forum { slug }
  member { __typename ... on Actor { slug } ... on Forum { slug } }
  representatives { slug }
}`;

async function forum(input: Record<string, unknown>) {
  const payload = await api.mutate('forumCreate', { kind: 'PARTNERSHIP', ...input }, FORUM);
  expect(payload.userErrors).toEqual([]);
  return payload.forum as { id: string; slug: string; version: number };
}

async function person(name: string) {
  const payload = await api.mutate('personCreate', { name }, 'person { id slug }');
  expect(payload.userErrors).toEqual([]);
  return payload.person as { id: string; slug: string };
}

async function membership(input: Record<string, unknown>) {
  const payload = await api.mutate('forumMembershipCreate', input, MEMBERSHIP);
  expect(payload.userErrors).toEqual([]);
  return payload.forumMembership as { id: string; version: number };
}

/** Rows in the tables the forum mutations write, to prove a refused one wrote nothing. */
async function writtenRows() {
  const [row] = await api.sql(`SELECT
    (SELECT count(*) FROM forum)::int AS forums,
    (SELECT coalesce(sum(version), 0) FROM forum)::int AS forum_versions,
    (SELECT count(*) FROM forum_citation)::int AS forum_citations,
    (SELECT count(*) FROM forum_membership)::int AS memberships,
    (SELECT coalesce(sum(version), 0) FROM forum_membership)::int AS membership_versions,
    (SELECT count(*) FROM forum_membership_representative)::int AS representatives,
    (SELECT count(*) FROM forum_membership_citation)::int AS membership_citations,
    (SELECT count(*) FROM audit_event)::int AS audit`);
  return row;
}

type Member = {
  category: string | null;
  role: string;
  member: { __typename: string; slug: string };
  representatives: { slug: string }[];
};
const label = (m: Member) => `${m.category ?? '-'}/${m.role}/${m.member.slug}`;

async function membersOn(asOf: string, args = '') {
  const { data, errors } = await api.graphql(
    `query ($asOf: LocalDate) { forum(slug: "lanspartnerskapet") {
      members(asOf: $asOf${args}) {
        category role member { __typename ... on Actor { slug } ... on Forum { slug } }
        representatives { slug }
      }
    } }`,
    { asOf },
  );
  expect(errors).toBeUndefined();
  return (data!.forum.members as Member[]).map(label);
}

describe('forums and memberships', () => {
  it('create → read through every list → update → end → history', async () => {
    const chair = await person('Forum Ordförandesson');
    const [anna, bo, cy] = [
      await person('Anna Företrädare'),
      await person('Bo Företrädare'),
      await person('Cy Företrädare'),
    ];
    // Who acts for a member holds a position there.
    await api.createAll(
      'positionCreate',
      [
        { person: anna.id, actor: countyBoardId, title: 'handläggare', validFrom: '2022-01-01' },
        { person: bo.id, actor: countyBoardId, title: 'enhetschef', validFrom: '2022-01-01' },
        { person: cy.id, actor: regionId, validFrom: '2022-01-01' },
      ],
      'position { id }',
    );
    const lps = await forum({
      name: 'Länspartnerskapet',
      shortName: 'LPS',
      description: 'Regionens forum för samverkan kring regional utveckling.',
      goal: 'En gemensam riktning för länets utveckling.',
      purpose: ['  Förankra den regionala utvecklingsstrategin.  ', 'Samordna insatser.'],
      convenor: regionId,
      chair: chair.id,
      area: countyId,
      sources: [{ source: sourceId, quote: 'Länspartnerskapet', section: 'Forum' }],
    });
    expect(lps.slug).toBe('lanspartnerskapet');
    const presidium = await forum({
      kind: 'PRESIDIUM',
      name: 'Länspartnerskapets presidium',
      parent: lps.id,
    });
    const structural = await forum({ name: 'Strukturfondspartnerskapet', area: countyId });

    const read = await api.graphql(
      `{ forum(slug: "lanspartnerskapet") {
        id name shortName kind status goal purpose
        convenor { slug } chair { slug } area { code } parent { slug }
        children { slug parent { slug } }
        sources { quote section source { id } }
      } }`,
    );
    expect(read.data!.forum).toEqual({
      id: lps.id,
      name: 'Länspartnerskapet',
      shortName: 'LPS',
      kind: 'PARTNERSHIP',
      status: 'ACTIVE',
      goal: 'En gemensam riktning för länets utveckling.',
      purpose: ['Förankra den regionala utvecklingsstrategin.', 'Samordna insatser.'],
      convenor: { slug: 'region-jamtland-harjedalen' },
      chair: { slug: chair.slug },
      area: { code: '23' },
      parent: null,
      children: [{ slug: presidium.slug, parent: { slug: 'lanspartnerskapet' } }],
      sources: [{ quote: 'Länspartnerskapet', section: 'Forum', source: { id: sourceId } }],
    });

    // forums(filter): by kind, status, area and search (the short name, and a stemmed word).
    const list = async (filter: Record<string, unknown>) => {
      const { data, errors } = await api.graphql(
        `query ($filter: ForumFilter) { forums(filter: $filter) { totalCount nodes { slug } } }`,
        { filter },
      );
      expect(errors).toBeUndefined();
      return data!.forums.nodes.map((f: { slug: string }) => f.slug);
    };
    expect(await list({})).toEqual([lps.slug, presidium.slug, structural.slug]);
    expect(await list({ kind: 'PARTNERSHIP' })).toEqual([lps.slug, structural.slug]);
    expect(await list({ kind: 'PRESIDIUM', status: 'ACTIVE' })).toEqual([presidium.slug]);
    expect(await list({ area: countyId })).toEqual([lps.slug, structural.slug]);
    expect(await list({ search: 'lps' })).toEqual([lps.slug]);
    expect(await list({ search: 'samverkan regional' })).toEqual([lps.slug]);
    expect(await list({ search: 'strukturfond' })).toEqual([structural.slug]);

    const countyBoard = await membership({
      forum: lps.id,
      member: countyBoardId,
      category: 'Myndigheter',
      representatives: [anna.id, bo.id],
      validFrom: '2023-01-01',
    });
    expect(
      (await api.graphql(`query ($id: ID!) { node(id: $id) { id } }`, { id: countyBoard.id })).data!
        .node,
    ).toEqual({ id: countyBoard.id });
    const region = await api.mutate(
      'forumMembershipCreate',
      {
        forum: lps.id,
        member: regionId,
        category: 'Regionala aktörer',
        role: 'CONVENOR',
        representatives: [cy.id],
        validFrom: '2023-01-01',
      },
      MEMBERSHIP,
    );
    expect(region.forumMembership).toMatchObject({
      role: 'CONVENOR',
      forum: { slug: 'lanspartnerskapet' },
      member: { __typename: 'Actor', slug: 'region-jamtland-harjedalen' },
      representatives: [{ slug: cy.slug }],
    });
    const forumMember = await api.mutate(
      'forumMembershipCreate',
      {
        forum: lps.id,
        member: structural.id,
        category: 'Organisationer i länet',
        validFrom: '2023-01-01',
      },
      MEMBERSHIP,
    );
    expect(forumMember.userErrors).toEqual([]);
    expect(forumMember.forumMembership).toMatchObject({
      role: 'MEMBER',
      member: { __typename: 'Forum', slug: 'strukturfondspartnerskapet' },
      representatives: [],
    });
    await membership({ forum: lps.id, member: universityId, validFrom: '2023-01-01' });
    await membership({ forum: lps.id, member: municipalitiesId, validFrom: '2023-01-01' });
    await membership({
      forum: lps.id,
      member: universityId,
      role: 'CONVENOR',
      validFrom: '2023-01-01',
      validTo: '2023-07-01',
    });

    // Forum.members: category (none first), role (in the order of MembershipRole), member name.
    expect(await membersOn('2023-06-30')).toEqual([
      '-/MEMBER/kommunforbundet-jamtland-harjedalen',
      '-/MEMBER/mittuniversitetet',
      '-/CONVENOR/mittuniversitetet',
      'Myndigheter/MEMBER/lansstyrelsen-jamtlands-lan',
      'Organisationer i länet/MEMBER/strukturfondspartnerskapet',
      'Regionala aktörer/CONVENOR/region-jamtland-harjedalen',
    ]);
    expect(await membersOn('2024-06-01')).toEqual([
      '-/MEMBER/kommunforbundet-jamtland-harjedalen',
      '-/MEMBER/mittuniversitetet',
      'Myndigheter/MEMBER/lansstyrelsen-jamtlands-lan',
      'Organisationer i länet/MEMBER/strukturfondspartnerskapet',
      'Regionala aktörer/CONVENOR/region-jamtland-harjedalen',
    ]);
    expect(await membersOn('2024-06-01', ', category: "Myndigheter"')).toEqual([
      'Myndigheter/MEMBER/lansstyrelsen-jamtlands-lan',
    ]);
    expect(await membersOn('2024-06-01', ', role: CONVENOR')).toEqual([
      'Regionala aktörer/CONVENOR/region-jamtland-harjedalen',
    ]);
    expect(
      await membersOn('2024-06-01', ', category: "Organisationer i länet", role: CONVENOR'),
    ).toEqual([]);

    const elsewhere = await api.graphql(
      `query ($asOf: LocalDate) {
        actor(slug: "lansstyrelsen-jamtlands-lan") { memberships(asOf: $asOf) { role category forum { slug } } }
        anna: person(slug: "${anna.slug}") {
          representations(asOf: $asOf) {
            forum { slug } member { ... on Actor { slug } } representatives { slug }
          }
        }
        structural: forum(slug: "strukturfondspartnerskapet") {
          memberships(asOf: $asOf) { category forum { slug } member { ... on Forum { slug } } }
          members(asOf: $asOf) { id }
        }
      }`,
      { asOf: '2024-06-01' },
    );
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data).toEqual({
      actor: {
        memberships: [
          { role: 'MEMBER', category: 'Myndigheter', forum: { slug: 'lanspartnerskapet' } },
        ],
      },
      anna: {
        representations: [
          {
            forum: { slug: 'lanspartnerskapet' },
            member: { slug: 'lansstyrelsen-jamtlands-lan' },
            representatives: [{ slug: anna.slug }, { slug: bo.slug }],
          },
        ],
      },
      structural: {
        memberships: [
          {
            category: 'Organisationer i länet',
            forum: { slug: 'lanspartnerskapet' },
            member: { slug: 'strukturfondspartnerskapet' },
          },
        ],
        members: [],
      },
    });

    const updated = await api.mutate(
      'forumMembershipUpdate',
      {
        id: countyBoard.id,
        version: 1,
        representatives: [bo.id],
        category: 'Statliga myndigheter',
      },
      MEMBERSHIP,
    );
    expect(updated.userErrors).toEqual([]);
    expect(updated.forumMembership).toMatchObject({
      version: 2,
      category: 'Statliga myndigheter',
      representatives: [{ slug: bo.slug }],
      member: { slug: 'lansstyrelsen-jamtlands-lan' },
      validFrom: '2023-01-01',
    });

    const ended = await api.mutate(
      'forumMembershipEnd',
      { id: countyBoard.id, version: 2, validTo: '2025-01-01' },
      MEMBERSHIP,
    );
    expect(ended.forumMembership).toMatchObject({ validTo: '2025-01-01', version: 3 });

    // Boundary days of the half-open period [2023-01-01, 2025-01-01).
    const countyBoardOn = async (asOf: string) =>
      (await membersOn(asOf)).filter((m) => m.endsWith('/lansstyrelsen-jamtlands-lan'));
    expect(await countyBoardOn('2022-12-31')).toEqual([]);
    expect(await countyBoardOn('2023-01-01')).toEqual([
      'Statliga myndigheter/MEMBER/lansstyrelsen-jamtlands-lan',
    ]);
    expect(await countyBoardOn('2024-12-31')).toHaveLength(1);
    expect(await countyBoardOn('2025-01-01')).toEqual([]);
    const onEnd = await api.graphql(`{
      actor(slug: "lansstyrelsen-jamtlands-lan") { memberships(asOf: "2025-01-01") { id } }
      bo: person(slug: "${bo.slug}") { representations(asOf: "2025-01-01") { id } }
      before: person(slug: "${bo.slug}") { representations(asOf: "2024-12-31") { id } }
    }`);
    expect(onEnd.data).toEqual({
      actor: { memberships: [] },
      bo: { representations: [] },
      before: { representations: [{ id: countyBoard.id }] },
    });
    // Default asOf is today: the membership has ended, the others still hold.
    const now = await api.graphql(
      `{ forum(slug: "lanspartnerskapet") { members { member { ... on Actor { slug } } } } }`,
    );
    expect(now.data!.forum.members).toHaveLength(4);

    // A forum is dissolved on a day, not by an update of its status.
    const byUpdate = await api.mutate(
      'forumUpdate',
      { id: presidium.id, version: 1, status: 'DISSOLVED' },
      FORUM,
    );
    expect(byUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'status'], code: 'INVALID' }),
    ]);
    const dissolved = await api.mutate(
      'forumDissolve',
      { id: presidium.id, version: 1, dissolvedOn: '2025-06-01' },
      `${FORUM.replace('status', 'status dissolvedOn')}`,
    );
    expect(dissolved.forum).toMatchObject({
      status: 'DISSOLVED',
      dissolvedOn: '2025-06-01',
      version: 2,
      parent: { slug: lps.slug },
    });
    expect(await list({ status: 'DISSOLVED' })).toEqual([presidium.slug]);

    const history = await api.graphql(
      `query ($membership: ID!, $forum: ID!) {
        membership: node(id: $membership) { ... on ForumMembership { history { nodes { operation after } } } }
        forum: node(id: $forum) { ... on Forum { history { nodes { operation } } } }
      }`,
      { membership: countyBoard.id, forum: presidium.id },
    );
    const events = history.data!.membership.history.nodes;
    expect(events.map((e: { operation: string }) => e.operation)).toEqual([
      'END',
      'UPDATE',
      'CREATE',
    ]);
    expect(events[2].after).toMatchObject({
      category: 'Myndigheter',
      representativeIds: [expect.any(String), expect.any(String)],
      validFrom: '2023-01-01',
    });
    expect(history.data!.forum.history.nodes).toEqual([
      { operation: 'END' },
      { operation: 'CREATE' },
    ]);

    const again = await api.mutate(
      'forumMembershipEnd',
      { id: countyBoard.id, version: 3 },
      MEMBERSHIP,
    );
    expect(again.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'ENDED' }),
    ]);
  });

  it('brings a recorded end forward, never puts it off', async () => {
    const host = await forum({ name: 'Tidsbegränsat forum' });
    const seat = await membership({
      forum: host.id,
      member: regionId,
      validFrom: '2026-01-01',
      validTo: '2030-01-01',
    });
    const end = (version: number, validTo: string) =>
      api.mutate('forumMembershipEnd', { id: seat.id, version, validTo }, MEMBERSHIP);

    const earlier = await end(1, '2027-07-01');
    expect(earlier.userErrors).toEqual([]);
    expect(earlier.forumMembership).toMatchObject({ validTo: '2027-07-01', version: 2 });
    for (const later of ['2027-07-01', '2029-01-01']) {
      const refused = await end(2, later);
      expect(refused.userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'validTo'], code: 'ENDED' }),
      ]);
      expect(refused.userErrors[0].message).toMatch(/already ends on 2027-07-01/);
    }
  });

  it('refuses bad forums with every problem and its path, writing nothing', async () => {
    const top = await forum({ name: 'Felforum överst' });
    const middle = await forum({ name: 'Felforum mitten', parent: top.id });
    const bottom = await forum({ name: 'Felforum nederst', parent: middle.id });
    const before = await writtenRows();

    const empty = await api.mutate(
      'forumCreate',
      { kind: 'NETWORK', name: '  ', purpose: ['Ett syfte.', '   ', 'x'.repeat(1001)] },
      FORUM,
    );
    expect(empty.forum).toBeNull();
    expect(empty.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'name'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'purpose', '1'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'purpose', '2'], code: 'TOO_LONG' }),
    ]);

    const sameName = await api.mutate(
      'forumCreate',
      { kind: 'NETWORK', name: 'Felforum överst' },
      FORUM,
    );
    expect(sameName.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'name'], code: 'TAKEN' }),
    ]);
    const sameSlug = await api.mutate(
      'forumCreate',
      { kind: 'NETWORK', name: 'Något annat', slug: top.slug },
      FORUM,
    );
    expect(sameSlug.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'slug'], code: 'TAKEN' }),
    ]);

    const cycle = await api.mutate(
      'forumUpdate',
      { id: top.id, version: 1, parent: bottom.id },
      FORUM,
    );
    expect(cycle.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'parent'], code: 'CYCLE' }),
    ]);
    const itself = await api.mutate(
      'forumUpdate',
      { id: top.id, version: 1, parent: top.id },
      FORUM,
    );
    expect(itself.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'parent'], code: 'CYCLE' }),
    ]);

    const unknown = await api.mutate(
      'forumCreate',
      {
        kind: 'COUNCIL',
        name: 'Okända referenser',
        convenor: toGlobalId('Actor', randomUUID()),
        area: toGlobalId('Area', randomUUID()),
      },
      FORUM,
    );
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'convenor'], code: 'NOT_FOUND' }),
      expect.objectContaining({ field: ['input', 'area'], code: 'NOT_FOUND' }),
    ]);
    const wrongType = await api.mutate(
      'forumCreate',
      { kind: 'COUNCIL', name: 'Fel sorts ordförande', chair: regionId },
      FORUM,
    );
    expect(wrongType.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'chair'], code: 'NOT_FOUND' }),
    ]);

    const stale = await api.mutate(
      'forumUpdate',
      { id: middle.id, version: 2, name: 'Felforum i mitten' },
      FORUM,
    );
    expect(stale.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'STALE_VERSION' }),
    ]);

    expect(await writtenRows()).toEqual(before);
  });

  it('refuses bad memberships with every problem and its path, writing nothing', async () => {
    const host = await forum({ name: 'Medlemsprövningen' });
    const rep = await person('Dag Företrädare');
    const first = await membership({
      forum: host.id,
      member: universityId,
      validFrom: '2020-01-01',
      validTo: '2021-01-01',
    });
    const before = await writtenRows();
    const create = (input: Record<string, unknown>) =>
      api.mutate('forumMembershipCreate', { forum: host.id, ...input }, MEMBERSHIP);

    const area = await create({ member: countyId });
    expect(area.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'member'], code: 'WRONG_KIND' }),
    ]);
    const itself = await create({ member: host.id });
    expect(itself.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'member'], code: 'INVALID' }),
    ]);
    const overlapping = await create({ member: universityId, validFrom: '2020-06-01' });
    expect(overlapping.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'validFrom'], code: 'OVERLAPPING_PERIOD' }),
    ]);
    expect(overlapping.userErrors[0].message).toMatch(/2020-01-01 until 2021-01-01/);
    const backwards = await create({
      member: regionId,
      validFrom: '2022-05-01',
      validTo: '2022-01-01',
    });
    expect(backwards.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'validTo'], code: 'INVALID_PERIOD' }),
    ]);
    const unknownPerson = await create({
      member: regionId,
      representatives: [rep.id, toGlobalId('Person', randomUUID())],
    });
    expect(unknownPerson.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'representatives', '1'], code: 'NOT_FOUND' }),
    ]);
    const stale = await api.mutate(
      'forumMembershipUpdate',
      { id: first.id, version: 7, category: 'Högskolor' },
      MEMBERSHIP,
    );
    expect(stale.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'STALE_VERSION' }),
    ]);
    const backwardsByUpdate = await api.mutate(
      'forumMembershipUpdate',
      { id: first.id, version: 1, validTo: '2019-01-01' },
      MEMBERSHIP,
    );
    expect(backwardsByUpdate.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'validTo'], code: 'INVALID_PERIOD' }),
    ]);
    expect(await writtenRows()).toEqual(before);

    // The same member in another role, or adjacent in time, is no overlap.
    await membership({
      forum: host.id,
      member: universityId,
      role: 'CHAIR',
      validFrom: '2020-06-01',
    });
    await membership({ forum: host.id, member: universityId, validFrom: '2021-01-01' });
  });

  it('has the database refuse a membership with no or two members, and overlaps', async () => {
    const host = await forum({ name: 'Databasprovet' });
    const other = await forum({ name: 'Databasprovet två' });
    const [{ id: forumId }] = await api.sql(`SELECT id FROM forum WHERE slug = $1`, [host.slug]);
    const [{ id: otherId }] = await api.sql(`SELECT id FROM forum WHERE slug = $1`, [other.slug]);
    const [{ id: actorId }] = await api.sql(
      `SELECT id FROM actor WHERE slug = 'mittuniversitetet'`,
    );
    const insert = (actor: string | null, member: string | null, from: string | null = null) =>
      api.sql(
        `INSERT INTO forum_membership (forum_id, member_actor_id, member_forum_id, valid_from)
         VALUES ($1, $2, $3, $4)`,
        [forumId, actor, member, from],
      );
    await expect(insert(null, null)).rejects.toThrow(/forum_membership_one_member/);
    await expect(insert(actorId, otherId)).rejects.toThrow(/forum_membership_one_member/);
    await insert(actorId, null, '2020-01-01');
    await expect(insert(actorId, null, '2021-01-01')).rejects.toThrow(
      /forum_membership_no_overlap/,
    );
    await insert(null, otherId, '2020-01-01');
    await expect(insert(null, otherId, '2019-01-01')).rejects.toThrow(
      /forum_membership_no_overlap/,
    );
    await expect(insert(null, forumId)).rejects.toThrow(/forum_membership_not_itself/);
  });

  it('refuses a forum that would contain itself through memberships, on overlapping days', async () => {
    const [a, b, c] = [
      await forum({ name: 'Cykelprovet A' }),
      await forum({ name: 'Cykelprovet B' }),
      await forum({ name: 'Cykelprovet C' }),
    ];
    await membership({ forum: b.id, member: a.id, validFrom: '2020-01-01', validTo: '2022-01-01' });
    await membership({ forum: c.id, member: b.id, validFrom: '2021-01-01' });
    const before = await writtenRows();
    const create = (input: Record<string, unknown>) =>
      api.mutate('forumMembershipCreate', input, MEMBERSHIP);

    // A in B and B in A at once, directly and through C (A in B in C, C in A during 2021).
    for (const [host, member] of [
      [a, b],
      [a, c],
    ]) {
      const refused = await create({ forum: host.id, member: member.id, validFrom: '2021-06-01' });
      expect(refused.userErrors).toEqual([
        expect.objectContaining({ field: ['input', 'member'], code: 'CYCLE' }),
      ]);
      expect(refused.userErrors[0].message).toMatch(/from 2021-06-01 until 2022-01-01/);
    }
    expect(await writtenRows()).toEqual(before);
    // Once A has left B, C may sit in A.
    await membership({ forum: a.id, member: c.id, validFrom: '2022-01-01' });
  });

  it('lets no VIEWER or anonymous caller change anything; an EDITOR may', async () => {
    const host = await forum({ name: 'Behörighetsprovet', area: api.sweden });
    const before = await writtenRows();
    await expectOnlyEditorsMay(
      api,
      [
        ['forumCreate', { kind: 'NETWORK', name: 'Obehörigt forum', area: api.sweden }],
        ['forumMembershipCreate', { forum: host.id, member: regionId }],
        ['forumUpdate', { id: host.id, version: 1, status: 'PROPOSED' }],
        ['forumDissolve', { id: host.id, version: 2 }],
      ],
      writtenRows,
    );
    expect((await writtenRows()).forums).toBe(before.forums + 1);
  });
});

describe('a forum as known before it was entered', () => {
  it('has no status then (found by fuzz.test.ts)', async () => {
    const payload = await api.mutate(
      'forumCreate',
      { kind: 'NETWORK', name: 'Nätverket som kom sent', area: countyId },
      'forum { id }',
    );
    const { data, errors } = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Forum { then: status(knownAt: "2001-01-01T00:00:00Z") now: status } } }`,
      { id: payload.forum.id },
    );
    expect(errors).toBeUndefined();
    expect(data!.node).toEqual({ then: null, now: 'ACTIVE' });
  });
});

describe('SQL statements per request', () => {
  it('reads a forum with 50 members, their representatives and other memberships in as many statements as 5', async () => {
    const small = await forum({ name: 'Litet statementforum' });
    const large = await forum({ name: 'Stort statementforum' });
    const other = await forum({ name: 'Annat statementforum' });
    let n = 0;
    const addMembers = async (host: { id: string }, count: number) => {
      for (let i = 0; i < count; i++, n++) {
        const actor = await api.mutate(
          'actorCreate',
          {
            name: `Statementaktör ${String(n).padStart(3, '0')}`,
            sector: 'BUSINESS',
            level: 'LOCAL',
            type: 'COMPANY',
          },
          'actor { id }',
        );
        const reps = [await person(`Företrädare ${n} A`), await person(`Företrädare ${n} B`)];
        await membership({
          forum: host.id,
          member: actor.actor.id,
          category: i % 2 ? 'Organisationer i länet' : 'Regionala aktörer',
          representatives: reps.map((r) => r.id),
          externalRepresentatives: reps.map((r) => r.id),
          validFrom: '2024-01-01',
          sources: [{ source: sourceId, quote: 'deltagare' }],
        });
        await membership({ forum: other.id, member: actor.actor.id, validFrom: '2024-01-01' });
      }
    };
    await addMembers(small, 5);
    await addMembers(large, 50);

    const query = `query ($slug: String!) { forum(slug: $slug) {
      name convenor { name } chair { name } area { name } parent { name } children { name }
      members {
        category role validFrom
        member {
          __typename
          ... on Actor { name memberships { role forum { name } } }
          ... on Forum { name }
        }
        representatives { name }
        sources { quote }
      }
    } }`;
    const five = await api.graphql(query, { slug: small.slug });
    const fifty = await api.graphql(query, { slug: large.slug });
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(five.data!.forum.members).toHaveLength(5);
    expect(fifty.data!.forum.members).toHaveLength(50);
    expect(fifty.data!.forum.members[49]).toMatchObject({
      member: {
        __typename: 'Actor',
        memberships: [
          { role: 'MEMBER', forum: { name: 'Stort statementforum' } },
          { role: 'MEMBER', forum: { name: 'Annat statementforum' } },
        ],
      },
      representatives: [
        { name: expect.stringMatching(/A$/) },
        { name: expect.stringMatching(/B$/) },
      ],
      sources: [{ quote: 'deltagare' }],
    });
    expect(fifty.statements).toBe(five.statements);
    // forum + children + members + actors + memberships + their forums + representative ids
    // + people + citations
    expect(fifty.statements).toBeLessThanOrEqual(9);
  });
});

describe('anchoredIn', () => {
  it('anchors a forum in strategies, listed from both sides, replaced on update, refused when unknown', async () => {
    const strategy = async (name: string) =>
      (
        await api.mutate(
          'strategyCreate',
          { name, kind: 'PROGRAMME', status: 'ACTIVE' },
          'strategy { id }',
        )
      ).strategy.id as string;
    const rus = await strategy('Förankringsstrategi');
    const rsp = await strategy('Förankringsprogram');
    const created = await api.mutate(
      'forumCreate',
      { name: 'Förankrat forum', kind: 'PARTNERSHIP', anchoredIn: [rus, rsp] },
      'forum { id version anchoredIn { name } }',
    );
    expect(created.forum.anchoredIn).toEqual([
      { name: 'Förankringsstrategi' },
      { name: 'Förankringsprogram' },
    ]);
    const fromStrategy = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Strategy { anchoredForums { name } } } }`,
      { id: rsp },
    );
    expect(fromStrategy.data!.node.anchoredForums).toEqual([{ name: 'Förankrat forum' }]);

    const updated = await api.mutate(
      'forumUpdate',
      { id: created.forum.id, version: created.forum.version, anchoredIn: [rsp] },
      'forum { anchoredIn { name } }',
    );
    expect(updated.forum.anchoredIn).toEqual([{ name: 'Förankringsprogram' }]);

    const unknown = await api.mutate(
      'forumCreate',
      {
        name: 'Oförankrat forum',
        kind: 'NETWORK',
        anchoredIn: [rus, 'U3RyYXRlZ3k6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw'],
      },
      'forum { id }',
    );
    expect(unknown.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'anchoredIn', '1'], code: 'NOT_FOUND' }),
    ]);
  });
});
