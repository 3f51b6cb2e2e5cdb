import { startTestApi, type TestApi } from '../../testing/test-api';
import {
  ACCEPT,
  invite as inviteAs,
  invitedUser,
  SIGN_IN,
  TEST_PASSWORD,
  TestBrowser,
  VIEWER,
} from '../../testing/browser';

const PASSWORD = TEST_PASSWORD;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.stop());

const invite = (email: string, role?: string) => inviteAs(api, email, role);
const userAs = (email: string, role?: string) => invitedUser(api, email, role);

const count = async (table: string) =>
  Number((await api.sql(`SELECT count(*) AS n FROM ${table}`))[0].n);

describe('the first admin', () => {
  it('is invited on start with a one-time link, until someone accepts it', async () => {
    const users = api.app.services.user;
    const first = (await users.firstAdminInvitation())!;
    const second = (await users.firstAdminInvitation())!;
    expect(second.secret).toMatch(/^svi_[0-9A-Za-z]{49}$/);
    const browser = new TestBrowser(api);
    const stale = await browser.graphql(ACCEPT, {
      input: { secret: first.secret, password: PASSWORD, email: 'first@example.se' },
    });
    expect(stale.data!.invitationAccept.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'secret'], code: 'EXPIRED' }),
    ]);
    const missing = await browser.graphql(ACCEPT, {
      input: { secret: second.secret, password: PASSWORD },
    });
    expect(missing.data!.invitationAccept.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'email'], code: 'REQUIRED' }),
      expect.objectContaining({ field: ['input', 'displayName'], code: 'REQUIRED' }),
    ]);
    const accepted = await browser.graphql(ACCEPT, {
      input: {
        secret: second.secret,
        password: PASSWORD,
        email: 'First@Example.se',
        displayName: 'Första Admin',
      },
    });
    expect(accepted.data!.invitationAccept).toEqual({
      user: expect.objectContaining({ email: 'First@Example.se', role: 'ADMIN' }),
      userErrors: [],
    });
    expect(accepted.setCookies).toEqual([
      expect.stringMatching(
        /^samverkan_session=svs_[0-9A-Za-z]{49}; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/,
      ),
    ]);
    expect(await users.firstAdminInvitation()).toBeNull();

    const { data } = await browser.graphql(VIEWER);
    expect(data!.viewer).toEqual({
      role: 'ADMIN',
      user: { email: 'First@Example.se', displayName: 'Första Admin', role: 'ADMIN' },
      sessions: [{ id: expect.any(String), current: true }],
    });
  });
});

