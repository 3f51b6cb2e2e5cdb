import { subscribe } from '../../testing/subscriptions';
import { startTestApiWithRegion, type TestApi } from '../../testing/test-api';
import { PRIVATE_TABLES, PUBLIC_ROLE, tablesToPublish } from './publication';

let api: TestApi;
let actor: string;
beforeAll(async () => ({ api, region: actor } = await startTestApiWithRegion()));
afterAll(() => api.stop());

/** What the catalog says, as the API's own role reads it. */
const catalog = <T>(sql: string, parameters: unknown[] = []) =>
  api.app.dataSource.query(sql, parameters) as Promise<T[]>;

describe('the role of anonymous requests', () => {
  it('reads the published views of the tables, and no table', async () => {
    const keys = await catalog<{ table: string; column: string; references: string }>(`
      SELECT c.conrelid::regclass::text AS table, a.attname AS column,
             c.confrelid::regclass::text AS references
        FROM pg_constraint c
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`);
    const views = await catalog<{ name: string; columns: string[]; of: string[] | null }>(`
      SELECT v.relname AS name,
             array_agg(va.attname ORDER BY va.attnum) AS columns,
             (SELECT array_agg(ta.attname ORDER BY ta.attnum) FROM pg_attribute ta
               WHERE ta.attrelid = to_regclass('public.' || v.relname) AND ta.attnum > 0
                 AND NOT ta.attisdropped) AS of
        FROM pg_class v JOIN pg_attribute va ON va.attrelid = v.oid AND va.attnum > 0
       WHERE v.relnamespace = 'published'::regnamespace AND v.relkind = 'v'
       GROUP BY v.relname`);
    // Every table whose rows hang on a record not yet public has a view, and every view all its
    // table's columns: a migration that adds a table or a column calls `refreshPublication`.
    for (const { table } of tablesToPublish(keys)) {
      expect(views.map((view) => view.name)).toContain(table);
    }
    const tables = await catalog<{ name: string }>(
      `SELECT relname AS name FROM pg_class
        WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname`,
    );
    const withoutView = tables
      .map((table) => table.name)
      .filter((table) => !views.some((view) => view.name === table));
    expect(withoutView).toEqual([...PRIVATE_TABLES].sort());
    for (const view of views.filter((candidate) => candidate.of !== null)) {
      expect({ view: view.name, columns: view.columns }).toEqual({
        view: view.name,
        columns: view.of,
      });
    }
    // It reads through `published` only: no table, and no view there of an account or a token.
    const readable = await catalog<{ schema: string; name: string }>(
      `SELECT c.relnamespace::regnamespace::text AS schema, c.relname AS name FROM pg_class c
        WHERE c.relnamespace IN ('public'::regnamespace, 'published'::regnamespace)
          AND c.relkind IN ('r', 'v') AND has_table_privilege($1, c.oid, 'SELECT')`,
      [PUBLIC_ROLE],
    );
    expect(readable.filter((relation) => relation.schema !== 'published')).toEqual([]);
    const names = readable.map((relation) => relation.name);
    for (const secret of ['app_user', 'user_session', 'api_token', 'user_invitation']) {
      expect(names).not.toContain(secret);
    }
    expect(names).toEqual(
      expect.arrayContaining(['actor', 'person', 'forum', 'audit_event', 'search_entry_key']),
    );
    const writable = await catalog<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c
        WHERE c.relnamespace IN ('public'::regnamespace, 'published'::regnamespace)
          AND (has_table_privilege($1, c.oid, 'INSERT') OR has_table_privilege($1, c.oid, 'UPDATE')
            OR has_table_privilege($1, c.oid, 'DELETE'))`,
      [PUBLIC_ROLE],
    );
    expect(writable).toEqual([]);
  });
});

describe('a proposal', () => {
  it('is shown to signed-in callers only, with everything that hangs on it, until it is decided', async () => {
    const proposed = await api.create('forumCreate', {
      kind: 'WORKING_GROUP',
      name: 'Framtidsrådet',
      status: 'PROPOSED',
    });
    const child = await api.create('forumCreate', {
      kind: 'NETWORK',
      name: 'Framtidsnätverket',
      parent: proposed.id,
    });
    await api.create('forumMembershipCreate', {
      forum: proposed.id,
      member: actor,
      role: 'MEMBER',
    });
    const strategy = await api.create('strategyCreate', {
      kind: 'ACTION_PLAN',
      name: 'Framtidsstrategin',
      status: 'PROPOSED',
      periodFrom: '2027-01-01',
    });
    await api.create('responsibilityCreate', {
      actor,
      subject: proposed.id,
      role: 'LEADS',
    });

    const query = `query ($forum: ID!, $strategy: ID!, $child: ID!, $actor: ID!, $now: DateTimeISO!) {
      node(id: $forum) { id }
      strategy: node(id: $strategy) { id }
      forum(slug: "framtidsradet") { id }
      forums(filter: { search: "Framtid" }) { nodes { name } }
      strategies(filter: { search: "Framtid" }) { nodes { name } }
      search(query: "Framtid") { title }
      child: node(id: $child) { ... on Forum { parent { name } } }
      actor: node(id: $actor) { ... on Actor {
        memberships { forum { name } }
        responsibilities { subject { ... on Forum { name } } }
      } }
      changes(since: "2000-01-01T00:00:00Z", types: [FORUM, STRATEGY, FORUM_MEMBERSHIP, RESPONSIBILITY], first: 100) {
        nodes { record { id } summary } }
      whoDoesWhat(filter: { actor: $actor, depth: 2 }) { nodes { id label } edges { source target } }
      region: whoDoesWhat { nodes { id label } edges { source target } }
      known: whoDoesWhat(filter: { knownAt: $now }) { nodes { id label } edges { source target } }
    }`;
    const variables = {
      forum: proposed.id,
      strategy: strategy.id,
      child: child.id,
      actor,
      now: new Date().toISOString(),
    };
    const anonymous = await api.graphql(query, variables);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data).toMatchObject({
      node: null,
      strategy: null,
      forum: null,
      forums: { nodes: [{ name: 'Framtidsnätverket' }] },
      strategies: { nodes: [] },
      child: { parent: null },
    });
    expect(anonymous.data!.search.map((hit: { title: string }) => hit.title)).toEqual([
      'Framtidsnätverket',
    ]);
    expect(JSON.stringify(anonymous.data)).not.toMatch(/Framtidsrådet|Framtidsstrategin/);
    expect(JSON.stringify(anonymous.data)).not.toContain(proposed.id);

    const viewer = await api.graphql(query, variables, 'viewer');
    expect(viewer.errors).toBeUndefined();
    expect(viewer.data).toMatchObject({
      node: { id: proposed.id },
      strategy: { id: strategy.id },
      forum: { id: proposed.id },
      strategies: { nodes: [{ name: 'Framtidsstrategin' }] },
      child: { parent: { name: 'Framtidsrådet' } },
    });
    expect(viewer.data!.actor.memberships).toContainEqual({ forum: { name: 'Framtidsrådet' } });
    for (const map of ['whoDoesWhat', 'region', 'known']) {
      expect(JSON.stringify(viewer.data![map])).toContain(proposed.id);
    }
    expect(JSON.stringify(viewer.data!.changes)).toContain(proposed.id);

    // Decided: public, with its history and all that hangs on it.
    await api.mutate(
      'forumUpdate',
      { id: proposed.id, version: proposed.version, status: 'ACTIVE' },
      'forum { id }',
    );
    const decided = await api.graphql(
      `query ($id: ID!, $child: ID!, $actor: ID!) {
        node(id: $id) { ... on Forum { name status history(first: 10) { nodes { operation } } } }
        child: node(id: $child) { ... on Forum { parent { name } } }
        actor: node(id: $actor) { ... on Actor { memberships { forum { name } } } }
      }`,
      { id: proposed.id, child: child.id, actor },
    );
    expect(decided.data).toMatchObject({
      node: {
        name: 'Framtidsrådet',
        status: 'ACTIVE',
        history: { nodes: [{ operation: 'UPDATE' }, { operation: 'CREATE' }] },
      },
      child: { parent: { name: 'Framtidsrådet' } },
    });
    expect(decided.data!.actor.memberships).toContainEqual({ forum: { name: 'Framtidsrådet' } });
  });

  it('hides what hangs deep below a proposal, and follows its status both ways', async () => {
    const forum = await api.create(
      'forumCreate',
      { kind: 'COUNCIL', name: 'Växlande rådet', status: 'PROPOSED' },
      'id version',
    );
    const meeting = await api.create('meetingCreate', {
      forum: forum.id,
      title: 'Första mötet',
      startsAt: '2026-01-15T09:00:00Z',
    });
    const item = await api.create('agendaItemCreate', { meeting: meeting.id, title: 'Växla' });
    const strategy = await api.create('strategyCreate', {
      kind: 'PROGRAMME',
      name: 'Växlande programmet',
      status: 'PROPOSED',
    });
    const objective = await api.create('objectiveCreate', {
      strategy: strategy.id,
      code: '1',
      title: 'Växla mål',
    });
    const seen = async () => {
      const { data, errors } = await api.graphql(
        `query ($ids: [ID!]!) { nodes(ids: $ids) { id } search(query: "Växla") { title } }`,
        { ids: [meeting.id, item.id, objective.id] },
      );
      expect(errors).toBeUndefined();
      const titles = data!.search.map((hit: { title: string }) => hit.title).sort();
      return { nodes: data!.nodes.filter(Boolean).length, titles };
    };
    expect(await seen()).toEqual({ nodes: 0, titles: [] });
    const decided = await api.mutate(
      'forumUpdate',
      { id: forum.id, version: forum.version, status: 'ACTIVE' },
      'forum { version }',
    );
    // The forum's meeting and agenda item; not the objective of the proposed programme.
    expect(await seen()).toEqual({ nodes: 2, titles: ['Växla', 'Växlande rådet'] });
    await api.mutate(
      'forumUpdate',
      { id: forum.id, version: decided.forum.version, status: 'PROPOSED' },
      'forum { id }',
    );
    expect(await seen()).toEqual({ nodes: 0, titles: [] });
  });

  it('has no live changes for anonymous subscribers', async () => {
    const proposed = await api.create('forumCreate', {
      kind: 'COUNCIL',
      name: 'Tyst rådet',
      status: 'PROPOSED',
    });
    const query = `subscription ($id: ID!) { recordChanged(id: $id) { operation } }`;
    const anonymous = await subscribe(
      api.url,
      query,
      { id: proposed.id },
      {
        listening: api.app.live,
      },
    );
    const viewer = await subscribe(
      api.url,
      query,
      { id: proposed.id },
      {
        token: api.tokens.viewer,
        listening: api.app.live,
      },
    );
    const updated = await api.mutate(
      'forumUpdate',
      { id: proposed.id, version: proposed.version, description: 'Förslag' },
      'forum { version }',
    );
    expect(await viewer.next()).toEqual({ data: { recordChanged: { operation: 'UPDATE' } } });
    // Decided: now the anonymous subscriber hears of it, and of nothing before.
    await api.mutate(
      'forumUpdate',
      { id: proposed.id, version: updated.forum.version, status: 'ACTIVE' },
      'forum { id }',
    );
    expect(await anonymous.next()).toEqual({ data: { recordChanged: { operation: 'UPDATE' } } });
    expect(anonymous.pending()).toBe(0);
    await Promise.all([anonymous.close(), viewer.close()]);
  });
});
