import type { DataSource } from 'typeorm';
import { runInRequestScope } from '../core/request-scope';
import { toGlobalId } from '../core/relay/global-id';
import { createApiDataSource } from '../data-source';
import { createTestDatabase } from './database';
import {
  GENERATED_SOURCE_TITLE,
  generateRegion,
  type GeneratedRegion,
  type GenerationProgress,
  type RegionShape,
} from './region-generator';
import { startTestApi, type TestApi } from './test-api';

/** Small, but national: every county, so the seed's Jämtland and two of its municipalities are met. */
const SMALL: Partial<RegionShape> = {
  seed: 3,
  counties: 21,
  municipalities: 42,
  actors: 120,
  people: 150,
  positions: 160,
  forums: 30,
  memberships: 240,
  largeForums: 2,
  largeForumMembers: 20,
  strategies: 25,
  objectives: 80,
  largeStrategyObjectives: 12,
  indicators: 40,
  responsibilities: 600,
};

const requestId = (shape: Partial<RegionShape>) => `region-generator-${shape.seed}`;

describe('a generated set in the seeded database', () => {
  let api: TestApi;
  let region: GeneratedRegion;
  const progress: GenerationProgress[] = [];

  beforeAll(async () => {
    api = await startTestApi({ seed: true });
    region = await generateRegion(api.app.dataSource, SMALL, {
      onProgress: (step) => progress.push(step),
    });
  });
  afterAll(() => api.stop());

  it('writes what the shape asks for, each record citing the generated, fictional source', async () => {
    expect(region.counts).toMatchObject({
      actors: 120,
      people: 150,
      positions: 160,
      forums: 30,
      memberships: 240,
      strategies: 25,
      objectives: 80,
      indicators: 40,
      responsibilities: 600,
    });
    const [source] = await api.sql(`SELECT title FROM source WHERE id = $1`, [region.ids.source]);
    expect(source.title).toMatch(new RegExp(`^${GENERATED_SOURCE_TITLE} .*påhittade`));
    const citing = async (table: string) => {
      const [row] = await api.sql(
        `SELECT count(*)::int AS n FROM ${table}_citation WHERE source_id = $1`,
        [region.ids.source],
      );
      return row.n;
    };
    for (const [table, count] of [
      ['actor', 120],
      ['person', 150],
      ['position', 160],
      ['forum', 30],
      ['forum_membership', 240],
      ['strategy', 25],
      ['objective', 80],
      ['indicator', 40],
      ['responsibility', 600],
    ] as const) {
      expect([table, await citing(table)]).toEqual([table, count]);
    }
    // Every generated name says it is fictional.
    const names = await api.sql(
      `SELECT name FROM actor WHERE id = ANY($1::uuid[]) UNION ALL
       SELECT name FROM person WHERE id = ANY($2::uuid[]) UNION ALL
       SELECT name FROM forum WHERE id = ANY($3::uuid[]) UNION ALL
       SELECT name FROM strategy WHERE id = ANY($4::uuid[]) UNION ALL
       SELECT title FROM objective WHERE id = ANY($5::uuid[])`,
      [
        region.ids.actors,
        region.ids.people,
        region.ids.forums,
        region.ids.strategies,
        region.ids.objectives,
      ],
    );
    expect(names).toHaveLength(120 + 150 + 30 + 25 + 80);
    expect(names.filter((row) => !/^Fiktiv/.test(row.name))).toEqual([]);
  });

  it("places its records in Sweden's reference areas, writing none", async () => {
    const seeded = await api.idsOf({ jamtland: ['area', '23'], ragunda: ['area', '2303'] });
    expect(region.ids.counties.map((county) => county.code).join(' ')).toBe(
      '01 03 04 05 06 07 08 09 10 12 13 14 17 18 19 20 21 22 23 24 25',
    );
    expect(region.ids.municipalities).toHaveLength(42);
    const jamtland = region.ids.counties.find((county) => county.code === '23')!;
    expect(toGlobalId('Area', jamtland.id)).toBe(seeded.jamtland);
    const ragunda = region.ids.municipalities.find((m) => m.code === '2303')!;
    expect(toGlobalId('Area', ragunda.id)).toBe(seeded.ragunda);
    // The country, 3 NUTS-1 and 8 NUTS-2 regions, 21 counties and 290 municipalities.
    const [{ n }] = await api.sql(`SELECT count(*)::int AS n FROM area`);
    expect(n).toBe(1 + 3 + 8 + 21 + 290);
    const { data } = await api.graphql(`{
      area(code: "0114") { name kind parent { code name kind parent { code kind parent { code } } } identifiers { scheme value } }
    }`);
    expect(data!.area).toEqual({
      name: 'Upplands Väsby',
      kind: 'MUNICIPALITY',
      parent: {
        code: '01',
        name: 'Stockholms län',
        kind: 'COUNTY',
        parent: { code: 'SE11', kind: 'NUTS2', parent: { code: 'SE1' } },
      },
      identifiers: [{ scheme: 'scb', value: '0114' }],
    });
  });

  it('gives the large forums their members and the large strategy its objectives', async () => {
    const { data } = await api.graphql(
      `query ($forums: [ID!]!, $strategy: ID!) {
        forums: nodes(ids: $forums) { ... on Forum { members { id } } }
        raciMatrix(strategy: $strategy) { columns { label } }
      }`,
      {
        forums: region.ids.largeForums.map((id) => toGlobalId('Forum', id)),
        strategy: toGlobalId('Strategy', region.ids.largeStrategy!),
      },
    );
    expect(data!.forums.map((forum: { members: unknown[] }) => forum.members.length)).toEqual([
      20, 20,
    ]);
    expect(data!.raciMatrix.columns).toHaveLength(1 + 12); // the strategy, then its objectives
  });

  it('reads back through GraphQL: an actor with its responsibilities, sources and history', async () => {
    const [{ actor_id: actorId }] = await api.sql(
      `SELECT actor_id FROM responsibility WHERE actor_id = ANY($1::uuid[]) AND valid_to IS NULL
       GROUP BY actor_id ORDER BY count(*) DESC, actor_id LIMIT 1`,
      [region.ids.actors],
    );
    const { data, errors } = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Actor {
        name slug areas { code }
        responsibilities { role validTo status subject { __typename } sources { quote source { title } } }
        sources { section source { title } }
        history { nodes { operation actorName after } }
      } } }`,
      { id: toGlobalId('Actor', actorId) },
      // Who made a change is told to signed-in callers only.
      'viewer',
    );
    expect(errors).toBeUndefined();
    const actor = data!.node;
    expect(actor.name).toMatch(/^Fiktiv aktör \d+, /);
    expect(actor.responsibilities.length).toBeGreaterThan(0);
    for (const responsibility of actor.responsibilities) {
      expect(responsibility).toMatchObject({ validTo: null, status: expect.any(String) });
      expect(responsibility.sources).toEqual([
        { quote: expect.stringMatching(/^Fiktiv uppgift/), source: { title: expect.any(String) } },
      ]);
    }
    expect(actor.sources[0].source.title).toMatch(new RegExp(`^${GENERATED_SOURCE_TITLE}`));
    expect(actor.history.nodes).toEqual([
      {
        operation: 'CREATE',
        actorName: 'system',
        after: expect.objectContaining({ name: actor.name, slug: actor.slug, version: 1 }),
      },
    ]);
  });

  it("reads a forum's memberships with their representatives", async () => {
    const [{ forum_id: forumId }] = await api.sql(
      `SELECT m.forum_id FROM forum_membership m
         JOIN forum_membership_representative r ON r.membership_id = m.id
        WHERE m.forum_id = ANY($1::uuid[]) AND m.valid_to IS NULL
        ORDER BY m.id LIMIT 1`,
      [region.ids.forums],
    );
    const { data, errors } = await api.graphql(
      `query ($id: ID!) { node(id: $id) { ... on Forum {
        name members { role member { __typename ... on Actor { name } ... on Forum { name } } representatives { name } }
      } } }`,
      { id: toGlobalId('Forum', forumId) },
    );
    expect(errors).toBeUndefined();
    const members = data!.node.members;
    expect(members.length).toBeGreaterThan(0);
    expect(members.some((m: { representatives: unknown[] }) => m.representatives.length > 0)).toBe(
      true,
    );
    expect(members.every((m: { member: { name: string } }) => /^Fiktiv/.test(m.member.name))).toBe(
      true,
    );
  });

  it('finds a generated actor by search', async () => {
    const [{ name }] = await api.sql(`SELECT name FROM actor WHERE id = $1`, [
      region.ids.actors[7],
    ]);
    const { data, errors } = await api.graphql(
      `query ($query: String!) { search(query: $query, kinds: [ACTOR]) { title node { id } } }`,
      { query: name },
    );
    expect(errors).toBeUndefined();
    expect(data!.search[0]).toEqual({
      title: name,
      node: { id: toGlobalId('Actor', region.ids.actors[7]) },
    });
  });

  it('writes history as the services do: a CREATE for each record, an END for each ended one, matching the rows', async () => {
    const events = await api.sql(
      `SELECT operation, count(*)::int AS n FROM audit_event WHERE request_id = $1
        GROUP BY operation ORDER BY operation`,
      [requestId(SMALL)],
    );
    const records = Object.entries(region.counts)
      .filter(([kind]) => !['representatives', 'ended', 'auditEvents'].includes(kind))
      .reduce((sum, [, n]) => sum + n, 1); // and the source
    expect(events).toEqual([
      { operation: 'CREATE', n: records },
      { operation: 'END', n: region.counts.ended },
    ]);
    expect(region.counts.auditEvents).toBe(records + region.counts.ended);
    // The latest snapshot of every record in valid time is the row as it is.
    for (const [table, type] of [
      ['position', 'Position'],
      ['forum_membership', 'ForumMembership'],
      ['responsibility', 'Responsibility'],
    ]) {
      const differing = await api.sql(
        `SELECT r.id FROM ${table} r
           JOIN LATERAL (SELECT after FROM audit_event e WHERE e.record_type = $1 AND e.record_id = r.id
                          ORDER BY e.id DESC LIMIT 1) latest ON true
          WHERE (latest.after->>'version')::int <> r.version
             OR (latest.after->>'updatedAt')::timestamptz <> r.updated_at
             OR (latest.after->>'createdAt')::timestamptz <> r.created_at
             OR latest.after->>'validFrom' IS DISTINCT FROM r.valid_from::text
             OR latest.after->>'validTo' IS DISTINCT FROM r.valid_to::text`,
        [type],
      );
      expect([table, differing]).toEqual([table, []]);
    }
    const [{ n: endedRows }] = await api.sql(
      `SELECT count(*)::int AS n FROM responsibility
        WHERE id = ANY($1::uuid[]) AND valid_to IS NOT NULL AND status = 'ENDED' AND version = 2`,
      [region.ids.responsibilities],
    );
    expect(endedRows).toBeGreaterThan(0);
    // The change feed lists the log in its order, which follows time.
    const [{ n: backwards }] = await api.sql(
      `SELECT count(*)::int AS n FROM (SELECT occurred_at < lag(occurred_at) OVER (ORDER BY id) AS back
         FROM audit_event WHERE request_id = $1) t WHERE back`,
      [requestId(SMALL)],
    );
    expect(backwards).toBe(0);
  });

  it('shapes snapshots as the services write them, and the services can end generated records', async () => {
    // An open record of each kind in valid time, ended through its `…End` mutation.
    for (const [mutation, type, table, ids] of [
      ['responsibilityEnd', 'Responsibility', 'responsibility', region.ids.responsibilities],
      ['positionEnd', 'Position', 'position', region.ids.positions],
      ['forumMembershipEnd', 'ForumMembership', 'forum_membership', region.ids.memberships],
    ] as const) {
      const [{ id }] = await api.sql(
        `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND valid_to IS NULL ORDER BY id LIMIT 1`,
        [ids],
      );
      const payload = await api.mutate(
        mutation,
        { id: toGlobalId(type, id), version: 1, validTo: '2026-06-01' },
        'userErrors { code }',
      );
      expect([mutation, payload.userErrors]).toEqual([mutation, []]);
    }
    // The seed writes no objective and no indicator: one of each through the services.
    await api.create('objectiveCreate', {
      strategy: toGlobalId('Strategy', region.ids.strategies[0]),
      code: '99',
      title: 'Skrivet genom tjänsten',
    });
    await api.create('indicatorCreate', {
      objective: toGlobalId('Objective', region.ids.objectives[0]),
      name: 'Skriven genom tjänsten',
      direction: 'INCREASE',
    });
    /** "Type OPERATION before|after": the keys of each kind of snapshot, generated or not. */
    const keys = await api.sql(
      `SELECT e.request_id = $1 AS generated,
              e.record_type || ' ' || e.operation || ' ' || side.name AS snapshot,
              (SELECT string_agg(k, ',' ORDER BY k) FROM jsonb_object_keys(side.value) k) AS keys
         FROM audit_event e
        CROSS JOIN LATERAL (VALUES ('before', e.before), ('after', e.after)) AS side(name, value)
        WHERE side.value IS NOT NULL AND e.operation IN ('CREATE', 'END')
        GROUP BY 1, 2, 3`,
      [requestId(SMALL)],
    );
    const of = (generated: boolean) =>
      Object.fromEntries(
        keys
          .filter((row) => row.generated === generated)
          .map((row) => [row.snapshot, row.keys])
          .sort(),
      );
    const generated = of(true);
    const services = of(false);
    expect(Object.keys(generated)).toHaveLength(10 + 3 * 2);
    for (const snapshot of Object.keys(generated)) {
      expect([snapshot, generated[snapshot]]).toEqual([snapshot, services[snapshot]]);
    }
    // Values of one key have one JSON type, whoever wrote them.
    const mixed = await api.sql(
      `SELECT e.record_type, k.key FROM audit_event e CROSS JOIN LATERAL jsonb_each(e.after) k
        WHERE jsonb_typeof(k.value) <> 'null'
        GROUP BY 1, 2 HAVING count(DISTINCT jsonb_typeof(k.value)) > 1`,
    );
    expect(mixed).toEqual([]);
  });

  it('reports progress phase by phase, each to its total', () => {
    const phases = [...new Set(progress.map((step) => step.phase))];
    expect(phases).toEqual([
      'sources',
      'actors',
      'people',
      'positions',
      'strategies',
      'objectives',
      'indicators',
      'forums',
      'memberships',
      'responsibilities',
      'history',
    ]);
    for (const phase of phases) {
      const steps = progress.filter((step) => step.phase === phase);
      expect(steps[0].done).toBe(0);
      expect(steps.at(-1)!.done).toBe(steps[0].total);
    }
    expect(progress.at(-1)).toEqual({
      phase: 'history',
      done: region.counts.auditEvents,
      total: region.counts.auditEvents,
    });
  });

  it('refuses a second set in the same database, writing nothing', async () => {
    const count = async () => (await api.sql(`SELECT count(*)::int AS n FROM actor`))[0].n;
    const before = await count();
    await expect(generateRegion(api.app.dataSource, { ...SMALL, seed: 4 })).rejects.toThrow(
      /already holds a generated data set/,
    );
    expect(await count()).toBe(before);
  });
});

describe('generation from a seed, in bulk', () => {
  /** Generates into a fresh, empty (migrated) database: the set, its statements and a fingerprint. */
  async function generateFresh(shape: Partial<RegionShape>) {
    const database = await createTestDatabase();
    const dataSource = await createApiDataSource({ url: database.url }).initialize();
    try {
      const scope = { requestId: 'test', sqlStatements: 0 };
      const region = await runInRequestScope(scope, () => generateRegion(dataSource, shape));
      return {
        region,
        statements: scope.sqlStatements,
        fingerprint: await fingerprint(dataSource),
      };
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  }

  /**
   * The whole audit log, in order, with every id replaced by what it is (an area by its code,
   * any other record by its type and place in the log): the same exactly when the records, their
   * relations, their periods and their history are.
   */
  async function fingerprint(dataSource: DataSource): Promise<string[]> {
    const events: { record_type: string; record_id: string; text: string }[] =
      await dataSource.query(
        `SELECT record_type, record_id, operation || ' ' || record_type || ' ' ||
                occurred_at::text || ' ' || coalesce(before::text, '') || ' ' || after::text AS text
           FROM audit_event WHERE starts_with(request_id, 'region-generator-') ORDER BY id`,
      );
    const areas: { id: string; code: string }[] = await dataSource.query(
      'SELECT id, code FROM area',
    );
    const name = new Map(areas.map(({ id, code }) => [id, `area ${code}`]));
    for (const event of events) {
      if (!name.has(event.record_id))
        name.set(event.record_id, `${event.record_type} ${name.size}`);
    }
    return events.map((event) =>
      event.text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
        if (!name.has(id)) throw new Error(`Unknown id ${id}`);
        return name.get(id)!;
      }),
    );
  }

  it('gives the same set for the same seed, another for another seed', async () => {
    const first = await generateFresh(SMALL);
    const again = await generateFresh(SMALL);
    const other = await generateFresh({ ...SMALL, seed: 4 });
    expect(first.fingerprint.length).toBe(first.region.counts.auditEvents);
    expect(again.fingerprint).toEqual(first.fingerprint);
    expect(again.region.counts).toEqual(first.region.counts);
    expect(other.fingerprint).not.toEqual(first.fingerprint);
  });

  it('writes twice the records with the same statements: a few per table, none per record', async () => {
    const small = await generateFresh(SMALL);
    const double = await generateFresh({
      ...SMALL,
      municipalities: 84,
      actors: 240,
      people: 300,
      positions: 320,
      forums: 60,
      memberships: 480,
      strategies: 50,
      objectives: 160,
      indicators: 80,
      responsibilities: 1200,
    });
    // Twice the records, and a few more areas.
    expect(double.region.counts.auditEvents).toBeGreaterThan(1.9 * small.region.counts.auditEvents);
    expect(double.statements).toBe(small.statements);
    expect(small.statements).toBeLessThan(40);
  });
});
