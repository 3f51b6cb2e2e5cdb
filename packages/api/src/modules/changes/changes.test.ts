import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
const areas: Record<string, string> = {};
let since: string;

/** The records this file changes, one entry per change, in order. */
let made: { id: string; type: string }[] = [];

const created = (field: string, input: Record<string, unknown>, selection?: string) =>
  api.create(field, input, selection);

const actor = (name: string, areaCodes: string[]) =>
  created('actorCreate', {
    name,
    sector: 'BUSINESS',
    level: 'LOCAL',
    type: 'COMPANY',
    areas: areaCodes.map((code) => areas[code]),
  });

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  const { data } = await api.graphql(`{
    se: area(code: "SE") { id } county: area(code: "23") { id }
    ostersund: area(code: "2380") { id } are: area(code: "2321") { id }
  }`);
  areas.SE = data!.se.id;
  areas['23'] = data!.county.id;
  areas['2380'] = data!.ostersund.id;
  areas['2321'] = data!.are.id;

  // Everything before this instant is the seed's.
  await new Promise((resolve) => setTimeout(resolve, 5));
  since = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));

  const inOstersund = await actor('Östersunds bageri', ['2380']);
  const inCounty = await actor('Länets cykelverkstad', ['23']);
  const inSweden = await actor('Rikets konsultbyrå', ['SE']);
  const updated = await api.mutate(
    'actorUpdate',
    { id: inOstersund.id, version: inOstersund.version, description: 'Bakar bröd.' },
    'actor { id }',
  );
  expect(updated.userErrors).toEqual([]);
  const forum = await created('forumCreate', {
    kind: 'NETWORK',
    name: 'Åres näringslivsnätverk',
    area: areas['2321'],
  });
  const strategy = await created('strategyCreate', {
    kind: 'ACTION_PLAN',
    name: 'Handlingsplan för länet',
    status: 'ACTIVE',
    area: areas['23'],
  });
  const objective = await created('objectiveCreate', {
    strategy: strategy.id,
    code: '1',
    title: 'Fler företag',
  });
  const meeting = await created('meetingCreate', {
    forum: forum.id,
    title: 'Första träffen',
    startsAt: '2025-03-01T10:00:00+01:00',
  });
  const topic = await created('topicCreate', { name: 'Besöksnäring' });
  made = [
    { id: inOstersund.id, type: 'Actor' },
    { id: inCounty.id, type: 'Actor' },
    { id: inSweden.id, type: 'Actor' },
    { id: inOstersund.id, type: 'Actor' },
    { id: forum.id, type: 'Forum' },
    { id: strategy.id, type: 'Strategy' },
    { id: objective.id, type: 'Objective' },
    { id: meeting.id, type: 'Meeting' },
    { id: topic.id, type: 'Topic' },
  ];
});
afterAll(() => api.stop());

const CHANGES = `query ($since: DateTimeISO!, $types: [RecordType!], $area: ID, $first: Int, $after: String) {
  changes(since: $since, types: $types, area: $area, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor }
    nodes {
      occurredAt operation recordType actorName before after
      record { __typename id ... on Actor { name } }
    }
  }
}`;

interface Change {
  occurredAt: string;
  operation: string;
  recordType: string;
  actorName: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  record: { __typename: string; id: string; name?: string } | null;
}

/** The enum value of a record type: "ForumMembership" → "FORUM_MEMBERSHIP". */
const recordType = (type: string) => type.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toUpperCase();

async function changes(variables: Record<string, unknown> = {}) {
  // As a signed-in reader: anonymous callers are not told who made a change.
  const result = await api.graphql(CHANGES, { since, first: 100, ...variables }, 'viewer');
  expect(result.errors).toBeUndefined();
  return result.data!.changes as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Change[];
  };
}

