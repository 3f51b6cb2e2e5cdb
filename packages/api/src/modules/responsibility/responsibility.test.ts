import { startTestApi, type TestApi } from '../../testing/test-api';
import { expectOnlyEditorsMay } from '../../testing/access';

let api: TestApi;
const ids: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  Object.assign(
    ids,
    await api.idsOf({
      region: ['actor', 'region-jamtland-harjedalen'],
      lst: ['actor', 'lansstyrelsen-jamtlands-lan'],
      county: ['area', '23'],
    }),
  );
  const strategy = await api.mutate(
    'strategyCreate',
    {
      name: 'Regional utvecklingsstrategi',
      shortName: 'RUS',
      kind: 'REGIONAL_DEVELOPMENT_STRATEGY',
      status: 'ACTIVE',
    },
    'strategy { id }',
  );
  ids.strategy = strategy.strategy.id;
  const objective = await api.mutate(
    'objectiveCreate',
    { strategy: ids.strategy, code: '2.1', title: 'Kompetensförsörjning' },
    'objective { id }',
  );
  ids.objective = objective.objective.id;
  ids.topic = (
    await api.mutate('topicCreate', { name: 'Påverkansarbete' }, 'topic { id }')
  ).topic.id;
  ids.forum = (
    await api.mutate(
      'forumCreate',
      { name: 'Länspartnerskapet', kind: 'PARTNERSHIP' },
      'forum { id }',
    )
  ).forum.id;
  ids.person = (
    await api.mutate('personCreate', { name: 'Maria Exempel' }, 'person { id }')
  ).person.id;
  // She acts for the Region, where she works.
  await api.create('positionCreate', {
    person: ids.person,
    actor: ids.region,
    title: 'Regionutvecklare',
    validFrom: '2023-01-01',
  });
});
afterAll(() => api.stop());

const RESPONSIBILITY = `responsibility {
  id role raci status validFrom validTo version
  actor { slug } person { name }
  mandate { text reference }
  subject { __typename ... on Objective { code } ... on Forum { name } ... on Topic { name } ... on Area { code } ... on Strategy { shortName } }
}`;

async function listsOn(asOf: string) {
  const { data } = await api.graphql(
    `query ($asOf: LocalDate, $objective: ID!) {
      actor(slug: "region-jamtland-harjedalen") { responsibilities(asOf: $asOf) { role } }
      person(slug: "maria-exempel") { responsibilities(asOf: $asOf) { role } }
      objective: node(id: $objective) { ... on Objective { responsibilities(asOf: $asOf) { role actor { slug } } } }
    }`,
    { asOf, objective: ids.objective },
  );
  return {
    actor: data!.actor.responsibilities.map((r: { role: string }) => r.role),
    person: data!.person.responsibilities.map((r: { role: string }) => r.role),
    objective: data!.objective.responsibilities.map((r: { role: string }) => r.role),
  };
}

describe('the person acting for an actor', () => {
  it('holds a position there when it begins, or is recorded as acting from outside', async () => {
    const outsider = await api.create('personCreate', { name: 'Extern Konsult' });
    const subject = await api.create('objectiveCreate', {
      strategy: ids.strategy,
      code: '9.9',
      title: 'Konsultens mål',
    });
    const lead = (input: Record<string, unknown>) =>
      api.mutate(
        'responsibilityCreate',
        {
          actor: ids.lst,
          person: outsider.id,
          role: 'CONSULTED',
          subject: subject.id,
          ...input,
        },
        'responsibility { personIsExternal }',
      );
    const refused = await lead({ validFrom: '2024-01-01' });
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'person'], code: 'INVALID' }),
    ]);
    expect(refused.userErrors[0].message).toMatch(/no position at the actor on 2024-01-01/);
    // A position that begins later does not cover the first day either.
    await api.create('positionCreate', {
      person: outsider.id,
      actor: ids.lst,
      title: 'Konsult',
      validFrom: '2024-06-01',
    });
    expect((await lead({ validFrom: '2024-01-01' })).userErrors).toHaveLength(1);
    expect(
      await lead({ validFrom: '2024-01-01', validTo: '2024-03-01', personIsExternal: true }),
    ).toEqual({
      responsibility: { personIsExternal: true },
      userErrors: [],
    });
    expect(await lead({ validFrom: '2024-06-01' })).toEqual({
      responsibility: { personIsExternal: false },
      userErrors: [],
    });
  });
});