describe('invitations', () => {
  it('make a user with the role the admin chose; a link works once', async () => {
    const secret = await invite('anna.berg@region.se', 'EDITOR');
    const browser = new TestBrowser(api);
    const short = await browser.graphql(ACCEPT, { input: { secret, password: 'too short' } });
    expect(short.data!.invitationAccept.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'password'], code: 'INVALID' }),
    ]);
    const accepted = await browser.graphql(ACCEPT, { input: { secret, password: PASSWORD } });
    expect(accepted.data!.invitationAccept.user).toMatchObject({
      email: 'anna.berg@region.se',
      displayName: 'Anna Berg',
      role: 'EDITOR',
    });
    const again = await new TestBrowser(api).graphql(ACCEPT, {
      input: { secret, password: PASSWORD },
    });
    expect(again.data!.invitationAccept.userErrors[0].code).toBe('EXPIRED');
  });

  it('refuse an address a user has, and bad addresses', async () => {
    const { data } = await api.graphql(
      `mutation { a: userInvite(input: { email: "ANNA.BERG@region.se", displayName: "A", role: VIEWER }) { userErrors { field code } }
                  b: userInvite(input: { email: "hello world", displayName: " ", role: VIEWER }) { userErrors { field code } } }`,
      {},
      'admin',
    );
    expect(data!.a.userErrors).toEqual([{ field: ['input', 'email'], code: 'TAKEN' }]);
    expect(data!.b.userErrors).toEqual([
      { field: ['input', 'email'], code: 'INVALID' },
      { field: ['input', 'displayName'], code: 'REQUIRED' },
    ]);
  });

  it('are listed for admins and can be withdrawn; a newer one replaces an older', async () => {
    const older = await invite('bo@kommun.se');
    await invite('bo@kommun.se');
    const { data } = await api.graphql('{ invitations { id email } }', {}, 'admin');
    const open = data!.invitations.filter((i: { email: string }) => i.email === 'bo@kommun.se');
    expect(open).toHaveLength(1);
    const withdrawn = await api.graphql(
      `mutation ($id: ID!) { invitationWithdraw(input: { id: $id }) { invitation { email } userErrors { code } } }`,
      { id: open[0].id },
      'admin',
    );
    expect(withdrawn.data!.invitationWithdraw.invitation.email).toBe('bo@kommun.se');
    const browser = new TestBrowser(api);
    const { data: refused } = await browser.graphql(ACCEPT, {
      input: { secret: older, password: PASSWORD },
    });
    expect(refused!.invitationAccept.userErrors[0].code).toBe('EXPIRED');
  });

  it('are made only by admins: editors and anonymous callers are refused, nothing is written', async () => {
    const query = `mutation { userInvite(input: { email: "x@y.se", displayName: "X", role: ADMIN }) { linkPath } }`;
    const { browser } = await userAs('editor.invites@region.se');
    const before = await count('user_invitation');
    const results = [
      await api.graphql(query),
      await api.graphql(query, {}, 'editor'),
      await browser.graphql(query),
      await api.graphql('{ users { email } }', {}, 'viewer'),
      await api.graphql('{ invitations { email } }'),
    ];
    expect(results.map(({ errors }) => errors![0].extensions!.code)).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'UNAUTHENTICATED',
    ]);
    expect(await count('user_invitation')).toBe(before);
  });
});

describe('signing in', () => {
  it('starts a session whose cookie lets the user write, audited under their address', async () => {
    await userAs('cecilia@region.se');
    const browser = new TestBrowser(api);
    const { data, setCookies } = await browser.graphql(SIGN_IN, {
      input: { email: ' CECILIA@region.se', password: PASSWORD },
    });
    expect(data!.signIn).toEqual({
      user: { email: 'cecilia@region.se', role: 'EDITOR' },
      userErrors: [],
    });
    expect(setCookies[0]).toMatch(/HttpOnly; SameSite=Lax$/);
    const created = await browser.graphql(
      `mutation { actorCreate(input: { name: "Cecilias AB", sector: BUSINESS, level: LOCAL, type: COMPANY, areas: ["${api.sweden}"] }) { actor { id } userErrors { code } } }`,
    );
    expect(created.data!.actorCreate.userErrors).toEqual([]);
    const [event] = await api.sql(
      `SELECT actor_name FROM audit_event WHERE record_type = 'Actor' AND after->>'name' = 'Cecilias AB'`,
    );
    expect(event.actor_name).toBe('cecilia@region.se');
  });

  it('refuses a wrong password and an unknown address alike', async () => {
    const browser = new TestBrowser(api);
    const wrong = await browser.graphql(SIGN_IN, {
      input: { email: 'cecilia@region.se', password: 'not the password at all' },
    });
    const unknown = await browser.graphql(SIGN_IN, {
      input: { email: 'nobody@region.se', password: PASSWORD },
    });
    expect(wrong.data!.signIn).toEqual(unknown.data!.signIn);
    expect(wrong.data!.signIn.userErrors).toEqual([
      {
        field: ['input', 'password'],
        code: 'CREDENTIALS',
        message: 'The e-mail address and password do not match an account that may sign in.',
      },
    ]);
    expect([wrong.setCookies, browser.cookie]).toEqual([[], null]);
  });

  it('sends the cookie Secure when the API is not reached on this machine', async () => {
    const browser = new TestBrowser(api, 'samverkan.example.se');
    await browser.signIn('cecilia@region.se', PASSWORD);
    const { setCookies } = await browser.graphql(SIGN_IN, {
      input: { email: 'cecilia@region.se', password: PASSWORD },
    });
    expect(setCookies[0]).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
  });

  it('is throttled per account after five failures, even with the right password', async () => {
    await userAs('dan@region.se');
    const browser = new TestBrowser(api);
    for (let attempt = 0; attempt < 5; attempt++) {
      const { data } = await browser.graphql(SIGN_IN, {
        input: { email: 'dan@region.se', password: `wrong password number ${attempt}` },
      });
      expect(data!.signIn.userErrors[0].code).toBe('CREDENTIALS');
    }
    const { data } = await browser.graphql(SIGN_IN, {
      input: { email: 'DAN@region.se', password: PASSWORD },
    });
    expect(data!.signIn.userErrors).toEqual([
      {
        field: ['input', 'email'],
        code: 'THROTTLED',
        message: 'Too many failed attempts: try again in 15 minutes.',
      },
    ]);
    expect(browser.cookie).toBeNull();
    // Another account from the same address is not held up by this one.
    await new TestBrowser(api).signIn('cecilia@region.se', PASSWORD);
  });
});

