import { createHash } from 'node:crypto';
import { startTestApi, type TestApi } from '../../testing/test-api';
import { invitedUser, type TestBrowser } from '../../testing/browser';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const CREATE = `mutation ($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) {
  apiToken { id name prefix scopes serviceAccountRole user { email } expiresAt }
  secret userErrors { field code message } } }`;
const REVOKE = `mutation ($id: ID!) { apiTokenRevoke(input: { id: $id }) {
  apiToken { id } userErrors { field code } } }`;
const WRITE = `mutation ($name: String!, $areas: [ID!]) {
  actorCreate(input: { name: $name, sector: BUSINESS, level: LOCAL, type: COMPANY, areas: $areas }) {
    userErrors { code } } }`;

const userAs = (email: string, role?: string) => invitedUser(api, email, role);

/** A token `browser`'s user makes for themself; fails the test when refused. */
async function tokenOf(browser: TestBrowser, input: Record<string, unknown> = {}) {
  const { data } = await browser.graphql(CREATE, { input: { name: 'sync', ...input } });
  expect(data!.apiTokenCreate.userErrors).toEqual([]);
  return data!.apiTokenCreate as { apiToken: { id: string }; secret: string };
}

const topics = async () =>
  (await api.sql('SELECT name FROM topic ORDER BY name')).map((t) => t.name);