describe('responsibilities as the register said them', () => {
  it('lists them on a day as known at a moment: before they were entered, and before they ended', async () => {
    const subject = await api.create('objectiveCreate', {
      strategy: ids.strategy,
      code: '7.7',
      title: 'Kända mål',
    });
    const beforeEntered = new Date().toISOString();
    const lead = await api.create('responsibilityCreate', {
      actor: ids.region,
      subject: subject.id,
      role: 'LEADS',
      validFrom: '2024-01-01',
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const beforeEnded = new Date().toISOString();
    await api.mutate(
      'responsibilityEnd',
      { id: lead.id, version: lead.version, validTo: '2024-06-01' },
      'responsibility { id }',
    );
    const { data } = await api.graphql(
      `query ($id: ID!, $beforeEntered: DateTimeISO, $beforeEnded: DateTimeISO) { node(id: $id) { ... on Objective {
        now: responsibilities(asOf: "2024-09-01") { id }
        unknown: responsibilities(asOf: "2024-09-01", knownAt: $beforeEntered) { id }
        open: responsibilities(asOf: "2024-09-01", knownAt: $beforeEnded) { id validTo }
      } } }`,
      { id: subject.id, beforeEntered, beforeEnded },
    );
    expect(data!.node).toEqual({ now: [], unknown: [], open: [{ id: lead.id, validTo: null }] });
  });
});

describe('responsibilities', () => {
  it('create → read from every side → update → end → history', async () => {
    const created = await api.mutate(
      'responsibilityCreate',
      {
        actor: ids.region,
        person: ids.person,
        role: 'LEADS',
        subject: ids.objective,
        mandate: {
          text: 'Regionalt utvecklingsansvarig aktör',
          reference: 'Lag (2010:630) om regionalt utvecklingsansvar i vissa län',
        },
        validFrom: '2024-01-01',
      },
      RESPONSIBILITY,
    );
    expect(created.userErrors).toEqual([]);
    const responsibility = created.responsibility;
    expect(responsibility).toMatchObject({
      role: 'LEADS',
      raci: 'ACCOUNTABLE',
      status: 'ACTIVE',
      actor: { slug: 'region-jamtland-harjedalen' },
      person: { name: 'Maria Exempel' },
      mandate: { reference: 'Lag (2010:630) om regionalt utvecklingsansvar i vissa län' },
      subject: { __typename: 'Objective', code: '2.1' },
    });
    expect(await listsOn('2024-06-01')).toEqual({
      actor: ['LEADS'],
      person: ['LEADS'],
      objective: ['LEADS'],
    });

    const updated = await api.mutate(
      'responsibilityUpdate',
      { id: responsibility.id, version: 1, mandate: null, person: null },
      RESPONSIBILITY,
    );
    expect(updated.responsibility).toMatchObject({ mandate: null, person: null, version: 2 });

    const ended = await api.mutate(
      'responsibilityEnd',
      { id: responsibility.id, version: 2, validTo: '2025-03-01' },
      RESPONSIBILITY,
    );
    expect(ended.responsibility).toMatchObject({
      status: 'ENDED',
      validTo: '2025-03-01',
      version: 3,
    });
    expect((await listsOn('2025-02-28')).objective).toEqual(['LEADS']);
    expect((await listsOn('2025-03-01')).objective).toEqual([]);

    const history = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Responsibility { history { nodes { operation before after } } } } }`,
      { id: responsibility.id },
    );
    const events = history.data!.node.history.nodes;
    expect(events.map((e: { operation: string }) => e.operation)).toEqual([
      'END',
      'UPDATE',
      'CREATE',
    ]);
    expect(events[0].after).toMatchObject({ status: 'ENDED', validTo: '2025-03-01' });
  });

  it.each([
    ['Strategy', 'strategy', 'FUNDS', 'CONSULTED'],
    ['Forum', 'forum', 'CONVENES', 'RESPONSIBLE'],
    ['Area', 'county', 'EXECUTES', 'RESPONSIBLE'],
    ['Topic', 'topic', 'INFORMED', 'INFORMED'],
  ])('takes a %s as subject and lists it from that side', async (typename, key, role, raci) => {
    const created = await api.mutate(
      'responsibilityCreate',
      { actor: ids.lst, role, subject: ids[key] },
      RESPONSIBILITY,
    );
    expect(created.userErrors).toEqual([]);
    expect(created.responsibility).toMatchObject({ raci, subject: { __typename: typename } });
    const { data } = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on ${typename} { responsibilities(role: ${role}) { actor { slug } } } } }`,
      { id: ids[key] },
    );
    expect(data!.node.responsibilities).toEqual([
      { actor: { slug: 'lansstyrelsen-jamtlands-lan' } },
    ]);
  });

  it('refuses a subject of the wrong kind, unknown references, bad periods and overlaps, writing nothing', async () => {
    const count = async () => (await api.sql(`SELECT count(*)::int AS n FROM responsibility`))[0].n;
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ actor: ids.region, role: 'LEADS', subject: ids.lst }, 'input.subject', 'WRONG_KIND'],
      [{ actor: ids.region, role: 'LEADS', subject: 'bm9wZQ' }, 'input.subject', 'NOT_FOUND'],
      [{ actor: ids.county, role: 'LEADS', subject: ids.topic }, 'input.actor', 'NOT_FOUND'],
      [
        {
          actor: ids.region,
          role: 'LEADS',
          subject: ids.topic,
          validFrom: '2024-05-01',
          validTo: '2024-01-01',
        },
        'input.validTo',
        'INVALID_PERIOD',
      ],
      [
        {
          actor: ids.region,
          role: 'LEADS',
          subject: ids.topic,
          mandate: { text: 'x'.repeat(2001) },
        },
        'input.mandate.text',
        'TOO_LONG',
      ],
    ];
    for (const [input, field, code] of cases) {
      const payload = await api.mutate('responsibilityCreate', input, 'responsibility { id }');
      expect([
        payload.userErrors.map((e: { field: string[] }) => e.field.join('.')),
        payload.userErrors[0]?.code,
      ]).toEqual([[field], code]);
    }
    const first = await api.mutate(
      'responsibilityCreate',
      { actor: ids.region, role: 'CONTRIBUTES', subject: ids.topic, validFrom: '2020-01-01' },
      'responsibility { id }',
    );
    expect(first.userErrors).toEqual([]);
    const overlap = await api.mutate(
      'responsibilityCreate',
      { actor: ids.region, role: 'CONTRIBUTES', subject: ids.topic, validFrom: '2022-01-01' },
      'responsibility { id }',
    );
    expect(overlap.userErrors).toEqual([expect.objectContaining({ code: 'OVERLAPPING_PERIOD' })]);
    expect(await count()).toBe(before + 1);
  });

  it('makes zero or two subjects impossible in the database', async () => {
    const [{ id: actorId }] = await api.sql(`SELECT id FROM actor LIMIT 1`);
    const [{ id: areaId }] = await api.sql(`SELECT id FROM area LIMIT 1`);
    const [{ id: topicId }] = await api.sql(`SELECT id FROM topic LIMIT 1`);
    await expect(
      api.sql(`INSERT INTO responsibility (actor_id, role) VALUES ($1, 'LEADS')`, [actorId]),
    ).rejects.toThrow(/responsibility_one_subject/);
    await expect(
      api.sql(
        `INSERT INTO responsibility (actor_id, role, area_id, topic_id) VALUES ($1, 'LEADS', $2, $3)`,
        [actorId, areaId, topicId],
      ),
    ).rejects.toThrow(/responsibility_one_subject/);
    await expect(
      api.sql(
        `INSERT INTO responsibility (actor_id, role, area_id, valid_from, valid_to) VALUES ($1, 'LEADS', $2, '2024-02-01', '2024-01-01')`,
        [actorId, areaId],
      ),
    ).rejects.toThrow(/responsibility_period_check/);
  });

  it('lets no VIEWER or anonymous caller change anything; an EDITOR may', async () => {
    await expectOnlyEditorsMay(
      api,
      [['responsibilityCreate', { actor: ids.region, role: 'INFORMED', subject: ids.county }]],
      () =>
        api.sql(`SELECT id FROM responsibility WHERE role = 'INFORMED' AND area_id IS NOT NULL`),
    );
  });
});