describe('sessions', () => {
  it('expire when idle too long or too old: the browser reads on as anonymous', async () => {
    const { browser } = await userAs('eva@region.se');
    const sessionOf = `SELECT s.id FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE u.email = 'eva@region.se' AND s.ended_at IS NULL`;
    const [{ id }] = await api.sql(sessionOf);
    await api.sql(
      `UPDATE user_session SET last_seen_at = now() - interval '5 minutes' WHERE id = $1`,
      [id],
    );
    expect((await browser.graphql(VIEWER)).data!.viewer.role).toBe('EDITOR');
    const [{ fresh }] = await api.sql(
      `SELECT last_seen_at > now() - interval '1 minute' AS fresh FROM user_session WHERE id = $1`,
      [id],
    );
    expect(fresh).toBe(true);

    await api.sql(
      `UPDATE user_session SET last_seen_at = now() - interval '121 minutes' WHERE id = $1`,
      [id],
    );
    const idle = await browser.graphql(VIEWER);
    expect(idle.data!.viewer).toEqual({ role: null, user: null, sessions: [] });
    expect(idle.setCookies[0]).toMatch(/^samverkan_session=; .*Expires=Thu, 01 Jan 1970/);

    await browser.signIn('eva@region.se', PASSWORD);
    await api.sql(
      `UPDATE user_session SET expires_at = now() - interval '1 second'
        WHERE id IN (${sessionOf})`,
    );
    expect((await browser.graphql(VIEWER)).data!.viewer.role).toBeNull();
    const write = await browser.graphql(
      `mutation { actorCreate(input: { name: "Evas AB", sector: BUSINESS, level: LOCAL, type: COMPANY, areas: ["${api.sweden}"] }) { userErrors { code } } }`,
    );
    expect(write.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('end on signing out, here or everywhere', async () => {
    const { browser: first } = await userAs('fia@region.se');
    const second = new TestBrowser(api);
    await second.signIn('fia@region.se', PASSWORD);
    const third = new TestBrowser(api);
    await third.signIn('fia@region.se', PASSWORD);
    expect((await first.graphql(VIEWER)).data!.viewer.sessions).toHaveLength(3);

    const out = `mutation ($everywhere: Boolean!) { signOut(input: { everywhere: $everywhere }) { endedSessions } }`;
    const here = await third.graphql(out, { everywhere: false });
    expect(here.data!.signOut.endedSessions).toBe(1);
    expect(third.cookie).toBeNull();
    expect((await first.graphql(VIEWER)).data!.viewer.sessions).toHaveLength(2);

    const everywhere = await second.graphql(out, { everywhere: true });
    expect(everywhere.data!.signOut.endedSessions).toBe(2);
    expect((await first.graphql(VIEWER)).data!.viewer.role).toBeNull();
  });

  it('can be listed and ended one by one by their user only', async () => {
    const { browser: laptop } = await userAs('gun@region.se');
    const phone = new TestBrowser(api);
    await phone.signIn('gun@region.se', PASSWORD);
    const { data } = await laptop.graphql(VIEWER);
    const other = data!.viewer.sessions.find((s: { current: boolean }) => !s.current);
    const { browser: stranger } = await userAs('hugo@region.se');
    const end = `mutation ($id: ID!) { sessionEnd(input: { id: $id }) { session { id current } userErrors { field code } } }`;
    const refused = await stranger.graphql(end, { id: other.id });
    expect(refused.data!.sessionEnd.userErrors).toEqual([
      { field: ['input', 'id'], code: 'NOT_FOUND' },
    ]);
    expect((await phone.graphql(VIEWER)).data!.viewer.role).toBe('EDITOR');

    const ended = await laptop.graphql(end, { id: other.id });
    expect(ended.data!.sessionEnd.session).toEqual({ id: other.id, current: false });
    expect((await phone.graphql(VIEWER)).data!.viewer.role).toBeNull();
    expect((await laptop.graphql(VIEWER)).data!.viewer.role).toBe('EDITOR');
  });
});

describe('passwords', () => {
  const change = `mutation ($input: PasswordChangeInput!) { passwordChange(input: $input) { user { email } userErrors { field code } } }`;

  it('change with the current one; other sessions end, this one stays', async () => {
    const { browser } = await userAs('ida@region.se');
    const other = new TestBrowser(api);
    await other.signIn('ida@region.se', PASSWORD);
    const refused = await browser.graphql(change, {
      input: { currentPassword: 'not my password at all', newPassword: 'short' },
    });
    expect(refused.data!.passwordChange.userErrors).toEqual([
      { field: ['input', 'currentPassword'], code: 'CREDENTIALS' },
      { field: ['input', 'newPassword'], code: 'INVALID' },
    ]);
    const next = 'a brand new passphrase for ida';
    const changed = await browser.graphql(change, {
      input: { currentPassword: PASSWORD, newPassword: next },
    });
    expect(changed.data!.passwordChange).toEqual({
      user: { email: 'ida@region.se' },
      userErrors: [],
    });
    expect((await browser.graphql(VIEWER)).data!.viewer.role).toBe('EDITOR');
    expect((await other.graphql(VIEWER)).data!.viewer.role).toBeNull();
    const old = await new TestBrowser(api).graphql(SIGN_IN, {
      input: { email: 'ida@region.se', password: PASSWORD },
    });
    expect(old.data!.signIn.userErrors[0].code).toBe('CREDENTIALS');
    await new TestBrowser(api).signIn('ida@region.se', next);
  });

  it('are kept only as argon2id hashes', async () => {
    const rows = await api.sql(`SELECT password_hash FROM app_user`);
    expect(rows.length).toBeGreaterThan(0);
    for (const { password_hash } of rows) expect(password_hash).toMatch(/^\$argon2id\$v=19\$/);
    const dump = await api.sql<{ text: string }>(
      `SELECT string_agg(row_to_json(x)::text, ' ') AS text FROM
         (SELECT * FROM app_user) x`,
    );
    expect(dump[0].text).not.toContain(PASSWORD);
  });

  it('cannot be changed by an API token: it has no password', async () => {
    const { errors } = await api.graphql(
      change,
      { input: { currentPassword: PASSWORD, newPassword: 'whatever it may be now' } },
      'editor',
    );
    expect(errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('managing users', () => {
  const disable = `mutation ($id: ID!) { userDisable(input: { id: $id }) { user { disabled } userErrors { field code message } } }`;
  const enable = `mutation ($id: ID!) { userEnable(input: { id: $id }) { user { disabled } userErrors { code } } }`;
  const setRole = `mutation ($id: ID!, $role: Role!, $areas: [ID!]) { userRoleSet(input: { id: $id, role: $role, areas: $areas }) { user { role } userErrors { field code } } }`;

  it('a disabled user is signed out and cannot sign in until enabled', async () => {
    const { browser, id } = await userAs('jan@region.se');
    const disabled = await api.graphql(disable, { id }, 'admin');
    expect(disabled.data!.userDisable).toEqual({ user: { disabled: true }, userErrors: [] });
    expect((await browser.graphql(VIEWER)).data!.viewer.role).toBeNull();
    const refused = await new TestBrowser(api).graphql(SIGN_IN, {
      input: { email: 'jan@region.se', password: PASSWORD },
    });
    expect(refused.data!.signIn.userErrors[0].code).toBe('CREDENTIALS');
    await api.graphql(enable, { id }, 'admin');
    await browser.signIn('jan@region.se', PASSWORD);
  });

  it('roles change what a user may do at their next request', async () => {
    const { browser, id } = await userAs('kim@region.se', 'VIEWER');
    const write = `mutation { actorCreate(input: { name: "Kims AB", sector: BUSINESS, level: LOCAL, type: COMPANY, areas: ["${api.sweden}"] }) { userErrors { code } } }`;
    expect((await browser.graphql(write)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const set = await api.graphql(setRole, { id, role: 'EDITOR', areas: [api.sweden] }, 'admin');
    expect(set.data!.userRoleSet).toEqual({ user: { role: 'EDITOR' }, userErrors: [] });
    expect((await browser.graphql(write)).data!.actorCreate.userErrors).toEqual([]);
  });

  it('keeps one admin who can sign in', async () => {
    const { data } = await api.graphql('{ users { id email role disabled } }', {}, 'admin');
    const admins = data!.users.filter((u: { role: string }) => u.role === 'ADMIN');
    expect(admins).toHaveLength(1);
    const [{ id }] = admins;
    const refusedDisable = await api.graphql(disable, { id }, 'admin');
    expect(refusedDisable.data!.userDisable.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'id'], code: 'LAST_ADMIN' }),
    ]);
    const refusedRole = await api.graphql(
      setRole,
      { id, role: 'EDITOR', areas: [api.sweden] },
      'admin',
    );
    expect(refusedRole.data!.userRoleSet.userErrors).toEqual([
      { field: ['input', 'role'], code: 'LAST_ADMIN' },
    ]);
    const { id: second } = await userAs('lena@region.se', 'ADMIN');
    const demoted = await api.graphql(
      setRole,
      { id, role: 'EDITOR', areas: [api.sweden] },
      'admin',
    );
    expect(demoted.data!.userRoleSet.user.role).toBe('EDITOR');
    await api.graphql(setRole, { id, role: 'ADMIN' }, 'admin');
    expect(second).toEqual(expect.any(String));
  });

  it('is refused to editors, with nothing changed', async () => {
    const { id } = await userAs('maja@region.se');
    const { browser } = await userAs('nils@region.se');
    const before = await api.sql('SELECT id, role, disabled_at FROM app_user ORDER BY id');
    for (const [query, variables] of [
      [disable, { id }],
      [enable, { id }],
      [setRole, { id, role: 'ADMIN' }],
    ] as const) {
      const answer = await browser.graphql(query, variables);
      expect(answer.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect(await api.sql('SELECT id, role, disabled_at FROM app_user ORDER BY id')).toEqual(before);
  });
});

describe('throttling by address', () => {
  it('refuses every account from an address after thirty failures there', async () => {
    const browser = new TestBrowser(api);
    for (let attempt = 0; attempt < 30; attempt++) {
      await browser.graphql(SIGN_IN, {
        input: { email: `guess${attempt}@region.se`, password: 'a guessed password here' },
      });
    }
    const { data } = await browser.graphql(SIGN_IN, {
      input: { email: 'cecilia@region.se', password: PASSWORD },
    });
    expect(data!.signIn.userErrors[0].code).toBe('THROTTLED');
    await api.sql('DELETE FROM sign_in_throttle');
  });
});
