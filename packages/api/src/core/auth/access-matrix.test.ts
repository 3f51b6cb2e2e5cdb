import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { buildApiSchema } from '../../schema';
import { HOME_AREAS } from '../../modules/area';
import { invitedUser, type TestBrowser } from '../../testing/browser';
import { minimalOperation } from '../../testing/minimal-input';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { connectWebSocket } from '../../testing/websocket';
import { areasWithin } from '../db/areas-within';
import { toGlobalId } from '../relay/global-id';
import type { Role } from './roles';

/*
 * The role × operation matrix. Every root field of the schema (each query, mutation and
 * subscription) is asked of every kind of caller that may not use it, over HTTP and WebSocket,
 * with arguments that pass GraphQL's checks; each is refused before any resolver runs, and the
 * database is compared before and after. Then every record type's update is asked of an editor
 * of the record's county (allowed) and of another county's (refused, nothing written).
 */

let api: TestApi;
const schema = buildApiSchema();
/** Tokens that stand for no one: each is refused whatever it asks. */
const BAD_TOKENS = ['expired', 'revoked', 'malformed'] as const;
const badTokens = {} as Record<(typeof BAD_TOKENS)[number], string>;
/** A token that only reads: a service account's admin token without the WRITE scope. */
let readOnly: string;

beforeAll(async () => {
  api = await startTestApi({ seed: true });
  const { token } = api.app.services;
  badTokens.expired = (await token.issue('expired', 'ADMIN', { days: -1 })).secret;
  const revoked = await token.issue('revoked', 'ADMIN');
  await token.revoke(revoked.token.id);
  badTokens.revoked = revoked.secret;
  badTokens.malformed = 'svk_this-is-not-a-token';
  readOnly = (await token.issue('read only', 'ADMIN', { scopes: ['READ'] })).secret;
}, 120_000);
afterAll(() => api.stop());

type Operation = 'query' | 'mutation' | 'subscription';
interface RootField {
  operation: Operation;
  field: GraphQLField<unknown, unknown>;
  access: 'PUBLIC' | Role;
}

function rootFields(operations: Operation[]): RootField[] {
  const roots: Record<Operation, GraphQLObjectType | null | undefined> = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  };
  return operations.flatMap((operation) =>
    Object.values(roots[operation]!.getFields()).map((field) => ({
      operation,
      field,
      access: field.extensions.access as RootField['access'],
    })),
  );
}

/** The refusal a caller of `role` (null: anonymous) gets for a field of `access`; null: none. */
function refusal(role: Role | null, access: RootField['access']): string | null {
  if (access === 'PUBLIC') return null;
  if (role === null) return 'UNAUTHENTICATED';
  const rank = ['VIEWER', 'EDITOR', 'ADMIN'];
  return rank.indexOf(role) < rank.indexOf(access) ? 'FORBIDDEN' : null;
}

/**
 * What a refused request could have changed: the rows of every table, and the versions of every
 * versioned one (tokens and sessions are left out: using them marks them used).
 */
async function database(): Promise<Record<string, unknown>> {
  const tables = await api.sql<{ name: string; versioned: boolean }>(
    `SELECT c.table_name AS name,
            bool_or(c.column_name = 'version') AS versioned
       FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND c.table_name NOT IN ('api_token', 'user_session', 'sign_in_throttle')
      GROUP BY c.table_name ORDER BY 1`,
  );
  const [row] = await api.sql(
    `SELECT ${tables
      .map(
        ({ name, versioned }) =>
          `(SELECT jsonb_build_array(count(*)${versioned ? ', sum(version)' : ''}) FROM "${name}") AS "${name}"`,
      )
      .join(', ')}`,
  );
  return row;
}

const CALLERS: { name: string; role: Role | null; token: () => string | undefined }[] = [
  { name: 'anonymous', role: null, token: () => undefined },
  { name: 'VIEWER', role: 'VIEWER', token: () => api.tokens.viewer },
  { name: 'read-only token', role: 'VIEWER', token: () => readOnly },
  { name: 'EDITOR', role: 'EDITOR', token: () => api.tokens.editor },
];

describe('every root field, over HTTP', () => {
  it.each(CALLERS)('is refused to $name where its rule says so', async ({ role, token }) => {
    const before = await database();
    const answers: [string, unknown][] = [];
    const expected: [string, unknown][] = [];
    for (const { operation, field, access } of rootFields(['query', 'mutation'])) {
      const code = refusal(role, access);
      if (!code) continue;
      const { query, variables } = minimalOperation(operation, field);
      const caller = token();
      const { errors } = await api.graphql(
        query,
        variables,
        caller ? { token: caller } : undefined,
      );
      answers.push([field.name, errors?.[0]?.extensions?.code ?? errors?.[0]?.message]);
      expected.push([field.name, code]);
    }
    expect(answers).toEqual(expected);
    expect(answers.length).toBeGreaterThan(role === 'EDITOR' ? 10 : 60);
    expect(await database()).toEqual(before);
  });

  it.each(BAD_TOKENS)('is refused, public or not, to a %s token (401)', async (kind) => {
    const before = await database();
    const answers: [string, unknown, unknown][] = [];
    for (const { operation, field } of rootFields(['query', 'mutation'])) {
      const { query, variables } = minimalOperation(operation, field);
      const token = badTokens[kind];
      const { status, errors } = await api.graphql(query, variables, { token });
      answers.push([field.name, status, errors?.[0]?.extensions?.code]);
    }
    expect(answers).toEqual(answers.map(([name]) => [name, 401, 'UNAUTHENTICATED']));
    expect(await database()).toEqual(before);
  });
});

