import { startTestApi, type TestApi } from '../../testing/test-api';
import { whoDoesWhatOf } from '../../testing/map-graph';
import { fromGlobalId } from '../../core/relay/global-id';

/**
 * Fields naming another record on the map, in valid time: an actor → its parent actor (PARENT),
 * a forum's chair (CHAIRS) and convenor (CONVENES_FORUM) → the forum, a strategy's owner → the
 * strategy (OWNS). Each changes from 2026-01-01 here.
 */

let api: TestApi;
const ids: Record<string, string> = {};
/** A moment before the changes were recorded. */
let beforeTheChanges: string;
const PASSAGE = 'För det viktiga påverkansarbetet har vi identifierat följande punkter';
const CHANGED = '2026-01-01';

const TIMELINE = `query ($filter: WhoDoesWhatFilter) { whoDoesWhatTimeline(filter: $filter) }`;
const CHANGES = `query ($filter: WhoDoesWhatFilter) {
  whoDoesWhatChanges(from: "2025-12-01", to: "2026-02-01", filter: $filter) {
    change day edge { kind } summary sv: summary(lang: SV)
  }
}`;

/** The map (anonymous unless `as`). */
const whoDoesWhat = (filter: Record<string, unknown>, as?: 'viewer') =>
  whoDoesWhatOf(api, filter, as);

const cited = { sources: [] as { source: string; quote: string }[] };

beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
  Object.assign(ids, await api.idsOf({ source: ['firstSource'] }));
  cited.sources = [{ source: ids.source, quote: PASSAGE }];
  const actor = (name: string) => ({
    name,
    sector: 'BUSINESS',
    level: 'REGIONAL',
    type: 'COMPANY',
    ...cited,
  });
  const [norr, syd] = await api.createAll(
    'actorCreate',
    [actor('Koncernen Norr'), actor('Koncernen Syd')],
    'actor { id }',
  );
  Object.assign(ids, { norr: norr.id, syd: syd.id });
  const people = await api.createAll(
    'personCreate',
    [
      { name: 'Ingrid Förstaordförande' },
      { name: 'Olof Andraordförande' },
      { name: 'Hemlig Ordförande', objectsToPublication: true },
    ],
    'person { id }',
  );
  Object.assign(ids, { ingrid: people[0].id, olof: people[1].id, hidden: people[2].id });
  const dotter = await api.create('actorCreate', { ...actor('Dotterbolaget'), parent: ids.norr });
  const forum = await api.create('forumCreate', {
    name: 'Samverkansrådet',
    kind: 'COUNCIL',
    chair: ids.ingrid,
    convenor: ids.norr,
    ...cited,
  });
  const quiet = await api.create('forumCreate', {
    name: 'Tysta rådet',
    kind: 'COUNCIL',
    chair: ids.hidden,
    ...cited,
  });
  const strategy = await api.create('strategyCreate', {
    name: 'Strategin för norr',
    kind: 'PROGRAMME',
    status: 'ACTIVE',
    owner: ids.norr,
    ...cited,
  });
  Object.assign(ids, {
    dotter: dotter.id,
    forum: forum.id,
    quiet: quiet.id,
    strategy: strategy.id,
  });
  beforeTheChanges = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const changes: [string, Record<string, unknown>][] = [
    ['actor', { id: dotter.id, version: dotter.version, parent: ids.syd }],
    ['forum', { id: forum.id, version: forum.version, chair: ids.olof, convenor: ids.syd }],
    ['strategy', { id: strategy.id, version: strategy.version, owner: ids.syd }],
  ];
  for (const [record, input] of changes) {
    const changed = await api.mutate(
      `${record}Update`,
      { ...input, changesFrom: CHANGED },
      `${record} { id }`,
    );
    expect(changed.userErrors).toEqual([]);
  }
});
afterAll(() => api.stop());

