/**
 * The browser set-up every web-client test file shares: Debian's Chromium (never a downloaded
 * one) driven by playwright-core, against the built API as a child process, which serves the
 * built web client and the seed data on a throw-away PostgreSQL. `useBrowser` registers the jest
 * hooks; `update` hands the test file the running API and, before each test, a fresh page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { startApi, type RunningApi } from '@samverkan/api/testing/api-process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(__dirname, '..', 'test-artifacts');

/** A Swedish desktop browser, unless a test reopens its page with other options. */
const CONTEXT: BrowserContextOptions = { viewport: { width: 1280, height: 900 }, locale: 'sv-SE' };

/** Where a test saves a screenshot or other artefact (git-ignored). */
export const artifactPath = (file: string) => join(ARTIFACTS, file);

export interface BrowserSession {
  api: RunningApi;
  origin: string;
  page: Page;
}

/**
 * `args`: Chromium's switches beyond the usual, e.g. `--enable-caret-browsing` for a test that
 * selects text with the keyboard as a user who browses with a caret does.
 */
export function useBrowser(update: (session: BrowserSession) => void, args: string[] = []) {
  let api: RunningApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const [running, launched] = await Promise.all([
      startApi('web_test'),
      // launch() gives the browser a fresh, temporary user-data-dir of its own.
      chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          ...args,
        ],
      }),
    ]);
    api = running;
    browser = launched;
    update({ api, origin: new URL(api.url).origin, page });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await api?.stop();
  });

  async function open(options: BrowserContextOptions) {
    context = await browser.newContext({ ...CONTEXT, ...options });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => console.error('page error:', error.message));
    update({ api, origin: new URL(api.url).origin, page });
  }

  beforeEach(() => open({}));

  afterEach(async () => {
    await context?.close();
  });

  return {
    screenshot: (name: string, fullPage = true) =>
      page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage }),
    expectAccessible: () => expectAccessible(page),
    /** Replaces this test's page by one in a browser with other options, e.g. an en-US locale. */
    reopen: async (options: BrowserContextOptions) => {
      await context.close();
      await open(options);
    },
  };
}

/** One GraphQL request with `token`, or none; fails on errors and user errors. */
async function graphql<T>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown>,
  token: string | null,
): Promise<T> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  for (const payload of Object.values(body.data ?? {}) as { userErrors?: unknown[] }[]) {
    if (payload?.userErrors?.length) throw new Error(JSON.stringify(payload.userErrors));
  }
  return body.data as T;
}

/** One GraphQL request with the admin token the API printed. */
export function asAdmin<T = Record<string, any>>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  if (!api.adminToken) throw new Error('the API printed no admin token');
  return graphql<T>(api, query, variables, api.adminToken);
}

/** One GraphQL request without credentials, as a reader who has not signed in. */
export const asAnonymous = <T = Record<string, any>>(
  api: RunningApi,
  query: string,
  variables: Record<string, unknown> = {},
) => graphql<T>(api, query, variables, null);

/**
 * Creates a record with the admin token through `<kind>Create` (e.g. `strategy`: the mutation
 * `strategyCreate`, its input `StrategyCreateInput`, its payload's `strategy`) and returns its id.
 */
export async function createRecord(
  api: RunningApi,
  kind: string,
  input: Record<string, unknown>,
): Promise<string> {
  const mutation = `${kind}Create`;
  const inputType = `${kind[0].toUpperCase()}${kind.slice(1)}CreateInput`;
  const data = await asAdmin(
    api,
    `mutation ($input: ${inputType}!) {
       ${mutation}(input: $input) { ${kind} { id } userErrors { message } }
     }`,
    { input },
  );
  return data[mutation][kind].id as string;
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Injects axe-core and fails on serious or critical violations. */
export async function expectAccessible(page: Page) {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: () => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((n) => n.target),
      }));
  });
  expect(violations).toEqual([]);
}

/** The first admin's e-mail address and password in the tests that make one. */
export const ADMIN = { email: 'admin@region.se', password: 'fyra ord blir ett bra lösenord' };

/** Becomes the first admin ("Alva Admin") by the link the API printed, signed in on their page. */
export async function becomeFirstAdmin({ api, origin, page }: BrowserSession) {
  const first = new URL(api.firstAdminLink!);
  await page.goto(`${origin}${first.pathname}${first.hash}`);
  await page.getByLabel('E-postadress').fill(ADMIN.email);
  await page.getByLabel('Namn').fill('Alva Admin');
  await page.getByLabel('Nytt lösenord').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Skapa kontot' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ditt konto' }).waitFor();
}