describe('every root field, over WebSocket', () => {
  it.each(CALLERS)('is refused to $name where its rule says so', async ({ role, token }) => {
    const before = await database();
    const socket = connectWebSocket(api, { token: token() });
    const answers: [string, unknown][] = [];
    const expected: [string, unknown][] = [];
    try {
      for (const { operation, field, access } of rootFields([
        'query',
        'mutation',
        'subscription',
      ])) {
        const code = refusal(role, access);
        if (!code) continue;
        const { query, variables } = minimalOperation(operation, field);
        const answer = await socket.ask(query, variables).catch((errors: any) => ({ errors }));
        answers.push([field.name, answer.errors?.[0]?.extensions?.code]);
        expected.push([field.name, code]);
      }
    } finally {
      await socket.client.dispose();
    }
    expect(answers).toEqual(expected);
    expect(await database()).toEqual(before);
  });

  it.each(BAD_TOKENS)('closes a socket opened with a %s token (4403)', async (kind) => {
    const socket = connectWebSocket(api, { token: badTokens[kind] });
    const answer = await socket
      .ask('{ viewer { role } }')
      .then(() => 'answered')
      .catch(() => 'refused');
    expect([answer, socket.closes]).toEqual(['refused', [4403]]);
  });
});

describe("every record type's update", () => {
  /** Record types and their tables, as `HOME_AREAS` names them (the update is `<key>Update`). */
  const types = Object.keys(HOME_AREAS) as (keyof typeof HOME_AREAS)[];
  const tableOf = (key: string) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  let jamtland: TestBrowser;
  let vasterbotten: TestBrowser;
  let county: Record<'jamtland' | 'vasterbotten', string>;

  beforeAll(async () => {
    const { data } = await api.graphql(
      `{ jamtland: area(code: "23") { id } vasterbotten: area(code: "24") { id } }`,
    );
    county = { jamtland: data!.jamtland.id, vasterbotten: data!.vasterbotten.id };
    ({ browser: jamtland } = await invitedUser(api, 'matrix-z@region.se', 'EDITOR', [
      county.jamtland,
    ]));
    ({ browser: vasterbotten } = await invitedUser(api, 'matrix-ac@region.se', 'EDITOR', [
      county.vasterbotten,
    ]));
    // Records the seed has none of in Jämtland alone: a chain of them in a Jämtland forum and
    // strategy.
    const forum = await api.create('forumCreate', {
      name: 'Matrisforumet',
      kind: 'NETWORK',
      area: county.jamtland,
    });
    const strategy = await api.create('strategyCreate', {
      name: 'Matrisstrategin',
      kind: 'PROGRAMME',
      status: 'ACTIVE',
      area: county.jamtland,
    });
    const objective = await api.create('objectiveCreate', {
      strategy: strategy.id,
      code: 'M1',
      title: 'Matrismålet',
    });
    const indicator = await api.create('indicatorCreate', {
      objective: objective.id,
      name: 'Matrismåttet',
      direction: 'INCREASE',
    });
    await api.create('measurementCreate', {
      indicator: indicator.id,
      date: '2024-01-01',
      value: 1,
    });
    const meeting = await api.create('meetingCreate', {
      forum: forum.id,
      title: 'Matrismötet',
      startsAt: '2024-03-01T10:00:00Z',
    });
    await api.create('agendaItemCreate', { meeting: meeting.id, title: 'Matrispunkten' });
    await api.create('collaborationAssessmentCreate', {
      assessed: { forum: forum.id },
      date: '2024-01-01',
    });
  });

  /** A seeded record of `key` that belongs to Jämtland only: its global ID and version. */
  async function jamtlandRecord(key: keyof typeof HOME_AREAS) {
    const home = HOME_AREAS[key].sql.replaceAll('$1', 'record.id');
    const within = (code: string) =>
      `EXISTS (SELECT FROM (${home}) h(id) WHERE h.id IN (${areasWithin(
        `(SELECT id FROM area WHERE code = '${code}')`,
      )}))`;
    const [found] = await api.sql<{ id: string; version: number }>(
      `SELECT id, version FROM ${tableOf(key)} record
        WHERE ${within('23')} AND NOT ${within('24')} ORDER BY id LIMIT 1`,
    );
    return found;
  }

  it.each(types)(
    '%s: refused to an editor of another county, allowed to one of its own',
    async (key) => {
      const record = await jamtlandRecord(key);
      expect([key, record]).toEqual([key, expect.objectContaining({ id: expect.any(String) })]);
      const type = key[0].toUpperCase() + key.slice(1);
      const update = `mutation ($input: ${type}UpdateInput!) { ${key}Update(input: $input) { userErrors { code } } }`;
      const input = { id: toGlobalId(type, record.id), version: record.version };
      const before = await database();
      const refused = await vasterbotten.graphql(update, { input });
      expect([key, refused.errors?.[0]?.extensions?.code]).toEqual([key, 'FORBIDDEN']);
      expect(await database()).toEqual(before);
      const allowed = await jamtland.graphql(update, { input });
      expect([key, allowed.errors, allowed.data?.[`${key}Update`]?.userErrors]).toEqual([
        key,
        undefined,
        [],
      ]);
    },
  );
});