describe("a user's own tokens", () => {
  it('act for the user, are listed with when they were last used, and are audited as theirs', async () => {
    const { browser } = await userAs('olle@region.se');
    const { data } = await browser.graphql(CREATE, { input: { name: 'nattlig import' } });
    const made = data!.apiTokenCreate;
    expect(made.userErrors).toEqual([]);
    expect(made.secret).toMatch(/^svk_[0-9A-Za-z]{49}$/);
    expect(made.apiToken).toMatchObject({
      name: 'nattlig import',
      prefix: made.secret.slice(0, 10),
      scopes: ['READ', 'WRITE'],
      serviceAccountRole: null,
      user: { email: 'olle@region.se' },
    });
    const days = (Date.parse(made.apiToken.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(90);

    const written = await api.graphql(
      WRITE,
      { name: 'Ollens ämne', areas: [api.sweden] },
      { token: made.secret },
    );
    expect(written.data!.actorCreate.userErrors).toEqual([]);
    const [event] = await api.sql(
      `SELECT actor_name FROM audit_event WHERE after->>'name' = 'Ollens ämne'`,
    );
    expect(event.actor_name).toBe('olle@region.se (token "nattlig import")');

    const listed = await browser.graphql('{ viewer { tokens { id name lastUsedAt } } }');
    expect(listed.data!.viewer.tokens).toEqual([
      { id: made.apiToken.id, name: 'nattlig import', lastUsedAt: expect.any(String) },
    ]);
    const asToken = await api.graphql(
      '{ viewer { role user { email } sessions { id } token { id name } } }',
      {},
      {
        token: made.secret,
      },
    );
    expect(asToken.data!.viewer).toEqual({
      role: 'EDITOR',
      user: { email: 'olle@region.se' },
      sessions: [],
      token: { id: made.apiToken.id, name: 'nattlig import' },
    });
    // Signed in, the caller has no token of the request.
    expect((await browser.graphql('{ viewer { token { id } } }')).data!.viewer.token).toBeNull();
  });

  it('read only without the WRITE scope', async () => {
    const { browser } = await userAs('pia@region.se');
    const { secret } = await tokenOf(browser, { scopes: ['READ'] });
    const before = await topics();
    const refused = await api.graphql(
      WRITE,
      { name: 'Pias ämne', areas: [api.sweden] },
      { token: secret },
    );
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await topics()).toEqual(before);
    const history = await api.graphql(
      '{ changes(since: "2000-01-01T00:00:00Z", first: 1) { nodes { actorName } } }',
      {},
      { token: secret },
    );
    expect(history.data!.changes.nodes[0].actorName).toEqual(expect.any(String));
  });

  it('never do more than their user may now: a new role or a disabled user reaches them', async () => {
    const { browser, id } = await userAs('rut@region.se');
    const { secret } = await tokenOf(browser);
    const setRole = `mutation ($id: ID!) { userRoleSet(input: { id: $id, role: VIEWER }) { userErrors { code } } }`;
    await api.graphql(setRole, { id }, 'admin');
    const refused = await api.graphql(
      WRITE,
      { name: 'Ruts ämne', areas: [api.sweden] },
      { token: secret },
    );
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    await api.graphql(
      `mutation ($id: ID!) { userDisable(input: { id: $id }) { userErrors { code } } }`,
      { id },
      'admin',
    );
    const disabled = await api.graphql('{ viewer { role } }', {}, { token: secret });
    expect([disabled.status, disabled.errors![0].extensions!.code]).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
  });

  it('live 1 to 366 days, and stop working when they expire', async () => {
    const { browser } = await userAs('sam@region.se');
    const { data } = await browser.graphql(CREATE, {
      input: { name: ' ', scopes: [], expiresInDays: 367 },
    });
    expect(data!.apiTokenCreate.userErrors.map((e: { field: string[] }) => e.field)).toEqual([
      ['input', 'name'],
      ['input', 'scopes'],
      ['input', 'expiresInDays'],
    ]);
    const { secret, apiToken } = await tokenOf(browser, { expiresInDays: 1 });
    expect((await api.graphql('{ viewer { role } }', {}, { token: secret })).status).toBe(200);
    await api.sql(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE name = 'sync'
      AND user_id = (SELECT id FROM app_user WHERE email = 'sam@region.se')`);
    expect((await api.graphql('{ viewer { role } }', {}, { token: secret })).status).toBe(401);
    const listed = await browser.graphql('{ viewer { tokens { id } } }');
    expect(listed.data!.viewer.tokens).not.toContainEqual({ id: apiToken.id });
  });

  it('cannot make tokens or manage the account themselves', async () => {
    const { browser } = await userAs('tor@region.se');
    const { secret } = await tokenOf(browser);
    const made = await api.graphql(CREATE, { input: { name: 'another' } }, { token: secret });
    expect(made.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(
      Number((await api.sql(`SELECT count(*) AS n FROM api_token WHERE name = 'another'`))[0].n),
    ).toBe(0);
  });
});

describe('service accounts', () => {
  it("are an admin's to make, with a role; editors are refused and nothing is made", async () => {
    const { browser } = await userAs('ulf@region.se');
    const before = await api.sql('SELECT id FROM api_token ORDER BY id');
    const refused = await browser.graphql(CREATE, {
      input: { name: 'robot', serviceAccountRole: 'ADMIN' },
    });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await api.sql('SELECT id FROM api_token ORDER BY id')).toEqual(before);

    const { data } = await api.graphql(
      CREATE,
      {
        input: {
          name: 'import robot',
          serviceAccountRole: 'EDITOR',
          scopes: ['WRITE'],
          areas: [api.sweden],
        },
      },
      'admin',
    );
    expect(data!.apiTokenCreate.apiToken).toMatchObject({
      serviceAccountRole: 'EDITOR',
      user: null,
      scopes: ['WRITE'],
    });
    const robot = data!.apiTokenCreate.secret;
    const written = await api.graphql(
      WRITE,
      { name: 'Robotens ämne', areas: [api.sweden] },
      { token: robot },
    );
    expect(written.data!.actorCreate.userErrors).toEqual([]);
    const asRobot = await api.graphql(
      '{ viewer { role user { id } token { name serviceAccountRole } } }',
      {},
      { token: robot },
    );
    expect(asRobot.data!.viewer).toEqual({
      role: 'EDITOR',
      user: null,
      token: { name: 'import robot', serviceAccountRole: 'EDITOR' },
    });

    const all = await api.graphql('{ apiTokens { name user { email } } }', {}, 'admin');
    expect(all.data!.apiTokens).toContainEqual({ name: 'import robot', user: null });
    expect(all.data!.apiTokens).toContainEqual({
      name: 'nattlig import',
      user: { email: 'olle@region.se' },
    });
    const notAdmin = await browser.graphql('{ apiTokens { name } }');
    expect(notAdmin.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('revoking', () => {
  it("takes a user's own, the calling token itself, or any for an admin; never another's", async () => {
    const { browser: vera } = await userAs('vera@region.se');
    const { browser: wilma } = await userAs('wilma@region.se');
    const first = await tokenOf(vera);
    const second = await tokenOf(vera);
    const third = await tokenOf(vera);

    const refused = await wilma.graphql(REVOKE, { id: first.apiToken.id });
    expect(refused.data!.apiTokenRevoke.userErrors).toEqual([
      { field: ['input', 'id'], code: 'NOT_FOUND' },
    ]);
    expect((await api.graphql('{ viewer { role } }', {}, { token: first.secret })).status).toBe(
      200,
    );

    for (const [who, token] of [
      [vera, first],
      [null, second],
      ['admin', third],
    ] as const) {
      const { data } =
        who === null
          ? await api.graphql(REVOKE, { id: token.apiToken.id }, { token: token.secret })
          : who === 'admin'
            ? await api.graphql(REVOKE, { id: token.apiToken.id }, 'admin')
            : await who.graphql(REVOKE, { id: token.apiToken.id });
      expect(data!.apiTokenRevoke).toEqual({ apiToken: { id: token.apiToken.id }, userErrors: [] });
      const after = await api.graphql('{ viewer { role } }', {}, { token: token.secret });
      expect(after.status).toBe(401);
    }
  });
});

describe('the form of a token', () => {
  it('is checked before the database: a mistyped checksum is unknown', async () => {
    const { browser } = await userAs('xena@region.se');
    const { secret } = await tokenOf(browser);
    const last = secret.at(-1) === 'a' ? 'b' : 'a';
    const mistyped = await api.graphql(
      '{ viewer { role } }',
      {},
      {
        token: secret.slice(0, -1) + last,
      },
    );
    expect(mistyped.status).toBe(401);
  });

  it('of tokens made before the checksum is still accepted', async () => {
    const legacy = `svk_${'x'.repeat(43)}`;
    await api.sql(
      `INSERT INTO api_token (name, role, token_hash, display_prefix, expires_at)
       VALUES ('old script', 'EDITOR', $1, 'svk_xxxxxx', now() + interval '1 day')`,
      [createHash('sha256').update(legacy).digest('hex')],
    );
    const { data } = await api.graphql('{ viewer { role } }', {}, { token: legacy });
    expect(data!.viewer.role).toBe('EDITOR');
  });
});
