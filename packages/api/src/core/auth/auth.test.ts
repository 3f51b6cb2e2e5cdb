import { buildSchemaSync, Query, Resolver } from 'type-graphql';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { buildApiSchema } from '../../schema';
import {
  assertEveryRootFieldHasAccessRule,
  authChecker,
  rootFieldsWithoutAccessRule,
} from '../graphql/access';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const CREATE = `mutation { actorCreate(input: { name: "Obehörig AB", sector: BUSINESS, level: LOCAL, type: COMPANY }) {
  actor { id } userErrors { code } } }`;

describe('access', () => {
  it('lets anonymous callers read public data', async () => {
    const { data, errors } = await api.graphql('{ actors { totalCount } areas { totalCount } }');
    expect(errors).toBeUndefined();
    expect(data).toEqual({ actors: { totalCount: 0 }, areas: { totalCount: 323 } });
  });

  it('rejects an anonymous mutation with UNAUTHENTICATED and writes nothing', async () => {
    const { data, errors } = await api.graphql(CREATE);
    expect(data).toBeNull();
    expect(errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(errors![0].message).toMatch(/Authorization: Bearer/);
    expect(await api.sql('SELECT id FROM actor')).toEqual([]);
  });

  it('rejects a VIEWER mutation with FORBIDDEN and writes nothing', async () => {
    const { errors } = await api.graphql(CREATE, {}, 'viewer');
    expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(errors![0].message).toMatch(/EDITOR/);
    expect(await api.sql('SELECT id FROM actor')).toEqual([]);
  });

  it('rejects an unknown token rather than treating it as anonymous', async () => {
    const { status, errors } = await api.graphql(
      '{ actors { totalCount } }',
      {},
      { token: 'svk_not-a-real-token' },
    );
    expect(status).toBe(401);
    expect(errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lets an EDITOR and an ADMIN write', async () => {
    for (const role of ['editor', 'admin'] as const) {
      const { data } = await api.graphql(
        `mutation ($name: String!, $areas: [ID!]) { actorCreate(input: { name: $name, sector: BUSINESS, level: LOCAL, type: COMPANY, areas: $areas }) { userErrors { code } } }`,
        { name: `Behörig ${role}`, areas: [api.sweden] },
        role,
      );
      expect(data!.actorCreate.userErrors).toEqual([]);
    }
  });

  it('stores tokens only as hashes: no plaintext anywhere in the database', async () => {
    const { tokens } = api;
    const dump = await api.sql<{ text: string }>(
      `SELECT string_agg(t::text, ' ') AS text FROM (
         SELECT row_to_json(x)::text AS t FROM api_token x
         UNION ALL SELECT row_to_json(x)::text FROM audit_event x) rows`,
    );
    for (const secret of Object.values(tokens)) {
      expect(secret).toMatch(/^svk_[0-9A-Za-z]{49}$/);
      expect(dump[0].text).not.toContain(secret);
      expect(dump[0].text).not.toContain(secret.slice(12));
    }
  });
});

describe('default deny', () => {
  it('every root field of the schema has an access rule', () => {
    const schema = buildApiSchema();
    expect(rootFieldsWithoutAccessRule(schema)).toEqual([]);
    expect(Object.keys(schema.getMutationType()!.getFields()).length).toBeGreaterThan(0);
    expect(Object.keys(schema.getSubscriptionType()!.getFields()).sort()).toEqual([
      'forumMembershipChanged',
      'measurementChanged',
      'recordChanged',
      'responsibilityChanged',
    ]);
  });

  it('refuses to build a schema with a root field that has no rule', () => {
    @Resolver()
    class Unruled {
      @Query(() => String)
      secret() {
        return 'nope';
      }
    }
    const schema = buildSchemaSync({ resolvers: [Unruled], authChecker });
    expect(rootFieldsWithoutAccessRule(schema)).toEqual(['Query.secret']);
    expect(() => assertEveryRootFieldHasAccessRule(schema)).toThrow(/Query.secret/);
  });
});
