import { fromGlobalId } from '../relay/global-id';
import { expectOnlyEditorsMay } from '../../testing/access';
import { startTestApi, type TestApi } from '../../testing/test-api';

let api: TestApi;
let ids: Record<'presidium' | 'almi' | 'rus' | 'region', string>;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  ids = await api.idsOf({
    presidium: ['forum', 'presidium-for-lanspartnerskapet'],
    almi: ['actor', 'almi'],
    rus: ['strategy', 'rus'],
    region: ['actor', 'region-jamtland-harjedalen'],
  });
});
afterAll(() => api.stop());

const dbId = (globalId: string) => fromGlobalId(globalId)!.id;

/** What a reader sees of a membership and a responsibility, now and as the register said then. */
async function seen(membership: string, objective: string, knownAt: string | null = null) {
  const { data, errors } = await api.graphql(
    `query ($forum: ID!, $objective: ID!, $strategy: ID!, $knownAt: DateTimeISO) {
      forum: node(id: $forum) { ... on Forum { members(asOf: "2023-06-01", knownAt: $knownAt) { member { ... on Actor { slug } } } } }
      map: whoDoesWhat(filter: { forum: $forum, depth: 1, asOf: "2023-06-01", knownAt: $knownAt }) { edges { record } }
      raci: raciMatrix(strategy: $strategy, asOf: "2023-06-01", knownAt: $knownAt) { gaps { id } }
      objective: node(id: $objective) { ... on Objective { responsibilities(asOf: "2023-06-01", knownAt: $knownAt) { id } } }
    }`,
    { forum: ids.presidium, objective, strategy: ids.rus, knownAt },
  );
  expect(errors).toBeUndefined();
  return {
    almiIsMember: data!.forum.members.some(
      (m: { member: { slug?: string } }) => m.member.slug === 'almi',
    ),
    onTheMap: data!.map.edges.some((edge: { record: string | null }) => edge.record === membership),
    objectiveIsAGap: data!.raci.gaps.some((gap: { id: string }) => gap.id === objective),
    responsibilities: data!.objective.responsibilities.length,
  };
}