describe('changes', () => {
  it('lists what changed since an instant, oldest first, with who, what and the record', async () => {
    const { nodes, totalCount, pageInfo } = await changes();
    expect(nodes.map((change) => [change.recordType, change.record?.id])).toEqual(
      made.map(({ type, id }) => [recordType(type), id]),
    );
    expect(totalCount).toBe(made.length);
    expect(pageInfo.hasNextPage).toBe(false);
    expect(nodes.map((change) => change.operation)).toEqual([
      'CREATE',
      'CREATE',
      'CREATE',
      'UPDATE',
      'CREATE',
      'CREATE',
      'CREATE',
      'CREATE',
      'CREATE',
    ]);
    const times = nodes.map((change) => change.occurredAt);
    expect(times).toEqual([...times].sort());
    expect(times.every((time) => time >= since)).toBe(true);
    expect(nodes.every((change) => change.actorName === 'test admin')).toBe(true);

    const update = nodes[3];
    expect(update.record).toMatchObject({ __typename: 'Actor', name: 'Östersunds bageri' });
    expect(update.before).toMatchObject({ description: null });
    expect(update.after).toMatchObject({ description: 'Bakar bröd.' });
    expect(nodes[0].before).toBeNull();
  });

  it('reaches back into the seed, and nothing after now', async () => {
    const seed = await changes({ since: '2000-01-01T00:00:00Z', first: 3 });
    expect(seed.nodes.map((change) => change.actorName)).toEqual(['system', 'system', 'system']);
    expect(seed.pageInfo.hasNextPage).toBe(true);
    const future = await changes({ since: new Date(Date.now() + 60_000).toISOString() });
    expect(future).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('narrows to record types', async () => {
    const { nodes } = await changes({ types: ['FORUM', 'MEETING'] });
    expect(nodes.map((change) => change.recordType)).toEqual(['FORUM', 'MEETING']);
    expect((await changes({ types: [] })).nodes).toEqual([]);
  });

  it('pages on with cursors, in the same order', async () => {
    const all = (await changes()).nodes.map((change) => change.record?.id);
    const seen: (string | undefined)[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await changes({ first: 2, after });
      pages += 1;
      seen.push(...page.nodes.map((change) => change.record?.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
  });

  it('narrows to records within an area', async () => {
    const county = await changes({ area: areas['23'] });
    // Not the actor working for all of Sweden, nor the topic (topics have no area).
    expect(county.nodes.map((change) => change.recordType)).toEqual([
      'ACTOR',
      'ACTOR',
      'ACTOR',
      'FORUM',
      'STRATEGY',
      'OBJECTIVE',
      'MEETING',
    ]);
    expect(county.nodes.map((change) => change.record?.id)).not.toContain(made[2].id);
    expect(county.totalCount).toBe(7);

    const ostersund = await changes({ area: areas['2380'] });
    expect(ostersund.nodes.map((change) => [change.operation, change.record?.name])).toEqual([
      ['CREATE', 'Östersunds bageri'],
      ['UPDATE', 'Östersunds bageri'],
    ]);
    const are = await changes({ area: areas['2321'], types: ['MEETING'] });
    expect(are.nodes.map((change) => change.record?.id)).toEqual([made[7].id]);
  });

  it('words each change in English or Swedish, and names the records its snapshots refer to by global ID', async () => {
    const { data, errors } = await api.graphql(
      `query ($since: DateTimeISO!) { changes(since: $since, first: 5) { nodes {
        en: summary sv: summary(lang: SV) after references { id recordType name }
      } } }`,
      { since },
    );
    expect(errors).toBeUndefined();
    const [first, , , update, forum] = data!.changes.nodes;
    expect([first.en, first.sv]).toEqual([
      'The actor "Östersunds bageri" was created.',
      'Aktören "Östersunds bageri" skapades.',
    ]);
    expect([update.en, update.sv]).toEqual([
      'The actor "Östersunds bageri" was changed: description.',
      'Aktören "Östersunds bageri" ändrades: beskrivning.',
    ]);
    expect(forum.sv).toBe('Forumet "Åres näringslivsnätverk" skapades.');
    // The snapshot's ids are global IDs, each named among the references.
    expect(first.after).toMatchObject({ id: made[0].id, areaIds: [areas['2380']] });
    expect(first.references).toEqual([
      { id: made[0].id, recordType: 'ACTOR', name: 'Östersunds bageri' },
      { id: areas['2380'], recordType: 'AREA', name: 'Östersund' },
    ]);
  });

  it('costs one statement for the page, one for the count, one per type of record and one for the records the snapshots name', async () => {
    for (const variables of [{}, { area: areas['23'] }, { since: '2000-01-01T00:00:00Z' }]) {
      const { data, statements } = await api.graphql(CHANGES, { since, first: 100, ...variables });
      const types = new Set(data!.changes.nodes.map((change: Change) => change.recordType));
      expect(statements).toBe(3 + types.size);
    }
  });

  it('names the records a change relates as the register named them when it was made', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    const from = new Date().toISOString();
    const bakery = await actor('Krokoms bageri', ['23']);
    const network = await created('forumCreate', { kind: 'NETWORK', name: 'Bagarnätverket' });
    const baker = await created('personCreate', { name: 'Berit Bagare' });
    await created('forumMembershipCreate', { forum: network.id, member: bakery.id });
    // A position without a title: the person at the organisation.
    await created('positionCreate', { person: baker.id, actor: bakery.id });
    const renamed = await api.mutate(
      'actorUpdate',
      { id: bakery.id, version: bakery.version, name: 'Krokoms bröd' },
      'actor { id }',
    );
    expect(renamed.userErrors).toEqual([]);
    const { data, errors } = await api.graphql(
      `query ($since: DateTimeISO!) { changes(since: $since, types: [FORUM_MEMBERSHIP, POSITION]) {
        nodes { en: summary sv: summary(lang: SV) }
      } }`,
      { since: from },
    );
    expect(errors).toBeUndefined();
    expect(data!.changes.nodes).toEqual([
      {
        en: 'The membership "Krokoms bageri in Bagarnätverket" was created.',
        sv: 'Medlemskapet "Krokoms bageri i Bagarnätverket" skapades.',
      },
      {
        en: 'The position "Berit Bagare at Krokoms bageri" was created.',
        sv: 'Befattningen "Berit Bagare vid Krokoms bageri" skapades.',
      },
    ]);
    // Its history says the same; the references name the records as they are now.
    const history = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Actor { memberships {
        history { nodes { summary references { name } } } } } } }`,
      { id: bakery.id },
    );
    expect(history.data!.node.memberships[0].history.nodes).toEqual([
      {
        summary: 'The membership "Krokoms bageri in Bagarnätverket" was created.',
        references: expect.arrayContaining([{ name: 'Krokoms bröd' }]),
      },
    ]);
  });

  it('refuses an unknown record type, an id that is not an area and a bad page size', async () => {
    // `types` is an enum: GraphQL refuses a value outside it before the resolver runs.
    const unknownType = await api.graphql(CHANGES, { since, types: ['ACTOR', 'AKTÖR'] });
    expect(unknownType.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const cases: [Record<string, unknown>, string][] = [
      [{ area: made[0].id }, 'area'],
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ after: 'not a cursor' }, 'after'],
    ];
    for (const [variables, argument] of cases) {
      const { errors } = await api.graphql(CHANGES, { since, ...variables });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