describe('SQL statements for a forum with its members', () => {
  async function forumWithMembers(name: string, size: number) {
    const forum = (await api.mutate('forumCreate', { name, kind: 'NETWORK' }, 'forum { id slug }'))
      .forum;
    for (let i = 0; i < size; i++) {
      const actor = (
        await api.mutate(
          'actorCreate',
          { name: `${name} aktör ${i}`, sector: 'BUSINESS', level: 'LOCAL', type: 'COMPANY' },
          'actor { id }',
        )
      ).actor;
      const people = [];
      for (const n of [1, 2]) {
        people.push(
          (await api.mutate('personCreate', { name: `${name} person ${i}-${n}` }, 'person { id }'))
            .person.id,
        );
      }
      await api.mutate(
        'forumMembershipCreate',
        {
          forum: forum.id,
          member: actor.id,
          representatives: people,
          externalRepresentatives: people,
          category: 'Organisationer i länet',
        },
        'forumMembership { id }',
      );
      await api.mutate(
        'responsibilityCreate',
        { actor: actor.id, role: 'CONTRIBUTES', subject: ids.objective },
        'responsibility { id }',
      );
      await api.mutate(
        'responsibilityCreate',
        { actor: actor.id, role: 'INFORMED', subject: ids.topic },
        'responsibility { id }',
      );
    }
    return forum.slug as string;
  }

  it('reads 50 members with actors, representatives, responsibilities and subjects in as many statements as 5', async () => {
    const query = `query ($slug: String!) { forum(slug: $slug) { name members {
      category role representatives { name }
      member { __typename ... on Actor { name responsibilities { role raci subject { __typename ... on Objective { code strategy { shortName } } ... on Topic { name } } } } }
    } } }`;
    const small = await api.graphql(query, { slug: await forumWithMembers('Liten', 5) });
    const large = await api.graphql(query, { slug: await forumWithMembers('Stor', 50) });
    expect(small.errors).toBeUndefined();
    expect(large.data!.forum.members).toHaveLength(50);
    expect(large.data!.forum.members[49].member.responsibilities).toHaveLength(2);
    expect(large.data!.forum.members[49].representatives).toHaveLength(2);
    expect(large.statements).toBe(small.statements);
  });
});