describe('edges of record fields', () => {
  it.each([
    [
      'an actor → its parent actor',
      'actor',
      'dotter',
      ['PARENT Dotterbolaget → Koncernen Norr'],
      ['PARENT Dotterbolaget → Koncernen Syd'],
    ],
    [
      "a forum's chair and convenor → the forum",
      'forum',
      'forum',
      [
        'CHAIRS Ingrid Förstaordförande → Samverkansrådet',
        'CONVENES_FORUM Koncernen Norr → Samverkansrådet',
      ],
      [
        'CHAIRS Olof Andraordförande → Samverkansrådet',
        'CONVENES_FORUM Koncernen Syd → Samverkansrådet',
      ],
    ],
    [
      "a strategy's owner → the strategy",
      'strategy',
      'strategy',
      ['OWNS Koncernen Norr → Strategin för norr'],
      ['OWNS Koncernen Syd → Strategin för norr'],
    ],
  ])('follow %s in valid time, and as the register knew it', async (_, start, key, old, now) => {
    const on = (asOf: string, knownAt?: string) =>
      whoDoesWhat({ [start]: ids[key], depth: 1, asOf, knownAt });
    expect((await on('2025-12-31')).edges).toEqual(old);
    expect((await on(CHANGED)).edges).toEqual(now);
    // Before the change was recorded, the old value held on every day.
    expect((await on('2026-06-01', beforeTheChanges)).edges).toEqual(old);
    const { graph } = await on('2025-12-31');
    for (const edge of graph.edges) {
      expect(edge).toMatchObject({
        validFrom: null,
        validTo: CHANGED,
        sources: [{ quote: PASSAGE }],
      });
      expect(edge.record).toBe(ids[key]);
    }
  });

  it('are found from their value end through the walk', async () => {
    const { edges } = await whoDoesWhat({ actor: ids.norr, depth: 1, asOf: '2025-12-31' });
    expect(edges).toEqual([
      'PARENT Dotterbolaget → Koncernen Norr',
      'CONVENES_FORUM Koncernen Norr → Samverkansrådet',
      'OWNS Koncernen Norr → Strategin för norr',
    ]);
    const { graph } = await whoDoesWhat({ actor: ids.norr, depth: 1, asOf: '2025-12-31' });
    expect(graph.edges.map((edge) => edge.label)).toEqual(['part of', 'convenor of', 'owner of']);
    expect(fromGlobalId(graph.edges[1].record)?.type).toBe('Forum');
    expect(fromGlobalId(graph.edges[2].record)?.type).toBe('Strategy');
  });

  it('are drawn in the whole region', async () => {
    const { edges } = await whoDoesWhat({ asOf: CHANGED });
    expect(edges).toEqual(
      expect.arrayContaining([
        'PARENT Dotterbolaget → Koncernen Syd',
        'CHAIRS Olof Andraordförande → Samverkansrådet',
        'CONVENES_FORUM Koncernen Syd → Samverkansrådet',
        'OWNS Koncernen Syd → Strategin för norr',
      ]),
    );
    expect(edges).not.toContain('OWNS Koncernen Norr → Strategin för norr');
  });

  it('give the timeline the day of the change, unknown before it was recorded', async () => {
    for (const filter of [
      { actor: ids.dotter },
      { forum: ids.forum },
      { strategy: ids.strategy },
    ]) {
      const timeline = await api.graphql(TIMELINE, { filter: { ...filter, depth: 1 } });
      expect(timeline.data!.whoDoesWhatTimeline).toEqual([CHANGED]);
      const known = await api.graphql(TIMELINE, {
        filter: { ...filter, depth: 1, knownAt: beforeTheChanges },
      });
      expect(known.data!.whoDoesWhatTimeline).toEqual([]);
    }
  });

  it('word the changes in English and Swedish', async () => {
    const changes = async (filter: Record<string, string>) => {
      const result = await api.graphql(CHANGES, { filter: { ...filter, depth: 1 } });
      expect(result.errors).toBeUndefined();
      return result.data!.whoDoesWhatChanges;
    };
    const day = CHANGED;
    expect(await changes({ forum: ids.forum })).toEqual([
      {
        change: 'ENDED',
        day,
        edge: { kind: 'CHAIRS' },
        summary: 'Ingrid Förstaordförande is no longer chair of Samverkansrådet',
        sv: 'Ingrid Förstaordförande är inte längre ordförande för Samverkansrådet',
      },
      {
        change: 'ENDED',
        day,
        edge: { kind: 'CONVENES_FORUM' },
        summary: 'Koncernen Norr is no longer convenor of Samverkansrådet',
        sv: 'Koncernen Norr är inte längre sammankallande för Samverkansrådet',
      },
      {
        change: 'APPEARED',
        day,
        edge: { kind: 'CHAIRS' },
        summary: 'Olof Andraordförande became chair of Samverkansrådet',
        sv: 'Olof Andraordförande blev ordförande för Samverkansrådet',
      },
      {
        change: 'APPEARED',
        day,
        edge: { kind: 'CONVENES_FORUM' },
        summary: 'Koncernen Syd became convenor of Samverkansrådet',
        sv: 'Koncernen Syd blev sammankallande för Samverkansrådet',
      },
    ]);
    const words = async (filter: Record<string, string>) =>
      (await changes(filter)).map((change: { summary: string; sv: string }) => [
        change.summary,
        change.sv,
      ]);
    expect(await words({ strategy: ids.strategy })).toEqual([
      [
        'Koncernen Norr is no longer owner of Strategin för norr',
        'Koncernen Norr är inte längre ägare av Strategin för norr',
      ],
      [
        'Koncernen Syd became owner of Strategin för norr',
        'Koncernen Syd blev ägare av Strategin för norr',
      ],
    ]);
    expect(await words({ actor: ids.dotter })).toEqual([
      [
        'Dotterbolaget is no longer part of Koncernen Norr',
        'Dotterbolaget är inte längre en del av Koncernen Norr',
      ],
      ['Dotterbolaget became part of Koncernen Syd', 'Dotterbolaget blev en del av Koncernen Syd'],
    ]);
  });

  it('withhold from anonymous callers a chair who objects to publication', async () => {
    const filter = { forum: ids.quiet, depth: 1 };
    const anonymous = await whoDoesWhat(filter);
    expect(anonymous.edges).toEqual([]);
    expect(JSON.stringify(anonymous.graph)).not.toContain('Hemlig');
    const whole = await whoDoesWhat({});
    expect(whole.edges.join('\n')).not.toContain('Hemlig');
    const viewer = await whoDoesWhat(filter, 'viewer');
    expect(viewer.edges).toEqual(['CHAIRS Hemlig Ordförande → Tysta rådet']);
  });

  it('cost the same statements from each kind of start as from a county', async () => {
    const { county } = await api.idsOf({ county: ['area', '23'] });
    const seeded = await whoDoesWhat({ area: county, depth: 2 });
    expect(seeded.statements).toBe(3); // edges, nodes, citations
    for (const [start, key] of [
      ['actor', 'norr'],
      ['forum', 'forum'],
      ['strategy', 'strategy'],
    ]) {
      const walk = await whoDoesWhat({ [start]: ids[key], depth: 2, asOf: '2025-12-31' });
      expect(walk.graph.edges.length).toBeGreaterThan(0);
      expect(walk.statements).toBe(seeded.statements);
    }
  });
});