describe('retract', () => {
  it('takes a record out of every view at once, keeps it with its reason, and knownAt before still shows it', async () => {
    const membership = await api.create('forumMembershipCreate', {
      forum: ids.presidium,
      member: ids.almi,
      validFrom: '2022-01-01',
    });
    const objective = await api.create('objectiveCreate', {
      strategy: ids.rus,
      code: '8.1',
      title: 'Felregistrerat mål',
    });
    const responsibility = await api.create('responsibilityCreate', {
      actor: ids.region,
      subject: objective.id,
      role: 'LEADS',
      validFrom: '2022-01-01',
    });
    expect(await seen(membership.id, objective.id)).toEqual({
      almiIsMember: true,
      onTheMap: true,
      objectiveIsAGap: false,
      responsibilities: 1,
    });
    const before = new Date().toISOString();

    for (const [field, record] of [
      ['forumMembershipRetract', membership],
      ['responsibilityRetract', responsibility],
    ] as const) {
      const payload = await api.mutate(
        field,
        { id: record.id, version: record.version, reason: 'Registrerat av misstag' },
        'retractedId',
      );
      expect(payload).toEqual({ retractedId: record.id, userErrors: [] });
    }
    expect(await seen(membership.id, objective.id)).toEqual({
      almiIsMember: false,
      onTheMap: false,
      objectiveIsAGap: true,
      responsibilities: 0,
    });
    // What the register said before the retraction still shows them.
    expect(await seen(membership.id, objective.id, before)).toEqual({
      almiIsMember: true,
      onTheMap: true,
      objectiveIsAGap: false,
      responsibilities: 1,
    });

    const { data } = await api.graphql(
      `query ($id: ID!, $since: DateTimeISO!) {
        node(id: $id) { id }
        changes(since: $since, types: [FORUM_MEMBERSHIP]) { nodes { operation reason summary(lang: SV) after } }
      }`,
      { id: membership.id, since: before },
    );
    expect(data!.node).toBeNull();
    expect(data!.changes.nodes).toEqual([
      {
        operation: 'RETRACT',
        reason: 'Registrerat av misstag',
        summary: expect.stringMatching(
          /^Medlemskapet "Almi i Presidium för Länspartnerskapet" togs tillbaka\. Skäl: Registrerat av misstag$/,
        ),
        after: null,
      },
    ]);
    const [kept] = await api.sql(
      `SELECT record_type, reason, actor_name, snapshot->>'validFrom' AS valid_from
       FROM retracted_record WHERE record_id = $1`,
      [dbId(membership.id)],
    );
    expect(kept).toEqual({
      record_type: 'ForumMembership',
      reason: 'Registrerat av misstag',
      actor_name: 'test admin',
      valid_from: '2022-01-01',
    });
  });

  it('takes back each other kind of record the same way: gone from node and search, kept with its reason', async () => {
    const person = await api.create('personCreate', { name: 'Tapir Felsson' });
    const meeting = await api.create('meetingCreate', {
      forum: ids.presidium,
      title: 'Möte om fel',
      startsAt: '2030-02-01T10:00:00+01:00',
    });
    const objective = await api.create('objectiveCreate', {
      strategy: ids.rus,
      code: '8.2',
      title: 'Mål för mätning',
    });
    const indicator = await api.create('indicatorCreate', {
      objective: objective.id,
      name: 'Antal fel',
      direction: 'DECREASE',
    });
    const records = {
      positionRetract: await api.create('positionCreate', {
        person: person.id,
        actor: ids.region,
        title: 'Narvalsamordnare',
      }),
      agendaItemRetract: await api.create('agendaItemCreate', {
        meeting: meeting.id,
        title: 'Zebrafinkpunkten',
      }),
      decisionRetract: await api.create('decisionCreate', {
        meeting: meeting.id,
        text: 'Giraffbeslutet fattades',
      }),
      actionRetract: await api.create('actionCreate', {
        owner: ids.region,
        title: 'Okapiåtgärden',
      }),
      measurementRetract: await api.create('measurementCreate', {
        indicator: indicator.id,
        date: '2024-12-31',
        value: 3,
      }),
      collaborationAssessmentRetract: await api.create('collaborationAssessmentCreate', {
        assessed: { forum: ids.presidium },
        date: '2024-06-01',
        comment: 'Bedömd av misstag',
      }),
    };
    const searched = async () => {
      const { data } = await api.graphql(
        `{ a: search(query: "Narvalsamordnare") { kind } b: search(query: "Zebrafinkpunkten") { kind }
           c: search(query: "Giraffbeslutet") { kind } d: search(query: "Okapiåtgärden") { kind } }`,
      );
      return Object.values(data!).map((hits) => (hits as { kind: string }[]).map((h) => h.kind));
    };
    expect(await searched()).toEqual([['PERSON'], ['AGENDA_ITEM'], ['DECISION'], ['ACTION']]);
    const before = new Date().toISOString();

    for (const [field, record] of Object.entries(records)) {
      const payload = await api.mutate(
        field,
        { id: record.id, version: record.version, reason: `Fel: ${field}` },
        'retractedId',
      );
      expect([field, payload]).toEqual([field, { retractedId: record.id, userErrors: [] }]);
    }
    const { data } = await api.graphql(
      `query ($ids: [ID!]!, $person: ID!, $before: DateTimeISO!) {
        nodes(ids: $ids) { id }
        person: node(id: $person) { ... on Person { now: positions { id } then: positions(knownAt: $before) { id } } }
      }`,
      { ids: Object.values(records).map((r) => r.id), person: person.id, before },
    );
    expect(data!.nodes).toEqual(Object.values(records).map(() => null));
    expect(data!.person).toEqual({ now: [], then: [{ id: records.positionRetract.id }] });
    expect(await searched()).toEqual([[], [], [], []]);
    const kept = await api.sql(
      `SELECT r.reason, e.operation, e.reason AS logged
         FROM retracted_record r JOIN audit_event e ON e.record_id = r.record_id AND e.operation = 'RETRACT'
        WHERE r.record_id = ANY($1::uuid[]) ORDER BY e.id`,
      [Object.values(records).map((r) => dbId(r.id))],
    );
    expect(kept).toEqual(
      Object.keys(records).map((field) => ({
        reason: `Fel: ${field}`,
        operation: 'RETRACT',
        logged: `Fel: ${field}`,
      })),
    );
  });

  it('needs a reason, and refuses while another record refers to it, writing nothing', async () => {
    const membership = await api.create('forumMembershipCreate', {
      forum: ids.presidium,
      member: ids.almi,
      validFrom: '2024-01-01',
    });
    const count = async () =>
      (await api.sql('SELECT count(*)::int AS n FROM retracted_record'))[0].n as number;
    const before = await count();
    const blank = await api.mutate(
      'forumMembershipRetract',
      { id: membership.id, version: 1, reason: '  ' },
      'retractedId',
    );
    expect(blank).toEqual({
      retractedId: null,
      userErrors: [expect.objectContaining({ field: ['input', 'reason'], code: 'REQUIRED' })],
    });

    const action = await api.create('actionCreate', { title: 'Följ upp', owner: ids.region });
    const meeting = await api.create('meetingCreate', {
      forum: ids.presidium,
      title: 'Möte',
      startsAt: '2030-01-01T10:00:00+01:00',
    });
    await api.create('agendaItemCreate', {
      meeting: meeting.id,
      title: 'Uppföljning',
      action: action.id,
    });
    const referred = await api.mutate(
      'actionRetract',
      { id: action.id, version: action.version, reason: 'Fel' },
      'retractedId',
    );
    expect(referred.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'INVALID' }),
    ]);
    expect(await count()).toBe(before);
  });

  it('takes back one citation of a record, or one person listed as acting for a member, with the reason', async () => {
    const { data } = await api.graphql(`{ sources(first: 1) { nodes { id } } }`);
    const source = data!.sources.nodes[0].id;
    const person = await api.create('personCreate', { name: 'Felaktigt Listad' });
    const membership = await api.create(
      'forumMembershipCreate',
      {
        forum: ids.presidium,
        member: ids.region,
        role: 'OBSERVER',
        representatives: [person.id],
        externalRepresentatives: [person.id],
        sources: [
          { source, quote: 'Ett presidium för Länspartnerskapet är skapat' },
          { source, quote: 'Länspartnerskapet' },
        ],
      },
      'id version',
    );
    const citation = await api.mutate(
      'citationRetract',
      { record: membership.id, version: 1, position: 2, reason: 'Citatet säger inget om detta' },
      'record { ... on ForumMembership { version sources { quote } } }',
    );
    expect(citation).toEqual({
      record: { version: 2, sources: [{ quote: 'Ett presidium för Länspartnerskapet är skapat' }] },
      userErrors: [],
    });
    const representative = await api.mutate(
      'forumMembershipRepresentativeRetract',
      { membership: membership.id, version: 2, person: person.id, reason: 'Aldrig utsedd' },
      'forumMembership { version representatives { id } }',
    );
    expect(representative).toEqual({
      forumMembership: { version: 3, representatives: [] },
      userErrors: [],
    });
    const events = await api.sql(
      `SELECT operation, reason FROM audit_event WHERE record_id = $1 ORDER BY id`,
      [dbId(membership.id)],
    );
    expect(events).toEqual([
      { operation: 'CREATE', reason: null },
      { operation: 'RETRACT', reason: 'Citatet säger inget om detta' },
      { operation: 'RETRACT', reason: 'Aldrig utsedd' },
    ]);
    // Nothing there to take back: on its path, nothing written.
    const missing = await api.mutate(
      'citationRetract',
      { record: membership.id, version: 3, position: 2, reason: 'Igen' },
      'record { id }',
    );
    expect(missing.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'position'], code: 'NOT_FOUND' }),
    ]);
    const stale = await api.mutate(
      'forumMembershipRepresentativeRetract',
      { membership: membership.id, version: 1, person: person.id, reason: 'Igen' },
      'forumMembership { id }',
    );
    expect(stale.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'version'], code: 'STALE_VERSION' }),
    ]);
  });

  it('lets no VIEWER or anonymous caller retract; an EDITOR may', async () => {
    const position = await api.create('positionCreate', {
      person: (await api.create('personCreate', { name: 'Retraherad Person' })).id,
      actor: ids.region,
      title: 'Felaktig titel',
    });
    const written = async () => api.sql('SELECT count(*)::int AS n FROM retracted_record');
    await expectOnlyEditorsMay(
      api,
      [['positionRetract', { id: position.id, version: 1, reason: 'Fel person' }]],
      written,
    );
  });
});
