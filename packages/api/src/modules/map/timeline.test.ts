import { fromGlobalId } from '../../core/relay/global-id';
import { startTestApi, type TestApi } from '../../testing/test-api';

const TIMELINE = `query ($filter: WhoDoesWhatFilter) { whoDoesWhatTimeline(filter: $filter) }`;
const DIFF = `query ($from: LocalDate!, $to: LocalDate!) { whoDoesWhatChanges(from: $from, to: $to) { day } }`;

let api: TestApi;
const ids: Record<string, string> = {};
/** Before the dated records below were entered. */
let before: string;

/** The timeline as an anonymous caller sees it; fails on errors, and costs one statement. */
async function timeline(filter: Record<string, unknown> | null = null): Promise<string[]> {
  const result = await api.graphql<{ whoDoesWhatTimeline: string[] }>(TIMELINE, { filter });
  expect(result.errors).toBeUndefined();
  expect(result.statements).toBe(1);
  return result.data!.whoDoesWhatTimeline;
}

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  Object.assign(
    ids,
    await api.idsOf({
      presidium: ['forum', 'presidium-for-lanspartnerskapet'],
      region: ['actor', 'region-jamtland-harjedalen'],
      almi: ['actor', 'almi'],
      rus: ['strategy', 'rus'],
    }),
  );
  before = new Date().toISOString();
});
afterAll(() => api.stop());

