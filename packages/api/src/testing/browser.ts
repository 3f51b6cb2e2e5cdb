import { request } from 'node:http';
import type { TestApi } from './test-api';

export interface BrowserAnswer {
  status: number;
  data?: Record<string, any>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** The `Set-Cookie` headers of the answer. */
  setCookies: string[];
}

/**
 * A browser's side of the session cookie, for tests: sends GraphQL requests over real HTTP with
 * the cookie it holds, and keeps or forgets it as the answers' `Set-Cookie` headers say.
 * `host`: the Host header to send (default the API's own, 127.0.0.1).
 */
export class TestBrowser {
  cookie: string | null = null;

  constructor(
    private readonly api: TestApi,
    private readonly host?: string,
  ) {}

  async graphql(query: string, variables: Record<string, unknown> = {}): Promise<BrowserAnswer> {
    const url = new URL(this.api.url);
    const body = JSON.stringify({ query, variables });
    const answer = await new Promise<{ status: number; text: string; setCookies: string[] }>(
      (resolve, reject) => {
        const sent = request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              ...(this.host ? { host: this.host } : {}),
              ...(this.cookie ? { cookie: this.cookie } : {}),
            },
          },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                text,
                setCookies: response.headers['set-cookie'] ?? [],
              }),
            );
          },
        );
        sent.on('error', reject);
        sent.end(body);
      },
    );
    for (const header of answer.setCookies) {
      const [pair] = header.split(';');
      const value = pair.slice(pair.indexOf('=') + 1);
      this.cookie = value ? pair : null;
    }
    return { status: answer.status, setCookies: answer.setCookies, ...JSON.parse(answer.text) };
  }

  /** Signs in; fails the test when refused. */
  async signIn(email: string, password: string): Promise<void> {
    const { data, errors } = await this.graphql(SIGN_IN, { input: { email, password } });
    if (errors || data!.signIn.userErrors.length > 0) {
      throw new Error(`signIn refused: ${JSON.stringify(errors ?? data!.signIn.userErrors)}`);
    }
  }
}

export const SIGN_IN = `mutation ($input: SignInInput!) {
  signIn(input: $input) { user { email role } userErrors { field code message } } }`;

export const ACCEPT = `mutation ($input: InvitationAcceptInput!) {
  invitationAccept(input: $input) { user { id email displayName role } userErrors { field code message } } }`;

export const VIEWER = `{ viewer { role user { email displayName role } sessions { id current } } }`;

/** The password of the users tests invite. */
export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Invites `email` as `role` with the admin token; the secret of the link. An editor edits
 * `areas` (global IDs; default all of Sweden).
 */
export async function invite(
  api: TestApi,
  email: string,
  role = 'EDITOR',
  displayName = 'Anna Berg',
  areas?: string[],
): Promise<string> {
  const given = areas ?? (role === 'EDITOR' ? [api.sweden] : []);
  const { data, errors } = await api.graphql(
    `mutation ($input: UserInviteInput!) { userInvite(input: $input) {
       invitation { id email role expiresAt } linkPath userErrors { field code message } } }`,
    { input: { email, displayName, role, areas: given } },
    'admin',
  );
  if (errors || data!.userInvite.userErrors.length > 0) {
    throw new Error(`userInvite refused: ${JSON.stringify(errors ?? data!.userInvite.userErrors)}`);
  }
  return (data!.userInvite.linkPath as string).replace('/invitation#', '');
}

/**
 * A new user of `role` (password `TEST_PASSWORD`), signed in in a browser of their own; an
 * editor of `areas` (default all of Sweden).
 */
export async function invitedUser(api: TestApi, email: string, role = 'EDITOR', areas?: string[]) {
  const browser = new TestBrowser(api);
  const { data } = await browser.graphql(ACCEPT, {
    input: {
      secret: await invite(api, email, role, undefined, areas),
      password: TEST_PASSWORD,
    },
  });
  if (data!.invitationAccept.userErrors.length > 0) {
    throw new Error(
      `invitationAccept refused: ${JSON.stringify(data!.invitationAccept.userErrors)}`,
    );
  }
  return { browser, id: data!.invitationAccept.user.id as string };
}
