import { startTestApi, type TestApi } from '../../testing/test-api';

/**
 * Input that PostgreSQL or the audit log cannot hold, found by trying: each gets a typed error
 * with its field path, never INTERNAL_SERVER_ERROR, and nothing is written.
 */
let api: TestApi;
let ids: Record<'forum' | 'strategy' | 'county' | 'actor', string>;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  ids = await api.idsOf({
    forum: ['forum', 'lanspartnerskapet'],
    strategy: ['strategy', 'rus'],
    county: ['area', '23'],
    actor: ['actor', 'almi'],
  });
});
afterAll(() => api.stop());

const NUL = 'Fjäll\u0000bolaget';
const LONE_SURROGATE = 'Fjäll\ud800bolaget';

const auditRows = async () =>
  (await api.sql<{ n: number }>('SELECT count(*)::int AS n FROM audit_event'))[0].n;

describe('text no database can hold', () => {
  it.each([
    ['a NUL character', NUL],
    ['a lone surrogate', LONE_SURROGATE],
  ])('a create refuses %s on its field path', async (_, name) => {
    const before = await auditRows();
    const payload = await api.mutate(
      'actorCreate',
      { name, sector: 'BUSINESS', level: 'REGIONAL', type: 'COMPANY', areas: [ids.county] },
      'actor { id }',
    );
    expect(payload.actor).toBeNull();
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'name'], code: 'INVALID' }),
    ]);
    expect(await auditRows()).toBe(before);
  });

  it('a nested text is refused on its path', async () => {
    const payload = await api.mutate(
      'actorCreate',
      {
        name: 'Fjällbolaget',
        sector: 'BUSINESS',
        level: 'REGIONAL',
        type: 'COMPANY',
        identifiers: [{ scheme: 'se-orgnr', value: NUL }],
      },
      'actor { id }',
    );
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'identifiers', '0', 'value'], code: 'INVALID' }),
    ]);
  });

  it('a bulk write refuses it with its payload whole: nothing counted (found by fuzz.test.ts)', async () => {
    const payload = await api.mutate(
      'actorsUpsert',
      {
        items: [
          {
            key: { slug: 'fjallbolaget' },
            name: LONE_SURROGATE,
            sector: 'BUSINESS',
            level: 'REGIONAL',
            type: 'COMPANY',
          },
        ],
      },
      'created updated unchanged failed written dryRun replayed items { index }',
    );
    expect(payload).toEqual({
      ...{ created: 0, updated: 0, unchanged: 0, failed: 0, items: [] },
      ...{ written: false, dryRun: false, replayed: false },
      userErrors: [
        expect.objectContaining({ field: ['input', 'items', '0', 'name'], code: 'INVALID' }),
      ],
    });
  });

  it.each([
    ['search', `{ search(query: "Fj\\u0000all") { __typename } }`, 'query'],
    ['actor(slug:)', `{ actor(slug: "almi\\u0000") { id } }`, 'slug'],
    [
      'actorByIdentifier',
      `{ actorByIdentifier(scheme: "scb", value: "23\\u0000") { id } }`,
      'value',
    ],
  ])('%s refuses a NUL character as BAD_USER_INPUT on its argument', async (_, query, argument) => {
    const { data, errors } = await api.graphql(query);
    expect(errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument }),
      }),
    ]);
    expect(Object.values(data ?? { x: null })[0]).toBeNull();
  });
});

describe('names and days', () => {
  it('refuses a name with no letter or digit, a slug given or not', async () => {
    for (const [field, input] of [
      ['actorCreate', { name: '!!!', sector: 'BUSINESS', level: 'REGIONAL', type: 'COMPANY' }],
      ['forumCreate', { name: '!!!', kind: 'NETWORK', slug: 'utrop' }],
      ['personCreate', { name: '— …', slug: 'streck' }],
    ] as const) {
      const payload = await api.mutate(field, input, '__typename');
      expect([field, payload.userErrors]).toEqual([
        field,
        [
          {
            field: ['input', 'name'],
            code: 'INVALID',
            message: 'A name needs at least one letter or digit.',
          },
        ],
      ]);
    }
  });

  it.each(['0000-01-01', '1799-12-31', '2201-01-01'])(
    'refuses asOf %s as BAD_USER_INPUT',
    async (day) => {
      const { errors } = await api.graphql(
        `query ($asOf: LocalDate) { forum(slug: "lanspartnerskapet") { composition(asOf: $asOf) { asOf } } }`,
        { asOf: day },
      );
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    },
  );

  it('refuses a day out of range in an input on its field path', async () => {
    const payload = await api.mutate(
      'forumMembershipCreate',
      { forum: ids.forum, member: ids.actor, validFrom: '0000-01-01' },
      'forumMembership { id }',
    );
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'validFrom'], code: 'INVALID' }),
    ]);
  });
});

describe('rules of the domain', () => {
  it('refuses an objective position below 1, when created and when moved', async () => {
    const payload = await api.mutate(
      'objectiveCreate',
      { strategy: ids.strategy, code: '99', title: 'Nytt mål', position: 0 },
      'objective { id }',
    );
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'position'], code: 'INVALID' }),
    ]);
    const objective = await api.create('objectiveCreate', {
      strategy: ids.strategy,
      code: '98',
      title: 'Flyttat mål',
    });
    const moved = await api.mutate(
      'objectiveUpdate',
      { id: objective.id, version: objective.version, position: -1 },
      'objective { id }',
    );
    expect(moved.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'position'], code: 'INVALID' }),
    ]);
  });

  it('refuses status ENDED without an end day, for a responsibility and a strategy', async () => {
    const payload = await api.mutate(
      'responsibilityCreate',
      { actor: ids.actor, subject: ids.strategy, role: 'LEADS', status: 'ENDED' },
      'responsibility { id }',
    );
    expect(payload.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'status'], code: 'INVALID' }),
    ]);
    const strategy = await api.mutate(
      'strategyCreate',
      { kind: 'ACTION_PLAN', name: 'Avslutad plan', status: 'ENDED' },
      'strategy { id }',
    );
    expect(strategy.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'status'], code: 'INVALID' }),
    ]);
  });

  it('accepts six agenda items created at once on one meeting, in some order', async () => {
    const meeting = await api.create('meetingCreate', {
      forum: ids.forum,
      title: 'Möte',
      startsAt: '2026-03-01T09:00:00Z',
    });
    const inputs = Array.from({ length: 6 }, (_, i) => ({
      meeting: meeting.id,
      title: `Punkt ${i}`,
    }));
    const payloads = await Promise.all(
      inputs.map((input) => api.mutate('agendaItemCreate', input, 'agendaItem { position }')),
    );
    expect(payloads.map((p) => p.userErrors)).toEqual(inputs.map(() => []));
    expect(payloads.map((p) => p.agendaItem.position).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