describe('whoDoesWhatTimeline', () => {
  it('is empty for the seed data set, where nothing is dated, and open to anonymous callers', async () => {
    expect(await timeline()).toEqual([]);
  });

  it('gives the days an edge begins or ends, earliest first, each day once', async () => {
    // Almi sits on the presidium from March to September 2022 (a business actor); the Region
    // (public) leads a new objective from 2023 until June 2024; both end on a later day.
    await api.create('forumMembershipCreate', {
      forum: ids.presidium,
      member: ids.almi,
      validFrom: '2022-03-01',
      validTo: '2022-09-01',
    });
    const objective = await api.create('objectiveCreate', {
      strategy: ids.rus,
      code: '9.1',
      title: 'Återkomster',
    });
    await api.create('responsibilityCreate', {
      actor: ids.region,
      role: 'LEADS',
      subject: objective.id,
      validFrom: '2023-01-01',
      validTo: '2024-06-01',
    });
    await api.create('responsibilityCreate', {
      actor: ids.region,
      role: 'FUNDS',
      subject: objective.id,
      validFrom: '2023-01-01',
    });
    const all = await timeline();
    expect(all).toEqual(['2022-03-01', '2022-09-01', '2023-01-01', '2024-06-01']);

    // Each stop is a day the map changes, and nothing changes between two stops.
    for (const [index, to] of all.entries()) {
      const from = index === 0 ? '2000-01-01' : all[index - 1];
      const { data, errors } = await api.graphql(DIFF, { from, to });
      expect(errors).toBeUndefined();
      const days = data!.whoDoesWhatChanges.map((change: { day: string }) => change.day);
      expect([to, days.length > 0, days.every((day: string) => day === to)]).toEqual([
        to,
        true,
        true,
      ]);
    }
  });

  it('keeps, for the whole region, the days of the edges the role and sector filters keep', async () => {
    expect(await timeline({ role: 'LEADS' })).toEqual(['2023-01-01', '2024-06-01']);
    expect(await timeline({ role: 'FUNDS' })).toEqual(['2023-01-01']);
    expect(await timeline({ membershipRole: 'MEMBER' })).toEqual(['2022-03-01', '2022-09-01']);
    expect(await timeline({ sector: 'BUSINESS' })).toEqual(['2022-03-01', '2022-09-01']);
    expect(await timeline({ sector: 'ACADEMIA' })).toEqual([]);
    // asOf is no part of a timeline.
    expect(await timeline({ asOf: '2020-01-01' })).toHaveLength(4);
  });

  it('with a starting node gives the days of the edges within depth hops, whatever the role', async () => {
    // One hop from the presidium reaches Almi's membership; the objective is two hops away
    // (presidium ← Region → objective).
    expect(await timeline({ forum: ids.presidium, depth: 1 })).toEqual([
      '2022-03-01',
      '2022-09-01',
    ]);
    expect(await timeline({ forum: ids.presidium, depth: 2 })).toEqual([
      '2022-03-01',
      '2022-09-01',
      '2023-01-01',
      '2024-06-01',
    ]);
    // A superset: the role filter does not narrow a neighbourhood's days.
    expect(await timeline({ forum: ids.presidium, depth: 1, role: 'LEADS' })).toEqual([
      '2022-03-01',
      '2022-09-01',
    ]);
    expect(await timeline({ forum: ids.presidium, depth: 0 })).toEqual([]);
  });

  it('with knownAt gives the days as the register said them then', async () => {
    expect(await timeline({ knownAt: before })).toEqual([]);
    expect(await timeline({ knownAt: new Date().toISOString(), sector: 'BUSINESS' })).toEqual([
      '2022-03-01',
      '2022-09-01',
    ]);
  });

  it('diff includes what began and ended between the two days, as both changes', async () => {
    const changes = async (filter: Record<string, unknown> | null) => {
      const { data, errors } = await api.graphql(
        `query ($filter: WhoDoesWhatFilter) {
          whoDoesWhatChanges(from: "2022-01-01", to: "2023-06-01", filter: $filter) {
            change day summary
          }
        }`,
        { filter },
      );
      expect(errors).toBeUndefined();
      return data!.whoDoesWhatChanges;
    };
    // Almi's membership (March to September 2022) held on neither day; the Region's two
    // responsibilities began in 2023 and still held on the later day.
    expect(await changes({ sector: 'BUSINESS' })).toEqual([
      {
        change: 'APPEARED',
        day: '2022-03-01',
        summary: 'Almi joined Presidium för Länspartnerskapet',
      },
      { change: 'ENDED', day: '2022-09-01', summary: 'Almi left Presidium för Länspartnerskapet' },
    ]);
    expect((await changes(null)).map((c: { day: string }) => c.day)).toEqual([
      '2022-03-01',
      '2022-09-01',
      '2023-01-01',
      '2023-01-01',
    ]);
    // In the presidium's neighbourhood (as it stood on either day) too; not one hop from RUS.
    expect(await changes({ forum: ids.presidium, depth: 1 })).toHaveLength(2);
    expect(await changes({ strategy: ids.rus, depth: 1 })).toEqual([]);
  });

  it('diff names the records as the register had them on the day of the change', async () => {
    const college = await api.create('actorCreate', {
      name: 'Gamla högskolan',
      sector: 'ACADEMIA',
      level: 'REGIONAL',
      type: 'UNIVERSITY',
    });
    // The register knew the college by its old name since 2021; it was renamed since.
    await api.rewriteAuditLog(
      `UPDATE audit_event SET occurred_at = '2021-01-01' WHERE record_id = $1`,
      [fromGlobalId(college.id)!.id],
    );
    await api.create('forumMembershipCreate', {
      forum: ids.presidium,
      member: college.id,
      validFrom: '2022-04-01',
      validTo: '2022-05-01',
    });
    const renamed = await api.mutate(
      'actorUpdate',
      { id: college.id, version: 1, name: 'Nya universitetet' },
      'actor { name }',
    );
    expect(renamed.userErrors).toEqual([]);
    const { data } = await api.graphql(
      `{ whoDoesWhatChanges(from: "2022-01-01", to: "2023-06-01", filter: { sector: ACADEMIA }) {
        summary sv: summary(lang: SV) sourceNode { label }
      } }`,
    );
    expect(data!.whoDoesWhatChanges).toEqual([
      {
        summary: 'Gamla högskolan joined Presidium för Länspartnerskapet',
        sv: 'Gamla högskolan gick med i Presidium för Länspartnerskapet',
        sourceNode: { label: 'Nya universitetet' },
      },
      {
        summary: 'Gamla högskolan left Presidium för Länspartnerskapet',
        sv: 'Gamla högskolan lämnade Presidium för Länspartnerskapet',
        sourceNode: { label: 'Nya universitetet' },
      },
    ]);
  });

  it('refuses a bad depth and an ID of the wrong type as BAD_USER_INPUT', async () => {
    const deep = await api.graphql(TIMELINE, { filter: { forum: ids.presidium, depth: 9 } });
    expect(deep.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.depth',
    });
    const wrong = await api.graphql(TIMELINE, { filter: { forum: ids.region } });
    expect(wrong.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'filter.forum',
    });
  });
});
