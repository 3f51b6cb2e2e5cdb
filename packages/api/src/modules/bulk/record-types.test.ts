import { startTestApi, type TestApi } from '../../testing/test-api';

/*
 * The bulk upserts of every record type integrators own, as a register is pushed: people and
 * their positions, a forum and its members with their representatives, topics; the same push
 * again changes nothing; relations without a key are found as the same relation.
 */

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
});
afterAll(() => api.stop());

const SELECTION = `items { status record { id } userErrors { field code message } changes { field before after } }
  created updated unchanged failed written userErrors { field code message }`;

async function upsert(mutation: string, type: string, items: Record<string, unknown>[]) {
  const { data, errors } = await api.graphql(
    `mutation ($input: ${type}!) { ${mutation}(input: $input) { ${SELECTION} } }`,
    { input: { items } },
    // Topics are reference data: an admin's.
    mutation === 'topicsUpsert' ? 'admin' : 'editor',
  );
  expect(errors).toBeUndefined();
  return data![mutation];
}

const almi = { slug: 'almi' };
const wikidata = (value: string) => ({ identifier: { scheme: 'wikidata', value } });
const register = {
  people: [
    { key: wikidata('Q111'), name: 'Anna Berg', workContact: 'anna.berg@almi.se' },
    { key: wikidata('Q222'), name: 'Erik Öst' },
  ],
  positions: [
    { person: wikidata('Q111'), actor: almi, title: 'Regionchef', validFrom: '2024-01-01' },
    { person: wikidata('Q222'), actor: almi, title: 'Rådgivare', validFrom: '2024-01-01' },
  ],
  forums: [
    {
      key: { slug: 'naringslivsradet-i-krokom' },
      kind: 'COUNCIL',
      name: 'Näringslivsrådet i Krokom',
      area: { identifier: { scheme: 'scb', value: '2309' } },
      convenor: almi,
      purpose: ['Samordna företagsfrämjandet'],
    },
  ],
  memberships: [
    {
      forum: { slug: 'naringslivsradet-i-krokom' },
      memberActor: almi,
      validFrom: '2025-03-01',
      category: 'Företagsfrämjare',
      representatives: [wikidata('Q111'), wikidata('Q222')],
    },
  ],
  topics: [{ key: { slug: 'kompetensforsorjning' }, name: 'Kompetensförsörjning' }],
  strategies: [
    {
      key: { slug: 'naringslivsprogram-krokom' },
      kind: 'PROGRAMME',
      name: 'Näringslivsprogram för Krokom',
      status: 'ACTIVE',
      owner: almi,
      area: { slug: '2309' },
      objectives: [
        { code: '1', title: 'Fler företag' },
        {
          code: '1.1',
          title: 'Fler nystartade företag',
          parentCode: '1',
          indicators: [
            {
              name: 'Nystartade företag per år',
              unit: 'antal',
              direction: 'INCREASE',
              measurements: [
                { date: '2024-12-31', value: 112 },
                { date: '2025-12-31', value: 131 },
              ],
            },
          ],
        },
      ],
    },
  ],
  responsibilities: [
    {
      actor: almi,
      role: 'LEADS',
      subject: { objective: { strategy: { slug: 'naringslivsprogram-krokom' }, code: '1.1' } },
      mandate: { text: 'Uppdrag från regionen', reference: 'RS 2024/12' },
      validFrom: '2025-01-01',
    },
    {
      actor: almi,
      person: wikidata('Q111'),
      role: 'CONTRIBUTES',
      subject: { forum: { slug: 'naringslivsradet-i-krokom' } },
      validFrom: '2025-03-01',
    },
  ],
};

const pushes: [string, string, keyof typeof register][] = [
  ['peopleUpsert', 'PeopleUpsertInput', 'people'],
  ['positionsUpsert', 'PositionsUpsertInput', 'positions'],
  ['forumsUpsert', 'ForumsUpsertInput', 'forums'],
  ['forumMembershipsUpsert', 'ForumMembershipsUpsertInput', 'memberships'],
  ['topicsUpsert', 'TopicsUpsertInput', 'topics'],
  ['strategiesUpsert', 'StrategiesUpsertInput', 'strategies'],
  ['responsibilitiesUpsert', 'ResponsibilitiesUpsertInput', 'responsibilities'],
];

describe('bulk upserts of every record type', () => {
  it('creates what a register holds, references found by key', async () => {
    for (const [mutation, type, name] of pushes) {
      const payload = await upsert(mutation, type, register[name]);
      expect({ name, userErrors: payload.userErrors }).toEqual({ name, userErrors: [] });
      expect(payload.created).toBe(register[name].length);
    }
    const [membership] = await api.sql(`SELECT f.name AS forum, a.slug AS member, m.category,
        (SELECT string_agg(p.name, ', ' ORDER BY r.position) FROM forum_membership_representative r
           JOIN person p ON p.id = r.person_id WHERE r.membership_id = m.id) AS representatives
      FROM forum_membership m JOIN forum f ON f.id = m.forum_id JOIN actor a ON a.id = m.member_actor_id
      WHERE f.slug = 'naringslivsradet-i-krokom'`);
    expect(membership).toEqual({
      forum: 'Näringslivsrådet i Krokom',
      member: 'almi',
      category: 'Företagsfrämjare',
      representatives: 'Anna Berg, Erik Öst',
    });
  });

  it('the same register again changes nothing; relations are found without keys', async () => {
    const [{ audit }] = await api.sql(`SELECT count(*)::int AS audit FROM audit_event`);
    for (const [mutation, type, name] of pushes) {
      const payload = await upsert(mutation, type, register[name]);
      expect({ name, unchanged: payload.unchanged }).toEqual({
        name,
        unchanged: register[name].length,
      });
    }
    expect((await api.sql(`SELECT count(*)::int AS audit FROM audit_event`))[0].audit).toBe(audit);
  });

  it('a changed relation is updated in place, field by field', async () => {
    const payload = await upsert('forumMembershipsUpsert', 'ForumMembershipsUpsertInput', [
      { ...register.memberships[0], representatives: [wikidata('Q222')], category: 'Rådgivare' },
    ]);
    expect(payload.updated).toBe(1);
    expect(payload.items[0].changes.map((change: { field: string }) => change.field)).toEqual([
      'category',
      'representativeIds',
    ]);
    const [{ count }] = await api.sql(`SELECT count(*)::int AS count FROM forum_membership m
      JOIN forum f ON f.id = m.forum_id WHERE f.slug = 'naringslivsradet-i-krokom'`);
    expect(count).toBe(1);
  });

  it("a strategy's tree: each part found by its code, name or date; changes named by part", async () => {
    const [{ objectives, measurements }] = await api.sql(`SELECT
      (SELECT count(*)::int FROM objective o JOIN strategy s ON s.id = o.strategy_id
        WHERE s.slug = 'naringslivsprogram-krokom') AS objectives,
      (SELECT count(*)::int FROM measurement) AS measurements`);
    expect({ objectives, measurements }).toEqual({ objectives: 2, measurements: 2 });
    const [strategy] = register.strategies;
    const [first, second] = strategy.objectives;
    const changed = await upsert('strategiesUpsert', 'StrategiesUpsertInput', [
      {
        ...strategy,
        objectives: [
          {
            ...second,
            indicators: [
              { ...second.indicators![0], measurements: [{ date: '2025-12-31', value: 135 }] },
            ],
          },
          { ...first, title: 'Fler och växande företag' },
        ],
      },
    ]);
    expect(changed.updated).toBe(1);
    expect(changed.items[0].changes).toEqual([
      {
        field: 'objectives.1.1.indicators.Nystartade företag per år.measurements.2025-12-31.value',
        before: 131,
        after: 135,
      },
      { field: 'objectives.1.title', before: 'Fler företag', after: 'Fler och växande företag' },
    ]);
    const refused = await upsert('strategiesUpsert', 'StrategiesUpsertInput', [
      { ...strategy, objectives: [{ code: '2.1', title: '', parentCode: '2' }] },
    ]);
    expect(refused.userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual([
      'input.items.0.objectives.0.parentCode',
    ]);
  });

  it('a reference no record has is NOT_FOUND at its field', async () => {
    const payload = await upsert('positionsUpsert', 'PositionsUpsertInput', [
      { person: wikidata('Q999'), actor: { slug: 'no-such-actor' }, title: 'Chef' },
    ]);
    expect(payload.userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual([
      'input.items.0.person',
      'input.items.0.actor',
    ]);
  });

  it('a new relation without its ends is REQUIRED at their fields (found by fuzzing)', async () => {
    const paths = async (mutation: string, type: string, item: Record<string, unknown>) => {
      const payload = await upsert(mutation, type, [item]);
      return payload.userErrors.map((e: { field: string[]; code: string }) =>
        [...e.field.slice(3), e.code].join(' '),
      );
    };
    expect(await paths('positionsUpsert', 'PositionsUpsertInput', { title: 'Chef' })).toEqual([
      'person REQUIRED',
      'actor REQUIRED',
    ]);
    expect(
      await paths('forumMembershipsUpsert', 'ForumMembershipsUpsertInput', { category: 'Kommun' }),
    ).toEqual(['forum REQUIRED', 'member REQUIRED']);
    expect(
      await paths('responsibilitiesUpsert', 'ResponsibilitiesUpsertInput', {
        role: 'LEADS',
        subject: { forum: { slug: 'naringslivsradet-i-krokom' } },
      }),
    ).toEqual(['actor REQUIRED']);
  });
});
